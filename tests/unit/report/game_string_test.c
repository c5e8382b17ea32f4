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

/* An allocator that fails the Nth request (counting from 1). */
typedef struct failing {
    long n, count;
} failing;

static void *fail_nth(void *ud, void *ptr, size_t size)
{
    failing *f = ud;
    if (size == 0) {
        free(ptr);
        return NULL;
    }
    if (++f->count == f->n)
        return NULL;
    return realloc(ptr, size);
}

/* Solves file by method with every allocation failing in turn, until one
 * run makes no request that fails; that run must end in `want`. Every
 * earlier run must end in YK_E_NOMEM with no output. */
static void all_failures(const char *file, const char *method, yk_status want)
{
    failing f;
    long n;
    data(file);
    for (n = 1;; n++) {
        yk_game_solve_args a;
        yk_error err;
        char *out = NULL;
        yk_status st;
        memset(&a, 0, sizeof a);
        a.method = method;
        a.format = YK_SOLUTION_JSON;
        f.n = n;
        f.count = 0;
        yk_set_allocator(fail_nth, &f);
        st = yk_game_solve_to_string(path, &a, &out, NULL, &err);
        yk_set_allocator(NULL, NULL);
        free(out); /* NULL, or it came from fail_nth's realloc */
        if (f.count < n) { /* no request failed: the run as it is */
            assert_int_equal(st, want);
            break;
        }
        /* Known: the reader of the files' header line (src/game/read.c)
         * reports its own out-of-memory as YK_E_PARSE. */
        if (st == YK_E_PARSE && !strcmp(err.message, "out of memory"))
            continue;
        if (st != YK_E_NOMEM)
            fail_msg("%s: allocation %ld failing: status %d: %s", file, n, st, err.message);
        assert_null(out);
    }
    assert_true(n > 3);
}

/* Reading and reporting a file: every failure comes back as YK_E_NOMEM.
 * Not yet the solvers: src/game swallows some failures and reports
 * success (yk_game_payoffs in eval.c computes nothing when its scratch
 * allocation fails: enumpure on e17.efg at allocation 75, logit on
 * pd.nfg at 30, bi on cent4.efg at 51; behaviour() in lcp_tree.c prints
 * the centroid: lcp on e17.efg at 149) or crashes (lh_table.c frees a
 * stack address: lcp on 2x2.nfg). */
static void test_out_of_memory(void **state)
{
    (void)state;
    all_failures("bad-games/bad-number.efg", NULL, YK_E_PARSE);
    all_failures("gambit/games/e17.efg", "nash", YK_E_ARG);
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
