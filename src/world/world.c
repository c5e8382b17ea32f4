/*
 * world.c - lookups in a world and facts derived from its forces.
 */
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "core/arena.h"
#include "yokushi/world.h"

size_t yk_world_state_index(const yk_world *w, const char *id)
{
    /* States are sorted by id (world.h): a binary search. Every alliance,
     * rivalry, event and crisis looks its states up here while loading. */
    size_t lo = 0, hi = w->n_states;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(w->states[mid].id, id);
        if (!c)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return YK_NONE;
}

const yk_state *yk_world_state(const yk_world *w, const char *id)
{
    size_t i = yk_world_state_index(w, id);
    return i == YK_NONE ? NULL : &w->states[i];
}

const yk_alliance *yk_world_alliance(const yk_world *w, const char *id)
{
    size_t i;
    for (i = 0; i < w->n_alliances; i++)
        if (!strcmp(w->alliances[i].id, id))
            return &w->alliances[i];
    return NULL;
}

const yk_rivalry *yk_world_rivalry(const yk_world *w, const char *a,
                                   const char *b)
{
    size_t i;
    if (strcmp(a, b) > 0) {
        const char *t = a;
        a = b;
        b = t;
    }
    for (i = 0; i < w->n_rivalries; i++) {
        const yk_rivalry *r = &w->rivalries[i];
        if (r->a != YK_NONE && r->b != YK_NONE &&
            !strcmp(w->states[r->a].id, a) && !strcmp(w->states[r->b].id, b))
            return r;
    }
    return NULL;
}

bool yk_force_active(const yk_force *f, int year)
{
    if (f->year_in && year < f->year_in)
        return false;
    if (f->year_out && year >= f->year_out)
        return false;
    return true;
}

int64_t yk_force_warheads(const yk_force *f)
{
    return f->launchers * f->warheads_per_launcher;
}

/* A count drawn and rounded; the rounded mean when it is fixed (forces
 * built in code carry only the integer). */
static int64_t count_draw(const yk_param *p, int64_t mean, yk_rng *r)
{
    if (!yk_param_is_uncertain(p))
        return mean;
    return (int64_t)llround(yk_param_sample(p, r));
}

int64_t yk_force_warheads_draw(const yk_force *f, yk_rng *r)
{
    int64_t n = count_draw(&f->launchers_param, f->launchers, r);
    return n * count_draw(&f->warheads_per_launcher_param, f->warheads_per_launcher, r);
}

int64_t yk_state_deployed_warheads(const yk_state *s, int year)
{
    int64_t total = 0;
    size_t i;
    for (i = 0; i < s->nuclear.n_forces; i++)
        if (yk_force_active(&s->nuclear.forces[i], year))
            total += yk_force_warheads(&s->nuclear.forces[i]);
    return total;
}

double yk_state_stockpile(const yk_state *s, int year)
{
    return (double)yk_state_deployed_warheads(s, year) +
           yk_param_mean(&s->nuclear.reserve_warheads);
}

bool yk_state_is_nuclear(const yk_state *s, int year)
{
    return yk_state_stockpile(s, year) > 0;
}

void yk_world_free(yk_world *w)
{
    if (w && w->memory) {
        yk_arena_free(w->memory);
        yk_free(w->memory);
        w->memory = NULL;
    }
}
