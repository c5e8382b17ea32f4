/*
 * exchange_bench.c - full exchange evaluations per second on the 2035
 * three-body world (USA, RUS, CHN; issue 15: goal >= 20,000 evaluations
 * per second on 2 threads). One evaluation is one replicate-year: every
 * side's forces drawn, the 6 ordered first strikes (allocation included)
 * with their replies, the 3 stability indices and the 6 three-body
 * residuals. Prints evaluations per second of whole runs (the Monte
 * Carlo driver, its merge and statistics included) with 1 and 2 threads,
 * and the allocation's share of one thread's time (the evaluations
 * timed with and without the allocation). Usage: exchange_bench
 * [REPLICATES] (default 20000).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "models/exchange/exchange_int.h"
#include "yokushi/scenario.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static double cpu(void)
{
    return (double)clock() / CLOCKS_PER_SEC;
}

/* Wall seconds of one run; *cpu_s gets the CPU seconds of all threads
 * (on a shared machine the wall time of 2 threads depends on the load). */
static double whole_run(const yk_scenario *s, int64_t reps, int threads, double *cpu_s)
{
    yk_exchange_options o;
    yk_exchange_result *r = NULL;
    yk_error err;
    double t;
    memset(&o, 0, sizeof o);
    o.replicates = reps;
    o.threads = threads;
    o.seed = 1;
    o.year_from = o.year_to = 2035;
    *cpu_s = cpu();
    t = now();
    if (yk_exchange_run(s, &o, &r, &err)) {
        fprintf(stderr, "exchange_bench: %s\n", err.message);
        exit(1);
    }
    t = now() - t;
    *cpu_s = cpu() - *cpu_s;
    yk_exchange_result_free(r);
    return t;
}

int main(int argc, char **argv)
{
    int64_t reps = argc > 1 ? atoll(argv[1]) : 20000;
    yk_scenario *s = NULL;
    yk_diag d;
    xc_model m;
    xc_work w;
    yk_exchange_options o;
    yk_error err;
    double t1, t2, c1, c2, te, ta = 0, v[4096];
    int64_t i, n_alloc = 0;

    yk_diag_init(&d);
    if (yk_scenario_load("three-body-2035", NULL, &s, &d)) {
        fprintf(stderr, "exchange_bench: cannot load three-body-2035\n");
        return 1;
    }
    t1 = whole_run(s, reps, 1, &c1);
    t2 = whole_run(s, reps, 2, &c2);
    printf("three-body-2035, %lld evaluations (replicate-years, 6 strikes each)\n",
           (long long)reps);
    printf("1 thread : %.3f s wall, %.0f evaluations/s; %.3f CPU s, %.0f per CPU second\n", t1,
           (double)reps / t1, c1, (double)reps / c1);
    printf("2 threads: %.3f s wall, %.0f evaluations/s; %.3f CPU s, %.0f per CPU second\n", t2,
           (double)reps / t2, c2, (double)reps / c2);

    /* the allocation's share: evaluations alone, then the same strikes'
     * allocations alone, timed on one thread */
    memset(&o, 0, sizeof o);
    o.seed = 1;
    o.year_from = o.year_to = 2035;
    if (yk_xc_model_prepare(s, &o, &m, &err) || yk_xc_work_init(&w, &m) ||
        yk_xc_values_per_year(m.n_sides) > sizeof v / sizeof v[0]) {
        fprintf(stderr, "exchange_bench: setup failed\n");
        return 1;
    }
    te = now();
    for (i = 0; i < reps; i++) {
        yk_xc_coefficients(&m, (uint64_t)i, w.coef);
        yk_xc_evaluate(&m, 0, (uint64_t)i, &w, v);
    }
    te = now() - te;
    /* each strike again, untimed, then its allocation alone, timed */
    for (i = 0; i < reps; i++) {
        const xc_year *yr = &m.years[0];
        const xc_fdraw *dr[XC_MAX_SIDES];
        size_t a, b, k;
        yk_xc_coefficients(&m, (uint64_t)i, w.coef);
        for (k = 0; k < m.n_sides; k++) {
            yk_rng g;
            yk_rng_init(&g, m.seed, YK_STREAM_EXCHANGE, (uint64_t)i, 1 + yr->sides[k].state);
            yk_xc_draw_side(&yr->sides[k], w.coef, &g, false, w.draws[k]);
            dr[k] = w.draws[k];
        }
        for (a = 0; a < m.n_sides; a++)
            for (b = 0; b < m.n_sides; b++) {
                xc_strike_out out;
                xc_strike_work *sw = &w.strike;
                double t0;
                if (a == b)
                    continue;
                yk_xc_strike(yr->sides, m.n_sides, dr, a, b, w.coef, sw, &out);
                t0 = now();
                yk_xc_allocate_best(sw->last_nc, sw->count, sw->value, sw->last_nw, sw->order,
                                    sw->cf, sw->p, (int)w.coef[YK_XC_MAX_SHOTS], &sw->alloc,
                                    sw->surv, sw->shots, sw->unused);
                ta += now() - t0;
                n_alloc++;
            }
    }
    printf("evaluations alone (1 thread): %.0f/s; allocation %.1f%% of their time "
           "(%lld allocations, %.2f us each)\n", (double)reps / te, 100.0 * ta / te,
           (long long)n_alloc, 1e6 * ta / (double)n_alloc);
    yk_xc_work_free(&w);
    yk_xc_model_free(&m);
    yk_scenario_free(s);
    yk_diag_free(&d);
    return 0;
}
