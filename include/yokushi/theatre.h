/*
 * theatre.h - the conventional balance in one theatre of war (docs/MODEL.md
 * section 9, "crisis: the theatre balance").
 *
 * Fighting power is what a side has in a theatre or can bring there in
 * time, not what it spends worldwide (Biddle 2004, Military Power: force
 * employment and presence decide, spending is a weak proxy). A theatre in
 * the world (`theatres:` in a world file) lists the states present, each
 * with the combat power it has there on day 0 (`ready`), what it can add
 * (`reinforce`), when its reinforcements start to arrive (`delay_days`)
 * and over how many days they arrive (`build_days`); and the theatre's
 * `objective_days` (the days the aggressor needs to take its objective:
 * 1.5-2.5 in the Baltic in RAND's 2016 wargames, Shlapak & Johnson), the
 * `defender_advantage` of fighting on one's own ground, the `reversal`
 * factor by which an aggressor holding the objective is harder to evict,
 * and the `horizon_days` by which the war is decided with every force in.
 * Units of power: brigade-equivalents of combat power (air and naval
 * power counted in the same units, a judgement noted in the data).
 *
 * The aggressor's chance of a fait accompli is the contest of its power
 * against the defenders' at objective_days; if it succeeds, the
 * defenders must reverse it with everything by horizon_days against the
 * aggressor's power times reversal; if it fails, the war is the contest of
 * full powers with the defender's advantage (yk_theatre_balance_compute).
 */
#ifndef YOKUSHI_THEATRE_H
#define YOKUSHI_THEATRE_H

#include "export.h"
#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "rng.h"
#include "world.h"

YK_BEGIN_DECLS

#define YK_THEATRE_ID_MAX 32

/* One state's forces in a theatre, keyed by its state id. */
typedef struct yk_theatre_force {
    char id[YK_ID_MAX];       /* the state's id */
    size_t state;             /* index into the world's states */
    yk_param ready;           /* power in the theatre on day 0 */
    yk_param reinforce;       /* power it can add */
    yk_param delay_days;      /* days before reinforcements start to arrive */
    yk_param build_days;      /* days over which they arrive (evenly) */
    /* Nuclear warheads it can use at the theatre rungs there (non-strategic
     * and shared weapons in or near the theatre). */
    yk_param nuclear;
} yk_theatre_force;

/* A theatre of war, keyed by its id ("baltic"). */
typedef struct yk_theatre {
    char id[YK_THEATRE_ID_MAX];
    const char *name;               /* a label, may be NULL */
    yk_param objective_days;        /* days the aggressor needs to take it */
    yk_param defender_advantage;    /* multiplier on the defenders' power */
    yk_param reversal;              /* multiplier on a holding aggressor's */
    yk_param horizon_days;          /* the war decided with every force in */
    yk_theatre_force *forces;
    size_t n_forces;
} yk_theatre;

/* The theatre `id` of w, or NULL. */
const yk_theatre *yk_world_theatre(const yk_world *w, const char *id);
/* State `state`'s forces in th, or NULL when it has none there. */
const yk_theatre_force *yk_theatre_force_of(const yk_theatre *th, size_t state);

/* The sides of a theatre war. */
typedef enum yk_theatre_side {
    YK_SIDE_AGGRESSOR = 0,
    YK_SIDE_TARGET,
    YK_SIDE_PATRON, /* the patron and the states that fight with it */
    YK_SIDE_COUNT
} yk_theatre_side;

/* One draw (or the means) of what the balance needs: each side's forces
 * summed over its states, and the theatre's numbers. */
typedef struct yk_theatre_values {
    double ready[YK_SIDE_COUNT], reinforce[YK_SIDE_COUNT];
    /* Weighted by reinforcements over the side's states: when they start to
     * arrive and over how many days. */
    double delay_days[YK_SIDE_COUNT], build_days[YK_SIDE_COUNT];
    double nuclear[YK_SIDE_COUNT]; /* theatre-usable nuclear warheads */
    double objective_days, defender_advantage, reversal, horizon_days;
} yk_theatre_values;

/* Draws (r non-NULL) or takes the means (r NULL) of th's numbers for the
 * war of aggressor a on target t with patron p (YK_NONE: none). Every
 * state present but a, t and p fights on the patron's side when it is an
 * ally of p (an alliance p-X exists), else on the aggressor's side when
 * it is an ally of a, else stays out. Parameters are taken in a fixed
 * order: the theatre's four, then each force's five in the theatre's
 * (sorted) order, so a draw never depends on who asks. */
void yk_theatre_values_take(const yk_world *w, const yk_theatre *th, size_t a,
                            size_t t, size_t p, yk_rng *r,
                            yk_theatre_values *out);

/* The side (yk_theatre_side) force i of th fights on in that war, or -1
 * when it stays out; and the same draw as yk_theatre_values_take with the
 * sides given (side[i] for force i): for callers that draw many times,
 * since the sides do not change between draws. */
int yk_theatre_side_of(const yk_world *w, const yk_theatre *th, size_t i,
                       size_t a, size_t t, size_t p);
void yk_theatre_values_sided(const yk_theatre *th, const int *side, yk_rng *r,
                             yk_theatre_values *out);

/* A side's power by `day`: ready + reinforce x clamp((day - delay) /
 * build, 0, 1) (all arrived at delay when build is 0). */
double yk_theatre_power(const yk_theatre_values *v, yk_theatre_side side,
                        double day);

/* The balance of a theatre war. */
typedef struct yk_theatre_balance {
    double power_a_day, power_d_day;   /* at objective_days */
    double power_a_full, power_d_full; /* at horizon_days */
    double p_fait_accompli;            /* A takes it before help arrives */
    double p_reversed;                 /* the defenders then retake it */
    double p_a_wins;                   /* A ends holding the objective */
} yk_theatre_balance;

/* The balance of v with the patron's side fighting with share
 * `patron_share` of its power (1: it defends; 0: it stays out) plus
 * `aid_share` of its full power added to the target's by horizon_days
 * (aid without fighting), decisiveness m (the contest exponent,
 * yk_crisis_contest):
 *   D(d) = T(d) + patron_share x P(d)
 *   p_fa = c(A(D0), adv x D(D0))            D0 = objective_days
 *   p_rev = 1 - c(rev x A(H), D(H) + aid x P(H))   H = horizon_days
 *   p_late = c(A(H), adv x (D(H) + aid x P(H)))
 *   P(A wins) = p_fa (1 - p_rev) + (1 - p_fa) p_late
 * with c(x, y) = x^m / (x^m + y^m). */
void yk_theatre_balance_compute(const yk_theatre_values *v, double patron_share,
                                double aid_share, double m,
                                yk_theatre_balance *out);

/* The ladder's door: the balance of theatre `theatre` of w for aggressor
 * a against target t with patron p (YK_NONE: none) defending
 * (patron_share 1) or not (0), at the means (r NULL) or one draw.
 * YK_E_NOTFOUND when w has no such theatre or a or t has no forces in
 * it. */
yk_status yk_theatre_balance_of(const yk_world *w, const char *theatre,
                                size_t a, size_t t, size_t p,
                                double patron_share, double aid_share,
                                double m, yk_rng *r, yk_theatre_balance *out,
                                yk_error *err);

YK_END_DECLS

#endif
