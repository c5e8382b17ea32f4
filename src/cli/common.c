/*
 * common.c - what every subcommand shares: option parsing, printing
 * diagnostics, loading a scenario, interruption (output files: output.c).
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/numtext.h"
#include "cli/cli.h"
#include "cli/ids.h"
#include "world/suggest.h"

volatile sig_atomic_t cli_interrupted = 0;

/* Only sets the flag: the work polls it and stops, and the output layer
 * then writes nothing of it (output.h). Dying on the spot instead could
 * leave a file half written. */
static void on_signal(int sig)
{
    cli_interrupted = sig;
}

void cli_install_interrupt(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static int usage_error(const char *cmd, const char *fmt, ...);

static int usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "yokushi %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n(see `yokushi %s --help`)\n", cmd);
    return YK_EXIT_USAGE;
}

/* The value of an option: "--name=value" or "--name value". */
static const char *option_value(int argc, char **argv, int *i, const char *arg,
                                size_t name_len)
{
    if (arg[name_len] == '=')
        return arg + name_len + 1;
    if (*i + 1 < argc)
        return argv[++*i];
    return NULL;
}

static int is_option(const char *arg, const char *name, size_t *len)
{
    size_t n = strlen(name);
    *len = n;
    return !strncmp(arg, name, n) && (arg[n] == '\0' || arg[n] == '=');
}

/* --format with a value it does not take: the values, and the likely one. */
static int bad_format(const char *cmd, const char *v, unsigned accepted)
{
    static const char *const formats[] = {"text", "json", "csv", "jsonl"};
    size_t n = accepted & CLI_OPT_JSONL ? 4 : 3;
    const char *near = v && *v ? cli_suggest(v, formats, n) : NULL;
    if (near)
        return usage_error(cmd, "--format takes text, json%s or csv (got \"%s\"; did you mean "
                                "\"%s\"?)", n == 4 ? ", jsonl" : "", v, near);
    return usage_error(cmd, "--format takes text, json%s or csv (got \"%s\")",
                       n == 4 ? ", jsonl" : "", v ? v : "");
}

static const char *const *extra_options;
static size_t n_extra_options;

void cli_parse_extra_options(const char *const *names, size_t n)
{
    extra_options = names;
    n_extra_options = n;
}

/* The option a misspelt one most likely meant: the common ones accepted
 * here and the command's own (cli_parse_extra_options). */
static const char *suggest_option(const char *arg, unsigned accepted)
{
    static const struct {
        unsigned bit;
        const char *name;
    } common[] = {
        {CLI_OPT_FORMAT, "--format"},         {CLI_OPT_SEED, "--seed"},
        {CLI_OPT_THREADS, "--threads"},       {CLI_OPT_REPLICATES, "--replicates"},
        {CLI_OPT_OUT, "--out"},               {CLI_OPT_SCENARIO, "--scenario"},
        {CLI_OPT_YEARS, "--years"},           {CLI_OPT_STORE, "--store"},
    };
    const char *names[64];
    char word[64];
    size_t i, n = 0, len = strcspn(arg, "=");
    if (len >= sizeof word)
        return NULL;
    memcpy(word, arg, len);
    word[len] = '\0';
    names[n++] = "--help";
    for (i = 0; i < sizeof common / sizeof common[0]; i++)
        if (accepted & common[i].bit)
            names[n++] = common[i].name;
    for (i = 0; i < n_extra_options && n < sizeof names / sizeof names[0]; i++)
        names[n++] = extra_options[i];
    return cli_suggest(word, names, n);
}

int cli_parse(int argc, char **argv, unsigned accepted, cli_options *o)
{
    const char *cmd = argv[0];
    int i;
    memset(o, 0, sizeof *o);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        size_t n;
        uint64_t u;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            o->help = true;
        } else if ((accepted & CLI_OPT_FORMAT) && is_option(a, "--format", &n)) {
            v = option_value(argc, argv, &i, a, n);
            o->jsonl = v && (accepted & CLI_OPT_JSONL) && !strcmp(v, "jsonl");
            if (v && !strcmp(v, "text"))
                o->format = YK_FORMAT_TEXT;
            else if (v && !strcmp(v, "json"))
                o->format = YK_FORMAT_JSON;
            else if (v && !strcmp(v, "csv"))
                o->format = YK_FORMAT_CSV;
            else if (o->jsonl)
                o->format = YK_FORMAT_JSON; /* one document a line: emit.c */
            else
                return bad_format(cmd, v, accepted);
        } else if ((accepted & CLI_OPT_SEED) && is_option(a, "--seed", &n)) {
            v = option_value(argc, argv, &i, a, n);
            /* 2^53, as a file's seed: every seed is exact in JSON readers. */
            if (!yk_parse_u64(v, 9007199254740992ULL, &o->seed))
                return usage_error(cmd, "--seed takes a whole number 0..2^53 (got \"%s\")",
                                   v ? v : "");
            o->has_seed = true;
        } else if ((accepted & CLI_OPT_THREADS) && is_option(a, "--threads", &n)) {
            v = option_value(argc, argv, &i, a, n);
            if (!yk_parse_u64(v, 4096, &u))
                return usage_error(cmd, "--threads takes 0 (all cores) to 4096 (got \"%s\")",
                                   v ? v : "");
            o->threads = (int)u;
        } else if ((accepted & CLI_OPT_REPLICATES) && is_option(a, "--replicates", &n)) {
            v = option_value(argc, argv, &i, a, n);
            if (!yk_parse_u64(v, 1000000000, &u) || u == 0)
                return usage_error(cmd, "--replicates takes 1 to 1e9 (got \"%s\")",
                                   v ? v : "");
            o->replicates = (int64_t)u;
        } else if ((accepted & CLI_OPT_OUT) && is_option(a, "--out", &n)) {
            v = option_value(argc, argv, &i, a, n);
            if (!v || !*v)
                return usage_error(cmd, "--out takes a directory");
            /* Under MPI only rank 0 writes files (mpi.c). */
            o->out_dir = cli_mpi_rank() ? NULL : v;
        } else if ((accepted & CLI_OPT_YEARS) && is_option(a, "--years", &n)) {
            uint64_t from, to;
            char buf[32];
            char *colon;
            v = option_value(argc, argv, &i, a, n);
            if (!v || strlen(v) >= sizeof buf)
                return usage_error(cmd, "--years takes FROM:TO, e.g. 2025:2045");
            memcpy(buf, v, strlen(v) + 1);
            colon = strchr(buf, ':');
            if (colon)
                *colon = '\0';
            if (!colon || !yk_parse_u64(buf, 2200, &from) || !yk_parse_u64(colon + 1, 2200, &to) ||
                from > to || to - from > 500)
                return usage_error(cmd, "--years takes FROM:TO with FROM <= TO, within "
                                        "0..2200 and 500 years (got \"%s\")", v);
            o->year_from = (int)from;
            o->year_to = (int)to;
        } else if ((accepted & CLI_OPT_STORE) && is_option(a, "--store", &n)) {
            v = option_value(argc, argv, &i, a, n);
            if (!v || !*v)
                return usage_error(cmd, "--store takes a database file (FILE.db)");
            o->store = v;
        } else if ((accepted & CLI_OPT_SCENARIO) && is_option(a, "--scenario", &n)) {
            v = option_value(argc, argv, &i, a, n);
            if (!v || !*v)
                return usage_error(cmd, "--scenario takes a file or a built-in name");
            o->scenario = v;
        } else if (a[0] == '-' && a[1]) {
            const char *near = suggest_option(a, accepted);
            if (near)
                return usage_error(cmd, "unknown option \"%s\"; did you mean \"%s\"?", a, near);
            return usage_error(cmd, "unknown option \"%s\"", a);
        } else {
            if (o->n_args >= (int)(sizeof o->args / sizeof o->args[0]))
                return usage_error(cmd, "too many arguments");
            o->args[o->n_args++] = a;
        }
    }
    return YK_EXIT_OK;
}

void cli_print_diag(yk_diag *d)
{
    size_t i;
    char line[YK_ERROR_FILE_MAX + YK_ERROR_PATH_MAX + YK_ERROR_MSG_MAX + 64];
    yk_diag_sort(d);
    for (i = 0; i < d->count; i++) {
        yk_error_format(&d->items[i], line, sizeof line);
        fprintf(stderr, "%s\n", line);
    }
    /* nothing stored: memory ran out before the first problem could be */
    if (d->dropped && !d->count)
        fprintf(stderr, "out of memory (%zu problems not recorded)\n", d->dropped);
    else if (d->dropped)
        fprintf(stderr, "(%zu more problems not shown)\n", d->dropped);
}

/* Loads spec, printing its problems when print is set. */
static yk_scenario *load(const char *spec, bool print)
{
    yk_load_options opt = {.allow_files = true, .engines = cli_engine_names()};
    yk_coefficient_spec specs[CLI_MAX_COEFFICIENTS];
    yk_status st;
    opt.coefficients = specs;
    opt.n_coefficients = cli_coefficient_specs(specs, CLI_MAX_COEFFICIENTS);
    /* Ctrl-C while a large file loads stops the load. */
    cli_install_interrupt();
    opt.stop = &cli_interrupted;
    yk_scenario *s = NULL;
    yk_diag d;
    yk_diag_init(&d);
    st = yk_scenario_load(spec, &opt, &s, &d);
    if (st == YK_E_INTERRUPTED) {
        /* Not a problem with the input: exit 1, as an interrupted run does,
         * from here rather than through every caller. */
        yk_diag_free(&d);
        fprintf(stderr, "yokushi: interrupted\n");
        exit(YK_EXIT_FAILED);
    }
    if (st != YK_OK) {
        if (print) {
            cli_print_diag(&d);
            cli_suggest_builtin(spec);
        }
        s = NULL;
    }
    yk_diag_free(&d);
    return s;
}

yk_scenario *cli_load(const char *spec)
{
    return load(spec, true);
}

yk_scenario *cli_load_quiet(const char *spec)
{
    return load(spec, false);
}

int cli_one_scenario(const char *command, const cli_options *o, yk_scenario **s)
{
    int code;
    *s = NULL;
    if (o->n_args != 1) {
        fprintf(stderr, "yokushi %s: give one scenario\n(see `yokushi %s --help`)\n",
                command, command);
        return YK_EXIT_USAGE;
    }
    cli_install_interrupt();
    *s = cli_load(o->args[0]);
    if (!*s)
        return YK_EXIT_USAGE;
    /* A name that cannot be a file, or a folder another run holds, stops
     * the command before its work starts. */
    code = cli_prepare_output(o, *s);
    if (code) {
        yk_scenario_free(*s);
        *s = NULL;
    }
    return code;
}

yk_run_meta cli_meta(const yk_scenario *s, const cli_options *o)
{
    yk_run_meta m;
    m.scenario = yk_scenario_name(s);
    m.kind = yk_scenario_kind(s);
    m.origin = yk_scenario_origin(s);
    m.sha256 = yk_scenario_sha256(s);
    m.seed = o->has_seed ? o->seed : yk_scenario_seed(s);
    return m;
}

const char *cli_suggest(const char *word, const char *const *candidates, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!strcasecmp(word, candidates[i]))
            return candidates[i];
    return yk_suggest(word, candidates, n);
}
