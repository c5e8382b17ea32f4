/*
 * error.h - status codes and located error messages.
 *
 * The library never prints or exits: every fallible function returns a
 * yk_status, and detail goes into a caller-owned yk_error (one problem) or a
 * yk_diag (every problem found in one pass, as validation reports them).
 * Status numbers are a stable contract: never renumber, never reuse.
 */
#ifndef YOKUSHI_ERROR_H
#define YOKUSHI_ERROR_H

#include "export.h"
#include <stdarg.h>
#include <stddef.h>

YK_BEGIN_DECLS

typedef enum yk_status {
    YK_OK = 0,          /* success */
    YK_E_NOMEM = 1,     /* an allocation failed */
    YK_E_IO = 2,        /* a file could not be read or written */
    YK_E_PARSE = 3,     /* malformed input text (YAML syntax, bytes) */
    YK_E_SCHEMA = 4,    /* unknown key, wrong type, missing field */
    YK_E_RANGE = 5,     /* a value or distribution outside its field's range */
    YK_E_REF = 6,       /* a dangling or duplicate id */
    YK_E_CYCLE = 7,     /* a cycle in `extends` */
    YK_E_LIMIT = 8,     /* an input limit was crossed (size, depth, count) */
    YK_E_ARG = 9,       /* a caller passed an invalid argument */
    YK_E_NOTFOUND = 10, /* a named thing does not exist */
    YK_E_NUMERIC = 11,  /* a numerical method failed */
    YK_E_INTERRUPTED = 12 /* the caller asked the work to stop */
} yk_status;

/* A sentence for each status; never NULL. */
const char *yk_status_str(yk_status status);

#define YK_ERROR_PATH_MAX 256
#define YK_ERROR_MSG_MAX 512
#define YK_ERROR_FILE_MAX 256

/* One located problem. line and col are 1-based; 0 means unknown.
 * path is the dotted path of the offending field ("states.JPN.resolve"),
 * empty when the problem is not about one field. */
typedef struct yk_error {
    yk_status status;
    int line;
    int col;
    char file[YK_ERROR_FILE_MAX];
    char path[YK_ERROR_PATH_MAX];
    char message[YK_ERROR_MSG_MAX];
} yk_error;

/* Fill err (if not NULL) and return status. file or path may be NULL. */
yk_status yk_error_set(yk_error *err, yk_status status, const char *file,
                       int line, int col, const char *path,
                       const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* "FILE:LINE:COL: path: message" with the parts that are known; returns the
 * length it would have written (snprintf's contract). */
int yk_error_format(const yk_error *err, char *buf, size_t size);

/* Every problem found in one pass. Adding never fails the caller: when
 * memory runs out or `max` is reached the list stops growing and
 * `dropped` counts what was lost. */
typedef struct yk_diag {
    yk_error *items;
    size_t count;
    size_t cap;
    size_t max;      /* 0: the default (1000) */
    size_t dropped;
} yk_diag;

void yk_diag_init(yk_diag *d);
void yk_diag_free(yk_diag *d);
/* Returns status, so a caller can write `return yk_diag_add(...)`. */
yk_status yk_diag_add(yk_diag *d, yk_status status, const char *file,
                      int line, int col, const char *path,
                      const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;
yk_status yk_diag_vadd(yk_diag *d, yk_status status, const char *file,
                       int line, int col, const char *path,
                       const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 0)))
#endif
    ;
/* The status of the first problem, or YK_OK when there is none. */
yk_status yk_diag_status(const yk_diag *d);
/* Sort by (file, line, col, path, message) and drop exact repeats, so
 * reports read top to bottom in file order. */
void yk_diag_sort(yk_diag *d);

YK_END_DECLS

#endif
