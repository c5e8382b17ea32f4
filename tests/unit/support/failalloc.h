/*
 * failalloc.h - the allocation-failure harness: an allocator (installed
 * with yk_set_allocator) that counts requests and fails the Nth, and a
 * loop that runs one entry point of the library with N = 1, 2, ... until
 * a run makes fewer than N requests; then again failing request N and
 * every later one (memory that stays short, as it does in practice, so
 * that the error paths' own allocations fail too).
 *
 * Each run writes what it produced to a stream. The loop checks, for
 * every N: a run that fails returns YK_E_NOMEM with an "out of memory"
 * message; a run that succeeds (the library may shrug off a failure, as
 * yk_diag does) wrote exactly what the run without failure wrote; and
 * every run frees every block it allocated. Crashes show up as crashes
 * (under ASan, as its report). Memory libyaml and GSL allocate inside
 * their own calls does not pass through the hook, so it is not failed.
 */
#ifndef YK_TEST_FAILALLOC_H
#define YK_TEST_FAILALLOC_H

#include <stdio.h>

#include "yokushi/error.h"
#include "yokushi/game.h"

/* One run of the code under test. It writes its results to out and, on
 * failure, the error into err; whatever it allocated it frees before
 * returning. */
typedef yk_status (*fa_run_fn)(void *ctx, FILE *out, yk_error *err);

typedef struct fa_summary {
    long requests;   /* allocation requests of the run without failure */
    long runs;       /* runs with a failure injected, both modes */
    long failed;     /* of those, the runs that returned YK_E_NOMEM */
    long recovered;  /* of those, the runs that succeeded (same output) */
} fa_summary;

/* Runs fn under the counting allocator for every N (every `stride`-th
 * from 1 when stride > 1; 1 tests all), failing request N. Fails the
 * cmocka test naming `what` and N on the first violation. */
void fa_check(const char *what, fa_run_fn fn, void *ctx, long stride, fa_summary *sum);

/* Writes g to out and frees it; the status, with err set on failure (the
 * end of most runs over games). */
yk_status fa_write_game(yk_game *g, FILE *out, yk_error *err);

/* spec itself, or $YK_TEST_DATA/spec when it names a file (contains '/');
 * buf holds the path. */
const char *fa_data_path(const char *spec, char *buf, size_t size);

#endif
