/*
 * exchange.h - the force-exchange engine (MODEL.md section 5; every
 * equation as implemented is in docs/MODEL.md "exchange"): what survives
 * a counterforce first strike, what the survivors deliver in reply,
 * damage as a saturating function of equivalent megatons delivered, and
 * first-strike stability in the manner of Kent & Thaler (RAND R-3765-AF,
 * 1989) for every ordered pair of the sides, year by year, with
 * three-body residuals (a striker facing the third state with what it
 * has left).
 *
 * Yield, CEP, range, reliability, alert, hardness and survivability of
 * every force are read here: a force reaches only the targets within its
 * range of where it is based (data/exchange-areas.csv, great-circle
 * distance), so a force out of range of every target delivers nothing.
 *
 * Ownership: yk_exchange_run gives the caller a yk_exchange_result,
 * opaque, freed with yk_exchange_result_free (never free()). Strings
 * read from a result (side ids) belong to it. Options are read during
 * the call only. The calculator functions allocate nothing.
 */
#ifndef YOKUSHI_EXCHANGE_H
#define YOKUSHI_EXCHANGE_H

#include "export.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "mc.h"
#include "rng.h"
#include "scenario.h"
#include "world.h"

YK_BEGIN_DECLS

/* ---- the calculator (kill probability) ----------------------------------- */

/* The lethal-radius constant of the open-source cube-root rule, metres
 * per nautical mile times 2.62 (2.63 in some variants; the coefficient
 * lr_constant of the engine chooses). */
#define YK_EXCHANGE_LR_CONSTANT 2.62
#define YK_EXCHANGE_METRES_PER_NMI 1852.0

/* Lethal radius in metres of a yield_kt warhead against a target of
 * hardness_psi: k x 1852 x (Y/1000)^(1/3) / H^(1/3). NaN when an input is
 * not positive. */
double yk_exchange_lethal_radius(double k, double yield_kt, double hardness_psi);
/* Single-shot kill probability 1 - 0.5^((LR/CEP)^2) (no reliability).
 * NaN when lr < 0 or cep <= 0. */
double yk_exchange_sspk(double lethal_radius_m, double cep_m);
/* Probability that n independent shots of kill probability p each
 * destroy the target: 1 - (1 - p)^n. */
double yk_exchange_n_shot(double p, double n);
/* Kill probability of one defence layer: tracking x (1 - (1 - pk)^n)
 * for n interceptors fired at one warhead (the calculator of ANCHORS
 * F1). */
double yk_exchange_layer_kill(double n, double pk, double tracking);
/* Expected survivors of N targets each struck k times with kill
 * probability p per shot, N (1 - p)^k, and P(all destroyed) = (1 - (1 -
 * p)^k)^N (ANCHORS F4). */
double yk_exchange_expected_survivors(double n, double p, double k);
double yk_exchange_p_all_destroyed(double n, double p, double k);
/* Great-circle distance in km between two points in degrees (haversine
 * on a sphere of radius 6371.0 km). */
double yk_exchange_distance_km(double lat1, double lon1, double lat2, double lon2);

/* ---- coefficients -------------------------------------------------------- */

/* Every coefficient of the engine, by index. The table behind
 * yk_exchange_coef_specs gives name, range, default, unit and source; a
 * scenario overrides any of them under
 * `coefficients: {exchange: {NAME: value or distribution}}`. */
typedef enum yk_exchange_coef_id {
    YK_XC_LR_CONSTANT = 0,
    YK_XC_RESERVE_SHARE,
    YK_XC_GENERATION,
    YK_XC_MAX_SHOTS,
    YK_XC_GARRISON_LAUNCHERS,
    YK_XC_GARRISON_PSI,
    YK_XC_PORT_PSI,
    YK_XC_AIRBASE_PSI,
    YK_XC_COMMAND_PSI,
    YK_XC_COMMAND_VALUE,
    YK_XC_DECAPITATION,
    YK_XC_DISPERSED_HUNT,
    YK_XC_ASW,
    YK_XC_VALUE_EMT,
    YK_XC_COST_WEIGHT,
    YK_XC_INTERCEPTORS_USA,
    YK_XC_INTERCEPTORS_RUS,
    YK_XC_INTERCEPTORS_CHN,
    YK_XC_INTERCEPT_PK,
    YK_XC_INTERCEPT_TRACKING,
    YK_XC_INTERCEPTORS_PER_WARHEAD,
    YK_XC_SHOOT_LOOK_SHOOT,
    YK_XC_UPLOAD_SHARE,
    YK_XC_MIN_SIDE_WARHEADS,
    YK_XC_COUNT
} yk_exchange_coef_id;

/* The engine's coefficient table (YK_XC_COUNT rows, static). */
const yk_coefficient_spec *yk_exchange_coef_specs(void);

/* ---- one side's capability (the door for the crisis and ladder) ---------- */

/* What `side` keeps and delivers after `opponent` strikes it first, in
 * `year`: the opponent's counterforce strike as this engine computes it
 * (its allocation, missile defence, range), then the side's reply. */
typedef struct yk_exchange_capability {
    double warheads;          /* the side's warheads before the strike */
    double surviving;         /* its expected surviving warheads */
    double deliverable;       /* survivors in range of the opponent's value
                                 targets (before reliability and defence) */
    double delivered;         /* expected warheads arriving on the
                                 opponent (reliability, defence,
                                 decapitation applied) */
    double delivered_emt;     /* their equivalent megatons */
    double damage;            /* share of the opponent's value destroyed */
    double unstruck_delivered; /* what the side delivers if not struck first
                                  (all its warheads; the same losses) */
} yk_exchange_capability;

/* The capability of `side` against `opponent` (state ids) in `year` of
 * w, which must hold that year's forces (yk_scenario_world_at). coef:
 * YK_XC_COUNT values, NULL for the defaults. draws: NULL for the means
 * of every distribution, else a stream each parameter is drawn from (in
 * a fixed order). YK_E_NOTFOUND (an id not in w), YK_E_NOMEM. */
yk_status yk_exchange_capability_of(const yk_world *w, const char *side,
                                    const char *opponent, int year,
                                    const double *coef, yk_rng *draws,
                                    yk_exchange_capability *out, yk_error *err);

/* ---- runs ---------------------------------------------------------------- */

typedef struct yk_exchange_options {
    int64_t replicates;          /* 0: the scenario's run.replicates */
    uint64_t seed;
    int threads;                 /* never changes results */
    int year_from, year_to;      /* both 0: the scenario's run.years */
    const char *sides;           /* "USA,RUS,CHN"; NULL: every nuclear state
                                    with at least min_side_warheads (at most
                                    5, largest first) */
    const volatile int *stop;
    yk_progress_fn progress;
    void *progress_ctx;
} yk_exchange_options;

typedef struct yk_exchange_result yk_exchange_result;

/* An estimate over replicates: the mean and the band of the middle 95%
 * of replicates (from a fixed-bin histogram of 400 bins from 0 to the
 * largest possible count, or 0..1 for shares: within half a bin),
 * widened to hold the mean when it falls outside. */
typedef struct yk_exchange_estimate {
    double mean, lo, hi;
} yk_exchange_estimate;

/* What is reported per ordered pair (striker, target) and year. */
typedef enum yk_exchange_pair_measure {
    YK_XP_TARGET_WARHEADS = 0,   /* target's warheads before the strike */
    YK_XP_FIRST_STRIKE,          /* striker's counterforce warheads launched */
    YK_XP_SURVIVING,             /* target's surviving warheads */
    YK_XP_RETALIATION,           /* target's warheads delivered on the striker */
    YK_XP_DAMAGE_STRIKER,        /* share of the striker's value destroyed */
    YK_XP_DAMAGE_TARGET,         /* share of the target's value destroyed */
    YK_XP_STABILITY,             /* striker's first-strike stability index */
    YK_XP_COMBINED,              /* both sides' indices multiplied */
    YK_XP_COUNT
} yk_exchange_pair_measure;

yk_status yk_exchange_run(const yk_scenario *s, const yk_exchange_options *o,
                          yk_exchange_result **out, yk_error *err);
void yk_exchange_result_free(yk_exchange_result *r);

int64_t yk_exchange_replicates(const yk_exchange_result *r);
int yk_exchange_year_from(const yk_exchange_result *r);
int yk_exchange_year_count(const yk_exchange_result *r);
size_t yk_exchange_side_count(const yk_exchange_result *r);
const char *yk_exchange_side(const yk_exchange_result *r, size_t i);
/* Side i's warheads in year index y (with any upload). */
yk_exchange_estimate yk_exchange_warheads(const yk_exchange_result *r, size_t i, int y);
/* Measure m when side a strikes side b first (a != b). */
yk_exchange_estimate yk_exchange_pair(const yk_exchange_result *r, size_t a, size_t b,
                                      int y, yk_exchange_pair_measure m);
const char *yk_exchange_pair_measure_name(yk_exchange_pair_measure m);
/* Three-body: after a strikes b, a's residual warheads delivered on the
 * third state c (third = false), or c's warheads delivered on a
 * (third = true). a, b, c distinct. */
yk_exchange_estimate yk_exchange_three_body(const yk_exchange_result *r, size_t a,
                                            size_t b, size_t c, int y, bool third);

YK_END_DECLS

#endif
