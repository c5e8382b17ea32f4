/*
 * schema.h - the description of every field a world or scenario file may
 * hold: name, kind, unit, range, default and meaning.
 *
 * One table drives everything that touches fields: loading and validation,
 * `set:` paths, the canonical form behind the scenario's SHA-256, the
 * tables of `yokushi show`, and JSON/CSV output. A field added here is
 * loaded, validated, hashed and shown without another edit.
 */
#ifndef YOKUSHI_SCHEMA_H
#define YOKUSHI_SCHEMA_H

#include "export.h"
#include <stddef.h>

YK_BEGIN_DECLS

typedef enum yk_field_kind {
    YK_FIELD_PARAM = 0, /* yk_param: a number or a distribution */
    YK_FIELD_INT,       /* int64_t count (or int year, see flags) */
    YK_FIELD_BOOL,      /* bool */
    YK_FIELD_ENUM,      /* an int-sized enum written as a name */
    YK_FIELD_STRING,    /* const char * free text */
    YK_FIELD_STATE_REF, /* size_t index of a state, written as its id */
    YK_FIELD_STRUCT,    /* a nested mapping */
    YK_FIELD_LIST,      /* a sequence of structs: pointer + size_t count */
    YK_FIELD_MAP,       /* a mapping id -> struct: pointer + size_t count */
    YK_FIELD_META       /* read by the loader itself, not converted */
} yk_field_kind;

/* YK_FIELD_INT stores an int (years) rather than int64_t. */
#define YK_FIELD_F_INT32 1u
/* Must be present. */
#define YK_FIELD_F_REQUIRED 2u
/* A state reference that may be absent (YK_NONE). */
#define YK_FIELD_F_OPTIONAL_REF 4u
/* Not part of the model's inputs: left out of the SHA-256. */
#define YK_FIELD_F_LABEL 8u
/* A META mapping whose keys below it are free (read by a hook that checks
 * them): set: paths may name them, creating mappings on the way. */
#define YK_FIELD_F_FREE_MAP 16u
/* A PARAM that counts (launchers, warheads): a fixed value must be a whole
 * number; a distribution is drawn and then rounded to one. */
#define YK_FIELD_F_WHOLE 32u
/* A list the walk leaves out while it is empty (the canonical form and
 * `show` of files without it are those of before the field existed). */
#define YK_FIELD_F_OMIT_EMPTY 64u

struct yk_schema;

typedef struct yk_field {
    const char *name;
    yk_field_kind kind;
    size_t offset;          /* into the parent struct */
    size_t count_offset;    /* LIST/MAP: the size_t count */
    double lo, hi;          /* PARAM/INT: the range */
    double def;             /* PARAM/INT/BOOL/ENUM default when absent */
    const char *unit;       /* "kt", "m", "0..1", "USD bn" */
    const char *doc;        /* one sentence */
    const struct yk_schema *sub;      /* STRUCT/LIST/MAP element */
    const char *const *names;         /* ENUM: NULL-terminated */
    unsigned flags;
} yk_field;

typedef struct yk_schema {
    const char *name;       /* "state" */
    const char *doc;
    size_t size;            /* sizeof the struct */
    const yk_field *fields;
    size_t n_fields;
    size_t id_offset;       /* MAP element: char[YK_ID_MAX] id; else 0 */
    /* 1 when this is a MAP element keyed by id */
    int keyed;
} yk_schema;

/* ---- Walking an object with its schema ---------------------------------- */

struct yk_world;

/* Callbacks of yk_schema_walk. path is the dotted path of the node
 * ("states.JPN.nuclear.forces[0].yield_kt"); name is its last segment
 * (NULL for a list item, whose index is `index`). Return non-zero from any
 * callback to stop the walk. */
typedef struct yk_walker {
    /* A struct, list or map begins (kind YK_FIELD_STRUCT/LIST/MAP) ... */
    int (*open)(void *ctx, const char *path, const char *name, long index,
                yk_field_kind kind);
    /* ... and ends. */
    int (*close)(void *ctx, const char *path, yk_field_kind kind);
    /* A value field; slot points at its storage. */
    int (*leaf)(void *ctx, const char *path, const char *name,
                const yk_field *f, const void *slot);
    void *ctx;
    /* Skip fields flagged YK_FIELD_F_LABEL. */
    int skip_labels;
} yk_walker;

/* Walks obj (a struct of schema s) in schema order; prefix starts the
 * paths (may be ""). Returns what a callback returned, or 0. */
int yk_schema_walk(const yk_schema *s, const void *obj, const char *prefix,
                   const yk_walker *w);

/* A leaf's value as text: numbers with 17 significant digits when exact,
 * else %g; distributions as "uniform(0.4, 0.8)"; enums by name; state
 * references by id (world needed, may be NULL: the index is printed). */
int yk_field_format(const yk_field *f, const void *slot,
                    const struct yk_world *world, int exact, char *buf,
                    size_t size);

/* Schemas of single objects, for callers that walk one state or alliance. */
const yk_schema *yk_schema_state(void);
const yk_schema *yk_schema_alliance(void);
const yk_schema *yk_schema_rivalry(void);

/* The schema of a resolved world (struct yk_world). */
const yk_schema *yk_schema_world(void);

/* The schema of a whole world or scenario file. */
const yk_schema *yk_schema_document(void);

/* The field called name in s, or NULL. */
const yk_field *yk_schema_field(const yk_schema *s, const char *name);

YK_END_DECLS

#endif
