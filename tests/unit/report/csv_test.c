/*
 * csv_test.c - yk_csv_field (src/report/json.c): RFC 4180 quoting of the
 * fields every CSV report writes.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>

#include "capture.h"
#include "yokushi/report.h"

/* One row of the given fields, as yk_csv_field writes it. */
static void assert_row(const char *const *fields, int n, const char *want)
{
    yk_capture c;
    char *got;
    int i;
    assert_int_equal(capture_begin(&c), 0);
    for (i = 0; i < n; i++)
        yk_csv_field(c.out, fields[i], i == n - 1);
    got = capture_end(&c);
    assert_string_equal(got, want);
    free(got);
}

/* Plain text stays bare: spaces, dots, minus signs and UTF-8 need no
 * quotes. */
static void test_plain(void **state)
{
    static const char *const f[] = {"crisis", "with bomb", "-0.25", "\xe6\x8a\x91"};
    (void)state;
    assert_row(f, 4, "crisis,with bomb,-0.25,\xe6\x8a\x91\n");
}

/* A comma, a quote, a newline or a carriage return quotes the field, and
 * quotes inside are doubled. */
static void test_quoted(void **state)
{
    static const char *const f[] = {"a,b", "say \"hi\"", "two\nlines", "cr\r", "\""};
    (void)state;
    assert_row(f, 5, "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",\"\"\"\"\n");
}

/* NULL and "" are empty fields; the separator still comes. */
static void test_empty(void **state)
{
    static const char *const f[] = {NULL, "", "x"};
    (void)state;
    assert_row(f, 3, ",,x\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain),
        cmocka_unit_test(test_quoted),
        cmocka_unit_test(test_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
