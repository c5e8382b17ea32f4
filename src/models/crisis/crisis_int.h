/*
 * crisis_int.h - what the crisis engine's files share: the terminal
 * outcomes of the game and the values of its subtrees under a profile.
 * The solver, the QRE, the explanations and the Gambit export all price
 * the tree with these functions, so they cannot disagree.
 */
#ifndef YK_CRISIS_INT_H
#define YK_CRISIS_INT_H

#include "models/crisis/terminal.h"
#include "yokushi/crisis.h"
#include "yokushi/exchange.h"
#include "yokushi/stats.h"
#include "yokushi/theatre.h"

/* The inputs of one draw (opaque in crisis.h). */
struct yk_crisis_inputs {
    double kappa;            /* P resolute: credibility of the P-T alliance */
    double stake_a, stake_t, stake_p;
    double power_a, power_t, power_p;   /* conventional power, USD bn/yr */
    bool p_distant;                     /* P's region differs from T's */
    double resolve_a;                   /* 0..1 */
    /* Deliverable warheads: launchers x warheads x reliability over the
     * forces in service; 0 for a non-nuclear state. */
    double warheads_a, warheads_t, warheads_p;
    /* T's warhead-weighted survivability (alert share counts as
     * survivable): how far it can use its arsenal without P. */
    double independence;
    /* The P-T alliance (all 0 without one). */
    double commitment, forward_forces, consultation;
    bool sharing;                       /* kind nuclear_sharing or stationed */
    bool umbrella;                      /* kind umbrella or nuclear_sharing */
    /* Sum over P's other allies j of value(j) x similarity(j, T) x
     * kappa(j) x sensitivity(j) (alliances.h): the devaluation cost of
     * a unit shock. */
    double network;
    /* The theatre balance (theatre.h) of the crisis's theatre; when the
     * world has no data for it (has_theatre false) global spending
     * (power_*) stands in, discounted by projection for a distant P: the
     * documented fallback of docs/MODEL.md section 9. */
    bool has_theatre;
    yk_theatre_values theatre;
    /* The escalation risk from the ladder engine (wiring.c; docs/MODEL.md
     * section 9, "the aggressor's escalation threat"): when `ladder`, the
     * ladder's continuation after P defends for this dyad and theatre at
     * the means (P(nuclear use), P(A prevails), D's expected cost); else
     * (false) the coefficients as before. */
    bool ladder;
    double ladder_p_nuclear, ladder_p_prevail_a, ladder_cost_d;
    /* Nuclear damage from the exchange engine (wiring.c): when `exchange`,
     * reach_X_on_Y is the share of X's deliverable warheads (warheads_X)
     * that the exchange engine has arriving on Y after Y strikes first
     * (survival, range, defence, decapitation), at the means; the damage
     * is d(reach x warheads_X). Else (false) the warhead counts alone. */
    bool exchange;
    double reach_p_on_a, reach_t_on_a, reach_a_on_t, reach_a_on_p;
    double c[YK_KC_COUNT];
};

/* ---- the doors to the ladder and exchange engines (wiring.c) ------------ */

#define YK_CR_SOURCE_LEN 160

/* The exchange capabilities one crisis's set-up reads, each pair computed
 * once (they are the costliest part of the set-up): the ladder's strategic
 * rungs read P->A, T->A and A->P, the damage P->A, T->A, A->T and A->P.
 * Both read the exchange's coefficients at the scenario's means (the
 * defaults and its `coefficients: {exchange: ...}`), as the ladder and
 * exchange engines themselves do. The sampler keeps it for the ladder's
 * re-solves (--vary a stake). */
#define YK_CR_XCAP_MAX 6 /* the ordered pairs of A, T and P */
typedef struct yk_cr_xcache {
    double coef[YK_XC_COUNT];    /* the exchange's, at the scenario's means */
    struct {
        const yk_state *from, *on;
        yk_exchange_capability cap;
    } at[YK_CR_XCAP_MAX];
    int n;
} yk_cr_xcache;

void yk_cr_xcache_init(yk_cr_xcache *x, const yk_scenario *s);

/* The ladder's continuation after P defends, for crisis `crisis` of s at
 * the means, with the stakes in (stake_a, stake_p) into in->ladder_*;
 * in->ladder false and `why` saying so when it cannot be built (no
 * nuclear side, a malformed ladder). YK_E_NOMEM only. */
yk_status yk_cr_wire_ladder(const yk_scenario *s, size_t crisis, yk_cr_xcache *x,
                            yk_crisis_inputs *in, char why[YK_CR_SOURCE_LEN], yk_error *err);
/* The exchange engine's delivered share for each nuclear pair of the
 * crisis at the means into in->reach_*; in->exchange false and `why`
 * saying so when it cannot be computed. YK_E_NOMEM only. */
yk_status yk_cr_wire_exchange(const yk_scenario *s, size_t crisis, yk_cr_xcache *x,
                              yk_crisis_inputs *in, char why[YK_CR_SOURCE_LEN], yk_error *err);
/* Delivered warheads of X on Y in a draw: reach x warheads with the
 * exchange, else the warheads. */
double yk_cr_delivered(const yk_crisis_inputs *in, double warheads, double reach);
/* The sampler's sources, worded for the report. */
const char *yk_cr_sampler_escalation_source(const yk_crisis_sampler *sm);
const char *yk_cr_sampler_damage_source(const yk_crisis_sampler *sm);

/* Every coefficient at its default into c[0..YK_KC_COUNT-1] (the sampler
 * applies a scenario's overrides). Internal: an array sized by the
 * caller's YK_KC_COUNT is an ABI hazard; callers outside use
 * yk_crisis_inputs_new or yk_crisis_coef_specs. */
void yk_crisis_coef_defaults(double c[YK_KC_COUNT]);

/* The PBE's tolerance for "at least as good": rounding must not break
 * ties that the tree writes exactly. */
#define CR_TIE 1e-12

/* Subtree values under profile s: */
/* T's choice after a failed restraint or a permit. */
yk_crisis_value yk_cr_value_unrestrained(const yk_crisis_model *m,
                                      const yk_crisis_profile *s,
                                      yk_crisis_mode mode, int type);
/* P's restrain decision when T is losing (branches for explanations). */
yk_crisis_value yk_cr_value_restrain(const yk_crisis_model *m,
                                  const yk_crisis_profile *s,
                                  yk_crisis_mode mode, int type);
yk_crisis_value yk_cr_value_losing(const yk_crisis_model *m,
                                const yk_crisis_profile *s,
                                yk_crisis_mode mode, int type);
/* The conventional war (T holds or is losing). */
yk_crisis_value yk_cr_value_war(const yk_crisis_model *m,
                             const yk_crisis_profile *s, yk_crisis_mode mode,
                             int type);
/* A fights on after defend/threat: escalation, else the war. */
yk_crisis_value yk_cr_value_fight(const yk_crisis_model *m,
                               const yk_crisis_profile *s,
                               yk_crisis_mode mode, int type);
/* One type's path after an attack, mixing its responses. */
yk_crisis_value yk_cr_value_type(const yk_crisis_model *m,
                              const yk_crisis_profile *s, int type);
/* A's belief that P is resolute after P's response `mode`: Bayes' rule
 * where the response has positive probability, else the prior. */
double yk_cr_belief(const yk_crisis_model *m, const yk_crisis_profile *s,
                 yk_crisis_mode mode);
/* The outcome numbers of a profile (p_attack ... p_conquered). */
void yk_cr_summarise(const yk_crisis_model *m, yk_crisis_solution *out);
/* The same from out->typed, already set to yk_cr_value_type of each type. */
void yk_cr_summarise_typed(const yk_crisis_model *m, yk_crisis_solution *out);

/* The PBE solver's subtree values (table.c): everything below A's reply
 * after defend or threat, priced once per model. */
typedef struct cr_table {
    /* yk_cr_value_fight by type and mode ([.][ABANDON] unused) */
    yk_crisis_value fight[2][YK_MODE_COUNT];
    /* yk_crisis_value_of_response by type and response, when A backs
     * down [0] or fights on [1] (abandon: the same); P's payoff of each */
    yk_crisis_value resp[2][3][2];
    double resp_p[2][3][2];
} cr_table;

/* Decides T's use and P's restraint in s (at the leaves, as pbe.c did
 * node by node) and prices the rest of the tree under them. */
void yk_cr_table_init(cr_table *tb, const yk_crisis_model *m,
                   yk_crisis_profile *s);
/* yk_crisis_value_of_response(m, s, type, r) for a pure reply of A in s
 * (s's use and restraint as yk_cr_table_init set them), and its P payoff;
 * inline, as the solver asks for them in its innermost loops. */
static inline int cr_table_fights(const yk_crisis_profile *s, int r)
{
    return r != YK_RESP_ABANDON && s->fight[r] > 0.5; /* 0 or 1 in the PBE */
}

static inline const yk_crisis_value *
cr_table_response(const cr_table *tb, const yk_crisis_profile *s, int type, int r)
{
    return &tb->resp[type][r][cr_table_fights(s, r)];
}

static inline double cr_table_response_p(const cr_table *tb,
                                         const yk_crisis_profile *s, int type,
                                         int r)
{
    return tb->resp_p[type][r][cr_table_fights(s, r)];
}

/* The number of P's responses: 3 with a nuclear threat, else 2. */
int yk_cr_responses(const yk_crisis_model *m);

/* The options a run uses: o's, or (o NULL) the scenario's seed; 0
 * replicates mean the scenario's run.replicates. As yk_cascade_run
 * treats its options. */
void yk_cr_options_resolve(const yk_scenario *s, const yk_crisis_options *o,
                           yk_crisis_options *out);

/* ---- margins (margins.c) ------------------------------------------------- */

/* The decisions whose margins a solution reports, in this order. */
enum {
    YK_CR_DEC_ATTACK = 0,         /* A: attack or the status quo */
    YK_CR_DEC_RESPOND_RESOLUTE,   /* P resolute: abandon, defend, threat */
    YK_CR_DEC_RESPOND_HESITANT,   /* P hesitant */
    YK_CR_DEC_REPLY_DEFEND,       /* A after defend: fight on or back down */
    YK_CR_DEC_REPLY_THREAT,       /* A after threat (NaN without a threat) */
    YK_CR_DECISIONS
};

extern const char *const yk_cr_decision_name[YK_CR_DECISIONS];
/* The action taken at decision d (a response index, or 1 for attack /
 * fight on), for comparing two solutions. */
int yk_cr_decision_chosen(const yk_crisis_solution *s, int d);

/* Each decision's margin: the decider's payoff of the action taken minus
 * the best other's (>= 0 in a pure PBE; within CR_TIE a tie). */
void yk_cr_margins(const yk_crisis_model *m, const yk_crisis_solution *s,
                   double margin[YK_CR_DECISIONS]);
bool yk_cr_is_tie(double margin);
/* Whether every decision that differs between solutions a and b is a tie
 * on one side or the other: a change by the tie-break rule alone. */
bool yk_cr_tie_break_only(const yk_crisis_model *ma, const yk_crisis_solution *a,
                          const yk_crisis_model *mb, const yk_crisis_solution *b);

/* A decision's signed margin across draws (spread.c): a histogram of
 * fixed bins, CR_SPREAD_SIDE a side around a bin of ties. */
#define CR_SPREAD_PER_OCTAVE 8
#define CR_SPREAD_SIDE (54 * CR_SPREAD_PER_OCTAVE) /* 2^-40 .. 2^14 */
#define CR_SPREAD_BINS (2 * CR_SPREAD_SIDE + 1)

typedef struct yk_cr_spread {
    int64_t n[CR_SPREAD_BINS];
} yk_cr_spread;

void yk_cr_spread_add(yk_cr_spread *h, double signed_margin); /* NaN: skipped */
void yk_cr_spread_merge(yk_cr_spread *into, const yk_cr_spread *from);
/* The q-quantile (0 < q <= 1) to within its bin; NaN when empty. */
double yk_cr_spread_quantile(const yk_cr_spread *h, double q);

/* ---- estimators (estimate.c) ------------------------------------------- */

/* A compensated (Neumaier) sum. */
typedef struct yk_cr_sum {
    double s, c;
} yk_cr_sum;

void yk_cr_sum_add(yk_cr_sum *s, double x);

/* A mean over draws, and (while every draw gave exactly 0 or 1) the
 * count of ones for a Wilson interval. */
typedef struct yk_cr_measure {
    yk_cr_sum sum;
    yk_moments mom;
    yk_proportion prop;
    uint64_t fractional;
} yk_cr_measure;

void yk_cr_measure_init(yk_cr_measure *m);
void yk_cr_measure_add(yk_cr_measure *m, double x);
void yk_cr_measure_merge(yk_cr_measure *into, const yk_cr_measure *from);
yk_crisis_estimate yk_cr_measure_estimate(const yk_cr_measure *m);

/* A conditional over draws: sum(w v) / sum(w), each draw weighted by w
 * (the probability of the condition in that draw, e.g. of an attack). */
typedef struct yk_cr_ratio {
    yk_cr_sum x, y;          /* sum(w), sum(w v) */
    double xx, xy, yy;       /* for the delta method's variance */
    int64_t n, nx;           /* draws; draws with w > 0 */
    yk_proportion prop;      /* v among draws with w = 1, while all 0/1 */
    uint64_t fractional;     /* draws with w or v not 0 or 1 */
} yk_cr_ratio;

void yk_cr_ratio_init(yk_cr_ratio *r);
void yk_cr_ratio_add(yk_cr_ratio *r, double w, double v);
void yk_cr_ratio_merge(yk_cr_ratio *into, const yk_cr_ratio *from);
/* NaN mean and interval when no draw had w > 0. */
yk_crisis_estimate yk_cr_ratio_estimate(const yk_cr_ratio *r);

/* ---- a run's result (crisis.h: opaque to callers) ---------------------- */

#define YK_CRISIS_WHY_MAX 8 /* why lines kept per crisis */

struct yk_crisis_outcome {
    const char *name;                 /* the crisis's name (the world's) */
    const char *aggressor, *target, *patron, *theatre;
    bool target_nuclear;
    yk_crisis_numbers with_bomb;      /* as the world has it */
    yk_crisis_numbers without_bomb;   /* T non-nuclear */
    int64_t replicates;
    int64_t no_pure;                  /* draws without a pure PBE */
    int64_t flips[YK_CR_DECISIONS];   /* draws calling a decision otherwise
                                         than the equilibrium at the means */
    int64_t other;                    /* draws differing at any decision */
    double margin_q[YK_CR_DECISIONS][3]; /* 5%, 50%, 95% of the signed margin */
    int n_why;
    char why[YK_CRISIS_WHY_MAX][YK_CRISIS_WHY_LEN]; /* at the means */
    char escalation_source[YK_CR_SOURCE_LEN], damage_source[YK_CR_SOURCE_LEN];
    /* At the means: rho by stance, the ladder's continuation (NaN without
     * it), each nuclear damage (x damage weight). */
    double rho[2], ladder_p_nuclear, ladder_p_prevail_a, ladder_cost_d;
    double dmg_a_by_p, dmg_a_by_t, dmg_t_by_a, dmg_p_by_a;
    yk_crisis_inputs mean;            /* the sampler's inputs at the means */
};

struct yk_crisis_result {
    yk_crisis_outcome *at;  /* n of them */
    size_t n;
    int64_t replicates;
};

/* Progress of part k of n equal parts of a run (crises, sweep points),
 * reported as progress of the whole: part is o with its progress call
 * wrapped through span (which must outlive the part's run). */
typedef struct yk_cr_span {
    yk_progress_fn fn;
    void *ud;
    int64_t offset, total;
} yk_cr_span;

void yk_cr_span_options(const yk_crisis_options *o, size_t k, size_t n, yk_cr_span *span,
                        yk_crisis_options *part);

/* The --vary input name closest to a misspelt one ("kapa" -> "kappa"), or
 * NULL when none is close. */
const char *yk_crisis_input_suggest(const char *name);

#endif
