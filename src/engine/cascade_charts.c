/*
 * cascade_charts.c - the cascade engine's charts (engine_charts.h): the
 * fan of P(nuclear-armed by year) per state, the credibility paths of the
 * umbrellas, and the expected number of nuclear-armed states and NPT
 * health, each with its interval band.
 *
 * A world has some thirty states and alliances; eight lines are what a
 * reader can follow, so each chart shows the eight that end highest
 * (states) or move most (alliances) and its caption says so. Every number
 * is in the text and CSV output.
 */
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "core/numtext.h"
#include "engine/engine_charts.h"

#define MAX_LINES 8

typedef yk_cascade_estimate (*series_fn)(const yk_cascade_result *r, size_t i, int y);

static yk_cascade_estimate p_nuclear(const yk_cascade_result *r, size_t i, int y)
{
    return yk_cascade_p_nuclear(r, i, y);
}

static yk_cascade_estimate credibility(const yk_cascade_result *r, size_t i, int y)
{
    return yk_cascade_credibility(r, i, y);
}

static yk_cascade_estimate expected(const yk_cascade_result *r, size_t i, int y)
{
    (void)i;
    return yk_cascade_expected_nuclear(r, y);
}

static yk_cascade_estimate npt(const yk_cascade_result *r, size_t i, int y)
{
    (void)i;
    return yk_cascade_npt_health(r, y);
}

/* One line per subject of order[0..n), in that order (the palette's
 * strongest colours go to the first). */
static yk_status add_lines(yk_chart *c, const yk_cascade_result *r, series_fn f,
                           const size_t *order, size_t n,
                           const char *(*name)(const yk_world *, size_t))
{
    int y, years = yk_cascade_year_count(r), y0 = yk_cascade_year_from(r);
    size_t k, s;
    yk_status st = YK_OK;
    for (k = 0; k < n && !st; k++) {
        st = yk_chart_series(c, name(yk_cascade_world(r), order[k]), &s);
        for (y = 0; y < years && !st; y++) {
            yk_cascade_estimate e = f(r, order[k], y);
            if (isfinite(e.mean))
                st = yk_chart_point(c, s, y0 + y, e.mean, e.lo, e.hi);
        }
    }
    return st;
}

static const char *state_name(const yk_world *w, size_t i)
{
    return w->states[i].id;
}

static const char *alliance_name(const yk_world *w, size_t i)
{
    return w->alliances[i].id;
}

/* The (at most MAX_LINES) eligible subjects of highest score, highest
 * first (ties: the earlier) into order; *shown their count. Returns how
 * many were eligible. */
static size_t choose(const double *score, const bool *eligible, size_t n, bool *chosen,
                     size_t *order, size_t *shown)
{
    size_t i, k, m = 0;
    for (i = 0; i < n; i++)
        m += eligible[i];
    for (k = 0; k < MAX_LINES; k++) {
        size_t best = n;
        for (i = 0; i < n; i++)
            if (eligible[i] && !chosen[i] && (best == n || score[i] > score[best]))
                best = i;
        if (best == n)
            break;
        chosen[best] = true;
        order[k] = best;
    }
    *shown = k;
    return m;
}

typedef struct fan_spec {
    const char *name, *title, *ylabel, *what;
    series_fn f;
    size_t n;
    const char *(*subject)(const yk_world *, size_t);
    bool states; /* eligible: states without weapons at the start */
} fan_spec;

static yk_status fan(const yk_cascade_result *r, const fan_spec *fs, yk_chart_fn fn, void *ud,
                     bool *stopped)
{
    double *score = yk_calloc(fs->n ? fs->n : 1, sizeof *score);
    bool *eligible = yk_calloc(fs->n ? fs->n : 1, sizeof *eligible);
    bool *chosen = yk_calloc(fs->n ? fs->n : 1, sizeof *chosen);
    int last = yk_cascade_year_count(r) - 1;
    char note[400];
    size_t i, m, order[MAX_LINES], shown;
    yk_status st = YK_OK;
    yk_chart *c = yk_chart_new(YK_CHART_LINES, fs->title);
    if (!score || !eligible || !chosen || !c) {
        st = YK_E_NOMEM;
        goto done;
    }
    for (i = 0; i < fs->n; i++) {
        yk_cascade_estimate a = fs->f(r, i, 0), b = fs->f(r, i, last);
        eligible[i] = !fs->states || !yk_cascade_initially_nuclear(r, i);
        /* states: where they end; alliances: how far they move */
        score[i] = fs->states ? b.mean : fabs(b.mean - a.mean);
        if (!isfinite(score[i]))
            score[i] = -1;
    }
    m = choose(score, eligible, fs->n, chosen, order, &shown);
    st = yk_chart_labels(c, "year", fs->ylabel);
    if (!st)
        st = yk_chart_y_range(c, 0, 1);
    if (!st)
        st = add_lines(c, r, fs->f, order, shown, fs->subject);
    if (st)
        goto done;
    yk_snprintf_c(note, sizeof note, "%zu of %zu %s shown: %s. %lld replicates.",
                  shown, m, fs->what,
                  fs->states ? "those most likely to be nuclear-armed by the last year, highest "
                               "first; bands "
                               "are Wilson 95% intervals"
                             : "those whose credibility moves most; bands hold the middle 95% "
                               "of replicates",
                  (long long)yk_cascade_replicates(r));
    st = yk_chart_note(c, note);
    if (!st && fn(ud, fs->name, c))
        *stopped = true;
done:
    yk_chart_free(c);
    yk_free(score);
    yk_free(eligible);
    yk_free(chosen);
    return st;
}

/* One measure of the whole system over the years, with its band. */
static yk_status system_chart(const yk_cascade_result *r, const char *name, const char *title,
                              const char *ylabel, series_fn f, bool unit, yk_chart_fn fn,
                              void *ud, bool *stopped)
{
    int y, years = yk_cascade_year_count(r), y0 = yk_cascade_year_from(r);
    size_t s;
    yk_status st;
    yk_chart *c = yk_chart_new(YK_CHART_LINES, title);
    if (!c)
        return YK_E_NOMEM;
    st = yk_chart_labels(c, "year", ylabel);
    if (!st && unit)
        st = yk_chart_y_range(c, 0, 1);
    if (!st)
        st = yk_chart_series(c, ylabel, &s);
    for (y = 0; y < years && !st; y++) {
        yk_cascade_estimate e = f(r, 0, y);
        if (isfinite(e.mean))
            st = yk_chart_point(c, s, y0 + y, e.mean, e.lo, e.hi);
    }
    if (!st)
        st = yk_chart_note(c, "Band: the 95% interval of the mean over replicates.");
    if (!st && fn(ud, name, c))
        *stopped = true;
    yk_chart_free(c);
    return st;
}

yk_status yk_cascade_charts(const yk_cascade_result *r, yk_chart_fn fn, void *ud)
{
    const yk_world *w = yk_cascade_world(r);
    bool stopped = false;
    const fan_spec fans[2] = {
        {"p_nuclear", "P(nuclear-armed by year): states without weapons at the start",
         "P(nuclear-armed)", "such states", p_nuclear, w->n_states, state_name, true},
        {"credibility", "Umbrella credibility by year", "credibility", "alliances",
         credibility, w->n_alliances, alliance_name, false},
    };
    yk_status st = YK_OK;
    size_t k;
    for (k = 0; k < 2 && !st && !stopped; k++)
        st = fan(r, &fans[k], fn, ud, &stopped);
    if (!st && !stopped)
        st = system_chart(r, "expected_nuclear_states", "Expected number of nuclear-armed states",
                          "states", expected, false, fn, ud, &stopped);
    if (!st && !stopped)
        st = system_chart(r, "npt_health", "NPT health", "NPT health (0..1)", npt, true, fn, ud,
                          &stopped);
    return st ? st : stopped ? YK_E_INTERRUPTED : YK_OK;
}
