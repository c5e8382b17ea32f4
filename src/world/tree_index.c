/*
 * tree_index.c - open addressing with linear probing over a mapping's
 * pairs. A slot holds a pair's index plus one (0: empty); the table keeps
 * at least twice as many slots as pairs, so probes stay short. Nothing is
 * ever removed from a mapping, so there are no tombstones. Outgrown
 * tables stay in the arena: doubling keeps their sum under the final
 * table's size.
 */
#include "world/tree_index.h"

#include <stdint.h>
#include <string.h>

struct yk_ymap_index {
    size_t mask;  /* slots - 1; slots is a power of two */
    size_t *slot;
};

/* FNV-1a, 64-bit: keys are short names; this spreads them well enough. */
static uint64_t hash_of(const char *s)
{
    uint64_t h = 14695981039346656037ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

static const char *key_text(const yk_ynode *map, size_t pair)
{
    return map->items[2 * pair]->text;
}

static void place(yk_ymap_index *ix, const yk_ynode *map, size_t pair)
{
    size_t i = (size_t)hash_of(key_text(map, pair)) & ix->mask;
    while (ix->slot[i])
        i = (i + 1) & ix->mask;
    ix->slot[i] = pair + 1;
}

bool yk_ymap_index_build(yk_arena *a, yk_ynode *map)
{
    size_t slots = 2 * YK_YMAP_INDEX_MIN, i;
    yk_ymap_index *ix = map->index;
    map->index = NULL;
    if (map->kind != YK_YNODE_MAP || map->n < YK_YMAP_INDEX_MIN)
        return true;
    while (slots < 2 * map->n)
        slots *= 2;
    if (!ix && !(ix = yk_arena_alloc(a, sizeof *ix)))
        return false;
    ix->slot = yk_arena_alloc(a, slots * sizeof *ix->slot);
    if (!ix->slot)
        return false;
    ix->mask = slots - 1;
    for (i = 0; i < map->n; i++)
        place(ix, map, i);
    map->index = ix;
    return true;
}

bool yk_ymap_index_note(yk_arena *a, yk_ynode *map, size_t pair)
{
    yk_ymap_index *ix = map->index;
    if (!ix || 2 * map->n > ix->mask + 1)
        return yk_ymap_index_build(a, map);
    place(ix, map, pair);
    return true;
}

size_t yk_ymap_find(const yk_ynode *map, const char *key)
{
    const yk_ymap_index *ix = map->index;
    size_t i;
    if (!ix) {
        for (i = 0; i < map->n; i++)
            if (!strcmp(key_text(map, i), key))
                return i;
        return YK_YMAP_NONE;
    }
    for (i = (size_t)hash_of(key) & ix->mask; ix->slot[i]; i = (i + 1) & ix->mask)
        if (!strcmp(key_text(map, ix->slot[i] - 1), key))
            return ix->slot[i] - 1;
    return YK_YMAP_NONE;
}
