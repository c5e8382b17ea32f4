/*
 * mc.h - the one Monte Carlo driver every engine runs its replicates
 * with (crisis, cascade, and the engines to come).
 *
 * Replicates are cut into blocks of a fixed size the engine chooses
 * (never the thread count). Threads take whole blocks; a block starts from
 * a reset accumulator in its slot, runs its replicates (replicate r draws
 * from its own Philox stream, keyed by the engine's seed and r, so a
 * replicate is the same wherever it runs), and the slots are merged into
 * the engine's total in block order. A bounded batch of blocks runs at a
 * time, so memory does not grow with the replicates, and any thread count
 * gives the identical bits.
 *
 * Ownership: the driver allocates the slots (slot_size bytes each, zeroed)
 * and frees them before it returns; the engine owns ctx and the total.
 */
#ifndef YOKUSHI_MC_H
#define YOKUSHI_MC_H

#include "export.h"
#include <stddef.h>
#include <stdint.h>

#include "error.h"

YK_BEGIN_DECLS

/* Called between batches of blocks: replicates done of total. */
typedef void (*yk_progress_fn)(void *ud, int64_t done, int64_t total);

/* What an engine gives the driver. ctx is the engine's, passed back to
 * every call; slot is one slot's memory. */
typedef struct yk_mc_ops {
    size_t block;          /* replicates per block, > 0; fixed per engine */
    size_t slot_size;      /* bytes of one slot: a block's accumulator and
                              work area */
    /* Blocks per thread in one batch (0: 2): more balance the load, fewer
     * keep less memory; never changes a result. */
    unsigned slots_per_thread;
    /* Prepares a zeroed slot (allocations in it); NULL: nothing to do.
     * A slot whose init failed is still passed to slot_free. */
    yk_status (*slot_init)(void *ctx, void *slot);
    void (*slot_free)(void *ctx, void *slot); /* NULL: nothing to free */
    /* Before each block: empties the slot's accumulator. */
    void (*block_begin)(void *ctx, void *slot);
    /* One replicate, added to the slot's accumulator. Must not write
     * anything but the slot (other threads run other slots). */
    void (*replicate)(void *ctx, void *slot, uint64_t rep);
    /* The slot's block into the engine's total; called in block order,
     * on one thread. */
    void (*merge)(void *ctx, const void *slot);
} yk_mc_ops;

/* ---- spreading independent evaluations over processes ----------------------
 *
 * A run made of many independent points (the points of a sensitivity
 * design, of a sweep's grid) evaluates them through a yk_spread_fn when the
 * caller gives one: the MPI program's computes its rank's share of the
 * points and gathers every rank's rows in point order, so each process
 * ends with all of them and the bits do not depend on where a point ran.
 * The library itself never calls MPI. */

/* Evaluates points [first, first + count) into their rows of out (size
 * bytes a point, point i at out + i size), over the run's threads. */
typedef yk_status (*yk_range_fn)(void *ctx, size_t first, size_t count,
                                 void *out, yk_error *err);
/* Must leave every one of the n points' rows in out, evaluated by eval
 * here or elsewhere and copied bit for bit; an error anywhere is an error
 * everywhere (err). */
typedef yk_status (*yk_spread_fn)(void *ud, size_t n, size_t size,
                                  yk_range_fn eval, void *ctx, void *out,
                                  yk_error *err);

typedef struct yk_mc_options {
    int64_t replicates;        /* >= 1 */
    int threads;               /* 0: OpenMP's default; never changes results */
    const volatile int *stop;  /* polled between blocks; may be NULL */
    yk_progress_fn progress;   /* may be NULL */
    void *progress_ud;
    /* May be NULL. When given and the engine's slots are plain memory (no
     * slot_init or slot_free), the blocks are the points it spreads (the
     * MPI program's: each rank runs its share of the blocks), each block
     * into its own slot, and the slots are merged here in block order:
     * the same bits as without it. Runs whose slots would take more than
     * 256 MB run here whole. */
    yk_spread_fn spread;
    void *spread_ud;
} yk_mc_options;

/* Runs every replicate. YK_E_ARG (replicates < 1, no block size, a
 * missing callback), YK_E_NOMEM, YK_E_INTERRUPTED when *stop became
 * non-zero (the total then holds part of the run: discard it), or the
 * status slot_init returned. */
yk_status yk_mc_run(const yk_mc_ops *ops, void *ctx, const yk_mc_options *o);

YK_END_DECLS

#endif
