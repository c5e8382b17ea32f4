/*
 * html_int.h (internal) - the pieces of the HTML report (report_html.h):
 * markup helpers (html_report.c), a scenario's identity and inputs
 * (html_inputs.c), a result's headline numbers (html_headlines.c). All
 * write into a textbuf (report/textbuf.h), escaping every text.
 */
#ifndef YK_ENGINE_HTML_INT_H
#define YK_ENGINE_HTML_INT_H

#include "core/strout.h"
#include "report/textbuf.h"
#include "yokushi/engine.h"
#include "yokushi/scenario.h"

/* <tag>text</tag>, the text escaped. */
void yk_html_element(yk_textbuf *b, const char *tag, const char *text);
/* <tr><th>head</th><td>value</td></tr> */
void yk_html_table_row(yk_textbuf *b, const char *head, const char *value);
/* A FILE writer's document as escaped, preformatted text. */
yk_status yk_html_pre(yk_textbuf *b, yk_stream_writer w, const void *ud);
/* Two cells: the mean (n/a when undefined) and its [lo, hi]. */
void yk_html_estimate(yk_textbuf *b, double mean, double lo, double hi);

/* A scenario's identity table: name, origin, SHA-256, seed, year,
 * run.engines, version. */
void yk_html_identity(yk_textbuf *b, const yk_scenario *s);
/* A scenario's inputs and their provenance: its built-in files, its
 * crises' parties field by field, the resolved world, the sources. */
yk_status yk_html_inputs(yk_textbuf *b, const yk_scenario *s);
/* A result's headline numbers from its measures rows (CLI.md). */
yk_status yk_html_headlines(yk_textbuf *b, const yk_engine_result *r);

#endif
