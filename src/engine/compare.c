/*
 * compare.c - paired comparisons of two scenarios under one engine by
 * batches with common random numbers (compare.h, docs/MODEL.md "Paired
 * comparisons"). Every number comes through the engine's measures.
 */
#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "engine/engine_int.h"
#include "yokushi/compare.h"

/* One measure's running sums over the batches. */
typedef struct cell {
    yk_compare_row row;        /* the key strings are the cell's own */
    char *key;                 /* measure \x1f id \x1f year \x1f variant */
    double sa, sb, sd;         /* sums of a, b, a - b */
    double qa, qb, qd;         /* sums of squares */
    int64_t n;
    bool seen;                 /* b had this key in the batch being read */
    double a_now;              /* a's value in the batch being read */
} cell;

struct yk_compare {
    const yk_engine *engine;
    cell *cells;               /* sorted by key while running, then in a's order */
    size_t n, cap;
    int batches;
    int64_t replicates;
    uint64_t seed;
    char *name[2], *sha[2];
    size_t *order;             /* a's row order: indexes into cells */
    size_t n_order;
};

/* ---- keys ------------------------------------------------------------------ */

static char *make_key(const yk_measure_row *r)
{
    size_t len = strlen(r->measure) + strlen(r->id ? r->id : "") +
                 strlen(r->variant ? r->variant : "") + 32;
    char *k = yk_malloc(len);
    if (k)
        snprintf(k, len, "%s\x1f%s\x1f%d\x1f%s", r->measure, r->id ? r->id : "", r->year,
                 r->variant ? r->variant : "");
    return k;
}

static int cmp_cell(const void *x, const void *y)
{
    return strcmp(((const cell *)x)->key, ((const cell *)y)->key);
}

static cell *find(yk_compare *c, const char *key)
{
    cell probe;
    probe.key = (char *)key;
    return c->n ? bsearch(&probe, c->cells, c->n, sizeof *c->cells, cmp_cell) : NULL;
}

/* ---- one batch --------------------------------------------------------------- */

typedef struct walk {
    yk_compare *c;
    int pass;                  /* 0: a's first batch builds the cells; 1: a; 2: b */
    yk_status st;
} walk;

static int on_row(void *ud, const yk_measure_row *r)
{
    walk *w = ud;
    yk_compare *c = w->c;
    char *key = make_key(r);
    cell *x;
    if (!key) {
        w->st = YK_E_NOMEM;
        return 1;
    }
    if (w->pass == 0) {
        if (c->n == c->cap) {
            size_t cap = c->cap ? c->cap * 2 : 256;
            cell *grown = yk_realloc(c->cells, cap * sizeof *grown);
            if (!grown) {
                yk_free(key);
                w->st = YK_E_NOMEM;
                return 1;
            }
            c->cells = grown;
            c->cap = cap;
        }
        x = &c->cells[c->n++];
        memset(x, 0, sizeof *x);
        x->key = key;
        x->row.year = r->year;
        x->a_now = r->mean;
        return 0;
    }
    x = find(c, key);
    yk_free(key);
    if (!x)
        return 0; /* a row the first batch of a lacked */
    if (w->pass == 1) {
        x->a_now = r->mean;
    } else if (!x->seen) {
        x->seen = true;
        if (!isnan(x->a_now) && !isnan(r->mean)) {
            double d = x->a_now - r->mean;
            x->sa += x->a_now;
            x->qa += x->a_now * x->a_now;
            x->sb += r->mean;
            x->qb += r->mean * r->mean;
            x->sd += d;
            x->qd += d * d;
            x->n++;
        }
    }
    return 0;
}

/* The progress of 2K runs as one. */
typedef struct span {
    const yk_run_options *o;
    int64_t before, total;
} span;

static void span_progress(void *ud, int64_t done, int64_t total)
{
    span *s = ud;
    (void)total;
    s->o->progress(s->o->progress_ud, s->before + done, s->total);
}

/* Runs e on s with seed and reps, walking its rows in pass. */
static yk_status run_pass(const yk_engine *e, const yk_scenario *s, const yk_run_options *base,
                          uint64_t seed, int64_t reps, span *sp, walk *w, yk_error *err)
{
    yk_run_options o;
    yk_engine_result *r = NULL;
    yk_status st;
    if (base)
        o = *base;
    else
        memset(&o, 0, sizeof o);
    o.has_seed = true;
    o.seed = seed;
    o.replicates = reps;
    if (base && base->progress) {
        o.progress = span_progress;
        o.progress_ud = sp;
    }
    st = yk_engine_run(e, s, &o, &r, err);
    if (st)
        return st;
    w->st = YK_OK;
    st = yk_engine_result_measures(r, on_row, w);
    yk_engine_result_free(r);
    if (st == YK_E_ARG)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "the %s engine lists no measures for this run: nothing to compare",
                            e->name);
    if (w->st)
        return yk_error_set(err, w->st, NULL, 0, 0, NULL, "out of memory");
    if (sp)
        sp->before += reps;
    return st;
}

/* ---- the result ------------------------------------------------------------ */

static void finish_cell(cell *x)
{
    yk_compare_row *r = &x->row;
    double n = (double)x->n, t, va, vb, vd;
    char *p = x->key, *q;
    /* the key's parts are the row's strings: measure, id, (year), variant */
    r->measure = p;
    q = strchr(p, '\x1f');
    *q = '\0';
    r->id = q + 1;
    q = strchr(q + 1, '\x1f');
    *q = '\0';
    q = strchr(q + 1, '\x1f');
    r->variant = q + 1;
    r->batches = x->n;
    if (x->n < 1) {
        r->a = r->b = r->diff = r->lo = r->hi = r->unpaired_lo = r->unpaired_hi = NAN;
        return;
    }
    r->a = x->sa / n;
    r->b = x->sb / n;
    r->diff = x->sd / n;
    if (x->n < 2) {
        r->lo = r->hi = r->unpaired_lo = r->unpaired_hi = NAN;
        return;
    }
    /* sample variances of the batch values, never below 0 by rounding */
    va = fmax(0, (x->qa - n * r->a * r->a) / (n - 1));
    vb = fmax(0, (x->qb - n * r->b * r->b) / (n - 1));
    vd = fmax(0, (x->qd - n * r->diff * r->diff) / (n - 1));
    t = gsl_cdf_tdist_Pinv(0.975, n - 1);
    r->lo = r->diff - t * sqrt(vd / n);
    r->hi = r->diff + t * sqrt(vd / n);
    r->unpaired_lo = r->diff - t * sqrt(va / n + vb / n);
    r->unpaired_hi = r->diff + t * sqrt(va / n + vb / n);
}

void yk_compare_free(yk_compare *c)
{
    size_t i;
    if (!c)
        return;
    for (i = 0; i < c->n; i++)
        yk_free(c->cells[i].key);
    yk_free(c->cells);
    yk_free(c->order);
    for (i = 0; i < 2; i++) {
        yk_free(c->name[i]);
        yk_free(c->sha[i]);
    }
    yk_free(c);
}

static yk_status setup(yk_compare *c, const yk_engine *e, const yk_scenario *a,
                       const yk_scenario *b, const yk_run_options *o, int batches,
                       yk_error *err)
{
    const yk_scenario *s[2] = {a, b};
    int64_t total;
    int i;
    c->engine = e;
    c->batches = batches ? batches : YK_COMPARE_BATCHES;
    c->seed = yk_run_options_seed(o, a);
    total = o && o->replicates ? o->replicates : yk_scenario_run(a)->replicates;
    c->replicates = total / c->batches > 0 ? total / c->batches * c->batches : c->batches;
    for (i = 0; i < 2; i++)
        if (!(c->name[i] = yk_strdup(yk_scenario_name(s[i]))) ||
            !(c->sha[i] = yk_strdup(yk_scenario_sha256(s[i]))))
            return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    return YK_OK;
}

/* Sorts the cells by key, remembering a's order in c->order. */
static yk_status sort_cells(yk_compare *c, yk_error *err)
{
    size_t i;
    for (i = 0; i < c->n; i++)
        c->cells[i].row.batches = (int64_t)i; /* a's position, until finish */
    qsort(c->cells, c->n, sizeof *c->cells, cmp_cell);
    c->order = yk_malloc((c->n ? c->n : 1) * sizeof *c->order);
    if (!c->order)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    for (i = 0; i < c->n; i++)
        c->order[c->cells[i].row.batches] = i;
    c->n_order = c->n;
    return YK_OK;
}

yk_status yk_compare_run(const yk_engine *e, const yk_scenario *a, const yk_scenario *b,
                         const yk_run_options *o, int batches, yk_compare **out,
                         yk_error *err)
{
    yk_compare *c;
    yk_status st;
    span sp;
    int64_t reps;
    int k;
    size_t i;
    if (out)
        *out = NULL;
    if (!e || !a || !b || !out || (batches && (batches < 2 || batches > YK_COMPARE_MAX_BATCHES)))
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "batches",
                            "yk_compare_run needs an engine, two scenarios, a result pointer "
                            "and 2..%d batches", YK_COMPARE_MAX_BATCHES);
    if (!e->measures)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "the %s engine lists no measures: nothing to compare", e->name);
    c = yk_calloc(1, sizeof *c);
    if (!c)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    st = setup(c, e, a, b, o, batches, err);
    reps = c->replicates / c->batches;
    sp.o = o;
    sp.before = 0;
    sp.total = 2 * c->replicates;
    for (k = 0; !st && k < c->batches; k++) {
        uint64_t seed = c->seed + (uint64_t)k;
        walk w = {c, k == 0 ? 0 : 1, YK_OK};
        st = run_pass(e, a, o, seed, reps, &sp, &w, err);
        if (!st && k == 0)
            st = sort_cells(c, err);
        for (i = 0; !st && i < c->n; i++)
            c->cells[i].seen = false;
        w.pass = 2;
        if (!st)
            st = run_pass(e, b, o, seed, reps, &sp, &w, err);
        /* a row b lacked in this batch adds nothing */
    }
    if (st) {
        yk_compare_free(c);
        return st;
    }
    for (i = 0; i < c->n; i++)
        finish_cell(&c->cells[i]);
    /* rows b never had are dropped */
    {
        size_t n = 0;
        for (i = 0; i < c->n_order; i++)
            if (c->cells[c->order[i]].n > 0 || c->cells[c->order[i]].seen)
                c->order[n++] = c->order[i];
        c->n_order = n;
    }
    *out = c;
    return YK_OK;
}

size_t yk_compare_count(const yk_compare *c)
{
    return c ? c->n_order : 0;
}

const yk_compare_row *yk_compare_at(const yk_compare *c, size_t i)
{
    return c && i < c->n_order ? &c->cells[c->order[i]].row : NULL;
}

const yk_engine *yk_compare_engine(const yk_compare *c)
{
    return c->engine;
}

int yk_compare_batch_count(const yk_compare *c)
{
    return c->batches;
}

int64_t yk_compare_replicates(const yk_compare *c)
{
    return c->replicates;
}

uint64_t yk_compare_seed(const yk_compare *c)
{
    return c->seed;
}

const char *yk_compare_scenario(const yk_compare *c, int which)
{
    return c->name[which ? 1 : 0];
}

const char *yk_compare_sha256(const yk_compare *c, int which)
{
    return c->sha[which ? 1 : 0];
}

size_t yk_compare_keep(yk_compare *c, const char *measure, const char *id, int year)
{
    size_t i, n = 0;
    for (i = 0; i < c->n_order; i++) {
        const yk_compare_row *r = &c->cells[c->order[i]].row;
        if ((!measure || !strcmp(measure, r->measure)) && (!id || !strcmp(id, r->id)) &&
            (!year || year == r->year))
            c->order[n++] = c->order[i];
    }
    c->n_order = n;
    return n;
}
