/*
 * escalation.c - the aggressor's escalation threat (docs/MODEL.md section
 * 9, "the aggressor's escalation threat"): the probability that A,
 * fought by P, climbs to the nuclear rungs rather than fighting the war
 * out conventionally. From the ladder engine's continuation value after
 * P defends when the sampler could build it (wiring.c), else from the
 * coefficients and the theatre nuclear balance as before.
 */
#include "models/crisis/crisis_int.h"

/* A's share of the warheads usable at the theatre rungs, 1/2 when
 * neither side has any there. */
static double theatre_share(const yk_theatre_values *v)
{
    double na = v->nuclear[YK_SIDE_AGGRESSOR];
    double np = v->nuclear[YK_SIDE_PATRON] + v->nuclear[YK_SIDE_TARGET];
    return na + np > 0 ? na / (na + np) : 0.5;
}

static double clamp01(double r)
{
    return r < 0 ? 0 : r > 1 ? 1 : r;
}

/* The ladder's P(nuclear use) from the highest conventional rung is rho
 * after a defence. The ladder has no separate threat move, so a threat
 * keeps the coefficients' ratio of the two stances (escalation_threat /
 * escalation_defend: a threat makes escalation that many times likelier);
 * with escalation_defend 0 the ratio is undefined and a threat gives the
 * larger of the two. */
static double from_ladder(const yk_crisis_inputs *in, yk_crisis_stance stance)
{
    double p = in->ladder_p_nuclear;
    double r0d = in->c[YK_KC_ESCALATION_DEFEND], r0t = in->c[YK_KC_ESCALATION_THREAT];
    if (stance == YK_STANCE_DEFEND)
        return clamp01(p);
    return clamp01(r0d > 0 ? p * r0t / r0d : p > r0t ? p : r0t);
}

double yk_crisis_escalation_risk(const yk_crisis_inputs *in,
                                 yk_crisis_stance stance)
{
    double r0, r;
    if (in->warheads_a <= 0 && in->warheads_p <= 0)
        return 0;
    if (in->ladder)
        return from_ladder(in, stance);
    r0 = in->c[stance == YK_STANCE_THREAT ? YK_KC_ESCALATION_THREAT
                                          : YK_KC_ESCALATION_DEFEND];
    if (in->warheads_a <= 0 || !in->has_theatre)
        return r0;
    r = r0 * (1 + in->c[YK_KC_ESCALATION_GAP] * (2 * theatre_share(&in->theatre) - 1));
    return clamp01(r);
}
