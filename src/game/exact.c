/*
 * exact.c - exact fractions for a float equilibrium, only when they are
 * exact (exact.h). A probability x becomes the first continued-fraction
 * convergent p/q within tol of it (q <= MAX_DEN), for tol = 1e-16, 1e-15,
 * ... 1e-10 in turn until the fractions check (a loose tol takes an early
 * convergent, a tight one none, when the float's error is larger); a payoff or a
 * chance probability becomes the fraction its double is exactly, found the
 * same way but required to round back to the very same double. The
 * fractions must then sum to 1 per player (per information set in trees)
 * and give no player a gain from deviating, all in 128-bit rational
 * arithmetic that gives up (so the caller prints decimals) rather than
 * overflow. A reconstruction that is only close therefore never prints
 * as exact: the check is of the equilibrium conditions themselves.
 */
#include "game/exact.h"

#include "core/alloc.h"

#include <math.h>
#include <string.h>

#define TOL_FIRST 1e-16
#define TOL_LAST 1e-10
#define MAX_DEN 1e15
#define Q_MAX (((__extension__(__int128)1) << 125))

__extension__ typedef __int128 yk_i128;

/* A fraction n / d, d > 0, in lowest terms; bad marks an overflow. */
typedef struct yk_q {
    yk_i128 n, d;
} yk_q;

typedef struct yk_qctx {
    int bad;
} yk_qctx;

static yk_i128 q_abs(yk_i128 a)
{
    return a < 0 ? -a : a;
}

static yk_i128 q_gcd(yk_i128 a, yk_i128 b)
{
    a = q_abs(a);
    b = q_abs(b);
    while (b) {
        yk_i128 t = a % b;
        a = b;
        b = t;
    }
    return a ? a : 1;
}

/* a * b, or 0 with c->bad set when |a b| would pass Q_MAX. */
static yk_i128 q_times(yk_qctx *c, yk_i128 a, yk_i128 b)
{
    if (a != 0 && q_abs(b) > Q_MAX / q_abs(a)) {
        c->bad = 1;
        return 0;
    }
    return a * b;
}

static yk_i128 q_plus(yk_qctx *c, yk_i128 a, yk_i128 b)
{
    yk_i128 s = a + b; /* both below 2^125: no overflow */
    if (q_abs(s) > Q_MAX)
        c->bad = 1;
    return s;
}

static yk_q q_make(yk_i128 n, yk_i128 d)
{
    yk_q r;
    yk_i128 g = q_gcd(n, d);
    r.n = n / g;
    r.d = d / g;
    return r;
}

static yk_q q_add(yk_qctx *c, yk_q a, yk_q b)
{
    yk_i128 g = q_gcd(a.d, b.d);
    yk_i128 n = q_plus(c, q_times(c, a.n, b.d / g), q_times(c, b.n, a.d / g));
    return c->bad ? a : q_make(n, q_times(c, a.d, b.d / g));
}

static yk_q q_mul(yk_qctx *c, yk_q a, yk_q b)
{
    yk_i128 g1 = q_gcd(a.n, b.d), g2 = q_gcd(b.n, a.d);
    yk_q r;
    r.n = q_times(c, a.n / g1, b.n / g2);
    r.d = q_times(c, a.d / g2, b.d / g1);
    return r;
}

/* -1, 0, 1 as a <, =, > b. */
static int q_cmp(yk_qctx *c, yk_q a, yk_q b)
{
    yk_i128 l = q_times(c, a.n, b.d), r = q_times(c, b.n, a.d);
    return l < r ? -1 : l > r;
}

static const yk_q q_zero = {0, 1};

/* The first convergent of |v| within tol of it with q <= MAX_DEN; 0 if
 * none. */
static int convergent(double v, double tol, yk_q *out)
{
    double x = fabs(v), r = x;
    double h0 = 1, h1 = 0, k0 = 0, k1 = 1;
    int i;
    if (!(x < 9e15))
        return 0;
    for (i = 0; i < 64; i++) {
        double a = floor(r), h2 = a * h0 + h1, k2 = a * k0 + k1;
        if (k2 > MAX_DEN || h2 > 9e15)
            return 0;
        h1 = h0;
        h0 = h2;
        k1 = k0;
        k0 = k2;
        if (fabs(x - h0 / k0) <= tol) {
            out->n = (yk_i128)(v < 0 ? -h0 : h0);
            out->d = (yk_i128)k0;
            return 1;
        }
        if (r - a <= 0.0)
            return 0;
        r = 1.0 / (r - a);
    }
    return 0;
}

/* A payoff or chance probability: the fraction the double is exactly. */
static int exact_value(double v, yk_q *out)
{
    if (v == floor(v) && fabs(v) < 1e18) {
        out->n = (yk_i128)v;
        out->d = 1;
        return 1;
    }
    return convergent(v, 0.0, out) && (double)out->n / (double)out->d == v;
}

/* A probability: its reconstruction to tol (0 when negative). */
static int probability(double v, double tol, yk_q *out)
{
    return convergent(v, tol, out) && out->n >= 0;
}

/* Player q's (0-based) table payoff at profile (i, j). */
static int table_payoff(const yk_game *g, int i, int j, int q, yk_q *out)
{
    return exact_value(g->table[2 * ((size_t)i + (size_t)g->n_strategies[0] * j) + q], out);
}

/* Every strategy in the support of player q's x earns the best payoff
 * against the other's y. */
static int table_best_replies(yk_qctx *c, const yk_game *g, int q, const yk_q *x,
                              const yk_q *y, yk_q *val)
{
    int mine = g->n_strategies[q], theirs = g->n_strategies[1 - q], i, j;
    yk_q best = q_zero;
    for (i = 0; i < mine; i++) {
        val[i] = q_zero;
        for (j = 0; j < theirs && !c->bad; j++) {
            yk_q u;
            if (y[j].n == 0)
                continue;
            if (!table_payoff(g, q ? j : i, q ? i : j, q, &u))
                return 0;
            val[i] = q_add(c, val[i], q_mul(c, u, y[j]));
        }
        if (i == 0 || q_cmp(c, val[i], best) > 0)
            best = val[i];
    }
    for (i = 0; i < mine && !c->bad; i++)
        if (x[i].n != 0 && q_cmp(c, val[i], best) != 0)
            return 0;
    return !c->bad;
}

static int table_check(yk_qctx *c, const yk_game *g, const yk_q *p)
{
    int m = g->n_strategies[0], n = g->n_strategies[1];
    yk_q *val = yk_malloc(sizeof(yk_q) * (size_t)(m > n ? m : n));
    int ok;
    if (!val)
        return -1;
    ok = table_best_replies(c, g, 0, p, p + m, val) &&
         table_best_replies(c, g, 1, p + m, p, val);
    yk_free(val);
    return ok;
}

/* The exact version of eval.c's tree regret at the root: each player's
 * best-response value (backward over the player's information sets, the
 * others' and chance's reach w fixed) equals the current payoff. */
static int tree_check(yk_qctx *c, const yk_game *g, const yk_q *p)
{
    int n = g->n_nodes, q, i, s, ok = 1;
    yk_q *w = yk_malloc(sizeof(yk_q) * (size_t)n), *own = yk_malloc(sizeof(yk_q) * (size_t)n);
    yk_q *bucket = yk_malloc(sizeof(yk_q) * ((size_t)g->n_actions + 1));
    int *seq = yk_malloc(sizeof(int) * (size_t)n);
    int *first = yk_malloc(sizeof(int) * ((size_t)g->n_infosets + 1));

    if (!w || !own || !bucket || !seq || !first) {
        ok = -1; /* out of memory */
        goto done;
    }
    for (i = 0; i < g->n_infosets; i++)
        first[i] = -1;
    for (i = n - 1; i >= 0; i--)
        if (g->node[i].infoset >= 0)
            first[g->node[i].infoset] = i;
    for (q = 1; q <= g->n_players && ok && !c->bad; q++) {
        yk_q cur = q_zero, one = {1, 1};
        for (i = 0; i <= g->n_actions; i++)
            bucket[i] = q_zero;
        for (i = 0; i < n && ok && !c->bad; i++) {
            const yk_node *v = &g->node[i];
            yk_q u;
            if (i == 0) {
                w[0] = own[0] = one;
                seq[0] = -1;
            } else {
                int a = v->parent_action, up = v->parent;
                int mine = game_action_player(g, a) == q;
                w[i] = mine ? w[up] : q_mul(c, w[up], p[a]);
                own[i] = mine ? q_mul(c, own[up], p[a]) : own[up];
                seq[i] = mine ? a : seq[up];
            }
            if (v->outcome < 0 || w[i].n == 0)
                continue;
            if (!exact_value(game_outcome_payoff(g, v->outcome, q), &u)) {
                ok = 0;
                break;
            }
            u = q_mul(c, w[i], u);
            bucket[seq[i] + 1] = q_add(c, bucket[seq[i] + 1], u);
            cur = q_add(c, cur, q_mul(c, own[i], u));
        }
        for (s = g->player_infosets[q + 1] - 1; s >= g->player_infosets[q] && ok && !c->bad;
             s--) {
            const yk_infoset *I = &g->infoset[s];
            yk_q best = bucket[I->actions + 1];
            int a;
            if (first[s] < 0)
                continue;
            for (a = 1; a < I->n_actions; a++)
                if (q_cmp(c, bucket[I->actions + a + 1], best) > 0)
                    best = bucket[I->actions + a + 1];
            bucket[seq[first[s]] + 1] = q_add(c, bucket[seq[first[s]] + 1], best);
        }
        ok = ok && !c->bad && q_cmp(c, bucket[0], cur) == 0;
    }
done:
    yk_free(w);
    yk_free(own);
    yk_free(bucket);
    yk_free(seq);
    yk_free(first);
    return ok < 0 ? -1 : ok && !c->bad;
}

/* The groups that must each sum to 1: a table's players, a tree's
 * information sets (chance's included, whose entries are exact values). */
static int sums_to_one(yk_qctx *c, const yk_game *g, const yk_q *p)
{
    int groups = g->form == YK_GAME_TABLE ? g->n_players : g->n_infosets, k, i;
    for (k = 0; k < groups && !c->bad; k++) {
        int lo = g->form == YK_GAME_TABLE ? g->strategy_offset[k] : g->infoset[k].actions;
        int hi = g->form == YK_GAME_TABLE ? g->strategy_offset[k + 1]
                                          : lo + g->infoset[k].n_actions;
        yk_q s = q_zero;
        for (i = lo; i < hi; i++)
            s = q_add(c, s, p[i]);
        if (s.n != s.d)
            return 0;
    }
    return !c->bad;
}

/* One try at tolerance tol: 1 when the fractions check, -1 out of
 * memory. */
static int try_exact(const yk_game *g, const double *p, double tol, yk_q *q)
{
    int size = yk_game_profile_size(g), k;
    yk_qctx c = {0};
    for (k = 0; k < size; k++) {
        int chance = g->form == YK_GAME_TREE && game_action_player(g, k) == YK_CHANCE;
        if (!(chance ? exact_value(p[k], &q[k]) : probability(p[k], tol, &q[k])))
            return 0;
    }
    if (!sums_to_one(&c, g, q))
        return 0;
    return g->form == YK_GAME_TABLE ? table_check(&c, g, q) : tree_check(&c, g, q);
}

int yk_game_exact_equilibrium(const yk_game *g, const double *p, long long *num,
                              long long *den)
{
    int size = yk_game_profile_size(g), k, ok = 0;
    double tol;
    yk_q *q;

    if (g->n_players != 2 || (g->form == YK_GAME_TABLE && g->n_profiles > 100000000L))
        return 0;
    q = yk_malloc(sizeof(yk_q) * (size_t)(size > 0 ? size : 1));
    if (!q)
        return -1;
    for (tol = TOL_FIRST; tol <= TOL_LAST * 1.5 && !ok; tol *= 10.0)
        ok = try_exact(g, p, tol, q);
    for (k = 0; k < size && ok > 0; k++) {
        num[k] = (long long)q[k].n;
        den[k] = (long long)q[k].d;
    }
    yk_free(q);
    return ok;
}
