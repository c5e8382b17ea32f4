/*
 * alloc.h - the library's allocator hook.
 *
 * Every allocation libyokushi makes itself goes through one function that a
 * program may replace, in the manner of Lua's lua_Alloc: to count memory, to
 * put it in a pool, or (as the tests do) to fail the Nth request and check
 * that the library returns YK_E_NOMEM, leaks nothing and never crashes.
 * Memory that libyaml and GSL allocate inside their own calls does not pass
 * through the hook.
 *
 * Set the allocator before any other call and never while another thread is
 * inside the library: it is one process-wide setting, as
 * sqlite3_config(SQLITE_CONFIG_MALLOC) is.
 */
#ifndef YOKUSHI_ALLOC_H
#define YOKUSHI_ALLOC_H

#include <stddef.h>

#include "export.h"

YK_BEGIN_DECLS

/* One function does all three jobs, as lua_Alloc does:
 *   ptr == NULL, size > 0   allocate size bytes (NULL on failure)
 *   ptr != NULL, size > 0   resize ptr (NULL on failure, ptr untouched)
 *   ptr != NULL, size == 0  free ptr and return NULL
 * ud is the pointer given to yk_set_allocator. */
typedef void *(*yk_alloc_fn)(void *ud, void *ptr, size_t size);

/* Replace the allocator; fn NULL restores the C library's malloc family.
 * Memory allocated under one allocator must be freed under the same one. */
void yk_set_allocator(yk_alloc_fn fn, void *ud);

/* The allocator in force, and its user data (for chaining hooks). */
yk_alloc_fn yk_get_allocator(void **ud);

/* Frees memory the library handed to the caller (a string, an array) when a
 * header says "free with yk_free". NULL is a no-op. */
void yk_free(void *ptr);

YK_END_DECLS

#endif
