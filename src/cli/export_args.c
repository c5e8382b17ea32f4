/*
 * export_args.c - the arguments of an engine's `--export FILE.efg`
 * (crisis, ladder): takes --export FILE and --crisis NAME out of argv and
 * leaves the rest for cli_parse.
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
