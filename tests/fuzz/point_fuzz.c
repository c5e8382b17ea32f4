/*
 * point_fuzz.c - libFuzzer target for what the sensitivity and sweep
 * engines parse from the user: a `set:` path and value applied to a loaded
 * scenario (yk_scenario_with: path walking, conversion, range checks), and
 * the option values `--set PATH=LO:HI:STEPS`, `--samples`, `--method`,
 * `--levels`, `--test-function`. The first byte picks which; the rest is
 * the text. Any bytes must give a result or an error, never a crash, an
 * undefined behaviour or a leak.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "yokushi/engine.h"
#include "yokushi/scenario.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static yk_scenario *base(void)
{
    static yk_scenario *s;
    if (!s) {
        yk_diag d;
        yk_diag_init(&d);
        if (yk_scenario_load("ukraine-2022", NULL, &s, &d) != YK_OK)
            __builtin_trap();
        yk_diag_free(&d);
    }
    return s;
}

static void with(const char *text)
{
    const char *eq = strrchr(text, '=');
    char path[512];
    const char *paths[1] = {path};
    double v;
    yk_scenario *t = NULL;
    yk_diag d;
    if (!eq || (size_t)(eq - text) >= sizeof path)
        return;
    memcpy(path, text, (size_t)(eq - text));
    path[eq - text] = '\0';
    v = strtod(eq + 1, NULL);
    yk_diag_init(&d);
    if (yk_scenario_with(base(), paths, &v, 1, &t, &d) == YK_OK)
        yk_scenario_free(t);
    else if (t != NULL)
        __builtin_trap(); /* a failure leaves no scenario */
    yk_diag_free(&d);
}

static void option(const char *name, const char *text)
{
    yk_run_options *o = yk_run_options_new();
    yk_error err;
    if (!o)
        return;
    (void)yk_run_options_set(o, name, text, &err);
    yk_run_options_free(o);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"set", "samples", "method", "levels", "bootstrap",
                                        "test-function", "year", "params"};
    char *text;
    if (size < 1 || size > 4096)
        return 0;
    text = malloc(size);
    if (!text)
        return 0;
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';
    if (data[0] % 2 == 0)
        with(text);
    else
        option(names[(data[0] / 2) % (sizeof names / sizeof names[0])], text);
    free(text);
    return 0;
}
