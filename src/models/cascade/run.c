/*
 * run.c - yk_cascade_run: replicates through the Monte Carlo driver
 * (mc.h) in fixed blocks of CC_BLOCK over the threads, a bounded batch of
 * blocks at a time, each block's statistics merged into the total in
 * block order. Results are bit-identical for any
 * thread count and memory does not grow with the number of replicates.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "models/cascade/cascade_int.h"
#include "models/cascade/result_int.h"
#include "yokushi/mc.h"


/* One slot of the driver: a block's work area and accumulator. */
typedef struct slot {
    cc_work work;
    cc_acc acc;
} slot;

typedef struct ctx {
    const cc_model *m;
    cc_total *sum;
} ctx;

static yk_status slot_init(void *c, void *s)
{
    const ctx *cx = c;
    slot *sl = s;
    if (yk_cc_work_alloc(&sl->work, cx->m) || yk_cc_acc_alloc(&sl->acc, cx->m))
        return YK_E_NOMEM;
    return YK_OK;
}

static void slot_free(void *c, void *s)
{
    slot *sl = s;
    (void)c;
    yk_cc_work_free(&sl->work);
    yk_cc_acc_free(&sl->acc);
}

static void block_begin(void *c, void *s)
{
    yk_cc_acc_reset(&((slot *)s)->acc, ((const ctx *)c)->m);
}

static void replicate(void *c, void *s, uint64_t rep)
{
    slot *sl = s;
    yk_cc_replicate(((const ctx *)c)->m, rep, &sl->work, &sl->acc);
}

static void merge(void *c, const void *s)
{
    const ctx *cx = c;
    yk_cc_total_merge(cx->sum, &((const slot *)s)->acc, cx->m);
}

static const yk_mc_ops cascade_mc = {
    .block = CC_BLOCK, /* fixed, never derived from the thread count */
    .slot_size = sizeof(slot),
    .slot_init = slot_init,
    .slot_free = slot_free,
    .block_begin = block_begin,
    .replicate = replicate,
    .merge = merge,
};

/* Runs every replicate through the Monte Carlo driver into sum. */
static yk_status run_blocks(const cc_model *m, const yk_cascade_options *o,
                            uint64_t total, cc_total *sum, yk_error *err)
{
    yk_mc_options mo;
    ctx cx;
    yk_status st;

    memset(&mo, 0, sizeof mo);
    mo.replicates = (int64_t)total;
    mo.threads = o->threads;
    mo.stop = o->stop;
    mo.progress = o->progress;
    mo.progress_ud = o->progress_ctx;
    cx.m = m;
    cx.sum = sum;
    st = yk_mc_run(&cascade_mc, &cx, &mo);
    if (st == YK_E_NOMEM)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory");
    if (st == YK_E_INTERRUPTED)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "interrupted");
    return st ? yk_error_set(err, st, NULL, 0, 0, NULL, "%s", yk_status_str(st)) : YK_OK;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The band across parameter draws of P(nuclear-armed by year): each
 * draw's share of its own replicates, their mean, and the middle 95%. */
static yk_status bands(yk_cascade_result *r)
{
    const cc_model *m = &r->model;
    size_t K = m->n_outer, N = m->n_states, o, i, at;
    uint64_t reps = r->sum.n;
    double *share;
    int y;
    r->band = yk_malloc(((size_t)m->n_years * N + 1) * sizeof *r->band);
    share = yk_malloc((K + 1) * sizeof *share);
    if (!r->band || !share) {
        yk_free(share);
        return YK_E_NOMEM;
    }
    for (y = 0; y < m->n_years; y++)
        for (i = 0; i < N; i++) {
            double sum = 0;
            at = (size_t)y * N + i;
            for (o = 0; o < K; o++) {
                /* Draw o holds replicates [o inner, min((o + 1) inner, n)). */
                uint64_t lo = o * (uint64_t)m->inner, hi = lo + (uint64_t)m->inner;
                uint64_t n = (hi > reps ? reps : hi) - lo;
                share[o] = (double)r->sum.outer[(o * (size_t)m->n_years + (size_t)y) * N + i] /
                           (double)n;
                sum += share[o];
            }
            qsort(share, K, sizeof *share, cmp_double);
            r->band[at].mean = sum / (double)K;
            r->band[at].lo = share[(size_t)(0.025 * (double)(K - 1) + 0.5)];
            r->band[at].hi = share[(size_t)(0.975 * (double)(K - 1) + 0.5)];
        }
    yk_free(share);
    return YK_OK;
}

yk_status yk_cascade_run(const yk_scenario *s, const yk_cascade_options *o,
                         yk_cascade_result **out, yk_error *err)
{
    const yk_run_config *rc = yk_scenario_run(s);
    yk_cascade_options def;
    yk_cascade_result *r;
    int from, to;
    int64_t reps;
    yk_status st;

    *out = NULL;
    if (!o) {
        memset(&def, 0, sizeof def);
        def.seed = yk_scenario_seed(s);
        o = &def;
    }
    from = o->year_from || o->year_to ? o->year_from : rc->year_from;
    to = o->year_from || o->year_to ? o->year_to : rc->year_to;
    reps = o->replicates > 0 ? o->replicates : rc->replicates;
    if (reps < 1)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL, "replicates must be at least 1");
    if (o->outer < 0 || o->outer > 2000 || o->outer > reps)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "outer draws %lld outside 0..2000 and the replicates",
                            (long long)o->outer);
    if (o->devaluation_probability < 0 || o->devaluation_probability > 1)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "devaluation probability %g outside 0..1",
                            o->devaluation_probability);
    r = yk_calloc(1, sizeof *r);
    if (!r)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    st = yk_cc_model_prepare(s, from, to, &r->model, err);
    if (!st) {
        r->model.seed = o->seed;
        r->model.devaluation_year = o->devaluation_year;
        r->model.devaluation_probability = o->devaluation_probability;
        if (o->outer > 0) {
            r->model.inner = (reps + o->outer - 1) / o->outer;
            r->model.n_outer = (size_t)((reps + r->model.inner - 1) / r->model.inner);
        }
        if (from < r->model.data_year)
            snprintf(r->warning, sizeof r->warning,
                     "the run starts in %d, before the world's data year %d: earlier "
                     "years use the %d world as it stands (its stages and arsenals)",
                     from, r->model.data_year, r->model.data_year);
        if (yk_cc_total_alloc(&r->sum, &r->model))
            st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    if (!st)
        st = run_blocks(&r->model, o, (uint64_t)reps, &r->sum, err);
    if (!st && r->model.n_outer && bands(r))
        st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    if (st) {
        yk_cascade_result_free(r);
        return st;
    }
    *out = r;
    return YK_OK;
}
