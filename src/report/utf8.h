/*
 * utf8.h - recognising well-formed UTF-8 (Unicode 15, table 3-7), so
 * JSON output stays valid whatever bytes a title or a name holds, and
 * the program can refuse names that are not text. Internal to the
 * library and the program; not installed.
 */
#ifndef YK_REPORT_UTF8_H
#define YK_REPORT_UTF8_H

#include <stddef.h>

/* The UTF-8 sequence starting at s (NUL-terminated, *s != 0): its length
 * 1..4 when it is well formed. Otherwise 0, with *bad set to the length
 * (1..3) of its maximal ill-formed subpart: the bytes one U+FFFD
 * replaces under Unicode's recommended practice (section 3.9). */
size_t yk_utf8_next(const char *s, size_t *bad);

/* Whether all of s is well-formed UTF-8. */
int yk_utf8_valid(const char *s);

#endif
