/*
 * crisis_engine.c - the crisis engine's row of the engine table. A run is
 * one of three things, by its options: every crisis of the world by Monte
 * Carlo (yk_crisis_run, the default), a sweep of one input of one crisis
 * (`vary`, yk_crisis_sweep), or the studies at the means (`signal`,
 * `lambda`, yk_crisis_study_run); each is written by its report
 * (report_crisis.h).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/alloc.h"
#include "engine/engine_charts.h"
#include "engine/engine_int.h"
#include "world/suggest.h"
#include "yokushi/crisis.h"
#include "yokushi/report_crisis.h"

static const yk_engine_option options[] = {
    {"crisis", "NAME", "the crisis vary, signal, lambda study (default: the first)"},
    {"vary", "NAME=LO:HI:STEPS", "sweep one input within its range (see above)"},
    {"signal", NULL, "the pre-crisis signalling stage at the means"},
    {"lambda", "L", "the logit QRE at rationality L >= 0, at the means"},
    {"draws", "FILE.csv", "also writes one CSV row per draw: inputs and outcomes"},
};

typedef enum crisis_kind { KIND_TABLE, KIND_SWEEP, KIND_STUDY } crisis_kind;

typedef struct crisis_data {
    crisis_kind kind;
    yk_crisis_result *table;      /* KIND_TABLE */
    yk_crisis_sweep_result *sweep;
    yk_crisis_study *study;
    /* the why lines as data, per crisis (KIND_TABLE) */
    yk_crisis_why_item (*why)[YK_CRISIS_WHY_ITEMS_MAX];
    int *n_why;
    /* --draws: the file, and what yk_crisis_write_draws draws again */
    char *draws;
    const yk_scenario *scenario;
    yk_crisis_options options;
} crisis_data;

typedef struct vary_spec {
    char name[64];
    double lo, hi;
    int steps;
} vary_spec;

static const yk_coefficient_spec *coefficients(void)
{
    return yk_crisis_coef_specs();
}

/* NAME=LO:HI:STEPS, each part checked as yk_crisis_sweep checks it. */
static yk_status parse_vary(const char *spec, vary_spec *v, yk_error *err)
{
    const char *eq = strchr(spec, '=');
    char *end;
    size_t len;
    long steps;
    if (!eq || eq == spec || (len = (size_t)(eq - spec)) >= sizeof v->name)
        goto bad;
    memcpy(v->name, spec, len);
    v->name[len] = '\0';
    errno = 0;
    v->lo = strtod(eq + 1, &end);
    if (errno || *end != ':')
        goto bad;
    v->hi = strtod(end + 1, &end);
    if (errno || *end != ':')
        goto bad;
    steps = strtol(end + 1, &end, 10);
    if (errno || *end || end[-1] == ':' || steps < 0 || steps > YK_CRISIS_SWEEP_MAX_STEPS + 1L)
        goto bad;
    v->steps = (int)steps;
    return yk_crisis_sweep_check(v->name, v->lo, v->hi, v->steps, err);
bad:
    return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "vary",
                        "takes NAME=LO:HI:STEPS with LO < HI and 2 <= STEPS <= %d (got \"%s\")",
                        YK_CRISIS_SWEEP_MAX_STEPS, spec);
}

static yk_status parse_lambda(const char *value, double *lambda, yk_error *err)
{
    char *end;
    errno = 0;
    *lambda = strtod(value, &end);
    if (errno || end == value || *end || !(*lambda >= 0) || !isfinite(*lambda))
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "lambda",
                            "takes a number >= 0 (got \"%s\")", value);
    return YK_OK;
}

static yk_status check(const char *name, const char *value, yk_error *err)
{
    vary_spec v;
    double lambda;
    if (!strcmp(name, "vary"))
        return parse_vary(value, &v, err);
    if (!strcmp(name, "lambda"))
        return parse_lambda(value, &lambda, err);
    if (!strcmp(name, "crisis") && !*value)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name, "takes a crisis's name");
    if (!strcmp(name, "draws") && (!value || !*value))
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name, "takes a file name");
    return YK_OK;
}

/* A name that is no crisis's: the one crisis it matches but for case, or
 * YK_E_NOTFOUND with the likely typo. */
static yk_status no_crisis(const yk_world *w, const char *name, size_t *k, yk_error *err)
{
    const char **names = yk_calloc(w->n_crises + 1, sizeof *names);
    const char *near;
    size_t i, hits = 0;
    if (!names)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    for (i = 0; i < w->n_crises; i++) {
        names[i] = w->crises[i].name;
        if (!strcasecmp(names[i], name)) {
            *k = i;
            hits++;
        }
    }
    if (hits == 1) {
        yk_free(names);
        return YK_OK;
    }
    near = yk_suggest(name, names, w->n_crises);
    yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, "crisis", "no crisis named \"%s\"%s%s%s",
                 name, near ? "; did you mean \"" : "", near ? near : "", near ? "\"?" : "");
    yk_free(names);
    return YK_E_NOTFOUND;
}

/* The crisis the studies use: named, or the world's first. */
static yk_status find_crisis(const yk_scenario *s, const char *name, size_t *k,
                             yk_error *err)
{
    const yk_world *w = yk_scenario_world(s);
    size_t i;
    if (!w->n_crises)
        return yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, NULL, "the world has no crises");
    *k = 0;
    if (!name)
        return YK_OK;
    for (i = 0; i < w->n_crises; i++)
        if (!strcmp(w->crises[i].name, name)) {
            *k = i;
            return YK_OK;
        }
    return no_crisis(w, name, k, err);
}

/* The study the options ask for, in the order run_kind picks one. */
static const char *kind(const yk_run_options *o)
{
    bool lambda = yk_run_options_get(o, "lambda", NULL) != NULL;
    if (yk_run_options_get(o, "vary", NULL))
        return "vary";
    if (yk_run_options_flag(o, "signal"))
        return lambda ? "qre-signal" : "signal";
    return lambda ? "qre" : NULL;
}

/* Each crisis's why at the means as data (yk_crisis_why_items), from the
 * model at the parameters' means as the why lines are: the inputs the
 * run set up (setting each crisis up again would solve its ladder and
 * exchanges twice). */
static yk_status why_data(const yk_crisis_result *r, crisis_data *d, yk_error *err)
{
    size_t i, n = yk_crisis_result_count(r);
    d->why = yk_calloc(n ? n : 1, sizeof *d->why);
    d->n_why = yk_calloc(n ? n : 1, sizeof *d->n_why);
    if (!d->why || !d->n_why)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    for (i = 0; i < n; i++) {
        yk_crisis_model m;
        yk_crisis_solution sol;
        yk_crisis_model_init(&m, yk_crisis_outcome_inputs(yk_crisis_result_at(r, i)));
        yk_crisis_solve(&m, &sol);
        d->n_why[i] = yk_crisis_why_items(&m, &sol, d->why[i], YK_CRISIS_WHY_ITEMS_MAX);
    }
    return YK_OK;
}

static yk_status run_kind(const yk_scenario *s, const yk_run_options *o,
                          const yk_crisis_options *co, crisis_data *d, yk_error *err)
{
    const char *vary = yk_run_options_get(o, "vary", NULL);
    const char *lambda_text = yk_run_options_get(o, "lambda", NULL);
    bool signal = yk_run_options_flag(o, "signal");
    size_t k;
    yk_status st = find_crisis(s, yk_run_options_get(o, "crisis", NULL), &k, err);
    if (st)
        return st;
    if (kind(o) && yk_run_options_get(o, "draws", NULL))
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "draws",
                            "goes with the Monte Carlo table, not --%s",
                            vary ? "vary" : signal ? "signal" : "lambda");
    if (vary) {
        vary_spec v;
        st = parse_vary(vary, &v, err);
        d->kind = KIND_SWEEP;
        return st ? st : yk_crisis_sweep(s, k, v.name, v.lo, v.hi, v.steps, co, &d->sweep, err);
    }
    if (signal || lambda_text) {
        double lambda = 0;
        if (lambda_text && (st = parse_lambda(lambda_text, &lambda, err)) != YK_OK)
            return st;
        d->kind = KIND_STUDY;
        return yk_crisis_study_run(s, k, signal, lambda_text != NULL, lambda, &d->study, err);
    }
    d->kind = KIND_TABLE;
    st = yk_crisis_run(s, co, &d->table, err);
    if (!st)
        st = why_data(d->table, d, err);
    if (!st && yk_run_options_get(o, "draws", NULL)) {
        d->draws = yk_strdup(yk_run_options_get(o, "draws", NULL));
        if (!d->draws)
            return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
        d->scenario = s;
        d->options = *co;
        d->options.progress = NULL; /* the run's progress is over */
    }
    return st;
}

static void free_data(void *data);

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
        co.progress = o->progress;
        co.progress_ud = o->progress_ud;
        co.spread = o->spread;
        co.spread_ud = o->spread_ud;
    }
    st = run_kind(s, o, &co, d, err);
    if (st) {
        free_data(d);
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
    yk_crisis_result_free(d->table);
    yk_crisis_sweep_free(d->sweep);
    yk_crisis_study_free(d->study);
    yk_free(d->draws);
    yk_free(d->why);
    yk_free(d->n_why);
    yk_free(d);
}

/* A study at the means is not a table: no CSV. */
static bool has_format(const yk_run_options *o, yk_format fmt)
{
    const char *k = kind(o);
    return fmt != YK_FORMAT_CSV || !k || !strcmp(k, "vary");
}

static void crisis_json(yk_json *j, const crisis_data *d);

/* JSON members of a table's document: the table and its why as data. */
static void table_members(yk_json *j, const void *data)
{
    crisis_json(j, data);
}

static yk_status write_doc(const void *data, yk_format fmt, const yk_run_meta *meta,
                           FILE *out)
{
    const crisis_data *d = data;
    if (d->kind == KIND_SWEEP)
        yk_report_crisis_sweep(out, fmt, d->sweep, meta);
    else if (d->kind == KIND_STUDY)
        yk_report_crisis_study(out, fmt, d->study, meta);
    else if (fmt == YK_FORMAT_JSON)
        return yk_report_json_document(out, meta, table_members, d);
    else
        yk_report_crisis(out, fmt, d->table, meta);
    return yk_engine_stream_status(out);
}


/* The table's JSON and, beside it, each crisis's why as data:
 * results.crisis_why = [{"crisis", "decisions": [{"decision", "actor",
 * "chosen", "other", "value_chosen", "value_other", "margin", "tie"}]}]. */
static void crisis_json(yk_json *j, const crisis_data *d)
{
    size_t i;
    int k;
    yk_report_crisis_json(j, d->table);
    yk_json_array_begin(j, "crisis_why");
    for (i = 0; i < yk_crisis_result_count(d->table); i++) {
        yk_json_object_begin(j, NULL);
        yk_json_string(j, "crisis", yk_crisis_outcome_name(yk_crisis_result_at(d->table, i)));
        yk_json_array_begin(j, "decisions");
        for (k = 0; k < d->n_why[i]; k++) {
            const yk_crisis_why_item *w = &d->why[i][k];
            yk_json_object_begin(j, NULL);
            yk_json_string(j, "decision", w->decision);
            yk_json_string(j, "actor", w->actor);
            yk_json_string(j, "chosen", w->chosen);
            yk_json_string(j, "other", w->other);
            yk_json_number(j, "value_chosen", w->value_chosen);
            yk_json_number(j, "value_other", w->value_other);
            yk_json_number(j, "margin", w->margin);
            yk_json_bool(j, "tie", w->tie);
            yk_json_object_end(j);
        }
        yk_json_array_end(j);
        yk_json_object_end(j);
    }
    yk_json_array_end(j);
}

static void json(const void *data, yk_json *j)
{
    const crisis_data *d = data;
    if (d->kind == KIND_SWEEP)
        yk_report_crisis_sweep_json(j, d->sweep);
    else if (d->kind == KIND_STUDY)
        yk_report_crisis_study_json(j, d->study);
    else
        crisis_json(j, d);
}

static const char *draws_file(const void *data)
{
    return ((const crisis_data *)data)->draws;
}

static yk_status write_draws(const void *data, const yk_run_meta *meta, FILE *out)
{
    const crisis_data *d = data;
    yk_error err;
    yk_status st = yk_report_crisis_draws(out, d->scenario, &d->options, meta, &err);
    return st ? st : yk_engine_stream_status(out);
}

/* The table's numbers as rows: each crisis's five measures with T as
 * the world has it (variant "") and without the bomb ("without_bomb"),
 * as the JSON document nests them. Studies have no rows. */
static int crisis_rows(const yk_crisis_outcome *c, bool with_bomb,
                       yk_measure_fn fn, void *ud)
{
    yk_crisis_numbers n = yk_crisis_outcome_numbers(c, with_bomb);
    const struct {
        const char *name;
        yk_crisis_estimate e;
    } m[] = {
        {"p_attack", n.p_attack},
        {"p_defend_given_attack", n.p_defend_given_attack},
        {"p_defend_if_attacked", n.p_defend_if_attacked},
        {"p_nuclear_use", n.p_nuclear_use},
        {"p_target_conquered", n.p_target_conquered},
        {"p_fait_accompli", n.p_fait_accompli},
        {"p_escalation", n.p_escalation},
    };
    size_t k;
    for (k = 0; k < sizeof m / sizeof m[0]; k++) {
        if (m[k].e.mean != m[k].e.mean && !strcmp(m[k].name, "p_fait_accompli"))
            continue; /* no theatre data: no row, as JSON writes null */
        yk_measure_row row = {m[k].name, yk_crisis_outcome_name(c), 0,
                              with_bomb ? "" : "without_bomb",
                              m[k].e.mean, m[k].e.lo, m[k].e.hi};
        if (fn(ud, &row))
            return 1;
    }
    return 0;
}

/* One row without an interval (a count, a quantile, a crossing). */
static int plain_row(yk_measure_fn fn, void *ud, const char *measure, const char *id,
                     const char *variant, double value)
{
    yk_measure_row row = {measure, id, 0, variant, value, NAN, NAN};
    return fn(ud, &row);
}

/* The rest of a crisis's JSON numbers: replicates, the draw counts and
 * each decision's margin quantiles (variant: the decision). */
static int crisis_counts(const yk_crisis_outcome *c, yk_measure_fn fn, void *ud)
{
    static const char *const q[3] = {"margin_p05", "margin_p50", "margin_p95"};
    const char *name = yk_crisis_outcome_name(c);
    size_t d;
    int k;
    if (plain_row(fn, ud, "replicates", name, "", (double)yk_crisis_outcome_replicates(c)) ||
        plain_row(fn, ud, "attacking_draws", name, "",
                  (double)yk_crisis_outcome_numbers(c, true).attacking_draws) ||
        plain_row(fn, ud, "attacking_draws", name, "without_bomb",
                  (double)yk_crisis_outcome_numbers(c, false).attacking_draws) ||
        plain_row(fn, ud, "draws_without_pure_equilibrium", name, "",
                  (double)yk_crisis_outcome_no_pure(c)) ||
        plain_row(fn, ud, "draws_with_other_equilibrium", name, "",
                  (double)yk_crisis_outcome_other_equilibrium(c)))
        return 1;
    for (d = 0; d < yk_crisis_decision_count(); d++)
        if (plain_row(fn, ud, "draws_deciding_otherwise", name, yk_crisis_decision_name(d),
                      (double)yk_crisis_outcome_flips(c, d)))
            return 1;
    for (d = 0; d < yk_crisis_decision_count(); d++)
        for (k = 0; k < 3; k++)
            if (plain_row(fn, ud, q[k], name, yk_crisis_decision_name(d),
                          yk_crisis_outcome_margin_quantile(c, d, k)))
                return 1;
    return 0;
}

/* A sweep's points as rows: variant "INPUT=VALUE" (the value in its
 * shortest round-trip text), each measure with its interval; then the
 * crossing points, variant "INPUT#N" (N from 1), mean the input's value. */
static yk_status sweep_rows(const yk_crisis_sweep_result *r, yk_measure_fn fn, void *ud)
{
    const char *crisis = yk_crisis_sweep_crisis(r), *input = yk_crisis_sweep_input(r);
    char variant[128], num[40];
    size_t i, k;
    for (i = 0; i < yk_crisis_sweep_count(r); i++) {
        yk_crisis_numbers n = yk_crisis_sweep_numbers(r, i);
        const struct {
            const char *name;
            yk_crisis_estimate e;
        } m[] = {
            {"p_attack", n.p_attack},
            {"p_defend_given_attack", n.p_defend_given_attack},
            {"p_defend_if_attacked", n.p_defend_if_attacked},
            {"p_nuclear_use", n.p_nuclear_use},
            {"p_target_conquered", n.p_target_conquered},
        };
        yk_format_double(yk_crisis_sweep_value(r, i), num, sizeof num);
        snprintf(variant, sizeof variant, "%s=%s", input, num);
        for (k = 0; k < sizeof m / sizeof m[0]; k++) {
            yk_measure_row row = {m[k].name, crisis, 0, variant,
                                  m[k].e.mean, m[k].e.lo, m[k].e.hi};
            if (fn(ud, &row))
                return YK_E_INTERRUPTED;
        }
        if (plain_row(fn, ud, "attacking_draws", crisis, variant, (double)n.attacking_draws))
            return YK_E_INTERRUPTED;
    }
    for (i = 0; i < yk_crisis_sweep_crossing_count(r); i++) {
        snprintf(variant, sizeof variant, "%s#%zu", input, i + 1);
        if (plain_row(fn, ud, "crossing", crisis, variant, yk_crisis_sweep_crossing(r, i)->at))
            return YK_E_INTERRUPTED;
    }
    return YK_OK;
}

static yk_status measures(const void *data, yk_measure_fn fn, void *ud)
{
    const crisis_data *d = data;
    size_t i;
    if (d->kind == KIND_SWEEP)
        return sweep_rows(d->sweep, fn, ud);
    if (d->kind != KIND_TABLE)
        return YK_E_ARG;
    for (i = 0; i < yk_crisis_result_count(d->table); i++) {
        const yk_crisis_outcome *c = yk_crisis_result_at(d->table, i);
        int k;
        if (crisis_rows(c, true, fn, ud) || crisis_rows(c, false, fn, ud) ||
            crisis_counts(c, fn, ud))
            return YK_E_INTERRUPTED;
        /* the escalation risk and damage at the means (JSON at_means) */
        for (k = 0; k < YK_CRISIS_MEAN_COUNT; k++) {
            double v = yk_crisis_outcome_at_means(c, (yk_crisis_mean_id)k);
            if (v == v && plain_row(fn, ud, "at_means", yk_crisis_outcome_name(c),
                                    yk_crisis_mean_name((yk_crisis_mean_id)k), v))
                return YK_E_INTERRUPTED;
        }
        /* the margin of each decision at the means (the why lines') */
        for (k = 0; k < d->n_why[i]; k++)
            if (plain_row(fn, ud, "why_margin", yk_crisis_outcome_name(c), d->why[i][k].decision,
                          d->why[i][k].margin))
                return YK_E_INTERRUPTED;
    }
    return YK_OK;
}

/* The table's bars with and without T's bomb, or a sweep's curves; a
 * study at the means has no chart. */
static yk_status charts(const void *data, yk_chart_fn fn, void *ud)
{
    const crisis_data *d = data;
    if (d->kind == KIND_TABLE)
        return yk_crisis_table_charts(d->table, fn, ud);
    if (d->kind == KIND_SWEEP)
        return yk_crisis_sweep_charts(d->sweep, fn, ud);
    return YK_E_ARG;
}

const yk_engine yk_engine_crisis_desc = {
    .name = "crisis",
    .summary = "aggressor, target ally and patron: who attacks, fights, uses nuclear weapons",
    .description =
        "The crisis engine (docs/MODEL.md, section 9): for each crisis of the\n"
        "scenario's world, the perfect Bayesian equilibrium of the game between\n"
        "aggressor A, target T and patron P, by Monte Carlo over every uncertain\n"
        "parameter: P(attack), P(defend | attack) over the attacking draws, P's\n"
        "policy if attacked over every draw, P(nuclear use), P(T conquered) with\n"
        "95% intervals, the same with T non-nuclear (the value of the bomb), why\n"
        "(the deciding comparisons and margins at the parameters' means, a tie as\n"
        "an indifference), and how many draws decide otherwise. --draws FILE.csv\n"
        "writes every draw's inputs and outcomes.\n"
        "--vary sweeps one input (a coefficient name, or kappa, stake_a, stake_t,\n"
        "stake_p, power_a, power_t, power_p, resolve_a, warheads_a, warheads_t,\n"
        "warheads_p, independence, commitment, forward_forces, consultation,\n"
        "network) within its range over STEPS points (2..10000) and locates the\n"
        "crossing points where the equilibrium changes by bisection to 1e-6.\n",
    .options = options,
    .n_options = sizeof options / sizeof options[0],
    .coefficients = coefficients,
    .n_coefficients = YK_KC_COUNT,
    .check = check,
    .kind = kind,
    .run = run,
    .free_data = free_data,
    .has_format = has_format,
    .write = write_doc,
    .json = json,
    .draws_file = draws_file,
    .write_draws = write_draws,
    .measures = measures,
    .charts = charts,
    .inputs = yk_crisis_engine_inputs,
};
