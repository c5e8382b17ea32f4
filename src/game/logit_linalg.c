/*
 * logit_linalg.c - the linear algebra of the logit solver: dense and
 * banded LU with partial pivoting (both report the determinant's sign,
 * which orients the path's tangent) and the reverse Cuthill-McKee order
 * that keeps a tree's expanded system inside a narrow band.
 */
#include "core/alloc.h"
#include "game/logit.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>

/* A vanished pivot is replaced by this, so that a singular matrix (met only
 * exactly at a bifurcation) gives a huge but finite step that the tracer's
 * step control rejects, rather than NaN. */
#define LG_TINY_PIVOT 1e-150

void yk_lg_dense_factor(double *a, int n, int *piv, int *sign)
{
    int i, j, k, sg = 1;

    for (k = 0; k < n; k++) {
        int p = k;
        double best = fabs(a[(size_t)k * n + k]), d;
        for (i = k + 1; i < n; i++)
            if (fabs(a[(size_t)i * n + k]) > best) {
                best = fabs(a[(size_t)i * n + k]);
                p = i;
            }
        piv[k] = p;
        if (p != k) {
            for (j = 0; j < n; j++) {
                double t = a[(size_t)k * n + j];
                a[(size_t)k * n + j] = a[(size_t)p * n + j];
                a[(size_t)p * n + j] = t;
            }
            sg = -sg;
        }
        d = a[(size_t)k * n + k];
        if (d == 0.0) {
            a[(size_t)k * n + k] = d = LG_TINY_PIVOT;
            sg = 0;
        }
        if (d < 0.0)
            sg = -sg;
        for (i = k + 1; i < n; i++) {
            double m = a[(size_t)i * n + k] / d;
            a[(size_t)i * n + k] = m;
            if (m != 0.0)
                for (j = k + 1; j < n; j++)
                    a[(size_t)i * n + j] -= m * a[(size_t)k * n + j];
        }
    }
    *sign = sg;
}

void yk_lg_dense_solve(const double *a, int n, const int *piv, double *b)
{
    int i, j;

    for (i = 0; i < n; i++) {
        double s;
        if (piv[i] != i) {
            double t = b[i];
            b[i] = b[piv[i]];
            b[piv[i]] = t;
        }
        s = b[i];
        for (j = 0; j < i; j++)
            s -= a[(size_t)i * n + j] * b[j];
        b[i] = s;
    }
    for (i = n - 1; i >= 0; i--) {
        double s = b[i];
        for (j = i + 1; j < n; j++)
            s -= a[(size_t)i * n + j] * b[j];
        b[i] = s / a[(size_t)i * n + i];
    }
}

int yk_lg_band_init(lg_band *b, int n, int kl, int ku)
{
    b->n = n;
    b->kl = kl;
    b->ku = ku;
    b->ld = 2 * kl + ku + 1;
    b->ab = yk_calloc((size_t)b->ld * (size_t)(n > 0 ? n : 1), sizeof(double));
    b->piv = yk_calloc((size_t)(n > 0 ? n : 1), sizeof(int));
    if (!b->ab || !b->piv) {
        yk_lg_band_free(b);
        return -1;
    }
    return 0;
}

void yk_lg_band_free(lg_band *b)
{
    yk_free(b->ab);
    yk_free(b->piv);
    b->ab = NULL;
    b->piv = NULL;
}

/* The unblocked band LU of LAPACK's dgbtf2: row interchanges within the kl
 * rows below the diagonal widen U to kl + ku superdiagonals. */
void yk_lg_band_factor(lg_band *b, int *sign)
{
    int n = b->n, kl = b->kl, ku = b->ku, ld = b->ld, j, i, c, ju = 0, sg = 1;
    double *ab = b->ab;

    for (j = 0; j < n; j++) {
        int km = kl < n - 1 - j ? kl : n - 1 - j, p = 0;
        double *col = ab + (long)j * ld + kl + ku; /* col[i]: entry (j+i, j) */
        double best = fabs(col[0]), d;
        for (i = 1; i <= km; i++)
            if (fabs(col[i]) > best) {
                best = fabs(col[i]);
                p = i;
            }
        b->piv[j] = j + p;
        if (j + ku + p > ju)
            ju = j + ku + p < n - 1 ? j + ku + p : n - 1;
        if (p != 0) {
            for (c = j; c <= ju; c++) {
                double *x = ab + lg_band_off(b, j, c), *y = ab + lg_band_off(b, j + p, c);
                double t = *x;
                *x = *y;
                *y = t;
            }
            sg = -sg;
        }
        d = col[0];
        if (d == 0.0) {
            col[0] = d = LG_TINY_PIVOT;
            sg = 0;
        }
        if (d < 0.0)
            sg = -sg;
        for (i = 1; i <= km; i++)
            col[i] /= d;
        for (c = j + 1; c <= ju; c++) {
            double *cc = ab + lg_band_off(b, j, c), a = cc[0];
            if (a != 0.0)
                for (i = 1; i <= km; i++)
                    cc[i] -= col[i] * a;
        }
    }
    *sign = sg;
}

void yk_lg_band_solve(const lg_band *b, double *x)
{
    int n = b->n, kl = b->kl, ku = b->ku, j, i;
    const double *ab = b->ab;

    for (j = 0; j < n; j++) {
        int km = kl < n - 1 - j ? kl : n - 1 - j, p = b->piv[j];
        const double *col = ab + lg_band_off(b, j, j);
        double v;
        if (p != j) {
            double t = x[j];
            x[j] = x[p];
            x[p] = t;
        }
        v = x[j];
        if (v != 0.0)
            for (i = 1; i <= km; i++)
                x[j + i] -= col[i] * v;
    }
    for (j = n - 1; j >= 0; j--) {
        int lo = j - kl - ku > 0 ? j - kl - ku : 0;
        const double *col = ab + lg_band_off(b, j, j);
        double v = x[j] / col[0];
        x[j] = v;
        if (v != 0.0)
            for (i = lo; i < j; i++)
                x[i] -= col[i - j] * v;
    }
}

int yk_lg_rcm(int n, const int *xadj, const int *adj, int start, int *order)
{
    char *seen = yk_calloc((size_t)(n > 0 ? n : 1), 1);
    int head = 0, tail = 0, next = 0, k;

    if (!seen)
        return -1;
    while (tail < n) {
        int s = start;
        if (s < 0 || s >= n || seen[s]) {
            while (next < n && seen[next])
                next++;
            s = next;
        }
        seen[s] = 1;
        order[tail++] = s;
        while (head < tail) {
            int v = order[head++], first = tail, e;
            for (e = xadj[v]; e < xadj[v + 1]; e++)
                if (!seen[adj[e]]) {
                    seen[adj[e]] = 1;
                    order[tail++] = adj[e];
                }
            /* Neighbours by increasing degree (insertion sort: lists are short). */
            for (e = first + 1; e < tail; e++) {
                int w = order[e], dw = xadj[w + 1] - xadj[w], f = e;
                while (f > first && xadj[order[f - 1] + 1] - xadj[order[f - 1]] > dw) {
                    order[f] = order[f - 1];
                    f--;
                }
                order[f] = w;
            }
        }
    }
    for (k = 0; k < n / 2; k++) {
        int t = order[k];
        order[k] = order[n - 1 - k];
        order[n - 1 - k] = t;
    }
    yk_free(seen);
    return 0;
}
