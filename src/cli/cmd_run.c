/*
 * cmd_run.c - `yokushi run [SCENARIO...]`: resolve each scenario and run
 * the engines its run: section names, found in the library's engine
 * table. A scenario that names no engine gets the resolved world's
 * summary.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/emit.h"
#include "cli/store.h"

static const char help[] =
    "usage: yokushi run [SCENARIO...] [--format text|json|jsonl|csv] [--seed N]\n"
    "                   [--threads N] [--replicates N] [--out DIR] [--store FILE.db]\n\n"
    "SCENARIO is a file path or a built-in name (`yokushi scenarios`); with\n"
    "none, every built-in scenario runs. Each output carries the scenario's\n"
    "SHA-256, the seed and the version. --seed overrides the scenario's seed;\n"
    "--threads (0: all cores) never changes a result; --replicates overrides\n"
    "run.replicates; --out DIR writes DIR/NAME.run.txt|json|csv and\n"
    "DIR/manifest.json instead of standard output. CSV is one tidy long table\n"
    "(one header for every engine and scenario); several scenarios' JSON on\n"
    "standard output is one array, jsonl one document a line. --store FILE.db\n"
    "also records each engine run in a SQLite run store (`yokushi runs`).\n"
    "Ctrl-C stops a long run cleanly (exit 1) and writes nothing of it.\n";

/* Runs one engine on s and writes it: JSON members into j, else the
 * engine's document to out. */
static int run_engine(const yk_engine *e, const yk_scenario *s, const cli_options *o,
                      FILE *out, yk_json *j)
{
    yk_run_options *ro = yk_run_options_new();
    yk_engine_result *r = NULL;
    yk_error err;
    yk_status st;
    int64_t store_id;
    int code = YK_EXIT_OK;
    if (!ro) {
        fprintf(stderr, "yokushi run: out of memory\n");
        return YK_EXIT_FAILED;
    }
    cli_set_run_options(ro, o);
    cli_progress_attach(ro, yk_engine_name(e));
    memset(&err, 0, sizeof err);
    store_id = cli_store_begin(o, s, yk_engine_name(e));
    st = store_id < 0 ? YK_E_IO : yk_engine_run(e, s, ro, &r, &err);
    cli_progress_clear();
    yk_run_options_free(ro);
    if (store_id < 0)
        return YK_EXIT_FAILED;
    if (st)
        return cli_run_error(yk_engine_name(e), yk_scenario_name(s), &err);
    st = j ? yk_engine_result_json(r, j) : yk_engine_result_write(r, o->format, out);
    if (!st && store_id > 0 && cli_store_finish(store_id, r))
        code = YK_EXIT_FAILED;
    yk_engine_result_free(r);
    if (st) {
        fprintf(stderr, "yokushi run: writing the %s result failed\n", yk_engine_name(e));
        return YK_EXIT_FAILED;
    }
    return code;
}

/* The scenario's document (the world summary, or each engine's result
 * under one JSON envelope / one after another) into doc. */
static int run_scenario(yk_scenario *s, const cli_options *o, FILE *doc)
{
    const yk_run_config *rc = yk_scenario_run(s);
    yk_run_meta meta = cli_meta(s, o);
    cli_emit_state local = {false, false, 0};
    size_t i;
    int code = YK_EXIT_OK;
    yk_json j;

    if (!rc->n_engines) {
        yk_report_world_summary(doc, o->format, yk_scenario_world(s), &meta);
        return code;
    }
    if (o->format == YK_FORMAT_JSON) {
        yk_json_init(&j, doc);
        yk_report_envelope_begin(&j, &meta);
    }
    for (i = 0; i < rc->n_engines && code == YK_EXIT_OK; i++) {
        const yk_engine *e = yk_engine_find(rc->engines[i]);
        char *buf;
        size_t len;
        FILE *one;
        if (cli_interrupted) {
            code = YK_EXIT_FAILED;
            break;
        }
        /* Validation checked the names against the table. */
        if (!e)
            continue;
        if (o->format == YK_FORMAT_JSON) {
            code = run_engine(e, s, o, doc, &j);
            continue;
        }
        /* Each engine's CSV has its header: one stays (emit.c). */
        one = cli_doc_open(&buf, &len);
        if (!one)
            return YK_EXIT_FAILED;
        code = run_engine(e, s, o, one, NULL);
        fclose(one);
        if (!code)
            cli_emit(doc, buf, len, o, &local);
        free(buf);
    }
    if (o->format == YK_FORMAT_JSON) {
        yk_json_object_end(&j);
        yk_json_object_end(&j);
        yk_json_finish(&j);
    }
    return code;
}

/* How the documents of this command share standard output. */
static cli_emit_state stdout_state;

static int run_one(const char *spec, const cli_options *o, int *first)
{
    yk_scenario *s = cli_load(spec);
    FILE *out, *doc;
    char *buf;
    size_t len;
    int code;

    if (!s)
        return YK_EXIT_USAGE;
    doc = cli_doc_open(&buf, &len);
    out = doc ? cli_open_output(o, s, "run", NULL) : NULL;
    if (!out) {
        if (doc)
            fclose(doc);
        free(buf);
        yk_scenario_free(s);
        return YK_EXIT_FAILED;
    }
    if (o->format == YK_FORMAT_TEXT && !o->out_dir && !*first)
        fputc('\n', out);
    *first = 0;
    code = run_scenario(s, o, doc);
    if (fclose(doc) != 0 && !code)
        code = YK_EXIT_FAILED;
    if (!code) {
        cli_emit_state file = {false, false, 0};
        cli_emit(out, buf, len, o, o->out_dir ? &file : &stdout_state);
    }
    free(buf);
    code = cli_close_output(out, code);
    yk_scenario_free(s);
    return code;
}

/* The closing bracket of the JSON array on standard output. */
static int end_stdout(const cli_options *o, int code)
{
    FILE *out;
    int rc;
    if (o->out_dir || !stdout_state.array || !stdout_state.documents)
        return code;
    out = cli_open_stdout();
    if (!out)
        return YK_EXIT_FAILED;
    cli_emit_end(out, &stdout_state);
    rc = cli_close_output(out, YK_EXIT_OK);
    return rc > code ? rc : code;
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
    /* Several documents on standard output: one JSON array. */
    stdout_state.array = !o.jsonl && o.n_args != 1;
    if (o.n_args) {
        for (i = 0; i < o.n_args; i++) {
            int c = run_one(o.args[i], &o, &first);
            if (c > code)
                code = c;
        }
        return end_stdout(&o, code);
    }
    for (i = 0; i < (int)yk_builtin_count(); i++) {
        int c;
        if (strcmp(yk_builtin_kind((size_t)i), "scenario"))
            continue;
        c = run_one(yk_builtin_name((size_t)i), &o, &first);
        if (c > code)
            code = c;
    }
    return end_stdout(&o, code);
}
