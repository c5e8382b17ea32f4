/*
 * engines.c - the engine registry: one row per engine that `yokushi run`
 * runs when a scenario's run.engines names it, and the coefficients the
 * engines document (for validating a scenario's `coefficients:`). The
 * other engines (game, ladder, exchange) add their rows when they land.
 */
#include <string.h>

#include "cli/cli.h"
#include "yokushi/cascade.h"
#include "yokushi/crisis.h"

const cli_engine cli_engines[] = {
    {"cascade", "umbrella credibility and proliferation, year by year", cli_run_cascade},
    {"crisis", "aggressor, target ally and patron: who attacks, fights, uses nuclear weapons",
     cli_run_crisis},
    {NULL, NULL, NULL}
};

static const char *const engine_names[] = {"cascade", "crisis", NULL};

const char *const *cli_engine_names(void)
{
    return engine_names;
}

/* Appends n specs to buf at *len, within cap. */
static void append(yk_coefficient_spec *buf, size_t cap, size_t *len,
                   const yk_coefficient_spec *specs, size_t n)
{
    size_t i;
    for (i = 0; i < n && *len < cap; i++)
        buf[(*len)++] = specs[i];
}

size_t cli_coefficient_specs(yk_coefficient_spec *buf, size_t cap)
{
    size_t len = 0;
    append(buf, cap, &len, yk_cascade_coef_specs(), YK_CC_COUNT);
    append(buf, cap, &len, yk_crisis_coef_specs(), YK_KC_COUNT);
    return len;
}
