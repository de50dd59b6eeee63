/* Loading a model file (FORMAT.md). Nothing is interpreted before the length and checksum
 * are verified; every length is checked against the bytes that remain, so a hostile file can
 * neither make the reader run past its end nor allocate more than its own size. */
#define _POSIX_C_SOURCE 200809L
#include "format.h"
#include "language_rules.h"
#include "io.h"
#include "model.h"
#include "tokenize.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <utf8proc.h>

#define DEFAULT_MAX_FILE_BYTES STANCE_MODEL_MAX_BYTES

/* A bounded cursor over one section; `base` is its offset in the file, for messages. */
typedef struct reader {
    const unsigned char *p;
    size_t n, pos;
    size_t field; /* where the field read last starts: a bad value is reported there */
    uint64_t base;
    const char *section;
    stance_error_t *err;
    stance_status_t st;
} reader_t;

/* Records the first failure, at byte `at` of the section: "section S at byte B: what". */
static bool fail_at(reader_t *r, stance_status_t st, size_t at, const char *fmt, ...)
    STANCE_PRINTF(4, 5);
static bool fail_at(reader_t *r, stance_status_t st, size_t at, const char *fmt, ...)
{
    if (r->st == STANCE_OK) {
        char what[160];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(what, sizeof what, fmt, ap);
        va_end(ap);
        uint64_t where = r->base + at;
        r->st = stance__fail(r->err, st, where, "section %s at byte %llu: %s", r->section,
                             (unsigned long long)where, what);
    }
    return false;
}

/* A failure about the value of the field just read, at the field rather than behind it. */
#define fail_field(r, st, ...) fail_at((r), (st), (r)->field, __VA_ARGS__)

static bool need(reader_t *r, size_t k, const char *what)
{
    return r->st == STANCE_OK &&
           (r->n - r->pos >= k ||
            fail_at(r, STANCE_E_CORRUPT, r->pos, "%s runs past the section end", what));
}

static uint32_t get_u32(reader_t *r, const char *what)
{
    if (!need(r, 4, what))
        return 0;
    uint32_t v = stance__rd_u32le(r->p + r->pos);
    r->field = r->pos;
    r->pos += 4;
    return v;
}

static uint64_t get_u64(reader_t *r, const char *what)
{
    if (!need(r, 8, what))
        return 0;
    uint64_t v = stance__rd_u64le(r->p + r->pos);
    r->field = r->pos;
    r->pos += 8;
    return v;
}

static double get_f64(reader_t *r, const char *what)
{
    uint64_t bits = get_u64(r, what);
    double v;
    memcpy(&v, &bits, sizeof v);
    return v;
}

/* Whether p[0..n) is printable ASCII (no control character, no DEL, no byte >= 0x80), eight
 * bytes a step: most strings of a model (its features) are, and need no byte-by-byte check. */
static bool printable_ascii(const unsigned char *p, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    size_t i = 0;
    for (; n - i >= 8; i += 8) {
        const uint64_t v = stance__load64le(p + i), del = v ^ (0x7F * ones);
        /* a byte below 0x20 (exact where no byte is >= 0x80, which the last term catches),
         * a DEL, a byte >= 0x80 */
        if (((v - 0x20 * ones) & ~v & high) | ((del - ones) & ~del & high) | (v & high))
            return false;
    }
    for (; i < n; i++)
        if (p[i] < 0x20 || p[i] >= 0x7F)
            return false;
    return true;
}

/* A u32-length string of at most `max` bytes, valid UTF-8 without control characters; the
 * field is the string with its length. */
static bool get_str(reader_t *r, size_t max, const char *what, const char **s, size_t *len)
{
    uint32_t n = get_u32(r, what);
    if (r->st != STANCE_OK)
        return false;
    if (n > max)
        return fail_field(r, STANCE_E_CORRUPT,
                          "%s is longer than its limit (%u bytes, at most %zu)", what, n, max);
    if (!need(r, n, what))
        return false;
    const unsigned char *p = r->p + r->pos;
    if (!printable_ascii(p, n)) {
        for (uint32_t i = 0; i < n; i++)
            if (p[i] < 0x20 || p[i] == 0x7F)
                return fail_at(r, STANCE_E_CORRUPT, r->pos + i, "%s has a control character",
                               what);
        size_t valid = stance__utf8_check(p, n);
        if (valid != n)
            return fail_at(r, STANCE_E_CORRUPT, r->pos + valid, "%s is not valid UTF-8", what);
    }
    *s = (const char *)p;
    *len = n;
    r->pos += n;
    return true;
}

static bool out_of_memory(reader_t *r)
{
    return fail_at(r, STANCE_E_NOMEM, r->pos, "out of memory");
}

static char *dup_str(stance_model_t *m, reader_t *r, size_t max, const char *what)
{
    const char *s;
    size_t n;
    if (!get_str(r, max, what, &s, &n))
        return NULL;
    char *d = stance__strndup(&m->alloc, s, n);
    if (!d)
        out_of_memory(r);
    return d;
}

/* A word list of the ANLZ section: at most STANCE_MAX_LIST_WORDS entries of 1 to
 * STANCE_MAX_LIST_WORD_BYTES bytes without spaces. */
static bool get_list(stance_model_t *m, reader_t *r, stance_strlist_t *l, const char *what)
{
    uint32_t n = get_u32(r, what);
    if (r->st != STANCE_OK)
        return false;
    if (n > STANCE_MAX_LIST_WORDS)
        return fail_field(r, STANCE_E_CORRUPT, "%s: %u entries, more than %u", what, n,
                          STANCE_MAX_LIST_WORDS);
    for (uint32_t i = 0; i < n; i++) {
        char entry[64];
        snprintf(entry, sizeof entry, "%s entry %u", what, i + 1);
        const char *s = NULL;
        size_t len = 0;
        if (!get_str(r, STANCE_MAX_LIST_WORD_BYTES, entry, &s, &len))
            return false;
        if (len == 0)
            return fail_field(r, STANCE_E_CORRUPT, "%s is empty", entry);
        if (memchr(s, ' ', len))
            return fail_field(r, STANCE_E_CORRUPT, "%s contains a space", entry);
        if (stance__strlist_add(&m->alloc, l, s, len) != STANCE_OK)
            return out_of_memory(r);
    }
    return true;
}

static bool done(reader_t *r)
{
    return r->st == STANCE_OK &&
           (r->pos == r->n ||
            fail_at(r, STANCE_E_CORRUPT, r->pos, "unexpected bytes after the last field"));
}

/* A check of settings.c refused the field just read: its message, placed in the file. A bad
 * setting in a file is damage, not a caller's misuse. */
static bool setting_refused(reader_t *r, stance_status_t st, const stance_error_t *why)
{
    return fail_field(r, st == STANCE_E_INVALID_ARG ? STANCE_E_CORRUPT : st, "%s", why->msg);
}

/* The scalar settings `section` holds, in table order (settings.c), each checked as read. */
static bool get_scalars(reader_t *r, stance_cfg_t *c, uint32_t section)
{
    for (size_t i = 0; i < stance__setting_field_count && r->st == STANCE_OK; i++) {
        const stance_setting_field_t *f = &stance__setting_fields[i];
        if (f->section != section)
            continue;
        if (f->desc.kind == STANCE_SETTING_REAL)
            stance__cfg_set_real(c, f, get_f64(r, f->desc.name));
        else
            stance__cfg_set_uint(c, f, get_u32(r, f->desc.name));
        stance_error_t why;
        stance_status_t st;
        if (r->st == STANCE_OK && (st = stance__cfg_check_field(f, c, &why)) != STANCE_OK)
            return setting_refused(r, st, &why);
    }
    return r->st == STANCE_OK;
}

static bool read_anlz(stance_model_t *m, reader_t *r)
{
    stance_cfg_t *c = &m->cfg;
    /* First: the rest of the file follows the rules of its own revision, not this one's. */
    c->tokenizer_rev = get_u32(r, "tokenizer revision");
    if (r->st == STANCE_OK && c->tokenizer_rev != STANCE_TOKENIZER_REV &&
        c->tokenizer_rev != STANCE_TOKENIZER_REV_LANGUAGE &&
        c->tokenizer_rev != STANCE_TOKENIZER_REV_LANGUAGE_3)
        return fail_field(r, STANCE_E_VERSION,
                          "model made with tokenizer revision %u; this libstance has "
                          "revisions %u to %u: retrain it",
                          c->tokenizer_rev, STANCE_TOKENIZER_REV,
                          STANCE_TOKENIZER_REV_LANGUAGE_3);
    const uint64_t rev_at = r->field;
    c->unicode_version = dup_str(m, r, STANCE_MAX_VERSION_BYTES, "Unicode version");
    if (!c->unicode_version)
        return false;
    c->language = dup_str(m, r, STANCE_MAX_LANGUAGE_BYTES, "language");
    if (!c->language)
        return false;
    stance_error_t why;
    stance_status_t st = stance__cfg_check_language(c->language, &why);
    if (st != STANCE_OK)
        return setting_refused(r, st, &why);
    /* revisions 2 and 3 add the rules of a language; only models of such a language have them */
    if (c->tokenizer_rev != STANCE_TOKENIZER_REV && !stance__language_rules(c->language)) {
        r->field = rev_at;
        return fail_field(r, STANCE_E_CORRUPT,
                          "tokenizer revision %u is for languages with word rules (turkish, "
                          "french, italian, catalan, irish); this one's is '%s'",
                          c->tokenizer_rev, c->language);
    }
    return get_scalars(r, c, STANCE_TAG_ANLZ) &&
           get_list(m, r, &c->negation_words, "negation words") &&
           get_list(m, r, &c->negation_suffixes, "negation suffixes") &&
           get_list(m, r, &c->scope_end_words, "scope end words") && done(r);
}

static bool read_nbay(stance_model_t *m, reader_t *r)
{
    return get_scalars(r, &m->cfg, STANCE_TAG_NBAY) && done(r);
}

static int bytes_cmp(const char *a, size_t an, const char *b, size_t bn)
{
    int c = memcmp(a, b, an < bn ? an : bn);
    return c ? c : (an > bn) - (an < bn);
}

static bool read_labl(stance_model_t *m, reader_t *r)
{
    uint32_t n = get_u32(r, "label count");
    if (r->st != STANCE_OK)
        return false;
    if (n == 0 || n > STANCE_MAX_LABELS)
        return fail_field(r, STANCE_E_CORRUPT, "label count out of range 1..%u: %u",
                          STANCE_MAX_LABELS, n);
    m->n_labels = n;
    m->labels = stance__calloc(&m->alloc, n, sizeof *m->labels);
    m->label_lens = stance__calloc(&m->alloc, n, sizeof *m->label_lens);
    m->label_docs = stance__calloc(&m->alloc, n, sizeof *m->label_docs);
    m->log_prior = stance__calloc(&m->alloc, n, sizeof *m->log_prior);
    if (!m->labels || !m->label_lens || !m->label_docs || !m->log_prior)
        return out_of_memory(r);
    for (uint32_t i = 0; i < n; i++) {
        const char *s;
        size_t len;
        if (!get_str(r, STANCE_MAX_LABEL_BYTES, "label", &s, &len))
            return false;
        if (len == 0)
            return fail_field(r, STANCE_E_CORRUPT, "empty label");
        if (i > 0 && bytes_cmp(m->labels[i - 1], m->label_lens[i - 1], s, len) >= 0)
            return fail_field(r, STANCE_E_CORRUPT, "labels not unique and sorted");
        if (!(m->labels[i] = stance__strndup(&m->alloc, s, len)))
            return out_of_memory(r);
        m->label_lens[i] = len;
        m->label_docs[i] = get_u64(r, "statement count");
        if (r->st == STANCE_OK && m->label_docs[i] == 0) /* the trainer refuses such a label */
            return fail_field(r, STANCE_E_CORRUPT, "label %u has no statements", i + 1);
    }
    return done(r);
}

/* The rule of FEAT (FORMAT.md) that feature string s breaks, or NULL: one to ngram_max terms
 * joined by single spaces, except that two Han or Kana characters make a bigram whatever
 * ngram_max; each term a word with at most one NOT_ mark (its case is not judged: see
 * FORMAT.md). s is valid UTF-8. */
static const char *feature_flaw(const char *s, size_t n, unsigned ngram_max)
{
    unsigned terms = 0;
    bool all_cjk = true;
    for (size_t pos = 0; pos <= n; terms++) {
        size_t end = pos;
        while (end < n && s[end] != ' ')
            end++;
        const unsigned char *t = (const unsigned char *)s + pos;
        size_t tn = end - pos;
        pos = end + 1;
        if (tn == 0)
            return "an empty term (a leading, trailing or double space)";
        if (terms == STANCE_MAX_NGRAM)
            return "more than 3 terms";
        if (tn >= STANCE_NEG_PREFIX_LEN &&
            memcmp(t, STANCE_NEG_PREFIX, STANCE_NEG_PREFIX_LEN) == 0) {
            t += STANCE_NEG_PREFIX_LEN;
            tn -= STANCE_NEG_PREFIX_LEN;
            if (tn == 0)
                return "a NOT_ mark without a word";
            if (tn >= STANCE_NEG_PREFIX_LEN &&
                memcmp(t, STANCE_NEG_PREFIX, STANCE_NEG_PREFIX_LEN) == 0)
                return "a term marked NOT_ twice";
        }
        /* only the first character matters: the string was checked as UTF-8 when read */
        utf8proc_int32_t cp;
        if (utf8proc_iterate(t, (utf8proc_ssize_t)tn, &cp) <= 0)
            return "invalid UTF-8";
        all_cjk = all_cjk && stance__is_cjk(cp);
    }
    if (terms > ngram_max && !(terms == 2 && all_cjk))
        return "more terms than ngram_max";
    return NULL;
}

static bool read_feat(stance_model_t *m, reader_t *r)
{
    const size_t L = m->n_labels;
    uint64_t n = get_u64(r, "feature count");
    if (r->st != STANCE_OK)
        return false;
    /* Each feature takes at least a length, one byte and L counts: bound n by the bytes
     * actually present before allocating anything for it. */
    const size_t min_each = 4 + 1 + 8 * L;
    if (n > (r->n - r->pos) / min_each || n > STANCE_MAX_FEATURES)
        return fail_field(r, STANCE_E_CORRUPT, "feature count larger than the section holds: %llu",
                          (unsigned long long)n);
    size_t F = (size_t)n;
    m->n_features = F;
    m->fstrings = stance__malloc(&m->alloc, (r->n - r->pos) + F);
    m->foff = stance__calloc(&m->alloc, F, sizeof *m->foff);
    m->flen = stance__calloc(&m->alloc, F, sizeof *m->flen);
    m->counts = stance__calloc(&m->alloc, F * L, sizeof *m->counts);
    if (!m->fstrings || !m->foff || !m->flen || !m->counts)
        return out_of_memory(r);
    size_t off = 0;
    for (size_t f = 0; f < F; f++) {
        const char *s;
        size_t len;
        if (!get_str(r, UINT32_MAX, "feature", &s, &len))
            return false;
        const char *flaw = feature_flaw(s, len, m->cfg.ngram_max);
        if (flaw)
            return fail_field(r, STANCE_E_CORRUPT, "malformed feature string (feature %zu): %s",
                              f + 1, flaw);
        if (f > 0 && bytes_cmp(m->fstrings + m->foff[f - 1], m->flen[f - 1], s, len) >= 0)
            return fail_field(r, STANCE_E_CORRUPT, "features not unique and sorted");
        memcpy(m->fstrings + off, s, len);
        m->fstrings[off + len] = '\0';
        m->foff[f] = off;
        m->flen[f] = (uint32_t)len;
        off += len + 1;
        for (size_t c = 0; c < L; c++)
            m->counts[f * L + c] = get_u64(r, "feature count");
    }
    return done(r);
}

static bool read_meta(stance_model_t *m, reader_t *r)
{
    m->library_version = dup_str(m, r, STANCE_MAX_VERSION_BYTES, "library version");
    m->min_count = get_u64(r, "min_count");
    if (!m->library_version || r->st != STANCE_OK)
        return false;
    /* FEAT is read before META: a pruned model kept only features seen min_count times. */
    const size_t L = m->n_labels;
    for (size_t f = 0; m->min_count > 1 && f < m->n_features; f++) {
        uint64_t seen = 0;
        for (size_t c = 0; c < L && seen < m->min_count; c++)
            seen = m->counts[f * L + c] > UINT64_MAX - seen ? UINT64_MAX
                                                            : seen + m->counts[f * L + c];
        if (seen < m->min_count)
            return fail_field(r, STANCE_E_CORRUPT,
                              "min_count %llu, but feature %zu was seen only %llu time%s: "
                              "a pruned model keeps no rarer feature",
                              (unsigned long long)m->min_count, f + 1,
                              (unsigned long long)seen, seen == 1 ? "" : "s");
    }
    return done(r);
}

static bool read_calb(stance_model_t *m, reader_t *r)
{
    uint32_t method = get_u32(r, "calibration method");
    if (r->st == STANCE_OK && method != STANCE_CALIBRATION_TEMPERATURE)
        return fail_field(r, STANCE_E_CORRUPT, "unknown calibration method %u", method);
    double t = get_f64(r, "temperature");
    if (r->st != STANCE_OK)
        return false;
    if (!(t >= STANCE_TEMPERATURE_MIN && t <= STANCE_TEMPERATURE_MAX))
        return fail_field(r, STANCE_E_CORRUPT, "temperature out of range %g..%g: %g",
                          STANCE_TEMPERATURE_MIN, STANCE_TEMPERATURE_MAX, t);
    m->temperature = t;
    return done(r);
}

static bool read_bias(stance_model_t *m, reader_t *r)
{
    uint32_t n = get_u32(r, "bias count");
    if (r->st != STANCE_OK)
        return false;
    if (n != m->n_labels)
        return fail_field(r, STANCE_E_CORRUPT,
                          "bias count differs from the label count (%u, %zu labels)", n,
                          m->n_labels);
    if (!(m->bias = stance__calloc(&m->alloc, n, sizeof *m->bias)))
        return out_of_memory(r);
    for (uint32_t l = 0; l < n; l++) {
        double b = get_f64(r, "bias");
        if (r->st == STANCE_OK && !(b >= -STANCE_LABEL_BIAS_MAX && b <= STANCE_LABEL_BIAS_MAX))
            return fail_field(r, STANCE_E_CORRUPT, "bias out of range -%g..%g: %g",
                              STANCE_LABEL_BIAS_MAX, STANCE_LABEL_BIAS_MAX, b);
        m->bias[l] = b;
    }
    return done(r);
}

typedef struct span {
    const unsigned char *p;
    size_t n;
    uint64_t off;
    bool present;
} span_t;

/* The signature and the length the header gives against the file's: what a file of `len`
 * bytes beginning with the bytes at d (at least 24 of them, or all when fewer) can be told by
 * before anything else is read. */
static stance_status_t check_length(const unsigned char *d, size_t len, stance_error_t *err)
{
    if (len < 4)
        return stance__fail(err, STANCE_E_TRUNCATED, len,
                            "file is %zu bytes, shorter than the 4-byte signature", len);
    if (memcmp(d, STANCE_MAGIC, 4) != 0)
        return stance__fail(err, STANCE_E_BAD_MAGIC, 0,
                            "bytes 0-3 are not the signature \"STNC\": not a libstance model");
    if (len < STANCE_HEADER_LEN + STANCE_CHECKSUM_LEN)
        return stance__fail(err, STANCE_E_TRUNCATED, len,
                            "file is %zu bytes, shorter than the %u-byte header and checksum",
                            len, STANCE_HEADER_LEN + STANCE_CHECKSUM_LEN);
    uint64_t file_len = stance__rd_u64le(d + 16);
    if (file_len > len)
        return stance__fail(err, STANCE_E_TRUNCATED, len,
                            "header says the file is %llu bytes (byte 16) but it has only %zu",
                            (unsigned long long)file_len, len);
    if (file_len < len)
        return stance__fail(err, STANCE_E_CORRUPT, file_len,
                            "%zu unexpected byte%s after the end of the model at byte %llu",
                            len - (size_t)file_len, len - (size_t)file_len == 1 ? "" : "s",
                            (unsigned long long)file_len);
    return STANCE_OK;
}

static stance_status_t parse(stance_model_t *m, const unsigned char *d, size_t len,
                             stance_error_t *err)
{
    stance_status_t checked = check_length(d, len, err);
    if (checked != STANCE_OK)
        return checked;
    uint32_t stored = stance__rd_u32le(d + len - 4);
    uint32_t actual = stance__crc32c(d, len - 4);
    if (stored != actual)
        return stance__fail(err, STANCE_E_CHECKSUM, len - 4,
                            "checksum mismatch at byte %zu (stored %08x, computed %08x): the "
                            "file was altered or damaged",
                            len - 4, stored, actual);
    uint16_t major = stance__rd_u16le(d + 4), minor = stance__rd_u16le(d + 6);
    if (major != STANCE_FORMAT_MAJOR)
        return stance__fail(err, STANCE_E_VERSION, 4,
                            "model format %u.%u (byte 4); this libstance %s reads format %u.x", major,
                            minor, STANCE_VERSION_STRING, STANCE_FORMAT_MAJOR);
    m->format_major = major;
    m->format_minor = minor;
    uint32_t flags = stance__rd_u32le(d + 8), header_len = stance__rd_u32le(d + 12);
    if (flags & STANCE_HEADER_FLAGS_RESERVED)
        return stance__fail(err, STANCE_E_CORRUPT, 8, "reserved header flags %08x are set (byte 8)",
                            flags & STANCE_HEADER_FLAGS_RESERVED);
    /* Format 1 has one header: minor versions add sections, never header fields. */
    if (header_len != STANCE_HEADER_LEN)
        return stance__fail(err, STANCE_E_CORRUPT, 12, "header length %u (byte 12) is not %u",
                            header_len, STANCE_HEADER_LEN);
    uint32_t reserved = stance__rd_u32le(d + 28);
    if (reserved != 0)
        return stance__fail(err, STANCE_E_CORRUPT, 28,
                            "reserved header field (bytes 28-31) is %08x, not 0", reserved);
    uint32_t n_sections = stance__rd_u32le(d + 24);

    /* Pass 1: find the sections. */
    enum { ANLZ, NBAY, LABL, FEAT, META, CALB, BIAS, KNOWN, FIRST_OPTIONAL = CALB };
    static const uint32_t tags[KNOWN] = {STANCE_TAG_ANLZ, STANCE_TAG_NBAY, STANCE_TAG_LABL,
                                         STANCE_TAG_FEAT, STANCE_TAG_META, STANCE_TAG_CALB,
                                         STANCE_TAG_BIAS};
    static const char *const names[KNOWN] = {"ANLZ", "NBAY", "LABL", "FEAT",
                                             "META", "CALB", "BIAS"};
    span_t spans[KNOWN] = {{0}};
    size_t pos = header_len, end = len - STANCE_CHECKSUM_LEN;
    uint32_t seen = 0, unknown_optional = 0;
    while (pos < end) {
        if (end - pos < STANCE_SECTION_HEADER_LEN)
            return stance__fail(err, STANCE_E_CORRUPT, pos,
                                "section header at byte %zu runs past the end", pos);
        uint32_t tag = stance__rd_u32le(d + pos), sflags = stance__rd_u32le(d + pos + 4);
        uint64_t slen = stance__rd_u64le(d + pos + 8);
        size_t body = pos + STANCE_SECTION_HEADER_LEN;
        if (slen > end - body)
            return stance__fail(err, STANCE_E_CORRUPT, pos + 8,
                                "section at byte %zu claims %llu bytes, only %zu remain", pos,
                                (unsigned long long)slen, end - body);
        if (sflags & ~STANCE_SECTION_REQUIRED)
            return stance__fail(err, STANCE_E_CORRUPT, pos + 4,
                                "section flags at byte %zu are %08x: only bit 0 (required) "
                                "may be set",
                                pos + 4, sflags);
        int k = 0;
        while (k < KNOWN && tags[k] != tag)
            k++;
        bool required = sflags & STANCE_SECTION_REQUIRED;
        if (k < KNOWN && required != (k < FIRST_OPTIONAL))
            return stance__fail(err, STANCE_E_CORRUPT, pos + 4,
                                "section %s at byte %zu: flags mark it %s; the format makes "
                                "it %s",
                                names[k], pos + 4, required ? "required" : "optional",
                                required ? "optional" : "required");
        if (k == KNOWN) {
            if (required)
                return stance__fail(err, STANCE_E_VERSION, pos,
                                    "unknown required section %08x at byte %zu: written by a "
                                    "newer libstance",
                                    tag, pos);
            unknown_optional++;
        } else {
            if (spans[k].present)
                return stance__fail(err, STANCE_E_CORRUPT, pos,
                                    "section %s appears twice (byte %zu)", names[k], pos);
            spans[k] = (span_t){d + body, (size_t)slen, body, true};
        }
        seen++;
        pos = body + (size_t)slen;
    }
    if (seen != n_sections)
        return stance__fail(err, STANCE_E_CORRUPT, 24,
                            "header announces %u sections (byte 24), the file holds %u", n_sections,
                            seen);
    for (int k = 0; k < FIRST_OPTIONAL; k++)
        if (!spans[k].present)
            return stance__fail(err, STANCE_E_CORRUPT, STANCE_NO_OFFSET,
                                "required section %s is missing", names[k]);
    if (spans[BIAS].present && minor < STANCE_FORMAT_MINOR_BIAS)
        return stance__fail(err, STANCE_E_CORRUPT, 6,
                            "format_minor %u (byte 6), but the file has a BIAS section (at "
                            "byte %llu), which came with format 1.%u",
                            minor, (unsigned long long)(spans[BIAS].off - STANCE_SECTION_HEADER_LEN),
                            STANCE_FORMAT_MINOR_BIAS);

    /* Pass 2: read them in dependency order (labels before features). */
    typedef bool (*section_reader)(stance_model_t *, reader_t *);
    static const section_reader readers[KNOWN] = {read_anlz, read_nbay, read_labl, read_feat,
                                                  read_meta, read_calb, read_bias};
    for (int k = 0; k < KNOWN; k++) {
        if (!spans[k].present)
            continue;
        reader_t r = {spans[k].p, spans[k].n, 0, 0, spans[k].off, names[k], err, STANCE_OK};
        if (!readers[k](m, &r))
            return r.st;
    }
    if (strcmp(m->cfg.unicode_version, utf8proc_unicode_version()) != 0)
        m->warnings |= STANCE_WARN_UNICODE_VERSION;
    if (unknown_optional)
        m->warnings |= STANCE_WARN_UNKNOWN_SECTIONS;
    return stance__model_finish(m, err);
}

/* Whether a caller's load options are of a version and flags this library knows (NULL: the
 * defaults); load_file checks them before opening anything, as load_mem does. */
static bool load_opts_known(const stance_load_opts_t *opts)
{
    return !opts || (opts->version == STANCE_LOAD_OPTS_VERSION && opts->flags == 0);
}

stance_status_t stance_model_load_mem(stance_model_t **out, const void *data, size_t len,
                                      const stance_load_opts_t *opts, stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out || (!data && len))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "out is NULL, or data is NULL with a nonzero length");
    if (!load_opts_known(opts))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "load options: unknown version or flags");
    size_t max = opts && opts->max_file_bytes ? opts->max_file_bytes : DEFAULT_MAX_FILE_BYTES;
    if (len > max)
        return stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET,
                            "model of %zu bytes exceeds the limit of %zu", len, max);
    stance_model_t *m = stance__model_alloc(opts ? opts->alloc : NULL);
    if (!m)
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    stance_status_t st = parse(m, data ? data : "", len, err);
    if (st != STANCE_OK) {
        stance_model_free(m);
        return st;
    }
    stance__ok(err);
    *out = m;
    return STANCE_OK;
}

stance_status_t stance_model_load_file(stance_model_t **out, const char *path,
                                       const stance_load_opts_t *opts, stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out || !path)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "out or path is NULL");
    if (!load_opts_known(opts))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "load options: unknown version or flags");
    stance_allocator_t a;
    stance__alloc_init(&a, opts ? opts->alloc : NULL);
    size_t max = opts && opts->max_file_bytes ? opts->max_file_bytes : DEFAULT_MAX_FILE_BYTES;
    unsigned char *buf;
    size_t len;
    /* a header that disagrees with the file's size is refused before the file is read: a
     * small model padded to 1,000 MB cost a gigabyte to refuse */
    unsigned char head[STANCE_HEADER_LEN];
    uint64_t size = 0;
    stance__read_head(path, head, sizeof head, &size);
    stance_status_t st;
    if (size >= 24 && size <= max && (st = check_length(head, (size_t)size, err)) != STANCE_OK) {
        stance__error_prefix(err, path);
        return st;
    }
    st = stance__read_file(&a, path, max, &buf, &len, err);
    if (st != STANCE_OK)
        return st;
    st = stance_model_load_mem(out, buf, len, opts, err);
    if (st != STANCE_OK)
        stance__error_prefix(err, path); /* so the message stands on its own */
    stance__free(&a, buf);
    return st;
}
