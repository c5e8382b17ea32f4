/*
 * crisis_bench.c - solved crisis games per second with every parameter
 * uncertain (issue 5: goal >= 1,000,000 per second on 2 threads). Each
 * built-in scenario below is loaded with every crisis coefficient drawn
 * uniformly over its plausible range (on top of the world's own
 * distributions: stakes, powers, resolve, forces, the alliance), and the
 * Monte Carlo (yk_crisis_run_sampler) runs with 1 and 2 threads, best of
 * three. A replicate draws its inputs, builds the model and solves the
 * PBE; with a nuclear T it solves again without the bomb, so it counts
 * two games. The ceiling beside it is the same draws alone (the inputs
 * of every replicate, from their Philox streams, on one thread): the
 * solver cannot beat the sampling it needs.
 * Usage: crisis_bench [REPLICATES] (default 2000000).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crisis_inputs.h"
#include "yokushi/crisis.h"
#include "yokushi/scenario.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* `base` with every crisis coefficient uncertain (crisis_inputs.h). */
static yk_scenario *load_uncertain(const char *base)
{
    yk_error err;
    yk_scenario *s = crisis_load_uncertain(base, &err);
    if (!s) {
        char line[1024];
        yk_error_format(&err, line, sizeof line);
        fprintf(stderr, "cannot load %s: %s\n", base, line);
        exit(1);
    }
    return s;
}

/* Best of three runs of the Monte Carlo; its numbers in *out. */
static double time_run(const yk_crisis_sampler *sm, int64_t reps, int threads,
                       yk_crisis_numbers *out)
{
    yk_crisis_options o;
    yk_crisis_numbers without;
    double best = 1e300;
    int k;
    memset(&o, 0, sizeof o);
    o.replicates = reps;
    o.seed = 5;
    o.threads = threads;
    for (k = 0; k < 3; k++) {
        double t0 = now();
        if (yk_crisis_run_sampler(sm, &o, out, &without, NULL) != YK_OK) {
            fprintf(stderr, "the run failed\n");
            exit(1);
        }
        t0 = now() - t0;
        best = t0 < best ? t0 : best;
    }
    return best;
}

/* The draws alone on one thread, best of three. */
static double time_draws(const yk_crisis_sampler *sm, int64_t reps)
{
    double best = 1e300, sink = 0;
    int k;
    for (k = 0; k < 3; k++) {
        double t0 = now();
        int64_t r;
        for (r = 0; r < reps; r++) {
            yk_crisis_inputs in;
            yk_crisis_sampler_draw(sm, 5, (uint64_t)r, &in);
            sink += in.kappa;
        }
        t0 = now() - t0;
        best = t0 < best ? t0 : best;
    }
    if (sink < 0)
        printf("%g\n", sink);
    return best;
}

int main(int argc, char **argv)
{
    static const char *const names[] = {"ukraine-nuclear", "taiwan-2035"};
    int64_t reps = argc > 1 ? atoll(argv[1]) : 2000000;
    size_t i;
    if (reps < 1) {
        fprintf(stderr, "usage: crisis_bench [REPLICATES]\n");
        return 2;
    }
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        yk_scenario *s = load_uncertain(names[i]);
        yk_crisis_sampler *sm;
        yk_crisis_numbers n1, n2;
        yk_crisis_model m;
        yk_error err;
        double t1, t2, td;
        int games;
        if (yk_crisis_sampler_new(s, 0, &sm, &err) != YK_OK) {
            fprintf(stderr, "no crisis in %s\n", names[i]);
            return 1;
        }
        yk_crisis_model_init(&m, yk_crisis_sampler_mean(sm));
        games = m.t_nuclear ? 2 : 1;
        t1 = time_run(sm, reps, 1, &n1);
        t2 = time_run(sm, reps, 2, &n2);
        td = time_draws(sm, reps);
        printf("%s, every parameter uncertain: %lld replicates x %d game%s\n", names[i],
               (long long)reps, games, games > 1 ? "s (with and without T's bomb)" : "");
        printf("  1 thread : %.3f s, %.2f M games/s\n", t1, 1e-6 * (double)(reps * games) / t1);
        printf("  2 threads: %.3f s, %.2f M games/s (%.2fx), %s results\n", t2,
               1e-6 * (double)(reps * games) / t2, t1 / t2,
               memcmp(&n1, &n2, sizeof n1) ? "DIFFERENT" : "identical");
        printf("  ceiling: the draws alone, 1 thread: %.3f s, %.2f M replicates/s\n", td,
               1e-6 * (double)reps / td);
        printf("  P(attack) %.4f, P(defend|attack) %.4f\n", n1.p_attack.mean,
               n1.p_defend_given_attack.mean);
        yk_crisis_sampler_free(sm);
        yk_scenario_free(s);
    }
    return 0;
}
