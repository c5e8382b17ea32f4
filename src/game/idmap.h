/*
 * idmap.h - a small hash map from a 64-bit key to an int, for the readers'
 * "which information set / outcome does this file number mean" lookups.
 * Numbers in a file can be anything up to 2^31 - 1, so an array indexed by
 * number would let a one-line file ask for gigabytes.
 */
#ifndef YK_GAME_IDMAP_H
#define YK_GAME_IDMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct gf_idmap {
    uint64_t *key;  /* key + 1; 0 marks an empty slot */
    int *val;
    size_t cap, used;
} gf_idmap;

void yk_gf_idmap_init(gf_idmap *m);
void yk_gf_idmap_free(gf_idmap *m);
/* The value stored under key, or -1. */
int yk_gf_idmap_get(const gf_idmap *m, uint64_t key);
/* Stores val (>= 0) under key; 0, or -1 when out of memory. */
int yk_gf_idmap_put(gf_idmap *m, uint64_t key, int val);

#endif
