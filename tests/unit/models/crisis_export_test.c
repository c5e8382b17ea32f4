/*
 * crisis_export_test.c - every crisis of every built-in scenario, exported
 * as `yokushi crisis --export` exports it, parses under Gambit's rule that
 * a chance node's probabilities, read as exact rationals of their text,
 * sum to exactly 1 (tests/unit/support/gambit_exact.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gambit_exact.h"
#include "yokushi/crisis.h"
#include "yokushi/game.h"
#include "yokushi/scenario.h"
#include "yokushi/world.h"

/* 1 when crisis k of s exported and passed; 0 when it has no mean inputs. */
static int check_export(const yk_scenario *s, size_t k)
{
    yk_crisis_inputs *in = yk_crisis_inputs_new();
    yk_crisis_model m;
    yk_game *g = NULL;
    yk_error err;
    char *text = NULL;
    size_t len = 0;
    int line, nodes;
    FILE *f;

    assert_non_null(in);
    if (yk_crisis_inputs_mean(s, k, in, &err) != YK_OK) {
        yk_crisis_inputs_free(in);
        return 0;
    }
    yk_crisis_model_init(&m, in);
    yk_crisis_inputs_free(in);
    assert_int_equal(yk_crisis_game(&m, "export", &g, &err), YK_OK);
    f = open_memstream(&text, &len);
    assert_non_null(f);
    assert_int_equal(yk_game_write(g, f), YK_OK);
    fclose(f);
    if (gxe_check_efg(text, &line, &nodes) != 0) {
        const char *l = text;
        int i;
        for (i = 1; i < line; i++)
            l = strchr(l, '\n') + 1;
        fail_msg("%s crisis %zu: Gambit refuses line %d: %.*s", yk_scenario_name(s), k, line,
                 (int)(strchr(l, '\n') - l), l);
    }
    assert_true(nodes > 0);
    free(text);
    yk_game_free(g);
    return 1;
}

static void test_every_export(void **state)
{
    size_t i, k;
    int exported = 0, scenarios = 0;
    (void)state;
    for (i = 0; i < yk_builtin_count(); i++) {
        yk_scenario *s = NULL;
        yk_diag d;
        yk_diag_init(&d);
        if (strcmp(yk_builtin_kind(i), "scenario") != 0 ||
            yk_scenario_load(yk_builtin_name(i), NULL, &s, &d) != YK_OK) {
            yk_diag_free(&d);
            continue;
        }
        scenarios++;
        for (k = 0; k < yk_scenario_world(s)->n_crises; k++)
            exported += check_export(s, k);
        yk_scenario_free(s);
        yk_diag_free(&d);
    }
    printf("%d crisis exports from %d built-in scenarios parse under Gambit's exact-sum rule\n",
           exported, scenarios);
    assert_true(exported >= 7);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_export),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
