/*
 * spread.c - each decision's margin across draws, in a histogram of fixed
 * bins: memory does not grow with the replicates, blocks merge by adding
 * counts (any thread count, the same bits), and a quantile is read to
 * within its bin, 8 to an octave (9% of the margin), from 1e-12 (below:
 * a tie) to 2^14. A margin is signed against the call at the means:
 * positive where the draw decides as the means do, by its margin;
 * negative where it decides otherwise, by its own margin for the other
 * action (docs/MODEL.md section 9, "How close the calls are").
 */
#include <math.h>

#include "models/crisis/crisis_int.h"

#define LOW_OCTAVE (-40) /* 2^-40 < 1e-12, the tie tolerance */

static int magnitude_bin(double a)
{
    double e = (log2(a) - LOW_OCTAVE) * CR_SPREAD_PER_OCTAVE;
    if (!(e >= 0))
        return 0;
    return e >= CR_SPREAD_SIDE ? CR_SPREAD_SIDE - 1 : (int)e;
}

void yk_cr_spread_add(yk_cr_spread *h, double signed_margin)
{
    int b;
    if (isnan(signed_margin))
        return;
    if (yk_cr_is_tie(signed_margin)) {
        h->n[CR_SPREAD_SIDE]++;
        return;
    }
    b = magnitude_bin(fabs(signed_margin));
    /* Bins in value order: the negative side mirrored below the tie bin. */
    h->n[signed_margin > 0 ? CR_SPREAD_SIDE + 1 + b : CR_SPREAD_SIDE - 1 - b]++;
}

void yk_cr_spread_merge(yk_cr_spread *into, const yk_cr_spread *from)
{
    int i;
    for (i = 0; i < CR_SPREAD_BINS; i++)
        into->n[i] += from->n[i];
}

/* The middle of bin i, in value order. */
static double bin_value(int i)
{
    int b = i > CR_SPREAD_SIDE ? i - CR_SPREAD_SIDE - 1 : CR_SPREAD_SIDE - 1 - i;
    double a = exp2((b + 0.5) / CR_SPREAD_PER_OCTAVE + LOW_OCTAVE);
    return i == CR_SPREAD_SIDE ? 0 : i > CR_SPREAD_SIDE ? a : -a;
}

double yk_cr_spread_quantile(const yk_cr_spread *h, double q)
{
    int64_t total = 0, seen = 0, rank;
    int i;
    for (i = 0; i < CR_SPREAD_BINS; i++)
        total += h->n[i];
    if (!total)
        return NAN;
    rank = (int64_t)ceil(q * (double)total);
    rank = rank < 1 ? 1 : rank;
    for (i = 0; i < CR_SPREAD_BINS; i++) {
        seen += h->n[i];
        if (seen >= rank)
            break;
    }
    return bin_value(i < CR_SPREAD_BINS ? i : CR_SPREAD_BINS - 1);
}
