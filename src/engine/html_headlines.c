/*
 * html_headlines.c - a result's headline numbers in the HTML report
 * (html_int.h): per measure without years every row, per measure by year
 * the last year beside the first for the subjects that move most; the
 * rest counted, never silently dropped (docs/CLI.md, MODEL.md).
 */
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "core/numtext.h"
#include "engine/engine_int.h"
#include "engine/html_int.h"
#include "engine/rows.h"

#define HEADLINE_PER_MEASURE 8 /* subjects of a measure by year */
#define MAX_PLAIN_ROWS 12      /* rows of a measure without years */

static void headline_row(yk_textbuf *b, const yk_mrow *r, const yk_mrow *start)
{
    char year[16] = "";
    if (r->year)
        yk_snprintf_c(year, sizeof year, "%d", r->year);
    yk_textbuf_str(b, "<tr>");
    yk_html_element(b, "td", r->measure);
    yk_html_element(b, "td", r->id);
    yk_html_element(b, "td", r->variant);
    yk_html_element(b, "td", year);
    yk_html_estimate(b, r->mean, r->lo, r->hi);
    yk_textbuf_str(b, "<td class=\"num\">");
    if (start)
        yk_textbuf_printf(b, "%.3f", start->mean);
    yk_textbuf_str(b, "</td></tr>\n");
}

/* The row of r's subject in `year` among v[from..to), or NULL. */
static const yk_mrow *row_in(const yk_mrows *rs, size_t from, size_t to, const yk_mrow *r,
                             int year)
{
    size_t i;
    for (i = from; i < to; i++)
        if (rs->v[i].year == year && yk_mrow_same_subject(&rs->v[i], r))
            return &rs->v[i];
    return NULL;
}

/* A yearly measure: its last year's rows for the subjects that moved most
 * since the first year (at most HEADLINE_PER_MEASURE, in their order).
 * Returns how many rows of the last year were left out. */
static size_t yearly_rows(yk_textbuf *b, const yk_mrows *rs, size_t from, size_t to,
                          bool *chosen)
{
    int y0 = 0, y1 = 0;
    size_t i, k, left = 0;
    for (i = from; i < to; i++) {
        if (rs->v[i].year && (!y0 || rs->v[i].year < y0))
            y0 = rs->v[i].year;
        if (rs->v[i].year > y1)
            y1 = rs->v[i].year;
    }
    memset(chosen + from, 0, (to - from) * sizeof *chosen);
    for (k = 0; k < HEADLINE_PER_MEASURE; k++) {
        size_t best = to;
        double best_move = 0;
        for (i = from; i < to; i++) {
            const yk_mrow *start = row_in(rs, from, to, &rs->v[i], y0);
            double move;
            if (rs->v[i].year != y1 || chosen[i] || !start)
                continue;
            move = fabs(rs->v[i].mean - start->mean);
            /* a move that shows at three decimals; ties: the earlier */
            if (move >= 0.0005 && (best == to || move > best_move)) {
                best_move = move;
                best = i;
            }
        }
        if (best == to)
            break;
        chosen[best] = true;
    }
    for (i = from; i < to; i++) {
        if (rs->v[i].year != y1)
            continue;
        if (chosen[i])
            headline_row(b, &rs->v[i], row_in(rs, from, to, &rs->v[i], y0));
        else
            left++;
    }
    return left;
}

/* A measure without years: its rows, a zero as much as any (P(attack)
 * 0 with the bomb is the bomb's value); of a measure with more than
 * MAX_PLAIN_ROWS rows (a sensitivity's S1 and ST per input, a sweep's
 * grid), the MAX_PLAIN_ROWS largest in absolute value, in their order:
 * the first rows are the inputs' order, not the ones that matter. */
static size_t plain_rows(yk_textbuf *b, const yk_mrows *rs, size_t from, size_t to,
                         bool *chosen)
{
    size_t i, k;
    if (to - from <= MAX_PLAIN_ROWS) {
        for (i = from; i < to; i++)
            headline_row(b, &rs->v[i], NULL);
        return 0;
    }
    memset(chosen + from, 0, (to - from) * sizeof *chosen);
    for (k = 0; k < MAX_PLAIN_ROWS; k++) {
        size_t best = to;
        for (i = from; i < to; i++)
            if (!chosen[i] && isfinite(rs->v[i].mean) &&
                (best == to || fabs(rs->v[i].mean) > fabs(rs->v[best].mean)))
                best = i;
        if (best == to)
            break;
        chosen[best] = true;
    }
    for (i = from; i < to; i++)
        if (chosen[i])
            headline_row(b, &rs->v[i], NULL);
    return to - from - k;
}

static yk_status walk_result(const void *data, yk_measure_fn fn, void *ud)
{
    return yk_engine_result_measures(data, fn, ud);
}

yk_status yk_html_headlines(yk_textbuf *b, const yk_engine_result *r)
{
    yk_mrows rs;
    bool *chosen = NULL, yearly = false, plain = false;
    size_t i, end, left = 0;
    yk_status st = yk_mrows_collect(walk_result, r, &rs);
    if (st == YK_E_ARG) {
        yk_mrows_free(&rs);
        yk_textbuf_str(b, "<p>This kind of run lists no measure rows: its numbers are in the "
                          "chart and the full output below.</p>\n");
        return YK_OK;
    }
    if (!st && !(chosen = yk_calloc(rs.n ? rs.n : 1, sizeof *chosen)))
        st = YK_E_NOMEM;
    if (st) {
        yk_mrows_free(&rs);
        return st;
    }
    yk_textbuf_str(b, "<table class=\"numbers\">\n<thead><tr><th>measure</th><th>subject</th>"
                      "<th>variant</th><th>year</th><th>mean</th><th>95% interval</th>"
                      "<th>at the start</th></tr></thead>\n<tbody>\n");
    for (i = 0; i < rs.n; i = end) {
        end = yk_mrows_measure_end(&rs, i);
        if (yk_mrows_yearly(&rs, i, end)) {
            yearly = true;
            left += yearly_rows(b, &rs, i, end, chosen);
        } else {
            plain = plain || end - i > MAX_PLAIN_ROWS;
            left += plain_rows(b, &rs, i, end, chosen);
        }
    }
    yk_textbuf_str(b, "</tbody></table>\n<p class=\"small\">");
    if (yearly)
        yk_textbuf_printf(b, "Measures by year: the last year's value, with the first year's "
                             "beside it, for the %d subjects that move most. ",
                          HEADLINE_PER_MEASURE);
    if (plain)
        yk_textbuf_printf(b, "Measures with more than %d rows: the %d largest in absolute "
                             "value. ",
                          MAX_PLAIN_ROWS, MAX_PLAIN_ROWS);
    if (left)
        yk_textbuf_printf(b, "%zu rows %s are left out. ", left,
                          yearly && plain ? "that move less or are smaller"
                          : yearly       ? "that move less"
                                         : "that are smaller");
    yk_textbuf_str(b, "Every row is in <code>--format csv</code> and the full output.</p>\n");
    yk_free(chosen);
    yk_mrows_free(&rs);
    return YK_OK;
}
