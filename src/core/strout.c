/*
 * strout.c - writers' output as strings (strout.h).
 */
#include "core/strout.h"

#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"

yk_status yk_stream_to_string(yk_stream_writer write, const void *ud,
                              char **out, size_t *len)
{
    char *buf = NULL;
    size_t size = 0;
    yk_status st;
    FILE *f;

    *out = NULL;
    if (len)
        *len = 0;
    /* A memory stream is the one way to reuse the FILE writers; its
     * buffer comes from the C library, so the text is copied into one
     * from yk_malloc (the caller frees it with yk_free) and the stream's
     * own buffer goes back with free(). */
    f = open_memstream(&buf, &size);
    if (!f)
        return YK_E_NOMEM;
    st = write(ud, f);
    if (fclose(f) && !st)
        st = YK_E_IO;
    if (!st) {
        *out = yk_malloc(size + 1);
        if (!*out) {
            st = YK_E_NOMEM;
        } else {
            memcpy(*out, buf, size);
            (*out)[size] = '\0';
            if (len)
                *len = size;
        }
    }
    free(buf);
    return st;
}
