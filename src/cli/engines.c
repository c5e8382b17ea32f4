/*
 * engines.c - every engine of the library's table as a subcommand:
 * `yokushi ENGINE SCENARIO` with the engine's options (from the table),
 * the common ones, its help and its document. The program names no
 * engine here; what it adds to one (crisis --export) is a row of extras.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/emit.h"
#include "cli/store.h"

#define MAX_ENGINES 32

static const cli_engine_extra extras[] = {
    {"crisis", " [--export FILE.efg]",
     "  --export FILE.efg        writes the game of the crisis at the means as a\n"
     "                           Gambit file (`yokushi solve` reads it); no run\n",
     cli_crisis_export},
    {"exchange", "",
     "  sspk                     the kill-probability calculator (yokushi exchange\n"
     "                           sspk --help); no run\n",
     cli_exchange_sspk},
    {"ladder", " [--export FILE.efg]",
     "  --export FILE.efg        writes the ladder game of the crisis at the means\n"
     "                           as a Gambit file (set a horizon of at most 8 under\n"
     "                           coefficients: {ladder: ...}); no run\n",
     cli_ladder_export},
};

static const cli_engine_extra *extra_of(const yk_engine *e)
{
    size_t i;
    for (i = 0; i < sizeof extras / sizeof extras[0]; i++)
        if (!strcmp(extras[i].engine, yk_engine_name(e)))
            return &extras[i];
    return NULL;
}

const char *const *cli_engine_names(void)
{
    static const char *names[MAX_ENGINES + 1];
    size_t i;
    for (i = 0; i < yk_engine_count() && i < MAX_ENGINES; i++)
        names[i] = yk_engine_name(yk_engine_at(i));
    names[i] = NULL;
    return names;
}

size_t cli_coefficient_specs(yk_coefficient_spec *buf, size_t cap)
{
    size_t len = 0, i, k;
    for (i = 0; i < yk_engine_count(); i++) {
        size_t n;
        const yk_coefficient_spec *specs = yk_engine_coefficients(yk_engine_at(i), &n);
        for (k = 0; k < n && len < cap; k++)
            buf[len++] = specs[k];
    }
    return len;
}

/* Appends one word to the usage lines, wrapping at 78 columns. */
static void usage_word(FILE *out, const char *word, size_t *col, size_t indent)
{
    size_t n = strlen(word);
    if (*col + n > 78) {
        fprintf(out, "\n%*s", (int)indent, "");
        *col = indent;
        while (*word == ' ') {
            word++;
            n--;
        }
    }
    fputs(word, out);
    *col += n;
}

static void help(const yk_engine *e, const cli_engine_extra *x)
{
    static const char *const common[] = {
        " [--replicates N]", " [--format text|json|jsonl|csv]", " [--seed N]",
        " [--threads N]", " [--out DIR]", " [--store FILE.db]"};
    char word[128];
    size_t i, col, indent;
    printf("usage: yokushi %s SCENARIO", yk_engine_name(e));
    indent = col = strlen("usage: yokushi  SCENARIO") + strlen(yk_engine_name(e)) -
                   strlen("SCENARIO");
    col = indent + strlen("SCENARIO");
    for (i = 0; i < yk_engine_option_count(e); i++) {
        const yk_engine_option *o = yk_engine_option_at(e, i);
        if (o->value)
            snprintf(word, sizeof word, " [--%s %s]", o->name, o->value);
        else
            snprintf(word, sizeof word, " [--%s]", o->name);
        usage_word(stdout, word, &col, indent);
    }
    if (x)
        usage_word(stdout, x->usage, &col, indent);
    for (i = 0; i < sizeof common / sizeof common[0]; i++)
        usage_word(stdout, common[i], &col, indent);
    printf("\n\n%s\n", yk_engine_description(e));
    printf("SCENARIO is a file or a built-in name (`yokushi scenarios`). Options:\n");
    for (i = 0; i < yk_engine_option_count(e); i++) {
        const yk_engine_option *o = yk_engine_option_at(e, i);
        snprintf(word, sizeof word, "--%s%s%s", o->name, o->value ? " " : "",
                 o->value ? o->value : "");
        printf("  %-24s %s\n", word, o->help);
    }
    printf("  %-24s %s\n", "--replicates N", "Monte Carlo replicates (default: run.replicates)");
    printf("  %-24s %s\n", "--format text|json|jsonl|csv",
           "the document's form (default: text; csv: the tidy table)");
    printf("  %-24s %s\n", "--seed N", "overrides the scenario's seed");
    printf("  %-24s %s\n", "--threads N", "0: all cores; never changes a result");
    printf("  %-24s %s\n", "--out DIR", "writes DIR/SCENARIO.txt|json|csv");
    printf("  %-24s %s\n", "--store FILE.db", "also records the run in a SQLite run store");
    if (x)
        printf("%s", x->help);
    printf("JSON: docs/CLI.md. Exit codes: 0 done, 1 the run failed or was interrupted,\n"
           "2 bad input.\n");
}

void cli_set_run_options(yk_run_options *ro, const cli_options *o)
{
    char num[32];
    /* cli_parse checked these with the same rules: setting them cannot
     * fail. */
    if (o->has_seed) {
        snprintf(num, sizeof num, "%llu", (unsigned long long)o->seed);
        yk_run_options_set(ro, "seed", num, NULL);
    }
    snprintf(num, sizeof num, "%d", o->threads);
    yk_run_options_set(ro, "threads", num, NULL);
    if (o->replicates) {
        snprintf(num, sizeof num, "%lld", (long long)o->replicates);
        yk_run_options_set(ro, "replicates", num, NULL);
    }
    yk_run_options_stop(ro, &cli_interrupted);
    cli_mpi_options(ro);
}

int cli_run_error(const char *cmd, const char *scenario, const yk_error *err)
{
    char line[YK_ERROR_FILE_MAX + YK_ERROR_PATH_MAX + YK_ERROR_MSG_MAX + 64];
    yk_error_format(err, line, sizeof line);
    fprintf(stderr, "yokushi %s: %s: %s\n", cmd, scenario, line);
    /* Bad input is exit 2 wherever it is found: a --set or --params path
     * is checked when the point's scenario is built, inside the run. */
    switch (err->status) {
    case YK_E_ARG:
    case YK_E_RANGE:
    case YK_E_NOTFOUND:
    case YK_E_PARSE:
    case YK_E_SCHEMA:
    case YK_E_REF:
    case YK_E_CYCLE:
    case YK_E_LIMIT:
        return YK_EXIT_USAGE;
    default:
        return YK_EXIT_FAILED;
    }
}

int cli_take_engine_options(const char *cmd, const yk_engine *e, int argc, char **argv,
                            yk_run_options *ro)
{
    int i, n = 1;
    for (i = 1; i < argc; i++) {
        char name[64];
        const char *a = argv[i], *eq, *value = NULL;
        const yk_engine_option *opt;
        size_t len;
        yk_error err;
        if (strncmp(a, "--", 2)) {
            argv[n++] = argv[i];
            continue;
        }
        eq = strchr(a + 2, '=');
        len = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
        if (len >= sizeof name) {
            argv[n++] = argv[i];
            continue;
        }
        memcpy(name, a + 2, len);
        name[len] = '\0';
        opt = yk_engine_option_find(e, name);
        if (!opt) {
            argv[n++] = argv[i];
            continue;
        }
        if (eq)
            value = eq + 1;
        else if (opt->value && i + 1 < argc)
            value = argv[++i];
        else if (opt->value) {
            fprintf(stderr, "yokushi %s: --%s needs a value (%s)\n", cmd, name, opt->value);
            return -1;
        }
        memset(&err, 0, sizeof err);
        if (yk_run_options_set(ro, name, value, &err)) {
            fprintf(stderr, "yokushi %s: --%s %s\n(see `yokushi %s --help`)\n", cmd, name,
                    err.message, cmd);
            return -1;
        }
    }
    return n;
}

/* The run's per-draw rows to the file its options named, written whole
 * or not at all (as --export is). */
static int write_draws(const char *cmd, const yk_engine_result *r)
{
    const char *file = yk_engine_result_draws_file(r);
    FILE *f = cli_open_file(file);
    int code = YK_EXIT_OK;
    if (!f)
        return YK_EXIT_FAILED;
    if (yk_engine_result_write_draws(r, f)) {
        fprintf(stderr, "yokushi %s: writing %s failed\n", cmd, file);
        code = YK_EXIT_FAILED;
    }
    return cli_close_output(f, code);
}

/* The result's document to o's output (jsonl: on one line). */
static int write_result(const char *cmd, const yk_engine_result *r, const cli_options *o,
                        FILE *out)
{
    cli_emit_state st = {false, false, 0};
    char *buf;
    size_t len;
    FILE *doc = cli_doc_open(&buf, &len);
    int code = YK_EXIT_OK;
    if (!doc)
        return YK_EXIT_FAILED;
    if (yk_engine_result_write(r, o->format, doc) || fclose(doc) != 0) {
        fprintf(stderr, "yokushi %s: writing the result failed\n", cmd);
        code = YK_EXIT_FAILED;
    } else {
        cli_emit(out, buf, len, o, &st);
    }
    free(buf);
    return code;
}

/* Runs e on s and writes its document to o's output. */
static int run_and_write(const yk_engine *e, const yk_scenario *s, const cli_options *o,
                         yk_run_options *ro)
{
    const char *cmd = yk_engine_name(e);
    yk_engine_result *r = NULL;
    yk_error err;
    yk_status st;
    int64_t store_id;
    FILE *out;
    int code = YK_EXIT_OK;

    /* Refused before anything runs or is written. */
    if (!yk_engine_has_format(e, ro, o->format)) {
        fprintf(stderr, "yokushi %s: this run's result has no %s form (text or json)\n",
                cmd, o->format == YK_FORMAT_CSV ? "csv" : "such");
        return YK_EXIT_USAGE;
    }
    /* Long runs on a terminal show a bar (progress.c). */
    cli_progress_attach(ro, cmd);
    memset(&err, 0, sizeof err);
    store_id = cli_store_begin(o, s, cmd);
    if (store_id < 0)
        return YK_EXIT_FAILED;
    st = yk_engine_run(e, s, ro, &r, &err);
    cli_progress_clear();
    if (st)
        return cli_run_error(cmd, yk_scenario_name(s), &err);
    out = cli_open_output(o, s, cmd, yk_engine_kind(e, ro));
    if (!out) {
        code = YK_EXIT_FAILED;
    } else {
        code = write_result(cmd, r, o, out);
        code = cli_close_output(out, code);
    }
    if (!code && store_id > 0)
        code = cli_store_finish(store_id, r) ? YK_EXIT_FAILED : YK_EXIT_OK;
    if (!code && yk_engine_result_draws_file(r))
        code = write_draws(cmd, r);
    yk_engine_result_free(r);
    return code;
}

/* e's options as "--NAME", for the did-you-mean of a misspelt one. */
static void engine_option_names(const yk_engine *e, const cli_engine_extra *x)
{
    static char names[MAX_ENGINES][64];
    static const char *ptrs[MAX_ENGINES + 1];
    size_t i, n = 0;
    for (i = 0; i < yk_engine_option_count(e) && n < MAX_ENGINES; i++, n++) {
        snprintf(names[n], sizeof names[n], "--%s", yk_engine_option_at(e, i)->name);
        ptrs[n] = names[n];
    }
    /* the program's own (" [--export FILE.efg]") */
    if (x && strstr(x->usage, "--") && n < MAX_ENGINES) {
        const char *from = strstr(x->usage, "--");
        snprintf(names[n], sizeof names[n], "%.*s", (int)strcspn(from, " ]"), from);
        ptrs[n] = names[n];
        n++;
    }
    cli_parse_extra_options(ptrs, n);
}

int cli_engine_command(const yk_engine *e, int argc, char **argv)
{
    const cli_engine_extra *x = extra_of(e);
    yk_run_options *ro;
    yk_scenario *s;
    cli_options o;
    int rc;

    if (x && x->run) {
        rc = x->run(e, argc, argv);
        if (rc >= 0)
            return rc;
    }
    ro = yk_run_options_new();
    if (!ro) {
        fprintf(stderr, "yokushi %s: out of memory\n", yk_engine_name(e));
        return YK_EXIT_FAILED;
    }
    argc = cli_take_engine_options(yk_engine_name(e), e, argc, argv, ro);
    engine_option_names(e, x);
    rc = argc < 0 ? YK_EXIT_USAGE : cli_parse(argc, argv, CLI_OPT_RUN, &o);
    if (!rc && o.help) {
        help(e, x);
    } else if (!rc && !(rc = cli_one_scenario(yk_engine_name(e), &o, &s))) {
        cli_set_run_options(ro, &o);
        rc = run_and_write(e, s, &o, ro);
        yk_scenario_free(s);
    }
    yk_run_options_free(ro);
    return rc;
}
