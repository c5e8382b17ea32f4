/*
 * progress.c - the progress bar (progress.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/progress.h"

#define BAR_WIDTH 30
#define FIRST_DRAW 1.0   /* seconds: a quicker run shows nothing */
#define REDRAW 0.1       /* seconds between draws */

static struct {
    char label[32];
    double start, last;
    int shown;
} bar;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* "1:05" or "1:02:05". */
static void clock_text(char *buf, size_t size, double seconds)
{
    long s = seconds < 0 ? 0 : (long)(seconds + 0.5);
    if (s >= 3600)
        snprintf(buf, size, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else
        snprintf(buf, size, "%ld:%02ld", s / 60, s % 60);
}

void cli_progress_line(char *buf, size_t size, const char *label, int64_t done,
                       int64_t total, double elapsed)
{
    double share = total > 0 ? (double)done / (double)total : 0;
    char fill[BAR_WIDTH + 1], left[32];
    int i, n;
    if (share > 1)
        share = 1;
    n = (int)(share * BAR_WIDTH);
    for (i = 0; i < BAR_WIDTH; i++)
        fill[i] = i < n ? '#' : '.';
    fill[BAR_WIDTH] = '\0';
    if (done > 0 && elapsed > 0)
        clock_text(left, sizeof left, elapsed * (1 - share) / share);
    else
        snprintf(left, sizeof left, "?");
    snprintf(buf, size, "%s [%s] %3d%%  %s left", label, fill, (int)(share * 100), left);
}

static void draw(void *ud, int64_t done, int64_t total)
{
    double t = now();
    char line[160];
    (void)ud;
    if (cli_interrupted || t - bar.start < FIRST_DRAW || (bar.shown && t - bar.last < REDRAW))
        return;
    bar.last = t;
    bar.shown = 1;
    cli_progress_line(line, sizeof line, bar.label, done, total, t - bar.start);
    /* \r and erase to the end of the line: a shorter line leaves nothing */
    fprintf(stderr, "\r%s\033[K", line);
    fflush(stderr);
}

void cli_progress_attach(yk_run_options *ro, const char *label)
{
    const char *off = getenv("YOKUSHI_NO_PROGRESS");
    if (!isatty(STDERR_FILENO) || (off && *off))
        return;
    snprintf(bar.label, sizeof bar.label, "%s", label);
    bar.start = now();
    bar.last = 0;
    bar.shown = 0;
    yk_run_options_progress(ro, draw, NULL);
}

void cli_progress_clear(void)
{
    if (!bar.shown)
        return;
    fputs("\r\033[K", stderr);
    fflush(stderr);
    bar.shown = 0;
}
