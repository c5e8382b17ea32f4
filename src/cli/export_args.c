/*
 * export_args.c - the arguments of an engine's `--export FILE.efg`
 * (crisis, ladder): takes --export FILE and --crisis NAME out of argv and
 * leaves the rest for cli_parse; and writes the game it exports.
 */
#include <string.h>

#include "cli/cli.h"

int cli_export_args(const char *cmd, int *argc, char **argv, const char **file,
                    const char **crisis)
{
    int i, n = 1;
    *file = *crisis = NULL;
    for (i = 1; i < *argc; i++)
        if (!strcmp(argv[i], "--export"))
            break;
    if (i == *argc)
        return -1;
    for (i = 1; i < *argc; i++) {
        const char **slot = !strcmp(argv[i], "--export")   ? file
                            : !strcmp(argv[i], "--crisis") ? crisis
                                                           : NULL;
        if (!slot) {
            argv[n++] = argv[i];
        } else if (i + 1 < *argc) {
            *slot = argv[++i];
        } else {
            fprintf(stderr, "yokushi %s: %s needs a value\n", cmd, argv[i]);
            return YK_EXIT_USAGE;
        }
    }
    *argc = n;
    return 0;
}

int cli_write_game(const char *cmd, yk_game *g, const char *file)
{
    FILE *f = cli_open_file(file);
    int bad;
    if (!f) {
        yk_game_free(g);
        return YK_EXIT_FAILED;
    }
    bad = yk_game_write(g, f) != YK_OK;
    yk_game_free(g);
    if (bad)
        fprintf(stderr, "yokushi %s: writing %s failed\n", cmd, file);
    return cli_close_output(f, bad ? YK_EXIT_FAILED : YK_EXIT_OK);
}
