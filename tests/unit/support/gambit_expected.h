/*
 * gambit_expected.h - reading what Gambit's tools printed (the fixtures'
 * expected/GAME.METHOD.out files) and comparing profile sets, for the
 * solver tests.
 */
#ifndef YK_TEST_GAMBIT_EXPECTED_H
#define YK_TEST_GAMBIT_EXPECTED_H

#include "yokushi/game.h"

typedef struct gx_profiles {
    int count;    /* NE lines (branch points are skipped) */
    int size;     /* numbers per line; -1 when lines differ */
    double *prob; /* count * size */
} gx_profiles;

/* Reads $YK_TEST_DATA/gambit/expected/GAME.METHOD.out. Returns 0, or -1
 * when the file is missing or malformed. Numbers may be 0, 1, p/q,
 * decimals or exponent notation. */
int gx_read(const char *game, const char *method, gx_profiles *out);
void gx_free(gx_profiles *p);

/* The row of manifest.csv for (game, method): exit code and count; -1
 * when there is no such row. */
int gx_manifest_exit(const char *game, const char *method, int *equilibria);

/* The games for which Gambit ran `method` with exit code 0, in manifest
 * order, into names (at most max, each under 128 bytes); returns the
 * count. */
int gx_finished_runs(const char *method, char (*names)[128], int max);

/* Reads $YK_TEST_DATA/gambit/games/GAME; NULL on failure (message printed). */
yk_game *gx_game(const char *game);

/* Largest |a - b| over the profile entries Gambit prints (from
 * yk_game_profile_first). */
double gx_distance(const yk_game *g, const double *ours, const double *theirs, int size);

/* 1 when every profile of `ours` is within tol of one in `theirs` and vice
 * versa (sets, not sequences). ours has stride yk_solution.size. On a
 * mismatch describes the first unmatched profile in why. */
int gx_same_set(const yk_game *g, const yk_solution *ours, const gx_profiles *theirs,
                double tol, char *why, int why_size);

/* 1 when profile p (stride as in ours) is within tol of some profile of
 * theirs. */
int gx_contains(const yk_game *g, const double *p, const gx_profiles *theirs, double tol);

#endif
