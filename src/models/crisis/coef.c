/*
 * coef.c - the crisis engine's coefficients: one table with each one's
 * name, default, allowed range, documented plausible range, unit, source
 * and meaning (docs/MODEL.md section 9 prints the same table).
 *
 * Signs follow the literature cited; sizes are judgement calls marked
 * "assumption" with a range:
 *   T80   Tullock, G. (1980) "Efficient Rent Seeking", in Buchanan et al.,
 *         Toward a Theory of the Rent-Seeking Society (the contest function).
 *   H89   Hirshleifer, J. (1989) "Conflict and rent-seeking success
 *         functions: ratio vs. difference models of relative success",
 *         Public Choice 63: 101-112 (the decisiveness exponent m).
 *   B62   Boulding, K. (1962) Conflict and Defense (the loss-of-strength
 *         gradient: power projected far from home is discounted).
 *   F94   Fearon, J. (1994) "Domestic Political Audiences and the
 *         Escalation of International Disputes", APSR 88(3) (audience
 *         costs of backing down).
 *   S66   Schelling, T. C. (1966) Arms and Influence (the tripwire;
 *         threats that leave something to chance).
 *   FS14  Fuhrmann, M. & Sechser, T. S. (2014), AJPS 58(4) (formal
 *         commitments and their costs of abandonment).
 */

#include "models/crisis/crisis_int.h"

#define A "assumption"
#define ROW(name, def, lo, hi, rlo, rhi, unit, src, doc) \
    {"crisis", name, def, lo, hi, rlo, rhi, unit, src, doc}

static const yk_coefficient_spec specs[] = {
    ROW("hesitancy", 0.3, 0, 1, 0.1, 0.6, "share", A,
        "a hesitant patron's stake in T as a share of a resolute one's"),
    ROW("contest_m", 1.5, 0.1, 10, 1, 3, "exponent", "T80; H89 (form); size assumption",
        "decisiveness m of the contest function p = C_A^m / (C_A^m + C_D^m)"),
    ROW("projection", 0.25, 0, 1, 0.1, 0.5, "share", "B62 (sign); size assumption",
        "share of a distant side's conventional power it brings to the theatre"),
    ROW("aid_share", 0.05, 0, 1, 0.02, 0.1, "share", A,
        "share of the patron's conventional power its aid adds to T when it abandons"),
    ROW("war_cost_aggressor", 0.3, 0, 5, 0.1, 0.6, "x stake", A,
        "A's cost of a war, as a share of its stake"),
    ROW("war_cost_target", 0.5, 0, 5, 0.2, 0.8, "x stake", A,
        "T's cost of a war fought on its soil, as a share of its stake"),
    ROW("war_cost_patron", 0.3, 0, 5, 0.1, 0.6, "x stake", A,
        "P's cost of fighting the war, as a share of its stake"),
    ROW("intervention_cost", 0.05, 0, 5, 0.01, 0.1, "stake units", A,
        "P's cost of intervening at all (deployment), even if A then backs down"),
    ROW("backdown_cost", 0.3, 0, 5, 0.1, 0.6, "x stake", "F94 (sign); size assumption",
        "A's cost of backing down after attacking, as a share of its stake at resolve 0.5 (scaled by 2 x resolve)"),
    ROW("damage_half", 50, 1, 1e5, 10, 200, "warheads", A,
        "delivered warheads that destroy half of what a state values: damage d(W) = W / (W + half)"),
    ROW("damage_weight", 5, 0, 100, 2, 20, "stake units", A,
        "the payoff loss of total destruction, d = 1 (losing a war of conquest costs the stake, at most 1)"),
    ROW("world_order_cost", 0.5, 0, 10, 0.2, 1, "stake units", "assumption (the hegemon's-dilemma post: the nuclear order)",
        "P's cost of any nuclear use in the crisis (the taboo broken)"),
    ROW("escalation_defend", 0.05, 0, 1, 0.01, 0.1, "probability", "S66 (form); size assumption; ladder engine later",
        "probability that A fighting on against P's conventional defence ends in a nuclear exchange (A or P nuclear)"),
    ROW("escalation_threat", 0.15, 0, 1, 0.05, 0.3, "probability", "S66 (form); size assumption; ladder engine later",
        "the same after P's explicit nuclear threat"),
    ROW("use_halt", 0.6, 0, 1, 0.2, 0.8, "probability", A,
        "probability that T's nuclear use halts the conquest"),
    ROW("retaliation", 0.5, 0, 1, 0.2, 0.9, "probability", A,
        "probability that a nuclear A answers T's nuclear use in kind"),
    ROW("use_spread", 0.2, 0, 1, 0.05, 0.4, "probability", "assumption (the hegemon's-dilemma post: escalation to the patron's homeland)",
        "probability that T's nuclear use draws P into an exchange with a nuclear A"),
    ROW("reputation_weight", 0.5, 0, 10, 0.2, 1, "stake units", "FS14; S66 (sign); size assumption",
        "P's reputation cost of abandoning T to conquest at full commitment, forces, consultation and sharing"),
    ROW("devaluation_weight", 6, 0, 100, 2, 10, "stake units",
        "assumption (the hegemon's-dilemma post: the alliance system is the foundation of the patron's hegemony)",
        "P's payoff per unit of the alliance network's loss (value x lost credibility x sensitivity)"),
    ROW("devaluation_shock", 0.5, 0, 1, 0.3, 0.8, "share", "assumption (the hegemon's-dilemma post)",
        "share of each other ally's credibility lost (times its similarity to T) when a nuclear T is conquered without using its weapons"),
    ROW("abandonment_shock", 0.3, 0, 1, 0.15, 0.5, "share", "assumption (as cascade's shock_abandonment)",
        "the same when a non-nuclear T is abandoned and conquered, times P's commitment to T"),
    ROW("autonomy_scale", 0.5, 0, 1, 0.2, 1, "0..1", "assumption (the hegemon's-dilemma post: command integration)",
        "autonomy of a fully independent, unintegrated nuclear T: autonomy = scale x independence x (1 - integration)"),
    ROW("threat_commitment", 0.5, 0, 1, 0.3, 0.7, "0..1", A,
        "P's commitment from which it may threaten nuclear use for T (an umbrella or sharing always may)"),
    ROW("signal_cost", 0.05, 0, 5, 0.01, 0.1, "stake units", A,
        "P's cost of the pre-crisis signal (deploying forces, signing a guideline)"),
    ROW("signal_tie", 0.3, 0, 1, 0.1, 0.5, "0..1", "S66; FS14 (hand-tying); size assumption",
        "rise of forward forces and consultation (capped at 1) by the signal"),
    ROW("escalation_gap", 0.5, 0, 1, 0.2, 1, "0..1",
        "S66 (sign: the side with usable theatre weapons can make the threat that leaves something to chance); size assumption; ladder engine later",
        "how far A's share s of the theatre-usable nuclear warheads moves the escalation risk: r = r0 x (1 + gap x (2 s - 1))"),
    ROW("exchange_if_held", 0.3, 0, 1, 0.1, 0.6, "probability",
        "S66 (the threat that leaves something to chance); size assumption; ladder engine later",
        "probability that P holding firm after a nuclear A's escalation ends in a nuclear exchange (else A's threat fails and it backs off)"),
};

_Static_assert(sizeof specs / sizeof specs[0] == YK_KC_COUNT,
               "one row per yk_crisis_coef_id, in its order");

const yk_coefficient_spec *yk_crisis_coef_specs(void)
{
    return specs;
}

int yk_crisis_coef_find(const char *name)
{
    return yk_coefficient_index(specs, YK_KC_COUNT, name);
}

void yk_crisis_coef_defaults(double c[YK_KC_COUNT])
{
    yk_coefficient_defaults(specs, YK_KC_COUNT, c);
}
