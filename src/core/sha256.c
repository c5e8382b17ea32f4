/*
 * sha256.c - SHA-256 as specified in FIPS 180-4 (NIST 2015), "Secure Hash
 * Standard", sections 4.1.2 (functions), 4.2.2 (constants), 5.1.1
 * (padding), 5.3.3 (initial value) and 6.2.2 (computation). Written here
 * so fingerprints need no crypto library; it is not hardened against
 * timing attacks because it only hashes public scenario text.
 */
#include "yokushi/sha256.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* FIPS 180-4 4.2.2: the first 32 bits of the fractional parts of the cube
 * roots of the first 64 primes. */
static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

/* FIPS 180-4 5.3.3: the first 32 bits of the fractional parts of the
 * square roots of the first 8 primes. */
static const uint32_t sha256_h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372,
                                      0xa54ff53a, 0x510e527f, 0x9b05688c,
                                      0x1f83d9ab, 0x5be0cd19};

static uint32_t rotr(uint32_t x, unsigned n)
{
    return (x >> n) | (x << (32 - n));
}

/* FIPS 180-4 4.1.2, equations 4.2-4.7. */
static uint32_t ch(uint32_t x, uint32_t y, uint32_t z)
{
    return (x & y) ^ (~x & z);
}

static uint32_t maj(uint32_t x, uint32_t y, uint32_t z)
{
    return (x & y) ^ (x & z) ^ (y & z);
}

static uint32_t big_sigma0(uint32_t x)
{
    return rotr(x, 2) ^ rotr(x, 13) ^ rotr(x, 22);
}

static uint32_t big_sigma1(uint32_t x)
{
    return rotr(x, 6) ^ rotr(x, 11) ^ rotr(x, 25);
}

static uint32_t small_sigma0(uint32_t x)
{
    return rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3);
}

static uint32_t small_sigma1(uint32_t x)
{
    return rotr(x, 17) ^ rotr(x, 19) ^ (x >> 10);
}

static uint32_t load_be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
           (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

static void store_be32(uint8_t *p, uint32_t x)
{
    p[0] = (uint8_t)(x >> 24);
    p[1] = (uint8_t)(x >> 16);
    p[2] = (uint8_t)(x >> 8);
    p[3] = (uint8_t)x;
}

/* FIPS 180-4 6.2.2: one 512-bit block into the hash state. */
static void sha256_block(uint32_t h[8], const uint8_t block[64])
{
    uint32_t w[64];
    uint32_t v[8];
    unsigned t;
    for (t = 0; t < 16; t++)
        w[t] = load_be32(block + 4 * t);
    for (t = 16; t < 64; t++)
        w[t] = small_sigma1(w[t - 2]) + w[t - 7] + small_sigma0(w[t - 15]) +
               w[t - 16];
    memcpy(v, h, sizeof v);
    for (t = 0; t < 64; t++) {
        /* v = a b c d e f g h */
        uint32_t t1 = v[7] + big_sigma1(v[4]) + ch(v[4], v[5], v[6]) +
                      sha256_k[t] + w[t];
        uint32_t t2 = big_sigma0(v[0]) + maj(v[0], v[1], v[2]);
        memmove(v + 1, v, 7 * sizeof v[0]);
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (t = 0; t < 8; t++)
        h[t] += v[t];
}

void yk_sha256_init(yk_sha256 *s)
{
    memcpy(s->h, sha256_h0, sizeof s->h);
    s->bytes = 0;
    s->fill = 0;
    memset(s->block, 0, sizeof s->block);
}

void yk_sha256_update(yk_sha256 *s, const void *data, size_t len)
{
    const uint8_t *p = data;
    /* len = 0 may come with data = NULL, where even p + 0 is undefined. */
    if (len == 0)
        return;
    s->bytes += len;
    if (s->fill > 0) {
        size_t take = 64 - s->fill;
        if (take > len)
            take = len;
        memcpy(s->block + s->fill, p, take);
        s->fill += take;
        p += take;
        len -= take;
        if (s->fill < 64)
            return;
        sha256_block(s->h, s->block);
        s->fill = 0;
    }
    /* Whole blocks straight from the caller's buffer, without a copy. */
    for (; len >= 64; p += 64, len -= 64)
        sha256_block(s->h, p);
    if (len > 0)
        memcpy(s->block, p, len);
    s->fill = len;
}

void yk_sha256_final(yk_sha256 *s, uint8_t digest[32])
{
    /* FIPS 180-4 5.1.1: a 1 bit, zeros to 448 mod 512 bits, then the
     * message length in bits as a 64-bit big-endian integer. */
    uint64_t bits = s->bytes * 8;
    unsigned i;
    s->block[s->fill++] = 0x80;
    if (s->fill > 56) {
        memset(s->block + s->fill, 0, 64 - s->fill);
        sha256_block(s->h, s->block);
        s->fill = 0;
    }
    memset(s->block + s->fill, 0, 56 - s->fill);
    store_be32(s->block + 56, (uint32_t)(bits >> 32));
    store_be32(s->block + 60, (uint32_t)bits);
    sha256_block(s->h, s->block);
    for (i = 0; i < 8; i++)
        store_be32(digest + 4 * i, s->h[i]);
    /* Leave no message bytes behind; the state must be re-initialised. */
    memset(s, 0, sizeof *s);
}

void yk_sha256_hex(const uint8_t digest[32], char hex[65])
{
    static const char digits[] = "0123456789abcdef";
    unsigned i;
    for (i = 0; i < 32; i++) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 0x0f];
    }
    hex[64] = '\0';
}

void yk_sha256_of(const void *data, size_t len, char hex[65])
{
    yk_sha256 s;
    uint8_t digest[32];
    yk_sha256_init(&s);
    yk_sha256_update(&s, data, len);
    yk_sha256_final(&s, digest);
    yk_sha256_hex(digest, hex);
}

yk_status yk_sha256_file(const char *path, char hex[65], yk_error *err)
{
    unsigned char buf[65536];
    uint8_t digest[32];
    yk_sha256 s;
    size_t n;
    int failed;
    FILE *f = fopen(path, "rb");

    hex[0] = '\0';
    if (!f)
        return yk_error_set(err, YK_E_IO, path, 0, 0, NULL, "cannot open: %s", strerror(errno));
    yk_sha256_init(&s);
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        yk_sha256_update(&s, buf, n);
    failed = ferror(f);
    fclose(f);
    if (failed)
        return yk_error_set(err, YK_E_IO, path, 0, 0, NULL, "cannot read");
    yk_sha256_final(&s, digest);
    yk_sha256_hex(digest, hex);
    return YK_OK;
}
