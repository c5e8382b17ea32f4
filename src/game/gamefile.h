/*
 * gamefile.h - what the .efg and .nfg readers share once read.c has read
 * the header line both formats start with: title and player names.
 */
#ifndef YK_GAME_GAMEFILE_H
#define YK_GAME_GAMEFILE_H

#include "core/arena.h"
#include "game/lexer.h"
#include "yokushi/game.h"

#define GF_MAX_FILE (64u << 20)        /* bytes */
#define GF_MAX_NODES (1 << 24)
#define GF_MAX_PLAYERS 64
#define GF_MAX_ACTIONS 1000000         /* per information set (the builder's limit) */
#define GF_MAX_PROFILES 100000000L
#define GF_MAX_TABLE 100000000L        /* payoffs in a table (profiles x players) */

typedef struct gf_header {
    const char *title;
    const char **player;  /* n_players names */
    int n_players;
    int players_line, players_col; /* the '{' of the player list */
} gf_header;

/* Both start with the lexer on the first token after the player list and
 * read to the end of the file. Strings they keep only while reading go to
 * scratch. */
yk_status yk_efg_parse(gf_lexer *lx, const gf_header *h, yk_arena *scratch, yk_game **out);
yk_status yk_nfg_parse(gf_lexer *lx, const gf_header *h, yk_arena *scratch, yk_game **out);

#endif
