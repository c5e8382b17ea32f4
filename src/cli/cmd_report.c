/*
 * cmd_report.c - `yokushi report SCENARIO... -o FILE.html`: runs each
 * scenario's engines (and a crisis sweep when asked) and writes one
 * self-contained HTML page of them (report_html.h builds it in memory);
 * with --charts DIR, every chart also as DIR/SCENARIO.ENGINE.N-NAME.svg.
 * Both go through the atomic writers: all of them or none.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"

static const char help[] =
    "usage: yokushi report [SCENARIO...] -o FILE.html [--charts DIR]\n"
    "                      [--vary NAME=LO:HI:STEPS [--crisis NAME]]\n"
    "                      [--add 'ENGINE [OPTIONS]']...\n"
    "                      [--seed N] [--threads N] [--replicates N]\n\n"
    "Runs the engines each SCENARIO names in run.engines (none given: every\n"
    "built-in scenario) and writes one self-contained HTML page: per scenario\n"
    "its identity (SHA-256, seed, version, this command), per engine result\n"
    "the headline numbers, charts (inline SVG), the full output with the why\n"
    "lines, then the inputs with their sources and assumptions. The page has\n"
    "no script, font or URL, opens offline, prints, and has the same bytes\n"
    "for the same inputs.\n"
    "  -o, --output FILE.html  the page (required)\n"
    "  --charts DIR            also each chart as DIR/SCENARIO.ENGINE.N-NAME.svg\n"
    "  --vary NAME=LO:HI:STEPS also sweep a crisis input where the crisis engine\n"
    "                          runs: curves with the crossing points marked\n"
    "  --crisis NAME           the crisis --vary sweeps (default: the first)\n"
    "  --add 'ENGINE OPTIONS'  also run ENGINE with its options and --replicates\n"
    "                          or --seed (words split at spaces) on every\n"
    "                          scenario, e.g. --add 'sensitivity\n"
    "                          --measure p_attack --samples 64' (a tornado chart)\n"
    "                          or --add 'sweep --set kappa=0:1:5'; up to 8\n"
    "--seed, --threads and --replicates as for `yokushi run`.\n";

#define MAX_ADDS 8

typedef struct report_args {
    const char *output, *charts, *vary, *crisis;
    const char *add[MAX_ADDS]; /* --add: "ENGINE OPTIONS..." */
    int n_add;
} report_args;

/* Takes report's own options out of argv (into a), leaving the common
 * ones and the scenarios in rest for cli_parse. */
static int split_args(int argc, char **argv, report_args *a, char **rest, int *n_rest)
{
    static const struct {
        const char *name;
        size_t off;
    } own[] = {
        {"-o", offsetof(report_args, output)},
        {"--output", offsetof(report_args, output)},
        {"--charts", offsetof(report_args, charts)},
        {"--vary", offsetof(report_args, vary)},
        {"--crisis", offsetof(report_args, crisis)},
    };
    int i;
    size_t k;
    memset(a, 0, sizeof *a);
    *n_rest = 0;
    rest[(*n_rest)++] = argv[0];
    for (i = 1; i < argc; i++) {
        for (k = 0; k < sizeof own / sizeof own[0]; k++) {
            size_t n = strlen(own[k].name);
            if (!strncmp(argv[i], own[k].name, n) && (argv[i][n] == '\0' || argv[i][n] == '='))
                break;
        }
        if (!strcmp(argv[i], "--add") || !strncmp(argv[i], "--add=", 6)) {
            const char *v = argv[i][5] == '=' ? argv[i] + 6 : i + 1 < argc ? argv[++i] : NULL;
            if (!v || !*v || a->n_add == MAX_ADDS) {
                fprintf(stderr, "yokushi report: --add takes 'ENGINE OPTIONS', at most %d "
                                "times\n(see `yokushi report --help`)\n", MAX_ADDS);
                return YK_EXIT_USAGE;
            }
            a->add[a->n_add++] = v;
            continue;
        }
        if (k == sizeof own / sizeof own[0]) {
            rest[(*n_rest)++] = argv[i];
            continue;
        }
        {
            size_t n = strlen(own[k].name);
            const char *v = argv[i][n] == '=' ? argv[i] + n + 1 : i + 1 < argc ? argv[++i] : NULL;
            if (!v || !*v) {
                fprintf(stderr, "yokushi report: %s takes a value\n(see `yokushi report "
                                "--help`)\n", own[k].name);
                return YK_EXIT_USAGE;
            }
            *(const char **)((char *)a + own[k].off) = v;
        }
    }
    return YK_EXIT_OK;
}

/* "yokushi report ARGS" with arguments that a shell would split quoted:
 * the command that made the page, the same wherever the binary lives. */
static char *command_line(int argc, char **argv)
{
    size_t size = 16, used;
    int i;
    char *s;
    for (i = 0; i < argc; i++)
        size += 4 * strlen(argv[i]) + 3;
    s = malloc(size);
    if (!s)
        return NULL;
    used = (size_t)snprintf(s, size, "yokushi");
    for (i = 0; i < argc; i++) {
        const char *p = argv[i];
        bool plain = *p != '\0';
        for (; *p; p++)
            if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                        "-_./=:,+@%", *p))
                plain = false;
        if (plain) {
            used += (size_t)snprintf(s + used, size - used, " %s", argv[i]);
            continue;
        }
        s[used++] = ' ';
        s[used++] = '\'';
        for (p = argv[i]; *p; p++) {
            if (*p == '\'') {
                memcpy(s + used, "'\\''", 4);
                used += 4;
            } else {
                s[used++] = *p;
            }
        }
        s[used++] = '\'';
        s[used] = '\0';
    }
    return s;
}

/* The chart files of the whole command, kept in memory until the page
 * is complete: a report that fails part way writes none of them. */
typedef struct chart_file {
    char *path;
    char *svg; /* from yk_chart_svg: yk_free */
    size_t len;
} chart_file;

static chart_file *chart_list;
static size_t n_charts;

typedef struct chart_files {
    const char *dir, *scenario, *run;
    int n;
    int code;
} chart_files;

/* Keeps DIR/SCENARIO.RUN.N-NAME.svg, each byte of NAME outside
 * [A-Za-z0-9._-] as '_' (crisis names are free text). */
static int keep_chart(void *ud, const char *name, const yk_chart *c)
{
    chart_files *cf = ud;
    char path[4096], clean[96];
    chart_file *list;
    size_t i;
    for (i = 0; name[i] && i + 1 < sizeof clean; i++)
        clean[i] = strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-",
                          name[i]) ? name[i] : '_';
    clean[i] = '\0';
    cf->n++;
    if (snprintf(path, sizeof path, "%s/%s.%s.%d-%s.svg", cf->dir, cf->scenario, cf->run, cf->n,
                 clean) >= (int)sizeof path) {
        fprintf(stderr, "yokushi report: %s: chart path too long\n", cf->dir);
        cf->code = YK_EXIT_FAILED;
        return 1;
    }
    list = realloc(chart_list, (n_charts + 1) * sizeof *list);
    if (!list) {
        fprintf(stderr, "yokushi report: out of memory\n");
        cf->code = YK_EXIT_FAILED;
        return 1;
    }
    chart_list = list;
    list[n_charts].path = strdup(path);
    list[n_charts].svg = NULL;
    if (!list[n_charts].path ||
        yk_chart_svg(c, true, &list[n_charts].svg, &list[n_charts].len) != YK_OK) {
        free(list[n_charts].path);
        fprintf(stderr, "yokushi report: out of memory\n");
        cf->code = YK_EXIT_FAILED;
        return 1;
    }
    n_charts++;
    return 0;
}

/* Hands every kept chart to the atomic writers (write: 0 drops them). */
static int flush_charts(int write)
{
    size_t i;
    int code = YK_EXIT_OK;
    for (i = 0; i < n_charts; i++) {
        if (write && !code) {
            FILE *f = cli_open_file(chart_list[i].path);
            if (!f)
                code = YK_EXIT_FAILED;
            else {
                fwrite(chart_list[i].svg, 1, chart_list[i].len, f);
                code = cli_close_output(f, YK_EXIT_OK);
            }
        }
        free(chart_list[i].path);
        yk_free(chart_list[i].svg);
    }
    free(chart_list);
    chart_list = NULL;
    n_charts = 0;
    return code;
}

/* An --add's engine and its options into ro (NULL: only check them):
 * YK_EXIT_USAGE with the reason printed when the engine is unknown or an
 * option is not the engine's. *e is the engine. */
static int added_run(const char *spec, const yk_engine **e, yk_run_options *ro)
{
    char *copy = strdup(spec), *argv[64], *tok, *save = NULL;
    yk_run_options *own = ro ? NULL : yk_run_options_new();
    int argc = 0, left, code = YK_EXIT_OK;
    if (!copy || (!ro && !own)) {
        free(copy);
        yk_run_options_free(own);
        fprintf(stderr, "yokushi report: out of memory\n");
        return YK_EXIT_FAILED;
    }
    for (tok = strtok_r(copy, " ", &save); tok && argc < 63; tok = strtok_r(NULL, " ", &save))
        argv[argc++] = tok;
    argv[argc] = NULL;
    *e = argc ? yk_engine_find(argv[0]) : NULL;
    if (!*e) {
        fprintf(stderr, "yokushi report: --add '%s': no engine %s\n(see `yokushi --help`)\n",
                spec, argc ? argv[0] : "named");
        code = YK_EXIT_USAGE;
    } else if ((left = cli_take_engine_options("report", *e, argc, argv, ro ? ro : own)) < 0) {
        code = YK_EXIT_USAGE;
    } else {
        /* the run's own --replicates and --seed, else an error */
        int i;
        for (i = 1; i < left && !code; i += 2) {
            yk_error err;
            memset(&err, 0, sizeof err);
            if ((strcmp(argv[i], "--replicates") && strcmp(argv[i], "--seed")) ||
                i + 1 >= left) {
                fprintf(stderr, "yokushi report: --add '%s': %s is not an option of %s\n(see "
                                "`yokushi %s --help`)\n",
                        spec, argv[i], argv[0], argv[0]);
                code = YK_EXIT_USAGE;
            } else if (yk_run_options_set(ro ? ro : own, argv[i] + 2, argv[i + 1], &err)) {
                fprintf(stderr, "yokushi report: --add '%s': %s\n", spec, err.message);
                code = YK_EXIT_USAGE;
            }
        }
    }
    yk_run_options_free(own);
    free(copy);
    return code;
}

/* Runs e on s (with the sweep when vary is set, or an --add's options
 * when spec is given) and adds it to the page. */
static int add_run(yk_html_report *h, const yk_engine *e, const yk_scenario *s,
                   const cli_options *o, const report_args *a, bool vary, const char *spec)
{
    yk_run_options *ro = yk_run_options_new();
    yk_engine_result *r = NULL;
    chart_files cf = {a->charts, yk_scenario_name(s), NULL, 0, 0};
    char label[512], run_name[80];
    yk_error err;
    yk_status st;
    if (!ro) {
        fprintf(stderr, "yokushi report: out of memory\n");
        return YK_EXIT_FAILED;
    }
    cli_set_run_options(ro, o);
    memset(&err, 0, sizeof err);
    st = YK_OK;
    if (vary) {
        st = yk_run_options_set(ro, "vary", a->vary, &err);
        if (!st && a->crisis)
            st = yk_run_options_set(ro, "crisis", a->crisis, &err);
        cf.run = "crisis.vary";
    }
    if (spec && added_run(spec, &e, ro)) {
        yk_run_options_free(ro);
        return YK_EXIT_USAGE;
    }
    if (spec) {
        /* two --add of one engine must not write the same chart files */
        int k = 0;
        while (k < a->n_add && a->add[k] != spec)
            k++;
        snprintf(run_name, sizeof run_name, "%s.add%d", yk_engine_name(e), k + 1);
        cf.run = run_name;
    } else if (!vary) {
        cf.run = yk_engine_name(e);
    }
    if (!st)
        st = yk_engine_run(e, s, ro, &r, &err);
    yk_run_options_free(ro);
    if (st)
        return cli_run_error("report", yk_scenario_name(s), &err);
    if (spec)
        snprintf(label, sizeof label, "%s", spec);
    else
        snprintf(label, sizeof label, "%s%s%s%s%s", yk_engine_name(e), vary ? " --vary " : "",
                 vary ? a->vary : "", vary && a->crisis ? " --crisis " : "",
                 vary && a->crisis ? a->crisis : "");
    st = yk_html_report_result(h, r, label, a->charts ? keep_chart : NULL, &cf);
    yk_engine_result_free(r);
    if (cf.code)
        return cf.code;
    if (st) {
        fprintf(stderr, "yokushi report: %s: %s\n", yk_scenario_name(s),
                st == YK_E_NOMEM ? "out of memory" : "building the page failed");
        return YK_EXIT_FAILED;
    }
    return YK_EXIT_OK;
}

static int add_scenario(yk_html_report *h, const char *spec, const cli_options *o,
                        const report_args *a)
{
    yk_scenario *s = cli_load(spec);
    const yk_run_config *rc;
    size_t i;
    int code = YK_EXIT_OK;
    bool swept = false;
    if (!s)
        return YK_EXIT_USAGE;
    if (a->charts && cli_name_problem(yk_scenario_name(s))) {
        fprintf(stderr, "yokushi report: %s: the scenario's name cannot name a chart file (%s)\n",
                spec, cli_name_problem(yk_scenario_name(s)));
        yk_scenario_free(s);
        return YK_EXIT_USAGE;
    }
    if (yk_html_report_scenario(h, s)) {
        yk_scenario_free(s);
        fprintf(stderr, "yokushi report: out of memory\n");
        return YK_EXIT_FAILED;
    }
    rc = yk_scenario_run(s);
    if (!rc->n_engines)
        yk_html_report_note(h, "This scenario names no engine in run.engines: only its inputs "
                               "are shown.");
    for (i = 0; i < rc->n_engines && !code && !cli_interrupted; i++) {
        const yk_engine *e = yk_engine_find(rc->engines[i]);
        if (!e)
            continue; /* validation checked the names against the table */
        code = add_run(h, e, s, o, a, false, NULL);
        if (!code && a->vary && yk_engine_option_find(e, "vary")) {
            code = add_run(h, e, s, o, a, true, NULL);
            swept = true;
        }
    }
    for (i = 0; i < (size_t)a->n_add && !code && !cli_interrupted; i++)
        code = add_run(h, NULL, s, o, a, false, a->add[i]);
    /* say why a sweep that was asked for is missing */
    if (!code && a->vary && !swept)
        yk_html_report_note(h, "--vary sweeps a crisis input: this scenario does not run the "
                               "crisis engine, so it has no sweep.");
    /* the page holds s until its section closes */
    if (!code)
        code = yk_html_report_scenario(h, NULL) ? YK_EXIT_FAILED : YK_EXIT_OK;
    yk_scenario_free(s);
    return code;
}

/* With --charts, two scenarios of the same name would write the same
 * chart files, the second silently replacing the first: refused before
 * any run (exit 2), as `run --out` refuses colliding names. Specs that do
 * not load are left to the run, which reports why. */
static int distinct_names(const char *const *specs, int n)
{
    int i, k;
    for (i = 0; i < n; i++) {
        yk_scenario *a = cli_load_quiet(specs[i]);
        for (k = i + 1; a && k < n; k++) {
            yk_scenario *b = cli_load_quiet(specs[k]);
            bool same = b && !strcmp(yk_scenario_name(a), yk_scenario_name(b));
            yk_scenario_free(b);
            if (same) {
                fprintf(stderr, "yokushi report: %s and %s are both scenario \"%s\": their "
                                "--charts files would collide\n",
                        specs[i], specs[k], yk_scenario_name(a));
                yk_scenario_free(a);
                return YK_EXIT_USAGE;
            }
        }
        yk_scenario_free(a);
    }
    return YK_EXIT_OK;
}

static int write_page(yk_html_report *h, const char *path)
{
    char *page;
    size_t len;
    FILE *f;
    if (yk_html_report_finish(h, &page, &len)) {
        fprintf(stderr, "yokushi report: out of memory\n");
        return YK_EXIT_FAILED;
    }
    f = cli_open_file(path);
    if (!f) {
        yk_free(page);
        return YK_EXIT_FAILED;
    }
    fwrite(page, 1, len, f);
    yk_free(page);
    return cli_close_output(f, YK_EXIT_OK);
}

int cmd_report(int argc, char **argv)
{
    report_args a;
    cli_options o;
    char **rest = malloc(sizeof *rest * (size_t)(argc + 1));
    char *command = NULL, title[512];
    yk_html_report *h = NULL;
    int n_rest, i, code;
    if (!rest) {
        fprintf(stderr, "yokushi report: out of memory\n");
        return YK_EXIT_FAILED;
    }
    code = split_args(argc, argv, &a, rest, &n_rest);
    if (!code)
        code = cli_parse(n_rest, rest, CLI_OPT_SEED | CLI_OPT_THREADS | CLI_OPT_REPLICATES, &o);
    if (code)
        goto done;
    if (o.help) {
        fputs(help, stdout);
        goto done;
    }
    if (!a.output) {
        fprintf(stderr, "yokushi report: give the page's file with -o FILE.html\n"
                        "(see `yokushi report --help`)\n");
        code = YK_EXIT_USAGE;
        goto done;
    }
    if (a.crisis && !a.vary) {
        fprintf(stderr, "yokushi report: --crisis goes with --vary\n");
        code = YK_EXIT_USAGE;
        goto done;
    }
    if (a.vary) {
        /* checked before any run, as the crisis engine checks it */
        yk_run_options *ro = yk_run_options_new();
        yk_error err;
        memset(&err, 0, sizeof err);
        if (!ro || yk_run_options_set(ro, "vary", a.vary, &err)) {
            code = ro ? cli_run_error("report", "--vary", &err) : YK_EXIT_FAILED;
            yk_run_options_free(ro);
            goto done;
        }
        yk_run_options_free(ro);
    }
    for (i = 0; i < a.n_add; i++) {
        const yk_engine *e;
        /* checked before any run */
        if ((code = added_run(a.add[i], &e, NULL)) != 0)
            goto done;
    }
    if (a.charts && (code = distinct_names(o.args, o.n_args)) != 0)
        goto done;
    if (a.charts && mkdir(a.charts, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "yokushi report: cannot create directory %s: %s\n", a.charts,
                strerror(errno));
        code = YK_EXIT_FAILED;
        goto done;
    }
    cli_install_interrupt();
    command = command_line(argc, argv);
    {
        size_t used = (size_t)snprintf(title, sizeof title, "yokushi report:");
        int n = o.n_args ? o.n_args : 0;
        for (i = 0; i < n && used < sizeof title; i++)
            used += (size_t)snprintf(title + used, sizeof title - used, "%s %s", i ? "," : "",
                                     o.args[i]);
        if (!n)
            snprintf(title + used, sizeof title - used, " the built-in scenarios");
    }
    h = command ? yk_html_report_new(title, command) : NULL;
    if (!h) {
        fprintf(stderr, "yokushi report: out of memory\n");
        code = YK_EXIT_FAILED;
        goto done;
    }
    if (o.n_args) {
        for (i = 0; i < o.n_args && !code; i++)
            code = add_scenario(h, o.args[i], &o, &a);
    } else {
        for (i = 0; i < (int)yk_builtin_count() && !code; i++)
            if (!strcmp(yk_builtin_kind((size_t)i), "scenario"))
                code = add_scenario(h, yk_builtin_name((size_t)i), &o, &a);
    }
    if (!code && cli_interrupted)
        code = YK_EXIT_FAILED;
    /* the charts, then the page: all of it or, when a run failed, none */
    if (code)
        flush_charts(0);
    else
        code = flush_charts(1);
    if (!code)
        code = write_page(h, a.output);
done:
    flush_charts(0); /* nothing left after a normal end; an early one frees */
    yk_html_report_free(h);
    free(command);
    free(rest);
    return code;
}
