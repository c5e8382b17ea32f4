/*
 * scenario.c - loading a scenario or world: read the file, follow the
 * `extends` chain (built-ins or paths, cycles refused), merge, apply each
 * file's `set:`, apply the time line's events up to the world's year,
 * convert with the schema, and fingerprint the result.
 */
/* realpath() is X/Open. */
#define _XOPEN_SOURCE 700

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/arena.h"
#include "core/numtext.h"
#include "core/readfile.h"
#include "world/convert.h"
#include "world/embedded.h"
#include "world/name.h"
#include "world/resolve.h"
#include "world/tree.h"
#include "yokushi/scenario.h"
#include "yokushi/sha256.h"

#define MAX_EXTENDS_DEPTH 16

struct yk_scenario {
    yk_arena arena;
    yk_ynode *merged;          /* all files merged and set:, before events */
    yk_document doc;
    yk_load_options opt;
    const char *name;
    const char *kind;
    const char *origin;
    char *canonical;           /* yk_malloc'd (see canon_buf) */
    char sha256[65];
};

typedef struct loader {
    yk_arena *arena;
    yk_diag *diag;
    const yk_load_options *opt;
    const char *chain[MAX_EXTENDS_DEPTH + 1]; /* identities, for cycles */
    int depth;
} loader;

/* ---- built-ins ------------------------------------------------------------ */

size_t yk_builtin_count(void)
{
    return yk_embedded_count;
}

const char *yk_builtin_name(size_t i)
{
    return i < yk_embedded_count ? yk_embedded_files[i].name : NULL;
}

const char *yk_builtin_kind(size_t i)
{
    return i < yk_embedded_count ? yk_embedded_files[i].kind : NULL;
}

const char *yk_builtin_text(size_t i, size_t *len)
{
    if (i >= yk_embedded_count)
        return NULL;
    if (len)
        *len = yk_embedded_files[i].size;
    return (const char *)yk_embedded_files[i].bytes;
}

size_t yk_builtin_find(const char *name)
{
    size_t i;
    for (i = 0; i < yk_embedded_count; i++)
        if (!strcmp(yk_embedded_files[i].name, name))
            return i;
    return (size_t)-1;
}

/* A spec names a file when it has a '/' or a YAML extension. */
static int is_path(const char *spec)
{
    size_t n = strlen(spec);
    return strchr(spec, '/') || (n > 5 && !strcmp(spec + n - 5, ".yaml")) ||
           (n > 4 && !strcmp(spec + n - 4, ".yml"));
}

/* ---- files ------------------------------------------------------------------ */

/* Reads a file named on the command line (from NULL) or by an extends:
 * node, where its problems are then reported. *bytes is yk_malloc'd. */
static yk_status read_file(loader *ld, const char *path, const yk_ynode *from,
                           char **bytes, size_t *len)
{
    yk_error e;
    yk_status st = yk_read_regular_file(path, YK_TREE_MAX_BYTES, bytes, len, &e);
    if (st == YK_OK)
        return YK_OK;
    if (from)
        return yk_diag_add(ld->diag, st, from->file, from->line, from->col, "extends",
                           "%s", e.message);
    return yk_diag_add(ld->diag, st, path, 0, 0, NULL, "%s", e.message);
}

/* The path of `name` relative to the directory of `from`. */
static char *relative_to(yk_arena *a, const char *from, const char *name)
{
    const char *slash = strrchr(from, '/');
    if (name[0] == '/' || !slash || !strncmp(from, "builtin:", 8))
        return yk_arena_strdup(a, name);
    return yk_arena_printf(a, "%.*s/%s", (int)(slash - from), from, name);
}

static const char *identity(yk_arena *a, const char *path)
{
    char buf[PATH_MAX];
    if (!strncmp(path, "builtin:", 8))
        return path;
    if (realpath(path, buf))
        return yk_arena_strdup(a, buf);
    return path;
}

/* ---- the chain ------------------------------------------------------------- */

static yk_status resolve_tree(loader *ld, const char *file, yk_ynode *root,
                              yk_ynode **out);

/* Refuses a base already on the chain, pointing at the extends: line. */
static yk_status check_cycle(loader *ld, const yk_ynode *ext, const char *file)
{
    const char *id = identity(ld->arena, file);
    char chain[YK_ERROR_MSG_MAX] = "";
    size_t len = 0;
    int i, hit = -1;
    for (i = 0; i < ld->depth; i++)
        if (!strcmp(ld->chain[i], id))
            hit = i;
    if (hit < 0)
        return YK_OK;
    for (i = hit; i < ld->depth && len < sizeof chain; i++) {
        const char *name = strrchr(ld->chain[i], '/');
        int n = snprintf(chain + len, sizeof chain - len, "%s -> ",
                         name ? name + 1 : ld->chain[i]);
        if (n > 0)
            len += (size_t)n;
    }
    return yk_diag_add(ld->diag, YK_E_CYCLE, ext->file, ext->line, ext->col,
                       "extends", "cycle in extends: %s%s", chain,
                       strrchr(id, '/') ? strrchr(id, '/') + 1 : id);
}

static yk_status load_base(loader *ld, const yk_ynode *ext, const char *from,
                           yk_ynode **out)
{
    const char *file, *bytes;
    char *owned = NULL; /* a file's bytes, freed once parsed */
    size_t len = 0, b;
    yk_ynode *root;
    yk_status st;

    if (ext->kind != YK_YNODE_SCALAR || !ext->len)
        return yk_diag_add(ld->diag, YK_E_SCHEMA, ext->file, ext->line, ext->col,
                           "extends", "expected a built-in name or a path");
    if (!is_path(ext->text)) {
        b = yk_builtin_find(ext->text);
        if (b == (size_t)-1)
            return yk_diag_add(ld->diag, YK_E_NOTFOUND, ext->file, ext->line,
                               ext->col, "extends",
                               "no built-in world or scenario \"%s\" (see `yokushi "
                               "scenarios`; a file path needs a '/' or .yaml)",
                               ext->text);
        file = yk_arena_printf(ld->arena, "builtin:%s", ext->text);
        if (!file)
            return yk_diag_add(ld->diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
        st = check_cycle(ld, ext, file);
        if (st)
            return st;
        bytes = yk_builtin_text(b, &len);
    } else {
        if (!ld->opt->allow_files)
            return yk_diag_add(ld->diag, YK_E_ARG, ext->file, ext->line, ext->col,
                               "extends", "files cannot be named here (built-ins only)");
        file = relative_to(ld->arena, from, ext->text);
        if (!file)
            return yk_diag_add(ld->diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
        st = check_cycle(ld, ext, file);
        if (st)
            return st;
        st = read_file(ld, file, ext, &owned, &len);
        if (st)
            return st;
        bytes = owned;
    }
    /* The tree keeps copies of the text it needs. */
    st = yk_tree_parse(ld->arena, file, bytes, len, &root, ld->diag, ld->opt->stop);
    yk_free(owned);
    return st ? st : resolve_tree(ld, file, root, out);
}

/* The parsed file root with its extends chain merged under it and its
 * set: applied. */
static yk_status resolve_tree(loader *ld, const char *file, yk_ynode *root,
                              yk_ynode **out)
{
    yk_ynode *base = NULL;
    const yk_ynode *ext;
    const char *id = identity(ld->arena, file);
    yk_status st;

    if (ld->depth >= MAX_EXTENDS_DEPTH)
        return yk_diag_add(ld->diag, YK_E_LIMIT, file, 0, 0, "extends",
                           "extends chain deeper than %d files", MAX_EXTENDS_DEPTH);
    ld->chain[ld->depth++] = id;

    if (root->kind != YK_YNODE_MAP) {
        st = yk_diag_add(ld->diag, YK_E_SCHEMA, file, root->line, root->col, NULL,
                         "a world or scenario file is a mapping of keys "
                         "(scenario:, extends:, set:, ...), got %s",
                         yk_ynode_kind_name(root->kind));
        goto out;
    }
    ext = yk_ynode_get(root, "extends");
    if (ext) {
        st = load_base(ld, ext, file, &base);
        if (st)
            goto out;
        st = yk_resolve_merge(ld->arena, base, root, ld->diag);
        if (st)
            goto out;
    } else {
        /* The base keeps only what merging would keep. */
        base = yk_ynode_new(ld->arena, YK_YNODE_MAP, root);
        if (!base) {
            st = yk_diag_add(ld->diag, YK_E_NOMEM, file, 0, 0, NULL, "out of memory");
            goto out;
        }
        st = yk_resolve_merge(ld->arena, base, root, ld->diag);
        if (st)
            goto out;
    }
    st = yk_resolve_set(ld->arena, base, yk_ynode_get(root, "set"), NULL, ld->diag);
    *out = base;
out:
    ld->depth--;
    return st;
}

/* ---- canonical form --------------------------------------------------------- */

/* The canonical text grows with yk_realloc rather than in the arena:
 * doubling in an arena would keep every outgrown copy (twice the final
 * size; the text of 100,000 events is 29 MB), realloc frees or moves them. */
typedef struct canon_buf {
    char *text;
    size_t len;
    size_t cap;
    const yk_world *world;
    int failed;
    const volatile int *stop;  /* the load's; polled at each line */
} canon_buf;

static void canon_append(canon_buf *c, const char *s, size_t n)
{
    if (c->failed)
        return;
    if (c->len + n + 1 > c->cap) {
        size_t cap = c->cap ? c->cap : 4096;
        char *t;
        while (cap < c->len + n + 1)
            cap *= 2;
        t = yk_realloc(c->text, cap);
        if (!t) {
            c->failed = 1;
            return;
        }
        c->text = t;
        c->cap = cap;
    }
    memcpy(c->text + c->len, s, n);
    c->len += n;
    c->text[c->len] = '\0';
}

/* Appends one formatted line (at most 1023 bytes, far above any line the
 * walk makes: paths and values are each under 256). */
static void canon_printf(canon_buf *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void canon_printf(canon_buf *c, const char *fmt, ...)
{
    char line[1024];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n > 0)
        canon_append(c, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
}

static int canon_leaf(void *ctx, const char *path, const char *name,
                      const yk_field *f, const void *slot)
{
    canon_buf *c = ctx;
    char value[256];
    (void)name;
    yk_field_format(f, slot, c->world, 1, value, sizeof value);
    canon_printf(c, "%s = %s\n", path, value);
    return c->stop && *c->stop; /* non-zero ends the walk */
}

static int canon_open(void *ctx, const char *path, const char *name, long index,
                      yk_field_kind kind)
{
    canon_buf *c = ctx;
    (void)name;
    (void)index;
    /* Lists record their presence so that [] and an absent list agree and
     * differ from a one-item list. */
    if (kind != YK_FIELD_LIST && kind != YK_FIELD_MAP)
        return 0;
    canon_printf(c, "%s {\n", path);
    return 0;
}

/* future: the world at the time line's last year, when that is later than
 * the file's year, so events still to come are inputs too; else NULL. */
static yk_status fingerprint(yk_scenario *s, const yk_document *future)
{
    canon_buf c;
    yk_walker w;
    const yk_run_config *r = &s->doc.run;
    size_t i;

    memset(&c, 0, sizeof c);
    c.world = &s->doc.world;
    c.stop = s->opt.stop;
    memset(&w, 0, sizeof w);
    w.open = canon_open;
    w.leaf = canon_leaf;
    w.ctx = &c;
    w.skip_labels = 1;
    canon_append(&c, "yokushi-canonical 1\n", 20);
    yk_schema_walk(&yk_schema_of_document, &s->doc, "", &w);
    /* The run section's engines and years are read by hooks, not fields. */
    for (i = 0; i < r->n_engines; i++) {
        canon_printf(&c, "run.engines[%zu] = %s\n", i, r->engines[i]);
    }
    canon_printf(&c, "run.years = %d %d\n", r->year_from, r->year_to);
    for (i = 0; i < s->doc.world.n_crises; i++) {
        /* Stakes are read by a hook: print them as the walk prints params. */
        static const yk_field stake = {.name = "stake", .kind = YK_FIELD_PARAM, .lo = 0, .hi = 1};
        const yk_crisis *k = &s->doc.world.crises[i];
        char va[128], vt[128], vp[128];
        yk_field_format(&stake, &k->stake_aggressor, NULL, 1, va, sizeof va);
        yk_field_format(&stake, &k->stake_target, NULL, 1, vt, sizeof vt);
        yk_field_format(&stake, &k->stake_patron, NULL, 1, vp, sizeof vp);
        canon_printf(&c, "crises[%zu].stakes = %s %s %s\n", i, va, vt, vp);
    }
    /* Read by a hook too; printed only when given, so files without the
     * section keep the hash they had before it existed. */
    for (i = 0; i < s->doc.n_coefficients; i++) {
        static const yk_field coef = {.name = "coefficient", .kind = YK_FIELD_PARAM,
                                      .lo = -1e9, .hi = 1e9};
        const yk_coefficient *k = &s->doc.coefficients[i];
        char v[128];
        yk_field_format(&coef, &k->value, NULL, 1, v, sizeof v);
        canon_printf(&c, "coefficients.%s.%s = %s\n", k->engine, k->name, v);
    }
    if (future) {
        canon_printf(&c, "time line to %d\n", future->world.year);
        c.world = &future->world;
        yk_schema_walk(&yk_schema_of_document, future, "future", &w);
    }
    s->canonical = c.text; /* freed with s, even when incomplete */
    if (c.stop && *c.stop)
        return YK_E_INTERRUPTED;
    if (c.failed || !c.text)
        return YK_E_NOMEM;
    yk_sha256_of(c.text, c.len, s->sha256);
    return YK_OK;
}

/* ---- building a world from the merged tree ------------------------------------ */

/* Copies merged, applies events up to `year` (the file's own year when
 * year < 0) and converts. */
static yk_status build(yk_arena *arena, const yk_ynode *merged, int year,
                       const yk_load_options *opt, yk_document *doc,
                       yk_diag *diag)
{
    yk_ynode *tree = yk_ynode_copy(arena, merged);
    long long y = 2025;
    yk_status st;
    if (!tree)
        return yk_diag_add(diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    if (year >= 0) {
        yk_ynode *yn = yk_ynode_new(arena, YK_YNODE_SCALAR, yk_ynode_get(tree, "year"));
        char *text = yk_arena_printf(arena, "%d", year);
        if (!yn || !text || !yk_ynode_put(arena, tree, "year", yn, yn))
            return yk_diag_add(diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
        yn->text = text;
        yn->len = strlen(text);
        yn->plain = true;
        y = year;
    } else {
        yk_scalar_int(yk_ynode_get(tree, "year"), &y);
    }
    st = yk_resolve_events(arena, tree, (int)y, diag, opt->stop);
    {
        yk_status st2 = yk_convert_document(arena, tree, opt, doc, diag);
        return st ? st : st2;
    }
}

/* The load was asked to stop: one "interrupted" among the problems after
 * before, whichever step saw the request first. */
static yk_status interrupted(yk_diag *diag, size_t before, const char *file)
{
    size_t i;
    for (i = before; i < diag->count; i++)
        if (diag->items[i].status == YK_E_INTERRUPTED)
            return YK_E_INTERRUPTED;
    return yk_diag_add(diag, YK_E_INTERRUPTED, file, 0, 0, NULL, "interrupted");
}

/* The caller's engine names and coefficient specs need not outlive the
 * load: yk_scenario_world_at validates again later with s->opt, so the
 * arrays (not the specs' static strings) are copied into the arena. */
static int keep_options(yk_scenario *s)
{
    yk_load_options *o = &s->opt;
    if (o->engines) {
        size_t n = 0, i;
        const char **names;
        while (o->engines[n])
            n++;
        names = yk_arena_alloc(&s->arena, (n + 1) * sizeof *names);
        if (!names)
            return 0;
        for (i = 0; i < n; i++)
            if (!(names[i] = yk_arena_strdup(&s->arena, o->engines[i])))
                return 0;
        names[n] = NULL;
        o->engines = names;
    }
    if (o->coefficients && o->n_coefficients) {
        yk_coefficient_spec *c =
            yk_arena_alloc(&s->arena, o->n_coefficients * sizeof *c);
        if (!c)
            return 0;
        memcpy(c, o->coefficients, o->n_coefficients * sizeof *c);
        o->coefficients = c;
    }
    return 1;
}

/* After the top tree is merged (st its status so far): the world at the
 * time line's last year, the problems found, the fingerprint. */
static yk_status finish(yk_scenario *s, const char *file, yk_status st,
                        size_t before, yk_diag *diag)
{
    yk_document *future = NULL;
    /* Events after the file's year are inputs too: build the world at the
     * time line's last year, so their set: paths are validated now (the
     * repeats of problems already found are dropped by yk_diag_sort) and
     * the fingerprint covers them. */
    if (s->merged && st == YK_OK) {
        int last = s->doc.world.year;
        size_t i;
        for (i = 0; i < s->doc.world.n_events; i++)
            if (s->doc.world.events[i].year > last && s->doc.world.events[i].n_changes)
                last = s->doc.world.events[i].year;
        if (last > s->doc.world.year) {
            future = yk_arena_alloc(&s->arena, sizeof *future);
            if (!future)
                st = yk_diag_add(diag, YK_E_NOMEM, file, 0, 0, NULL, "out of memory");
            else
                st = build(&s->arena, s->merged, last, &s->opt, future, diag);
        }
    }
    if (s->opt.stop && *s->opt.stop)
        st = interrupted(diag, before, file);
    if (diag->count > before && st == YK_OK)
        st = diag->items[before].status;
    if (st)
        return st;
    st = fingerprint(s, future);
    if (st == YK_E_INTERRUPTED) {
        interrupted(diag, before, file);
        return st;
    }
    if (st) {
        yk_diag_add(diag, st, file, 0, 0, NULL, "out of memory");
        return st;
    }
    return YK_OK;
}

static yk_status load(const char *file, const char *origin, const char *bytes,
                      size_t len, const yk_load_options *opt, yk_scenario **out,
                      yk_diag *diag)
{
    yk_load_options defaults = {.allow_files = true};
    yk_scenario *s;
    loader ld;
    yk_ynode *top = NULL;
    const yk_ynode *name_s, *name_w, *name;
    yk_status st;
    size_t before = diag->count;

    *out = NULL;
    s = yk_calloc(1, sizeof *s);
    if (!s)
        return yk_diag_add(diag, YK_E_NOMEM, file, 0, 0, NULL, "out of memory");
    yk_arena_init(&s->arena);
    s->opt = opt ? *opt : defaults;
    if (!keep_options(s)) {
        yk_scenario_free(s);
        return yk_diag_add(diag, YK_E_NOMEM, file, 0, 0, NULL, "out of memory");
    }
    memset(&ld, 0, sizeof ld);
    ld.arena = &s->arena;
    ld.diag = diag;
    ld.opt = &s->opt;
    s->origin = yk_arena_strdup(&s->arena, origin);
    file = yk_arena_strdup(&s->arena, file);
    if (!s->origin || !file) {
        st = yk_diag_add(diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
        goto fail;
    }

    /* The top file's own name key says what it is. */
    st = yk_tree_parse(&s->arena, file, bytes, len, &top, diag, s->opt.stop);
    if (st)
        goto fail;
    name_s = yk_ynode_get(top, "scenario");
    name_w = yk_ynode_get(top, "world");
    name = name_s ? name_s : name_w;
    if (top->kind == YK_YNODE_MAP && name_s && name_w)
        yk_diag_add(diag, YK_E_SCHEMA, file, name_w->line, name_w->col, "world",
                    "a file is a scenario or a world: give scenario: or world:, not both");
    else if (top->kind == YK_YNODE_MAP && !name)
        yk_diag_add(diag, YK_E_SCHEMA, file, 1, 1, NULL,
                    "missing the name: start the file with scenario: NAME (or world: NAME)");
    else if (name && name->kind != YK_YNODE_SCALAR)
        yk_diag_add(diag, YK_E_SCHEMA, file, name->line, name->col,
                    name_s ? "scenario" : "world", "expected a name");
    else if (name && yk_name_problem(name->text))
        yk_diag_add(diag, YK_E_SCHEMA, file, name->line, name->col,
                    name_s ? "scenario" : "world", "%s", yk_name_problem(name->text));
    s->name = name && name->kind == YK_YNODE_SCALAR ? name->text : "";
    s->kind = name_s ? "scenario" : "world";

    /* A bad set: path still leaves a tree worth converting: one pass
     * reports every problem. The top file is parsed once, above. */
    st = resolve_tree(&ld, file, top, &s->merged);
    if (s->merged) {
        yk_status st2 = build(&s->arena, s->merged, -1, &s->opt, &s->doc, diag);
        if (st == YK_OK)
            st = st2;
    }
    st = finish(s, file, st, before, diag);
    if (st)
        goto fail;
    /* The caller's flag need not outlive this call: yk_scenario_world_at
     * builds without it. */
    s->opt.stop = NULL;
    *out = s;
    return YK_OK;
fail:
    yk_scenario_free(s);
    return st ? st : YK_E_SCHEMA;
}

yk_status yk_scenario_load_buffer(const char *file, const char *bytes,
                                  size_t len, const yk_load_options *opt,
                                  yk_scenario **out, yk_diag *diag)
{
    return load(file, file, bytes, len, opt, out, diag);
}

yk_status yk_scenario_load(const char *spec, const yk_load_options *opt,
                           yk_scenario **out, yk_diag *diag)
{
    const char *text;
    char *bytes = NULL;
    size_t len = 0;
    yk_status st;
    loader ld;
    yk_load_options defaults = {.allow_files = true};

    *out = NULL;
    if (!is_path(spec)) {
        size_t b = yk_builtin_find(spec);
        char file[128];
        if (b == (size_t)-1)
            return yk_diag_add(diag, YK_E_NOTFOUND, NULL, 0, 0, NULL,
                               "no built-in world or scenario \"%s\" (see `yokushi "
                               "scenarios`; a file path needs a '/' or .yaml)", spec);
        snprintf(file, sizeof file, "builtin:%s", spec);
        text = yk_builtin_text(b, &len);
        return load(file, file, text, len, opt, out, diag);
    }
    memset(&ld, 0, sizeof ld);
    ld.diag = diag;
    ld.opt = opt ? opt : &defaults;
    st = read_file(&ld, spec, NULL, &bytes, &len);
    if (st == YK_OK)
        st = load(spec, spec, bytes, len, opt, out, diag);
    yk_free(bytes);
    return st;
}

void yk_scenario_free(yk_scenario *s)
{
    if (!s)
        return;
    yk_free(s->canonical);
    yk_arena_free(&s->arena);
    yk_free(s);
}

const char *yk_scenario_name(const yk_scenario *s) { return s->name; }
const char *yk_scenario_kind(const yk_scenario *s) { return s->kind; }
const char *yk_scenario_origin(const yk_scenario *s) { return s->origin; }
uint64_t yk_scenario_seed(const yk_scenario *s) { return (uint64_t)s->doc.seed; }
const yk_run_config *yk_scenario_run(const yk_scenario *s) { return &s->doc.run; }
const yk_world *yk_scenario_world(const yk_scenario *s) { return &s->doc.world; }

const yk_coefficient *yk_scenario_coefficients(const yk_scenario *s, size_t *n)
{
    *n = s->doc.n_coefficients;
    return s->doc.coefficients;
}
const char *yk_scenario_sha256(const yk_scenario *s) { return s->sha256; }
const char *yk_scenario_canonical(const yk_scenario *s) { return s->canonical; }

const char *yk_scenario_description(const yk_scenario *s)
{
    return s->doc.description ? s->doc.description : "";
}

yk_status yk_scenario_world_at(const yk_scenario *s, int year, yk_world *out,
                               yk_diag *diag)
{
    yk_arena *arena = yk_malloc(sizeof *arena);
    yk_document doc;
    yk_status st;
    memset(out, 0, sizeof *out);
    if (!arena)
        return yk_diag_add(diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    yk_arena_init(arena);
    st = build(arena, s->merged, year, &s->opt, &doc, diag);
    if (st) {
        yk_arena_free(arena);
        yk_free(arena);
        return st;
    }
    *out = doc.world;
    out->memory = arena;
    return YK_OK;
}

/* ---- a scenario at a point: set: overrides on a loaded one ------------------- */

yk_status yk_scenario_with(const yk_scenario *s, const char *const *paths,
                           const double *values, size_t n, yk_scenario **out,
                           yk_diag *diag)
{
    yk_scenario *t;
    yk_ynode *set;
    size_t i, before = diag->count;
    yk_status st = YK_OK;
    const char *file;

    *out = NULL;
    t = yk_calloc(1, sizeof *t);
    if (!t)
        return yk_diag_add(diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    yk_arena_init(&t->arena);
    t->opt = s->opt; /* its arrays live in s's arena: keep_options copies them */
    t->opt.stop = NULL;
    file = yk_arena_strdup(&t->arena, s->origin);
    t->origin = file;
    t->name = yk_arena_strdup(&t->arena, s->name);
    t->kind = s->kind;
    /* The copy shares s's scalars (yk_ynode_copy): t points into s. */
    t->merged = yk_ynode_copy(&t->arena, s->merged);
    set = yk_ynode_new(&t->arena, YK_YNODE_MAP, NULL);
    if (!keep_options(t) || !file || !t->name || !t->merged || !set) {
        st = yk_diag_add(diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
        goto fail;
    }
    for (i = 0; i < n; i++) {
        yk_ynode *v = yk_ynode_new(&t->arena, YK_YNODE_SCALAR, NULL);
        char num[40];
        yk_format_double_c(values[i], num, sizeof num);
        if (!v || !(v->text = yk_arena_strdup(&t->arena, num)) ||
            !yk_ynode_put(&t->arena, set, paths[i], NULL, v)) {
            st = yk_diag_add(diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
            goto fail;
        }
        v->len = strlen(v->text);
        v->plain = true;
        v->file = file;
    }
    st = yk_resolve_set(&t->arena, t->merged, set, NULL, diag);
    {
        yk_status st2 = build(&t->arena, t->merged, -1, &t->opt, &t->doc, diag);
        if (st == YK_OK)
            st = st2;
    }
    /* No fingerprint: t is s at a point, named and hashed as s (a design
     * runs thousands of points; the canonical text would be most of the
     * cost). Values are checked by the conversion above. */
    if (diag->count > before && st == YK_OK)
        st = diag->items[before].status;
    if (st)
        goto fail;
    memcpy(t->sha256, s->sha256, sizeof t->sha256);
    *out = t;
    return YK_OK;
fail:
    yk_scenario_free(t);
    return st ? st : YK_E_SCHEMA;
}
