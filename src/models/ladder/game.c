/*
 * game.c - the ladder game as a Gambit tree (for `yokushi ladder
 * --export` and for checking the engine's backward induction against the
 * game module's solvers). The tree is the one solve.c prices, node for
 * node: a decision per state with the open moves in the order concede,
 * hold, escalate; a chance node for an escalation's credibility (when
 * below 1) and one for an unintended jump (when its rate is above 0);
 * terminal payoffs in expectation over the contest. Each decision node is
 * its own information set (perfect information), labelled with its state
 * "A t=T k=K h=H u=U" so a profile can be read back.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "models/ladder/ladder_int.h"
#include "yokushi/exchange.h" /* YK_XC_COUNT */

#define LD_EXPORT_MAX_HORIZON 8

typedef struct gb {
    yk_game_builder *b;
    const yk_ladder_inputs *in;
    int top;
    int n_chance;
    yk_status st;
} gb;

static void leaf(gb *g, int node, const double v[2], const char *what)
{
    int o;
    if (g->st)
        return;
    o = yk_game_add_outcome(g->b, 0, what, v, NULL);
    if (o < 0 || yk_game_set_outcome(g->b, node, o))
        g->st = YK_E_NOMEM;
}

static void settle_leaf(gb *g, int node, int k)
{
    const yk_ladder_inputs *in = g->in;
    double w = yk_ladder_win_a(in, k), v[2];
    char label[96];
    v[0] = w * in->stake[0] - in->cost[0][k];
    v[1] = (1 - w) * in->stake[1] - in->cost[1][k];
    snprintf(label, sizeof label, "fought out at rung %d", k);
    leaf(g, node, v, label);
}

static int chance(gb *g, int n, const char *const *labels, const double *probs)
{
    char label[48];
    int s;
    snprintf(label, sizeof label, "chance:%d", ++g->n_chance);
    s = yk_game_add_infoset(g->b, YK_CHANCE, 0, label, n, labels, probs, NULL);
    if (s < 0)
        g->st = YK_E_NOMEM;
    return s;
}

static void move(gb *g, int node, int infoset)
{
    if (!g->st && (infoset < 0 || yk_game_move(g->b, node, infoset)))
        g->st = YK_E_NOMEM;
}

static int child(gb *g, int node, int k)
{
    return g->st ? 0 : yk_game_child(g->b, node, k);
}

static void decide(gb *g, int node, int t, int k, int m, int h, int u);

static int first_user(const yk_ladder_inputs *in, int u, int a, int j, int accident)
{
    if (u || !in->nuclear[j])
        return u;
    if (!accident)
        return a + 1;
    return in->can[a][j] || !in->can[1 - a][j] ? a + 1 : 2 - a;
}

/* Side a's move reached (t, k, m, h, u): the chance of a jump. */
static void after(gb *g, int node, int a, int t, int k, int m, int h, int u)
{
    const yk_ladder_inputs *in = g->in;
    double q = k >= g->top ? 0 : in->accident[a][k];
    static const char *const names[] = {"no jump", "jump 1", "jump 2", "jump 3", "jump 4",
                                        "jump 5", "jump 6", "jump 7", "jump 8", "jump 9",
                                        "jump 10"};
    double probs[11];
    int d, s, n = in->jump_max + 1;
    if (q <= 0) {
        decide(g, node, t, k, m, h, u);
        return;
    }
    probs[0] = 1 - q;
    for (d = 1; d < n; d++)
        probs[d] = q / in->jump_max;
    s = chance(g, n, names, probs);
    move(g, node, s);
    decide(g, child(g, node, 0), t, k, m, h, u);
    for (d = 1; d < n && !g->st; d++) {
        int j = k + d > g->top ? g->top : k + d;
        decide(g, child(g, node, d), t, j, m, 0, first_user(in, u, a, j, 1));
    }
}

static void hold(gb *g, int node, int t, int k, int m, int h, int u)
{
    if (h)
        settle_leaf(g, node, k);
    else
        after(g, node, m, t + 1, k, 1 - m, 1, u);
}

static void decide(gb *g, int node, int t, int k, int m, int h, int u)
{
    const yk_ladder_inputs *in = g->in;
    yk_ladder_state s = {t, k, m, h, u};
    const char *labels[YK_LADDER_MOVES] = {"concede", "hold", "escalate"};
    char label[64];
    int j, n, set;
    if (g->st)
        return;
    if (t == in->horizon) {
        settle_leaf(g, node, k);
        return;
    }
    j = yk_ladder_escalation_target(in, s);
    n = j < 0 ? 2 : 3;
    snprintf(label, sizeof label, "%c t=%d k=%d h=%d u=%d", m ? 'D' : 'A', t, k, h, u);
    set = yk_game_add_infoset(g->b, m + 1, 0, label, n, labels, NULL, NULL);
    move(g, node, set);
    if (g->st)
        return;
    {
        double v[2];
        v[m] = -in->cost[m][k];
        v[1 - m] = in->stake[1 - m] - in->cost[1 - m][k];
        leaf(g, child(g, node, 0), v, "concede");
    }
    hold(g, child(g, node, 1), t, k, m, h, u);
    if (j >= 0) {
        double c = yk_ladder_step_credibility(in, k, j);
        int e = child(g, node, 2), uj = first_user(in, u, m, j, 0);
        if (c >= 1) {
            after(g, e, m, t + 1, j, 1 - m, 0, uj);
        } else {
            const char *names[2] = {"carried out", "not carried out"};
            double probs[2] = {c, 1 - c};
            move(g, e, chance(g, 2, names, probs));
            after(g, child(g, e, 0), m, t + 1, j, 1 - m, 0, uj);
            hold(g, child(g, e, 1), t, k, m, h, u);
        }
    }
}

yk_status yk_ladder_game(const yk_ladder_inputs *in, yk_ladder_state start,
                         const char *title, yk_game **out, yk_error *err)
{
    gb g;
    int k;
    yk_status st;
    *out = NULL;
    if (in->horizon - start.step > LD_EXPORT_MAX_HORIZON || in->jump_max > 10 ||
        in->n_rungs < 2 || in->n_rungs > YK_LADDER_MAX_RUNGS || start.step < 0 ||
        start.rung < 0 || start.rung >= in->n_rungs)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "horizon",
                            "the exported game has at most %d moves and jumps of at most "
                            "10 rungs (set coefficients: {ladder: {horizon: N}})",
                            LD_EXPORT_MAX_HORIZON);
    g.in = in;
    g.n_chance = 0;
    g.st = YK_OK;
    g.top = 0;
    for (k = in->n_rungs - 1; k > 0 && !g.top; k--)
        if (in->can[0][k] || in->can[1][k])
            g.top = k;
    g.b = yk_game_builder_new(title ? title : "escalation ladder");
    if (!g.b)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    if (yk_game_add_player(g.b, "A") < 0 || yk_game_add_player(g.b, "D") < 0)
        g.st = YK_E_NOMEM;
    decide(&g, yk_game_root(g.b), start.step, start.rung, start.mover, start.held,
           start.first_user);
    if (g.st) {
        yk_game_builder_free(g.b);
        return yk_error_set(err, g.st, NULL, 0, 0, NULL, "out of memory");
    }
    st = yk_game_build(g.b, out, err);
    yk_game_builder_free(g.b);
    return st;
}

yk_status yk_ladder_scenario_game(const yk_scenario *s, const char *crisis,
                                  yk_game **out, yk_error *err)
{
    const yk_world *w = yk_scenario_world(s);
    yk_param coef[YK_LC_COUNT];
    double c[YK_LC_COUNT];
    yk_ladder_inputs in;
    yk_ladder_dyad d;
    char title[160];
    size_t i;
    yk_status st;
    *out = NULL;
    for (i = 0; i < w->n_crises; i++)
        if (!crisis || (w->crises[i].name && !strcmp(w->crises[i].name, crisis)))
            break;
    if (i == w->n_crises)
        return yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, "crisis",
                            crisis ? "no crisis named \"%s\"" : "the world has no crises",
                            crisis);
    yk_ld_coef_params(s, coef);
    for (i = 0; i < YK_LC_COUNT; i++)
        c[i] = yk_param_mean(&coef[i]);
    for (i = 0; i < w->n_crises; i++)
        if (!crisis || (w->crises[i].name && !strcmp(w->crises[i].name, crisis)))
            break;
    yk_ld_dyad(w, &w->crises[i], &d);
    {
        /* the run's rungs 8-9: the scenario's exchange coefficients */
        double xc[YK_XC_COUNT];
        ld_fixed f;
        yk_ld_exchange_coef(s, xc);
        st = yk_ld_fixed_init(w, &d, xc, &f, err);
        if (!st)
            st = yk_ld_inputs_fill(w, &d, c, NULL, &f, &in, err);
        if (st)
            return st;
    }
    snprintf(title, sizeof title, "yokushi ladder %s (%s), parameters at their means",
             w->crises[i].name ? w->crises[i].name : "", yk_scenario_name(s));
    return yk_ladder_game(&in, yk_ladder_start(), title, out, err);
}
