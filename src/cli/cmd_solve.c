/*
 * cmd_solve.c - `yokushi solve GAME.efg|GAME.nfg`: read a Gambit game file
 * and print its equilibria by one method, as Gambit's tools print them
 * (for diffing), as JSON, or as a readable report.
 */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "yokushi/game.h"
#include "yokushi/sha256.h"

static const char help[] =
    "usage: yokushi solve GAME.efg|GAME.nfg [--method bi|enumpure|lcp|logit] [-e] [-S]\n"
    "                     [--format gambit|json|text] [--decimals D] [--max-profiles N]\n"
    "                     [-e N|--max-equilibria N] [--max-pivots N]\n\n"
    "Reads a Gambit game (EFG 2 R/D, NFG 1 R/D) and prints its equilibria.\n"
    "  --method bi        backward induction: the subgame-perfect equilibrium of a\n"
    "                     game of perfect information (ties reported)\n"
    "  --method enumpure  every pure-strategy Nash equilibrium (trees: of the\n"
    "                     reduced strategic form, printed as behaviour profiles)\n"
    "  --method lcp       two players: trees, one equilibrium from the sequence form\n"
    "                     (Lemke); tables, every equilibrium Lemke-Howson reaches\n"
    "  --method logit     the logit QRE branch from lambda 0; -e: only its end point\n"
    "Default method: bi for perfect-information trees, lcp for two players, else logit.\n"
    "  -S                 enumpure/lcp on a tree: print reduced strategic-form profiles\n"
    "  --format gambit    NE,... lines as Gambit's tools print them (default)\n"
    "  --format json      per equilibrium: profile by labels, payoffs, regret,\n"
    "                     subgame perfection, outcome probabilities, beliefs\n"
    "  --format text      a readable report of the same\n"
    "  --decimals D       fixed-point with D decimals (logit: D significant digits);\n"
    "                     default (lcp) exact fractions when the whole profile is\n"
    "                     verified exact, else shortest round-trip decimals\n"
    "  -e N, --max-equilibria N  lcp on tables: stop after N equilibria (Gambit's -e)\n"
    "  --max-pivots N     lcp: the pivot budget (default: tables about 2e10 tableau\n"
    "                     entries updated, trees 1e5 + 50 per sequence-form variable)\n"
    "Every profile printed as an equilibrium has been checked: each player's gain\n"
    "from deviating is at most 1e-12 of the payoff range (logit: 1e-8). A profile\n"
    "that fails is not printed; stderr shows it and the gains, exit 1.\n"
    "Exit 0 solved, 1 the method failed or its answer failed the check (what lcp\n"
    "found before it stopped short is printed), 2 bad file or usage.\n";

typedef struct solve_args {
    const char *file;
    int has_method;
    yk_solve_method method;
    yk_solution_format format;
    int decimals;
    yk_solve_options opts;
} solve_args;

/* "yokushi solve: WHAT (got "ARG")" on stderr. */
static int bad_usage(const char *what, const char *arg)
{
    fprintf(stderr, "yokushi solve: %s (got \"%s\")\n(see `yokushi solve --help`)\n", what,
            arg ? arg : "");
    return YK_EXIT_USAGE;
}

static const char *value_of(int argc, char **argv, int *i, const char *name)
{
    size_t n = strlen(name);
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] == '\0' && *i + 1 < argc)
        return argv[++*i];
    return NULL;
}

static int matches(const char *arg, const char *name)
{
    size_t n = strlen(name);
    return !strncmp(arg, name, n) && (arg[n] == '\0' || arg[n] == '=');
}

/* A whole number >= 1 in *n; 0, or -1 when v is not one. */
static int positive(const char *v, long *n)
{
    char *end;
    errno = 0;
    *n = v ? strtol(v, &end, 10) : -1;
    return v && !errno && !*end && *n >= 1 ? 0 : -1;
}

/* 1 when arg is all digits: -e's count, not a game file. */
static int is_count(const char *arg)
{
    return arg && *arg && strspn(arg, "0123456789") == strlen(arg);
}

static int parse_args(int argc, char **argv, solve_args *a, int *help_only)
{
    int i;
    memset(a, 0, sizeof *a);
    a->opts = yk_solve_defaults();
    *help_only = 0;
    for (i = 1; i < argc; i++) {
        const char *arg = argv[i], *v;
        if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
            *help_only = 1;
        } else if (!strcmp(arg, "-e") && i + 1 < argc && is_count(argv[i + 1])) {
            if (positive(argv[++i], &a->opts.max_equilibria))
                return bad_usage("-e N takes a positive whole number", argv[i]);
        } else if (!strcmp(arg, "-e")) {
            a->opts.end_only = 1;
        } else if (matches(arg, "--max-equilibria")) {
            v = value_of(argc, argv, &i, "--max-equilibria");
            if (positive(v, &a->opts.max_equilibria))
                return bad_usage("--max-equilibria takes a positive whole number", v);
        } else if (matches(arg, "--max-pivots")) {
            v = value_of(argc, argv, &i, "--max-pivots");
            if (positive(v, &a->opts.max_pivots))
                return bad_usage("--max-pivots takes a positive whole number", v);
        } else if (!strcmp(arg, "-S")) {
            a->opts.strategic = 1;
        } else if (matches(arg, "--method")) {
            v = value_of(argc, argv, &i, "--method");
            if (!v || yk_solve_method_parse(v, &a->method))
                return bad_usage("--method takes bi, enumpure, lcp or logit", v);
            a->has_method = 1;
        } else if (matches(arg, "--format")) {
            v = value_of(argc, argv, &i, "--format");
            if (v && !strcmp(v, "gambit"))
                a->format = YK_SOLUTION_GAMBIT;
            else if (v && !strcmp(v, "json"))
                a->format = YK_SOLUTION_JSON;
            else if (v && !strcmp(v, "text"))
                a->format = YK_SOLUTION_TEXT;
            else
                return bad_usage("--format takes gambit, json or text", v);
        } else if (matches(arg, "--decimals")) {
            char *end;
            long d;
            v = value_of(argc, argv, &i, "--decimals");
            errno = 0;
            d = v ? strtol(v, &end, 10) : -1;
            if (!v || errno || *end || d < 1 || d > 17)
                return bad_usage("--decimals takes 1 to 17", v);
            a->decimals = (int)d;
        } else if (matches(arg, "--max-profiles")) {
            v = value_of(argc, argv, &i, "--max-profiles");
            if (positive(v, &a->opts.max_profiles))
                return bad_usage("--max-profiles takes a positive whole number", v);
        } else if (arg[0] == '-' && arg[1]) {
            return bad_usage("unknown option", arg);
        } else if (a->file) {
            return bad_usage("one game file at a time", arg);
        } else {
            a->file = arg;
        }
    }
    return YK_EXIT_OK;
}

/* SHA-256 of the file's bytes, so JSON output traces to the exact file. */
static void file_sha256(const char *path, char hex[65])
{
    FILE *f = fopen(path, "rb");
    unsigned char buf[65536];
    yk_sha256 h;
    uint8_t digest[32];
    size_t n;

    hex[0] = '\0';
    if (!f)
        return;
    yk_sha256_init(&h);
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        yk_sha256_update(&h, buf, n);
    fclose(f);
    yk_sha256_final(&h, digest);
    yk_sha256_hex(digest, hex);
}

static yk_solve_method default_method(const yk_game *g)
{
    if (g->form == YK_GAME_TREE && yk_game_is_perfect_information(g))
        return YK_SOLVE_BI;
    return g->n_players == 2 ? YK_SOLVE_LCP : YK_SOLVE_LOGIT;
}

static void print_error(const yk_error *err)
{
    char buf[1024];
    yk_error_format(err, buf, sizeof buf);
    fprintf(stderr, "%s\n", buf);
}

/* The profile the check rejected (or logit's stalled end point) on stderr,
 * as Gambit renders a profile, with its gains from deviating. */
static void print_rejected(const yk_game *g, const yk_solution *s, const solve_args *a)
{
    const double *p = yk_solution_profile(s, s->rejected);
    int k, q, first = s->strategic ? 0 : yk_game_profile_first(g);
    double *gain = calloc((size_t)g->n_players + 1, sizeof(double));
    char num[64];

    fputs("not an equilibrium:", stderr);
    if (!isnan(s->lambda[s->rejected]))
        fprintf(stderr, " lambda %.10g,", s->lambda[s->rejected]);
    fputc(' ', stderr);
    for (k = first; k < s->size; k++) {
        yk_report_gambit_number(num, sizeof num, p[k], a->method, a->decimals, 0);
        fprintf(stderr, "%s%s", k > first ? "," : "", num);
    }
    fputc('\n', stderr);
    if (gain && !s->strategic) {
        yk_game_relative_regret(g, p, gain);
        fputs("gain from deviating (fraction of the payoff range):", stderr);
        for (q = 0; q < g->n_players; q++)
            fprintf(stderr, " %s %.3g", g->player[q], gain[q]);
        fputc('\n', stderr);
    }
    free(gain);
}

int cmd_solve(int argc, char **argv)
{
    solve_args a;
    yk_game *g = NULL, *reduced = NULL;
    yk_solution sol;
    yk_solution_report rep;
    yk_error err;
    yk_status st, rst;
    FILE *out;
    char sha[65];
    int help_only, rc = parse_args(argc, argv, &a, &help_only);

    if (rc)
        return rc;
    if (help_only) {
        fputs(help, stdout);
        return YK_EXIT_OK;
    }
    if (!a.file) {
        fputs(help, stderr);
        return YK_EXIT_USAGE;
    }
    memset(&err, 0, sizeof err);
    st = yk_game_read_file(a.file, &g, &err);
    if (st != YK_OK) {
        print_error(&err);
        return st == YK_E_NOMEM ? YK_EXIT_FAILED : YK_EXIT_USAGE;
    }
    if (!a.has_method)
        a.method = default_method(g);
    cli_install_interrupt();
    a.opts.stop = &cli_interrupted;
    /* yk_solve checks the answer: a profile that is not an equilibrium
     * fails here and is shown on stderr, never printed as NE. Equilibria
     * found before a method stopped short are printed, then exit 1. */
    st = yk_solve(g, a.method, &a.opts, &sol, &err);
    if (st != YK_OK && (sol.count == 0 || sol.rejected >= 0)) {
        if (!err.file[0])
            snprintf(err.file, sizeof err.file, "%s", a.file);
        print_error(&err);
        if (sol.rejected >= 0)
            print_rejected(g, &sol, &a);
        yk_solution_free(&sol);
        yk_game_free(g);
        /* a game the method does not take is bad input; anything else failed */
        return st == YK_E_ARG || st == YK_E_SCHEMA || st == YK_E_LIMIT ? YK_EXIT_USAGE
                                                                       : YK_EXIT_FAILED;
    }
    /* the solver built the same reduced form: only memory can fail here */
    if (sol.strategic) {
        yk_error rerr;
        memset(&rerr, 0, sizeof rerr);
        if (yk_game_reduced_form(g, a.opts.max_profiles, &reduced, NULL, &rerr) != YK_OK) {
            print_error(&rerr);
            yk_solution_free(&sol);
            yk_game_free(g);
            return YK_EXIT_FAILED;
        }
    }
    file_sha256(a.file, sha);
    memset(&rep, 0, sizeof rep);
    rep.format = a.format;
    rep.method = a.method;
    rep.decimals = a.decimals;
    rep.file = a.file;
    rep.sha256 = sha;
    rep.reduced = reduced;
    rep.stop = &cli_interrupted;
    /* The report goes out whole, its writes checked (output.h). */
    out = cli_open_stdout();
    rst = out ? yk_report_solution(out, g, &sol, &rep) : YK_E_IO;
    if (out && rst != YK_OK)
        fprintf(stderr, "yokushi solve: %s: %s\n", a.file,
                rst == YK_E_INTERRUPTED ? "interrupted" : "out of memory");
    yk_solution_free(&sol);
    yk_game_free(reduced);
    yk_game_free(g);
    rc = out ? cli_close_output(out, rst == YK_OK ? YK_EXIT_OK : YK_EXIT_FAILED)
             : YK_EXIT_FAILED;
    if (st != YK_OK) {
        if (!err.file[0])
            snprintf(err.file, sizeof err.file, "%s", a.file);
        print_error(&err);
        return YK_EXIT_FAILED;
    }
    return rc;
}
