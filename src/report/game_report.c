/*
 * game_report.c - printing a game's solutions: Gambit's `NE,...` lines (so
 * a user can diff the two tools), JSON keyed by labels, and a readable
 * text report.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "game/exact.h"
#include "yokushi/report.h"
#include "yokushi/yokushi.h"

int yk_report_gambit_number(char *buf, size_t size, double v, yk_solve_method m, int decimals,
                            int is_lambda)
{
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
    /* exact fractions only for a whole profile verified exact (exact_profile) */
    return yk_format_double(v, buf, size);
}

/* ---- exact fractions ---------------------------------------------------------- */

/* The profile as exact fractions when lcp prints Gambit's default (no
 * --decimals) and the fractions are verified to be an equilibrium
 * (game/exact.h); NULL otherwise, and the numbers print as decimals. The
 * caller frees the pair (num, then den = num + size). */
static long long *exact_profile(const yk_game *own, const double *p, const yk_solution_report *r,
                                int *oom)
{
    int size, ok;
    long long *num;
    if (r->method != YK_SOLVE_LCP || r->decimals > 0 || !own)
        return NULL;
    size = yk_game_profile_size(own);
    num = yk_malloc(sizeof(long long) * 2 * (size_t)size);
    if (!num) {
        *oom = 1;
        return NULL;
    }
    ok = yk_game_exact_equilibrium(own, p, num, num + size);
    if (ok <= 0) {
        if (ok < 0)
            *oom = 1;
        yk_free(num);
        num = NULL;
    }
    return num;
}

/* Entry k of profile p: its exact fraction when ex has them. */
static void profile_number(char *buf, size_t size, const double *p, int k, const long long *ex,
                           int n, const yk_solution_report *r)
{
    if (!ex)
        yk_report_gambit_number(buf, size, p[k], r->method, r->decimals, 0);
    else if (ex[n + k] == 1)
        snprintf(buf, size, "%lld", ex[k]);
    else
        snprintf(buf, size, "%lld/%lld", ex[k], ex[n + k]);
}

/* ---- labels as keys ----------------------------------------------------- */

/* Which labels can serve as keys: an information set's label when non-empty
 * and unique among its player's sets, an action's when non-empty and
 * unique within its set. Found by sorting (n log n): comparing every pair
 * is quadratic, minutes for a tree of 10^5 labelled sets. */
typedef struct label_keys {
    char *set_unique;    /* per information set */
    char *action_unique; /* per action */
} label_keys;

typedef struct label_item {
    int group;
    int index;
    const char *label;
} label_item;

static int label_item_cmp(const void *x, const void *y)
{
    const label_item *a = x, *b = y;
    int c;
    if (a->group != b->group)
        return a->group < b->group ? -1 : 1;
    c = strcmp(a->label, b->label);
    if (c)
        return c;
    return a->index < b->index ? -1 : a->index > b->index;
}

/* unique[item.index] = 1 for the items whose (group, label) no other has. */
static void mark_unique(label_item *it, int n, char *unique)
{
    int i, j;
    qsort(it, (size_t)n, sizeof *it, label_item_cmp);
    for (i = 0; i < n; i = j) {
        for (j = i + 1; j < n && it[j].group == it[i].group && !strcmp(it[j].label, it[i].label); j++)
            ;
        unique[it[i].index] = j == i + 1 && it[i].label[0];
    }
}

static int label_keys_init(label_keys *k, const yk_game *g)
{
    int n = g->n_infosets > g->n_actions ? g->n_infosets : g->n_actions, i;
    label_item *it = yk_malloc(sizeof(label_item) * ((size_t)n + 1));

    k->set_unique = yk_calloc((size_t)g->n_infosets + 1, 1);
    k->action_unique = yk_calloc((size_t)g->n_actions + 1, 1);
    if (!it || !k->set_unique || !k->action_unique) {
        yk_free(it);
        yk_free(k->set_unique);
        yk_free(k->action_unique);
        return -1;
    }
    for (i = 0; i < g->n_infosets; i++) {
        it[i].group = g->infoset[i].player;
        it[i].index = i;
        it[i].label = g->infoset[i].label;
    }
    mark_unique(it, g->n_infosets, k->set_unique);
    for (i = 0; i < g->n_actions; i++) {
        it[i].group = g->action_infoset[i];
        it[i].index = i;
        it[i].label = g->action_label[i];
    }
    mark_unique(it, g->n_actions, k->action_unique);
    yk_free(it);
    return 0;
}

static void label_keys_free(label_keys *k)
{
    yk_free(k->set_unique);
    yk_free(k->action_unique);
}

/* An information set's key: its label when a key, else "infoset N" (the
 * file's number). */
static const char *infoset_key(const yk_game *g, const label_keys *k, int s, char *buf,
                               size_t size)
{
    if (k->set_unique[s])
        return g->infoset[s].label;
    snprintf(buf, size, "infoset %d", g->infoset[s].number);
    return buf;
}

static const char *action_key(const yk_game *g, const label_keys *k, int a, char *buf,
                              size_t size)
{
    if (k->action_unique[a])
        return g->action_label[a];
    snprintf(buf, size, "action %d", a - g->infoset[g->action_infoset[a]].actions + 1);
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

/* Gains up to this fraction of the payoff range count as none when judging
 * subgame perfection: 1e-9, 1e-6 for logit, whose end points are
 * approximate. */
static double spe_tolerance(yk_solve_method m)
{
    return m == YK_SOLVE_LOGIT ? 1e-6 : 1e-9;
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

/* ---- what the reports compute before printing ---------------------------- */

#define SPE_UNDEFINED (-1) /* choices off the path unspecified (enumpure) */
#define SPE_NONE (-2)      /* not a tree */

/* Everything a report needs beyond the profiles, computed before the first
 * byte is written, so an interrupted report writes nothing rather than half
 * a document. */
typedef struct analysis {
    label_keys keys;
    int *spe;   /* per profile: 1, 0, SPE_UNDEFINED or SPE_NONE */
    int *where; /* per profile: the subgame where perfection fails */
    int oom;    /* set when printing ran out of memory: the report fails */
} analysis;

static void analysis_free(analysis *a)
{
    label_keys_free(&a->keys);
    yk_free(a->spe);
    yk_free(a->where);
}

static yk_status analyse(analysis *a, const yk_game *g, const yk_solution *s,
                         const yk_solution_report *r)
{
    const yk_game *own = s->strategic ? r->reduced : g;
    yk_status st = YK_OK;
    int i;

    memset(a, 0, sizeof *a);
    if (label_keys_init(&a->keys, g) != 0)
        return YK_E_NOMEM;
    a->spe = yk_calloc((size_t)s->count + 1, sizeof(int));
    a->where = yk_calloc((size_t)s->count + 1, sizeof(int));
    if (!a->spe || !a->where)
        st = YK_E_NOMEM;
    for (i = 0; i < s->count && st == YK_OK; i++) {
        const double *p = yk_solution_profile(s, i);
        a->spe[i] = SPE_NONE;
        if (!s->is_equilibrium[i] || !own || own->form != YK_GAME_TREE)
            continue;
        if (has_unspecified(own, p))
            a->spe[i] = SPE_UNDEFINED;
        else
            st = yk_game_subgame_perfection(own, p, spe_tolerance(r->method), r->stop,
                                            &a->spe[i], &a->where[i]);
    }
    if (st != YK_OK)
        analysis_free(a);
    return st;
}

/* ---- Gambit lines --------------------------------------------------------- */

static void gambit_lines(FILE *out, const yk_game *g, const yk_solution *s,
                         const yk_solution_report *r, int *oom)
{
    int i, k, first = s->strategic ? 0 : yk_game_profile_first(g);
    char num[64];

    for (i = 0; i < s->count; i++) {
        const double *p = yk_solution_profile(s, i);
        long long *ex = exact_profile(s->strategic ? r->reduced : g, p, r, oom);
        if (s->is_equilibrium[i]) {
            fputs("NE", out);
        } else {
            yk_report_gambit_number(num, sizeof num, s->lambda[i], r->method, r->decimals, 1);
            fputs(num, out);
        }
        for (k = first; k < s->size; k++) {
            profile_number(num, sizeof num, p, k, ex, s->size, r);
            fprintf(out, ",%s", num);
        }
        fputc('\n', out);
        yk_free(ex);
    }
}

/* ---- JSON ------------------------------------------------------------------- */

static void json_profile(yk_json *j, const yk_game *g, const label_keys *keys,
                         const yk_solution *s, const double *p, const yk_solution_report *r)
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
                yk_json_object_begin(j, infoset_key(g, keys, t, b1, sizeof b1));
                for (k = I->actions; k < I->actions + I->n_actions; k++)
                    yk_json_number(j, action_key(g, keys, k, b2, sizeof b2), p[k]);
                yk_json_object_end(j);
            }
        }
        yk_json_object_end(j);
    }
    yk_json_object_end(j);
}

/* Probability of each outcome: trees sum the reach of the nodes carrying
 * it; tables in outcome form sum the profiles mapped to it. */
static void outcome_probabilities(const yk_game *g, const double *p, double *prob, int *oom)
{
    int i;
    for (i = 0; i < g->n_outcomes; i++)
        prob[i] = 0.0;
    if (g->form == YK_GAME_TREE) {
        double *reach = yk_malloc(sizeof(double) * (size_t)g->n_nodes);
        if (!reach) {
            *oom = 1;
            return;
        }
        yk_game_realization(g, p, reach);
        for (i = 0; i < g->n_nodes; i++)
            if (g->node[i].kind == YK_NODE_TERMINAL && g->node[i].outcome >= 0)
                prob[g->node[i].outcome] += reach[i];
        yk_free(reach);
    } else if (g->profile_outcome) {
        int np = g->n_players, q;
        int *pick = yk_calloc((size_t)np, sizeof(int));
        long k;
        if (!pick) {
            *oom = 1;
            return;
        }
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
}

static void json_outcomes(yk_json *j, const yk_game *g, const double *p, int *oom)
{
    double *prob = yk_malloc(sizeof(double) * ((size_t)g->n_outcomes + 1));
    char b[64];
    int i;
    if (!prob) {
        *oom = 1;
        return;
    }
    outcome_probabilities(g, p, prob, oom);
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
}

static void json_beliefs(yk_json *j, const yk_game *g, const label_keys *keys, const double *p,
                         int *oom)
{
    double *belief = yk_malloc(sizeof(double) * (size_t)g->n_nodes);
    char b1[64], b2[96];
    int q, t, m;
    if (!belief || yk_game_beliefs(g, p, belief) != YK_OK) {
        *oom = 1;
        yk_free(belief);
        return;
    }
    yk_json_object_begin(j, "beliefs");
    for (q = 1; q <= g->n_players; q++) {
        yk_json_object_begin(j, g->player[q - 1]);
        for (t = g->player_infosets[q]; t < g->player_infosets[q + 1]; t++) {
            const yk_infoset *I = &g->infoset[t];
            yk_json_object_begin(j, infoset_key(g, keys, t, b1, sizeof b1));
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
}

/* The profile in the game's own form: reduced-form profiles of a tree are
 * not mapped back; regret and beliefs then come from the table. */
static void json_equilibrium(yk_json *j, const yk_game *g, const yk_solution *s, int i,
                             const yk_solution_report *r, analysis *an)
{
    const double *p = yk_solution_profile(s, i);
    const yk_game *own = s->strategic ? r->reduced : g;
    double *gain = yk_malloc(sizeof(double) * (size_t)g->n_players);
    double regret = gain && own ? yk_game_regret(own, p, gain) : 0.0;
    const double *u = s->payoff + (size_t)i * g->n_players;
    int q;

    yk_json_object_begin(j, NULL);
    if (!isnan(s->lambda[i]))
        yk_json_number(j, "lambda", s->lambda[i]);
    json_profile(j, g, &an->keys, s, p, r);
    yk_json_object_begin(j, "payoffs");
    for (q = 0; q < g->n_players; q++)
        yk_json_number(j, g->player[q], u[q]);
    yk_json_object_end(j);
    if (!gain || regret == HUGE_VAL)
        an->oom = 1;
    else if (own) {
        yk_json_number(j, "regret", regret);
        yk_json_object_begin(j, "gain_from_deviating");
        for (q = 0; q < g->n_players; q++)
            yk_json_number(j, g->player[q], gain[q]);
        yk_json_object_end(j);
    }
    if (own && own->form == YK_GAME_TREE) {
        /* unspecified choices off the path: perfection is not defined */
        if (an->spe[i] == SPE_UNDEFINED)
            yk_json_null(j, "subgame_perfect");
        else
            yk_json_bool(j, "subgame_perfect", an->spe[i] == 1);
        json_outcomes(j, own, p, &an->oom);
        json_beliefs(j, own, &an->keys, p, &an->oom);
    } else if (own) {
        json_outcomes(j, own, p, &an->oom);
    }
    yk_json_object_end(j);
    yk_free(gain);
}

static void json_report(FILE *out, const yk_game *g, const yk_solution *s,
                        const yk_solution_report *r, analysis *an)
{
    yk_json j;
    int i, q;

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
        yk_status recall = yk_game_check_perfect_recall(g, NULL);
        if (recall == YK_E_NOMEM)
            an->oom = 1;
        yk_json_bool(&j, "perfect_recall", recall == YK_OK);
    }
    yk_json_object_end(&j);
    yk_json_string(&j, "method", yk_solve_method_name(r->method));
    yk_json_string(&j, "profiles", s->strategic ? "reduced strategic form"
                                   : g->form == YK_GAME_TREE ? "behaviour" : "mixed");
    if (s->note[0])
        yk_json_string(&j, "note", s->note);
    yk_json_array_begin(&j, "equilibria");
    for (i = 0; i < s->count; i++)
        if (s->is_equilibrium[i])
            json_equilibrium(&j, g, s, i, r, an);
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
}

/* ---- text ------------------------------------------------------------------- */

static void text_report(FILE *out, const yk_game *g, const yk_solution *s,
                        const yk_solution_report *r, analysis *an)
{
    char b1[64], b2[64], num[64];
    int i, q, t, k, n = 0;
    const yk_game *own = s->strategic ? r->reduced : g;
    double *gain = yk_malloc(sizeof(double) * (size_t)g->n_players);

    fprintf(out, "%s: %s, %d players, method %s\n", r->file ? r->file : "game", g->title,
            g->n_players, yk_solve_method_name(r->method));
    if (s->note[0])
        fprintf(out, "note: %s\n", s->note);
    for (i = 0; i < s->count; i++) {
        const double *p = yk_solution_profile(s, i);
        long long *ex;
        if (!s->is_equilibrium[i])
            continue;
        ex = exact_profile(own, p, r, &an->oom);
        fprintf(out, "\nequilibrium %d", ++n);
        if (!isnan(s->lambda[i]))
            fprintf(out, " (logit end point, lambda %.6g)", s->lambda[i]);
        fputc('\n', out);
        for (q = 1; q <= g->n_players; q++) {
            fprintf(out, "  %s:", g->player[q - 1]);
            if (s->strategic || g->form == YK_GAME_TABLE) {
                for (k = own->strategy_offset[q - 1]; k < own->strategy_offset[q]; k++) {
                    profile_number(num, sizeof num, p, k, ex, s->size, r);
                    fprintf(out, " %s=%s", strategy_key(own, k, b1, sizeof b1), num);
                }
            } else {
                for (t = g->player_infosets[q]; t < g->player_infosets[q + 1]; t++) {
                    const yk_infoset *I = &g->infoset[t];
                    fprintf(out, " [%s:", infoset_key(g, &an->keys, t, b1, sizeof b1));
                    for (k = I->actions; k < I->actions + I->n_actions; k++) {
                        profile_number(num, sizeof num, p, k, ex, s->size, r);
                        fprintf(out, " %s=%s", action_key(g, &an->keys, k, b2, sizeof b2), num);
                    }
                    fputc(']', out);
                }
            }
            yk_format_double(s->payoff[(size_t)i * g->n_players + q - 1], num, sizeof num);
            fprintf(out, "  payoff %s\n", num);
        }
        if (!gain) {
            an->oom = 1;
        } else if (own) {
            double regret = yk_game_regret(own, p, gain);
            if (regret == HUGE_VAL)
                an->oom = 1;
            yk_format_double(regret, num, sizeof num);
            fprintf(out, "  largest gain from deviating: %s\n", num);
        }
        if (an->spe[i] == SPE_UNDEFINED)
            fprintf(out, "  subgame perfect: not defined (choices at sets the player's own "
                         "strategy cuts off are unspecified, printed 0)\n");
        else if (an->spe[i] == 1)
            fprintf(out, "  subgame perfect: yes\n");
        else if (an->spe[i] == 0)
            fprintf(out, "  subgame perfect: no (fails in the subgame at node %d)\n",
                    an->where[i] + 1);
        yk_free(ex);
    }
    if (n == 0)
        fprintf(out, "\nno equilibrium found\n");
    yk_free(gain);
}

yk_status yk_report_solution(FILE *out, const yk_game *g, const yk_solution *s,
                             const yk_solution_report *r)
{
    analysis an;
    yk_status st;
    int oom = 0;

    /* A part the printing could not compute for lack of memory fails the
     * report (YK_E_NOMEM): what was written is then not to be used. */
    if (r->format == YK_SOLUTION_GAMBIT) {
        gambit_lines(out, g, s, r, &oom);
        return oom ? YK_E_NOMEM : yk_report_flush(out);
    }
    st = analyse(&an, g, s, r);
    if (st != YK_OK)
        return st;
    if (r->format == YK_SOLUTION_JSON)
        json_report(out, g, s, r, &an);
    else
        text_report(out, g, s, r, &an);
    oom = an.oom;
    analysis_free(&an);
    return oom ? YK_E_NOMEM : yk_report_flush(out);
}
