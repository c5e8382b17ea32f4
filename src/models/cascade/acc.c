/*
 * acc.c - the cascade engine's statistics: per block, sums in replicate
 * order and 16-bit counts; in total, moments merged in block order
 * (Chan et al. through yk_moments_merge) and exact counts and
 * histograms. Sizes depend on the world and the years, never on the
 * number of replicates.
 */
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "models/cascade/cascade_int.h"

#define N_PARTS 8

/* Sizes of the moment groups, in layout order. */
static size_t n_moments(const cc_model *m, size_t *parts)
{
    size_t y = (size_t)m->n_years;
    parts[0] = y * m->n_alliances;   /* kappa */
    parts[1] = y;                    /* count */
    parts[2] = y;                    /* npt */
    parts[3] = y;                    /* value */
    parts[4] = y * m->n_patrons * 2; /* burden */
    parts[5] = y * m->n_states;      /* knock */
    parts[6] = y;                    /* programmes started */
    parts[7] = y;                    /* acquisitions */
    return parts[0] + parts[1] + parts[2] + parts[3] + parts[4] + parts[5] + parts[6] +
           parts[7];
}

/* The exact counts: nuclear, hedging, programme per year and state; the
 * joint end counts; the per-draw counts when the draws are split. */
static size_t n_yn(const cc_model *m)
{
    return (size_t)m->n_years * m->n_states;
}

static size_t n_counts(const cc_model *m)
{
    return 3 * n_yn(m) + m->n_states * m->n_states;
}

static size_t n_outer(const cc_model *m)
{
    return m->n_outer * n_yn(m);
}

static size_t n_bins(const cc_model *m)
{
    return (size_t)m->n_years * m->n_alliances * (CC_KAPPA_BINS + 1);
}

yk_status yk_cc_acc_alloc(cc_acc *a, const cc_model *m)
{
    size_t parts[N_PARTS], total = n_moments(m, parts);
    memset(a, 0, sizeof *a);
    a->kappa = yk_malloc((total + 1) * sizeof *a->kappa);
    a->nuclear = yk_malloc((n_counts(m) + 1) * sizeof *a->nuclear);
    a->kappa_bins = yk_malloc((n_bins(m) + 1) * sizeof *a->kappa_bins);
    if (m->n_outer)
        a->outer = yk_malloc((n_outer(m) + 1) * sizeof *a->outer);
    if (!a->kappa || !a->nuclear || !a->kappa_bins || (m->n_outer && !a->outer)) {
        yk_cc_acc_free(a);
        return YK_E_NOMEM;
    }
    a->hedging = a->nuclear + n_yn(m);
    a->programme = a->hedging + n_yn(m);
    a->joint = a->programme + n_yn(m);
    a->count = a->kappa + parts[0];
    a->npt = a->count + parts[1];
    a->value = a->npt + parts[2];
    a->burden = a->value + parts[3];
    a->knock = a->burden + parts[4];
    a->programmes = a->knock + parts[5];
    a->acquisitions = a->programmes + parts[6];
    yk_cc_acc_reset(a, m);
    return YK_OK;
}

void yk_cc_acc_reset(cc_acc *a, const cc_model *m)
{
    size_t parts[N_PARTS], total = n_moments(m, parts), i;
    for (i = 0; i < total; i++)
        a->kappa[i] = (cc_sum){0.0, 0.0, INFINITY, -INFINITY};
    memset(a->nuclear, 0, n_counts(m) * sizeof *a->nuclear);
    memset(a->kappa_bins, 0, n_bins(m) * sizeof *a->kappa_bins);
    if (a->outer)
        memset(a->outer, 0, n_outer(m) * sizeof *a->outer);
    a->n = 0;
}

void yk_cc_acc_free(cc_acc *a)
{
    yk_free(a->kappa);
    yk_free(a->nuclear);
    yk_free(a->kappa_bins);
    yk_free(a->outer);
    memset(a, 0, sizeof *a);
}

yk_status yk_cc_total_alloc(cc_total *t, const cc_model *m)
{
    size_t parts[N_PARTS], total = n_moments(m, parts), i;
    size_t ya = (size_t)m->n_years * m->n_alliances;
    memset(t, 0, sizeof *t);
    t->kappa = yk_malloc((total + 1) * sizeof *t->kappa);
    t->nuclear = yk_calloc(n_counts(m) + 1, sizeof *t->nuclear);
    t->kappa_hist = yk_malloc((ya + 1) * sizeof *t->kappa_hist);
    if (m->n_outer)
        t->outer = yk_calloc(n_outer(m) + 1, sizeof *t->outer);
    if (!t->kappa || !t->nuclear || !t->kappa_hist || (m->n_outer && !t->outer)) {
        yk_cc_total_free(t);
        return YK_E_NOMEM;
    }
    t->hedging = t->nuclear + n_yn(m);
    t->programme = t->hedging + n_yn(m);
    t->joint = t->programme + n_yn(m);
    t->count = t->kappa + parts[0];
    t->npt = t->count + parts[1];
    t->value = t->npt + parts[2];
    t->burden = t->value + parts[3];
    t->knock = t->burden + parts[4];
    t->programmes = t->knock + parts[5];
    t->acquisitions = t->programmes + parts[6];
    for (i = 0; i < total; i++)
        yk_moments_init(&t->kappa[i]);
    for (i = 0; i < ya; i++)
        yk_histogram_init(&t->kappa_hist[i], 0.0, 1.0, CC_KAPPA_BINS);
    return YK_OK;
}

/* A block's sums as moments: mean s1/n and M2 = s2 - s1^2/n (values are
 * O(1)-O(100) and n <= CC_BLOCK, so the cancellation costs a few digits
 * of sixteen). */
static void sum_to_moments(const cc_sum *s, uint64_t n, yk_moments *m)
{
    double mean = s->s1 / (double)n, m2 = s->s2 - s->s1 * mean;
    m->n = n;
    m->mean = mean;
    m->m2 = m2 > 0 ? m2 : 0.0;
    /* Some quantities are added only in the replicates where they occur
     * (a knock-on), the others count as 0: the range holds 0 too. */
    m->min = s->min < 0.0 ? s->min : 0.0;
    m->max = s->max > 0.0 ? s->max : 0.0;
}

void yk_cc_total_merge(cc_total *t, const cc_acc *a, const cc_model *m)
{
    size_t parts[N_PARTS], total = n_moments(m, parts), i, b;
    size_t ya = (size_t)m->n_years * m->n_alliances;
    if (!a->n)
        return;
    for (i = 0; i < total; i++) {
        yk_moments mo;
        sum_to_moments(&a->kappa[i], a->n, &mo);
        yk_moments_merge(&t->kappa[i], &mo);
    }
    for (i = 0; i < n_counts(m); i++)
        t->nuclear[i] += a->nuclear[i];
    for (i = 0; i < n_outer(m); i++)
        t->outer[i] += a->outer[i];
    /* Integer counts: adding them is the histograms' own exact merge. */
    for (i = 0; i < ya; i++) {
        const uint16_t *c = &a->kappa_bins[i * (CC_KAPPA_BINS + 1)];
        yk_histogram *h = &t->kappa_hist[i];
        for (b = 0; b < CC_KAPPA_BINS; b++)
            h->count[b] += c[b];
        h->over += c[CC_KAPPA_BINS];
        h->n += a->n;
    }
    t->n += a->n;
}

void yk_cc_total_free(cc_total *t)
{
    yk_free(t->kappa);
    yk_free(t->nuclear);
    yk_free(t->kappa_hist);
    yk_free(t->outer);
    memset(t, 0, sizeof *t);
}
