/*
 * readfile.c - open without blocking, check the kind with fstat, read to
 * the end in doubling chunks.
 */
/* open (with O_CLOEXEC), fstat and read are POSIX 2008. */
#define _XOPEN_SOURCE 700

#include "core/readfile.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/alloc.h"

#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif

/* What a non-regular file is, in words. */
static const char *kind_of(mode_t m)
{
    if (S_ISDIR(m))
        return "a directory";
    if (S_ISFIFO(m))
        return "a FIFO";
    if (S_ISCHR(m))
        return "a character device";
    if (S_ISBLK(m))
        return "a block device";
    if (S_ISSOCK(m))
        return "a socket";
    return "of another kind";
}

/* Reads fd to its end; the caller closes fd. */
static yk_status read_all(int fd, const char *path, size_t limit, size_t hint,
                          char **bytes, size_t *len, yk_error *err)
{
    size_t cap = hint < 65536 ? 65536 : hint + 1, n = 0;
    char *buf = NULL;
    for (;;) {
        ssize_t got;
        if (n == cap || !buf) {
            char *b;
            if (buf)
                cap *= 2;
            b = yk_realloc(buf, cap + 1);
            if (!b) {
                yk_free(buf);
                return yk_error_set(err, YK_E_NOMEM, path, 0, 0, NULL, "out of memory");
            }
            buf = b;
        }
        got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            int e = errno;
            yk_free(buf);
            return yk_error_set(err, YK_E_IO, path, 0, 0, NULL, "cannot read \"%s\": %s",
                                path, strerror(e));
        }
        if (got == 0)
            break;
        n += (size_t)got;
        if (n > limit) {
            yk_free(buf);
            return yk_error_set(err, YK_E_LIMIT, path, 0, 0, NULL,
                                "file too large (more than %zu bytes; limit %zu)", limit,
                                limit);
        }
    }
    buf[n] = '\0';
    *bytes = buf;
    *len = n;
    return YK_OK;
}

yk_status yk_read_regular_file(const char *path, size_t limit, char **bytes,
                               size_t *len, yk_error *err)
{
    struct stat sb;
    yk_status st;
    /* O_NONBLOCK: opening a FIFO that no one writes to returns at once. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    *bytes = NULL;
    *len = 0;
    if (fd < 0)
        return yk_error_set(err, YK_E_IO, path, 0, 0, NULL, "cannot open \"%s\": %s", path,
                            strerror(errno));
    if (fstat(fd, &sb) != 0) {
        int e = errno;
        close(fd);
        return yk_error_set(err, YK_E_IO, path, 0, 0, NULL, "cannot read \"%s\": %s", path,
                            strerror(e));
    }
    if (!S_ISREG(sb.st_mode)) {
        close(fd);
        return yk_error_set(err, YK_E_IO, path, 0, 0, NULL, "\"%s\" is %s, not a regular file",
                            path, kind_of(sb.st_mode));
    }
    if (sb.st_size > 0 && (unsigned long long)sb.st_size > limit) {
        close(fd);
        return yk_error_set(err, YK_E_LIMIT, path, 0, 0, NULL,
                            "file too large (%lld bytes; limit %zu)", (long long)sb.st_size,
                            limit);
    }
    st = read_all(fd, path, limit, sb.st_size > 0 ? (size_t)sb.st_size : 0, bytes, len, err);
    close(fd);
    return st;
}
