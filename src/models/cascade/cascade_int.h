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

#include "yokushi/alliances.h"
#include "yokushi/cascade.h"
#include "yokushi/rng.h"
#include "yokushi/stats.h"

/* One replicate's coefficients (opaque in cascade.h), by yk_cascade_coef_id. */
struct yk_cascade_coef {
    double v[YK_CC_COUNT];
};

typedef struct cc_event {
    int year;
    yk_event_kind kind;
    size_t actor, target;
    unsigned char *reach;   /* per alliance: yk_alliances_traits of the
                               shock's source and it (alliances.h) */
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
    unsigned char *stage_line; /* [y * n_states + i] the world's stage */
    int *stage_year_line;      /* [y * n_states + i] the year it began */
    unsigned char *pair;       /* [p * n_states + i]: yk_alliances_traits
                                  bits shared by states p and i (demonstration) */
    double *likeness;          /* [p * n_states + i]: the demonstration's
                                  similarity at the fixed coefficients, or
                                  NULL when a scenario draws them */
    unsigned char *tolerance;  /* [j0 * n_alliances + j]: how a patron's
                                  tolerance of alliance j0's ally reaches j */
    double *strike_reach;      /* per state: its long-range strike
                                  capability (the world's mean) */
    int data_year;             /* the world's data year */
    int64_t inner;             /* replicates per parameter draw; 0: one each */
    size_t n_outer;            /* parameter draws when inner > 0, else 0 */
    int devaluation_year;
    double devaluation_probability;
    uint64_t seed;
    void *memory;            /* arena owning everything above */
} cc_model;

/* One replicate's state, allocated once per block slot. */
typedef struct cc_work {
    yk_cascade_coef coef;
    yk_alliance_weights net;             /* the coefficients' network weights */
    double *support, *breakout;          /* per state */
    double *commitment, *forward, *consultation, *kappa, *offset,
        *delta, *anchor;                 /* per alliance */
    double *intensity;                   /* per rivalry */
    double *weight, *theatre_weight, *threat; /* per state, this year */
    double *base_arsenal;                /* per state: first-year W */
    unsigned char *stage, *npt, *encouraged;
    unsigned char *conquered;            /* per state: lost in a conquest */
    unsigned char *sanctioned, *constrained, *struck; /* per state */
    unsigned char *shown;                /* per state: bit 1 its programme,
                                            bit 2 its arsenal demonstrated */
    double *demo;                        /* per state: demonstration logit */
    double *start_breakout;              /* per state: breakout as drawn */
    double *strike_p;                    /* per state: a rival's yearly strike
                                            on its programme (C7) */
    double *pressure, *reverse_p, *acquire_p; /* per state: C5's last pressure
                                            and its two probabilities */
    int *programme_start;
    size_t *armed;                       /* scratch: states armed at the end */
    int *reached;                        /* [3 * i + s - 1]: the first year
                                            state i reached stage s, or 0 */
    int programmes, acquisitions;        /* started / acquired this year */
} cc_work;

/* Credibility bands: 200 bins over [0, 1] and one for kappa = 1, so
 * quantiles are within 0.005. A block has at most CC_BLOCK replicates,
 * so its counts fit 16 bits. */
#define CC_KAPPA_BINS 200
#define CC_BLOCK 256

/* Sums of x and x^2 of one quantity over a block's replicates, added in
 * replicate order, and its least and greatest value (the interval of the
 * mean is kept within them); turned into yk_moments when the block is
 * merged. */
typedef struct cc_sum {
    double s1, s2, min, max;
} cc_sum;

/* Statistics of one block. The sums are laid out as the totals' moments
 * (cc_total); kappa_bins[(y * A + j) * (CC_KAPPA_BINS + 1) + b]. */
typedef struct cc_acc {
    cc_sum *kappa;            /* [y * A + j] */
    cc_sum *count;            /* [y] nuclear-armed states */
    cc_sum *npt;              /* [y] */
    cc_sum *value;            /* [y] */
    cc_sum *burden;           /* [(y * P + k) * 2 + after] */
    cc_sum *knock;            /* [y * N + i] */
    cc_sum *programmes;       /* [y] programmes started */
    cc_sum *acquisitions;     /* [y] states that went nuclear */
    uint64_t *nuclear;        /* [y * N + i] replicates nuclear-armed */
    uint64_t *hedging;        /* [y * N + i] at least hedging that year */
    uint64_t *programme;      /* [y * N + i] at least a programme */
    uint64_t *joint;          /* [p * N + i] both nuclear-armed by the end */
    uint32_t *outer;          /* [(o * Y + y) * N + i] nuclear, per
                                 parameter draw o (inner > 0 only) */
    uint16_t *kappa_bins;
    uint64_t n;
} cc_acc;

/* The statistics of every block merged in block order. */
typedef struct cc_total {
    yk_moments *kappa, *count, *npt, *value, *burden, *knock, *programmes,
        *acquisitions;
    uint64_t *nuclear, *hedging, *programme, *joint;
    uint32_t *outer;          /* as cc_acc's, summed over blocks */
    yk_histogram *kappa_hist; /* [y * A + j] */
    uint64_t n;
} cc_total;

yk_status yk_cc_model_prepare(const yk_scenario *s, int year_from, int year_to,
                           cc_model *m, yk_error *err);
void yk_cc_model_free(cc_model *m);

/* A workspace and an accumulator per slot of a batch of blocks. */
yk_status yk_cc_work_alloc(cc_work *w, const cc_model *m);
void yk_cc_work_free(cc_work *w);
yk_status yk_cc_acc_alloc(cc_acc *a, const cc_model *m);
void yk_cc_acc_reset(cc_acc *a, const cc_model *m);
void yk_cc_acc_free(cc_acc *a);
yk_status yk_cc_total_alloc(cc_total *t, const cc_model *m);
/* Adds a block's statistics; call in block order. */
void yk_cc_total_merge(cc_total *t, const cc_acc *a, const cc_model *m);
void yk_cc_total_free(cc_total *t);

/* Simulates replicate r, adding its years to acc (NULL: none; the
 * workspace then holds the replicate's end state for the draws file). */
void yk_cc_replicate(const cc_model *m, uint64_t r, cc_work *w, cc_acc *acc);
/* The parameter draw replicate r belongs to (r itself unless inner). */
uint64_t yk_cc_outer_of(const cc_model *m, uint64_t r);

#endif
