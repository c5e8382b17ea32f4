/*
 * coef.c - the cascade engine's coefficients: one table with each one's
 * name, default, allowed range, documented plausible range, unit, source
 * and meaning (docs/MODEL.md "cascade" prints the same table).
 *
 * Signs come from the quantitative proliferation literature where it has
 * them; sizes are judgement calls marked "assumption" with a range. The
 * literature cited:
 *   SW04  Singh, S. & Way, C. R. (2004) "The Correlates of Nuclear
 *         Proliferation: A Quantitative Test", Journal of Conflict
 *         Resolution 48(6): 859-885 (external threat / rivalry raises, a
 *         great-power security guarantee lowers the hazard).
 *   JG07  Jo, D.-J. & Gartzke, E. (2007) "Determinants of Nuclear Weapons
 *         Proliferation", Journal of Conflict Resolution 51(1): 167-194
 *         (latent capacity and security threats raise it; a nuclear
 *         defender and NPT membership lower it).
 *   BL14  Bleek, P. C. & Lorber, E. B. (2014) "Security Guarantees and
 *         Allied Nuclear Proliferation", Journal of Conflict Resolution
 *         58(3): 429-454 (security guarantees reduce allied pursuit).
 *   FS14  Fuhrmann, M. & Sechser, T. S. (2014) "Signaling Alliance
 *         Commitments: Hand-Tying and Sunk Costs in Extended Nuclear
 *         Deterrence", American Journal of Political Science 58(4):
 *         919-935 (formal pacts deter; weapons deployed abroad show no
 *         clear added effect).
 *   S66   Schelling, T. C. (1966) Arms and Influence (the tripwire).
 *   B17   Bleek, P. C. (2017) "When Did (and Didn't) States Proliferate?
 *         Chronicling the Spread of Nuclear Weapons", Belfer Center /
 *         James Martin CNS discussion paper, Table 1 (as digitised by Our
 *         World in Data): 17 programmes 1942-2022, 10 acquired, 7 ended
 *         without weapons, over 236 pursuit-years (tests/data/bleek2017).
 *   M14   Miller, N. L. (2014) "The Secret Success of Nonproliferation
 *         Sanctions", International Organization 68(4): 913-944 (US
 *         sanctions and their threat deter and reverse programmes).
 *   L18   Lanoszka, A. (2018) Atomic Assurance: The Alliance Politics of
 *         Nuclear Proliferation, Cornell UP (allies proliferate when the
 *         patron's commitment looks weak; a tolerated ally's bomb tells
 *         the others about the patron).
 *   KF11  Kreps, S. E. & Fuhrmann, M. (2011) "Attacking the Atom: Does
 *         Bombing Nuclear Facilities Affect Proliferation?", Journal of
 *         Strategic Studies 34(2): 161-187 (strikes delay programmes,
 *         rarely end them).
 *   FK10  Fuhrmann, M. & Kreps, S. E. (2010) "Targeting Nuclear Programs
 *         in War and Peace: A Quantitative Empirical Analysis, 1941-2000",
 *         Journal of Conflict Resolution 54(6): 831-859 (rivals strike
 *         programmes; a handful of attacks in the record).
 *   BH11  Braut-Hegghammer, M. (2011) "Revisiting Osirak: Preventive
 *         Attacks and Nuclear Proliferation Risks", International
 *         Security 36(1): 101-132 (the 1981 strike hardened Iraq's resolve).
 */

#include "core/alloc.h"
#include "models/cascade/cascade_int.h"

#define A "assumption"
#define ROW(name, def, lo, hi, rlo, rhi, unit, src, doc) \
    {"cascade", name, def, lo, hi, rlo, rhi, unit, src, doc}

static const yk_coefficient_spec specs[] = {
    ROW("kappa_base", 0.10, -1, 1, 0, 0.3, "0..1", A,
        "credibility target of an alliance with no commitment, forces, consultation or sharing"),
    ROW("kappa_commitment", 0.35, 0, 1, 0.2, 0.5, "per unit", "FS14 (sign); size assumption",
        "target gained per unit of commitment"),
    ROW("kappa_forward", 0.20, 0, 1, 0.1, 0.3, "per unit", "S66; FS14 (sign); size assumption",
        "target gained per unit of forward forces (the tripwire)"),
    ROW("kappa_consultation", 0.15, 0, 1, 0.05, 0.25, "per unit", A,
        "target gained per unit of nuclear consultation (the 2024 umbrella explainer: the 2024 guidelines)"),
    ROW("kappa_sharing", 0.10, 0, 1, 0, 0.2, "0..1", "FS14 finds no clear effect: range includes 0; assumption",
        "target gained by nuclear sharing (weapons stationed or kind nuclear_sharing)"),
    ROW("kappa_growth", 0.15, 0, 1, 0.05, 0.3, "per unit", A,
        "target lost per unit of the adversaries' arsenal growth (the 2024 umbrella explainer; Higuchi 2025)"),
    ROW("kappa_theatre", 0.10, 0, 1, 0, 0.2, "per unit", A,
        "target lost per unit of the adversaries' theatre superiority over the patron (Higuchi 2025)"),
    ROW("kappa_rate", 0.20, 0, 1, 0.1, 0.5, "1/yr", A,
        "share of the gap to the target closed each year (half-life about 3 years)"),
    ROW("kappa_anchor", 0.5, 0, 1, 0, 1, "share", A,
        "weight of the world's credibility (a judgement of the data) in the target; the rest is structural"),
    ROW("shock_abandonment", -0.30, -1, 0, -0.5, -0.15, "share", A,
        "shock of a patron abandoning an ally, as a share of the credibility left"),
    ROW("shock_aid_halt", -0.15, -1, 0, -0.3, -0.05, "share", A,
        "shock of a patron halting aid to an ally or partner (Higuchi 2025)"),
    ROW("shock_neglect", -0.10, -1, 0, -0.2, -0.05, "share", A,
        "shock of neglect or a withdrawal of forces"),
    ROW("shock_reassurance", 0.10, 0, 1, 0.05, 0.2, "share", A,
        "shock of reassurance, a deployment or resumed aid, as a share of the credibility missing"),
    ROW("shock_persistence", 0.5, 0, 1, 0, 1, "share", A,
        "share of each shock that shifts the alliance's credibility target for good"),
    ROW("similarity_floor", 0.2, 0, 1, 0, 0.4, "0..1", A,
        "similarity of any two allies of one patron (alliance network)"),
    ROW("similarity_region", 0.4, 0, 10, 0.2, 0.6, "weight", A,
        "weight of 'same region' in the similarity of two alliances"),
    ROW("similarity_adversary", 0.4, 0, 10, 0.2, 0.6, "weight", A,
        "weight of 'a common rival' in the similarity of two alliances"),
    ROW("similarity_kind", 0.2, 0, 10, 0, 0.4, "weight", A,
        "weight of 'the same kind of alliance' in the similarity of two alliances"),
    ROW("threat_hostility", 0.25, 0, 10, 0, 0.5, "per rival", "SW04 (rivalry raises the hazard); size assumption",
        "threat from a rival regardless of its arsenal, per unit of rivalry intensity"),
    ROW("arsenal_ref", 1000, 1, 1e6, 100, 5000, "warheads", A,
        "arsenal whose threat weight is 1 (weight ln(1+W)/ln(1+ref))"),
    ROW("new_arsenal", 20, 1, 1e5, 5, 100, "warheads", A,
        "arsenal of a state that goes nuclear in a run (North Korea has ~50 after two decades: FACTS.md)"),
    ROW("hazard_base", -6.0, -20, 5, -7, -5, "logit", "assumption: the order of the historical onset rates (SW04)",
        "intercept of the yearly hazard: logistic(-6) is 0.25% a year"),
    ROW("hazard_hedge", 1.0, 0, 10, 0.5, 2, "logit", A,
        "added to the logit for the first step, none to hedging (hedging is cheap)"),
    ROW("hazard_threat", 1.5, 0, 10, 0.5, 2.5, "logit per unit", "SW04; JG07 (sign); size assumption",
        "logit per unit of threat"),
    ROW("hazard_umbrella", 2.0, 0, 10, 1, 3, "logit per unit", "BL14; JG07 (sign); size assumption",
        "logit per unit of 1 - credibility of the state's umbrella (1 without an umbrella)"),
    ROW("hazard_support", 2.0, 0, 10, 0.5, 3, "logit per unit", "assumption (Higuchi 2025: polls; no quantitative estimate)",
        "logit per unit of public support for own weapons"),
    ROW("hazard_latency", 1.5, 0, 10, 0.5, 2.5, "logit per unit", "JG07 (sign); size assumption",
        "logit per unit of latency L = latency_ref / (latency_ref + breakout months)"),
    ROW("hazard_value", 2.0, 0, 10, 0, 4, "logit per unit", "assumption (the hegemon's-dilemma post)",
        "logit per unit of V - value_start, the political value of nuclear weapons"),
    ROW("hazard_npt", 1.0, 0, 10, 0.5, 2, "logit", "JG07 (sign); size assumption",
        "logit lost by a non-nuclear-weapon state party to the NPT (the exit cost)"),
    ROW("hazard_opposition", 1.0, 0, 10, 0.5, 2, "logit per unit", "BL14 (sign); size assumption",
        "logit lost per unit of commitment of a patron that opposes proliferation"),
    ROW("hazard_encouragement", 2.0, 0, 10, 1, 3, "logit", "assumption (Graefrath & Raymond 2025)",
        "logit gained by a state its patron encourages (selective proliferation)"),
    ROW("hazard_sharing", 0.5, 0, 10, 0, 1, "logit", A,
        "logit lost by a state that takes part in nuclear sharing"),
    ROW("latency_ref", 12, 0.1, 600, 6, 24, "months", A,
        "breakout time at which latency L is one half"),
    ROW("value_start", 0.5, 0, 1, 0, 1, "0..1", A,
        "political value of nuclear weapons V in the first year, and the level it returns to"),
    ROW("value_rate", 0.1, 0, 1, 0, 0.3, "1/yr", A,
        "share of the gap between V and value_start closed each year"),
    ROW("value_new_state", 0.05, 0, 1, 0, 0.1, "per state", A,
        "rise of V when a state goes nuclear (demonstration)"),
    ROW("devaluation_value", 0.5, 0, 1, 0.2, 0.8, "share", "assumption (the hegemon's-dilemma post)",
        "share of V lost when a nuclear-armed ally is conquered while restrained"),
    ROW("devaluation_kappa", 0.3, 0, 1, 0.1, 0.5, "share", "assumption (the hegemon's-dilemma post)",
        "share of every alliance's credibility lost in that shock"),
    ROW("burden_self_share", 0.5, 0, 1, 0.2, 0.8, "share", "assumption (Graefrath & Raymond 2025)",
        "share of the threat to a nuclear-armed ally that its own arsenal takes off its patron"),
    ROW("npt_hedging", 0.1, 0, 1, 0, 0.3, "0..1", A,
        "NPT-health loss of a party that hedges"),
    ROW("npt_programme", 0.5, 0, 1, 0.3, 0.8, "0..1", A,
        "NPT-health loss of a party with a weapons programme (1 when it has weapons)"),
    ROW("acquire_base", -1.0, -20, 5, -2, 0, "logit", "B17 (checked: 10 of 17 programmes acquired, median 10 years); size assumption",
        "yearly logit of a programme yielding weapons once its technical delay (breakout) is over, without pressure"),
    ROW("acquire_pressure", 1.5, 0, 10, 0.5, 3, "logit per unit", "M14 (sign); size assumption",
        "logit of acquisition lost per unit of counter-proliferation pressure (patron opposition + sanctions + constraint)"),
    ROW("reversal_base", -3.5, -20, 5, -4.5, -2.5, "logit", "B17: 6 programmes ended without weapons in 239 pursuit-years (2.5% a year; logistic(-3.5) is 2.9%)",
        "yearly logit of a programme being abandoned (back to hedging) without pressure"),
    ROW("reversal_pressure", 1.0, 0, 10, 0.5, 2, "logit per unit", "M14 (sign: Libya, South Korea); size assumption",
        "logit of reversal gained per unit of counter-proliferation pressure"),
    ROW("hazard_sanctions", 1.0, 0, 10, 0.5, 2, "logit", "M14 (sign); size assumption",
        "logit lost by a sanctioned state on the steps to hedging and to a programme"),
    ROW("strike_setback", 0.5, 0, 1, 0.3, 0.8, "probability", "KF11 (strikes delay, rarely end programmes); assumption",
        "probability a preventive strike sets a programme back to hedging"),
    ROW("strike_delay", 24, 0, 600, 6, 60, "months", "KF11; assumption",
        "months a preventive strike adds to the target's breakout time"),
    ROW("strike_resolve", 0.5, 0, 10, 0, 1, "logit", "BH11 (Osirak hardened Iraq's resolve); size assumption",
        "logit gained by a struck state on the steps to hedging and to a programme"),
    ROW("constraint_rollback", 0.7, 0, 1, 0.5, 0.9, "probability", "assumption (the 1994 Agreed Framework, the 2015 JCPOA)",
        "probability a negotiated constraint turns a programme back to hedging"),
    ROW("constraint_breakout", 12, 0, 600, 6, 24, "months", "assumption (the JCPOA's one-year breakout goal)",
        "breakout time a negotiated constraint keeps at least"),
    ROW("demo_programme", 0.5, 0, 10, 0, 1, "logit per unit", "L18 (sign); size assumption",
        "logit gained per unit of similarity to a state that starts a programme (demonstration)"),
    ROW("demo_nuclear", 1.5, 0, 10, 0.5, 2.5, "logit per unit", "L18 (sign); size assumption",
        "logit gained per unit of similarity to a state that goes nuclear (demonstration)"),
    ROW("demo_outsider", 0.5, 0, 1, 0, 1, "share", A,
        "similarity of two states without a common patron, as a share of the region and rival terms"),
    ROW("shock_tolerance", -0.10, -1, 0, -0.3, 0, "share", "L18 (sign); size assumption",
        "shock to a patron's other alliances when it tolerates an ally's bomb, spread by the network"),
    ROW("strike_option", 0.1, 0, 1, 0.02, 0.2, "per year", "FK10 (a handful of attacks on programmes); size assumption",
        "yearly probability that a rival strikes a programme, per unit of rivalry intensity x the rival's long-range strike"),
    ROW("sanction_option", 0.3, 0, 1, 0.1, 0.5, "per year", "M14 (US pressure on allies' programmes in the 1970s); size assumption",
        "yearly probability that an opposing patron sanctions its ally's programme, per unit of its commitment"),
};

_Static_assert(sizeof specs / sizeof specs[0] == YK_CC_COUNT,
               "one row per yk_cascade_coef_id, in its order");

const yk_coefficient_spec *yk_cascade_coef_specs(void)
{
    return specs;
}

int yk_cascade_coef_find(const char *name)
{
    return yk_coefficient_index(specs, YK_CC_COUNT, name);
}

void yk_cascade_coef_default(yk_cascade_coef *c)
{
    yk_coefficient_defaults(specs, YK_CC_COUNT, c->v);
}

yk_cascade_coef *yk_cascade_coef_new(void)
{
    yk_cascade_coef *c = yk_malloc(sizeof *c);
    if (c)
        yk_cascade_coef_default(c);
    return c;
}

void yk_cascade_coef_free(yk_cascade_coef *c)
{
    yk_free(c);
}

double yk_cascade_coef_get(const yk_cascade_coef *c, yk_cascade_coef_id id)
{
    return c->v[id];
}

void yk_cascade_coef_set(yk_cascade_coef *c, yk_cascade_coef_id id, double value)
{
    c->v[id] = value;
}
