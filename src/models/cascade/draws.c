/*
 * draws.c - the cascade run replayed replicate by replicate for the
 * draws file (`--draws`): each replicate draws from its own streams, so
 * replaying it alone gives exactly the replicate the run counted.
 */
#include <string.h>

#include "core/alloc.h"
#include "models/cascade/result_int.h"

size_t yk_cascade_draw_coef_count(const yk_cascade_result *r)
{
    return r->model.n_overrides;
}

const char *yk_cascade_draw_coef_name(const yk_cascade_result *r, size_t k)
{
    return yk_cascade_coef_specs()[r->model.override_id[k]].name;
}

yk_status yk_cascade_each_draw(const yk_cascade_result *r, yk_cascade_draw_fn fn,
                               void *ud, yk_error *err)
{
    const cc_model *m = &r->model;
    size_t N = m->n_states, K = m->n_overrides, i, k;
    yk_status st = YK_OK;
    yk_cascade_draw_view v;
    cc_work w;
    int *ints;
    double *dbl;
    uint64_t rep;

    ints = yk_malloc((5 * N + 1) * sizeof *ints);
    dbl = yk_malloc((N + K + 1) * sizeof *dbl);
    if (!ints || !dbl || yk_cc_work_alloc(&w, m)) {
        yk_free(ints);
        yk_free(dbl);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    v.start = ints;
    v.stage = ints + N;
    v.reached = ints + 2 * N;
    v.breakout = dbl;
    v.coef = dbl + N;
    for (rep = 0; rep < r->sum.n && !st; rep++) {
        yk_cc_replicate(m, rep, &w, NULL);
        for (i = 0; i < N; i++) {
            ints[i] = m->nuclear0[i] ? YK_STAGE_NUCLEAR : m->stage_line[i];
            ints[N + i] = w.stage[i];
            ints[2 * N + 3 * i] = w.reached[3 * i];
            ints[2 * N + 3 * i + 1] = w.reached[3 * i + 1];
            ints[2 * N + 3 * i + 2] = w.reached[3 * i + 2];
            dbl[i] = w.start_breakout[i];
        }
        for (k = 0; k < K; k++)
            dbl[N + k] = w.coef.v[m->override_id[k]];
        v.replicate = rep;
        st = fn(ud, &v);
    }
    yk_cc_work_free(&w);
    yk_free(ints);
    yk_free(dbl);
    if (st)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "%s", yk_status_str(st));
    return YK_OK;
}
