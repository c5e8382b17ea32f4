/*
 * qre.c - the logit quantal response equilibrium of the crisis game for a
 * given rationality lambda (McKelvey & Palfrey 1998, agent form): every
 * decision is a logit choice on expected payoffs, A's beliefs at its
 * pooled information sets follow Bayes' rule from P's mixed responses.
 * Solved by damped fixed-point iteration (lambda 0: uniform play; large
 * lambda approaches an equilibrium).
 */
#include <math.h>
#include <string.h>

#include "models/crisis/crisis_int.h"

#define DAMP 0.5 /* share of the logit response taken each iteration */

/* Logit probability of the first of two actions with values u1, u0. */
static double logit2(double lambda, double u1, double u0)
{
    double z = lambda * (u1 - u0);
    if (z > 700)
        return 1;
    if (z < -700)
        return 0;
    return 1 / (1 + exp(-z));
}

static double step(double *x, double target)
{
    double nx = (1 - DAMP) * *x + DAMP * target, d = fabs(nx - *x);
    *x = nx;
    return d;
}

/* One damped logit update of every decision; returns the largest change. */
static double update(const yk_crisis_model *m, double lambda, yk_crisis_profile *s)
{
    double d = 0;
    int mode, t, r, n = yk_cr_responses(m);
    for (mode = 0; mode < YK_MODE_COUNT; mode++) {
        yk_crisis_value u = cr_terminal(m, CR_USE, (yk_crisis_mode)mode, 0);
        yk_crisis_value no = cr_terminal(m, CR_CONQUERED, (yk_crisis_mode)mode, 0);
        d = fmax(d, step(&s->use[mode], logit2(lambda, u.t, no.t)));
    }
    for (t = 0; t < 2; t++)
        for (mode = 0; mode < YK_MODE_COUNT; mode++) {
            yk_crisis_value rv = yk_cr_value_restrain(m, s, (yk_crisis_mode)mode, t);
            yk_crisis_value pv = yk_cr_value_unrestrained(m, s, (yk_crisis_mode)mode, t);
            d = fmax(d, step(&s->restrain[t][mode],
                             logit2(lambda, yk_crisis_value_p(&rv), yk_crisis_value_p(&pv))));
        }
    for (mode = YK_MODE_DEFEND; mode < YK_MODE_COUNT; mode++) {
        double mu = yk_cr_belief(m, s, (yk_crisis_mode)mode);
        yk_crisis_value f0 = yk_cr_value_fight(m, s, (yk_crisis_mode)mode, 0);
        yk_crisis_value f1 = yk_cr_value_fight(m, s, (yk_crisis_mode)mode, 1);
        d = fmax(d, step(&s->fight[mode],
                         logit2(lambda, mu * f0.a + (1 - mu) * f1.a, -m->backdown)));
    }
    for (t = 0; t < 2; t++) {
        double u[3], mx = -INFINITY, z = 0;
        for (r = 0; r < n; r++) {
            yk_crisis_value v = yk_crisis_value_of_response(m, s, t, (yk_crisis_response)r);
            u[r] = lambda * yk_crisis_value_p(&v);
            mx = fmax(mx, u[r]);
        }
        for (r = 0; r < n; r++)
            z += exp(u[r] - mx);
        for (r = 0; r < n; r++)
            d = fmax(d, step(&s->respond[t][r], exp(u[r] - mx) / z));
    }
    {
        yk_crisis_value v0 = yk_cr_value_type(m, s, 0), v1 = yk_cr_value_type(m, s, 1);
        double a = m->kappa * v0.a + (1 - m->kappa) * v1.a;
        d = fmax(d, step(&s->attack, logit2(lambda, a, 0)));
    }
    return d;
}

yk_status yk_crisis_solve_qre(const yk_crisis_model *m, double lambda,
                              double tol, int max_iter,
                              yk_crisis_solution *out)
{
    yk_crisis_profile s;
    int it, t, r, n = yk_cr_responses(m);
    double d = INFINITY;
    if (!(lambda >= 0) || !(tol > 0) || max_iter < 1)
        return YK_E_ARG;
    memset(&s, 0, sizeof s);
    s.attack = 0.5;
    for (t = 0; t < 2; t++) {
        for (r = 0; r < n; r++)
            s.respond[t][r] = 1.0 / n;
        for (r = 0; r < YK_MODE_COUNT; r++)
            s.restrain[t][r] = 0.5;
    }
    for (r = 0; r < YK_MODE_COUNT; r++)
        s.use[r] = s.fight[r] = 0.5;
    for (it = 0; it < max_iter && d > tol; it++)
        d = update(m, lambda, &s);
    memset(out, 0, sizeof *out);
    out->s = s;
    out->pure = false;
    yk_cr_summarise(m, out);
    return d > tol ? YK_E_NUMERIC : YK_OK;
}
