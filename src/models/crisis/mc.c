/*
 * mc.c - Monte Carlo over a crisis's uncertain parameters: each replicate
 * draws its inputs from its own stream, solves the crisis as the world has
 * it and with T non-nuclear (the same draw: the value of the bomb is a
 * paired difference), and adds its measures to its block's statistics
 * (estimate.c: means, and the conditional P(defend | attack) as a ratio). Blocks have a fixed size, run a bounded batch at a time and
 * merge in block order: any thread count gives the identical bits, and
 * memory does not grow with the replicates. Nothing is allocated per
 * replicate.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "models/crisis/crisis_int.h"
#include "yokushi/mc.h"
#include "yokushi/stats.h"


#define BLOCK 1024 /* replicates per block: fixed, never from the thread count */

enum { M_ATTACK, M_DEFEND_IF, M_NUCLEAR, M_CONQUERED, M_FAIT, M_ESCALATION, M_COUNT };

typedef struct acc {
    yk_cr_measure m[2][M_COUNT];   /* [0] with the bomb, [1] without */
    yk_cr_ratio defend[2];         /* P(defend | attack) over draws */
    int64_t no_pure;
    /* Draws whose call differs from the equilibrium at the means, by
     * decision and at any decision (with T as the world has it). */
    int64_t flips[YK_CR_DECISIONS], other;
    yk_cr_spread margin[YK_CR_DECISIONS]; /* signed against the means' call */
} acc;

typedef struct ctx {
    const yk_crisis_sampler *sm;
    uint64_t seed;
    yk_crisis_solution at_means;
    bool threat;                   /* P may threaten (reply_threat counts) */
    /* Whether to count calls and margins against the means: the table
     * reports them; sweeps and callers of yk_crisis_run_sampler do not,
     * and are spared pricing every decision of every draw (a third of a
     * replicate's time). */
    bool closeness;
    acc sum;
} ctx;

static void acc_init(acc *a)
{
    int w, i;
    for (w = 0; w < 2; w++) {
        for (i = 0; i < M_COUNT; i++)
            yk_cr_measure_init(&a->m[w][i]);
        yk_cr_ratio_init(&a->defend[w]);
    }
    a->no_pure = 0;
    memset(a->flips, 0, sizeof a->flips);
    memset(a->margin, 0, sizeof a->margin);
    a->other = 0;
}

static void acc_merge(acc *into, const acc *from)
{
    int w, i;
    for (w = 0; w < 2; w++) {
        for (i = 0; i < M_COUNT; i++)
            yk_cr_measure_merge(&into->m[w][i], &from->m[w][i]);
        yk_cr_ratio_merge(&into->defend[w], &from->defend[w]);
    }
    into->no_pure += from->no_pure;
    for (w = 0; w < YK_CR_DECISIONS; w++) {
        into->flips[w] += from->flips[w];
        yk_cr_spread_merge(&into->margin[w], &from->margin[w]);
    }
    into->other += from->other;
}

/* Counts the decisions of s that differ from the call at the means. */
static void add_flips(acc *a, const ctx *cx, const yk_crisis_model *m,
                      const yk_crisis_solution *s)
{
    double g[YK_CR_DECISIONS];
    int d, any = 0;
    yk_cr_margins(m, s, g);
    for (d = 0; d < YK_CR_DECISIONS; d++) {
        int differs;
        if (d == YK_CR_DEC_REPLY_THREAT && !cx->threat)
            continue;
        differs = yk_cr_decision_chosen(s, d) != yk_cr_decision_chosen(&cx->at_means, d);
        a->flips[d] += differs;
        any |= differs;
        yk_cr_spread_add(&a->margin[d], differs ? -g[d] : g[d]);
    }
    a->other += any;
}

static void add_solution(acc *a, int w, const yk_crisis_solution *s)
{
    yk_cr_measure_add(&a->m[w][M_ATTACK], s->p_attack);
    yk_cr_measure_add(&a->m[w][M_DEFEND_IF], s->p_defend_if_attacked);
    yk_cr_measure_add(&a->m[w][M_NUCLEAR], s->p_nuclear_use);
    yk_cr_measure_add(&a->m[w][M_CONQUERED], s->p_conquered);
    yk_cr_measure_add(&a->m[w][M_FAIT], s->p_fait_accompli);
    yk_cr_measure_add(&a->m[w][M_ESCALATION], s->p_escalation);
    yk_cr_ratio_add(&a->defend[w], s->p_attack, s->p_defend_if_attacked);
}

static void block_begin(void *c, void *slot)
{
    (void)c;
    acc_init(slot);
}

static void replicate(void *c, void *slot, uint64_t rep)
{
    const ctx *cx = c;
    acc *a = slot;
    yk_crisis_inputs in;
    yk_crisis_model m;
    yk_crisis_solution s;
    yk_crisis_sampler_draw(cx->sm, cx->seed, rep, &in);
    yk_crisis_model_init(&m, &in);
    yk_crisis_solve(&m, &s);
    add_solution(a, 0, &s);
    if (cx->closeness)
        add_flips(a, cx, &m, &s);
    a->no_pure += !s.pure;
    if (m.t_nuclear) {
        yk_crisis_model_without_bomb(&m);
        yk_crisis_solve(&m, &s);
    }
    add_solution(a, 1, &s);
}

static void merge(void *c, const void *slot)
{
    acc_merge(&((ctx *)c)->sum, slot);
}

static const yk_mc_ops crisis_mc = {
    .block = BLOCK,
    .slot_size = sizeof(acc),
    .slots_per_thread = 4, /* blocks are cheap to keep: fewer batches */
    .block_begin = block_begin,
    .replicate = replicate,
    .merge = merge,
};

static void numbers(const acc *a, int w, yk_crisis_numbers *n)
{
    n->p_attack = yk_cr_measure_estimate(&a->m[w][M_ATTACK]);
    n->p_defend_if_attacked = yk_cr_measure_estimate(&a->m[w][M_DEFEND_IF]);
    n->p_nuclear_use = yk_cr_measure_estimate(&a->m[w][M_NUCLEAR]);
    n->p_target_conquered = yk_cr_measure_estimate(&a->m[w][M_CONQUERED]);
    n->p_fait_accompli = yk_cr_measure_estimate(&a->m[w][M_FAIT]);
    n->p_escalation = yk_cr_measure_estimate(&a->m[w][M_ESCALATION]);
    n->p_defend_given_attack = yk_cr_ratio_estimate(&a->defend[w]);
    n->attacking_draws = a->defend[w].nx;
}

/* The run of one crisis, and (flips may be NULL) how many draws called
 * each decision otherwise than the equilibrium at the sampler's means. */
static yk_status run_sampler(const yk_crisis_sampler *sm, const yk_crisis_options *o,
                             yk_crisis_numbers *with_bomb, yk_crisis_numbers *without_bomb,
                             int64_t *no_pure, int64_t *flips, int64_t *other,
                             double (*quantiles)[3])
{
    yk_mc_options mo;
    yk_crisis_model m;
    ctx cx;
    yk_status st;

    if (!sm || !o || o->replicates < 1)
        return YK_E_ARG;
    memset(&mo, 0, sizeof mo);
    mo.replicates = o->replicates;
    mo.threads = o->threads;
    mo.stop = o->stop;
    mo.progress = o->progress;
    mo.progress_ud = o->progress_ud;
    mo.spread = o->spread;
    mo.spread_ud = o->spread_ud;
    cx.sm = sm;
    cx.seed = o->seed;
    yk_crisis_model_init(&m, yk_crisis_sampler_mean(sm));
    yk_crisis_solve(&m, &cx.at_means);
    cx.threat = m.threat;
    cx.closeness = flips != NULL;
    acc_init(&cx.sum);
    st = yk_mc_run(&crisis_mc, &cx, &mo);
    if (st)
        return st;
    numbers(&cx.sum, 0, with_bomb);
    numbers(&cx.sum, 1, without_bomb);
    if (no_pure)
        *no_pure = cx.sum.no_pure;
    if (flips) {
        int d;
        memcpy(flips, cx.sum.flips, sizeof cx.sum.flips);
        *other = cx.sum.other;
        for (d = 0; d < YK_CR_DECISIONS; d++) {
            quantiles[d][0] = yk_cr_spread_quantile(&cx.sum.margin[d], 0.05);
            quantiles[d][1] = yk_cr_spread_quantile(&cx.sum.margin[d], 0.5);
            quantiles[d][2] = yk_cr_spread_quantile(&cx.sum.margin[d], 0.95);
        }
    }
    return YK_OK;
}

yk_status yk_crisis_run_sampler(const yk_crisis_sampler *sm,
                                const yk_crisis_options *o,
                                yk_crisis_numbers *with_bomb,
                                yk_crisis_numbers *without_bomb,
                                int64_t *no_pure)
{
    return run_sampler(sm, o, with_bomb, without_bomb, no_pure, NULL, NULL, NULL);
}

/* Which source the escalation risk and the damage came from, and their
 * numbers at the means (docs/CLI.md "crisis"). */
static void outcome_sources(const yk_crisis_sampler *sm, const yk_crisis_model *m,
                            yk_crisis_outcome *r)
{
    const yk_crisis_inputs *in = yk_crisis_sampler_mean(sm);
    snprintf(r->escalation_source, sizeof r->escalation_source, "%s",
             yk_cr_sampler_escalation_source(sm));
    snprintf(r->damage_source, sizeof r->damage_source, "%s",
             yk_cr_sampler_damage_source(sm));
    r->rho[0] = m->rho[0];
    r->rho[1] = m->rho[1];
    r->ladder_p_nuclear = in->ladder ? in->ladder_p_nuclear : NAN;
    r->ladder_p_prevail_a = in->ladder ? in->ladder_p_prevail_a : NAN;
    r->ladder_cost_d = in->ladder ? in->ladder_cost_d : NAN;
    r->dmg_a_by_p = m->dmg_a_by_p;
    r->dmg_a_by_t = m->dmg_a_by_t;
    r->dmg_t_by_a = m->dmg_t_by_a;
    r->dmg_p_by_a = m->dmg_p_by_a;
}

/* Crisis i of s into r: who, the why lines at the means, the numbers. */
static yk_status run_one(const yk_scenario *s, size_t i, const yk_crisis_options *opt,
                         yk_crisis_outcome *r, yk_error *err)
{
    const yk_world *w = yk_scenario_world(s);
    const yk_crisis *k = &w->crises[i];
    yk_crisis_sampler *sm;
    yk_crisis_model m;
    yk_crisis_solution sol;
    yk_status st = yk_crisis_sampler_new(s, i, &sm, err);
    if (st)
        return st;
    r->name = k->name;
    r->aggressor = w->states[k->aggressor].id;
    r->target = w->states[k->target].id;
    r->patron = w->states[k->patron].id;
    r->theatre = k->theatre;
    r->replicates = opt->replicates;
    r->mean = *yk_crisis_sampler_mean(sm);
    yk_crisis_model_init(&m, &r->mean);
    r->target_nuclear = m.t_nuclear;
    outcome_sources(sm, &m, r);
    yk_crisis_solve(&m, &sol);
    r->n_why = yk_crisis_explain(&m, &sol, r->why, YK_CRISIS_WHY_MAX);
    st = run_sampler(sm, opt, &r->with_bomb, &r->without_bomb, &r->no_pure, r->flips,
                     &r->other, r->margin_q);
    yk_crisis_sampler_free(sm);
    if (st)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "crisis %s: %s", k->name,
                            st == YK_E_INTERRUPTED ? "interrupted" : yk_status_str(st));
    return YK_OK;
}

yk_status yk_crisis_run(const yk_scenario *s, const yk_crisis_options *o,
                        yk_crisis_result **out, yk_error *err)
{
    const yk_world *w = yk_scenario_world(s);
    yk_crisis_options opt;
    yk_crisis_result *res;
    size_t i;

    *out = NULL;
    yk_cr_options_resolve(s, o, &opt);
    res = yk_calloc(1, sizeof *res);
    if (res)
        res->at = yk_calloc(w->n_crises ? w->n_crises : 1, sizeof *res->at);
    if (!res || !res->at) {
        yk_crisis_result_free(res);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    res->n = w->n_crises;
    res->replicates = opt.replicates;
    for (i = 0; i < w->n_crises; i++) {
        yk_crisis_options part;
        yk_cr_span span;
        yk_status st;
        yk_cr_span_options(&opt, i, w->n_crises, &span, &part);
        st = run_one(s, i, &part, &res->at[i], err);
        if (st) {
            yk_crisis_result_free(res);
            return st;
        }
    }
    *out = res;
    return YK_OK;
}

void yk_cr_options_resolve(const yk_scenario *s, const yk_crisis_options *o,
                           yk_crisis_options *out)
{
    if (o) {
        *out = *o;
    } else {
        memset(out, 0, sizeof *out);
        out->seed = yk_scenario_seed(s);
    }
    if (out->replicates <= 0)
        out->replicates = yk_scenario_run(s)->replicates;
}

static void span_progress(void *ud, int64_t done, int64_t total)
{
    const yk_cr_span *sp = ud;
    (void)total;
    sp->fn(sp->ud, sp->offset + done, sp->total);
}

void yk_cr_span_options(const yk_crisis_options *o, size_t k, size_t n, yk_cr_span *span,
                        yk_crisis_options *part)
{
    *part = *o;
    if (!o->progress)
        return;
    span->fn = o->progress;
    span->ud = o->progress_ud;
    span->offset = (int64_t)k * o->replicates;
    span->total = (int64_t)n * o->replicates;
    part->progress = span_progress;
    part->progress_ud = span;
}
