/*
 * crisis_sweep_report.c - a crisis sweep (yk_crisis_sweep) as text, JSON
 * (results.crisis_vary, docs/CLI.md) or CSV: the numbers at each point
 * and the crossing points of the equilibrium at the means.
 */
#include <stdio.h>

#include "yokushi/report_crisis.h"
#include "yokushi/yokushi.h"

void yk_report_crisis_sweep_json(yk_json *j, const yk_crisis_sweep_result *r)
{
    size_t i;
    yk_json_object_begin(j, "crisis_vary");
    yk_json_string(j, "crisis", yk_crisis_sweep_crisis(r));
    yk_json_string(j, "input", yk_crisis_sweep_input(r));
    yk_json_int(j, "replicates", yk_crisis_sweep_replicates(r));
    yk_json_array_begin(j, "points");
    for (i = 0; i < yk_crisis_sweep_count(r); i++) {
        yk_crisis_numbers n = yk_crisis_sweep_numbers(r, i);
        yk_json_object_begin(j, NULL);
        yk_json_number(j, "value", yk_crisis_sweep_value(r, i));
        yk_report_crisis_numbers_json(j, &n);
        yk_json_object_end(j);
    }
    yk_json_array_end(j);
    yk_json_array_begin(j, "crossings");
    for (i = 0; i < yk_crisis_sweep_crossing_count(r); i++) {
        const yk_crisis_crossing *c = yk_crisis_sweep_crossing(r, i);
        yk_json_object_begin(j, NULL);
        yk_json_number(j, "at", c->at);
        yk_json_string(j, "before", c->before);
        yk_json_string(j, "after", c->after);
        yk_json_object_end(j);
    }
    yk_json_array_end(j);
    yk_json_object_end(j);
}

static void csv(FILE *out, const yk_crisis_sweep_result *r)
{
    size_t i;
    int k;
    yk_crisis_estimate e;
    fprintf(out, "input,value");
    for (k = 0; k < YK_REPORT_CRISIS_MEASURES; k++)
        fprintf(out, ",%s", yk_report_crisis_measure(&(yk_crisis_numbers){0}, k, &e));
    fputc('\n', out);
    for (i = 0; i < yk_crisis_sweep_count(r); i++) {
        yk_crisis_numbers n = yk_crisis_sweep_numbers(r, i);
        char num[40];
        /* the shortest text that reads back as the same double, as every
         * other CSV and JSON number (never %.17g's 0.20000000000000001) */
        yk_format_double(yk_crisis_sweep_value(r, i), num, sizeof num);
        fprintf(out, "%s,%s", yk_crisis_sweep_input(r), num);
        for (k = 0; k < YK_REPORT_CRISIS_MEASURES; k++) {
            yk_report_crisis_measure(&n, k, &e);
            yk_format_double(e.mean, num, sizeof num);
            if (e.mean == e.mean)
                fprintf(out, ",%s", num);
            else
                fputc(',', out); /* undefined: no draw attacks */
        }
        fputc('\n', out);
    }
}

static void text(FILE *out, const yk_crisis_sweep_result *r, const yk_run_meta *m)
{
    const char *name = yk_crisis_sweep_input(r);
    size_t i;
    int k;
    fprintf(out, "yokushi %s | crisis --vary %s | %s | sha256 %.16s... | seed %llu\n",
            yk_version(), name, m->scenario, m->sha256, (unsigned long long)m->seed);
    fprintf(out, "%lld replicates per point; means (95%% intervals in JSON); P(defend|attack) "
                 "over attacking draws, - when none attacks\n\n",
            (long long)yk_crisis_sweep_replicates(r));
    fprintf(out, "%-14s %-10s %-17s %-17s %-15s %-15s\n", name, "P(attack)", "P(defend|attack)",
            "P def. if attack", "P(nuclear use)", "P(T conquered)");
    for (i = 0; i < yk_crisis_sweep_count(r); i++) {
        yk_crisis_numbers n = yk_crisis_sweep_numbers(r, i);
        static const int width[YK_REPORT_CRISIS_MEASURES] = {10, 17, 17, 15, 15};
        fprintf(out, "%-14.6g", yk_crisis_sweep_value(r, i));
        for (k = 0; k < YK_REPORT_CRISIS_MEASURES; k++) {
            yk_crisis_estimate e;
            yk_report_crisis_measure(&n, k, &e);
            if (e.mean == e.mean)
                fprintf(out, " %-*.4f", width[k], e.mean);
            else
                fprintf(out, " %-*s", width[k], "-");
        }
        fputc('\n', out);
    }
    fprintf(out, "\ncrossing points of the equilibrium at the means (bisection to %g):\n",
            YK_CRISIS_SWEEP_TOL);
    if (!yk_crisis_sweep_crossing_count(r))
        fprintf(out, "  none in [%g, %g]\n", yk_crisis_sweep_lo(r), yk_crisis_sweep_hi(r));
    for (i = 0; i < yk_crisis_sweep_crossing_count(r); i++) {
        const yk_crisis_crossing *c = yk_crisis_sweep_crossing(r, i);
        fprintf(out, "  %s = %.7f: %s -> %s\n", name, c->at, c->before, c->after);
    }
}

static void sweep_members(yk_json *j, const void *data)
{
    yk_report_crisis_sweep_json(j, data);
}

void yk_report_crisis_sweep(FILE *out, yk_format fmt, const yk_crisis_sweep_result *r,
                            const yk_run_meta *meta)
{
    if (fmt == YK_FORMAT_CSV) {
        csv(out, r);
    } else if (fmt == YK_FORMAT_JSON) {
        yk_report_json_document(out, meta, sweep_members, r);
    } else {
        text(out, r, meta);
    }
}
