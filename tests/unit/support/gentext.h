/*
 * gentext.h - a growing text buffer for generated documents (the loading
 * tests' and benchmarks' YAML). Running out of memory ends the program:
 * generators are test code.
 */
#ifndef YK_TEST_GENTEXT_H
#define YK_TEST_GENTEXT_H

#include <stddef.h>

typedef struct gentext {
    char *s;    /* NUL-terminated once anything is put; free() it */
    size_t len, cap;
} gentext;

/* Appends printf-formatted text (one call: under 512 bytes). */
void gentext_put(gentext *t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#endif
