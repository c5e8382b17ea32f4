/*
 * load_options_test.c - a scenario does not keep pointers into the
 * caller's yk_load_options: the engine names and coefficient specs may be
 * freed (or be a stack array gone out of scope, as the CLI's were) right
 * after the load, and a later yk_scenario_world_at, which validates again,
 * still sees them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yokushi/cascade.h"
#include "yokushi/scenario.h"
#include "yokushi/world.h"

static const char text[] =
    "scenario: opts\n"
    "extends: baseline-2025\n"
    "run: {engines: [cascade]}\n"
    "coefficients: {cascade: {hazard_threat: {uniform: [1, 2]}}}\n";

static void test_options_need_not_outlive_the_load(void **state)
{
    size_t n = 64, i;
    yk_coefficient_spec *specs = calloc(n, sizeof *specs);
    char *name = malloc(16);
    const char **engines = calloc(2, sizeof *engines);
    yk_load_options opt = {.allow_files = false};
    yk_scenario *s = NULL;
    yk_world w;
    yk_diag d;
    (void)state;
    assert_non_null(specs);
    assert_non_null(name);
    assert_non_null(engines);
    n = 0;
    for (i = 0; i < YK_CC_COUNT; i++)
        specs[n++] = yk_cascade_coef_specs()[i];
    snprintf(name, 16, "cascade");
    engines[0] = name;
    opt.engines = engines;
    opt.coefficients = specs;
    opt.n_coefficients = n;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load_buffer("opts.yaml", text, sizeof text - 1, &opt, &s, &d),
                     YK_OK);
    /* The caller's memory changes after the load. */
    memset(specs, 0x5a, 64 * sizeof *specs);
    snprintf(name, 16, "garbage");
    free(specs);
    free(name);
    free(engines);
    memset(&w, 0, sizeof w);
    assert_int_equal(yk_scenario_world_at(s, 2030, &w, &d), YK_OK);
    assert_int_equal(d.count, 0);
    yk_world_free(&w);
    yk_diag_free(&d);
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_options_need_not_outlive_the_load),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
