/*
 * chart.c - building a chart (chart.h): categories, series and their
 * points, markers and labels, checked as they come; chart_svg.c draws it.
 */
#include "yokushi/chart.h"

#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "report/chart_int.h"

/* *dst = a copy of s (NULL stays NULL). */
static yk_status set_text(char **dst, const char *s)
{
    char *t = NULL;
    if (s && !(t = yk_strdup(s)))
        return YK_E_NOMEM;
    yk_free(*dst);
    *dst = t;
    return YK_OK;
}

yk_chart *yk_chart_new(yk_chart_kind kind, const char *title)
{
    yk_chart *c = yk_calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->kind = kind;
    if (set_text(&c->title, title ? title : "")) {
        yk_free(c);
        return NULL;
    }
    return c;
}

void yk_chart_free(yk_chart *c)
{
    size_t i;
    if (!c)
        return;
    for (i = 0; i < c->n_cats; i++)
        yk_free(c->cats[i]);
    for (i = 0; i < c->n_series; i++) {
        yk_free(c->series[i].name);
        yk_free(c->series[i].pts);
    }
    for (i = 0; i < c->n_markers; i++)
        yk_free(c->markers[i].label);
    yk_free(c->cats);
    yk_free(c->series);
    yk_free(c->markers);
    yk_free(c->title);
    yk_free(c->xlabel);
    yk_free(c->ylabel);
    yk_free(c->note);
    yk_free(c);
}

yk_status yk_chart_labels(yk_chart *c, const char *x, const char *y)
{
    yk_status st = set_text(&c->xlabel, x);
    return st ? st : set_text(&c->ylabel, y);
}

yk_status yk_chart_note(yk_chart *c, const char *note)
{
    return set_text(&c->note, note);
}

yk_status yk_chart_y_range(yk_chart *c, double lo, double hi)
{
    if (!isfinite(lo) || !isfinite(hi) || !(lo < hi))
        return YK_E_ARG;
    c->y_fixed = true;
    c->y_lo = lo;
    c->y_hi = hi;
    return YK_OK;
}

/* Room for one more element in an array of n. */
static yk_status grow(void **arr, size_t n, size_t size)
{
    void *p = yk_reallocarray(*arr, n + 1, size);
    if (!p)
        return YK_E_NOMEM;
    *arr = p;
    return YK_OK;
}

yk_status yk_chart_category(yk_chart *c, const char *label)
{
    char *t = yk_strdup(label ? label : "");
    if (!t || grow((void **)&c->cats, c->n_cats, sizeof *c->cats)) {
        yk_free(t);
        return YK_E_NOMEM;
    }
    c->cats[c->n_cats++] = t;
    return YK_OK;
}

yk_status yk_chart_series(yk_chart *c, const char *name, size_t *index)
{
    char *t = yk_strdup(name ? name : "");
    if (!t || grow((void **)&c->series, c->n_series, sizeof *c->series)) {
        yk_free(t);
        return YK_E_NOMEM;
    }
    memset(&c->series[c->n_series], 0, sizeof *c->series);
    c->series[c->n_series].name = t;
    if (index)
        *index = c->n_series;
    c->n_series++;
    return YK_OK;
}

yk_status yk_chart_point(yk_chart *c, size_t s, double x, double y, double lo,
                         double hi)
{
    yk_chart_line *se;
    if (s >= c->n_series || !isfinite(x) || !isfinite(y))
        return YK_E_ARG;
    if (c->kind != YK_CHART_LINES && (x < 0 || x >= (double)c->n_cats || x != floor(x)))
        return YK_E_ARG;
    se = &c->series[s];
    if (se->n == se->cap) {
        size_t cap = se->cap ? 2 * se->cap : 16;
        yk_chart_pt *p = yk_reallocarray(se->pts, cap, sizeof *p);
        if (!p)
            return YK_E_NOMEM;
        se->pts = p;
        se->cap = cap;
    }
    /* an interval must hold its estimate to be drawn as one */
    if (!isfinite(lo) || !isfinite(hi) || lo > hi)
        lo = hi = NAN;
    se->pts[se->n++] = (yk_chart_pt){x, y, lo, hi};
    return YK_OK;
}

yk_status yk_chart_marker(yk_chart *c, double x, const char *label)
{
    char *t;
    if (!isfinite(x))
        return YK_E_ARG;
    t = yk_strdup(label ? label : "");
    if (!t || grow((void **)&c->markers, c->n_markers, sizeof *c->markers)) {
        yk_free(t);
        return YK_E_NOMEM;
    }
    c->markers[c->n_markers].x = x;
    c->markers[c->n_markers].label = t;
    c->n_markers++;
    return YK_OK;
}

const char *yk_chart_title(const yk_chart *c)
{
    return c->title;
}

const char *yk_chart_caption(const yk_chart *c)
{
    return c->note ? c->note : "";
}

size_t yk_chart_series_count(const yk_chart *c)
{
    return c->n_series;
}

size_t yk_chart_point_count(const yk_chart *c)
{
    size_t i, n = 0;
    for (i = 0; i < c->n_series; i++)
        n += c->series[i].n;
    return n;
}
