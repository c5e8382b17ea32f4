/*
 * tree_index.h - a hash index of a mapping node's keys.
 *
 * Duplicate checks, merges and set: paths look keys up one by one; with a
 * scan each, a mapping of n keys cost n^2/2 comparisons (a world with
 * 200,000 keys was still validating after 20 minutes). A mapping that
 * reaches YK_YMAP_INDEX_MIN keys gets an open-addressing table of its
 * pairs, kept in the tree's arena and doubled as the mapping grows, so a
 * lookup costs O(1) on average. Smaller mappings, nearly all of them,
 * keep the scan.
 */
#ifndef YK_WORLD_TREE_INDEX_H
#define YK_WORLD_TREE_INDEX_H

#include <stdbool.h>
#include <stddef.h>

#include "core/arena.h"
#include "world/tree.h"

#define YK_YMAP_INDEX_MIN 16
#define YK_YMAP_NONE ((size_t)-1)

/* Records pair `pair` of map (just appended) in map's index, creating or
 * growing the index when due; false when out of memory. Every code path
 * that appends a pair to a mapping calls it. */
bool yk_ymap_index_note(yk_arena *a, yk_ynode *map, size_t pair);

/* Builds map's index from scratch (a copied mapping); false on OOM. */
bool yk_ymap_index_build(yk_arena *a, yk_ynode *map);

/* The index of the pair whose key is `key`, or YK_YMAP_NONE. */
size_t yk_ymap_find(const yk_ynode *map, const char *key);

#endif
