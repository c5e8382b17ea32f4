/*
 * strike.c - one counterforce first strike and its aftermath (docs/
 * MODEL.md "exchange"): the target's aim points from its forces, the
 * striker's weapons in range with their kill probabilities through the
 * target's missile defence, the greedy allocation, the target's
 * survivors, their reply on the striker's value, the striker's second
 * wave, and what the striker has left for each third side.
 */
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "models/exchange/exchange_int.h"

#define LN2 0.69314718055994530942

/* Classes: one per silo or mobile force, one per kind for forces struck
 * at shared ports and bases, one for command posts. */
yk_status yk_xc_strike_work_init(xc_strike_work *w, size_t max_forces)
{
    size_t nc = max_forces + XK_COUNT + 1, nw = max_forces + 1;
    memset(w, 0, sizeof *w);
    w->cap_classes = nc;
    w->cap_weapons = nw;
    w->count = yk_malloc(nc * sizeof *w->count);
    w->value = yk_malloc(nc * sizeof *w->value);
    w->hard = yk_malloc(nc * sizeof *w->hard);
    w->cbrt_hard = yk_malloc(nc * sizeof *w->cbrt_hard);
    w->surv = yk_malloc(nc * sizeof *w->surv);
    w->shots = yk_malloc(nc * sizeof *w->shots);
    w->cls_force = yk_malloc(nc * sizeof *w->cls_force);
    w->p = yk_malloc(nc * nw * sizeof *w->p);
    w->unused = yk_malloc(nw * sizeof *w->unused);
    w->cf = yk_malloc(nw * sizeof *w->cf);
    w->held = yk_malloc(nw * sizeof *w->held);
    w->order = yk_malloc(nw * sizeof *w->order);
    w->cls_of = yk_malloc(nw * sizeof *w->cls_of);
    w->cls_kind = yk_malloc(nc * sizeof *w->cls_kind);
    if (!w->cls_of || !w->cls_kind || !w->cbrt_hard ||
        !w->count || !w->value || !w->hard || !w->surv || !w->shots || !w->cls_force ||
        !w->p || !w->unused || !w->cf || !w->held || !w->order ||
        yk_xc_alloc_work_init(&w->alloc, nc + nw + 1)) {
        yk_xc_strike_work_free(w);
        return YK_E_NOMEM;
    }
    return YK_OK;
}

void yk_xc_strike_work_free(xc_strike_work *w)
{
    yk_free(w->count);
    yk_free(w->value);
    yk_free(w->hard);
    yk_free(w->cbrt_hard);
    yk_free(w->surv);
    yk_free(w->shots);
    yk_free(w->cls_force);
    yk_free(w->p);
    yk_free(w->unused);
    yk_free(w->cf);
    yk_free(w->held);
    yk_free(w->order);
    yk_free(w->cls_of);
    yk_free(w->cls_kind);
    yk_xc_alloc_work_free(&w->alloc);
    memset(w, 0, sizeof *w);
}

double yk_xc_defence(double n, double interceptors, const double *coef, double *used)
{
    double pk = coef[YK_XC_INTERCEPT_PK], track = coef[YK_XC_INTERCEPT_TRACKING];
    double shots = coef[YK_XC_INTERCEPTORS_PER_WARHEAD], per, engaged, kill;
    *used = 0;
    if (!(n > 0) || !(interceptors > 0) || !(shots > 0))
        return 1;
    kill = yk_exchange_layer_kill(shots, pk, track);
    if (coef[YK_XC_SHOOT_LOOK_SHOOT] >= 0.5 && pk > 0)
        per = (1 - pow(1 - pk, shots)) / pk; /* expected shots: sum of (1-pk)^i */
    else
        per = shots;
    engaged = interceptors / per < n ? interceptors / per : n;
    *used = engaged * per;
    return 1 - engaged * kill / n;
}

double yk_xc_damage(double emt, const double *coef)
{
    return emt > 0 ? -expm1(-emt / coef[YK_XC_VALUE_EMT]) : 0;
}

double yk_xc_stability(double own_first, double other_first, double own_second,
                       double other_second, double weight)
{
    double first = own_first + weight * (1 - other_first);
    double second = own_second + weight * (1 - other_second);
    double r;
    if (!(second > 0))
        return 1;
    r = first / second;
    return r < 1 ? r : 1;
}

static double interceptors_of(const xc_side *s, const double *coef)
{
    return s->interceptors >= 0 ? coef[s->interceptors] : 0;
}

static bool reaches(const xc_force *f, const xc_fdraw *d, size_t side, xc_kind k)
{
    return d->range >= f->reach[side * XK_COUNT + (size_t)k];
}

/* Share of a force's warheads available to a deliberate strike. */
static double available(const xc_fdraw *d, const double *coef)
{
    return d->warheads * (d->alert + (1 - d->alert) * coef[YK_XC_GENERATION]);
}

/* The target's aim-point classes; cls[i] of each force, -1 if none. */
static size_t build_classes(const xc_side *y, const xc_fdraw *dy, const double *coef,
                            xc_strike_work *w, int *cls_of, int *kind_cls,
                            xc_kind *cls_kind, int *command)
{
    size_t i, n = 0;
    int k;
    for (k = 0; k < XK_COUNT; k++)
        kind_cls[k] = -1;
    for (i = 0; i < y->n_forces; i++) {
        const xc_force *f = &y->forces[i];
        const xc_fdraw *d = &dy[i];
        double per = f->launchers > 0 ? d->warheads / f->launchers : 0;
        double exposed = (1 - d->alert) * (1 - d->surv);
        cls_of[i] = -1;
        if (f->vuln == XV_SILO) {
            w->count[n] = f->launchers;
            w->value[n] = per;
            w->hard[n] = d->hard > 1 ? d->hard : 1;
        } else if (f->vuln == XV_MOBILE) {
            /* the garrisons exist whatever share of the launchers is in
             * them: their number never moves with alert or survivability */
            double lg = f->launchers * exposed;
            if (!(lg > 0))
                continue;
            w->count[n] = ceil(f->launchers / coef[YK_XC_GARRISON_LAUNCHERS]);
            w->value[n] = lg * per / w->count[n];
            w->hard[n] = coef[YK_XC_GARRISON_PSI];
        } else {
            /* ports and bases are shared by every force struck there */
            if (kind_cls[f->aim] < 0) {
                kind_cls[f->aim] = (int)n;
                w->count[n] = y->aim_points[f->aim];
                w->value[n] = 0;
                w->hard[n] = coef[f->vuln == XV_SEA ? YK_XC_PORT_PSI : YK_XC_AIRBASE_PSI];
                w->cls_force[n] = (int)i;
                cls_kind[n] = f->aim;
                n++;
            }
            cls_of[i] = kind_cls[f->aim];
            w->value[cls_of[i]] += d->warheads * exposed / w->count[cls_of[i]];
            continue;
        }
        w->cls_force[n] = (int)i;
        cls_kind[n] = f->aim;
        cls_of[i] = (int)n++;
    }
    *command = -1;
    if (coef[YK_XC_COMMAND_VALUE] > 0) {
        w->count[n] = y->aim_points[XK_COMMAND];
        w->value[n] = coef[YK_XC_COMMAND_VALUE];
        w->hard[n] = coef[YK_XC_COMMAND_PSI];
        w->cls_force[n] = -1;
        cls_kind[n] = XK_COMMAND;
        *command = (int)n++;
    }
    return n;
}

/* Warheads of a force that arrive on side t's cities: n x reliability,
 * when in range. */
static double arriving(const xc_force *f, const xc_fdraw *d, size_t t, double n)
{
    return reaches(f, d, t, XK_CITY) ? n * d->rel : 0;
}

/* A salvo on side t's cities: warheads n[i] of each force (reliability
 * and range applied), split into ballistic (interceptable) and other,
 * each with its equivalent megatons: out = {missiles, their EMT, others,
 * their EMT}. */
typedef struct salvo {
    double missiles, missile_emt, others, other_emt;
} salvo;

static salvo aim_salvo(const xc_side *side, const xc_fdraw *d, const double *n, size_t t)
{
    salvo v = {0, 0, 0, 0};
    size_t i;
    for (i = 0; i < side->n_forces; i++) {
        double a = arriving(&side->forces[i], &d[i], t, n[i]);
        if (side->forces[i].missile) {
            v.missiles += a;
            v.missile_emt += a * d[i].emt;
        } else {
            v.others += a;
            v.other_emt += a * d[i].emt;
        }
    }
    return v;
}

void yk_xc_strike(const xc_side *sides, size_t n_sides, const xc_fdraw *const *draws,
                  size_t x, size_t y, const double *coef, xc_strike_work *w,
                  xc_strike_out *out)
{
    const xc_side *sx = &sides[x], *sy = &sides[y];
    const xc_fdraw *dx = draws[x], *dy = draws[y];
    int *cls_of = w->cls_of, kind_cls[XK_COUNT], command;
    xc_kind *cls_kind = w->cls_kind;
    size_t nc, i, c, t, nw = sx->n_forces, no;
    double committed = 0, used1 = 0, q1, q2, used2, icpt_y = interceptors_of(sy, coef);
    double kcmd, qx, usedx, factor;
    salvo v;
    bool hunted[XK_COUNT] = {false};
    int max_shots = (int)coef[YK_XC_MAX_SHOTS];

    memset(out, 0, sizeof *out);
    nc = build_classes(sy, dy, coef, w, cls_of, kind_cls, cls_kind, &command);
    w->last_nc = nc;
    w->last_nw = 0;

    /* the striker's counterforce warheads: missiles, less the reserve */
    for (t = 0; t < nw; t++) {
        const xc_force *f = &sx->forces[t];
        bool useful = false;
        w->cf[t] = 0;
        if (f->missile) {
            for (c = 0; c < nc; c++)
                useful = useful || (w->value[c] > 0 && reaches(f, &dx[t], y, cls_kind[c]));
            if (useful)
                w->cf[t] = floor(available(&dx[t], coef) * (1 - coef[YK_XC_RESERVE_SHARE]) + 0.5);
        }
        committed += w->cf[t];
    }
    q1 = yk_xc_defence(committed, icpt_y, coef, &used1);
    for (c = 0; c < nc; c++)
        w->cbrt_hard[c] = cbrt(w->hard[c]);
    for (t = 0; t < nw; t++) {
        const xc_force *f = &sx->forces[t];
        const xc_fdraw *d = &dx[t];
        /* LR / CEP = k 1852 (Y/1000)^(1/3) / (H^(1/3) CEP), the cube
         * roots taken once per draw and per class */
        double a = coef[YK_XC_LR_CONSTANT] * YK_EXCHANGE_METRES_PER_NMI * d->cy /
                   (d->cep > 0 ? d->cep : 1);
        for (c = 0; c < nc; c++) {
            double pk = 0;
            if (w->cf[t] > 0 && d->cep > 0 && d->cy > 0 && reaches(f, d, y, cls_kind[c])) {
                double r = a / w->cbrt_hard[c];
                pk = d->rel * -expm1(-LN2 * r * r) * q1;
            }
            w->p[t * nc + c] = pk;
            if (pk > 0)
                hunted[cls_kind[c]] = true;
        }
    }
    /* order: the types with warheads to allocate, by hard-target kill
     * (most accurate weapons on the hardest targets first, LP06), ties
     * by index; an insertion sort of a few types */
    for (t = 0, no = 0; t < nw; t++) {
        double kt = dx[t].hk;
        size_t j = no;
        w->unused[t] = w->cf[t];
        if (!(w->cf[t] >= 1))
            continue;
        while (j > 0 && dx[w->order[j - 1]].hk < kt) {
            w->order[j] = w->order[j - 1];
            j--;
        }
        w->order[j] = (int)t;
        no++;
    }
    w->last_nw = no;
    out->allocated_value = yk_xc_allocate_best(nc, w->count, w->value, no, w->order, w->cf,
                                               w->p, max_shots, &w->alloc, w->surv,
                                               w->shots, w->unused);
    for (t = 0; t < nw; t++) {
        out->first_strike += w->cf[t] - w->unused[t];
        out->delivered_on_target += (w->cf[t] - w->unused[t]) * dx[t].rel * q1;
    }

    /* the target's survivors and its reply on the striker's cities */
    kcmd = command >= 0 ? 1 - w->surv[command] : 0;
    for (i = 0; i < sy->n_forces; i++) {
        const xc_force *f = &sy->forces[i];
        const xc_fdraw *d = &dy[i];
        double sc = cls_of[i] >= 0 ? w->surv[cls_of[i]] : 1, s;
        out->target_before += d->warheads;
        if (f->vuln == XV_SILO) {
            s = d->warheads * sc;
            out->surviving_silo += s;
        } else {
            s = d->warheads * (d->alert + (1 - d->alert) * (d->surv + (1 - d->surv) * sc));
            if (f->vuln == XV_MOBILE && hunted[f->aim])
                s *= 1 - coef[YK_XC_DISPERSED_HUNT];
            else if (f->vuln == XV_SEA)
                s *= 1 - coef[YK_XC_ASW];
        }
        out->surviving += s;
        if (reaches(f, d, x, XK_CITY))
            out->deliverable += s;
        w->held[i] = s;
    }
    v = aim_salvo(sy, dy, w->held, x);
    qx = yk_xc_defence(v.missiles, interceptors_of(sx, coef), coef, &usedx);
    factor = 1 - coef[YK_XC_DECAPITATION] * kcmd;
    out->retaliation = (v.missiles * qx + v.others) * factor;
    out->retaliation_emt = (v.missile_emt * qx + v.other_emt) * factor;
    out->damage_striker = yk_xc_damage(out->retaliation_emt, coef);

    /* the striker's second wave: its reserve, unused counterforce
     * warheads and aircraft, on the target's cities */
    for (t = 0; t < nw; t++)
        w->held[t] = available(&dx[t], coef) - w->cf[t] + w->unused[t];
    v = aim_salvo(sx, dx, w->held, y);
    q2 = yk_xc_defence(v.missiles, icpt_y - used1 > 0 ? icpt_y - used1 : 0, coef, &used2);
    out->second_wave_emt = v.missile_emt * q2 + v.other_emt;
    out->delivered_on_target += v.missiles * q2 + v.others;
    out->damage_target = yk_xc_damage(out->second_wave_emt, coef);

    /* three-body: the same reserve held for each third side instead */
    for (c = 0; c < n_sides && c < XC_MAX_SIDES; c++) {
        double q, u;
        if (c == x || c == y)
            continue;
        v = aim_salvo(sx, dx, w->held, c);
        q = yk_xc_defence(v.missiles, interceptors_of(&sides[c], coef), coef, &u);
        out->residual[c] = v.missiles * q + v.others;
    }
}

double yk_xc_unstruck_delivered(const xc_side *z, const xc_fdraw *dz, size_t x,
                                const xc_side *sx, const double *coef, double *scratch)
{
    double q, u;
    size_t t;
    salvo v;
    for (t = 0; t < z->n_forces; t++)
        scratch[t] = available(&dz[t], coef);
    v = aim_salvo(z, dz, scratch, x);
    q = yk_xc_defence(v.missiles, interceptors_of(sx, coef), coef, &u);
    return v.missiles * q + v.others;
}
