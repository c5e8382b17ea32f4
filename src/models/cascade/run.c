/*
 * run.c - yk_cascade_run: replicates in fixed blocks over the threads,
 * a bounded batch of blocks at a time, each block's statistics merged
 * into the total in block order. Results are bit-identical for any
 * thread count and memory does not grow with the number of replicates.
 */
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "models/cascade/cascade_int.h"
#include "models/cascade/result_int.h"
#include "yokushi/parallel.h"


/* Replicates per block: fixed, never derived from the thread count. */
#define BLOCK CC_BLOCK

typedef struct batch {
    const cc_model *m;
    cc_work *work;   /* one per slot */
    cc_acc *acc;     /* one per slot */
    size_t first;    /* the batch's first block */
    uint64_t total;  /* replicates */
} batch;

static yk_status run_block(void *ctx, size_t b, size_t begin, size_t end)
{
    batch *bt = ctx;
    size_t r;
    (void)end;
    yk_cc_acc_reset(&bt->acc[b], bt->m);
    for (r = begin; r < end; r++) {
        uint64_t rep = (uint64_t)(bt->first * BLOCK + r);
        if (rep >= bt->total)
            break;
        yk_cc_replicate(bt->m, rep, &bt->work[b], &bt->acc[b]);
    }
    return YK_OK;
}

static int slots_for(int threads)
{
    int t = yk_parallel_threads(threads);
    /* Two blocks per thread balance the load within a batch. */
    return t < 1 ? 2 : t > 256 ? 512 : 2 * t;
}

/* Runs every block, `slots` at a time. Only the slot's work area depends
 * on the batching; what a block computes and the merge order do not. */
static yk_status run_blocks(const cc_model *m, const yk_cascade_options *o,
                            uint64_t total, cc_total *sum, yk_error *err)
{
    size_t n_blocks = (size_t)((total + BLOCK - 1) / BLOCK), first, i;
    size_t slots = (size_t)slots_for(o->threads);
    batch bt;
    yk_status st = YK_OK;

    if (slots > n_blocks)
        slots = n_blocks;
    memset(&bt, 0, sizeof bt);
    bt.m = m;
    bt.total = total;
    bt.work = yk_calloc(slots, sizeof *bt.work);
    bt.acc = yk_calloc(slots, sizeof *bt.acc);
    if (!bt.work || !bt.acc)
        st = YK_E_NOMEM;
    for (i = 0; i < slots && !st; i++)
        if (yk_cc_work_alloc(&bt.work[i], m) || yk_cc_acc_alloc(&bt.acc[i], m))
            st = YK_E_NOMEM;
    for (first = 0; first < n_blocks && !st; first += slots) {
        size_t n = n_blocks - first < slots ? n_blocks - first : slots;
        bt.first = first;
        /* Items are replicate offsets within the batch. */
        st = yk_parallel_blocks(n * BLOCK, BLOCK, o->threads, run_block, &bt, o->stop);
        for (i = 0; i < n && !st; i++)
            yk_cc_total_merge(sum, &bt.acc[i], m);
        if (!st && o->progress) {
            uint64_t done = (first + n) * (uint64_t)BLOCK;
            o->progress(o->progress_ctx, (int64_t)(done < total ? done : total),
                        (int64_t)total);
        }
    }
    for (i = 0; bt.work && i < slots; i++)
        yk_cc_work_free(&bt.work[i]);
    for (i = 0; bt.acc && i < slots; i++)
        yk_cc_acc_free(&bt.acc[i]);
    yk_free(bt.work);
    yk_free(bt.acc);
    if (st == YK_E_NOMEM)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory");
    if (st == YK_E_INTERRUPTED)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "interrupted");
    return st ? yk_error_set(err, st, NULL, 0, 0, NULL, "%s", yk_status_str(st)) : YK_OK;
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
        if (yk_cc_total_alloc(&r->sum, &r->model))
            st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    if (!st)
        st = run_blocks(&r->model, o, (uint64_t)reps, &r->sum, err);
    if (st) {
        yk_cascade_result_free(r);
        return st;
    }
    *out = r;
    return YK_OK;
}
