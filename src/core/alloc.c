/*
 * alloc.c - the allocator hook (include/yokushi/alloc.h) and the malloc
 * family built on it (src/core/alloc.h).
 */
#include "core/alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void *libc_alloc(void *ud, void *ptr, size_t size)
{
    (void)ud;
    if (size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, size);
}

static yk_alloc_fn alloc_fn = libc_alloc;
static void *alloc_ud;

void yk_set_allocator(yk_alloc_fn fn, void *ud)
{
    alloc_fn = fn ? fn : libc_alloc;
    alloc_ud = fn ? ud : NULL;
}

yk_alloc_fn yk_get_allocator(void **ud)
{
    if (ud)
        *ud = alloc_ud;
    return alloc_fn;
}

void *yk_malloc(size_t size)
{
    /* malloc(0) may return NULL on success; one byte keeps NULL meaning
     * failure for every caller. */
    return alloc_fn(alloc_ud, NULL, size ? size : 1);
}

void *yk_calloc(size_t n, size_t size)
{
    void *p;
    if (size && n > SIZE_MAX / size)
        return NULL;
    p = yk_malloc(n * size);
    if (p && n && size)
        memset(p, 0, n * size);
    return p;
}

void *yk_realloc(void *ptr, size_t size)
{
    return alloc_fn(alloc_ud, ptr, size ? size : 1);
}

void *yk_reallocarray(void *ptr, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    return yk_realloc(ptr, n * size);
}

void yk_free(void *ptr)
{
    if (ptr)
        alloc_fn(alloc_ud, ptr, 0);
}

char *yk_strndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *d = yk_malloc(len + 1);
    if (!d)
        return NULL;
    memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

char *yk_strdup(const char *s)
{
    return yk_strndup(s, SIZE_MAX);
}
