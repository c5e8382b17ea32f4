/*
 * scenario_fuzz.c - libFuzzer target for the scenario loader: any bytes,
 * loaded as a scenario file (built-in extends only, no files), must give a
 * scenario or located errors, never a crash or a leak.
 */
#include <stddef.h>
#include <stdint.h>

#include "yokushi/scenario.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    yk_load_options opt = {false, NULL};
    yk_scenario *s = NULL;
    yk_diag d;
    size_t i;
    char line[1200];

    yk_diag_init(&d);
    if (yk_scenario_load_buffer("fuzz.yaml", (const char *)data, size, &opt, &s,
                                &d) == YK_OK) {
        const yk_world *w = yk_scenario_world(s);
        (void)yk_scenario_canonical(s);
        for (i = 0; i < w->n_states; i++)
            (void)yk_state_stockpile(&w->states[i], w->year);
        yk_scenario_free(s);
    }
    yk_diag_sort(&d);
    for (i = 0; i < d.count; i++)
        yk_error_format(&d.items[i], line, sizeof line);
    yk_diag_free(&d);
    return 0;
}
