/*
 * output.c - the results of one command, held in memory until they are
 * known to be whole, then written with every write checked: standard
 * output as each result ends, files all together at the end, each
 * through a temporary file and a rename (atomic.c), with manifest.json
 * last. See output.h for the contract and docs/CLI.md "Outputs" for the
 * user's side of it.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

typedef struct pending {
    FILE *mem;          /* the stream the result is written into, until closed */
    char *buf;          /* its bytes (open_memstream's buffer) */
    size_t len;
    char *path;         /* where it goes; NULL: standard output */
    char *file;         /* its name in the --out folder (manifest); NULL otherwise */
    char *scenario;
    char sha256[65];
    uint64_t seed;
    char *tmp;          /* the staged temporary file, during cli_finish */
    int ready;          /* closed whole, waiting for cli_finish */
} pending;

static pending **outs;
static size_t n_outs;
static const char *out_dir; /* the --out folder once prepared and locked */
static int lock_fd = -1;
static pending *manifest;   /* among outs, once made: renamed after every file */
static const char **cmd_argv;
static int cmd_argc;
static int stdout_failed;   /* said once; later results are not tried */

static int max_code(int a, int b)
{
    return a > b ? a : b;
}

/* "yokushi: WHAT: OS error" on stderr; the exit code for it. */
static int fail(const char *what, int e)
{
    fprintf(stderr, "yokushi: %s: %s\n", what, strerror(e));
    return YK_EXIT_FAILED;
}

static const char *signal_name(int sig)
{
    return sig == SIGTERM ? "SIGTERM" : sig == SIGINT ? "SIGINT" : "a signal";
}

void cli_set_command_line(int argc, char **argv)
{
    /* A copy of the pointers: subcommands reorder argv while parsing. */
    cmd_argv = malloc(sizeof *cmd_argv * (size_t)(argc > 0 ? argc : 1));
    if (!cmd_argv)
        return; /* the manifest then lists no command; nothing else needs it */
    memcpy(cmd_argv, argv, sizeof *cmd_argv * (size_t)argc);
    cmd_argc = argc;
}

char *cli_command_line(void)
{
    size_t len = 1, i;
    char *s, *p;
    for (i = 0; i < (size_t)cmd_argc; i++)
        len += strlen(cmd_argv[i]) + 1;
    s = malloc(len);
    if (!s)
        return NULL;
    p = s;
    *p = '\0';
    for (i = 0; i < (size_t)cmd_argc; i++) {
        size_t n = strlen(cmd_argv[i]);
        if (i)
            *p++ = ' ';
        memcpy(p, cmd_argv[i], n + 1);
        p += n;
    }
    return s;
}

static char *join(const char *dir, const char *name)
{
    size_t dir_len = strlen(dir), size = dir_len + strlen(name) + 2;
    char *s = malloc(size);
    /* "results/" as given by a shell's completion: no "results//x". */
    while (dir_len > 0 && dir[dir_len - 1] == '/')
        dir_len--;
    if (s)
        snprintf(s, size, "%.*s/%s", (int)dir_len, dir, name);
    return s;
}

/* ---- the --out folder ------------------------------------------------------- */

/* Creates the folder if missing and takes its lock, once per command. A
 * POSIX record lock belongs to the process: the kernel drops it when the
 * process ends however it ends, so a crash never leaves the folder
 * locked. The lock file itself stays (removing it would let a third run
 * lock a new file while a second still holds the old one). */
static int prepare_dir(const cli_options *o)
{
    struct flock fl;
    char *lock;
    int fd;
    if (out_dir)
        return 0;
    if (mkdir(o->out_dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "yokushi: cannot create directory %s: %s\n", o->out_dir,
                strerror(errno));
        return YK_EXIT_FAILED;
    }
    lock = join(o->out_dir, ".yokushi.lock");
    if (!lock)
        return fail(o->out_dir, ENOMEM);
    fd = cli_fd_above_stdio(open(lock, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666));
    if (fd < 0) {
        int code = fail(lock, errno);
        free(lock);
        return code;
    }
    memset(&fl, 0, sizeof fl);
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    if (fcntl(fd, F_SETLK, &fl) != 0) {
        int e = errno;
        if (e == EACCES || e == EAGAIN) {
            long pid = fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK ? (long)fl.l_pid : 0;
            fprintf(stderr, "yokushi: %s: another yokushi run (process %ld) is writing into "
                            "this folder; nothing was run (wait for it, or give another "
                            "--out)\n", o->out_dir, pid);
        } else {
            fprintf(stderr, "yokushi: cannot lock %s: %s\n", lock, strerror(e));
        }
        close(fd);
        free(lock);
        return YK_EXIT_FAILED;
    }
    free(lock);
    lock_fd = fd;
    out_dir = o->out_dir;
    return YK_EXIT_OK;
}

/* 0 when name can start a file name, else 2 after saying why. */
static int check_name(const char *name, const char *origin)
{
    const char *why = cli_name_problem(name);
    char quoted[1024];
    if (!why)
        return YK_EXIT_OK;
    cli_quote_name(name, quoted, sizeof quoted);
    fprintf(stderr, "yokushi: %s: the scenario name \"%s\" cannot name a file under --out: "
                    "%s\n", origin, quoted, why);
    return YK_EXIT_USAGE;
}

int cli_prepare_output(const cli_options *o, const yk_scenario *s)
{
    int code;
    if (!o->out_dir)
        return YK_EXIT_OK;
    code = check_name(yk_scenario_name(s), yk_scenario_origin(s));
    return code ? code : prepare_dir(o);
}

int cli_plan_outputs(const cli_options *o, const char *const *specs, int n, const char *engine)
{
    char **names;
    int i, k, code = YK_EXIT_OK;
    if (!o->out_dir || n <= 0)
        return YK_EXIT_OK;
    names = calloc((size_t)n, sizeof *names);
    if (!names)
        return fail(o->out_dir, ENOMEM);
    for (i = 0; i < n; i++) {
        yk_scenario *s = cli_load_quiet(specs[i]);
        char file[512];
        int c;
        if (!s)
            continue;
        c = check_name(yk_scenario_name(s), specs[i]);
        if (!c && cli_out_name(file, sizeof file, yk_scenario_name(s), engine, NULL, o->format) == 0) {
            for (k = 0; k < i; k++)
                if (names[k] && !strcmp(names[k], file))
                    break;
            if (k < i) {
                fprintf(stderr, "yokushi: %s and %s would both be written to %s/%s (one "
                                "scenario name); nothing was run\n", specs[k], specs[i],
                        o->out_dir, file);
                c = YK_EXIT_USAGE;
            } else {
                names[i] = strdup(file);
            }
        }
        code = max_code(code, c);
        yk_scenario_free(s);
    }
    for (i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return code ? code : prepare_dir(o);
}

/* ---- results ---------------------------------------------------------------- */

static pending *new_pending(void)
{
    pending **grown = realloc(outs, sizeof *outs * (n_outs + 1));
    pending *p;
    if (!grown)
        return NULL;
    outs = grown;
    p = calloc(1, sizeof *p);
    if (p)
        outs[n_outs++] = p;
    return p;
}

/* Frees what p holds; its slot stays, empty. */
static void drop(pending *p)
{
    if (p->mem)
        fclose(p->mem);
    cli_unstage_file(&p->tmp);
    free(p->buf);
    free(p->path);
    free(p->file);
    free(p->scenario);
    memset(p, 0, sizeof *p);
}

/* Starts the stream of a new result going to path (NULL: stdout). */
static FILE *open_pending(pending *p, const char *path)
{
    if (path && !(p->path = strdup(path))) {
        fail(path, ENOMEM);
        drop(p);
        return NULL;
    }
    p->mem = open_memstream(&p->buf, &p->len);
    if (!p->mem) {
        fail(path ? path : "standard output", errno);
        drop(p);
        return NULL;
    }
    return p->mem;
}

/* Whether another result of this command already goes to file. */
static int taken(const pending *self, const char *file)
{
    size_t i;
    for (i = 0; i < n_outs; i++)
        if (outs[i] != self && outs[i]->file && !strcmp(outs[i]->file, file))
            return 1;
    return 0;
}

FILE *cli_open_output(const cli_options *o, const yk_scenario *s, const char *engine,
                      const char *kind)
{
    yk_run_meta m = cli_meta(s, o);
    pending *p = new_pending();
    char file[512];
    char *path;
    FILE *f;
    if (!p || !(p->scenario = strdup(m.scenario))) {
        fail(o->out_dir ? o->out_dir : "standard output", ENOMEM);
        if (p)
            drop(p);
        return NULL;
    }
    snprintf(p->sha256, sizeof p->sha256, "%s", m.sha256);
    p->seed = m.seed;
    if (!o->out_dir)
        return open_pending(p, NULL);
    if (cli_prepare_output(o, s) != YK_EXIT_OK ||
        cli_out_name(file, sizeof file, m.scenario, engine, kind, o->format) != 0) {
        drop(p);
        return NULL;
    }
    if (taken(p, file)) {
        fprintf(stderr, "yokushi: %s/%s: two results of this run would have this name; the "
                        "second is not written\n", o->out_dir, file);
        drop(p);
        return NULL;
    }
    path = join(o->out_dir, file);
    if (!path || !(p->file = strdup(file))) {
        free(path);
        fail(o->out_dir, ENOMEM);
        drop(p);
        return NULL;
    }
    f = open_pending(p, path);
    free(path);
    return f;
}

FILE *cli_open_stdout(void)
{
    pending *p = new_pending();
    if (!p) {
        fail("standard output", ENOMEM);
        return NULL;
    }
    return open_pending(p, NULL);
}

FILE *cli_open_file(const char *path)
{
    pending *p = new_pending();
    if (!p) {
        fail(path, ENOMEM);
        return NULL;
    }
    return open_pending(p, path);
}

static pending *find(const FILE *f)
{
    size_t i;
    for (i = 0; f && i < n_outs; i++)
        if (outs[i]->mem == f)
            return outs[i];
    return NULL;
}

int cli_close_output(FILE *f, int code)
{
    pending *p = find(f);
    int bad, e;
    if (!p)
        return code;
    /* A stream on memory fails only for want of memory. */
    errno = 0;
    bad = fflush(f) != 0 || ferror(f);
    e = errno ? errno : ENOMEM;
    p->mem = NULL;
    if (fclose(f) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    if (bad) {
        code = max_code(code, fail(p->path ? p->path : "standard output", e));
    } else if (code == YK_EXIT_OK && cli_interrupted) {
        code = YK_EXIT_FAILED; /* the work may have stopped short */
    } else if (code == YK_EXIT_OK && !p->path) {
        /* Standard output gets a result as soon as it is whole. */
        if (stdout_failed) {
            code = YK_EXIT_FAILED;
        } else if (fflush(stdout) != 0 || cli_write_all(STDOUT_FILENO, p->buf, p->len) != 0) {
            code = fail("standard output", errno);
            stdout_failed = 1;
        }
    } else if (code == YK_EXIT_OK) {
        p->ready = 1;
        return code;
    }
    drop(p);
    return code;
}

/* ---- the end: files into place ------------------------------------------- */

/* The manifest of the ready --out files, as one more pending result. */
static int add_manifest(void)
{
    cli_manifest_file *mf;
    pending *m;
    size_t i, n = 0;
    int rc;
    for (i = 0; i < n_outs; i++)
        n += outs[i]->ready && outs[i]->file;
    if (!n)
        return 0;
    mf = calloc(n, sizeof *mf);
    m = mf ? new_pending() : NULL;
    if (!m || !(m->path = join(out_dir, "manifest.json"))) {
        free(mf);
        return fail(out_dir, ENOMEM);
    }
    for (i = 0, n = 0; i < n_outs; i++) {
        const pending *p = outs[i];
        if (!p->ready || !p->file)
            continue;
        mf[n].file = p->file;
        mf[n].scenario = p->scenario;
        mf[n].scenario_sha256 = p->sha256;
        mf[n].seed = p->seed;
        mf[n].bytes = p->buf;
        mf[n].len = p->len;
        n++;
    }
    rc = cli_manifest(cmd_argv, cmd_argc, mf, n, &m->buf, &m->len);
    free(mf);
    if (rc != 0)
        return fail(m->path, ENOMEM);
    m->ready = 1;
    manifest = m;
    return 0;
}

/* Every ready result staged beside its target; 0, or the exit code after
 * naming the file that failed (the staged ones removed). */
static int stage_all(void)
{
    size_t i;
    for (i = 0; i < n_outs; i++) {
        pending *p = outs[i];
        if (p->ready && cli_stage_file(p->path, p->buf, p->len, &p->tmp) != 0)
            return fail(p->path, errno);
    }
    return 0;
}

/* The folder part of path, for fsync after the rename. */
static void sync_parent(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir;
    if (!slash) {
        cli_sync_dir(".");
        return;
    }
    dir = strdup(path);
    if (!dir)
        return;
    dir[slash - path + (slash == path)] = '\0';
    cli_sync_dir(dir);
    free(dir);
}

static int commit_all(void)
{
    size_t i;
    int code = YK_EXIT_OK;
    for (i = 0; i < n_outs; i++) {
        pending *p = outs[i];
        if (!p->ready || p == manifest)
            continue;
        if (cli_commit_file(&p->tmp, p->path) != 0) {
            code = fail(p->path, errno);
            continue;
        }
        fprintf(stderr, "yokushi: wrote %s\n", p->path);
        sync_parent(p->path);
    }
    if (!manifest)
        return code;
    /* A manifest listing a file that is not in place would lie. */
    if (code != YK_EXIT_OK) {
        cli_unstage_file(&manifest->tmp);
        return code;
    }
    if (cli_commit_file(&manifest->tmp, manifest->path) != 0)
        return fail(manifest->path, errno);
    fprintf(stderr, "yokushi: wrote %s\n", manifest->path);
    sync_parent(manifest->path);
    return code;
}

static int commit_files(int code)
{
    size_t i, n = 0;
    int c;
    for (i = 0; i < n_outs; i++)
        n += outs[i]->ready;
    if (!n)
        return code;
    c = cli_interrupted ? YK_EXIT_FAILED : out_dir ? add_manifest() : 0;
    if (!c)
        c = stage_all();
    if (!c && cli_interrupted)
        c = YK_EXIT_FAILED;
    if (c) {
        for (i = 0; i < n_outs; i++)
            cli_unstage_file(&outs[i]->tmp);
        fprintf(stderr, "yokushi: nothing was written%s%s%s\n",
                out_dir ? "; the files in " : "", out_dir ? out_dir : "",
                out_dir ? " are as they were" : "");
        return max_code(code, c);
    }
    return max_code(code, commit_all());
}

int cli_finish(int code)
{
    size_t i;
    int e;
    code = commit_files(code);
    if (cli_interrupted)
        fprintf(stderr, "yokushi: stopped by %s\n", signal_name((int)cli_interrupted));
    for (i = 0; i < n_outs; i++) {
        drop(outs[i]);
        free(outs[i]);
    }
    free(outs);
    outs = NULL;
    n_outs = 0;
    if (lock_fd >= 0)
        close(lock_fd);
    lock_fd = -1;
    out_dir = NULL;
    manifest = NULL;
    /* What went through stdio (help, show, solve ...): a full disk or a
     * closed standard output shows here, if not before. */
    errno = 0;
    if ((fflush(stdout) != 0 || ferror(stdout)) && !stdout_failed) {
        e = errno ? errno : EIO;
        code = max_code(code, fail("standard output", e));
    }
    free(cmd_argv);
    cmd_argv = NULL;
    return code;
}
