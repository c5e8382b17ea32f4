/*
 * read.c - yk_game_read_file / yk_game_read_buffer: the header line that
 * .efg and .nfg files share ("EFG 2 R" or "NFG 1 R", title, players), then
 * the format's own reader.
 */
#include "core/alloc.h"
#include "core/readfile.h"
#include "game/gamefile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static yk_status read_header(gf_lexer *lx, yk_arena *scratch, int *is_efg, gf_header *h)
{
    static const char want[] = "'EFG 2 R', 'EFG 2 D', 'NFG 1 R' or 'NFG 1 D'";
    yk_status st;
    int cap = 0;

    if ((st = yk_gf_next(lx)) != YK_OK)
        return st;
    if (lx->kind != GF_SYMBOL ||
        !((lx->len == 3 && memcmp(lx->start, "EFG", 3) == 0) ||
          (lx->len == 3 && memcmp(lx->start, "NFG", 3) == 0)))
        return yk_gf_expected(lx, want);
    *is_efg = lx->start[0] == 'E';
    if ((st = yk_gf_next(lx)) != YK_OK)
        return st;
    if (lx->kind != GF_NUMBER || strcmp(lx->text, *is_efg ? "2" : "1") != 0)
        return yk_gf_expected(lx, *is_efg ? "version 2 after 'EFG'" : "version 1 after 'NFG'");
    if ((st = yk_gf_next(lx)) != YK_OK)
        return st;
    if (lx->kind != GF_SYMBOL || lx->len != 1 || (lx->start[0] != 'R' && lx->start[0] != 'D'))
        return yk_gf_expected(lx, *is_efg ? "'R' or 'D' after 'EFG 2'" : "'R' or 'D' after 'NFG 1'");
    if ((st = yk_gf_next(lx)) != YK_OK)
        return st;
    if (lx->kind != GF_TEXT)
        return yk_gf_expected(lx, "the game's title (a quoted text)");
    if (!(h->title = yk_arena_strdup(scratch, lx->text)))
        return yk_gf_nomem(lx);
    if ((st = yk_gf_next(lx)) != YK_OK)
        return st;
    if (lx->kind != GF_LBRACE)
        return yk_gf_expected(lx, "'{' before the player names");
    h->players_line = lx->tline;
    h->players_col = lx->tcol;
    for (;;) {
        if ((st = yk_gf_next(lx)) != YK_OK)
            return st;
        if (lx->kind == GF_RBRACE)
            break;
        if (lx->kind != GF_TEXT)
            return yk_gf_expected(lx, "a player name (a quoted text) or '}'");
        if (h->n_players >= GF_MAX_PLAYERS)
            return yk_gf_error_at(lx, YK_E_LIMIT, lx->tline, lx->tcol,
                               "more than %d players", GF_MAX_PLAYERS);
        if (h->n_players >= cap) {
            const char **p = yk_arena_alloc(scratch, sizeof *p * (size_t)(cap ? cap * 2 : 8));
            if (!p)
                return yk_gf_nomem(lx);
            if (h->n_players)
                memcpy(p, h->player, sizeof *p * (size_t)h->n_players);
            h->player = p;
            cap = cap ? cap * 2 : 8;
        }
        if (!(h->player[h->n_players++] = yk_arena_strdup(scratch, lx->text)))
            return yk_gf_nomem(lx);
    }
    if (h->n_players == 0)
        return yk_gf_error(lx, "a game needs at least one player");
    return yk_gf_next(lx);
}

yk_status yk_game_read_buffer(const char *name, const char *text, size_t len, yk_game **out,
                              yk_error *err)
{
    gf_lexer lx;
    gf_header h;
    yk_arena scratch;
    yk_status st;
    int is_efg = 0;

    *out = NULL;
    if (!name)
        name = "";
    if (len > GF_MAX_FILE)
        return yk_error_set(err, YK_E_LIMIT, name, 0, 0, NULL,
                            "the file is larger than %u MiB", GF_MAX_FILE >> 20);
    if (!text && len)
        return yk_error_set(err, YK_E_ARG, name, 0, 0, NULL, "no text to read");
    memset(&h, 0, sizeof h);
    yk_arena_init(&scratch);
    yk_gf_init(&lx, name, text ? text : "", len, err);
    st = read_header(&lx, &scratch, &is_efg, &h);
    if (st == YK_OK)
        st = is_efg ? yk_efg_parse(&lx, &h, &scratch, out) : yk_nfg_parse(&lx, &h, &scratch, out);
    yk_gf_free(&lx);
    yk_arena_free(&scratch);
    if (st != YK_OK && *out) {
        yk_game_free(*out);
        *out = NULL;
    }
    return st;
}

yk_status yk_game_read_file(const char *path, yk_game **out, yk_error *err)
{
    char *buf;
    size_t len;
    yk_status st;

    *out = NULL;
    /* A regular file only: a FIFO would block, a device never end. */
    st = yk_read_regular_file(path, GF_MAX_FILE, &buf, &len, err);
    if (st != YK_OK)
        return st;
    st = yk_game_read_buffer(path, buf, len, out, err);
    yk_free(buf);
    return st;
}
