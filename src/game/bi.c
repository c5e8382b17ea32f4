/*
 * bi.c - backward induction: the subgame-perfect equilibrium of a game of
 * perfect information, chance by expectation (Kuhn 1953; Zermelo).
 *
 * Nodes are visited in reverse depth-first order, so every child is valued
 * before its parent. A mover picks the action with the highest value for
 * itself; values within YK_SOLVE_TOL of the payoff range of the best are a
 * tie, settled for the first such action in file order and reported.
 * Values are computed on payoffs multiplied by a power of two that brings
 * them into [-1, 1] (exact), so sums overflow at no payoff magnitude.
 */
#include "core/alloc.h"
#include "game/game_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void note_tie(yk_solution *out, const yk_game *g, int node, int ties)
{
    size_t len = strlen(out->note);
    const yk_infoset *s = &g->infoset[g->node[node].infoset];
    if (ties > 3 || len + 80 >= sizeof out->note)
        return;
    snprintf(out->note + len, sizeof out->note - len, "%stie at node %d (%s, information set %d)",
             len ? "; " : "", node + 1, g->player[s->player - 1], s->number);
}

yk_status yk_solve_bi(const yk_game *g, const yk_solve_options *o, yk_solution *out,
                      yk_error *err)
{
    int np = g->n_players, i, q, k, ties = 0;
    double *value, *p, range, scale, tol;
    yk_status st;

    yk_solution_init(out, g, yk_game_profile_size(g));
    if (g->form != YK_GAME_TREE || !yk_game_is_perfect_information(g))
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "backward induction needs a tree of perfect information "
                            "(every information set a single node); use enumpure, lcp or logit");
    value = yk_malloc(sizeof(double) * (size_t)g->n_nodes * (size_t)np);
    p = yk_malloc(sizeof(double) * ((size_t)g->n_actions + 1));
    if (!value || !p) {
        yk_free(value);
        yk_free(p);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    yk_game_profile_centroid(g, p);
    scale = yk_game_payoff_scale(g, &range);
    tol = YK_SOLVE_TOL * range;
    for (i = g->n_nodes - 1; i >= 0; i--) {
        const yk_node *v = &g->node[i];
        double *val = value + (size_t)i * np;
        if (o && o->stop && *o->stop) {
            yk_free(value);
            yk_free(p);
            return yk_error_set(err, YK_E_INTERRUPTED, NULL, 0, 0, NULL, "interrupted");
        }
        for (q = 0; q < np; q++)
            val[q] = v->outcome >= 0 ? game_outcome_payoff(g, v->outcome, q + 1) * scale : 0.0;
        if (v->kind == YK_NODE_CHANCE) {
            const yk_infoset *s = &g->infoset[v->infoset];
            for (k = 0; k < s->n_actions; k++) {
                const double *c = value + (size_t)g->child[v->children + k] * np;
                for (q = 0; q < np; q++)
                    val[q] += g->action_prob[s->actions + k] * c[q];
            }
        } else if (v->kind == YK_NODE_PLAYER) {
            const yk_infoset *s = &g->infoset[v->infoset];
            int mover = s->player - 1, best = 0, tied = 0;
            double bv = value[(size_t)g->child[v->children] * np + mover];
            for (k = 1; k < s->n_actions; k++) {
                double cv = value[(size_t)g->child[v->children + k] * np + mover];
                if (cv > bv + tol) {
                    best = k;
                    bv = cv;
                    tied = 0;
                } else if (fabs(cv - bv) <= tol) {
                    tied = 1;
                }
            }
            if (tied)
                note_tie(out, g, i, ++ties);
            for (k = 0; k < s->n_actions; k++)
                p[s->actions + k] = k == best ? 1.0 : 0.0;
            {
                const double *c = value + (size_t)g->child[v->children + best] * np;
                for (q = 0; q < np; q++)
                    val[q] += c[q];
            }
        }
    }
    if (ties > 3) {
        size_t len = strlen(out->note);
        snprintf(out->note + len, sizeof out->note - len, "; %d ties in all", ties);
    }
    if (ties)
        {
            size_t len = strlen(out->note);
            snprintf(out->note + len, sizeof out->note - len,
                     "%sties broken for the first action in file order", len ? "; " : "");
        }
    st = yk_solution_add(out, p, NAN, 1, ties);
    yk_free(value);
    yk_free(p);
    if (st != YK_OK)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory");
    return YK_OK;
}
