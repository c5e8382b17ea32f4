/*
 * inputs.c - what the crisis and cascade engines read from a scenario, as
 * `set:` paths with their params (engine.h, yk_engine_inputs): the lists
 * `yokushi sensitivity --uncertain` and `yokushi sweep` start from. Each
 * lister follows its engine's draw (models/crisis/inputs.c fill(),
 * models/cascade/replicate.c draw_start()); a parameter the draw adds must
 * be added here too.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "engine/engine_int.h"
#include "yokushi/cascade.h"
#include "yokushi/crisis.h"
#include "yokushi/theatre.h"

#define PATH_MAX_LEN 256

static int emit(yk_input_fn fn, void *ud, const char *path, const yk_param *p)
{
    yk_engine_input in = {path, p, NAN, NAN};
    return fn(ud, &in);
}

int yk_engine_coefficient_input(const yk_scenario *s,
                                const yk_coefficient_spec *spec,
                                yk_input_fn fn, void *ud)
{
    char path[PATH_MAX_LEN];
    size_t n, i;
    const yk_coefficient *ov = yk_scenario_coefficients(s, &n);
    yk_param def;
    yk_engine_input in;
    memset(&def, 0, sizeof def);
    def.kind = YK_DIST_FIXED;
    def.value = spec->def;
    def.lo = spec->lo;
    def.hi = spec->hi;
    in.param = &def;
    for (i = 0; i < n; i++)
        if (!strcmp(ov[i].engine, spec->engine) && !strcmp(ov[i].name, spec->name))
            in.param = &ov[i].value;
    snprintf(path, sizeof path, "coefficients.%s.%s", spec->engine, spec->name);
    in.path = path;
    in.range_lo = spec->range_lo;
    in.range_hi = spec->range_hi;
    return fn(ud, &in);
}

/* The forces of a state in service in the world's year: what a crisis
 * draw's arsenal reads. */
static int forces(const yk_state *st, int year, yk_input_fn fn, void *ud)
{
    static const char *const fields[3] = {"reliability", "alert", "survivability"};
    char path[PATH_MAX_LEN];
    size_t i;
    int f;
    for (i = 0; i < st->nuclear.n_forces; i++) {
        const yk_force *fo = &st->nuclear.forces[i];
        const yk_param *p[3] = {&fo->reliability, &fo->alert, &fo->survivability};
        if (!yk_force_active(fo, year))
            continue;
        for (f = 0; f < 3; f++) {
            snprintf(path, sizeof path, "states.%s.nuclear.forces[%zu].%s", st->id, i,
                     fields[f]);
            if (emit(fn, ud, path, p[f]))
                return 1;
        }
    }
    return 0;
}

/* The crisis's theatre (models/crisis/inputs.c draws it last): its four
 * numbers and each listed state's five. */
static int theatre_inputs(const yk_theatre *th, yk_input_fn fn, void *ud)
{
    static const char *const tnames[4] = {"objective_days", "defender_advantage", "reversal",
                                          "horizon_days"};
    static const char *const fnames[5] = {"ready", "reinforce", "delay_days", "build_days",
                                          "nuclear"};
    const yk_param *tp[4] = {&th->objective_days, &th->defender_advantage, &th->reversal,
                             &th->horizon_days};
    char path[PATH_MAX_LEN];
    size_t i;
    int f;
    for (f = 0; f < 4; f++) {
        snprintf(path, sizeof path, "theatres.%s.%s", th->id, tnames[f]);
        if (emit(fn, ud, path, tp[f]))
            return 1;
    }
    for (i = 0; i < th->n_forces; i++) {
        const yk_theatre_force *fo = &th->forces[i];
        const yk_param *fp[5] = {&fo->ready, &fo->reinforce, &fo->delay_days, &fo->build_days,
                                 &fo->nuclear};
        for (f = 0; f < 5; f++) {
            snprintf(path, sizeof path, "theatres.%s.forces.%s.%s", th->id, fo->id, fnames[f]);
            if (emit(fn, ud, path, fp[f]))
                return 1;
        }
    }
    return 0;
}

static int crisis_inputs(const yk_world *w, const yk_crisis *k, yk_input_fn fn, void *ud)
{
    const yk_state *a = &w->states[k->aggressor], *t = &w->states[k->target],
                   *p = &w->states[k->patron];
    const yk_state *parties[3] = {a, t, p};
    const yk_param *stakes[3] = {&k->stake_aggressor, &k->stake_target, &k->stake_patron};
    char path[PATH_MAX_LEN], id[2 * YK_ID_MAX + 2];
    const yk_alliance *al;
    const yk_theatre *th;
    int i;
    for (i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "crises.%s.stakes.%s", k->name, parties[i]->id);
        if (emit(fn, ud, path, stakes[i]))
            return 1;
    }
    for (i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "states.%s.conventional.power", parties[i]->id);
        if (emit(fn, ud, path, &parties[i]->conventional.power))
            return 1;
    }
    snprintf(path, sizeof path, "states.%s.resolve", a->id);
    if (emit(fn, ud, path, &a->resolve))
        return 1;
    for (i = 0; i < 3; i++)
        if (forces(parties[i], w->year, fn, ud))
            return 1;
    snprintf(id, sizeof id, "%s-%s", p->id, t->id);
    al = yk_world_alliance(w, id);
    if (al) {
        const char *names[4] = {"credibility", "commitment", "forward_forces", "consultation"};
        const yk_param *ps[4] = {&al->credibility, &al->commitment, &al->forward_forces,
                                 &al->consultation};
        for (i = 0; i < 4; i++) {
            snprintf(path, sizeof path, "alliances.%s.%s", al->id, names[i]);
            if (emit(fn, ud, path, ps[i]))
                return 1;
        }
    }
    th = k->theatre ? yk_world_theatre(w, k->theatre) : NULL;
    return th && theatre_inputs(th, fn, ud);
}

yk_status yk_crisis_engine_inputs(const yk_scenario *s, const char *id,
                                  yk_input_fn fn, void *ud)
{
    const yk_world *w = yk_scenario_world(s);
    const yk_coefficient_spec *spec = yk_crisis_coef_specs();
    size_t i, found = 0;
    for (i = 0; i < w->n_crises; i++) {
        const yk_crisis *k = &w->crises[i];
        if ((id && strcmp(id, k->name)) || k->patron == YK_NONE)
            continue;
        found++;
        if (crisis_inputs(w, k, fn, ud))
            return YK_E_INTERRUPTED;
    }
    if (id && !found)
        return YK_E_NOTFOUND;
    for (i = 0; i < YK_KC_COUNT; i++)
        if (yk_engine_coefficient_input(s, &spec[i], fn, ud))
            return YK_E_INTERRUPTED;
    return YK_OK;
}

yk_status yk_cascade_engine_inputs(const yk_scenario *s, const char *id,
                                   yk_input_fn fn, void *ud)
{
    const yk_world *w = yk_scenario_world(s);
    const yk_coefficient_spec *spec = yk_cascade_coef_specs();
    char path[PATH_MAX_LEN];
    size_t i;
    int f;
    (void)id; /* every number of the cascade reads the whole world */
    for (i = 0; i < w->n_states; i++) {
        const yk_state *st = &w->states[i];
        snprintf(path, sizeof path, "states.%s.public_support_nuclear", st->id);
        if (emit(fn, ud, path, &st->public_support_nuclear))
            return YK_E_INTERRUPTED;
        snprintf(path, sizeof path, "states.%s.latency.breakout_months", st->id);
        if (emit(fn, ud, path, &st->latency.breakout_months))
            return YK_E_INTERRUPTED;
    }
    for (i = 0; i < w->n_alliances; i++) {
        const yk_alliance *al = &w->alliances[i];
        const char *names[4] = {"commitment", "forward_forces", "consultation", "credibility"};
        const yk_param *ps[4] = {&al->commitment, &al->forward_forces, &al->consultation,
                                 &al->credibility};
        for (f = 0; f < 4; f++) {
            snprintf(path, sizeof path, "alliances.%s.%s", al->id, names[f]);
            if (emit(fn, ud, path, ps[f]))
                return YK_E_INTERRUPTED;
        }
    }
    for (i = 0; i < w->n_rivalries; i++) {
        snprintf(path, sizeof path, "rivalries.%s.intensity", w->rivalries[i].id);
        if (emit(fn, ud, path, &w->rivalries[i].intensity))
            return YK_E_INTERRUPTED;
    }
    for (i = 0; i < YK_CC_COUNT; i++)
        if (yk_engine_coefficient_input(s, &spec[i], fn, ud))
            return YK_E_INTERRUPTED;
    return YK_OK;
}
