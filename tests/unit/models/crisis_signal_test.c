/*
 * crisis_signal_test.c - the crisis engine's signalling stage
 * (src/models/crisis/signal.c) and logit QRE (qre.c) against the
 * properties docs/MODEL.md section 9 documents, each recomputed here from
 * the exposed value functions rather than read back from the solver:
 * Bayes-consistent beliefs (pessimistic off the path), incentive
 * compatibility, the choice order, a prohibitive and a free signal; the
 * QRE's uniform play at lambda 0, its approach to the PBE as lambda
 * grows, and logit choice probabilities worked from the model's values.
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
#include "yokushi/rng.h"

/* A macro, so that a failure names the line of the check. */
#define assert_near(got, want, tol) near_at((got), (want), (tol), __LINE__)

static void near_at(double got, double want, double tol, int line)
{
    if (!(fabs(got - want) <= tol))
        fail_msg("line %d: got %.17g, want %.17g (tol %g)", line, got, want, tol);
}


/* A crisis A's attack turns on its belief: a non-nuclear T, A and P (no
 * escalation, no restraint). The resolute P defends and the hesitant one
 * abandons; A attacks at any belief up to 0.8 and is deterred at 0.9 and
 * 1 (the types' paths after an attack give A -0.033 against the resolute
 * P, +0.242 against the hesitant one: attacking pays while the belief is
 * below 0.242 / 0.275 = 0.88). */
static void attack_inputs(yk_crisis_inputs *in)
{
    memset(in, 0, sizeof *in);
    yk_crisis_coef_defaults(in->c);
    in->c[YK_KC_INTERVENTION_COST] = 0.1;
    in->kappa = 0.6;
    in->stake_a = 0.7;
    in->stake_t = 1.0;
    in->stake_p = 0.4;
    in->power_a = 2.385;
    in->power_t = 1.0;
    in->power_p = 12.0;
    in->p_distant = true;
    in->resolve_a = 0.5;
    in->commitment = 0.5;
    in->forward_forces = 0.1;
    in->consultation = 0.1;
    in->network = 0.05;
}


/* ---- the signalling stage, recomputed ---------------------------------- */

/* The crisis after message x at belief mu, built from the documented rule
 * (forward forces and consultation + signal_tie, capped at 1), not from
 * signal.c. */
static void crisis_after(const yk_crisis_inputs *in, int x, double mu,
                         yk_crisis_model *m, yk_crisis_solution *s)
{
    yk_crisis_inputs v = *in;
    if (x) {
        v.forward_forces = fmin(1, v.forward_forces + in->c[YK_KC_SIGNAL_TIE]);
        v.consultation = fmin(1, v.consultation + in->c[YK_KC_SIGNAL_TIE]);
    }
    v.kappa = mu;
    yk_crisis_model_init(m, &v);
    yk_crisis_solve(m, s);
}

/* Type t's payoff in a crisis, before any signal cost: 0 at the status
 * quo, else its expected payoff after the attack, priced again here. */
static double type_payoff(const yk_crisis_model *m, const yk_crisis_solution *s, int t)
{
    yk_crisis_value v = yk_cr_value_type(m, &s->s, t);
    return s->p_attack * yk_crisis_value_p(&v);
}

/* Bayes' rule for A after message x when type t sends the signal iff
 * sends[t]; off the path A takes the sender for hesitant (mu 0). */
static double bayes(double kappa, const int sends[2], int x)
{
    double w_res = (sends[0] == x) ? kappa : 0;
    double w_hes = (sends[1] == x) ? 1 - kappa : 0;
    if (w_res + w_hes == 0)
        return 0;
    return w_res / (w_res + w_hes);
}

typedef struct recomputed {
    bool is_pbe[4];
    double payoff[4][2];
    double mu[4][2]; /* A's belief after each message, by profile */
    int chosen;
} recomputed;

static void recompute(const yk_crisis_inputs *in, recomputed *rc)
{
    static const int order[4] = {1, 2, 0, 3};
    double cost = in->c[YK_KC_SIGNAL_COST];
    int prof, t, x, i;
    rc->chosen = -1;
    for (prof = 0; prof < 4; prof++) {
        int sends[2] = {prof & 1, (prof >> 1) & 1};
        yk_crisis_model m[2];
        yk_crisis_solution s[2];
        rc->is_pbe[prof] = true;
        for (x = 0; x < 2; x++) {
            rc->mu[prof][x] = bayes(in->kappa, sends, x);
            crisis_after(in, x, rc->mu[prof][x], &m[x], &s[x]);
        }
        for (t = 0; t < 2; t++) {
            int own = sends[t], other = !own;
            double u_own = type_payoff(&m[own], &s[own], t) - (own ? cost : 0);
            double u_dev = type_payoff(&m[other], &s[other], t) - (other ? cost : 0);
            rc->payoff[prof][t] = u_own;
            /* incentive compatibility: no type gains by the other message */
            if (u_dev > u_own + 1e-12)
                rc->is_pbe[prof] = false;
        }
    }
    for (i = 0; i < 4 && rc->chosen < 0; i++)
        if (rc->is_pbe[order[i]])
            rc->chosen = order[i];
}

/* Everything yk_crisis_solve_signal reports, checked against the
 * recomputation; returns the engine's result for further checks. */
static void check_signal(const yk_crisis_inputs *in, yk_crisis_signal_result *r)
{
    recomputed rc;
    int prof, t, x;
    yk_crisis_solve_signal(in, r);
    recompute(in, &rc);
    for (prof = 0; prof < 4; prof++) {
        assert_int_equal(r->is_pbe[prof], rc.is_pbe[prof]);
        for (t = 0; t < 2; t++)
            assert_near(r->payoff[prof][t], rc.payoff[prof][t], 1e-12);
    }
    assert_int_equal(r->chosen, rc.chosen);
    if (r->chosen < 0)
        return;
    for (x = 0; x < 2; x++) {
        /* The reported crisis after each message is the one solved at the
         * Bayes (or off-path) belief: the same choices and values, and A's
         * root value is the belief-weighted mix of the types' paths. */
        double mu = rc.mu[r->chosen][x];
        const yk_crisis_solution *a = &r->after[x];
        yk_crisis_model m;
        yk_crisis_solution s;
        assert_near(r->belief[x], mu, 1e-15);
        crisis_after(in, x, mu, &m, &s);
        assert_near(a->p_attack, s.p_attack, 0);
        assert_int_equal(memcmp(&a->s, &s.s, sizeof s.s), 0);
        for (t = 0; t < 2; t++)
            assert_near(yk_crisis_value_p(&a->typed[t]), yk_crisis_value_p(&s.typed[t]), 1e-12);
        assert_near(a->attack_value.a, mu * a->typed[0].a + (1 - mu) * a->typed[1].a, 1e-12);
        /* Where the types' paths differ for A, the belief is identified. */
        if (fabs(a->typed[0].a - a->typed[1].a) > 1e-6)
            assert_near((a->attack_value.a - a->typed[1].a) / (a->typed[0].a - a->typed[1].a),
                        mu, 1e-9);
    }
}

static void test_signal_small_crisis(void **state)
{
    yk_crisis_inputs in;
    yk_crisis_signal_result r;
    (void)state;
    crisis_small_inputs(&in);
    check_signal(&in, &r);
    /* A reported profile exists here and is a PBE. */
    assert_true(r.chosen >= 0);
    assert_true(r.is_pbe[r.chosen]);
}

static void test_signal_random_crises(void **state)
{
    yk_rng r;
    int i, chosen[5] = {0};
    (void)state;
    yk_rng_init(&r, 20240901, YK_STREAM_TEST, 0, 7);
    for (i = 0; i < 300; i++) {
        yk_crisis_inputs in;
        yk_crisis_signal_result res;
        crisis_random_inputs(&r, &in);
        check_signal(&in, &res);
        chosen[res.chosen + 1]++;
    }
    print_message("signal, 300 random crises: none %d, pooling-none %d, separating-res %d, "
                  "separating-hes %d, pooling-signal %d\n",
                  chosen[0], chosen[1], chosen[2], chosen[3], chosen[4]);
}

/* A prohibitive cost (more than any crisis payoff can differ by): a
 * signalling type always gains by keeping quiet, so only pooling on no
 * signal is a PBE, and the crisis after no signal is the crisis at the
 * prior. */
static void test_signal_prohibitive(void **state)
{
    yk_crisis_inputs in;
    yk_crisis_signal_result r;
    yk_crisis_model m;
    yk_crisis_solution s;
    int t, pass;
    (void)state;
    for (pass = 0; pass < 2; pass++) {
        if (pass)
            attack_inputs(&in);
        else
            crisis_small_inputs(&in);
        in.c[YK_KC_SIGNAL_COST] = 1000;
        check_signal(&in, &r);
        assert_true(r.is_pbe[0]);
        assert_false(r.is_pbe[1]);
        assert_false(r.is_pbe[2]);
        assert_false(r.is_pbe[3]);
        assert_int_equal(r.chosen, 0);
        yk_crisis_model_init(&m, &in);
        yk_crisis_solve(&m, &s);
        assert_near(r.after[0].p_attack, s.p_attack, 0);
        assert_near(s.p_attack, pass, 0); /* attack_inputs: A attacks */
        for (t = 0; t < 2; t++) {
            assert_near(r.payoff[0][t], s.p_attack * yk_crisis_value_p(&s.typed[t]), 1e-12);
            /* Pooling on the signal: each type pays 1000 on the path. */
            assert_true(r.payoff[3][t] < -900);
        }
    }
}

/* The attack crisis at the three beliefs a profile can induce, for the
 * hand-worked cases: after no signal (tie 0 or not) or after the signal. */
static void beliefs(const yk_crisis_inputs *in, int x, yk_crisis_solution s[3])
{
    yk_crisis_model m;
    crisis_after(in, x, 0, &m, &s[0]);
    crisis_after(in, x, in->kappa, &m, &s[1]);
    crisis_after(in, x, 1, &m, &s[2]);
}

/* A free signal that ties nothing (cost 0, tie 0) is cheap talk: both
 * messages lead to the same crisis, so a type's payoff depends only on the
 * belief it induces. In the attack crisis: A attacks at beliefs 0 and 0.6
 * and is deterred at 1. Separation would give A belief 1 after the
 * resolute type's message, so the hesitant type mimics it (0 > its payoff
 * when attacked): neither separating profile is a PBE. Pooling (either
 * label) gives the prior's crisis on the path and belief 0 off it; A
 * attacks at both, the resolute type defends and A's belief after a
 * defence is 1 either way, so nobody gains by deviating: both pooling
 * profiles are PBE with equal payoffs, and the first in the documented
 * order, pooling on no signal, is reported. */
static void test_signal_free_cheap_talk(void **state)
{
    yk_crisis_inputs in;
    yk_crisis_signal_result r;
    yk_crisis_solution s[3];
    int t;
    (void)state;
    attack_inputs(&in);
    in.c[YK_KC_SIGNAL_COST] = 0;
    in.c[YK_KC_SIGNAL_TIE] = 0;
    beliefs(&in, 0, s);
    assert_near(s[0].p_attack, 1, 0);
    assert_near(s[1].p_attack, 1, 0);
    assert_near(s[2].p_attack, 0, 0);
    assert_near(s[1].s.respond[0][YK_RESP_DEFEND], 1, 0);
    assert_near(s[1].s.respond[1][YK_RESP_ABANDON], 1, 0);
    assert_true(yk_crisis_value_p(&s[1].typed[1]) < 0);
    check_signal(&in, &r);
    assert_true(r.is_pbe[0]);
    assert_false(r.is_pbe[1]);
    assert_false(r.is_pbe[2]);
    assert_true(r.is_pbe[3]);
    assert_int_equal(r.chosen, 0);
    for (t = 0; t < 2; t++) {
        assert_near(r.payoff[0][t], r.payoff[3][t], 0);
        assert_near(r.payoff[0][t], yk_crisis_value_p(&s[1].typed[t]), 1e-12);
    }
    /* Separating (resolute signals): the resolute type deters (0), the
     * hesitant one is attacked and abandons. */
    assert_near(r.payoff[1][0], 0, 0);
    assert_near(r.payoff[1][1], yk_crisis_value_p(&s[0].typed[1]), 1e-12);
}

/* A free signal that ties hands (cost 0, tie 0.3), in the attack crisis
 * with a hesitant type that weighs T at 0.8 of the resolute one's (at
 * 0.3 no tie up to 1 makes it defend: it pays the whole war for a
 * fraction of T's worth): after the signal A is
 * deterred even when it takes P for hesitant, so sending it is worth 0 to
 * either type whatever A believes. Pooling on no signal fails (each type
 * gains by signalling, off the path at belief 0); the separating profile
 * where the hesitant type signals is a PBE (the resolute one is deterred
 * against at belief 1 without the signal: 0 either way), and so is pooling
 * on the signal; the documented order puts separating profiles first, so
 * "separating (hesitant signals)" is reported although it is payoff-
 * equivalent to pooling on the signal. */
static void test_signal_free_with_tie(void **state)
{
    yk_crisis_inputs in;
    yk_crisis_signal_result r;
    yk_crisis_solution s[3];
    int t, b;
    (void)state;
    attack_inputs(&in);
    in.c[YK_KC_HESITANCY] = 0.8;
    in.c[YK_KC_SIGNAL_COST] = 0;
    beliefs(&in, 1, s);
    for (b = 0; b < 3; b++)
        assert_near(s[b].p_attack, 0, 0);
    check_signal(&in, &r);
    assert_false(r.is_pbe[0]);
    assert_false(r.is_pbe[1]);
    assert_true(r.is_pbe[2]);
    assert_true(r.is_pbe[3]);
    assert_int_equal(r.chosen, 2);
    for (t = 0; t < 2; t++) {
        assert_near(r.payoff[2][t], 0, 0);
        assert_near(r.payoff[3][t], 0, 0);
    }
    /* At the default cost 0.05 the same tie is worth paying for both
     * types: only pooling on the signal holds. */
    attack_inputs(&in);
    in.c[YK_KC_HESITANCY] = 0.8;
    check_signal(&in, &r);
    assert_int_equal(r.chosen, 3);
    assert_false(r.is_pbe[0] || r.is_pbe[1] || r.is_pbe[2]);
    for (t = 0; t < 2; t++)
        assert_near(r.payoff[3][t], -in.c[YK_KC_SIGNAL_COST], 1e-15);
}

/* ---- the logit QRE --------------------------------------------------------- */

static void test_qre_lambda_zero_uniform(void **state)
{
    yk_crisis_inputs in;
    yk_crisis_model m;
    yk_crisis_solution q;
    int t, r, mode, n, pass;
    (void)state;
    for (pass = 0; pass < 2; pass++) {
        crisis_small_inputs(&in);
        if (pass) /* no threat: two responses */
            in.warheads_p = 0, in.umbrella = false, in.commitment = 0.1;
        yk_crisis_model_init(&m, &in);
        n = yk_cr_responses(&m);
        assert_int_equal(n, pass ? 2 : 3);
        assert_int_equal(yk_crisis_solve_qre(&m, 0, 1e-12, 100000, &q), YK_OK);
        assert_near(q.s.attack, 0.5, 1e-15);
        for (t = 0; t < 2; t++) {
            for (r = 0; r < n; r++)
                assert_near(q.s.respond[t][r], 1.0 / n, 1e-15);
            for (mode = 0; mode < YK_MODE_COUNT; mode++)
                assert_near(q.s.restrain[t][mode], 0.5, 1e-15);
        }
        for (mode = 0; mode < YK_MODE_COUNT; mode++)
            assert_near(q.s.use[mode], 0.5, 1e-15);
        for (mode = YK_MODE_DEFEND; mode < YK_MODE_COUNT; mode++)
            assert_near(q.s.fight[mode], 0.5, 1e-15);
        assert_near(q.p_attack, 0.5, 1e-15);
    }
}

/* As lambda grows the QRE approaches the PBE on its path: A's root
 * choice, each type's response after an attack, A's reply to each
 * response some type makes, and T's use and P's restraint where the path
 * can reach them. */
static void compare_on_path(const yk_crisis_model *m, double lambda)
{
    yk_crisis_solution e, q;
    int t, r, n = yk_cr_responses(m);
    yk_crisis_solve(m, &e);
    assert_true(e.pure);
    assert_int_equal(yk_crisis_solve_qre(m, lambda, 1e-12, 100000, &q), YK_OK);
    assert_near(q.s.attack, e.s.attack, 1e-3);
    assert_near(q.p_attack, e.p_attack, 1e-3);
    for (t = 0; t < 2; t++)
        for (r = 0; r < n; r++) {
            /* A response that ties with the PBE's (defend and threat when
             * A backs down from both) is played alike by the QRE at any
             * lambda: compare the mass on the tied set. */
            double tied = 0;
            int b = 0, k;
            for (k = 0; k < n; k++)
                if (e.s.respond[t][k] > 0.5)
                    b = k;
            for (k = 0; k < n; k++) {
                yk_crisis_value vk = yk_crisis_value_of_response(m, &e.s, t, (yk_crisis_response)k);
                yk_crisis_value vb = yk_crisis_value_of_response(m, &e.s, t, (yk_crisis_response)b);
                if (fabs(yk_crisis_value_p(&vk) - yk_crisis_value_p(&vb)) <= 1e-9)
                    tied += q.s.respond[t][k];
            }
            assert_near(tied, 1, 1e-3);
            if (e.s.respond[t][r] < 0.5)
                continue;
            if (r != YK_RESP_ABANDON)
                assert_near(q.s.fight[r], e.s.fight[r], 1e-3);
            if (!m->t_nuclear)
                continue;
            assert_near(q.s.use[r], e.s.use[r], 1e-3);
            /* Restraint is compared where it matters: when T would not
             * use anyway both choices tie, the QRE plays them 50:50 at
             * any lambda and the PBE's tie-break takes the first. */
            {
                yk_crisis_value rv = yk_cr_value_restrain(m, &e.s, (yk_crisis_mode)r, t);
                yk_crisis_value pv = yk_cr_value_unrestrained(m, &e.s, (yk_crisis_mode)r, t);
                if (fabs(yk_crisis_value_p(&rv) - yk_crisis_value_p(&pv)) > 1e-6)
                    assert_near(q.s.restrain[t][r], e.s.restrain[t][r], 1e-3);
            }
        }
    assert_near(q.p_nuclear_use, e.p_nuclear_use, 1e-3);
    assert_near(q.p_conquered, e.p_conquered, 1e-3);
    print_message("lambda %g: PBE P(attack) %g, QRE %.6f\n", lambda, e.p_attack, q.p_attack);
}

static void test_qre_large_lambda_approaches_pbe(void **state)
{
    yk_crisis_inputs in;
    yk_crisis_model m;
    (void)state;
    crisis_small_inputs(&in);
    yk_crisis_model_init(&m, &in);
    compare_on_path(&m, 1e4);
    /* A attacks here: the path runs through P's responses and A's reply. */
    attack_inputs(&in);
    yk_crisis_model_init(&m, &in);
    compare_on_path(&m, 1e4);
}

/* Logit choices worked from the values the model reports at the QRE's own
 * profile: at the fixed point each decision's probability is
 * exp(l u1) / (exp(l u1) + exp(l u2)) of its two actions' values. */
static void test_qre_logit_by_hand(void **state)
{
    const double lambda = 2;
    yk_crisis_inputs in;
    yk_crisis_model m;
    yk_crisis_solution q;
    yk_crisis_value use, no, rv, pv;
    double u1, u2, p;
    (void)state;
    crisis_small_inputs(&in);
    yk_crisis_model_init(&m, &in);
    assert_int_equal(yk_crisis_solve_qre(&m, lambda, 1e-12, 100000, &q), YK_OK);
    /* A at the root: attack (the reported attack value) vs status quo 0. */
    u1 = q.attack_value.a;
    u2 = 0;
    p = exp(lambda * u1) / (exp(lambda * u1) + exp(lambda * u2));
    assert_near(q.s.attack, p, 1e-9);
    assert_true(q.s.attack > 0.01 && q.s.attack < 0.99); /* a real mix */
    /* T after an abandonment, losing and unrestrained: use vs not use,
     * T's payoffs at the two terminals. */
    use = cr_terminal(&m, CR_USE, YK_MODE_ABANDON, 0);
    no = cr_terminal(&m, CR_CONQUERED, YK_MODE_ABANDON, 0);
    p = exp(lambda * use.t) / (exp(lambda * use.t) + exp(lambda * no.t));
    assert_near(q.s.use[YK_MODE_ABANDON], p, 1e-9);
    /* The hesitant P restraining T after a defence vs permitting. */
    rv = yk_cr_value_restrain(&m, &q.s, YK_MODE_DEFEND, 1);
    pv = yk_cr_value_unrestrained(&m, &q.s, YK_MODE_DEFEND, 1);
    u1 = yk_crisis_value_p(&rv);
    u2 = yk_crisis_value_p(&pv);
    p = exp(lambda * u1) / (exp(lambda * u1) + exp(lambda * u2));
    assert_near(q.s.restrain[1][YK_MODE_DEFEND], p, 1e-9);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_signal_small_crisis),
        cmocka_unit_test(test_signal_random_crises),
        cmocka_unit_test(test_signal_prohibitive),
        cmocka_unit_test(test_signal_free_cheap_talk),
        cmocka_unit_test(test_signal_free_with_tie),
        cmocka_unit_test(test_qre_lambda_zero_uniform),
        cmocka_unit_test(test_qre_large_lambda_approaches_pbe),
        cmocka_unit_test(test_qre_logit_by_hand),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
