#include "normalize.h"

#include <utf8proc.h>

/* Applied by utf8proc before decomposition: typographic apostrophes and hyphens become the
 * ASCII ones, so "Russia’s" and "Russia's" are one word; in Turkish, the capital I's become
 * the small letters they pair with (Unicode's case folding is not Turkish). */
static utf8proc_int32_t fold_before(utf8proc_int32_t cp, void *data)
{
    const stance_normalizer_t *nz = data;
    if (nz->turkish_i && (cp == 'I' || cp == 0x130)) /* before case folding sees them */
        return cp == 'I' ? 0x131 : 'i';
    switch (cp) {
    case 0x2018: /* LEFT SINGLE QUOTATION MARK (used as an apostrophe inside words) */
    case 0x2019: /* RIGHT SINGLE QUOTATION MARK */
    case 0x02BC: /* MODIFIER LETTER APOSTROPHE */
        return '\'';
    case 0x2010: /* HYPHEN */
    case 0x2011: /* NON-BREAKING HYPHEN */
        return '-';
    default:
        return cp;
    }
}

/* cps[0..n) with each ı (U+0131) followed by a combining dot above (U+0307) made one i, in
 * place; the new count. fold_before() sees one code point at a time, so a decomposed İ (I
 * then U+0307) reaches it as I, which Turkish casing makes ı. */
static utf8proc_ssize_t dotted_i(int32_t *cps, utf8proc_ssize_t n)
{
    utf8proc_ssize_t w = 0;
    for (utf8proc_ssize_t r = 0; r < n; r++) {
        if (cps[r] == 0x131 && r + 1 < n && cps[r + 1] == 0x307) {
            cps[w++] = 'i';
            r++;
            continue;
        }
        cps[w++] = cps[r];
    }
    return w;
}

static bool reserve_cps(const stance_allocator_t *a, stance_normalizer_t *nz, size_t need)
{
    /* +1: utf8proc_reencode writes a terminating NUL after the UTF-8 bytes. */
    return stance__reserve(a, (void **)&nz->cps, &nz->cap, need + 1, sizeof *nz->cps);
}

stance_status_t stance__normalize(const stance_allocator_t *a, stance_normalizer_t *nz,
                                  const unsigned char *s, size_t n, const unsigned char **out,
                                  size_t *out_len)
{
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 0x80 || (s[i] == 'I' && nz->turkish_i)) { /* Turkish I folds to ı */
            ascii = false;
            break;
        }
    if (ascii) {
        if (!reserve_cps(a, nz, n / 4 + 1))
            return STANCE_E_NOMEM;
        unsigned char *dst = (unsigned char *)nz->cps;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = s[i];
            dst[i] = c == ' ' ? '_' : stance__ascii_lower(c);
        }
        *out = dst;
        *out_len = n;
        return STANCE_OK;
    }
    if (n > (size_t)INT32_MAX)
        return STANCE_E_LIMIT;
    if (!reserve_cps(a, nz, n))
        return STANCE_E_NOMEM;
    utf8proc_ssize_t got;
    for (;;) {
        got = utf8proc_decompose_custom(s, (utf8proc_ssize_t)n, nz->cps,
                                        (utf8proc_ssize_t)nz->cap - 1, STANCE_UTF8PROC_OPTIONS,
                                        fold_before, nz);
        if (got < 0)
            return got == UTF8PROC_ERROR_NOMEM ? STANCE_E_NOMEM : STANCE_E_BAD_UTF8;
        if ((size_t)got <= nz->cap - 1)
            break;
        if (!reserve_cps(a, nz, (size_t)got))
            return STANCE_E_NOMEM;
    }
    if (nz->turkish_dotted) /* I + U+0307 (NFD İ) became ı + U+0307 above: it is i */
        got = dotted_i(nz->cps, got);
    utf8proc_ssize_t bytes = utf8proc_reencode(nz->cps, got, STANCE_UTF8PROC_OPTIONS);
    if (bytes < 0)
        return STANCE_E_BAD_UTF8;
    unsigned char *dst = (unsigned char *)nz->cps;
    for (utf8proc_ssize_t i = 0; i < bytes; i++)
        if (dst[i] == ' ')
            dst[i] = '_';
    *out = dst;
    *out_len = (size_t)bytes;
    return STANCE_OK;
}

void stance__normalizer_free(const stance_allocator_t *a, stance_normalizer_t *nz)
{
    stance__free(a, nz->cps);
    nz->cps = NULL;
    nz->cap = 0;
}
