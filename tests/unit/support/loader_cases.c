/*
 * loader_cases.c - the loading run the allocation-failure tests repeat
 * (loader_cases.h): load, then print what identifies the result.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "failalloc.h"
#include "loader_cases.h"
#include "yokushi/scenario.h"

/* The problem to report: the first that is not out of memory, so a load
 * that calls lack of memory a parse or schema error shows as that error. */
static void first_problem(const yk_diag *d, yk_error *err)
{
    size_t i;
    if (d->count == 0) {
        yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL, "failed with no problem listed");
        return;
    }
    *err = d->items[0];
    for (i = 0; i < d->count; i++)
        if (d->items[i].status != YK_E_NOMEM) {
            *err = d->items[i];
            return;
        }
}

static yk_status load(void *ctx, FILE *out, yk_error *err)
{
    const char *spec = ctx;
    yk_scenario *s = NULL;
    yk_diag d;
    yk_status st;

    yk_diag_init(&d);
    st = yk_scenario_load(spec, NULL, &s, &d);
    if (st == YK_OK) {
        fprintf(out, "%s %s %s\n%s\n", yk_scenario_name(s), yk_scenario_kind(s),
                yk_scenario_sha256(s), yk_scenario_canonical(s));
        yk_scenario_free(s);
    } else {
        first_problem(&d, err);
    }
    yk_diag_free(&d);
    return st;
}

void yk_alloc_check_load(const char *spec, long stride)
{
    char path[1024];
    fa_summary sum;
    spec = fa_data_path(spec, path, sizeof path);
    fa_check(spec, load, (void *)spec, stride, &sum);
}
