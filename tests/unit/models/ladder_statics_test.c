/*
 * ladder_statics_test.c - the ladder's comparative statics (issue 14's
 * acceptance) over 1,000 random parameter draws each, the same draws for
 * every statement: the world's parameters of taiwan-2035 drawn from their
 * distributions and every coefficient drawn uniformly over its documented
 * plausible range (seed 14). Each statement compares the same draw with
 * and without the change, solved in equilibrium both times. Where a
 * literal statement fails in some draws, the count is printed, the test
 * pins that it is rare, and the strongest form that holds in every draw
 * is tested (docs/MODEL.md "ladder", "Comparative statics").
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yokushi/ladder.h"
#include "yokushi/scenario.h"

#define DRAWS 1000
#define EPS 1e-12

static yk_scenario *scen;
static yk_ladder_policy *pol;
static double *work;
static double strategic[2]; /* rungs 8-9, the exchange once (not per draw) */

static int setup(void **state)
{
    yk_diag d;
    (void)state;
    yk_diag_init(&d);
    if (yk_scenario_load("taiwan-2035", NULL, &scen, &d))
        return -1;
    yk_diag_free(&d);
    {
        const yk_world *w = yk_scenario_world(scen);
        const yk_crisis *k = &w->crises[0];
        yk_ladder_dyad dy = {k->aggressor, k->target, k->patron, k->theatre, NAN, NAN, k};
        if (yk_ladder_strategic_capabilities(w, &dy, NULL, strategic, NULL))
            return -1;
    }
    pol = yk_ladder_policy_new(10, 40);
    work = malloc(yk_ladder_work_size(pol) * sizeof *work);
    return pol && work ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    free(work);
    yk_ladder_policy_free(pol);
    yk_scenario_free(scen);
    return 0;
}

/* Draw i: coefficients uniform over their plausible ranges (the
 * risk-reduction switches stay off), the world's parameters from r; then
 * coefficient `coef` (if >= 0) set to value, the rest of the draw the same. */
static void draw(int i, yk_ladder_inputs *in, int coef, double value)
{
    const yk_world *w = yk_scenario_world(scen);
    const yk_coefficient_spec *spec = yk_ladder_coef_specs();
    const yk_crisis *k = &w->crises[0];
    yk_ladder_dyad d = {k->aggressor, k->target, k->patron, k->theatre, NAN, NAN, k};
    double c[YK_LC_COUNT];
    yk_rng r;
    int j;
    yk_rng_init(&r, 14, YK_STREAM_TEST, (uint64_t)i, 0);
    for (j = 0; j < YK_LC_COUNT; j++)
        c[j] = spec[j].range_lo + (spec[j].range_hi - spec[j].range_lo) * yk_rng_u01(&r);
    c[YK_LC_HOTLINE] = c[YK_LC_DATA_EXCHANGE] = c[YK_LC_NC3_PLEDGE] = c[YK_LC_DEALERTING] = 0;
    if (coef >= 0)
        c[coef] = value;
    assert_int_equal(yk_ladder_inputs_fill_with(w, &d, c, &r, strategic, in, NULL), YK_OK);
}

static yk_ladder_outcome outcome(const yk_ladder_inputs *in)
{
    yk_ladder_outcome o;
    assert_int_equal(yk_ladder_solve(pol, in), YK_OK);
    yk_ladder_exact(pol, in, yk_ladder_start(), work, &o);
    return o;
}

/* The outcome of in's chance moves under the policy solved for base. */
static yk_ladder_outcome fixed(const yk_ladder_inputs *base, const yk_ladder_inputs *in)
{
    yk_ladder_outcome o;
    assert_int_equal(yk_ladder_solve(pol, base), YK_OK);
    yk_ladder_exact(pol, in, yk_ladder_start(), work, &o);
    return o;
}

static double ge(const yk_ladder_outcome *o, int k)
{
    double s = 0;
    int j;
    for (j = k; j < YK_LADDER_MAX_RUNGS; j++)
        s += o->terminal[j];
    return s;
}

/* Theatre nuclear forces for the side with the gap (the US: 100
 * warheads usable in the theatre, SLCM-N-like). */
static void add_theatre(yk_ladder_inputs *in)
{
    int k;
    for (k = 0; k < in->n_rungs; k++)
        if (in->kind[k] == YK_RUNG_THEATRE_NUCLEAR) {
            in->cap[1][k] += 100;
            in->can[1][k] = true;
        }
}

static void theatre_forces(void **state)
{
    int i, worse = 0, dominance_lost = 0;
    double worst = 0;
    (void)state;
    for (i = 0; i < DRAWS; i++) {
        yk_ladder_inputs in, with;
        yk_ladder_outcome a, b;
        int k;
        draw(i, &in, -1, 0);
        with = in;
        add_theatre(&with);
        a = outcome(&in);
        b = outcome(&with);
        if (b.p_prevail_theatre[0] > a.p_prevail_theatre[0] + EPS) {
            if (!worse++)
                printf("counterexample: draw %d, China's P(prevail at 6-7) %.6f -> %.6f, "
                       "P(ends at 6-7) %.6f -> %.6f\n", i, a.p_prevail_theatre[0],
                       b.p_prevail_theatre[0], a.terminal[6] + a.terminal[7],
                       b.terminal[6] + b.terminal[7]);
            if (b.p_prevail_theatre[0] - a.p_prevail_theatre[0] > worst)
                worst = b.p_prevail_theatre[0] - a.p_prevail_theatre[0];
        }
        /* The strongest form: at every theatre-nuclear rung, China's chance
         * of prevailing in a fight there never rises. */
        for (k = 0; k < in.n_rungs; k++)
            if (in.kind[k] == YK_RUNG_THEATRE_NUCLEAR &&
                yk_ladder_win_a(&with, k) > yk_ladder_win_a(&in, k) + EPS)
                dominance_lost++;
    }
    printf("theatre forces for the US raise China's P(prevail at 6-7) in %d of %d draws "
           "(largest rise %.3g)\n", worse, DRAWS, worst);
    /* The literal statement fails in about 16% of the draws (by at most
     * 0.002): with means at 6-7 the US climbs there more often, and China
     * still wins some of those fights. The strongest form holds in all. */
    assert_int_equal(dominance_lost, 0);
    assert_true(worse <= DRAWS / 4);
}

static void doctrine(void **state)
{
    int i, s, worse[2] = {0, 0};
    (void)state;
    for (s = 0; s < 2; s++)
        for (i = 0; i < DRAWS; i++) {
            yk_ladder_inputs in, nfu, sp;
            yk_ladder_outcome a, b, c;
            draw(i, &in, -1, 0);
            in.doctrine[s] = 0;
            nfu = in;
            nfu.doctrine[s] = 1;
            sp = in;
            sp.doctrine[s] = 2;
            a = outcome(&in);
            b = outcome(&nfu);
            c = outcome(&sp);
            if ((b.p_first_use[s] > a.p_first_use[s] + EPS ||
                 c.p_first_use[s] > a.p_first_use[s] + EPS) && !worse[s]++)
                printf("counterexample: draw %d, side %d: P(first use) %.6f, with no first "
                       "use %.6f, sole purpose %.6f; unintended jumps %.4f -> %.4f\n", i, s,
                       a.p_first_use[s], b.p_first_use[s], c.p_first_use[s], a.jumps,
                       b.jumps);
            /* The strongest form: without unintended jumps a binding
             * doctrine leaves no first use at all. */
            {
                int k, t;
                for (t = 0; t < 2; t++)
                    for (k = 0; k < nfu.n_rungs; k++)
                        nfu.accident[t][k] = sp.accident[t][k] = 0;
                b = outcome(&nfu);
                c = outcome(&sp);
                assert_true(b.p_first_use[s] == 0 && c.p_first_use[s] == 0);
            }
        }
    printf("no first use or sole purpose raise the side's P(first use): CHN %d, USA %d of "
           "%d draws\n", worse[0], worse[1], DRAWS);
    /* Fails for China in about a fifth of the draws: held back from
     * climbing on purpose, China spends longer at the high conventional
     * rungs, where its own unintended jumps (launch on warning, entangled
     * warning) carry it onto nuclear rungs first. */
    assert_true(worse[0] <= DRAWS / 4 && worse[1] <= DRAWS / 4);
}

/* One measure set through its coefficient on the same draw (the world's
 * parameters and the other coefficients unchanged): the number of draws
 * where `worse` holds in equilibrium and at the policy without it. */
typedef bool (*worse_fn)(const yk_ladder_outcome *before, const yk_ladder_outcome *after);

static void measure_static(const char *what, int coef, double value, worse_fn worse_than,
                           int *worse, int *fixed_worse)
{
    int i;
    *worse = *fixed_worse = 0;
    for (i = 0; i < DRAWS; i++) {
        yk_ladder_inputs in, with;
        yk_ladder_outcome a, b;
        draw(i, &in, -1, 0);
        draw(i, &with, coef, value);
        a = outcome(&in);
        b = outcome(&with);
        if (worse_than(&a, &b) && !(*worse)++)
            printf("counterexample (%s): draw %d, P(>= 6) %.6f -> %.6f, jumps %.6f -> "
                   "%.6f, moves %.3f -> %.3f\n", what, i, ge(&a, 6), ge(&b, 6), a.jumps,
                   b.jumps, a.mean_steps, b.mean_steps);
        b = fixed(&in, &with);
        if (worse_than(&a, &b))
            (*fixed_worse)++;
    }
    printf("%s: the literal statement fails in %d of %d draws; at the policy without the "
           "change in %d\n", what, *worse, DRAWS, *fixed_worse);
}

static bool lowers_ge6(const yk_ladder_outcome *a, const yk_ladder_outcome *b)
{
    return ge(b, 6) < ge(a, 6) - EPS;
}

static bool raises_jumps(const yk_ladder_outcome *a, const yk_ladder_outcome *b)
{
    return b->jumps > a->jumps + EPS;
}

/* Entanglement: the whole rung-4 campaign aimed at dual-use command and
 * warning (nc3_targeting 1). In equilibrium the greater risk makes the
 * sides stop sooner (a threat that leaves something to chance) in some
 * draws; the direct effect, at the same choices, never lowers P(>= 6). */
static void entanglement(void **state)
{
    int worse, fixed_worse;
    (void)state;
    measure_static("entanglement never lowers P(>= 6)", YK_LC_NC3_TARGETING, 1, lowers_ge6,
                   &worse, &fixed_worse);
    assert_int_equal(fixed_worse, 0);
    assert_true(worse <= DRAWS / 4);
}

/* Each risk-reduction measure in place (its coefficient 1). In
 * equilibrium a safer crisis lasts longer in a few draws, and more moves
 * give more chances to jump; at the same choices never. */
static void risk_reduction(void **state)
{
    static const struct {
        const char *what;
        int coef;
    } m[] = {{"a hotline never raises the jumps", YK_LC_HOTLINE},
             {"data exchange never raises the jumps", YK_LC_DATA_EXCHANGE},
             {"an NC3 pledge never raises the jumps", YK_LC_NC3_PLEDGE},
             {"de-alerting never raises the jumps", YK_LC_DEALERTING}};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof m / sizeof m[0]; i++) {
        int worse, fixed_worse;
        measure_static(m[i].what, m[i].coef, 1, raises_jumps, &worse, &fixed_worse);
        assert_int_equal(fixed_worse, 0);
        assert_true(worse <= DRAWS / 4);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(theatre_forces),
        cmocka_unit_test(doctrine),
        cmocka_unit_test(entanglement),
        cmocka_unit_test(risk_reduction),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
