/*
 * point.h - an engine run at one point of a design or a grid: the
 * scenario with `set:` overrides (yk_scenario_with), the engine run with
 * the same seed at every point (common random numbers), shared by the
 * sensitivity and sweep engines.
 */
#ifndef YK_ENGINE_POINT_H
#define YK_ENGINE_POINT_H

#include "engine/engine_int.h"

#define YK_POINT_MAX_INPUTS 4096
#define YK_POINT_NAME_MAX 256

typedef struct yk_point_model {
    const yk_engine *engine;
    const yk_scenario *s;
    yk_run_options *inner;   /* seed, replicates, threads 1, stop */
    const char *const *paths;
    size_t k;
} yk_point_model;

/* The inner engine named by the option "engine" (default: the first of
 * the scenario's run.engines that is not `self`, else "crisis"). */
yk_status yk_point_engine(const yk_run_options *o, const yk_scenario *s,
                          const char *self, const yk_engine **e, yk_error *err);
/* The options of the runs at the points: the seed, the replicates (o's,
 * else `replicates`), one thread each (the points run in parallel), o's
 * stop flag. */
yk_status yk_point_options(const yk_run_options *o, uint64_t seed,
                           int64_t replicates, yk_run_options **inner,
                           yk_error *err);
/* A name as a set: path: a dotted path stays, a coefficient name of e
 * becomes coefficients.ENGINE.NAME. */
void yk_point_path(const yk_engine *e, const char *name, char *buf, size_t size);
/* Runs m's engine at x; *res and *s2 are the caller's (free res first). */
yk_status yk_point_run(const yk_point_model *m, const double *x,
                       yk_engine_result **res, yk_scenario **s2, yk_error *err);

#endif
