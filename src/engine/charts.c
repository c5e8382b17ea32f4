/*
 * charts.c - the charts of any engine's result (report_html.h): the
 * engine's own through its descriptor's `charts` slot, else generic
 * charts drawn from its measures rows, so an engine new to the table is
 * drawn before it draws anything itself.
 */
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "core/numtext.h"
#include "engine/engine_int.h"
#include "engine/rows.h"
#include "yokushi/report_html.h"

#define MAX_LINES 8   /* series of one line chart: more are unreadable */
#define MAX_BARS 12   /* subjects of one bar chart */
#define MAX_CHARTS 16 /* generic charts of one result */

yk_status yk_engine_result_charts(const yk_engine_result *r, yk_chart_fn fn, void *ud)
{
    yk_status st;
    void *loc;
    if (!r || !fn)
        return YK_E_ARG;
    loc = yk_locale_c_enter();
    if (r->engine->charts)
        st = r->engine->charts(r->data, fn, ud);
    else if (r->engine->measures)
        st = yk_charts_from_measures(r->engine->measures, r->data, fn, ud);
    else
        st = YK_E_ARG;
    yk_locale_c_leave(loc);
    return st;
}

/* "KOR", "USA (before)", "(before)", "all" */
static void subject_name(const yk_mrow *r, char *buf, size_t size)
{
    if (*r->id && *r->variant)
        yk_snprintf_c(buf, size, "%s (%s)", r->id, r->variant);
    else if (*r->id)
        yk_snprintf_c(buf, size, "%s", r->id);
    else if (*r->variant)
        yk_snprintf_c(buf, size, "%s", r->variant);
    else
        yk_snprintf_c(buf, size, "all");
}

/* ---- line charts over the years ---------------------------------------- */

typedef struct subject {
    size_t first; /* its first row */
    double score; /* how much it shows: its largest value and its movement */
} subject;

/* The subjects of rows[from..to) of one measure, in the order they come. */
static yk_status subjects_of(const yk_mrows *rs, size_t from, size_t to, subject **out, size_t *n)
{
    size_t i, k;
    subject *v = yk_calloc(to - from, sizeof *v);
    *out = v;
    *n = 0;
    if (!v)
        return YK_E_NOMEM;
    for (i = from; i < to; i++) {
        const yk_mrow *r = &rs->v[i];
        double lo = INFINITY, hi = -INFINITY, peak = 0;
        for (k = 0; k < *n && !yk_mrow_same_subject(&rs->v[v[k].first], r); k++)
            ;
        if (k < *n)
            continue;
        for (k = i; k < to; k++)
            if (yk_mrow_same_subject(&rs->v[k], r) && isfinite(rs->v[k].mean)) {
                lo = fmin(lo, rs->v[k].mean);
                hi = fmax(hi, rs->v[k].mean);
                peak = fmax(peak, fabs(rs->v[k].mean));
            }
        v[*n].first = i;
        v[*n].score = isfinite(lo) ? peak + (hi - lo) : 0;
        (*n)++;
    }
    return YK_OK;
}

/* The index of the best unchosen subject (ties: the earlier). */
static size_t best_subject(const subject *v, size_t n, const bool *chosen)
{
    size_t k, best = n;
    for (k = 0; k < n; k++)
        if (!chosen[k] && (best == n || v[k].score > v[best].score))
            best = k;
    return best;
}

static yk_status line_chart(const yk_mrows *rs, size_t from, size_t to, yk_chart_fn fn, void *ud,
                            bool *stopped)
{
    subject *subj;
    bool *chosen = NULL;
    size_t n, k, i, shown = 0;
    char name[96], note[256];
    yk_chart *c = NULL;
    yk_status st = subjects_of(rs, from, to, &subj, &n);
    if (st)
        return st;
    chosen = yk_calloc(n ? n : 1, sizeof *chosen);
    yk_snprintf_c(name, sizeof name, "%s by year", rs->v[from].measure);
    c = yk_chart_new(YK_CHART_LINES, name);
    if (!chosen || !c || yk_chart_labels(c, "year", rs->v[from].measure)) {
        st = YK_E_NOMEM;
        goto done;
    }
    /* the subjects that show most, drawn in the order they come */
    for (k = 0; k < n && k < MAX_LINES; k++) {
        size_t b = best_subject(subj, n, chosen);
        if (b == n || (subj[b].score == 0 && shown))
            break;
        chosen[b] = true;
        shown++;
    }
    for (k = 0; k < n && !st; k++) {
        size_t s;
        if (!chosen[k])
            continue;
        subject_name(&rs->v[subj[k].first], name, sizeof name);
        st = yk_chart_series(c, name, &s);
        for (i = subj[k].first; i < to && !st; i++)
            if (yk_mrow_same_subject(&rs->v[i], &rs->v[subj[k].first]) && isfinite(rs->v[i].mean))
                st = yk_chart_point(c, s, rs->v[i].year, rs->v[i].mean, rs->v[i].lo,
                                    rs->v[i].hi);
    }
    if (st)
        goto done;
    if (shown < n)
        yk_snprintf_c(note, sizeof note,
                      "%zu of %zu subjects shown: those with the largest values and changes; "
                      "bands are the 95%% intervals; every row is in the text and CSV output.",
                      shown, n);
    else
        yk_snprintf_c(note, sizeof note, "Bands are the 95%% intervals.");
    st = yk_chart_note(c, note);
    if (!st && fn(ud, rs->v[from].measure, c))
        *stopped = true;
done:
    yk_chart_free(c);
    yk_free(chosen);
    yk_free(subj);
    return st;
}

/* ---- bars by subject and variant ------------------------------------------- */

/* Index of s in names[0..n), or n. */
static size_t find_name(char *const *names, size_t n, const char *s)
{
    size_t k;
    for (k = 0; k < n && strcmp(names[k], s); k++)
        ;
    return k;
}

static yk_status bar_chart(const yk_mrows *rs, size_t from, size_t to, yk_chart_fn fn, void *ud,
                           bool *stopped)
{
    char **ids = yk_calloc(to - from, sizeof *ids), **vars = yk_calloc(to - from, sizeof *vars);
    size_t n_ids = 0, n_vars = 0, i, k;
    char title[96], note[160];
    yk_chart *c = NULL;
    yk_status st = YK_OK;
    yk_snprintf_c(title, sizeof title, "%s", rs->v[from].measure);
    c = yk_chart_new(YK_CHART_BARS, title);
    if (!ids || !vars || !c || yk_chart_labels(c, NULL, rs->v[from].measure)) {
        st = YK_E_NOMEM;
        goto done;
    }
    for (i = from; i < to; i++) {
        if (find_name(ids, n_ids, rs->v[i].id) == n_ids && n_ids < MAX_BARS)
            ids[n_ids++] = rs->v[i].id;
        if (find_name(vars, n_vars, rs->v[i].variant) == n_vars && n_vars < MAX_LINES)
            vars[n_vars++] = rs->v[i].variant;
    }
    for (k = 0; k < n_ids && !st; k++)
        st = yk_chart_category(c, *ids[k] ? ids[k] : "all");
    for (k = 0; k < n_vars && !st; k++)
        st = yk_chart_series(c, *vars[k] ? vars[k] : "estimate", NULL);
    for (i = from; i < to && !st; i++) {
        size_t x = find_name(ids, n_ids, rs->v[i].id), s = find_name(vars, n_vars, rs->v[i].variant);
        if (x < n_ids && s < n_vars && isfinite(rs->v[i].mean))
            st = yk_chart_point(c, s, (double)x, rs->v[i].mean, rs->v[i].lo, rs->v[i].hi);
    }
    if (st)
        goto done;
    yk_snprintf_c(note, sizeof note, "Whiskers are the 95%% intervals%s.",
                  n_ids == MAX_BARS ? "; the first twelve subjects, every row is in the CSV" : "");
    st = yk_chart_note(c, note);
    if (!st && fn(ud, rs->v[from].measure, c))
        *stopped = true;
done:
    yk_chart_free(c);
    yk_free(ids);
    yk_free(vars);
    return st;
}

yk_status yk_charts_from_measures(yk_measure_walk walk, const void *data, yk_chart_fn fn,
                                  void *ud)
{
    yk_mrows rs;
    size_t i, end, n_charts = 0;
    bool stopped = false;
    yk_status st = yk_mrows_collect(walk, data, &rs);
    /* one chart per measure, over its rows */
    for (i = 0; !st && !stopped && i < rs.n && n_charts < MAX_CHARTS; i = end) {
        end = yk_mrows_measure_end(&rs, i);
        st = yk_mrows_yearly(&rs, i, end) ? line_chart(&rs, i, end, fn, ud, &stopped)
                    : bar_chart(&rs, i, end, fn, ud, &stopped);
        n_charts++;
    }
    yk_mrows_free(&rs);
    if (!st && stopped)
        st = YK_E_INTERRUPTED;
    return st;
}
