/*
 * enumpure.c - every pure-strategy Nash equilibrium: of a table directly;
 * of a tree through its reduced strategic form (reduced.c), printed as
 * behaviour profiles (0 at sets the player's own strategy cuts off, as
 * gambit-enumpure prints them) or, with o->strategic, as the reduced
 * form's mixed profiles.
 *
 * A profile is an equilibrium when no player has a pure strategy paying
 * more than YK_SOLVE_TOL times the game's payoff range above what it gets.
 * The comparison is made on payoffs multiplied by a power of two that
 * brings them into [-1, 1] (exact), so neither the range (2e308 for
 * payoffs of +-1e308) nor the tolerance overflows at any magnitude.
 */
#include "core/alloc.h"
#include "game/game_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Calls found(profile index, pick) for each pure equilibrium of table t. */
static yk_status table_equilibria(const yk_game *t, const yk_solve_options *o,
                                  yk_status (*found)(void *, const int *), void *ctx)
{
    int np = t->n_players, q;
    int *pick = yk_calloc((size_t)np, sizeof(int));
    long *stride = yk_calloc((size_t)np, sizeof(long));
    double range, scale = yk_game_payoff_scale(t, &range), tol = YK_SOLVE_TOL * range;
    yk_status st = YK_OK;
    long k;

    if (!pick || !stride) {
        yk_free(pick);
        yk_free(stride);
        return YK_E_NOMEM;
    }
    for (q = 0; q < np; q++)
        stride[q] = q ? stride[q - 1] * t->n_strategies[q - 1] : 1;
    for (k = 0; k < t->n_profiles && st == YK_OK; k++) {
        int ok = 1;
        if ((k & 0xffff) == 0 && o && o->stop && *o->stop) {
            st = YK_E_INTERRUPTED;
            break;
        }
        for (q = 0; q < np && ok; q++) {
            double mine = t->table[k * np + q] * scale;
            long base = k - (long)pick[q] * stride[q];
            int s;
            for (s = 0; s < t->n_strategies[q] && ok; s++)
                if (t->table[(base + s * stride[q]) * np + q] * scale > mine + tol)
                    ok = 0;
        }
        if (ok)
            st = found(ctx, pick);
        for (q = 0; q < np && ++pick[q] == t->n_strategies[q]; q++)
            pick[q] = 0;
    }
    yk_free(pick);
    yk_free(stride);
    return st;
}

typedef struct collect {
    const yk_game *g;     /* the game asked about */
    const yk_game *table; /* the table searched */
    const double *rows;   /* trees: behaviour of each reduced strategy */
    int strategic;
    yk_solution *out;
    double *buf;
} collect;

static yk_status found_one(void *ctx, const int *pick)
{
    collect *c = ctx;
    const yk_game *t = c->table;
    int q, i, np = t->n_players;
    yk_status st;

    if (c->g->form == YK_GAME_TABLE || c->strategic) {
        memset(c->buf, 0, sizeof(double) * (size_t)t->strategy_offset[np]);
        for (q = 0; q < np; q++)
            c->buf[t->strategy_offset[q] + pick[q]] = 1.0;
    } else {
        const yk_game *g = c->g;
        yk_game_profile_centroid(g, c->buf);
        for (q = 0; q < np; q++) {
            const double *row = c->rows + (size_t)(t->strategy_offset[q] + pick[q]) *
                                              (size_t)g->n_actions;
            for (i = g->player_actions[q + 1]; i < g->player_actions[q + 2]; i++)
                c->buf[i] = row[i];
        }
    }
    st = yk_solution_add(c->out, c->buf, NAN, 1, 0);
    if (st == YK_OK && c->strategic) {
        /* payoffs from the table: the profile is over the reduced form */
        long k = 0, stride = 1;
        double *u = yk_solution_payoffs(c->out, c->out->count - 1);
        for (q = 0; q < np; q++) {
            k += pick[q] * stride;
            stride *= t->n_strategies[q];
        }
        for (q = 0; q < np; q++)
            u[q] = t->table[k * np + q];
    }
    return st;
}

yk_status yk_solve_enumpure(const yk_game *g, const yk_solve_options *o, yk_solution *out,
                            yk_error *err)
{
    yk_solve_options def = yk_solve_defaults();
    yk_game *red = NULL;
    double *rows = NULL;
    collect c;
    yk_status st;
    int size;

    if (!o)
        o = &def;
    memset(&c, 0, sizeof c);
    c.g = g;
    c.strategic = g->form == YK_GAME_TREE && o->strategic;
    if (g->form == YK_GAME_TREE) {
        st = yk_game_reduced_form(g, o->max_profiles, &red, &rows, err);
        if (st != YK_OK) {
            yk_solution_init(out, g, yk_game_profile_size(g));
            return st;
        }
        c.table = red;
        c.rows = rows;
    } else {
        c.table = g;
    }
    size = c.strategic ? c.table->strategy_offset[g->n_players] : yk_game_profile_size(g);
    yk_solution_init(out, g, size);
    out->strategic = c.strategic;
    c.out = out;
    c.buf = yk_malloc(sizeof(double) * ((size_t)size + 1));
    st = c.buf ? table_equilibria(c.table, o, found_one, &c) : YK_E_NOMEM;
    yk_free(c.buf);
    yk_free(rows);
    yk_game_free(red);
    if (st == YK_E_INTERRUPTED)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "interrupted");
    if (st != YK_OK)
        return yk_error_set(err, st, NULL, 0, 0, NULL, "out of memory");
    return YK_OK;
}
