/*
 * estimate.c - the Monte Carlo estimators of the crisis engine's measures
 * (docs/MODEL.md section 9, "Monte Carlo"): a mean over draws, and a ratio
 * of two sums over draws for a conditional such as P(defend | attack).
 *
 * Means are compensated sums over n (Neumaier), not running means: the
 * sum of a few tens of thousands of numbers in [0, 1] then comes out as
 * the correctly rounded sum, so a reader who averages the draws
 * (`--draws`, math.fsum in Python) gets the reported mean to the last
 * digit. Blocks merge in block order, so any thread count gives the same
 * bits.
 */
#include <math.h>

#include "models/crisis/crisis_int.h"

#define CR_Z95 1.959964 /* as yk_moments_ci95 and the proportions use */

void yk_cr_sum_add(yk_cr_sum *s, double x)
{
    double t = s->s + x;
    if (fabs(s->s) >= fabs(x))
        s->c += (s->s - t) + x;
    else
        s->c += (x - t) + s->s;
    s->s = t;
}

static void sum_merge(yk_cr_sum *into, const yk_cr_sum *from)
{
    yk_cr_sum_add(into, from->s);
    yk_cr_sum_add(into, from->c);
}

static double sum_value(const yk_cr_sum *s) { return s->s + s->c; }

void yk_cr_measure_init(yk_cr_measure *m)
{
    m->sum.s = m->sum.c = 0;
    yk_moments_init(&m->mom);
    yk_proportion_init(&m->prop);
    m->fractional = 0;
}

void yk_cr_measure_add(yk_cr_measure *m, double x)
{
    yk_cr_sum_add(&m->sum, x);
    yk_moments_add(&m->mom, x);
    if (x == 0 || x == 1)
        yk_proportion_add(&m->prop, x == 1);
    else
        m->fractional++;
}

void yk_cr_measure_merge(yk_cr_measure *into, const yk_cr_measure *from)
{
    sum_merge(&into->sum, &from->sum);
    yk_moments_merge(&into->mom, &from->mom);
    yk_proportion_merge(&into->prop, &from->prop);
    into->fractional += from->fractional;
}

static double clamp01(double x) { return x < 0 ? 0 : x > 1 ? 1 : x; }

/* The mean with its 95% interval: Wilson's when every draw gave 0 or 1,
 * else the normal interval of the mean, clamped to [0, 1]. */
yk_crisis_estimate yk_cr_measure_estimate(const yk_cr_measure *m)
{
    yk_crisis_estimate e;
    double half = CR_Z95 * yk_moments_sem(&m->mom);
    e.mean = m->mom.n ? sum_value(&m->sum) / (double)m->mom.n : 0;
    if (!m->fractional) {
        yk_proportion_wilson(&m->prop, CR_Z95, &e.lo, &e.hi);
    } else {
        e.lo = clamp01(e.mean - half);
        e.hi = clamp01(e.mean + half);
    }
    return e;
}

void yk_cr_ratio_init(yk_cr_ratio *r)
{
    r->x.s = r->x.c = r->y.s = r->y.c = 0;
    r->xx = r->xy = r->yy = 0;
    r->n = r->nx = 0;
    yk_proportion_init(&r->prop);
    r->fractional = 0;
}

void yk_cr_ratio_add(yk_cr_ratio *r, double w, double v)
{
    double y = w * v;
    r->n++;
    if (w == 0)
        return; /* adds nothing to any sum: a draw that does not attack */
    r->nx++;
    yk_cr_sum_add(&r->x, w);
    yk_cr_sum_add(&r->y, y);
    r->xx += w * w;
    r->xy += w * y;
    r->yy += y * y;
    if (w == 1 && (v == 0 || v == 1))
        yk_proportion_add(&r->prop, v == 1);
    else
        r->fractional++;
}

void yk_cr_ratio_merge(yk_cr_ratio *into, const yk_cr_ratio *from)
{
    sum_merge(&into->x, &from->x);
    sum_merge(&into->y, &from->y);
    into->xx += from->xx;
    into->xy += from->xy;
    into->yy += from->yy;
    into->n += from->n;
    into->nx += from->nx;
    yk_proportion_merge(&into->prop, &from->prop);
    into->fractional += from->fractional;
}

/* R = sum(w v) / sum(w). Wilson's interval on the weighted draws when
 * every weight and value is 0 or 1 (the PBE: R is then a share of the
 * attacking draws); else the delta method for a ratio estimator, with
 * variance sum((y - R w)^2) / sum(w)^2 (times n / (n - 1)). NaN
 * throughout when no draw has weight. */
yk_crisis_estimate yk_cr_ratio_estimate(const yk_cr_ratio *r)
{
    yk_crisis_estimate e;
    double sx = sum_value(&r->x), sy = sum_value(&r->y), ss, half;
    if (r->nx == 0 || sx <= 0) {
        e.mean = e.lo = e.hi = NAN;
        return e;
    }
    e.mean = sy / sx;
    if (!r->fractional) {
        yk_proportion_wilson(&r->prop, CR_Z95, &e.lo, &e.hi);
        return e;
    }
    ss = r->yy - 2 * e.mean * r->xy + e.mean * e.mean * r->xx;
    ss = ss > 0 ? ss : 0;
    half = r->nx > 1 ? CR_Z95 * sqrt(ss * (double)r->nx / (double)(r->nx - 1)) / sx : 0;
    e.lo = clamp01(e.mean - half);
    e.hi = clamp01(e.mean + half);
    return e;
}
