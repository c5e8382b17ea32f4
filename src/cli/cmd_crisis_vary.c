/*
 * cmd_crisis_vary.c - the crisis command's studies of one crisis: the
 * sweep (`--vary NAME=LO:HI:STEPS`: Monte Carlo numbers at each grid point
 * and the crossing points of the equilibrium at the means, by bisection
 * to 1e-6), the signalling stage (`--signal`) and the logit QRE
 * (`--lambda L`).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "yokushi/crisis.h"
#include "yokushi/report_crisis.h"

#define CROSSING_TOL 1e-6
#define MAX_CROSSINGS 32
#define MAX_STEPS 10000

typedef struct vary_spec {
    char name[64];
    double lo, hi;
    long steps;
} vary_spec;

/* NAME=LO:HI:STEPS; 0 on success. */
static int parse_spec(const char *spec, vary_spec *v)
{
    const char *eq = strchr(spec, '=');
    char *end;
    size_t len;
    if (!eq || eq == spec || (len = (size_t)(eq - spec)) >= sizeof v->name)
        return -1;
    memcpy(v->name, spec, len);
    v->name[len] = '\0';
    errno = 0;
    v->lo = strtod(eq + 1, &end);
    if (errno || *end != ':' || !isfinite(v->lo))
        return -1;
    v->hi = strtod(end + 1, &end);
    if (errno || *end != ':' || !isfinite(v->hi) || !(v->hi > v->lo))
        return -1;
    v->steps = strtol(end + 1, &end, 10);
    if (errno || *end || v->steps < 2 || v->steps > MAX_STEPS)
        return -1;
    return 0;
}

int cli_crisis_vary(const yk_scenario *s, size_t k, const char *spec,
                    const cli_options *o, FILE *out)
{
    vary_spec v;
    yk_crisis_sampler *sm;
    yk_crisis_options co;
    yk_crisis_crossing cross[MAX_CROSSINGS];
    yk_crisis_inputs mean;
    yk_error err;
    yk_run_meta meta = cli_meta(s, o);
    yk_json j;
    long i;
    int n_cross, c, code = YK_EXIT_OK;

    if (parse_spec(spec, &v)) {
        fprintf(stderr, "yokushi crisis: --vary takes NAME=LO:HI:STEPS with LO < HI and "
                        "2 <= STEPS <= %d (got \"%s\")\n", MAX_STEPS, spec);
        return YK_EXIT_USAGE;
    }
    memset(&err, 0, sizeof err);
    if (yk_crisis_sampler_new(s, k, &sm, &err)) {
        char line[YK_ERROR_MSG_MAX + 64];
        yk_error_format(&err, line, sizeof line);
        fprintf(stderr, "yokushi crisis: %s: %s\n", yk_scenario_name(s), line);
        return YK_EXIT_USAGE;
    }
    if (isnan(yk_crisis_inputs_get(yk_crisis_sampler_mean(sm), v.name))) {
        fprintf(stderr, "yokushi crisis: --vary: unknown input \"%s\" "
                        "(see `yokushi crisis --help`)\n", v.name);
        yk_crisis_sampler_free(sm);
        return YK_EXIT_USAGE;
    }
    mean = *yk_crisis_sampler_mean(sm);
    n_cross = yk_crisis_crossings(&mean, v.name, v.lo, v.hi, (int)v.steps, CROSSING_TOL,
                                  cross, MAX_CROSSINGS);
    memset(&co, 0, sizeof co);
    co.replicates = o->replicates ? o->replicates : yk_scenario_run(s)->replicates;
    co.seed = meta.seed;
    co.threads = o->threads;
    co.stop = &cli_interrupted;
    if (o->format == YK_FORMAT_JSON) {
        yk_json_init(&j, out);
        yk_report_envelope_begin(&j, &meta);
        yk_json_object_begin(&j, "crisis_vary");
        yk_json_string(&j, "crisis", yk_scenario_world(s)->crises[k].name);
        yk_json_string(&j, "input", v.name);
        yk_json_int(&j, "replicates", co.replicates);
        yk_json_array_begin(&j, "points");
    } else if (o->format == YK_FORMAT_CSV) {
        fprintf(out, "input,value,p_attack,p_defend_given_attack,p_nuclear_use,"
                     "p_target_conquered\n");
    } else {
        fprintf(out, "yokushi %s | crisis --vary %s | %s | sha256 %.16s... | seed %llu\n",
                yk_version(), v.name, yk_scenario_name(s), meta.sha256,
                (unsigned long long)meta.seed);
        fprintf(out, "%lld replicates per point; means (95%% intervals in JSON)\n\n",
                (long long)co.replicates);
        fprintf(out, "%-14s %-10s %-17s %-15s %-15s\n", v.name, "P(attack)",
                "P(defend|attack)", "P(nuclear use)", "P(T conquered)");
    }
    for (i = 0; i < v.steps && code == YK_EXIT_OK; i++) {
        double x = v.lo + (v.hi - v.lo) * (double)i / (double)(v.steps - 1);
        yk_crisis_numbers with, without;
        yk_crisis_sampler_fix(sm, v.name, x);
        if (yk_crisis_run_sampler(sm, &co, &with, &without, NULL)) {
            fprintf(stderr, "yokushi crisis: the sweep stopped\n");
            code = YK_EXIT_FAILED;
            break;
        }
        if (o->format == YK_FORMAT_JSON) {
            yk_json_object_begin(&j, NULL);
            yk_json_number(&j, "value", x);
            yk_report_crisis_numbers_json(&j, &with);
            yk_json_object_end(&j);
        } else if (o->format == YK_FORMAT_CSV) {
            fprintf(out, "%s,%.17g,%.17g,%.17g,%.17g,%.17g\n", v.name, x, with.p_attack.mean,
                    with.p_defend_given_attack.mean, with.p_nuclear_use.mean,
                    with.p_target_conquered.mean);
        } else {
            fprintf(out, "%-14.6g %-10.4f %-17.4f %-15.4f %-15.4f\n", x, with.p_attack.mean,
                    with.p_defend_given_attack.mean, with.p_nuclear_use.mean,
                    with.p_target_conquered.mean);
        }
    }
    if (o->format == YK_FORMAT_JSON) {
        yk_json_array_end(&j);
        yk_json_array_begin(&j, "crossings");
        for (c = 0; c < n_cross; c++) {
            yk_json_object_begin(&j, NULL);
            yk_json_number(&j, "at", cross[c].at);
            yk_json_string(&j, "before", cross[c].before);
            yk_json_string(&j, "after", cross[c].after);
            yk_json_object_end(&j);
        }
        yk_json_array_end(&j);
        yk_json_object_end(&j);
        yk_json_object_end(&j);
        yk_json_object_end(&j);
        yk_json_finish(&j);
    } else if (o->format == YK_FORMAT_TEXT) {
        fprintf(out, "\ncrossing points of the equilibrium at the means (bisection to %g):\n",
                CROSSING_TOL);
        if (!n_cross)
            fprintf(out, "  none in [%g, %g]\n", v.lo, v.hi);
        for (c = 0; c < n_cross; c++)
            fprintf(out, "  %s = %.7f: %s -> %s\n", v.name, cross[c].at, cross[c].before,
                    cross[c].after);
    }
    yk_crisis_sampler_free(sm);
    return code;
}

static void print_solution(FILE *out, const char *title, const yk_crisis_solution *s)
{
    fprintf(out, "%s: P(attack) %.4f, P(defend|attack) %.4f, P(nuclear use) %.4f, "
                 "P(T conquered) %.4f\n", title, s->p_attack, s->p_defend_given_attack,
            s->p_nuclear_use, s->p_conquered);
}

/* JSON: results.crisis_qre and/or results.crisis_signal (docs/CLI.md). */
static void extras_json(FILE *out, const yk_run_meta *meta, const char *crisis,
                        const yk_crisis_inputs *in, bool threat, double lambda,
                        const yk_crisis_solution *q, yk_status qre_status,
                        const yk_crisis_signal_result *r)
{
    yk_json j;
    yk_json_init(&j, out);
    yk_report_envelope_begin(&j, meta);
    if (q)
        yk_report_crisis_qre_json(&j, crisis, lambda, qre_status == YK_OK, threat, q);
    if (r)
        yk_report_crisis_signal_json(&j, crisis, in, threat, r);
    yk_json_object_end(&j);
    yk_json_object_end(&j);
    yk_json_finish(&j);
}

int cli_crisis_extras(const yk_scenario *s, size_t k, bool signal,
                      bool has_lambda, double lambda, const cli_options *o,
                      FILE *out)
{
    static const char *const profile_name[4] = {
        "pooling on no signal", "separating (resolute signals)",
        "separating (hesitant signals)", "pooling on the signal"};
    const char *name = yk_scenario_world(s)->crises[k].name;
    yk_crisis_inputs in;
    yk_crisis_model m;
    yk_crisis_solution q;
    yk_crisis_signal_result r;
    yk_status st = YK_OK;
    yk_error err;
    yk_run_meta meta = cli_meta(s, o);
    int i;
    if (o->format == YK_FORMAT_CSV) {
        fprintf(stderr, "yokushi crisis: --signal and --lambda write text or json, not csv\n");
        return YK_EXIT_USAGE;
    }
    memset(&err, 0, sizeof err);
    if (yk_crisis_inputs_mean(s, k, &in, &err)) {
        char line[YK_ERROR_MSG_MAX + 64];
        yk_error_format(&err, line, sizeof line);
        fprintf(stderr, "yokushi crisis: %s: %s\n", yk_scenario_name(s), line);
        return YK_EXIT_USAGE;
    }
    yk_crisis_model_init(&m, &in);
    if (has_lambda)
        st = yk_crisis_solve_qre(&m, lambda, 1e-12, 100000, &q);
    if (signal)
        yk_crisis_solve_signal(&in, &r);
    if (o->format == YK_FORMAT_JSON) {
        extras_json(out, &meta, name, &in, m.threat, lambda, has_lambda ? &q : NULL, st, signal ? &r : NULL);
        return YK_EXIT_OK;
    }
    fprintf(out, "yokushi %s | crisis %s | %s | sha256 %.16s... | at the parameters' means\n",
            yk_version(), name, yk_scenario_name(s), meta.sha256);
    if (has_lambda) {
        char title[64];
        snprintf(title, sizeof title, "logit QRE, lambda %g", lambda);
        print_solution(out, title, &q);
        if (st)
            fprintf(out, "  (the iteration did not converge to 1e-12: the numbers are its last step)\n");
    }
    if (signal) {
        fprintf(out, "signalling stage (cost %g, tie %g):\n", in.c[YK_KC_SIGNAL_COST],
                in.c[YK_KC_SIGNAL_TIE]);
        for (i = 0; i < 4; i++)
            fprintf(out, "  %-30s %s; payoffs resolute %.4f, hesitant %.4f\n", profile_name[i],
                    r.is_pbe[i] ? "PBE    " : "not PBE", r.payoff[i][0], r.payoff[i][1]);
        if (r.chosen >= 0) {
            fprintf(out, "chosen: %s\n", profile_name[r.chosen]);
            print_solution(out, "  after no signal", &r.after[0]);
            print_solution(out, "  after the signal", &r.after[1]);
        } else {
            fprintf(out, "no pure signalling profile is a PBE\n");
        }
    }
    return YK_EXIT_OK;
}
