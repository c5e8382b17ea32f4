/*
 * values.c - the crisis game's terminal outcomes and the expected values
 * of its subtrees under a behaviour profile (docs/MODEL.md "Crisis
 * engine: outcomes"). Pure arithmetic; allocates nothing.
 */
#include <string.h>

#include "models/crisis/crisis_int.h"

double yk_crisis_value_p(const yk_crisis_value *v)
{
    double s = 0;
    int i;
    for (i = 0; i < YK_COST_COUNT; i++)
        s += v->p[i];
    return -s;
}

int cr_responses(const yk_crisis_model *m)
{
    return m->threat ? 3 : 2;
}

yk_crisis_value cr_mix(const yk_crisis_value *a, const yk_crisis_value *b,
                       double w)
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

void cr_accumulate(yk_crisis_value *v, const yk_crisis_value *x, double w)
{
    int i;
    v->a += w * x->a;
    v->t += w * x->t;
    for (i = 0; i < YK_COST_COUNT; i++)
        v->p[i] += w * x->p[i];
    v->conquered += w * x->conquered;
    v->nuclear += w * x->nuclear;
}

yk_crisis_value cr_terminal(const yk_crisis_model *m, cr_end e,
                            yk_crisis_mode mode, int type)
{
    yk_crisis_value v;
    int fought = mode != YK_MODE_ABANDON;
    double keep = 1 - m->halt; /* T's use fails to halt the conquest */

    memset(&v, 0, sizeof v);
    if (e == CR_STATUS_QUO)
        return v;
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
        v.p[YK_COST_REPUTATION] = fought ? 0 : m->reputation;
        if (m->t_nuclear)
            v.p[YK_COST_DEVALUATION] = m->devaluation_nuclear;
        else if (!fought)
            v.p[YK_COST_DEVALUATION] = m->devaluation_abandon;
        v.conquered = 1;
        break;
    case CR_USE:
        v.a += keep * m->stake_a - m->dmg_a_by_t;
        v.t -= keep * m->stake_t + m->retaliation * m->dmg_t_by_a;
        v.p[YK_COST_STAKE] = keep * m->stake_p[type];
        v.p[YK_COST_REPUTATION] = fought ? 0 : keep * m->reputation;
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

yk_crisis_value cr_value_unrestrained(const yk_crisis_model *m,
                                      const yk_crisis_profile *s,
                                      yk_crisis_mode mode, int type)
{
    yk_crisis_value use = cr_terminal(m, CR_USE, mode, type);
    yk_crisis_value no = cr_terminal(m, CR_CONQUERED, mode, type);
    return cr_mix(&use, &no, s->use[mode]);
}

yk_crisis_value cr_value_restrain(const yk_crisis_model *m,
                                  const yk_crisis_profile *s,
                                  yk_crisis_mode mode, int type)
{
    yk_crisis_value free_t = cr_value_unrestrained(m, s, mode, type);
    yk_crisis_value held = cr_terminal(m, CR_CONQUERED, mode, type);
    return cr_mix(&free_t, &held, m->autonomy);
}

yk_crisis_value cr_value_losing(const yk_crisis_model *m,
                                const yk_crisis_profile *s,
                                yk_crisis_mode mode, int type)
{
    yk_crisis_value r, p;
    if (!m->t_nuclear)
        return cr_terminal(m, CR_CONQUERED, mode, type);
    r = cr_value_restrain(m, s, mode, type);
    p = cr_value_unrestrained(m, s, mode, type);
    return cr_mix(&r, &p, s->restrain[type][mode]);
}

yk_crisis_value cr_value_war(const yk_crisis_model *m,
                             const yk_crisis_profile *s, yk_crisis_mode mode,
                             int type)
{
    double p = mode == YK_MODE_ABANDON ? m->p_abandon : m->p_defend;
    yk_crisis_value lose = cr_value_losing(m, s, mode, type);
    yk_crisis_value hold = cr_terminal(m, CR_HOLDS, mode, type);
    return cr_mix(&lose, &hold, p);
}

yk_crisis_value cr_value_fight(const yk_crisis_model *m,
                               const yk_crisis_profile *s,
                               yk_crisis_mode mode, int type)
{
    double rho = m->rho[mode == YK_MODE_THREAT ? YK_STANCE_THREAT : YK_STANCE_DEFEND];
    yk_crisis_value ex = cr_terminal(m, CR_EXCHANGE, mode, type);
    yk_crisis_value war = cr_value_war(m, s, mode, type);
    return cr_mix(&ex, &war, rho);
}

yk_crisis_value yk_crisis_value_of_response(const yk_crisis_model *m,
                                            const yk_crisis_profile *s,
                                            int type, yk_crisis_response r)
{
    yk_crisis_mode mode = (yk_crisis_mode)r;
    yk_crisis_value fight, back;
    if (mode == YK_MODE_ABANDON)
        return cr_value_war(m, s, mode, type);
    fight = cr_value_fight(m, s, mode, type);
    back = cr_terminal(m, CR_BACK_DOWN, mode, type);
    return cr_mix(&fight, &back, s->fight[mode]);
}

yk_crisis_value cr_value_type(const yk_crisis_model *m,
                              const yk_crisis_profile *s, int type)
{
    yk_crisis_value v;
    int r, n = cr_responses(m);
    memset(&v, 0, sizeof v);
    for (r = 0; r < n; r++) {
        yk_crisis_value x;
        double w = s->respond[type][r];
        if (w == 0)
            continue;
        x = yk_crisis_value_of_response(m, s, type, (yk_crisis_response)r);
        cr_accumulate(&v, &x, w);
    }
    return v;
}

double cr_belief(const yk_crisis_model *m, const yk_crisis_profile *s,
                 yk_crisis_mode mode)
{
    double w0 = m->kappa * s->respond[0][mode];
    double w1 = (1 - m->kappa) * s->respond[1][mode];
    if (w0 + w1 <= 0)
        return m->kappa;
    return w0 / (w0 + w1);
}

void cr_summarise(const yk_crisis_model *m, yk_crisis_solution *out)
{
    int t;
    for (t = 0; t < 2; t++)
        out->typed[t] = cr_value_type(m, &out->s, t);
    cr_summarise_typed(m, out);
}

void cr_summarise_typed(const yk_crisis_model *m, yk_crisis_solution *out)
{
    const yk_crisis_profile *s = &out->s;
    double k = m->kappa;
    int mode;
    out->attack_value = cr_mix(&out->typed[0], &out->typed[1], k);
    out->p_attack = s->attack;
    out->p_defend_given_attack =
        k * (s->respond[0][1] + s->respond[0][2]) +
        (1 - k) * (s->respond[1][1] + s->respond[1][2]);
    out->p_threat_given_attack = k * s->respond[0][2] + (1 - k) * s->respond[1][2];
    out->p_nuclear_use = s->attack * out->attack_value.nuclear;
    out->p_conquered = s->attack * out->attack_value.conquered;
    for (mode = 0; mode < YK_MODE_COUNT; mode++)
        out->belief[mode] = cr_belief(m, s, (yk_crisis_mode)mode);
}
