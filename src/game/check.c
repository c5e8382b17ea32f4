/*
 * check.c - what makes a tree a game the solvers can trust: chance
 * probabilities that form a distribution, information sets that are one
 * player's, and perfect recall for the solvers that need it.
 */
#include "core/alloc.h"
#include "game/game_internal.h"

#include <math.h>
#include <stdlib.h>

#define PROB_TOL 1e-9

static yk_status node_error(yk_error *err, const yk_game *g, int n, const char *what)
{
    return yk_error_set(err, YK_E_SCHEMA, NULL, 0, 0, NULL, "node %d%s%s%s: %s", n + 1,
                        g->node[n].label[0] ? " \"" : "", g->node[n].label,
                        g->node[n].label[0] ? "\"" : "", what);
}

yk_status yk_game_check(const yk_game *g, yk_error *err)
{
    int i, a;

    if (g->form == YK_GAME_TABLE)
        return YK_OK;
    for (i = 0; i < g->n_infosets; i++) {
        const yk_infoset *s = &g->infoset[i];
        double sum = 0.0;
        int first = g->member[s->members];
        if (s->player < 0 || s->player > g->n_players)
            return node_error(err, g, first, "the information set's player does not exist");
        if (s->player != YK_CHANCE)
            continue;
        for (a = 0; a < s->n_actions; a++) {
            double q = g->action_prob[s->actions + a];
            if (!(q >= 0.0 && q <= 1.0))
                return yk_error_set(err, YK_E_SCHEMA, NULL, 0, 0, NULL,
                                    "node %d: chance action \"%s\" has probability %g, outside [0,1]",
                                    first + 1, g->action_label[s->actions + a], q);
            sum += q;
        }
        if (fabs(sum - 1.0) > PROB_TOL)
            return yk_error_set(err, YK_E_SCHEMA, NULL, 0, 0, NULL,
                                "node %d: chance probabilities sum to %.17g, not 1", first + 1,
                                sum);
    }
    for (i = 0; i < g->n_outcomes; i++)
        for (a = 0; a < g->n_players; a++)
            if (!isfinite(g->payoff[g->outcome[i].payoffs + a]))
                return yk_error_set(err, YK_E_SCHEMA, NULL, 0, 0, NULL,
                                    "outcome %d: payoff of player %d is not a finite number",
                                    g->outcome[i].number, a + 1);
    return YK_OK;
}

int yk_game_is_perfect_information(const yk_game *g)
{
    int i;
    if (g->form != YK_GAME_TREE)
        return 0;
    for (i = g->player_infosets[1]; i < g->n_infosets; i++)
        if (g->infoset[i].n_members != 1)
            return 0;
    return 1;
}

/* Perfect recall holds when every member of a player's information set has
 * the same last own move (information set and action) on its path: the
 * player's sequences then form a tree, and by induction every member has
 * the same whole own history (Kuhn 1953; Koller & Megiddo 1992). */
yk_status yk_game_check_perfect_recall(const yk_game *g, yk_error *err)
{
    int np = g->n_players, i, p;
    int *last; /* last[n * np + p - 1]: action of p last taken above node n, -1 none */
    int *seen; /* per infoset: the last own action its members share, or -2 unset */
    yk_status st = YK_OK;

    if (g->form != YK_GAME_TREE)
        return YK_OK;
    last = yk_malloc(sizeof(int) * (size_t)g->n_nodes * (size_t)np);
    seen = yk_malloc(sizeof(int) * ((size_t)g->n_infosets + 1));
    if (!last || !seen) {
        yk_free(last);
        yk_free(seen);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    for (i = 0; i < g->n_infosets; i++)
        seen[i] = -2;
    for (i = 0; i < g->n_nodes && st == YK_OK; i++) {
        const yk_node *v = &g->node[i];
        int *mine = &last[(size_t)i * np];
        if (v->parent < 0) {
            for (p = 0; p < np; p++)
                mine[p] = -1;
        } else {
            const int *up = &last[(size_t)v->parent * np];
            int mover = g->infoset[g->node[v->parent].infoset].player;
            for (p = 0; p < np; p++)
                mine[p] = up[p];
            if (mover != YK_CHANCE)
                mine[mover - 1] = v->parent_action;
        }
        if (v->kind == YK_NODE_PLAYER) {
            int s = v->infoset, own = mine[g->infoset[s].player - 1];
            if (seen[s] == -2)
                seen[s] = own;
            else if (seen[s] != own)
                st = node_error(err, g, i,
                                "imperfect recall: its information set's members differ in the "
                                "player's own earlier moves");
        }
    }
    yk_free(last);
    yk_free(seen);
    return st;
}
