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
    yk_free(r->band);
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

/* k of n with its Wilson interval. */
static yk_cascade_estimate wilson(uint64_t k, uint64_t n)
{
    yk_proportion p;
    yk_cascade_estimate e;
    p.n = n;
    p.k = k;
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

yk_cascade_estimate yk_cascade_p_nuclear(const yk_cascade_result *r,
                                         size_t state, int y)
{
    return wilson(r->sum.nuclear[(size_t)y * r->model.n_states + state], r->sum.n);
}

yk_cascade_estimate yk_cascade_p_stage(const yk_cascade_result *r, size_t state,
                                       int y, yk_cascade_stage stage)
{
    size_t at = (size_t)y * r->model.n_states + state;
    if (stage == YK_STAGE_HEDGING)
        return wilson(r->sum.hedging[at], r->sum.n);
    if (stage == YK_STAGE_PROGRAMME)
        return wilson(r->sum.programme[at], r->sum.n);
    if (stage == YK_STAGE_NUCLEAR)
        return wilson(r->sum.nuclear[at], r->sum.n);
    return wilson(r->sum.n, r->sum.n);
}

yk_cascade_estimate yk_cascade_p_nuclear_given(const yk_cascade_result *r,
                                               size_t p, size_t i)
{
    size_t N = r->model.n_states;
    uint64_t np = r->sum.joint[p * N + p];
    if (!np) {
        yk_cascade_estimate none = {-1, -1, -1};
        return none;
    }
    return wilson(r->sum.joint[p * N + i], np);
}

size_t yk_cascade_outer_count(const yk_cascade_result *r)
{
    return r->model.n_outer;
}

yk_cascade_estimate yk_cascade_p_nuclear_band(const yk_cascade_result *r,
                                              size_t state, int y)
{
    if (!r->band)
        return yk_cascade_p_nuclear(r, state, y);
    return r->band[(size_t)y * r->model.n_states + state];
}

const char *yk_cascade_warning(const yk_cascade_result *r)
{
    return r->warning[0] ? r->warning : NULL;
}

yk_cascade_estimate yk_cascade_new_programmes(const yk_cascade_result *r, int y)
{
    return of_moments(&r->sum.programmes[y]);
}

yk_cascade_estimate yk_cascade_new_nuclear(const yk_cascade_result *r, int y)
{
    return of_moments(&r->sum.acquisitions[y]);
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
