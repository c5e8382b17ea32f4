/*
 * chance_text_test.c - chance probabilities built in code are written so
 * that Gambit accepts them: read back the way Gambit reads them (each text
 * an exact rational, the sum exactly 1; tests/unit/support/gambit_exact.c)
 * and the way we read them (the same doubles to within the rounding of the
 * others, at the one branch written as 1 minus the others).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gambit_exact.h"
#include "yokushi/game.h"

/* The checker itself: the sum Gambit refused, and sums it accepts. */
static void test_exact_sums(void **state)
{
    const char *refused[] = {"0.06666666666666667", "0.9333333333333333"};
    const char *fifteenths[] = {"1/15", "14/15"};
    const char *tenths[] = {"0.1", ".2", "0.70"};
    const char *thirds[] = {"1/3", "1/3", "1/3"};
    const char *over[] = {"1/3", "1/3", "0.3333333333333334"};
    const char *bad[] = {"1e-3", "0.999"};
    (void)state;
    assert_false(gxe_sums_to_one(refused, 2));
    assert_true(gxe_sums_to_one(fifteenths, 2));
    assert_true(gxe_sums_to_one(tenths, 3));
    assert_true(gxe_sums_to_one(thirds, 3));
    assert_false(gxe_sums_to_one(over, 3));
    assert_false(gxe_sums_to_one(bad, 2)); /* exponents are not read as Gambit reads them */
}

/* A chance root with these probabilities, written, checked, read back. */
static void round_trip(const double *prob, int n)
{
    yk_game_builder *b = yk_game_builder_new("chance");
    yk_game *g = NULL, *back = NULL;
    yk_error err;
    char *text = NULL;
    size_t len = 0;
    double pay[1] = {0.0};
    int set, o, k, line, nodes;
    FILE *f;

    assert_non_null(b);
    assert_int_equal(yk_game_add_player(b, "P"), 1);
    set = yk_game_add_infoset(b, YK_CHANCE, 0, "nature", n, NULL, prob, NULL);
    assert_true(set >= 0);
    assert_int_equal(yk_game_move(b, yk_game_root(b), set), YK_OK);
    o = yk_game_add_outcome(b, 0, "o", pay, NULL);
    for (k = 0; k < n; k++)
        assert_int_equal(yk_game_set_outcome(b, yk_game_child(b, yk_game_root(b), k), o), YK_OK);
    assert_int_equal(yk_game_build(b, &g, &err), YK_OK);
    yk_game_builder_free(b);
    f = open_memstream(&text, &len);
    assert_non_null(f);
    assert_int_equal(yk_game_write(g, f), YK_OK);
    fclose(f);
    if (gxe_check_efg(text, &line, &nodes) != 0)
        fail_msg("Gambit would refuse line %d of:\n%s", line, text);
    assert_int_equal(nodes, 1);
    if (yk_game_read_buffer("chance.efg", text, len, &back, &err) != YK_OK)
        fail_msg("%d:%d: %s\n%s", err.line, err.col, err.message, text);
    for (k = 0; k < n; k++)
        if (fabs(back->action_prob[k] - prob[k]) > 1e-15)
            fail_msg("probability %d: %.17g read back as %.17g", k, prob[k],
                     back->action_prob[k]);
    free(text);
    yk_game_free(back);
    yk_game_free(g);
}

static void test_written_sums(void **state)
{
    const double fifteenths[] = {1.0 / 15, 1 - 1.0 / 15};
    const double tenths[] = {0.1, 0.2, 0.7};
    const double thirds[] = {1.0 / 3, 1.0 / 3, 1.0 / 3};
    const double tiny[] = {1e-300, 1 - 1e-300};
    const double sure[] = {0.0, 1.0};
    const double crisis[] = {0.4026579763576259, 1 - 0.4026579763576259};
    double r[7];
    uint64_t x = 12345;
    int i, k;
    (void)state;
    round_trip(fifteenths, 2);
    round_trip(tenths, 3);
    round_trip(thirds, 3);
    round_trip(tiny, 2);
    round_trip(sure, 2);
    round_trip(crisis, 2);
    /* random weights normalized in double: their decimals almost never sum to 1 */
    for (i = 0; i < 200; i++) {
        int n = 2 + i % 6;
        double sum = 0.0;
        for (k = 0; k < n; k++) {
            x = x * 6364136223846793005u + 1442695040888963407u;
            r[k] = (double)(x >> 11) * 0x1.0p-53 + 1e-3;
            sum += r[k];
        }
        for (k = 0; k < n; k++)
            r[k] /= sum;
        round_trip(r, n);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exact_sums),
        cmocka_unit_test(test_written_sums),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
