/*
 * arena.h - a region allocator: many small allocations, one free.
 *
 * Loaded documents and worlds live in one arena each, so a world is freed
 * in one call and no loader path can leak a piece of it.
 */
#ifndef YK_CORE_ARENA_H
#define YK_CORE_ARENA_H

#include <stddef.h>

typedef struct yk_arena_chunk yk_arena_chunk;

typedef struct yk_arena {
    yk_arena_chunk *head;
    size_t used;   /* bytes handed out, for limits and tests */
    size_t limit;  /* 0: none; allocations past it fail */
} yk_arena;

void yk_arena_init(yk_arena *a);
void yk_arena_free(yk_arena *a);
/* Zeroed, aligned for any type; NULL when out of memory or past limit. */
void *yk_arena_alloc(yk_arena *a, size_t size);
/* Copies of strings, NUL-terminated; NULL on failure. */
char *yk_arena_strndup(yk_arena *a, const char *s, size_t n);
char *yk_arena_strdup(yk_arena *a, const char *s);
char *yk_arena_printf(yk_arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#endif
