/*
 * loader_test.c - allocation failure while loading scenarios: a file
 * (tests/data/alloc/small.yaml, self-contained) and built-ins (ukraine-2022
 * on world-2025; baseline-2025). For every N the Nth allocation fails
 * (support/failalloc.h): loading returns YK_E_NOMEM with "out of memory"
 * as its first problem (never a YAML or schema error), leaks nothing and
 * never crashes; a load that succeeds gives the same canonical form.
 *
 * Documents and worlds live in arenas, so a load makes few requests of
 * the hook (tens for a built-in) and every N is tried. libyaml allocates
 * with malloc, outside the hook: its own out-of-memory error is checked
 * through yk_tree_yaml_error, which turns it into the loader's message.
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
#include "world/tree.h"
#include "yokushi/scenario.h"

/* The problem to report: the first that is not out of memory, so a load
 * that calls lack of memory a parse or schema error shows as that error.
 * A list that could store nothing (memory ran out for it too) stands for
 * out of memory, as yk_diag_status says. */
static void first_problem(const yk_diag *d, yk_error *err)
{
    size_t i;
    if (d->count == 0) {
        if (d->dropped && yk_diag_status(d) == YK_E_NOMEM)
            yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory (%zu dropped)",
                         d->dropped);
        else
            yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL, "failed with no problem listed");
        return;
    }
    *err = d->items[0];
    for (i = 0; i < d->count; i++)
        if (d->items[i].status != YK_E_NOMEM) {
            *err = d->items[i];
            return;
        }
}

static yk_status load(void *ctx, FILE *out, yk_error *err)
{
    const char *spec = ctx;
    yk_scenario *s = NULL;
    yk_diag d;
    yk_status st;

    yk_diag_init(&d);
    st = yk_scenario_load(spec, NULL, &s, &d);
    if (st == YK_OK) {
        fprintf(out, "%s %s %s\n%s\n", yk_scenario_name(s), yk_scenario_kind(s),
                yk_scenario_sha256(s), yk_scenario_canonical(s));
        yk_scenario_free(s);
    } else {
        first_problem(&d, err);
    }
    yk_diag_free(&d);
    return st;
}

/* spec: a built-in name, or a path under $YK_TEST_DATA. */
static void check_load(const char *spec)
{
    char path[1024];
    fa_summary sum;
    spec = fa_data_path(spec, path, sizeof path);
    fa_check(spec, load, (void *)spec, 1, &sum);
}

static void test_file(void **state)
{
    (void)state;
    check_load("alloc/small.yaml");
}

static void test_builtin_scenario(void **state)
{
    (void)state;
    check_load("ukraine-2022");
}

static void test_builtin_world(void **state)
{
    (void)state;
    check_load("baseline-2025");
}

/* libyaml's YAML_MEMORY_ERROR has no problem text: it was reported as
 * "YAML: malformed input" at 1:1, a parse error. */
static void test_libyaml_out_of_memory(void **state)
{
    yk_diag d;
    (void)state;
    yk_diag_init(&d);
    assert_int_equal(yk_tree_yaml_error(&d, "f.yaml", 1, 1, 1, NULL, NULL), YK_E_NOMEM);
    assert_int_equal(d.count, 1);
    assert_int_equal(d.items[0].status, YK_E_NOMEM);
    assert_string_equal(d.items[0].message, "out of memory");
    /* a real parse error keeps its text and place */
    assert_int_equal(yk_tree_yaml_error(&d, "f.yaml", 0, 3, 7, "did not find expected key",
                                        "while parsing a block mapping"),
                     YK_E_PARSE);
    assert_int_equal(d.items[1].line, 3);
    assert_string_equal(d.items[1].message,
                        "YAML: did not find expected key while parsing a block mapping");
    yk_diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_file),
        cmocka_unit_test(test_builtin_scenario),
        cmocka_unit_test(test_builtin_world),
        cmocka_unit_test(test_libyaml_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
