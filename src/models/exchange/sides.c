/*
 * sides.c - a side of the exchange in one year: its active forces, how
 * each is based and attacked, the reach each needs to every other side's
 * areas, its aim-point counts, its reserve and defence; and one draw of
 * its forces' parameters (warheads are read through yk_force_warheads
 * here only, so counts drawn later change this one place).
 */
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "models/exchange/exchange_int.h"

static void classify(yk_force_type t, xc_force *f)
{
    switch (t) {
    case YK_FORCE_ICBM_SILO:
        f->vuln = XV_SILO, f->base = XK_ICBM, f->aim = XK_ICBM, f->missile = true;
        break;
    case YK_FORCE_ICBM_MOBILE:
        f->vuln = XV_MOBILE, f->base = XK_MOBILE, f->aim = XK_MOBILE, f->missile = true;
        break;
    case YK_FORCE_THEATRE_MISSILE:
        f->vuln = XV_MOBILE, f->base = XK_THEATRE, f->aim = XK_THEATRE, f->missile = true;
        break;
    case YK_FORCE_SLBM:
        f->vuln = XV_SEA, f->base = XK_PATROL, f->aim = XK_SSBN_PORT, f->missile = true;
        break;
    case YK_FORCE_SLCM:
        f->vuln = XV_SEA, f->base = XK_PATROL, f->aim = XK_SSBN_PORT, f->missile = false;
        break;
    case YK_FORCE_BOMBER:
        f->vuln = XV_AIR, f->base = XK_BOMBER, f->aim = XK_BOMBER, f->missile = false;
        break;
    default: /* dual-capable aircraft, gravity bombs */
        f->vuln = XV_AIR, f->base = XK_THEATRE, f->aim = XK_THEATRE, f->missile = false;
        break;
    }
}

static int interceptor_coef(const char *id)
{
    if (!strcmp(id, "USA"))
        return YK_XC_INTERCEPTORS_USA;
    if (!strcmp(id, "RUS"))
        return YK_XC_INTERCEPTORS_RUS;
    if (!strcmp(id, "CHN"))
        return YK_XC_INTERCEPTORS_CHN;
    return -1;
}

void yk_xc_side_free(xc_side *sd)
{
    size_t i;
    for (i = 0; sd->forces && i < sd->n_forces; i++)
        yk_free(sd->forces[i].reach);
    yk_free(sd->forces);
    memset(sd, 0, sizeof *sd);
}

yk_status yk_xc_prepare_side(const yk_world *w, size_t state, const char *const *ids,
                             size_t n_ids, int year, xc_side *out)
{
    const yk_state *s = &w->states[state];
    size_t i, n = 0, j;
    int k;
    double memo[XK_COUNT][XC_MAX_SIDES * XK_COUNT];
    bool seen[XK_COUNT] = {false};

    memset(out, 0, sizeof *out);
    out->state = state;
    out->s = s;
    out->reserve = yk_param_mean(&s->nuclear.reserve_warheads);
    out->interceptors = interceptor_coef(s->id);
    for (k = 0; k < XK_COUNT; k++) {
        size_t c = yk_xc_area_count(s, (xc_kind)k);
        out->aim_points[k] = c ? (double)c : 1;
    }
    out->forces = yk_calloc(s->nuclear.n_forces + 1, sizeof *out->forces);
    if (!out->forces)
        return YK_E_NOMEM;
    for (i = 0; i < s->nuclear.n_forces; i++) {
        const yk_force *f = &s->nuclear.forces[i];
        xc_force *xf;
        if (!yk_force_active(f, year) || yk_force_warheads(f) <= 0)
            continue;
        xf = &out->forces[n];
        xf->f = f;
        classify(f->type, xf);
        xf->launchers = (double)f->launchers;
        xf->warheads = (double)yk_force_warheads(f);
        xf->upload = (yk_xc_capacity(s->id, f) - (double)f->warheads_per_launcher) *
                     xf->launchers;
        xf->reach = yk_malloc((n_ids * XK_COUNT + 1) * sizeof *xf->reach);
        out->n_forces = ++n;
        if (!xf->reach) {
            yk_xc_side_free(out);
            return YK_E_NOMEM;
        }
        /* Forces of one base kind reach alike: the first one's distances
         * serve the rest (the area scans dominated a side's set-up). */
        if (n_ids <= XC_MAX_SIDES && seen[xf->base]) {
            memcpy(xf->reach, memo[xf->base], n_ids * XK_COUNT * sizeof *xf->reach);
            continue;
        }
        for (j = 0; j < n_ids; j++) {
            const yk_state *t = yk_world_state(w, ids[j]);
            for (k = 0; k < XK_COUNT; k++)
                xf->reach[j * XK_COUNT + (size_t)k] =
                    t ? yk_xc_reach_km(s, xf->base, t, (xc_kind)k) : INFINITY;
        }
        if (n_ids <= XC_MAX_SIDES) {
            memcpy(memo[xf->base], xf->reach, n_ids * XK_COUNT * sizeof *xf->reach);
            seen[xf->base] = true;
        }
    }
    return YK_OK;
}

static double draw(const yk_param *p, yk_rng *g, bool means)
{
    return means ? yk_param_mean(p) : yk_param_sample(p, g);
}

void yk_xc_draw_side(const xc_side *sd, const double *coef, yk_rng *g, bool means,
                     xc_fdraw *out)
{
    double up = coef[YK_XC_UPLOAD_SHARE], want = 0, scale = 1;
    size_t i;
    for (i = 0; i < sd->n_forces; i++)
        want += sd->forces[i].upload;
    /* the upload comes from the reserve: never more than it holds */
    if (up * want > sd->reserve && want > 0)
        scale = sd->reserve / (up * want);
    for (i = 0; i < sd->n_forces; i++) {
        const xc_force *xf = &sd->forces[i];
        const yk_force *f = xf->f;
        xc_fdraw *d = &out[i];
        d->warheads = xf->warheads + floor(up * scale * xf->upload);
        d->yield = draw(&f->yield_kt, g, means);
        d->cep = draw(&f->cep_m, g, means);
        d->range = draw(&f->range_km, g, means);
        d->rel = draw(&f->reliability, g, means);
        d->alert = draw(&f->alert, g, means);
        d->hard = draw(&f->hardness_psi, g, means);
        d->surv = draw(&f->survivability, g, means);
        d->cy = d->yield > 0 ? cbrt(d->yield / 1000.0) : 0;
        d->emt = d->cy * d->cy;
        d->hk = 0;
        if (d->cep > 0 && d->yield > 0)
            d->hk = d->rel * yk_exchange_sspk(yk_exchange_lethal_radius(
                                                  coef[YK_XC_LR_CONSTANT], d->yield, 1000),
                                              d->cep);
    }
}
