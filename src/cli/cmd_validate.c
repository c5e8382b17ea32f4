/*
 * cmd_validate.c - `yokushi validate FILE...`: load each file as a
 * scenario or world and report every problem found.
 */
#include "cli/cli.h"

static const char help[] =
    "usage: yokushi validate FILE...\n\n"
    "Loads each scenario or world file (following extends:) and prints every\n"
    "problem as FILE:LINE:COL: dotted.path: message. Prints \"FILE: ok\" with\n"
    "the resolved scenario's SHA-256 for a valid file.\n"
    "Exit 0 when all are valid, 2 when any is not.\n";

int cmd_validate(int argc, char **argv)
{
    cli_options o;
    int i, rc = cli_parse(argc, argv, 0, &o), bad = 0;
    if (rc)
        return rc;
    if (o.help) {
        fputs(help, stdout);
        return YK_EXIT_OK;
    }
    if (!o.n_args) {
        fputs(help, stderr);
        return YK_EXIT_USAGE;
    }
    for (i = 0; i < o.n_args; i++) {
        yk_scenario *s = cli_load(o.args[i]);
        if (!s) {
            bad = 1;
            continue;
        }
        printf("%s: ok (%s %s, sha256 %s)\n", o.args[i], yk_scenario_kind(s),
               yk_scenario_name(s), yk_scenario_sha256(s));
        yk_scenario_free(s);
    }
    return bad ? YK_EXIT_USAGE : YK_EXIT_OK;
}
