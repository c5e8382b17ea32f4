/*
 * format_double_test.c - yk_format_double (src/report/json.c): every
 * number in JSON and CSV output is written by it, so it must read back as
 * the same double and use no more digits than that needs.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <float.h>
#include <stdlib.h>
#include <string.h>

#include "yokushi/report.h"

static void assert_formats(double v, const char *want)
{
    char buf[40];
    int n = yk_format_double(v, buf, sizeof buf);
    assert_string_equal(buf, want);
    assert_int_equal(n, (int)strlen(want));
}

/* Values whose shortest text is known by hand: short decimals stay short,
 * 0.1 + 0.2 needs all 17 digits, 1/3 needs 16, integers print plainly up
 * to 15 digits and 2^53 with its 16. */
static void test_known_values(void **state)
{
    (void)state;
    assert_formats(0.0, "0");
    assert_formats(-0.0, "-0");
    assert_formats(0.6, "0.6");
    assert_formats(-2.5, "-2.5");
    assert_formats(0.1 + 0.2, "0.30000000000000004");
    assert_formats(1.0 / 3.0, "0.3333333333333333");
    assert_formats(100.0, "100");
    assert_formats(123456789012345.0, "123456789012345");
    assert_formats(9007199254740992.0, "9007199254740992");
    assert_formats(1e21, "1e+21");
    assert_formats(1e-7, "1e-07");
    assert_formats(DBL_MAX, "1.7976931348623157e+308");
}

/* Significant digits of a %g text: the mantissa's digits less leading
 * zeros. */
static int significant_digits(const char *s)
{
    int n = 0, leading = 1;
    for (; *s && *s != 'e'; s++) {
        if (*s < '0' || *s > '9')
            continue;
        if (*s == '0' && leading)
            continue;
        leading = 0;
        n++;
    }
    return n;
}

/* Every value of a deterministic spread over many magnitudes reads back
 * as itself, and where the text has more than 15 significant digits, one
 * digit fewer would not read back (up to 15 digits, %g drops trailing
 * zeros, and any shorter text that read back would be this one). */
static void test_round_trip(void **state)
{
    double v = 0.7071067811865476;
    int i, longer = 0;
    (void)state;
    for (i = 0; i < 2000; i++) {
        char buf[40], fewer[320];
        int n = yk_format_double(v, buf, sizeof buf);
        int k = significant_digits(buf);
        assert_true(n > 0 && n < (int)sizeof buf);
        assert_true(strtod(buf, NULL) == v);
        assert_true(k <= 17);
        if (k > 15) {
            snprintf(fewer, sizeof fewer, "%.*g", k - 1, v);
            assert_false(strtod(fewer, NULL) == v);
            longer++;
        }
        v = v * 3.7 + 1e-3;
        if (v > 1e200)
            v = 1.0 / v;
    }
    assert_true(longer > 0); /* the spread does reach 16- and 17-digit values */
}

/* snprintf's contract: the length the text needs, truncated into a small
 * buffer; no buffer writes nothing. */
static void test_small_buffers(void **state)
{
    char buf[4];
    (void)state;
    assert_int_equal(yk_format_double(0.25, buf, sizeof buf), 4);
    assert_string_equal(buf, "0.2");
    assert_int_equal(yk_format_double(0.25, NULL, 10), 0);
    assert_int_equal(yk_format_double(0.25, buf, 0), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_values),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_small_buffers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
