/*
 * sensitivity_engine.c - the sensitivity engine's row of the engine
 * table: global sensitivity (Sobol' or Morris, sensitivity.h) of one
 * measure row of another engine over named inputs (coefficients or world
 * fields by `set:` path) or every uncertain input that engine lists; or of
 * a test function. Each design point is the scenario with the point's
 * values set (yk_scenario_with) run with the same seed (point.h).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/numtext.h"
#include "engine/engine_charts.h"
#include "engine/point.h"
#include "yokushi/report_sensitivity.h"
#include "yokushi/sensitivity.h"

#define DEFAULT_SAMPLES "256"
#define DEFAULT_REPLICATES 100

static const yk_engine_option options[] = {
    {"engine", "E", "the engine analysed (default: the scenario's first, else crisis)"},
    {"measure", "M", "its measure (default: its first row), e.g. p_attack"},
    {"id", "ID", "the row's subject: a crisis, a state id, an alliance"},
    {"year", "Y", "the row's year (0: none)"},
    {"variant", "V", "the row's variant (\"\": none), e.g. without_bomb"},
    {"params", "P1,P2,...", "the inputs: coefficient names or set: paths, each =LO:HI to give a range"},
    {"uncertain", NULL, "every uncertain input the engine lists (the default without --params)"},
    {"assumptions", NULL, "every coefficient of the engine over its documented plausible range"},
    {"method", "sobol|morris", "Sobol' indices S1, ST (default) or Morris mu*, mu, sigma"},
    {"samples", "N", "Sobol: base sample N, N(k+2) runs; Morris: trajectories r (default " DEFAULT_SAMPLES ")"},
    {"levels", "P", "Morris grid levels, even (default 4)"},
    {"bootstrap", "B", "bootstrap resamples for the intervals (default 1000)"},
    {"test-function", "ishigami|sobol-g", "analyse a test function with exact indices instead"},
};

typedef struct sens_data {
    yk_sens_result *r;
    yk_sens_report_info info;
    char engine[64], measure[128], id[128], variant[128], test[32];
} sens_data;

static yk_status parse_count(const char *name, const char *v, uint64_t lo, uint64_t hi,
                             uint64_t *out, yk_error *err)
{
    if (!v || !yk_parse_u64(v, hi, out) || *out < lo)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name,
                            "takes a whole number from %llu to %llu (got \"%s\")",
                            (unsigned long long)lo, (unsigned long long)hi, v ? v : "");
    return YK_OK;
}

static yk_status check(const char *name, const char *value, yk_error *err)
{
    uint64_t u;
    if (!strcmp(name, "method")) {
        if (value && (!strcmp(value, "sobol") || !strcmp(value, "morris")))
            return YK_OK;
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name,
                            "takes sobol or morris (got \"%s\")", value ? value : "");
    }
    if (!strcmp(name, "samples"))
        return parse_count(name, value, 2, (uint64_t)1 << 24, &u, err);
    if (!strcmp(name, "levels")) {
        yk_status st = parse_count(name, value, 2, 64, &u, err);
        if (!st && u % 2)
            return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name,
                                "takes an even number (got %s)", value);
        return st;
    }
    if (!strcmp(name, "bootstrap"))
        return parse_count(name, value, 2, 100000, &u, err);
    if (!strcmp(name, "year"))
        return parse_count(name, value, 0, 2200, &u, err);
    if (!strcmp(name, "test-function")) {
        const yk_sens_input *in;
        size_t k;
        yk_sens_model_fn f;
        if (yk_sens_test_function(value, &in, &k, &f))
            return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name,
                                "takes ishigami or sobol-g (got \"%s\")",
                                value ? value : "");
        return YK_OK;
    }
    if (!strcmp(name, "uncertain") || !strcmp(name, "assumptions"))
        return YK_OK;
    if (!value || !*value)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name, "needs a value");
    return YK_OK;
}

/* ---- the inputs ------------------------------------------------------------ */

typedef struct input_list {
    yk_sens_input *in;
    char (*path)[YK_POINT_NAME_MAX];
    double (*range)[2];
    size_t n, cap;
    bool full;
} input_list;

static void list_free(input_list *l)
{
    yk_free(l->in);
    yk_free(l->path);
    yk_free(l->range);
}

static int list_add(void *ud, const yk_engine_input *in)
{
    input_list *l = ud;
    size_t i;
    for (i = 0; i < l->n; i++)
        if (!strcmp(l->path[i], in->path))
            return 0;
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 64;
        yk_sens_input *a = yk_realloc(l->in, cap * sizeof *a);
        char(*p)[YK_POINT_NAME_MAX];
        double(*r)[2];
        if (a)
            l->in = a;
        p = a ? yk_realloc(l->path, cap * sizeof *p) : NULL;
        if (p)
            l->path = p;
        r = p ? yk_realloc(l->range, cap * sizeof *r) : NULL;
        if (!r || l->n >= YK_POINT_MAX_INPUTS) {
            l->full = true;
            return 1;
        }
        l->range = r;
        l->cap = cap;
    }
    snprintf(l->path[l->n], YK_POINT_NAME_MAX, "%s", in->path);
    l->in[l->n].dist = *in->param;
    l->range[l->n][0] = in->range_lo;
    l->range[l->n][1] = in->range_hi;
    l->n++;
    return 0;
}

static yk_param uniform(double lo, double hi)
{
    yk_param p;
    memset(&p, 0, sizeof p);
    p.kind = YK_DIST_UNIFORM;
    p.a = p.lo = lo;
    p.b = p.hi = hi;
    p.value = 0.5 * (lo + hi);
    return p;
}

static yk_status add(input_list *l, const yk_engine_input *in, yk_error *err)
{
    if (list_add(l, in))
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    return YK_OK;
}

/* One --params item NAME or NAME=LO:HI into the chosen list. */
static yk_status pick(const yk_engine *e, const input_list *all, const char *item,
                      input_list *out, yk_error *err)
{
    char name[YK_POINT_NAME_MAX], path[YK_POINT_NAME_MAX];
    const char *eq = strchr(item, '=');
    yk_engine_input in;
    yk_param p;
    size_t i, len = eq ? (size_t)(eq - item) : strlen(item);
    if (!len || len >= sizeof name)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "params", "bad input \"%s\"", item);
    memcpy(name, item, len);
    name[len] = '\0';
    yk_point_path(e, name, path, sizeof path);
    in.path = path;
    in.param = &p;
    in.range_lo = in.range_hi = NAN;
    if (eq) {
        char *end;
        double lo = yk_strtod_c(eq + 1, &end), hi;
        if (*end != ':')
            goto bad_range;
        hi = yk_strtod_c(end + 1, &end);
        if (*end || !(lo < hi) || !isfinite(lo) || !isfinite(hi))
            goto bad_range;
        p = uniform(lo, hi);
        return add(out, &in, err);
    }
    for (i = 0; i < all->n; i++)
        if (!strcmp(all->path[i], path))
            break;
    if (i == all->n)
        return yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, "params",
                            "%s is not an input of %s here: give its range as %s=LO:HI",
                            name, yk_engine_name(e), name);
    p = all->in[i].dist;
    if (!yk_param_is_uncertain(&p)) {
        if (isnan(all->range[i][0]))
            return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "params",
                                "%s is fixed in this scenario: give its range as %s=LO:HI",
                                name, name);
        p = uniform(all->range[i][0], all->range[i][1]);
    }
    return add(out, &in, err);
bad_range:
    return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "params",
                        "%s: a range is LO:HI with LO < HI (got \"%s\")", name, eq + 1);
}

/* --assumptions: every coefficient of the engine (the judgement calls of
 * docs/MODEL.md's coefficient tables), drawn from its distribution where
 * the scenario gives one, else uniform over its documented plausible
 * range, whatever fixed value the scenario or the default gives it: the
 * design asks what each assumption's range does to the answer. */
static yk_status add_assumptions(const input_list *all, input_list *out, yk_error *err)
{
    static const char prefix[] = "coefficients.";
    yk_status st = YK_OK;
    size_t i;
    for (i = 0; i < all->n && !st; i++) {
        yk_param p = all->in[i].dist;
        yk_engine_input in = {all->path[i], &p, NAN, NAN};
        if (strncmp(all->path[i], prefix, sizeof prefix - 1))
            continue;
        if (!yk_param_is_uncertain(&p)) {
            if (!(all->range[i][0] < all->range[i][1]))
                continue; /* a coefficient without a range is no assumption */
            p = uniform(all->range[i][0], all->range[i][1]);
        }
        st = add(out, &in, err);
    }
    return st;
}

static yk_status choose_inputs(const yk_engine *e, const yk_scenario *s,
                               const yk_run_options *o, const char *id,
                               input_list *out, yk_error *err)
{
    input_list all;
    const char *params = yk_run_options_get(o, "params", NULL);
    bool assumptions = yk_run_options_flag(o, "assumptions");
    yk_status st;
    memset(&all, 0, sizeof all);
    st = yk_engine_inputs(e, s, id, list_add, &all);
    if (st == YK_E_NOTFOUND)
        st = yk_error_set(err, st, NULL, 0, 0, "id", "%s has no subject \"%s\"",
                          yk_engine_name(e), id ? id : "");
    else if (st || all.full)
        st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    if (!st && ((!params && !assumptions) || yk_run_options_flag(o, "uncertain"))) {
        size_t i;
        for (i = 0; i < all.n && !st; i++)
            if (yk_param_is_uncertain(&all.in[i].dist)) {
                yk_engine_input in = {all.path[i], &all.in[i].dist, NAN, NAN};
                if (list_add(out, &in))
                    st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
            }
    }
    if (!st && assumptions)
        st = add_assumptions(&all, out, err);
    if (!st && params) {
        char item[2 * YK_POINT_NAME_MAX];
        const char *p = params;
        while (!st && *p) {
            size_t n = strcspn(p, ",");
            snprintf(item, sizeof item, "%.*s", (int)n, p);
            st = pick(e, &all, item, out, err);
            p += n + (p[n] == ',');
        }
    }
    if (!st && !out->n)
        st = yk_error_set(err, YK_E_ARG, NULL, 0, 0, "params",
                          "no uncertain input in this scenario: name them with --params");
    list_free(&all);
    return st;
}

/* ---- the model at a point -------------------------------------------------- */

typedef struct point_ctx {
    yk_point_model m;
    const sens_data *d;
} point_ctx;

static yk_status at_point(void *ud, const double *x, size_t k, double *y, yk_error *err)
{
    const point_ctx *c = ud;
    const sens_data *d = c->d;
    yk_engine_result *res;
    yk_scenario *s2;
    yk_measure_row row;
    yk_status st;
    (void)k;
    st = yk_point_run(&c->m, x, &res, &s2, err);
    if (st)
        return st;
    st = yk_engine_result_measure(res, d->measure, d->id, d->info.year, d->variant, &row);
    if (st == YK_E_NOTFOUND)
        yk_error_set(err, st, NULL, 0, 0, "measure", "%s gives no row %s%s%s%s%s",
                     d->engine, d->measure, *d->id ? " id " : "", d->id,
                     *d->variant ? " variant " : "", d->variant);
    else if (!st && isnan(row.mean))
        st = yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, "measure",
                          "%s is undefined (NaN) at a point of the design", d->measure);
    *y = row.mean;
    yk_engine_result_free(res);
    yk_scenario_free(s2);
    return st;
}

/* The first row of a run at the scenario as it is: the default measure. */
static int first_row(void *ud, const yk_measure_row *row)
{
    sens_data *d = ud;
    snprintf(d->measure, sizeof d->measure, "%s", row->measure);
    snprintf(d->id, sizeof d->id, "%s", row->id);
    snprintf(d->variant, sizeof d->variant, "%s", row->variant);
    d->info.year = row->year;
    return 1;
}

static yk_status default_measure(const yk_engine *e, const yk_scenario *s,
                                 const yk_run_options *inner, sens_data *d,
                                 yk_error *err)
{
    yk_engine_result *res;
    yk_status st = yk_engine_run(e, s, inner, &res, err);
    if (st)
        return st;
    st = yk_engine_result_measures(res, first_row, d);
    yk_engine_result_free(res);
    return st == YK_E_INTERRUPTED ? YK_OK
                                  : yk_error_set(err, YK_E_ARG, NULL, 0, 0, "measure",
                                                 "%s lists no measure", d->engine);
}

static void copy_opt(const yk_run_options *o, const char *name, char *buf, size_t size)
{
    const char *v = yk_run_options_get(o, name, NULL);
    if (v)
        snprintf(buf, size, "%s", v);
}

static yk_status analyse(const yk_scenario *s, const yk_run_options *o, uint64_t seed,
                         sens_data *d, yk_sens_options *so, yk_error *err)
{
    const yk_engine *e;
    input_list in;
    point_ctx c;
    const char **paths = NULL;
    size_t i;
    yk_status st;
    memset(&in, 0, sizeof in);
    memset(&c, 0, sizeof c);
    st = yk_point_engine(o, s, "sensitivity", &e, err);
    if (st)
        return st;
    snprintf(d->engine, sizeof d->engine, "%s", yk_engine_name(e));
    st = yk_point_options(o, seed, DEFAULT_REPLICATES, &c.m.inner, err);
    if (st)
        return st;
    d->info.replicates = o && o->replicates ? o->replicates : DEFAULT_REPLICATES;
    if (yk_run_options_get(o, "measure", NULL)) {
        copy_opt(o, "measure", d->measure, sizeof d->measure);
        copy_opt(o, "id", d->id, sizeof d->id);
        copy_opt(o, "variant", d->variant, sizeof d->variant);
        uint64_t y;
        if (yk_parse_u64(yk_run_options_get(o, "year", NULL), 2200, &y))
            d->info.year = (int)y;
    } else {
        st = default_measure(e, s, c.m.inner, d, err);
    }
    if (!st)
        st = choose_inputs(e, s, o, *d->id ? d->id : NULL, &in, err);
    if (!st && !(paths = yk_malloc(in.n * sizeof *paths)))
        st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    if (!st) {
        for (i = 0; i < in.n; i++) {
            paths[i] = in.path[i];
            in.in[i].name = in.path[i];
        }
        c.m.engine = e;
        c.m.s = s;
        c.m.paths = paths;
        c.m.k = in.n;
        c.d = d;
        st = yk_sens_run(in.in, in.n, at_point, &c, so, &d->r, err);
    }
    yk_free(paths);
    list_free(&in);
    yk_run_options_free(c.m.inner);
    return st;
}

static void free_data(void *data)
{
    sens_data *d = data;
    if (d)
        yk_sens_result_free(d->r);
    yk_free(d);
}

static yk_status run(const yk_scenario *s, const yk_run_options *o, uint64_t seed,
                     void **out, yk_error *err)
{
    sens_data *d = yk_calloc(1, sizeof *d);
    yk_sens_options so;
    const char *method = yk_run_options_get(o, "method", NULL);
    const char *test = yk_run_options_get(o, "test-function", NULL);
    const char *v;
    uint64_t u;
    yk_status st;
    *out = NULL;
    if (!d)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    memset(&so, 0, sizeof so);
    so.method = method && !strcmp(method, "morris") ? YK_SENS_MORRIS : YK_SENS_SOBOL;
    v = yk_run_options_get(o, "samples", NULL);
    so.samples = (int64_t)(yk_parse_u64(v ? v : DEFAULT_SAMPLES, (uint64_t)1 << 24, &u) ? u : 0);
    if ((v = yk_run_options_get(o, "levels", NULL)) && yk_parse_u64(v, 64, &u))
        so.levels = (int)u;
    if ((v = yk_run_options_get(o, "bootstrap", NULL)) && yk_parse_u64(v, 100000, &u))
        so.bootstrap = (int)u;
    so.seed = seed;
    if (o) {
        so.threads = o->threads;
        so.stop = o->stop;
        so.progress = o->progress;
        so.progress_ud = o->progress_ud;
        so.spread = o->spread;
        so.spread_ud = o->spread_ud;
    }
    d->info.measure = d->measure;
    d->info.id = d->id;
    d->info.variant = d->variant;
    if (test) {
        const yk_sens_input *in;
        size_t k;
        yk_sens_model_fn f;
        snprintf(d->test, sizeof d->test, "%s", test);
        d->info.test_function = d->test;
        st = yk_sens_test_function(test, &in, &k, &f);
        if (!st)
            st = yk_sens_run(in, k, f, NULL, &so, &d->r, err);
    } else {
        d->info.engine = d->engine;
        st = analyse(s, o, seed, d, &so, err);
    }
    if (st) {
        free_data(d);
        return st;
    }
    *out = d;
    return YK_OK;
}

static yk_status write_doc(const void *data, yk_format fmt, const yk_run_meta *meta,
                           FILE *out)
{
    const sens_data *d = data;
    yk_status st = yk_report_sensitivity(out, fmt, d->r, &d->info, meta);
    return st ? st : yk_engine_stream_status(out);
}

static void json(const void *data, yk_json *j)
{
    const sens_data *d = data;
    yk_report_sensitivity_json(j, d->r, &d->info);
}

static yk_status measures(const void *data, yk_measure_fn fn, void *ud)
{
    const sens_data *d = data;
    return yk_sens_result_measures(d->r, fn, ud);
}

static yk_status charts(const void *data, yk_chart_fn fn, void *ud)
{
    const sens_data *d = data;
    char what[600];
    if (d->info.test_function)
        snprintf(what, sizeof what, "the %s function", d->info.test_function);
    else
        snprintf(what, sizeof what, "%s %s%s%s", d->engine, d->measure, *d->id ? " " : "",
                 d->id);
    return yk_sens_charts(d->r, what, fn, ud);
}

const yk_engine yk_engine_sensitivity_desc = {
    .name = "sensitivity",
    .summary = "which inputs drive an engine's answer: Sobol' indices or Morris effects",
    .description =
        "Global sensitivity analysis (docs/MODEL.md \"Sensitivity analysis\") of one\n"
        "measure row of another engine (--engine, --measure, --id, --year, --variant)\n"
        "over named inputs (--params: coefficient names or set: paths, NAME=LO:HI for\n"
        "a range) or every uncertain input the engine reads (--uncertain, the\n"
        "default). Sobol: Saltelli's design on GSL's Sobol' sequence (Philox draws\n"
        "beyond 20 inputs), first-order S1 (Saltelli 2010) and total ST (Jansen)\n"
        "indices; Morris: mu*, mu, sigma of elementary effects on a p-level grid.\n"
        "95% bootstrap intervals. Every point runs the engine with the same seed\n"
        "(common random numbers) and --replicates replicates (default 100).\n"
        "--test-function ishigami|sobol-g checks the estimators on exact indices.\n",
    .options = options,
    .n_options = sizeof options / sizeof options[0],
    .coefficients = NULL, /* it has none of its own */
    .n_coefficients = 0,
    .check = check,
    .run = run,
    .free_data = free_data,
    .write = write_doc,
    .json = json,
    .measures = measures,
    .charts = charts,
};
