/*
 * io_test.c - reading and writing Gambit's .efg and .nfg files: every
 * fixture game of tests/data/gambit reads with the sizes games.csv lists
 * and survives write -> read unchanged; numbers keep their text; escaped
 * quotes; both .nfg forms; EFG 2 D; and every file of tests/data/bad-games
 * fails with exactly the message of its .expect file.
 *
 * nim7.efg has duplicate non-empty node labels ("1_left" at several
 * nodes). Gambit 17 refuses such files; older Gambit read them, and a node
 * label names nothing a solver uses, so yokushi reads it (test_nim7).
 *
 * An .efg file cannot make one information set mix players: sets are
 * numbered per player (`p "" 1 1` and `p "" 2 1` are two sets, `c "" 1`
 * a third), so what can go wrong is a set that disagrees with itself
 * (action count, labels, chance odds), a set or outcome used before it is
 * defined, or a player that does not exist; bad-games has one file each.
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

#include "yokushi/game.h"

static char *data_path(const char *rel)
{
    const char *dir = getenv("YK_TEST_DATA");
    size_t n;
    char *p;
    assert_non_null(dir);
    n = strlen(dir) + strlen(rel) + 2;
    p = malloc(n);
    assert_non_null(p);
    snprintf(p, n, "%s/%s", dir, rel);
    return p;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    *len = fread(buf, 1, (size_t)n, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

static yk_game *read_text(const char *text)
{
    yk_game *g = NULL;
    yk_error err;
    char msg[1200];
    if (yk_game_read_buffer("test", text, strlen(text), &g, &err) != YK_OK) {
        yk_error_format(&err, msg, sizeof msg);
        fail_msg("%s", msg);
    }
    return g;
}

static char *write_game(const yk_game *g, size_t *len)
{
    char *mem = NULL;
    FILE *f = open_memstream(&mem, len);
    assert_non_null(f);
    assert_int_equal(yk_game_write(g, f), YK_OK);
    fclose(f);
    return mem;
}

/* write -> read gives an equal game; returns the written text. */
static char *round_trip(const yk_game *g, size_t *len)
{
    char *text = write_game(g, len);
    yk_game *h = NULL;
    yk_error err;
    char msg[1200];
    if (yk_game_read_buffer("written", text, *len, &h, &err) != YK_OK) {
        yk_error_format(&err, msg, sizeof msg);
        fail_msg("reading back: %s\n%s", msg, text);
    }
    assert_true(yk_game_equal(g, h));
    yk_game_free(h);
    return text;
}

/* ---- the fixtures ------------------------------------------------------ */

typedef struct row {
    char game[128], format[8], strategies[32];
    int nodes, terminal, chance, infosets;
} row;

/* games.csv: the first ten fields hold no quotes or commas. */
static int read_rows(row *rows, int max)
{
    char *path = data_path("gambit/games.csv");
    FILE *f = fopen(path, "r");
    char line[1024];
    int n = 0;
    assert_non_null(f);
    assert_non_null(fgets(line, sizeof line, f)); /* header */
    while (n < max && fgets(line, sizeof line, f)) {
        char *field[10], *p = line;
        int k;
        for (k = 0; k < 10; k++) {
            field[k] = p;
            p = strchr(p, ',');
            assert_non_null(p);
            *p++ = '\0';
        }
        snprintf(rows[n].game, sizeof rows[n].game, "%s", field[0]);
        snprintf(rows[n].format, sizeof rows[n].format, "%s", field[3]);
        snprintf(rows[n].strategies, sizeof rows[n].strategies, "%s", field[9]);
        rows[n].nodes = (int)strtol(field[5], NULL, 10);
        rows[n].terminal = (int)strtol(field[6], NULL, 10);
        rows[n].chance = (int)strtol(field[7], NULL, 10);
        rows[n].infosets = (int)strtol(field[8], NULL, 10);
        n++;
    }
    fclose(f);
    free(path);
    return n;
}

static yk_game *read_fixture(const char *game)
{
    char rel[256], *path;
    yk_game *g = NULL;
    yk_error err;
    char msg[1200];
    snprintf(rel, sizeof rel, "gambit/games/%.200s", game);
    path = data_path(rel);
    if (yk_game_read_file(path, &g, &err) != YK_OK) {
        yk_error_format(&err, msg, sizeof msg);
        fail_msg("%s", msg);
    }
    free(path);
    return g;
}

static void test_fixtures_read_with_their_sizes(void **state)
{
    row rows[128];
    int n = read_rows(rows, 128), i;
    (void)state;
    assert_int_equal(n, 56);
    for (i = 0; i < n; i++) {
        yk_game *g = read_fixture(rows[i].game);
        if (strcmp(rows[i].format, "efg") == 0) {
            int k, t = 0, c = 0;
            assert_int_equal(g->form, YK_GAME_TREE);
            for (k = 0; k < g->n_nodes; k++) {
                t += g->node[k].kind == YK_NODE_TERMINAL;
                c += g->node[k].kind == YK_NODE_CHANCE;
            }
            assert_int_equal(g->n_nodes, rows[i].nodes);
            assert_int_equal(t, rows[i].terminal);
            assert_int_equal(c, rows[i].chance);
            assert_int_equal(g->n_infosets - g->player_infosets[1], rows[i].infosets);
        } else {
            char dims[32] = "";
            int p;
            assert_int_equal(g->form, YK_GAME_TABLE);
            for (p = 0; p < g->n_players; p++) {
                size_t used = strlen(dims);
                snprintf(dims + used, sizeof dims - used, "%s%d", p ? "x" : "",
                         g->n_strategies[p]);
            }
            assert_string_equal(dims, rows[i].strategies);
        }
        yk_game_free(g);
    }
}

static void test_fixtures_round_trip(void **state)
{
    row rows[128];
    int n = read_rows(rows, 128), i, identical = 0;
    (void)state;
    for (i = 0; i < n; i++) {
        yk_game *g = read_fixture(rows[i].game);
        char rel[256], *path, *orig, *text;
        size_t len, olen;
        text = round_trip(g, &len);
        snprintf(rel, sizeof rel, "gambit/games/%.200s", rows[i].game);
        path = data_path(rel);
        orig = slurp(path, &olen);
        identical += olen == len && memcmp(orig, text, len) == 0;
        free(orig);
        free(path);
        free(text);
        yk_game_free(g);
    }
    /* The other 7 are not in Gambit's current layout (payoffs without
     * commas, NFG 1 D, no comment line, all payoffs on one line). */
    assert_int_equal(identical, 49);
}

static void test_nim7(void **state)
{
    yk_game *g = read_fixture("nim7.efg");
    (void)state;
    assert_string_equal(g->node[3].label, "1_left");
    assert_string_equal(g->node[6].label, "1_left");
    yk_game_free(g);
}

/* ---- numbers ------------------------------------------------------------ */

static void test_rationals_exact(void **state)
{
    yk_game *g = read_text("EFG 2 R \"thirds\" { \"P\" }\n\"\"\n\n"
                           "c \"\" 1 \"\" { \"a\" 1/3 \"b\" 2/3 } 0\n"
                           "t \"\" 1 \"x\" { -5/7 }\n"
                           "t \"\" 2 \"y\" { .80 }\n");
    char *text;
    size_t len;
    (void)state;
    assert_true(g->action_prob[0] == 1.0 / 3);
    assert_true(g->action_prob[1] == 2.0 / 3);
    assert_string_equal(g->action_prob_text[0], "1/3");
    assert_true(g->payoff[0] == -5.0 / 7);
    assert_string_equal(g->payoff_text[1], ".80");
    assert_true(g->payoff[1] == 0.8);
    text = round_trip(g, &len);
    assert_non_null(strstr(text, "{ \"a\" 1/3 \"b\" 2/3 }"));
    assert_non_null(strstr(text, "{ -5/7 }"));
    assert_non_null(strstr(text, "{ .80 }"));
    free(text);
    yk_game_free(g);
}

static void test_number_forms(void **state)
{
    yk_game *g = read_text("NFG 1 R \"n\" { \"A\" } { 6 }\n"
                           "1.5e-3 -2 +3 7. 1E2 -.25\n");
    (void)state;
    assert_true(g->table[0] == 1.5e-3);
    assert_true(g->table[1] == -2);
    assert_true(g->table[2] == 3);
    assert_true(g->table[3] == 7);
    assert_true(g->table[4] == 100);
    assert_true(g->table[5] == -0.25);
    assert_string_equal(g->table_text[2], "+3");
    yk_game_free(g);
}

/* A game built in code has no number text: the writer prints the shortest
 * decimal that reads back as the same double. */
static void test_built_game_round_trip(void **state)
{
    static const char *const ab[] = {"a", "b"};
    yk_game_builder *b = yk_game_builder_new("built");
    yk_game *g = NULL;
    yk_error err;
    double probs[2] = {0.1, 0.9}, u1[1] = {1.0 / 3}, u2[1] = {-1e-300};
    int s;
    char *text;
    size_t len;
    (void)state;
    yk_game_add_player(b, "only");
    s = yk_game_add_infoset(b, YK_CHANCE, 0, "nature", 2, ab, probs, NULL);
    assert_int_equal(yk_game_move(b, yk_game_root(b), s), YK_OK);
    yk_game_set_outcome(b, yk_game_child(b, 0, 0), yk_game_add_outcome(b, 0, "", u1, NULL));
    yk_game_set_outcome(b, yk_game_child(b, 0, 1), yk_game_add_outcome(b, 0, "", u2, NULL));
    assert_int_equal(yk_game_build(b, &g, &err), YK_OK);
    yk_game_builder_free(b);
    text = round_trip(g, &len);
    assert_non_null(strstr(text, "\"a\" 0.1 \"b\" 0.9"));
    free(text);
    yk_game_free(g);
}

/* ---- labels --------------------------------------------------------------- */

static void test_escapes(void **state)
{
    yk_game *g = read_text("EFG 2 R \"say \\\"hi\\\"\" { \"P \\\"one\\\"\" }\n"
                           "\"a\\\\b and c:\\\\\"\n\n"
                           "t \"back\\slash\" 0\n");
    char *text;
    size_t len;
    (void)state;
    assert_string_equal(g->title, "say \"hi\"");
    assert_string_equal(g->player[0], "P \"one\"");
    assert_string_equal(g->comment, "a\\b and c:\\");
    assert_string_equal(g->node[0].label, "back\\slash");
    text = round_trip(g, &len);
    assert_non_null(strstr(text, "\"say \\\"hi\\\"\""));
    assert_non_null(strstr(text, "t \"back\\slash\" 0"));
    free(text);
    yk_game_free(g);
}

static void test_multiline_comment(void **state)
{
    yk_game *g = read_fixture("zerosum_efg_from_sequence_form_STOC94_paper.efg");
    (void)state;
    assert_non_null(strstr(g->comment, "Koller, Megiddo, von Stengel"));
    assert_int_equal(g->comment[0], '\n');
    yk_game_free(g);
}

/* ---- forms ---------------------------------------------------------------- */

static void test_nfg_outcome_form(void **state)
{
    yk_game *g = read_fixture("pd.nfg");
    (void)state;
    assert_non_null(g->profile_outcome);
    assert_int_equal(g->n_outcomes, 4);
    assert_int_equal(g->n_profiles, 4);
    /* profile (2,1): player 1's second strategy, index 1 */
    assert_int_equal(g->profile_outcome[1], 1);
    assert_true(g->table[1 * 2 + 0] == 10);
    assert_true(g->table[1 * 2 + 1] == 0);
    yk_game_free(g);

    g = read_text("NFG 1 R \"none\" { \"A\" \"B\" }\n{ { \"x\" } { \"y\" \"z\" } }\n"
                  "{ { \"win\" 1, 2 } }\n0 1\n");
    assert_int_equal(g->profile_outcome[0], -1);
    assert_true(g->table[0] == 0 && g->table[1] == 0);
    assert_true(g->table[2] == 1 && g->table[3] == 2);
    assert_string_equal(g->comment, "");
    free(round_trip(g, &(size_t){0}));
    yk_game_free(g);
}

static void test_nfg_payoff_form(void **state)
{
    yk_game *g = read_fixture("winkels.nfg");
    (void)state;
    assert_null(g->profile_outcome);
    assert_int_equal(g->n_profiles, 12);
    assert_true(g->table[8] == 2.5);
    assert_string_equal(g->table_text[8], "5/2");
    yk_game_free(g);

    g = read_fixture("zero.nfg"); /* strategy counts, NFG 1 D */
    assert_string_equal(g->strategy_label[1], "2");
    assert_int_equal(g->n_strategies[1], 2);
    yk_game_free(g);
}

static void test_efg_d(void **state)
{
    yk_game *g = read_text("EFG 2 D \"doubles\" { \"1\" \"2\" }\n"
                           "p \"root\" 1 1 \"\" { \"L\" \"R\" } 0\n"
                           "t \"\" 1 \"\" { 1.000000 2.000000 }\n"
                           "t \"\" 2 \"\" { 0.5, -0.5 }\n");
    (void)state;
    assert_string_equal(g->comment, "");
    assert_true(g->payoff[3] == -0.5);
    free(round_trip(g, &(size_t){0}));
    yk_game_free(g);
}

static void test_deep_tree(void **state)
{
    /* a chain 200000 moves deep: the reader must not recurse */
    const int depth = 200000;
    size_t cap = (size_t)depth * 40 + 200, n = 0;
    char *text = malloc(cap);
    yk_game *g;
    int i;
    (void)state;
    n += (size_t)snprintf(text + n, cap - n, "EFG 2 R \"deep\" { \"P\" }\n\"\"\n");
    n += (size_t)snprintf(text + n, cap - n, "p \"\" 1 1 \"s\" { \"on\" \"off\" } 0\n");
    for (i = 1; i < depth; i++)
        n += (size_t)snprintf(text + n, cap - n, "p \"\" 1 1 0\nt \"\" 0\n");
    n += (size_t)snprintf(text + n, cap - n, "t \"\" 0\nt \"\" 0\n");
    g = read_text(text);
    assert_int_equal(g->n_nodes, 2 * depth + 1);
    assert_int_equal(g->infoset[0].n_members, depth);
    free(text);
    yk_game_free(g);
}

/* ---- errors --------------------------------------------------------------- */

static int is_game_file(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && (strcmp(name + n - 4, ".efg") == 0 || strcmp(name + n - 4, ".nfg") == 0);
}

static void test_bad_games(void **state)
{
    char *dirpath = data_path("bad-games");
    DIR *d = opendir(dirpath);
    struct dirent *e;
    int checked = 0;
    (void)state;
    assert_non_null(d);
    while ((e = readdir(d)) != NULL) {
        char rel[512], exp_rel[512], *path, *exp_path, *text, *want, msg[1200];
        size_t len, wlen;
        yk_game *g = NULL;
        yk_error err;
        yk_status st;
        if (!is_game_file(e->d_name))
            continue;
        snprintf(rel, sizeof rel, "bad-games/%s", e->d_name);
        snprintf(exp_rel, sizeof exp_rel, "bad-games/%s.expect", e->d_name);
        path = data_path(rel);
        exp_path = data_path(exp_rel);
        text = slurp(path, &len);
        want = slurp(exp_path, &wlen);
        while (wlen && (want[wlen - 1] == '\n' || want[wlen - 1] == '\r'))
            want[--wlen] = '\0';
        st = yk_game_read_buffer(rel, text, len, &g, &err);
        assert_null(g);
        assert_true(st == YK_E_PARSE || st == YK_E_LIMIT);
        yk_error_format(&err, msg, sizeof msg);
        if (strcmp(msg, want) != 0)
            fail_msg("%s:\n  got:  %s\n  want: %s", rel, msg, want);
        checked++;
        free(text);
        free(want);
        free(path);
        free(exp_path);
    }
    closedir(d);
    free(dirpath);
    assert_true(checked >= 30);
}

static void test_missing_file(void **state)
{
    yk_game *g = NULL;
    yk_error err;
    (void)state;
    assert_int_equal(yk_game_read_file("/nonexistent/x.efg", &g, &err), YK_E_IO);
    assert_null(g);
    assert_string_equal(err.file, "/nonexistent/x.efg");
}

static void test_no_read_past_buffer(void **state)
{
    /* the text is cut inside a number and inside a string: the reader
     * must stop at len even though the bytes after it continue */
    const char *text = "NFG 1 R \"t\" { \"A\" } { 2 }\n1 23456";
    yk_game *g = NULL;
    yk_error err;
    char msg[1200];
    (void)state;
    assert_int_equal(yk_game_read_buffer("cut", text, strlen(text) - 4, &g, &err), YK_OK);
    assert_true(g->table[1] == 2);
    yk_game_free(g);
    assert_int_equal(yk_game_read_buffer("cut", text, 10, &g, &err), YK_E_PARSE);
    yk_error_format(&err, msg, sizeof msg);
    assert_string_equal(msg, "cut:1:9: unexpected end of file in the text that starts here");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixtures_read_with_their_sizes),
        cmocka_unit_test(test_fixtures_round_trip),
        cmocka_unit_test(test_nim7),
        cmocka_unit_test(test_rationals_exact),
        cmocka_unit_test(test_number_forms),
        cmocka_unit_test(test_built_game_round_trip),
        cmocka_unit_test(test_escapes),
        cmocka_unit_test(test_multiline_comment),
        cmocka_unit_test(test_nfg_outcome_form),
        cmocka_unit_test(test_nfg_payoff_form),
        cmocka_unit_test(test_efg_d),
        cmocka_unit_test(test_deep_tree),
        cmocka_unit_test(test_bad_games),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_no_read_past_buffer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
