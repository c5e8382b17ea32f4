/*
 * pbe.c - the perfect Bayesian equilibrium of the crisis game by backward
 * induction with A's belief over P's type (docs/MODEL.md section 9, "crisis:
 * solution").
 *
 * T's use and P's restraint are decided node by node from the leaves (T's
 * payoffs do not depend on P's type, so its pooled information sets
 * decide alike). A's choice after a defence or threat depends on its
 * belief, and the belief on which types chose that response: so each of
 * A's pure replies there is tried, P's types best-respond to it, and the
 * reply is kept when it is optimal under the belief Bayes' rule gives
 * (the prior off the path). Among consistent replies the one best for A
 * is taken (ties: the first, back down before fight on). A then attacks
 * when attacking beats the status quo under the prior. Ties go to the
 * first action, as yk_solve_bi does.
 */
#include <string.h>

#include "models/crisis/crisis_int.h"

/* Each type's best response to A's replies in s (first best on ties). */
static void respond(const yk_crisis_model *m, const cr_table *tb,
                    yk_crisis_profile *s)
{
    int t, r, n = yk_cr_responses(m);
    for (t = 0; t < 2; t++) {
        int best = 0;
        double bv = 0;
        for (r = 0; r < n; r++) {
            double pv = cr_table_response_p(tb, s, t, r);
            if (r == 0 || pv > bv + CR_TIE) {
                best = r;
                bv = pv;
            }
        }
        for (r = 0; r < 3; r++)
            s->respond[t][r] = r == best;
    }
}

/* A's value of fighting on after `mode` under its belief. */
static double fight_value(const yk_crisis_model *m, const cr_table *tb,
                          const yk_crisis_profile *s, yk_crisis_mode mode)
{
    double mu = yk_cr_belief(m, s, mode);
    return mu * tb->fight[0][mode].a + (1 - mu) * tb->fight[1][mode].a;
}

/* Whether A's reply at `mode` is a best reply under its belief. */
static int consistent(const yk_crisis_model *m, const cr_table *tb,
                      const yk_crisis_profile *s, yk_crisis_mode mode)
{
    double f = fight_value(m, tb, s, mode), b = -m->backdown;
    return s->fight[mode] > 0.5 ? f >= b - CR_TIE : b >= f - CR_TIE;
}

/* A's payoff from one type's path: the component a of yk_cr_value_type,
 * summed in its order. */
static double type_a(const yk_crisis_model *m, const cr_table *tb,
                     const yk_crisis_profile *s, int type)
{
    double a = 0;
    int r, n = yk_cr_responses(m);
    for (r = 0; r < n; r++) {
        double w = s->respond[type][r];
        if (w == 0)
            continue;
        a += w * cr_table_response(tb, s, type, r)->a;
    }
    return a;
}

/* A's expected payoff of attacking under the prior. */
static double attack_value(const yk_crisis_model *m, const cr_table *tb,
                           const yk_crisis_profile *s)
{
    return m->kappa * type_a(m, tb, s, 0) + (1 - m->kappa) * type_a(m, tb, s, 1);
}

/* yk_cr_value_type from the table. */
static yk_crisis_value type_value(const yk_crisis_model *m, const cr_table *tb,
                                  const yk_crisis_profile *s, int type)
{
    yk_crisis_value v;
    int r, n = yk_cr_responses(m);
    memset(&v, 0, sizeof v);
    for (r = 0; r < n; r++) {
        double w = s->respond[type][r];
        if (w == 0)
            continue;
        cr_accumulate(&v, cr_table_response(tb, s, type, r), w);
    }
    return v;
}

void yk_crisis_solve(const yk_crisis_model *m, yk_crisis_solution *out)
{
    yk_crisis_profile s, best;
    cr_table tb;
    int combo, n_combo = m->threat ? 4 : 2, found = 0, t;
    double best_v = 0;

    memset(&s, 0, sizeof s);
    yk_cr_table_init(&tb, m, &s); /* T's use and P's restraint, at the leaves */
    best = s;
    for (combo = 0; combo < n_combo; combo++) {
        double v;
        s.fight[YK_MODE_DEFEND] = combo & 1;
        s.fight[YK_MODE_THREAT] = (combo >> 1) & 1;
        respond(m, &tb, &s);
        if (!consistent(m, &tb, &s, YK_MODE_DEFEND) ||
            (m->threat && !consistent(m, &tb, &s, YK_MODE_THREAT)))
            continue;
        v = attack_value(m, &tb, &s);
        v = v > 0 ? v : 0;
        if (!found || v > best_v + CR_TIE) {
            best = s;
            best_v = v;
            found = 1;
        }
    }
    if (!found) {
        /* No pure reply is consistent (A's choice turns on the mix of
         * types): A replies as the prior says, and the draw is flagged. */
        int mode;
        s.fight[YK_MODE_DEFEND] = s.fight[YK_MODE_THREAT] = 0;
        for (mode = YK_MODE_DEFEND; mode <= YK_MODE_THREAT; mode++) {
            double f, k = m->kappa;
            f = k * tb.fight[0][mode].a + (1 - k) * tb.fight[1][mode].a;
            s.fight[mode] = f > -m->backdown + CR_TIE;
        }
        respond(m, &tb, &s);
        best = s;
    }
    best.attack = attack_value(m, &tb, &best) > CR_TIE ? 1 : 0;
    memset(out, 0, sizeof *out);
    out->s = best;
    out->pure = found;
    for (t = 0; t < 2; t++)
        out->typed[t] = type_value(m, &tb, &out->s, t);
    yk_cr_summarise_typed(m, out);
}
