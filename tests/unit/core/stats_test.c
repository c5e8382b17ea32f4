/*
 * stats_test.c - src/core/stats.c against hand-worked values: Welford
 * moments and their merge, the Wilson interval, histogram quantiles.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "yokushi/rng.h"
#include "yokushi/stats.h"

static void assert_near(double got, double want, double tol)
{
    if (!(fabs(got - want) <= tol))
        fail_msg("got %.17g, want %.17g (tol %g)", got, want, tol);
}

/* Worked by hand for x = 2.385, 7.1, -3.25, 4.6:
 *   sum  = 10.835, mean = 10.835 / 4 = 2.70875
 *   deviations: -0.32375, 4.39125, -5.95875, 1.89125
 *   squares:     0.1048140625, 19.2830765625, 35.5067015625, 3.5768265625
 *   M2   = 58.47141875
 *   sample variance = M2 / 3 = 19.490472916666...
 *   sd   = sqrt(19.4904729166...) = 4.41479023...
 *   sem  = sd / 2 */
static const double welford_x[] = {2.385, 7.1, -3.25, 4.6};

static void test_moments_hand_worked(void **state)
{
    yk_moments m;
    size_t i;
    (void)state;
    yk_moments_init(&m);
    for (i = 0; i < 4; i++)
        yk_moments_add(&m, welford_x[i]);
    assert_int_equal(m.n, 4);
    assert_near(m.mean, 2.70875, 1e-14);
    assert_near(m.m2, 58.47141875, 1e-12);
    assert_near(yk_moments_variance(&m), 58.47141875 / 3.0, 1e-12);
    assert_near(yk_moments_sd(&m), sqrt(58.47141875 / 3.0), 1e-12);
    assert_near(yk_moments_sem(&m), sqrt(58.47141875 / 3.0) / 2.0, 1e-12);
    assert_true(m.min == -3.25);
    assert_true(m.max == 7.1);
}

static void test_moments_small_n(void **state)
{
    yk_moments m;
    double lo, hi;
    (void)state;
    yk_moments_init(&m);
    assert_true(yk_moments_variance(&m) == 0.0);
    yk_moments_add(&m, 3.75);
    assert_true(yk_moments_variance(&m) == 0.0);
    assert_true(yk_moments_sem(&m) == 0.0);
    yk_moments_ci95(&m, &lo, &hi);
    assert_true(lo == 3.75 && hi == 3.75);
}

static void test_moments_ci95(void **state)
{
    yk_moments m;
    double lo, hi, half;
    size_t i;
    (void)state;
    yk_moments_init(&m);
    for (i = 0; i < 4; i++)
        yk_moments_add(&m, welford_x[i]);
    half = 1.959964 * sqrt(58.47141875 / 3.0) / 2.0;
    yk_moments_ci95(&m, &lo, &hi);
    assert_near(lo, 2.70875 - half, 1e-12);
    assert_near(hi, 2.70875 + half, 1e-12);
}

static void test_moments_merge_halves(void **state)
{
    yk_moments whole, a, b, empty;
    yk_rng r;
    int i;
    (void)state;
    yk_moments_init(&whole);
    yk_moments_init(&a);
    yk_moments_init(&b);
    yk_moments_init(&empty);
    yk_rng_init(&r, 5, YK_STREAM_TEST, 0, 0);
    for (i = 0; i < 1000; i++) {
        /* Offset and spread so cancellation would show. */
        double x = 1000.0 + 37.5 * yk_rng_u01(&r);
        yk_moments_add(&whole, x);
        yk_moments_add(i < 400 ? &a : &b, x);
    }
    yk_moments_merge(&a, &b);
    yk_moments_merge(&a, &empty);
    assert_int_equal(a.n, whole.n);
    assert_near(a.mean, whole.mean, 1e-12 * fabs(whole.mean));
    assert_near(yk_moments_variance(&a), yk_moments_variance(&whole),
                1e-12 * yk_moments_variance(&whole));
    assert_true(a.min == whole.min && a.max == whole.max);
    /* Into an empty accumulator: a copy. */
    yk_moments_merge(&empty, &whole);
    assert_memory_equal(&empty, &whole, sizeof whole);
}

/* Worked by hand for k = 8, n = 10, z = 1.959964:
 *   p = 0.8, z^2 = 3.841458881296
 *   den    = 1 + z^2/n = 1.3841458881296
 *   centre = (0.8 + z^2/20) / den = 0.9920729440648 / 1.3841458881296
 *          = 0.716740159...
 *   root   = sqrt(p(1-p)/n + z^2/(4 n^2)) = sqrt(0.016 + 0.00960364720324)
 *          = sqrt(0.02560364720324) = 0.160011397...
 *   half   = z * root / den = 0.313616... / 1.3841458881296 = 0.226577690...
 *   lo = 0.490162, hi = 0.943318 (6 decimals) */
static void test_wilson_hand_worked(void **state)
{
    yk_proportion p;
    double lo, hi;
    int i;
    (void)state;
    yk_proportion_init(&p);
    for (i = 0; i < 10; i++)
        yk_proportion_add(&p, i < 8);
    assert_int_equal(p.k, 8);
    assert_near(yk_proportion_estimate(&p), 0.8, 1e-15);
    yk_proportion_wilson(&p, 1.959964, &lo, &hi);
    assert_near(lo, 0.490162, 5e-7);
    assert_near(hi, 0.943318, 5e-7);
}

static void test_wilson_edges(void **state)
{
    yk_proportion p, q;
    double lo, hi;
    (void)state;
    yk_proportion_init(&p);
    yk_proportion_wilson(&p, 1.959964, &lo, &hi);
    assert_true(lo == 0.0 && hi == 1.0);
    assert_true(yk_proportion_estimate(&p) == 0.0);
    /* k = 0 of 20: lo is 0 (clamped, not -1e-17), hi = z^2/(n + z^2). */
    p.n = 20;
    p.k = 0;
    yk_proportion_wilson(&p, 1.959964, &lo, &hi);
    assert_true(lo == 0.0);
    assert_near(hi, 3.841458881296 / (20 + 3.841458881296), 1e-12);
    /* k = n: the mirror image. */
    p.k = 20;
    yk_proportion_wilson(&p, 1.959964, &lo, &hi);
    assert_true(hi == 1.0);
    assert_near(lo, 20 / (20 + 3.841458881296), 1e-12);
    yk_proportion_init(&q);
    yk_proportion_add(&q, true);
    yk_proportion_add(&q, false);
    yk_proportion_merge(&p, &q);
    assert_int_equal(p.n, 22);
    assert_int_equal(p.k, 21);
}

/* Sample quantile, Hyndman & Fan definition 7, of sorted x[0..n-1]. */
static double ref_quantile(const double *x, size_t n, double q)
{
    double r = q * (double)(n - 1);
    size_t i = (size_t)r;
    double f = r - (double)i;
    if (i >= n - 1)
        return x[n - 1];
    if (f == 0.0)
        return x[i];
    return x[i] + f * (x[i + 1] - x[i]);
}

static int cmp_double(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    return (a > b) - (a < b);
}

static void test_histogram_integer_exact(void **state)
{
    enum { N = 1001 };
    static double x[N];
    static yk_histogram h;
    yk_rng r;
    int i;
    (void)state;
    /* Integers in [-20, 30) with unit bins: every quantile must equal the
     * sample quantile of the raw data exactly. */
    assert_true(yk_histogram_init(&h, -20.0, 30.0, 50));
    yk_rng_init(&r, 11, YK_STREAM_TEST, 0, 0);
    for (i = 0; i < N; i++) {
        /* A lumpy distribution: sum of two draws. */
        x[i] = -20.0 + (double)(yk_rng_below(&r, 25) + yk_rng_below(&r, 26));
        yk_histogram_add(&h, x[i]);
    }
    qsort(x, N, sizeof x[0], cmp_double);
    for (i = 0; i <= 200; i++) {
        double q = i / 200.0;
        assert_true(yk_histogram_quantile(&h, q) == ref_quantile(x, N, q));
    }
    assert_true(yk_histogram_quantile(&h, 0.0) == x[0]);
    assert_true(yk_histogram_quantile(&h, 1.0) == x[N - 1]);
}

static void test_histogram_small_by_hand(void **state)
{
    static yk_histogram h;
    static const double v[] = {3, 0, 9, 1, 3, 8, 1, 2, 3, 5};
    size_t i;
    (void)state;
    /* Sorted: 0 1 1 2 3 3 3 5 8 9. Definition 7, r = q * 9:
     * q = 0.5 -> r = 4.5, between 3 and 3 -> 3;
     * q = 0.25 -> r = 2.25, 1 + 0.25 * (2 - 1) = 1.25;
     * q = 0.9 -> r = 8.1, 8 + 0.1 * (9 - 8) = 8.1. */
    assert_true(yk_histogram_init(&h, 0.0, 10.0, 10));
    for (i = 0; i < 10; i++)
        yk_histogram_add(&h, v[i]);
    assert_true(yk_histogram_quantile(&h, 0.5) == 3.0);
    assert_near(yk_histogram_quantile(&h, 0.25), 1.25, 1e-15);
    assert_near(yk_histogram_quantile(&h, 0.9), 8.1, 1e-15);
    assert_true(yk_histogram_quantile(&h, 0.0) == 0.0);
    assert_true(yk_histogram_quantile(&h, 1.0) == 9.0);
}

static void test_histogram_merge_exact(void **state)
{
    static yk_histogram whole, a, b;
    yk_rng r;
    int i;
    (void)state;
    assert_true(yk_histogram_init(&whole, 0.0, 1.0, 64));
    assert_true(yk_histogram_init(&a, 0.0, 1.0, 64));
    assert_true(yk_histogram_init(&b, 0.0, 1.0, 64));
    yk_rng_init(&r, 3, YK_STREAM_TEST, 0, 0);
    for (i = 0; i < 5000; i++) {
        double x = 1.2 * yk_rng_u01(&r) - 0.1; /* some under and over */
        yk_histogram_add(&whole, x);
        yk_histogram_add(i % 3 ? &a : &b, x);
    }
    assert_true(yk_histogram_merge(&b, &a));
    assert_memory_equal(&b, &whole, sizeof whole);
    assert_true(whole.under > 0 && whole.over > 0);
    for (i = 0; i <= 20; i++)
        assert_true(yk_histogram_quantile(&b, i / 20.0) ==
                    yk_histogram_quantile(&whole, i / 20.0));
}

static void test_histogram_clamping(void **state)
{
    static yk_histogram h;
    (void)state;
    assert_true(yk_histogram_init(&h, 10.0, 20.0, 10));
    assert_true(isnan(yk_histogram_quantile(&h, 0.5)));
    yk_histogram_add(&h, -5.0);
    yk_histogram_add(&h, 9.999);
    yk_histogram_add(&h, 20.0); /* hi itself is over */
    yk_histogram_add(&h, 1e300);
    yk_histogram_add(&h, NAN);  /* not counted */
    assert_int_equal(h.n, 4);
    assert_int_equal(h.under, 2);
    assert_int_equal(h.over, 2);
    assert_true(yk_histogram_quantile(&h, 0.0) == 10.0);
    assert_true(yk_histogram_quantile(&h, 0.25) == 10.0);
    assert_true(yk_histogram_quantile(&h, 1.0) == 20.0);
    assert_true(yk_histogram_quantile(&h, 0.5) == 15.0); /* 10 + .5 * 10 */
    yk_histogram_add(&h, 19.999999);                     /* last bin */
    assert_int_equal(h.count[9], 1);
    assert_true(isnan(yk_histogram_quantile(&h, -0.1)));
    assert_true(isnan(yk_histogram_quantile(&h, 1.1)));
    assert_true(isnan(yk_histogram_quantile(&h, NAN)));
}

static void test_histogram_bad_args(void **state)
{
    static yk_histogram h, g;
    (void)state;
    assert_false(yk_histogram_init(&h, 0.0, 1.0, 0));
    assert_false(yk_histogram_init(&h, 0.0, 1.0, YK_HISTOGRAM_MAX_BINS + 1));
    assert_true(yk_histogram_init(&h, 0.0, 1.0, YK_HISTOGRAM_MAX_BINS));
    assert_false(yk_histogram_init(&h, 1.0, 1.0, 4));
    assert_false(yk_histogram_init(&h, 2.0, 1.0, 4));
    assert_false(yk_histogram_init(&h, NAN, 1.0, 4));
    assert_false(yk_histogram_init(&h, 0.0, INFINITY, 4));
    assert_true(yk_histogram_init(&h, 0.0, 1.0, 4));
    assert_true(yk_histogram_init(&g, 0.0, 1.0, 5));
    assert_false(yk_histogram_merge(&h, &g));
    assert_true(yk_histogram_init(&g, 0.0, 2.0, 4));
    assert_false(yk_histogram_merge(&h, &g));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_moments_hand_worked),
        cmocka_unit_test(test_moments_small_n),
        cmocka_unit_test(test_moments_ci95),
        cmocka_unit_test(test_moments_merge_halves),
        cmocka_unit_test(test_wilson_hand_worked),
        cmocka_unit_test(test_wilson_edges),
        cmocka_unit_test(test_histogram_integer_exact),
        cmocka_unit_test(test_histogram_small_by_hand),
        cmocka_unit_test(test_histogram_merge_exact),
        cmocka_unit_test(test_histogram_clamping),
        cmocka_unit_test(test_histogram_bad_args),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
