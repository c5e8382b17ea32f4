/*
 * solution.c - the list of profiles a solver returns, each with the
 * players' expected payoffs.
 */
#include "core/alloc.h"
#include "game/game_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void yk_solution_init(yk_solution *s, const yk_game *g, int size)
{
    memset(s, 0, sizeof *s);
    s->game = g;
    s->size = size;
    s->rejected = -1;
}

void yk_solution_free(yk_solution *s)
{
    yk_free(s->prob);
    yk_free(s->payoff);
    yk_free(s->lambda);
    yk_free(s->is_equilibrium);
    yk_free(s->ties);
    memset(s, 0, sizeof *s);
    s->rejected = -1;
}

yk_status yk_solution_add(yk_solution *s, const double *prob, double lambda,
                          int is_equilibrium, int ties)
{
    int np = s->game->n_players;
    int cap = s->cap;

    if (s->count == cap) {
        int n = cap ? cap * 2 : 8;
        double *pr = yk_realloc(s->prob, sizeof(double) * (size_t)n * (size_t)(s->size ? s->size : 1));
        if (!pr)
            return YK_E_NOMEM;
        s->prob = pr;
        pr = yk_realloc(s->payoff, sizeof(double) * (size_t)n * (size_t)np);
        if (!pr)
            return YK_E_NOMEM;
        s->payoff = pr;
        pr = yk_realloc(s->lambda, sizeof(double) * (size_t)n);
        if (!pr)
            return YK_E_NOMEM;
        s->lambda = pr;
        {
            int *e = yk_realloc(s->is_equilibrium, sizeof(int) * (size_t)n);
            if (!e)
                return YK_E_NOMEM;
            s->is_equilibrium = e;
            e = yk_realloc(s->ties, sizeof(int) * (size_t)n);
            if (!e)
                return YK_E_NOMEM;
            s->ties = e;
        }
        s->cap = n;
    }
    memcpy(s->prob + (size_t)s->count * s->size, prob, sizeof(double) * (size_t)s->size);
    s->lambda[s->count] = lambda;
    s->is_equilibrium[s->count] = is_equilibrium;
    s->ties[s->count] = ties;
    if (s->strategic || s->size != yk_game_profile_size(s->game)) {
        /* profiles over another form (the reduced strategic form): the
         * solver fills the payoffs itself through yk_solution_set_payoffs */
        memset(s->payoff + (size_t)s->count * np, 0, sizeof(double) * (size_t)np);
    } else if (yk_game_payoffs(s->game, prob, s->payoff + (size_t)s->count * np) != YK_OK) {
        return YK_E_NOMEM; /* not counted: no profile with zeros for payoffs */
    }
    s->count++;
    return YK_OK;
}

const double *yk_solution_profile(const yk_solution *s, int i)
{
    return s->prob + (size_t)i * s->size;
}

double *yk_solution_payoffs(const yk_solution *s, int i)
{
    return s->payoff + (size_t)i * s->game->n_players;
}
