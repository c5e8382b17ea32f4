/*
 * textbuf.h (internal) - a growing text buffer for documents built in
 * memory (the SVG charts and the HTML report): every byte from
 * yk_malloc, numbers through the C locale, markup escaping in one place.
 *
 * An allocation failure is sticky: later appends do nothing and
 * yk_textbuf_take returns YK_E_NOMEM, so a writer checks once at the end
 * instead of after every line.
 */
#ifndef YK_REPORT_TEXTBUF_H
#define YK_REPORT_TEXTBUF_H

#include <stdbool.h>
#include <stddef.h>

#include "yokushi/error.h"

typedef struct yk_textbuf {
    char *s;
    size_t len, cap;
    bool nomem;
} yk_textbuf;

void yk_textbuf_init(yk_textbuf *b);
void yk_textbuf_free(yk_textbuf *b);
/* n bytes as they are. */
void yk_textbuf_put(yk_textbuf *b, const char *s, size_t n);
/* A NUL-terminated string as it is. */
void yk_textbuf_str(yk_textbuf *b, const char *s);
/* printf in the C locale (numbers never take a comma). */
void yk_textbuf_printf(yk_textbuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Text escaped for HTML and SVG, in element content and in quoted
 * attributes alike (& < > " '); bytes that are not UTF-8 become U+FFFD,
 * control characters other than tab and newline are dropped. */
void yk_textbuf_text(yk_textbuf *b, const char *s);
/* v rounded to dec decimals, written with the fewest that keep its value
 * ("12", "0.25", never "-0"; not finite: "0") into buf; the length, 0
 * when it does not fit. Allocates nothing. */
int yk_format_fixed(double v, int dec, char *buf, size_t size);
/* The same appended. */
void yk_textbuf_num(yk_textbuf *b, double v, int dec);
/* The text as a NUL-terminated string for the caller (yk_free), *len its
 * length (len may be NULL); the buffer is empty afterwards. YK_E_NOMEM
 * when any append ran out of memory (nothing returned then). */
yk_status yk_textbuf_take(yk_textbuf *b, char **out, size_t *len);

#endif
