/*
 * capture.h - what a report writer printed, as a string: the report tests
 * compare writers' output to exact expected text.
 */
#ifndef YK_TEST_CAPTURE_H
#define YK_TEST_CAPTURE_H

#include <stdio.h>

/* A stream whose bytes capture_end returns. */
typedef struct yk_capture {
    FILE *out;
    char *text;
    size_t len;
} yk_capture;

/* Opens c->out (an open_memstream); returns 0, or -1 when it cannot. */
int capture_begin(yk_capture *c);
/* Closes the stream and returns everything written to it, NUL-terminated;
 * the caller frees it with free(). */
char *capture_end(yk_capture *c);

#endif
