/*
 * subgame.c - each player's gain from deviating in a tree, in the whole
 * game or in every subgame at once, in time linear in the tree.
 *
 * A best response uses the sequence form's recursion: with perfect recall
 * a player's information sets, taken in reverse depth-first order of their
 * first members, visit every sequence after the sequences that extend it,
 * so one pass gives the best-response value (von Stengel 1996, sec. 3).
 *
 * Subgames nest, and no information set crosses a subgame's boundary, so
 * a player's best reply inside a subgame S below R is the best reply to S
 * alone whatever weight R's play gives S. Evaluating the subgame roots
 * bottom up (reverse depth-first order), each root's "region" is its
 * subtree with the subgames below already valued and collapsed to leaves
 * carrying their best-response and current values. Every node belongs to
 * exactly one region, so checking all subgames costs one pass over the
 * tree (checking each subgame's subtree on its own is quadratic: a chain
 * of 10^5 nodes has 5 * 10^4 nested subgames).
 *
 * Payoffs are multiplied by `scale` as they are read (a power of two, so
 * exactly): yk_game_payoff_scale brings them into [-1, 1], so nothing
 * overflows whatever their magnitude.
 */
#include "core/alloc.h"
#include "game/game_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct tg {
    const yk_game *g;
    const double *p;
    double scale;
    const char *is_root;  /* roots of the regions */
    int *end;             /* one past the subtree of each node (prefix order) */
    double *w;            /* the others' and chance's reach from the region root */
    double *own;          /* the player's own reach from the region root */
    int *seq;             /* the player's last own action on that path, -1 none */
    double *bucket;       /* value per sequence: action + 1, 0 the empty one */
    int *sets;            /* the region's information sets in first-member order */
    double *br, *cur;     /* per region root and player: best and current value */
} tg;

/* The next node of r's region after i: past a collapsed subgame (a root
 * other than r) the walk jumps over its subtree. */
static int region_next(const tg *t, int r, int i)
{
    return i != r && t->is_root[i] ? t->end[i] : i + 1;
}

static int player_set(const yk_game *g, int n)
{
    return g->node[n].kind == YK_NODE_PLAYER && g->member[g->infoset[g->node[n].infoset].members] == n;
}

/* The best-response and current values of every player in region r. */
static void region_values(tg *t, int r)
{
    const yk_game *g = t->g;
    const double *p = t->p;
    int np = g->n_players, end = t->end[r], q, i, k, n_sets = 0;

    for (i = r; i < end; i = region_next(t, r, i))
        if (player_set(g, i))
            t->sets[n_sets++] = g->node[i].infoset;
    for (q = 1; q <= np; q++) {
        double cur = 0.0;
        t->bucket[0] = 0.0;
        for (k = 0; k < n_sets; k++) {
            const yk_infoset *I = &g->infoset[t->sets[k]];
            int a;
            for (a = 0; a < I->n_actions; a++)
                t->bucket[I->actions + a + 1] = 0.0;
        }
        for (i = r; i < end; i = region_next(t, r, i)) {
            const yk_node *v = &g->node[i];
            if (i == r) {
                t->w[i] = 1.0;
                t->seq[i] = -1;
            } else if (game_action_player(g, v->parent_action) == q) {
                t->w[i] = t->w[v->parent];
                t->seq[i] = v->parent_action;
            } else {
                t->w[i] = t->w[v->parent] * p[v->parent_action];
                t->seq[i] = t->seq[v->parent];
            }
            if (t->w[i] == 0.0)
                continue;
            if (i != r && t->is_root[i])
                t->bucket[t->seq[i] + 1] += t->w[i] * t->br[(size_t)i * np + q - 1];
            else if (v->outcome >= 0)
                t->bucket[t->seq[i] + 1] +=
                    t->w[i] * (game_outcome_payoff(g, v->outcome, q) * t->scale);
        }
        /* current value: every node weighted by the player's own reach
         * times the others' */
        t->own[r] = 1.0;
        for (i = r + 1; i < end; i = region_next(t, r, i)) {
            const yk_node *v = &g->node[i];
            int a = v->parent_action;
            t->own[i] = t->own[v->parent] * (game_action_player(g, a) == q ? p[a] : 1.0);
            if (t->is_root[i])
                cur += t->own[i] * t->w[i] * t->cur[(size_t)i * np + q - 1];
            else if (v->outcome >= 0)
                cur += t->own[i] * t->w[i] * (game_outcome_payoff(g, v->outcome, q) * t->scale);
        }
        if (g->node[r].outcome >= 0)
            cur += game_outcome_payoff(g, g->node[r].outcome, q) * t->scale;
        for (k = n_sets - 1; k >= 0; k--) {
            const yk_infoset *I = &g->infoset[t->sets[k]];
            double best = -HUGE_VAL;
            int a;
            if (I->player != q)
                continue;
            for (a = 0; a < I->n_actions; a++)
                if (t->bucket[I->actions + a + 1] > best)
                    best = t->bucket[I->actions + a + 1];
            t->bucket[t->seq[g->member[I->members]] + 1] += best;
        }
        t->br[(size_t)r * np + q - 1] = t->bucket[0];
        t->cur[(size_t)r * np + q - 1] = cur;
    }
}

static void tg_free(tg *t)
{
    yk_free(t->end);
    yk_free(t->w);
    yk_free(t->own);
    yk_free(t->seq);
    yk_free(t->bucket);
    yk_free(t->sets);
    yk_free(t->br);
    yk_free(t->cur);
}

static int tg_init(tg *t, const yk_game *g, const double *p, double scale, const char *is_root)
{
    size_t n = (size_t)g->n_nodes, np = (size_t)g->n_players;
    int i;

    memset(t, 0, sizeof *t);
    t->g = g;
    t->p = p;
    t->scale = scale;
    t->is_root = is_root;
    t->end = yk_malloc(sizeof(int) * n);
    t->w = yk_malloc(sizeof(double) * n);
    t->own = yk_malloc(sizeof(double) * n);
    t->seq = yk_malloc(sizeof(int) * n);
    t->bucket = yk_malloc(sizeof(double) * ((size_t)g->n_actions + 1));
    t->sets = yk_malloc(sizeof(int) * ((size_t)g->n_infosets + 1));
    t->br = yk_malloc(sizeof(double) * n * np);
    t->cur = yk_malloc(sizeof(double) * n * np);
    if (!t->end || !t->w || !t->own || !t->seq || !t->bucket || !t->sets || !t->br || !t->cur) {
        tg_free(t);
        return -1;
    }
    /* own and w are read at a collapsed root only after the walk set them */
    for (i = g->n_nodes - 1; i >= 0; i--) {
        const yk_node *v = &g->node[i];
        t->end[i] = v->kind == YK_NODE_TERMINAL
                        ? i + 1
                        : t->end[g->child[v->children + g->infoset[v->infoset].n_actions - 1]];
    }
    return 0;
}

/* The roots of proper subgames and the root: non-terminal nodes whose
 * subtree every information set met in it stays inside. lo/hi: the
 * extreme member index of any set met in the subtree. */
static int mark_subgames(const yk_game *g, const int *end, char *is_root)
{
    int *lo = yk_malloc(sizeof(int) * (size_t)g->n_nodes);
    int *hi = yk_malloc(sizeof(int) * (size_t)g->n_nodes);
    int i, k;

    if (!lo || !hi) {
        yk_free(lo);
        yk_free(hi);
        return -1;
    }
    for (i = g->n_nodes - 1; i >= 0; i--) {
        const yk_node *v = &g->node[i];
        lo[i] = hi[i] = i;
        if (v->kind != YK_NODE_TERMINAL) {
            const yk_infoset *s = &g->infoset[v->infoset];
            lo[i] = g->member[s->members];
            hi[i] = g->member[s->members + s->n_members - 1];
            for (k = 0; k < s->n_actions; k++) {
                int c = g->child[v->children + k];
                if (lo[c] < lo[i])
                    lo[i] = lo[c];
                if (hi[c] > hi[i])
                    hi[i] = hi[c];
            }
        }
        is_root[i] = v->kind != YK_NODE_TERMINAL && lo[i] >= i && hi[i] < end[i];
    }
    is_root[0] = 1;
    yk_free(lo);
    yk_free(hi);
    return 0;
}

/* Gains of every player in the whole tree (gain[q-1] >= 0, in scaled
 * units); the largest, or HUGE_VAL when out of memory. */
double yk_tree_gains(const yk_game *g, const double *p, double scale, double *gain)
{
    char *is_root = yk_calloc((size_t)g->n_nodes, 1);
    double worst = 0.0;
    int q;
    tg t;

    if (!is_root || tg_init(&t, g, p, scale, is_root) != 0) {
        yk_free(is_root);
        return HUGE_VAL;
    }
    is_root[0] = 1;
    region_values(&t, 0);
    for (q = 0; q < g->n_players; q++) {
        double d = t.br[q] - t.cur[q];
        gain[q] = d > 0.0 ? d : 0.0;
        if (gain[q] > worst)
            worst = gain[q];
    }
    tg_free(&t);
    yk_free(is_root);
    return worst;
}

/* Checks every subgame; *node: the first (in depth-first order) whose
 * largest gain exceeds tol (scaled units), -1 when none. */
yk_status yk_tree_subgames(const yk_game *g, const double *p, double scale, double tol,
                           const volatile int *stop, int *node)
{
    char *is_root = yk_calloc((size_t)g->n_nodes, 1);
    yk_status st = YK_OK;
    int i, q, np = g->n_players;
    tg t;

    *node = -1;
    if (!is_root || tg_init(&t, g, p, scale, is_root) != 0) {
        yk_free(is_root);
        return YK_E_NOMEM;
    }
    if (mark_subgames(g, t.end, is_root) != 0) {
        st = YK_E_NOMEM;
        goto done;
    }
    for (i = g->n_nodes - 1; i >= 0; i--) {
        if (!is_root[i])
            continue;
        if (stop && *stop) {
            st = YK_E_INTERRUPTED;
            goto done;
        }
        region_values(&t, i);
        for (q = 0; q < np; q++)
            if (t.br[(size_t)i * np + q] - t.cur[(size_t)i * np + q] > tol)
                *node = i;
    }
done:
    tg_free(&t);
    yk_free(is_root);
    return st;
}
