/*
 * html_report.c - one self-contained HTML page of several runs
 * (report_html.h): per scenario its identity, per engine result its
 * headline numbers, charts (inline SVG, chart.h) and full text output
 * with the why lines, then the scenario's inputs with their provenance.
 *
 * Why inline SVG: the page must open from a USB stick on a plane and
 * give the same bytes for the same inputs. SVG written by the library is
 * text we control to the byte (numbers through the C locale), needs no
 * script to draw (so nothing can log an error or differ between browser
 * versions in how it lays out data), prints as vectors, and each chart
 * is also a file a paper can take (`--charts DIR`). A chart runtime
 * inlined with specs (Vega-Lite) would add ~800 kB of script that must
 * run before anything shows, and its output depends on the browser.
 *
 * The page is built in memory (textbuf.h); the program writes it.
 */
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "core/numtext.h"
#include "engine/engine_int.h"
#include "engine/html_int.h"
#include "yokushi/report_html.h"
#include "yokushi/yokushi.h"

struct yk_html_report {
    yk_textbuf body, toc;
    char *title, *command;
    const yk_scenario *cur; /* the open section's scenario */
    size_t n_scenarios, n_results, n_charts;
    bool toc_open;          /* the current scenario's sub-list is open */
};

yk_html_report *yk_html_report_new(const char *title, const char *command)
{
    yk_html_report *h = yk_calloc(1, sizeof *h);
    if (!h)
        return NULL;
    yk_textbuf_init(&h->body);
    yk_textbuf_init(&h->toc);
    h->title = yk_strdup(title ? title : "yokushi report");
    h->command = yk_strdup(command ? command : "");
    if (!h->title || !h->command) {
        yk_html_report_free(h);
        return NULL;
    }
    return h;
}

void yk_html_report_free(yk_html_report *h)
{
    if (!h)
        return;
    yk_textbuf_free(&h->body);
    yk_textbuf_free(&h->toc);
    yk_free(h->title);
    yk_free(h->command);
    yk_free(h);
}

/* ---- pieces ---------------------------------------------------------------- */

/* <tag>text</tag> */
void yk_html_element(yk_textbuf *b, const char *tag, const char *text)
{
    yk_textbuf_printf(b, "<%s>", tag);
    yk_textbuf_text(b, text);
    yk_textbuf_printf(b, "</%s>", tag);
}

void yk_html_table_row(yk_textbuf *b, const char *head, const char *value)
{
    yk_textbuf_str(b, "<tr>");
    yk_html_element(b, "th", head);
    yk_html_element(b, "td", value);
    yk_textbuf_str(b, "</tr>\n");
}

/* A FILE writer's document as escaped, preformatted text. */
yk_status yk_html_pre(yk_textbuf *b, yk_stream_writer w, const void *ud)
{
    char *s;
    yk_status st = yk_stream_to_string(w, ud, &s, NULL);
    if (st)
        return st;
    yk_textbuf_str(b, "<pre>");
    yk_textbuf_text(b, s);
    yk_textbuf_str(b, "</pre>\n");
    yk_free(s);
    return YK_OK;
}

void yk_html_estimate(yk_textbuf *b, double mean, double lo, double hi)
{
    yk_textbuf_str(b, "<td class=\"num\">");
    /* a count (replicates, attacking draws) is a whole number without an
     * interval: printed as one, not as 20000.000 */
    bool interval = isfinite(lo) && isfinite(hi);
    if (isfinite(mean) && mean == floor(mean) && fabs(mean) < 1e15 &&
        (!interval || (fabs(mean) >= 2 && lo == mean && hi == mean)))
        yk_textbuf_printf(b, "%.0f", mean);
    else if (isfinite(mean))
        yk_textbuf_printf(b, "%.3f", mean);
    else
        yk_textbuf_str(b, "n/a"); /* P(defend | attack) when no draw attacks */
    yk_textbuf_str(b, "</td><td class=\"num\">");
    if (isfinite(lo) && isfinite(hi))
        yk_textbuf_printf(b, "[%.3f, %.3f]", lo, hi);
    yk_textbuf_str(b, "</td>");
}

/* ---- a scenario's section ------------------------------------------------- */

/* Closes the open scenario's section: its inputs, then the tags. */
static yk_status close_section(yk_html_report *h)
{
    yk_status st;
    if (!h->cur)
        return YK_OK;
    st = yk_html_inputs(&h->body, h->cur);
    yk_textbuf_str(&h->body, "</section>\n");
    if (h->toc_open)
        yk_textbuf_str(&h->toc, "</ul>");
    yk_textbuf_str(&h->toc, "</li>\n");
    h->toc_open = false;
    h->cur = NULL;
    return st;
}

yk_status yk_html_report_scenario(yk_html_report *h, const yk_scenario *s)
{
    yk_textbuf *b = &h->body;
    yk_status st = close_section(h);
    if (st || !s)
        return st;
    h->cur = s;
    h->n_scenarios++;
    yk_textbuf_printf(b, "<section class=\"scenario\" id=\"s%zu\">\n<h2>", h->n_scenarios);
    yk_textbuf_text(b, yk_scenario_name(s));
    yk_textbuf_str(b, "</h2>\n");
    if (*yk_scenario_description(s))
        yk_html_element(b, "p", yk_scenario_description(s));
    yk_html_identity(b, s);
    yk_textbuf_printf(&h->toc, "<li><a href=\"#s%zu\">", h->n_scenarios);
    yk_textbuf_text(&h->toc, yk_scenario_name(s));
    yk_textbuf_str(&h->toc, "</a>");
    return h->body.nomem || h->toc.nomem ? YK_E_NOMEM : YK_OK;
}

yk_status yk_html_report_note(yk_html_report *h, const char *text)
{
    yk_textbuf_str(&h->body, "<p class=\"note\">");
    yk_textbuf_text(&h->body, text);
    yk_textbuf_str(&h->body, "</p>\n");
    return h->body.nomem ? YK_E_NOMEM : YK_OK;
}

/* ---- a result ---------------------------------------------------------------- */

typedef struct chart_ctx {
    yk_html_report *h;
    yk_chart_fn on_chart;
    void *ud;
    yk_status st;
} chart_ctx;

static int add_chart(void *ud, const char *name, const yk_chart *c)
{
    chart_ctx *cc = ud;
    yk_textbuf *b = &cc->h->body;
    char *svg;
    cc->st = yk_chart_svg(c, false, &svg, NULL);
    if (cc->st)
        return 1;
    cc->h->n_charts++;
    yk_textbuf_printf(b, "<figure id=\"c%zu\">\n", cc->h->n_charts);
    yk_textbuf_str(b, svg);
    yk_free(svg);
    if (*yk_chart_caption(c)) {
        yk_textbuf_str(b, "<figcaption>");
        yk_textbuf_text(b, yk_chart_caption(c));
        yk_textbuf_str(b, "</figcaption>\n");
    }
    yk_textbuf_str(b, "</figure>\n");
    if (cc->on_chart && cc->on_chart(cc->ud, name, c)) {
        cc->st = YK_E_INTERRUPTED;
        return 1;
    }
    if (b->nomem) {
        cc->st = YK_E_NOMEM; /* the page ran out: stop drawing */
        return 1;
    }
    return 0;
}

typedef struct result_text {
    const yk_engine_result *r;
} result_text;

static yk_status write_text(const void *ud, FILE *out)
{
    return yk_engine_result_write(((const result_text *)ud)->r, YK_FORMAT_TEXT, out);
}

yk_status yk_html_report_result(yk_html_report *h, const yk_engine_result *r,
                                const char *label, yk_chart_fn on_chart, void *ud)
{
    yk_textbuf *b = &h->body;
    chart_ctx cc = {h, on_chart, ud, YK_OK};
    result_text rt = {r};
    const char *engine = yk_engine_name(r->engine);
    yk_status st;
    if (!h->cur)
        return YK_E_ARG;
    h->n_results++;
    yk_textbuf_printf(b, "<section class=\"result\" id=\"r%zu\">\n<h3>", h->n_results);
    yk_textbuf_text(b, label ? label : engine);
    yk_textbuf_str(b, "</h3>\n<p class=\"run-id\">engine <b>");
    yk_textbuf_text(b, engine);
    yk_textbuf_printf(b, "</b> · seed <b>%llu</b> · yokushi %s · scenario SHA-256 <code>",
                      (unsigned long long)r->seed, yk_version());
    yk_textbuf_text(b, yk_scenario_sha256(r->scenario));
    yk_textbuf_str(b, "</code></p>\n");
    if (!h->toc_open)
        yk_textbuf_str(&h->toc, "<ul>");
    h->toc_open = true;
    yk_textbuf_printf(&h->toc, "<li><a href=\"#r%zu\">", h->n_results);
    yk_textbuf_text(&h->toc, label ? label : engine);
    yk_textbuf_str(&h->toc, "</a></li>");

    yk_textbuf_str(b, "<h4>Headline numbers</h4>\n");
    st = yk_html_headlines(b, r);
    if (st)
        return st;
    yk_textbuf_str(b, "<h4>Charts</h4>\n");
    st = yk_engine_result_charts(r, add_chart, &cc);
    if (cc.st)
        return cc.st;
    if (st == YK_E_ARG)
        yk_textbuf_str(b, "<p>This kind of run has no chart.</p>\n");
    else if (st)
        return st;
    yk_textbuf_str(b, "<details open><summary>Full output with the why lines, as <code>yokushi ");
    yk_textbuf_text(b, engine);
    yk_textbuf_str(b, "</code> prints it</summary>\n");
    st = yk_html_pre(b, write_text, &rt);
    if (st == YK_E_ARG)
        yk_textbuf_str(b, "<p>No text output.</p>\n");
    else if (st)
        return st;
    yk_textbuf_str(b, "</details>\n</section>\n");
    return b->nomem || h->toc.nomem ? YK_E_NOMEM : YK_OK;
}

/* ---- the page ------------------------------------------------------------------ */

static const char style[] =
    "<style>\n"
    "body{font-family:sans-serif;color:#222;max-width:1000px;margin:0 auto;padding:0 16px;"
    "line-height:1.4}\n"
    "h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #0072B2;margin-top:2em}\n"
    "h3{margin-top:1.6em}h4{margin:1em 0 .4em}\n"
    "table{border-collapse:collapse;font-size:.9em;margin:.4em 0}\n"
    "th,td{border:1px solid #ccc;padding:2px 8px;text-align:left;vertical-align:top}\n"
    "th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums;"
    "white-space:nowrap}\n"
    "table.identity td{font-family:monospace;word-break:break-all}\n"
    "figure{margin:1em 0;break-inside:avoid}figure svg{max-width:100%;height:auto}\n"
    "figcaption{font-size:.85em;color:#444;max-width:680px}\n"
    "pre{font-size:.78em;background:#f7f7f7;padding:8px;overflow-x:auto}\n"
    "details{margin:.5em 0}summary{cursor:pointer;font-weight:bold}\n"
    ".run-id,.small{font-size:.85em;color:#444}.note{color:#a33}\n"
    "dl.sources dt{font-weight:bold;float:left;clear:left;width:5em}\n"
    "dl.sources dd{margin-left:5.5em;font-size:.9em}\n"
    "dl.glossary dt{font-weight:bold}dl.glossary dd{margin-bottom:.5em}\n"
    "@media print{nav{display:none}body{max-width:none;font-size:10pt}"
    "section.scenario{break-before:page}pre{white-space:pre-wrap;font-size:7pt;"
    "overflow:visible}a{color:inherit;text-decoration:none}h2,h3,h4{break-after:avoid}}\n"
    "</style>\n";

static const char glossary[] =
    "<section class=\"glossary\">\n<h2>How to read this page</h2>\n<dl class=\"glossary\">\n"
    "<dt>Probabilities with intervals</dt><dd>A crisis probability is a share of Monte Carlo "
    "draws; each draw samples every uncertain input from its distribution and solves the "
    "game. [lo, hi] is the 95% interval of that share (it shrinks with more replicates) and "
    "is <em>not</em> the spread of the inputs.</dd>\n"
    "<dt>Bands across replicates</dt><dd>Cascade P(nuclear-armed) has Wilson 95% intervals "
    "of a share of replicates; credibility shows the band holding the middle 95% of "
    "replicates (a spread, which more replicates do not shrink); expected states and NPT "
    "health the interval of a mean.</dd>\n"
    "<dt>Without the bomb</dt><dd>The same crisis with the target non-nuclear: the gap to the "
    "world as given is the value of the target's bomb.</dd>\n"
    "<dt>Why lines and margins</dt><dd>The deciding comparisons at the inputs' means; the "
    "margin is how far the chosen payoff exceeds the other (negative across draws: a draw "
    "that decides otherwise).</dd>\n"
    "<dt>&#954; (kappa), V</dt><dd>&#954; is a patron's credibility, the belief that it will "
    "fight; V the value of nuclear weapons, which falls when a nuclear-armed ally is "
    "conquered while restrained (docs/MODEL.md).</dd>\n"
    "<dt>Seed</dt><dd>The random seed of the Monte Carlo: the same scenario, seed and "
    "version give the same numbers on any machine and thread count.</dd>\n"
    "</dl>\n<p class=\"small\">Charts are inline SVG drawn by the library: the page needs no "
    "network, script or font, prints as vectors, and its bytes depend only on its inputs.</p>\n"
    "</section>\n";

yk_status yk_html_report_finish(yk_html_report *h, char **out, size_t *len)
{
    yk_textbuf doc;
    yk_status st = close_section(h);
    *out = NULL;
    if (st)
        return st;
    yk_textbuf_init(&doc);
    yk_textbuf_str(&doc, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         "<title>");
    yk_textbuf_text(&doc, h->title);
    yk_textbuf_str(&doc, "</title>\n");
    yk_textbuf_str(&doc, style);
    yk_textbuf_str(&doc, "</head>\n<body>\n<header>\n<h1>");
    yk_textbuf_text(&doc, h->title);
    yk_textbuf_printf(&doc, "</h1>\n<p class=\"run-id\">yokushi %s · ", yk_version());
    yk_textbuf_str(&doc, "command <code>");
    yk_textbuf_text(&doc, h->command);
    yk_textbuf_str(&doc, "</code></p>\n</header>\n<nav><h4>Contents</h4><ul>\n");
    if (h->toc.s)
        yk_textbuf_str(&doc, h->toc.s);
    yk_textbuf_str(&doc, "<li><a href=\"#glossary\">How to read this page</a></li>\n</ul></nav>\n");
    if (h->body.s)
        yk_textbuf_str(&doc, h->body.s);
    yk_textbuf_str(&doc, "<div id=\"glossary\"></div>\n");
    yk_textbuf_str(&doc, glossary);
    yk_textbuf_str(&doc, "</body>\n</html>\n");
    if (h->body.nomem || h->toc.nomem)
        doc.nomem = true;
    return yk_textbuf_take(&doc, out, len);
}
