/*
 * emit.h - how documents join into one stream (docs/CLI.md "Output
 * formats"): CSV documents share one header (the tidy schema is the same
 * for every engine, so the second header is dropped); several JSON
 * documents on standard output form one array; `--format jsonl` writes
 * each JSON document on one line.
 */
#ifndef YK_CLI_EMIT_H
#define YK_CLI_EMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct cli_options;

typedef struct cli_emit_state {
    bool csv_header;   /* this stream has its CSV header */
    bool array;        /* JSON documents go into one array */
    size_t documents;  /* JSON documents written so far */
} cli_emit_state;

/* Writes the document buf (as a writer made it: a CSV with its header, a
 * JSON document ending in a newline) to out the way o's format and st
 * join documents. */
void cli_emit(FILE *out, const char *buf, size_t len, const struct cli_options *o,
              cli_emit_state *st);
/* Closes the array (st->array with at least one document) on out. */
void cli_emit_end(FILE *out, cli_emit_state *st);
/* A document writer's output gathered in memory for cli_emit: a stream,
 * or NULL after printing why. */
FILE *cli_doc_open(char **buf, size_t *len);

#endif
