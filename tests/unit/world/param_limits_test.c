/*
 * param_limits_test.c - distributions whose parameters overflow are
 * refused, the seed's documented range is enforced, and a normal much
 * wider than its field keeps an exact mean and draws (src/world/convert.c,
 * param.c).
 *
 * Before: beta [1e308, 1e308] loaded with a NaN mean (a + b overflows);
 * seed 2^53 + 1 passed the 0..2^53 check (compared as a double, it rounds
 * to 2^53); normal [0.2, 1e8] on 0..1 had mean 0.2 (the density
 * difference cancelled to 0) where the truth is 0.5, and drew from a
 * handful of values.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "yokushi/rng.h"
#include "yokushi/scenario.h"

/* A one-state world with `extra` inside the state's mapping and `more`
 * lines after it; the load's status, and its first message in msg. */
static yk_status load2(const char *extra, const char *more, yk_scenario **s, char *msg,
                       size_t size)
{
    char yaml[512];
    yk_diag d;
    yk_status st;
    snprintf(yaml, sizeof yaml,
             "world: w\n"
             "states:\n"
             "  AAA: {name: A, region: europe%s}\n%s", extra, more);
    yk_diag_init(&d);
    *s = NULL;
    st = yk_scenario_load_buffer("p.yaml", yaml, strlen(yaml), NULL, s, &d);
    msg[0] = '\0';
    if (d.count)
        yk_error_format(&d.items[0], msg, size);
    yk_diag_free(&d);
    return st;
}

static yk_status load(const char *extra, yk_scenario **s, char *msg, size_t size)
{
    return load2(extra, "", s, msg, size);
}

static void expect_refused(const char *extra, const char *want)
{
    yk_scenario *s;
    char msg[512];
    assert_int_equal(load(extra, &s, msg, sizeof msg), YK_E_RANGE);
    assert_null(s);
    assert_string_equal(msg, want);
}

static void test_overflowing_parameters_refused(void **state)
{
    (void)state;
    expect_refused(", resolve: {beta: [1e308, 1e308]}",
                   "p.yaml:3:50: states.AAA.resolve.beta: beta [1e+308, 1e+308]: shape "
                   "parameters above 1e9 describe a point: give a value");
    expect_refused(", resolve: {beta: [2, 1.5e9]}",
                   "p.yaml:3:50: states.AAA.resolve.beta: beta [2, 1.5e+09]: shape "
                   "parameters above 1e9 describe a point: give a value");
    expect_refused(", resolve: {normal: [0.5, 1e308]}",
                   "p.yaml:3:52: states.AAA.resolve.normal: normal [0.5, 1e+308]: sd above "
                   "1e9 (use a uniform for a flat distribution)");
}

static void test_largest_parameters_accepted(void **state)
{
    yk_scenario *s;
    char msg[512];
    (void)state;
    assert_int_equal(load(", resolve: {beta: [1e9, 1e9]}", &s, msg, sizeof msg), YK_OK);
    assert_true(fabs(yk_param_mean(&yk_scenario_world(s)->states[0].resolve) - 0.5) < 1e-15);
    yk_scenario_free(s);
}

static void test_seed_range_enforced(void **state)
{
    yk_scenario *s;
    char msg[512];
    (void)state;
    assert_int_equal(load2("", "seed: 9007199254740993\n", &s, msg, sizeof msg), YK_E_RANGE);
    assert_string_equal(msg, "p.yaml:4:7: seed: 9007199254740993 is outside "
                             "0..9007199254740992 seed");
    assert_int_equal(load2("", "seed: 9007199254740992\n", &s, msg, sizeof msg), YK_OK);
    assert_int_equal(yk_scenario_seed(s), 9007199254740992ULL);
    yk_scenario_free(s);
}

static void test_wide_normal_is_exact(void **state)
{
    yk_scenario *s;
    char msg[512];
    const yk_param *p;
    yk_rng g;
    double sum = 0, prev = -1;
    int i, distinct = 0;
    (void)state;
    assert_int_equal(load(", resolve: {normal: [0.2, 1e8]}", &s, msg, sizeof msg), YK_OK);
    p = &yk_scenario_world(s)->states[0].resolve;
    /* Flat on [0, 1] to 1e-17: the mean is the midpoint. */
    assert_true(fabs(yk_param_mean(p) - 0.5) < 1e-12);
    yk_rng_init(&g, 7, YK_STREAM_TEST, 0, 0);
    for (i = 0; i < 1000; i++) {
        double x = yk_param_sample(p, &g);
        assert_true(x >= 0 && x <= 1);
        sum += x;
        distinct += x != prev;
        prev = x;
    }
    assert_true(distinct > 990);
    assert_true(fabs(sum / 1000 - 0.5) < 0.05); /* 5.5 standard errors */
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_overflowing_parameters_refused),
        cmocka_unit_test(test_largest_parameters_accepted),
        cmocka_unit_test(test_seed_range_enforced),
        cmocka_unit_test(test_wide_normal_is_exact),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
