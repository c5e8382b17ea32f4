/*
 * crisis_estimate_test.c - the crisis engine's estimators
 * (src/models/crisis/estimate.c), worked by hand: a conditional over draws
 * is sum(w v) / sum(w), a share of the attacking draws when every weight
 * and value is 0 or 1 (with Wilson's interval on those draws alone),
 * undefined (NaN) when no draw has weight, and never the mean of v over
 * all draws.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>

#include "models/crisis/crisis_int.h"

/* Draws (attack, defend-if-attacked): 3 attack, 1 of them defended; 5 are
 * deterred and would be defended. The policy over all draws is 6/8; the
 * conditional 1/3. */
static void share_of_attacking_draws(void **state)
{
    static const double w[8] = {1, 1, 1, 0, 0, 0, 0, 0}, v[8] = {0, 1, 0, 1, 1, 1, 1, 1};
    yk_cr_ratio r;
    yk_cr_measure all;
    yk_crisis_estimate e, p;
    yk_proportion one;
    double lo, hi;
    int i;
    (void)state;
    yk_cr_ratio_init(&r);
    yk_cr_measure_init(&all);
    for (i = 0; i < 8; i++) {
        yk_cr_ratio_add(&r, w[i], v[i]);
        yk_cr_measure_add(&all, v[i]);
    }
    e = yk_cr_ratio_estimate(&r);
    p = yk_cr_measure_estimate(&all);
    assert_true(e.mean == 1.0 / 3);
    assert_true(p.mean == 6.0 / 8);
    assert_int_equal(r.nx, 3);
    /* Wilson on the 3 attacking draws, 1 success. */
    yk_proportion_init(&one);
    yk_proportion_add(&one, true);
    yk_proportion_add(&one, false);
    yk_proportion_add(&one, false);
    yk_proportion_wilson(&one, 1.959964, &lo, &hi);
    assert_true(e.lo == lo && e.hi == hi);
}

static void undefined_without_attack(void **state)
{
    yk_cr_ratio r;
    yk_crisis_estimate e;
    (void)state;
    yk_cr_ratio_init(&r);
    yk_cr_ratio_add(&r, 0, 1);
    yk_cr_ratio_add(&r, 0, 0);
    e = yk_cr_ratio_estimate(&r);
    assert_true(isnan(e.mean) && isnan(e.lo) && isnan(e.hi));
}

/* Fractional weights (a mixed attack): the weighted mean, and the delta
 * method's interval: half-width z sqrt(sum((y - R w)^2) x n / (n - 1)) /
 * sum(w), with y = w v, worked here in the residuals' form. */
static void weighted_draws_delta_method(void **state)
{
    static const double w[4] = {1, 0.5, 1, 0.5}, v[4] = {0.4, 0.6, 0.5, 0.5};
    yk_cr_ratio r, a, b;
    yk_crisis_estimate e, m;
    double sw = 0, sy = 0, R, ss = 0, half;
    int i;
    (void)state;
    for (i = 0; i < 4; i++) {
        sw += w[i];
        sy += w[i] * v[i];
    }
    R = sy / sw; /* 1.4 / 3 */
    for (i = 0; i < 4; i++)
        ss += (w[i] * v[i] - R * w[i]) * (w[i] * v[i] - R * w[i]);
    half = 1.959964 * sqrt(ss * 4 / 3) / sw;
    yk_cr_ratio_init(&r);
    yk_cr_ratio_init(&a);
    yk_cr_ratio_init(&b);
    for (i = 0; i < 4; i++) {
        yk_cr_ratio_add(&r, w[i], v[i]);
        yk_cr_ratio_add(i < 2 ? &a : &b, w[i], v[i]);
    }
    e = yk_cr_ratio_estimate(&r);
    assert_true(fabs(e.mean - R) < 1e-15);
    assert_true(half > 0.01 && fabs(e.lo - (R - half)) < 1e-12 && fabs(e.hi - (R + half)) < 1e-12);
    /* Two blocks merged in order give the same bits as one. */
    yk_cr_ratio_merge(&a, &b);
    m = yk_cr_ratio_estimate(&a);
    assert_true(m.mean == e.mean && m.lo == e.lo && m.hi == e.hi);
}

/* The compensated sum: 1 + many tiny values that a plain running sum
 * would drop one by one. */
static void compensated_mean(void **state)
{
    yk_cr_measure m;
    int i;
    (void)state;
    yk_cr_measure_init(&m);
    yk_cr_measure_add(&m, 1);
    for (i = 0; i < 1000; i++)
        yk_cr_measure_add(&m, 1e-17);
    assert_true(yk_cr_measure_estimate(&m).mean == (1 + 1e-14) / 1001);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(share_of_attacking_draws),
        cmocka_unit_test(undefined_without_attack),
        cmocka_unit_test(weighted_draws_delta_method),
        cmocka_unit_test(compensated_mean),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
