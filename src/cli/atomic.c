/*
 * atomic.c - putting bytes in a file whole or not at all. The bytes go to
 * a new temporary file beside the target (same folder, so the same file
 * system), are forced to disk, and only then renamed over the target:
 * rename(2) replaces a name in one step, so a reader, a crash, a full
 * disk or a signal sees the old file or the new one, never a part.
 * A symlink at the target is replaced, not followed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/output.h"

int cli_write_all(int fd, const void *buf, size_t len)
{
    const char *p = buf;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue; /* a signal arrived; its handler only set a flag */
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

int cli_fd_above_stdio(int fd)
{
    int moved;
    /* With standard output closed (`>&-`), open() hands out 1: results
     * would then land in a file that standard output should have failed
     * on. Keep our files clear of 0, 1 and 2. */
    if (fd < 0 || fd > 2)
        return fd;
    moved = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    if (moved < 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    close(fd);
    return moved;
}

/* "DIR/.BASE.tmp-PID-N" for path "DIR/BASE" (or ".BASE..." without DIR):
 * hidden, in the target's folder, and unique to this process. */
static char *temp_name(const char *path, unsigned n)
{
    const char *slash = strrchr(path, '/');
    size_t dir_len = slash ? (size_t)(slash - path) + 1 : 0;
    const char *base = path + dir_len;
    size_t size = strlen(path) + 48;
    char *tmp = malloc(size);
    if (tmp)
        snprintf(tmp, size, "%.*s.%s.tmp-%ld-%u", (int)dir_len, path, base, (long)getpid(), n);
    return tmp;
}

/* Creates a new temporary file for path: its descriptor, with its name
 * in *tmp, or -1 with errno. O_EXCL never opens an existing file or
 * follows a link planted at the name; the mode is 0666 less the umask,
 * as fopen(path, "w") would give. */
static int create_temp(const char *path, char **tmp)
{
    unsigned n;
    for (n = 0; n < 100; n++) {
        int fd;
        *tmp = temp_name(path, n);
        if (!*tmp) {
            errno = ENOMEM;
            return -1;
        }
        fd = open(*tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            fd = cli_fd_above_stdio(fd);
            if (fd < 0) {
                int e = errno;
                unlink(*tmp);
                free(*tmp);
                *tmp = NULL;
                errno = e;
            }
            return fd;
        }
        free(*tmp);
        *tmp = NULL;
        if (errno != EEXIST)
            return -1;
    }
    errno = EEXIST;
    return -1;
}

int cli_stage_file(const char *path, const void *buf, size_t len, char **tmp)
{
    int fd = create_temp(path, tmp), e;
    if (fd < 0)
        return -1;
    /* fsync before the rename: after a crash the new name must not point
     * at data that never reached the disk. close() reports what a file
     * system (NFS) keeps for the end. */
    if (cli_write_all(fd, buf, len) == 0 && fsync(fd) == 0) {
        if (close(fd) == 0)
            return 0;
        e = errno;
    } else {
        e = errno;
        close(fd);
    }
    cli_unstage_file(tmp);
    errno = e;
    return -1;
}

void cli_unstage_file(char **tmp)
{
    if (*tmp)
        unlink(*tmp);
    free(*tmp);
    *tmp = NULL;
}

int cli_commit_file(char **tmp, const char *path)
{
    if (rename(*tmp, path) != 0) {
        int e = errno;
        cli_unstage_file(tmp);
        errno = e;
        return -1;
    }
    free(*tmp);
    *tmp = NULL;
    return 0;
}

void cli_sync_dir(const char *dir)
{
    /* Makes the renames themselves durable. Best effort: some file
     * systems refuse fsync on a folder, and the files are whole anyway. */
    int fd = open(dir, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        (void)fsync(fd);
        close(fd);
    }
}
