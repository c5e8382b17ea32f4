/*
 * report_sensitivity.h - a sensitivity analysis and a sweep as text
 * (a ranked table), JSON (`results.sensitivity`, `results.sweep`) and CSV
 * (the tidy rows measure,id,year,variant,mean,lo,hi).
 */
#ifndef YOKUSHI_REPORT_SENSITIVITY_H
#define YOKUSHI_REPORT_SENSITIVITY_H

#include "export.h"
#include <stdio.h>

#include "engine.h"
#include "report.h"
#include "sensitivity.h"

YK_BEGIN_DECLS

/* What was analysed: the model output (an engine's measure row) or a
 * test function. */
typedef struct yk_sens_report_info {
    const char *engine;        /* NULL for a test function */
    const char *measure, *id, *variant;
    int year;
    const char *test_function; /* NULL for an engine */
    int64_t replicates;        /* the engine's replicates per point */
} yk_sens_report_info;

/* The tidy CSV of measure rows: the header line (without newline), and
 * one row (a yk_measure_fn; ud is the FILE *). */
extern const char *const yk_report_measure_csv_header;
int yk_report_measure_csv_row(void *ud, const yk_measure_row *row);

/* The members of results ("sensitivity": {...}). */
void yk_report_sensitivity_json(yk_json *j, const yk_sens_result *r,
                                const yk_sens_report_info *info);
/* The whole document. */
yk_status yk_report_sensitivity(FILE *out, yk_format fmt, const yk_sens_result *r,
                                const yk_sens_report_info *info,
                                const yk_run_meta *meta);
/* The indices as measure rows: measure S1, ST, mu_star, mu or sigma; id
 * the input's name. */
yk_status yk_sens_result_measures(const yk_sens_result *r, yk_measure_fn fn,
                                  void *ud);

/* ---- sweeps -------------------------------------------------------------- */

/* One row of an engine's result at one grid point. */
typedef struct yk_sweep_row {
    size_t point;              /* the grid point: i0 + steps[0] i1 */
    char *measure, *id, *variant;
    int year;
    double mean, lo, hi;
} yk_sweep_row;

/* A sweep of one or two set: paths over a grid, every point run with the
 * same seed: the engine's rows (those matching the measure asked for) at
 * each point. */
typedef struct yk_sweep_table {
    const char *engine;
    size_t n_axes;             /* 1 or 2 */
    char *path[2];
    double lo[2], hi[2];
    size_t steps[2];
    int64_t replicates;
    yk_sweep_row *rows;
    size_t n_rows;
} yk_sweep_table;

/* The value of axis a at step i. */
double yk_sweep_value(const yk_sweep_table *t, size_t a, size_t i);
void yk_report_sweep_json(yk_json *j, const yk_sweep_table *t);
yk_status yk_report_sweep(FILE *out, yk_format fmt, const yk_sweep_table *t,
                          const yk_run_meta *meta);
/* The rows with the point in the variant: "PATH=V[,PATH2=V2]", then
 * "|VARIANT" when the engine's row has one. */
yk_status yk_sweep_measures(const yk_sweep_table *t, yk_measure_fn fn, void *ud);

YK_END_DECLS

#endif
