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
/* The four measures of one variant as members "p_attack",
 * "p_defend_given_attack", "p_nuclear_use", "p_target_conquered" of an
 * open object, each {"mean", "lo", "hi"}. */
void yk_report_crisis_numbers_json(yk_json *j, const yk_crisis_numbers *n);

/* A sweep (yk_crisis_sweep). Text: the points' means and the crossing
 * points; CSV: "input,value,p_attack,p_defend_given_attack,
 * p_nuclear_use,p_target_conquered"; JSON: the envelope and
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
