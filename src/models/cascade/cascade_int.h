/*
 * cascade_int.h - the cascade engine's internals: the model prepared
 * once per run (time lines, rival lists, events), the per-replicate
 * workspace, and the accumulators blocks fill and runs merge.
 *
 * Invariants: a model is read-only once prepared, so blocks share it; a
 * workspace and an accumulator belong to one block at a time. Ordered
 * accumulators (floating-point moments) are merged in block order;
 * exact ones (integer counts, histograms) in any order.
 */
#ifndef YK_CASCADE_INT_H
#define YK_CASCADE_INT_H

#include <stdint.h>

#include "yokushi/cascade.h"
#include "yokushi/rng.h"
#include "yokushi/stats.h"

/* How an event's shock reaches alliance j, decided from the world once:
 * bit 0 same patron, bit 1 the very commitment (or every alliance of the
 * patron for an event without a target), bits 2-4 same region, common
 * rival, same kind. */
enum {
    CC_SIM_PATRON = 1,
    CC_SIM_SELF = 2,
    CC_SIM_REGION = 4,
    CC_SIM_ADVERSARY = 8,
    CC_SIM_KIND = 16
};

typedef struct cc_event {
    int year;
    yk_event_kind kind;
    size_t actor, target;
    unsigned char *reach;   /* n_alliances codes (CC_SIM_*), or NULL */
} cc_event;

typedef struct cc_model {
    yk_world world;          /* the first year's world: ids, parameters */
    int year_from, n_years;
    size_t n_states, n_alliances, n_rivalries;
    double *arsenal;         /* [y * n_states + i] warheads, time line */
    double *theatre;         /* [y * n_states + i] theatre warheads */
    double *ln_arsenal;      /* log1p of the two, for the threat weight */
    double *ln_theatre;
    unsigned char *nuclear0; /* nuclear-armed in the first year */
    unsigned char *npt0;     /* a non-nuclear-weapon NPT party at first */
    size_t n_npt0;
    size_t *riv_start;       /* n_states + 1: rivals of i are */
    size_t *riv_other;       /*   riv_other[riv_start[i] .. riv_start[i+1]) */
    size_t *riv_index;       /*   by rivalry index riv_index[...] */
    size_t *ally_start;      /* n_states + 1: alliances whose ally is i */
    size_t *ally_list;       /*   ally_list[ally_start[i] .. ally_start[i+1]) */
    unsigned char *sharing;  /* per alliance */
    size_t n_patrons;
    size_t *patrons;         /* state index of each patron */
    size_t *patron_slot;     /* per alliance: index into patrons */
    cc_event *events;        /* the run's events, by year then file order */
    size_t n_events;
    const yk_coefficient *overrides;
    size_t n_overrides;
    int *override_id;        /* coefficient index of each override */
    yk_cascade_coef fixed;   /* defaults with the fixed overrides */
    int devaluation_year;
    double devaluation_probability;
    uint64_t seed;
    void *memory;            /* arena owning everything above */
} cc_model;

/* One replicate's state, allocated once per block slot. */
typedef struct cc_work {
    yk_cascade_coef coef;
    double *support, *breakout;          /* per state */
    double *commitment, *forward, *consultation, *kappa, *offset,
        *delta, *anchor;                 /* per alliance */
    double *intensity;                   /* per rivalry */
    double *weight, *theatre_weight, *threat; /* per state, this year */
    double *base_arsenal;                /* per state: first-year W */
    unsigned char *stage, *npt, *encouraged;
    int *programme_start;
} cc_work;

/* Statistics of one block. */
typedef struct cc_acc {
    /* ordered */
    yk_moments *kappa;        /* [y * A + j] */
    yk_moments *count;        /* [y] nuclear-armed states */
    yk_moments *npt;          /* [y] */
    yk_moments *value;        /* [y] */
    yk_moments *burden;       /* [(y * P + k) * 2 + after] */
    yk_moments *knock;        /* [y * N + i] */
    /* exact */
    uint64_t *nuclear;        /* [y * N + i] replicates nuclear-armed */
    yk_histogram *kappa_hist; /* [y * A + j] */
    uint64_t n;
} cc_acc;

yk_status cc_model_prepare(const yk_scenario *s, int year_from, int year_to,
                           cc_model *m, yk_error *err);
void cc_model_free(cc_model *m);

/* Allocation sizes for one slot; both are zeroed by their init. */
yk_status cc_work_alloc(cc_work *w, const cc_model *m);
void cc_work_free(cc_work *w);
yk_status cc_acc_alloc(cc_acc *a, const cc_model *m);
void cc_acc_reset(cc_acc *a, const cc_model *m);
void cc_acc_merge(cc_acc *into, const cc_acc *from, const cc_model *m);
void cc_acc_free(cc_acc *a);

/* Simulates replicate r, adding its years to acc. */
void cc_replicate(const cc_model *m, uint64_t r, cc_work *w, cc_acc *acc);

#endif
