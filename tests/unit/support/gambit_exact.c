/*
 * gambit_exact.c - see gambit_exact.h. Big numbers are little-endian
 * arrays of base-10^9 limbs; only what an exact sum of fractions needs:
 * parsing, multiplication, addition and comparison.
 */
#include "gambit_exact.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BASE 1000000000u

typedef struct big {
    int n;         /* limbs in use; 0 is the number 0 */
    uint32_t *d;
} big;

static void trim(big *a)
{
    while (a->n > 0 && a->d[a->n - 1] == 0)
        a->n--;
}

/* The decimal digits s[0..len) as a big number. */
static big big_digits(const char *s, int len)
{
    big a;
    int i, k = 0;
    a.d = calloc((size_t)len / 9 + 2, sizeof(uint32_t));
    a.n = 0;
    /* limbs from the last nine digits backwards */
    for (i = len; i > 0; i -= 9) {
        int from = i - 9 > 0 ? i - 9 : 0, j;
        uint32_t v = 0;
        for (j = from; j < i; j++)
            v = v * 10 + (uint32_t)(s[j] - '0');
        a.d[k++] = v;
    }
    a.n = k;
    trim(&a);
    return a;
}

static big big_mul(const big *a, const big *b)
{
    big c;
    int i, j;
    c.n = a->n + b->n;
    c.d = calloc((size_t)c.n + 1, sizeof(uint32_t));
    for (i = 0; i < a->n; i++) {
        uint64_t carry = 0;
        for (j = 0; j < b->n || carry; j++) {
            uint64_t cur = c.d[i + j] + carry + (j < b->n ? (uint64_t)a->d[i] * b->d[j] : 0);
            c.d[i + j] = (uint32_t)(cur % BASE);
            carry = cur / BASE;
        }
    }
    trim(&c);
    return c;
}

static big big_add(const big *a, const big *b)
{
    big c;
    int i, n = a->n > b->n ? a->n : b->n;
    uint32_t carry = 0;
    c.d = calloc((size_t)n + 2, sizeof(uint32_t));
    for (i = 0; i < n || carry; i++) {
        uint32_t cur = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        c.d[i] = cur % BASE;
        carry = cur / BASE;
    }
    c.n = i;
    trim(&c);
    return c;
}

static int big_equal(const big *a, const big *b)
{
    return a->n == b->n && memcmp(a->d, b->d, sizeof(uint32_t) * (size_t)a->n) == 0;
}

/* text as num/den; 0 when it is not a plain decimal or p/q. */
static int parse(const char *t, big *num, big *den)
{
    const char *slash = strchr(t, '/'), *dot = strchr(t, '.');
    size_t len = strlen(t), i;
    char *digits;
    int nd = 0, frac = 0;

    if (len == 0 || strspn(t, "0123456789./") != len)
        return 0;
    if (slash) {
        size_t a = (size_t)(slash - t), b = len - a - 1;
        if (a == 0 || b == 0 || dot || strchr(slash + 1, '/'))
            return 0;
        *num = big_digits(t, (int)a);
        *den = big_digits(slash + 1, (int)b);
        return den->n > 0;
    }
    if (dot && strchr(dot + 1, '.'))
        return 0;
    digits = malloc(len + 1);
    for (i = 0; i < len; i++) {
        if (t[i] == '.')
            continue;
        digits[nd++] = t[i];
        frac += dot && t + i > dot;
    }
    if (nd == 0) {
        free(digits);
        return 0;
    }
    *num = big_digits(digits, nd);
    /* 10^frac */
    memset(digits, '0', (size_t)frac + 1);
    digits[0] = '1';
    *den = big_digits(digits, frac + 1);
    free(digits);
    return 1;
}

int gxe_sums_to_one(const char *const *text, int n)
{
    big sn = {0, calloc(1, sizeof(uint32_t))}, sd = big_digits("1", 1);
    int i, ok = 1;

    for (i = 0; i < n && ok; i++) {
        big num, den, a, b, c, d;
        ok = parse(text[i], &num, &den);
        if (!ok)
            break;
        /* sn/sd + num/den = (sn den + num sd) / (sd den) */
        a = big_mul(&sn, &den);
        b = big_mul(&num, &sd);
        c = big_add(&a, &b);
        d = big_mul(&sd, &den);
        free(sn.d);
        free(sd.d);
        free(a.d);
        free(b.d);
        free(num.d);
        free(den.d);
        sn = c;
        sd = d;
    }
    ok = ok && big_equal(&sn, &sd);
    free(sn.d);
    free(sd.d);
    return ok;
}

/* Skips a quoted label at *p (with \" and \\ escapes); 0 when none. */
static int skip_quoted(const char **p)
{
    const char *s = *p;
    while (*s == ' ')
        s++;
    if (*s != '"')
        return 0;
    for (s++; *s && *s != '"'; s++)
        if (*s == '\\' && s[1])
            s++;
    if (*s != '"')
        return 0;
    *p = s + 1;
    return 1;
}

/* The next whitespace-delimited token into buf; 0 when none. */
static int token(const char **p, char *buf, size_t size)
{
    const char *s = *p;
    size_t n = 0;
    while (*s == ' ')
        s++;
    while (*s && *s != ' ' && *s != '\n' && n + 1 < size)
        buf[n++] = *s++;
    buf[n] = '\0';
    *p = s;
    return n > 0;
}

/* The probabilities of one chance line "c "label" N "set" { "a" p ... }". */
static int check_line(const char *s)
{
    char tok[512], *texts[64];
    int n = 0, ok = 1, i;

    s += 1;
    if (!skip_quoted(&s) || !token(&s, tok, sizeof tok) || !skip_quoted(&s) ||
        !token(&s, tok, sizeof tok) || strcmp(tok, "{") != 0)
        return 0;
    for (;;) {
        const char *save = s;
        if (!skip_quoted(&s)) {
            s = save;
            break;
        }
        if (n == 64 || !token(&s, tok, sizeof tok)) {
            ok = 0;
            break;
        }
        texts[n++] = strdup(tok);
    }
    ok = ok && n > 0 && token(&s, tok, sizeof tok) && strcmp(tok, "}") == 0 &&
         gxe_sums_to_one((const char *const *)texts, n);
    for (i = 0; i < n; i++)
        free(texts[i]);
    return ok;
}

int gxe_check_efg(const char *efg, int *line, int *nodes)
{
    const char *s = efg;
    int ln = 1;

    *nodes = 0;
    *line = 0;
    while (*s) {
        const char *eol = strchr(s, '\n');
        if (s[0] == 'c' && s[1] == ' ') {
            ++*nodes;
            if (!check_line(s)) {
                *line = ln;
                return -1;
            }
        }
        ln++;
        if (!eol)
            break;
        s = eol + 1;
    }
    return 0;
}
