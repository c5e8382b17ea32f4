/*
 * alliances.h - the alliance network: how alike two of a patron's
 * commitments are, how a shock to one spreads to the others, what each
 * commitment is worth to its patron and how readily its ally would defect
 * (MODEL.md sections 3 and 6; docs/MODEL.md "Alliance network").
 *
 * The crisis engine uses it for the devaluation cost of losing an ally,
 * the cascade engine for credibility shocks. Everything here is a pure
 * function of the world and the numbers passed in: no state, no draws.
 */
#ifndef YOKUSHI_ALLIANCES_H
#define YOKUSHI_ALLIANCES_H

#include "export.h"
#include <stdbool.h>
#include <stddef.h>

#include "world.h"

YK_BEGIN_DECLS

/* The weights of the network's formulas. All are assumptions; the ranges
 * and reasons are in docs/MODEL.md. */
typedef struct yk_alliance_weights {
    double floor;        /* similarity of any two allies of one patron */
    double region;       /* weight of "allies in the same region" */
    double adversary;    /* weight of "allies with a common rival" */
    double kind;         /* weight of "the same kind of alliance" */
    double power_ref;    /* USD bn/yr: military spending at which an ally
                            is worth half its commitment */
    double breakout_ref; /* months: breakout time at which latency halves
                            an ally's defection sensitivity */
} yk_alliance_weights;

/* floor 0.2, region 0.4, adversary 0.4, kind 0.2, power_ref 50,
 * breakout_ref 12. */
void yk_alliance_weights_default(yk_alliance_weights *k);

/* Whether states a and b share a rival (a rivalry with the same third
 * state). */
bool yk_alliances_common_rival(const yk_world *w, size_t a, size_t b);

/* What two commitments have in common, as bits. */
enum {
    YK_ALLIANCE_SAME_PATRON = 1, /* same patron (else similarity 0) */
    YK_ALLIANCE_SAME = 2,        /* the very commitment (similarity 1) */
    YK_ALLIANCE_SAME_REGION = 4, /* allies in the same region */
    YK_ALLIANCE_COMMON_RIVAL = 8, /* allies with a common rival */
    YK_ALLIANCE_SAME_KIND = 16   /* the same kind of alliance */
};

/* The traits shared by a commitment of `patron` to state `ally` of kind
 * `kind` and alliance j. ally YK_NONE stands for every ally of the
 * patron: each alliance of the patron is then YK_ALLIANCE_SAME. */
unsigned yk_alliances_traits(const yk_world *w, size_t patron, size_t ally,
                             yk_alliance_kind kind, size_t j);

/* The similarity of two commitments with these traits (formula below). */
double yk_alliances_similarity_of(const yk_alliance_weights *k,
                                  unsigned traits);

/* Similarity in [0, 1] between a commitment of `patron` to state `ally`
 * of kind `kind` (the source of a shock; it need not be an alliance of
 * the world: an aid halt to a partner) and alliance j:
 *   0 if j has another patron; 1 if j is that very commitment; else
 *   floor + (1 - floor) * (region*R + adversary*A + kind*K) / (region +
 *   adversary + kind), R, A, K in {0, 1}: same region, a common rival,
 *   same kind. */
double yk_alliances_similarity_to(const yk_world *w,
                                  const yk_alliance_weights *k,
                                  size_t patron, size_t ally,
                                  yk_alliance_kind kind, size_t j);

/* Similarity of alliances i and j (the formula above with i as source). */
double yk_alliances_similarity(const yk_world *w,
                               const yk_alliance_weights *k, size_t i,
                               size_t j);

/* The change of credibility kappa (0..1) of an alliance at similarity s
 * to a shock of signed magnitude m (-1..1): a loss (m < 0) takes the
 * share |m| s of what is left, m s kappa; a gain takes the share m s of
 * what is missing, m s (1 - kappa). So kappa stays in [0, 1], a loss
 * never raises it and a gain never lowers it. */
double yk_alliances_shock(double s, double m, double kappa);

/* The shock spread: delta[j] = yk_alliances_shock(similarity_to(patron,
 * ally, kind, j), m, kappa[j]) for every alliance j of the world. */
void yk_alliances_spread(const yk_world *w, const yk_alliance_weights *k,
                         size_t patron, size_t ally, yk_alliance_kind kind,
                         double m, const double *kappa, double *delta);

/* value(j): what the commitment is worth to its patron, commitment x
 * power / (power + power_ref), power the ally's military spending. */
double yk_alliances_value(const yk_alliance_weights *k, double commitment,
                          double ally_power);

/* sensitivity(j): how readily the ally defects (proliferates) when the
 * umbrella fails, support x breakout_ref / (breakout_ref + breakout),
 * support its public support for own weapons (0..1), breakout in months. */
double yk_alliances_sensitivity(const yk_alliance_weights *k, double support,
                                double breakout_months);

/* value(j) and sensitivity(j) of alliance j from the means of the world's
 * parameters. */
double yk_alliances_value_of(const yk_world *w, const yk_alliance_weights *k,
                             size_t j);
double yk_alliances_sensitivity_of(const yk_world *w,
                                   const yk_alliance_weights *k, size_t j);

/* The devaluation cost to the patron of alliance i of a shock of
 * magnitude m (< 0) at i (MODEL.md section 3): D = sum over the patron's
 * other alliances j of value(j) x |delta kappa(j)| x sensitivity(j), with
 * kappa at the means of the world's credibility. */
double yk_alliances_devaluation_cost(const yk_world *w,
                                     const yk_alliance_weights *k, size_t i,
                                     double m);

/* The exposure of `patron` to a loss at its commitment to `ally` (of kind
 * `kind`; it need not be an alliance of the world): the sum over the
 * patron's alliances j with another ally of value(j) x similarity_to(j)
 * x kappa(j) x sensitivity(j), at the means of the world's parameters.
 * A loss shock of magnitude m < 0 then costs |m| x exposure, the
 * devaluation cost above for any source (the crisis engine's D). */
double yk_alliances_exposure(const yk_world *w, const yk_alliance_weights *k,
                             size_t patron, size_t ally,
                             yk_alliance_kind kind);

YK_END_DECLS

#endif
