/*
 * resolve.c - merging, `set:` paths and events, on document trees.
 *
 * A set path walks the schema beside the tree: struct fields by name
 * (created when missing), keyed collections by id (states.JPN), lists by
 * index or by an element's name or type (nuclear.forces.slbm,
 * nuclear.forces[0]; an unnamed crisis is named AGGRESSOR-TARGET), free
 * mappings (coefficients, stakes) by key. The value replaces what is there;
 * conversion then validates it, pointing at the line that set it.
 */
#include "world/resolve.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "world/document.h"
#include "world/suggest.h"

#define MAX_SEGMENTS 32

/* ---- merge ----------------------------------------------------------------- */

static int skip_key(const char *k)
{
    return !strcmp(k, "extends") || !strcmp(k, "set") || !strcmp(k, "world") ||
           !strcmp(k, "scenario");
}

/* A list item's name as conversion will see it: its `name:`, or for a crisis
 * without one AGGRESSOR-TARGET. Empty when neither can be read from the tree. */
static const char *item_name(const yk_ynode *item, char *buf, size_t size)
{
    const yk_ynode *n = yk_ynode_get(item, "name");
    const yk_ynode *ag = yk_ynode_get(item, "aggressor");
    const yk_ynode *tg = yk_ynode_get(item, "target");
    if (n)
        return n->kind == YK_YNODE_SCALAR ? n->text : "";
    if (!ag || !tg || ag->kind != YK_YNODE_SCALAR || tg->kind != YK_YNODE_SCALAR)
        return "";
    snprintf(buf, size, "%s-%s", ag->text, tg->text);
    return buf;
}

/* The base's crisis (among its first n_base) that `item` names, or NULL. */
static yk_ynode *inherited_crisis(const yk_ynode *crises, size_t n_base,
                                  const yk_ynode *item)
{
    char want_buf[128], have_buf[128];
    const char *want = item_name(item, want_buf, sizeof want_buf);
    size_t i;
    if (!*want)
        return NULL;
    for (i = 0; i < n_base; i++)
        if (!strcmp(item_name(crises->items[i], have_buf, sizeof have_buf), want))
            return crises->items[i];
    return NULL;
}

static yk_status merge_map(yk_arena *a, yk_ynode *base, const yk_ynode *child,
                           int top, yk_diag *diag);

/* Top-level lists accumulate, base first. A crisis named like one the base
 * already has is merged onto it, key by key like a state of the same id:
 * crisis names are the crises' keys (duplicates in one file are an error at
 * conversion). */
static yk_status append_items(yk_arena *a, yk_ynode *have, const yk_ynode *v,
                              const yk_ynode *k, yk_diag *diag)
{
    size_t j, n_base = have->n;
    int crises = !strcmp(k->text, "crises");
    for (j = 0; j < v->n; j++) {
        yk_ynode *same = crises ? inherited_crisis(have, n_base, v->items[j]) : NULL;
        if (same && same->kind == YK_YNODE_MAP && v->items[j]->kind == YK_YNODE_MAP) {
            yk_status st = merge_map(a, same, v->items[j], 0, diag);
            if (st)
                return st;
        } else if (!yk_ynode_append(a, have, (yk_ynode *)v->items[j])) {
            return yk_diag_add(diag, YK_E_NOMEM, k->file, k->line, k->col, NULL,
                               "out of memory");
        }
    }
    return YK_OK;
}

static yk_status merge_map(yk_arena *a, yk_ynode *base, const yk_ynode *child,
                           int top, yk_diag *diag)
{
    size_t i;
    for (i = 0; i < child->n; i++) {
        const yk_ynode *k = yk_ynode_key(child, i);
        const yk_ynode *v = yk_ynode_value(child, i);
        yk_ynode *have = yk_ynode_get(base, k->text);
        if (top && skip_key(k->text))
            continue;
        if (top && have && have->kind == YK_YNODE_SEQ && v->kind == YK_YNODE_SEQ &&
            (!strcmp(k->text, "events") || !strcmp(k->text, "crises"))) {
            yk_status st = append_items(a, have, v, k, diag);
            if (st)
                return st;
            continue;
        }
        if (have && have->kind == YK_YNODE_MAP && v->kind == YK_YNODE_MAP) {
            yk_status st = merge_map(a, have, v, 0, diag);
            if (st)
                return st;
            continue;
        }
        if (!yk_ynode_put(a, base, k->text, k, (yk_ynode *)v))
            return yk_diag_add(diag, YK_E_NOMEM, k->file, k->line, k->col, NULL,
                               "out of memory");
    }
    return YK_OK;
}

yk_status yk_resolve_merge(yk_arena *a, yk_ynode *base, const yk_ynode *child,
                           yk_diag *diag)
{
    if (base->kind != YK_YNODE_MAP || child->kind != YK_YNODE_MAP)
        return YK_OK; /* conversion reports a non-mapping document */
    return merge_map(a, base, child, 1, diag);
}

/* ---- set paths ------------------------------------------------------------- */

typedef struct cursor {
    yk_ynode *node;
    const yk_schema *schema;  /* node is a struct of this schema, or */
    const yk_field *coll;     /* node is the collection of this field, or */
    int free;                 /* node is below a free META mapping */
} cursor;

typedef struct path_walk {
    yk_arena *a;
    yk_diag *diag;
    const yk_ynode *at;        /* the set entry's key: where errors point */
    char shown[YK_ERROR_PATH_MAX]; /* world path so far */
} path_walk;

static void shown_add(path_walk *w, const char *seg, int is_index)
{
    size_t len = strlen(w->shown);
    if (is_index)
        snprintf(w->shown + len, sizeof w->shown - len, "[%s]", seg);
    else
        snprintf(w->shown + len, sizeof w->shown - len, "%s%s", len ? "." : "", seg);
}

/* Reports a failed step at the set entry's key, with an optional hint. */
static yk_status walk_fail(path_walk *w, yk_status st, const char *hint,
                           const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static yk_status walk_fail(path_walk *w, yk_status st, const char *hint,
                           const char *fmt, ...)
{
    char msg[YK_ERROR_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (hint)
        return yk_diag_add(w->diag, st, w->at->file, w->at->line, w->at->col,
                           w->shown, "%s (did you mean \"%s\"?)", msg, hint);
    return yk_diag_add(w->diag, st, w->at->file, w->at->line, w->at->col,
                       w->shown, "%s", msg);
}

/* Splits "a.b[2].c" into segments a, b, 2, c; idx[i] marks [n] forms. */
static int split_path(char *buf, char **seg, int *idx, int max)
{
    int n = 0;
    char *p = buf;
    while (*p) {
        char *dot = strchr(p, '.');
        char *br;
        if (dot)
            *dot = '\0';
        br = strchr(p, '[');
        if (br)
            *br = '\0';
        if (!*p || n >= max)
            return -1;
        idx[n] = 0;
        seg[n++] = p;
        while (br) {
            char *close = strchr(br + 1, ']');
            if (!close || close == br + 1 || n >= max)
                return -1;
            *close = '\0';
            idx[n] = 1;
            seg[n++] = br + 1;
            br = close[1] == '[' ? close + 1 : NULL;
            if (!br && close[1])
                return -1;
        }
        if (!dot)
            break;
        p = dot + 1;
        if (!*p)
            return -1;
    }
    return n;
}

static int all_digits(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

/* The item of a list selected by index, name or (unique) type. */
static long select_item(path_walk *w, const yk_ynode *seq, const char *seg,
                        yk_status *st)
{
    size_t i;
    long found = -1;
    int matches = 0;
    char buf[128];
    int b;
    *st = YK_OK;
    if (all_digits(seg)) {
        unsigned long k = strtoul(seg, NULL, 10);
        if (k >= seq->n) {
            *st = walk_fail(w, YK_E_NOTFOUND, NULL, "no item %s in this list", seg);
            return -1;
        }
        return (long)k;
    }
    for (b = 0; b < 2 && !matches; b++) {
        for (i = 0; i < seq->n; i++) {
            const yk_ynode *v = b ? yk_ynode_get(seq->items[i], "type") : NULL;
            const char *got = !b ? item_name(seq->items[i], buf, sizeof buf)
                              : v && v->kind == YK_YNODE_SCALAR ? v->text : "";
            if (!strcmp(got, seg)) {
                matches++;
                found = (long)i;
            }
        }
    }
    if (matches == 1)
        return found;
    if (matches > 1)
        *st = walk_fail(w, YK_E_REF, NULL,
                        "%s matches several items: use a name or an index like [0]",
                        seg);
    else
        *st = walk_fail(w, YK_E_NOTFOUND, NULL,
                        "no item named \"%s\" in this list (select by name, by "
                        "type when unique, or by index)", seg);
    return -1;
}

static const char *suggest_key(const yk_ynode *map, const char *word,
                               yk_arena *a)
{
    const char **keys;
    size_t i;
    if (!map || map->kind != YK_YNODE_MAP || !map->n)
        return NULL;
    keys = yk_arena_alloc(a, map->n * sizeof *keys);
    if (!keys)
        return NULL;
    for (i = 0; i < map->n; i++)
        keys[i] = yk_ynode_key(map, i)->text;
    return yk_suggest(word, keys, map->n);
}

static const char *suggest_field(const yk_schema *s, const char *word)
{
    const char *names[64];
    size_t i, n = 0;
    for (i = 0; i < s->n_fields && n < 64; i++)
        names[n++] = s->fields[i].name;
    return yk_suggest(word, names, n);
}

static yk_ynode *child_of(path_walk *w, yk_ynode *map, const char *key,
                         yk_ynode_kind kind)
{
    yk_ynode *c = yk_ynode_get(map, key);
    if (c && !(c->kind == YK_YNODE_SCALAR && c->plain && !c->len))
        return c;
    c = yk_ynode_new(w->a, kind, w->at);
    if (!c || !yk_ynode_put(w->a, map, key, w->at, c))
        return NULL;
    return c;
}

/* One step down from cur along seg. last: put value there instead. */
static yk_status step(path_walk *w, cursor *cur, const char *seg, int is_index,
                      yk_ynode *value)
{
    yk_status st;
    if (cur->free) {
        /* Keys here are checked by the hook that reads the section. */
        yk_ynode *c;
        shown_add(w, seg, is_index);
        if (is_index)
            return walk_fail(w, YK_E_SCHEMA, NULL, "this section has no lists");
        if (value) {
            if (!yk_ynode_put(w->a, cur->node, seg, w->at, value))
                return yk_diag_add(w->diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
            return YK_OK;
        }
        c = child_of(w, cur->node, seg, YK_YNODE_MAP);
        if (!c)
            return yk_diag_add(w->diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
        if (c->kind != YK_YNODE_MAP)
            return walk_fail(w, YK_E_SCHEMA, NULL, "\"%s\" is not a mapping", seg);
        cur->node = c;
        return YK_OK;
    }
    if (!cur->coll) {
        const yk_field *f = is_index ? NULL : yk_schema_field(cur->schema, seg);
        yk_ynode *c;
        shown_add(w, seg, is_index);
        if (!f)
            return walk_fail(w, YK_E_SCHEMA,
                             is_index ? NULL : suggest_field(cur->schema, seg),
                             "unknown key \"%s\"", seg);
        if (value) {
            if (!yk_ynode_put(w->a, cur->node, seg, w->at, value))
                return yk_diag_add(w->diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
            return YK_OK;
        }
        switch (f->kind) {
        case YK_FIELD_STRUCT:
            c = child_of(w, cur->node, seg, YK_YNODE_MAP);
            cur->schema = f->sub;
            break;
        case YK_FIELD_MAP:
            c = child_of(w, cur->node, seg, YK_YNODE_MAP);
            cur->coll = f;
            break;
        case YK_FIELD_LIST:
            c = child_of(w, cur->node, seg, YK_YNODE_SEQ);
            cur->coll = f;
            break;
        case YK_FIELD_META:
            if (!(f->flags & YK_FIELD_F_FREE_MAP))
                return walk_fail(w, YK_E_SCHEMA, NULL,
                                 "\"%s\" is a value: nothing below it can be set", seg);
            c = child_of(w, cur->node, seg, YK_YNODE_MAP);
            if (!c)
                return yk_diag_add(w->diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
            if (c->kind != YK_YNODE_MAP)
                return walk_fail(w, YK_E_SCHEMA, NULL, "\"%s\" is not a mapping", seg);
            cur->node = c;
            cur->free = 1;
            return YK_OK;
        default:
            return walk_fail(w, YK_E_SCHEMA, NULL,
                             "\"%s\" is a value: nothing below it can be set", seg);
        }
        if (!c)
            return yk_diag_add(w->diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
        if (c->kind != (cur->coll && cur->coll->kind == YK_FIELD_LIST ? YK_YNODE_SEQ
                                                                       : YK_YNODE_MAP))
            return walk_fail(w, YK_E_SCHEMA, NULL,
                             "\"%s\" does not hold the expected mapping or list here",
                             seg);
        cur->node = c;
        return YK_OK;
    }
    if (cur->coll->kind == YK_FIELD_MAP) {
        yk_ynode *el = yk_ynode_get(cur->node, seg);
        shown_add(w, seg, 0);
        if (value) {
            if (!yk_ynode_put(w->a, cur->node, seg, w->at, value))
                return yk_diag_add(w->diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
            return YK_OK;
        }
        if (!el)
            return walk_fail(w, YK_E_REF, suggest_key(cur->node, seg, w->a),
                             "no %s \"%s\"", cur->coll->sub->name, seg);
        if (el->kind != YK_YNODE_MAP)
            return walk_fail(w, YK_E_SCHEMA, NULL, "\"%s\" is not a mapping", seg);
        cur->schema = cur->coll->sub;
        cur->coll = NULL;
        cur->node = el;
        return YK_OK;
    }
    {
        long k = select_item(w, cur->node, seg, &st);
        char num[32];
        if (k < 0)
            return st;
        snprintf(num, sizeof num, "%ld", k);
        shown_add(w, num, 1);
        if (value) {
            cur->node->items[k] = value;
            return YK_OK;
        }
        if (cur->node->items[k]->kind != YK_YNODE_MAP)
            return walk_fail(w, YK_E_SCHEMA, NULL, "item %s is not a mapping", num);
        cur->schema = cur->coll->sub;
        cur->coll = NULL;
        cur->node = cur->node->items[k];
        return YK_OK;
    }
}

static yk_status apply_one(yk_arena *a, cursor start, const char *prefix,
                           const yk_ynode *key, const yk_ynode *value,
                           yk_diag *diag)
{
    path_walk w;
    char buf[YK_ERROR_PATH_MAX];
    char *seg[MAX_SEGMENTS];
    int idx[MAX_SEGMENTS];
    int n, i;
    yk_ynode *copy;
    cursor cur = start;

    memset(&w, 0, sizeof w);
    w.a = a;
    w.diag = diag;
    w.at = key;
    snprintf(w.shown, sizeof w.shown, "%s", prefix);
    if (key->len >= sizeof buf)
        return yk_diag_add(diag, YK_E_LIMIT, key->file, key->line, key->col, NULL,
                           "path too long");
    memcpy(buf, key->text, key->len + 1);
    n = split_path(buf, seg, idx, MAX_SEGMENTS);
    if (n <= 0)
        return yk_diag_add(diag, YK_E_SCHEMA, key->file, key->line, key->col,
                           key->text,
                           "not a dotted path (write it like states.JPN.resolve or "
                           "states.CHN.nuclear.forces[0].launchers)");
    copy = yk_ynode_copy(a, value);
    if (!copy)
        return yk_diag_add(diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    for (i = 0; i < n; i++) {
        yk_status st = step(&w, &cur, seg[i], idx[i], i == n - 1 ? copy : NULL);
        if (st)
            return st;
    }
    return YK_OK;
}

yk_status yk_resolve_set(yk_arena *a, yk_ynode *root, const yk_ynode *set,
                         const yk_ynode *actor, yk_diag *diag)
{
    cursor start = {root, &yk_schema_of_document, NULL, 0};
    char prefix[64] = "";
    yk_status first = YK_OK;
    size_t i;

    if (!set)
        return YK_OK;
    if (set->kind != YK_YNODE_MAP)
        return yk_diag_add(diag, YK_E_SCHEMA, set->file, set->line, set->col, "set",
                           "expected a mapping of dotted paths to values");
    if (root->kind != YK_YNODE_MAP)
        return YK_OK;
    if (actor) {
        yk_ynode *states = yk_ynode_get(root, "states");
        yk_ynode *st = actor->kind == YK_YNODE_SCALAR ? yk_ynode_get(states, actor->text)
                                                    : NULL;
        if (!st || st->kind != YK_YNODE_MAP)
            return yk_diag_add(diag, YK_E_REF, actor->file, actor->line, actor->col,
                               "actor", "unknown state \"%s\": its set: cannot apply",
                               actor->kind == YK_YNODE_SCALAR ? actor->text : "?");
        start.node = st;
        start.schema = &yk_schema_of_state;
        snprintf(prefix, sizeof prefix, "states.%s", actor->text);
    }
    for (i = 0; i < set->n; i++) {
        yk_status st = apply_one(a, start, prefix, yk_ynode_key(set, i),
                                 yk_ynode_value(set, i), diag);
        if (st && !first)
            first = st;
    }
    return first;
}

/* ---- events ------------------------------------------------------------------ */

typedef struct dated {
    long long year;
    size_t order;
    const yk_ynode *event;
} dated;

static int dated_cmp(const void *pa, const void *pb)
{
    const dated *a = pa, *b = pb;
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    return a->order < b->order ? -1 : (a->order > b->order);
}

int yk_scalar_int(const yk_ynode *n, long long *out);

yk_status yk_resolve_events(yk_arena *a, yk_ynode *root, int year,
                            yk_diag *diag, const volatile int *stop)
{
    const yk_ynode *events = yk_ynode_get(root, "events");
    dated *list;
    size_t i, n = 0;
    yk_status first = YK_OK;

    if (!events || events->kind != YK_YNODE_SEQ || !events->n)
        return YK_OK;
    list = yk_arena_alloc(a, events->n * sizeof *list);
    if (!list)
        return yk_diag_add(diag, YK_E_NOMEM, NULL, 0, 0, NULL, "out of memory");
    for (i = 0; i < events->n; i++) {
        const yk_ynode *e = events->items[i];
        long long y;
        const yk_ynode *set = yk_ynode_get(e, "set"), *actor = yk_ynode_get(e, "actor");
        if (!set || !yk_scalar_int(yk_ynode_get(e, "year"), &y))
            continue; /* conversion reports a missing or bad year */
        /* Conversion reports a set: that is not a mapping and an unknown
         * actor at events[N]; skipping them here avoids saying it twice. */
        if (set->kind != YK_YNODE_MAP)
            continue;
        if (actor && (actor->kind != YK_YNODE_SCALAR ||
                      !yk_ynode_get(yk_ynode_get(root, "states"), actor->text)))
            continue;
        if (y > year)
            continue;
        list[n].year = y;
        list[n].order = i;
        list[n].event = e;
        n++;
    }
    qsort(list, n, sizeof *list, dated_cmp);
    for (i = 0; i < n; i++) {
        yk_status st;
        if (stop && *stop)
            return yk_diag_add(diag, YK_E_INTERRUPTED, NULL, 0, 0, NULL, "interrupted");
        st = yk_resolve_set(a, root, yk_ynode_get(list[i].event, "set"),
                                      yk_ynode_get(list[i].event, "actor"), diag);
        if (st && !first)
            first = st;
    }
    return first;
}
