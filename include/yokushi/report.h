/*
 * report.h - turning worlds and results into text tables, JSON and CSV on
 * a stream the caller passes. The library prints nowhere else.
 */
#ifndef YOKUSHI_REPORT_H
#define YOKUSHI_REPORT_H

#include "export.h"
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "scenario.h"
#include "schema.h"
#include "game.h"
#include "world.h"

YK_BEGIN_DECLS

typedef enum yk_format {
    YK_FORMAT_TEXT = 0,
    YK_FORMAT_JSON,
    YK_FORMAT_CSV
} yk_format;

/* ---- a streaming JSON writer (two-space indents, stable key order) ---- */

#define YK_JSON_MAX_DEPTH 32

typedef struct yk_json {
    FILE *out;
    int depth;
    int count[YK_JSON_MAX_DEPTH]; /* members written at each depth */
} yk_json;

void yk_json_init(yk_json *j, FILE *out);
/* key is NULL inside arrays and at the top. */
void yk_json_object_begin(yk_json *j, const char *key);
void yk_json_object_end(yk_json *j);
void yk_json_array_begin(yk_json *j, const char *key);
void yk_json_array_end(yk_json *j);
void yk_json_string(yk_json *j, const char *key, const char *value);
/* The shortest decimal that reads back as the same double; NaN and
 * infinities as null. */
void yk_json_number(yk_json *j, const char *key, double value);
void yk_json_int(yk_json *j, const char *key, int64_t value);
void yk_json_bool(yk_json *j, const char *key, bool value);
void yk_json_null(yk_json *j, const char *key);
/* An estimate with its 95% interval: {"mean": m, "lo": lo, "hi": hi}. */
void yk_json_estimate(yk_json *j, const char *key, double mean, double lo,
                      double hi);
/* Ends the document with a newline. */
void yk_json_finish(yk_json *j);

/* Shortest round-trip text of v ("0.6", not "0.59999999999999998"). */
int yk_format_double(double v, char *buf, size_t size);

/* CSV field with RFC 4180 quoting. */
void yk_csv_field(FILE *out, const char *s, bool last);

/* ---- the traceability envelope every output carries --------------------- */

typedef struct yk_run_meta {
    const char *scenario;
    const char *kind;
    const char *origin;
    const char *sha256;
    uint64_t seed;
} yk_run_meta;

/* {"yokushi": VERSION, "scenario": NAME, "scenario_sha256": HEX,
 *  "seed": N, ... opens "results"; the caller writes into it and calls
 * yk_json_object_end twice (results, envelope). */
void yk_report_envelope_begin(yk_json *j, const yk_run_meta *meta);

/* ---- worlds ---------------------------------------------------------------- */

/* A summary of a resolved world: its size, every nuclear state's forces
 * and warheads, alliances, and the time line. */
void yk_report_world_summary(FILE *out, yk_format fmt, const yk_world *w,
                             const yk_run_meta *meta);
/* Every state, alliance, rivalry and event, as tables. */
void yk_report_world(FILE *out, yk_format fmt, const yk_world *w,
                     const yk_run_meta *meta);
/* Every field of one object (a state, an alliance) with unit and
 * provenance; prefix is its path ("states.JPN"). */
void yk_report_object(FILE *out, yk_format fmt, const yk_schema *schema,
                      const void *obj, const char *prefix, const yk_world *w,
                      const yk_run_meta *meta);

/* ---- game solutions ---------------------------------------------------- */

typedef enum yk_solution_format {
    YK_SOLUTION_GAMBIT = 0, /* NE,... lines as Gambit's tools print them */
    YK_SOLUTION_JSON = 1,
    YK_SOLUTION_TEXT = 2
} yk_solution_format;

typedef struct yk_solution_report {
    yk_solution_format format;
    yk_solve_method method;
    int decimals;          /* 0: Gambit's default for the method */
    const char *file;      /* the game file, for JSON */
    const char *sha256;    /* of the file's bytes, for JSON */
    const yk_game *reduced;/* the reduced strategic form when profiles are over it */
} yk_solution_report;

/* Gambit rendering: profiles from yk_game_profile_first; bi and enumpure
 * print exact 0/1; logit prints probabilities with `decimals` significant
 * digits (default 6) and branch points as lambda (fixed, `decimals`
 * places) then the profile; other methods print fixed-point with
 * `decimals` places, or without decimals exact fractions p/q where a
 * number is within 1e-10 of one with q <= 10^5 (as Gambit's exact mode
 * prints them), else the shortest round-trip decimal. JSON and text carry
 * per equilibrium the profile by player, information set and action
 * labels, payoffs, regret, subgame perfection, outcome probabilities and
 * beliefs (docs/CLI.md). YK_E_NOMEM when out of memory: the output
 * then stops short and must not be used. */
yk_status yk_report_solution(FILE *out, const yk_game *g, const yk_solution *s,
                             const yk_solution_report *r, yk_error *err);
/* One number as the Gambit rendering above prints it. */
int yk_report_gambit_number(char *buf, size_t size, double v, yk_solve_method m, int decimals,
                            int is_lambda);

YK_END_DECLS

#endif
