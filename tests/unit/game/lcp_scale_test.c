/*
 * lcp_scale_test.c - Lemke-Howson on tables is right at any payoff scale
 * or says it failed: the 3 x 1 game whose ratios once tied at an absolute
 * 1e-12, matching pennies at 1e308 and 1e-9, degenerate 30 x 30 random
 * games with payoffs 0..99 (every one yields equilibria, none with regret
 * above 1e-12 of the payoff range), -e N, exact fractions only when
 * verified, and a budget hit that keeps what was found.
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

#include "game/exact.h"
#include "gambit_expected.h"
#include "lcp_games.h"
#include "yokushi/alloc.h"
#include "yokushi/game.h"

static void test_three_by_one(void **state)
{
    /* rows pay -1e6, 0, 1 to player 1; only the last is a best reply */
    const double a[3] = {-1e6, 0.0, 1.0}, b[3] = {0.0, 0.0, 0.0};
    yk_game *g = lcpt_table(3, 1, a, b);
    yk_solution sol;
    yk_error err;
    const double *p;
    (void)state;
    assert_non_null(g);
    assert_int_equal(yk_solve_lcp(g, NULL, &sol, &err), YK_OK);
    assert_int_equal(sol.count, 1);
    p = yk_solution_profile(&sol, 0);
    assert_true(p[0] == 0.0 && p[1] == 0.0 && p[2] == 1.0 && p[3] == 1.0);
    yk_solution_free(&sol);
    yk_game_free(g);
}

/* Matching pennies with payoffs +-scale: the one equilibrium, (1/2, 1/2). */
static void pennies(double scale)
{
    const double a[4] = {scale, -scale, -scale, scale};
    const double b[4] = {-scale, scale, scale, -scale};
    yk_game *g = lcpt_table(2, 2, a, b);
    yk_solution sol;
    yk_error err;
    int k;
    assert_non_null(g);
    assert_int_equal(yk_solve_lcp(g, NULL, &sol, &err), YK_OK);
    assert_int_equal(sol.count, 1);
    for (k = 0; k < 4; k++)
        assert_true(fabs(yk_solution_profile(&sol, 0)[k] - 0.5) <= 1e-15);
    yk_solution_free(&sol);
    yk_game_free(g);
}

static void test_pennies_at_any_scale(void **state)
{
    (void)state;
    pennies(1e308);
    pennies(1e-9);
    pennies(1.0);
}

/* Ten degenerate 30 x 30 games: the first equilibria (-e 5), each checked
 * here independently of the solver's own check. */
static void test_random_30x30(void **state)
{
    uint64_t seed;
    (void)state;
    for (seed = 1; seed <= 10; seed++) {
        yk_game *g = lcpt_random(30, 30, 100, seed);
        yk_solve_options o = yk_solve_defaults();
        yk_solution sol;
        yk_error err;
        int i;
        assert_non_null(g);
        o.max_equilibria = 5;
        if (yk_solve_lcp(g, &o, &sol, &err) != YK_OK)
            fail_msg("seed %d: %s", (int)seed, err.message);
        assert_int_equal(sol.count, 5);
        for (i = 0; i < sol.count; i++)
            assert_true(lcpt_relative_regret(g, yk_solution_profile(&sol, i)) <= 1e-12);
        yk_solution_free(&sol);
        yk_game_free(g);
    }
}

/* -e N stops at N of a game with more; a pivot budget hit keeps what was
 * found and says so. */
static void test_limits(void **state)
{
    yk_game *g = lcpt_random(30, 30, 100, 3);
    yk_solve_options o = yk_solve_defaults();
    yk_solution sol;
    yk_error err;
    (void)state;
    assert_non_null(g);
    o.max_equilibria = 2;
    assert_int_equal(yk_solve_lcp(g, &o, &sol, &err), YK_OK);
    assert_int_equal(sol.count, 2);
    yk_solution_free(&sol);
    o.max_equilibria = 0;
    o.max_pivots = 300;
    assert_int_equal(yk_solve_lcp(g, &o, &sol, &err), YK_E_NUMERIC);
    assert_true(sol.count >= 1);
    assert_non_null(strstr(err.message, "pivot budget"));
    assert_true(lcpt_relative_regret(g, yk_solution_profile(&sol, 0)) <= 1e-12);
    yk_solution_free(&sol);
    yk_game_free(g);
}

/* Exact fractions only when they are: Gambit's 8x8.nfg equilibrium with
 * denominators 21453850 and 340316 comes out exact, a profile one ulp
 * off it (or read only to 1e-10) does not, nor do payoffs of 1e308. */
static void test_exact_only_when_exact(void **state)
{
    static const double x[16] = {0, 0, 0, 0, 0, 6683647.0 / 21453850, 7517.0 / 51325,
                                 11628097.0 / 21453850, 0, 16883.0 / 340316,
                                 240317.0 / 340316, 0, 20779.0 / 85079, 0, 0, 0};
    double y[16];
    long long num[16], den[16];
    yk_game *g = gx_game("8x8.nfg");
    (void)state;
    assert_non_null(g);
    assert_int_equal(yk_game_exact_equilibrium(g, x, num, den), 1);
    assert_true(num[9] == 16883 && den[9] == 340316);
    assert_true(num[5] == 6683647 && den[5] == 21453850);
    memcpy(y, x, sizeof y);
    y[9] = 3833.0 / 77263; /* the old rendering's near miss, 4e-11 away */
    y[10] = 1.0 - y[9] - y[12];
    assert_int_equal(yk_game_exact_equilibrium(g, y, num, den), 0);
    yk_game_free(g);
    {
        const double a[4] = {1e308, -1e308, -1e308, 1e308};
        const double b[4] = {-1e308, 1e308, 1e308, -1e308};
        const double half[4] = {0.5, 0.5, 0.5, 0.5};
        g = lcpt_table(2, 2, a, b);
        assert_int_equal(yk_game_exact_equilibrium(g, half, num, den), 0);
        yk_game_free(g);
    }
}

/* Trees: the sequence form at payoff scales 1e-9 and 1e300 gives an
 * equilibrium to 1e-12 of the payoff range or says it failed (its
 * tolerances are Gambit's, absolute; docs/MODEL.md). */
static void test_tree_right_or_failed(void **state)
{
    const double scales[3] = {1e-9, 1.0, 1e300};
    int s;
    (void)state;
    for (s = 0; s < 3; s++) {
        yk_game *g = gx_game("e17.efg");
        yk_solution sol;
        yk_error err;
        double gain[2];
        int k;
        yk_status st;
        assert_non_null(g);
        for (k = 0; k < g->n_outcomes * 2; k++)
            g->payoff[k] *= scales[s];
        st = yk_solve_lcp(g, NULL, &sol, &err);
        if (st == YK_OK) {
            assert_int_equal(sol.count, 1);
            yk_game_regret(g, yk_solution_profile(&sol, 0), gain);
            /* e17's leaf payoffs span 0..3 times the scale */
            assert_true(gain[0] <= 3e-12 * scales[s] && gain[1] <= 3e-12 * scales[s]);
        } else {
            assert_int_equal(st, YK_E_NUMERIC);
            assert_int_equal(sol.count, 0);
            assert_true(scales[s] != 1.0);
        }
        yk_solution_free(&sol);
        yk_game_free(g);
    }
}

/* A 6 x 6 game mixing payoffs +-1e6 with -1..2 (from a fuzz run): a path
 * cycled in floating point until 4e7 pivots were spent. Now the cycle is
 * caught (Brent's method on the basis) and the path counted as lost: the
 * search ends within 10^5 pivots, and what it prints is right. */
static void test_cycle_caught(void **state)
{
    static const double a[36] = {
        -1, 2, 1e6, -1e6, -1, -1e6, 1e6, -1, 0, 0, 1e6, -1, 0, -1e6, 0, 1e6, 1, 1e6,
        0, 0, 1e6, 1e6, 0, 2, 2, 2, -1e6, 0, 1e6, 0, 1, 1e6, 0, -1e6, 1e6, -1e6};
    static const double b[36] = {
        2, 1, 1e6, 1, 0, 1, -1e6, -1e6, 1, 1, -1e6, 1, 1e6, -1, -1, 1, 1e6, 2,
        -1e6, 2, 1, 2, -1, 2, -1e6, 2, 0, 1, 0, 2, 0, 0, 2, 0, 1, 1};
    yk_game *g = lcpt_table(6, 6, a, b);
    yk_solve_options o = yk_solve_defaults();
    yk_solution sol;
    yk_error err;
    yk_status st;
    int i;
    (void)state;
    assert_non_null(g);
    o.max_pivots = 100000;
    st = yk_solve_lcp(g, &o, &sol, &err);
    assert_true(st == YK_OK || st == YK_E_NUMERIC);
    if (st != YK_OK)
        assert_null(strstr(err.message, "pivot budget"));
    for (i = 0; i < sol.count; i++)
        assert_true(lcpt_relative_regret(g, yk_solution_profile(&sol, i)) <= 1e-12);
    yk_solution_free(&sol);
    yk_game_free(g);
}

/* An allocator that fails the Nth request from now on (0: never). */
static long fail_at, calls;

static void *failing(void *ud, void *ptr, size_t size)
{
    (void)ud;
    if (size == 0) {
        free(ptr);
        return NULL;
    }
    if (fail_at > 0 && ++calls == fail_at)
        return NULL;
    return ptr ? realloc(ptr, size) : malloc(size);
}

/* Every allocation of a table search (-e 3 on a 30 x 30 game, and the
 * exact check) failed in turn: YK_E_NOMEM or a whole answer, what was
 * found kept, nothing leaked (the ASan build checks that). */
static void test_out_of_memory(void **state)
{
    yk_game *g = lcpt_random(30, 30, 100, 5);
    yk_solve_options o = yk_solve_defaults();
    long n;
    int clean = 0;
    (void)state;
    assert_non_null(g);
    o.max_equilibria = 3;
    yk_set_allocator(failing, NULL);
    for (n = 1; n < 500 && !clean; n++) {
        yk_solution sol;
        yk_error err;
        long long num[60], den[60];
        yk_status st;
        fail_at = n;
        calls = 0;
        st = yk_solve_lcp(g, &o, &sol, &err);
        if (st != YK_OK && st != YK_E_NOMEM)
            fail_msg("allocation %ld failed: %s", n, err.message);
        assert_true(st == YK_E_NOMEM || sol.count == 3);
        if (st == YK_OK && sol.count > 0)
            yk_game_exact_equilibrium(g, yk_solution_profile(&sol, 0), num, den);
        clean = st == YK_OK && calls < n;
        yk_solution_free(&sol);
    }
    yk_set_allocator(NULL, NULL);
    assert_true(clean);
    yk_game_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_three_by_one),
        cmocka_unit_test(test_pennies_at_any_scale),
        cmocka_unit_test(test_random_30x30),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_exact_only_when_exact),
        cmocka_unit_test(test_tree_right_or_failed),
        cmocka_unit_test(test_out_of_memory),
        cmocka_unit_test(test_cycle_caught),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
