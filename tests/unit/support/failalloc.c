/*
 * failalloc.c - the counting allocator that fails request N, and the loop
 * over N (failalloc.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "failalloc.h"
#include "yokushi/alloc.h"

/* Requests (allocations and resizes) are numbered from 1; frees are not
 * requests. live counts blocks handed out and not yet freed, so a run that
 * ends with live above zero leaked. Atomic because the Monte Carlo engines
 * may allocate from OpenMP threads. */
typedef struct fa_state {
    atomic_long requests;
    atomic_long live;
    atomic_int injected;
    long fail_at;       /* 0: never */
    int persistent;     /* fail every request from fail_at on, not only that one */
} fa_state;

static void *fa_alloc(void *ud, void *ptr, size_t size)
{
    fa_state *st = ud;
    long n;
    void *q;

    if (size == 0) {
        if (ptr)
            atomic_fetch_sub(&st->live, 1);
        free(ptr);
        return NULL;
    }
    n = atomic_fetch_add(&st->requests, 1) + 1;
    if (st->fail_at && (n == st->fail_at || (st->persistent && n > st->fail_at))) {
        atomic_store(&st->injected, 1);
        return NULL;
    }
    q = realloc(ptr, size);
    if (q && !ptr)
        atomic_fetch_add(&st->live, 1);
    return q;
}

/* One run of fn under the counting allocator; out gets its output. */
static yk_status run_once(fa_state *st, long fail_at, fa_run_fn fn, void *ctx, char **out,
                          size_t *len, yk_error *err)
{
    FILE *f = open_memstream(out, len);
    yk_status s;

    assert_non_null(f);
    atomic_store(&st->requests, 0);
    atomic_store(&st->live, 0);
    atomic_store(&st->injected, 0);
    st->fail_at = fail_at;
    memset(err, 0, sizeof *err);
    yk_set_allocator(fa_alloc, st);
    s = fn(ctx, f, err);
    yk_set_allocator(NULL, NULL);
    assert_int_equal(fclose(f), 0);
    return s;
}

/* Every violation is printed (the first few), so one run of the test
 * lists all the bugs of an entry point; the test fails at the end. */
#define FA_PRINT_MAX 20

static void violation(long *count, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void violation(long *count, const char *fmt, ...)
{
    char line[1024];
    va_list ap;
    if (++*count > FA_PRINT_MAX)
        return;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    print_error("%s\n", line);
}

static const char *const mode_name[] = {"", " (and every later request)"};

/* The loop over N in one mode; violations counted in *bad. */
static void fail_each(const char *what, fa_run_fn fn, void *ctx, long stride, int persistent,
                      const char *ref, size_t ref_len, fa_summary *sum, long *bad)
{
    fa_state st;
    char *got;
    size_t got_len = 0;
    yk_error err;
    yk_status s;
    long n;
    const char *mode = mode_name[persistent];

    memset(&st, 0, sizeof st);
    st.persistent = persistent;
    for (n = 1;; n += stride > 1 ? stride : 1) {
        got = NULL;
        s = run_once(&st, n, fn, ctx, &got, &got_len, &err);
        if (!atomic_load(&st.injected)) {
            /* fewer than n requests: the loop has covered every one */
            if (s != YK_OK || got_len != ref_len || memcmp(got, ref, ref_len))
                violation(bad, "%s: a run with no failure injected differs from the first",
                          what);
            free(got);
            break;
        }
        sum->runs++;
        if (atomic_load(&st.live) != 0)
            violation(bad, "%s: N=%ld%s: %ld blocks leaked (status %d)", what, n, mode,
                      atomic_load(&st.live), (int)s);
        if (s == YK_OK) {
            if (got_len != ref_len || memcmp(got, ref, ref_len))
                violation(bad, "%s: N=%ld%s: succeeded with different output (%zu bytes, "
                          "expected %zu)",
                          what, n, mode, got_len, ref_len);
            sum->recovered++;
        } else if (s != YK_E_NOMEM || err.status != YK_E_NOMEM
                   || !strstr(err.message, "out of memory")) {
            violation(bad, "%s: N=%ld%s: returned %d (error status %d, \"%s\"), not out of "
                      "memory",
                      what, n, mode, (int)s, (int)err.status, err.message);
        } else {
            sum->failed++;
        }
        free(got);
    }
}

void fa_check(const char *what, fa_run_fn fn, void *ctx, long stride, fa_summary *sum)
{
    fa_state st;
    char *ref = NULL;
    size_t ref_len = 0;
    yk_error err;
    yk_status s;
    long bad = 0;

    memset(sum, 0, sizeof *sum);
    memset(&st, 0, sizeof st);
    s = run_once(&st, 0, fn, ctx, &ref, &ref_len, &err);
    if (s != YK_OK)
        fail_msg("%s: the run without failure returned %d: %s", what, (int)s, err.message);
    if (atomic_load(&st.live) != 0)
        fail_msg("%s: the run without failure leaked %ld blocks", what, atomic_load(&st.live));
    sum->requests = atomic_load(&st.requests);
    fail_each(what, fn, ctx, stride, 0, ref, ref_len, sum, &bad);
    fail_each(what, fn, ctx, stride, 1, ref, ref_len, sum, &bad);
    free(ref);
    if (bad)
        fail_msg("%s: %ld violations of %ld runs", what, bad, sum->runs);
    print_message("%s: %ld requests, %ld runs: %ld out of memory, %ld recovered\n", what,
                  sum->requests, sum->runs, sum->failed, sum->recovered);
}

yk_status fa_write_game(yk_game *g, FILE *out, yk_error *err)
{
    yk_status st = yk_game_write(g, out);
    if (st != YK_OK)
        yk_error_set(err, st, NULL, 0, 0, NULL, "%s", yk_status_str(st));
    yk_game_free(g);
    return st;
}

const char *fa_data_path(const char *spec, char *buf, size_t size)
{
    const char *dir = getenv("YK_TEST_DATA");
    if (!strchr(spec, '/'))
        return spec;
    assert_non_null(dir);
    snprintf(buf, size, "%s/%s", dir, spec);
    return buf;
}
