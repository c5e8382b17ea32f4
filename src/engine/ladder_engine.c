/*
 * ladder_engine.c - the ladder engine's row of the engine table: the
 * escalation ladder (ladder.h), written by the ladder report
 * (report_ladder.h).
 */
#include <string.h>

#include "core/numtext.h"
#include "engine/engine_int.h"
#include "yokushi/ladder.h"
#include "yokushi/report_ladder.h"

static const yk_engine_option options[] = {
    {"crisis", "NAME", "only the crisis of that name (default: every crisis)"},
    {"trajectories", "N", "also sample N trajectories per draw (a check of the exact chain)"},
};

static const yk_coefficient_spec *coefficients(void)
{
    return yk_ladder_coef_specs();
}

static yk_status parse_trajectories(const char *v, int64_t *n, yk_error *err)
{
    uint64_t x;
    if (!v || !yk_parse_u64(v, 1000000000u, &x))
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "trajectories",
                            "takes a whole number 0..1000000000 (got \"%s\")", v ? v : "");
    *n = (int64_t)x;
    return YK_OK;
}

static yk_status check(const char *name, const char *value, yk_error *err)
{
    int64_t n;
    if (!strcmp(name, "crisis")) {
        if (!value || !*value)
            return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "crisis", "takes a crisis name");
        return YK_OK;
    }
    if (!strcmp(name, "trajectories"))
        return parse_trajectories(value, &n, err);
    return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name, "not a ladder option");
}

static yk_status run(const yk_scenario *s, const yk_run_options *o, uint64_t seed,
                     void **out, yk_error *err)
{
    yk_ladder_options lo;
    const char *tr = yk_run_options_get(o, "trajectories", NULL);
    memset(&lo, 0, sizeof lo);
    lo.seed = seed;
    lo.crisis = yk_run_options_get(o, "crisis", NULL);
    if (tr) {
        yk_status st = parse_trajectories(tr, &lo.trajectories, err);
        if (st)
            return st;
    }
    if (o) {
        lo.replicates = o->replicates;
        lo.threads = o->threads;
        lo.stop = o->stop;
        lo.progress = o->progress;
        lo.progress_ctx = o->progress_ud;
    }
    return yk_ladder_run(s, &lo, (yk_ladder_result **)out, err);
}

static void free_data(void *data)
{
    yk_ladder_result_free(data);
}

static yk_status write_doc(const void *data, yk_format fmt, const yk_run_meta *meta,
                           FILE *out)
{
    yk_report_ladder(out, fmt, data, meta);
    return yk_engine_stream_status(out);
}

static void json(const void *data, yk_json *j)
{
    yk_report_ladder_json(j, data);
}

static int emit(void *sink, const char *measure, const char *id, const char *variant,
                yk_ladder_estimate e)
{
    return yk_row_sink_send(sink, measure, id, 0, variant, e.mean, e.lo, e.hi);
}

/* Every number of the JSON document as rows, in its order. */
static yk_status measures(const void *data, yk_measure_fn fn, void *ud)
{
    yk_row_sink sink = {fn, ud};
    return yk_report_ladder_rows(data, emit, &sink) ? YK_E_INTERRUPTED : YK_OK;
}

const yk_engine yk_engine_ladder_desc = {
    .name = "ladder",
    .summary = "the escalation ladder: how a crisis climbs and how often it goes nuclear",
    .description =
        "The escalation ladder (docs/MODEL.md \"ladder\"): for each crisis, the game\n"
        "between the aggressor and the defender (the patron, or the target alone)\n"
        "on the default ten rungs or the scenario's own `ladder:`, solved by\n"
        "backward induction with logit choice at rationality lambda, doctrines as\n"
        "constraints, unintended jumps raised by launch on warning, pre-delegation\n"
        "and entanglement and lowered by risk-reduction measures; the terminal\n"
        "rung's distribution computed exactly per parameter draw and averaged by\n"
        "Monte Carlo: P(nuclear use), P(first use) by state, P(rung >= 6, >= 8),\n"
        "P(prevail), moves, unintended jumps, the rung where dominance flips, and\n"
        "why lines along the likely path. --export FILE.efg writes the game at\n"
        "the means for `yokushi solve` (set a small horizon).\n",
    .options = options,
    .n_options = sizeof options / sizeof options[0],
    .coefficients = coefficients,
    .n_coefficients = YK_LC_COUNT,
    .check = check,
    .run = run,
    .free_data = free_data,
    .write = write_doc,
    .json = json,
    .measures = measures,
};
