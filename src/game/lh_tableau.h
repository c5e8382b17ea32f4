/*
 * lh_tableau.h - one Lemke-Howson system as a dense tableau (lh_tableau.c):
 * the lexicographic ratio test with tolerances relative to the ratios,
 * the pivot, and the rebuild of a basis from the initial tableau. The
 * search over equilibria is lh_table.c's.
 */
#ifndef YK_GAME_LH_TABLEAU_H
#define YK_GAME_LH_TABLEAU_H

#include <stddef.h>

/* One system: rows x (1 + cols) with column 0 the right-hand side, and the
 * basic variable of each row. Variables are numbered by label 0..m+n-1 in
 * each system (each system owns one variable per label). */
typedef struct yk_lh_system {
    int rows, cols;
    double *t;       /* rows * (cols + 1) */
    int *basis;      /* rows: the label whose variable is basic there */
    int slack0;      /* first label whose variable started basic */
} yk_lh_system;

/* Entry (r, c); column 0 is the right-hand side, column 1 + L label L. */
static inline double *yk_lh_cell(const yk_lh_system *s, int r, int c)
{
    return &s->t[(size_t)r * (size_t)(s->cols + 1) + (size_t)c];
}

/* A zeroed rows x (1 + cols) tableau; 0, or -1 out of memory (free it
 * with yk_lh_free either way). */
int yk_lh_init(yk_lh_system *s, int rows, int cols, int slack0);
void yk_lh_free(yk_lh_system *s);
/* dst, of src's shape, becomes a copy of src. */
void yk_lh_copy(yk_lh_system *dst, const yk_lh_system *src);
/* The leaving row for entering column e (1 + the label), or -1 (a ray). */
int yk_lh_ratio_test(const yk_lh_system *s, int e);
void yk_lh_pivot(yk_lh_system *s, int row, int e);
int yk_lh_is_basic(const yk_lh_system *s, int label);
/* Pivots s, a copy of the initial tableau, onto the basis `want`; mark is
 * scratch for `labels` flags; pivots counted in *pivots. 0, or -1 when
 * singular. */
int yk_lh_rebuild(yk_lh_system *s, const int *want, int *mark, int labels, long *pivots);

#endif
