/*
 * numtext.c - the C locale for one call at a time.
 *
 * One C locale object is made on first use and kept for the process (for
 * "C" glibc hands out a static object). uselocale changes the calling
 * thread only, so other threads and the program's own setlocale are left
 * alone. If the object cannot be made, the calls run in whatever locale
 * is current, as they did before.
 */
/* newlocale and uselocale are POSIX 2008. */
#define _XOPEN_SOURCE 700

#include "core/numtext.h"

#include <errno.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static locale_t c_locale;
static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;

static void make_c_locale(void)
{
    c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
}

/* Switches the thread to the C locale; returns what to give back to
 * leave_c (0: nothing was switched). */
static locale_t enter_c(void)
{
    pthread_once(&c_locale_once, make_c_locale);
    return c_locale ? uselocale(c_locale) : (locale_t)0;
}

static void leave_c(locale_t old)
{
    if (old)
        uselocale(old);
}

/* locale_t is a pointer in glibc (and an opaque handle elsewhere that
 * fits one), so it travels as void * and numtext.h needs no <locale.h>. */
void *yk_locale_c_enter(void)
{
    return (void *)enter_c();
}

void yk_locale_c_leave(void *token)
{
    leave_c((locale_t)token);
}

int yk_parse_u64(const char *s, uint64_t max, uint64_t *out)
{
    char *end;
    unsigned long long v;
    if (!s || *s < '0' || *s > '9')
        return 0;
    errno = 0;
    v = strtoull(s, &end, 10);
    if (errno || *end || v > max)
        return 0;
    *out = v;
    return 1;
}

double yk_strtod_c(const char *s, char **end)
{
    locale_t old = enter_c();
    double v = strtod(s, end);
    leave_c(old);
    return v;
}

int yk_vsnprintf_c(char *buf, size_t size, const char *fmt, va_list ap)
{
    locale_t old = enter_c();
    int n = vsnprintf(buf, size, fmt, ap);
    leave_c(old);
    return n;
}

int yk_snprintf_c(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = yk_vsnprintf_c(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

int yk_format_double_c(double v, char *buf, size_t size)
{
    locale_t old;
    int prec, n;
    if (!buf || size == 0) /* nothing to write into (and gcc can then see buf is set) */
        return 0;
    old = enter_c();
    for (prec = 15; prec <= 17; prec++) {
        n = snprintf(buf, size, "%.*g", prec, v);
        if (prec == 17 || strtod(buf, NULL) == v)
            break;
    }
    leave_c(old);
    return n;
}

double yk_grid_point(double lo, double hi, size_t steps, size_t i)
{
    char text[32];
    if (steps < 2 || i == 0)
        return lo;
    if (i + 1 >= steps)
        return hi;
    yk_snprintf_c(text, sizeof text, "%.12g",
                  lo + (hi - lo) * (double)i / (double)(steps - 1));
    return yk_strtod_c(text, NULL);
}
