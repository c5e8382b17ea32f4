/*
 * inputs.c - the numbers of one crisis from a scenario's world and the
 * engine's coefficients: at the means, or drawn for one replicate from its
 * own Philox stream (seed, YK_STREAM_CRISIS, replicate, crisis index).
 * Every draw takes the parameters in one fixed order, so a replicate's
 * numbers never depend on the thread that computes it. Each nuclear force
 * draws from a substream of its own (the side and its place in its
 * state's list), so that two scenarios differing in a state's forces (a
 * force added at the end, as taiwan-2035-theatre-parity adds SLCM-N) draw
 * every other number alike: `yokushi compare`'s common random numbers.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "yokushi/alliances.h"
#include "models/crisis/crisis_int.h"

#define MAX_FIXED 16

/* A force in service in the world's year, and its warheads. */
typedef struct in_service {
    const yk_force *f;
    double heads;       /* at the counts' rounded means */
    size_t idx;         /* its place in the state's force list */
    bool uncertain;     /* a count is a distribution: drawn per replicate */
} in_service;

/* The forces of A, T or P in service: found once per sampler, not once
 * per draw (which forces serve does not depend on the draw). */
typedef struct arsenal_forces {
    in_service *at;
    size_t n;
} arsenal_forces;

struct yk_crisis_sampler {
    const yk_scenario *s;          /* for the ladder when --vary sets a stake */
    const yk_world *w;
    const yk_crisis *k;
    size_t index;                  /* the crisis's index: its substream */
    const yk_state *a, *t, *p;
    const yk_alliance *al;         /* P-T, or NULL */
    const yk_theatre *th;          /* the crisis's theatre, or NULL: no data */
    int *side;                     /* th's forces' sides (yk_theatre_side_of) */
    arsenal_forces forces_a, forces_t, forces_p;
    yk_param coef[YK_KC_COUNT];    /* defaults or the scenario's overrides */
    yk_crisis_inputs mean;
    int n_fixed;
    char fixed_name[MAX_FIXED][48];
    double fixed_value[MAX_FIXED];
    char escalation_source[YK_CR_SOURCE_LEN], damage_source[YK_CR_SOURCE_LEN];
    yk_cr_xcache xcache;           /* the exchanges both doors read (wiring.c) */
};

static double take(const yk_param *p, yk_rng *r)
{
    return r ? yk_param_sample(p, r) : yk_param_mean(p);
}

/* s's forces in service in `year`, in their order; false when out of
 * memory. */
static bool find_forces(const yk_state *s, int year, arsenal_forces *out)
{
    size_t i;
    out->n = 0;
    out->at = yk_malloc((s->nuclear.n_forces ? s->nuclear.n_forces : 1) * sizeof *out->at);
    if (!out->at)
        return false;
    for (i = 0; i < s->nuclear.n_forces; i++) {
        const yk_force *f = &s->nuclear.forces[i];
        if (!yk_force_active(f, year))
            continue;
        out->at[out->n].f = f;
        out->at[out->n].idx = i;
        out->at[out->n].heads = (double)yk_force_warheads(f);
        out->at[out->n].uncertain = yk_param_is_uncertain(&f->launchers_param) ||
                                    yk_param_is_uncertain(&f->warheads_per_launcher_param);
        out->n++;
    }
    return true;
}

/* Where a replicate's draws come from (NULL: the means). */
typedef struct draw_of {
    uint64_t seed, rep, index;
} draw_of;

/* Deliverable warheads of a state (launchers x warheads x reliability
 * over its forces in service) and, when independence is given, the
 * warhead-weighted share that survives a surprise strike: alert +
 * (1 - alert) x survivability. Force k of side s (1 A, 2 T, 3 P) draws
 * from substream index + s * 2^40 + (k + 1) * 2^44 of the replicate. */
static double arsenal(const arsenal_forces *fs, const draw_of *d, int side,
                      double *independence)
{
    double w = 0, n = 0, surv = 0;
    size_t i;
    for (i = 0; i < fs->n; i++) {
        const yk_force *f = fs->at[i].f;
        yk_rng fr, *r = NULL;
        if (d) {
            yk_rng_init(&fr, d->seed, YK_STREAM_CRISIS, d->rep,
                        d->index | (uint64_t)side << 40 | (uint64_t)(fs->at[i].idx + 1) << 44);
            r = &fr;
        }
        /* Counts drawn first (and only when uncertain: a world of fixed
         * counts draws as it did before counts could be distributions). */
        double heads = r && fs->at[i].uncertain ? (double)yk_force_warheads_draw(f, r)
                                                : fs->at[i].heads;
        double rel, alert, sv;
        rel = take(&f->reliability, r);
        alert = take(&f->alert, r);
        sv = take(&f->survivability, r);
        w += heads * rel;
        n += heads;
        surv += heads * (alert + (1 - alert) * sv);
    }
    if (independence)
        *independence = n > 0 ? surv / n : 0;
    return w;
}

/* One draw (r, and d for the forces' substreams) or the means (both
 * NULL), in a fixed order. */
static void fill(const yk_crisis_sampler *sm, yk_rng *r, const draw_of *d,
                 yk_crisis_inputs *in)
{
    int i;
    for (i = 0; i < YK_KC_COUNT; i++)
        in->c[i] = take(&sm->coef[i], r);
    in->stake_a = take(&sm->k->stake_aggressor, r);
    in->stake_t = take(&sm->k->stake_target, r);
    in->stake_p = take(&sm->k->stake_patron, r);
    in->power_a = take(&sm->a->conventional.power, r);
    in->power_t = take(&sm->t->conventional.power, r);
    in->power_p = take(&sm->p->conventional.power, r);
    in->resolve_a = take(&sm->a->resolve, r);
    in->warheads_a = arsenal(&sm->forces_a, d, 1, NULL);
    in->warheads_t = arsenal(&sm->forces_t, d, 2, &in->independence);
    in->warheads_p = arsenal(&sm->forces_p, d, 3, NULL);
    if (sm->al) {
        in->kappa = take(&sm->al->credibility, r);
        in->commitment = take(&sm->al->commitment, r);
        in->forward_forces = take(&sm->al->forward_forces, r);
        in->consultation = take(&sm->al->consultation, r);
    } else {
        in->kappa = in->commitment = in->forward_forces = in->consultation = 0;
    }
    /* Last, so a crisis without theatre data draws as it did before. */
    if (sm->th)
        yk_theatre_values_sided(sm->th, sm->side, r, &in->theatre);
    for (i = 0; i < sm->n_fixed; i++)
        yk_crisis_inputs_set(in, sm->fixed_name[i], sm->fixed_value[i]);
}

/* The inputs no draw changes: regions, alliance kind, the network. */
static void structure(yk_crisis_sampler *sm, yk_crisis_inputs *in)
{
    yk_alliance_weights kw;
    yk_alliance_kind kind = sm->al ? sm->al->kind : YK_ALLIANCE_CONSULTATION;
    size_t pi = (size_t)(sm->p - sm->w->states), ti = (size_t)(sm->t - sm->w->states);
    in->p_distant = sm->p->region != sm->t->region;
    in->sharing = sm->al && (sm->al->kind == YK_ALLIANCE_NUCLEAR_SHARING ||
                             sm->al->nuclear_sharing.stationed);
    in->umbrella = sm->al && (sm->al->kind == YK_ALLIANCE_UMBRELLA ||
                              sm->al->kind == YK_ALLIANCE_NUCLEAR_SHARING);
    yk_alliance_weights_default(&kw);
    in->network = yk_alliances_exposure(sm->w, &kw, pi, ti, kind);
    in->has_theatre = sm->th != NULL;
}

yk_status yk_crisis_sampler_new(const yk_scenario *s, size_t crisis,
                                yk_crisis_sampler **out, yk_error *err)
{
    const yk_world *w = yk_scenario_world(s);
    const yk_coefficient *ov;
    yk_crisis_sampler *sm;
    char id[2 * YK_ID_MAX + 2];
    size_t n_ov, i;
    double def[YK_KC_COUNT];
    const yk_coefficient_spec *spec = yk_crisis_coef_specs();

    *out = NULL;
    if (crisis >= w->n_crises)
        return yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, NULL,
                            "the world has no crisis %zu", crisis);
    if (w->crises[crisis].patron == YK_NONE)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "crisis %s has no patron: the crisis engine needs one",
                            w->crises[crisis].name);
    sm = yk_calloc(1, sizeof *sm);
    if (!sm)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    sm->s = s;
    sm->w = w;
    sm->k = &w->crises[crisis];
    sm->index = crisis;
    sm->a = &w->states[sm->k->aggressor];
    sm->t = &w->states[sm->k->target];
    sm->p = &w->states[sm->k->patron];
    snprintf(id, sizeof id, "%s-%s", sm->p->id, sm->t->id);
    sm->al = yk_world_alliance(w, id);
    /* A theatre counts only when it lists forces of both A and T. */
    sm->th = yk_world_theatre(w, sm->k->theatre);
    if (sm->th && (!yk_theatre_force_of(sm->th, sm->k->aggressor) ||
                   !yk_theatre_force_of(sm->th, sm->k->target)))
        sm->th = NULL;
    yk_crisis_coef_defaults(def);
    for (i = 0; i < YK_KC_COUNT; i++) {
        memset(&sm->coef[i], 0, sizeof sm->coef[i]);
        sm->coef[i].value = def[i];
        sm->coef[i].kind = YK_DIST_FIXED;
        sm->coef[i].lo = spec[i].lo;
        sm->coef[i].hi = spec[i].hi;
    }
    ov = yk_scenario_coefficients(s, &n_ov);
    for (i = 0; i < n_ov; i++) {
        int c = strcmp(ov[i].engine, "crisis") ? -1 : yk_crisis_coef_find(ov[i].name);
        if (c >= 0)
            sm->coef[c] = ov[i].value;
    }
    if (sm->th) {
        sm->side = yk_malloc(sm->th->n_forces * sizeof *sm->side);
        if (!sm->side) {
            yk_crisis_sampler_free(sm);
            return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
        }
        for (i = 0; i < sm->th->n_forces; i++)
            sm->side[i] = yk_theatre_side_of(w, sm->th, i, sm->k->aggressor, sm->k->target,
                                             sm->k->patron);
    }
    if (!find_forces(sm->a, w->year, &sm->forces_a) ||
        !find_forces(sm->t, w->year, &sm->forces_t) ||
        !find_forces(sm->p, w->year, &sm->forces_p)) {
        yk_crisis_sampler_free(sm);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    structure(sm, &sm->mean);
    fill(sm, NULL, NULL, &sm->mean);
    /* Once per crisis at the means (wiring.c says why not per draw). */
    yk_cr_xcache_init(&sm->xcache, s);
    if (yk_cr_wire_ladder(s, crisis, &sm->xcache, &sm->mean, sm->escalation_source, err) ||
        yk_cr_wire_exchange(s, crisis, &sm->xcache, &sm->mean, sm->damage_source, err)) {
        yk_crisis_sampler_free(sm);
        return YK_E_NOMEM;
    }
    *out = sm;
    return YK_OK;
}

const char *yk_cr_sampler_escalation_source(const yk_crisis_sampler *sm)
{
    return sm->escalation_source;
}

const char *yk_cr_sampler_damage_source(const yk_crisis_sampler *sm)
{
    return sm->damage_source;
}

void yk_crisis_sampler_free(yk_crisis_sampler *sm)
{
    if (sm) {
        yk_free(sm->forces_a.at);
        yk_free(sm->forces_t.at);
        yk_free(sm->forces_p.at);
        yk_free(sm->side);
    }
    yk_free(sm);
}

const yk_crisis_inputs *yk_crisis_sampler_mean(const yk_crisis_sampler *sm)
{
    return &sm->mean;
}

void yk_crisis_sampler_draw(const yk_crisis_sampler *sm, uint64_t seed,
                            uint64_t rep, yk_crisis_inputs *in)
{
    yk_rng r;
    draw_of d = {seed, rep, (uint64_t)sm->index};
    yk_rng_init(&r, seed, YK_STREAM_CRISIS, rep, (uint64_t)sm->index);
    *in = sm->mean; /* the structure; every number is drawn below */
    fill(sm, &r, &d, in);
}

/* Whether --vary's input `name` is one the ladder's continuation reads. */
static bool feeds_ladder(const char *name)
{
    if (!strncmp(name, "crisis.", 7))
        name += 7;
    return !strcmp(name, "stake_a") || !strcmp(name, "stake_p");
}

yk_status yk_crisis_sampler_fix(yk_crisis_sampler *sm, const char *name,
                                double value)
{
    int i;
    if (isnan(yk_crisis_inputs_get(&sm->mean, name)))
        return YK_E_NOTFOUND;
    for (i = 0; i < sm->n_fixed; i++)
        if (!strcmp(sm->fixed_name[i], name))
            break;
    if (i == MAX_FIXED)
        return YK_E_LIMIT;
    if (i == sm->n_fixed) {
        if (strlen(name) >= sizeof sm->fixed_name[0])
            return YK_E_NOTFOUND;
        memcpy(sm->fixed_name[i], name, strlen(name) + 1);
        sm->n_fixed++;
    }
    sm->fixed_value[i] = value;
    yk_crisis_inputs_set(&sm->mean, name, value);
    /* The stakes feed the ladder's continuation: solve it again at the
     * new point, so a sweep's points never share a stale rho. */
    if (feeds_ladder(name))
        return yk_cr_wire_ladder(sm->s, sm->index, &sm->xcache, &sm->mean,
                                 sm->escalation_source, NULL);
    return YK_OK;
}

yk_status yk_crisis_inputs_mean(const yk_scenario *s, size_t crisis,
                                yk_crisis_inputs *in, yk_error *err)
{
    yk_crisis_sampler *sm;
    yk_status st = yk_crisis_sampler_new(s, crisis, &sm, err);
    if (st)
        return st;
    *in = sm->mean;
    yk_crisis_sampler_free(sm);
    return YK_OK;
}

yk_crisis_inputs *yk_crisis_inputs_new(void)
{
    yk_crisis_inputs *in = yk_calloc(1, sizeof *in);
    if (in)
        yk_crisis_coef_defaults(in->c);
    return in;
}

void yk_crisis_inputs_free(yk_crisis_inputs *in)
{
    yk_free(in);
}

void yk_crisis_inputs_copy(yk_crisis_inputs *to, const yk_crisis_inputs *from)
{
    *to = *from;
}
