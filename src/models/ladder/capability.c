/*
 * capability.c - each side's capability at each kind of rung, from the
 * world (docs/MODEL.md "ladder", "Capabilities"). A side is a team: its
 * leader (the aggressor; the patron, or the target defending alone) and
 * its partner (the target when a patron defends it).
 *
 * Three of them read other engines: with the crisis's theatre data
 * (theatre.h) rungs 1-3 are the theatre balance and rungs 6-7 the
 * theatre's nuclear warheads, the numbers the crisis engine reads
 * (yk_ld_theatre_*); without it the power-and-projection rule and the
 * non-strategic forces by region are the fallbacks. Rungs 8-9 are the
 * exchange engine's second strike (yk_ld_strategic_capability),
 * computed once per crisis (setup.c).
 */
#include <math.h>

#include "models/ladder/ladder_int.h"

static bool strategic(yk_force_type t)
{
    return t == YK_FORCE_ICBM_SILO || t == YK_FORCE_ICBM_MOBILE || t == YK_FORCE_SLBM ||
           t == YK_FORCE_BOMBER;
}

/* Conventional power in the theatre (rungs 1-3) WITHOUT theatre data:
 * the crisis engine's fallback rule (B62): a side in the theatre's region
 * brings all of its power; a distant one the share `projection`, raised
 * toward all of it by its forward forces in the target (the alliance's
 * forward_forces). */
double yk_ld_conventional_theatre_capability(const yk_world *w, const ld_team *t,
                                             const char *theatre, const double *c,
                                             yk_rng *r, ld_take_fn take)
{
    double sum = 0, proj = c[YK_LC_PROJECTION];
    int i;
    (void)w;
    (void)theatre;
    for (i = 0; i < 2; i++) {
        double power;
        if (!t->st[i])
            continue;
        power = take(&t->st[i]->conventional.power, r);
        if (t->distant[i]) {
            double fwd = t->al ? take(&t->al->forward_forces, r) : 0;
            power *= proj + (1 - proj) * fwd;
        }
        sum += power;
    }
    return sum;
}

/* Rung-4 means, 0..1: the best of the team's mean of long-range strike,
 * cyber and space (an ally's own strike means, e.g. Japan's Tomahawks,
 * count as the team's, RH25). */
double yk_ld_strategic_conventional_means(const ld_team *t, yk_rng *r, ld_take_fn take)
{
    double best = 0;
    int i;
    for (i = 0; i < 2; i++) {
        const yk_conventional *cv;
        double m;
        if (!t->st[i])
            continue;
        cv = &t->st[i]->conventional;
        m = (take(&cv->long_range_strike, r) + take(&cv->cyber, r) + take(&cv->space, r)) / 3;
        if (m > best)
            best = m;
    }
    return best;
}

/* The team's air and missile defence, 0..1 (the best member's). */
double yk_ld_air_missile_defence(const ld_team *t, yk_rng *r, ld_take_fn take)
{
    double best = 0;
    int i;
    for (i = 0; i < 2; i++)
        if (t->st[i]) {
            double d = take(&t->st[i]->conventional.air_missile_defense, r);
            if (d > best)
                best = d;
        }
    return best;
}

/* Rung 5: every deployed warhead of the team (alerts, tests and
 * dispersal signal with the whole arsenal). */
double yk_ld_signalling_capability(const yk_world *w, const ld_team *t)
{
    double sum = 0;
    int i;
    for (i = 0; i < 2; i++)
        if (t->st[i])
            sum += (double)yk_state_deployed_warheads(t->st[i], w->year);
    return sum;
}

/* The share of non-strategic force fc that counts at rungs 6-7 without
 * theatre data: a member in the theatre's region whole, a distant
 * member's sea-launched ones whole, its land-based theatre missiles by
 * `theatre_projection`, its air-delivered ones not at all (they count
 * where stationed with an ally, below). Strategic forces count at 8-9. */
static double share_of(const yk_force *fc, bool distant, const double *c)
{
    if (strategic(fc->type))
        return 0;
    if (!distant || fc->type == YK_FORCE_SLCM)
        return 1;
    return fc->type == YK_FORCE_THEATRE_MISSILE ? c[YK_LC_THEATRE_PROJECTION] : 0;
}

/* The team's counted non-strategic warheads x reliability. */
static double team_warheads(const yk_world *w, const ld_team *t, const double *c, yk_rng *r,
                            ld_take_fn take)
{
    double sum = 0;
    size_t f;
    int i;
    for (i = 0; i < 2; i++) {
        const yk_state *s = t->st[i];
        for (f = 0; s && f < s->nuclear.n_forces; f++) {
            const yk_force *fc = &s->nuclear.forces[f];
            double share = share_of(fc, t->distant[i], c);
            if (share > 0 && yk_force_active(fc, w->year))
                sum += share * (double)yk_force_warheads(fc) * take(&fc->reliability, r);
        }
    }
    return sum;
}

/* Rungs 6-7 WITHOUT theatre data: non-strategic warheads usable in the
 * theatre, times their reliability (share_of), plus a distant member's
 * weapons stationed with allies in the target's region (nuclear
 * sharing), at the alliance's count. */
double yk_ld_theatre_nuclear_capability(const yk_world *w, const ld_team *t,
                                        const double *c, yk_rng *r, ld_take_fn take)
{
    double sum = team_warheads(w, t, c, r, take);
    const yk_state *target = t->st[1] ? t->st[1] : t->st[0];
    size_t a;
    int i;
    for (i = 0; i < 2; i++)
        for (a = 0; t->st[i] && t->distant[i] && a < w->n_alliances; a++) {
            const yk_alliance *al = &w->alliances[a];
            if (&w->states[al->patron] == t->st[i] && al->nuclear_sharing.stationed &&
                w->states[al->ally].region == target->region)
                sum += (double)al->nuclear_sharing.weapons;
        }
    return sum;
}

/* Rungs 1-3 WITH theatre data: capabilities whose contest at the
 * ladder's exponent m is the theatre balance's P(A wins) with the patron
 * fighting (yk_theatre_balance_compute, patron share 1, no aid: the
 * crisis engine's p_defend): C_A = P^(1/m), C_D = (1 - P)^(1/m), so
 * C_A^m / (C_A^m + C_D^m) = P. The balance already weighs the theatre
 * powers with the fait accompli, the defender's advantage and the
 * reversal; a bare contest of powers would drop all three. */
double yk_ld_theatre_conventional_capability(const yk_theatre_values *v, int side, double m)
{
    yk_theatre_balance b;
    double p;
    yk_theatre_balance_compute(v, 1, 0, m, &b);
    p = side == 0 ? b.p_a_wins : 1 - b.p_a_wins;
    return p > 0 ? pow(p, 1 / m) : 0;
}

/* Rungs 6-7 WITH theatre data: the warheads usable in the theatre, as the
 * crisis engine's escalation threat counts them (escalation.c): A's own,
 * and the target's and the patron's side's together. */
double yk_ld_theatre_nuclear_warheads(const yk_theatre_values *v, int side)
{
    return side == 0 ? v->nuclear[YK_SIDE_AGGRESSOR]
                     : v->nuclear[YK_SIDE_TARGET] + v->nuclear[YK_SIDE_PATRON];
}

/* Rungs 8-9: the team's second strike, the exchange engine's warheads
 * delivered on the opponent's leader after that leader strikes first
 * (its counterforce, then reliability, missile defence, range and
 * decapitation), summed over the team's nuclear-armed members; 0 for a
 * team without nuclear weapons. fn gives each member's (setup.c: the
 * exchange engine, or the caller's). */
yk_status yk_ld_strategic_capability(const yk_world *w, const ld_team *t,
                                     const yk_state *opponent, yk_ladder_delivered_fn fn,
                                     void *ud, double *out, yk_error *err)
{
    int i;
    *out = 0;
    for (i = 0; i < 2; i++) {
        double x;
        yk_status st;
        if (!t->st[i] || !yk_state_is_nuclear(t->st[i], w->year))
            continue;
        st = fn(ud, w, t->st[i], opponent, &x, err);
        if (st)
            return st;
        *out += x;
    }
    return YK_OK;
}
