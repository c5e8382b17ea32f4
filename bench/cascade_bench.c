/*
 * cascade_bench.c - the cascade engine on a generated world of 200
 * states (20 nuclear-armed, 5 of them patrons of 60 alliances, 400
 * rivalries, arsenal growth and policy events on the time line) over 30
 * years, with 1 and 2 threads (MODEL.md section 8: 10,000 replicates in
 * under 2 s on 2 threads; peak memory independent of the replicates).
 * Usage: cascade_bench [REPLICATES] (default 10000). Prints seconds per
 * run, state-years per second and the peak resident memory; run it with
 * 1000 and 10000 to see the memory stay flat.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "gentext.h"
#include "yokushi/cascade.h"
#include "yokushi/rng.h"
#include "yokushi/scenario.h"

#define N_STATES 200
#define N_NUCLEAR 20
#define N_PATRONS 5
#define YEARS 30

static void state_id(int i, char id[4])
{
    id[0] = (char)('A' + i / 676);
    id[1] = (char)('A' + i / 26 % 26);
    id[2] = (char)('A' + i % 26);
    id[3] = '\0';
}

/* The generated world, as a scenario file. */
static char *generate(void)
{
    static const char *const kinds[] = {"treaty", "umbrella", "nuclear_sharing", "consultation"};
    gentext t = {NULL, 0, 0};
    yk_rng g;
    int i, y;
    char a[4], b[4];
    yk_rng_init(&g, 2385, YK_STREAM_TEST, 0, 0);
    gentext_put(&t, "world: bench-200\nyear: 2025\nseed: 1\nstates:\n");
    for (i = 0; i < N_STATES; i++) {
        state_id(i, a);
        gentext_put(&t, "  %s:\n    name: S%d\n    region: %s\n", a, i,
            (const char *[]){"europe", "east_asia", "middle_east", "south_asia",
                             "africa", "latin_america"}[i % 6]);
        if (i < N_NUCLEAR) {
            gentext_put(&t, "    npt: %s\n    nuclear:\n      forces:\n", i < 5 ? "nws" : "outside");
            gentext_put(&t, "        - {name: icbm, type: icbm_silo, launchers: %d}\n",
                50 + (int)(350 * yk_rng_u01(&g)));
            gentext_put(&t, "        - {name: tm, type: theatre_missile, launchers: %d}\n",
                20 + (int)(180 * yk_rng_u01(&g)));
        } else {
            double s = 0.6 * yk_rng_u01(&g);
            gentext_put(&t, "    public_support_nuclear: {uniform: [%.3f, %.3f]}\n", s, s + 0.2);
            gentext_put(&t, "    latency: {breakout_months: {triangular: [6, %d, 240]}}\n",
                12 + (int)(100 * yk_rng_u01(&g)));
        }
    }
    gentext_put(&t, "alliances:\n");
    for (i = N_NUCLEAR; i < N_STATES; i += 3) {
        state_id(i % N_PATRONS, a);
        state_id(i, b);
        gentext_put(&t, "  %s-%s: {kind: %s, commitment: {uniform: [0.5, 0.95]}, "
                "forward_forces: {uniform: [0, 0.8]}, consultation: {uniform: [0, 0.8]}, "
                "credibility: {uniform: [0.3, 0.9]}}\n",
            a, b, kinds[i % 4]);
    }
    gentext_put(&t, "rivalries:\n");
    for (i = 0; i < N_STATES; i++) {
        int step;
        for (step = 1; step <= 2; step++) {
            int j = (i + (step == 1 ? 1 : 7)) % N_STATES;
            int lo = i < j ? i : j, hi = i < j ? j : i;
            state_id(lo, a);
            state_id(hi, b);
            gentext_put(&t, "  %s-%s: {intensity: {uniform: [0.2, 0.8]}}\n", a, b);
        }
    }
    gentext_put(&t, "events:\n");
    for (y = 2030; y < 2025 + YEARS; y += 5)
        for (i = 0; i < N_NUCLEAR; i += 2) {
            state_id(i, a);
            gentext_put(&t, "  - {year: %d, event: change, actor: %s, set: {nuclear.forces.tm.launchers: %d}}\n",
                y, a, 200 + 10 * (y - 2025));
        }
    for (y = 2026; y < 2025 + YEARS; y += 3) {
        state_id(y % N_PATRONS, a);
        gentext_put(&t, "  - {year: %d, event: %s, actor: %s}\n", y, y % 2 ? "neglect" : "reassurance", a);
    }
    gentext_put(&t, "run: {replicates: 10000, years: [2025, %d]}\n", 2025 + YEARS - 1);
    return t.s;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static yk_cascade_result *run(const yk_scenario *s, int threads, int64_t reps, double *secs)
{
    yk_cascade_options o;
    yk_cascade_result *r = NULL;
    yk_error err;
    double t0;
    memset(&o, 0, sizeof o);
    o.seed = 1;
    o.threads = threads;
    o.replicates = reps;
    t0 = now_s();
    if (yk_cascade_run(s, &o, &r, &err) != YK_OK) {
        fprintf(stderr, "cascade_bench: %s\n", err.message);
        exit(1);
    }
    *secs = now_s() - t0;
    return r;
}

int main(int argc, char **argv)
{
    int64_t reps = argc > 1 ? strtoll(argv[1], NULL, 10) : 10000;
    char *yaml = generate();
    yk_scenario *s = NULL;
    yk_diag d;
    yk_cascade_result *r1, *r2;
    double t1, t2, t0, best1 = 1e9, best2 = 1e9;
    struct rusage ru;
    int k;
    yk_load_options opt = {.allow_files = false};
    opt.coefficients = yk_cascade_coef_specs();
    opt.n_coefficients = YK_CC_COUNT;

    if (reps < 1) {
        fprintf(stderr, "usage: cascade_bench [REPLICATES]\n");
        return 2;
    }
    yk_diag_init(&d);
    t0 = now_s();
    if (yk_scenario_load_buffer("bench.yaml", yaml, strlen(yaml), &opt, &s, &d) != YK_OK) {
        char line[1024];
        yk_error_format(&d.items[0], line, sizeof line);
        fprintf(stderr, "cascade_bench: %s\n", line);
        return 1;
    }
    printf("generated world: %zu states, %zu alliances, %zu rivalries, %d years; load %.3f s\n",
           yk_scenario_world(s)->n_states, yk_scenario_world(s)->n_alliances,
           yk_scenario_world(s)->n_rivalries, YEARS, now_s() - t0);
    /* Best of three, after a first run that warms the caches. */
    for (k = 0; k < 3; k++) {
        r1 = run(s, 1, reps, &t1);
        r2 = run(s, 2, reps, &t2);
        if (t1 < best1)
            best1 = t1;
        if (t2 < best2)
            best2 = t2;
        if (memcmp(&(yk_cascade_estimate[1]){yk_cascade_expected_nuclear(r1, YEARS - 1)},
                   &(yk_cascade_estimate[1]){yk_cascade_expected_nuclear(r2, YEARS - 1)},
                   sizeof(yk_cascade_estimate))) {
            fprintf(stderr, "cascade_bench: 1 and 2 threads differ\n");
            return 1;
        }
        if (k < 2) {
            yk_cascade_result_free(r1);
            yk_cascade_result_free(r2);
        }
    }
    getrusage(RUSAGE_SELF, &ru);
    printf("%lld replicates x %d states x %d years (run incl. setup of the 30 yearly worlds):\n",
           (long long)reps, N_STATES, YEARS);
    printf("  1 thread : %.3f s (%.1f M state-years/s)\n", best1,
           (double)reps * N_STATES * YEARS / best1 * 1e-6);
    printf("  2 threads: %.3f s (%.1f M state-years/s), identical results\n", best2,
           (double)reps * N_STATES * YEARS / best2 * 1e-6);
    printf("  expected nuclear-armed states in %d: %.3f; peak resident memory %.1f MiB\n",
           2025 + YEARS - 1, yk_cascade_expected_nuclear(r2, YEARS - 1).mean,
           (double)ru.ru_maxrss / 1024.0);
    yk_cascade_result_free(r1);
    yk_cascade_result_free(r2);
    yk_scenario_free(s);
    free(yaml);
    return 0;
}
