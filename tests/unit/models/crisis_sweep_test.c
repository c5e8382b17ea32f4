/*
 * crisis_sweep_test.c - yk_crisis_sweep (sweep_run.c): ranges are checked
 * against the input's range before any work (the span -1e308:1e308 used
 * to overflow and never end), the stop flag ends a sweep, and a sweep's
 * points and crossings are those of the pieces it is made of.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "yokushi/crisis.h"
#include "yokushi/scenario.h"

static yk_scenario *load(void)
{
    yk_load_options opt;
    yk_scenario *s = NULL;
    yk_diag d;
    memset(&opt, 0, sizeof opt);
    opt.coefficients = yk_crisis_coef_specs();
    opt.n_coefficients = YK_KC_COUNT;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load("ukraine-nuclear", &opt, &s, &d), YK_OK);
    yk_diag_free(&d);
    return s;
}

static yk_status sweep(const yk_scenario *s, const char *name, double lo, double hi,
                       int steps)
{
    yk_crisis_sweep_result *r = (yk_crisis_sweep_result *)1;
    yk_error err;
    yk_crisis_options o;
    yk_status st;
    memset(&o, 0, sizeof o);
    o.replicates = 50;
    o.threads = 1;
    st = yk_crisis_sweep(s, 0, name, lo, hi, steps, &o, &r, &err);
    if (st)
        assert_null(r);
    yk_crisis_sweep_free(st ? NULL : r);
    return st;
}

static void ranges_are_refused(void **state)
{
    yk_scenario *s = load();
    double lo, hi;
    (void)state;
    assert_int_equal(sweep(s, "kappa", -1e308, 1e308, 3), YK_E_RANGE);
    assert_int_equal(sweep(s, "kappa", -0.1, 1, 3), YK_E_RANGE);
    assert_int_equal(sweep(s, "kappa", 0, 1.5, 3), YK_E_RANGE);
    assert_int_equal(sweep(s, "kappa", 1, 0, 3), YK_E_RANGE);
    assert_int_equal(sweep(s, "kappa", NAN, 1, 3), YK_E_RANGE);
    assert_int_equal(sweep(s, "kappa", 0, INFINITY, 3), YK_E_RANGE);
    assert_int_equal(sweep(s, "kappa", 0, 1, 1), YK_E_ARG);
    assert_int_equal(sweep(s, "kappa", 0, 1, YK_CRISIS_SWEEP_MAX_STEPS + 1), YK_E_ARG);
    assert_int_equal(sweep(s, "no_such_input", 0, 1, 3), YK_E_NOTFOUND);
    /* A coefficient's range is its spec's. */
    assert_true(yk_crisis_input_range("devaluation_weight", &lo, &hi));
    assert_true(lo == yk_crisis_coef_specs()[YK_KC_DEVALUATION_WEIGHT].lo);
    assert_true(hi == yk_crisis_coef_specs()[YK_KC_DEVALUATION_WEIGHT].hi);
    assert_int_equal(sweep(s, "devaluation_weight", lo, hi * 1.01, 3), YK_E_RANGE);
    assert_int_equal(sweep(s, "coefficients.crisis.devaluation_weight", lo, hi, 3), YK_OK);
    assert_false(yk_crisis_input_range("no_such_input", &lo, &hi));
    yk_scenario_free(s);
}

static void stop_flag_ends_a_sweep(void **state)
{
    yk_scenario *s = load();
    yk_crisis_sweep_result *r = NULL;
    yk_crisis_options o;
    yk_error err;
    volatile int stop = 1;
    (void)state;
    memset(&o, 0, sizeof o);
    o.replicates = 5000;
    o.stop = &stop;
    assert_int_equal(yk_crisis_sweep(s, 0, "kappa", 0, 1, 11, &o, &r, &err),
                     YK_E_INTERRUPTED);
    assert_null(r);
    yk_scenario_free(s);
}

static void record(void *ud, int64_t done, int64_t total)
{
    int64_t *last = ud;
    assert_true(done >= last[0] && done <= total);
    last[0] = done;
    last[1] = total;
}

/* Points are yk_crisis_run_sampler at each fixed value; crossings are
 * yk_crisis_crossings at the means. */
static void a_sweep_is_its_pieces(void **state)
{
    yk_scenario *s = load();
    yk_crisis_sweep_result *r = NULL;
    yk_crisis_sampler *sm = NULL;
    yk_crisis_crossing cross[YK_CRISIS_SWEEP_MAX_CROSSINGS];
    yk_crisis_options o;
    yk_error err;
    size_t i;
    int n;
    (void)state;
    memset(&o, 0, sizeof o);
    int64_t last[2] = {0, 0};
    o.replicates = 200;
    o.seed = 7;
    o.progress = record;
    o.progress_ud = last;
    assert_int_equal(yk_crisis_sweep(s, 0, "devaluation_weight", 0, 10, 3, &o, &r, &err),
                     YK_OK);
    /* Progress counts every point's replicates. */
    assert_int_equal(last[0], 600);
    assert_int_equal(last[1], 600);
    o.progress = NULL;
    assert_int_equal(yk_crisis_sweep_count(r), 3);
    assert_string_equal(yk_crisis_sweep_input(r), "devaluation_weight");
    assert_int_equal(yk_crisis_sweep_replicates(r), 200);
    assert_int_equal(yk_crisis_sampler_new(s, 0, &sm, &err), YK_OK);
    n = yk_crisis_crossings(yk_crisis_sampler_mean(sm), "devaluation_weight", 0, 10, 3,
                            YK_CRISIS_SWEEP_TOL, cross, YK_CRISIS_SWEEP_MAX_CROSSINGS);
    assert_true(n > 0);
    assert_int_equal(yk_crisis_sweep_crossing_count(r), (size_t)n);
    for (i = 0; i < (size_t)n; i++)
        assert_true(yk_crisis_sweep_crossing(r, i)->at == cross[i].at);
    for (i = 0; i < 3; i++) {
        yk_crisis_numbers with, without, got = yk_crisis_sweep_numbers(r, i);
        assert_true(yk_crisis_sweep_value(r, i) == 5.0 * (double)i);
        yk_crisis_sampler_fix(sm, "devaluation_weight", 5.0 * (double)i);
        assert_int_equal(yk_crisis_run_sampler(sm, &o, &with, &without, NULL), YK_OK);
        assert_memory_equal(&got, &with, sizeof with);
    }
    yk_crisis_sampler_free(sm);
    yk_crisis_sweep_free(r);
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ranges_are_refused),
        cmocka_unit_test(stop_flag_ends_a_sweep),
        cmocka_unit_test(a_sweep_is_its_pieces),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
