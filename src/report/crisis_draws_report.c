/*
 * crisis_draws_report.c - a crisis run's draws as CSV (`--draws`,
 * docs/CLI.md): a header, then one row per draw from yk_crisis_each_draw,
 * each carrying the run's identity (scenario, SHA-256, seed, version) so
 * rows from several files can be pooled and still traced. Numbers are
 * written to round-trip; an undefined value (no attack, no threat) is an
 * empty field.
 */
#include <math.h>
#include <stdio.h>

#include "yokushi/report_crisis.h"
#include "yokushi/yokushi.h"

typedef struct draws_ctx {
    FILE *out;
    const yk_run_meta *meta;
} draws_ctx;

static yk_status row(void *ud, const char *crisis, uint64_t rep, const double *v)
{
    const draws_ctx *c = ud;
    size_t i;
    yk_csv_field(c->out, c->meta->scenario, false);
    fprintf(c->out, "%s,%llu,", c->meta->sha256, (unsigned long long)c->meta->seed);
    yk_csv_field(c->out, yk_version(), false);
    yk_csv_field(c->out, crisis, false);
    fprintf(c->out, "%llu", (unsigned long long)rep);
    for (i = 0; i < yk_crisis_draw_columns(); i++) {
        char buf[40] = "";
        if (isfinite(v[i]))
            yk_format_double(v[i], buf, sizeof buf);
        fprintf(c->out, ",%s", buf);
    }
    fputc('\n', c->out);
    return ferror(c->out) ? YK_E_IO : YK_OK;
}

yk_status yk_report_crisis_draws(FILE *out, const yk_scenario *s, const yk_crisis_options *o,
                                 const yk_run_meta *meta, yk_error *err)
{
    draws_ctx c;
    size_t i;
    c.out = out;
    c.meta = meta;
    fputs("scenario,scenario_sha256,seed,yokushi,crisis,replicate", out);
    for (i = 0; i < yk_crisis_draw_columns(); i++)
        fprintf(out, ",%s", yk_crisis_draw_column(i));
    fputc('\n', out);
    return yk_crisis_each_draw(s, o, row, &c, err);
}
