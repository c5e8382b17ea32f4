/*
 * mpi.c - the program under MPI (built with -DYK_MPI=ON): `mpirun -np N
 * yokushi sensitivity|sweep|crisis ...` spreads the independent points of
 * a run over the ranks (a design's or a grid's points, the crisis's
 * replicate blocks: mc.h, yk_spread_fn). Rank r evaluates points [n r / N, n (r + 1) / N) with
 * its threads; every rank's rows are then broadcast from it in rank order,
 * so each rank holds all n rows, bit for bit what one process computes
 * (each point's run depends only on the point and the seed), and the
 * estimators run on identical data everywhere. Rank 0 alone prints and
 * writes files; the others' standard streams go to /dev/null and they
 * ignore --out. An error on any rank is the lowest failing rank's error
 * on every rank. Without YK_MPI these are no-ops and the library never
 * sees MPI (docs/ARCHITECTURE.md).
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

#ifdef YK_MPI
#include <limits.h>
#include <mpi.h>

static int rank_ = 0, size_ = 1;

void cli_mpi_init(int *argc, char ***argv)
{
    MPI_Init(argc, argv);
    MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
    MPI_Comm_size(MPI_COMM_WORLD, &size_);
    if (rank_ && (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr)))
        MPI_Abort(MPI_COMM_WORLD, 1);
}

int cli_mpi_finish(int code)
{
    MPI_Finalize();
    return code;
}

int cli_mpi_rank(void)
{
    return rank_;
}

/* Rows [first, first + count) of size bytes from rank `root` to all, as
 * bytes (bit for bit), in pieces an int can count. */
static void share(unsigned char *out, size_t first, size_t count, size_t size, int root)
{
    size_t at = first * size, left = count * size;
    while (left) {
        size_t piece = left < (size_t)INT_MAX / 2 ? left : (size_t)INT_MAX / 2;
        MPI_Bcast(out + at, (int)piece, MPI_BYTE, root, MPI_COMM_WORLD);
        at += piece;
        left -= piece;
    }
}

static yk_status spread(void *ud, size_t n, size_t size, yk_range_fn eval, void *ctx,
                        void *out, yk_error *err)
{
    size_t lo = n * (size_t)rank_ / (size_t)size_, hi = n * (size_t)(rank_ + 1) / (size_t)size_;
    yk_status st = hi > lo ? eval(ctx, lo, hi - lo, out, err) : YK_OK;
    int mine = st ? rank_ : size_, first = size_, r;
    (void)ud;
    MPI_Allreduce(&mine, &first, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
    if (first < size_) {
        yk_error e;
        if (rank_ == first)
            e = *err;
        else
            memset(&e, 0, sizeof e);
        MPI_Bcast(&e, (int)sizeof e, MPI_BYTE, first, MPI_COMM_WORLD);
        *err = e;
        return e.status ? e.status : YK_E_NUMERIC;
    }
    for (r = 0; r < size_; r++) {
        size_t a = n * (size_t)r / (size_t)size_, b = n * (size_t)(r + 1) / (size_t)size_;
        share(out, a, b - a, size, r);
    }
    return YK_OK;
}

void cli_mpi_options(yk_run_options *ro)
{
    if (size_ > 1)
        yk_run_options_spread(ro, spread, NULL);
}

#else

void cli_mpi_init(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
}

int cli_mpi_finish(int code)
{
    return code;
}

int cli_mpi_rank(void)
{
    return 0;
}

void cli_mpi_options(yk_run_options *ro)
{
    (void)ro;
}

#endif
