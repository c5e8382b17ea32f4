/*
 * report_html.h - results people look at: charts of any engine's result
 * and one self-contained HTML page of several runs (`yokushi report`).
 *
 * Charts come through the engine table: an engine that draws its own
 * (crisis: bars with and without T's bomb, sweep curves with their
 * crossing points; cascade: fan charts and credibility paths) fills the
 * descriptor's `charts` slot; any other gets generic charts drawn from
 * its measures rows (engine.h), so a new engine has charts the moment it
 * is in the table.
 *
 * The page holds everything it shows: inline SVG, one inline style sheet,
 * no script, no font, no URL. Its bytes are a function of the inputs
 * (results, scenarios, the command line given): no clock, no host, no
 * path of the machine that wrote it.
 *
 * Ownership: a yk_html_report belongs to the caller until
 * yk_html_report_free; the scenario of yk_html_report_scenario must stay
 * alive until the next yk_html_report_scenario or yk_html_report_finish
 * (its inputs are written when its section closes). The string from
 * yk_html_report_finish is the caller's (yk_free).
 */
#ifndef YOKUSHI_REPORT_HTML_H
#define YOKUSHI_REPORT_HTML_H

#include "export.h"
#include <stddef.h>

#include "chart.h"
#include "engine.h"
#include "error.h"
#include "scenario.h"

YK_BEGIN_DECLS

/* r's charts, each to fn: its engine's own, or generic ones from its
 * measures. YK_E_ARG when r has neither (a study at the means),
 * YK_E_NOMEM, YK_E_INTERRUPTED when fn stopped the walk. */
yk_status yk_engine_result_charts(const yk_engine_result *r, yk_chart_fn fn,
                                  void *ud);

/* Walks a result's measure rows (an engine's `measures`). */
typedef yk_status (*yk_measure_walk)(const void *data, yk_measure_fn fn,
                                     void *ud);
/* The generic charts of the rows walk(data) gives: per measure, a line
 * chart over the years (at most eight subjects, those that move most)
 * when its rows have years, else bars by subject and variant (at most
 * twelve subjects). Every number shown is one of the rows'. */
yk_status yk_charts_from_measures(yk_measure_walk walk, const void *data,
                                  yk_chart_fn fn, void *ud);

typedef struct yk_html_report yk_html_report;

/* A new page; command is the command line that made it (shown as the
 * run's identity), title its heading. NULL when out of memory. */
yk_html_report *yk_html_report_new(const char *title, const char *command);
void yk_html_report_free(yk_html_report *h);
/* Starts the section of scenario s (its identity; its inputs and their
 * provenance close the section). s NULL: closes the open section only,
 * after which its scenario may be freed. */
yk_status yk_html_report_scenario(yk_html_report *h, const yk_scenario *s);
/* Adds one engine result of the current scenario: its identity (engine,
 * seed), headline numbers, charts and full text output with the why
 * lines. label names the run ("crisis", "crisis --vary kappa=0:1:21").
 * on_chart, when not NULL, also gets every chart drawn (for files). */
yk_status yk_html_report_result(yk_html_report *h, const yk_engine_result *r,
                                const char *label, yk_chart_fn on_chart,
                                void *ud);
/* A note in the current scenario's section (a run that failed, an
 * engine the scenario does not run): text, escaped. */
yk_status yk_html_report_note(yk_html_report *h, const char *text);
/* The whole page in *out (yk_free), *len its length (may be NULL). */
yk_status yk_html_report_finish(yk_html_report *h, char **out, size_t *len);

YK_END_DECLS

#endif
