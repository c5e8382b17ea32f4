/*
 * crisis_study_report.c - the JSON of the crisis command's studies at the
 * means: the logit QRE (`--lambda`, results.crisis_qre) and the
 * signalling stage (`--signal`, results.crisis_signal), documented in
 * docs/CLI.md. Numbers at the means are point values, not estimates, so
 * they are plain numbers rather than {mean, lo, hi}. Text for a reader;
 * no CSV (a study is not a table).
 */
#include <math.h>
#include <stdio.h>

#include "yokushi/report_crisis.h"
#include "yokushi/yokushi.h"

/* Profile keys in yk_crisis_signal_result index order (bit 0: the
 * resolute type signals, bit 1: the hesitant one). */
static const char *const profile_key[4] = {
    "pooling_no_signal", "separating_resolute_signals",
    "separating_hesitant_signals", "pooling_signal"};

/* A conditional on attack of one solution: P's type is drawn apart from
 * A's choice, so it is P's policy if attacked where A attacks with
 * positive probability, and undefined (NaN, null in JSON) where A never
 * attacks. */
static double given_attack(const yk_crisis_solution *s, double if_attacked)
{
    return s->p_attack > 0 ? if_attacked : NAN;
}

static void outcome_numbers(yk_json *j, const yk_crisis_solution *s)
{
    yk_json_number(j, "p_attack", s->p_attack);
    yk_json_number(j, "p_defend_given_attack", given_attack(s, s->p_defend_if_attacked));
    yk_json_number(j, "p_threat_given_attack", given_attack(s, s->p_threat_if_attacked));
    yk_json_number(j, "p_defend_if_attacked", s->p_defend_if_attacked);
    yk_json_number(j, "p_threat_if_attacked", s->p_threat_if_attacked);
    yk_json_number(j, "p_nuclear_use", s->p_nuclear_use);
    yk_json_number(j, "p_target_conquered", s->p_conquered);
}

/* P's responses by type, and A's replies: what a reader needs to see
 * which way a mixed (QRE) or pure profile leans. Without a threat option
 * its members are null: the solvers still fill fight[THREAT], but no
 * node of the game reads it. */
static void profile(yk_json *j, const yk_crisis_profile *s, bool threat)
{
    static const char *const type_key[2] = {"resolute", "hesitant"};
    int t;
    yk_json_object_begin(j, "respond");
    for (t = 0; t < 2; t++) {
        yk_json_object_begin(j, type_key[t]);
        yk_json_number(j, "abandon", s->respond[t][YK_RESP_ABANDON]);
        yk_json_number(j, "defend", s->respond[t][YK_RESP_DEFEND]);
        if (threat)
            yk_json_number(j, "threat", s->respond[t][YK_RESP_THREAT]);
        else
            yk_json_null(j, "threat");
        yk_json_object_end(j);
    }
    yk_json_object_end(j);
    yk_json_number(j, "fight_after_defend", s->fight[YK_MODE_DEFEND]);
    if (threat)
        yk_json_number(j, "fight_after_threat", s->fight[YK_MODE_THREAT]);
    else
        yk_json_null(j, "fight_after_threat");
}

void yk_report_crisis_qre_json(yk_json *j, const char *crisis, double lambda,
                               bool converged, bool threat,
                               const yk_crisis_solution *q)
{
    yk_json_object_begin(j, "crisis_qre");
    yk_json_string(j, "crisis", crisis);
    yk_json_number(j, "lambda", lambda);
    yk_json_bool(j, "converged", converged);
    yk_json_bool(j, "threat_available", threat);
    outcome_numbers(j, q);
    profile(j, &q->s, threat);
    yk_json_object_end(j);
}

static void after(yk_json *j, const char *key, double belief, bool threat,
                  const yk_crisis_solution *s)
{
    yk_json_object_begin(j, key);
    yk_json_number(j, "belief", belief);
    outcome_numbers(j, s);
    profile(j, &s->s, threat);
    yk_json_object_end(j);
}

void yk_report_crisis_signal_json(yk_json *j, const char *crisis,
                                  const yk_crisis_inputs *in, bool threat,
                                  const yk_crisis_signal_result *r)
{
    int i;
    yk_json_object_begin(j, "crisis_signal");
    yk_json_string(j, "crisis", crisis);
    yk_json_number(j, "signal_cost", yk_crisis_inputs_get(in, "signal_cost"));
    yk_json_number(j, "signal_tie", yk_crisis_inputs_get(in, "signal_tie"));
    yk_json_number(j, "prior", yk_crisis_inputs_get(in, "kappa"));
    yk_json_bool(j, "threat_available", threat);
    yk_json_array_begin(j, "profiles");
    for (i = 0; i < 4; i++) {
        yk_json_object_begin(j, NULL);
        yk_json_string(j, "name", profile_key[i]);
        yk_json_bool(j, "resolute_signals", i & 1);
        yk_json_bool(j, "hesitant_signals", (i >> 1) & 1);
        yk_json_bool(j, "pbe", r->is_pbe[i]);
        yk_json_number(j, "payoff_resolute", r->payoff[i][0]);
        yk_json_number(j, "payoff_hesitant", r->payoff[i][1]);
        yk_json_object_end(j);
    }
    yk_json_array_end(j);
    if (r->chosen < 0) {
        /* No pure profile is a PBE: nothing after it to report. */
        yk_json_null(j, "chosen");
        yk_json_null(j, "after_no_signal");
        yk_json_null(j, "after_signal");
    } else {
        yk_json_string(j, "chosen", profile_key[r->chosen]);
        after(j, "after_no_signal", r->belief[0], threat, &r->after[0]);
        after(j, "after_signal", r->belief[1], threat, &r->after[1]);
    }
    yk_json_object_end(j);
}

void yk_report_crisis_study_json(yk_json *j, const yk_crisis_study *st)
{
    const char *crisis = yk_crisis_study_crisis(st);
    bool threat = yk_crisis_study_threat(st);
    if (yk_crisis_study_qre(st))
        yk_report_crisis_qre_json(j, crisis, yk_crisis_study_lambda(st),
                                  yk_crisis_study_qre_converged(st), threat,
                                  yk_crisis_study_qre(st));
    if (yk_crisis_study_signal(st))
        yk_report_crisis_signal_json(j, crisis, yk_crisis_study_inputs(st), threat,
                                     yk_crisis_study_signal(st));
}

static void print_solution(FILE *out, const char *title, const yk_crisis_solution *s)
{
    char given[32];
    double g = given_attack(s, s->p_defend_if_attacked);
    if (g == g)
        snprintf(given, sizeof given, "%.4f", g);
    else
        snprintf(given, sizeof given, "- (A never attacks)");
    fprintf(out, "%s: P(attack) %.4f, P(defend|attack) %s, P defends if attacked %.4f, "
                 "P(nuclear use) %.4f, P(T conquered) %.4f\n", title, s->p_attack, given,
            s->p_defend_if_attacked, s->p_nuclear_use, s->p_conquered);
}

/* v for a 4-decimal column: what rounds to zero prints as 0.0000, never
 * -0.0000 (a payoff of -1e-17 is zero, not a loss). */
static double four_places(double v)
{
    return fabs(v) < 0.00005 ? 0.0 : v;
}

static void signal_text(FILE *out, const yk_crisis_inputs *in,
                        const yk_crisis_signal_result *r)
{
    static const char *const profile_name[4] = {
        "pooling on no signal", "separating (resolute signals)",
        "separating (hesitant signals)", "pooling on the signal"};
    int i;
    fprintf(out, "signalling stage (cost %g, tie %g):\n", yk_crisis_inputs_get(in, "signal_cost"),
            yk_crisis_inputs_get(in, "signal_tie"));
    for (i = 0; i < 4; i++)
        fprintf(out, "  %-30s %s; payoffs resolute %.4f, hesitant %.4f\n", profile_name[i],
                r->is_pbe[i] ? "PBE    " : "not PBE", four_places(r->payoff[i][0]),
                four_places(r->payoff[i][1]));
    if (r->chosen >= 0) {
        fprintf(out, "chosen: %s\n", profile_name[r->chosen]);
        print_solution(out, "  after no signal", &r->after[0]);
        print_solution(out, "  after the signal", &r->after[1]);
    } else {
        fprintf(out, "no pure signalling profile is a PBE\n");
    }
}

static void study_text(FILE *out, const yk_crisis_study *st, const yk_run_meta *m)
{
    fprintf(out, "yokushi %s | crisis %s | %s | sha256 %.16s... | at the parameters' means\n",
            yk_version(), yk_crisis_study_crisis(st), m->scenario, m->sha256);
    if (yk_crisis_study_qre(st)) {
        char title[64];
        snprintf(title, sizeof title, "logit QRE, lambda %g", yk_crisis_study_lambda(st));
        print_solution(out, title, yk_crisis_study_qre(st));
        if (!yk_crisis_study_qre_converged(st))
            fprintf(out, "  (the iteration did not converge to 1e-12: the numbers are its "
                         "last step)\n");
    }
    if (yk_crisis_study_signal(st))
        signal_text(out, yk_crisis_study_inputs(st), yk_crisis_study_signal(st));
}

static void study_members(yk_json *j, const void *data)
{
    yk_report_crisis_study_json(j, data);
}

void yk_report_crisis_study(FILE *out, yk_format fmt, const yk_crisis_study *st,
                            const yk_run_meta *meta)
{
    if (fmt == YK_FORMAT_JSON) {
        yk_report_json_document(out, meta, study_members, st);
    } else if (fmt == YK_FORMAT_TEXT) {
        study_text(out, st, meta);
    }
}
