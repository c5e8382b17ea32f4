/*
 * main.c - the yokushi program: git-style subcommands, the program's own
 * from one table and one per engine from the library's engine table.
 */
#include <string.h>

#include "cli/cli.h"
#include "cli/store.h"

typedef struct subcommand {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *summary;
} subcommand;

static const subcommand commands[] = {
    {"run", cmd_run, "run a scenario (default: the built-in set)"},
    {"validate", cmd_validate, "check scenario and world files"},
    {"show", cmd_show, "print the resolved world, a state or an alliance"},
    {"scenarios", cmd_scenarios, "list the built-in worlds and scenarios"},
    {"solve", cmd_solve, "solve a Gambit game file (.efg, .nfg)"},
    {"compare", cmd_compare, "one engine on two scenarios: paired differences"},
    {"runs", cmd_runs, "read a run store (--store FILE.db): list, show, export"},
    {"report", cmd_report, "one self-contained HTML page of runs, with charts"},
};

#define N_COMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *out)
{
    size_t i;
    fprintf(out,
            "yokushi %s - a simulator of the nuclear deterrence system\n\n"
            "usage: yokushi COMMAND [OPTIONS] [ARGS]\n\ncommands:\n",
            yk_version());
    for (i = 0; i < N_COMMANDS; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\nengines (`yokushi ENGINE SCENARIO`):\n");
    for (i = 0; i < yk_engine_count(); i++)
        fprintf(out, "  %-10s %s\n", yk_engine_name(yk_engine_at(i)),
                yk_engine_summary(yk_engine_at(i)));
    fprintf(out, "\n`yokushi COMMAND --help` for each; `yokushi --version`.\n"
                 "Exit codes: 0 success, 1 a run that failed, 2 bad input or usage.\n");
}

static int dispatch(int argc, char **argv)
{
    const yk_engine *e;
    size_t i;
    if (argc < 2) {
        usage(stderr);
        return YK_EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
        printf("yokushi %s\n", yk_version());
        return YK_EXIT_OK;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return YK_EXIT_OK;
    }
    for (i = 0; i < N_COMMANDS; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].fn(argc - 1, argv + 1);
    e = yk_engine_find(argv[1]);
    if (e)
        return cli_engine_command(e, argc - 1, argv + 1);
    {
        const char *names[N_COMMANDS + 64];
        size_t n = 0;
        const char *near;
        for (i = 0; i < N_COMMANDS; i++)
            names[n++] = commands[i].name;
        for (i = 0; i < yk_engine_count() && n < sizeof names / sizeof names[0]; i++)
            names[n++] = yk_engine_name(yk_engine_at(i));
        near = cli_suggest(argv[1], names, n);
        if (near) {
            fprintf(stderr, "yokushi: unknown command \"%s\"; did you mean \"%s\"?\n", argv[1],
                    near);
            return YK_EXIT_USAGE;
        }
    }
    fprintf(stderr, "yokushi: unknown command \"%s\"\n\n", argv[1]);
    usage(stderr);
    return YK_EXIT_USAGE;
}

int main(int argc, char **argv)
{
    int code;
    cli_mpi_init(&argc, &argv);
    cli_set_command_line(argc, argv);
    /* Every command's results reach their files, and standard output is
     * checked, here: a full disk or a closed stdout is exit 1. */
    code = dispatch(argc, argv);
    cli_progress_clear();
    cli_store_close();
    return cli_mpi_finish(cli_finish(code));
}
