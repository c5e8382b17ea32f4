/*
 * report_test.c - allocation failure in the report's new entry points
 * (chart.h, report_html.h): building a chart and writing its SVG, the
 * generic charts from measures rows, and a whole HTML page of a crisis
 * and a cascade result. For every N the Nth allocation fails
 * (support/failalloc.h): YK_E_NOMEM, no leak, no crash, and a run that
 * succeeds writes what the run without failure wrote. The results are
 * computed once, outside the loop (engine_test.c fails the engines).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "failalloc.h"
#include "yokushi/alloc.h"
#include "yokushi/report_html.h"

/* The status of a run, with the message the harness expects. */
static yk_status outcome(yk_status st, yk_error *err)
{
    if (st == YK_E_NOMEM)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory");
    return st ? yk_error_set(err, st, NULL, 0, 0, NULL, "failed") : YK_OK;
}

static yk_status run_chart(void *ctx, FILE *out, yk_error *err)
{
    yk_chart *c = yk_chart_new(YK_CHART_LINES, "P by year");
    yk_status st = YK_OK;
    size_t s, k;
    int y;
    (void)ctx;
    if (!c)
        return outcome(YK_E_NOMEM, err);
    st = yk_chart_labels(c, "year", "P");
    if (!st)
        st = yk_chart_note(c, "a note");
    for (k = 0; k < 3 && !st; k++) {
        st = yk_chart_series(c, k ? "B" : "A", &s);
        for (y = 0; y < 40 && !st; y++)
            st = yk_chart_point(c, s, 2025 + y, 0.01 * y * (double)(k + 1), 0, 0.5);
    }
    if (!st)
        st = yk_chart_marker(c, 2030, "x");
    if (!st)
        st = yk_chart_write_svg(c, true, out);
    yk_chart_free(c);
    return outcome(st, err);
}

typedef struct results {
    const yk_scenario *crisis_s, *cascade_s;
    const yk_engine_result *crisis, *cascade;
} results;

static int write_svg(void *ud, const char *name, const yk_chart *c)
{
    FILE *out = ud;
    fprintf(out, "%s\n", name);
    return yk_chart_write_svg(c, false, out) != YK_OK;
}

static yk_status walk(const void *data, yk_measure_fn fn, void *ud)
{
    return yk_engine_result_measures(data, fn, ud);
}

static yk_status run_generic(void *ctx, FILE *out, yk_error *err)
{
    const results *r = ctx;
    yk_status st = yk_charts_from_measures(walk, r->cascade, write_svg, out);
    /* a failed write stops the walk: the writer's NOMEM */
    return outcome(st == YK_E_INTERRUPTED ? YK_E_NOMEM : st, err);
}

static yk_status run_page(void *ctx, FILE *out, yk_error *err)
{
    const results *r = ctx;
    yk_html_report *h = yk_html_report_new("a page", "yokushi report x");
    char *page = NULL;
    size_t len = 0;
    yk_status st;
    if (!h)
        return outcome(YK_E_NOMEM, err);
    st = yk_html_report_scenario(h, r->crisis_s);
    if (!st)
        st = yk_html_report_result(h, r->crisis, "crisis", NULL, NULL);
    if (!st)
        st = yk_html_report_scenario(h, r->cascade_s);
    if (!st)
        st = yk_html_report_note(h, "a note");
    if (!st)
        st = yk_html_report_result(h, r->cascade, "cascade", NULL, NULL);
    if (!st)
        st = yk_html_report_finish(h, &page, &len);
    if (!st)
        fwrite(page, 1, len, out);
    yk_free(page);
    yk_html_report_free(h);
    return outcome(st, err);
}

static yk_engine_result *run(const char *name, const char *engine, const char *years,
                             yk_scenario **s)
{
    yk_run_options *o = yk_run_options_new();
    yk_engine_result *r = NULL;
    yk_diag d;
    yk_error err;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(name, NULL, s, &d), YK_OK);
    yk_diag_free(&d);
    assert_int_equal(yk_run_options_set(o, "replicates", "200", &err), YK_OK);
    assert_int_equal(yk_run_options_set(o, "threads", "1", &err), YK_OK);
    if (years)
        assert_int_equal(yk_run_options_set(o, "years", years, &err), YK_OK);
    assert_int_equal(yk_engine_run(yk_engine_find(engine), *s, o, &r, &err), YK_OK);
    yk_run_options_free(o);
    return r;
}

static void test_report_alloc(void **state)
{
    yk_scenario *a, *b;
    yk_engine_result *ra = run("ukraine-nuclear", "crisis", NULL, &a);
    yk_engine_result *rb = run("neglect-2025", "cascade", "2025:2030", &b);
    results r = {a, b, ra, rb};
    fa_summary sum;
    (void)state;
    fa_check("chart", run_chart, NULL, 1, &sum);
    assert_true(sum.failed > 0);
    fa_check("generic charts", run_generic, &r, 1, &sum);
    assert_true(sum.failed > 0);
    fa_check("html page", run_page, &r, 1, &sum);
    assert_true(sum.failed > 0);
    yk_engine_result_free(ra);
    yk_engine_result_free(rb);
    yk_scenario_free(a);
    yk_scenario_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_report_alloc),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
