/*
 * logit_table.c - the logit equations of a strategic-form game (McKelvey &
 * Palfrey 1995), in the unknowns x = log sigma (every player's strategies
 * in order) and lambda. For each player i with strategies s_1..s_k:
 *
 *     sum_s sigma(s) - 1 = 0
 *     x(s_j) - x(s_1) - lambda (u_i(s_j) - u_i(s_1)) = 0     j = 2..k
 *
 * where u_i(s) is i's expected payoff from s against the others' mixture.
 * Rows are ordered player by player, the sum row first (Gambit's order,
 * which its perturbation past bifurcations depends on). The Jacobian is
 * dense: d u_i(s) / d x(t) = sigma(t) u_i(s, t) for t of another player.
 */
#include "core/alloc.h"
#include "game/game_internal.h"
#include "game/logit.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct tab {
    const yk_game *g;
    int n, np;
    double *p;    /* sigma */
    double *u;    /* u_i(s) for each strategy s of each player i */
    double *d;    /* n x n: d[s n + t] = u_owner(s)(s, t), t of another player */
    double *m;    /* (n+1) x (n+1) bordered Jacobian, factorized */
    int *piv;
    int *owner;   /* player (0-based) of each strategy */
    int *pure;    /* scratch: one strategy per player */
    double *gain;
    double scale; /* payoff multiplier */
} tab;

/* sigma, u and (when want_d) the pairwise payoffs, from x. */
static int tab_eval(tab *t, const double *x, int want_d)
{
    const yk_game *g = t->g;
    int n = t->n, np = t->np, i, q, r;
    long k;

    for (i = 0; i < n; i++) {
        t->p[i] = exp(x[i]);
        if (!isfinite(t->p[i]))
            return -1;
    }
    memset(t->u, 0, (size_t)n * sizeof(double));
    if (want_d)
        memset(t->d, 0, (size_t)n * (size_t)n * sizeof(double));
    memset(t->pure, 0, (size_t)np * sizeof(int));
    for (k = 0; k < g->n_profiles; k++) {
        for (q = 0; q < np; q++) {
            int sq = g->strategy_offset[q] + t->pure[q];
            double pay = g->table[k * np + q] * t->scale, w = 1.0;
            for (r = 0; r < np; r++)
                if (r != q)
                    w *= t->p[g->strategy_offset[r] + t->pure[r]];
            t->u[sq] += w * pay;
            if (!want_d)
                continue;
            for (r = 0; r < np; r++) {
                int sr = g->strategy_offset[r] + t->pure[r], v;
                double w2 = 1.0;
                if (r == q)
                    continue;
                for (v = 0; v < np; v++)
                    if (v != q && v != r)
                        w2 *= t->p[g->strategy_offset[v] + t->pure[v]];
                t->d[(size_t)sq * n + sr] += w2 * pay;
            }
        }
        for (q = 0; q < np && ++t->pure[q] == g->n_strategies[q]; q++)
            t->pure[q] = 0;
    }
    return 0;
}

static int tab_value(void *ctx, const double *x, double *f)
{
    tab *t = ctx;
    const yk_game *g = t->g;
    int q, j;

    if (tab_eval(t, x, 0) != 0)
        return -1;
    for (q = 0; q < t->np; q++) {
        int o = g->strategy_offset[q];
        double sum = -1.0;
        for (j = 0; j < g->n_strategies[q]; j++)
            sum += t->p[o + j];
        f[o] = sum;
        for (j = 1; j < g->n_strategies[q]; j++)
            f[o + j] = x[o + j] - x[o] - x[t->n] * (t->u[o + j] - t->u[o]);
    }
    return 0;
}

static int tab_factor(void *ctx, const double *x, const double *c, int *sign)
{
    tab *t = ctx;
    const yk_game *g = t->g;
    int n = t->n, n1 = n + 1, q, j, s;
    double lambda = x[n], *m = t->m;

    if (tab_eval(t, x, 1) != 0)
        return -1;
    memset(m, 0, (size_t)n1 * (size_t)n1 * sizeof(double));
    for (q = 0; q < t->np; q++) {
        int o = g->strategy_offset[q], k = g->n_strategies[q];
        for (j = 0; j < k; j++)
            m[(size_t)o * n1 + o + j] = t->p[o + j];
        for (j = 1; j < k; j++) {
            double *row = m + (size_t)(o + j) * n1;
            for (s = 0; s < n; s++)
                if (t->owner[s] != q)
                    row[s] = -lambda * t->p[s] *
                             (t->d[(size_t)(o + j) * n + s] - t->d[(size_t)o * n + s]);
            row[o + j] = 1.0;
            row[o] = -1.0;
            row[n] = -(t->u[o + j] - t->u[o]);
        }
    }
    memcpy(m + (size_t)n * n1, c, (size_t)n1 * sizeof(double));
    for (s = 0; s < n1 * n1; s++)
        if (!isfinite(m[s]))
            return -1;
    yk_lg_dense_factor(m, n1, t->piv, sign);
    return 0;
}

static void tab_solve(void *ctx, double *b)
{
    tab *t = ctx;
    yk_lg_dense_solve(t->m, t->n + 1, t->piv, b);
}

static double tab_regret(void *ctx, const double *x)
{
    tab *t = ctx;
    double r;
    int i;
    for (i = 0; i < t->n; i++)
        t->p[i] = exp(x[i]);
    r = yk_game_scaled_regret(t->g, t->p, t->scale, t->gain);
    return r == HUGE_VAL ? NAN : r; /* out of memory */
}

static void tab_destroy(void *ctx)
{
    tab *t = ctx;
    if (!t)
        return;
    yk_free(t->p);
    yk_free(t->u);
    yk_free(t->d);
    yk_free(t->m);
    yk_free(t->piv);
    yk_free(t->owner);
    yk_free(t->pure);
    yk_free(t->gain);
    yk_free(t);
}

lg_system *yk_lg_table_system(const yk_game *g, double scale, double *x0)
{
    lg_system *s = yk_calloc(1, sizeof *s);
    tab *t = yk_calloc(1, sizeof *t);
    int n = g->strategy_offset[g->n_players], q, j;
    size_t n1 = (size_t)n + 1;

    if (!s || !t)
        goto fail;
    t->g = g;
    t->scale = scale;
    t->n = n;
    t->np = g->n_players;
    t->p = yk_calloc(n1, sizeof(double));
    t->u = yk_calloc(n1, sizeof(double));
    t->d = yk_calloc(n1 * n1, sizeof(double));
    t->m = yk_calloc(n1 * n1, sizeof(double));
    t->piv = yk_calloc(n1, sizeof(int));
    t->owner = yk_calloc(n1, sizeof(int));
    t->pure = yk_calloc((size_t)t->np + 1, sizeof(int));
    t->gain = yk_calloc((size_t)t->np + 1, sizeof(double));
    if (!t->p || !t->u || !t->d || !t->m || !t->piv || !t->owner || !t->pure || !t->gain)
        goto fail;
    for (q = 0; q < t->np; q++)
        for (j = 0; j < g->n_strategies[q]; j++) {
            t->owner[g->strategy_offset[q] + j] = q;
            x0[g->strategy_offset[q] + j] = -log((double)g->n_strategies[q]);
        }
    x0[n] = 0.0;
    s->n = n;
    s->ctx = t;
    s->value = tab_value;
    s->factor = tab_factor;
    s->solve = tab_solve;
    s->regret = tab_regret;
    s->destroy = tab_destroy;
    return s;
fail:
    yk_free(s);
    tab_destroy(t);
    return NULL;
}

void yk_lg_system_free(lg_system *s)
{
    if (!s)
        return;
    s->destroy(s->ctx);
    yk_free(s);
}
