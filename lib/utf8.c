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

/* The first invalid byte of s[0..n) (n when none), or with stop_at_nul the first NUL byte
 * too, whichever comes first (*nul says which). Inlined into the two entry points below with
 * stop_at_nul constant, so that the plain check tests no NUL. */
static inline size_t check(const unsigned char *s, size_t n, bool stop_at_nul, bool *nul)
{
    const uint64_t high = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    size_t i = 0;
    while (i < n) {
        /* sixteen (or eight) bytes at a time that are plain ASCII (and not NUL): most text is */
#if defined(__SSE2__)
        while (n - i >= 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            if (stop_at_nul)
                x = _mm_or_si128(x, _mm_cmpeq_epi8(x, _mm_setzero_si128()));
            if (_mm_movemask_epi8(x))
                break;
            i += 16;
        }
#endif
        while (n - i >= 8) {
            const uint64_t v = stance__load64le(s + i);
            /* a zero byte sets its high bit in (v - 0x01..) & ~v; v's own high bits are the
             * non-ASCII bytes */
            if ((v & high) || (stop_at_nul && ((v - ones) & ~v & high)))
                break;
            i += 8;
        }
        if (i == n)
            break;
        if (stop_at_nul && s[i] == 0) {
            *nul = true;
            return i;
        }
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

size_t stance__utf8_check(const unsigned char *s, size_t n)
{
    return check(s, n, false, NULL);
}

size_t stance__utf8_check_text(const unsigned char *s, size_t n, bool *nul)
{
    *nul = false;
    return check(s, n, true, nul);
}

bool stance__utf8_blank(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) { /* (a line holds no LF; a whole file of line ends is blank) */
            if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n' && s[i] != '\f' &&
                s[i] != '\v')
                return false;
            i++;
            continue;
        }
        int32_t cp;
        size_t k = stance__utf8_decode(s + i, n - i, &cp);
        if (!k)
            return false; /* not text: the caller's UTF-8 check reports it */
        const utf8proc_category_t cat = utf8proc_category(cp);
        /* NEL, ZERO WIDTH SPACE and a stray ZERO WIDTH NO-BREAK SPACE (BOM) show nothing
         * either, though Unicode files them under control and format characters */
        if (cat != UTF8PROC_CATEGORY_ZS && cat != UTF8PROC_CATEGORY_ZL &&
            cat != UTF8PROC_CATEGORY_ZP && cp != 0x85 && cp != 0x200B && cp != 0xFEFF)
            return false;
        i += k;
    }
    return true;
}
