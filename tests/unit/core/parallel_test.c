/*
 * parallel_test.c - src/core/parallel.c: a statistic computed from random
 * streams is bit-identical for any thread count; block errors, the stop
 * flag and the block arithmetic.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "yokushi/parallel.h"
#include "yokushi/rng.h"
#include "yokushi/stats.h"

enum { ITEMS = 10007, BLOCK = 64, MAX_BLOCKS = ITEMS / BLOCK + 1 };

/* Each block keeps its own accumulator; nothing else is shared. */
struct mc_ctx {
    yk_moments acc[MAX_BLOCKS];
};

static yk_status mc_block(void *ctx, size_t b, size_t begin, size_t end)
{
    struct mc_ctx *c = ctx;
    size_t i;
    int j;
    yk_moments_init(&c->acc[b]);
    for (i = begin; i < end; i++) {
        yk_rng r;
        yk_rng_init(&r, 42, YK_STREAM_TEST, i, 0);
        for (j = 0; j < 10; j++)
            yk_moments_add(&c->acc[b], yk_rng_u01(&r));
    }
    return YK_OK;
}

static yk_moments mc_run(int threads)
{
    static struct mc_ctx ctx;
    yk_moments total;
    size_t b, nb = yk_parallel_block_count(ITEMS, BLOCK);
    memset(&ctx, 0, sizeof ctx);
    assert_int_equal(
        yk_parallel_blocks(ITEMS, BLOCK, threads, mc_block, &ctx, NULL),
        YK_OK);
    yk_moments_init(&total);
    for (b = 0; b < nb; b++)
        yk_moments_merge(&total, &ctx.acc[b]);
    return total;
}

/* The key property: merged in block order, the result has the same bits
 * whatever the number of threads. */
static void test_bit_identical_across_threads(void **state)
{
    yk_moments one = mc_run(1);
    yk_moments two = mc_run(2);
    yk_moments three = mc_run(3);
    yk_moments dflt = mc_run(0);
    (void)state;
    assert_int_equal(one.n, (uint64_t)ITEMS * 10);
    assert_true(one.mean > 0.49 && one.mean < 0.51);
    assert_memory_equal(&one, &two, sizeof one);
    assert_memory_equal(&one, &three, sizeof one);
    assert_memory_equal(&one, &dflt, sizeof one);
}

/* Records which items each block covered. */
struct cover_ctx {
    unsigned char seen[1000];
    size_t calls[100];
};

static yk_status cover_block(void *ctx, size_t b, size_t begin, size_t end)
{
    struct cover_ctx *c = ctx;
    size_t i;
    c->calls[b]++;
    for (i = begin; i < end; i++)
        c->seen[i]++;
    return YK_OK;
}

static void test_every_item_once(void **state)
{
    static struct cover_ctx c;
    int threads;
    size_t i;
    (void)state;
    for (threads = 1; threads <= 3; threads++) {
        memset(&c, 0, sizeof c);
        /* 1000 items in blocks of 30: 33 full blocks and one of 10. */
        assert_int_equal(
            yk_parallel_blocks(1000, 30, threads, cover_block, &c, NULL),
            YK_OK);
        for (i = 0; i < 1000; i++)
            assert_int_equal(c.seen[i], 1);
        for (i = 0; i < 34; i++)
            assert_int_equal(c.calls[i], 1);
        assert_int_equal(c.calls[34], 0);
    }
}

/* Blocks 3 and 7 fail with different codes; block 3's must win. */
static yk_status failing_block(void *ctx, size_t b, size_t begin, size_t end)
{
    (void)ctx;
    (void)begin;
    (void)end;
    if (b == 7)
        return YK_E_NUMERIC;
    if (b == 3)
        return YK_E_RANGE;
    return YK_OK;
}

static void test_lowest_error_wins(void **state)
{
    int threads;
    (void)state;
    for (threads = 1; threads <= 3; threads++)
        assert_int_equal(
            yk_parallel_blocks(100, 5, threads, failing_block, NULL, NULL),
            YK_E_RANGE);
}

/* One counter per block, so threads never write the same int. */
static yk_status count_block(void *ctx, size_t b, size_t begin, size_t end)
{
    (void)begin;
    (void)end;
    ((int *)ctx)[b]++;
    return YK_OK;
}

static int sum_calls(const int *calls, size_t n)
{
    size_t i;
    int s = 0;
    for (i = 0; i < n; i++)
        s += calls[i];
    return s;
}

static void test_stop_before_start(void **state)
{
    volatile int stop = 1;
    int calls[10] = {0}, threads;
    (void)state;
    for (threads = 1; threads <= 3; threads++)
        assert_int_equal(yk_parallel_blocks(100, 10, threads, count_block,
                                            calls, &stop),
                         YK_E_INTERRUPTED);
    assert_int_equal(sum_calls(calls, 10), 0);
    stop = 0;
    assert_int_equal(
        yk_parallel_blocks(100, 10, 2, count_block, calls, &stop), YK_OK);
    assert_int_equal(sum_calls(calls, 10), 10);
}

/* Block 2 raises the flag, as a signal handler would mid-run. */
struct stop_ctx {
    volatile int stop;
    int ran[10];
};

static yk_status stopping_block(void *ctx, size_t b, size_t begin,
                                size_t end)
{
    struct stop_ctx *c = ctx;
    (void)begin;
    (void)end;
    c->ran[b] = 1;
    if (b == 2)
        c->stop = 1;
    return YK_OK;
}

static void test_stop_midway(void **state)
{
    static struct stop_ctx c;
    int b;
    (void)state;
    memset(&c, 0, sizeof c);
    assert_int_equal(
        yk_parallel_blocks(100, 10, 1, stopping_block, &c, &c.stop),
        YK_E_INTERRUPTED);
    for (b = 0; b < 10; b++)
        assert_int_equal(c.ran[b], b <= 2);
}

static void test_block_count(void **state)
{
    (void)state;
    assert_int_equal(yk_parallel_block_count(0, 64), 0);
    assert_int_equal(yk_parallel_block_count(1, 64), 1);
    assert_int_equal(yk_parallel_block_count(63, 64), 1);
    assert_int_equal(yk_parallel_block_count(64, 64), 1);
    assert_int_equal(yk_parallel_block_count(65, 64), 2);
    assert_int_equal(yk_parallel_block_count(640, 64), 10);
    assert_int_equal(yk_parallel_block_count(SIZE_MAX, 2),
                     SIZE_MAX / 2 + 1);
    assert_int_equal(yk_parallel_block_count(10, 0), 0);
}

static void test_bad_args_and_empty(void **state)
{
    int calls[2] = {0};
    (void)state;
    assert_int_equal(yk_parallel_blocks(10, 0, 1, count_block, calls, NULL),
                     YK_E_ARG);
    assert_int_equal(yk_parallel_blocks(10, 5, 1, NULL, calls, NULL),
                     YK_E_ARG);
    assert_int_equal(yk_parallel_blocks(10, 5, -1, count_block, calls, NULL),
                     YK_E_ARG);
    assert_int_equal(yk_parallel_blocks(0, 5, 2, count_block, calls, NULL),
                     YK_OK);
    assert_int_equal(sum_calls(calls, 2), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bit_identical_across_threads),
        cmocka_unit_test(test_every_item_once),
        cmocka_unit_test(test_lowest_error_wins),
        cmocka_unit_test(test_stop_before_start),
        cmocka_unit_test(test_stop_midway),
        cmocka_unit_test(test_block_count),
        cmocka_unit_test(test_bad_args_and_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
