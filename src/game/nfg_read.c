/*
 * nfg_read.c - the body of an .nfg file after its player list:
 *
 *   { { "s1" "s2" } { "t1" "t2" } }   strategy labels, or counts: { 2 2 }
 *   "comment"                          optional
 *   then either the payoffs, n_profiles x n_players numbers, player 1's
 *   strategy varying fastest; or the outcomes { { "name" p1, p2 } ... }
 *   followed by one outcome number per profile (0: none, all payoffs 0).
 *
 * Payoffs and outcome numbers are read into arrays that grow with the
 * input, so a file that announces a huge table but does not hold it fails
 * at its end without having allocated the table first.
 */
#include "core/alloc.h"
#include "game/gamefile.h"
#include "game/game_internal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct nfg_reader {
    gf_lexer *lx;
    yk_arena *scratch;
    const gf_header *h;
    int np;
    int counts[GF_MAX_PLAYERS];
    const char **label; int n_label, cap_label; /* NULL when given as counts */
    long profiles;
    const char *comment;
    double *pay; int n_pay, cap_pay;           /* payoff form: the table; outcome form: outcomes */
    const char **paytext; int cap_paytext;     /* their text, parallel to pay */
    const char **olabel; int n_out, cap_olabel;
    int *prof; int n_prof, cap_prof;           /* outcome form: index per profile, -1 none */
} nfg_reader;

static yk_status nomem(nfg_reader *r)
{
    return yk_gf_error_at(r->lx, YK_E_NOMEM, r->lx->tline, r->lx->tcol, "out of memory");
}

static yk_status count_profiles(nfg_reader *r, int p, int n)
{
    if (r->profiles > GF_MAX_PROFILES / n)
        return yk_gf_error_at(r->lx, YK_E_LIMIT, r->lx->tline, r->lx->tcol,
                           "the game has more than %ld strategy profiles", GF_MAX_PROFILES);
    r->profiles *= n;
    r->counts[p] = n;
    return YK_OK;
}

static yk_status read_strategies(nfg_reader *r)
{
    gf_lexer *lx = r->lx;
    yk_status st;
    int p;
    char what[96];

    if (lx->kind != GF_LBRACE)
        return yk_gf_expected(lx, "'{' after the player list");
    if ((st = yk_gf_next(lx)) != YK_OK)
        return st;
    r->profiles = 1;
    if (lx->kind == GF_NUMBER) {
        for (p = 0; p < r->np; p++) {
            long n;
            snprintf(what, sizeof what, "the number of strategies of player %d", p + 1);
            if ((st = yk_gf_int(lx, what, 1, GF_MAX_PROFILES, &n)) != YK_OK ||
                (st = count_profiles(r, p, (int)n)) != YK_OK || (st = yk_gf_next(lx)) != YK_OK)
                return st;
        }
    } else {
        for (p = 0; p < r->np; p++) {
            int n = 0;
            snprintf(what, sizeof what, "'{' before the strategies of player %d", p + 1);
            if (lx->kind != GF_LBRACE)
                return yk_gf_expected(lx, what);
            for (;;) {
                if ((st = yk_gf_next(lx)) != YK_OK)
                    return st;
                if (lx->kind == GF_RBRACE)
                    break;
                if (lx->kind != GF_TEXT)
                    return yk_gf_expected(lx, "a strategy label (a quoted text) or '}'");
                if (n >= INT_MAX / 2 ||
                    yk_game_grow(&r->label, &r->cap_label, r->n_label + 1, sizeof *r->label) ||
                    !(r->label[r->n_label] = yk_arena_strdup(r->scratch, lx->text)))
                    return nomem(r);
                r->n_label++;
                n++;
            }
            if (n == 0)
                return yk_gf_error(lx, "player %d has no strategies", p + 1);
            if ((st = count_profiles(r, p, n)) != YK_OK || (st = yk_gf_next(lx)) != YK_OK)
                return st;
        }
    }
    snprintf(what, sizeof what, "'}' after the strategies of the %d player%s", r->np,
             r->np == 1 ? "" : "s");
    if (lx->kind != GF_RBRACE)
        return yk_gf_expected(lx, what);
    if (r->profiles * r->np > GF_MAX_TABLE)
        return yk_gf_error_at(lx, YK_E_LIMIT, lx->tline, lx->tcol,
                           "the payoff table would hold more than %ld numbers", GF_MAX_TABLE);
    return yk_gf_next(lx);
}

static yk_status read_payoffs(nfg_reader *r)
{
    gf_lexer *lx = r->lx;
    long need = r->profiles * r->np, i;
    yk_status st;

    for (i = 0; i < need; i++) {
        if (lx->kind == GF_EOF)
            return yk_gf_error(lx, "unexpected end of file after %ld of the %ld payoffs "
                                "(%ld profiles x %d players)", i, need, r->profiles, r->np);
        if (lx->kind != GF_NUMBER)
            return yk_gf_expected(lx, "a payoff");
        if (yk_game_grow(&r->pay, &r->cap_pay, (int)i + 1, sizeof *r->pay) ||
            yk_game_grow(&r->paytext, &r->cap_paytext, (int)i + 1, sizeof *r->paytext) ||
            !(r->paytext[i] = yk_arena_strdup(r->scratch, lx->text)))
            return nomem(r);
        r->pay[i] = lx->num;
        if ((st = yk_gf_next(lx)) != YK_OK)
            return st;
        if (lx->kind == GF_COMMA && (st = yk_gf_next(lx)) != YK_OK)
            return st;
    }
    if (lx->kind != GF_EOF) {
        char found[96];
        return yk_gf_error(lx, "expected the end of the file after the last payoff (%ld profiles "
                            "x %d players) but found %s", r->profiles, r->np,
                        yk_gf_describe(lx, found, sizeof found));
    }
    return YK_OK;
}

/* { { "name" p1, p2 } ... }; the lexer is on the first '{'. */
static yk_status read_outcome_list(nfg_reader *r)
{
    gf_lexer *lx = r->lx;
    yk_status st;

    if ((st = yk_gf_next(lx)) != YK_OK)
        return st;
    while (lx->kind == GF_LBRACE) {
        int line = lx->tline, col = lx->tcol, n = 0;
        if ((st = yk_gf_next(lx)) != YK_OK)
            return st;
        if (lx->kind != GF_TEXT)
            return yk_gf_expected(lx, "the outcome's label (a quoted text)");
        if (r->n_out >= INT_MAX / GF_MAX_PLAYERS - 1 ||
            yk_game_grow(&r->olabel, &r->cap_olabel, r->n_out + 1, sizeof *r->olabel) ||
            yk_game_grow(&r->pay, &r->cap_pay, (r->n_out + 1) * r->np, sizeof *r->pay) ||
            yk_game_grow(&r->paytext, &r->cap_paytext, (r->n_out + 1) * r->np,
                      sizeof *r->paytext) ||
            !(r->olabel[r->n_out] = yk_arena_strdup(r->scratch, lx->text)))
            return nomem(r);
        if ((st = yk_gf_next(lx)) != YK_OK)
            return st;
        while (lx->kind != GF_RBRACE) {
            if (lx->kind != GF_NUMBER)
                return yk_gf_expected(lx, "a payoff or '}'");
            if (n < r->np) {
                r->pay[r->n_out * r->np + n] = lx->num;
                if (!(r->paytext[r->n_out * r->np + n] = yk_arena_strdup(r->scratch, lx->text)))
                    return nomem(r);
            }
            if (n < INT_MAX)
                n++;
            if ((st = yk_gf_next(lx)) != YK_OK)
                return st;
            if (lx->kind == GF_COMMA && (st = yk_gf_next(lx)) != YK_OK)
                return st;
        }
        if (n != r->np)
            return yk_gf_error_at(lx, YK_E_PARSE, line, col,
                               "outcome %d has %d payoff%s, the game has %d player%s",
                               r->n_out + 1, n, n == 1 ? "" : "s", r->np,
                               r->np == 1 ? "" : "s");
        r->n_out++;
        if ((st = yk_gf_next(lx)) != YK_OK)
            return st;
    }
    if (lx->kind != GF_RBRACE)
        return yk_gf_expected(lx, "'{' of an outcome or '}' after the outcomes");
    return yk_gf_next(lx);
}

static yk_status read_outcome_form(nfg_reader *r)
{
    gf_lexer *lx = r->lx;
    long i;
    yk_status st;

    if ((st = read_outcome_list(r)) != YK_OK)
        return st;
    for (i = 0; i < r->profiles; i++) {
        long o;
        if (lx->kind == GF_EOF)
            return yk_gf_error(lx, "unexpected end of file after %ld of the %ld outcome numbers "
                                "(one per strategy profile)", i, r->profiles);
        if ((st = yk_gf_int(lx, "an outcome number", 0, INT_MAX, &o)) != YK_OK)
            return st;
        if (o > r->n_out)
            return yk_gf_error(lx, "outcome %ld does not exist (the file lists %d)", o, r->n_out);
        if (yk_game_grow(&r->prof, &r->cap_prof, (int)i + 1, sizeof *r->prof))
            return nomem(r);
        r->prof[i] = (int)o - 1;
        if ((st = yk_gf_next(lx)) != YK_OK)
            return st;
    }
    if (lx->kind != GF_EOF) {
        char found[96];
        return yk_gf_error(lx, "expected the end of the file after the last outcome number (%ld "
                            "profiles) but found %s", r->profiles,
                        yk_gf_describe(lx, found, sizeof found));
    }
    return YK_OK;
}

/* The game from what was read: a table, plus the outcomes when given. */
static yk_status build(nfg_reader *r, yk_game **out)
{
    const int np = r->np;
    double *table = r->pay;
    yk_game *g;
    yk_status st;
    long i;
    int p;

    if (r->prof) {
        table = yk_calloc((size_t)r->profiles * (size_t)np, sizeof *table);
        if (!table)
            return nomem(r);
        for (i = 0; i < r->profiles; i++)
            if (r->prof[i] >= 0)
                for (p = 0; p < np; p++)
                    table[i * np + p] = r->pay[r->prof[i] * np + p];
    }
    st = yk_game_table_new(r->h->title, np, r->h->player, r->counts, r->label, table, out,
                           r->lx->err);
    if (table != r->pay)
        yk_free(table);
    if (st != YK_OK) {
        if (r->lx->err && !r->lx->err->file[0])
            snprintf(r->lx->err->file, sizeof r->lx->err->file, "%s", r->lx->name);
        return st;
    }
    g = *out;
    if (r->comment && !(g->comment = yk_game_strdup(g, r->comment)))
        return nomem(r);
    if (!r->prof) { /* payoff-list form: keep each payoff's text */
        g->table_text = yk_game_calloc(g, (size_t)r->profiles * np, sizeof *g->table_text);
        if (!g->table_text)
            return nomem(r);
        for (i = 0; i < r->profiles * np; i++)
            if (!(g->table_text[i] = yk_game_strdup(g, r->paytext[i])))
                return nomem(r);
        return YK_OK;
    }
    g->n_outcomes = r->n_out;
    g->outcome = yk_game_calloc(g, (size_t)r->n_out + 1, sizeof *g->outcome);
    g->payoff = yk_game_calloc(g, (size_t)r->n_out * np + 1, sizeof *g->payoff);
    g->payoff_text = yk_game_calloc(g, (size_t)r->n_out * np + 1, sizeof *g->payoff_text);
    g->profile_outcome = yk_game_calloc(g, (size_t)r->profiles, sizeof *g->profile_outcome);
    if (!g->outcome || !g->payoff || !g->payoff_text || !g->profile_outcome)
        return nomem(r);
    for (i = 0; i < r->n_out; i++) {
        g->outcome[i].number = (int)i + 1;
        g->outcome[i].payoffs = (int)i * np;
        if (!(g->outcome[i].label = yk_game_strdup(g, r->olabel[i])))
            return nomem(r);
        for (p = 0; p < np; p++) {
            g->payoff[i * np + p] = r->pay[i * np + p];
            if (!(g->payoff_text[i * np + p] = yk_game_strdup(g, r->paytext[i * np + p])))
                return nomem(r);
        }
    }
    memcpy(g->profile_outcome, r->prof, sizeof *r->prof * (size_t)r->profiles);
    return YK_OK;
}

yk_status yk_nfg_parse(gf_lexer *lx, const gf_header *h, yk_arena *scratch, yk_game **out)
{
    nfg_reader r;
    yk_status st;

    memset(&r, 0, sizeof r);
    r.lx = lx;
    r.scratch = scratch;
    r.h = h;
    r.np = h->n_players;
    st = read_strategies(&r);
    if (st == YK_OK && lx->kind == GF_TEXT) {
        if (!(r.comment = yk_arena_strdup(scratch, lx->text)))
            st = nomem(&r);
        else
            st = yk_gf_next(lx);
    }
    if (st == YK_OK) {
        if (lx->kind == GF_LBRACE)
            st = read_outcome_form(&r);
        else if (lx->kind == GF_NUMBER)
            st = read_payoffs(&r);
        else if (lx->kind == GF_EOF)
            st = yk_gf_error(lx, "unexpected end of file: expected the outcomes ('{') or the "
                              "payoffs");
        else
            st = yk_gf_expected(lx, "the outcomes ('{') or the payoffs");
    }
    if (st == YK_OK)
        st = build(&r, out);
    yk_free(r.label);
    yk_free(r.pay);
    yk_free(r.paytext);
    yk_free(r.olabel);
    yk_free(r.prof);
    return st;
}
