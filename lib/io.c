#define _POSIX_C_SOURCE 200809L
#include "io.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *stance__errno_text(int e, char *buf, size_t n)
{
    /* XSI strerror_r (we do not define _GNU_SOURCE), unlike strerror safe in threads. */
    if (strerror_r(e, buf, n) != 0)
        snprintf(buf, n, "error %d", e);
    return buf;
}

const char *stance__file_kind(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a file";
}

bool stance__write_all(int fd, const void *data, size_t n)
{
    const unsigned char *p = data;
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += w;
        n -= (size_t)w;
    }
    return true;
}

void stance__read_head(const char *path, unsigned char *head, size_t cap, uint64_t *size)
{
    *size = 0;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC); /* a FIFO: as below */
    if (fd < 0)
        return;
    struct stat sb;
    size_t got = 0;
    if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode)) {
        while (got < cap) {
            ssize_t r = read(fd, head + got, cap - got);
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0)
                break;
            got += (size_t)r;
        }
        if (got == cap || (uint64_t)got == (uint64_t)sb.st_size)
            *size = (uint64_t)sb.st_size;
    }
    close(fd);
}

stance_status_t stance__read_file(const stance_allocator_t *a, const char *path, size_t max,
                                  unsigned char **out, size_t *out_len, stance_error_t *err)
{
    char text[80], pb[STANCE_MSG_PATH_BYTES];
    *out = NULL;
    *out_len = 0;
    /* O_NONBLOCK: a FIFO with no writer would hold open() forever, and is refused below
     * anyway; reads of a regular file do not heed the flag */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET, "cannot open '%s': %s",
                            stance__msg_path(path, pb), stance__errno_text(errno, text, sizeof text));
    struct stat sb;
    stance_status_t st = STANCE_OK;
    unsigned char *buf = NULL;
    size_t got = 0;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        st = stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET, "'%s' is not a regular file",
                          stance__msg_path(path, pb));
    } else if ((uint64_t)sb.st_size > max) {
        st = stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET,
                          "'%s' is %lld bytes, over the limit of %zu", stance__msg_path(path, pb),
                          (long long)sb.st_size, max);
    } else if (!(buf = stance__malloc(a, (size_t)sb.st_size))) {
        st = stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    } else {
        while (got < (size_t)sb.st_size) {
            ssize_t r = read(fd, buf + got, (size_t)sb.st_size - got);
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0) {
                st = stance__fail(err, STANCE_E_IO, got, "cannot read '%s': %s",
                                  stance__msg_path(path, pb),
                                  r < 0 ? stance__errno_text(errno, text, sizeof text)
                                        : "the file shrank while being read");
                break;
            }
            got += (size_t)r;
        }
    }
    close(fd);
    if (st != STANCE_OK) {
        stance__free(a, buf);
        return st;
    }
    *out = buf;
    *out_len = got;
    return STANCE_OK;
}
