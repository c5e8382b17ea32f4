/*
 * ladder.h - the escalation ladder engine (docs/MODEL.md "ladder"): how a
 * crisis climbs a ladder of rungs, who dominates at each rung, and how
 * often it crosses the nuclear threshold.
 *
 * The ladder is a game between the aggressor A and the defender D (the
 * crisis's patron, or its target when there is none). Sides alternate:
 * concede, hold, or escalate to the next rung at which they have
 * something. Choices come from backward induction over the states (step,
 * rung, mover, whether the last move was a hold, who used nuclear weapons
 * first) with logit choice at rationality lambda, so that as lambda grows
 * they are the subgame-perfect equilibrium. Given the policy the terminal
 * rung's distribution is computed exactly (the chain is absorbing and
 * every move advances the step); trajectories are sampled only for paths
 * and as a test.
 *
 * Ownership: a yk_ladder_result belongs to the caller until
 * yk_ladder_result_free and points into the scenario it ran on (names,
 * ids): free it first. A yk_ladder_policy belongs to the caller until
 * yk_ladder_policy_free. Strings read from either belong to them.
 */
#ifndef YOKUSHI_LADDER_H
#define YOKUSHI_LADDER_H

#include "export.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "game.h"
#include "mc.h"
#include "rng.h"
#include "scenario.h"
#include "world.h"

YK_BEGIN_DECLS

/* The coefficients (coef.c has each one's default, range and source). */
typedef enum yk_ladder_coef_id {
    YK_LC_LAMBDA = 0,
    YK_LC_HORIZON,
    YK_LC_CONTEST_M,
    YK_LC_COST_SCALE,
    YK_LC_RESOLVE_COST,
    YK_LC_PROJECTION,
    YK_LC_THEATRE_PROJECTION,
    YK_LC_DEFENCE_EFFECT,
    YK_LC_SUBSTITUTE_WARHEADS,
    YK_LC_PROPORTION_GAMMA,
    YK_LC_PROPORTION_FLOOR,
    YK_LC_ACCIDENT_SCALE,
    YK_LC_JUMP_MAX,
    YK_LC_LOW_FACTOR,
    YK_LC_PREDELEGATION_FACTOR,
    YK_LC_ENTANGLEMENT_FACTOR,
    YK_LC_NC3_DUAL_USE,
    YK_LC_NC3_TARGETING,
    YK_LC_HOTLINE,
    YK_LC_HOTLINE_EFFECT,
    YK_LC_DATA_EXCHANGE,
    YK_LC_DATA_EXCHANGE_EFFECT,
    YK_LC_NC3_PLEDGE,
    YK_LC_NC3_PLEDGE_EFFECT,
    YK_LC_DEALERTING,
    YK_LC_DEALERTING_EFFECT,
    YK_LC_NFU_CREDIBILITY,
    YK_LC_SOLE_PURPOSE_CREDIBILITY,
    YK_LC_COUNT
} yk_ladder_coef_id;

/* The table of YK_LC_COUNT specs (engine "ladder"). Static. */
const yk_coefficient_spec *yk_ladder_coef_specs(void);
/* Every coefficient's default into c[0..YK_LC_COUNT-1]. */
void yk_ladder_coef_defaults(double *c);

#define YK_LADDER_MAX_RUNGS 64
#define YK_LADDER_MAX_HORIZON 128

/* One side's numbers at every rung, and the rest of one draw: what the
 * game is solved on. Plain data: tests and callers fill it by hand. */
typedef struct yk_ladder_inputs {
    int n_rungs;
    int horizon;                       /* moves before the crisis settles */
    int jump_max;                      /* an unintended jump: 1..jump_max rungs */
    int first_nuclear;                 /* the lowest nuclear rung, or n_rungs */
    yk_rung_kind kind[YK_LADDER_MAX_RUNGS];
    bool nuclear[YK_LADDER_MAX_RUNGS];
    double base_cost[YK_LADDER_MAX_RUNGS]; /* stake units, before scale */
    double cap[2][YK_LADDER_MAX_RUNGS];    /* [A, D][rung], >= 0: what fights there */
    /* Whether the side can move onto the rung (its own means there; a
     * conventional substitute fights at a nuclear rung but cannot climb
     * onto it). */
    bool can[2][YK_LADDER_MAX_RUNGS];
    double cost[2][YK_LADDER_MAX_RUNGS];   /* each side's cost of ending there */
    double accident[2][YK_LADDER_MAX_RUNGS]; /* per-step jump chance after a move by side */
    double stake[2];                   /* value of prevailing */
    double lambda;                     /* logit rationality; INFINITY: best reply */
    double contest_m;
    double gamma, floor;               /* credibility of a step by proportionality */
    /* Which doctrine binds each side this draw: 0 none (first use), 1
     * no first use, 2 sole purpose. */
    int doctrine[2];
} yk_ladder_inputs;

/* P(A prevails) when the crisis is fought out at rung k. */
double yk_ladder_win_a(const yk_ladder_inputs *in, int k);
/* The chance that a step from rung k to rung j is carried out: its
 * proportionality ((cost k + floor) / (cost j + floor))^gamma, by base cost. */
double yk_ladder_step_credibility(const yk_ladder_inputs *in, int k, int j);

/* A solved ladder: the logit policy and both sides' values at every
 * state. Allocated once for the largest ladder it will solve (no
 * allocation per solve). */
typedef struct yk_ladder_policy yk_ladder_policy;
yk_ladder_policy *yk_ladder_policy_new(int n_rungs, int horizon); /* NULL: no memory */
void yk_ladder_policy_free(yk_ladder_policy *p);
/* Backward induction over every state of in. YK_E_ARG when in is larger
 * than p was made for or malformed. */
yk_status yk_ladder_solve(yk_ladder_policy *p, const yk_ladder_inputs *in);

/* The moves, in this order; a move not open at a state has probability 0. */
enum { YK_LADDER_CONCEDE = 0, YK_LADDER_HOLD, YK_LADDER_ESCALATE, YK_LADDER_MOVES };

/* A state of the game. mover 0 = A, 1 = D; held: the last move was a hold;
 * first_user: 0 none, 1 A, 2 D. */
typedef struct yk_ladder_state {
    int step, rung, mover, held, first_user;
} yk_ladder_state;

/* The move probabilities and each move's value to the mover at s (NaN
 * for a move not open); false when s is outside the solved game or
 * terminal (step == horizon). */
bool yk_ladder_policy_at(const yk_ladder_policy *p, yk_ladder_state s,
                         double prob[YK_LADDER_MOVES], double value[YK_LADDER_MOVES]);
/* Each move's values to both sides ([move][A, D]; NaN for a move not
 * open) at s of the game in was solved from. */
bool yk_ladder_move_values(const yk_ladder_policy *p, const yk_ladder_inputs *in,
                           yk_ladder_state s, double v[YK_LADDER_MOVES][2]);
/* Both sides' values at s, before the mover moves. */
bool yk_ladder_value_at(const yk_ladder_policy *p, yk_ladder_state s, double v[2]);
/* The rung the mover reaches by escalating from s, or -1 if it cannot. */
int yk_ladder_escalation_target(const yk_ladder_inputs *in, yk_ladder_state s);

/* What the policy gives from a start state, exactly. */
typedef struct yk_ladder_outcome {
    double terminal[YK_LADDER_MAX_RUNGS]; /* P(the crisis ends at rung k) */
    double p_nuclear_use;
    double p_first_use[2];            /* [A, D] */
    double p_prevail[2];
    double p_prevail_theatre[2];      /* prevails, ending on a theatre-nuclear rung */
    double mean_steps;                /* moves made */
    double jumps;                     /* expected unintended jumps */
    double value[2];                  /* each side's expected payoff */
    double cost[2];                   /* each side's expected cost */
} yk_ladder_outcome;

/* The absorbing chain of the policy from start, by a forward pass over the
 * steps. work: yk_ladder_work_size(p) doubles. */
size_t yk_ladder_work_size(const yk_ladder_policy *p);
void yk_ladder_exact(const yk_ladder_policy *p, const yk_ladder_inputs *in,
                     yk_ladder_state start, double *work, yk_ladder_outcome *out);

/* One sampled trajectory. */
typedef struct yk_ladder_path {
    int terminal;       /* rung */
    int steps;
    int winner;         /* 0 A, 1 D */
    int first_user;     /* 0 none, 1 A, 2 D */
    int jumps;
    int draws;          /* random numbers used (for the benchmark's ceiling) */
} yk_ladder_path;
void yk_ladder_sample(const yk_ladder_policy *p, const yk_ladder_inputs *in,
                      yk_ladder_state start, yk_rng *r, yk_ladder_path *out);

/* The start of a crisis: rung 0, A to move. */
yk_ladder_state yk_ladder_start(void);

/* ---- inputs from a world ------------------------------------------------- */

/* The dyad of one crisis as the ladder sees it. */
typedef struct yk_ladder_dyad {
    size_t aggressor;   /* state indices in the world */
    size_t target;
    size_t patron;      /* YK_NONE: the target defends alone */
    const char *theatre;
    /* The stakes: each from the crisis's parameters when NaN (the
     * aggressor's; the patron's, or the target's when it has none). */
    double stake_a, stake_d;
    const yk_crisis *crisis;  /* NULL: 0.5 for a stake given as NaN */
} yk_ladder_dyad;

/* Fills in from world w for the dyad, with coefficients c (NULL: the
 * defaults) and the world's parameters drawn from r (NULL: their means).
 * The scenario's own ladder when w has one, else the default ten rungs.
 * Doctrines bind with their credibility (drawn from r; at the means a
 * doctrine binds when its credibility is at least one half). YK_E_ARG
 * when w's ladder has more than YK_LADDER_MAX_RUNGS rungs or fewer than 2. */
yk_status yk_ladder_inputs_fill(const yk_world *w, const yk_ladder_dyad *d,
                                const double *c, yk_rng *r, yk_ladder_inputs *in,
                                yk_error *err);

/* Capabilities at the strategic-nuclear rungs (8-9), [A, D]: each side's
 * warheads delivered on the other side's leader after that leader strikes
 * first, from the exchange engine (yk_exchange_capability_of) at the means
 * of its parameters, summed over the side's nuclear-armed members; 0 for
 * a side without weapons. xcoef: the exchange's YK_XC_COUNT coefficients
 * (NULL: its defaults). One exchange costs ~0.3 ms, more than a ladder
 * solve: yk_ladder_inputs_fill computes them on every call; a caller
 * filling many draws of one dyad computes them once here and passes them
 * to yk_ladder_inputs_fill_with or yk_ladder_continuation_value_with.
 * YK_E_NOMEM. */
yk_status yk_ladder_strategic_capabilities(const yk_world *w, const yk_ladder_dyad *d,
                                           const double *xcoef, double out[2],
                                           yk_error *err);
/* What `member` delivers on `opponent` (states of w) after the opponent
 * strikes first: yk_exchange_capability_of's `delivered` at the means.
 * Nonzero status: the computation failed (err says why). */
typedef yk_status (*yk_ladder_delivered_fn)(void *ud, const yk_world *w,
                                            const yk_state *member,
                                            const yk_state *opponent, double *delivered,
                                            yk_error *err);
/* yk_ladder_strategic_capabilities with each nuclear-armed member's
 * delivered warheads from fn (once per member, A's side first): for a
 * caller that computes these exchanges anyway (the crisis engine's
 * set-up, whose damage reads the same pairs) and keeps them. fn's status
 * is returned. */
yk_status yk_ladder_strategic_capabilities_from(const yk_world *w, const yk_ladder_dyad *d,
                                                yk_ladder_delivered_fn fn, void *ud,
                                                double out[2], yk_error *err);
/* yk_ladder_inputs_fill with the strategic capabilities given. */
yk_status yk_ladder_inputs_fill_with(const yk_world *w, const yk_ladder_dyad *d,
                                     const double *c, yk_rng *r,
                                     const double strategic[2], yk_ladder_inputs *in,
                                     yk_error *err);

/* ---- the crisis engine's escalation risk (MODEL.md section 3, step 4) ----
 *
 * The ladder's continuation value after the patron defends: the game
 * started at the highest conventional rung (default rung 3, major
 * conventional war in the theatre) with A to move, solved and run to its
 * end exactly. Gives each side's expected value and cost and P(nuclear
 * use) from there. c: the drawn coefficients (NULL: defaults); r: the
 * stream the world's parameters are drawn from (NULL: their means). */
typedef struct yk_ladder_continuation {
    int start_rung;
    double value_a, value_d;
    double cost_a, cost_d;
    double p_nuclear_use;
    double p_prevail_a;
} yk_ladder_continuation;

yk_status yk_ladder_continuation_value(const yk_world *w, const yk_ladder_dyad *d,
                                       const double *c, yk_rng *r,
                                       yk_ladder_continuation *out, yk_error *err);
/* The same with the strategic capabilities given
 * (yk_ladder_strategic_capabilities, once per dyad): no exchange per call. */
yk_status yk_ladder_continuation_value_with(const yk_world *w, const yk_ladder_dyad *d,
                                            const double *c, yk_rng *r,
                                            const double strategic[2],
                                            yk_ladder_continuation *out, yk_error *err);

/* ---- runs ------------------------------------------------------------------ */

typedef struct yk_ladder_options {
    uint64_t seed;
    int64_t replicates;       /* parameter draws; 0: the scenario's run.replicates */
    int threads;              /* 0: all; never changes results */
    const char *crisis;       /* NULL: every crisis of the world */
    int64_t trajectories;     /* sampled per draw for the path check; 0: none */
    const volatile int *stop;
    yk_progress_fn progress;
    void *progress_ctx;
} yk_ladder_options;

typedef struct yk_ladder_result yk_ladder_result;

/* Monte Carlo over the parameter draws through the shared driver: per
 * draw the game is solved and its chain run exactly. */
yk_status yk_ladder_run(const yk_scenario *s, const yk_ladder_options *o,
                        yk_ladder_result **out, yk_error *err);
void yk_ladder_result_free(yk_ladder_result *r);

typedef struct yk_ladder_estimate {
    double mean, lo, hi; /* the mean over draws and its 95% interval */
} yk_ladder_estimate;

int64_t yk_ladder_replicates(const yk_ladder_result *r);
int64_t yk_ladder_trajectories(const yk_ladder_result *r);
const yk_world *yk_ladder_world(const yk_ladder_result *r);
size_t yk_ladder_crisis_count(const yk_ladder_result *r);
/* The crisis's index in the world, its sides' state ids (0 A, 1 D). */
const yk_crisis *yk_ladder_crisis(const yk_ladder_result *r, size_t i);
const char *yk_ladder_side_id(const yk_ladder_result *r, size_t i, int side);
int yk_ladder_rung_count(const yk_ladder_result *r, size_t i);
const char *yk_ladder_rung_name(const yk_ladder_result *r, size_t i, int k);
bool yk_ladder_rung_nuclear(const yk_ladder_result *r, size_t i, int k);

yk_ladder_estimate yk_ladder_p_nuclear_use(const yk_ladder_result *r, size_t i);
yk_ladder_estimate yk_ladder_p_first_use(const yk_ladder_result *r, size_t i, int side);
/* P(terminal rung >= k). */
yk_ladder_estimate yk_ladder_p_rung_ge(const yk_ladder_result *r, size_t i, int k);
yk_ladder_estimate yk_ladder_terminal(const yk_ladder_result *r, size_t i, int k);
/* P(A wins a fight at rung k): who dominates there (> 1/2: A). */
yk_ladder_estimate yk_ladder_win_at(const yk_ladder_result *r, size_t i, int k);
yk_ladder_estimate yk_ladder_p_prevail(const yk_ladder_result *r, size_t i, int side);
yk_ladder_estimate yk_ladder_p_prevail_theatre(const yk_ladder_result *r, size_t i, int side);
yk_ladder_estimate yk_ladder_mean_steps(const yk_ladder_result *r, size_t i);
yk_ladder_estimate yk_ladder_jumps(const yk_ladder_result *r, size_t i);
/* The lowest rung above the first conventional one where the side that
 * would win a fight changes, over the draws that have one; and the share
 * of draws that have one. */
yk_ladder_estimate yk_ladder_dominance_flip(const yk_ladder_result *r, size_t i);
yk_ladder_estimate yk_ladder_p_dominance_flip(const yk_ladder_result *r, size_t i);
/* The continuation (yk_ladder_continuation_value) averaged over the draws:
 * from the highest conventional rung with A to move, P(nuclear use),
 * P(A prevails) and D's expected cost. */
yk_ladder_estimate yk_ladder_war_p_nuclear(const yk_ladder_result *r, size_t i);
yk_ladder_estimate yk_ladder_war_p_prevail_a(const yk_ladder_result *r, size_t i);
yk_ladder_estimate yk_ladder_war_cost_d(const yk_ladder_result *r, size_t i);
/* Where the capabilities at rungs of `kind` come from in crisis i, in
 * words ("theatre balance", "global power x projection (no theatre
 * data)", "exchange engine (second strike, at the means)", ...). */
const char *yk_ladder_capability_source(const yk_ladder_result *r, size_t i,
                                        yk_rung_kind kind);
/* Side's (0 A, 1 D) capability at the strategic-nuclear rungs: the
 * warheads it delivers on the other side's leader after that leader
 * strikes first (the exchange engine at the means, fixed over the
 * draws). */
double yk_ladder_strategic_capability(const yk_ladder_result *r, size_t i, int side);
/* Sampled check (trajectories > 0): P(nuclear use) and mean steps over
 * every sampled trajectory (Wilson and normal intervals). */
yk_ladder_estimate yk_ladder_sampled_p_nuclear(const yk_ladder_result *r, size_t i);
yk_ladder_estimate yk_ladder_sampled_steps(const yk_ladder_result *r, size_t i);

/* Why lines: the likely path at the parameters' means (each step: the
 * mover, the rung, its values and probabilities of the three moves). */
typedef struct yk_ladder_why {
    int step, rung, mover;
    double prob[YK_LADDER_MOVES];
    double value[YK_LADDER_MOVES]; /* to the mover; NaN: not open */
    double other[YK_LADDER_MOVES]; /* the same moves' values to the other side */
    double win_a;                  /* P(A prevails) fought out at the rung */
} yk_ladder_why;
size_t yk_ladder_why_count(const yk_ladder_result *r, size_t i);
const yk_ladder_why *yk_ladder_why_at(const yk_ladder_result *r, size_t i, size_t k);

/* ---- the game as a Gambit tree --------------------------------------------- */

/* The ladder game of in from start as an extensive-form game (players A
 * and D, chance nodes for a step's credibility and for unintended jumps,
 * terminal payoffs in expectation over the contest), for checking with
 * `yokushi solve`. The tree grows as 3^horizon: keep the horizon small
 * (YK_E_ARG above 8). */
yk_status yk_ladder_game(const yk_ladder_inputs *in, yk_ladder_state start,
                         const char *title, yk_game **out, yk_error *err);

/* The game of the crisis named `crisis` of s (NULL: the first) at the
 * means of the world's parameters and the scenario's coefficients (a
 * doctrine binds when its credibility is at least one half), from the
 * start: what `yokushi ladder --export` writes. YK_E_NOTFOUND without such
 * a crisis; YK_E_ARG when the horizon is above 8. */
yk_status yk_ladder_scenario_game(const yk_scenario *s, const char *crisis,
                                  yk_game **out, yk_error *err);

YK_END_DECLS

#endif
