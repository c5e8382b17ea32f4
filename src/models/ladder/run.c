/*
 * run.c - yk_ladder_run: for each crisis, Monte Carlo over the parameter
 * draws through the shared driver (mc.h). A draw samples the world's
 * parameters and the coefficients, solves the game (solve.c) and runs its
 * chain exactly; trajectories, when asked for, are sampled from the same
 * policy. Each slot allocates its policy and work area once, so nothing
 * is allocated per draw or per trajectory, and blocks merge in block
 * order: the same bits for any thread count.
 */
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "models/ladder/ladder_int.h"
#include "yokushi/exchange.h" /* YK_XC_COUNT */

#define LD_BLOCK 64

typedef struct ctx {
    const yk_world *w;
    ld_crisis *k;
    yk_param coef[YK_LC_COUNT];
    uint64_t seed;
    int64_t trajectories;
    int max_rungs, max_horizon;
} ctx;

typedef struct slot {
    yk_ladder_policy *p;
    double *work;
    ld_acc acc;
} slot;

void yk_ld_acc_init(ld_acc *a)
{
    int k, s;
    yk_moments_init(&a->nuclear);
    for (s = 0; s < 2; s++) {
        yk_moments_init(&a->first[s]);
        yk_moments_init(&a->prevail[s]);
        yk_moments_init(&a->theatre[s]);
    }
    yk_moments_init(&a->steps);
    yk_moments_init(&a->jumps);
    yk_moments_init(&a->flip);
    yk_moments_init(&a->war_nuclear);
    yk_moments_init(&a->war_prevail);
    yk_moments_init(&a->war_cost_d);
    yk_moments_init(&a->has_flip);
    for (k = 0; k < YK_LADDER_MAX_RUNGS; k++) {
        yk_moments_init(&a->ge[k]);
        yk_moments_init(&a->terminal[k]);
        yk_moments_init(&a->win[k]);
    }
    yk_proportion_init(&a->s_nuclear);
    yk_moments_init(&a->s_steps);
}

void yk_ld_acc_merge(ld_acc *into, const ld_acc *from)
{
    int k, s;
    yk_moments_merge(&into->nuclear, &from->nuclear);
    for (s = 0; s < 2; s++) {
        yk_moments_merge(&into->first[s], &from->first[s]);
        yk_moments_merge(&into->prevail[s], &from->prevail[s]);
        yk_moments_merge(&into->theatre[s], &from->theatre[s]);
    }
    yk_moments_merge(&into->steps, &from->steps);
    yk_moments_merge(&into->jumps, &from->jumps);
    yk_moments_merge(&into->flip, &from->flip);
    yk_moments_merge(&into->war_nuclear, &from->war_nuclear);
    yk_moments_merge(&into->war_prevail, &from->war_prevail);
    yk_moments_merge(&into->war_cost_d, &from->war_cost_d);
    yk_moments_merge(&into->has_flip, &from->has_flip);
    for (k = 0; k < YK_LADDER_MAX_RUNGS; k++) {
        yk_moments_merge(&into->ge[k], &from->ge[k]);
        yk_moments_merge(&into->terminal[k], &from->terminal[k]);
        yk_moments_merge(&into->win[k], &from->win[k]);
    }
    yk_proportion_merge(&into->s_nuclear, &from->s_nuclear);
    yk_moments_merge(&into->s_steps, &from->s_steps);
}

int yk_ld_dominance_flip(const yk_ladder_inputs *in)
{
    int k, prev = -1, first = -1;
    for (k = 0; k < in->n_rungs; k++)
        if (in->kind[k] == YK_RUNG_CONVENTIONAL) {
            first = k;
            break;
        }
    if (first < 0)
        return -1;
    for (k = first; k < in->n_rungs; k++) {
        double w;
        int dom;
        if (in->cap[0][k] <= 0 && in->cap[1][k] <= 0)
            continue;
        w = yk_ladder_win_a(in, k);
        if (w == 0.5)
            continue;
        dom = w > 0.5 ? 0 : 1;
        if (prev >= 0 && dom != prev)
            return k;
        prev = dom;
    }
    return -1;
}

static yk_status slot_init(void *c, void *s)
{
    const ctx *cx = c;
    slot *sl = s;
    sl->p = yk_ladder_policy_new(cx->max_rungs, cx->max_horizon);
    if (!sl->p)
        return YK_E_NOMEM;
    sl->work = yk_malloc(yk_ladder_work_size(sl->p) * sizeof *sl->work);
    return sl->work ? YK_OK : YK_E_NOMEM;
}

static void slot_free(void *c, void *s)
{
    slot *sl = s;
    (void)c;
    yk_ladder_policy_free(sl->p);
    yk_free(sl->work);
}

static void block_begin(void *c, void *s)
{
    (void)c;
    yk_ld_acc_init(&((slot *)s)->acc);
}

/* Draws the coefficients and the world's parameters of one replicate. */
static void draw(const ctx *cx, yk_rng *r, yk_ladder_inputs *in)
{
    double c[YK_LC_COUNT];
    int i;
    for (i = 0; i < YK_LC_COUNT; i++)
        c[i] = r ? yk_param_sample(&cx->coef[i], r) : yk_param_mean(&cx->coef[i]);
    /* cannot fail: the ladder's size was checked when the run began and
     * the exchange ran in the crisis's setup */
    (void)yk_ld_inputs_fill(cx->w, &cx->k->dyad, c, r, &cx->k->fixed, in, NULL);
}

static void replicate(void *c, void *s, uint64_t rep)
{
    const ctx *cx = c;
    slot *sl = s;
    ld_acc *a = &sl->acc;
    yk_ladder_inputs in;
    yk_ladder_outcome o;
    yk_rng r;
    double ge = 0;
    int k, side, flip;
    int64_t i;

    yk_rng_init(&r, cx->seed, YK_STREAM_LADDER, rep, 2 * (uint64_t)cx->k->index);
    draw(cx, &r, &in);
    if (yk_ladder_solve(sl->p, &in))
        return;
    yk_ladder_exact(sl->p, &in, yk_ladder_start(), sl->work, &o);
    yk_moments_add(&a->nuclear, o.p_nuclear_use);
    for (side = 0; side < 2; side++) {
        yk_moments_add(&a->first[side], o.p_first_use[side]);
        yk_moments_add(&a->prevail[side], o.p_prevail[side]);
        yk_moments_add(&a->theatre[side], o.p_prevail_theatre[side]);
    }
    yk_moments_add(&a->steps, o.mean_steps);
    yk_moments_add(&a->jumps, o.jumps);
    for (k = in.n_rungs - 1; k >= 0; k--) {
        ge += o.terminal[k];
        yk_moments_add(&a->ge[k], ge);
        yk_moments_add(&a->terminal[k], o.terminal[k]);
        yk_moments_add(&a->win[k], yk_ladder_win_a(&in, k));
    }
    {
        yk_ladder_state war = yk_ladder_start();
        for (k = 0; k < in.n_rungs; k++)
            if (in.kind[k] == YK_RUNG_CONVENTIONAL)
                war.rung = k;
        yk_ladder_exact(sl->p, &in, war, sl->work, &o);
        yk_moments_add(&a->war_nuclear, o.p_nuclear_use);
        yk_moments_add(&a->war_prevail, o.p_prevail[0]);
        yk_moments_add(&a->war_cost_d, o.cost[1]);
    }
    flip = yk_ld_dominance_flip(&in);
    yk_moments_add(&a->has_flip, flip >= 0);
    if (flip >= 0)
        yk_moments_add(&a->flip, flip);
    if (cx->trajectories > 0) {
        yk_rng t;
        yk_rng_init(&t, cx->seed, YK_STREAM_LADDER, rep, 2 * (uint64_t)cx->k->index + 1);
        for (i = 0; i < cx->trajectories; i++) {
            yk_ladder_path path;
            yk_ladder_sample(sl->p, &in, yk_ladder_start(), &t, &path);
            yk_proportion_add(&a->s_nuclear, path.first_user != 0);
            yk_moments_add(&a->s_steps, path.steps);
        }
    }
}

static void merge(void *c, const void *s)
{
    const ctx *cx = c;
    yk_ld_acc_merge(&cx->k->acc, &((const slot *)s)->acc);
}

static const yk_mc_ops ladder_mc = {
    .block = LD_BLOCK, /* fixed, never derived from the thread count */
    .slot_size = sizeof(slot),
    .slot_init = slot_init,
    .slot_free = slot_free,
    .block_begin = block_begin,
    .replicate = replicate,
    .merge = merge,
};

/* The likely path at the means: the most probable move at each step, a
 * step carried out, no unintended jump. */
static yk_status why_lines(const ctx *cx, yk_ladder_policy *p)
{
    yk_ladder_inputs in;
    yk_ladder_state s = yk_ladder_start();
    ld_crisis *k = cx->k;
    draw(cx, NULL, &in);
    if (yk_ladder_solve(p, &in))
        return YK_E_ARG;
    k->why = yk_calloc((size_t)in.horizon, sizeof *k->why);
    if (!k->why)
        return YK_E_NOMEM;
    while (s.step < in.horizon) {
        yk_ladder_why *y = &k->why[k->n_why++];
        int i, best = 0;
        y->step = s.step;
        y->rung = s.rung;
        y->mover = s.mover;
        y->win_a = yk_ladder_win_a(&in, s.rung);
        yk_ladder_policy_at(p, s, y->prob, y->value);
        {
            double mv[YK_LADDER_MOVES][2];
            yk_ladder_move_values(p, &in, s, mv);
            for (i = 0; i < YK_LADDER_MOVES; i++)
                y->other[i] = mv[i][1 - s.mover];
        }
        for (i = 1; i < YK_LADDER_MOVES; i++)
            if (y->prob[i] > y->prob[best])
                best = i;
        if (best == YK_LADDER_CONCEDE || (best == YK_LADDER_HOLD && s.held))
            break;
        if (best == YK_LADDER_ESCALATE) {
            int j = yk_ladder_escalation_target(&in, s);
            if (in.nuclear[j] && !s.first_user)
                s.first_user = s.mover + 1;
            s.rung = j;
            s.held = 0;
        } else {
            s.held = 1;
        }
        s.mover = 1 - s.mover;
        s.step++;
    }
    return YK_OK;
}

void yk_ld_coef_params(const yk_scenario *s, yk_param *coef)
{
    const yk_coefficient_spec *spec = yk_ladder_coef_specs();
    const yk_coefficient *ov;
    size_t n_ov, i;
    for (i = 0; i < YK_LC_COUNT; i++) {
        memset(&coef[i], 0, sizeof coef[i]);
        coef[i].value = spec[i].def;
        coef[i].kind = YK_DIST_FIXED;
        coef[i].lo = spec[i].lo;
        coef[i].hi = spec[i].hi;
    }
    ov = yk_scenario_coefficients(s, &n_ov);
    for (i = 0; i < n_ov; i++) {
        int c = strcmp(ov[i].engine, "ladder")
                    ? -1 : yk_coefficient_index(spec, YK_LC_COUNT, ov[i].name);
        if (c >= 0)
            coef[c] = ov[i].value;
    }
}

static yk_status run_crisis(const yk_scenario *s, const yk_ladder_options *o, int64_t reps,
                            ld_crisis *k, yk_error *err)
{
    yk_mc_options mo;
    ctx cx;
    yk_ladder_policy *p;
    yk_status st;
    memset(&cx, 0, sizeof cx);
    cx.w = yk_scenario_world(s);
    cx.k = k;
    cx.seed = o->seed;
    cx.trajectories = o->trajectories;
    yk_ld_coef_params(s, cx.coef);
    cx.max_rungs = k->n_rungs;
    cx.max_horizon = (int)ceil(cx.coef[YK_LC_HORIZON].kind == YK_DIST_FIXED
                                   ? cx.coef[YK_LC_HORIZON].value
                                   : cx.coef[YK_LC_HORIZON].hi);
    if (cx.max_horizon < 1)
        cx.max_horizon = 1;
    if (cx.max_horizon > YK_LADDER_MAX_HORIZON)
        cx.max_horizon = YK_LADDER_MAX_HORIZON;
    yk_ld_acc_init(&k->acc);
    {
        double xc[YK_XC_COUNT];
        yk_ld_exchange_coef(s, xc);
        st = yk_ld_fixed_init(cx.w, &k->dyad, xc, &k->fixed, err);
        if (st)
            return st;
    }
    p = yk_ladder_policy_new(cx.max_rungs, cx.max_horizon);
    if (!p)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    st = why_lines(&cx, p);
    yk_ladder_policy_free(p);
    if (st)
        return yk_error_set(err, st, NULL, 0, 0, NULL,
                            st == YK_E_NOMEM ? "out of memory" : "the ladder cannot be solved");
    memset(&mo, 0, sizeof mo);
    mo.replicates = reps;
    mo.threads = o->threads;
    mo.stop = o->stop;
    mo.progress = o->progress;
    mo.progress_ud = o->progress_ctx;
    st = yk_mc_run(&ladder_mc, &cx, &mo);
    if (st == YK_E_NOMEM)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory");
    if (st == YK_E_INTERRUPTED)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "interrupted");
    if (st)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "the Monte Carlo run failed");
    return YK_OK;
}

void yk_ld_dyad(const yk_world *w, const yk_crisis *c, yk_ladder_dyad *d)
{
    (void)w;
    d->aggressor = c->aggressor;
    d->target = c->target;
    d->patron = c->patron;
    d->theatre = c->theatre;
    d->stake_a = d->stake_d = NAN;
    d->crisis = c;
}

yk_status yk_ladder_run(const yk_scenario *s, const yk_ladder_options *o,
                        yk_ladder_result **out, yk_error *err)
{
    const yk_world *w = yk_scenario_world(s);
    yk_ladder_result *res;
    int64_t reps;
    size_t i, n = 0;
    yk_status st = YK_OK;

    *out = NULL;
    reps = o->replicates > 0 ? o->replicates : yk_scenario_run(s)->replicates;
    if (reps < 1)
        reps = 1;
    if (o->trajectories < 0 || o->trajectories > 1000000000)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "trajectories",
                            "takes 0 to 1e9 trajectories per draw");
    if (yk_ld_rung_count(w) < 2 || yk_ld_rung_count(w) > YK_LADDER_MAX_RUNGS)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "ladder",
                            "a ladder has 2 to %d rungs (got %d)", YK_LADDER_MAX_RUNGS,
                            yk_ld_rung_count(w));
    for (i = 0; i < w->n_crises; i++)
        if (!o->crisis || (w->crises[i].name && !strcmp(w->crises[i].name, o->crisis)))
            n++;
    if (o->crisis && !n)
        return yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, "crisis",
                            "the scenario has no crisis named \"%s\"", o->crisis);
    if (!n)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "the scenario has no crisis: the ladder needs one");
    res = yk_calloc(1, sizeof *res);
    if (!res || !(res->crises = yk_calloc(n, sizeof *res->crises))) {
        yk_free(res);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    res->w = w;
    res->replicates = reps;
    res->trajectories = o->trajectories;
    for (i = 0; i < w->n_crises && !st; i++) {
        const yk_crisis *c = &w->crises[i];
        ld_crisis *k;
        if (o->crisis && !(c->name && !strcmp(c->name, o->crisis)))
            continue;
        k = &res->crises[res->n_crises++];
        k->k = c;
        k->index = i;
        yk_ld_dyad(w, c, &k->dyad);
        k->side_id[0] = w->states[c->aggressor].id;
        k->side_id[1] = w->states[c->patron == YK_NONE ? c->target : c->patron].id;
        k->n_rungs = yk_ld_rung_count(w);
        st = run_crisis(s, o, reps, k, err);
    }
    if (st) {
        yk_ladder_result_free(res);
        return st;
    }
    *out = res;
    return YK_OK;
}
