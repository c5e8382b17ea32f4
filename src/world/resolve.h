/*
 * resolve.h - edits on document trees before conversion: merging a file
 * onto the base it extends, `set:` overrides by dotted path, and the
 * events of the time line up to a year.
 */
#ifndef YK_WORLD_RESOLVE_H
#define YK_WORLD_RESOLVE_H

#include "core/arena.h"
#include "world/tree.h"
#include "yokushi/error.h"

/* Merges child onto base (which is edited): mappings merge key by key,
 * lists and values replace, except the top-level `events` and `crises`
 * lists, which accumulate (a crisis named like one of the base's merges
 * onto it). `extends`, `set`, `world` and `scenario` are not merged. */
yk_status yk_resolve_merge(yk_arena *a, yk_ynode *base, const yk_ynode *child,
                           yk_diag *diag);

/* Applies every entry of `set` (a MAP of dotted path -> value) to root. If
 * actor is not NULL, paths are relative to states.ACTOR. */
yk_status yk_resolve_set(yk_arena *a, yk_ynode *root, const yk_ynode *set,
                         const yk_ynode *actor, yk_diag *diag);

/* Applies the `set` of every event with year <= year, in year order (file
 * order within a year). stop, when not NULL, is polled before each event:
 * non-zero ends with YK_E_INTERRUPTED. */
yk_status yk_resolve_events(yk_arena *a, yk_ynode *root, int year,
                            yk_diag *diag, const volatile int *stop);

#endif
