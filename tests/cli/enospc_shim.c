/*
 * enospc_shim.c - an LD_PRELOAD library for tests/cli/outputs.sh: a file
 * system that fills up. Writes to regular files succeed until
 * YK_FAIL_WRITE_AFTER bytes in all have been written, then come up short
 * and fail with ENOSPC, as on a full disk. Other descriptors (pipes,
 * terminals) are left alone. It sees what calls write(2) itself: the
 * program's output layer does (src/cli/atomic.c); stdio inside libc does
 * not go through this symbol.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

typedef ssize_t (*write_fn)(int, const void *, size_t);

static size_t written;

ssize_t write(int fd, const void *buf, size_t len)
{
    static write_fn real;
    const char *limit_text = getenv("YK_FAIL_WRITE_AFTER");
    struct stat st;
    if (!real)
        real = (write_fn)dlsym(RTLD_NEXT, "write");
    if (limit_text && fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        size_t limit = (size_t)strtoull(limit_text, NULL, 10);
        ssize_t n;
        if (written >= limit) {
            errno = ENOSPC;
            return -1;
        }
        if (len > limit - written)
            len = limit - written;
        n = real(fd, buf, len);
        if (n > 0)
            written += (size_t)n;
        return n;
    }
    return real(fd, buf, len);
}
