/*
 * sha256.h - SHA-256 (FIPS 180-4), for the fingerprint of a resolved
 * scenario.
 */
#ifndef YOKUSHI_SHA256_H
#define YOKUSHI_SHA256_H

#include "export.h"
#include <stddef.h>
#include <stdint.h>

#include "error.h"

YK_BEGIN_DECLS

typedef struct yk_sha256 {
    uint32_t h[8];
    uint64_t bytes;       /* message length so far */
    uint8_t block[64];
    size_t fill;          /* bytes in block */
} yk_sha256;

void yk_sha256_init(yk_sha256 *s);
void yk_sha256_update(yk_sha256 *s, const void *data, size_t len);
void yk_sha256_final(yk_sha256 *s, uint8_t digest[32]);
/* digest as 64 lower-case hex digits and a NUL. */
void yk_sha256_hex(const uint8_t digest[32], char hex[65]);
/* One call: hex digest of data. */
void yk_sha256_of(const void *data, size_t len, char hex[65]);
/* Hex digest of a file's bytes (what a report names a game file by);
 * YK_E_IO with hex empty when it cannot be read. */
yk_status yk_sha256_file(const char *path, char hex[65], yk_error *err);

YK_END_DECLS

#endif
