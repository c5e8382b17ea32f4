/*
 * equal.c - yk_game_equal: two games are equal when a reader could not
 * tell them apart: form, labels, structure and numbers. Numbers compare by
 * value, not by text, so a game built in code equals the game read back
 * from its file ("0.5" written for a probability given as 1.0/2).
 */
#include "game/game_internal.h"

#include <string.h>

static int same_str(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

static int same_ints(const int *a, const int *b, long n)
{
    long i;
    if (n <= 0)
        return 1;
    if (!a || !b)
        return a == b;
    for (i = 0; i < n; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

/* == on purpose: exact values (NaN never equals itself, and no game holds one). */
static int same_doubles(const double *a, const double *b, long n)
{
    long i;
    for (i = 0; i < n; i++)
        if (!(a[i] == b[i]))
            return 0;
    return 1;
}

static int same_outcomes(const yk_game *a, const yk_game *b)
{
    int o, p;
    if (a->n_outcomes != b->n_outcomes)
        return 0;
    for (o = 0; o < a->n_outcomes; o++) {
        if (a->outcome[o].number != b->outcome[o].number ||
            !same_str(a->outcome[o].label, b->outcome[o].label))
            return 0;
        for (p = 1; p <= a->n_players; p++)
            if (!(game_outcome_payoff(a, o, p) == game_outcome_payoff(b, o, p)))
                return 0;
    }
    return 1;
}

static int same_tree(const yk_game *a, const yk_game *b)
{
    int i;
    if (a->n_nodes != b->n_nodes || a->n_infosets != b->n_infosets ||
        a->n_actions != b->n_actions)
        return 0;
    for (i = 0; i < a->n_nodes; i++) {
        const yk_node *x = &a->node[i], *y = &b->node[i];
        if (x->kind != y->kind || x->parent != y->parent ||
            x->parent_action != y->parent_action || x->infoset != y->infoset ||
            x->outcome != y->outcome || x->children != y->children || !same_str(x->label, y->label))
            return 0;
    }
    if (!same_ints(a->child, b->child, a->n_nodes - 1))
        return 0;
    for (i = 0; i < a->n_infosets; i++) {
        const yk_infoset *x = &a->infoset[i], *y = &b->infoset[i];
        if (x->player != y->player || x->number != y->number || x->n_actions != y->n_actions ||
            x->actions != y->actions || x->n_members != y->n_members ||
            x->members != y->members || !same_str(x->label, y->label) ||
            !same_ints(a->member + x->members, b->member + y->members, x->n_members))
            return 0;
    }
    for (i = 0; i < a->n_actions; i++)
        if (!same_str(a->action_label[i], b->action_label[i]))
            return 0;
    return same_doubles(a->action_prob, b->action_prob, a->n_actions);
}

static int same_table(const yk_game *a, const yk_game *b)
{
    int p;
    if (a->n_profiles != b->n_profiles || (a->profile_outcome == NULL) != (b->profile_outcome == NULL))
        return 0;
    for (p = 0; p < a->n_players; p++)
        if (a->n_strategies[p] != b->n_strategies[p])
            return 0;
    for (p = 0; p < a->strategy_offset[a->n_players]; p++)
        if (!same_str(a->strategy_label[p], b->strategy_label[p]))
            return 0;
    if (a->profile_outcome && !same_ints(a->profile_outcome, b->profile_outcome, a->n_profiles))
        return 0;
    return same_doubles(a->table, b->table, a->n_profiles * a->n_players);
}

int yk_game_equal(const yk_game *a, const yk_game *b)
{
    int p;
    if (a == b)
        return 1;
    if (!a || !b || a->form != b->form || a->n_players != b->n_players ||
        !same_str(a->title, b->title) || !same_str(a->comment, b->comment))
        return 0;
    for (p = 0; p < a->n_players; p++)
        if (!same_str(a->player[p], b->player[p]))
            return 0;
    if (!same_outcomes(a, b))
        return 0;
    return a->form == YK_GAME_TREE ? same_tree(a, b) : same_table(a, b);
}
