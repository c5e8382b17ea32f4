/*
 * envelope_test.c - yk_report_envelope_begin (src/report/envelope.c): the
 * fields that trace every JSON output to a version, a scenario's SHA-256
 * and a seed, in their documented order, with "results" left open.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>

#include "capture.h"
#include "yokushi/report.h"
#include "yokushi/yokushi.h"

static void test_envelope(void **state)
{
    static const yk_run_meta meta = {
        .scenario = "ukraine-\"2022\"",
        .kind = "scenario",
        .origin = "builtin:ukraine-2022",
        .sha256 = "00ff",
        .seed = 9007199254740992ULL, /* 2^53, the largest seed the CLI takes */
    };
    yk_capture c;
    yk_json j;
    char *got;
    (void)state;
    assert_int_equal(capture_begin(&c), 0);
    yk_json_init(&j, c.out);
    yk_report_envelope_begin(&j, &meta);
    yk_json_number(&j, "x", 1.5);
    yk_json_object_end(&j);
    yk_json_object_end(&j);
    yk_json_finish(&j);
    got = capture_end(&c);
    assert_string_equal(got,
                        "{\n"
                        "  \"yokushi\": \"" YK_VERSION_STRING "\",\n"
                        "  \"scenario\": \"ukraine-\\\"2022\\\"\",\n"
                        "  \"kind\": \"scenario\",\n"
                        "  \"origin\": \"builtin:ukraine-2022\",\n"
                        "  \"scenario_sha256\": \"00ff\",\n"
                        "  \"seed\": 9007199254740992,\n"
                        "  \"results\": {\n"
                        "    \"x\": 1.5\n"
                        "  }\n"
                        "}\n");
    free(got);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_envelope),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
