/*
 * crisis_engine.c - the crisis engine's row of the engine table: every
 * crisis of the scenario's world by Monte Carlo (crisis.h), written by
 * the crisis report (report_crisis.h).
 */
#include <string.h>

#include "core/alloc.h"
#include "engine/engine_int.h"
#include "yokushi/crisis.h"
#include "yokushi/report_crisis.h"

typedef struct crisis_data {
    yk_crisis_outcome *r;
    size_t n;
} crisis_data;

static const yk_coefficient_spec *coefficients(void)
{
    return yk_crisis_coef_specs();
}

static yk_status check(const char *name, const char *value, yk_error *err)
{
    (void)value;
    return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name, "not a crisis option");
}

static yk_status run(const yk_scenario *s, const yk_run_options *o,
                     uint64_t seed, void **out, yk_error *err)
{
    yk_crisis_options co;
    crisis_data *d = yk_calloc(1, sizeof *d);
    yk_status st;
    if (!d)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    memset(&co, 0, sizeof co);
    co.seed = seed;
    if (o) {
        co.replicates = o->replicates;
        co.threads = o->threads;
        co.stop = o->stop;
    }
    st = yk_crisis_run(s, &co, &d->r, &d->n, err);
    if (st) {
        yk_free(d);
        return st;
    }
    *out = d;
    return YK_OK;
}

static void free_data(void *data)
{
    crisis_data *d = data;
    if (!d)
        return;
    yk_free(d->r);
    yk_free(d);
}

static yk_status write_doc(const void *data, yk_format fmt, const yk_run_meta *meta,
                       FILE *out)
{
    const crisis_data *d = data;
    yk_report_crisis(out, fmt, d->r, d->n, meta);
    return yk_engine_stream_status(out);
}

static void json(const void *data, yk_json *j)
{
    const crisis_data *d = data;
    yk_report_crisis_json(j, d->r, d->n);
}

const yk_engine yk_engine_crisis_desc = {
    .name = "crisis",
    .summary = "aggressor, target ally and patron: who attacks, fights, uses nuclear weapons",
    .options = NULL,
    .n_options = 0,
    .coefficients = coefficients,
    .n_coefficients = YK_KC_COUNT,
    .check = check,
    .run = run,
    .free_data = free_data,
    .write = write_doc,
    .json = json,
};
