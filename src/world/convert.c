/*
 * convert.c - schema-driven conversion of a document tree into structs.
 *
 * One walk does typing, ranges, defaults, provenance, ids and references,
 * and reports each problem at the node that caused it as
 * FILE:LINE:COL: dotted.path: message. Conversion goes on after an error,
 * so one pass reports everything. Object-specific rules (ids, stakes, the
 * run section) live in small hooks, looked up in one table.
 */
#include "world/convert.h"
#include "world/name.h"
#include "core/numtext.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "world/suggest.h"
#include "yokushi/theatre.h"

#define MAX_STRING 4096
/* The largest beta shape and normal sd: beyond it a+b and the draws
 * overflow (beta [1e308, 1e308] had a NaN mean), and such a distribution
 * is a point anyway: give a value. The bound of open-ended magnitudes in
 * the schema (Y_MAX). */
#define YK_SHAPE_MAX 1e9

typedef struct convert {
    yk_arena *arena;
    yk_diag *diag;
    yk_document *doc;
    const yk_load_options *opt;
    const yk_ynode *sources;     /* the top-level sources: mapping */
    const char *source;         /* inherited provenance */
    const char *assumption;
    char path[YK_ERROR_PATH_MAX];
    size_t path_len;
    yk_status first;
    int out_of_memory;          /* reported once; what follows is not reported */
} convert;

/* ---- reporting and paths ----------------------------------------------- */

static void report(convert *cx, const yk_ynode *at, yk_status st,
                   const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static void report(convert *cx, const yk_ynode *at, yk_status st,
                   const char *fmt, ...)
{
    va_list ap;
    /* Out of memory leaves the document half built: the problems that
     * follow (ids that now dangle, fields missing) are its consequences,
     * not the file's, and would bury the one that matters. */
    if (cx->out_of_memory)
        return;
    cx->out_of_memory = st == YK_E_NOMEM;
    va_start(ap, fmt);
    yk_diag_vadd(cx->diag, st, at ? at->file : NULL, at ? at->line : 0,
                 at ? at->col : 0, cx->path, fmt, ap);
    va_end(ap);
    if (cx->first == YK_OK)
        cx->first = st;
}

static size_t path_push(convert *cx, const char *seg, int index)
{
    size_t old = cx->path_len;
    int n;
    if (index >= 0)
        n = snprintf(cx->path + old, sizeof cx->path - old, "[%d]", index);
    else
        n = snprintf(cx->path + old, sizeof cx->path - old, "%s%s",
                     old ? "." : "", seg ? seg : "");
    if (n > 0)
        cx->path_len = old + (size_t)n < sizeof cx->path
                           ? old + (size_t)n : sizeof cx->path - 1;
    return old;
}

static void path_pop(convert *cx, size_t old)
{
    cx->path_len = old;
    cx->path[old] = '\0';
}

/* ---- scalars --------------------------------------------------------------- */

int yk_scalar_int(const yk_ynode *n, long long *out)
{
    char *end;
    long long v;
    if (!n || n->kind != YK_YNODE_SCALAR || !n->plain || !n->len)
        return 0;
    errno = 0;
    v = strtoll(n->text, &end, 10);
    if (errno || *end)
        return 0;
    *out = v;
    return 1;
}

int yk_scalar_number(const yk_ynode *n, double *out)
{
    char *end;
    double v;
    const char *t;
    if (!n || n->kind != YK_YNODE_SCALAR || !n->plain || !n->len)
        return 0;
    t = n->text;
    /* strtod also reads "nan", "inf" and hex: only decimal numbers here. */
    if (!(*t == '-' || *t == '+' || *t == '.' || (*t >= '0' && *t <= '9')))
        return 0;
    if (strchr(t, 'x') || strchr(t, 'X'))
        return 0;
    errno = 0;
    v = yk_strtod_c(t, &end);
    if (*end || !isfinite(v))
        return 0;
    *out = v;
    return 1;
}

/* What a node is, for "expected X, got Y": a scalar shows its text. */
#define describe(n) describe_node((n), (char[96]){0}, 96)
static const char *describe_node(const yk_ynode *n, char *buf, size_t size)
{
    if (n->kind != YK_YNODE_SCALAR)
        return yk_ynode_kind_name(n->kind);
    if (!n->len)
        return "nothing";
    snprintf(buf, size, "%s\"%.60s%s\"", n->plain ? "" : "the string ",
             n->text, n->len > 60 ? "..." : "");
    return buf;
}

static int want_scalar(convert *cx, const yk_ynode *n, const char *what)
{
    if (n->kind == YK_YNODE_SCALAR)
        return 1;
    report(cx, n, YK_E_SCHEMA, "expected %s, got %s", what,
           yk_ynode_kind_name(n->kind));
    return 0;
}

/* ---- provenance -------------------------------------------------------------- */

/* Checks each ';'-separated key of a source string against sources:. */
static void check_source_keys(convert *cx, const yk_ynode *n)
{
    const char *p = n->text;
    while (*p) {
        const char *q = strchr(p, ';');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        char key[128];
        while (len && (*p == ' ' || *p == '\t')) {
            p++;
            len--;
        }
        while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
            len--;
        if (len && len < sizeof key) {
            memcpy(key, p, len);
            key[len] = '\0';
            if (!yk_ynode_get(cx->sources, key))
                report(cx, n, YK_E_REF,
                       "unknown source key \"%s\": add it under sources:, or "
                       "write an assumption: note instead", key);
        } else if (len) {
            report(cx, n, YK_E_REF, "source key too long");
        }
        if (!q)
            break;
        p = q + 1;
    }
}

/* Reads `source:`/`assumption:` of a mapping, if any; returns whether the
 * mapping had either. */
static int read_notes(convert *cx, const yk_ynode *map, const char **source,
                      const char **assumption)
{
    const yk_ynode *s = yk_ynode_get(map, "source");
    const yk_ynode *a = yk_ynode_get(map, "assumption");
    *source = NULL;
    *assumption = NULL;
    if (s) {
        size_t old = path_push(cx, "source", -1);
        if (want_scalar(cx, s, "a source key list such as \"F1; S1\"")) {
            check_source_keys(cx, s);
            *source = s->text;
        }
        path_pop(cx, old);
    }
    if (a) {
        size_t old = path_push(cx, "assumption", -1);
        if (want_scalar(cx, a, "a note in words"))
            *assumption = a->text;
        path_pop(cx, old);
    }
    return s || a;
}

/* ---- parameters (values and distributions) ------------------------------------ */

static const char *const dist_keys[] = {"value", "uniform", "triangular",
                                        "beta", "normal"};
static const int dist_arity[] = {1, 2, 3, 2, 2};

static int read_numbers(convert *cx, const yk_ynode *seq, double *v, int n,
                        const char *form)
{
    int i;
    if (seq->kind != YK_YNODE_SEQ || seq->n != (size_t)n) {
        report(cx, seq, YK_E_SCHEMA, "%s takes a list of %d numbers", form, n);
        return 0;
    }
    for (i = 0; i < n; i++) {
        if (!yk_scalar_number(seq->items[i], &v[i])) {
            report(cx, seq->items[i], YK_E_SCHEMA,
                   "expected a number in %s, got %s", form,
                   describe(seq->items[i]));
            return 0;
        }
    }
    return 1;
}

static void param_fixed(yk_param *p, const yk_field *f, double v)
{
    p->kind = YK_DIST_FIXED;
    p->value = v;
    p->a = p->b = p->c = 0;
    p->lo = f->lo;
    p->hi = f->hi;
}

static int in_range(const yk_field *f, double v)
{
    return v >= f->lo && v <= f->hi;
}

static void report_range(convert *cx, const yk_ynode *at, const yk_field *f,
                         const char *what)
{
    int unitless = !f->unit || !strcmp(f->unit, "0..1");
    report(cx, at, YK_E_RANGE, "%s leaves the range %.15g..%.15g%s%s of this field",
           what, f->lo, f->hi, unitless ? "" : " ", unitless ? "" : f->unit);
}

/* Validates and stores distribution `form` (index into dist_keys). */
static void param_distribution(convert *cx, yk_param *p, const yk_field *f,
                               int form, const yk_ynode *arg)
{
    double v[3] = {0, 0, 0};
    char what[160];
    if (form == 0) {
        if (!yk_scalar_number(arg, &v[0])) {
            report(cx, arg, YK_E_SCHEMA, "expected a number, got %s",
                   describe(arg));
            return;
        }
        if (!in_range(f, v[0])) {
            yk_snprintf_c(what, sizeof what, "%g", v[0]);
            report_range(cx, arg, f, what);
            return;
        }
        param_fixed(p, f, v[0]);
        return;
    }
    if (!read_numbers(cx, arg, v, dist_arity[form], dist_keys[form]))
        return;
    param_fixed(p, f, 0);
    p->a = v[0];
    p->b = v[1];
    p->c = v[2];
    switch (form) {
    case 1: /* uniform */
        if (v[0] > v[1]) {
            report(cx, arg, YK_E_RANGE, "uniform [%g, %g]: lo exceeds hi",
                   v[0], v[1]);
            return;
        }
        if (!in_range(f, v[0]) || !in_range(f, v[1])) {
            yk_snprintf_c(what, sizeof what, "uniform [%g, %g]", v[0], v[1]);
            report_range(cx, arg, f, what);
            return;
        }
        p->kind = YK_DIST_UNIFORM;
        break;
    case 2: /* triangular */
        if (!(v[0] <= v[1] && v[1] <= v[2]) || v[0] == v[2]) {
            report(cx, arg, YK_E_RANGE,
                   "triangular [%g, %g, %g]: needs lo <= mode <= hi and lo < hi",
                   v[0], v[1], v[2]);
            return;
        }
        if (!in_range(f, v[0]) || !in_range(f, v[2])) {
            yk_snprintf_c(what, sizeof what, "triangular [%g, %g, %g]", v[0], v[1],
                     v[2]);
            report_range(cx, arg, f, what);
            return;
        }
        p->kind = YK_DIST_TRIANGULAR;
        break;
    case 3: /* beta */
        if (!(v[0] > 0 && v[1] > 0)) {
            report(cx, arg, YK_E_RANGE,
                   "beta [%g, %g]: both shape parameters must be > 0", v[0],
                   v[1]);
            return;
        }
        if (v[0] > YK_SHAPE_MAX || v[1] > YK_SHAPE_MAX) {
            report(cx, arg, YK_E_RANGE,
                   "beta [%g, %g]: shape parameters above 1e9 describe a point: give a value",
                   v[0], v[1]);
            return;
        }
        if (!(f->lo <= 0 && f->hi >= 1)) {
            yk_snprintf_c(what, sizeof what, "beta [%g, %g] (support 0..1)", v[0],
                     v[1]);
            report_range(cx, arg, f, what);
            return;
        }
        p->kind = YK_DIST_BETA;
        break;
    default: /* normal */
        if (!(v[1] > 0)) {
            report(cx, arg, YK_E_RANGE, "normal [%g, %g]: sd must be > 0",
                   v[0], v[1]);
            return;
        }
        if (v[1] > YK_SHAPE_MAX) {
            report(cx, arg, YK_E_RANGE, "normal [%g, %g]: sd above 1e9 (use a uniform for "
                   "a flat distribution)", v[0], v[1]);
            return;
        }
        if (!in_range(f, v[0])) {
            yk_snprintf_c(what, sizeof what, "normal [%g, %g]: its mean", v[0],
                     v[1]);
            report_range(cx, arg, f, what);
            return;
        }
        p->kind = YK_DIST_NORMAL;
        break;
    }
    p->value = yk_param_mean(p);
}

static void convert_param(convert *cx, yk_param *p, const yk_field *f,
                          const yk_ynode *n)
{
    size_t i;
    int form = -1;
    const yk_ynode *arg = NULL;
    const char *src, *asm_;

    param_fixed(p, f, f->def);
    p->source = cx->source;
    p->assumption = cx->assumption;
    if (n->kind == YK_YNODE_SCALAR) {
        param_distribution(cx, p, f, 0, n);
        return;
    }
    if (n->kind != YK_YNODE_MAP) {
        report(cx, n, YK_E_SCHEMA,
               "expected a number or a distribution such as {uniform: [lo, hi]}, got %s",
               yk_ynode_kind_name(n->kind));
        return;
    }
    for (i = 0; i < n->n; i++) {
        const char *k = yk_ynode_key(n, i)->text;
        size_t d;
        int known = !strcmp(k, "source") || !strcmp(k, "assumption");
        for (d = 0; d < sizeof dist_keys / sizeof dist_keys[0]; d++) {
            if (!strcmp(k, dist_keys[d])) {
                if (form >= 0) {
                    report(cx, yk_ynode_key(n, i), YK_E_SCHEMA,
                           "give one of value, uniform, triangular, beta or normal, not two");
                    return;
                }
                form = (int)d;
                arg = yk_ynode_value(n, i);
                known = 1;
            }
        }
        if (!known) {
            const char *cands[7] = {"value", "uniform", "triangular", "beta",
                                    "normal", "source", "assumption"};
            const char *hint = yk_suggest(k, cands, 7);
            size_t old = path_push(cx, k, -1);
            if (hint)
                report(cx, yk_ynode_key(n, i), YK_E_SCHEMA,
                       "unknown key \"%s\" (did you mean \"%s\"?)", k, hint);
            else
                report(cx, yk_ynode_key(n, i), YK_E_SCHEMA,
                       "unknown key \"%s\" in a value (expected value, uniform, "
                       "triangular, beta or normal)", k);
            path_pop(cx, old);
        }
    }
    if (form < 0) {
        report(cx, n, YK_E_SCHEMA,
               "a value mapping needs one of value, uniform, triangular, beta or normal");
        return;
    }
    if (read_notes(cx, n, &src, &asm_)) {
        p->source = src;
        p->assumption = asm_;
    }
    {
        size_t old = path_push(cx, dist_keys[form], -1);
        param_distribution(cx, p, f, form, arg);
        path_pop(cx, old);
    }
}

/* ---- fields ------------------------------------------------------------------------- */

static void convert_struct(convert *cx, const yk_schema *s, void *obj,
                           const yk_ynode *n, const yk_ynode *key);

static void set_default(const yk_field *f, void *slot)
{
    switch (f->kind) {
    case YK_FIELD_PARAM:
        param_fixed(slot, f, f->def);
        break;
    case YK_FIELD_INT:
        if (f->flags & YK_FIELD_F_INT32)
            *(int *)slot = (int)f->def;
        else
            *(int64_t *)slot = (int64_t)f->def;
        break;
    case YK_FIELD_BOOL:
        *(bool *)slot = f->def != 0;
        break;
    case YK_FIELD_ENUM:
        *(int *)slot = (int)f->def;
        break;
    case YK_FIELD_STATE_REF:
        *(size_t *)slot = YK_NONE;
        break;
    default:
        break;
    }
}

static size_t count_names(const char *const *names)
{
    size_t n = 0;
    while (names[n])
        n++;
    return n;
}

static void report_choice(convert *cx, const yk_ynode *n, const char *what,
                          const char *const *names, size_t count)
{
    const char *hint = yk_suggest(n->text, names, count);
    char list[512] = "";
    size_t i, len = 0;
    if (hint) {
        report(cx, n, YK_E_SCHEMA, "unknown %s \"%s\" (did you mean \"%s\"?)",
               what, n->text, hint);
        return;
    }
    for (i = 0; i < count && len + 2 < sizeof list; i++) {
        int w = snprintf(list + len, sizeof list - len, "%s%s", i ? ", " : "",
                         names[i]);
        if (w < 0)
            break;
        len += (size_t)w;
        if (len >= sizeof list)
            len = sizeof list - 1;
    }
    report(cx, n, YK_E_SCHEMA, "unknown %s \"%s\" (expected one of: %s)", what,
           n->text, list);
}

static size_t state_ref(convert *cx, const yk_ynode *n)
{
    const yk_world *w = &cx->doc->world;
    size_t i = yk_world_state_index(w, n->text);
    if (i == YK_NONE) {
        const char **ids = yk_arena_alloc(cx->arena, (w->n_states + 1) * sizeof *ids);
        const char *hint = NULL;
        size_t k;
        if (ids) {
            for (k = 0; k < w->n_states; k++)
                ids[k] = w->states[k].id;
            hint = yk_suggest(n->text, ids, w->n_states);
        }
        if (hint)
            report(cx, n, YK_E_REF, "unknown state \"%s\" (did you mean \"%s\"?)",
                   n->text, hint);
        else
            report(cx, n, YK_E_REF, "unknown state \"%s\"", n->text);
    }
    return i;
}

static void convert_list(convert *cx, const yk_field *f, void *obj,
                         const yk_ynode *n);

static void convert_field(convert *cx, const yk_field *f, void *obj,
                          const yk_ynode *n)
{
    void *slot = (char *)obj + f->offset;
    long long iv;
    switch (f->kind) {
    case YK_FIELD_PARAM:
        convert_param(cx, slot, f, n);
        if ((f->flags & YK_FIELD_F_WHOLE) && ((yk_param *)slot)->kind == YK_DIST_FIXED &&
            ((yk_param *)slot)->value != floor(((yk_param *)slot)->value))
        {
            if (n->kind == YK_YNODE_SCALAR)
                report(cx, n, YK_E_SCHEMA, "expected a whole number, got \"%s\"", n->text);
            else
                report(cx, n, YK_E_SCHEMA, "expected a whole number, got %.15g",
                       ((yk_param *)slot)->value);
        }
        break;
    case YK_FIELD_INT:
        if (!yk_scalar_int(n, &iv)) {
            report(cx, n, YK_E_SCHEMA, "expected a whole number, got %s%s",
                   describe(n), n->kind == YK_YNODE_MAP
                                    ? " (this count cannot be a distribution)" : "");
        } else if (iv < (long long)f->lo || iv > (long long)f->hi) {
            /* Compared as integers: as doubles, 2^53 + 1 (one past the
             * seed's range) rounds to 2^53 and passed. Every count's
             * bounds are whole numbers well inside long long. */
            report(cx, n, YK_E_RANGE, "%lld is outside %lld..%lld%s%s", iv,
                   (long long)f->lo, (long long)f->hi, f->unit ? " " : "",
                   f->unit ? f->unit : "");
        } else if (f->flags & YK_FIELD_F_INT32) {
            *(int *)slot = (int)iv;
        } else {
            *(int64_t *)slot = (int64_t)iv;
        }
        break;
    case YK_FIELD_BOOL:
        if (!want_scalar(cx, n, "true or false"))
            break;
        if (n->plain && !strcmp(n->text, "true"))
            *(bool *)slot = true;
        else if (n->plain && !strcmp(n->text, "false"))
            *(bool *)slot = false;
        else
            report(cx, n, YK_E_SCHEMA, "expected true or false, got \"%s\"",
                   n->text);
        break;
    case YK_FIELD_ENUM: {
        size_t k, count = count_names(f->names);
        if (!want_scalar(cx, n, "a name"))
            break;
        for (k = 0; k < count; k++)
            if (!strcmp(n->text, f->names[k]))
                break;
        if (k < count)
            *(int *)slot = (int)k;
        else
            report_choice(cx, n, f->name, f->names, count);
        break;
    }
    case YK_FIELD_STRING:
        if (!want_scalar(cx, n, "text"))
            break;
        if (n->len > MAX_STRING) {
            report(cx, n, YK_E_LIMIT, "text longer than %d characters", MAX_STRING);
            break;
        }
        *(const char **)slot = n->text;
        break;
    case YK_FIELD_STATE_REF:
        if (want_scalar(cx, n, "a state id"))
            *(size_t *)slot = state_ref(cx, n);
        break;
    case YK_FIELD_STRUCT:
        convert_struct(cx, f->sub, slot, n, NULL);
        break;
    case YK_FIELD_LIST:
    case YK_FIELD_MAP:
        convert_list(cx, f, obj, n);
        break;
    case YK_FIELD_META:
        break;
    }
}

/* Keyed elements are sorted by id so files in any key order give the
 * same world; the id is each keyed struct's first member. */
static int id_cmp(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

static void convert_list(convert *cx, const yk_field *f, void *obj,
                         const yk_ynode *n)
{
    const yk_schema *s = f->sub;
    void **array = (void **)((char *)obj + f->offset);
    size_t *count = (size_t *)((char *)obj + f->count_offset);
    yk_ynode_kind want = f->kind == YK_FIELD_MAP ? YK_YNODE_MAP : YK_YNODE_SEQ;
    char *items;
    size_t i;

    *array = NULL;
    *count = 0;
    if (n->kind != want) {
        /* An empty scalar (`states:` with nothing after it) is an empty list. */
        if (n->kind == YK_YNODE_SCALAR && n->plain && !n->len)
            return;
        report(cx, n, YK_E_SCHEMA, "expected %s, got %s",
               yk_ynode_kind_name(want), describe(n));
        return;
    }
    if (!n->n)
        return;
    items = yk_arena_alloc(cx->arena, n->n * s->size);
    if (!items) {
        report(cx, n, YK_E_NOMEM, "out of memory");
        return;
    }
    for (i = 0; i < n->n; i++) {
        void *el = items + i * s->size;
        size_t old;
        if (cx->opt && cx->opt->stop && *cx->opt->stop) {
            /* The loader reports the interruption; the rest is not read. */
            cx->first = YK_E_INTERRUPTED;
            break;
        }
        if (want == YK_YNODE_MAP) {
            const yk_ynode *k = yk_ynode_key(n, i);
            old = path_push(cx, k->text, -1);
            /* Theatre ids are names ("korean_peninsula"), longer than
             * state and alliance ids. */
            size_t id_max = s == &yk_schema_of_theatre ? YK_THEATRE_ID_MAX : YK_ID_MAX;
            if (k->len >= id_max || !k->len)
                report(cx, k, YK_E_SCHEMA, "id \"%s\" must be 1 to %d characters",
                       k->text, (int)id_max - 1);
            else
                memcpy((char *)el + s->id_offset, k->text, k->len + 1);
            convert_struct(cx, s, el, yk_ynode_value(n, i), k);
        } else {
            old = path_push(cx, NULL, (int)i);
            convert_struct(cx, s, el, n->items[i], NULL);
        }
        path_pop(cx, old);
    }
    if (want == YK_YNODE_MAP)
        qsort(items, n->n, s->size, id_cmp);
    *array = items;
    *count = n->n;
}

/* ---- object rules (hooks) ------------------------------------------------------------- */

/* n is the object's mapping (NULL when absent); key is the id's node for
 * keyed elements, else NULL. */
typedef void (*hook_fn)(convert *cx, void *obj, const yk_ynode *n,
                        const yk_ynode *key);

static int is_state_id(const char *s)
{
    return strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' &&
           s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

static void state_hook(convert *cx, void *obj, const yk_ynode *n,
                       const yk_ynode *key)
{
    (void)obj;
    (void)n;
    if (!is_state_id(key->text))
        report(cx, key, YK_E_SCHEMA,
               "a state id is an ISO 3166 alpha-3 code: three capital letters, "
               "like JPN");
}

/* Splits "AAA-BBB" into two state indices; reports what is wrong. */
static int pair_ids(convert *cx, const yk_ynode *n, const char *key,
                    size_t *a, size_t *b, const char *what)
{
    char left[YK_ID_MAX], right[YK_ID_MAX];
    const char *dash = strchr(key, '-');
    size_t la;
    yk_ynode tmp;
    if (!dash || dash == key || !dash[1] || strchr(dash + 1, '-')) {
        report(cx, n, YK_E_SCHEMA, "a %s id is two state ids joined by '-', like %s",
               what, !strcmp(what, "rivalry") ? "CHN-JPN" : "USA-JPN");
        return 0;
    }
    la = (size_t)(dash - key);
    if (la >= YK_ID_MAX || strlen(dash + 1) >= YK_ID_MAX)
        return 0; /* convert_list already reported the id's length */
    memcpy(left, key, la);
    left[la] = '\0';
    snprintf(right, sizeof right, "%s", dash + 1);
    tmp = *n;
    tmp.kind = YK_YNODE_SCALAR;
    tmp.text = left;
    *a = state_ref(cx, &tmp);
    tmp.text = right;
    *b = state_ref(cx, &tmp);
    if (*a == YK_NONE || *b == YK_NONE)
        return 0;
    if (*a == *b) {
        report(cx, n, YK_E_REF, "a %s joins two different states", what);
        return 0;
    }
    return 1;
}

static void alliance_hook(convert *cx, void *obj, const yk_ynode *n,
                        const yk_ynode *key)
{
    yk_alliance *al = obj;
    (void)n;
    al->patron = al->ally = YK_NONE;
    pair_ids(cx, key, key->text, &al->patron, &al->ally, "alliance");
}

static void rivalry_hook(convert *cx, void *obj, const yk_ynode *n,
                        const yk_ynode *key)
{
    yk_rivalry *r = obj;
    size_t a = YK_NONE, b = YK_NONE;
    (void)n;
    r->a = r->b = YK_NONE;
    if (!pair_ids(cx, key, key->text, &a, &b, "rivalry"))
        return;
    if (strcmp(cx->doc->world.states[a].id, cx->doc->world.states[b].id) > 0) {
        report(cx, key, YK_E_SCHEMA,
               "rivalry ids are in alphabetical order: write %s-%s",
               cx->doc->world.states[b].id, cx->doc->world.states[a].id);
        return;
    }
    r->a = a;
    r->b = b;
}

static void event_hook(convert *cx, void *obj, const yk_ynode *n,
                       const yk_ynode *key)
{
    yk_event *e = obj;
    const yk_ynode *set = yk_ynode_get(n, "set");
    (void)key;
    e->applied = e->year <= cx->doc->world.year;
    if (set) {
        size_t old = path_push(cx, "set", -1);
        if (set->kind != YK_YNODE_MAP)
            report(cx, set, YK_E_SCHEMA,
                   "expected a mapping of dotted paths to values, got %s",
                   describe(set));
        else
            e->n_changes = set->n;
        path_pop(cx, old);
    }
}

static const char *crisis_role(const yk_crisis *c, size_t idx)
{
    if (idx == c->aggressor)
        return "aggressor";
    if (idx == c->target)
        return "target";
    if (idx == c->patron)
        return "patron";
    return NULL;
}

static void crisis_hook(convert *cx, void *obj, const yk_ynode *n,
                        const yk_ynode *key)
{
    static const yk_field stake_field = {
        .name = "stake", .kind = YK_FIELD_PARAM, .lo = 0, .hi = 1, .def = 0.5,
        .unit = "0..1"};
    yk_crisis *c = obj;
    const yk_ynode *stakes = yk_ynode_get(n, "stakes");
    yk_world *w = &cx->doc->world;
    int have[3] = {0, 0, 0};
    size_t i, old;
    const yk_ynode *name = yk_ynode_get(n, "name");
    (void)key;

    if (c->name && yk_name_problem(c->name)) {
        old = path_push(cx, "name", -1);
        report(cx, name, YK_E_SCHEMA, "%s", yk_name_problem(c->name));
        path_pop(cx, old);
    }
    if (c->aggressor != YK_NONE && c->aggressor == c->target)
        report(cx, n, YK_E_REF, "the aggressor and the target must differ");
    if (c->patron != YK_NONE &&
        (c->patron == c->aggressor || c->patron == c->target))
        report(cx, n, YK_E_REF, "the patron must differ from aggressor and target");
    if (!c->name && c->aggressor != YK_NONE && c->target != YK_NONE)
        c->name = yk_arena_printf(cx->arena, "%s-%s", w->states[c->aggressor].id,
                                  w->states[c->target].id);
    param_fixed(&c->stake_aggressor, &stake_field, 0.5);
    param_fixed(&c->stake_target, &stake_field, 0.5);
    param_fixed(&c->stake_patron, &stake_field, 0.5);
    if (!stakes) {
        report(cx, n, YK_E_SCHEMA, "missing stakes: {AGGRESSOR: v, TARGET: v, PATRON: v}");
        return;
    }
    old = path_push(cx, "stakes", -1);
    if (stakes->kind != YK_YNODE_MAP) {
        report(cx, stakes, YK_E_SCHEMA, "expected a mapping of state ids to values");
        path_pop(cx, old);
        return;
    }
    for (i = 0; i < stakes->n; i++) {
        const yk_ynode *k = yk_ynode_key(stakes, i);
        size_t idx = yk_world_state_index(w, k->text);
        const char *role = idx == YK_NONE ? NULL : crisis_role(c, idx);
        size_t o2 = path_push(cx, k->text, -1);
        if (!role) {
            report(cx, k, YK_E_REF, "\"%s\" is not a party to this crisis", k->text);
        } else {
            yk_param *p = !strcmp(role, "aggressor") ? &c->stake_aggressor
                          : !strcmp(role, "target") ? &c->stake_target
                                                    : &c->stake_patron;
            have[!strcmp(role, "aggressor") ? 0 : !strcmp(role, "target") ? 1 : 2] = 1;
            convert_param(cx, p, &stake_field, yk_ynode_value(stakes, i));
        }
        path_pop(cx, o2);
    }
    if (c->aggressor != YK_NONE && !have[0])
        report(cx, stakes, YK_E_SCHEMA, "missing the aggressor's stake (%s)",
               w->states[c->aggressor].id);
    if (c->target != YK_NONE && !have[1])
        report(cx, stakes, YK_E_SCHEMA, "missing the target's stake (%s)",
               w->states[c->target].id);
    if (c->patron != YK_NONE && !have[2])
        report(cx, stakes, YK_E_SCHEMA, "missing the patron's stake (%s)",
               w->states[c->patron].id);
    path_pop(cx, old);
}

/* The counts engines read at the means: the params' means, rounded. */
static void force_hook(convert *cx, void *obj, const yk_ynode *n, const yk_ynode *key)
{
    yk_force *f = obj;
    (void)cx;
    (void)n;
    (void)key;
    f->launchers = (int64_t)llround(yk_param_mean(&f->launchers_param));
    f->warheads_per_launcher = (int64_t)llround(yk_param_mean(&f->warheads_per_launcher_param));
}

static void sharing_hook(convert *cx, void *obj, const yk_ynode *n, const yk_ynode *key)
{
    yk_nuclear_sharing *s = obj;
    (void)cx;
    (void)n;
    (void)key;
    s->weapons = (int64_t)llround(yk_param_mean(&s->weapons_param));
}

/* A theatre's forces are keyed by the id of a state of the world. */
static void theatre_force_hook(convert *cx, void *obj, const yk_ynode *n,
                               const yk_ynode *key)
{
    yk_theatre_force *f = obj;
    (void)n;
    f->state = key ? state_ref(cx, key) : YK_NONE;
}

static void run_engines(convert *cx, yk_run_config *r, const yk_ynode *e)
{
    size_t i, old = path_push(cx, "engines", -1);
    if (e->kind != YK_YNODE_SEQ) {
        report(cx, e, YK_E_SCHEMA, "expected a list of engine names");
        path_pop(cx, old);
        return;
    }
    r->engines = yk_arena_alloc(cx->arena, (e->n + 1) * sizeof *r->engines);
    if (!r->engines) {
        report(cx, e, YK_E_NOMEM, "out of memory");
        path_pop(cx, old);
        return;
    }
    for (i = 0; i < e->n; i++) {
        const yk_ynode *name = e->items[i];
        size_t o2 = path_push(cx, NULL, (int)i);
        if (want_scalar(cx, name, "an engine name")) {
            const char *const *known = cx->opt ? cx->opt->engines : NULL;
            if (known) {
                size_t k, n = count_names(known);
                for (k = 0; k < n && strcmp(known[k], name->text); k++)
                    ;
                if (k == n) {
                    if (n)
                        report_choice(cx, name, "engine", known, n);
                    else
                        report(cx, name, YK_E_SCHEMA,
                               "unknown engine \"%s\": this version has no engines yet",
                               name->text);
                }
            }
            r->engines[r->n_engines++] = name->text;
        }
        path_pop(cx, o2);
    }
    path_pop(cx, old);
}

static void run_hook(convert *cx, void *obj, const yk_ynode *n,
                        const yk_ynode *key)
{
    yk_run_config *r = obj;
    const yk_ynode *e = n ? yk_ynode_get(n, "engines") : NULL;
    const yk_ynode *y = n ? yk_ynode_get(n, "years") : NULL;
    long long a, b;
    (void)key;
    r->year_from = cx->doc->world.year;
    r->year_to = cx->doc->world.year + 10;
    if (e)
        run_engines(cx, r, e);
    if (y) {
        size_t old = path_push(cx, "years", -1);
        if (y->kind != YK_YNODE_SEQ || y->n != 2 || !yk_scalar_int(y->items[0], &a) ||
            !yk_scalar_int(y->items[1], &b))
            report(cx, y, YK_E_SCHEMA, "expected [first, last] years");
        else if (a > b || a < 0 || b > 2200)
            report(cx, y, YK_E_RANGE, "years [%lld, %lld]: need first <= last, within 0..2200",
                   a, b);
        else {
            r->year_from = (int)a;
            r->year_to = (int)b;
        }
        path_pop(cx, old);
    }
}

/* The spec of engine/name among the caller's, or NULL; *engine_known
 * says whether the engine has any. */
static const yk_coefficient_spec *coefficient_spec(const yk_load_options *opt,
                                                   const char *engine,
                                                   const char *name,
                                                   int *engine_known)
{
    size_t i;
    *engine_known = 0;
    for (i = 0; i < opt->n_coefficients; i++) {
        const yk_coefficient_spec *c = &opt->coefficients[i];
        if (strcmp(c->engine, engine))
            continue;
        *engine_known = 1;
        if (!strcmp(c->name, name))
            return c;
    }
    return NULL;
}

/* Reports an unknown engine or coefficient name with the known ones. */
static void report_coefficient(convert *cx, const yk_ynode *k, const char *engine)
{
    const char *names[128];
    size_t i, n = 0;
    const char *what = engine ? "coefficient" : "engine";
    for (i = 0; i < cx->opt->n_coefficients && n < 128; i++) {
        const yk_coefficient_spec *c = &cx->opt->coefficients[i];
        const char *cand = engine ? c->name : c->engine;
        if (engine && strcmp(c->engine, engine))
            continue;
        if (n && !strcmp(names[n - 1], cand))
            continue;
        names[n++] = cand;
    }
    if (!n) {
        report(cx, k, YK_E_SCHEMA, "unknown engine \"%s\": no engine has coefficients",
               k->text);
        return;
    }
    report_choice(cx, k, what, names, n);
}

/* coefficients: {ENGINE: {NAME: value or distribution}}. Names and ranges
 * are checked against the caller's specs when it gives them. */
static void read_coefficients(convert *cx, yk_document *d, const yk_ynode *c)
{
    size_t i, j, total = 0, old = path_push(cx, "coefficients", -1);
    if (c->kind != YK_YNODE_MAP) {
        report(cx, c, YK_E_SCHEMA, "expected a mapping of engines to coefficients, got %s",
               describe(c));
        path_pop(cx, old);
        return;
    }
    for (i = 0; i < c->n; i++) {
        const yk_ynode *v = yk_ynode_value(c, i);
        total += v->kind == YK_YNODE_MAP ? v->n : 0;
    }
    d->coefficients = yk_arena_alloc(cx->arena, (total + 1) * sizeof *d->coefficients);
    if (!d->coefficients) {
        report(cx, c, YK_E_NOMEM, "out of memory");
        path_pop(cx, old);
        return;
    }
    for (i = 0; i < c->n; i++) {
        const yk_ynode *ek = yk_ynode_key(c, i), *ev = yk_ynode_value(c, i);
        size_t o2 = path_push(cx, ek->text, -1);
        int known = 1;
        if (cx->opt && cx->opt->coefficients) {
            coefficient_spec(cx->opt, ek->text, "", &known);
            if (!known)
                report_coefficient(cx, ek, NULL);
        }
        if (known && ev->kind != YK_YNODE_MAP)
            report(cx, ev, YK_E_SCHEMA, "expected a mapping of coefficient names to values, got %s",
                   describe(ev));
        for (j = 0; known && ev->kind == YK_YNODE_MAP && j < ev->n; j++) {
            const yk_ynode *nk = yk_ynode_key(ev, j);
            yk_field f = {.name = nk->text, .kind = YK_FIELD_PARAM, .lo = -1e9,
                          .hi = 1e9, .unit = ""};
            size_t o3 = path_push(cx, nk->text, -1);
            yk_coefficient *out;
            if (cx->opt && cx->opt->coefficients) {
                int ek_known;
                const yk_coefficient_spec *sp =
                    coefficient_spec(cx->opt, ek->text, nk->text, &ek_known);
                if (!sp) {
                    report_coefficient(cx, nk, ek->text);
                    path_pop(cx, o3);
                    continue;
                }
                f.lo = sp->lo;
                f.hi = sp->hi;
                f.def = sp->def;
                f.unit = sp->unit;
            }
            out = &d->coefficients[d->n_coefficients++];
            out->engine = ek->text;
            out->name = nk->text;
            convert_param(cx, &out->value, &f, yk_ynode_value(ev, j));
            path_pop(cx, o3);
        }
        path_pop(cx, o2);
    }
    path_pop(cx, old);
}

/* Crisis names key the crises (set: paths, output file names): the second
 * of two alike is an error at its name, pointing back at the first. */
static void check_crisis_names(convert *cx, const yk_world *w, const yk_ynode *n)
{
    const yk_ynode *list = yk_ynode_get(n, "crises");
    size_t i, j;
    if (!list || list->kind != YK_YNODE_SEQ || list->n != w->n_crises)
        return;
    for (i = 1; i < w->n_crises; i++) {
        for (j = 0; j < i; j++) {
            const yk_ynode *at, *first;
            size_t old;
            if (!w->crises[i].name || !w->crises[j].name ||
                strcmp(w->crises[i].name, w->crises[j].name))
                continue;
            at = yk_ynode_get(list->items[i], "name");
            first = yk_ynode_get(list->items[j], "name");
            at = at ? at : list->items[i];
            first = first ? first : list->items[j];
            old = path_push(cx, "crises", -1);
            path_push(cx, NULL, (int)i);
            path_push(cx, "name", -1);
            report(cx, at, YK_E_SCHEMA,
                   "duplicate crisis name \"%s\" (first at %s:%d:%d)",
                   w->crises[i].name, first->file ? first->file : "?",
                   first->line, first->col);
            path_pop(cx, old);
            break;
        }
    }
}

/* A crisis's theatre is a label unless the world has data for it; a label
 * one typo away from a theatre with data is taken for that typo (the
 * crisis would silently fall back to global spending), an error with the
 * suggestion. A label far from every theatre stays a label. */
static void check_crisis_theatres(convert *cx, const yk_world *w, const yk_ynode *n)
{
    const yk_ynode *list = yk_ynode_get(n, "crises");
    const char *ids[64];
    size_t i, k, n_ids = 0;
    if (!list || list->kind != YK_YNODE_SEQ || list->n != w->n_crises || !w->n_theatres)
        return;
    for (k = 0; k < w->n_theatres && n_ids < sizeof ids / sizeof ids[0]; k++)
        ids[n_ids++] = w->theatres[k].id;
    for (i = 0; i < w->n_crises; i++) {
        const char *t = w->crises[i].theatre, *hint;
        const yk_ynode *at;
        size_t old;
        if (!t || yk_world_theatre(w, t))
            continue;
        hint = yk_suggest(t, ids, n_ids);
        if (!hint)
            continue;
        at = yk_ynode_get(list->items[i], "theatre");
        old = path_push(cx, "crises", -1);
        path_push(cx, NULL, (int)i);
        path_push(cx, "theatre", -1);
        report(cx, at ? at : list->items[i], YK_E_REF,
               "no theatre \"%s\" in theatres: (did you mean \"%s\"? without theatre data "
               "the crisis would fall back to global spending)",
               t, hint);
        path_pop(cx, old);
    }
}

static void document_hook(convert *cx, void *obj, const yk_ynode *n,
                        const yk_ynode *key)
{
    yk_document *d = obj;
    const yk_ynode *s = yk_ynode_get(n, "sources");
    const yk_ynode *coefs = yk_ynode_get(n, "coefficients");
    size_t i, old;
    (void)key;
    check_crisis_names(cx, &d->world, n);
    check_crisis_theatres(cx, &d->world, n);
    if (coefs)
        read_coefficients(cx, d, coefs);
    if (!s)
        return;
    old = path_push(cx, "sources", -1);
    if (s->kind != YK_YNODE_MAP) {
        report(cx, s, YK_E_SCHEMA, "expected a mapping of source keys to citations");
        path_pop(cx, old);
        return;
    }
    d->world.sources = yk_arena_alloc(cx->arena, (s->n + 1) * sizeof *d->world.sources);
    if (!d->world.sources) {
        report(cx, s, YK_E_NOMEM, "out of memory");
        path_pop(cx, old);
        return;
    }
    for (i = 0; i < s->n; i++) {
        const yk_ynode *v = yk_ynode_value(s, i);
        size_t o2 = path_push(cx, yk_ynode_key(s, i)->text, -1);
        if (want_scalar(cx, v, "a citation")) {
            yk_source *src = &d->world.sources[d->world.n_sources++];
            src->key = yk_ynode_key(s, i)->text;
            src->citation = v->text;
        }
        path_pop(cx, o2);
    }
    path_pop(cx, old);
}

static const struct {
    const yk_schema *schema;
    hook_fn fn;
} hooks[] = {
    {&yk_schema_of_state, state_hook},
    {&yk_schema_of_alliance, alliance_hook},
    {&yk_schema_of_rivalry, rivalry_hook},
    {&yk_schema_of_event, event_hook},
    {&yk_schema_of_crisis, crisis_hook},
    {&yk_schema_of_run, run_hook},
    {&yk_schema_of_theatre_force, theatre_force_hook},
    {&yk_schema_of_force, force_hook},
    {&yk_schema_of_sharing, sharing_hook},
    {&yk_schema_of_document, document_hook},
};

static hook_fn hook_of(const yk_schema *s)
{
    size_t i;
    for (i = 0; i < sizeof hooks / sizeof hooks[0]; i++)
        if (hooks[i].schema == s)
            return hooks[i].fn;
    return NULL;
}

/* ---- structs ------------------------------------------------------------------------------ */

static void report_unknown_key(convert *cx, const yk_schema *s, const yk_ynode *k)
{
    const char *names[64];
    size_t i, n = 0;
    const char *hint;
    size_t old = path_push(cx, k->text, -1);
    for (i = 0; i < s->n_fields && n < 62; i++)
        names[n++] = s->fields[i].name;
    names[n++] = "source";
    names[n++] = "assumption";
    hint = yk_suggest(k->text, names, n);
    if (hint)
        report(cx, k, YK_E_SCHEMA, "unknown key \"%s\" (did you mean \"%s\"?)",
               k->text, hint);
    else
        report(cx, k, YK_E_SCHEMA, "unknown key \"%s\" in %s", k->text, s->name);
    path_pop(cx, old);
}

static void convert_struct(convert *cx, const yk_schema *s, void *obj,
                           const yk_ynode *n, const yk_ynode *key)
{
    const char *saved_source = cx->source, *saved_assumption = cx->assumption;
    const char *src, *asm_;
    size_t i;
    hook_fn hook = hook_of(s);

    for (i = 0; i < s->n_fields; i++)
        set_default(&s->fields[i], (char *)obj + s->fields[i].offset);
    yk_ynode empty;
    if (n && n->kind == YK_YNODE_SCALAR && n->plain && !n->len) {
        /* `key:` with nothing after it reads as an empty mapping. */
        empty = *n;
        empty.kind = YK_YNODE_MAP;
        empty.n = 0;
        n = &empty;
    }
    if (n && n->kind != YK_YNODE_MAP) {
        report(cx, n, YK_E_SCHEMA, "expected a mapping (%s), got %s", s->name,
               describe(n));
        return;
    }
    if (n && read_notes(cx, n, &src, &asm_)) {
        cx->source = src;
        cx->assumption = asm_;
    }
    if (n) {
        for (i = 0; i < n->n; i++) {
            const yk_ynode *k = yk_ynode_key(n, i);
            if (!yk_schema_field(s, k->text) && strcmp(k->text, "source") &&
                strcmp(k->text, "assumption"))
                report_unknown_key(cx, s, k);
        }
    }
    for (i = 0; i < s->n_fields; i++) {
        const yk_field *f = &s->fields[i];
        const yk_ynode *v = n ? yk_ynode_get(n, f->name) : NULL;
        size_t old;
        if (f->kind == YK_FIELD_META)
            continue;
        old = path_push(cx, f->name, -1);
        if (v)
            convert_field(cx, f, obj, v);
        else if (n && (f->flags & YK_FIELD_F_REQUIRED))
            report(cx, n, YK_E_SCHEMA, "missing required field \"%s\"", f->name);
        else if (f->kind == YK_FIELD_STRUCT)
            convert_struct(cx, f->sub, (char *)obj + f->offset, NULL, NULL);
        else if (f->kind == YK_FIELD_PARAM) {
            yk_param *p = (yk_param *)((char *)obj + f->offset);
            p->source = NULL;
            p->assumption = NULL;
        }
        path_pop(cx, old);
    }
    if (hook)
        hook(cx, obj, n, key);
    cx->source = saved_source;
    cx->assumption = saved_assumption;
}

yk_status yk_convert_document(yk_arena *arena, const yk_ynode *root,
                              const yk_load_options *opt, yk_document *doc,
                              yk_diag *diag)
{
    convert cx;
    memset(&cx, 0, sizeof cx);
    memset(doc, 0, sizeof *doc);
    cx.arena = arena;
    cx.diag = diag;
    cx.doc = doc;
    cx.opt = opt;
    cx.sources = yk_ynode_get(root, "sources");
    if (root->kind != YK_YNODE_MAP) {
        report(&cx, root, YK_E_SCHEMA, "a world or scenario file is a mapping, got %s",
               describe(root));
        return cx.first;
    }
    convert_struct(&cx, &yk_schema_of_document, doc, root, NULL);
    return cx.first;
}
