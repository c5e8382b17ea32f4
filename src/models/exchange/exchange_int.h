/*
 * exchange_int.h - the exchange engine's internals: areas and ranges,
 * the sides of a run prepared per year, one replicate's drawn forces,
 * the counterforce allocation, one strike, and the run's model.
 */
#ifndef YK_EXCHANGE_INT_H
#define YK_EXCHANGE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "yokushi/exchange.h"
#include "yokushi/stats.h"

#define XC_MAX_SIDES 5
#define XC_BLOCK 128 /* replicates per Monte Carlo block; never the threads */
#define XC_BINS 400 /* histogram bins of every estimate's band */

/* ---- areas (areas.c) ---------------------------------------------------- */

/* Kinds of area, the column `kind` of data/exchange-areas.csv. */
typedef enum xc_kind {
    XK_ICBM = 0,  /* silo fields */
    XK_MOBILE,    /* road-mobile garrisons */
    XK_SSBN_PORT,
    XK_PATROL,    /* SSBN patrol areas (where sea-based forces launch) */
    XK_BOMBER,    /* bomber bases */
    XK_THEATRE,   /* theatre missile and dual-capable aircraft bases */
    XK_COMMAND,   /* national command posts */
    XK_CITY,      /* value targets */
    XK_COUNT
} xc_kind;

typedef struct xc_area {
    const char *state; /* state id, or "region:NAME" for a fallback */
    const char *kind;  /* "icbm", ..., "any" for a region fallback */
    const char *name;
    double lat, lon;
    const char *source;
} xc_area;

extern const xc_area yk_xc_areas[];
extern const size_t yk_xc_n_areas;

const char *yk_xc_kind_name(xc_kind k);
/* The areas of kind k of state s: indices into yk_xc_areas in *idx (up
 * to cap), their count returned. A state with none of that kind falls
 * back to its command areas, then its cities, then its region's point. */
size_t yk_xc_areas_of(const yk_state *s, xc_kind k, size_t *idx, size_t cap);
/* The number of areas of kind k the state itself lists (no fallback). */
size_t yk_xc_area_count(const yk_state *s, xc_kind k);
/* Farthest distance from the nearest of a's areas to every one of b's:
 * min over a's areas of max over b's areas (a force reaches a class of
 * targets when it reaches every area where the class sits). */
double yk_xc_reach_km(const yk_state *a, xc_kind base, const yk_state *b, xc_kind target);

/* ---- upload capacity (capacity.c) ---------------------------------------- */

/* Most warheads a launcher of the force can carry (data/exchange-
 * capacity.csv); the force's own warheads_per_launcher when not listed. */
double yk_xc_capacity(const char *state, const yk_force *f);

typedef struct xc_capacity_row {
    const char *state, *force;
    int max_warheads;
    const char *source;
} xc_capacity_row;
extern const xc_capacity_row yk_xc_capacity_rows[];
extern const size_t yk_xc_n_capacity_rows;

/* ---- forces and sides ---------------------------------------------------- */

/* How a force is attacked. */
typedef enum xc_vuln {
    XV_SILO = 0, /* one hard aim point per launcher */
    XV_MOBILE,   /* dispersed when alerted, else garrisons (soft) */
    XV_SEA,      /* at sea when alerted, else in port (soft) */
    XV_AIR       /* airborne when alerted, else at its bases (soft) */
} xc_vuln;

/* One force of a side in one year, with what never changes per draw. */
typedef struct xc_force {
    const yk_force *f;       /* in the year's world */
    xc_vuln vuln;
    xc_kind base;            /* where it launches from */
    xc_kind aim;             /* where it is struck when not alerted */
    bool missile;            /* ballistic: interceptable, and used in a
                                counterforce strike */
    double launchers;
    double warheads;         /* launchers x warheads each (yk_force_warheads) */
    double upload;           /* extra warheads at full upload */
    double *reach;           /* [side * XK_COUNT + kind]: km needed to reach
                                that side's areas of that kind */
} xc_force;

typedef struct xc_side {
    size_t state;            /* index in the year's world */
    const yk_state *s;
    xc_force *forces;
    size_t n_forces;
    double aim_points[XK_COUNT]; /* areas of each kind (>= 1) */
    double reserve;          /* mean reserve warheads (upload's ceiling) */
    int interceptors;        /* coefficient index, or -1: no defence */
} xc_side;

/* One draw of a force's parameters. */
typedef struct xc_fdraw {
    double warheads, yield, cep, range, rel, alert, hard, surv;
    double emt;              /* equivalent megatons per warhead: Y_Mt^(2/3) */
    double cy;               /* (Y/1000)^(1/3): the lethal radius' yield factor */
    double hk;               /* kill per warhead on a 1,000 psi aim point (the
                                order of weapon types: hardest-target kill) */
} xc_fdraw;

/* Draws side's forces from g in a fixed order (7 parameters per force;
 * a fixed value draws nothing), upload applied. means: use the means. */
void yk_xc_draw_side(const xc_side *sd, const double *coef, yk_rng *g, bool means,
                     xc_fdraw *out);

/* ---- allocation (allocate.c) ---------------------------------------------- */

typedef struct xc_group {
    int cls;
    int shots;
    double count;   /* aim points in the group (an integer) */
    double surv;    /* their survival probability so far */
} xc_group;

typedef struct xc_alloc_work {
    xc_group *groups;
    int *heap;
    double *key;
    double *scratch; /* 3 x cap: a second allocation's outputs */
    int *rev;
    size_t cap;     /* groups and heap entries; >= classes and weapons */
} xc_alloc_work;

yk_status yk_xc_alloc_work_init(xc_alloc_work *w, size_t cap);
void yk_xc_alloc_work_free(xc_alloc_work *w);

/* Greedy allocation by marginal expected value destroyed, weapon type by
 * weapon type in the order given: class c has count[c] identical aim
 * points worth value[c] each; weapon type t (order[i]) has warheads[t]
 * warheads with kill probability p[t * n_classes + c] on one aim point
 * of class c; at most max_shots shots per aim point. Gives each class's
 * mean survival (surv[c]) and shots (shots[c], total over its aim
 * points), each weapon type's warheads left unused (unused[t]).
 * w->cap must be at least n_classes + n_weapons + 1. Returns the
 * expected value destroyed. */
double yk_xc_allocate(size_t n_classes, const double *count, const double *value,
                      size_t n_weapons, const int *order, const double *warheads,
                      const double *p, int max_shots, xc_alloc_work *w, double *surv,
                      double *shots, double *unused);

/* The better of the allocation in the given order and in its reverse. */
double yk_xc_allocate_best(size_t n_classes, const double *count, const double *value,
                           size_t n_weapons, const int *order, const double *warheads,
                           const double *p, int max_shots, xc_alloc_work *w, double *surv,
                           double *shots, double *unused);

/* ---- one strike (strike.c) ---------------------------------------------- */

typedef struct xc_strike_work {
    xc_alloc_work alloc;
    size_t cap_classes, cap_weapons;
    size_t last_nc, last_nw;  /* the last strike's classes and weapon types */
    double *count, *value, *hard, *p, *surv, *shots, *unused, *cf;
    double *cbrt_hard;
    double *held;   /* per force: warheads of a salvo (survivors, reserve) */
    int *cls_force, *order, *cls_of;
    xc_kind *cls_kind;
} xc_strike_work;

yk_status yk_xc_strike_work_init(xc_strike_work *w, size_t max_forces);
void yk_xc_strike_work_free(xc_strike_work *w);

typedef struct xc_strike_out {
    double target_before;     /* target's warheads */
    double first_strike;      /* striker's counterforce warheads launched */
    double surviving;         /* target's expected surviving warheads */
    double surviving_silo;    /* of which in silos */
    double delivered_on_target; /* striker's warheads arriving on the
                                   target, both waves */
    double deliverable;       /* survivors in range of the striker's cities */
    double retaliation;       /* warheads arriving on the striker */
    double retaliation_emt;
    double damage_striker;
    double second_wave_emt;   /* striker's reserve arriving on the target */
    double damage_target;
    double allocated_value;   /* expected warheads destroyed (allocation) */
    double residual[XC_MAX_SIDES]; /* striker's reserve arriving on each
                                      third side (not the target) */
} xc_strike_out;

/* Fraction of n incoming missile warheads that get through interceptors
 * (coefficients: pk, tracking, shots per warhead, shoot-look-shoot);
 * *used gets the interceptors spent. */
double yk_xc_defence(double n, double interceptors, const double *coef, double *used);
/* Share of value destroyed by emt equivalent megatons. */
double yk_xc_damage(double emt, const double *coef);

/* Side x strikes side y first (indices into sides); dx, dy their draws. */
void yk_xc_strike(const xc_side *sides, size_t n_sides, const xc_fdraw *const *draws,
                  size_t x, size_t y, const double *coef, xc_strike_work *w,
                  xc_strike_out *out);

/* What side z's whole force delivers on side x (three-body: the third
 * state facing a striker); scratch holds z's forces' warheads. */
double yk_xc_unstruck_delivered(const xc_side *z, const xc_fdraw *dz, size_t x,
                                const xc_side *sx, const double *coef, double *scratch);

/* Kent & Thaler cost ratio: min(1, C(first) / C(second)), C = own
 * damage + weight x (1 - opponent's damage); 1 when C(second) = 0. */
double yk_xc_stability(double own_first, double other_first, double own_second,
                       double other_second, double weight);

/* ---- the run's model (setup.c) -------------------------------------------- */

typedef struct xc_year {
    int year;
    yk_world world;
    xc_side sides[XC_MAX_SIDES];
} xc_year;

typedef struct xc_model {
    uint64_t seed;
    size_t n_sides;
    char ids[XC_MAX_SIDES][YK_ID_MAX];
    int year_from, n_years;
    xc_year *years;
    size_t max_forces;
    double fixed[YK_XC_COUNT];
    const yk_coefficient *overrides[YK_XC_COUNT]; /* drawn per replicate */
    int override_id[YK_XC_COUNT];
    size_t n_overrides;
    size_t n_values;          /* numbers per replicate (all years) */
    double hist_hi_warheads;  /* top of the warhead histograms */
} xc_model;

/* Numbers of one year, per replicate, in this order. */
size_t yk_xc_values_per_year(size_t n_sides);
size_t yk_xc_at_warheads(size_t n_sides, size_t i);
size_t yk_xc_at_pair(size_t n_sides, size_t a, size_t b, int m);
size_t yk_xc_at_three(size_t n_sides, size_t a, size_t b, size_t c, bool third);
/* Whether value k of a year is a share (0..1) or a count of warheads. */
bool yk_xc_value_is_share(size_t n_sides, size_t k);

yk_status yk_xc_model_prepare(const yk_scenario *s, const yk_exchange_options *o,
                              xc_model *m, yk_error *err);
void yk_xc_model_free(xc_model *m);
yk_status yk_xc_prepare_side(const yk_world *w, size_t state, const char *const *ids,
                             size_t n_ids, int year, xc_side *out);
void yk_xc_side_free(xc_side *sd);

/* One replicate's coefficients (overrides drawn on substream 0). */
void yk_xc_coefficients(const xc_model *m, uint64_t rep, double *coef);

/* Per-replicate work. */
typedef struct xc_work {
    xc_strike_work strike;
    xc_fdraw *draws[XC_MAX_SIDES];
    double coef[YK_XC_COUNT];
} xc_work;

yk_status yk_xc_work_init(xc_work *w, const xc_model *m);
void yk_xc_work_free(xc_work *w);
/* One replicate over every year into values[0 .. m->n_values). */
void yk_xc_replicate(const xc_model *m, uint64_t rep, xc_work *w, double *values);
/* One year of one replicate (the benchmark's evaluation). */
void yk_xc_evaluate(const xc_model *m, int y, uint64_t rep, xc_work *w, double *values);

/* ---- the result (result.c) ----------------------------------------------- */

struct yk_exchange_result {
    xc_model model;
    int64_t replicates;
    yk_moments *mom;          /* n_values */
    yk_histogram *hist;       /* n_values */
};

#endif
