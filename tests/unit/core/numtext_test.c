/*
 * numtext_test.c - numbers read and written by the library do not follow
 * the process locale (src/core/numtext.c and its users).
 *
 * The test makes a comma-decimal locale, switches this thread to it with
 * uselocale, checks that the C library now writes 0.5 as "0,5" (so the
 * test means something), then that the loader reads the built-in world
 * with the same SHA-256 as in the C locale, JSON numbers read back
 * exactly, messages print their numbers with a point, and game files
 * read decimals. The locale is built with localedef from
 * tests/data/locale/yk_comma and an ASCII character map written here, so
 * the test needs no installed locale; if localedef is missing it falls
 * back on an installed de_DE, and skips (saying why) only without both.
 */
/* newlocale, uselocale, mkdtemp, setenv and open_memstream are POSIX 2008. */
#define _XOPEN_SOURCE 700

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/numtext.h"
#include "yokushi/chart.h"
#include "yokushi/alloc.h"
#include "yokushi/engine.h"
#include "yokushi/game.h"
#include "yokushi/report.h"
#include "yokushi/scenario.h"

/* glibc keeps the LOCPATH list that newlocale parsed (argz_add_sep) for
 * the life of the process; LeakSanitizer would call it this test's leak.
 * A sanitizer build reads this hook; other builds never call it. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:argz_add_sep\n";
}

static locale_t comma;
static char dir[] = "/tmp/yk-locale.XXXXXX";

/* The character map localedef needs: every ASCII code under its <U00XX>
 * name. */
static int write_charmap(const char *path)
{
    FILE *f = fopen(path, "w");
    int i;
    if (!f)
        return 0;
    fprintf(f, "<code_set_name> YK_ASCII\n<comment_char> %%\n<escape_char> /\nCHARMAP\n");
    for (i = 0; i < 128; i++)
        fprintf(f, "<U%04X> /x%02x\n", i, i);
    fprintf(f, "END CHARMAP\n");
    return fclose(f) == 0;
}

/* Builds yk_comma under dir and opens it through LOCPATH. */
static locale_t built_locale(void)
{
    const char *data = getenv("YK_TEST_DATA");
    char cmd[2048], map[256];
    if (!data || !mkdtemp(dir))
        return (locale_t)0;
    snprintf(map, sizeof map, "%s/ascii", dir);
    if (!write_charmap(map))
        return (locale_t)0;
    /* localedef -c writes the locale despite warnings about the
     * categories the source leaves out, and exits 1 for them. */
    snprintf(cmd, sizeof cmd,
             "localedef -c -i '%s/locale/yk_comma' -f '%s' '%s/yk_comma' >/dev/null 2>&1",
             data, map, dir);
    if (system(cmd) == -1)
        return (locale_t)0;
    setenv("LOCPATH", dir, 1);
    return newlocale(LC_NUMERIC_MASK, "yk_comma", (locale_t)0);
}

static int setup(void **state)
{
    (void)state;
    comma = built_locale();
    if (!comma) {
        unsetenv("LOCPATH");
        comma = newlocale(LC_NUMERIC_MASK, "de_DE.UTF-8", (locale_t)0);
    }
    return 0;
}

static int teardown(void **state)
{
    char cmd[256];
    (void)state;
    if (comma)
        freelocale(comma);
    if (strcmp(dir + strlen(dir) - 6, "XXXXXX")) {
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
        if (system(cmd) != 0)
            fprintf(stderr, "could not remove %s\n", dir);
    }
    return 0;
}

/* Switches this thread to the comma locale, or skips the test. */
static void enter_comma(void)
{
    char buf[32];
    if (!comma) {
        fprintf(stderr, "no comma-decimal locale: localedef failed and de_DE.UTF-8 "
                        "is not installed\n");
        skip();
    }
    uselocale(comma);
    snprintf(buf, sizeof buf, "%g", 0.5);
    assert_string_equal(buf, "0,5"); /* the locale is in force */
}

static void leave_comma(void)
{
    uselocale(LC_GLOBAL_LOCALE);
}

static void test_strtod_and_format(void **state)
{
    static const double values[] = {0.5, 0.1, -2.75, 1e-300, 1.7976931348623157e308,
                                    1.0 / 3.0, 123456789.125, 0};
    char buf[64], *end;
    size_t i;
    (void)state;
    enter_comma();
    assert_true(yk_strtod_c("0.25", &end) == 0.25);
    assert_string_equal(end, "");
    yk_snprintf_c(buf, sizeof buf, "%.2f|%g", 1.5, 0.125);
    assert_string_equal(buf, "1.50|0.125");
    for (i = 0; i < sizeof values / sizeof values[0]; i++) {
        yk_format_double(values[i], buf, sizeof buf);
        assert_null(strchr(buf, ','));
        assert_true(yk_strtod_c(buf, NULL) == values[i]);
    }
    yk_format_double(0.1, buf, sizeof buf);
    assert_string_equal(buf, "0.1");
    leave_comma();
}

/* A JSON document written under the comma locale reads back number for
 * number. */
static void test_json_round_trip(void **state)
{
    char *text = NULL, *p;
    size_t len = 0;
    FILE *f;
    yk_json j;
    (void)state;
    enter_comma();
    f = open_memstream(&text, &len);
    assert_non_null(f);
    yk_json_init(&j, f);
    yk_json_object_begin(&j, NULL);
    yk_json_number(&j, "a", 0.1);
    yk_json_number(&j, "b", -2.5e-7);
    yk_json_object_end(&j);
    yk_json_finish(&j);
    fclose(f);
    /* Written with a point, and read back exactly. */
    p = strstr(text, "\"a\": 0.1,\n");
    assert_non_null(p);
    assert_true(yk_strtod_c(p + 5, NULL) == 0.1);
    p = strstr(text, "\"b\": -2.5e-07\n");
    if (!p)
        fail_msg("unexpected JSON:\n%s", text);
    assert_true(yk_strtod_c(p + 5, NULL) == -2.5e-7);
    free(text);
    leave_comma();
}

/* The built-in world loads under the comma locale (it gave 431 errors)
 * and hashes the same as in the C locale. */
static void test_builtin_world_loads(void **state)
{
    yk_scenario *c = NULL, *s = NULL;
    yk_diag d;
    char line[1024] = "";
    (void)state;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load("world-2025", NULL, &c, &d), YK_OK);
    enter_comma();
    if (yk_scenario_load("world-2025", NULL, &s, &d) != YK_OK) {
        yk_error_format(&d.items[0], line, sizeof line);
        leave_comma();
        fail_msg("%zu problems, the first: %s", d.count, line);
    }
    leave_comma();
    assert_string_equal(yk_scenario_sha256(s), yk_scenario_sha256(c));
    assert_string_equal(yk_scenario_canonical(s), yk_scenario_canonical(c));
    yk_scenario_free(s);
    yk_scenario_free(c);
    yk_diag_free(&d);
}

/* One engine's document in format fmt, with few replicates. */
static char *engine_text(const char *engine, const yk_scenario *s, yk_format fmt)
{
    const yk_engine *e = yk_engine_find(engine);
    yk_run_options *o = yk_run_options_new();
    yk_engine_result *r = NULL;
    yk_error err;
    char *text = NULL;
    assert_non_null(e);
    assert_non_null(o);
    assert_int_equal(yk_run_options_set(o, "replicates", "200", &err), YK_OK);
    assert_int_equal(yk_engine_run(e, s, o, &r, &err), YK_OK);
    assert_int_equal(yk_engine_result_to_string(r, fmt, &text, NULL), YK_OK);
    yk_engine_result_free(r);
    yk_run_options_free(o);
    return text;
}

/* Every engine's text, JSON and CSV are the same bytes under the comma
 * locale (the report writers print with fprintf). */
static void test_engine_documents(void **state)
{
    static const char *const cases[][2] = {{"crisis", "ukraine-2022"},
                                           {"cascade", "neglect-2025"}};
    size_t i;
    int f;
    (void)state;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        yk_scenario *s = NULL;
        yk_diag d;
        yk_diag_init(&d);
        assert_int_equal(yk_scenario_load(cases[i][1], NULL, &s, &d), YK_OK);
        for (f = YK_FORMAT_TEXT; f <= YK_FORMAT_CSV; f++) {
            char *c = engine_text(cases[i][0], s, (yk_format)f), *comma_text;
            enter_comma();
            comma_text = engine_text(cases[i][0], s, (yk_format)f);
            leave_comma();
            assert_string_equal(comma_text, c);
            yk_free(c);
            yk_free(comma_text);
        }
        yk_scenario_free(s);
        yk_diag_free(&d);
    }
}

/* Messages write their numbers with a point. */
static void test_messages(void **state)
{
    static const char yaml[] =
        "world: w\n"
        "states:\n"
        "  USA: {name: U, region: north_america, resolve: {uniform: [0.9, 0.1]}}\n";
    yk_scenario *s = NULL;
    yk_diag d;
    char line[1024];
    (void)state;
    enter_comma();
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load_buffer("m.yaml", yaml, strlen(yaml), NULL, &s, &d),
                     YK_E_RANGE);
    yk_error_format(&d.items[0], line, sizeof line);
    leave_comma();
    assert_string_equal(line, "m.yaml:3:60: states.USA.resolve.uniform: "
                              "uniform [0.9, 0.1]: lo exceeds hi");
    yk_diag_free(&d);
}

/* A chart's SVG (the report's drawings) has the same bytes in any locale. */
static void test_chart_svg(void **state)
{
    yk_chart *c = yk_chart_new(YK_CHART_LINES, "P by year");
    char *plain = NULL, *in_comma = NULL;
    yk_status st;
    (void)state;
    assert_int_equal(yk_chart_series(c, "KOR", NULL), YK_OK);
    assert_int_equal(yk_chart_point(c, 0, 2025, 0.125, 0.1, 0.15), YK_OK);
    assert_int_equal(yk_chart_point(c, 0, 2035, 0.5, 0.45, 0.55), YK_OK);
    assert_int_equal(yk_chart_svg(c, true, &plain, NULL), YK_OK);
    enter_comma();
    st = yk_chart_svg(c, true, &in_comma, NULL);
    leave_comma();
    assert_int_equal(st, YK_OK);
    assert_string_equal(in_comma, plain);
    assert_non_null(strstr(plain, ">0.5</text>"));
    yk_free(plain);
    yk_free(in_comma);
    yk_chart_free(c);
}

/* Game files read their decimals. */
static void test_game_file(void **state)
{
    static const char nfg[] = "NFG 1 R \"t\" { \"A\" \"B\" } { 1 1 }\n0.5 -1.25\n";
    yk_game *g = NULL;
    yk_error err;
    yk_status st;
    (void)state;
    enter_comma();
    st = yk_game_read_buffer("t.nfg", nfg, strlen(nfg), &g, &err);
    leave_comma();
    if (st != YK_OK)
        fail_msg("%s", err.message);
    assert_true(g->table[0] == 0.5);
    assert_true(g->table[1] == -1.25);
    yk_game_free(g);
}

/* Grid points as typed: ends exact, inner points to 12 significant
 * digits (0.1 + 0.5 x 2/5 is 0.30000000000000004 in doubles). */
static void test_grid_point(void **state)
{
    (void)state;
    assert_true(0.1 + (0.6 - 0.1) * 2.0 / 5.0 != 0.3);
    assert_true(yk_grid_point(0.1, 0.6, 6, 2) == 0.3);
    assert_true(yk_grid_point(0.1, 0.6, 6, 0) == 0.1);
    assert_true(yk_grid_point(0.1, 0.6, 6, 5) == 0.6);
    assert_true(yk_grid_point(0, 1, 11, 7) == 0.7);
    assert_true(yk_grid_point(2, 5, 1, 0) == 2);
    assert_true(yk_grid_point(-1e300, 1e300, 3, 1) == 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_strtod_and_format),
        cmocka_unit_test(test_grid_point),
        cmocka_unit_test(test_json_round_trip),
        cmocka_unit_test(test_builtin_world_loads),
        cmocka_unit_test(test_messages),
        cmocka_unit_test(test_engine_documents),
        cmocka_unit_test(test_game_file),
        cmocka_unit_test(test_chart_svg),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
