/*
 * gambit_exact.h - reading chance probabilities back the way Gambit reads
 * them: each number's text as an exact rational (decimal digits d.e over
 * a power of ten, or p/q), summed exactly in big integers, and the sum
 * required to be exactly 1 ("Probabilities must sum to exactly one").
 */
#ifndef YK_TEST_GAMBIT_EXACT_H
#define YK_TEST_GAMBIT_EXACT_H

/* 1 when the n texts are numbers (decimal without exponent, or p/q) whose
 * exact sum is 1; 0 otherwise (also for malformed text). */
int gxe_sums_to_one(const char *const *text, int n);

/* Checks every chance node of an .efg file's text: 0 when each one's
 * probabilities sum to exactly 1; else -1 with the offending line
 * (1-based) in *line. *nodes receives the number of chance nodes read. */
int gxe_check_efg(const char *efg, int *line, int *nodes);

#endif
