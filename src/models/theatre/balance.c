/*
 * balance.c - the conventional balance of a theatre war (theatre.h;
 * docs/MODEL.md section 9, "crisis: the theatre balance"): each side's
 * power over time from the forces present and arriving, the aggressor's
 * chance of a fait accompli, and its chance to end holding the objective.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "yokushi/crisis.h"
#include "yokushi/theatre.h"

static double take(const yk_param *p, yk_rng *r)
{
    return r ? yk_param_sample(p, r) : yk_param_mean(p);
}

static bool allied(const yk_world *w, size_t patron, size_t ally)
{
    char id[2 * YK_ID_MAX + 2];
    if (patron == YK_NONE)
        return false;
    snprintf(id, sizeof id, "%s-%s", w->states[patron].id, w->states[ally].id);
    return yk_world_alliance(w, id) != NULL;
}

/* The side state s fights on in a war of a on t with patron p, or -1. */
static int side_of(const yk_world *w, size_t s, size_t a, size_t t, size_t p)
{
    if (s == a)
        return YK_SIDE_AGGRESSOR;
    if (s == t)
        return YK_SIDE_TARGET;
    if (s == p || allied(w, p, s))
        return YK_SIDE_PATRON;
    if (allied(w, a, s))
        return YK_SIDE_AGGRESSOR;
    return -1;
}

int yk_theatre_side_of(const yk_world *w, const yk_theatre *th, size_t i,
                       size_t a, size_t t, size_t p)
{
    size_t s = th->forces[i].state;
    return s == YK_NONE ? -1 : side_of(w, s, a, t, p);
}

/* The theatre's own numbers, then force i's added to its side (side < 0:
 * drawn but left out, so the stream's order is the theatre's). */
static void begin(const yk_theatre *th, yk_rng *r, yk_theatre_values *out)
{
    memset(out, 0, sizeof *out);
    out->objective_days = take(&th->objective_days, r);
    out->defender_advantage = take(&th->defender_advantage, r);
    out->reversal = take(&th->reversal, r);
    out->horizon_days = take(&th->horizon_days, r);
}

static void add_force(const yk_theatre_force *f, int side, yk_rng *r,
                      yk_theatre_values *out)
{
    double ready = take(&f->ready, r), reinf = take(&f->reinforce, r);
    double delay = take(&f->delay_days, r), build = take(&f->build_days, r);
    double nuclear = take(&f->nuclear, r);
    if (side < 0)
        return;
    out->ready[side] += ready;
    out->nuclear[side] += nuclear;
    out->reinforce[side] += reinf;
    /* weighted by reinforcements: divided by their sum in finish() */
    out->delay_days[side] += reinf * delay;
    out->build_days[side] += reinf * build;
}

static void finish(yk_theatre_values *out);

void yk_theatre_values_sided(const yk_theatre *th, const int *side, yk_rng *r,
                             yk_theatre_values *out)
{
    size_t i;
    begin(th, r, out);
    for (i = 0; i < th->n_forces; i++)
        add_force(&th->forces[i], side[i], r, out);
    finish(out);
}

void yk_theatre_values_take(const yk_world *w, const yk_theatre *th, size_t a,
                            size_t t, size_t p, yk_rng *r,
                            yk_theatre_values *out)
{
    size_t i;
    begin(th, r, out);
    for (i = 0; i < th->n_forces; i++)
        add_force(&th->forces[i], yk_theatre_side_of(w, th, i, a, t, p), r, out);
    finish(out);
}

static void finish(yk_theatre_values *out)
{
    int k;
    for (k = 0; k < YK_SIDE_COUNT; k++) {
        if (out->reinforce[k] > 0) {
            out->delay_days[k] /= out->reinforce[k];
            out->build_days[k] /= out->reinforce[k];
        }
    }
}

double yk_theatre_power(const yk_theatre_values *v, yk_theatre_side side,
                        double day)
{
    double since = day - v->delay_days[side], share;
    if (since < 0)
        share = 0;
    else if (v->build_days[side] <= 0 || since >= v->build_days[side])
        share = 1;
    else
        share = since / v->build_days[side];
    return v->ready[side] + v->reinforce[side] * share;
}

void yk_theatre_balance_compute(const yk_theatre_values *v, double patron_share,
                                double aid_share, double m,
                                yk_theatre_balance *out)
{
    double d0 = v->objective_days, h = v->horizon_days;
    double adv = v->defender_advantage;
    double p_late;
    if (h < d0)
        h = d0; /* the war is not decided before the objective falls */
    out->power_a_day = yk_theatre_power(v, YK_SIDE_AGGRESSOR, d0);
    out->power_d_day = yk_theatre_power(v, YK_SIDE_TARGET, d0) +
                       patron_share * yk_theatre_power(v, YK_SIDE_PATRON, d0);
    out->power_a_full = yk_theatre_power(v, YK_SIDE_AGGRESSOR, h);
    out->power_d_full = yk_theatre_power(v, YK_SIDE_TARGET, h) +
                        (patron_share + aid_share) *
                            yk_theatre_power(v, YK_SIDE_PATRON, h);
    out->p_fait_accompli = yk_crisis_contest(out->power_a_day,
                                             adv * out->power_d_day, m);
    out->p_reversed = 1 - yk_crisis_contest(v->reversal * out->power_a_full,
                                            out->power_d_full, m);
    p_late = yk_crisis_contest(out->power_a_full, adv * out->power_d_full, m);
    out->p_a_wins = out->p_fait_accompli * (1 - out->p_reversed) +
                    (1 - out->p_fait_accompli) * p_late;
}

yk_status yk_theatre_balance_of(const yk_world *w, const char *theatre,
                                size_t a, size_t t, size_t p,
                                double patron_share, double aid_share,
                                double m, yk_rng *r, yk_theatre_balance *out,
                                yk_error *err)
{
    const yk_theatre *th = yk_world_theatre(w, theatre);
    yk_theatre_values v;
    if (!th)
        return yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, NULL,
                            "the world has no theatre \"%s\"", theatre ? theatre : "");
    if (a >= w->n_states || t >= w->n_states ||
        (p != YK_NONE && p >= w->n_states))
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL, "no such state");
    if (!yk_theatre_force_of(th, a) || !yk_theatre_force_of(th, t))
        return yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, NULL,
                            "theatre %s lists no forces of %s", th->id,
                            yk_theatre_force_of(th, a) ? w->states[t].id
                                                       : w->states[a].id);
    yk_theatre_values_take(w, th, a, t, p, r, &v);
    yk_theatre_balance_compute(&v, patron_share, aid_share, m, out);
    return YK_OK;
}
