/*
 * store.c - writing the run store (store.h) with SQLite.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "cli/store.h"
#include "yokushi/tidy.h"

static sqlite3 *db;
static char *db_path;

static const char schema[] =
    "CREATE TABLE IF NOT EXISTS runs ("
    " id INTEGER PRIMARY KEY,"
    " started TEXT NOT NULL,"        /* UTC, ISO 8601 */
    " finished TEXT,"                /* NULL until complete */
    " version TEXT NOT NULL,"
    " scenario TEXT NOT NULL,"
    " scenario_sha256 TEXT NOT NULL,"
    " seed INTEGER NOT NULL,"
    " command TEXT NOT NULL,"
    " engine TEXT NOT NULL,"
    " complete INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE IF NOT EXISTS results ("
    " run_id INTEGER NOT NULL REFERENCES runs(id),"
    " scenario TEXT NOT NULL, scenario_sha256 TEXT NOT NULL, seed INTEGER NOT NULL,"
    " version TEXT NOT NULL, engine TEXT NOT NULL, measure TEXT NOT NULL,"
    " id TEXT NOT NULL, year INTEGER, variant TEXT NOT NULL,"
    " mean REAL, lo REAL, hi REAL);"
    "CREATE INDEX IF NOT EXISTS results_run ON results(run_id);";

static int db_error(const char *what)
{
    fprintf(stderr, "yokushi: %s: %s: %s\n", db_path ? db_path : "run store", what,
            db ? sqlite3_errmsg(db) : "cannot open");
    return 1;
}

/* Opens path (creating the tables): 0, or 1 after printing why. */
static int store_open(const char *path)
{
    if (db)
        return 0;
    db_path = (char *)path;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        db_error("cannot open the run store");
        sqlite3_close(db);
        db = NULL;
        return 1;
    }
    sqlite3_busy_timeout(db, 5000);
    if (sqlite3_exec(db, schema, NULL, NULL, NULL) != SQLITE_OK) {
        db_error("cannot create the run store's tables");
        cli_store_close();
        return 1;
    }
    return 0;
}

void cli_store_close(void)
{
    if (db)
        sqlite3_close(db);
    db = NULL;
    db_path = NULL;
}

static void utc_now(char *buf, size_t size)
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int64_t cli_store_begin(const cli_options *o, const yk_scenario *s, const char *engine)
{
    static const char sql[] =
        "INSERT INTO runs (started, version, scenario, scenario_sha256, seed, command, "
        "engine, complete) VALUES (?, ?, ?, ?, ?, ?, ?, 0)";
    yk_run_meta m;
    sqlite3_stmt *st = NULL;
    char started[32], *command;
    int64_t id;
    if (!o->store)
        return 0;
    if (store_open(o->store))
        return -1;
    m = cli_meta(s, o);
    utc_now(started, sizeof started);
    command = cli_command_line();
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        free(command);
        db_error("cannot record the run");
        return -1;
    }
    sqlite3_bind_text(st, 1, started, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, yk_version(), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, m.scenario, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, m.sha256, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 5, (sqlite3_int64)m.seed);
    sqlite3_bind_text(st, 6, command ? command : "", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 7, engine, -1, SQLITE_TRANSIENT);
    free(command);
    if (sqlite3_step(st) != SQLITE_DONE) {
        sqlite3_finalize(st);
        db_error("cannot record the run");
        return -1;
    }
    sqlite3_finalize(st);
    id = (int64_t)sqlite3_last_insert_rowid(db);
    return id;
}

typedef struct row_ctx {
    sqlite3_stmt *st;
    const yk_engine_result *r;
    int failed;
} row_ctx;

static void bind_number(sqlite3_stmt *st, int i, double v)
{
    if (v != v)
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_double(st, i, v);
}

static int insert_row(void *ud, const yk_measure_row *row)
{
    row_ctx *c = ud;
    const yk_scenario *s = yk_engine_result_scenario(c->r);
    sqlite3_stmt *st = c->st;
    sqlite3_reset(st);
    sqlite3_bind_text(st, 2, yk_scenario_name(s), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, yk_scenario_sha256(s), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)yk_engine_result_seed(c->r));
    sqlite3_bind_text(st, 5, yk_version(), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, yk_engine_name(yk_engine_result_engine(c->r)), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, row->measure, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 8, row->id ? row->id : "", -1, SQLITE_TRANSIENT);
    if (row->year)
        sqlite3_bind_int(st, 9, row->year);
    else
        sqlite3_bind_null(st, 9);
    sqlite3_bind_text(st, 10, row->variant ? row->variant : "", -1, SQLITE_TRANSIENT);
    bind_number(st, 11, row->mean);
    bind_number(st, 12, row->lo);
    bind_number(st, 13, row->hi);
    if (sqlite3_step(st) != SQLITE_DONE) {
        c->failed = 1;
        return 1;
    }
    return 0;
}

int cli_store_finish(int64_t id, const yk_engine_result *r)
{
    static const char sql[] =
        "INSERT INTO results (run_id, scenario, scenario_sha256, seed, version, engine, "
        "measure, id, year, variant, mean, lo, hi) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
    row_ctx c = {NULL, r, 0};
    sqlite3_stmt *done = NULL;
    char finished[32];
    yk_status st;
    if (!db || id <= 0)
        return 0;
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return db_error("cannot write the run's results");
    if (sqlite3_prepare_v2(db, sql, -1, &c.st, NULL) != SQLITE_OK)
        goto fail;
    sqlite3_bind_int64(c.st, 1, (sqlite3_int64)id);
    /* A run that lists no measures (a study at the means) is complete
     * with no rows. */
    st = yk_engine_result_measures(r, insert_row, &c);
    sqlite3_finalize(c.st);
    c.st = NULL;
    if (c.failed || (st && st != YK_E_ARG))
        goto fail;
    utc_now(finished, sizeof finished);
    if (sqlite3_prepare_v2(db, "UPDATE runs SET complete = 1, finished = ? WHERE id = ?", -1,
                           &done, NULL) != SQLITE_OK)
        goto fail;
    sqlite3_bind_text(done, 1, finished, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(done, 2, (sqlite3_int64)id);
    if (sqlite3_step(done) != SQLITE_DONE) {
        sqlite3_finalize(done);
        goto fail;
    }
    sqlite3_finalize(done);
    /* Ctrl-C during the writing: the run is left incomplete, with no rows. */
    if (cli_interrupted)
        goto fail;
    if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        goto fail;
    return 0;
fail:
    if (!cli_interrupted)
        db_error("cannot write the run's results");
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    return 1;
}
