/*
 * cascade_run_test.c - the cascade engine's runs (setup.c, replicate.c,
 * run.c, result.c): comparative statics draw by draw over 1,000
 * replicates each (every replicate draws the world's parameters and the
 * coefficients given as distributions below), the same statics on the
 * equations over 1,000 random inputs, bit-identical results for 1, 2 and
 * 3 threads, and the `coefficients:` section of a scenario.
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

#include "models/cascade/cascade_int.h"
#include "yokushi/cascade.h"
#include "yokushi/rng.h"
#include "yokushi/scenario.h"

#define DRAWS 1000

/* A small world where everything can happen within ten years: a low
 * intercept and wide coefficient distributions make every replicate a
 * different draw of the model. */
static const char base_yaml[] =
    "world: statics\n"
    "year: 2025\n"
    "seed: 7\n"
    "states:\n"
    "  USA: {name: US, region: north_america, npt: nws,\n"
    "        nuclear: {forces: [{type: icbm_silo, launchers: 400}, {type: gravity_bomb, launchers: 100}]}}\n"
    "  GBR: {name: UK, region: europe, npt: nws,\n"
    "        nuclear: {forces: [{type: slbm, launchers: 40, warheads_per_launcher: 3}]}}\n"
    "  CHN: {name: China, region: east_asia, npt: nws,\n"
    "        nuclear: {forces: [{name: DF-41, type: icbm_mobile, launchers: 300},\n"
    "                           {name: DF-26, type: theatre_missile, launchers: 100}]}}\n"
    "  PRK: {name: North Korea, region: east_asia, npt: withdrawn,\n"
    "        nuclear: {forces: [{type: theatre_missile, launchers: 50}]}}\n"
    "  RUS: {name: Russia, region: eurasia, npt: nws,\n"
    "        nuclear: {forces: [{type: icbm_silo, launchers: 1000}]}}\n"
    "  JPN: {name: Japan, region: east_asia, public_support_nuclear: {uniform: [0.1, 0.6]},\n"
    "        latency: {breakout_months: {uniform: [6, 60]}}}\n"
    "  KOR: {name: Korea, region: east_asia, public_support_nuclear: {uniform: [0.5, 0.9]},\n"
    "        latency: {breakout_months: {uniform: [6, 36]}}}\n"
    "  AUS: {name: Australia, region: oceania, latency: {breakout_months: {uniform: [24, 120]}}}\n"
    "  DEU: {name: Germany, region: europe, latency: {breakout_months: {uniform: [6, 60]}}}\n"
    "alliances:\n"
    "  USA-JPN: {kind: umbrella, commitment: {uniform: [0.6, 0.95]}, forward_forces: {uniform: [0.3, 0.9]},\n"
    "            consultation: {uniform: [0.3, 0.8]}, credibility: {uniform: [0.3, 0.9]}}\n"
    "  USA-KOR: {kind: KIND, commitment: {uniform: [0.6, 0.95]}, forward_forces: {uniform: [0.3, 0.9]},\n"
    "            consultation: {uniform: [0.3, 0.8]}, credibility: {uniform: [0.2, 0.8]}}\n"
    "  USA-AUS: {kind: treaty, commitment: {uniform: [0.5, 0.9]}, credibility: {uniform: [0.3, 0.9]}}\n"
    "  USA-DEU: {kind: nuclear_sharing, commitment: {uniform: [0.6, 0.95]},\n"
    "            nuclear_sharing: {stationed: true, weapons: 15}, credibility: {uniform: [0.3, 0.9]}}\n"
    "  USA-GBR: {kind: treaty, commitment: 0.9, credibility: {uniform: [0.5, 0.95]}}\n"
    "rivalries:\n"
    "  CHN-JPN: {intensity: {uniform: [0.2, 0.8]}}\n"
    "  JPN-PRK: {intensity: {uniform: [0.2, 0.8]}}\n"
    "  KOR-PRK: {intensity: {uniform: [0.4, 0.95]}}\n"
    "  JPN-KOR: {intensity: {uniform: [0.05, 0.5]}}\n"
    "  AUS-CHN: {intensity: {uniform: [0.1, 0.5]}}\n"
    "  DEU-RUS: {intensity: {uniform: [0.2, 0.7]}}\n"
    "  GBR-RUS: {intensity: {uniform: [0.2, 0.7]}}\n"
    "events:\n"
    "  - {year: 2027, event: change, actor: CHN, set: {nuclear.forces.DF-41.launchers: 500}}\n"
    "  - {year: 2029, event: change, actor: CHN, set: {nuclear.forces.DF-26.launchers: 250}}\n"
    "  - {year: 2030, event: reassurance, actor: USA, target: AUS}\n"
    "EVENTS"
    "coefficients:\n"
    "  cascade:\n"
    "    hazard_base: {uniform: [-5, -2]}\n"
    "    hazard_threat: {uniform: [0.5, 2.5]}\n"
    "    hazard_umbrella: {uniform: [1, 3]}\n"
    "    kappa_rate: {uniform: [0.05, 0.5]}\n"
    "    kappa_anchor: {uniform: [0, 1]}\n"
    "    shock_neglect: {uniform: [-0.5, -0.01]}\n"
    "    shock_persistence: {uniform: [0, 1]}\n"
    "    devaluation_kappa: {uniform: [0.05, 0.6]}\n"
    "    devaluation_value: {uniform: [0.05, 0.9]}\n"
    "    value_new_state: {uniform: [0, 0.1]}\n"
    "COEF"
    "run: {replicates: 3000, years: [2025, 2036]}\n";

/* base_yaml with KIND, EVENTS and COEF (more coefficient lines) replaced. */
static yk_scenario *load_with(const char *kind, const char *events, const char *coef)
{
    char text[8192];
    const char *k = strstr(base_yaml, "KIND"), *e = strstr(base_yaml, "EVENTS");
    const char *c = strstr(base_yaml, "COEF");
    yk_scenario *s = NULL;
    yk_load_options opt = {.allow_files = false};
    yk_diag d;
    int n = snprintf(text, sizeof text, "%.*s%s%.*s%s%.*s%s%s", (int)(k - base_yaml), base_yaml,
                     kind, (int)(e - k - 4), k + 4, events, (int)(c - e - 6), e + 6, coef,
                     c + 4);
    assert_true(n > 0 && (size_t)n < sizeof text);
    opt.coefficients = yk_cascade_coef_specs();
    opt.n_coefficients = YK_CC_COUNT;
    yk_diag_init(&d);
    if (yk_scenario_load_buffer("statics.yaml", text, strlen(text), &opt, &s, &d) != YK_OK) {
        char line[1024];
        yk_error_format(&d.items[0], line, sizeof line);
        yk_diag_free(&d);
        fail_msg("%s", line);
    }
    yk_diag_free(&d);
    return s;
}

static yk_scenario *load(const char *kind, const char *events)
{
    return load_with(kind, events, "");
}

/* The channels under which the draw-by-draw statics are false (see
 * below): the patron's tolerance shock and the rivals' and patrons'
 * options against programmes. */
#define CHANNELS_OFF "    shock_tolerance: 0\n    strike_option: 0\n    sanction_option: 0\n"

/* One model, workspace and single-replicate accumulator. */
typedef struct sim {
    yk_scenario *s;
    cc_model m;
    cc_work w;
    cc_acc a;
} sim;

static void sim_open_with(sim *x, const char *kind, const char *events, const char *coef)
{
    yk_error err;
    x->s = load_with(kind, events, coef);
    assert_int_equal(yk_cc_model_prepare(x->s, 2025, 2036, &x->m, &err), YK_OK);
    x->m.seed = 7;
    assert_int_equal(yk_cc_work_alloc(&x->w, &x->m), YK_OK);
    assert_int_equal(yk_cc_acc_alloc(&x->a, &x->m), YK_OK);
}

static void sim_open(sim *x, const char *kind, const char *events)
{
    sim_open_with(x, kind, events, "");
}

static void sim_close(sim *x)
{
    yk_cc_acc_free(&x->a);
    yk_cc_work_free(&x->w);
    yk_cc_model_free(&x->m);
    yk_scenario_free(x->s);
}

static void sim_run(sim *x, uint64_t r)
{
    yk_cc_acc_reset(&x->a, &x->m);
    yk_cc_replicate(&x->m, r, &x->w, &x->a);
}

/* kappa of alliance j in year index y of the last replicate. */
static double kappa_of(const sim *x, int y, size_t j)
{
    return x->a.kappa[(size_t)y * x->m.n_alliances + j].s1;
}

static uint64_t nuclear_of(const sim *x, int y, size_t i)
{
    return x->a.nuclear[(size_t)y * x->m.n_states + i];
}

static size_t state_of(const sim *x, const char *id)
{
    return yk_world_state_index(&x->m.world, id);
}

/* ---- draw by draw -------------------------------------------------------- */

/* Draw by draw, the statics below hold with CHANNELS_OFF: no tolerance
 * shock and no strikes or sanctions as options of rivals and patrons.
 * With them on the draw-by-draw form is false (docs/MODEL.md section 8
 * gives the counterexamples): a state whose hazard is higher starts its
 * programme earlier and so is exposed to a strike or sanctions in a year
 * the other is not, which can leave it behind; and the tolerance shock,
 * a share of the credibility left, takes less from a neglected (lower)
 * credibility. What holds with every channel on is the mean over the
 * draws (the *_mean tests). */

/* A neglect event never raises any ally's credibility, in any year. */
static void test_neglect_never_raises_kappa(void **state)
{
    sim a, b;
    uint64_t r;
    int y, lowered = 0;
    size_t j;
    (void)state;
    sim_open_with(&a, "umbrella", "", CHANNELS_OFF);
    sim_open_with(&b, "umbrella", "  - {year: 2026, event: neglect, actor: USA, target: KOR}\n",
                  CHANNELS_OFF);
    for (r = 0; r < DRAWS; r++) {
        sim_run(&a, r);
        sim_run(&b, r);
        for (y = 0; y < a.m.n_years; y++)
            for (j = 0; j < a.m.n_alliances; j++) {
                if (kappa_of(&b, y, j) > kappa_of(&a, y, j) + 1e-12)
                    fail_msg("replicate %llu year %d alliance %s: %.17g > %.17g",
                             (unsigned long long)r, 2025 + y, a.m.world.alliances[j].id,
                             kappa_of(&b, y, j), kappa_of(&a, y, j));
                lowered += kappa_of(&b, y, j) < kappa_of(&a, y, j);
            }
    }
    assert_true(lowered > DRAWS); /* it did bite */
    sim_close(&a);
    sim_close(&b);
}

/* With the tolerance shock on, the mean credibility over the draws never
 * rises after a neglect, in any year and alliance. */
static void test_neglect_lowers_mean_kappa(void **state)
{
    sim a, b;
    uint64_t r;
    int y;
    size_t j, A, Y;
    double *sa, *sb;
    (void)state;
    sim_open(&a, "umbrella", "");
    sim_open(&b, "umbrella", "  - {year: 2026, event: neglect, actor: USA, target: KOR}\n");
    A = a.m.n_alliances;
    Y = (size_t)a.m.n_years;
    sa = calloc(A * Y, sizeof *sa);
    sb = calloc(A * Y, sizeof *sb);
    assert_non_null(sa);
    assert_non_null(sb);
    for (r = 0; r < DRAWS; r++) {
        sim_run(&a, r);
        sim_run(&b, r);
        for (y = 0; y < a.m.n_years; y++)
            for (j = 0; j < A; j++) {
                sa[(size_t)y * A + j] += kappa_of(&a, y, j);
                sb[(size_t)y * A + j] += kappa_of(&b, y, j);
            }
    }
    for (j = 0; j < A * Y; j++)
        if (sb[j] > sa[j] + 1e-9)
            fail_msg("year %d alliance %s: mean %.6f > %.6f", 2025 + (int)(j / A),
                     a.m.world.alliances[j % A].id, sb[j] / DRAWS, sa[j] / DRAWS);
    free(sa);
    free(sb);
    sim_close(&a);
    sim_close(&b);
}

/* Nuclear sharing never makes the sharing ally go nuclear earlier. */
static void test_sharing_never_raises_hazard_run(void **state)
{
    sim a, b;
    uint64_t r;
    int y, fewer = 0;
    size_t kor;
    (void)state;
    sim_open_with(&a, "umbrella", "", CHANNELS_OFF);
    sim_open_with(&b, "nuclear_sharing", "", CHANNELS_OFF);
    kor = state_of(&a, "KOR");
    for (r = 0; r < DRAWS; r++) {
        sim_run(&a, r);
        sim_run(&b, r);
        for (y = 0; y < a.m.n_years; y++) {
            assert_true(nuclear_of(&b, y, kor) <= nuclear_of(&a, y, kor));
            fewer += nuclear_of(&b, y, kor) < nuclear_of(&a, y, kor);
        }
    }
    assert_true(fewer > 0);
    sim_close(&a);
    sim_close(&b);
}

/* A rival going nuclear (JPN tests in 2027) never makes KOR later. */
static void test_rival_nuclear_never_lowers_hazard_run(void **state)
{
    sim a, b;
    uint64_t r;
    int y, more = 0;
    size_t kor;
    (void)state;
    sim_open_with(&a, "umbrella", "", CHANNELS_OFF);
    sim_open_with(&b, "umbrella", "  - {year: 2027, event: nuclear_test, actor: JPN}\n",
                  CHANNELS_OFF);
    kor = state_of(&a, "KOR");
    for (r = 0; r < DRAWS; r++) {
        sim_run(&a, r);
        sim_run(&b, r);
        for (y = 0; y < a.m.n_years; y++) {
            assert_true(nuclear_of(&b, y, kor) >= nuclear_of(&a, y, kor));
            more += nuclear_of(&b, y, kor) > nuclear_of(&a, y, kor);
        }
    }
    assert_true(more > 0);
    sim_close(&a);
    sim_close(&b);
}

/* With every channel on: P(KOR nuclear-armed by year) over the draws is
 * never higher with nuclear sharing and never lower after a rival (JPN)
 * goes nuclear. */
static void test_statics_mean(void **state)
{
    sim a, b, c;
    uint64_t r, na[64] = {0}, nb[64] = {0}, nc[64] = {0};
    int y;
    size_t kor;
    (void)state;
    sim_open(&a, "umbrella", "");
    sim_open(&b, "nuclear_sharing", "");
    sim_open(&c, "umbrella", "  - {year: 2027, event: nuclear_test, actor: JPN}\n");
    kor = state_of(&a, "KOR");
    assert_true(a.m.n_years <= 64);
    for (r = 0; r < DRAWS; r++) {
        sim_run(&a, r);
        sim_run(&b, r);
        sim_run(&c, r);
        for (y = 0; y < a.m.n_years; y++) {
            na[y] += nuclear_of(&a, y, kor);
            nb[y] += nuclear_of(&b, y, kor);
            nc[y] += nuclear_of(&c, y, kor);
        }
    }
    for (y = 0; y < a.m.n_years; y++) {
        if (nb[y] > na[y] || nc[y] < na[y])
            fail_msg("year %d: KOR nuclear in %llu draws, %llu with sharing, %llu after JPN",
                     2025 + y, (unsigned long long)na[y], (unsigned long long)nb[y],
                     (unsigned long long)nc[y]);
    }
    assert_true(nb[a.m.n_years - 1] < na[a.m.n_years - 1]);
    assert_true(nc[a.m.n_years - 1] > na[a.m.n_years - 1]);
    sim_close(&a);
    sim_close(&b);
    sim_close(&c);
}

/* The devaluation shock (nuclear-armed GBR conquered in 2028) raises no
 * kappa and not V, up to the end of the shock's year. Later years may
 * differ either way through feedback: a lower V lowers hazards, fewer
 * new arsenals mean less arsenal growth against some umbrellas. */
static void test_devaluation_never_raises(void **state)
{
    sim a, b;
    uint64_t r;
    int y, shock = 2028 - 2025;
    size_t j;
    (void)state;
    sim_open(&a, "umbrella", "");
    sim_open(&b, "umbrella", "  - {year: 2028, event: conquest, actor: RUS, target: GBR}\n");
    for (r = 0; r < DRAWS; r++) {
        sim_run(&a, r);
        sim_run(&b, r);
        for (y = 0; y <= shock; y++)
            for (j = 0; j < a.m.n_alliances; j++)
                assert_true(kappa_of(&b, y, j) <= kappa_of(&a, y, j) + 1e-12);
        for (j = 0; j < a.m.n_alliances; j++)
            assert_true(kappa_of(&b, shock, j) < kappa_of(&a, shock, j));
        assert_true(b.a.value[shock].s1 < a.a.value[shock].s1);
        assert_true(b.a.value[shock - 1].s1 == a.a.value[shock - 1].s1);
    }
    sim_close(&a);
    sim_close(&b);
}

/* ---- the equations over random inputs --------------------------------------- */

static void random_coef(yk_rng *g, yk_cascade_coef *c)
{
    const yk_coefficient_spec *s = yk_cascade_coef_specs();
    int i;
    for (i = 0; i < YK_CC_COUNT; i++)
        c->v[i] = s[i].range_lo + (s[i].range_hi - s[i].range_lo) * yk_rng_u01(g);
}

static void random_alliance(yk_rng *g, yk_cascade_alliance_in *a)
{
    a->commitment = yk_rng_u01(g);
    a->forward_forces = yk_rng_u01(g);
    a->consultation = yk_rng_u01(g);
    a->sharing = false;
    a->growth = yk_rng_u01(g);
    a->theatre_gap = yk_rng_u01(g);
    a->offset = yk_rng_u01(g) - 0.5;
    a->anchor = yk_rng_u01(g);
}

static void random_hazard(yk_rng *g, yk_cascade_hazard_in *h)
{
    memset(h, 0, sizeof *h);
    h->threat = 3 * yk_rng_u01(g);
    h->has_umbrella = yk_rng_u01(g) < 0.8;
    h->kappa = yk_rng_u01(g);
    h->support = yk_rng_u01(g);
    h->breakout_months = 120 * yk_rng_u01(g);
    h->value = yk_rng_u01(g);
    h->npt_party = yk_rng_u01(g) < 0.7;
    h->opposition = yk_rng_u01(g);
    h->encouraged = yk_rng_u01(g) < 0.3;
    h->sharing = false;
}

/* Sharing raises the umbrella's target and lowers the hazard directly:
 * with the kappa each target implies, the hazard never rises. */
static void test_sharing_never_raises_hazard_equations(void **state)
{
    yk_rng g;
    int i;
    (void)state;
    yk_rng_init(&g, 2385, YK_STREAM_TEST, 0, 0);
    for (i = 0; i < DRAWS; i++) {
        yk_cascade_coef c;
        yk_cascade_alliance_in a;
        yk_cascade_hazard_in h;
        double k0, k1, z0, z1, kappa = yk_rng_u01(&g);
        random_coef(&g, &c);
        random_alliance(&g, &a);
        random_hazard(&g, &h);
        h.has_umbrella = true;
        k0 = yk_cascade_kappa_step(&c, kappa, yk_cascade_kappa_target(&c, &a));
        a.sharing = true;
        k1 = yk_cascade_kappa_step(&c, kappa, yk_cascade_kappa_target(&c, &a));
        assert_true(k1 >= k0);
        h.kappa = k0;
        z0 = yk_cascade_hazard_logit(&c, &h);
        h.kappa = k1;
        h.sharing = true;
        z1 = yk_cascade_hazard_logit(&c, &h);
        assert_true(z1 <= z0);
    }
}

/* A rival's arsenal growing from 0 raises the threat and lowers the
 * umbrella's target: the hazard never falls. */
static void test_rival_nuclear_never_lowers_hazard_equations(void **state)
{
    yk_rng g;
    int i;
    (void)state;
    yk_rng_init(&g, 2385, YK_STREAM_TEST, 1, 0);
    for (i = 0; i < DRAWS; i++) {
        yk_cascade_coef c;
        yk_cascade_alliance_in a;
        yk_cascade_hazard_in h;
        double intensity = yk_rng_u01(&g), w = 1 + 500 * yk_rng_u01(&g);
        double gw, k0, k1, z0, z1, kappa = yk_rng_u01(&g);
        random_coef(&g, &c);
        random_alliance(&g, &a);
        random_hazard(&g, &h);
        gw = yk_cascade_arsenal_weight(&c, w);
        k0 = yk_cascade_kappa_step(&c, kappa, yk_cascade_kappa_target(&c, &a));
        a.growth += intensity * log1p(w);
        a.theatre_gap += intensity * gw;
        k1 = yk_cascade_kappa_step(&c, kappa, yk_cascade_kappa_target(&c, &a));
        h.kappa = k0;
        z0 = yk_cascade_hazard_logit(&c, &h);
        h.kappa = k1;
        h.threat += intensity * gw;
        z1 = yk_cascade_hazard_logit(&c, &h);
        assert_true(z1 >= z0);
    }
}

static void test_devaluation_never_raises_equations(void **state)
{
    yk_rng g;
    int i, j;
    (void)state;
    yk_rng_init(&g, 2385, YK_STREAM_TEST, 2, 0);
    for (i = 0; i < DRAWS; i++) {
        yk_cascade_coef c;
        double v = yk_rng_u01(&g), v0 = v, k[8], k0[8];
        random_coef(&g, &c);
        for (j = 0; j < 8; j++)
            k[j] = k0[j] = yk_rng_u01(&g);
        yk_cascade_devaluation(&c, &v, k, 8);
        assert_true(v <= v0);
        for (j = 0; j < 8; j++)
            assert_true(k[j] <= k0[j] && k[j] >= 0);
    }
}

/* ---- whole runs ---------------------------------------------------------------- */

static yk_cascade_result *run(const yk_scenario *s, int threads)
{
    yk_cascade_options o;
    yk_cascade_result *r = NULL;
    yk_error err;
    memset(&o, 0, sizeof o);
    o.seed = 11;
    o.threads = threads;
    assert_int_equal(yk_cascade_run(s, &o, &r, &err), YK_OK);
    return r;
}

static int same(yk_cascade_estimate a, yk_cascade_estimate b)
{
    return !memcmp(&a, &b, sizeof a);
}

/* Every estimate, bit for bit, whatever the thread count. */
static void test_threads_bit_identical(void **state)
{
    yk_scenario *s = load("umbrella", "");
    yk_cascade_result *r1 = run(s, 1), *r2 = run(s, 2), *r3 = run(s, 3);
    const yk_world *w = yk_cascade_world(r1);
    int y;
    size_t i;
    (void)state;
    assert_int_equal(yk_cascade_replicates(r1), 3000);
    for (y = 0; y < yk_cascade_year_count(r1); y++) {
        for (i = 0; i < w->n_states; i++) {
            assert_true(same(yk_cascade_p_nuclear(r1, i, y), yk_cascade_p_nuclear(r2, i, y)));
            assert_true(same(yk_cascade_p_nuclear(r1, i, y), yk_cascade_p_nuclear(r3, i, y)));
            assert_true(same(yk_cascade_knock_on(r1, i, y), yk_cascade_knock_on(r2, i, y)));
        }
        for (i = 0; i < w->n_alliances; i++) {
            assert_true(same(yk_cascade_credibility(r1, i, y), yk_cascade_credibility(r2, i, y)));
            assert_true(same(yk_cascade_credibility(r1, i, y), yk_cascade_credibility(r3, i, y)));
        }
        for (i = 0; i < yk_cascade_patron_count(r1); i++) {
            assert_true(same(yk_cascade_burden(r1, i, y, true), yk_cascade_burden(r2, i, y, true)));
            assert_true(same(yk_cascade_burden(r1, i, y, false), yk_cascade_burden(r3, i, y, false)));
        }
        assert_true(same(yk_cascade_expected_nuclear(r1, y), yk_cascade_expected_nuclear(r2, y)));
        assert_true(same(yk_cascade_npt_health(r1, y), yk_cascade_npt_health(r3, y)));
        assert_true(same(yk_cascade_value(r1, y), yk_cascade_value(r2, y)));
    }
    yk_cascade_result_free(r1);
    yk_cascade_result_free(r2);
    yk_cascade_result_free(r3);
    yk_scenario_free(s);
}

/* A crisis result fed in: the devaluation in 2028 with probability 1
 * lowers V that year as the conquest event does; with probability .5 it
 * lands in between; bad arguments are refused. */
static void test_fed_devaluation(void **state)
{
    yk_scenario *s = load("umbrella", "");
    yk_cascade_options o;
    yk_cascade_result *r0 = NULL, *r1 = NULL, *rh = NULL;
    yk_error err;
    int y = 2028 - 2025;
    (void)state;
    memset(&o, 0, sizeof o);
    o.seed = 11;
    o.replicates = 600;
    assert_int_equal(yk_cascade_run(s, &o, &r0, &err), YK_OK);
    o.devaluation_year = 2028;
    o.devaluation_probability = 1.0;
    assert_int_equal(yk_cascade_run(s, &o, &r1, &err), YK_OK);
    o.devaluation_probability = 0.5;
    assert_int_equal(yk_cascade_run(s, &o, &rh, &err), YK_OK);
    assert_true(yk_cascade_value(r1, y).mean < yk_cascade_value(rh, y).mean);
    assert_true(yk_cascade_value(rh, y).mean < yk_cascade_value(r0, y).mean);
    assert_true(yk_cascade_value(r1, y - 1).mean == yk_cascade_value(r0, y - 1).mean);
    yk_cascade_result_free(r0);
    yk_cascade_result_free(r1);
    yk_cascade_result_free(rh);
    o.devaluation_probability = 1.5;
    assert_int_equal(yk_cascade_run(s, &o, &r0, &err), YK_E_ARG);
    assert_null(r0);
    o.devaluation_probability = 0;
    o.year_from = 2040;
    o.year_to = 2030;
    assert_int_equal(yk_cascade_run(s, &o, &r0, &err), YK_E_ARG);
    assert_null(r0);
    yk_scenario_free(s);
}

/* Nuclear-armed states stay so; estimates keep to their ranges. */
static void test_result_ranges(void **state)
{
    yk_scenario *s = load("umbrella", "");
    yk_cascade_result *r = run(s, 2);
    const yk_world *w = yk_cascade_world(r);
    int y, n = yk_cascade_year_count(r);
    size_t i;
    (void)state;
    assert_int_equal(n, 12);
    assert_int_equal(yk_cascade_year_from(r), 2025);
    for (y = 0; y < n; y++) {
        yk_cascade_estimate c = yk_cascade_expected_nuclear(r, y);
        assert_true(c.mean >= 5 && c.mean <= 9);
        for (i = 0; i < w->n_states; i++) {
            yk_cascade_estimate p = yk_cascade_p_nuclear(r, i, y);
            assert_true(p.lo <= p.mean && p.mean <= p.hi && p.lo >= 0 && p.hi <= 1);
            if (yk_cascade_initially_nuclear(r, i))
                assert_true(p.mean == 1.0);
            /* P(nuclear by year) never falls. */
            if (y)
                assert_true(p.mean >= yk_cascade_p_nuclear(r, i, y - 1).mean);
        }
        for (i = 0; i < w->n_alliances; i++) {
            yk_cascade_estimate k = yk_cascade_credibility(r, i, y);
            assert_true(k.lo <= k.mean && k.mean <= k.hi && k.lo >= 0 && k.hi <= 1);
        }
    }
    yk_cascade_result_free(r);
    yk_scenario_free(s);
}

/* The intervals of means stay within what the replicates can take: a
 * knock-on or a count is never negative (neglect-2025 at 2,000
 * replicates gave TUR's knock-on [-0.0001, 0.0005] before). */
static void test_mean_intervals_within_range(void **state)
{
    yk_scenario *s = NULL;
    yk_cascade_options o;
    yk_cascade_result *r = NULL;
    yk_error err;
    yk_diag d;
    const yk_world *w;
    int y, low = 0;
    size_t i;
    (void)state;
    yk_diag_init(&d);
    assert_int_equal(yk_scenario_load("neglect-2025", NULL, &s, &d), YK_OK);
    memset(&o, 0, sizeof o);
    o.replicates = 2000;
    assert_int_equal(yk_cascade_run(s, &o, &r, &err), YK_OK);
    w = yk_cascade_world(r);
    for (y = 0; y < yk_cascade_year_count(r); y++) {
        yk_cascade_estimate c = yk_cascade_expected_nuclear(r, y);
        assert_true(c.lo >= 0 && c.lo <= c.mean && c.mean <= c.hi);
        for (i = 0; i < w->n_states; i++) {
            yk_cascade_estimate k = yk_cascade_knock_on(r, i, y);
            assert_true(k.lo >= 0 && k.lo <= k.mean && k.mean <= k.hi);
            low += k.mean > 0 && k.lo == 0;
        }
    }
    assert_true(low > 0); /* the case that went negative is there */
    yk_cascade_result_free(r);
    yk_scenario_free(s);
    yk_diag_free(&d);
}

/* ---- the coefficients: section ---------------------------------------------------- */

static yk_status load_text(const char *text, yk_diag *d, yk_scenario **s)
{
    yk_load_options opt = {.allow_files = false};
    opt.coefficients = yk_cascade_coef_specs();
    opt.n_coefficients = YK_CC_COUNT;
    yk_diag_init(d);
    return yk_scenario_load_buffer("c.yaml", text, strlen(text), &opt, s, d);
}

static void test_coefficients_validated(void **state)
{
    yk_scenario *s = NULL;
    yk_diag d;
    char line[1024];
    (void)state;
    assert_int_equal(load_text("world: c\nstates: {}\ncoefficients: {cascade: {kappa_rat: 0.2}}\n",
                               &d, &s), YK_E_SCHEMA);
    yk_error_format(&d.items[0], line, sizeof line);
    assert_string_equal(line, "c.yaml:3:26: coefficients.cascade.kappa_rat: unknown "
                              "coefficient \"kappa_rat\" (did you mean \"kappa_rate\"?)");
    yk_diag_free(&d);
    assert_int_equal(load_text("world: c\nstates: {}\ncoefficients: {cascade: {kappa_rate: 1.5}}\n",
                               &d, &s), YK_E_RANGE);
    yk_error_format(&d.items[0], line, sizeof line);
    assert_non_null(strstr(line, "coefficients.cascade.kappa_rate"));
    yk_diag_free(&d);
    assert_int_equal(load_text("world: c\nstates: {}\ncoefficients: {ladder: {x: 1}}\n", &d, &s),
                     YK_E_SCHEMA);
    yk_error_format(&d.items[0], line, sizeof line);
    assert_non_null(strstr(line, "unknown engine \"ladder\""));
    yk_diag_free(&d);
}

/* An override reaches the run, and the canonical form (hence the hash)
 * has it; a file without the section hashes as before it existed. */
static void test_coefficients_used_and_hashed(void **state)
{
    yk_scenario *a = NULL, *b = NULL;
    yk_diag d;
    size_t n;
    const yk_coefficient *c;
    (void)state;
    assert_int_equal(load_text("world: c\nstates: {}\n", &d, &a), YK_OK);
    yk_diag_free(&d);
    assert_int_equal(load_text("world: c\nstates: {}\ncoefficients:\n  cascade:\n"
                               "    hazard_threat: {uniform: [1, 2]}\n", &d, &b), YK_OK);
    yk_diag_free(&d);
    assert_null(strstr(yk_scenario_canonical(a), "coefficients"));
    assert_non_null(strstr(yk_scenario_canonical(b),
                           "coefficients.cascade.hazard_threat = uniform(1, 2)"));
    assert_string_not_equal(yk_scenario_sha256(a), yk_scenario_sha256(b));
    c = yk_scenario_coefficients(b, &n);
    assert_int_equal(n, 1);
    assert_string_equal(c[0].name, "hazard_threat");
    assert_true(c[0].value.kind == YK_DIST_UNIFORM);
    yk_scenario_free(a);
    yk_scenario_free(b);
}

/* set: paths reach the section and are checked where they are written. */
static void test_coefficients_by_set(void **state)
{
    yk_scenario *s = NULL;
    yk_diag d;
    size_t n;
    const yk_coefficient *c;
    char line[1024];
    (void)state;
    assert_int_equal(load_text("world: c\nstates: {}\nset:\n  coefficients.cascade.value_rate: 0.25\n",
                               &d, &s), YK_OK);
    yk_diag_free(&d);
    c = yk_scenario_coefficients(s, &n);
    assert_int_equal(n, 1);
    assert_string_equal(c[0].engine, "cascade");
    assert_string_equal(c[0].name, "value_rate");
    assert_true(c[0].value.value == 0.25);
    yk_scenario_free(s);
    assert_int_equal(load_text("world: c\nstates: {}\nset:\n  coefficients.cascade.value_rat: 0.25\n",
                               &d, &s), YK_E_SCHEMA);
    yk_error_format(&d.items[0], line, sizeof line);
    assert_string_equal(line, "c.yaml:4:3: coefficients.cascade.value_rat: unknown coefficient "
                              "\"value_rat\" (did you mean \"value_rate\"?)");
    yk_diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_neglect_never_raises_kappa),
        cmocka_unit_test(test_neglect_lowers_mean_kappa),
        cmocka_unit_test(test_statics_mean),
        cmocka_unit_test(test_sharing_never_raises_hazard_run),
        cmocka_unit_test(test_rival_nuclear_never_lowers_hazard_run),
        cmocka_unit_test(test_devaluation_never_raises),
        cmocka_unit_test(test_sharing_never_raises_hazard_equations),
        cmocka_unit_test(test_rival_nuclear_never_lowers_hazard_equations),
        cmocka_unit_test(test_devaluation_never_raises_equations),
        cmocka_unit_test(test_threads_bit_identical),
        cmocka_unit_test(test_result_ranges),
        cmocka_unit_test(test_mean_intervals_within_range),
        cmocka_unit_test(test_fed_devaluation),
        cmocka_unit_test(test_coefficients_validated),
        cmocka_unit_test(test_coefficients_used_and_hashed),
        cmocka_unit_test(test_coefficients_by_set),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
