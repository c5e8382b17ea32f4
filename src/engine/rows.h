/*
 * rows.h (internal) - a result's measures rows (engine.h) copied out of
 * the walk (a row's strings live only during its callback) and grouped by
 * measure, for the readers that need them all at once: the generic charts
 * (charts.c) and the page's headline table (html_report.c).
 */
#ifndef YK_ENGINE_ROWS_H
#define YK_ENGINE_ROWS_H

#include <stdbool.h>
#include <stddef.h>

#include "yokushi/report_html.h"

typedef struct yk_mrow {
    char *measure, *id, *variant;
    int year;
    double mean, lo, hi;
} yk_mrow;

typedef struct yk_mrows {
    yk_mrow *v;
    size_t n, cap;
    bool nomem;
} yk_mrows;

/* Every row walk(data) gives, grouped by measure: the measures in the
 * order they first come, each's rows in theirs (the crisis lists every
 * measure with the bomb, then every one without). The walk's status
 * (YK_E_ARG: no rows for this kind of run) or YK_E_NOMEM; free *out with
 * yk_mrows_free either way. */
yk_status yk_mrows_collect(yk_measure_walk walk, const void *data, yk_mrows *out);
void yk_mrows_free(yk_mrows *rs);
/* The end of the rows of v[i]'s measure (grouped: they follow it). */
size_t yk_mrows_measure_end(const yk_mrows *rs, size_t i);
/* Whether any of v[from..to) has a year. */
bool yk_mrows_yearly(const yk_mrows *rs, size_t from, size_t to);
/* Same id and variant. */
bool yk_mrow_same_subject(const yk_mrow *a, const yk_mrow *b);

#endif
