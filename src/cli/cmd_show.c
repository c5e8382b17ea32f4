/*
 * cmd_show.c - `yokushi show world|state ID|alliance ID`: the resolved
 * world as readable tables, so a user sees what their overrides did.
 */
#include <string.h>

#include "cli/cli.h"

static const char help[] =
    "usage: yokushi show world|state ID|alliance ID [--scenario SCENARIO]\n"
    "                    [--format text|json|csv]\n\n"
    "Prints the resolved world of SCENARIO (a file or a built-in name;\n"
    "default world-2025): `world` as tables of states, forces, alliances,\n"
    "rivalries and events; `state ID` (e.g. JPN) and `alliance ID` (e.g.\n"
    "USA-JPN) field by field, with units and each number's source or\n"
    "assumption. Values marked * are means of distributions.\n";

/* Writes what o asks for of s to out; an exit code. */
static int show(const cli_options *o, const yk_scenario *s, FILE *out)
{
    yk_run_meta meta = cli_meta(s, o);
    const yk_world *w = yk_scenario_world(s);
    char prefix[64];
    if (!strcmp(o->args[0], "world")) {
        yk_report_world(out, o->format, w, &meta);
    } else if (!strcmp(o->args[0], "state")) {
        const yk_state *st = yk_world_state(w, o->args[1]);
        if (!st) {
            fprintf(stderr, "yokushi show: no state \"%s\" in %s\n", o->args[1],
                    yk_scenario_name(s));
            return YK_EXIT_USAGE;
        }
        snprintf(prefix, sizeof prefix, "states.%s", st->id);
        yk_report_object(out, o->format, yk_schema_state(), st, prefix, w, &meta);
    } else {
        const yk_alliance *al = yk_world_alliance(w, o->args[1]);
        if (!al) {
            fprintf(stderr, "yokushi show: no alliance \"%s\" in %s (ids are PATRON-ALLY)\n",
                    o->args[1], yk_scenario_name(s));
            return YK_EXIT_USAGE;
        }
        snprintf(prefix, sizeof prefix, "alliances.%s", al->id);
        yk_report_object(out, o->format, yk_schema_alliance(), al, prefix, w, &meta);
    }
    return YK_EXIT_OK;
}

int cmd_show(int argc, char **argv)
{
    cli_options o;
    yk_scenario *s;
    FILE *out;
    int code, rc = cli_parse(argc, argv, CLI_OPT_FORMAT | CLI_OPT_SCENARIO, &o);
    if (rc)
        return rc;
    if (o.help) {
        fputs(help, stdout);
        return YK_EXIT_OK;
    }
    if (!o.n_args || !(!strcmp(o.args[0], "world") ? o.n_args == 1 : o.n_args == 2) ||
        (strcmp(o.args[0], "world") && strcmp(o.args[0], "state") &&
         strcmp(o.args[0], "alliance"))) {
        fputs(help, stderr);
        return YK_EXIT_USAGE;
    }
    s = cli_load(o.scenario ? o.scenario : "world-2025");
    if (!s)
        return YK_EXIT_USAGE;
    /* The document goes out whole, its writes checked (output.h). */
    out = cli_open_stdout();
    code = out ? cli_close_output(out, show(&o, s, out)) : YK_EXIT_FAILED;
    yk_scenario_free(s);
    return code;
}
