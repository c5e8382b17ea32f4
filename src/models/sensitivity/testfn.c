/*
 * testfn.c - the standard test functions of sensitivity analysis with
 * their exact indices, to verify the estimators (ANCHORS: Ishigami and
 * Homma 1990; Sobol' G with SALib's default coefficients).
 *
 * Ishigami: f = sin x1 + a sin^2 x2 + b x3^4 sin x1, x ~ U(-pi, pi)^3,
 * a = 7, b = 0.1: V1 = (1 + b pi^4 / 5)^2 / 2, V2 = a^2 / 8,
 * V13 = b^2 pi^8 (1/18 - 1/50), V = V1 + V2 + V13.
 * Sobol G: f = prod (|4 x_i - 2| + a_i) / (1 + a_i), x ~ U(0, 1)^k:
 * V_i = 1 / (3 (1 + a_i)^2), V = prod (1 + V_i) - 1,
 * S1_i = V_i / V, ST_i = V_i prod_{j != i} (1 + V_j) / V.
 */
#include <math.h>
#include <string.h>

#include "models/sensitivity/sens_int.h"

#define ISHIGAMI_A 7.0
#define ISHIGAMI_B 0.1
#define G_K 8

static const double g_a[G_K] = {0, 1, 4.5, 9, 99, 99, 99, 99};

#define PI 3.14159265358979323846
#define U(L, H) {.kind = YK_DIST_UNIFORM, .a = (L), .b = (H), .lo = (L), .hi = (H), \
                 .value = 0.5 * ((L) + (H))}

static const yk_sens_input ishigami_in[3] = {
    {"x1", U(-PI, PI)}, {"x2", U(-PI, PI)}, {"x3", U(-PI, PI)}};
static const yk_sens_input g_in[G_K] = {
    {"x1", U(0, 1)}, {"x2", U(0, 1)}, {"x3", U(0, 1)}, {"x4", U(0, 1)},
    {"x5", U(0, 1)}, {"x6", U(0, 1)}, {"x7", U(0, 1)}, {"x8", U(0, 1)}};

static yk_status ishigami(void *ud, const double *x, size_t k, double *y, yk_error *err)
{
    (void)ud;
    (void)k;
    (void)err;
    *y = sin(x[0]) + ISHIGAMI_A * sin(x[1]) * sin(x[1]) +
         ISHIGAMI_B * pow(x[2], 4) * sin(x[0]);
    return YK_OK;
}

static yk_status sobol_g(void *ud, const double *x, size_t k, double *y, yk_error *err)
{
    double f = 1;
    size_t i;
    (void)ud;
    (void)err;
    for (i = 0; i < k && i < G_K; i++)
        f *= (fabs(4 * x[i] - 2) + g_a[i]) / (1 + g_a[i]);
    *y = f;
    return YK_OK;
}

static const struct {
    const char *name;
    const yk_sens_input *in;
    size_t k;
    yk_sens_model_fn f;
} functions[] = {
    {"ishigami", ishigami_in, 3, ishigami},
    {"sobol-g", g_in, G_K, sobol_g},
};

#define N_FUNCTIONS (sizeof functions / sizeof functions[0])

size_t yk_sens_test_function_count(void)
{
    return N_FUNCTIONS;
}

const char *yk_sens_test_function_name(size_t i)
{
    return i < N_FUNCTIONS ? functions[i].name : NULL;
}

yk_status yk_sens_test_function(const char *name, const yk_sens_input **in,
                                size_t *k, yk_sens_model_fn *f)
{
    size_t i;
    for (i = 0; name && i < N_FUNCTIONS; i++)
        if (!strcmp(functions[i].name, name)) {
            *in = functions[i].in;
            *k = functions[i].k;
            *f = functions[i].f;
            return YK_OK;
        }
    return YK_E_NOTFOUND;
}

static double ishigami_exact(size_t i, yk_sens_index which)
{
    double pi4 = pow(PI, 4), pi8 = pi4 * pi4, b = ISHIGAMI_B;
    double v1 = 0.5 * (1 + b * pi4 / 5) * (1 + b * pi4 / 5);
    double v2 = ISHIGAMI_A * ISHIGAMI_A / 8;
    double v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
    double v = v1 + v2 + v13;
    const double s1[3] = {v1 / v, v2 / v, 0};
    const double st[3] = {(v1 + v13) / v, v2 / v, v13 / v};
    if (i >= 3)
        return NAN;
    return which == YK_SENS_S1 ? s1[i] : (which == YK_SENS_ST ? st[i] : NAN);
}

static double g_exact(size_t i, yk_sens_index which)
{
    double vi[G_K], v = 1, others = 1;
    size_t j;
    if (i >= G_K)
        return NAN;
    for (j = 0; j < G_K; j++) {
        vi[j] = 1 / (3 * (1 + g_a[j]) * (1 + g_a[j]));
        v *= 1 + vi[j];
        if (j != i)
            others *= 1 + vi[j];
    }
    v -= 1;
    return which == YK_SENS_S1 ? vi[i] / v
                               : (which == YK_SENS_ST ? vi[i] * others / v : NAN);
}

double yk_sens_test_exact(const char *name, size_t i, yk_sens_index which)
{
    if (name && !strcmp(name, "ishigami"))
        return ishigami_exact(i, which);
    if (name && !strcmp(name, "sobol-g"))
        return g_exact(i, which);
    return NAN;
}
