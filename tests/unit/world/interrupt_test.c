/*
 * interrupt_test.c - yk_load_options.stop is polled while loading: a stop
 * requested at any point of a load (parsing, extends, the time line,
 * conversion, the fingerprint) ends it with YK_E_INTERRUPTED and one
 * "interrupted" message, and frees everything. Before, a load ran to its
 * end whatever the flag said (Ctrl-C was swallowed while loading).
 *
 * The flag is raised from inside the allocator at its Nth call, for N
 * across the whole load, so every phase sees it set mid-way.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "budget_alloc.h"
#include "yokushi/alloc.h"
#include "yokushi/scenario.h"

/* A scenario on the built-in world with events after its year, so the
 * loader also builds the later world. */
static const char YAML[] =
    "scenario: stop\n"
    "extends: world-2025\n"
    "events:\n"
    "  - {year: 2030, event: change, actor: JPN, set: {resolve: 0.7}}\n";

/* Loads YAML with the flag raised at allocation raise_at (0: never);
 * returns the status, checks the messages and that nothing leaks. */
static yk_status load_stopped_at(size_t raise_at, size_t *calls)
{
    volatile int stop = 0;
    budget b = {.raise_at = raise_at, .flag = &stop};
    yk_load_options opt = {.allow_files = false, .stop = &stop};
    yk_scenario *s = NULL;
    yk_diag d;
    yk_status st;
    char line[512];
    yk_set_allocator(budget_alloc, &b);
    yk_diag_init(&d);
    st = yk_scenario_load_buffer("stop.yaml", YAML, strlen(YAML), &opt, &s, &d);
    if (st == YK_E_INTERRUPTED) {
        size_t i, n = 0;
        for (i = 0; i < d.count; i++)
            n += d.items[i].status == YK_E_INTERRUPTED;
        if (n != 1 || s) {
            yk_set_allocator(NULL, NULL);
            fail_msg("stopped at call %zu: %zu \"interrupted\" messages", raise_at, n);
        }
        for (i = 0; i < d.count; i++) {
            yk_error_format(&d.items[i], line, sizeof line);
            if (d.items[i].status == YK_E_INTERRUPTED && !strstr(line, "interrupted")) {
                yk_set_allocator(NULL, NULL);
                fail_msg("stopped at call %zu: \"%s\"", raise_at, line);
            }
        }
    }
    yk_scenario_free(s);
    yk_diag_free(&d);
    yk_set_allocator(NULL, NULL);
    if (b.live)
        fail_msg("stopped at call %zu: %zu bytes leaked", raise_at, b.live);
    *calls = b.calls;
    return st;
}

static void test_stop_before_loading(void **state)
{
    volatile int stop = 1;
    yk_load_options opt = {.allow_files = false, .stop = &stop};
    yk_scenario *s = NULL;
    yk_diag d;
    char line[512];
    (void)state;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load("world-2025", &opt, &s, &d), YK_E_INTERRUPTED);
    assert_null(s);
    assert_int_equal(d.count, 1);
    yk_error_format(&d.items[0], line, sizeof line);
    assert_string_equal(line, "builtin:world-2025: interrupted");
    yk_diag_free(&d);
}

static void test_stop_anywhere_in_a_load(void **state)
{
    size_t total, calls, at, step;
    (void)state;
    assert_int_equal(load_stopped_at(0, &total), YK_OK);
    assert_true(total > 10);
    /* Every call up to 200, else 200 points spread over the load; and the
     * last call. */
    step = total / 200 + 1;
    for (at = 1; at <= total; at += step)
        if (load_stopped_at(at, &calls) != YK_E_INTERRUPTED)
            fail_msg("a stop at allocation %zu of %zu was not seen", at, total);
    assert_int_equal(load_stopped_at(total, &calls), YK_E_INTERRUPTED);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stop_before_loading),
        cmocka_unit_test(test_stop_anywhere_in_a_load),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
