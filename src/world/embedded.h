/*
 * embedded.h - the built-in worlds (data/NAME.yaml) and scenarios
 * (scenarios/NAME.yaml), compiled into the library by cmake/embed.cmake.
 */
#ifndef YK_WORLD_EMBEDDED_H
#define YK_WORLD_EMBEDDED_H

#include <stddef.h>

typedef struct yk_embedded_file {
    const char *name;           /* "world-2025", without ".yaml" */
    const char *kind;           /* "world" or "scenario" */
    const unsigned char *bytes; /* NUL-terminated */
    size_t size;                /* without the NUL */
} yk_embedded_file;

/* Terminated by a row of NULLs. */
extern const yk_embedded_file yk_embedded_files[];
extern const unsigned yk_embedded_count;

#endif
