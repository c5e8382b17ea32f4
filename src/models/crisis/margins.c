/*
 * margins.c - how close each decision of a crisis solution is: the value
 * of the action taken minus that of the best other, in the deciding
 * player's payoff. A margin within CR_TIE is an exact tie that the
 * solver broke by its rule (the first action), not a decision: the
 * explanations say so, and a sweep reports no crossing where only a
 * tie-break changes (docs/MODEL.md section 9).
 */
#include <math.h>

#include "models/crisis/crisis_int.h"

const char *const yk_cr_decision_name[YK_CR_DECISIONS] = {
    "attack", "respond_resolute", "respond_hesitant", "reply_defend", "reply_threat"};

/* The action taken at each decision, for comparing two solutions. */
int yk_cr_decision_chosen(const yk_crisis_solution *s, int d)
{
    int r;
    switch (d) {
    case YK_CR_DEC_ATTACK: return s->p_attack > 0.5;
    case YK_CR_DEC_RESPOND_RESOLUTE:
    case YK_CR_DEC_RESPOND_HESITANT:
        for (r = 0; r < 2 && s->s.respond[d - YK_CR_DEC_RESPOND_RESOLUTE][r] < 0.5; r++)
            ;
        return r;
    case YK_CR_DEC_REPLY_DEFEND: return s->s.fight[YK_MODE_DEFEND] > 0.5;
    default: return s->s.fight[YK_MODE_THREAT] > 0.5;
    }
}

/* The decider's payoff of `action` at decision d, under s's profile. */
static double value(const yk_crisis_model *m, const yk_crisis_solution *s, int d, int action)
{
    yk_crisis_mode mode = d == YK_CR_DEC_REPLY_DEFEND ? YK_MODE_DEFEND : YK_MODE_THREAT;
    double mu;
    yk_crisis_value v, f0, f1;
    switch (d) {
    case YK_CR_DEC_ATTACK: return action ? s->attack_value.a : 0;
    case YK_CR_DEC_RESPOND_RESOLUTE:
    case YK_CR_DEC_RESPOND_HESITANT:
        v = yk_crisis_value_of_response(m, &s->s, d - YK_CR_DEC_RESPOND_RESOLUTE,
                                        (yk_crisis_response)action);
        return yk_crisis_value_p(&v);
    default:
        if (!action)
            return -m->backdown;
        mu = s->belief[mode];
        f0 = yk_cr_value_fight(m, &s->s, mode, 0);
        f1 = yk_cr_value_fight(m, &s->s, mode, 1);
        return mu * f0.a + (1 - mu) * f1.a;
    }
}

static int actions(const yk_crisis_model *m, int d)
{
    return d == YK_CR_DEC_RESPOND_RESOLUTE || d == YK_CR_DEC_RESPOND_HESITANT
               ? yk_cr_responses(m) : 2;
}

void yk_cr_margins(const yk_crisis_model *m, const yk_crisis_solution *s,
                   double margin[YK_CR_DECISIONS])
{
    int d, r;
    for (d = 0; d < YK_CR_DECISIONS; d++) {
        int c = yk_cr_decision_chosen(s, d);
        double own = value(m, s, d, c), best = -INFINITY;
        if (d == YK_CR_DEC_REPLY_THREAT && !m->threat) {
            margin[d] = NAN;
            continue;
        }
        for (r = 0; r < actions(m, d); r++)
            if (r != c && value(m, s, d, r) > best)
                best = value(m, s, d, r);
        margin[d] = own - best;
    }
}

bool yk_cr_is_tie(double margin) { return fabs(margin) <= CR_TIE; }

bool yk_cr_tie_break_only(const yk_crisis_model *ma, const yk_crisis_solution *a,
                          const yk_crisis_model *mb, const yk_crisis_solution *b)
{
    int d, changed = 0;
    for (d = 0; d < YK_CR_DECISIONS; d++) {
        int ca = yk_cr_decision_chosen(a, d), cb = yk_cr_decision_chosen(b, d);
        if (ca == cb)
            continue;
        changed++;
        /* The two actions the change is between, tied on neither side: a
         * payoff crossed another. */
        if (!yk_cr_is_tie(value(ma, a, d, ca) - value(ma, a, d, cb)) &&
            !yk_cr_is_tie(value(mb, b, d, ca) - value(mb, b, d, cb)))
            return false;
    }
    return changed > 0;
}
