/*
 * sens_int.h - what is behind yk_sens_result, and the pieces of a run:
 * the design (design.c), the estimators with their bootstrap
 * (estimate.c), shared by run.c.
 */
#ifndef YK_SENS_INT_H
#define YK_SENS_INT_H

#include "yokushi/sensitivity.h"

/* Philox family of the designs and bootstraps (rng.h's families end at
 * the engines'; a high number leaves room for theirs). */
#define YK_STREAM_SENSITIVITY 16u

struct yk_sens_result {
    yk_sens_method method;
    int64_t samples;
    int64_t evaluations;
    const char *generator;
    int levels;
    double mean, variance;
    size_t k;
    char **names;
    yk_sens_estimate (*est)[YK_SENS_INDEX_COUNT]; /* k rows */
};

/* Sobol: the N (k + 2) x k unit coordinates: rows 0..N-1 are A, N..2N-1
 * B, then for each input i the N rows of AB_i (A with column i of B).
 * *generator: "sobol" or "philox". x has room for N (k + 2) k. */
yk_status yk_sens_sobol_design(size_t k, size_t n, uint64_t seed, double *x,
                               const char **generator);
/* Morris: r trajectories of k + 1 points each on the p-level grid; x has
 * room for r (k + 1) k, ord (scratch) for k. */
void yk_sens_morris_design(size_t k, size_t r, int p, uint64_t seed, double *x,
                           size_t *ord);

/* The estimators over outputs y in the design's row order, with
 * `bootstrap` resamples of the rows (Sobol) or trajectories (Morris). */
yk_status yk_sens_sobol_estimate(size_t k, size_t n, const double *y,
                                 int bootstrap, uint64_t seed,
                                 yk_sens_result *r);
yk_status yk_sens_morris_estimate(size_t k, size_t r, int p, const double *x,
                                  const double *y, int bootstrap,
                                  uint64_t seed, yk_sens_result *res);

/* A 95% interval from bootstrap replicates of an estimate: the estimate
 * plus and minus 1.96 of their standard deviation (SALib's convention);
 * NaN replicates are skipped. */
yk_sens_estimate yk_sens_interval(double est, const double *boot, int nb);

#endif
