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
    {"years", "FROM:TO", "the years, inclusive (default: run.years)"},
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

typedef struct row_walk {
    yk_measure_fn fn;
    void *ud;
} row_walk;

static int emit(const row_walk *w, const char *measure, const char *id, int year,
                const char *variant, yk_cascade_estimate e)
{
    yk_measure_row row = {measure, id, year, variant, e.mean, e.lo, e.hi};
    return w->fn(w->ud, &row);
}

/* Every number of the JSON document as rows, in its order. */
static yk_status measures(const void *data, yk_measure_fn fn, void *ud)
{
    const yk_cascade_result *r = data;
    const yk_world *w = yk_cascade_world(r);
    row_walk rw = {fn, ud};
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
    return YK_OK;
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
        "allies' arsenals, and each new arsenal's knock-on on its rivals.\n",
    .options = options,
    .n_options = sizeof options / sizeof options[0],
    .coefficients = coefficients,
    .n_coefficients = YK_CC_COUNT,
    .check = check,
    .run = run,
    .free_data = free_data,
    .write = write_doc,
    .json = json,
    .measures = measures,
    .inputs = yk_cascade_engine_inputs,
};
