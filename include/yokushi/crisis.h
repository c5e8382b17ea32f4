/*
 * crisis.h - the crisis engine: the hegemon's dilemma as a tripartite
 * crisis game between an aggressor A, a target ally T and its patron P
 * (MODEL.md section 3; every formula as implemented is in docs/MODEL.md
 * section 9, "crisis").
 *
 * Nature draws P's type (resolute with probability kappa, the P-T
 * alliance's credibility; else hesitant, its stake scaled by
 * `hesitancy`). A chooses status quo or attack; P abandons (aid only),
 * defends, or (nuclear and committed) threatens; a nuclear T that is
 * losing may be restrained by P, restraint failing with probability
 * autonomy(T); an unrestrained T uses its weapons or not; after defend or
 * threat A backs down or fights on. The pieces:
 *
 *   inputs   the numbers one draw needs, from the world and the engine's
 *            coefficients (yk_crisis_inputs_mean, yk_crisis_sampler_draw)
 *   model    the payoff-relevant quantities derived from them
 *            (yk_crisis_model_init): contest odds, costs, damage,
 *            reputation, devaluation, autonomy, escalation risk
 *   solve    the perfect Bayesian equilibrium by backward induction over
 *            A's belief about P's type (yk_crisis_solve), the optional
 *            signalling stage (yk_crisis_solve_signal), the logit QRE for
 *            a given lambda (yk_crisis_solve_qre)
 *   game     the same tree as a yk_game for Gambit (yk_crisis_game)
 *   run      Monte Carlo over every uncertain parameter, with and without
 *            T's bomb, 95% intervals, identical for any thread count
 *            (yk_crisis_run); sweeps with crossing points (yk_crisis_sweep)
 *
 * Payoffs are in units of the stakes (0..1 each).
 */
#ifndef YOKUSHI_CRISIS_H
#define YOKUSHI_CRISIS_H

#include "export.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "game.h"
#include "mc.h"
#include "scenario.h"
#include "world.h"

YK_BEGIN_DECLS

/* ---- coefficients -------------------------------------------------------- */

/* Every coefficient of the engine, by index (the inputs' coefficients). The
 * table behind yk_crisis_coef_specs gives name, default, range, unit and
 * source; a scenario overrides any of them under
 * `coefficients: {crisis: {NAME: value or distribution}}`. */
typedef enum yk_crisis_coef_id {
    YK_KC_HESITANCY = 0,
    YK_KC_CONTEST_M,
    YK_KC_PROJECTION,
    YK_KC_AID_SHARE,
    YK_KC_WAR_COST_AGGRESSOR,
    YK_KC_WAR_COST_TARGET,
    YK_KC_WAR_COST_PATRON,
    YK_KC_INTERVENTION_COST,
    YK_KC_BACKDOWN_COST,
    YK_KC_DAMAGE_HALF,
    YK_KC_DAMAGE_WEIGHT,
    YK_KC_WORLD_ORDER_COST,
    YK_KC_ESCALATION_DEFEND,
    YK_KC_ESCALATION_THREAT,
    YK_KC_USE_HALT,
    YK_KC_RETALIATION,
    YK_KC_USE_SPREAD,
    YK_KC_REPUTATION_WEIGHT,
    YK_KC_DEVALUATION_WEIGHT,
    YK_KC_DEVALUATION_SHOCK,
    YK_KC_ABANDONMENT_SHOCK,
    YK_KC_AUTONOMY_SCALE,
    YK_KC_THREAT_COMMITMENT,
    YK_KC_SIGNAL_COST,
    YK_KC_SIGNAL_TIE,
    YK_KC_ESCALATION_GAP,
    YK_KC_EXCHANGE_IF_HELD,
    YK_KC_COUNT
} yk_crisis_coef_id;

/* YK_KC_COUNT rows in yk_crisis_coef_id order; pass them in
 * yk_load_options.coefficients so the loader checks overrides. */
const yk_coefficient_spec *yk_crisis_coef_specs(void);
/* Index by name, or -1. */
int yk_crisis_coef_find(const char *name);

/* ---- inputs: what one draw of a crisis is made of -------------------- */

/* The numbers one draw of a crisis is made of (the fields and every
 * coefficient, read and set by name with yk_crisis_inputs_get / _set):
 * opaque, so that adding a coefficient changes no caller's struct
 * layout. The caller owns one from yk_crisis_inputs_new and frees it with
 * yk_crisis_inputs_free. */
typedef struct yk_crisis_inputs yk_crisis_inputs;

/* Inputs with every coefficient at its default and every other number 0
 * (fill them with yk_crisis_inputs_mean or _set); NULL when out of
 * memory. */
yk_crisis_inputs *yk_crisis_inputs_new(void);
void yk_crisis_inputs_free(yk_crisis_inputs *in);
void yk_crisis_inputs_copy(yk_crisis_inputs *to, const yk_crisis_inputs *from);

/* ---- the pieces, callable alone (worked by hand in the tests) ---------- */

/* Contest function: P(A wins) = ca^m / (ca^m + cd^m); 0.5 when both 0. */
double yk_crisis_contest(double ca, double cd, double m);
/* Saturating damage of w delivered warheads: w / (w + half), in 0..1. */
double yk_crisis_damage(double warheads, double half);
/* Reputation cost of abandoning T: weight x (commitment + forward forces
 * + consultation + sharing) / 4. */
double yk_crisis_reputation(const yk_crisis_inputs *in);
/* Autonomy of a nuclear T: scale x independence x (1 - integration),
 * integration = (forward forces + consultation) / 2; 0 for a non-nuclear
 * T. */
double yk_crisis_autonomy(const yk_crisis_inputs *in);

typedef enum yk_crisis_stance {
    YK_STANCE_DEFEND = 0,
    YK_STANCE_THREAT = 1
} yk_crisis_stance;

/* P's escalation risk: the probability that A fighting on against P's
 * defence (or nuclear threat) climbs to the nuclear rungs rather than
 * fighting the war out conventionally (src/models/crisis/escalation.c;
 * docs/MODEL.md section 9, "the aggressor's escalation threat").
 * 0 when neither A nor P is nuclear. With the ladder (inputs from a
 * world whose crisis the ladder engine could build; yk_crisis_outcome_
 * escalation_source says which): after defend the ladder's P(nuclear
 * use) p from the highest conventional rung, at the means; after a
 * threat p x escalation_threat / escalation_defend (the larger of p and
 * escalation_threat when escalation_defend is 0); capped to [0, 1].
 * Without it (inputs filled by hand, or no ladder): the coefficient
 * escalation_defend / escalation_threat (r0) when A is not nuclear or the
 * crisis has no theatre data; else r0 x (1 + escalation_gap x (2 s - 1)),
 * capped to [0, 1], where s = nA / (nA + nP) is A's share of the
 * warheads usable at the theatre rungs in the theatre (theatre.h
 * `nuclear`; s = 1/2 when neither side has any). */
double yk_crisis_escalation_risk(const yk_crisis_inputs *in,
                                 yk_crisis_stance stance);

/* ---- the model: one draw's payoff-relevant numbers --------------------- */

/* Components of P's payoff, for explanations (each a cost >= 0). */
typedef enum yk_crisis_cost {
    YK_COST_STAKE = 0,      /* its stake in T, lost with T */
    YK_COST_REPUTATION,     /* abandoning T to conquest */
    YK_COST_DEVALUATION,    /* the alliance network's loss */
    YK_COST_WAR,            /* fighting: war and intervention costs */
    YK_COST_NUCLEAR,        /* nuclear damage to P */
    YK_COST_WORLD_ORDER,    /* any nuclear use in the crisis */
    YK_COST_COUNT
} yk_crisis_cost;

typedef struct yk_crisis_model {
    double kappa;
    double stake_a, stake_t;
    double stake_p[2];      /* [0] resolute, [1] hesitant */
    /* The weight each type puts on what it loses with T (its stake, the
     * reputation and the network's devaluation): 1 for the resolute
     * type, `hesitancy` for the hesitant one (docs/MODEL.md section 9,
     * "the patron's types"). The war costs both types alike. */
    double weight[2];
    double p_abandon;       /* P(A wins) against T with P's aid */
    double p_defend;        /* P(A wins) against T and P */
    /* P(A takes the objective before help arrives) when P abandons [0] or
     * defends [1]; NaN without theatre data (theatre false). */
    double fait_accompli[2];
    bool theatre;           /* the balance is the theatre's, not spending */
    /* At the nuclear rungs (a nuclear A escalated after P fought): the
     * probability that P holding firm ends in an exchange, and whether
     * each type holds (else concedes T); set by yk_crisis_model_init. */
    double exchange_if_held;
    bool holds[2];
    double cost_a, cost_t;  /* war costs */
    double cost_p[2];
    double intervention;    /* P's cost of intervening at all */
    double backdown;        /* A's cost of backing down */
    double dmg_a_by_p, dmg_a_by_t, dmg_t_by_a, dmg_p_by_a; /* x damage weight */
    double reputation;
    double devaluation_nuclear;  /* nuclear T conquered without use */
    double devaluation_abandon;  /* non-nuclear T abandoned, conquered */
    double world_order;
    double autonomy;
    double rho[2];          /* escalation risk, by yk_crisis_stance */
    double halt, retaliation, spread;
    bool t_nuclear, a_nuclear;
    bool threat;            /* P may make a nuclear threat */
} yk_crisis_model;

void yk_crisis_model_init(yk_crisis_model *m, const yk_crisis_inputs *in);
/* Sets m->holds[] from the rest of m: each type of P holds firm at the
 * nuclear rungs when holding costs it no more than conceding T (a tie
 * holds). Call after changing a model's numbers by hand. */
void yk_crisis_model_rungs(yk_crisis_model *m);
/* The same crisis with T non-nuclear (the value of the bomb). */
void yk_crisis_model_without_bomb(yk_crisis_model *m);

/* ---- solutions ------------------------------------------------------------ */

/* P's first move. */
typedef enum yk_crisis_response {
    YK_RESP_ABANDON = 0,
    YK_RESP_DEFEND = 1,
    YK_RESP_THREAT = 2
} yk_crisis_response;

/* How a war continues for one of P's types: P's response, P's restrain
 * choice and T's use choice on each path that can reach them. */
typedef enum yk_crisis_mode {
    YK_MODE_ABANDON = 0,
    YK_MODE_DEFEND = 1,
    YK_MODE_THREAT = 2,
    YK_MODE_COUNT = 3
} yk_crisis_mode;

/* Expected payoffs and outcome probabilities of a node under a profile. */
typedef struct yk_crisis_value {
    double a, t;
    double p[YK_COST_COUNT]; /* P's costs by component (payoff = -sum) */
    double conquered;        /* P(T conquered) */
    double nuclear;          /* P(any nuclear use) */
} yk_crisis_value;

double yk_crisis_value_p(const yk_crisis_value *v); /* P's payoff */

/* A behaviour profile of the crisis game (pure unless from the QRE) and
 * what it implies. Probabilities of actions: */
typedef struct yk_crisis_profile {
    double attack;                       /* A at the root */
    double respond[2][3];                /* P type -> abandon/defend/threat */
    double fight[YK_MODE_COUNT];         /* A fights on after defend/threat
                                            (index ABANDON unused) */
    double restrain[2][YK_MODE_COUNT];   /* P type, mode -> restrain */
    double use[YK_MODE_COUNT];           /* unrestrained T uses, by mode */
} yk_crisis_profile;

typedef struct yk_crisis_solution {
    yk_crisis_profile s;
    double p_attack;
    /* P's policy if A attacks: defend or threat, weighted by the prior
     * over P's types; defined whether or not A attacks (off the path
     * when it does not). Not P(defend | attack) over draws: that is
     * yk_crisis_numbers.p_defend_given_attack. */
    double p_defend_if_attacked;
    double p_threat_if_attacked;
    double p_nuclear_use;
    double p_conquered;
    /* P(A attacks and takes the objective before help arrives), with P's
     * response as played (the theatre balance; NaN without theatre data),
     * and P(A attacks, P fights, A fights on and the crisis climbs to the
     * nuclear rungs). */
    double p_fait_accompli;
    double p_escalation;
    double belief[YK_MODE_COUNT]; /* A's belief P is resolute after
                                     defend/threat */
    yk_crisis_value attack_value; /* A's root comparison: attack vs 0 */
    yk_crisis_value typed[2];     /* each type's path after an attack */
    bool pure;                    /* a pure PBE was found */
} yk_crisis_solution;

/* The perfect Bayesian equilibrium by backward induction with A's belief
 * over P's type (docs/MODEL.md section 9, "Solution"). Ties go to the
 * first action (status quo, abandon, back down, restrain, not use), as in
 * yk_solve_bi. Allocates nothing. */
void yk_crisis_solve(const yk_crisis_model *m, yk_crisis_solution *out);

/* The value of a node for a given profile: exposed so explanations and
 * tests can price any choice. type 0 resolute, 1 hesitant. */
yk_crisis_value yk_crisis_value_of_response(const yk_crisis_model *m,
                                            const yk_crisis_profile *s,
                                            int type, yk_crisis_response r);

/* The logit quantal response equilibrium for rationality lambda >= 0
 * (agent form; beliefs at pooled information sets by Bayes' rule), by
 * damped fixed-point iteration to max_change < tol. Returns YK_E_NUMERIC
 * when it does not converge within max_iter. */
yk_status yk_crisis_solve_qre(const yk_crisis_model *m, double lambda,
                              double tol, int max_iter,
                              yk_crisis_solution *out);

/* The pre-crisis signalling stage: each type of P may pay signal_cost to
 * tie its hands (forward forces and consultation raised by signal_tie,
 * so its reputation cost rises) before A moves. Each of the four pure
 * signalling profiles (which types signal) is checked: on-path beliefs by
 * Bayes' rule, off-path beliefs pessimistic (A thinks a deviator
 * hesitant); a profile is a PBE when neither type gains by deviating. */
typedef struct yk_crisis_signal_result {
    bool is_pbe[4];          /* index: resolute signals (bit 0), hesitant (bit 1) */
    double payoff[4][2];     /* each type's payoff under each profile */
    int chosen;              /* a separating PBE if any, else pooling; -1 none */
    double belief[2];        /* A's belief P is resolute after no signal /
                                signal under the chosen profile (Bayes on
                                the path, 0 off it); 0 when none */
    yk_crisis_solution after[2]; /* the crisis after no signal / signal,
                                    under the chosen profile */
} yk_crisis_signal_result;

void yk_crisis_solve_signal(const yk_crisis_inputs *in,
                            yk_crisis_signal_result *out);

/* ---- studies at the means -------------------------------------------- */

/* The logit QRE and/or the signalling stage of one crisis at the means of
 * its parameters: opaque, read with the accessors, freed with
 * yk_crisis_study_free; it points into the scenario (the crisis's name),
 * so free it first. */
typedef struct yk_crisis_study yk_crisis_study;

/* Solves crisis `crisis` of s at the means: the signalling stage when
 * `signal`, the logit QRE at rationality lambda (>= 0, finite) when
 * `qre`. Errors: YK_E_NOTFOUND (no such crisis), YK_E_ARG (a crisis
 * without a patron, a bad lambda, neither study asked for). A QRE that
 * does not converge is not an error (yk_crisis_study_qre_converged). */
yk_status yk_crisis_study_run(const yk_scenario *s, size_t crisis,
                              bool signal, bool qre, double lambda,
                              yk_crisis_study **out, yk_error *err);
void yk_crisis_study_free(yk_crisis_study *st);

const char *yk_crisis_study_crisis(const yk_crisis_study *st);
/* The inputs at the means the studies solved. */
const yk_crisis_inputs *yk_crisis_study_inputs(const yk_crisis_study *st);
/* Whether P may threaten (yk_crisis_model.threat). */
bool yk_crisis_study_threat(const yk_crisis_study *st);
/* The QRE, or NULL when not asked for. */
const yk_crisis_solution *yk_crisis_study_qre(const yk_crisis_study *st);
double yk_crisis_study_lambda(const yk_crisis_study *st);
bool yk_crisis_study_qre_converged(const yk_crisis_study *st);
/* The signalling stage, or NULL when not asked for. */
const yk_crisis_signal_result *yk_crisis_study_signal(const yk_crisis_study *st);

/* ---- the game for Gambit --------------------------------------------- */

/* The crisis tree as a yk_game: players A, T, P (1, 2, 3), chance for
 * P's type, the wars' outcomes, restraint and escalation; payoffs as the
 * model gives them. yk_crisis_game_profile turns a solution's profile
 * into a behaviour profile of that game (n_actions doubles). */
yk_status yk_crisis_game(const yk_crisis_model *m, const char *title,
                         yk_game **out, yk_error *err);
yk_status yk_crisis_game_profile(const yk_game *g, const yk_crisis_profile *s,
                                 double *profile);

/* ---- inputs from a world --------------------------------------------- */

/* Inputs at the means of every parameter, for crisis `crisis` of s's
 * world. Errors: YK_E_NOTFOUND (no such crisis), YK_E_ARG (a crisis
 * without a patron). */
yk_status yk_crisis_inputs_mean(const yk_scenario *s, size_t crisis,
                                yk_crisis_inputs *in, yk_error *err);

/* Draws every uncertain parameter of a crisis: prepared once, then one
 * draw per replicate from its own Philox stream. */
typedef struct yk_crisis_sampler yk_crisis_sampler;

yk_status yk_crisis_sampler_new(const yk_scenario *s, size_t crisis,
                                yk_crisis_sampler **out, yk_error *err);
void yk_crisis_sampler_free(yk_crisis_sampler *sm);
/* Inputs for replicate `rep` of seed `seed`; pure in (seed, rep). */
void yk_crisis_sampler_draw(const yk_crisis_sampler *sm, uint64_t seed,
                            uint64_t rep, yk_crisis_inputs *in);
/* The inputs at the means the sampler starts from. */
const yk_crisis_inputs *yk_crisis_sampler_mean(const yk_crisis_sampler *sm);
/* Sets one input by name for every draw: a coefficient name, or one of
 * kappa, stake_a, stake_t, stake_p, power_a, power_t, power_p, resolve_a,
 * commitment, forward_forces, consultation, network, autonomy... (see
 * docs/CLI.md "--vary"). YK_E_NOTFOUND for an unknown name. */
yk_status yk_crisis_sampler_fix(yk_crisis_sampler *sm, const char *name,
                                double value);
/* The name's current mean value, for sweeps; NAN if unknown. */
double yk_crisis_inputs_get(const yk_crisis_inputs *in, const char *name);
int yk_crisis_inputs_set(yk_crisis_inputs *in, const char *name, double value);

/* ---- Monte Carlo runs -------------------------------------------------- */

typedef struct yk_crisis_estimate {
    double mean, lo, hi;     /* 95% interval */
} yk_crisis_estimate;

/* The measures of a run (docs/MODEL.md section 9, "Monte Carlo"):
 * p_attack, p_nuclear_use and p_target_conquered are means over draws.
 * p_defend_given_attack is the conditional over draws, each weighted by
 * its probability of attack: sum(p_attack x p_defend_if_attacked) /
 * sum(p_attack), in the PBE the share of attacking draws in which P
 * defends or threatens; NaN (mean and interval) when no draw attacks
 * (attacking_draws 0). p_defend_if_attacked is P's policy if attacked,
 * averaged over every draw, attack or not. */
typedef struct yk_crisis_numbers {
    yk_crisis_estimate p_attack, p_defend_given_attack, p_nuclear_use,
        p_target_conquered;
    yk_crisis_estimate p_defend_if_attacked;
    /* Means over draws of the solutions' p_fait_accompli (NaN without
     * theatre data) and p_escalation. */
    yk_crisis_estimate p_fait_accompli, p_escalation;
    int64_t attacking_draws;     /* draws with p_attack > 0 */
} yk_crisis_numbers;

#define YK_CRISIS_WHY_LEN 512 /* one why line, with its NUL */

/* ---- what a run gives back ------------------------------------------------
 * Ownership: yk_crisis_run gives the caller a yk_crisis_result, freed with
 * yk_crisis_result_free (never free()). It points into the scenario (the
 * crises' names, the states' ids): free it before the scenario. Outcomes
 * and strings read from it belong to it. */

typedef struct yk_crisis_result yk_crisis_result;
/* One crisis of a result. */
typedef struct yk_crisis_outcome yk_crisis_outcome;

void yk_crisis_result_free(yk_crisis_result *r);
/* The crises, in the world's order; NULL past the end. */
size_t yk_crisis_result_count(const yk_crisis_result *r);
const yk_crisis_outcome *yk_crisis_result_at(const yk_crisis_result *r,
                                             size_t i);
int64_t yk_crisis_result_replicates(const yk_crisis_result *r);

const char *yk_crisis_outcome_name(const yk_crisis_outcome *c);
const char *yk_crisis_outcome_aggressor(const yk_crisis_outcome *c); /* state ids */
const char *yk_crisis_outcome_target(const yk_crisis_outcome *c);
const char *yk_crisis_outcome_patron(const yk_crisis_outcome *c);
const char *yk_crisis_outcome_theatre(const yk_crisis_outcome *c);
bool yk_crisis_outcome_target_nuclear(const yk_crisis_outcome *c);
/* The numbers as the world has T (with_bomb true), or with T non-nuclear. */
yk_crisis_numbers yk_crisis_outcome_numbers(const yk_crisis_outcome *c,
                                            bool with_bomb);
int64_t yk_crisis_outcome_replicates(const yk_crisis_outcome *c);
/* Draws without a pure PBE (A replied to the prior). */
int64_t yk_crisis_outcome_no_pure(const yk_crisis_outcome *c);
/* How close the calls are: the decisions of the crisis game ("attack",
 * "respond_resolute", "respond_hesitant", "reply_defend",
 * "reply_threat"), and for each how many draws (with T as the world has
 * it) call it otherwise than the equilibrium at the parameters' means; and
 * how many draws differ from it at any decision (0: every draw gives the
 * equilibrium at the means). A reply to a threat P cannot make counts 0. */
size_t yk_crisis_decision_count(void);
const char *yk_crisis_decision_name(size_t d); /* NULL past the end */
int64_t yk_crisis_outcome_flips(const yk_crisis_outcome *c, size_t d);
int64_t yk_crisis_outcome_other_equilibrium(const yk_crisis_outcome *c);
/* Decision d's margin across draws, signed against the call at the means
 * (positive: the draw decides as the means do, by that margin; negative:
 * otherwise, by its margin for the other action; 0: a tie): its 5%
 * (which 0), 50% (1) and 95% (2) quantiles, read from bins 8 to an
 * octave (within 9%); NaN for a reply to a threat P cannot make. */
double yk_crisis_outcome_margin_quantile(const yk_crisis_outcome *c, size_t d, int which);
/* Where the crisis's escalation risk came from: "ladder continuation"
 * (the ladder engine's continuation value after P defends, at the means)
 * or "coefficients (no ladder: REASON)"; and its nuclear damage:
 * "exchange engine" (the warheads that survive the other's first strike
 * and arrive) or "warhead counts (REASON)" (docs/MODEL.md section 9). */
const char *yk_crisis_outcome_escalation_source(const yk_crisis_outcome *c);
const char *yk_crisis_outcome_damage_source(const yk_crisis_outcome *c);
/* Numbers of the model at the parameters' means behind those sources. */
typedef enum yk_crisis_mean_id {
    YK_CRISIS_MEAN_RHO_DEFEND = 0,     /* escalation risk after defend */
    YK_CRISIS_MEAN_RHO_THREAT,         /* ... after a nuclear threat */
    YK_CRISIS_MEAN_LADDER_P_NUCLEAR,   /* the ladder's continuation (NaN */
    YK_CRISIS_MEAN_LADDER_P_PREVAIL_A, /*  without the ladder) */
    YK_CRISIS_MEAN_LADDER_COST_D,
    YK_CRISIS_MEAN_DMG_A_BY_P,         /* nuclear damage x damage_weight */
    YK_CRISIS_MEAN_DMG_A_BY_T,
    YK_CRISIS_MEAN_DMG_T_BY_A,
    YK_CRISIS_MEAN_DMG_P_BY_A,
    YK_CRISIS_MEAN_COUNT
} yk_crisis_mean_id;
double yk_crisis_outcome_at_means(const yk_crisis_outcome *c, yk_crisis_mean_id which);
/* The JSON name of each ("rho_defend", ... "damage_p_by_a"); NULL past
 * the end. */
const char *yk_crisis_mean_name(yk_crisis_mean_id which);
/* The why lines at the parameters' means; NULL past the end. */
size_t yk_crisis_outcome_why_count(const yk_crisis_outcome *c);
const char *yk_crisis_outcome_why(const yk_crisis_outcome *c, size_t k);
/* The inputs at the parameters' means the run set up (what
 * yk_crisis_inputs_mean gives, without setting the crisis up again). */
const yk_crisis_inputs *yk_crisis_outcome_inputs(const yk_crisis_outcome *c);

typedef struct yk_crisis_options {
    int64_t replicates;      /* 0: the scenario's run.replicates */
    uint64_t seed;
    int threads;             /* never changes results */
    const volatile int *stop;  /* polled between blocks; may be NULL */
    /* Replicates done of the whole run (every crisis, every sweep point);
     * may be NULL. */
    yk_progress_fn progress;
    void *progress_ud;
    /* May be NULL: spreads the replicate blocks over processes (mc.h,
     * yk_mc_options.spread; the MPI program's). Never changes results. */
    yk_spread_fn spread;
    void *spread_ud;
} yk_crisis_options;

/* Runs every crisis of s's world (o NULL: the scenario's seed and
 * replicates). */
yk_status yk_crisis_run(const yk_scenario *s, const yk_crisis_options *o,
                        yk_crisis_result **out, yk_error *err);
/* One crisis from a prepared sampler, with o's replicates (>= 1), seed,
 * threads, stop flag and progress: YK_E_ARG without a sampler or options
 * or with fewer than 1 replicate, YK_E_INTERRUPTED when stopped. no_pure
 * may be NULL. */
yk_status yk_crisis_run_sampler(const yk_crisis_sampler *sm,
                                const yk_crisis_options *o,
                                yk_crisis_numbers *with_bomb,
                                yk_crisis_numbers *without_bomb,
                                int64_t *no_pure);

/* Every draw of every crisis of s, with o's seed and replicates as
 * yk_crisis_run takes them (docs/CLI.md "--draws"): the same draws
 * yk_crisis_run averages, in replicate order, each given to fn with its
 * yk_crisis_draw_columns() values in yk_crisis_draw_column's order: every
 * drawn input (the --vary names, then every coefficient by name), the
 * outcomes under the JSON measures' names (a draw's
 * p_defend_given_attack is its P's policy where it attacks, NaN where it
 * does not), the same with T non-nuclear ("without_bomb." before the
 * name), and each decision's margin ("margin." and the decision; NaN for
 * a reply to a threat P cannot make). A status fn returns stops the walk
 * and is returned; YK_E_INTERRUPTED when o->stop was set. */
typedef yk_status (*yk_crisis_draw_fn)(void *ud, const char *crisis, uint64_t rep,
                                       const double *values);
size_t yk_crisis_draw_columns(void);
const char *yk_crisis_draw_column(size_t i); /* NULL past the end */
yk_status yk_crisis_each_draw(const yk_scenario *s, const yk_crisis_options *o,
                              yk_crisis_draw_fn fn, void *ud, yk_error *err);

/* The why lines of a solution at the model's numbers. Returns the count. */
int yk_crisis_explain(const yk_crisis_model *m, const yk_crisis_solution *s,
                      char lines[][YK_CRISIS_WHY_LEN], int max);

/* The why lines as data: each decision on the equilibrium path (as
 * yk_crisis_explain words it), who decides ("A", "P", "T"), the action
 * taken and the best other, each one's value to the decider (P: minus its
 * costs), and the margin value_chosen - value_other (0 for a tie, which
 * goes to the first action). Decisions: "attack", "respond_resolute",
 * "respond_hesitant", "reply_defend", "reply_threat", "use",
 * "restrain_resolute", "restrain_hesitant". Returns the count (at most
 * max; YK_CRISIS_WHY_ITEMS_MAX holds every one). Strings are static. */
#define YK_CRISIS_WHY_ITEMS_MAX 8
typedef struct yk_crisis_why_item {
    const char *decision, *actor, *chosen, *other;
    double value_chosen, value_other, margin;
    bool tie;
} yk_crisis_why_item;
int yk_crisis_why_items(const yk_crisis_model *m, const yk_crisis_solution *s,
                        yk_crisis_why_item *out, int max);

/* ---- sweeps -------------------------------------------------------------- */

typedef struct yk_crisis_crossing {
    double at;               /* the parameter value, to the tolerance */
    char before[64], after[64]; /* the equilibrium path on either side */
} yk_crisis_crossing;

/* The equilibrium path at the inputs in words ("A attacks, P abandons"),
 * for crossing reports. */
void yk_crisis_path_name(const yk_crisis_solution *s, char *buf, size_t size);

/* Crossing points of the equilibrium (at the means) as `name` goes from
 * lo to hi: the grid of steps points is scanned and every change located
 * by bisection to tol. Returns the count (at most max). */
int yk_crisis_crossings(const yk_crisis_inputs *in, const char *name,
                        double lo, double hi, int steps, double tol,
                        yk_crisis_crossing *out, int max);

/* The range a sweep may take input `name` over: the schema range of the
 * world field it comes from, or the coefficient's range. false for a name
 * yk_crisis_inputs_get does not know. */
bool yk_crisis_input_range(const char *name, double *lo, double *hi);

#define YK_CRISIS_SWEEP_MAX_STEPS 10000
#define YK_CRISIS_SWEEP_MAX_CROSSINGS 32
#define YK_CRISIS_SWEEP_TOL 1e-6 /* bisection tolerance of the crossings */

/* A sweep's result: opaque, read with the accessors below, freed with
 * yk_crisis_sweep_free. It points into the scenario it was run on (the
 * crisis's name): free it first. */
typedef struct yk_crisis_sweep_result yk_crisis_sweep_result;

/* Sweeps input `name` (as yk_crisis_sampler_fix takes it) of crisis
 * `crisis` over `steps` evenly spaced points from lo to hi: at each point
 * the Monte Carlo numbers with o's replicates (0: the scenario's), seed
 * and threads (o may be NULL: the scenario's seed), and the crossing
 * points of the equilibrium at the means, by bisection to
 * YK_CRISIS_SWEEP_TOL (at most YK_CRISIS_SWEEP_MAX_CROSSINGS).
 * Inputs are checked before any work: YK_E_NOTFOUND for an unknown name
 * or crisis; YK_E_RANGE when lo or hi is not finite, lo >= hi, or the
 * range leaves yk_crisis_input_range's; YK_E_ARG for steps outside
 * 2..YK_CRISIS_SWEEP_MAX_STEPS. o->stop is polled between blocks of
 * every point: YK_E_INTERRUPTED and no result when it is set. */
/* The checks of yk_crisis_sweep that need no scenario, alone. */
yk_status yk_crisis_sweep_check(const char *name, double lo, double hi,
                                int steps, yk_error *err);
yk_status yk_crisis_sweep(const yk_scenario *s, size_t crisis,
                          const char *name, double lo, double hi, int steps,
                          const yk_crisis_options *o,
                          yk_crisis_sweep_result **out, yk_error *err);
void yk_crisis_sweep_free(yk_crisis_sweep_result *r);

const char *yk_crisis_sweep_crisis(const yk_crisis_sweep_result *r);
const char *yk_crisis_sweep_input(const yk_crisis_sweep_result *r);
double yk_crisis_sweep_lo(const yk_crisis_sweep_result *r);
double yk_crisis_sweep_hi(const yk_crisis_sweep_result *r);
int64_t yk_crisis_sweep_replicates(const yk_crisis_sweep_result *r);
/* Point i in 0..count-1: the input's value and the numbers with T as the
 * world has it. */
size_t yk_crisis_sweep_count(const yk_crisis_sweep_result *r);
double yk_crisis_sweep_value(const yk_crisis_sweep_result *r, size_t i);
yk_crisis_numbers yk_crisis_sweep_numbers(const yk_crisis_sweep_result *r,
                                          size_t i);
size_t yk_crisis_sweep_crossing_count(const yk_crisis_sweep_result *r);
const yk_crisis_crossing *yk_crisis_sweep_crossing(const yk_crisis_sweep_result *r,
                                                   size_t i);

YK_END_DECLS

#endif
