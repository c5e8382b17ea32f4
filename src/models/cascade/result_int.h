/*
 * result_int.h - what a cascade result holds: the prepared model (for
 * ids and sizes) and the merged statistics of every replicate.
 */
#ifndef YK_CASCADE_RESULT_INT_H
#define YK_CASCADE_RESULT_INT_H

#include "models/cascade/cascade_int.h"

struct yk_cascade_result {
    cc_model model;
    cc_total sum;
    yk_cascade_estimate *band; /* [y * n_states + i], outer draws only */
    char warning[160];
};

#endif
