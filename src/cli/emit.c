/*
 * emit.c - documents joined into one stream (emit.h).
 */
#include <errno.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/emit.h"

/* A JSON document on one line: whitespace outside strings dropped. The
 * writer escapes control characters inside strings, so no newline
 * survives. */
static void compact(FILE *out, const char *buf, size_t len)
{
    bool in_string = false, escaped = false;
    size_t i;
    for (i = 0; i < len; i++) {
        char c = buf[i];
        if (in_string) {
            fputc(c, out);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
            fputc(c, out);
        } else if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
            fputc(c, out);
        }
    }
    fputc('\n', out);
}

void cli_emit(FILE *out, const char *buf, size_t len, const cli_options *o,
              cli_emit_state *st)
{
    if (o->format == YK_FORMAT_CSV) {
        if (st->csv_header) {
            const char *nl = memchr(buf, '\n', len);
            size_t skip = nl ? (size_t)(nl - buf) + 1 : len;
            buf += skip;
            len -= skip;
        }
        st->csv_header = true;
        fwrite(buf, 1, len, out);
    } else if (o->format == YK_FORMAT_JSON && o->jsonl) {
        compact(out, buf, len);
        st->documents++;
    } else if (o->format == YK_FORMAT_JSON && st->array) {
        fputs(st->documents ? ",\n" : "[\n", out);
        /* the document without its final newline: the comma or the
         * bracket follows it */
        fwrite(buf, 1, len && buf[len - 1] == '\n' ? len - 1 : len, out);
        st->documents++;
    } else {
        fwrite(buf, 1, len, out);
    }
}

void cli_emit_end(FILE *out, cli_emit_state *st)
{
    if (st->array && st->documents)
        fputs("\n]\n", out);
}

FILE *cli_doc_open(char **buf, size_t *len)
{
    FILE *f;
    *buf = NULL;
    *len = 0;
    f = open_memstream(buf, len);
    if (!f)
        fprintf(stderr, "yokushi: out of memory: %s\n", strerror(errno));
    return f;
}
