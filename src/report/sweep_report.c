/*
 * sweep_report.c - a sweep of one or two set: paths as text (one line
 * per grid point and row), JSON (results.sweep) and tidy CSV rows.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/numtext.h"
#include "yokushi/report_sensitivity.h"
#include "yokushi/yokushi.h"

double yk_sweep_value(const yk_sweep_table *t, size_t a, size_t i)
{
    return yk_grid_point(t->lo[a], t->hi[a], t->steps[a], i);
}

static void point_values(const yk_sweep_table *t, size_t point, double v[2])
{
    v[0] = yk_sweep_value(t, 0, point % t->steps[0]);
    v[1] = t->n_axes > 1 ? yk_sweep_value(t, 1, point / t->steps[0]) : NAN;
}

yk_status yk_sweep_measures(const yk_sweep_table *t, yk_measure_fn fn, void *ud)
{
    size_t i, a;
    for (i = 0; i < t->n_rows; i++) {
        const yk_sweep_row *r = &t->rows[i];
        char variant[1024], num[40];
        size_t len = 0;
        double v[2];
        yk_measure_row row;
        point_values(t, r->point, v);
        variant[0] = '\0';
        for (a = 0; a < t->n_axes; a++) {
            yk_format_double(v[a], num, sizeof num);
            len += (size_t)snprintf(variant + len, sizeof variant - len, "%s%s=%s",
                                    a ? "," : "", t->path[a], num);
        }
        if (*r->variant && len < sizeof variant)
            snprintf(variant + len, sizeof variant - len, "|%s", r->variant);
        row.measure = r->measure;
        row.id = r->id;
        row.year = r->year;
        row.variant = variant;
        row.mean = r->mean;
        row.lo = r->lo;
        row.hi = r->hi;
        if (fn(ud, &row))
            return YK_E_INTERRUPTED;
    }
    return YK_OK;
}

void yk_report_sweep_json(yk_json *j, const yk_sweep_table *t)
{
    size_t a, i;
    yk_json_object_begin(j, "sweep");
    yk_json_string(j, "engine", t->engine);
    yk_json_int(j, "replicates", t->replicates);
    yk_json_array_begin(j, "axes");
    for (a = 0; a < t->n_axes; a++) {
        yk_json_object_begin(j, NULL);
        yk_json_string(j, "path", t->path[a]);
        yk_json_array_begin(j, "values");
        for (i = 0; i < t->steps[a]; i++)
            yk_json_number(j, NULL, yk_sweep_value(t, a, i));
        yk_json_array_end(j);
        yk_json_object_end(j);
    }
    yk_json_array_end(j);
    yk_json_array_begin(j, "points");
    for (i = 0; i < t->n_rows; i++) {
        const yk_sweep_row *r = &t->rows[i];
        double v[2];
        point_values(t, r->point, v);
        yk_json_object_begin(j, NULL);
        yk_json_object_begin(j, "at");
        for (a = 0; a < t->n_axes; a++)
            yk_json_number(j, t->path[a], v[a]);
        yk_json_object_end(j);
        yk_json_string(j, "measure", r->measure);
        yk_json_string(j, "id", r->id);
        yk_json_int(j, "year", r->year);
        yk_json_string(j, "variant", r->variant);
        yk_json_estimate(j, "value", r->mean, r->lo, r->hi);
        yk_json_object_end(j);
    }
    yk_json_array_end(j);
    yk_json_object_end(j);
}

static void json_members(yk_json *j, const void *data)
{
    yk_report_sweep_json(j, data);
}

yk_status yk_report_sweep(FILE *out, yk_format fmt, const yk_sweep_table *t,
                          const yk_run_meta *meta)
{
    size_t i, a;
    if (fmt == YK_FORMAT_JSON)
        return yk_report_json_document(out, meta, json_members, t);
    if (fmt == YK_FORMAT_CSV) {
        fprintf(out, "%s\n", yk_report_measure_csv_header);
        yk_sweep_measures(t, yk_report_measure_csv_row, out);
        return yk_report_flush(out);
    }
    fprintf(out, "yokushi %s | sweep | %s %s (%s) | sha256 %.16s... | seed %llu\n",
            yk_version(), meta->kind, meta->scenario, meta->origin, meta->sha256,
            (unsigned long long)meta->seed);
    fprintf(out, "%s at every point of the grid, %lld replicates, the same seed at every "
            "point; estimates as mean [95%% interval]\n\n",
            t->engine, (long long)t->replicates);
    for (a = 0; a < t->n_axes; a++)
        fprintf(out, "%-*s ", (int)(strlen(t->path[a]) > 14 ? strlen(t->path[a]) : 14),
                t->path[a]);
    fprintf(out, "%-24s %-16s %-5s %-14s %s\n", "measure", "id", "year", "variant",
            "mean [lo, hi]");
    for (i = 0; i < t->n_rows; i++) {
        const yk_sweep_row *r = &t->rows[i];
        double v[2];
        point_values(t, r->point, v);
        for (a = 0; a < t->n_axes; a++)
            fprintf(out, "%-*.6g ", (int)(strlen(t->path[a]) > 14 ? strlen(t->path[a]) : 14),
                    v[a]);
        char year[16] = ""; /* none: blank, as the CSV leaves it */
        if (r->year)
            yk_snprintf_c(year, sizeof year, "%d", r->year);
        fprintf(out, "%-24s %-16s %-5s %-14s %.4f [%.4f, %.4f]\n", r->measure, r->id,
                year, r->variant, r->mean, r->lo, r->hi);
    }
    return yk_report_flush(out);
}
