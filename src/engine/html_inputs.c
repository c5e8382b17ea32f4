/*
 * html_inputs.c - a scenario's part of the HTML report (html_int.h): its
 * identity, and the inputs its runs read with their provenance: the
 * built-in scenario files it stands on, its crises' parties field by
 * field with each number's source or assumption, the resolved world's
 * tables and the world's sources (what `yokushi show` prints).
 */
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "core/numtext.h"
#include "engine/engine_int.h"
#include "engine/html_int.h"
#include "yokushi/report.h"
#include "yokushi/yokushi.h"

#define MAX_EXTENDS 8

void yk_html_identity(yk_textbuf *b, const yk_scenario *s)
{
    const yk_run_config *rc = yk_scenario_run(s);
    char buf[256];
    size_t i, used = 0;
    yk_textbuf_str(b, "<table class=\"identity\">\n");
    yk_html_table_row(b, "scenario", yk_scenario_name(s));
    yk_snprintf_c(buf, sizeof buf, "%s (%s)", yk_scenario_origin(s), yk_scenario_kind(s));
    yk_html_table_row(b, "origin", buf);
    yk_html_table_row(b, "scenario SHA-256", yk_scenario_sha256(s));
    yk_snprintf_c(buf, sizeof buf, "%llu", (unsigned long long)yk_scenario_seed(s));
    yk_html_table_row(b, "scenario seed", buf);
    yk_snprintf_c(buf, sizeof buf, "%d", yk_scenario_world(s)->year);
    yk_html_table_row(b, "world year", buf);
    buf[0] = '\0';
    for (i = 0; i < rc->n_engines && used < sizeof buf; i++)
        used += (size_t)yk_snprintf_c(buf + used, sizeof buf - used, "%s%s", i ? ", " : "",
                                      rc->engines[i]);
    yk_html_table_row(b, "engines (run.engines)", rc->n_engines ? buf : "none");
    yk_html_table_row(b, "yokushi version", yk_version());
    yk_textbuf_str(b, "</table>\n");
}

typedef struct world_doc {
    const yk_world *w;
    const yk_run_meta *meta;
    const yk_state *state;
    const yk_alliance *alliance;
} world_doc;

static yk_status write_world(const void *ud, FILE *out)
{
    const world_doc *d = ud;
    return yk_report_world(out, YK_FORMAT_TEXT, d->w, d->meta);
}

static yk_status write_object(const void *ud, FILE *out)
{
    const world_doc *d = ud;
    char prefix[64];
    if (d->state) {
        yk_snprintf_c(prefix, sizeof prefix, "states.%s", d->state->id);
        return yk_report_object(out, YK_FORMAT_TEXT, yk_schema_state(), d->state, prefix, d->w,
                                d->meta);
    }
    yk_snprintf_c(prefix, sizeof prefix, "alliances.%s", d->alliance->id);
    return yk_report_object(out, YK_FORMAT_TEXT, yk_schema_alliance(), d->alliance, prefix,
                            d->w, d->meta);
}

/* The built-in scenario files s stands on, itself first, up to the world
 * (whose tables follow). A scenario from a file is named by its path. */
static void scenario_files(yk_textbuf *b, const yk_scenario *s)
{
    const char *name = yk_scenario_name(s);
    char parent[128];
    int depth;
    if (strncmp(yk_scenario_origin(s), "builtin:", 8)) {
        yk_textbuf_str(b, "<p>Read from the file <code>");
        yk_textbuf_text(b, yk_scenario_origin(s));
        yk_textbuf_str(b, "</code> (its SHA-256 above covers every file it extends).</p>\n");
        return;
    }
    for (depth = 0; depth < MAX_EXTENDS; depth++) {
        size_t i = yk_builtin_find(name), len;
        const char *text, *ext;
        if (i == (size_t)-1 || strcmp(yk_builtin_kind(i), "scenario"))
            break;
        text = yk_builtin_text(i, &len);
        yk_textbuf_str(b, "<details><summary>The built-in scenario file <code>");
        yk_textbuf_text(b, name);
        yk_textbuf_str(b, "</code></summary><pre>");
        yk_textbuf_text(b, text);
        yk_textbuf_str(b, "</pre></details>\n");
        ext = strstr(text, "\nextends:");
        if (!ext)
            break;
        ext += 9;
        while (*ext == ' ')
            ext++;
        for (len = 0; len + 1 < sizeof parent && ext[len] && ext[len] != '\n' && ext[len] != ' ' &&
                      ext[len] != '#';
             len++)
            parent[len] = ext[len];
        parent[len] = '\0';
        name = parent;
    }
}

/* Whether state k was already listed among the parties of crises 0..c. */
static bool listed(const yk_world *w, size_t c, size_t which, size_t k)
{
    size_t i, j;
    for (i = 0; i <= c; i++) {
        size_t p[3] = {w->crises[i].aggressor, w->crises[i].target, w->crises[i].patron};
        for (j = 0; j < 3 && (i < c || j < which); j++)
            if (p[j] == k)
                return true;
    }
    return false;
}

/* Each crisis's parties field by field with their provenance: the
 * inputs the crisis engine reads, once per state. */
static yk_status crisis_parties(yk_textbuf *b, const yk_scenario *s, const yk_run_meta *meta)
{
    const yk_world *w = yk_scenario_world(s);
    world_doc d = {w, meta, NULL, NULL};
    size_t c, j;
    yk_status st = YK_OK;
    if (!w->n_crises)
        return YK_OK;
    yk_textbuf_str(b, "<details><summary>The crises' parties, field by field with each "
                      "number's source or assumption</summary>\n");
    for (c = 0; c < w->n_crises && !st; c++) {
        const yk_crisis *k = &w->crises[c];
        size_t p[3] = {k->aggressor, k->target, k->patron};
        char id[2 * YK_ID_MAX + 2];
        for (j = 0; j < 3 && !st; j++) {
            if (p[j] == YK_NONE || listed(w, c, j, p[j]))
                continue;
            d.state = &w->states[p[j]];
            d.alliance = NULL;
            st = yk_html_pre(b, write_object, &d);
        }
        if (k->patron == YK_NONE || st)
            continue;
        yk_snprintf_c(id, sizeof id, "%s-%s", w->states[k->patron].id, w->states[k->target].id);
        d.state = NULL;
        d.alliance = yk_world_alliance(w, id);
        if (d.alliance)
            st = yk_html_pre(b, write_object, &d);
    }
    yk_textbuf_str(b, "</details>\n");
    return st;
}

yk_status yk_html_inputs(yk_textbuf *b, const yk_scenario *s)
{
    const yk_world *w = yk_scenario_world(s);
    yk_run_meta meta = {yk_scenario_name(s), yk_scenario_kind(s), yk_scenario_origin(s),
                        yk_scenario_sha256(s), yk_scenario_seed(s)};
    world_doc d = {w, &meta, NULL, NULL};
    size_t i;
    yk_status st;
    yk_textbuf_str(b, "<section class=\"inputs\">\n<h3>Inputs and their provenance</h3>\n"
                      "<p>What the runs above read: the scenario's files, the parties of its "
                      "crises with each number's source key or assumption, and the resolved "
                      "world (as <code>yokushi show</code> prints them). Values marked * are "
                      "means of distributions; the engines draw from the distributions.</p>\n");
    scenario_files(b, s);
    st = crisis_parties(b, s, &meta);
    if (st)
        return st;
    yk_textbuf_str(b, "<details><summary>The resolved world</summary>\n");
    st = yk_html_pre(b, write_world, &d);
    if (st)
        return st;
    yk_textbuf_str(b, "</details>\n<h4>Sources</h4>\n<dl class=\"sources\">\n");
    for (i = 0; i < w->n_sources; i++) {
        yk_html_element(b, "dt", w->sources[i].key);
        yk_html_element(b, "dd", w->sources[i].citation ? w->sources[i].citation : "");
        yk_textbuf_str(b, "\n");
    }
    yk_textbuf_str(b, "</dl>\n</section>\n");
    return YK_OK;
}
