/* Word boundaries by Unicode category. The scanner yields tokens one at a time as byte spans
 * of the caller's text; it never copies or allocates.
 *
 * - WORD: letters (L*), marks (M*) and digits (N*), except Han and Kana. An apostrophe
 *   (' ’ ‘) or hyphen (- ‐ ‑) joins two word characters ("Russia's", "don't", "so-called");
 *   a comma or period joins two digits ("1,000", "3.5"); format characters (Cf, e.g. ZWJ,
 *   soft hyphen) inside a word are kept and later removed by normalization.
 * - CJK: one Han or Kana character with its combining marks.
 * - EMOJI: one extended grapheme cluster starting with a pictograph or regional indicator.
 * - BREAK: clause punctuation: . , ; : ! ? … brackets, dashes, and the other Po/Pd/Ps/Pe
 *   characters, except quotation marks and symbol-like marks (§ ‰ ・ ...), which are
 *   transparent like spaces. A BREAK ends a negation scope, and n-grams when punctuation is
 *   not a term (with it a term, n-grams run across it).
 * Everything else (spaces, symbols, controls, quotes) separates tokens silently. */
#ifndef STANCE_TOKENIZE_H
#define STANCE_TOKENIZE_H

#include "hash.h"
#include "stance_int.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef struct stance_scanner {
    const unsigned char *s;
    size_t len, pos;
    bool replace_invalid;
} stance_scanner_t;

typedef struct stance_tok {
    size_t start, len;
    stance_token_kind_t kind;
    bool ascii; /* every byte < 0x80: the normalizer's fast path applies */
} stance_tok_t;

/* A Han or Kana character: a token, and a term, of its own. */
bool stance__is_cjk(int32_t cp);

void stance__scanner_init(stance_scanner_t *sc, const char *text, size_t len, bool replace);

/* 1 for ASCII letters and digits. */
extern const unsigned char stance__ascii_alnum[256];
/* 1 for the ASCII bytes that end a word whatever follows: not letters, digits, joiners
 * (' - , .) or the start of a UTF-8 sequence. */
extern const unsigned char stance__ascii_ends_word[256];
/* 1 for the ASCII bytes that separate tokens silently: space, controls, quotes, symbols, and an
 * apostrophe that does not join two words. */
extern const unsigned char stance__ascii_silent[256];
/* 1 for the ASCII bytes that are a clause break when they start a token. */
extern const unsigned char stance__ascii_break[256];
/* The general scanner: any token, any script. */
int stance__scan_slow(stance_scanner_t *sc, stance_tok_t *tok, size_t *bad_offset);

/* Bit 7 of each byte of x set where that byte is an ASCII letter or digit (SWAR: the eight
 * bytes are classified at once, with no carry between them since bit 7 is cleared first). */
static inline uint64_t stance__swar_alnum(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    const uint64_t low7 = x & ~high;        /* each byte 0..127 */
    const uint64_t folded = low7 | (0x20 * ones); /* A-Z -> a-z; digits keep their values */
    /* v in [a, b] when v + (128 - a) reaches bit 7 and v + (127 - b) does not */
    const uint64_t letter = (folded + (128 - 'a') * ones) & ~(folded + (127 - 'z') * ones);
    const uint64_t digit = (low7 + (128 - '0') * ones) & ~(low7 + (127 - '9') * ones);
    return (letter | digit) & ~x & high; /* & ~x: bytes >= 0x80 are not ASCII */
}

static inline unsigned stance__ctz64(uint64_t x) /* x != 0 */
{
#if defined(__GNUC__)
    return (unsigned)__builtin_ctzll(x);
#else
    unsigned n = 0;
    while (!(x & 1)) {
        x >>= 1;
        n++;
    }
    return n;
#endif
}

/* The end of the run of ASCII letters and digits starting at pos: eight bytes a step where
 * eight remain, so a word's length costs no branch per byte (and no misprediction at its
 * end); the bytes after the end of the text are never read. */
static inline size_t stance__ascii_word_end(const unsigned char *s, size_t pos, size_t n)
{
#if defined(__SSE2__)
    /* sixteen bytes at a time where sixteen remain: letters by (b | 0x20) in a..z and digits,
     * each a range compare made signed by an offset */
    while (n - pos >= 16) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + pos));
        const __m128i lower = _mm_or_si128(x, _mm_set1_epi8(0x20));
        const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(lower, _mm_set1_epi8(128 - 'a')),
                                              _mm_set1_epi8(-128 + 26));
        const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(128 - '0')),
                                             _mm_set1_epi8(-128 + 10));
        const unsigned stop = (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit)) ^ 0xFFFFu;
        if (stop)
            return pos + stance__ctz64(stop);
        pos += 16;
    }
#endif
    while (n - pos >= 8) {
        uint64_t stop = ~stance__swar_alnum(stance__load64le(s + pos)) & 0x8080808080808080ull;
        if (stop)
            return pos + (stance__ctz64(stop) >> 3);
        pos += 8;
    }
    while (pos < n && stance__ascii_alnum[s[pos]])
        pos++;
    return pos;
}

/* 1 = a token in *tok, 0 = end of text, STANCE_E_BAD_UTF8 = invalid byte at *bad_offset.
 * Inline fast path for ASCII text: silent bytes skipped, words with their inner joiners, clause
 * breaks; a byte >= 0x80 where it matters goes to the general scanner, which gives the same
 * tokens (tested). */
static inline int stance__scan(stance_scanner_t *sc, stance_tok_t *tok, size_t *bad_offset)
{
    const unsigned char *s = sc->s;
    size_t pos = sc->pos, n = sc->len;
    while (pos < n && stance__ascii_silent[s[pos]]) /* spaces, quotes, symbols, controls */
        pos++;
    if (pos == n) { /* the end of the text: no call to the general scanner */
        sc->pos = n;
        return 0;
    }
    if (stance__ascii_alnum[s[pos]]) {
        size_t end = stance__ascii_word_end(s, pos + 1, n);
        /* After the letters and digits: a byte that ends any word, or one of ' - , . that
         * joins what follows (' and - join letters and digits, , and . join two digits: don't,
         * so-called, 1,000, 3.5). What a byte >= 0x80 makes of the word (a letter, a mark, a
         * joiner) is the general scanner's to say. */
        for (;;) {
            if (end == n || stance__ascii_ends_word[s[end]])
                goto word;
            const unsigned char c = s[end];
            if (c >= 0x80)
                break;
            if (end + 1 == n) /* a joiner at the end of the text joins nothing */
                goto word;
            const unsigned char next = s[end + 1];
            if (next >= 0x80)
                break;
            if (c == '\'' || c == '-') {
                if (!stance__ascii_alnum[next])
                    goto word;
            } else if (!(s[end - 1] <= '9' && s[end - 1] >= '0' && next <= '9' && next >= '0')) {
                goto word; /* , or . not between two digits */
            }
            end = stance__ascii_word_end(s, end + 2, n);
        }
        goto general;
    word:
        tok->start = pos;
        tok->len = end - pos;
        tok->kind = STANCE_TOKEN_WORD;
        tok->ascii = true;
        sc->pos = end;
        return 1;
    }
    if (stance__ascii_break[s[pos]]) { /* . , ; : ! ? ( ) [ ] { } - alone */
        tok->start = pos;
        tok->len = 1;
        tok->kind = STANCE_TOKEN_BREAK;
        tok->ascii = true;
        sc->pos = pos + 1;
        return 1;
    }
general:;
    /* The general scanner works on copies, so that a caller's scanner and token, inlined,
     * never have their addresses taken and stay in registers on the fast path. */
    stance_scanner_t slow = *sc;
    slow.pos = pos;
    stance_tok_t t;
    int r = stance__scan_slow(&slow, &t, bad_offset);
    sc->pos = slow.pos;
    if (r == 1)
        *tok = t;
    return r;
}

#endif
