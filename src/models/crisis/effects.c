/*
 * effects.c - the strategic effects named in the why lines (effects.h,
 * docs/MODEL.md section 9 "Comparative statics"). Pure arithmetic on the
 * subtree values of values.c; allocates nothing.
 */
#include "models/crisis/effects.h"

/* The response type t plays (pure in the PBE; the largest weight). */
static int chosen_response(const yk_crisis_model *m, const yk_crisis_solution *s, int t)
{
    int r, chosen = 0;
    for (r = 1; r < yk_cr_responses(m); r++)
        if (s->s.respond[t][r] > s->s.respond[t][chosen])
            chosen = r;
    return chosen;
}

/* P's payoff of v less the costs in `drop` (a mask of 1 << component). */
static double p_less(const yk_crisis_value *v, unsigned drop)
{
    double x = yk_crisis_value_p(v);
    int i;
    for (i = 0; i < YK_COST_COUNT; i++)
        if (drop & (1u << i))
            x += v->p[i];
    return x;
}

/* P's best payoff over the responses other than `skip`, each priced by
 * yk_crisis_value_of_response less the costs in `drop`. */
static double best_other(const yk_crisis_model *m, const yk_crisis_solution *s, int t,
                         int skip, unsigned drop)
{
    double best = 0;
    int r, any = 0;
    for (r = 0; r < yk_cr_responses(m); r++) {
        yk_crisis_value v;
        double x;
        if (r == skip)
            continue;
        v = yk_crisis_value_of_response(m, &s->s, t, (yk_crisis_response)r);
        x = p_less(&v, drop);
        if (!any || x > best)
            best = x;
        any = 1;
    }
    return best;
}

bool yk_cr_buck_passed(const yk_crisis_model *m, const yk_crisis_solution *s, int t,
                       double *sure_loss)
{
    yk_crisis_value ab, lose;
    double other;
    /* T holds alone: more likely than not on aid only */
    if (chosen_response(m, s, t) != YK_RESP_ABANDON || m->p_abandon >= 0.5)
        return false;
    ab = yk_crisis_value_of_response(m, &s->s, t, YK_RESP_ABANDON);
    other = best_other(m, s, t, YK_RESP_ABANDON, 0);
    if (yk_cr_is_tie(yk_crisis_value_p(&ab) - other) || yk_crisis_value_p(&ab) < other)
        return false;
    lose = yk_cr_value_losing(m, &s->s, YK_MODE_ABANDON, t);
    *sure_loss = yk_crisis_value_p(&lose);
    return other > *sure_loss && !yk_cr_is_tie(other - *sure_loss);
}

bool yk_cr_deterred_by_autonomy(const yk_crisis_model *m, const yk_crisis_solution *s,
                                double *attack_value)
{
    yk_crisis_model sure = *m;
    yk_crisis_value v0, v1, v;
    if (!m->t_nuclear || m->autonomy <= 0 || s->p_attack > 0.5 ||
        yk_cr_is_tie(s->attack_value.a))
        return false;
    sure.autonomy = 0;
    v0 = yk_cr_value_type(&sure, &s->s, 0);
    v1 = yk_cr_value_type(&sure, &s->s, 1);
    v = cr_mix(&v0, &v1, m->kappa);
    *attack_value = v.a;
    return v.a > 0 && !yk_cr_is_tie(v.a);
}

bool yk_cr_defends_for_order(const yk_crisis_model *m, const yk_crisis_solution *s, int t,
                             double *without, double *chosen_without)
{
    const unsigned order = 1u << YK_COST_WORLD_ORDER;
    yk_crisis_value v;
    int r = chosen_response(m, s, t);
    double other;
    if (!m->t_nuclear || r == YK_RESP_ABANDON)
        return false;
    v = yk_crisis_value_of_response(m, &s->s, t, (yk_crisis_response)r);
    other = best_other(m, s, t, r, 0);
    if (yk_cr_is_tie(yk_crisis_value_p(&v) - other) || yk_crisis_value_p(&v) < other)
        return false;
    *chosen_without = p_less(&v, order);
    v = yk_crisis_value_of_response(m, &s->s, t, YK_RESP_ABANDON);
    *without = p_less(&v, order);
    /* abandoning best of all three once the world order is free */
    return *without > *chosen_without && !yk_cr_is_tie(*without - *chosen_without) &&
           !(best_other(m, s, t, YK_RESP_ABANDON, order) > *without);
}
