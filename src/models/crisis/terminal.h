/*
 * terminal.h - the crisis tree's leaves and the arithmetic that combines
 * them (docs/MODEL.md "Crisis engine: outcomes"), inline: the PBE solver
 * prices a few dozen of them per game, and as calls into another file
 * each paid for building its value on the stack and copying it out.
 * Defined once here for every file of the engine, so none can disagree.
 */
#ifndef YK_CRISIS_TERMINAL_H
#define YK_CRISIS_TERMINAL_H

#include <string.h>

#include "yokushi/crisis.h"

/* The kinds of terminal node (docs/MODEL.md section 9, "crisis: outcomes"). */
typedef enum cr_end {
    CR_STATUS_QUO = 0, /* A does not attack */
    CR_BACK_DOWN,      /* A backs down after P's defence or threat */
    CR_EXCHANGE,       /* fighting on escalated to a nuclear exchange */
    CR_HOLDS,          /* T holds: A's conventional attack fails */
    CR_CONQUERED,      /* T conquered without nuclear use */
    CR_USE,            /* T, losing, uses its weapons */
    CR_ESCALATION      /* fighting on climbed to the nuclear rungs: a
                          nuclear A's threat, P holds (exchange or A backs
                          off) or concedes (cr_rungs); a non-nuclear A:
                          the exchange */
} cr_end;

/* P's payoff of a value: minus the sum of its costs (yk_crisis_value_p). */
static inline double cr_value_p(const yk_crisis_value *v)
{
    double s = 0;
    int i;
    for (i = 0; i < YK_COST_COUNT; i++)
        s += v->p[i];
    return -s;
}

/* w x a + (1 - w) x b, component by component. */
static inline yk_crisis_value cr_mix(const yk_crisis_value *a,
                                     const yk_crisis_value *b, double w)
{
    yk_crisis_value v;
    int i;
    v.a = w * a->a + (1 - w) * b->a;
    v.t = w * a->t + (1 - w) * b->t;
    for (i = 0; i < YK_COST_COUNT; i++)
        v.p[i] = w * a->p[i] + (1 - w) * b->p[i];
    v.conquered = w * a->conquered + (1 - w) * b->conquered;
    v.nuclear = w * a->nuclear + (1 - w) * b->nuclear;
    return v;
}

/* v += w x, component by component (a type's mix of its responses). */
static inline void cr_accumulate(yk_crisis_value *v, const yk_crisis_value *x,
                                 double w)
{
    int i;
    v->a += w * x->a;
    v->t += w * x->t;
    for (i = 0; i < YK_COST_COUNT; i++)
        v->p[i] += w * x->p[i];
    v->conquered += w * x->conquered;
    v->nuclear += w * x->nuclear;
}

static inline yk_crisis_value cr_terminal(const yk_crisis_model *m, cr_end e,
                                          yk_crisis_mode mode, int type);

/* The nuclear rungs when a nuclear A escalates (docs/MODEL.md section 9,
 * "the aggressor's escalation threat"): P's type holds firm or concedes,
 * as m->holds[type] says (the better of the two for it: yk_cr_holds).
 * Holding ends in the exchange with probability m->exchange_if_held, else
 * A's threat fails and it backs off (T holds, A pays its back-down cost);
 * conceding leaves T conquered with no nuclear use, and costs P what an
 * abandonment costs besides the war it fought. */
static inline yk_crisis_value cr_rungs(const yk_crisis_model *m, yk_crisis_mode mode,
                                       int type, bool holds)
{
    yk_crisis_value ex, off;
    if (!holds) {
        /* Folding to nuclear coercion abandons T: the reputation and
         * network costs of an abandonment, on top of the war fought. */
        yk_crisis_value v = cr_terminal(m, CR_CONQUERED, mode, type);
        v.p[YK_COST_REPUTATION] = m->weight[type] * m->reputation;
        if (!m->t_nuclear)
            v.p[YK_COST_DEVALUATION] = m->weight[type] * m->devaluation_abandon;
        return v;
    }
    ex = cr_terminal(m, CR_EXCHANGE, mode, type);
    off = cr_terminal(m, CR_HOLDS, mode, type);
    off.a -= m->backdown;
    return cr_mix(&ex, &off, m->exchange_if_held);
}

/* Payoffs and outcome probabilities of a terminal reached in `mode` (how
 * P responded) by P's type `type` (0 resolute, 1 hesitant). The mode
 * counts only through whether P fought (defend and threat alike): table.c
 * relies on it and crisis_table_test checks it. */
static inline yk_crisis_value cr_terminal(const yk_crisis_model *m, cr_end e,
                                          yk_crisis_mode mode, int type)
{
    yk_crisis_value v;
    int fought = mode != YK_MODE_ABANDON;
    double keep = 1 - m->halt; /* T's use fails to halt the conquest */
    double w = m->weight[type]; /* what T's loss weighs with this type */

    memset(&v, 0, sizeof v);
    if (e == CR_STATUS_QUO)
        return v;
    if (e == CR_ESCALATION)
        return m->a_nuclear ? cr_rungs(m, mode, type, m->holds[type])
                            : cr_terminal(m, CR_EXCHANGE, mode, type);
    if (e == CR_BACK_DOWN) {
        v.a = -m->backdown;
        v.p[YK_COST_WAR] = m->intervention;
        return v;
    }
    if (fought)
        v.p[YK_COST_WAR] = m->cost_p[type] + m->intervention;
    v.a = -m->cost_a;
    v.t = -m->cost_t;
    switch (e) {
    case CR_EXCHANGE:
        v.a -= m->dmg_a_by_p;
        v.t -= m->dmg_t_by_a;
        v.p[YK_COST_NUCLEAR] = m->dmg_p_by_a;
        v.p[YK_COST_WORLD_ORDER] = m->world_order;
        v.nuclear = 1;
        break;
    case CR_CONQUERED:
        v.a += m->stake_a;
        v.t -= m->stake_t;
        v.p[YK_COST_STAKE] = m->stake_p[type];
        v.p[YK_COST_REPUTATION] = fought ? 0 : w * m->reputation;
        if (m->t_nuclear)
            v.p[YK_COST_DEVALUATION] = w * m->devaluation_nuclear;
        else if (!fought)
            v.p[YK_COST_DEVALUATION] = w * m->devaluation_abandon;
        v.conquered = 1;
        break;
    case CR_USE:
        v.a += keep * m->stake_a - m->dmg_a_by_t;
        v.t -= keep * m->stake_t + m->retaliation * m->dmg_t_by_a;
        v.p[YK_COST_STAKE] = keep * m->stake_p[type];
        v.p[YK_COST_REPUTATION] = fought ? 0 : keep * w * m->reputation;
        v.p[YK_COST_NUCLEAR] = m->spread * m->dmg_p_by_a;
        v.p[YK_COST_WORLD_ORDER] = m->world_order;
        v.conquered = keep;
        v.nuclear = 1;
        break;
    default: /* CR_HOLDS: the war costs only */
        break;
    }
    return v;
}

#endif
