/*
 * escalation_test.c - lcp and logit -e on the benchmark family E(K),
 * K = 5 ... 640, through a written and re-read .efg file: each result is a
 * Nash equilibrium (every player's gain from deviating, computed by the
 * sequence-form best response, is ~0). Under sanitizers only K <= 40.
 * K = 320 and 640 take most of the time: they run in the long tier
 * (YK_TEST_LONG=1, `make check`), the fast tier stops at K = 160.
 * yk-test: long-part
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "escalation.h"
#include "yokushi/game.h"

#if defined(__SANITIZE_ADDRESS__)
#define MAX_K 40
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MAX_K 40
#endif
#endif
#ifndef MAX_K
#define MAX_K 640
#endif

static yk_game *through_file(int K)
{
    char path[256];
    yk_game *g = escalation_game(K), *back = NULL;
    yk_error err;
    FILE *f;
    snprintf(path, sizeof path, "/tmp/yk-escalation-test-%d-%ld.efg", K, (long)getpid());
    f = fopen(path, "w");
    assert_non_null(f);
    assert_int_equal(yk_game_write(g, f), YK_OK);
    fclose(f);
    assert_int_equal(yk_game_read_file(path, &back, &err), YK_OK);
    remove(path);
    assert_true(yk_game_equal(g, back));
    yk_game_free(g);
    return back;
}

/* War costs grow with K: payoffs span about 4K + 40. */
static double range_of(int K)
{
    return 4.0 * K + 40.0;
}

/* The largest K this run solves. */
static int max_k(void)
{
    const char *lng = getenv("YK_TEST_LONG");
    return lng && !strcmp(lng, "1") ? MAX_K : (MAX_K < 160 ? MAX_K : 160);
}

static void solve_all(yk_solve_method m, double tol)
{
    static const int ks[] = {5, 10, 20, 40, 80, 160, 320, 640};
    int i;
    for (i = 0; i < (int)(sizeof ks / sizeof ks[0]) && ks[i] <= max_k(); i++) {
        yk_game *g = through_file(ks[i]);
        yk_solve_options o = yk_solve_defaults();
        yk_solution sol;
        yk_error err;
        double gain[2], r;
        int where;
        o.end_only = 1;
        if ((m == YK_SOLVE_LCP ? yk_solve_lcp(g, &o, &sol, &err)
                               : yk_solve_logit(g, &o, &sol, &err)) != YK_OK)
            fail_msg("E(%d) %s: %s", ks[i], yk_solve_method_name(m), err.message);
        assert_int_equal(sol.count, 1);
        r = yk_game_regret(g, yk_solution_profile(&sol, 0), gain);
        print_message("E(%d) %s: gains %.3g %.3g, subgame perfect: %s\n", ks[i],
                      yk_solve_method_name(m), gain[0], gain[1],
                      yk_game_is_subgame_perfect(g, yk_solution_profile(&sol, 0),
                                                 tol * range_of(ks[i]), &where)
                          ? "yes"
                          : "no");
        if (r > tol * range_of(ks[i]))
            fail_msg("E(%d) %s: a player gains %g by deviating", ks[i], yk_solve_method_name(m), r);
        yk_solution_free(&sol);
        yk_game_free(g);
    }
}

static void test_lcp(void **state)
{
    (void)state;
    solve_all(YK_SOLVE_LCP, 1e-9);
}

static void test_logit(void **state)
{
    (void)state;
    solve_all(YK_SOLVE_LOGIT, 1e-6);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lcp),
        cmocka_unit_test(test_logit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
