/*
 * solve.c - the ladder as a game: backward induction with logit choice
 * over every state (step, rung, mover, held, first user), then the
 * absorbing chain of the policy run forward exactly, and single sampled
 * trajectories (docs/MODEL.md "ladder", "The game" and "The chain").
 *
 * A state's moves: concede (the other side prevails at the rung),
 * hold (if the other side held just before, the crisis is fought out at
 * the rung: A prevails with the contest p_A(k)), escalate (to the next
 * rung at which the mover has something; a doctrine that binds closes
 * nuclear rungs). An escalation is carried out with its credibility by
 * proportionality, else it is a hold. After every move that does not end
 * the crisis, an unintended jump of 1..jump_max rungs happens with the
 * mover's accident rate at the rung reached. At the horizon the crisis is
 * fought out where it stands. Every move advances the step, so the chain
 * is absorbing and one pass forward over the steps is exact.
 */
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "models/ladder/ladder_int.h"

yk_ladder_policy *yk_ladder_policy_new(int n_rungs, int horizon)
{
    yk_ladder_policy *p;
    size_t n;
    if (n_rungs < 2 || n_rungs > YK_LADDER_MAX_RUNGS || horizon < 1 ||
        horizon > YK_LADDER_MAX_HORIZON)
        return NULL;
    p = yk_calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->max_rungs = n_rungs;
    p->max_horizon = horizon;
    n = (size_t)(horizon + 1) * (size_t)n_rungs * 12;
    p->prob = yk_malloc(n * YK_LADDER_MOVES * sizeof *p->prob);
    p->q = yk_malloc(n * YK_LADDER_MOVES * sizeof *p->q);
    p->v = yk_malloc(n * 2 * sizeof *p->v);
    if (!p->prob || !p->q || !p->v) {
        yk_ladder_policy_free(p);
        return NULL;
    }
    return p;
}

void yk_ladder_policy_free(yk_ladder_policy *p)
{
    if (!p)
        return;
    yk_free(p->prob);
    yk_free(p->q);
    yk_free(p->v);
    yk_free(p);
}

size_t yk_ld_index(const yk_ladder_policy *p, int step, int rung, int mover,
                   int held, int first_user)
{
    return (((((size_t)step * (size_t)p->n_rungs + (size_t)rung) * 2 + (size_t)mover) * 2 +
             (size_t)held) * 3 + (size_t)first_user);
}

yk_ladder_state yk_ladder_start(void)
{
    yk_ladder_state s = {0, 0, 0, 0, 0};
    return s;
}

double yk_ladder_win_a(const yk_ladder_inputs *in, int k)
{
    double a = in->cap[0][k], d = in->cap[1][k];
    if (a <= 0 && d <= 0)
        return 0.5;
    if (d <= 0)
        return 1;
    if (a <= 0)
        return 0;
    /* a^m / (a^m + d^m) = 1 / (1 + (d/a)^m): no overflow for big numbers */
    return 1 / (1 + pow(d / a, in->contest_m));
}

double yk_ladder_step_credibility(const yk_ladder_inputs *in, int k, int j)
{
    double from = in->base_cost[k] + in->floor, to = in->base_cost[j] + in->floor;
    if (to <= from || in->gamma <= 0)
        return 1;
    return pow(from / to, in->gamma);
}

/* Whether side m may be first (or again) onto nuclear rung j with first
 * user u (0 none, 1 A, 2 D): no first use closes nuclear rungs until
 * someone has used; sole purpose until the opponent has. */
static bool doctrine_allows(const yk_ladder_inputs *in, int m, int u, int j)
{
    if (!in->nuclear[j])
        return true;
    switch (in->doctrine[m]) {
    case 1:
        return u != 0;
    case 2:
        return u == 2 - m;
    default:
        return true;
    }
}

static int escalation_target(const yk_ladder_inputs *in, int k, int m, int u)
{
    int j;
    for (j = k + 1; j < in->n_rungs; j++)
        if (in->can[m][j])
            return doctrine_allows(in, m, u, j) ? j : -1;
    return -1;
}

int yk_ladder_escalation_target(const yk_ladder_inputs *in, yk_ladder_state s)
{
    return escalation_target(in, s.rung, s.mover, s.first_user);
}

/* First user after side m's move (or its accident) lands on rung j. */
static int used(const yk_ladder_inputs *in, int u, int m, int j)
{
    return u == 0 && in->nuclear[j] ? m + 1 : u;
}

static void settle(const yk_ladder_policy *p, const yk_ladder_inputs *in, int k,
                   double v[2])
{
    double w = p->win[k];
    v[0] = w * in->stake[0] - in->cost[0][k];
    v[1] = (1 - w) * in->stake[1] - in->cost[1][k];
}

static void concede(const yk_ladder_inputs *in, int k, int m, double v[2])
{
    v[m] = -in->cost[m][k];
    v[1 - m] = in->stake[1 - m] - in->cost[1 - m][k];
}

static bool inputs_ok(const yk_ladder_policy *p, const yk_ladder_inputs *in)
{
    return in->n_rungs >= 2 && in->n_rungs <= p->max_rungs && in->horizon >= 1 &&
           in->horizon <= p->max_horizon && in->jump_max >= 1 && !isnan(in->lambda) &&
           in->lambda >= 0;
}

/* The highest rung at which either side has something: unintended jumps
 * stop there (a ladder's upper rungs may be out of both sides' reach). */
static int top_of(const yk_ladder_inputs *in)
{
    int k;
    for (k = in->n_rungs - 1; k > 0; k--)
        if (in->can[0][k] || in->can[1][k])
            return k;
    return 0;
}

/* The accident rate after side a's move to rung k (none at the top). */
static double rate(const yk_ladder_inputs *in, int a, int k, int top)
{
    return k >= top ? 0 : in->accident[a][k];
}

/* First user after an unintended jump following side a's move lands on
 * rung j: the side that has weapons there (a first, if both have). */
static int used_acc(const yk_ladder_inputs *in, int u, int a, int j)
{
    if (u || !in->nuclear[j])
        return u;
    return in->can[a][j] || !in->can[1 - a][j] ? a + 1 : 2 - a;
}

/* Values at (t, k, m, h, u) reached by side a's move, before the chance of
 * an unintended jump. */
static void after_move(const yk_ladder_policy *p, const yk_ladder_inputs *in, int a,
                       int t, int k, int m, int h, int u, double v[2])
{
    const double *x = &p->v[2 * yk_ld_index(p, t, k, m, h, u)];
    int d, top = p->top;
    double q = rate(in, a, k, top);
    v[0] = (1 - q) * x[0];
    v[1] = (1 - q) * x[1];
    if (q > 0) {
        for (d = 1; d <= in->jump_max; d++) {
            int j = k + d > top ? top : k + d;
            const double *y = &p->v[2 * yk_ld_index(p, t, j, m, 0, used_acc(in, u, a, j))];
            v[0] += q / in->jump_max * y[0];
            v[1] += q / in->jump_max * y[1];
        }
    }
}

/* Logit choice over the open moves (value NaN: closed). */
static void choose(double lambda, const double *val, double *prob)
{
    double best = -INFINITY, sum = 0;
    int i, first = -1;
    for (i = 0; i < YK_LADDER_MOVES; i++)
        if (!isnan(val[i]) && val[i] > best) {
            best = val[i];
            first = i;
        }
    if (isinf(lambda)) {
        for (i = 0; i < YK_LADDER_MOVES; i++)
            prob[i] = i == first;
        return;
    }
    for (i = 0; i < YK_LADDER_MOVES; i++) {
        prob[i] = isnan(val[i]) ? 0 : exp(lambda * (val[i] - best));
        sum += prob[i];
    }
    for (i = 0; i < YK_LADDER_MOVES; i++)
        prob[i] /= sum;
}

/* Each move's values to both sides at a non-terminal state; NaN if closed. */
static void move_values(const yk_ladder_policy *p, const yk_ladder_inputs *in, int t,
                        int k, int m, int h, int u, double mv[YK_LADDER_MOVES][2])
{
    double hold[2], go[2];
    int e = (k * 2 + m) * 3 + u, j = p->target[e];
    concede(in, k, m, mv[YK_LADDER_CONCEDE]);
    if (h)
        settle(p, in, k, hold);
    else
        after_move(p, in, m, t + 1, k, 1 - m, 1, u, hold);
    mv[YK_LADDER_HOLD][0] = hold[0];
    mv[YK_LADDER_HOLD][1] = hold[1];
    if (j < 0) {
        mv[YK_LADDER_ESCALATE][0] = mv[YK_LADDER_ESCALATE][1] = NAN;
        return;
    }
    {
        double c = p->cred[e];
        after_move(p, in, m, t + 1, j, 1 - m, 0, used(in, u, m, j), go);
        mv[YK_LADDER_ESCALATE][0] = c * go[0] + (1 - c) * hold[0];
        mv[YK_LADDER_ESCALATE][1] = c * go[1] + (1 - c) * hold[1];
    }
}

yk_status yk_ladder_solve(yk_ladder_policy *p, const yk_ladder_inputs *in)
{
    int t, k, m, h, u, i;
    if (!inputs_ok(p, in))
        return YK_E_ARG;
    p->n_rungs = in->n_rungs;
    p->horizon = in->horizon;
    p->top = top_of(in);
    /* Rungs never go down, so a state with a first user lies at or above
     * the lowest nuclear rung: the others are never reached. */
    for (p->first_nuclear = 0; p->first_nuclear < in->n_rungs; p->first_nuclear++)
        if (in->nuclear[p->first_nuclear])
            break;
    for (k = 0; k < in->n_rungs; k++) {
        p->win[k] = yk_ladder_win_a(in, k);
        for (m = 0; m < 2; m++)
            for (u = 0; u < 3; u++) {
                int e = (k * 2 + m) * 3 + u, j = escalation_target(in, k, m, u);
                p->target[e] = j;
                p->cred[e] = j < 0 ? 0 : yk_ladder_step_credibility(in, k, j);
            }
    }
    p->n_states = (size_t)(in->horizon + 1) * (size_t)in->n_rungs * 12;
    for (t = in->horizon; t >= 0; t--)
        for (k = 0; k < in->n_rungs; k++)
            for (m = 0; m < 2; m++)
                for (h = 0; h < 2; h++)
                    for (u = 0; u < 3; u++) {
                        size_t s = yk_ld_index(p, t, k, m, h, u);
                        double mv[YK_LADDER_MOVES][2], *pr = &p->prob[s * YK_LADDER_MOVES];
                        double *q = &p->q[s * YK_LADDER_MOVES], *v = &p->v[2 * s];
                        if (u && k < p->first_nuclear)
                            continue;
                        if (t == in->horizon) {
                            settle(p, in, k, v);
                            for (i = 0; i < YK_LADDER_MOVES; i++) {
                                pr[i] = 0;
                                q[i] = NAN;
                            }
                            continue;
                        }
                        move_values(p, in, t, k, m, h, u, mv);
                        for (i = 0; i < YK_LADDER_MOVES; i++)
                            q[i] = mv[i][m];
                        choose(in->lambda, q, pr);
                        v[0] = v[1] = 0;
                        for (i = 0; i < YK_LADDER_MOVES; i++)
                            if (pr[i] > 0) {
                                v[0] += pr[i] * mv[i][0];
                                v[1] += pr[i] * mv[i][1];
                            }
                    }
    return YK_OK;
}

static bool state_ok(const yk_ladder_policy *p, yk_ladder_state s)
{
    return p->n_states && s.step >= 0 && s.step <= p->horizon && s.rung >= 0 &&
           s.rung < p->n_rungs && (s.mover & ~1) == 0 && (s.held & ~1) == 0 &&
           s.first_user >= 0 && s.first_user <= 2 &&
           (!s.first_user || s.rung >= p->first_nuclear);
}

bool yk_ladder_policy_at(const yk_ladder_policy *p, yk_ladder_state s,
                         double prob[YK_LADDER_MOVES], double value[YK_LADDER_MOVES])
{
    size_t i, x;
    if (!state_ok(p, s) || s.step == p->horizon)
        return false;
    x = yk_ld_index(p, s.step, s.rung, s.mover, s.held, s.first_user);
    for (i = 0; i < YK_LADDER_MOVES; i++) {
        if (prob)
            prob[i] = p->prob[x * YK_LADDER_MOVES + i];
        if (value)
            value[i] = p->q[x * YK_LADDER_MOVES + i];
    }
    return true;
}

bool yk_ladder_move_values(const yk_ladder_policy *p, const yk_ladder_inputs *in,
                           yk_ladder_state s, double v[YK_LADDER_MOVES][2])
{
    if (!state_ok(p, s) || s.step == p->horizon)
        return false;
    move_values(p, in, s.step, s.rung, s.mover, s.held, s.first_user, v);
    return true;
}

bool yk_ladder_value_at(const yk_ladder_policy *p, yk_ladder_state s, double v[2])
{
    size_t x;
    if (!state_ok(p, s))
        return false;
    x = yk_ld_index(p, s.step, s.rung, s.mover, s.held, s.first_user);
    v[0] = p->v[2 * x];
    v[1] = p->v[2 * x + 1];
    return true;
}

/* ---- the chain, exactly ---------------------------------------------------- */

size_t yk_ladder_work_size(const yk_ladder_policy *p)
{
    return (size_t)(p->max_horizon + 1) * (size_t)p->max_rungs * 12;
}

/* Mass w ends at rung k after `steps` moves: A prevails with chance wa. */
static void end(const yk_ladder_inputs *in, yk_ladder_outcome *o, double w, int k,
                double wa, int u, int steps)
{
    int s;
    double win[2] = {wa, 1 - wa};
    o->terminal[k] += w;
    if (u)
        o->p_first_use[u - 1] += w;
    o->mean_steps += w * steps;
    for (s = 0; s < 2; s++) {
        o->p_prevail[s] += w * win[s];
        if (in->kind[k] == YK_RUNG_THEATRE_NUCLEAR)
            o->p_prevail_theatre[s] += w * win[s];
        o->cost[s] += w * in->cost[s][k];
        o->value[s] += w * (win[s] * in->stake[s] - in->cost[s][k]);
    }
}

/* Routes mass w through side a's move to (t, k, m, h, u) and its chance of
 * an unintended jump. */
static void route(const yk_ladder_policy *p, const yk_ladder_inputs *in, double *mass,
                  yk_ladder_outcome *o, double w, int a, int t, int k, int m, int h, int u)
{
    int d, top = p->top;
    double q = rate(in, a, k, top);
    mass[yk_ld_index(p, t, k, m, h, u)] += w * (1 - q);
    if (q <= 0)
        return;
    o->jumps += w * q;
    for (d = 1; d <= in->jump_max; d++) {
        int j = k + d > top ? top : k + d;
        mass[yk_ld_index(p, t, j, m, 0, used_acc(in, u, a, j))] += w * q / in->jump_max;
    }
}

void yk_ladder_exact(const yk_ladder_policy *p, const yk_ladder_inputs *in,
                     yk_ladder_state start, double *mass, yk_ladder_outcome *o)
{
    int t, k, m, h, u;
    memset(o, 0, sizeof *o);
    memset(mass, 0, p->n_states * sizeof *mass);
    if (!state_ok(p, start))
        return;
    mass[yk_ld_index(p, start.step, start.rung, start.mover, start.held,
                     start.first_user)] = 1;
    for (t = start.step; t <= in->horizon; t++)
        for (k = 0; k < in->n_rungs; k++)
            for (m = 0; m < 2; m++)
                for (h = 0; h < 2; h++)
                    for (u = 0; u < 3; u++) {
                        size_t s = yk_ld_index(p, t, k, m, h, u);
                        const double *pr = &p->prob[s * YK_LADDER_MOVES];
                        double w = mass[s];
                        if (w <= 0)
                            continue;
                        if (t == in->horizon) {
                            end(in, o, w, k, p->win[k], u, t);
                            continue;
                        }
                        if (pr[YK_LADDER_CONCEDE] > 0)
                            end(in, o, w * pr[YK_LADDER_CONCEDE], k, m == 1, u, t + 1);
                        if (pr[YK_LADDER_HOLD] > 0) {
                            if (h)
                                end(in, o, w * pr[YK_LADDER_HOLD], k, p->win[k], u, t + 1);
                            else
                                route(p, in, mass, o, w * pr[YK_LADDER_HOLD], m, t + 1, k,
                                      1 - m, 1, u);
                        }
                        if (pr[YK_LADDER_ESCALATE] > 0) {
                            int e = (k * 2 + m) * 3 + u, j = p->target[e];
                            double c = p->cred[e];
                            double we = w * pr[YK_LADDER_ESCALATE];
                            route(p, in, mass, o, we * c, m, t + 1, j, 1 - m, 0,
                                  used(in, u, m, j));
                            if (c < 1) {
                                if (h)
                                    end(in, o, we * (1 - c), k, p->win[k], u, t + 1);
                                else
                                    route(p, in, mass, o, we * (1 - c), m, t + 1, k, 1 - m,
                                          1, u);
                            }
                        }
                    }
    o->p_nuclear_use = o->p_first_use[0] + o->p_first_use[1];
}

/* ---- one sampled trajectory ------------------------------------------------- */

/* Side a's move lands on rung *k: maybe an unintended jump. */
static void chance_jump(const yk_ladder_inputs *in, int top, yk_rng *r, int a, int *k,
                        int *u, int *h, yk_ladder_path *o)
{
    double q = rate(in, a, *k, top);
    if (q > 0 && (o->draws++, yk_rng_u01(r) < q)) {
        int j = *k + 1 + (int)yk_rng_below(r, (uint64_t)in->jump_max);
        o->draws++;
        *k = j > top ? top : j;
        *u = used_acc(in, *u, a, *k);
        *h = 0;
        o->jumps++;
    }
}

void yk_ladder_sample(const yk_ladder_policy *p, const yk_ladder_inputs *in,
                      yk_ladder_state start, yk_rng *r, yk_ladder_path *o)
{
    int t = start.step, k = start.rung, m = start.mover, h = start.held;
    int u = start.first_user;
    memset(o, 0, sizeof *o);
    for (;;) {
        const double *pr;
        double x;
        int a;
        if (t >= in->horizon)
            break;
        pr = &p->prob[yk_ld_index(p, t, k, m, h, u) * YK_LADDER_MOVES];
        x = yk_rng_u01(r);
        o->draws++;
        a = x < pr[0] ? YK_LADDER_CONCEDE
                      : x < pr[0] + pr[1] ? YK_LADDER_HOLD : YK_LADDER_ESCALATE;
        if (a == YK_LADDER_ESCALATE && pr[YK_LADDER_ESCALATE] <= 0)
            a = pr[YK_LADDER_HOLD] > 0 ? YK_LADDER_HOLD : YK_LADDER_CONCEDE;
        t++;
        if (a == YK_LADDER_CONCEDE) {
            o->terminal = k;
            o->steps = t;
            o->winner = 1 - m;
            o->first_user = u;
            return;
        }
        if (a == YK_LADDER_ESCALATE) {
            int e = (k * 2 + m) * 3 + u, j = p->target[e];
            double c = p->cred[e];
            if (c >= 1 || (o->draws++, yk_rng_u01(r) < c)) {
                k = j;
                u = used(in, u, m, j);
                h = 0;
                chance_jump(in, p->top, r, m, &k, &u, &h, o);
                m = 1 - m;
                continue;
            }
        }
        if (h) /* both held: fought out at the rung */
            break;
        h = 1;
        chance_jump(in, p->top, r, m, &k, &u, &h, o);
        m = 1 - m;
    }
    o->terminal = k;
    o->steps = t;
    o->winner = yk_rng_u01(r) < p->win[k] ? 0 : 1;
    o->draws++;
    o->first_user = u;
}
