/*
 * report_ladder.h - the ladder engine's results as text (with a histogram
 * of the terminal rung) or JSON under results.ladder, and the row walk
 * behind the engine's measures. The CSV is the tidy table every engine
 * writes from its measures (tidy.h, yk_engine_result_write).
 */
#ifndef YOKUSHI_REPORT_LADDER_H
#define YOKUSHI_REPORT_LADDER_H

#include "export.h"
#include <stdio.h>

#include "ladder.h"
#include "report.h"

YK_BEGIN_DECLS

/* The whole document in text or JSON; YK_E_ARG (nothing written) for
 * CSV, which is the tidy table (tidy.h). */
yk_status yk_report_ladder(FILE *out, yk_format fmt, const yk_ladder_result *r,
                           const yk_run_meta *meta);
/* The member "ladder" of an open results object. */
void yk_report_ladder_json(yk_json *j, const yk_ladder_result *r);

/* One row per number, in the JSON's order (the engine's measures). */
typedef int (*yk_ladder_row_fn)(void *ud, const char *measure, const char *id,
                                const char *variant, yk_ladder_estimate e);
int yk_report_ladder_rows(const yk_ladder_result *r, yk_ladder_row_fn fn, void *ud);

YK_END_DECLS

#endif
