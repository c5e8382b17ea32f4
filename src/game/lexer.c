/*
 * lexer.c - tokens of Gambit's game files (see lexer.h).
 *
 * Gambit's own lexer accepts the same numbers and quoted strings; this one
 * is stricter in one way on purpose: a number must end at a delimiter
 * ("1.5x" is an error, not "1.5" followed by "x"), so a typo is reported
 * where it is rather than as a confusing error one token later.
 */
#include "core/alloc.h"
#include "core/numtext.h"
#include "game/lexer.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void yk_gf_init(gf_lexer *lx, const char *name, const char *buf, size_t len, yk_error *err)
{
    memset(lx, 0, sizeof *lx);
    lx->name = name;
    lx->p = buf;
    lx->end = buf + len;
    lx->line = 1;
    lx->col = 1;
    lx->err = err;
    lx->kind = GF_EOF;
}

void yk_gf_free(gf_lexer *lx)
{
    yk_free(lx->text);
    lx->text = NULL;
    lx->text_cap = lx->text_len = 0;
}

static yk_status verror(gf_lexer *lx, yk_status st, int line, int col, const char *fmt,
                        va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 0)))
#endif
    ;

static yk_status verror(gf_lexer *lx, yk_status st, int line, int col, const char *fmt,
                        va_list ap)
{
    char msg[YK_ERROR_MSG_MAX];
    vsnprintf(msg, sizeof msg, fmt, ap);
    return yk_error_set(lx->err, st, lx->name, line, col, NULL, "%s", msg);
}

yk_status yk_gf_error(gf_lexer *lx, const char *fmt, ...)
{
    va_list ap;
    yk_status st;
    va_start(ap, fmt);
    st = verror(lx, YK_E_PARSE, lx->tline, lx->tcol, fmt, ap);
    va_end(ap);
    return st;
}

yk_status yk_gf_error_at(gf_lexer *lx, yk_status status, int line, int col, const char *fmt, ...)
{
    va_list ap;
    yk_status st;
    va_start(ap, fmt);
    st = verror(lx, status, line, col, fmt, ap);
    va_end(ap);
    return st;
}

/* Quotes at most 40 bytes of s for a message, replacing control bytes. */
static void excerpt(const char *s, size_t n, char *buf, size_t size)
{
    size_t i, k = 0, max = n > 40 ? 40 : n;
    for (i = 0; i < max && k + 5 < size; i++) {
        unsigned char c = (unsigned char)s[i];
        buf[k++] = c < 0x20 || c == 0x7f ? '?' : (char)c;
    }
    if (max < n && k + 4 < size) {
        memcpy(buf + k, "...", 3);
        k += 3;
    }
    buf[k] = '\0';
}

const char *yk_gf_describe(const gf_lexer *lx, char *buf, size_t size)
{
    char ex[64];
    switch (lx->kind) {
    case GF_EOF:
        snprintf(buf, size, "the end of the file");
        break;
    case GF_LBRACE:
        snprintf(buf, size, "'{'");
        break;
    case GF_RBRACE:
        snprintf(buf, size, "'}'");
        break;
    case GF_COMMA:
        snprintf(buf, size, "','");
        break;
    case GF_NUMBER:
        excerpt(lx->start, lx->len, ex, sizeof ex);
        snprintf(buf, size, "the number %s", ex);
        break;
    case GF_TEXT:
        excerpt(lx->text, lx->text_len, ex, sizeof ex);
        snprintf(buf, size, "the text \"%s\"", ex);
        break;
    default:
        excerpt(lx->start, lx->len, ex, sizeof ex);
        snprintf(buf, size, "'%s'", ex);
        break;
    }
    return buf;
}

yk_status yk_gf_expected(gf_lexer *lx, const char *what)
{
    char found[96];
    return yk_gf_error(lx, "expected %s but found %s", what, yk_gf_describe(lx, found, sizeof found));
}

yk_status yk_gf_int(gf_lexer *lx, const char *what, long lo, long hi, long *out)
{
    long v;
    char *e;
    if (lx->kind != GF_NUMBER || !lx->is_int)
        return yk_gf_expected(lx, what);
    v = strtol(lx->text, &e, 10); /* text is the NUL-terminated token */
    if (*e != '\0' || v < lo || v > hi) {
        char found[96];
        return yk_gf_error(lx, "expected %s from %ld to %ld but found %s", what, lo, hi,
                        yk_gf_describe(lx, found, sizeof found));
    }
    *out = v;
    return YK_OK;
}

static int is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int is_delim(int c)
{
    return is_space(c) || c == '{' || c == '}' || c == ',' || c == '"';
}

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static void advance(gf_lexer *lx)
{
    if (*lx->p == '\n') {
        lx->line++;
        lx->col = 1;
    } else {
        lx->col++;
    }
    lx->p++;
}

static int text_put(gf_lexer *lx, char c)
{
    if (lx->text_len + 1 >= lx->text_cap) {
        size_t cap = lx->text_cap ? lx->text_cap * 2 : 64;
        char *t = yk_realloc(lx->text, cap);
        if (!t)
            return -1;
        lx->text = t;
        lx->text_cap = cap;
    }
    lx->text[lx->text_len++] = c;
    lx->text[lx->text_len] = '\0';
    return 0;
}

yk_status yk_gf_nomem(gf_lexer *lx)
{
    return yk_gf_error_at(lx, YK_E_NOMEM, lx->line, lx->col, "out of memory");
}

/* "..." with \" standing for a quote and \\ for a backslash; a backslash
 * before anything else is kept as written (as Gambit reads it). */
static yk_status lex_text(gf_lexer *lx)
{
    lx->kind = GF_TEXT;
    lx->text_len = 0;
    if (text_put(lx, '\0'))
        return yk_gf_nomem(lx);
    lx->text_len = 0;
    advance(lx); /* the opening quote */
    for (;;) {
        char c;
        if (lx->p >= lx->end)
            return yk_gf_error(lx, "unexpected end of file in the text that starts here");
        c = *lx->p;
        if (c == '\0')
            return yk_gf_error_at(lx, YK_E_PARSE, lx->line, lx->col, "NUL byte in the file");
        if (c == '"') {
            advance(lx);
            break;
        }
        if (c == '\\' && lx->p + 1 < lx->end && (lx->p[1] == '"' || lx->p[1] == '\\')) {
            advance(lx);
            c = *lx->p;
        }
        if (text_put(lx, c))
            return yk_gf_nomem(lx);
        advance(lx);
    }
    lx->len = (size_t)(lx->p - lx->start);
    return YK_OK;
}

/* [+-] digits [. digits] [e [+-] digits]  or  [+-] digits / digits */
static yk_status lex_number(gf_lexer *lx)
{
    const char *s = lx->p, *q = s, *slash = NULL;
    size_t n, i;
    int digits = 0;
    char *e;
    char buf[GF_NUMBER_MAX + 1];

    lx->kind = GF_NUMBER;
    lx->is_int = 1;
    if (*q == '+' || *q == '-')
        q++;
    while (q < lx->end && is_digit(*q))
        q++, digits++;
    if (q < lx->end && *q == '/' && digits) {
        int den = 0;
        slash = q++;
        while (q < lx->end && is_digit(*q))
            q++, den++;
        if (!den)
            digits = 0;
        lx->is_int = 0;
    } else {
        if (q < lx->end && *q == '.') {
            lx->is_int = 0;
            q++;
            while (q < lx->end && is_digit(*q))
                q++, digits++;
        }
        if (digits && q < lx->end && (*q == 'e' || *q == 'E')) {
            int ed = 0;
            lx->is_int = 0;
            q++;
            if (q < lx->end && (*q == '+' || *q == '-'))
                q++;
            while (q < lx->end && is_digit(*q))
                q++, ed++;
            if (!ed)
                digits = 0;
        }
    }
    /* the token runs to the next delimiter, whatever it holds */
    while (q < lx->end && !is_delim(*q) && *q != '\0') {
        q++;
        digits = 0;
    }
    n = (size_t)(q - s);
    lx->len = n;
    for (i = 0; i < n; i++)
        advance(lx);
    if (!digits) {
        char ex[64];
        excerpt(s, n, ex, sizeof ex);
        return yk_gf_error(lx, "'%s' is not a number", ex);
    }
    if (n > GF_NUMBER_MAX)
        return yk_gf_error(lx, "a number longer than %d characters", GF_NUMBER_MAX);
    memcpy(buf, s, n);
    buf[n] = '\0';
    lx->text_len = 0;
    for (i = 0; i < n; i++)
        if (text_put(lx, buf[i]))
            return yk_gf_nomem(lx);
    if (slash) {
        size_t k = (size_t)(slash - s);
        double num, den;
        buf[k] = '\0';
        num = yk_strtod_c(buf, &e);
        den = yk_strtod_c(buf + k + 1, &e);
        if (den == 0.0)
            return yk_gf_error(lx, "division by zero in the number %s", lx->text);
        lx->num = num / den;
    } else {
        lx->num = yk_strtod_c(buf, &e);
    }
    if (!isfinite(lx->num))
        return yk_gf_error(lx, "the number %s is out of range", lx->text);
    return YK_OK;
}

yk_status yk_gf_next(gf_lexer *lx)
{
    char c;

    while (lx->p < lx->end && is_space(*lx->p))
        advance(lx);
    lx->tline = lx->line;
    lx->tcol = lx->col;
    lx->start = lx->p;
    lx->len = 0;
    if (lx->p >= lx->end) {
        lx->kind = GF_EOF;
        return YK_OK;
    }
    c = *lx->p;
    if (c == '\0')
        return yk_gf_error(lx, "NUL byte in the file");
    if (c == '{' || c == '}' || c == ',') {
        lx->kind = c == '{' ? GF_LBRACE : c == '}' ? GF_RBRACE : GF_COMMA;
        lx->len = 1;
        advance(lx);
        return YK_OK;
    }
    if (c == '"')
        return lex_text(lx);
    if (is_digit(c) || c == '-' || c == '+' || c == '.')
        return lex_number(lx);
    lx->kind = GF_SYMBOL;
    while (lx->p < lx->end && !is_delim(*lx->p) && *lx->p != '\0')
        advance(lx);
    lx->len = (size_t)(lx->p - lx->start);
    return YK_OK;
}
