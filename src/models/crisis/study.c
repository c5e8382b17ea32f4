/*
 * study.c - yk_crisis_study_run: the studies of one crisis at the means
 * of its parameters (the logit QRE at a given lambda, the signalling
 * stage), kept in one result so a report can write both.
 */
#include <math.h>

#include "core/alloc.h"
#include "models/crisis/crisis_int.h"

/* The QRE's iteration: to a change below 1e-12 within 100,000 steps. */
#define QRE_TOL 1e-12
#define QRE_MAX_ITER 100000

struct yk_crisis_study {
    const char *crisis;        /* the world's string */
    yk_crisis_inputs in;
    bool threat;
    bool has_qre, qre_converged;
    double lambda;
    yk_crisis_solution qre;
    bool has_signal;
    yk_crisis_signal_result signal;
};

yk_status yk_crisis_study_run(const yk_scenario *s, size_t crisis,
                              bool signal, bool qre, double lambda,
                              yk_crisis_study **out, yk_error *err)
{
    yk_crisis_study *st;
    yk_crisis_model m;
    yk_status rc;

    *out = NULL;
    if (!signal && !qre)
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, NULL,
                            "a study is the signalling stage, the QRE, or both");
    if (qre && !(lambda >= 0 && isfinite(lambda)))
        return yk_error_set(err, YK_E_ARG, NULL, 0, 0, "lambda",
                            "takes a number >= 0 (got %g)", lambda);
    st = yk_calloc(1, sizeof *st);
    if (!st)
        return yk_error_set(err, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    rc = yk_crisis_inputs_mean(s, crisis, &st->in, err);
    if (rc) {
        yk_free(st);
        return rc;
    }
    st->crisis = yk_scenario_world(s)->crises[crisis].name;
    yk_crisis_model_init(&m, &st->in);
    st->threat = m.threat;
    st->lambda = lambda;
    st->has_qre = qre;
    if (qre)
        st->qre_converged = yk_crisis_solve_qre(&m, lambda, QRE_TOL, QRE_MAX_ITER,
                                                &st->qre) == YK_OK;
    st->has_signal = signal;
    if (signal)
        yk_crisis_solve_signal(&st->in, &st->signal);
    *out = st;
    return YK_OK;
}

void yk_crisis_study_free(yk_crisis_study *st)
{
    yk_free(st);
}

const char *yk_crisis_study_crisis(const yk_crisis_study *st) { return st->crisis; }
const yk_crisis_inputs *yk_crisis_study_inputs(const yk_crisis_study *st) { return &st->in; }
bool yk_crisis_study_threat(const yk_crisis_study *st) { return st->threat; }
double yk_crisis_study_lambda(const yk_crisis_study *st) { return st->lambda; }
bool yk_crisis_study_qre_converged(const yk_crisis_study *st) { return st->qre_converged; }

const yk_crisis_solution *yk_crisis_study_qre(const yk_crisis_study *st)
{
    return st->has_qre ? &st->qre : NULL;
}

const yk_crisis_signal_result *yk_crisis_study_signal(const yk_crisis_study *st)
{
    return st->has_signal ? &st->signal : NULL;
}
