/*
 * lh_tableau.c - one Lemke-Howson system (lh_tableau.h). Tolerances are
 * for payoffs mapped onto [1, 2] (lh_table.c), so relative to each
 * player's payoff range; the ratio comparisons are relative to the
 * ratios themselves.
 */
#include "game/lh_tableau.h"

#include "core/alloc.h"

#include <math.h>
#include <string.h>

#define PIVOT_TOL 1e-11  /* a pivot element counts as positive above this */
#define LEX_TOL 1e-11    /* ratios this close (relative) tie */
#define ZERO_ENTRY 1e-12 /* tableau entries this small (per pivot size) are 0 */

static size_t lh_doubles(const yk_lh_system *s)
{
    return (size_t)s->rows * (size_t)(s->cols + 1);
}

int yk_lh_init(yk_lh_system *s, int rows, int cols, int slack0)
{
    s->rows = rows;
    s->cols = cols;
    s->slack0 = slack0;
    s->t = yk_calloc(lh_doubles(s), sizeof(double));
    s->basis = yk_malloc(sizeof(int) * (size_t)rows);
    return s->t && s->basis ? 0 : -1;
}

void yk_lh_free(yk_lh_system *s)
{
    yk_free(s->t);
    yk_free(s->basis);
}

void yk_lh_copy(yk_lh_system *dst, const yk_lh_system *src)
{
    memcpy(dst->t, src->t, sizeof(double) * lh_doubles(src));
    memcpy(dst->basis, src->basis, sizeof(int) * (size_t)src->rows);
}

/* -1, 0 or 1 as the ratio u / a is below, tied with or above v / b (a,
 * b > 0). A numerator within ZERO_ENTRY of 0, relative to its row's pivot
 * element (rounding grows with the row's entries), is 0; other ratios tie
 * within LEX_TOL relative to the larger. Relative, not absolute: near a
 * degenerate basis the pivot elements reach 1e6 and the ratios 1e-7, and an
 * absolute tolerance would tie ratios that differ in their sixth digit. */
static int compare(double u, double a, double v, double b)
{
    double x = fabs(u) <= ZERO_ENTRY * fmax(1.0, a) ? 0.0 : u / a;
    double y = fabs(v) <= ZERO_ENTRY * fmax(1.0, b) ? 0.0 : v / b;
    double tol = LEX_TOL * fmax(fabs(x), fabs(y));
    return x < y - tol ? -1 : x > y + tol ? 1 : 0;
}

/* Lexicographic minimum ratio for entering column e (1-based column of the
 * variable); -1 when the column has no positive entry (a ray). The
 * initial basis' columns are labels slack0 .. slack0 + rows - 1. */
int yk_lh_ratio_test(const yk_lh_system *s, int e)
{
    int best = -1, r, k;
    for (r = 0; r < s->rows; r++) {
        double a = *yk_lh_cell(s, r, e), b;
        if (a <= PIVOT_TOL)
            continue;
        if (best < 0) {
            best = r;
            continue;
        }
        b = *yk_lh_cell(s, best, e);
        /* rhs / a first (smaller wins), then each initial-basis column
         * / a (larger wins: the perturbation's sign, see lh_table.c) */
        for (k = -1; k < s->rows; k++) {
            int c = k < 0 ? 0 : 1 + s->slack0 + k;
            int cmp = compare(*yk_lh_cell(s, r, c), a, *yk_lh_cell(s, best, c), b);
            if (cmp != 0) {
                if ((cmp < 0) == (k < 0))
                    best = r;
                break;
            }
        }
    }
    return best;
}

void yk_lh_pivot(yk_lh_system *s, int row, int e)
{
    int w = s->cols + 1, r, c;
    double *pr = yk_lh_cell(s, row, 0), inv = 1.0 / pr[e];
    for (c = 0; c < w; c++)
        pr[c] *= inv;
    pr[e] = 1.0;
    for (r = 0; r < s->rows; r++) {
        double *q = yk_lh_cell(s, r, 0), f;
        if (r == row || (f = q[e]) == 0.0)
            continue;
        for (c = 0; c < w; c++)
            q[c] -= f * pr[c];
        q[e] = 0.0;
    }
}

int yk_lh_is_basic(const yk_lh_system *s, int label)
{
    int r;
    for (r = 0; r < s->rows; r++)
        if (s->basis[r] == label)
            return 1;
    return 0;
}

/* Pivots s (a copy of the initial tableau) onto the basis `want` (s->rows
 * labels): each wanted label enters at the row, among those whose basic
 * label is not wanted, with the largest entry (partial pivoting). The
 * pivots are counted in *pivots. 0, or -1 when the basis is singular to
 * PIVOT_TOL. */
int yk_lh_rebuild(yk_lh_system *s, const int *want, int *mark, int labels, long *pivots)
{
    int i, r;
    memset(mark, 0, sizeof(int) * (size_t)labels);
    for (i = 0; i < s->rows; i++)
        mark[want[i]] = 1;
    for (i = 0; i < s->rows; i++) {
        int best = -1;
        double big = PIVOT_TOL;
        if (yk_lh_is_basic(s, want[i]))
            continue;
        for (r = 0; r < s->rows; r++) {
            double a = fabs(*yk_lh_cell(s, r, 1 + want[i]));
            if (!mark[s->basis[r]] && a > big) {
                big = a;
                best = r;
            }
        }
        if (best < 0)
            return -1;
        yk_lh_pivot(s, best, 1 + want[i]);
        s->basis[best] = want[i];
        ++*pivots;
    }
    return 0;
}
