/*
 * coefficients.c - lookups the engines' coefficient tables share (each
 * engine documents its table in its coef.c).
 */
#include <string.h>

#include "yokushi/scenario.h"

int yk_coefficient_index(const yk_coefficient_spec *specs, int n, const char *name)
{
    int i;
    for (i = 0; i < n; i++)
        if (!strcmp(specs[i].name, name))
            return i;
    return -1;
}

void yk_coefficient_defaults(const yk_coefficient_spec *specs, int n, double *values)
{
    int i;
    for (i = 0; i < n; i++)
        values[i] = specs[i].def;
}
