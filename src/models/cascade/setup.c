/*
 * setup.c - prepares a cascade run once, before any replicate: the
 * arsenal time line of every state from the scenario's world in each
 * year, rival lists, patrons, the run's events with how each shock
 * reaches every alliance, and the coefficient overrides.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/arena.h"
#include "models/cascade/cascade_int.h"
#include "yokushi/alliances.h"

static bool is_theatre(yk_force_type t)
{
    return t == YK_FORCE_THEATRE_MISSILE || t == YK_FORCE_DUAL_CAPABLE_AIRCRAFT ||
           t == YK_FORCE_GRAVITY_BOMB || t == YK_FORCE_SLCM;
}

static double theatre_warheads(const yk_state *s, int year)
{
    double n = 0;
    size_t i;
    for (i = 0; i < s->nuclear.n_forces; i++) {
        const yk_force *f = &s->nuclear.forces[i];
        if (is_theatre(f->type) && yk_force_active(f, year))
            n += (double)yk_force_warheads(f);
    }
    return n;
}

/* The world in `year`, its first problem in err. Out of memory may leave
 * the diagnostics empty (yk_diag drops what it cannot store): the message
 * then says what the status means, never nothing. */
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

/* Arsenals of every year from the worlds the time line gives. */
static yk_status time_line(const yk_scenario *s, cc_model *m, yk_error *err)
{
    int y;
    for (y = 0; y < m->n_years; y++) {
        int year = m->year_from + y;
        yk_world w;
        size_t i;
        yk_status st = world_at(s, year, &w, err);
        if (st)
            return st;
        if (w.n_states != m->n_states) {
            yk_world_free(&w);
            return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                                "the world of %d has another set of states", year);
        }
        for (i = 0; i < m->n_states; i++) {
            m->arsenal[(size_t)y * m->n_states + i] = yk_state_stockpile(&w.states[i], year);
            m->theatre[(size_t)y * m->n_states + i] = theatre_warheads(&w.states[i], year);
            m->ln_arsenal[(size_t)y * m->n_states + i] =
                log1p(m->arsenal[(size_t)y * m->n_states + i]);
            m->ln_theatre[(size_t)y * m->n_states + i] =
                log1p(m->theatre[(size_t)y * m->n_states + i]);
            m->stage_line[(size_t)y * m->n_states + i] = (unsigned char)w.states[i].stage;
            m->stage_year_line[(size_t)y * m->n_states + i] = w.states[i].stage_year;
        }
        yk_world_free(&w);
    }
    return YK_OK;
}

static yk_status rivals(cc_model *m, yk_arena *a)
{
    const yk_world *w = &m->world;
    size_t i, *fill;
    m->riv_start = yk_arena_alloc(a, (m->n_states + 1) * sizeof *m->riv_start);
    m->riv_other = yk_arena_alloc(a, (2 * m->n_rivalries + 1) * sizeof *m->riv_other);
    m->riv_index = yk_arena_alloc(a, (2 * m->n_rivalries + 1) * sizeof *m->riv_index);
    fill = yk_arena_alloc(a, (m->n_states + 1) * sizeof *fill);
    if (!m->riv_start || !m->riv_other || !m->riv_index || !fill)
        return YK_E_NOMEM;
    for (i = 0; i < m->n_rivalries; i++) {
        m->riv_start[w->rivalries[i].a + 1]++;
        m->riv_start[w->rivalries[i].b + 1]++;
    }
    for (i = 0; i < m->n_states; i++)
        m->riv_start[i + 1] += m->riv_start[i];
    for (i = 0; i < m->n_rivalries; i++) {
        size_t a_ = w->rivalries[i].a, b_ = w->rivalries[i].b;
        size_t ka = m->riv_start[a_] + fill[a_]++, kb = m->riv_start[b_] + fill[b_]++;
        m->riv_other[ka] = b_;
        m->riv_index[ka] = i;
        m->riv_other[kb] = a_;
        m->riv_index[kb] = i;
    }
    return YK_OK;
}

static yk_status patrons(cc_model *m, yk_arena *a)
{
    const yk_world *w = &m->world;
    size_t j, k, *fill;
    m->patrons = yk_arena_alloc(a, (m->n_alliances + 1) * sizeof *m->patrons);
    m->patron_slot = yk_arena_alloc(a, (m->n_alliances + 1) * sizeof *m->patron_slot);
    m->sharing = yk_arena_alloc(a, m->n_alliances + 1);
    m->ally_start = yk_arena_alloc(a, (m->n_states + 1) * sizeof *m->ally_start);
    m->ally_list = yk_arena_alloc(a, (m->n_alliances + 1) * sizeof *m->ally_list);
    if (!m->patrons || !m->patron_slot || !m->sharing || !m->ally_start || !m->ally_list)
        return YK_E_NOMEM;
    /* Alliances by ally, in alliance order (counting sort). */
    fill = yk_arena_alloc(a, (m->n_states + 1) * sizeof *fill);
    if (!fill)
        return YK_E_NOMEM;
    for (j = 0; j < m->n_alliances; j++)
        m->ally_start[w->alliances[j].ally + 1]++;
    for (k = 0; k < m->n_states; k++)
        m->ally_start[k + 1] += m->ally_start[k];
    for (j = 0; j < m->n_alliances; j++) {
        size_t ally = w->alliances[j].ally;
        m->ally_list[m->ally_start[ally] + fill[ally]++] = j;
    }
    for (j = 0; j < m->n_alliances; j++) {
        const yk_alliance *al = &w->alliances[j];
        for (k = 0; k < m->n_patrons && m->patrons[k] != al->patron; k++)
            ;
        if (k == m->n_patrons)
            m->patrons[m->n_patrons++] = al->patron;
        m->patron_slot[j] = k;
        m->sharing[j] = al->kind == YK_ALLIANCE_NUCLEAR_SHARING || al->nuclear_sharing.stationed;
    }
    return YK_OK;
}

/* The alliance of patron p to ally t, or YK_NONE. */
static size_t alliance_of(const yk_world *w, size_t p, size_t t)
{
    size_t j;
    for (j = 0; j < w->n_alliances; j++)
        if (w->alliances[j].patron == p && w->alliances[j].ally == t)
            return j;
    return YK_NONE;
}

/* Whether states i and p share a rival (from the model's rival lists:
 * O(degree^2) rather than a pass over every rivalry). */
static bool common_rival(const cc_model *m, size_t i, size_t p)
{
    size_t a, b;
    for (a = m->riv_start[i]; a < m->riv_start[i + 1]; a++)
        for (b = m->riv_start[p]; b < m->riv_start[p + 1]; b++)
            if (m->riv_other[a] == m->riv_other[b])
                return true;
    return false;
}

/* What states i and p share, as the network's trait bits: a patron (and
 * then the same kind of alliance to it), the region, a rival. */
static unsigned pair_traits(const cc_model *m, size_t i, size_t p)
{
    const yk_world *w = &m->world;
    unsigned t = 0;
    size_t a, b;
    if (w->states[i].region == w->states[p].region)
        t |= YK_ALLIANCE_SAME_REGION;
    if (common_rival(m, i, p))
        t |= YK_ALLIANCE_COMMON_RIVAL;
    for (a = m->ally_start[i]; a < m->ally_start[i + 1]; a++)
        for (b = m->ally_start[p]; b < m->ally_start[p + 1]; b++) {
            const yk_alliance *x = &w->alliances[m->ally_list[a]];
            const yk_alliance *z = &w->alliances[m->ally_list[b]];
            if (x->patron == z->patron) {
                t |= YK_ALLIANCE_SAME_PATRON;
                if (x->kind == z->kind)
                    t |= YK_ALLIANCE_SAME_KIND;
            }
        }
    return t;
}

/* The domino's network: state pairs, and how the tolerance of each
 * alliance's ally's bomb reaches every alliance of the same patron. */
static yk_status domino(cc_model *m, yk_arena *a)
{
    const yk_world *w = &m->world;
    size_t i, p, j, k, N = m->n_states, A = m->n_alliances;
    m->pair = yk_arena_alloc(a, N * N + 1);
    m->tolerance = yk_arena_alloc(a, A * A + 1);
    m->strike_reach = yk_arena_alloc(a, (N + 1) * sizeof *m->strike_reach);
    if (!m->pair || !m->tolerance || !m->strike_reach)
        return YK_E_NOMEM;
    for (i = 0; i < N; i++)
        m->strike_reach[i] = yk_param_mean(&w->states[i].conventional.long_range_strike);
    for (i = 0; i < N; i++)
        for (p = 0; p < N; p++)
            m->pair[p * N + i] = i == p ? 0 : (unsigned char)pair_traits(m, i, p);
    for (j = 0; j < A; j++)
        for (k = 0; k < A; k++)
            m->tolerance[j * A + k] =
                j == k ? 0
                       : (unsigned char)yk_alliances_traits(w, w->alliances[j].patron,
                                                            w->alliances[j].ally,
                                                            w->alliances[j].kind, k);
    return YK_OK;
}

/* The demonstration's similarity of every pair at the fixed coefficients
 * (docs/MODEL.md section 8), unless the scenario draws a weight: then
 * each replicate computes it (replicate.c, likeness). */
static yk_status likeness(cc_model *m, yk_arena *a)
{
    static const int drawn[] = {YK_CC_SIMILARITY_FLOOR, YK_CC_SIMILARITY_REGION,
                                YK_CC_SIMILARITY_ADVERSARY, YK_CC_SIMILARITY_KIND,
                                YK_CC_DEMO_OUTSIDER};
    size_t N = m->n_states, i, k;
    yk_alliance_weights w, out;
    for (i = 0; i < m->n_overrides; i++)
        for (k = 0; k < sizeof drawn / sizeof drawn[0]; k++)
            if (m->override_id[i] == drawn[k] && m->overrides[i].value.kind != YK_DIST_FIXED)
                return YK_OK;
    m->likeness = yk_arena_alloc(a, (N * N + 1) * sizeof *m->likeness);
    if (!m->likeness)
        return YK_E_NOMEM;
    yk_alliance_weights_default(&w);
    w.floor = m->fixed.v[YK_CC_SIMILARITY_FLOOR];
    w.region = m->fixed.v[YK_CC_SIMILARITY_REGION];
    w.adversary = m->fixed.v[YK_CC_SIMILARITY_ADVERSARY];
    w.kind = m->fixed.v[YK_CC_SIMILARITY_KIND];
    out = w;
    out.floor = 0;
    for (i = 0; i < N * N; i++) {
        unsigned t = m->pair[i];
        m->likeness[i] = !t ? 0.0
                         : t & YK_ALLIANCE_SAME_PATRON
                             ? yk_alliances_similarity_of(&w, t)
                             : m->fixed.v[YK_CC_DEMO_OUTSIDER] *
                                   yk_alliances_similarity_of(&out, t | YK_ALLIANCE_SAME_PATRON);
    }
    return YK_OK;
}

static bool is_shock(yk_event_kind k)
{
    return k == YK_EVENT_ABANDONMENT || k == YK_EVENT_AID_HALT || k == YK_EVENT_NEGLECT ||
           k == YK_EVENT_WITHDRAWAL || k == YK_EVENT_REASSURANCE ||
           k == YK_EVENT_DEPLOYMENT || k == YK_EVENT_AID_RESUME || k == YK_EVENT_CONQUEST;
}

/* How the shock of e reaches every alliance (yk_alliances_traits). */
static unsigned char *reach_of(const cc_model *m, const cc_event *e, yk_arena *a)
{
    const yk_world *w = &m->world;
    size_t patron = e->actor, ally = e->target, j, src;
    yk_alliance_kind kind = YK_ALLIANCE_CONSULTATION;
    unsigned char *r = yk_arena_alloc(a, m->n_alliances + 1);
    if (!r)
        return NULL;
    if (e->kind == YK_EVENT_CONQUEST) {
        /* The conquered state's first patron (by alliance id) loses it. */
        patron = YK_NONE;
        for (j = 0; j < m->n_alliances && patron == YK_NONE; j++)
            if (w->alliances[j].ally == ally)
                patron = w->alliances[j].patron;
    }
    if (patron == YK_NONE)
        return r;
    src = ally == YK_NONE ? YK_NONE : alliance_of(w, patron, ally);
    if (src != YK_NONE)
        kind = w->alliances[src].kind;
    for (j = 0; j < m->n_alliances; j++)
        r[j] = (unsigned char)yk_alliances_traits(w, patron, ally, kind, j);
    return r;
}

static yk_status events(cc_model *m, yk_arena *a, int year_to)
{
    const yk_world *w = &m->world;
    size_t i, n = 0;
    m->events = yk_arena_alloc(a, (w->n_events + 1) * sizeof *m->events);
    if (!m->events)
        return YK_E_NOMEM;
    /* Stable by year: insertion keeps file order within a year. */
    for (i = 0; i < w->n_events; i++) {
        const yk_event *e = &w->events[i];
        cc_event ce;
        size_t k;
        if (e->year < m->year_from || e->year > year_to)
            continue;
        memset(&ce, 0, sizeof ce);
        ce.year = e->year;
        ce.kind = e->kind;
        ce.actor = e->actor;
        ce.target = e->target;
        if (is_shock(e->kind)) {
            ce.reach = reach_of(m, &ce, a);
            if (!ce.reach)
                return YK_E_NOMEM;
        }
        for (k = n; k > 0 && m->events[k - 1].year > ce.year; k--)
            m->events[k] = m->events[k - 1];
        m->events[k] = ce;
        n++;
    }
    m->n_events = n;
    return YK_OK;
}

static yk_status overrides(const yk_scenario *s, cc_model *m, yk_arena *a,
                           yk_error *err)
{
    const yk_coefficient *c = yk_scenario_coefficients(s, &m->n_overrides);
    size_t i, n = 0;
    yk_cascade_coef_default(&m->fixed);
    m->override_id = yk_arena_alloc(a, (m->n_overrides + 1) * sizeof *m->override_id);
    if (!m->override_id)
        return YK_E_NOMEM;
    for (i = 0; i < m->n_overrides; i++) {
        int id;
        if (strcmp(c[i].engine, yk_cascade_coef_specs()[0].engine))
            continue;
        id = yk_cascade_coef_find(c[i].name);
        if (id < 0)
            return yk_error_set(err, YK_E_SCHEMA, NULL, 0, 0, NULL,
                                "coefficients.cascade.%s: unknown coefficient", c[i].name);
        m->fixed.v[id] = yk_param_mean(&c[i].value);
        m->override_id[n++] = id;
    }
    /* Keep only this engine's overrides, in order, for the draws. */
    if (n != m->n_overrides) {
        yk_coefficient *mine = yk_arena_alloc(a, (n + 1) * sizeof *mine);
        size_t k = 0;
        if (!mine)
            return YK_E_NOMEM;
        for (i = 0; i < m->n_overrides; i++)
            if (!strcmp(c[i].engine, yk_cascade_coef_specs()[0].engine))
                mine[k++] = c[i];
        m->overrides = mine;
    } else {
        m->overrides = c;
    }
    m->n_overrides = n;
    return YK_OK;
}

yk_status yk_cc_model_prepare(const yk_scenario *s, int year_from, int year_to,
                           cc_model *m, yk_error *err)
{
    yk_arena *a;
    yk_status st;
    size_t i;

    memset(m, 0, sizeof *m);
    if (year_to < year_from || year_to - year_from > 500)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "years %d:%d: need first <= last, at most 500 years",
                            year_from, year_to);
    a = yk_malloc(sizeof *a);
    if (!a)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    yk_arena_init(a);
    m->memory = a;
    st = world_at(s, year_from, &m->world, err);
    if (st)
        return st;
    m->year_from = year_from;
    m->n_years = year_to - year_from + 1;
    m->n_states = m->world.n_states;
    m->n_alliances = m->world.n_alliances;
    m->n_rivalries = m->world.n_rivalries;
    m->arsenal = yk_arena_alloc(a, (size_t)m->n_years * m->n_states * sizeof *m->arsenal + 1);
    m->theatre = yk_arena_alloc(a, (size_t)m->n_years * m->n_states * sizeof *m->theatre + 1);
    m->ln_arsenal = yk_arena_alloc(a, (size_t)m->n_years * m->n_states * sizeof *m->arsenal + 1);
    m->ln_theatre = yk_arena_alloc(a, (size_t)m->n_years * m->n_states * sizeof *m->theatre + 1);
    m->nuclear0 = yk_arena_alloc(a, m->n_states + 1);
    m->npt0 = yk_arena_alloc(a, m->n_states + 1);
    m->stage_line = yk_arena_alloc(a, (size_t)m->n_years * m->n_states + 1);
    m->stage_year_line = yk_arena_alloc(a, ((size_t)m->n_years * m->n_states + 1) *
                                               sizeof *m->stage_year_line);
    if (!m->stage_line || !m->stage_year_line)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    if (!m->arsenal || !m->theatre || !m->ln_arsenal || !m->ln_theatre || !m->nuclear0 ||
        !m->npt0)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    st = time_line(s, m, err);
    if (st)
        return st;
    for (i = 0; i < m->n_states; i++) {
        m->nuclear0[i] = m->arsenal[i] > 0;
        m->npt0[i] = !m->nuclear0[i] && m->world.states[i].npt == YK_NPT_NNWS;
        m->n_npt0 += m->npt0[i];
    }
    m->data_year = yk_scenario_world(s)->year; /* the year of the data */
    if (rivals(m, a) || patrons(m, a) || events(m, a, year_to) || domino(m, a))
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    st = overrides(s, m, a, err);
    if (!st && likeness(m, a))
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    return st;
}

void yk_cc_model_free(cc_model *m)
{
    yk_world_free(&m->world);
    if (m->memory) {
        yk_arena_free(m->memory);
        yk_free(m->memory);
    }
    memset(m, 0, sizeof *m);
}
