/*
 * engine.h - the engine contract: every engine (cascade, crisis, and the
 * ladder, exchange and sensitivity engines to come) is one descriptor in
 * one table. The program (`yokushi run`, `--help`, the command list), the
 * Python package and the report layer walk the table; none of them knows
 * an engine by name.
 *
 * Ownership: descriptors are static and never freed. A yk_run_options and
 * a yk_engine_result belong to the caller, who frees them with
 * yk_run_options_free and yk_engine_result_free. A result may point into
 * the scenario it was run on: free the result before the scenario. Strings
 * returned by *_to_string are the caller's, freed with yk_free.
 */
#ifndef YOKUSHI_ENGINE_H
#define YOKUSHI_ENGINE_H

#include "export.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "error.h"
#include "mc.h" /* yk_progress_fn */
#include "report.h"
#include "scenario.h"

YK_BEGIN_DECLS

/* ---- the table ----------------------------------------------------------- */

typedef struct yk_engine yk_engine;

/* One option an engine takes, as `yokushi ENGINE --help` lists it and
 * yk_run_options_set accepts it. Common options (seed, threads,
 * replicates) are the library's, not the engine's. */
typedef struct yk_engine_option {
    const char *name;      /* "years", "crisis", "vary", "lambda" ... */
    const char *value;     /* how the value is written: "FROM:TO", "L", NULL for a flag */
    const char *help;      /* one line */
} yk_engine_option;

size_t yk_engine_count(void);
const yk_engine *yk_engine_at(size_t i);       /* NULL past the end */
const yk_engine *yk_engine_find(const char *name); /* NULL if none */
const char *yk_engine_name(const yk_engine *e);
const char *yk_engine_summary(const yk_engine *e);
/* What the engine computes, a few lines ending in a newline (the help
 * text of `yokushi NAME --help`). */
const char *yk_engine_description(const yk_engine *e);
size_t yk_engine_option_count(const yk_engine *e);
const yk_engine_option *yk_engine_option_at(const yk_engine *e, size_t i);
/* The option of that name e takes, or NULL. */
const yk_engine_option *yk_engine_option_find(const yk_engine *e,
                                              const char *name);
/* The coefficients a scenario may override for e (pass every engine's in
 * yk_load_options.coefficients); *n gets the count. Static. */
const yk_coefficient_spec *yk_engine_coefficients(const yk_engine *e,
                                                  size_t *n);

/* ---- options for one run ------------------------------------------------- */

typedef struct yk_run_options yk_run_options;

yk_run_options *yk_run_options_new(void); /* NULL when out of memory */
void yk_run_options_free(yk_run_options *o);
/* Sets an option by name from its text, as on the command line: the
 * common ones ("seed", "threads", "replicates") or the engine's own.
 * A bad value is YK_E_ARG with a message in err; a name no engine knows is
 * YK_E_NOTFOUND. A flag takes value NULL or "true"/"false". */
yk_status yk_run_options_set(yk_run_options *o, const char *name,
                             const char *value, yk_error *err);
/* Progress reports and the stop flag (polled between blocks; a run that
 * stops returns YK_E_INTERRUPTED and no result). */
void yk_run_options_progress(yk_run_options *o, yk_progress_fn fn, void *ud);
void yk_run_options_stop(yk_run_options *o, const volatile int *stop);
/* How a run of many independent points (sensitivity, sweep) spreads them
 * over processes (mc.h, yk_spread_fn; the MPI program's). NULL: here. */
void yk_run_options_spread(yk_run_options *o, yk_spread_fn fn, void *ud);

/* ---- running and writing ------------------------------------------------- */

typedef struct yk_engine_result yk_engine_result;

/* What a run of e with o gives besides the engine's main result, for
 * naming its output before it runs: NULL for the main result, else a
 * short word (crisis: "vary", "signal", "qre", "qre-signal"). */
const char *yk_engine_kind(const yk_engine *e, const yk_run_options *o);

/* Whether a run of e with o has a document in fmt (a crisis study at
 * the means has no CSV), known before it runs. */
bool yk_engine_has_format(const yk_engine *e, const yk_run_options *o,
                          yk_format fmt);

/* Runs e on s. Options the engine does not take are YK_E_ARG. */
yk_status yk_engine_run(const yk_engine *e, const yk_scenario *s,
                        const yk_run_options *o, yk_engine_result **out,
                        yk_error *err);
void yk_engine_result_free(yk_engine_result *r);
const yk_engine *yk_engine_result_engine(const yk_engine_result *r);
/* The scenario r was run on (borrowed) and the seed the run used. */
const yk_scenario *yk_engine_result_scenario(const yk_engine_result *r);
uint64_t yk_engine_result_seed(const yk_engine_result *r);

/* Whether r has a document in fmt (a crisis study has no CSV). */
bool yk_engine_result_has_format(const yk_engine_result *r, yk_format fmt);
/* The whole document, as `yokushi ENGINE SCENARIO --format F` prints it
 * (JSON with its envelope: version, scenario, SHA-256, seed; CSV the tidy
 * long table of the run's measures with its header, tidy.h). Returns
 * YK_E_IO when a write fails, YK_E_ARG (nothing written) for a format the
 * result has not. */
yk_status yk_engine_result_write(const yk_engine_result *r, yk_format fmt,
                                 FILE *out);
/* The file the run's options asked its per-draw rows to go to (crisis
 * `draws`), or NULL. The program opens it, as it opens every file it
 * writes, and hands the stream to yk_engine_result_write_draws: one CSV
 * row per draw. YK_E_ARG (nothing written) when the run asked for none,
 * YK_E_IO when a write failed. */
const char *yk_engine_result_draws_file(const yk_engine_result *r);
yk_status yk_engine_result_write_draws(const yk_engine_result *r, FILE *out);
/* The engine's members of "results" inside a JSON document the caller
 * is writing (what `yokushi run` puts under one envelope). */
yk_status yk_engine_result_json(const yk_engine_result *r, yk_json *j);
/* yk_engine_result_write into a new NUL-terminated string (free with
 * yk_free); *len may be NULL. */
yk_status yk_engine_result_to_string(const yk_engine_result *r,
                                     yk_format fmt, char **out, size_t *len);

/* ---- measures: one row per number a run reports ---------------------------
 *
 * Every engine lists what it found as rows of one shape, the tidy long
 * schema of `--format csv` (docs/CLI.md): the measure's JSON name, the
 * subject it is about, the year and a variant where the measure has them,
 * and the estimate with its 95% interval. The sensitivity and sweep
 * commands, the run store and the report read results through this one
 * door; none of them knows an engine's own result type. Strings in a row
 * are valid only during the callback. */
typedef struct yk_measure_row {
    const char *measure;  /* "p_attack", "p_nuclear_by_year", ... */
    const char *id;       /* subject: a crisis name, a state id, "USA>RUS"; "" if none */
    int year;             /* 0 when the measure has no year */
    const char *variant;  /* qualifier: "bomb", a stage, a rung; "" if none */
    double mean, lo, hi;  /* lo, hi: NaN when the measure has no interval */
} yk_measure_row;

/* Called once per row, in a fixed order; a nonzero return stops the walk. */
typedef int (*yk_measure_fn)(void *ud, const yk_measure_row *row);

/* Walks r's rows. YK_E_ARG when r's engine lists no measures (or this
 * kind of run has none); YK_E_INTERRUPTED when fn stopped the walk. */
yk_status yk_engine_result_measures(const yk_engine_result *r,
                                    yk_measure_fn fn, void *ud);
/* The one row matching measure, id, year and variant (NULL or "" id and
 * variant match rows with "" only; year 0 matches rows without a year).
 * YK_E_NOTFOUND when no row matches. */
yk_status yk_engine_result_measure(const yk_engine_result *r,
                                   const char *measure, const char *id,
                                   int year, const char *variant,
                                   yk_measure_row *out);

/* ---- inputs: what a run draws ---------------------------------------------
 *
 * The parameters a run of an engine on a scenario reads, as `set:` paths
 * (a coefficient is coefficients.ENGINE.NAME) with their value or
 * distribution in the scenario: what `yokushi sensitivity --uncertain`
 * analyses and `yokushi sweep` sweeps by default. range_lo, range_hi: the
 * documented plausible range of a coefficient, NaN for a world field.
 * Strings and the param are valid only during the callback. */
typedef struct yk_engine_input {
    const char *path;
    const yk_param *param;
    double range_lo, range_hi;
} yk_engine_input;

typedef int (*yk_input_fn)(void *ud, const yk_engine_input *in);

/* Walks the inputs of e's numbers about subject id (a crisis name; NULL or
 * "": every subject), in a fixed order; a path may come more than once.
 * YK_E_ARG when e lists no inputs, YK_E_INTERRUPTED when fn stopped. */
yk_status yk_engine_inputs(const yk_engine *e, const yk_scenario *s,
                           const char *id, yk_input_fn fn, void *ud);

YK_END_DECLS

#endif
