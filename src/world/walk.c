/*
 * walk.c - visiting every field of an object in schema order, and
 * printing one field's value. The canonical form, `show` and the JSON and
 * CSV writers all stand on this walk.
 */
#include <stdio.h>
#include <string.h>

#include "core/numtext.h"
#include "world/document.h"

static int walk_struct(const yk_schema *s, const void *obj, char *path,
                       size_t cap, const yk_walker *w);

static size_t path_add(char *path, size_t cap, const char *name, long index)
{
    size_t len = strlen(path);
    if (name)
        snprintf(path + len, cap - len, "%s%s", len ? "." : "", name);
    else
        snprintf(path + len, cap - len, "[%ld]", index);
    return len;
}

static int walk_field(const yk_field *f, const void *obj, char *path,
                      size_t cap, const yk_walker *w)
{
    const char *slot = (const char *)obj + f->offset;
    size_t mark = path_add(path, cap, f->name, 0);
    int rc = 0;

    if (f->kind == YK_FIELD_STRUCT) {
        if (w->open && (rc = w->open(w->ctx, path, f->name, 0, YK_FIELD_STRUCT)))
            goto done;
        if ((rc = walk_struct(f->sub, slot, path, cap, w)))
            goto done;
        if (w->close)
            rc = w->close(w->ctx, path, YK_FIELD_STRUCT);
    } else if (f->kind == YK_FIELD_LIST || f->kind == YK_FIELD_MAP) {
        const char *items = *(const char *const *)slot;
        size_t n = *(const size_t *)((const char *)obj + f->count_offset), i;
        if (!n && (f->flags & YK_FIELD_F_OMIT_EMPTY))
            goto done;
        if (w->open && (rc = w->open(w->ctx, path, f->name, 0, f->kind)))
            goto done;
        for (i = 0; i < n; i++) {
            const char *el = items + i * f->sub->size;
            const char *id = f->kind == YK_FIELD_MAP ? el + f->sub->id_offset : NULL;
            size_t m2 = path_add(path, cap, id, (long)i);
            if (w->open && (rc = w->open(w->ctx, path, id, (long)i, YK_FIELD_STRUCT)))
                goto done;
            if ((rc = walk_struct(f->sub, el, path, cap, w)))
                goto done;
            if (w->close && (rc = w->close(w->ctx, path, YK_FIELD_STRUCT)))
                goto done;
            path[m2] = '\0';
        }
        if (w->close)
            rc = w->close(w->ctx, path, f->kind);
    } else if (f->kind != YK_FIELD_META && w->leaf) {
        rc = w->leaf(w->ctx, path, f->name, f, slot);
    }
done:
    path[mark] = '\0';
    return rc;
}

static int walk_struct(const yk_schema *s, const void *obj, char *path,
                       size_t cap, const yk_walker *w)
{
    size_t i;
    for (i = 0; i < s->n_fields; i++) {
        const yk_field *f = &s->fields[i];
        int rc;
        if (w->skip_labels && (f->flags & YK_FIELD_F_LABEL))
            continue;
        rc = walk_field(f, obj, path, cap, w);
        if (rc)
            return rc;
    }
    return 0;
}

int yk_schema_walk(const yk_schema *s, const void *obj, const char *prefix,
                   const yk_walker *w)
{
    char path[YK_ERROR_PATH_MAX];
    snprintf(path, sizeof path, "%s", prefix ? prefix : "");
    return walk_struct(s, obj, path, sizeof path, w);
}

static int fmt_number(double v, int exact, char *buf, size_t size)
{
    if (exact)
        return yk_snprintf_c(buf, size, "%.17g", v);
    return yk_snprintf_c(buf, size, "%g", v);
}

int yk_field_format(const yk_field *f, const void *slot,
                    const struct yk_world *world, int exact, char *buf,
                    size_t size)
{
    char a[40], b[40], c[40];
    switch (f->kind) {
    case YK_FIELD_PARAM: {
        const yk_param *p = slot;
        fmt_number(p->a, exact, a, sizeof a);
        fmt_number(p->b, exact, b, sizeof b);
        fmt_number(p->c, exact, c, sizeof c);
        switch (p->kind) {
        case YK_DIST_UNIFORM:
            return snprintf(buf, size, "uniform(%s, %s)", a, b);
        case YK_DIST_TRIANGULAR:
            return snprintf(buf, size, "triangular(%s, %s, %s)", a, b, c);
        case YK_DIST_BETA:
            return snprintf(buf, size, "beta(%s, %s)", a, b);
        case YK_DIST_NORMAL:
            return snprintf(buf, size, "normal(%s, %s)", a, b);
        default:
            return fmt_number(p->value, exact, buf, size);
        }
    }
    case YK_FIELD_INT:
        if (f->flags & YK_FIELD_F_INT32)
            return snprintf(buf, size, "%d", *(const int *)slot);
        return snprintf(buf, size, "%lld", (long long)*(const int64_t *)slot);
    case YK_FIELD_BOOL:
        return snprintf(buf, size, "%s", *(const bool *)slot ? "true" : "false");
    case YK_FIELD_ENUM: {
        int v = *(const int *)slot, i;
        for (i = 0; f->names[i]; i++)
            if (i == v)
                return snprintf(buf, size, "%s", f->names[i]);
        return snprintf(buf, size, "%d", v);
    }
    case YK_FIELD_STRING: {
        const char *s = *(const char *const *)slot;
        return snprintf(buf, size, "%s", s ? s : "");
    }
    case YK_FIELD_STATE_REF: {
        size_t i = *(const size_t *)slot;
        if (i == YK_NONE)
            return snprintf(buf, size, "%s", "");
        if (world && i < world->n_states)
            return snprintf(buf, size, "%s", world->states[i].id);
        return snprintf(buf, size, "#%zu", i);
    }
    default:
        if (size)
            buf[0] = '\0';
        return 0;
    }
}

const yk_schema *yk_schema_state(void)
{
    return &yk_schema_of_state;
}

const yk_schema *yk_schema_alliance(void)
{
    return &yk_schema_of_alliance;
}

const yk_schema *yk_schema_rivalry(void)
{
    return &yk_schema_of_rivalry;
}
