/*
 * cmd_scenarios.c - `yokushi scenarios`: the built-in worlds and
 * scenarios, one line each.
 */
#include "cli/cli.h"

static const char help[] =
    "usage: yokushi scenarios [--format text|json|csv]\n\n"
    "Lists the built-in worlds and scenarios (embedded in the binary), with\n"
    "the first line of each description. Use a name with `yokushi run NAME`,\n"
    "`yokushi show world --scenario NAME` or `extends: NAME` in a file.\n";

/* The first line of a description, at most 100 characters; a line cut
 * short ends in "..." at a word boundary, so a cut is never mistaken for
 * the text (and never splits a UTF-8 character). */
static void first_line(const char *d, char *buf, size_t size)
{
    size_t n = 0, cut;
    while (d[n] && d[n] != '\n' && n + 4 < size && n < 100)
        n++;
    if (!d[n] || d[n] == '\n') {
        snprintf(buf, size, "%.*s", (int)n, d);
        return;
    }
    for (cut = n; cut > 0 && d[cut] != ' '; cut--)
        ;
    if (!cut)
        for (cut = n; cut > 0 && ((unsigned char)d[cut] & 0xC0) == 0x80; cut--)
            ;
    snprintf(buf, size, "%.*s...", (int)cut, d);
}

int cmd_scenarios(int argc, char **argv)
{
    cli_options o;
    yk_json j;
    FILE *out;
    size_t i;
    int rc = cli_parse(argc, argv, CLI_OPT_FORMAT, &o);
    if (rc)
        return rc;
    if (o.help || o.n_args) {
        fputs(help, o.help ? stdout : stderr);
        return o.help ? YK_EXIT_OK : YK_EXIT_USAGE;
    }
    /* The list goes out whole, its writes checked (output.h). */
    out = cli_open_stdout();
    if (!out)
        return YK_EXIT_FAILED;
    if (o.format == YK_FORMAT_JSON) {
        yk_json_init(&j, out);
        yk_json_array_begin(&j, NULL);
    } else if (o.format == YK_FORMAT_CSV) {
        fputs("name,kind,scenario_sha256,description\n", out);
    }
    for (i = 0; i < yk_builtin_count(); i++) {
        char line[128];
        yk_scenario *s = cli_load(yk_builtin_name(i));
        if (!s)
            return cli_close_output(out, YK_EXIT_FAILED);
        first_line(yk_scenario_description(s), line, sizeof line);
        if (o.format == YK_FORMAT_JSON) {
            yk_json_object_begin(&j, NULL);
            yk_json_string(&j, "name", yk_builtin_name(i));
            yk_json_string(&j, "kind", yk_builtin_kind(i));
            yk_json_string(&j, "scenario_sha256", yk_scenario_sha256(s));
            yk_json_string(&j, "description", yk_scenario_description(s));
            yk_json_object_end(&j);
        } else if (o.format == YK_FORMAT_CSV) {
            yk_csv_field(out, yk_builtin_name(i), false);
            yk_csv_field(out, yk_builtin_kind(i), false);
            yk_csv_field(out, yk_scenario_sha256(s), false);
            yk_csv_field(out, yk_scenario_description(s), true);
        } else {
            fprintf(out, "%-24s %-9s %s\n", yk_builtin_name(i), yk_builtin_kind(i), line);
        }
        yk_scenario_free(s);
    }
    if (o.format == YK_FORMAT_JSON) {
        yk_json_array_end(&j);
        yk_json_finish(&j);
    }
    return cli_close_output(out, YK_EXIT_OK);
}
