/*
 * lh_table.c - two-player tables: every equilibrium the Lemke-Howson
 * algorithm reaches (Lemke & Howson 1964), as gambit-lcp lists them on
 * .nfg files: from the artificial equilibrium with each label dropped, and
 * again from every equilibrium found, with each label.
 *
 * The two systems, each player's payoffs mapped once onto [1, 2]
 * (A' = 1 + (A - min A) / (max A - min A); a positive affine map per
 * player changes no equilibrium, and every tolerance below is then
 * relative to that player's payoff range):
 *     r + A'y = 1   (player 1's m rows; r_i carries label i, y_j label m+j)
 *     s + B''x = 1  (player 2's n rows; x_i carries label i, s_j label m+j)
 * start with r and s basic (x = y = 0, the artificial equilibrium).
 * Dropping a label enters its variable; the variable that leaves has a
 * label whose twin then enters the other system, until the dropped label
 * leaves. Degeneracy is resolved by the lexicographic ratio test (von
 * Stengel 2002, sec. 3.6) on the full tableau, for the right-hand side
 * perturbed to 1 - (eps, eps^2, ...): among rows tied on rhs / pivot, the
 * largest (initial-basis column k) / pivot wins, k = 0, 1, ... in turn.
 * That is the rule gambit-lcp follows (Eaves' rule in its sign
 * convention); no basis repeats, so a path cannot cycle.
 *
 * Every equilibrium found is kept as its basis (the labels basic in each
 * system), not as a tableau: a path from it starts from a tableau rebuilt
 * from the original one by Gauss-Jordan pivots onto that basis, so
 * rounding does not pile up along a chain of equilibria, memory is
 * O(m + n) per equilibrium, and the profile is read from the rebuilt
 * tableau and checked (regret at most REGRET_TOL of the payoff range)
 * before it is kept; a profile that fails is solved again from its basis
 * in long double from the payoffs (bases of payoffs that differ by 1e-6
 * of their range are ill-conditioned) and checked again. Ratios are
 * compared relative to their size (lh_tableau.c), and a path that comes
 * back to a basis (rounding can defeat the lexicographic rule) is caught
 * by Brent's method on a hash of the basis. The search is depth first
 * with an explicit stack (the order gambit-lcp prints). Limits: the
 * tableau's size, the pivot budget and the memory the kept equilibria
 * take. A limit stops the search; a path that ends on a ray, cycles or
 * fails the check is counted as lost and the search goes on; either way
 * the equilibria found stay in `out` and the status says what happened.
 */
#include "core/alloc.h"
#include "game/lcp.h"
#include "game/lh_tableau.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ZERO_TOL 1e-12   /* probabilities below this are 0 */
#define SAME_TOL 1e-9    /* two profiles this close are one equilibrium */
#define REGRET_TOL 1e-12 /* of each player's payoff range */
#define MAX_TABLEAU_BYTES ((size_t)1 << 30)
#define MAX_KEPT_BYTES ((size_t)512 << 20)
/* The default pivot budget: about 2 x 10^10 tableau-entry updates (tens
 * of seconds), at least 10^4 pivots and at most 4 x 10^7. */
#define DEFAULT_WORK 2e10

typedef struct lh_state {
    yk_lh_system s1, s2; /* s1: r/y (player 1's rows); s2: x/s (player 2's rows) */
} lh_state;

typedef struct lh_frame {
    int eq;    /* the equilibrium searched from; -1 the artificial one */
    int label; /* the next label to drop */
} lh_frame;

typedef struct lh_search {
    const yk_game *g;
    int m, n;
    const yk_solve_options *o;
    yk_solution *out;
    lh_state init;  /* the artificial equilibrium's tableau, never pivoted */
    lh_state base;  /* the tableau of the equilibrium searched from */
    lh_state work;  /* a path's tableau */
    lh_state fresh; /* the end of a path's basis, rebuilt afresh */
    int base_eq;    /* which equilibrium base holds (-2: none) */
    int *bases;     /* per equilibrium: m basic labels of s1, then n of s2 */
    int *hnext;     /* per equilibrium: the next one in its hash chain */
    int *hhead;     /* hash buckets (hsize, a power of two) */
    int hsize;
    lh_frame *stack;
    int depth, cap;
    int *mark;      /* scratch: m + n flags */
    double *prob;
    double tol[2];   /* REGRET_TOL of each player's payoff range */
    double span[2][3]; /* each player's lowest, highest payoff, max |payoff| */
    long double *ld; /* scratch: max(m, n) x (max(m, n) + 1) */
    long pivots, max_pivots, max_eq, max_kept;
    int lost;        /* paths that ended on a ray or failed the check */
    int stopped_by_budget, stopped_by_memory;
    yk_status st;
} lh_search;

static int state_init(lh_state *st, int m, int n)
{
    /* s1: labels 0..m-1 are r (the initial basis), m..m+n-1 are y */
    return yk_lh_init(&st->s1, m, m + n, 0) || yk_lh_init(&st->s2, n, m + n, m) ? -1 : 0;
}

static void state_free(lh_state *st)
{
    yk_lh_free(&st->s1);
    yk_lh_free(&st->s2);
}

/* A copy costs about what a pivot does: the budget counts it as two. */
static void state_copy(lh_search *h, lh_state *dst, const lh_state *src)
{
    yk_lh_copy(&dst->s1, &src->s1);
    yk_lh_copy(&dst->s2, &src->s2);
    h->pivots += 2;
}

/* Loads into `dst` the tableau of equilibrium eq (-1: the artificial
 * one), rebuilt from the initial tableau. */
static int load(lh_search *h, lh_state *dst, int eq)
{
    const int *b;
    state_copy(h, dst, &h->init);
    if (eq < 0)
        return 0;
    b = h->bases + (size_t)eq * (size_t)(h->m + h->n);
    return yk_lh_rebuild(&dst->s1, b, h->mark, h->m + h->n, &h->pivots) ||
                   yk_lh_rebuild(&dst->s2, b + h->m, h->mark, h->m + h->n, &h->pivots)
               ? -1
               : 0;
}

/* A label's share of a basis' hash: the basis (both systems' basic sets)
 * hashes to the sum over its labels, updated in O(1) per pivot. */
static uint64_t label_key(int label, int system)
{
    uint64_t z = (uint64_t)label * 2u + (uint64_t)system + 0x9e3779b97f4a7c15u;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* Follows the path dropping label k; 0 at an equilibrium, -1 when it ends
 * on a ray or comes back to a basis it left (numerical trouble: in exact
 * arithmetic the lexicographic rule never repeats a basis; caught by
 * Brent's method on the basis hash, so a cycle costs at most twice its
 * length), -2 interrupted, -3 out of pivots. */
static int follow(lh_search *h, lh_state *st, int k)
{
    int label = k;
    uint64_t hash = 0, saved;
    long steps = 0, power = 1;
    {
        int r;
        for (r = 0; r < st->s1.rows; r++)
            hash += label_key(st->s1.basis[r], 1);
        for (r = 0; r < st->s2.rows; r++)
            hash += label_key(st->s2.basis[r], 2);
    }
    saved = hash;
    /* x_i (i < m) lives in s2's columns, y_j in s1's; r in s1, s in s2 */
    yk_lh_system *sys = k < h->m ? &st->s2 : &st->s1;
    /* the variable of label k that is nonbasic enters: away from the
     * artificial equilibrium it may be the slack, in the other system */
    if (yk_lh_is_basic(sys, k))
        sys = sys == &st->s1 ? &st->s2 : &st->s1;
    for (;;) {
        int row, leaving;
        if (++h->pivots > h->max_pivots)
            return -3;
        if ((h->pivots & 1023) == 0 && h->o->stop && *h->o->stop)
            return -2;
        row = yk_lh_ratio_test(sys, 1 + label);
        if (row < 0)
            return -1;
        leaving = sys->basis[row];
        yk_lh_pivot(sys, row, 1 + label);
        sys->basis[row] = label;
        if (leaving == k)
            return 0;
        hash += label_key(label, sys == &st->s1 ? 1 : 2) -
                label_key(leaving, sys == &st->s1 ? 1 : 2);
        if (hash == saved)
            return -1;
        if (++steps == power) {
            saved = hash;
            power *= 2;
            steps = 0;
        }
        /* the twin of the leaving label enters the other system */
        label = leaving;
        sys = sys == &st->s1 ? &st->s2 : &st->s1;
        if (yk_lh_is_basic(sys, label))
            return -1; /* cannot happen in exact arithmetic */
    }
}

/* Normalises p's two parts (x: 0..m-1, y: m..m+n-1, unnormalised values)
 * to probabilities, below ZERO_TOL taken as 0; -1 when a part is 0 (the
 * artificial equilibrium). */
static int normalise(const lh_search *h, double *p)
{
    int m = h->m, n = h->n, i;
    double sx = 0.0, sy = 0.0;
    for (i = 0; i < m; i++)
        sx += p[i] > 0.0 ? p[i] : 0.0;
    for (i = m; i < m + n; i++)
        sy += p[i] > 0.0 ? p[i] : 0.0;
    if (!(sx > 0.0) || !(sy > 0.0))
        return -1;
    for (i = 0; i < m + n; i++) {
        double v = p[i] > 0.0 ? p[i] / (i < m ? sx : sy) : 0.0;
        p[i] = v < ZERO_TOL ? 0.0 : v;
    }
    return 0;
}

/* The equilibrium a state describes, read from its tableau. */
static int extract(const lh_search *h, const lh_state *st, double *p)
{
    int m = h->m, r;
    memset(p, 0, sizeof(double) * (size_t)(m + h->n));
    for (r = 0; r < st->s2.rows; r++)
        if (st->s2.basis[r] < m)
            p[st->s2.basis[r]] = *yk_lh_cell(&st->s2, r, 0);
    for (r = 0; r < st->s1.rows; r++)
        if (st->s1.basis[r] >= m)
            p[st->s1.basis[r]] = *yk_lh_cell(&st->s1, r, 0);
    return normalise(h, p);
}

/* Player q's payoff at (i, j) mapped onto [1, 2] as the tableau has it,
 * but in long double from the double payoff. */
static long double scaled(const lh_search *h, int q, int i, int j)
{
    long double u = h->g->table[2 * ((size_t)i + (size_t)h->m * j) + q];
    long double s = h->span[q][2], w = (long double)h->span[q][1] / s - h->span[q][0] / s;
    return w > 0.0L ? 1.0L + (u / s - h->span[q][0] / s) / w : 1.0L;
}

/* The basic solution of one system for the basis `basis`, solved afresh
 * in long double (Gaussian elimination, partial pivoting) from the
 * payoffs: the basis' columns (a slack's unit vector, or a payoff column)
 * times v = 1. The non-slack values go to p. 0, or -1 if singular. */
static int solve_precise(lh_search *h, const yk_lh_system *sys, const int *basis, double *p)
{
    int k = sys->rows, q = sys == &h->init.s1 ? 0 : 1, r, c, i;
    long double *M = h->ld; /* k x (k + 1), column k the right-hand side */
    for (r = 0; r < k; r++) {
        for (c = 0; c < k; c++) {
            int label = basis[c];
            long double v;
            if (label >= sys->slack0 && label < sys->slack0 + k)
                v = label - sys->slack0 == r ? 1.0L : 0.0L;
            else /* s1: row i = r, y_j with label m + j; s2: row j = r, x_i */
                v = q == 0 ? scaled(h, 0, r, label - h->m) : scaled(h, 1, label, r);
            M[(size_t)r * (k + 1) + c] = v;
        }
        M[(size_t)r * (k + 1) + k] = 1.0L;
    }
    for (c = 0; c < k; c++) {
        int best = c;
        for (r = c + 1; r < k; r++)
            if (fabsl(M[(size_t)r * (k + 1) + c]) > fabsl(M[(size_t)best * (k + 1) + c]))
                best = r;
        if (fabsl(M[(size_t)best * (k + 1) + c]) <= 1e-300L)
            return -1;
        for (i = 0; i <= k; i++) {
            long double t = M[(size_t)c * (k + 1) + i];
            M[(size_t)c * (k + 1) + i] = M[(size_t)best * (k + 1) + i];
            M[(size_t)best * (k + 1) + i] = t;
        }
        for (r = 0; r < k; r++) {
            long double f;
            if (r == c || (f = M[(size_t)r * (k + 1) + c] / M[(size_t)c * (k + 1) + c]) == 0.0L)
                continue;
            for (i = c; i <= k; i++)
                M[(size_t)r * (k + 1) + i] -= f * M[(size_t)c * (k + 1) + i];
        }
    }
    for (c = 0; c < k; c++)
        if (!(basis[c] >= sys->slack0 && basis[c] < sys->slack0 + k))
            p[basis[c]] = (double)(M[(size_t)c * (k + 1) + k] / M[(size_t)c * (k + 1) + c]);
    return 0;
}

/* The equilibrium of the bases in st, solved afresh in long double: for
 * ill-conditioned bases (payoffs that differ by 1e-6 of their range)
 * whose tableau reading fails the check. -1 singular or artificial. */
static int extract_precise(lh_search *h, const lh_state *st, double *p)
{
    memset(p, 0, sizeof(double) * (size_t)(h->m + h->n));
    if (solve_precise(h, &h->init.s1, st->s1.basis, p) ||
        solve_precise(h, &h->init.s2, st->s2.basis, p))
        return -1;
    return normalise(h, p);
}

/* The hash of a profile's support: equal profiles (to SAME_TOL) have the
 * same support, since entries below ZERO_TOL were set to 0. */
static unsigned support_hash(const double *p, int size)
{
    uint32_t x = 2166136261u;
    int i;
    for (i = 0; i < size; i++)
        if (p[i] > 0.0)
            x = (x ^ (uint32_t)i) * 16777619u;
    return x;
}

static int known(const lh_search *h, const double *p)
{
    int size = h->m + h->n, i, k;
    for (i = h->hhead[support_hash(p, size) & (unsigned)(h->hsize - 1)]; i >= 0;
         i = h->hnext[i]) {
        const double *q = yk_solution_profile(h->out, i);
        for (k = 0; k < size && fabs(p[k] - q[k]) <= SAME_TOL; k++)
            ;
        if (k == size)
            return 1;
    }
    return 0;
}

/* Grows the per-equilibrium arrays (and rehashes) for one more. */
static int reserve(lh_search *h)
{
    int count = h->out->count, size = h->m + h->n, i;
    if (count < h->hsize / 2)
        return 0;
    {
        int hs = h->hsize * 2;
        int *head = yk_malloc(sizeof(int) * (size_t)hs);
        int *next = yk_realloc(h->hnext, sizeof(int) * (size_t)hs);
        int *bases = next ? yk_reallocarray(h->bases, (size_t)hs, sizeof(int) * (size_t)size)
                          : NULL;
        if (next)
            h->hnext = next;
        if (bases)
            h->bases = bases;
        if (!head || !next || !bases) {
            yk_free(head);
            return -1;
        }
        for (i = 0; i < hs; i++)
            head[i] = -1;
        for (i = 0; i < count; i++) {
            unsigned b = support_hash(yk_solution_profile(h->out, i), size) & (unsigned)(hs - 1);
            h->hnext[i] = head[b];
            head[b] = i;
        }
        yk_free(h->hhead);
        h->hhead = head;
        h->hsize = hs;
    }
    return 0;
}

/* Largest and smallest payoff of player q (0-based) and the scale they
 * share: A' = 1 + (a / s - lo / s) / (hi / s - lo / s), s = max |a|, so
 * that neither the range nor the map overflows (payoffs near 1e308). */
static void payoff_span(const yk_game *g, int q, double *lo, double *hi, double *s)
{
    long k;
    *lo = HUGE_VAL;
    *hi = -HUGE_VAL;
    for (k = 0; k < g->n_profiles; k++) {
        *lo = fmin(*lo, g->table[2 * k + q]);
        *hi = fmax(*hi, g->table[2 * k + q]);
    }
    *s = fmax(fabs(*lo), fabs(*hi));
    if (!(*s > 0.0))
        *s = 1.0;
}

/* The initial tableau, each player's payoffs mapped onto [1, 2]; the
 * regret check's tolerances in h->tol. */
static void fill(lh_search *h)
{
    const yk_game *g = h->g;
    int m = h->m, n = h->n, i, j, q;
    double lo[2], hi[2], s[2], w[2];
    for (q = 0; q < 2; q++) {
        payoff_span(g, q, &lo[q], &hi[q], &s[q]);
        h->span[q][0] = lo[q];
        h->span[q][1] = hi[q];
        h->span[q][2] = s[q];
        w[q] = hi[q] / s[q] - lo[q] / s[q]; /* in [0, 2] */
        h->tol[q] = REGRET_TOL * s[q] * w[q]; /* in this order: no overflow */
    }
    for (i = 0; i < m; i++) {
        *yk_lh_cell(&h->init.s1, i, 0) = 1.0;
        *yk_lh_cell(&h->init.s1, i, 1 + i) = 1.0;
        h->init.s1.basis[i] = i;
    }
    for (j = 0; j < n; j++) {
        *yk_lh_cell(&h->init.s2, j, 0) = 1.0;
        *yk_lh_cell(&h->init.s2, j, 1 + m + j) = 1.0;
        h->init.s2.basis[j] = m + j;
    }
    for (j = 0; j < n; j++)
        for (i = 0; i < m; i++) { /* profile index i + m j: player 1 fastest */
            const double *u = &g->table[2 * ((size_t)i + (size_t)m * j)];
            double a = w[0] > 0.0 ? (u[0] / s[0] - lo[0] / s[0]) / w[0] : 0.0;
            double b = w[1] > 0.0 ? (u[1] / s[1] - lo[1] / s[1]) / w[1] : 0.0;
            *yk_lh_cell(&h->init.s1, i, 1 + m + j) = 1.0 + a;
            *yk_lh_cell(&h->init.s2, j, 1 + i) = 1.0 + b;
        }
}

/* Player q's (0-based) gain from a best pure reply to p, on the game's
 * own payoffs; computed here, without allocating, so that the check
 * cannot fail for want of memory. */
static double gain_of(const lh_search *h, const double *p, int q)
{
    int mine = q ? h->n : h->m, theirs = q ? h->m : h->n, i, j;
    const double *x = q ? p + h->m : p, *y = q ? p : p + h->m;
    double best = -HUGE_VAL, cur = 0.0;
    for (i = 0; i < mine; i++) {
        double v = 0.0;
        for (j = 0; j < theirs; j++) {
            size_t k = q ? (size_t)j + (size_t)h->m * i : (size_t)i + (size_t)h->m * j;
            if (y[j] != 0.0)
                v += y[j] * h->g->table[2 * k + q];
        }
        best = fmax(best, v);
        cur += x[i] * v;
    }
    return best - cur;
}

/* 1 when each player's gain from deviating is at most REGRET_TOL of that
 * player's payoff range (a constant payoff: anything goes). */
static int checked(const lh_search *h, const double *p)
{
    int q;
    for (q = 0; q < 2; q++)
        if (h->tol[q] > 0.0 && !(gain_of(h, p, q) <= h->tol[q]))
            return 0;
    return 1;
}

static int push(lh_search *h, int eq)
{
    if (h->depth == h->cap) {
        int cap = h->cap ? 2 * h->cap : 64;
        lh_frame *s = yk_reallocarray(h->stack, (size_t)cap, sizeof *s);
        if (!s)
            return -1;
        h->stack = s;
        h->cap = cap;
    }
    h->stack[h->depth].eq = eq;
    h->stack[h->depth].label = 0;
    h->depth++;
    return 0;
}

/* Records the equilibrium p whose rebuilt tableau is in `fresh`, and
 * makes it the next one searched from. */
static yk_status record(lh_search *h, const double *p)
{
    int size = h->m + h->n, count = h->out->count, r;
    int *b;
    unsigned bucket;
    if (reserve(h) || yk_solution_add(h->out, p, NAN, 1, 0) != YK_OK)
        return YK_E_NOMEM;
    b = h->bases + (size_t)count * (size_t)size;
    for (r = 0; r < h->m; r++)
        b[r] = h->fresh.s1.basis[r];
    for (r = 0; r < h->n; r++)
        b[h->m + r] = h->fresh.s2.basis[r];
    bucket = support_hash(p, size) & (unsigned)(h->hsize - 1);
    h->hnext[count] = h->hhead[bucket];
    h->hhead[bucket] = count;
    if (push(h, count))
        return YK_E_NOMEM;
    /* the fresh tableau is the new base: no rebuild needed */
    {
        lh_state t = h->base;
        h->base = h->fresh;
        h->fresh = t;
        h->base_eq = count;
    }
    return YK_OK;
}

/* One step of the depth-first search: the top frame drops its next
 * label. Sets h->st on a stop; counts lost paths. */
static void step(lh_search *h)
{
    lh_frame *f = &h->stack[h->depth - 1];
    int k, rc;
    if (f->label == h->m + h->n) {
        h->depth--;
        return;
    }
    k = f->label++;
    if (h->base_eq != f->eq) {
        if (load(h, &h->base, f->eq)) {
            h->base_eq = -2;
            h->lost++;
            h->depth--;
            return;
        }
        h->base_eq = f->eq;
    }
    state_copy(h, &h->work, &h->base);
    rc = follow(h, &h->work, k);
    if (rc == -2 || rc == -3) {
        h->st = rc == -2 ? YK_E_INTERRUPTED : YK_E_NUMERIC;
        h->stopped_by_budget = rc == -3;
        return;
    }
    if (rc == -1) {
        h->lost++;
        return;
    }
    /* the end's basis rebuilt afresh; if that is singular,
     * the path's own tableau stands in for it */
    state_copy(h, &h->fresh, &h->init);
    if (yk_lh_rebuild(&h->fresh.s1, h->work.s1.basis, h->mark, h->m + h->n, &h->pivots) ||
        yk_lh_rebuild(&h->fresh.s2, h->work.s2.basis, h->mark, h->m + h->n, &h->pivots))
        state_copy(h, &h->fresh, &h->work);
    if (extract(h, &h->fresh, h->prob))
        return; /* back at the artificial equilibrium */
    if (!checked(h, h->prob) &&
        (extract_precise(h, &h->fresh, h->prob) || !checked(h, h->prob))) {
        h->lost++;
        return;
    }
    if (known(h, h->prob))
        return;
    if (h->out->count >= h->max_kept) {
        h->st = YK_E_NUMERIC;
        h->stopped_by_memory = 1;
        return;
    }
    h->st = record(h, h->prob);
}

static yk_status finish(lh_search *h, yk_error *err)
{
    int found = h->out->count;
    if (h->st == YK_E_NOMEM)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    if (h->st == YK_E_INTERRUPTED)
        return yk_error_set(err, YK_E_INTERRUPTED, NULL, 0, 0, NULL,
                            "interrupted (%d equilibri%s found)", found, found == 1 ? "um" : "a");
    if (h->stopped_by_budget)
        return yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, NULL,
                            "lcp: stopped at the pivot budget (%ld pivots; --max-pivots) with %d "
                            "equilibri%s found",
                            h->max_pivots, found, found == 1 ? "um" : "a");
    if (h->stopped_by_memory)
        return yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, NULL,
                            "lcp: stopped at the memory cap (%ld equilibria kept, %zu MB; use "
                            "-e N for fewer)",
                            h->max_kept, MAX_KEPT_BYTES >> 20);
    if (h->lost)
        return yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, NULL,
                            "lcp: %d Lemke-Howson path%s lost numerically (a ray, a singular "
                            "basis or regret above %g of the payoff range); %d equilibri%s found",
                            h->lost, h->lost == 1 ? "" : "s", REGRET_TOL, found,
                            found == 1 ? "um" : "a");
    return YK_OK;
}

static void search_free(lh_search *h)
{
    state_free(&h->init);
    state_free(&h->base);
    state_free(&h->work);
    state_free(&h->fresh);
    yk_free(h->bases);
    yk_free(h->hnext);
    yk_free(h->hhead);
    yk_free(h->stack);
    yk_free(h->mark);
    yk_free(h->prob);
    yk_free(h->ld);
}

yk_status yk_lcp_solve_table(const yk_game *g, const yk_solve_options *o, yk_solution *out,
                          yk_error *err)
{
    lh_search h;
    int m = g->n_strategies[0], n = g->n_strategies[1], i;
    size_t tableau = sizeof(double) * (size_t)(m + n + 1) * (size_t)(m + n) * 4;

    memset(&h, 0, sizeof h);
    yk_solution_init(out, g, m + n);
    if (tableau > MAX_TABLEAU_BYTES)
        return yk_error_set(err, YK_E_LIMIT, NULL, 0, 0, NULL,
                            "lcp: a %d x %d table needs %zu MB of Lemke-Howson tableaux, more "
                            "than %zu MB",
                            m, n, tableau >> 20, MAX_TABLEAU_BYTES >> 20);
    h.g = g;
    h.m = m;
    h.n = n;
    h.o = o;
    h.out = out;
    h.base_eq = -2;
    h.max_pivots = o->max_pivots > 0 ? o->max_pivots
                                     : (long)fmin(4e7, fmax(1e4, DEFAULT_WORK / (m > n ? m : n) /
                                                                     (m + n + 1)));
    h.max_kept = (long)(MAX_KEPT_BYTES / (sizeof(double) * 2 + sizeof(int) * 2) /
                        (size_t)(m + n));
    h.hsize = 16;
    h.prob = yk_malloc(sizeof(double) * (size_t)(m + n));
    h.mark = yk_malloc(sizeof(int) * (size_t)(m + n));
    h.hhead = yk_malloc(sizeof(int) * (size_t)h.hsize);
    h.hnext = yk_malloc(sizeof(int) * (size_t)h.hsize);
    h.bases = yk_malloc(sizeof(int) * (size_t)h.hsize * (size_t)(m + n));
    h.ld = yk_malloc(sizeof(long double) * (size_t)(m > n ? m : n) * (size_t)((m > n ? m : n) + 1));
    if (!h.prob || !h.ld || !h.mark || !h.hhead || !h.hnext || !h.bases || state_init(&h.init, m, n) ||
        state_init(&h.base, m, n) || state_init(&h.work, m, n) || state_init(&h.fresh, m, n) ||
        push(&h, -1)) {
        search_free(&h);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    for (i = 0; i < h.hsize; i++)
        h.hhead[i] = -1;
    fill(&h);
    h.st = YK_OK;
    while (h.depth > 0 && h.st == YK_OK &&
           !(o->max_equilibria > 0 && out->count >= o->max_equilibria))
        step(&h);
    snprintf(out->note, sizeof out->note, "%ld Lemke-Howson pivots, %d path%s lost", h.pivots,
             h.lost, h.lost == 1 ? "" : "s");
    search_free(&h);
    return finish(&h, err);
}
