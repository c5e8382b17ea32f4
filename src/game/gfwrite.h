/*
 * gfwrite.h - the pieces both Gambit writers print: quoted labels, whole
 * numbers, and numbers as read ("1/3") or else their shortest round-trip
 * decimal. The library does not use printf-family calls on streams
 * (scripts/checksrc.sh): everything goes through fwrite.
 */
#ifndef YK_GAME_GFWRITE_H
#define YK_GAME_GFWRITE_H

#include <stdio.h>

#include "yokushi/game.h"

void yk_gw_str(FILE *f, const char *s);
/* "s" with \" for a quote; a backslash is doubled only where the reader
 * would otherwise take it for an escape (before a quote, a backslash or
 * the closing quote), so labels with plain backslashes print as Gambit
 * prints them. */
void yk_gw_quoted(FILE *f, const char *s);
void yk_gw_long(FILE *f, long v);
/* text when there is one, else the shortest decimal that reads back as v. */
void yk_gw_number(FILE *f, const char *text, double v);

/* Texts for the n chance probabilities of one information set that sum to
 * exactly 1 as rationals, as Gambit requires (chance_text.c): text i at
 * i * YK_CHANCE_TEXT_MAX. yk_free it; NULL when out of memory. */
#define YK_CHANCE_TEXT_MAX 408
char *yk_chance_texts(const double *prob, int n);

/* `KIND "title" { "player" ... }` and a newline. */
void yk_gw_header(const yk_game *g, FILE *f, const char *kind);

/* The two forms; yk_game_write picks one and checks the stream. */
yk_status yk_efg_write(const yk_game *g, FILE *f);
yk_status yk_nfg_write(const yk_game *g, FILE *f);

#endif
