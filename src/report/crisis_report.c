/*
 * crisis_report.c - crisis results as text, JSON and CSV: the measures
 * (yk_crisis_numbers) with their 95% intervals, as the world has T and with T
 * non-nuclear (the value of the bomb), and the why lines.
 */
#include <stdio.h>

#include "yokushi/report_crisis.h"
#include "yokushi/yokushi.h"

static const char *const measure_key[YK_REPORT_CRISIS_MEASURES] = {
    "p_attack", "p_defend_given_attack", "p_defend_if_attacked", "p_nuclear_use",
    "p_target_conquered"};

const char *yk_report_crisis_measure(const yk_crisis_numbers *n, int i,
                                     yk_crisis_estimate *e)
{
    switch (i) {
    case 0: *e = n->p_attack; break;
    case 1: *e = n->p_defend_given_attack; break;
    case 2: *e = n->p_defend_if_attacked; break;
    case 3: *e = n->p_nuclear_use; break;
    case 4: *e = n->p_target_conquered; break;
    default: return NULL;
    }
    return measure_key[i];
}

/* Why a conditional has no value: the words JSON, CSV and text share. */
#define NO_ATTACK "no draw attacks"

static void text_cell(FILE *out, yk_crisis_estimate e)
{
    char cell[40];
    if (e.mean != e.mean) /* NaN: an undefined conditional */
        snprintf(cell, sizeof cell, "- (%s)", NO_ATTACK);
    else
        snprintf(cell, sizeof cell, "%.3f [%.3f,%.3f]", e.mean, e.lo, e.hi);
    fprintf(out, " %-21s", cell);
}

/* How close the calls are, in words: every draw gives the equilibrium at
 * the means, or how many draws call each decision otherwise. */
static void closeness_text(FILE *out, const yk_crisis_outcome *o)
{
    long long n = (long long)yk_crisis_outcome_replicates(o), k;
    size_t d;
    if (!yk_crisis_outcome_other_equilibrium(o)) {
        fprintf(out, "  every one of the %lld draws gives the equilibrium at the means (the same call "
                     "at every decision)\n", n);
        return;
    }
    fprintf(out, "  %lld of %lld draws give another equilibrium than at the means; draws "
                 "calling each decision otherwise:", (long long)yk_crisis_outcome_other_equilibrium(o), n);
    for (d = 0; d < yk_crisis_decision_count(); d++)
        if ((k = (long long)yk_crisis_outcome_flips(o, d)) != 0)
            fprintf(out, " %s %lld (%.1f%%)", yk_crisis_decision_name(d), k, 100.0 * (double)k / (double)n);
    fputc('\n', out);
}

/* Which sources the escalation risk and the damage came from. */
static void sources_text(FILE *out, const yk_crisis_outcome *o)
{
    fprintf(out, "  escalation risk from %s: %.4g after defend, %.4g after a threat\n",
            yk_crisis_outcome_escalation_source(o),
            yk_crisis_outcome_at_means(o, YK_CRISIS_MEAN_RHO_DEFEND),
            yk_crisis_outcome_at_means(o, YK_CRISIS_MEAN_RHO_THREAT));
    fprintf(out, "  nuclear damage from %s: A by P %.3g, A by T %.3g, T by A %.3g, P by A %.3g "
                 "(stake units)\n",
            yk_crisis_outcome_damage_source(o),
            yk_crisis_outcome_at_means(o, YK_CRISIS_MEAN_DMG_A_BY_P),
            yk_crisis_outcome_at_means(o, YK_CRISIS_MEAN_DMG_A_BY_T),
            yk_crisis_outcome_at_means(o, YK_CRISIS_MEAN_DMG_T_BY_A),
            yk_crisis_outcome_at_means(o, YK_CRISIS_MEAN_DMG_P_BY_A));
}

/* Each decision's margin across draws: 5%, 50%, 95% (signed against the
 * call at the means). */
static void margins_text(FILE *out, const yk_crisis_outcome *o)
{
    size_t d;
    fprintf(out, "  margins across draws (5%% / 50%% / 95%%; negative: decided otherwise than "
                 "at the means; to 9%%):");
    for (d = 0; d < yk_crisis_decision_count(); d++) {
        double q0 = yk_crisis_outcome_margin_quantile(o, d, 0);
        if (q0 != q0)
            continue; /* a reply to a threat P cannot make */
        fprintf(out, " %s %.3g/%.3g/%.3g", yk_crisis_decision_name(d), q0,
                yk_crisis_outcome_margin_quantile(o, d, 1),
                yk_crisis_outcome_margin_quantile(o, d, 2));
    }
    fputc('\n', out);
}

static void text(FILE *out, const yk_crisis_result *r, const yk_run_meta *m)
{
    size_t c, n = yk_crisis_result_count(r), k;
    int i, v;
    fprintf(out, "yokushi %s | crisis | %s %s (%s) | sha256 %.16s... | seed %llu\n",
            yk_version(), m->kind, m->scenario, m->origin, m->sha256,
            (unsigned long long)m->seed);
    if (!n) {
        fprintf(out, "no crises in this world\n");
        return;
    }
    fprintf(out, "%lld replicates; estimates as mean [95%% interval]. P(defend|attack): the "
                 "share of attacking draws\nin which P defends or threatens; P defends if "
                 "attacked: P's policy averaged over every draw\n\n",
            (long long)yk_crisis_result_replicates(r));
    fprintf(out, "%-22s %-13s %-6s %-21s %-21s %-21s %-21s %-21s\n", "crisis", "A-T-P",
            "T bomb", "P(attack)", "P(defend|attack)", "P defends if attacked",
            "P(nuclear use)", "P(T conquered)");
    for (c = 0; c < n; c++) {
        const yk_crisis_outcome *o = yk_crisis_result_at(r, c);
        char who[3 * YK_ID_MAX + 4];
        snprintf(who, sizeof who, "%s-%s-%s", yk_crisis_outcome_aggressor(o),
                 yk_crisis_outcome_target(o), yk_crisis_outcome_patron(o));
        fprintf(out, "%-22.22s %-13s %-6s", yk_crisis_outcome_name(o), who,
                yk_crisis_outcome_target_nuclear(o) ? "yes" : "no");
        /* The row as the world has T, then the row with T non-nuclear. */
        for (v = 0; v < 2; v++) {
            yk_crisis_numbers nb = yk_crisis_outcome_numbers(o, v == 0);
            if (v)
                fprintf(out, "%-22s %-13s %-6s", "", "", "none");
            for (i = 0; i < YK_REPORT_CRISIS_MEASURES; i++) {
                yk_crisis_estimate e;
                yk_report_crisis_measure(&nb, i, &e);
                text_cell(out, e);
            }
            fputc('\n', out);
        }
    }
    for (c = 0; c < n; c++) {
        const yk_crisis_outcome *o = yk_crisis_result_at(r, c);
        fprintf(out, "\nwhy (%s, at the parameters' means):\n", yk_crisis_outcome_name(o));
        sources_text(out, o);
        for (k = 0; k < yk_crisis_outcome_why_count(o); k++)
            fprintf(out, "  %s\n", yk_crisis_outcome_why(o, k));
        closeness_text(out, o);
        margins_text(out, o);
        if (yk_crisis_outcome_no_pure(o))
            fprintf(out, "  %lld of %lld draws had no pure equilibrium (A replied to the prior)\n",
                    (long long)yk_crisis_outcome_no_pure(o),
                    (long long)yk_crisis_outcome_replicates(o));
    }
}

void yk_report_crisis_numbers_json(yk_json *j, const yk_crisis_numbers *nb)
{
    int i;
    for (i = 0; i < YK_REPORT_CRISIS_MEASURES; i++) {
        yk_crisis_estimate e;
        const char *key = yk_report_crisis_measure(nb, i, &e);
        if (e.mean == e.mean) {
            yk_json_estimate(j, key, e.mean, e.lo, e.hi);
        } else {
            char why[64];
            yk_json_null(j, key);
            snprintf(why, sizeof why, "%s_null", key);
            yk_json_string(j, why, NO_ATTACK);
        }
    }
    yk_json_int(j, "attacking_draws", nb->attacking_draws);
    /* The theatre's measures (docs/MODEL.md section 9): not in the text
     * table, whose columns are the five above. */
    if (nb->p_fait_accompli.mean == nb->p_fait_accompli.mean) {
        yk_json_estimate(j, "p_fait_accompli", nb->p_fait_accompli.mean,
                         nb->p_fait_accompli.lo, nb->p_fait_accompli.hi);
    } else {
        yk_json_null(j, "p_fait_accompli");
        yk_json_string(j, "p_fait_accompli_null", "no theatre data");
    }
    yk_json_estimate(j, "p_escalation", nb->p_escalation.mean, nb->p_escalation.lo,
                     nb->p_escalation.hi);
}

void yk_report_crisis_json(yk_json *j, const yk_crisis_result *r)
{
    size_t c, k;
    yk_json_array_begin(j, "crisis");
    for (c = 0; c < yk_crisis_result_count(r); c++) {
        const yk_crisis_outcome *o = yk_crisis_result_at(r, c);
        yk_crisis_numbers with = yk_crisis_outcome_numbers(o, true);
        yk_crisis_numbers without = yk_crisis_outcome_numbers(o, false);
        yk_json_object_begin(j, NULL);
        yk_json_string(j, "name", yk_crisis_outcome_name(o));
        yk_json_string(j, "aggressor", yk_crisis_outcome_aggressor(o));
        yk_json_string(j, "target", yk_crisis_outcome_target(o));
        yk_json_string(j, "patron", yk_crisis_outcome_patron(o));
        yk_json_string(j, "theatre", yk_crisis_outcome_theatre(o));
        yk_json_bool(j, "target_nuclear", yk_crisis_outcome_target_nuclear(o));
        yk_json_int(j, "replicates", yk_crisis_outcome_replicates(o));
        yk_json_string(j, "escalation_source", yk_crisis_outcome_escalation_source(o));
        yk_json_string(j, "damage_source", yk_crisis_outcome_damage_source(o));
        yk_json_object_begin(j, "at_means");
        for (k = 0; k < YK_CRISIS_MEAN_COUNT; k++) {
            double v = yk_crisis_outcome_at_means(o, (yk_crisis_mean_id)k);
            if (v == v)
                yk_json_number(j, yk_crisis_mean_name((yk_crisis_mean_id)k), v);
            else
                yk_json_null(j, yk_crisis_mean_name((yk_crisis_mean_id)k));
        }
        yk_json_object_end(j);
        yk_json_int(j, "draws_without_pure_equilibrium", yk_crisis_outcome_no_pure(o));
        yk_report_crisis_numbers_json(j, &with);
        yk_json_int(j, "draws_with_other_equilibrium", yk_crisis_outcome_other_equilibrium(o));
        yk_json_object_begin(j, "draws_deciding_otherwise");
        for (k = 0; k < yk_crisis_decision_count(); k++)
            yk_json_int(j, yk_crisis_decision_name(k), yk_crisis_outcome_flips(o, k));
        yk_json_object_end(j);
        yk_json_object_begin(j, "margin_quantiles");
        for (k = 0; k < yk_crisis_decision_count(); k++) {
            static const char *const qk[3] = {"p05", "p50", "p95"};
            int q;
            yk_json_object_begin(j, yk_crisis_decision_name(k));
            for (q = 0; q < 3; q++)
                yk_json_number(j, qk[q], yk_crisis_outcome_margin_quantile(o, k, q));
            yk_json_object_end(j);
        }
        yk_json_object_end(j);
        yk_json_array_begin(j, "why");
        for (k = 0; k < yk_crisis_outcome_why_count(o); k++)
            yk_json_string(j, NULL, yk_crisis_outcome_why(o, k));
        yk_json_array_end(j);
        yk_json_object_begin(j, "without_bomb");
        yk_report_crisis_numbers_json(j, &without);
        yk_json_object_end(j);
        yk_json_object_end(j);
    }
    yk_json_array_end(j);
}

static void csv(FILE *out, const yk_crisis_result *r)
{
    size_t c;
    int i, v;
    fprintf(out, "crisis,variant,measure,mean,lo,hi\n");
    for (c = 0; c < yk_crisis_result_count(r); c++)
        for (v = 0; v < 2; v++) {
            const yk_crisis_outcome *o = yk_crisis_result_at(r, c);
            yk_crisis_numbers nb = yk_crisis_outcome_numbers(o, v == 0);
            for (i = 0; i < YK_REPORT_CRISIS_MEASURES; i++) {
                yk_crisis_estimate e;
                const char *key = yk_report_crisis_measure(&nb, i, &e);
                char a[32] = "", b[32] = "", d[32] = "";
                if (e.mean == e.mean) { /* an undefined conditional: empty fields */
                    yk_format_double(e.mean, a, sizeof a);
                    yk_format_double(e.lo, b, sizeof b);
                    yk_format_double(e.hi, d, sizeof d);
                }
                yk_csv_field(out, yk_crisis_outcome_name(o), false);
                yk_csv_field(out, v ? "without_bomb" : "with_bomb", false);
                yk_csv_field(out, key, false);
                yk_csv_field(out, a, false);
                yk_csv_field(out, b, false);
                yk_csv_field(out, d, true);
            }
        }
}

static void crisis_members(yk_json *j, const void *data)
{
    yk_report_crisis_json(j, data);
}

yk_status yk_report_crisis(FILE *out, yk_format fmt, const yk_crisis_result *r,
                           const yk_run_meta *meta)
{
    if (fmt == YK_FORMAT_CSV)
        csv(out, r);
    else if (fmt == YK_FORMAT_JSON)
        return yk_report_json_document(out, meta, crisis_members, r);
    else
        text(out, r, meta);
    return yk_report_flush(out);
}
