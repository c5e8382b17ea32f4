/*
 * lcp_test.c - lcp against Gambit's own output on Gambit's games: on
 * every two-player tree the one equilibrium gambit-lcp prints (to 1e-6,
 * with its rendering of unreached sets as uniform), on every two-player
 * table the same set of Lemke-Howson equilibria, with -S the same set on
 * the reduced strategic form; and refusals where Gambit refuses.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gambit_expected.h"
#include "yokushi/game.h"

/* Runs lcp on every manifest row of `method` that Gambit finished and
 * returns how many matched. */
static int compare(const char *method, int strategic)
{
    char games[128][128];
    int n = gx_finished_runs(method, games, 128), k, matched = 0;

    for (k = 0; k < n; k++) {
        const char *game = games[k];
        char why[256];
        yk_solve_options o = yk_solve_defaults();
        gx_profiles theirs;
        yk_solution sol;
        yk_error err;
        yk_game *g;
        double gain[2];
        int i;
        g = gx_game(game);
        assert_non_null(g);
        o.strategic = strategic;
        if (yk_solve_lcp(g, &o, &sol, &err) != YK_OK)
            fail_msg("%s %s: %s", game, method, err.message);
        assert_int_equal(gx_read(game, method, &theirs), 0);
        if (g->form == YK_GAME_TREE && !strategic) {
            assert_int_equal(sol.count, 1);
            if (!gx_contains(g, yk_solution_profile(&sol, 0) + yk_game_profile_first(g), &theirs,
                             1e-6))
                fail_msg("%s: not Gambit's lcp equilibrium", game);
        } else if (!gx_same_set(g, &sol, &theirs, 1e-6, why, sizeof why)) {
            fail_msg("%s %s: %s", game, method, why);
        }
        for (i = 0; i < sol.count && !strategic; i++)
            assert_true(yk_game_regret(g, yk_solution_profile(&sol, i), gain) < 1e-9);
        matched++;
        gx_free(&theirs);
        yk_solution_free(&sol);
        yk_game_free(g);
    }
    return matched;
}

static void test_trees_and_tables(void **state)
{
    (void)state;
    /* 24 trees and 15 tables Gambit solved */
    assert_int_equal(compare("lcp", 0), 39);
}

static void test_reduced_strategic_form(void **state)
{
    (void)state;
    assert_int_equal(compare("lcp-S", 1), 23);
}

static void test_refusals(void **state)
{
    yk_solution sol;
    yk_error err;
    yk_game *g = gx_game("myerson.efg");
    (void)state;
    assert_int_equal(yk_solve_lcp(g, NULL, &sol, &err), YK_E_SCHEMA);
    assert_non_null(strstr(err.message, "imperfect recall"));
    yk_solution_free(&sol);
    yk_game_free(g);
    g = gx_game("2x2x2.nfg");
    assert_int_equal(yk_solve_lcp(g, NULL, &sol, &err), YK_E_ARG);
    assert_non_null(strstr(err.message, "two-player"));
    yk_solution_free(&sol);
    yk_game_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trees_and_tables),
        cmocka_unit_test(test_reduced_strategic_form),
        cmocka_unit_test(test_refusals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
