/*
 * tidy.c - the tidy long table (tidy.h): every engine's CSV, built from
 * its measures alone, so an engine added to the table gets it for free.
 */
#include <math.h>
#include <string.h>

#include "core/numtext.h"
#include "engine/engine_int.h"
#include "yokushi/tidy.h"
#include "yokushi/yokushi.h"

static const char *const columns[YK_TIDY_COLUMNS] = {
    "scenario", "scenario_sha256", "seed", "version", "engine", "measure",
    "id",       "year",            "variant", "mean", "lo",     "hi"};

const char *yk_tidy_column(size_t i)
{
    return i < YK_TIDY_COLUMNS ? columns[i] : NULL;
}

yk_status yk_tidy_write_header(FILE *out)
{
    size_t i;
    for (i = 0; i < YK_TIDY_COLUMNS; i++)
        yk_csv_field(out, columns[i], i + 1 == YK_TIDY_COLUMNS);
    return yk_engine_stream_status(out);
}

void yk_tidy_number(double v, char *buf, size_t size)
{
    if (!size)
        return;
    if (isnan(v))
        buf[0] = '\0';
    else
        yk_format_double_c(v, buf, size);
}

/* The identity columns of every row of one result, already quoted. */
typedef struct tidy_walk {
    FILE *out;
    const yk_engine_result *r;
} tidy_walk;

static int write_row(void *ud, const yk_measure_row *row)
{
    tidy_walk *w = ud;
    const yk_scenario *s = w->r->scenario;
    char num[48];
    snprintf(num, sizeof num, "%llu", (unsigned long long)w->r->seed);
    yk_csv_field(w->out, yk_scenario_name(s), false);
    yk_csv_field(w->out, yk_scenario_sha256(s), false);
    yk_csv_field(w->out, num, false);
    yk_csv_field(w->out, yk_version(), false);
    yk_csv_field(w->out, w->r->engine->name, false);
    yk_csv_field(w->out, row->measure, false);
    yk_csv_field(w->out, row->id, false);
    if (row->year)
        snprintf(num, sizeof num, "%d", row->year);
    else
        num[0] = '\0';
    yk_csv_field(w->out, num, false);
    yk_csv_field(w->out, row->variant, false);
    yk_tidy_number(row->mean, num, sizeof num);
    yk_csv_field(w->out, num, false);
    yk_tidy_number(row->lo, num, sizeof num);
    yk_csv_field(w->out, num, false);
    yk_tidy_number(row->hi, num, sizeof num);
    yk_csv_field(w->out, num, true);
    return ferror(w->out) ? 1 : 0;
}

yk_status yk_tidy_write_rows(const yk_engine_result *r, FILE *out)
{
    tidy_walk w;
    yk_status st;
    if (!r || !out || !r->engine->measures)
        return YK_E_ARG;
    w.out = out;
    w.r = r;
    st = yk_engine_result_measures(r, write_row, &w);
    if (st == YK_E_INTERRUPTED)
        return YK_E_IO; /* write_row stops the walk only on a failed write */
    return st ? st : yk_engine_stream_status(out);
}
