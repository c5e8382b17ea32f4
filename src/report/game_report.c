/*
 * game_report.c - printing a game's solutions: Gambit's `NE,...` lines (so
 * a user can diff the two tools), JSON keyed by labels, and a readable
 * text report.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "yokushi/report.h"
#include "yokushi/yokushi.h"

/* p/q with q <= 10^5 within 1e-10 of v, by continued fractions; 0 if none. */
static int as_fraction(double v, long *num, long *den)
{
    double x = fabs(v), r = x;
    long h0 = 1, h1 = 0, k0 = 0, k1 = 1;
    int i;

    if (x > 1e6)
        return 0;
    for (i = 0; i < 40; i++) {
        double a = floor(r);
        long h2 = (long)a * h0 + h1, k2 = (long)a * k0 + k1;
        if (k2 > 100000)
            break;
        h1 = h0; h0 = h2;
        k1 = k0; k0 = k2;
        if (fabs(x - (double)h0 / (double)k0) <= 1e-10) {
            *num = v < 0 ? -h0 : h0;
            *den = k0;
            return 1;
        }
        if (r - a < 1e-15)
            break;
        r = 1.0 / (r - a);
    }
    return 0;
}

int yk_report_gambit_number(char *buf, size_t size, double v, yk_solve_method m, int decimals,
                            int is_lambda)
{
    long num, den;

    if (v == 0.0)
        v = 0.0; /* no "-0" */
    if (m == YK_SOLVE_BI || m == YK_SOLVE_ENUMPURE) {
        if (v == floor(v) && fabs(v) < 1e15)
            return snprintf(buf, size, "%.0f", v);
    }
    if (m == YK_SOLVE_LOGIT) {
        int d = decimals > 0 ? decimals : 6;
        if (is_lambda)
            return snprintf(buf, size, "%.*f", d, v);
        return snprintf(buf, size, "%.*g", d, v);
    }
    if (decimals > 0)
        return snprintf(buf, size, "%.*f", decimals, v);
    if (as_fraction(v, &num, &den))
        return den == 1 ? snprintf(buf, size, "%ld", num) : snprintf(buf, size, "%ld/%ld", num, den);
    return yk_format_double(v, buf, size);
}

/* ---- labels as keys ----------------------------------------------------- */

/* An information set's key: its label when non-empty and unique among the
 * player's sets, else "infoset N" (the file's number). */
static const char *infoset_key(const yk_game *g, int s, char *buf, size_t size)
{
    const yk_infoset *I = &g->infoset[s];
    int t, p = I->player;
    if (I->label[0]) {
        int dup = 0;
        for (t = g->player_infosets[p]; t < g->player_infosets[p + 1]; t++)
            dup |= t != s && strcmp(g->infoset[t].label, I->label) == 0;
        if (!dup)
            return I->label;
    }
    snprintf(buf, size, "infoset %d", I->number);
    return buf;
}

static const char *action_key(const yk_game *g, int a, char *buf, size_t size)
{
    const yk_infoset *I = &g->infoset[g->action_infoset[a]];
    int b, dup = 0;
    if (g->action_label[a][0]) {
        for (b = I->actions; b < I->actions + I->n_actions; b++)
            dup |= b != a && strcmp(g->action_label[b], g->action_label[a]) == 0;
        if (!dup)
            return g->action_label[a];
    }
    snprintf(buf, size, "action %d", a - I->actions + 1);
    return buf;
}

static const char *node_key(const yk_game *g, int n, char *buf, size_t size)
{
    if (g->node[n].label[0])
        snprintf(buf, size, "node %d \"%s\"", n + 1, g->node[n].label);
    else
        snprintf(buf, size, "node %d", n + 1);
    return buf;
}

static const char *strategy_key(const yk_game *t, int k, char *buf, size_t size)
{
    if (t->strategy_label[k][0])
        return t->strategy_label[k];
    snprintf(buf, size, "strategy %d", k + 1);
    return buf;
}

/* Gains up to this count as none when judging subgame perfection: 1e-9 of
 * the payoff range, 1e-6 for logit, whose end points are approximate. */
static double spe_tolerance(const yk_game *g, yk_solve_method m)
{
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    int i;
    for (i = 0; i < g->n_outcomes * g->n_players; i++) {
        if (g->payoff[i] < lo)
            lo = g->payoff[i];
        if (g->payoff[i] > hi)
            hi = g->payoff[i];
    }
    return (m == YK_SOLVE_LOGIT ? 1e-6 : 1e-9) * (hi > lo ? hi - lo : 1.0);
}

/* 1 when some player information set has all its actions at 0: enumpure
 * leaves the sets a player's own strategy cuts off unspecified. */
static int has_unspecified(const yk_game *g, const double *p)
{
    int t, k;
    if (g->form != YK_GAME_TREE)
        return 0;
    for (t = g->player_infosets[1]; t < g->n_infosets; t++) {
        const yk_infoset *I = &g->infoset[t];
        double sum = 0.0;
        for (k = I->actions; k < I->actions + I->n_actions; k++)
            sum += p[k];
        if (sum == 0.0)
            return 1;
    }
    return 0;
}

/* ---- Gambit lines --------------------------------------------------------- */

static void gambit_lines(FILE *out, const yk_game *g, const yk_solution *s,
                         const yk_solution_report *r)
{
    int i, k, first = s->strategic ? 0 : yk_game_profile_first(g);
    char num[64];

    for (i = 0; i < s->count; i++) {
        const double *p = yk_solution_profile(s, i);
        if (s->is_equilibrium[i]) {
            fputs("NE", out);
        } else {
            yk_report_gambit_number(num, sizeof num, s->lambda[i], r->method, r->decimals, 1);
            fputs(num, out);
        }
        for (k = first; k < s->size; k++) {
            yk_report_gambit_number(num, sizeof num, p[k], r->method, r->decimals, 0);
            fprintf(out, ",%s", num);
        }
        fputc('\n', out);
    }
}

/* ---- JSON ------------------------------------------------------------------- */

static void json_profile(yk_json *j, const yk_game *g, const yk_solution *s, const double *p,
                         const yk_solution_report *r)
{
    char b1[64], b2[64];
    int q, k, t;

    yk_json_object_begin(j, "profile");
    for (q = 1; q <= g->n_players; q++) {
        yk_json_object_begin(j, g->player[q - 1]);
        if (s->strategic || g->form == YK_GAME_TABLE) {
            const yk_game *tab = s->strategic ? r->reduced : g;
            if (tab)
                for (k = tab->strategy_offset[q - 1]; k < tab->strategy_offset[q]; k++)
                    yk_json_number(j, strategy_key(tab, k, b1, sizeof b1), p[k]);
        } else {
            for (t = g->player_infosets[q]; t < g->player_infosets[q + 1]; t++) {
                const yk_infoset *I = &g->infoset[t];
                yk_json_object_begin(j, infoset_key(g, t, b1, sizeof b1));
                for (k = I->actions; k < I->actions + I->n_actions; k++)
                    yk_json_number(j, action_key(g, k, b2, sizeof b2), p[k]);
                yk_json_object_end(j);
            }
        }
        yk_json_object_end(j);
    }
    yk_json_object_end(j);
}

/* Probability of each outcome: trees sum the reach of the nodes carrying
 * it; tables in outcome form sum the profiles mapped to it. */
static yk_status outcome_probabilities(const yk_game *g, const double *p, double *prob)
{
    int i;
    for (i = 0; i < g->n_outcomes; i++)
        prob[i] = 0.0;
    if (g->form == YK_GAME_TREE) {
        double *reach = yk_malloc(sizeof(double) * (size_t)g->n_nodes);
        if (!reach)
            return YK_E_NOMEM;
        yk_game_realization(g, p, reach);
        for (i = 0; i < g->n_nodes; i++)
            if (g->node[i].kind == YK_NODE_TERMINAL && g->node[i].outcome >= 0)
                prob[g->node[i].outcome] += reach[i];
        yk_free(reach);
    } else if (g->profile_outcome) {
        int np = g->n_players, q;
        int *pick = yk_calloc((size_t)np, sizeof(int));
        long k;
        if (!pick)
            return YK_E_NOMEM;
        for (k = 0; k < g->n_profiles; k++) {
            double w = 1.0;
            for (q = 0; q < np; q++)
                w *= p[g->strategy_offset[q] + pick[q]];
            if (g->profile_outcome[k] >= 0)
                prob[g->profile_outcome[k]] += w;
            for (q = 0; q < np && ++pick[q] == g->n_strategies[q]; q++)
                pick[q] = 0;
        }
        yk_free(pick);
    }
    return YK_OK;
}

static yk_status json_outcomes(yk_json *j, const yk_game *g, const double *p)
{
    double *prob = yk_malloc(sizeof(double) * ((size_t)g->n_outcomes + 1));
    char b[64];
    int i;
    if (!prob || outcome_probabilities(g, p, prob) != YK_OK) {
        yk_free(prob);
        return YK_E_NOMEM;
    }
    yk_json_object_begin(j, "outcomes");
    for (i = 0; i < g->n_outcomes; i++) {
        const char *key = g->outcome[i].label;
        if (!key[0]) {
            snprintf(b, sizeof b, "outcome %d", g->outcome[i].number);
            key = b;
        }
        if (prob[i] > 0.0)
            yk_json_number(j, key, prob[i]);
    }
    yk_json_object_end(j);
    yk_free(prob);
    return YK_OK;
}

static yk_status json_beliefs(yk_json *j, const yk_game *g, const double *p)
{
    double *belief = yk_malloc(sizeof(double) * (size_t)g->n_nodes);
    char b1[64], b2[96];
    int q, t, m;
    if (!belief || yk_game_beliefs(g, p, belief) != YK_OK) {
        yk_free(belief);
        return YK_E_NOMEM;
    }
    yk_json_object_begin(j, "beliefs");
    for (q = 1; q <= g->n_players; q++) {
        yk_json_object_begin(j, g->player[q - 1]);
        for (t = g->player_infosets[q]; t < g->player_infosets[q + 1]; t++) {
            const yk_infoset *I = &g->infoset[t];
            yk_json_object_begin(j, infoset_key(g, t, b1, sizeof b1));
            for (m = 0; m < I->n_members; m++) {
                int n = g->member[I->members + m];
                yk_json_number(j, node_key(g, n, b2, sizeof b2), belief[n]);
            }
            yk_json_object_end(j);
        }
        yk_json_object_end(j);
    }
    yk_json_object_end(j);
    yk_free(belief);
    return YK_OK;
}

/* The profile in the game's own form: reduced-form profiles of a tree are
 * not mapped back; regret and beliefs then come from the table. */
static yk_status json_equilibrium(yk_json *j, const yk_game *g, const yk_solution *s, int i,
                                  const yk_solution_report *r)
{
    const double *p = yk_solution_profile(s, i);
    const yk_game *own = s->strategic ? r->reduced : g;
    double *gain = yk_malloc(sizeof(double) * (size_t)g->n_players);
    const double *u = s->payoff + (size_t)i * g->n_players;
    double regret = 0.0;
    int q, where = -1, spe = 0;
    yk_status st = YK_E_NOMEM;

    /* regret and perfection first: what they return when out of memory
     * (HUGE_VAL, -1) must never be printed as a result */
    if (!gain)
        goto done;
    if (own && (regret = yk_game_regret(own, p, gain)) == HUGE_VAL)
        goto done;
    if (own && own->form == YK_GAME_TREE && !has_unspecified(own, p)
        && (spe = yk_game_is_subgame_perfect(own, p, spe_tolerance(own, r->method), &where)) < 0)
        goto done;
    yk_json_object_begin(j, NULL);
    if (!isnan(s->lambda[i]))
        yk_json_number(j, "lambda", s->lambda[i]);
    json_profile(j, g, s, p, r);
    yk_json_object_begin(j, "payoffs");
    for (q = 0; q < g->n_players; q++)
        yk_json_number(j, g->player[q], u[q]);
    yk_json_object_end(j);
    if (own) {
        yk_json_number(j, "regret", regret);
        yk_json_object_begin(j, "gain_from_deviating");
        for (q = 0; q < g->n_players; q++)
            yk_json_number(j, g->player[q], gain[q]);
        yk_json_object_end(j);
    }
    if (own && own->form == YK_GAME_TREE) {
        /* unspecified choices off the path: perfection is not defined */
        if (has_unspecified(own, p))
            yk_json_null(j, "subgame_perfect");
        else
            yk_json_bool(j, "subgame_perfect", spe != 0);
        st = json_outcomes(j, own, p);
        if (st == YK_OK)
            st = json_beliefs(j, own, p);
    } else if (own) {
        st = json_outcomes(j, own, p);
    } else {
        st = YK_OK;
    }
    yk_json_object_end(j);
done:
    yk_free(gain);
    return st;
}

static yk_status json_report(FILE *out, const yk_game *g, const yk_solution *s,
                             const yk_solution_report *r)
{
    yk_json j;
    int i, q;
    yk_status st = YK_OK, recall = yk_game_check_perfect_recall(g, NULL);

    if (recall == YK_E_NOMEM)
        return recall;
    yk_json_init(&j, out);
    yk_json_object_begin(&j, NULL);
    yk_json_string(&j, "yokushi", yk_version());
    yk_json_object_begin(&j, "game");
    yk_json_string(&j, "file", r->file ? r->file : "");
    yk_json_string(&j, "sha256", r->sha256 ? r->sha256 : "");
    yk_json_string(&j, "title", g->title);
    yk_json_string(&j, "form", g->form == YK_GAME_TREE ? "extensive" : "strategic");
    yk_json_array_begin(&j, "players");
    for (q = 0; q < g->n_players; q++)
        yk_json_string(&j, NULL, g->player[q]);
    yk_json_array_end(&j);
    if (g->form == YK_GAME_TREE) {
        yk_json_int(&j, "nodes", g->n_nodes);
        yk_json_bool(&j, "perfect_information", yk_game_is_perfect_information(g) != 0);
        yk_json_bool(&j, "perfect_recall", recall == YK_OK);
    }
    yk_json_object_end(&j);
    yk_json_string(&j, "method", yk_solve_method_name(r->method));
    yk_json_string(&j, "profiles", s->strategic ? "reduced strategic form"
                                   : g->form == YK_GAME_TREE ? "behaviour" : "mixed");
    if (s->note[0])
        yk_json_string(&j, "note", s->note);
    yk_json_array_begin(&j, "equilibria");
    for (i = 0; i < s->count && st == YK_OK; i++)
        if (s->is_equilibrium[i])
            st = json_equilibrium(&j, g, s, i, r);
    if (st != YK_OK)
        return st;
    yk_json_array_end(&j);
    if (r->method == YK_SOLVE_LOGIT) {
        yk_json_array_begin(&j, "branch");
        for (i = 0; i < s->count; i++) {
            int k, first = yk_game_profile_first(g);
            if (s->is_equilibrium[i])
                continue;
            yk_json_array_begin(&j, NULL);
            yk_json_number(&j, NULL, s->lambda[i]);
            for (k = first; k < s->size; k++)
                yk_json_number(&j, NULL, yk_solution_profile(s, i)[k]);
            yk_json_array_end(&j);
        }
        yk_json_array_end(&j);
    }
    yk_json_object_end(&j);
    yk_json_finish(&j);
    return YK_OK;
}

/* ---- text ------------------------------------------------------------------- */

static yk_status text_report(FILE *out, const yk_game *g, const yk_solution *s,
                             const yk_solution_report *r)
{
    char b1[64], b2[64], num[64];
    int i, q, t, k, n = 0;
    const yk_game *own = s->strategic ? r->reduced : g;
    double *gain = yk_malloc(sizeof(double) * (size_t)g->n_players);
    yk_status st = YK_OK;

    if (!gain)
        return YK_E_NOMEM;

    fprintf(out, "%s: %s, %d players, method %s\n", r->file ? r->file : "game", g->title,
            g->n_players, yk_solve_method_name(r->method));
    if (s->note[0])
        fprintf(out, "note: %s\n", s->note);
    for (i = 0; i < s->count && st == YK_OK; i++) {
        const double *p = yk_solution_profile(s, i);
        double regret = 0.0;
        int where = -1, spe = 0;
        if (!s->is_equilibrium[i])
            continue;
        /* regret and perfection first: their out-of-memory values
         * (HUGE_VAL, -1) must never be printed as results */
        if ((own && (regret = yk_game_regret(own, p, gain)) == HUGE_VAL)
            || (own && own->form == YK_GAME_TREE && !has_unspecified(own, p)
                && (spe = yk_game_is_subgame_perfect(own, p, spe_tolerance(own, r->method),
                                                     &where)) < 0)) {
            st = YK_E_NOMEM;
            break;
        }
        fprintf(out, "\nequilibrium %d", ++n);
        if (!isnan(s->lambda[i]))
            fprintf(out, " (logit end point, lambda %.6g)", s->lambda[i]);
        fputc('\n', out);
        for (q = 1; q <= g->n_players; q++) {
            fprintf(out, "  %s:", g->player[q - 1]);
            if (s->strategic || g->form == YK_GAME_TABLE) {
                for (k = own->strategy_offset[q - 1]; k < own->strategy_offset[q]; k++) {
                    yk_report_gambit_number(num, sizeof num, p[k], r->method, r->decimals, 0);
                    fprintf(out, " %s=%s", strategy_key(own, k, b1, sizeof b1), num);
                }
            } else {
                for (t = g->player_infosets[q]; t < g->player_infosets[q + 1]; t++) {
                    const yk_infoset *I = &g->infoset[t];
                    fprintf(out, " [%s:", infoset_key(g, t, b1, sizeof b1));
                    for (k = I->actions; k < I->actions + I->n_actions; k++) {
                        yk_report_gambit_number(num, sizeof num, p[k], r->method, r->decimals, 0);
                        fprintf(out, " %s=%s", action_key(g, k, b2, sizeof b2), num);
                    }
                    fputc(']', out);
                }
            }
            yk_format_double(s->payoff[(size_t)i * g->n_players + q - 1], num, sizeof num);
            fprintf(out, "  payoff %s\n", num);
        }
        if (own) {
            yk_format_double(regret, num, sizeof num);
            fprintf(out, "  largest gain from deviating: %s\n", num);
        }
        if (own && own->form == YK_GAME_TREE && has_unspecified(own, p)) {
            fprintf(out, "  subgame perfect: not defined (choices at sets the player's own "
                         "strategy cuts off are unspecified, printed 0)\n");
        } else if (own && own->form == YK_GAME_TREE) {
            if (spe)
                fprintf(out, "  subgame perfect: yes\n");
            else
                fprintf(out, "  subgame perfect: no (fails in the subgame at node %d)\n", where + 1);
        }
    }
    if (n == 0 && st == YK_OK)
        fprintf(out, "\nno equilibrium found\n");
    yk_free(gain);
    return st;
}

yk_status yk_report_solution(FILE *out, const yk_game *g, const yk_solution *s,
                             const yk_solution_report *r, yk_error *err)
{
    yk_status st;
    if (s->strategic && !r->reduced)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "reduced strategic-form profiles need the reduced form");
    switch (r->format) {
    case YK_SOLUTION_JSON:
        st = json_report(out, g, s, r);
        break;
    case YK_SOLUTION_TEXT:
        st = text_report(out, g, s, r);
        break;
    default:
        gambit_lines(out, g, s, r);
        st = YK_OK;
        break;
    }
    if (st != YK_OK)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory");
    return YK_OK;
}
