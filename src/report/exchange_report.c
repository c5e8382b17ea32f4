/*
 * exchange_report.c - the exchange engine's results: text tables (forces,
 * first strikes, three-body residuals, stability by year), JSON under
 * results.exchange, and the walk of every number behind the engine's
 * measures (yk_report_exchange_walk; its CSV is the tidy table,
 * engine/tidy.c).
 */
#include <string.h>

#include "yokushi/report_exchange.h"
#include "yokushi/yokushi.h"

static int year_of(const yk_exchange_result *r, int y)
{
    return yk_exchange_year_from(r) + y;
}

/* ---- the walk ------------------------------------------------------------- */

int yk_report_exchange_walk(const yk_exchange_result *r, yk_exchange_row_fn fn, void *ud)
{
    size_t n = yk_exchange_side_count(r), a, b, c;
    int ny = yk_exchange_year_count(r), y, m, rc;
    char id[64];
    for (a = 0; a < n; a++)
        for (y = 0; y < ny; y++)
            if ((rc = fn(ud, "warheads", yk_exchange_side(r, a), year_of(r, y), "",
                         yk_exchange_warheads(r, a, y))))
                return rc;
    for (y = 0; y < ny; y++)
        for (a = 0; a < n; a++)
            for (b = 0; b < n; b++) {
                if (a == b)
                    continue;
                snprintf(id, sizeof id, "%s>%s", yk_exchange_side(r, a), yk_exchange_side(r, b));
                for (m = 0; m < YK_XP_COUNT; m++)
                    if ((rc = fn(ud, yk_exchange_pair_measure_name((yk_exchange_pair_measure)m),
                                 id, year_of(r, y), "",
                                 yk_exchange_pair(r, a, b, y, (yk_exchange_pair_measure)m))))
                        return rc;
                for (c = 0; c < n; c++) {
                    if (c == a || c == b)
                        continue;
                    if ((rc = fn(ud, "residual_warheads", id, year_of(r, y),
                                 yk_exchange_side(r, c),
                                 yk_exchange_three_body(r, a, b, c, y, false))) ||
                        (rc = fn(ud, "third_delivered", id, year_of(r, y), yk_exchange_side(r, c),
                                 yk_exchange_three_body(r, a, b, c, y, true))))
                        return rc;
                }
            }
    return 0;
}

/* ---- text ----------------------------------------------------------------- */

static void cell(FILE *out, yk_exchange_estimate e, int digits, int width)
{
    char s[96];
    snprintf(s, sizeof s, "%.*f [%.*f,%.*f]", digits, e.mean, digits, e.lo, digits, e.hi);
    fprintf(out, " %-*s", width, s);
}

static void text(FILE *out, const yk_exchange_result *r, const yk_run_meta *m)
{
    size_t n = yk_exchange_side_count(r), a, b, c;
    int ny = yk_exchange_year_count(r), y;
    char id[64];

    fprintf(out, "yokushi %s | exchange | %s %s (%s) | sha256 %.16s... | seed %llu\n",
            yk_version(), m->kind, m->scenario, m->origin, m->sha256,
            (unsigned long long)m->seed);
    fprintf(out, "%lld replicates, years %d-%d, sides", (long long)yk_exchange_replicates(r),
            year_of(r, 0), year_of(r, ny - 1));
    for (a = 0; a < n; a++)
        fprintf(out, " %s", yk_exchange_side(r, a));
    fprintf(out, "; estimates as mean [band of the middle 95%% of replicates]\n\n");

    fprintf(out, "Warheads on forces (with any upload)\n%-6s", "year");
    for (a = 0; a < n; a++)
        fprintf(out, " %-24s", yk_exchange_side(r, a));
    fputc('\n', out);
    for (y = 0; y < ny; y++) {
        fprintf(out, "%-6d", year_of(r, y));
        for (a = 0; a < n; a++)
            cell(out, yk_exchange_warheads(r, a, y), 0, 24);
        fputc('\n', out);
    }

    for (y = 0; y < ny; y++) {
        fprintf(out, "\nFirst strikes in %d (striker>target: the target's warheads before and "
                "after, its reply on the striker, damage as share of value)\n", year_of(r, y));
        fprintf(out, "%-10s %-22s %-22s %-22s %-22s %-20s %-20s\n", "pair", "target warheads",
                "first strike", "surviving", "retaliation", "damage striker",
                "damage target");
        for (a = 0; a < n; a++)
            for (b = 0; b < n; b++) {
                if (a == b)
                    continue;
                snprintf(id, sizeof id, "%s>%s", yk_exchange_side(r, a), yk_exchange_side(r, b));
                fprintf(out, "%-10s", id);
                cell(out, yk_exchange_pair(r, a, b, y, YK_XP_TARGET_WARHEADS), 0, 22);
                cell(out, yk_exchange_pair(r, a, b, y, YK_XP_FIRST_STRIKE), 0, 22);
                cell(out, yk_exchange_pair(r, a, b, y, YK_XP_SURVIVING), 0, 22);
                cell(out, yk_exchange_pair(r, a, b, y, YK_XP_RETALIATION), 0, 22);
                cell(out, yk_exchange_pair(r, a, b, y, YK_XP_DAMAGE_STRIKER), 2, 20);
                cell(out, yk_exchange_pair(r, a, b, y, YK_XP_DAMAGE_TARGET), 2, 20);
                fputc('\n', out);
            }
        if (n > 2) {
            fprintf(out, "Three-body in %d: after striker>target, the striker's reserve arriving "
                    "on the third, and the third's whole force arriving on the striker\n",
                    year_of(r, y));
            for (a = 0; a < n; a++)
                for (b = 0; b < n; b++)
                    for (c = 0; c < n; c++) {
                        if (a == b || c == a || c == b)
                            continue;
                        snprintf(id, sizeof id, "%s>%s, %s", yk_exchange_side(r, a),
                                 yk_exchange_side(r, b), yk_exchange_side(r, c));
                        fprintf(out, "%-15s residual", id);
                        cell(out, yk_exchange_three_body(r, a, b, c, y, false), 0, 22);
                        fprintf(out, " third's");
                        cell(out, yk_exchange_three_body(r, a, b, c, y, true), 0, 22);
                        fputc('\n', out);
                    }
        }
    }

    fprintf(out, "\nFirst-strike stability (Kent & Thaler): each side's index against each "
            "other, and the pair's product; 1 = no gain in striking first\n%-6s", "year");
    for (a = 0; a < n; a++)
        for (b = a + 1; b < n; b++) {
            char h[64];
            snprintf(h, sizeof h, "%s vs %s", yk_exchange_side(r, a), yk_exchange_side(r, b));
            fprintf(out, " %-20s %-20s %-20s", h, "", "combined");
        }
    fputc('\n', out);
    for (y = 0; y < ny; y++) {
        fprintf(out, "%-6d", year_of(r, y));
        for (a = 0; a < n; a++)
            for (b = a + 1; b < n; b++) {
                cell(out, yk_exchange_pair(r, a, b, y, YK_XP_STABILITY), 3, 20);
                cell(out, yk_exchange_pair(r, b, a, y, YK_XP_STABILITY), 3, 20);
                cell(out, yk_exchange_pair(r, a, b, y, YK_XP_COMBINED), 3, 20);
            }
        fputc('\n', out);
    }
}

/* ---- JSON ------------------------------------------------------------------ */

static void json_est(yk_json *j, const char *key, yk_exchange_estimate e)
{
    yk_json_estimate(j, key, e.mean, e.lo, e.hi);
}

void yk_report_exchange_json(yk_json *j, const yk_exchange_result *r)
{
    size_t n = yk_exchange_side_count(r), a, b, c;
    int ny = yk_exchange_year_count(r), y, m;
    char yk[16];

    yk_json_object_begin(j, "exchange");
    yk_json_int(j, "replicates", yk_exchange_replicates(r));
    yk_json_int(j, "year_from", year_of(r, 0));
    yk_json_int(j, "year_to", year_of(r, ny - 1));
    yk_json_array_begin(j, "sides");
    for (a = 0; a < n; a++)
        yk_json_string(j, NULL, yk_exchange_side(r, a));
    yk_json_array_end(j);
    yk_json_object_begin(j, "warheads");
    for (a = 0; a < n; a++) {
        yk_json_object_begin(j, yk_exchange_side(r, a));
        for (y = 0; y < ny; y++) {
            snprintf(yk, sizeof yk, "%d", year_of(r, y));
            json_est(j, yk, yk_exchange_warheads(r, a, y));
        }
        yk_json_object_end(j);
    }
    yk_json_object_end(j);
    yk_json_array_begin(j, "pairs");
    for (y = 0; y < ny; y++)
        for (a = 0; a < n; a++)
            for (b = 0; b < n; b++) {
                if (a == b)
                    continue;
                yk_json_object_begin(j, NULL);
                yk_json_string(j, "striker", yk_exchange_side(r, a));
                yk_json_string(j, "target", yk_exchange_side(r, b));
                yk_json_int(j, "year", year_of(r, y));
                for (m = 0; m < YK_XP_COUNT; m++)
                    json_est(j, yk_exchange_pair_measure_name((yk_exchange_pair_measure)m),
                             yk_exchange_pair(r, a, b, y, (yk_exchange_pair_measure)m));
                yk_json_object_end(j);
            }
    yk_json_array_end(j);
    yk_json_array_begin(j, "three_body");
    for (y = 0; y < ny; y++)
        for (a = 0; a < n; a++)
            for (b = 0; b < n; b++)
                for (c = 0; c < n; c++) {
                    if (a == b || c == a || c == b)
                        continue;
                    yk_json_object_begin(j, NULL);
                    yk_json_string(j, "striker", yk_exchange_side(r, a));
                    yk_json_string(j, "target", yk_exchange_side(r, b));
                    yk_json_string(j, "third", yk_exchange_side(r, c));
                    yk_json_int(j, "year", year_of(r, y));
                    json_est(j, "residual_warheads", yk_exchange_three_body(r, a, b, c, y, false));
                    json_est(j, "third_delivered", yk_exchange_three_body(r, a, b, c, y, true));
                    yk_json_object_end(j);
                }
    yk_json_array_end(j);
    yk_json_object_end(j);
}

static void exchange_members(yk_json *j, const void *data)
{
    yk_report_exchange_json(j, data);
}

yk_status yk_report_exchange(FILE *out, yk_format fmt, const yk_exchange_result *r,
                             const yk_run_meta *meta)
{
    if (fmt == YK_FORMAT_CSV) {
        return YK_E_ARG; /* the tidy table from the measures (tidy.h) */
    } else if (fmt == YK_FORMAT_JSON) {
        return yk_report_json_document(out, meta, exchange_members, r);
    } else {
        text(out, r, meta);
    }
    return yk_report_flush(out);
}
