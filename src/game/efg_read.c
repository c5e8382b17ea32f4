/*
 * efg_read.c - the nodes of an .efg file, in prefix order:
 *
 *   c "label" set "set label" { "action" prob ... } outcome [payoffs]
 *   p "label" player set "set label" { "action" ... } outcome [payoffs]
 *   t "label" outcome [payoffs]
 *
 * where [payoffs] is `"outcome label" { p1, p2, ... }`. An information set
 * or outcome seen before may leave out its details; when it repeats them
 * they must agree with the first time (as Gambit 17 requires). Duplicate
 * node labels are accepted: older Gambit wrote files with them (nim7.efg).
 *
 * The tree is read with an explicit stack, not recursion, so a deep tree
 * cannot overflow the C stack. A problem with the game itself (bad
 * probabilities, an information set that disagrees with itself) is
 * reported at the node that shows it; a syntax error at its token.
 */
#include "core/alloc.h"
#include "game/gamefile.h"
#include "game/game_internal.h"
#include "game/idmap.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/numtext.h"

#define PROB_TOL 1e-9

typedef struct rd_set {
    int handle, line, n_actions, first; /* first: into the action arrays */
    const char *label;
} rd_set;

typedef struct rd_outcome {
    int handle, line, first; /* first: into pay */
    const char *label;
} rd_outcome;

typedef struct rd_frame {
    int node, next, n; /* builder node, next child to read, children */
} rd_frame;

typedef struct efg_reader {
    gf_lexer *lx;
    yk_arena *scratch;
    yk_game_builder *b;
    int np;
    rd_set *set; int n_sets, cap_sets;
    const char **alabel; double *aprob; const char **atext; int n_act, cap_al, cap_ap, cap_at;
    rd_outcome *out; int n_out, cap_out;
    double *pay; const char **paytext; int n_pay, cap_pay, cap_payt;
    gf_idmap set_map, out_map;
    rd_frame *stack; int n_stack, cap_stack;
    long created;          /* builder nodes so far */
    int node_no;           /* the node being read, 1-based in file order */
    int nline, ncol;       /* where it starts */
    /* the node's own list, before it is known whether it defines a set */
    const char **tl; double *tp; const char **tt; int n_t, cap_tl, cap_tp, cap_tt;
    double tpay[GF_MAX_PLAYERS]; const char *tpaytext[GF_MAX_PLAYERS];
} efg_reader;

static yk_status nomem(efg_reader *r)
{
    return yk_gf_error_at(r->lx, YK_E_NOMEM, r->lx->tline, r->lx->tcol, "out of memory");
}

/* A problem with the game shown by the current node: at the node. */
static yk_status at_node(efg_reader *r, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static yk_status at_node(efg_reader *r, const char *fmt, ...)
{
    char msg[YK_ERROR_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return yk_gf_error_at(r->lx, YK_E_PARSE, r->nline, r->ncol, "%s", msg);
}

static yk_status next(efg_reader *r)
{
    return yk_gf_next(r->lx);
}

/* "expected WHAT", or at the end of the file which node was cut short. */
static yk_status expected(efg_reader *r, const char *what)
{
    if (r->lx->kind == GF_EOF)
        return yk_gf_error(r->lx, "unexpected end of file in node %d (expected %s)", r->node_no,
                        what);
    return yk_gf_expected(r->lx, what);
}

static const char *rd_dup(efg_reader *r, const char *s)
{
    return yk_arena_strdup(r->scratch, s);
}

static void set_name(char *buf, size_t size, int player, long number)
{
    if (player == YK_CHANCE)
        snprintf(buf, size, "chance information set %ld", number);
    else
        snprintf(buf, size, "information set %ld of player %d", number, player);
}

/* Reads `{ "a" [prob] ... }` into the node's list; the lexer is on '{'. */
static yk_status read_actions(efg_reader *r, int chance)
{
    gf_lexer *lx = r->lx;
    yk_status st;

    r->n_t = 0;
    for (;;) {
        if ((st = next(r)) != YK_OK)
            return st;
        if (lx->kind == GF_RBRACE)
            break;
        if (lx->kind != GF_TEXT)
            return expected(r, r->n_t ? "an action label (a quoted text) or '}'"
                                      : "an action label (a quoted text)");
        if (r->n_t >= GF_MAX_ACTIONS)
            return yk_gf_error_at(lx, YK_E_LIMIT, lx->tline, lx->tcol,
                               "an information set with more than %d actions", GF_MAX_ACTIONS);
        if (yk_game_grow(&r->tl, &r->cap_tl, r->n_t + 1, sizeof *r->tl) ||
            yk_game_grow(&r->tp, &r->cap_tp, r->n_t + 1, sizeof *r->tp) ||
            yk_game_grow(&r->tt, &r->cap_tt, r->n_t + 1, sizeof *r->tt) ||
            !(r->tl[r->n_t] = rd_dup(r, lx->text)))
            return nomem(r);
        r->tp[r->n_t] = 0.0;
        r->tt[r->n_t] = NULL;
        if (chance) {
            char what[96];
            if ((st = next(r)) != YK_OK)
                return st;
            if (lx->kind != GF_NUMBER) {
                snprintf(what, sizeof what, "the probability of action %d", r->n_t + 1);
                return expected(r, what);
            }
            r->tp[r->n_t] = lx->num;
            if (!(r->tt[r->n_t] = rd_dup(r, lx->text)))
                return nomem(r);
        }
        r->n_t++;
    }
    if (r->n_t == 0)
        return yk_gf_error(lx, "an information set needs at least one action");
    return next(r);
}

static yk_status check_probs(efg_reader *r)
{
    double sum = 0.0;
    char num[40];
    int a;
    for (a = 0; a < r->n_t; a++) {
        if (!(r->tp[a] >= 0.0 && r->tp[a] <= 1.0))
            return at_node(r, "chance action \"%s\" has probability %s, outside [0, 1]",
                           r->tl[a], r->tt[a]);
        sum += r->tp[a];
    }
    if (fabs(sum - 1.0) > PROB_TOL) {
        yk_format_double_c(sum, num, sizeof num);
        return at_node(r, "chance probabilities sum to %s, not 1", num);
    }
    return YK_OK;
}

/* A later node of a known set repeats its details: they must agree. */
static yk_status same_set(efg_reader *r, const rd_set *s, const char *label, const char *name)
{
    int a;
    if (s->n_actions != r->n_t)
        return at_node(r, "%s has %d action%s here but %d at line %d", name, r->n_t,
                       r->n_t == 1 ? "" : "s", s->n_actions, s->line);
    if (strcmp(s->label, label) != 0)
        return at_node(r, "%s is labelled \"%s\" here but \"%s\" at line %d", name, label,
                       s->label, s->line);
    for (a = 0; a < r->n_t; a++) {
        if (strcmp(r->alabel[s->first + a], r->tl[a]) != 0)
            return at_node(r, "%s: action %d is \"%s\" here but \"%s\" at line %d", name, a + 1,
                           r->tl[a], r->alabel[s->first + a], s->line);
        if (r->aprob[s->first + a] != r->tp[a])
            return at_node(r, "%s: action \"%s\" has probability %s here but %s at line %d",
                           name, r->tl[a], r->tt[a], r->atext[s->first + a], s->line);
    }
    return YK_OK;
}

static yk_status new_set(efg_reader *r, int player, long number, const char *label,
                         uint64_t key, int *handle)
{
    rd_set *s;
    int a, need = r->n_act + r->n_t;

    if (player == YK_CHANCE) {
        yk_status st = check_probs(r);
        if (st != YK_OK)
            return st;
    }
    *handle = yk_game_add_infoset(r->b, player, (int)number, label, r->n_t, r->tl,
                                  player == YK_CHANCE ? r->tp : NULL, r->tt);
    if (*handle < 0 ||
        yk_game_grow(&r->set, &r->cap_sets, r->n_sets + 1, sizeof *r->set) ||
        yk_game_grow(&r->alabel, &r->cap_al, need, sizeof *r->alabel) ||
        yk_game_grow(&r->aprob, &r->cap_ap, need, sizeof *r->aprob) ||
        yk_game_grow(&r->atext, &r->cap_at, need, sizeof *r->atext) ||
        yk_gf_idmap_put(&r->set_map, key, r->n_sets))
        return nomem(r);
    s = &r->set[r->n_sets++];
    s->handle = *handle;
    s->line = r->nline;
    s->n_actions = r->n_t;
    s->first = r->n_act;
    s->label = label;
    for (a = 0; a < r->n_t; a++) {
        r->alabel[r->n_act + a] = r->tl[a];
        r->aprob[r->n_act + a] = r->tp[a];
        r->atext[r->n_act + a] = r->tt[a];
    }
    r->n_act = need;
    return YK_OK;
}

/* The information set part of a c or p node; the lexer is on its number.
 * Makes builder node v move there. */
static yk_status read_move(efg_reader *r, int v, int player, int *n_children)
{
    gf_lexer *lx = r->lx;
    char name[96];
    long number;
    uint64_t key;
    int idx, handle;
    yk_status st;

    if ((st = yk_gf_int(lx, player == YK_CHANCE ? "a chance information set number"
                                             : "an information set number",
                     1, INT_MAX, &number)) != YK_OK)
        return lx->kind == GF_EOF ? expected(r, "an information set number") : st;
    set_name(name, sizeof name, player, number);
    key = ((uint64_t)player << 32) | (uint64_t)number;
    idx = yk_gf_idmap_get(&r->set_map, key);
    if ((st = next(r)) != YK_OK)
        return st;
    if (lx->kind == GF_TEXT) {
        const char *label = rd_dup(r, lx->text);
        if (!label)
            return nomem(r);
        if ((st = next(r)) != YK_OK)
            return st;
        if (lx->kind != GF_LBRACE)
            return expected(r, "'{' before the actions");
        if ((st = read_actions(r, player == YK_CHANCE)) != YK_OK)
            return st;
        if (idx >= 0) {
            if ((st = same_set(r, &r->set[idx], label, name)) != YK_OK)
                return st;
        } else {
            if ((st = new_set(r, player, number, label, key, &handle)) != YK_OK)
                return st;
            idx = r->n_sets - 1;
        }
    } else if (idx < 0) {
        return at_node(r, "%s is used before it is defined (its first node must give its "
                          "label and actions)", name);
    }
    *n_children = r->set[idx].n_actions;
    if (r->created > GF_MAX_NODES - *n_children)
        return yk_gf_error_at(lx, YK_E_LIMIT, r->nline, r->ncol, "more than %d nodes",
                           GF_MAX_NODES);
    if (yk_game_move(r->b, v, r->set[idx].handle) != YK_OK)
        return nomem(r);
    r->created += *n_children;
    return YK_OK;
}

static yk_status same_outcome(efg_reader *r, const rd_outcome *o, long number, const char *label)
{
    int p;
    if (strcmp(o->label, label) != 0)
        return at_node(r, "outcome %ld is labelled \"%s\" here but \"%s\" at line %d", number,
                       label, o->label, o->line);
    for (p = 0; p < r->np; p++)
        if (r->pay[o->first + p] != r->tpay[p])
            return at_node(r, "outcome %ld: the payoff of player %d is %s here but %s at line %d",
                           number, p + 1, r->tpaytext[p], r->paytext[o->first + p], o->line);
    return YK_OK;
}

/* `number ["label" { payoffs }]`; the lexer is on the number. */
static yk_status read_outcome(efg_reader *r, int v)
{
    gf_lexer *lx = r->lx;
    long number;
    int idx, n = 0;
    const char *label;
    yk_status st;

    if (lx->kind == GF_EOF)
        return expected(r, "an outcome number");
    if ((st = yk_gf_int(lx, "an outcome number", 0, INT_MAX, &number)) != YK_OK)
        return st;
    idx = yk_gf_idmap_get(&r->out_map, (uint64_t)number);
    if ((st = next(r)) != YK_OK)
        return st;
    if (lx->kind != GF_TEXT) {
        if (number == 0)
            return YK_OK;
        if (idx < 0)
            return at_node(r, "outcome %ld is used before it is defined (its first node must "
                              "give its label and payoffs)", number);
        return yk_game_set_outcome(r->b, v, r->out[idx].handle) == YK_OK ? YK_OK : nomem(r);
    }
    if (number == 0)
        return yk_gf_error(lx, "outcome 0 means no outcome: it cannot have a label or payoffs");
    if (!(label = rd_dup(r, lx->text)))
        return nomem(r);
    if ((st = next(r)) != YK_OK)
        return st;
    if (lx->kind != GF_LBRACE)
        return expected(r, "'{' before the payoffs");
    if ((st = next(r)) != YK_OK)
        return st;
    while (lx->kind != GF_RBRACE) {
        if (lx->kind != GF_NUMBER)
            return expected(r, "a payoff or '}'");
        if (n < r->np) {
            r->tpay[n] = lx->num;
            if (!(r->tpaytext[n] = rd_dup(r, lx->text)))
                return nomem(r);
        }
        if (n < INT_MAX)
            n++;
        if ((st = next(r)) != YK_OK)
            return st;
        if (lx->kind == GF_COMMA && (st = next(r)) != YK_OK)
            return st;
    }
    if ((st = next(r)) != YK_OK)
        return st;
    if (n != r->np)
        return at_node(r, "outcome %ld has %d payoff%s, the game has %d player%s", number, n,
                       n == 1 ? "" : "s", r->np, r->np == 1 ? "" : "s");
    if (idx >= 0) {
        if ((st = same_outcome(r, &r->out[idx], number, label)) != YK_OK)
            return st;
    } else {
        int handle = yk_game_add_outcome(r->b, (int)number, label, r->tpay, r->tpaytext);
        rd_outcome *o;
        int p;
        if (handle < 0 ||
            yk_game_grow(&r->out, &r->cap_out, r->n_out + 1, sizeof *r->out) ||
            yk_game_grow(&r->pay, &r->cap_pay, r->n_pay + r->np, sizeof *r->pay) ||
            yk_game_grow(&r->paytext, &r->cap_payt, r->n_pay + r->np, sizeof *r->paytext) ||
            yk_gf_idmap_put(&r->out_map, (uint64_t)number, r->n_out))
            return nomem(r);
        idx = r->n_out++;
        o = &r->out[idx];
        o->handle = handle;
        o->line = r->nline;
        o->first = r->n_pay;
        o->label = label;
        for (p = 0; p < r->np; p++) {
            r->pay[r->n_pay + p] = r->tpay[p];
            r->paytext[r->n_pay + p] = r->tpaytext[p];
        }
        r->n_pay += r->np;
    }
    return yk_game_set_outcome(r->b, v, r->out[idx].handle) == YK_OK ? YK_OK : nomem(r);
}

/* One node into builder node v; the lexer is on its first token and ends
 * on the token after it. *n_children: how many nodes follow as its
 * children. */
static yk_status read_node(efg_reader *r, int v, int *n_children)
{
    gf_lexer *lx = r->lx;
    char kind;
    yk_status st;

    *n_children = 0;
    r->node_no++;
    r->nline = lx->tline;
    r->ncol = lx->tcol;
    if (lx->kind == GF_EOF)
        return yk_gf_error(lx, "unexpected end of file: node %d is missing (the moves above "
                            "have more children than the file has nodes)", r->node_no);
    if (lx->kind != GF_SYMBOL || lx->len != 1 ||
        (lx->start[0] != 'c' && lx->start[0] != 'p' && lx->start[0] != 't'))
        return expected(r, "a node ('c', 'p' or 't')");
    kind = lx->start[0];
    if ((st = next(r)) != YK_OK)
        return st;
    if (lx->kind != GF_TEXT)
        return expected(r, "the node's label (a quoted text)");
    if (lx->text[0] && yk_game_set_label(r->b, v, lx->text) != YK_OK)
        return nomem(r);
    if ((st = next(r)) != YK_OK)
        return st;
    if (kind == 'p') {
        long player;
        if (lx->kind == GF_EOF)
            return expected(r, "a player number");
        if ((st = yk_gf_int(lx, "a player number", 0, INT_MAX, &player)) != YK_OK)
            return st;
        if (player < 1 || player > r->np)
            return yk_gf_error(lx, "player %ld does not exist (the game has %d player%s)", player,
                            r->np, r->np == 1 ? "" : "s");
        if ((st = next(r)) != YK_OK)
            return st;
        if ((st = read_move(r, v, (int)player, n_children)) != YK_OK)
            return st;
    } else if (kind == 'c') {
        if ((st = read_move(r, v, YK_CHANCE, n_children)) != YK_OK)
            return st;
    }
    return read_outcome(r, v);
}

static yk_status read_tree(efg_reader *r)
{
    gf_lexer *lx = r->lx;
    yk_status st;
    int n;

    r->created = 1;
    if ((st = read_node(r, yk_game_root(r->b), &n)) != YK_OK)
        return st;
    if (n) {
        if (yk_game_grow(&r->stack, &r->cap_stack, 1, sizeof *r->stack))
            return nomem(r);
        r->stack[0].node = yk_game_root(r->b);
        r->stack[0].next = 0;
        r->stack[0].n = n;
        r->n_stack = 1;
    }
    while (r->n_stack) {
        rd_frame *f = &r->stack[r->n_stack - 1];
        int child;
        if (f->next == f->n) {
            r->n_stack--;
            continue;
        }
        child = yk_game_child(r->b, f->node, f->next++);
        if ((st = read_node(r, child, &n)) != YK_OK)
            return st;
        if (n) {
            if (yk_game_grow(&r->stack, &r->cap_stack, r->n_stack + 1, sizeof *r->stack))
                return nomem(r);
            r->stack[r->n_stack].node = child;
            r->stack[r->n_stack].next = 0;
            r->stack[r->n_stack].n = n;
            r->n_stack++;
        }
    }
    if (lx->kind != GF_EOF) {
        char found[96];
        return yk_gf_error(lx, "expected the end of the file after node %d, which completes the "
                            "tree, but found %s", r->node_no, yk_gf_describe(lx, found, sizeof found));
    }
    return YK_OK;
}

static void reader_free(efg_reader *r)
{
    yk_game_builder_free(r->b);
    yk_free(r->set);
    yk_free(r->alabel);
    yk_free(r->aprob);
    yk_free(r->atext);
    yk_free(r->out);
    yk_free(r->pay);
    yk_free(r->paytext);
    yk_free(r->stack);
    yk_free(r->tl);
    yk_free(r->tp);
    yk_free(r->tt);
    yk_gf_idmap_free(&r->set_map);
    yk_gf_idmap_free(&r->out_map);
}

yk_status yk_efg_parse(gf_lexer *lx, const gf_header *h, yk_arena *scratch, yk_game **out)
{
    efg_reader r;
    yk_status st = YK_OK;
    int p;

    memset(&r, 0, sizeof r);
    r.lx = lx;
    r.scratch = scratch;
    r.np = h->n_players;
    yk_gf_idmap_init(&r.set_map);
    yk_gf_idmap_init(&r.out_map);
    r.b = yk_game_builder_new(h->title);
    if (!r.b)
        st = nomem(&r);
    for (p = 0; st == YK_OK && p < h->n_players; p++)
        if (yk_game_add_player(r.b, h->player[p]) < 0)
            st = nomem(&r);
    if (st == YK_OK && lx->kind == GF_TEXT) { /* the optional comment */
        if (yk_game_builder_comment(r.b, lx->text) != YK_OK)
            st = nomem(&r);
        else
            st = yk_gf_next(lx);
    }
    if (st == YK_OK)
        st = read_tree(&r);
    if (st == YK_OK) {
        st = yk_game_build(r.b, out, lx->err);
        if (st != YK_OK && lx->err && !lx->err->file[0])
            snprintf(lx->err->file, sizeof lx->err->file, "%s", lx->name);
    }
    reader_free(&r);
    return st;
}
