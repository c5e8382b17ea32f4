/*
 * crisis_study_report.c - the JSON of the crisis command's studies at the
 * means: the logit QRE (`--lambda`, results.crisis_qre) and the
 * signalling stage (`--signal`, results.crisis_signal), documented in
 * docs/CLI.md. Numbers at the means are point values, not estimates, so
 * they are plain numbers rather than {mean, lo, hi}.
 */
#include "yokushi/report_crisis.h"

/* Profile keys in yk_crisis_signal_result index order (bit 0: the
 * resolute type signals, bit 1: the hesitant one). */
static const char *const profile_key[4] = {
    "pooling_no_signal", "separating_resolute_signals",
    "separating_hesitant_signals", "pooling_signal"};

static void outcome_numbers(yk_json *j, const yk_crisis_solution *s)
{
    yk_json_number(j, "p_attack", s->p_attack);
    yk_json_number(j, "p_defend_given_attack", s->p_defend_given_attack);
    yk_json_number(j, "p_threat_given_attack", s->p_threat_given_attack);
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
    yk_json_number(j, "signal_cost", in->c[YK_KC_SIGNAL_COST]);
    yk_json_number(j, "signal_tie", in->c[YK_KC_SIGNAL_TIE]);
    yk_json_number(j, "prior", in->kappa);
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
