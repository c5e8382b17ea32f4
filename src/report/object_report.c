/*
 * object_report.c - every field of one object (a state, an alliance, the
 * whole world) with its value, unit and provenance, by walking its
 * schema: text table, nested JSON, or flat CSV rows.
 */
#include <string.h>

#include "yokushi/report.h"

typedef struct object_ctx {
    FILE *out;
    yk_format fmt;
    const yk_world *world;
    yk_json json;
    size_t prefix_len;
} object_ctx;

static const char *provenance(const yk_field *f, const void *slot, char *buf,
                              size_t size)
{
    const yk_param *p = slot;
    if (size)
        buf[0] = '\0';
    if (f->kind != YK_FIELD_PARAM)
        return buf;
    if (p->source && p->assumption)
        snprintf(buf, size, "source %s; assumption: %s", p->source, p->assumption);
    else if (p->source)
        snprintf(buf, size, "source %s", p->source);
    else if (p->assumption)
        snprintf(buf, size, "assumption: %s", p->assumption);
    else
        snprintf(buf, size, "-");
    return buf;
}

static int obj_open(void *vctx, const char *path, const char *name, long index,
                    yk_field_kind kind)
{
    object_ctx *c = vctx;
    (void)path;
    (void)index;
    if (c->fmt != YK_FORMAT_JSON)
        return 0;
    if (kind == YK_FIELD_LIST)
        yk_json_array_begin(&c->json, name);
    else
        yk_json_object_begin(&c->json, kind == YK_FIELD_MAP ? name : name);
    return 0;
}

static int obj_close(void *vctx, const char *path, yk_field_kind kind)
{
    object_ctx *c = vctx;
    (void)path;
    if (c->fmt != YK_FORMAT_JSON)
        return 0;
    if (kind == YK_FIELD_LIST)
        yk_json_array_end(&c->json);
    else
        yk_json_object_end(&c->json);
    return 0;
}

static void json_leaf(object_ctx *c, const char *name, const yk_field *f,
                      const void *slot)
{
    char buf[256];
    switch (f->kind) {
    case YK_FIELD_PARAM: {
        const yk_param *p = slot;
        if (!yk_param_is_uncertain(p) && !p->source && !p->assumption) {
            yk_json_number(&c->json, name, p->value);
            return;
        }
        yk_json_object_begin(&c->json, name);
        yk_json_number(&c->json, "mean", yk_param_mean(p));
        if (yk_param_is_uncertain(p)) {
            yk_field_format(f, slot, c->world, 0, buf, sizeof buf);
            yk_json_string(&c->json, "distribution", buf);
        }
        if (p->source)
            yk_json_string(&c->json, "source", p->source);
        if (p->assumption)
            yk_json_string(&c->json, "assumption", p->assumption);
        yk_json_object_end(&c->json);
        return;
    }
    case YK_FIELD_INT:
        if (f->flags & YK_FIELD_F_INT32)
            yk_json_int(&c->json, name, *(const int *)slot);
        else
            yk_json_int(&c->json, name, *(const int64_t *)slot);
        return;
    case YK_FIELD_BOOL:
        yk_json_bool(&c->json, name, *(const bool *)slot);
        return;
    case YK_FIELD_STRING:
        if (*(const char *const *)slot)
            yk_json_string(&c->json, name, *(const char *const *)slot);
        else
            yk_json_null(&c->json, name);
        return;
    case YK_FIELD_STATE_REF:
        if (*(const size_t *)slot == YK_NONE) {
            yk_json_null(&c->json, name);
            return;
        }
        /* fall through */
    default:
        yk_field_format(f, slot, c->world, 0, buf, sizeof buf);
        yk_json_string(&c->json, name, buf);
    }
}

static int obj_leaf(void *vctx, const char *path, const char *name,
                    const yk_field *f, const void *slot)
{
    object_ctx *c = vctx;
    char value[256], prov[640];
    const char *rel = path + (strlen(path) > c->prefix_len ? c->prefix_len : 0);
    if (*rel == '.')
        rel++;
    if (c->fmt == YK_FORMAT_JSON) {
        json_leaf(c, name, f, slot);
        return 0;
    }
    yk_field_format(f, slot, c->world, 0, value, sizeof value);
    provenance(f, slot, prov, sizeof prov);
    if (c->fmt == YK_FORMAT_CSV) {
        yk_csv_field(c->out, path, false);
        yk_csv_field(c->out, value, false);
        yk_csv_field(c->out, f->unit, false);
        yk_csv_field(c->out, prov, true);
        return 0;
    }
    fprintf(c->out, "  %-40s %-28s %-10s %s\n", rel, value, f->unit ? f->unit : "", prov);
    return 0;
}

yk_status yk_report_object(FILE *out, yk_format fmt, const yk_schema *schema,
                      const void *obj, const char *prefix, const yk_world *w,
                      const yk_run_meta *meta)
{
    object_ctx c;
    yk_walker walker;
    memset(&c, 0, sizeof c);
    memset(&walker, 0, sizeof walker);
    c.out = out;
    c.fmt = fmt;
    c.world = w;
    c.prefix_len = strlen(prefix);
    walker.open = obj_open;
    walker.close = obj_close;
    walker.leaf = obj_leaf;
    walker.ctx = &c;
    if (fmt == YK_FORMAT_JSON) {
        yk_json_init(&c.json, out);
        yk_report_envelope_begin(&c.json, meta);
        yk_json_object_begin(&c.json, prefix[0] ? prefix : "world");
        yk_schema_walk(schema, obj, prefix, &walker);
        yk_json_object_end(&c.json);
        yk_json_object_end(&c.json);
        yk_json_object_end(&c.json);
        return yk_json_finish(&c.json);
    }
    if (fmt == YK_FORMAT_CSV) {
        fputs("path,value,unit,provenance\n", out);
        yk_schema_walk(schema, obj, prefix, &walker);
        return yk_report_flush(out);
    }
    fprintf(out, "%s (%s %s, sha256 %.16s...)\n", prefix[0] ? prefix : "world",
            meta->kind, meta->scenario, meta->sha256);
    fprintf(out, "  %-40s %-28s %-10s %s\n", "field", "value", "unit", "provenance");
    yk_schema_walk(schema, obj, prefix, &walker);
    return yk_report_flush(out);
}
