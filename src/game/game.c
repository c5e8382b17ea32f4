/*
 * game.c - a game's memory, strategic-form construction, and the indexes
 * every solver relies on (per-player ranges of information sets and
 * actions).
 */
#include "core/alloc.h"
#include "game/game_internal.h"

#include <stdlib.h>
#include <string.h>

yk_game *yk_game_alloc(yk_game_form form)
{
    yk_game_mem *mem = yk_malloc(sizeof *mem);
    yk_game *g;

    if (!mem)
        return NULL;
    yk_arena_init(&mem->arena);
    g = yk_arena_alloc(&mem->arena, sizeof *g);
    if (!g) {
        yk_free(mem);
        return NULL;
    }
    g->form = form;
    g->mem = mem;
    g->title = "";
    g->comment = "";
    return g;
}

void yk_game_free(yk_game *g)
{
    yk_game_mem *mem;

    if (!g)
        return;
    mem = g->mem;
    yk_arena_free(&mem->arena); /* g itself lives in the arena */
    yk_free(mem);
}

void *yk_game_calloc(yk_game *g, size_t n, size_t size)
{
    if (size && n > ((size_t)-1 / 4) / size)
        return NULL;
    return yk_arena_alloc(&g->mem->arena, n * size);
}

const char *yk_game_strdup(yk_game *g, const char *s)
{
    return yk_arena_strdup(&g->mem->arena, s ? s : "");
}

int yk_game_grow(void *p, int *cap, int need, size_t size)
{
    void **arr = p;
    int n = *cap;
    void *q;

    if (need <= n)
        return 0;
    if (need > (1 << 28))
        return -1;
    n = n ? n : 8;
    while (n < need)
        n *= 2;
    q = yk_realloc(*arr, (size_t)n * size);
    if (!q)
        return -1;
    memset((char *)q + (size_t)*cap * size, 0, (size_t)(n - *cap) * size);
    *arr = q;
    *cap = n;
    return 0;
}

int yk_game_index_players(yk_game *g)
{
    int np = g->n_players;
    int i, p;

    g->player_infosets = yk_game_calloc(g, (size_t)np + 2, sizeof(int));
    g->player_actions = yk_game_calloc(g, (size_t)np + 2, sizeof(int));
    g->action_infoset = yk_game_calloc(g, (size_t)g->n_actions + 1, sizeof(int));
    if (!g->player_infosets || !g->player_actions || !g->action_infoset)
        return -1;
    for (p = 0, i = 0; p <= np + 1; p++) {
        while (i < g->n_infosets && g->infoset[i].player < p)
            i++;
        g->player_infosets[p] = i;
        g->player_actions[p] = i < g->n_infosets ? g->infoset[i].actions : g->n_actions;
    }
    for (i = 0; i < g->n_infosets; i++) {
        int a;
        for (a = 0; a < g->infoset[i].n_actions; a++)
            g->action_infoset[g->infoset[i].actions + a] = i;
    }
    return 0;
}

yk_status yk_game_table_new(const char *title, int n_players,
                            const char *const *player_names,
                            const int *n_strategies,
                            const char *const *strategy_labels,
                            const double *payoffs, yk_game **out, yk_error *err)
{
    yk_game *g;
    long profiles = 1;
    int p, total = 0, s;

    *out = NULL;
    if (n_players < 1 || n_players > 64 || !n_strategies || !payoffs)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "a strategic-form game needs 1 to 64 players, strategy counts and payoffs");
    for (p = 0; p < n_players; p++) {
        if (n_strategies[p] < 1 || profiles > 100000000L / n_strategies[p])
            return yk_error_set(err, YK_E_LIMIT, NULL, 0, 0, NULL,
                                "player %d: strategy count %d is out of range", p + 1,
                                n_strategies[p]);
        profiles *= n_strategies[p];
        total += n_strategies[p];
    }
    g = yk_game_alloc(YK_GAME_TABLE);
    if (!g)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    g->title = yk_game_strdup(g, title);
    g->n_players = n_players;
    g->player = yk_game_calloc(g, (size_t)n_players, sizeof *g->player);
    g->n_strategies = yk_game_calloc(g, (size_t)n_players, sizeof(int));
    g->strategy_offset = yk_game_calloc(g, (size_t)n_players + 1, sizeof(int));
    g->strategy_label = yk_game_calloc(g, (size_t)total, sizeof *g->strategy_label);
    g->table = yk_game_calloc(g, (size_t)profiles * (size_t)n_players, sizeof(double));
    if (!g->title || !g->player || !g->n_strategies || !g->strategy_offset || !g->strategy_label
        || !g->table)
        goto nomem;
    g->n_profiles = profiles;
    for (p = 0; p < n_players; p++) {
        char num[24]; /* "Player " and any int */
        g->n_strategies[p] = n_strategies[p];
        g->strategy_offset[p + 1] = g->strategy_offset[p] + n_strategies[p];
        if (player_names && player_names[p]) {
            g->player[p] = yk_game_strdup(g, player_names[p]);
        } else {
            snprintf(num, sizeof num, "Player %d", p + 1);
            g->player[p] = yk_game_strdup(g, num);
        }
        if (!g->player[p])
            goto nomem;
        for (s = 0; s < n_strategies[p]; s++) {
            int k = g->strategy_offset[p] + s;
            if (strategy_labels && strategy_labels[k]) {
                g->strategy_label[k] = yk_game_strdup(g, strategy_labels[k]);
            } else {
                snprintf(num, sizeof num, "%d", s + 1);
                g->strategy_label[k] = yk_game_strdup(g, num);
            }
            if (!g->strategy_label[k])
                goto nomem;
        }
    }
    memcpy(g->table, payoffs, (size_t)profiles * (size_t)n_players * sizeof(double));
    *out = g;
    return YK_OK;
nomem:
    yk_game_free(g);
    return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
}

int yk_game_profile_size(const yk_game *g)
{
    return g->form == YK_GAME_TREE ? g->n_actions : g->strategy_offset[g->n_players];
}

int yk_game_profile_first(const yk_game *g)
{
    return g->form == YK_GAME_TREE ? g->player_actions[1] : 0;
}

void yk_game_profile_centroid(const yk_game *g, double *p)
{
    int i, a;

    if (g->form == YK_GAME_TABLE) {
        int q;
        for (q = 0; q < g->n_players; q++)
            for (a = 0; a < g->n_strategies[q]; a++)
                p[g->strategy_offset[q] + a] = 1.0 / g->n_strategies[q];
        return;
    }
    for (i = 0; i < g->n_infosets; i++) {
        const yk_infoset *s = &g->infoset[i];
        for (a = 0; a < s->n_actions; a++)
            p[s->actions + a] = s->player == YK_CHANCE ? g->action_prob[s->actions + a]
                                                       : 1.0 / s->n_actions;
    }
}

static const char *const method_names[] = {"bi", "enumpure", "lcp", "logit"};

const char *yk_solve_method_name(yk_solve_method m)
{
    return (unsigned)m < 4 ? method_names[m] : "?";
}

int yk_solve_method_parse(const char *name, yk_solve_method *m)
{
    int i;
    for (i = 0; i < 4; i++)
        if (strcmp(name, method_names[i]) == 0) {
            *m = (yk_solve_method)i;
            return 0;
        }
    return -1;
}

yk_solve_options yk_solve_defaults(void)
{
    yk_solve_options o;
    memset(&o, 0, sizeof o);
    o.logit_step = 0.03;
    o.logit_accel = 1.1;
    o.logit_max_regret = 1e-8;
    o.max_profiles = 100000000L;
    return o;
}
