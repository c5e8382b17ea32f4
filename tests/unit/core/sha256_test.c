/*
 * sha256_test.c - src/core/sha256.c against the standard SHA-256 test
 * vectors, fed whole and in awkward chunks.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "yokushi/sha256.h"

static const char msg448[] =
    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
static const char msg896[] =
    "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
    "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";

/* Expected digests. "abc", the 448-bit message and one million 'a' are
 * FIPS 180-2 appendix B; the 896-bit message is FIPS 180-2's SHA-384/512
 * example, whose SHA-256 digest (like that of "") is in NIST's published
 * example values. All five were also checked with coreutils sha256sum. */
static const char hex_empty[] =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
static const char hex_abc[] =
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
static const char hex_448[] =
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
static const char hex_896[] =
    "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1";
static const char hex_million_a[] =
    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

static void assert_sha(const void *data, size_t len, const char *want)
{
    char hex[65];
    yk_sha256_of(data, len, hex);
    assert_string_equal(hex, want);
}

static void test_empty(void **state)
{
    (void)state;
    assert_sha("", 0, hex_empty);
    assert_sha(NULL, 0, hex_empty);
}

static void test_abc(void **state)
{
    (void)state;
    assert_sha("abc", 3, hex_abc);
}

static void test_448_bits(void **state)
{
    (void)state;
    assert_sha(msg448, strlen(msg448), hex_448);
}

static void test_896_bits(void **state)
{
    (void)state;
    assert_sha(msg896, strlen(msg896), hex_896);
}

static void test_million_a(void **state)
{
    static char chunk[997];
    yk_sha256 s;
    uint8_t digest[32];
    char hex[65];
    size_t left = 1000000;
    (void)state;
    /* 997 is prime, so chunk ends fall at every offset within a block. */
    memset(chunk, 'a', sizeof chunk);
    yk_sha256_init(&s);
    while (left > 0) {
        size_t take = left < sizeof chunk ? left : sizeof chunk;
        yk_sha256_update(&s, chunk, take);
        left -= take;
    }
    yk_sha256_final(&s, digest);
    yk_sha256_hex(digest, hex);
    assert_string_equal(hex, hex_million_a);
}

/* Every split of the 896-bit message into two updates, and byte by byte,
 * must give the one-shot digest: exercises the buffer at every fill. */
static void test_all_splits(void **state)
{
    const char *want = hex_896;
    size_t len = strlen(msg896), cut, i;
    uint8_t digest[32];
    char hex[65];
    yk_sha256 s;
    (void)state;
    for (cut = 0; cut <= len; cut++) {
        yk_sha256_init(&s);
        yk_sha256_update(&s, msg896, cut);
        yk_sha256_update(&s, msg896 + cut, len - cut);
        yk_sha256_final(&s, digest);
        yk_sha256_hex(digest, hex);
        assert_string_equal(hex, want);
    }
    yk_sha256_init(&s);
    for (i = 0; i < len; i++)
        yk_sha256_update(&s, msg896 + i, 1);
    yk_sha256_final(&s, digest);
    yk_sha256_hex(digest, hex);
    assert_string_equal(hex, want);
}

/* Padding boundaries: 55 bytes fit the length in one block, 56 need two.
 * Expected digests from GNU coreutils sha256sum of runs of 'a'. */
static void test_padding_boundaries(void **state)
{
    static const struct {
        size_t len;
        const char *hex;
    } cases[] = {
        {55,
         "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
        {56,
         "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
        {63,
         "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
        {64,
         "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
    };
    char buf[64];
    size_t i;
    (void)state;
    memset(buf, 'a', sizeof buf);
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_sha(buf, cases[i].len, cases[i].hex);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_abc),
        cmocka_unit_test(test_448_bits),
        cmocka_unit_test(test_896_bits),
        cmocka_unit_test(test_million_a),
        cmocka_unit_test(test_all_splits),
        cmocka_unit_test(test_padding_boundaries),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
