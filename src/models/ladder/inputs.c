/*
 * inputs.c - one draw of the ladder game from a world: the rungs (the
 * scenario's own `ladder:` or the default ten of MODEL.md section 4),
 * each side's capability, cost and accident rate at every rung, the
 * stakes, and which declared doctrine binds (docs/MODEL.md "ladder").
 */
#include <math.h>
#include <string.h>

#include "models/ladder/ladder_int.h"

const char *const yk_ld_default_names[LD_DEFAULT_RUNGS] = {
    "crisis", "show of force", "limited conventional war",
    "major conventional war in theatre", "strategic non-nuclear strikes",
    "nuclear signalling", "demonstrative nuclear use", "limited theatre nuclear use",
    "counterforce strikes", "general nuclear war"};

static const yk_rung_kind default_kind[LD_DEFAULT_RUNGS] = {
    YK_RUNG_RESOLVE, YK_RUNG_CONVENTIONAL, YK_RUNG_CONVENTIONAL, YK_RUNG_CONVENTIONAL,
    YK_RUNG_STRATEGIC_CONVENTIONAL, YK_RUNG_SIGNALLING, YK_RUNG_THEATRE_NUCLEAR,
    YK_RUNG_THEATRE_NUCLEAR, YK_RUNG_STRATEGIC_NUCLEAR, YK_RUNG_STRATEGIC_NUCLEAR};
/* Payne (2026)'s ladder values / 100 at the matching rungs (3-10 show of
 * force, 30-40 limited and 70-90 major conventional war, 100 strategic
 * conventional, 125 signalling, 250 demonstration, 450 limited use, 725
 * expanded campaign, 1000 strategic war). */
static const double default_cost[LD_DEFAULT_RUNGS] = {0, 0.05, 0.3, 0.8, 1.0,
                                                      1.25, 2.5, 4.5, 7.25, 10};
/* Payne's accident rule: 5% a move at signalling and above; below it an
 * assumption (1-2%: the fog of a conventional war; Payne has none). */
static const double default_accident[LD_DEFAULT_RUNGS] = {0, 0, 0.01, 0.01, 0.02,
                                                          0.05, 0.05, 0.05, 0.05, 0};

int yk_ld_rung_count(const yk_world *w)
{
    return w->n_rungs ? (int)w->n_rungs : LD_DEFAULT_RUNGS;
}

const char *yk_ld_rung_name(const yk_world *w, int k)
{
    if (w->n_rungs)
        return w->rungs[k].name ? w->rungs[k].name : "";
    return yk_ld_default_names[k];
}

static double take_mean(const yk_param *p, yk_rng *r)
{
    (void)r;
    return yk_param_mean(p);
}

static double take_draw(const yk_param *p, yk_rng *r)
{
    return yk_param_sample(p, r);
}

void yk_ld_team_of(const yk_world *w, const yk_ladder_dyad *d, int side, ld_team *t)
{
    const yk_state *tg = &w->states[d->target];
    memset(t, 0, sizeof *t);
    if (side == 0) {
        t->st[0] = &w->states[d->aggressor];
        return;
    }
    if (d->patron == YK_NONE) {
        t->st[0] = tg;
        return;
    }
    t->st[0] = &w->states[d->patron];
    t->st[1] = tg;
    t->distant[0] = t->st[0]->region != tg->region;
    {
        char id[2 * YK_ID_MAX + 2];
        size_t n = strlen(t->st[0]->id);
        memcpy(id, t->st[0]->id, n);
        id[n] = '-';
        memcpy(id + n + 1, tg->id, strlen(tg->id) + 1);
        t->al = yk_world_alliance(w, id);
    }
}

/* The team member whose doctrine decides nuclear use: the first
 * nuclear-armed one (the leader if it is). */
static const yk_state *nuclear_member(const yk_world *w, const ld_team *t)
{
    int i;
    for (i = 0; i < 2; i++)
        if (t->st[i] && yk_state_is_nuclear(t->st[i], w->year))
            return t->st[i];
    return t->st[0];
}

/* Launch on warning (cancelled by de-alerting) and pre-delegation raise a
 * side's jump rate. */
static double posture_factor(const yk_state *s, const double *c, yk_rng *r, ld_take_fn take)
{
    double low = s->doctrine.launch_on_warning ? 1 - c[YK_LC_DEALERTING] : 0;
    return (1 + c[YK_LC_LOW_FACTOR] * low) *
           (1 + c[YK_LC_PREDELEGATION_FACTOR] * take(&s->doctrine.predelegation, r));
}

static int binds(const yk_state *s, const double *c, yk_rng *r)
{
    double cred;
    int d;
    switch (s->doctrine.posture) {
    case YK_POSTURE_NO_FIRST_USE:
        cred = c[YK_LC_NFU_CREDIBILITY];
        d = 1;
        break;
    case YK_POSTURE_SOLE_PURPOSE:
        cred = c[YK_LC_SOLE_PURPOSE_CREDIBILITY];
        d = 2;
        break;
    default:
        return 0;
    }
    if (!r)
        return cred >= 0.5 ? d : 0;
    return yk_rng_u01(r) < cred ? d : 0;
}

static yk_status rungs(const yk_world *w, const double *c, yk_rng *r, ld_take_fn take,
                       yk_ladder_inputs *in, double *acc, yk_error *err)
{
    int k, n = yk_ld_rung_count(w);
    if (n < 2 || n > YK_LADDER_MAX_RUNGS)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "ladder",
                            "a ladder has 2 to %d rungs (got %d)", YK_LADDER_MAX_RUNGS, n);
    in->n_rungs = n;
    in->first_nuclear = n;
    for (k = 0; k < n; k++) {
        if (w->n_rungs) {
            in->kind[k] = w->rungs[k].capability;
            in->nuclear[k] = w->rungs[k].nuclear;
            in->base_cost[k] = take(&w->rungs[k].cost, r);
            acc[k] = take(&w->rungs[k].accident, r);
        } else {
            in->kind[k] = default_kind[k];
            in->nuclear[k] = k >= 6;
            in->base_cost[k] = default_cost[k];
            acc[k] = default_accident[k];
        }
        if (in->nuclear[k] && in->first_nuclear == n)
            in->first_nuclear = k;
    }
    (void)c;
    return YK_OK;
}

/* The public door computes the fixed part each call (an exchange per
 * nuclear-armed member: ~0.3 ms each); a run computes it once per crisis
 * (run.c) and calls yk_ld_inputs_fill. */
yk_status yk_ladder_inputs_fill(const yk_world *w, const yk_ladder_dyad *d,
                                const double *coef, yk_rng *r, yk_ladder_inputs *in,
                                yk_error *err)
{
    ld_fixed f;
    yk_status st = yk_ld_fixed_init(w, d, NULL, &f, err);
    return st ? st : yk_ld_inputs_fill(w, d, coef, r, &f, in, err);
}

yk_status yk_ladder_inputs_fill_with(const yk_world *w, const yk_ladder_dyad *d,
                                     const double *coef, yk_rng *r,
                                     const double strategic[2], yk_ladder_inputs *in,
                                     yk_error *err)
{
    ld_fixed f;
    yk_ld_fixed_given(w, d, strategic, &f);
    return yk_ld_inputs_fill(w, d, coef, r, &f, in, err);
}

yk_status yk_ld_inputs_fill(const yk_world *w, const yk_ladder_dyad *d, const double *coef,
                            yk_rng *r, const ld_fixed *f, yk_ladder_inputs *in,
                            yk_error *err)
{
    ld_take_fn take = r ? take_draw : take_mean;
    double cdef[YK_LC_COUNT], acc[YK_LADDER_MAX_RUNGS];
    const double *c = coef;
    ld_team team[2];
    yk_theatre_values tv;
    double resolve[2], means[2], amd[2], post[2], risk, ent;
    int s, k, first_sc = -1;
    yk_status st;

    if (!c) {
        yk_ladder_coef_defaults(cdef);
        c = cdef;
    }
    memset(in, 0, sizeof *in);
    st = rungs(w, c, r, take, in, acc, err);
    if (st)
        return st;
    in->horizon = (int)lround(c[YK_LC_HORIZON]);
    if (in->horizon < 1)
        in->horizon = 1;
    if (in->horizon > YK_LADDER_MAX_HORIZON)
        in->horizon = YK_LADDER_MAX_HORIZON;
    in->jump_max = (int)lround(c[YK_LC_JUMP_MAX]);
    if (in->jump_max < 1)
        in->jump_max = 1;
    in->lambda = c[YK_LC_LAMBDA];
    in->contest_m = c[YK_LC_CONTEST_M];
    in->gamma = c[YK_LC_PROPORTION_GAMMA];
    in->floor = c[YK_LC_PROPORTION_FLOOR];

    for (s = 0; s < 2; s++) {
        yk_ld_team_of(w, d, s, &team[s]);
        resolve[s] = take(&team[s].st[0]->resolve, r);
        means[s] = yk_ld_strategic_conventional_means(&team[s], r, take);
        amd[s] = yk_ld_air_missile_defence(&team[s], r, take);
        post[s] = posture_factor(nuclear_member(w, &team[s]), c, r, take);
    }
    {
        const yk_crisis *k0 = d->crisis;
        in->stake[0] = !isnan(d->stake_a) ? d->stake_a
                       : k0 ? take(&k0->stake_aggressor, r) : 0.5;
        in->stake[1] = !isnan(d->stake_d) ? d->stake_d
                       : k0 ? take(d->patron == YK_NONE ? &k0->stake_target
                                                        : &k0->stake_patron, r) : 0.5;
    }

    /* One draw of the theatre for both sides (theatre.h takes its
     * parameters in a fixed order), before any capability reads it. */
    if (f->th)
        yk_theatre_values_take(w, f->th, d->aggressor, d->target, d->patron, r, &tv);

    risk = (1 - c[YK_LC_HOTLINE] * c[YK_LC_HOTLINE_EFFECT]) *
           (1 - c[YK_LC_DATA_EXCHANGE] * c[YK_LC_DATA_EXCHANGE_EFFECT]) *
           (1 - c[YK_LC_DEALERTING] * c[YK_LC_DEALERTING_EFFECT]) * c[YK_LC_ACCIDENT_SCALE];
    ent = c[YK_LC_NC3_DUAL_USE] * c[YK_LC_NC3_TARGETING] *
          (1 - c[YK_LC_NC3_PLEDGE] * c[YK_LC_NC3_PLEDGE_EFFECT]);

    for (k = 0; k < in->n_rungs; k++)
        if (in->kind[k] == YK_RUNG_STRATEGIC_CONVENTIONAL) {
            first_sc = k;
            break;
        }
    for (s = 0; s < 2; s++) {
        const ld_team *t = &team[s];
        double conv = -1, theatre = -1;
        double signal = yk_ld_signalling_capability(w, t);
        double felt = 1 + c[YK_LC_RESOLVE_COST] * (1 - 2 * resolve[s]);
        for (k = 0; k < in->n_rungs; k++) {
            double cap = 0;
            switch (in->kind[k]) {
            case YK_RUNG_RESOLVE:
                cap = resolve[s] * in->stake[s];
                break;
            case YK_RUNG_CONVENTIONAL:
                if (conv < 0)
                    conv = f->th ? yk_ld_theatre_conventional_capability(&tv, s, in->contest_m)
                                 : yk_ld_conventional_theatre_capability(w, t, d->theatre, c,
                                                                         r, take);
                cap = conv;
                break;
            case YK_RUNG_STRATEGIC_CONVENTIONAL:
                cap = means[s] * (1 - c[YK_LC_DEFENCE_EFFECT] * amd[1 - s]);
                break;
            case YK_RUNG_SIGNALLING:
                cap = signal;
                break;
            case YK_RUNG_THEATRE_NUCLEAR:
                if (theatre < 0)
                    theatre = f->th ? yk_ld_theatre_nuclear_warheads(&tv, s)
                                    : yk_ld_theatre_nuclear_capability(w, t, c, r, take);
                cap = theatre;
                /* A conventional answer at a theatre-nuclear rung, as
                 * credible as its proportion to the rung (RH25): it
                 * fights there but does not let the side climb there. */
                if (first_sc >= 0)
                    cap += c[YK_LC_SUBSTITUTE_WARHEADS] * means[s] *
                           yk_ladder_step_credibility(in, first_sc, k);
                break;
            case YK_RUNG_STRATEGIC_NUCLEAR:
                cap = f->strategic[s];
                break;
            }
            in->cap[s][k] = cap;
            in->can[s][k] = in->kind[k] == YK_RUNG_THEATRE_NUCLEAR ? theatre > 0 : cap > 0;
            in->cost[s][k] = in->base_cost[k] * c[YK_LC_COST_SCALE] * felt;
            {
                double e = first_sc >= 0 && k >= first_sc ? ent * means[1 - s] : 0;
                double q = acc[k] * risk * post[s] * (1 + c[YK_LC_ENTANGLEMENT_FACTOR] * e);
                in->accident[s][k] = q > 1 ? 1 : q;
            }
        }
        in->doctrine[s] = binds(nuclear_member(w, t), c, r);
    }
    return YK_OK;
}
