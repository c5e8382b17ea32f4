/*
 * logit.h - what the logit solver's files share: the path tracer (a
 * predictor-corrector continuation method that knows nothing of games) and
 * the small dense and banded linear algebra the equation systems use.
 *
 * The tracer follows the zero set of F : R^(n+1) -> R^n, a curve through
 * the starting point, in the coordinates of the point (for logit: the log
 * probabilities, then lambda). It only ever asks an equation system for
 * F, and for solutions of the bordered system
 *
 *     [ J(x) ] z = [ r ]      J = dF/dx (n x (n+1)), c a row of n+1 numbers,
 *     [ c^T  ]     [ s ]
 *
 * with the sign of that matrix's determinant. Both tangents (r = 0, s = 1)
 * and minimum-norm Newton corrections come from it, so a system can solve
 * however its structure allows (dense LU for tables, a banded LU of an
 * expanded sparse system for trees).
 */
#ifndef YK_GAME_LOGIT_H
#define YK_GAME_LOGIT_H

#include <signal.h>

#include "yokushi/error.h"
#include "yokushi/game.h"

typedef struct lg_system {
    int n;     /* equations; points have n + 1 coordinates, lambda last */
    void *ctx;
    /* F(x) into f; 0, or -1 when it is not finite there. */
    int (*value)(void *ctx, const double *x, double *f);
    /* Factorizes [J(x); c^T]; *sign is the sign of its determinant (0 when
     * singular). 0, or -1 when the Jacobian is not finite there. */
    int (*factor)(void *ctx, const double *x, const double *c, int *sign);
    /* Solves the factorized system in place: b holds (r, s), n + 1 numbers. */
    void (*solve)(void *ctx, double *b);
    /* The largest regret of the profile at x (the stopping rule); NaN
     * when out of memory. */
    double (*regret)(void *ctx, const double *x);
    void (*destroy)(void *ctx);
} lg_system;

/* Called with every accepted point; returns 0, or -1 when out of memory. */
typedef int (*lg_point_fn)(void *user, const double *x);

typedef struct lg_params {
    double step;       /* first arclength step */
    double accel;      /* largest factor by which a step may grow or shrink */
    double regret_tol; /* stop when the regret falls below this */
    double max_lambda; /* give up beyond this lambda */
    long max_steps;    /* give up after this many accepted steps */
    volatile sig_atomic_t *stop;
    lg_point_fn point;
    /* Optional: 1 when x, whose regret is below regret_tol, may end the
     * path (the caller's own check of the point); NULL accepts it. */
    int (*done)(void *user, const double *x);
    void *user;
    int *stuck; /* set when the step fell below its minimum (1e-8) */
} lg_params;

/* Follows the curve from x (updated in place to the end point). Ends with
 * YK_OK when the regret is small, or when the step size falls below its
 * minimum (*p->stuck set: typically at a bifurcation the tracer cannot
 * pass); YK_E_NUMERIC past max_steps or max_lambda or when the corrector
 * fails to converge; YK_E_INTERRUPTED when *stop is set. */
yk_status yk_lg_trace(const lg_system *s, double *x, const lg_params *p,
                   yk_error *err);

/* ---- dense LU with partial pivoting (row-major n x n) ---- */

/* Factorizes a in place; *sign is the sign of the determinant (0 when a
 * pivot vanished; it is then replaced by a tiny number so solves stay
 * finite). */
void yk_lg_dense_factor(double *a, int n, int *piv, int *sign);
void yk_lg_dense_solve(const double *a, int n, const int *piv, double *b);

/* ---- banded LU with partial pivoting (LAPACK's band layout) ---- */

typedef struct lg_band {
    int n, kl, ku, ld; /* ld = 2 kl + ku + 1: room for the pivoting fill */
    double *ab;        /* column-major, ld x n */
    int *piv;
} lg_band;

int yk_lg_band_init(lg_band *b, int n, int kl, int ku);
void yk_lg_band_free(lg_band *b);
/* Offset of entry (i, j) in b->ab; |i - j| within the band. */
static inline long lg_band_off(const lg_band *b, int i, int j)
{
    return (long)j * b->ld + b->kl + b->ku + i - j;
}
void yk_lg_band_factor(lg_band *b, int *sign);
void yk_lg_band_solve(const lg_band *b, double *x);

/* Reverse Cuthill-McKee order of the graph (xadj/adj: CSR adjacency),
 * breadth first from `start` (then from any vertex left unvisited):
 * order[k] is the k-th vertex. 0, or -1 when out of memory. */
int yk_lg_rcm(int n, const int *xadj, const int *adj, int start, int *order);

/* ---- the two equation systems ---- */

/* Builds the system of a table (mixed strategies) or a tree (agent form,
 * behaviour strategies) for the game with every payoff multiplied by
 * `scale` (1: the game itself; lambda is then in units of 1/scale, and the
 * system's regret in units of scale); x0 receives the starting point (the
 * centroid, in logs, and lambda 0). NULL when out of memory or, for trees,
 * when the band the sparse solve needs is larger than `max_band` doubles
 * (*too_big set). */
lg_system *yk_lg_table_system(const yk_game *g, double scale, double *x0);
lg_system *yk_lg_tree_system(const yk_game *g, double scale, double *x0, long max_band,
                             int *too_big);
void yk_lg_system_free(lg_system *s);


#endif
