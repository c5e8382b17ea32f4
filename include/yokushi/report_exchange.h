/*
 * report_exchange.h - the exchange engine's results as text tables or
 * JSON under results.exchange (docs/CLI.md "exchange"), and the walk
 * behind the engine's measures. The CSV is the tidy table every engine
 * writes from its measures (tidy.h, yk_engine_result_write). Writers
 * return YK_E_IO when the stream failed.
 */
#ifndef YOKUSHI_REPORT_EXCHANGE_H
#define YOKUSHI_REPORT_EXCHANGE_H

#include "export.h"
#include <stdio.h>

#include "exchange.h"
#include "report.h"

YK_BEGIN_DECLS

/* The whole document in text or JSON; YK_E_ARG (nothing written) for
 * CSV, which is the tidy table (tidy.h). */
yk_status yk_report_exchange(FILE *out, yk_format fmt, const yk_exchange_result *r,
                             const yk_run_meta *meta);

/* JSON: the member "exchange" of an open "results" object. */
void yk_report_exchange_json(yk_json *j, const yk_exchange_result *r);

/* Every number of the result as one row (measure, id, year, variant,
 * estimate), in the order of the engine's measures and tidy CSV; a
 * nonzero return stops the walk and is returned. Strings are valid
 * during the call only. */
typedef int (*yk_exchange_row_fn)(void *ud, const char *measure, const char *id, int year,
                                  const char *variant, yk_exchange_estimate e);
int yk_report_exchange_walk(const yk_exchange_result *r, yk_exchange_row_fn fn, void *ud);

YK_END_DECLS

#endif
