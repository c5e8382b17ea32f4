/*
 * result.c - the ladder result's accessors: every estimate is the mean
 * over the parameter draws with the 95% interval of that mean, kept
 * within the smallest and largest draw.
 */
#include <math.h>

#include "core/alloc.h"
#include "models/ladder/ladder_int.h"

void yk_ladder_result_free(yk_ladder_result *r)
{
    size_t i;
    if (!r)
        return;
    for (i = 0; r->crises && i < r->n_crises; i++)
        yk_free(r->crises[i].why);
    yk_free(r->crises);
    yk_free(r);
}

static yk_ladder_estimate est(const yk_moments *m)
{
    yk_ladder_estimate e;
    if (!m->n) {
        e.mean = e.lo = e.hi = NAN;
        return e;
    }
    e.mean = m->mean;
    yk_moments_ci95(m, &e.lo, &e.hi);
    if (e.lo < m->min)
        e.lo = m->min;
    if (e.hi > m->max)
        e.hi = m->max;
    return e;
}

static const ld_acc *acc(const yk_ladder_result *r, size_t i)
{
    return &r->crises[i].acc;
}

int64_t yk_ladder_replicates(const yk_ladder_result *r) { return r->replicates; }
int64_t yk_ladder_trajectories(const yk_ladder_result *r) { return r->trajectories; }
const yk_world *yk_ladder_world(const yk_ladder_result *r) { return r->w; }
size_t yk_ladder_crisis_count(const yk_ladder_result *r) { return r->n_crises; }
const yk_crisis *yk_ladder_crisis(const yk_ladder_result *r, size_t i) { return r->crises[i].k; }

const char *yk_ladder_side_id(const yk_ladder_result *r, size_t i, int side)
{
    return r->crises[i].side_id[side ? 1 : 0];
}

int yk_ladder_rung_count(const yk_ladder_result *r, size_t i)
{
    return r->crises[i].n_rungs;
}

const char *yk_ladder_rung_name(const yk_ladder_result *r, size_t i, int k)
{
    (void)i;
    return yk_ld_rung_name(r->w, k);
}

bool yk_ladder_rung_nuclear(const yk_ladder_result *r, size_t i, int k)
{
    (void)i;
    return r->w->n_rungs ? r->w->rungs[k].nuclear : k >= 6;
}

yk_ladder_estimate yk_ladder_p_nuclear_use(const yk_ladder_result *r, size_t i)
{ return est(&acc(r, i)->nuclear); }
yk_ladder_estimate yk_ladder_p_first_use(const yk_ladder_result *r, size_t i, int side)
{ return est(&acc(r, i)->first[side ? 1 : 0]); }
yk_ladder_estimate yk_ladder_p_rung_ge(const yk_ladder_result *r, size_t i, int k)
{ return est(&acc(r, i)->ge[k]); }
yk_ladder_estimate yk_ladder_terminal(const yk_ladder_result *r, size_t i, int k)
{ return est(&acc(r, i)->terminal[k]); }
yk_ladder_estimate yk_ladder_win_at(const yk_ladder_result *r, size_t i, int k)
{ return est(&acc(r, i)->win[k]); }
yk_ladder_estimate yk_ladder_p_prevail(const yk_ladder_result *r, size_t i, int side)
{ return est(&acc(r, i)->prevail[side ? 1 : 0]); }
yk_ladder_estimate yk_ladder_p_prevail_theatre(const yk_ladder_result *r, size_t i, int side)
{ return est(&acc(r, i)->theatre[side ? 1 : 0]); }
yk_ladder_estimate yk_ladder_mean_steps(const yk_ladder_result *r, size_t i)
{ return est(&acc(r, i)->steps); }
yk_ladder_estimate yk_ladder_jumps(const yk_ladder_result *r, size_t i)
{ return est(&acc(r, i)->jumps); }
yk_ladder_estimate yk_ladder_dominance_flip(const yk_ladder_result *r, size_t i)
{ return est(&acc(r, i)->flip); }
yk_ladder_estimate yk_ladder_p_dominance_flip(const yk_ladder_result *r, size_t i)
{ return est(&acc(r, i)->has_flip); }

yk_ladder_estimate yk_ladder_war_p_nuclear(const yk_ladder_result *r, size_t i)
{ return est(&acc(r, i)->war_nuclear); }
yk_ladder_estimate yk_ladder_war_p_prevail_a(const yk_ladder_result *r, size_t i)
{ return est(&acc(r, i)->war_prevail); }
yk_ladder_estimate yk_ladder_war_cost_d(const yk_ladder_result *r, size_t i)
{ return est(&acc(r, i)->war_cost_d); }

yk_ladder_estimate yk_ladder_sampled_p_nuclear(const yk_ladder_result *r, size_t i)
{
    const yk_proportion *p = &acc(r, i)->s_nuclear;
    yk_ladder_estimate e;
    e.mean = p->n ? yk_proportion_estimate(p) : NAN;
    yk_proportion_wilson(p, 1.959964, &e.lo, &e.hi);
    return e;
}

yk_ladder_estimate yk_ladder_sampled_steps(const yk_ladder_result *r, size_t i)
{ return est(&acc(r, i)->s_steps); }

size_t yk_ladder_why_count(const yk_ladder_result *r, size_t i)
{
    return r->crises[i].n_why;
}

const yk_ladder_why *yk_ladder_why_at(const yk_ladder_result *r, size_t i, size_t k)
{
    return k < r->crises[i].n_why ? &r->crises[i].why[k] : NULL;
}

const char *yk_ladder_capability_source(const yk_ladder_result *r, size_t i,
                                        yk_rung_kind kind)
{
    return yk_ld_capability_source(&r->crises[i].fixed, kind);
}

double yk_ladder_strategic_capability(const yk_ladder_result *r, size_t i, int side)
{
    return r->crises[i].fixed.strategic[side];
}
