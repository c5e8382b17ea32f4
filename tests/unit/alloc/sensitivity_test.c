/*
 * sensitivity_test.c - allocation failure in the sensitivity analysis
 * (yk_sens_run on a test function, Sobol and Morris, with its report),
 * in yk_scenario_with, and in the sensitivity and sweep engines on a
 * small design over a scenario (every stride-th request: each point
 * copies and converts the world). For every N tried the Nth allocation
 * fails (support/failalloc.h): YK_E_NOMEM, no leak, no crash, and a run
 * that succeeds prints what the run without failure printed.
 *
 * yk-test: long
 * (14-22 s here, 12-16 s of CPU, by the load on the shared 2-core
 * machine; so still long, to stay clear of 20 s: each design point
 * converts the world and sets its crisis up (the ladder's continuation,
 * three or four exchanges), and the failure loop repeats that once per
 * allocation; ~70 s before each crisis's set-up was done once and shared
 * its exchanges; docs/PERFORMANCE.md.)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "failalloc.h"
#include "yokushi/engine.h"
#include "yokushi/report_sensitivity.h"
#include "yokushi/scenario.h"

static yk_scenario *load(const char *spec)
{
    char path[1024];
    yk_scenario *s = NULL;
    yk_diag d;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(fa_data_path(spec, path, sizeof path), NULL, &s, &d),
                     YK_OK);
    yk_diag_free(&d);
    return s;
}

static yk_status run_test_function(void *ctx, FILE *out, yk_error *err)
{
    const yk_sens_options *o = ctx;
    const yk_sens_input *in;
    size_t k;
    yk_sens_model_fn f;
    yk_sens_result *r = NULL;
    yk_sens_report_info info;
    yk_run_meta meta = {"t", "scenario", "builtin:t", "0", 1};
    yk_status st;
    memset(&info, 0, sizeof info);
    info.test_function = "ishigami";
    yk_sens_test_function("ishigami", &in, &k, &f);
    st = yk_sens_run(in, k, f, NULL, o, &r, err);
    if (st)
        return st;
    st = yk_report_sensitivity(out, YK_FORMAT_JSON, r, &info, &meta);
    if (!st)
        st = yk_report_sensitivity(out, YK_FORMAT_TEXT, r, &info, &meta);
    yk_sens_result_free(r);
    return st;
}

static void test_functions_fail_cleanly(void **state)
{
    yk_sens_options o;
    fa_summary sum;
    (void)state;
    memset(&o, 0, sizeof o);
    o.samples = 16;
    o.bootstrap = 8;
    o.threads = 1;
    fa_check("sobol ishigami", run_test_function, &o, 1, &sum);
    assert_true(sum.failed > 0);
    o.method = YK_SENS_MORRIS;
    fa_check("morris ishigami", run_test_function, &o, 1, &sum);
    assert_true(sum.failed > 0);
}

typedef struct with_case {
    const yk_scenario *s;
} with_case;

static yk_status run_with(void *ctx, FILE *out, yk_error *err)
{
    const with_case *c = ctx;
    static const char *const paths[2] = {"states.RUS.resolve", "coefficients.crisis.hesitancy"};
    const double values[2] = {0.25, 0.5};
    yk_scenario *t = NULL;
    yk_diag d;
    yk_status st;
    yk_diag_init(&d);
    st = yk_scenario_with(c->s, paths, values, 2, &t, &d);
    if (st) {
        /* yk_diag drops a problem it has no memory to keep. */
        yk_error_set(err, st, NULL, 0, 0, NULL, "%s",
                     d.count ? d.items[0].message : "out of memory");
        yk_diag_free(&d);
        return st;
    }
    yk_diag_free(&d);
    fprintf(out, "%s %.17g\n", yk_scenario_name(t),
            yk_param_mean(&yk_world_state(yk_scenario_world(t), "RUS")->resolve));
    yk_scenario_free(t);
    return YK_OK;
}

static void scenario_with_fails_cleanly(void **state)
{
    yk_scenario *s = load("ukraine-2022");
    with_case c = {s};
    fa_summary sum;
    (void)state;
    fa_check("yk_scenario_with", run_with, &c, 1, &sum);
    assert_true(sum.failed > 0);
    yk_scenario_free(s);
}

typedef struct engine_case {
    const yk_scenario *s;
    const char *engine;
    const char *const *opts; /* name, value pairs, NULL-terminated */
} engine_case;

static yk_status run_engine(void *ctx, FILE *out, yk_error *err)
{
    const engine_case *c = ctx;
    yk_run_options *o = yk_run_options_new();
    yk_engine_result *r = NULL;
    size_t i;
    yk_status st = YK_OK;
    if (!o)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    for (i = 0; c->opts[i] && !st; i += 2)
        st = yk_run_options_set(o, c->opts[i], c->opts[i + 1], err);
    if (!st)
        st = yk_engine_run(yk_engine_find(c->engine), c->s, o, &r, err);
    if (!st)
        st = yk_engine_result_write(r, YK_FORMAT_JSON, out);
    yk_engine_result_free(r);
    yk_run_options_free(o);
    return st;
}

static void engines_fail_cleanly(void **state)
{
    static const char *const sens[] = {"params", "states.RUS.resolve,hesitancy", "samples", "2",
                                       "bootstrap", "4", "replicates", "2", "threads", "1",
                                       "measure", "p_attack", "id", "ukraine-2022", NULL};
    static const char *const sweep[] = {"set", "hesitancy=0.2:0.8:2", "replicates", "2",
                                        "threads", "1", "measure", "p_attack", NULL};
    yk_scenario *s = load("ukraine-2022");
    engine_case a = {s, "sensitivity", sens}, b = {s, "sweep", sweep};
    fa_summary sum;
    (void)state;
    fa_check("sensitivity engine", run_engine, &a, 1, &sum);
    assert_true(sum.failed > 0);
    fa_check("sweep engine", run_engine, &b, 1, &sum);
    assert_true(sum.failed > 0);
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_functions_fail_cleanly),
        cmocka_unit_test(scenario_with_fails_cleanly),
        cmocka_unit_test(engines_fail_cleanly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
