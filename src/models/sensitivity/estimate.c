/*
 * estimate.c - the estimators of a sensitivity run over its outputs in the
 * design's row order, and their bootstrap intervals.
 *
 * Sobol (Saltelli et al. 2010, "Variance based sensitivity analysis of
 * model output", Table 2, rows (b) and (f)), with f_A, f_B, f_ABi the
 * outputs on the rows of A, B and AB_i and V their variance over A and B:
 *   S1_i = mean(f_B (f_ABi - f_A)) / V           (Saltelli 2010)
 *   ST_i = mean((f_A - f_ABi)^2) / (2 V)         (Jansen 1999)
 * Outputs are centred on their mean first, as SALib does: the first-order
 * estimator is not shift-invariant for finite N.
 * Morris (Morris 1991; Campolongo et al. 2007): the elementary effect of
 * input i on a trajectory is (f(x + e_i delta) - f(x)) / delta in unit
 * coordinates; mu* = mean |EE|, mu = mean EE, sigma = sd EE (n - 1).
 * Intervals: the estimate +- 1.96 sd of B bootstrap estimates over
 * resampled rows (Sobol) or trajectories (Morris), as SALib reports them.
 */
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "models/sensitivity/sens_int.h"
#include "yokushi/rng.h"

yk_sens_estimate yk_sens_interval(double est, const double *boot, int nb)
{
    yk_sens_estimate e = {est, NAN, NAN};
    double m = 0, s = 0;
    int i, n = 0;
    for (i = 0; i < nb; i++)
        if (!isnan(boot[i])) {
            n++;
            m += (boot[i] - m) / n;
        }
    if (n < 2)
        return e;
    for (i = 0; i < nb; i++)
        if (!isnan(boot[i]))
            s += (boot[i] - m) * (boot[i] - m);
    s = sqrt(s / (n - 1));
    e.lo = est - 1.96 * s;
    e.hi = est + 1.96 * s;
    return e;
}

/* S1 and ST of every input over the rows pick[0..n-1] (NULL: 0..n-1);
 * y centred. */
static void sobol_once(size_t k, size_t n, const double *y, const size_t *pick,
                       double *s1, double *st)
{
    double m = 0, v = 0;
    size_t i, c, cnt = 0;
    for (i = 0; i < n; i++) {
        size_t r = pick ? pick[i] : i;
        double a = y[r], b = y[n + r];
        cnt++;
        m += (a - m) / (double)(2 * cnt - 1);
        m += (b - m) / (double)(2 * cnt);
    }
    for (i = 0; i < n; i++) {
        size_t r = pick ? pick[i] : i;
        v += (y[r] - m) * (y[r] - m) + (y[n + r] - m) * (y[n + r] - m);
    }
    v /= (double)(2 * n);
    for (c = 0; c < k; c++) {
        const double *ab = y + (2 + c) * n;
        double first = 0, total = 0;
        for (i = 0; i < n; i++) {
            size_t r = pick ? pick[i] : i;
            first += y[n + r] * (ab[r] - y[r]);
            total += (y[r] - ab[r]) * (y[r] - ab[r]);
        }
        s1[c] = v > 0 ? first / (double)n / v : NAN;
        st[c] = v > 0 ? total / (2.0 * (double)n) / v : NAN;
    }
}

static void resample(size_t n, uint64_t seed, int b, size_t *pick)
{
    yk_rng g;
    size_t i;
    yk_rng_init(&g, seed, YK_STREAM_SENSITIVITY, (uint64_t)b, 2);
    for (i = 0; i < n; i++)
        pick[i] = (size_t)yk_rng_below(&g, n);
}

yk_status yk_sens_sobol_estimate(size_t k, size_t n, const double *y,
                                 int bootstrap, uint64_t seed,
                                 yk_sens_result *r)
{
    size_t rows = n * (k + 2), i, c;
    double *yc = yk_malloc(rows * sizeof *yc);
    double *s1 = yk_malloc(k * sizeof *s1), *st = yk_malloc(k * sizeof *st);
    double *bs1 = yk_malloc(k * (size_t)bootstrap * sizeof *bs1);
    double *bst = yk_malloc(k * (size_t)bootstrap * sizeof *bst);
    size_t *pick = yk_malloc(n * sizeof *pick);
    double m = 0, v = 0;
    int b;
    yk_status st_ = YK_OK;
    if (!yc || !s1 || !st || !bs1 || !bst || !pick) {
        st_ = YK_E_NOMEM;
        goto out;
    }
    for (i = 0; i < rows; i++)
        m += (y[i] - m) / (double)(i + 1);
    for (i = 0; i < rows; i++)
        yc[i] = y[i] - m;
    for (i = 0; i < 2 * n; i++)
        v += yc[i] * yc[i];
    /* The outputs' mean and variance over A and B. */
    {
        double mab = 0;
        for (i = 0; i < 2 * n; i++)
            mab += (y[i] - mab) / (double)(i + 1);
        r->mean = mab;
        r->variance = v / (double)(2 * n) - (mab - m) * (mab - m);
    }
    for (b = 0; b < bootstrap; b++) {
        resample(n, seed, b, pick);
        sobol_once(k, n, yc, pick, s1, st);
        for (c = 0; c < k; c++) {
            bs1[c * (size_t)bootstrap + (size_t)b] = s1[c];
            bst[c * (size_t)bootstrap + (size_t)b] = st[c];
        }
    }
    sobol_once(k, n, yc, NULL, s1, st);
    for (c = 0; c < k; c++) {
        r->est[c][YK_SENS_S1] = yk_sens_interval(s1[c], bs1 + c * (size_t)bootstrap, bootstrap);
        r->est[c][YK_SENS_ST] = yk_sens_interval(st[c], bst + c * (size_t)bootstrap, bootstrap);
    }
out:
    yk_free(yc);
    yk_free(s1);
    yk_free(st);
    yk_free(bs1);
    yk_free(bst);
    yk_free(pick);
    return st_;
}

/* mu*, mu, sigma of input c over trajectories pick[0..r-1] of ee (r x k). */
static void morris_once(size_t k, size_t r, const double *ee, const size_t *pick,
                        size_t c, double out[3])
{
    double ms = 0, mu = 0, ss = 0;
    size_t t;
    for (t = 0; t < r; t++) {
        double e = ee[(pick ? pick[t] : t) * k + c];
        ms += fabs(e);
        mu += e;
    }
    ms /= (double)r;
    mu /= (double)r;
    for (t = 0; t < r; t++) {
        double e = ee[(pick ? pick[t] : t) * k + c] - mu;
        ss += e * e;
    }
    out[0] = ms;
    out[1] = mu;
    out[2] = r > 1 ? sqrt(ss / (double)(r - 1)) : NAN;
}

yk_status yk_sens_morris_estimate(size_t k, size_t r, int p, const double *x,
                                  const double *y, int bootstrap,
                                  uint64_t seed, yk_sens_result *res)
{
    double *ee = yk_malloc(r * k * sizeof *ee);
    double *boot = yk_malloc(3 * (size_t)bootstrap * sizeof *boot);
    size_t *pick = yk_malloc(r * sizeof *pick);
    size_t t, s, c, n = r * (k + 1);
    double m = 0, v = 0;
    int b, j;
    (void)p;
    if (!ee || !boot || !pick) {
        yk_free(ee);
        yk_free(boot);
        yk_free(pick);
        return YK_E_NOMEM;
    }
    for (t = 0; t < r; t++)
        for (s = 1; s <= k; s++) {
            const double *a = x + (t * (k + 1) + s - 1) * k, *z = a + k;
            double ya = y[t * (k + 1) + s - 1], yz = y[t * (k + 1) + s];
            for (c = 0; c < k && a[c] == z[c]; c++)
                ;
            ee[t * k + c] = (yz - ya) / (z[c] - a[c]);
        }
    for (t = 0; t < n; t++)
        m += (y[t] - m) / (double)(t + 1);
    for (t = 0; t < n; t++)
        v += (y[t] - m) * (y[t] - m);
    res->mean = m;
    res->variance = v / (double)n;
    for (c = 0; c < k; c++) {
        double est[3];
        for (b = 0; b < bootstrap; b++) {
            double one[3];
            resample(r, seed, b, pick);
            morris_once(k, r, ee, pick, c, one);
            for (j = 0; j < 3; j++)
                boot[j * bootstrap + b] = one[j];
        }
        morris_once(k, r, ee, NULL, c, est);
        for (j = 0; j < 3; j++)
            res->est[c][YK_SENS_MU_STAR + j] =
                yk_sens_interval(est[j], boot + j * bootstrap, bootstrap);
    }
    yk_free(ee);
    yk_free(boot);
    yk_free(pick);
    return YK_OK;
}
