/*
 * sensitivity_charts.c - the report's charts of the sensitivity and sweep
 * engines (engine_charts.h): the tornado chart of a sensitivity analysis
 * (its inputs ranked, largest first, each index a bar with its bootstrap
 * interval) and a sweep's curves (one input) or heat maps (two inputs).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "core/numtext.h"
#include "engine/engine_charts.h"

/* Inputs shown in a tornado chart: the rest rank below them. */
#define TORNADO_ROWS 15
/* Charts of one sweep at most (a row of each measure, id, year and
 * variant makes one). */
#define SWEEP_CHARTS 12

yk_status yk_sens_charts(const yk_sens_result *r, const char *what, yk_chart_fn fn, void *ud)
{
    size_t k = yk_sens_result_count(r), n_idx = yk_sens_result_index_count(r), i, j, shown;
    size_t *order = yk_malloc((k ? k : 1) * sizeof *order);
    bool sobol = yk_sens_result_method(r) == YK_SENS_SOBOL;
    char title[300], note[400];
    yk_chart *c;
    yk_status st = YK_OK;
    if (!order)
        return YK_E_NOMEM;
    yk_sens_result_rank(r, order);
    shown = k < TORNADO_ROWS ? k : TORNADO_ROWS;
    yk_snprintf_c(title, sizeof title, "%s: %s", sobol ? "Sobol' indices" : "Morris effects",
                  what);
    c = yk_chart_new(YK_CHART_HBARS, title);
    if (!c) {
        yk_free(order);
        return YK_E_NOMEM;
    }
    st = yk_chart_labels(c, sobol ? "index (share of the output's variance)" : "effect", NULL);
    for (i = 0; i < shown && !st; i++)
        st = yk_chart_category(c, yk_sens_result_name(r, order[i]));
    /* Sobol: S1 and ST; Morris: mu* and sigma (mu can be negative and is in
     * the text) */
    for (j = 0; j < n_idx && !st; j++) {
        yk_sens_index which = yk_sens_result_index_at(r, j);
        size_t s;
        if (which == YK_SENS_MU)
            continue;
        st = yk_chart_series(c, yk_sens_index_name(which), &s);
        for (i = 0; i < shown && !st; i++) {
            yk_sens_estimate e = yk_sens_result_index(r, order[i], which);
            if (isfinite(e.mean))
                st = yk_chart_point(c, s, (double)i, e.mean, e.lo, e.hi);
        }
    }
    if (!st) {
        yk_snprintf_c(note, sizeof note,
                      "The %zu of %zu inputs ranked highest by %s, largest first; whiskers are "
                      "95%% bootstrap intervals; %lld samples, %lld evaluations.%s",
                      shown, k, sobol ? "ST" : "mu*", (long long)yk_sens_result_samples(r),
                      (long long)yk_sens_result_evaluations(r),
                      yk_sens_result_output_variance(r) > 0
                          ? ""
                          : " The output is the same at every point: no index is defined.");
        st = yk_chart_note(c, note);
    }
    if (!st && fn(ud, "tornado", c))
        st = YK_E_INTERRUPTED;
    yk_chart_free(c);
    yk_free(order);
    return st;
}

/* ---- sweeps ---------------------------------------------------------------- */

/* Rows a and b are of the same number (measure, id, year, variant). */
static bool same_row(const yk_sweep_row *a, const yk_sweep_row *b)
{
    return !strcmp(a->measure, b->measure) && !strcmp(a->id, b->id) && a->year == b->year &&
           !strcmp(a->variant, b->variant);
}

static void row_title(const yk_sweep_row *r, char *out, size_t size)
{
    char year[16] = "";
    if (r->year)
        yk_snprintf_c(year, sizeof year, " %d", r->year);
    yk_snprintf_c(out, size, "%s%s%s%s%s%s", r->measure, *r->id ? " " : "", r->id, year,
                  *r->variant ? ", " : "", r->variant);
}

/* One input: the number against the input's value, its interval a band. */
static yk_status sweep_curve(const yk_sweep_table *t, const yk_sweep_row *first, yk_chart *c)
{
    size_t i, s;
    yk_status st = yk_chart_labels(c, t->path[0], first->measure);
    if (!st)
        st = yk_chart_series(c, first->variant[0] ? first->variant : first->measure, &s);
    for (i = 0; i < t->n_rows && !st; i++) {
        const yk_sweep_row *r = &t->rows[i];
        if (same_row(r, first) && isfinite(r->mean))
            st = yk_chart_point(c, s, yk_sweep_value(t, 0, r->point % t->steps[0]), r->mean,
                                r->lo, r->hi);
    }
    return st;
}

/* Two inputs: a cell per pair, the first input across, the second down. */
static yk_status sweep_heat(const yk_sweep_table *t, const yk_sweep_row *first, yk_chart *c)
{
    char label[320];
    size_t i, k;
    yk_status st = yk_chart_labels(c, t->path[0], t->path[1]);
    for (k = 0; k < t->steps[0] && !st; k++) {
        yk_snprintf_c(label, sizeof label, "%.4g", yk_sweep_value(t, 0, k));
        st = yk_chart_category(c, label);
    }
    for (k = 0; k < t->steps[1] && !st; k++) {
        yk_snprintf_c(label, sizeof label, "%.4g", yk_sweep_value(t, 1, k));
        st = yk_chart_series(c, label, NULL);
    }
    for (i = 0; i < t->n_rows && !st; i++) {
        const yk_sweep_row *r = &t->rows[i];
        if (same_row(r, first) && isfinite(r->mean))
            st = yk_chart_point(c, r->point / t->steps[0], (double)(r->point % t->steps[0]),
                                r->mean, r->lo, r->hi);
    }
    return st;
}

yk_status yk_sweep_charts(const yk_sweep_table *t, yk_chart_fn fn, void *ud)
{
    char title[400], note[300];
    size_t i, j, made = 0;
    yk_status st = YK_OK;
    for (i = 0; i < t->n_rows && made < SWEEP_CHARTS && !st; i++) {
        const yk_sweep_row *r = &t->rows[i];
        yk_chart *c;
        bool seen = false;
        for (j = 0; j < i && !seen; j++)
            seen = same_row(&t->rows[j], r);
        if (seen)
            continue;
        row_title(r, title, sizeof title);
        c = yk_chart_new(t->n_axes > 1 ? YK_CHART_HEAT : YK_CHART_LINES, title);
        if (!c)
            return YK_E_NOMEM;
        st = t->n_axes > 1 ? sweep_heat(t, r, c) : sweep_curve(t, r, c);
        if (!st) {
            yk_snprintf_c(note, sizeof note,
                          t->n_axes > 1 ? "Each cell: the mean at that pair of values (its 95%% "
                                          "interval in the tooltip); %lld replicates a point, "
                                          "the same seed at every point."
                                        : "Band: the 95%% interval at each value; %lld "
                                          "replicates a point, the same seed at every point.",
                          (long long)t->replicates);
            st = yk_chart_note(c, note);
        }
        made++;
        if (!st && fn(ud, t->n_axes > 1 ? "heat" : "curve", c))
            st = YK_E_INTERRUPTED;
        yk_chart_free(c);
    }
    return st;
}
