/*
 * logit_path.c - predictor-corrector continuation along a smooth curve
 * F(x) = 0 in R^(n+1) (Allgower & Georg, Numerical Continuation Methods,
 * 1990; the step control is the one Gambit's logit tracer uses, so that
 * the points and the end point it stops at agree with gambit-logit).
 *
 *  - Predictor: an Euler step of arclength h along the unit tangent t.
 *  - Corrector: chord Newton iterations at the predicted point, each the
 *    minimum-norm solution of J dx = F (orthogonal to the tangent), with
 *    the Jacobian factorized once per step.
 *  - Step control: a step is rejected when a correction is 0.4 or longer
 *    or the corrections contract by less than 0.6; the next step is h
 *    divided by a deceleration factor in [1/accel, accel] grown from the
 *    observed distance and contraction; a rejection divides h by accel.
 *  - Orientation: the tangent t is the null vector of J with
 *    det [J; t^T] of one fixed sign (the one that makes lambda increase at
 *    the start), which carries the direction through turning points. When
 *    two consecutive tangents point apart nonetheless (a bifurcation), the
 *    step is rejected and the first equation is perturbed by 1e-7 for an
 *    arclength of twice the step, so the tracer passes beside the branch
 *    point (or, as Gambit does, gets stuck at it: see yk_solve_logit).
 */
#include "core/alloc.h"
#include "game/logit.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define C_TOL 1.0e-4       /* corrector converged: correction this short */
#define C_MAXDIST 0.4      /* longest correction accepted */
#define C_MAXCONTR 0.6     /* slowest contraction accepted */
#define C_ETA 0.1          /* keeps the contraction ratio away from 0/0 */
#define C_HMIN 1.0e-8      /* smallest step */
#define C_MAXITER 100      /* corrector iterations */
#define C_PERT 1.0e-7      /* size of the perturbation past a bifurcation */

static double dot(const double *a, const double *b, int n)
{
    double s = 0.0;
    int i;
    for (i = 0; i < n; i++)
        s += a[i] * b[i];
    return s;
}

/* The unit tangent at the factorized point, oriented by orient * det. */
static int tangent(const lg_system *s, int sign, int orient, double *t)
{
    int n1 = s->n + 1, i;
    double nrm;

    memset(t, 0, (size_t)n1 * sizeof(double));
    t[s->n] = 1.0;
    s->solve(s->ctx, t);
    nrm = sqrt(dot(t, t, n1));
    if (!(nrm > 0.0) || !isfinite(nrm) || sign == 0)
        return -1;
    for (i = 0; i < n1; i++)
        t[i] *= (double)(sign * orient) / nrm;
    return 0;
}

yk_status yk_lg_trace(const lg_system *s, double *x, const lg_params *p, yk_error *err)
{
    int n = s->n, n1 = n + 1, i, sign, orient;
    double *t = yk_calloc((size_t)n1 * 4, sizeof(double));
    double *nt, *u, *z; /* set once t is known not NULL (NULL + n1 is undefined) */
    double h = p->step, a = p->accel, pert = 0.0, countdown = 0.0;
    long steps = 0;
    yk_status st = YK_OK;

    *p->stuck = 0;
    if (!t)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "logit: out of memory");
    nt = t + n1;
    u = nt + n1;
    z = u + n1;
    /* Start: border with e_lambda, so the solution has d lambda = 1 > 0. */
    memset(z, 0, (size_t)n1 * sizeof(double));
    z[n] = 1.0;
    if (s->factor(s->ctx, x, z, &sign) != 0 || tangent(s, sign, 1, t) != 0) {
        st = yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, NULL,
                          "logit: the Jacobian at the centroid is singular");
        goto out;
    }
    orient = sign; /* det [J; t^T] keeps this sign all along the branch */
    if (p->point(p->user, x) != 0) {
        st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "logit: out of memory");
        goto out;
    }
    for (;;) {
        double decel = 1.0 / a, disto = 0.0, regret = x[n] < 0.0 ? 0.0 : s->regret(s->ctx, x);
        int accept = 1, iter;

        if (isnan(regret)) {
            st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "logit: out of memory");
            goto out;
        }
        if (x[n] < 0.0 || (regret < p->regret_tol && (!p->done || p->done(p->user, x))))
            break;
        if (p->stop && *p->stop) {
            st = yk_error_set(err, YK_E_INTERRUPTED, NULL, 0, 0, NULL,
                              "logit: interrupted at lambda %g", x[n]);
            goto out;
        }
        if (steps >= p->max_steps || x[n] > p->max_lambda) {
            st = yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, NULL,
                              "logit: no equilibrium after %ld steps (lambda %g, regret %g)",
                              steps, x[n], regret);
            goto out;
        }
        if (fabs(h) <= C_HMIN) {
            /* Gambit's tracer ends here too and reports the last point. */
            *p->stuck = 1;
            goto out;
        }
        for (i = 0; i < n1; i++)
            u[i] = x[i] + h * t[i];
        if (s->factor(s->ctx, u, t, &sign) != 0 || tangent(s, sign, orient, nt) != 0) {
            h /= a;
            continue;
        }
        for (iter = 1;; iter++) {
            double dist, pr;
            if (s->value(s->ctx, u, z) != 0) {
                accept = 0;
                break;
            }
            z[0] += pert;
            z[n] = 0.0;
            s->solve(s->ctx, z);
            pr = dot(z, nt, n1);
            for (i = 0; i < n1; i++)
                z[i] -= pr * nt[i];
            dist = sqrt(dot(z, z, n1));
            if (!isfinite(dist) || dist >= C_MAXDIST) {
                accept = 0;
                break;
            }
            for (i = 0; i < n1; i++)
                u[i] -= z[i];
            if (sqrt(dist / C_MAXDIST) * a > decel)
                decel = sqrt(dist / C_MAXDIST) * a;
            if (iter >= 2) {
                double contr = dist / (disto + C_TOL * C_ETA);
                if (contr > C_MAXCONTR) {
                    accept = 0;
                    break;
                }
                if (sqrt(contr / C_MAXCONTR) * a > decel)
                    decel = sqrt(contr / C_MAXCONTR) * a;
            }
            if (dist <= C_TOL)
                break;
            disto = dist;
            if (iter >= C_MAXITER) {
                st = yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, NULL,
                                  "logit: corrector did not converge at lambda %g", x[n]);
                goto out;
            }
        }
        if (dot(t, nt, n1) < 0.0) {
            /* The orientation flipped: a bifurcation between x and u. */
            if (countdown == 0.0) {
                pert = C_PERT;
                countdown = fabs(2.0 * h);
            }
            accept = 0;
        }
        if (!accept) {
            h /= a;
            continue;
        }
        if (decel > a)
            decel = a;
        h = fabs(h / decel);
        memcpy(x, u, (size_t)n1 * sizeof(double));
        memcpy(t, nt, (size_t)n1 * sizeof(double));
        steps++;
        if (p->point(p->user, x) != 0) {
            st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "logit: out of memory");
            goto out;
        }
        if (countdown > 0.0) {
            countdown -= fabs(h);
            if (countdown < 0.0)
                pert = countdown = 0.0;
        }
    }
out:
    yk_free(t);
    return st;
}
