/*
 * game_internal.h - what the game module's files share: the game's memory
 * (one arena per game), a growable-array helper, and small utilities the
 * readers, writers and solvers all need.
 */
#ifndef YK_GAME_INTERNAL_H
#define YK_GAME_INTERNAL_H

#include <stddef.h>

#include "core/arena.h"
#include "yokushi/game.h"

struct yk_game_mem {
    yk_arena arena;
};

/* A zeroed game whose memory is its own arena; NULL when out of memory. */
yk_game *yk_game_alloc(yk_game_form form);
/* Zeroed memory owned by g (freed with it); NULL when out of memory. */
void *yk_game_calloc(yk_game *g, size_t n, size_t size);
/* A copy owned by g; NULL in gives "" (NULL only when out of memory). */
const char *yk_game_strdup(yk_game *g, const char *s);

/* Grows *p (an array of elements of `size` bytes with capacity *cap) to
 * hold at least need elements; 0 on success, -1 when out of memory. */
int yk_game_grow(void *p, int *cap, int need, size_t size);

/* The player whose information set holds action a (YK_CHANCE for chance). */
static inline int game_action_player(const yk_game *g, int a)
{
    return g->infoset[g->action_infoset[a]].player;
}

/* Fills per-player offsets (player_infosets, player_actions) and
 * action_infoset from an infoset array sorted by player. 0 or -1 (memory). */
int yk_game_index_players(yk_game *g);

/* The smallest and largest payoff: of the table, or of the tree's
 * outcomes (0 and 0 when there are none). */
void yk_game_payoff_bounds(const yk_game *g, double *lo, double *hi);
/* A power of two s with |payoff| * s in [0.5, 1) for the largest payoff
 * (1 when all are 0 or one is not finite): payoffs multiplied by s keep
 * every comparison exact and overflow nowhere. *range (may be NULL): the
 * scaled payoff range, 1 when it is 0. */
double yk_game_payoff_scale(const yk_game *g, double *range);
/* yk_game_regret with every payoff multiplied by scale as it is read. */
double yk_game_scaled_regret(const yk_game *g, const double *p, double scale, double *gain);

/* subgame.c: best-response gains in trees, payoffs multiplied by scale.
 * yk_tree_gains: each player's gain in the whole tree (the largest
 * returned, HUGE_VAL when out of memory). yk_tree_subgames: *node gets
 * the first subgame root (depth-first) where some gain exceeds tol, -1
 * when none; polls *stop. */
double yk_tree_gains(const yk_game *g, const double *p, double scale, double *gain);
yk_status yk_tree_subgames(const yk_game *g, const double *p, double scale, double tol,
                           const volatile int *stop, int *node);

/* The outcome payoff of player p (1-based) at outcome index o. */
static inline double game_outcome_payoff(const yk_game *g, int o, int p)
{
    return g->payoff[g->outcome[o].payoffs + p - 1];
}

#endif
