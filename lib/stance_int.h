/* Private declarations shared by every room of lib/: allocation, errors, byte buffers.
 * Cross-file private symbols are prefixed stance__ so static links cannot collide. */
#ifndef STANCE_INT_H
#define STANCE_INT_H

#include "stance.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__GNUC__)
#define STANCE_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#define STANCE_LIKELY(x) __builtin_expect(!!(x), 1)
#define STANCE_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define STANCE_ALWAYS_INLINE inline __attribute__((always_inline))
/* a request to bring p's cache line near, so that independent misses overlap */
#define STANCE_PREFETCH(p) __builtin_prefetch(p)
#else
#define STANCE_PRINTF(fmt, args)
#define STANCE_LIKELY(x) (x)
#define STANCE_UNLIKELY(x) (x)
#define STANCE_ALWAYS_INLINE inline
#define STANCE_PREFETCH(p) ((void)(p))
#endif

/* ASCII's upper-case letters in lower case, every other byte as it is (UTF-8 stays intact). */
static inline unsigned char stance__ascii_lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* ---- allocation (alloc.c) ---------------------------------------------------------------
 * Every allocation goes through the object's allocator, so the out-of-memory tests can fail
 * any single one of them. */
void stance__alloc_init(stance_allocator_t *dst, const stance_allocator_t *src);
void *stance__malloc(const stance_allocator_t *a, size_t size);
/* Zeroed array of n elements; NULL on overflow or failure. */
void *stance__calloc(const stance_allocator_t *a, size_t n, size_t size);
void *stance__realloc(const stance_allocator_t *a, void *ptr, size_t size);
void stance__free(const stance_allocator_t *a, void *ptr);
char *stance__strndup(const stance_allocator_t *a, const char *s, size_t len);
/* Ensures *arr holds at least `need` elements of `elem` bytes, growing geometrically.
 * On failure *arr and *cap are untouched and false is returned. */
bool stance__reserve(const stance_allocator_t *a, void **arr, size_t *cap, size_t need,
                     size_t elem);

/* ---- errors (status.c) ------------------------------------------------------------------ */
/* Fills *err (when not NULL) and returns `status`. Never prints. */
stance_status_t stance__fail(stance_error_t *err, stance_status_t status, uint64_t offset,
                             const char *fmt, ...) STANCE_PRINTF(4, 5);
void stance__ok(stance_error_t *err);
/* A path as error messages show it: whole when short, else "..." and its last bytes, so that
 * the file's name survives the 200-byte message. buf holds the shortened form. */
#define STANCE_MSG_PATH_BYTES 100
const char *stance__msg_path(const char *path, char buf[STANCE_MSG_PATH_BYTES]);
/* The same in at most `room` bytes (STANCE_MSG_PATH_LEAST to STANCE_MSG_PATH_BYTES - 1): a
 * message whose own words are long gives its path the room they leave, so that its end (what
 * was wrong, what happens next) is never what the 200 bytes cut. */
#define STANCE_MSG_PATH_LEAST 24
const char *stance__msg_path_fit(const char *path, size_t room, char buf[STANCE_MSG_PATH_BYTES]);
/* Prepends "prefix: " to err->msg (a prefix over 80 bytes keeps "..." and its last 77, where a
 * path keeps its file name; the whole is cut to fit). */
void stance__error_prefix(stance_error_t *err, const char *prefix);

/* ---- byte buffer (buf.c) ---------------------------------------------------------------- */
typedef struct stance_buf {
    unsigned char *data;
    size_t len, cap;
} stance_buf_t;

bool stance__buf_append(const stance_allocator_t *a, stance_buf_t *b, const void *p, size_t n);
bool stance__buf_u16le(const stance_allocator_t *a, stance_buf_t *b, uint16_t v);
bool stance__buf_u32le(const stance_allocator_t *a, stance_buf_t *b, uint32_t v);
bool stance__buf_u64le(const stance_allocator_t *a, stance_buf_t *b, uint64_t v);
bool stance__buf_f64le(const stance_allocator_t *a, stance_buf_t *b, double v);
/* u32 length + bytes */
bool stance__buf_str(const stance_allocator_t *a, stance_buf_t *b, const char *s, size_t n);
void stance__buf_free(const stance_allocator_t *a, stance_buf_t *b);

/* Little-endian readers: byte by byte, so alignment and host order never matter. */
static inline uint16_t stance__rd_u16le(const unsigned char *p)
{
    return (uint16_t)(p[0] | (p[1] << 8));
}
static inline uint32_t stance__rd_u32le(const unsigned char *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
           ((uint32_t)p[3] << 24);
}
static inline uint64_t stance__rd_u64le(const unsigned char *p)
{
    return (uint64_t)stance__rd_u32le(p) | ((uint64_t)stance__rd_u32le(p + 4) << 32);
}
static inline void stance__wr_u32le(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

/* ---- UTF-8 (utf8.c) ---------------------------------------------------------------------- */
/* Length of the valid UTF-8 sequence at s[0..n), or 0 if it is invalid (overlong, surrogate,
 * out of range, truncated). Writes the code point to *cp. */
size_t stance__utf8_decode(const unsigned char *s, size_t n, int32_t *cp);
/* Offset of the first invalid byte in s[0..n), or n if the whole string is valid. */
size_t stance__utf8_check(const unsigned char *s, size_t n);
/* As stance__utf8_check, stopping at a NUL byte too: the offset of the first NUL byte or
 * invalid sequence, whichever comes first (n when there is neither); *nul tells which. One
 * pass where a NUL search and the check would make two. */
size_t stance__utf8_check_text(const unsigned char *s, size_t n, bool *nul);
/* Whether s[0..n) shows nothing: ASCII spaces, tabs and line ends, any Unicode space
 * separator, NEL, ZERO WIDTH SPACE, BOM. Invalid UTF-8 is not blank. */
bool stance__utf8_blank(const unsigned char *s, size_t n);
/* ---- labels (label.c) ------------------------------------------------------------------ */
/* A label is 1..STANCE_MAX_LABEL_BYTES bytes of UTF-8 in composed form (NFC), with no control
 * or invisible (format) character and no space at either end. */
bool stance__label_valid(const char *s, size_t n);
/* Whether s[0..n) is a label of printable ASCII with no space at either end: valid and
 * composed as it stands, judged a byte at a time. */
bool stance__label_plain(const char *s, size_t n);
/* As stance__label_valid; when it is not, what is wrong, as a message's predicate ("begins or
 * ends with a space"), into why (when not NULL). */
bool stance__label_fault(const char *s, size_t n, char *why, size_t cap);
/* Composes s[0..n) (NFC) into out, NUL-terminated; its length, or 0 when s is not UTF-8 or
 * the composed label would be longer than STANCE_MAX_LABEL_BYTES. */
size_t stance__label_nfc(const char *s, size_t n, char out[STANCE_MAX_LABEL_BYTES + 1]);

/* ---- checksum (crc32c.c) ---------------------------------------------------------------- */
uint32_t stance__crc32c(const void *data, size_t len);
/* The table-driven version alone, whatever the processor offers (for tests). */
uint32_t stance__crc32c_portable(const void *data, size_t len);

#endif
