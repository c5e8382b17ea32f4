/*
 * crisis_mc_test.c - the crisis Monte Carlo (src/models/crisis/mc.c) gives
 * bit-identical numbers for any thread count: replicates draw from their
 * own streams and blocks merge in a fixed order. Checked on a built-in
 * scenario as it is and on two with every crisis coefficient drawn over
 * its plausible range (so draws differ in every parameter and some give
 * fractional answers), with a replicate count that leaves a partial last
 * block and needs several batches.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crisis_inputs.h"
#include "yokushi/crisis.h"
#include "yokushi/scenario.h"

static yk_scenario *load(const char *name)
{
    yk_scenario *s = NULL;
    yk_diag d;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(name, NULL, &s, &d), YK_OK);
    yk_diag_free(&d);
    return s;
}

/* `base` with every crisis coefficient uncertain (crisis_inputs.h). */
static yk_scenario *load_uncertain(const char *base)
{
    yk_error err;
    yk_scenario *s = crisis_load_uncertain(base, &err);
    if (!s) {
        char line[1024];
        yk_error_format(&err, line, sizeof line);
        fail_msg("%s", line);
    }
    return s;
}

static void run(const yk_crisis_sampler *sm, int threads, int64_t reps,
                yk_crisis_numbers *with, yk_crisis_numbers *without,
                int64_t *no_pure)
{
    yk_crisis_options o;
    memset(&o, 0, sizeof o);
    o.replicates = reps;
    o.seed = 20240501;
    o.threads = threads;
    assert_int_equal(yk_crisis_run_sampler(sm, &o, with, without, no_pure), YK_OK);
}

static void same_bits(const char *scenario, int uncertain)
{
    yk_scenario *s = uncertain ? load_uncertain(scenario) : load(scenario);
    yk_crisis_sampler *sm;
    yk_crisis_numbers w1, o1, w2, o2, w3, o3;
    int64_t n1, n2, n3;
    yk_error err;
    assert_int_equal(yk_crisis_sampler_new(s, 0, &sm, &err), YK_OK);
    /* 10,000 replicates: 10 blocks of 1,024 (the last partial), more
     * than one batch of 4 x threads blocks at 1 and 2 threads. */
    run(sm, 1, 10000, &w1, &o1, &n1);
    run(sm, 2, 10000, &w2, &o2, &n2);
    run(sm, 3, 10000, &w3, &o3, &n3);
    assert_memory_equal(&w1, &w2, sizeof w1);
    assert_memory_equal(&o1, &o2, sizeof o1);
    assert_memory_equal(&w1, &w3, sizeof w1);
    assert_memory_equal(&o1, &o3, sizeof o1);
    assert_int_equal(n1, n2);
    assert_int_equal(n1, n3);
    yk_crisis_sampler_free(sm);
    yk_scenario_free(s);
}

static void test_ukraine_2022_threads(void **state)
{
    (void)state;
    same_bits("ukraine-2022", 0);
}

static void test_taiwan_2035_threads(void **state)
{
    (void)state;
    same_bits("taiwan-2035", 1);
}

static void test_ukraine_nuclear_threads(void **state)
{
    (void)state;
    same_bits("ukraine-nuclear", 1);
}

/* The whole run (every crisis, the why lines at the means) for 1 and 2
 * threads. */
static void test_run_threads(void **state)
{
    yk_scenario *s = load("ukraine-nuclear");
    yk_crisis_options o;
    yk_crisis_result *a = NULL, *b = NULL;
    size_t i;
    yk_error err;
    (void)state;
    memset(&o, 0, sizeof o);
    o.replicates = 5000;
    o.seed = 7;
    o.threads = 1;
    assert_int_equal(yk_crisis_run(s, &o, &a, &err), YK_OK);
    o.threads = 2;
    assert_int_equal(yk_crisis_run(s, &o, &b, &err), YK_OK);
    assert_int_equal(yk_crisis_result_count(a), yk_crisis_result_count(b));
    assert_null(yk_crisis_result_at(a, yk_crisis_result_count(a)));
    for (i = 0; i < yk_crisis_result_count(a); i++) {
        const yk_crisis_outcome *x = yk_crisis_result_at(a, i), *y = yk_crisis_result_at(b, i);
        yk_crisis_numbers xw = yk_crisis_outcome_numbers(x, true);
        yk_crisis_numbers yw = yk_crisis_outcome_numbers(y, true);
        yk_crisis_numbers xn = yk_crisis_outcome_numbers(x, false);
        yk_crisis_numbers yn = yk_crisis_outcome_numbers(y, false);
        assert_memory_equal(&xw, &yw, sizeof xw);
        assert_memory_equal(&xn, &yn, sizeof xn);
        assert_int_equal(yk_crisis_outcome_no_pure(x), yk_crisis_outcome_no_pure(y));
        assert_true(yk_crisis_outcome_why_count(x) > 0);
        assert_null(yk_crisis_outcome_why(x, yk_crisis_outcome_why_count(x)));
    }
    yk_crisis_result_free(a);
    yk_crisis_result_free(b);
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ukraine_2022_threads),
        cmocka_unit_test(test_taiwan_2035_threads),
        cmocka_unit_test(test_ukraine_nuclear_threads),
        cmocka_unit_test(test_run_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
