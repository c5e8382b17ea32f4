/*
 * tree.h - a YAML document as a tree of nodes that remember where they were
 * written (file, line, column), so every later error can point there.
 *
 * Scalars keep their text; typing (number, bool, string) is the schema's
 * job. Mapping keys are plain scalars, unique within their mapping.
 * Aliases are refused (a billion-laughs guard) and every input has limits.
 */
#ifndef YK_WORLD_TREE_H
#define YK_WORLD_TREE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/arena.h"
#include "yokushi/error.h"

typedef enum yk_node_kind {
    YK_NODE_SCALAR = 0,
    YK_NODE_SEQ,
    YK_NODE_MAP
} yk_node_kind;

typedef struct yk_node {
    yk_node_kind kind;
    int line;            /* 1-based */
    int col;             /* 1-based */
    const char *file;
    const char *text;    /* scalar text, NUL-terminated */
    size_t len;
    bool plain;          /* scalar written without quotes */
    struct yk_node **items; /* SEQ: n items; MAP: keys at 2i, values 2i+1 */
    size_t n;            /* items in a SEQ, pairs in a MAP */
} yk_node;

/* Input limits (curl's dynbuf habit): crossing one is a located error. */
#define YK_TREE_MAX_BYTES (16u * 1024u * 1024u)
#define YK_TREE_MAX_DEPTH 64
#define YK_TREE_MAX_NODES 2000000u
#define YK_TREE_MAX_ITEMS 200000u

/* Parse one YAML document. file is the name used in messages; it must
 * outlive the tree (it is not copied). An empty document gives an empty
 * mapping. Errors go to diag; returns the first error's status. */
yk_status yk_tree_parse(yk_arena *arena, const char *file, const char *bytes,
                        size_t len, yk_node **root, yk_diag *diag);

/* MAP lookup; NULL when absent or when map is not a MAP. */
yk_node *yk_node_get(const yk_node *map, const char *key);
yk_node *yk_node_key(const yk_node *map, size_t i);
yk_node *yk_node_value(const yk_node *map, size_t i);

/* New nodes for edits (set:, merges). */
yk_node *yk_node_new(yk_arena *a, yk_node_kind kind, const yk_node *where);
/* Sets key in map to value, replacing or appending; returns false on OOM. */
bool yk_node_put(yk_arena *a, yk_node *map, const char *key,
                 const yk_node *key_where, yk_node *value);
/* Appends an item to a SEQ; false on OOM. */
bool yk_node_append(yk_arena *a, yk_node *seq, yk_node *item);
/* A deep copy (for merges, so edits never alias another document). */
yk_node *yk_node_copy(yk_arena *a, const yk_node *n);

/* "a scalar", "a list", "a mapping" for messages. */
const char *yk_node_kind_name(yk_node_kind kind);

#endif
