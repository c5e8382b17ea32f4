/*
 * game_bench.c - the escalation family E(K) (tests/unit/support/
 * escalation.c) for K = 5 ... 640: writes each game as EFG 2 R, reads it
 * back (as `yokushi solve` would), and times each solver on it. Prints K,
 * nodes, the method, seconds, nodes per second and the result's largest
 * gain from deviating (so what was timed is seen to be an equilibrium).
 *
 * Usage: game_bench [--write DIR] [--max-k K] [--methods lcp,logit,enumpure]
 * With --write the .efg files stay in DIR (to time other tools on the same
 * files); otherwise they go to a temporary file that is removed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "escalation.h"
#include "yokushi/game.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* E(K) through a file, as a user of the CLI gets it. */
static yk_game *through_file(int K, const char *dir)
{
    char path[1024];
    yk_game *g = escalation_game(K), *back = NULL;
    yk_error err;
    FILE *f;

    if (!g)
        return NULL;
    if (dir)
        snprintf(path, sizeof path, "%s/escalation-%d.efg", dir, K);
    else
        snprintf(path, sizeof path, "/tmp/yk-escalation-%d-%ld.efg", K, (long)getpid());
    f = fopen(path, "w");
    if (!f || yk_game_write(g, f) != YK_OK) {
        if (f)
            fclose(f);
        yk_game_free(g);
        return NULL;
    }
    fclose(f);
    yk_game_free(g);
    if (yk_game_read_file(path, &back, &err) != YK_OK) {
        fprintf(stderr, "%s:%d:%d: %s\n", path, err.line, err.col, err.message);
        back = NULL;
    }
    if (!dir)
        remove(path);
    return back;
}

/* enumpure's reduced form grows as (K/2+1)^3 profiles: past K = 160 it is
 * the method, not the code, that is slow. */
static int worth_timing(yk_solve_method m, int K)
{
    return m != YK_SOLVE_ENUMPURE || K <= 160;
}

int main(int argc, char **argv)
{
    static const int ks[] = {5, 10, 20, 40, 80, 160, 320, 640};
    const char *dir = NULL, *methods = "lcp,logit,enumpure";
    int max_k = 640, i, m;

    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--write") && i + 1 < argc)
            dir = argv[++i];
        else if (!strcmp(argv[i], "--max-k") && i + 1 < argc)
            max_k = (int)strtol(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--methods") && i + 1 < argc)
            methods = argv[++i];
        else {
            fprintf(stderr, "usage: game_bench [--write DIR] [--max-k K] [--methods LIST]\n");
            return 2;
        }
    }
    printf("%5s %7s %-9s %10s %12s %10s\n", "K", "nodes", "method", "seconds", "nodes/s",
           "max gain");
    for (i = 0; i < (int)(sizeof ks / sizeof ks[0]) && ks[i] <= max_k; i++) {
        double t0 = now_s(), t_read;
        yk_game *g = through_file(ks[i], dir);
        if (!g) {
            fprintf(stderr, "E(%d): could not write or read the game\n", ks[i]);
            return 1;
        }
        t_read = now_s() - t0;
        printf("%5d %7d %-9s %10.4f %12.0f %10s\n", ks[i], g->n_nodes, "write+read", t_read,
               g->n_nodes / t_read, "");
        for (m = YK_SOLVE_ENUMPURE; m <= YK_SOLVE_LOGIT; m++) {
            yk_solve_options o = yk_solve_defaults();
            yk_solution sol;
            yk_error err;
            yk_status st;
            double gain[2], t, worst = 0.0;
            int k;
            if (!strstr(methods, yk_solve_method_name((yk_solve_method)m)) ||
                !worth_timing((yk_solve_method)m, ks[i]))
                continue;
            o.end_only = 1;
            t0 = now_s();
            st = m == YK_SOLVE_ENUMPURE ? yk_solve_enumpure(g, &o, &sol, &err)
                 : m == YK_SOLVE_LCP    ? yk_solve_lcp(g, &o, &sol, &err)
                                        : yk_solve_logit(g, &o, &sol, &err);
            t = now_s() - t0;
            if (st != YK_OK) {
                printf("%5d %7d %-9s failed: %s\n", ks[i], g->n_nodes,
                       yk_solve_method_name((yk_solve_method)m), err.message);
                yk_solution_free(&sol);
                continue;
            }
            for (k = 0; k < sol.count; k++) {
                double r = yk_game_regret(g, yk_solution_profile(&sol, k), gain);
                if (r > worst)
                    worst = r;
            }
            printf("%5d %7d %-9s %10.4f %12.0f %10.2e\n", ks[i], g->n_nodes,
                   yk_solve_method_name((yk_solve_method)m), t, g->n_nodes / t, worst);
            fflush(stdout);
            yk_solution_free(&sol);
        }
        yk_game_free(g);
    }
    return 0;
}
