/*
 * scenario_fuzz.c - libFuzzer target for the scenario loader: any bytes,
 * loaded as a scenario file (built-in extends only, no files), must give a
 * scenario or located errors, never a crash, an undefined behaviour or a
 * leak. A loaded scenario is also read back (canonical form, SHA-256, the
 * world of a later year through the time line), and every message is
 * formatted, into a full buffer and into a short one (truncation).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "yokushi/scenario.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void read_back(const yk_scenario *s)
{
    const yk_world *w = yk_scenario_world(s);
    yk_world later;
    yk_diag d;
    size_t i;

    (void)strlen(yk_scenario_canonical(s));
    if (strlen(yk_scenario_sha256(s)) != 64)
        __builtin_trap();
    for (i = 0; i < w->n_states; i++)
        (void)yk_state_stockpile(&w->states[i], w->year);
    /* Events after the file's year apply here; their set: paths may fail. */
    yk_diag_init(&d);
    if (yk_scenario_world_at(s, w->year + 10 <= 2200 ? w->year + 10 : 2200,
                             &later, &d) == YK_OK) {
        for (i = 0; i < later.n_states; i++)
            (void)yk_state_deployed_warheads(&later.states[i], later.year);
        yk_world_free(&later);
    }
    yk_diag_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    yk_load_options opt = {.allow_files = false};
    yk_scenario *s = NULL;
    yk_diag d;
    size_t i;
    char line[YK_ERROR_FILE_MAX + YK_ERROR_PATH_MAX + YK_ERROR_MSG_MAX + 64];
    char shortline[16];

    yk_diag_init(&d);
    if (yk_scenario_load_buffer("fuzz.yaml", (const char *)data, size, &opt, &s,
                                &d) == YK_OK) {
        read_back(s);
        yk_scenario_free(s);
    } else if (s != NULL || d.count == 0) {
        __builtin_trap(); /* a failure leaves no scenario and says why */
    }
    yk_diag_sort(&d);
    for (i = 0; i < d.count; i++) {
        int n = yk_error_format(&d.items[i], line, sizeof line);
        if (n < 0 || (size_t)n >= sizeof line)
            __builtin_trap(); /* the parts are bounded: it always fits */
        (void)yk_error_format(&d.items[i], shortline, sizeof shortline);
    }
    yk_diag_free(&d);
    return 0;
}
