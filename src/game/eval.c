/*
 * eval.c - what a profile implies: expected payoffs, the probability of
 * reaching each node, beliefs, each player's gain from deviating (absolute,
 * or relative to the payoff range on exactly scaled payoffs), and whether
 * a tree profile is subgame perfect (the tree work is in subgame.c).
 */
#include "core/alloc.h"
#include "game/game_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void yk_game_realization(const yk_game *g, const double *p, double *reach)
{
    int i;
    reach[0] = 1.0;
    for (i = 1; i < g->n_nodes; i++)
        reach[i] = reach[g->node[i].parent] * p[g->node[i].parent_action];
}

/* Expected payoffs in a table, each payoff multiplied by scale (a power
 * of two: exact) as it is read. */
static yk_status table_payoffs(const yk_game *g, const double *p, double scale,
                               double *payoffs)
{
    int np = g->n_players, q;
    long k;
    int *s = yk_calloc((size_t)np, sizeof(int));

    for (q = 0; q < np; q++)
        payoffs[q] = 0.0;
    if (!s)
        return YK_E_NOMEM;
    for (k = 0; k < g->n_profiles; k++) {
        double w = 1.0;
        for (q = 0; q < np; q++)
            w *= p[g->strategy_offset[q] + s[q]];
        if (w != 0.0)
            for (q = 0; q < np; q++)
                payoffs[q] += w * (g->table[k * np + q] * scale);
        for (q = 0; q < np && ++s[q] == g->n_strategies[q]; q++)
            s[q] = 0;
    }
    yk_free(s);
    return YK_OK;
}

yk_status yk_game_payoffs(const yk_game *g, const double *p, double *payoffs)
{
    double *reach;
    int i, q;

    if (g->form == YK_GAME_TABLE)
        return table_payoffs(g, p, 1.0, payoffs);
    for (q = 0; q < g->n_players; q++)
        payoffs[q] = 0.0;
    reach = yk_malloc(sizeof(double) * (size_t)g->n_nodes);
    if (!reach)
        return YK_E_NOMEM;
    yk_game_realization(g, p, reach);
    for (i = 0; i < g->n_nodes; i++)
        if (g->node[i].outcome >= 0 && reach[i] != 0.0)
            for (q = 1; q <= g->n_players; q++)
                payoffs[q - 1] += reach[i] * game_outcome_payoff(g, g->node[i].outcome, q);
    yk_free(reach);
    return YK_OK;
}

/* The strategy each player plays when the profile is pure (each player's
 * entries one 1 and 0s) into pick; 0 when it is not pure. */
static int pure_profile(const yk_game *g, const double *p, int *pick)
{
    int q, r;
    for (q = 0; q < g->n_players; q++) {
        pick[q] = -1;
        for (r = 0; r < g->n_strategies[q]; r++) {
            double v = p[g->strategy_offset[q] + r];
            if (v == 1.0 && pick[q] < 0)
                pick[q] = r;
            else if (v != 0.0)
                return 0;
        }
        if (pick[q] < 0)
            return 0;
    }
    return 1;
}

/* The gains at a pure profile: only the unilateral deviations are read,
 * sum of the strategy counts instead of the whole table (enumpure's
 * answers, checked one by one, can be most of a large table). Same values
 * as the general walk, whose other terms are all 0. */
static double pure_regret(const yk_game *g, const int *pick, double scale, double *gain)
{
    int np = g->n_players, q, r;
    long k = 0, stride = 1, st;
    double worst = 0.0;

    for (q = 0; q < np; q++) {
        k += pick[q] * stride;
        stride *= g->n_strategies[q];
    }
    for (q = 0, st = 1; q < np; st *= g->n_strategies[q], q++) {
        double cur = g->table[k * np + q] * scale, best = cur;
        long base = k - pick[q] * st;
        for (r = 0; r < g->n_strategies[q]; r++) {
            double v = g->table[(base + r * st) * np + q] * scale;
            if (v > best)
                best = v;
        }
        gain[q] = best - cur;
        if (gain[q] > worst)
            worst = gain[q];
    }
    return worst;
}

/* Gain of each player in a table: best pure reply minus current payoff,
 * payoffs multiplied by scale. */
static double table_regret(const yk_game *g, const double *p, double scale, double *gain)
{
    int np = g->n_players, q, r;
    double *cur = yk_calloc((size_t)np, sizeof(double));
    double *val = yk_calloc((size_t)g->strategy_offset[np] + 1, sizeof(double));
    int *s = yk_calloc((size_t)np, sizeof(int));
    double worst = 0.0;
    long k;

    if (!cur || !val || !s) {
        yk_free(cur);
        yk_free(val);
        yk_free(s);
        return HUGE_VAL;
    }
    if (pure_profile(g, p, s)) {
        worst = pure_regret(g, s, scale, gain);
        goto done;
    }
    memset(s, 0, sizeof(int) * (size_t)np); /* the walk's odometer starts at 0 */
    if (table_payoffs(g, p, scale, cur) != YK_OK) {
        worst = HUGE_VAL;
        goto done;
    }
    for (k = 0; k < g->n_profiles; k++) {
        for (q = 0; q < np; q++) {
            double w = 1.0;
            for (r = 0; r < np; r++)
                if (r != q)
                    w *= p[g->strategy_offset[r] + s[r]];
            val[g->strategy_offset[q] + s[q]] += w * (g->table[k * np + q] * scale);
        }
        for (q = 0; q < np && ++s[q] == g->n_strategies[q]; q++)
            s[q] = 0;
    }
    for (q = 0; q < np; q++) {
        double best = -HUGE_VAL;
        for (r = 0; r < g->n_strategies[q]; r++)
            if (val[g->strategy_offset[q] + r] > best)
                best = val[g->strategy_offset[q] + r];
        gain[q] = best - cur[q] > 0.0 ? best - cur[q] : 0.0;
        if (gain[q] > worst)
            worst = gain[q];
    }
done:
    yk_free(cur);
    yk_free(val);
    yk_free(s);
    return worst;
}

double yk_game_scaled_regret(const yk_game *g, const double *p, double scale, double *gain)
{
    if (g->form == YK_GAME_TABLE)
        return table_regret(g, p, scale, gain);
    return yk_tree_gains(g, p, scale, gain);
}

double yk_game_regret(const yk_game *g, const double *p, double *gain)
{
    return yk_game_scaled_regret(g, p, 1.0, gain);
}

void yk_game_payoff_bounds(const yk_game *g, double *lo, double *hi)
{
    const double *v = g->form == YK_GAME_TABLE ? g->table : g->payoff;
    long k, n = g->form == YK_GAME_TABLE ? g->n_profiles * g->n_players
                                         : (long)g->n_outcomes * g->n_players;
    *lo = HUGE_VAL;
    *hi = -HUGE_VAL;
    for (k = 0; k < n; k++) {
        if (v[k] < *lo)
            *lo = v[k];
        if (v[k] > *hi)
            *hi = v[k];
    }
    if (n == 0)
        *lo = *hi = 0.0;
}

double yk_game_payoff_scale(const yk_game *g, double *range)
{
    double lo, hi, big, s;
    int e;
    yk_game_payoff_bounds(g, &lo, &hi);
    big = fabs(lo) > fabs(hi) ? fabs(lo) : fabs(hi);
    s = big > 0.0 && isfinite(big) ? (frexp(big, &e), ldexp(1.0, -e)) : 1.0;
    if (range)
        *range = hi * s - lo * s > 0.0 ? hi * s - lo * s : 1.0;
    return s;
}

double yk_game_relative_regret(const yk_game *g, const double *p, double *gain)
{
    double range, s = yk_game_payoff_scale(g, &range), worst;
    int q;
    worst = yk_game_scaled_regret(g, p, s, gain);
    for (q = 0; q < g->n_players; q++)
        gain[q] /= range;
    return worst / range;
}

yk_status yk_game_beliefs(const yk_game *g, const double *p, double *belief)
{
    double *reach = yk_malloc(sizeof(double) * (size_t)g->n_nodes);
    double *centroid = yk_malloc(sizeof(double) * ((size_t)g->n_actions + 1));
    double *creach = yk_malloc(sizeof(double) * (size_t)g->n_nodes);
    yk_status st = YK_OK;
    int i, m;

    for (i = 0; i < g->n_nodes; i++)
        belief[i] = 1.0;
    if (!reach || !centroid || !creach) {
        st = YK_E_NOMEM;
        goto done;
    }
    yk_game_realization(g, p, reach);
    yk_game_profile_centroid(g, centroid);
    yk_game_realization(g, centroid, creach);
    for (i = 0; i < g->n_infosets; i++) {
        const yk_infoset *s = &g->infoset[i];
        const double *r = reach;
        double sum = 0.0;
        if (s->player == YK_CHANCE)
            continue;
        for (m = 0; m < s->n_members; m++)
            sum += reach[g->member[s->members + m]];
        if (!(sum > 0.0)) {
            r = creach;
            sum = 0.0;
            for (m = 0; m < s->n_members; m++)
                sum += creach[g->member[s->members + m]];
        }
        for (m = 0; m < s->n_members; m++) {
            int v = g->member[s->members + m];
            belief[v] = sum > 0.0 ? r[v] / sum : 1.0 / s->n_members;
        }
    }
done:
    yk_free(reach);
    yk_free(centroid);
    yk_free(creach);
    return st;
}

yk_status yk_game_subgame_perfection(const yk_game *g, const double *p, double rel_tol,
                                     const volatile int *stop, int *perfect, int *node)
{
    double range, s;
    int where = -1;
    yk_status st;

    *perfect = 0;
    if (node)
        *node = -1;
    if (g->form != YK_GAME_TREE)
        return YK_E_ARG;
    s = yk_game_payoff_scale(g, &range);
    st = yk_tree_subgames(g, p, s, rel_tol * range, stop, &where);
    *perfect = st == YK_OK && where < 0;
    if (node)
        *node = where;
    return st;
}

int yk_game_is_subgame_perfect(const yk_game *g, const double *p, double tol, int *node)
{
    int where = -1;
    yk_status st;

    if (node)
        *node = -1;
    if (g->form != YK_GAME_TREE)
        return 0;
    st = yk_tree_subgames(g, p, 1.0, tol, NULL, &where);
    if (node)
        *node = where;
    if (st == YK_E_NOMEM)
        return -1; /* out of memory: neither yes nor no */
    return st == YK_OK && where < 0;
}
