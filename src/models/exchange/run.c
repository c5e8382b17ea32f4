/*
 * run.c - yk_exchange_run: replicates through the Monte Carlo driver
 * (mc.h) in fixed blocks of XC_BLOCK. A slot keeps its block's numbers
 * row by row; the merge, in block order on one thread, adds them to the
 * total's moments and histograms in replicate order, so any thread count
 * gives the identical bits, and memory does not grow with replicates.
 */
#include <string.h>

#include "core/alloc.h"
#include "models/exchange/exchange_int.h"
#include "yokushi/mc.h"

typedef struct slot {
    xc_work work;
    double *rows;   /* XC_BLOCK x n_values */
    size_t n;       /* rows filled */
} slot;

typedef struct ctx {
    yk_exchange_result *r;
} ctx;

static yk_status slot_init(void *c, void *s)
{
    const xc_model *m = &((ctx *)c)->r->model;
    slot *sl = s;
    sl->rows = yk_malloc(XC_BLOCK * m->n_values * sizeof *sl->rows + 1);
    if (!sl->rows || yk_xc_work_init(&sl->work, m))
        return YK_E_NOMEM;
    return YK_OK;
}

static void slot_free(void *c, void *s)
{
    slot *sl = s;
    (void)c;
    yk_xc_work_free(&sl->work);
    yk_free(sl->rows);
}

static void block_begin(void *c, void *s)
{
    (void)c;
    ((slot *)s)->n = 0;
}

static void replicate(void *c, void *s, uint64_t rep)
{
    const xc_model *m = &((ctx *)c)->r->model;
    slot *sl = s;
    yk_xc_replicate(m, rep, &sl->work, sl->rows + sl->n * m->n_values);
    sl->n++;
}

static void merge(void *c, const void *s)
{
    yk_exchange_result *r = ((ctx *)c)->r;
    const slot *sl = s;
    size_t i, k, n = r->model.n_values;
    for (i = 0; i < sl->n; i++) {
        const double *row = sl->rows + i * n;
        for (k = 0; k < n; k++) {
            yk_moments_add(&r->mom[k], row[k]);
            yk_histogram_add(&r->hist[k], row[k]);
        }
    }
    r->replicates += (int64_t)sl->n;
}

static const yk_mc_ops exchange_mc = {
    .block = XC_BLOCK, /* fixed, never derived from the thread count */
    .slot_size = sizeof(slot),
    .slot_init = slot_init,
    .slot_free = slot_free,
    .block_begin = block_begin,
    .replicate = replicate,
    .merge = merge,
};

static yk_status totals(yk_exchange_result *r)
{
    const xc_model *m = &r->model;
    size_t per = yk_xc_values_per_year(m->n_sides), k;
    r->mom = yk_calloc(m->n_values + 1, sizeof *r->mom);
    r->hist = yk_calloc(m->n_values + 1, sizeof *r->hist);
    if (!r->mom || !r->hist)
        return YK_E_NOMEM;
    for (k = 0; k < m->n_values; k++) {
        bool share = yk_xc_value_is_share(m->n_sides, k % per);
        yk_moments_init(&r->mom[k]);
        yk_histogram_init(&r->hist[k], 0, share ? 1.0 + 1.0 / XC_BINS : m->hist_hi_warheads,
                          XC_BINS);
    }
    return YK_OK;
}

yk_status yk_exchange_run(const yk_scenario *s, const yk_exchange_options *o,
                          yk_exchange_result **out, yk_error *err)
{
    yk_exchange_options def;
    yk_exchange_result *r;
    yk_mc_options mo;
    ctx cx;
    int64_t reps;
    yk_status st;

    *out = NULL;
    if (!o) {
        memset(&def, 0, sizeof def);
        def.seed = yk_scenario_seed(s);
        o = &def;
    }
    reps = o->replicates > 0 ? o->replicates : yk_scenario_run(s)->replicates;
    if (reps < 1)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL, "replicates must be at least 1");
    r = yk_calloc(1, sizeof *r);
    if (!r)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    st = yk_xc_model_prepare(s, o, &r->model, err);
    if (!st && totals(r))
        st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    if (!st) {
        memset(&mo, 0, sizeof mo);
        mo.replicates = reps;
        mo.threads = o->threads;
        mo.stop = o->stop;
        mo.progress = o->progress;
        mo.progress_ud = o->progress_ctx;
        cx.r = r;
        st = yk_mc_run(&exchange_mc, &cx, &mo);
        if (st == YK_E_NOMEM)
            yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory");
        else if (st == YK_E_INTERRUPTED)
            yk_error_set(err, st, NULL, 0, 0, NULL, "interrupted");
        else if (st)
            yk_error_set(err, st, NULL, 0, 0, NULL, "%s", yk_status_str(st));
    }
    if (st) {
        yk_exchange_result_free(r);
        return st;
    }
    *out = r;
    return YK_OK;
}
