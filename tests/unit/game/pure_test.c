/*
 * pure_test.c - bi and enumpure against Gambit's own output on Gambit's
 * games (tests/data/gambit): the same set of pure equilibria as
 * gambit-enumpure (behaviour and -S strategic renderings), and on every
 * perfect-information tree a backward-induction profile that is one of
 * gambit-enumpure -A's agent equilibria, subgame perfect, regret 0.
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

#include "gambit_expected.h"
#include "yokushi/game.h"

/* Every game of the fixtures' games.csv, with its perfect_information
 * column. */
typedef struct fixture {
    char name[128];
    int perfect_information;
} fixture;

static int read_games(fixture *out, int max)
{
    char path[1024], line[4096];
    const char *dir = getenv("YK_TEST_DATA");
    FILE *f;
    int n = 0;
    snprintf(path, sizeof path, "%s/gambit/games.csv", dir ? dir : "tests/data");
    f = fopen(path, "r");
    if (!f)
        return 0;
    if (!fgets(line, sizeof line, f)) {
        fclose(f);
        return 0;
    }
    while (n < max && fgets(line, sizeof line, f)) {
        /* game,source_path,players,format,perfect_information,... */
        char *c1 = strchr(line, ','), *c2, *c3, *c4;
        if (!c1 || !(c2 = strchr(c1 + 1, ',')) || !(c3 = strchr(c2 + 1, ',')) ||
            !(c4 = strchr(c3 + 1, ',')))
            continue;
        *c1 = 0;
        if (strlen(line) >= sizeof out[n].name)
            continue;
        memcpy(out[n].name, line, strlen(line) + 1);
        out[n].perfect_information = !strncmp(c4 + 1, "yes", 3);
        n++;
    }
    fclose(f);
    return n;
}

/* Returns 1 when the game was compared with Gambit's output. */
static int check_enumpure(const char *game, const char *method, int strategic)
{
    gx_profiles theirs;
    yk_solve_options o = yk_solve_defaults();
    yk_solution sol;
    yk_error err;
    yk_game *g;
    char why[256];
    int expected = 0, code = gx_manifest_exit(game, method, &expected);

    if (code < 0)
        return 0; /* Gambit has no such run */
    g = gx_game(game);
    if (!g) {
        /* only nim7 is allowed to fail: Gambit refuses it too */
        assert_int_not_equal(code, 0);
        return 0;
    }
    o.strategic = strategic;
    o.max_profiles = 2000000;
    if (yk_solve_enumpure(g, &o, &sol, &err) != YK_OK) {
        /* Gambit failed as well (timeout, bad_alloc, imperfect recall) */
        if (code == 0)
            fail_msg("%s %s: %s", game, method, err.message);
        yk_solution_free(&sol);
        yk_game_free(g);
        return 0;
    }
    if (code == 0) {
        assert_int_equal(gx_read(game, method, &theirs), 0);
        if (!gx_same_set(g, &sol, &theirs, 1e-12, why, sizeof why))
            fail_msg("%s %s: %s", game, method, why);
        assert_int_equal(sol.count, expected);
        gx_free(&theirs);
    }
    yk_solution_free(&sol);
    yk_game_free(g);
    return code == 0;
}

static void test_enumpure_fixtures(void **state)
{
    fixture games[128];
    int n = read_games(games, 128), i, plain = 0, strategic = 0;
    (void)state;
    assert_true(n >= 50);
    for (i = 0; i < n; i++) {
        plain += check_enumpure(games[i].name, "enumpure", 0);
        if (strstr(games[i].name, ".efg"))
            strategic += check_enumpure(games[i].name, "enumpure-S", 1);
    }
    /* every run Gambit finished: 53 of 56, and 31 of 34 trees */
    assert_int_equal(plain, 53);
    assert_int_equal(strategic, 31);
}

static void test_bi_fixtures(void **state)
{
    fixture games[128];
    int n = read_games(games, 128), i, solved = 0;
    (void)state;
    for (i = 0; i < n; i++) {
        gx_profiles agent;
        yk_solution sol;
        yk_error err;
        yk_game *g;
        double gain[8];
        int where;
        if (!games[i].perfect_information || gx_manifest_exit(games[i].name, "enumpure-A", NULL) != 0)
            continue;
        g = gx_game(games[i].name);
        if (!g)
            continue;
        assert_int_equal(yk_solve_bi(g, NULL, &sol, &err), YK_OK);
        assert_int_equal(sol.count, 1);
        assert_true(yk_game_regret(g, yk_solution_profile(&sol, 0), gain) <= 1e-12);
        assert_true(yk_game_is_subgame_perfect(g, yk_solution_profile(&sol, 0), 1e-12, &where));
        assert_int_equal(gx_read(games[i].name, "enumpure-A", &agent), 0);
        if (!gx_contains(g, yk_solution_profile(&sol, 0) + yk_game_profile_first(g), &agent, 1e-12))
            fail_msg("%s: the backward-induction profile is not one of Gambit's agent equilibria",
                     games[i].name);
        gx_free(&agent);
        yk_solution_free(&sol);
        yk_game_free(g);
        solved++;
    }
    assert_true(solved >= 8);
}

/* bi refuses imperfect information, naming the alternatives. */
static void test_bi_refuses(void **state)
{
    yk_game *g = gx_game("e17.efg");
    yk_solution sol;
    yk_error err;
    (void)state;
    assert_non_null(g);
    assert_int_equal(yk_solve_bi(g, NULL, &sol, &err), YK_E_ARG);
    assert_non_null(strstr(err.message, "perfect information"));
    yk_solution_free(&sol);
    yk_game_free(g);
}

/* The reduced-form limit is an error, not an allocation storm. */
static void test_enumpure_limit(void **state)
{
    yk_game *g = gx_game("ttt.efg");
    yk_solve_options o = yk_solve_defaults();
    yk_solution sol;
    yk_error err;
    (void)state;
    assert_non_null(g);
    o.max_profiles = 100000;
    assert_int_equal(yk_solve_enumpure(g, &o, &sol, &err), YK_E_LIMIT);
    assert_non_null(strstr(err.message, "more than 100000"));
    yk_solution_free(&sol);
    yk_game_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_enumpure_fixtures),
        cmocka_unit_test(test_bi_fixtures),
        cmocka_unit_test(test_bi_refuses),
        cmocka_unit_test(test_enumpure_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
