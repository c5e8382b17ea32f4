/*
 * draws.c - every Monte Carlo draw of a crisis run, one callback per draw
 * (`--draws`, docs/CLI.md): every drawn input, every outcome as the world
 * has T and with T non-nuclear, and each decision's margin, so a reader
 * can compute any conditional or joint quantity the reports do not print
 * (the CSV is crisis_draws_report.c's). The draws are pure in (seed,
 * replicate): they are drawn again here, in replicate order on one
 * thread, and are the very draws the run's means average (a test averages
 * them back).
 */
#include <math.h>

#include "core/alloc.h"
#include "models/crisis/crisis_int.h"

/* The inputs of a draw that are not coefficients, by their --vary names. */
static const char *const input_name[] = {
    "kappa",      "stake_a",    "stake_t",      "stake_p",    "power_a",        "power_t",
    "power_p",    "resolve_a",  "warheads_a",   "warheads_t", "warheads_p",     "independence",
    "commitment", "forward_forces", "consultation", "network",
    "theatre_ready_a", "theatre_ready_t", "theatre_ready_p", "theatre_reinforce_a",
    "theatre_reinforce_t", "theatre_reinforce_p", "theatre_delay_p", "theatre_nuclear_a",
    "theatre_nuclear_p", "objective_days", "defender_advantage", "reversal", "horizon_days"};
#define N_INPUTS (sizeof input_name / sizeof input_name[0])

/* The outcome columns of one variant, named as the JSON measures. */
static const char *const outcome_name[2][8] = {
    {"p_attack", "p_defend_given_attack", "p_defend_if_attacked", "p_nuclear_use",
     "p_target_conquered", "p_fait_accompli", "p_escalation", "pure_equilibrium"},
    {"without_bomb.p_attack", "without_bomb.p_defend_given_attack",
     "without_bomb.p_defend_if_attacked", "without_bomb.p_nuclear_use",
     "without_bomb.p_target_conquered", "without_bomb.p_fait_accompli",
     "without_bomb.p_escalation", "without_bomb.pure_equilibrium"}};
#define N_OUTCOMES 8

static const char *const margin_name[YK_CR_DECISIONS] = {
    "margin.attack", "margin.respond_resolute", "margin.respond_hesitant",
    "margin.reply_defend", "margin.reply_threat"};

size_t yk_crisis_draw_columns(void)
{
    return N_INPUTS + YK_KC_COUNT + 2 * N_OUTCOMES + YK_CR_DECISIONS;
}

const char *yk_crisis_draw_column(size_t i)
{
    if (i < N_INPUTS)
        return input_name[i];
    i -= N_INPUTS;
    if (i < YK_KC_COUNT)
        return yk_crisis_coef_specs()[i].name;
    i -= YK_KC_COUNT;
    if (i < 2 * N_OUTCOMES)
        return outcome_name[i / N_OUTCOMES][i % N_OUTCOMES];
    i -= 2 * N_OUTCOMES;
    return i < YK_CR_DECISIONS ? margin_name[i] : NULL;
}

static double *outcomes(double *v, const yk_crisis_solution *s)
{
    *v++ = s->p_attack;
    *v++ = s->p_attack > 0 ? s->p_defend_if_attacked : NAN;
    *v++ = s->p_defend_if_attacked;
    *v++ = s->p_nuclear_use;
    *v++ = s->p_conquered;
    *v++ = s->p_fait_accompli;
    *v++ = s->p_escalation;
    *v++ = s->pure;
    return v;
}

/* One draw's values, in yk_crisis_draw_column's order. */
static void values(const yk_crisis_inputs *in, double *v)
{
    yk_crisis_model m;
    yk_crisis_solution s;
    size_t i;
    for (i = 0; i < N_INPUTS; i++)
        *v++ = yk_crisis_inputs_get(in, input_name[i]);
    for (i = 0; i < YK_KC_COUNT; i++)
        *v++ = in->c[i];
    /* As mc.c solves each replicate: as the world has T, then without. */
    yk_crisis_model_init(&m, in);
    yk_crisis_solve(&m, &s);
    yk_cr_margins(&m, &s, v + 2 * N_OUTCOMES);
    v = outcomes(v, &s);
    if (m.t_nuclear) {
        yk_crisis_model_without_bomb(&m);
        yk_crisis_solve(&m, &s);
    }
    outcomes(v, &s);
}

yk_status yk_crisis_each_draw(const yk_scenario *s, const yk_crisis_options *o,
                              yk_crisis_draw_fn fn, void *ud, yk_error *err)
{
    const yk_world *w = yk_scenario_world(s);
    yk_crisis_options opt;
    yk_crisis_inputs *in = yk_crisis_inputs_new();
    double *v = yk_calloc(yk_crisis_draw_columns(), sizeof *v);
    yk_status st = YK_OK;
    size_t k;
    if (!in || !v) {
        yk_crisis_inputs_free(in);
        yk_free(v);
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    }
    yk_cr_options_resolve(s, o, &opt);
    for (k = 0; k < w->n_crises && !st; k++) {
        yk_crisis_sampler *sm;
        uint64_t rep;
        st = yk_crisis_sampler_new(s, k, &sm, err);
        for (rep = 0; !st && rep < (uint64_t)opt.replicates; rep++) {
            if (opt.stop && *opt.stop)
                st = yk_error_set(err, YK_E_INTERRUPTED, NULL, 0, 0, NULL, "interrupted");
            else {
                yk_crisis_sampler_draw(sm, opt.seed, rep, in);
                values(in, v);
                st = fn(ud, w->crises[k].name, rep, v);
                if (st)
                    yk_error_set(err, st, NULL, 0, 0, NULL, "writing the draws failed");
            }
        }
        yk_crisis_sampler_free(sm);
    }
    yk_crisis_inputs_free(in);
    yk_free(v);
    return st;
}
