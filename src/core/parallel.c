/*
 * parallel.c - deterministic block-parallel loops over OpenMP.
 *
 * Blocks are fixed by (n, block), never by the thread count, and threads
 * take whole blocks (schedule(dynamic, 1)), so what each block computes is
 * the same however many threads run. Errors are made deterministic too: a
 * block is skipped only if a lower-numbered block has already failed, so
 * every block below the lowest failing one always runs and the reported
 * error is that of the lowest failing block for any thread count.
 */
#include "yokushi/parallel.h"

#include <stdint.h>

#ifdef _OPENMP
#include <omp.h>
#endif

/* Shared by the threads of one yk_parallel_blocks call. `failed` and
 * `stopped` are written and read only with OpenMP atomics or under the
 * (unnamed, so no lock symbol leaks from the shared library) critical
 * section. */
struct par_run {
    size_t n;
    size_t block;
    yk_block_fn fn;
    void *ctx;
    const volatile int *stop;
    size_t failed;       /* lowest failing block so far; SIZE_MAX: none */
    yk_status status;    /* its status */
    int stopped;         /* a block was skipped because of *stop */
};

size_t yk_parallel_block_count(size_t n, size_t block)
{
    if (block == 0)
        return 0;
    /* Not (n + block - 1) / block, which can overflow for huge n. */
    return n / block + (n % block != 0);
}

static int par_should_skip(struct par_run *r, size_t b)
{
    size_t failed;
    if (r->stop && *r->stop) {
#pragma omp atomic write
        r->stopped = 1;
        return 1;
    }
#pragma omp atomic read
    failed = r->failed;
    return b > failed;
}

static void par_record_failure(struct par_run *r, size_t b, yk_status st)
{
#pragma omp critical
    {
        if (b < r->failed) {
            r->failed = b;
            r->status = st;
        }
    }
}

static void par_run_block(struct par_run *r, size_t b)
{
    size_t begin = b * r->block;
    size_t end = r->n - begin < r->block ? r->n : begin + r->block;
    yk_status st;
    if (par_should_skip(r, b))
        return;
    st = r->fn(r->ctx, b, begin, end);
    if (st != YK_OK)
        par_record_failure(r, b, st);
}

int yk_parallel_threads(int threads)
{
#ifdef _OPENMP
    return threads > 0 ? threads : omp_get_max_threads();
#else
    (void)threads;
    return 1;
#endif
}

yk_status yk_parallel_blocks(size_t n, size_t block, int threads,
                             yk_block_fn fn, void *ctx,
                             const volatile int *stop)
{
    struct par_run r = {n, block, fn, ctx, stop, SIZE_MAX, YK_OK, 0};
    size_t nblocks = yk_parallel_block_count(n, block);
    size_t b;
    int nt;
    if (block == 0 || fn == NULL || threads < 0)
        return YK_E_ARG;
    nt = yk_parallel_threads(threads);
    if (nt == 1) {
        /* Serial: no thread team for the common one-thread case. */
        for (b = 0; b < nblocks; b++)
            par_run_block(&r, b);
    } else {
#pragma omp parallel for schedule(dynamic, 1) num_threads(nt)
        for (b = 0; b < nblocks; b++)
            par_run_block(&r, b);
    }
    /* A block's own error says more than the interruption, which only
     * explains why later blocks did not run. */
    if (r.failed != SIZE_MAX)
        return r.status;
    return r.stopped ? YK_E_INTERRUPTED : YK_OK;
}
