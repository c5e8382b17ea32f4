/*
 * effects.h - the three strategic effects that make the literal
 * comparative statics of issue 5 false (docs/MODEL.md section 9), tested
 * at one solution so that the why lines can name them where they decide
 * an outcome. Each compares the decision taken with the same decision
 * priced under the same profile with one quantity of the model removed:
 * a direct effect, not a re-solved equilibrium.
 */
#ifndef YK_CRISIS_EFFECTS_H
#define YK_CRISIS_EFFECTS_H

#include <stdbool.h>

#include "models/crisis/crisis_int.h"

/* The buck is passed: type t abandons (strictly) a T that holds alone
 * (on aid only A wins with probability p_abandon < 1/2), and T's holding
 * is what makes abandoning pay: were abandoning to lose T for sure
 * (yk_cr_value_losing after abandon), some other response would be
 * strictly better for P. *sure_loss gets P's payoff of that sure loss. */
bool yk_cr_buck_passed(const yk_crisis_model *m, const yk_crisis_solution *s, int t,
                       double *sure_loss);

/* Deterrence by autonomy: A is deterred (strictly), and would attack
 * (strictly) were P's restraint of a losing T sure (autonomy 0, the same
 * profile). *attack_value gets A's value of attacking then. */
bool yk_cr_deterred_by_autonomy(const yk_crisis_model *m, const yk_crisis_solution *s,
                                double *attack_value);

/* P defends for the nuclear order: type t defends or threatens (strictly)
 * a nuclear T, and without the world-order component of its costs
 * abandoning would be strictly best. *without gets P's payoff of
 * abandoning less that component; *chosen_without, of its response. */
bool yk_cr_defends_for_order(const yk_crisis_model *m, const yk_crisis_solution *s, int t,
                             double *without, double *chosen_without);

#endif
