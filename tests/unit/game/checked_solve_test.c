/*
 * checked_solve_test.c - the pieces around the solvers: the relative
 * regret at extreme payoff scales, the check that unmarks a profile that
 * is not an equilibrium, and a report that is interrupted writes nothing.
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

#include "yokushi/game.h"
#include "yokushi/report.h"

static yk_game *pennies(double scale)
{
    static const int ns[] = {2, 2};
    double pay[8] = {1, -1, -1, 1, -1, 1, 1, -1};
    yk_game *g = NULL;
    yk_error err;
    int k;
    for (k = 0; k < 8; k++)
        pay[k] *= scale;
    assert_int_equal(yk_game_table_new("pennies", 2, NULL, ns, NULL, pay, &g, &err), YK_OK);
    return g;
}

/* A pure profile of matching pennies: the loser gains the whole range by
 * switching, at every scale; the mixed one gains nothing. */
static void test_relative_regret_at_any_scale(void **state)
{
    const double scales[] = {1e-300, 1e-9, 1.0, 1e12, 1e308};
    const double pure[] = {1, 0, 1, 0}, mixed[] = {0.5, 0.5, 0.5, 0.5};
    double gain[2];
    size_t i;
    (void)state;
    for (i = 0; i < sizeof scales / sizeof *scales; i++) {
        yk_game *g = pennies(scales[i]);
        assert_true(yk_game_relative_regret(g, pure, gain) == 1.0);
        assert_true(gain[0] == 0.0 && gain[1] == 1.0);
        assert_true(yk_game_relative_regret(g, mixed, gain) == 0.0);
        yk_game_free(g);
    }
}

/* The check unmarks a pure profile of matching pennies and names it. */
static void test_check_rejects(void **state)
{
    const double pure[] = {1, 0, 1, 0}, mixed[] = {0.5, 0.5, 0.5, 0.5};
    yk_game *g = pennies(1e308);
    yk_solution s;
    yk_error err;
    (void)state;
    yk_solution_init(&s, g, 4);
    assert_int_equal(yk_solution_add(&s, mixed, NAN, 1, 0), YK_OK);
    assert_int_equal(yk_solution_add(&s, pure, NAN, 1, 0), YK_OK);
    assert_int_equal(yk_solution_check(g, &s, NULL, YK_SOLVE_TOL, "test", &err), YK_E_NUMERIC);
    assert_int_equal(s.rejected, 1);
    assert_int_equal(s.is_equilibrium[0], 1);
    assert_int_equal(s.is_equilibrium[1], 0);
    assert_non_null(strstr(err.message, "profile 2 is not an equilibrium"));
    yk_solution_free(&s);
    yk_game_free(g);
}

/* JSON of bi's answer on a small tree: nothing at all once stop is set. */
static void test_interrupted_report_writes_nothing(void **state)
{
    static const char efg[] = "EFG 2 R \"t\" { \"1\" \"2\" }\n\"\"\n\n"
                              "p \"\" 1 1 \"a\" { \"L\" \"R\" } 0\n"
                              "p \"\" 2 1 \"b\" { \"l\" \"r\" } 0\n"
                              "t \"\" 1 \"x\" { 1, 2 }\n"
                              "t \"\" 2 \"y\" { 0, 0 }\n"
                              "t \"\" 3 \"z\" { 2, 1 }\n";
    yk_game *g = NULL;
    yk_solution s;
    yk_solution_report r;
    yk_error err;
    char *text = NULL;
    size_t len = 0;
    int stop = 1;
    FILE *f;
    (void)state;
    assert_int_equal(yk_game_read_buffer("t.efg", efg, sizeof efg - 1, &g, &err), YK_OK);
    assert_int_equal(yk_solve(g, YK_SOLVE_BI, NULL, &s, &err), YK_OK);
    memset(&r, 0, sizeof r);
    r.format = YK_SOLUTION_JSON;
    r.method = YK_SOLVE_BI;
    r.stop = &stop;
    f = open_memstream(&text, &len);
    assert_int_equal(yk_report_solution(f, g, &s, &r), YK_E_INTERRUPTED);
    fclose(f);
    assert_int_equal(len, 0);
    free(text);
    stop = 0;
    f = open_memstream(&text, &len);
    assert_int_equal(yk_report_solution(f, g, &s, &r), YK_OK);
    fclose(f);
    assert_non_null(strstr(text, "\"subgame_perfect\": true"));
    free(text);
    yk_solution_free(&s);
    yk_game_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relative_regret_at_any_scale),
        cmocka_unit_test(test_check_rejects),
        cmocka_unit_test(test_interrupted_report_writes_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
