/*
 * table.c - the engine table: every engine the library has, in the order
 * `yokushi --help` and the Python package list them. Adding an engine is
 * its descriptor's declaration and one row here (the descriptor lives in
 * its adapter, src/engine/NAME_engine.c).
 */
#include <string.h>

#include "engine/engine_int.h"

/* Each engine's descriptor, defined in its adapter (NAME_engine.c). */
extern const yk_engine yk_engine_cascade_desc;
extern const yk_engine yk_engine_crisis_desc;
extern const yk_engine yk_engine_exchange_desc;
extern const yk_engine yk_engine_ladder_desc;
extern const yk_engine yk_engine_sensitivity_desc;
extern const yk_engine yk_engine_sweep_desc;

static const yk_engine *const table[] = {
    &yk_engine_cascade_desc,
    &yk_engine_crisis_desc,
    &yk_engine_exchange_desc,
    &yk_engine_ladder_desc,
    &yk_engine_sensitivity_desc,
    &yk_engine_sweep_desc,
};

#define N_ENGINES (sizeof table / sizeof table[0])

size_t yk_engine_count(void)
{
    return N_ENGINES;
}

const yk_engine *yk_engine_at(size_t i)
{
    return i < N_ENGINES ? table[i] : NULL;
}

const yk_engine *yk_engine_find(const char *name)
{
    size_t i;
    for (i = 0; name && i < N_ENGINES; i++)
        if (!strcmp(table[i]->name, name))
            return table[i];
    return NULL;
}

const char *yk_engine_name(const yk_engine *e)
{
    return e->name;
}

const char *yk_engine_summary(const yk_engine *e)
{
    return e->summary;
}

const char *yk_engine_description(const yk_engine *e)
{
    return e->description ? e->description : "";
}

size_t yk_engine_option_count(const yk_engine *e)
{
    return e->n_options;
}

const yk_engine_option *yk_engine_option_at(const yk_engine *e, size_t i)
{
    return i < e->n_options ? &e->options[i] : NULL;
}

const yk_coefficient_spec *yk_engine_coefficients(const yk_engine *e, size_t *n)
{
    if (n)
        *n = e->n_coefficients;
    return e->coefficients ? e->coefficients() : NULL;
}

const yk_engine_option *yk_engine_option_find(const yk_engine *e, const char *name)
{
    size_t i;
    for (i = 0; i < e->n_options; i++)
        if (!strcmp(e->options[i].name, name))
            return &e->options[i];
    return NULL;
}

const char *yk_engine_kind(const yk_engine *e, const yk_run_options *o)
{
    return e->kind ? e->kind(o) : NULL;
}

bool yk_engine_has_format(const yk_engine *e, const yk_run_options *o, yk_format fmt)
{
    return !e->has_format || e->has_format(o, fmt);
}
