/*
 * result.c - running an engine and writing what it found: the envelope
 * (version, scenario, SHA-256, seed) comes from the scenario and the seed
 * the run used, so a result writes the same document the program prints.
 */
#include "core/numtext.h"
#include "core/alloc.h"
#include "core/strout.h"
#include "engine/engine_int.h"
#include "yokushi/tidy.h"

#include <string.h>

yk_status yk_engine_stream_status(FILE *out)
{
    return ferror(out) ? YK_E_IO : YK_OK;
}

int yk_row_sink_send(const yk_row_sink *s, const char *measure, const char *id, int year,
                     const char *variant, double mean, double lo, double hi)
{
    yk_measure_row row = {measure, id, year, variant, mean, lo, hi};
    return s->fn(s->ud, &row);
}

/* Every engine option o carries must be one e takes. */
static yk_status check_taken(const yk_engine *e, const yk_run_options *o,
                             yk_error *err)
{
    size_t i;
    for (i = 0; o && i < o->n_values; i++)
        if (!yk_engine_option_find(e, o->values[i].name))
            return yk_error_set(err, YK_E_ARG, NULL, 0, 0, o->values[i].name,
                                "the %s engine takes no option of this name", e->name);
    return YK_OK;
}

yk_status yk_engine_run(const yk_engine *e, const yk_scenario *s,
                        const yk_run_options *o, yk_engine_result **out,
                        yk_error *err)
{
    yk_engine_result *r;
    yk_status st;
    void *loc;
    int f;

    if (out)
        *out = NULL;
    if (!e || !s || !out)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "yk_engine_run needs an engine, a scenario and a result pointer");
    st = check_taken(e, o, err);
    if (st)
        return st;
    r = yk_calloc(1, sizeof *r);
    if (!r)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    r->engine = e;
    r->scenario = s;
    r->seed = yk_run_options_seed(o, s);
    for (f = 0; f < 3; f++)
        r->has_format[f] = yk_engine_has_format(e, o, (yk_format)f);
    /* Engines write text while they run (the why lines, messages): in the
     * C locale, as the writers below. */
    loc = yk_locale_c_enter();
    st = e->run(s, o, r->seed, &r->data, err);
    yk_locale_c_leave(loc);
    if (st) {
        yk_free(r);
        return st;
    }
    *out = r;
    return YK_OK;
}

void yk_engine_result_free(yk_engine_result *r)
{
    if (!r)
        return;
    r->engine->free_data(r->data);
    yk_free(r);
}

const yk_engine *yk_engine_result_engine(const yk_engine_result *r)
{
    return r->engine;
}

const yk_scenario *yk_engine_result_scenario(const yk_engine_result *r)
{
    return r->scenario;
}

uint64_t yk_engine_result_seed(const yk_engine_result *r)
{
    return r->seed;
}

bool yk_engine_result_has_format(const yk_engine_result *r, yk_format fmt)
{
    return (unsigned)fmt < 3 && r->has_format[fmt];
}

static void meta_of(const yk_engine_result *r, yk_run_meta *meta)
{
    const yk_scenario *s = r->scenario;
    meta->scenario = yk_scenario_name(s);
    meta->kind = yk_scenario_kind(s);
    meta->origin = yk_scenario_origin(s);
    meta->sha256 = yk_scenario_sha256(s);
    meta->seed = r->seed;
}

yk_status yk_engine_result_write(const yk_engine_result *r, yk_format fmt,
                                 FILE *out)
{
    yk_run_meta meta;
    yk_status st;
    void *loc;
    if (!yk_engine_result_has_format(r, fmt))
        return YK_E_ARG;
    meta_of(r, &meta);
    /* Text and CSV print with fprintf: in the C locale, whatever the
     * embedding program set (a German LC_NUMERIC would write 0,5). */
    loc = yk_locale_c_enter();
    /* CSV is the tidy long table of the run's measures (tidy.h), one
     * schema for every engine; an engine that lists none keeps its own. */
    if (fmt == YK_FORMAT_CSV && r->engine->measures) {
        st = yk_tidy_write_header(out);
        if (!st)
            st = yk_tidy_write_rows(r, out);
    } else {
        st = r->engine->write(r->data, fmt, &meta, out);
    }
    yk_locale_c_leave(loc);
    return st;
}

const char *yk_engine_result_draws_file(const yk_engine_result *r)
{
    return r->engine->draws_file ? r->engine->draws_file(r->data) : NULL;
}

yk_status yk_engine_result_write_draws(const yk_engine_result *r, FILE *out)
{
    yk_run_meta meta;
    yk_status st;
    void *loc;
    if (!yk_engine_result_draws_file(r))
        return YK_E_ARG;
    meta_of(r, &meta);
    loc = yk_locale_c_enter(); /* as yk_engine_result_write */
    st = r->engine->write_draws(r->data, &meta, out);
    yk_locale_c_leave(loc);
    return st;
}

yk_status yk_engine_result_json(const yk_engine_result *r, yk_json *j)
{
    void *loc = yk_locale_c_enter();
    r->engine->json(r->data, j);
    yk_locale_c_leave(loc);
    return yk_engine_stream_status(j->out);
}

/* yk_stream_writer over a result and a format. */
typedef struct result_doc {
    const yk_engine_result *r;
    yk_format fmt;
} result_doc;

static yk_status write_result_doc(const void *ud, FILE *out)
{
    const result_doc *d = ud;
    return yk_engine_result_write(d->r, d->fmt, out);
}

yk_status yk_engine_result_to_string(const yk_engine_result *r,
                                     yk_format fmt, char **out, size_t *len)
{
    result_doc d;
    d.r = r;
    d.fmt = fmt;
    return yk_stream_to_string(write_result_doc, &d, out, len);
}

yk_status yk_engine_result_measures(const yk_engine_result *r,
                                    yk_measure_fn fn, void *ud)
{
    yk_status st;
    void *loc;
    if (!r || !fn || !r->engine->measures)
        return YK_E_ARG;
    loc = yk_locale_c_enter();
    st = r->engine->measures(r->data, fn, ud);
    yk_locale_c_leave(loc);
    return st;
}

typedef struct measure_query {
    const char *measure, *id, *variant;
    int year;
    bool found;
    yk_measure_row row;
} measure_query;

static bool same_text(const char *want, const char *have)
{
    return strcmp(want ? want : "", have ? have : "") == 0;
}

static int match_row(void *ud, const yk_measure_row *row)
{
    measure_query *q = ud;
    if (!same_text(q->measure, row->measure) || !same_text(q->id, row->id) ||
        q->year != row->year || !same_text(q->variant, row->variant))
        return 0;
    q->found = true;
    q->row = *row;
    q->row.measure = q->measure; /* the row's strings die with the callback */
    q->row.id = q->id ? q->id : "";
    q->row.variant = q->variant ? q->variant : "";
    return 1;
}

yk_status yk_engine_result_measure(const yk_engine_result *r,
                                   const char *measure, const char *id,
                                   int year, const char *variant,
                                   yk_measure_row *out)
{
    measure_query q = {measure, id, variant, year, false, {0}};
    yk_status st;
    if (!measure || !out)
        return YK_E_ARG;
    st = yk_engine_result_measures(r, match_row, &q);
    if (st && st != YK_E_INTERRUPTED)
        return st;
    if (!q.found)
        return YK_E_NOTFOUND;
    *out = q.row;
    return YK_OK;
}

yk_status yk_engine_inputs(const yk_engine *e, const yk_scenario *s,
                           const char *id, yk_input_fn fn, void *ud)
{
    if (!e || !s || !fn || !e->inputs)
        return YK_E_ARG;
    return e->inputs(s, id && *id ? id : NULL, fn, ud);
}
