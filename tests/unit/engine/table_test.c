/*
 * table_test.c - the engine contract (engine.h): every engine in the
 * table is complete, options are checked when set, and the document a
 * result writes is the program's byte for byte (the program's output is
 * read through YK_CLI, the built binary, which CMake passes).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine_int.h"
#include "failalloc.h"
#include "yokushi/alloc.h"
#include "yokushi/engine.h"

#define REPLICATES "300"
#define MAX_ENGINES 16
#define MAX_SPECS 256

/* A built-in scenario loaded with every engine's names and coefficients,
 * as the program loads it. */
/* Engines over other engines (sensitivity, sweep) need options naming
 * what they analyse and have no coefficients of their own; their runs are
 * tested in sensitivity_test.c and tests/cli/sensitivity.sh. */
static int over_engines(const yk_engine *e)
{
    size_t n = 0;
    return yk_engine_coefficients(e, &n) == NULL;
}

static yk_scenario *load(const char *name)
{
    static const char *names[MAX_ENGINES + 1];
    static yk_coefficient_spec specs[MAX_SPECS];
    yk_load_options opt;
    yk_scenario *s = NULL;
    yk_diag d;
    size_t i, k, n_specs = 0;
    memset(&opt, 0, sizeof opt);
    for (i = 0; i < yk_engine_count(); i++) {
        size_t n;
        const yk_coefficient_spec *c = yk_engine_coefficients(yk_engine_at(i), &n);
        names[i] = yk_engine_name(yk_engine_at(i));
        for (k = 0; k < n && n_specs < MAX_SPECS; k++)
            specs[n_specs++] = c[k];
    }
    names[i] = NULL;
    opt.engines = names;
    opt.coefficients = specs;
    opt.n_coefficients = n_specs;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(name, &opt, &s, &d), YK_OK);
    yk_diag_free(&d);
    return s;
}

static void every_engine_is_complete(void **state)
{
    size_t i, k;
    (void)state;
    assert_true(yk_engine_count() >= 2);
    assert_null(yk_engine_at(yk_engine_count()));
    assert_null(yk_engine_find("no-such-engine"));
    for (i = 0; i < yk_engine_count(); i++) {
        const yk_engine *e = yk_engine_at(i);
        size_t n = 0;
        assert_non_null(e);
        assert_true(e->name && *e->name);
        assert_true(e->summary && *e->summary);
        assert_ptr_equal(yk_engine_find(yk_engine_name(e)), e);
        assert_non_null(e->run);
        assert_non_null(e->free_data);
        assert_non_null(e->write);
        assert_non_null(e->json);
        assert_non_null(e->check);
        assert_non_null(e->measures);
        /* Engines over other engines (sensitivity, sweep) have none. */
        if (yk_engine_coefficients(e, &n))
            assert_true(n > 0);
        for (k = 0; k < yk_engine_option_count(e); k++) {
            const yk_engine_option *opt = yk_engine_option_at(e, k);
            assert_true(opt->name && *opt->name && opt->help && *opt->help);
            assert_ptr_equal(yk_engine_option_find(e, opt->name), opt);
        }
        assert_null(yk_engine_option_at(e, yk_engine_option_count(e)));
    }
}

/* The whole standard output of a command, or NULL. */
static char *read_command(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    char *buf = NULL;
    size_t len = 0, cap = 0, got;
    if (!p)
        return NULL;
    do {
        if (cap - len < 4096) {
            cap = cap * 2 + 4096;
            buf = realloc(buf, cap + 1);
            assert_non_null(buf);
        }
        got = fread(buf + len, 1, cap - len, p);
        len += got;
    } while (got);
    buf[len] = '\0';
    assert_int_equal(pclose(p), 0);
    return buf;
}

/* One run to compare: an engine, at most one option of its own, and
 * the formats its result has. */
typedef struct doc_case {
    const char *engine, *option, *value;
    int n_formats;
} doc_case;

static const doc_case cases[] = {
    {"cascade", NULL, NULL, 3},
    {"crisis", NULL, NULL, 3},
    {"crisis", "vary", "kappa=0:1:5", 3},
    {"crisis", "lambda", "2", 2},
    {"exchange", NULL, NULL, 3},
    {"ladder", NULL, NULL, 3},
    {"sensitivity", "test-function", "ishigami", 3},
    {"sweep", "set", "hesitancy=0.2:0.8:3", 3},
};

/* yk_engine_run + yk_engine_result_to_string give what
 * `yokushi ENGINE SCENARIO --format F` prints, for every engine of the
 * table and the crisis engine's sweep and study. */
static void documents_match_the_program(void **state)
{
    static const char *const formats[3] = {"text", "json", "csv"};
    const char *cli = getenv("YK_CLI");
    yk_scenario *s;
    size_t i, covered = 0;
    int f;
    (void)state;
    if (!cli)
        skip();
    s = load("japan-2024");
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const doc_case *c = &cases[i];
        const yk_engine *e = yk_engine_find(c->engine);
        yk_run_options *o = yk_run_options_new();
        yk_engine_result *r = NULL;
        yk_error err;
        char extra[128] = "";
        assert_non_null(e);
        assert_non_null(o);
        /* An engine that needs an option (sensitivity, sweep) is
         * covered by its first case. */
        covered += !c->option || i == 0 || strcmp(cases[i - 1].engine, c->engine);
        memset(&err, 0, sizeof err);
        assert_int_equal(yk_run_options_set(o, "replicates", REPLICATES, &err), YK_OK);
        assert_int_equal(yk_run_options_set(o, "threads", "1", &err), YK_OK);
        if (c->option) {
            assert_int_equal(yk_run_options_set(o, c->option, c->value, &err), YK_OK);
            snprintf(extra, sizeof extra, " --%s %s", c->option, c->value);
        }
        assert_int_equal(yk_engine_run(e, s, o, &r, &err), YK_OK);
        assert_ptr_equal(yk_engine_result_engine(r), e);
        for (f = 0; f < 3; f++) {
            char cmd[4096], *mine = NULL, *theirs;
            size_t len = 0;
            if (f >= c->n_formats) {
                assert_false(yk_engine_result_has_format(r, (yk_format)f));
                assert_int_equal(yk_engine_result_to_string(r, (yk_format)f, &mine, &len),
                                 YK_E_ARG);
                continue;
            }
            snprintf(cmd, sizeof cmd, "'%s' %s japan-2024%s --format %s --replicates "
                     REPLICATES " --threads 1", cli, c->engine, extra, formats[f]);
            theirs = read_command(cmd);
            assert_non_null(theirs);
            assert_int_equal(yk_engine_result_to_string(r, (yk_format)f, &mine, &len),
                             YK_OK);
            assert_int_equal(len, strlen(mine));
            assert_string_equal(mine, theirs);
            yk_free(mine);
            free(theirs);
        }
        yk_engine_result_free(r);
        yk_run_options_free(o);
    }
    /* Every engine of the table was compared without options. */
    assert_int_equal(covered, yk_engine_count());
    yk_scenario_free(s);
}

/* Options are checked when set, and an engine refuses options it does
 * not take. */
static void options_are_checked(void **state)
{
    yk_run_options *o = yk_run_options_new();
    yk_engine_result *r = NULL;
    yk_scenario *s;
    yk_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_equal(yk_run_options_set(o, "no_such_option", "1", &err), YK_E_NOTFOUND);
    assert_int_equal(yk_run_options_set(o, "seed", "-1", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "seed", "9007199254740993", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "threads", "lots", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "replicates", "0", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "years", "2030:2020", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "years", "2025:3000", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "vary", "kappa=-1e308:1e308:3", &err), YK_E_RANGE);
    assert_int_equal(yk_run_options_set(o, "vary", "kappa=0:1:x", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "lambda", "-1", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "signal", "maybe", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "years", "2025:2030", &err), YK_OK);
    assert_null(yk_engine_kind(yk_engine_find("crisis"), o));
    assert_int_equal(yk_run_options_set(o, "lambda", "2", &err), YK_OK);
    assert_string_equal(yk_engine_kind(yk_engine_find("crisis"), o), "qre");
    assert_false(yk_engine_has_format(yk_engine_find("crisis"), o, YK_FORMAT_CSV));
    assert_true(yk_engine_has_format(yk_engine_find("crisis"), o, YK_FORMAT_JSON));
    assert_int_equal(yk_run_options_set(o, "signal", NULL, &err), YK_OK);
    assert_string_equal(yk_engine_kind(yk_engine_find("crisis"), o), "qre-signal");
    assert_int_equal(yk_run_options_set(o, "vary", "kappa=0:1:3", &err), YK_OK);
    assert_string_equal(yk_engine_kind(yk_engine_find("crisis"), o), "vary");
    assert_null(yk_engine_kind(yk_engine_find("cascade"), o));
    s = load("japan-2024");
    assert_int_equal(yk_engine_run(yk_engine_find("crisis"), s, o, &r, &err), YK_E_ARG);
    assert_null(r);
    assert_string_equal(err.path, "years");
    yk_scenario_free(s);
    yk_run_options_free(o);
}

typedef struct seen {
    int64_t calls, done, total;
} seen;

static void record(void *ud, int64_t done, int64_t total)
{
    seen *p = ud;
    assert_true(done >= p->done && done <= total);
    p->calls++;
    p->done = done;
    p->total = total;
}

/* Every engine reports progress through the run options, ending at the
 * whole run's total. */
static void progress_reaches_the_total(void **state)
{
    yk_scenario *s = load("japan-2024");
    size_t i;
    (void)state;
    for (i = 0; i < yk_engine_count(); i++) {
        yk_run_options *o = yk_run_options_new();
        yk_engine_result *r = NULL;
        yk_error err;
        seen p = {0, 0, 0};
        if (over_engines(yk_engine_at(i))) {
            yk_run_options_free(o);
            continue;
        }
        assert_int_equal(yk_run_options_set(o, "replicates", "3000", &err), YK_OK);
        yk_run_options_progress(o, record, &p);
        assert_int_equal(yk_engine_run(yk_engine_at(i), s, o, &r, &err), YK_OK);
        assert_true(p.calls > 0);
        assert_int_equal(p.done, p.total);
        assert_true(p.total >= 3000 && p.total % 3000 == 0);
        yk_engine_result_free(r);
        yk_run_options_free(o);
    }
    yk_scenario_free(s);
}

/* One engine's options, run and JSON document. */
typedef struct engine_case {
    const yk_engine *e;
    const yk_scenario *s;
} engine_case;

static yk_status engine_run(void *ctx, FILE *out, yk_error *err)
{
    const engine_case *c = ctx;
    yk_run_options *o = yk_run_options_new();
    yk_engine_result *r = NULL;
    char *doc = NULL;
    yk_status st = o ? yk_run_options_set(o, "replicates", "64", err) : YK_E_NOMEM;
    if (!o)
        yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    if (!st)
        st = yk_run_options_set(o, "threads", "1", err);
    if (!st)
        st = yk_engine_run(c->e, c->s, o, &r, err);
    if (!st) {
        st = yk_engine_result_to_string(r, YK_FORMAT_JSON, &doc, NULL);
        if (st)
            yk_error_set(err, st, NULL, 0, 0, NULL, "%s", yk_status_str(st));
    }
    if (!st)
        fputs(doc, out);
    yk_free(doc);
    yk_engine_result_free(r);
    yk_run_options_free(o);
    return st;
}

/* Options, a run and its document with every allocation failing in turn
 * (the harness of tests/unit/support/failalloc.h), for every engine: each
 * failure is YK_E_NOMEM, nothing leaks, nothing crashes, and a run that
 * gets through writes the document a run without failure writes. */
static void allocation_failures_are_clean(void **state)
{
    yk_scenario *s = load("japan-2024");
    size_t i;
    (void)state;
    for (i = 0; i < yk_engine_count(); i++) {
        engine_case c;
        fa_summary sum;
        if (over_engines(yk_engine_at(i)))
            continue; /* their loops: sensitivity_test.c */
        c.e = yk_engine_at(i);
        c.s = s;
        fa_check(yk_engine_name(c.e), engine_run, &c, 1, &sum);
    }
    yk_scenario_free(s);
}

typedef struct row_count {
    size_t rows, bad;
} row_count;

static int count_row(void *ud, const yk_measure_row *row)
{
    row_count *c = ud;
    c->rows++;
    /* Every estimate lies within its interval (NaN: no interval). */
    if (!row->measure || !*row->measure || !row->id || !row->variant ||
        (row->lo == row->lo && !(row->lo <= row->mean + 1e-12)) ||
        (row->hi == row->hi && !(row->mean <= row->hi + 1e-12)))
        c->bad++;
    return 0;
}

static int stop_at_first(void *ud, const yk_measure_row *row)
{
    (void)row;
    ++*(size_t *)ud;
    return 1;
}

/* Every engine lists its numbers as rows; one row is found by its keys,
 * and a walk stops when the callback says so. */
static void results_list_their_measures(void **state)
{
    yk_scenario *s = load("japan-2024");
    size_t i, first = 0;
    yk_measure_row row;
    (void)state;
    for (i = 0; i < yk_engine_count(); i++) {
        yk_run_options *o = yk_run_options_new();
        yk_engine_result *r = NULL;
        yk_error err;
        row_count c = {0, 0};
        memset(&err, 0, sizeof err);
        assert_int_equal(yk_run_options_set(o, "replicates", REPLICATES, &err), YK_OK);
        if (yk_engine_option_find(yk_engine_at(i), "test-function"))
            assert_int_equal(yk_run_options_set(o, "test-function", "ishigami", &err), YK_OK);
        if (yk_engine_option_find(yk_engine_at(i), "set"))
            assert_int_equal(yk_run_options_set(o, "set", "hesitancy=0.2:0.8:2", &err), YK_OK);
        assert_int_equal(yk_engine_run(yk_engine_at(i), s, o, &r, &err), YK_OK);
        assert_int_equal(yk_engine_result_measures(r, count_row, &c), YK_OK);
        assert_true(c.rows > 0);
        assert_int_equal(c.bad, 0);
        first = 0;
        assert_int_equal(yk_engine_result_measures(r, stop_at_first, &first),
                         YK_E_INTERRUPTED);
        assert_int_equal(first, 1);
        if (!strcmp(yk_engine_name(yk_engine_at(i)), "crisis")) {
            assert_int_equal(yk_engine_result_measure(r, "p_attack", "japan-2024", 0,
                                                      NULL, &row), YK_OK);
            assert_string_equal(row.id, "japan-2024");
            assert_true(row.mean >= 0 && row.mean <= 1);
            assert_int_equal(yk_engine_result_measure(r, "p_attack", "no-such", 0,
                                                      NULL, &row), YK_E_NOTFOUND);
        }
        if (!strcmp(yk_engine_name(yk_engine_at(i)), "cascade")) {
            assert_int_equal(yk_engine_result_measure(r, "p_nuclear_by_year", "USA",
                                                      2025, "", &row), YK_OK);
            assert_true(row.mean == 1.0);
        }
        yk_engine_result_free(r);
        yk_run_options_free(o);
    }
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_engine_is_complete),
        cmocka_unit_test(documents_match_the_program),
        cmocka_unit_test(options_are_checked),
        cmocka_unit_test(progress_reaches_the_total),
        cmocka_unit_test(allocation_failures_are_clean),
        cmocka_unit_test(results_list_their_measures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
