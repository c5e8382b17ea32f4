/*
 * ladder_report.c - the ladder engine's results: a text report per
 * crisis with a histogram of the terminal rung and the why lines, JSON
 * under results.ladder (one object per crisis, every estimate as
 * {"mean","lo","hi"}), and the row walk behind the JSON and the
 * engine's measures (its CSV is the tidy table, engine/tidy.c).
 */
#include <math.h>
#include <string.h>

#include "yokushi/report_ladder.h"
#include "yokushi/yokushi.h"

static const char *const move_name[YK_LADDER_MOVES] = {"concede", "hold", "escalate"};

/* ---- rows: every number once, in one order ---------------------------------- */

int yk_report_ladder_rows(const yk_ladder_result *r, yk_ladder_row_fn fn, void *ud)
{
    size_t i;
    int k, s;
    char key[16];
    for (i = 0; i < yk_ladder_crisis_count(r); i++) {
        const char *id = yk_ladder_crisis(r, i)->name;
        int n = yk_ladder_rung_count(r, i);
        if (fn(ud, "p_nuclear_use", id, "", yk_ladder_p_nuclear_use(r, i)))
            return 1;
        for (s = 0; s < 2; s++)
            if (fn(ud, "p_first_use", id, yk_ladder_side_id(r, i, s),
                   yk_ladder_p_first_use(r, i, s)))
                return 1;
        for (k = 6; k < n; k += 2) {
            snprintf(key, sizeof key, "%d", k);
            if (fn(ud, "p_rung_ge", id, key, yk_ladder_p_rung_ge(r, i, k)))
                return 1;
            if (k == 8)
                break;
        }
        for (k = 0; k < n; k++) {
            snprintf(key, sizeof key, "%d", k);
            if (fn(ud, "terminal_rung", id, key, yk_ladder_terminal(r, i, k)))
                return 1;
        }
        for (k = 0; k < n; k++) {
            snprintf(key, sizeof key, "%d", k);
            if (fn(ud, "p_aggressor_wins_at", id, key, yk_ladder_win_at(r, i, k)))
                return 1;
        }
        for (s = 0; s < 2; s++)
            if (fn(ud, "p_prevail", id, yk_ladder_side_id(r, i, s),
                   yk_ladder_p_prevail(r, i, s)))
                return 1;
        for (s = 0; s < 2; s++)
            if (fn(ud, "p_prevail_theatre_nuclear", id, yk_ladder_side_id(r, i, s),
                   yk_ladder_p_prevail_theatre(r, i, s)))
                return 1;
        for (s = 0; s < 2; s++) {
            double v = yk_ladder_strategic_capability(r, i, s);
            yk_ladder_estimate e = {v, v, v};
            if (fn(ud, "strategic_nuclear_capability", id, yk_ladder_side_id(r, i, s), e))
                return 1;
        }
        if (fn(ud, "mean_steps", id, "", yk_ladder_mean_steps(r, i)) ||
            fn(ud, "inadvertent_jumps", id, "", yk_ladder_jumps(r, i)) ||
            fn(ud, "dominance_flip_rung", id, "", yk_ladder_dominance_flip(r, i)) ||
            fn(ud, "p_dominance_flip", id, "", yk_ladder_p_dominance_flip(r, i)) ||
            fn(ud, "after_defence_p_nuclear_use", id, "", yk_ladder_war_p_nuclear(r, i)) ||
            fn(ud, "after_defence_p_aggressor_prevails", id, "",
               yk_ladder_war_p_prevail_a(r, i)) ||
            fn(ud, "after_defence_defender_cost", id, "", yk_ladder_war_cost_d(r, i)))
            return 1;
        if (yk_ladder_trajectories(r) > 0 &&
            (fn(ud, "sampled_p_nuclear_use", id, "", yk_ladder_sampled_p_nuclear(r, i)) ||
             fn(ud, "sampled_mean_steps", id, "", yk_ladder_sampled_steps(r, i))))
            return 1;
    }
    return 0;
}

/* ---- JSON ---------------------------------------------------------------------- */

static void est(yk_json *j, const char *key, yk_ladder_estimate e)
{
    if (isnan(e.mean))
        yk_json_null(j, key);
    else
        yk_json_estimate(j, key, e.mean, e.lo, e.hi);
}

typedef struct json_walk {
    yk_json *j;
    const char *group; /* the open keyed object's measure, or NULL */
} json_walk;

/* Rows into the crisis object: measures with a variant group under
 * one object keyed by the variant. */
static int json_row(void *ud, const char *measure, const char *id, const char *variant,
                    yk_ladder_estimate e)
{
    json_walk *w = ud;
    (void)id;
    if (w->group && (!*variant || strcmp(w->group, measure))) {
        yk_json_object_end(w->j);
        w->group = NULL;
    }
    if (!*variant) {
        est(w->j, measure, e);
        return 0;
    }
    if (!w->group) {
        yk_json_object_begin(w->j, measure);
        w->group = measure;
    }
    est(w->j, variant, e);
    return 0;
}

/* One crisis's rows: the row walk filtered to crisis i. */
typedef struct one {
    const char *id;
    json_walk *w;
} one;

static int one_row(void *ud, const char *measure, const char *id, const char *variant,
                   yk_ladder_estimate e)
{
    one *o = ud;
    if (strcmp(id, o->id))
        return 0;
    return json_row(o->w, measure, id, variant, e);
}

static void json_why(yk_json *j, const yk_ladder_result *r, size_t i)
{
    size_t k;
    int m;
    yk_json_array_begin(j, "why");
    for (k = 0; k < yk_ladder_why_count(r, i); k++) {
        const yk_ladder_why *y = yk_ladder_why_at(r, i, k);
        yk_json_object_begin(j, NULL);
        yk_json_int(j, "step", y->step);
        yk_json_int(j, "rung", y->rung);
        yk_json_string(j, "mover", yk_ladder_side_id(r, i, y->mover));
        yk_json_number(j, "p_aggressor_prevails_here", y->win_a);
        for (m = 0; m < YK_LADDER_MOVES; m++) {
            yk_json_object_begin(j, move_name[m]);
            yk_json_number(j, "p", y->prob[m]);
            if (isnan(y->value[m])) {
                yk_json_null(j, "value");
                yk_json_null(j, "other_value");
            } else {
                yk_json_number(j, "value", y->value[m]);
                yk_json_number(j, "other_value", y->other[m]);
            }
            yk_json_object_end(j);
        }
        yk_json_object_end(j);
    }
    yk_json_array_end(j);
}

void yk_report_ladder_json(yk_json *j, const yk_ladder_result *r)
{
    size_t i;
    int k;
    yk_json_object_begin(j, "ladder");
    yk_json_int(j, "replicates", yk_ladder_replicates(r));
    yk_json_int(j, "trajectories", yk_ladder_trajectories(r));
    yk_json_array_begin(j, "crises");
    for (i = 0; i < yk_ladder_crisis_count(r); i++) {
        const yk_crisis *c = yk_ladder_crisis(r, i);
        json_walk w = {j, NULL};
        one o;
        yk_json_object_begin(j, NULL);
        yk_json_string(j, "name", c->name);
        yk_json_string(j, "aggressor", yk_ladder_side_id(r, i, 0));
        yk_json_string(j, "defender", yk_ladder_side_id(r, i, 1));
        yk_json_string(j, "theatre", c->theatre);
        yk_json_array_begin(j, "rungs");
        for (k = 0; k < yk_ladder_rung_count(r, i); k++) {
            yk_json_object_begin(j, NULL);
            yk_json_string(j, "name", yk_ladder_rung_name(r, i, k));
            yk_json_bool(j, "nuclear", yk_ladder_rung_nuclear(r, i, k));
            yk_json_object_end(j);
        }
        yk_json_array_end(j);
        yk_json_object_begin(j, "capability_sources");
        for (k = YK_RUNG_RESOLVE; k <= YK_RUNG_STRATEGIC_NUCLEAR; k++)
            yk_json_string(j, yk_rung_kind_name((yk_rung_kind)k),
                           yk_ladder_capability_source(r, i, (yk_rung_kind)k));
        yk_json_object_end(j);
        o.id = c->name;
        o.w = &w;
        yk_report_ladder_rows(r, one_row, &o);
        if (w.group)
            yk_json_object_end(j);
        json_why(j, r, i);
        yk_json_object_end(j);
    }
    yk_json_array_end(j);
    yk_json_object_end(j);
}

static void json_members(yk_json *j, const void *data)
{
    yk_report_ladder_json(j, data);
}

/* ---- text ---------------------------------------------------------------------- */

static void text_est(FILE *out, const char *label, yk_ladder_estimate e)
{
    if (isnan(e.mean))
        fprintf(out, "  %-40s -\n", label);
    else
        fprintf(out, "  %-40s %.3f [%.3f, %.3f]\n", label, e.mean, e.lo, e.hi);
}

static void text_crisis(FILE *out, const yk_ladder_result *r, size_t i)
{
    const yk_crisis *c = yk_ladder_crisis(r, i);
    char label[96];
    int n = yk_ladder_rung_count(r, i), k, s, bar;
    size_t y;

    fprintf(out, "crisis %s: %s (aggressor) against %s (defender), theatre %s\n", c->name,
            yk_ladder_side_id(r, i, 0), yk_ladder_side_id(r, i, 1), c->theatre);
    fprintf(out, "  capabilities: conventional rungs from the %s; theatre-nuclear rungs "
                 "from the %s;\n  strategic-nuclear rungs from the %s: %s %.1f, %s %.1f "
                 "warheads delivered\n",
            yk_ladder_capability_source(r, i, YK_RUNG_CONVENTIONAL),
            yk_ladder_capability_source(r, i, YK_RUNG_THEATRE_NUCLEAR),
            yk_ladder_capability_source(r, i, YK_RUNG_STRATEGIC_NUCLEAR),
            yk_ladder_side_id(r, i, 0), yk_ladder_strategic_capability(r, i, 0),
            yk_ladder_side_id(r, i, 1), yk_ladder_strategic_capability(r, i, 1));
    text_est(out, "P(nuclear use)", yk_ladder_p_nuclear_use(r, i));
    for (s = 0; s < 2; s++) {
        snprintf(label, sizeof label, "P(first nuclear use by %s)", yk_ladder_side_id(r, i, s));
        text_est(out, label, yk_ladder_p_first_use(r, i, s));
    }
    for (k = 6; k < n && k <= 8; k += 2) {
        snprintf(label, sizeof label, "P(terminal rung >= %d)", k);
        text_est(out, label, yk_ladder_p_rung_ge(r, i, k));
    }
    for (s = 0; s < 2; s++) {
        snprintf(label, sizeof label, "P(%s prevails)", yk_ladder_side_id(r, i, s));
        text_est(out, label, yk_ladder_p_prevail(r, i, s));
    }
    for (s = 0; s < 2; s++) {
        snprintf(label, sizeof label, "P(%s prevails at theatre-nuclear rung)",
                 yk_ladder_side_id(r, i, s));
        text_est(out, label, yk_ladder_p_prevail_theatre(r, i, s));
    }
    text_est(out, "moves to the end", yk_ladder_mean_steps(r, i));
    text_est(out, "unintended jumps", yk_ladder_jumps(r, i));
    text_est(out, "rung where dominance flips", yk_ladder_dominance_flip(r, i));
    text_est(out, "share of draws with a flip", yk_ladder_p_dominance_flip(r, i));
    fprintf(out, "  from the highest conventional rung (after the defender fights), %s to move:\n",
            yk_ladder_side_id(r, i, 0));
    text_est(out, "  P(nuclear use)", yk_ladder_war_p_nuclear(r, i));
    snprintf(label, sizeof label, "  P(%s prevails)", yk_ladder_side_id(r, i, 0));
    text_est(out, label, yk_ladder_war_p_prevail_a(r, i));
    snprintf(label, sizeof label, "  %s's expected cost", yk_ladder_side_id(r, i, 1));
    text_est(out, label, yk_ladder_war_cost_d(r, i));
    if (yk_ladder_trajectories(r) > 0) {
        text_est(out, "sampled P(nuclear use)", yk_ladder_sampled_p_nuclear(r, i));
        text_est(out, "sampled moves to the end", yk_ladder_sampled_steps(r, i));
    }
    fprintf(out, "\n  terminal rung (mean share of crises ending there); P(%s wins a fight "
                 "at the rung)\n", yk_ladder_side_id(r, i, 0));
    for (k = 0; k < n; k++) {
        yk_ladder_estimate e = yk_ladder_terminal(r, i, k);
        fprintf(out, "  %2d %-34.34s %c %.3f  %.2f ", k, yk_ladder_rung_name(r, i, k),
                yk_ladder_rung_nuclear(r, i, k) ? '*' : ' ', e.mean,
                yk_ladder_win_at(r, i, k).mean);
        for (bar = 0; bar < (int)(e.mean * 50 + 0.5); bar++)
            fputc('#', out);
        fputc('\n', out);
    }
    fprintf(out, "  (* nuclear rung)\n\n  why: the likely path at the parameters' means "
                 "(each move's probability, its value to the mover and to the other side)\n");
    for (y = 0; y < yk_ladder_why_count(r, i); y++) {
        const yk_ladder_why *w = yk_ladder_why_at(r, i, y);
        int m;
        fprintf(out, "  step %2d rung %2d %-22.22s %s moves (fought out here %s prevails "
                     "with %.2f):",
                w->step, w->rung, yk_ladder_rung_name(r, i, w->rung),
                yk_ladder_side_id(r, i, w->mover), yk_ladder_side_id(r, i, 0), w->win_a);
        for (m = 0; m < YK_LADDER_MOVES; m++) {
            if (isnan(w->value[m]))
                fprintf(out, " %s closed;", move_name[m]);
            else
                fprintf(out, " %s %.2f (%.3f, %s %.3f);", move_name[m], w->prob[m],
                        w->value[m], yk_ladder_side_id(r, i, 1 - w->mover), w->other[m]);
        }
        fputc('\n', out);
    }
    fputc('\n', out);
}

static void text(FILE *out, const yk_ladder_result *r, const yk_run_meta *m)
{
    size_t i;
    fprintf(out, "yokushi %s | ladder | %s %s (%s) | sha256 %.16s... | seed %llu\n",
            yk_version(), m->kind, m->scenario, m->origin, m->sha256,
            (unsigned long long)m->seed);
    fprintf(out, "%lld parameter draws, each game solved by backward induction and its "
                 "chain run exactly; estimates as mean [95%% interval of the mean]\n\n",
            (long long)yk_ladder_replicates(r));
    for (i = 0; i < yk_ladder_crisis_count(r); i++)
        text_crisis(out, r, i);
}

yk_status yk_report_ladder(FILE *out, yk_format fmt, const yk_ladder_result *r,
                           const yk_run_meta *meta)
{
    switch (fmt) {
    case YK_FORMAT_JSON:
        return yk_report_json_document(out, meta, json_members, r);
    case YK_FORMAT_CSV:
        return YK_E_ARG; /* the tidy table from the measures (tidy.h) */
    default:
        text(out, r, meta);
        break;
    }
    return yk_report_flush(out);
}
