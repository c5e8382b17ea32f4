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

/* The outcome payoff of player p (1-based) at outcome index o. */
static inline double game_outcome_payoff(const yk_game *g, int o, int p)
{
    return g->payoff[g->outcome[o].payoffs + p - 1];
}

#endif
