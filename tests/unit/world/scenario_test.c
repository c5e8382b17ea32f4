/*
 * scenario_test.c - the world/scenario loader (src/world/scenario.c,
 * convert.c, resolve.c, schema.c, param.c): a small scenario read back
 * field by field with the schema's defaults; every kind of error with its
 * exact "FILE:LINE:COL: path: message" text; `extends` chains; `set:`
 * paths; events on the time line; the canonical form's SHA-256; means and
 * draws of distributions; and a monotonicity property of the forces.
 *
 * Lines and columns in the expected messages are counted by hand from the
 * inline YAML (both 1-based); each test's YAML has its lines numbered in a
 * comment beside it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "yokushi/error.h"
#include "yokushi/rng.h"
#include "yokushi/scenario.h"
#include "yokushi/world.h"

/* ---- helpers -------------------------------------------------------------- */

static void assert_near(double got, double want, double tol)
{
    if (!(fabs(got - want) <= tol))
        fail_msg("got %.17g, want %.17g (tol %g)", got, want, tol);
}

static yk_status load_as(const char *file, const char *yaml, bool allow_files,
                         yk_scenario **s, yk_diag *d)
{
    yk_load_options opt = {.allow_files = allow_files};
    yk_diag_init(d);
    return yk_scenario_load_buffer(file, yaml, strlen(yaml), &opt, s, d);
}

static yk_status load_text(const char *yaml, yk_scenario **s, yk_diag *d)
{
    return load_as("t.yaml", yaml, true, s, d);
}

/* Loads yaml that must be valid; fails the test with its messages if not. */
static yk_scenario *load_ok(const char *yaml)
{
    yk_scenario *s = NULL;
    yk_diag d;
    yk_status st = load_text(yaml, &s, &d);
    if (st != YK_OK || !s) {
        char line[YK_ERROR_MSG_MAX + YK_ERROR_PATH_MAX + YK_ERROR_FILE_MAX + 64];
        size_t count = d.count;
        if (count)
            yk_error_format(&d.items[0], line, sizeof line);
        else
            snprintf(line, sizeof line, "(no message)");
        yk_diag_free(&d);
        fail_msg("load failed (%s, %zu problems): %s", yk_status_str(st),
                 count, line);
    }
    assert_int_equal(d.count, 0);
    yk_diag_free(&d);
    return s;
}

/* Every message of d, sorted, one per line (no final newline). Caller
 * frees. */
static char *diag_text(yk_diag *d)
{
    size_t cap = 1, i, len = 0;
    char *out;
    yk_diag_sort(d);
    for (i = 0; i < d->count; i++)
        cap += (size_t)yk_error_format(&d->items[i], NULL, 0) + 1;
    out = malloc(cap);
    assert_non_null(out);
    out[0] = '\0';
    for (i = 0; i < d->count; i++) {
        if (i)
            out[len++] = '\n';
        len += (size_t)yk_error_format(&d->items[i], out + len, cap - len);
    }
    return out;
}

/* Loads yaml as t.yaml (files allowed), expects failure with `status` and
 * exactly the messages `want`. */
static void expect_errors_opt(const char *yaml, const yk_load_options *opt,
                              yk_status status, const char *want)
{
    yk_scenario *s = (yk_scenario *)&s; /* must be reset to NULL */
    yk_diag d;
    yk_status st;
    char *got;
    yk_diag_init(&d);
    st = yk_scenario_load_buffer("t.yaml", yaml, strlen(yaml), opt, &s, &d);
    got = diag_text(&d);
    if (strcmp(got, want) != 0)
        fail_msg("messages differ\n--- got:\n%s\n--- want:\n%s", got, want);
    free(got);
    assert_null(s);
    assert_int_equal(st, status);
    yk_diag_free(&d);
}

static void expect_errors(const char *yaml, yk_status status, const char *want)
{
    yk_load_options opt = {.allow_files = true};
    expect_errors_opt(yaml, &opt, status, want);
}

/* ---- a small valid scenario ----------------------------------------------- */

static const char MINI[] =
    "# a small world for the loader tests\n"
    "scenario: mini\n"
    "description: a small test world\n"
    "year: 2025\n"
    "seed: 11\n"
    "states:\n"
    "  USA:\n"
    "    name: United States\n"
    "    region: north_america\n"
    "    npt: nws\n"
    "    nuclear:\n"
    "      forces:\n"
    "        - {name: MM3, type: icbm_silo, launchers: 400, yield_kt: 300, cep_m: 120, hardness_psi: 2000}\n"
    "        - {name: D5, type: slbm, launchers: 240, warheads_per_launcher: 4, yield_kt: {triangular: [90, 100, 455]}}\n"
    "      reserve_warheads: 1900\n"
    "  JPN:\n"
    "    name: Japan\n"
    "    region: east_asia\n"
    "    resolve: {uniform: [0.4, 0.8]}\n"
    "  CHN:\n"
    "    name: China\n"
    "    region: east_asia\n"
    "    npt: nws\n"
    "alliances:\n"
    "  USA-JPN: {kind: umbrella, credibility: 0.7}\n"
    "rivalries:\n"
    "  CHN-JPN: {intensity: 0.6, territorial: true}\n"
    "events:\n"
    "  - {year: 2030, actor: CHN, set: {nuclear.reserve_warheads: 500}}\n"
    "crises:\n"
    "  - aggressor: CHN\n"
    "    target: JPN\n"
    "    patron: USA\n"
    "    theatre: east_china_sea\n"
    "    stakes: {CHN: 0.5, JPN: 1.0, USA: 0.6}\n"
    "run:\n"
    "  engines: [crisis]\n"
    "  replicates: 500\n"
    "  years: [2025, 2035]\n";

static void test_mini_header(void **state)
{
    yk_scenario *s = load_ok(MINI);
    (void)state;
    assert_string_equal(yk_scenario_name(s), "mini");
    assert_string_equal(yk_scenario_kind(s), "scenario");
    assert_string_equal(yk_scenario_description(s), "a small test world");
    assert_string_equal(yk_scenario_origin(s), "t.yaml");
    assert_int_equal(yk_scenario_seed(s), 11);
    assert_int_equal(yk_scenario_world(s)->year, 2025);
    yk_scenario_free(s);
}

static void test_mini_states_sorted(void **state)
{
    yk_scenario *s = load_ok(MINI);
    const yk_world *w = yk_scenario_world(s);
    (void)state;
    /* File order USA, JPN, CHN; id order CHN, JPN, USA. */
    assert_int_equal(w->n_states, 3);
    assert_string_equal(w->states[0].id, "CHN");
    assert_string_equal(w->states[1].id, "JPN");
    assert_string_equal(w->states[2].id, "USA");
    assert_int_equal(yk_world_state_index(w, "USA"), 2);
    assert_int_equal(yk_world_state_index(w, "KOR"), YK_NONE);
    assert_null(yk_world_state(w, "KOR"));
    assert_string_equal(yk_world_state(w, "USA")->name, "United States");
    yk_scenario_free(s);
}

static void test_mini_forces(void **state)
{
    yk_scenario *s = load_ok(MINI);
    const yk_state *usa = yk_world_state(yk_scenario_world(s), "USA");
    const yk_force *mm3, *d5;
    (void)state;
    assert_int_equal(usa->region, YK_REGION_NORTH_AMERICA);
    assert_int_equal(usa->npt, YK_NPT_NWS);
    assert_int_equal(usa->nuclear.n_forces, 2);
    mm3 = &usa->nuclear.forces[0]; /* lists keep file order */
    d5 = &usa->nuclear.forces[1];
    assert_string_equal(mm3->name, "MM3");
    assert_int_equal(mm3->type, YK_FORCE_ICBM_SILO);
    assert_int_equal(mm3->launchers, 400);
    assert_int_equal(mm3->warheads_per_launcher, 1); /* default 1 */
    assert_near(mm3->yield_kt.value, 300, 0);
    assert_near(mm3->cep_m.value, 120, 0);
    assert_near(mm3->hardness_psi.value, 2000, 0);
    assert_near(mm3->reliability.value, 0.8, 0); /* default 0.8 */
    assert_near(mm3->range_km.value, 1000, 0);   /* default 1000 */
    assert_near(mm3->alert.value, 0, 0);         /* default 0 */
    assert_int_equal(mm3->year_in, 0);
    assert_int_equal(mm3->year_out, 0);
    /* The field's range travels with the value: yield_kt is 0..1e5. */
    assert_near(mm3->yield_kt.lo, 0, 0);
    assert_near(mm3->yield_kt.hi, 1e5, 0);
    assert_int_equal(d5->type, YK_FORCE_SLBM);
    assert_int_equal(d5->warheads_per_launcher, 4);
    /* triangular [90, 100, 455]: mean (90 + 100 + 455) / 3 = 215 */
    assert_int_equal(d5->yield_kt.kind, YK_DIST_TRIANGULAR);
    assert_near(d5->yield_kt.value, 215, 1e-12);
    assert_near(d5->cep_m.value, 200, 0); /* default 200 */
    /* 400 x 1 + 240 x 4 = 1360 deployed; + 1900 reserve = 3260 */
    assert_int_equal(yk_state_deployed_warheads(usa, 2025), 1360);
    assert_near(yk_state_stockpile(usa, 2025), 3260, 0);
    assert_true(yk_state_is_nuclear(usa, 2025));
    yk_scenario_free(s);
}

static void test_mini_state_defaults(void **state)
{
    yk_scenario *s = load_ok(MINI);
    const yk_state *jpn = yk_world_state(yk_scenario_world(s), "JPN");
    (void)state;
    /* uniform [0.4, 0.8]: mean (0.4 + 0.8) / 2 = 0.6 */
    assert_int_equal(jpn->resolve.kind, YK_DIST_UNIFORM);
    assert_near(jpn->resolve.value, 0.6, 1e-15);
    assert_true(yk_param_is_uncertain(&jpn->resolve));
    /* Defaults from schema.c for what the file leaves out. */
    assert_int_equal(jpn->npt, YK_NPT_NNWS);
    assert_near(jpn->public_support_nuclear.value, 0.5, 0);
    assert_false(yk_param_is_uncertain(&jpn->public_support_nuclear));
    assert_near(jpn->regime.democracy.value, 0.5, 0);
    assert_near(jpn->regime.civilian_control.value, 0.5, 0);
    assert_near(jpn->latency.breakout_months.value, 120, 0);
    assert_near(jpn->latency.fissile_stock_kg.value, 0, 0);
    assert_int_equal(jpn->doctrine.posture, YK_POSTURE_FIRST_USE);
    assert_false(jpn->doctrine.launch_on_warning);
    assert_near(jpn->conventional.power.value, 0, 0);
    assert_int_equal(jpn->nuclear.n_forces, 0);
    assert_near(jpn->nuclear.reserve_warheads.value, 0, 0);
    assert_false(yk_state_is_nuclear(jpn, 2025));
    yk_scenario_free(s);
}

static void test_mini_alliance_rivalry(void **state)
{
    yk_scenario *s = load_ok(MINI);
    const yk_world *w = yk_scenario_world(s);
    const yk_alliance *al = yk_world_alliance(w, "USA-JPN");
    const yk_rivalry *r;
    (void)state;
    assert_int_equal(w->n_alliances, 1);
    assert_non_null(al);
    assert_int_equal(al->patron, 2); /* USA, in id order */
    assert_int_equal(al->ally, 1);   /* JPN */
    assert_int_equal(al->kind, YK_ALLIANCE_UMBRELLA);
    assert_null(al->bloc);
    assert_near(al->credibility.value, 0.7, 0);
    assert_near(al->commitment.value, 0.5, 0);     /* default 0.5 */
    assert_near(al->forward_forces.value, 0, 0);   /* default 0 */
    assert_false(al->nuclear_sharing.stationed);
    assert_int_equal(al->nuclear_sharing.weapons, 0);
    assert_null(yk_world_alliance(w, "JPN-USA"));
    r = yk_world_rivalry(w, "JPN", "CHN"); /* either order finds it */
    assert_non_null(r);
    assert_ptr_equal(r, yk_world_rivalry(w, "CHN", "JPN"));
    assert_string_equal(r->id, "CHN-JPN");
    assert_int_equal(r->a, 0);
    assert_int_equal(r->b, 1);
    assert_near(r->intensity.value, 0.6, 0);
    assert_true(r->territorial);
    yk_scenario_free(s);
}

static void test_mini_event_crisis_run(void **state)
{
    yk_scenario *s = load_ok(MINI);
    const yk_world *w = yk_scenario_world(s);
    const yk_crisis *c = &w->crises[0];
    const yk_run_config *run = yk_scenario_run(s);
    (void)state;
    assert_int_equal(w->n_events, 1);
    assert_int_equal(w->events[0].year, 2030);
    assert_int_equal(w->events[0].kind, YK_EVENT_CHANGE); /* default */
    assert_int_equal(w->events[0].actor, 0);              /* CHN */
    assert_int_equal(w->events[0].target, YK_NONE);
    assert_int_equal(w->events[0].n_changes, 1);
    assert_false(w->events[0].applied); /* 2030 > 2025 */
    assert_int_equal(w->n_crises, 1);
    assert_string_equal(c->name, "CHN-JPN"); /* AGGRESSOR-TARGET */
    assert_int_equal(c->aggressor, 0);
    assert_int_equal(c->target, 1);
    assert_int_equal(c->patron, 2);
    assert_string_equal(c->theatre, "east_china_sea");
    assert_near(c->stake_aggressor.value, 0.5, 0);
    assert_near(c->stake_target.value, 1.0, 0);
    assert_near(c->stake_patron.value, 0.6, 0);
    assert_int_equal(run->n_engines, 1);
    assert_string_equal(run->engines[0], "crisis");
    assert_int_equal(run->replicates, 500);
    assert_int_equal(run->year_from, 2025);
    assert_int_equal(run->year_to, 2035);
    yk_scenario_free(s);
}

static void test_document_defaults(void **state)
{
    yk_scenario *s = load_ok("world: w\n");
    const yk_run_config *run = yk_scenario_run(s);
    (void)state;
    assert_string_equal(yk_scenario_kind(s), "world");
    assert_string_equal(yk_scenario_name(s), "w");
    assert_string_equal(yk_scenario_description(s), "");
    assert_int_equal(yk_scenario_world(s)->year, 2025); /* default year */
    assert_int_equal(yk_scenario_seed(s), 1);           /* default seed */
    assert_int_equal(yk_scenario_world(s)->n_states, 0);
    assert_int_equal(run->replicates, 10000); /* default replicates */
    assert_int_equal(run->n_engines, 0);
    assert_int_equal(run->year_from, 2025); /* year .. year + 10 */
    assert_int_equal(run->year_to, 2035);
    yk_scenario_free(s);
}

static void test_keyed_collections_sorted(void **state)
{
    static const char text[] =
        "world: order\n"
        "alliances:\n"
        "  USA-MEX: {kind: treaty}\n"
        "  USA-ARG: {kind: consultation}\n"
        "  BRA-ARG: {kind: treaty}\n"
        "rivalries:\n"
        "  BRA-MEX: {}\n"
        "  ARG-BRA: {}\n"
        "states:\n"
        "  ZAF: {name: South Africa, region: africa}\n"
        "  USA: {name: United States, region: north_america}\n"
        "  MEX: {name: Mexico, region: latin_america}\n"
        "  BRA: {name: Brazil, region: latin_america}\n"
        "  ARG: {name: Argentina, region: latin_america}\n";
    static const char *const ids[] = {"ARG", "BRA", "MEX", "USA", "ZAF"};
    yk_scenario *s = load_ok(text);
    const yk_world *w = yk_scenario_world(s);
    size_t i;
    (void)state;
    assert_int_equal(w->n_states, 5);
    for (i = 0; i < 5; i++)
        assert_string_equal(w->states[i].id, ids[i]);
    assert_int_equal(w->n_alliances, 3);
    assert_string_equal(w->alliances[0].id, "BRA-ARG");
    assert_string_equal(w->alliances[1].id, "USA-ARG");
    assert_string_equal(w->alliances[2].id, "USA-MEX");
    /* Indices point into the sorted states: USA is 3, ARG 0. */
    assert_int_equal(w->alliances[1].patron, 3);
    assert_int_equal(w->alliances[1].ally, 0);
    assert_int_equal(w->alliances[1].kind, YK_ALLIANCE_CONSULTATION);
    assert_int_equal(w->n_rivalries, 2);
    assert_string_equal(w->rivalries[0].id, "ARG-BRA");
    assert_string_equal(w->rivalries[1].id, "BRA-MEX");
    assert_int_equal(w->rivalries[1].a, 1);
    assert_int_equal(w->rivalries[1].b, 2);
    assert_near(w->rivalries[1].intensity.value, 0.5, 0); /* default 0.5 */
    yk_scenario_free(s);
}

/* ---- errors, one kind at a time ---------------------------------------------- */

static void test_error_unknown_key(void **state)
{
    (void)state;
    expect_errors("scenario: e\n"          /* 1 */
                  "states:\n"              /* 2 */
                  "  JPN:\n"               /* 3 */
                  "    name: Japan\n"      /* 4 */
                  "    region: east_asia\n" /* 5 */
                  "    resolv: 0.6\n"      /* 6 */
                  "staets: {}\n"           /* 7 */
                  "zzz: 1\n",              /* 8 */
                  YK_E_SCHEMA,
                  "t.yaml:6:5: states.JPN.resolv: unknown key \"resolv\" (did you mean \"resolve\"?)\n"
                  "t.yaml:7:1: staets: unknown key \"staets\" (did you mean \"states\"?)\n"
                  "t.yaml:8:1: zzz: unknown key \"zzz\" in document");
}

static void test_error_unknown_key_in_value(void **state)
{
    (void)state;
    /* Line 4: "    resolve: {unifrom: [0.1, 0.2]}": '{' at col 14,
     * the key at 15. The mapping has no distribution key either. */
    expect_errors("scenario: e\n"
                  "states:\n"
                  "  JPN:\n"
                  "    resolve: {unifrom: [0.1, 0.2]}\n"
                  "    name: Japan\n"
                  "    region: east_asia\n",
                  YK_E_SCHEMA,
                  "t.yaml:4:14: states.JPN.resolve: a value mapping needs one of value, uniform, triangular, beta or normal\n"
                  "t.yaml:4:15: states.JPN.resolve.unifrom: unknown key \"unifrom\" (did you mean \"uniform\"?)");
}

static void test_error_wrong_type(void **state)
{
    (void)state;
    /* Line 6: 4 spaces + "resolve: " puts the value at col 14.
     * Line 9: '{' at 11, "type: slbm, " to 23, "launchers: " to 34,
     * its value at 35. Line 10: "year: " puts the value at col 7. */
    expect_errors("scenario: e\n"                                   /* 1 */
                  "states:\n"                                       /* 2 */
                  "  JPN:\n"                                        /* 3 */
                  "    name: Japan\n"                               /* 4 */
                  "    region: east_asia\n"                         /* 5 */
                  "    resolve: \"high\"\n"                         /* 6 */
                  "    nuclear:\n"                                  /* 7 */
                  "      forces:\n"                                 /* 8 */
                  "        - {type: slbm, launchers: 1.5}\n"           /* 9 */
                  "year: soon\n",                                   /* 10 */
                  YK_E_SCHEMA,
                  "t.yaml:6:14: states.JPN.resolve: expected a number, got the string \"high\"\n"
                  "t.yaml:9:35: states.JPN.nuclear.forces[0].launchers: expected a whole number, got \"1.5\"\n"
                  "t.yaml:10:7: year: expected a whole number, got \"soon\"");
}

static void test_error_out_of_range(void **state)
{
    (void)state;
    /* Line 6: 4 + len("public_support_nuclear: ") = 4 + 24, value at 29.
     * Line 7: '{' at 14, "breakout_months: " is 17 characters: value
     * at 32. Line 8: value at 7. */
    expect_errors("scenario: e\n"                           /* 1 */
                  "states:\n"                               /* 2 */
                  "  KOR:\n"                                /* 3 */
                  "    name: South Korea\n"                 /* 4 */
                  "    region: east_asia\n"                 /* 5 */
                  "    public_support_nuclear: 1.7\n"       /* 6 */
                  "    latency: {breakout_months: 9000}\n"  /* 7 */
                  "year: 2300\n",                           /* 8 */
                  YK_E_RANGE,
                  "t.yaml:6:29: states.KOR.public_support_nuclear: 1.7 leaves the range 0..1 of this field\n"
                  "t.yaml:7:32: states.KOR.latency.breakout_months: 9000 leaves the range 0..600 months of this field\n"
                  "t.yaml:8:7: year: 2300 is outside 0..2200 year");
}

static void test_error_negative_count(void **state)
{
    (void)state;
    /* Line 8: '{' at 11, launchers' value at 35 ("-48"), then ", " and
     * "warheads_per_launcher: " (23 characters) from 40: value at 63. */
    expect_errors("scenario: e\n"              /* 1 */
                  "states:\n"                  /* 2 */
                  "  GBR:\n"                   /* 3 */
                  "    name: United Kingdom\n" /* 4 */
                  "    region: europe\n"       /* 5 */
                  "    nuclear:\n"             /* 6 */
                  "      forces:\n"            /* 7 */
                  "        - {type: slbm, launchers: -48, warheads_per_launcher: 65}\n"
                  "run: {replicates: 0}\n",    /* 9 */
                  YK_E_RANGE,
                  "t.yaml:8:35: states.GBR.nuclear.forces[0].launchers: -48 leaves the range 0..1000000 launchers of this field\n"
                  "t.yaml:8:63: states.GBR.nuclear.forces[0].warheads_per_launcher: 65 leaves the range 0..64 warheads of this field\n"
                  "t.yaml:9:19: run.replicates: 0 is outside 1..1000000000 replicates");
}

static void test_error_distribution_range(void **state)
{
    (void)state;
    /* Each message points at the '[' of the list:
     * line 4: '{' at 8, ... "resolve: " ends at 49, '{' 50, "beta: " to
     *         56, '[' at 57;
     * line 8: "    credibility: {uniform: " is 27 characters -> 28;
     * line 9: "    commitment: {triangular: " is 29 -> 30;
     * line 10: "    consultation: {normal: " is 27 -> 28;
     * line 11: "    forward_forces: {normal: " is 29 -> 30. */
    expect_errors(
        "scenario: e\n"                                                   /* 1 */
        "states:\n"                                                       /* 2 */
        "  USA: {name: United States, region: north_america}\n"           /* 3 */
        "  JPN: {name: Japan, region: east_asia, resolve: {beta: [0, 3]}}\n" /* 4 */
        "alliances:\n"                                                    /* 5 */
        "  USA-JPN:\n"                                                    /* 6 */
        "    kind: umbrella\n"                                            /* 7 */
        "    credibility: {uniform: [0.4, 1.2]}\n"                        /* 8 */
        "    commitment: {triangular: [0.2, 0.5, 1.5]}\n"                 /* 9 */
        "    consultation: {normal: [0.5, 0]}\n"                          /* 10 */
        "    forward_forces: {normal: [1.5, 0.1]}\n",                     /* 11 */
        YK_E_RANGE,
        "t.yaml:4:57: states.JPN.resolve.beta: beta [0, 3]: both shape parameters must be > 0\n"
        "t.yaml:8:28: alliances.USA-JPN.credibility.uniform: uniform [0.4, 1.2] leaves the range 0..1 of this field\n"
        "t.yaml:9:30: alliances.USA-JPN.commitment.triangular: triangular [0.2, 0.5, 1.5] leaves the range 0..1 of this field\n"
        "t.yaml:10:28: alliances.USA-JPN.consultation.normal: normal [0.5, 0]: sd must be > 0\n"
        "t.yaml:11:30: alliances.USA-JPN.forward_forces.normal: normal [1.5, 0.1]: its mean leaves the range 0..1 of this field");
}

static void test_error_distribution_range_with_unit(void **state)
{
    (void)state;
    /* Line 10: 10 spaces + "yield_kt: {triangular: " (23) -> '[' at 34.
     * Line 11: 10 spaces + "cep_m: {uniform: " (17) -> '[' at 28.
     * Line 12: 10 spaces + "range_km: {uniform: " (20) -> '[' at 31. */
    expect_errors("scenario: e\n"                                      /* 1 */
                  "states:\n"                                          /* 2 */
                  "  USA:\n"                                           /* 3 */
                  "    name: United States\n"                          /* 4 */
                  "    region: north_america\n"                        /* 5 */
                  "    nuclear:\n"                                     /* 6 */
                  "      forces:\n"                                    /* 7 */
                  "        - type: bomber\n"                           /* 8 */
                  "          launchers: 10\n"                          /* 9 */
                  "          yield_kt: {triangular: [10, 50, 200000]}\n" /* 10 */
                  "          cep_m: {uniform: [-5, 100]}\n"            /* 11 */
                  "          range_km: {uniform: [900, 800]}\n",       /* 12 */
                  YK_E_RANGE,
                  "t.yaml:10:34: states.USA.nuclear.forces[0].yield_kt.triangular: triangular [10, 50, 200000] leaves the range 0..100000 kt of this field\n"
                  "t.yaml:11:28: states.USA.nuclear.forces[0].cep_m.uniform: uniform [-5, 100] leaves the range 0..100000 m of this field\n"
                  "t.yaml:12:31: states.USA.nuclear.forces[0].range_km.uniform: uniform [900, 800]: lo exceeds hi");
}

/* beta's support is 0..1; a field whose range holds 0..1 accepts it even
 * when its unit is kilotons (yield_kt is 0..1e5). */
static void test_beta_on_wide_field_accepted(void **state)
{
    yk_scenario *s = load_ok(
        "scenario: e\n"
        "states:\n"
        "  USA:\n"
        "    name: United States\n"
        "    region: north_america\n"
        "    nuclear:\n"
        "      forces:\n"
        "        - {type: bomber, launchers: 10, yield_kt: {beta: [2, 3]}}\n");
    const yk_force *f =
        &yk_world_state(yk_scenario_world(s), "USA")->nuclear.forces[0];
    (void)state;
    assert_int_equal(f->yield_kt.kind, YK_DIST_BETA);
    assert_near(f->yield_kt.value, 0.4, 1e-15); /* 2 / (2 + 3) */
    assert_near(f->yield_kt.lo, 0, 0);
    assert_near(f->yield_kt.hi, 1e5, 0);
    yk_scenario_free(s);
}

static void test_error_dangling_ids(void **state)
{
    (void)state;
    /* Line 8: "  - {year: 2020, event: aid_halt, actor: " is 41
     * characters: CHN at 42. Line 10: "  - {aggressor: " is 16: CHN at 17.
     * JPM is one edit from JPN, so it gets a hint; CHN is not close to
     * JPN or USA. */
    expect_errors("scenario: e\n"                                        /* 1 */
                  "states:\n"                                            /* 2 */
                  "  USA: {name: United States, region: north_america}\n" /* 3 */
                  "  JPN: {name: Japan, region: east_asia}\n"            /* 4 */
                  "alliances:\n"                                         /* 5 */
                  "  USA-JPM: {kind: umbrella}\n"                        /* 6 */
                  "events:\n"                                            /* 7 */
                  "  - {year: 2020, event: aid_halt, actor: CHN}\n"      /* 8 */
                  "crises:\n"                                            /* 9 */
                  "  - {aggressor: CHN, target: JPN, theatre: sea, stakes: {JPN: 1.0}}\n",
                  YK_E_REF,
                  "t.yaml:6:3: alliances.USA-JPM: unknown state \"JPM\" (did you mean \"JPN\"?)\n"
                  "t.yaml:8:42: events[0].actor: unknown state \"CHN\"\n"
                  "t.yaml:10:17: crises[0].aggressor: unknown state \"CHN\"");
}

static void test_error_rivalry_order(void **state)
{
    (void)state;
    expect_errors("scenario: e\n"
                  "states:\n"
                  "  CHN: {name: China, region: east_asia}\n"
                  "  JPN: {name: Japan, region: east_asia}\n"
                  "rivalries:\n"
                  "  JPN-CHN: {intensity: 0.6}\n",
                  YK_E_SCHEMA,
                  "t.yaml:6:3: rivalries.JPN-CHN: rivalry ids are in alphabetical order: write CHN-JPN");
}

static void test_error_bad_state_id(void **state)
{
    (void)state;
    expect_errors("scenario: e\n"
                  "states:\n"
                  "  Japan: {name: Japan, region: east_asia}\n",
                  YK_E_SCHEMA,
                  "t.yaml:3:3: states.Japan: a state id is an ISO 3166 alpha-3 code: three capital letters, like JPN");
}

static void test_error_duplicate_key(void **state)
{
    (void)state;
    expect_errors("scenario: e\n"
                  "states:\n"
                  "  FRA: {name: France, region: europe}\n"
                  "  FRA: {name: France again, region: europe}\n",
                  YK_E_REF, "t.yaml:4:3: duplicate key \"FRA\"");
}

static void test_error_yaml_syntax(void **state)
{
    (void)state;
    /* The flow mapping of line 3 never closes; libyaml notices at the ':'
     * after KOR (line 4, col 6). */
    expect_errors("scenario: e\n"
                  "states:\n"
                  "  JPN: {name: Japan, region: east_asia\n"
                  "  KOR: {name: South Korea, region: east_asia}\n",
                  YK_E_PARSE,
                  "t.yaml:4:6: YAML: did not find expected ',' or '}' while parsing a flow mapping");
}

static void test_error_alias(void **state)
{
    (void)state;
    expect_errors("scenario: e\n"
                  "states:\n"
                  "  BEL: &host {name: Belgium, region: europe}\n"
                  "  NLD: *host\n",
                  YK_E_PARSE,
                  "t.yaml:4:8: YAML aliases (*name) are not supported; write the value out");
}

static void test_error_missing_name(void **state)
{
    (void)state;
    /* Line 8: the force's mapping opens at col 11. */
    expect_errors("description: nameless\n"         /* 1 */
                  "states:\n"                       /* 2 */
                  "  PAK:\n"                        /* 3 */
                  "    name: Pakistan\n"            /* 4 */
                  "    region: south_asia\n"        /* 5 */
                  "    nuclear:\n"                  /* 6 */
                  "      forces:\n"                 /* 7 */
                  "        - {launchers: 30, yield_kt: 12}\n", /* 8 */
                  YK_E_SCHEMA,
                  "t.yaml:1:1: missing the name: start the file with scenario: NAME (or world: NAME)\n"
                  "t.yaml:8:11: states.PAK.nuclear.forces[0].type: missing required field \"type\"");
}

static void test_error_two_names(void **state)
{
    (void)state;
    expect_errors("scenario: a\nworld: b\n", YK_E_SCHEMA,
                  "t.yaml:2:8: world: a file is a scenario or a world: give scenario: or world:, not both");
    expect_errors("scenario: [a]\n", YK_E_SCHEMA,
                  "t.yaml:1:11: scenario: expected a name");
}

static void test_error_missing_required(void **state)
{
    (void)state;
    /* A state mapping without name: and region:, reported at its '{'
     * (col 8); an alliance without kind:, at its '{' (col 12). */
    expect_errors("scenario: e\n"
                  "states:\n"
                  "  JPN: {resolve: 0.5}\n"
                  "  USA: {name: United States, region: north_america}\n"
                  "alliances:\n"
                  "  USA-JPN: {credibility: 0.5}\n",
                  YK_E_SCHEMA,
                  "t.yaml:3:8: states.JPN.name: missing required field \"name\"\n"
                  "t.yaml:3:8: states.JPN.region: missing required field \"region\"\n"
                  "t.yaml:6:12: alliances.USA-JPN.kind: missing required field \"kind\"");
}

static void test_error_unknown_enum(void **state)
{
    (void)state;
    /* Line 7: "    doctrine: {posture: " is 24 characters -> 25.
     * Line 10: '{' at 11, "type: " at 12..17 -> value at 18. */
    expect_errors("scenario: e\n"                          /* 1 */
                  "states:\n"                              /* 2 */
                  "  IND:\n"                               /* 3 */
                  "    name: India\n"                      /* 4 */
                  "    region: south_asai\n"               /* 5 */
                  "    npt: outsider\n"                    /* 6 */
                  "    doctrine: {posture: no_first_strike}\n" /* 7 */
                  "    nuclear:\n"                         /* 8 */
                  "      forces:\n"                        /* 9 */
                  "        - {type: submarine, launchers: 4}\n", /* 10 */
                  YK_E_SCHEMA,
                  "t.yaml:5:13: states.IND.region: unknown region \"south_asai\" (did you mean \"south_asia\"?)\n"
                  "t.yaml:6:10: states.IND.npt: unknown npt \"outsider\" (did you mean \"outside\"?)\n"
                  "t.yaml:7:25: states.IND.doctrine.posture: unknown posture \"no_first_strike\" (did you mean \"no_first_use\"?)\n"
                  "t.yaml:10:18: states.IND.nuclear.forces[0].type: unknown type \"submarine\" (expected one of: icbm_silo, icbm_mobile, slbm, bomber, theatre_missile, dual_capable_aircraft, slcm, gravity_bomb)");
}

static void test_error_unknown_engine(void **state)
{
    static const char *const engines[] = {"crisis", "ladder", NULL};
    yk_load_options opt = {.allow_files = false, .engines = engines};
    (void)state;
    /* "run: {engines: [" is 16 characters: the names at 17 and 25. */
    expect_errors_opt("scenario: e\nrun: {engines: [crisys, ladder]}\n", &opt,
                      YK_E_SCHEMA,
                      "t.yaml:2:17: run.engines[0]: unknown engine \"crisys\" (did you mean \"crisis\"?)");
}

static void test_error_missing_stake(void **state)
{
    (void)state;
    /* Line 11: "    stakes: " is 12 characters: '{' at 13.
     * Line 12: the crisis mapping opens at col 5 (named: two crises
     * RUS-POL would be a duplicate). */
    expect_errors("scenario: e\n"                                        /* 1 */
                  "states:\n"                                            /* 2 */
                  "  RUS: {name: Russia, region: eurasia}\n"             /* 3 */
                  "  POL: {name: Poland, region: europe}\n"              /* 4 */
                  "  USA: {name: United States, region: north_america}\n" /* 5 */
                  "crises:\n"                                            /* 6 */
                  "  - aggressor: RUS\n"                                 /* 7 */
                  "    target: POL\n"                                    /* 8 */
                  "    patron: USA\n"                                    /* 9 */
                  "    theatre: baltic\n"                                /* 10 */
                  "    stakes: {RUS: 0.4, POL: 1.0}\n"                   /* 11 */
                  "  - {name: b, aggressor: RUS, target: POL, theatre: baltic}\n", /* 12 */
                  YK_E_SCHEMA,
                  "t.yaml:11:13: crises[0].stakes: missing the patron's stake (USA)\n"
                  "t.yaml:12:5: crises[1]: missing stakes: {AGGRESSOR: v, TARGET: v, PATRON: v}");
}

static void test_error_not_a_mapping(void **state)
{
    (void)state;
    expect_errors("- scenario: a list\n", YK_E_SCHEMA,
                  "t.yaml:1:1: a world or scenario file is a mapping of keys (scenario:, extends:, set:, ...), got a list");
}

/* One pass reports every problem of a file. */
static void test_error_all_in_one_pass(void **state)
{
    static const char text[] =
        "scenario: e\n"                                                     /* 1 */
        "states:\n"                                                         /* 2 */
        "  JPN:\n"                                                          /* 3 */
        "    name: Japan\n"                                                 /* 4 */
        "    region: east_asai\n"                                           /* 5: enum */
        "    resolve: 1.5\n"                                                /* 6: range */
        "    resolv: 0.5\n"                                                 /* 7: key */
        "  USA: {name: United States, region: north_america, npt: nwz}\n"   /* 8: enum */
        "alliances:\n"                                                      /* 9 */
        "  USA-KOR: {kind: umbrella}\n"                                     /* 10: ref */
        "run: {replicates: 0}\n";                                           /* 11: range */
    static const int lines[] = {5, 6, 7, 8, 10, 11};
    yk_scenario *s = NULL;
    yk_diag d;
    size_t i;
    (void)state;
    /* The status is that of the first problem met: JPN's unknown key
     * (keys are checked before fields are converted). */
    assert_int_equal(load_text(text, &s, &d), YK_E_SCHEMA);
    assert_null(s);
    yk_diag_sort(&d);
    assert_int_equal(d.count, 6);
    assert_int_equal(d.dropped, 0);
    for (i = 0; i < d.count; i++) {
        assert_string_equal(d.items[i].file, "t.yaml");
        assert_int_equal(d.items[i].line, lines[i]);
    }
    assert_int_equal(d.items[1].status, YK_E_RANGE);
    assert_int_equal(d.items[4].status, YK_E_REF);
    yk_diag_free(&d);
}

/* ---- extends ------------------------------------------------------------------ */

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    FILE *f;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
    assert_int_equal(fclose(f), 0);
}

static void remove_file(const char *dir, const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    unlink(path);
}

static const char BASE_WORLD[] =
    "world: base\n"
    "states:\n"
    "  USA: {name: United States, region: north_america}\n"
    "  JPN:\n"
    "    name: Japan\n"
    "    region: east_asia\n"
    "    resolve: 0.4\n"
    "    public_support_nuclear: 0.3\n"
    "events:\n"
    "  - {year: 2020, event: reassurance, actor: USA, target: JPN}\n"
    "crises:\n"
    "  - {aggressor: USA, target: JPN, theatre: t1, stakes: {USA: 0.1, JPN: 0.2}}\n";

static const char CHILD_SCENARIO[] =
    "scenario: child\n"
    "extends: ../base.yaml\n"
    "states:\n"
    "  JPN:\n"
    "    resolve: 0.9\n"
    "events:\n"
    "  - {year: 2021, event: neglect, actor: USA, target: JPN}\n"
    "crises:\n"
    "  - {aggressor: JPN, target: USA, theatre: t2, stakes: {USA: 0.3, JPN: 0.4}}\n";

static void check_child(const yk_scenario *s)
{
    const yk_world *w = yk_scenario_world(s);
    const yk_state *jpn = yk_world_state(w, "JPN");
    assert_string_equal(yk_scenario_name(s), "child");
    assert_string_equal(yk_scenario_kind(s), "scenario");
    assert_int_equal(w->n_states, 2);
    assert_non_null(jpn);
    assert_near(jpn->resolve.value, 0.9, 0);                 /* child */
    assert_string_equal(jpn->name, "Japan");                 /* base */
    assert_int_equal(jpn->region, YK_REGION_EAST_ASIA);      /* base */
    assert_near(jpn->public_support_nuclear.value, 0.3, 0);  /* base */
    /* Events and crises accumulate, base first. */
    assert_int_equal(w->n_events, 2);
    assert_int_equal(w->events[0].year, 2020);
    assert_int_equal(w->events[0].kind, YK_EVENT_REASSURANCE);
    assert_int_equal(w->events[1].year, 2021);
    assert_int_equal(w->events[1].kind, YK_EVENT_NEGLECT);
    assert_int_equal(w->n_crises, 2);
    assert_string_equal(w->crises[0].theatre, "t1");
    assert_string_equal(w->crises[1].theatre, "t2");
}

static void test_extends_relative_path(void **state)
{
    char dir[] = "/tmp/yk-scenario-XXXXXX";
    char sub[64], child[96];
    yk_scenario *s = NULL;
    yk_diag d;
    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    write_file(dir, "base.yaml", BASE_WORLD);
    write_file(sub, "child.yaml", CHILD_SCENARIO);
    snprintf(child, sizeof child, "%s/child.yaml", sub);

    /* From disk: ../base.yaml is relative to the child, not the cwd. */
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(child, NULL, &s, &d), YK_OK);
    assert_int_equal(d.count, 0);
    check_child(s);
    assert_string_equal(yk_scenario_origin(s), child);
    yk_scenario_free(s);
    yk_diag_free(&d);

    /* From memory, the file name anchors the relative path. */
    assert_int_equal(load_as(child, CHILD_SCENARIO, true, &s, &d), YK_OK);
    check_child(s);
    yk_scenario_free(s);
    yk_diag_free(&d);

    remove_file(sub, "child.yaml");
    remove_file(dir, "base.yaml");
    rmdir(sub);
    rmdir(dir);
}

static void test_extends_cycle(void **state)
{
    char dir[] = "/tmp/yk-scenario-XXXXXX";
    char a[96], want[256];
    yk_scenario *s = NULL;
    yk_diag d;
    char *got;
    (void)state;
    assert_non_null(mkdtemp(dir));
    write_file(dir, "a.yaml", "scenario: a\nextends: b.yaml\n");
    write_file(dir, "b.yaml", "world: b\nextends: ./a.yaml\n");
    snprintf(a, sizeof a, "%s/a.yaml", dir);
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(a, NULL, &s, &d), YK_E_CYCLE);
    assert_null(s);
    /* Reported at b.yaml's extends: value (line 2, col 10). */
    got = diag_text(&d);
    snprintf(want, sizeof want,
             "%s/b.yaml:2:10: extends: cycle in extends: a.yaml -> b.yaml -> a.yaml",
             dir);
    assert_string_equal(got, want);
    free(got);
    yk_diag_free(&d);
    remove_file(dir, "a.yaml");
    remove_file(dir, "b.yaml");
    rmdir(dir);
}

static void test_extends_self(void **state)
{
    char dir[] = "/tmp/yk-scenario-XXXXXX";
    char a[96];
    yk_scenario *s = NULL;
    yk_diag d;
    (void)state;
    assert_non_null(mkdtemp(dir));
    write_file(dir, "self.yaml", "scenario: self\nextends: self.yaml\n");
    snprintf(a, sizeof a, "%s/self.yaml", dir);
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load(a, NULL, &s, &d), YK_E_CYCLE);
    assert_null(s);
    assert_int_equal(d.count, 1);
    assert_string_equal(d.items[0].message,
                        "cycle in extends: self.yaml -> self.yaml");
    yk_diag_free(&d);
    remove_file(dir, "self.yaml");
    rmdir(dir);
}

static void test_extends_unknown_builtin(void **state)
{
    (void)state;
    expect_errors("scenario: e\nextends: world-2052\n", YK_E_NOTFOUND,
                  "t.yaml:2:10: extends: no built-in world or scenario \"world-2052\" "
                  "(see `yokushi scenarios`; a file path needs a '/' or .yaml)");
}

static void test_extends_files_refused(void **state)
{
    yk_load_options opt = {.allow_files = false};
    (void)state;
    expect_errors_opt("scenario: e\nextends: base.yaml\n", &opt, YK_E_ARG,
                      "t.yaml:2:10: extends: files cannot be named here (built-ins only)");
    expect_errors_opt("scenario: e\nextends: /etc/passwd\n", &opt, YK_E_ARG,
                      "t.yaml:2:10: extends: files cannot be named here (built-ins only)");
}

static void test_extends_missing_file(void **state)
{
    char dir[] = "/tmp/yk-scenario-XXXXXX";
    char file[96], want[256];
    yk_scenario *s = NULL;
    yk_diag d;
    char *got;
    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(file, sizeof file, "%s/t.yaml", dir);
    assert_int_equal(load_as(file, "scenario: e\nextends: gone.yaml\n", true, &s, &d),
                     YK_E_IO);
    assert_null(s);
    got = diag_text(&d);
    snprintf(want, sizeof want,
             "%s:2:10: extends: cannot open \"%s/gone.yaml\": No such file or directory",
             file, dir);
    assert_string_equal(got, want);
    free(got);
    yk_diag_free(&d);
    rmdir(dir);
}

/* ---- set: paths ------------------------------------------------------------------ */

/* 11 lines: `set:` is line 12 and its first entry line 13. */
static const char SET_BASE[] =
    "scenario: s\n"
    "states:\n"
    "  USA:\n"
    "    name: United States\n"
    "    region: north_america\n"
    "    nuclear:\n"
    "      forces:\n"
    "        - {name: MM3, type: icbm_silo, launchers: 400}\n"
    "        - {name: D5, type: slbm, launchers: 240, warheads_per_launcher: 4}\n"
    "        - {name: B-2, type: bomber, launchers: 20}\n"
    "  JPN: {name: Japan, region: east_asia}\n";

/* SET_BASE + "set:\n" + entries (each a full line). */
static char *with_set(const char *entries)
{
    size_t n = strlen(SET_BASE) + strlen(entries) + 8;
    char *t = malloc(n);
    assert_non_null(t);
    snprintf(t, n, "%sset:\n%s", SET_BASE, entries);
    return t;
}

static yk_scenario *load_set_ok(const char *entries)
{
    char *t = with_set(entries);
    yk_scenario *s = load_ok(t);
    free(t);
    return s;
}

static void expect_set_errors(const char *entries, yk_status status,
                              const char *want)
{
    char *t = with_set(entries);
    expect_errors(t, status, want);
    free(t);
}

/* ---- crises are keyed by name ------------------------------------------------ */

/* The built-in japan-2024 has one crisis, japan-2024 (CHN on JPN, patron USA). */
static const char JAPAN_CRISIS[] =
    "scenario: t\n"
    "extends: japan-2024\n"
    "crises:\n"
    "%s";

static yk_scenario *load_japan(const char *crises)
{
    char text[2048];
    snprintf(text, sizeof text, JAPAN_CRISIS, crises);
    return load_ok(text);
}

/* The two crises the tests below make on japan-2024: its own with theatre
 * senkaku and the aggressor's stake 0.8, and a second one named `second`. */
static const yk_world *two_crises(const yk_scenario *s, const char *second)
{
    const yk_world *w = yk_scenario_world(s);
    assert_int_equal(w->n_crises, 2);
    assert_string_equal(w->crises[0].theatre, "senkaku");
    assert_near(w->crises[0].stake_aggressor.value, 0.8, 0);
    assert_string_equal(w->crises[1].name, second);
    return w;
}

static void test_crisis_extends_by_name(void **state)
{
    /* Same name: merged key by key onto the inherited crisis, like a state
     * of the same id; the other stakes and fields stay. A new name (here
     * the default CHN-JPN) is appended. */
    yk_scenario *s = load_japan("  - {name: japan-2024, theatre: senkaku, "
                                "stakes: {CHN: 0.8}}\n"
                                "  - {aggressor: CHN, target: JPN, theatre: x, "
                                "stakes: {CHN: 0.2, JPN: 1}}\n");
    (void)state;
    assert_near(two_crises(s, "CHN-JPN")->crises[0].stake_patron.value, 0.7, 0);
    yk_scenario_free(s);
}

static void test_set_crisis_fields(void **state)
{
    /* Every field of an inherited crisis, by its name, by index, and by
     * the AGGRESSOR-TARGET name of an unnamed one. */
    yk_scenario *s = load_ok(
        "scenario: t\n"
        "extends: japan-2024\n"
        "crises:\n"
        "  - {aggressor: CHN, target: JPN, theatre: x, stakes: {CHN: 0.2, JPN: 1}}\n"
        "set:\n"
        "  crises.japan-2024.stakes.CHN: 0.8\n"
        "  crises[0].stakes.USA: {uniform: [0.5, 0.9]}\n"
        "  crises.0.theatre: senkaku\n"
        "  crises.CHN-JPN.stakes.JPN: 0.9\n"
        "  crises.CHN-JPN.name: second\n");
    const yk_world *w = two_crises(s, "second");
    (void)state;
    assert_int_equal(w->crises[0].stake_patron.kind, YK_DIST_UNIFORM);
    assert_near(w->crises[0].stake_patron.value, 0.7, 1e-12);
    assert_near(w->crises[1].stake_target.value, 0.9, 0);
    yk_scenario_free(s);
}

static void test_set_crisis_stake_checked(void **state)
{
    (void)state;
    /* A stake set for a state outside the crisis is the crisis's error, at
     * the set: line that wrote it. */
    expect_errors("scenario: t\n"
                  "extends: japan-2024\n"
                  "set:\n"
                  "  crises.japan-2024.stakes.KOR: 0.3\n"
                  "  crises.japan-2025.stakes.CHN: 0.3\n",
                  YK_E_NOTFOUND, /* set: paths are walked before conversion */
                  "t.yaml:4:3: crises[0].stakes.KOR: \"KOR\" is not a party to this crisis\n"
                  "t.yaml:5:3: crises: no item named \"japan-2025\" in this list "
                  "(select by name, by type when unique, or by index)");
}

static void test_crisis_duplicate_in_one_file(void **state)
{
    (void)state;
    expect_errors("scenario: t\n"
                  "extends: japan-2024\n"
                  "crises:\n"
                  "  - {aggressor: CHN, target: JPN, theatre: x, stakes: {CHN: 0.2, JPN: 1}}\n"
                  "  - {name: CHN-JPN, aggressor: CHN, target: JPN, theatre: y,\n"
                  "     stakes: {CHN: 0.2, JPN: 1}}\n",
                  YK_E_SCHEMA,
                  "t.yaml:5:12: crises[2].name: duplicate crisis name \"CHN-JPN\" "
                  "(first at t.yaml:4:5)");
}

static void test_set_value(void **state)
{
    yk_scenario *s = load_set_ok("  states.JPN.resolve: 0.9\n");
    (void)state;
    assert_near(yk_world_state(yk_scenario_world(s), "JPN")->resolve.value, 0.9, 0);
    yk_scenario_free(s);
}

static void test_set_new_force_list(void **state)
{
    yk_scenario *s = load_set_ok(
        "  states.JPN.nuclear.forces: [ {type: slbm, launchers: 16, "
        "warheads_per_launcher: 4, yield_kt: 100, cep_m: 150} ]\n");
    const yk_state *jpn = yk_world_state(yk_scenario_world(s), "JPN");
    (void)state;
    assert_int_equal(jpn->nuclear.n_forces, 1);
    assert_int_equal(jpn->nuclear.forces[0].type, YK_FORCE_SLBM);
    assert_near(jpn->nuclear.forces[0].yield_kt.value, 100, 0);
    assert_near(jpn->nuclear.forces[0].cep_m.value, 150, 0);
    /* 16 launchers x 4 warheads = 64 */
    assert_int_equal(yk_state_deployed_warheads(jpn, 2025), 64);
    assert_true(yk_state_is_nuclear(jpn, 2025));
    yk_scenario_free(s);
}

static void test_set_list_item_selectors(void **state)
{
    yk_scenario *s = load_set_ok(
        "  states.USA.nuclear.forces[0].launchers: 300\n"          /* by index */
        "  states.USA.nuclear.forces.D5.warheads_per_launcher: 5\n" /* by name */
        "  states.USA.nuclear.forces.bomber.launchers: 10\n");     /* by type */
    const yk_state *usa = yk_world_state(yk_scenario_world(s), "USA");
    (void)state;
    assert_int_equal(usa->nuclear.n_forces, 3);
    assert_int_equal(usa->nuclear.forces[0].launchers, 300);
    assert_int_equal(usa->nuclear.forces[1].warheads_per_launcher, 5);
    assert_int_equal(usa->nuclear.forces[1].launchers, 240); /* kept */
    assert_int_equal(usa->nuclear.forces[2].launchers, 10);
    /* 300 x 1 + 240 x 5 + 10 x 1 = 1510 */
    assert_int_equal(yk_state_deployed_warheads(usa, 2025), 1510);
    yk_scenario_free(s);
}

static void test_set_replace_list_item(void **state)
{
    yk_scenario *s = load_set_ok(
        "  states.USA.nuclear.forces[2]: {name: B-21, type: bomber, launchers: 5}\n");
    const yk_state *usa = yk_world_state(yk_scenario_world(s), "USA");
    (void)state;
    assert_string_equal(usa->nuclear.forces[2].name, "B-21");
    assert_int_equal(usa->nuclear.forces[2].launchers, 5);
    /* 400 + 240 x 4 + 5 = 1365 */
    assert_int_equal(yk_state_deployed_warheads(usa, 2025), 1365);
    yk_scenario_free(s);
}

static void test_set_index_out_of_range(void **state)
{
    (void)state;
    /* SET_BASE's USA has 3 forces: [0] to [2]. */
    expect_set_errors("  states.USA.nuclear.forces[3].launchers: 1\n", YK_E_NOTFOUND,
                      "t.yaml:13:3: states.USA.nuclear.forces: no item 3 in this list");
    expect_set_errors("  states.USA.nuclear.forces.trident.launchers: 1\n", YK_E_NOTFOUND,
                      "t.yaml:13:3: states.USA.nuclear.forces: no item named \"trident\" in this "
                      "list (select by name, by type when unique, or by index)");
}

static void test_set_ambiguous_type(void **state)
{
    (void)state;
    /* Replace the list with two silo forces (line 13), then select by
     * type (line 14): entries apply in file order. */
    expect_set_errors(
        "  states.USA.nuclear.forces: [{type: icbm_silo, launchers: 1}, {type: icbm_silo, launchers: 2}]\n"
        "  states.USA.nuclear.forces.icbm_silo.launchers: 3\n",
        YK_E_REF,
        "t.yaml:14:3: states.USA.nuclear.forces: icbm_silo matches several items: use a name or an index like [0]");
}

static void test_set_unknown_key(void **state)
{
    (void)state;
    expect_set_errors("  states.JPN.resolv: 0.9\n", YK_E_SCHEMA,
                      "t.yaml:13:3: states.JPN.resolv: unknown key \"resolv\" (did you mean \"resolve\"?)");
    expect_set_errors("  states.JPM.resolve: 0.9\n", YK_E_REF,
                      "t.yaml:13:3: states.JPM: no state \"JPM\" (did you mean \"JPN\"?)");
}

static void test_set_through_a_value(void **state)
{
    (void)state;
    expect_set_errors("  states.JPN.resolve.x: 1\n", YK_E_SCHEMA,
                      "t.yaml:13:3: states.JPN.resolve: \"resolve\" is a value: nothing below it can be set");
}

static void test_set_not_a_path(void **state)
{
    (void)state;
    expect_set_errors("  \"states..resolve\": 0.1\n", YK_E_SCHEMA,
                      "t.yaml:13:3: states..resolve: not a dotted path (write it like "
                      "states.JPN.resolve or states.CHN.nuclear.forces[0].launchers)");
}

/* The value a set: entry writes is validated where it was written:
 * "  states.JPN.resolve: " is 22 characters, so 1.5 is at col 23. */
static void test_set_value_validated_at_its_line(void **state)
{
    (void)state;
    expect_set_errors("  states.JPN.resolve: 1.5\n", YK_E_RANGE,
                      "t.yaml:13:23: states.JPN.resolve: 1.5 leaves the range 0..1 of this field");
}

/* ---- events -------------------------------------------------------------------- */

static const yk_state *chn_of(const yk_world *w)
{
    const yk_state *chn = yk_world_state(w, "CHN");
    assert_non_null(chn);
    return chn;
}

static void test_event_applies_from_its_year(void **state)
{
    yk_scenario *s = load_ok(MINI);
    yk_world w29, w30;
    yk_diag d;
    (void)state;
    /* The scenario's own world is 2025: the 2030 event is not applied. */
    assert_near(chn_of(yk_scenario_world(s))->nuclear.reserve_warheads.value, 0, 0);
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_world_at(s, 2029, &w29, &d), YK_OK);
    assert_int_equal(yk_scenario_world_at(s, 2030, &w30, &d), YK_OK);
    assert_int_equal(d.count, 0);
    assert_int_equal(w29.year, 2029);
    assert_int_equal(w30.year, 2030);
    assert_near(chn_of(&w29)->nuclear.reserve_warheads.value, 0, 0);
    assert_false(w29.events[0].applied);
    assert_near(chn_of(&w30)->nuclear.reserve_warheads.value, 500, 0);
    assert_true(w30.events[0].applied);
    assert_near(yk_state_stockpile(chn_of(&w30), 2030), 500, 0);
    /* The scenario's world is untouched by world_at. */
    assert_near(chn_of(yk_scenario_world(s))->nuclear.reserve_warheads.value, 0, 0);
    yk_world_free(&w29);
    yk_world_free(&w30);
    assert_null(w30.memory);
    yk_diag_free(&d);
    yk_scenario_free(s);
}

static void test_event_applied_at_file_year(void **state)
{
    static const char text[] =
        "scenario: e\n"
        "year: 2030\n"
        "states:\n"
        "  CHN: {name: China, region: east_asia}\n"
        "events:\n"
        "  - {year: 2030, actor: CHN, set: {nuclear.reserve_warheads: 500}}\n";
    yk_scenario *s = load_ok(text);
    (void)state;
    assert_near(chn_of(yk_scenario_world(s))->nuclear.reserve_warheads.value, 500, 0);
    assert_true(yk_scenario_world(s)->events[0].applied);
    yk_scenario_free(s);
}

/* Events apply in year order, then file order within a year. */
static void test_events_in_year_order(void **state)
{
    static const char text[] =
        "scenario: e\n"
        "states:\n"
        "  CHN: {name: China, region: east_asia}\n"
        "events:\n"
        "  - {year: 2032, actor: CHN, set: {nuclear.reserve_warheads: 700}}\n"
        "  - {year: 2028, actor: CHN, set: {nuclear.reserve_warheads: 300}}\n"
        "  - {year: 2029, set: {states.CHN.nuclear.reserve_warheads: 350}}\n"
        "  - {year: 2029, set: {states.CHN.nuclear.reserve_warheads: 400}}\n";
    static const struct {
        int year;
        double reserve;
    } want[] = {
        {2027, 0},   /* none yet */
        {2028, 300}, /* the second event */
        {2029, 400}, /* 350 then 400: file order within 2029 */
        {2031, 400},
        {2032, 700}, /* first in the file, last in time */
        {2040, 700},
    };
    yk_scenario *s = load_ok(text);
    size_t i;
    yk_diag d;
    (void)state;
    yk_diag_init(&d);
    for (i = 0; i < sizeof want / sizeof want[0]; i++) {
        yk_world w;
        assert_int_equal(yk_scenario_world_at(s, want[i].year, &w, &d), YK_OK);
        assert_near(chn_of(&w)->nuclear.reserve_warheads.value, want[i].reserve, 0);
        /* The world's list keeps file order. */
        assert_int_equal(w.events[0].year, 2032);
        yk_world_free(&w);
    }
    assert_int_equal(d.count, 0);
    yk_diag_free(&d);
    yk_scenario_free(s);
}

/* ---- SHA-256 and the canonical form ------------------------------------------------ */

/* MINI rewritten: other key order, flow and block styles, comments,
 * blank lines, 0.50 for 0.5, another description, provenance notes. */
static const char MINI_REORDERED[] =
    "run:\n"
    "  years: [2025, 2035]   # a comment\n"
    "  replicates: 500\n"
    "  engines: [crisis]\n"
    "\n"
    "# the same world, written differently\n"
    "sources:\n"
    "  F1: \"A citation, 2024\"\n"
    "crises:\n"
    "  - {theatre: east_china_sea, patron: USA, target: JPN, aggressor: CHN,\n"
    "     stakes: {USA: 0.6, JPN: 1, CHN: 0.50}}\n"
    "events:\n"
    "  - set: {nuclear.reserve_warheads: 500}\n"
    "    actor: CHN\n"
    "    year: 2030\n"
    "    note: China grows its reserve\n"
    "rivalries: {CHN-JPN: {territorial: true, intensity: 0.6}}\n"
    "alliances:\n"
    "  USA-JPN:   {credibility: 0.70, kind: umbrella, source: F1}\n"
    "states:\n"
    "  CHN: {npt: nws, region: east_asia, name: China}\n"
    "  JPN:\n"
    "    resolve: {uniform: [0.40, 0.8], assumption: a guess}\n"
    "    region: east_asia\n"
    "    name: Nippon\n"
    "  USA:\n"
    "    source: F1\n"
    "    nuclear:\n"
    "      reserve_warheads: {value: 1900, source: F1}\n"
    "      forces:\n"
    "        - {yield_kt: 300, launchers: 400, name: MM3, type: icbm_silo, hardness_psi: 2000, cep_m: 120}\n"
    "        - name: D5\n"
    "          type: slbm\n"
    "          launchers: 240\n"
    "          warheads_per_launcher: 4\n"
    "          yield_kt: {triangular: [90, 100, 455]}\n"
    "    npt: nws\n"
    "    region: north_america\n"
    "    name: USA\n"
    "seed: 11\n"
    "year: 2025\n"
    "description: said another way\n"
    "scenario: mini-again\n";

static int is_lower_hex64(const char *h)
{
    size_t i;
    if (strlen(h) != 64)
        return 0;
    for (i = 0; i < 64; i++)
        if (!((h[i] >= '0' && h[i] <= '9') || (h[i] >= 'a' && h[i] <= 'f')))
            return 0;
    return 1;
}

static void test_sha256_is_64_lower_hex(void **state)
{
    yk_scenario *s = load_ok(MINI);
    (void)state;
    assert_true(is_lower_hex64(yk_scenario_sha256(s)));
    assert_non_null(yk_scenario_canonical(s));
    assert_memory_equal(yk_scenario_canonical(s), "yokushi-canonical 1\n", 20);
    yk_scenario_free(s);
}

static void test_sha256_same_text_twice(void **state)
{
    yk_scenario *a = load_ok(MINI), *b = load_ok(MINI);
    (void)state;
    assert_string_equal(yk_scenario_sha256(a), yk_scenario_sha256(b));
    assert_string_equal(yk_scenario_canonical(a), yk_scenario_canonical(b));
    yk_scenario_free(a);
    yk_scenario_free(b);
}

static void test_sha256_ignores_form_and_labels(void **state)
{
    yk_scenario *a = load_ok(MINI);
    yk_scenario *b = NULL;
    yk_diag d;
    (void)state;
    /* Another file name too: where it came from is not part of it. */
    assert_int_equal(load_as("other.yaml", MINI_REORDERED, true, &b, &d), YK_OK);
    yk_diag_free(&d);
    assert_string_equal(yk_scenario_description(b), "said another way");
    assert_string_equal(yk_world_state(yk_scenario_world(b), "USA")->nuclear
                            .reserve_warheads.source, "F1");
    if (strcmp(yk_scenario_canonical(a), yk_scenario_canonical(b)) != 0)
        fail_msg("canonical forms differ:\n%s\n---\n%s", yk_scenario_canonical(a),
                 yk_scenario_canonical(b));
    assert_string_equal(yk_scenario_sha256(a), yk_scenario_sha256(b));
    yk_scenario_free(a);
    yk_scenario_free(b);
}

/* Replaces the first `from` in MINI by `to`; caller frees. */
static char *mini_with(const char *from, const char *to)
{
    const char *at = strstr(MINI, from);
    size_t n = strlen(MINI) - strlen(from) + strlen(to) + 1;
    char *t = malloc(n);
    assert_non_null(at);
    assert_non_null(t);
    snprintf(t, n, "%.*s%s%s", (int)(at - MINI), MINI, to, at + strlen(from));
    return t;
}

static void expect_sha_differs(const char *from, const char *to)
{
    char *t = mini_with(from, to);
    yk_scenario *a = load_ok(MINI), *b = load_ok(t);
    if (!strcmp(yk_scenario_sha256(a), yk_scenario_sha256(b)))
        fail_msg("same SHA-256 after changing \"%s\" to \"%s\"", from, to);
    yk_scenario_free(a);
    yk_scenario_free(b);
    free(t);
}

static void test_sha256_changes_with_numbers(void **state)
{
    (void)state;
    expect_sha_differs("credibility: 0.7", "credibility: 0.71");
    expect_sha_differs("launchers: 400", "launchers: 401");
    expect_sha_differs("[90, 100, 455]", "[90, 101, 455]");
    expect_sha_differs("{uniform: [0.4, 0.8]}", "0.6"); /* same mean */
    expect_sha_differs("year: 2025", "year: 2026");
    expect_sha_differs("replicates: 500", "replicates: 501");
    expect_sha_differs("JPN: 1.0", "JPN: 0.9");
    expect_sha_differs("engines: [crisis]", "engines: [ladder]");
}

/* ---- params: means and draws ------------------------------------------------------- */

static yk_param make_param(yk_dist_kind kind, double a, double b, double c,
                           double lo, double hi)
{
    yk_param p;
    memset(&p, 0, sizeof p);
    p.kind = kind;
    p.a = a;
    p.b = b;
    p.c = c;
    p.lo = lo;
    p.hi = hi;
    p.value = kind == YK_DIST_FIXED ? a : 0;
    return p;
}

static void test_param_means(void **state)
{
    yk_param p;
    (void)state;
    p = make_param(YK_DIST_FIXED, 0.25, 0, 0, 0, 1);
    assert_near(yk_param_mean(&p), 0.25, 0);
    assert_false(yk_param_is_uncertain(&p));
    /* uniform [0.4, 0.8]: (0.4 + 0.8) / 2 = 0.6 */
    p = make_param(YK_DIST_UNIFORM, 0.4, 0.8, 0, 0, 1);
    assert_near(yk_param_mean(&p), 0.6, 1e-15);
    assert_true(yk_param_is_uncertain(&p));
    /* triangular [1, 2, 6]: (1 + 2 + 6) / 3 = 3 */
    p = make_param(YK_DIST_TRIANGULAR, 1, 2, 6, 0, 100);
    assert_near(yk_param_mean(&p), 3, 1e-15);
    /* beta [2, 3]: 2 / (2 + 3) = 0.4 */
    p = make_param(YK_DIST_BETA, 2, 3, 0, 0, 1);
    assert_near(yk_param_mean(&p), 0.4, 1e-15);
    /* normal [0.5, 0.1] on 0..1: truncation at +-5 sd is symmetric, so
     * the mean stays 0.5. */
    p = make_param(YK_DIST_NORMAL, 0.5, 0.1, 0, 0, 1);
    assert_near(yk_param_mean(&p), 0.5, 1e-12);
}

/* normal [0.9, 0.2] truncated to [0, 1]:
 *   alpha = (0 - 0.9) / 0.2 = -4.5,  beta = (1 - 0.9) / 0.2 = 0.5
 *   Phi(0.5) = 0.691462461274013,  Phi(-4.5) = 3.39767312473006e-06
 *   Z = Phi(beta) - Phi(alpha) = 0.691459063600888
 *   phi(-4.5) = exp(-10.125) / sqrt(2 pi) = 1.59837411069055e-05
 *   phi(0.5)  = exp(-0.125)  / sqrt(2 pi) = 0.352065326764300
 *   mean = 0.9 + 0.2 (phi(alpha) - phi(beta)) / Z
 *        = 0.9 + 0.2 (-0.352049343023189 / 0.691459063600888)
 *        = 0.9 - 0.2 x 0.509139819774489 = 0.798172036045102 */
static void test_param_mean_truncated_normal(void **state)
{
    yk_param p = make_param(YK_DIST_NORMAL, 0.9, 0.2, 0, 0, 1);
    (void)state;
    assert_near(yk_param_mean(&p), 0.798172036045102, 1e-12);
}

/* The same mean through the loader (value = the mean of a distribution). */
static void test_param_mean_via_loader(void **state)
{
    yk_scenario *s = load_ok("world: w\n"
                             "states:\n"
                             "  JPN: {name: Japan, region: east_asia, resolve: {normal: [0.9, 0.2]}}\n");
    const yk_param *p = &yk_world_state(yk_scenario_world(s), "JPN")->resolve;
    (void)state;
    assert_int_equal(p->kind, YK_DIST_NORMAL);
    assert_near(p->value, 0.798172036045102, 1e-12);
    assert_near(yk_param_mean(p), p->value, 0);
    yk_scenario_free(s);
}

#define N_DRAWS 100000

/* n draws of p from the test stream stay in [lo, hi]; their mean is
 * within 4 standard errors (sd / sqrt(n), sd given) of yk_param_mean. */
static void check_draws(const yk_param *p, double sd)
{
    yk_rng r;
    double sum = 0, mean, se = sd / sqrt((double)N_DRAWS);
    size_t i;
    yk_rng_init(&r, 7, YK_STREAM_TEST, 0, 0);
    for (i = 0; i < N_DRAWS; i++) {
        double x = yk_param_sample(p, &r);
        if (!(x >= p->lo && x <= p->hi))
            fail_msg("draw %zu = %.17g outside [%g, %g]", i, x, p->lo, p->hi);
        sum += x;
    }
    mean = sum / N_DRAWS;
    if (!(fabs(mean - yk_param_mean(p)) <= 4 * se))
        fail_msg("kind %d: sample mean %.10g, mean %.10g, 4 se = %.3g",
                 (int)p->kind, mean, yk_param_mean(p), 4 * se);
}

static void test_param_draws_uniform(void **state)
{
    /* sd = (0.8 - 0.4) / sqrt(12) = 0.115470053837925 */
    yk_param p = make_param(YK_DIST_UNIFORM, 0.4, 0.8, 0, 0, 1);
    (void)state;
    check_draws(&p, 0.4 / sqrt(12.0));
}

static void test_param_draws_triangular(void **state)
{
    /* var = (1 + 4 + 36 - 2 - 6 - 12) / 18 = 21 / 18; sd = 1.08012344973464 */
    yk_param p = make_param(YK_DIST_TRIANGULAR, 1, 2, 6, 0, 100);
    (void)state;
    check_draws(&p, sqrt(21.0 / 18.0));
}

static void test_param_draws_beta(void **state)
{
    /* var = ab / ((a + b)^2 (a + b + 1)) = 6 / (25 x 6) = 0.04; sd = 0.2 */
    yk_param p = make_param(YK_DIST_BETA, 2, 3, 0, 0, 1);
    (void)state;
    check_draws(&p, 0.2);
}

static void test_param_draws_normal(void **state)
{
    /* normal [0.5, 0.1] on 0..1: the truncation at +-5 sd leaves
     * sd = 0.0999992566 (var = 0.01 (1 - 2 x 5 phi(5) / Z)). */
    yk_param p = make_param(YK_DIST_NORMAL, 0.5, 0.1, 0, 0, 1);
    /* normal [0.9, 0.2] on 0..1 (see test_param_mean_truncated_normal):
     * var = sd^2 (1 + (alpha phi(alpha) - beta phi(beta)) / Z
     *             - ((phi(alpha) - phi(beta)) / Z)^2)
     *     = 0.04 (1 + (-7.19268e-05 - 0.176033) / 0.691459 - 0.259223)
     *     = 0.0194436461690063; sd = 0.139440475361375 */
    yk_param q = make_param(YK_DIST_NORMAL, 0.9, 0.2, 0, 0, 1);
    (void)state;
    check_draws(&p, 0.0999992566);
    check_draws(&q, 0.139440475361375);
}

/* The same stream gives the same draws, bit for bit. */
static void test_param_draws_reproducible(void **state)
{
    const yk_param ps[] = {
        make_param(YK_DIST_UNIFORM, 0.4, 0.8, 0, 0, 1),
        make_param(YK_DIST_TRIANGULAR, 1, 2, 6, 0, 100),
        make_param(YK_DIST_BETA, 2, 3, 0, 0, 1),
        make_param(YK_DIST_NORMAL, 0.9, 0.2, 0, 0, 1),
    };
    size_t k, i;
    (void)state;
    for (k = 0; k < sizeof ps / sizeof ps[0]; k++) {
        yk_rng r1, r2;
        yk_rng_init(&r1, 7, YK_STREAM_TEST, 0, 0);
        yk_rng_init(&r2, 7, YK_STREAM_TEST, 0, 0);
        for (i = 0; i < 1000; i++) {
            double x = yk_param_sample(&ps[k], &r1);
            double y = yk_param_sample(&ps[k], &r2);
            assert_memory_equal(&x, &y, sizeof x);
        }
    }
}

/* A fixed value consumes no draw: the stream after it is where it was. */
static void test_param_fixed_consumes_nothing(void **state)
{
    yk_param fixed = make_param(YK_DIST_FIXED, 0.3, 0, 0, 0, 1);
    yk_param uni = make_param(YK_DIST_UNIFORM, 0, 1, 0, 0, 1);
    yk_rng r1, r2;
    double x, y;
    (void)state;
    yk_rng_init(&r1, 7, YK_STREAM_TEST, 0, 0);
    yk_rng_init(&r2, 7, YK_STREAM_TEST, 0, 0);
    assert_near(yk_param_sample(&fixed, &r1), 0.3, 0);
    x = yk_param_sample(&uni, &r1);
    y = yk_param_sample(&uni, &r2);
    assert_memory_equal(&x, &y, sizeof x);
}

/* ---- properties ---------------------------------------------------------------------- */

/* More launchers never lower deployed warheads: for random forces (sizes,
 * loadings, service years drawn from the test stream), adding launchers
 * to one force never decreases yk_state_deployed_warheads in any year. */
static void test_more_launchers_never_fewer_warheads(void **state)
{
    yk_rng r;
    int trial;
    (void)state;
    yk_rng_init(&r, 7, YK_STREAM_TEST, 1, 0);
    for (trial = 0; trial < 2000; trial++) {
        yk_force forces[YK_FORCE_TYPE_COUNT];
        yk_state s;
        size_t n = 1 + (size_t)yk_rng_below(&r, YK_FORCE_TYPE_COUNT), i, k;
        int year = 2000 + (int)yk_rng_below(&r, 60);
        int64_t before, after;
        memset(&s, 0, sizeof s);
        memset(forces, 0, sizeof forces);
        for (i = 0; i < n; i++) {
            forces[i].type = (yk_force_type)i;
            forces[i].launchers = (int64_t)yk_rng_below(&r, 1000001);
            forces[i].warheads_per_launcher = (int64_t)yk_rng_below(&r, 65);
            forces[i].year_in = yk_rng_below(&r, 2) ? 0 : 2000 + (int)yk_rng_below(&r, 60);
            forces[i].year_out = yk_rng_below(&r, 2) ? 0 : 2000 + (int)yk_rng_below(&r, 60);
        }
        s.nuclear.forces = forces;
        s.nuclear.n_forces = n;
        before = yk_state_deployed_warheads(&s, year);
        assert_true(before >= 0);
        k = (size_t)yk_rng_below(&r, n);
        forces[k].launchers += (int64_t)yk_rng_below(&r, 1000);
        after = yk_state_deployed_warheads(&s, year);
        if (after < before)
            fail_msg("trial %d: %lld -> %lld warheads after adding launchers",
                     trial, (long long)before, (long long)after);
        /* And the increase is exactly the added warheads when active. */
        if (!yk_force_active(&forces[k], year))
            assert_int_equal(after, before);
    }
}

/* The same property through the loader: a set: that raises one force's
 * launchers never lowers the state's deployed warheads. */
static void test_more_launchers_via_set(void **state)
{
    yk_rng r;
    int trial;
    (void)state;
    yk_rng_init(&r, 7, YK_STREAM_TEST, 2, 0);
    for (trial = 0; trial < 20; trial++) {
        char entries[160];
        long base = (long)yk_rng_below(&r, 500);
        long more = base + (long)yk_rng_below(&r, 500);
        yk_scenario *a, *b;
        int64_t wa, wb;
        snprintf(entries, sizeof entries,
                 "  states.USA.nuclear.forces.D5.launchers: %ld\n", base);
        a = load_set_ok(entries);
        snprintf(entries, sizeof entries,
                 "  states.USA.nuclear.forces.D5.launchers: %ld\n", more);
        b = load_set_ok(entries);
        wa = yk_state_deployed_warheads(yk_world_state(yk_scenario_world(a), "USA"), 2025);
        wb = yk_state_deployed_warheads(yk_world_state(yk_scenario_world(b), "USA"), 2025);
        /* 400 + 4 x launchers + 20 */
        assert_int_equal(wa, 420 + 4 * base);
        assert_true(wb >= wa);
        yk_scenario_free(a);
        yk_scenario_free(b);
    }
}

/* ---- events after the file's year ------------------------------------------ */

#define FUTURE_EVENT(set_text)                                              \
    "scenario: f\n"                                                          \
    "year: 2025\n"                                                           \
    "states:\n"                                                              \
    "  CHN: {name: China, region: east_asia}\n"                              \
    "events:\n"                                                              \
    "  - {year: 2030, actor: CHN, set: {" set_text "}}\n"

/* An event still to come is validated at load, not first in world_at. */
static void test_future_event_validated_at_load(void **state)
{
    (void)state;
    expect_errors(FUTURE_EVENT("nuclear.reserv_warheads: 500, resolve: 7"), YK_E_SCHEMA,
                  "t.yaml:6:36: states.CHN.nuclear.reserv_warheads: unknown key "
                  "\"reserv_warheads\" (did you mean \"reserve_warheads\"?)\n"
                  "t.yaml:6:75: states.CHN.resolve: 7 leaves the range 0..1 of this field");
}

/* Two files that differ only in an event still to come differ in hash. */
static void test_future_event_in_fingerprint(void **state)
{
    yk_scenario *a = load_ok(FUTURE_EVENT("nuclear.reserve_warheads: 500"));
    yk_scenario *b = load_ok(FUTURE_EVENT("nuclear.reserve_warheads: 600"));
    (void)state;
    assert_string_not_equal(yk_scenario_sha256(a), yk_scenario_sha256(b));
    yk_scenario_free(a);
    yk_scenario_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mini_header),
        cmocka_unit_test(test_mini_states_sorted),
        cmocka_unit_test(test_mini_forces),
        cmocka_unit_test(test_mini_state_defaults),
        cmocka_unit_test(test_mini_alliance_rivalry),
        cmocka_unit_test(test_mini_event_crisis_run),
        cmocka_unit_test(test_document_defaults),
        cmocka_unit_test(test_keyed_collections_sorted),
        cmocka_unit_test(test_error_unknown_key),
        cmocka_unit_test(test_error_unknown_key_in_value),
        cmocka_unit_test(test_error_wrong_type),
        cmocka_unit_test(test_error_out_of_range),
        cmocka_unit_test(test_error_negative_count),
        cmocka_unit_test(test_error_distribution_range),
        cmocka_unit_test(test_error_distribution_range_with_unit),
        cmocka_unit_test(test_beta_on_wide_field_accepted),
        cmocka_unit_test(test_error_dangling_ids),
        cmocka_unit_test(test_error_rivalry_order),
        cmocka_unit_test(test_error_bad_state_id),
        cmocka_unit_test(test_error_duplicate_key),
        cmocka_unit_test(test_error_yaml_syntax),
        cmocka_unit_test(test_error_alias),
        cmocka_unit_test(test_error_missing_name),
        cmocka_unit_test(test_error_two_names),
        cmocka_unit_test(test_error_missing_required),
        cmocka_unit_test(test_error_unknown_enum),
        cmocka_unit_test(test_error_unknown_engine),
        cmocka_unit_test(test_error_missing_stake),
        cmocka_unit_test(test_error_not_a_mapping),
        cmocka_unit_test(test_error_all_in_one_pass),
        cmocka_unit_test(test_extends_relative_path),
        cmocka_unit_test(test_extends_cycle),
        cmocka_unit_test(test_extends_self),
        cmocka_unit_test(test_extends_unknown_builtin),
        cmocka_unit_test(test_extends_files_refused),
        cmocka_unit_test(test_extends_missing_file),
        cmocka_unit_test(test_crisis_extends_by_name),
        cmocka_unit_test(test_set_crisis_fields),
        cmocka_unit_test(test_set_crisis_stake_checked),
        cmocka_unit_test(test_crisis_duplicate_in_one_file),
        cmocka_unit_test(test_set_value),
        cmocka_unit_test(test_set_new_force_list),
        cmocka_unit_test(test_set_list_item_selectors),
        cmocka_unit_test(test_set_replace_list_item),
        cmocka_unit_test(test_set_index_out_of_range),
        cmocka_unit_test(test_set_ambiguous_type),
        cmocka_unit_test(test_set_unknown_key),
        cmocka_unit_test(test_set_through_a_value),
        cmocka_unit_test(test_set_not_a_path),
        cmocka_unit_test(test_set_value_validated_at_its_line),
        cmocka_unit_test(test_event_applies_from_its_year),
        cmocka_unit_test(test_event_applied_at_file_year),
        cmocka_unit_test(test_events_in_year_order),
        cmocka_unit_test(test_future_event_validated_at_load),
        cmocka_unit_test(test_future_event_in_fingerprint),
        cmocka_unit_test(test_sha256_is_64_lower_hex),
        cmocka_unit_test(test_sha256_same_text_twice),
        cmocka_unit_test(test_sha256_ignores_form_and_labels),
        cmocka_unit_test(test_sha256_changes_with_numbers),
        cmocka_unit_test(test_param_means),
        cmocka_unit_test(test_param_mean_truncated_normal),
        cmocka_unit_test(test_param_mean_via_loader),
        cmocka_unit_test(test_param_draws_uniform),
        cmocka_unit_test(test_param_draws_triangular),
        cmocka_unit_test(test_param_draws_beta),
        cmocka_unit_test(test_param_draws_normal),
        cmocka_unit_test(test_param_draws_reproducible),
        cmocka_unit_test(test_param_fixed_consumes_nothing),
        cmocka_unit_test(test_more_launchers_never_fewer_warheads),
        cmocka_unit_test(test_more_launchers_via_set),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
