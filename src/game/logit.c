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
    return yk_solution_add(o->sol, o->prob, x[n], 0, 0) == YK_OK ? 0 : -1;
}

/* Largest minus smallest payoff of the game: the regret tolerance's scale. */
static double payoff_range(const yk_game *g)
{
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    long k, cnt;

    if (g->form == YK_GAME_TABLE) {
        cnt = g->n_profiles * g->n_players;
        for (k = 0; k < cnt; k++) {
            if (g->table[k] < lo)
                lo = g->table[k];
            if (g->table[k] > hi)
                hi = g->table[k];
        }
    } else {
        cnt = (long)g->n_outcomes * g->n_players;
        for (k = 0; k < cnt; k++) {
            if (g->payoff[k] < lo)
                lo = g->payoff[k];
            if (g->payoff[k] > hi)
                hi = g->payoff[k];
        }
    }
    return hi > lo ? hi - lo : 0.0;
}

yk_status yk_solve_logit(const yk_game *g, const yk_solve_options *opts,
                         yk_solution *out, yk_error *err)
{
    yk_solve_options d = yk_solve_defaults();
    lg_params p;
    lg_out o;
    lg_system *s = NULL;
    double *x = NULL, scale;
    int size, n, too_big = 0, stuck = 0;
    double regret;
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
    n = size - o.first;
    o.prob = yk_calloc((size_t)size + 1, sizeof(double));
    x = yk_calloc((size_t)n + 1, sizeof(double));
    if (!o.prob || !x) {
        st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "logit: out of memory");
        goto out;
    }
    if (n == 0) {
        /* No player moves: the only profile is the chance probabilities. */
        if (!o.end_only && on_point(&o, x) != 0)
            goto nomem;
        to_profile(&o, x);
        if (yk_solution_add(out, o.prob, 0.0, 1, 0) != YK_OK)
            goto nomem;
        goto out;
    }
    s = g->form == YK_GAME_TREE ? yk_lg_tree_system(g, x, LG_MAX_BAND, &too_big)
                                : yk_lg_table_system(g, x);
    if (!s) {
        if (too_big)
            st = yk_error_set(err, YK_E_LIMIT, NULL, 0, 0, NULL,
                              "logit: the tree is too wide for the banded solve");
        else
            st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "logit: out of memory");
        goto out;
    }
    scale = payoff_range(g);
    memset(&p, 0, sizeof p);
    p.step = opts->logit_step > 0.0 ? opts->logit_step : d.logit_step;
    p.accel = opts->logit_accel > 1.0 ? opts->logit_accel : d.logit_accel;
    p.regret_tol = (opts->logit_max_regret > 0.0 ? opts->logit_max_regret : d.logit_max_regret) *
                   (scale > 0.0 ? scale : 1.0);
    p.max_lambda = LG_MAX_LAMBDA;
    p.max_steps = LG_MAX_STEPS;
    p.stop = opts->stop;
    p.point = on_point;
    p.user = &o;
    p.stuck = &stuck;
    st = yk_lg_trace(s, x, &p, err);
    if (st != YK_OK)
        goto out;
    to_profile(&o, x);
    regret = s->regret(s->ctx, x);
    if (isnan(regret))
        goto nomem;
    /* Stuck at a bifurcation, Gambit prints its last point as the end point
     * (an NE line); so do we, and the note and the reports' regret say how
     * far from an equilibrium it is. */
    if (yk_solution_add(out, o.prob, x[n], 1, 0) != YK_OK)
        goto nomem;
    if (stuck)
        snprintf(out->note, sizeof out->note,
                 "the step size fell below 1e-8 at lambda %.10g (a bifurcation the tracer "
                 "cannot pass, as in Gambit); last point's regret %.3g",
                 x[n], regret);
    else
        snprintf(out->note, sizeof out->note, "lambda %.10g, regret %.3g", x[n], regret);
    goto out;
nomem:
    st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "logit: out of memory");
out:
    if (st != YK_OK) {
        yk_solution_free(out);
        yk_solution_init(out, g, size);
    }
    yk_lg_system_free(s);
    yk_free(x);
    yk_free(o.prob);
    return st;
}
