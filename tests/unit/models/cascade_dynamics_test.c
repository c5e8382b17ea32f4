/*
 * cascade_dynamics_test.c - src/models/cascade/dynamics.c and coef.c
 * worked by hand: the credibility target and step (C1, C2), the arsenal
 * weight (C3), the hazard (C4) and the devaluation shock (C6), at the
 * documented defaults, with inputs like 2.385 rather than 0 or 1.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "models/cascade/cascade_int.h" /* yk_cascade_coef on the stack */
#include "yokushi/cascade.h"

static void assert_near(double got, double want, double tol)
{
    if (!(fabs(got - want) <= tol))
        fail_msg("got %.17g, want %.17g (tol %g)", got, want, tol);
}

static void test_table_is_complete(void **state)
{
    const yk_coefficient_spec *s = yk_cascade_coef_specs();
    int i;
    (void)state;
    for (i = 0; i < YK_CC_COUNT; i++) {
        assert_non_null(s[i].name);
        assert_string_equal(s[i].engine, "cascade");
        assert_int_equal(yk_cascade_coef_find(s[i].name), i);
        assert_true(s[i].lo <= s[i].def && s[i].def <= s[i].hi);
        assert_true(s[i].range_lo <= s[i].def && s[i].def <= s[i].range_hi);
        assert_non_null(s[i].source);
        assert_non_null(s[i].doc);
    }
    assert_int_equal(yk_cascade_coef_find("no_such"), -1);
}

/* C1 at the defaults (base .10, commitment .35, forward .20,
 * consultation .15, sharing .10, growth .15, theatre .10, anchor .5):
 *   structural = .10 + .35*.85 + .20*.7 + .15*.55 + .10
 *              = .10 + .2975 + .14 + .0825 + .10 = .72
 *   target = .5*.6 + .5*.72 - .15*.4 - .10*.3 - .02
 *          = .30 + .36 - .06 - .03 - .02 = .55 */
static void test_kappa_target_by_hand(void **state)
{
    yk_cascade_coef c;
    yk_cascade_alliance_in in = {.commitment = 0.85, .forward_forces = 0.7,
                                 .consultation = 0.55, .sharing = true,
                                 .growth = 0.4, .theatre_gap = 0.3,
                                 .offset = -0.02, .anchor = 0.6};
    (void)state;
    yk_cascade_coef_default(&c);
    assert_near(yk_cascade_kappa_target(&c, &in), 0.55, 1e-12);
    /* Without sharing the structural part loses .10, the target .05. */
    in.sharing = false;
    assert_near(yk_cascade_kappa_target(&c, &in), 0.50, 1e-12);
    /* Clamped to [0, 1]. */
    in.offset = 2.385;
    assert_near(yk_cascade_kappa_target(&c, &in), 1.0, 0);
    in.offset = -2.385;
    assert_near(yk_cascade_kappa_target(&c, &in), 0.0, 0);
}

/* C2: .385 + .2 (.5 - .385) = .385 + .023 = .408. */
static void test_kappa_step_by_hand(void **state)
{
    yk_cascade_coef c;
    (void)state;
    yk_cascade_coef_default(&c);
    assert_near(yk_cascade_kappa_step(&c, 0.385, 0.5), 0.408, 1e-12);
    assert_near(yk_cascade_kappa_step(&c, 0.5, 0.5), 0.5, 0);
    c.v[YK_CC_KAPPA_RATE] = 1.0;
    assert_near(yk_cascade_kappa_step(&c, 0.385, 0.72), 0.72, 1e-15);
}

/* C3: g(50) = ln 51 / ln 1001 = 3.9318256 / 6.9087548 = 0.56910771...;
 * g(1500) = ln 1501 / ln 1001 = 1.05864039 (China 2035 weighs more than
 * the reference); g(0) = 0. */
static void test_arsenal_weight_by_hand(void **state)
{
    yk_cascade_coef c;
    (void)state;
    yk_cascade_coef_default(&c);
    assert_near(yk_cascade_arsenal_weight(&c, 50), 0.5691077130854598, 1e-13);
    assert_near(yk_cascade_arsenal_weight(&c, 1500), 1.0586403867642262, 1e-13);
    assert_near(yk_cascade_arsenal_weight(&c, 1000), 1.0, 1e-15);
    assert_near(yk_cascade_arsenal_weight(&c, 0), 0.0, 0);
}

/* C4, a South Korea-like state at the defaults:
 *   z = -6 + 1.5*.615 + 2*(1 - .5) + 2*.762 + 1.5*12/(12+15) + 2*(.55-.5)
 *       - 1 (NPT) - 1*.85 (opposition)
 *     = -6 + .9225 + 1 + 1.524 + .6666667 + .1 - 1 - .85 = -3.6368333
 *   hazard = 1/(1 + e^3.6368333) = 0.0256598 a year. */
static void test_hazard_by_hand(void **state)
{
    yk_cascade_coef c;
    yk_cascade_hazard_in in = {.threat = 0.615, .has_umbrella = true,
                               .kappa = 0.5, .support = 0.762,
                               .breakout_months = 15, .value = 0.55,
                               .npt_party = true, .opposition = 0.85};
    double z;
    (void)state;
    yk_cascade_coef_default(&c);
    z = yk_cascade_hazard_logit(&c, &in);
    assert_near(z, -3.636833333333333, 1e-12);
    assert_near(yk_cascade_logistic(z), 0.02565984064511628, 1e-12);
}

/* C4 with every switch the other way: no umbrella (doubt 1), encouraged
 * (no opposition), sharing, outside the NPT:
 *   z = -6 + 1.5*1.2 + 2*1 + 2*.167 + 1.5*12/48 + 2*(.4-.5) + 2 - .5
 *     = -6 + 1.8 + 2 + .334 + .375 - .2 + 2 - .5 = -0.191 */
static void test_hazard_switches_by_hand(void **state)
{
    yk_cascade_coef c;
    yk_cascade_hazard_in in = {.threat = 1.2, .has_umbrella = false,
                               .kappa = 0.9, .support = 0.167,
                               .breakout_months = 36, .value = 0.4,
                               .npt_party = false, .opposition = 0.0,
                               .encouraged = true, .sharing = true};
    (void)state;
    yk_cascade_coef_default(&c);
    assert_near(yk_cascade_hazard_logit(&c, &in), -0.191, 1e-12);
    assert_near(yk_cascade_logistic(0), 0.5, 0);
}

/* C4's counter-proliferation and domino terms on the switches case:
 * sanctioned -1, struck +.5, demonstration +1.2 (a nuclear-armed ally of
 * the same patron, region, rival and kind: similarity 1 x demo_nuclear
 * 1.5 = 1.5, less .3 for the example):
 *   z = -0.191 - 1 + .5 + 1.2 = 0.509 */
static void test_hazard_counter_domino_by_hand(void **state)
{
    yk_cascade_coef c;
    yk_cascade_hazard_in in = {.threat = 1.2, .has_umbrella = false,
                               .kappa = 0.9, .support = 0.167,
                               .breakout_months = 36, .value = 0.4,
                               .npt_party = false, .opposition = 0.0,
                               .encouraged = true, .sharing = true,
                               .demonstration = 1.2, .sanctioned = true,
                               .struck = true};
    (void)state;
    yk_cascade_coef_default(&c);
    assert_near(yk_cascade_hazard_logit(&c, &in), 0.509, 1e-12);
}

/* C5 at the defaults: acquisition logistic(-1 - 1.5 P), reversal
 * logistic(-3.5 + P). P = 0: 0.2689414213699951 and 0.0293122307513563;
 * P = 1 (an opposing patron of full commitment, or sanctions alone):
 * logistic(-2.5) = 0.0758581800212435 both. The record (Bleek 2017):
 * 10 acquisitions and 6 reversals in 239 pursuit-years, 0.042 and 0.025
 * a year, between the two. */
static void test_programme_outcomes_by_hand(void **state)
{
    yk_cascade_coef c;
    (void)state;
    yk_cascade_coef_default(&c);
    assert_near(yk_cascade_acquire_prob(&c, 0), 0.2689414213699951, 1e-15);
    assert_near(yk_cascade_reversal_prob(&c, 0), 0.0293122307513563, 1e-15);
    assert_near(yk_cascade_acquire_prob(&c, 1), 0.0758581800212435, 1e-15);
    assert_near(yk_cascade_reversal_prob(&c, 1), 0.0758581800212435, 1e-15);
    assert_true(yk_cascade_acquire_prob(&c, 2) < yk_cascade_acquire_prob(&c, 1));
    assert_true(yk_cascade_reversal_prob(&c, 2) > yk_cascade_reversal_prob(&c, 1));
}

/* C6 at the defaults (V loses .5, every kappa .3):
 *   V .6 -> .3; kappa .7 -> .49, .385 -> .2695. */
static void test_devaluation_by_hand(void **state)
{
    yk_cascade_coef c;
    double v = 0.6, k[2] = {0.7, 0.385};
    (void)state;
    yk_cascade_coef_default(&c);
    yk_cascade_devaluation(&c, &v, k, 2);
    assert_near(v, 0.3, 1e-15);
    assert_near(k[0], 0.49, 1e-15);
    assert_near(k[1], 0.2695, 1e-15);
}

/* The opaque coefficient set a caller allocates: defaults from the
 * table, set and get by id. */
static void test_coef_handle(void **state)
{
    yk_cascade_coef *c = yk_cascade_coef_new();
    int i;
    (void)state;
    assert_non_null(c);
    for (i = 0; i < YK_CC_COUNT; i++)
        assert_true(yk_cascade_coef_get(c, (yk_cascade_coef_id)i) ==
                    yk_cascade_coef_specs()[i].def);
    yk_cascade_coef_set(c, YK_CC_KAPPA_RATE, 0.125);
    assert_true(yk_cascade_coef_get(c, YK_CC_KAPPA_RATE) == 0.125);
    yk_cascade_coef_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_coef_handle),
        cmocka_unit_test(test_table_is_complete),
        cmocka_unit_test(test_kappa_target_by_hand),
        cmocka_unit_test(test_kappa_step_by_hand),
        cmocka_unit_test(test_arsenal_weight_by_hand),
        cmocka_unit_test(test_hazard_by_hand),
        cmocka_unit_test(test_hazard_switches_by_hand),
        cmocka_unit_test(test_devaluation_by_hand),
        cmocka_unit_test(test_hazard_counter_domino_by_hand),
        cmocka_unit_test(test_programme_outcomes_by_hand),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
