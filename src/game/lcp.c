/*
 * lcp.c - yk_solve_lcp: two players only; trees through the sequence form
 * (lcp_tree.c), tables and -S through Lemke-Howson (lh_table.c).
 */
#include "game/lcp.h"

#include <math.h>
#include <string.h>

yk_status yk_solve_lcp(const yk_game *g, const yk_solve_options *o, yk_solution *out,
                       yk_error *err)
{
    yk_solve_options def = yk_solve_defaults();
    yk_status st;

    if (!o)
        o = &def;
    yk_solution_init(out, g, yk_game_profile_size(g));
    if (g->n_players != 2)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "lcp takes two-player games; this one has %d player%s (use logit "
                            "or enumpure)",
                            g->n_players, g->n_players == 1 ? "" : "s");
    if (g->form == YK_GAME_TABLE)
        return yk_lcp_solve_table(g, o, out, err);
    if ((st = yk_game_check_perfect_recall(g, err)) != YK_OK) {
        char why[YK_ERROR_MSG_MAX];
        snprintf(why, sizeof why, "%s", err ? err->message : "");
        return yk_error_set(err, st, NULL, 0, 0, NULL,
                            "computing equilibria of games with imperfect recall is not "
                            "supported (%s)",
                            why);
    }
    if (o->strategic) {
        /* Lemke-Howson on the reduced strategic form, profiles over it */
        yk_game *red = NULL;
        yk_solution tab;
        int i;
        st = yk_game_reduced_form(g, o->max_profiles, &red, NULL, err);
        if (st != YK_OK)
            return st;
        st = yk_lcp_solve_table(red, o, &tab, err);
        /* what was found is kept even when the search stopped short */
        yk_solution_init(out, g, tab.size);
        out->strategic = 1;
        for (i = 0; i < tab.count; i++) {
            if (yk_solution_add(out, yk_solution_profile(&tab, i), NAN, 1, 0) != YK_OK) {
                st = yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
                break;
            }
            memcpy(yk_solution_payoffs(out, i), yk_solution_payoffs(&tab, i), sizeof(double) * 2);
        }
        yk_solution_free(&tab);
        yk_game_free(red);
        return st;
    }
    return yk_lcp_solve_tree(g, o, out, err);
}
