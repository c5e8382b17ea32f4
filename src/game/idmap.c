/*
 * idmap.c - open addressing with linear probing, kept at most half full.
 */
#include "core/alloc.h"
#include "game/idmap.h"

#include <stdlib.h>

void yk_gf_idmap_init(gf_idmap *m)
{
    m->key = NULL;
    m->val = NULL;
    m->cap = m->used = 0;
}

void yk_gf_idmap_free(gf_idmap *m)
{
    yk_free(m->key);
    yk_free(m->val);
    yk_gf_idmap_init(m);
}

static size_t slot_of(uint64_t k, size_t cap)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL; /* the MurmurHash3 finaliser spreads nearby numbers */
    k ^= k >> 33;
    return (size_t)k & (cap - 1);
}

int yk_gf_idmap_get(const gf_idmap *m, uint64_t key)
{
    size_t i;
    if (!m->cap)
        return -1;
    for (i = slot_of(key, m->cap); m->key[i]; i = (i + 1) & (m->cap - 1))
        if (m->key[i] == key + 1)
            return m->val[i];
    return -1;
}

static void insert(uint64_t *keys, int *vals, size_t cap, uint64_t k1, int val)
{
    size_t i = slot_of(k1 - 1, cap);
    while (keys[i] && keys[i] != k1)
        i = (i + 1) & (cap - 1);
    keys[i] = k1;
    vals[i] = val;
}

int yk_gf_idmap_put(gf_idmap *m, uint64_t key, int val)
{
    size_t i;
    if (2 * (m->used + 1) > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        uint64_t *keys = yk_calloc(cap, sizeof *keys);
        int *vals = yk_calloc(cap, sizeof *vals);
        if (!keys || !vals) {
            yk_free(keys);
            yk_free(vals);
            return -1;
        }
        for (i = 0; i < m->cap; i++)
            if (m->key[i])
                insert(keys, vals, cap, m->key[i], m->val[i]);
        yk_free(m->key);
        yk_free(m->val);
        m->key = keys;
        m->val = vals;
        m->cap = cap;
    }
    if (yk_gf_idmap_get(m, key) < 0)
        m->used++;
    insert(m->key, m->val, m->cap, key + 1, val);
    return 0;
}
