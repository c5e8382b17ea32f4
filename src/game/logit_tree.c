/*
 * logit_tree.c - the agent logit equations of a tree (McKelvey & Palfrey
 * 1998, the agent quantal response equilibrium; the form Gambit traces),
 * in the unknowns x = log of every player action's probability (profile
 * order) and lambda. For each information set I of player i, actions
 * a_1..a_k:
 *
 *     sum_a p(a) - 1 = 0
 *     x(a_j) - x(a_1) - lambda (V(a_j) - V(a_1)) = 0        j = 2..k
 *
 * V(a) = sum_{h in I} mu(h) N_i(h a) is the value of a conditional on
 * reaching I: mu are the beliefs (Bayes' rule on the realization
 * probabilities, computed in logs; uniform where chance makes I
 * unreachable) and N_i(v) the expected payoff of i at node v, outcomes on
 * the path to v included.
 *
 * The Jacobian dV/dx is dense along every path (an action's value depends
 * on every action above it, through the beliefs, and below it, through
 * N), so it is never formed. The linear systems are solved in an expanded
 * sparse form instead, with the directional derivatives as unknowns:
 *
 *     rho(v)   = rho(parent) + z(a)               d log realization, down
 *     dN_i(v)  = sum_a p(a) (z(a) N_i(va) + dN_i(va))      d node values, up
 *     ratio:     z(a_j) - z(a_1) - lambda sum_h [mu(h) (dN_i(h a_j) - dN_i(h a_1))
 *                + mu(h) (D(h) - Dbar) rho(h)] - (V(a_j) - V(a_1)) dlambda = r
 *
 * (D(h) = N_i(h a_j) - N_i(h a_1), Dbar = sum mu D; the rho terms are the
 * belief derivatives, present only at sets with several members). The dense
 * dlambda column and the dense border row c are spread over chains of
 * copies L (L_k = L_k+1) and partial sums S (S_k = S_k-1 + c_k z_k). Ordered
 * by reverse Cuthill-McKee, the system is banded with a bandwidth set by the
 * tree's width rather than its size, and a banded LU solves it in time
 * linear in the number of nodes. Its auxiliary block is unit triangular, so
 * its determinant is that of [J; c^T] itself.
 */
#include "core/alloc.h"
#include "game/game_internal.h"
#include "game/logit.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct tree {
    const yk_game *g;
    int n, np, first, nn, nvar;
    /* quantities at the current point */
    double *prob, *logp; /* per action (chance included) */
    double *logr, *mu;   /* per node */
    double *pp, *val;    /* per node x player: path payoffs, node values */
    double *v;           /* per action: conditional value for the mover */
    /* variables */
    int *rho, *dn;       /* per node (-1 at terminals); dn: first of np */
    int *lv, *sv;        /* per player action j: copy of dlambda, partial sum */
    int *seq;            /* player actions in band order (chain order) */
    int *pos;            /* position of each variable in the band */
    /* pattern and band */
    int nent, cap, chain, mode;
    int *er, *ec;        /* pattern rows and columns (variables) */
    long *eoff;          /* offsets into the band */
    int k;               /* entry being filled */
    const double *c;
    lg_band band;
    double *rhs;
} tree;

static int is_term(const yk_game *g, int v) { return g->node[v].kind == YK_NODE_TERMINAL; }

/* Probabilities, realization, beliefs, node and action values at x. */
static int tree_eval(tree *t, const double *x)
{
    const yk_game *g = t->g;
    int np = t->np, a, v, q, k;

    for (a = 0; a < g->n_actions; a++) {
        if (a < t->first) {
            t->prob[a] = g->action_prob[a];
            t->logp[a] = g->action_prob[a] > 0.0 ? log(g->action_prob[a]) : -HUGE_VAL;
        } else {
            t->logp[a] = x[a - t->first];
            t->prob[a] = exp(x[a - t->first]);
            if (!isfinite(x[a - t->first]))
                return -1;
        }
    }
    t->logr[0] = 0.0;
    for (v = 1; v < t->nn; v++)
        t->logr[v] = t->logr[g->node[v].parent] + t->logp[g->node[v].parent_action];
    for (k = g->player_infosets[1]; k < g->n_infosets; k++) {
        const yk_infoset *is = &g->infoset[k];
        double mx = -HUGE_VAL, tot = 0.0;
        int m;
        if (is->player == YK_CHANCE)
            continue;
        for (m = 0; m < is->n_members; m++)
            if (t->logr[g->member[is->members + m]] > mx)
                mx = t->logr[g->member[is->members + m]];
        for (m = 0; m < is->n_members; m++) {
            int h = g->member[is->members + m];
            t->mu[h] = mx == -HUGE_VAL ? 1.0 : exp(t->logr[h] - mx);
            tot += t->mu[h];
        }
        for (m = 0; m < is->n_members; m++)
            t->mu[g->member[is->members + m]] /= tot;
    }
    for (v = t->nn - 1; v >= 0; v--) {
        const yk_node *nd = &g->node[v];
        double *val = t->val + (size_t)v * np;
        if (nd->kind == YK_NODE_TERMINAL) {
            memcpy(val, t->pp + (size_t)v * np, (size_t)np * sizeof(double));
            continue;
        }
        for (q = 0; q < np; q++)
            val[q] = 0.0;
        {
            const yk_infoset *is = &g->infoset[nd->infoset];
            for (k = 0; k < is->n_actions; k++) {
                int c = g->child[nd->children + k];
                double pr = t->prob[is->actions + k];
                for (q = 0; q < np; q++)
                    val[q] += pr * t->val[(size_t)c * np + q];
            }
        }
    }
    for (a = t->first; a < g->n_actions; a++)
        t->v[a] = 0.0;
    for (k = g->player_infosets[1]; k < g->n_infosets; k++) {
        const yk_infoset *is = &g->infoset[k];
        int m, i = is->player - 1;
        for (m = 0; m < is->n_members; m++) {
            int h = g->member[is->members + m];
            for (a = 0; a < is->n_actions; a++) {
                int c = g->child[g->node[h].children + a];
                t->v[is->actions + a] += t->mu[h] * t->val[(size_t)c * np + i];
            }
        }
    }
    for (a = t->first; a < g->n_actions; a++)
        if (!isfinite(t->v[a]))
            return -1;
    return 0;
}

static int tree_value(void *ctx, const double *x, double *f)
{
    tree *t = ctx;
    const yk_game *g = t->g;
    int k, a;

    if (tree_eval(t, x) != 0)
        return -1;
    for (k = g->player_infosets[1]; k < g->n_infosets; k++) {
        const yk_infoset *is = &g->infoset[k];
        int a1 = is->actions;
        double sum = -1.0;
        for (a = 0; a < is->n_actions; a++)
            sum += t->prob[a1 + a];
        f[a1 - t->first] = sum;
        for (a = a1 + 1; a < a1 + is->n_actions; a++)
            f[a - t->first] = t->logp[a] - t->logp[a1] - x[t->n] * (t->v[a] - t->v[a1]);
    }
    return 0;
}

static double tree_regret(void *ctx, const double *x)
{
    tree *t = ctx;
    const yk_game *g = t->g;
    double worst = 0.0;
    int k, a, m;

    if (tree_eval(t, x) != 0)
        return HUGE_VAL;
    for (k = g->player_infosets[1]; k < g->n_infosets; k++) {
        const yk_infoset *is = &g->infoset[k];
        double best = -HUGE_VAL, mean = 0.0;
        int reached = 0;
        /* Gambit counts no regret at a set whose realization probability is
         * 0 in floating point (never reached, or below the underflow). */
        for (m = 0; m < is->n_members; m++)
            if (exp(t->logr[g->member[is->members + m]]) > 0.0)
                reached = 1;
        if (!reached)
            continue;
        for (a = is->actions; a < is->actions + is->n_actions; a++) {
            if (t->v[a] > best)
                best = t->v[a];
            mean += t->prob[a] * t->v[a];
        }
        if (best - mean > worst)
            worst = best - mean;
    }
    return worst;
}

/* One entry of the expanded matrix: recorded (pattern) or added (values). */
static int put(tree *t, int row, int col, double val)
{
    if (t->mode == 0) {
        if (t->nent == t->cap) {
            int nc = t->cap ? 2 * t->cap : 1024;
            int *r = yk_realloc(t->er, (size_t)nc * sizeof(int)), *c;
            if (!r)
                return -1;
            t->er = r;
            c = yk_realloc(t->ec, (size_t)nc * sizeof(int));
            if (!c)
                return -1;
            t->ec = c;
            t->cap = nc;
        }
        t->er[t->nent] = row;
        t->ec[t->nent] = col;
        t->nent++;
        return 0;
    }
    t->band.ab[t->eoff[t->k++]] += val;
    return 0;
}

#define PUT(r, c, v)                                                                     \
    do {                                                                                 \
        if (put(t, (r), (c), (v)) != 0)                                                  \
            return -1;                                                                   \
    } while (0)

/* Walks the expanded system in a fixed order: the same entries in both
 * modes, so values land where the pattern put them. */
static int fill(tree *t, double lambda)
{
    const yk_game *g = t->g;
    int np = t->np, v, q, k, a, m, first = t->first;

    for (v = 0; v < t->nn; v++) {
        const yk_node *nd = &g->node[v];
        const yk_infoset *is;
        if (nd->kind == YK_NODE_TERMINAL)
            continue;
        PUT(t->rho[v], t->rho[v], 1.0);
        if (v != 0) {
            PUT(t->rho[v], t->rho[nd->parent], -1.0);
            if (nd->parent_action >= first)
                PUT(t->rho[v], nd->parent_action - first, -1.0);
        }
        is = &g->infoset[nd->infoset];
        for (q = 0; q < np; q++) {
            int row = t->dn[v] + q;
            PUT(row, row, 1.0);
            for (k = 0; k < is->n_actions; k++) {
                int c = g->child[nd->children + k];
                a = is->actions + k;
                if (!is_term(g, c))
                    PUT(row, t->dn[c] + q, -t->prob[a]);
                if (a >= first)
                    PUT(row, a - first, -t->prob[a] * t->val[(size_t)c * np + q]);
            }
        }
    }
    for (k = g->player_infosets[1]; k < g->n_infosets; k++) {
        const yk_infoset *is = &g->infoset[k];
        int a1 = is->actions, i = is->player - 1, j1 = a1 - first;
        for (a = a1; a < a1 + is->n_actions; a++)
            PUT(j1, a - first, t->prob[a]);
        for (a = a1 + 1; a < a1 + is->n_actions; a++) {
            int j = a - first, off = a - a1;
            double dbar = t->v[a] - t->v[a1];
            PUT(j, j, 1.0);
            PUT(j, j1, -1.0);
            for (m = 0; m < is->n_members; m++) {
                int h = g->member[is->members + m];
                int ca = g->child[g->node[h].children + off];
                int c1 = g->child[g->node[h].children];
                if (!is_term(g, ca))
                    PUT(j, t->dn[ca] + i, -lambda * t->mu[h]);
                if (!is_term(g, c1))
                    PUT(j, t->dn[c1] + i, lambda * t->mu[h]);
                if (is->n_members > 1) {
                    double d = t->val[(size_t)ca * np + i] - t->val[(size_t)c1 * np + i];
                    PUT(j, t->rho[h], -lambda * t->mu[h] * (d - dbar));
                }
            }
            if (t->chain)
                PUT(j, t->lv[j], -dbar);
        }
    }
    if (!t->chain)
        return 0;
    for (k = 0; k < t->n; k++) {
        int j = t->seq[k];
        if (k + 1 < t->n) {
            PUT(t->lv[j], t->lv[j], 1.0);
            PUT(t->lv[j], t->lv[t->seq[k + 1]], -1.0);
        } else {
            /* the border row c^T (z, dlambda) = s, paired with the last copy */
            PUT(t->lv[j], t->sv[j], 1.0);
            PUT(t->lv[j], t->lv[j], t->c ? t->c[t->n] : 0.0);
        }
        PUT(t->sv[j], t->sv[j], 1.0);
        if (k > 0)
            PUT(t->sv[j], t->sv[t->seq[k - 1]], -1.0);
        PUT(t->sv[j], j, t->c ? -t->c[j] : 0.0);
    }
    return 0;
}

static int tree_factor(void *ctx, const double *x, const double *c, int *sign)
{
    tree *t = ctx;
    long e;

    if (tree_eval(t, x) != 0)
        return -1;
    memset(t->band.ab, 0, (size_t)t->band.ld * (size_t)t->nvar * sizeof(double));
    t->mode = 1;
    t->k = 0;
    t->c = c;
    fill(t, x[t->n]);
    for (e = 0; e < (long)t->band.ld * t->nvar; e++)
        if (!isfinite(t->band.ab[e]))
            return -1;
    yk_lg_band_factor(&t->band, sign);
    return 0;
}

static void tree_solve(void *ctx, double *b)
{
    tree *t = ctx;
    int j;

    memset(t->rhs, 0, (size_t)t->nvar * sizeof(double));
    for (j = 0; j < t->n; j++)
        t->rhs[t->pos[j]] = b[j];
    t->rhs[t->pos[t->lv[t->seq[t->n - 1]]]] = b[t->n];
    yk_lg_band_solve(&t->band, t->rhs);
    for (j = 0; j < t->n; j++)
        b[j] = t->rhs[t->pos[j]];
    b[t->n] = t->rhs[t->pos[t->lv[t->seq[t->n - 1]]]];
}

static void tree_destroy(void *ctx)
{
    tree *t = ctx;
    if (!t)
        return;
    yk_free(t->prob);
    yk_free(t->logp);
    yk_free(t->logr);
    yk_free(t->mu);
    yk_free(t->pp);
    yk_free(t->val);
    yk_free(t->v);
    yk_free(t->rho);
    yk_free(t->dn);
    yk_free(t->lv);
    yk_free(t->sv);
    yk_free(t->seq);
    yk_free(t->pos);
    yk_free(t->er);
    yk_free(t->ec);
    yk_free(t->eoff);
    yk_free(t->rhs);
    yk_lg_band_free(&t->band);
    yk_free(t);
}

/* The core order (z, rho, dN by reverse Cuthill-McKee from the root), then
 * each action's copy and partial sum right after its z. */
static int order_vars(tree *t, int ncore)
{
    int *deg = yk_calloc((size_t)ncore + 1, sizeof(int)), *adj = NULL, *fill_at = NULL;
    int *ord = yk_malloc((size_t)ncore * sizeof(int));
    int e, v, k = 0, kz = 0, rc = -1;

    if (!deg || !ord)
        goto out;
    for (e = 0; e < t->nent; e++)
        if (t->er[e] != t->ec[e]) {
            deg[t->er[e] + 1]++;
            deg[t->ec[e] + 1]++;
        }
    for (v = 0; v < ncore; v++)
        deg[v + 1] += deg[v];
    adj = yk_malloc((size_t)(deg[ncore] > 0 ? deg[ncore] : 1) * sizeof(int));
    fill_at = yk_malloc((size_t)ncore * sizeof(int));
    if (!adj || !fill_at)
        goto out;
    memcpy(fill_at, deg, (size_t)ncore * sizeof(int));
    for (e = 0; e < t->nent; e++)
        if (t->er[e] != t->ec[e]) {
            adj[fill_at[t->er[e]]++] = t->ec[e];
            adj[fill_at[t->ec[e]]++] = t->er[e];
        }
    if (yk_lg_rcm(ncore, deg, adj, t->rho[0], ord) != 0)
        goto out;
    for (v = 0; v < ncore; v++) {
        int var = ord[v];
        t->pos[var] = k++;
        if (var < t->n) {
            t->seq[kz++] = var;
            t->pos[t->lv[var]] = k++;
            t->pos[t->sv[var]] = k++;
        }
    }
    rc = 0;
out:
    yk_free(deg);
    yk_free(adj);
    yk_free(fill_at);
    yk_free(ord);
    return rc;
}

lg_system *yk_lg_tree_system(const yk_game *g, double scale, double *x0, long max_band,
                             int *too_big)
{
    lg_system *s = yk_calloc(1, sizeof *s);
    tree *t = yk_calloc(1, sizeof *t);
    int np = g->n_players, v, q, a, e, kl = 0, ku = 0, ncore;
    size_t nn = (size_t)g->n_nodes, na = (size_t)g->n_actions + 1;

    *too_big = 0;
    if (!s || !t)
        goto fail;
    t->g = g;
    t->np = np;
    t->nn = g->n_nodes;
    t->first = yk_game_profile_first(g);
    t->n = g->n_actions - t->first;
    t->prob = yk_calloc(na, sizeof(double));
    t->logp = yk_calloc(na, sizeof(double));
    t->v = yk_calloc(na, sizeof(double));
    t->logr = yk_calloc(nn, sizeof(double));
    t->mu = yk_calloc(nn, sizeof(double));
    t->pp = yk_calloc(nn * (size_t)np, sizeof(double));
    t->val = yk_calloc(nn * (size_t)np, sizeof(double));
    t->rho = yk_calloc(nn, sizeof(int));
    t->dn = yk_calloc(nn, sizeof(int));
    t->lv = yk_calloc((size_t)t->n + 1, sizeof(int));
    t->sv = yk_calloc((size_t)t->n + 1, sizeof(int));
    t->seq = yk_calloc((size_t)t->n + 1, sizeof(int));
    if (!t->prob || !t->logp || !t->v || !t->logr || !t->mu || !t->pp || !t->val ||
        !t->rho || !t->dn || !t->lv || !t->sv || !t->seq)
        goto fail;
    /* Path payoffs: outcomes from the root down to each node. */
    for (v = 0; v < t->nn; v++) {
        const yk_node *nd = &g->node[v];
        for (q = 0; q < np; q++) {
            double base = v ? t->pp[(size_t)nd->parent * np + q] : 0.0;
            t->pp[(size_t)v * np + q] =
                base +
                (nd->outcome >= 0 ? game_outcome_payoff(g, nd->outcome, q + 1) * scale : 0.0);
        }
    }
    /* Variables: z first (index = profile position - first), then rho and
     * dN of each non-terminal node, then the chains. */
    t->nvar = t->n;
    for (v = 0; v < t->nn; v++) {
        if (is_term(g, v)) {
            t->rho[v] = t->dn[v] = -1;
            continue;
        }
        t->rho[v] = t->nvar++;
        t->dn[v] = t->nvar;
        t->nvar += np;
    }
    ncore = t->nvar;
    for (a = 0; a < t->n; a++) {
        t->lv[a] = t->nvar++;
        t->sv[a] = t->nvar++;
    }
    for (a = t->first; a < g->n_actions; a++)
        x0[a - t->first] = -log((double)g->infoset[g->action_infoset[a]].n_actions);
    x0[t->n] = 0.0;
    if (tree_eval(t, x0) != 0)
        goto fail;
    t->pos = yk_calloc((size_t)t->nvar + 1, sizeof(int));
    t->rhs = yk_calloc((size_t)t->nvar + 1, sizeof(double));
    if (!t->pos || !t->rhs)
        goto fail;
    t->mode = 0;
    t->chain = 0;
    if (fill(t, 1.0) != 0 || order_vars(t, ncore) != 0)
        goto fail;
    t->nent = 0;
    t->chain = 1;
    if (fill(t, 1.0) != 0)
        goto fail;
    for (e = 0; e < t->nent; e++) {
        int d = t->pos[t->er[e]] - t->pos[t->ec[e]];
        if (d > kl)
            kl = d;
        if (-d > ku)
            ku = -d;
    }
    if ((double)(2 * kl + ku + 1) * t->nvar > (double)max_band) {
        *too_big = 1;
        goto fail;
    }
    if (yk_lg_band_init(&t->band, t->nvar, kl, ku) != 0)
        goto fail;
    t->eoff = yk_malloc((size_t)(t->nent > 0 ? t->nent : 1) * sizeof(long));
    if (!t->eoff)
        goto fail;
    for (e = 0; e < t->nent; e++)
        t->eoff[e] = lg_band_off(&t->band, t->pos[t->er[e]], t->pos[t->ec[e]]);
    s->n = t->n;
    s->ctx = t;
    s->value = tree_value;
    s->factor = tree_factor;
    s->solve = tree_solve;
    s->regret = tree_regret;
    s->destroy = tree_destroy;
    return s;
fail:
    yk_free(s);
    tree_destroy(t);
    return NULL;
}
