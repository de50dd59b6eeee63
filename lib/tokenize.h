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
 *   transparent like spaces. A BREAK ends n-grams and negation scope.
 * Everything else (spaces, symbols, controls, quotes) separates tokens silently. */
#ifndef STANCE_TOKENIZE_H
#define STANCE_TOKENIZE_H

#include "stance_int.h"

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

void stance__scanner_init(stance_scanner_t *sc, const char *text, size_t len, bool replace);

/* 1 for ASCII letters and digits. */
extern const unsigned char stance__ascii_alnum[256];
/* 1 for the ASCII bytes that end a word whatever follows: not letters, digits, joiners
 * (' - , .) or the start of a UTF-8 sequence. */
extern const unsigned char stance__ascii_ends_word[256];
/* 1 for the ASCII bytes that are a clause break when they start a token. */
extern const unsigned char stance__ascii_break[256];
/* The general scanner: any token, any script. */
int stance__scan_slow(stance_scanner_t *sc, stance_tok_t *tok, size_t *bad_offset);

/* 1 = a token in *tok, 0 = end of text, STANCE_E_BAD_UTF8 = invalid byte at *bad_offset.
 * Inline fast path for the common case, a plain ASCII word after spaces; anything else (a
 * joiner such as ' - , . after the letters, or any other byte) goes to the general scanner,
 * which gives the same tokens. */
static inline int stance__scan(stance_scanner_t *sc, stance_tok_t *tok, size_t *bad_offset)
{
    const unsigned char *s = sc->s;
    size_t pos = sc->pos, n = sc->len;
    while (pos < n && s[pos] == ' ')
        pos++;
    if (pos < n && stance__ascii_alnum[s[pos]]) {
        size_t end = pos + 1;
        while (end < n && stance__ascii_alnum[s[end]])
            end++;
        /* a comma or period ends the word unless it joins two digits (1,000  3.5) */
        bool ends = end == n || stance__ascii_ends_word[s[end]] ||
                    ((s[end] == ',' || s[end] == '.') &&
                     !(s[end - 1] <= '9' && s[end - 1] >= '0' && end + 1 < n &&
                       s[end + 1] <= '9' && s[end + 1] >= '0'));
        if (ends) {
            tok->start = pos;
            tok->len = end - pos;
            tok->kind = STANCE_TOKEN_WORD;
            tok->ascii = true;
            sc->pos = end;
            return 1;
        }
    }
    if (pos < n && stance__ascii_break[s[pos]]) { /* . , ; : ! ? ( ) [ ] { } - alone */
        tok->start = pos;
        tok->len = 1;
        tok->kind = STANCE_TOKEN_BREAK;
        tok->ascii = true;
        sc->pos = pos + 1;
        return 1;
    }
    sc->pos = pos;
    return stance__scan_slow(sc, tok, bad_offset);
}

#endif
