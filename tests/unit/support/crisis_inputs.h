/*
 * crisis_inputs.h - crisis inputs the crisis tests and benchmark share: a
 * small hand-worked crisis, random crises over the coefficients' plausible
 * ranges, and a built-in scenario with every coefficient uncertain.
 */
#ifndef YK_TEST_CRISIS_INPUTS_H
#define YK_TEST_CRISIS_INPUTS_H

/* The inputs struct itself: the tests build inputs field by field. */
#include "models/crisis/crisis_int.h"
#include "yokushi/crisis.h"
#include "yokushi/rng.h"
#include "yokushi/scenario.h"

/* A distant nuclear patron with an umbrella and a nuclear T with some
 * independence; the numbers the hand-worked tests use. */
void crisis_small_inputs(yk_crisis_inputs *in);
/* Every coefficient uniform over its plausible range, the world's inputs
 * over wide ranges. */
void crisis_random_inputs(yk_rng *r, yk_crisis_inputs *in);
/* The built-in scenario `base` with every crisis coefficient drawn
 * uniformly over its plausible range; NULL (and the first problem in
 * *err) when it does not load. */
yk_scenario *crisis_load_uncertain(const char *base, yk_error *err);

#endif
