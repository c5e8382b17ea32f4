/*
 * engines.c - the engine registry: one row per engine that `yokushi run`
 * runs when a scenario's run.engines names it, and the coefficients the
 * engines document (for validating a scenario's `coefficients:`). The
 * other engines (game, crisis, ladder, exchange) add their rows when
 * they land.
 */
#include "cli/cli.h"

const cli_engine cli_engines[] = {
    {"cascade", "umbrella credibility and proliferation, year by year", cli_run_cascade},
    {NULL, NULL, NULL}
};

static const char *const engine_names[] = {"cascade", NULL};

const char *const *cli_engine_names(void)
{
    return engine_names;
}

const yk_coefficient_spec *cli_coefficient_specs(size_t *n)
{
    *n = YK_CC_COUNT;
    return yk_cascade_coef_specs();
}
