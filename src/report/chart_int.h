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

typedef struct chart_point {
    double x, y, lo, hi;
} chart_point;

typedef struct chart_series {
    char *name;
    chart_point *pts;
    size_t n, cap;
} chart_series;

typedef struct chart_marker {
    double x;
    char *label;
} chart_marker;

struct yk_chart {
    yk_chart_kind kind;
    char *title, *xlabel, *ylabel, *note;
    bool y_fixed;
    double y_lo, y_hi;
    char **cats;
    size_t n_cats;
    chart_series *series;
    size_t n_series;
    chart_marker *markers;
    size_t n_markers;
};

#endif
