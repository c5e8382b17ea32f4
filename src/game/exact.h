/*
 * exact.h - a float profile as exact fractions, only when they are exact:
 * each probability is reconstructed as a fraction by continued fractions
 * and the fractions are then checked, in exact rational arithmetic, to be
 * a Nash equilibrium of the game (exact.c).
 */
#ifndef YK_GAME_EXACT_H
#define YK_GAME_EXACT_H

#include "game/game_internal.h"

/* Two-player tables and trees with perfect recall: 1 when p (a profile of
 * g, yk_game_profile_size(g) entries) rounds to fractions num[k] / den[k]
 * that are a Nash equilibrium of g in exact arithmetic (every payoff and
 * chance probability read as the fraction the double is exactly), else
 * 0: then nothing is known exact and the caller prints decimals; -1 out
 * of memory (neither). */
int yk_game_exact_equilibrium(const yk_game *g, const double *p, long long *num,
                              long long *den);

#endif
