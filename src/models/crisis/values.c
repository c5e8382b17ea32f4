/*
 * values.c - the expected values of the crisis game's subtrees under a
 * behaviour profile (docs/MODEL.md "Crisis engine: outcomes"), from the
 * terminal outcomes of terminal.h. Pure arithmetic; allocates nothing.
 */
#include <string.h>

#include "models/crisis/crisis_int.h"

double yk_crisis_value_p(const yk_crisis_value *v)
{
    return cr_value_p(v);
}

int yk_cr_responses(const yk_crisis_model *m)
{
    return m->threat ? 3 : 2;
}

yk_crisis_value yk_cr_value_unrestrained(const yk_crisis_model *m,
                                      const yk_crisis_profile *s,
                                      yk_crisis_mode mode, int type)
{
    yk_crisis_value use = cr_terminal(m, CR_USE, mode, type);
    yk_crisis_value no = cr_terminal(m, CR_CONQUERED, mode, type);
    return cr_mix(&use, &no, s->use[mode]);
}

yk_crisis_value yk_cr_value_restrain(const yk_crisis_model *m,
                                  const yk_crisis_profile *s,
                                  yk_crisis_mode mode, int type)
{
    yk_crisis_value free_t = yk_cr_value_unrestrained(m, s, mode, type);
    yk_crisis_value held = cr_terminal(m, CR_CONQUERED, mode, type);
    return cr_mix(&free_t, &held, m->autonomy);
}

yk_crisis_value yk_cr_value_losing(const yk_crisis_model *m,
                                const yk_crisis_profile *s,
                                yk_crisis_mode mode, int type)
{
    yk_crisis_value r, p;
    if (!m->t_nuclear)
        return cr_terminal(m, CR_CONQUERED, mode, type);
    r = yk_cr_value_restrain(m, s, mode, type);
    p = yk_cr_value_unrestrained(m, s, mode, type);
    return cr_mix(&r, &p, s->restrain[type][mode]);
}

yk_crisis_value yk_cr_value_war(const yk_crisis_model *m,
                             const yk_crisis_profile *s, yk_crisis_mode mode,
                             int type)
{
    double p = mode == YK_MODE_ABANDON ? m->p_abandon : m->p_defend;
    yk_crisis_value lose = yk_cr_value_losing(m, s, mode, type);
    yk_crisis_value hold = cr_terminal(m, CR_HOLDS, mode, type);
    return cr_mix(&lose, &hold, p);
}

yk_crisis_value yk_cr_value_fight(const yk_crisis_model *m,
                               const yk_crisis_profile *s,
                               yk_crisis_mode mode, int type)
{
    double rho = m->rho[mode == YK_MODE_THREAT ? YK_STANCE_THREAT : YK_STANCE_DEFEND];
    yk_crisis_value ex = cr_terminal(m, CR_ESCALATION, mode, type);
    yk_crisis_value war = yk_cr_value_war(m, s, mode, type);
    return cr_mix(&ex, &war, rho);
}

yk_crisis_value yk_crisis_value_of_response(const yk_crisis_model *m,
                                            const yk_crisis_profile *s,
                                            int type, yk_crisis_response r)
{
    yk_crisis_mode mode = (yk_crisis_mode)r;
    yk_crisis_value fight, back;
    if (mode == YK_MODE_ABANDON)
        return yk_cr_value_war(m, s, mode, type);
    fight = yk_cr_value_fight(m, s, mode, type);
    back = cr_terminal(m, CR_BACK_DOWN, mode, type);
    return cr_mix(&fight, &back, s->fight[mode]);
}

yk_crisis_value yk_cr_value_type(const yk_crisis_model *m,
                              const yk_crisis_profile *s, int type)
{
    yk_crisis_value v;
    int r, n = yk_cr_responses(m);
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

double yk_cr_belief(const yk_crisis_model *m, const yk_crisis_profile *s,
                 yk_crisis_mode mode)
{
    double w0 = m->kappa * s->respond[0][mode];
    double w1 = (1 - m->kappa) * s->respond[1][mode];
    if (w0 + w1 <= 0)
        return m->kappa;
    return w0 / (w0 + w1);
}

void yk_cr_summarise(const yk_crisis_model *m, yk_crisis_solution *out)
{
    int t;
    for (t = 0; t < 2; t++)
        out->typed[t] = yk_cr_value_type(m, &out->s, t);
    yk_cr_summarise_typed(m, out);
}

void yk_cr_summarise_typed(const yk_crisis_model *m, yk_crisis_solution *out)
{
    const yk_crisis_profile *s = &out->s;
    double k = m->kappa;
    int mode, t;
    out->attack_value = cr_mix(&out->typed[0], &out->typed[1], k);
    out->p_attack = s->attack;
    out->p_defend_if_attacked =
        k * (s->respond[0][1] + s->respond[0][2]) +
        (1 - k) * (s->respond[1][1] + s->respond[1][2]);
    out->p_threat_if_attacked = k * s->respond[0][2] + (1 - k) * s->respond[1][2];
    out->p_nuclear_use = s->attack * out->attack_value.nuclear;
    out->p_conquered = s->attack * out->attack_value.conquered;
    out->p_fait_accompli = out->p_escalation = 0;
    for (t = 0; t < 2; t++) {
        double w = t == 0 ? k : 1 - k, fought = s->respond[t][1] + s->respond[t][2];
        out->p_fait_accompli += w * (s->respond[t][0] * m->fait_accompli[0] +
                                     fought * m->fait_accompli[1]);
        for (mode = YK_MODE_DEFEND; mode < YK_MODE_COUNT; mode++)
            out->p_escalation += w * s->respond[t][mode] * s->fight[mode] *
                                 m->rho[mode == YK_MODE_THREAT ? YK_STANCE_THREAT
                                                               : YK_STANCE_DEFEND];
    }
    out->p_fait_accompli *= s->attack;
    out->p_escalation *= s->attack;
    for (mode = 0; mode < YK_MODE_COUNT; mode++)
        out->belief[mode] = yk_cr_belief(m, s, (yk_crisis_mode)mode);
}
