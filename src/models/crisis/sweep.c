/*
 * sweep.c - crossing points of the crisis equilibrium along one input:
 * the grid is scanned at the means, and wherever the equilibrium path
 * changes between two grid points the change is located by bisection to
 * the tolerance (so a crossing is found where it is, not at a grid point).
 */
#include <string.h>

#include "models/crisis/crisis_int.h"

#define MAX_HALVINGS 2200

static void path_at(const yk_crisis_inputs *base, const char *name, double x,
                    char *buf, size_t size)
{
    yk_crisis_inputs in = *base;
    yk_crisis_model m;
    yk_crisis_solution s;
    yk_crisis_inputs_set(&in, name, x);
    yk_crisis_model_init(&m, &in);
    yk_crisis_solve(&m, &s);
    yk_crisis_path_name(&s, buf, size);
}

int yk_crisis_crossings(const yk_crisis_inputs *in, const char *name,
                        double lo, double hi, int steps, double tol,
                        yk_crisis_crossing *out, int max)
{
    char prev[64], cur[64];
    double x0 = lo;
    int i, n = 0;
    if (steps < 2 || max <= 0 || !(tol > 0))
        return 0;
    path_at(in, name, lo, prev, sizeof prev);
    for (i = 1; i < steps && n < max; i++) {
        double x1 = lo + (hi - lo) * i / (steps - 1);
        path_at(in, name, x1, cur, sizeof cur);
        /* Every change between x0 and x1, left to right: bisect to the
         * first, then look again from just past it. */
        double a0 = x0;
        char left[64];
        memcpy(left, prev, sizeof left);
        while (strcmp(left, cur) && n < max) {
            double a = a0, b = x1;
            char mid[64];
            int halvings = 0;
            /* A double halves at most ~2,100 times before a and b meet;
             * the cap ends the loop even for a span that overflowed. */
            while (b - a > tol && halvings++ < MAX_HALVINGS) {
                double c = a + (b - a) / 2;
                path_at(in, name, c, mid, sizeof mid);
                if (!strcmp(mid, left))
                    a = c;
                else
                    b = c;
            }
            out[n].at = a + (b - a) / 2;
            memcpy(out[n].before, left, sizeof out[n].before);
            path_at(in, name, b, out[n].after, sizeof out[n].after);
            memcpy(left, out[n].after, sizeof left);
            a0 = b;
            n++;
        }
        memcpy(prev, cur, sizeof prev);
        x0 = x1;
    }
    return n;
}
