/*
 * run.c - a sensitivity run: the design, every point evaluated (fixed
 * blocks of points over the threads, each output at its row, so any
 * thread count gives the same bits), the estimators; and the result's
 * accessors.
 */
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "models/sensitivity/sens_int.h"
#include "yokushi/parallel.h"

#define POINTS_PER_BLOCK 4
#define BLOCKS_PER_BATCH 64

static const char *const index_names[YK_SENS_INDEX_COUNT] = {
    "S1", "ST", "mu_star", "mu", "sigma"};

const char *yk_sens_index_name(yk_sens_index i)
{
    return (unsigned)i < YK_SENS_INDEX_COUNT ? index_names[i] : NULL;
}

const char *yk_sens_method_name(yk_sens_method m)
{
    return m == YK_SENS_MORRIS ? "morris" : "sobol";
}

typedef struct eval_ctx {
    const double *x;
    double *y;
    size_t k;
    yk_sens_model_fn f;
    void *ud;
    int threads;
    const volatile int *stop;
    size_t first;          /* the range's first point */
    size_t failed_block;   /* lowest failing block, or SIZE_MAX */
    yk_error err;
} eval_ctx;

static yk_status eval_block(void *ctx, size_t b, size_t begin, size_t end)
{
    eval_ctx *c = ctx;
    size_t i;
    for (i = begin; i < end; i++) {
        size_t p = c->first + i;
        yk_error e;
        yk_status st;
        memset(&e, 0, sizeof e);
        st = c->f(c->ud, c->x + p * c->k, c->k, &c->y[p], &e);
        if (st) {
#pragma omp critical(yk_sens_error)
            if (b < c->failed_block) {
                c->failed_block = b;
                c->err = e;
                c->err.status = st;
            }
            return st;
        }
    }
    return YK_OK;
}

/* Points [first, first + count) into out[first ..] over the threads (a
 * yk_range_fn: what a spread evaluates on each process). */
static yk_status eval_range(void *ctx, size_t first, size_t count, void *out,
                            yk_error *err)
{
    eval_ctx *c = ctx;
    yk_status st;
    c->y = out;
    c->first = first;
    c->failed_block = (size_t)-1;
    st = yk_parallel_blocks(count, POINTS_PER_BLOCK, c->threads, eval_block, c, c->stop);
    if (st == YK_E_INTERRUPTED)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "interrupted");
    if (st) {
        *err = c->err;
        return c->err.status ? c->err.status : st;
    }
    return YK_OK;
}

/* Every point of the design into y: through the caller's spread, or here
 * in batches between progress reports. */
static yk_status evaluate(const double *x, size_t k, size_t n, double *y,
                          yk_sens_model_fn f, void *ud, const yk_sens_options *o,
                          yk_error *err)
{
    eval_ctx c;
    size_t batch = (size_t)POINTS_PER_BLOCK * BLOCKS_PER_BATCH, done;
    memset(&c, 0, sizeof c);
    c.x = x;
    c.k = k;
    c.f = f;
    c.ud = ud;
    c.threads = o->threads;
    c.stop = o->stop;
    if (o->spread) {
        yk_status st = o->spread(o->spread_ud, n, sizeof *y, eval_range, &c, y, err);
        if (!st && o->progress)
            o->progress(o->progress_ud, (int64_t)n, (int64_t)n);
        return st;
    }
    for (done = 0; done < n; done += batch) {
        size_t m = n - done < batch ? n - done : batch;
        yk_status st = eval_range(&c, done, m, y, err);
        if (st)
            return st;
        if (o->progress)
            o->progress(o->progress_ud, (int64_t)(done + m), (int64_t)n);
    }
    return YK_OK;
}

void yk_sens_result_free(yk_sens_result *r)
{
    size_t i;
    if (!r)
        return;
    for (i = 0; r->names && i < r->k; i++)
        yk_free(r->names[i]);
    yk_free(r->names);
    yk_free(r->est);
    yk_free(r);
}

static yk_sens_result *result_new(const yk_sens_input *in, size_t k)
{
    yk_sens_result *r = yk_calloc(1, sizeof *r);
    size_t i;
    int j;
    if (!r)
        return NULL;
    r->k = k;
    r->names = yk_calloc(k, sizeof *r->names);
    r->est = yk_malloc(k * sizeof *r->est);
    if (!r->names || !r->est) {
        yk_sens_result_free(r);
        return NULL;
    }
    for (i = 0; i < k; i++) {
        if (!(r->names[i] = yk_strdup(in[i].name ? in[i].name : ""))) {
            yk_sens_result_free(r);
            return NULL;
        }
        for (j = 0; j < YK_SENS_INDEX_COUNT; j++)
            r->est[i][j] = (yk_sens_estimate){NAN, NAN, NAN};
    }
    return r;
}

yk_status yk_sens_run(const yk_sens_input *in, size_t k, yk_sens_model_fn f,
                      void *ud, const yk_sens_options *o, yk_sens_result **out,
                      yk_error *err)
{
    yk_sens_result *r;
    size_t n, rows, i;
    int p = o->levels ? o->levels : 4;
    int nb = o->bootstrap ? o->bootstrap : 1000;
    double *x = NULL, *y = NULL;
    size_t *ord = NULL;
    yk_status st;

    *out = NULL;
    if (!k || !f)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL, "no inputs to analyse");
    if (o->samples < 2)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "samples must be at least 2, got %lld", (long long)o->samples);
    if (o->method == YK_SENS_MORRIS && (p < 2 || p % 2))
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "Morris levels must be even and at least 2, got %d", p);
    if (nb < 2)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "bootstrap resamples must be at least 2, got %d", nb);
    for (i = 0; i < k; i++)
        if (!yk_param_is_uncertain(&in[i].dist))
            return yk_error_set(err, YK_E_ARG, NULL, 0, 0, in[i].name,
                                "input %s is fixed: give it a range or a distribution",
                                in[i].name);
    n = (size_t)o->samples;
    if (n > ((size_t)1 << 40) / (k + 2) / k)
        return yk_error_set(err, YK_E_LIMIT, NULL, 0, 0, NULL, "design too large");
    rows = o->method == YK_SENS_SOBOL ? n * (k + 2) : n * (k + 1);
    r = result_new(in, k);
    x = yk_malloc(rows * k * sizeof *x);
    y = yk_malloc(rows * sizeof *y);
    ord = yk_malloc(k * sizeof *ord);
    if (!r || !x || !y || !ord) {
        st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
        goto fail;
    }
    r->method = o->method;
    r->samples = o->samples;
    r->evaluations = (int64_t)rows;
    if (o->method == YK_SENS_SOBOL) {
        st = yk_sens_sobol_design(k, n, o->seed, x, &r->generator);
        if (st) {
            yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory");
            goto fail;
        }
    } else {
        r->generator = "morris-grid";
        r->levels = p;
        yk_sens_morris_design(k, n, p, o->seed, x, ord);
    }
    /* Unit coordinates onto the inputs' distributions, in place: the
     * estimators need only the outputs (Morris the unit steps, which it
     * reads again from a fresh design below). */
    for (i = 0; i < rows * k; i++)
        x[i] = yk_param_quantile(&in[i % k].dist, x[i]);
    st = evaluate(x, k, rows, y, f, ud, o, err);
    if (st)
        goto fail;
    if (o->method == YK_SENS_SOBOL) {
        st = yk_sens_sobol_estimate(k, n, y, nb, o->seed, r);
    } else {
        yk_sens_morris_design(k, n, p, o->seed, x, ord);
        st = yk_sens_morris_estimate(k, n, p, x, y, nb, o->seed, r);
    }
    if (st) {
        yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory");
        goto fail;
    }
    yk_free(x);
    yk_free(y);
    yk_free(ord);
    *out = r;
    return YK_OK;
fail:
    yk_free(x);
    yk_free(y);
    yk_free(ord);
    yk_sens_result_free(r);
    return st;
}

yk_sens_method yk_sens_result_method(const yk_sens_result *r) { return r->method; }
int64_t yk_sens_result_samples(const yk_sens_result *r) { return r->samples; }
int64_t yk_sens_result_evaluations(const yk_sens_result *r) { return r->evaluations; }
const char *yk_sens_result_generator(const yk_sens_result *r) { return r->generator; }
int yk_sens_result_levels(const yk_sens_result *r) { return r->levels; }
double yk_sens_result_output_mean(const yk_sens_result *r) { return r->mean; }
double yk_sens_result_output_variance(const yk_sens_result *r) { return r->variance; }
size_t yk_sens_result_count(const yk_sens_result *r) { return r->k; }

const char *yk_sens_result_name(const yk_sens_result *r, size_t i)
{
    return i < r->k ? r->names[i] : NULL;
}

yk_sens_estimate yk_sens_result_index(const yk_sens_result *r, size_t i,
                                      yk_sens_index which)
{
    yk_sens_estimate none = {NAN, NAN, NAN};
    if (i >= r->k || (unsigned)which >= YK_SENS_INDEX_COUNT)
        return none;
    return r->est[i][which];
}

size_t yk_sens_result_index_count(const yk_sens_result *r)
{
    return r->method == YK_SENS_SOBOL ? 2 : 3;
}

yk_sens_index yk_sens_result_index_at(const yk_sens_result *r, size_t j)
{
    return (yk_sens_index)(r->method == YK_SENS_SOBOL ? YK_SENS_S1 + j
                                                      : YK_SENS_MU_STAR + j);
}

void yk_sens_result_rank(const yk_sens_result *r, size_t *order)
{
    yk_sens_index key = r->method == YK_SENS_SOBOL ? YK_SENS_ST : YK_SENS_MU_STAR;
    size_t i, j;
    for (i = 0; i < r->k; i++)
        order[i] = i;
    /* Insertion sort: stable, so ties keep the inputs' order; NaN last. */
    for (i = 1; i < r->k; i++) {
        size_t v = order[i];
        double kv = r->est[v][key].mean;
        for (j = i; j > 0; j--) {
            double kp = r->est[order[j - 1]][key].mean;
            if (!(isnan(kp) && !isnan(kv)) && !(kv > kp))
                break;
            order[j] = order[j - 1];
        }
        order[j] = v;
    }
}
