/*
 * param.c - values and distributions: means and draws.
 *
 * Draws use the project's Philox streams. Uniform and triangular use one
 * uniform by inversion; the truncated normal uses inversion of the normal
 * CDF restricted to [lo, hi] (one uniform, exact truncation); beta uses
 * GSL's gamma-ratio sampler (gsl_ran_beta) fed by the same stream through
 * a gsl_rng adaptor, so its variable number of uniforms stays reproducible.
 */
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "yokushi/world.h"

/* ---- a gsl_rng that reads a yk_rng --------------------------------------- */

static void adaptor_set(void *state, unsigned long seed)
{
    (void)state;
    (void)seed; /* the stream is set by yk_rng_init, never by GSL */
}

static unsigned long adaptor_get(void *state)
{
    return (unsigned long)(yk_rng_u64(state) >> 32);
}

static double adaptor_get_double(void *state)
{
    return yk_rng_u01_open(state);
}

static const gsl_rng_type adaptor_type = {
    "yokushi-philox4x64", 0xffffffffUL, 0, sizeof(yk_rng),
    adaptor_set, adaptor_get, adaptor_get_double};

/* ---- means ----------------------------------------------------------------- */

/* Phi(beta) - Phi(alpha), alpha <= beta, without the cancellation of two
 * CDF values near 0.5 (a normal much wider than [lo, hi]) or near 1 (both
 * in the upper tail): erf keeps its relative precision near 0, Q in the
 * upper tail. */
static double normal_mass(double alpha, double beta)
{
    if (fabs(alpha) < 1 && fabs(beta) < 1)
        return 0.5 * (erf(beta / sqrt(2.0)) - erf(alpha / sqrt(2.0)));
    if (alpha > 0)
        return gsl_cdf_ugaussian_Q(alpha) - gsl_cdf_ugaussian_Q(beta);
    return gsl_cdf_ugaussian_P(beta) - gsl_cdf_ugaussian_P(alpha);
}

/* Mean of N(mu, sd) truncated to [lo, hi]:
 * mu + sd (phi(alpha) - phi(beta)) / (Phi(beta) - Phi(alpha)). The density
 * difference is phi(0) (expm1(-alpha^2/2) - expm1(-beta^2/2)), exact where
 * the two densities agree to many digits: with sd 1e8 on [0, 1] the plain
 * difference was 0 and the mean came out as mu. */
static double truncated_normal_mean(double mu, double sd, double lo, double hi)
{
    double alpha = (lo - mu) / sd, beta = (hi - mu) / sd;
    double z = normal_mass(alpha, beta);
    double m;
    if (!(z > 1e-300))
        return mu < lo ? lo : (mu > hi ? hi : mu);
    m = mu + sd * gsl_ran_ugaussian_pdf(0) *
                 (expm1(-0.5 * alpha * alpha) - expm1(-0.5 * beta * beta)) / z;
    return m < lo ? lo : (m > hi ? hi : m);
}

double yk_param_mean(const yk_param *p)
{
    switch (p->kind) {
    case YK_DIST_UNIFORM:
        return 0.5 * (p->a + p->b);
    case YK_DIST_TRIANGULAR:
        return (p->a + p->b + p->c) / 3.0;
    case YK_DIST_BETA:
        return p->a / (p->a + p->b);
    case YK_DIST_NORMAL:
        return truncated_normal_mean(p->a, p->b, p->lo, p->hi);
    case YK_DIST_FIXED:
    default:
        return p->value;
    }
}

bool yk_param_is_uncertain(const yk_param *p)
{
    return p->kind != YK_DIST_FIXED;
}

/* ---- draws ------------------------------------------------------------------ */

/* x when c, else y, without a branch: the bits of one or the other. */
static double select_bits(int c, double x, double y)
{
    uint64_t bx, by, mask = (uint64_t)0 - (uint64_t)(c != 0);
    memcpy(&bx, &x, sizeof bx);
    memcpy(&by, &y, sizeof by);
    bx = (bx & mask) | (by & ~mask);
    memcpy(&x, &bx, sizeof x);
    return x;
}

/* Inverse CDF of the triangular distribution (lo a, mode b, hi c):
 * u < f ? a + sqrt(u (c - a) (b - a)) : c - sqrt((1 - u) (c - a) (c - b)).
 * Both sides are computed and one is kept by its bits: u < f is a coin
 * flip no branch predictor can learn, and a mispredicted branch waiting
 * on the division cost more than the second square root (the draws were
 * a third of the crisis Monte Carlo). The value is the same either way. */
static double triangular_inverse(double a, double b, double c, double u)
{
    double f = (b - a) / (c - a);
    int left = u < f;
    double lo = a + sqrt(u * (c - a) * (b - a));
    double hi = c - sqrt((1 - u) * (c - a) * (c - b));
    return select_bits(left, lo, hi);
}

static double truncated_normal_draw(const yk_param *p, yk_rng *r)
{
    double alpha = (p->lo - p->a) / p->b, beta = (p->hi - p->a) / p->b;
    double pa = gsl_cdf_ugaussian_P(alpha);
    double pb = gsl_cdf_ugaussian_P(beta);
    double u = yk_rng_u01_open(r);
    double x;
    /* A normal far wider than [lo, hi]: its density varies by less than
     * 5e-11 there, so it is uniform; the inverse CDF near 0.5 would see
     * only the 2^-53 steps of its argument (sd 1e9 on [0, 1] drew four
     * values). */
    if (fabs(alpha) < 1e-5 && fabs(beta) < 1e-5)
        return p->lo + (p->hi - p->lo) * u;
    if (!(pb - pa > 1e-300))
        return yk_param_mean(p);
    x = p->a + p->b * gsl_cdf_ugaussian_Pinv(pa + u * (pb - pa));
    /* Rounding at the extremes may step just outside: clamp. */
    return x < p->lo ? p->lo : (x > p->hi ? p->hi : x);
}

double yk_param_sample(const yk_param *p, yk_rng *r)
{
    switch (p->kind) {
    case YK_DIST_UNIFORM:
        return p->a + (p->b - p->a) * yk_rng_u01(r);
    case YK_DIST_TRIANGULAR:
        return triangular_inverse(p->a, p->b, p->c, yk_rng_u01(r));
    case YK_DIST_BETA: {
        gsl_rng g;
        g.type = &adaptor_type;
        g.state = r;
        return gsl_ran_beta(&g, p->a, p->b);
    }
    case YK_DIST_NORMAL:
        return truncated_normal_draw(p, r);
    case YK_DIST_FIXED:
    default:
        return p->value;
    }
}
