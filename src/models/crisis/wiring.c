/*
 * wiring.c - the crisis engine's doors to the other engines (docs/MODEL.md
 * section 9, "the aggressor's escalation threat" and "nuclear damage"):
 * the escalation risk from the escalation ladder's continuation value
 * after P defends (ladder.h, yk_ladder_continuation_value), and the
 * nuclear damage from the warheads the force-exchange engine has
 * surviving and arriving (exchange.h, yk_exchange_capability_of).
 *
 * Both are computed once per crisis in the sampler's setup, at the
 * parameters' means (the ladder's in expectation over whether each side's
 * doctrine binds: see continuation()): one ladder solve takes ~0.2-0.3 ms
 * and a crisis run solves 20,000 draws in well under a second, so a
 * solve per draw would make a run ~10-20 times slower. What that loses:
 * the draws do not carry the ladder's or the exchange's parameter
 * uncertainty (rho is one number per crisis; the damage keeps the draws'
 * warhead counts and reliability through reach x warheads, but not the
 * spread of survival and range). The exchanges the two doors read are
 * computed once per crisis and shared (yk_cr_xcache, crisis_int.h).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "yokushi/exchange.h"
#include "yokushi/ladder.h"
#include "models/crisis/crisis_int.h"

/* An engine's coefficients at the means: the defaults, then the
 * scenario's overrides for `engine`. */
static void coef_means(const yk_scenario *s, const char *engine,
                       const yk_coefficient_spec *spec, int n, double *c)
{
    const yk_coefficient *ov;
    size_t n_ov, i;
    yk_coefficient_defaults(spec, n, c);
    ov = yk_scenario_coefficients(s, &n_ov);
    for (i = 0; i < n_ov; i++) {
        int k = strcmp(ov[i].engine, engine) ? -1
                                              : yk_coefficient_index(spec, n, ov[i].name);
        if (k >= 0)
            c[k] = yk_param_mean(&ov[i].value);
    }
}

void yk_cr_xcache_init(yk_cr_xcache *x, const yk_scenario *s)
{
    memset(x, 0, sizeof *x);
    coef_means(s, "exchange", yk_exchange_coef_specs(), YK_XC_COUNT, x->coef);
}

/* What `from` keeps and delivers after `on` strikes first, at the
 * coefficients x->coef: computed the first time it is asked for. */
static yk_status capability(yk_cr_xcache *x, const yk_world *w, const yk_state *from,
                            const yk_state *on, const yk_exchange_capability **out,
                            yk_error *err)
{
    int i;
    yk_status st;
    for (i = 0; i < x->n; i++)
        if (x->at[i].from == from && x->at[i].on == on) {
            *out = &x->at[i].cap;
            return YK_OK;
        }
    if (x->n == YK_CR_XCAP_MAX) /* A, T and P give at most that many pairs */
        return yk_error_set(err, YK_E_LIMIT, NULL, 0, 0, NULL, "too many exchange pairs");
    st = yk_exchange_capability_of(w, from->id, on->id, w->year, x->coef, NULL,
                                   &x->at[i].cap, err);
    if (st)
        return st;
    x->at[i].from = from;
    x->at[i].on = on;
    x->n++;
    *out = &x->at[i].cap;
    return YK_OK;
}

/* The ladder's strategic rungs (yk_ladder_strategic_capabilities_from)
 * through the cache: the scenario's exchange coefficients, as the ladder
 * engine's own rungs read them (until 2026-12-03 the crisis's ladder read
 * the defaults while its damage read the scenario's). */
static yk_status ladder_delivered(void *ud, const yk_world *w, const yk_state *member,
                                  const yk_state *opponent, double *delivered, yk_error *err)
{
    const yk_exchange_capability *cap = NULL;
    yk_status st = capability(ud, w, member, opponent, &cap, err);
    *delivered = st ? 0 : cap->delivered;
    return st;
}

/* The doctrine a side's first nuclear-armed member declares, as the
 * ladder codes it (ladder.h yk_ladder_inputs.doctrine: 0 none, 1 no
 * first use, 2 sole purpose), and the credibility with which it binds
 * (the ladder's coefficients nfu_credibility, sole_purpose_credibility).
 * The member is the ladder's (inputs.c): A, or for D the patron, else
 * the target, whichever is nuclear first. */
static int doctrine_of(const yk_world *w, const yk_ladder_dyad *d, int side, const double *c,
                       double *cred)
{
    const yk_state *st = &w->states[side == 0 ? d->aggressor : d->patron];
    if (side == 1 && !yk_state_is_nuclear(st, w->year) &&
        yk_state_is_nuclear(&w->states[d->target], w->year))
        st = &w->states[d->target];
    switch (st->doctrine.posture) {
    case YK_POSTURE_NO_FIRST_USE:
        *cred = c[YK_LC_NFU_CREDIBILITY];
        return 1;
    case YK_POSTURE_SOLE_PURPOSE:
        *cred = c[YK_LC_SOLE_PURPOSE_CREDIBILITY];
        return 2;
    default:
        *cred = 0;
        return 0;
    }
}

/* The ladder's continuation from the highest conventional rung with A to
 * move (as yk_ladder_continuation_value computes it) at the means of the
 * world's parameters, in expectation over whether each side's declared
 * doctrine binds: at the means alone a doctrine binds all or nothing
 * (credibility >= 1/2), which hides what the draws show (taiwan-2035
 * with US SLCM-N, the ladder before its capability wiring: 1.939% ->
 * 1.940% at the means; 2.21% -> 1.98% over the ladder's draws). Into sum[]: P(nuclear use), P(A prevails), D's
 * expected cost. Through ladder.h's pieces, with one policy for the (at
 * most four) solves. */
static yk_status continuation(const yk_world *w, const yk_ladder_dyad *d, const double *c,
                              const double strategic[2], double sum[3], yk_error *err)
{
    yk_ladder_policy *p;
    yk_ladder_inputs lin;
    yk_ladder_outcome o;
    yk_ladder_state start = yk_ladder_start();
    double *work, cred[2];
    int code[2], ba, bd, k;
    yk_status st = yk_ladder_inputs_fill_with(w, d, c, NULL, strategic, &lin, err);

    if (st)
        return st;
    for (k = 0; k < lin.n_rungs; k++)
        if (lin.kind[k] == YK_RUNG_CONVENTIONAL)
            start.rung = k;
    code[0] = doctrine_of(w, d, 0, c, &cred[0]);
    code[1] = doctrine_of(w, d, 1, c, &cred[1]);
    p = yk_ladder_policy_new(lin.n_rungs, lin.horizon);
    work = p ? yk_malloc(yk_ladder_work_size(p) * sizeof *work) : NULL;
    if (!work) {
        yk_ladder_policy_free(p);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    for (ba = 0; ba < 2 && !st; ba++)
        for (bd = 0; bd < 2 && !st; bd++) {
            /* weight of A's doctrine binding (ba) and D's (bd) */
            double wt = (ba ? cred[0] : 1 - cred[0]) * (bd ? cred[1] : 1 - cred[1]);
            if (wt <= 0)
                continue;
            lin.doctrine[0] = ba ? code[0] : 0;
            lin.doctrine[1] = bd ? code[1] : 0;
            st = yk_ladder_solve(p, &lin);
            if (st) {
                yk_error_set(err, st, NULL, 0, 0, NULL, "the ladder cannot be solved");
                break;
            }
            yk_ladder_exact(p, &lin, start, work, &o);
            sum[0] += wt * o.p_nuclear_use;
            sum[1] += wt * o.p_prevail[0];
            sum[2] += wt * o.cost[1];
        }
    yk_free(work);
    yk_ladder_policy_free(p);
    return st;
}

yk_status yk_cr_wire_ladder(const yk_scenario *s, size_t crisis, yk_cr_xcache *x,
                            yk_crisis_inputs *in, char why[YK_CR_SOURCE_LEN], yk_error *err)
{
    const yk_world *w = yk_scenario_world(s);
    const yk_crisis *k = &w->crises[crisis];
    double c[YK_LC_COUNT], sum[3] = {0, 0, 0}, strategic[2];
    yk_ladder_dyad d;
    yk_error lerr;
    yk_status st;

    in->ladder = false;
    in->ladder_p_nuclear = in->ladder_p_prevail_a = in->ladder_cost_d = NAN;
    /* Nothing to climb to: the ladder would say 0 and the coefficients
     * say 0 too (yk_crisis_escalation_risk). */
    if (in->warheads_a <= 0 && in->warheads_p <= 0 && in->warheads_t <= 0) {
        snprintf(why, YK_CR_SOURCE_LEN, "coefficients (no ladder: no nuclear side)");
        return YK_OK;
    }
    coef_means(s, "ladder", yk_ladder_coef_specs(), YK_LC_COUNT, c);
    memset(&d, 0, sizeof d);
    d.aggressor = k->aggressor;
    d.target = k->target;
    d.patron = k->patron;
    d.theatre = k->theatre;
    /* The crisis's stakes (as --vary sets them), not the ladder's draws. */
    d.stake_a = in->stake_a;
    d.stake_d = in->stake_p;
    d.crisis = k;
    memset(&lerr, 0, sizeof lerr);
    st = yk_ladder_strategic_capabilities_from(w, &d, ladder_delivered, x, strategic, &lerr);
    if (!st)
        st = continuation(w, &d, c, strategic, sum, &lerr);
    if (st == YK_E_NOMEM)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory");
    if (st) {
        snprintf(why, YK_CR_SOURCE_LEN, "coefficients (no ladder: %.100s)", lerr.message);
        return YK_OK;
    }
    in->ladder = true;
    in->ladder_p_nuclear = sum[0];
    in->ladder_p_prevail_a = sum[1];
    in->ladder_cost_d = sum[2];
    snprintf(why, YK_CR_SOURCE_LEN, "ladder continuation");
    return YK_OK;
}

/* The share of `from`'s deliverable warheads (heads, at the means) that
 * arrive on `on`: after `on` strikes first (struck) or striking first
 * itself (range, defence and reliability only); 0 when from has none. */
static yk_status reach(yk_cr_xcache *x, const yk_world *w, const yk_state *from,
                       const yk_state *on, double heads, bool struck, double *out,
                       yk_error *err)
{
    const yk_exchange_capability *cap = NULL;
    yk_status st;
    *out = 0;
    if (heads <= 0)
        return YK_OK;
    st = capability(x, w, from, on, &cap, err);
    if (st)
        return st;
    /* delivered counts reliability as heads does: the ratio is what
     * survival, range, defence and decapitation leave. */
    *out = (struck ? cap->delivered : cap->unstruck_delivered) / heads;
    if (*out > 1)
        *out = 1;
    return YK_OK;
}

yk_status yk_cr_wire_exchange(const yk_scenario *s, size_t crisis, yk_cr_xcache *x,
                              yk_crisis_inputs *in, char why[YK_CR_SOURCE_LEN], yk_error *err)
{
    const yk_world *w = yk_scenario_world(s);
    const yk_crisis *k = &w->crises[crisis];
    const yk_state *a = &w->states[k->aggressor], *t = &w->states[k->target],
                   *p = &w->states[k->patron];
    yk_error xerr;
    yk_status st;

    in->exchange = false;
    in->reach_p_on_a = in->reach_t_on_a = in->reach_a_on_t = in->reach_a_on_p = 1;
    if (in->warheads_a <= 0 && in->warheads_p <= 0 && in->warheads_t <= 0) {
        snprintf(why, YK_CR_SOURCE_LEN, "warhead counts (no nuclear side)");
        return YK_OK;
    }
    memset(&xerr, 0, sizeof xerr);
    /* A escalated: at the exchange it strikes first and P and T reply
     * with what survives; A's own warheads arrive as a first strike. */
    st = reach(x, w, p, a, in->warheads_p, true, &in->reach_p_on_a, &xerr);
    if (!st)
        st = reach(x, w, t, a, in->warheads_t, true, &in->reach_t_on_a, &xerr);
    if (!st)
        st = reach(x, w, a, t, in->warheads_a, false, &in->reach_a_on_t, &xerr);
    if (!st)
        st = reach(x, w, a, p, in->warheads_a, false, &in->reach_a_on_p, &xerr);
    if (st == YK_E_NOMEM)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory");
    if (st) {
        in->reach_p_on_a = in->reach_t_on_a = in->reach_a_on_t = in->reach_a_on_p = 1;
        snprintf(why, YK_CR_SOURCE_LEN, "warhead counts (no exchange: %.100s)", xerr.message);
        return YK_OK;
    }
    in->exchange = true;
    snprintf(why, YK_CR_SOURCE_LEN, "exchange engine");
    return YK_OK;
}

double yk_cr_delivered(const yk_crisis_inputs *in, double warheads, double r)
{
    return in->exchange ? r * warheads : warheads;
}
