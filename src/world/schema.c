/*
 * schema.c - the field tables of world and scenario files (MODEL.md
 * section 1): every field's name, kind, unit, range, default and meaning.
 *
 * Defaults apply when a file leaves a field out; each is documented in
 * docs/SCENARIOS.md and shown by `yokushi show`. Ranges bound both values
 * and the support of distributions.
 */
#include <stddef.h>
#include <string.h>

#include "world/document.h"
#include "yokushi/theatre.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Field constructors, one per kind, to keep the tables one line a field. */
#define PARAM(T, m, lo_, hi_, def_, unit_, doc_)                              \
    {.name = #m, .kind = YK_FIELD_PARAM, .offset = offsetof(T, m),            \
     .lo = (lo_), .hi = (hi_), .def = (def_), .unit = (unit_), .doc = (doc_)}
#define PARAM_AS(T, name_, member, lo_, hi_, def_, unit_, doc_)               \
    {.name = name_, .kind = YK_FIELD_PARAM, .offset = offsetof(T, member),    \
     .lo = (lo_), .hi = (hi_), .def = (def_), .unit = (unit_), .doc = (doc_)}
#define PARAM_COUNT(T, name_, member, lo_, hi_, def_, unit_, doc_, fl)       \
    {.name = name_, .kind = YK_FIELD_PARAM, .offset = offsetof(T, member),    \
     .lo = (lo_), .hi = (hi_), .def = (def_), .unit = (unit_), .doc = (doc_), \
     .flags = YK_FIELD_F_WHOLE | (fl)}
#define COUNT(T, m, lo_, hi_, def_, unit_, doc_, fl)                          \
    {.name = #m, .kind = YK_FIELD_INT, .offset = offsetof(T, m),              \
     .lo = (lo_), .hi = (hi_), .def = (def_), .unit = (unit_), .doc = (doc_), \
     .flags = (fl)}
#define YEAR(T, m, def_, doc_, fl)                                            \
    {.name = #m, .kind = YK_FIELD_INT, .offset = offsetof(T, m),              \
     .lo = 0, .hi = 2200, .def = (def_), .unit = "year", .doc = (doc_),       \
     .flags = YK_FIELD_F_INT32 | (fl)}
#define YEAR_AS(T, name_, member, def_, doc_, fl)                             \
    {.name = name_, .kind = YK_FIELD_INT, .offset = offsetof(T, member),      \
     .lo = 0, .hi = 2200, .def = (def_), .unit = "year", .doc = (doc_),       \
     .flags = YK_FIELD_F_INT32 | (fl)}
#define BOOL(T, m, def_, doc_)                                                \
    {.name = #m, .kind = YK_FIELD_BOOL, .offset = offsetof(T, m),             \
     .def = (def_), .unit = "bool", .doc = (doc_)}
#define ENUM_AS(T, name_, member, names_, def_, doc_, fl)                     \
    {.name = name_, .kind = YK_FIELD_ENUM, .offset = offsetof(T, member),     \
     .names = (names_), .def = (def_), .unit = "name", .doc = (doc_),         \
     .flags = (fl)}
#define STRING(T, m, doc_, fl)                                                \
    {.name = #m, .kind = YK_FIELD_STRING, .offset = offsetof(T, m),           \
     .unit = "text", .doc = (doc_), .flags = (fl)}
#define REF(T, m, doc_, fl)                                                   \
    {.name = #m, .kind = YK_FIELD_STATE_REF, .offset = offsetof(T, m),        \
     .unit = "state id", .doc = (doc_), .flags = (fl)}
#define STRUCT(T, m, sub_, doc_)                                              \
    {.name = #m, .kind = YK_FIELD_STRUCT, .offset = offsetof(T, m),           \
     .sub = &(sub_), .doc = (doc_)}
#define LIST(T, name_, m, cnt, sub_, doc_)                                    \
    {.name = name_, .kind = YK_FIELD_LIST, .offset = offsetof(T, m),          \
     .count_offset = offsetof(T, cnt), .sub = &(sub_), .doc = (doc_)}
#define LIST_OPT(T, name_, m, cnt, sub_, doc_)                                \
    {.name = name_, .kind = YK_FIELD_LIST, .offset = offsetof(T, m),          \
     .count_offset = offsetof(T, cnt), .sub = &(sub_), .doc = (doc_),         \
     .flags = YK_FIELD_F_OMIT_EMPTY}
#define MAP(T, name_, m, cnt, sub_, doc_)                                     \
    {.name = name_, .kind = YK_FIELD_MAP, .offset = offsetof(T, m),           \
     .count_offset = offsetof(T, cnt), .sub = &(sub_), .doc = (doc_)}
#define META(name_, doc_)                                                     \
    {.name = name_, .kind = YK_FIELD_META, .doc = (doc_)}
#define SCHEMA(var, T, name_, doc_, keyed_, idoff)                            \
    const yk_schema var = {name_, doc_, sizeof(T), var##_fields,              \
                           ARRAY_LEN(var##_fields), idoff, keyed_}

#define Y_MAX 1e9 /* an upper bound for open-ended magnitudes */

/* ---- enumerations (the order is the C enum's) ---------------------------- */

static const char *const force_type_names[] = {
    "icbm_silo", "icbm_mobile", "slbm", "bomber", "theatre_missile",
    "dual_capable_aircraft", "slcm", "gravity_bomb", NULL};
static const char *const posture_names[] = {
    "first_use", "sole_purpose", "no_first_use", NULL};
static const char *const npt_names[] = {
    "nws", "nnws", "outside", "withdrawn", NULL};
static const char *const region_names[] = {
    "north_america", "europe", "eurasia", "middle_east", "south_asia",
    "east_asia", "oceania", "latin_america", "africa", NULL};
static const char *const alliance_kind_names[] = {
    "treaty", "umbrella", "nuclear_sharing", "consultation", NULL};
static const char *const event_kind_names[] = {
    "change", "aid_halt", "aid_resume", "treaty_expiry", "treaty_entry",
    "neglect", "reassurance", "abandonment", "deployment", "withdrawal",
    "npt_withdrawal", "nuclear_test", "encouragement", "conquest",
    "preventive_strike", "sanctions", "constraint", NULL};
static const char *const stage_names[] = {
    "none", "hedging", "programme", "nuclear", NULL};
static const char *const rung_kind_names[] = {
    "resolve", "conventional", "strategic_conventional", "signalling",
    "theatre_nuclear", "strategic_nuclear", NULL};

static const char *enum_name(const char *const *names, size_t n, int v)
{
    if (v < 0 || (size_t)v >= n - 1)
        return "?";
    return names[v];
}

const char *yk_force_type_name(yk_force_type t)
{ return enum_name(force_type_names, ARRAY_LEN(force_type_names), (int)t); }
const char *yk_posture_name(yk_posture p)
{ return enum_name(posture_names, ARRAY_LEN(posture_names), (int)p); }
const char *yk_npt_status_name(yk_npt_status s)
{ return enum_name(npt_names, ARRAY_LEN(npt_names), (int)s); }
const char *yk_region_name(yk_region r)
{ return enum_name(region_names, ARRAY_LEN(region_names), (int)r); }
const char *yk_alliance_kind_name(yk_alliance_kind k)
{ return enum_name(alliance_kind_names, ARRAY_LEN(alliance_kind_names), (int)k); }
const char *yk_event_kind_name(yk_event_kind k)
{ return enum_name(event_kind_names, ARRAY_LEN(event_kind_names), (int)k); }
const char *yk_stage_name(yk_stage s)
{ return enum_name(stage_names, ARRAY_LEN(stage_names), (int)s); }
const char *yk_rung_kind_name(yk_rung_kind k)
{ return enum_name(rung_kind_names, ARRAY_LEN(rung_kind_names), (int)k); }

/* ---- force --------------------------------------------------------------- */

static const yk_field yk_schema_of_force_fields[] = {
    STRING(yk_force, name, "system name, e.g. \"Minuteman III\"; selects the force in set: paths", 0),
    ENUM_AS(yk_force, "type", type, force_type_names, 0,
            "delivery system type", YK_FIELD_F_REQUIRED),
    PARAM_COUNT(yk_force, "launchers", launchers_param, 0, 1e6, 0, "launchers",
                "launchers (missiles, aircraft, tubes) in service; a distribution is drawn and rounded",
                YK_FIELD_F_REQUIRED),
    PARAM_COUNT(yk_force, "warheads_per_launcher", warheads_per_launcher_param, 0, 64, 1,
                "warheads", "warheads carried by each launcher; a distribution is drawn and rounded", 0),
    PARAM(yk_force, yield_kt, 0, 1e5, 100, "kt", "explosive yield of each warhead"),
    PARAM(yk_force, cep_m, 0, 1e5, 200, "m", "circular error probable"),
    PARAM(yk_force, range_km, 0, 2e4, 1000, "km", "maximum range"),
    PARAM(yk_force, reliability, 0, 1, 0.8, "0..1",
          "probability a launched warhead detonates on target"),
    PARAM(yk_force, alert, 0, 1, 0, "0..1", "share ready to launch on warning"),
    PARAM(yk_force, hardness_psi, 0, 1e5, 0, "psi",
          "blast overpressure a silo withstands (0: soft target)"),
    PARAM(yk_force, survivability, 0, 1, 0, "0..1",
          "share of non-alert launchers surviving a surprise strike"),
    YEAR(yk_force, year_in, 0, "first year in service (0: always)", 0),
    YEAR(yk_force, year_out, 0, "first year out of service (0: never)", 0),
};
SCHEMA(yk_schema_of_force, yk_force, "force", "one delivery system of a state", 0, 0);

/* ---- state --------------------------------------------------------------- */

static const yk_field yk_schema_of_nuclear_fields[] = {
    LIST(yk_nuclear, "forces", forces, n_forces, yk_schema_of_force,
         "delivery systems; empty for a non-nuclear state"),
    PARAM(yk_nuclear, reserve_warheads, 0, 1e5, 0, "warheads",
          "stockpiled warheads not on launchers (upload capacity)"),
};
static SCHEMA(yk_schema_of_nuclear, yk_nuclear, "nuclear", "the arsenal", 0, 0);

static const yk_field yk_schema_of_conventional_fields[] = {
    PARAM(yk_conventional, power, 0, 1e5, 0, "USD bn/yr",
          "military spending, the conventional power index"),
    PARAM(yk_conventional, long_range_strike, 0, 1, 0, "0..1",
          "long-range conventional precision strike capability"),
    PARAM(yk_conventional, air_missile_defense, 0, 1, 0, "0..1",
          "air and missile defence capability"),
    PARAM(yk_conventional, cyber, 0, 1, 0, "0..1", "offensive cyber capability"),
    PARAM(yk_conventional, space, 0, 1, 0, "0..1", "space and counter-space capability"),
};
static SCHEMA(yk_schema_of_conventional, yk_conventional, "conventional",
              "conventional power and means", 0, 0);

static const yk_field yk_schema_of_doctrine_fields[] = {
    ENUM_AS(yk_doctrine, "posture", posture, posture_names, YK_POSTURE_FIRST_USE,
            "declared nuclear use policy", 0),
    BOOL(yk_doctrine, launch_on_warning, 0, "launches on warning of attack"),
    PARAM(yk_doctrine, predelegation, 0, 1, 0, "0..1",
          "degree of pre-delegated launch authority"),
};
static SCHEMA(yk_schema_of_doctrine, yk_doctrine, "doctrine", "nuclear doctrine", 0, 0);

static const yk_field yk_schema_of_regime_fields[] = {
    PARAM(yk_regime, democracy, 0, 1, 0.5, "0..1", "democratic accountability"),
    PARAM(yk_regime, civilian_control, 0, 1, 0.5, "0..1",
          "civilian control of the military"),
};
static SCHEMA(yk_schema_of_regime, yk_regime, "regime", "political regime", 0, 0);

static const yk_field yk_schema_of_latency_fields[] = {
    PARAM(yk_latency, breakout_months, 0, 600, 120, "months",
          "time from decision to a first weapon"),
    PARAM(yk_latency, fissile_stock_kg, 0, 1e6, 0, "kg",
          "separated plutonium and highly enriched uranium on hand"),
};
static SCHEMA(yk_schema_of_latency, yk_latency, "latency", "nuclear latency", 0, 0);

static const yk_field yk_schema_of_state_fields[] = {
    STRING(yk_state, name, "full name", YK_FIELD_F_REQUIRED | YK_FIELD_F_LABEL),
    ENUM_AS(yk_state, "region", region, region_names, 0, "world region",
            YK_FIELD_F_REQUIRED),
    STRUCT(yk_state, nuclear, yk_schema_of_nuclear, "the arsenal"),
    STRUCT(yk_state, conventional, yk_schema_of_conventional, "conventional means"),
    STRUCT(yk_state, doctrine, yk_schema_of_doctrine, "nuclear doctrine"),
    STRUCT(yk_state, regime, yk_schema_of_regime, "political regime"),
    PARAM(yk_state, public_support_nuclear, 0, 1, 0.5, "0..1",
          "public support for (own) nuclear weapons"),
    ENUM_AS(yk_state, "npt", npt, npt_names, YK_NPT_NNWS,
            "standing under the Non-Proliferation Treaty", 0),
    STRUCT(yk_state, latency, yk_schema_of_latency, "nuclear latency"),
    PARAM(yk_state, resolve, 0, 1, 0.5, "0..1",
          "willingness to bear costs for its stakes"),
    ENUM_AS(yk_state, "stage", stage, stage_names, YK_STAGE_NONE,
            "proliferation stage: none, hedging (exploring the option), programme "
            "(pursuing weapons), nuclear; a state with an arsenal is nuclear", 0),
    YEAR_AS(yk_state, "stage_year", stage_year, 0,
            "the year the stage began (0: unknown, taken as the run's first year)", 0),
};
SCHEMA(yk_schema_of_state, yk_state, "state", "a state, keyed by its ISO 3166 alpha-3 code",
       1, offsetof(yk_state, id));

/* ---- alliance, rivalry ----------------------------------------------------- */

static const yk_field yk_schema_of_sharing_fields[] = {
    BOOL(yk_nuclear_sharing, stationed, 0, "patron weapons stationed in the ally"),
    PARAM_COUNT(yk_nuclear_sharing, "weapons", weapons_param, 0, 1e4, 0, "warheads",
                "patron weapons stationed there; a distribution is drawn and rounded", 0),
};
SCHEMA(yk_schema_of_sharing, yk_nuclear_sharing, "nuclear_sharing",
              "nuclear sharing arrangement", 0, 0);

static const yk_field yk_schema_of_alliance_fields[] = {
    ENUM_AS(yk_alliance, "kind", kind, alliance_kind_names, 0,
            "the strongest form of the commitment", YK_FIELD_F_REQUIRED),
    STRING(yk_alliance, bloc, "the multilateral alliance it belongs to, e.g. NATO", 0),
    PARAM(yk_alliance, commitment, 0, 1, 0.5, "0..1",
          "how bound the patron is (treaty text, ratification, history)"),
    PARAM(yk_alliance, forward_forces, 0, 1, 0, "0..1",
          "patron troops and assets in the ally (tripwire)"),
    PARAM(yk_alliance, consultation, 0, 1, 0, "0..1",
          "nuclear consultation mechanisms"),
    STRUCT(yk_alliance, nuclear_sharing, yk_schema_of_sharing, "nuclear sharing"),
    PARAM(yk_alliance, credibility, 0, 1, 0.5, "0..1",
          "current belief that the patron will fight for the ally"),
};
SCHEMA(yk_schema_of_alliance, yk_alliance, "alliance",
       "a patron's commitment to an ally, keyed PATRON-ALLY", 1,
       offsetof(yk_alliance, id));

static const yk_field yk_schema_of_rivalry_fields[] = {
    PARAM(yk_rivalry, intensity, 0, 1, 0.5, "0..1", "hostility of the rivalry"),
    BOOL(yk_rivalry, territorial, 0, "a territorial dispute is part of it"),
};
SCHEMA(yk_schema_of_rivalry, yk_rivalry, "rivalry",
       "a strategic rivalry, keyed A-B in alphabetical order", 1,
       offsetof(yk_rivalry, id));

/* ---- event, crisis, run ----------------------------------------------------- */

static const yk_field yk_schema_of_event_fields[] = {
    YEAR(yk_event, year, 0, "the year it happens", YK_FIELD_F_REQUIRED),
    ENUM_AS(yk_event, "event", kind, event_kind_names, YK_EVENT_CHANGE,
            "what happens", 0),
    REF(yk_event, actor, "the state that acts; set: paths are relative to it",
        YK_FIELD_F_OPTIONAL_REF),
    REF(yk_event, target, "the state acted upon", YK_FIELD_F_OPTIONAL_REF),
    STRING(yk_event, treaty, "the treaty concerned, e.g. new_start", 0),
    STRING(yk_event, note, "what it is, in words", YK_FIELD_F_LABEL),
    META("set", "changes to the world, by dotted path"),
};
SCHEMA(yk_schema_of_event, yk_event, "event", "a policy event on the time line", 0, 0);

static const yk_field yk_schema_of_crisis_fields[] = {
    STRING(yk_crisis, name, "a name (default AGGRESSOR-TARGET)", 0),
    REF(yk_crisis, aggressor, "the state that may attack", YK_FIELD_F_REQUIRED),
    REF(yk_crisis, target, "the state attacked", YK_FIELD_F_REQUIRED),
    REF(yk_crisis, patron, "the target's patron, if any", YK_FIELD_F_OPTIONAL_REF),
    STRING(yk_crisis, theatre, "where, e.g. taiwan_strait", YK_FIELD_F_REQUIRED),
    /* Free below: the crisis hook checks the ids, and set: can reach
     * crises.NAME.stakes.ID. */
    {.name = "stakes", .kind = YK_FIELD_META, .flags = YK_FIELD_F_FREE_MAP,
     .doc = "value of the stakes to each side, by state id, 0..1"},
};
SCHEMA(yk_schema_of_crisis, yk_crisis, "crisis", "a crisis to analyse", 0, 0);

/* ---- theatre (theatre.h) ------------------------------------------------------- */

static const yk_field yk_schema_of_theatre_force_fields[] = {
    PARAM(yk_theatre_force, ready, 0, 1e4, 0, "brigade-eq.",
          "combat power in the theatre on day 0"),
    PARAM(yk_theatre_force, reinforce, 0, 1e4, 0, "brigade-eq.",
          "combat power it can add by reinforcement"),
    PARAM(yk_theatre_force, delay_days, 0, 3650, 0, "days",
          "days before its reinforcements start to arrive"),
    PARAM(yk_theatre_force, build_days, 0, 3650, 0, "days",
          "days over which its reinforcements arrive, evenly"),
    PARAM(yk_theatre_force, nuclear, 0, 1e5, 0, "warheads",
          "nuclear warheads it can use at the theatre rungs there (non-strategic, shared)"),
};
SCHEMA(yk_schema_of_theatre_force, yk_theatre_force, "theatre_force",
       "a state's forces in a theatre, keyed by its state id", 1,
       offsetof(yk_theatre_force, id));

static const yk_field yk_schema_of_theatre_fields[] = {
    STRING(yk_theatre, name, "the theatre in words", YK_FIELD_F_LABEL),
    PARAM(yk_theatre, objective_days, 0, 3650, 3, "days",
          "days the aggressor needs to take its objective"),
    PARAM(yk_theatre, defender_advantage, 1, 10, 1.5, "x",
          "multiplier on the defenders' power: own ground, terrain, water"),
    PARAM(yk_theatre, reversal, 1, 10, 1.5, "x",
          "multiplier on an aggressor's power once it holds the objective"),
    PARAM(yk_theatre, horizon_days, 0, 3650, 90, "days",
          "days by which the war is decided with every force arrived"),
    MAP(yk_theatre, "forces", forces, n_forces, yk_schema_of_theatre_force,
        "the states present, keyed by state id"),
};
SCHEMA(yk_schema_of_theatre, yk_theatre, "theatre",
       "a theatre of war, keyed by its id (e.g. baltic)", 1,
       offsetof(yk_theatre, id));

static const yk_field yk_schema_of_run_fields[] = {
    META("engines", "the engines to run, in order"),
    COUNT(yk_run_config, replicates, 1, 1e9, 10000, "replicates",
          "Monte Carlo replicates", 0),
    META("years", "[first, last] year of time-stepping engines"),
};
SCHEMA(yk_schema_of_run, yk_run_config, "run", "what to run", 0, 0);

/* One rung of a scenario's own escalation ladder (the ladder engine). */
static const yk_field yk_schema_of_rung_fields[] = {
    STRING(yk_rung, name, "what happens at the rung", YK_FIELD_F_REQUIRED),
    BOOL(yk_rung, nuclear, 0, "a nuclear weapon is used at this rung"),
    ENUM_AS(yk_rung, "capability", capability, rung_kind_names, YK_RUNG_RESOLVE,
            "which of a side's capabilities count at the rung", YK_FIELD_F_REQUIRED),
    PARAM(yk_rung, cost, 0, 1e3, 0, "stake units",
          "each side's cost of a crisis that ends at this rung"),
    PARAM(yk_rung, accident, 0, 1, 0, "probability",
          "per-step chance of an unintended jump up from this rung"),
};
SCHEMA(yk_schema_of_rung, yk_rung, "rung", "one rung of an escalation ladder", 0, 0);

/* ---- the document ------------------------------------------------------------ */

static const yk_field yk_schema_of_document_fields[] = {
    META("scenario", "the scenario's name (a scenario file)"),
    META("world", "the world's name (a world file)"),
    STRING(yk_document, description, "what it is, in words", YK_FIELD_F_LABEL),
    META("extends", "the base: a built-in name, or a path relative to this file"),
    YEAR_AS(yk_document, "year", world.year, 2025, "the year the world describes", 0),
    COUNT(yk_document, seed, 0, 9007199254740992.0, 1, "seed",
          "seed of the random streams", YK_FIELD_F_LABEL),
    META("sources", "source keys and their citations"),
    MAP(yk_document, "states", world.states, world.n_states, yk_schema_of_state,
        "the states, keyed by id"),
    MAP(yk_document, "alliances", world.alliances, world.n_alliances,
        yk_schema_of_alliance, "alliances, keyed PATRON-ALLY"),
    MAP(yk_document, "rivalries", world.rivalries, world.n_rivalries,
        yk_schema_of_rivalry, "rivalries, keyed A-B"),
    LIST(yk_document, "events", world.events, world.n_events, yk_schema_of_event,
         "the policy time line"),
    LIST(yk_document, "crises", world.crises, world.n_crises, yk_schema_of_crisis,
         "the crises to analyse"),
    MAP(yk_document, "theatres", world.theatres, world.n_theatres, yk_schema_of_theatre,
        "theatres of war, keyed by id"),
    LIST_OPT(yk_document, "ladder", world.rungs, world.n_rungs, yk_schema_of_rung,
         "the escalation ladder, lowest rung first (default: the ladder engine's ten)"),
    META("set", "overrides by dotted path"),
    {.name = "coefficients", .kind = YK_FIELD_META, .flags = YK_FIELD_F_FREE_MAP,
     .doc = "engine coefficients by engine and name, e.g. {cascade: {hazard_threat: 1.2}}"},
    STRUCT(yk_document, run, yk_schema_of_run, "what to run"),
};
SCHEMA(yk_schema_of_document, yk_document, "document", "a world or scenario file", 0, 0);

/* The world alone (what `show world` prints). */
static const yk_field yk_schema_of_world_fields[] = {
    YEAR_AS(yk_world, "year", year, 2025, "the year the world describes", 0),
    MAP(yk_world, "states", states, n_states, yk_schema_of_state, "the states"),
    MAP(yk_world, "alliances", alliances, n_alliances, yk_schema_of_alliance, "alliances"),
    MAP(yk_world, "rivalries", rivalries, n_rivalries, yk_schema_of_rivalry, "rivalries"),
    LIST(yk_world, "events", events, n_events, yk_schema_of_event, "the time line"),
    LIST(yk_world, "crises", crises, n_crises, yk_schema_of_crisis, "crises"),
    MAP(yk_world, "theatres", theatres, n_theatres, yk_schema_of_theatre, "theatres"),
    LIST_OPT(yk_world, "ladder", rungs, n_rungs, yk_schema_of_rung, "the escalation ladder"),
};
static SCHEMA(yk_schema_of_world, yk_world, "world", "a resolved world", 0, 0);

const yk_schema *yk_schema_world(void)
{
    return &yk_schema_of_world;
}

const yk_schema *yk_schema_document(void)
{
    return &yk_schema_of_document;
}

const yk_field *yk_schema_field(const yk_schema *s, const char *name)
{
    size_t i;
    for (i = 0; i < s->n_fields; i++)
        if (strcmp(s->fields[i].name, name) == 0)
            return &s->fields[i];
    return NULL;
}
