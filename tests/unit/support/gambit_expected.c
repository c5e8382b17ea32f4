/*
 * gambit_expected.c - see gambit_expected.h.
 */
#include "gambit_expected.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *data_dir(void)
{
    const char *d = getenv("YK_TEST_DATA");
    return d ? d : "tests/data";
}

static double parse_number(const char *s, char **end)
{
    double v = strtod(s, end);
    if (**end == '/') {
        char *e2;
        double q = strtod(*end + 1, &e2);
        if (e2 != *end + 1 && q != 0.0) {
            v /= q;
            *end = e2;
        }
    }
    return v;
}

int gx_read(const char *game, const char *method, gx_profiles *out)
{
    char path[1024], line[65536];
    FILE *f;
    int cap = 0;

    memset(out, 0, sizeof *out);
    out->size = 0;
    snprintf(path, sizeof path, "%s/gambit/expected/%s.%s.out", data_dir(), game, method);
    f = fopen(path, "r");
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f)) {
        double vals[4096];
        int n = 0;
        char *s;
        if (strncmp(line, "NE,", 3) != 0)
            continue;
        s = line + 3;
        while (*s && *s != '\n' && n < 4096) {
            char *e;
            vals[n++] = parse_number(s, &e);
            if (e == s)
                break;
            s = e;
            if (*s == ',')
                s++;
        }
        if (out->count == 0)
            out->size = n;
        else if (out->size != n)
            out->size = -1;
        if (out->size < 0)
            break;
        if (out->count == cap) {
            double *p;
            cap = cap ? cap * 2 : 16;
            p = realloc(out->prob, sizeof(double) * (size_t)cap * (size_t)n);
            if (!p)
                break;
            out->prob = p;
        }
        memcpy(out->prob + (size_t)out->count * n, vals, sizeof(double) * (size_t)n);
        out->count++;
    }
    fclose(f);
    return out->size < 0 ? -1 : 0;
}

void gx_free(gx_profiles *p)
{
    free(p->prob);
    memset(p, 0, sizeof *p);
}

/* Splits one manifest row (game,file,players,format,perfect_information,
 * method,command,count,seconds,exit) in place; 0 when it has 10 fields. */
static int manifest_fields(char *line, char *field[10])
{
    int n = 0;
    char *s = line;
    field[n++] = s;
    while (*s && n < 10) {
        if (*s == ',') {
            *s = 0;
            field[n++] = s + 1;
        }
        s++;
    }
    return n == 10 ? 0 : -1;
}

static FILE *open_manifest(void)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/gambit/manifest.csv", data_dir());
    return fopen(path, "r");
}

int gx_manifest_exit(const char *game, const char *method, int *equilibria)
{
    char line[4096], *field[10];
    FILE *f = open_manifest();
    int rc = -1;

    if (!f)
        return -1;
    while (fgets(line, sizeof line, f)) {
        if (manifest_fields(line, field) || strcmp(field[0], game) != 0 ||
            strcmp(field[5], method) != 0)
            continue;
        if (equilibria)
            *equilibria = (int)strtol(field[7], NULL, 10);
        rc = (int)strtol(field[9], NULL, 10);
        break;
    }
    fclose(f);
    return rc;
}

int gx_finished_runs(const char *method, char (*names)[128], int max)
{
    char line[4096], *field[10];
    FILE *f = open_manifest();
    int n = 0;

    if (!f)
        return 0;
    while (n < max && fgets(line, sizeof line, f)) {
        if (manifest_fields(line, field) || strcmp(field[5], method) != 0 ||
            strtol(field[9], NULL, 10) != 0 || strlen(field[0]) >= 128)
            continue;
        memcpy(names[n++], field[0], strlen(field[0]) + 1);
    }
    fclose(f);
    return n;
}

yk_game *gx_game(const char *game)
{
    char path[1024];
    yk_game *g = NULL;
    yk_error err;

    snprintf(path, sizeof path, "%s/gambit/games/%s", data_dir(), game);
    if (yk_game_read_file(path, &g, &err) != YK_OK) {
        char buf[1024];
        yk_error_format(&err, buf, sizeof buf);
        fprintf(stderr, "%s\n", buf);
        return NULL;
    }
    return g;
}

double gx_distance(const yk_game *g, const double *ours, const double *theirs, int size)
{
    double d = 0.0;
    int i, first = g ? 0 : 0;
    (void)first;
    for (i = 0; i < size; i++) {
        double e = fabs(ours[i] - theirs[i]);
        if (e > d || e != e)
            d = e != e ? HUGE_VAL : e;
    }
    return d;
}

/* Gambit's lines start at the first player entry of a tree profile. */
static const double *printed(const yk_game *g, const yk_solution *s, int i, int *size)
{
    int first = s->strategic ? 0 : yk_game_profile_first(g);
    *size = s->size - first;
    return yk_solution_profile(s, i) + first;
}

int gx_contains(const yk_game *g, const double *p, const gx_profiles *theirs, double tol)
{
    int j;
    for (j = 0; j < theirs->count; j++)
        if (gx_distance(g, p, theirs->prob + (size_t)j * theirs->size, theirs->size) <= tol)
            return 1;
    return 0;
}

int gx_same_set(const yk_game *g, const yk_solution *ours, const gx_profiles *theirs,
                double tol, char *why, int why_size)
{
    int i, j, size = 0;

    if (ours->count > 0) {
        printed(g, ours, 0, &size);
        if (size != theirs->size && theirs->count > 0) {
            snprintf(why, (size_t)why_size, "profile sizes differ: ours %d, Gambit's %d", size,
                     theirs->size);
            return 0;
        }
    }
    for (i = 0; i < ours->count; i++) {
        const double *p = printed(g, ours, i, &size);
        if (!gx_contains(g, p, theirs, tol)) {
            snprintf(why, (size_t)why_size, "our profile %d is not among Gambit's %d", i + 1,
                     theirs->count);
            return 0;
        }
    }
    for (j = 0; j < theirs->count; j++) {
        int found = 0;
        for (i = 0; i < ours->count && !found; i++) {
            const double *p = printed(g, ours, i, &size);
            found = gx_distance(g, p, theirs->prob + (size_t)j * theirs->size, size) <= tol;
        }
        if (!found) {
            snprintf(why, (size_t)why_size, "Gambit's profile %d is not among our %d", j + 1,
                     ours->count);
            return 0;
        }
    }
    return 1;
}
