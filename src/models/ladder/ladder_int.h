/*
 * ladder_int.h - the ladder engine's internals: the solved policy's
 * storage, the per-crisis setup a run draws from, and the accumulators of
 * the Monte Carlo run.
 */
#ifndef YK_LADDER_INT_H
#define YK_LADDER_INT_H

#include "yokushi/ladder.h"
#include "yokushi/stats.h"
#include "yokushi/theatre.h"

/* States are indexed (step, rung, mover, held, first_user), the last
 * fastest; the arrays hold every step up to the horizon. */
struct yk_ladder_policy {
    int max_rungs, max_horizon;
    int n_rungs, horizon;         /* of the last solve */
    int top;                      /* highest rung either side can reach */
    int first_nuclear;            /* states with a first user lie at or above it */
    /* Tables of the last solve, by (rung, mover, first user): the rung an
     * escalation reaches (-1: closed) and its credibility; by rung: A's
     * chance to win a fight there. */
    int target[YK_LADDER_MAX_RUNGS * 6];
    double cred[YK_LADDER_MAX_RUNGS * 6];
    double win[YK_LADDER_MAX_RUNGS];
    size_t n_states;              /* of the last solve */
    double *prob;                 /* [state][YK_LADDER_MOVES] */
    double *q;                    /* [state][YK_LADDER_MOVES]: value to the mover */
    double *v;                    /* [state][2]: each side's value */
};

size_t yk_ld_index(const yk_ladder_policy *p, int step, int rung, int mover,
                   int held, int first_user);

/* The default ten rungs of MODEL.md section 4. */
#define LD_DEFAULT_RUNGS 10
extern const char *const yk_ld_default_names[LD_DEFAULT_RUNGS];

/* The rung's name: the world's ladder or the default. */
const char *yk_ld_rung_name(const yk_world *w, int k);
int yk_ld_rung_count(const yk_world *w);

/* Capabilities per side (capability.c). team[0] is the side's leader;
 * team[1] its partner or NULL. */
typedef struct ld_team {
    const yk_state *st[2];          /* leader, partner (NULL when none) */
    const yk_alliance *al;          /* patron -> target, or NULL */
    bool distant[2];                /* outside the theatre's region */
} ld_team;

typedef double (*ld_take_fn)(const yk_param *p, yk_rng *r);

/* Side 0 (A) or 1 (D) of the dyad as a team (inputs.c). */
void yk_ld_team_of(const yk_world *w, const yk_ladder_dyad *d, int side, ld_team *t);

/* Without theatre data (the fallbacks). */
double yk_ld_conventional_theatre_capability(const yk_world *w, const ld_team *t,
                                             const char *theatre, const double *c,
                                             yk_rng *r, ld_take_fn take);
double yk_ld_theatre_nuclear_capability(const yk_world *w, const ld_team *t,
                                        const double *c, yk_rng *r, ld_take_fn take);
/* With theatre data: side 0 A, 1 D. */
double yk_ld_theatre_conventional_capability(const yk_theatre_values *v, int side, double m);
double yk_ld_theatre_nuclear_warheads(const yk_theatre_values *v, int side);

double yk_ld_strategic_conventional_means(const ld_team *t, yk_rng *r, ld_take_fn take);
double yk_ld_air_missile_defence(const ld_team *t, yk_rng *r, ld_take_fn take);
double yk_ld_signalling_capability(const yk_world *w, const ld_team *t);
yk_status yk_ld_strategic_capability(const yk_world *w, const ld_team *t,
                                     const yk_state *opponent, yk_ladder_delivered_fn fn,
                                     void *ud, double *out, yk_error *err);

/* What a crisis's capabilities read that does not change between draws
 * (setup.c): the theatre when it has data (the crisis engine's rule: the
 * world has it and it lists forces of both A and T), and each side's
 * strategic capability, the exchange engine's second strike at the means
 * of its parameters (one exchange costs ~0.3 ms, three times a ladder
 * solve: computed once per crisis, not per draw). */
typedef struct ld_fixed {
    const yk_theatre *th;           /* NULL: no theatre data */
    double strategic[2];            /* [A, D]: warheads delivered at rungs 8-9 */
} ld_fixed;

/* The exchange's YK_XC_COUNT coefficients for rungs 8-9 of a run on s:
 * its defaults, then s's `coefficients: {exchange: ...}` at their means. */
void yk_ld_exchange_coef(const yk_scenario *s, double *xc);
/* xcoef: the exchange's YK_XC_COUNT coefficients (NULL: its defaults). */
yk_status yk_ld_fixed_init(const yk_world *w, const yk_ladder_dyad *d, const double *xcoef,
                           ld_fixed *f, yk_error *err);
/* The fixed part with the strategic capabilities given. */
void yk_ld_fixed_given(const yk_world *w, const yk_ladder_dyad *d, const double strategic[2],
                       ld_fixed *f);
/* yk_ladder_inputs_fill with the fixed part given. */
yk_status yk_ld_inputs_fill(const yk_world *w, const yk_ladder_dyad *d, const double *coef,
                            yk_rng *r, const ld_fixed *f, yk_ladder_inputs *in,
                            yk_error *err);
/* Where each kind of rung's capabilities come from, in words. */
const char *yk_ld_capability_source(const ld_fixed *f, yk_rung_kind kind);

/* ---- a run ------------------------------------------------------------------ */

/* Moments of every per-draw number of one crisis (merged in block order). */
typedef struct ld_acc {
    yk_moments nuclear, first[2], prevail[2], theatre[2], steps, jumps;
    yk_moments flip, has_flip;
    /* From the highest conventional rung, A to move (the continuation). */
    yk_moments war_nuclear, war_prevail, war_cost_d;
    yk_moments ge[YK_LADDER_MAX_RUNGS], terminal[YK_LADDER_MAX_RUNGS];
    yk_moments win[YK_LADDER_MAX_RUNGS]; /* p_A(k): who dominates at each rung */
    yk_proportion s_nuclear;
    yk_moments s_steps;
} ld_acc;

void yk_ld_acc_init(ld_acc *a);
void yk_ld_acc_merge(ld_acc *into, const ld_acc *from);

/* The lowest rung above the first conventional one where the side that
 * would win a fight changes; -1 if none. */
int yk_ld_dominance_flip(const yk_ladder_inputs *in);

/* The coefficients of a run on s: the defaults, then s's overrides. */
void yk_ld_coef_params(const yk_scenario *s, yk_param *coef);
/* The dyad of crisis c of w. */
void yk_ld_dyad(const yk_world *w, const yk_crisis *c, yk_ladder_dyad *d);

typedef struct ld_crisis {
    const yk_crisis *k;
    size_t index;                   /* in the world's crises */
    yk_ladder_dyad dyad;
    const char *side_id[2];
    int n_rungs;
    ld_acc acc;
    ld_fixed fixed;
    yk_ladder_why *why;
    size_t n_why;
} ld_crisis;

struct yk_ladder_result {
    const yk_world *w;
    int64_t replicates, trajectories;
    ld_crisis *crises;
    size_t n_crises;
};

#endif
