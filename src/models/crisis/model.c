/*
 * model.c - the crisis engine's payoff formulas: from one draw's inputs
 * (world numbers and coefficients) to the payoff-relevant quantities of
 * the game (docs/MODEL.md section 9).
 */
#include <math.h>

#include "models/crisis/crisis_int.h"

double yk_crisis_contest(double ca, double cd, double m)
{
    double a, d;
    if (ca <= 0 && cd <= 0)
        return 0.5;
    if (cd <= 0)
        return 1;
    if (ca <= 0)
        return 0;
    /* ca^m / (ca^m + cd^m) = 1 / (1 + (cd/ca)^m): no overflow for big powers */
    a = 1;
    d = pow(cd / ca, m);
    return a / (a + d);
}

double yk_crisis_damage(double warheads, double half)
{
    if (warheads <= 0)
        return 0;
    return warheads / (warheads + half);
}

double yk_crisis_reputation(const yk_crisis_inputs *in)
{
    return in->c[YK_KC_REPUTATION_WEIGHT] *
           (in->commitment + in->forward_forces + in->consultation +
            (in->sharing ? 1.0 : 0.0)) / 4;
}

double yk_crisis_autonomy(const yk_crisis_inputs *in)
{
    double integration = (in->forward_forces + in->consultation) / 2;
    double a;
    if (in->warheads_t <= 0)
        return 0;
    a = in->c[YK_KC_AUTONOMY_SCALE] * in->independence * (1 - integration);
    return a < 0 ? 0 : a > 1 ? 1 : a;
}

/* Conventional power a side brings to the theatre: a distant side brings
 * the share `projection` of its power, raised toward all of it by the
 * forces it already has there (forward forces, 0..1). */
static double in_theatre(double power, bool distant, double projection,
                         double forward)
{
    return distant ? power * (projection + (1 - projection) * forward) : power;
}

void yk_crisis_model_init(yk_crisis_model *m, const yk_crisis_inputs *in)
{
    const double *c = in->c;
    /* A chose the theatre (it attacks a neighbour): never discounted. */
    double ca = in->power_a;
    double cp = in_theatre(in->power_p, in->p_distant, c[YK_KC_PROJECTION],
                           in->forward_forces);
    double k = c[YK_KC_DAMAGE_WEIGHT], half = c[YK_KC_DAMAGE_HALF];
    int t;

    m->kappa = in->kappa;
    m->stake_a = in->stake_a;
    m->stake_t = in->stake_t;
    /* The types differ in what T is worth to them, not in what a war
     * costs: a hesitant patron (an isolationist government, one its
     * adversary's nuclear threats already deter) weighs its stake, its
     * reputation and its alliance network at `hesitancy` of the
     * resolute one's, and pays the same lives and money to fight. */
    m->weight[0] = 1;
    m->weight[1] = c[YK_KC_HESITANCY];
    m->stake_p[0] = in->stake_p;
    m->stake_p[1] = in->stake_p * m->weight[1];
    if (in->has_theatre) {
        /* What is in the theatre or reaches it in time (theatre.h). */
        yk_theatre_balance b;
        yk_theatre_balance_compute(&in->theatre, 0, c[YK_KC_AID_SHARE],
                                   c[YK_KC_CONTEST_M], &b);
        m->p_abandon = b.p_a_wins;
        m->fait_accompli[0] = b.p_fait_accompli;
        yk_theatre_balance_compute(&in->theatre, 1, 0, c[YK_KC_CONTEST_M], &b);
        m->p_defend = b.p_a_wins;
        m->fait_accompli[1] = b.p_fait_accompli;
    } else {
        /* The fallback without theatre data: global spending. */
        m->p_abandon = yk_crisis_contest(ca, in->power_t + c[YK_KC_AID_SHARE] * in->power_p,
                                         c[YK_KC_CONTEST_M]);
        m->p_defend = yk_crisis_contest(ca, in->power_t + cp, c[YK_KC_CONTEST_M]);
        m->fait_accompli[0] = m->fait_accompli[1] = NAN;
    }
    m->theatre = in->has_theatre;
    m->cost_a = c[YK_KC_WAR_COST_AGGRESSOR] * in->stake_a;
    m->cost_t = c[YK_KC_WAR_COST_TARGET] * in->stake_t;
    for (t = 0; t < 2; t++)
        m->cost_p[t] = c[YK_KC_WAR_COST_PATRON] * in->stake_p;
    m->intervention = c[YK_KC_INTERVENTION_COST];
    m->backdown = c[YK_KC_BACKDOWN_COST] * in->stake_a * 2 * in->resolve_a;
    /* Delivered warheads: with the exchange engine (wiring.c) what
     * survives the other's first strike and reaches it, else the
     * deliverable count; through d(W) as before either way. */
    m->dmg_a_by_p = k * yk_crisis_damage(yk_cr_delivered(in, in->warheads_p, in->reach_p_on_a), half);
    m->dmg_a_by_t = k * yk_crisis_damage(yk_cr_delivered(in, in->warheads_t, in->reach_t_on_a), half);
    m->dmg_t_by_a = k * yk_crisis_damage(yk_cr_delivered(in, in->warheads_a, in->reach_a_on_t), half);
    m->dmg_p_by_a = k * yk_crisis_damage(yk_cr_delivered(in, in->warheads_a, in->reach_a_on_p), half);
    m->reputation = yk_crisis_reputation(in);
    m->devaluation_nuclear = c[YK_KC_DEVALUATION_WEIGHT] *
                             c[YK_KC_DEVALUATION_SHOCK] * in->network;
    m->devaluation_abandon = c[YK_KC_DEVALUATION_WEIGHT] *
                             c[YK_KC_ABANDONMENT_SHOCK] * in->commitment *
                             in->network;
    m->world_order = c[YK_KC_WORLD_ORDER_COST];
    m->autonomy = yk_crisis_autonomy(in);
    m->rho[YK_STANCE_DEFEND] = yk_crisis_escalation_risk(in, YK_STANCE_DEFEND);
    m->rho[YK_STANCE_THREAT] = yk_crisis_escalation_risk(in, YK_STANCE_THREAT);
    m->halt = c[YK_KC_USE_HALT];
    m->retaliation = c[YK_KC_RETALIATION];
    m->spread = c[YK_KC_USE_SPREAD];
    m->t_nuclear = in->warheads_t > 0;
    m->a_nuclear = in->warheads_a > 0;
    m->threat = in->warheads_p > 0 &&
                (in->umbrella || in->commitment >= c[YK_KC_THREAT_COMMITMENT]);
    m->exchange_if_held = c[YK_KC_EXCHANGE_IF_HELD];
    yk_crisis_model_rungs(m);
}

void yk_crisis_model_rungs(yk_crisis_model *m)
{
    int t;
    for (t = 0; t < 2; t++) {
        yk_crisis_value hold = cr_rungs(m, YK_MODE_DEFEND, t, true);
        yk_crisis_value yield = cr_rungs(m, YK_MODE_DEFEND, t, false);
        m->holds[t] = cr_value_p(&hold) >= cr_value_p(&yield) - CR_TIE;
    }
}

void yk_crisis_model_without_bomb(yk_crisis_model *m)
{
    m->t_nuclear = false;
    m->dmg_a_by_t = 0;
    m->autonomy = 0;
    yk_crisis_model_rungs(m); /* conceding T no longer devalues as a nuclear T's loss */
}
