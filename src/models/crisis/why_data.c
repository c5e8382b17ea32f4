/*
 * why_data.c - the why lines of explain.c as data (yk_crisis_why_items):
 * for each decision on the equilibrium path at the means, who decides,
 * the action taken and the best other, each one's value to the decider
 * and the margin between them. The same comparisons explain.c words, read
 * from the same value functions, so the JSON's numbers are the text's
 * unrounded.
 */
#include <math.h>
#include <string.h>

#include "models/crisis/crisis_int.h"
#include "models/crisis/terminal.h"

static const char *const resp_name[3] = {"abandon", "defend", "threat"};
static const char *const type_decision[2] = {"respond_resolute", "respond_hesitant"};
static const char *const reply_decision[3] = {"", "reply_defend", "reply_threat"};
static const char *const restrain_decision[2] = {"restrain_resolute", "restrain_hesitant"};

static int item(yk_crisis_why_item *out, int n, int max, const char *decision,
                const char *actor, const char *chosen, double vc, const char *other, double vo)
{
    yk_crisis_why_item *w;
    if (n >= max)
        return n;
    w = &out[n];
    w->decision = decision;
    w->actor = actor;
    w->chosen = chosen;
    w->other = other;
    w->value_chosen = vc;
    w->value_other = vo;
    w->tie = yk_cr_is_tie(vc - vo);
    w->margin = w->tie ? 0 : vc - vo;
    return n + 1;
}

/* P of type t: the response taken against the best other. */
static int respond(const yk_crisis_model *m, const yk_crisis_solution *s, int t,
                   yk_crisis_why_item *out, int n, int max)
{
    int r, chosen = 0, other = -1, k = yk_cr_responses(m);
    double v[3];
    for (r = 0; r < k; r++) {
        yk_crisis_value x = yk_crisis_value_of_response(m, &s->s, t, (yk_crisis_response)r);
        v[r] = yk_crisis_value_p(&x);
        if (s->s.respond[t][r] > s->s.respond[t][chosen])
            chosen = r;
    }
    for (r = 0; r < k; r++)
        if (r != chosen && (other < 0 || v[r] > v[other]))
            other = r;
    if (other < 0)
        return n;
    return item(out, n, max, type_decision[t], "P", resp_name[chosen], v[chosen],
                resp_name[other], v[other]);
}

/* A's reply after a defence or a threat: fighting on against backing down. */
static int reply(const yk_crisis_model *m, const yk_crisis_solution *s, yk_crisis_mode mode,
                 yk_crisis_why_item *out, int n, int max)
{
    double mu = s->belief[mode];
    yk_crisis_value f0 = yk_cr_value_fight(m, &s->s, mode, 0);
    yk_crisis_value f1 = yk_cr_value_fight(m, &s->s, mode, 1);
    double f = mu * f0.a + (1 - mu) * f1.a, b = -m->backdown;
    if (s->s.fight[mode] > 0.5)
        return item(out, n, max, reply_decision[mode], "A", "fight_on", f, "back_down", b);
    return item(out, n, max, reply_decision[mode], "A", "back_down", b, "fight_on", f);
}

/* A nuclear T losing: T's use and P's restraint on type t's path. */
static int nuclear(const yk_crisis_model *m, const yk_crisis_solution *s, int t,
                   yk_crisis_mode mode, yk_crisis_why_item *out, int n, int max)
{
    yk_crisis_value use = cr_terminal(m, CR_USE, mode, t);
    yk_crisis_value no = cr_terminal(m, CR_CONQUERED, mode, t);
    yk_crisis_value r = yk_cr_value_restrain(m, &s->s, mode, t);
    yk_crisis_value p = yk_cr_value_unrestrained(m, &s->s, mode, t);
    double vr = yk_crisis_value_p(&r), vp = yk_crisis_value_p(&p);
    if (s->s.use[mode] > 0.5)
        n = item(out, n, max, "use", "T", "use", use.t, "not_use", no.t);
    else
        n = item(out, n, max, "use", "T", "not_use", no.t, "use", use.t);
    if (s->s.restrain[t][mode] > 0.5)
        return item(out, n, max, restrain_decision[t], "P", "restrain", vr, "permit", vp);
    return item(out, n, max, restrain_decision[t], "P", "permit", vp, "restrain", vr);
}

int yk_crisis_why_items(const yk_crisis_model *m, const yk_crisis_solution *s,
                        yk_crisis_why_item *out, int max)
{
    int n = 0, t, mode;
    double v = s->attack_value.a;
    if (s->p_attack > 0.5)
        n = item(out, n, max, "attack", "A", "attack", v, "status_quo", 0);
    else
        n = item(out, n, max, "attack", "A", "status_quo", 0, "attack", v);
    for (t = 0; t < 2; t++)
        if ((t ? 1 - m->kappa : m->kappa) > 0)
            n = respond(m, s, t, out, n, max);
    for (mode = YK_MODE_DEFEND; mode <= YK_MODE_THREAT; mode++) {
        double reach = m->kappa * s->s.respond[0][mode] + (1 - m->kappa) * s->s.respond[1][mode];
        if (reach > 0)
            n = reply(m, s, (yk_crisis_mode)mode, out, n, max);
    }
    if (m->t_nuclear)
        for (t = 0; t < 2; t++) {
            int r;
            if ((t ? 1 - m->kappa : m->kappa) <= 0)
                continue;
            for (r = 0; r < 3 && s->s.respond[t][r] < 0.5; r++)
                ;
            if (r < 3 && (r == YK_MODE_ABANDON || s->s.fight[r] > 0.5)) {
                n = nuclear(m, s, t, (yk_crisis_mode)r, out, n, max);
                break;
            }
        }
    return n;
}
