/*
 * error.c - status sentences, located errors and the list of problems that
 * one validation pass collects.
 */
#include "core/alloc.h"
#include "core/numtext.h"
#include "yokushi/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const status_text[] = {
    [YK_OK] = "success",
    [YK_E_NOMEM] = "out of memory",
    [YK_E_IO] = "input/output error",
    [YK_E_PARSE] = "syntax error",
    [YK_E_SCHEMA] = "does not fit the schema",
    [YK_E_RANGE] = "value out of range",
    [YK_E_REF] = "dangling or duplicate id",
    [YK_E_CYCLE] = "cycle in extends",
    [YK_E_LIMIT] = "input limit exceeded",
    [YK_E_ARG] = "invalid argument",
    [YK_E_NOTFOUND] = "not found",
    [YK_E_NUMERIC] = "numerical failure",
    [YK_E_INTERRUPTED] = "interrupted",
};

const char *yk_status_str(yk_status status)
{
    size_t i = (size_t)status;
    if (i < sizeof status_text / sizeof status_text[0] && status_text[i])
        return status_text[i];
    return "unknown status";
}

static void copy_str(char *dst, size_t cap, const char *src)
{
    size_t n = src ? strlen(src) : 0;
    if (n >= cap)
        n = cap - 1;
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
}

#if defined(__GNUC__)
__attribute__((format(printf, 7, 0)))
#endif
static void error_vset(yk_error *err, yk_status status, const char *file,
                       int line, int col, const char *path, const char *fmt,
                       va_list ap)
{
    err->status = status;
    err->line = line;
    err->col = col;
    copy_str(err->file, sizeof err->file, file);
    copy_str(err->path, sizeof err->path, path);
    yk_vsnprintf_c(err->message, sizeof err->message, fmt, ap);
}

yk_status yk_error_set(yk_error *err, yk_status status, const char *file,
                       int line, int col, const char *path, const char *fmt,
                       ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        error_vset(err, status, file, line, col, path, fmt, ap);
        va_end(ap);
    }
    return status;
}

int yk_error_format(const yk_error *err, char *buf, size_t size)
{
    char where[YK_ERROR_FILE_MAX + 32] = "";
    if (err->file[0] && err->line > 0)
        snprintf(where, sizeof where, "%s:%d:%d: ", err->file, err->line,
                 err->col > 0 ? err->col : 1);
    else if (err->file[0])
        snprintf(where, sizeof where, "%s: ", err->file);
    return snprintf(buf, size, "%s%s%s%s", where, err->path,
                    err->path[0] ? ": " : "", err->message);
}

void yk_diag_init(yk_diag *d)
{
    memset(d, 0, sizeof *d);
}

void yk_diag_free(yk_diag *d)
{
    yk_free(d->items);
    memset(d, 0, sizeof *d);
}

yk_status yk_diag_vadd(yk_diag *d, yk_status status, const char *file,
                       int line, int col, const char *path, const char *fmt,
                       va_list ap)
{
    size_t max = d->max ? d->max : 1000;
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 8;
        yk_error *items;
        if (d->count >= max) {
            d->dropped++;
            return status;
        }
        items = yk_realloc(d->items, cap * sizeof *items);
        if (!items) {
            d->dropped++;
            return status;
        }
        d->items = items;
        d->cap = cap;
    }
    if (d->count >= max) {
        d->dropped++;
        return status;
    }
    error_vset(&d->items[d->count++], status, file, line, col, path, fmt, ap);
    return status;
}

yk_status yk_diag_add(yk_diag *d, yk_status status, const char *file,
                      int line, int col, const char *path, const char *fmt,
                      ...)
{
    va_list ap;
    va_start(ap, fmt);
    yk_diag_vadd(d, status, file, line, col, path, fmt, ap);
    va_end(ap);
    return status;
}

yk_status yk_diag_status(const yk_diag *d)
{
    if (d->count)
        return d->items[0].status;
    return d->dropped ? YK_E_NOMEM : YK_OK;
}

static int error_cmp(const void *pa, const void *pb)
{
    const yk_error *a = pa, *b = pb;
    int c = strcmp(a->file, b->file);
    if (c)
        return c;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->col != b->col)
        return a->col < b->col ? -1 : 1;
    c = strcmp(a->path, b->path);
    if (c)
        return c;
    return strcmp(a->message, b->message);
}

void yk_diag_sort(yk_diag *d)
{
    size_t i, out = 0;
    if (d->count < 2)
        return;
    qsort(d->items, d->count, sizeof *d->items, error_cmp);
    for (i = 0; i < d->count; i++) {
        if (out > 0 && error_cmp(&d->items[out - 1], &d->items[i]) == 0)
            continue;
        if (out != i)
            d->items[out] = d->items[i];
        out++;
    }
    d->count = out;
}
