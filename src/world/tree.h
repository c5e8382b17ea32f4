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

typedef enum yk_ynode_kind {
    YK_YNODE_SCALAR = 0,
    YK_YNODE_SEQ,
    YK_YNODE_MAP
} yk_ynode_kind;

typedef struct yk_ynode {
    yk_ynode_kind kind;
    int line;            /* 1-based */
    int col;             /* 1-based */
    bool plain;          /* scalar written without quotes */
    const char *file;
    const char *text;    /* scalar text, NUL-terminated */
    size_t len;
    struct yk_ynode **items; /* SEQ: n items; MAP: keys at 2i, values 2i+1;
                              * room for a power of two of them, at least 4,
                              * so appends copy O(n) in all (tree.c) */
    size_t n;            /* items in a SEQ, pairs in a MAP */
    struct yk_ymap_index *index; /* MAP: its keys by hash (tree_index.h) */
} yk_ynode;

typedef struct yk_ymap_index yk_ymap_index;

/* Input limits (curl's dynbuf habit): crossing one is a located error. */
#define YK_TREE_MAX_BYTES (16u * 1024u * 1024u)
#define YK_TREE_MAX_DEPTH 64
#define YK_TREE_MAX_NODES 2000000u
#define YK_TREE_MAX_ITEMS 200000u

/* Parse one YAML document. file is the name used in messages; it must
 * outlive the tree (it is not copied). An empty document gives an empty
 * mapping. Errors go to diag; returns the first error's status. stop, when
 * not NULL, is polled at each YAML event: non-zero ends the parse with
 * YK_E_INTERRUPTED. */
yk_status yk_tree_parse(yk_arena *arena, const char *file, const char *bytes,
                        size_t len, yk_ynode **root, yk_diag *diag,
                        const volatile int *stop);

/* The problem libyaml's parser reported, added to diag: "YAML: problem
 * context" at (line, col), 1-based, as YK_E_PARSE; but when libyaml ran
 * out of memory (memory non-zero: its error was YAML_MEMORY_ERROR, which
 * comes with no problem text) YK_E_NOMEM "out of memory", so a lack of
 * memory is never reported as malformed input. */
yk_status yk_tree_yaml_error(yk_diag *diag, const char *file, int memory, int line, int col,
                             const char *problem, const char *context);

/* MAP lookup; NULL when absent or when map is not a MAP. */
yk_ynode *yk_ynode_get(const yk_ynode *map, const char *key);
yk_ynode *yk_ynode_key(const yk_ynode *map, size_t i);
yk_ynode *yk_ynode_value(const yk_ynode *map, size_t i);

/* New nodes for edits (set:, merges). */
yk_ynode *yk_ynode_new(yk_arena *a, yk_ynode_kind kind, const yk_ynode *where);
/* Sets key in map to value, replacing or appending; returns false on OOM. */
bool yk_ynode_put(yk_arena *a, yk_ynode *map, const char *key,
                 const yk_ynode *key_where, yk_ynode *value);
/* Appends an item to a SEQ; false on OOM. */
bool yk_ynode_append(yk_arena *a, yk_ynode *seq, yk_ynode *item);
/* A deep copy of the lists and mappings, so edits never alias another
 * document; scalars, which are never edited in place, are shared. */
yk_ynode *yk_ynode_copy(yk_arena *a, const yk_ynode *n);

/* "a scalar", "a list", "a mapping" for messages. */
const char *yk_ynode_kind_name(yk_ynode_kind kind);

#endif
