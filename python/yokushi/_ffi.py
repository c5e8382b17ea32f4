"""The C declarations the package calls and the library they come from.

cffi's ABI mode: no compiler is needed at import time, so the declarations
below copy the public headers (include/yokushi/*.h) by hand. Structs are
copied member for member because Python allocates them;
tests/python/test_layout.py compiles each against the real header and
fails when a size or an offset differs.
"""

import os

import cffi

CDEF = r"""
typedef enum yk_status {
    YK_OK = 0, YK_E_NOMEM = 1, YK_E_IO = 2, YK_E_PARSE = 3, YK_E_SCHEMA = 4,
    YK_E_RANGE = 5, YK_E_REF = 6, YK_E_CYCLE = 7, YK_E_LIMIT = 8, YK_E_ARG = 9,
    YK_E_NOTFOUND = 10, YK_E_NUMERIC = 11, YK_E_INTERRUPTED = 12
} yk_status;

/* error.h */
typedef struct yk_error {
    yk_status status;
    int line;
    int col;
    char file[256];
    char path[256];
    char message[512];
} yk_error;
typedef struct yk_diag {
    yk_error *items;
    size_t count;
    size_t cap;
    size_t max;
    size_t dropped;
} yk_diag;
const char *yk_status_str(yk_status status);
int yk_error_format(const yk_error *err, char *buf, size_t size);
void yk_diag_init(yk_diag *d);
void yk_diag_free(yk_diag *d);
void yk_diag_sort(yk_diag *d);

/* alloc.h, yokushi.h */
void yk_free(void *p);
const char *yk_version(void);
int yk_version_number(void);

/* scenario.h */
typedef struct yk_coefficient_spec {
    const char *engine;
    const char *name;
    double def;
    double lo, hi;
    double range_lo, range_hi;
    const char *unit;
    const char *source;
    const char *doc;
} yk_coefficient_spec;
typedef struct yk_load_options {
    bool allow_files;
    const char *const *engines;
    const yk_coefficient_spec *coefficients;
    size_t n_coefficients;
    const volatile int *stop;
} yk_load_options;
typedef struct yk_scenario yk_scenario;
yk_status yk_scenario_load(const char *spec, const yk_load_options *opt,
                           yk_scenario **out, yk_diag *diag);
void yk_scenario_free(yk_scenario *s);
const char *yk_scenario_name(const yk_scenario *s);
const char *yk_scenario_description(const yk_scenario *s);
const char *yk_scenario_kind(const yk_scenario *s);
const char *yk_scenario_origin(const yk_scenario *s);
uint64_t yk_scenario_seed(const yk_scenario *s);
const char *yk_scenario_sha256(const yk_scenario *s);

/* report.h, game.h */
typedef enum yk_format { YK_FORMAT_TEXT = 0, YK_FORMAT_JSON, YK_FORMAT_CSV } yk_format;
typedef enum yk_solution_format {
    YK_SOLUTION_GAMBIT = 0, YK_SOLUTION_JSON = 1, YK_SOLUTION_TEXT = 2
} yk_solution_format;
typedef struct yk_solve_options {
    int strategic;
    int end_only;
    double logit_step;
    double logit_accel;
    double logit_max_regret;
    long logit_max_steps;
    long max_profiles;
    long max_equilibria;
    long max_pivots;
    volatile int *stop;   /* volatile sig_atomic_t *: an int on Linux */
} yk_solve_options;
typedef struct yk_game_solve_args {
    const char *method;
    yk_solution_format format;
    int decimals;
    yk_solve_options options;
} yk_game_solve_args;
yk_status yk_game_solve_to_string(const char *path, const yk_game_solve_args *a,
                                  char **out, size_t *len, yk_error *err);

/* engine.h */
typedef struct yk_engine yk_engine;
typedef struct yk_engine_option {
    const char *name;
    const char *value;
    const char *help;
} yk_engine_option;
size_t yk_engine_count(void);
const yk_engine *yk_engine_at(size_t i);
const yk_engine *yk_engine_find(const char *name);
const char *yk_engine_name(const yk_engine *e);
const char *yk_engine_summary(const yk_engine *e);
size_t yk_engine_option_count(const yk_engine *e);
const yk_engine_option *yk_engine_option_at(const yk_engine *e, size_t i);
const yk_coefficient_spec *yk_engine_coefficients(const yk_engine *e, size_t *n);
typedef struct yk_run_options yk_run_options;
yk_run_options *yk_run_options_new(void);
void yk_run_options_free(yk_run_options *o);
yk_status yk_run_options_set(yk_run_options *o, const char *name,
                             const char *value, yk_error *err);
void yk_run_options_stop(yk_run_options *o, const volatile int *stop);
typedef struct yk_engine_result yk_engine_result;
yk_status yk_engine_run(const yk_engine *e, const yk_scenario *s,
                        const yk_run_options *o, yk_engine_result **out,
                        yk_error *err);
void yk_engine_result_free(yk_engine_result *r);
yk_status yk_engine_result_to_string(const yk_engine_result *r,
                                     yk_format fmt, char **out, size_t *len);

/* chart.h, report_html.h */
typedef struct yk_chart yk_chart;
typedef int (*yk_chart_fn)(void *ud, const char *name, const yk_chart *c);
yk_status yk_chart_svg(const yk_chart *c, bool standalone, char **out, size_t *len);
const char *yk_chart_title(const yk_chart *c);
yk_status yk_engine_result_charts(const yk_engine_result *r, yk_chart_fn fn, void *ud);
typedef struct yk_html_report yk_html_report;
yk_html_report *yk_html_report_new(const char *title, const char *command);
void yk_html_report_free(yk_html_report *h);
yk_status yk_html_report_scenario(yk_html_report *h, const yk_scenario *s);
yk_status yk_html_report_result(yk_html_report *h, const yk_engine_result *r,
                                const char *label, yk_chart_fn on_chart, void *ud);
yk_status yk_html_report_finish(yk_html_report *h, char **out, size_t *len);
"""

ffi = cffi.FFI()
ffi.cdef(CDEF)

# The shared library's file name with its SONAME's major version.
SONAME = "libyokushi.so.0"


def _candidates():
    """Where libyokushi.so may be, in the order tried."""
    env = os.environ.get("YOKUSHI_LIB")
    if env:
        yield env  # an explicit choice: the only one tried
        return
    here = os.path.dirname(os.path.abspath(__file__))
    yield os.path.join(here, SONAME)  # installed beside the package
    # a source checkout: python/yokushi/ next to the build directory
    yield os.path.join(here, os.pardir, os.pardir, "build", SONAME)
    yield SONAME  # the dynamic linker's search (LD_LIBRARY_PATH, ld.so.cache)


def _open():
    tried = []
    for path in _candidates():
        if os.sep in path and not os.path.exists(path):
            tried.append(path + " (no such file)")
            continue
        try:
            return ffi.dlopen(path)
        except OSError as e:
            tried.append("%s (%s)" % (path, e))
    raise ImportError("yokushi: cannot load libyokushi; set YOKUSHI_LIB to its path. Tried: "
                      + "; ".join(tried))


lib = _open()
