/*
 * crisis_report.c - crisis results as text, JSON and CSV: the four
 * probabilities with their 95% intervals, as the world has T and with T
 * non-nuclear (the value of the bomb), and the why lines.
 */
#include <stdio.h>

#include "yokushi/report_crisis.h"
#include "yokushi/yokushi.h"

static const char *const measure_key[4] = {"p_attack", "p_defend_given_attack",
                                           "p_nuclear_use", "p_target_conquered"};

static yk_crisis_estimate measure(const yk_crisis_numbers *n, int i)
{
    switch (i) {
    case 0: return n->p_attack;
    case 1: return n->p_defend_given_attack;
    case 2: return n->p_nuclear_use;
    default: return n->p_target_conquered;
    }
}

static void text_cell(FILE *out, yk_crisis_estimate e)
{
    char cell[40];
    snprintf(cell, sizeof cell, "%.3f [%.3f,%.3f]", e.mean, e.lo, e.hi);
    fprintf(out, " %-21s", cell);
}

static void text(FILE *out, const yk_crisis_outcome *r, size_t n, const yk_run_meta *m)
{
    size_t c;
    int i;
    fprintf(out, "yokushi %s | crisis | %s %s (%s) | sha256 %.16s... | seed %llu\n",
            yk_version(), m->kind, m->scenario, m->origin, m->sha256,
            (unsigned long long)m->seed);
    if (!n) {
        fprintf(out, "no crises in this world\n");
        return;
    }
    fprintf(out, "%lld replicates; estimates as mean [95%% interval]\n\n",
            (long long)r[0].replicates);
    fprintf(out, "%-22s %-13s %-6s %-21s %-21s %-21s %-21s\n", "crisis", "A-T-P", "T bomb",
            "P(attack)", "P(defend|attack)", "P(nuclear use)", "P(T conquered)");
    for (c = 0; c < n; c++) {
        char who[3 * YK_ID_MAX + 4];
        snprintf(who, sizeof who, "%s-%s-%s", r[c].aggressor, r[c].target, r[c].patron);
        fprintf(out, "%-22.22s %-13s %-6s", r[c].name, who, r[c].target_nuclear ? "yes" : "no");
        for (i = 0; i < 4; i++)
            text_cell(out, measure(&r[c].with_bomb, i));
        fputc('\n', out);
        fprintf(out, "%-22s %-13s %-6s", "", "", "none");
        for (i = 0; i < 4; i++)
            text_cell(out, measure(&r[c].without_bomb, i));
        fputc('\n', out);
    }
    for (c = 0; c < n; c++) {
        fprintf(out, "\nwhy (%s, at the parameters' means):\n", r[c].name);
        for (i = 0; i < r[c].n_why; i++)
            fprintf(out, "  %s\n", r[c].why[i]);
        if (r[c].no_pure)
            fprintf(out, "  %lld of %lld draws had no pure equilibrium (A replied to the prior)\n",
                    (long long)r[c].no_pure, (long long)r[c].replicates);
    }
}

void yk_report_crisis_numbers_json(yk_json *j, const yk_crisis_numbers *nb)
{
    int i;
    for (i = 0; i < 4; i++) {
        yk_crisis_estimate e = measure(nb, i);
        yk_json_estimate(j, measure_key[i], e.mean, e.lo, e.hi);
    }
}

void yk_report_crisis_json(yk_json *j, const yk_crisis_outcome *r, size_t n)
{
    size_t c;
    int i;
    yk_json_array_begin(j, "crisis");
    for (c = 0; c < n; c++) {
        yk_json_object_begin(j, NULL);
        yk_json_string(j, "name", r[c].name);
        yk_json_string(j, "aggressor", r[c].aggressor);
        yk_json_string(j, "target", r[c].target);
        yk_json_string(j, "patron", r[c].patron);
        yk_json_string(j, "theatre", r[c].theatre);
        yk_json_bool(j, "target_nuclear", r[c].target_nuclear);
        yk_json_int(j, "replicates", r[c].replicates);
        yk_json_int(j, "draws_without_pure_equilibrium", r[c].no_pure);
        yk_report_crisis_numbers_json(j, &r[c].with_bomb);
        yk_json_array_begin(j, "why");
        for (i = 0; i < r[c].n_why; i++)
            yk_json_string(j, NULL, r[c].why[i]);
        yk_json_array_end(j);
        yk_json_object_begin(j, "without_bomb");
        yk_report_crisis_numbers_json(j, &r[c].without_bomb);
        yk_json_object_end(j);
        yk_json_object_end(j);
    }
    yk_json_array_end(j);
}

static void csv(FILE *out, const yk_crisis_outcome *r, size_t n)
{
    size_t c;
    int i, v;
    fprintf(out, "crisis,variant,measure,mean,lo,hi\n");
    for (c = 0; c < n; c++)
        for (v = 0; v < 2; v++)
            for (i = 0; i < 4; i++) {
                yk_crisis_estimate e = measure(v ? &r[c].without_bomb : &r[c].with_bomb, i);
                char a[32], b[32], d[32];
                yk_format_double(e.mean, a, sizeof a);
                yk_format_double(e.lo, b, sizeof b);
                yk_format_double(e.hi, d, sizeof d);
                yk_csv_field(out, r[c].name, false);
                yk_csv_field(out, v ? "without_bomb" : "with_bomb", false);
                yk_csv_field(out, measure_key[i], false);
                yk_csv_field(out, a, false);
                yk_csv_field(out, b, false);
                yk_csv_field(out, d, true);
            }
}

yk_status yk_report_crisis(FILE *out, yk_format fmt, const yk_crisis_outcome *r,
                      size_t n, const yk_run_meta *meta)
{
    if (fmt == YK_FORMAT_CSV) {
        csv(out, r, n);
    } else if (fmt == YK_FORMAT_JSON) {
        yk_json j;
        yk_json_init(&j, out);
        yk_report_envelope_begin(&j, meta);
        yk_report_crisis_json(&j, r, n);
        yk_json_object_end(&j);
        yk_json_object_end(&j);
        return yk_json_finish(&j);
    } else {
        text(out, r, n, meta);
    }
    return yk_report_flush(out);
}
