/*
 * game_fuzz.h - the body both game-file fuzz targets share (efg_fuzz.c,
 * nfg_fuzz.c; they differ in their seeds and the name given to the
 * reader): any bytes must give a game or a located error, never a crash,
 * undefined behaviour or a leak; a game that reads is written back, read
 * again, and must equal the first (else abort).
 */
#ifndef YK_GAME_FUZZ_H
#define YK_GAME_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "yokushi/game.h"

static int fuzz_game_file(const char *name, const uint8_t *data, size_t size)
{
    yk_game *g = NULL, *h = NULL;
    yk_error err;
    char line[YK_ERROR_FILE_MAX + YK_ERROR_PATH_MAX + YK_ERROR_MSG_MAX + 64];
    char *mem = NULL;
    size_t len = 0;
    FILE *f;

    if (yk_game_read_buffer(name, (const char *)data, size, &g, &err) != YK_OK) {
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

#endif
