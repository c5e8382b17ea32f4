/*
 * table_test.c - the engine contract (engine.h): every engine in the
 * table is complete, options are checked when set, and the document a
 * result writes is the program's byte for byte (the program's output is
 * read through YK_CLI, the built binary, which CMake passes).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine_int.h"
#include "yokushi/alloc.h"
#include "yokushi/engine.h"

#define REPLICATES "300"
#define MAX_ENGINES 16
#define MAX_SPECS 256

/* A built-in scenario loaded with every engine's names and coefficients,
 * as the program loads it. */
static yk_scenario *load(const char *name)
{
    static const char *names[MAX_ENGINES + 1];
    static yk_coefficient_spec specs[MAX_SPECS];
    yk_load_options opt;
    yk_scenario *s = NULL;
    yk_diag d;
    size_t i, k, n_specs = 0;
    memset(&opt, 0, sizeof opt);
    for (i = 0; i < yk_engine_count(); i++) {
        size_t n;
        const yk_coefficient_spec *c = yk_engine_coefficients(yk_engine_at(i), &n);
        names[i] = yk_engine_name(yk_engine_at(i));
        for (k = 0; k < n && n_specs < MAX_SPECS; k++)
            specs[n_specs++] = c[k];
    }
    names[i] = NULL;
    opt.engines = names;
    opt.coefficients = specs;
    opt.n_coefficients = n_specs;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(name, &opt, &s, &d), YK_OK);
    yk_diag_free(&d);
    return s;
}

static void every_engine_is_complete(void **state)
{
    size_t i, k;
    (void)state;
    assert_true(yk_engine_count() >= 2);
    assert_null(yk_engine_at(yk_engine_count()));
    assert_null(yk_engine_find("no-such-engine"));
    for (i = 0; i < yk_engine_count(); i++) {
        const yk_engine *e = yk_engine_at(i);
        size_t n = 0;
        assert_non_null(e);
        assert_true(e->name && *e->name);
        assert_true(e->summary && *e->summary);
        assert_ptr_equal(yk_engine_find(yk_engine_name(e)), e);
        assert_non_null(e->run);
        assert_non_null(e->free_data);
        assert_non_null(e->write);
        assert_non_null(e->json);
        assert_non_null(e->check);
        assert_non_null(yk_engine_coefficients(e, &n));
        assert_true(n > 0);
        for (k = 0; k < yk_engine_option_count(e); k++) {
            const yk_engine_option *opt = yk_engine_option_at(e, k);
            assert_true(opt->name && *opt->name && opt->help && *opt->help);
            assert_ptr_equal(yk_engine_option_find(e, opt->name), opt);
        }
        assert_null(yk_engine_option_at(e, yk_engine_option_count(e)));
    }
}

/* The whole standard output of a command, or NULL. */
static char *read_command(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    char *buf = NULL;
    size_t len = 0, cap = 0, got;
    if (!p)
        return NULL;
    do {
        if (cap - len < 4096) {
            cap = cap * 2 + 4096;
            buf = realloc(buf, cap + 1);
            assert_non_null(buf);
        }
        got = fread(buf + len, 1, cap - len, p);
        len += got;
    } while (got);
    buf[len] = '\0';
    assert_int_equal(pclose(p), 0);
    return buf;
}

/* yk_engine_run + yk_engine_result_to_string give what
 * `yokushi ENGINE SCENARIO --format F` prints. */
static void documents_match_the_program(void **state)
{
    static const char *const formats[3] = {"text", "json", "csv"};
    const char *cli = getenv("YK_CLI");
    yk_scenario *s;
    size_t i;
    int f;
    (void)state;
    if (!cli)
        skip();
    s = load("japan-2024");
    for (i = 0; i < yk_engine_count(); i++) {
        const yk_engine *e = yk_engine_at(i);
        yk_run_options *o = yk_run_options_new();
        yk_engine_result *r = NULL;
        yk_error err;
        assert_non_null(o);
        memset(&err, 0, sizeof err);
        assert_int_equal(yk_run_options_set(o, "replicates", REPLICATES, &err), YK_OK);
        assert_int_equal(yk_run_options_set(o, "threads", "1", &err), YK_OK);
        assert_int_equal(yk_engine_run(e, s, o, &r, &err), YK_OK);
        assert_ptr_equal(yk_engine_result_engine(r), e);
        for (f = 0; f < 3; f++) {
            char cmd[4096], *mine = NULL, *theirs;
            size_t len = 0;
            snprintf(cmd, sizeof cmd, "'%s' %s japan-2024 --format %s --replicates "
                     REPLICATES " --threads 1", cli, yk_engine_name(e), formats[f]);
            theirs = read_command(cmd);
            assert_non_null(theirs);
            assert_int_equal(yk_engine_result_to_string(r, (yk_format)f, &mine, &len),
                             YK_OK);
            assert_int_equal(len, strlen(mine));
            assert_string_equal(mine, theirs);
            yk_free(mine);
            free(theirs);
        }
        yk_engine_result_free(r);
        yk_run_options_free(o);
    }
    yk_scenario_free(s);
}

/* Options are checked when set, and an engine refuses options it does
 * not take. */
static void options_are_checked(void **state)
{
    yk_run_options *o = yk_run_options_new();
    yk_engine_result *r = NULL;
    yk_scenario *s;
    yk_error err;
    (void)state;
    memset(&err, 0, sizeof err);
    assert_int_equal(yk_run_options_set(o, "no_such_option", "1", &err), YK_E_NOTFOUND);
    assert_int_equal(yk_run_options_set(o, "seed", "-1", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "seed", "9007199254740993", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "threads", "lots", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "replicates", "0", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "years", "2030:2020", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "years", "2025:3000", &err), YK_E_ARG);
    assert_int_equal(yk_run_options_set(o, "years", "2025:2030", &err), YK_OK);
    s = load("japan-2024");
    assert_int_equal(yk_engine_run(yk_engine_find("crisis"), s, o, &r, &err), YK_E_ARG);
    assert_null(r);
    assert_string_equal(err.path, "years");
    yk_scenario_free(s);
    yk_run_options_free(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_engine_is_complete),
        cmocka_unit_test(documents_match_the_program),
        cmocka_unit_test(options_are_checked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
