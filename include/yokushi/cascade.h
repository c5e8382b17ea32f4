/*
 * cascade.h - the cascade engine: umbrella credibility and proliferation
 * dynamics, year by year, by Monte Carlo (MODEL.md section 6; every
 * equation as implemented is in docs/MODEL.md "cascade").
 *
 * State per replicate and year: each alliance's credibility kappa, each
 * non-nuclear state's stage (none, hedging, programme, nuclear), the
 * political value of nuclear weapons V. A run draws the world's
 * parameters and the engine's coefficients per replicate, steps the
 * years, and streams statistics: per state P(nuclear by year), kappa per
 * alliance, the expected number of nuclear states, NPT health, the
 * patrons' burden and each new arsenal's knock-on on its rivals.
 * Replicates run in fixed blocks merged in block order (the Monte Carlo
 * driver, mc.h), so any thread count gives the identical bits; memory
 * does not grow with replicates.
 *
 * Ownership: yk_cascade_run gives the caller a yk_cascade_result, opaque,
 * freed with yk_cascade_result_free (never free()). The world it reports
 * (yk_cascade_world, the first year's, resolved from the scenario)
 * belongs to the result and lives until it is freed; free the result
 * before the scenario. Options are read during the call only.
 */
#ifndef YOKUSHI_CASCADE_H
#define YOKUSHI_CASCADE_H

#include "export.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "scenario.h"
#include "world.h"

YK_BEGIN_DECLS

/* ---- coefficients -------------------------------------------------------- */

/* Every coefficient of the engine, by index (yk_cascade_coef_get). The
 * table behind yk_cascade_coef_specs gives name, range, default, unit and
 * source; a scenario overrides any of them by name under
 * `coefficients: {cascade: {NAME: value or distribution}}`. */
typedef enum yk_cascade_coef_id {
    /* credibility target and its motion */
    YK_CC_KAPPA_BASE = 0,
    YK_CC_KAPPA_COMMITMENT,
    YK_CC_KAPPA_FORWARD,
    YK_CC_KAPPA_CONSULTATION,
    YK_CC_KAPPA_SHARING,
    YK_CC_KAPPA_GROWTH,
    YK_CC_KAPPA_THEATRE,
    YK_CC_KAPPA_RATE,
    YK_CC_KAPPA_ANCHOR,
    /* policy shocks (signed magnitudes) and the network */
    YK_CC_SHOCK_ABANDONMENT,
    YK_CC_SHOCK_AID_HALT,
    YK_CC_SHOCK_NEGLECT,
    YK_CC_SHOCK_REASSURANCE,
    YK_CC_SHOCK_PERSISTENCE,
    YK_CC_SIMILARITY_FLOOR,
    YK_CC_SIMILARITY_REGION,
    YK_CC_SIMILARITY_ADVERSARY,
    YK_CC_SIMILARITY_KIND,
    /* threat */
    YK_CC_THREAT_HOSTILITY,
    YK_CC_ARSENAL_REF,
    YK_CC_NEW_ARSENAL,
    /* proliferation hazard (logit scale) */
    YK_CC_HAZARD_BASE,
    YK_CC_HAZARD_HEDGE,
    YK_CC_HAZARD_THREAT,
    YK_CC_HAZARD_UMBRELLA,
    YK_CC_HAZARD_SUPPORT,
    YK_CC_HAZARD_LATENCY,
    YK_CC_HAZARD_VALUE,
    YK_CC_HAZARD_NPT,
    YK_CC_HAZARD_OPPOSITION,
    YK_CC_HAZARD_ENCOURAGEMENT,
    YK_CC_HAZARD_SHARING,
    YK_CC_LATENCY_REF,
    /* the political value of nuclear weapons */
    YK_CC_VALUE_START,
    YK_CC_VALUE_RATE,
    YK_CC_VALUE_NEW_STATE,
    YK_CC_DEVALUATION_VALUE,
    YK_CC_DEVALUATION_KAPPA,
    /* outputs */
    YK_CC_BURDEN_SELF_SHARE,
    YK_CC_NPT_HEDGING,
    YK_CC_NPT_PROGRAMME,
    /* the programme stage: acquisition and reversal (yearly, logit) */
    YK_CC_ACQUIRE_BASE,
    YK_CC_ACQUIRE_PRESSURE,
    YK_CC_REVERSAL_BASE,
    YK_CC_REVERSAL_PRESSURE,
    /* counter-proliferation */
    YK_CC_HAZARD_SANCTIONS,
    YK_CC_STRIKE_SETBACK,
    YK_CC_STRIKE_DELAY,
    YK_CC_STRIKE_RESOLVE,
    YK_CC_CONSTRAINT_ROLLBACK,
    YK_CC_CONSTRAINT_BREAKOUT,
    /* the domino among allies */
    YK_CC_DEMO_PROGRAMME,
    YK_CC_DEMO_NUCLEAR,
    YK_CC_DEMO_OUTSIDER,
    YK_CC_SHOCK_TOLERANCE,
    /* counter-proliferation as options of rivals and patrons */
    YK_CC_STRIKE_OPTION,
    YK_CC_SANCTION_OPTION,
    YK_CC_COUNT
} yk_cascade_coef_id;

/* The table (yk_coefficient_spec, scenario.h), YK_CC_COUNT rows in
 * yk_cascade_coef_id order; pass it in yk_load_options.coefficients so
 * the loader checks a scenario's overrides. */
const yk_coefficient_spec *yk_cascade_coef_specs(void);
/* The index of a coefficient by name, or -1. */
int yk_cascade_coef_find(const char *name);

/* One replicate's coefficients: opaque, so that adding a coefficient
 * changes no caller's struct layout. The caller owns one from
 * yk_cascade_coef_new and frees it with yk_cascade_coef_free. */
typedef struct yk_cascade_coef yk_cascade_coef;

/* A set with every coefficient at its default; NULL when out of memory. */
yk_cascade_coef *yk_cascade_coef_new(void);
void yk_cascade_coef_free(yk_cascade_coef *c);
/* Every coefficient at its default. */
void yk_cascade_coef_default(yk_cascade_coef *c);
/* Coefficient id's value; set does not check the spec's range. */
double yk_cascade_coef_get(const yk_cascade_coef *c, yk_cascade_coef_id id);
void yk_cascade_coef_set(yk_cascade_coef *c, yk_cascade_coef_id id, double value);

/* ---- the pieces, callable alone (and checked by hand in the tests) ------ */

/* What the credibility target of one alliance depends on. */
typedef struct yk_cascade_alliance_in {
    double commitment, forward_forces, consultation; /* 0..1 */
    bool sharing;       /* kind nuclear_sharing or weapons stationed */
    double growth;      /* adversaries' arsenal growth (see docs) */
    double theatre_gap; /* adversaries' theatre superiority */
    double offset;      /* lasting shift from past policy shocks */
    double anchor;      /* the credibility the world's data give */
} yk_cascade_alliance_in;

/* kappa* = clamp(a anchor + (1 - a) (base + commitment*c + forward*f +
 * consultation*q + sharing*s) - growth*g - theatre*t + offset, 0, 1),
 * a = kappa_anchor: how far the data's judgement holds against the
 * structural drivers. */
double yk_cascade_kappa_target(const yk_cascade_coef *c,
                               const yk_cascade_alliance_in *in);
/* One year's motion toward the target: kappa + rate (target - kappa). */
double yk_cascade_kappa_step(const yk_cascade_coef *c, double kappa,
                             double target);

/* g(W) = ln(1 + W) / ln(1 + arsenal_ref): the weight of an arsenal of W
 * warheads in a threat (1 at the reference size). */
double yk_cascade_arsenal_weight(const yk_cascade_coef *c, double warheads);

/* What a non-nuclear state's hazard depends on. */
typedef struct yk_cascade_hazard_in {
    double threat;      /* sum over rivals of intensity (hostility + g(W)) */
    bool has_umbrella;
    double kappa;       /* its strongest umbrella's credibility */
    double support;     /* public support for own weapons, 0..1 */
    double breakout_months;
    double value;       /* V, the political value of nuclear weapons */
    bool npt_party;     /* a non-nuclear-weapon state party to the NPT */
    double opposition;  /* the opposing patron's commitment, 0..1 */
    bool encouraged;    /* a patron encourages it (selective proliferation) */
    bool sharing;       /* it takes part in nuclear sharing */
    double demonstration; /* logit gained from similar states' programmes
                             and arsenals (the domino) */
    bool sanctioned;    /* under counter-proliferation sanctions */
    bool struck;        /* its sites were struck (resolve hardens) */
} yk_cascade_hazard_in;

/* The logit z of the yearly hazard of moving from hedging to a programme
 * (docs/MODEL.md); none -> hedging uses z + hazard_hedge. */
double yk_cascade_hazard_logit(const yk_cascade_coef *c,
                               const yk_cascade_hazard_in *in);
/* What a state in a programme faces each year: counter-proliferation
 * pressure P = opposition (its patron's commitment, 0..1) + [sanctioned]
 * + [under a negotiated constraint]. Once the technical delay is over the
 * programme yields weapons with probability logistic(acquire_base -
 * acquire_pressure P); it is abandoned (back to hedging) with
 * probability logistic(reversal_base + reversal_pressure P). */
double yk_cascade_acquire_prob(const yk_cascade_coef *c, double pressure);
double yk_cascade_reversal_prob(const yk_cascade_coef *c, double pressure);

/* 1 / (1 + exp(-z)). */
double yk_cascade_logistic(double z);

/* The devaluation shock: V and every kappa fall by fixed shares. */
void yk_cascade_devaluation(const yk_cascade_coef *c, double *value,
                            double *kappa, size_t n_alliances);

/* ---- runs ------------------------------------------------------------------ */

/* The stages (world.h's yk_stage). */
typedef yk_stage yk_cascade_stage;

/* Called between batches of replicates with how many are done. */
typedef void (*yk_cascade_progress_fn)(void *ctx, int64_t done, int64_t total);

typedef struct yk_cascade_options {
    int year_from, year_to;      /* inclusive; 0, 0: the scenario's run.years */
    int64_t replicates;          /* 0: the scenario's run.replicates */
    uint64_t seed;
    int threads;                 /* 0: OpenMP's default; never changes results */
    const volatile int *stop;    /* polled between blocks; may be NULL */
    yk_cascade_progress_fn progress;
    void *progress_ctx;
    /* A crisis result fed in: in devaluation_year a nuclear-armed ally is
     * conquered while restrained with this probability (0: never). */
    int devaluation_year;
    double devaluation_probability;
    /* Judgement vs chance: 0 draws every replicate's parameters afresh;
     * K > 0 makes K parameter draws (outer) of replicates / K replicates
     * each (inner, the dynamics' chance), at most 2000. */
    int64_t outer;
} yk_cascade_options;

typedef struct yk_cascade_result yk_cascade_result;

/* Runs the engine on s's world with s's coefficient overrides. */
yk_status yk_cascade_run(const yk_scenario *s, const yk_cascade_options *o,
                         yk_cascade_result **out, yk_error *err);
void yk_cascade_result_free(yk_cascade_result *r);

/* A mean with its 95% interval: a Wilson interval for probabilities,
 * the normal interval of the mean for expectations (kept within the
 * smallest and largest replicate), and for credibility
 * the band holding the middle 95% of replicates. */
typedef struct yk_cascade_estimate {
    double mean, lo, hi;
} yk_cascade_estimate;

int64_t yk_cascade_replicates(const yk_cascade_result *r);
int yk_cascade_year_from(const yk_cascade_result *r);
int yk_cascade_year_count(const yk_cascade_result *r);
const yk_world *yk_cascade_world(const yk_cascade_result *r);

/* Year index y in 0..year_count-1. */
yk_cascade_estimate yk_cascade_p_nuclear(const yk_cascade_result *r,
                                         size_t state, int y);
yk_cascade_estimate yk_cascade_credibility(const yk_cascade_result *r,
                                           size_t alliance, int y);
yk_cascade_estimate yk_cascade_expected_nuclear(const yk_cascade_result *r,
                                                int y);
yk_cascade_estimate yk_cascade_npt_health(const yk_cascade_result *r, int y);
yk_cascade_estimate yk_cascade_value(const yk_cascade_result *r, int y);
/* Knock-on of state s: the threat its new arsenal adds to its rivals,
 * sum over rivals of intensity x g(W), 0 while it is not nuclear. */
yk_cascade_estimate yk_cascade_knock_on(const yk_cascade_result *r,
                                        size_t state, int y);

/* Patrons: states that are the patron of at least one alliance. */
size_t yk_cascade_patron_count(const yk_cascade_result *r);
size_t yk_cascade_patron(const yk_cascade_result *r, size_t k);
/* Burden of patron k: sum over its alliances of commitment x the ally's
 * threat, before (after = false) or after the allies' own arsenals take
 * their share. */
yk_cascade_estimate yk_cascade_burden(const yk_cascade_result *r, size_t k,
                                      int y, bool after);
/* P(state at stage `stage` or beyond in year index y): hedging and
 * programme count the stage held that year (a programme abandoned is no
 * longer one); YK_STAGE_NUCLEAR is yk_cascade_p_nuclear (has had weapons).
 * Wilson intervals. */
yk_cascade_estimate yk_cascade_p_stage(const yk_cascade_result *r, size_t state,
                                       int y, yk_cascade_stage stage);
/* Expected programmes started and states going nuclear in year index y
 * (normal interval of the mean). */
yk_cascade_estimate yk_cascade_new_programmes(const yk_cascade_result *r, int y);
yk_cascade_estimate yk_cascade_new_nuclear(const yk_cascade_result *r, int y);
/* P(state i nuclear-armed by the last year | state p is), Wilson over the
 * replicates where p is; mean -1 when p never is. */
yk_cascade_estimate yk_cascade_p_nuclear_given(const yk_cascade_result *r,
                                               size_t p, size_t i);
/* With outer draws (yk_cascade_options.outer): their number, and for
 * P(nuclear-armed by year) the mean over draws of each draw's share with
 * the band holding the middle 95% of draws (judgement); 0 and the plain
 * estimate without them. */
size_t yk_cascade_outer_count(const yk_cascade_result *r);
yk_cascade_estimate yk_cascade_p_nuclear_band(const yk_cascade_result *r,
                                              size_t state, int y);
/* A warning about the run in words (its first year precedes the year of
 * the world's data), or NULL. */
const char *yk_cascade_warning(const yk_cascade_result *r);

/* ---- one row per replicate (`--draws`) ------------------------------------- */

/* What replicate `replicate` drew and did, for the draws file: arrays by
 * state index (the result's world) and by drawn coefficient. */
typedef struct yk_cascade_draw_view {
    uint64_t replicate;
    const int *start;       /* [state] stage in the first year (yk_stage) */
    const int *stage;       /* [state] stage at the end */
    const int *reached;     /* [3 * state + s - 1]: the year the state first
                               reached stage s (1 hedging .. 3 nuclear) in
                               the run, 0 if it did not, -1 if it held
                               it from the first year */
    const double *breakout; /* [state] breakout months drawn (before strikes) */
    const double *coef;     /* [k] the k-th drawn coefficient's value */
} yk_cascade_draw_view;

typedef yk_status (*yk_cascade_draw_fn)(void *ud, const yk_cascade_draw_view *v);

/* The coefficients the scenario overrides (drawn per parameter draw):
 * their number and names, in the order of yk_cascade_draw_view.coef. */
size_t yk_cascade_draw_coef_count(const yk_cascade_result *r);
const char *yk_cascade_draw_coef_name(const yk_cascade_result *r, size_t k);
/* Replays every replicate of the run in order (the same draws, so the
 * rows are the run's) and calls fn for each; stops at fn's first error. */
yk_status yk_cascade_each_draw(const yk_cascade_result *r, yk_cascade_draw_fn fn,
                               void *ud, yk_error *err);

/* Whether state s was nuclear-armed in the first year (its P is 1). */
bool yk_cascade_initially_nuclear(const yk_cascade_result *r, size_t s);

YK_END_DECLS

#endif
