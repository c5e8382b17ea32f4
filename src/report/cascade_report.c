/*
 * cascade_report.c - the cascade engine's results as a year table
 * (text), JSON under results.cascade, or CSV rows.
 */
#include <string.h>

#include "yokushi/report_cascade.h"
#include "yokushi/yokushi.h"

static int year_of(const yk_cascade_result *r, int y)
{
    return yk_cascade_year_from(r) + y;
}

/* The years the text tables show: every fifth from the first, and the
 * last. */
static int shown_year(const yk_cascade_result *r, int y)
{
    int n = yk_cascade_year_count(r);
    return y % 5 == 0 || y == n - 1;
}

static void text_estimate(FILE *out, yk_cascade_estimate e, int digits)
{
    char cell[64];
    snprintf(cell, sizeof cell, "%.*f [%.*f,%.*f]", digits, e.mean, digits, e.lo,
             digits, e.hi);
    fprintf(out, " %-20s", cell);
}

static void text_years_header(FILE *out, const yk_cascade_result *r, const char *first)
{
    int y;
    fprintf(out, "%-12s", first);
    for (y = 0; y < yk_cascade_year_count(r); y++)
        if (shown_year(r, y))
            fprintf(out, " %-20d", year_of(r, y));
    fputc('\n', out);
}

static void text(FILE *out, const yk_cascade_result *r, const yk_run_meta *m)
{
    const yk_world *w = yk_cascade_world(r);
    int n = yk_cascade_year_count(r), y;
    size_t i, k;

    fprintf(out, "yokushi %s | cascade | %s %s (%s) | sha256 %.16s... | seed %llu\n",
            yk_version(), m->kind, m->scenario, m->origin, m->sha256,
            (unsigned long long)m->seed);
    fprintf(out, "%lld replicates, years %d-%d; estimates as mean [95%% interval]\n\n",
            (long long)yk_cascade_replicates(r), year_of(r, 0), year_of(r, n - 1));

    fprintf(out, "P(nuclear-armed by the end of the year), states without weapons in %d (Wilson interval)\n",
            year_of(r, 0));
    text_years_header(out, r, "state");
    for (i = 0; i < w->n_states; i++) {
        if (yk_cascade_initially_nuclear(r, i))
            continue;
        fprintf(out, "%-12s", w->states[i].id);
        for (y = 0; y < n; y++)
            if (shown_year(r, y))
                text_estimate(out, yk_cascade_p_nuclear(r, i, y), 3);
        fputc('\n', out);
    }

    fprintf(out, "\nUmbrella credibility (mean [band of the middle 95%% of replicates])\n");
    text_years_header(out, r, "alliance");
    for (i = 0; i < w->n_alliances; i++) {
        fprintf(out, "%-12s", w->alliances[i].id);
        for (y = 0; y < n; y++)
            if (shown_year(r, y))
                text_estimate(out, yk_cascade_credibility(r, i, y), 2);
        fputc('\n', out);
    }

    fprintf(out, "\nYear table (mean [95%% interval of the mean])\n");
    fprintf(out, "%-6s %-24s %-24s %-24s", "year", "nuclear-armed states", "NPT health",
            "value of weapons V");
    for (k = 0; k < yk_cascade_patron_count(r); k++)
        fprintf(out, " %s burden before/after", w->states[yk_cascade_patron(r, k)].id);
    fputc('\n', out);
    for (y = 0; y < n; y++) {
        yk_cascade_estimate c = yk_cascade_expected_nuclear(r, y);
        yk_cascade_estimate h = yk_cascade_npt_health(r, y);
        yk_cascade_estimate v = yk_cascade_value(r, y);
        char a[64], b[64], d[64];
        snprintf(a, sizeof a, "%.2f [%.2f,%.2f]", c.mean, c.lo, c.hi);
        snprintf(b, sizeof b, "%.3f [%.3f,%.3f]", h.mean, h.lo, h.hi);
        snprintf(d, sizeof d, "%.3f [%.3f,%.3f]", v.mean, v.lo, v.hi);
        fprintf(out, "%-6d %-24s %-24s %-24s", year_of(r, y), a, b, d);
        for (k = 0; k < yk_cascade_patron_count(r); k++)
            fprintf(out, " %.2f/%.2f", yk_cascade_burden(r, k, y, false).mean,
                    yk_cascade_burden(r, k, y, true).mean);
        fputc('\n', out);
    }

    fprintf(out, "\nKnock-on: threat a new arsenal adds to its rivals (sum of intensity x g(W)), last year\n");
    for (i = 0; i < w->n_states; i++) {
        yk_cascade_estimate e;
        if (yk_cascade_initially_nuclear(r, i))
            continue;
        e = yk_cascade_knock_on(r, i, n - 1);
        fprintf(out, "%-12s %.4f [%.4f,%.4f]\n", w->states[i].id, e.mean, e.lo, e.hi);
    }
}

/* ---- JSON ------------------------------------------------------------------ */

static void json_estimate(yk_json *j, const char *key, yk_cascade_estimate e)
{
    yk_json_estimate(j, key, e.mean, e.lo, e.hi);
}

typedef yk_cascade_estimate (*per_year_fn)(const yk_cascade_result *r, int y);

static void json_years(yk_json *j, const char *key, const yk_cascade_result *r,
                       per_year_fn fn)
{
    int y;
    char yk[16];
    yk_json_object_begin(j, key);
    for (y = 0; y < yk_cascade_year_count(r); y++) {
        snprintf(yk, sizeof yk, "%d", year_of(r, y));
        json_estimate(j, yk, fn(r, y));
    }
    yk_json_object_end(j);
}

void yk_report_cascade_json(yk_json *j, const yk_cascade_result *r)
{
    const yk_world *w = yk_cascade_world(r);
    int n = yk_cascade_year_count(r), y;
    size_t i, k;
    char yk[16];

    yk_json_object_begin(j, "cascade");
    yk_json_int(j, "replicates", yk_cascade_replicates(r));
    yk_json_int(j, "year_from", year_of(r, 0));
    yk_json_int(j, "year_to", year_of(r, n - 1));
    yk_json_object_begin(j, "p_nuclear_by_year");
    for (i = 0; i < w->n_states; i++) {
        yk_json_object_begin(j, w->states[i].id);
        for (y = 0; y < n; y++) {
            snprintf(yk, sizeof yk, "%d", year_of(r, y));
            json_estimate(j, yk, yk_cascade_p_nuclear(r, i, y));
        }
        yk_json_object_end(j);
    }
    yk_json_object_end(j);
    yk_json_object_begin(j, "credibility");
    for (i = 0; i < w->n_alliances; i++) {
        yk_json_object_begin(j, w->alliances[i].id);
        for (y = 0; y < n; y++) {
            snprintf(yk, sizeof yk, "%d", year_of(r, y));
            json_estimate(j, yk, yk_cascade_credibility(r, i, y));
        }
        yk_json_object_end(j);
    }
    yk_json_object_end(j);
    json_years(j, "expected_nuclear_states", r, yk_cascade_expected_nuclear);
    json_years(j, "npt_health", r, yk_cascade_npt_health);
    json_years(j, "nuclear_value", r, yk_cascade_value);
    yk_json_object_begin(j, "patron_burden");
    for (y = 0; y < n; y++) {
        snprintf(yk, sizeof yk, "%d", year_of(r, y));
        yk_json_object_begin(j, yk);
        for (k = 0; k < yk_cascade_patron_count(r); k++) {
            yk_json_object_begin(j, w->states[yk_cascade_patron(r, k)].id);
            json_estimate(j, "before", yk_cascade_burden(r, k, y, false));
            json_estimate(j, "after", yk_cascade_burden(r, k, y, true));
            yk_json_object_end(j);
        }
        yk_json_object_end(j);
    }
    yk_json_object_end(j);
    yk_json_object_begin(j, "knock_on");
    for (i = 0; i < w->n_states; i++) {
        if (yk_cascade_initially_nuclear(r, i))
            continue;
        yk_json_object_begin(j, w->states[i].id);
        for (y = 0; y < n; y++) {
            snprintf(yk, sizeof yk, "%d", year_of(r, y));
            json_estimate(j, yk, yk_cascade_knock_on(r, i, y));
        }
        yk_json_object_end(j);
    }
    yk_json_object_end(j);
    yk_json_object_end(j);
}

/* ---- CSV ------------------------------------------------------------------- */

static void csv_row(FILE *out, const char *measure, const char *id, int year,
                    yk_cascade_estimate e)
{
    char a[32], b[32], c[32], yr[16];
    yk_format_double(e.mean, a, sizeof a);
    yk_format_double(e.lo, b, sizeof b);
    yk_format_double(e.hi, c, sizeof c);
    snprintf(yr, sizeof yr, "%d", year);
    yk_csv_field(out, measure, false);
    yk_csv_field(out, id, false);
    yk_csv_field(out, yr, false);
    yk_csv_field(out, a, false);
    yk_csv_field(out, b, false);
    yk_csv_field(out, c, true);
}

static void csv(FILE *out, const yk_cascade_result *r)
{
    const yk_world *w = yk_cascade_world(r);
    int n = yk_cascade_year_count(r), y;
    size_t i, k;
    fprintf(out, "measure,id,year,mean,lo,hi\n");
    for (i = 0; i < w->n_states; i++)
        for (y = 0; y < n; y++)
            csv_row(out, "p_nuclear", w->states[i].id, year_of(r, y),
                    yk_cascade_p_nuclear(r, i, y));
    for (i = 0; i < w->n_alliances; i++)
        for (y = 0; y < n; y++)
            csv_row(out, "credibility", w->alliances[i].id, year_of(r, y),
                    yk_cascade_credibility(r, i, y));
    for (y = 0; y < n; y++) {
        csv_row(out, "expected_nuclear_states", "", year_of(r, y),
                yk_cascade_expected_nuclear(r, y));
        csv_row(out, "npt_health", "", year_of(r, y), yk_cascade_npt_health(r, y));
        csv_row(out, "nuclear_value", "", year_of(r, y), yk_cascade_value(r, y));
        for (k = 0; k < yk_cascade_patron_count(r); k++) {
            const char *id = w->states[yk_cascade_patron(r, k)].id;
            csv_row(out, "burden_before", id, year_of(r, y), yk_cascade_burden(r, k, y, false));
            csv_row(out, "burden_after", id, year_of(r, y), yk_cascade_burden(r, k, y, true));
        }
    }
    for (i = 0; i < w->n_states; i++)
        if (!yk_cascade_initially_nuclear(r, i))
            for (y = 0; y < n; y++)
                csv_row(out, "knock_on", w->states[i].id, year_of(r, y),
                        yk_cascade_knock_on(r, i, y));
}

static void cascade_members(yk_json *j, const void *data)
{
    yk_report_cascade_json(j, data);
}

yk_status yk_report_cascade(FILE *out, yk_format fmt, const yk_cascade_result *r,
                       const yk_run_meta *meta)
{
    if (fmt == YK_FORMAT_CSV) {
        csv(out, r);
    } else if (fmt == YK_FORMAT_JSON) {
        return yk_report_json_document(out, meta, cascade_members, r);
    } else {
        text(out, r, meta);
    }
    return yk_report_flush(out);
}
