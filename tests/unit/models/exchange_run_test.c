/*
 * exchange_run_test.c - exchange runs as a user makes them: identical
 * bits for any thread count; the tidy CSV read back equals the engine's
 * measures (the round trip of the new format); a force out of range of
 * every target delivers nothing (a US arsenal given 20 km of range); the
 * capability door on means; China's build-up seen through the time line;
 * the upload case adds warheads up to capacity and no more than the
 * reserve; the areas and capacity tables equal their data files.
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

#include "models/exchange/exchange_int.h"
#include "yokushi/alloc.h"
#include "yokushi/engine.h"
#include "yokushi/report_exchange.h"

static yk_scenario *load(const char *spec)
{
    yk_scenario *s = NULL;
    yk_diag d;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(spec, NULL, &s, &d), YK_OK);
    yk_diag_free(&d);
    return s;
}

static yk_scenario *load_text(const char *text)
{
    yk_scenario *s = NULL;
    yk_diag d;
    yk_diag_init(&d);
    if (yk_scenario_load_buffer("test.yaml", text, strlen(text), NULL, &s, &d))
        fail_msg("%s", d.count ? d.items[0].message : "load failed");
    yk_diag_free(&d);
    return s;
}

static yk_exchange_result *run(const yk_scenario *s, int threads, int year, const char *sides,
                               int64_t reps)
{
    yk_exchange_options o;
    yk_exchange_result *r = NULL;
    yk_error err;
    memset(&o, 0, sizeof o);
    memset(&err, 0, sizeof err);
    o.seed = 7;
    o.threads = threads;
    o.replicates = reps;
    o.year_from = o.year_to = year;
    o.sides = sides;
    if (yk_exchange_run(s, &o, &r, &err))
        fail_msg("run: %s", err.message);
    return r;
}

static char *json_of(const yk_exchange_result *r)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    yk_run_meta m;
    memset(&m, 0, sizeof m);
    m.scenario = m.kind = m.origin = m.sha256 = "t";
    assert_non_null(f);
    assert_int_equal(yk_report_exchange(f, YK_FORMAT_JSON, r, &m), YK_OK);
    fclose(f);
    return buf;
}

static void test_threads_identical(void **state)
{
    yk_scenario *s = load("baseline-2025");
    yk_exchange_result *a, *b;
    char *ja, *jb;
    (void)state;
    a = run(s, 1, 2030, NULL, 100);
    b = run(s, 2, 2030, NULL, 100);
    ja = json_of(a);
    jb = json_of(b);
    assert_string_equal(ja, jb);
    assert_non_null(strstr(ja, "\"pairs\""));
    assert_non_null(strstr(ja, "\"three_body\""));
    assert_non_null(strstr(ja, "\"surviving_warheads\""));
    assert_non_null(strstr(ja, "\"retaliation_delivered\""));
    assert_non_null(strstr(ja, "\"stability_index\""));
    assert_int_equal(yk_exchange_side_count(a), 3);
    free(ja);
    free(jb);
    yk_exchange_result_free(a);
    yk_exchange_result_free(b);
    yk_scenario_free(s);
}

/* ---- CSV round trip through the engine's measures ---------------------- */

typedef struct rows {
    char *csv;     /* cursor into the CSV text, past its header */
    int n, bad;
} rows;

static int compare_row(void *ud, const yk_measure_row *row)
{
    rows *r = ud;
    char line[512], want[512], *nl = strchr(r->csv, '\n');
    char *f[12], *p;
    int k;
    size_t len;
    assert_non_null(nl);
    len = (size_t)(nl - r->csv);
    assert_true(len < sizeof line);
    memcpy(line, r->csv, len);
    line[len] = '\0';
    r->csv = nl + 1;
    /* The tidy table: scenario, SHA-256, seed, version and engine, then
     * the row (measure, id, year, variant, mean, lo, hi). */
    for (k = 0, p = line; k < 12; k++) {
        f[k] = p;
        p = strchr(p, ',');
        if (p)
            *p++ = '\0';
        else
            break;
    }
    assert_int_equal(k, 11);
    snprintf(want, sizeof want, "%d", row->year);
    if (strcmp(f[4], "exchange") || strcmp(f[5], row->measure) || strcmp(f[6], row->id) ||
        strcmp(f[7], want) || strcmp(f[8], row->variant) || strtod(f[9], NULL) != row->mean ||
        strtod(f[10], NULL) != row->lo || strtod(f[11], NULL) != row->hi)
        r->bad++;
    r->n++;
    return 0;
}

/* The report writes no CSV of its own: the engine's is the tidy table. */
static void test_report_has_no_csv(void **state)
{
    yk_scenario *s = load("baseline-2025");
    yk_exchange_result *r = run(s, 1, 2030, NULL, 20);
    FILE *f = tmpfile();
    yk_run_meta m;
    (void)state;
    memset(&m, 0, sizeof m);
    m.scenario = m.kind = m.origin = m.sha256 = "t";
    assert_non_null(f);
    assert_int_equal(yk_report_exchange(f, YK_FORMAT_CSV, r, &m), YK_E_ARG);
    assert_int_equal(ftell(f), 0);
    fclose(f);
    yk_exchange_result_free(r);
    yk_scenario_free(s);
}

static void test_csv_round_trip(void **state)
{
    yk_scenario *s = load("baseline-2025");
    const yk_engine *e = yk_engine_find("exchange");
    yk_run_options *o = yk_run_options_new();
    yk_engine_result *r = NULL;
    yk_measure_row one;
    yk_error err;
    char *csv = NULL;
    size_t len;
    rows rw;
    (void)state;
    memset(&err, 0, sizeof err);
    assert_non_null(e);
    assert_int_equal(yk_run_options_set(o, "replicates", "50", &err), YK_OK);
    assert_int_equal(yk_run_options_set(o, "years", "2025:2026", &err), YK_OK);
    assert_int_equal(yk_engine_run(e, s, o, &r, &err), YK_OK);
    assert_int_equal(yk_engine_result_to_string(r, YK_FORMAT_CSV, &csv, &len), YK_OK);
    assert_true(!strncmp(csv, "scenario,scenario_sha256,seed,version,engine,measure,id,year,"
                              "variant,mean,lo,hi\n", 80));
    rw.csv = strchr(csv, '\n') + 1;
    rw.n = rw.bad = 0;
    assert_int_equal(yk_engine_result_measures(r, compare_row, &rw), YK_OK);
    assert_int_equal(rw.bad, 0);
    assert_int_equal(*rw.csv, '\0');
    /* 3 sides x 2 years + 2 years x 6 pairs x (8 + 2) */
    assert_int_equal(rw.n, 6 + 2 * 6 * 10);
    assert_int_equal(yk_engine_result_measure(r, "residual_warheads", "USA>RUS", 2026, "CHN",
                                              &one), YK_OK);
    assert_true(one.mean > 0);
    yk_free(csv);
    yk_engine_result_free(r);
    yk_run_options_free(o);
    yk_scenario_free(s);
}

/* ---- range ---------------------------------------------------------------- */

static const char short_range[] =
    "scenario: short-range-usa\n"
    "extends: world-2025\n"
    "events:\n"
    "  - year: 2025\n"
    "    event: change\n"
    "    actor: USA\n"
    "    note: every US force given 20 km of range\n"
    "    assumption: test\n"
    "    set:\n"
    "      nuclear.forces.Minuteman-III.range_km: 20\n"
    "      nuclear.forces.Trident-D5LE-W76.range_km: 20\n"
    "      nuclear.forces.Trident-D5LE-W88.range_km: 20\n"
    "      nuclear.forces.Trident-D5LE-W76-2.range_km: 20\n"
    "      nuclear.forces.B-52H.range_km: 20\n"
    "      nuclear.forces.B-2A.range_km: 20\n"
    "      nuclear.forces.B61-12-Europe.range_km: 20\n";

static void test_out_of_range_delivers_nothing(void **state)
{
    yk_scenario *s = load_text(short_range);
    yk_exchange_result *r = run(s, 1, 2025, "USA,RUS,CHN", 64);
    yk_exchange_capability cap;
    yk_error err;
    (void)state;
    /* USA = 0, RUS = 1, CHN = 2 */
    assert_true(yk_exchange_pair(r, 0, 1, 0, YK_XP_FIRST_STRIKE).hi == 0);
    assert_true(yk_exchange_pair(r, 0, 1, 0, YK_XP_DAMAGE_TARGET).hi == 0);
    assert_true(yk_exchange_pair(r, 1, 0, 0, YK_XP_RETALIATION).hi == 0);
    assert_true(yk_exchange_pair(r, 2, 0, 0, YK_XP_RETALIATION).hi == 0);
    assert_true(yk_exchange_three_body(r, 0, 1, 2, 0, false).hi == 0);
    assert_true(yk_exchange_three_body(r, 1, 2, 0, 0, true).hi == 0);
    /* the other sides still strike and reply */
    assert_true(yk_exchange_pair(r, 1, 0, 0, YK_XP_FIRST_STRIKE).mean > 100);
    assert_true(yk_exchange_pair(r, 0, 1, 0, YK_XP_RETALIATION).mean > 100);
    memset(&err, 0, sizeof err);
    assert_int_equal(yk_exchange_capability_of(yk_scenario_world(s), "USA", "RUS", 2025, NULL,
                                               NULL, &cap, &err), YK_OK);
    assert_true(cap.surviving > 0);
    assert_true(cap.deliverable == 0 && cap.delivered == 0 && cap.unstruck_delivered == 0);
    yk_exchange_result_free(r);
    yk_scenario_free(s);
}

/* ---- the capability door, the time line, upload ------------------------- */

static void test_capability_on_means(void **state)
{
    yk_scenario *s = load("world-2025");
    yk_exchange_capability cap;
    yk_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_equal(yk_exchange_capability_of(yk_scenario_world(s), "USA", "RUS", 2025, NULL,
                                               NULL, &cap, &err), YK_OK);
    assert_true(cap.warheads == 1770);
    assert_true(cap.surviving > 300 && cap.surviving < cap.warheads);
    assert_true(cap.delivered > 0 && cap.delivered <= cap.deliverable);
    assert_true(cap.damage > 0 && cap.damage < 1);
    assert_true(cap.unstruck_delivered > cap.delivered);
    assert_int_equal(yk_exchange_capability_of(yk_scenario_world(s), "USA", "XYZ", 2025, NULL,
                                               NULL, &cap, &err), YK_E_NOTFOUND);
    yk_scenario_free(s);
}

static void test_time_line_and_upload(void **state)
{
    yk_scenario *s = load("baseline-2025");
    yk_scenario *u = load_text("scenario: upload\nextends: world-2025\n"
                               "coefficients: {exchange: {upload_share: 1}}\n");
    yk_exchange_result *a = run(s, 1, 2025, "USA,RUS,CHN", 32);
    yk_exchange_result *b = run(s, 1, 2035, "USA,RUS,CHN", 32);
    yk_exchange_result *c = run(u, 1, 2027, "USA,RUS", 32);
    yk_exchange_result *d = run(s, 1, 2027, "USA,RUS", 32);
    double us, ru;
    (void)state;
    assert_true(yk_exchange_warheads(a, 2, 0).mean == 582);
    assert_true(yk_exchange_warheads(b, 2, 0).mean > 1300);
    /* upload: MMIII to 3, D5 to 8, Yars to 4, Bulava to 6, Sineva 4,
     * within each reserve */
    us = yk_exchange_warheads(c, 0, 0).mean - yk_exchange_warheads(d, 0, 0).mean;
    ru = yk_exchange_warheads(c, 1, 0).mean - yk_exchange_warheads(d, 1, 0).mean;
    assert_true(us > 1000 && us <= 1930);
    assert_true(ru > 100 && ru <= 2407);
    yk_exchange_result_free(a);
    yk_exchange_result_free(b);
    yk_exchange_result_free(c);
    yk_exchange_result_free(d);
    yk_scenario_free(s);
    yk_scenario_free(u);
}

/* ---- the tables equal their data files ----------------------------------- */

static FILE *data_file(const char *name)
{
    char path[1024];
    const char *dir = getenv("YK_TEST_DATA"); /* SOURCE/tests/data */
    if (!dir)
        skip();
    snprintf(path, sizeof path, "%s/../../data/%s", dir, name);
    return fopen(path, "r");
}

static void test_tables_match_data(void **state)
{
    char line[512], want[512];
    FILE *f = data_file("exchange-areas.csv");
    size_t i = 0;
    (void)state;
    assert_non_null(f);
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || !strncmp(line, "state,", 6))
            continue;
        line[strcspn(line, "\n")] = '\0';
        assert_true(i < yk_xc_n_areas);
        snprintf(want, sizeof want, "%s,%s,%s,%.1f,%.1f,%s", yk_xc_areas[i].state,
                 yk_xc_areas[i].kind, yk_xc_areas[i].name, yk_xc_areas[i].lat,
                 yk_xc_areas[i].lon, yk_xc_areas[i].source);
        assert_string_equal(line, want);
        i++;
    }
    fclose(f);
    assert_int_equal(i, yk_xc_n_areas);
    f = data_file("exchange-capacity.csv");
    assert_non_null(f);
    i = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || !strncmp(line, "state,", 6))
            continue;
        line[strcspn(line, "\n")] = '\0';
        assert_true(i < yk_xc_n_capacity_rows);
        snprintf(want, sizeof want, "%s,%s,%d,%s", yk_xc_capacity_rows[i].state,
                 yk_xc_capacity_rows[i].force, yk_xc_capacity_rows[i].max_warheads,
                 yk_xc_capacity_rows[i].source);
        assert_string_equal(line, want);
        i++;
    }
    fclose(f);
    assert_int_equal(i, yk_xc_n_capacity_rows);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_threads_identical),
        cmocka_unit_test(test_report_has_no_csv),
        cmocka_unit_test(test_csv_round_trip),
        cmocka_unit_test(test_out_of_range_delivers_nothing),
        cmocka_unit_test(test_capability_on_means),
        cmocka_unit_test(test_time_line_and_upload),
        cmocka_unit_test(test_tables_match_data),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
