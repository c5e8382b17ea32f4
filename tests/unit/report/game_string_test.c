/*
 * game_string_test.c - yk_game_solve_to_string (src/report/game_string.c):
 * a Gambit file read, solved and reported in one call gives what Gambit's
 * tools print; bad files, methods and paths come back as located errors;
 * and with every allocation failing in turn it returns YK_E_NOMEM and
 * leaks nothing (the ASan build checks the leaks).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "failalloc.h"
#include "yokushi/alloc.h"
#include "yokushi/report.h"
#include "yokushi/sha256.h"

static char path[1024];

/* $YK_TEST_DATA/NAME */
static const char *data(const char *name)
{
    const char *dir = getenv("YK_TEST_DATA");
    snprintf(path, sizeof path, "%s/%s", dir ? dir : "tests/data", name);
    return path;
}

static char *solve(const char *file, const char *method, yk_solution_format fmt,
                   yk_status want, yk_error *err)
{
    yk_game_solve_args a;
    char *out = (char *)1;
    size_t len = 99;
    memset(&a, 0, sizeof a);
    a.method = method;
    a.format = fmt;
    memset(err, 0, sizeof *err);
    assert_int_equal(yk_game_solve_to_string(file, &a, &out, &len, err), want);
    if (want != YK_OK) {
        assert_null(out);
        assert_int_equal(len, 0);
        return NULL;
    }
    assert_int_equal(strlen(out), len);
    return out;
}

/* Gambit's gambit-lcp and gambit-enumpure on Beer-Quiche (e17.efg),
 * as tests/data/gambit/expected records them and README.md quotes. */
static void test_gambit_lines(void **state)
{
    yk_error err;
    char *s;
    (void)state;
    s = solve(data("gambit/games/e17.efg"), "lcp", YK_SOLUTION_GAMBIT, YK_OK, &err);
    assert_string_equal(s, "NE,1,0,1,0,0,1,1/2,1/2\n");
    yk_free(s);
    s = solve(data("gambit/games/e17.efg"), "enumpure", YK_SOLUTION_GAMBIT, YK_OK, &err);
    assert_string_equal(s, "NE,0,1,0,1,1,0,0,1\nNE,1,0,1,0,0,1,1,0\n");
    yk_free(s);
    /* no method: lcp for a two-player game of imperfect information */
    s = solve(data("gambit/games/e17.efg"), NULL, YK_SOLUTION_GAMBIT, YK_OK, &err);
    assert_string_equal(s, "NE,1,0,1,0,0,1,1/2,1/2\n");
    yk_free(s);
}

/* JSON names the file and the SHA-256 of its bytes. */
static void test_json_names_the_file(void **state)
{
    yk_error err;
    char hex[65], want[128];
    char *s;
    (void)state;
    s = solve(data("gambit/games/e17.efg"), "lcp", YK_SOLUTION_JSON, YK_OK, &err);
    assert_int_equal(yk_sha256_file(path, hex, &err), YK_OK);
    snprintf(want, sizeof want, "\"sha256\": \"%s\"", hex);
    assert_non_null(strstr(s, want));
    assert_non_null(strstr(s, "\"equilibria\": ["));
    yk_free(s);
}

static void test_errors(void **state)
{
    yk_error err;
    char want[1100];
    (void)state;
    solve(data("bad-games/bad-number.efg"), NULL, YK_SOLUTION_JSON, YK_E_PARSE, &err);
    assert_string_equal(err.file, path);
    assert_int_equal(err.line, 5);
    assert_int_equal(err.col, 22);
    solve(data("gambit/games/e17.efg"), "nash", YK_SOLUTION_JSON, YK_E_ARG, &err);
    assert_string_equal(err.path, "method");
    /* bi needs perfect information: the solver's message names the file */
    solve(data("gambit/games/e17.efg"), "bi", YK_SOLUTION_JSON, YK_E_ARG, &err);
    assert_string_equal(err.file, path);
    solve(data("no-such-game.efg"), NULL, YK_SOLUTION_JSON, YK_E_IO, &err);
    yk_error_format(&err, want, sizeof want);
    assert_true(strncmp(want, path, strlen(path)) == 0);
    solve(NULL, NULL, YK_SOLUTION_JSON, YK_E_ARG, &err);
}

/* One read-solve-report through yk_game_solve_to_string. A refusal the
 * file or method calls for (`want`) is the run's expected result: it is
 * written out with its message, so a run that gives it under a failed
 * allocation must give the same message (not a mislabelled "out of
 * memory"). */
typedef struct solve_case {
    const char *method;
    yk_status want;
    char path[1024];
} solve_case;

static yk_status solve_run(void *ctx, FILE *out, yk_error *err)
{
    const solve_case *c = ctx;
    yk_game_solve_args a;
    char *doc = NULL;
    yk_status st;
    memset(&a, 0, sizeof a);
    a.method = c->method;
    a.format = YK_SOLUTION_JSON;
    st = yk_game_solve_to_string(c->path, &a, &doc, NULL, err);
    if (st == YK_OK)
        fputs(doc, out);
    yk_free(doc);
    if (st != YK_OK && st == c->want) {
        fprintf(out, "status %d: %s\n", (int)st, err->message);
        return YK_OK;
    }
    return st;
}

/* Solves file by method with every allocation failing in turn (the
 * harness of tests/unit/support/failalloc.h): each failure is YK_E_NOMEM
 * with nothing leaked, each run that gets through gives the run's own
 * result. The solvers' own loops are in tests/unit/alloc/. */
static void all_failures(const char *file, const char *method, yk_status want)
{
    solve_case c;
    fa_summary sum;
    c.method = method;
    c.want = want;
    snprintf(c.path, sizeof c.path, "%s", data(file));
    fa_check(file, solve_run, &c, 1, &sum);
    assert_true(sum.requests > 3);
}

static void test_out_of_memory(void **state)
{
    (void)state;
    all_failures("bad-games/bad-number.efg", NULL, YK_E_PARSE);
    all_failures("gambit/games/e17.efg", "nash", YK_E_ARG);
    all_failures("gambit/games/2x2.nfg", "lcp", YK_OK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gambit_lines),
        cmocka_unit_test(test_json_names_the_file),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
