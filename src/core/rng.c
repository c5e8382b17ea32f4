/*
 * rng.c - counter-based random streams: Philox4x64-10 (Salmon, Moraes,
 * Dror & Shaw 2011, "Parallel random numbers: as easy as 1, 2, 3", SC'11),
 * taken from D. E. Shaw Research's Random123 header rather than rewritten,
 * and the conversions from 64 random bits to doubles and bounded integers.
 *
 * A stream is key = (seed, family) and counter = (replicate, substream,
 * block, 0). Each Philox call turns one counter into four 64-bit words,
 * which are handed out in order; ctr[2] always holds the index of the next
 * block to generate, so a fresh stream (idx = 4, ctr[2] = 0) produces
 * block 0 on its first draw.
 */
#include "yokushi/rng.h"

#include <Random123/philox.h>

void yk_philox4x64_10(const uint64_t ctr[4], const uint64_t key[2],
                      uint64_t out[4])
{
    philox4x64_ctr_t c = {{ctr[0], ctr[1], ctr[2], ctr[3]}};
    philox4x64_key_t k = {{key[0], key[1]}};
    /* Ten rounds spelled out rather than Random123's default, so a change
     * of that default can never silently change our streams. */
    philox4x64_ctr_t r = philox4x64_R(10, c, k);
    out[0] = r.v[0];
    out[1] = r.v[1];
    out[2] = r.v[2];
    out[3] = r.v[3];
}

void yk_rng_init(yk_rng *r, uint64_t seed, uint32_t family,
                 uint64_t replicate, uint64_t substream)
{
    r->key[0] = seed;
    r->key[1] = family;
    r->ctr[0] = replicate;
    r->ctr[1] = substream;
    r->ctr[2] = 0;
    r->ctr[3] = 0;
    r->buf[0] = r->buf[1] = r->buf[2] = r->buf[3] = 0;
    r->idx = 4;
}

/* Generate block ctr[2] into buf and move the counter on. */
static void rng_refill(yk_rng *r)
{
    yk_philox4x64_10(r->ctr, r->key, r->buf);
    r->ctr[2]++;
    r->idx = 0;
}

uint64_t yk_rng_u64(yk_rng *r)
{
    if (r->idx >= 4)
        rng_refill(r);
    return r->buf[r->idx++];
}

double yk_rng_u01(yk_rng *r)
{
    /* A double has 53 significant bits, so m * 2^-53 is exact for every
     * m < 2^53: 2^53 equally spaced values in [0, 1). */
    return (double)(yk_rng_u64(r) >> 11) * 0x1.0p-53;
}

double yk_rng_u01_open(yk_rng *r)
{
    /* Why 52 bits and not the 53 that rng.h's comment names: m + 0.5 must
     * be exact in a double, which needs m < 2^52. With 53 bits the top
     * value m = 2^53 - 1 gives m + 0.5 = 2^53 - 0.5, which rounds (ties to
     * even) to 2^53, and the result would be exactly 1.0. With 52 bits the
     * values are (m + 0.5) * 2^-52: 2^52 points, symmetric about 1/2, the
     * smallest 2^-53 and the largest 1 - 2^-53. */
    return ((double)(yk_rng_u64(r) >> 12) + 0.5) * 0x1.0p-52;
}

uint64_t yk_rng_below(yk_rng *r, uint64_t n)
{
    /* Lemire 2019, "Fast random integer generation in an interval", ACM
     * TOMACS 29(1): the high word of x * n is uniform on [0, n) once the
     * low words below 2^64 mod n are rejected; the remainder is computed
     * only when the cheap test l < n says a rejection is possible. */
    uint64_t hi;
    uint64_t lo;
    if (n == 0)
        return 0;
    lo = mulhilo64(yk_rng_u64(r), n, &hi);
    if (lo < n) {
        uint64_t t = (0 - n) % n; /* 2^64 mod n */
        while (lo < t)
            lo = mulhilo64(yk_rng_u64(r), n, &hi);
    }
    return hi;
}
