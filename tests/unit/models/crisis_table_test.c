/*
 * crisis_table_test.c - src/models/crisis/table.c: the PBE solver prices
 * the tree once per model, and every entry must have the bits values.c's
 * recursion gives (the Monte Carlo's results may not move by one ulp when
 * the solver gets faster). Checked on random crises, with and without
 * T's bomb, at the edges of the mixing weights, for every reply of A.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "crisis_inputs.h"
#include "models/crisis/crisis_int.h"
#include "yokushi/crisis.h"
#include "yokushi/rng.h"

static void assert_same_value(const yk_crisis_value *got,
                              const yk_crisis_value *want, const char *what)
{
    if (memcmp(got, want, sizeof *got))
        fail_msg("%s: the table's value differs from values.c's in its bits", what);
}

/* table.c copies threat's subtrees from defend's: cr_terminal must see
 * only whether P fought. */
static void check_threat_is_defend(const yk_crisis_model *m)
{
    static const cr_end ends[] = {CR_STATUS_QUO, CR_BACK_DOWN, CR_EXCHANGE,
                                  CR_HOLDS, CR_CONQUERED, CR_USE};
    size_t e;
    int t;
    for (e = 0; e < sizeof ends / sizeof ends[0]; e++)
        for (t = 0; t < 2; t++) {
            yk_crisis_value d = cr_terminal(m, ends[e], YK_MODE_DEFEND, t);
            yk_crisis_value th = cr_terminal(m, ends[e], YK_MODE_THREAT, t);
            assert_same_value(&th, &d, "terminal after a threat");
        }
}

static void check_table(const yk_crisis_model *m)
{
    yk_crisis_profile s;
    cr_table tb;
    int mode, t, r, combo, n = yk_cr_responses(m);

    check_threat_is_defend(m);
    memset(&s, 0, sizeof s);
    yk_cr_table_init(&tb, m, &s);
    /* T's use and P's restraint, node by node as the solver decided them
     * before the table */
    for (mode = 0; mode < YK_MODE_COUNT; mode++) {
        yk_crisis_value use = cr_terminal(m, CR_USE, (yk_crisis_mode)mode, 0);
        yk_crisis_value no = cr_terminal(m, CR_CONQUERED, (yk_crisis_mode)mode, 0);
        assert_true(s.use[mode] == (use.t > no.t + CR_TIE ? 1 : 0));
    }
    for (t = 0; t < 2; t++)
        for (mode = 0; mode < YK_MODE_COUNT; mode++) {
            yk_crisis_value rv = yk_cr_value_restrain(m, &s, (yk_crisis_mode)mode, t);
            yk_crisis_value pv = yk_cr_value_unrestrained(m, &s, (yk_crisis_mode)mode, t);
            assert_true(s.restrain[t][mode] ==
                        (yk_crisis_value_p(&pv) > yk_crisis_value_p(&rv) + CR_TIE ? 0 : 1));
        }
    for (t = 0; t < 2; t++)
        for (mode = YK_MODE_DEFEND; mode < YK_MODE_COUNT; mode++) {
            yk_crisis_value f = yk_cr_value_fight(m, &s, (yk_crisis_mode)mode, t);
            assert_same_value(&tb.fight[t][mode], &f, "fight");
        }
    for (combo = 0; combo < 4; combo++) {
        s.fight[YK_MODE_DEFEND] = combo & 1;
        s.fight[YK_MODE_THREAT] = (combo >> 1) & 1;
        for (t = 0; t < 2; t++)
            for (r = 0; r < n; r++) {
                yk_crisis_value v =
                    yk_crisis_value_of_response(m, &s, t, (yk_crisis_response)r);
                double vp = yk_crisis_value_p(&v), tp = cr_table_response_p(&tb, &s, t, r);
                assert_same_value(cr_table_response(&tb, &s, t, r), &v, "response");
                assert_memory_equal(&tp, &vp, sizeof vp);
            }
    }
}

/* The solver's summary values are yk_cr_value_type's on its own profile. */
static void check_solution(const yk_crisis_model *m)
{
    yk_crisis_solution sol;
    int t;
    yk_crisis_solve(m, &sol);
    for (t = 0; t < 2; t++) {
        yk_crisis_value v = yk_cr_value_type(m, &sol.s, t);
        assert_same_value(&sol.typed[t], &v, "typed");
    }
}

static void check_model(yk_crisis_model *m)
{
    check_table(m);
    check_solution(m);
    yk_crisis_model_without_bomb(m);
    check_table(m);
    check_solution(m);
}

static void test_table_matches_recursion(void **state)
{
    yk_crisis_inputs in;
    yk_crisis_model m;
    yk_rng r;
    int i;
    (void)state;
    crisis_small_inputs(&in);
    yk_crisis_model_init(&m, &in);
    check_model(&m);
    yk_rng_init(&r, 11, YK_STREAM_TEST, 0, 2);
    for (i = 0; i < 20000; i++) {
        crisis_random_inputs(&r, &in);
        /* the mixing weights' edges, where 0 x b and 1 x a must not be
         * taken as shortcuts */
        if (i % 5 == 1)
            in.kappa = i % 2;
        if (i % 7 == 2)
            in.c[YK_KC_AUTONOMY_SCALE] = 0;
        if (i % 11 == 3)
            in.c[YK_KC_ESCALATION_DEFEND] = in.c[YK_KC_ESCALATION_THREAT] = 0;
        if (i % 13 == 4)
            in.c[YK_KC_USE_HALT] = 1;
        yk_crisis_model_init(&m, &in);
        check_model(&m);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_matches_recursion),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
