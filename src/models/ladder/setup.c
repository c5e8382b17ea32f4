/*
 * setup.c - the part of a crisis's capabilities that does not change
 * between draws (docs/MODEL.md "ladder", "Sides and capabilities"):
 * whether its theatre has data, and each side's strategic capability from
 * the exchange engine; and the words that say where each kind of rung's
 * capabilities come from.
 */
#include <string.h>

#include "models/ladder/ladder_int.h"
#include "yokushi/exchange.h"

void yk_ld_exchange_coef(const yk_scenario *s, double *xc)
{
    const yk_coefficient_spec *spec = yk_exchange_coef_specs();
    const yk_coefficient *ov;
    size_t n_ov, i;
    yk_coefficient_defaults(spec, YK_XC_COUNT, xc);
    ov = yk_scenario_coefficients(s, &n_ov);
    for (i = 0; i < n_ov; i++) {
        int c = strcmp(ov[i].engine, "exchange")
                    ? -1 : yk_coefficient_index(spec, YK_XC_COUNT, ov[i].name);
        if (c >= 0)
            xc[c] = yk_param_mean(&ov[i].value);
    }
}

/* The crisis engine's rule (crisis/inputs.c): a theatre counts only when
 * the world has it and it lists forces of both A and T. */
static const yk_theatre *theatre_with_data(const yk_world *w, const yk_ladder_dyad *d)
{
    const yk_theatre *th = d->theatre ? yk_world_theatre(w, d->theatre) : NULL;
    if (th && (!yk_theatre_force_of(th, d->aggressor) || !yk_theatre_force_of(th, d->target)))
        return NULL;
    return th;
}

yk_status yk_ladder_strategic_capabilities_from(const yk_world *w, const yk_ladder_dyad *d,
                                                yk_ladder_delivered_fn fn, void *ud,
                                                double out[2], yk_error *err)
{
    ld_team t[2];
    int s;
    for (s = 0; s < 2; s++)
        yk_ld_team_of(w, d, s, &t[s]);
    for (s = 0; s < 2; s++) {
        yk_status st = yk_ld_strategic_capability(w, &t[s], t[1 - s].st[0], fn, ud, &out[s],
                                                  err);
        if (st)
            return st;
    }
    return YK_OK;
}

/* The exchange engine at the coefficients *ud points to (NULL: its
 * defaults). */
static yk_status exchange_delivered(void *ud, const yk_world *w, const yk_state *member,
                                    const yk_state *opponent, double *delivered,
                                    yk_error *err)
{
    const double *xcoef = *(const double *const *)ud;
    yk_exchange_capability x;
    yk_status st = yk_exchange_capability_of(w, member->id, opponent->id, w->year, xcoef,
                                             NULL, &x, err);
    *delivered = st ? 0 : x.delivered;
    return st;
}

yk_status yk_ladder_strategic_capabilities(const yk_world *w, const yk_ladder_dyad *d,
                                           const double *xcoef, double out[2],
                                           yk_error *err)
{
    return yk_ladder_strategic_capabilities_from(w, d, exchange_delivered, &xcoef, out, err);
}

yk_status yk_ld_fixed_init(const yk_world *w, const yk_ladder_dyad *d, const double *xcoef,
                           ld_fixed *f, yk_error *err)
{
    f->th = theatre_with_data(w, d);
    return yk_ladder_strategic_capabilities(w, d, xcoef, f->strategic, err);
}

void yk_ld_fixed_given(const yk_world *w, const yk_ladder_dyad *d, const double strategic[2],
                       ld_fixed *f)
{
    f->th = theatre_with_data(w, d);
    f->strategic[0] = strategic[0];
    f->strategic[1] = strategic[1];
}

const char *yk_ld_capability_source(const ld_fixed *f, yk_rung_kind kind)
{
    switch (kind) {
    case YK_RUNG_RESOLVE:
        return "resolve x stake";
    case YK_RUNG_CONVENTIONAL:
        return f->th ? "theatre balance"
                     : "global power x projection (no theatre data)";
    case YK_RUNG_STRATEGIC_CONVENTIONAL:
        return "long-range strike, cyber and space less the opponent's defence";
    case YK_RUNG_SIGNALLING:
        return "deployed warheads";
    case YK_RUNG_THEATRE_NUCLEAR:
        return f->th ? "theatre nuclear warheads (theatre data)"
                     : "non-strategic forces by region and shared weapons (no theatre data)";
    case YK_RUNG_STRATEGIC_NUCLEAR:
        return "exchange engine (second strike, at the means)";
    }
    return "";
}
