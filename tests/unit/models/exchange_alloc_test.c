/*
 * exchange_alloc_test.c - the greedy counterforce allocation against
 * the exact integer optimum by brute force (every vector of shots per
 * aim point, each at most the fratricide cap, summing to at most the
 * warheads) on 400 random small instances with one weapon type, where
 * greedy is optimal (the separable concave case, docs/MODEL.md
 * "exchange"); and on 300 instances with two weapon types, where it is
 * a heuristic: the test measures the shortfall and holds it to the bound
 * the note states. Hand-worked cases check the heap's order, the cap,
 * ties and the group split.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "models/exchange/exchange_int.h"

#define MAXT 6 /* aim points in a brute-force instance */

static void assert_near(double got, double want, double tol)
{
    if (!(fabs(got - want) <= tol))
        fail_msg("got %.17g, want %.17g (tol %g)", got, want, tol);
}

typedef struct inst {
    size_t nc, nw;
    double count[4], value[4], p[2 * 4], warheads[2];
    int order[2], cap;
} inst;

static double greedy(const inst *in, double *surv_out)
{
    xc_alloc_work w;
    double surv[4], shots[4], unused[2], got;
    assert_int_equal(yk_xc_alloc_work_init(&w, in->nc + in->nw + 1), YK_OK);
    got = yk_xc_allocate_best(in->nc, in->count, in->value, in->nw, in->order, in->warheads, in->p,
                         in->cap, &w, surv, shots, unused);
    yk_xc_alloc_work_free(&w);
    if (surv_out)
        memcpy(surv_out, surv, sizeof surv);
    return got;
}

/* Expanded aim points: class of each. */
static size_t expand(const inst *in, int *cls)
{
    size_t c, t = 0;
    int k;
    for (c = 0; c < in->nc; c++)
        for (k = 0; k < (int)in->count[c]; k++)
            cls[t++] = (int)c;
    return t;
}

/* Best value with one weapon type: shots k_t in 0..cap, sum <= W. */
static double brute_one(const inst *in)
{
    int cls[MAXT], k[MAXT] = {0};
    size_t n = expand(in, cls), i;
    double best = 0;
    for (;;) {
        int sum = 0;
        double v = 0;
        for (i = 0; i < n; i++) {
            sum += k[i];
            v += in->value[cls[i]] * yk_exchange_n_shot(in->p[cls[i]], k[i]);
        }
        if (sum <= in->warheads[0] && v > best)
            best = v;
        for (i = 0; i < n && ++k[i] > in->cap; i++)
            k[i] = 0;
        if (i == n)
            return best;
    }
}

/* Best value with two weapon types: shots a_t of type 0 and b_t of type
 * 1 with a_t + b_t <= cap. */
static double brute_two(const inst *in)
{
    int cls[MAXT], a[MAXT] = {0}, b[MAXT] = {0};
    size_t n = expand(in, cls), i;
    double best = 0;
    for (;;) {
        int sa = 0, sb = 0, ok = 1;
        double v = 0;
        for (i = 0; i < n; i++) {
            double s = pow(1 - in->p[cls[i]], a[i]) * pow(1 - in->p[in->nc + cls[i]], b[i]);
            sa += a[i];
            sb += b[i];
            ok = ok && a[i] + b[i] <= in->cap;
            v += in->value[cls[i]] * (1 - s);
        }
        if (ok && sa <= in->warheads[0] && sb <= in->warheads[1] && v > best)
            best = v;
        for (i = 0; i < 2 * n; i++) {
            int *x = i < n ? &a[i] : &b[i - n];
            if (++*x <= in->cap)
                break;
            *x = 0;
        }
        if (i == 2 * n)
            return best;
    }
}

static void random_instance(yk_rng *g, inst *in, size_t nw, size_t max_points)
{
    size_t c, t, total = 0;
    memset(in, 0, sizeof *in);
    in->nw = nw;
    in->nc = 1 + (size_t)yk_rng_below(g, 3);
    in->cap = 1 + (int)yk_rng_below(g, 3);
    for (c = 0; c < in->nc; c++) {
        size_t left = max_points - total - (in->nc - c - 1);
        in->count[c] = (double)(1 + yk_rng_below(g, left < 3 ? left : 3));
        total += (size_t)in->count[c];
        in->value[c] = 0.5 + 9.5 * yk_rng_u01(g);
    }
    for (t = 0; t < nw; t++) {
        in->warheads[t] = (double)yk_rng_below(g, 9);
        in->order[t] = (int)t;
        for (c = 0; c < in->nc; c++)
            in->p[t * in->nc + c] = 0.02 + 0.96 * yk_rng_u01(g);
    }
}

/* Kill probabilities as the engine makes them: rel x SSPK(LR(Y, H), CEP)
 * with a weapon's yield, CEP and reliability and a target's hardness
 * (silos 1,000-5,000 psi, garrisons, ports and bases 10-30 psi). */
static void structure(yk_rng *g, inst *in)
{
    double y[2], cep[2], rel[2], h[4];
    size_t t, c;
    for (t = 0; t < in->nw; t++) {
        y[t] = 50 + 750 * yk_rng_u01(g);
        cep[t] = 90 + 410 * yk_rng_u01(g);
        rel[t] = 0.6 + 0.35 * yk_rng_u01(g);
    }
    for (c = 0; c < in->nc; c++)
        h[c] = yk_rng_u01(g) < 0.5 ? 1000 + 4000 * yk_rng_u01(g) : 10 + 20 * yk_rng_u01(g);
    for (t = 0; t < in->nw; t++)
        for (c = 0; c < in->nc; c++)
            in->p[t * in->nc + c] =
                rel[t] * yk_exchange_sspk(yk_exchange_lethal_radius(2.62, y[t], h[c]), cep[t]);
}

static void test_one_type_is_optimal(void **state)
{
    yk_rng g;
    int i;
    (void)state;
    yk_rng_init(&g, 15, YK_STREAM_TEST, 1, 0);
    for (i = 0; i < 400; i++) {
        inst in;
        double got, best;
        random_instance(&g, &in, 1, MAXT);
        got = greedy(&in, NULL);
        best = brute_one(&in);
        if (!(fabs(got - best) <= 1e-9 * (1 + best)))
            fail_msg("instance %d: greedy %.12g, optimum %.12g", i, got, best);
    }
}

/* Two weapon types (greedy type by type, in the strike's order and its
 * reverse, the better kept): the shortfall against the optimum, as
 * docs/MODEL.md states it (engine-like kill probabilities: mean below
 * 1%, worst below 15%; arbitrary ones: mean below 2%, worst below 40%);
 * the test prints what it found. */
static double two_types(bool structured, int *n_exact, double *mean_gap)
{
    yk_rng g;
    int i, exact = 0;
    double worst = 0, mean = 0;
    yk_rng_init(&g, 15, YK_STREAM_TEST, structured ? 3 : 2, 0);
    for (i = 0; i < 300; i++) {
        inst in;
        double got, best, gap;
        random_instance(&g, &in, 2, 4);
        if (structured)
            structure(&g, &in);
        if (in.cap > 2)
            in.cap = 2;
        /* the type with the larger kill first, as the strike orders them */
        if (in.p[in.nc] > in.p[0]) {
            in.order[0] = 1;
            in.order[1] = 0;
        }
        got = greedy(&in, NULL);
        best = brute_two(&in);
        assert_true(got <= best + 1e-9 * (1 + best));
        gap = best > 0 ? (best - got) / best : 0;
        exact += gap < 1e-12;
        mean += gap / 300;
        if (gap > worst)
            worst = gap;
    }
    *n_exact = exact;
    *mean_gap = mean;
    return worst;
}

static void test_two_types_shortfall(void **state)
{
    int exact;
    double mean, worst;
    (void)state;
    worst = two_types(true, &exact, &mean);
    print_message("two weapon types, engine-like kill probabilities: %d of 300 exact, mean "
                  "shortfall %.4f%%, worst %.4f%%\n", exact, 100 * mean, 100 * worst);
    assert_true(worst <= 0.15);
    assert_true(mean <= 0.01);
    worst = two_types(false, &exact, &mean);
    print_message("two weapon types, arbitrary kill probabilities: %d of 300 exact, mean "
                  "shortfall %.4f%%, worst %.4f%%\n", exact, 100 * mean, 100 * worst);
    assert_true(worst <= 0.40);
    assert_true(mean <= 0.02);
}

/* By hand: two classes, 3 warheads, cap 2. Marginals: A (v 10, p 0.5):
 * 5, 2.5; B (v 4, p 0.9): 3.6, 0.36. Greedy: A5, B3.6, A2.5 = 11.1;
 * A survives 0.25, B 0.1. */
static void test_by_hand(void **state)
{
    inst in;
    double surv[4];
    (void)state;
    memset(&in, 0, sizeof in);
    in.nc = 2;
    in.nw = 1;
    in.count[0] = in.count[1] = 1;
    in.value[0] = 10;
    in.value[1] = 4;
    in.p[0] = 0.5;
    in.p[1] = 0.9;
    in.warheads[0] = 3;
    in.cap = 2;
    assert_near(greedy(&in, surv), 11.1, 1e-12);
    assert_near(surv[0], 0.25, 1e-15);
    assert_near(surv[1], 0.1, 1e-15);
    /* the cap: at most one shot each, the third warhead stays unused */
    in.cap = 1;
    assert_near(greedy(&in, surv), 8.6, 1e-12);
    /* a group split: 5 aim points of A, 3 warheads: 3 struck once */
    in.cap = 2;
    in.count[0] = 5;
    in.count[1] = 0;
    assert_near(greedy(&in, surv), 15, 1e-12);
    assert_near(surv[0], (3 * 0.5 + 2 * 1.0) / 5, 1e-15);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_by_hand),
        cmocka_unit_test(test_one_type_is_optimal),
        cmocka_unit_test(test_two_types_shortfall),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
