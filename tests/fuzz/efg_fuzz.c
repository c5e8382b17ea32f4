/*
 * efg_fuzz.c - libFuzzer target for the game file reader on .efg input:
 * any bytes must give a game or a located error, never a crash, undefined
 * behaviour or a leak; a game that reads is written back, read again, and
 * must equal the first (else abort).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "yokushi/game.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    yk_game *g = NULL, *h = NULL;
    yk_error err;
    char line[YK_ERROR_FILE_MAX + YK_ERROR_PATH_MAX + YK_ERROR_MSG_MAX + 64];
    char *mem = NULL;
    size_t len = 0;
    FILE *f;

    if (yk_game_read_buffer("fuzz.efg", (const char *)data, size, &g, &err) != YK_OK) {
        int n = yk_error_format(&err, line, sizeof line);
        if (g != NULL || n <= 0 || (size_t)n >= sizeof line || err.line < 1)
            abort(); /* a failure leaves no game and says where */
        return 0;
    }
    f = open_memstream(&mem, &len);
    if (!f)
        abort();
    if (yk_game_write(g, f) != YK_OK)
        abort();
    fclose(f);
    if (yk_game_read_buffer("written", mem, len, &h, &err) != YK_OK || !yk_game_equal(g, h))
        abort();
    yk_game_free(h);
    yk_game_free(g);
    free(mem);
    return 0;
}
