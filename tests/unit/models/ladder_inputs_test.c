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

#include "yokushi/ladder.h"
#include "yokushi/scenario.h"

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
    "        - {type: slbm, launchers: 200, reliability: 0.8}\n"
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
    /* rungs 8-9: strategic warheads x reliability, less 0.3 x defence */
    NEAR(in.cap[0][8], 100 * 0.9 * (1 - 0.3 * 0.6));
    NEAR(in.cap[1][9], 200 * 0.8 * (1 - 0.3 * 0.5));
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
    NEAR(in.cap[0][2], 73.8);
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hand_world),
        cmocka_unit_test(measures),
        cmocka_unit_test(own_ladder),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
