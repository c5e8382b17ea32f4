/*
 * cmd_runs.c - `yokushi runs list|show ID|export ID` (store.h): reading
 * the run store back. export writes the run's rows as the tidy CSV a
 * `--format csv` run prints, byte for byte the same columns.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/store.h"
#include "core/numtext.h"
#include "yokushi/tidy.h"

static const char help[] =
    "usage: yokushi runs list --store FILE.db\n"
    "       yokushi runs show ID --store FILE.db\n"
    "       yokushi runs export ID --store FILE.db [--format csv]\n\n"
    "Reads a run store written with --store FILE.db (default: the file named\n"
    "by YOKUSHI_STORE): list every run (id, start,\n"
    "scenario, engine, seed, complete or not, rows); show one run's fields and\n"
    "its results as a table; export its results as the tidy CSV of\n"
    "`--format csv` (docs/CLI.md \"Run store\").\n";

static int fail(sqlite3 *db, const char *path)
{
    fprintf(stderr, "yokushi runs: %s: %s\n", path, db ? sqlite3_errmsg(db) : "cannot open");
    return YK_EXIT_FAILED;
}

static const char *text(sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    return t ? (const char *)t : "";
}

static int list(sqlite3 *db, const char *path, FILE *out)
{
    static const char sql[] =
        "SELECT r.id, r.started, r.scenario, r.engine, r.seed, r.complete,"
        " (SELECT count(*) FROM results WHERE run_id = r.id) FROM runs r ORDER BY r.id";
    sqlite3_stmt *st;
    int rc;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return fail(db, path);
    fprintf(out, "%-5s %-20s %-24s %-8s %-20s %-10s %s\n", "id", "started", "scenario",
            "engine", "seed", "complete", "rows");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        fprintf(out, "%-5lld %-20s %-24s %-8s %-20lld %-10s %lld\n",
                (long long)sqlite3_column_int64(st, 0), text(st, 1), text(st, 2), text(st, 3),
                (long long)sqlite3_column_int64(st, 4),
                sqlite3_column_int(st, 5) ? "yes" : "no", (long long)sqlite3_column_int64(st, 6));
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? YK_EXIT_OK : fail(db, path);
}

/* A number column as the tidy CSV writes it: "" when NULL. */
static void number(sqlite3_stmt *st, int col, char *buf, size_t size)
{
    if (sqlite3_column_type(st, col) == SQLITE_NULL)
        buf[0] = '\0';
    else
        yk_tidy_number(sqlite3_column_double(st, col), buf, size);
}

static const char rows_sql[] =
    "SELECT scenario, scenario_sha256, seed, version, engine, measure, id, year, variant,"
    " mean, lo, hi FROM results WHERE run_id = ? ORDER BY rowid";

static int export_csv(sqlite3 *db, const char *path, sqlite3_int64 id, FILE *out)
{
    sqlite3_stmt *st;
    int rc, c;
    if (sqlite3_prepare_v2(db, rows_sql, -1, &st, NULL) != SQLITE_OK)
        return fail(db, path);
    sqlite3_bind_int64(st, 1, id);
    yk_tidy_write_header(out);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        char num[48];
        for (c = 0; c < 9; c++) {
            if (c == 2)
                snprintf(num, sizeof num, "%llu", (unsigned long long)sqlite3_column_int64(st, c));
            else if (c == 7 && sqlite3_column_type(st, c) == SQLITE_NULL)
                num[0] = '\0';
            else if (c == 7)
                snprintf(num, sizeof num, "%d", sqlite3_column_int(st, c));
            yk_csv_field(out, c == 2 || c == 7 ? num : text(st, c), false);
        }
        for (c = 9; c < 12; c++) {
            number(st, c, num, sizeof num);
            yk_csv_field(out, num, c == 11);
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? YK_EXIT_OK : fail(db, path);
}

static int show(sqlite3 *db, const char *path, sqlite3_int64 id, FILE *out)
{
    static const char sql[] = "SELECT id, started, finished, version, scenario, scenario_sha256,"
                              " seed, command, engine, complete FROM runs WHERE id = ?";
    static const char *const names[] = {"id",     "started", "finished", "version",
                                        "scenario", "sha256", "seed",     "command",
                                        "engine", "complete"};
    sqlite3_stmt *st;
    int rc, c;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return fail(db, path);
    sqlite3_bind_int64(st, 1, id);
    rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return fail(db, path);
        fprintf(stderr, "yokushi runs: %s: no run %lld (`yokushi runs list %s`)\n", path,
                (long long)id, path);
        return YK_EXIT_USAGE;
    }
    for (c = 0; c < 10; c++)
        fprintf(out, "%-9s %s\n", names[c],
                c == 9 ? (sqlite3_column_int(st, c) ? "yes" : "no (interrupted or failed)")
                       : text(st, c));
    sqlite3_finalize(st);
    if (sqlite3_prepare_v2(db, rows_sql, -1, &st, NULL) != SQLITE_OK)
        return fail(db, path);
    sqlite3_bind_int64(st, 1, id);
    fprintf(out, "\n%-30s %-16s %-6s %-20s %-12s %-12s %s\n", "measure", "id", "year",
            "variant", "mean", "lo", "hi");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        char m[48], lo[48], hi[48];
        number(st, 9, m, sizeof m);
        number(st, 10, lo, sizeof lo);
        number(st, 11, hi, sizeof hi);
        fprintf(out, "%-30s %-16s %-6s %-20s %-12.12s %-12.12s %.12s\n", text(st, 5),
                text(st, 6), text(st, 7), text(st, 8), m, lo, hi);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? YK_EXIT_OK : fail(db, path);
}

static int parse_id(const char *s, sqlite3_int64 *id)
{
    uint64_t u;
    if (!yk_parse_u64(s, (uint64_t)1 << 62, &u) || u == 0)
        return 0;
    *id = (sqlite3_int64)u;
    return 1;
}

int cmd_runs(int argc, char **argv)
{
    cli_options o;
    sqlite3 *db = NULL;
    sqlite3_int64 id = 0;
    const char *verb, *path;
    FILE *out;
    int rc = cli_parse(argc, argv, CLI_OPT_FORMAT | CLI_OPT_STORE, &o), need_id;
    if (rc)
        return rc;
    if (o.help) {
        fputs(help, stdout);
        return YK_EXIT_OK;
    }
    verb = o.n_args ? o.args[0] : "";
    need_id = !strcmp(verb, "show") || !strcmp(verb, "export");
    if (strcmp(verb, "list") && !need_id) {
        static const char *const verbs[] = {"list", "show", "export"};
        const char *near = *verb ? cli_suggest(verb, verbs, 3) : NULL;
        fprintf(stderr, "yokushi runs: give list, show or export%s%s%s\n%s",
                near ? " (did you mean \"" : "", near ? near : "", near ? "\"?)" : "", help);
        return YK_EXIT_USAGE;
    }
    path = o.store ? o.store : getenv("YOKUSHI_STORE");
    if (o.n_args != 1 + need_id || (need_id && !parse_id(o.args[1], &id)) || !path || !*path) {
        fprintf(stderr, "yokushi runs %s: give %s--store FILE.db\n%s", verb,
                need_id ? "a run id (a whole number >= 1) and " : "", help);
        return YK_EXIT_USAGE;
    }
    if (!strcmp(verb, "export") && o.format != YK_FORMAT_CSV) {
        fprintf(stderr, "yokushi runs export: writes --format csv only\n");
        return YK_EXIT_USAGE;
    }
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        rc = fail(db, path);
        sqlite3_close(db);
        return rc;
    }
    out = cli_open_stdout();
    if (!out) {
        sqlite3_close(db);
        return YK_EXIT_FAILED;
    }
    if (!strcmp(verb, "list"))
        rc = list(db, path, out);
    else if (!strcmp(verb, "show"))
        rc = show(db, path, id, out);
    else
        rc = export_csv(db, path, id, out);
    sqlite3_close(db);
    return cli_close_output(out, rc);
}
