/*
 * textbuf.c - a growing text buffer (textbuf.h).
 */
#include "report/textbuf.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "core/alloc.h"
#include "core/numtext.h"
#include "report/utf8.h"

void yk_textbuf_init(yk_textbuf *b)
{
    memset(b, 0, sizeof *b);
}

void yk_textbuf_free(yk_textbuf *b)
{
    yk_free(b->s);
    yk_textbuf_init(b);
}

/* Room for n more bytes and a NUL; false (and sticky) when out of memory. */
static bool reserve(yk_textbuf *b, size_t n)
{
    size_t cap;
    char *s;
    if (b->nomem)
        return false;
    if (b->len + n + 1 <= b->cap)
        return true;
    cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1)
        cap *= 2;
    s = yk_realloc(b->s, cap);
    if (!s) {
        b->nomem = true;
        return false;
    }
    b->s = s;
    b->cap = cap;
    return true;
}

void yk_textbuf_put(yk_textbuf *b, const char *s, size_t n)
{
    if (!reserve(b, n))
        return;
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void yk_textbuf_str(yk_textbuf *b, const char *s)
{
    yk_textbuf_put(b, s, strlen(s));
}

void yk_textbuf_printf(yk_textbuf *b, const char *fmt, ...)
{
    va_list ap;
    char small[256];
    int n;
    va_start(ap, fmt);
    n = yk_vsnprintf_c(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        yk_textbuf_put(b, small, (size_t)n);
        return;
    }
    if (!reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    yk_vsnprintf_c(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void yk_textbuf_text(yk_textbuf *b, const char *s)
{
    while (s && *s) {
        size_t bad = 0, n = yk_utf8_next(s, &bad);
        unsigned char c = (unsigned char)*s;
        if (!n) {
            yk_textbuf_str(b, "\xEF\xBF\xBD");
            s += bad;
            continue;
        }
        if (c == '&')
            yk_textbuf_str(b, "&amp;");
        else if (c == '<')
            yk_textbuf_str(b, "&lt;");
        else if (c == '>')
            yk_textbuf_str(b, "&gt;");
        else if (c == '"')
            yk_textbuf_str(b, "&quot;");
        else if (c == '\'')
            yk_textbuf_str(b, "&#39;");
        else if (c >= 0x20 || c == '\t' || c == '\n')
            yk_textbuf_put(b, s, n);
        s += n;
    }
}

int yk_format_fixed(double v, int dec, char *buf, size_t size)
{
    int n;
    if (!isfinite(v))
        v = 0;
    n = yk_snprintf_c(buf, size, "%.*f", dec, v);
    if (n <= 0 || (size_t)n >= size) {
        if (size)
            buf[0] = '\0';
        return 0;
    }
    if (dec > 0) {
        while (buf[n - 1] == '0')
            buf[--n] = '\0';
        if (buf[n - 1] == '.')
            buf[--n] = '\0';
    }
    /* -0 and -0.00 are 0: the same picture gives the same bytes */
    if (!strcmp(buf, "-0")) {
        memcpy(buf, "0", 2);
        n = 1;
    }
    return n;
}

void yk_textbuf_num(yk_textbuf *b, double v, int dec)
{
    char buf[64];
    int n = yk_format_fixed(v, dec, buf, sizeof buf);
    yk_textbuf_put(b, buf, (size_t)n);
}

yk_status yk_textbuf_take(yk_textbuf *b, char **out, size_t *len)
{
    *out = NULL;
    if (len)
        *len = 0;
    if (b->nomem || !reserve(b, 0)) {
        yk_textbuf_free(b);
        return YK_E_NOMEM;
    }
    *out = b->s;
    if (len)
        *len = b->len;
    yk_textbuf_init(b);
    return YK_OK;
}
