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

/* Judgement vs chance: the band across parameter draws beside the Monte
 * Carlo interval of the mean, last year. */
static void text_band(FILE *out, const yk_cascade_result *r)
{
    const yk_world *w = yk_cascade_world(r);
    int last = yk_cascade_year_count(r) - 1;
    size_t i;
    fprintf(out, "\nP(nuclear-armed by %d): judgement vs chance (%zu parameter draws of %lld "
                 "replicates each)\n",
            year_of(r, last), yk_cascade_outer_count(r),
            (long long)((yk_cascade_replicates(r) + (int64_t)yk_cascade_outer_count(r) - 1) /
                        (int64_t)yk_cascade_outer_count(r)));
    fprintf(out, "%-12s %-30s %-30s\n", "state", "mean [band of 95% of draws]",
            "mean [95% interval of the mean]");
    for (i = 0; i < w->n_states; i++) {
        yk_cascade_estimate b = yk_cascade_p_nuclear_band(r, i, last);
        yk_cascade_estimate e = yk_cascade_p_nuclear(r, i, last);
        char c1[64], c2[64];
        if (yk_cascade_initially_nuclear(r, i))
            continue;
        snprintf(c1, sizeof c1, "%.3f [%.3f,%.3f]", b.mean, b.lo, b.hi);
        snprintf(c2, sizeof c2, "%.3f [%.3f,%.3f]", e.mean, e.lo, e.hi);
        fprintf(out, "%-12s %-30s %-30s\n", w->states[i].id, c1, c2);
    }
}

/* P(hedging or beyond) / P(programme or beyond) in the shown years. */
static void text_stages(FILE *out, const yk_cascade_result *r)
{
    const yk_world *w = yk_cascade_world(r);
    int n = yk_cascade_year_count(r), y;
    size_t i;
    fprintf(out, "\nStages: P(hedging or beyond) / P(programme or beyond) that year (means)\n");
    text_years_header(out, r, "state");
    for (i = 0; i < w->n_states; i++) {
        if (yk_cascade_initially_nuclear(r, i))
            continue;
        fprintf(out, "%-12s", w->states[i].id);
        for (y = 0; y < n; y++)
            if (shown_year(r, y)) {
                char cell[64];
                snprintf(cell, sizeof cell, "%.3f/%.3f",
                         yk_cascade_p_stage(r, i, y, YK_STAGE_HEDGING).mean,
                         yk_cascade_p_stage(r, i, y, YK_STAGE_PROGRAMME).mean);
                fprintf(out, " %-20s", cell);
            }
        fputc('\n', out);
    }
}

/* The knock-on table: for each state nuclear-armed by the end in at least
 * 5% of replicates (and not from the start), the change in every other
 * state's P(nuclear-armed by the end) given that it is. */
static void text_given(FILE *out, const yk_cascade_result *r)
{
    const yk_world *w = yk_cascade_world(r);
    int last = yk_cascade_year_count(r) - 1;
    size_t p, i;
    bool any = false;
    for (p = 0; p < w->n_states; p++) {
        if (yk_cascade_initially_nuclear(r, p) || yk_cascade_p_nuclear(r, p, last).mean < 0.05)
            continue;
        if (!any)
            fprintf(out, "\nKnock-on given a new arsenal: P(state nuclear-armed by %d | the "
                         "row's state is) - P(state nuclear-armed by %d), where it changes\n",
                    year_of(r, last), year_of(r, last));
        any = true;
        fprintf(out, "%s (P %.3f):", w->states[p].id, yk_cascade_p_nuclear(r, p, last).mean);
        if (yk_cascade_p_nuclear(r, p, last).mean >= 1) {
            fprintf(out, " nuclear-armed in every replicate: compare with a run without it\n");
            continue;
        }
        for (i = 0; i < w->n_states; i++) {
            double d;
            if (i == p || yk_cascade_initially_nuclear(r, i))
                continue;
            d = yk_cascade_p_nuclear_given(r, p, i).mean - yk_cascade_p_nuclear(r, i, last).mean;
            if (d != 0)
                fprintf(out, " %s %+.4f", w->states[i].id, d);
        }
        fputc('\n', out);
    }
    if (!any)
        fprintf(out, "\nKnock-on given a new arsenal: no state goes nuclear in 5%% of replicates\n");
}

static void text(FILE *out, const yk_cascade_result *r, const yk_run_meta *m)
{
    const yk_world *w = yk_cascade_world(r);
    int n = yk_cascade_year_count(r), y;
    size_t i, k;

    fprintf(out, "yokushi %s | cascade | %s %s (%s) | sha256 %.16s... | seed %llu\n",
            yk_version(), m->kind, m->scenario, m->origin, m->sha256,
            (unsigned long long)m->seed);
    fprintf(out, "%lld replicates, years %d-%d; estimates as mean [95%% interval]\n",
            (long long)yk_cascade_replicates(r), year_of(r, 0), year_of(r, n - 1));
    if (yk_cascade_warning(r))
        fprintf(out, "warning: %s\n", yk_cascade_warning(r));
    fputc('\n', out);

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

    if (yk_cascade_outer_count(r))
        text_band(out, r);
    text_stages(out, r);

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
    text_given(out, r);
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

static const yk_cascade_stage stages[] = {YK_STAGE_HEDGING, YK_STAGE_PROGRAMME,
                                           YK_STAGE_NUCLEAR};

/* p_stage_by_year.ID.STAGE.YEAR */
static void json_stages(yk_json *j, const yk_cascade_result *r)
{
    const yk_world *w = yk_cascade_world(r);
    int n = yk_cascade_year_count(r), y;
    size_t i, k;
    char yk[16];
    yk_json_object_begin(j, "p_stage_by_year");
    for (i = 0; i < w->n_states; i++) {
        yk_json_object_begin(j, w->states[i].id);
        for (k = 0; k < 3; k++) {
            yk_json_object_begin(j, yk_stage_name(stages[k]));
            for (y = 0; y < n; y++) {
                snprintf(yk, sizeof yk, "%d", year_of(r, y));
                json_estimate(j, yk, yk_cascade_p_stage(r, i, y, stages[k]));
            }
            yk_json_object_end(j);
        }
        yk_json_object_end(j);
    }
    yk_json_object_end(j);
}

/* p_nuclear_band.ID.YEAR: mean and band across parameter draws. */
static void json_band(yk_json *j, const yk_cascade_result *r)
{
    const yk_world *w = yk_cascade_world(r);
    int n = yk_cascade_year_count(r), y;
    size_t i;
    char yk[16];
    yk_json_int(j, "parameter_draws", (int64_t)yk_cascade_outer_count(r));
    yk_json_object_begin(j, "p_nuclear_band");
    for (i = 0; i < w->n_states; i++) {
        yk_json_object_begin(j, w->states[i].id);
        for (y = 0; y < n; y++) {
            snprintf(yk, sizeof yk, "%d", year_of(r, y));
            json_estimate(j, yk, yk_cascade_p_nuclear_band(r, i, y));
        }
        yk_json_object_end(j);
    }
    yk_json_object_end(j);
}

/* p_nuclear_given.P.I: P(I nuclear-armed by the end | P is), for every P
 * nuclear-armed in some replicate and not from the start. */
static void json_given(yk_json *j, const yk_cascade_result *r)
{
    const yk_world *w = yk_cascade_world(r);
    size_t p, i;
    yk_json_object_begin(j, "p_nuclear_given");
    for (p = 0; p < w->n_states; p++) {
        if (yk_cascade_initially_nuclear(r, p) || yk_cascade_p_nuclear_given(r, p, p).mean < 0)
            continue;
        yk_json_object_begin(j, w->states[p].id);
        for (i = 0; i < w->n_states; i++)
            if (i != p && !yk_cascade_initially_nuclear(r, i))
                json_estimate(j, w->states[i].id, yk_cascade_p_nuclear_given(r, p, i));
        yk_json_object_end(j);
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
    json_stages(j, r);
    if (yk_cascade_outer_count(r))
        json_band(j, r);
    json_years(j, "expected_nuclear_states", r, yk_cascade_expected_nuclear);
    json_years(j, "new_programmes", r, yk_cascade_new_programmes);
    json_years(j, "new_nuclear_states", r, yk_cascade_new_nuclear);
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
    json_given(j, r);
    yk_json_array_begin(j, "warnings");
    if (yk_cascade_warning(r))
        yk_json_string(j, NULL, yk_cascade_warning(r));
    yk_json_array_end(j);
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
