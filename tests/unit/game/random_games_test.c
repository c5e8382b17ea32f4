/*
 * random_games_test.c - every solver on random games at payoff scales from
 * 1e-9 to 1e12: each profile yk_solve calls an equilibrium must have a
 * largest gain from deviating of at most 1e-12 of the payoff range (logit:
 * run with that as its own tolerance), or the solver must report failure.
 *
 * The gains are computed here, independently of the library's regret code:
 * every pure strategy of every player (a choice at each of its information
 * sets) is played against the profile, in long double, on a small tree or
 * table, so a bug in the library's check cannot hide a bug in a solver.
 *
 * Games: random tables (2 or 3 players, 1 to 4 strategies, payoffs uniform
 * or small integers, so ties and degenerate games occur) and random trees
 * (perfect information, or with simultaneous-move blocks whose second
 * mover does not see the first; chance nodes; outcomes at interior nodes
 * too), each at scales 1e-9, 1e-6, 1e-3, 1, 1e3, 1e6, 1e9, 1e12: 8 of each
 * kind per scale, 2 with YK_TEST_SMALL=1 (sanitizer builds), N with
 * YK_RANDOM_GAMES=N (a longer run by hand). Set YK_TEST_VERBOSE=1 to see
 * each reported failure.
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
#include <time.h>

#include "yokushi/game.h"

#define TOL 1e-12
#define SPE_TOL 1e-9 /* the reports' subgame-perfection tolerance */
#define GAMES_PER_SCALE 8
#define GAMES_PER_SCALE_SMALL 2 /* YK_TEST_SMALL=1: sanitizer builds */
#define MAX_SETS 64

static const double SCALES[] = {1e-9, 1e-6, 1e-3, 1.0, 1e3, 1e6, 1e9, 1e12};

/* splitmix64: the test's own stream, fixed seed */
static uint64_t rng_state = 0x5eed2026u;

static uint64_t next_u64(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static int below(int n)
{
    return (int)(next_u64() % (uint64_t)n);
}

static double u01(void)
{
    return (double)(next_u64() >> 11) * 0x1.0p-53;
}

/* Uniform in [-1, 1], or (a third of the time) an integer in -3..3, so that
 * ties and degenerate games occur. */
static double draw_payoff(int integers)
{
    return integers ? (double)(below(7) - 3) : 2.0 * u01() - 1.0;
}

/* ---- the independent check ------------------------------------------------- */

/* Player q's expected payoff from node n when q plays pure choices pick[]
 * (one action offset per information set of q; NULL: q plays p too). */
static long double value_at(const yk_game *g, const double *p, int q, const int *pick, int n)
{
    const yk_node *v = &g->node[n];
    long double u = v->outcome >= 0 ? (long double)g->payoff[g->outcome[v->outcome].payoffs + q - 1]
                                     : 0.0L;
    const yk_infoset *s;
    int k;

    if (v->kind == YK_NODE_TERMINAL)
        return u;
    s = &g->infoset[v->infoset];
    if (pick && s->player == q)
        return u + value_at(g, p, q, pick, g->child[v->children + pick[v->infoset]]);
    for (k = 0; k < s->n_actions; k++)
        if (p[s->actions + k] != 0.0)
            u += (long double)p[s->actions + k] *
                 value_at(g, p, q, pick, g->child[v->children + k]);
    return u;
}

/* The largest gain of any player from any pure deviation in a tree. */
static long double tree_regret(const yk_game *g, const double *p)
{
    static int pick[MAX_SETS];
    long double worst = 0.0L;
    int q, t;

    assert_true(g->n_infosets <= MAX_SETS);
    for (q = 1; q <= g->n_players; q++) {
        long double cur = value_at(g, p, q, NULL, 0);
        for (t = 0; t < g->n_infosets; t++)
            pick[t] = 0;
        for (;;) {
            long double d = value_at(g, p, q, pick, 0) - cur;
            if (d > worst)
                worst = d;
            /* next pure strategy of q: an odometer over q's sets */
            for (t = g->player_infosets[q]; t < g->player_infosets[q + 1]; t++) {
                if (++pick[t] < g->infoset[t].n_actions)
                    break;
                pick[t] = 0;
            }
            if (t == g->player_infosets[q + 1])
                break;
        }
    }
    return worst;
}

/* The same for a table: each player's pure strategies against the others'
 * mixture. */
static long double table_regret(const yk_game *g, const double *p)
{
    int np = g->n_players, q, r, s[4];
    long double worst = 0.0L;
    long k;

    for (q = 0; q < np; q++) {
        long double val[4] = {0, 0, 0, 0}, cur = 0.0L;
        for (r = 0; r < np; r++)
            s[r] = 0;
        for (k = 0; k < g->n_profiles; k++) {
            long double w = 1.0L;
            for (r = 0; r < np; r++)
                if (r != q)
                    w *= p[g->strategy_offset[r] + s[r]];
            val[s[q]] += w * g->table[k * np + q];
            for (r = 0; r < np && ++s[r] == g->n_strategies[r]; r++)
                s[r] = 0;
        }
        for (r = 0; r < g->n_strategies[q]; r++)
            cur += p[g->strategy_offset[q] + r] * val[r];
        for (r = 0; r < g->n_strategies[q]; r++)
            if (val[r] - cur > worst)
                worst = val[r] - cur;
    }
    return worst;
}

/* Player q's best-response value from node n of a perfect-information
 * tree: max at q's nodes, the profile's (and chance's) mixture elsewhere. */
static long double best_from(const yk_game *g, const double *p, int q, int n)
{
    const yk_node *v = &g->node[n];
    long double u = v->outcome >= 0 ? (long double)g->payoff[g->outcome[v->outcome].payoffs + q - 1]
                                     : 0.0L, best = 0.0L;
    const yk_infoset *s;
    int k;

    if (v->kind == YK_NODE_TERMINAL)
        return u;
    s = &g->infoset[v->infoset];
    for (k = 0; k < s->n_actions; k++) {
        long double c = best_from(g, p, q, g->child[v->children + k]);
        if (s->player == q)
            best = k == 0 || c > best ? c : best;
        else if (p[s->actions + k] != 0.0)
            best += (long double)p[s->actions + k] * c;
    }
    return u + best;
}

/* Subgame perfection of p in a perfect-information tree (every non-terminal
 * node roots a subgame), by its definition: 1 when no player gains more
 * than tol in any subgame, 0 when one gains more than 2 tol, -1 when the
 * largest gain is too close to tol for rounding not to decide. */
static int spe_by_definition(const yk_game *g, const double *p, long double tol)
{
    long double worst = 0.0L;
    int n, q;
    for (n = 0; n < g->n_nodes; n++) {
        if (g->node[n].kind == YK_NODE_TERMINAL)
            continue;
        for (q = 1; q <= g->n_players; q++) {
            long double d = best_from(g, p, q, n) - value_at(g, p, q, NULL, n);
            worst = d > worst ? d : worst;
        }
    }
    return worst <= tol / 2 ? 1 : worst > 2 * tol ? 0 : -1;
}

static long double payoff_range(const yk_game *g)
{
    const double *v = g->form == YK_GAME_TABLE ? g->table : g->payoff;
    long n = g->form == YK_GAME_TABLE ? g->n_profiles * g->n_players
                                      : (long)g->n_outcomes * g->n_players, k;
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    for (k = 0; k < n; k++) {
        lo = v[k] < lo ? v[k] : lo;
        hi = v[k] > hi ? v[k] : hi;
    }
    return hi > lo ? (long double)hi - (long double)lo : 1.0L;
}

typedef struct tally {
    double seconds;
    int solved, failed, profiles;
    int spe_checked, spe_not; /* subgame-perfection verdicts compared; of them "no" */
    double worst; /* largest relative gain among printed profiles */
} tally;

/* Runs method m on g; every profile called an equilibrium must pass. */
static void check_method(const yk_game *g, yk_solve_method m, tally *t, double scale)
{
    yk_solve_options o = yk_solve_defaults();
    yk_solution sol;
    yk_error err;
    yk_status st;
    int i;

    /* half the bound: the library computes the gain in double, this test in
     * long double, and rounding must not decide at the boundary */
    o.logit_max_regret = TOL / 2;
    /* a path that creeps (steps not growing near the limit) fails in a
     * fraction of a second instead of tracing 200,000 steps */
    o.logit_max_steps = 5000;
    {
        clock_t c0 = clock();
        st = yk_solve(g, m, &o, &sol, &err);
        t->seconds += (double)(clock() - c0) / CLOCKS_PER_SEC;
    }
    if (st != YK_OK) {
        /* a reported failure is allowed; what it kept is not an equilibrium */
        if (sol.rejected >= 0)
            assert_int_equal(sol.is_equilibrium[sol.rejected], 0);
        t->failed++;
        if (getenv("YK_TEST_VERBOSE"))
            printf("  %s at scale %g (%s): %s\n", yk_solve_method_name(m), scale, g->title,
                   err.message);
        yk_solution_free(&sol);
        return;
    }
    t->solved++;
    for (i = 0; i < sol.count; i++) {
        const double *p = yk_solution_profile(&sol, i);
        long double r;
        double rel;
        if (!sol.is_equilibrium[i])
            continue;
        r = g->form == YK_GAME_TREE ? tree_regret(g, p) : table_regret(g, p);
        rel = (double)(r / payoff_range(g));
        t->profiles++;
        if (rel > t->worst)
            t->worst = rel;
        if (!(rel <= TOL))
            fail_msg("%s at scale %g (%s): a printed profile gains %.3g of the payoff range",
                     yk_solve_method_name(m), scale, g->title, rel);
        /* the linear subgame-perfection check against its definition
         * (enumpure leaves choices off its own path unspecified: skipped) */
        if (m != YK_SOLVE_ENUMPURE && g->form == YK_GAME_TREE &&
            yk_game_is_perfect_information(g)) {
            int perfect = -1, node, want = spe_by_definition(g, p, SPE_TOL * payoff_range(g));
            assert_int_equal(yk_game_subgame_perfection(g, p, SPE_TOL, NULL, &perfect, &node),
                             YK_OK);
            if (want >= 0 && perfect != want)
                fail_msg("%s at scale %g: subgame perfect %d, by definition %d",
                         yk_solve_method_name(m), scale, perfect, want);
            t->spe_checked += want >= 0;
            t->spe_not += want == 0;
            /* backward induction is subgame perfect by construction */
            if (m == YK_SOLVE_BI)
                assert_int_equal(perfect, 1);
        }
    }
    yk_solution_free(&sol);
}

/* ---- random games -------------------------------------------------------------- */

static yk_game *random_table(double scale)
{
    int np = 2 + below(2), ns[3], q, integers = below(3) == 0;
    long k, n = 1;
    double pay[3 * 64];
    yk_game *g = NULL;
    yk_error err;

    for (q = 0; q < np; q++) {
        ns[q] = 1 + below(4);
        n *= ns[q];
    }
    for (k = 0; k < n * np; k++)
        pay[k] = draw_payoff(integers) * scale;
    assert_int_equal(yk_game_table_new("random table", np, NULL, ns, NULL, pay, &g, &err), YK_OK);
    return g;
}

typedef struct tree_gen {
    yk_game_builder *b;
    int np, integers, perfect, nodes;
    double scale;
} tree_gen;

static void leaf_outcome(tree_gen *t, int node)
{
    double pay[3];
    int q, o;
    for (q = 0; q < t->np; q++)
        pay[q] = draw_payoff(t->integers) * t->scale;
    o = yk_game_add_outcome(t->b, 0, NULL, pay, NULL);
    assert_true(o >= 0);
    assert_int_equal(yk_game_set_outcome(t->b, node, o), YK_OK);
}

static void grow(tree_gen *t, int node, int depth);

/* A node of `player` (0: chance) in a new information set with k actions. */
static void decide(tree_gen *t, int node, int player, int k)
{
    double probs[3];
    int set;
    if (player == YK_CHANCE) {
        /* eighths: positive, summing to exactly 1 */
        int first = 1 + below(7);
        k = 2;
        probs[0] = first / 8.0;
        probs[1] = (8 - first) / 8.0;
    }
    set = yk_game_add_infoset(t->b, player, 0, NULL, k, NULL, player == YK_CHANCE ? probs : NULL,
                              NULL);
    assert_true(set >= 0);
    assert_int_equal(yk_game_move(t->b, node, set), YK_OK);
    t->nodes += k;
}

/* Two players move "at once": the second's one information set holds
 * every child of the first's move, so it does not see that move. */
static void simultaneous(tree_gen *t, int node, int depth)
{
    int first = 1 + below(t->np), second = first % t->np + 1;
    int k1 = 2, k2 = 2, set2, a, b;

    decide(t, node, first, k1);
    set2 = yk_game_add_infoset(t->b, second, 0, NULL, k2, NULL, NULL, NULL);
    assert_true(set2 >= 0);
    for (a = 0; a < k1; a++) {
        int c = yk_game_child(t->b, node, a);
        assert_int_equal(yk_game_move(t->b, c, set2), YK_OK);
        t->nodes += k2;
        for (b = 0; b < k2; b++)
            grow(t, yk_game_child(t->b, c, b), depth - 2);
    }
}

static void grow(tree_gen *t, int node, int depth)
{
    int roll = below(10), k, a;

    if (depth <= 0 || t->nodes > 40 || roll < 2) {
        leaf_outcome(t, node);
        return;
    }
    if (roll == 2)
        leaf_outcome(t, node); /* an outcome at an interior node too */
    if (roll == 3) {
        decide(t, node, YK_CHANCE, 2);
        k = 2;
    } else if (!t->perfect && roll >= 8 && depth >= 2) {
        simultaneous(t, node, depth);
        return;
    } else {
        k = 2 + below(2);
        decide(t, node, 1 + below(t->np), k);
    }
    for (a = 0; a < k; a++)
        grow(t, yk_game_child(t->b, node, a), depth - 1);
}

static yk_game *random_tree(double scale, int perfect)
{
    tree_gen t;
    yk_game *g = NULL;
    yk_error err;
    int q;

    memset(&t, 0, sizeof t);
    t.b = yk_game_builder_new(perfect ? "random tree, perfect information" : "random tree");
    assert_non_null(t.b);
    t.np = 2 + (below(3) == 0);
    t.integers = below(3) == 0;
    t.perfect = perfect;
    t.scale = scale;
    for (q = 0; q < t.np; q++)
        assert_true(yk_game_add_player(t.b, NULL) == q + 1);
    grow(&t, yk_game_root(t.b), 4);
    assert_int_equal(yk_game_build(t.b, &g, &err), YK_OK);
    yk_game_builder_free(t.b);
    return g;
}

static void report(const char *what, const tally *t)
{
    printf("%-8s %5.2f s: %3d solved, %2d failed (reported), %5d profiles checked, worst gain "
           "%.3g of the range",
           what, t->seconds, t->solved, t->failed, t->profiles, t->worst);
    if (t->spe_checked)
        printf("; subgame perfection as defined on %d (%d not)", t->spe_checked, t->spe_not);
    putchar('\n');
}

/* Whether method m takes g: bi needs perfect information, lcp two players. */
static int takes(const yk_game *g, yk_solve_method m)
{
    if (m == YK_SOLVE_BI)
        return g->form == YK_GAME_TREE && yk_game_is_perfect_information(g);
    return m != YK_SOLVE_LCP || g->n_players == 2;
}

/* GAMES_PER_SCALE games from make() at every scale (GAMES_PER_SCALE_SMALL
 * under YK_TEST_SMALL), every method on each. */
static void run_set(yk_game *(*make)(double scale, int i), tally *t)
{
    size_t s;
    int i, m, games = getenv("YK_TEST_SMALL") ? GAMES_PER_SCALE_SMALL : GAMES_PER_SCALE;
    if (getenv("YK_RANDOM_GAMES"))
        games = (int)strtol(getenv("YK_RANDOM_GAMES"), NULL, 10);
    memset(t, 0, sizeof *t * 4);
    for (s = 0; s < sizeof SCALES / sizeof *SCALES; s++)
        for (i = 0; i < games; i++) {
            yk_game *g = make(SCALES[s], i);
            for (m = YK_SOLVE_BI; m <= YK_SOLVE_LOGIT; m++)
                if (takes(g, (yk_solve_method)m))
                    check_method(g, (yk_solve_method)m, &t[m], SCALES[s]);
            yk_game_free(g);
        }
    for (m = YK_SOLVE_BI; m <= YK_SOLVE_LOGIT; m++)
        if (t[m].solved + t[m].failed)
            report(yk_solve_method_name((yk_solve_method)m), &t[m]);
    /* most games must be solved, not merely refused */
    assert_true(t[YK_SOLVE_LOGIT].solved > t[YK_SOLVE_LOGIT].failed);
    assert_true(t[YK_SOLVE_LCP].solved > t[YK_SOLVE_LCP].failed);
}

static yk_game *make_table(double scale, int i)
{
    (void)i;
    return random_table(scale);
}

static yk_game *make_tree(double scale, int i)
{
    return random_tree(scale, i % 2 == 0);
}

static void test_tables(void **state)
{
    tally t[4];
    (void)state;
    run_set(make_table, t);
}

static void test_trees(void **state)
{
    tally t[4];
    (void)state;
    run_set(make_tree, t);
    /* backward induction is exact: it never fails */
    assert_true(t[YK_SOLVE_BI].solved > 0);
    assert_int_equal(t[YK_SOLVE_BI].failed, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tables),
        cmocka_unit_test(test_trees),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
