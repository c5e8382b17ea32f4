/*
 * sweep_engine.c - the sweep engine's row of the engine table: another
 * engine's rows over a grid of one or two `set:` paths (world fields or
 * coefficients), every point the scenario with the point's values set
 * (yk_scenario_with, so each value is range-checked as a file's is) and
 * run with the same seed (point.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/numtext.h"
#include "engine/engine_charts.h"
#include "engine/point.h"
#include "yokushi/report_sensitivity.h"

#define MAX_STEPS 1000

static const yk_engine_option options[] = {
    {"engine", "E", "the engine swept (default: the scenario's first, else crisis)"},
    {"measure", "M", "only this measure's rows (default: every row)"},
    {"id", "ID", "only rows about this subject"},
    {"year", "Y", "only rows of this year"},
    {"set", "PATH=LO:HI:STEPS", "an axis: a set: path or coefficient name; give one or two"},
};

typedef struct sweep_data {
    yk_sweep_table t;
    char engine[64];
    size_t cap;
} sweep_data;

/* PATH=LO:HI:STEPS, 2 <= STEPS <= MAX_STEPS, LO < HI. */
static yk_status parse_axis(const char *v, char *path, size_t size, double *lo, double *hi,
                            size_t *steps, yk_error *err)
{
    const char *eq = v ? strrchr(v, '=') : NULL;
    char *end;
    uint64_t n;
    if (!eq || eq == v || (size_t)(eq - v) >= size)
        goto bad;
    snprintf(path, size, "%.*s", (int)(eq - v), v);
    *lo = yk_strtod_c(eq + 1, &end);
    if (end == eq + 1 || *end != ':')
        goto bad;
    *hi = yk_strtod_c(end + 1, &end);
    if (*end != ':' || !yk_parse_u64(end + 1, MAX_STEPS, &n) || n < 2 ||
        !isfinite(*lo) || !isfinite(*hi) || !(*lo < *hi))
        goto bad;
    *steps = (size_t)n;
    return YK_OK;
bad:
    return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "set",
                        "takes PATH=LO:HI:STEPS with LO < HI and 2..%d steps "
                        "(got \"%s\")", MAX_STEPS, v ? v : "");
}

static yk_status check(const char *name, const char *value, yk_error *err)
{
    char path[YK_POINT_NAME_MAX];
    double lo, hi;
    size_t steps;
    uint64_t u;
    if (!strcmp(name, "set"))
        return parse_axis(value, path, sizeof path, &lo, &hi, &steps, err);
    if (!strcmp(name, "year") && (!value || !yk_parse_u64(value, 2200, &u)))
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name,
                            "takes a year 0..2200 (got \"%s\")", value ? value : "");
    if (!value || !*value)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name, "needs a value");
    return YK_OK;
}

static void free_data(void *data)
{
    sweep_data *d = data;
    size_t i;
    if (!d)
        return;
    for (i = 0; i < d->t.n_rows; i++) {
        yk_free(d->t.rows[i].measure);
        yk_free(d->t.rows[i].id);
        yk_free(d->t.rows[i].variant);
    }
    yk_free(d->t.rows);
    yk_free(d->t.path[0]);
    yk_free(d->t.path[1]);
    yk_free(d);
}

typedef struct collect {
    sweep_data *d;
    size_t point;
    const char *measure, *id;
    int year; /* -1: any */
    yk_status st;
} collect;

static int keep_row(void *ud, const yk_measure_row *row)
{
    collect *c = ud;
    sweep_data *d = c->d;
    yk_sweep_row *r;
    if ((c->measure && strcmp(c->measure, row->measure)) || (c->id && strcmp(c->id, row->id)) ||
        (c->year >= 0 && c->year != row->year))
        return 0;
    if (d->t.n_rows == d->cap) {
        size_t cap = d->cap ? 2 * d->cap : 64;
        yk_sweep_row *rows = yk_realloc(d->t.rows, cap * sizeof *rows);
        if (!rows) {
            c->st = YK_E_NOMEM;
            return 1;
        }
        d->t.rows = rows;
        d->cap = cap;
    }
    r = &d->t.rows[d->t.n_rows];
    memset(r, 0, sizeof *r);
    r->point = c->point;
    r->year = row->year;
    r->mean = row->mean;
    r->lo = row->lo;
    r->hi = row->hi;
    d->t.n_rows++;
    if (!(r->measure = yk_strdup(row->measure)) || !(r->id = yk_strdup(row->id)) ||
        !(r->variant = yk_strdup(row->variant))) {
        c->st = YK_E_NOMEM;
        return 1;
    }
    return 0;
}

/* The axes from every --set given, in order. */
static yk_status axes(const yk_engine *e, const yk_run_options *o, sweep_data *d,
                      yk_error *err)
{
    size_t i;
    for (i = 0; o && i < o->n_values; i++) {
        char name[YK_POINT_NAME_MAX], path[YK_POINT_NAME_MAX];
        size_t a = d->t.n_axes;
        yk_status st;
        if (strcmp(o->values[i].name, "set"))
            continue;
        if (a == 2)
            return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "set",
                                "a sweep has one or two --set axes");
        st = parse_axis(o->values[i].value, name, sizeof name, &d->t.lo[a], &d->t.hi[a],
                        &d->t.steps[a], err);
        if (st)
            return st;
        yk_point_path(e, name, path, sizeof path);
        if (!(d->t.path[a] = yk_strdup(path)))
            return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
        d->t.n_axes++;
    }
    if (!d->t.n_axes)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "set",
                            "give the axis: --set PATH=LO:HI:STEPS");
    return YK_OK;
}

/* The grid's point p into x. */
static void grid_point(const sweep_data *d, size_t p, double x[2])
{
    x[0] = yk_sweep_value(&d->t, 0, p % d->t.steps[0]);
    x[1] = d->t.n_axes > 1 ? yk_sweep_value(&d->t, 1, p / d->t.steps[0]) : 0;
}

/* Points after the first: their rows are matched to point 0's by key
 * (measure, id, year, variant). An engine's estimates do not depend on
 * its inputs' values, but some of its diagnostic rows do (the crisis
 * engine's why_margin rows follow the equilibrium path at the means: a
 * patron type with prior 0 decides nothing), so a row of point 0 that a
 * later point lacks is NaN there (empty in CSV, null in JSON), and a row
 * point 0 lacks is not reported. */
typedef struct rest_ctx {
    const yk_point_model *m;
    const sweep_data *d;
    const collect *filter;
    size_t n_points;
    const yk_run_options *o;
} rest_ctx;

typedef struct fill {
    const rest_ctx *c;
    double *out;       /* 3 doubles a row */
    size_t j;          /* the row after the last matched */
} fill;

static int fill_row(void *ud, const yk_measure_row *row)
{
    fill *f = ud;
    const collect *c = f->c->filter;
    const yk_sweep_row *k;
    size_t n = f->c->d->t.n_rows, i;
    if ((c->measure && strcmp(c->measure, row->measure)) || (c->id && strcmp(c->id, row->id)) ||
        (c->year >= 0 && c->year != row->year))
        return 0;
    /* the rows mostly come in point 0's order: look from the last match
     * on, then from the start */
    for (i = 0; i < n; i++) {
        size_t j = (f->j + i) % n;
        k = &f->c->d->t.rows[j];
        if (!strcmp(k->measure, row->measure) && !strcmp(k->id, row->id) &&
            !strcmp(k->variant, row->variant) && k->year == row->year) {
            f->out[3 * j] = row->mean;
            f->out[3 * j + 1] = row->lo;
            f->out[3 * j + 2] = row->hi;
            f->j = j + 1;
            return 0;
        }
    }
    return 0;
}

/* Points 1 + [first, first + count) into out (a yk_range_fn). */
static yk_status rest_range(void *ctx, size_t first, size_t count, void *rows,
                            yk_error *err)
{
    const rest_ctx *c = ctx;
    double *out = rows;
    size_t width = 3 * c->d->t.n_rows, i;
    for (i = first; i < first + count; i++) {
        double x[2];
        yk_engine_result *res;
        yk_scenario *s2;
        fill f = {c, out + i * width, 0};
        yk_status st;
        size_t j;
        for (j = 0; j < width; j++)
            f.out[j] = NAN;
        grid_point(c->d, i + 1, x);
        st = yk_point_run(c->m, x, &res, &s2, err);
        if (st)
            return st;
        st = yk_engine_result_measures(res, fill_row, &f);
        yk_engine_result_free(res);
        yk_scenario_free(s2);
        if (st)
            return st == YK_E_NOMEM
                       ? yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory")
                       : yk_error_set(err, st, NULL, 0, 0, NULL,
                                      "%s stopped at grid point %zu", c->d->engine, i + 1);
        if (c->o && c->o->progress && !c->o->spread)
            c->o->progress(c->o->progress_ud, (int64_t)i + 2, (int64_t)c->n_points);
    }
    return YK_OK;
}

/* The rows of points 1.. from out, with point 0's keys. */
static yk_status append_rest(sweep_data *d, size_t n, const double *out)
{
    size_t n0 = d->t.n_rows, p, j;
    yk_sweep_row *rows = yk_realloc(d->t.rows, n * n0 * sizeof *rows);
    if (!rows)
        return YK_E_NOMEM;
    d->t.rows = rows;
    d->cap = n * n0;
    for (p = 1; p < n; p++)
        for (j = 0; j < n0; j++) {
            yk_sweep_row *r = &d->t.rows[d->t.n_rows];
            const double *v = out + ((p - 1) * n0 + j) * 3;
            *r = d->t.rows[j];
            r->point = p;
            r->mean = v[0];
            r->lo = v[1];
            r->hi = v[2];
            r->measure = yk_strdup(d->t.rows[j].measure);
            r->id = yk_strdup(d->t.rows[j].id);
            r->variant = yk_strdup(d->t.rows[j].variant);
            d->t.n_rows++;
            if (!r->measure || !r->id || !r->variant)
                return YK_E_NOMEM;
        }
    return YK_OK;
}

static yk_status run(const yk_scenario *s, const yk_run_options *o, uint64_t seed,
                     void **out, yk_error *err)
{
    sweep_data *d = yk_calloc(1, sizeof *d);
    const yk_engine *e;
    yk_point_model m;
    collect c;
    const char *year = yk_run_options_get(o, "year", NULL);
    double *rest = NULL;
    size_t n;
    yk_status st;
    *out = NULL;
    if (!d)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    memset(&m, 0, sizeof m);
    st = yk_point_engine(o, s, "sweep", &e, err);
    if (!st) {
        snprintf(d->engine, sizeof d->engine, "%s", yk_engine_name(e));
        d->t.engine = d->engine;
        st = axes(e, o, d, err);
    }
    if (!st) {
        const yk_run_config *rc = yk_scenario_run(s);
        char num[16];
        d->t.replicates = o && o->replicates ? o->replicates : rc->replicates;
        st = yk_point_options(o, seed, d->t.replicates, &m.inner, err);
        /* The grid's points run one after another, each over the threads. */
        snprintf(num, sizeof num, "%d", o ? o->threads : 0);
        if (!st)
            st = yk_run_options_set(m.inner, "threads", num, err);
    }
    if (st)
        goto out;
    m.engine = e;
    m.s = s;
    m.paths = (const char *const *)d->t.path;
    m.k = d->t.n_axes;
    memset(&c, 0, sizeof c);
    c.d = d;
    c.measure = yk_run_options_get(o, "measure", NULL);
    c.id = yk_run_options_get(o, "id", NULL);
    {
        uint64_t y;
        c.year = year && yk_parse_u64(year, 2200, &y) ? (int)y : -1;
    }
    n = d->t.steps[0] * (d->t.n_axes > 1 ? d->t.steps[1] : 1);
    /* Point 0 here: it says which rows every point gives. */
    {
        double x[2];
        yk_engine_result *res;
        yk_scenario *s2;
        grid_point(d, 0, x);
        st = yk_point_run(&m, x, &res, &s2, err);
        if (st)
            goto out;
        st = yk_engine_result_measures(res, keep_row, &c);
        if (st == YK_E_INTERRUPTED)
            st = c.st;
        if (st)
            yk_error_set(err, st, NULL, 0, 0, NULL,
                         st == YK_E_NOMEM ? "out of memory" : "%s lists no rows", d->engine);
        yk_engine_result_free(res);
        yk_scenario_free(s2);
        if (!st && !d->t.n_rows)
            st = yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, "measure",
                              "%s gives no row matching the --measure, --id and --year given",
                              d->engine);
        if (!st && o && o->progress)
            o->progress(o->progress_ud, 1, (int64_t)n);
    }
    if (!st && n > 1) {
        rest_ctx rc = {&m, d, &c, n, o};
        size_t width = 3 * d->t.n_rows;
        rest = yk_malloc((n - 1) * width * sizeof *rest);
        if (!rest)
            st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
        else if (o && o->spread)
            st = o->spread(o->spread_ud, n - 1, width * sizeof *rest, rest_range, &rc, rest,
                           err);
        else
            st = rest_range(&rc, 0, n - 1, rest, err);
        if (!st && append_rest(d, n, rest))
            st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
out:
    yk_free(rest);
    yk_run_options_free(m.inner);
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
    const sweep_data *d = data;
    yk_status st = yk_report_sweep(out, fmt, &d->t, meta);
    return st ? st : yk_engine_stream_status(out);
}

static void json(const void *data, yk_json *j)
{
    const sweep_data *d = data;
    yk_report_sweep_json(j, &d->t);
}

static yk_status measures(const void *data, yk_measure_fn fn, void *ud)
{
    const sweep_data *d = data;
    return yk_sweep_measures(&d->t, fn, ud);
}

static yk_status charts(const void *data, yk_chart_fn fn, void *ud)
{
    return yk_sweep_charts(&((const sweep_data *)data)->t, fn, ud);
}

const yk_engine yk_engine_sweep_desc = {
    .name = "sweep",
    .summary = "another engine's numbers over a grid of one or two inputs",
    .description =
        "Runs another engine (--engine) at every point of a grid of one or two\n"
        "inputs (--set PATH=LO:HI:STEPS, once or twice: a set: path such as\n"
        "alliances.USA-JPN.credibility or a coefficient name), each value\n"
        "range-checked as a scenario file's, every point with the same seed;\n"
        "reports every row (or those of --measure, --id, --year) with its 95%\n"
        "interval at each point.\n",
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
