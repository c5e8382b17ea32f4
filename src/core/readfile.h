/*
 * readfile.h (internal) - a whole input file into memory, refusing what is
 * not a regular file.
 *
 * The loaders once took whatever fopen gave: `extends:` a FIFO blocked
 * forever, /dev/zero or a /proc file loaded as an empty base (ftell says
 * 0), a directory was "file too large (9223372036854775807 bytes)". Here a
 * FIFO is opened without blocking and refused, so are directories,
 * devices and sockets, and a file is read to its end rather than to the
 * size it reports.
 */
#ifndef YK_CORE_READFILE_H
#define YK_CORE_READFILE_H

#include <stddef.h>

#include "yokushi/error.h"

/* Reads the regular file at path into *bytes (yk_malloc'd, NUL-terminated
 * after *len bytes; free with yk_free). More than limit bytes is
 * YK_E_LIMIT. Errors (YK_E_IO, YK_E_LIMIT, YK_E_NOMEM) go to err, which
 * may be NULL, with err->file = path, no line, and a message that names
 * the path. */
yk_status yk_read_regular_file(const char *path, size_t limit, char **bytes,
                               size_t *len, yk_error *err);

#endif
