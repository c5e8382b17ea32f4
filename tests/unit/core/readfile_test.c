/*
 * readfile_test.c - inputs must be regular files (src/core/readfile.c and
 * the loaders that use it: `extends:` and game files).
 *
 * A FIFO blocked the loader forever (alarm() turns a hang into a failure
 * here), /dev/zero and /proc files loaded as an empty base, a directory
 * was "file too large (9223372036854775807 bytes)".
 */
/* mkdtemp, mkfifo and alarm are POSIX. */
#define _XOPEN_SOURCE 700

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/alloc.h"
#include "core/readfile.h"
#include "yokushi/game.h"
#include "yokushi/scenario.h"

static char dir[] = "/tmp/yk-readfile.XXXXXX";
static char fifo[64], sub[64], small[64];

static int setup(void **state)
{
    FILE *f;
    (void)state;
    if (!mkdtemp(dir))
        return -1;
    snprintf(fifo, sizeof fifo, "%s/fifo.yaml", dir);
    snprintf(sub, sizeof sub, "%s/sub.yaml", dir);
    snprintf(small, sizeof small, "%s/small.yaml", dir);
    if (mkfifo(fifo, 0600) || mkdir(sub, 0700))
        return -1;
    f = fopen(small, "w");
    if (!f)
        return -1;
    fputs("world: small\n", f);
    fclose(f);
    alarm(20); /* a blocking open fails the test instead of hanging it */
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    alarm(0);
    remove(fifo);
    remove(small);
    rmdir(sub);
    rmdir(dir);
    return 0;
}

/* Reading path fails with status and the message want. */
static void expect_refused(const char *path, size_t limit, yk_status status,
                           const char *want)
{
    char *bytes = (char *)&bytes;
    size_t len = 7;
    yk_error e;
    assert_int_equal(yk_read_regular_file(path, limit, &bytes, &len, &e), status);
    assert_null(bytes);
    assert_int_equal(len, 0);
    assert_string_equal(e.file, path);
    assert_string_equal(e.message, want);
}

static void test_not_regular_files_refused(void **state)
{
    char want[160];
    (void)state;
    snprintf(want, sizeof want, "\"%s\" is a FIFO, not a regular file", fifo);
    expect_refused(fifo, 1000, YK_E_IO, want);
    snprintf(want, sizeof want, "\"%s\" is a directory, not a regular file", sub);
    expect_refused(sub, 1000, YK_E_IO, want);
    expect_refused("/dev/zero", 1000, YK_E_IO,
                   "\"/dev/zero\" is a character device, not a regular file");
    snprintf(want, sizeof want, "cannot open \"%s/gone\": No such file or directory", dir);
    {
        char gone[80];
        snprintf(gone, sizeof gone, "%s/gone", dir);
        expect_refused(gone, 1000, YK_E_IO, want);
    }
}

static void test_regular_files_read_to_their_end(void **state)
{
    char *bytes;
    size_t len;
    yk_error e;
    (void)state;
    assert_int_equal(yk_read_regular_file(small, 1000, &bytes, &len, &e), YK_OK);
    assert_int_equal(len, 13);
    assert_string_equal(bytes, "world: small\n");
    yk_free(bytes);
    expect_refused(small, 12, YK_E_LIMIT, "file too large (13 bytes; limit 12)");
    /* /proc files say they are empty; their text is read all the same. */
    if (access("/proc/self/status", R_OK) == 0) {
        assert_int_equal(yk_read_regular_file("/proc/self/status", 1 << 20, &bytes, &len, &e),
                         YK_OK);
        assert_true(len > 0);
        assert_non_null(strstr(bytes, "Pid:"));
        yk_free(bytes);
    }
}

/* extends: a FIFO, a directory, a device: located errors, no hang. */
static void test_extends_refuses_them(void **state)
{
    char yaml[256], want[512], line[512];
    const char *targets[] = {fifo, sub, "/dev/zero"};
    const char *kinds[] = {"a FIFO", "a directory", "a character device"};
    yk_load_options opt = {.allow_files = true};
    size_t i;
    (void)state;
    for (i = 0; i < 3; i++) {
        yk_scenario *s = NULL;
        yk_diag d;
        yk_diag_init(&d);
        snprintf(yaml, sizeof yaml, "world: w\nextends: %s\n", targets[i]);
        assert_int_equal(yk_scenario_load_buffer("t.yaml", yaml, strlen(yaml), &opt, &s, &d),
                         YK_E_IO);
        assert_null(s);
        assert_int_equal(d.count, 1);
        yk_error_format(&d.items[0], line, sizeof line);
        snprintf(want, sizeof want, "t.yaml:2:10: extends: \"%s\" is %s, not a regular file",
                 targets[i], kinds[i]);
        assert_string_equal(line, want);
        yk_diag_free(&d);
    }
}

/* Game files too. */
static void test_game_files_must_be_regular(void **state)
{
    yk_game *g = (yk_game *)&g;
    yk_error e;
    char want[160];
    (void)state;
    assert_int_equal(yk_game_read_file(fifo, &g, &e), YK_E_IO);
    assert_null(g);
    snprintf(want, sizeof want, "\"%s\" is a FIFO, not a regular file", fifo);
    assert_string_equal(e.message, want);
    assert_int_equal(yk_game_read_file(dir, &g, &e), YK_E_IO);
    snprintf(want, sizeof want, "\"%s\" is a directory, not a regular file", dir);
    assert_string_equal(e.message, want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_not_regular_files_refused),
        cmocka_unit_test(test_regular_files_read_to_their_end),
        cmocka_unit_test(test_extends_refuses_them),
        cmocka_unit_test(test_game_files_must_be_regular),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
