/*
 * alloc.h (internal) - the malloc family every file of the library uses, so
 * that yk_set_allocator sees every allocation (include/yokushi/alloc.h).
 * Same contracts as the C library's; yk_calloc and yk_reallocarray refuse
 * products that overflow size_t.
 */
#ifndef YK_CORE_ALLOC_H
#define YK_CORE_ALLOC_H

#include <stddef.h>

#include "yokushi/alloc.h"

void *yk_malloc(size_t size);
void *yk_calloc(size_t n, size_t size);
void *yk_realloc(void *ptr, size_t size);
void *yk_reallocarray(void *ptr, size_t n, size_t size);
char *yk_strdup(const char *s);
char *yk_strndup(const char *s, size_t n);

#endif
