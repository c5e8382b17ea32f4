/*
 * gentext.c - the growing text buffer of gentext.h.
 */
#include "gentext.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void gentext_put(gentext *t, const char *fmt, ...)
{
    va_list ap;
    int n;
    if (t->cap - t->len < 512) {
        t->cap = t->cap ? 2 * t->cap : 1 << 16;
        t->s = realloc(t->s, t->cap);
        if (!t->s) {
            fprintf(stderr, "gentext: out of memory\n");
            exit(1);
        }
    }
    va_start(ap, fmt);
    n = vsnprintf(t->s + t->len, t->cap - t->len, fmt, ap);
    va_end(ap);
    if (n > 0)
        t->len += (size_t)n;
}
