/*
 * scenario.h - scenario and world files: loading, `extends`, `set:`
 * overrides, validation with located messages, built-ins, and the SHA-256
 * of the resolved scenario.
 *
 * A scenario is a YAML file that names a base (`extends:` a built-in world
 * or a path), overrides it, and says what to run. Loading resolves the
 * whole chain into one world; every problem found on the way is collected
 * as "FILE:LINE:COL: dotted.path: message" in a yk_diag.
 */
#ifndef YOKUSHI_SCENARIO_H
#define YOKUSHI_SCENARIO_H

#include "export.h"
#include <stdbool.h>
#include <stdint.h>

#include "error.h"
#include "world.h"

YK_BEGIN_DECLS

/* What the file's `run:` section asks for. */
typedef struct yk_run_config {
    const char **engines;    /* names, as written */
    size_t n_engines;
    int64_t replicates;
    int year_from;
    int year_to;
} yk_run_config;

/* A coefficient an engine documents. A scenario overrides it under
 * `coefficients: {ENGINE: {NAME: value or distribution}}`; the loader
 * checks names and ranges against the specs it is given. */
typedef struct yk_coefficient_spec {
    const char *engine;        /* "cascade" */
    const char *name;          /* "hazard_threat" */
    double def;                /* the default */
    double lo, hi;             /* the range values and draws keep to */
    double range_lo, range_hi; /* the documented plausible range */
    const char *unit;
    const char *source;        /* a citation, or "assumption" */
    const char *doc;           /* one sentence */
} yk_coefficient_spec;

/* The index of `name` in an engine's table of n specs, or -1. */
int yk_coefficient_index(const yk_coefficient_spec *specs, int n, const char *name);
/* Each spec's default into values[0..n-1]. */
void yk_coefficient_defaults(const yk_coefficient_spec *specs, int n, double *values);

/* One override a scenario gives. */
typedef struct yk_coefficient {
    const char *engine;
    const char *name;
    yk_param value;
} yk_coefficient;

typedef struct yk_load_options {
    /* `extends:` may name files on disk (false: built-ins only, as the
     * fuzzer runs). */
    bool allow_files;
    /* NULL-terminated names accepted in run.engines; NULL: any. */
    const char *const *engines;
    /* (The engine names and the specs array are copied by the load: they
     * need not outlive it.)
     * The coefficients engines document; NULL: any name under
     * `coefficients:` is accepted with the range -1e9..1e9. */
    const yk_coefficient_spec *coefficients;
    size_t n_coefficients;
    /* Polled while loading (parsing, the time line, conversion, the
     * fingerprint); non-zero stops the load with YK_E_INTERRUPTED and the
     * message "interrupted". May be NULL. A program passes its SIGINT
     * flag, as the CLI does. Read during the load call only. */
    const volatile int *stop;
} yk_load_options;

typedef struct yk_scenario yk_scenario;

/* Load SPEC: a path to a file (it contains '/' or ends in .yaml or .yml)
 * or the name of a built-in world or scenario. opt may be NULL (files
 * allowed, any engine). On failure *out is NULL and diag holds every
 * problem found. */
yk_status yk_scenario_load(const char *spec, const yk_load_options *opt,
                           yk_scenario **out, yk_diag *diag);
/* Load from memory; `file` names it in messages and anchors relative
 * `extends:` paths. */
yk_status yk_scenario_load_buffer(const char *file, const char *bytes,
                                  size_t len, const yk_load_options *opt,
                                  yk_scenario **out, yk_diag *diag);
void yk_scenario_free(yk_scenario *s);

/* `scenario:` or `world:` name of the top file. */
const char *yk_scenario_name(const yk_scenario *s);
const char *yk_scenario_description(const yk_scenario *s); /* "" if none */
/* "scenario" or "world", by the top file's name key. */
const char *yk_scenario_kind(const yk_scenario *s);
/* Where it came from: a path, or "builtin:NAME". */
const char *yk_scenario_origin(const yk_scenario *s);
uint64_t yk_scenario_seed(const yk_scenario *s);
const yk_run_config *yk_scenario_run(const yk_scenario *s);
/* The coefficient overrides of the `coefficients:` section, in file
 * order (engine, then name); *n gets their count. Owned by s. */
const yk_coefficient *yk_scenario_coefficients(const yk_scenario *s,
                                               size_t *n);
/* The resolved world at the scenario's year. */
const yk_world *yk_scenario_world(const yk_scenario *s);
/* 64 hex digits: SHA-256 of the canonical form (yk_scenario_canonical). */
const char *yk_scenario_sha256(const yk_scenario *s);
/* The canonical form: one "path = value" line per input field of the
 * resolved scenario, keyed collections in id order, numbers with 17
 * significant digits; when the time line has changes after the world's
 * year, the world at the last such year follows ("future."). Labels
 * (state names, descriptions, notes, sources, assumptions) and the seed
 * are left out, so comments, key order and provenance do not change it;
 * the seed is reported beside the hash, never inside it. Owned by s. */
const char *yk_scenario_canonical(const yk_scenario *s);

/* The world in another year: the same files with the events of every
 * year up to `year` applied. Free with yk_world_free. */
yk_status yk_scenario_world_at(const yk_scenario *s, int year, yk_world *out,
                               yk_diag *diag);

/* s with `set:` overrides applied, as if its file ended with
 * `set: {paths[i]: values[i]}` (a coefficient is the path
 * coefficients.ENGINE.NAME): the model at one point of a sensitivity
 * design or a sweep. Every value is range-checked as the loader checks a
 * file's at the scenario's year; problems go to diag. The new scenario
 * keeps s's name, origin and SHA-256 (it is s at a point: the canonical
 * form is not recomputed, yk_scenario_canonical gives NULL) and shares
 * text with s: free it (yk_scenario_free) before s. */
yk_status yk_scenario_with(const yk_scenario *s, const char *const *paths,
                           const double *values, size_t n, yk_scenario **out,
                           yk_diag *diag);

/* The built-in worlds (sorted by name), then the built-in scenarios
 * (sorted by name). */
size_t yk_builtin_count(void);
const char *yk_builtin_name(size_t i);
const char *yk_builtin_kind(size_t i); /* "world" or "scenario" */
const char *yk_builtin_text(size_t i, size_t *len);
/* Index of a built-in by name, or (size_t)-1. */
size_t yk_builtin_find(const char *name);

YK_END_DECLS

#endif
