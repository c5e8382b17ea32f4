/*
 * exchange_kill_test.c - the calculator against the published and worked
 * pairs of ANCHORS.md section 2, to their printed precision: F1 (the
 * jimjkelly/missile-defense calculator: lethal radius, SSPK, a
 * ground-burst layer, defence layers, pass-through, P(no warhead
 * arrives)), F4 (survivors of an n-on-1 strike), F5 (hard-target SSPKs on
 * the 2.62 rule); the 2.63 variant; great-circle distance; the
 * coefficient table.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "yokushi/exchange.h"

static void assert_near(double got, double want, double tol)
{
    if (!(fabs(got - want) <= tol))
        fail_msg("got %.17g, want %.17g (tol %g)", got, want, tol);
}

static double lr(double y, double h)
{
    return yk_exchange_lethal_radius(YK_EXCHANGE_LR_CONSTANT, y, h);
}

/* F1: LR(750 kt, 700 psi) = 496.512 m; SSPK(LR, CEP 900) = 0.19019
 * (computed 0.1901937). */
static void test_f1_lethal_radius_and_sspk(void **state)
{
    (void)state;
    assert_near(lr(750, 700), 496.512, 0.0005);
    assert_near(yk_exchange_sspk(lr(750, 700), 900), 0.19019, 0.000005);
    assert_near(yk_exchange_sspk(lr(750, 700), 900), 0.1901937, 0.00000005);
}

/* F1: ground-burst layer {750 kt, rel 0.75, CEP 900} vs 200 psi =
 * 0.2888312680363119, to full precision. */
static void test_f1_ground_burst_layer(void **state)
{
    (void)state;
    assert_near(0.75 * yk_exchange_sspk(lr(750, 200), 900), 0.2888312680363119, 2e-16);
}

/* F1: defence layers {2, 0.9, 0.9} = 0.891 and {2, 0.65, 0.5} =
 * 0.43875; PW(0.152152, [0.43875]) = 0.085395. */
static void test_f1_defence_layers(void **state)
{
    (void)state;
    assert_near(yk_exchange_layer_kill(2, 0.9, 0.9), 0.891, 1e-15);
    assert_near(yk_exchange_layer_kill(2, 0.65, 0.5), 0.43875, 1e-15);
    assert_near(0.152152 * (1 - yk_exchange_layer_kill(2, 0.65, 0.5)), 0.085395, 5e-7);
}

/* F1: P(no warhead arrives and kills) with 1..4 notional warheads (rel
 * 0.8, SSPK 0.19019) against the {2, 0.65, 0.5} layer, H = 700:
 * 0.9146 / 0.8365 / 0.7651 / 0.6997; and {1000 kt, CEP 100, rel 0.9}
 * against {1, 0.9, 0.9} at H = 10: 0.8290. */
static void test_f1_p_zero(void **state)
{
    static const double want[4] = {0.9146, 0.8365, 0.7651, 0.6997};
    double pw = 0.8 * yk_exchange_sspk(lr(750, 700), 900) *
                (1 - yk_exchange_layer_kill(2, 0.65, 0.5));
    int n;
    (void)state;
    for (n = 1; n <= 4; n++)
        assert_near(1 - yk_exchange_n_shot(pw, n), want[n - 1], 0.00005);
    pw = 0.9 * yk_exchange_sspk(lr(1000, 10), 100) * (1 - yk_exchange_layer_kill(1, 0.9, 0.9));
    assert_near(1 - pw, 0.8290, 0.00005);
}

/* F4: E[survivors] = N (1 - TKP)^k, P(all destroyed) = (1 - (1 -
 * TKP)^k)^N. */
static void test_f4_survivor_identities(void **state)
{
    (void)state;
    assert_near(yk_exchange_expected_survivors(320, 0.8, 2), 12.80, 0.005);
    assert_near(yk_exchange_p_all_destroyed(320, 0.8, 2), 2.12e-6, 0.005e-6);
    assert_near(yk_exchange_expected_survivors(320, 0.9, 2), 3.20, 0.005);
    assert_near(yk_exchange_p_all_destroyed(320, 0.9, 2), 0.0401, 0.00005);
    assert_near(yk_exchange_expected_survivors(320, 0.8, 1), 64.0, 0.05);
    assert_near(yk_exchange_p_all_destroyed(320, 0.8, 1), 9.75e-32, 0.005e-32);
    assert_near(yk_exchange_expected_survivors(400, 0.8, 2), 16.0, 0.05);
    assert_near(yk_exchange_p_all_destroyed(400, 0.8, 2), 8.1e-8, 0.05e-8);
}

/* F5: SSPK on the 2.62 rule against a 3,000 psi silo. */
static void test_f5_hard_target(void **state)
{
    double p = yk_exchange_sspk(lr(100, 3000), 90);
    (void)state;
    assert_near(p, 0.8759, 0.00005);
    assert_near(0.8 * p, 0.7007, 0.00005);
    assert_near(yk_exchange_n_shot(0.8 * p, 2), 0.9104, 0.00005);
    assert_near(yk_exchange_sspk(lr(455, 3000), 90), 0.9968, 0.00005);
    assert_near(yk_exchange_sspk(lr(300, 3000), 120), 0.9130, 0.00005);
    assert_near(yk_exchange_sspk(lr(100, 3000), 150), 0.5282, 0.00005);
}

/* The 2.63 variant scales the radius by 2.63/2.62 and nothing else; bad
 * inputs give NaN, never a number. */
static void test_variant_and_domain(void **state)
{
    (void)state;
    assert_near(yk_exchange_lethal_radius(2.63, 750, 700) / lr(750, 700), 2.63 / 2.62, 1e-15);
    assert_true(isnan(lr(0, 700)));
    assert_true(isnan(lr(750, 0)));
    assert_true(isnan(lr(-1, 700)));
    assert_true(isnan(yk_exchange_sspk(100, 0)));
    assert_near(yk_exchange_sspk(0, 100), 0, 0);
    assert_near(yk_exchange_n_shot(1, 3), 1, 0);
    assert_near(yk_exchange_n_shot(0.5, 0), 0, 0);
}

/* One degree of longitude on the equator is 6371 pi / 180 km; London to
 * Paris about 344 km; antipodes half the circumference. */
static void test_distance(void **state)
{
    (void)state;
    assert_near(yk_exchange_distance_km(0, 0, 0, 1), 6371.0 * 3.14159265358979 / 180, 1e-9);
    assert_near(yk_exchange_distance_km(51.5074, -0.1278, 48.8566, 2.3522), 343.5, 1.0);
    assert_near(yk_exchange_distance_km(10, 20, -10, -160), 6371.0 * 3.14159265358979, 0.01); /* asin near 1 loses digits */
    assert_near(yk_exchange_distance_km(40, 50, 40, 50), 0, 0);
}

static void test_coefficients(void **state)
{
    const yk_coefficient_spec *s = yk_exchange_coef_specs();
    int i, j;
    (void)state;
    for (i = 0; i < YK_XC_COUNT; i++) {
        assert_string_equal(s[i].engine, "exchange");
        assert_true(s[i].lo <= s[i].def && s[i].def <= s[i].hi);
        assert_true(s[i].lo <= s[i].range_lo && s[i].range_hi <= s[i].hi);
        assert_true(s[i].range_lo <= s[i].def && s[i].def <= s[i].range_hi);
        assert_non_null(s[i].source);
        assert_non_null(s[i].doc);
        for (j = 0; j < i; j++)
            assert_true(strcmp(s[i].name, s[j].name) != 0);
    }
    assert_near(s[YK_XC_LR_CONSTANT].def, YK_EXCHANGE_LR_CONSTANT, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_f1_lethal_radius_and_sspk),
        cmocka_unit_test(test_f1_ground_burst_layer),
        cmocka_unit_test(test_f1_defence_layers),
        cmocka_unit_test(test_f1_p_zero),
        cmocka_unit_test(test_f4_survivor_identities),
        cmocka_unit_test(test_f5_hard_target),
        cmocka_unit_test(test_variant_and_domain),
        cmocka_unit_test(test_distance),
        cmocka_unit_test(test_coefficients),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
