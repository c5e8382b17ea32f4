/*
 * budget_alloc.c - the allocator of budget_alloc.h. Each block carries
 * its size in a header so frees and resizes can be counted.
 */
#include "budget_alloc.h"

#include <stdlib.h>

void *budget_alloc(void *ud, void *ptr, size_t size)
{
    budget *b = ud;
    size_t *h = ptr ? (size_t *)ptr - 2 : NULL;
    size_t old = h ? h[0] : 0;
    if (size == 0) {
        b->live -= old;
        free(h);
        return NULL;
    }
    if (++b->calls == b->raise_at && b->flag)
        *b->flag = 1;
    if (b->limit && b->live - old + size > b->limit)
        return NULL;
    h = realloc(h, size + 2 * sizeof *h);
    if (!h)
        return NULL;
    b->live = b->live - old + size;
    if (b->live > b->peak)
        b->peak = b->live;
    h[0] = size;
    return h + 2;
}
