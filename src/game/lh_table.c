/*
 * lh_table.c - two-player tables: every equilibrium the Lemke-Howson
 * algorithm reaches (Lemke & Howson 1964), as gambit-lcp lists them on
 * .nfg files: from the artificial equilibrium with each label dropped, and
 * again from every equilibrium found, with each label.
 *
 * The two systems, payoffs shifted to be positive (A, B >= 1):
 *     r + A y = 1   (player 1's m rows; r_i carries label i, y_j label m+j)
 *     s + B'x = 1   (player 2's n rows; x_i carries label i, s_j label m+j)
 * start with r and s basic (x = y = 0, the artificial equilibrium).
 * Dropping a label enters its variable; the variable that leaves has a
 * label whose twin then enters the other system, until the dropped label
 * leaves. Degeneracy is resolved by the lexicographic ratio test (von
 * Stengel 2002, sec. 3.6), for the right-hand side perturbed to
 * 1 - (eps, eps^2, ...): among rows tied on rhs / pivot, the largest
 * (initial-basis column k) / pivot wins, k = 0, 1, ... in turn. That is
 * the rule gambit-lcp follows (Eaves' rule in its sign convention), and
 * with it the equilibria found on degenerate games (csg1, deg1, vd,
 * winkels, loopback, zero) are Gambit's. A pivot element counts as
 * positive above PIVOT_TOL; ratios within LEX_TOL (relative) are ties.
 */
#include "core/alloc.h"
#include "game/lcp.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define PIVOT_TOL 1e-12
#define LEX_TOL 1e-12
#define SAME_TOL 1e-9

/* One system: rows x (1 + cols) with column 0 the right-hand side, and the
 * basic variable of each row. Variables are numbered by label 0..m+n-1 in
 * each system (each system owns one variable per label). */
typedef struct lh_system {
    int rows, cols;
    double *t;       /* rows * (cols + 1) */
    int *basis;      /* rows: the label whose variable is basic there */
    int slack0;      /* first label whose variable started basic */
} lh_system;

typedef struct lh_state {
    lh_system s1, s2; /* s1: r/y (player 1's rows); s2: x/s (player 2's rows) */
} lh_state;

typedef struct lh_search {
    const yk_game *g;
    int m, n;
    const yk_solve_options *o;
    yk_solution *out;
    double *prob;
    long pivots;
    long max_pivots;
    yk_status st;
} lh_search;

static double *cell(const lh_system *s, int r, int c)
{
    return &s->t[(size_t)r * (size_t)(s->cols + 1) + (size_t)c];
}

static int sys_init(lh_system *s, int rows, int cols, int slack0)
{
    s->rows = rows;
    s->cols = cols;
    s->slack0 = slack0;
    s->t = yk_calloc((size_t)rows * (size_t)(cols + 1), sizeof(double));
    s->basis = yk_malloc(sizeof(int) * (size_t)rows);
    return s->t && s->basis ? 0 : -1;
}

static void sys_free(lh_system *s)
{
    yk_free(s->t);
    yk_free(s->basis);
}

static int sys_copy(lh_system *dst, const lh_system *src)
{
    if (sys_init(dst, src->rows, src->cols, src->slack0))
        return -1;
    memcpy(dst->t, src->t, sizeof(double) * (size_t)src->rows * (size_t)(src->cols + 1));
    memcpy(dst->basis, src->basis, sizeof(int) * (size_t)src->rows);
    return 0;
}

/* Lexicographic minimum ratio for entering column e (1-based column of the
 * variable); -1 when the column has no positive entry (a ray). The
 * initial basis' columns are labels slack0 .. slack0 + rows - 1. */
static int ratio_test(const lh_system *s, int e)
{
    int best = -1, r, k;
    for (r = 0; r < s->rows; r++) {
        double a = *cell(s, r, e);
        if (a <= PIVOT_TOL)
            continue;
        if (best < 0) {
            best = r;
            continue;
        }
        {
            double b = *cell(s, best, e);
            /* compare rhs/a, then each initial-basis column / a */
            for (k = -1; k < s->rows; k++) {
                int c = k < 0 ? 0 : 1 + s->slack0 + k;
                double x = *cell(s, r, c) / a, y = *cell(s, best, c) / b;
                double scale = fabs(x) > fabs(y) ? fabs(x) : fabs(y);
                if (k >= 0) { /* the perturbation's sign: see the top */
                    double tmp = x;
                    x = y;
                    y = tmp;
                }
                if (x < y - LEX_TOL * (scale > 1.0 ? scale : 1.0)) {
                    best = r;
                    break;
                }
                if (x > y + LEX_TOL * (scale > 1.0 ? scale : 1.0))
                    break;
            }
        }
    }
    return best;
}

static void pivot(lh_system *s, int row, int e)
{
    int w = s->cols + 1, r, c;
    double *pr = cell(s, row, 0), inv = 1.0 / pr[e];
    for (c = 0; c < w; c++)
        pr[c] *= inv;
    pr[e] = 1.0;
    for (r = 0; r < s->rows; r++) {
        double *q = cell(s, r, 0), f;
        if (r == row || (f = q[e]) == 0.0)
            continue;
        for (c = 0; c < w; c++)
            q[c] -= f * pr[c];
        q[e] = 0.0;
    }
}

/* Which system holds label L's "entering" variable next: the system where
 * the variable with label L is nonbasic. */
static int is_basic(const lh_system *s, int label)
{
    int r;
    for (r = 0; r < s->rows; r++)
        if (s->basis[r] == label)
            return 1;
    return 0;
}

/* Follows the path dropping label k; 0 at an equilibrium, 1 back at the
 * artificial equilibrium, -1 numerical trouble (a ray or the pivot cap). */
static int follow(lh_search *h, lh_state *st, int k)
{
    int label = k;
    /* x_i (i < m) lives in s2's columns, y_j in s1's; r in s1, s in s2 */
    lh_system *sys = k < h->m ? &st->s2 : &st->s1;
    /* the variable of label k that is nonbasic enters: away from the
     * artificial equilibrium it may be the slack, in the other system */
    if (is_basic(sys, k))
        sys = sys == &st->s1 ? &st->s2 : &st->s1;
    for (;;) {
        int row, leaving;
        if (++h->pivots > h->max_pivots)
            return -1;
        if ((h->pivots & 1023) == 0 && h->o && h->o->stop && *h->o->stop)
            return -2;
        row = ratio_test(sys, 1 + label);
        if (row < 0)
            return -1;
        leaving = sys->basis[row];
        pivot(sys, row, 1 + label);
        sys->basis[row] = label;
        if (leaving == k)
            break;
        /* the twin of the leaving label enters the other system */
        label = leaving;
        sys = sys == &st->s1 ? &st->s2 : &st->s1;
        if (is_basic(sys, label))
            return -1; /* cannot happen in exact arithmetic */
    }
    return 0;
}

/* The equilibrium a state describes, normalised; -1 at the artificial one. */
static int extract(const lh_search *h, const lh_state *st, double *p)
{
    int m = h->m, n = h->n, r, i;
    double sx = 0.0, sy = 0.0;
    memset(p, 0, sizeof(double) * (size_t)(m + n));
    for (r = 0; r < st->s2.rows; r++)
        if (st->s2.basis[r] < m)
            p[st->s2.basis[r]] = *cell(&st->s2, r, 0);
    for (r = 0; r < st->s1.rows; r++)
        if (st->s1.basis[r] >= m)
            p[st->s1.basis[r]] = *cell(&st->s1, r, 0);
    for (i = 0; i < m; i++)
        sx += p[i] > 0.0 ? p[i] : 0.0;
    for (i = m; i < m + n; i++)
        sy += p[i] > 0.0 ? p[i] : 0.0;
    if (!(sx > 0.0) || !(sy > 0.0))
        return -1;
    for (i = 0; i < m + n; i++) {
        double v = p[i] > 0.0 ? p[i] / (i < m ? sx : sy) : 0.0;
        p[i] = v < 1e-13 ? 0.0 : v;
    }
    return 0;
}

static int known(const lh_search *h, const double *p)
{
    int i, k, size = h->m + h->n;
    for (i = 0; i < h->out->count; i++) {
        const double *q = yk_solution_profile(h->out, i);
        for (k = 0; k < size && fabs(p[k] - q[k]) <= SAME_TOL; k++)
            ;
        if (k == size)
            return 1;
    }
    return 0;
}

/* From state `from`, drop every label; each new equilibrium is recorded
 * and searched from in turn (depth first). */
static void search(lh_search *h, const lh_state *from)
{
    int k;
    for (k = 0; k < h->m + h->n && h->st == YK_OK; k++) {
        lh_state next;
        int rc;
        /* zeroed: a failed copy of s1 leaves s2 to free untouched */
        memset(&next, 0, sizeof next);
        if (sys_copy(&next.s1, &from->s1) || sys_copy(&next.s2, &from->s2)) {
            h->st = YK_E_NOMEM;
            sys_free(&next.s1);
            sys_free(&next.s2);
            return;
        }
        rc = follow(h, &next, k);
        if (rc == -2)
            h->st = YK_E_INTERRUPTED;
        else if (rc == -1)
            h->st = YK_E_NUMERIC;
        else if (extract(h, &next, h->prob) == 0 && !known(h, h->prob)) {
            if (yk_solution_add(h->out, h->prob, NAN, 1, 0) != YK_OK)
                h->st = YK_E_NOMEM;
            else
                search(h, &next);
        }
        sys_free(&next.s1);
        sys_free(&next.s2);
    }
}

yk_status yk_lcp_solve_table(const yk_game *g, const yk_solve_options *o, yk_solution *out,
                          yk_error *err)
{
    lh_search h;
    lh_state st;
    int m, n, i, j;
    double minA = HUGE_VAL, minB = HUGE_VAL;

    memset(&h, 0, sizeof h);
    memset(&st, 0, sizeof st);
    m = g->n_strategies[0];
    n = g->n_strategies[1];
    yk_solution_init(out, g, m + n);
    h.g = g;
    h.m = m;
    h.n = n;
    h.o = o;
    h.out = out;
    h.max_pivots = 1000000L + 1000L * (long)(m + n) * (m + n);
    for (i = 0; i < m * n; i++) {
        if (g->table[2 * i] < minA)
            minA = g->table[2 * i];
        if (g->table[2 * i + 1] < minB)
            minB = g->table[2 * i + 1];
    }
    h.prob = yk_malloc(sizeof(double) * (size_t)(m + n));
    /* s1: labels 0..m-1 are r (the initial basis), m..m+n-1 are y */
    if (!h.prob || sys_init(&st.s1, m, m + n, 0) || sys_init(&st.s2, n, m + n, m)) {
        h.st = YK_E_NOMEM;
        goto done;
    }
    for (i = 0; i < m; i++) {
        *cell(&st.s1, i, 0) = 1.0;
        *cell(&st.s1, i, 1 + i) = 1.0;
        st.s1.basis[i] = i;
        for (j = 0; j < n; j++) /* profile index i + m j: player 1 fastest */
            *cell(&st.s1, i, 1 + m + j) = g->table[2 * ((size_t)i + (size_t)m * j)] - minA + 1.0;
    }
    for (j = 0; j < n; j++) {
        *cell(&st.s2, j, 0) = 1.0;
        *cell(&st.s2, j, 1 + m + j) = 1.0;
        st.s2.basis[j] = m + j;
        for (i = 0; i < m; i++)
            *cell(&st.s2, j, 1 + i) = g->table[2 * ((size_t)i + (size_t)m * j) + 1] - minB + 1.0;
    }
    h.st = YK_OK;
    search(&h, &st);
done:
    sys_free(&st.s1);
    sys_free(&st.s2);
    yk_free(h.prob);
    if (h.st == YK_E_INTERRUPTED)
        return yk_error_set(err, h.st, NULL, 0, 0, NULL, "interrupted");
    if (h.st == YK_E_NUMERIC)
        return yk_error_set(err, h.st, NULL, 0, 0, NULL,
                            "lcp: Lemke-Howson lost its way (a ray or %ld pivots)", h.max_pivots);
    if (h.st != YK_OK)
        return yk_error_set(err, h.st, NULL, 0, 0, NULL, "out of memory");
    return YK_OK;
}
