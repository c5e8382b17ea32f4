/*
 * solve_cases.h - what `yokushi solve` does (read a game, solve it, report
 * the solution), as one run for the allocation-failure harness
 * (failalloc.h), in every output format.
 */
#ifndef YK_TEST_SOLVE_CASES_H
#define YK_TEST_SOLVE_CASES_H

#include <stdio.h>

#include "yokushi/report.h"

typedef struct fa_game_case {
    const char *game;            /* a path under $YK_TEST_DATA */
    yk_solve_method method;
    int strategic;               /* -S: profiles over the reduced strategic form */
    yk_solution_format format;
    char path[1024];             /* the game's full path */
} fa_game_case;

void fa_game_case_set(fa_game_case *c, const char *game, yk_solve_method m, int strategic,
                      yk_solution_format format);
/* An fa_run_fn over an fa_game_case: read, solve, reduced form for -S,
 * yk_report_solution. */
yk_status fa_read_solve_report(void *ctx, FILE *out, yk_error *err);
/* 1 when the method solves the game (no failure injected): the sweep
 * skips the pairs a method does not take. */
int fa_solves(const char *game, yk_solve_method m, int strategic);
/* fa_check over the run in the gambit, json and text formats. */
void fa_check_solve(const char *game, yk_solve_method m, int strategic);

#endif
