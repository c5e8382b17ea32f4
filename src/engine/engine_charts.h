/*
 * engine_charts.h (internal) - the engines' own charts for the report
 * (report_html.h), one function per kind of result; the adapters
 * (crisis_engine.c, cascade_engine.c) hand them to the table's `charts`
 * slot. Each draws from its engine's public accessors only.
 */
#ifndef YK_ENGINE_CHARTS_H
#define YK_ENGINE_CHARTS_H

#include "yokushi/cascade.h"
#include "yokushi/chart.h"
#include "yokushi/crisis.h"
#include "yokushi/report_sensitivity.h"
#include "yokushi/sensitivity.h"

/* Per crisis: the five measures as bars with intervals, the world as
 * given beside the same crisis with T non-nuclear. */
yk_status yk_crisis_table_charts(const yk_crisis_result *r, yk_chart_fn fn, void *ud);
/* A sweep's measures as curves over the input, its crossing points
 * marked. */
yk_status yk_crisis_sweep_charts(const yk_crisis_sweep_result *r, yk_chart_fn fn, void *ud);
/* Fan chart of P(nuclear-armed by year) for the states that move most,
 * the credibility paths of the alliances that move most, and the
 * expected number of nuclear-armed states. */
yk_status yk_cascade_charts(const yk_cascade_result *r, yk_chart_fn fn, void *ud);
/* The tornado chart of a sensitivity analysis of `what` (e.g. "crisis
 * p_attack baltic-poland"): the highest-ranked inputs, each index a bar
 * with its interval. */
yk_status yk_sens_charts(const yk_sens_result *r, const char *what, yk_chart_fn fn, void *ud);
/* A sweep's numbers: curves over one input, heat maps over two. */
yk_status yk_sweep_charts(const yk_sweep_table *t, yk_chart_fn fn, void *ud);

#endif
