/*
 * world.h - the world in memory: states and their nuclear forces,
 * alliances, rivalries, policy events on a time line, and crises
 * (MODEL.md section 1).
 *
 * A world is produced by the scenario loader (scenario.h) and owned by it;
 * engines read it. Every numeric parameter is a yk_param: a value or a
 * distribution, with the field's range and the provenance the data file
 * gave it. Keyed collections (states, alliances, rivalries) are sorted by
 * id, so their order never depends on the order of a file.
 */
#ifndef YOKUSHI_WORLD_H
#define YOKUSHI_WORLD_H

#include "export.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rng.h"

YK_BEGIN_DECLS

/* ---- Values and distributions ------------------------------------------ */

typedef enum yk_dist_kind {
    YK_DIST_FIXED = 0,   /* value */
    YK_DIST_UNIFORM,     /* a = lo, b = hi */
    YK_DIST_TRIANGULAR,  /* a = lo, b = mode, c = hi */
    YK_DIST_BETA,        /* a = alpha, b = beta; support [0, 1] */
    YK_DIST_NORMAL       /* a = mean, b = sd; truncated to [lo, hi] */
} yk_dist_kind;

typedef struct yk_param {
    double value;  /* the point value; for a distribution its mean */
    double a, b, c;
    double lo, hi; /* the field's range; draws never leave it */
    yk_dist_kind kind;
    const char *source;     /* source keys ("F1; S1"), NULL if none */
    const char *assumption; /* an assumption note, NULL if none */
} yk_param;

/* One draw from p using stream r (a fixed value consumes no draw). */
double yk_param_sample(const yk_param *p, yk_rng *r);
/* The mean of p's distribution (value for a fixed one). */
double yk_param_mean(const yk_param *p);
/* True when p is a distribution, not a fixed value. */
bool yk_param_is_uncertain(const yk_param *p);

/* ---- States and forces ------------------------------------------------- */

typedef enum yk_force_type {
    YK_FORCE_ICBM_SILO = 0,
    YK_FORCE_ICBM_MOBILE,
    YK_FORCE_SLBM,
    YK_FORCE_BOMBER,
    YK_FORCE_THEATRE_MISSILE,
    YK_FORCE_DUAL_CAPABLE_AIRCRAFT,
    YK_FORCE_SLCM,
    YK_FORCE_GRAVITY_BOMB,
    YK_FORCE_TYPE_COUNT
} yk_force_type;

/* One delivery system of a state. Its counts may be distributions
 * (launchers_param, warheads_per_launcher_param, as the file gives them:
 * a draw is rounded to a whole number, yk_force_warheads_draw);
 * `launchers` and `warheads_per_launcher` are their means rounded to
 * whole numbers, what every engine reads at the means. year_in/year_out
 * bound the years it is in service (0 = no bound): active in year y when
 * year_in <= y < year_out. */
typedef struct yk_force {
    const char *name;           /* "Minuteman III"; may be NULL */
    yk_force_type type;
    int64_t launchers;
    int64_t warheads_per_launcher;
    yk_param yield_kt;          /* kilotons per warhead */
    yk_param cep_m;             /* circular error probable, metres */
    yk_param range_km;
    yk_param reliability;       /* 0..1 launch-to-detonation */
    yk_param alert;             /* 0..1 share ready to launch on warning */
    yk_param hardness_psi;      /* silo blast hardness, psi */
    yk_param survivability;     /* 0..1 share surviving a surprise strike
                                   when not alerted */
    int year_in;
    int year_out;
    yk_param launchers_param;             /* the file's `launchers` */
    yk_param warheads_per_launcher_param; /* the file's `warheads_per_launcher` */
} yk_force;

typedef struct yk_nuclear {
    yk_force *forces;
    size_t n_forces;
    yk_param reserve_warheads;  /* stockpiled, not deployed */
} yk_nuclear;

typedef struct yk_conventional {
    yk_param power;               /* military spending, USD bn/yr */
    yk_param long_range_strike;   /* 0..1 */
    yk_param air_missile_defense; /* 0..1 */
    yk_param cyber;               /* 0..1 */
    yk_param space;               /* 0..1 */
} yk_conventional;

typedef enum yk_posture {
    YK_POSTURE_FIRST_USE = 0,
    YK_POSTURE_SOLE_PURPOSE,
    YK_POSTURE_NO_FIRST_USE
} yk_posture;

typedef struct yk_doctrine {
    yk_posture posture;
    bool launch_on_warning;
    yk_param predelegation;       /* 0..1 */
} yk_doctrine;

typedef struct yk_regime {
    yk_param democracy;           /* 0..1 */
    yk_param civilian_control;    /* 0..1 */
} yk_regime;

typedef enum yk_npt_status {
    YK_NPT_NWS = 0,   /* recognised nuclear-weapon state */
    YK_NPT_NNWS,      /* non-nuclear-weapon state party */
    YK_NPT_OUTSIDE,   /* never joined */
    YK_NPT_WITHDRAWN
} yk_npt_status;

typedef struct yk_latency {
    yk_param breakout_months;     /* months to a first weapon */
    yk_param fissile_stock_kg;    /* separated Pu + HEU */
} yk_latency;

typedef enum yk_region {
    YK_REGION_NORTH_AMERICA = 0,
    YK_REGION_EUROPE,
    YK_REGION_EURASIA,
    YK_REGION_MIDDLE_EAST,
    YK_REGION_SOUTH_ASIA,
    YK_REGION_EAST_ASIA,
    YK_REGION_OCEANIA,
    YK_REGION_LATIN_AMERICA,
    YK_REGION_AFRICA
} yk_region;

/* A state's proliferation stage (the cascade engine's stage machine,
 * docs/MODEL.md section 8): exploring the option, a weapons programme,
 * weapons. A state with an arsenal is nuclear whatever its stage says. */
typedef enum yk_stage {
    YK_STAGE_NONE = 0,
    YK_STAGE_HEDGING,
    YK_STAGE_PROGRAMME,
    YK_STAGE_NUCLEAR
} yk_stage;

#define YK_ID_MAX 16

typedef struct yk_state {
    char id[YK_ID_MAX];           /* ISO 3166 alpha-3 */
    const char *name;
    yk_region region;
    yk_nuclear nuclear;
    yk_conventional conventional;
    yk_doctrine doctrine;
    yk_regime regime;
    yk_param public_support_nuclear;  /* 0..1 */
    yk_npt_status npt;
    yk_latency latency;
    yk_param resolve;                 /* 0..1 */
    yk_stage stage;                   /* proliferation stage */
    int stage_year;                   /* the year it began; 0: unknown */
} yk_state;

/* ---- Alliances and rivalries ------------------------------------------- */

typedef enum yk_alliance_kind {
    YK_ALLIANCE_TREATY = 0,
    YK_ALLIANCE_UMBRELLA,
    YK_ALLIANCE_NUCLEAR_SHARING,
    YK_ALLIANCE_CONSULTATION
} yk_alliance_kind;

typedef struct yk_nuclear_sharing {
    bool stationed;      /* patron weapons on the ally's soil */
    int64_t weapons;     /* how many: weapons_param's mean, rounded */
    yk_param weapons_param; /* the file's `weapons` (may be a distribution) */
} yk_nuclear_sharing;

/* A patron's commitment to one ally; id "PATRON-ALLY". */
typedef struct yk_alliance {
    char id[YK_ID_MAX];
    size_t patron;                /* index into states */
    size_t ally;
    yk_alliance_kind kind;
    const char *bloc;             /* "NATO", or NULL */
    yk_param commitment;          /* 0..1 */
    yk_param forward_forces;      /* 0..1 tripwire index */
    yk_param consultation;        /* 0..1 */
    yk_nuclear_sharing nuclear_sharing;
    yk_param credibility;         /* 0..1 belief the patron will fight */
} yk_alliance;

/* id "A-B" with A < B alphabetically. */
typedef struct yk_rivalry {
    char id[YK_ID_MAX];
    size_t a;
    size_t b;
    yk_param intensity;           /* 0..1 */
    bool territorial;
} yk_rivalry;

/* ---- Events and crises --------------------------------------------------- */

typedef enum yk_event_kind {
    YK_EVENT_CHANGE = 0,      /* a data change given by `set` */
    YK_EVENT_AID_HALT,
    YK_EVENT_AID_RESUME,
    YK_EVENT_TREATY_EXPIRY,
    YK_EVENT_TREATY_ENTRY,
    YK_EVENT_NEGLECT,
    YK_EVENT_REASSURANCE,
    YK_EVENT_ABANDONMENT,
    YK_EVENT_DEPLOYMENT,
    YK_EVENT_WITHDRAWAL,
    YK_EVENT_NPT_WITHDRAWAL,
    YK_EVENT_NUCLEAR_TEST,
    /* The actor (a patron) encourages the target to acquire nuclear
     * weapons: selective proliferation (Graefrath & Raymond 2025). */
    YK_EVENT_ENCOURAGEMENT,
    /* The actor conquers the target; a nuclear-armed ally conquered while
     * its patron restrained it is the devaluation shock of the
     * hegemon's-dilemma post. */
    YK_EVENT_CONQUEST,
    /* Counter-proliferation against the target's programme by the actor
     * (docs/MODEL.md section 8): a preventive strike on its sites,
     * sanctions, a negotiated constraint. */
    YK_EVENT_PREVENTIVE_STRIKE,
    YK_EVENT_SANCTIONS,
    YK_EVENT_CONSTRAINT
} yk_event_kind;

#define YK_NONE ((size_t)-1)

/* A policy event is data; the engines decide its effect. Events whose
 * `set` changes the world are applied by the loader for every year up to
 * the world's year (yk_scenario_world_at gives other years). */
typedef struct yk_event {
    int year;
    yk_event_kind kind;
    size_t actor;                 /* state index or YK_NONE */
    size_t target;                /* state index or YK_NONE */
    const char *treaty;           /* "new_start", or NULL */
    const char *note;
    size_t n_changes;             /* entries of its `set` */
    bool applied;                 /* year <= the world's year */
} yk_event;

typedef struct yk_crisis {
    const char *name;             /* "CHN-JPN" unless named */
    size_t aggressor;
    size_t target;
    size_t patron;                /* YK_NONE: no patron */
    const char *theatre;          /* "east_china_sea" */
    yk_param stake_aggressor;     /* 0..1 value of the stakes */
    yk_param stake_target;
    yk_param stake_patron;
} yk_crisis;

/* One rung of an escalation ladder (the ladder engine, MODEL.md section
 * 4): which of a side's capabilities count at it. A scenario's `ladder:`
 * list replaces the engine's default ten rungs. */
typedef enum yk_rung_kind {
    YK_RUNG_RESOLVE = 0,          /* a crisis: the balance of resolve */
    YK_RUNG_CONVENTIONAL,         /* conventional war in the theatre */
    YK_RUNG_STRATEGIC_CONVENTIONAL, /* long-range strike, cyber, space */
    YK_RUNG_SIGNALLING,           /* nuclear alerts, tests, dispersal */
    YK_RUNG_THEATRE_NUCLEAR,      /* non-strategic nuclear forces */
    YK_RUNG_STRATEGIC_NUCLEAR     /* strategic forces */
} yk_rung_kind;

typedef struct yk_rung {
    const char *name;
    bool nuclear;                 /* a nuclear weapon is used at it */
    yk_rung_kind capability;
    yk_param cost;                /* stake units, paid by a side ending here */
    yk_param accident;            /* per-step chance of an unintended jump */
} yk_rung;

typedef struct yk_source {
    const char *key;              /* "F1" */
    const char *citation;
} yk_source;

/* ---- The world ------------------------------------------------------------ */

struct yk_theatre; /* theatre.h */

typedef struct yk_world {
    int year;
    yk_source *sources;
    size_t n_sources;
    yk_state *states;
    size_t n_states;
    yk_alliance *alliances;
    size_t n_alliances;
    yk_rivalry *rivalries;
    size_t n_rivalries;
    yk_event *events;
    size_t n_events;
    yk_crisis *crises;
    size_t n_crises;
    struct yk_theatre *theatres;  /* theatre.h; sorted by id */
    size_t n_theatres;
    yk_rung *rungs;               /* a scenario's own ladder; 0: the default */
    size_t n_rungs;
    void *memory;                 /* owns every array and string above */
} yk_world;

/* Frees what a world owns (worlds from yk_scenario_world_at). */
void yk_world_free(yk_world *w);

/* Lookups by id; YK_NONE (or NULL) when absent. */
size_t yk_world_state_index(const yk_world *w, const char *id);
const yk_state *yk_world_state(const yk_world *w, const char *id);
const yk_alliance *yk_world_alliance(const yk_world *w, const char *id);
const yk_rivalry *yk_world_rivalry(const yk_world *w, const char *a,
                                   const char *b);

/* Whether force f is in service in `year`. */
bool yk_force_active(const yk_force *f, int year);
/* Warheads on f's launchers (launchers x warheads each), at the counts'
 * rounded means. */
int64_t yk_force_warheads(const yk_force *f);
/* The same for one draw from r: each uncertain count drawn and rounded to
 * the nearest whole number (a fixed count draws nothing), then
 * multiplied. */
int64_t yk_force_warheads_draw(const yk_force *f, yk_rng *r);
/* Deployed warheads of s on forces active in `year`. */
int64_t yk_state_deployed_warheads(const yk_state *s, int year);
/* Deployed plus mean reserve warheads. */
double yk_state_stockpile(const yk_state *s, int year);
bool yk_state_is_nuclear(const yk_state *s, int year);

/* Names of enumerations, as written in files ("icbm_silo"). */
const char *yk_force_type_name(yk_force_type t);
const char *yk_posture_name(yk_posture p);
const char *yk_npt_status_name(yk_npt_status s);
const char *yk_region_name(yk_region r);
const char *yk_alliance_kind_name(yk_alliance_kind k);
const char *yk_event_kind_name(yk_event_kind k);
const char *yk_stage_name(yk_stage s);
const char *yk_rung_kind_name(yk_rung_kind k);

YK_END_DECLS

#endif
