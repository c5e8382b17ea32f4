/*
 * coef.c - the exchange engine's coefficients: name, default, allowed
 * range, documented plausible range, unit, source and meaning (docs/
 * MODEL.md "exchange" prints the same table). Unconfirmed values are
 * ranged assumptions, never silent constants. The literature cited:
 *   GD77  Glasstone, S. & Dolan, P. J. (1977) The Effects of Nuclear
 *         Weapons, 3rd ed. (cube-root scaling of blast radii; soft
 *         structures fail at a few psi).
 *   F1    the SSPK calculator of jimjkelly/missile-defense (ANCHORS F1:
 *         defence layers as tracking x (1 - (1 - pk)^n)).
 *   LP06  Lieber, K. & Press, D. (2006) "The End of MAD?", International
 *         Security 30(4) (1-on-1 / 2-on-1 shot doctrine; most accurate
 *         weapons on the hardest targets).
 *   GL18  Geist, E. & Lohn, A. (2018) RAND PE-296 (3-5 warheads to cover
 *         one dispersed mobile launcher: hunting is costly).
 *   KT89  Kent, G. & Thaler, D. (1989) First-Strike Stability, RAND
 *         R-3765-AF (cost = own damage + weight x the opponent's
 *         surviving value; the weight is unconfirmed here).
 *   ES71  Enthoven, A. & Smith, K. W. (1971) How Much Is Enough?
 *         (McNamara's assured-destruction criterion: ~400 equivalent
 *         megatons destroy a quarter to a third of the Soviet population
 *         and about two thirds of its industry).
 */
#include "models/exchange/exchange_int.h"

#define A "assumption"
#define ROW(name, def, lo, hi, rlo, rhi, unit, src, doc) \
    {"exchange", name, def, lo, hi, rlo, rhi, unit, src, doc}

static const yk_coefficient_spec specs[] = {
    ROW("lr_constant", 2.62, 2.5, 2.7, 2.62, 2.63, "nmi", "FACTS section 3; ANCHORS F1/F5 (2.62); variants use 2.63",
        "k of the lethal radius k x 1852 m x (Y/1000 kt)^(1/3) / H^(1/3)"),
    ROW("reserve_share", 0.2, 0, 0.95, 0.1, 0.4, "0..1", A,
        "share of the striker's available warheads held back from the counterforce strike"),
    ROW("generation", 1.0, 0, 1, 0.5, 1.0, "0..1", A,
        "share of the striker's non-alert warheads readied for a deliberate first strike"),
    ROW("max_shots", 2, 1, 8, 1, 3, "shots", "LP06; MODEL.md section 5 (1-on-1 / 2-on-1)",
        "fratricide limit: most warheads on one aim point"),
    ROW("garrison_launchers", 4, 1, 50, 2, 10, "launchers", A,
        "road-mobile launchers per garrison aim point"),
    ROW("garrison_psi", 20, 1, 1000, 10, 50, "psi", "GD77 (soft structures); size assumption",
        "hardness of a mobile-launcher garrison"),
    ROW("port_psi", 15, 1, 1000, 10, 30, "psi", "GD77 (soft structures); size assumption",
        "hardness of an SSBN in port"),
    ROW("airbase_psi", 10, 1, 1000, 5, 20, "psi", "GD77 (aircraft fail at a few psi); size assumption",
        "hardness of aircraft and weapons at a bomber or theatre base"),
    ROW("command_psi", 1000, 1, 100000, 300, 3000, "psi", A,
        "hardness of a national command post"),
    ROW("command_value", 5, 0, 500, 0, 50, "warheads", A,
        "warhead-equivalents the striker assigns to one command post (0: command posts spared)"),
    ROW("decapitation", 0.1, 0, 1, 0, 0.5, "0..1", A,
        "share of retaliation lost when every command post is destroyed (scaled by the share killed)"),
    ROW("dispersed_hunt", 0.05, 0, 1, 0, 0.2, "0..1", "GL18 (sign); size assumption",
        "share of dispersed or escaped mobile launchers still found and destroyed"),
    ROW("asw", 0.0, 0, 1, 0, 0.1, "0..1", A,
        "share of SSBN warheads at sea lost to anti-submarine warfare during the strike"),
    ROW("value_emt", 400, 1, 100000, 200, 1000, "EMT", "ES71 (scale); functional form assumption",
        "equivalent megatons that destroy 1 - 1/e (63%) of a state's value"),
    ROW("cost_weight", 0.5, 0, 5, 0.25, 1.0, "per unit", "KT89 (form); size assumption",
        "weight on the opponent's surviving value in each side's cost"),
    ROW("interceptors_usa", 44, 0, 100000, 40, 64, "interceptors", A,
        "US homeland interceptors (GBI class; not in FACTS)"),
    ROW("interceptors_rus", 68, 0, 100000, 0, 68, "interceptors", A,
        "Russian strategic interceptors around Moscow (A-135/A-235 class; not in FACTS)"),
    ROW("interceptors_chn", 0, 0, 100000, 0, 50, "interceptors", A,
        "Chinese strategic interceptors (none known; not in FACTS)"),
    ROW("intercept_pk", 0.5, 0, 1, 0.3, 0.8, "0..1", "F1 (form); size assumption",
        "kill probability of one interceptor shot on a tracked warhead"),
    ROW("intercept_tracking", 0.9, 0, 1, 0.5, 1.0, "0..1", "F1 (form); size assumption",
        "probability that a warhead is detected and tracked"),
    ROW("interceptors_per_warhead", 2, 1, 8, 1, 4, "interceptors", "F1 (form); size assumption",
        "interceptors fired at one engaged warhead"),
    ROW("shoot_look_shoot", 0, 0, 1, 0, 1, "flag", A,
        "1: fire the next interceptor only after the previous one missed"),
    ROW("upload_share", 0, 0, 1, 0, 1, "0..1", "NS (limits expired 5 Feb 2026: GEO; BM); size assumption",
        "share of the launchers' spare capacity filled from the reserve (upload after New START)"),
    ROW("min_side_warheads", 500, 0, 100000, 100, 1500, "warheads", A,
        "a nuclear state with at least this many warheads on its forces is a side of the run"),
};

_Static_assert(sizeof specs / sizeof specs[0] == YK_XC_COUNT,
               "one row per exchange coefficient");

const yk_coefficient_spec *yk_exchange_coef_specs(void)
{
    return specs;
}
