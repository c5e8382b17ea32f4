/*
 * document.h - one resolved world or scenario file in memory: what the
 * top-level schema converts into.
 */
#ifndef YK_WORLD_DOCUMENT_H
#define YK_WORLD_DOCUMENT_H

#include "yokushi/scenario.h"
#include "yokushi/schema.h"
#include "yokushi/world.h"

typedef struct yk_document {
    const char *description;
    int64_t seed;
    yk_world world;
    yk_run_config run;
    yk_coefficient *coefficients; /* the `coefficients:` section */
    size_t n_coefficients;
} yk_document;

/* Element schemas, for code that walks one kind of object. */
extern const yk_schema yk_schema_of_document;
extern const yk_schema yk_schema_of_state;
extern const yk_schema yk_schema_of_force;
extern const yk_schema yk_schema_of_alliance;
extern const yk_schema yk_schema_of_rivalry;
extern const yk_schema yk_schema_of_event;
extern const yk_schema yk_schema_of_crisis;
extern const yk_schema yk_schema_of_run;
extern const yk_schema yk_schema_of_theatre;
extern const yk_schema yk_schema_of_theatre_force;
extern const yk_schema yk_schema_of_sharing;
extern const yk_schema yk_schema_of_rung;

#endif
