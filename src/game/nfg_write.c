/*
 * nfg_write.c - a table as `NFG 1 R`, laid out as Gambit writes it: the
 * header, a blank line, the strategy labels one player per line, the
 * comment, a blank line, then either the outcome list and one outcome
 * number per profile (when the game has outcomes, as Gambit's own table
 * games do) or one line of payoffs per profile.
 */
#include "game/game_internal.h"
#include "game/gfwrite.h"

static void write_strategies(const yk_game *g, FILE *f)
{
    int p, s;
    yk_gw_str(f, "{ ");
    for (p = 0; p < g->n_players; p++) {
        yk_gw_str(f, "{ ");
        for (s = g->strategy_offset[p]; s < g->strategy_offset[p + 1]; s++) {
            yk_gw_quoted(f, g->strategy_label[s]);
            fputc(' ', f);
        }
        yk_gw_str(f, "}\n");
    }
    yk_gw_str(f, "}\n");
}

static void write_outcomes(const yk_game *g, FILE *f)
{
    int o, p;
    long i;
    yk_gw_str(f, "{\n");
    for (o = 0; o < g->n_outcomes; o++) {
        yk_gw_str(f, "{ ");
        yk_gw_quoted(f, g->outcome[o].label);
        fputc(' ', f);
        for (p = 0; p < g->n_players; p++) {
            int k = g->outcome[o].payoffs + p;
            yk_gw_number(f, g->payoff_text ? g->payoff_text[k] : NULL, g->payoff[k]);
            yk_gw_str(f, p + 1 < g->n_players ? ", " : " }\n");
        }
    }
    yk_gw_str(f, "}\n");
    /* outcomes are numbered by their place in the list */
    for (i = 0; i < g->n_profiles; i++) {
        if (i)
            fputc(' ', f);
        yk_gw_long(f, g->profile_outcome[i] + 1);
    }
    fputc('\n', f);
}

static void write_payoffs(const yk_game *g, FILE *f)
{
    long i;
    int p;
    for (i = 0; i < g->n_profiles; i++)
        for (p = 0; p < g->n_players; p++) {
            long k = i * g->n_players + p;
            yk_gw_number(f, g->table_text ? g->table_text[k] : NULL, g->table[k]);
            fputc(p + 1 < g->n_players ? ' ' : '\n', f);
        }
}

yk_status yk_nfg_write(const yk_game *g, FILE *f)
{
    yk_gw_header(g, f, "NFG 1 R");
    fputc('\n', f);
    write_strategies(g, f);
    yk_gw_quoted(f, g->comment);
    yk_gw_str(f, "\n\n");
    if (g->profile_outcome)
        write_outcomes(g, f);
    else
        write_payoffs(g, f);
    return YK_OK;
}
