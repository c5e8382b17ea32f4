/*
 * lcp_tree.c - one equilibrium of a two-player tree with perfect recall:
 * the sequence form (Koller, Megiddo & von Stengel 1996) as a linear
 * complementarity problem, solved by Lemke's algorithm with a covering
 * vector, laid out and pivoted the way gambit-lcp does it so that the
 * same equilibrium comes out.
 *
 * Sequences: player p's empty sequence is 1; the others are numbered in
 * depth-first order, an action getting its number when the walk first
 * descends through it. With ns_p sequences and ni_p = (information sets of
 * p) + 1 constraints each, the LCP has n = ns1 + ns2 + ni1 + ni2 variables
 * z_1..z_n (realization plans x, y, then the constraints' duals), slacks
 * w_1..w_n and the artificial z_0, in the system  A z + w = b  with
 *   A(s1, ns1+s2) = sum over leaves z with sequences (s1, s2) of
 *     chance(z) (u1(z) - M), and A(ns1+s2, s1) likewise for player 2
 *     (u(z): the sum of the outcomes on z's path; M: the largest payoff
 *     + 1, so both blocks are negative, and since x'Py = 1 for every pair
 *     of plans, P the leaves' chance weights, the shift changes no
 *     equilibrium);
 *   for each non-empty sequence s = (I, a) with parent sequence t and
 *   constraint row c(I): A(t, c) = -1, A(c, t) = 1, A(s, c) = 1, A(c, s) = -1;
 *   the root constraints c0: A(1, c0) = 1, A(c0, 1) = -1, b(c0) = -1;
 *   column 0 (z_0, the covering vector) = -1 in every row.
 * Lemke's algorithm first brings z_0 into player 1's root-constraint row,
 * then enters that row's variable and alternates complements until z_0
 * leaves (Lemke 1965). The leaving row is the minimum ratio, ties broken
 * lexicographically by the columns of the initial basis (w_1, w_2, ...) in
 * turn, then by the lowest row (Eaves 1971): no basis repeats.
 *
 * The basis inverse is kept explicitly (n x n, by columns) and updated by
 * a rank-one change per pivot on the columns the pivot row touches;
 * columns of A are sparse, so entering columns cost O(n * nonzeros). Entries count as positive above PIVOT_TOL; realization
 * weights below VALUE_TOL are 0. The answer is kept only when no player
 * gains more than REGRET_TOL of the payoff range by deviating; otherwise
 * the method says it failed.
 */
#include "core/alloc.h"
#include "game/lcp.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define PIVOT_TOL 1e-10
#define TIE_TOL 1e-10
#define VALUE_TOL 1e-12
#define REGRET_TOL 1e-12 /* of each player's payoff range: the answer's check */
#define MAX_VARIABLES 12000 /* the basis inverse: n^2 doubles, ~1.1 GB */

typedef struct sparse_col {
    int n, cap;
    int *row;
    double *val;
} sparse_col;

typedef struct lemke {
    int n;              /* rows = z variables 1..n */
    sparse_col *col;    /* columns 0..n of A */
    double *b;          /* n */
    double *binv;       /* n x n, row-major */
    int *basis;         /* per row: label (z_j: j >= 0; w_i: -i) */
    double *incol, *work;
    int *best;
    int *nonzero;       /* scratch: the pivot row's non-zero columns */
    int *bnz, nb;       /* b's non-zero rows */
    int *slack_row;     /* per slack w_c: the row where it is basic, or -1 */
} lemke;

/* Sets A(row, column c) = v (entries are assigned, as the layout above
 * states them, not summed). */
static int col_set(sparse_col *c, int row, double v)
{
    int k;
    for (k = 0; k < c->n; k++)
        if (c->row[k] == row) {
            c->val[k] = v;
            return 0;
        }
    if (yk_game_grow(&c->row, &c->cap, c->n + 1, sizeof(int)))
        return -1;
    {
        int cap = c->cap;
        double *v2 = yk_realloc(c->val, sizeof(double) * (size_t)cap);
        if (!v2)
            return -1;
        c->val = v2;
    }
    c->row[c->n] = row;
    c->val[c->n] = v;
    c->n++;
    return 0;
}

/* out = B^-1 times the column of `label`. B^-1 is stored by columns, so
 * this and the pivot's update run over contiguous memory. */
static void solve_column(const lemke *L, int label, double *out)
{
    int n = L->n, r, k;
    if (label < 0) {
        memcpy(out, L->binv + (size_t)(-label - 1) * n, sizeof(double) * (size_t)n);
        return;
    }
    memset(out, 0, sizeof(double) * (size_t)n);
    for (k = 0; k < L->col[label].n; k++) {
        const double *bc = L->binv + (size_t)L->col[label].row[k] * n;
        double v = L->col[label].val[k];
        for (r = 0; r < n; r++)
            out[r] += bc[r] * v;
    }
}

/* out = B^-1 b; b has two non-zero entries (the root constraints). */
static void basis_vector(const lemke *L, double *out)
{
    int n = L->n, r, c;
    memset(out, 0, sizeof(double) * (size_t)n);
    for (c = 0; c < n; c++)
        if (L->b[c] != 0.0)
            for (r = 0; r < n; r++)
                out[r] += L->binv[(size_t)c * n + r] * L->b[c];
}

/* The pivot: `label` enters at `row`, given incol = B^-1 a_label. Only
 * the columns of B^-1 with a non-zero entry in the pivot row change. */
static void pivot(lemke *L, int row, int label, const double *incol)
{
    int n = L->n, r, c, k, nz = 0;
    double inv = 1.0 / incol[row];
    int *idx = L->nonzero;
    for (c = 0; c < n; c++)
        if (L->binv[(size_t)c * n + row] != 0.0)
            idx[nz++] = c;
    for (k = 0; k < nz; k++) {
        double *bc = L->binv + (size_t)idx[k] * n;
        double p = bc[row] * inv;
        for (r = 0; r < n; r++)
            bc[r] -= incol[r] * p;
        bc[row] = p;
    }
    if (L->basis[row] < 0)
        L->slack_row[-L->basis[row] - 1] = -1;
    if (label < 0)
        L->slack_row[-label - 1] = row;
    L->basis[row] = label;
}

/* Entry (r, c) of B^-1 [b | I]: c = 0 is the basic solution's entry, c > 0
 * the initial basis' column c. Only the candidate rows are ever needed. */
static double lex_entry(const lemke *L, int r, int c)
{
    int n = L->n, k;
    double s = 0.0;
    if (c > 0)
        return L->binv[(size_t)(c - 1) * n + r];
    for (k = 0; k < L->nb; k++)
        s += L->binv[(size_t)L->bnz[k] * n + r] * L->b[L->bnz[k]];
    return s;
}

/* The leaving row for entering `label`, or -1 when its column has no
 * positive entry (a secondary ray: the method fails). */
static int exit_row(lemke *L, int label)
{
    int n = L->n, nb = 0, r, c, k;

    solve_column(L, label, L->incol);
    for (r = 0; r < n; r++)
        if (L->incol[r] > PIVOT_TOL)
            L->best[nb++] = r;
    if (nb == 0)
        return -1;
    for (c = 0; nb > 1 && c <= n; c++) {
        double lo = HUGE_VAL;
        int kept = 0;
        /* a basic slack's column of B^-1 is the unit vector of its row:
         * every candidate's ratio is 0 but that row's, which is positive,
         * so the round only drops that row (no reading needed) */
        if (c > 0 && L->slack_row[c - 1] >= 0) {
            int only = L->slack_row[c - 1];
            for (k = 0; k < nb; k++)
                if (L->best[k] != only)
                    L->best[kept++] = L->best[k];
            if (kept > 0)
                nb = kept;
            continue;
        }
        for (k = 0; k < nb; k++) {
            double ratio = lex_entry(L, L->best[k], c) / L->incol[L->best[k]];
            L->work[k] = ratio;
            if (ratio < lo)
                lo = ratio;
        }
        for (k = 0; k < nb; k++)
            if (L->work[k] <= lo + TIE_TOL * (fabs(lo) > 1.0 ? fabs(lo) : 1.0))
                L->best[kept++] = L->best[k];
        nb = kept;
    }
    return L->best[0];
}

static void lemke_free(lemke *L)
{
    int j;
    if (L->col)
        for (j = 0; j <= L->n; j++) {
            yk_free(L->col[j].row);
            yk_free(L->col[j].val);
        }
    yk_free(L->col);
    yk_free(L->b);
    yk_free(L->binv);
    yk_free(L->basis);
    yk_free(L->incol);
    yk_free(L->work);
    yk_free(L->best);
    yk_free(L->nonzero);
    yk_free(L->bnz);
    yk_free(L->slack_row);
}

static int lemke_alloc(lemke *L, int n)
{
    int r;
    memset(L, 0, sizeof *L);
    L->n = n;
    L->col = yk_calloc((size_t)n + 1, sizeof *L->col);
    L->b = yk_calloc((size_t)n, sizeof(double));
    L->binv = yk_calloc((size_t)n * (size_t)n, sizeof(double));
    L->basis = yk_malloc(sizeof(int) * (size_t)n);
    L->incol = yk_malloc(sizeof(double) * (size_t)n);
    L->work = yk_malloc(sizeof(double) * (size_t)n);
    L->best = yk_malloc(sizeof(int) * (size_t)n);
    L->nonzero = yk_malloc(sizeof(int) * (size_t)n);
    L->bnz = yk_malloc(sizeof(int) * (size_t)n);
    L->slack_row = yk_malloc(sizeof(int) * (size_t)n);
    if (!L->col || !L->b || !L->binv || !L->basis || !L->incol || !L->work || !L->best ||
        !L->nonzero || !L->bnz || !L->slack_row)
        return -1;
    for (r = 0; r < n; r++) {
        L->binv[(size_t)r * n + r] = 1.0;
        L->basis[r] = -(r + 1);
        L->slack_row[r] = r;
    }
    return 0;
}

/* ---- the sequence form ------------------------------------------------- */

typedef struct seqform {
    int ns[2], ni[2];
    int *seq_of_action; /* player actions: 1-based sequence number; chance: 0 */
    int *own[2];        /* per node: the player's sequence above it (1: empty) */
    double *chance;     /* per node: chance probability of the path */
} seqform;

static void seqform_free(seqform *f)
{
    yk_free(f->seq_of_action);
    yk_free(f->own[0]);
    yk_free(f->own[1]);
    yk_free(f->chance);
}

static int seqform_build(const yk_game *g, seqform *f)
{
    int i, p;
    memset(f, 0, sizeof *f);
    f->seq_of_action = yk_calloc((size_t)g->n_actions + 1, sizeof(int));
    f->own[0] = yk_malloc(sizeof(int) * (size_t)g->n_nodes);
    f->own[1] = yk_malloc(sizeof(int) * (size_t)g->n_nodes);
    f->chance = yk_malloc(sizeof(double) * (size_t)g->n_nodes);
    if (!f->seq_of_action || !f->own[0] || !f->own[1] || !f->chance)
        return -1;
    f->ns[0] = f->ns[1] = 1;
    for (p = 0; p < 2; p++)
        f->ni[p] = g->player_infosets[p + 2] - g->player_infosets[p + 1] + 1;
    f->own[0][0] = f->own[1][0] = 1;
    f->chance[0] = 1.0;
    /* an action is numbered when the depth-first walk first descends
     * through it, which is when its first child node is visited */
    for (i = 1; i < g->n_nodes; i++) {
        int a = g->node[i].parent_action, up = g->node[i].parent;
        int mover = game_action_player(g, a);
        f->own[0][i] = f->own[0][up];
        f->own[1][i] = f->own[1][up];
        f->chance[i] = f->chance[up];
        if (mover == YK_CHANCE) {
            f->chance[i] *= g->action_prob[a];
        } else {
            if (!f->seq_of_action[a])
                f->seq_of_action[a] = ++f->ns[mover - 1];
            f->own[mover - 1][i] = f->seq_of_action[a];
        }
    }
    return 0;
}

static int fill(const yk_game *g, const seqform *f, lemke *L)
{
    int ns1 = f->ns[0], ns2 = f->ns[1], ni1 = f->ni[0], n = L->n, i, p, r;
    double maxpay = -HUGE_VAL;
    /* payoff blocks, accumulated in a dense map over sequence pairs only
     * where outcomes exist */
    int *seen = yk_calloc((size_t)ns1 * (size_t)ns2, sizeof(int));
    double *tot = yk_malloc(sizeof(double) * 2 * (size_t)g->n_nodes);
    double *u = yk_calloc((size_t)ns1 * (size_t)ns2 * 2, sizeof(double));
    int ok = 0;

    if (!seen || !u)
        goto done;
    /* a leaf's payoff is the sum of the outcomes on its path */
    if (!tot)
        goto done;
    for (i = 0; i < g->n_outcomes * 2; i++)
        if (g->payoff[i] > maxpay)
            maxpay = g->payoff[i];
    for (i = 0; i < g->n_nodes; i++) {
        int o = g->node[i].outcome, q;
        for (q = 0; q < 2; q++) {
            tot[2 * i + q] = i ? tot[2 * g->node[i].parent + q] : 0.0;
            if (o >= 0)
                tot[2 * i + q] += game_outcome_payoff(g, o, q + 1);
            if (g->node[i].kind == YK_NODE_TERMINAL && tot[2 * i + q] > maxpay)
                maxpay = tot[2 * i + q];
        }
    }
    maxpay = (maxpay > -HUGE_VAL ? maxpay : 0.0) + 1.0;
    /* entries only at the sequence pairs of leaves, each leaf weighted by
     * its chance probability; the shift by M is then the same constant
     * x'Py = 1 for every pair of plans and changes no equilibrium */
    for (i = 0; i < g->n_nodes; i++) {
        int q;
        size_t k = (size_t)(f->own[0][i] - 1) * ns2 + (size_t)(f->own[1][i] - 1);
        if (g->node[i].kind != YK_NODE_TERMINAL)
            continue;
        for (q = 0; q < 2; q++)
            u[2 * k + q] += f->chance[i] * (tot[2 * i + q] - maxpay);
        seen[k] = 1;
    }
    for (i = 0; i < ns1; i++) {
        int j;
        for (j = 0; j < ns2; j++) {
            size_t k = (size_t)i * ns2 + j;
            if (!seen[k])
                continue;
            if (col_set(&L->col[ns1 + j + 1], i, u[2 * k]) ||
                col_set(&L->col[i + 1], ns1 + j, u[2 * k + 1]))
                goto done;
        }
    }
    /* constraints: row/column c(I) per information set, offset per player */
    for (p = 0; p < 2; p++) {
        int off = p ? ns1 : 0, coff = ns1 + ns2 + (p ? ni1 : 0), s;
        for (s = g->player_infosets[p + 1]; s < g->player_infosets[p + 2]; s++) {
            const yk_infoset *I = &g->infoset[s];
            int c = coff + (s - g->player_infosets[p + 1]) + 2; /* 1-based */
            int parent = f->own[p][g->member[I->members]], a;
            for (a = I->actions; a < I->actions + I->n_actions; a++) {
                int seq = f->seq_of_action[a];
                if (col_set(&L->col[c], off + parent - 1, -1.0) ||
                    col_set(&L->col[off + parent], c - 1, 1.0) ||
                    col_set(&L->col[c], off + seq - 1, 1.0) ||
                    col_set(&L->col[off + seq], c - 1, -1.0))
                    goto done;
            }
        }
        if (col_set(&L->col[coff + 1], off, 1.0) || col_set(&L->col[off + 1], coff, -1.0))
            goto done;
        L->b[coff] = -1.0;
    }
    for (r = 0; r < n; r++)
        if (col_set(&L->col[0], r, -1.0))
            goto done;
    ok = 1;
done:
    yk_free(seen);
    yk_free(u);
    yk_free(tot);
    return ok ? 0 : -1;
}

/* Behaviour from the realization plans: p(a) = x(s a) / sum_b x(s b); an
 * information set whose actions all have weight 0 gets the centroid, as
 * gambit-lcp prints it. -1 when out of memory. */
static int behaviour(const yk_game *g, const seqform *f, const lemke *L, double *prob)
{
    int n = L->n, ns1 = f->ns[0], r, s, a, rc = -1;
    double *x = yk_calloc((size_t)(f->ns[0] + f->ns[1]) + 1, sizeof(double));
    double *v = yk_malloc(sizeof(double) * (size_t)n);

    yk_game_profile_centroid(g, prob);
    if (!x || !v)
        goto done;
    basis_vector(L, v);
    for (r = 0; r < n; r++) {
        int label = L->basis[r];
        if (label >= 1 && label <= ns1 + f->ns[1] && v[r] > VALUE_TOL)
            x[label] = v[r];
    }
    for (s = g->player_infosets[1]; s < g->n_infosets; s++) {
        const yk_infoset *I = &g->infoset[s];
        int off = I->player == 1 ? 0 : ns1;
        double sum = 0.0;
        for (a = I->actions; a < I->actions + I->n_actions; a++)
            sum += x[off + f->seq_of_action[a]];
        if (sum > VALUE_TOL)
            for (a = I->actions; a < I->actions + I->n_actions; a++) {
                double q = x[off + f->seq_of_action[a]] / sum;
                prob[a] = q < 1e-13 ? 0.0 : q;
            }
    }
    rc = 0;
done:
    yk_free(x);
    yk_free(v);
    return rc;
}

/* 1 when no player gains more than REGRET_TOL of the player's payoff
 * range (over the leaves' totals) by deviating from prob, else 0; -1 out
 * of memory. */
static int checked(const yk_game *g, const double *prob)
{
    double *tot = yk_malloc(sizeof(double) * 2 * (size_t)g->n_nodes), gain[2];
    double lo[2] = {HUGE_VAL, HUGE_VAL}, hi[2] = {-HUGE_VAL, -HUGE_VAL};
    int i, q, ok = 1;
    if (!tot)
        return -1;
    for (i = 0; i < g->n_nodes; i++)
        for (q = 0; q < 2; q++) {
            int o = g->node[i].outcome;
            tot[2 * i + q] = (i ? tot[2 * g->node[i].parent + q] : 0.0) +
                             (o >= 0 ? game_outcome_payoff(g, o, q + 1) : 0.0);
            if (g->node[i].kind == YK_NODE_TERMINAL) {
                lo[q] = fmin(lo[q], tot[2 * i + q]);
                hi[q] = fmax(hi[q], tot[2 * i + q]);
            }
        }
    yk_free(tot);
    if (yk_game_regret(g, prob, gain) == HUGE_VAL)
        return -1;
    for (q = 0; q < 2; q++)
        if (hi[q] > lo[q] && !(gain[q] <= REGRET_TOL * (hi[q] - lo[q])))
            ok = 0;
    return ok;
}

yk_status yk_lcp_solve_tree(const yk_game *g, const yk_solve_options *o, yk_solution *out,
                         yk_error *err)
{
    seqform f;
    lemke L;
    yk_status st = YK_OK;
    double *prob = NULL;
    int n, enter, leave, row, root1, ok;
    long pivots = 0, max_pivots;

    yk_solution_init(out, g, yk_game_profile_size(g));
    memset(&L, 0, sizeof L);
    if (seqform_build(g, &f)) {
        seqform_free(&f);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    n = f.ns[0] + f.ns[1] + f.ni[0] + f.ni[1];
    if (n > MAX_VARIABLES) {
        seqform_free(&f);
        return yk_error_set(err, YK_E_LIMIT, NULL, 0, 0, NULL,
                            "lcp: the sequence form has %d variables, more than %d", n,
                            MAX_VARIABLES);
    }
    prob = yk_malloc(sizeof(double) * ((size_t)g->n_actions + 1));
    if (!prob || lemke_alloc(&L, n) || fill(g, &f, &L)) {
        st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
        goto done;
    }
    for (L.nb = 0, row = 0; row < n; row++)
        if (L.b[row] != 0.0)
            L.bnz[L.nb++] = row;
    max_pivots = o && o->max_pivots > 0 ? o->max_pivots : 100000L + 50L * n;
    /* z_0 enters at player 1's root constraint, making the basis feasible */
    root1 = f.ns[0] + f.ns[1];
    solve_column(&L, 0, L.incol);
    pivot(&L, root1, 0, L.incol);
    enter = root1 + 1;
    do {
        if (++pivots > max_pivots) {
            st = yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, NULL,
                              "lcp: no equilibrium after %ld pivots", max_pivots);
            goto done;
        }
        if (o && o->stop && *o->stop && (pivots & 63) == 0) {
            st = yk_error_set(err, YK_E_INTERRUPTED, NULL, 0, 0, NULL, "interrupted");
            goto done;
        }
        row = exit_row(&L, enter);
        if (row < 0) {
            st = yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, NULL,
                              "lcp: Lemke's path ended on a ray after %ld pivots", pivots);
            goto done;
        }
        leave = L.basis[row];
        pivot(&L, row, enter, L.incol);
        enter = -leave;
    } while (leave != 0);
    if (behaviour(g, &f, &L, prob))
        ok = -1;
    else
        ok = checked(g, prob);
    if (ok < 0)
        st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    else if (!ok)
        st = yk_error_set(err, YK_E_NUMERIC, NULL, 0, 0, NULL,
                          "lcp: the sequence form's answer is not an equilibrium to %g of the "
                          "payoff range (rounding; %ld pivots)",
                          REGRET_TOL, pivots);
    else if (yk_solution_add(out, prob, NAN, 1, 0) != YK_OK)
        st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    else
        snprintf(out->note, sizeof out->note, "%ld pivots on %d sequence-form variables",
                 pivots, n);
done:
    yk_free(prob);
    lemke_free(&L);
    seqform_free(&f);
    return st;
}
