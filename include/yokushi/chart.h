/*
 * chart.h - small charts as SVG: bars with interval whiskers by category
 * and series, and lines with interval bands over a numeric x, with axes,
 * ticks, labels, a legend, a caption and vertical markers (the crossing
 * points of a sweep). The report (report_html.h) draws every engine's
 * results with it; `yokushi report --charts DIR` writes each as a file.
 *
 * The SVG is a pure function of the chart: numbers go through the C
 * locale at fixed precision, so the same chart gives the same bytes on
 * every machine. Colours are the Okabe-Ito palette (safe for the common
 * colour-vision deficiencies); series past the eighth also get a dash
 * pattern, so no two series look alike.
 *
 * Ownership: a chart belongs to its creator until yk_chart_free; strings
 * passed in are copied. Strings from yk_chart_svg are the caller's
 * (yk_free).
 */
#ifndef YOKUSHI_CHART_H
#define YOKUSHI_CHART_H

#include "export.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "error.h"

YK_BEGIN_DECLS

typedef enum yk_chart_kind {
    YK_CHART_BARS = 0, /* x is a category index (yk_chart_category) */
    YK_CHART_LINES,    /* x is a number; each series a line in x order */
    /* Categories top to bottom, values along the bottom axis: a ranked
     * ("tornado") chart of e.g. sensitivity indices. x as for BARS. */
    YK_CHART_HBARS,
    /* A grid: columns are the categories, rows the series (top first),
     * each cell coloured by its point's y (a 2-D sweep). x as for BARS. */
    YK_CHART_HEAT
} yk_chart_kind;

typedef struct yk_chart yk_chart;

/* A new empty chart; NULL when out of memory. */
yk_chart *yk_chart_new(yk_chart_kind kind, const char *title);
void yk_chart_free(yk_chart *c);

/* Axis labels (NULL: none) and a caption printed under the chart. */
yk_status yk_chart_labels(yk_chart *c, const char *x, const char *y);
yk_status yk_chart_note(yk_chart *c, const char *note);
/* The y axis from lo to hi (lo < hi) instead of one that fits the data. */
yk_status yk_chart_y_range(yk_chart *c, double lo, double hi);
/* Bars: the next category; its index is the x of its points. */
yk_status yk_chart_category(yk_chart *c, const char *label);
/* A new series (the legend's entries, in order); *index may be NULL. */
yk_status yk_chart_series(yk_chart *c, const char *name, size_t *index);
/* A point of series s: y with its interval lo..hi (NaN: none). YK_E_ARG
 * for a series or category that does not exist, or x, y not finite. */
yk_status yk_chart_point(yk_chart *c, size_t s, double x, double y,
                         double lo, double hi);
/* Lines: a dashed vertical line at x, labelled. */
yk_status yk_chart_marker(yk_chart *c, double x, const char *label);

const char *yk_chart_title(const yk_chart *c);
const char *yk_chart_caption(const yk_chart *c); /* the note, "" if none */
size_t yk_chart_series_count(const yk_chart *c);
/* Points of all series together. */
size_t yk_chart_point_count(const yk_chart *c);

/* How charts are handed out (an engine's charts, yk_engine_result_charts
 * in report_html.h): name is a short word for a file name ("p_attack",
 * "fan"), c is valid only during the call; a nonzero return stops. */
typedef int (*yk_chart_fn)(void *ud, const char *name, const yk_chart *c);

/* The chart as an SVG element. standalone: a whole SVG file (XML
 * declaration and namespace); else an element to put inline in HTML,
 * with no URL in it at all. YK_E_NOMEM when out of memory. */
yk_status yk_chart_svg(const yk_chart *c, bool standalone, char **out,
                       size_t *len);
/* The same to a stream; YK_E_IO when a write failed. */
yk_status yk_chart_write_svg(const yk_chart *c, bool standalone, FILE *out);

YK_END_DECLS

#endif
