/* Labels: what a reader sees as one label is one label. A label is 1..STANCE_MAX_LABEL_BYTES
 * bytes of UTF-8 in composed form (NFC), with no control character, no invisible one (Unicode
 * format characters: zero-width spaces and joiners, the byte-order mark, bidirectional marks)
 * and no space at either end, so that "neutral" and "neutral" with a no-break space, or "très"
 * and "tre" with a combining grave, are never two labels that print alike. The corpus reader
 * composes a decomposed label (macOS folder names) before it is judged. */
#include "stance_int.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

/* The code points a label of at most STANCE_MAX_LABEL_BYTES bytes may decompose to (one
 * canonical decomposition gives at most 4), for a read of up to 4 times that many bytes. */
#define LABEL_CPS (4 * 4 * STANCE_MAX_LABEL_BYTES)
#define NFC_OPTIONS (UTF8PROC_STABLE | UTF8PROC_COMPOSE)

size_t stance__label_nfc(const char *s, size_t n, char out[STANCE_MAX_LABEL_BYTES + 1])
{
    utf8proc_int32_t cps[LABEL_CPS + 1]; /* +1: utf8proc_reencode ends with a NUL */
    if (n == 0 || n > 4 * STANCE_MAX_LABEL_BYTES)
        return 0;
    utf8proc_ssize_t got = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
                                              cps, LABEL_CPS, NFC_OPTIONS);
    if (got <= 0 || got > LABEL_CPS)
        return 0;
    utf8proc_ssize_t bytes = utf8proc_reencode(cps, got, NFC_OPTIONS);
    if (bytes <= 0 || bytes > STANCE_MAX_LABEL_BYTES)
        return 0;
    memcpy(out, cps, (size_t)bytes);
    out[bytes] = '\0';
    return (size_t)bytes;
}

/* Whether the code point is a space a reader cannot tell from the end of the label. */
static bool space_like(int32_t cp)
{
    utf8proc_category_t k = utf8proc_category(cp);
    return k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL ||
           k == UTF8PROC_CATEGORY_ZP || cp == 0x85;
}

bool stance__label_plain(const char *s, size_t n)
{
    bool plain = n > 0 && n <= STANCE_MAX_LABEL_BYTES && s[0] != ' ' && s[n - 1] != ' ';
    for (size_t i = 0; plain && i < n; i++)
        plain = (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F;
    return plain;
}

bool stance__label_fault(const char *s, size_t n, char *why, size_t cap)
{
    const char *fault = NULL;
    char invisible[48];
    if (stance__label_plain(s, n)) /* most labels: none of Unicode's tables needed */
        return true;
    if (n == 0 || n > STANCE_MAX_LABEL_BYTES ||
        stance__utf8_check((const unsigned char *)s, n) != n)
        fault = "is not usable (1-64 bytes of UTF-8, no control characters)";
    for (size_t i = 0; !fault && i < n; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == 0x7F)
            fault = "is not usable (1-64 bytes of UTF-8, no control characters)";
    int32_t first = 0, last = 0;
    for (size_t i = 0; !fault && i < n;) {
        int32_t cp;
        size_t k = stance__utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (utf8proc_category(cp) == UTF8PROC_CATEGORY_CF ||
            (cp >= 0x80 && cp <= 0x9F)) {
            snprintf(invisible, sizeof invisible, "holds an invisible character (U+%04X)",
                     (unsigned)cp);
            fault = invisible;
        }
        if (i == 0)
            first = cp;
        last = cp;
        i += k;
    }
    if (!fault && (space_like(first) || space_like(last)))
        fault = "begins or ends with a space";
    char nfc[STANCE_MAX_LABEL_BYTES + 1];
    if (!fault && (stance__label_nfc(s, n, nfc) != n || memcmp(nfc, s, n) != 0))
        fault = "is not in composed form (NFC): a decomposed accent would make another label";
    if (fault && why && cap)
        snprintf(why, cap, "%s", fault);
    return fault == NULL;
}

bool stance__label_valid(const char *s, size_t n)
{
    return stance__label_fault(s, n, NULL, 0);
}
