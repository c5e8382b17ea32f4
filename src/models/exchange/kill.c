/*
 * kill.c - the calculator: lethal radius by cube-root scaling, single-
 * shot kill probability, n shots, one defence layer, survivors of a
 * counterforce strike, and great-circle distance (docs/MODEL.md
 * "exchange", kill probability; ANCHORS F1, F4, F5 are the unit tests).
 */
#include <math.h>

#include "models/exchange/exchange_int.h"

#define LN2 0.69314718055994530942
#define PI 3.14159265358979323846

/* The open-source rule: LR = k x 1852 m x (Y/1000 kt)^(1/3) / H^(1/3): k
 * nautical miles is the radius of 1 psi from 1 Mt, and the radius of a
 * given overpressure scales with the cube root of yield (Glasstone &
 * Dolan) and, on this fit, with the inverse cube root of the pressure. */
double yk_exchange_lethal_radius(double k, double yield_kt, double hardness_psi)
{
    if (!(k > 0) || !(yield_kt > 0) || !(hardness_psi > 0))
        return NAN;
    return k * YK_EXCHANGE_METRES_PER_NMI * cbrt(yield_kt / 1000.0) / cbrt(hardness_psi);
}

double yk_exchange_sspk(double lethal_radius_m, double cep_m)
{
    double r;
    if (!(lethal_radius_m >= 0) || !(cep_m > 0))
        return NAN;
    r = lethal_radius_m / cep_m;
    /* 0.5^(r^2) = exp(-ln2 r^2); -expm1 keeps precision for small r. */
    return -expm1(-LN2 * r * r);
}

double yk_exchange_n_shot(double p, double n)
{
    if (p >= 1)
        return n > 0 ? 1.0 : 0.0;
    return -expm1(n * log1p(-p));
}

double yk_exchange_layer_kill(double n, double pk, double tracking)
{
    return tracking * yk_exchange_n_shot(pk, n);
}

double yk_exchange_expected_survivors(double n, double p, double k)
{
    return n * (1.0 - yk_exchange_n_shot(p, k));
}

double yk_exchange_p_all_destroyed(double n, double p, double k)
{
    return pow(yk_exchange_n_shot(p, k), n);
}

double yk_exchange_distance_km(double lat1, double lon1, double lat2, double lon2)
{
    const double rad = PI / 180.0;
    double p1 = lat1 * rad, p2 = lat2 * rad;
    double dp = (lat2 - lat1) * rad, dl = (lon2 - lon1) * rad;
    double a = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2);
    if (a > 1)
        a = 1;
    return 2.0 * 6371.0 * asin(sqrt(a));
}
