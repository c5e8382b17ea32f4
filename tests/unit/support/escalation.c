/*
 * escalation.c - E(K). Root: chance, "resolute" 2/5, "irresolute" 3/5.
 * Under each type, rungs k = 1..K: Challenger moves at odd k, Defender at
 * even k, actions "concede", "escalate". Conceding at k lets the opponent
 * win: winner prize - k, loser -k (prizes: Challenger 10; Defender 10
 * resolute, 4 irresolute). Escalating below K passes a chance node ("war"
 * 1/20, "calm" 19/20); escalating at K is war. War: Challenger -(2K+10),
 * Defender -(2K+10) resolute, -(2K+20) irresolute. Challenger's two nodes
 * at a rung share an information set; each Defender node has its own. Each
 * terminal has its own outcome; depth-first order, resolute first.
 */
#include "escalation.h"

#include <stdio.h>
#include <stdlib.h>

static int terminal(yk_game_builder *b, int node, const char *label, double c, double d)
{
    double pay[2];
    int o;
    pay[0] = c;
    pay[1] = d;
    o = yk_game_add_outcome(b, 0, label, pay, NULL);
    return o < 0 ? -1 : (int)yk_game_set_outcome(b, node, o);
}

yk_game *escalation_game(int K)
{
    static const char *const types[] = {"resolute", "irresolute"};
    static const char *const moves[] = {"concede", "escalate"};
    static const char *const shocks[] = {"war", "calm"};
    static const double type_prob[] = {0.4, 0.6};
    static const char *const type_text[] = {"2/5", "3/5"};
    static const double shock_prob[] = {0.05, 0.95};
    static const char *const shock_text[] = {"1/20", "19/20"};
    yk_game_builder *b;
    yk_game *g = NULL;
    yk_error err;
    int *challenger = NULL, t, k, root, bad = 0;
    char title[64], label[96];

    if (K < 1 || K > 1000000)
        return NULL;
    snprintf(title, sizeof title, "Escalation game E(%d)", K);
    b = yk_game_builder_new(title);
    challenger = malloc(sizeof(int) * (size_t)(K + 1));
    if (!b || !challenger)
        goto done;
    yk_game_add_player(b, "Challenger");
    yk_game_add_player(b, "Defender");
    root = yk_game_root(b);
    bad |= yk_game_move(b, root, yk_game_add_infoset(b, YK_CHANCE, 0, "type", 2, types,
                                                     type_prob, type_text)) != YK_OK;
    for (k = 1; k <= K; k += 2) {
        snprintf(label, sizeof label, "Challenger at rung %d", k);
        challenger[k] = yk_game_add_infoset(b, 1, 0, label, 2, moves, NULL, NULL);
    }
    for (t = 0; t < 2 && !bad; t++) {
        double prize_d = t == 0 ? 10.0 : 4.0;
        double war_d = t == 0 ? -(2.0 * K + 10.0) : -(2.0 * K + 20.0);
        int node = yk_game_child(b, root, t);
        for (k = 1; k <= K && !bad; k++) {
            int set, esc;
            if (k % 2) {
                set = challenger[k];
            } else {
                snprintf(label, sizeof label, "Defender (%s) at rung %d", types[t], k);
                set = yk_game_add_infoset(b, 2, 0, label, 2, moves, NULL, NULL);
            }
            bad |= yk_game_move(b, node, set) != YK_OK;
            snprintf(label, sizeof label, "%s: %s concedes at rung %d", types[t],
                     k % 2 ? "Challenger" : "Defender", k);
            /* the mover's opponent wins */
            if (k % 2)
                bad |= terminal(b, yk_game_child(b, node, 0), label, -k, prize_d - k) != 0;
            else
                bad |= terminal(b, yk_game_child(b, node, 0), label, 10.0 - k, -k) != 0;
            esc = yk_game_child(b, node, 1);
            snprintf(label, sizeof label, "%s: war at rung %d", types[t], k);
            if (k == K) {
                bad |= terminal(b, esc, label, -(2.0 * K + 10.0), war_d) != 0;
                break;
            }
            bad |= yk_game_move(b, esc, yk_game_add_infoset(b, YK_CHANCE, 0, "", 2, shocks,
                                                            shock_prob, shock_text)) != YK_OK;
            bad |= terminal(b, yk_game_child(b, esc, 0), label, -(2.0 * K + 10.0), war_d) != 0;
            node = yk_game_child(b, esc, 1);
        }
    }
    if (!bad && yk_game_build(b, &g, &err) != YK_OK)
        g = NULL;
done:
    free(challenger);
    yk_game_builder_free(b);
    return g;
}
