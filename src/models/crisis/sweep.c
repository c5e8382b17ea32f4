/*
 * sweep.c - crossing points of the crisis equilibrium along one input:
 * the grid is scanned at the means, and wherever the equilibrium path
 * changes between two grid points the change is located by bisection to
 * the tolerance (so a crossing is found where it is, not at a grid point).
 * A change that is only the tie-break rule at work is no crossing
 * (margins.c).
 */
#include <string.h>

#include "models/crisis/crisis_int.h"

#define MAX_HALVINGS 2200

static void solve_at(const yk_crisis_inputs *base, const char *name, double x,
                     yk_crisis_model *m, yk_crisis_solution *s)
{
    yk_crisis_inputs in = *base;
    yk_crisis_inputs_set(&in, name, x);
    yk_crisis_model_init(m, &in);
    yk_crisis_solve(m, s);
}

static void path_at(const yk_crisis_inputs *base, const char *name, double x,
                    char *buf, size_t size)
{
    yk_crisis_model m;
    yk_crisis_solution s;
    solve_at(base, name, x, &m, &s);
    yk_crisis_path_name(&s, buf, size);
}

/* Whether the change bracketed by [a, b] is only the tie-break rule at
 * work: every decision that changes is an exact tie on one side (say a
 * patron indifferent between defending and threatening, the tie going to
 * defend, until threatening becomes strictly better). Not a crossing: no
 * payoff crosses another there. */
static bool tie_break_at(const yk_crisis_inputs *base, const char *name, double a,
                         double b)
{
    yk_crisis_model ma, mb;
    yk_crisis_solution sa, sb;
    solve_at(base, name, a, &ma, &sa);
    solve_at(base, name, b, &mb, &sb);
    return yk_cr_tie_break_only(&ma, &sa, &mb, &sb);
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
            path_at(in, name, b, mid, sizeof mid);
            if (!tie_break_at(in, name, a, b)) {
                out[n].at = a + (b - a) / 2;
                memcpy(out[n].before, left, sizeof out[n].before);
                memcpy(out[n].after, mid, sizeof out[n].after);
                n++;
            }
            memcpy(left, mid, sizeof left);
            a0 = b;
        }
        memcpy(prev, cur, sizeof prev);
        x0 = x1;
    }
    return n;
}
