/* UTF-8 validation through utf8proc_iterate, which rejects overlongs, surrogates, values above
 * U+10FFFF and truncated sequences. Thin wrappers so callers get byte counts and offsets. */
#include "hash.h"
#include "stance_int.h"

#include <utf8proc.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

size_t stance__utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
    if (n == 0)
        return 0;
    /* utf8proc takes a signed length; never more than one code point is needed. */
    utf8proc_ssize_t avail = n < 4 ? (utf8proc_ssize_t)n : 4;
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(s, avail, &c);
    if (k <= 0)
        return 0;
    *cp = c;
    return (size_t)k;
}

size_t stance__utf8_check(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        /* plain ASCII sixteen (or eight) bytes at a time: most text is */
#if defined(__SSE2__)
        while (n - i >= 16 &&
               !_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i))))
            i += 16;
#endif
        while (n - i >= 8 && !(stance__load64le(s + i) & 0x8080808080808080ull))
            i += 8;
        if (i == n)
            break;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        size_t k = stance__utf8_decode(s + i, n - i, &cp);
        if (!k)
            return i;
        i += k;
    }
    return n;
}

bool stance__label_valid(const char *s, size_t n)
{
    if (n == 0 || n > STANCE_MAX_LABEL_BYTES)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == 0x7F)
            return false;
    return stance__utf8_check((const unsigned char *)s, n) == n;
}
