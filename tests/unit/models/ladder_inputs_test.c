/*
 * ladder_inputs_test.c - each side's capability, cost and jump rate at
 * every rung from a small world, against numbers worked by hand with the
 * default coefficients (docs/MODEL.md section 10, "Sides and
 * capabilities" and "The game"), and a scenario's own ladder.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "yokushi/exchange.h"
#include "yokushi/ladder.h"
#include "yokushi/scenario.h"
#include "yokushi/theatre.h"

/* A aggressor and B target in east Asia, C a distant patron with a
 * no-first-use doctrine, D an ally of C in east Asia hosting 7 of C's
 * weapons. Every number fixed. */
static const char world[] =
    "world: hand\nyear: 2025\n"
    "states:\n"
    "  AAA:\n    name: A\n    region: east_asia\n    resolve: 0.5\n"
    "    conventional: {power: 300, long_range_strike: 0.6, cyber: 0.6, space: 0.6, air_missile_defense: 0.5}\n"
    "    doctrine: {posture: first_use, launch_on_warning: true, predelegation: 0.5}\n"
    "    nuclear:\n      forces:\n"
    "        - {type: theatre_missile, launchers: 10, reliability: 0.8}\n"
    "        - {type: icbm_silo, launchers: 100, reliability: 0.9}\n"
    "  BBB:\n    name: B\n    region: east_asia\n"
    "    conventional: {power: 100, long_range_strike: 0.3, cyber: 0.3, space: 0.3, air_missile_defense: 0.2}\n"
    "  CCC:\n    name: C\n    region: north_america\n    resolve: 0.7\n"
    "    conventional: {power: 800, long_range_strike: 0.9, cyber: 0.9, space: 0.9, air_missile_defense: 0.6}\n"
    "    doctrine: {posture: no_first_use}\n"
    "    nuclear:\n      forces:\n"
    "        - {type: slcm, launchers: 20, reliability: 0.5}\n"
    "        - {type: dual_capable_aircraft, launchers: 50, reliability: 1}\n"
    "        - {type: theatre_missile, launchers: 40, reliability: 1}\n"
    "        - {type: slbm, launchers: 200, reliability: 0.8, range_km: 15000}\n"
    "  DDD:\n    name: D\n    region: east_asia\n"
    "alliances:\n"
    "  CCC-BBB: {kind: treaty, forward_forces: 0.2}\n"
    "  CCC-DDD: {kind: nuclear_sharing, nuclear_sharing: {stationed: true, weapons: 7}}\n"
    "crises:\n"
    "  - {name: k, aggressor: AAA, target: BBB, patron: CCC, theatre: x, stakes: {AAA: 0.8, BBB: 1.0, CCC: 0.6}}\n";

#define NEAR(a, b) assert_true(fabs((a) - (b)) < 1e-9)

/* Loads text and fills in its crisis's inputs with coefficients c (NULL:
 * the defaults) at the means; stakes from the crisis unless given. */
static yk_scenario *fill(const char *text, const double *c, double stake_a, double stake_d,
                         yk_ladder_inputs *in)
{
    yk_scenario *s = NULL;
    yk_diag d;
    yk_error err;
    const yk_world *w;
    yk_ladder_dyad dy;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load_buffer("hand.yaml", text, strlen(text), NULL, &s, &d),
                     YK_OK);
    yk_diag_free(&d);
    w = yk_scenario_world(s);
    dy.aggressor = w->crises[0].aggressor;
    dy.target = w->crises[0].target;
    dy.patron = w->crises[0].patron;
    dy.theatre = "x";
    dy.stake_a = stake_a;
    dy.stake_d = stake_d;
    dy.crisis = isnan(stake_a) ? &w->crises[0] : NULL;
    assert_int_equal(yk_ladder_inputs_fill(w, &dy, c, NULL, in, &err), YK_OK);
    return s;
}

/* What the exchange engine says side delivers after opponent's first
 * strike, at the means and its default coefficients. */
static double delivered(const yk_scenario *s, const char *side, const char *opponent)
{
    const yk_world *w = yk_scenario_world(s);
    yk_exchange_capability x;
    yk_error err;
    assert_int_equal(yk_exchange_capability_of(w, side, opponent, w->year, NULL, NULL, &x, &err),
                     YK_OK);
    return x.delivered;
}

static void hand_world(void **state)
{
    yk_ladder_inputs in;
    yk_scenario *s = fill(world, NULL, NAN, NAN, &in);
    double k6 = sqrt(1.1 / 2.6), k7 = sqrt(1.1 / 4.6);
    (void)state;
    assert_int_equal(in.n_rungs, 10);
    assert_int_equal(in.first_nuclear, 6);
    NEAR(in.stake[0], 0.8);
    NEAR(in.stake[1], 0.6);
    /* rung 0: resolve x stake (the patron leads the defence) */
    NEAR(in.cap[0][0], 0.4);
    NEAR(in.cap[1][0], 0.42);
    /* rungs 1-3: A's power; B's plus C's projected share 0.25 + 0.75 x 0.2 */
    NEAR(in.cap[0][2], 300);
    NEAR(in.cap[1][2], 100 + 800 * 0.4);
    /* rung 4: the best means, less 0.3 x the other side's best defence */
    NEAR(in.cap[0][4], 0.6 * (1 - 0.3 * 0.6));
    NEAR(in.cap[1][4], 0.9 * (1 - 0.3 * 0.5));
    /* rung 5: deployed warheads */
    NEAR(in.cap[0][5], 110);
    NEAR(in.cap[1][5], 310);
    /* rungs 6-7: A's theatre missiles; C's slcm whole, its theatre
     * missiles x 0.25, its aircraft only as the 7 stationed with D; plus
     * 50 x means x the conventional answer's credibility */
    NEAR(in.cap[0][6], 10 * 0.8 + 50 * 0.6 * k6);
    NEAR(in.cap[0][7], 10 * 0.8 + 50 * 0.6 * k7);
    NEAR(in.cap[1][6], 20 * 0.5 + 40 * 0.25 + 7 + 50 * 0.9 * k6);
    NEAR(in.cap[1][7], 20 * 0.5 + 40 * 0.25 + 7 + 50 * 0.9 * k7);
    assert_true(in.can[0][6] && in.can[1][6]);
    /* rungs 8-9: the exchange engine's second strike, each leader's
     * warheads delivered after the other leader strikes first. A's
     * forces have no range (0 km): they reach nothing across the
     * Pacific, so A's first strike destroys nothing and A delivers
     * nothing; C's 200 SLBM warheads (15,000 km) all survive and reach,
     * x 0.8 = 160 arrive (A has no interceptors). */
    NEAR(in.cap[0][8], 0);
    NEAR(in.cap[0][9], 0);
    NEAR(in.cap[1][8], 160);
    NEAR(in.cap[1][9], 160);
    NEAR(in.cap[1][9], delivered(s, "CCC", "AAA"));
    assert_true(!in.can[0][8] && in.can[1][8]);
    /* costs: 0.5 x base x (1 + 0.5 (1 - 2 resolve)) */
    NEAR(in.cost[0][6], 2.5 * 0.5);
    NEAR(in.cost[1][6], 2.5 * 0.5 * 0.8);
    /* jump rates: base x (1 + launch on warning) (1 + predelegation)
     * x (1 + 2 x 0.5 x 0.3 x the other's means) from rung 4 */
    NEAR(in.accident[0][2], 0.01 * 2 * 1.5);
    NEAR(in.accident[0][6], 0.05 * 2 * 1.5 * (1 + 2 * 0.5 * 0.3 * 0.9));
    NEAR(in.accident[1][6], 0.05 * (1 + 2 * 0.5 * 0.3 * 0.6));
    /* C's no first use binds at the means (credibility 0.7 >= 1/2) */
    assert_int_equal(in.doctrine[0], 0);
    assert_int_equal(in.doctrine[1], 1);
    yk_scenario_free(s);
}

/* Risk-reduction measures scale every rate: a hotline by 1 - 0.3, and
 * de-alerting cancels launch on warning and takes 0.3 more. */
static void measures(void **state)
{
    yk_ladder_inputs in;
    yk_scenario *s;
    double c[YK_LC_COUNT];
    (void)state;
    yk_ladder_coef_defaults(c);
    c[YK_LC_HOTLINE] = 1;
    c[YK_LC_DEALERTING] = 1;
    s = fill(world, c, 0.5, 0.25, &in);
    NEAR(in.stake[0], 0.5);
    NEAR(in.stake[1], 0.25);
    NEAR(in.accident[0][2], 0.01 * 0.7 * 0.7 * 1 * 1.5);
    NEAR(in.accident[1][2], 0.01 * 0.7 * 0.7);
    yk_scenario_free(s);
}

/* A scenario's own ladder: its rungs, kinds and rates; nuclear rungs
 * where it says. */
static void own_ladder(void **state)
{
    static const char tail[] =
        "ladder:\n"
        "  - {name: a, capability: resolve}\n"
        "  - {name: b, capability: conventional, cost: 0.5, accident: 0.1}\n"
        "  - {name: c, capability: strategic_nuclear, nuclear: true, cost: 9}\n";
    char text[sizeof world + sizeof tail];
    yk_scenario *s;
    yk_ladder_inputs in;
    (void)state;
    memcpy(text, world, sizeof world - 1);
    memcpy(text + sizeof world - 1, tail, sizeof tail);
    s = fill(text, NULL, NAN, NAN, &in);
    assert_int_equal((int)yk_scenario_world(s)->n_rungs, 3);
    assert_int_equal(in.n_rungs, 3);
    assert_int_equal(in.first_nuclear, 2);
    NEAR(in.base_cost[2], 9);
    NEAR(in.cap[1][1], 420);
    NEAR(in.accident[1][1], 0.1);
    NEAR(in.cap[1][2], 160);
    yk_scenario_free(s);
}

/* The hand world with a line appended (a theatre, a second crisis). */
static yk_scenario *load_with(const char *tail)
{
    static char text[8192];
    yk_scenario *s = NULL;
    yk_diag d;
    size_t n = strlen(world);
    assert_true(n + strlen(tail) < sizeof text);
    memcpy(text, world, n);
    memcpy(text + n, tail, strlen(tail) + 1);
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load_buffer("hand.yaml", text, strlen(text), NULL, &s, &d),
                     YK_OK);
    yk_diag_free(&d);
    return s;
}

static void fill_crisis(const yk_scenario *s, size_t k, const double *c, yk_ladder_inputs *in)
{
    const yk_world *w = yk_scenario_world(s);
    yk_ladder_dyad dy = {w->crises[k].aggressor, w->crises[k].target, w->crises[k].patron,
                         w->crises[k].theatre, NAN, NAN, &w->crises[k]};
    yk_error err;
    assert_int_equal(yk_ladder_inputs_fill(w, &dy, c, NULL, in, &err), YK_OK);
}

/* Rungs 8-9 by hand: A (100 silo warheads, reliability 0.9) against B
 * defending alone. B has no weapons to strike first and no interceptors,
 * and both sit at east Asia's point (no area of their own): A's 100
 * survive and reach, with its theatre missiles (the exchange counts every
 * force in range): 100 x 0.9 + 10 x 0.8 = 98 arrive (the old rule: 100
 * x 0.9 less 0.3 x B's defence index 0.2, 84.6). B has nothing: 0. */
static void alone_second_strike(void **state)
{
    yk_scenario *s = load_with("  - {name: alone, aggressor: AAA, target: BBB, theatre: x, "
                               "stakes: {AAA: 0.8, BBB: 1.0}}\n");
    yk_ladder_inputs in;
    (void)state;
    fill_crisis(s, 1, NULL, &in);
    NEAR(in.cap[0][8], 98);
    NEAR(in.cap[0][9], 98);
    NEAR(in.cap[1][8], 0);
    assert_true(in.can[0][8] && !in.can[1][8]);
    yk_scenario_free(s);
}

/* Rungs 1-3 and 6-7 with theatre data: theatre x lists A, B and C with
 * theatre_balance_test's hand-worked numbers (A 10 ready; B 5; C 2 ready
 * and 18 arriving evenly from day 5 to day 15; objective day 2, advantage
 * 2, reversal 2, horizon 20). At m = 1 P(A wins | C fights) = 61/216, so
 * A's capability is 61/216 and D's 155/216; at the default m = 1.5 each
 * is that share to the power 1/1.5, and the contest gives 61/216 back.
 * Rungs 6-7: the theatre's warheads (A 30; B none, C 12) plus the
 * conventional substitute as before. */
static void theatre_data(void **state)
{
    static const char tail[] =
        "theatres:\n  x:\n"
        "    objective_days: 2\n    defender_advantage: 2\n    reversal: 2\n"
        "    horizon_days: 20\n    forces:\n"
        "      AAA: {ready: 10, reinforce: 0, delay_days: 0, build_days: 0, nuclear: 30}\n"
        "      BBB: {ready: 5, reinforce: 0, delay_days: 0, build_days: 0}\n"
        "      CCC: {ready: 2, reinforce: 18, delay_days: 5, build_days: 10, nuclear: 12}\n";
    yk_scenario *s = load_with(tail);
    yk_ladder_inputs in;
    double c[YK_LC_COUNT], k6 = sqrt(1.1 / 2.6), k7 = sqrt(1.1 / 4.6);
    int k;
    (void)state;
    yk_ladder_coef_defaults(c);
    c[YK_LC_CONTEST_M] = 1;
    fill_crisis(s, 0, c, &in);
    for (k = 1; k <= 3; k++) {
        NEAR(in.cap[0][k], 61.0 / 216);
        NEAR(in.cap[1][k], 155.0 / 216);
    }
    NEAR(in.cap[0][6], 30 + 50 * 0.6 * k6);
    NEAR(in.cap[0][7], 30 + 50 * 0.6 * k7);
    NEAR(in.cap[1][6], 12 + 50 * 0.9 * k6);
    assert_true(in.can[0][6] && in.can[1][6]);
    {
        /* m = 1.5: the ladder's fight is the balance at the same m */
        const yk_world *w = yk_scenario_world(s);
        const yk_crisis *kc = &w->crises[0];
        yk_theatre_balance b;
        yk_error err;
        assert_int_equal(yk_theatre_balance_of(w, "x", kc->aggressor, kc->target, kc->patron,
                                               1, 0, 1.5, NULL, &b, &err),
                         YK_OK);
        fill_crisis(s, 0, NULL, &in);
        NEAR(yk_ladder_win_a(&in, 2), b.p_a_wins);
        NEAR(pow(in.cap[0][2], 1.5) + pow(in.cap[1][2], 1.5), 1);
    }
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hand_world),
        cmocka_unit_test(measures),
        cmocka_unit_test(own_ladder),
        cmocka_unit_test(alone_second_strike),
        cmocka_unit_test(theatre_data),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
