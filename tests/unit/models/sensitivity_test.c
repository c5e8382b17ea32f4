/*
 * sensitivity_test.c - the sensitivity estimators against exact answers
 * (ANCHORS 4: Ishigami and Sobol G indices within their bootstrap
 * intervals and within 0.02 at N = 2^14; the deterministic C reference
 * run at N = 1,024 and 4,096; Morris mu*(x2) = 7.875 exactly), the
 * quantile map, identity for any thread count, and errors.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "yokushi/sensitivity.h"

static yk_sens_result *run(const char *fn, yk_sens_method m, int64_t n, int threads)
{
    const yk_sens_input *in;
    size_t k;
    yk_sens_model_fn f;
    yk_sens_options o;
    yk_sens_result *r = NULL;
    yk_error err;
    assert_int_equal(yk_sens_test_function(fn, &in, &k, &f), YK_OK);
    memset(&o, 0, sizeof o);
    o.method = m;
    o.samples = n;
    o.seed = 12345;
    o.threads = threads;
    assert_int_equal(yk_sens_run(in, k, f, NULL, &o, &r, &err), YK_OK);
    return r;
}

/* Every S1 and ST within 0.02 of the exact value and its interval
 * covering it. */
static void check_exact(const char *fn)
{
    yk_sens_result *r = run(fn, YK_SENS_SOBOL, 1 << 14, 0);
    size_t i;
    int w;
    assert_string_equal(yk_sens_result_generator(r), "sobol");
    assert_int_equal(yk_sens_result_evaluations(r),
                     (int64_t)(1 << 14) * (int64_t)(yk_sens_result_count(r) + 2));
    for (i = 0; i < yk_sens_result_count(r); i++)
        for (w = YK_SENS_S1; w <= YK_SENS_ST; w++) {
            yk_sens_estimate e = yk_sens_result_index(r, i, (yk_sens_index)w);
            double x = yk_sens_test_exact(fn, i, (yk_sens_index)w);
            assert_false(isnan(x));
            assert_true(fabs(e.mean - x) < 0.02);
            assert_true(e.lo <= x && x <= e.hi);
        }
    yk_sens_result_free(r);
}

static void ishigami_matches_exact_indices(void **state)
{
    (void)state;
    /* The exact values themselves (ANCHORS 4, S1). */
    assert_true(fabs(yk_sens_test_exact("ishigami", 0, YK_SENS_S1) - 0.313905) < 1e-6);
    assert_true(fabs(yk_sens_test_exact("ishigami", 1, YK_SENS_S1) - 0.442411) < 1e-6);
    assert_true(fabs(yk_sens_test_exact("ishigami", 2, YK_SENS_S1)) < 1e-12);
    assert_true(fabs(yk_sens_test_exact("ishigami", 0, YK_SENS_ST) - 0.557589) < 1e-6);
    assert_true(fabs(yk_sens_test_exact("ishigami", 2, YK_SENS_ST) - 0.243684) < 1e-6);
    check_exact("ishigami");
}

static void sobol_g_matches_exact_indices(void **state)
{
    (void)state;
    /* ANCHORS 4, S3: SALib's default coefficients. */
    assert_true(fabs(yk_sens_test_exact("sobol-g", 0, YK_SENS_S1) - 0.716192) < 1e-6);
    assert_true(fabs(yk_sens_test_exact("sobol-g", 1, YK_SENS_S1) - 0.179048) < 1e-6);
    assert_true(fabs(yk_sens_test_exact("sobol-g", 0, YK_SENS_ST) - 0.787144) < 1e-6);
    assert_true(fabs(yk_sens_test_exact("sobol-g", 3, YK_SENS_ST) - 0.010460) < 1e-6);
    check_exact("sobol-g");
}

/* ANCHORS 4, S6: GSL Sobol' d = 6, A = columns 0-2, B = 3-5, no skip,
 * Saltelli 2010 S1 and Jansen ST. Outputs are centred here (SALib), which
 * moves the fourth decimal at most. N = 1,024 gives the documented small
 * negative S1 of x3, its interval covering 0. */
static void reference_run_is_reproduced(void **state)
{
    static const double s1[3] = {0.3146, 0.4469, 0.0007}, st[3] = {0.5574, 0.4429, 0.2435};
    yk_sens_result *r = run("ishigami", YK_SENS_SOBOL, 4096, 1);
    yk_sens_estimate e;
    size_t i;
    (void)state;
    for (i = 0; i < 3; i++) {
        assert_true(fabs(yk_sens_result_index(r, i, YK_SENS_S1).mean - s1[i]) < 0.0006);
        assert_true(fabs(yk_sens_result_index(r, i, YK_SENS_ST).mean - st[i]) < 0.0006);
    }
    yk_sens_result_free(r);
    r = run("ishigami", YK_SENS_SOBOL, 1024, 1);
    e = yk_sens_result_index(r, 2, YK_SENS_S1);
    assert_true(fabs(e.mean - -0.0244) < 0.0006);
    assert_true(e.lo < 0 && e.hi > 0);
    yk_sens_result_free(r);
}

/* With delta = 2/3 on 4 levels every elementary effect of x2 is
 * +-7 x 0.75 / (2/3): mu* = 7.875 whatever the trajectories. */
static void morris_mu_star_of_x2(void **state)
{
    yk_sens_result *r = run("ishigami", YK_SENS_MORRIS, 200, 0);
    size_t order[3];
    (void)state;
    assert_int_equal(yk_sens_result_evaluations(r), 200 * 4);
    assert_true(fabs(yk_sens_result_index(r, 1, YK_SENS_MU_STAR).mean - 7.875) < 1e-9);
    assert_true(isnan(yk_sens_result_index(r, 1, YK_SENS_S1).mean));
    /* mu* ranks x1 and x2 above x3 (SALib: 7.77, 7.875, 6.31). */
    yk_sens_result_rank(r, order);
    assert_int_equal(order[2], 2);
    yk_sens_result_free(r);
}

/* Outputs are stored at their rows: one thread or several, same bits. */
static void threads_never_change_results(void **state)
{
    yk_sens_result *a = run("sobol-g", YK_SENS_SOBOL, 512, 1);
    yk_sens_result *b = run("sobol-g", YK_SENS_SOBOL, 512, 3);
    size_t i;
    (void)state;
    for (i = 0; i < yk_sens_result_count(a); i++) {
        yk_sens_estimate x = yk_sens_result_index(a, i, YK_SENS_ST);
        yk_sens_estimate y = yk_sens_result_index(b, i, YK_SENS_ST);
        assert_memory_equal(&x, &y, sizeof x);
    }
    yk_sens_result_free(a);
    yk_sens_result_free(b);
}

/* Beyond 20 inputs GSL's Sobol' generator stops: Philox draws, said. */
static yk_status sum_model(void *ud, const double *x, size_t k, double *y, yk_error *err)
{
    size_t i;
    (void)ud;
    (void)err;
    *y = 0;
    for (i = 0; i < k; i++)
        *y += (double)(i + 1) * x[i];
    return YK_OK;
}

static void many_inputs_use_philox(void **state)
{
    yk_sens_input in[25];
    yk_sens_options o;
    yk_sens_result *r;
    yk_error err;
    double total = 0, v = 0;
    size_t i, missed = 0;
    (void)state;
    memset(in, 0, sizeof in);
    for (i = 0; i < 25; i++) {
        in[i].name = "x";
        in[i].dist.kind = YK_DIST_UNIFORM;
        in[i].dist.b = in[i].dist.hi = 1;
        v += (double)((i + 1) * (i + 1)) / 12;
    }
    memset(&o, 0, sizeof o);
    o.samples = 2048;
    assert_int_equal(yk_sens_run(in, 25, sum_model, NULL, &o, &r, &err), YK_OK);
    assert_string_equal(yk_sens_result_generator(r), "philox");
    /* Additive: S1 = ST = (i+1)^2 / 12 / V, summing to 1. */
    for (i = 0; i < 25; i++) {
        double x = (double)((i + 1) * (i + 1)) / 12 / v;
        yk_sens_estimate s1 = yk_sens_result_index(r, i, YK_SENS_S1);
        yk_sens_estimate st = yk_sens_result_index(r, i, YK_SENS_ST);
        /* 95% intervals: about one in twenty misses. */
        missed += !(s1.lo <= x && x <= s1.hi);
        assert_true(fabs(s1.mean - x) < 0.06);
        assert_true(fabs(st.mean - x) < 0.02);
        total += s1.mean;
    }
    assert_true(missed <= 4);
    assert_true(fabs(total - 1) < 0.1);
    yk_sens_result_free(r);
}

static void quantiles_map_the_unit_interval(void **state)
{
    yk_param p;
    (void)state;
    memset(&p, 0, sizeof p);
    p.kind = YK_DIST_TRIANGULAR;
    p.a = 0;
    p.b = 1;
    p.c = 4;
    assert_true(fabs(yk_param_quantile(&p, 0.25) - 1) < 1e-12); /* F(1) = 1/4 */
    assert_true(fabs(yk_param_quantile(&p, 1) - 4) < 1e-12);
    p.kind = YK_DIST_BETA;
    p.a = p.b = 2;
    assert_true(fabs(yk_param_quantile(&p, 0.5) - 0.5) < 1e-9);
    p.kind = YK_DIST_NORMAL;
    p.a = 0;
    p.b = 1;
    p.lo = -1;
    p.hi = 1;
    assert_true(fabs(yk_param_quantile(&p, 0.5)) < 1e-12);
    assert_true(yk_param_quantile(&p, 0) == -1 && yk_param_quantile(&p, 1) == 1);
}

static void bad_options_are_refused(void **state)
{
    const yk_sens_input *in;
    size_t k;
    yk_sens_model_fn f;
    yk_sens_options o;
    yk_sens_result *r;
    yk_error err;
    yk_sens_input fixed;
    (void)state;
    memset(&fixed, 0, sizeof fixed);
    fixed.name = "c";
    assert_int_equal(yk_sens_test_function("no-such", &in, &k, &f), YK_E_NOTFOUND);
    assert_int_equal(yk_sens_test_function("ishigami", &in, &k, &f), YK_OK);
    memset(&o, 0, sizeof o);
    o.samples = 1;
    assert_int_equal(yk_sens_run(in, k, f, NULL, &o, &r, &err), YK_E_ARG);
    o.samples = 8;
    o.method = YK_SENS_MORRIS;
    o.levels = 3;
    assert_int_equal(yk_sens_run(in, k, f, NULL, &o, &r, &err), YK_E_ARG);
    o.levels = 4;
    assert_int_equal(yk_sens_run(&fixed, 1, f, NULL, &o, &r, &err), YK_E_ARG);
    assert_non_null(strstr(err.message, "fixed"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ishigami_matches_exact_indices),
        cmocka_unit_test(sobol_g_matches_exact_indices),
        cmocka_unit_test(reference_run_is_reproduced),
        cmocka_unit_test(morris_mu_star_of_x2),
        cmocka_unit_test(threads_never_change_results),
        cmocka_unit_test(many_inputs_use_philox),
        cmocka_unit_test(quantiles_map_the_unit_interval),
        cmocka_unit_test(bad_options_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
