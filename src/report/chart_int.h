/*
 * chart_int.h (internal) - what is behind a yk_chart (chart.h): its
 * series, categories and markers, shared by the building calls
 * (chart.c) and the SVG writer (chart_svg.c).
 */
#ifndef YK_REPORT_CHART_INT_H
#define YK_REPORT_CHART_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "yokushi/chart.h"

/* A point: y at x with its interval lo..hi (NaN: none). */
typedef struct yk_chart_pt {
    double x, y, lo, hi;
} yk_chart_pt;

/* One series: a line, or one bar in each category. */
typedef struct yk_chart_line {
    char *name;
    yk_chart_pt *pts;
    size_t n, cap;
} yk_chart_line;

/* A dashed vertical line at x (a sweep's crossing point). */
typedef struct yk_chart_mark {
    double x;
    char *label;
} yk_chart_mark;

struct yk_chart {
    yk_chart_kind kind;
    char *title, *xlabel, *ylabel, *note;
    bool y_fixed;
    double y_lo, y_hi;
    char **cats;
    size_t n_cats;
    yk_chart_line *series;
    size_t n_series;
    yk_chart_mark *markers;
    size_t n_markers;
};

#endif
