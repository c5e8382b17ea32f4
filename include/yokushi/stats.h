/*
 * stats.h - streaming statistics in fixed memory that merge.
 *
 * Monte Carlo engines accumulate per block of replicates and merge the
 * blocks in block order, so the result does not depend on how many threads
 * ran the blocks (see parallel.h). Nothing here allocates.
 */
#ifndef YOKUSHI_STATS_H
#define YOKUSHI_STATS_H

#include "export.h"
#include <stdbool.h>
#include <stdint.h>

YK_BEGIN_DECLS

/* Mean and variance by Welford's update; merge by Chan, Golub & LeVeque
 * (1979). Merging is exact in arithmetic but not associative in floating
 * point: always merge in a fixed order. */
typedef struct yk_moments {
    uint64_t n;
    double mean;
    double m2;   /* sum of squared deviations from the mean */
    double min;
    double max;
} yk_moments;

void yk_moments_init(yk_moments *m);
void yk_moments_add(yk_moments *m, double x);
void yk_moments_merge(yk_moments *into, const yk_moments *from);
double yk_moments_variance(const yk_moments *m); /* sample (n-1); 0 if n<2 */
double yk_moments_sd(const yk_moments *m);
/* Standard error of the mean; 0 if n < 2. */
double yk_moments_sem(const yk_moments *m);
/* Normal-approximation 95% interval of the mean: mean -/+ 1.959964 sem. */
void yk_moments_ci95(const yk_moments *m, double *lo, double *hi);

/* A proportion k/n with the Wilson score interval (Wilson 1927). */
typedef struct yk_proportion {
    uint64_t n;
    uint64_t k;
} yk_proportion;

void yk_proportion_init(yk_proportion *p);
void yk_proportion_add(yk_proportion *p, bool success);
void yk_proportion_merge(yk_proportion *into, const yk_proportion *from);
double yk_proportion_estimate(const yk_proportion *p); /* k/n; 0 if n=0 */
/* Wilson interval for critical value z (1.959964 for 95%). n=0 gives [0,1]. */
void yk_proportion_wilson(const yk_proportion *p, double z, double *lo,
                          double *hi);

/* Quantiles from a fixed-bin histogram over [lo, hi): counts are integers,
 * so merging is exact and order-free. Values below lo or at/above hi are
 * counted in `under`/`over` and clamp the quantile to lo/hi. */
#define YK_HISTOGRAM_MAX_BINS 512
typedef struct yk_histogram {
    double lo;
    double hi;
    uint32_t bins;
    uint64_t n;
    uint64_t under;
    uint64_t over;
    uint64_t count[YK_HISTOGRAM_MAX_BINS];
} yk_histogram;

/* bins in 1..YK_HISTOGRAM_MAX_BINS and lo < hi, else returns false. */
bool yk_histogram_init(yk_histogram *h, double lo, double hi, uint32_t bins);
void yk_histogram_add(yk_histogram *h, double x);
/* Both must have been initialised with the same lo, hi, bins (else false). */
bool yk_histogram_merge(yk_histogram *into, const yk_histogram *from);
/* The q-quantile (0<=q<=1), NaN if n = 0 or q outside [0,1]. Each
 * observation counts as its bin's lower edge (lo for under, hi for over)
 * and ranks are interpolated as Hyndman & Fan's definition 7 (R's and
 * NumPy's default), so integer data with unit bins give the exact sample
 * quantile; otherwise the error is below one bin width. */
double yk_histogram_quantile(const yk_histogram *h, double q);

YK_END_DECLS

#endif
