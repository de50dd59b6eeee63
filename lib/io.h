/* File helpers shared by the model reader and writer (POSIX). */
#ifndef STANCE_IO_H
#define STANCE_IO_H

#include "stance_int.h"

#include <sys/types.h>

/* Thread-safe text for errno value e, written into buf. */
const char *stance__errno_text(int e, char *buf, size_t n);
/* The first `cap` bytes of the regular file at `path` into head, and its size into *size;
 * *size is 0 when the file cannot be opened or read that far, or is no regular file (then
 * stance__read_file() says why). */
void stance__read_head(const char *path, unsigned char *head, size_t cap, uint64_t *size);
/* Reads a whole regular file of at most `max` bytes into a new buffer (free with the same
 * allocator). Errors name the path. */
stance_status_t stance__read_file(const stance_allocator_t *a, const char *path, size_t max,
                                  unsigned char **out, size_t *out_len, stance_error_t *err);
/* What a path that is not a regular file is, for messages: "a folder", "a FIFO", ... */
const char *stance__file_kind(mode_t mode);
/* STANCE_OK when saving to `path` may replace what is there: nothing, an empty file, or a file
 * that begins with `magic` (a file of other bytes, such as the corpus a model came from, is
 * refused with a message saying that it is not `what`), and so is a file that cannot be read,
 * which might be anything. */
stance_status_t stance__save_check_replaceable(const char *path, const char *magic,
                                              size_t magic_len, const char *what,
                                              stance_error_t *err);
/* Writes all n bytes, retrying on EINTR and short writes. */
bool stance__write_all(int fd, const void *p, size_t n);

#endif
