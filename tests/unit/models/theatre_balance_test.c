/*
 * theatre_balance_test.c - the theatre balance (include/yokushi/theatre.h,
 * src/models/theatre/balance.c) against hand-worked numbers, and the
 * built-in theatres as the world loads them: sides by alliance, long ids,
 * errors for a missing theatre.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "yokushi/scenario.h"
#include "yokushi/theatre.h"

static void hand_worked(yk_theatre_values *v)
{
    memset(v, 0, sizeof *v);
    v->ready[YK_SIDE_AGGRESSOR] = 10;
    v->ready[YK_SIDE_TARGET] = 5;
    v->ready[YK_SIDE_PATRON] = 2;
    v->reinforce[YK_SIDE_PATRON] = 18;
    v->delay_days[YK_SIDE_PATRON] = 5;
    v->build_days[YK_SIDE_PATRON] = 10;
    v->objective_days = 2;
    v->defender_advantage = 2;
    v->reversal = 2;
    v->horizon_days = 20;
}

/* Power arrives evenly from day 5 to day 15. */
static void power_over_time(void **state)
{
    yk_theatre_values v;
    (void)state;
    hand_worked(&v);
    assert_true(yk_theatre_power(&v, YK_SIDE_PATRON, 0) == 2);
    assert_true(yk_theatre_power(&v, YK_SIDE_PATRON, 5) == 2);
    assert_true(yk_theatre_power(&v, YK_SIDE_PATRON, 10) == 11);
    assert_true(yk_theatre_power(&v, YK_SIDE_PATRON, 30) == 20);
    v.build_days[YK_SIDE_PATRON] = 0; /* all at once at the delay */
    assert_true(yk_theatre_power(&v, YK_SIDE_PATRON, 5) == 20);
    assert_true(yk_theatre_power(&v, YK_SIDE_PATRON, 4.9) == 2);
}

/* m = 1. Defend: D(2) = 7, p_fa = 10 / (10 + 2 x 7) = 5/12; D(20) = 25,
 * p_rev = 1 - 20 / 45 = 5/9, p_late = 10 / (10 + 50) = 1/6;
 * P(A wins) = 5/12 x 4/9 + 7/12 x 1/6 = 61/216. Abandon with aid 0.1:
 * D(2) = 5, p_fa = 1/2; D(20) = 5 + 0.1 x 20 = 7, p_rev = 1 - 20/27,
 * p_late = 10/24; P(A wins) = 10/27 + 5/24 = 125/216. */
static void fait_accompli_by_hand(void **state)
{
    yk_theatre_values v;
    yk_theatre_balance b;
    (void)state;
    hand_worked(&v);
    yk_theatre_balance_compute(&v, 1, 0, 1, &b);
    assert_true(fabs(b.power_d_day - 7) < 1e-12);
    assert_true(fabs(b.power_d_full - 25) < 1e-12);
    assert_true(fabs(b.p_fait_accompli - 5.0 / 12) < 1e-12);
    assert_true(fabs(b.p_reversed - 5.0 / 9) < 1e-12);
    assert_true(fabs(b.p_a_wins - 61.0 / 216) < 1e-12);
    yk_theatre_balance_compute(&v, 0, 0.1, 1, &b);
    assert_true(fabs(b.p_fait_accompli - 0.5) < 1e-12);
    assert_true(fabs(b.p_a_wins - 125.0 / 216) < 1e-12);
}

/* Comparative statics over 2,000 random theatres: more defenders, a
 * larger defender advantage or the patron fighting never raise A's chance;
 * a later objective never raises A's chance of a fait accompli when A has
 * no reinforcements coming (with them it may: help arrives for both). */
static void statics(void **state)
{
    uint64_t x = 12345;
    int i;
    (void)state;
    for (i = 0; i < 2000; i++) {
        yk_theatre_values v, w;
        yk_theatre_balance b0, b1;
        int k;
        double *f = (double *)&v;
        for (k = 0; k < (int)(sizeof v / sizeof(double)); k++) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            f[k] = 1 + (double)(x >> 11) / 9007199254740992.0 * 20;
        }
        yk_theatre_balance_compute(&v, 1, 0, 1.5, &b0);
        yk_theatre_balance_compute(&v, 0, 0.05, 1.5, &b1);
        assert_true(b0.p_a_wins <= b1.p_a_wins + 1e-12);
        w = v;
        w.ready[YK_SIDE_TARGET] += 3;
        yk_theatre_balance_compute(&w, 1, 0, 1.5, &b1);
        assert_true(b1.p_a_wins <= b0.p_a_wins + 1e-12);
        w = v;
        w.defender_advantage *= 1.5;
        yk_theatre_balance_compute(&w, 1, 0, 1.5, &b1);
        assert_true(b1.p_a_wins <= b0.p_a_wins + 1e-12);
        /* A later objective helps whoever reinforces faster: with no
         * reinforcements for A it never helps A (with them it may). */
        w = v;
        w.reinforce[YK_SIDE_AGGRESSOR] = 0;
        yk_theatre_balance_compute(&w, 1, 0, 1.5, &b0);
        w.objective_days += 5;
        yk_theatre_balance_compute(&w, 1, 0, 1.5, &b1);
        assert_true(b1.p_fait_accompli <= b0.p_fait_accompli + 1e-12);
    }
}

static void builtin_theatres(void **state)
{
    static const char *const ids[] = {"baltic", "east_china_sea", "korean_peninsula",
                                      "taiwan_strait", "ukraine"};
    yk_scenario *s = NULL;
    yk_diag d;
    yk_error err;
    const yk_world *w;
    const yk_theatre *th;
    yk_theatre_values v;
    yk_theatre_balance b;
    size_t i, rus, pol, usa;
    (void)state;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load("world-2025", NULL, &s, &d), YK_OK);
    yk_diag_free(&d);
    w = yk_scenario_world(s);
    for (i = 0; i < sizeof ids / sizeof ids[0]; i++)
        assert_non_null(yk_world_theatre(w, ids[i]));
    assert_null(yk_world_theatre(w, "no_such"));
    rus = yk_world_state_index(w, "RUS");
    pol = yk_world_state_index(w, "POL");
    usa = yk_world_state_index(w, "USA");
    th = yk_world_theatre(w, "baltic");
    assert_non_null(yk_theatre_force_of(th, rus));
    assert_null(yk_theatre_force_of(th, yk_world_state_index(w, "JPN")));
    /* Belarus (RUS-BLR) fights with Russia, Germany (USA-DEU) with the US. */
    yk_theatre_values_take(w, th, rus, pol, usa, NULL, &v);
    assert_true(v.ready[YK_SIDE_AGGRESSOR] >
                yk_param_mean(&yk_theatre_force_of(th, rus)->ready));
    assert_true(v.ready[YK_SIDE_PATRON] >
                yk_param_mean(&yk_theatre_force_of(th, usa)->ready));
    assert_true(v.nuclear[YK_SIDE_AGGRESSOR] > v.nuclear[YK_SIDE_PATRON]);
    assert_int_equal(yk_theatre_balance_of(w, "baltic", rus, pol, usa, 1, 0, 1.5, NULL,
                                           &b, &err), YK_OK);
    assert_true(b.p_a_wins > 0 && b.p_a_wins < 1);
    assert_true(b.p_fait_accompli > 0 && b.p_fait_accompli < 1);
    assert_int_equal(yk_theatre_balance_of(w, "nowhere", rus, pol, usa, 1, 0, 1.5, NULL,
                                           &b, &err), YK_E_NOTFOUND);
    assert_int_equal(yk_theatre_balance_of(w, "taiwan_strait", rus, pol, usa, 1, 0, 1.5,
                                           NULL, &b, &err), YK_E_NOTFOUND);
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(power_over_time),
        cmocka_unit_test(fait_accompli_by_hand),
        cmocka_unit_test(statics),
        cmocka_unit_test(builtin_theatres),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
