/*
 * report_cascade.h - a cascade result as text tables, JSON or CSV (the
 * JSON members are documented in docs/CLI.md "cascade" and stable).
 */
#ifndef YOKUSHI_REPORT_CASCADE_H
#define YOKUSHI_REPORT_CASCADE_H

#include "export.h"
#include <stdio.h>

#include "cascade.h"
#include "report.h"

YK_BEGIN_DECLS

/* Text: the tables for a reader, under a header line from meta.
 * CSV: one row per estimate, "measure,id,year,mean,lo,hi". */
yk_status yk_report_cascade(FILE *out, yk_format fmt, const yk_cascade_result *r,
                       const yk_run_meta *meta);

/* JSON: the member "cascade" of an open "results" object. */
void yk_report_cascade_json(yk_json *j, const yk_cascade_result *r);

/* One CSV row per replicate (`--draws`): identity, each state's stages
 * and the years it reached them, its drawn breakout, the drawn
 * coefficients. YK_E_IO when a write failed. */
yk_status yk_report_cascade_draws(FILE *out, const yk_cascade_result *r,
                                  const yk_run_meta *meta, yk_error *err);

YK_END_DECLS

#endif
