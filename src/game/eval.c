/*
 * eval.c - what a profile implies: expected payoffs, the probability of
 * reaching each node, beliefs, each player's gain from deviating, and
 * whether a tree profile is subgame perfect.
 *
 * Best responses in trees use the sequence form's recursion: with perfect
 * recall a player's information sets, taken in reverse depth-first order of
 * their first members, visit every sequence after the sequences that extend
 * it, so one pass gives the best-response value (von Stengel 1996, sec. 3).
 */
#include "core/alloc.h"
#include "game/game_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* One past the last node of the subtree rooted at n (prefix order makes
 * every subtree an interval). */
static int subtree_end(const yk_game *g, int n)
{
    while (g->node[n].kind != YK_NODE_TERMINAL) {
        const yk_infoset *s = &g->infoset[g->node[n].infoset];
        n = g->child[g->node[n].children + s->n_actions - 1];
    }
    return n + 1;
}

void yk_game_realization(const yk_game *g, const double *p, double *reach)
{
    int i;
    reach[0] = 1.0;
    for (i = 1; i < g->n_nodes; i++)
        reach[i] = reach[g->node[i].parent] * p[g->node[i].parent_action];
}

static yk_status table_payoffs(const yk_game *g, const double *p, double *payoffs)
{
    int np = g->n_players, q;
    long k;
    int *s = yk_calloc((size_t)np, sizeof(int));

    for (q = 0; q < np; q++)
        payoffs[q] = 0.0;
    if (!s)
        return YK_E_NOMEM;
    for (k = 0; k < g->n_profiles; k++) {
        double w = 1.0;
        for (q = 0; q < np; q++)
            w *= p[g->strategy_offset[q] + s[q]];
        if (w != 0.0)
            for (q = 0; q < np; q++)
                payoffs[q] += w * g->table[k * np + q];
        for (q = 0; q < np && ++s[q] == g->n_strategies[q]; q++)
            s[q] = 0;
    }
    yk_free(s);
    return YK_OK;
}

yk_status yk_game_payoffs(const yk_game *g, const double *p, double *payoffs)
{
    double *reach;
    int i, q;

    if (g->form == YK_GAME_TABLE)
        return table_payoffs(g, p, payoffs);
    for (q = 0; q < g->n_players; q++)
        payoffs[q] = 0.0;
    reach = yk_malloc(sizeof(double) * (size_t)g->n_nodes);
    if (!reach)
        return YK_E_NOMEM;
    yk_game_realization(g, p, reach);
    for (i = 0; i < g->n_nodes; i++)
        if (g->node[i].outcome >= 0 && reach[i] != 0.0)
            for (q = 1; q <= g->n_players; q++)
                payoffs[q - 1] += reach[i] * game_outcome_payoff(g, g->node[i].outcome, q);
    yk_free(reach);
    return YK_OK;
}

/* Gain of each player in a table: best pure reply minus current payoff. */
static double table_regret(const yk_game *g, const double *p, double *gain)
{
    int np = g->n_players, q, r;
    double *cur = yk_calloc((size_t)np, sizeof(double));
    double *val = yk_calloc((size_t)g->strategy_offset[np] + 1, sizeof(double));
    int *s = yk_calloc((size_t)np, sizeof(int));
    double worst = 0.0;
    long k;

    if (!cur || !val || !s || table_payoffs(g, p, cur) != YK_OK) {
        yk_free(cur);
        yk_free(val);
        yk_free(s);
        return HUGE_VAL;
    }
    for (k = 0; k < g->n_profiles; k++) {
        for (q = 0; q < np; q++) {
            double w = 1.0;
            for (r = 0; r < np; r++)
                if (r != q)
                    w *= p[g->strategy_offset[r] + s[r]];
            val[g->strategy_offset[q] + s[q]] += w * g->table[k * np + q];
        }
        for (q = 0; q < np && ++s[q] == g->n_strategies[q]; q++)
            s[q] = 0;
    }
    for (q = 0; q < np; q++) {
        double best = -HUGE_VAL;
        for (r = 0; r < g->n_strategies[q]; r++)
            if (val[g->strategy_offset[q] + r] > best)
                best = val[g->strategy_offset[q] + r];
        gain[q] = best - cur[q] > 0.0 ? best - cur[q] : 0.0;
        if (gain[q] > worst)
            worst = gain[q];
    }
    yk_free(cur);
    yk_free(val);
    yk_free(s);
    return worst;
}

/* Gains of every player in the subtree [root, end) of a perfect-recall
 * tree. w: the others' and chance's reach; seq: the player's last own
 * action above each node (-1: none); bucket: value per sequence (index
 * action + 1, 0 the empty sequence). */
static double tree_regret_at(const yk_game *g, const double *p, int root, double *gain)
{
    int end = subtree_end(g, root), n = end - root, np = g->n_players;
    double *w = yk_malloc(sizeof(double) * (size_t)n);
    double *bucket = yk_malloc(sizeof(double) * ((size_t)g->n_actions + 1));
    int *seq = yk_malloc(sizeof(int) * (size_t)n);
    int *first = yk_malloc(sizeof(int) * ((size_t)g->n_infosets + 1));
    double *own = yk_malloc(sizeof(double) * (size_t)n); /* the player's own reach */
    double worst = 0.0;
    int q, i;

    if (!w || !bucket || !seq || !first || !own) {
        worst = HUGE_VAL;
        goto done;
    }
    for (i = 0; i < g->n_infosets; i++)
        first[i] = -1;
    for (i = root; i < end; i++)
        if (g->node[i].infoset >= 0 && first[g->node[i].infoset] < 0)
            first[g->node[i].infoset] = i;
    for (q = 1; q <= np; q++) {
        double cur = 0.0;
        int s;
        memset(bucket, 0, sizeof(double) * ((size_t)g->n_actions + 1));
        for (i = root; i < end; i++) {
            const yk_node *v = &g->node[i];
            double reach;
            if (i == root) {
                w[0] = 1.0;
                seq[0] = -1;
                reach = 1.0;
            } else {
                int a = v->parent_action, up = v->parent - root;
                if (game_action_player(g, a) == q) {
                    w[i - root] = w[up];
                    seq[i - root] = a;
                } else {
                    w[i - root] = w[up] * p[a];
                    seq[i - root] = seq[up];
                }
                reach = w[i - root];
            }
            if (v->outcome >= 0 && reach != 0.0) {
                double u = game_outcome_payoff(g, v->outcome, q);
                bucket[seq[i - root] + 1] += reach * u;
            }
        }
        /* current payoff: every node weighted by the player's own reach
         * times the others' */
        own[0] = 1.0;
        for (i = root + 1; i < end; i++) {
            int a = g->node[i].parent_action;
            own[i - root] =
                own[g->node[i].parent - root] * (game_action_player(g, a) == q ? p[a] : 1.0);
            if (g->node[i].outcome >= 0)
                cur += own[i - root] * w[i - root] * game_outcome_payoff(g, g->node[i].outcome, q);
        }
        if (g->node[root].outcome >= 0)
            cur += game_outcome_payoff(g, g->node[root].outcome, q);
        for (s = g->player_infosets[q + 1] - 1; s >= g->player_infosets[q]; s--) {
            const yk_infoset *I = &g->infoset[s];
            double best = -HUGE_VAL;
            int a;
            if (first[s] < 0)
                continue;
            for (a = 0; a < I->n_actions; a++)
                if (bucket[I->actions + a + 1] > best)
                    best = bucket[I->actions + a + 1];
            bucket[seq[first[s] - root] + 1] += best;
        }
        gain[q - 1] = bucket[0] - cur > 0.0 ? bucket[0] - cur : 0.0;
        if (gain[q - 1] > worst)
            worst = gain[q - 1];
    }
done:
    yk_free(w);
    yk_free(bucket);
    yk_free(seq);
    yk_free(first);
    yk_free(own);
    return worst;
}

double yk_game_regret(const yk_game *g, const double *p, double *gain)
{
    if (g->form == YK_GAME_TABLE)
        return table_regret(g, p, gain);
    return tree_regret_at(g, p, 0, gain);
}

yk_status yk_game_beliefs(const yk_game *g, const double *p, double *belief)
{
    double *reach = yk_malloc(sizeof(double) * (size_t)g->n_nodes);
    double *centroid = yk_malloc(sizeof(double) * ((size_t)g->n_actions + 1));
    double *creach = yk_malloc(sizeof(double) * (size_t)g->n_nodes);
    yk_status st = YK_OK;
    int i, m;

    for (i = 0; i < g->n_nodes; i++)
        belief[i] = 1.0;
    if (!reach || !centroid || !creach) {
        st = YK_E_NOMEM;
        goto done;
    }
    yk_game_realization(g, p, reach);
    yk_game_profile_centroid(g, centroid);
    yk_game_realization(g, centroid, creach);
    for (i = 0; i < g->n_infosets; i++) {
        const yk_infoset *s = &g->infoset[i];
        const double *r = reach;
        double sum = 0.0;
        if (s->player == YK_CHANCE)
            continue;
        for (m = 0; m < s->n_members; m++)
            sum += reach[g->member[s->members + m]];
        if (!(sum > 0.0)) {
            r = creach;
            sum = 0.0;
            for (m = 0; m < s->n_members; m++)
                sum += creach[g->member[s->members + m]];
        }
        for (m = 0; m < s->n_members; m++) {
            int v = g->member[s->members + m];
            belief[v] = sum > 0.0 ? r[v] / sum : 1.0 / s->n_members;
        }
    }
done:
    yk_free(reach);
    yk_free(centroid);
    yk_free(creach);
    return st;
}

int yk_game_is_subgame_perfect(const yk_game *g, const double *p, double tol, int *node)
{
    int *lo = NULL, *hi = NULL, *end = NULL, i, ok = 1;
    double *gain = NULL;

    if (node)
        *node = -1;
    if (g->form != YK_GAME_TREE)
        return 0;
    lo = yk_malloc(sizeof(int) * (size_t)g->n_nodes);
    hi = yk_malloc(sizeof(int) * (size_t)g->n_nodes);
    end = yk_malloc(sizeof(int) * (size_t)g->n_nodes);
    gain = yk_malloc(sizeof(double) * (size_t)g->n_players);
    if (!lo || !hi || !end || !gain) {
        ok = -1;
        goto done;
    }
    /* lo/hi: the extreme member index of any information set met in the
     * subtree; a subtree is a subgame when they stay inside it. */
    for (i = g->n_nodes - 1; i >= 0; i--) {
        const yk_node *v = &g->node[i];
        if (v->kind == YK_NODE_TERMINAL) {
            lo[i] = i;
            hi[i] = i;
            end[i] = i + 1;
        } else {
            const yk_infoset *s = &g->infoset[v->infoset];
            int k;
            lo[i] = g->member[s->members];
            hi[i] = g->member[s->members + s->n_members - 1];
            end[i] = end[g->child[v->children + s->n_actions - 1]];
            for (k = 0; k < s->n_actions; k++) {
                int c = g->child[v->children + k];
                if (lo[c] < lo[i])
                    lo[i] = lo[c];
                if (hi[c] > hi[i])
                    hi[i] = hi[c];
            }
        }
    }
    for (i = 0; i < g->n_nodes && ok == 1; i++) {
        double r;
        if (g->node[i].kind == YK_NODE_TERMINAL || lo[i] < i || hi[i] >= end[i])
            continue;
        r = tree_regret_at(g, p, i, gain);
        if (r == HUGE_VAL) {
            ok = -1; /* out of memory: neither yes nor no */
        } else if (r > tol) {
            ok = 0;
            if (node)
                *node = i;
        }
    }
done:
    yk_free(lo);
    yk_free(hi);
    yk_free(end);
    yk_free(gain);
    return ok;
}
