/*
 * game.c - the crisis tree as a yk_game (for `yokushi crisis --export`
 * and for checking the solver against the game engine's own solvers).
 *
 * The tree is the one values.c prices, node for node: chance draws P's
 * type; A's first move and its replies to a defence or threat are pooled
 * over P's types (A does not see the type), P's moves are per type, and
 * T's use decision is pooled over types and over "restraint failed" and
 * "permitted" (T's payoffs are the same at all of them). Chance nodes with
 * a zero-probability branch are kept so the tree's shape never depends
 * on the numbers. Information sets carry labels that
 * yk_crisis_game_profile reads back.
 */
#include <stdio.h>
#include <string.h>

#include "models/crisis/crisis_int.h"

static const char *const mode_name[YK_MODE_COUNT] = {"abandon", "defend", "threat"};
static const char *const type_name[2] = {"resolute", "hesitant"};

typedef struct gb {
    yk_game_builder *b;
    const yk_crisis_model *m;
    int a_root;                  /* A: status quo / attack */
    int p_respond[2];
    int a_reply[YK_MODE_COUNT];  /* A after defend / threat */
    int p_restrain[2][YK_MODE_COUNT];
    int t_use[YK_MODE_COUNT];
    int n_chance;
    yk_status st;
} gb;

static int chance(gb *g, const char *what, const char *a0, const char *a1,
                  double p1)
{
    const char *labels[2] = {a0, a1};
    double probs[2] = {1 - p1, p1};
    char label[64];
    snprintf(label, sizeof label, "chance:%s:%d", what, ++g->n_chance);
    return yk_game_add_infoset(g->b, YK_CHANCE, 0, label, 2, labels, probs, NULL);
}

static void leaf(gb *g, int node, cr_end e, yk_crisis_mode mode, int type)
{
    /* One per cr_end, in its order. */
    static const char *const end_name[] = {"status quo", "A backs down", "nuclear exchange",
                                           "T holds", "T conquered", "T uses nuclear weapons",
                                           "nuclear rungs"};
    _Static_assert(sizeof end_name / sizeof end_name[0] == CR_ESCALATION + 1,
                   "a label for every terminal");
    yk_crisis_value v = cr_terminal(g->m, e, mode, type);
    double pay[3];
    char label[96];
    int o;
    pay[0] = v.a;
    pay[1] = v.t;
    pay[2] = yk_crisis_value_p(&v);
    snprintf(label, sizeof label, "%s (%s, P %s)", end_name[e], mode_name[mode], type_name[type]);
    o = yk_game_add_outcome(g->b, 0, label, pay, NULL);
    if (o < 0 || yk_game_set_outcome(g->b, node, o))
        g->st = YK_E_NOMEM;
}

static void move(gb *g, int node, int infoset)
{
    if (infoset < 0 || yk_game_move(g->b, node, infoset))
        g->st = YK_E_NOMEM;
}

static int child(gb *g, int node, int k)
{
    return g->st ? 0 : yk_game_child(g->b, node, k);
}

/* T's choice: not use / use. */
static void unrestrained(gb *g, int node, yk_crisis_mode mode, int type)
{
    move(g, node, g->t_use[mode]);
    if (g->st)
        return;
    leaf(g, child(g, node, 0), CR_CONQUERED, mode, type);
    leaf(g, child(g, node, 1), CR_USE, mode, type);
}

static void losing(gb *g, int node, yk_crisis_mode mode, int type)
{
    int r;
    if (!g->m->t_nuclear) {
        leaf(g, node, CR_CONQUERED, mode, type);
        return;
    }
    move(g, node, g->p_restrain[type][mode]);
    r = child(g, node, 0);
    move(g, r, chance(g, "restraint", "restraint holds", "restraint fails", g->m->autonomy));
    if (g->st)
        return;
    leaf(g, child(g, r, 0), CR_CONQUERED, mode, type);
    unrestrained(g, child(g, r, 1), mode, type);
    unrestrained(g, child(g, node, 1), mode, type);
}

static void war(gb *g, int node, yk_crisis_mode mode, int type)
{
    double p = mode == YK_MODE_ABANDON ? g->m->p_abandon : g->m->p_defend;
    move(g, node, chance(g, "war", "T holds", "T losing", p));
    if (g->st)
        return;
    leaf(g, child(g, node, 0), CR_HOLDS, mode, type);
    losing(g, child(g, node, 1), mode, type);
}

static void reply(gb *g, int node, yk_crisis_mode mode, int type)
{
    int f;
    double rho = g->m->rho[mode == YK_MODE_THREAT ? YK_STANCE_THREAT : YK_STANCE_DEFEND];
    move(g, node, g->a_reply[mode]);
    if (g->st)
        return;
    leaf(g, child(g, node, 0), CR_BACK_DOWN, mode, type);
    f = child(g, node, 1);
    move(g, f, chance(g, "escalation", "no escalation", "nuclear rungs", rho));
    if (g->st)
        return;
    war(g, child(g, f, 0), mode, type);
    leaf(g, child(g, f, 1), CR_ESCALATION, mode, type);
}

static void type_subtree(gb *g, int node, int type)
{
    int p, r, n = yk_cr_responses(g->m);
    move(g, node, g->a_root);
    if (g->st)
        return;
    leaf(g, child(g, node, 0), CR_STATUS_QUO, YK_MODE_ABANDON, type);
    p = child(g, node, 1);
    move(g, p, g->p_respond[type]);
    for (r = 0; r < n && !g->st; r++) {
        if (r == YK_MODE_ABANDON)
            war(g, child(g, p, r), YK_MODE_ABANDON, type);
        else
            reply(g, child(g, p, r), (yk_crisis_mode)r, type);
    }
}

static void infosets(gb *g)
{
    static const char *const sq_attack[] = {"status quo", "attack"};
    static const char *const responses[] = {"abandon", "defend", "threat"};
    static const char *const replies[] = {"back down", "fight on"};
    static const char *const restrain[] = {"restrain", "permit"};
    static const char *const use[] = {"not use", "use"};
    char label[64];
    int t, mode;
    g->a_root = yk_game_add_infoset(g->b, 1, 0, "A:attack", 2, sq_attack, NULL, NULL);
    for (t = 0; t < 2; t++) {
        snprintf(label, sizeof label, "P%d:respond", t);
        g->p_respond[t] = yk_game_add_infoset(g->b, 3, 0, label, yk_cr_responses(g->m),
                                              responses, NULL, NULL);
    }
    for (mode = YK_MODE_DEFEND; mode < YK_MODE_COUNT; mode++) {
        snprintf(label, sizeof label, "A:%s", mode_name[mode]);
        g->a_reply[mode] = yk_game_add_infoset(g->b, 1, 0, label, 2, replies, NULL, NULL);
    }
    for (mode = 0; mode < YK_MODE_COUNT && g->m->t_nuclear; mode++) {
        for (t = 0; t < 2; t++) {
            snprintf(label, sizeof label, "P%d:restrain:%s", t, mode_name[mode]);
            g->p_restrain[t][mode] = yk_game_add_infoset(g->b, 3, 0, label, 2, restrain,
                                                         NULL, NULL);
        }
        snprintf(label, sizeof label, "T:use:%s", mode_name[mode]);
        g->t_use[mode] = yk_game_add_infoset(g->b, 2, 0, label, 2, use, NULL, NULL);
    }
}

yk_status yk_crisis_game(const yk_crisis_model *m, const char *title,
                         yk_game **out, yk_error *err)
{
    static const char *const types[] = {"resolute", "hesitant"};
    double probs[2];
    gb g;
    int root, t, type_set;
    yk_status st;

    *out = NULL;
    memset(&g, 0, sizeof g);
    g.m = m;
    g.b = yk_game_builder_new(title ? title : "crisis");
    if (!g.b)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    if (yk_game_add_player(g.b, "A") != 1 || yk_game_add_player(g.b, "T") != 2 ||
        yk_game_add_player(g.b, "P") != 3)
        g.st = YK_E_NOMEM;
    probs[0] = m->kappa;
    probs[1] = 1 - m->kappa;
    type_set = yk_game_add_infoset(g.b, YK_CHANCE, 0, "chance:type", 2, types, probs, NULL);
    infosets(&g);
    root = yk_game_root(g.b);
    move(&g, root, type_set);
    for (t = 0; t < 2 && !g.st; t++)
        type_subtree(&g, child(&g, root, t), t);
    if (g.st) {
        yk_game_builder_free(g.b);
        return yk_error_set(err, g.st, NULL, 0, 0, NULL, "out of memory while building the crisis game");
    }
    st = yk_game_build(g.b, out, err);
    yk_game_builder_free(g.b);
    return st;
}

/* The probability the profile gives action k of the set labelled `label`. */
static double action_prob(const yk_crisis_profile *s, const char *label, int k)
{
    int t, mode;
    if (!strcmp(label, "A:attack"))
        return k ? s->attack : 1 - s->attack;
    for (mode = YK_MODE_DEFEND; mode < YK_MODE_COUNT; mode++) {
        char want[64];
        snprintf(want, sizeof want, "A:%s", mode_name[mode]);
        if (!strcmp(label, want))
            return k ? s->fight[mode] : 1 - s->fight[mode];
    }
    for (mode = 0; mode < YK_MODE_COUNT; mode++) {
        char want[64];
        snprintf(want, sizeof want, "T:use:%s", mode_name[mode]);
        if (!strcmp(label, want))
            return k ? s->use[mode] : 1 - s->use[mode];
        for (t = 0; t < 2; t++) {
            snprintf(want, sizeof want, "P%d:restrain:%s", t, mode_name[mode]);
            if (!strcmp(label, want))
                return k ? 1 - s->restrain[t][mode] : s->restrain[t][mode];
        }
    }
    for (t = 0; t < 2; t++) {
        char want[64];
        snprintf(want, sizeof want, "P%d:respond", t);
        if (!strcmp(label, want))
            return s->respond[t][k];
    }
    return -1;
}

yk_status yk_crisis_game_profile(const yk_game *g, const yk_crisis_profile *s,
                                 double *profile)
{
    int i, k;
    yk_game_profile_centroid(g, profile);
    for (i = 0; i < g->n_infosets; i++) {
        const yk_infoset *is = &g->infoset[i];
        if (is->player == YK_CHANCE)
            continue;
        for (k = 0; k < is->n_actions; k++) {
            double p = action_prob(s, is->label, k);
            if (p < 0)
                return YK_E_ARG;
            profile[is->actions + k] = p;
        }
    }
    return YK_OK;
}
