/*
 * output.h - where the program's results go, and how they get there
 * whole or not at all.
 *
 * A result is written into memory first (cli_open_output gives a stream
 * on a buffer). cli_close_output hands it on only when the work that made
 * it succeeded and no SIGINT/SIGTERM came: standard output gets it then,
 * with every write(2) checked; a file waits for cli_finish, which writes
 * each file to a temporary name beside it, forces it to disk, and renames
 * them all into place and then DIR/manifest.json - or, on any failure or
 * interrupt, removes the temporaries and leaves every earlier file as it
 * was. Problems are printed as "yokushi: PATH: OS error" and raise the
 * exit code to 1.
 *
 * One run at a time writes into a --out folder: the first takes a lock on
 * DIR/.yokushi.lock before any work starts and a second refuses (exit 1)
 * - a manifest describes one run, so two runs' files cannot share it.
 */
#ifndef YK_CLI_OUTPUT_H
#define YK_CLI_OUTPUT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "yokushi/report.h"
#include "yokushi/scenario.h"

struct cli_options;

/* ---- the results of one command (output.c) -------------------------------- */

/* Remembers main's argv for manifest.json's "command". */
void cli_set_command_line(int argc, char **argv);
/* That command line, its words joined by spaces: a new string (free()),
 * NULL when out of memory. */
char *cli_command_line(void);

/* Before a command on several scenarios runs anything: with --out, the
 * file each of specs would get (SCENARIO.ENGINE.EXT) must be a safe name
 * and differ from the others' (two files named "x" would keep only the
 * second). Specs that do not load are skipped (running them reports why).
 * Then takes the folder's lock. 0, or the exit code after printing why:
 * 2 for a bad or colliding name, 1 when the folder cannot be used. */
int cli_plan_outputs(const struct cli_options *o, const char *const *specs, int n,
                     const char *engine);

/* With --out: checks s's name can name a file and takes the folder's lock
 * (what cli_plan_outputs does, for a command on one scenario). 0, or the
 * exit code after printing why. Without --out: 0. */
int cli_prepare_output(const struct cli_options *o, const yk_scenario *s);

/* A stream for one result of s: the document written into it goes to
 * standard output, or with --out to DIR/SCENARIO.ENGINE[.KIND].EXT
 * (engine "run", "cascade", "crisis"; kind NULL or the study, such as
 * "vary"). NULL after printing why. */
FILE *cli_open_output(const struct cli_options *o, const yk_scenario *s, const char *engine,
                      const char *kind);
/* A stream whose document goes to standard output as one piece (show,
 * solve, scenarios), so a failed write is reported with its OS error.
 * NULL after printing why. */
FILE *cli_open_stdout(void);
/* A stream for a file the user named (crisis --export FILE): written as
 * atomically, not listed in a manifest. NULL after printing why. */
FILE *cli_open_file(const char *path);
/* Ends a result. code is the exit code of the work that wrote it: unless
 * it is 0 and no interrupt came, the result is dropped. Returns the exit
 * code to go on with (1 when standard output failed or when interrupted). */
int cli_close_output(FILE *f, int code);
/* At the end of main: the files (and manifest) into place, then standard
 * output flushed and checked. Returns the exit code. */
int cli_finish(int code);

/* ---- file names (outname.c) ------------------------------------------------- */

/* Why name (a scenario's) cannot start a file name, or NULL when it can:
 * empty, a leading '.', '/' or '\', a control character, not UTF-8, or
 * over 200 bytes. */
const char *cli_name_problem(const char *name);
/* "SCENARIO.ENGINE[.KIND].EXT" into buf; -1 when it does not fit. */
int cli_out_name(char *buf, size_t size, const char *scenario, const char *engine,
                 const char *kind, yk_format fmt);
/* name for a message: UTF-8 text kept, other bytes as \xHH. */
void cli_quote_name(const char *name, char *buf, size_t size);

/* ---- whole files (atomic.c) ------------------------------------------------ */

/* Every byte to fd, through short writes and EINTR: 0, or -1 with errno. */
int cli_write_all(int fd, const void *buf, size_t len);
/* fd moved above 0, 1 and 2 if it is one of them; -1 with errno on failure. */
int cli_fd_above_stdio(int fd);
/* Writes buf to a new temporary file beside path and forces it to disk:
 * 0 with its name in *tmp, or -1 with errno and nothing left behind. */
int cli_stage_file(const char *path, const void *buf, size_t len, char **tmp);
/* Renames the staged file over path: 0, or -1 with errno (the temporary
 * removed). Frees *tmp either way. */
int cli_commit_file(char **tmp, const char *path);
/* Removes a staged file that will not be committed. */
void cli_unstage_file(char **tmp);
/* fsync on a folder, best effort: makes its renames durable. */
void cli_sync_dir(const char *dir);

/* ---- manifest.json (manifest.c) ---------------------------------------------- */

typedef struct cli_manifest_file {
    const char *file;     /* the name inside the folder */
    const char *scenario;
    const char *scenario_sha256;
    uint64_t seed;
    const void *bytes;
    size_t len;
} cli_manifest_file;

/* The manifest of one run: the version, the command line, and each file
 * with its scenario, the scenario's SHA-256, the seed, its bytes and
 * SHA-256. A new buffer (free()) in *buf, *len; -1 when out of memory. */
int cli_manifest(const char *const *argv, int argc, const cli_manifest_file *files, size_t n,
                 char **buf, size_t *len);

#endif
