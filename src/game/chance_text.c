/*
 * chance_text.c - texts for a chance node's probabilities that Gambit
 * accepts. Gambit reads each probability's text as an exact rational (a
 * decimal d1...dk.e1...em is its digits over 10^m, "p/q" is p/q) and
 * refuses a node whose probabilities do not sum to exactly 1. The shortest
 * decimals of doubles that sum to 1 rarely do: 1/15 and 14/15 print as
 * 0.06666666666666667 and 0.9333333333333333, which sum to
 * 1.00000000000000003.
 *
 * So, for probabilities built in code (no text), the first of:
 *  1. the shortest round-trip decimals, when they sum to exactly 1 (0.1
 *     and 0.9): what was always written;
 *  2. when every one is exactly (as a double) a fraction p/q with
 *     q <= 10^6 and the fractions sum to exactly 1, the fractions
 *     ("1/15", "14/15"); reading them back gives the same doubles;
 *  3. each probability but the largest as its shortest round-trip
 *     decimal, and the largest as 1 minus the others, computed exactly in
 *     decimal: the sum is exactly 1, and the remainder is within the
 *     others' rounding of the double it replaces (the largest is chosen so
 *     that it cannot go negative).
 * Decimals are written without an exponent, which Gambit does not read.
 */
#include "core/alloc.h"
#include "game/gfwrite.h"
#include "game/lexer.h"
#include "core/numtext.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEN 1000000L
#define FRAC_DIGITS (YK_CHANCE_TEXT_MAX - 8) /* 10^-400 is below the smallest double */
#define TEXT_MAX YK_CHANCE_TEXT_MAX

/* what is written must read back */
_Static_assert(YK_CHANCE_TEXT_MAX <= GF_NUMBER_MAX, "chance texts longer than numbers read");

/* p/q with q <= MAX_DEN whose double is exactly v (0 <= v <= 1), by
 * continued fractions; 0 when there is none. */
static int exact_fraction(double v, long *num, long *den)
{
    double r = v;
    long h0 = 1, h1 = 0, k0 = 0, k1 = 1;
    int i;

    for (i = 0; i < 64; i++) {
        double a = floor(r);
        long h2, k2;
        if (a > (double)MAX_DEN)
            return 0;
        h2 = (long)a * h0 + h1;
        k2 = (long)a * k0 + k1;
        if (k2 > MAX_DEN)
            return 0;
        h1 = h0;
        h0 = h2;
        k1 = k0;
        k0 = k2;
        if ((double)h0 / (double)k0 == v) {
            *num = h0;
            *den = k0;
            return 1;
        }
        if (r == a)
            return 0;
        r = 1.0 / (r - a);
    }
    return 0;
}

static long gcd(long a, long b)
{
    while (b) {
        long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* Case 2: every probability a small exact fraction, summing to 1; -1
 * when out of memory (never a quietly different text). */
static int as_fractions(const double *prob, int n, char *text)
{
    long *num = yk_malloc(sizeof(long) * (size_t)n * 2), *den, sn = 0, sd = 1;
    int i, ok = num != NULL;

    if (!num)
        return -1;
    den = num ? num + n : NULL;
    for (i = 0; ok && i < n; i++) {
        ok = exact_fraction(prob[i], &num[i], &den[i]);
        if (ok) {
            /* sn/sd += num/den, reduced, refusing overflow */
            long g = gcd(sd, den[i]), a, b, d;
            ok = !__builtin_mul_overflow(sn, den[i] / g, &a) &&
                 !__builtin_mul_overflow(num[i], sd / g, &b) &&
                 !__builtin_add_overflow(a, b, &sn) &&
                 !__builtin_mul_overflow(sd / g, den[i], &d);
            if (ok) {
                sd = d;
                g = gcd(sn, sd);
                sn /= g;
                sd /= g;
            }
        }
    }
    ok = ok && sn == 1 && sd == 1;
    for (i = 0; ok && i < n; i++) {
        if (den[i] == 1)
            snprintf(text + (size_t)i * TEXT_MAX, TEXT_MAX, "%ld", num[i]);
        else
            snprintf(text + (size_t)i * TEXT_MAX, TEXT_MAX, "%ld/%ld", num[i], den[i]);
    }
    yk_free(num);
    return ok;
}

/* v in [0, 1] as FRAC_DIGITS decimal places (digit[0] the units): its
 * shortest round-trip decimal, exactly. */
static void to_digits(double v, signed char *digit)
{
    char buf[40], *p;
    int prec, e, place;

    memset(digit, 0, FRAC_DIGITS + 1);
    if (v == 0.0)
        return;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    e = (int)strtol(strchr(buf, 'e') + 1, NULL, 10);
    /* the mantissa's first digit has place e (10^e), the next e - 1, ... */
    for (p = buf, place = e; *p != 'e'; p++) {
        if (*p == '.')
            continue;
        if (-place >= 0 && -place <= FRAC_DIGITS)
            digit[-place] = (signed char)(*p - '0');
        place--;
    }
}

/* digit (units, then FRAC_DIGITS places) as a plain decimal: "0", "1",
 * "0.0625", never an exponent. */
static void plain(const signed char *digit, char *out)
{
    int last = FRAC_DIGITS, k;
    while (last > 0 && digit[last] == 0)
        last--;
    *out++ = (char)('0' + digit[0]);
    if (last > 0)
        *out++ = '.';
    for (k = 1; k <= last; k++)
        *out++ = (char)('0' + digit[k]);
    *out = '\0';
}

/* Cases 1 and 3: the others' shortest decimals, the largest as 1 minus
 * them; *shortest is set when that is the largest's shortest decimal too.
 * -1 when out of memory. */
static int as_decimals(const double *prob, int n, char *text, int *shortest)
{
    signed char *d = yk_malloc(FRAC_DIGITS + 1);
    int *sum = yk_calloc(FRAC_DIGITS + 1, sizeof(int));
    int i, k, big = 0, borrow = 0, ok = d && sum;

    if (!ok) {
        yk_free(d);
        yk_free(sum);
        return -1;
    }
    for (i = 1; i < n; i++)
        if (prob[i] > prob[big])
            big = i;
    for (i = 0; ok && i < n; i++) {
        if (i == big)
            continue;
        to_digits(prob[i], d);
        plain(d, text + (size_t)i * TEXT_MAX);
        for (k = 0; k <= FRAC_DIGITS; k++)
            sum[k] += d[k];
    }
    if (ok) {
        for (k = FRAC_DIGITS; k > 0; k--) {
            sum[k - 1] += sum[k] / 10;
            sum[k] %= 10;
        }
        /* 1 - sum, place by place from the last: 10^FRAC_DIGITS - S */
        for (k = FRAC_DIGITS; k >= 0; k--) {
            int v = (k == 0 ? 1 : 0) - sum[k] - borrow;
            borrow = v < 0;
            d[k] = (signed char)(v + 10 * borrow);
        }
        ok = !borrow; /* the others sum to more than 1: not probabilities */
        if (ok) {
            char own[TEXT_MAX];
            plain(d, text + (size_t)big * TEXT_MAX);
            to_digits(prob[big], d);
            plain(d, own);
            *shortest = strcmp(own, text + (size_t)big * TEXT_MAX) == 0;
        }
    }
    yk_free(d);
    yk_free(sum);
    return ok;
}

char *yk_chance_texts(const double *prob, int n)
{
    char *text = yk_calloc((size_t)n + 1, TEXT_MAX), *frac;
    int i, shortest = 0, dec = 0;

    if (!text)
        return NULL;
    for (i = 0; i < n; i++)
        if (!(prob[i] >= 0.0 && prob[i] <= 1.0))
            break;
    /* An allocation failure anywhere returns NULL: a quiet fallback
     * would write other texts than a run with memory. */
    if (i == n && (dec = as_decimals(prob, n, text, &shortest)) != 0) {
        int fr;
        if (dec < 0 || shortest)
            goto done;
        frac = yk_calloc((size_t)n + 1, TEXT_MAX);
        fr = frac ? as_fractions(prob, n, frac) : -1;
        if (fr > 0) {
            yk_free(text);
            return frac;
        }
        yk_free(frac);
        dec = fr < 0 ? -1 : 1;
    done:
        if (dec < 0) {
            yk_free(text);
            return NULL;
        }
        return text;
    }
    /* not probabilities (a game yk_game_check refuses): as they are */
    for (i = 0; i < n; i++) {
        char *t = text + (size_t)i * TEXT_MAX;
        yk_format_double_c(prob[i] == 0.0 ? 0.0 : prob[i], t, TEXT_MAX);
    }
    return text;
}
