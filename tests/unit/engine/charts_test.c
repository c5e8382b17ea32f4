/*
 * charts_test.c - charts of engine results (report_html.h): the generic
 * charts from measures rows for any engine without its own (line
 * charts of the subjects that move most, bars by subject and variant),
 * the crisis engine's bars with and without T's bomb (their numbers are
 * the result's measures), the cascade's fan chart (its legend ranks the
 * states by their last-year probability), and a study that has none.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine_int.h"
#include "yokushi/alloc.h"
#include "yokushi/report_html.h"

#define MAX_SEEN 16

typedef struct seen {
    size_t n;
    char name[MAX_SEEN][64];
    char *svg[MAX_SEEN];
    size_t series[MAX_SEEN], points[MAX_SEEN];
    int stop_after; /* 0: never */
} seen;

static int collect(void *ud, const char *name, const yk_chart *c)
{
    seen *s = ud;
    assert_true(s->n < MAX_SEEN);
    snprintf(s->name[s->n], sizeof s->name[0], "%s", name);
    assert_int_equal(yk_chart_svg(c, false, &s->svg[s->n], NULL), YK_OK);
    s->series[s->n] = yk_chart_series_count(c);
    s->points[s->n] = yk_chart_point_count(c);
    s->n++;
    return s->stop_after && (int)s->n >= s->stop_after;
}

static void seen_free(seen *s)
{
    size_t i;
    for (i = 0; i < s->n; i++)
        yk_free(s->svg[i]);
}

/* ---- generic charts from rows -------------------------------------------- */

/* Ten subjects over three years, subject k at k/10 rising by k/1000 a
 * year, except subject 0, which rises most (0.2 a year); then one
 * measure without years: two subjects by two variants. */
static yk_status fake_rows(const void *data, yk_measure_fn fn, void *ud)
{
    char id[8];
    int k, y;
    (void)data;
    for (k = 0; k < 10; k++)
        for (y = 0; y < 3; y++) {
            yk_measure_row r = {"p", id, 2030 + y, "", 0, 0, 0};
            snprintf(id, sizeof id, "S%d", k);
            r.mean = k == 0 ? 0.2 * y : k / 10.0 + 0.001 * k * y;
            r.lo = r.mean - 0.01;
            r.hi = r.mean + 0.01;
            if (fn(ud, &r))
                return YK_E_INTERRUPTED;
        }
    for (k = 0; k < 4; k++) {
        yk_measure_row r = {"q", k < 2 ? "A" : "B", 0, k % 2 ? "alt" : "", 0.25 * k, NAN, NAN};
        if (fn(ud, &r))
            return YK_E_INTERRUPTED;
    }
    return YK_OK;
}

static void test_generic(void **state)
{
    seen s;
    (void)state;
    memset(&s, 0, sizeof s);
    assert_int_equal(yk_charts_from_measures(fake_rows, NULL, collect, &s), YK_OK);
    assert_int_equal(s.n, 2);
    /* p: a line chart of eight of the ten: scores are peak + range, so
     * S0 (0.4 + 0.4) and S9..S3 (k/10 + 0.004k) are drawn, S1, S2 not */
    assert_string_equal(s.name[0], "p");
    assert_int_equal(s.series[0], 8);
    assert_int_equal(s.points[0], 24);
    assert_non_null(strstr(s.svg[0], ">p by year</text>"));
    assert_non_null(strstr(s.svg[0], ">S0</text>"));
    assert_non_null(strstr(s.svg[0], ">S3</text>"));
    assert_null(strstr(s.svg[0], ">S2</text>"));
    assert_null(strstr(s.svg[0], ">S1</text>"));
    assert_non_null(strstr(s.svg[0], "8 of 10 subjects shown"));
    /* q: bars, subjects A and B by variants "" (estimate) and alt */
    assert_string_equal(s.name[1], "q");
    assert_int_equal(s.series[1], 2);
    assert_int_equal(s.points[1], 4);
    assert_non_null(strstr(s.svg[1], "<title>alt, B: 0.75</title>"));
    assert_non_null(strstr(s.svg[1], "<title>estimate, A: 0</title>"));
    seen_free(&s);

    /* the callback stops the walk */
    memset(&s, 0, sizeof s);
    s.stop_after = 1;
    assert_int_equal(yk_charts_from_measures(fake_rows, NULL, collect, &s), YK_E_INTERRUPTED);
    assert_int_equal(s.n, 1);
    seen_free(&s);
}

/* An engine new to the table that lists measures and draws nothing
 * itself: the report draws its rows, and the page shows them. */
static void test_new_engine(void **state)
{
    yk_engine fake;
    yk_engine_result r;
    yk_scenario *s = NULL;
    yk_html_report *h;
    yk_diag d;
    char *page;
    size_t n = 0;
    const char *p;
    seen c;
    (void)state;
    memset(&fake, 0, sizeof fake);
    fake.name = "ladder";
    fake.measures = fake_rows;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load("ukraine-2022", NULL, &s, &d), YK_OK);
    yk_diag_free(&d);
    memset(&r, 0, sizeof r);
    r.engine = &fake;
    r.scenario = s;
    r.seed = 7;
    memset(&c, 0, sizeof c);
    assert_int_equal(yk_engine_result_charts(&r, collect, &c), YK_OK);
    assert_int_equal(c.n, 2);
    seen_free(&c);

    h = yk_html_report_new("t", "yokushi report ukraine-2022 -o t.html");
    assert_non_null(h);
    assert_int_equal(yk_html_report_scenario(h, s), YK_OK);
    assert_int_equal(yk_html_report_result(h, &r, NULL, NULL, NULL), YK_OK);
    assert_int_equal(yk_html_report_finish(h, &page, NULL), YK_OK);
    for (p = page; (p = strstr(p, "<figure")) != NULL; p++)
        n++;
    assert_int_equal(n, 2);
    assert_non_null(strstr(page, "<h3>ladder</h3>"));
    assert_non_null(strstr(page, "seed <b>7</b>"));
    assert_non_null(strstr(page, "No text output."));
    /* the headline rows: p at its last year (2032) beside its first, for
     * the eight subjects that move most (S0 by 0.4, then S9..S3 by
     * 0.002k); q without a year, every row */
    assert_non_null(strstr(page, "<td>p</td><td>S0</td><td></td><td>2032</td>"
                                 "<td class=\"num\">0.400</td><td class=\"num\">[0.390, 0.410]"
                                 "</td><td class=\"num\">0.000</td>"));
    assert_non_null(strstr(page, "<td>p</td><td>S3</td>"));
    assert_null(strstr(page, "<td>p</td><td>S2</td>"));
    assert_null(strstr(page, "<td>p</td><td>S1</td>"));
    assert_null(strstr(page, "<td>2031</td>"));
    assert_non_null(strstr(page, "<td>q</td><td>B</td><td>alt</td><td></td>"));
    /* a whole number without an interval prints as one (a count) */
    assert_non_null(strstr(page, "<td>q</td><td>A</td><td></td><td></td><td class=\"num\">0</td>"));
    assert_non_null(strstr(page, "<td>q</td><td>A</td><td>alt</td><td></td><td class=\"num\">0.250</td>"));
    assert_non_null(strstr(page, "2 rows that move less are left out"));
    yk_free(page);
    yk_html_report_free(h);
    yk_scenario_free(s);
}

/* ---- engine results ------------------------------------------------------ */

/* The names of a result's measures, each counted once. */
typedef struct names_seen {
    const char *name[64];
    int n;
} names_seen;

static int count_name(void *ud, const yk_measure_row *row)
{
    names_seen *ns = ud;
    int i;
    for (i = 0; i < ns->n; i++)
        if (!strcmp(ns->name[i], row->measure))
            return 0;
    assert_true(ns->n < 64);
    ns->name[ns->n++] = row->measure; /* the result's own strings */
    return 0;
}

static int distinct_measures(const yk_engine_result *r)
{
    names_seen ns;
    ns.n = 0;
    assert_int_equal(yk_engine_result_measures(r, count_name, &ns), YK_OK);
    return ns.n;
}

static yk_engine_result *run(const char *scenario, const char *engine, const char *opt,
                             const char *value, yk_scenario **s)
{
    yk_run_options *o = yk_run_options_new();
    yk_engine_result *r = NULL;
    yk_diag d;
    yk_error err;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(scenario, NULL, s, &d), YK_OK);
    yk_diag_free(&d);
    assert_int_equal(yk_run_options_set(o, "replicates", "400", &err), YK_OK);
    if (opt)
        assert_int_equal(yk_run_options_set(o, opt, value, &err), YK_OK);
    assert_int_equal(yk_engine_run(yk_engine_find(engine), *s, o, &r, &err), YK_OK);
    yk_run_options_free(o);
    return r;
}

/* The crisis bars hold the result's own numbers: the title of each bar
 * says the value the measures give, to four decimals. */
static void test_crisis_bars(void **state)
{
    yk_scenario *s;
    yk_engine_result *r = run("ukraine-nuclear", "crisis", NULL, NULL, &s);
    yk_measure_row m;
    char want[128];
    seen c;
    (void)state;
    memset(&c, 0, sizeof c);
    assert_int_equal(yk_engine_result_charts(r, collect, &c), YK_OK);
    assert_int_equal(c.n, 1);
    assert_string_equal(c.name[0], "ukraine-2022");
    assert_int_equal(c.series[0], 2);
    assert_non_null(strstr(c.svg[0], "RUS attacks UKR, patron USA"));
    assert_non_null(strstr(c.svg[0], ">as given (T nuclear)</text>"));
    assert_non_null(strstr(c.svg[0], ">T without the bomb</text>"));
    assert_int_equal(yk_engine_result_measure(r, "p_attack", "ukraine-2022", 0, "", &m), YK_OK);
    snprintf(want, sizeof want, "as given (T nuclear), P(attack): %.4f", m.mean);
    /* %.4f keeps trailing zeros the chart drops: compare up to them */
    while (want[strlen(want) - 1] == '0')
        want[strlen(want) - 1] = '\0';
    if (want[strlen(want) - 1] == '.')
        want[strlen(want) - 1] = '\0';
    snprintf(want + strlen(want), sizeof want - strlen(want), " [");
    assert_non_null(strstr(c.svg[0], want));
    seen_free(&c);

    /* the generic fallback on the same result: one bar chart per measure */
    memset(&c, 0, sizeof c);
    assert_int_equal(yk_charts_from_measures((yk_measure_walk)yk_engine_result_measures, r,
                                             collect, &c),
                     YK_OK);
    /* one per measure, at most 16 (src/engine/charts.c MAX_CHARTS) */
    assert_int_equal(c.n, distinct_measures(r) < 16 ? distinct_measures(r) : 16);
    assert_string_equal(c.name[0], "p_attack");
    assert_non_null(strstr(c.svg[0], ">without_bomb</text>"));
    seen_free(&c);
    yk_engine_result_free(r);
    yk_scenario_free(s);
}

/* A sweep is one chart of curves; a study at the means has none. */
static void test_crisis_sweep_and_study(void **state)
{
    yk_scenario *s;
    yk_engine_result *r = run("ukraine-nuclear", "crisis", "vary", "devaluation_weight=0:10:11", &s);
    seen c;
    (void)state;
    memset(&c, 0, sizeof c);
    assert_int_equal(yk_engine_result_charts(r, collect, &c), YK_OK);
    assert_int_equal(c.n, 1);
    assert_string_equal(c.name[0], "vary");
    assert_int_equal(c.series[0], 5);
    /* the first switch of the equilibrium at the means (yokushi crisis
     * ukraine-nuclear --vary devaluation_weight=0:10:11: 5.8778329 since the
     * hesitant type weighs devaluation at hesitancy, 3.7106595 after the
     * ladder wiring, 4.6475348 before) is marked */
    assert_non_null(strstr(c.svg[0], "class=\"marker\""));
    assert_non_null(strstr(c.svg[0], ">5.878</text>"));
    seen_free(&c);
    yk_engine_result_free(r);
    yk_scenario_free(s);

    r = run("ukraine-2022", "crisis", "signal", NULL, &s);
    memset(&c, 0, sizeof c);
    assert_int_equal(yk_engine_result_charts(r, collect, &c), YK_E_ARG);
    assert_int_equal(c.n, 0);
    yk_engine_result_free(r);
    yk_scenario_free(s);
}

typedef struct best {
    int last;
    char id[16];
    double p;
} best;

static int last_year(void *ud, const yk_measure_row *row)
{
    best *b = ud;
    if (row->year > b->last)
        b->last = row->year;
    return 0;
}

/* The state most likely nuclear-armed by the last year among those not
 * armed at the start (p 0 in the first year). */
static int top_state(void *ud, const yk_measure_row *row)
{
    best *b = ud;
    if (!strcmp(row->measure, "p_nuclear_by_year") && row->year == b->last && row->mean < 1 &&
        row->mean > b->p) {
        b->p = row->mean;
        snprintf(b->id, sizeof b->id, "%s", row->id);
    }
    return 0;
}

static void test_cascade(void **state)
{
    yk_scenario *s;
    yk_engine_result *r = run("neglect-2025", "cascade", "years", "2025:2035", &s);
    best b = {0, "", -1};
    char want[64];
    const char *legend;
    seen c;
    (void)state;
    memset(&c, 0, sizeof c);
    assert_int_equal(yk_engine_result_charts(r, collect, &c), YK_OK);
    assert_int_equal(c.n, 4);
    assert_string_equal(c.name[0], "p_nuclear");
    assert_string_equal(c.name[1], "credibility");
    assert_string_equal(c.name[2], "expected_nuclear_states");
    assert_string_equal(c.name[3], "npt_health");
    assert_int_equal(c.series[0], 8);
    assert_int_equal(c.points[0], 8 * 11);
    assert_int_equal(c.series[2], 1);
    assert_int_equal(yk_engine_result_measures(r, last_year, &b), YK_OK);
    assert_int_equal(yk_engine_result_measures(r, top_state, &b), YK_OK);
    snprintf(want, sizeof want, "class=\"legend\">%s</text>", b.id);
    legend = strstr(c.svg[0], "class=\"legend\">");
    assert_non_null(legend);
    assert_ptr_equal(strstr(c.svg[0], want), legend);
    seen_free(&c);
    yk_engine_result_free(r);
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_generic),
        cmocka_unit_test(test_new_engine),
        cmocka_unit_test(test_crisis_bars),
        cmocka_unit_test(test_crisis_sweep_and_study),
        cmocka_unit_test(test_cascade),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
