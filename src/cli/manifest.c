/*
 * manifest.c - DIR/manifest.json: what one run wrote into an --out
 * folder, so each file traces to the program, the command, the scenario
 * (by SHA-256) and the seed, and a reader can check a file is the one the
 * run wrote (its SHA-256 and size).
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli/output.h"
#include "yokushi/sha256.h"
#include "yokushi/yokushi.h"

int cli_manifest(const char *const *argv, int argc, const cli_manifest_file *files, size_t n,
                 char **buf, size_t *len)
{
    FILE *f;
    yk_json j;
    size_t i;
    int k, bad;

    *buf = NULL;
    *len = 0;
    f = open_memstream(buf, len);
    if (!f)
        return -1;
    yk_json_init(&j, f);
    yk_json_object_begin(&j, NULL);
    yk_json_string(&j, "yokushi", yk_version());
    yk_json_array_begin(&j, "command");
    for (k = 0; k < argc; k++)
        yk_json_string(&j, NULL, argv[k]);
    yk_json_array_end(&j);
    yk_json_array_begin(&j, "files");
    for (i = 0; i < n; i++) {
        char hex[65];
        yk_sha256_of(files[i].bytes, files[i].len, hex);
        yk_json_object_begin(&j, NULL);
        yk_json_string(&j, "file", files[i].file);
        yk_json_string(&j, "scenario", files[i].scenario);
        yk_json_string(&j, "scenario_sha256", files[i].scenario_sha256);
        yk_json_int(&j, "seed", (int64_t)files[i].seed);
        yk_json_int(&j, "bytes", (int64_t)files[i].len);
        yk_json_string(&j, "sha256", hex);
        yk_json_object_end(&j);
    }
    yk_json_array_end(&j);
    yk_json_object_end(&j);
    bad = yk_json_finish(&j) != YK_OK;
    bad |= fclose(f) != 0;
    if (bad) {
        free(*buf);
        *buf = NULL;
        return -1;
    }
    return 0;
}
