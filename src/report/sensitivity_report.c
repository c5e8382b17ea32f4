/*
 * sensitivity_report.c - a sensitivity analysis as text (inputs ranked by
 * ST or mu*), JSON (results.sensitivity) and tidy CSV rows.
 */
#include <math.h>
#include <string.h>

#include "yokushi/report_sensitivity.h"
#include "yokushi/yokushi.h"

yk_status yk_sens_result_measures(const yk_sens_result *r, yk_measure_fn fn, void *ud)
{
    size_t i, j;
    for (i = 0; i < yk_sens_result_count(r); i++)
        for (j = 0; j < yk_sens_result_index_count(r); j++) {
            yk_sens_index w = yk_sens_result_index_at(r, j);
            yk_sens_estimate e = yk_sens_result_index(r, i, w);
            yk_measure_row row = {yk_sens_index_name(w), yk_sens_result_name(r, i), 0, "",
                                  e.mean, e.lo, e.hi};
            if (fn(ud, &row))
                return YK_E_INTERRUPTED;
        }
    return YK_OK;
}

void yk_report_sensitivity_json(yk_json *j, const yk_sens_result *r,
                                const yk_sens_report_info *info)
{
    size_t i, jx;
    yk_json_object_begin(j, "sensitivity");
    yk_json_string(j, "method", yk_sens_method_name(yk_sens_result_method(r)));
    if (info->test_function) {
        yk_json_string(j, "test_function", info->test_function);
    } else {
        yk_json_string(j, "engine", info->engine);
        yk_json_string(j, "measure", info->measure);
        yk_json_string(j, "id", info->id ? info->id : "");
        yk_json_int(j, "year", info->year);
        yk_json_string(j, "variant", info->variant ? info->variant : "");
        yk_json_int(j, "replicates", info->replicates);
    }
    yk_json_int(j, "samples", yk_sens_result_samples(r));
    yk_json_int(j, "evaluations", yk_sens_result_evaluations(r));
    yk_json_string(j, "generator", yk_sens_result_generator(r));
    if (yk_sens_result_levels(r))
        yk_json_int(j, "levels", yk_sens_result_levels(r));
    yk_json_number(j, "output_mean", yk_sens_result_output_mean(r));
    yk_json_number(j, "output_variance", yk_sens_result_output_variance(r));
    yk_json_array_begin(j, "params");
    for (i = 0; i < yk_sens_result_count(r); i++) {
        yk_json_object_begin(j, NULL);
        yk_json_string(j, "name", yk_sens_result_name(r, i));
        for (jx = 0; jx < yk_sens_result_index_count(r); jx++) {
            yk_sens_index w = yk_sens_result_index_at(r, jx);
            yk_sens_estimate e = yk_sens_result_index(r, i, w);
            yk_json_estimate(j, yk_sens_index_name(w), e.mean, e.lo, e.hi);
        }
        yk_json_object_end(j);
    }
    yk_json_array_end(j);
    yk_json_object_end(j);
}

static void json_members(yk_json *j, const void *data)
{
    const void *const *d = data;
    yk_report_sensitivity_json(j, d[0], d[1]);
}

static void text_number(FILE *out, double v)
{
    if (isnan(v))
        fprintf(out, " %8s", "-");
    else
        fprintf(out, " %8.4f", v);
}

/* Input i's place when ranked by key, largest first, ties (and NaN, last)
 * in input order: yk_sens_result_rank's order, without memory. */
static size_t place(const yk_sens_result *r, yk_sens_index key, size_t i)
{
    double ki = yk_sens_result_index(r, i, key).mean;
    size_t j, n = 0;
    for (j = 0; j < yk_sens_result_count(r); j++) {
        double kj = yk_sens_result_index(r, j, key).mean;
        if (j == i)
            continue;
        if ((!isnan(kj) && isnan(ki)) || kj > ki ||
            (j < i && (kj == ki || (isnan(kj) && isnan(ki)))))
            n++;
    }
    return n;
}

static void text_row(FILE *out, const yk_sens_result *r, size_t rank, size_t i, int w)
{
    size_t jx;
    fprintf(out, "%-4zu %-*s", rank + 1, w, yk_sens_result_name(r, i));
    for (jx = 0; jx < yk_sens_result_index_count(r); jx++) {
        yk_sens_estimate e = yk_sens_result_index(r, i, yk_sens_result_index_at(r, jx));
        text_number(out, e.mean);
        text_number(out, e.lo);
        text_number(out, e.hi);
    }
    fprintf(out, "\n");
}

static void text(FILE *out, const yk_sens_result *r, const yk_sens_report_info *info,
                 const yk_run_meta *meta)
{
    size_t k = yk_sens_result_count(r), i, jx, rank, w = 5;
    bool sobol = yk_sens_result_method(r) == YK_SENS_SOBOL;
    yk_sens_index key = sobol ? YK_SENS_ST : YK_SENS_MU_STAR;
    fprintf(out, "yokushi %s | sensitivity | %s %s (%s) | sha256 %.16s... | seed %llu\n",
            yk_version(), meta->kind, meta->scenario, meta->origin, meta->sha256,
            (unsigned long long)meta->seed);
    if (info->test_function)
        fprintf(out, "test function %s", info->test_function);
    else
        fprintf(out, "%s %s%s%s%s%s", info->engine, info->measure,
                info->id && *info->id ? " " : "", info->id ? info->id : "",
                info->variant && *info->variant ? " " : "",
                info->variant ? info->variant : "");
    if (!info->test_function && info->year)
        fprintf(out, " %d", info->year);
    fprintf(out, ": %s, %lld samples, %lld evaluations, design %s",
            yk_sens_method_name(yk_sens_result_method(r)),
            (long long)yk_sens_result_samples(r), (long long)yk_sens_result_evaluations(r),
            yk_sens_result_generator(r));
    if (!info->test_function)
        fprintf(out, ", %lld replicates per point (same seed at every point)",
                (long long)info->replicates);
    fprintf(out, "\noutput mean %.6g, variance %.6g; 95%% bootstrap intervals; ranked by %s\n\n",
            yk_sens_result_output_mean(r), yk_sens_result_output_variance(r),
            sobol ? "ST" : "mu*");
    if (sobol && !(yk_sens_result_output_variance(r) > 0))
        fprintf(out, "the output is the same at every point of the design: the indices "
                "are undefined (-); choose another measure or wider inputs (--assumptions "
                "adds the engine's coefficients over their plausible ranges)\n\n");
    for (i = 0; i < k; i++)
        if (strlen(yk_sens_result_name(r, i)) > w)
            w = strlen(yk_sens_result_name(r, i));
    fprintf(out, "%-4s %-*s", "rank", (int)w, "input");
    for (jx = 0; jx < yk_sens_result_index_count(r); jx++)
        fprintf(out, " %8s %8s %8s", yk_sens_index_name(yk_sens_result_index_at(r, jx)),
                "lo", "hi");
    fprintf(out, "\n");
    for (rank = 0; rank < k; rank++)
        for (i = 0; i < k; i++)
            if (place(r, key, i) == rank)
                text_row(out, r, rank, i, (int)w);
    if (sobol) {
        double sum = 0, lo = 0, hi = 0;
        for (i = 0; i < k; i++) {
            yk_sens_estimate e = yk_sens_result_index(r, i, YK_SENS_S1);
            sum += e.mean;
            lo += e.lo;
            hi += e.hi;
        }
        if (isfinite(sum))
            fprintf(out, "\nsum of S1 %.4f [%.4f, %.4f] (1 - sum: the share of variance in "
                    "interactions)\n", sum, lo, hi);
        else
            fprintf(out, "\nsum of S1 - (the indices are undefined)\n");
    }
}

const char *const yk_report_measure_csv_header = "measure,id,year,variant,mean,lo,hi";

int yk_report_measure_csv_row(void *ud, const yk_measure_row *row)
{
    FILE *out = ud;
    char m[40], lo[40], hi[40];
    yk_format_double(row->mean, m, sizeof m);
    yk_format_double(row->lo, lo, sizeof lo);
    yk_format_double(row->hi, hi, sizeof hi);
    yk_csv_field(out, row->measure, false);
    yk_csv_field(out, row->id, false);
    fprintf(out, "%d,", row->year);
    yk_csv_field(out, row->variant, false);
    fprintf(out, "%s,%s,%s\n", m, lo, hi);
    return 0;
}

yk_status yk_report_sensitivity(FILE *out, yk_format fmt, const yk_sens_result *r,
                                const yk_sens_report_info *info,
                                const yk_run_meta *meta)
{
    if (fmt == YK_FORMAT_JSON) {
        const void *d[2] = {r, info};
        return yk_report_json_document(out, meta, json_members, d);
    }
    if (fmt == YK_FORMAT_CSV) {
        fprintf(out, "%s\n", yk_report_measure_csv_header);
        yk_sens_result_measures(r, yk_report_measure_csv_row, out);
        return yk_report_flush(out);
    }
    text(out, r, info, meta);
    return yk_report_flush(out);
}
