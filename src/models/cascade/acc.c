/*
 * acc.c - the cascade engine's per-block statistics and their merge
 * (cascade_int.h): moments merged in block order, counts and histograms
 * in any order. Sizes depend on the world and the years, never on the
 * number of replicates.
 */
#include <stdlib.h>
#include <string.h>

#include "models/cascade/cascade_int.h"

/* Credibility bands from 200 bins over [0, 1]: quantiles within 0.005
 * (kappa = 1 counts as "over" and reads back as 1). */
#define KAPPA_BINS 200

static size_t n_moments(const cc_model *m, size_t *parts)
{
    size_t y = (size_t)m->n_years;
    parts[0] = y * m->n_alliances;  /* kappa */
    parts[1] = y;                   /* count */
    parts[2] = y;                   /* npt */
    parts[3] = y;                   /* value */
    parts[4] = y * m->n_patrons * 2; /* burden */
    parts[5] = y * m->n_states;     /* knock */
    return parts[0] + parts[1] + parts[2] + parts[3] + parts[4] + parts[5];
}

yk_status cc_acc_alloc(cc_acc *a, const cc_model *m)
{
    size_t parts[6], total = n_moments(m, parts);
    size_t y = (size_t)m->n_years;
    memset(a, 0, sizeof *a);
    a->kappa = malloc((total + 1) * sizeof *a->kappa);
    a->nuclear = malloc((y * m->n_states + 1) * sizeof *a->nuclear);
    a->kappa_hist = malloc((y * m->n_alliances + 1) * sizeof *a->kappa_hist);
    if (!a->kappa || !a->nuclear || !a->kappa_hist) {
        cc_acc_free(a);
        return YK_E_NOMEM;
    }
    a->count = a->kappa + parts[0];
    a->npt = a->count + parts[1];
    a->value = a->npt + parts[2];
    a->burden = a->value + parts[3];
    a->knock = a->burden + parts[4];
    cc_acc_reset(a, m);
    return YK_OK;
}

void cc_acc_reset(cc_acc *a, const cc_model *m)
{
    size_t parts[6], total = n_moments(m, parts), i;
    size_t y = (size_t)m->n_years;
    for (i = 0; i < total; i++)
        yk_moments_init(&a->kappa[i]);
    memset(a->nuclear, 0, y * m->n_states * sizeof *a->nuclear);
    for (i = 0; i < y * m->n_alliances; i++)
        yk_histogram_init(&a->kappa_hist[i], 0.0, 1.0, KAPPA_BINS);
    a->n = 0;
}

void cc_acc_merge(cc_acc *into, const cc_acc *from, const cc_model *m)
{
    size_t parts[6], total = n_moments(m, parts), i;
    size_t y = (size_t)m->n_years;
    for (i = 0; i < total; i++)
        yk_moments_merge(&into->kappa[i], &from->kappa[i]);
    for (i = 0; i < y * m->n_states; i++)
        into->nuclear[i] += from->nuclear[i];
    for (i = 0; i < y * m->n_alliances; i++)
        yk_histogram_merge(&into->kappa_hist[i], &from->kappa_hist[i]);
    into->n += from->n;
}

void cc_acc_free(cc_acc *a)
{
    free(a->kappa);
    free(a->nuclear);
    free(a->kappa_hist);
    memset(a, 0, sizeof *a);
}
