/*
 * options.c - the options of one run: the common ones (seed, threads,
 * replicates) checked as the command line checks them, and each engine's
 * own checked by the engines that take it, so a bad value is refused
 * when it is set, not deep inside a run.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/numtext.h"
#include "core/alloc.h"
#include "engine/engine_int.h"

/* 2^53, as a file's seed: every seed is exact in JSON readers. */
#define SEED_MAX 9007199254740992ULL

yk_run_options *yk_run_options_new(void)
{
    return yk_calloc(1, sizeof(yk_run_options));
}

void yk_run_options_free(yk_run_options *o)
{
    size_t i;
    if (!o)
        return;
    for (i = 0; i < o->n_values; i++) {
        yk_free(o->values[i].name);
        yk_free(o->values[i].value);
    }
    yk_free(o->values);
    yk_free(o);
}

void yk_run_options_progress(yk_run_options *o, yk_progress_fn fn, void *ud)
{
    o->progress = fn;
    o->progress_ud = ud;
}

void yk_run_options_stop(yk_run_options *o, const volatile int *stop)
{
    o->stop = stop;
}

void yk_run_options_spread(yk_run_options *o, yk_spread_fn fn, void *ud)
{
    o->spread = fn;
    o->spread_ud = ud;
}

/* The common options; YK_E_NOTFOUND when name is not one of them. */
static yk_status set_common(yk_run_options *o, const char *name,
                            const char *value, yk_error *err)
{
    uint64_t u;
    if (!strcmp(name, "seed")) {
        if (!yk_parse_u64(value, SEED_MAX, &u))
            return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "seed",
                                "takes a whole number 0..2^53 (got \"%s\")",
                                value ? value : "");
        o->seed = u;
        o->has_seed = true;
        return YK_OK;
    }
    if (!strcmp(name, "threads")) {
        if (!yk_parse_u64(value, 4096, &u))
            return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "threads",
                                "takes 0 (all cores) to 4096 (got \"%s\")",
                                value ? value : "");
        o->threads = (int)u;
        return YK_OK;
    }
    if (!strcmp(name, "replicates")) {
        if (!yk_parse_u64(value, 1000000000, &u) || u == 0)
            return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "replicates",
                                "takes 1 to 1e9 (got \"%s\")", value ? value : "");
        o->replicates = (int64_t)u;
        return YK_OK;
    }
    return YK_E_NOTFOUND;
}

/* Every engine that takes `name` checks the value. */
static yk_status check_engines(const char *name, const char *value,
                               yk_error *err)
{
    size_t i;
    int known = 0;
    for (i = 0; i < yk_engine_count(); i++) {
        const yk_engine *e = yk_engine_at(i);
        const yk_engine_option *opt = yk_engine_option_find(e, name);
        yk_status st;
        if (!opt)
            continue;
        known = 1;
        if (!opt->value) {
            if (value && strcmp(value, "true") && strcmp(value, "false"))
                return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name,
                                    "is a flag: true or false (got \"%s\")", value);
            continue;
        }
        if (!value)
            return yk_error_set(err, YK_E_ARG, NULL, 0, 0, name, "needs a value (%s)",
                                opt->value);
        st = e->check(name, value, err);
        if (st)
            return st;
    }
    if (!known)
        return yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, name,
                            "no engine takes an option of this name");
    return YK_OK;
}

yk_status yk_run_options_set(yk_run_options *o, const char *name,
                             const char *value, yk_error *err)
{
    yk_run_option_value *grown;
    yk_run_option_value v;
    yk_status st;

    if (!o || !name)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL, "no options or no name");
    st = set_common(o, name, value, err);
    if (st != YK_E_NOTFOUND)
        return st;
    st = check_engines(name, value, err);
    if (st)
        return st;
    v.name = yk_strdup(name);
    v.value = value ? yk_strdup(value) : NULL;
    grown = yk_reallocarray(o->values, o->n_values + 1, sizeof *o->values);
    if (!v.name || (value && !v.value) || !grown) {
        yk_free(v.name);
        yk_free(v.value);
        if (grown)
            o->values = grown;
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    o->values = grown;
    o->values[o->n_values++] = v;
    return YK_OK;
}

const char *yk_run_options_get(const yk_run_options *o, const char *name,
                               bool *set)
{
    size_t i = o ? o->n_values : 0;
    if (set)
        *set = false;
    while (i-- > 0)
        if (!strcmp(o->values[i].name, name)) {
            if (set)
                *set = true;
            return o->values[i].value;
        }
    return NULL;
}

bool yk_run_options_flag(const yk_run_options *o, const char *name)
{
    bool set;
    const char *v = yk_run_options_get(o, name, &set);
    return set && (!v || !strcmp(v, "true"));
}

uint64_t yk_run_options_seed(const yk_run_options *o, const yk_scenario *s)
{
    return o && o->has_seed ? o->seed : yk_scenario_seed(s);
}
