/*
 * exchange_engine.c - the exchange engine's row of the engine table:
 * counterforce first strikes, retaliation, damage and first-strike
 * stability for every ordered pair of the sides (exchange.h), written by
 * the exchange report (report_exchange.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine_int.h"
#include "yokushi/exchange.h"
#include "yokushi/report_exchange.h"

static const yk_engine_option options[] = {
    {"year", "Y", "one year only (default: run.years)"},
    {"years", "FROM:TO", "the years, inclusive, at most 26 (default: run.years)"},
    {"sides", "A,B[,C...]", "the sides, 2 to 5 state ids (default: min_side_warheads)"},
};

static const yk_coefficient_spec *coefficients(void)
{
    return yk_exchange_coef_specs();
}

static yk_status bad(yk_error *err, const char *name, const char *what, const char *v)
{
    return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name, "takes %s (got \"%s\")", what,
                        v ? v : "");
}

static yk_status parse_year(const char *v, int *year, char stop, const char **end_out)
{
    char *end;
    long a;
    if (!v || *v < '0' || *v > '9')
        return YK_E_ARG;
    errno = 0;
    a = strtol(v, &end, 10);
    if (errno || *end != stop || a > 2200)
        return YK_E_ARG;
    *year = (int)a;
    if (end_out)
        *end_out = end;
    return YK_OK;
}

static yk_status parse_years(const char *name, const char *v, int *from, int *to,
                             yk_error *err)
{
    const char *end;
    if (!strcmp(name, "year")) {
        if (parse_year(v, from, '\0', NULL))
            return bad(err, name, "a year within 0..2200", v);
        *to = *from;
        return YK_OK;
    }
    if (parse_year(v, from, ':', &end) || parse_year(end + 1, to, '\0', NULL) || *from > *to ||
        *to - *from > 25)
        return bad(err, name, "FROM:TO with FROM <= TO, within 0..2200 and 26 years", v);
    return YK_OK;
}

static yk_status check(const char *name, const char *value, yk_error *err)
{
    int a, b;
    if (!strcmp(name, "year") || !strcmp(name, "years"))
        return parse_years(name, value, &a, &b, err);
    if (!strcmp(name, "sides")) {
        if (!value || !*value || strspn(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-,") !=
                                     strlen(value))
            return bad(err, name, "state ids separated by commas, as USA,RUS,CHN", value);
        return YK_OK;
    }
    return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name, "not an exchange option");
}

static yk_status run(const yk_scenario *s, const yk_run_options *o, uint64_t seed, void **out,
                     yk_error *err)
{
    yk_exchange_options xo;
    const char *years = yk_run_options_get(o, "years", NULL);
    const char *year = yk_run_options_get(o, "year", NULL);
    yk_status st;
    memset(&xo, 0, sizeof xo);
    xo.seed = seed;
    if (years && (st = parse_years("years", years, &xo.year_from, &xo.year_to, err)))
        return st;
    if (year && (st = parse_years("year", year, &xo.year_from, &xo.year_to, err)))
        return st;
    xo.sides = yk_run_options_get(o, "sides", NULL);
    if (o) {
        xo.replicates = o->replicates;
        xo.threads = o->threads;
        xo.stop = o->stop;
        xo.progress = o->progress;
        xo.progress_ctx = o->progress_ud;
    }
    return yk_exchange_run(s, &xo, (yk_exchange_result **)out, err);
}

static void free_data(void *data)
{
    yk_exchange_result_free(data);
}

static yk_status write_doc(const void *data, yk_format fmt, const yk_run_meta *meta, FILE *out)
{
    yk_report_exchange(out, fmt, data, meta);
    return yk_engine_stream_status(out);
}

static void json(const void *data, yk_json *j)
{
    yk_report_exchange_json(j, data);
}

static int emit(void *sink, const char *measure, const char *id, int year,
                const char *variant, yk_exchange_estimate e)
{
    return yk_row_sink_send(sink, measure, id, year, variant, e.mean, e.lo, e.hi);
}

/* Every number of the result as rows, in the walk's order (the tidy CSV's). */
static yk_status measures(const void *data, yk_measure_fn fn, void *ud)
{
    yk_row_sink sink = {fn, ud};
    return yk_report_exchange_walk(data, emit, &sink) ? YK_E_INTERRUPTED : YK_OK;
}

const yk_engine yk_engine_exchange_desc = {
    .name = "exchange",
    .summary = "force exchange and first-strike stability",
    .description =
        "Force exchange by Monte Carlo (docs/MODEL.md \"exchange\"): for every ordered\n"
        "pair of sides and year, a counterforce first strike (greedy allocation by\n"
        "marginal kill, lethal radius by cube-root scaling, SSPK, reliability,\n"
        "range from the basing areas, missile defence), the target's surviving\n"
        "warheads, its reply on the striker, damage to each side's value, the\n"
        "Kent & Thaler first-strike stability index per side and combined, and\n"
        "with three sides the striker's residual against the third.\n"
        "`yokushi exchange sspk --yield-kt Y --hardness-psi H --cep-m C` is the\n"
        "kill-probability calculator.\n",
    .options = options,
    .n_options = sizeof options / sizeof options[0],
    .coefficients = coefficients,
    .n_coefficients = YK_XC_COUNT,
    .check = check,
    .run = run,
    .free_data = free_data,
    .write = write_doc,
    .json = json,
    .measures = measures,
};
