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

/* Tolerance for "at least as good": rounding must not break ties that
 * the tree writes exactly. */
#define TIE 1e-12

/* T's and P's choices at the leaves: independent of A's replies. */
static void decide_leaves(const yk_crisis_model *m, yk_crisis_profile *s)
{
    int mode, t;
    for (mode = 0; mode < YK_MODE_COUNT; mode++) {
        /* T's payoff is the same for both types: decide on type 0. */
        yk_crisis_value use = cr_terminal(m, CR_USE, (yk_crisis_mode)mode, 0);
        yk_crisis_value no = cr_terminal(m, CR_CONQUERED, (yk_crisis_mode)mode, 0);
        s->use[mode] = use.t > no.t + TIE ? 1 : 0;
    }
    for (t = 0; t < 2; t++)
        for (mode = 0; mode < YK_MODE_COUNT; mode++) {
            yk_crisis_value r, p;
            s->restrain[t][mode] = 1;
            r = cr_value_restrain(m, s, (yk_crisis_mode)mode, t);
            p = cr_value_unrestrained(m, s, (yk_crisis_mode)mode, t);
            s->restrain[t][mode] =
                yk_crisis_value_p(&p) > yk_crisis_value_p(&r) + TIE ? 0 : 1;
        }
}

/* Each type's best response to A's replies in s (first best on ties). */
static void respond(const yk_crisis_model *m, yk_crisis_profile *s)
{
    int t, r, n = cr_responses(m);
    for (t = 0; t < 2; t++) {
        int best = 0;
        double bv = 0;
        for (r = 0; r < n; r++) {
            yk_crisis_value v = yk_crisis_value_of_response(m, s, t, (yk_crisis_response)r);
            double pv = yk_crisis_value_p(&v);
            if (r == 0 || pv > bv + TIE) {
                best = r;
                bv = pv;
            }
        }
        for (r = 0; r < 3; r++)
            s->respond[t][r] = r == best;
    }
}

/* A's value of fighting on after `mode` under its belief. */
static double fight_value(const yk_crisis_model *m, const yk_crisis_profile *s,
                          yk_crisis_mode mode)
{
    double mu = cr_belief(m, s, mode);
    yk_crisis_value v0 = cr_value_fight(m, s, mode, 0);
    yk_crisis_value v1 = cr_value_fight(m, s, mode, 1);
    return mu * v0.a + (1 - mu) * v1.a;
}

/* Whether A's reply at `mode` is a best reply under its belief. */
static int consistent(const yk_crisis_model *m, const yk_crisis_profile *s,
                      yk_crisis_mode mode)
{
    double f = fight_value(m, s, mode), b = -m->backdown;
    return s->fight[mode] > 0.5 ? f >= b - TIE : b >= f - TIE;
}

/* A's expected payoff of attacking under the prior. */
static double attack_value(const yk_crisis_model *m, const yk_crisis_profile *s)
{
    yk_crisis_value v0 = cr_value_type(m, s, 0), v1 = cr_value_type(m, s, 1);
    return m->kappa * v0.a + (1 - m->kappa) * v1.a;
}

void yk_crisis_solve(const yk_crisis_model *m, yk_crisis_solution *out)
{
    yk_crisis_profile s, best;
    int combo, n_combo = m->threat ? 4 : 2, found = 0;
    double best_v = 0;

    memset(&s, 0, sizeof s);
    decide_leaves(m, &s);
    best = s;
    for (combo = 0; combo < n_combo; combo++) {
        double v;
        s.fight[YK_MODE_DEFEND] = combo & 1;
        s.fight[YK_MODE_THREAT] = (combo >> 1) & 1;
        respond(m, &s);
        if (!consistent(m, &s, YK_MODE_DEFEND) ||
            (m->threat && !consistent(m, &s, YK_MODE_THREAT)))
            continue;
        v = attack_value(m, &s);
        v = v > 0 ? v : 0;
        if (!found || v > best_v + TIE) {
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
            yk_crisis_value v0 = cr_value_fight(m, &s, (yk_crisis_mode)mode, 0);
            yk_crisis_value v1 = cr_value_fight(m, &s, (yk_crisis_mode)mode, 1);
            f = k * v0.a + (1 - k) * v1.a;
            s.fight[mode] = f > -m->backdown + TIE;
        }
        respond(m, &s);
        best = s;
    }
    best.attack = attack_value(m, &best) > TIE ? 1 : 0;
    memset(out, 0, sizeof *out);
    out->s = best;
    out->pure = found;
    cr_summarise(m, out);
}
