/*
 * exchange_test.c - allocation failure in the exchange engine: a run on
 * the built-in 2025 world (one year, three sides, few replicates; one
 * thread, then two) followed by its text and JSON report, and the
 * capability door (yk_exchange_capability_of). For every N the Nth
 * allocation fails (support/failalloc.h): YK_E_NOMEM, no leak, no crash,
 * and a run that succeeds prints what the run without failure printed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "failalloc.h"
#include "yokushi/report_exchange.h"
#include "yokushi/scenario.h"

typedef struct xcase {
    const yk_scenario *s;
    yk_format format;
    int threads;
} xcase;

static yk_status run_exchange(void *ctx, FILE *out, yk_error *err)
{
    xcase *c = ctx;
    yk_exchange_options o;
    yk_exchange_result *r = NULL;
    yk_run_meta meta;
    yk_status st;
    memset(&o, 0, sizeof o);
    memset(&meta, 0, sizeof meta);
    meta.scenario = yk_scenario_name(c->s);
    meta.kind = yk_scenario_kind(c->s);
    meta.origin = yk_scenario_origin(c->s);
    meta.sha256 = yk_scenario_sha256(c->s);
    o.replicates = 40;
    o.threads = c->threads;
    o.year_from = o.year_to = 2030;
    st = yk_exchange_run(c->s, &o, &r, err);
    if (st)
        return st;
    st = yk_report_exchange(out, c->format, r, &meta);
    yk_exchange_result_free(r);
    return st;
}

static yk_status capability(void *ctx, FILE *out, yk_error *err)
{
    xcase *c = ctx;
    yk_exchange_capability cap;
    yk_status st = yk_exchange_capability_of(yk_scenario_world(c->s), "CHN", "USA", 2025, NULL,
                                             NULL, &cap, err);
    if (!st)
        fprintf(out, "%.17g %.17g %.17g\n", cap.surviving, cap.delivered, cap.damage);
    return st;
}

static void test_exchange(void **state)
{
    yk_scenario *s = NULL;
    yk_diag d;
    xcase c;
    fa_summary sum;
    (void)state;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load("baseline-2025", NULL, &s, &d), YK_OK);
    yk_diag_free(&d);
    c.s = s;
    c.threads = 1;
    c.format = YK_FORMAT_TEXT;
    fa_check("exchange baseline-2025 --format text --threads 1", run_exchange, &c, 1, &sum);
    c.format = YK_FORMAT_JSON;
    fa_check("exchange baseline-2025 --format json --threads 1", run_exchange, &c, 1, &sum);
    c.threads = 2;
    fa_check("exchange baseline-2025 --format json --threads 2", run_exchange, &c, 1, &sum);
    fa_check("yk_exchange_capability_of", capability, &c, 1, &sum);
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exchange),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
