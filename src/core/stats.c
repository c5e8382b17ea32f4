/*
 * stats.c - streaming statistics that merge: moments (Welford), proportions
 * with the Wilson interval, and fixed-bin histogram quantiles.
 *
 * Everything is fixed-size and allocation-free so a Monte Carlo block can
 * keep its accumulators on the stack and the caller merges them in block
 * order (parallel.h).
 */
#include "yokushi/stats.h"

#include <math.h>
#include <string.h>

/* The two-sided 95% normal critical value, Phi^-1(0.975), to 7 digits. */
#define YK_Z95 1.959964

/* ---- moments ---------------------------------------------------------- */

void yk_moments_init(yk_moments *m)
{
    m->n = 0;
    m->mean = 0.0;
    m->m2 = 0.0;
    /* The identities of min and max, so add and merge need no n == 0
     * special case; an empty accumulator reports min = +inf, max = -inf. */
    m->min = INFINITY;
    m->max = -INFINITY;
}

void yk_moments_add(yk_moments *m, double x)
{
    /* Welford 1962, "Note on a method for calculating corrected sums of
     * squares and products", Technometrics 4(3): updating the mean and the
     * sum of squared deviations avoids the cancellation of sum(x^2) -
     * n mean^2. */
    double delta = x - m->mean;
    m->n++;
    m->mean += delta / (double)m->n;
    m->m2 += delta * (x - m->mean);
    if (x < m->min)
        m->min = x;
    if (x > m->max)
        m->max = x;
}

void yk_moments_merge(yk_moments *into, const yk_moments *from)
{
    /* Chan, Golub & LeVeque 1979, "Updating formulae and a pairwise
     * algorithm for computing sample variances", eq. 2.1b:
     * M2 = M2a + M2b + delta^2 na nb / n, with delta = mean_b - mean_a. */
    double na, nb, n, delta;
    if (from->n == 0)
        return;
    if (into->n == 0) {
        *into = *from;
        return;
    }
    na = (double)into->n;
    nb = (double)from->n;
    n = na + nb;
    delta = from->mean - into->mean;
    into->mean += delta * (nb / n);
    into->m2 += from->m2 + delta * delta * (na * nb / n);
    into->n += from->n;
    if (from->min < into->min)
        into->min = from->min;
    if (from->max > into->max)
        into->max = from->max;
}

double yk_moments_variance(const yk_moments *m)
{
    if (m->n < 2)
        return 0.0;
    return m->m2 / (double)(m->n - 1);
}

double yk_moments_sd(const yk_moments *m)
{
    return sqrt(yk_moments_variance(m));
}

double yk_moments_sem(const yk_moments *m)
{
    if (m->n < 2)
        return 0.0;
    return yk_moments_sd(m) / sqrt((double)m->n);
}

void yk_moments_ci95(const yk_moments *m, double *lo, double *hi)
{
    double half = YK_Z95 * yk_moments_sem(m);
    *lo = m->mean - half;
    *hi = m->mean + half;
}

/* ---- proportions ------------------------------------------------------ */

void yk_proportion_init(yk_proportion *p)
{
    p->n = 0;
    p->k = 0;
}

void yk_proportion_add(yk_proportion *p, bool success)
{
    p->n++;
    if (success)
        p->k++;
}

void yk_proportion_merge(yk_proportion *into, const yk_proportion *from)
{
    into->n += from->n;
    into->k += from->k;
}

double yk_proportion_estimate(const yk_proportion *p)
{
    if (p->n == 0)
        return 0.0;
    return (double)p->k / (double)p->n;
}

static double clamp01(double x)
{
    if (x < 0.0)
        return 0.0;
    if (x > 1.0)
        return 1.0;
    return x;
}

void yk_proportion_wilson(const yk_proportion *p, double z, double *lo,
                          double *hi)
{
    /* Wilson 1927, "Probable inference, the law of succession, and
     * statistical inference", JASA 22(158):
     *   centre = (p + z^2/2n) / (1 + z^2/n)
     *   half   = z sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n)
     * Unlike the Wald interval it stays inside [0, 1] and does not collapse
     * to a point at k = 0 or k = n, which rare outcomes (nuclear use) hit. */
    double n, ph, z2, den, centre, half;
    if (p->n == 0) {
        *lo = 0.0;
        *hi = 1.0;
        return;
    }
    n = (double)p->n;
    ph = (double)p->k / n;
    z2 = z * z;
    den = 1.0 + z2 / n;
    centre = (ph + z2 / (2.0 * n)) / den;
    half = z * sqrt(ph * (1.0 - ph) / n + z2 / (4.0 * n * n)) / den;
    /* The bounds are in [0, 1] in exact arithmetic; clamp away rounding
     * (k = 0 gives centre - half = -1e-17 or so). */
    *lo = clamp01(centre - half);
    *hi = clamp01(centre + half);
    /* At k = 0 (k = n) the exact bound is 0 (1); rounding can leave
     * centre - half at +2e-19, which reads as a nonzero lower bound. */
    if (p->k == 0)
        *lo = 0.0;
    if (p->k == p->n)
        *hi = 1.0;
}

/* ---- histogram -------------------------------------------------------- */

bool yk_histogram_init(yk_histogram *h, double lo, double hi, uint32_t bins)
{
    if (bins < 1 || bins > YK_HISTOGRAM_MAX_BINS)
        return false;
    if (!isfinite(lo) || !isfinite(hi) || !(lo < hi))
        return false;
    /* memset, not field stores: padding is zeroed too, so two histograms
     * that saw the same data compare equal byte for byte. */
    memset(h, 0, sizeof *h);
    h->lo = lo;
    h->hi = hi;
    h->bins = bins;
    return true;
}

void yk_histogram_add(yk_histogram *h, double x)
{
    double pos;
    uint32_t i;
    /* NaN has no place on the axis and would make the bin index undefined;
     * it is not counted. */
    if (isnan(x))
        return;
    h->n++;
    if (x < h->lo) {
        h->under++;
        return;
    }
    if (x >= h->hi) {
        h->over++;
        return;
    }
    /* (x - lo) * bins / (hi - lo) rather than (x - lo) / width: with
     * integer data and bins = hi - lo every step is exact, so each integer
     * lands in its own bin. */
    pos = (x - h->lo) * (double)h->bins / (h->hi - h->lo);
    i = pos >= (double)h->bins ? h->bins - 1 : (uint32_t)pos;
    h->count[i]++;
}

bool yk_histogram_merge(yk_histogram *into, const yk_histogram *from)
{
    uint32_t i;
    if (into->lo != from->lo || into->hi != from->hi ||
        into->bins != from->bins)
        return false;
    into->n += from->n;
    into->under += from->under;
    into->over += from->over;
    for (i = 0; i < into->bins; i++)
        into->count[i] += from->count[i];
    return true;
}

/* The value standing for the observation of 0-based rank r (r < n): the
 * lower edge of its bin, lo for `under` and hi for `over`. */
static double hist_rank_value(const yk_histogram *h, uint64_t r)
{
    uint64_t cum = h->under;
    uint32_t i;
    if (r < cum)
        return h->lo;
    for (i = 0; i < h->bins; i++) {
        cum += h->count[i];
        if (r < cum)
            return h->lo + (h->hi - h->lo) * (double)i / (double)h->bins;
    }
    return h->hi;
}

double yk_histogram_quantile(const yk_histogram *h, double q)
{
    /* Hyndman & Fan 1996, "Sample quantiles in statistical packages", Am.
     * Stat. 50(4), definition 7 (the default of R and NumPy): with
     * r = q (n - 1), interpolate linearly between the observations of rank
     * floor(r) and floor(r) + 1. Each observation is represented by its
     * bin's lower edge, which is within one bin width of it and is the
     * value itself for integer data with bins = hi - lo, so those quantiles
     * are exactly the sample quantiles of the raw data. Consequently the
     * interpolation is linear between ranks; inside one bin holding many
     * observations the quantile is flat at the bin's lower edge. */
    double r, f, a, b;
    uint64_t i;
    if (h->n == 0 || !(q >= 0.0 && q <= 1.0))
        return NAN;
    r = q * (double)(h->n - 1);
    i = (uint64_t)r;
    if (i >= h->n - 1)
        return hist_rank_value(h, h->n - 1);
    f = r - (double)i;
    a = hist_rank_value(h, i);
    if (f == 0.0)
        return a;
    b = hist_rank_value(h, i + 1);
    return a + f * (b - a);
}
