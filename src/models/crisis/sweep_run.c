/*
 * sweep_run.c - yk_crisis_sweep: one input of a crisis over a grid, the
 * Monte Carlo numbers at each point and the crossing points at the means
 * (sweep.c). The range is checked against the input's own range before
 * any work, so a sweep cannot ask for numbers no world could hold (nor
 * for a span that overflows a double and never bisects to an end).
 */
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "core/numtext.h"
#include "models/crisis/crisis_int.h"
#include "yokushi/crisis.h"

struct yk_crisis_sweep_result {
    const char *crisis;      /* the world's string */
    char input[64];
    double lo, hi;
    int64_t replicates;
    size_t n;
    double *value;
    yk_crisis_numbers *numbers;
    int n_cross;
    yk_crisis_crossing cross[YK_CRISIS_SWEEP_MAX_CROSSINGS];
};

yk_status yk_crisis_sweep_check(const char *name, double lo, double hi, int steps,
                                yk_error *err)
{
    double min, max;
    if (!name || strlen(name) >= sizeof ((yk_crisis_sweep_result *)0)->input ||
        !yk_crisis_input_range(name, &min, &max)) {
        const char *near = yk_crisis_input_suggest(name);
        return yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, "vary",
                            "unknown input \"%s\"%s%s%s", name ? name : "",
                            near ? " (did you mean \"" : "", near ? near : "", near ? "\"?)" : "");
    }
    if (!isfinite(lo) || !isfinite(hi) || !(lo < hi))
        return yk_error_set(err, YK_E_RANGE, NULL, 0, 0, "vary",
                            "%s: LO and HI must be finite with LO < HI (got %g:%g)",
                            name, lo, hi);
    if (lo < min || hi > max)
        return yk_error_set(err, YK_E_RANGE, NULL, 0, 0, "vary",
                            "%s ranges over %g..%g (got %g:%g)", name, min, max, lo, hi);
    if (steps < 2 || steps > YK_CRISIS_SWEEP_MAX_STEPS)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "vary",
                            "STEPS must be 2..%d (got %d)", YK_CRISIS_SWEEP_MAX_STEPS, steps);
    return YK_OK;
}

/* The Monte Carlo numbers at every point. */
static yk_status run_points(const yk_scenario *s, size_t crisis,
                            const yk_crisis_options *o, yk_crisis_sweep_result *r,
                            yk_error *err)
{
    yk_crisis_sampler *sm;
    size_t i;
    yk_status st = yk_crisis_sampler_new(s, crisis, &sm, err);
    if (st)
        return st;
    /* At the means before any point fixes the input (each path sets it). */
    r->n_cross = yk_crisis_crossings(yk_crisis_sampler_mean(sm), r->input, r->lo, r->hi,
                                     (int)r->n, YK_CRISIS_SWEEP_TOL, r->cross,
                                     YK_CRISIS_SWEEP_MAX_CROSSINGS);
    for (i = 0; i < r->n && !st; i++) {
        yk_crisis_numbers without;
        yk_crisis_options part;
        yk_cr_span span;
        yk_cr_span_options(o, i, r->n, &span, &part);
        yk_crisis_sampler_fix(sm, r->input, r->value[i]);
        st = yk_crisis_run_sampler(sm, &part, &r->numbers[i], &without, NULL);
    }
    yk_crisis_sampler_free(sm);
    if (st == YK_E_INTERRUPTED)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "the sweep was interrupted");
    return st ? yk_error_set(err, st, NULL, 0, 0, NULL, "%s", yk_status_str(st)) : YK_OK;
}

yk_status yk_crisis_sweep(const yk_scenario *s, size_t crisis,
                          const char *name, double lo, double hi, int steps,
                          const yk_crisis_options *o,
                          yk_crisis_sweep_result **out, yk_error *err)
{
    yk_crisis_options opt;
    yk_crisis_sweep_result *r;
    size_t i;
    yk_status st;

    *out = NULL;
    if (crisis >= yk_scenario_world(s)->n_crises)
        return yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, NULL,
                            "the world has no crisis %zu", crisis);
    st = yk_crisis_sweep_check(name, lo, hi, steps, err);
    if (st)
        return st;
    yk_cr_options_resolve(s, o, &opt);
    r = yk_calloc(1, sizeof *r);
    if (r) {
        r->value = yk_calloc((size_t)steps, sizeof *r->value);
        r->numbers = yk_calloc((size_t)steps, sizeof *r->numbers);
    }
    if (!r || !r->value || !r->numbers) {
        yk_crisis_sweep_free(r);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    r->crisis = yk_scenario_world(s)->crises[crisis].name;
    memcpy(r->input, name, strlen(name) + 1);
    r->lo = lo;
    r->hi = hi;
    r->replicates = opt.replicates;
    r->n = (size_t)steps;
    for (i = 0; i < r->n; i++)
        r->value[i] = yk_grid_point(lo, hi, (size_t)steps, i);
    st = run_points(s, crisis, &opt, r, err);
    if (st) {
        yk_crisis_sweep_free(r);
        return st;
    }
    *out = r;
    return YK_OK;
}

void yk_crisis_sweep_free(yk_crisis_sweep_result *r)
{
    if (!r)
        return;
    yk_free(r->value);
    yk_free(r->numbers);
    yk_free(r);
}

const char *yk_crisis_sweep_crisis(const yk_crisis_sweep_result *r) { return r->crisis; }
const char *yk_crisis_sweep_input(const yk_crisis_sweep_result *r) { return r->input; }
double yk_crisis_sweep_lo(const yk_crisis_sweep_result *r) { return r->lo; }
double yk_crisis_sweep_hi(const yk_crisis_sweep_result *r) { return r->hi; }
int64_t yk_crisis_sweep_replicates(const yk_crisis_sweep_result *r) { return r->replicates; }
size_t yk_crisis_sweep_count(const yk_crisis_sweep_result *r) { return r->n; }

double yk_crisis_sweep_value(const yk_crisis_sweep_result *r, size_t i)
{
    return r->value[i];
}

yk_crisis_numbers yk_crisis_sweep_numbers(const yk_crisis_sweep_result *r, size_t i)
{
    return r->numbers[i];
}

size_t yk_crisis_sweep_crossing_count(const yk_crisis_sweep_result *r)
{
    return (size_t)r->n_cross;
}

const yk_crisis_crossing *yk_crisis_sweep_crossing(const yk_crisis_sweep_result *r,
                                                   size_t i)
{
    return &r->cross[i];
}
