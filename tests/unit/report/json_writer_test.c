/*
 * json_writer_test.c - the streaming JSON writer (src/report/json.c):
 * nesting and indents, separators, string escaping, numbers that JSON
 * cannot hold, compared with the exact text a reader (and the golden
 * outputs) see.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>

#include "capture.h"
#include "yokushi/report.h"

typedef void (*write_fn)(yk_json *j);

/* Runs a writer into a fresh yk_json and compares all it printed. */
static void assert_json(write_fn write, const char *want)
{
    yk_capture c;
    yk_json j;
    char *got;
    assert_int_equal(capture_begin(&c), 0);
    yk_json_init(&j, c.out);
    write(&j);
    got = capture_end(&c);
    assert_string_equal(got, want);
    free(got);
}

static void empty_containers(yk_json *j)
{
    yk_json_object_begin(j, NULL);
    yk_json_object_begin(j, "o");
    yk_json_object_end(j);
    yk_json_array_begin(j, "a");
    yk_json_array_end(j);
    yk_json_object_end(j);
    yk_json_finish(j);
}

static void test_empty_containers(void **state)
{
    (void)state;
    assert_json(empty_containers, "{\n  \"o\": {},\n  \"a\": []\n}\n");
}

/* Arrays of objects of arrays: keys only on object members, commas
 * between members of the same container only, two spaces per level. */
static void nested(yk_json *j)
{
    yk_json_object_begin(j, NULL);
    yk_json_array_begin(j, "rows");
    yk_json_object_begin(j, NULL);
    yk_json_int(j, "n", 1);
    yk_json_array_begin(j, "xs");
    yk_json_number(j, NULL, 0.5);
    yk_json_bool(j, NULL, true);
    yk_json_array_end(j);
    yk_json_object_end(j);
    yk_json_object_begin(j, NULL);
    yk_json_null(j, "n");
    yk_json_object_end(j);
    yk_json_array_end(j);
    yk_json_string(j, "after", "x");
    yk_json_object_end(j);
    yk_json_finish(j);
}

static void test_nesting(void **state)
{
    (void)state;
    assert_json(nested,
                "{\n"
                "  \"rows\": [\n"
                "    {\n"
                "      \"n\": 1,\n"
                "      \"xs\": [\n"
                "        0.5,\n"
                "        true\n"
                "      ]\n"
                "    },\n"
                "    {\n"
                "      \"n\": null\n"
                "    }\n"
                "  ],\n"
                "  \"after\": \"x\"\n"
                "}\n");
}

/* Quotes, backslashes and control characters are escaped in values and
 * keys alike; UTF-8 passes through; a NULL string is "". */
static void escapes(yk_json *j)
{
    yk_json_object_begin(j, NULL);
    yk_json_string(j, "q\"k", "a\"b\\c/d");
    yk_json_string(j, "ctl", "\n\r\t\x01\x1f\x7f");
    yk_json_string(j, "utf8", "\xe6\x8a\x91\xe6\xad\xa2");
    yk_json_string(j, "null", NULL);
    yk_json_object_end(j);
    yk_json_finish(j);
}

static void test_escapes(void **state)
{
    (void)state;
    assert_json(escapes,
                "{\n"
                "  \"q\\\"k\": \"a\\\"b\\\\c/d\",\n"
                "  \"ctl\": \"\\n\\r\\t\\u0001\\u001f\x7f\",\n"
                "  \"utf8\": \"\xe6\x8a\x91\xe6\xad\xa2\",\n"
                "  \"null\": \"\"\n"
                "}\n");
}

/* NaN and the infinities have no JSON number: null. Integers keep all
 * 64 bits; an estimate is {mean, lo, hi}. */
static void numbers(yk_json *j)
{
    yk_json_array_begin(j, NULL);
    yk_json_number(j, NULL, NAN);
    yk_json_number(j, NULL, INFINITY);
    yk_json_number(j, NULL, -INFINITY);
    yk_json_number(j, NULL, 0.1 + 0.2);
    yk_json_int(j, NULL, INT64_MAX);
    yk_json_int(j, NULL, INT64_MIN);
    yk_json_bool(j, NULL, false);
    yk_json_estimate(j, NULL, 0.25, 0.125, 0.5);
    yk_json_array_end(j);
    yk_json_finish(j);
}

static void test_numbers(void **state)
{
    (void)state;
    assert_json(numbers,
                "[\n"
                "  null,\n"
                "  null,\n"
                "  null,\n"
                "  0.30000000000000004,\n"
                "  9223372036854775807,\n"
                "  -9223372036854775808,\n"
                "  false,\n"
                "  {\n"
                "    \"mean\": 0.25,\n"
                "    \"lo\": 0.125,\n"
                "    \"hi\": 0.5\n"
                "  }\n"
                "]\n");
}

/* A scalar document: no indent, no separator. */
static void scalar(yk_json *j)
{
    yk_json_string(j, NULL, "only");
    yk_json_finish(j);
}

static void test_scalar_document(void **state)
{
    (void)state;
    assert_json(scalar, "\"only\"\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_containers),
        cmocka_unit_test(test_nesting),
        cmocka_unit_test(test_escapes),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_scalar_document),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
