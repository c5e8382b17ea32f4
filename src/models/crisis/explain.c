/*
 * explain.c - the "why" of a crisis solution: for each decision on the
 * equilibrium path, the values compared and the margin, P's costs split
 * into their parts (stake, reputation, devaluation, war, nuclear damage,
 * world order). Also the path in words, for crossing points.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "models/crisis/crisis_int.h"
#include "models/crisis/effects.h"

/* How the solver breaks an exact tie (within CR_TIE), named wherever one
 * is reported: an indifference is not a decision with margin 0.000. */
#define TIE_RULE "an exact tie goes to the first action"

/* A margin as the why lines print it: to 3 decimals, or to 2 significant
 * digits below 0.0005, where 3 decimals would print a decision that is no
 * tie (ties are said in words) as "margin 0.000". */
static const char *margin_text(double margin, char out[24])
{
    snprintf(out, 24, fabs(margin) < 0.0005 ? "%.2g" : "%.3f", margin);
    return out;
}

static const char *const type_name[2] = {"resolute", "hesitant"};
static const char *const resp_verb[3] = {"abandons T (aid only)", "defends T",
                                         "threatens nuclear use for T"};
static const char *const resp_noun[3] = {"abandoning", "defending", "threatening"};
static const char *const cost_name[YK_COST_COUNT] = {
    "stake", "reputation", "devaluation", "war", "nuclear damage", "world order"};

/* "0.61 = stake 0.30 + reputation 0.12 + devaluation 0.19" */
static void cost_text(const yk_crisis_value *v, char *buf, size_t size)
{
    size_t n;
    int i, parts = 0;
    snprintf(buf, size, "%.3f", -yk_crisis_value_p(v));
    for (i = 0; i < YK_COST_COUNT; i++) {
        if (v->p[i] == 0)
            continue;
        n = strlen(buf);
        snprintf(buf + n, size - n, "%s%s %.3f", parts ? " + " : " = ", cost_name[i], v->p[i]);
        parts++;
    }
    if (parts == 1) { /* "x = stake x" says nothing more */
        char *eq = strstr(buf, " = ");
        if (eq)
            *eq = '\0';
    }
}

/* The three strategic effects of docs/MODEL.md section 9, named after the
 * decision they decide (effects.h); the rest of the line is unchanged. */
static void name_response_effect(const yk_crisis_model *m, const yk_crisis_solution *s,
                                 int t, char *buf, size_t size)
{
    double x, y; /* P's payoffs: printed as costs 0 - x, never "-0.000" */
    size_t n = strlen(buf);
    if (yk_cr_buck_passed(m, s, t, &x))
        snprintf(buf + n, size - n, "; P abandons: T holds alone (the buck is passed): T "
                 "holds with probability %.3f on aid only, and were it sure to lose, "
                 "abandoning would cost %.3f", 1 - m->p_abandon, 0 - x);
    else if (yk_cr_defends_for_order(m, s, t, &x, &y))
        snprintf(buf + n, size - n, "; P defends for the nuclear order: without the "
                 "world-order cost abandoning would cost %.3f < %s %.3f", 0 - x,
                 resp_noun[yk_cr_decision_chosen(s, YK_CR_DEC_RESPOND_RESOLUTE + t)], 0 - y);
}

static int add(char lines[][YK_CRISIS_WHY_LEN], int n, int max, const char *text)
{
    if (n >= max)
        return n;
    snprintf(lines[n], YK_CRISIS_WHY_LEN, "%s", text);
    return n + 1;
}

/* P's response of one type: the chosen response against the best other. */
static void explain_type(const yk_crisis_model *m, const yk_crisis_solution *s,
                         int t, char *buf, size_t size)
{
    int r, chosen = 0, other = -1, n = yk_cr_responses(m);
    yk_crisis_value v[3];
    char c1[128], c2[128], mt[24];
    for (r = 0; r < n; r++) {
        v[r] = yk_crisis_value_of_response(m, &s->s, t, (yk_crisis_response)r);
        if (s->s.respond[t][r] > s->s.respond[t][chosen])
            chosen = r;
    }
    for (r = 0; r < n; r++)
        if (r != chosen && (other < 0 || yk_crisis_value_p(&v[r]) > yk_crisis_value_p(&v[other])))
            other = r;
    cost_text(&v[chosen], c1, sizeof c1);
    cost_text(&v[other], c2, sizeof c2);
    if (yk_cr_is_tie(yk_crisis_value_p(&v[chosen]) - yk_crisis_value_p(&v[other]))) {
        snprintf(buf, size, "P (%s, prior %.3f) is indifferent between %s and %s (each costs "
                 "%s); the tie goes to %s (%s: abandon, defend, threat)",
                 type_name[t], t ? 1 - m->kappa : m->kappa, resp_noun[chosen],
                 resp_noun[other], c1, resp_noun[chosen], TIE_RULE);
        return;
    }
    snprintf(buf, size, "P (%s, prior %.3f) %s: %s costs %s %s %s costs %s (margin %s)",
             type_name[t], t ? 1 - m->kappa : m->kappa, resp_verb[chosen], resp_noun[chosen],
             c1, "<", resp_noun[other], c2,
             margin_text(yk_crisis_value_p(&v[chosen]) - yk_crisis_value_p(&v[other]), mt));
    name_response_effect(m, s, t, buf, size);
}

/* A's reply to a defence or threat some type makes on the path. */
static void explain_reply(const yk_crisis_model *m, const yk_crisis_solution *s,
                          yk_crisis_mode mode, char *buf, size_t size)
{
    double mu = s->belief[mode];
    char mt[24];
    yk_crisis_value f0 = yk_cr_value_fight(m, &s->s, mode, 0);
    yk_crisis_value f1 = yk_cr_value_fight(m, &s->s, mode, 1);
    double f = mu * f0.a + (1 - mu) * f1.a, b = -m->backdown;
    int fights = s->s.fight[mode] > 0.5;
    if (yk_cr_is_tie(f - b)) {
        snprintf(buf, size, "A is indifferent after P %s between fighting on and backing down "
                 "(each yields %.3f; belief P resolute %.3f); the tie goes to %s (%s)",
                 mode == YK_MODE_THREAT ? "threatens" : "defends", b, mu,
                 fights ? "fighting on" : "backing down", TIE_RULE);
        return;
    }
    snprintf(buf, size, "A %s after P %s: fighting on yields %.3f %s backing down %.3f "
             "(belief P resolute %.3f; margin %s)",
             fights ? "fights on" : "backs down", mode == YK_MODE_THREAT ? "threatens" : "defends",
             f, fights ? ">" : "<", b,
             mu, margin_text(fights ? f - b : b - f, mt));
}

/* A nuclear T losing: P's restraint and T's use, on the path of type t. */
static int explain_nuclear(const yk_crisis_model *m, const yk_crisis_solution *s,
                           int t, yk_crisis_mode mode, char lines[][YK_CRISIS_WHY_LEN],
                           int n, int max)
{
    char buf[YK_CRISIS_WHY_LEN], c1[128], c2[128], mt[24];
    yk_crisis_value use = cr_terminal(m, CR_USE, mode, t);
    yk_crisis_value no = cr_terminal(m, CR_CONQUERED, mode, t);
    yk_crisis_value r = yk_cr_value_restrain(m, &s->s, mode, t);
    yk_crisis_value p = yk_cr_value_unrestrained(m, &s->s, mode, t);
    int uses = s->s.use[mode] > 0.5, restrains = s->s.restrain[t][mode] > 0.5;
    if (yk_cr_is_tie(use.t - no.t))
        snprintf(buf, sizeof buf, "T, losing and unrestrained, is indifferent between using "
                 "nuclear weapons and not (each yields %.3f); the tie goes to %s (%s)", no.t,
                 uses ? "using them" : "not using them", TIE_RULE);
    else
        snprintf(buf, sizeof buf, "T, losing and unrestrained, %s: using yields %.3f %s not "
                 "using %.3f (margin %s)", uses ? "uses nuclear weapons" : "does not use them",
                 use.t, uses ? ">" : "<", no.t, margin_text(uses ? use.t - no.t : no.t - use.t, mt));
    n = add(lines, n, max, buf);
    cost_text(&r, c1, sizeof c1);
    cost_text(&p, c2, sizeof c2);
    if (yk_cr_is_tie(yk_crisis_value_p(&r) - yk_crisis_value_p(&p)))
        snprintf(buf, sizeof buf, "P (%s) is indifferent between restraining and permitting a "
                 "losing T (autonomy %.3f; each costs %s); the tie goes to %s (%s)",
                 type_name[t], m->autonomy, c1, restrains ? "restraining" : "permitting",
                 TIE_RULE);
    else
        snprintf(buf, sizeof buf, "P (%s) %s a losing T (autonomy %.3f): restraining costs %s, "
                 "permitting costs %s (margin %s)", type_name[t],
                 restrains ? "restrains" : "permits", m->autonomy, c1, c2,
                 margin_text(fabs(yk_crisis_value_p(&r) - yk_crisis_value_p(&p)), mt));
    return add(lines, n, max, buf);
}

int yk_crisis_explain(const yk_crisis_model *m, const yk_crisis_solution *s,
                      char lines[][YK_CRISIS_WHY_LEN], int max)
{
    char buf[YK_CRISIS_WHY_LEN], mt[24];
    int n = 0, t, mode;
    double v = s->attack_value.a, sure;
    if (yk_cr_is_tie(v))
        snprintf(buf, sizeof buf, "A is indifferent between attacking and the status quo "
                 "(each yields 0.000); the tie goes to %s (%s)",
                 s->p_attack > 0.5 ? "attacking" : "the status quo", TIE_RULE);
    else
        snprintf(buf, sizeof buf, "A %s: attacking yields %.3f %s status quo 0 (margin %s)",
                 s->p_attack > 0.5 ? "attacks" : "is deterred", v,
                 s->p_attack > 0.5 ? ">" : "<", margin_text(fabs(v), mt));
    if (yk_cr_deterred_by_autonomy(m, s, &sure)) {
        size_t k = strlen(buf);
        snprintf(buf + k, sizeof buf - k, "; deterrence by autonomy: were P's restraint of a "
                 "losing T sure (autonomy 0, not %.3f), attacking would yield %.3f",
                 m->autonomy, sure);
    }
    n = add(lines, n, max, buf);
    for (t = 0; t < 2; t++) {
        if ((t ? 1 - m->kappa : m->kappa) <= 0)
            continue;
        explain_type(m, s, t, buf, sizeof buf);
        n = add(lines, n, max, buf);
    }
    for (mode = YK_MODE_DEFEND; mode <= YK_MODE_THREAT; mode++) {
        double reach = m->kappa * s->s.respond[0][mode] + (1 - m->kappa) * s->s.respond[1][mode];
        if (reach <= 0)
            continue;
        explain_reply(m, s, (yk_crisis_mode)mode, buf, sizeof buf);
        n = add(lines, n, max, buf);
    }
    if (m->t_nuclear)
        for (t = 0; t < 2; t++) {
            int r;
            if ((t ? 1 - m->kappa : m->kappa) <= 0)
                continue;
            for (r = 0; r < 3 && s->s.respond[t][r] < 0.5; r++)
                ;
            if (r < 3 && (r == YK_MODE_ABANDON || s->s.fight[r] > 0.5)) {
                n = explain_nuclear(m, s, t, (yk_crisis_mode)r, lines, n, max);
                break;
            }
        }
    {
        char theatre[160];
        if (m->theatre)
            snprintf(theatre, sizeof theatre, "in the theatre: fait accompli %.3f with aid only, "
                     "%.3f against P's defence", m->fait_accompli[0], m->fait_accompli[1]);
        else
            snprintf(theatre, sizeof theatre, "no theatre data: global spending stands in");
        snprintf(buf, sizeof buf, "inputs: P(A wins) %.3f with aid only, %.3f against P's defence "
                 "(%s); reputation %.3f; devaluation %.3f (nuclear T) / %.3f (abandoned T); "
                 "escalation risk %.3f after a defence, %.3f after a threat%s",
                 m->p_abandon, m->p_defend, theatre, m->reputation, m->devaluation_nuclear,
                 m->devaluation_abandon, m->rho[YK_STANCE_DEFEND], m->rho[YK_STANCE_THREAT],
                 !m->a_nuclear ? ""
                 : m->holds[0] && m->holds[1] ? "; at the nuclear rungs both types of P hold firm"
                 : m->holds[0] ? "; at the nuclear rungs the resolute P holds firm, the hesitant concedes"
                 : m->holds[1] ? "; at the nuclear rungs the hesitant P holds firm, the resolute concedes"
                               : "; at the nuclear rungs both types of P concede T");
    }
    return add(lines, n, max, buf);
}

void yk_crisis_path_name(const yk_crisis_solution *s, char *buf, size_t size)
{
    static const char *const r[3] = {"abandon", "defend", "threat"};
    int t, k[2] = {0, 0};
    for (t = 0; t < 2; t++)
        while (k[t] < 2 && s->s.respond[t][k[t]] < 0.5)
            k[t]++;
    snprintf(buf, size, "%s; P %s/%s; A %s/%s", s->p_attack > 0.5 ? "attack" : "deterred",
             r[k[0]], r[k[1]], s->s.fight[YK_MODE_DEFEND] > 0.5 ? "fights" : "backs down",
             s->s.fight[YK_MODE_THREAT] > 0.5 ? "fights" : "backs down");
}
