/*
 * signal.c - the optional pre-crisis signalling stage (docs/MODEL.md
 * section 9, "crisis: signalling"): before A moves, each type of P may pay
 * signal_cost to tie its hands (forward forces and consultation each rise
 * by signal_tie, capped at 1, so abandoning costs more reputation and
 * P's defence brings more power). A sees the signal, not the type, and
 * updates its belief by Bayes' rule; the crisis then follows with that
 * belief as the prior. Each of the four pure signalling profiles is
 * checked for Bayes consistency (off-path beliefs pessimistic: a deviator
 * is taken for hesitant) and incentive compatibility.
 */
#include <string.h>

#include "models/crisis/crisis_int.h"

/* The crisis after message x (1 signal, 0 none) with belief mu. */
static void after(const yk_crisis_inputs *in, int x, double mu, yk_crisis_solution *s)
{
    yk_crisis_inputs v = *in;
    yk_crisis_model m;
    if (x) {
        double tie = in->c[YK_KC_SIGNAL_TIE];
        v.forward_forces = v.forward_forces + tie > 1 ? 1 : v.forward_forces + tie;
        v.consultation = v.consultation + tie > 1 ? 1 : v.consultation + tie;
    }
    v.kappa = mu;
    yk_crisis_model_init(&m, &v);
    yk_crisis_solve(&m, s);
}

/* Type t's payoff in the crisis s (0 when A does not attack). */
static double payoff(const yk_crisis_solution *s, int t)
{
    return s->p_attack * yk_crisis_value_p(&s->typed[t]);
}

/* A's belief after message x when type t sends it with probability
 * sends[t]; pessimistic (0) off the path. */
static double posterior(double kappa, const int sends[2], int x)
{
    double w0 = kappa * (x ? sends[0] : 1 - sends[0]);
    double w1 = (1 - kappa) * (x ? sends[1] : 1 - sends[1]);
    return w0 + w1 > 0 ? w0 / (w0 + w1) : 0;
}

void yk_crisis_solve_signal(const yk_crisis_inputs *in,
                            yk_crisis_signal_result *out)
{
    static const int order[4] = {1, 2, 0, 3}; /* separating first */
    double cost = in->c[YK_KC_SIGNAL_COST];
    int prof, t, i;
    memset(out, 0, sizeof *out);
    out->chosen = -1;
    for (prof = 0; prof < 4; prof++) {
        int sends[2] = {prof & 1, (prof >> 1) & 1};
        yk_crisis_solution s[2];
        bool ok = true;
        for (i = 0; i < 2; i++)
            after(in, i, posterior(in->kappa, sends, i), &s[i]);
        for (t = 0; t < 2; t++) {
            double own = payoff(&s[sends[t]], t) - (sends[t] ? cost : 0);
            double dev = payoff(&s[!sends[t]], t) - (!sends[t] ? cost : 0);
            out->payoff[prof][t] = own;
            if (dev > own + 1e-12)
                ok = false;
        }
        out->is_pbe[prof] = ok;
    }
    for (i = 0; i < 4 && out->chosen < 0; i++)
        if (out->is_pbe[order[i]])
            out->chosen = order[i];
    if (out->chosen >= 0) {
        int sends[2] = {out->chosen & 1, (out->chosen >> 1) & 1};
        for (i = 0; i < 2; i++) {
            out->belief[i] = posterior(in->kappa, sends, i);
            after(in, i, out->belief[i], &out->after[i]);
        }
    }
}
