/*
 * cmd_crisis.c - `yokushi crisis SCENARIO`: the crisis engine's table
 * (with and without T's bomb, and why), the Gambit export of a crisis
 * game, sweeps with crossing points, the signalling stage and the logit
 * QRE; and the engine's runner for `yokushi run` (the registry row).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "yokushi/report_crisis.h"

static const char help[] =
    "usage: yokushi crisis SCENARIO [--crisis NAME] [--export FILE.efg]\n"
    "                      [--vary NAME=LO:HI:STEPS] [--signal] [--lambda L]\n"
    "                      [--replicates N] [--format text|json|csv] [--seed N]\n"
    "                      [--threads N] [--out DIR]\n\n"
    "The crisis engine (docs/MODEL.md, section 9): for each crisis of the\n"
    "scenario's world, the perfect Bayesian equilibrium of the game between\n"
    "aggressor A, target T and patron P, by Monte Carlo over every uncertain\n"
    "parameter: P(attack), P(defend | attack), P(nuclear use), P(T conquered)\n"
    "with 95% intervals, the same with T non-nuclear (the value of the bomb),\n"
    "and why (the deciding comparisons and margins at the parameters' means).\n"
    "--crisis names the crisis --export, --vary, --signal and --lambda use\n"
    "(default: the first). --export writes the game at the means as a Gambit\n"
    ".efg file (`yokushi solve` reads it).\n"
    "--vary sweeps one input (a coefficient name, or kappa, stake_a, stake_t,\n"
    "stake_p, power_a, power_t, power_p, resolve_a, warheads_a, warheads_t,\n"
    "warheads_p, independence, commitment, forward_forces, consultation,\n"
    "network) over STEPS points and locates the crossing points where the\n"
    "equilibrium changes by bisection to 1e-6. --signal solves the pre-crisis\n"
    "signalling stage; --lambda gives the logit QRE at rationality L (both at\n"
    "the means). --threads never changes a result. JSON: docs/CLI.md.\n"
    "Exit codes: 0 done, 1 the run failed or was interrupted, 2 bad input.\n";

typedef struct crisis_args {
    const char *crisis;
    const char *export_file;
    const char *vary;
    bool signal;
    bool has_lambda;
    double lambda;
} crisis_args;

/* Takes this command's own options out of argv (the rest go to cli_parse).
 * Returns the new argc, or -1 after printing a usage error. */
static int take_args(int argc, char **argv, crisis_args *ca)
{
    int i, n = 1;
    memset(ca, 0, sizeof *ca);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = NULL;
        if (!strcmp(a, "--crisis"))
            slot = &ca->crisis;
        else if (!strcmp(a, "--export"))
            slot = &ca->export_file;
        else if (!strcmp(a, "--vary"))
            slot = &ca->vary;
        if (slot || !strcmp(a, "--lambda")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "yokushi crisis: %s needs a value\n", a);
                return -1;
            }
            if (slot) {
                *slot = argv[++i];
            } else {
                char *end;
                errno = 0;
                ca->lambda = strtod(argv[++i], &end);
                if (errno || *end || !(ca->lambda >= 0) || !isfinite(ca->lambda)) {
                    fprintf(stderr, "yokushi crisis: --lambda takes a number >= 0 (got \"%s\")\n",
                            argv[i]);
                    return -1;
                }
                ca->has_lambda = true;
            }
        } else if (!strcmp(a, "--signal")) {
            ca->signal = true;
        } else {
            argv[n++] = argv[i];
        }
    }
    return n;
}

static void print_error(const char *what, const yk_error *err)
{
    char line[YK_ERROR_FILE_MAX + YK_ERROR_PATH_MAX + YK_ERROR_MSG_MAX + 64];
    yk_error_format(err, line, sizeof line);
    fprintf(stderr, "yokushi crisis: %s: %s\n", what, line);
}

/* The index of the crisis named `name` (NULL: 0), or (size_t)-1. */
static size_t find_crisis(const yk_world *w, const char *name)
{
    size_t i;
    if (!name)
        return w->n_crises ? 0 : (size_t)-1;
    for (i = 0; i < w->n_crises; i++)
        if (!strcmp(w->crises[i].name, name))
            return i;
    return (size_t)-1;
}

int cli_run_crisis(const yk_scenario *s, const cli_options *o, FILE *out,
                   yk_json *json)
{
    yk_crisis_options co;
    yk_crisis_outcome *r = NULL;
    size_t n = 0;
    yk_error err;
    yk_run_meta meta = cli_meta(s, o);

    memset(&co, 0, sizeof co);
    memset(&err, 0, sizeof err);
    co.replicates = o->replicates;
    co.seed = meta.seed;
    co.threads = o->threads;
    co.stop = &cli_interrupted;
    if (yk_crisis_run(s, &co, &r, &n, &err) != YK_OK) {
        print_error(yk_scenario_name(s), &err);
        return err.status == YK_E_ARG ? YK_EXIT_USAGE : YK_EXIT_FAILED;
    }
    if (json)
        yk_report_crisis_json(json, r, n);
    else
        yk_report_crisis(out, o->format, r, n, &meta);
    yk_free(r);
    return YK_EXIT_OK;
}

static int export_game(const yk_scenario *s, size_t k, const char *file)
{
    yk_crisis_inputs in;
    yk_crisis_model m;
    yk_game *g = NULL;
    yk_error err;
    FILE *f;
    char title[160];
    int bad;
    memset(&err, 0, sizeof err);
    if (yk_crisis_inputs_mean(s, k, &in, &err)) {
        print_error(yk_scenario_name(s), &err);
        return YK_EXIT_USAGE;
    }
    yk_crisis_model_init(&m, &in);
    snprintf(title, sizeof title, "yokushi crisis %s (%s), parameters at their means",
             yk_scenario_world(s)->crises[k].name, yk_scenario_name(s));
    if (yk_crisis_game(&m, title, &g, &err)) {
        print_error("building the game", &err);
        return YK_EXIT_FAILED;
    }
    f = fopen(file, "w");
    if (!f) {
        fprintf(stderr, "yokushi crisis: cannot write %s: %s\n", file, strerror(errno));
        yk_game_free(g);
        return YK_EXIT_FAILED;
    }
    bad = yk_game_write(g, f) != YK_OK;
    bad |= fclose(f) != 0;
    yk_game_free(g);
    if (bad) {
        fprintf(stderr, "yokushi crisis: writing %s failed\n", file);
        return YK_EXIT_FAILED;
    }
    return YK_EXIT_OK;
}

int cmd_crisis(int argc, char **argv)
{
    cli_options o;
    crisis_args ca;
    yk_scenario *s;
    FILE *out;
    size_t k;
    int code, rc;

    argc = take_args(argc, argv, &ca);
    if (argc < 0)
        return YK_EXIT_USAGE;
    rc = cli_parse(argc, argv, CLI_OPT_RUN, &o);
    if (rc)
        return rc;
    if (o.help) {
        fputs(help, stdout);
        return YK_EXIT_OK;
    }
    rc = cli_one_scenario("crisis", &o, &s);
    if (rc)
        return rc;
    k = find_crisis(yk_scenario_world(s), ca.crisis);
    if (k == (size_t)-1) {
        if (ca.crisis)
            fprintf(stderr, "yokushi crisis: %s: no crisis named \"%s\"\n",
                    yk_scenario_name(s), ca.crisis);
        else
            fprintf(stderr, "yokushi crisis: %s: the world has no crises\n", yk_scenario_name(s));
        yk_scenario_free(s);
        return YK_EXIT_USAGE;
    }
    if (ca.export_file) {
        code = export_game(s, k, ca.export_file);
        yk_scenario_free(s);
        return code;
    }
    out = cli_open_output(&o, yk_scenario_name(s));
    if (!out) {
        yk_scenario_free(s);
        return YK_EXIT_FAILED;
    }
    if (ca.vary)
        code = cli_crisis_vary(s, k, ca.vary, &o, out);
    else if (ca.signal || ca.has_lambda)
        code = cli_crisis_extras(s, k, ca.signal, ca.has_lambda, ca.lambda, &o, out);
    else
        code = cli_run_crisis(s, &o, out, NULL);
    cli_close_output(&o, out);
    yk_scenario_free(s);
    return code;
}
