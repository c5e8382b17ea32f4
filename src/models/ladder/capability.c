/*
 * capability.c - each side's capability at each kind of rung, from the
 * world (docs/MODEL.md "ladder", "Capabilities"). A side is a team: its
 * leader (the aggressor; the patron, or the target defending alone) and
 * its partner (the target when a patron defends it).
 *
 * Two functions here are the places where other engines will plug in:
 * yk_ld_conventional_theatre_capability (rungs 1-3) is where the crisis
 * engine's theatre conventional balance (a future theatre.h) replaces
 * today's power-and-projection rule, and yk_ld_strategic_nuclear_capability
 * (rungs 8-9) is where the exchange engine's surviving deliverable
 * warheads replace today's warheads x reliability after missile defence.
 * Each takes the whole world and the theatre so that the swap changes no
 * caller.
 */
#include "models/ladder/ladder_int.h"

static bool strategic(yk_force_type t)
{
    return t == YK_FORCE_ICBM_SILO || t == YK_FORCE_ICBM_MOBILE || t == YK_FORCE_SLBM ||
           t == YK_FORCE_BOMBER;
}

/* Conventional power in the theatre (rungs 1-3). THE PLACE THE THEATRE
 * BALANCE PLUGS IN: today it is the crisis engine's rule (B62): a side in
 * the theatre's region brings all of its power; a distant one the share
 * `projection`, raised toward all of it by its forward forces in the
 * target (the alliance's forward_forces). The theatre name is not read yet. */
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

/* The share of force fc that counts: strategic forces whole at rungs 8-9;
 * at rungs 6-7 a non-strategic force of a member in the theatre's region
 * whole, of a distant member its sea-launched ones whole, its land-based
 * theatre missiles by `theatre_projection`, its air-delivered ones not at
 * all (they count where stationed with an ally, below). */
static double share_of(const yk_force *fc, bool distant, bool want_strategic,
                       const double *c)
{
    if (strategic(fc->type) != want_strategic)
        return 0;
    if (want_strategic || !distant || fc->type == YK_FORCE_SLCM)
        return 1;
    return fc->type == YK_FORCE_THEATRE_MISSILE ? c[YK_LC_THEATRE_PROJECTION] : 0;
}

/* The team's counted warheads x reliability, strategic or not. */
static double team_warheads(const yk_world *w, const ld_team *t, bool want_strategic,
                            const double *c, yk_rng *r, ld_take_fn take)
{
    double sum = 0;
    size_t f;
    int i;
    for (i = 0; i < 2; i++) {
        const yk_state *s = t->st[i];
        for (f = 0; s && f < s->nuclear.n_forces; f++) {
            const yk_force *fc = &s->nuclear.forces[f];
            double share = share_of(fc, t->distant[i], want_strategic, c);
            if (share > 0 && yk_force_active(fc, w->year))
                sum += share * (double)yk_force_warheads(fc) * take(&fc->reliability, r);
        }
    }
    return sum;
}

/* Rungs 6-7: non-strategic warheads usable in the theatre, times their
 * reliability (share_of), plus a distant member's weapons stationed with
 * allies in the target's region (nuclear sharing), at the alliance's
 * count. */
double yk_ld_theatre_nuclear_capability(const yk_world *w, const ld_team *t,
                                        const double *c, yk_rng *r, ld_take_fn take)
{
    double sum = team_warheads(w, t, false, c, r, take);
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

/* Rungs 8-9. THE PLACE THE EXCHANGE ENGINE PLUGS IN: today strategic
 * warheads x reliability, less the share the opponent's air and missile
 * defence stops (defence_effect x its index). */
double yk_ld_strategic_nuclear_capability(const yk_world *w, const ld_team *t,
                                          double opponent_defence, const double *c,
                                          yk_rng *r, ld_take_fn take)
{
    double sum = team_warheads(w, t, true, c, r, take);
    return sum * (1 - c[YK_LC_DEFENCE_EFFECT] * opponent_defence);
}
