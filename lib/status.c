/* Status codes, their texts, and filling the caller's error detail. */
#include "stance_int.h"

#include <stdarg.h>
#include <stdio.h>

const char *stance_strerror(stance_status_t status)
{
    switch (status) {
    case STANCE_OK: return "success";
    case STANCE_E_NOMEM: return "out of memory";
    case STANCE_E_INVALID_ARG: return "invalid argument";
    case STANCE_E_BAD_UTF8: return "invalid UTF-8";
    case STANCE_E_BUFFER_TOO_SMALL: return "buffer too small";
    case STANCE_E_IO: return "input/output error";
    case STANCE_E_BAD_MAGIC: return "not a libstance model file";
    case STANCE_E_VERSION: return "unsupported model version";
    case STANCE_E_CORRUPT: return "corrupt model file";
    case STANCE_E_LANGUAGE: return "unknown stemmer language";
    case STANCE_E_LIMIT: return "input exceeds a limit";
    case STANCE_E_TRUNCATED: return "model file is truncated";
    case STANCE_E_CHECKSUM: return "model file checksum mismatch";
    case STANCE_E_LABEL: return "bad or unknown label";
    case STANCE_E_MISMATCH: return "models have different settings";
    case STANCE_E_EMPTY: return "nothing to work with";
    case STANCE_E_PARSE: return "malformed corpus input";
    case STANCE_E_NOT_FOUND: return "not found";
    }
    return "unknown status";
}

stance_status_t stance__fail(stance_error_t *err, stance_status_t status, uint64_t offset,
                             const char *fmt, ...)
{
    if (err) {
        err->status = status;
        err->offset = offset;
        err->line = 0;
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        if (n < 0)
            snprintf(err->msg, sizeof err->msg, "%s", stance_strerror(status));
    }
    return status;
}

void stance__ok(stance_error_t *err)
{
    if (err) {
        err->status = STANCE_OK;
        err->offset = STANCE_NO_OFFSET;
        err->line = 0;
        err->msg[0] = '\0';
    }
}

void stance__error_prefix(stance_error_t *err, const char *prefix)
{
    if (!err)
        return;
    char old[sizeof err->msg];
    memcpy(old, err->msg, sizeof old);
    old[sizeof old - 1] = '\0';
    /* a long prefix (a path) keeps its end, where the file's name is */
    size_t plen = strlen(prefix), pos = 0, cap = sizeof err->msg - 1;
    if (plen > 80) {
        prefix += plen - 77;
        while ((unsigned char)*prefix >= 0x80 && (unsigned char)*prefix < 0xC0)
            prefix++;
        plen = strlen(prefix);
        memcpy(err->msg, "...", 3);
        pos = 3;
    }
    memcpy(err->msg + pos, prefix, plen);
    pos += plen;
    memcpy(err->msg + pos, ": ", 2);
    pos += 2;
    size_t olen = strlen(old);
    if (olen > cap - pos)
        olen = cap - pos;
    memcpy(err->msg + pos, old, olen);
    err->msg[pos + olen] = '\0';
}

const char *stance__msg_path(const char *path, char buf[STANCE_MSG_PATH_BYTES])
{
    return stance__msg_path_fit(path, STANCE_MSG_PATH_BYTES - 1, buf);
}

const char *stance__msg_path_fit(const char *path, size_t room, char buf[STANCE_MSG_PATH_BYTES])
{
    if (!path)
        return "-";
    if (room > STANCE_MSG_PATH_BYTES - 1)
        room = STANCE_MSG_PATH_BYTES - 1;
    if (room < STANCE_MSG_PATH_LEAST)
        room = STANCE_MSG_PATH_LEAST;
    size_t n = strlen(path), keep = room - 3; /* after "..." */
    if (n <= room)
        return path;
    const char *tail = path + n - keep;
    while ((unsigned char)*tail >= 0x80 && (unsigned char)*tail < 0xC0) /* not mid-character */
        tail++;
    snprintf(buf, STANCE_MSG_PATH_BYTES, "...%s", tail);
    return buf;
}
