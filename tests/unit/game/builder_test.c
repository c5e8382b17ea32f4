/*
 * builder_test.c - building trees in code, the flat layout, the checks,
 * and what profiles imply (payoffs, regret, beliefs, subgame perfection),
 * against numbers worked by hand.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "escalation.h"
#include "yokushi/game.h"

static const char *const LR[] = {"L", "R"};
static const char *const lr[] = {"l", "r"};

/* Entry deterrence. One: L (stay out) -> (1,2); R (enter) -> Two: l (fight)
 * -> (0,0), r (accommodate) -> (2,1). */
static yk_game *entry_game(void)
{
    yk_game_builder *b = yk_game_builder_new("entry");
    yk_game *g = NULL;
    yk_error err;
    double u[3][2] = {{1, 2}, {0, 0}, {2, 1}};
    int root, s1, s2, n;

    yk_game_add_player(b, "One");
    yk_game_add_player(b, "Two");
    root = yk_game_root(b);
    s1 = yk_game_add_infoset(b, 1, 0, "first", 2, LR, NULL, NULL);
    s2 = yk_game_add_infoset(b, 2, 0, "second", 2, lr, NULL, NULL);
    assert_int_equal(yk_game_move(b, root, s1), YK_OK);
    yk_game_set_outcome(b, yk_game_child(b, root, 0), yk_game_add_outcome(b, 0, "out", u[0], NULL));
    n = yk_game_child(b, root, 1);
    assert_int_equal(yk_game_move(b, n, s2), YK_OK);
    yk_game_set_outcome(b, yk_game_child(b, n, 0), yk_game_add_outcome(b, 0, "fold", u[1], NULL));
    yk_game_set_outcome(b, yk_game_child(b, n, 1), yk_game_add_outcome(b, 0, "fight", u[2], NULL));
    assert_int_equal(yk_game_build(b, &g, &err), YK_OK);
    yk_game_builder_free(b);
    return g;
}

static void test_layout(void **state)
{
    yk_game *g = entry_game();
    (void)state;
    assert_int_equal(g->n_nodes, 5);
    /* depth-first: root, L-terminal, R-node, l, r */
    assert_int_equal(g->node[0].kind, YK_NODE_PLAYER);
    assert_int_equal(g->node[1].kind, YK_NODE_TERMINAL);
    assert_int_equal(g->node[2].kind, YK_NODE_PLAYER);
    assert_int_equal(g->node[3].parent, 2);
    assert_int_equal(g->child[g->node[2].children + 1], 4);
    assert_int_equal(g->n_actions, 4);
    assert_int_equal(g->player_actions[1], 0);
    assert_int_equal(g->player_actions[2], 2);
    assert_string_equal(g->action_label[g->node[4].parent_action], "r");
    assert_true(yk_game_is_perfect_information(g));
    assert_int_equal(yk_game_check_perfect_recall(g, NULL), YK_OK);
    yk_game_free(g);
}

static void test_payoffs_and_regret(void **state)
{
    yk_game *g = entry_game();
    double p[4], u[2], gain[2];
    int where;
    (void)state;
    /* R, r: the subgame-perfect equilibrium */
    p[0] = 0; p[1] = 1; p[2] = 0; p[3] = 1;
    yk_game_payoffs(g, p, u);
    assert_true(u[0] == 2.0 && u[1] == 1.0);
    assert_true(yk_game_regret(g, p, gain) == 0.0);
    assert_true(yk_game_is_subgame_perfect(g, p, 1e-12, &where));
    assert_int_equal(where, -1);
    /* L, l: Nash (the threat is never tested) but not subgame perfect */
    p[0] = 1; p[1] = 0; p[2] = 1; p[3] = 0;
    yk_game_payoffs(g, p, u);
    assert_true(u[0] == 1.0 && u[1] == 2.0);
    assert_true(yk_game_regret(g, p, gain) == 0.0);
    assert_false(yk_game_is_subgame_perfect(g, p, 1e-12, &where));
    assert_int_equal(where, 2);
    /* R, l: both gain 1 by deviating */
    p[0] = 0; p[1] = 1; p[2] = 1; p[3] = 0;
    assert_true(fabs(yk_game_regret(g, p, gain) - 1.0) < 1e-15);
    assert_true(gain[0] == 1.0 && gain[1] == 1.0);
    /* one half each: One 0.5*1 + 0.5*(0.5*0 + 0.5*2) = 1, Two 0.5*2 +
     * 0.5*(0.5*0 + 0.5*1) = 1.25; One is indifferent, Two gains 0.25 by r */
    p[0] = 0.5; p[1] = 0.5; p[2] = 0.5; p[3] = 0.5;
    yk_game_payoffs(g, p, u);
    assert_true(fabs(u[0] - 1.0) < 1e-15 && fabs(u[1] - 1.25) < 1e-15);
    yk_game_regret(g, p, gain);
    assert_true(fabs(gain[0]) < 1e-15);
    assert_true(fabs(gain[1] - 0.25) < 1e-15);
    yk_game_free(g);
}

/* One moves L/R, then forgets it: imperfect recall, named at the node. */
static void test_imperfect_recall(void **state)
{
    yk_game_builder *b = yk_game_builder_new("forgetful");
    yk_game *g = NULL;
    yk_error err;
    double z[1] = {0};
    int root, s1, s2, k, o;
    (void)state;
    yk_game_add_player(b, "One");
    root = yk_game_root(b);
    s1 = yk_game_add_infoset(b, 1, 0, "", 2, LR, NULL, NULL);
    s2 = yk_game_add_infoset(b, 1, 0, "", 2, lr, NULL, NULL);
    yk_game_move(b, root, s1);
    o = yk_game_add_outcome(b, 0, "", z, NULL);
    for (k = 0; k < 2; k++) {
        int c = yk_game_child(b, root, k);
        yk_game_move(b, c, s2);
        yk_game_set_outcome(b, yk_game_child(b, c, 0), o);
        yk_game_set_outcome(b, yk_game_child(b, c, 1), o);
    }
    yk_game_set_label(b, yk_game_child(b, root, 1), "after R");
    assert_int_equal(yk_game_build(b, &g, &err), YK_OK);
    assert_int_equal(yk_game_check_perfect_recall(g, &err), YK_E_SCHEMA);
    assert_string_equal(err.message,
                        "node 5 \"after R\": imperfect recall: its information set's members "
                        "differ in the player's own earlier moves");
    assert_false(yk_game_is_perfect_information(g));
    yk_game_free(g);
    yk_game_builder_free(b);
}

static void test_bad_chance(void **state)
{
    yk_game_builder *b = yk_game_builder_new("bad");
    yk_game *g = NULL;
    yk_error err;
    double probs[2] = {0.5, 0.4};
    (void)state;
    yk_game_add_player(b, "One");
    yk_game_move(b, 0, yk_game_add_infoset(b, YK_CHANCE, 0, "", 2, LR, probs, NULL));
    assert_int_equal(yk_game_build(b, &g, &err), YK_E_SCHEMA);
    assert_null(g);
    assert_string_equal(err.message, "node 1: chance probabilities sum to 0.90000000000000002, not 1");
    yk_game_builder_free(b);
}

/* E(K): sizes and order as the benchmark's definition gives them. */
static void test_escalation(void **state)
{
    int K;
    (void)state;
    for (K = 1; K <= 9; K++) {
        yk_game *g = escalation_game(K);
        int chance = 0, term = 0, i;
        assert_non_null(g);
        assert_int_equal(g->n_nodes, 1 + 2 * (4 * K - 1));
        for (i = 0; i < g->n_nodes; i++) {
            chance += g->node[i].kind == YK_NODE_CHANCE;
            term += g->node[i].kind == YK_NODE_TERMINAL;
        }
        assert_int_equal(chance, 1 + 2 * (K - 1));
        assert_int_equal(term, 2 * 2 * K);
        assert_int_equal(g->n_outcomes, term);
        assert_int_equal(g->player_infosets[2] - g->player_infosets[1], (K + 1) / 2);
        assert_int_equal(g->player_infosets[3] - g->player_infosets[2], 2 * (K / 2));
        assert_int_equal(yk_game_check_perfect_recall(g, NULL), YK_OK);
        /* node 1 is the resolute Challenger at rung 1; its concede ends
         * with the Defender winning 10 - 1 */
        assert_int_equal(g->node[1].kind, YK_NODE_PLAYER);
        assert_true(g->payoff[g->outcome[g->node[2].outcome].payoffs + 1] == 9.0);
        assert_true(g->payoff[g->outcome[g->node[2].outcome].payoffs] == -1.0);
        yk_game_free(g);
    }
}

/* Beliefs: at a reached set, Bayes' rule; at an unreached one, the
 * centroid's reach. */
static void test_beliefs(void **state)
{
    yk_game *g = escalation_game(3);
    double *p = malloc(sizeof(double) * (size_t)g->n_actions);
    double *belief = malloc(sizeof(double) * (size_t)g->n_nodes);
    const yk_infoset *s;
    int a;
    (void)state;
    yk_game_profile_centroid(g, p);
    /* Defender always concedes at rung 2 (both types): at rung 3 nobody */
    for (a = g->player_actions[2]; a < g->n_actions; a++)
        p[a] = strcmp(g->action_label[a], "concede") == 0 ? 1.0 : 0.0;
    yk_game_beliefs(g, p, belief);
    s = &g->infoset[g->player_infosets[1]]; /* Challenger, rung 1 */
    assert_int_equal(s->n_members, 2);
    assert_true(fabs(belief[g->member[s->members]] - 0.4) < 1e-15);
    s = &g->infoset[g->player_infosets[1] + 1]; /* rung 3: unreached */
    assert_true(fabs(belief[g->member[s->members]] - 0.4) < 1e-15);
    assert_true(fabs(belief[g->member[s->members + 1]] - 0.6) < 1e-15);
    free(p);
    free(belief);
    yk_game_free(g);
}

static void test_table(void **state)
{
    /* matching pennies: the centroid is the equilibrium */
    double pay[8] = {1, -1, -1, 1, -1, 1, 1, -1};
    int n[2] = {2, 2};
    double p[4] = {0.5, 0.5, 0.5, 0.5}, u[2], gain[2];
    yk_game *g = NULL;
    (void)state;
    assert_int_equal(yk_game_table_new("pennies", 2, NULL, n, NULL, pay, &g, NULL), YK_OK);
    yk_game_payoffs(g, p, u);
    assert_true(u[0] == 0.0 && u[1] == 0.0);
    assert_true(yk_game_regret(g, p, gain) == 0.0);
    p[0] = 1; p[1] = 0;
    assert_true(fabs(yk_game_regret(g, p, gain) - 1.0) < 1e-15);
    assert_true(gain[1] == 1.0);
    assert_string_equal(g->player[1], "Player 2");
    yk_game_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_layout),
        cmocka_unit_test(test_payoffs_and_regret),
        cmocka_unit_test(test_imperfect_recall),
        cmocka_unit_test(test_bad_chance),
        cmocka_unit_test(test_escalation),
        cmocka_unit_test(test_beliefs),
        cmocka_unit_test(test_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
