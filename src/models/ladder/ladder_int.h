/*
 * ladder_int.h - the ladder engine's internals: the solved policy's
 * storage, the per-crisis setup a run draws from, and the accumulators of
 * the Monte Carlo run.
 */
#ifndef YK_LADDER_INT_H
#define YK_LADDER_INT_H

#include "yokushi/ladder.h"
#include "yokushi/stats.h"

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

/* Capabilities per side (capability.c): the isolated places where the
 * theatre balance (rungs 2-3) and the exchange engine (rungs 8-9) plug in.
 * team[0] is the side's leader; team[1] its partner or NULL. */
typedef struct ld_team {
    const yk_state *st[2];          /* leader, partner (NULL when none) */
    const yk_alliance *al;          /* patron -> target, or NULL */
    bool distant[2];                /* outside the theatre's region */
} ld_team;

typedef double (*ld_take_fn)(const yk_param *p, yk_rng *r);

double yk_ld_conventional_theatre_capability(const yk_world *w, const ld_team *t,
                                             const char *theatre, const double *c,
                                             yk_rng *r, ld_take_fn take);
double yk_ld_strategic_conventional_means(const ld_team *t, yk_rng *r, ld_take_fn take);
double yk_ld_air_missile_defence(const ld_team *t, yk_rng *r, ld_take_fn take);
double yk_ld_signalling_capability(const yk_world *w, const ld_team *t);
double yk_ld_theatre_nuclear_capability(const yk_world *w, const ld_team *t,
                                        const double *c, yk_rng *r, ld_take_fn take);
double yk_ld_strategic_nuclear_capability(const yk_world *w, const ld_team *t,
                                          double opponent_defence, const double *c,
                                          yk_rng *r, ld_take_fn take);

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
