/*
 * continuation.c - the ladder's continuation value for the crisis engine
 * (MODEL.md section 3, step 4: "the value of escalating and P's expected
 * cost of it are the ladder engine's continuation values for that dyad
 * and theatre"): the game from the highest conventional rung (a major
 * conventional war in the theatre, the state after the patron defends)
 * with A to move, solved and run to its end exactly.
 */
#include <string.h>

#include "core/alloc.h"
#include "models/ladder/ladder_int.h"

/* The game from the highest conventional rung of in. */
static yk_status continue_from(const yk_ladder_inputs *in, yk_ladder_continuation *out,
                               yk_error *err);

yk_status yk_ladder_continuation_value(const yk_world *w, const yk_ladder_dyad *d,
                                       const double *c, yk_rng *r,
                                       yk_ladder_continuation *out, yk_error *err)
{
    yk_ladder_inputs in;
    yk_status st;
    memset(out, 0, sizeof *out);
    st = yk_ladder_inputs_fill(w, d, c, r, &in, err);
    return st ? st : continue_from(&in, out, err);
}

yk_status yk_ladder_continuation_value_with(const yk_world *w, const yk_ladder_dyad *d,
                                            const double *c, yk_rng *r,
                                            const double strategic[2],
                                            yk_ladder_continuation *out, yk_error *err)
{
    yk_ladder_inputs in;
    yk_status st;
    memset(out, 0, sizeof *out);
    st = yk_ladder_inputs_fill_with(w, d, c, r, strategic, &in, err);
    return st ? st : continue_from(&in, out, err);
}

static yk_status continue_from(const yk_ladder_inputs *in, yk_ladder_continuation *out,
                               yk_error *err)
{
    yk_ladder_outcome o;
    yk_ladder_policy *p;
    yk_ladder_state s = yk_ladder_start();
    double *work;
    yk_status st;
    int k;

    for (k = 0; k < in->n_rungs; k++)
        if (in->kind[k] == YK_RUNG_CONVENTIONAL)
            s.rung = k;
    p = yk_ladder_policy_new(in->n_rungs, in->horizon);
    work = p ? yk_malloc(yk_ladder_work_size(p) * sizeof *work) : NULL;
    if (!work) {
        yk_ladder_policy_free(p);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    st = yk_ladder_solve(p, in);
    if (!st) {
        yk_ladder_exact(p, in, s, work, &o);
        out->start_rung = s.rung;
        out->value_a = o.value[0];
        out->value_d = o.value[1];
        out->cost_a = o.cost[0];
        out->cost_d = o.cost[1];
        out->p_nuclear_use = o.p_nuclear_use;
        out->p_prevail_a = o.p_prevail[0];
    }
    yk_free(work);
    yk_ladder_policy_free(p);
    return st ? yk_error_set(err, st, NULL, 0, 0, NULL, "the ladder cannot be solved") : YK_OK;
}
