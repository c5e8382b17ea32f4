/*
 * cascade_engine.c - the cascade engine's row of the engine table:
 * umbrella credibility and proliferation year by year (cascade.h),
 * written by the cascade report (report_cascade.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "engine/engine_charts.h"
#include "engine/engine_int.h"
#include "yokushi/cascade.h"
#include "yokushi/report_cascade.h"

static const yk_engine_option options[] = {
    {"years", "FROM:TO", "the years, inclusive (default: run.years)"},
    {"outer", "K", "judgement vs chance: K parameter draws of replicates/K replicates each; "
                   "reports the band of P(nuclear) across draws"},
    {"draws", "FILE.csv", "also writes one CSV row per replicate: stages, years reached, "
                          "drawn coefficients"},
};

/* The result and the draws file asked for. */
typedef struct cascade_data {
    yk_cascade_result *r;
    char *draws;
} cascade_data;

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

/* K in 1..2000. */
static yk_status parse_outer(const char *v, int64_t *k, yk_error *err)
{
    char *end;
    long n;
    errno = 0;
    n = v ? strtol(v, &end, 10) : 0;
    if (!v || !*v || errno || *end || n < 1 || n > 2000)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "outer",
                            "takes a number of parameter draws in 1..2000 (got \"%s\")",
                            v ? v : "");
    *k = n;
    return YK_OK;
}

static yk_status check(const char *name, const char *value, yk_error *err)
{
    int from, to;
    int64_t k;
    if (!strcmp(name, "years"))
        return parse_years(value, &from, &to, err);
    if (!strcmp(name, "outer"))
        return parse_outer(value, &k, err);
    if (!strcmp(name, "draws"))
        return value && *value ? YK_OK
                               : yk_error_set(err, YK_E_ARG, NULL, 0, 0, name,
                                              "takes a file name");
    return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name, "not a cascade option");
}

static yk_status run(const yk_scenario *s, const yk_run_options *o,
                     uint64_t seed, void **out, yk_error *err)
{
    yk_cascade_options co;
    const char *years = yk_run_options_get(o, "years", NULL);
    const char *outer = yk_run_options_get(o, "outer", NULL);
    const char *draws = yk_run_options_get(o, "draws", NULL);
    cascade_data *d;
    yk_status st;
    memset(&co, 0, sizeof co);
    co.seed = seed;
    if (years && (st = parse_years(years, &co.year_from, &co.year_to, err)) != YK_OK)
        return st;
    if (outer && (st = parse_outer(outer, &co.outer, err)) != YK_OK)
        return st;
    if (o) {
        co.replicates = o->replicates;
        co.threads = o->threads;
        co.stop = o->stop;
        co.progress = o->progress;
        co.progress_ctx = o->progress_ud;
    }
    d = yk_calloc(1, sizeof *d);
    if (!d)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    if (draws && !(d->draws = yk_strdup(draws))) {
        yk_free(d);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    st = yk_cascade_run(s, &co, &d->r, err);
    if (st) {
        yk_free(d->draws);
        yk_free(d);
        return st;
    }
    *out = d;
    return YK_OK;
}

static void free_data(void *data)
{
    cascade_data *d = data;
    if (!d)
        return;
    yk_cascade_result_free(d->r);
    yk_free(d->draws);
    yk_free(d);
}

static const char *draws_file(const void *data)
{
    return ((const cascade_data *)data)->draws;
}

static yk_status write_draws(const void *data, const yk_run_meta *meta, FILE *out)
{
    yk_error err;
    yk_status st = yk_report_cascade_draws(out, ((const cascade_data *)data)->r, meta, &err);
    return st ? st : yk_engine_stream_status(out);
}

static yk_status write_doc(const void *data, yk_format fmt, const yk_run_meta *meta,
                       FILE *out)
{
    yk_report_cascade(out, fmt, ((const cascade_data *)data)->r, meta);
    return yk_engine_stream_status(out);
}

static void json(const void *data, yk_json *j)
{
    yk_report_cascade_json(j, ((const cascade_data *)data)->r);
}

static int emit(const yk_row_sink *sink, const char *measure, const char *id, int year,
                const char *variant, yk_cascade_estimate e)
{
    return yk_row_sink_send(sink, measure, id, year, variant, e.mean, e.lo, e.hi);
}

/* The stages, the yearly counts, the conditional table and the band
 * across parameter draws. */
static yk_status more_measures(const yk_cascade_result *r, const yk_row_sink *rw)
{
    static const yk_cascade_stage st[] = {YK_STAGE_HEDGING, YK_STAGE_PROGRAMME,
                                          YK_STAGE_NUCLEAR};
    const yk_world *w = yk_cascade_world(r);
    int n = yk_cascade_year_count(r), y0 = yk_cascade_year_from(r), y;
    size_t i, k, p;
    for (i = 0; i < w->n_states; i++)
        for (k = 0; k < 3; k++)
            for (y = 0; y < n; y++)
                if (emit(rw, "p_stage_by_year", w->states[i].id, y0 + y, yk_stage_name(st[k]),
                         yk_cascade_p_stage(r, i, y, st[k])))
                    return YK_E_INTERRUPTED;
    if (yk_cascade_outer_count(r))
        for (i = 0; i < w->n_states; i++)
            for (y = 0; y < n; y++)
                if (emit(rw, "p_nuclear_band", w->states[i].id, y0 + y, "",
                         yk_cascade_p_nuclear_band(r, i, y)))
                    return YK_E_INTERRUPTED;
    for (y = 0; y < n; y++)
        if (emit(rw, "new_programmes", "", y0 + y, "", yk_cascade_new_programmes(r, y)) ||
            emit(rw, "new_nuclear_states", "", y0 + y, "", yk_cascade_new_nuclear(r, y)))
            return YK_E_INTERRUPTED;
    /* p_nuclear_given, id "P>I": P(I nuclear-armed by the end | P is). */
    for (p = 0; p < w->n_states; p++) {
        if (yk_cascade_initially_nuclear(r, p) || yk_cascade_p_nuclear_given(r, p, p).mean < 0)
            continue;
        for (i = 0; i < w->n_states; i++) {
            char id[2 * YK_ID_MAX + 2];
            if (i == p || yk_cascade_initially_nuclear(r, i))
                continue;
            snprintf(id, sizeof id, "%s>%s", w->states[p].id, w->states[i].id);
            if (emit(rw, "p_nuclear_given", id, y0 + n - 1, "", yk_cascade_p_nuclear_given(r, p, i)))
                return YK_E_INTERRUPTED;
        }
    }
    return YK_OK;
}

/* Every number of the JSON document as rows, in its order. */
static yk_status measures(const void *data, yk_measure_fn fn, void *ud)
{
    const yk_cascade_result *r = ((const cascade_data *)data)->r;
    const yk_world *w = yk_cascade_world(r);
    yk_row_sink rw = {fn, ud};
    int n = yk_cascade_year_count(r), y0 = yk_cascade_year_from(r), y;
    size_t i, k;
    for (i = 0; i < w->n_states; i++)
        for (y = 0; y < n; y++)
            if (emit(&rw, "p_nuclear_by_year", w->states[i].id, y0 + y, "",
                     yk_cascade_p_nuclear(r, i, y)))
                return YK_E_INTERRUPTED;
    for (i = 0; i < w->n_alliances; i++)
        for (y = 0; y < n; y++)
            if (emit(&rw, "credibility", w->alliances[i].id, y0 + y, "",
                     yk_cascade_credibility(r, i, y)))
                return YK_E_INTERRUPTED;
    for (y = 0; y < n; y++)
        if (emit(&rw, "expected_nuclear_states", "", y0 + y, "",
                 yk_cascade_expected_nuclear(r, y)) ||
            emit(&rw, "npt_health", "", y0 + y, "", yk_cascade_npt_health(r, y)) ||
            emit(&rw, "nuclear_value", "", y0 + y, "", yk_cascade_value(r, y)))
            return YK_E_INTERRUPTED;
    for (k = 0; k < yk_cascade_patron_count(r); k++) {
        const char *id = w->states[yk_cascade_patron(r, k)].id;
        for (y = 0; y < n; y++)
            if (emit(&rw, "patron_burden", id, y0 + y, "before",
                     yk_cascade_burden(r, k, y, false)) ||
                emit(&rw, "patron_burden", id, y0 + y, "after",
                     yk_cascade_burden(r, k, y, true)))
                return YK_E_INTERRUPTED;
    }
    for (i = 0; i < w->n_states; i++)
        for (y = 0; y < n; y++)
            if (emit(&rw, "knock_on", w->states[i].id, y0 + y, "",
                     yk_cascade_knock_on(r, i, y)))
                return YK_E_INTERRUPTED;
    return more_measures(r, &rw);
}

static yk_status charts(const void *data, yk_chart_fn fn, void *ud)
{
    return yk_cascade_charts(((const cascade_data *)data)->r, fn, ud);
}

const yk_engine yk_engine_cascade_desc = {
    .name = "cascade",
    .summary = "umbrella credibility and proliferation, year by year",
    .description =
        "Umbrella credibility and proliferation dynamics, year by year, by Monte\n"
        "Carlo (docs/MODEL.md \"cascade\"): per state P(nuclear-armed by year) with\n"
        "Wilson 95% intervals, credibility per alliance (mean and the band of the\n"
        "middle 95%), the expected number of nuclear-armed states, NPT health, the\n"
        "value of nuclear weapons, each patron's burden before and after its\n"
        "allies' arsenals, and each new arsenal's knock-on on its rivals; the\n"
        "stages (P(hedging), P(programme)), new programmes and arsenals a year,\n"
        "and P(other nuclear | a state is). --outer K separates judgement\n"
        "(K parameter draws) from chance; --draws FILE.csv writes one row per\n"
        "replicate.\n",
    .options = options,
    .n_options = sizeof options / sizeof options[0],
    .coefficients = coefficients,
    .n_coefficients = YK_CC_COUNT,
    .check = check,
    .run = run,
    .free_data = free_data,
    .write = write_doc,
    .json = json,
    .draws_file = draws_file,
    .write_draws = write_draws,
    .measures = measures,
    .charts = charts,
    .inputs = yk_cascade_engine_inputs,
};
