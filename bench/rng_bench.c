/*
 * rng_bench.c - single-thread throughput of Philox4x64-10: the raw block
 * function (4 words per call) against yk_rng_u01 through the stream API,
 * so the cost of the stream bookkeeping can be read as a ratio.
 */
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "yokushi/rng.h"

/* About one second per measurement. */
#define BENCH_SECONDS 1.0
#define BENCH_BATCH 1000000u

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Words of raw Philox output per second. */
static double bench_raw(void)
{
    uint64_t ctr[4] = {0, 0, 0, 0}, key[2] = {42, YK_STREAM_TEST}, out[4];
    uint64_t acc = 0, words = 0;
    double t0 = now_s(), t;
    unsigned i;
    do {
        for (i = 0; i < BENCH_BATCH / 4; i++) {
            ctr[2]++;
            yk_philox4x64_10(ctr, key, out);
            acc ^= out[0] ^ out[1] ^ out[2] ^ out[3];
        }
        words += BENCH_BATCH;
        t = now_s() - t0;
    } while (t < BENCH_SECONDS);
    /* A volatile sink, so no call can be optimised away. */
    volatile uint64_t sink = acc;
    (void)sink;
    return (double)words / t;
}

/* Doubles from yk_rng_u01 per second. */
static double bench_u01(void)
{
    yk_rng r;
    uint64_t draws = 0;
    double acc = 0.0, t0 = now_s(), t;
    unsigned i;
    yk_rng_init(&r, 42, YK_STREAM_TEST, 0, 0);
    do {
        for (i = 0; i < BENCH_BATCH; i++)
            acc += yk_rng_u01(&r);
        draws += BENCH_BATCH;
        t = now_s() - t0;
    } while (t < BENCH_SECONDS);
    volatile double sink = acc;
    (void)sink;
    return (double)draws / t;
}

int main(void)
{
    double raw = bench_raw();
    double u01 = bench_u01();
    printf("philox4x64-10 raw: %.1f M u64/s; yk_rng_u01: %.1f M/s "
           "(%.0f%% of raw)\n",
           raw * 1e-6, u01 * 1e-6, 100.0 * u01 / raw);
    return 0;
}
