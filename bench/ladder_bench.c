/*
 * ladder_bench.c - the ladder engine's speed (MODEL.md section 8: at least
 * half of the machine's ceiling for the same random draws per trajectory;
 * peak memory independent of the replicates).
 *
 *   trajectories  sampled from the policy solved for taiwan-2035 at the
 *                 means, each on its own Philox stream (as a run opens
 *                 one per replicate), through the Monte Carlo driver on 1
 *                 and 2 threads; beside them the ceiling: opening a stream
 *                 per trajectory and drawing the same number of uniforms
 *                 a trajectory used on average, and nothing else;
 *   draws         yk_ladder_run on taiwan-2035 (per draw: the world's
 *                 parameters and coefficients drawn, the game solved by
 *                 backward induction, its chain run exactly), 1 and 2
 *                 threads.
 * Usage: ladder_bench [TRAJECTORIES [DRAWS]] (default 2e7 and 4000). The
 * peak resident memory is printed last: run with two DRAWS a hundred times
 * apart to see it stay flat.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "yokushi/ladder.h"
#include "yokushi/mc.h"
#include "yokushi/rng.h"
#include "yokushi/scenario.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct ctx {
    const yk_ladder_policy *p;
    const yk_ladder_inputs *in;
} ctx;

/* Padded to two cache lines: the driver's slots lie side by side, and
 * two threads counting into one line would share it falsely. */
typedef struct slot {
    uint64_t draws, nuclear;
    char pad[112];
} slot;

static void begin(void *c, void *s)
{
    (void)c;
    memset(s, 0, sizeof(slot));
}

static void one(void *c, void *s, uint64_t rep)
{
    const ctx *cx = c;
    slot *sl = s;
    yk_ladder_path path;
    yk_rng r;
    yk_rng_init(&r, 1, YK_STREAM_LADDER, rep, 1);
    yk_ladder_sample(cx->p, cx->in, yk_ladder_start(), &r, &path);
    sl->draws += (uint64_t)path.draws;
    sl->nuclear += path.first_user != 0;
}

static slot total;

static void merge(void *c, const void *s)
{
    const slot *sl = s;
    (void)c;
    total.draws += sl->draws;
    total.nuclear += sl->nuclear;
}

static const yk_mc_ops ops = {
    .block = 4096, .slot_size = sizeof(slot), .block_begin = begin, .replicate = one,
    .merge = merge};

/* Trajectories per second on `threads`; *per: mean draws per trajectory. */
static double trajectories(ctx *cx, int64_t n, int threads, double *per)
{
    yk_mc_options o;
    double t0;
    memset(&o, 0, sizeof o);
    memset(&total, 0, sizeof total);
    o.replicates = n;
    o.threads = threads;
    t0 = now_s();
    if (yk_mc_run(&ops, cx, &o))
        return NAN;
    *per = (double)total.draws / (double)n;
    return (double)n / (now_s() - t0);
}

/* The ceiling: a stream opened per trajectory and `per` uniforms drawn. */
static double ceiling(int64_t n, double per)
{
    double acc = 0, t0 = now_s(), carry = 0;
    int64_t i;
    for (i = 0; i < n; i++) {
        yk_rng r;
        int k, m;
        carry += per;
        m = (int)carry;
        carry -= m;
        yk_rng_init(&r, 1, YK_STREAM_LADDER, (uint64_t)i, 1);
        for (k = 0; k < m; k++)
            acc += yk_rng_u01(&r);
    }
    {
        volatile double sink = acc;
        (void)sink;
    }
    return (double)n / (now_s() - t0);
}

static double draws_per_s(const yk_scenario *s, int64_t n, int threads)
{
    yk_ladder_options o;
    yk_ladder_result *r = NULL;
    yk_error err;
    double t0;
    memset(&o, 0, sizeof o);
    o.seed = 2035;
    o.replicates = n;
    o.threads = threads;
    t0 = now_s();
    if (yk_ladder_run(s, &o, &r, &err)) {
        fprintf(stderr, "ladder_bench: %s\n", err.message);
        return NAN;
    }
    t0 = now_s() - t0;
    yk_ladder_result_free(r);
    return (double)n / t0;
}

/* Seconds per filled draw of the dyad: with the exchange run on each call
 * (yk_ladder_inputs_fill, what a per-draw exchange would cost) or with the
 * strategic capabilities given (yk_ladder_inputs_fill_with, what a run
 * does after computing them once per crisis). */
static double fill_s(const yk_world *w, const yk_ladder_dyad *dy, const double *sc, int n)
{
    yk_ladder_inputs in;
    yk_rng r;
    double t0 = now_s();
    int i;
    for (i = 0; i < n; i++) {
        yk_rng_init(&r, 2035, YK_STREAM_TEST, (uint64_t)i, 0);
        if (sc ? yk_ladder_inputs_fill_with(w, dy, NULL, &r, sc, &in, NULL)
               : yk_ladder_inputs_fill(w, dy, NULL, &r, &in, NULL))
            return NAN;
    }
    return (now_s() - t0) / n;
}

int main(int argc, char **argv)
{
    int64_t nt = argc > 1 ? strtoll(argv[1], NULL, 10) : 20000000;
    int64_t nd = argc > 2 ? strtoll(argv[2], NULL, 10) : 4000;
    yk_scenario *s = NULL;
    yk_diag d;
    const yk_world *w;
    yk_ladder_dyad dy;
    yk_ladder_inputs in;
    yk_ladder_policy *p;
    ctx cx;
    struct rusage ru;
    double per = 0, t1, t2, ceil1;
    yk_error err;

    yk_diag_init(&d);
    if (yk_scenario_load("taiwan-2035", NULL, &s, &d))
        return 1;
    yk_diag_free(&d);
    w = yk_scenario_world(s);
    dy.aggressor = w->crises[0].aggressor;
    dy.target = w->crises[0].target;
    dy.patron = w->crises[0].patron;
    dy.theatre = w->crises[0].theatre;
    dy.stake_a = dy.stake_d = NAN;
    dy.crisis = &w->crises[0];
    if (yk_ladder_inputs_fill(w, &dy, NULL, NULL, &in, &err))
        return 1;
    p = yk_ladder_policy_new(in.n_rungs, in.horizon);
    if (!p || yk_ladder_solve(p, &in))
        return 1;
    cx.p = p;
    cx.in = &in;
    t1 = trajectories(&cx, nt, 1, &per);
    t2 = trajectories(&cx, nt, 2, &per);
    ceil1 = ceiling(nt, per);
    printf("trajectories (taiwan-2035 at the means, %.2f uniforms each, %lld): "
           "1 thread %.2f M/s, 2 threads %.2f M/s; ceiling for the same draws on 1 thread "
           "%.2f M/s (1 thread at %.0f%% of it)\n",
           per, (long long)nt, t1 * 1e-6, t2 * 1e-6, ceil1 * 1e-6, 100 * t1 / ceil1);
    printf("parameter draws (game solved per draw, %lld): 1 thread %.0f/s, 2 threads %.0f/s\n",
           (long long)nd, draws_per_s(s, nd, 1), draws_per_s(s, nd, 2));
    {
        double sc[2];
        if (yk_ladder_strategic_capabilities(w, &dy, NULL, sc, &err))
            return 1;
        printf("inputs of one draw: %.1f us with rungs 8-9 given, %.1f us with the exchange "
               "run per call (two exchanges)\n",
               fill_s(w, &dy, sc, 2000) * 1e6, fill_s(w, &dy, NULL, 200) * 1e6);
    }
    getrusage(RUSAGE_SELF, &ru);
    printf("peak resident memory: %ld KiB\n", ru.ru_maxrss);
    yk_ladder_policy_free(p);
    yk_scenario_free(s);
    return 0;
}
