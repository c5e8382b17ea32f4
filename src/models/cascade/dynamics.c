/*
 * dynamics.c - the cascade engine's equations, one function each, free
 * of runs and draws so the tests can work them by hand (docs/MODEL.md
 * "cascade" numbers them C1-C6).
 */
#include <math.h>

#include "models/cascade/cascade_int.h"

static double clamp01(double x)
{
    return x < 0 ? 0 : x > 1 ? 1 : x;
}

/* C1: the credibility target. */
double yk_cascade_kappa_target(const yk_cascade_coef *c,
                               const yk_cascade_alliance_in *in)
{
    const double *v = c->v;
    double a = v[YK_CC_KAPPA_ANCHOR];
    double structural = v[YK_CC_KAPPA_BASE] + v[YK_CC_KAPPA_COMMITMENT] * in->commitment +
                        v[YK_CC_KAPPA_FORWARD] * in->forward_forces +
                        v[YK_CC_KAPPA_CONSULTATION] * in->consultation +
                        (in->sharing ? v[YK_CC_KAPPA_SHARING] : 0.0);
    double t = a * in->anchor + (1 - a) * structural - v[YK_CC_KAPPA_GROWTH] * in->growth -
               v[YK_CC_KAPPA_THEATRE] * in->theatre_gap + in->offset;
    return clamp01(t);
}

/* C2: partial adjustment toward the target. */
double yk_cascade_kappa_step(const yk_cascade_coef *c, double kappa,
                             double target)
{
    return clamp01(kappa + c->v[YK_CC_KAPPA_RATE] * (target - kappa));
}

/* C3: the threat weight of an arsenal, saturating like the damage an
 * arsenal can do to one state. */
double yk_cascade_arsenal_weight(const yk_cascade_coef *c, double warheads)
{
    if (warheads <= 0)
        return 0.0;
    return log1p(warheads) / log1p(c->v[YK_CC_ARSENAL_REF]);
}

double yk_cascade_logistic(double z)
{
    return 1.0 / (1.0 + exp(-z));
}

/* C4: the logit of the yearly hazard. */
double yk_cascade_hazard_logit(const yk_cascade_coef *c,
                               const yk_cascade_hazard_in *in)
{
    const double *v = c->v;
    double doubt = in->has_umbrella ? 1.0 - in->kappa : 1.0;
    double b = in->breakout_months > 0 ? in->breakout_months : 0.0;
    double latency = v[YK_CC_LATENCY_REF] / (v[YK_CC_LATENCY_REF] + b);
    double z = v[YK_CC_HAZARD_BASE] + v[YK_CC_HAZARD_THREAT] * in->threat +
               v[YK_CC_HAZARD_UMBRELLA] * doubt +
               v[YK_CC_HAZARD_SUPPORT] * in->support +
               v[YK_CC_HAZARD_LATENCY] * latency +
               v[YK_CC_HAZARD_VALUE] * (in->value - v[YK_CC_VALUE_START]);
    if (in->npt_party)
        z -= v[YK_CC_HAZARD_NPT];
    z -= v[YK_CC_HAZARD_OPPOSITION] * in->opposition;
    if (in->encouraged)
        z += v[YK_CC_HAZARD_ENCOURAGEMENT];
    if (in->sharing)
        z -= v[YK_CC_HAZARD_SHARING];
    if (in->sanctioned)
        z -= v[YK_CC_HAZARD_SANCTIONS];
    if (in->struck)
        z += v[YK_CC_STRIKE_RESOLVE];
    return z + in->demonstration;
}

/* C5: the programme's yearly outcomes under counter-proliferation
 * pressure. */
double yk_cascade_acquire_prob(const yk_cascade_coef *c, double pressure)
{
    return yk_cascade_logistic(c->v[YK_CC_ACQUIRE_BASE] -
                               c->v[YK_CC_ACQUIRE_PRESSURE] * pressure);
}

double yk_cascade_reversal_prob(const yk_cascade_coef *c, double pressure)
{
    return yk_cascade_logistic(c->v[YK_CC_REVERSAL_BASE] +
                               c->v[YK_CC_REVERSAL_PRESSURE] * pressure);
}

/* C6: the devaluation shock of the hegemon's-dilemma post. */
void yk_cascade_devaluation(const yk_cascade_coef *c, double *value,
                            double *kappa, size_t n_alliances)
{
    size_t j;
    *value *= 1.0 - c->v[YK_CC_DEVALUATION_VALUE];
    for (j = 0; j < n_alliances; j++)
        kappa[j] *= 1.0 - c->v[YK_CC_DEVALUATION_KAPPA];
}
