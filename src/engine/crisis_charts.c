/*
 * crisis_charts.c - the crisis engine's charts (engine_charts.h): a
 * crisis's probabilities beside the same crisis without T's bomb (the
 * bomb's value at a glance), and a sweep's curves with the points where
 * the equilibrium changes.
 */
#include <math.h>
#include <string.h>

#include "core/numtext.h"
#include "engine/engine_charts.h"

#define N_MEASURES 5

static const char *const labels[N_MEASURES] = {
    "P(attack)", "P(defend | attack)", "P defends if attacked", "P(nuclear use)",
    "P(T conquered)"};

static void estimates(const yk_crisis_numbers *n, yk_crisis_estimate e[N_MEASURES])
{
    e[0] = n->p_attack;
    e[1] = n->p_defend_given_attack;
    e[2] = n->p_defend_if_attacked;
    e[3] = n->p_nuclear_use;
    e[4] = n->p_target_conquered;
}

/* The points of one series: every measure that has an estimate (P(defend
 * | attack) has none when no draw attacks). */
static yk_status bar_series(yk_chart *c, const char *name, const yk_crisis_numbers *n)
{
    yk_crisis_estimate e[N_MEASURES];
    size_t s, k;
    yk_status st = yk_chart_series(c, name, &s);
    estimates(n, e);
    for (k = 0; k < N_MEASURES && !st; k++)
        if (isfinite(e[k].mean))
            st = yk_chart_point(c, s, (double)k, e[k].mean, e[k].lo, e[k].hi);
    return st;
}

static yk_status crisis_chart(const yk_crisis_outcome *o, int64_t reps, yk_chart_fn fn,
                              void *ud, bool *stopped)
{
    yk_crisis_numbers with = yk_crisis_outcome_numbers(o, true);
    yk_crisis_numbers without = yk_crisis_outcome_numbers(o, false);
    const char *patron = yk_crisis_outcome_patron(o);
    char title[160], note[512], given[64];
    yk_chart *c;
    yk_status st;
    size_t k;
    yk_snprintf_c(title, sizeof title, "%s: %s attacks %s%s%s?", yk_crisis_outcome_name(o),
                  yk_crisis_outcome_aggressor(o), yk_crisis_outcome_target(o),
                  patron && *patron ? ", patron " : "", patron && *patron ? patron : "");
    c = yk_chart_new(YK_CHART_BARS, title);
    if (!c)
        return YK_E_NOMEM;
    yk_snprintf_c(given, sizeof given, "as given (T %s)",
                  yk_crisis_outcome_target_nuclear(o) ? "nuclear" : "no bomb");
    yk_snprintf_c(note, sizeof note,
                  "Each bar is a share of %lld Monte Carlo draws with its 95%% interval. "
                  "Beside the world as given, the same crisis with T non-nuclear: the gap "
                  "is the value of T's bomb%s.%s",
                  (long long)reps,
                  yk_crisis_outcome_target_nuclear(o) ? "" : " (none here: T has no bomb)",
                  with.attacking_draws && without.attacking_draws
                      ? ""
                      : " P(defend | attack) has no bar where no draw attacks: it is undefined.");
    st = yk_chart_labels(c, NULL, "probability");
    for (k = 0; k < N_MEASURES && !st; k++)
        st = yk_chart_category(c, labels[k]);
    if (!st)
        st = yk_chart_y_range(c, 0, 1);
    if (!st)
        st = bar_series(c, given, &with);
    if (!st)
        st = bar_series(c, "T without the bomb", &without);
    if (!st)
        st = yk_chart_note(c, note);
    if (!st && fn(ud, yk_crisis_outcome_name(o), c))
        *stopped = true;
    yk_chart_free(c);
    return st;
}

yk_status yk_crisis_table_charts(const yk_crisis_result *r, yk_chart_fn fn, void *ud)
{
    size_t i;
    bool stopped = false;
    yk_status st = YK_OK;
    for (i = 0; i < yk_crisis_result_count(r) && !st && !stopped; i++) {
        const yk_crisis_outcome *o = yk_crisis_result_at(r, i);
        st = crisis_chart(o, yk_crisis_outcome_replicates(o), fn, ud, &stopped);
    }
    return st ? st : stopped ? YK_E_INTERRUPTED : YK_OK;
}

/* The sweep's crossings, as the caption lists them. */
static void crossing_note(const yk_crisis_sweep_result *r, char *buf, size_t size)
{
    size_t i, n = yk_crisis_sweep_crossing_count(r), used;
    used = (size_t)yk_snprintf_c(buf, size,
                                 "Curves: the Monte Carlo estimates at %zu points, bands their "
                                 "95%% intervals. ", yk_crisis_sweep_count(r));
    if (!n && used < size)
        yk_snprintf_c(buf + used, size - used,
                      "The equilibrium at the means does not change over this range.");
    for (i = 0; i < n && used < size; i++) {
        const yk_crisis_crossing *x = yk_crisis_sweep_crossing(r, i);
        int w = yk_snprintf_c(buf + used, size - used, "%s%.4g (%s -> %s)",
                              i ? "; " : "Dashed lines: the equilibrium at the means changes at ",
                              x->at, x->before, x->after);
        if (w < 0 || (size_t)w >= size - used)
            break;
        used += (size_t)w;
    }
}

yk_status yk_crisis_sweep_charts(const yk_crisis_sweep_result *r, yk_chart_fn fn, void *ud)
{
    char title[160], note[2048], label[48];
    yk_crisis_estimate e[N_MEASURES];
    yk_chart *c;
    yk_status st;
    size_t i, k, s;
    bool stopped = false;
    yk_snprintf_c(title, sizeof title, "%s: the outcome as %s varies", yk_crisis_sweep_crisis(r),
                  yk_crisis_sweep_input(r));
    c = yk_chart_new(YK_CHART_LINES, title);
    if (!c)
        return YK_E_NOMEM;
    st = yk_chart_labels(c, yk_crisis_sweep_input(r), "probability");
    if (!st)
        st = yk_chart_y_range(c, 0, 1);
    for (k = 0; k < N_MEASURES && !st; k++)
        st = yk_chart_series(c, labels[k], NULL);
    for (i = 0; i < yk_crisis_sweep_count(r) && !st; i++) {
        yk_crisis_numbers n = yk_crisis_sweep_numbers(r, i);
        estimates(&n, e);
        for (s = 0; s < N_MEASURES && !st; s++)
            if (isfinite(e[s].mean))
                st = yk_chart_point(c, s, yk_crisis_sweep_value(r, i), e[s].mean, e[s].lo,
                                    e[s].hi);
    }
    for (i = 0; i < yk_crisis_sweep_crossing_count(r) && !st; i++) {
        const yk_crisis_crossing *x = yk_crisis_sweep_crossing(r, i);
        yk_snprintf_c(label, sizeof label, "%.4g", x->at);
        st = yk_chart_marker(c, x->at, label);
    }
    if (!st) {
        crossing_note(r, note, sizeof note);
        st = yk_chart_note(c, note);
    }
    if (!st && fn(ud, "vary", c))
        stopped = true;
    yk_chart_free(c);
    return st ? st : stopped ? YK_E_INTERRUPTED : YK_OK;
}
