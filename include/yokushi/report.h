/*
 * report.h - turning worlds and results into text tables, JSON and CSV on
 * a stream the caller passes. The library prints nowhere else.
 *
 * Every writer of a whole document returns YK_OK, or YK_E_IO when a write
 * to the stream failed (it flushes the stream to find out; the caller
 * still checks its own fclose). Writers of members inside an open JSON
 * document return nothing: their failures surface at yk_json_finish.
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
/* Strings are written as valid UTF-8 whatever their bytes: each maximal
 * ill-formed subpart (Unicode 3.9) becomes "\ufffd".
 * Ends the document with a newline and flushes the stream: YK_E_IO when
 * any write of the document failed. */
yk_status yk_json_finish(yk_json *j);

/* Flushes out: YK_E_IO when that or any earlier write to it failed (the
 * stream's error indicator), else YK_OK. */
yk_status yk_report_flush(FILE *out);

/* Shortest round-trip text of v ("0.6", not "0.59999999999999998"). */
int yk_format_double(double v, char *buf, size_t size);

/* CSV field with RFC 4180 quoting: a field holding a comma, a double
 * quote, CR or LF is enclosed in double quotes, each quote doubled. */
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

/* Writes the members of "results" for one result. */
typedef void (*yk_report_members_fn)(yk_json *j, const void *data);
/* A whole JSON document: the envelope, members(j, data) inside
 * "results", the closing braces and the final newline. YK_E_IO when a
 * write failed. */
yk_status yk_report_json_document(FILE *out, const yk_run_meta *meta,
                                  yk_report_members_fn members,
                                  const void *data);

/* ---- worlds ---------------------------------------------------------------- */

/* A summary of a resolved world: its size, every nuclear state's forces
 * and warheads, alliances, and the time line. */
yk_status yk_report_world_summary(FILE *out, yk_format fmt, const yk_world *w,
                             const yk_run_meta *meta);
/* Every state, alliance, rivalry and event, as tables. */
yk_status yk_report_world(FILE *out, yk_format fmt, const yk_world *w,
                     const yk_run_meta *meta);
/* Every field of one object (a state, an alliance) with unit and
 * provenance; prefix is its path ("states.JPN"). */
yk_status yk_report_object(FILE *out, yk_format fmt, const yk_schema *schema,
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
    const volatile int *stop; /* polled while judging subgame perfection; NULL: never */
} yk_solution_report;

/* Gambit rendering: profiles from yk_game_profile_first; bi and enumpure
 * print exact 0/1; logit prints probabilities with `decimals` significant
 * digits (default 6) and branch points as lambda (fixed, `decimals`
 * places) then the profile; other methods print fixed-point with
 * `decimals` places, or without decimals (lcp) exact fractions p/q as
 * Gambit's exact mode prints them when the whole profile, read as
 * fractions, is verified in exact arithmetic to be an equilibrium
 * (docs/MODEL.md), else each number as the shortest round-trip decimal. JSON and text carry
 * per equilibrium the profile by player, information set and action
 * labels, payoffs, regret, subgame perfection, outcome probabilities and
 * beliefs (docs/CLI.md). Everything but the printing is linear in the
 * game's size (n log n for the label keys) and done before the first byte
 * is written: YK_E_INTERRUPTED (when *r->stop is set) or YK_E_NOMEM then
 * leave out untouched. */
yk_status yk_report_solution(FILE *out, const yk_game *g, const yk_solution *s,
                             const yk_solution_report *r);
/* One number as the Gambit rendering above prints it, outside a verified
 * exact profile (never a fraction: one number cannot be verified). */
int yk_report_gambit_number(char *buf, size_t size, double v, yk_solve_method m, int decimals,
                            int is_lambda);

/* ---- a game file solved in one call (game_string.c) --------------------- */

typedef struct yk_game_solve_args {
    const char *method;        /* "bi", "enumpure", "lcp", "logit"; NULL: bi for
                                * a tree of perfect information, lcp for two
                                * players, else logit (as `yokushi solve`) */
    yk_solution_format format;
    int decimals;              /* 0: the method's default */
    yk_solve_options options;  /* zeroed: the defaults */
} yk_game_solve_args;

/* Reads the .efg/.nfg file at path, solves it and writes the report of
 * yk_report_solution to out, the file named with the SHA-256 of its
 * bytes: what `yokushi solve` prints. a NULL: all defaults. A file that
 * does not read is YK_E_PARSE/YK_E_SCHEMA/YK_E_IO with err located
 * (FILE:LINE:COL); a solver's failure is its status, err naming the file. */
yk_status yk_game_solve_file(const char *path, const yk_game_solve_args *a,
                             FILE *out, yk_error *err);
/* The same report in a new NUL-terminated string (free with yk_free);
 * *len may be NULL. */
yk_status yk_game_solve_to_string(const char *path, const yk_game_solve_args *a,
                                  char **out, size_t *len, yk_error *err);

YK_END_DECLS

#endif
