/*
 * cmd_ladder.c - what the program adds to the ladder engine's subcommand:
 * `--export FILE.efg` writes the ladder game of one crisis at the means as
 * a Gambit file (`yokushi solve --method bi|logit` reads it) instead of
 * running the engine. Everything else of `yokushi ladder` is the generic
 * engine command.
 */
#include <string.h>

#include "cli/cli.h"
#include "yokushi/ladder.h"

int cli_ladder_export(const yk_engine *e, int argc, char **argv)
{
    const char *file, *crisis;
    cli_options o;
    yk_scenario *s;
    yk_game *g = NULL;
    yk_error err;
    int rc;

    (void)e;
    rc = cli_export_args("ladder", &argc, argv, &file, &crisis);
    if (rc)
        return rc;
    rc = cli_parse(argc, argv, CLI_OPT_RUN, &o);
    if (rc)
        return rc;
    rc = cli_one_scenario("ladder", &o, &s);
    if (rc)
        return rc;
    memset(&err, 0, sizeof err);
    if (yk_ladder_scenario_game(s, crisis, &g, &err)) {
        rc = cli_run_error("ladder", yk_scenario_name(s), &err);
        yk_scenario_free(s);
        return rc;
    }
    yk_scenario_free(s);
    return cli_write_game("ladder", g, file);
}
