/*
 * result.c - reading a cascade result: estimates with their 95%
 * intervals from the merged statistics (cascade.h says which interval
 * each one gets).
 */
#include <stdlib.h>

#include "core/alloc.h"
#include "models/cascade/result_int.h"

#define Z95 1.959963984540054

void yk_cascade_result_free(yk_cascade_result *r)
{
    if (!r)
        return;
    yk_cc_total_free(&r->sum);
    yk_cc_model_free(&r->model);
    yk_free(r);
}

int64_t yk_cascade_replicates(const yk_cascade_result *r) { return (int64_t)r->sum.n; }
int yk_cascade_year_from(const yk_cascade_result *r) { return r->model.year_from; }
int yk_cascade_year_count(const yk_cascade_result *r) { return r->model.n_years; }
const yk_world *yk_cascade_world(const yk_cascade_result *r) { return &r->model.world; }
size_t yk_cascade_patron_count(const yk_cascade_result *r) { return r->model.n_patrons; }
size_t yk_cascade_patron(const yk_cascade_result *r, size_t k) { return r->model.patrons[k]; }

bool yk_cascade_initially_nuclear(const yk_cascade_result *r, size_t s)
{
    return r->model.nuclear0[s] != 0;
}

/* The normal interval of the mean, kept within the replicates' own range:
 * a mean cannot lie outside it, and a quantity that is never negative
 * (a knock-on, a count) then never shows a negative bound. */
static yk_cascade_estimate of_moments(const yk_moments *m)
{
    yk_cascade_estimate e;
    e.mean = m->mean;
    yk_moments_ci95(m, &e.lo, &e.hi);
    if (m->n > 0) {
        if (e.lo < m->min)
            e.lo = m->min;
        if (e.hi > m->max)
            e.hi = m->max;
    }
    return e;
}

yk_cascade_estimate yk_cascade_p_nuclear(const yk_cascade_result *r,
                                         size_t state, int y)
{
    yk_proportion p;
    yk_cascade_estimate e;
    p.n = r->sum.n;
    p.k = r->sum.nuclear[(size_t)y * r->model.n_states + state];
    e.mean = yk_proportion_estimate(&p);
    yk_proportion_wilson(&p, Z95, &e.lo, &e.hi);
    /* The interval's ends at k = 0 and k = n are 0 and 1 exactly (the
     * formula leaves a rounding residue). */
    if (p.k == 0)
        e.lo = 0;
    if (p.k == p.n)
        e.hi = 1;
    return e;
}

yk_cascade_estimate yk_cascade_credibility(const yk_cascade_result *r,
                                           size_t alliance, int y)
{
    size_t at = (size_t)y * r->model.n_alliances + alliance;
    const yk_histogram *h = &r->sum.kappa_hist[at];
    yk_cascade_estimate e;
    e.mean = r->sum.kappa[at].mean;
    e.lo = yk_histogram_quantile(h, 0.025);
    e.hi = yk_histogram_quantile(h, 0.975);
    /* The band is read from bins: keep it around the exact mean. */
    if (e.lo > e.mean)
        e.lo = e.mean;
    if (e.hi < e.mean)
        e.hi = e.mean;
    return e;
}

yk_cascade_estimate yk_cascade_expected_nuclear(const yk_cascade_result *r, int y)
{
    return of_moments(&r->sum.count[y]);
}

yk_cascade_estimate yk_cascade_npt_health(const yk_cascade_result *r, int y)
{
    return of_moments(&r->sum.npt[y]);
}

yk_cascade_estimate yk_cascade_value(const yk_cascade_result *r, int y)
{
    return of_moments(&r->sum.value[y]);
}

yk_cascade_estimate yk_cascade_knock_on(const yk_cascade_result *r,
                                        size_t state, int y)
{
    return of_moments(&r->sum.knock[(size_t)y * r->model.n_states + state]);
}

yk_cascade_estimate yk_cascade_burden(const yk_cascade_result *r, size_t k,
                                      int y, bool after)
{
    return of_moments(&r->sum.burden[((size_t)y * r->model.n_patrons + k) * 2 + (after ? 1 : 0)]);
}
