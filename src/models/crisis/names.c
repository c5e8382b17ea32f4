/*
 * names.c - the crisis inputs by name, for `--vary NAME=LO:HI:STEPS` and
 * yk_crisis_sampler_fix: the numeric fields of yk_crisis_inputs and every
 * coefficient (docs/CLI.md "crisis").
 */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "yokushi/crisis.h"

static const struct {
    const char *name;
    size_t offset;
} fields[] = {
    {"kappa", offsetof(yk_crisis_inputs, kappa)},
    {"stake_a", offsetof(yk_crisis_inputs, stake_a)},
    {"stake_t", offsetof(yk_crisis_inputs, stake_t)},
    {"stake_p", offsetof(yk_crisis_inputs, stake_p)},
    {"power_a", offsetof(yk_crisis_inputs, power_a)},
    {"power_t", offsetof(yk_crisis_inputs, power_t)},
    {"power_p", offsetof(yk_crisis_inputs, power_p)},
    {"resolve_a", offsetof(yk_crisis_inputs, resolve_a)},
    {"warheads_a", offsetof(yk_crisis_inputs, warheads_a)},
    {"warheads_t", offsetof(yk_crisis_inputs, warheads_t)},
    {"warheads_p", offsetof(yk_crisis_inputs, warheads_p)},
    {"independence", offsetof(yk_crisis_inputs, independence)},
    {"commitment", offsetof(yk_crisis_inputs, commitment)},
    {"forward_forces", offsetof(yk_crisis_inputs, forward_forces)},
    {"consultation", offsetof(yk_crisis_inputs, consultation)},
    {"network", offsetof(yk_crisis_inputs, network)},
};

/* The address of `name` in in, or NULL. "crisis." and
 * "coefficients.crisis." prefixes are accepted before coefficient names. */
static double *slot(yk_crisis_inputs *in, const char *name)
{
    size_t i;
    int c;
    if (!strncmp(name, "coefficients.", 13))
        name += 13;
    if (!strncmp(name, "crisis.", 7))
        name += 7;
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
