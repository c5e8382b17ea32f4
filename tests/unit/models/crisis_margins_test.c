/*
 * crisis_margins_test.c - decisions' margins and ties
 * (src/models/crisis/margins.c). In germany-nuclear at the means A backs
 * down after a defence and after a threat, so both cost P the
 * intervention alone: an exact tie the solver breaks for defend. A change
 * from defend to threat there is the tie-break rule alone (no crossing in
 * a sweep); a change from defend to abandon is a decision (a crossing).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "models/crisis/crisis_int.h"
#include "yokushi/scenario.h"

static void solve_means(const char *name, yk_crisis_model *m, yk_crisis_solution *s)
{
    yk_scenario *sc = NULL;
    yk_crisis_sampler *sm = NULL;
    yk_diag d;
    yk_error err;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(name, NULL, &sc, &d), YK_OK);
    yk_diag_free(&d);
    assert_int_equal(yk_crisis_sampler_new(sc, 0, &sm, &err), YK_OK);
    yk_crisis_model_init(m, yk_crisis_sampler_mean(sm));
    yk_crisis_solve(m, s);
    yk_crisis_sampler_free(sm);
    yk_scenario_free(sc);
}

static void set_response(yk_crisis_solution *s, int type, int r)
{
    int k;
    for (k = 0; k < 3; k++)
        s->s.respond[type][k] = k == r;
}

static void tie_is_reported_and_only_a_tie_break(void **state)
{
    yk_crisis_model m;
    yk_crisis_solution s, threat, abandon;
    double g[YK_CR_DECISIONS];
    (void)state;
    solve_means("germany-nuclear", &m, &s);
    /* A sure to lose against P's defence and backing down cheaply: P's
     * defence and threat both cost it only the intervention, a tie. */
    m.p_defend = 0;
    m.backdown = 0.05;
    yk_crisis_solve(&m, &s);
    assert_true(m.threat);
    assert_true(s.s.respond[0][YK_RESP_DEFEND] == 1);
    yk_cr_margins(&m, &s, g);
    assert_true(yk_cr_is_tie(g[YK_CR_DEC_RESPOND_RESOLUTE]));
    assert_true(yk_cr_is_tie(g[YK_CR_DEC_RESPOND_HESITANT]));
    assert_true(g[YK_CR_DEC_ATTACK] > 0.01);
    assert_true(g[YK_CR_DEC_REPLY_DEFEND] > 0.01);
    threat = s;
    set_response(&threat, 0, YK_RESP_THREAT);
    assert_true(yk_cr_tie_break_only(&m, &s, &m, &threat));
    abandon = s;
    set_response(&abandon, 0, YK_RESP_ABANDON);
    assert_false(yk_cr_tie_break_only(&m, &s, &m, &abandon));
    assert_false(yk_cr_tie_break_only(&m, &s, &m, &s)); /* no change at all */
}

/* Where no decision ties, every margin is strictly positive. */
static void strict_margins(void **state)
{
    yk_crisis_model m;
    yk_crisis_solution s;
    double g[YK_CR_DECISIONS];
    int d;
    (void)state;
    solve_means("ukraine-2022", &m, &s);
    yk_cr_margins(&m, &s, g);
    assert_true(fabs(g[YK_CR_DEC_ATTACK] - s.attack_value.a) < 1e-15); /* attacks */
    for (d = 0; d < YK_CR_DECISIONS; d++)
        assert_true(isnan(g[d]) || g[d] > 1e-6);
}

/* The spread of margins across draws: quantiles within a bin (9%) of the
 * exact order statistics, ties in their own bin at 0, the negative side
 * below it, and merged halves the same as one histogram. */
static void spread_quantiles(void **state)
{
    static yk_cr_spread h, a, b; /* large: not on the stack */
    int i;
    (void)state;
    memset(&h, 0, sizeof h);
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    /* 100 draws: margins -0.5 (5 of them), a tie (5), then 0.01 .. 0.90. */
    for (i = 0; i < 100; i++) {
        double x = i < 5 ? -0.5 : i < 10 ? 0 : (double)(i - 9) / 100;
        yk_cr_spread_add(&h, x);
        yk_cr_spread_add(i % 2 ? &a : &b, x);
    }
    yk_cr_spread_add(&h, NAN); /* skipped */
    assert_true(fabs(yk_cr_spread_quantile(&h, 0.05) / -0.5 - 1) < 0.09);
    assert_true(yk_cr_spread_quantile(&h, 0.10) == 0);
    assert_true(fabs(yk_cr_spread_quantile(&h, 0.5) / 0.40 - 1) < 0.09); /* the 50th: 0.40 */
    assert_true(fabs(yk_cr_spread_quantile(&h, 0.95) / 0.85 - 1) < 0.09);
    yk_cr_spread_merge(&a, &b);
    assert_memory_equal(&a, &h, sizeof h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tie_is_reported_and_only_a_tie_break),
        cmocka_unit_test(strict_margins),
        cmocka_unit_test(spread_quantiles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
