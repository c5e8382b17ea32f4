/*
 * alliances_test.c - src/world/alliances.c on a small world worked by
 * hand: similarity, shock spread, value, sensitivity and the devaluation
 * cost, at the default weights (floor .2, region .4, adversary .4,
 * kind .2, power_ref 50, breakout_ref 12).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "yokushi/alliances.h"
#include "yokushi/scenario.h"

static const char world_yaml[] =
    "world: net\n"
    "year: 2025\n"
    "states:\n"
    "  USA: {name: US, region: north_america, npt: nws}\n"
    "  FRA: {name: France, region: europe, npt: nws}\n"
    "  JPN: {name: Japan, region: east_asia, conventional: {power: 55},\n"
    "        public_support_nuclear: 0.167, latency: {breakout_months: 36}}\n"
    "  KOR: {name: Korea, region: east_asia, conventional: {power: 47},\n"
    "        public_support_nuclear: 0.762, latency: {breakout_months: 15}}\n"
    "  AUS: {name: Australia, region: oceania, conventional: {power: 35},\n"
    "        public_support_nuclear: 0.3, latency: {breakout_months: 84}}\n"
    "  DEU: {name: Germany, region: europe, conventional: {power: 88},\n"
    "        public_support_nuclear: 0.31, latency: {breakout_months: 18}}\n"
    "  CHN: {name: China, region: east_asia}\n"
    "  PRK: {name: North Korea, region: east_asia}\n"
    "  RUS: {name: Russia, region: eurasia}\n"
    "alliances:\n"
    "  USA-JPN: {kind: umbrella, commitment: 0.8, credibility: 0.7}\n"
    "  USA-KOR: {kind: umbrella, commitment: 0.85, credibility: 0.5}\n"
    "  USA-AUS: {kind: treaty, commitment: 0.75, credibility: 0.7}\n"
    "  USA-DEU: {kind: nuclear_sharing, commitment: 0.85, credibility: 0.7}\n"
    "  FRA-DEU: {kind: consultation, commitment: 0.2, credibility: 0.3}\n"
    "rivalries:\n"
    "  CHN-JPN: {intensity: 0.5}\n"
    "  JPN-PRK: {intensity: 0.55}\n"
    "  KOR-PRK: {intensity: 0.75}\n"
    "  AUS-CHN: {intensity: 0.3}\n"
    "  DEU-RUS: {intensity: 0.5}\n";

static void assert_near(double got, double want, double tol)
{
    if (!(fabs(got - want) <= tol))
        fail_msg("got %.17g, want %.17g (tol %g)", got, want, tol);
}

static int setup(void **state)
{
    yk_scenario *s = NULL;
    yk_diag d;
    yk_diag_init(&d);
    if (yk_scenario_load_buffer("net.yaml", world_yaml, strlen(world_yaml), NULL, &s, &d)) {
        yk_diag_free(&d);
        return -1;
    }
    yk_diag_free(&d);
    *state = s;
    return 0;
}

static int teardown(void **state)
{
    yk_scenario_free(*state);
    return 0;
}

static size_t alliance(const yk_world *w, const char *id)
{
    const yk_alliance *a = yk_world_alliance(w, id);
    assert_non_null(a);
    return (size_t)(a - w->alliances);
}

/* From USA-JPN: USA-KOR same region, common rival PRK, same kind:
 * .2 + .8 * (.4 + .4 + .2) / 1 = 1; USA-AUS only the rival CHN:
 * .2 + .8 * .4 = .52; USA-DEU nothing in common: the floor .2; FRA-DEU
 * another patron: 0; itself 1. */
static void test_similarity_by_hand(void **state)
{
    const yk_world *w = yk_scenario_world(*state);
    yk_alliance_weights k;
    size_t jpn = alliance(w, "USA-JPN");
    yk_alliance_weights_default(&k);
    assert_near(yk_alliances_similarity(w, &k, jpn, alliance(w, "USA-KOR")), 1.0, 1e-15);
    assert_near(yk_alliances_similarity(w, &k, jpn, alliance(w, "USA-AUS")), 0.52, 1e-15);
    assert_near(yk_alliances_similarity(w, &k, jpn, alliance(w, "USA-DEU")), 0.2, 1e-15);
    assert_near(yk_alliances_similarity(w, &k, jpn, alliance(w, "FRA-DEU")), 0.0, 0);
    assert_near(yk_alliances_similarity(w, &k, jpn, jpn), 1.0, 0);
    /* KOR and AUS share no rival: only the floor. */
    assert_near(yk_alliances_similarity(w, &k, alliance(w, "USA-KOR"),
                                        alliance(w, "USA-AUS")), 0.2, 1e-15);
    assert_true(yk_alliances_common_rival(w, yk_world_state_index(w, "JPN"),
                                          yk_world_state_index(w, "AUS")));
    assert_false(yk_alliances_common_rival(w, yk_world_state_index(w, "KOR"),
                                           yk_world_state_index(w, "AUS")));
}

/* Loss -.15 at s .52 of kappa .7: -.15 * .52 * .7 = -.0546; gain .1 at
 * s .52 of kappa .7: .1 * .52 * .3 = .0156. */
static void test_shock_by_hand(void **state)
{
    const yk_world *w = yk_scenario_world(*state);
    yk_alliance_weights k;
    double kappa[5], delta[5];
    size_t j;
    yk_alliance_weights_default(&k);
    assert_near(yk_alliances_shock(0.52, -0.15, 0.7), -0.0546, 1e-15);
    assert_near(yk_alliances_shock(0.52, 0.1, 0.7), 0.0156, 1e-15);
    for (j = 0; j < w->n_alliances; j++)
        kappa[j] = yk_param_mean(&w->alliances[j].credibility);
    /* An aid halt (-.15) to JPN spreads to every alliance of the USA. */
    yk_alliances_spread(w, &k, yk_world_state_index(w, "USA"),
                        yk_world_state_index(w, "JPN"), YK_ALLIANCE_UMBRELLA, -0.15,
                        kappa, delta);
    assert_near(delta[alliance(w, "USA-AUS")], -0.0546, 1e-15);
    assert_near(delta[alliance(w, "USA-KOR")], -0.075, 1e-15);
    assert_near(delta[alliance(w, "USA-DEU")], -0.021, 1e-15);
    assert_near(delta[alliance(w, "FRA-DEU")], 0.0, 0);
}

/* value(USA-JPN) = .8 * 55 / (55 + 50) = .4190476; sensitivity(USA-KOR)
 * = .762 * 12 / (12 + 15) = .3386667. */
static void test_value_and_sensitivity_by_hand(void **state)
{
    const yk_world *w = yk_scenario_world(*state);
    yk_alliance_weights k;
    yk_alliance_weights_default(&k);
    assert_near(yk_alliances_value_of(w, &k, alliance(w, "USA-JPN")),
                0.41904761904761906, 1e-15);
    assert_near(yk_alliances_sensitivity_of(w, &k, alliance(w, "USA-KOR")),
                0.33866666666666667, 1e-15);
    assert_near(yk_alliances_value(&k, 0.8, -5), 0.0, 0);
}

/* Losing JPN (m = -.3) costs the USA, over KOR, AUS and DEU:
 *   KOR .15    x .85*47/97 x .762*12/27 = .0209223
 *   AUS .1092  x .75*35/85 x .3*12/96   = .0012646
 *   DEU .042   x .85*88/138 x .31*12/30 = .0028229
 *   D = .0250098 */
static void test_devaluation_cost_by_hand(void **state)
{
    const yk_world *w = yk_scenario_world(*state);
    yk_alliance_weights k;
    yk_alliance_weights_default(&k);
    assert_near(yk_alliances_devaluation_cost(w, &k, alliance(w, "USA-JPN"), -0.3),
                0.02500978735070003, 1e-14);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_similarity_by_hand),
        cmocka_unit_test(test_shock_by_hand),
        cmocka_unit_test(test_value_and_sensitivity_by_hand),
        cmocka_unit_test(test_devaluation_cost_by_hand),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
