/*
 * engines.c - the engine registry: one row per engine that `yokushi run`
 * runs when a scenario's run.engines names it. The engines (game, crisis,
 * ladder, exchange, cascade) each add their row when they land; until
 * then the table is empty and `run` prints the resolved world.
 */
#include "cli/cli.h"

const cli_engine cli_engines[] = {
    {NULL, NULL, NULL}
};

static const char *const engine_names[] = {NULL};

const char *const *cli_engine_names(void)
{
    return engine_names;
}
