/*
 * game_string.c - a Gambit game file read, solved and reported in one
 * call (report.h), for callers that want the document and not the
 * steps: the Python package's yokushi.solve, and any embedding program.
 */
#include <stdio.h>
#include <string.h>

#include "core/numtext.h"
#include "core/strout.h"
#include "yokushi/report.h"
#include "yokushi/sha256.h"

/* The method `yokushi solve` picks when none is named. */
static yk_solve_method default_method(const yk_game *g)
{
    if (g->form == YK_GAME_TREE && yk_game_is_perfect_information(g))
        return YK_SOLVE_BI;
    return g->n_players == 2 ? YK_SOLVE_LCP : YK_SOLVE_LOGIT;
}

static yk_status solve_file(const char *path, const yk_game_solve_args *a,
                            FILE *out, yk_error *err)
{
    yk_game_solve_args none;
    yk_game *g = NULL, *reduced = NULL;
    yk_solution sol;
    yk_solution_report rep;
    yk_solve_method m;
    yk_status st;
    char sha[65];

    if (!a) {
        memset(&none, 0, sizeof none);
        a = &none;
    }
    if (!path)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL, "no game file");
    st = yk_game_read_file(path, &g, err);
    if (st)
        return st;
    if (!a->method)
        m = default_method(g);
    else if (yk_solve_method_parse(a->method, &m)) {
        yk_game_free(g);
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "method",
                            "takes bi, enumpure, lcp or logit (got \"%s\")", a->method);
    }
    memset(&sol, 0, sizeof sol);
    /* checked: a profile that is not an equilibrium is an error, never
     * part of the document (and a method that stopped short fails the
     * call, whatever it found before) */
    st = yk_solve(g, m, &a->options, &sol, err);
    if (!st)
        st = yk_sha256_file(path, sha, err);
    if (st) {
        if (err && !err->file[0]) /* a solver's message names no file */
            snprintf(err->file, sizeof err->file, "%s", path);
        yk_solution_free(&sol);
        yk_game_free(g);
        return st;
    }
    /* profiles over the reduced strategic form print with its labels */
    if (sol.strategic &&
        yk_game_reduced_form(g, a->options.max_profiles, &reduced, NULL, NULL) != YK_OK)
        reduced = NULL;
    memset(&rep, 0, sizeof rep);
    rep.format = a->format;
    rep.method = m;
    rep.decimals = a->decimals;
    rep.file = path;
    rep.sha256 = sha;
    rep.reduced = reduced;
    st = yk_report_solution(out, g, &sol, &rep);
    yk_solution_free(&sol);
    yk_game_free(reduced);
    yk_game_free(g);
    if (st != YK_OK)
        return yk_error_set(err, st, path, 0, 0, NULL, "%s", yk_status_str(st));
    return ferror(out) ? YK_E_IO : YK_OK;
}

yk_status yk_game_solve_file(const char *path, const yk_game_solve_args *a,
                             FILE *out, yk_error *err)
{
    /* The report prints with fprintf: in the C locale, whatever the
     * embedding program set. */
    void *loc = yk_locale_c_enter();
    yk_status st = solve_file(path, a, out, err);
    yk_locale_c_leave(loc);
    return st;
}

/* yk_stream_writer over yk_game_solve_file's arguments. */
typedef struct solve_doc {
    const char *path;
    const yk_game_solve_args *a;
    yk_error *err;
} solve_doc;

static yk_status write_solve_doc(const void *ud, FILE *out)
{
    const solve_doc *d = ud;
    return yk_game_solve_file(d->path, d->a, out, d->err);
}

yk_status yk_game_solve_to_string(const char *path, const yk_game_solve_args *a,
                                  char **out, size_t *len, yk_error *err)
{
    solve_doc d;
    yk_status st;
    if (err)
        memset(err, 0, sizeof *err);
    d.path = path;
    d.a = a;
    d.err = err;
    st = yk_stream_to_string(write_solve_doc, &d, out, len);
    /* the string's own buffer ran out: say so, as every other failure does */
    if (st != YK_OK && err && !err->message[0])
        yk_error_set(err, st, path, 0, 0, NULL, "%s", yk_status_str(st));
    return st;
}
