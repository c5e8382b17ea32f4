/*
 * cli.h - what the yokushi program's files share: parsed options, the
 * subcommand table's entry type, and exit codes. Only src/cli prints.
 */
#ifndef YK_CLI_H
#define YK_CLI_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "cli/output.h"
#include "cli/progress.h"
#include "yokushi/engine.h"
#include "yokushi/report.h"
#include "yokushi/yokushi.h"

/* Exit codes everywhere: 0 success, 1 a run that failed, 2 bad input or
 * bad usage. */
enum { YK_EXIT_OK = 0, YK_EXIT_FAILED = 1, YK_EXIT_USAGE = 2 };

/* Options common to the subcommands. */
typedef struct cli_options {
    yk_format format;
    bool jsonl;             /* --format jsonl: format JSON, one line each */
    bool has_seed;
    uint64_t seed;
    int threads;            /* 0: all cores */
    int64_t replicates;     /* 0: the scenario's */
    const char *out_dir;    /* NULL: standard output */
    const char *scenario;   /* show --scenario */
    const char *store;      /* --store FILE.db: the run store; NULL: none */
    int year_from, year_to; /* --years FROM:TO; 0, 0: the scenario's */
    bool help;
    const char *args[64];   /* positional arguments */
    int n_args;
} cli_options;

/* Which common options a subcommand takes. */
#define CLI_OPT_FORMAT 1u
#define CLI_OPT_SEED 2u
#define CLI_OPT_THREADS 4u
#define CLI_OPT_REPLICATES 8u
#define CLI_OPT_OUT 16u
#define CLI_OPT_SCENARIO 32u
#define CLI_OPT_YEARS 64u
#define CLI_OPT_JSONL 128u  /* --format jsonl */
#define CLI_OPT_STORE 256u  /* --store FILE.db */
#define CLI_OPT_RUN (CLI_OPT_FORMAT | CLI_OPT_SEED | CLI_OPT_THREADS | \
                     CLI_OPT_REPLICATES | CLI_OPT_OUT | CLI_OPT_JSONL | CLI_OPT_STORE)

/* Parses argv[1..] (argv[0] is the subcommand) into o; prints the problem
 * and returns YK_EXIT_USAGE on bad usage, else YK_EXIT_OK. */
int cli_parse(int argc, char **argv, unsigned accepted, cli_options *o);

/* The command's own options ("--vary", ...), for cli_parse's did-you-mean
 * of an unknown option; the array must outlive the parse. */
void cli_parse_extra_options(const char *const *names, size_t n);

/* Prints every diagnostic as FILE:LINE:COL: path: message on stderr. */
void cli_print_diag(yk_diag *d);

/* Loads a scenario by path or built-in name, printing problems; NULL on
 * failure. engines: the registry's names, for run.engines validation. */
yk_scenario *cli_load(const char *spec);
/* The same, printing nothing (a look ahead at names; cli_load reports). */
yk_scenario *cli_load_quiet(const char *spec);
/* The start of a command on one scenario (cascade, crisis): a usage error
 * unless o has exactly one argument, else the interrupt handler, the
 * scenario and, with --out, its folder (cli_prepare_output). 0 with *s
 * set, or the exit code (the problems printed). */
int cli_one_scenario(const char *command, const cli_options *o, yk_scenario **s);

/* The traceability fields of s, with the seed the user gave if any. */
yk_run_meta cli_meta(const yk_scenario *s, const cli_options *o);

/* Set to the signal's number by SIGINT or SIGTERM; long work polls it
 * through the library's stop flags. */
extern volatile sig_atomic_t cli_interrupted;
void cli_install_interrupt(void);

/* The candidate word is most likely a typo of (world/suggest.c's edit
 * distance), or NULL. A candidate equal to word but for case wins. */
const char *cli_suggest(const char *word, const char *const *candidates, size_t n);

/* Subcommands. */
int cmd_run(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_scenarios(int argc, char **argv);
int cmd_solve(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_report(int argc, char **argv);

/* ---- engines: every engine of the library's table (engine.h) ---------- */

/* What the program adds to an engine's subcommand (crisis: --export):
 * words for its usage line and help, and a handler that sees argv first
 * and returns -1 to leave it to the generic command. */
typedef struct cli_engine_extra {
    const char *engine;
    const char *usage;   /* " [--export FILE.efg]" */
    const char *help;    /* lines, each ending in a newline */
    int (*run)(const yk_engine *e, int argc, char **argv);
} cli_engine_extra;

/* `yokushi ENGINE SCENARIO [options]`: its options from the table, the
 * common ones, one run, one document. */
int cli_engine_command(const yk_engine *e, int argc, char **argv);
/* `yokushi crisis ... --export FILE.efg` (cmd_crisis.c); -1 without
 * --export. */
int cli_crisis_export(const yk_engine *e, int argc, char **argv);
/* `yokushi exchange sspk ...` (cmd_exchange.c); -1 without sspk. */
int cli_exchange_sspk(const yk_engine *e, int argc, char **argv);
/* Takes `--export FILE` and `--crisis NAME` out of argv (*argc shrinks):
 * -1 without --export, YK_EXIT_USAGE (message printed) when one lacks its
 * value, else 0. */
int cli_export_args(const char *cmd, int *argc, char **argv, const char **file,
                    const char **crisis);
/* Writes g to file (cli_open_file) and frees it: the exit code. */
int cli_write_game(const char *cmd, yk_game *g, const char *file);
/* `yokushi ladder ... --export FILE.efg` (cmd_ladder.c); -1 without
 * --export. */
int cli_ladder_export(const yk_engine *e, int argc, char **argv);
/* Takes e's own options out of argv into ro (the rest stay for
 * cli_parse). Returns the new argc, or -1 after printing a usage error
 * as "yokushi CMD: ...". */
int cli_take_engine_options(const char *cmd, const yk_engine *e, int argc, char **argv,
                            yk_run_options *ro);
/* Sets o's common options in ro: seed, threads, replicates, and the
 * interrupt flag as the stop flag. */
void cli_set_run_options(yk_run_options *ro, const cli_options *o);
/* Prints a library error as "yokushi CMD: SCENARIO: message" and returns
 * the exit code it means (2 for bad input, else 1). */
int cli_run_error(const char *cmd, const char *scenario, const yk_error *err);

/* ---- MPI (mpi.c; no-ops unless built with -DYK_MPI=ON) ---------------- */

/* MPI_Init; ranks other than 0 send their standard streams to /dev/null. */
void cli_mpi_init(int *argc, char ***argv);
/* MPI_Finalize; returns code. */
int cli_mpi_finish(int code);
/* This process's rank (0 without MPI): only rank 0 writes --out files. */
int cli_mpi_rank(void);
/* With more than one rank: runs of many points spread them over the ranks. */
void cli_mpi_options(yk_run_options *ro);

/* NULL-terminated names, for yk_load_options.engines. */
const char *const *cli_engine_names(void);
/* Every engine's documented coefficients, for yk_load_options: copies at
 * most cap into buf and returns the count copied. */
size_t cli_coefficient_specs(yk_coefficient_spec *buf, size_t cap);
#define CLI_MAX_COEFFICIENTS 256

#endif
