/*
 * efg_write.c - a tree as `EFG 2 R`, laid out as Gambit writes it: the
 * header, the comment, a blank line, then one node per line in prefix
 * order, each repeating its information set's label and actions and its
 * outcome's label and payoffs (Gambit repeats them at every node).
 */
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

static void write_node(const yk_game *g, FILE *f, int n)
{
    const yk_node *v = &g->node[n];
    const yk_infoset *s;
    int a;

    if (v->kind == YK_NODE_TERMINAL) {
        yk_gw_str(f, "t ");
        yk_gw_quoted(f, v->label);
        fputc(' ', f);
        write_outcome(g, f, v->outcome);
        return;
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
    for (a = s->actions; a < s->actions + s->n_actions; a++) {
        yk_gw_quoted(f, g->action_label[a]);
        fputc(' ', f);
        if (v->kind == YK_NODE_CHANCE) {
            yk_gw_number(f, g->action_prob_text ? g->action_prob_text[a] : NULL, g->action_prob[a]);
            fputc(' ', f);
        }
    }
    yk_gw_str(f, "} ");
    write_outcome(g, f, v->outcome);
}

yk_status yk_efg_write(const yk_game *g, FILE *f)
{
    int n;
    yk_gw_header(g, f, "EFG 2 R");
    yk_gw_quoted(f, g->comment);
    yk_gw_str(f, "\n\n");
    /* nodes are stored in prefix order: the file's order */
    for (n = 0; n < g->n_nodes; n++)
        write_node(g, f, n);
    return YK_OK;
}
