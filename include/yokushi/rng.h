/*
 * rng.h - counter-based random streams (Philox4x64-10 from Random123).
 *
 * A draw is a pure function of (key, counter): key = (seed, engine),
 * counter = (replicate, substream, block index). A Monte Carlo loop opens
 * the stream of its replicate and shares nothing, so any number of threads
 * gives the identical numbers (MODEL.md, principle 4).
 */
#ifndef YOKUSHI_RNG_H
#define YOKUSHI_RNG_H

#include "export.h"
#include <stdint.h>

YK_BEGIN_DECLS

/* Stream families: each engine draws from its own, so adding draws to one
 * engine never shifts another's numbers. Never renumber. */
enum yk_stream_family {
    YK_STREAM_WORLD = 0,    /* parameter draws from the world's distributions */
    YK_STREAM_GAME = 1,
    YK_STREAM_CRISIS = 2,
    YK_STREAM_LADDER = 3,
    YK_STREAM_EXCHANGE = 4,
    YK_STREAM_CASCADE = 5,
    YK_STREAM_TEST = 99
};

/* One stream's position. Small and plain: copy it, keep it on the stack. */
typedef struct yk_rng {
    uint64_t key[2];  /* seed, family */
    uint64_t ctr[4];  /* replicate, substream, block, 0 */
    uint64_t buf[4];  /* the current block's output */
    unsigned idx;     /* next unused word of buf; 4 = empty */
} yk_rng;

/* Open stream (seed, family, replicate, substream) at its start. */
void yk_rng_init(yk_rng *r, uint64_t seed, uint32_t family,
                 uint64_t replicate, uint64_t substream);

/* 64 uniformly distributed bits. */
uint64_t yk_rng_u64(yk_rng *r);

/* Uniform on [0, 1): the top 53 bits times 2^-53. 0 can occur, 1 cannot;
 * 2^53 equally spaced values. */
double yk_rng_u01(yk_rng *r);

/* Uniform on (0, 1): (top 52 bits + 0.5) * 2^-52. Neither 0 nor 1 can
 * occur (with 53 bits the top value would round up to 1.0), so it is safe
 * for inverse CDFs and logarithms; 2^52 equally spaced values. */
double yk_rng_u01_open(yk_rng *r);

/* Uniform integer in [0, n), unbiased (Lemire's multiply-and-reject).
 * n = 0 returns 0. */
uint64_t yk_rng_below(yk_rng *r, uint64_t n);

/* The raw block function, for known-answer tests and benchmarks. */
void yk_philox4x64_10(const uint64_t ctr[4], const uint64_t key[2],
                      uint64_t out[4]);

YK_END_DECLS

#endif
