/*
 * result.c - reading a crisis run's result (crisis.h): the crises in the
 * world's order, each with its numbers and why lines. The result owns its
 * outcomes; their strings are the scenario's.
 */
#include <math.h>

#include "core/alloc.h"
#include "models/crisis/crisis_int.h"

void yk_crisis_result_free(yk_crisis_result *r)
{
    if (!r)
        return;
    yk_free(r->at);
    yk_free(r);
}

size_t yk_crisis_result_count(const yk_crisis_result *r) { return r->n; }
int64_t yk_crisis_result_replicates(const yk_crisis_result *r) { return r->replicates; }

const yk_crisis_outcome *yk_crisis_result_at(const yk_crisis_result *r, size_t i)
{
    return i < r->n ? &r->at[i] : NULL;
}

const char *yk_crisis_outcome_name(const yk_crisis_outcome *c) { return c->name; }
const char *yk_crisis_outcome_aggressor(const yk_crisis_outcome *c) { return c->aggressor; }
const char *yk_crisis_outcome_target(const yk_crisis_outcome *c) { return c->target; }
const char *yk_crisis_outcome_patron(const yk_crisis_outcome *c) { return c->patron; }
const char *yk_crisis_outcome_theatre(const yk_crisis_outcome *c) { return c->theatre; }
bool yk_crisis_outcome_target_nuclear(const yk_crisis_outcome *c) { return c->target_nuclear; }
int64_t yk_crisis_outcome_replicates(const yk_crisis_outcome *c) { return c->replicates; }
int64_t yk_crisis_outcome_no_pure(const yk_crisis_outcome *c) { return c->no_pure; }
size_t yk_crisis_outcome_why_count(const yk_crisis_outcome *c) { return (size_t)c->n_why; }
const yk_crisis_inputs *yk_crisis_outcome_inputs(const yk_crisis_outcome *c) { return &c->mean; }

yk_crisis_numbers yk_crisis_outcome_numbers(const yk_crisis_outcome *c, bool with_bomb)
{
    return with_bomb ? c->with_bomb : c->without_bomb;
}

size_t yk_crisis_decision_count(void) { return YK_CR_DECISIONS; }

const char *yk_crisis_decision_name(size_t d)
{
    return d < YK_CR_DECISIONS ? yk_cr_decision_name[d] : NULL;
}

int64_t yk_crisis_outcome_flips(const yk_crisis_outcome *c, size_t d)
{
    return d < YK_CR_DECISIONS ? c->flips[d] : 0;
}

double yk_crisis_outcome_margin_quantile(const yk_crisis_outcome *c, size_t d, int which)
{
    return d < YK_CR_DECISIONS && which >= 0 && which < 3 ? c->margin_q[d][which] : NAN;
}

int64_t yk_crisis_outcome_other_equilibrium(const yk_crisis_outcome *c) { return c->other; }

const char *yk_crisis_outcome_why(const yk_crisis_outcome *c, size_t k)
{
    return k < (size_t)c->n_why ? c->why[k] : NULL;
}

const char *yk_crisis_outcome_escalation_source(const yk_crisis_outcome *c)
{
    return c->escalation_source;
}

const char *yk_crisis_outcome_damage_source(const yk_crisis_outcome *c)
{
    return c->damage_source;
}

double yk_crisis_outcome_at_means(const yk_crisis_outcome *c, yk_crisis_mean_id which)
{
    switch (which) {
    case YK_CRISIS_MEAN_RHO_DEFEND: return c->rho[0];
    case YK_CRISIS_MEAN_RHO_THREAT: return c->rho[1];
    case YK_CRISIS_MEAN_LADDER_P_NUCLEAR: return c->ladder_p_nuclear;
    case YK_CRISIS_MEAN_LADDER_P_PREVAIL_A: return c->ladder_p_prevail_a;
    case YK_CRISIS_MEAN_LADDER_COST_D: return c->ladder_cost_d;
    case YK_CRISIS_MEAN_DMG_A_BY_P: return c->dmg_a_by_p;
    case YK_CRISIS_MEAN_DMG_A_BY_T: return c->dmg_a_by_t;
    case YK_CRISIS_MEAN_DMG_T_BY_A: return c->dmg_t_by_a;
    case YK_CRISIS_MEAN_DMG_P_BY_A: return c->dmg_p_by_a;
    default: return NAN;
    }
}

const char *yk_crisis_mean_name(yk_crisis_mean_id which)
{
    static const char *const names[YK_CRISIS_MEAN_COUNT] = {
        "rho_defend", "rho_threat", "ladder_p_nuclear_use", "ladder_p_prevail_a",
        "ladder_cost_d", "damage_a_by_p", "damage_a_by_t", "damage_t_by_a", "damage_p_by_a"};
    return (unsigned)which < YK_CRISIS_MEAN_COUNT ? names[which] : NULL;
}
