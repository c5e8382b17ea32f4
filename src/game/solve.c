/*
 * solve.c - yk_solve: runs one method and checks its answer before anyone
 * prints it. A solver can be wrong in ways its own arithmetic does not see
 * (a tolerance that overflowed, a path stalled at a bifurcation, pivots
 * that lost precision), so every profile it calls an equilibrium is
 * re-checked here, independently of how it was found: each player's gain
 * from deviating, relative to the payoff range, on exactly scaled payoffs
 * (yk_game_relative_regret). The check knows nothing about the methods, so
 * a method reworked tomorrow is checked the same way.
 */
#include "core/alloc.h"
#include "game/game_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static yk_status run(const yk_game *g, yk_solve_method m, const yk_solve_options *o,
                     yk_solution *out, yk_error *err)
{
    switch (m) {
    case YK_SOLVE_BI:
        return yk_solve_bi(g, o, out, err);
    case YK_SOLVE_ENUMPURE:
        return yk_solve_enumpure(g, o, out, err);
    case YK_SOLVE_LCP:
        return yk_solve_lcp(g, o, out, err);
    default:
        return yk_solve_logit(g, o, out, err);
    }
}

double yk_solve_tolerance(yk_solve_method m, const yk_solve_options *o)
{
    if (m == YK_SOLVE_LOGIT)
        return o && o->logit_max_regret > 0.0 ? o->logit_max_regret
                                              : yk_solve_defaults().logit_max_regret;
    return YK_SOLVE_TOL;
}

yk_status yk_solution_check(const yk_game *g, yk_solution *s, const yk_game *reduced, double tol,
                            const char *what, yk_error *err)
{
    const yk_game *own = s->strategic ? reduced : g;
    double *gain, range, scale;
    int i, q, bad = -1, who = 0;
    double worst = 0.0;

    if (!own)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "%s: no reduced strategic form to check the profiles against", what);
    gain = yk_malloc(sizeof(double) * ((size_t)g->n_players + 1));
    if (!gain)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "%s: out of memory", what);
    /* yk_game_relative_regret, with the scale found once for all profiles
     * (enumpure may return most of a table's profiles) */
    scale = yk_game_payoff_scale(own, &range);
    for (i = 0; i < s->count; i++) {
        double r;
        if (!s->is_equilibrium[i])
            continue;
        r = yk_game_scaled_regret(own, yk_solution_profile(s, i), scale, gain);
        if (r == HUGE_VAL) { /* out of memory: neither yes nor no */
            yk_free(gain);
            return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "%s: out of memory", what);
        }
        r /= range;
        for (q = 0; q < g->n_players; q++)
            gain[q] /= range;
        /* !(r <= tol): a NaN fails too */
        if (!(r <= tol)) {
            s->is_equilibrium[i] = 0;
            if (bad < 0) {
                bad = i;
                worst = r;
                for (q = 1; q < g->n_players; q++)
                    if (!(gain[q] <= gain[who]))
                        who = q;
            }
        }
    }
    if (bad < 0) {
        yk_free(gain);
        return YK_OK;
    }
    s->rejected = bad;
    yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, NULL,
                 "%s: profile %d is not an equilibrium: %s gains %.3g of the payoff range by "
                 "deviating (tolerance %.3g)",
                 what, bad + 1, g->player[who], worst, tol);
    yk_free(gain);
    return YK_E_NUMERIC;
}

yk_status yk_solve(const yk_game *g, yk_solve_method m, const yk_solve_options *o,
                   yk_solution *out, yk_error *err)
{
    yk_game *reduced = NULL;
    yk_status st;
    int i;

    yk_status stopped;
    yk_error why;

    yk_solution_init(out, g, yk_game_profile_size(g)); /* the methods init it again */
    stopped = run(g, m, o, out, err);
    /* A method that stopped short (lcp at its budget, a lost path) may
     * still hand back equilibria it found: they are checked like any
     * others, and the caller gets the method's status and message. A
     * rejected point (logit stalled) is never offered as found. */
    if (stopped != YK_OK && (out->count == 0 || out->rejected >= 0))
        return stopped;
    if (stopped != YK_OK && err)
        why = *err;
    if (out->strategic) {
        st = yk_game_reduced_form(g, o ? o->max_profiles : 0, &reduced, NULL, err);
        if (st != YK_OK)
            return st;
    }
    st = yk_solution_check(g, out, reduced, yk_solve_tolerance(m, o), yk_solve_method_name(m),
                           err);
    yk_game_free(reduced);
    if (st == YK_OK && stopped != YK_OK) {
        if (err)
            *err = why;
        return stopped;
    }
    if (st != YK_OK || m == YK_SOLVE_ENUMPURE)
        return st;
    /* every finite game has an equilibrium, and the other methods find one
     * (enumpure looks for pure ones only, which may not exist) */
    for (i = 0; i < out->count; i++)
        if (out->is_equilibrium[i])
            return YK_OK;
    return yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, NULL,
                        "%s: found no equilibrium (every finite game has one)",
                        yk_solve_method_name(m));
}
