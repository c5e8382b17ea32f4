/*
 * numtext.h (internal) - numbers to and from text in the C locale,
 * whatever locale the program that embeds the library has set.
 *
 * strtod and printf follow LC_NUMERIC: under a German locale "0.5" reads
 * as 0 and 0.5 prints as "0,5", so a program that called setlocale could
 * not load the built-in world (431 errors) and would write files, hashes
 * and messages that nothing reads back. Every number the library reads
 * or writes as text goes through these, which switch the calling thread
 * to the C locale (uselocale, per thread) for the one call.
 */
#ifndef YK_CORE_NUMTEXT_H
#define YK_CORE_NUMTEXT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* A whole writer's worth of printing in the C locale: what _enter returns
 * goes to _leave on the same thread (NULL: nothing was switched). For the
 * report writers, which print with fprintf throughout. */
void *yk_locale_c_enter(void);
void yk_locale_c_leave(void *token);

/* A whole number 0..max written in plain decimal digits (no sign, no
 * space): 1 and *out set, else 0. Option values of the engines and the
 * program read through it. */
int yk_parse_u64(const char *s, uint64_t max, uint64_t *out);

/* strtod in the C locale. */
double yk_strtod_c(const char *s, char **end);

/* vsnprintf and snprintf in the C locale. */
int yk_vsnprintf_c(char *buf, size_t size, const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 0)))
#endif
    ;
int yk_snprintf_c(char *buf, size_t size, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* The shortest of 15, 16 or 17 significant digits that reads back as the
 * same double (15 print integers and short decimals plainly); snprintf's
 * return contract. */
int yk_format_double_c(double v, char *buf, size_t size);

/* Point i of a grid of `steps` points from lo to hi, both ends exact, the
 * others to 12 significant digits: 0.1:0.6:6 gives 0.3 at its third
 * point, not 0.30000000000000004 (the point as the user typed it, in
 * every output that names it; the change is below 1e-12 of it). */
double yk_grid_point(double lo, double hi, size_t steps, size_t i);

#endif
