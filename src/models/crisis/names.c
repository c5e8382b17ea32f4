/*
 * names.c - the crisis inputs by name, for `--vary NAME=LO:HI:STEPS` and
 * yk_crisis_sampler_fix: the numeric fields of yk_crisis_inputs and every
 * coefficient (docs/CLI.md "crisis").
 */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "models/crisis/crisis_int.h"
#include "world/suggest.h"

/* Each input with the range a sweep may take it over: the schema range
 * of the world field it comes from (docs/DATA.md), so a sweep asks only
 * for numbers a world file could hold. */
static const struct {
    const char *name;
    size_t offset;
    double lo, hi;
} fields[] = {
    /* alliances.credibility, 0..1 */
    {"kappa", offsetof(yk_crisis_inputs, kappa), 0, 1},
    /* crises.stakes, 0..1 */
    {"stake_a", offsetof(yk_crisis_inputs, stake_a), 0, 1},
    {"stake_t", offsetof(yk_crisis_inputs, stake_t), 0, 1},
    {"stake_p", offsetof(yk_crisis_inputs, stake_p), 0, 1},
    /* states.conventional.power, 0..1e5 USD bn/yr */
    {"power_a", offsetof(yk_crisis_inputs, power_a), 0, 1e5},
    {"power_t", offsetof(yk_crisis_inputs, power_t), 0, 1e5},
    {"power_p", offsetof(yk_crisis_inputs, power_p), 0, 1e5},
    /* states.resolve, 0..1 */
    {"resolve_a", offsetof(yk_crisis_inputs, resolve_a), 0, 1},
    /* one force at the schema's limits: 1e6 launchers x 64 warheads x
     * reliability 1 */
    {"warheads_a", offsetof(yk_crisis_inputs, warheads_a), 0, 6.4e7},
    {"warheads_t", offsetof(yk_crisis_inputs, warheads_t), 0, 6.4e7},
    {"warheads_p", offsetof(yk_crisis_inputs, warheads_p), 0, 6.4e7},
    /* a share of warheads (forces.alert, forces.survivability), 0..1 */
    {"independence", offsetof(yk_crisis_inputs, independence), 0, 1},
    /* alliances.commitment, forward_forces, consultation, 0..1 */
    {"commitment", offsetof(yk_crisis_inputs, commitment), 0, 1},
    {"forward_forces", offsetof(yk_crisis_inputs, forward_forces), 0, 1},
    {"consultation", offsetof(yk_crisis_inputs, consultation), 0, 1},
    /* a sum of products of four 0..1 factors over P's other alliances,
     * and a list holds at most 200,000 entries (world/tree.c) */
    {"network", offsetof(yk_crisis_inputs, network), 0, 2e5},
    /* the theatre (theatres.NAME, theatre.h): each side's forces summed
     * over its states (a list holds at most 200,000 entries of at most
     * 1e4 each), the theatre's own numbers at their schema ranges */
#define SIDE(name, field, k, hi) {name, offsetof(yk_crisis_inputs, theatre.field[k]), 0, hi}
    SIDE("theatre_ready_a", ready, YK_SIDE_AGGRESSOR, 2e9),
    SIDE("theatre_ready_t", ready, YK_SIDE_TARGET, 2e9),
    SIDE("theatre_ready_p", ready, YK_SIDE_PATRON, 2e9),
    SIDE("theatre_reinforce_a", reinforce, YK_SIDE_AGGRESSOR, 2e9),
    SIDE("theatre_reinforce_t", reinforce, YK_SIDE_TARGET, 2e9),
    SIDE("theatre_reinforce_p", reinforce, YK_SIDE_PATRON, 2e9),
    SIDE("theatre_delay_p", delay_days, YK_SIDE_PATRON, 3650),
    SIDE("theatre_nuclear_a", nuclear, YK_SIDE_AGGRESSOR, 2e10),
    SIDE("theatre_nuclear_p", nuclear, YK_SIDE_PATRON, 2e10),
#undef SIDE
    {"objective_days", offsetof(yk_crisis_inputs, theatre.objective_days), 0, 3650},
    {"defender_advantage", offsetof(yk_crisis_inputs, theatre.defender_advantage), 1, 10},
    {"reversal", offsetof(yk_crisis_inputs, theatre.reversal), 1, 10},
    {"horizon_days", offsetof(yk_crisis_inputs, theatre.horizon_days), 0, 3650},
};

/* The name without a "coefficients." or "crisis." prefix. */
static const char *bare(const char *name)
{
    if (!strncmp(name, "coefficients.", 13))
        name += 13;
    if (!strncmp(name, "crisis.", 7))
        name += 7;
    return name;
}

/* The address of `name` in in, or NULL. "crisis." and
 * "coefficients.crisis." prefixes are accepted before coefficient names. */
static double *slot(yk_crisis_inputs *in, const char *name)
{
    size_t i;
    int c;
    name = bare(name);
    for (i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (!strcmp(fields[i].name, name))
            return (double *)((char *)in + fields[i].offset);
    c = yk_crisis_coef_find(name);
    return c >= 0 ? &in->c[c] : NULL;
}

double yk_crisis_inputs_get(const yk_crisis_inputs *in, const char *name)
{
    double *p = slot((yk_crisis_inputs *)in, name);
    return p ? *p : NAN;
}

int yk_crisis_inputs_set(yk_crisis_inputs *in, const char *name, double value)
{
    double *p = slot(in, name);
    if (!p)
        return -1;
    *p = value;
    return 0;
}

bool yk_crisis_input_range(const char *name, double *lo, double *hi)
{
    const yk_coefficient_spec *spec = yk_crisis_coef_specs();
    size_t i;
    int c;
    name = bare(name);
    for (i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (!strcmp(fields[i].name, name)) {
            *lo = fields[i].lo;
            *hi = fields[i].hi;
            return true;
        }
    c = yk_crisis_coef_find(name);
    if (c < 0)
        return false;
    *lo = spec[c].lo;
    *hi = spec[c].hi;
    return true;
}

const char *yk_crisis_input_suggest(const char *name)
{
    const char *names[sizeof fields / sizeof fields[0] + YK_KC_COUNT];
    const yk_coefficient_spec *spec = yk_crisis_coef_specs();
    size_t i, n = 0;
    for (i = 0; i < sizeof fields / sizeof fields[0]; i++)
        names[n++] = fields[i].name;
    for (i = 0; i < YK_KC_COUNT; i++)
        names[n++] = spec[i].name;
    return name ? yk_suggest(bare(name), names, n) : NULL;
}
