/*
 * engine_test.c - allocation failure in the Monte Carlo engines: crisis
 * and cascade on small inputs (few replicates; one thread, so request N
 * is the same request in every run, and then two threads, where it need
 * not be but every run must still fail cleanly or match), each followed
 * by its text and JSON report; and the crisis game at the means, built with the game builder
 * and written as .efg. For every N the Nth allocation fails
 * (support/failalloc.h): YK_E_NOMEM, no leak, no crash, and a run that
 * succeeds prints what the run without failure printed. The scenario is
 * loaded once, outside the loop (loader_test.c fails the loader).
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
#include "yokushi/alloc.h"
#include "yokushi/report_cascade.h"
#include "yokushi/report_crisis.h"
#include "yokushi/scenario.h"

typedef struct engine_case {
    const yk_scenario *s;
    yk_format format;
    int64_t replicates;
    int threads;
} engine_case;

static yk_scenario *load(const char *spec)
{
    char path[1024];
    yk_scenario *s = NULL;
    yk_diag d;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(fa_data_path(spec, path, sizeof path), NULL, &s, &d),
                     YK_OK);
    yk_diag_free(&d);
    return s;
}

static yk_run_meta meta_of(const yk_scenario *s)
{
    yk_run_meta m;
    memset(&m, 0, sizeof m);
    m.scenario = yk_scenario_name(s);
    m.kind = yk_scenario_kind(s);
    m.origin = yk_scenario_origin(s);
    m.sha256 = yk_scenario_sha256(s);
    m.seed = yk_scenario_seed(s);
    return m;
}

static yk_status run_crisis(void *ctx, FILE *out, yk_error *err)
{
    engine_case *c = ctx;
    yk_crisis_options o;
    yk_crisis_result *r = NULL;
    yk_run_meta meta = meta_of(c->s);
    yk_status st;

    memset(&o, 0, sizeof o);
    o.replicates = c->replicates;
    o.seed = meta.seed;
    o.threads = c->threads;
    st = yk_crisis_run(c->s, &o, &r, err);
    if (st != YK_OK)
        return st;
    st = yk_report_crisis(out, c->format, r, &meta);
    yk_crisis_result_free(r);
    return st;
}

static yk_status run_cascade(void *ctx, FILE *out, yk_error *err)
{
    engine_case *c = ctx;
    yk_cascade_options o;
    yk_cascade_result *r = NULL;
    yk_run_meta meta = meta_of(c->s);
    yk_status st;

    memset(&o, 0, sizeof o);
    o.replicates = c->replicates;
    o.seed = meta.seed;
    o.threads = c->threads;
    st = yk_cascade_run(c->s, &o, &r, err);
    if (st != YK_OK)
        return st;
    yk_report_cascade(out, c->format, r, &meta);
    yk_cascade_result_free(r);
    return YK_OK;
}

/* `yokushi cascade --outer 2 --draws FILE`: the band across parameter
 * draws (allocated after the run) and the replayed draws file. */
static yk_status run_cascade_draws(void *ctx, FILE *out, yk_error *err)
{
    engine_case *c = ctx;
    yk_cascade_options o;
    yk_cascade_result *r = NULL;
    yk_run_meta meta = meta_of(c->s);
    yk_status st;

    memset(&o, 0, sizeof o);
    o.replicates = c->replicates;
    o.seed = meta.seed;
    o.threads = c->threads;
    o.outer = 2;
    st = yk_cascade_run(c->s, &o, &r, err);
    if (st != YK_OK)
        return st;
    yk_report_cascade(out, c->format, r, &meta);
    st = yk_report_cascade_draws(out, r, &meta, err);
    yk_cascade_result_free(r);
    return st;
}

/* `yokushi crisis --export`: the game at the means, through the builder. */
static yk_status export_game(void *ctx, FILE *out, yk_error *err)
{
    engine_case *c = ctx;
    yk_crisis_inputs *in = yk_crisis_inputs_new();
    yk_crisis_model m;
    yk_game *g = NULL;
    yk_status st;

    if (!in)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    st = yk_crisis_inputs_mean(c->s, 0, in, err);
    if (st == YK_OK)
        yk_crisis_model_init(&m, in);
    yk_crisis_inputs_free(in);
    if (st != YK_OK)
        return st;
    st = yk_crisis_game(&m, "alloc test", &g, err);
    if (st != YK_OK)
        return st;
    return fa_write_game(g, out, err);
}

static void check(const char *spec, fa_run_fn fn, const char *engine, int64_t replicates,
                  int threads)
{
    static const yk_format formats[] = {YK_FORMAT_TEXT, YK_FORMAT_JSON};
    static const char *const names[] = {"text", "json"};
    yk_scenario *s = load(spec);
    size_t f;
    for (f = 0; f < sizeof formats / sizeof formats[0]; f++) {
        engine_case c;
        fa_summary sum;
        char what[256];
        c.s = s;
        c.format = formats[f];
        c.replicates = replicates;
        c.threads = threads;
        snprintf(what, sizeof what, "%s %s --format %s --threads %d", engine, spec, names[f],
                 threads);
        fa_check(what, fn, &c, 1, &sum);
        if (fn == export_game)
            break; /* one output only */
    }
    yk_scenario_free(s);
}

static void test_crisis(void **state)
{
    (void)state;
    check("alloc/small.yaml", run_crisis, "crisis", 20, 1);
    check("ukraine-2022", run_crisis, "crisis", 20, 1);
    check("baltic-2025", run_crisis, "crisis", 20, 1); /* a theatre of 8 states, 2 crises */
    check("alloc/small.yaml", run_crisis, "crisis", 20, 2);
}

static void test_crisis_export(void **state)
{
    (void)state;
    check("alloc/small.yaml", export_game, "crisis --export", 0, 1);
}

static void test_cascade(void **state)
{
    (void)state;
    check("alloc/small.yaml", run_cascade, "cascade", 5, 1);
    check("baseline-2025", run_cascade, "cascade", 5, 1);
    check("alloc/small.yaml", run_cascade, "cascade", 5, 2);
    check("korea-programme-2025", run_cascade_draws, "cascade --outer 2 --draws", 5, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_crisis),
        cmocka_unit_test(test_crisis_export),
        cmocka_unit_test(test_cascade),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
