/*
 * point.c - an engine run at one point of a sensitivity design or a sweep
 * grid (point.h).
 */
#include <stdio.h>
#include <string.h>

#include "engine/point.h"

yk_status yk_point_engine(const yk_run_options *o, const yk_scenario *s,
                          const char *self, const yk_engine **e, yk_error *err)
{
    const char *name = yk_run_options_get(o, "engine", NULL);
    const yk_run_config *rc = yk_scenario_run(s);
    size_t i;
    if (!name) {
        name = "crisis";
        for (i = 0; i < rc->n_engines; i++)
            if (strcmp(rc->engines[i], "sensitivity") && strcmp(rc->engines[i], "sweep") &&
                strcmp(rc->engines[i], self)) {
                name = rc->engines[i];
                break;
            }
    }
    *e = yk_engine_find(name);
    if (!*e || !(*e)->inputs)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "engine",
                            "\"%s\" is not an engine whose inputs can be set (crisis, "
                            "cascade)", name);
    return YK_OK;
}

yk_status yk_point_options(const yk_run_options *o, uint64_t seed,
                           int64_t replicates, yk_run_options **inner,
                           yk_error *err)
{
    char num[32];
    yk_run_options *ro = yk_run_options_new();
    *inner = NULL;
    if (!ro)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    snprintf(num, sizeof num, "%llu", (unsigned long long)seed);
    if (yk_run_options_set(ro, "seed", num, err) ||
        (snprintf(num, sizeof num, "%lld",
                  (long long)(o && o->replicates ? o->replicates : replicates)),
         yk_run_options_set(ro, "replicates", num, err)) ||
        yk_run_options_set(ro, "threads", "1", err)) {
        yk_run_options_free(ro);
        return err->status ? err->status : YK_E_NOMEM;
    }
    if (o)
        yk_run_options_stop(ro, o->stop);
    *inner = ro;
    return YK_OK;
}

void yk_point_path(const yk_engine *e, const char *name, char *buf, size_t size)
{
    size_t n, i;
    const yk_coefficient_spec *c = yk_engine_coefficients(e, &n);
    if (!strchr(name, '.') && !strchr(name, '['))
        for (i = 0; c && i < n; i++)
            if (!strcmp(c[i].name, name)) {
                snprintf(buf, size, "coefficients.%s.%s", yk_engine_name(e), name);
                return;
            }
    snprintf(buf, size, "%s", name);
}

yk_status yk_point_run(const yk_point_model *m, const double *x,
                       yk_engine_result **res, yk_scenario **s2, yk_error *err)
{
    yk_diag diag;
    yk_status st;
    *res = NULL;
    yk_diag_init(&diag);
    st = yk_scenario_with(m->s, m->paths, x, m->k, s2, &diag);
    if (st) {
        if (diag.count) {
            const yk_error *d = &diag.items[0];
            yk_error_set(err, st, NULL, 0, 0, d->path, "%s", d->message);
        } else {
            /* yk_diag drops a problem it has no memory to keep. */
            yk_error_set(err, st, NULL, 0, 0, NULL, "%s",
                         st == YK_E_NOMEM ? "out of memory" : "the scenario at a point failed");
        }
        yk_diag_free(&diag);
        return st;
    }
    yk_diag_free(&diag);
    st = yk_engine_run(m->engine, *s2, m->inner, res, err);
    if (st) {
        yk_scenario_free(*s2);
        *s2 = NULL;
    }
    return st;
}
