/*
 * compare.h - one engine on two scenarios with common random numbers:
 * each measure's paired difference A - B with its 95% interval
 * (`yokushi compare A B --engine E`, docs/CLI.md "compare", docs/MODEL.md
 * "Paired comparisons").
 *
 * How: the replicates are cut into K batches (default 20); batch k runs
 * both scenarios with the same seed (the run's seed + k) and the same
 * replicate count, so replicate r of A and of B draw from the same Philox
 * stream. Each batch gives a pair of means per measure (yk_measure_row,
 * matched by measure, id, year and variant); the paired difference is the
 * mean of the K batch differences, its interval mean +- t(K-1) sd/sqrt(K)
 * (batch means). The unpaired interval uses the same batches as if the
 * runs were independent: +- t(K-1) sqrt(var_A/K + var_B/K). Where the two
 * worlds draw alike the batch differences vary less than either run, and
 * the paired interval is the narrower. Works for every engine of the
 * table through its measures; none is named here.
 *
 * Ownership: a yk_compare is the caller's, freed with yk_compare_free;
 * rows and their strings belong to it. It does not point into the
 * scenarios.
 */
#ifndef YOKUSHI_COMPARE_H
#define YOKUSHI_COMPARE_H

#include "export.h"
#include <stdint.h>
#include <stdio.h>

#include "engine.h"

YK_BEGIN_DECLS

#define YK_COMPARE_BATCHES 20     /* the default K */
#define YK_COMPARE_MAX_BATCHES 1000

typedef struct yk_compare_row {
    const char *measure, *id;  /* as the engine's rows have them */
    int year;                  /* 0: none */
    const char *variant;
    double a, b;               /* each scenario's mean over the batches */
    double diff, lo, hi;       /* a - b and its paired 95% interval */
    double unpaired_lo, unpaired_hi; /* the interval were the runs independent */
    int64_t batches;           /* batches where both are defined (not NaN) */
} yk_compare_row;

typedef struct yk_compare yk_compare;

/* Runs e on a and on b in `batches` paired batches (0: YK_COMPARE_BATCHES;
 * 2..YK_COMPARE_MAX_BATCHES) with o's options (NULL: defaults): its
 * replicates (0: a's run.replicates), split evenly (at least one per
 * batch); its seed (unset: a's). Rows of a that b lacks (a state only one
 * world has) are left out. YK_E_ARG for bad arguments or an engine whose
 * run lists no measures; an engine's status (YK_E_INTERRUPTED when o's
 * stop flag was set; YK_E_NOMEM). o's progress callback sees the
 * replicates of all 2K runs. */
yk_status yk_compare_run(const yk_engine *e, const yk_scenario *a, const yk_scenario *b,
                         const yk_run_options *o, int batches, yk_compare **out,
                         yk_error *err);
void yk_compare_free(yk_compare *c);

size_t yk_compare_count(const yk_compare *c);
const yk_compare_row *yk_compare_at(const yk_compare *c, size_t i); /* NULL past the end */
const yk_engine *yk_compare_engine(const yk_compare *c);
int yk_compare_batch_count(const yk_compare *c);
int64_t yk_compare_replicates(const yk_compare *c);  /* per scenario, all batches */
uint64_t yk_compare_seed(const yk_compare *c);        /* batch k used seed + k */
/* The scenarios' names and SHA-256s (copies). which: 0 for A, 1 for B. */
const char *yk_compare_scenario(const yk_compare *c, int which);
const char *yk_compare_sha256(const yk_compare *c, int which);

/* Keeps only the rows of that measure, id and year (NULL, NULL, 0: any);
 * returns how many are left. */
size_t yk_compare_keep(yk_compare *c, const char *measure, const char *id, int year);

/* The comparison as text, JSON (docs/CLI.md) or CSV (one row per measure:
 * scenario_a, scenario_a_sha256, scenario_b, scenario_b_sha256, seed,
 * version, engine, measure, id, year, variant, a, b, diff, lo, hi,
 * unpaired_lo, unpaired_hi, batches). YK_E_IO when a write failed. */
yk_status yk_compare_write(const yk_compare *c, yk_format fmt, FILE *out);

YK_END_DECLS

#endif
