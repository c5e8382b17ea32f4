/*
 * compare_test.c - allocation failure in yk_compare_run (compare.h) and
 * the tidy CSV writer: every Nth allocation fails (support/failalloc.h):
 * YK_E_NOMEM with its message, no leak, no crash, and a run that
 * succeeds prints what the run without failure printed.
 * yk-test: long (41 s on an idle machine: a crisis set-up, with the
 * ladder's and the exchange's, per allocation failed)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "failalloc.h"
#include "yokushi/compare.h"
#include "yokushi/tidy.h"

typedef struct compare_case {
    const yk_scenario *a, *b;
    yk_format format;
} compare_case;

static yk_scenario *load(const char *name)
{
    yk_scenario *s = NULL;
    yk_diag d;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(name, NULL, &s, &d), YK_OK);
    yk_diag_free(&d);
    return s;
}

static yk_status run_compare(void *ctx, FILE *out, yk_error *err)
{
    compare_case *c = ctx;
    yk_run_options *o = yk_run_options_new();
    yk_compare *r = NULL;
    yk_status st;
    if (!o)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    st = yk_run_options_set(o, "replicates", "40", err);
    if (!st)
        st = yk_run_options_set(o, "threads", "1", err);
    if (!st)
        st = yk_compare_run(yk_engine_find("crisis"), c->a, c->b, o, 2, &r, err);
    yk_run_options_free(o);
    if (st)
        return st;
    st = yk_compare_write(r, c->format, out);
    yk_compare_free(r);
    return st;
}

/* An engine run and its tidy CSV. */
static yk_status run_tidy(void *ctx, FILE *out, yk_error *err)
{
    compare_case *c = ctx;
    yk_run_options *o = yk_run_options_new();
    yk_engine_result *r = NULL;
    yk_status st;
    if (!o)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    st = yk_run_options_set(o, "replicates", "40", err);
    if (!st)
        st = yk_engine_run(yk_engine_find("crisis"), c->a, o, &r, err);
    yk_run_options_free(o);
    if (st)
        return st;
    st = yk_engine_result_write(r, YK_FORMAT_CSV, out);
    yk_engine_result_free(r);
    return st;
}

static void compare_fails_cleanly(void **state)
{
    yk_scenario *a = load("ukraine-2022"), *b = load("ukraine-nuclear");
    compare_case c = {a, b, YK_FORMAT_CSV};
    fa_summary sum;
    (void)state;
    fa_check("compare ukraine-2022 ukraine-nuclear --format csv", run_compare, &c, 1, &sum);
    assert_true(sum.failed > 0);
    c.format = YK_FORMAT_JSON;
    fa_check("compare --format json", run_compare, &c, 3, &sum);
    fa_check("crisis --format csv (tidy)", run_tidy, &c, 1, &sum);
    yk_scenario_free(a);
    yk_scenario_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(compare_fails_cleanly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
