/*
 * solve_sweep_long_test.c - the allocation-failure loop (failalloc.h)
 * over every small game of the fixtures (tests/data/gambit/games and
 * tests/data/games, files under 1,500 bytes: 48 games, 191 pairs) by
 * every method that solves it, -S too where it applies, in every output
 * format. The quick tier (game_test.c) runs a few games per method; this
 * sweep takes about 17 s of CPU, so it carries the CTest label "long"
 * (`make test-long`, part of `make check`).
 * yk-test: long
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "failalloc.h"
#include "solve_cases.h"

#define SMALL_GAME 1500 /* bytes */

static int is_game(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && (!strcmp(name + n - 4, ".efg") || !strcmp(name + n - 4, ".nfg"));
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every (method, -S) a game takes. -S only changes enumpure and lcp on
 * trees; fa_solves drops the pairs a method refuses. */
static void sweep_game(const char *game, int *pairs)
{
    yk_solve_method m;
    int strategic, is_tree = strstr(game, ".efg") != NULL;
    for (m = YK_SOLVE_BI; m <= YK_SOLVE_LOGIT; m++)
        for (strategic = 0; strategic <= 1; strategic++) {
            if (strategic && !(is_tree && (m == YK_SOLVE_ENUMPURE || m == YK_SOLVE_LCP)))
                continue;
            if (!fa_solves(game, m, strategic))
                continue;
            fa_check_solve(game, m, strategic);
            ++*pairs;
        }
}

static void sweep_dir(const char *rel, int *games, int *pairs)
{
    char dir[1024], path[2048], *names[512];
    size_t n = 0, i;
    struct dirent *e;
    const char *data = getenv("YK_TEST_DATA");
    DIR *d;
    assert_non_null(data);
    snprintf(dir, sizeof dir, "%s/%s", data, rel);
    d = opendir(dir);
    assert_non_null(d);
    while ((e = readdir(d)) && n < sizeof names / sizeof names[0]) {
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (is_game(e->d_name) && !stat(path, &st) && st.st_size < SMALL_GAME) {
            names[n] = malloc(strlen(rel) + strlen(e->d_name) + 2);
            assert_non_null(names[n]);
            snprintf(names[n], strlen(rel) + strlen(e->d_name) + 2, "%s/%s", rel, e->d_name);
            n++;
        }
    }
    closedir(d);
    qsort(names, n, sizeof names[0], by_name);
    for (i = 0; i < n; i++) {
        sweep_game(names[i], pairs);
        free(names[i]);
    }
    *games += (int)n;
}

static void test_sweep(void **state)
{
    int games = 0, pairs = 0;
    (void)state;
    sweep_dir("gambit/games", &games, &pairs);
    sweep_dir("games", &games, &pairs);
    print_message("%d games, %d (game, method) pairs, 3 formats each\n", games, pairs);
    assert_true(games > 0 && pairs > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sweep),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
