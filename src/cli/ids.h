/*
 * ids.h - resolving the ids and names a user types (ids.c): exact, or
 * the one differing only in case; otherwise the problem is printed with a
 * did-you-mean, or for a pair id the wrong way round ("JPN-USA"), the
 * right one ("alliance ids are PATRON-ALLY: write USA-JPN").
 */
#ifndef YK_CLI_IDS_H
#define YK_CLI_IDS_H

#include <stddef.h>

#include "yokushi/world.h"

/* The id of ids word means, or NULL after printing "yokushi CMD: no KIND
 * "WORD" in WHERE..." with the hint. kind: "state", "alliance", "rivalry",
 * "crisis", "id". */
const char *cli_resolve_id(const char *cmd, const char *kind, const char *word,
                           const char *const *ids, size_t n, const char *where);

const yk_state *cli_find_state(const char *cmd, const yk_world *w, const char *word,
                               const char *where);
const yk_alliance *cli_find_alliance(const char *cmd, const yk_world *w, const char *word,
                                     const char *where);
const yk_rivalry *cli_find_rivalry(const char *cmd, const yk_world *w, const char *word,
                                   const char *where);
/* After a scenario failed to load: "did you mean" a built-in name close
 * to spec, when spec is no path. */
void cli_suggest_builtin(const char *spec);

#endif
