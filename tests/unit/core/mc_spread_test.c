/*
 * mc_spread_test.c - a yk_spread_fn (mc.h) never changes a result: a
 * spread that evaluates the points in uneven pieces, last piece first (as
 * ranks of the MPI program finish in any order), gives the crisis Monte
 * Carlo (its replicate blocks), a sensitivity design and a sweep grid the
 * same bits as no spread; an error in one piece is the run's error.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "yokushi/alloc.h"
#include "yokushi/crisis.h"
#include "yokushi/engine.h"
#include "yokushi/sensitivity.h"

typedef struct pieces {
    int calls;
    size_t points;
} pieces;

/* Three pieces, evaluated last first. */
static yk_status reverse_spread(void *ud, size_t n, size_t size, yk_range_fn eval, void *ctx,
                                void *out, yk_error *err)
{
    pieces *p = ud;
    size_t cut[4] = {0, n / 5, n / 2, n};
    int i;
    (void)size;
    p->points = n;
    for (i = 2; i >= 0; i--) {
        yk_status st;
        if (cut[i + 1] == cut[i])
            continue;
        p->calls++;
        st = eval(ctx, cut[i], cut[i + 1] - cut[i], out, err);
        if (st)
            return st;
    }
    return YK_OK;
}

static yk_scenario *load(const char *name)
{
    yk_scenario *s = NULL;
    yk_diag d;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(name, NULL, &s, &d), YK_OK);
    yk_diag_free(&d);
    return s;
}

static void crisis_blocks_spread_identically(void **state)
{
    yk_scenario *s = load("ukraine-nuclear");
    yk_crisis_options o;
    yk_crisis_result *a = NULL, *b = NULL;
    yk_error err;
    pieces p = {0, 0};
    yk_crisis_numbers x, y;
    (void)state;
    memset(&o, 0, sizeof o);
    o.replicates = 5000;
    o.seed = 7;
    o.threads = 2;
    assert_int_equal(yk_crisis_run(s, &o, &a, &err), YK_OK);
    o.spread = reverse_spread;
    o.spread_ud = &p;
    assert_int_equal(yk_crisis_run(s, &o, &b, &err), YK_OK);
    assert_true(p.calls >= 3 && p.points > 1); /* the blocks did go through it */
    x = yk_crisis_outcome_numbers(yk_crisis_result_at(a, 0), true);
    y = yk_crisis_outcome_numbers(yk_crisis_result_at(b, 0), true);
    assert_memory_equal(&x, &y, sizeof x);
    x = yk_crisis_outcome_numbers(yk_crisis_result_at(a, 0), false);
    y = yk_crisis_outcome_numbers(yk_crisis_result_at(b, 0), false);
    assert_memory_equal(&x, &y, sizeof x);
    yk_crisis_result_free(a);
    yk_crisis_result_free(b);
    yk_scenario_free(s);
}

/* The same document with and without the spread, for an engine run. */
static void same_document(const char *scenario, const char *engine, const char *const *opts)
{
    yk_scenario *s = load(scenario);
    char *doc[2] = {NULL, NULL};
    pieces p = {0, 0};
    int k;
    for (k = 0; k < 2; k++) {
        yk_run_options *o = yk_run_options_new();
        yk_engine_result *r = NULL;
        yk_error err;
        size_t i;
        for (i = 0; opts[i]; i += 2)
            assert_int_equal(yk_run_options_set(o, opts[i], opts[i + 1], &err), YK_OK);
        if (k)
            yk_run_options_spread(o, reverse_spread, &p);
        assert_int_equal(yk_engine_run(yk_engine_find(engine), s, o, &r, &err), YK_OK);
        assert_int_equal(yk_engine_result_to_string(r, YK_FORMAT_JSON, &doc[k], NULL), YK_OK);
        yk_engine_result_free(r);
        yk_run_options_free(o);
    }
    assert_true(p.calls >= 3);
    assert_string_equal(doc[0], doc[1]);
    yk_free(doc[0]);
    yk_free(doc[1]);
    yk_scenario_free(s);
}

static void designs_and_grids_spread_identically(void **state)
{
    static const char *const sens[] = {"params", "states.RUS.resolve,hesitancy,states.RUS.conventional.power=100:200",
                                       "samples", "16", "replicates", "20", "measure",
                                       "p_attack", "id", "ukraine-2022", "threads", "2", NULL};
    static const char *const sweep[] = {"set", "hesitancy=0.2:0.8:4", "set",
                                        "states.RUS.resolve=0.3:0.9:3", "replicates", "200",
                                        "measure", "p_attack", NULL};
    (void)state;
    same_document("ukraine-2022", "sensitivity", sens);
    same_document("ukraine-2022", "sweep", sweep);
}

static yk_status failing_range(void *ctx, size_t first, size_t count, void *out,
                               yk_error *err)
{
    (void)ctx;
    (void)first;
    (void)count;
    (void)out;
    return yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, NULL, "a piece failed");
}

static yk_status failing_spread(void *ud, size_t n, size_t size, yk_range_fn eval,
                                void *ctx, void *out, yk_error *err)
{
    (void)ud;
    (void)size;
    (void)eval;
    return failing_range(ctx, 0, n, out, err);
}

static void an_error_in_a_piece_is_the_runs(void **state)
{
    yk_scenario *s = load("ukraine-2022");
    yk_crisis_options o;
    yk_crisis_result *r = NULL;
    yk_error err;
    (void)state;
    memset(&o, 0, sizeof o);
    o.replicates = 1000;
    o.spread = failing_spread;
    assert_int_equal(yk_crisis_run(s, &o, &r, &err), YK_E_NUMERIC);
    assert_null(r);
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(crisis_blocks_spread_identically),
        cmocka_unit_test(designs_and_grids_spread_identically),
        cmocka_unit_test(an_error_in_a_piece_is_the_runs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
