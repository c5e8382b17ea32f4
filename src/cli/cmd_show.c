/*
 * cmd_show.c - `yokushi show world|state ID|alliance ID`: the resolved
 * world as readable tables, so a user sees what their overrides did.
 */
#include <string.h>

#include "cli/cli.h"
#include "cli/ids.h"

static const char help[] =
    "usage: yokushi show world|state ID|alliance ID|rivalry ID [--scenario SCENARIO]\n"
    "                    [--format text|json|csv]\n\n"
    "Prints the resolved world of SCENARIO (a file or a built-in name;\n"
    "default world-2025): `world` as tables of states, forces, alliances,\n"
    "rivalries and events; `state ID` (e.g. JPN) and `alliance ID` (e.g.\n"
    "USA-JPN) and `rivalry ID` (e.g. CHN-USA, in alphabetical order) field by\n"
    "field, with units and each number's source or assumption. Values marked\n"
    "* are means of distributions. Ids match whatever their case (jpn).\n";

/* Writes what o asks for of s to out; an exit code. */
static int show(const cli_options *o, const yk_scenario *s, FILE *out)
{
    yk_run_meta meta = cli_meta(s, o);
    const yk_world *w = yk_scenario_world(s);
    char prefix[64];
    if (!strcmp(o->args[0], "world")) {
        yk_report_world(out, o->format, w, &meta);
    } else if (!strcmp(o->args[0], "state")) {
        const yk_state *st = cli_find_state("show", w, o->args[1], yk_scenario_name(s));
        if (!st)
            return YK_EXIT_USAGE;
        snprintf(prefix, sizeof prefix, "states.%s", st->id);
        yk_report_object(out, o->format, yk_schema_state(), st, prefix, w, &meta);
    } else if (!strcmp(o->args[0], "rivalry")) {
        const yk_rivalry *rv = cli_find_rivalry("show", w, o->args[1], yk_scenario_name(s));
        if (!rv)
            return YK_EXIT_USAGE;
        snprintf(prefix, sizeof prefix, "rivalries.%s", rv->id);
        yk_report_object(out, o->format, yk_schema_rivalry(), rv, prefix, w, &meta);
    } else {
        const yk_alliance *al = cli_find_alliance("show", w, o->args[1], yk_scenario_name(s));
        if (!al)
            return YK_EXIT_USAGE;
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
         strcmp(o.args[0], "alliance") && strcmp(o.args[0], "rivalry"))) {
        static const char *const what[] = {"world", "state", "alliance", "rivalry"};
        const char *near = o.n_args ? cli_suggest(o.args[0], what, 4) : NULL;
        if (near && strcmp(near, o.args[0]))
            fprintf(stderr, "yokushi show: did you mean \"%s\"?\n", near);
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
