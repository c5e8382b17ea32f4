/*
 * world_report.c - a resolved world as text tables, JSON or CSV: the
 * summary `yokushi run` prints before any engine, and the full tables of
 * `yokushi show world`.
 */
#include <math.h>
#include <string.h>

#include "yokushi/report.h"
#include "yokushi/tidy.h"
#include "yokushi/yokushi.h"

/* A parameter's mean for display, with '*' when it is a distribution. */
static const char *shown(const yk_param *p, char *buf, size_t size)
{
    snprintf(buf, size, "%.2f%s", yk_param_mean(p),
             yk_param_is_uncertain(p) ? "*" : "");
    return buf;
}

static void text_header(FILE *out, const yk_run_meta *m)
{
    fprintf(out, "yokushi %s | %s %s (%s) | sha256 %.16s... | seed %llu\n",
            yk_version(), m->kind, m->scenario, m->origin, m->sha256,
            (unsigned long long)m->seed);
}

static size_t count_nuclear(const yk_world *w)
{
    size_t i, n = 0;
    for (i = 0; i < w->n_states; i++)
        n += yk_state_is_nuclear(&w->states[i], w->year);
    return n;
}

static size_t count_applied(const yk_world *w)
{
    size_t i, n = 0;
    for (i = 0; i < w->n_events; i++)
        n += w->events[i].applied;
    return n;
}

/* Warheads on alert: launchers x warheads x alert share, by force. */
static double alert_warheads(const yk_state *s, int year)
{
    double total = 0;
    size_t i;
    for (i = 0; i < s->nuclear.n_forces; i++) {
        const yk_force *f = &s->nuclear.forces[i];
        if (yk_force_active(f, year))
            total += (double)yk_force_warheads(f) * yk_param_mean(&f->alert);
    }
    return total;
}

static const char *state_id(const yk_world *w, size_t i)
{
    return i == YK_NONE || i >= w->n_states ? "-" : w->states[i].id;
}

/* ---- text ------------------------------------------------------------------ */

static void text_nuclear(FILE *out, const yk_world *w)
{
    size_t i;
    int64_t dep = 0;
    double res = 0;
    fprintf(out, "\nNuclear forces in %d (warheads on launchers in service; reserve = stockpiled)\n",
            w->year);
    fprintf(out, "  %-4s %-16s %6s %9s %9s %8s %8s %9s  %s\n", "id", "name", "forces",
            "launchers", "deployed", "reserve", "total", "on alert", "posture");
    for (i = 0; i < w->n_states; i++) {
        const yk_state *s = &w->states[i];
        int64_t launchers = 0, d;
        double r;
        size_t k;
        if (!yk_state_is_nuclear(s, w->year))
            continue;
        for (k = 0; k < s->nuclear.n_forces; k++)
            if (yk_force_active(&s->nuclear.forces[k], w->year))
                launchers += s->nuclear.forces[k].launchers;
        d = yk_state_deployed_warheads(s, w->year);
        r = yk_param_mean(&s->nuclear.reserve_warheads);
        dep += d;
        res += r;
        fprintf(out, "  %-4s %-16.16s %6zu %9lld %9lld %8.0f %8.0f %9.0f  %s\n", s->id,
                s->name, s->nuclear.n_forces, (long long)launchers, (long long)d, r,
                (double)d + r, alert_warheads(s, w->year), yk_posture_name(s->doctrine.posture));
    }
    fprintf(out, "  %-21s %6s %9s %9lld %8.0f %8.0f\n", "all", "", "", (long long)dep, res,
            (double)dep + res);
}

static void text_alliances(FILE *out, const yk_world *w)
{
    size_t i;
    char a[16], b[16], c[16], d[16];
    fprintf(out, "\nAlliances (* = mean of a distribution)\n");
    fprintf(out, "  %-8s %-16s %-5s %10s %8s %8s %8s %11s\n", "id", "kind", "bloc",
            "commitment", "forward", "consult", "sharing", "credibility");
    for (i = 0; i < w->n_alliances; i++) {
        const yk_alliance *al = &w->alliances[i];
        char share[16];
        if (al->nuclear_sharing.stationed)
            snprintf(share, sizeof share, "%lld", (long long)al->nuclear_sharing.weapons);
        else
            snprintf(share, sizeof share, "-");
        fprintf(out, "  %-8s %-16s %-5.5s %10s %8s %8s %8s %11s\n", al->id,
                yk_alliance_kind_name(al->kind), al->bloc ? al->bloc : "-",
                shown(&al->commitment, a, sizeof a), shown(&al->forward_forces, b, sizeof b),
                shown(&al->consultation, c, sizeof c), share,
                shown(&al->credibility, d, sizeof d));
    }
}

static void text_events(FILE *out, const yk_world *w)
{
    size_t i;
    if (!w->n_events)
        return;
    fprintf(out, "\nTime line (x = applied in this world's year %d)\n", w->year);
    for (i = 0; i < w->n_events; i++) {
        const yk_event *e = &w->events[i];
        fprintf(out, "  %c %d %-14s %-4s %-4s %s%s%s\n", e->applied ? 'x' : ' ', e->year,
                yk_event_kind_name(e->kind), state_id(w, e->actor), state_id(w, e->target),
                e->treaty ? e->treaty : "", e->treaty && e->note ? ": " : "",
                e->note ? e->note : "");
    }
}

static void text_crises(FILE *out, const yk_world *w)
{
    size_t i;
    if (!w->n_crises)
        return;
    fprintf(out, "\nCrises\n");
    for (i = 0; i < w->n_crises; i++) {
        const yk_crisis *c = &w->crises[i];
        fprintf(out, "  %-16s aggressor %s, target %s, patron %s, theatre %s\n", c->name,
                state_id(w, c->aggressor), state_id(w, c->target), state_id(w, c->patron),
                c->theatre);
    }
}

/* ---- JSON --------------------------------------------------------------------- */

static void json_param(yk_json *j, const char *key, const yk_param *p)
{
    yk_json_number(j, key, yk_param_mean(p));
}

static void json_summary(yk_json *j, const yk_world *w)
{
    size_t i;
    yk_json_object_begin(j, "world");
    yk_json_int(j, "year", w->year);
    yk_json_int(j, "states", (int64_t)w->n_states);
    yk_json_int(j, "nuclear_states", (int64_t)count_nuclear(w));
    yk_json_array_begin(j, "nuclear");
    for (i = 0; i < w->n_states; i++) {
        const yk_state *s = &w->states[i];
        if (!yk_state_is_nuclear(s, w->year))
            continue;
        yk_json_object_begin(j, NULL);
        yk_json_string(j, "id", s->id);
        yk_json_int(j, "forces", (int64_t)s->nuclear.n_forces);
        yk_json_int(j, "deployed_warheads", yk_state_deployed_warheads(s, w->year));
        json_param(j, "reserve_warheads", &s->nuclear.reserve_warheads);
        yk_json_number(j, "alert_warheads", alert_warheads(s, w->year));
        yk_json_string(j, "posture", yk_posture_name(s->doctrine.posture));
        yk_json_object_end(j);
    }
    yk_json_array_end(j);
    yk_json_array_begin(j, "alliances");
    for (i = 0; i < w->n_alliances; i++) {
        const yk_alliance *al = &w->alliances[i];
        yk_json_object_begin(j, NULL);
        yk_json_string(j, "id", al->id);
        yk_json_string(j, "kind", yk_alliance_kind_name(al->kind));
        json_param(j, "commitment", &al->commitment);
        json_param(j, "credibility", &al->credibility);
        yk_json_object_end(j);
    }
    yk_json_array_end(j);
    yk_json_int(j, "rivalries", (int64_t)w->n_rivalries);
    yk_json_int(j, "events", (int64_t)w->n_events);
    yk_json_int(j, "events_applied", (int64_t)count_applied(w));
    yk_json_int(j, "crises", (int64_t)w->n_crises);
    yk_json_object_end(j);
}

/* ---- CSV ------------------------------------------------------------------------ */

/* One row of the tidy long table (tidy.h) for the world summary:
 * engine "world", the state's id, the world's year, no interval. A
 * count in full digits (21333600, never %g's 2.13336e+07); an expected
 * count (warheads on alert) keeps its fraction, as JSON has it. */
static void csv_row(FILE *out, const yk_run_meta *meta, const yk_world *w, const char *measure,
                    const char *id, double v)
{
    char num[48];
    yk_csv_field(out, meta->scenario, false);
    yk_csv_field(out, meta->sha256, false);
    snprintf(num, sizeof num, "%llu", (unsigned long long)meta->seed);
    yk_csv_field(out, num, false);
    yk_csv_field(out, yk_version(), false);
    yk_csv_field(out, "world", false);
    yk_csv_field(out, measure, false);
    yk_csv_field(out, id, false);
    snprintf(num, sizeof num, "%d", w->year);
    yk_csv_field(out, num, false);
    yk_csv_field(out, "", false);
    yk_tidy_number(isfinite(v) ? v : NAN, num, sizeof num);
    yk_csv_field(out, num, false);
    yk_csv_field(out, "", false);
    yk_csv_field(out, "", true);
}

/* The summary in the tidy schema every `--format csv` run shares, so a
 * `yokushi run` of worlds and engine scenarios reads as one table: each
 * nuclear state's deployed, reserve and alert warheads (the posture is
 * text: in the text and JSON forms). */
static void csv_summary(FILE *out, const yk_world *w, const yk_run_meta *meta)
{
    size_t i;
    yk_tidy_write_header(out);
    for (i = 0; i < w->n_states; i++) {
        const yk_state *s = &w->states[i];
        if (!yk_state_is_nuclear(s, w->year))
            continue;
        /* Names come from files: quoted per RFC 4180 where they need it. */
        csv_row(out, meta, w, "deployed_warheads", s->id,
                (double)yk_state_deployed_warheads(s, w->year));
        csv_row(out, meta, w, "reserve_warheads", s->id,
                yk_param_mean(&s->nuclear.reserve_warheads));
        csv_row(out, meta, w, "alert_warheads", s->id, alert_warheads(s, w->year));
    }
}

/* ---- entry points --------------------------------------------------------------- */

yk_status yk_report_world_summary(FILE *out, yk_format fmt, const yk_world *w,
                                  const yk_run_meta *meta)
{
    if (fmt == YK_FORMAT_JSON) {
        yk_json j;
        yk_json_init(&j, out);
        yk_report_envelope_begin(&j, meta);
        json_summary(&j, w);
        yk_json_object_end(&j);
        yk_json_object_end(&j);
        return yk_json_finish(&j);
    }
    if (fmt == YK_FORMAT_CSV) {
        csv_summary(out, w, meta);
        return yk_report_flush(out);
    }
    text_header(out, meta);
    fprintf(out, "World of %d: %zu states (%zu nuclear), %zu alliances, %zu rivalries, "
                 "%zu events (%zu applied), %zu crises\n",
            w->year, w->n_states, count_nuclear(w), w->n_alliances, w->n_rivalries,
            w->n_events, count_applied(w), w->n_crises);
    text_nuclear(out, w);
    text_alliances(out, w);
    text_events(out, w);
    text_crises(out, w);
    return yk_report_flush(out);
}

static void text_states(FILE *out, const yk_world *w)
{
    size_t i;
    char a[16], b[16], c[16];
    fprintf(out, "\nStates (* = mean of a distribution)\n");
    fprintf(out, "  %-4s %-20s %-13s %-9s %-12s %9s %9s %8s %8s %8s\n", "id", "name",
            "region", "npt", "posture", "power", "warheads", "breakout", "support",
            "resolve");
    for (i = 0; i < w->n_states; i++) {
        const yk_state *s = &w->states[i];
        fprintf(out, "  %-4s %-20.20s %-13s %-9s %-12s %9.1f %9.0f %8s %8s %8s\n", s->id,
                s->name, yk_region_name(s->region), yk_npt_status_name(s->npt),
                yk_posture_name(s->doctrine.posture), yk_param_mean(&s->conventional.power),
                yk_state_stockpile(s, w->year),
                shown(&s->latency.breakout_months, a, sizeof a),
                shown(&s->public_support_nuclear, b, sizeof b), shown(&s->resolve, c, sizeof c));
    }
}

static void text_rivalries(FILE *out, const yk_world *w)
{
    size_t i;
    char a[16];
    fprintf(out, "\nRivalries\n  %-8s %9s %11s\n", "id", "intensity", "territorial");
    for (i = 0; i < w->n_rivalries; i++)
        fprintf(out, "  %-8s %9s %11s\n", w->rivalries[i].id,
                shown(&w->rivalries[i].intensity, a, sizeof a),
                w->rivalries[i].territorial ? "yes" : "no");
}

yk_status yk_report_world(FILE *out, yk_format fmt, const yk_world *w,
                          const yk_run_meta *meta)
{
    if (fmt != YK_FORMAT_TEXT)
        return yk_report_object(out, fmt, yk_schema_world(), w, "", w, meta);
    text_header(out, meta);
    text_states(out, w);
    text_nuclear(out, w);
    text_alliances(out, w);
    text_rivalries(out, w);
    text_events(out, w);
    text_crises(out, w);
    return yk_report_flush(out);
}
