/*
 * crisis_inputs.c - see crisis_inputs.h.
 */
#include "crisis_inputs.h"

#include <stdio.h>
#include <string.h>

void crisis_small_inputs(yk_crisis_inputs *in)
{
    memset(in, 0, sizeof *in);
    yk_crisis_coef_defaults(in->c);
    in->kappa = 0.6;
    in->stake_a = 0.7;
    in->stake_t = 1.0;
    in->stake_p = 0.4;
    in->power_a = 2.385;
    in->power_t = 1.0;
    in->power_p = 10.0;
    in->p_distant = true;
    in->resolve_a = 0.5;
    in->warheads_a = 150;
    in->warheads_t = 30;
    in->warheads_p = 1000;
    in->independence = 0.6;
    in->commitment = 0.8;
    in->forward_forces = 0.4;
    in->consultation = 0.3;
    in->sharing = true;
    in->umbrella = true;
    in->network = 0.25;
}

void crisis_random_inputs(yk_rng *r, yk_crisis_inputs *in)
{
    const yk_coefficient_spec *sp = yk_crisis_coef_specs();
    int i;
    memset(in, 0, sizeof *in);
    for (i = 0; i < YK_KC_COUNT; i++)
        in->c[i] = sp[i].range_lo + (sp[i].range_hi - sp[i].range_lo) * yk_rng_u01(r);
    if (in->c[YK_KC_PROJECTION] < in->c[YK_KC_AID_SHARE])
        in->c[YK_KC_PROJECTION] = in->c[YK_KC_AID_SHARE];
    in->kappa = yk_rng_u01(r);
    in->stake_a = yk_rng_u01(r);
    in->stake_t = 0.5 + 0.5 * yk_rng_u01(r);
    in->stake_p = yk_rng_u01(r);
    in->power_a = 10 + 300 * yk_rng_u01(r);
    in->power_t = 5 + 100 * yk_rng_u01(r);
    in->power_p = 10 + 1000 * yk_rng_u01(r);
    in->p_distant = yk_rng_u01(r) < 0.5;
    in->resolve_a = yk_rng_u01(r);
    in->warheads_a = yk_rng_u01(r) < 0.8 ? 2000 * yk_rng_u01(r) : 0;
    in->warheads_t = yk_rng_u01(r) < 0.7 ? 1 + 100 * yk_rng_u01(r) : 0;
    in->warheads_p = yk_rng_u01(r) < 0.9 ? 2000 * yk_rng_u01(r) : 0;
    in->independence = yk_rng_u01(r);
    in->commitment = yk_rng_u01(r);
    in->forward_forces = yk_rng_u01(r);
    in->consultation = yk_rng_u01(r);
    in->sharing = yk_rng_u01(r) < 0.3;
    in->umbrella = yk_rng_u01(r) < 0.5;
    in->network = yk_rng_u01(r);
}

yk_scenario *crisis_load_uncertain(const char *base, yk_error *err)
{
    const yk_coefficient_spec *sp = yk_crisis_coef_specs();
    yk_load_options opt = {.allow_files = false};
    yk_scenario *s = NULL;
    yk_diag d;
    char text[8192];
    size_t n;
    int i;

    n = (size_t)snprintf(text, sizeof text,
                         "scenario: uncertain\nextends: %s\ncoefficients:\n  crisis:\n", base);
    for (i = 0; i < YK_KC_COUNT && n < sizeof text; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "    %s: {uniform: [%.17g, %.17g]}\n",
                              sp[i].name, sp[i].range_lo, sp[i].range_hi);
    if (n >= sizeof text) {
        yk_error_set(err, YK_E_LIMIT, NULL, 0, 0, NULL, "the scenario text is too long");
        return NULL;
    }
    opt.coefficients = sp;
    opt.n_coefficients = YK_KC_COUNT;
    yk_diag_init(&d);
    if (yk_scenario_load_buffer("uncertain.yaml", text, n, &opt, &s, &d) != YK_OK) {
        if (err && d.count)
            *err = d.items[0];
        s = NULL;
    }
    yk_diag_free(&d);
    return s;
}
