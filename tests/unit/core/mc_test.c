/*
 * mc_test.c - the Monte Carlo driver (src/core/mc.c): a mean over random
 * streams is bit-identical for 1, 2 and 3 threads with a last block
 * short; every replicate runs once; progress ends at the total; the stop
 * flag interrupts; a failing slot_init frees what it set up; bad
 * arguments are refused.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "yokushi/mc.h"
#include "yokushi/rng.h"
#include "yokushi/stats.h"

enum { REPS = 10007, BLOCK = 64 };

typedef struct slot {
    yk_moments m;
    uint64_t count;
    int inited;
} slot;

typedef struct ctx {
    yk_moments sum;
    uint64_t count;
    int64_t last_done, last_total;
    int slots_inited, slots_freed, fail_init_at, stop_halfway;
    volatile int stop;
} ctx;

static yk_status slot_init(void *c, void *s)
{
    ctx *cx = c;
    if (cx->fail_init_at && cx->slots_inited + 1 == cx->fail_init_at)
        return YK_E_NOMEM;
    cx->slots_inited++;
    ((slot *)s)->inited = 1;
    return YK_OK;
}

static void slot_free(void *c, void *s)
{
    ctx *cx = c;
    cx->slots_freed += ((slot *)s)->inited;
}

static void block_begin(void *c, void *s)
{
    slot *sl = s;
    (void)c;
    yk_moments_init(&sl->m);
    sl->count = 0;
}

static void replicate(void *c, void *s, uint64_t rep)
{
    slot *sl = s;
    yk_rng r;
    ctx *cx = c;
    yk_rng_init(&r, 42, YK_STREAM_TEST, rep, 0);
    yk_moments_add(&sl->m, yk_rng_u01(&r));
    sl->count++;
    /* Ask to stop halfway through; the driver sees it between blocks. */
    if (rep == REPS / 2 && cx->stop_halfway)
        cx->stop = 1;
}

static void merge(void *c, const void *s)
{
    ctx *cx = c;
    const slot *sl = s;
    yk_moments_merge(&cx->sum, &sl->m);
    cx->count += sl->count;
}

static void progress(void *ud, int64_t done, int64_t total)
{
    ctx *cx = ud;
    assert_true(done >= cx->last_done);
    cx->last_done = done;
    cx->last_total = total;
}

static const yk_mc_ops ops = {
    .block = BLOCK,
    .slot_size = sizeof(slot),
    .slot_init = slot_init,
    .slot_free = slot_free,
    .block_begin = block_begin,
    .replicate = replicate,
    .merge = merge,
};

static yk_status run(ctx *cx, int threads)
{
    yk_mc_options o;
    memset(&o, 0, sizeof o);
    yk_moments_init(&cx->sum);
    o.replicates = REPS;
    o.threads = threads;
    o.stop = &cx->stop;
    o.progress = progress;
    o.progress_ud = cx;
    return yk_mc_run(&ops, cx, &o);
}

static void identical_for_any_thread_count(void **state)
{
    static const int threads[] = {1, 2, 3};
    ctx first;
    size_t i;
    (void)state;
    memset(&first, 0, sizeof first);
    assert_int_equal(run(&first, 1), YK_OK);
    assert_int_equal(first.count, REPS);
    assert_int_equal(first.last_done, REPS);
    assert_int_equal(first.last_total, REPS);
    assert_int_equal(first.slots_freed, first.slots_inited);
    for (i = 1; i < sizeof threads / sizeof threads[0]; i++) {
        ctx cx;
        memset(&cx, 0, sizeof cx);
        assert_int_equal(run(&cx, threads[i]), YK_OK);
        assert_int_equal(cx.count, REPS);
        assert_memory_equal(&cx.sum, &first.sum, sizeof cx.sum);
        assert_int_equal(cx.slots_freed, cx.slots_inited);
    }
}

static void stop_flag_interrupts(void **state)
{
    ctx cx;
    (void)state;
    memset(&cx, 0, sizeof cx);
    cx.stop_halfway = 1; /* replicate() sets the flag halfway */
    assert_int_equal(run(&cx, 1), YK_E_INTERRUPTED);
    assert_true(cx.count > 0 && cx.count < REPS); /* whole batches before it */
    assert_int_equal(cx.slots_freed, cx.slots_inited);
}

static void failed_slot_init_cleans_up(void **state)
{
    ctx cx;
    (void)state;
    memset(&cx, 0, sizeof cx);
    cx.fail_init_at = 2;
    assert_int_equal(run(&cx, 2), YK_E_NOMEM);
    assert_int_equal(cx.count, 0);
    assert_int_equal(cx.slots_inited, 1);
    assert_int_equal(cx.slots_freed, 1);
}

static void bad_arguments_are_refused(void **state)
{
    yk_mc_ops no_block = ops;
    yk_mc_options o;
    ctx cx;
    (void)state;
    memset(&cx, 0, sizeof cx);
    memset(&o, 0, sizeof o);
    assert_int_equal(yk_mc_run(&ops, &cx, &o), YK_E_ARG); /* 0 replicates */
    o.replicates = 10;
    no_block.block = 0;
    assert_int_equal(yk_mc_run(&no_block, &cx, &o), YK_E_ARG);
    no_block = ops;
    no_block.replicate = NULL;
    assert_int_equal(yk_mc_run(&no_block, &cx, &o), YK_E_ARG);
    assert_int_equal(yk_mc_run(NULL, &cx, &o), YK_E_ARG);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(identical_for_any_thread_count),
        cmocka_unit_test(stop_flag_interrupts),
        cmocka_unit_test(failed_slot_init_cleans_up),
        cmocka_unit_test(bad_arguments_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
