/*
 * alliances.c - the alliance network's formulas (include/yokushi/
 * alliances.h; docs/MODEL.md "Alliance network"): similarity, shock
 * spread, value and defection sensitivity. Pure functions of the world.
 */
#include "yokushi/alliances.h"

void yk_alliance_weights_default(yk_alliance_weights *k)
{
    /* Assumptions (docs/MODEL.md gives the ranges): every ally learns
     * something from how its patron treats any ally (floor), most from an
     * ally in the same region or facing the same rival, less from one
     * with the same kind of treaty. */
    k->floor = 0.2;
    k->region = 0.4;
    k->adversary = 0.4;
    k->kind = 0.2;
    k->power_ref = 50.0;
    k->breakout_ref = 12.0;
}

static size_t other_side(const yk_rivalry *r, size_t s)
{
    if (r->a == s)
        return r->b;
    if (r->b == s)
        return r->a;
    return YK_NONE;
}

bool yk_alliances_common_rival(const yk_world *w, size_t a, size_t b)
{
    size_t i, j;
    for (i = 0; i < w->n_rivalries; i++) {
        size_t ra = other_side(&w->rivalries[i], a);
        if (ra == YK_NONE)
            continue;
        for (j = 0; j < w->n_rivalries; j++)
            if (other_side(&w->rivalries[j], b) == ra)
                return true;
    }
    return false;
}

unsigned yk_alliances_traits(const yk_world *w, size_t patron, size_t ally,
                             yk_alliance_kind kind, size_t j)
{
    const yk_alliance *aj = &w->alliances[j];
    unsigned t;
    if (aj->patron != patron)
        return 0;
    t = YK_ALLIANCE_SAME_PATRON;
    if (ally == YK_NONE || aj->ally == ally)
        return t | YK_ALLIANCE_SAME;
    if (w->states[aj->ally].region == w->states[ally].region)
        t |= YK_ALLIANCE_SAME_REGION;
    if (yk_alliances_common_rival(w, aj->ally, ally))
        t |= YK_ALLIANCE_COMMON_RIVAL;
    if (aj->kind == kind)
        t |= YK_ALLIANCE_SAME_KIND;
    return t;
}

double yk_alliances_similarity_of(const yk_alliance_weights *k, unsigned traits)
{
    double sum = k->region + k->adversary + k->kind, mix = 0;
    if (!(traits & YK_ALLIANCE_SAME_PATRON))
        return 0.0;
    if (traits & YK_ALLIANCE_SAME)
        return 1.0;
    if (traits & YK_ALLIANCE_SAME_REGION)
        mix += k->region;
    if (traits & YK_ALLIANCE_COMMON_RIVAL)
        mix += k->adversary;
    if (traits & YK_ALLIANCE_SAME_KIND)
        mix += k->kind;
    return k->floor + (1.0 - k->floor) * (sum > 0 ? mix / sum : 0.0);
}

double yk_alliances_similarity_to(const yk_world *w,
                                  const yk_alliance_weights *k,
                                  size_t patron, size_t ally,
                                  yk_alliance_kind kind, size_t j)
{
    return yk_alliances_similarity_of(k, yk_alliances_traits(w, patron, ally, kind, j));
}

double yk_alliances_similarity(const yk_world *w,
                               const yk_alliance_weights *k, size_t i,
                               size_t j)
{
    const yk_alliance *ai = &w->alliances[i];
    return yk_alliances_similarity_to(w, k, ai->patron, ai->ally, ai->kind, j);
}

double yk_alliances_shock(double s, double m, double kappa)
{
    if (m < 0)
        return m * s * kappa;
    return m * s * (1.0 - kappa);
}

void yk_alliances_spread(const yk_world *w, const yk_alliance_weights *k,
                         size_t patron, size_t ally, yk_alliance_kind kind,
                         double m, const double *kappa, double *delta)
{
    size_t j;
    for (j = 0; j < w->n_alliances; j++)
        delta[j] = yk_alliances_shock(
            yk_alliances_similarity_to(w, k, patron, ally, kind, j), m, kappa[j]);
}

double yk_alliances_value(const yk_alliance_weights *k, double commitment,
                          double ally_power)
{
    double p = ally_power > 0 ? ally_power : 0.0;
    return commitment * p / (p + k->power_ref);
}

double yk_alliances_sensitivity(const yk_alliance_weights *k, double support,
                                double breakout_months)
{
    double b = breakout_months > 0 ? breakout_months : 0.0;
    return support * k->breakout_ref / (k->breakout_ref + b);
}

double yk_alliances_value_of(const yk_world *w, const yk_alliance_weights *k,
                             size_t j)
{
    const yk_alliance *a = &w->alliances[j];
    return yk_alliances_value(k, yk_param_mean(&a->commitment),
                              yk_param_mean(&w->states[a->ally].conventional.power));
}

double yk_alliances_sensitivity_of(const yk_world *w,
                                   const yk_alliance_weights *k, size_t j)
{
    const yk_state *s = &w->states[w->alliances[j].ally];
    return yk_alliances_sensitivity(k, yk_param_mean(&s->public_support_nuclear),
                                    yk_param_mean(&s->latency.breakout_months));
}

double yk_alliances_devaluation_cost(const yk_world *w,
                                     const yk_alliance_weights *k, size_t i,
                                     double m)
{
    double d = 0;
    size_t j;
    for (j = 0; j < w->n_alliances; j++) {
        double dk;
        if (j == i || w->alliances[j].patron != w->alliances[i].patron)
            continue;
        dk = yk_alliances_shock(yk_alliances_similarity(w, k, i, j), m,
                                yk_param_mean(&w->alliances[j].credibility));
        d += yk_alliances_value_of(w, k, j) * (dk < 0 ? -dk : dk) *
             yk_alliances_sensitivity_of(w, k, j);
    }
    return d;
}

double yk_alliances_exposure(const yk_world *w, const yk_alliance_weights *k,
                             size_t patron, size_t ally,
                             yk_alliance_kind kind)
{
    double e = 0;
    size_t j;
    for (j = 0; j < w->n_alliances; j++) {
        const yk_alliance *a = &w->alliances[j];
        if (a->patron != patron || a->ally == ally)
            continue;
        e += yk_alliances_value_of(w, k, j) *
             yk_alliances_similarity_to(w, k, patron, ally, kind, j) *
             yk_param_mean(&a->credibility) * yk_alliances_sensitivity_of(w, k, j);
    }
    return e;
}
