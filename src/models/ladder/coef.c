/*
 * coef.c - the ladder engine's coefficients: name, default, allowed range,
 * documented plausible range, unit, source and meaning (docs/MODEL.md
 * "ladder" prints the same table).
 *
 * Sources (by the key used in the table):
 *   K65   Kahn, H. (1965) On Escalation: Metaphors and Scenarios (the ladder).
 *   P26   Payne, K. (2026) "AI Arms and Influence" (Project Kahn: ladder
 *         values, the accident rule: 5%/turn at or above signalling,
 *         jumps of 1-3 rungs, never down).
 *   MP95  McKelvey, R. & Palfrey, T. (1995, 1998) quantal response
 *         equilibria, agent form for extensive games (the logit choice).
 *   T80, H89  the contest function and its decisiveness m (as the crisis
 *         engine).
 *   B62   Boulding (1962): power projected far from home is discounted.
 *   A18   Acton, J. (2018) "Escalation through Entanglement",
 *         International Security 43(1) (dual-use command, control and
 *         early warning raise the risk of inadvertent escalation).
 *   B93   Blair, B. (1993) The Logic of Accidental Nuclear War
 *         (launch on warning and pre-delegation raise accident risk).
 *   RH25  RUSI & HOPE (2025) "Reducing global reliance on nuclear
 *         deterrence" (conventional substitutes are more credible than a
 *         disproportionate nuclear reply; hotlines, data exchange, an NC3
 *         non-targeting pledge, de-alerting reduce risk).
 *   S66   Schelling (1966) Arms and Influence (threats that leave
 *         something to chance; credibility and proportion).
 * Sizes are judgement calls marked "assumption", each with a range.
 */
#include <stddef.h>

#include "yokushi/ladder.h"

#define A "assumption"
#define ROW(name, def, lo, hi, rlo, rhi, unit, src, doc) \
    {"ladder", name, def, lo, hi, rlo, rhi, unit, src, doc}

static const yk_coefficient_spec specs[YK_LC_COUNT] = {
    ROW("lambda", 10, 0, 1e4, 3, 30, "1/stake unit", "MP95 (form); size assumption",
        "logit rationality: move probabilities proportional to exp(lambda x value)"),
    ROW("horizon", 20, 2, YK_LADDER_MAX_HORIZON, 10, 40, "moves", A,
        "moves before an unresolved crisis is fought out at its current rung"),
    ROW("contest_m", 1.5, 0.1, 10, 1, 3, "exponent", "T80; H89 (form); size assumption",
        "decisiveness m of the contest p_A(k) = C_A(k)^m / (C_A(k)^m + C_D(k)^m)"),
    ROW("cost_scale", 0.5, 0, 10, 0.25, 1, "stake units", "P26 (shape: ladder values / 100); size assumption",
        "stake units per unit of a rung's base cost (default rungs: Payne's values / 100)"),
    ROW("resolve_cost", 0.5, 0, 1, 0.2, 0.8, "share", A,
        "how much resolve lowers a side's felt cost: x (1 + rc (1 - 2 resolve))"),
    ROW("projection", 0.25, 0, 1, 0.1, 0.5, "share", "B62 (sign); size assumption",
        "share of a distant side's conventional power it brings to the theatre (without theatre data)"),
    ROW("theatre_projection", 0.25, 0, 1, 0.1, 0.5, "share", "B62 (sign); size assumption",
        "share of a distant side's land- and air-based non-strategic warheads usable in the theatre (sea-based count whole; without theatre data)"),
    ROW("defence_effect", 0.3, 0, 1, 0.1, 0.5, "share", A,
        "share of long-range strikes (rung 4) the opponent's air and missile defence stops at index 1 (rungs 8-9: the exchange engine's interceptors)"),
    ROW("substitute_warheads", 50, 0, 1e3, 10, 150, "warheads", "RH25 (sign); size assumption",
        "warhead-equivalents of full rung-4 means answering at a theatre-nuclear rung, before their credibility"),
    ROW("proportion_gamma", 0.5, 0, 5, 0.2, 1.5, "exponent", "S66; RH25 (sign); size assumption",
        "credibility of a step from k to j: ((cost k + floor) / (cost j + floor))^gamma"),
    ROW("proportion_floor", 0.1, 0.001, 10, 0.05, 0.3, "cost units", A,
        "floor added to base costs in the proportionality of a step"),
    ROW("accident_scale", 1, 0, 10, 0.5, 2, "x", "P26 (base 5% a turn at signalling and above); K65",
        "multiplies every rung's base rate of unintended jumps"),
    ROW("jump_max", 3, 1, 10, 1, 3, "rungs", "P26 (1-3 rungs, uniform)",
        "an unintended jump climbs 1..jump_max rungs, each equally likely"),
    ROW("low_factor", 1, 0, 10, 0.5, 2, "x", "B93 (sign); size assumption",
        "a side on launch on warning multiplies its jump rate by 1 + this"),
    ROW("predelegation_factor", 1, 0, 10, 0.5, 2, "x", "B93 (sign); size assumption",
        "a side's jump rate is multiplied by 1 + this x its predelegation"),
    ROW("entanglement_factor", 2, 0, 20, 1, 4, "x", "A18 (sign); size assumption",
        "jump rate x (1 + this x dual-use x targeting x the opponent's rung-4 means) at and above the first rung-4 rung"),
    ROW("nc3_dual_use", 0.5, 0, 1, 0.3, 0.8, "share", "A18; size assumption",
        "share of a side's command, control and early warning that is dual-use"),
    ROW("nc3_targeting", 0.3, 0, 1, 0.1, 0.6, "share", "A18; RH25; size assumption",
        "share of a strategic conventional campaign aimed at the opponent's dual-use command and warning"),
    ROW("hotline", 0, 0, 1, 0, 1, "0..1", "RH25 (a measure of the scenario)",
        "a crisis hotline in place (0 none, 1 working)"),
    ROW("hotline_effect", 0.3, 0, 1, 0.1, 0.5, "share", "RH25 (sign); size assumption",
        "share of unintended jumps a working hotline stops"),
    ROW("data_exchange", 0, 0, 1, 0, 1, "0..1", "RH25 (a measure of the scenario)",
        "data exchange on stockpiles and launches in place"),
    ROW("data_exchange_effect", 0.15, 0, 1, 0.05, 0.3, "share", "RH25 (sign); size assumption",
        "share of unintended jumps data exchange stops"),
    ROW("nc3_pledge", 0, 0, 1, 0, 1, "0..1", "RH25 (a measure of the scenario)",
        "a pledge not to strike the other's nuclear command, control and warning"),
    ROW("nc3_pledge_effect", 0.8, 0, 1, 0.5, 1, "share", "RH25 (sign); size assumption",
        "share of the NC3 targeting the pledge removes"),
    ROW("dealerting", 0, 0, 1, 0, 1, "0..1", "RH25 (a measure of the scenario)",
        "forces de-alerted (launch on warning no longer possible in time)"),
    ROW("dealerting_effect", 0.3, 0, 1, 0.1, 0.5, "share", "B93; RH25 (sign); size assumption",
        "share of unintended jumps de-alerting stops; it also cancels launch on warning"),
    ROW("nfu_credibility", 0.7, 0, 1, 0.4, 0.9, "probability", A,
        "chance a declared no-first-use binds in a crisis"),
    ROW("sole_purpose_credibility", 0.6, 0, 1, 0.3, 0.9, "probability", A,
        "chance a declared sole purpose binds in a crisis"),
};

const yk_coefficient_spec *yk_ladder_coef_specs(void)
{
    return specs;
}

void yk_ladder_coef_defaults(double *c)
{
    yk_coefficient_defaults(specs, YK_LC_COUNT, c);
}
