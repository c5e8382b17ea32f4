/*
 * compare_report.c - a paired comparison (compare.h) as text, JSON or
 * CSV. JSON: {"yokushi", "engine", "seed", "batches", "replicates",
 * "a": {"scenario", "scenario_sha256"}, "b": {...}, "results":
 * {"compare": [{"measure", "id", "year", "variant", "a", "b",
 * "diff": {"mean","lo","hi"}, "unpaired": {"lo","hi"}, "batches"}]}}.
 */
#include <math.h>
#include <stdio.h>

#include "core/numtext.h"
#include "yokushi/compare.h"
#include "yokushi/tidy.h"
#include "yokushi/yokushi.h"

static void json_doc(FILE *out, const yk_compare *c)
{
    yk_json j;
    size_t i;
    int w;
    yk_json_init(&j, out);
    yk_json_object_begin(&j, NULL);
    yk_json_string(&j, "yokushi", yk_version());
    yk_json_string(&j, "engine", yk_engine_name(yk_compare_engine(c)));
    yk_json_int(&j, "seed", (int64_t)yk_compare_seed(c));
    yk_json_int(&j, "batches", yk_compare_batch_count(c));
    yk_json_int(&j, "replicates", yk_compare_replicates(c));
    for (w = 0; w < 2; w++) {
        yk_json_object_begin(&j, w ? "b" : "a");
        yk_json_string(&j, "scenario", yk_compare_scenario(c, w));
        yk_json_string(&j, "scenario_sha256", yk_compare_sha256(c, w));
        yk_json_object_end(&j);
    }
    yk_json_object_begin(&j, "results");
    yk_json_array_begin(&j, "compare");
    for (i = 0; i < yk_compare_count(c); i++) {
        const yk_compare_row *r = yk_compare_at(c, i);
        yk_json_object_begin(&j, NULL);
        yk_json_string(&j, "measure", r->measure);
        yk_json_string(&j, "id", r->id);
        if (r->year)
            yk_json_int(&j, "year", r->year);
        else
            yk_json_null(&j, "year");
        yk_json_string(&j, "variant", r->variant);
        yk_json_number(&j, "a", r->a);
        yk_json_number(&j, "b", r->b);
        yk_json_estimate(&j, "diff", r->diff, r->lo, r->hi);
        yk_json_object_begin(&j, "unpaired");
        yk_json_number(&j, "lo", r->unpaired_lo);
        yk_json_number(&j, "hi", r->unpaired_hi);
        yk_json_object_end(&j);
        yk_json_int(&j, "batches", r->batches);
        yk_json_object_end(&j);
    }
    yk_json_array_end(&j);
    yk_json_object_end(&j);
    yk_json_object_end(&j);
    yk_json_finish(&j);
}

static const char *const csv_columns[] = {
    "scenario_a", "scenario_a_sha256", "scenario_b", "scenario_b_sha256", "seed",
    "version",    "engine",            "measure",    "id",                "year",
    "variant",    "a",                 "b",          "diff",              "lo",
    "hi",         "unpaired_lo",       "unpaired_hi", "batches"};

static void csv_doc(FILE *out, const yk_compare *c)
{
    size_t i, k, n = sizeof csv_columns / sizeof csv_columns[0];
    char num[48];
    for (k = 0; k < n; k++)
        yk_csv_field(out, csv_columns[k], k + 1 == n);
    for (i = 0; i < yk_compare_count(c); i++) {
        const yk_compare_row *r = yk_compare_at(c, i);
        const double v[7] = {r->a, r->b, r->diff, r->lo, r->hi, r->unpaired_lo, r->unpaired_hi};
        yk_csv_field(out, yk_compare_scenario(c, 0), false);
        yk_csv_field(out, yk_compare_sha256(c, 0), false);
        yk_csv_field(out, yk_compare_scenario(c, 1), false);
        yk_csv_field(out, yk_compare_sha256(c, 1), false);
        snprintf(num, sizeof num, "%llu", (unsigned long long)yk_compare_seed(c));
        yk_csv_field(out, num, false);
        yk_csv_field(out, yk_version(), false);
        yk_csv_field(out, yk_engine_name(yk_compare_engine(c)), false);
        yk_csv_field(out, r->measure, false);
        yk_csv_field(out, r->id, false);
        if (r->year)
            snprintf(num, sizeof num, "%d", r->year);
        else
            num[0] = '\0';
        yk_csv_field(out, num, false);
        yk_csv_field(out, r->variant, false);
        for (k = 0; k < 7; k++) {
            yk_tidy_number(v[k], num, sizeof num);
            yk_csv_field(out, num, false);
        }
        snprintf(num, sizeof num, "%lld", (long long)r->batches);
        yk_csv_field(out, num, true);
    }
}

/* A number in a fixed column: "-" when undefined. */
static void cell(FILE *out, double v)
{
    if (isnan(v))
        fprintf(out, " %10s", "-");
    else
        fprintf(out, " %10.4f", fabs(v) < 5e-5 ? 0.0 : v); /* never -0.0000 */
}

static void text_doc(FILE *out, const yk_compare *c)
{
    size_t i;
    fprintf(out, "yokushi %s | compare --engine %s | A %s (sha256 %.16s...) | B %s (sha256 "
                 "%.16s...)\n",
            yk_version(), yk_engine_name(yk_compare_engine(c)), yk_compare_scenario(c, 0),
            yk_compare_sha256(c, 0), yk_compare_scenario(c, 1), yk_compare_sha256(c, 1));
    fprintf(out, "seed %llu (batch k: seed + k), %lld replicates each in %d paired batches; "
                 "A - B with its 95%% interval from\nthe paired batches (common random "
                 "numbers) and, for contrast, as if the runs were independent\n\n",
            (unsigned long long)yk_compare_seed(c), (long long)yk_compare_replicates(c),
            yk_compare_batch_count(c));
    fprintf(out, "%-26s %-14s %-5s %-14s %10s %10s %10s %10s %10s %10s %10s\n", "measure", "id",
            "year", "variant", "A", "B", "A - B", "lo", "hi", "unp. lo", "unp. hi");
    for (i = 0; i < yk_compare_count(c); i++) {
        const yk_compare_row *r = yk_compare_at(c, i);
        char year[16];
        if (r->year)
            snprintf(year, sizeof year, "%d", r->year);
        else
            year[0] = '\0';
        fprintf(out, "%-26s %-14s %-5s %-14s", r->measure, r->id, year, r->variant);
        cell(out, r->a);
        cell(out, r->b);
        cell(out, r->diff);
        cell(out, r->lo);
        cell(out, r->hi);
        cell(out, r->unpaired_lo);
        cell(out, r->unpaired_hi);
        fputc('\n', out);
    }
}

yk_status yk_compare_write(const yk_compare *c, yk_format fmt, FILE *out)
{
    void *loc;
    yk_status st;
    if (!c || !out)
        return YK_E_ARG;
    /* fprintf's numbers in the C locale, whatever the caller set */
    loc = yk_locale_c_enter();
    if (fmt == YK_FORMAT_JSON)
        json_doc(out, c);
    else if (fmt == YK_FORMAT_CSV)
        csv_doc(out, c);
    else
        text_doc(out, c);
    st = yk_report_flush(out);
    yk_locale_c_leave(loc);
    return st;
}
