/*
 * ladder_game_test.c - the ladder's formulas against hand-worked numbers,
 * its backward induction against the game module's solvers on the same
 * tree exported as a Gambit game (bi: the same choices; logit: the same
 * probabilities at the same lambda), the exact terminal distribution
 * against 10^6 sampled trajectories, doctrines as constraints, and the
 * continuation value the crisis engine will read.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yokushi/exchange.h"
#include "yokushi/game.h"
#include "yokushi/ladder.h"
#include "yokushi/scenario.h"
#include "yokushi/stats.h"

/* A small ladder by hand: crisis, conventional war, strategic
 * conventional, theatre nuclear (A only), strategic nuclear (both). */
static void small(yk_ladder_inputs *in, int horizon, double lambda)
{
    static const yk_rung_kind kind[5] = {YK_RUNG_RESOLVE, YK_RUNG_CONVENTIONAL,
                                         YK_RUNG_STRATEGIC_CONVENTIONAL,
                                         YK_RUNG_THEATRE_NUCLEAR, YK_RUNG_STRATEGIC_NUCLEAR};
    static const double cost[5] = {0, 0.3, 1.0, 2.5, 10};
    static const double ca[5] = {0.5, 300, 0.6, 80, 600}, cd[5] = {0.4, 400, 0.9, 0, 1500};
    int k;
    memset(in, 0, sizeof *in);
    in->n_rungs = 5;
    in->horizon = horizon;
    in->jump_max = 2;
    in->first_nuclear = 3;
    in->lambda = lambda;
    in->contest_m = 1.5;
    in->gamma = 0.5;
    in->floor = 0.1;
    in->stake[0] = 0.9;
    in->stake[1] = 0.6;
    for (k = 0; k < 5; k++) {
        in->kind[k] = kind[k];
        in->nuclear[k] = k >= 3;
        in->base_cost[k] = cost[k];
        in->cap[0][k] = ca[k];
        in->cap[1][k] = cd[k];
        in->can[0][k] = ca[k] > 0;
        in->can[1][k] = cd[k] > 0;
        in->cost[0][k] = 0.5 * cost[k];
        in->cost[1][k] = 0.4 * cost[k];
        in->accident[0][k] = k >= 1 ? 0.05 : 0;
        in->accident[1][k] = k >= 2 ? 0.03 : 0;
    }
}

static void formulas(void **state)
{
    yk_ladder_inputs in;
    (void)state;
    small(&in, 4, 10);
    /* contest at rung 1: 1 / (1 + (400/300)^1.5) = 0.3937627 */
    assert_true(fabs(yk_ladder_win_a(&in, 1) - 1 / (1 + pow(4.0 / 3.0, 1.5))) < 1e-15);
    assert_true(fabs(yk_ladder_win_a(&in, 1) - 0.3937627) < 1e-6);
    /* D has nothing at rung 3: A wins a fight there for sure */
    assert_true(yk_ladder_win_a(&in, 3) == 1);
    /* credibility of 1 -> 3: ((0.3 + 0.1) / (2.5 + 0.1))^0.5 = 0.392232 */
    assert_true(fabs(yk_ladder_step_credibility(&in, 1, 3) - 0.3922323) < 1e-6);
    /* a step down or sideways is always carried out */
    assert_true(yk_ladder_step_credibility(&in, 3, 1) == 1);
}

/* The state an exported information set was labelled with. */
static yk_ladder_state state_of(const char *label)
{
    yk_ladder_state s;
    char who;
    assert_int_equal(sscanf(label, "%c t=%d k=%d h=%d u=%d", &who, &s.step, &s.rung, &s.held,
                            &s.first_user), 5);
    s.mover = who == 'D';
    return s;
}

static void bi_matches_the_game_module(void **state)
{
    yk_ladder_inputs in;
    yk_ladder_policy *p = yk_ladder_policy_new(5, 5);
    yk_game *g = NULL;
    yk_solution sol;
    yk_error err;
    int i, checked = 0;
    (void)state;
    small(&in, 5, INFINITY);
    assert_non_null(p);
    assert_int_equal(yk_ladder_solve(p, &in), YK_OK);
    assert_int_equal(yk_ladder_game(&in, yk_ladder_start(), "small", &g, &err), YK_OK);
    assert_int_equal(yk_solve_bi(g, NULL, &sol, &err), YK_OK);
    assert_true(sol.count >= 1);
    for (i = 0; i < g->n_infosets; i++) {
        const yk_infoset *is = &g->infoset[i];
        double prob[YK_LADDER_MOVES], v[2], root[2];
        int a;
        if (is->player == YK_CHANCE)
            continue;
        assert_true(yk_ladder_policy_at(p, state_of(is->label), prob, NULL));
        for (a = 0; a < is->n_actions; a++)
            assert_true(fabs(yk_solution_profile(&sol, 0)[is->actions + a] - prob[a]) < 1e-12);
        checked++;
        (void)v;
        (void)root;
    }
    assert_true(checked > 50);
    {
        double v[2];
        assert_true(yk_ladder_value_at(p, yk_ladder_start(), v));
        assert_true(fabs(yk_solution_payoffs(&sol, 0)[0] - v[0]) < 1e-12);
        assert_true(fabs(yk_solution_payoffs(&sol, 0)[1] - v[1]) < 1e-12);
    }
    yk_solution_free(&sol);
    yk_game_free(g);
    yk_ladder_policy_free(p);
}

/* Logit: the game module traces the branch from lambda 0; between the two
 * traced points around the engine's lambda, linear interpolation of each
 * move probability must agree with the engine's to 1e-3. */
static void logit_matches_the_game_module(void **state)
{
    const double lambda = 3;
    yk_ladder_inputs in;
    yk_ladder_policy *p = yk_ladder_policy_new(5, 3);
    yk_game *g = NULL;
    yk_solution sol;
    yk_error err;
    int i, k, lo = -1, checked = 0;
    (void)state;
    small(&in, 3, lambda);
    assert_int_equal(yk_ladder_solve(p, &in), YK_OK);
    assert_int_equal(yk_ladder_game(&in, yk_ladder_start(), "small", &g, &err), YK_OK);
    assert_int_equal(yk_solve_logit(g, NULL, &sol, &err), YK_OK);
    for (k = 0; k + 1 < sol.count; k++)
        if (sol.lambda[k] <= lambda && sol.lambda[k + 1] >= lambda) {
            lo = k;
            break;
        }
    assert_true(lo >= 0);
    for (i = 0; i < g->n_infosets; i++) {
        const yk_infoset *is = &g->infoset[i];
        double prob[YK_LADDER_MOVES];
        double f = (lambda - sol.lambda[lo]) / (sol.lambda[lo + 1] - sol.lambda[lo]);
        int a;
        if (is->player == YK_CHANCE)
            continue;
        assert_true(yk_ladder_policy_at(p, state_of(is->label), prob, NULL));
        for (a = 0; a < is->n_actions; a++) {
            double x0 = yk_solution_profile(&sol, lo)[is->actions + a];
            double x1 = yk_solution_profile(&sol, lo + 1)[is->actions + a];
            assert_true(fabs(x0 + f * (x1 - x0) - prob[a]) < 1e-3);
        }
        checked++;
    }
    assert_true(checked > 10);
    yk_solution_free(&sol);
    yk_game_free(g);
    yk_ladder_policy_free(p);
}

/* The exact chain against 10^6 sampled trajectories: P(nuclear use), the
 * mean number of moves, the mean unintended jumps and every rung's share
 * within the 99.9% interval of the sample (Wilson for shares, normal for
 * means; 99.9% because fourteen numbers are compared at once). */
static void exact_matches_sampled(void **state)
{
    const int64_t n = 1000000;
    const double z = 3.2905;
    yk_ladder_inputs in;
    yk_ladder_policy *p = yk_ladder_policy_new(5, 12);
    yk_ladder_outcome o;
    yk_proportion nuc, term[5];
    yk_moments steps, jumps;
    double *work, lo, hi, sum = 0;
    yk_rng r;
    int64_t i;
    int k;
    (void)state;
    small(&in, 12, 4);
    work = malloc(yk_ladder_work_size(p) * sizeof *work);
    assert_int_equal(yk_ladder_solve(p, &in), YK_OK);
    yk_ladder_exact(p, &in, yk_ladder_start(), work, &o);
    for (k = 0; k < 5; k++)
        sum += o.terminal[k];
    assert_true(fabs(sum - 1) < 1e-12);
    assert_true(fabs(o.p_prevail[0] + o.p_prevail[1] - 1) < 1e-12);
    assert_true(o.p_nuclear_use > 0.001 && o.p_nuclear_use < 0.999);
    yk_proportion_init(&nuc);
    for (k = 0; k < 5; k++)
        yk_proportion_init(&term[k]);
    yk_moments_init(&steps);
    yk_moments_init(&jumps);
    yk_rng_init(&r, 7, YK_STREAM_TEST, 0, 0);
    for (i = 0; i < n; i++) {
        yk_ladder_path path;
        yk_ladder_sample(p, &in, yk_ladder_start(), &r, &path);
        yk_proportion_add(&nuc, path.first_user != 0);
        for (k = 0; k < 5; k++)
            yk_proportion_add(&term[k], path.terminal == k);
        yk_moments_add(&steps, path.steps);
        yk_moments_add(&jumps, path.jumps);
    }
    yk_proportion_wilson(&nuc, z, &lo, &hi);
    assert_true(o.p_nuclear_use >= lo && o.p_nuclear_use <= hi);
    for (k = 0; k < 5; k++) {
        yk_proportion_wilson(&term[k], z, &lo, &hi);
        assert_true(o.terminal[k] >= lo && o.terminal[k] <= hi);
    }
    assert_true(fabs(steps.mean - o.mean_steps) <= z * yk_moments_sem(&steps));
    assert_true(fabs(jumps.mean - o.jumps) <= z * yk_moments_sem(&jumps));
    free(work);
    yk_ladder_policy_free(p);
}

/* A binding no-first-use: with no unintended jumps the side never uses
 * first; with sole purpose neither does it, and it may answer nuclear use. */
static void doctrines_constrain(void **state)
{
    yk_ladder_inputs in;
    yk_ladder_policy *p = yk_ladder_policy_new(5, 10);
    yk_ladder_outcome o;
    double *work = malloc(yk_ladder_work_size(p) * sizeof *work);
    int k, d;
    (void)state;
    for (d = 1; d <= 2; d++) {
        small(&in, 10, 2);
        for (k = 0; k < 5; k++)
            in.accident[0][k] = in.accident[1][k] = 0;
        yk_ladder_solve(p, &in);
        yk_ladder_exact(p, &in, yk_ladder_start(), work, &o);
        assert_true(o.p_first_use[0] > 0);
        in.doctrine[0] = d;
        yk_ladder_solve(p, &in);
        yk_ladder_exact(p, &in, yk_ladder_start(), work, &o);
        assert_true(o.p_first_use[0] == 0);
        {
            yk_ladder_state s = {0, 2, 0, 0, 0};
            assert_int_equal(yk_ladder_escalation_target(&in, s), -1);
            s.first_user = 2; /* D used first: A may answer */
            assert_int_equal(yk_ladder_escalation_target(&in, s), 3);
            s.first_user = 1; /* A used first (by accident) */
            assert_int_equal(yk_ladder_escalation_target(&in, s), d == 1 ? 3 : -1);
        }
    }
    free(work);
    yk_ladder_policy_free(p);
}

static yk_scenario *load(const char *name)
{
    yk_scenario *s = NULL;
    yk_diag d;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(name, NULL, &s, &d), YK_OK);
    yk_diag_free(&d);
    return s;
}

/* yk_ladder_delivered_fn through the exchange engine at its defaults,
 * counting the calls; `fail` nonzero: fail with it instead. */
typedef struct xcalls {
    int calls;
    yk_status fail;
} xcalls;

static yk_status count_delivered(void *ud, const yk_world *w, const yk_state *member,
                                 const yk_state *opponent, double *delivered, yk_error *err)
{
    xcalls *x = ud;
    yk_exchange_capability cap;
    yk_status st;
    x->calls++;
    if (x->fail)
        return yk_error_set(err, x->fail, NULL, 0, 0, NULL, "failed on purpose");
    st = yk_exchange_capability_of(w, member->id, opponent->id, w->year, NULL, NULL, &cap, err);
    *delivered = cap.delivered;
    return st;
}

/* The crisis engine's door: the continuation from the highest
 * conventional rung, and its response to US theatre nuclear forces. */
static void continuation(void **state)
{
    yk_scenario *s = load("taiwan-2035");
    const yk_world *w = yk_scenario_world(s);
    const yk_crisis *k = &w->crises[0];
    yk_ladder_dyad d = {k->aggressor, k->target, k->patron, k->theatre, NAN, NAN, k};
    yk_ladder_continuation c;
    yk_ladder_inputs in;
    yk_error err;
    (void)state;
    assert_int_equal(yk_ladder_continuation_value(w, &d, NULL, NULL, &c, &err), YK_OK);
    assert_int_equal(c.start_rung, 3);
    assert_true(c.p_nuclear_use >= 0 && c.p_nuclear_use <= 1);
    assert_true(c.cost_a >= 0 && c.cost_d >= 0);
    assert_true(c.p_prevail_a > 0 && c.p_prevail_a < 1);
    assert_int_equal(yk_ladder_inputs_fill(w, &d, NULL, NULL, &in, &err), YK_OK);
    /* The theatre gap of the 2035 world: China's theatre-usable warheads
     * in the Taiwan Strait (100-160-300) against the US's few W76-2
     * (0-5-20; the theatre data the crisis engine reads): at the means
     * China's capability at rung 6 is over four times the US's, the
     * conventional substitute included */
    assert_true(in.cap[0][6] > 4 * in.cap[1][6]);
    assert_true(in.can[1][6]);
    assert_true(in.can[1][8]);
    {
        /* the fast door: the strategic capabilities once, then the same */
        double sc[2];
        yk_ladder_inputs iw;
        yk_ladder_continuation cw;
        assert_int_equal(yk_ladder_strategic_capabilities(w, &d, NULL, sc, &err), YK_OK);
        assert_true(sc[0] == in.cap[0][8] && sc[1] == in.cap[1][9]);
        assert_int_equal(yk_ladder_inputs_fill_with(w, &d, NULL, NULL, sc, &iw, &err), YK_OK);
        assert_memory_equal(&iw, &in, sizeof in);
        assert_int_equal(yk_ladder_continuation_value_with(w, &d, NULL, NULL, sc, &cw, &err),
                         YK_OK);
        assert_memory_equal(&cw, &c, sizeof c);
        {
            /* the caller's door: the same numbers from the caller's
             * exchanges, asked once per nuclear-armed member (China on
             * the US; the US on China; Taiwan has none); fn's failure is
             * the call's */
            double sf[2];
            xcalls xc = {0, YK_OK};
            assert_int_equal(yk_ladder_strategic_capabilities_from(w, &d, count_delivered, &xc,
                                                                   sf, &err), YK_OK);
            assert_int_equal(xc.calls, 2);
            assert_memory_equal(sf, sc, sizeof sc);
            xc.fail = YK_E_NOTFOUND;
            assert_int_equal(yk_ladder_strategic_capabilities_from(w, &d, count_delivered, &xc,
                                                                   sf, &err), YK_E_NOTFOUND);
        }
    }
    {
        /* US theatre forces (SLCM-N) narrow the gap: the US is stronger
         * at rungs 6-7, and China prevails less often once the US fights
         * (the number the crisis engine will read: seed 004's claim). */
        yk_scenario *t = load("taiwan-2035-theatre-parity");
        const yk_world *wt = yk_scenario_world(t);
        yk_ladder_dyad dt = {k->aggressor, k->target, k->patron, k->theatre, NAN, NAN,
                             &wt->crises[0]};
        yk_ladder_continuation ct;
        yk_ladder_inputs it;
        assert_int_equal(yk_ladder_inputs_fill(wt, &dt, NULL, NULL, &it, &err), YK_OK);
        assert_true(it.can[1][6] && it.cap[1][6] > in.cap[1][6] + 90);
        assert_int_equal(yk_ladder_continuation_value(wt, &dt, NULL, NULL, &ct, &err), YK_OK);
        assert_true(ct.p_prevail_a < c.p_prevail_a);
        assert_true(ct.p_nuclear_use != c.p_nuclear_use);
        yk_scenario_free(t);
    }
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(formulas),
        cmocka_unit_test(bi_matches_the_game_module),
        cmocka_unit_test(logit_matches_the_game_module),
        cmocka_unit_test(exact_matches_sampled),
        cmocka_unit_test(doctrines_constrain),
        cmocka_unit_test(continuation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
