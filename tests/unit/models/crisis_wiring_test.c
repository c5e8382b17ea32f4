/*
 * crisis_wiring_test.c - the crisis engine's doors to the ladder and
 * exchange engines (src/models/crisis/wiring.c, escalation.c, model.c;
 * docs/MODEL.md section 9): the mapping of the ladder's continuation into
 * rho and of the exchange's delivered share into the damage, worked by
 * hand; then the sources as the built-in scenarios give them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "crisis_inputs.h"
#include "models/crisis/crisis_int.h"
#include "yokushi/crisis.h"
#include "yokushi/scenario.h"

static void assert_near(double got, double want, double tol)
{
    if (!(fabs(got - want) <= tol))
        fail_msg("got %.17g, want %.17g (tol %g)", got, want, tol);
}

/* rho from the ladder: p after defend, p x threat/defend after a threat. */
static void test_rho_from_ladder(void **state)
{
    yk_crisis_inputs in;
    (void)state;
    crisis_small_inputs(&in);
    in.warheads_a = 100;
    in.warheads_p = 200;
    in.ladder = true;
    in.ladder_p_nuclear = 0.02;
    in.c[YK_KC_ESCALATION_DEFEND] = 0.05;
    in.c[YK_KC_ESCALATION_THREAT] = 0.15;
    assert_near(yk_crisis_escalation_risk(&in, YK_STANCE_DEFEND), 0.02, 1e-15);
    /* 0.02 x 0.15 / 0.05 = 0.06 */
    assert_near(yk_crisis_escalation_risk(&in, YK_STANCE_THREAT), 0.06, 1e-15);
    /* escalation_defend 0: the larger of p and escalation_threat */
    in.c[YK_KC_ESCALATION_DEFEND] = 0;
    assert_near(yk_crisis_escalation_risk(&in, YK_STANCE_THREAT), 0.15, 0);
    in.ladder_p_nuclear = 0.4;
    assert_near(yk_crisis_escalation_risk(&in, YK_STANCE_THREAT), 0.4, 0);
    /* capped: 0.4 x 0.3 / 0.05 = 2.4 -> 1 */
    in.c[YK_KC_ESCALATION_DEFEND] = 0.05;
    in.c[YK_KC_ESCALATION_THREAT] = 0.3;
    assert_near(yk_crisis_escalation_risk(&in, YK_STANCE_THREAT), 1, 0);
    /* the escalation gap and theatre share no longer enter */
    in.c[YK_KC_ESCALATION_GAP] = 1;
    assert_near(yk_crisis_escalation_risk(&in, YK_STANCE_DEFEND), 0.4, 0);
    /* neither A nor P nuclear: 0 whatever the ladder says */
    in.warheads_a = in.warheads_p = 0;
    assert_near(yk_crisis_escalation_risk(&in, YK_STANCE_DEFEND), 0, 0);
    /* without the ladder: the coefficient (no theatre data: r0 alone) */
    in.warheads_a = 100;
    in.ladder = false;
    in.has_theatre = false;
    assert_near(yk_crisis_escalation_risk(&in, YK_STANCE_DEFEND), 0.05, 0);
}

/* Damage: d(reach x warheads) x damage_weight with the exchange, d(warheads)
 * without. */
static void test_damage_from_exchange(void **state)
{
    yk_crisis_inputs in;
    yk_crisis_model m;
    (void)state;
    crisis_small_inputs(&in);
    in.warheads_a = 250;
    in.warheads_p = 100;
    in.warheads_t = 40;
    in.c[YK_KC_DAMAGE_HALF] = 50;
    in.c[YK_KC_DAMAGE_WEIGHT] = 5;
    in.exchange = true;
    in.reach_p_on_a = 0.5; /* 50 arrive: d = 50/100 */
    in.reach_t_on_a = 0;   /* out of range */
    in.reach_a_on_t = 1;   /* 250: d = 250/300 */
    in.reach_a_on_p = 0.2; /* 50: d = 1/2 */
    yk_crisis_model_init(&m, &in);
    assert_near(m.dmg_a_by_p, 2.5, 1e-15);
    assert_near(m.dmg_a_by_t, 0, 0);
    assert_near(m.dmg_t_by_a, 5 * 250.0 / 300.0, 1e-14);
    assert_near(m.dmg_p_by_a, 2.5, 1e-15);
    /* without the exchange: the warhead counts, P's damage by A = T's */
    in.exchange = false;
    yk_crisis_model_init(&m, &in);
    assert_near(m.dmg_a_by_p, 5 * 100.0 / 150.0, 1e-14);
    assert_near(m.dmg_a_by_t, 5 * 40.0 / 90.0, 1e-14);
    assert_near(m.dmg_p_by_a, m.dmg_t_by_a, 0);
}

static yk_scenario *load(const char *name)
{
    yk_scenario *s = NULL;
    yk_load_options opt;
    yk_diag d;
    memset(&opt, 0, sizeof opt);
    yk_diag_init(&d);
    if (yk_scenario_load(name, &opt, &s, &d) != YK_OK) {
        yk_diag_free(&d);
        fail_msg("%s does not load", name);
    }
    yk_diag_free(&d);
    return s;
}

/* The built-in crises take rho from the ladder and the damage from the
 * exchange; each reach is a share; US SLCM-N moves the continuation. */
static void test_builtin_sources(void **state)
{
    static const char *const names[] = {"taiwan-2035", "taiwan-2035-theatre-parity",
                                        "japan-2024", "ukraine-2022"};
    double p[4];
    size_t i;
    (void)state;
    for (i = 0; i < 4; i++) {
        yk_scenario *s = load(names[i]);
        yk_crisis_sampler *sm;
        const yk_crisis_inputs *in;
        yk_error err;
        assert_int_equal(yk_crisis_sampler_new(s, 0, &sm, &err), YK_OK);
        in = yk_crisis_sampler_mean(sm);
        assert_true(in->ladder);
        assert_true(in->exchange);
        assert_string_equal(yk_cr_sampler_escalation_source(sm), "ladder continuation");
        assert_string_equal(yk_cr_sampler_damage_source(sm), "exchange engine");
        assert_true(in->ladder_p_nuclear > 0 && in->ladder_p_nuclear < 1);
        assert_true(in->ladder_p_prevail_a >= 0 && in->ladder_p_prevail_a <= 1);
        assert_true(in->ladder_cost_d >= 0);
        assert_true(in->reach_p_on_a > 0 && in->reach_p_on_a <= 1);
        assert_true(in->reach_a_on_t > 0 && in->reach_a_on_t <= 1);
        assert_true(in->reach_a_on_p >= 0 && in->reach_a_on_p <= 1);
        p[i] = in->ladder_p_nuclear;
        yk_crisis_sampler_free(sm);
        yk_scenario_free(s);
    }
    /* US theatre forces change the continuation (its sign is the
     * ladder's: tests/cli/crisis_wiring.sh reports the crisis's) */
    assert_true(fabs(p[0] - p[1]) > 1e-4);
}

/* --vary of a stake solves the ladder again at the new point. */
static void test_vary_stake_follows(void **state)
{
    yk_scenario *s = load("taiwan-2035");
    yk_crisis_sampler *sm;
    yk_error err;
    double before, after;
    (void)state;
    assert_int_equal(yk_crisis_sampler_new(s, 0, &sm, &err), YK_OK);
    before = yk_crisis_sampler_mean(sm)->ladder_p_nuclear;
    assert_int_equal(yk_crisis_sampler_fix(sm, "stake_p", 0.05), YK_OK);
    after = yk_crisis_sampler_mean(sm)->ladder_p_nuclear;
    assert_true(after != before);
    /* back to the scenario's stake: the same number again */
    assert_int_equal(yk_crisis_sampler_fix(sm, "stake_p",
                                           yk_param_mean(&yk_scenario_world(s)->crises[0].stake_patron)),
                     YK_OK);
    assert_near(yk_crisis_sampler_mean(sm)->ladder_p_nuclear, before, 1e-15);
    yk_crisis_sampler_free(sm);
    yk_scenario_free(s);
}

/* The two doors share their exchanges (yk_cr_xcache): taiwan-2035's
 * ladder reads China on the US and the US on China, the damage those and
 * China on Taiwan (Taiwan has no weapons): three exchanges, not five. The
 * numbers are the sampler's. With the scenario's own exchange
 * coefficients (1,000 US interceptors) both read them: still three
 * exchanges, and both the damage to the US and the ladder move. */
static void test_exchanges_shared(void **state)
{
    static const char xc[] = "scenario: xc\nextends: taiwan-2035\ncoefficients:\n"
                             "  exchange: {interceptors_usa: 1000}\n";
    yk_scenario *s = load("taiwan-2035"), *t = NULL;
    yk_crisis_sampler *sm;
    yk_crisis_inputs in, base;
    yk_cr_xcache x;
    char why[YK_CR_SOURCE_LEN];
    yk_error err;
    yk_diag d;
    (void)state;
    assert_int_equal(yk_crisis_sampler_new(s, 0, &sm, &err), YK_OK);
    base = *yk_crisis_sampler_mean(sm);
    yk_crisis_sampler_free(sm);
    in = base;
    yk_cr_xcache_init(&x, s);
    assert_int_equal(yk_cr_wire_ladder(s, 0, &x, &in, why, &err), YK_OK);
    assert_int_equal(x.n, 2);
    assert_int_equal(yk_cr_wire_exchange(s, 0, &x, &in, why, &err), YK_OK);
    assert_int_equal(x.n, 3);
    assert_true(in.ladder_p_nuclear == base.ladder_p_nuclear);
    assert_true(in.reach_p_on_a == base.reach_p_on_a && in.reach_a_on_t == base.reach_a_on_t &&
                in.reach_a_on_p == base.reach_a_on_p);
    /* the ladder again (--vary a stake): no new exchange */
    assert_int_equal(yk_cr_wire_ladder(s, 0, &x, &in, why, &err), YK_OK);
    assert_int_equal(x.n, 3);

    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load_buffer("xc.yaml", xc, sizeof xc - 1, NULL, &t, &d), YK_OK);
    yk_diag_free(&d);
    in = base;
    yk_cr_xcache_init(&x, t);
    assert_int_equal(yk_cr_wire_ladder(t, 0, &x, &in, why, &err), YK_OK);
    assert_int_equal(yk_cr_wire_exchange(t, 0, &x, &in, why, &err), YK_OK);
    assert_int_equal(x.n, 3);
    assert_true(in.ladder_p_nuclear != base.ladder_p_nuclear);
    assert_true(in.reach_a_on_p < base.reach_a_on_p); /* US interceptors */
    yk_scenario_free(t);
    yk_scenario_free(s);
}

/* A run keeps each crisis's inputs at the means (yk_crisis_outcome_inputs):
 * the ones yk_crisis_inputs_mean sets up again. */
static void test_outcome_inputs(void **state)
{
    yk_scenario *s = load("baltic-2025");
    yk_crisis_options o;
    yk_crisis_result *r;
    yk_error err;
    size_t i;
    (void)state;
    memset(&o, 0, sizeof o);
    o.replicates = 50;
    assert_int_equal(yk_crisis_run(s, &o, &r, &err), YK_OK);
    assert_int_equal(yk_crisis_result_count(r), 2);
    for (i = 0; i < 2; i++) {
        const yk_crisis_inputs *got = yk_crisis_outcome_inputs(yk_crisis_result_at(r, i));
        yk_crisis_inputs want;
        assert_int_equal(yk_crisis_inputs_mean(s, i, &want, &err), YK_OK);
        assert_true(got->kappa == want.kappa && got->stake_a == want.stake_a &&
                    got->warheads_p == want.warheads_p && got->ladder == want.ladder &&
                    got->ladder_p_nuclear == want.ladder_p_nuclear &&
                    got->reach_a_on_t == want.reach_a_on_t);
        assert_memory_equal(got->c, want.c, sizeof want.c);
    }
    yk_crisis_result_free(r);
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rho_from_ladder),
        cmocka_unit_test(test_damage_from_exchange),
        cmocka_unit_test(test_builtin_sources),
        cmocka_unit_test(test_vary_stake_follows),
        cmocka_unit_test(test_exchanges_shared),
        cmocka_unit_test(test_outcome_inputs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
