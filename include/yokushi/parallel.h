/*
 * parallel.h - deterministic block-parallel loops.
 *
 * Work of n items is cut into fixed blocks of `block` items (independent of
 * the thread count); threads take whole blocks; each block writes only its
 * own accumulator; the caller merges the accumulators in block order. So 1
 * thread and 16 threads give the identical bits.
 */
#ifndef YOKUSHI_PARALLEL_H
#define YOKUSHI_PARALLEL_H

#include "export.h"
#include <stddef.h>

#include "error.h"

YK_BEGIN_DECLS

/* Process block b, covering items [begin, end). Return YK_OK or an error;
 * the first error (lowest block) is returned by yk_parallel_blocks. */
typedef yk_status (*yk_block_fn)(void *ctx, size_t b, size_t begin,
                                 size_t end);

/* Number of blocks for n items. */
size_t yk_parallel_block_count(size_t n, size_t block);

/* The threads a loop asked for `threads` gets: threads itself when
 * positive, else OpenMP's default (1 without OpenMP). */
int yk_parallel_threads(int threads);

/* Runs fn over every block with `threads` threads (0: OpenMP's default,
 * 1: serial). `stop`, when not NULL, is polled between blocks: a non-zero
 * value ends the loop early with YK_E_INTERRUPTED. */
yk_status yk_parallel_blocks(size_t n, size_t block, int threads,
                             yk_block_fn fn, void *ctx,
                             const volatile int *stop);

YK_END_DECLS

#endif
