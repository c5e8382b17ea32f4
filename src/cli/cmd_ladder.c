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
    const char *file = NULL, *crisis = NULL;
    cli_options o;
    yk_scenario *s;
    yk_game *g = NULL;
    yk_error err;
    FILE *f;
    int i, n = 1, rc, bad;

    (void)e;
    for (i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--export"))
            break;
    if (i == argc)
        return -1;
    for (i = 1; i < argc; i++) {
        const char **slot = !strcmp(argv[i], "--export")   ? &file
                            : !strcmp(argv[i], "--crisis") ? &crisis
                                                           : NULL;
        if (!slot) {
            argv[n++] = argv[i];
        } else if (i + 1 < argc) {
            *slot = argv[++i];
        } else {
            fprintf(stderr, "yokushi ladder: %s needs a value\n", argv[i]);
            return YK_EXIT_USAGE;
        }
    }
    rc = cli_parse(n, argv, CLI_OPT_RUN, &o);
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
    f = cli_open_file(file);
    if (!f) {
        yk_game_free(g);
        return YK_EXIT_FAILED;
    }
    bad = yk_game_write(g, f) != YK_OK;
    yk_game_free(g);
    if (bad)
        fprintf(stderr, "yokushi ladder: writing %s failed\n", file);
    return cli_close_output(f, bad ? YK_EXIT_FAILED : YK_EXIT_OK);
}
