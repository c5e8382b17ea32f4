/*
 * escalation.h - the escalation game family E(K) of the benchmark
 * (issue 4, docs/PERFORMANCE.md): a Challenger and a Defender of unknown
 * resolve climb K rungs, each escalation risking war.
 */
#ifndef YK_TEST_ESCALATION_H
#define YK_TEST_ESCALATION_H

#include "yokushi/game.h"

/* E(K) exactly as specified: NULL when K < 1 or out of memory. */
yk_game *escalation_game(int K);

#endif
