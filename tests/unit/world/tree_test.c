/*
 * tree_test.c - the YAML tree of src/world/tree.c: 1-based marks,
 * duplicate keys, aliases, input limits (depth, size, entries), keys that
 * are not scalars, empty documents, bad bytes (invalid UTF-8, NUL), and
 * the edit helpers (get, put, append, copy).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "world/tree.h"

/* ---- helpers -------------------------------------------------------------- */

typedef struct parsed {
    yk_arena arena;
    yk_diag diag;
    yk_ynode *root;
    yk_status status;
} parsed;

static void parse_n(parsed *p, const char *bytes, size_t len)
{
    yk_arena_init(&p->arena);
    yk_diag_init(&p->diag);
    p->root = (yk_ynode *)p; /* must be reset */
    p->status = yk_tree_parse(&p->arena, "f.yaml", bytes, len, &p->root, &p->diag, NULL);
}

static void parse(parsed *p, const char *text)
{
    parse_n(p, text, strlen(text));
}

static void done(parsed *p)
{
    yk_diag_free(&p->diag);
    yk_arena_free(&p->arena);
}

/* The first message, formatted. */
static const char *first_message(parsed *p, char *buf, size_t size)
{
    assert_true(p->diag.count >= 1);
    yk_error_format(&p->diag.items[0], buf, size);
    return buf;
}

/* Parsing text fails with status and exactly one message, want. */
static void expect_failure(const char *text, size_t len, yk_status status,
                           const char *want)
{
    parsed p;
    char buf[1024];
    parse_n(&p, text, len);
    assert_int_equal(p.status, status);
    assert_null(p.root);
    assert_int_equal(p.diag.count, 1);
    if (want)
        assert_string_equal(first_message(&p, buf, sizeof buf), want);
    done(&p);
}

static void assert_mark(const yk_ynode *n, int line, int col)
{
    assert_non_null(n);
    if (n->line != line || n->col != col)
        fail_msg("node \"%s\" at %d:%d, want %d:%d", n->text, n->line, n->col,
                 line, col);
}

/* ---- marks ------------------------------------------------------------------ */

static void test_marks_are_one_based(void **state)
{
    parsed p;
    yk_ynode *b, *c, *d;
    (void)state;
    parse(&p, "a: 1\n"          /* 1 */
              "b:\n"            /* 2 */
              "  c: [x, y]\n"   /* 3 */
              "  d: \"q\"\n");  /* 4 */
    assert_int_equal(p.status, YK_OK);
    assert_int_equal(p.root->kind, YK_YNODE_MAP);
    assert_mark(p.root, 1, 1);
    assert_int_equal(p.root->n, 2);
    assert_string_equal(p.root->file, "f.yaml");
    assert_mark(yk_ynode_key(p.root, 0), 1, 1);   /* a */
    assert_mark(yk_ynode_value(p.root, 0), 1, 4); /* 1 */
    assert_string_equal(yk_ynode_value(p.root, 0)->text, "1");
    assert_int_equal(yk_ynode_value(p.root, 0)->len, 1);
    assert_true(yk_ynode_value(p.root, 0)->plain);
    assert_mark(yk_ynode_key(p.root, 1), 2, 1);   /* b */
    b = yk_ynode_get(p.root, "b");
    assert_int_equal(b->kind, YK_YNODE_MAP);
    assert_mark(b, 3, 3);                        /* starts at its first key */
    c = yk_ynode_get(b, "c");
    assert_int_equal(c->kind, YK_YNODE_SEQ);
    assert_mark(c, 3, 6);                        /* the '[' */
    assert_int_equal(c->n, 2);
    assert_mark(c->items[0], 3, 7);              /* x */
    assert_mark(c->items[1], 3, 10);             /* y */
    d = yk_ynode_get(b, "d");
    assert_mark(d, 4, 6);                        /* the opening quote */
    assert_string_equal(d->text, "q");
    assert_false(d->plain);
    done(&p);
}

static void test_marks_of_multibyte_text(void **state)
{
    parsed p;
    const yk_ynode *seq;
    (void)state;
    /* libyaml counts columns in characters: in "a: [\u00e9, b]" the b is
     * at col 8 (a 1, : 2, space 3, [ 4, \u00e9 5, ',' 6, space 7), though
     * it is byte 9. */
    parse(&p, "a: [\xc3\xa9, b]\n");
    assert_int_equal(p.status, YK_OK);
    seq = yk_ynode_get(p.root, "a");
    assert_string_equal(seq->items[0]->text, "\xc3\xa9");
    assert_int_equal(seq->items[0]->len, 2); /* bytes */
    assert_mark(seq->items[1], 1, 8);
    done(&p);
}

/* ---- refusals ------------------------------------------------------------------- */

static void test_duplicate_keys(void **state)
{
    (void)state;
    expect_failure("a: 1\nb: 2\na: 3\n", 15, YK_E_REF,
                   "f.yaml:3:1: duplicate key \"a\"");
    /* In a nested flow mapping: "k: {x: 1, x: 2}", the second x at 11. */
    expect_failure("k: {x: 1, x: 2}\n", 16, YK_E_REF,
                   "f.yaml:1:11: duplicate key \"x\"");
}

static void test_same_key_in_different_mappings(void **state)
{
    parsed p;
    (void)state;
    parse(&p, "a: {x: 1}\nb: {x: 2}\n");
    assert_int_equal(p.status, YK_OK);
    done(&p);
}

static void test_alias_refused(void **state)
{
    parsed p;
    (void)state;
    /* "b: *x": the alias at col 4. */
    expect_failure("a: &x 1\nb: *x\n", 14, YK_E_PARSE,
                   "f.yaml:2:4: YAML aliases (*name) are not supported; write the value out");
    /* An anchor alone is harmless. */
    parse(&p, "a: &x 1\n");
    assert_int_equal(p.status, YK_OK);
    assert_string_equal(yk_ynode_get(p.root, "a")->text, "1");
    done(&p);
}

/* A billion-laughs document fails at its first alias, without expanding. */
static void test_billion_laughs(void **state)
{
    static const char text[] =
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
        "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
    (void)state;
    /* "b: &b [" is 7 characters: the first *a at col 8. */
    expect_failure(text, strlen(text), YK_E_PARSE,
                   "f.yaml:2:8: YAML aliases (*name) are not supported; write the value out");
}

/* n '[' then n ']' on one line. */
static char *nested(size_t n)
{
    char *t = malloc(2 * n + 2);
    assert_non_null(t);
    memset(t, '[', n);
    memset(t + n, ']', n);
    t[2 * n] = '\n';
    t[2 * n + 1] = '\0';
    return t;
}

static void test_depth_limit(void **state)
{
    char *t = nested(100);
    (void)state;
    /* Levels 1..64 are allowed; the 65th '[' (col 65) is refused. */
    expect_failure(t, strlen(t), YK_E_LIMIT,
                   "f.yaml:1:65: nested too deeply (limit 64 levels)");
    free(t);
}

static void test_depth_limit_boundary(void **state)
{
    char *t = nested(YK_TREE_MAX_DEPTH);
    parsed p;
    const yk_ynode *n;
    int depth = 0;
    (void)state;
    parse(&p, t);
    assert_int_equal(p.status, YK_OK);
    for (n = p.root; n->kind == YK_YNODE_SEQ; n = n->items[0]) {
        depth++;
        if (!n->n)
            break;
    }
    assert_int_equal(depth, YK_TREE_MAX_DEPTH);
    done(&p);
    free(t);
}

static void test_very_deep_input_no_crash(void **state)
{
    char *t = nested(100000);
    (void)state;
    expect_failure(t, strlen(t), YK_E_LIMIT,
                   "f.yaml:1:65: nested too deeply (limit 64 levels)");
    free(t);
}

static void test_deep_block_mappings(void **state)
{
    /* 70 nested block mappings "k:\n  k:\n    k: ..." */
    char *t = malloc(70 * 150);
    size_t len = 0;
    int i;
    parsed p;
    char want[128];
    (void)state;
    assert_non_null(t);
    for (i = 0; i < 70; i++)
        len += (size_t)snprintf(t + len, 70 * 150 - len, "%*sk:\n", 2 * i, "");
    parse_n(&p, t, len);
    assert_int_equal(p.status, YK_E_LIMIT);
    /* The root mapping is level 1; the mapping opened by the 64th "k:"
     * is level 65, starting at line 65, col 2 x 64 + 1 = 129. */
    snprintf(want, sizeof want, "f.yaml:65:129: nested too deeply (limit 64 levels)");
    {
        char buf[256];
        assert_string_equal(first_message(&p, buf, sizeof buf), want);
    }
    done(&p);
    free(t);
}

static void test_non_scalar_key_refused(void **state)
{
    (void)state;
    /* "? [a, b]": the list key at col 3. */
    expect_failure("? [a, b]\n: 1\n", 13, YK_E_PARSE,
                   "f.yaml:1:3: a mapping key must be a plain name, not a list or mapping");
    /* Flow forms: "{[a]: 1}" and "{{a: 1}: 2}", the key at col 2. */
    expect_failure("{[a]: 1}\n", 9, YK_E_PARSE,
                   "f.yaml:1:2: a mapping key must be a plain name, not a list or mapping");
    expect_failure("{{a: 1}: 2}\n", 12, YK_E_PARSE,
                   "f.yaml:1:2: a mapping key must be a plain name, not a list or mapping");
}

static void test_more_than_one_document(void **state)
{
    (void)state;
    expect_failure("a: 1\n---\nb: 2\n", 14, YK_E_PARSE,
                   "f.yaml:2:1: more than one YAML document in a file");
}

static void test_too_many_entries(void **state)
{
    /* "[0,0,...,0]" with YK_TREE_MAX_ITEMS + 1 zeros: the one past the
     * limit is the 200001st, at col 1 + 2 x 200000 + 1 = 400002. */
    size_t n = YK_TREE_MAX_ITEMS + 1, i, len = 0;
    char *t = malloc(2 * n + 3);
    (void)state;
    assert_non_null(t);
    t[len++] = '[';
    for (i = 0; i < n; i++) {
        t[len++] = '0';
        t[len++] = i + 1 < n ? ',' : ']';
    }
    t[len++] = '\n';
    expect_failure(t, len, YK_E_LIMIT,
                   "f.yaml:1:400002: too many entries in one list or mapping (limit 200000)");
    free(t);
}

static void test_too_large_input(void **state)
{
    size_t len = (size_t)YK_TREE_MAX_BYTES + 1;
    char *t = malloc(len);
    char want[128];
    (void)state;
    assert_non_null(t);
    memset(t, ' ', len);
    snprintf(want, sizeof want, "f.yaml: file too large (%zu bytes; limit %u)", len,
             YK_TREE_MAX_BYTES);
    expect_failure(t, len, YK_E_LIMIT, want);
    free(t);
}

/* ---- empty and odd documents ----------------------------------------------------- */

static void expect_empty_mapping(const char *text)
{
    parsed p;
    parse(&p, text);
    assert_int_equal(p.status, YK_OK);
    assert_int_equal(p.diag.count, 0);
    assert_non_null(p.root);
    assert_int_equal(p.root->kind, YK_YNODE_MAP);
    assert_int_equal(p.root->n, 0);
    assert_null(yk_ynode_get(p.root, "a"));
    done(&p);
}

static void test_empty_document_is_empty_mapping(void **state)
{
    (void)state;
    expect_empty_mapping("");
    expect_empty_mapping("# only a comment\n");
    expect_empty_mapping("\n\n   \n");
}

static void test_scalar_document(void **state)
{
    parsed p;
    (void)state;
    /* The tree does not insist on a mapping; the loader does. */
    parse(&p, "hello\n");
    assert_int_equal(p.status, YK_OK);
    assert_int_equal(p.root->kind, YK_YNODE_SCALAR);
    assert_string_equal(p.root->text, "hello");
    assert_null(yk_ynode_get(p.root, "hello"));
    done(&p);
}

static void test_empty_value_is_empty_plain_scalar(void **state)
{
    parsed p;
    const yk_ynode *v;
    (void)state;
    parse(&p, "a:\nb: ''\n");
    assert_int_equal(p.status, YK_OK);
    v = yk_ynode_get(p.root, "a");
    assert_int_equal(v->kind, YK_YNODE_SCALAR);
    assert_int_equal(v->len, 0);
    assert_true(v->plain);
    v = yk_ynode_get(p.root, "b");
    assert_int_equal(v->len, 0);
    assert_false(v->plain); /* quoted: a string, not "nothing" */
    done(&p);
}

/* ---- bad bytes ------------------------------------------------------------------- */

static void expect_parse_error(const char *bytes, size_t len)
{
    parsed p;
    char buf[1024];
    parse_n(&p, bytes, len);
    assert_int_equal(p.status, YK_E_PARSE);
    assert_null(p.root);
    assert_true(p.diag.count >= 1);
    assert_int_equal(p.diag.items[0].status, YK_E_PARSE);
    assert_string_equal(p.diag.items[0].file, "f.yaml");
    assert_true(p.diag.items[0].line >= 1);
    first_message(&p, buf, sizeof buf);
    done(&p);
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    expect_parse_error("a: \xff\n", 5);             /* never valid */
    expect_parse_error("a: \xc0\xaf\n", 6);         /* overlong '/' */
    expect_parse_error("a: \xed\xa0\x80\n", 7);     /* UTF-16 surrogate */
    expect_parse_error("a: x\xe3\x81", 6);          /* cut short at the end */
    expect_parse_error("\xc3\x28: 1\n", 6);         /* bad continuation */
}

static void test_utf8_message_names_the_problem(void **state)
{
    parsed p;
    char buf[1024];
    (void)state;
    parse_n(&p, "a: \xff\n", 5);
    assert_int_equal(p.status, YK_E_PARSE);
    assert_non_null(strstr(first_message(&p, buf, sizeof buf), "UTF-8"));
    done(&p);
}

static void test_nul_byte_raw(void **state)
{
    static const char text[] = "a: b\0c\nd: 1\n";
    (void)state;
    /* sizeof - 1: the NUL inside counts, the terminator does not. */
    expect_parse_error(text, sizeof text - 1);
    expect_parse_error("\0", 1);
    expect_parse_error("a: 1\n\0", 6);
}

static void test_nul_byte_escaped(void **state)
{
    (void)state;
    /* "\0" in a double-quoted scalar is a NUL in the value (col 4: the
     * opening quote). */
    expect_failure("a: \"x\\0y\"\n", 10, YK_E_PARSE,
                   "f.yaml:1:4: a value contains a NUL character");
    expect_failure("\"k\\0\": 1\n", 9, YK_E_PARSE,
                   "f.yaml:1:1: a value contains a NUL character");
}

static void test_control_characters(void **state)
{
    (void)state;
    expect_parse_error("a: b\x01\n", 6);
    expect_parse_error("a: \x1b[31m\n", 9);
}

/* ---- edits --------------------------------------------------------------------------- */

static void test_node_put_and_get(void **state)
{
    parsed p;
    yk_ynode *v, *w;
    (void)state;
    parse(&p, "a: 1\n");
    assert_int_equal(p.status, YK_OK);
    v = yk_ynode_new(&p.arena, YK_YNODE_SCALAR, yk_ynode_get(p.root, "a"));
    assert_non_null(v);
    assert_mark(v, 1, 4); /* takes the place it is given */
    v->text = "2";
    v->len = 1;
    /* Replacing keeps one entry; a new key appends. */
    assert_true(yk_ynode_put(&p.arena, p.root, "a", NULL, v));
    assert_int_equal(p.root->n, 1);
    assert_ptr_equal(yk_ynode_get(p.root, "a"), v);
    w = yk_ynode_new(&p.arena, YK_YNODE_SEQ, NULL);
    assert_true(yk_ynode_put(&p.arena, p.root, "b", yk_ynode_key(p.root, 0), w));
    assert_int_equal(p.root->n, 2);
    assert_string_equal(yk_ynode_key(p.root, 1)->text, "b");
    assert_mark(yk_ynode_key(p.root, 1), 1, 1);
    assert_true(yk_ynode_append(&p.arena, w, v));
    assert_true(yk_ynode_append(&p.arena, w, v));
    assert_int_equal(w->n, 2);
    assert_null(yk_ynode_get(w, "a")); /* not a mapping */
    done(&p);
}

/* Lists and mappings are copied; scalars, which edits replace rather than
 * change, are shared. */
static void test_node_copy_is_deep(void **state)
{
    parsed p;
    yk_ynode *copy, *x, *fresh;
    (void)state;
    parse(&p, "m: {x: [1, 2]}\n");
    assert_int_equal(p.status, YK_OK);
    copy = yk_ynode_copy(&p.arena, p.root);
    assert_non_null(copy);
    x = yk_ynode_get(yk_ynode_get(copy, "m"), "x");
    assert_int_equal(x->n, 2);
    assert_true(yk_ynode_append(&p.arena, x, x->items[0]));
    fresh = yk_ynode_new(&p.arena, YK_YNODE_SCALAR, x->items[0]);
    assert_non_null(fresh);
    fresh->text = "changed";
    x->items[0] = fresh;
    /* The original is untouched. */
    assert_ptr_not_equal(x, yk_ynode_get(yk_ynode_get(p.root, "m"), "x"));
    x = yk_ynode_get(yk_ynode_get(p.root, "m"), "x");
    assert_int_equal(x->n, 2);
    assert_string_equal(x->items[0]->text, "1");
    assert_ptr_equal(x->items[1], yk_ynode_get(yk_ynode_get(copy, "m"), "x")->items[1]);
    done(&p);
}

static void test_kind_names(void **state)
{
    (void)state;
    assert_string_equal(yk_ynode_kind_name(YK_YNODE_SCALAR), "a scalar");
    assert_string_equal(yk_ynode_kind_name(YK_YNODE_SEQ), "a list");
    assert_string_equal(yk_ynode_kind_name(YK_YNODE_MAP), "a mapping");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_marks_are_one_based),
        cmocka_unit_test(test_marks_of_multibyte_text),
        cmocka_unit_test(test_duplicate_keys),
        cmocka_unit_test(test_same_key_in_different_mappings),
        cmocka_unit_test(test_alias_refused),
        cmocka_unit_test(test_billion_laughs),
        cmocka_unit_test(test_depth_limit),
        cmocka_unit_test(test_depth_limit_boundary),
        cmocka_unit_test(test_very_deep_input_no_crash),
        cmocka_unit_test(test_deep_block_mappings),
        cmocka_unit_test(test_non_scalar_key_refused),
        cmocka_unit_test(test_more_than_one_document),
        cmocka_unit_test(test_too_many_entries),
        cmocka_unit_test(test_too_large_input),
        cmocka_unit_test(test_empty_document_is_empty_mapping),
        cmocka_unit_test(test_scalar_document),
        cmocka_unit_test(test_empty_value_is_empty_plain_scalar),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_utf8_message_names_the_problem),
        cmocka_unit_test(test_nul_byte_raw),
        cmocka_unit_test(test_nul_byte_escaped),
        cmocka_unit_test(test_control_characters),
        cmocka_unit_test(test_node_put_and_get),
        cmocka_unit_test(test_node_copy_is_deep),
        cmocka_unit_test(test_kind_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
