/*
 * report_crisis.h - crisis results as a text table, JSON or CSV (the
 * JSON members are documented in docs/CLI.md "crisis" and stable).
 */
#ifndef YOKUSHI_REPORT_CRISIS_H
#define YOKUSHI_REPORT_CRISIS_H

#include "export.h"
#include <stdio.h>

#include "crisis.h"
#include "report.h"

YK_BEGIN_DECLS

/* Text: one table row per crisis with and without T's bomb, then the why
 * lines. CSV: "crisis,variant,measure,mean,lo,hi", variant "with_bomb"
 * (as the world has it) or "without_bomb". */
yk_status yk_report_crisis(FILE *out, yk_format fmt, const yk_crisis_result *r,
                           const yk_run_meta *meta);

/* JSON: the member "crisis" (an array, one object per crisis) of an open
 * "results" object. */
void yk_report_crisis_json(yk_json *j, const yk_crisis_result *r);
/* The measures of a run, in the reports' order (yk_crisis_numbers says
 * what each is): p_attack, p_defend_given_attack (the conditional over
 * draws), p_defend_if_attacked (P's policy over all draws),
 * p_nuclear_use, p_target_conquered. Measure i's key, its estimate in
 * *e; NULL past the end. */
#define YK_REPORT_CRISIS_MEASURES 5
const char *yk_report_crisis_measure(const yk_crisis_numbers *n, int i,
                                     yk_crisis_estimate *e);

/* The measures of one variant as members of an open object, each
 * {"mean", "lo", "hi"}; p_defend_given_attack is null when no draw
 * attacks, with the member "p_defend_given_attack_null" saying why; and
 * "attacking_draws". */
void yk_report_crisis_numbers_json(yk_json *j, const yk_crisis_numbers *n);

/* The draws of a crisis run (yk_crisis_each_draw with s and o) as CSV:
 * "scenario,scenario_sha256,seed,yokushi,crisis,replicate," then
 * yk_crisis_draw_column's names; one row per draw, an empty field for an
 * undefined value. YK_E_IO when a write failed. */
yk_status yk_report_crisis_draws(FILE *out, const yk_scenario *s, const yk_crisis_options *o,
                                 const yk_run_meta *meta, yk_error *err);

/* A sweep (yk_crisis_sweep). Text: the points' means and the crossing
 * points; CSV: "input,value," then the measures' keys (an empty field for
 * an undefined conditional); JSON: the envelope and
 * results.crisis_vary. */
void yk_report_crisis_sweep(FILE *out, yk_format fmt,
                            const yk_crisis_sweep_result *r,
                            const yk_run_meta *meta);
/* The member "crisis_vary" of an open "results" object. */
void yk_report_crisis_sweep_json(yk_json *j, const yk_crisis_sweep_result *r);

/* The studies at the means, each a member of an open "results" object:
 * "crisis_qre" (the logit QRE at lambda; converged false when the
 * iteration stopped short) and "crisis_signal" (the signalling stage).
 * threat: whether P may threaten (yk_crisis_model.threat; the signal
 * does not change it); without it the threat members are null. */
void yk_report_crisis_qre_json(yk_json *j, const char *crisis, double lambda,
                               bool converged, bool threat,
                               const yk_crisis_solution *q);
void yk_report_crisis_signal_json(yk_json *j, const char *crisis,
                                  const yk_crisis_inputs *in, bool threat,
                                  const yk_crisis_signal_result *r);

/* A study (yk_crisis_study_run): text, or JSON with the envelope and the
 * members above; a study has no CSV form (nothing is written). */
void yk_report_crisis_study(FILE *out, yk_format fmt,
                            const yk_crisis_study *st,
                            const yk_run_meta *meta);
/* "crisis_qre" and/or "crisis_signal" into an open "results" object. */
void yk_report_crisis_study_json(yk_json *j, const yk_crisis_study *st);

YK_END_DECLS

#endif
