/*
 * rows.c - a result's measures rows, copied and grouped (rows.h).
 */
#include "engine/rows.h"

#include <string.h>

#include "core/alloc.h"

static int keep_row(void *ud, const yk_measure_row *m)
{
    yk_mrows *rs = ud;
    yk_mrow *r;
    if (rs->n == rs->cap) {
        size_t cap = rs->cap ? 2 * rs->cap : 64;
        yk_mrow *v = yk_reallocarray(rs->v, cap, sizeof *v);
        if (!v)
            goto nomem;
        rs->v = v;
        rs->cap = cap;
    }
    r = &rs->v[rs->n];
    memset(r, 0, sizeof *r);
    r->measure = yk_strdup(m->measure ? m->measure : "");
    r->id = yk_strdup(m->id ? m->id : "");
    r->variant = yk_strdup(m->variant ? m->variant : "");
    r->year = m->year;
    r->mean = m->mean;
    r->lo = m->lo;
    r->hi = m->hi;
    rs->n++;
    if (!r->measure || !r->id || !r->variant)
        goto nomem;
    return 0;
nomem:
    rs->nomem = true;
    return 1;
}

void yk_mrows_free(yk_mrows *rs)
{
    size_t i;
    for (i = 0; i < rs->n; i++) {
        yk_free(rs->v[i].measure);
        yk_free(rs->v[i].id);
        yk_free(rs->v[i].variant);
    }
    yk_free(rs->v);
    memset(rs, 0, sizeof *rs);
}

/* Stable grouping by measure, in place through a second array. */
static yk_status group_rows(yk_mrows *rs)
{
    yk_mrow *v = yk_calloc(rs->n ? rs->n : 1, sizeof *v);
    bool *moved = yk_calloc(rs->n ? rs->n : 1, sizeof *moved);
    size_t i, k, n = 0;
    if (!v || !moved) {
        yk_free(v);
        yk_free(moved);
        return YK_E_NOMEM;
    }
    for (i = 0; i < rs->n; i++) {
        const char *m = rs->v[i].measure;
        if (moved[i])
            continue;
        for (k = i; k < rs->n; k++)
            if (!moved[k] && !strcmp(rs->v[k].measure, m)) {
                v[n++] = rs->v[k];
                moved[k] = true;
            }
    }
    yk_free(rs->v);
    yk_free(moved);
    rs->v = v;
    rs->cap = rs->n;
    return YK_OK;
}

yk_status yk_mrows_collect(yk_measure_walk walk, const void *data, yk_mrows *out)
{
    yk_status st;
    memset(out, 0, sizeof *out);
    st = walk(data, keep_row, out);
    if (out->nomem)
        return YK_E_NOMEM;
    return st ? st : group_rows(out);
}

size_t yk_mrows_measure_end(const yk_mrows *rs, size_t i)
{
    size_t end;
    for (end = i; end < rs->n && !strcmp(rs->v[end].measure, rs->v[i].measure); end++)
        ;
    return end;
}

bool yk_mrows_yearly(const yk_mrows *rs, size_t from, size_t to)
{
    size_t i;
    for (i = from; i < to; i++)
        if (rs->v[i].year)
            return true;
    return false;
}

bool yk_mrow_same_subject(const yk_mrow *a, const yk_mrow *b)
{
    return !strcmp(a->id, b->id) && !strcmp(a->variant, b->variant);
}
