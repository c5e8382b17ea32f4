/*
 * tidy.h - the tidy long table every engine's `--format csv` is: one row
 * per number a run reports (yk_engine_result_measures), each with the
 * run's identity, so one `read_csv` reads any run and any concatenation
 * of runs (docs/CLI.md "Tidy CSV"). The columns, in order:
 *
 *   scenario, scenario_sha256, seed, version, engine,
 *   measure, id, year, variant, mean, lo, hi
 *
 * RFC 4180 quoting; numbers in the shortest text that reads back as the
 * same double; an empty year when the measure has none; an empty mean,
 * lo or hi when the number is undefined (NaN). The schema is stable: a
 * test pins it (tests/unit/engine/tidy_test.c).
 */
#ifndef YOKUSHI_TIDY_H
#define YOKUSHI_TIDY_H

#include "export.h"
#include <stddef.h>
#include <stdio.h>

#include "engine.h"

YK_BEGIN_DECLS

#define YK_TIDY_COLUMNS 12

/* Column i's name; NULL past the end. */
const char *yk_tidy_column(size_t i);

/* The header line. YK_E_IO when a write failed. */
yk_status yk_tidy_write_header(FILE *out);

/* r's rows (no header), each with its scenario, SHA-256, seed, version
 * and engine. YK_E_ARG (nothing written) when r lists no measures,
 * YK_E_IO when a write failed. */
yk_status yk_tidy_write_rows(const yk_engine_result *r, FILE *out);

/* One row's fields as the table writes them, for writers of other forms
 * (the run store): the number as text, "" when NaN. buf gets at most 40
 * bytes. */
void yk_tidy_number(double v, char *buf, size_t size);

YK_END_DECLS

#endif
