/*
 * mc.c - the Monte Carlo driver (mc.h) on yk_parallel_blocks: batches of
 * `slots` blocks, each block into its own slot, slots merged in block
 * order after the batch. The batch size only bounds memory; what a block
 * computes and the merge order do not depend on it.
 */
#include <string.h>

#include "core/alloc.h"
#include "yokushi/mc.h"
#include "yokushi/parallel.h"

typedef struct mc_batch {
    const yk_mc_ops *ops;
    void *ctx;
    unsigned char *slots;
    uint64_t first_rep;  /* the batch's first replicate */
    uint64_t total;
} mc_batch;

static void *slot_at(const mc_batch *bt, size_t i)
{
    return bt->slots + i * bt->ops->slot_size;
}

static yk_status run_block(void *ctx, size_t b, size_t begin, size_t end)
{
    mc_batch *bt = ctx;
    void *slot = slot_at(bt, b);
    size_t i;
    bt->ops->block_begin(bt->ctx, slot);
    for (i = begin; i < end; i++) {
        uint64_t rep = bt->first_rep + i;
        if (rep >= bt->total)
            break;
        bt->ops->replicate(bt->ctx, slot, rep);
    }
    return YK_OK;
}

/* The slots of one batch: per_thread blocks per thread (two by default
 * balance the load), for at most 256 threads. */
static size_t slots_for(int threads, unsigned per_thread, size_t n_blocks)
{
    int t = yk_parallel_threads(threads);
    size_t k = per_thread ? per_thread : 2;
    size_t s = k * (size_t)(t < 1 ? 1 : t > 256 ? 256 : t);
    return s < n_blocks ? s : n_blocks;
}

/* ---- blocks spread by the caller (mc.h, yk_mc_options.spread) ----------- */

#define SPREAD_MAX_BYTES ((size_t)256 << 20)

typedef struct spread_run {
    mc_batch bt;           /* slots: one per block of the whole run */
    int threads;
    const volatile int *stop;
} spread_run;

/* Blocks [first, first + count) into their slots of out: a yk_range_fn. */
static yk_status spread_range(void *c, size_t first, size_t count, void *out,
                              yk_error *err)
{
    spread_run *sr = c;
    yk_status st;
    sr->bt.slots = (unsigned char *)out + first * sr->bt.ops->slot_size;
    sr->bt.first_rep = (uint64_t)first * sr->bt.ops->block;
    st = yk_parallel_blocks(count * sr->bt.ops->block, sr->bt.ops->block, sr->threads,
                            run_block, &sr->bt, sr->stop);
    if (st)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "%s",
                            st == YK_E_INTERRUPTED ? "interrupted" : "a block failed");
    return YK_OK;
}

/* Every block through o->spread, each into its own slot (plain memory),
 * then merged here in block order: what the batches below compute. */
static yk_status run_spread(const yk_mc_ops *ops, void *ctx, const yk_mc_options *o,
                            uint64_t total, size_t n_blocks)
{
    spread_run sr;
    unsigned char *slots = yk_calloc(n_blocks, ops->slot_size);
    yk_error err;
    yk_status st;
    size_t i;
    if (!slots)
        return YK_E_NOMEM;
    memset(&sr, 0, sizeof sr);
    sr.bt.ops = ops;
    sr.bt.ctx = ctx;
    sr.bt.total = total;
    sr.threads = o->threads;
    sr.stop = o->stop;
    st = o->spread(o->spread_ud, n_blocks, ops->slot_size, spread_range, &sr, slots, &err);
    for (i = 0; i < n_blocks && !st; i++)
        ops->merge(ctx, slots + i * ops->slot_size);
    if (!st && o->progress)
        o->progress(o->progress_ud, (int64_t)total, (int64_t)total);
    yk_free(slots);
    return st;
}

yk_status yk_mc_run(const yk_mc_ops *ops, void *ctx, const yk_mc_options *o)
{
    uint64_t total;
    size_t n_blocks, slots, first, i, inited = 0;
    mc_batch bt;
    yk_status st = YK_OK;

    if (!ops || !o || o->replicates < 1 || !ops->block || !ops->slot_size ||
        !ops->block_begin || !ops->replicate || !ops->merge)
        return YK_E_ARG;
    total = (uint64_t)o->replicates;
    n_blocks = (size_t)yk_parallel_block_count((size_t)total, ops->block);
    if (o->spread && !ops->slot_init && !ops->slot_free &&
        n_blocks <= SPREAD_MAX_BYTES / ops->slot_size)
        return run_spread(ops, ctx, o, total, n_blocks);
    slots = slots_for(o->threads, ops->slots_per_thread, n_blocks);
    memset(&bt, 0, sizeof bt);
    bt.ops = ops;
    bt.ctx = ctx;
    bt.total = total;
    bt.slots = yk_calloc(slots, ops->slot_size);
    if (!bt.slots)
        return YK_E_NOMEM;
    for (; inited < slots && !st; inited++)
        if (ops->slot_init)
            st = ops->slot_init(ctx, slot_at(&bt, inited));
    for (first = 0; first < n_blocks && !st; first += slots) {
        size_t n = n_blocks - first < slots ? n_blocks - first : slots;
        bt.first_rep = (uint64_t)first * ops->block;
        /* Items are replicate offsets within the batch. */
        st = yk_parallel_blocks(n * ops->block, ops->block, o->threads, run_block, &bt,
                                o->stop);
        for (i = 0; i < n && !st; i++)
            ops->merge(ctx, slot_at(&bt, i));
        if (!st && o->progress) {
            uint64_t done = (uint64_t)(first + n) * ops->block;
            o->progress(o->progress_ud, (int64_t)(done < total ? done : total),
                        (int64_t)total);
        }
    }
    for (i = 0; ops->slot_free && i < inited; i++)
        ops->slot_free(ctx, slot_at(&bt, i));
    yk_free(bt.slots);
    return st;
}
