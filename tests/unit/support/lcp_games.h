/*
 * lcp_games.h - two-player tables for the lcp tests: from payoff arrays,
 * and random ones from a fixed generator (splitmix64), so every seed is
 * the same game on every machine.
 */
#ifndef YK_TEST_LCP_GAMES_H
#define YK_TEST_LCP_GAMES_H

#include <stdint.h>

#include "yokushi/game.h"

/* An m x n table; a and b hold the players' payoffs, row player's
 * strategy fastest (a[i + m j]). NULL on failure (message printed). */
yk_game *lcpt_table(int m, int n, const double *a, const double *b);

/* An m x n table with payoffs drawn uniformly from 0 .. range - 1. */
yk_game *lcpt_random(int m, int n, int range, uint64_t seed);

/* The largest of the players' regrets, each over that player's payoff
 * range (computed at 1e-300 scale so that ranges near 1e308 do not
 * overflow). */
double lcpt_relative_regret(const yk_game *g, const double *p);

#endif
