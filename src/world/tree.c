/*
 * tree.c - YAML text to a node tree, with libyaml's event parser.
 *
 * The parser is driven event by event with an explicit stack, so nesting
 * depth is bounded by YK_TREE_MAX_DEPTH rather than the C stack. libyaml's
 * marks are zero-based; nodes store them one-based, as people count.
 */
#include "world/tree.h"
#include "world/tree_index.h"

#include <string.h>
#include <yaml.h>

typedef struct tree_builder {
    yk_arena *arena;
    const char *file;
    yk_diag *diag;
    yk_ynode *stack[YK_TREE_MAX_DEPTH + 1];
    yk_ynode *key[YK_TREE_MAX_DEPTH + 1]; /* MAP: key awaiting its value */
    int depth;
    size_t nodes;
    yk_ynode *root;
} tree_builder;

const char *yk_ynode_kind_name(yk_ynode_kind kind)
{
    switch (kind) {
    case YK_YNODE_SCALAR: return "a scalar";
    case YK_YNODE_SEQ: return "a list";
    case YK_YNODE_MAP: return "a mapping";
    }
    return "a node";
}

yk_ynode *yk_ynode_new(yk_arena *a, yk_ynode_kind kind, const yk_ynode *where)
{
    yk_ynode *n = yk_arena_alloc(a, sizeof *n);
    if (!n)
        return NULL;
    n->kind = kind;
    n->text = "";
    if (where) {
        n->line = where->line;
        n->col = where->col;
        n->file = where->file;
    }
    return n;
}

static size_t slots(const yk_ynode *n)
{
    return n->kind == YK_YNODE_MAP ? 2 * n->n : n->n;
}

/* The room an items array of k slots has: the next power of two, at least
 * 4. Every items array is allocated with this room, so the node needs no
 * capacity field (nodes are most of a document's memory). */
static size_t room_for(size_t k)
{
    size_t c = 4;
    if (!k)
        return 0;
    while (c < k)
        c *= 2;
    return c;
}

/* Grow n's items to hold want slots. The room doubles, so appending k
 * items one by one copies O(k) pointers in all (it once grew by one:
 * 20,000 appended events cost 3.2 GB). Outgrown arrays stay in the arena
 * until it is freed; their sum stays under the final array's size. */
static bool grow(yk_arena *a, yk_ynode *n, size_t want)
{
    yk_ynode **items;
    size_t have = slots(n), room = room_for(have);
    if (want <= room)
        return true;
    room = room_for(want);
    items = yk_arena_alloc(a, room * sizeof *items);
    if (!items)
        return false;
    if (have)
        memcpy(items, n->items, have * sizeof *items);
    n->items = items;
    return true;
}

/* Appends a pair to a mapping and records its key in the index. */
static bool map_append(yk_arena *a, yk_ynode *map, yk_ynode *key, yk_ynode *value)
{
    if (!grow(a, map, 2 * map->n + 2))
        return false;
    map->items[2 * map->n] = key;
    map->items[2 * map->n + 1] = value;
    map->n++;
    return yk_ymap_index_note(a, map, map->n - 1);
}

bool yk_ynode_append(yk_arena *a, yk_ynode *seq, yk_ynode *item)
{
    if (!grow(a, seq, seq->n + 1))
        return false;
    seq->items[seq->n++] = item;
    return true;
}

yk_ynode *yk_ynode_get(const yk_ynode *map, const char *key)
{
    size_t i;
    if (!map || map->kind != YK_YNODE_MAP)
        return NULL;
    i = yk_ymap_find(map, key);
    return i == YK_YMAP_NONE ? NULL : map->items[2 * i + 1];
}

yk_ynode *yk_ynode_key(const yk_ynode *map, size_t i)
{
    return map->items[2 * i];
}

yk_ynode *yk_ynode_value(const yk_ynode *map, size_t i)
{
    return map->items[2 * i + 1];
}

bool yk_ynode_put(yk_arena *a, yk_ynode *map, const char *key,
                 const yk_ynode *key_where, yk_ynode *value)
{
    size_t i = yk_ymap_find(map, key);
    yk_ynode *k;
    if (i != YK_YMAP_NONE) {
        map->items[2 * i + 1] = value;
        return true;
    }
    k = yk_ynode_new(a, YK_YNODE_SCALAR, key_where);
    if (!k)
        return false;
    k->text = yk_arena_strdup(a, key);
    if (!k->text)
        return false;
    k->len = strlen(key);
    k->plain = true;
    return map_append(a, map, k, value);
}

yk_ynode *yk_ynode_copy(yk_arena *a, const yk_ynode *n)
{
    size_t i, k = slots(n);
    yk_ynode *c;
    /* Edits replace scalars, never change them, so copies share them: a
     * copy costs the lists and mappings only (a world is copied for each
     * year it is built at). */
    if (n->kind == YK_YNODE_SCALAR)
        return (yk_ynode *)n;
    c = yk_arena_alloc(a, sizeof *c);
    if (!c)
        return NULL;
    *c = *n;
    c->index = NULL;
    if (k) {
        c->items = yk_arena_alloc(a, room_for(k) * sizeof *c->items);
        if (!c->items)
            return NULL;
        for (i = 0; i < k; i++) {
            c->items[i] = yk_ynode_copy(a, n->items[i]);
            if (!c->items[i])
                return NULL;
        }
    }
    if (!yk_ymap_index_build(a, c))
        return NULL;
    return c;
}

static yk_status fail_at(tree_builder *b, yk_status st, int line, int col,
                         const char *msg)
{
    return yk_diag_add(b->diag, st, b->file, line, col, NULL, "%s", msg);
}

static yk_ynode *node_from_mark(tree_builder *b, yk_ynode_kind kind,
                               const yaml_mark_t *m)
{
    yk_ynode *n;
    if (++b->nodes > YK_TREE_MAX_NODES)
        return NULL;
    n = yk_arena_alloc(b->arena, sizeof *n);
    if (!n)
        return NULL;
    n->kind = kind;
    n->line = (int)m->line + 1;
    n->col = (int)m->column + 1;
    n->file = b->file;
    n->text = "";
    return n;
}

/* Why node_from_mark gave NULL: the node limit, or no memory. */
static yk_status node_failed(tree_builder *b, const yaml_mark_t *m)
{
    if (b->nodes > YK_TREE_MAX_NODES)
        return fail_at(b, YK_E_LIMIT, (int)m->line + 1, (int)m->column + 1,
                       "document too large");
    return fail_at(b, YK_E_NOMEM, (int)m->line + 1, (int)m->column + 1, "out of memory");
}

/* Attach a finished node to its parent (or make it the root). In a
 * mapping, nodes alternate: key, value. */
static yk_status attach(tree_builder *b, yk_ynode *n)
{
    yk_ynode *parent;
    int d = b->depth - 1;
    if (b->depth == 0) {
        b->root = n;
        return YK_OK;
    }
    parent = b->stack[d];
    if (parent->n >= YK_TREE_MAX_ITEMS)
        return fail_at(b, YK_E_LIMIT, n->line, n->col,
                       "too many entries in one list or mapping (limit 200000)");
    if (parent->kind == YK_YNODE_SEQ) {
        if (!grow(b->arena, parent, parent->n + 1))
            return fail_at(b, YK_E_NOMEM, n->line, n->col, "out of memory");
        parent->items[parent->n++] = n;
        return YK_OK;
    }
    if (!b->key[d]) {
        if (n->kind != YK_YNODE_SCALAR)
            return fail_at(b, YK_E_PARSE, n->line, n->col,
                           "a mapping key must be a plain name, not a list or mapping");
        if (yk_ynode_get(parent, n->text)) {
            yk_diag_add(b->diag, YK_E_REF, b->file, n->line, n->col, NULL,
                        "duplicate key \"%s\"", n->text);
            return YK_E_REF;
        }
        b->key[d] = n;
        return YK_OK;
    }
    if (!map_append(b->arena, parent, b->key[d], n))
        return fail_at(b, YK_E_NOMEM, n->line, n->col, "out of memory");
    b->key[d] = NULL;
    return YK_OK;
}

static yk_status push(tree_builder *b, yk_ynode *n)
{
    if (b->depth >= YK_TREE_MAX_DEPTH)
        return fail_at(b, YK_E_LIMIT, n->line, n->col,
                       "nested too deeply (limit 64 levels)");
    b->stack[b->depth] = n;
    b->key[b->depth] = NULL;
    b->depth++;
    return YK_OK;
}

static yk_status pop(tree_builder *b)
{
    yk_ynode *n = b->stack[--b->depth];
    return attach(b, n);
}

static yk_status on_event(tree_builder *b, const yaml_event_t *ev)
{
    yk_ynode *n;
    const yaml_mark_t *m = &ev->start_mark;
    switch (ev->type) {
    case YAML_ALIAS_EVENT:
        return fail_at(b, YK_E_PARSE, (int)m->line + 1, (int)m->column + 1,
                       "YAML aliases (*name) are not supported; write the value out");
    case YAML_SCALAR_EVENT:
        n = node_from_mark(b, YK_YNODE_SCALAR, m);
        if (!n)
            return node_failed(b, m);
        n->text = yk_arena_strndup(b->arena, (const char *)ev->data.scalar.value,
                                   ev->data.scalar.length);
        if (!n->text)
            return fail_at(b, YK_E_NOMEM, n->line, n->col, "out of memory");
        if (memchr(ev->data.scalar.value, '\0', ev->data.scalar.length))
            return fail_at(b, YK_E_PARSE, n->line, n->col,
                           "a value contains a NUL character");
        n->len = ev->data.scalar.length;
        n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        return attach(b, n);
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT:
        n = node_from_mark(b, ev->type == YAML_SEQUENCE_START_EVENT
                                  ? YK_YNODE_SEQ : YK_YNODE_MAP, m);
        if (!n)
            return node_failed(b, m);
        return push(b, n);
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
        return pop(b);
    default:
        return YK_OK;
    }
}

/* Line and column (zero-based, columns in bytes) of a byte offset. */
static yaml_mark_t mark_of_offset(const char *bytes, size_t len, size_t off)
{
    yaml_mark_t m = {0, 0, 0};
    size_t i;
    if (off > len)
        off = len;
    for (i = 0; i < off; i++) {
        if (bytes[i] == '\n') {
            m.line++;
            m.column = 0;
        } else {
            m.column++;
        }
    }
    m.index = off;
    return m;
}

yk_status yk_tree_yaml_error(yk_diag *diag, const char *file, int memory, int line, int col,
                             const char *problem, const char *context)
{
    if (memory)
        return yk_diag_add(diag, YK_E_NOMEM, file, 0, 0, NULL, "out of memory");
    return yk_diag_add(diag, YK_E_PARSE, file, line, col, NULL, "YAML: %s%s%s",
                       problem ? problem : "malformed input", context ? " " : "",
                       context ? context : "");
}

yk_status yk_tree_parse(yk_arena *arena, const char *file, const char *bytes,
                        size_t len, yk_ynode **root, yk_diag *diag,
                        const volatile int *stop)
{
    yaml_parser_t parser;
    yaml_event_t ev;
    tree_builder b;
    yk_status st = YK_OK;
    int documents = 0;

    *root = NULL;
    if (len > YK_TREE_MAX_BYTES)
        return yk_diag_add(diag, YK_E_LIMIT, file, 0, 0, NULL,
                           "file too large (%zu bytes; limit %u)", len,
                           YK_TREE_MAX_BYTES);
    memset(&b, 0, sizeof b);
    b.arena = arena;
    b.file = file;
    b.diag = diag;
    if (!yaml_parser_initialize(&parser))
        return yk_diag_add(diag, YK_E_NOMEM, file, 0, 0, NULL, "out of memory");
    yaml_parser_set_input_string(&parser, (const unsigned char *)bytes, len);
    for (;;) {
        if (stop && *stop) {
            st = yk_diag_add(diag, YK_E_INTERRUPTED, file, 0, 0, NULL, "interrupted");
            break;
        }
        if (!yaml_parser_parse(&parser, &ev)) {
            yaml_mark_t m = parser.problem_mark;
            /* Reader errors (bad UTF-8, control characters) leave the mark
             * at zero and give a byte offset instead. */
            if (parser.error == YAML_READER_ERROR)
                m = mark_of_offset(bytes, len, parser.problem_offset);
            st = yk_tree_yaml_error(diag, file, parser.error == YAML_MEMORY_ERROR,
                                    (int)m.line + 1, (int)m.column + 1, parser.problem,
                                    parser.context);
            break;
        }
        if (ev.type == YAML_DOCUMENT_START_EVENT && ++documents > 1) {
            st = fail_at(&b, YK_E_PARSE, (int)ev.start_mark.line + 1,
                         (int)ev.start_mark.column + 1,
                         "more than one YAML document in a file");
            yaml_event_delete(&ev);
            break;
        }
        if (ev.type == YAML_STREAM_END_EVENT) {
            yaml_event_delete(&ev);
            break;
        }
        st = on_event(&b, &ev);
        yaml_event_delete(&ev);
        if (st != YK_OK)
            break;
    }
    yaml_parser_delete(&parser);
    if (st != YK_OK)
        return st;
    if (!b.root) {
        yaml_mark_t m = {0, 0, 0};
        b.root = node_from_mark(&b, YK_YNODE_MAP, &m);
        if (!b.root)
            return yk_diag_add(diag, YK_E_NOMEM, file, 0, 0, NULL, "out of memory");
    }
    *root = b.root;
    return YK_OK;
}
