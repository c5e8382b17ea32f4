/*
 * replicate.c - one replicate of the cascade engine, year by year
 * (docs/MODEL.md "cascade", steps S1-S7), and the workspace it runs in.
 *
 * Draws: the world's parameters from stream (seed, WORLD, o, 0), the
 * coefficient overrides from (seed, CASCADE, o, 0) (o the replicate's
 * parameter draw: r itself unless --outer), one uniform per state per year
 * from (seed, CASCADE, r, 1) whatever its stage, the fed-in devaluation
 * from (seed, CASCADE, r, 2), a programme's four uniforms from block
 * y N + i of (seed, CASCADE, r, 3), and one uniform per counter-
 * proliferation event from (seed, CASCADE, r, 4). Every replicate draws
 * the same sequence whatever happens in it (or, for stream 3, a block
 * fixed by state and year), so two scenarios that differ in one event
 * share their draws (common random numbers); docs/MODEL.md section 8 says
 * which statics hold draw by draw and which only in the mean.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "models/cascade/cascade_int.h"

yk_status yk_cc_work_alloc(cc_work *w, const cc_model *m)
{
    size_t n = m->n_states + 1, a = m->n_alliances + 1, r = m->n_rivalries + 1;
    memset(w, 0, sizeof *w);
    w->support = yk_calloc(12 * n + 7 * a + r, sizeof(double));
    w->stage = yk_calloc(8 * n, 1);
    w->programme_start = yk_calloc(4 * n, sizeof *w->programme_start);
    w->armed = yk_calloc(n, sizeof *w->armed);
    if (!w->support || !w->stage || !w->programme_start || !w->armed) {
        yk_cc_work_free(w);
        return YK_E_NOMEM;
    }
    w->breakout = w->support + n;
    w->weight = w->breakout + n;
    w->theatre_weight = w->weight + n;
    w->threat = w->theatre_weight + n;
    w->base_arsenal = w->threat + n;
    w->demo = w->base_arsenal + n;
    w->start_breakout = w->demo + n;
    w->strike_p = w->start_breakout + n;
    w->pressure = w->strike_p + n;
    w->reverse_p = w->pressure + n;
    w->acquire_p = w->reverse_p + n;
    w->commitment = w->acquire_p + n;
    w->forward = w->commitment + a;
    w->consultation = w->forward + a;
    w->kappa = w->consultation + a;
    w->offset = w->kappa + a;
    w->delta = w->offset + a;
    w->anchor = w->delta + a;
    w->intensity = w->anchor + a;
    w->npt = w->stage + n;
    w->encouraged = w->npt + n;
    w->conquered = w->encouraged + n;
    w->sanctioned = w->conquered + n;
    w->constrained = w->sanctioned + n;
    w->struck = w->constrained + n;
    w->shown = w->struck + n;
    w->reached = w->programme_start + n;
    return YK_OK;
}

void yk_cc_work_free(cc_work *w)
{
    yk_free(w->support);
    yk_free(w->stage);
    yk_free(w->programme_start);
    yk_free(w->armed);
    memset(w, 0, sizeof *w);
}

uint64_t yk_cc_outer_of(const cc_model *m, uint64_t r)
{
    return m->inner > 0 ? r / (uint64_t)m->inner : r;
}

/* ---- start of a replicate ------------------------------------------------- */

/* The parameters (world and coefficients) come from the replicate's
 * parameter draw o: r itself, or with inner replicates per draw (the
 * judgement-vs-chance split) every replicate of one draw shares them. */
static void draw_start(const cc_model *m, uint64_t r, cc_work *w, double *value)
{
    const yk_world *wd = &m->world;
    uint64_t o = yk_cc_outer_of(m, r);
    yk_rng g;
    size_t i;

    w->coef = m->fixed;
    yk_rng_init(&g, m->seed, YK_STREAM_CASCADE, o, 0);
    for (i = 0; i < m->n_overrides; i++)
        w->coef.v[m->override_id[i]] = yk_param_sample(&m->overrides[i].value, &g);

    yk_alliance_weights_default(&w->net);
    w->net.floor = w->coef.v[YK_CC_SIMILARITY_FLOOR];
    w->net.region = w->coef.v[YK_CC_SIMILARITY_REGION];
    w->net.adversary = w->coef.v[YK_CC_SIMILARITY_ADVERSARY];
    w->net.kind = w->coef.v[YK_CC_SIMILARITY_KIND];

    yk_rng_init(&g, m->seed, YK_STREAM_WORLD, o, 0);
    for (i = 0; i < m->n_states; i++) {
        const yk_state *s = &wd->states[i];
        int since = m->stage_year_line[i];
        w->support[i] = yk_param_sample(&s->public_support_nuclear, &g);
        w->breakout[i] = yk_param_sample(&s->latency.breakout_months, &g);
        w->start_breakout[i] = w->breakout[i];
        /* The world's stage; an arsenal makes a state nuclear. Stages
         * reached before the run are part of the world: they demonstrate
         * nothing new. */
        w->stage[i] = m->nuclear0[i] ? YK_STAGE_NUCLEAR : m->stage_line[i];
        w->shown[i] = (unsigned char)((w->stage[i] >= YK_STAGE_PROGRAMME ? 1 : 0) |
                                      (w->stage[i] == YK_STAGE_NUCLEAR ? 2 : 0));
        w->npt[i] = m->npt0[i];
        w->encouraged[i] = 0;
        w->conquered[i] = 0;
        w->sanctioned[i] = w->constrained[i] = w->struck[i] = 0;
        w->demo[i] = 0;
        w->pressure[i] = -1; /* no pressure is negative: computed on first use */
        w->programme_start[i] = since > 0 ? since : m->year_from;
        /* -1: held from the start (not reached in the run). */
        w->reached[3 * i] = w->stage[i] >= YK_STAGE_HEDGING ? -1 : 0;
        w->reached[3 * i + 1] = w->stage[i] >= YK_STAGE_PROGRAMME ? -1 : 0;
        w->reached[3 * i + 2] = w->stage[i] >= YK_STAGE_NUCLEAR ? -1 : 0;
        w->base_arsenal[i] = m->arsenal[i];
    }
    w->programmes = w->acquisitions = 0;
    for (i = 0; i < m->n_alliances; i++) {
        const yk_alliance *al = &wd->alliances[i];
        w->commitment[i] = yk_param_sample(&al->commitment, &g);
        w->forward[i] = yk_param_sample(&al->forward_forces, &g);
        w->consultation[i] = yk_param_sample(&al->consultation, &g);
        w->kappa[i] = yk_param_sample(&al->credibility, &g);
        w->anchor[i] = w->kappa[i];
        w->offset[i] = 0;
    }
    for (i = 0; i < m->n_rivalries; i++)
        w->intensity[i] = yk_param_sample(&wd->rivalries[i].intensity, &g);
    *value = w->coef.v[YK_CC_VALUE_START];
}

/* ---- S1: arsenals this year --------------------------------------------- */

/* Warheads of state i in year index y: the time line's, or a new arsenal
 * of a state that went nuclear in this replicate; none once conquered. */
static double arsenal(const cc_model *m, const cc_work *w, int y, size_t i,
                      bool theatre)
{
    const double *line = theatre ? m->theatre : m->arsenal;
    double wl = line[(size_t)y * m->n_states + i];
    if (w->conquered[i])
        return 0.0;
    if (m->arsenal[(size_t)y * m->n_states + i] > 0)
        return wl;
    return w->stage[i] == YK_STAGE_NUCLEAR ? w->coef.v[YK_CC_NEW_ARSENAL] : 0.0;
}

/* Whether state i has had weapons by year index y (what P(nuclear-armed by
 * year) counts: a conquered state had them). */
static bool was_armed(const cc_model *m, const cc_work *w, int y, size_t i)
{
    return m->arsenal[(size_t)y * m->n_states + i] > 0 || w->stage[i] == YK_STAGE_NUCLEAR;
}

/* Whether state i holds weapons in year index y. */
static bool is_nuclear(const cc_model *m, const cc_work *w, int y, size_t i)
{
    return !w->conquered[i] && was_armed(m, w, y, i);
}

/* Threat weights g(W) of this year's arsenals (C3), from the time line's
 * log1p(W) so no logarithm is taken per replicate. */
static void arsenals(const cc_model *m, cc_work *w, int y)
{
    double inv = 1.0 / log1p(w->coef.v[YK_CC_ARSENAL_REF]);
    double fresh = yk_cascade_arsenal_weight(&w->coef, w->coef.v[YK_CC_NEW_ARSENAL]);
    size_t i, at = (size_t)y * m->n_states;
    for (i = 0; i < m->n_states; i++) {
        if (w->conquered[i]) {
            w->weight[i] = w->theatre_weight[i] = 0.0;
        } else if (m->arsenal[at + i] > 0) {
            w->weight[i] = m->ln_arsenal[at + i] * inv;
            w->theatre_weight[i] = m->ln_theatre[at + i] * inv;
        } else {
            w->weight[i] = w->theatre_weight[i] =
                w->stage[i] == YK_STAGE_NUCLEAR ? fresh : 0.0;
        }
    }
}

/* ---- S2: credibility moves toward its target ------------------------------- */

static void credibility(const cc_model *m, cc_work *w, int y)
{
    size_t j, k;
    for (j = 0; j < m->n_alliances; j++) {
        const yk_alliance *al = &m->world.alliances[j];
        size_t ally = al->ally;
        yk_cascade_alliance_in in;
        in.commitment = w->commitment[j];
        in.forward_forces = w->forward[j];
        in.consultation = w->consultation[j];
        in.sharing = m->sharing[j];
        in.growth = 0;
        in.theatre_gap = 0;
        in.offset = w->offset[j];
        in.anchor = w->anchor[j];
        for (k = m->riv_start[ally]; k < m->riv_start[ally + 1]; k++) {
            size_t r = m->riv_other[k];
            double now, before, gap;
            if (r == al->patron)
                continue;
            now = arsenal(m, w, y, r, false);
            if (now <= 0)
                continue;
            before = w->base_arsenal[r];
            in.growth += w->intensity[m->riv_index[k]] *
                         (now > before ? log((1 + now) / (1 + before)) : 0.0);
            gap = w->theatre_weight[r] - w->theatre_weight[al->patron];
            in.theatre_gap += w->intensity[m->riv_index[k]] * (gap > 0 ? gap : 0.0);
        }
        w->kappa[j] = yk_cascade_kappa_step(&w->coef, w->kappa[j],
                                            yk_cascade_kappa_target(&w->coef, &in));
    }
}

/* ---- S3: events ------------------------------------------------------------ */

/* A shock of magnitude mag spread by reach; a share of it moves the
 * target for good (shock_persistence). */
static void spread(const cc_model *m, cc_work *w, const unsigned char *reach,
                   double mag)
{
    size_t j;
    double keep = w->coef.v[YK_CC_SHOCK_PERSISTENCE];
    for (j = 0; j < m->n_alliances; j++) {
        double s = yk_alliances_similarity_of(&w->net, reach[j]), d;
        if (s <= 0)
            continue;
        d = mag < 0 ? mag * s * w->kappa[j] : mag * s * (1 - w->kappa[j]);
        w->kappa[j] += d;
        w->offset[j] += keep * d;
    }
}

static void devalue(const cc_model *m, cc_work *w, double *value)
{
    size_t j;
    double keep = w->coef.v[YK_CC_SHOCK_PERSISTENCE];
    for (j = 0; j < m->n_alliances; j++)
        w->delta[j] = w->kappa[j];
    yk_cascade_devaluation(&w->coef, value, w->kappa, m->n_alliances);
    for (j = 0; j < m->n_alliances; j++)
        w->offset[j] += keep * (w->kappa[j] - w->delta[j]);
}

/* ---- stage moves and the domino among allies ----------------------------- */

/* How alike state i is to state p for the demonstration: the network's
 * similarity when they share a patron, else demo_outsider times its
 * region and rival terms (no floor). */
static double likeness(const cc_work *w, unsigned traits)
{
    yk_alliance_weights k = w->net;
    if (traits & YK_ALLIANCE_SAME_PATRON)
        return yk_alliances_similarity_of(&k, traits);
    k.floor = 0;
    return w->coef.v[YK_CC_DEMO_OUTSIDER] *
           yk_alliances_similarity_of(&k, traits | YK_ALLIANCE_SAME_PATRON);
}

/* State p's programme (bit 1) or arsenal (bit 2) raises the hazard of
 * every state by its likeness to p, once each. */
static void demonstrate(const cc_model *m, cc_work *w, size_t p, unsigned bit)
{
    size_t i, N = m->n_states;
    double gain = w->coef.v[bit == 1 ? YK_CC_DEMO_PROGRAMME : YK_CC_DEMO_NUCLEAR];
    if (w->shown[p] & bit)
        return;
    w->shown[p] |= (unsigned char)bit;
    if (gain <= 0)
        return;
    if (m->likeness) {
        /* A row of the fixed table: contiguous, 0 for p itself. */
        const double *row = &m->likeness[p * N];
        for (i = 0; i < N; i++)
            w->demo[i] += gain * row[i];
        return;
    }
    for (i = 0; i < N; i++)
        if (m->pair[p * N + i])
            w->demo[i] += gain * likeness(w, m->pair[p * N + i]);
}

static void spread(const cc_model *m, cc_work *w, const unsigned char *reach,
                   double mag);

static void reach(cc_work *w, size_t i, int stage, int year)
{
    if (stage > YK_STAGE_NONE && !w->reached[3 * i + stage - 1])
        w->reached[3 * i + stage - 1] = year;
}

static void start_programme(const cc_model *m, cc_work *w, size_t i, int year, int since)
{
    w->stage[i] = YK_STAGE_PROGRAMME;
    w->programme_start[i] = since > 0 ? since : year;
    /* A new programme: the state's first in the run, not one it had at
     * the start (a restart after a setback is not a new one). */
    if (!(w->shown[i] & 1))
        w->programmes++;
    reach(w, i, YK_STAGE_HEDGING, year);
    reach(w, i, YK_STAGE_PROGRAMME, year);
    demonstrate(m, w, i, 1);
}

/* State i goes nuclear in year index y: its arsenal counts from now, V
 * rises, similar states learn from it, and each nuclear patron that
 * tolerates it loses credibility with its other allies (Lanoszka 2018). */
static void go_nuclear(const cc_model *m, cc_work *w, int y, size_t i, double *value)
{
    const double *v = w->coef.v;
    double fresh = yk_cascade_arsenal_weight(&w->coef, v[YK_CC_NEW_ARSENAL]);
    size_t k, A = m->n_alliances;
    int year = m->year_from + y;
    w->stage[i] = YK_STAGE_NUCLEAR;
    w->weight[i] = w->theatre_weight[i] = fresh;
    *value += v[YK_CC_VALUE_NEW_STATE];
    w->acquisitions++;
    reach(w, i, YK_STAGE_HEDGING, year);
    reach(w, i, YK_STAGE_PROGRAMME, year);
    reach(w, i, YK_STAGE_NUCLEAR, year);
    demonstrate(m, w, i, 1);
    demonstrate(m, w, i, 2);
    if (v[YK_CC_SHOCK_TOLERANCE] < 0)
        for (k = m->ally_start[i]; k < m->ally_start[i + 1]; k++) {
            size_t j0 = m->ally_list[k];
            if (m->arsenal[(size_t)y * m->n_states + m->world.alliances[j0].patron] > 0)
                spread(m, w, &m->tolerance[j0 * A], v[YK_CC_SHOCK_TOLERANCE]);
        }
}

/* A stage the world's time line sets (a `set: {stage: ...}` event). */
static void set_stage(const cc_model *m, cc_work *w, int y, size_t i, double *value)
{
    size_t at = (size_t)y * m->n_states + i;
    int to = m->stage_line[at], year = m->year_from + y;
    if (to == w->stage[i] || m->arsenal[at] > 0 || w->conquered[i])
        return;
    if (to == YK_STAGE_NUCLEAR)
        go_nuclear(m, w, y, i, value);
    else if (to == YK_STAGE_PROGRAMME)
        start_programme(m, w, i, year, m->stage_year_line[at]);
    else {
        w->stage[i] = (unsigned char)to;
        reach(w, i, to, year);
    }
}

/* Counter-proliferation against target t (u: the event's own uniform). */
static void counter(cc_work *w, yk_event_kind kind, size_t t, double u)
{
    const double *v = w->coef.v;
    if (t == YK_NONE || w->conquered[t] || w->stage[t] == YK_STAGE_NUCLEAR)
        return;
    if (kind == YK_EVENT_SANCTIONS) {
        w->sanctioned[t] = 1;
    } else if (kind == YK_EVENT_PREVENTIVE_STRIKE) {
        w->struck[t] = 1;
        w->breakout[t] += v[YK_CC_STRIKE_DELAY];
        if (w->stage[t] == YK_STAGE_PROGRAMME && u < v[YK_CC_STRIKE_SETBACK])
            w->stage[t] = YK_STAGE_HEDGING;
    } else if (kind == YK_EVENT_CONSTRAINT) {
        w->constrained[t] = 1;
        if (w->breakout[t] < v[YK_CC_CONSTRAINT_BREAKOUT])
            w->breakout[t] = v[YK_CC_CONSTRAINT_BREAKOUT];
        if (w->stage[t] == YK_STAGE_PROGRAMME && u < v[YK_CC_CONSTRAINT_ROLLBACK])
            w->stage[t] = YK_STAGE_HEDGING;
    }
}

/* The options of rivals and patrons against state i's programme this
 * year (C7): each rival may strike it, with probability strike_option x
 * intensity x its long-range strike capability; an opposing patron
 * sanctions it with probability sanction_option x opposition. Uniforms
 * us (strike) and uc (sanction) are drawn whatever happens. */
static void options(cc_work *w, size_t i, double opposition, double us, double uc,
                    double ue)
{
    if (us < w->strike_p[i])
        counter(w, YK_EVENT_PREVENTIVE_STRIKE, i, ue);
    if (uc < w->coef.v[YK_CC_SANCTION_OPTION] * opposition)
        w->sanctioned[i] = 1;
}

/* Each state's yearly probability of a rival's strike on its programme,
 * 1 - prod over rivals r not conquered of (1 - strike_option I LRS_r):
 * fixed within a replicate until a conquest. */
static void strike_odds(const cc_model *m, cc_work *w)
{
    double so = w->coef.v[YK_CC_STRIKE_OPTION];
    size_t i, k;
    for (i = 0; i < m->n_states; i++) {
        double spare = 1.0;
        for (k = m->riv_start[i]; k < m->riv_start[i + 1]; k++)
            if (!w->conquered[m->riv_other[k]])
                spare *= 1.0 - so * w->intensity[m->riv_index[k]] * m->strike_reach[m->riv_other[k]];
        w->strike_p[i] = 1.0 - spare;
    }
}

static bool has_patron(const cc_model *m, size_t s)
{
    return m->ally_start[s + 1] > m->ally_start[s];
}

static void events(const cc_model *m, cc_work *w, int y, double *value, yk_rng *g)
{
    const double *v = w->coef.v;
    int year = m->year_from + y;
    size_t i;
    if (y > 0)
        for (i = 0; i < m->n_states; i++)
            if (m->stage_line[(size_t)y * m->n_states + i] !=
                m->stage_line[(size_t)(y - 1) * m->n_states + i])
                set_stage(m, w, y, i, value);
    for (i = 0; i < m->n_events; i++) {
        const cc_event *e = &m->events[i];
        if (e->year != year)
            continue;
        switch (e->kind) {
        case YK_EVENT_ABANDONMENT:
            spread(m, w, e->reach, v[YK_CC_SHOCK_ABANDONMENT]);
            break;
        case YK_EVENT_AID_HALT:
            spread(m, w, e->reach, v[YK_CC_SHOCK_AID_HALT]);
            break;
        case YK_EVENT_NEGLECT:
        case YK_EVENT_WITHDRAWAL:
            spread(m, w, e->reach, v[YK_CC_SHOCK_NEGLECT]);
            break;
        case YK_EVENT_REASSURANCE:
        case YK_EVENT_DEPLOYMENT:
        case YK_EVENT_AID_RESUME:
            spread(m, w, e->reach, v[YK_CC_SHOCK_REASSURANCE]);
            break;
        case YK_EVENT_CONQUEST:
            if (e->target == YK_NONE)
                break;
            /* The hegemon's-dilemma post: a nuclear-armed ally lost while
             * restrained devalues every umbrella; a non-nuclear one is an abandonment. */
            if (is_nuclear(m, w, y, e->target) && has_patron(m, e->target))
                devalue(m, w, value);
            else
                spread(m, w, e->reach, v[YK_CC_SHOCK_ABANDONMENT]);
            /* The state is lost: no arsenal, no decisions, no burden, no
             * strikes. */
            w->conquered[e->target] = 1;
            strike_odds(m, w);
            w->weight[e->target] = w->theatre_weight[e->target] = 0.0;
            break;
        case YK_EVENT_ENCOURAGEMENT:
            if (e->target != YK_NONE)
                w->encouraged[e->target] = 1;
            break;
        case YK_EVENT_NPT_WITHDRAWAL:
            if (e->actor != YK_NONE)
                w->npt[e->actor] = 0;
            break;
        case YK_EVENT_NUCLEAR_TEST:
            if (e->actor != YK_NONE && !is_nuclear(m, w, y, e->actor) &&
                !w->conquered[e->actor])
                go_nuclear(m, w, y, e->actor, value);
            break;
        case YK_EVENT_PREVENTIVE_STRIKE:
        case YK_EVENT_SANCTIONS:
        case YK_EVENT_CONSTRAINT:
            /* One uniform per such event, drawn whatever happens. */
            counter(w, e->kind, e->target, yk_rng_u01(g));
            break;
        default:
            break;
        }
    }
}

/* ---- S4: threat -------------------------------------------------------------- */

static void threats(const cc_model *m, cc_work *w)
{
    double h = w->coef.v[YK_CC_THREAT_HOSTILITY];
    size_t i, k;
    for (i = 0; i < m->n_states; i++) {
        double t = 0;
        for (k = m->riv_start[i]; k < m->riv_start[i + 1]; k++)
            t += w->intensity[m->riv_index[k]] * (h + w->weight[m->riv_other[k]]);
        w->threat[i] = t;
    }
}

/* ---- S5: hazards and stages ------------------------------------------------- */

/* The hazard inputs of state i from its alliances and this year's state. */
static void hazard_inputs(const cc_model *m, const cc_work *w, int y, size_t i,
                          double value, yk_cascade_hazard_in *in)
{
    size_t k;
    /* Every member set (no memset: this runs for every state-year). */
    in->has_umbrella = false;
    in->kappa = 0;
    in->opposition = 0;
    in->sharing = false;
    in->threat = w->threat[i];
    in->support = w->support[i];
    in->breakout_months = w->breakout[i];
    in->value = value;
    in->npt_party = w->npt[i];
    in->encouraged = w->encouraged[i];
    in->demonstration = w->demo[i];
    in->sanctioned = w->sanctioned[i];
    in->struck = w->struck[i];
    for (k = m->ally_start[i]; k < m->ally_start[i + 1]; k++) {
        size_t j = m->ally_list[k];
        if (!is_nuclear(m, w, y, m->world.alliances[j].patron))
            continue;
        if (!in->has_umbrella || w->kappa[j] > in->kappa)
            in->kappa = w->kappa[j];
        in->has_umbrella = true;
        if (m->sharing[j])
            in->sharing = true;
        /* A patron that encourages this state no longer opposes it. */
        if (!in->encouraged && w->commitment[j] > in->opposition)
            in->opposition = w->commitment[j];
    }
}

static int breakout_years(double months)
{
    double y = ceil(months / 12.0) - 1.0;
    return y > 0 ? (int)y : 0;
}

/* ---- S6: statistics ------------------------------------------------------------ */

static void add(cc_sum *s, double x)
{
    s->s1 += x;
    s->s2 += x * x;
    s->min = x < s->min ? x : s->min;
    s->max = x > s->max ? x : s->max;
}

static void record(const cc_model *m, const cc_work *w, uint64_t r, int y,
                   double value, cc_acc *acc)
{
    size_t i, j, A = m->n_alliances, N = m->n_states, P = m->n_patrons;
    double count = 0, npt_loss = 0;
    double *burden = w->delta; /* scratch: 2 per patron, P <= A */
    bool last = y == m->n_years - 1;
    size_t n_armed = 0;
    for (i = 0; i < N; i++) {
        bool nuc = is_nuclear(m, w, y, i), armed = was_armed(m, w, y, i);
        size_t k;
        if (armed) {
            acc->nuclear[(size_t)y * N + i]++;
            if (acc->outer)
                acc->outer[((size_t)yk_cc_outer_of(m, r) * (size_t)m->n_years + (size_t)y) * N +
                           i]++;
            if (last && !m->nuclear0[i])
                w->armed[n_armed++] = i;
        }
        if (armed || w->stage[i] >= YK_STAGE_HEDGING)
            acc->hedging[(size_t)y * N + i]++;
        if (armed || w->stage[i] >= YK_STAGE_PROGRAMME)
            acc->programme[(size_t)y * N + i]++;
        if (nuc)
            count += 1;
        if (!m->nuclear0[i] && nuc) {
            double knock = 0;
            for (k = m->riv_start[i]; k < m->riv_start[i + 1]; k++)
                knock += w->intensity[m->riv_index[k]] * w->weight[i];
            add(&acc->knock[(size_t)y * N + i], knock);
        }
        if (m->npt0[i])
            npt_loss += was_armed(m, w, y, i) ? 1.0
                        : w->stage[i] == YK_STAGE_PROGRAMME ? w->coef.v[YK_CC_NPT_PROGRAMME]
                        : w->stage[i] == YK_STAGE_HEDGING ? w->coef.v[YK_CC_NPT_HEDGING]
                                                          : 0.0;
    }
    for (j = 0; j < 2 * P; j++)
        burden[j] = 0;
    for (j = 0; j < A; j++) {
        const yk_alliance *al = &m->world.alliances[j];
        double b = w->conquered[al->ally] ? 0.0 : w->commitment[j] * w->threat[al->ally];
        double kappa = w->kappa[j];
        size_t k = m->patron_slot[j];
        /* kappa = 1 goes to the last bin (the histogram's "over"). */
        size_t bin = kappa >= 1 ? CC_KAPPA_BINS
                     : kappa <= 0 ? 0 : (size_t)(kappa * CC_KAPPA_BINS);
        burden[2 * k] += b;
        burden[2 * k + 1] +=
            b * (is_nuclear(m, w, y, al->ally) ? 1 - w->coef.v[YK_CC_BURDEN_SELF_SHARE] : 1.0);
        add(&acc->kappa[(size_t)y * A + j], kappa);
        acc->kappa_bins[((size_t)y * A + j) * (CC_KAPPA_BINS + 1) + bin]++;
    }
    for (j = 0; j < 2 * P; j++)
        add(&acc->burden[(size_t)y * P * 2 + j], burden[j]);
    add(&acc->count[y], count);
    add(&acc->npt[y], m->n_npt0 ? 1.0 - npt_loss / (double)m->n_npt0 : 1.0);
    add(&acc->value[y], value);
    /* Joint end counts of the states armed in the run (the knock-on
     * table): only pairs of them, so the cost is that number squared. */
    for (i = 0; i < n_armed; i++)
        for (j = 0; j < n_armed; j++)
            acc->joint[w->armed[i] * N + w->armed[j]]++;
    add(&acc->programmes[y], w->programmes);
    add(&acc->acquisitions[y], w->acquisitions);
}

/* ---- the year loop ---------------------------------------------------------------- */

void yk_cc_replicate(const cc_model *m, uint64_t r, cc_work *w, cc_acc *acc)
{
    double value;
    yk_rng yearly, fed, outcome, event;
    int y;
    draw_start(m, r, w, &value);
    strike_odds(m, w);
    yk_rng_init(&yearly, m->seed, YK_STREAM_CASCADE, r, 1);
    yk_rng_init(&fed, m->seed, YK_STREAM_CASCADE, r, 2);
    yk_rng_init(&outcome, m->seed, YK_STREAM_CASCADE, r, 3);
    yk_rng_init(&event, m->seed, YK_STREAM_CASCADE, r, 4);
    for (y = 0; y < m->n_years; y++) {
        const double *v = w->coef.v;
        int year = m->year_from + y;
        size_t i;
        w->programmes = w->acquisitions = 0;
        arsenals(m, w, y);                                     /* S1 */
        credibility(m, w, y);                                  /* S2 */
        value += v[YK_CC_VALUE_RATE] * (v[YK_CC_VALUE_START] - value);
        events(m, w, y, &value, &event);                       /* S3 */
        if (m->devaluation_year == year && m->devaluation_probability > 0 &&
            yk_rng_u01(&fed) < m->devaluation_probability)
            devalue(m, w, &value);
        threats(m, w);                                         /* S4 */
        for (i = 0; i < m->n_states; i++) {                    /* S5 */
            /* One uniform per state and year whatever its stage (common
             * random numbers) for the steps up. */
            double u = yk_rng_u01(&yearly), u2, us, uc, ue;
            yk_cascade_hazard_in in;
            double z, pressure;
            int stage = w->stage[i];
            if (stage == YK_STAGE_NUCLEAR || was_armed(m, w, y, i) || w->conquered[i])
                continue;
            hazard_inputs(m, w, y, i, value, &in);
            /* A programme needs only its pressure, not the hazard. */
            z = stage == YK_STAGE_PROGRAMME ? 0.0 : yk_cascade_hazard_logit(&w->coef, &in);
            if (stage == YK_STAGE_NONE) {
                if (u < yk_cascade_logistic(z + v[YK_CC_HAZARD_HEDGE])) {
                    w->stage[i] = YK_STAGE_HEDGING;
                    reach(w, i, YK_STAGE_HEDGING, year);
                }
                continue;
            }
            if (stage == YK_STAGE_HEDGING) {
                if (!(u < yk_cascade_logistic(z)))
                    continue;
                start_programme(m, w, i, year, 0);
            }
            /* A programme's four uniforms: block y N + i of stream
             * (seed, CASCADE, r, 3), fixed by state and year whatever
             * happened before (common random numbers), drawn only for a
             * state in a programme. */
            outcome.ctr[2] = (uint64_t)y * m->n_states + i;
            outcome.idx = 4;
            u2 = yk_rng_u01(&outcome);
            us = yk_rng_u01(&outcome);
            uc = yk_rng_u01(&outcome);
            ue = yk_rng_u01(&outcome);
            /* C7: rivals and patrons act against the programme. */
            options(w, i, in.opposition, us, uc, ue);
            if (w->stage[i] != YK_STAGE_PROGRAMME)
                continue; /* set back by a strike */
            /* C5: the programme is abandoned, or (its technical delay
             * over) yields weapons, or goes on. */
            pressure = in.opposition + w->sanctioned[i] + w->constrained[i];
            if (pressure != w->pressure[i]) { /* rarely: keep the two logistics */
                w->pressure[i] = pressure;
                w->reverse_p[i] = yk_cascade_reversal_prob(&w->coef, pressure);
                w->acquire_p[i] = yk_cascade_acquire_prob(&w->coef, pressure);
            }
            if (u2 < w->reverse_p[i]) {
                w->stage[i] = YK_STAGE_HEDGING;
                continue;
            }
            if (year - w->programme_start[i] >= breakout_years(w->breakout[i]) &&
                u2 >= 1.0 - w->acquire_p[i])
                go_nuclear(m, w, y, i, &value); /* knock-on from next year */
        }
        if (acc)
            record(m, w, r, y, value, acc);                    /* S6 */
    }
    if (acc)
        acc->n++;
}
