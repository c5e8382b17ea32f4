/*
 * lcp_random_long_test.c - the whole Lemke-Howson search (every label from
 * every equilibrium found) on ten degenerate 30 x 30 random games with
 * payoffs 0..99 finishes within the default budget, loses no path and
 * finds only equilibria (regret at most 1e-12 of the payoff range).
 * `make check` runs it, the quick `make test` does not; lcp_scale_test.c
 * has the quick -e 5 version.
 * yk-test: long
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "lcp_games.h"
#include "yokushi/game.h"

static void test_every_seed_completes(void **state)
{
    uint64_t seed;
    (void)state;
    for (seed = 1; seed <= 10; seed++) {
        yk_game *g = lcpt_random(30, 30, 100, seed);
        yk_solution sol;
        yk_error err;
        int i;
        assert_non_null(g);
        if (yk_solve_lcp(g, NULL, &sol, &err) != YK_OK)
            fail_msg("seed %d: %s", (int)seed, err.message);
        assert_true(sol.count >= 1);
        for (i = 0; i < sol.count; i++)
            assert_true(lcpt_relative_regret(g, yk_solution_profile(&sol, i)) <= 1e-12);
        printf("seed %d: %d equilibria (%s)\n", (int)seed, sol.count, sol.note);
        yk_solution_free(&sol);
        yk_game_free(g);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_seed_completes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
