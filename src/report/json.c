/*
 * json.c - a small streaming JSON writer and CSV quoting. Numbers are
 * written as the shortest decimal that reads back as the same double, so
 * output is exact and stable across runs and machines. Strings are
 * always valid UTF-8: bytes that are not (a Latin-1 game title, say)
 * become U+FFFD rather than breaking every reader of the document.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/numtext.h"
#include "report/utf8.h"
#include "yokushi/report.h"

int yk_format_double(double v, char *buf, size_t size)
{
    /* In the C locale, whatever the program's (core/numtext.h). */
    return yk_format_double_c(v, buf, size);
}

void yk_json_init(yk_json *j, FILE *out)
{
    memset(j, 0, sizeof *j);
    j->out = out;
}

static void indent(yk_json *j)
{
    int i;
    for (i = 0; i < j->depth; i++)
        fputs("  ", j->out);
}

static void write_string(FILE *out, const char *s)
{
    const char *p = s ? s : "";
    fputc('"', out);
    while (*p) {
        unsigned char c = (unsigned char)*p;
        size_t n, bad;
        switch (c) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (c < 0x20) {
                fprintf(out, "\\u%04x", c);
                break;
            }
            n = yk_utf8_next(p, &bad);
            if (!n) {
                /* One U+FFFD per maximal ill-formed subpart (Unicode 3.9). */
                fputs("\\ufffd", out);
                p += bad;
                continue;
            }
            fwrite(p, 1, n, out);
            p += n;
            continue;
        }
        p++;
    }
    fputc('"', out);
}

/* Separator, newline, indent and key before a member. */
static void member(yk_json *j, const char *key)
{
    if (j->depth > 0) {
        if (j->count[j->depth]++)
            fputc(',', j->out);
        fputc('\n', j->out);
        indent(j);
    }
    if (key) {
        write_string(j->out, key);
        fputs(": ", j->out);
    }
}

static void open_(yk_json *j, const char *key, char c)
{
    member(j, key);
    fputc(c, j->out);
    if (j->depth + 1 < YK_JSON_MAX_DEPTH)
        j->depth++;
    j->count[j->depth] = 0;
}

static void close_(yk_json *j, char c)
{
    int had = j->count[j->depth];
    if (j->depth > 0)
        j->depth--;
    if (had) {
        fputc('\n', j->out);
        indent(j);
    }
    fputc(c, j->out);
}

void yk_json_object_begin(yk_json *j, const char *key) { open_(j, key, '{'); }
void yk_json_object_end(yk_json *j) { close_(j, '}'); }
void yk_json_array_begin(yk_json *j, const char *key) { open_(j, key, '['); }
void yk_json_array_end(yk_json *j) { close_(j, ']'); }

void yk_json_string(yk_json *j, const char *key, const char *value)
{
    member(j, key);
    write_string(j->out, value);
}

void yk_json_number(yk_json *j, const char *key, double value)
{
    char buf[40];
    member(j, key);
    if (!isfinite(value)) {
        fputs("null", j->out);
        return;
    }
    yk_format_double(value, buf, sizeof buf);
    fputs(buf, j->out);
}

void yk_json_estimate(yk_json *j, const char *key, double mean, double lo,
                      double hi)
{
    yk_json_object_begin(j, key);
    yk_json_number(j, "mean", mean);
    yk_json_number(j, "lo", lo);
    yk_json_number(j, "hi", hi);
    yk_json_object_end(j);
}

void yk_json_int(yk_json *j, const char *key, int64_t value)
{
    member(j, key);
    fprintf(j->out, "%lld", (long long)value);
}

void yk_json_bool(yk_json *j, const char *key, bool value)
{
    member(j, key);
    fputs(value ? "true" : "false", j->out);
}

void yk_json_null(yk_json *j, const char *key)
{
    member(j, key);
    fputs("null", j->out);
}

yk_status yk_json_finish(yk_json *j)
{
    fputc('\n', j->out);
    return yk_report_flush(j->out);
}

yk_status yk_report_flush(FILE *out)
{
    /* fflush first: a buffered stream reports a failed write only when
     * the buffer goes out. */
    int flushed = fflush(out);
    return flushed != 0 || ferror(out) ? YK_E_IO : YK_OK;
}

void yk_csv_field(FILE *out, const char *s, bool last)
{
    const char *p;
    s = s ? s : "";
    if (strpbrk(s, ",\"\n\r")) {
        fputc('"', out);
        for (p = s; *p; p++) {
            if (*p == '"')
                fputc('"', out);
            fputc(*p, out);
        }
        fputc('"', out);
    } else {
        fputs(s, out);
    }
    fputc(last ? '\n' : ',', out);
}
