/*
 * cmd_run.c - `yokushi run [SCENARIO...]`: resolve each scenario and run
 * the engines its run: section names, found in the library's engine
 * table. A scenario that names no engine gets the resolved world's
 * summary.
 */
#include <string.h>

#include "cli/cli.h"

static const char help[] =
    "usage: yokushi run [SCENARIO...] [--format text|json|csv] [--seed N]\n"
    "                   [--threads N] [--replicates N] [--out DIR]\n\n"
    "SCENARIO is a file path or a built-in name (`yokushi scenarios`); with\n"
    "none, every built-in scenario runs. Each output carries the scenario's\n"
    "SHA-256, the seed and the version. --seed overrides the scenario's seed;\n"
    "--threads (0: all cores) never changes a result; --replicates overrides\n"
    "run.replicates; --out DIR writes DIR/NAME.run.txt|json|csv and\n"
    "DIR/manifest.json instead of standard output. Ctrl-C stops a long\n"
    "run cleanly (exit 1) and writes nothing of it.\n";

/* Runs one engine on s and writes it: JSON members into j, else the
 * engine's document to out. */
static int run_engine(const yk_engine *e, const yk_scenario *s, const cli_options *o,
                      FILE *out, yk_json *j)
{
    yk_run_options *ro = yk_run_options_new();
    yk_engine_result *r = NULL;
    yk_error err;
    yk_status st;
    if (!ro) {
        fprintf(stderr, "yokushi run: out of memory\n");
        return YK_EXIT_FAILED;
    }
    cli_set_run_options(ro, o);
    memset(&err, 0, sizeof err);
    st = yk_engine_run(e, s, ro, &r, &err);
    yk_run_options_free(ro);
    if (st)
        return cli_run_error(yk_engine_name(e), yk_scenario_name(s), &err);
    st = j ? yk_engine_result_json(r, j) : yk_engine_result_write(r, o->format, out);
    yk_engine_result_free(r);
    if (st) {
        fprintf(stderr, "yokushi run: writing the %s result failed\n", yk_engine_name(e));
        return YK_EXIT_FAILED;
    }
    return YK_EXIT_OK;
}

static int run_one(const char *spec, const cli_options *o, int *first)
{
    yk_scenario *s = cli_load(spec);
    const yk_run_config *rc;
    yk_run_meta meta;
    FILE *out;
    size_t i;
    int code = YK_EXIT_OK;

    if (!s)
        return YK_EXIT_USAGE;
    meta = cli_meta(s, o);
    rc = yk_scenario_run(s);
    out = cli_open_output(o, s, "run", NULL);
    if (!out) {
        yk_scenario_free(s);
        return YK_EXIT_FAILED;
    }
    if (o->format == YK_FORMAT_TEXT && !o->out_dir && !*first)
        fputc('\n', out);
    *first = 0;
    if (!rc->n_engines) {
        yk_report_world_summary(out, o->format, yk_scenario_world(s), &meta);
    } else {
        yk_json j;
        if (o->format == YK_FORMAT_JSON) {
            yk_json_init(&j, out);
            yk_report_envelope_begin(&j, &meta);
        }
        for (i = 0; i < rc->n_engines && code == YK_EXIT_OK; i++) {
            const yk_engine *e = yk_engine_find(rc->engines[i]);
            if (cli_interrupted) {
                code = YK_EXIT_FAILED;
                break;
            }
            /* Validation checked the names against the table. */
            if (e)
                code = run_engine(e, s, o, out, o->format == YK_FORMAT_JSON ? &j : NULL);
        }
        if (o->format == YK_FORMAT_JSON) {
            yk_json_object_end(&j);
            yk_json_object_end(&j);
            yk_json_finish(&j);
        }
    }
    code = cli_close_output(out, code);
    yk_scenario_free(s);
    return code;
}

int cmd_run(int argc, char **argv)
{
    cli_options o;
    int i, code = YK_EXIT_OK, first = 1;
    int rc = cli_parse(argc, argv, CLI_OPT_RUN, &o);
    if (rc)
        return rc;
    if (o.help) {
        fputs(help, stdout);
        return YK_EXIT_OK;
    }
    cli_install_interrupt();
    rc = cli_plan_outputs(&o, o.args, o.n_args, "run");
    if (rc)
        return rc;
    if (o.n_args) {
        for (i = 0; i < o.n_args; i++) {
            int c = run_one(o.args[i], &o, &first);
            if (c > code)
                code = c;
        }
        return code;
    }
    for (i = 0; i < (int)yk_builtin_count(); i++) {
        int c;
        if (strcmp(yk_builtin_kind((size_t)i), "scenario"))
            continue;
        c = run_one(yk_builtin_name((size_t)i), &o, &first);
        if (c > code)
            code = c;
    }
    return code;
}
