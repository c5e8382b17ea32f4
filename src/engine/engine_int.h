/*
 * engine_int.h - what is behind the opaque types of engine.h: the
 * descriptor each engine fills in (one static object per engine, listed
 * in table.c), the options of one run, and a result that remembers its
 * engine, scenario and seed so it can write its own envelope.
 *
 * An engine's adapter (crisis_engine.c, cascade_engine.c) is the only
 * file that knows both the engine's public header and its report
 * writers; nothing above it names an engine.
 */
#ifndef YK_ENGINE_INT_H
#define YK_ENGINE_INT_H

#include "yokushi/chart.h"
#include "yokushi/engine.h"

/* The options of one run: the common ones parsed, the engines' own kept
 * as the text they were given (the engine parses them when it runs). */
typedef struct yk_run_option_value {
    char *name;
    char *value; /* NULL for a flag given without a value */
} yk_run_option_value;

struct yk_run_options {
    bool has_seed;
    uint64_t seed;
    int threads;             /* 0: all cores */
    int64_t replicates;      /* 0: the scenario's run.replicates */
    yk_progress_fn progress;
    void *progress_ud;
    const volatile int *stop;
    yk_spread_fn spread;     /* NULL: every point here */
    void *spread_ud;
    yk_run_option_value *values; /* in the order set; a later one wins */
    size_t n_values;
};

struct yk_engine {
    const char *name;
    const char *summary;
    const char *description;  /* lines for `yokushi NAME --help` */
    const yk_engine_option *options;
    size_t n_options;
    /* The coefficients a scenario may override for this engine. */
    const yk_coefficient_spec *(*coefficients)(void);
    size_t n_coefficients;
    /* Parses one of its own options (name is in options[]); YK_E_ARG
     * with a message when the value is bad. */
    yk_status (*check)(const char *name, const char *value, yk_error *err);
    /* yk_engine_kind; NULL: every run gives the main result. */
    const char *(*kind)(const yk_run_options *o);
    /* Runs on s with the seed already resolved; *out is the engine's
     * own result, freed with free_data. */
    yk_status (*run)(const yk_scenario *s, const yk_run_options *o,
                     uint64_t seed, void **out, yk_error *err);
    void (*free_data)(void *data);
    /* Whether a run with o has a document in fmt; NULL: every format. */
    bool (*has_format)(const yk_run_options *o, yk_format fmt);
    /* The whole document (text, JSON with envelope, CSV) to out. */
    yk_status (*write)(const void *data, yk_format fmt,
                       const yk_run_meta *meta, FILE *out);
    /* The engine's members of an open "results" object. */
    void (*json)(const void *data, yk_json *j);
    /* The file a run's per-draw rows were asked for (`draws`), or NULL;
     * and their writer. NULL: the engine has no per-draw rows. */
    const char *(*draws_file)(const void *data);
    yk_status (*write_draws)(const void *data, const yk_run_meta *meta, FILE *out);
    /* Every number the run reports as rows (engine.h, yk_measure_row), in
     * a fixed order; stops with YK_E_INTERRUPTED when fn returns nonzero.
     * NULL: the engine lists none yet. */
    yk_status (*measures)(const void *data, yk_measure_fn fn, void *ud);
    /* The engine's own charts of a result for the report (report_html.h),
     * each handed to fn in a fixed order; YK_E_ARG when this kind of run
     * has none, YK_E_INTERRUPTED when fn stopped. NULL: the report draws
     * generic charts from the measures rows (yk_charts_from_measures). */
    yk_status (*charts)(const void *data, yk_chart_fn fn, void *ud);
    /* The parameters its numbers about subject id read (engine.h,
     * yk_engine_inputs). NULL: the engine lists none. */
    yk_status (*inputs)(const yk_scenario *s, const char *id, yk_input_fn fn,
                        void *ud);
};

/* The listers of the crisis and cascade engines (crisis_inputs.c,
 * cascade_inputs.c). */
yk_status yk_crisis_engine_inputs(const yk_scenario *s, const char *id,
                                  yk_input_fn fn, void *ud);
yk_status yk_cascade_engine_inputs(const yk_scenario *s, const char *id,
                                   yk_input_fn fn, void *ud);
/* One coefficient of an engine as an input: the scenario's override when
 * it gives one, else the default; non-zero when fn stopped. */
int yk_engine_coefficient_input(const yk_scenario *s,
                                const yk_coefficient_spec *spec,
                                yk_input_fn fn, void *ud);

struct yk_engine_result {
    const yk_engine *engine;
    const yk_scenario *scenario; /* borrowed: the result points into it */
    uint64_t seed;               /* the seed the run used */
    bool has_format[3];          /* by yk_format, from the run's options */
    void *data;
};

/* The value of one of the run's engine options, or NULL when not set
 * (*set tells a flag given without value from an option not given). */
const char *yk_run_options_get(const yk_run_options *o, const char *name,
                               bool *set);
/* A flag's value: given without a value or "true" is true. */
bool yk_run_options_flag(const yk_run_options *o, const char *name);
/* The seed a run of o on s uses: o's when given, else the scenario's. */
uint64_t yk_run_options_seed(const yk_run_options *o, const yk_scenario *s);
/* YK_E_IO when the stream has an error (a write failed). */
yk_status yk_engine_stream_status(FILE *out);

/* Where a measures slot sends its rows: the adapters whose report walks
 * its own row type (cascade, exchange, ladder) pass one as their walk's
 * ud and hand each of its rows on as a yk_measure_row; what fn returns. */
typedef struct yk_row_sink {
    yk_measure_fn fn;
    void *ud;
} yk_row_sink;
int yk_row_sink_send(const yk_row_sink *s, const char *measure, const char *id, int year,
                     const char *variant, double mean, double lo, double hi);

#endif
