/*
 * sensitivity.h - global sensitivity analysis: Sobol' indices (Saltelli's
 * design, the Saltelli 2010 first-order and Jansen total estimators,
 * bootstrap 95% intervals) and Morris elementary effects (mu*, mu, sigma),
 * for any model given as a function of k inputs, and the standard test
 * functions (Ishigami, Sobol G) with their exact indices (docs/MODEL.md
 * "Sensitivity analysis").
 *
 * The design is computed first, every point is evaluated (in parallel over
 * fixed blocks of points, each output stored at its point's row, so any
 * thread count gives the identical bits), then the estimators run over the
 * outputs in row order.
 *
 * Ownership: yk_sens_run gives the caller a yk_sens_result, freed with
 * yk_sens_result_free; the names in it are its own copies.
 */
#ifndef YOKUSHI_SENSITIVITY_H
#define YOKUSHI_SENSITIVITY_H

#include "export.h"
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "mc.h"    /* yk_progress_fn */
#include "world.h" /* yk_param */

YK_BEGIN_DECLS

typedef enum yk_sens_method {
    YK_SENS_SOBOL = 0,
    YK_SENS_MORRIS = 1
} yk_sens_method;

/* What an index is: Sobol's first-order and total indices, Morris's mean
 * absolute elementary effect, mean and standard deviation. */
typedef enum yk_sens_index {
    YK_SENS_S1 = 0,
    YK_SENS_ST,
    YK_SENS_MU_STAR,
    YK_SENS_MU,
    YK_SENS_SIGMA,
    YK_SENS_INDEX_COUNT
} yk_sens_index;

/* "S1", "ST", "mu_star", "mu", "sigma"; NULL past the end. */
const char *yk_sens_index_name(yk_sens_index i);

/* One input: its name and the distribution the design draws it from (its
 * quantile function maps the design's unit coordinates onto it; a range
 * LO..HI is a uniform param). */
typedef struct yk_sens_input {
    const char *name;
    yk_param dist;
} yk_sens_input;

/* The model at one point x[0..k-1]: *y its output. Called from several
 * threads at once (each with its own point); a non-OK status ends the
 * run with that status and err's message. */
typedef yk_status (*yk_sens_model_fn)(void *ud, const double *x, size_t k,
                                      double *y, yk_error *err);

typedef struct yk_sens_options {
    yk_sens_method method;
    /* Sobol: N, the base sample (a power of 2 keeps the Sobol' sequence
     * balanced); the design has N (k + 2) points. Morris: r, the
     * trajectories; r (k + 1) points. */
    int64_t samples;
    int levels;            /* Morris: p, even (0: 4); delta = p / (2 (p - 1)) */
    int bootstrap;         /* resamples for the intervals (0: 1000) */
    uint64_t seed;         /* Morris trajectories, bootstrap, Philox designs */
    int threads;           /* 0: all cores; never changes a result */
    const volatile int *stop;
    yk_progress_fn progress; /* points evaluated of the design's */
    void *progress_ud;
    /* NULL: every point here, over the threads; else the points go
     * through it (mc.h: the MPI program spreads them over ranks). */
    yk_spread_fn spread;
    void *spread_ud;
} yk_sens_options;

typedef struct yk_sens_estimate {
    double mean, lo, hi; /* 95% bootstrap interval */
} yk_sens_estimate;

typedef struct yk_sens_result yk_sens_result;

/* Runs the method on the model f over the k inputs. Errors: YK_E_ARG (no
 * input, samples < 2, a fixed input, odd levels), YK_E_NOMEM,
 * YK_E_INTERRUPTED, or the model's status. */
yk_status yk_sens_run(const yk_sens_input *in, size_t k, yk_sens_model_fn f,
                      void *ud, const yk_sens_options *o,
                      yk_sens_result **out, yk_error *err);
void yk_sens_result_free(yk_sens_result *r);

yk_sens_method yk_sens_result_method(const yk_sens_result *r);
const char *yk_sens_method_name(yk_sens_method m); /* "sobol", "morris" */
int64_t yk_sens_result_samples(const yk_sens_result *r);
/* Points evaluated: N (k + 2) or r (k + 1). */
int64_t yk_sens_result_evaluations(const yk_sens_result *r);
/* Where the design's unit coordinates came from: "sobol" (GSL's Sobol'
 * sequence, 2k <= 40 dimensions), "philox" (independent uniform draws,
 * beyond 40), "morris-grid" (p-level grid, Philox-drawn trajectories). */
const char *yk_sens_result_generator(const yk_sens_result *r);
int yk_sens_result_levels(const yk_sens_result *r); /* Morris's p; 0 for Sobol */
/* The outputs' mean and variance over the A and B rows (Sobol) or every
 * point (Morris). */
double yk_sens_result_output_mean(const yk_sens_result *r);
double yk_sens_result_output_variance(const yk_sens_result *r);
size_t yk_sens_result_count(const yk_sens_result *r);
const char *yk_sens_result_name(const yk_sens_result *r, size_t i);
/* Index `which` of input i; NaN mean and interval for an index the method
 * does not give (S1 of a Morris run). */
yk_sens_estimate yk_sens_result_index(const yk_sens_result *r, size_t i,
                                      yk_sens_index which);
/* The indices the method reports, in order: S1, ST or mu_star, mu, sigma. */
size_t yk_sens_result_index_count(const yk_sens_result *r);
yk_sens_index yk_sens_result_index_at(const yk_sens_result *r, size_t j);
/* The inputs ranked by ST (Sobol) or mu_star (Morris), largest first
 * (ties by input order): order[0..count-1]. */
void yk_sens_result_rank(const yk_sens_result *r, size_t *order);

/* The value of p's distribution at cumulative probability u in [0, 1]
 * (its quantile: the design's map from the unit cube). */
double yk_param_quantile(const yk_param *p, double u);

/* ---- test functions with exact indices ---------------------------------- */

/* "ishigami" (a = 7, b = 0.1, x ~ U(-pi, pi)^3) and "sobol-g" (SALib's
 * a = 0, 1, 4.5, 9, 99, 99, 99, 99; x ~ U(0, 1)^8). */
size_t yk_sens_test_function_count(void);
const char *yk_sens_test_function_name(size_t i); /* NULL past the end */
/* The inputs and the function of test function `name`; YK_E_NOTFOUND
 * when there is none. The inputs are static. */
yk_status yk_sens_test_function(const char *name, const yk_sens_input **in,
                                size_t *k, yk_sens_model_fn *f);
/* The exact S1 or ST of input i (NaN for another index or i out of range). */
double yk_sens_test_exact(const char *name, size_t i, yk_sens_index which);

YK_END_DECLS

#endif
