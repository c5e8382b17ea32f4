/*
 * result.c - the accessors of a yk_exchange_result and its free.
 */
#include <math.h>

#include "core/alloc.h"
#include "models/exchange/exchange_int.h"

void yk_exchange_result_free(yk_exchange_result *r)
{
    if (!r)
        return;
    yk_xc_model_free(&r->model);
    yk_free(r->mom);
    yk_free(r->hist);
    yk_free(r);
}

int64_t yk_exchange_replicates(const yk_exchange_result *r)
{
    return r->replicates;
}

int yk_exchange_year_from(const yk_exchange_result *r)
{
    return r->model.year_from;
}

int yk_exchange_year_count(const yk_exchange_result *r)
{
    return r->model.n_years;
}

size_t yk_exchange_side_count(const yk_exchange_result *r)
{
    return r->model.n_sides;
}

const char *yk_exchange_side(const yk_exchange_result *r, size_t i)
{
    return i < r->model.n_sides ? r->model.ids[i] : NULL;
}

static yk_exchange_estimate estimate(const yk_exchange_result *r, int y, size_t k)
{
    yk_exchange_estimate e = {NAN, NAN, NAN};
    size_t at;
    double half;
    if (y < 0 || y >= r->model.n_years)
        return e;
    at = (size_t)y * yk_xc_values_per_year(r->model.n_sides) + k;
    e.mean = r->mom[at].n ? r->mom[at].mean : NAN;
    /* a histogram quantile counts each value at its bin's lower edge:
     * half a bin puts it at the bin's middle, within half a bin */
    half = (r->hist[at].hi - r->hist[at].lo) / r->hist[at].bins / 2;
    e.lo = yk_histogram_quantile(&r->hist[at], 0.025) + half;
    e.hi = yk_histogram_quantile(&r->hist[at], 0.975) + half;
    /* the band keeps to the data: never beyond the smallest and largest */
    if (e.lo > r->mom[at].max)
        e.lo = r->mom[at].max;
    if (e.hi > r->mom[at].max)
        e.hi = r->mom[at].max;
    if (e.lo < r->mom[at].min)
        e.lo = r->mom[at].min;
    if (e.hi < r->mom[at].min)
        e.hi = r->mom[at].min;
    /* and holds the mean (which half a bin, or a skewed tail, can put
     * outside the middle 95%) */
    if (e.lo > e.mean)
        e.lo = e.mean;
    if (e.hi < e.mean)
        e.hi = e.mean;
    return e;
}

yk_exchange_estimate yk_exchange_warheads(const yk_exchange_result *r, size_t i, int y)
{
    return estimate(r, y, yk_xc_at_warheads(r->model.n_sides, i));
}

yk_exchange_estimate yk_exchange_pair(const yk_exchange_result *r, size_t a, size_t b,
                                      int y, yk_exchange_pair_measure m)
{
    return estimate(r, y, yk_xc_at_pair(r->model.n_sides, a, b, (int)m));
}

yk_exchange_estimate yk_exchange_three_body(const yk_exchange_result *r, size_t a,
                                            size_t b, size_t c, int y, bool third)
{
    return estimate(r, y, yk_xc_at_three(r->model.n_sides, a, b, c, third));
}

static const char *const pair_names[YK_XP_COUNT] = {
    "target_warheads", "first_strike_warheads", "surviving_warheads",
    "retaliation_delivered", "damage_to_striker", "damage_to_target",
    "stability_index", "combined_stability_index",
};

const char *yk_exchange_pair_measure_name(yk_exchange_pair_measure m)
{
    return m < YK_XP_COUNT ? pair_names[m] : "?";
}
