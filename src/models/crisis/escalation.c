/*
 * escalation.c - the aggressor's escalation threat (docs/MODEL.md section
 * 9, "the aggressor's escalation threat"): the probability that A,
 * fought by P, escalates to nuclear use rather than losing
 * conventionally. One function of the dyad's inputs, so the ladder engine
 * can later replace its body with the ladder's continuation value.
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

double yk_crisis_escalation_risk(const yk_crisis_inputs *in,
                                 yk_crisis_stance stance)
{
    double r0, r;
    if (in->warheads_a <= 0 && in->warheads_p <= 0)
        return 0;
    r0 = in->c[stance == YK_STANCE_THREAT ? YK_KC_ESCALATION_THREAT
                                          : YK_KC_ESCALATION_DEFEND];
    if (in->warheads_a <= 0 || !in->has_theatre)
        return r0;
    r = r0 * (1 + in->c[YK_KC_ESCALATION_GAP] * (2 * theatre_share(&in->theatre) - 1));
    return r < 0 ? 0 : r > 1 ? 1 : r;
}
