/*
 * progress.h - the progress bar of a long run on a terminal: percent and
 * time left on stderr, from the shared Monte Carlo driver's progress
 * callback (every engine's run options carry it). Shown only when stderr
 * is a terminal and the run has taken a second; cleared before results
 * or messages print, so "interrupted" and errors start their own line.
 */
#ifndef YK_CLI_PROGRESS_H
#define YK_CLI_PROGRESS_H

#include "yokushi/engine.h"

/* Hands ro the bar's callback, labelled (the engine's name); nothing when
 * stderr is not a terminal or YOKUSHI_NO_PROGRESS is set. */
void cli_progress_attach(yk_run_options *ro, const char *label);
/* Erases the bar if it is showing; safe to call any time. */
void cli_progress_clear(void);
/* One line of the bar for done of total after elapsed seconds, into buf
 * (no terminal codes): what the callback draws; for tests. */
void cli_progress_line(char *buf, size_t size, const char *label, int64_t done,
                       int64_t total, double elapsed);

#endif
