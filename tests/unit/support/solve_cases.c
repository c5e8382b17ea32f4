/*
 * solve_cases.c - the read-solve-report run (solve_cases.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "failalloc.h"
#include "solve_cases.h"

void fa_game_case_set(fa_game_case *c, const char *game, yk_solve_method m, int strategic,
                      yk_solution_format format)
{
    memset(c, 0, sizeof *c);
    c->game = game;
    c->method = m;
    c->strategic = strategic;
    c->format = format;
    fa_data_path(game, c->path, sizeof c->path);
}

/* The checked entry point, as `yokushi solve` calls it. */
static yk_status solve(const yk_game *g, const fa_game_case *c, yk_solution *sol,
                       yk_error *err)
{
    yk_solve_options o = yk_solve_defaults();
    o.strategic = c->strategic;
    return yk_solve(g, c->method, &o, sol, err);
}

yk_status fa_read_solve_report(void *ctx, FILE *out, yk_error *err)
{
    fa_game_case *c = ctx;
    yk_game *g = NULL, *reduced = NULL;
    yk_solution sol;
    yk_solution_report rep;
    yk_status st = yk_game_read_file(c->path, &g, err);

    if (st != YK_OK)
        return st;
    st = solve(g, c, &sol, err);
    if (st == YK_OK && sol.strategic)
        st = yk_game_reduced_form(g, 0, &reduced, NULL, err);
    if (st == YK_OK) {
        memset(&rep, 0, sizeof rep);
        rep.format = c->format;
        rep.method = c->method;
        rep.file = c->game;
        rep.sha256 = "";
        rep.reduced = reduced;
        st = yk_report_solution(out, g, &sol, &rep);
        if (st != YK_OK)
            yk_error_set(err, st, NULL, 0, 0, NULL, "%s", yk_status_str(st));
    }
    yk_solution_free(&sol);
    yk_game_free(reduced);
    yk_game_free(g);
    return st;
}

int fa_solves(const char *game, yk_solve_method m, int strategic)
{
    fa_game_case c;
    yk_error err;
    FILE *f = fopen("/dev/null", "w");
    int ok;
    assert_non_null(f);
    fa_game_case_set(&c, game, m, strategic, YK_SOLUTION_JSON);
    ok = fa_read_solve_report(&c, f, &err) == YK_OK;
    fclose(f);
    return ok;
}

void fa_check_solve(const char *game, yk_solve_method m, int strategic)
{
    static const yk_solution_format formats[] = {YK_SOLUTION_GAMBIT, YK_SOLUTION_JSON,
                                                 YK_SOLUTION_TEXT};
    static const char *const names[] = {"gambit", "json", "text"};
    size_t f;
    for (f = 0; f < sizeof formats / sizeof formats[0]; f++) {
        fa_game_case c;
        fa_summary sum;
        char what[256];
        fa_game_case_set(&c, game, m, strategic, formats[f]);
        snprintf(what, sizeof what, "%s --method %s%s --format %s", game,
                 yk_solve_method_name(m), strategic ? " -S" : "", names[f]);
        fa_check(what, fa_read_solve_report, &c, 1, &sum);
    }
}
