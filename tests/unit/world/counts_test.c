/*
 * counts_test.c - uncertain counts (issue 12 item 5): launchers, warheads
 * per launcher and shared weapons may be distributions; the world keeps
 * their means rounded to whole numbers (yk_force_warheads), a draw rounds
 * each drawn count (yk_force_warheads_draw), a fixed count draws nothing,
 * and the crisis engine's arsenals move with the draws.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "yokushi/crisis.h"
#include "yokushi/rng.h"
#include "yokushi/scenario.h"
#include "yokushi/world.h"

static const char *const yaml =
    "scenario: counts\n"
    "extends: world-2025\n"
    "set:\n"
    "  states.JPN.nuclear.forces:\n"
    "    - {name: J, type: slbm, launchers: {uniform: [1, 2]},\n"
    "       warheads_per_launcher: {triangular: [2, 4, 6]}}\n"
    "  alliances.USA-JPN.nuclear_sharing: {stationed: true, weapons: {uniform: [10, 30]}}\n"
    "crises:\n"
    "  - {aggressor: CHN, target: JPN, patron: USA, theatre: east_china_sea,\n"
    "     stakes: {CHN: 0.5, JPN: 1, USA: 0.7}}\n";

static yk_scenario *load(void)
{
    yk_scenario *s = NULL;
    yk_diag d;
    yk_load_options opt = {.allow_files = false};
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load_buffer("t.yaml", yaml, strlen(yaml), &opt, &s, &d), YK_OK);
    yk_diag_free(&d);
    return s;
}

static void means_rounded_and_draws_whole(void **state)
{
    yk_scenario *s = load();
    const yk_world *w = yk_scenario_world(s);
    const yk_state *jpn = yk_world_state(w, "JPN");
    const yk_force *f = &jpn->nuclear.forces[0];
    const yk_force *mm3 = &yk_world_state(w, "USA")->nuclear.forces[0];
    yk_rng r;
    int i, seen[13] = {0};
    (void)state;
    assert_true(f->launchers == 2); /* mean 1.5, rounded half away from zero */
    assert_true(f->warheads_per_launcher == 4);
    assert_int_equal(yk_force_warheads(f), 8);
    assert_true(yk_world_alliance(w, "USA-JPN")->nuclear_sharing.weapons == 20);
    yk_rng_init(&r, 1, 0, 0, 0);
    for (i = 0; i < 2000; i++) {
        int64_t h = yk_force_warheads_draw(f, &r);
        assert_true(h >= 2 && h <= 12);
        seen[h]++;
    }
    /* products of {1, 2} and {2..6}: 2, 3, ..., 12, never 7, 9 or 11 */
    assert_true(seen[2] > 0 && seen[12] > 0 && seen[8] > 0);
    assert_int_equal(seen[7] + seen[9] + seen[11], 0);
    /* a fixed count draws nothing and gives the count */
    {
        yk_rng a, b;
        yk_rng_init(&a, 1, 0, 0, 0);
        b = a;
        assert_true(yk_force_warheads_draw(mm3, &a) == yk_force_warheads(mm3));
        assert_true(yk_rng_u64(&a) == yk_rng_u64(&b));
    }
    yk_scenario_free(s);
}

static void crisis_arsenal_moves_with_draws(void **state)
{
    yk_scenario *s = load();
    yk_crisis_sampler *sm;
    yk_crisis_inputs *in = yk_crisis_inputs_new();
    yk_error err;
    double lo = 1e9, hi = -1;
    uint64_t rep;
    size_t k = yk_scenario_world(s)->n_crises - 1;
    (void)state;
    assert_int_equal(yk_crisis_sampler_new(s, k, &sm, &err), YK_OK);
    for (rep = 0; rep < 200; rep++) {
        double x;
        yk_crisis_sampler_draw(sm, 7, rep, in);
        x = yk_crisis_inputs_get(in, "warheads_t");
        lo = x < lo ? x : lo;
        hi = x > hi ? x : hi;
    }
    assert_true(lo >= 0 && hi <= 12 && hi - lo > 4);
    yk_crisis_sampler_free(sm);
    yk_crisis_inputs_free(in);
    yk_scenario_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(means_rounded_and_draws_whole),
        cmocka_unit_test(crisis_arsenal_moves_with_draws),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
