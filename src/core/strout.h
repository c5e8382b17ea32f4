/*
 * strout.h (internal) - a document that a writer prints to a FILE, as a
 * string instead: what every *_to_string of the library is made of.
 */
#ifndef YK_CORE_STROUT_H
#define YK_CORE_STROUT_H

#include <stddef.h>
#include <stdio.h>

#include "yokushi/error.h"

/* Writes one document to out; YK_E_IO (or another status) on failure. */
typedef yk_status (*yk_stream_writer)(const void *ud, FILE *out);

/* Runs write(ud, stream) on a memory stream and returns what it wrote in
 * *out: a new NUL-terminated string from yk_malloc (the caller frees it
 * with yk_free), *len its length (len may be NULL). On failure *out is
 * NULL and the writer's status, YK_E_IO or YK_E_NOMEM comes back. */
yk_status yk_stream_to_string(yk_stream_writer write, const void *ud,
                              char **out, size_t *len);

#endif
