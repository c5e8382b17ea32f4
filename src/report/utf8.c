/*
 * utf8.c - well-formed UTF-8 by Unicode's table 3-7: the lead byte fixes
 * the length and the range of the second byte (that range is what rules
 * out overlong forms, surrogates and code points past U+10FFFF); every
 * later byte is 80..BF.
 */
#include "report/utf8.h"

size_t yk_utf8_next(const char *s, size_t *bad)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned char lo = 0x80, hi = 0xBF;
    size_t n, i;
    if (p[0] < 0x80)
        return 1;
    if (p[0] >= 0xC2 && p[0] <= 0xDF) {
        n = 2;
    } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
        n = 3;
        if (p[0] == 0xE0)
            lo = 0xA0; /* below: overlong */
        else if (p[0] == 0xED)
            hi = 0x9F; /* above: UTF-16 surrogates */
    } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
        n = 4;
        if (p[0] == 0xF0)
            lo = 0x90; /* below: overlong */
        else if (p[0] == 0xF4)
            hi = 0x8F; /* above: past U+10FFFF */
    } else {
        *bad = 1; /* a continuation byte, C0, C1 or F5..FF cannot start one */
        return 0;
    }
    for (i = 1; i < n; i++) {
        /* The terminating NUL fails the range too: a cut sequence. */
        if (p[i] < lo || p[i] > hi) {
            *bad = i;
            return 0;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return n;
}

int yk_utf8_valid(const char *s)
{
    size_t bad;
    while (*s) {
        size_t n = yk_utf8_next(s, &bad);
        if (!n)
            return 0;
        s += n;
    }
    return 1;
}
