/* Saving a file so that nothing is lost: what the path names is looked at first (a device,
 * FIFO or folder is refused; a symbolic link is followed to the file it names), the bytes go
 * to a new temporary file beside that file (O_EXCL, mode 0600, so a name planted in advance
 * is never written through), are synced, get their final mode, and are renamed over it. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "io.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Room for a resolved path and the temporary suffix ".tmp.<pid>.<n>". */
#define SAVE_PATH_MAX 4096
#define TMP_SUFFIX_MAX 48
/* The longest file name (one path component) of Linux's file systems, and POSIX's NAME_MAX. */
#define NAME_MAX_BYTES 255

static stance_status_t io_fail(stance_error_t *err, const char *what, const char *path, int e)
{
    char text[80];
    char pb[STANCE_MSG_PATH_BYTES];
    return stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET, "%s '%s': %s", what,
                        stance__msg_path(path, pb), stance__errno_text(e, text, sizeof text));
}

static stance_status_t not_regular(stance_error_t *err, const char *path, mode_t mode)
{
    char pb[STANCE_MSG_PATH_BYTES];
    return stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET,
                        "'%s' exists and is not a regular file (%s): not replaced",
                        stance__msg_path(path, pb), stance__file_kind(mode));
}

/* The file to replace: `path` itself, or what a symbolic link at `path` resolves to. Sets
 * *exists and, when it does, *mode. */
static stance_status_t resolve_target(const char *path, char *target, bool *exists,
                                      mode_t *mode, stance_error_t *err)
{
    struct stat sb;
    char pb[STANCE_MSG_PATH_BYTES];
    *exists = false;
    if (lstat(path, &sb) != 0) {
        if (errno != ENOENT)
            return io_fail(err, "cannot look at", path, errno);
        snprintf(target, SAVE_PATH_MAX, "%s", path);
        return STANCE_OK;
    }
    if (S_ISLNK(sb.st_mode)) {
        char resolved[PATH_MAX];
        if (!realpath(path, resolved)) {
            if (errno == ENOENT)
                return stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET,
                                    "'%s' is a symbolic link to a file that does not exist: "
                                    "not followed",
                                    stance__msg_path(path, pb));
            return io_fail(err, "cannot follow the symbolic link", path, errno);
        }
        if (strlen(resolved) >= SAVE_PATH_MAX - TMP_SUFFIX_MAX)
            return stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET,
                                "'%s' resolves to a path that is too long",
                                stance__msg_path(path, pb));
        snprintf(target, SAVE_PATH_MAX, "%s", resolved);
        if (stat(target, &sb) != 0)
            return io_fail(err, "cannot look at", target, errno);
    } else {
        snprintf(target, SAVE_PATH_MAX, "%s", path);
    }
    if (!S_ISREG(sb.st_mode))
        return not_regular(err, path, sb.st_mode);
    *exists = true;
    *mode = sb.st_mode & 07777;
    return STANCE_OK;
}

/* The mode open(..., 0666) would give a new file: 0666 less the process's umask, read from
 * /proc (asking umask() would change it, for every thread, for a moment). */
static mode_t new_file_mode(void)
{
    mode_t mask = 022;
    FILE *fp = fopen("/proc/self/status", "r");
    if (fp) {
        char line[256];
        unsigned value;
        while (fgets(line, sizeof line, fp))
            if (sscanf(line, "Umask: %o", &value) == 1) {
                mask = (mode_t)value;
                break;
            }
        fclose(fp);
    }
    return 0666 & ~mask;
}

/* fsync the directory holding `path`, so the rename itself survives a crash. */
static void sync_parent(const char *path)
{
    char dir[SAVE_PATH_MAX];
    const char *slash = strrchr(path, '/');
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else
        snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
    int fd = open(dir, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        (void)fsync(fd); /* best effort: the data itself is already synced */
        close(fd);
    }
}

/* The folder the save writes its temporary file in exists, is a folder, and this process may
 * create files there; said before long work rather than by the save after it. A symbolic link
 * is the save's to judge (its target's folder is another). */
static stance_status_t folder_check(const char *path, stance_error_t *err)
{
    struct stat sb;
    const bool exists = lstat(path, &sb) == 0;
    if (exists && S_ISLNK(sb.st_mode))
        return STANCE_OK;
    char dir[SAVE_PATH_MAX], pb[STANCE_MSG_PATH_BYTES], text[80];
    const char *slash = strrchr(path, '/');
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else
        snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
    const bool found = stat(dir, &sb) == 0;
    if (!exists && !found && (errno == ENOENT || errno == ENOTDIR))
        return stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET,
                            "cannot write '%s': its folder does not exist",
                            stance__msg_path(path, pb));
    if (!exists && found && !S_ISDIR(sb.st_mode))
        return stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET,
                            "cannot write '%s': what holds it is not a folder",
                            stance__msg_path(path, pb));
    if (found && access(dir, W_OK | X_OK) != 0)
        return stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET,
                            "cannot write '%s': no new file can be made in its folder (%s)",
                            stance__msg_path(path, pb),
                            stance__errno_text(errno, text, sizeof text));
    return STANCE_OK;
}

/* The save's first steps, which the check takes too so that the two never disagree: the
 * path's length, then the file it names (resolve_target). */
static stance_status_t save_target(const char *path, char *target, bool *exists, mode_t *mode,
                                   stance_error_t *err)
{
    char pb[STANCE_MSG_PATH_BYTES];
    if (strlen(path) >= SAVE_PATH_MAX - TMP_SUFFIX_MAX)
        return stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET, "path '%s' is too long",
                            stance__msg_path(path, pb));
    return resolve_target(path, target, exists, mode, err);
}

stance_status_t stance__save_check_replaceable(const char *path, const char *magic,
                                              size_t magic_len, const char *what,
                                              stance_error_t *err)
{
    char pb[STANCE_MSG_PATH_BYTES], target[SAVE_PATH_MAX];
    struct stat sb;
    bool exists;
    mode_t mode;
    stance_status_t st = save_target(path, target, &exists, &mode, err);
    if (st != STANCE_OK) /* as the save would say, but before */
        return st;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        if (e == ENOENT)
            return folder_check(path, err); /* a new file: can its folder take it? */
        if (stat(path, &sb) != 0)
            return STANCE_OK; /* the save itself will say */
        /* a file there that cannot be read may be anything: the rename would replace it */
        char text[80];
        return stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET,
                            "'%s' exists but cannot be read (%s), so it cannot be told to be "
                            "%s: not replaced",
                            stance__msg_path(path, pb), stance__errno_text(e, text, sizeof text),
                            what);
    }
    unsigned char head[16];
    ssize_t got = 0;
    if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0)
        got = read(fd, head, magic_len < sizeof head ? magic_len : sizeof head);
    close(fd);
    if (got == 0 || (got > 0 && (size_t)got == magic_len && memcmp(head, magic, magic_len) == 0))
        return folder_check(path, err); /* its kind, replaceable: can a file be made beside? */
    return stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET,
                        "'%s' exists and is not %s: not replaced (remove it first to write "
                        "there)",
                        stance__msg_path(path, pb), what);
}

stance_status_t stance_save_file(const char *path, const void *data, size_t len,
                                 stance_error_t *err)
{
    if (!path || !*path || (!data && len))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "path is NULL or empty, or data is NULL");
    char target[SAVE_PATH_MAX], tmp[SAVE_PATH_MAX + TMP_SUFFIX_MAX];
    bool exists;
    mode_t mode = 0;
    stance_status_t st = save_target(path, target, &exists, &mode, err);
    if (st != STANCE_OK)
        return st;
    if (!exists)
        mode = new_file_mode();
    /* "<name>.tmp.<pid>.<n>" beside the target; when that would pass the longest file name
     * the folder allows, ".stance.tmp.<pid>.<n>" in the same folder */
    const char *slash = strrchr(target, '/');
    const size_t name_len = strlen(slash ? slash + 1 : target);
    const size_t dir_len = slash ? (size_t)(slash - target) + 1 : 0;
    const bool short_tmp = name_len + TMP_SUFFIX_MAX / 2 > NAME_MAX_BYTES;
    int fd = -1;
    for (unsigned attempt = 0; attempt < 10000 && fd < 0; attempt++) {
        if (short_tmp)
            snprintf(tmp, sizeof tmp, "%.*s.stance.tmp.%ld.%u", (int)dir_len, target,
                     (long)getpid(), attempt);
        else
            snprintf(tmp, sizeof tmp, "%s.tmp.%ld.%u", target, (long)getpid(), attempt);
        fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        return io_fail(err, "cannot create a temporary file beside", target, errno);
    int e = 0;
    const char *what = NULL;
    if (!stance__write_all(fd, data, len))
        e = errno, what = "cannot write";
    else if (fchmod(fd, mode) != 0)
        e = errno, what = "cannot set the permissions of";
    else if (fsync(fd) != 0)
        e = errno, what = "cannot sync";
    if (close(fd) != 0 && !what)
        e = errno, what = "cannot close";
    /* Look once more just before the rename: a target turned into a FIFO or folder meanwhile
     * is still refused (a narrower window than none). */
    struct stat sb;
    if (!what && lstat(target, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        unlink(tmp);
        return not_regular(err, path, sb.st_mode);
    }
    if (!what && rename(tmp, target) != 0)
        e = errno, what = "cannot rename the temporary file to";
    if (what) {
        unlink(tmp);
        return io_fail(err, what, path, e);
    }
    sync_parent(target);
    stance__ok(err);
    return STANCE_OK;
}
