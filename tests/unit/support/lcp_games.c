/*
 * lcp_games.c - tables for the lcp tests (lcp_games.h), written as NFG
 * text and read back, so they pass through the same reader as files.
 */
#include "lcp_games.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

yk_game *lcpt_table(int m, int n, const double *a, const double *b)
{
    size_t cap = 128 + (size_t)m * (size_t)n * 64, len;
    char *text = malloc(cap);
    yk_game *g = NULL;
    yk_error err;
    int k;

    if (!text)
        return NULL;
    len = (size_t)snprintf(text, cap, "NFG 1 R \"lcp test\" { \"1\" \"2\" } { %d %d }\n\n", m, n);
    for (k = 0; k < m * n; k++)
        len += (size_t)snprintf(text + len, cap - len, "%.17g %.17g\n", a[k], b[k]);
    if (yk_game_read_buffer("lcp-test.nfg", text, len, &g, &err) != YK_OK) {
        fprintf(stderr, "lcpt_table: %s\n", err.message);
        g = NULL;
    }
    free(text);
    return g;
}

static uint64_t splitmix64(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

yk_game *lcpt_random(int m, int n, int range, uint64_t seed)
{
    double *a = malloc(sizeof(double) * 2 * (size_t)m * (size_t)n);
    yk_game *g;
    int k;

    if (!a)
        return NULL;
    for (k = 0; k < 2 * m * n; k++)
        a[k] = (double)(splitmix64(&seed) % (uint64_t)range);
    g = lcpt_table(m, n, a, a + m * n);
    free(a);
    return g;
}

double lcpt_relative_regret(const yk_game *g, const double *p)
{
    double gain[2], worst = 0.0;
    int q;
    long k;
    yk_game_regret(g, p, gain);
    for (q = 0; q < 2; q++) {
        double lo = HUGE_VAL, hi = -HUGE_VAL;
        for (k = 0; k < g->n_profiles; k++) {
            lo = fmin(lo, g->table[2 * k + q] / 1e300);
            hi = fmax(hi, g->table[2 * k + q] / 1e300);
        }
        if (hi > lo)
            worst = fmax(worst, gain[q] / 1e300 / (hi - lo));
    }
    return worst;
}
