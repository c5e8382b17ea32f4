/*
 * loader_cases.h - one allocation-failure loop over yk_scenario_load, for
 * the quick (tests/unit/alloc/loader_test.c) and long tiers.
 */
#ifndef YK_TEST_LOADER_CASES_H
#define YK_TEST_LOADER_CASES_H

/* spec: a built-in name, or a path under $YK_TEST_DATA (it contains '/').
 * Fails request N for N = 1, 1 + stride, ... (failalloc.h). */
void yk_alloc_check_load(const char *spec, long stride);

#endif
