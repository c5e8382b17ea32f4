/*
 * cascade_engine.c - the cascade engine's row of the engine table:
 * umbrella credibility and proliferation year by year (cascade.h),
 * written by the cascade report (report_cascade.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine_int.h"
#include "yokushi/cascade.h"
#include "yokushi/report_cascade.h"

static const yk_engine_option options[] = {
    {"years", "FROM:TO", "the years to run, inclusive (default: the scenario's run.years)"},
};

static const yk_coefficient_spec *coefficients(void)
{
    return yk_cascade_coef_specs();
}

/* FROM:TO with FROM <= TO, within 0..2200 and 500 years. */
static yk_status parse_years(const char *v, int *from, int *to, yk_error *err)
{
    char *end;
    long a, b;
    if (!v || *v < '0' || *v > '9')
        goto bad;
    errno = 0;
    a = strtol(v, &end, 10);
    if (errno || *end != ':' || end[1] < '0' || end[1] > '9')
        goto bad;
    b = strtol(end + 1, &end, 10);
    if (errno || *end || a > 2200 || b > 2200 || a > b || b - a > 500)
        goto bad;
    *from = (int)a;
    *to = (int)b;
    return YK_OK;
bad:
    return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "years",
                        "takes FROM:TO with FROM <= TO, within 0..2200 and 500 years "
                        "(got \"%s\")", v ? v : "");
}

static yk_status check(const char *name, const char *value, yk_error *err)
{
    int from, to;
    if (!strcmp(name, "years"))
        return parse_years(value, &from, &to, err);
    return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name, "not a cascade option");
}

static yk_status run(const yk_scenario *s, const yk_run_options *o,
                     uint64_t seed, void **out, yk_error *err)
{
    yk_cascade_options co;
    const char *years = yk_run_options_get(o, "years", NULL);
    memset(&co, 0, sizeof co);
    co.seed = seed;
    if (years) {
        yk_status st = parse_years(years, &co.year_from, &co.year_to, err);
        if (st)
            return st;
    }
    if (o) {
        co.replicates = o->replicates;
        co.threads = o->threads;
        co.stop = o->stop;
        co.progress = o->progress;
        co.progress_ctx = o->progress_ud;
    }
    return yk_cascade_run(s, &co, (yk_cascade_result **)out, err);
}

static void free_data(void *data)
{
    yk_cascade_result_free(data);
}

static yk_status write_doc(const void *data, yk_format fmt, const yk_run_meta *meta,
                       FILE *out)
{
    yk_report_cascade(out, fmt, data, meta);
    return yk_engine_stream_status(out);
}

static void json(const void *data, yk_json *j)
{
    yk_report_cascade_json(j, data);
}

const yk_engine yk_engine_cascade_desc = {
    .name = "cascade",
    .summary = "umbrella credibility and proliferation, year by year",
    .options = options,
    .n_options = sizeof options / sizeof options[0],
    .coefficients = coefficients,
    .n_coefficients = YK_CC_COUNT,
    .check = check,
    .run = run,
    .free_data = free_data,
    .write = write_doc,
    .json = json,
};
