/*
 * efg_write.c - a tree as `EFG 2 R`, laid out as Gambit writes it: the
 * header, the comment, a blank line, then one node per line in prefix
 * order, each repeating its information set's label and actions and its
 * outcome's label and payoffs (Gambit repeats them at every node).
 * Chance probabilities are written as read; built in code (no text), as
 * texts whose exact sum is 1 (chance_text.c), which Gambit requires.
 */
#include "core/alloc.h"
#include "game/game_internal.h"
#include "game/gfwrite.h"

static void write_outcome(const yk_game *g, FILE *f, int o)
{
    int p;
    if (o < 0) {
        yk_gw_str(f, "0\n");
        return;
    }
    yk_gw_long(f, g->outcome[o].number);
    fputc(' ', f);
    yk_gw_quoted(f, g->outcome[o].label);
    yk_gw_str(f, " { ");
    for (p = 0; p < g->n_players; p++) {
        int k = g->outcome[o].payoffs + p;
        yk_gw_number(f, g->payoff_text ? g->payoff_text[k] : NULL, g->payoff[k]);
        yk_gw_str(f, p + 1 < g->n_players ? ", " : " }\n");
    }
}

/* 1 when every chance probability of s has its text as read. */
static int has_texts(const yk_game *g, const yk_infoset *s)
{
    int a;
    if (!g->action_prob_text)
        return 0;
    for (a = s->actions; a < s->actions + s->n_actions; a++)
        if (!g->action_prob_text[a] || !g->action_prob_text[a][0])
            return 0;
    return 1;
}

/* 0, or -1 when out of memory. */
static int write_node(const yk_game *g, FILE *f, int n)
{
    const yk_node *v = &g->node[n];
    const yk_infoset *s;
    char *texts = NULL;
    int a;

    if (v->kind == YK_NODE_TERMINAL) {
        yk_gw_str(f, "t ");
        yk_gw_quoted(f, v->label);
        fputc(' ', f);
        write_outcome(g, f, v->outcome);
        return 0;
    }
    s = &g->infoset[v->infoset];
    yk_gw_str(f, v->kind == YK_NODE_CHANCE ? "c " : "p ");
    yk_gw_quoted(f, v->label);
    fputc(' ', f);
    if (v->kind == YK_NODE_PLAYER) {
        yk_gw_long(f, s->player);
        fputc(' ', f);
    }
    yk_gw_long(f, s->number);
    fputc(' ', f);
    yk_gw_quoted(f, s->label);
    yk_gw_str(f, " { ");
    if (v->kind == YK_NODE_CHANCE && !has_texts(g, s)) {
        texts = yk_chance_texts(&g->action_prob[s->actions], s->n_actions);
        if (!texts)
            return -1;
    }
    for (a = s->actions; a < s->actions + s->n_actions; a++) {
        yk_gw_quoted(f, g->action_label[a]);
        fputc(' ', f);
        if (v->kind == YK_NODE_CHANCE) {
            if (texts)
                yk_gw_str(f, texts + (size_t)(a - s->actions) * YK_CHANCE_TEXT_MAX);
            else
                yk_gw_str(f, g->action_prob_text[a]);
            fputc(' ', f);
        }
    }
    yk_free(texts);
    yk_gw_str(f, "} ");
    write_outcome(g, f, v->outcome);
    return 0;
}

yk_status yk_efg_write(const yk_game *g, FILE *f)
{
    int n;
    yk_gw_header(g, f, "EFG 2 R");
    yk_gw_quoted(f, g->comment);
    yk_gw_str(f, "\n\n");
    /* nodes are stored in prefix order: the file's order */
    for (n = 0; n < g->n_nodes; n++)
        if (write_node(g, f, n) != 0)
            return YK_E_NOMEM;
    return YK_OK;
}
