/*
 * lcp.h - the two halves of yk_solve_lcp: Lemke-Howson on tables
 * (lh_table.c) and Lemke's algorithm on the sequence form of trees
 * (lcp_tree.c).
 */
#ifndef YK_GAME_LCP_H
#define YK_GAME_LCP_H

#include "game/game_internal.h"

yk_status yk_lcp_solve_table(const yk_game *g, const yk_solve_options *o, yk_solution *out,
                          yk_error *err);
yk_status yk_lcp_solve_tree(const yk_game *g, const yk_solve_options *o, yk_solution *out,
                         yk_error *err);

#endif
