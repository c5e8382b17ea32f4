/*
 * load_scale_test.c - loading stays linear: lists and mappings grow
 * geometrically, keys are found by hash (src/world/tree.c,
 * tree_index.c, scenario.c).
 *
 * Each test fails on the quadratic code it guards against: appends that
 * reallocated the whole list each time (20,000 events: 3.2 GB), and key
 * lookups that scanned the mapping (200,000 keys: minutes). Memory is
 * bounded through an arena limit or a budgeted allocator, so the old code
 * fails fast instead of exhausting the machine; time is bounded in CPU
 * seconds with a wide margin, so a loaded machine does not matter.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "budget_alloc.h"
#include "gentext.h"
#include "world/tree.h"
#include "yokushi/alloc.h"
#include "yokushi/scenario.h"

#define N_ITEMS 20000

/* ---- tree edits --------------------------------------------------------- */

/* 20,000 appends and 20,000 new keys fit in 8 MB of arena (they take
 * about 4.2 MB: key nodes and texts 1.6 MB, items and key index 1.3 MB,
 * outgrown arrays as much again). Growing by one item each time needed
 * 1.6 GB for the appends alone. */
static void test_appends_and_puts_grow_geometrically(void **state)
{
    yk_arena a;
    yk_ynode *seq, *map, *item;
    char key[32];
    size_t i;
    (void)state;
    yk_arena_init(&a);
    a.limit = 8u << 20;
    seq = yk_ynode_new(&a, YK_YNODE_SEQ, NULL);
    map = yk_ynode_new(&a, YK_YNODE_MAP, NULL);
    item = yk_ynode_new(&a, YK_YNODE_SCALAR, NULL);
    assert_non_null(seq);
    assert_non_null(map);
    assert_non_null(item);
    for (i = 0; i < N_ITEMS; i++)
        if (!yk_ynode_append(&a, seq, item))
            fail_msg("append %zu failed: %zu bytes of arena used", i, a.used);
    for (i = 0; i < N_ITEMS; i++) {
        snprintf(key, sizeof key, "k%zu", i);
        if (!yk_ynode_put(&a, map, key, NULL, item))
            fail_msg("put %zu failed: %zu bytes of arena used", i, a.used);
    }
    assert_int_equal(seq->n, N_ITEMS);
    assert_int_equal(map->n, N_ITEMS);
    /* Every key is found, and a put of a present key replaces its value. */
    for (i = 0; i < N_ITEMS; i += 997) {
        snprintf(key, sizeof key, "k%zu", i);
        assert_ptr_equal(yk_ynode_get(map, key), item);
    }
    assert_true(yk_ynode_put(&a, map, "k5", NULL, seq));
    assert_ptr_equal(yk_ynode_get(map, "k5"), seq);
    assert_int_equal(map->n, N_ITEMS);
    assert_null(yk_ynode_get(map, "k20000"));
    yk_arena_free(&a);
}

/* A copy of a large mapping finds its keys too (its index is rebuilt). */
static void test_copy_keeps_lookups(void **state)
{
    yk_arena a;
    yk_ynode *map, *copy, *item;
    char key[32];
    size_t i;
    (void)state;
    yk_arena_init(&a);
    map = yk_ynode_new(&a, YK_YNODE_MAP, NULL);
    item = yk_ynode_new(&a, YK_YNODE_SCALAR, NULL);
    for (i = 0; i < 1000; i++) {
        snprintf(key, sizeof key, "k%zu", i);
        assert_true(yk_ynode_put(&a, map, key, NULL, item));
    }
    copy = yk_ynode_copy(&a, map);
    assert_non_null(copy);
    assert_true(yk_ynode_put(&a, copy, "new", NULL, item));
    for (i = 0; i < 1000; i++) {
        snprintf(key, sizeof key, "k%zu", i);
        assert_ptr_equal(yk_ynode_get(copy, key), item);
    }
    assert_non_null(yk_ynode_get(copy, "new"));
    assert_null(yk_ynode_get(map, "new"));
    yk_arena_free(&a);
}

/* ---- many keys ------------------------------------------------------------ */

static double cpu_seconds(void)
{
    return (double)clock() / CLOCKS_PER_SEC;
}

/* 200,000 keys in one mapping, the last a duplicate of the first: the
 * duplicate is found, in well under the 5 s the issue allows (a scan per
 * key took minutes). */
static void test_200k_keys_checked_by_hash(void **state)
{
    gentext t = {NULL, 0, 0};
    yk_arena a;
    yk_diag d;
    yk_ynode *root = NULL;
    double t0;
    size_t i;
    char line[512];
    (void)state;
    gentext_put(&t, "keys:\n");
    for (i = 0; i < 199999; i++)
        gentext_put(&t, "  key%06zu: %zu\n", i, i);
    gentext_put(&t, "  key000000: again\n");
    yk_arena_init(&a);
    yk_diag_init(&d);
    t0 = cpu_seconds();
    assert_int_equal(yk_tree_parse(&a, "k.yaml", t.s, t.len, &root, &d, NULL), YK_E_REF);
    if (cpu_seconds() - t0 > 5)
        fail_msg("200,000 keys took %.1f s of CPU", cpu_seconds() - t0);
    assert_int_equal(d.count, 1);
    yk_error_format(&d.items[0], line, sizeof line);
    assert_string_equal(line, "k.yaml:200001:3: duplicate key \"key000000\"");
    yk_diag_free(&d);
    yk_arena_free(&a);
    free(t.s);
}

/* ---- events through extends ----------------------------------------------- */

/* 20,000 events appended to the built-in world's time line by a file that
 * extends it load within 200 MB held at once (they take about 30 MB;
 * appending one by one by reallocating the list took 3.2 GB). */
static void test_20k_events_through_extends(void **state)
{
    gentext t = {NULL, 0, 0};
    budget b = {.limit = 200u << 20};
    yk_load_options opt = {.allow_files = false};
    yk_scenario *s = NULL;
    yk_diag d;
    yk_status st;
    size_t i;
    char line[1024] = "";
    (void)state;
    gentext_put(&t, "world: many-events\nextends: world-2025\nevents:\n");
    for (i = 0; i < N_ITEMS; i++)
        gentext_put(&t, "  - {year: %zu, event: neglect, actor: USA}\n", 2026 + i % 9);
    yk_set_allocator(budget_alloc, &b);
    yk_diag_init(&d);
    st = yk_scenario_load_buffer("e.yaml", t.s, t.len, &opt, &s, &d);
    if (d.count)
        yk_error_format(&d.items[0], line, sizeof line);
    yk_diag_free(&d);
    if (st == YK_OK)
        assert_true(yk_scenario_world(s)->n_events > N_ITEMS);
    yk_scenario_free(s);
    yk_set_allocator(NULL, NULL);
    free(t.s);
    if (st != YK_OK)
        fail_msg("load failed (%s) with %zu bytes held: %s", yk_status_str(st),
                 b.live, line);
    assert_int_equal(b.live, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_appends_and_puts_grow_geometrically),
        cmocka_unit_test(test_copy_keeps_lookups),
        cmocka_unit_test(test_200k_keys_checked_by_hash),
        cmocka_unit_test(test_20k_events_through_extends),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
