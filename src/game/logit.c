/*
 * logit.c - yk_solve_logit: the principal branch of the logit quantal
 * response equilibrium correspondence from lambda = 0, traced as Gambit's
 * gambit-logit traces it (same equations, step control and stopping rule),
 * so the end points agree. The equations live in logit_table.c and
 * logit_tree.c, the tracer in logit_path.c.
 */
#include "core/alloc.h"
#include "game/game_internal.h"
#include "game/logit.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define LG_MAX_STEPS 200000L  /* accepted steps before giving up */
#define LG_MAX_LAMBDA 1.0e15  /* beyond this the path has not converged */
#define LG_MAX_BAND 50000000L /* doubles of band storage (400 MB) */

typedef struct lg_out {
    const yk_game *g;
    yk_solution *sol;
    int end_only, first;
    double *prob;
    double *gain; /* per player, for passes_check */
    double lambda_scale; /* lambda = lambda_scale * the tracer's last coordinate */
    double tol;   /* relative regret that ends the path */
    int oom;      /* the check ran out of memory: the solve fails */
} lg_out;

/* The profile of point x: probabilities, chance entries for trees. */
static void to_profile(const lg_out *o, const double *x)
{
    const yk_game *g = o->g;
    int size = yk_game_profile_size(g), a;

    for (a = 0; a < size; a++)
        o->prob[a] = a < o->first ? g->action_prob[a] : exp(x[a - o->first]);
}

static int on_point(void *user, const double *x)
{
    lg_out *o = user;
    int n = yk_game_profile_size(o->g) - o->first;

    if (o->end_only)
        return 0;
    to_profile(o, x);
    return yk_solution_add(o->sol, o->prob, x[n] * o->lambda_scale, 0, 0) == YK_OK ? 0 : -1;
}

/* The tracer's own regret is Gambit's (trees: the largest gain at one
 * information set, conditional on reaching it); a point ends the path only
 * when the check yk_solve applies passes too: the gain from any deviation,
 * relative to the payoff range (in trees a deviation at several sets can
 * gain more than at any one). */
static int passes_check(void *user, const double *x)
{
    lg_out *o = user;
    double r;
    to_profile(o, x);
    r = yk_game_relative_regret(o->g, o->prob, o->gain);
    if (isinf(r)) { /* out of memory: end the path, and the solve fails */
        o->oom = 1;
        return 1;
    }
    return r <= o->tol;
}

/* A power of two that brings the payoff range into [1, 2): the payoff
 * multiplier of the normalized trace. */
static double normalizer(const yk_game *g)
{
    double range, s = yk_game_payoff_scale(g, &range);
    int e;
    frexp(range, &e);
    return ldexp(s, 1 - e);
}

/* One trace of the branch from the centroid, for the game with payoffs
 * multiplied by scale (lambda in units of 1/scale while tracing, reported
 * in the game's). The solution starts afresh. On YK_OK, x is the last
 * point (lambda in the game's units), *regret its regret in the system's
 * units. */
static yk_status trace(const yk_game *g, double scale, lg_out *o, lg_params *p, double *x,
                       double *regret, yk_error *err)
{
    int too_big = 0, n = yk_game_profile_size(g) - o->first;
    double lo, hi;
    lg_system *s = g->form == YK_GAME_TREE
                       ? yk_lg_tree_system(g, scale, x, LG_MAX_BAND, &too_big)
                       : yk_lg_table_system(g, scale, x);
    yk_status st;

    yk_solution_free(o->sol);
    yk_solution_init(o->sol, g, yk_game_profile_size(g));
    if (!s) {
        if (too_big)
            return yk_error_set(err, YK_E_LIMIT, NULL, 0, 0, NULL,
                                "logit: the tree is too wide for the banded solve");
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "logit: out of memory");
    }
    yk_game_payoff_bounds(g, &lo, &hi);
    p->regret_tol = o->tol * (hi * scale - lo * scale > 0.0 ? hi * scale - lo * scale : 1.0);
    o->lambda_scale = scale;
    st = yk_lg_trace(s, x, p, err);
    if (st == YK_OK) {
        *regret = s->regret(s->ctx, x);
        if (isnan(*regret)) /* the system's regret ran out of memory */
            st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "logit: out of memory");
    }
    x[n] *= scale;
    yk_lg_system_free(s);
    return st;
}

yk_status yk_solve_logit(const yk_game *g, const yk_solve_options *opts,
                         yk_solution *out, yk_error *err)
{
    yk_solve_options d = yk_solve_defaults();
    lg_params p;
    lg_out o;
    double *x = NULL, norm, regret = 0.0;
    int size, n, stuck = 0;
    yk_status st = YK_OK;

    if (!g || !out)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL, "logit: no game or solution");
    if (!opts)
        opts = &d;
    size = yk_game_profile_size(g);
    yk_solution_init(out, g, size);
    if (g->form == YK_GAME_TREE) {
        st = yk_game_check_perfect_recall(g, err);
        if (st != YK_OK)
            return st;
    }
    memset(&o, 0, sizeof o);
    o.g = g;
    o.sol = out;
    o.end_only = opts->end_only;
    o.first = g->form == YK_GAME_TREE ? yk_game_profile_first(g) : 0;
    o.lambda_scale = 1.0;
    o.tol = opts->logit_max_regret > 0.0 ? opts->logit_max_regret : d.logit_max_regret;
    n = size - o.first;
    o.prob = yk_calloc((size_t)size + 1, sizeof(double));
    o.gain = yk_calloc((size_t)g->n_players + 1, sizeof(double));
    x = yk_calloc((size_t)n + 1, sizeof(double));
    if (!o.prob || !o.gain || !x)
        goto nomem;
    if (n == 0) {
        /* No player moves: the only profile is the chance probabilities. */
        if (!o.end_only && on_point(&o, x) != 0)
            goto nomem;
        to_profile(&o, x);
        if (yk_solution_add(out, o.prob, 0.0, 1, 0) != YK_OK)
            goto nomem;
        goto out;
    }
    memset(&p, 0, sizeof p);
    p.step = opts->logit_step > 0.0 ? opts->logit_step : d.logit_step;
    p.accel = opts->logit_accel > 1.0 ? opts->logit_accel : d.logit_accel;
    p.max_lambda = LG_MAX_LAMBDA;
    p.max_steps = opts->logit_max_steps > 0 ? opts->logit_max_steps : LG_MAX_STEPS;
    p.stop = opts->stop;
    p.point = on_point;
    p.done = passes_check;
    p.user = &o;
    p.stuck = &stuck;
    /* Gambit's trace first (its end points are the ones users compare);
     * where it fails and the payoffs are not already of range about 1, the
     * trace again on the normalized game: the tracer's first step (0.03),
     * its smallest (1e-8) and its lambda limit (1e15) are in payoff units,
     * so payoffs of 1e12 stall it in the first steps and payoffs of 1e-9
     * need lambda past the limit. */
    st = trace(g, 1.0, &o, &p, x, &regret, err);
    norm = normalizer(g);
    if (norm != 1.0 && (st == YK_E_NUMERIC || (st == YK_OK && stuck))) {
        st = trace(g, norm, &o, &p, x, &regret, err);
        if (st == YK_E_NUMERIC && err) {
            /* the tracer's message gives lambda in its own units */
            size_t len = strlen(err->message);
            snprintf(err->message + len, sizeof err->message - len,
                     " (retraced with payoffs normalized by %g, lambda in those units, "
                     "after Gambit's coordinates failed too)",
                     norm);
        }
    }
    if (st == YK_OK && o.oom)
        goto nomem;
    if (st != YK_OK)
        goto out;
    to_profile(&o, x);
    /* Stuck at a bifurcation, Gambit prints its last point as the end point
     * (an NE line). It is not an equilibrium: we keep it as the rejected
     * point (so a caller can show it) and fail. */
    if (yk_solution_add(out, o.prob, x[n], !stuck, 0) != YK_OK)
        goto nomem;
    if (stuck) {
        double rel = yk_game_relative_regret(g, o.prob, o.gain);
        if (isinf(rel))
            goto nomem;
        out->rejected = out->count - 1;
        snprintf(out->note, sizeof out->note,
                 "the step size fell below 1e-8 at lambda %.10g (a bifurcation the tracer "
                 "cannot pass, as in Gambit); last point's regret %.3g",
                 x[n], regret / o.lambda_scale);
        st = yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, NULL,
                          "logit: the path stalled at lambda %.10g (the step fell below 1e-8: a "
                          "bifurcation the tracer cannot pass); its last point is not an "
                          "equilibrium: a player gains %.3g of the payoff range by deviating",
                          x[n], rel);
        goto out;
    }
    snprintf(out->note, sizeof out->note, "lambda %.10g, regret %.3g", x[n],
             regret / o.lambda_scale);
    goto out;
nomem:
    st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "logit: out of memory");
out:
    if (st != YK_OK && out->rejected < 0) {
        yk_solution_free(out);
        yk_solution_init(out, g, size);
    }
    yk_free(x);
    yk_free(o.prob);
    yk_free(o.gain);
    return st;
}
