#define _POSIX_C_SOURCE 200809L /* fileno */
#include "output.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Input escaped per step: with at most 6 output bytes per input byte ("\u001b"), a step never
 * needs more room than the buffer keeps beyond OUT_WRITE_BYTES. */
#define ESCAPE_STEP ((size_t)16 << 10)
#define ROOM (6 * ESCAPE_STEP + 4096)
/* The most a step of n input bytes writes: 6 a byte, and a UTF-8 sequence begun in it. */
#define STEP_ROOM(n) (6 * (n) + 16)

bool out_init(out_t *o)
{
    o->len = 0;
    o->failed = false;
    o->write_errno = 0;
    o->cap = OUT_WRITE_BYTES + ROOM;
    o->buf = malloc(o->cap);
    return o->buf != NULL;
}

void out_free(out_t *o)
{
    free(o->buf);
    o->buf = NULL;
    o->len = o->cap = 0;
}

/* All n bytes to fd, through EINTR and short writes; false with errno on failure. */
static bool write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        p += w;
        n -= (size_t)w;
    }
    return true;
}

/* Written with write(2), not through stdio: a flush comes at a statement's end (out_statement),
 * so what each flush writes is whole statements, and a run stopped between two flushes leaves
 * output that ends at a statement's end (stdio writes in blocks and keeps the rest, so a
 * stopped run left half a line). What went through the FILE before goes first; a FILE without
 * a descriptor (a memory stream) takes fwrite. */
bool out_flush(out_t *o)
{
    if (o->len && !o->failed) {
        const int fd = fileno(o->fp);
        errno = 0;
        const bool ok = fd < 0 ? fwrite(o->buf, 1, o->len, o->fp) == o->len
                               : fflush(o->fp) == 0 && write_all(fd, o->buf, o->len);
        if (!ok) {
            o->failed = true;
            o->write_errno = errno;
        }
    }
    o->len = 0;
    return !o->failed;
}

/* Room for `need` more bytes (at most the buffer's capacity), writing what is pending when
 * there is not. */
static inline char *room(out_t *o, size_t need)
{
    if (o->len + need > o->cap)
        out_flush(o);
    return o->buf + o->len;
}

static inline void put(out_t *o, const void *p, size_t n)
{
    while (n) { /* a long run is copied in pieces the buffer has room for */
        size_t k = n < o->cap / 2 ? n : o->cap / 2;
        memcpy(room(o, k), p, k);
        o->len += k;
        p = (const char *)p + k;
        n -= k;
    }
}

static inline void put_str(out_t *o, const char *s)
{
    put(o, s, strlen(s));
}

static inline void put_c(out_t *o, char c)
{
    *room(o, 1) = c;
    o->len++;
}

size_t out_utf8_len(const unsigned char *s, size_t n)
{
    if (n == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    if (c < 0xC2 || c > 0xF4) /* continuation bytes, overlong leads, beyond U+10FFFF */
        return 0;
    if (c < 0xE0)
        return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F)) /* overlong, surrogate */
            return 0;
        return 3;
    }
    if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
        return 0;
    if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F)) /* overlong, > U+10FFFF */
        return 0;
    return 4;
}

/* Bit 7 set in each byte of x that may need escaping: a control (< 0x20), DEL, backslash, the
 * double quote for JSON, and every byte >= 0x80 (UTF-8 to check). The lowest set bit is always
 * right (the borrows of the subtractions only reach bytes above a byte that matched). */
static inline uint64_t attention(uint64_t x, bool json)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t del = x ^ (0x7F * ones), bsl = x ^ ('\\' * ones);
    uint64_t m = ((x - 0x20 * ones) & ~x) | ((del - ones) & ~del) | ((bsl - ones) & ~bsl) | x;
    if (json) {
        uint64_t quo = x ^ ('"' * ones);
        m |= (quo - ones) & ~quo;
    }
    return m & high;
}

static inline uint64_t load64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

static inline unsigned ctz64(uint64_t x)
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

/* The first byte at or after i (before end) that may need escaping, or end. */
static inline size_t next_attention(const unsigned char *s, size_t i, size_t end, bool json)
{
#if defined(__SSE2__)
    /* sixteen bytes a step: a signed compare below 0x20 also takes every byte >= 0x80 */
    while (end - i >= 16) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i m = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                                 _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)),
                                              _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
        if (json)
            m = _mm_or_si128(m, _mm_cmpeq_epi8(x, _mm_set1_epi8('"')));
        const unsigned bits = (unsigned)_mm_movemask_epi8(m);
        if (bits)
            return i + ctz64(bits);
        i += 16;
    }
#endif
    while (end - i >= 8) {
        uint64_t m = attention(load64(s + i), json);
        if (m)
            return i + (ctz64(m) >> 3);
        i += 8;
    }
    for (; i < end; i++) {
        unsigned char c = s[i];
        if (c < 0x20 || c >= 0x7F || c == '\\' || (json && c == '"'))
            return i;
    }
    return i;
}

static const char hex[] = "0123456789abcdef";

void out_escaped(out_t *o, const char *text, size_t n, bool json)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    const size_t step = o->cap < ROOM + 1 ? (o->cap - 16) / 6 : ESCAPE_STEP;
    while (i < n) {
        const size_t step_end = n - i > step ? i + step : n;
        char *dst = room(o, STEP_ROOM(step_end - i)), *const start = dst;
        while (i < step_end) {
            /* a run that needs nothing: plain ASCII and well-formed UTF-8 */
            size_t j = i;
            for (;;) {
                j = next_attention(s, j, step_end, json);
                if (j == step_end || s[j] < 0x80)
                    break;
                size_t k = out_utf8_len(s + j, n - j);
                if (k == 0 || (k == 2 && s[j] == 0xC2 && s[j + 1] < 0xA0) || /* C1 */
                    (k == 3 && s[j] == 0xE2 && s[j + 1] == 0x80 &&
                     (s[j + 2] == 0xA8 || s[j + 2] == 0xA9)))
                    break;
                j += k; /* may end past step_end: the sequence is whole */
                if (j >= step_end)
                    break;
            }
            memcpy(dst, s + i, j - i);
            dst += j - i;
            i = j;
            if (i >= step_end)
                break;
            unsigned char c = s[i];
            if (c >= 0x80) {
                if (out_utf8_len(s + i, n - i) == 0) { /* a bad byte: U+FFFD */
                    memcpy(dst, "\xEF\xBF\xBD", 3);
                    dst += 3;
                    i++;
                } else if (c == 0xC2) { /* a C1 control, U+0080..U+009F */
                    memcpy(dst, "\\u00", 4);
                    dst[4] = hex[s[i + 1] >> 4];
                    dst[5] = hex[s[i + 1] & 15];
                    dst += 6;
                    i += 2;
                } else { /* U+2028 or U+2029: line ends to splitlines() and JavaScript */
                    memcpy(dst, s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", 6);
                    dst += 6;
                    i += 3;
                }
                continue;
            }
            *dst++ = '\\';
            i++;
            switch (c) {
            case '\\': *dst++ = '\\'; break;
            case '"': *dst++ = '"'; break;
            case '\n': *dst++ = 'n'; break;
            case '\r': *dst++ = 'r'; break;
            case '\t': *dst++ = 't'; break;
            default: /* the other controls and DEL */
                memcpy(dst, "u00", 3);
                dst[3] = hex[c >> 4];
                dst[4] = hex[c & 15];
                dst += 5;
            }
        }
        o->len += (size_t)(dst - start);
    }
}

/* ---- numbers -------------------------------------------------------------------------------
 * printf rounds the exact binary value of a double to the nearest decimal, ties to even. The
 * fast writers do the same in integer arithmetic: x = m * 2^e exactly, so x * 10^d rounded is
 * (m * 10^d) >> -e with the bits shifted out deciding. Values outside their range go to
 * snprintf. */

static const uint64_t pow10[] = {1,         10,         100,         1000,      10000,
                                 100000,    1000000,    10000000,    100000000, 1000000000};

#if defined(__SIZEOF_INT128__)
__extension__ typedef unsigned __int128 u128;

/* round(|x| * 10^d) for finite x with |x| < 2^52 and the result below 2^63, d <= 9; false
 * when out of range. */
static bool scaled(double x, int d, uint64_t *q)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int exp = (int)((bits >> 52) & 0x7FF);
    uint64_t m = bits & ((1ull << 52) - 1);
    if (exp == 0x7FF)
        return false; /* infinite or NaN */
    int e;
    if (exp == 0) {
        e = -1074;
    } else {
        m |= 1ull << 52;
        e = exp - 1075;
    }
    if (e >= 0)
        return false; /* |x| >= 2^52 */
    u128 prod = (u128)m * pow10[d]; /* < 2^83 */
    int s = -e;
    if (s > 100) { /* far below half a unit of the last digit */
        *q = 0;
        return true;
    }
    if ((prod >> s) >= ((u128)1 << 63))
        return false; /* too many digits for the integer writer */
    u128 r = prod & (((u128)1 << s) - 1), half = (u128)1 << (s - 1);
    uint64_t v = (uint64_t)(prod >> s);
    if (r > half || (r == half && (v & 1)))
        v++;
    *q = v;
    return true;
}
#else
static bool scaled(double x, int d, uint64_t *q)
{
    (void)x;
    (void)d;
    (void)q;
    return false;
}
#endif

static char *put_u64_at(char *dst, uint64_t v)
{
    char tmp[20];
    int k = 0;
    do {
        tmp[k++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (k)
        *dst++ = tmp[--k];
    return dst;
}

static void put_u64(out_t *o, uint64_t v)
{
    char *dst = room(o, 20);
    o->len += (size_t)(put_u64_at(dst, v) - dst);
}

/* The slow path: printf itself. */
enum printf_style { STYLE_F, STYLE_PLUS_F, STYLE_G };
static void put_printf_double(out_t *o, enum printf_style style, int d, double x)
{
    char *dst = room(o, 400);
    int k = style == STYLE_G        ? snprintf(dst, 400, "%.*g", d, x)
            : style == STYLE_PLUS_F ? snprintf(dst, 400, "%+.*f", d, x)
                                    : snprintf(dst, 400, "%.*f", d, x);
    if (k > 0)
        o->len += (size_t)(k < 400 ? k : 399);
}

void out_fixed(out_t *o, double x, int decimals, bool plus)
{
    uint64_t q;
    if (!scaled(x, decimals, &q)) {
        put_printf_double(o, plus ? STYLE_PLUS_F : STYLE_F, decimals, x);
        return;
    }
    char *dst = room(o, 40), *const start = dst;
    if (signbit(x))
        *dst++ = '-';
    else if (plus)
        *dst++ = '+';
    dst = put_u64_at(dst, q / pow10[decimals]);
    if (decimals) {
        *dst++ = '.';
        uint64_t frac = q % pow10[decimals];
        for (int i = decimals - 1; i >= 0; i--) {
            dst[i] = (char)('0' + frac % 10);
            frac /= 10;
        }
        dst += decimals;
    }
    o->len += (size_t)(dst - start);
}

void out_g6(out_t *o, double x)
{
    /* %g: the exponent X of x rounded to 6 significant digits decides; for -4 <= X < 6 it is
     * x with 5 - X decimals, trailing zeros removed. The fast path covers 1e-4 <= |x| < 1e6
     * (probabilities), estimating X and correcting it from the rounded digits. */
    const double a = fabs(x);
    if (x == 0 && !signbit(x)) {
        put_c(o, '0');
        return;
    }
    if (!(a >= 1e-4 && a < 1e6)) {
        put_printf_double(o, STYLE_G, 6, x);
        return;
    }
    int X = a >= 1e5 ? 5 : a >= 1e4 ? 4 : a >= 1e3 ? 3 : a >= 100 ? 2 : a >= 10 ? 1
          : a >= 1 ? 0 : a >= 0.1 ? -1 : a >= 0.01 ? -2 : a >= 1e-3 ? -3 : -4;
    uint64_t q = 0;
    for (int tries = 0; tries < 3; tries++) {
        int d = 5 - X;
        if (d < 0 || d > 9 || !scaled(x, d, &q)) {
            put_printf_double(o, STYLE_G, 6, x);
            return;
        }
        if (q >= 1000000)
            X++;
        else if (q < 100000)
            X--;
        else
            break;
    }
    const int d = 5 - X;
    if (X < -4 || X >= 6 || q < 100000 || q >= 1000000) { /* e-style, or never settled */
        put_printf_double(o, STYLE_G, 6, x);
        return;
    }
    char *dst = room(o, 24), *const start = dst;
    if (signbit(x))
        *dst++ = '-';
    dst = put_u64_at(dst, q / pow10[d]);
    uint64_t frac = q % pow10[d];
    int digits = d;
    while (digits > 0 && frac % 10 == 0) { /* %g drops trailing zeros */
        frac /= 10;
        digits--;
    }
    if (digits > 0) {
        *dst++ = '.';
        for (int i = digits - 1; i >= 0; i--) {
            dst[i] = (char)('0' + frac % 10);
            frac /= 10;
        }
        dst += digits;
    }
    o->len += (size_t)(dst - start);
}

/* ---- statements ---------------------------------------------------------------------------- */

static void put_json_string(out_t *o, const char *s, size_t n)
{
    put_c(o, '"');
    out_escaped(o, s, n, true);
    put_c(o, '"');
}

enum name_byte { NAME_TEXT, NAME_SPACE, NAME_INVISIBLE };

/* What the character at s[0..n) is in a name, and its length in bytes: a space (ASCII
 * spaces and line breaks; Unicode's other spaces and separators: U+0085, U+00A0, U+1680,
 * U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), an invisible mark a scraper leaves
 * inside words (soft hyphen U+00AD, zero-width space U+200B, word joiner U+2060, U+FEFF), or
 * text. The joiners U+200C and U+200D spell words in Persian and Indic names and are kept. */
static enum name_byte name_byte(const unsigned char *s, size_t n, size_t *len)
{
    *len = 1;
    if (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r'))
        return NAME_SPACE;
    if (s[0] == 0xC2 && n >= 2) {
        *len = 2;
        if (s[1] == 0x85 || s[1] == 0xA0)
            return NAME_SPACE;
        return s[1] == 0xAD ? NAME_INVISIBLE : (*len = 1, NAME_TEXT);
    }
    if (n < 3 || !(s[0] == 0xE1 || s[0] == 0xE2 || s[0] == 0xE3 || s[0] == 0xEF) ||
        (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
        return NAME_TEXT;
    const unsigned cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    *len = 3;
    if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
        cp == 0x202F || cp == 0x205F || cp == 0x3000)
        return NAME_SPACE;
    if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF)
        return NAME_INVISIBLE;
    *len = 1;
    return NAME_TEXT;
}

/* A speaker's name as one line: each run of spaces and line breaks written as one space, none
 * at either end, and invisible marks left out, so that a name wrapped over two lines
 * ("Dmitry\nPeskov") or written with a no-break space is the name given elsewhere on one
 * line. speaker_start and speaker_end keep the bytes. */
static void put_name(out_t *o, const char *s, size_t n, bool json)
{
    const unsigned char *u = (const unsigned char *)s;
    bool space = false, any = false;
    size_t run = 0; /* start of the text not yet written */
    for (size_t i = 0; i < n;) {
        size_t k;
        enum name_byte b = name_byte(u + i, n - i, &k);
        if (b != NAME_TEXT) {
            out_escaped(o, s + run, i - run, json);
            any = any || i > run;
            space = space || (b == NAME_SPACE && any);
            run = i + k;
        } else if (space && i == run) {
            put_c(o, ' ');
            space = false;
        }
        i += k;
    }
    out_escaped(o, s + run, n - run, json);
}

void out_json_string(FILE *fp, const char *s, size_t n)
{
    /* A few short strings (report.c): escaped through a buffer on the stack. */
    char small[4096];
    out_t o = {.fp = fp, .buf = small, .cap = sizeof small};
    put_json_string(&o, s, n);
    out_flush(&o);
}

static const char *label_of(const out_t *o, const stance_result_t *res)
{
    if (o->unknown && res->n_known == 0)
        return OUT_UNKNOWN;
    if (o->min_confidence > 0 && res->confidence < o->min_confidence)
        return OUT_UNCERTAIN;
    return stance_model_label(o->model, res->label);
}

static void tsv_header(out_t *o)
{
    if (!o->header_done && !o->no_header) {
        if (o->with_file)
            put_str(o, "file\tline\t");
        put_str(o, o->explain ? "label\tconfidence\tspeaker\ttext\tfeatures\n"
                              : "label\tconfidence\tspeaker\ttext\n");
    }
    o->header_done = true;
}

void out_finish(out_t *o)
{
    if (o->format == OUT_TSV)
        tsv_header(o);
}

static void tsv_statement(out_t *o, const out_item_t *it, const stance_result_t *res,
                          const stance_hit_t *hits, size_t n_hits)
{
    tsv_header(o);
    if (o->with_file) { /* escaped as text is: a name may hold a tab */
        out_escaped(o, it->file, strlen(it->file), false);
        put_c(o, '\t');
        put_u64(o, it->line);
        put_c(o, '\t');
    }
    const char *label = label_of(o, res); /* a model's label may hold a backslash */
    out_escaped(o, label, strlen(label), false);
    put_c(o, '\t');
    out_fixed(o, res->confidence, 4, false);
    put_c(o, '\t');
    if (it->speaker)
        put_name(o, it->speaker, it->speaker_len, false);
    put_c(o, '\t');
    out_escaped(o, it->text, it->text_len, false);
    if (o->explain) {
        put_c(o, '\t');
        for (size_t i = 0; i < n_hits; i++) {
            if (i)
                put_c(o, ' ');
            out_escaped(o, hits[i].feature, hits[i].feature_len, false);
            put_c(o, ':');
            out_fixed(o, hits[i].contribution, 3, true);
        }
    }
    put_c(o, '\n');
}

static void jsonl_statement(out_t *o, const out_item_t *it, const stance_result_t *res,
                            const stance_hit_t *hits, size_t n_hits)
{
    put_str(o, "{\"file\":");
    put_json_string(o, it->file, strlen(it->file));
    put_str(o, ",\"line\":");
    put_u64(o, it->line);
    put_str(o, ",\"start\":");
    put_u64(o, it->start);
    put_str(o, ",\"end\":");
    put_u64(o, it->end);
    put_str(o, ",\"text\":");
    put_json_string(o, it->text, it->text_len);
    put_str(o, ",\"speaker\":");
    if (it->speaker) {
        put_c(o, '"');
        put_name(o, it->speaker, it->speaker_len, true);
        put_c(o, '"');
    } else
        put_str(o, "null");
    if (it->article) { /* quotes mode: where the speaker is named, and how */
        if (it->speaker) {
            put_str(o, ",\"speaker_start\":");
            put_u64(o, it->speaker_start);
            put_str(o, ",\"speaker_end\":");
            put_u64(o, it->speaker_end);
            put_str(o, ",\"speaker_kind\":\"");
            put_str(o, it->speaker_kind); /* a fixed word: nothing to escape */
            put_c(o, '"');
        } else {
            put_str(o, ",\"speaker_start\":null,\"speaker_end\":null,\"speaker_kind\":null");
        }
        if (it->quotation.flags & STANCE_QUOTE_UNCLOSED) /* cut short: said, not hidden */
            put_str(o, ",\"unclosed\":true");
        if (it->quotation.flags & STANCE_QUOTE_TURN) /* a transcript's turn, not in marks */
            put_str(o, ",\"turn\":true");
        if (it->more) {
            put_str(o, ",\"spans\":[[");
            put_u64(o, it->start);
            put_c(o, ',');
            put_u64(o, it->text_end);
            put_str(o, "],[");
            put_u64(o, it->more_start);
            put_c(o, ',');
            put_u64(o, it->end);
            put_str(o, "]]");
        }
    }
    put_str(o, ",\"label\":");
    const char *label = label_of(o, res);
    put_json_string(o, label, strlen(label));
    put_str(o, ",\"confidence\":");
    out_g6(o, res->confidence);
    put_str(o, ",\"known_features\":");
    put_u64(o, res->n_known);
    put_str(o, ",\"scores\":{");
    for (size_t c = 0; c < res->n_labels; c++) {
        const char *name = stance_model_label(o->model, c);
        if (c)
            put_c(o, ',');
        put_json_string(o, name, strlen(name));
        put_c(o, ':');
        out_g6(o, res->probs[c]);
    }
    put_c(o, '}');
    if (o->explain) {
        put_str(o, ",\"features\":[");
        for (size_t i = 0; i < n_hits; i++) {
            put_str(o, i ? ",[" : "[");
            put_json_string(o, hits[i].feature, hits[i].feature_len);
            put_c(o, ',');
            out_fixed(o, hits[i].contribution, 4, false);
            put_c(o, ']');
        }
        put_c(o, ']');
    }
    put_str(o, "}\n");
}

void out_statement(out_t *o, const out_item_t *item, const stance_result_t *res,
                   const stance_hit_t *hits, size_t n_hits)
{
    if (o->format == OUT_TSV)
        tsv_statement(o, item, res, hits, n_hits);
    else
        jsonl_statement(o, item, res, hits, n_hits);
    if (o->len >= OUT_WRITE_BYTES)
        out_flush(o);
}
