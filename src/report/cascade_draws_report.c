/*
 * cascade_draws_report.c - a cascade run's replicates as CSV (`--draws`,
 * docs/CLI.md): a header, then one row per replicate with the run's
 * identity (scenario, SHA-256, seed, version), each state's stage in the
 * first and last year and the year it first reached each stage in the
 * run (empty if it did not), its drawn breakout time, and every drawn
 * coefficient. States nuclear-armed from the start are left out.
 */
#include <stdio.h>

#include "yokushi/report_cascade.h"
#include "yokushi/yokushi.h"

static const char *const stage_cols[] = {"hedging_year", "programme_year", "nuclear_year"};

typedef struct draws_ctx {
    FILE *out;
    const yk_run_meta *meta;
    const yk_cascade_result *r;
} draws_ctx;

static yk_status row(void *ud, const yk_cascade_draw_view *v)
{
    const draws_ctx *c = ud;
    const yk_world *w = yk_cascade_world(c->r);
    size_t i, k, s;
    yk_csv_field(c->out, c->meta->scenario, false);
    fprintf(c->out, "%s,%llu,", c->meta->sha256, (unsigned long long)c->meta->seed);
    yk_csv_field(c->out, yk_version(), false);
    fprintf(c->out, "%llu", (unsigned long long)v->replicate);
    for (i = 0; i < w->n_states; i++) {
        char buf[40];
        if (yk_cascade_initially_nuclear(c->r, i))
            continue;
        fprintf(c->out, ",%s,%s", yk_stage_name((yk_stage)v->start[i]),
                yk_stage_name((yk_stage)v->stage[i]));
        for (s = 0; s < 3; s++)
            if (v->reached[3 * i + s] > 0)
                fprintf(c->out, ",%d", v->reached[3 * i + s]);
            else
                fputs(",", c->out);
        yk_format_double(v->breakout[i], buf, sizeof buf);
        fprintf(c->out, ",%s", buf);
    }
    for (k = 0; k < yk_cascade_draw_coef_count(c->r); k++) {
        char buf[40];
        yk_format_double(v->coef[k], buf, sizeof buf);
        fprintf(c->out, ",%s", buf);
    }
    fputc('\n', c->out);
    return ferror(c->out) ? YK_E_IO : YK_OK;
}

yk_status yk_report_cascade_draws(FILE *out, const yk_cascade_result *r,
                                  const yk_run_meta *meta, yk_error *err)
{
    const yk_world *w = yk_cascade_world(r);
    draws_ctx c;
    size_t i, k, s;
    c.out = out;
    c.meta = meta;
    c.r = r;
    fputs("scenario,scenario_sha256,seed,yokushi,replicate", out);
    for (i = 0; i < w->n_states; i++) {
        const char *id = w->states[i].id;
        if (yk_cascade_initially_nuclear(r, i))
            continue;
        fprintf(out, ",%s.start,%s.stage", id, id);
        for (s = 0; s < 3; s++)
            fprintf(out, ",%s.%s", id, stage_cols[s]);
        fprintf(out, ",%s.breakout_months", id);
    }
    for (k = 0; k < yk_cascade_draw_coef_count(r); k++)
        fprintf(out, ",coef.%s", yk_cascade_draw_coef_name(r, k));
    fputc('\n', out);
    return yk_cascade_each_draw(r, row, &c, err);
}
