/*
 * tidy_test.c - the tidy long table of `--format csv` (tidy.h): the
 * schema is pinned (a change breaks every reader, so it is a decision,
 * not an accident); every row of the CSV reads back to the measure row it
 * came from, to the last bit (the numbers' shortest round-trip text);
 * undefined numbers are empty fields; and the paired comparison
 * (compare.h) of a scenario with itself is exactly zero.
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

#include "core/alloc.h"
#include "yokushi/compare.h"
#include "yokushi/engine.h"
#include "yokushi/tidy.h"

static yk_scenario *load(const char *name)
{
    yk_scenario *s = NULL;
    yk_diag d;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(name, NULL, &s, &d), YK_OK);
    yk_diag_free(&d);
    return s;
}

static yk_engine_result *run(const char *engine, const yk_scenario *s, const char *reps,
                             const char *opt, const char *value)
{
    yk_run_options *o = yk_run_options_new();
    yk_engine_result *r = NULL;
    yk_error err;
    memset(&err, 0, sizeof err);
    assert_non_null(o);
    assert_int_equal(yk_run_options_set(o, "replicates", reps, &err), YK_OK);
    assert_int_equal(yk_run_options_set(o, "threads", "1", &err), YK_OK);
    if (opt)
        assert_int_equal(yk_run_options_set(o, opt, value, &err), YK_OK);
    assert_int_equal(yk_engine_run(yk_engine_find(engine), s, o, &r, &err), YK_OK);
    yk_run_options_free(o);
    return r;
}

static void schema_is_pinned(void **state)
{
    static const char want[] =
        "scenario,scenario_sha256,seed,version,engine,measure,id,year,variant,mean,lo,hi\n";
    char *buf = NULL;
    size_t len = 0, i;
    FILE *f = open_memstream(&buf, &len);
    (void)state;
    assert_int_equal(yk_tidy_write_header(f), YK_OK);
    fclose(f);
    assert_string_equal(buf, want);
    free(buf);
    for (i = 0; i < YK_TIDY_COLUMNS; i++)
        assert_non_null(yk_tidy_column(i));
    assert_null(yk_tidy_column(YK_TIDY_COLUMNS));
}

/* The CSV's rows, split on commas (the built-ins' names hold none). */
typedef struct parsed {
    char *fields[4096][YK_TIDY_COLUMNS];
    size_t n;
    char *buf;
} parsed;

static void parse(parsed *p, char *buf)
{
    char *line = buf, *next;
    p->n = 0;
    p->buf = buf;
    line = strchr(line, '\n') + 1; /* the header */
    for (; *line; line = next) {
        size_t k = 0;
        char *c = line;
        next = strchr(line, '\n');
        *next++ = '\0';
        assert_true(p->n < 4096);
        for (;;) {
            char *comma = strchr(c, ',');
            p->fields[p->n][k++] = c;
            if (!comma)
                break;
            *comma = '\0';
            c = comma + 1;
        }
        assert_int_equal(k, YK_TIDY_COLUMNS);
        p->n++;
    }
}

typedef struct check_walk {
    parsed *p;
    size_t i;
    const yk_scenario *s;
} check_walk;

static void same_number(const char *text, double v)
{
    if (isnan(v)) {
        assert_string_equal(text, "");
    } else {
        char *end;
        double back = strtod(text, &end);
        assert_true(*text && !*end);
        assert_memory_equal(&back, &v, sizeof v); /* to the bit */
    }
}

static int check_row(void *ud, const yk_measure_row *row)
{
    check_walk *w = ud;
    char **f = w->p->fields[w->i++];
    char year[16];
    assert_string_equal(f[0], yk_scenario_name(w->s));
    assert_string_equal(f[1], yk_scenario_sha256(w->s));
    assert_string_equal(f[5], row->measure);
    assert_string_equal(f[6], row->id);
    snprintf(year, sizeof year, "%d", row->year);
    assert_string_equal(f[7], row->year ? year : "");
    assert_string_equal(f[8], row->variant);
    same_number(f[9], row->mean);
    same_number(f[10], row->lo);
    same_number(f[11], row->hi);
    return 0;
}

static void round_trip(const char *engine, const char *scenario, const char *opt,
                       const char *value)
{
    yk_scenario *s = load(scenario);
    yk_engine_result *r = run(engine, s, "200", opt, value);
    static parsed p;
    check_walk w = {&p, 0, s};
    char *buf = NULL;
    assert_int_equal(yk_engine_result_to_string(r, YK_FORMAT_CSV, &buf, NULL), YK_OK);
    parse(&p, buf);
    assert_true(p.n > 0);
    assert_int_equal(yk_engine_result_measures(r, check_row, &w), YK_OK);
    assert_int_equal(w.i, p.n);
    yk_free(buf);
    yk_engine_result_free(r);
    yk_scenario_free(s);
}

static void crisis_rows_read_back(void **state)
{
    (void)state;
    /* ukraine-nuclear: p_defend_given_attack is undefined (no draw
     * attacks), an empty field */
    round_trip("crisis", "ukraine-nuclear", NULL, NULL);
    round_trip("crisis", "ukraine-2022", "vary", "kappa=0:1:6");
}

static void cascade_rows_read_back(void **state)
{
    (void)state;
    round_trip("cascade", "neglect-2025", "years", "2025:2030");
}

/* Every engine's CSV is the tidy table: the header is the schema's. */
static void every_engine_writes_the_schema(void **state)
{
    static const char *const scen[] = {"ukraine-2022", "neglect-2025"};
    size_t i;
    (void)state;
    for (i = 0; i < yk_engine_count(); i++) {
        const char *name = yk_engine_name(yk_engine_at(i));
        yk_scenario *s = load(scen[!strcmp(name, "cascade")]);
        /* sweep needs its axis; sensitivity runs on a test function (as in
         * table_test.c: over every uncertain input it would take ~20 s) */
        int sweep = !strcmp(name, "sweep"), sens = !strcmp(name, "sensitivity");
        yk_engine_result *r = run(name, s, "50",
                                  sweep ? "set" : sens ? "test-function" : NULL,
                                  sweep ? "hesitancy=0.2:0.8:3" : sens ? "ishigami" : NULL);
        char *buf = NULL;
        assert_int_equal(yk_engine_result_to_string(r, YK_FORMAT_CSV, &buf, NULL), YK_OK);
        assert_true(!strncmp(buf, "scenario,scenario_sha256,seed,version,engine,", 45));
        yk_free(buf);
        yk_engine_result_free(r);
        yk_scenario_free(s);
    }
}

/* A scenario against itself: both runs draw alike, so every difference
 * and both ends of its paired interval are 0; the unpaired interval is
 * not (where the measure varies between batches). */
static void compare_with_itself_is_zero(void **state)
{
    yk_scenario *s = load("ukraine-2022");
    yk_run_options *o = yk_run_options_new();
    yk_compare *c = NULL;
    yk_error err;
    size_t i, wider = 0;
    (void)state;
    memset(&err, 0, sizeof err);
    yk_run_options_set(o, "replicates", "400", &err);
    assert_int_equal(yk_compare_run(yk_engine_find("crisis"), s, s, o, 4, &c, &err), YK_OK);
    assert_true(yk_compare_count(c) > 10);
    assert_int_equal(yk_compare_replicates(c), 400);
    for (i = 0; i < yk_compare_count(c); i++) {
        const yk_compare_row *r = yk_compare_at(c, i);
        if (isnan(r->a))
            continue;
        assert_true(r->diff == 0 && r->lo == 0 && r->hi == 0);
        wider += r->unpaired_hi > 0;
    }
    assert_true(wider > 0);
    assert_int_equal(yk_compare_keep(c, "p_attack", NULL, 0), 2);
    yk_compare_free(c);
    yk_run_options_free(o);
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(schema_is_pinned),
        cmocka_unit_test(crisis_rows_read_back),
        cmocka_unit_test(cascade_rows_read_back),
        cmocka_unit_test(every_engine_writes_the_schema),
        cmocka_unit_test(compare_with_itself_is_zero),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
