/*
 * names_test.c - names are not paths (src/world/name.c): scenario, world
 * and crisis names with '/', "..", control characters or a leading dot
 * are refused with a located message; they were taken as they came, and
 * `--out DIR` wrote DIR/NAME.json wherever the name pointed.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "yokushi/scenario.h"

/* Loading "NAME_KEY: NAME" (plus a crisis when crisis is not NULL) fails
 * with the one message want, or succeeds when want is NULL. */
static void expect(const char *name_line, const char *crisis, const char *want)
{
    char yaml[512], line[1024];
    yk_scenario *s = NULL;
    yk_diag d;
    yk_status st;
    snprintf(yaml, sizeof yaml,
             "%s\n"
             "states:\n"
             "  AAA: {name: A, region: europe}\n"
             "  BBB: {name: B, region: europe}\n"
             "%s%s%s",
             name_line, crisis ? "crises:\n  - {name: " : "", crisis ? crisis : "",
             crisis ? ", aggressor: AAA, target: BBB, theatre: t, "
                      "stakes: {AAA: 0.5, BBB: 0.5}}\n" : "");
    yk_diag_init(&d);
    st = yk_scenario_load_buffer("n.yaml", yaml, strlen(yaml), NULL, &s, &d);
    if (!want) {
        if (st != YK_OK) {
            yk_error_format(&d.items[0], line, sizeof line);
            fail_msg("%s", line);
        }
        yk_scenario_free(s);
    } else {
        assert_int_equal(st, YK_E_SCHEMA);
        assert_null(s);
        assert_int_equal(d.count, 1);
        yk_error_format(&d.items[0], line, sizeof line);
        assert_string_equal(line, want);
    }
    yk_diag_free(&d);
}

static void test_good_names(void **state)
{
    (void)state;
    expect("scenario: japan-2024", NULL, NULL);
    expect("world: w.2 (draft)", "CHN-TWN blockade", NULL);
}

static void test_scenario_names_refused(void **state)
{
    (void)state;
    expect("scenario: ../../etc/passwd", NULL,
           "n.yaml:1:11: scenario: a name cannot start with '.' (names are used as file names)");
    expect("scenario: out/../x", NULL,
           "n.yaml:1:11: scenario: a name cannot contain '/' or '\\' (names are used as "
           "file names, not paths)");
    expect("world: a..b", NULL,
           "n.yaml:1:8: world: a name cannot contain \"..\" (names are used as file "
           "names, not paths)");
    expect("world: .hidden", NULL,
           "n.yaml:1:8: world: a name cannot start with '.' (names are used as file names)");
    expect("scenario: \"a\\tb\"", NULL,
           "n.yaml:1:11: scenario: a name cannot contain control characters");
    expect("scenario: \"a\\\\b\"", NULL,
           "n.yaml:1:11: scenario: a name cannot contain '/' or '\\' (names are used as "
           "file names, not paths)");
}

static void test_crisis_names_refused(void **state)
{
    (void)state;
    expect("world: w", "/tmp/x",
           "n.yaml:6:12: crises[0].name: a name cannot contain '/' or '\\' (names are "
           "used as file names, not paths)");
    expect("world: w", "\"x\\ny\"",
           "n.yaml:6:12: crises[0].name: a name cannot contain control characters");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_names),
        cmocka_unit_test(test_scenario_names_refused),
        cmocka_unit_test(test_crisis_names_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
