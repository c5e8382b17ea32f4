/*
 * reduced.c - the reduced strategic form of a tree with perfect recall.
 *
 * A reduced pure strategy names an action only at the information sets the
 * player's own earlier choices leave reachable. Strategies are generated
 * the way Gambit numbers them: the player's information sets in the order
 * their first nodes appear depth-first, each one an odometer digit (the
 * first the most significant), actions in file order, skipping sets cut
 * off by an earlier digit.
 */
#include "core/alloc.h"
#include "game/game_internal.h"

#include <stdlib.h>
#include <string.h>

/* parent[s - first]: the action of player q taken above information set s
 * (-1: none), the same at every member under perfect recall. */
static void own_parents(const yk_game *g, int q, int *parent)
{
    int first = g->player_infosets[q], s;
    for (s = first; s < g->player_infosets[q + 1]; s++) {
        int n = g->member[g->infoset[s].members];
        int up = -1;
        while (g->node[n].parent >= 0) {
            int a = g->node[n].parent_action;
            if (game_action_player(g, a) == q) {
                up = a;
                break;
            }
            n = g->node[n].parent;
        }
        parent[s - first] = up;
    }
}

/* Appends player q's reduced strategies to *rows (each n_actions wide, 1 at
 * the chosen actions); returns the count, -1 past the limit, -2 when out
 * of memory. */
static long player_strategies(const yk_game *g, int q, long limit, double **rows, long *cap,
                              long count)
{
    int first = g->player_infosets[q], n = g->player_infosets[q + 1] - first;
    int *parent = yk_malloc(sizeof(int) * ((size_t)n + 1));
    int *choice = yk_malloc(sizeof(int) * ((size_t)n + 1)); /* -1: unreachable */
    int *chosen = yk_calloc((size_t)g->n_actions + 1, sizeof(int));
    long made = 0;
    int i, a;

    if (!parent || !choice || !chosen) {
        made = -2;
        goto done;
    }
    own_parents(g, q, parent);
    /* first strategy: every reachable set at its first action */
    for (i = 0; i < n; i++) {
        int s = first + i;
        if (parent[i] < 0 || chosen[parent[i]]) {
            choice[i] = 0;
            chosen[g->infoset[s].actions] = 1;
        } else {
            choice[i] = -1;
        }
    }
    for (;;) {
        double *row;
        /* rows are n_actions wide: keep them under 1 GiB as well */
        if (count + made >= limit ||
            (double)(count + made + 1) * g->n_actions > (double)(1L << 27)) {
            made = -1;
            goto done;
        }
        if (count + made == *cap) {
            long nc = *cap ? *cap * 2 : 64;
            double *r = yk_realloc(*rows, sizeof(double) * (size_t)nc * (size_t)g->n_actions);
            if (!r) {
                made = -2;
                goto done;
            }
            *rows = r;
            *cap = nc;
        }
        row = *rows + (size_t)(count + made) * (size_t)g->n_actions;
        memset(row, 0, sizeof(double) * (size_t)g->n_actions);
        for (i = 0; i < n; i++)
            if (choice[i] >= 0)
                row[g->infoset[first + i].actions + choice[i]] = 1.0;
        made++;
        /* advance the odometer: the last reachable digit that can move */
        for (i = n - 1; i >= 0; i--)
            if (choice[i] >= 0 && choice[i] + 1 < g->infoset[first + i].n_actions)
                break;
        if (i < 0)
            break;
        chosen[g->infoset[first + i].actions + choice[i]] = 0;
        choice[i]++;
        chosen[g->infoset[first + i].actions + choice[i]] = 1;
        /* later digits restart at their first action where reachable */
        for (a = i + 1; a < n; a++) {
            int s = first + a;
            if (choice[a] >= 0)
                chosen[g->infoset[s].actions + choice[a]] = 0;
            if (parent[a] < 0 || chosen[parent[a]]) {
                choice[a] = 0;
                chosen[g->infoset[s].actions] = 1;
            } else {
                choice[a] = -1;
            }
        }
    }
done:
    yk_free(parent);
    yk_free(choice);
    yk_free(chosen);
    return made;
}

yk_status yk_game_reduced_form(const yk_game *g, long max_profiles, yk_game **table,
                               double **behaviour, yk_error *err)
{
    int np = g->n_players, q, i;
    int *count = NULL, *pick = NULL;
    long cap = 0, total = 0, profiles = 1, k;
    double *rows = NULL, *pay = NULL, *p = NULL, *reach = NULL;
    yk_status st;

    *table = NULL;
    if (behaviour)
        *behaviour = NULL;
    if (g->form != YK_GAME_TREE)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL, "the game is already in strategic form");
    if ((st = yk_game_check_perfect_recall(g, err)) != YK_OK)
        return st;
    if (max_profiles <= 0)
        max_profiles = 100000000L; /* as yk_solve_defaults */
    count = yk_calloc((size_t)np, sizeof(int));
    pick = yk_calloc((size_t)np, sizeof(int));
    if (!count || !pick)
        goto nomem;
    for (q = 1; q <= np; q++) {
        long made = player_strategies(g, q, max_profiles, &rows, &cap, total);
        if (made == -2)
            goto nomem;
        if (made < 0 || profiles > max_profiles / made) {
            st = yk_error_set(err, YK_E_LIMIT, NULL, 0, 0, NULL,
                         "the reduced strategic form has more than %ld pure-strategy profiles",
                         max_profiles);
            goto done;
        }
        count[q - 1] = (int)made;
        total += made;
        profiles *= made;
    }
    pay = yk_malloc(sizeof(double) * (size_t)profiles * (size_t)np);
    p = yk_malloc(sizeof(double) * ((size_t)g->n_actions + 1));
    reach = yk_malloc(sizeof(double) * (size_t)g->n_nodes);
    if (!pay || !p || !reach)
        goto nomem;
    for (k = 0; k < profiles; k++) {
        long base = 0;
        yk_game_profile_centroid(g, p); /* chance entries; players overwritten */
        for (q = 0; q < np; q++) {
            const double *row = rows + (size_t)(base + pick[q]) * (size_t)g->n_actions;
            for (i = g->player_actions[q + 1]; i < g->player_actions[q + 2]; i++)
                p[i] = row[i];
            base += count[q];
        }
        yk_game_realization(g, p, reach);
        for (q = 0; q < np; q++)
            pay[k * np + q] = 0.0;
        for (i = 0; i < g->n_nodes; i++)
            if (g->node[i].outcome >= 0 && reach[i] != 0.0)
                for (q = 0; q < np; q++)
                    pay[k * np + q] += reach[i] * game_outcome_payoff(g, g->node[i].outcome, q + 1);
        for (q = 0; q < np && ++pick[q] == count[q]; q++)
            pick[q] = 0;
    }
    st = yk_game_table_new(g->title, np, g->player, count, NULL, pay, table, err);
    if (st == YK_OK && behaviour) {
        *behaviour = rows;
        rows = NULL;
    }
    goto done;
nomem:
    st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
done:
    yk_free(rows);
    yk_free(count);
    yk_free(pick);
    yk_free(pay);
    yk_free(p);
    yk_free(reach);
    return st;
}
