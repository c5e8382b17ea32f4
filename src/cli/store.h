/*
 * store.h - the run store (`--store FILE.db`, docs/CLI.md "Run store"): a
 * SQLite file with a `runs` table (one row per engine run: id, start
 * time, version, scenario name and SHA-256, seed, command line, engine,
 * complete or not) and a `results` table in the tidy long schema
 * (tidy.h) with the run's id. A run's row is written, committed, before
 * it starts (complete 0); its results and complete = 1 follow in one
 * transaction when it succeeds. An interrupted or failed run stays
 * complete 0 with no results, and the file is never half-written.
 */
#ifndef YK_CLI_STORE_H
#define YK_CLI_STORE_H

#include <stdint.h>

#include "yokushi/engine.h"

struct cli_options;

/* With --store: opens the store (creating it and its tables) and records
 * the start of a run of engine on s; the run's id (> 0), or -1 after
 * printing why. Without --store: 0. */
int64_t cli_store_begin(const struct cli_options *o, const yk_scenario *s, const char *engine);
/* The run's rows and its completion, in one transaction: 0, or 1 after
 * printing why. */
int cli_store_finish(int64_t id, const yk_engine_result *r);
/* Closes the store if open (at the end of the command). */
void cli_store_close(void);

/* `yokushi runs list|show ID|export ID`. */
int cmd_runs(int argc, char **argv);

#endif
