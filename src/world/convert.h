/*
 * convert.h - a resolved document tree to a yk_document, driven by the
 * schema tables, collecting every problem with its location.
 */
#ifndef YK_WORLD_CONVERT_H
#define YK_WORLD_CONVERT_H

#include "core/arena.h"
#include "world/document.h"
#include "world/tree.h"
#include "yokushi/error.h"

/* Converts root (a MAP) into doc, allocating from arena. opt may be NULL.
 * Returns YK_OK or the status of the first problem; every problem is in
 * diag. */
yk_status yk_convert_document(yk_arena *arena, const yk_ynode *root,
                              const yk_load_options *opt, yk_document *doc,
                              yk_diag *diag);

/* Parse helpers shared with the loader: a plain scalar as an integer or a
 * finite number; false when it is not one. */
int yk_scalar_int(const yk_ynode *n, long long *out);
int yk_scalar_number(const yk_ynode *n, double *out);

#endif
