/*
 * load_bench.c - loading time and peak memory of generated worlds with
 * many events or many keys, to show that loading grows linearly.
 *
 * Usage: load_bench [events|keys] [N...] (default: both kinds, 10000 and
 * 100000). "events N": a world of 10 states and N events (half of them
 * with a set: path, years 2000..2039 so the world after the file's year
 * is built too). "keys N": a world whose sources: has N keys, 10 states
 * citing some of them. A file holds at most 100,000 of them (the tree's
 * per-list limit is 200,000): larger N is a chain of files, each
 * extending the previous, which the loader merges (events accumulate,
 * keys merge). The files go to a fresh directory under $TMPDIR (or /tmp)
 * and are removed afterwards. Sizes run in the order given, so the peak
 * resident memory printed after each is that size's peak when they
 * ascend. The time of the load alone is printed as wall-clock and CPU
 * seconds (the per-item figure is CPU).
 */
#define _XOPEN_SOURCE 700

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "yokushi/scenario.h"

#define PER_FILE 100000L
#define N_STATES 10

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU seconds of this process, user and system: on a busy machine they
 * vary less than the wall clock. */
static double cpu_s(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec +
           1e-6 * ((double)ru.ru_utime.tv_usec + (double)ru.ru_stime.tv_usec);
}

static void die(const char *what)
{
    perror(what);
    exit(1);
}

/* The states every generated file's chain starts with. */
static void write_states(FILE *f, int keys)
{
    int i;
    fprintf(f, "year: 2025\nstates:\n");
    for (i = 0; i < N_STATES; i++)
        fprintf(f, "  AA%c: {name: S%d, region: europe, resolve: {value: 0.5%s}}\n",
                'A' + i, i, keys ? ", source: K0000001" : "");
}

/* Part `part` of the chain: items [from, to). */
static void write_part(FILE *f, int keys, int part, long from, long to)
{
    long i;
    fprintf(f, "world: bench-%d\n", part);
    if (part > 0)
        fprintf(f, "extends: part%d.yaml\n", part - 1);
    else
        write_states(f, keys);
    fprintf(f, keys ? "sources:\n" : "events:\n");
    for (i = from; i < to; i++) {
        if (keys)
            fprintf(f, "  K%07ld: \"citation %ld\"\n", i + 1, i + 1);
        else if (i % 2)
            fprintf(f, "  - {year: %ld, event: neglect, actor: AA%c}\n", 2000 + i % 40,
                    (char)('A' + i % N_STATES));
        else
            fprintf(f, "  - {year: %ld, event: change, actor: AA%c, set: {resolve: 0.%03ld}}\n",
                    2000 + i % 40, (char)('A' + i % N_STATES), i % 1000);
    }
}

/* Writes the chain for n items into dir; returns the top file's path. */
static char *generate(const char *dir, int keys, long n, int *parts)
{
    static char top[4096];
    long from = 0;
    int part = 0;
    do {
        long to = from + PER_FILE < n ? from + PER_FILE : n;
        FILE *f;
        snprintf(top, sizeof top, "%s/part%d.yaml", dir, part);
        f = fopen(top, "w");
        if (!f)
            die(top);
        write_part(f, keys, part, from, to);
        if (fclose(f))
            die(top);
        from = to;
        part++;
    } while (from < n);
    *parts = part;
    return top;
}

static void clean(const char *dir, int parts)
{
    char path[4096];
    int i;
    for (i = 0; i < parts; i++) {
        snprintf(path, sizeof path, "%s/part%d.yaml", dir, i);
        remove(path);
    }
}

static int bench(const char *dir, int keys, long n)
{
    yk_load_options opt = {.allow_files = true};
    yk_scenario *s = NULL;
    yk_diag d;
    struct rusage ru;
    int parts;
    const char *top = generate(dir, keys, n, &parts);
    double t0 = now_s(), t, c0, c;
    yk_status st;

    yk_diag_init(&d);
    c0 = cpu_s();
    st = yk_scenario_load(top, &opt, &s, &d);
    t = now_s() - t0;
    c = cpu_s() - c0;
    if (st != YK_OK) {
        char line[1024];
        yk_error_format(&d.items[0], line, sizeof line);
        fprintf(stderr, "load_bench: %s\n", line);
        clean(dir, parts);
        return 1;
    }
    getrusage(RUSAGE_SELF, &ru);
    printf("%-6s %8ld in %2d file%s: load %7.3f s, CPU %7.3f s (%6.2f us each); "
           "peak resident memory %7.1f MiB\n",
           keys ? "keys" : "events", n, parts, parts > 1 ? "s" : " ", t, c,
           1e6 * c / (double)n, (double)ru.ru_maxrss / 1024.0);
    if (!keys && yk_scenario_world(s)->n_events != (size_t)n) {
        fprintf(stderr, "load_bench: %zu events loaded, not %ld\n",
                yk_scenario_world(s)->n_events, n);
        return 1;
    }
    yk_scenario_free(s);
    yk_diag_free(&d);
    clean(dir, parts);
    return 0;
}

int main(int argc, char **argv)
{
    const char *tmp = getenv("TMPDIR");
    char dir[4096];
    int kind, rc = 0, i;
    static const long sizes[] = {10000, 100000};

    snprintf(dir, sizeof dir, "%s/load_bench.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        die("mkdtemp");
    if (argc > 1 && strcmp(argv[1], "events") && strcmp(argv[1], "keys")) {
        fprintf(stderr, "usage: load_bench [events|keys] [N...]\n");
        return 2;
    }
    for (kind = 0; kind < 2 && !rc; kind++) {
        if (argc > 1 && strcmp(argv[1], kind ? "keys" : "events"))
            continue;
        if (argc > 2) {
            for (i = 2; i < argc && !rc; i++)
                rc = bench(dir, kind, strtol(argv[i], NULL, 10));
        } else {
            for (i = 0; i < 2 && !rc; i++)
                rc = bench(dir, kind, sizes[i]);
        }
    }
    rmdir(dir);
    return rc;
}
