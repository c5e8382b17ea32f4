/*
 * json_test.c - the report layer's output is always well formed: JSON
 * strings are valid UTF-8 whatever bytes they are given (Unicode 3.9's
 * replacement of each maximal ill-formed subpart by U+FFFD), CSV fields
 * are quoted per RFC 4180, counts are whole numbers, and a writer whose
 * stream fails says so (YK_E_IO) instead of returning as if it wrote.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/utf8.h"
#include "yokushi/report.h"
#include "yokushi/yokushi.h"

/* What yk_json_string writes for s, as a top-level value (quotes and
 * the newline of yk_json_finish included). The caller frees it. */
static char *json_of(const char *s)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    yk_json j;
    assert_non_null(f);
    yk_json_init(&j, f);
    yk_json_string(&j, NULL, s);
    assert_int_equal(yk_json_finish(&j), YK_OK);
    assert_int_equal(fclose(f), 0);
    return buf;
}

static void assert_json(const char *in, const char *want)
{
    char *got = json_of(in);
    assert_string_equal(got, want);
    free(got);
}

static void test_valid_utf8_kept(void **state)
{
    (void)state;
    /* 2-, 3- and 4-byte forms and the largest code point pass through. */
    assert_json("na\xc3\xafve \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf",
                "\"na\xc3\xafve \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf\"\n");
    assert_json("tab\there \"q\" back\\slash \x01",
                "\"tab\\there \\\"q\\\" back\\\\slash \\u0001\"\n");
}

static void test_invalid_utf8_replaced(void **state)
{
    (void)state;
    assert_json("caf\xe9", "\"caf\\ufffd\"\n");              /* Latin-1 */
    assert_json("\xff\xfe", "\"\\ufffd\\ufffd\"\n");         /* never in UTF-8 */
    assert_json("\xc0\xaf", "\"\\ufffd\\ufffd\"\n");         /* overlong '/' */
    assert_json("\xe0\x80\x80", "\"\\ufffd\\ufffd\\ufffd\"\n"); /* overlong NUL */
    assert_json("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\"\n"); /* a surrogate */
    assert_json("\xf4\x90\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\"\n"); /* > U+10FFFF */
    /* A cut sequence is one maximal subpart: one U+FFFD, then the rest. */
    assert_json("a\xe2\x82" "b", "\"a\\ufffdb\"\n");
    assert_json("\xf0\x9f\x98", "\"\\ufffd\"\n");
    /* Unicode 3.9's own example (table 3-8): 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64. */
    assert_json("\x61\xf1\x80\x80\xe1\x80\xc2\x62\x80\x63\x80\xbf\x64",
                "\"a\\ufffd\\ufffd\\ufffdb\\ufffdc\\ufffd\\ufffdd\"\n");
}

static void test_utf8_valid(void **state)
{
    (void)state;
    assert_true(yk_utf8_valid(""));
    assert_true(yk_utf8_valid("mini-2030 \xe6\x97\xa5"));
    assert_false(yk_utf8_valid("caf\xe9"));
    assert_false(yk_utf8_valid("\xed\xbf\xbf"));
}

/* What yk_csv_field writes for s as the last field of a row. */
static void assert_csv(const char *in, const char *want)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    yk_csv_field(f, in, true);
    assert_int_equal(fclose(f), 0);
    assert_string_equal(buf, want);
    free(buf);
}

static void test_csv_quoting(void **state)
{
    (void)state;
    assert_csv("plain", "plain\n");
    assert_csv("a\"b,c", "\"a\"\"b,c\"\n");
    assert_csv("two\nlines", "\"two\nlines\"\n");
    assert_csv("cr\r", "\"cr\r\"\n");
    assert_csv(NULL, "\n");
}

static yk_scenario *load_world(void)
{
    yk_scenario *s = NULL;
    yk_diag d;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load("world-2025", NULL, &s, &d), YK_OK);
    yk_diag_free(&d);
    return s;
}

/* The summary's CSV quotes a scenario name that holds a quote and a
 * comma (each row keeps nine fields) and writes counts without an
 * exponent. */
static void test_summary_csv(void **state)
{
    yk_scenario *s = load_world();
    yk_run_meta m = {"a\"b,c", "scenario", "test", "0123", 7};
    char *buf = NULL, *line, *end;
    size_t len = 0, rows = 0;
    FILE *f = open_memstream(&buf, &len);
    (void)state;
    assert_non_null(f);
    assert_int_equal(yk_report_world_summary(f, YK_FORMAT_CSV, yk_scenario_world(s), &m),
                     YK_OK);
    assert_int_equal(fclose(f), 0);
    line = strchr(buf, '\n') + 1; /* past the header */
    for (; (end = strchr(line, '\n')) != NULL; line = end + 1) {
        *end = '\0';
        rows++;
        assert_int_equal(strncmp(line, "\"a\"\"b,c\",0123,7,", 16), 0);
        assert_null(strstr(line, "e+"));
    }
    assert_true(rows > 0);
    free(buf);
    yk_scenario_free(s);
}

/* A full device: every whole-document writer reports YK_E_IO. */
static void test_write_error_reported(void **state)
{
    yk_scenario *s = load_world();
    yk_run_meta m = {"w", "world", "builtin:world-2025", "0123", 1};
    yk_format fmt;
    (void)state;
    for (fmt = YK_FORMAT_TEXT; fmt <= YK_FORMAT_CSV; fmt++) {
        FILE *f = fopen("/dev/full", "w");
        if (!f) {
            yk_scenario_free(s);
            skip();
        }
        assert_int_equal(yk_report_world_summary(f, fmt, yk_scenario_world(s), &m), YK_E_IO);
        assert_int_equal(yk_report_world(f, fmt, yk_scenario_world(s), &m), YK_E_IO);
        fclose(f);
    }
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_utf8_kept),
        cmocka_unit_test(test_invalid_utf8_replaced),
        cmocka_unit_test(test_utf8_valid),
        cmocka_unit_test(test_csv_quoting),
        cmocka_unit_test(test_summary_csv),
        cmocka_unit_test(test_write_error_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
