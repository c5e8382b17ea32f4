/*
 * allocate.c - counterforce allocation: greedy by marginal expected
 * value destroyed, with a binary heap over groups of identical aim
 * points (docs/MODEL.md "exchange", allocation, has the optimality
 * proof for one weapon type).
 *
 * Aim points of a class that have received the same shots are identical,
 * so they form one group: the greedy that gives one warhead at a time to
 * the aim point of largest marginal (ties to the lowest group) gives the
 * same shots as handing a whole group one shot each at once. A group is
 * split only when the weapon type runs out inside it, so there are at
 * most classes + weapon types groups and the work does not grow with
 * the number of warheads.
 */
#include <string.h>

#include "core/alloc.h"
#include "models/exchange/exchange_int.h"

yk_status yk_xc_alloc_work_init(xc_alloc_work *w, size_t cap)
{
    memset(w, 0, sizeof *w);
    w->groups = yk_malloc(cap * sizeof *w->groups);
    w->heap = yk_malloc(cap * sizeof *w->heap);
    w->key = yk_malloc(cap * sizeof *w->key);
    w->scratch = yk_malloc(3 * cap * sizeof *w->scratch);
    w->rev = yk_malloc(cap * sizeof *w->rev);
    w->cap = cap;
    if (!w->groups || !w->heap || !w->key || !w->scratch || !w->rev) {
        yk_xc_alloc_work_free(w);
        return YK_E_NOMEM;
    }
    return YK_OK;
}

void yk_xc_alloc_work_free(xc_alloc_work *w)
{
    yk_free(w->groups);
    yk_free(w->heap);
    yk_free(w->key);
    yk_free(w->scratch);
    yk_free(w->rev);
    memset(w, 0, sizeof *w);
}

/* Heap order: larger key first, then the lower group index. */
static int above(const xc_alloc_work *w, int a, int b)
{
    return w->key[a] > w->key[b] || (w->key[a] == w->key[b] && a < b);
}

static void sift_up(xc_alloc_work *w, size_t i)
{
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        int t;
        if (!above(w, w->heap[i], w->heap[parent]))
            break;
        t = w->heap[i];
        w->heap[i] = w->heap[parent];
        w->heap[parent] = t;
        i = parent;
    }
}

static void sift_down(xc_alloc_work *w, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, best = i;
        int t;
        if (l < n && above(w, w->heap[l], w->heap[best]))
            best = l;
        if (r < n && above(w, w->heap[r], w->heap[best]))
            best = r;
        if (best == i)
            return;
        t = w->heap[i];
        w->heap[i] = w->heap[best];
        w->heap[best] = t;
        i = best;
    }
}

static void push(xc_alloc_work *w, size_t *n, int g)
{
    w->heap[*n] = g;
    sift_up(w, (*n)++);
}

static int pop(xc_alloc_work *w, size_t *n)
{
    int top = w->heap[0];
    w->heap[0] = w->heap[--*n];
    sift_down(w, *n, 0);
    return top;
}

double yk_xc_allocate(size_t n_classes, const double *count, const double *value,
                      size_t n_weapons, const int *order, const double *warheads,
                      const double *p, int max_shots, xc_alloc_work *w, double *surv,
                      double *shots, double *unused)
{
    size_t n_groups = 0, i, c, n_heap;
    double destroyed = 0;

    for (c = 0; c < n_classes; c++) {
        shots[c] = 0;
        if (count[c] > 0) {
            xc_group *g = &w->groups[n_groups++];
            g->cls = (int)c;
            g->shots = 0;
            g->count = count[c];
            g->surv = 1;
        }
    }
    for (i = 0; i < n_weapons; i++) {
        int t = order[i];
        const double *pt = p + (size_t)t * n_classes;
        double left = warheads[t];
        size_t g;
        n_heap = 0;
        for (g = 0; g < n_groups; g++) {
            xc_group *gr = &w->groups[g];
            w->key[g] = value[gr->cls] * gr->surv * pt[gr->cls];
            if (gr->shots < max_shots && w->key[g] > 0)
                push(w, &n_heap, (int)g);
        }
        while (left >= 1 && n_heap) {
            int top = pop(w, &n_heap);
            xc_group *gr = &w->groups[top];
            double take = gr->count <= left ? gr->count : left;
            double pk = pt[gr->cls];
            destroyed += take * w->key[top];
            shots[gr->cls] += take;
            left -= take;
            if (take < gr->count) {
                /* the type runs out inside the group: split it */
                xc_group *rest = &w->groups[n_groups++];
                *rest = *gr;
                rest->count = gr->count - take;
                gr->count = take;
            }
            gr->surv *= 1 - pk;
            gr->shots++;
            w->key[top] = value[gr->cls] * gr->surv * pk;
            if (gr->shots < max_shots && w->key[top] > 0 && left >= 1)
                push(w, &n_heap, top);
        }
        unused[t] = left;
    }
    for (c = 0; c < n_classes; c++)
        surv[c] = 0;
    for (i = 0; i < n_groups; i++)
        surv[w->groups[i].cls] += w->groups[i].count * w->groups[i].surv;
    for (c = 0; c < n_classes; c++)
        surv[c] = count[c] > 0 ? surv[c] / count[c] : 1;
    return destroyed;
}

/* Type by type is optimal for one type; with several, the order matters
 * (a type spent on soft targets first may leave the hard ones to a type
 * that cannot kill them). Both the given order (best hard-target kill
 * first) and its reverse are tried; the larger value wins, ties to the
 * given order. exchange_alloc_test measures the shortfall that remains. */
double yk_xc_allocate_best(size_t n_classes, const double *count, const double *value,
                           size_t n_weapons, const int *order, const double *warheads,
                           const double *p, int max_shots, xc_alloc_work *w, double *surv,
                           double *shots, double *unused)
{
    double *s2 = w->scratch, *sh2 = w->scratch + w->cap, *u2 = w->scratch + 2 * w->cap;
    double a, b;
    size_t i;
    a = yk_xc_allocate(n_classes, count, value, n_weapons, order, warheads, p, max_shots, w,
                       surv, shots, unused);
    if (n_weapons < 2)
        return a;
    for (i = 0; i < n_weapons; i++)
        w->rev[i] = order[n_weapons - 1 - i];
    b = yk_xc_allocate(n_classes, count, value, n_weapons, w->rev, warheads, p, max_shots, w,
                       s2, sh2, u2);
    if (b <= a)
        return a;
    memcpy(surv, s2, n_classes * sizeof *surv);
    memcpy(shots, sh2, n_classes * sizeof *shots);
    for (i = 0; i < n_weapons; i++)
        unused[i] = u2[i];
    return b;
}
