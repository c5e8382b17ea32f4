/*
 * setup.c - prepares an exchange run once, before any replicate: the
 * years, the sides (chosen by option or by min_side_warheads), each
 * year's world and sides, the coefficient overrides, the layout of the
 * numbers one replicate gives; and one replicate: draws, every ordered
 * pair's strike both ways, the stability indices and the three-body
 * residuals.
 */
#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "models/exchange/exchange_int.h"

#define MAX_YEARS 26

/* ---- layout of one year's numbers ---------------------------------------- */

size_t yk_xc_values_per_year(size_t n)
{
    return n + n * n * YK_XP_COUNT + n * n * n * 2;
}

size_t yk_xc_at_warheads(size_t n, size_t i)
{
    (void)n;
    return i;
}

size_t yk_xc_at_pair(size_t n, size_t a, size_t b, int m)
{
    return n + (a * n + b) * YK_XP_COUNT + (size_t)m;
}

size_t yk_xc_at_three(size_t n, size_t a, size_t b, size_t c, bool third)
{
    return n + n * n * YK_XP_COUNT + ((a * n + b) * n + c) * 2 + (third ? 1 : 0);
}

bool yk_xc_value_is_share(size_t n, size_t k)
{
    size_t m;
    if (k < n || k >= n + n * n * YK_XP_COUNT)
        return false;
    m = (k - n) % YK_XP_COUNT;
    return m == YK_XP_DAMAGE_STRIKER || m == YK_XP_DAMAGE_TARGET || m == YK_XP_STABILITY ||
           m == YK_XP_COMBINED;
}

/* ---- preparing a run ------------------------------------------------------ */

static yk_status world_at(const yk_scenario *s, int year, yk_world *w, yk_error *err)
{
    yk_diag d;
    yk_status st;
    yk_diag_init(&d);
    st = yk_scenario_world_at(s, year, w, &d);
    if (st) {
        if (d.count)
            *err = d.items[0];
        else
            yk_error_set(err, st, NULL, 0, 0, NULL, "the world of %d: %s", year,
                         yk_status_str(st));
    }
    yk_diag_free(&d);
    return st;
}

static double force_warheads(const yk_state *s, int year)
{
    return (double)yk_state_deployed_warheads(s, year);
}

/* Sides from "A,B,C", or every nuclear state with at least min_side
 * warheads on its forces, largest first. */
static yk_status choose_sides(const yk_world *w, const char *list, double min_side,
                              xc_model *m, yk_error *err)
{
    size_t i, j;
    m->n_sides = 0;
    if (list) {
        const char *p = list;
        while (*p) {
            size_t len = strcspn(p, ",");
            char id[YK_ID_MAX];
            if (!len || len >= YK_ID_MAX)
                return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "sides",
                                    "takes state ids separated by commas (got \"%s\")", list);
            memcpy(id, p, len);
            id[len] = '\0';
            if (yk_world_state_index(w, id) == YK_NONE)
                return yk_error_set(err, YK_E_NOTFOUND, NULL, 0, 0, "sides",
                                    "no state \"%s\" in the world", id);
            for (j = 0; j < m->n_sides; j++)
                if (!strcmp(m->ids[j], id))
                    return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "sides",
                                        "\"%s\" given twice", id);
            if (m->n_sides == XC_MAX_SIDES)
                return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "sides",
                                    "at most %d sides", XC_MAX_SIDES);
            memcpy(m->ids[m->n_sides++], id, len + 1);
            p += len + (p[len] == ',');
        }
    } else {
        /* the largest first, ties to the earlier (id order) */
        bool taken[512] = {false};
        while (m->n_sides < XC_MAX_SIDES) {
            size_t best = YK_NONE;
            for (i = 0; i < w->n_states && i < 512; i++) {
                double n = force_warheads(&w->states[i], w->year);
                if (taken[i] || n <= 0 || n < min_side)
                    continue;
                if (best == YK_NONE || n > force_warheads(&w->states[best], w->year))
                    best = i;
            }
            if (best == YK_NONE)
                break;
            taken[best] = true;
            memcpy(m->ids[m->n_sides++], w->states[best].id, YK_ID_MAX);
        }
    }
    if (m->n_sides < 2)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "sides",
                            "an exchange needs at least two sides (found %zu with at least "
                            "min_side_warheads = %g warheads; name them with --sides)",
                            m->n_sides, min_side);
    return YK_OK;
}

static yk_status overrides(const yk_scenario *s, xc_model *m, yk_error *err)
{
    size_t n, i;
    const yk_coefficient *c = yk_scenario_coefficients(s, &n);
    const yk_coefficient_spec *specs = yk_exchange_coef_specs();
    yk_coefficient_defaults(specs, YK_XC_COUNT, m->fixed);
    m->n_overrides = 0;
    for (i = 0; i < n; i++) {
        int id;
        if (strcmp(c[i].engine, "exchange"))
            continue;
        id = yk_coefficient_index(specs, YK_XC_COUNT, c[i].name);
        if (id < 0)
            return yk_error_set(err, YK_E_SCHEMA, NULL, 0, 0, NULL,
                                "coefficients.exchange.%s: unknown coefficient", c[i].name);
        m->fixed[id] = yk_param_mean(&c[i].value);
        if (yk_param_is_uncertain(&c[i].value) && m->n_overrides < YK_XC_COUNT) {
            m->overrides[m->n_overrides] = &c[i];
            m->override_id[m->n_overrides++] = id;
        }
    }
    return YK_OK;
}

void yk_xc_model_free(xc_model *m)
{
    int y;
    size_t i;
    for (y = 0; m->years && y < m->n_years; y++) {
        for (i = 0; i < m->n_sides; i++)
            yk_xc_side_free(&m->years[y].sides[i]);
        yk_world_free(&m->years[y].world);
    }
    yk_free(m->years);
    memset(m, 0, sizeof *m);
}

yk_status yk_xc_model_prepare(const yk_scenario *s, const yk_exchange_options *o,
                              xc_model *m, yk_error *err)
{
    const yk_run_config *rc = yk_scenario_run(s);
    const char *ids[XC_MAX_SIDES];
    int from = o->year_from || o->year_to ? o->year_from : rc->year_from;
    int to = o->year_from || o->year_to ? o->year_to : rc->year_to;
    int y;
    size_t i;
    double top = 0;
    yk_status st;

    memset(m, 0, sizeof *m);
    m->seed = o->seed;
    if (to < from || to - from >= MAX_YEARS)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "years",
                            "years %d:%d: need first <= last, at most %d years", from, to,
                            MAX_YEARS);
    st = overrides(s, m, err);
    if (st)
        return st;
    m->years = yk_calloc((size_t)(to - from + 1), sizeof *m->years);
    if (!m->years)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    m->year_from = from;
    for (y = 0; y <= to - from; y++) {
        xc_year *yr = &m->years[y];
        yr->year = from + y;
        st = world_at(s, yr->year, &yr->world, err);
        if (st)
            return st;
        m->n_years = y + 1;
        if (y == 0) {
            st = choose_sides(&yr->world, o->sides, m->fixed[YK_XC_MIN_SIDE_WARHEADS], m, err);
            if (st)
                return st;
            for (i = 0; i < m->n_sides; i++)
                ids[i] = m->ids[i];
        }
        for (i = 0; i < m->n_sides; i++) {
            size_t k = yk_world_state_index(&yr->world, ids[i]), f;
            double cap = 0;
            if (k == YK_NONE)
                return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                                    "the world of %d has no state %s", yr->year, ids[i]);
            if (yk_xc_prepare_side(&yr->world, k, ids, m->n_sides, yr->year, &yr->sides[i]))
                return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
            if (yr->sides[i].n_forces > m->max_forces)
                m->max_forces = yr->sides[i].n_forces;
            for (f = 0; f < yr->sides[i].n_forces; f++)
                cap += yr->sides[i].forces[f].warheads + yr->sides[i].forces[f].upload;
            if (cap > top)
                top = cap;
        }
    }
    m->n_values = (size_t)m->n_years * yk_xc_values_per_year(m->n_sides);
    m->hist_hi_warheads = top > 0 ? ceil(top) + 1 : 1;
    return YK_OK;
}

/* ---- one replicate ---------------------------------------------------------- */

void yk_xc_coefficients(const xc_model *m, uint64_t rep, double *coef)
{
    yk_rng g;
    size_t i;
    memcpy(coef, m->fixed, sizeof m->fixed);
    yk_rng_init(&g, m->seed, YK_STREAM_EXCHANGE, rep, 0);
    for (i = 0; i < m->n_overrides; i++)
        coef[m->override_id[i]] = yk_param_sample(&m->overrides[i]->value, &g);
}

yk_status yk_xc_work_init(xc_work *w, const xc_model *m)
{
    size_t i;
    memset(w, 0, sizeof *w);
    for (i = 0; i < m->n_sides; i++) {
        w->draws[i] = yk_calloc(m->max_forces + 1, sizeof *w->draws[i]);
        if (!w->draws[i]) {
            yk_xc_work_free(w);
            return YK_E_NOMEM;
        }
    }
    if (yk_xc_strike_work_init(&w->strike, m->max_forces)) {
        yk_xc_work_free(w);
        return YK_E_NOMEM;
    }
    return YK_OK;
}

void yk_xc_work_free(xc_work *w)
{
    size_t i;
    for (i = 0; i < XC_MAX_SIDES; i++)
        yk_free(w->draws[i]);
    yk_xc_strike_work_free(&w->strike);
    memset(w, 0, sizeof *w);
}

void yk_xc_evaluate(const xc_model *m, int y, uint64_t rep, xc_work *w, double *v)
{
    const xc_year *yr = &m->years[y];
    size_t n = m->n_sides, a, b, c, i;
    const xc_fdraw *draws[XC_MAX_SIDES];
    xc_strike_out ab, ba;

    memset(v, 0, yk_xc_values_per_year(n) * sizeof *v);
    /* a state's forces draw from its own substream, the same in every
     * year and whichever sides run: common random numbers */
    for (i = 0; i < n; i++) {
        yk_rng g;
        yk_rng_init(&g, m->seed, YK_STREAM_EXCHANGE, rep, 1 + yr->sides[i].state);
        yk_xc_draw_side(&yr->sides[i], w->coef, &g, false, w->draws[i]);
        draws[i] = w->draws[i];
        v[yk_xc_at_warheads(n, i)] = 0;
        for (c = 0; c < yr->sides[i].n_forces; c++)
            v[yk_xc_at_warheads(n, i)] += w->draws[i][c].warheads;
    }
    for (a = 0; a < n; a++)
        for (b = a + 1; b < n; b++) {
            double sa, sb, k = w->coef[YK_XC_COST_WEIGHT];
            yk_xc_strike(yr->sides, n, draws, a, b, w->coef, &w->strike, &ab);
            yk_xc_strike(yr->sides, n, draws, b, a, w->coef, &w->strike, &ba);
            /* a's cost striking first: ab's damages; second: ba's */
            sa = yk_xc_stability(ab.damage_striker, ab.damage_target, ba.damage_target,
                                 ba.damage_striker, k);
            sb = yk_xc_stability(ba.damage_striker, ba.damage_target, ab.damage_target,
                                 ab.damage_striker, k);
            for (i = 0; i < 2; i++) {
                const xc_strike_out *o = i ? &ba : &ab;
                size_t s = i ? b : a, t = i ? a : b;
                v[yk_xc_at_pair(n, s, t, YK_XP_TARGET_WARHEADS)] = o->target_before;
                v[yk_xc_at_pair(n, s, t, YK_XP_FIRST_STRIKE)] = o->first_strike;
                v[yk_xc_at_pair(n, s, t, YK_XP_SURVIVING)] = o->surviving;
                v[yk_xc_at_pair(n, s, t, YK_XP_RETALIATION)] = o->retaliation;
                v[yk_xc_at_pair(n, s, t, YK_XP_DAMAGE_STRIKER)] = o->damage_striker;
                v[yk_xc_at_pair(n, s, t, YK_XP_DAMAGE_TARGET)] = o->damage_target;
                v[yk_xc_at_pair(n, s, t, YK_XP_STABILITY)] = i ? sb : sa;
                v[yk_xc_at_pair(n, s, t, YK_XP_COMBINED)] = sa * sb;
                for (c = 0; c < n; c++) {
                    if (c == s || c == t)
                        continue;
                    v[yk_xc_at_three(n, s, t, c, false)] = o->residual[c];
                    v[yk_xc_at_three(n, s, t, c, true)] = yk_xc_unstruck_delivered(
                        &yr->sides[c], draws[c], s, &yr->sides[s], w->coef, w->strike.held);
                }
            }
        }
}

void yk_xc_replicate(const xc_model *m, uint64_t rep, xc_work *w, double *values)
{
    size_t per = yk_xc_values_per_year(m->n_sides);
    int y;
    yk_xc_coefficients(m, rep, w->coef);
    for (y = 0; y < m->n_years; y++)
        yk_xc_evaluate(m, y, rep, w, values + (size_t)y * per);
}
