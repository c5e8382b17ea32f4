/*
 * game_test.c - allocation failure in the game half of the library: the
 * Gambit reader (.efg and .nfg, written back as the check), the game
 * builder and yk_game_table_new, each solver on small games of
 * tests/data/gambit, and yk_report_solution in every format. For every N the Nth allocation fails (support/failalloc.h): the
 * pipeline returns YK_E_NOMEM, leaks nothing and never crashes, and a run
 * that succeeds prints what the run without failure printed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "failalloc.h"
#include "solve_cases.h"
#include "yokushi/game.h"
#include "yokushi/report.h"

/* Read, then write back: the reader and the writer. */
static yk_status read_write(void *ctx, FILE *out, yk_error *err)
{
    const char *path = ctx;
    yk_game *g = NULL;
    yk_status st = yk_game_read_file(path, &g, err);
    if (st != YK_OK)
        return st;
    return fa_write_game(g, out, err);
}

/* Texts longer than an arena chunk (64 KiB), so that each copy the
 * builder or the game makes is a request of its own and an unchecked copy
 * is some N. */
#define BIG 70000

typedef struct big_texts {
    char *t[8];
} big_texts;

static void big_init(big_texts *b)
{
    size_t i;
    for (i = 0; i < sizeof b->t / sizeof b->t[0]; i++) {
        b->t[i] = malloc(BIG + 1);
        assert_non_null(b->t[i]);
        memset(b->t[i], 'a' + (int)i, BIG);
        b->t[i][BIG] = '\0';
    }
}

static void big_free(big_texts *b)
{
    size_t i;
    for (i = 0; i < sizeof b->t / sizeof b->t[0]; i++)
        free(b->t[i]);
}

static yk_status nomem(yk_error *err)
{
    return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
}

/* A chance move, then player 1 at one branch; every text is long. The
 * builder's calls fail only for lack of memory here (the arguments are
 * valid), so each failure is YK_E_NOMEM. */
static yk_status build_tree(void *ctx, FILE *out, yk_error *err)
{
    const big_texts *t = ctx;
    const char *const labels[2] = {t->t[0], t->t[1]};
    const char *const prob_text[2] = {"1/3", "2/3"}; /* numbers: read back below */
    const char *const pay_text[2] = {"1", "2"};
    const double probs[2] = {1.0 / 3, 2.0 / 3}, pay[2] = {1, 2};
    yk_game_builder *b = yk_game_builder_new(t->t[4]);
    yk_game *g = NULL;
    yk_status st = YK_E_NOMEM;
    int c, s, o, root;

    if (!b)
        return nomem(err);
    root = yk_game_root(b);
    if (yk_game_builder_comment(b, t->t[5]) || yk_game_add_player(b, t->t[6]) != 1
        || yk_game_add_player(b, t->t[7]) != 2
        || (c = yk_game_add_infoset(b, YK_CHANCE, 0, t->t[0], 2, labels, probs, prob_text)) < 0
        || (s = yk_game_add_infoset(b, 1, 0, t->t[1], 2, labels, NULL, NULL)) < 0
        || (o = yk_game_add_outcome(b, 0, t->t[2], pay, pay_text)) < 0
        || yk_game_move(b, root, c) || yk_game_move(b, yk_game_child(b, root, 0), s)
        || yk_game_set_outcome(b, yk_game_child(b, root, 1), o)
        || yk_game_set_label(b, yk_game_child(b, root, 0), t->t[3])) {
        yk_game_builder_free(b);
        return nomem(err);
    }
    st = yk_game_build(b, &g, err);
    yk_game_builder_free(b);
    if (st != YK_OK)
        return st;
    return fa_write_game(g, out, err);
}

static yk_status build_table(void *ctx, FILE *out, yk_error *err)
{
    const big_texts *t = ctx;
    const char *const players[2] = {t->t[0], t->t[1]};
    const char *const strategies[4] = {t->t[2], t->t[3], t->t[4], t->t[5]};
    const int n[2] = {2, 2};
    const double pay[8] = {2, 0, 0, 1, 0, 1, 1, 0};
    yk_game *g = NULL;
    yk_status st = yk_game_table_new(t->t[6], 2, players, n, strategies, pay, &g, err);

    if (st != YK_OK)
        return st;
    return fa_write_game(g, out, err);
}

typedef struct text {
    char *bytes;
    size_t len;
} text;

/* Reads a game from memory and writes it back. */
static yk_status read_buffer_write(void *ctx, FILE *out, yk_error *err)
{
    const text *t = ctx;
    yk_game *g = NULL;
    yk_status st = yk_game_read_buffer("long.efg", t->bytes, t->len, &g, err);
    if (st != YK_OK)
        return st;
    return fa_write_game(g, out, err);
}

/* The games built with long labels, written, then read back: the readers
 * copy every label too. */
static void check_read_long(fa_run_fn build, big_texts *t, const char *what)
{
    text file = {NULL, 0};
    FILE *f = open_memstream(&file.bytes, &file.len);
    yk_error err;
    fa_summary sum;
    assert_non_null(f);
    assert_int_equal(build(t, f, &err), YK_OK);
    assert_int_equal(fclose(f), 0);
    fa_check(what, read_buffer_write, &file, 1, &sum);
    free(file.bytes);
}

static void test_build(void **state)
{
    big_texts t;
    fa_summary sum;
    (void)state;
    big_init(&t);
    fa_check("yk_game_build (long labels)", build_tree, &t, 1, &sum);
    fa_check("yk_game_table_new (long labels)", build_table, &t, 1, &sum);
    check_read_long(build_tree, &t, "reading .efg (long labels)");
    check_read_long(build_table, &t, "reading .nfg (long labels)");
    big_free(&t);
}

static void check_read(const char *game)
{
    char path[1024];
    fa_summary sum;
    fa_check(game, read_write, (void *)fa_data_path(game, path, sizeof path), 1, &sum);
}

static void test_read_nfg(void **state)
{
    (void)state;
    check_read("gambit/games/2x2.nfg");    /* payoff list */
    check_read("gambit/games/pd.nfg");     /* outcome form */
}

static void test_read_efg(void **state)
{
    (void)state;
    check_read("gambit/games/e04.efg");
    check_read("gambit/games/perfect_info_with_chance.efg");
}

/* Small games for each method: tables and trees, -S where it applies. */
static const struct solve_case {
    const char *game;
    yk_solve_method method;
    int strategic;
} solve_cases[] = {
    {"gambit/games/perfect_info_with_chance.efg", YK_SOLVE_BI, 0},
    {"gambit/games/cent4.efg", YK_SOLVE_BI, 0},
    {"gambit/games/2x2x2.nfg", YK_SOLVE_ENUMPURE, 0},
    {"gambit/games/e04.efg", YK_SOLVE_ENUMPURE, 0},
    {"gambit/games/e04.efg", YK_SOLVE_ENUMPURE, 1},
    {"gambit/games/2x2.nfg", YK_SOLVE_LCP, 0},
    {"gambit/games/e04.efg", YK_SOLVE_LCP, 0},
    {"gambit/games/e04.efg", YK_SOLVE_LCP, 1},
    {"gambit/games/2x2.nfg", YK_SOLVE_LOGIT, 0},
    {"gambit/games/e04.efg", YK_SOLVE_LOGIT, 0},
};

static void check_method(yk_solve_method m)
{
    size_t i;
    for (i = 0; i < sizeof solve_cases / sizeof solve_cases[0]; i++)
        if (solve_cases[i].method == m)
            fa_check_solve(solve_cases[i].game, m, solve_cases[i].strategic);
}

static void test_bi(void **state)
{
    (void)state;
    check_method(YK_SOLVE_BI);
}

static void test_enumpure(void **state)
{
    (void)state;
    check_method(YK_SOLVE_ENUMPURE);
}

static void test_lcp(void **state)
{
    (void)state;
    check_method(YK_SOLVE_LCP);
}

static void test_logit(void **state)
{
    (void)state;
    check_method(YK_SOLVE_LOGIT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_read_nfg),
        cmocka_unit_test(test_read_efg),
        cmocka_unit_test(test_build),
        cmocka_unit_test(test_bi),
        cmocka_unit_test(test_enumpure),
        cmocka_unit_test(test_lcp),
        cmocka_unit_test(test_logit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
