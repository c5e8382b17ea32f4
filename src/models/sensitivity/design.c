/*
 * design.c - the points a sensitivity run evaluates, as unit coordinates
 * (the inputs' quantile functions map them onto the inputs): Saltelli's
 * A, B, AB_i matrices from one 2k-dimensional Sobol' sequence (GSL, to 40
 * dimensions; independent Philox uniforms beyond), and Morris's
 * trajectories on a p-level grid.
 */
#include <math.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_qrng.h>

#include "core/alloc.h"
#include "models/sensitivity/sens_int.h"
#include "yokushi/rng.h"

/* GSL's Sobol' generator stops at 40 dimensions: 20 inputs. */
#define SOBOL_MAX_DIM 40

double yk_param_quantile(const yk_param *p, double u)
{
    double x;
    u = u < 0 ? 0 : (u > 1 ? 1 : u);
    switch (p->kind) {
    case YK_DIST_UNIFORM:
        return p->a + (p->b - p->a) * u;
    case YK_DIST_TRIANGULAR: {
        double f = (p->b - p->a) / (p->c - p->a);
        if (!(p->c > p->a))
            return p->a;
        return u < f ? p->a + sqrt(u * (p->c - p->a) * (p->b - p->a))
                     : p->c - sqrt((1 - u) * (p->c - p->a) * (p->c - p->b));
    }
    case YK_DIST_BETA:
        return u <= 0 ? 0 : (u >= 1 ? 1 : gsl_cdf_beta_Pinv(u, p->a, p->b));
    case YK_DIST_NORMAL: {
        double pa = gsl_cdf_ugaussian_P((p->lo - p->a) / p->b);
        double pb = gsl_cdf_ugaussian_P((p->hi - p->a) / p->b);
        double v = pa + u * (pb - pa);
        if (!(pb - pa > 1e-300))
            return yk_param_mean(p);
        /* The ends of the unit interval are the ends of the range. */
        if (v <= 0)
            return p->lo;
        if (v >= 1)
            return p->hi;
        x = p->a + p->b * gsl_cdf_ugaussian_Pinv(v);
        return x < p->lo ? p->lo : (x > p->hi ? p->hi : x);
    }
    case YK_DIST_FIXED:
    default:
        return p->value;
    }
}

yk_status yk_sens_sobol_design(size_t k, size_t n, uint64_t seed, double *x,
                               const char **generator)
{
    size_t d = 2 * k, i, j, c;
    double *q = yk_malloc(d * sizeof *q);
    gsl_qrng *g = NULL;
    if (!q)
        return YK_E_NOMEM;
    if (d <= SOBOL_MAX_DIM) {
        /* GSL allocates with malloc, outside the library's allocator:
         * its failure is still YK_E_NOMEM. */
        g = gsl_qrng_alloc(gsl_qrng_sobol, (unsigned)d);
        if (!g) {
            yk_free(q);
            return YK_E_NOMEM;
        }
    }
    *generator = g ? "sobol" : "philox";
    for (i = 0; i < n; i++) {
        double *a = x + i * k, *b = x + (n + i) * k;
        if (g) {
            gsl_qrng_get(g, q);
        } else {
            yk_rng r;
            yk_rng_init(&r, seed, YK_STREAM_SENSITIVITY, i, 0);
            for (j = 0; j < d; j++)
                q[j] = yk_rng_u01_open(&r);
        }
        memcpy(a, q, k * sizeof *q);
        memcpy(b, q + k, k * sizeof *q);
        for (c = 0; c < k; c++) {
            double *ab = x + ((2 + c) * n + i) * k;
            memcpy(ab, a, k * sizeof *ab);
            ab[c] = b[c];
        }
    }
    if (g)
        gsl_qrng_free(g);
    yk_free(q);
    return YK_OK;
}

/* Trajectory t: a base point on the grid's lower levels (so that +delta
 * stays on the grid), each input at it or delta above, a random order of
 * inputs (ord: room for k); each step moves one input by delta, up from a
 * lower level and down from an upper one. */
void yk_sens_morris_design(size_t k, size_t r, int p, uint64_t seed, double *x,
                           size_t *ord)
{
    double delta = p / (2.0 * (p - 1));
    size_t t, i, step;
    for (t = 0; t < r; t++) {
        double *row = x + t * (k + 1) * k;
        yk_rng g;
        yk_rng_init(&g, seed, YK_STREAM_SENSITIVITY, t, 1);
        for (i = 0; i < k; i++) {
            double base = (double)yk_rng_below(&g, (uint64_t)(p / 2)) / (p - 1);
            row[i] = yk_rng_below(&g, 2) ? base + delta : base;
            ord[i] = i;
        }
        for (i = k; i > 1; i--) { /* Fisher-Yates */
            size_t j = (size_t)yk_rng_below(&g, i), m = ord[i - 1];
            ord[i - 1] = ord[j];
            ord[j] = m;
        }
        for (step = 1; step <= k; step++) {
            const double *prev = row + (step - 1) * k;
            double *cur = row + step * k;
            size_t f = ord[step - 1];
            memcpy(cur, prev, k * sizeof *cur);
            cur[f] = prev[f] < delta - 1e-9 ? prev[f] + delta : prev[f] - delta;
        }
    }
}
