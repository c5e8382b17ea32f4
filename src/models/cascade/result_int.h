/*
 * result_int.h - what a cascade result holds: the prepared model (for
 * ids and sizes) and the merged statistics of every replicate.
 */
#ifndef YK_CASCADE_RESULT_INT_H
#define YK_CASCADE_RESULT_INT_H

#include "models/cascade/cascade_int.h"

struct yk_cascade_result {
    cc_model model;
    cc_acc sum;
};

#endif
