/*
 * cmd_compare.c - `yokushi compare A B [--engine E]`: one engine on two
 * scenarios with common random numbers, each measure's paired difference
 * A - B with its interval (compare.h; docs/CLI.md "compare").
 */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/emit.h"
#include "cli/ids.h"
#include "core/numtext.h"
#include "yokushi/compare.h"

static const char help[] =
    "usage: yokushi compare A B [--engine E] [--batches K] [--measure M] [--id ID]\n"
    "                       [--year Y] [ENGINE OPTIONS] [--replicates N] [--seed N]\n"
    "                       [--threads N] [--format text|json|jsonl|csv]\n\n"
    "Runs engine E (default: the first engine A's run: section names) on\n"
    "scenarios A and B with the same seed and replicates, cut into K paired\n"
    "batches (default 20; batch k uses seed + k), and reports for every measure\n"
    "A's and B's means and the difference A - B with its 95% interval from the\n"
    "paired batches (common random numbers: both worlds see the same draws), and\n"
    "the wider interval the same batches give were the runs independent.\n"
    "--measure, --id and --year keep only those rows. The engine's own options\n"
    "(`yokushi E --help`) apply to both runs.\n";

/* The engine: --engine's, else the first A's run names. */
static const yk_engine *pick_engine(const char *name, const yk_scenario *a)
{
    const yk_engine *e;
    if (name) {
        const char *names[64];
        size_t i, n = 0;
        e = yk_engine_find(name);
        if (e)
            return e;
        for (i = 0; i < yk_engine_count() && n < 64; i++)
            names[n++] = yk_engine_name(yk_engine_at(i));
        {
            const char *near = cli_suggest(name, names, n);
            fprintf(stderr, "yokushi compare: no engine named \"%s\"%s%s%s\n", name,
                    near ? "; did you mean \"" : "", near ? near : "", near ? "\"?" : "");
        }
        return NULL;
    }
    if (yk_scenario_run(a)->n_engines && (e = yk_engine_find(yk_scenario_run(a)->engines[0])))
        return e;
    fprintf(stderr, "yokushi compare: %s names no engine in its run: section; give --engine\n",
            yk_scenario_name(a));
    return NULL;
}

/* Takes compare's own options out of argv. -1 after a usage error. */
static int take_own(int argc, char **argv, const char **engine, int *batches,
                    const char **measure, const char **id, int *year)
{
    int i, n = 1;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = !strcmp(a, "--engine")    ? engine
                            : !strcmp(a, "--measure") ? measure
                            : !strcmp(a, "--id")      ? id
                            : NULL;
        uint64_t u;
        if (slot || !strcmp(a, "--batches") || !strcmp(a, "--year")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "yokushi compare: %s needs a value\n", a);
                return -1;
            }
            if (slot) {
                *slot = argv[++i];
            } else if (!strcmp(a, "--batches")) {
                if (!yk_parse_u64(argv[++i], YK_COMPARE_MAX_BATCHES, &u) || u < 2) {
                    fprintf(stderr, "yokushi compare: --batches takes 2 to %d\n",
                            YK_COMPARE_MAX_BATCHES);
                    return -1;
                }
                *batches = (int)u;
            } else {
                if (!yk_parse_u64(argv[++i], 2200, &u) || u == 0) {
                    fprintf(stderr, "yokushi compare: --year takes a year 1..2200\n");
                    return -1;
                }
                *year = (int)u;
            }
        } else {
            argv[n++] = argv[i];
        }
    }
    return n;
}

static int write_doc(const yk_compare *c, const cli_options *o)
{
    cli_emit_state st = {false, false, 0};
    char *buf;
    size_t len;
    FILE *doc = cli_doc_open(&buf, &len), *out;
    int code = YK_EXIT_OK;
    if (!doc)
        return YK_EXIT_FAILED;
    if (yk_compare_write(c, o->format, doc) || fclose(doc) != 0) {
        fprintf(stderr, "yokushi compare: writing the result failed\n");
        free(buf);
        return YK_EXIT_FAILED;
    }
    out = cli_open_stdout();
    if (!out)
        code = YK_EXIT_FAILED;
    else
        cli_emit(out, buf, len, o, &st);
    free(buf);
    return out ? cli_close_output(out, code) : code;
}

/* The row id the user meant (case, typos, a pair the wrong way round),
 * among the rows' ids; NULL after printing why. */
static const char *resolve_row_id(const yk_compare *c, const char *id)
{
    size_t i, k, n = 0, total = yk_compare_count(c);
    const char **ids = malloc((total + 1) * sizeof *ids);
    const char *hit;
    if (!ids)
        return NULL;
    for (i = 0; i < total; i++) {
        const char *x = yk_compare_at(c, i)->id;
        for (k = 0; k < n && strcmp(ids[k], x); k++)
            ;
        if (k == n && *x)
            ids[n++] = x;
    }
    hit = cli_resolve_id("compare", "id", id, ids, n, "the rows");
    free(ids);
    return hit;
}

/* Splits argv at the engine's options once the engine is known: the
 * scenarios must load first when --engine is not given. */
int cmd_compare(int argc, char **argv)
{
    const char *engine = NULL, *measure = NULL, *id = NULL;
    char first_engine[64];
    int batches = 0, year = 0, rc, i;
    yk_run_options *ro = NULL;
    yk_scenario *s[2] = {NULL, NULL};
    const yk_engine *e = NULL;
    yk_compare *c = NULL;
    cli_options o;
    yk_error err;

    argc = take_own(argc, argv, &engine, &batches, &measure, &id, &year);
    if (argc < 0)
        return YK_EXIT_USAGE;
    ro = yk_run_options_new();
    if (!ro) {
        fprintf(stderr, "yokushi compare: out of memory\n");
        return YK_EXIT_FAILED;
    }
    /* The engine's options are known once the engine is: by name, or from
     * the first scenario (the first word that loads as one). */
    for (i = 1; !engine && i < argc; i++) {
        if (argv[i][0] == '-' || !(s[0] = cli_load_quiet(argv[i])))
            continue;
        /* a copy: the name lives in the scenario freed here */
        snprintf(first_engine, sizeof first_engine, "%s",
                 yk_scenario_run(s[0])->n_engines ? yk_scenario_run(s[0])->engines[0] : "");
        engine = first_engine;
        yk_scenario_free(s[0]);
        s[0] = NULL;
    }
    if (engine && !*engine)
        engine = NULL;
    if (engine && !(e = pick_engine(engine, NULL))) {
        yk_run_options_free(ro);
        return YK_EXIT_USAGE;
    }
    if (e)
        argc = cli_take_engine_options("compare", e, argc, argv, ro);
    rc = argc < 0 ? YK_EXIT_USAGE : cli_parse(argc, argv, CLI_OPT_RUN & ~CLI_OPT_OUT & ~CLI_OPT_STORE, &o);
    if (!rc && o.help) {
        fputs(help, stdout);
        yk_run_options_free(ro);
        return YK_EXIT_OK;
    }
    if (!rc && o.n_args != 2) {
        fprintf(stderr, "yokushi compare: give two scenarios\n(see `yokushi compare --help`)\n");
        rc = YK_EXIT_USAGE;
    }
    cli_install_interrupt();
    for (i = 0; !rc && i < 2; i++)
        if (!(s[i] = cli_load(o.args[i])))
            rc = YK_EXIT_USAGE;
    if (!rc && !e && !(e = pick_engine(NULL, s[0])))
        rc = YK_EXIT_USAGE;
    if (!rc) {
        cli_set_run_options(ro, &o);
        cli_progress_attach(ro, "compare");
        memset(&err, 0, sizeof err);
        if (yk_compare_run(e, s[0], s[1], ro, batches, &c, &err)) {
            cli_progress_clear();
            rc = cli_run_error("compare", yk_scenario_name(s[0]), &err);
        } else {
            cli_progress_clear();
            if (id && !(id = resolve_row_id(c, id))) {
                rc = YK_EXIT_USAGE;
            } else if ((measure || id || year) && !yk_compare_keep(c, measure, id, year)) {
                fprintf(stderr, "yokushi compare: no row has%s%s%s%s%s\n",
                        measure ? " measure " : "", measure ? measure : "", id ? " id " : "",
                        id ? id : "", year ? " and that year" : "");
                rc = YK_EXIT_USAGE;
            } else {
                rc = write_doc(c, &o);
            }
        }
    }
    yk_compare_free(c);
    yk_scenario_free(s[0]);
    yk_scenario_free(s[1]);
    yk_run_options_free(ro);
    return rc;
}
