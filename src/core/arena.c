/*
 * arena.c - region allocator: chunks of at least 64 KiB, freed together.
 */
#include "core/alloc.h"
#include "core/arena.h"
#include "core/numtext.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_CHUNK_MIN (64u * 1024u)
#define ARENA_ALIGN 16u

struct yk_arena_chunk {
    yk_arena_chunk *next;
    size_t size;
    size_t fill;
    /* data follows, aligned */
};

static size_t chunk_header(void)
{
    return (sizeof(yk_arena_chunk) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
}

void yk_arena_init(yk_arena *a)
{
    memset(a, 0, sizeof *a);
}

void yk_arena_free(yk_arena *a)
{
    yk_arena_chunk *c = a->head;
    while (c) {
        yk_arena_chunk *next = c->next;
        yk_free(c);
        c = next;
    }
    a->head = NULL;
    a->used = 0;
}

void *yk_arena_alloc(yk_arena *a, size_t size)
{
    yk_arena_chunk *c = a->head;
    size_t need;
    unsigned char *p;

    if (size == 0)
        size = 1;
    if (size > SIZE_MAX / 2)
        return NULL;
    need = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (a->limit && a->used + need > a->limit)
        return NULL;
    if (!c || c->size - c->fill < need) {
        size_t cap = need > ARENA_CHUNK_MIN ? need : ARENA_CHUNK_MIN;
        c = yk_malloc(chunk_header() + cap);
        if (!c)
            return NULL;
        c->size = cap;
        c->fill = 0;
        c->next = a->head;
        a->head = c;
    }
    p = (unsigned char *)c + chunk_header() + c->fill;
    c->fill += need;
    a->used += need;
    memset(p, 0, size);
    return p;
}

char *yk_arena_strndup(yk_arena *a, const char *s, size_t n)
{
    char *d = yk_arena_alloc(a, n + 1);
    if (!d)
        return NULL;
    if (n)
        memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *yk_arena_strdup(yk_arena *a, const char *s)
{
    return yk_arena_strndup(a, s, strlen(s));
}

char *yk_arena_printf(yk_arena *a, const char *fmt, ...)
{
    va_list ap;
    int n;
    char *d;

    va_start(ap, fmt);
    n = yk_vsnprintf_c(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    d = yk_arena_alloc(a, (size_t)n + 1);
    if (!d)
        return NULL;
    va_start(ap, fmt);
    yk_vsnprintf_c(d, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return d;
}
