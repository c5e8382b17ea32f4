/*
 * capability.c - yk_exchange_capability_of: the door through which the
 * crisis engine's nuclear damage and the ladder's rungs 8-9 read what a
 * side keeps and delivers after its opponent strikes first (exchange.h).
 * One strike as a run computes it, on means or on one draw.
 */
#include <string.h>

#include "core/alloc.h"
#include "models/exchange/exchange_int.h"

yk_status yk_exchange_capability_of(const yk_world *w, const char *side,
                                    const char *opponent, int year,
                                    const double *coef, yk_rng *draws,
                                    yk_exchange_capability *out, yk_error *err)
{
    const char *ids[2] = {side, opponent};
    double defaults[YK_XC_COUNT];
    xc_side sides[2];
    xc_fdraw *d[2] = {NULL, NULL};
    const xc_fdraw *cd[2];
    xc_strike_work sw;
    xc_strike_out o;
    size_t i, k, n = 0;
    yk_status st = YK_OK;

    memset(out, 0, sizeof *out);
    memset(sides, 0, sizeof sides);
    memset(&sw, 0, sizeof sw);
    for (i = 0; i < 2; i++)
        if (!ids[i] || yk_world_state_index(w, ids[i]) == YK_NONE)
            return yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, NULL, "no state \"%s\"",
                                ids[i] ? ids[i] : "");
    if (!strcmp(side, opponent))
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "a side cannot be its own opponent (%s)", side);
    if (!coef) {
        yk_coefficient_defaults(yk_exchange_coef_specs(), YK_XC_COUNT, defaults);
        coef = defaults;
    }
    for (i = 0; i < 2 && !st; i++) {
        st = yk_xc_prepare_side(w, yk_world_state_index(w, ids[i]), ids, 2, year, &sides[i]);
        if (!st) {
            d[i] = yk_calloc(sides[i].n_forces + 1, sizeof *d[i]);
            if (!d[i])
                st = YK_E_NOMEM;
            else
                yk_xc_draw_side(&sides[i], coef, draws, draws == NULL, d[i]);
            if (sides[i].n_forces > n)
                n = sides[i].n_forces;
        }
    }
    if (!st)
        st = yk_xc_strike_work_init(&sw, n);
    if (!st) {
        cd[0] = d[0];
        cd[1] = d[1];
        yk_xc_strike(sides, 2, cd, 1, 0, coef, &sw, &o);
        out->warheads = o.target_before;
        out->surviving = o.surviving;
        out->deliverable = o.deliverable;
        out->delivered = o.retaliation;
        out->delivered_emt = o.retaliation_emt;
        out->damage = o.damage_striker;
        out->unstruck_delivered =
            yk_xc_unstruck_delivered(&sides[0], d[0], 1, &sides[1], coef, sw.held);
    }
    yk_xc_strike_work_free(&sw);
    for (k = 0; k < 2; k++) {
        yk_xc_side_free(&sides[k]);
        yk_free(d[k]);
    }
    if (st == YK_E_NOMEM)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory");
    return st;
}
