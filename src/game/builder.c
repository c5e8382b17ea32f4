/*
 * builder.c - building a tree in code (the crisis engine, the file reader,
 * the benchmark generator) and laying it out flat.
 *
 * The builder keeps growable arrays, not a malloc per node; yk_game_build
 * walks the tree once in depth-first order and writes the final arrays.
 */
#include "core/alloc.h"
#include "game/game_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct b_node {
    int infoset;   /* -1: terminal */
    int children;  /* offset into child */
    int outcome;
    const char *label;
} b_node;

typedef struct b_infoset {
    int player, number, n_actions, actions;
    const char *label;
} b_infoset;

typedef struct b_outcome {
    int number, payoffs;
    const char *label;
} b_outcome;

struct yk_game_builder {
    yk_arena strings;
    const char *title, *comment;
    const char **player; int n_players, cap_players;
    b_node *node; int n_nodes, cap_nodes;
    int *child; int n_child, cap_child;
    b_infoset *infoset; int n_infosets, cap_infosets;
    const char **action_label; double *action_prob; const char **action_prob_text;
    int n_actions, cap_al, cap_ap, cap_apt;
    b_outcome *outcome; int n_outcomes, cap_outcomes;
    double *payoff; const char **payoff_text; int n_payoff, cap_pay, cap_payt;
    int failed; /* out of memory once: every later call fails */
};

/* A copy of s (NULL: "") in the builder's strings; NULL when out of
 * memory, which fails the builder for good (see `failed`). */
static const char *b_str(yk_game_builder *b, const char *s)
{
    const char *c = yk_arena_strdup(&b->strings, s ? s : "");
    if (!c)
        b->failed = 1;
    return c;
}

yk_game_builder *yk_game_builder_new(const char *title)
{
    yk_game_builder *b = yk_calloc(1, sizeof *b);
    if (!b)
        return NULL;
    yk_arena_init(&b->strings);
    b->title = b_str(b, title);
    b->comment = b_str(b, "");
    if (!b->title || !b->comment || yk_game_grow(&b->node, &b->cap_nodes, 1, sizeof *b->node)) {
        yk_game_builder_free(b);
        return NULL;
    }
    b->n_nodes = 1;
    b->node[0].infoset = -1;
    b->node[0].outcome = -1;
    b->node[0].label = "";
    return b;
}

void yk_game_builder_free(yk_game_builder *b)
{
    if (!b)
        return;
    yk_arena_free(&b->strings);
    yk_free(b->player);
    yk_free(b->node);
    yk_free(b->child);
    yk_free(b->infoset);
    yk_free(b->action_label);
    yk_free(b->action_prob);
    yk_free(b->action_prob_text);
    yk_free(b->outcome);
    yk_free(b->payoff);
    yk_free(b->payoff_text);
    yk_free(b);
}

yk_status yk_game_builder_comment(yk_game_builder *b, const char *comment)
{
    const char *c = b_str(b, comment);
    if (!c)
        return YK_E_NOMEM;
    b->comment = c;
    return YK_OK;
}

int yk_game_add_player(yk_game_builder *b, const char *name)
{
    const char *s;
    if (b->failed || b->n_players >= 64)
        return -1;
    if (yk_game_grow(&b->player, &b->cap_players, b->n_players + 1, sizeof *b->player)) {
        b->failed = 1;
        return -1;
    }
    s = b_str(b, name);
    if (!s)
        return -1;
    b->player[b->n_players++] = s;
    return b->n_players;
}

int yk_game_add_infoset(yk_game_builder *b, int player, int number,
                        const char *label, int n_actions,
                        const char *const *action_labels, const double *probs,
                        const char *const *prob_text)
{
    b_infoset *s;
    int a, need;

    if (b->failed || player < 0 || player > b->n_players || n_actions < 1 ||
        n_actions > 1000000 || (player == YK_CHANCE && !probs))
        return -1;
    need = b->n_actions + n_actions;
    if (yk_game_grow(&b->infoset, &b->cap_infosets, b->n_infosets + 1, sizeof *b->infoset) ||
        yk_game_grow(&b->action_label, &b->cap_al, need, sizeof *b->action_label) ||
        yk_game_grow(&b->action_prob, &b->cap_ap, need, sizeof *b->action_prob) ||
        yk_game_grow(&b->action_prob_text, &b->cap_apt, need, sizeof *b->action_prob_text)) {
        b->failed = 1;
        return -1;
    }
    if (number <= 0) {
        int i;
        number = 1;
        for (i = 0; i < b->n_infosets; i++)
            if (b->infoset[i].player == player && b->infoset[i].number >= number)
                number = b->infoset[i].number + 1;
    }
    s = &b->infoset[b->n_infosets];
    s->player = player;
    s->number = number;
    s->n_actions = n_actions;
    s->actions = b->n_actions;
    s->label = b_str(b, label);
    if (!s->label)
        return -1;
    for (a = 0; a < n_actions; a++) {
        int k = b->n_actions + a;
        b->action_label[k] = b_str(b, action_labels ? action_labels[a] : "");
        b->action_prob[k] = player == YK_CHANCE ? probs[a] : 0.0;
        b->action_prob_text[k] = prob_text && prob_text[a] ? b_str(b, prob_text[a]) : NULL;
        if (!b->action_label[k] || (prob_text && prob_text[a] && !b->action_prob_text[k]))
            return -1;
    }
    b->n_actions = need;
    return b->n_infosets++;
}

int yk_game_add_outcome(yk_game_builder *b, int number, const char *label,
                        const double *payoffs, const char *const *payoff_text)
{
    b_outcome *o;
    int p, need = b->n_payoff + b->n_players;

    if (b->failed || !payoffs ||
        yk_game_grow(&b->outcome, &b->cap_outcomes, b->n_outcomes + 1, sizeof *b->outcome) ||
        yk_game_grow(&b->payoff, &b->cap_pay, need, sizeof *b->payoff) ||
        yk_game_grow(&b->payoff_text, &b->cap_payt, need, sizeof *b->payoff_text)) {
        b->failed = 1;
        return -1;
    }
    if (number <= 0) {
        int i;
        number = 1;
        for (i = 0; i < b->n_outcomes; i++)
            if (b->outcome[i].number >= number)
                number = b->outcome[i].number + 1;
    }
    o = &b->outcome[b->n_outcomes];
    o->number = number;
    o->payoffs = b->n_payoff;
    o->label = b_str(b, label);
    if (!o->label)
        return -1;
    for (p = 0; p < b->n_players; p++) {
        b->payoff[b->n_payoff + p] = payoffs[p];
        b->payoff_text[b->n_payoff + p] =
            payoff_text && payoff_text[p] ? b_str(b, payoff_text[p]) : NULL;
        if (b->failed)
            return -1;
    }
    b->n_payoff = need;
    return b->n_outcomes++;
}

int yk_game_root(yk_game_builder *b)
{
    (void)b;
    return 0;
}

yk_status yk_game_move(yk_game_builder *b, int node, int infoset)
{
    int n, k;

    if (b->failed)
        return YK_E_NOMEM;
    if (node < 0 || node >= b->n_nodes || infoset < 0 ||
        infoset >= b->n_infosets || b->node[node].infoset >= 0)
        return YK_E_ARG;
    n = b->infoset[infoset].n_actions;
    if (b->n_nodes > (1 << 27) - n ||
        yk_game_grow(&b->node, &b->cap_nodes, b->n_nodes + n, sizeof *b->node) ||
        yk_game_grow(&b->child, &b->cap_child, b->n_child + n, sizeof *b->child)) {
        b->failed = 1;
        return YK_E_NOMEM;
    }
    b->node[node].infoset = infoset;
    b->node[node].children = b->n_child;
    for (k = 0; k < n; k++) {
        b_node *c = &b->node[b->n_nodes];
        c->infoset = -1;
        c->outcome = -1;
        c->label = "";
        b->child[b->n_child++] = b->n_nodes++;
    }
    return YK_OK;
}

int yk_game_child(yk_game_builder *b, int node, int k)
{
    int s;
    if (node < 0 || node >= b->n_nodes || (s = b->node[node].infoset) < 0 || k < 0 ||
        k >= b->infoset[s].n_actions)
        return -1;
    return b->child[b->node[node].children + k];
}

yk_status yk_game_set_outcome(yk_game_builder *b, int node, int outcome)
{
    if (b->failed)
        return YK_E_NOMEM; /* the outcome may be one that failed to be added */
    if (node < 0 || node >= b->n_nodes || outcome < -1 || outcome >= b->n_outcomes)
        return YK_E_ARG;
    b->node[node].outcome = outcome;
    return YK_OK;
}

yk_status yk_game_set_label(yk_game_builder *b, int node, const char *label)
{
    const char *s;
    if (node < 0 || node >= b->n_nodes)
        return YK_E_ARG;
    s = b_str(b, label);
    if (!s)
        return YK_E_NOMEM;
    b->node[node].label = s;
    return YK_OK;
}

/* ---- layout ---------------------------------------------------------- */

typedef struct sort_key {
    int player, first, old;
} sort_key;

static int cmp_key(const void *x, const void *y)
{
    const sort_key *a = x, *b = y;
    if (a->player != b->player)
        return a->player < b->player ? -1 : 1;
    return a->first < b->first ? -1 : a->first > b->first;
}

static int cmp_outcome(const void *x, const void *y)
{
    const sort_key *a = x, *b = y;
    return a->first < b->first ? -1 : a->first > b->first;
}

/* Depth-first order of the builder's nodes: order[i] is the builder node
 * placed at i. Iterative, so deep trees cannot overflow the stack. */
static int prefix_order(const yk_game_builder *b, int *order)
{
    int *stack = yk_malloc(sizeof(int) * (size_t)b->n_nodes);
    int top = 0, n = 0;

    if (!stack)
        return -1;
    stack[top++] = 0;
    while (top) {
        int v = stack[--top], k;
        order[n++] = v;
        if (b->node[v].infoset >= 0)
            for (k = b->infoset[b->node[v].infoset].n_actions - 1; k >= 0; k--)
                stack[top++] = b->child[b->node[v].children + k];
    }
    yk_free(stack);
    return n;
}

/* A copy owned by g; sets *lost when out of memory, so a layout checks
 * once at the end instead of after every label. */
static const char *keep(yk_game *g, int *lost, const char *s)
{
    const char *c = yk_game_strdup(g, s);
    if (!c)
        *lost = 1;
    return c;
}

static yk_status layout(const yk_game_builder *b, yk_game *g, int *order, int n)
{
    int *newidx = yk_malloc(sizeof(int) * (size_t)b->n_nodes);
    int *set_new = yk_malloc(sizeof(int) * ((size_t)b->n_infosets + 1));
    int *out_new = yk_malloc(sizeof(int) * ((size_t)b->n_outcomes + 1));
    sort_key *key = yk_malloc(sizeof *key * ((size_t)b->n_infosets + (size_t)b->n_outcomes + 1));
    yk_status st = YK_E_NOMEM;
    int i, used = 0, a, c, m, lost = 0;

    if (!newidx || !set_new || !key || !out_new)
        goto done;
    for (i = 0; i < b->n_infosets; i++)
        set_new[i] = -1;
    for (i = 0; i < n; i++)
        newidx[order[i]] = i;
    /* information sets that have members, by (player, first member) */
    for (i = n - 1; i >= 0; i--) {
        int s = b->node[order[i]].infoset;
        if (s >= 0)
            set_new[s] = i; /* ends at the first member */
    }
    for (i = 0; i < b->n_infosets; i++)
        if (set_new[i] >= 0) {
            key[used].player = b->infoset[i].player;
            key[used].first = set_new[i];
            key[used].old = i;
            used++;
        }
    qsort(key, (size_t)used, sizeof *key, cmp_key);
    for (i = 0; i < b->n_infosets; i++)
        set_new[i] = -1;
    for (i = 0; i < used; i++)
        set_new[key[i].old] = i;

    g->n_infosets = used;
    g->infoset = yk_game_calloc(g, (size_t)used + 1, sizeof *g->infoset);
    g->n_nodes = n;
    g->node = yk_game_calloc(g, (size_t)n, sizeof *g->node);
    g->child = yk_game_calloc(g, (size_t)n, sizeof(int));
    g->member = yk_game_calloc(g, (size_t)n, sizeof(int));
    if (!g->infoset || !g->node || !g->child || !g->member)
        goto done;
    for (i = 0, a = 0; i < used; i++) {
        const b_infoset *s = &b->infoset[key[i].old];
        g->infoset[i].player = s->player;
        g->infoset[i].number = s->number;
        g->infoset[i].label = keep(g, &lost, s->label);
        g->infoset[i].n_actions = s->n_actions;
        g->infoset[i].actions = a;
        a += s->n_actions;
    }
    g->n_actions = a;
    g->action_label = yk_game_calloc(g, (size_t)a + 1, sizeof *g->action_label);
    g->action_prob = yk_game_calloc(g, (size_t)a + 1, sizeof *g->action_prob);
    g->action_prob_text = yk_game_calloc(g, (size_t)a + 1, sizeof *g->action_prob_text);
    if (!g->action_label || !g->action_prob || !g->action_prob_text)
        goto done;
    for (i = 0; i < used; i++) {
        const b_infoset *s = &b->infoset[key[i].old];
        for (a = 0; a < s->n_actions; a++) {
            int k = g->infoset[i].actions + a;
            g->action_label[k] = keep(g, &lost, b->action_label[s->actions + a]);
            g->action_prob[k] = b->action_prob[s->actions + a];
            if (b->action_prob_text[s->actions + a])
                g->action_prob_text[k] = keep(g, &lost, b->action_prob_text[s->actions + a]);
        }
    }
    /* outcomes, by number */
    for (i = 0; i < b->n_outcomes; i++) {
        key[i].first = b->outcome[i].number;
        key[i].old = i;
    }
    qsort(key, (size_t)b->n_outcomes, sizeof *key, cmp_outcome);
    g->n_outcomes = b->n_outcomes;
    g->outcome = yk_game_calloc(g, (size_t)b->n_outcomes + 1, sizeof *g->outcome);
    g->payoff = yk_game_calloc(g, (size_t)b->n_payoff + 1, sizeof *g->payoff);
    g->payoff_text = yk_game_calloc(g, (size_t)b->n_payoff + 1, sizeof *g->payoff_text);
    if (!g->outcome || !g->payoff || !g->payoff_text)
        goto done;
    for (i = 0; i < b->n_outcomes; i++) {
        const b_outcome *o = &b->outcome[key[i].old];
        int p;
        out_new[key[i].old] = i;
        g->outcome[i].number = o->number;
        g->outcome[i].label = keep(g, &lost, o->label);
        g->outcome[i].payoffs = i * b->n_players;
        for (p = 0; p < b->n_players; p++) {
            g->payoff[i * b->n_players + p] = b->payoff[o->payoffs + p];
            if (b->payoff_text[o->payoffs + p])
                g->payoff_text[i * b->n_players + p] =
                    keep(g, &lost, b->payoff_text[o->payoffs + p]);
        }
    }
    /* nodes, children, members */
    for (i = 0, c = 0; i < n; i++) {
        const b_node *v = &b->node[order[i]];
        yk_node *w = &g->node[i];
        w->infoset = v->infoset >= 0 ? set_new[v->infoset] : -1;
        w->kind = w->infoset < 0 ? YK_NODE_TERMINAL
                  : g->infoset[w->infoset].player == YK_CHANCE ? YK_NODE_CHANCE
                                                              : YK_NODE_PLAYER;
        w->outcome = v->outcome >= 0 ? out_new[v->outcome] : -1;
        w->label = keep(g, &lost, v->label);
        if (i == 0) {
            w->parent = -1;
            w->parent_action = -1;
        }
        w->children = c;
        if (w->infoset >= 0) {
            const yk_infoset *s = &g->infoset[w->infoset];
            int k;
            for (k = 0; k < s->n_actions; k++) {
                int ch = newidx[b->child[v->children + k]];
                g->child[c + k] = ch;
                g->node[ch].parent = i;
                g->node[ch].parent_action = s->actions + k;
                g->node[ch].depth = w->depth + 1;
            }
            c += s->n_actions;
            g->infoset[w->infoset].n_members++;
        }
    }
    for (i = 0, m = 0; i < used; i++) {
        g->infoset[i].members = m;
        m += g->infoset[i].n_members;
        g->infoset[i].n_members = 0;
    }
    for (i = 0; i < n; i++) {
        int s = g->node[i].infoset;
        if (s >= 0)
            g->member[g->infoset[s].members + g->infoset[s].n_members++] = i;
    }
    if (lost || yk_game_index_players(g))
        goto done;
    st = YK_OK;
done:
    yk_free(newidx);
    yk_free(set_new);
    yk_free(out_new);
    yk_free(key);
    return st;
}

yk_status yk_game_build(yk_game_builder *b, yk_game **out, yk_error *err)
{
    yk_game *g;
    int *order, n, p;
    yk_status st;

    *out = NULL;
    if (b->failed)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory while building the game");
    if (b->n_players < 1)
        return yk_error_set(err, YK_E_SCHEMA, NULL, 0, 0, NULL, "a game needs at least one player");
    g = yk_game_alloc(YK_GAME_TREE);
    order = yk_malloc(sizeof(int) * (size_t)b->n_nodes);
    if (!g || !order) {
        yk_free(order);
        yk_game_free(g);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    g->title = yk_game_strdup(g, b->title);
    g->comment = yk_game_strdup(g, b->comment);
    g->n_players = b->n_players;
    g->player = yk_game_calloc(g, (size_t)b->n_players, sizeof *g->player);
    st = g->player && g->title && g->comment ? YK_OK : YK_E_NOMEM;
    for (p = 0; st == YK_OK && p < b->n_players; p++)
        if (!(g->player[p] = yk_game_strdup(g, b->player[p])))
            st = YK_E_NOMEM;
    n = st == YK_OK ? prefix_order(b, order) : -1;
    if (n < 0 || (st = layout(b, g, order, n)) != YK_OK) {
        yk_free(order);
        yk_game_free(g);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    yk_free(order);
    st = yk_game_check(g, err);
    if (st != YK_OK) {
        yk_game_free(g);
        return st;
    }
    *out = g;
    return YK_OK;
}
