#include "tokenize.h"

#include <utf8proc.h>

enum cp_class {
    CLS_SPACE,  /* separates silently: space, control, symbol, quote */
    CLS_WORD,   /* letter, mark or digit */
    CLS_DIGIT,  /* decimal digit: also a word character */
    CLS_CJK,    /* Han or Kana: a token of its own */
    CLS_EMOJI,  /* starts an emoji cluster */
    CLS_BREAK,  /* clause punctuation */
    CLS_APOS,   /* apostrophe: joins word characters, else silent */
    CLS_HYPHEN, /* hyphen: joins word characters, else a dash (break) */
    CLS_NUMSEP, /* , or . : joins digits, else a break */
    CLS_JOINER  /* format character: kept inside a word, else silent */
};

/* ASCII classes, indexed by byte (bytes >= 0x80 are looked up as code points). Letters and
 * digits are words; . , ; : ! ? ( ) [ ] { } are breaks; everything else is silent except the
 * apostrophe and the hyphen. */
#define W CLS_WORD
#define D CLS_DIGIT
#define B CLS_BREAK
#define S CLS_SPACE
static const unsigned char ascii_classes[128] = {
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, /* controls */
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, B, S, S, S, S, S, CLS_APOS, B, B, S, S, CLS_NUMSEP, CLS_HYPHEN, CLS_NUMSEP, S, /*  !"#$%&'()*+,-./ */
    D, D, D, D, D, D, D, D, D, D, B, B, S, S, S, B, /* 0-9 : ; < = > ? */
    S, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, /* @ A-O */
    W, W, W, W, W, W, W, W, W, W, W, B, S, B, S, S, /* P-Z [ \ ] ^ _ */
    S, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W, /* ` a-o */
    W, W, W, W, W, W, W, W, W, W, W, B, S, B, S, S, /* p-z { | } ~ DEL */
};
#undef W
#undef D
#undef B
#undef S

static inline enum cp_class ascii_class(unsigned char c)
{
    return (enum cp_class)ascii_classes[c & 0x7F];
}

bool stance__is_cjk(int32_t cp)
{
    return (cp >= 0x3040 && cp <= 0x30FF && cp != 0x30FB) || /* Hiragana, Katakana (not ・) */
           (cp >= 0x31F0 && cp <= 0x31FF) ||                 /* Katakana phonetic extensions */
           (cp >= 0x3400 && cp <= 0x4DBF) ||                 /* CJK extension A */
           (cp >= 0x4E00 && cp <= 0x9FFF) ||                 /* CJK unified ideographs */
           (cp >= 0xF900 && cp <= 0xFAFF) ||                 /* CJK compatibility ideographs */
           (cp >= 0xFF66 && cp <= 0xFF9F) ||                 /* halfwidth Katakana */
           (cp >= 0x20000 && cp <= 0x3134F) ||               /* CJK extensions B..G */
           cp == 0x3005 || cp == 0x3007;                     /* 々 〇 */
}

/* Quotation brackets and symbol-like marks in Po/Ps/Pe that should not end a clause. */
static bool is_silent_punct(int32_t cp)
{
    switch (cp) {
    case 0x00A7: case 0x00B6: case 0x00B7: case 0x2020: case 0x2021: case 0x2030: case 0x2031:
    case 0x2032: case 0x2033: case 0x2034: case 0x2035: case 0x2036: case 0x2037: case 0x203B:
    case 0x201A: case 0x201E:                             /* ‚ „ low quotation marks (Ps) */
    case 0x300C: case 0x300D: case 0x300E: case 0x300F:   /* 「 」 『 』 */
    case 0x301D: case 0x301E: case 0x301F:                /* 〝 〞 〟 */
    case 0xFF62: case 0xFF63:                             /* halfwidth 「 」 */
    case 0x30FB:                                          /* ・ katakana middle dot */
    case 0xFF02: case 0xFF03: case 0xFF05: case 0xFF06: case 0xFF07: case 0xFF0A: case 0xFF0F:
    case 0xFF20: case 0xFF3C:
        return true;
    default:
        return false;
    }
}

static enum cp_class unicode_class(int32_t cp)
{
    if (cp < 0x80)
        return ascii_class((unsigned char)cp);
    if (stance__is_cjk(cp))
        return CLS_CJK;
    switch (cp) {
    case 0x2018: case 0x2019:
        return CLS_APOS;
    case 0x2010: case 0x2011:
        return CLS_HYPHEN;
    case 0x200B: /* ZERO WIDTH SPACE separates words (Thai, Khmer) */
        return CLS_SPACE;
    case 0x2029: /* PARAGRAPH SEPARATOR */
        return CLS_BREAK;
    default:
        break;
    }
    const utf8proc_property_t *prop = utf8proc_get_property(cp);
    if (prop->boundclass == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC ||
        prop->boundclass == UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR)
        return CLS_EMOJI;
    switch ((utf8proc_category_t)prop->category) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return CLS_WORD;
    case UTF8PROC_CATEGORY_ND:
        return CLS_DIGIT;
    case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PO:
        return is_silent_punct(cp) ? CLS_SPACE : CLS_BREAK;
    case UTF8PROC_CATEGORY_CF:
        return CLS_JOINER;
    default:
        return CLS_SPACE; /* Pi Pf Pc, symbols, separators, controls, private use, unassigned */
    }
}

void stance__scanner_init(stance_scanner_t *sc, const char *text, size_t len, bool replace)
{
    sc->s = (const unsigned char *)text;
    sc->len = len;
    sc->pos = 0;
    sc->replace_invalid = replace;
}

/* Class of the code point at `pos` (and its length); invalid bytes count as silent so that a
 * token ends before them (the main loop reports or replaces them). */
static enum cp_class class_at(const stance_scanner_t *sc, size_t pos, size_t *k, int32_t *cp)
{
    unsigned char b = sc->s[pos];
    if (b < 0x80) {
        *k = 1;
        *cp = b;
        return ascii_class(b);
    }
    *k = stance__utf8_decode(sc->s + pos, sc->len - pos, cp);
    if (!*k) {
        *k = 1;
        *cp = -1;
        return CLS_SPACE;
    }
    return unicode_class(*cp);
}

static bool is_wordish(enum cp_class c)
{
    return c == CLS_WORD || c == CLS_DIGIT;
}

/* Scans a word starting at sc->pos (a word character); returns its end. */
static size_t scan_word(const stance_scanner_t *sc, size_t pos, bool *ascii)
{
    const unsigned char *s = sc->s;
    size_t n = sc->len;
    enum cp_class prev = CLS_WORD;
    while (pos < n) {
        /* ASCII letters and digits: the common case, one byte per step. */
        unsigned char b = s[pos];
        if (b < 0x80) {
            enum cp_class c = ascii_class(b);
            if (is_wordish(c)) {
                prev = c;
                pos++;
                continue;
            }
            if (c != CLS_APOS && c != CLS_HYPHEN && c != CLS_NUMSEP)
                return pos;
        }
        size_t k, k2;
        int32_t cp, cp2;
        enum cp_class c = class_at(sc, pos, &k, &cp);
        if (is_wordish(c)) {
            *ascii = *ascii && b < 0x80;
            prev = c;
            pos += k;
            continue;
        }
        if (pos + k >= n)
            return pos;
        enum cp_class next = class_at(sc, pos + k, &k2, &cp2);
        bool joins;
        switch (c) {
        case CLS_APOS: case CLS_HYPHEN:
            joins = is_wordish(next);
            break;
        case CLS_NUMSEP:
            joins = prev == CLS_DIGIT && next == CLS_DIGIT;
            break;
        case CLS_JOINER:
            joins = is_wordish(next) || next == CLS_JOINER;
            break;
        default:
            joins = false;
        }
        if (!joins)
            return pos;
        *ascii = *ascii && b < 0x80;
        pos += k;
    }
    return pos;
}

/* Extends an emoji cluster by UAX #29 grapheme rules. */
static size_t scan_cluster(const stance_scanner_t *sc, size_t pos, int32_t first, size_t k)
{
    int32_t state = 0, prev = first;
    pos += k;
    while (pos < sc->len) {
        int32_t cp;
        size_t k2 = stance__utf8_decode(sc->s + pos, sc->len - pos, &cp);
        if (!k2 || utf8proc_grapheme_break_stateful(prev, cp, &state))
            break;
        prev = cp;
        pos += k2;
    }
    return pos;
}

/* Han/Kana character plus any combining marks (e.g. the voiced-sound mark U+3099). */
static size_t scan_cjk(const stance_scanner_t *sc, size_t pos, size_t k)
{
    pos += k;
    while (pos < sc->len && sc->s[pos] >= 0x80) {
        int32_t cp;
        size_t k2 = stance__utf8_decode(sc->s + pos, sc->len - pos, &cp);
        if (!k2)
            break;
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat != UTF8PROC_CATEGORY_MN && cat != UTF8PROC_CATEGORY_MC &&
            cat != UTF8PROC_CATEGORY_ME)
            break;
        pos += k2;
    }
    return pos;
}

const unsigned char stance__ascii_alnum[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
    ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
    ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
};

const unsigned char stance__ascii_ends_word[256] = {
    [0] = 1, [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 1, [7] = 1, [8] = 1, [9] = 1,
    [10] = 1, [11] = 1, [12] = 1, [13] = 1, [14] = 1, [15] = 1, [16] = 1, [17] = 1, [18] = 1,
    [19] = 1, [20] = 1, [21] = 1, [22] = 1, [23] = 1, [24] = 1, [25] = 1, [26] = 1, [27] = 1,
    [28] = 1, [29] = 1, [30] = 1, [31] = 1, [' '] = 1, ['!'] = 1, ['"'] = 1, ['#'] = 1,
    ['$'] = 1, ['%'] = 1, ['&'] = 1, ['('] = 1, [')'] = 1, ['*'] = 1, ['+'] = 1, ['/'] = 1,
    [':'] = 1, [';'] = 1, ['<'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1, ['@'] = 1, ['['] = 1,
    ['\\'] = 1, [']'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1, ['{'] = 1, ['|'] = 1, ['}'] = 1,
    ['~'] = 1, [127] = 1,
};

const unsigned char stance__ascii_silent[256] = {
    [0] = 1, [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 1, [7] = 1, [8] = 1, [9] = 1,
    [10] = 1, [11] = 1, [12] = 1, [13] = 1, [14] = 1, [15] = 1, [16] = 1, [17] = 1, [18] = 1,
    [19] = 1, [20] = 1, [21] = 1, [22] = 1, [23] = 1, [24] = 1, [25] = 1, [26] = 1, [27] = 1,
    [28] = 1, [29] = 1, [30] = 1, [31] = 1, [' '] = 1, ['"'] = 1, ['#'] = 1, ['$'] = 1,
    ['%'] = 1, ['&'] = 1, ['\''] = 1, ['*'] = 1, ['+'] = 1, ['/'] = 1, ['<'] = 1, ['='] = 1,
    ['>'] = 1, ['@'] = 1, ['\\'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1, ['|'] = 1, ['~'] = 1,
    [127] = 1,
};

const unsigned char stance__ascii_break[256] = {
    ['.'] = 1, [','] = 1, [';'] = 1, [':'] = 1, ['!'] = 1, ['?'] = 1, ['('] = 1, [')'] = 1,
    ['['] = 1, [']'] = 1, ['{'] = 1, ['}'] = 1, ['-'] = 1,
};

int stance__scan_slow(stance_scanner_t *sc, stance_tok_t *tok, size_t *bad_offset)
{
    while (sc->pos < sc->len) {
        size_t pos = sc->pos, k;
        int32_t cp;
        unsigned char b = sc->s[pos];
        enum cp_class c;
        if (b < 0x80) {
            k = 1;
            c = ascii_class(b);
        } else {
            k = stance__utf8_decode(sc->s + pos, sc->len - pos, &cp);
            if (!k) {
                if (!sc->replace_invalid) {
                    *bad_offset = pos;
                    return STANCE_E_BAD_UTF8;
                }
                sc->pos = pos + 1; /* the bad byte acts as U+FFFD: a silent separator */
                continue;
            }
            c = unicode_class(cp);
        }
        tok->start = pos;
        switch (c) {
        case CLS_WORD: case CLS_DIGIT:
            tok->ascii = b < 0x80;
            sc->pos = scan_word(sc, pos, &tok->ascii);
            tok->kind = STANCE_TOKEN_WORD;
            break;
        case CLS_CJK:
            tok->ascii = false;
            sc->pos = scan_cjk(sc, pos, k);
            tok->kind = STANCE_TOKEN_CJK;
            break;
        case CLS_EMOJI:
            tok->ascii = false;
            sc->pos = scan_cluster(sc, pos, cp, k);
            tok->kind = STANCE_TOKEN_EMOJI;
            break;
        case CLS_BREAK: case CLS_HYPHEN: case CLS_NUMSEP:
            /* A hyphen or separator outside a word is a dash or clause mark. */
            tok->ascii = b < 0x80;
            sc->pos = pos + k;
            tok->kind = STANCE_TOKEN_BREAK;
            break;
        default:
            sc->pos = pos + k;
            continue;
        }
        tok->len = sc->pos - pos;
        return 1;
    }
    return 0;
}
