/* The model file: round trips, determinism, and refusal of every damaged variant. */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include "format.h"
#include "stance_int.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

static stance_model_t *small_model(void)
{
    static const labeled_t data[] = {{"hostile", "not friendly"}, {"conciliatory", "hope"}};
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.settings.ngram_max = 1;
    return train_model(&o, data, 2);
}

static stance_status_t load(const unsigned char *buf, size_t len, stance_error_t *err)
{
    stance_model_t *m = NULL;
    stance_status_t st = stance_model_load_mem(&m, buf, len, NULL, err);
    if (st == STANCE_OK)
        assert_non_null(m);
    else
        assert_null(m);
    stance_model_free(m);
    return st;
}

static void round_trip_is_byte_identical(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, sample_corpus, sample_corpus_len);
    size_t len;
    unsigned char *a = serialize(m, &len);
    stance_model_t *back = NULL;
    assert_int_equal(stance_model_load_mem(&back, a, len, NULL, NULL), STANCE_OK);
    assert_same_bytes(m, back);
    /* same answers */
    double c1, c2;
    const char *t = "We regret to note Tokyo's unfriendly course.";
    assert_string_equal(classify_label(m, t, &c1), classify_label(back, t, &c2));
    assert_true(c1 == c2);
    /* accessors agree */
    assert_int_equal(stance_model_feature_count(m), stance_model_feature_count(back));
    stance_model_info_t info;
    stance_model_info(back, &info);
    assert_int_equal(info.statements, sample_corpus_len);
    assert_int_equal(info.format_major, 1);
    assert_string_equal(info.library_version, STANCE_VERSION_STRING);
    free(a);
    stance_model_free(back);
    stance_model_free(m);
}

static void same_data_same_bytes(void **state)
{
    (void)state;
    stance_model_t *m1 = train_model(NULL, sample_corpus, sample_corpus_len);
    /* the same statements in reverse order */
    labeled_t rev[64];
    for (size_t i = 0; i < sample_corpus_len; i++)
        rev[i] = sample_corpus[sample_corpus_len - 1 - i];
    stance_model_t *m2 = train_model(NULL, rev, sample_corpus_len);
    assert_same_bytes(m1, m2);
    stance_model_free(m1);
    stance_model_free(m2);
}

/* Every proper prefix of a model is refused as truncated (or, below four bytes, too). */
static void every_truncation_is_refused(void **state)
{
    (void)state;
    stance_model_t *m = small_model();
    size_t len;
    unsigned char *buf = serialize(m, &len);
    for (size_t cut = 0; cut < len; cut++) {
        stance_error_t err;
        stance_status_t st = load(buf, cut, &err);
        if (st != STANCE_E_TRUNCATED)
            fail_msg("prefix of %zu bytes: status %d (%s)", cut, st, err.msg);
    }
    free(buf);
    stance_model_free(m);
}

/* Every single-byte change is refused: the signature, the length field or the checksum
 * catches it, each with its own status. */
static void every_byte_flip_is_refused(void **state)
{
    (void)state;
    stance_model_t *m = small_model();
    size_t len;
    unsigned char *buf = serialize(m, &len);
    for (size_t i = 0; i < len; i++) {
        for (int bit = 0; bit < 8; bit++) {
            buf[i] ^= (unsigned char)(1u << bit);
            stance_error_t err;
            stance_status_t st = load(buf, len, &err);
            stance_status_t expect = i < 4 ? STANCE_E_BAD_MAGIC : STANCE_E_CHECKSUM;
            if (i >= 16 && i < 24) /* the file length: shorter or longer than the bytes */
                expect = st == STANCE_E_TRUNCATED ? STANCE_E_TRUNCATED : STANCE_E_CORRUPT;
            if (st != expect)
                fail_msg("byte %zu bit %d: status %d (%s), expected %d", i, bit, st, err.msg,
                         expect);
            buf[i] ^= (unsigned char)(1u << bit);
        }
    }
    assert_int_equal(load(buf, len, NULL), STANCE_OK);
    free(buf);
    stance_model_free(m);
}

/* Rewrites the trailing checksum after a deliberate edit, to reach the checks behind it. */
static void reseal(unsigned char *buf, size_t len)
{
    uint32_t crc = stance__crc32c(buf, len - 4);
    buf[len - 4] = (unsigned char)crc;
    buf[len - 3] = (unsigned char)(crc >> 8);
    buf[len - 2] = (unsigned char)(crc >> 16);
    buf[len - 1] = (unsigned char)(crc >> 24);
}

static void newer_major_version_is_refused(void **state)
{
    (void)state;
    stance_model_t *m = small_model();
    size_t len;
    unsigned char *buf = serialize(m, &len);
    buf[4] = 2; /* format 2.0 */
    reseal(buf, len);
    stance_error_t err;
    assert_int_equal(load(buf, len, &err), STANCE_E_VERSION);
    assert_non_null(strstr(err.msg, "format 2.0"));
    /* a newer minor version with the same sections loads */
    buf[4] = 1;
    buf[6] = 7;
    reseal(buf, len);
    assert_int_equal(load(buf, len, &err), STANCE_OK);
    free(buf);
    stance_model_free(m);
}

/* Appends a section (before the checksum) and fixes up the header. */
/* A copy of `buf` with the k bytes `extra` inserted at `at`, its file length fixed. */
static unsigned char *with_bytes_inserted(const unsigned char *buf, size_t len, size_t at,
                                          const void *extra, size_t k, size_t *out_len)
{
    size_t n = len + k;
    unsigned char *out = malloc(n);
    memcpy(out, buf, at);
    memcpy(out + at, extra, k);
    memcpy(out + at + k, buf + at, len - at);
    stance__wr_u32le(out + 16, (uint32_t)n);
    *out_len = n;
    return out;
}

static unsigned char *with_extra_section(const unsigned char *buf, size_t len, uint32_t tag,
                                         uint32_t flags, const char *body, size_t *out_len)
{
    size_t blen = strlen(body);
    unsigned char *section = malloc(16 + blen);
    stance__wr_u32le(section, tag);
    stance__wr_u32le(section + 4, flags);
    stance__wr_u32le(section + 8, (uint32_t)blen);
    stance__wr_u32le(section + 12, 0);
    memcpy(section + 16, body, blen);
    unsigned char *out = with_bytes_inserted(buf, len, len - 4, section, 16 + blen, out_len);
    free(section);
    stance__wr_u32le(out + 24, stance__rd_u32le(out + 24) + 1);
    reseal(out, *out_len);
    return out;
}

static void unknown_sections(void **state)
{
    (void)state;
    stance_model_t *m = small_model();
    size_t len, n;
    unsigned char *buf = serialize(m, &len);
    unsigned char *opt = with_extra_section(buf, len, STANCE_TAG('X', 'T', 'R', 'A'), 0, "hi", &n);
    assert_int_equal(load(opt, n, NULL), STANCE_OK); /* optional: skipped */
    /* and said: a model saved from this one (merged, continued) would leave it out */
    stance_model_t *back = NULL;
    assert_int_equal(stance_model_load_mem(&back, opt, n, NULL, NULL), STANCE_OK);
    stance_model_info_t info;
    stance_model_info(back, &info);
    assert_true(info.warnings & STANCE_WARN_UNKNOWN_SECTIONS);
    stance_model_free(back);
    stance_model_info(m, &info);
    assert_false(info.warnings & STANCE_WARN_UNKNOWN_SECTIONS);
    free(opt);
    unsigned char *req = with_extra_section(buf, len, STANCE_TAG('X', 'T', 'R', 'A'),
                                            STANCE_SECTION_REQUIRED, "hi", &n);
    stance_error_t err;
    assert_int_equal(load(req, n, &err), STANCE_E_VERSION); /* required: refused */
    assert_non_null(strstr(err.msg, "newer"));
    free(req);
    unsigned char *dup = with_extra_section(buf, len, STANCE_TAG_META, STANCE_SECTION_REQUIRED,
                                            "", &n);
    assert_int_equal(load(dup, n, &err), STANCE_E_CORRUPT); /* a known section twice */
    free(dup);
    free(buf);
    stance_model_free(m);
}

static size_t find(const unsigned char *buf, size_t len, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(buf + i, s, n) == 0)
            return i;
    fail_msg("'%s' not found in the model", s);
    return 0;
}

/* Files with a valid checksum but impossible contents (as a hostile writer could make). */
static void sealed_but_corrupt(void **state)
{
    (void)state;
    stance_model_t *m = small_model();
    size_t len;
    unsigned char *buf = serialize(m, &len);
    unsigned char *b = malloc(len);
    stance_error_t err;

    /* labels out of order: swap the first letters of "conciliatory" and "hostile" */
    memcpy(b, buf, len);
    size_t c = find(b, len, "conciliatory"), h = find(b, len, "hostile");
    b[c] = 'z';
    reseal(b, len);
    assert_int_equal(load(b, len, &err), STANCE_E_CORRUPT);
    assert_non_null(strstr(err.msg, "sorted"));
    (void)h;

    /* a feature count far beyond the section: refused before allocating */
    memcpy(b, buf, len);
    size_t feat = find(b, len, "FEAT") + 16;
    b[feat + 6] = 0x10; /* ~4.5e15 features */
    reseal(b, len);
    assert_int_equal(load(b, len, &err), STANCE_E_CORRUPT);

    /* a string length beyond the section */
    memcpy(b, buf, len);
    b[feat + 8 + 3] = 0x7F;
    reseal(b, len);
    assert_int_equal(load(b, len, &err), STANCE_E_CORRUPT);

    /* an unknown tokenizer revision */
    memcpy(b, buf, len);
    size_t anlz = find(b, len, "ANLZ") + 16;
    b[anlz] = 99;
    reseal(b, len);
    assert_int_equal(load(b, len, &err), STANCE_E_VERSION);
    assert_non_null(strstr(err.msg, "tokenizer revision 99"));

    /* a different Unicode version loads, with a warning */
    memcpy(b, buf, len);
    size_t uv = find(b, len, "15.0.0");
    b[uv + 1] = '4';
    reseal(b, len);
    stance_model_t *w = NULL;
    assert_int_equal(stance_model_load_mem(&w, b, len, NULL, NULL), STANCE_OK);
    stance_model_info_t info;
    stance_model_info(w, &info);
    assert_int_equal(info.warnings & STANCE_WARN_UNICODE_VERSION, STANCE_WARN_UNICODE_VERSION);
    /* but it is no base for more training: its counts and new ones would come from two
     * normalizations (models of two Unicode versions are not merged either) */
    stance_trainer_t *t = NULL;
    assert_int_equal(stance_trainer_new_from_model(&t, w, NULL, &err), STANCE_OK);
    assert_int_equal(stance_trainer_add(t, "a", 1, "more words", 10, 0, &err),
                     STANCE_E_MISMATCH);
    assert_non_null(strstr(err.msg, "Unicode 14.0.0"));
    /* models of its own version still add up: no text is analyzed */
    assert_int_equal(stance_trainer_add_model(t, w, &err), STANCE_OK);
    stance_trainer_free(t);
    stance_cv_opts_t co = STANCE_CV_OPTS_INIT;
    co.base = w;
    stance_cv_t *cv = NULL;
    assert_int_equal(stance_cv_new(&cv, &co, &err), STANCE_E_MISMATCH);
    assert_null(cv);
    stance_model_free(w);

    /* an unknown stemmer language */
    memcpy(b, buf, len);
    size_t lang = find(b, len, "english");
    b[lang] = 'x';
    reseal(b, len);
    assert_int_equal(load(b, len, &err), STANCE_E_LANGUAGE);

    /* a feature string that is not UTF-8 */
    memcpy(b, buf, len);
    size_t f = find(b, len, "hope");
    b[f] = 0xFF;
    reseal(b, len);
    assert_int_equal(load(b, len, &err), STANCE_E_CORRUPT);

    /* counts that overflow when added up */
    memcpy(b, buf, len);
    size_t cnt = find(b, len, "friend") + 6;
    memset(b + cnt, 0xFF, 8);
    size_t cnt2 = find(b, len, "hope") + 4;
    memset(b + cnt2, 0xFF, 8);
    reseal(b, len);
    assert_int_not_equal(load(b, len, &err), STANCE_OK);

    /* trailing bytes after the model */
    unsigned char *longer = malloc(len + 3);
    memcpy(longer, buf, len);
    memset(longer + len, 0, 3);
    assert_int_equal(load(longer, len + 3, &err), STANCE_E_CORRUPT);
    free(longer);

    free(b);
    free(buf);
    stance_model_free(m);
}

/* The offset of the body of the section tagged `tag`, found by walking the section headers
 * (a feature string that spells a tag is not mistaken for one). */
static size_t section_body(const unsigned char *buf, size_t len, const char *tag)
{
    for (size_t pos = STANCE_HEADER_LEN; pos + 16 <= len - 4;
         pos += 16 + (size_t)stance__rd_u64le(buf + pos + 8))
        if (memcmp(buf + pos, tag, 4) == 0)
            return pos + 16;
    fail_msg("no section %s in the model", tag);
    return 0;
}

/* Reseals an edited model and checks that loading it fails with `status` at byte `offset`,
 * with a message that holds `phrase` and, when `section` is not NULL, starts "section
 * <section> at byte <offset>: ". */
static void expect_refusal(unsigned char *buf, size_t len, stance_status_t status,
                           uint64_t offset, const char *section, const char *phrase)
{
    reseal(buf, len);
    stance_error_t err;
    stance_status_t st = load(buf, len, &err);
    if (st != status || !strstr(err.msg, phrase))
        fail_msg("expected status %d with \"%s\", got %d: %s", status, phrase, st, err.msg);
    if (err.offset != offset)
        fail_msg("\"%s\" reported at byte %llu, expected %llu", err.msg,
                 (unsigned long long)err.offset, (unsigned long long)offset);
    char where[64];
    snprintf(where, sizeof where, "section %s at byte %llu: ", section,
             (unsigned long long)offset);
    if (section && strncmp(err.msg, where, strlen(where)) != 0)
        fail_msg("\"%s\" does not start \"%s\"", err.msg, where);
}

/* Header fields FORMAT.md fixes: `reserved` (byte 28) is 0 and `header_len` is 32, so a file
 * with anything else there (here 8 bytes of junk behind a header_len of 40) is not one the
 * format describes. */
static void header_fields_have_their_fixed_values(void **state)
{
    (void)state;
    stance_model_t *m = small_model();
    size_t len, n;
    unsigned char *buf = serialize(m, &len);
    buf[28] = 1;
    expect_refusal(buf, len, STANCE_E_CORRUPT, 28, NULL, "reserved");
    buf[28] = 0;
    unsigned char *longer = with_bytes_inserted(buf, len, STANCE_HEADER_LEN, "JUNKJUNK", 8, &n);
    stance__wr_u32le(longer + 12, STANCE_HEADER_LEN + 8);
    expect_refusal(longer, n, STANCE_E_CORRUPT, 12, NULL, "header length 40");
    free(longer);
    reseal(buf, len);
    assert_int_equal(load(buf, len, NULL), STANCE_OK);
    free(buf);
    stance_model_free(m);
}

/* Section flags: bit 0 says required, the other bits are 0, and a known section is required
 * or optional as FORMAT.md says (ANLZ, NBAY, LABL, FEAT, META required; CALB, BIAS not). */
static void section_flags_match_the_format(void **state)
{
    (void)state;
    stance_model_t *m = small_model(), *calibrated = NULL;
    assert_int_equal(stance_model_with_temperature(&calibrated, m, 2.0, NULL), STANCE_OK);
    size_t len, n;
    unsigned char *buf = serialize(calibrated, &len), *b = malloc(len);
    size_t anlz_flags = section_body(buf, len, "ANLZ") - 12;
    size_t feat_flags = section_body(buf, len, "FEAT") - 12;
    size_t calb_flags = section_body(buf, len, "CALB") - 12;

    memcpy(b, buf, len);
    stance__wr_u32le(b + anlz_flags, 0xFFFFFFFFu);
    expect_refusal(b, len, STANCE_E_CORRUPT, anlz_flags, NULL, "flags");
    memcpy(b, buf, len);
    stance__wr_u32le(b + feat_flags, 0); /* a required section marked optional */
    expect_refusal(b, len, STANCE_E_CORRUPT, feat_flags, "FEAT", "optional");
    memcpy(b, buf, len);
    stance__wr_u32le(b + calb_flags, STANCE_SECTION_REQUIRED);
    expect_refusal(b, len, STANCE_E_CORRUPT, calb_flags, "CALB", "required");

    /* an unknown optional section with a flag bit no version defines */
    unsigned char *odd = with_extra_section(buf, len, STANCE_TAG('X', 'T', 'R', 'A'), 0x2, "hi",
                                            &n);
    expect_refusal(odd, n, STANCE_E_CORRUPT, len - 4 + 4, NULL, "flags");
    free(odd);
    free(b);
    free(buf);
    stance_model_free(calibrated);
    stance_model_free(m);
}

/* BIAS came with format 1.1: a file that says 1.0 and holds one contradicts itself (and
 * `stance info` would call it 1.0). A newer minor version with a BIAS section loads. */
static void bias_section_needs_format_1_1(void **state)
{
    (void)state;
    stance_model_t *m = small_model(), *biased = NULL;
    const double bias[2] = {0.5, 0};
    assert_int_equal(stance_model_with_label_bias(&biased, m, bias, 2, NULL), STANCE_OK);
    size_t len;
    unsigned char *buf = serialize(biased, &len);
    assert_int_equal(stance__rd_u16le(buf + 6), 1);
    buf[6] = 0;
    expect_refusal(buf, len, STANCE_E_CORRUPT, 6, NULL, "BIAS");
    buf[6] = 2;
    reseal(buf, len);
    assert_int_equal(load(buf, len, NULL), STANCE_OK);
    free(buf);
    stance_model_free(biased);
    stance_model_free(m);
}

/* The offset of ANLZ's first scalar setting (ngram_max), behind its two strings. */
static size_t anlz_settings(const unsigned char *buf, size_t len)
{
    size_t at = section_body(buf, len, "ANLZ") + 4; /* the Unicode version */
    at += 4 + stance__rd_u32le(buf + at);           /* the language */
    return at + 4 + stance__rd_u32le(buf + at);
}

static void write_u64le(unsigned char *p, uint64_t v)
{
    stance__wr_u32le(p, (uint32_t)v);
    stance__wr_u32le(p + 4, (uint32_t)(v >> 32));
}

/* A load error names the section and the byte where the bad field starts (not the cursor
 * behind it), and says what is wrong with it. */
static void errors_point_at_the_bad_field(void **state)
{
    (void)state;
    stance_model_t *m = small_model(), *calibrated = NULL, *both = NULL;
    const double bias[2] = {0.5, 0};
    assert_int_equal(stance_model_with_temperature(&calibrated, m, 2.0, NULL), STANCE_OK);
    assert_int_equal(stance_model_with_label_bias(&both, calibrated, bias, 2, NULL), STANCE_OK);
    size_t len;
    unsigned char *buf = serialize(both, &len), *b = malloc(len);
    size_t anlz = section_body(buf, len, "ANLZ"), nbay = section_body(buf, len, "NBAY");
    size_t labl = section_body(buf, len, "LABL"), feat = section_body(buf, len, "FEAT");
    size_t calb = section_body(buf, len, "CALB"), bias_at = section_body(buf, len, "BIAS");
    size_t uv_len = stance__rd_u32le(buf + anlz + 4);
    size_t ngram_max = anlz_settings(buf, len);
    const uint64_t nan_bits = 0x7FF8000000000000u, zero_bits = 0;

    memcpy(b, buf, len);
    stance__wr_u32le(b + labl, 0);
    expect_refusal(b, len, STANCE_E_CORRUPT, labl, "LABL", "label count out of range 1..256");
    memcpy(b, buf, len);
    stance__wr_u32le(b + anlz + 4, 40);
    expect_refusal(b, len, STANCE_E_CORRUPT, anlz + 4, "ANLZ",
                   "Unicode version is longer than its limit");
    memcpy(b, buf, len);
    write_u64le(b + feat, (uint64_t)1 << 40);
    expect_refusal(b, len, STANCE_E_CORRUPT, feat, "FEAT", "feature count larger");
    memcpy(b, buf, len);
    stance__wr_u32le(b + calb, 2);
    expect_refusal(b, len, STANCE_E_CORRUPT, calb, "CALB", "unknown calibration method 2");
    memcpy(b, buf, len);
    write_u64le(b + calb + 4, zero_bits);
    expect_refusal(b, len, STANCE_E_CORRUPT, calb + 4, "CALB", "temperature out of range");
    memcpy(b, buf, len);
    stance__wr_u32le(b + bias_at, 3);
    expect_refusal(b, len, STANCE_E_CORRUPT, bias_at, "BIAS", "bias count differs");
    memcpy(b, buf, len);
    write_u64le(b + bias_at + 4 + 8, nan_bits);
    expect_refusal(b, len, STANCE_E_CORRUPT, bias_at + 12, "BIAS", "bias out of range");
    /* settings out of range: the section and the field, not only the setting */
    memcpy(b, buf, len);
    stance__wr_u32le(b + ngram_max, 0);
    expect_refusal(b, len, STANCE_E_CORRUPT, ngram_max, "ANLZ", "ngram_max 0 is out of range");
    memcpy(b, buf, len);
    write_u64le(b + nbay + 8, nan_bits);
    expect_refusal(b, len, STANCE_E_CORRUPT, nbay + 8, "NBAY", "alpha nan must be");
    /* the tokenizer revision and the language, with their own statuses */
    memcpy(b, buf, len);
    stance__wr_u32le(b + anlz, 99);
    expect_refusal(b, len, STANCE_E_VERSION, anlz, "ANLZ", "tokenizer revision 99");
    /* revision 2 (a language's word rules) belongs to the models of such a language */
    memcpy(b, buf, len);
    stance__wr_u32le(b + anlz, 2);
    expect_refusal(b, len, STANCE_E_CORRUPT, anlz, "ANLZ",
                   "tokenizer revision 2 is for languages with word rules (turkish, french, "
                   "italian, catalan, irish); this one's is 'english'");
    memcpy(b, buf, len);
    b[find(b, len, "english")] = 'x';
    expect_refusal(b, len, STANCE_E_LANGUAGE, anlz + 4 + 4 + uv_len, "ANLZ",
                   "unknown stemmer language 'xnglish'");
    free(b);
    free(buf);
    stance_model_free(both);
    stance_model_free(calibrated);
    stance_model_free(m);
}

/* A bad negation-word list says what is wrong with it: too many entries, an empty one, one
 * with a space, one too long. */
static void word_list_errors_say_what_is_wrong(void **state)
{
    (void)state;
    stance_model_t *m = small_model();
    size_t len;
    unsigned char *buf = serialize(m, &len), *b = malloc(len);
    size_t words = anlz_settings(buf, len) + 6 * 4, first = words + 4; /* behind 6 u32 */
    assert_true(stance__rd_u32le(buf + first) >= 2); /* "not" */

    memcpy(b, buf, len);
    stance__wr_u32le(b + words, 300);
    expect_refusal(b, len, STANCE_E_CORRUPT, words, "ANLZ",
                   "negation words: 300 entries, more than 256");
    memcpy(b, buf, len);
    stance__wr_u32le(b + first, 0);
    expect_refusal(b, len, STANCE_E_CORRUPT, first, "ANLZ", "negation words entry 1 is empty");
    memcpy(b, buf, len);
    b[first + 4 + 1] = ' ';
    expect_refusal(b, len, STANCE_E_CORRUPT, first, "ANLZ",
                   "negation words entry 1 contains a space");
    memcpy(b, buf, len);
    stance__wr_u32le(b + first, 65);
    expect_refusal(b, len, STANCE_E_CORRUPT, first, "ANLZ",
                   "negation words entry 1 is longer than its limit (65 bytes, at most 64)");
    free(b);
    free(buf);
    stance_model_free(m);
}

/* Overwrites the bytes of feature string `was` (found with its length before it) with `now`,
 * of the same length; returns the offset of the feature's field (its length). */
static size_t replace_feature(unsigned char *buf, size_t len, const char *was, const char *now)
{
    size_t n = strlen(was), feat = section_body(buf, len, "FEAT");
    assert_int_equal(strlen(now), n);
    unsigned char field[72];
    assert_true(n + 4 <= sizeof field);
    stance__wr_u32le(field, (uint32_t)n);
    memcpy(field + 4, was, n);
    for (size_t i = feat; i + 4 + n <= len; i++)
        if (memcmp(buf + i, field, 4 + n) == 0) {
            memcpy(buf + i + 4, now, n);
            return i;
        }
    fail_msg("feature '%s' not found in the model", was);
    return 0;
}

/* Every model the trainer makes loads: words whose characters Unicode's full case folding
 * would decompose (ǰ, ΐ, ΰ: composed again by normalization), titlecase and special
 * capitals, ligatures, a dotted capital I, Greek final sigma, Cherokee (whose folding goes to
 * capitals), in every n-gram setting. The reader once judged terms by a per-character case
 * test and refused such models, trained and saved without a word. */
static void trained_models_of_any_script_load(void **state)
{
    (void)state;
    static const labeled_t data[] = {
        {"a", "ǰ ΐ ΰ ǅemal ẞ ﬁne İstanbul ΛΌΓΟΣ λόγος ᏣᎳᎩ ꮳꮃꭹ welcome"},
        {"b", "Ǆ ǆ ﬀ STRASSE Straße ΣΊΣΥΦΟΣ ᾼ ᾳ ǰ condemn"},
        {"a", "ΐ ΰ talks ꭰ Ꭰ"},
        {"b", "ǅ ẞ İ threats"},
    };
    for (unsigned ng = 1; ng <= 3; ng++) {
        stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
        o.settings.ngram_max = ng;
        stance_model_t *m = train_model(&o, data, sizeof data / sizeof *data);
        size_t len;
        unsigned char *buf = serialize(m, &len);
        stance_model_t *back = NULL;
        stance_error_t err;
        if (stance_model_load_mem(&back, buf, len, NULL, &err) != STANCE_OK)
            fail_msg("ngram_max %u: the trained model does not load: %s", ng, err.msg);
        assert_int_equal(stance_model_feature_count(back), stance_model_feature_count(m));
        stance_model_free(back);
        free(buf);
        stance_model_free(m);
    }
}

/* Feature strings keep FORMAT.md's rules: one to ngram_max terms (two Han or Kana characters
 * always make a bigram), at most one NOT_ mark, never a bare one. */
static void feature_strings_keep_the_rules(void **state)
{
    (void)state;
    stance_model_t *m = small_model(); /* ngram_max 1 */
    size_t len;
    unsigned char *buf = serialize(m, &len), *b = malloc(len);
    static const struct {
        const char *was, *now, *why;
    } cases[] = {
        {"hope", "NOT_", "NOT_ mark without a word"},
        {"NOT_friend", "NOT_NOT_fr", "marked NOT_ twice"},
        {"hope", "h pe", "more terms than ngram_max"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        memcpy(b, buf, len);
        size_t at = replace_feature(b, len, cases[i].was, cases[i].now);
        expect_refusal(b, len, STANCE_E_CORRUPT, at, "FEAT", cases[i].why);
    }
    free(b);
    free(buf);
    stance_model_free(m);

    /* three terms where ngram_max is 2: a bigram with a space put in its second word */
    m = train_model(NULL, sample_corpus, sample_corpus_len);
    stance_settings_t settings;
    stance_model_settings(m, &settings);
    assert_int_equal(settings.ngram_max, 2);
    buf = serialize(m, &len);
    char bigram[64] = "";
    for (size_t f = 0; f < stance_model_feature_count(m) && !bigram[0]; f++) {
        size_t n;
        const char *s = stance_model_feature(m, f, &n);
        const char *space = memchr(s, ' ', n);
        if (space && !memchr(space + 1, ' ', n - (size_t)(space + 1 - s)) &&
            n - (size_t)(space - s) >= 4 && n < sizeof bigram && !strstr(s, "NOT_"))
            memcpy(bigram, s, n);
    }
    assert_true(bigram[0] != '\0');
    char trigram[64];
    strcpy(trigram, bigram);
    strchr(trigram, ' ')[2] = ' ';
    size_t at = replace_feature(buf, len, bigram, trigram);
    expect_refusal(buf, len, STANCE_E_CORRUPT, at, "FEAT", "more terms than ngram_max");
    free(buf);
    stance_model_free(m);

    /* Han and Kana characters make bigrams whatever ngram_max: such a model loads */
    static const labeled_t cjk[] = {{"hostile", "日本語を話す"}, {"conciliatory", "平和な話"}};
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.settings.ngram_max = 1;
    m = train_model(&o, cjk, 2);
    bool has_bigram = false;
    for (size_t f = 0; f < stance_model_feature_count(m); f++) {
        size_t n; /* set by the call, which must come before memchr reads it */
        const char *feature = stance_model_feature(m, f, &n);
        has_bigram |= memchr(feature, ' ', n) != NULL;
    }
    assert_true(has_bigram);
    buf = serialize(m, &len);
    assert_int_equal(load(buf, len, NULL), STANCE_OK);
    free(buf);
    stance_model_free(m);
}

/* Every byte of a string is checked, wherever it stands in the string (strings of printable
 * ASCII are checked eight bytes a step, others byte by byte): a control character, DEL, a
 * byte that starts no UTF-8 sequence and a lone continuation byte are refused at each
 * position of a 21-byte feature, with the byte's offset; a two-byte letter loads. */
static void string_bytes_are_checked_everywhere(void **state)
{
    (void)state;
    static const labeled_t data[] = {{"hostile", "abcdefghijklmnopqrstu"},
                                     {"conciliatory", "hope"}};
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.settings.ngram_max = 1;
    o.settings.language = "none";
    stance_model_t *m = train_model(&o, data, 2);
    size_t len;
    unsigned char *buf = serialize(m, &len);
    unsigned char *b = malloc(len);
    assert_non_null(b);
    const size_t at = find(buf, len, "abcdefghijklmnopqrstu");
    static const unsigned char bad[] = {0x01, 0x1F, 0x7F, 0xFF, 0x80};
    for (size_t i = 0; i < 21; i++) {
        for (size_t k = 0; k < sizeof bad; k++) {
            memcpy(b, buf, len);
            b[at + i] = bad[k];
            reseal(b, len);
            stance_error_t err;
            assert_int_equal(load(b, len, &err), STANCE_E_CORRUPT);
            assert_int_equal(err.offset, at + i);
            assert_non_null(strstr(err.msg, bad[k] < 0x80 ? "control character"
                                                          : "not valid UTF-8"));
        }
        memcpy(b, buf, len); /* "é" for two letters: still a well-formed feature */
        b[at + i - (i == 20)] = 0xC3;
        b[at + i + (i != 20)] = 0xA9;
        reseal(b, len);
        stance_error_t err;
        stance_status_t st = load(b, len, &err);
        /* features stay sorted only when the change keeps their order; either way the
         * bytes themselves pass */
        if (st != STANCE_OK)
            assert_null(strstr(err.msg, "UTF-8"));
    }
    free(b);
    free(buf);
    stance_model_free(m);
}

/* Counts keep the rules: every label has statements (the trainer refuses one without), and
 * in a pruned model no feature is rarer than its min_count. A pruned model loads. */
static void counts_keep_the_rules(void **state)
{
    (void)state;
    stance_model_t *m = small_model();
    size_t len;
    unsigned char *buf = serialize(m, &len), *b = malloc(len);
    size_t labl = section_body(buf, len, "LABL"), meta = section_body(buf, len, "META");
    size_t first_statements = labl + 4 + 4 + strlen("conciliatory");
    size_t min_count = meta + 4 + stance__rd_u32le(buf + meta);
    assert_int_equal(stance__rd_u64le(buf + first_statements), 1);

    memcpy(b, buf, len);
    write_u64le(b + first_statements, 0);
    expect_refusal(b, len, STANCE_E_CORRUPT, first_statements, "LABL", "has no statements");
    memcpy(b, buf, len);
    write_u64le(b + min_count, UINT64_MAX);
    expect_refusal(b, len, STANCE_E_CORRUPT, min_count, "META", "min_count");
    memcpy(b, buf, len);
    write_u64le(b + min_count, 2); /* every feature of the small model is seen once */
    expect_refusal(b, len, STANCE_E_CORRUPT, min_count, "META", "seen only 1 time");
    free(b);
    free(buf);
    stance_model_free(m);

    stance_model_t *full = train_model(NULL, sample_corpus, sample_corpus_len), *pruned = NULL;
    assert_int_equal(stance_model_prune(&pruned, full, 2, NULL, NULL), STANCE_OK);
    buf = serialize(pruned, &len);
    assert_int_equal(load(buf, len, NULL), STANCE_OK);
    free(buf);
    stance_model_free(pruned);
    stance_model_free(full);
}

/* The checksum is CRC-32C as FORMAT.md specifies, with its standard check value. */
static void checksum_is_crc32c(void **state)
{
    (void)state;
    assert_int_equal(stance__crc32c("123456789", 9), 0xE3069283u);
    assert_int_equal(stance__crc32c_portable("123456789", 9), 0xE3069283u);
    assert_int_equal(stance__crc32c("", 0), 0);
    /* the hardware and table versions agree on every length and alignment */
    unsigned char buf[300];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (unsigned char)(i * 131 + 7);
    for (size_t off = 0; off < 8; off++)
        for (size_t len = 0; len + off <= sizeof buf; len += 13)
            assert_int_equal(stance__crc32c(buf + off, len), stance__crc32c_portable(buf + off, len));
}

static void not_a_model(void **state)
{
    (void)state;
    stance_error_t err;
    assert_int_equal(load((const unsigned char *)"hello world, not a model", 24, &err),
                     STANCE_E_BAD_MAGIC);
    assert_int_equal(load((const unsigned char *)"", 0, &err), STANCE_E_TRUNCATED);
    assert_int_equal(load((const unsigned char *)"STNC", 4, &err), STANCE_E_TRUNCATED);
    stance_load_opts_t o = STANCE_LOAD_OPTS_INIT;
    o.max_file_bytes = 10;
    stance_model_t *m = NULL;
    assert_int_equal(stance_model_load_mem(&m, "STNC0123456789", 14, &o, &err), STANCE_E_LIMIT);
    o.flags = 1;
    assert_int_equal(stance_model_load_mem(&m, "STNC", 4, &o, &err), STANCE_E_INVALID_ARG);
}

/* A model file whose header disagrees with the file's size is refused by its header, before
 * the file is read: a 500 MB file (sparse here, so it costs no disk) that a small model opens
 * is refused as fast as the model itself loads, holding no more than it. */
static void padded_file_is_refused_by_its_header(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, sample_corpus, sample_corpus_len);
    size_t len;
    unsigned char *bytes = serialize(m, &len);
    char dir[4096], path[4200];
    snprintf(dir, sizeof dir, "%s", temp_dir());
    snprintf(path, sizeof path, "%s/padded.stnc", dir);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(bytes, 1, len, fp), len);
    fclose(fp);
    assert_int_equal(truncate(path, (off_t)500 << 20), 0);
    struct rusage before, after;
    getrusage(RUSAGE_SELF, &before);
    stance_model_t *back = NULL;
    stance_error_t err;
    assert_int_equal(stance_model_load_file(&back, path, NULL, &err), STANCE_E_CORRUPT);
    getrusage(RUSAGE_SELF, &after);
    assert_null(back);
    assert_non_null(strstr(err.msg, "padded.stnc"));
    assert_non_null(strstr(err.msg, "unexpected bytes after the end of the model at byte"));
    assert_int_equal(err.offset, len);
    /* peak memory (KiB) grew by far less than the file: it was never read */
    assert_true(after.ru_maxrss - before.ru_maxrss < 64 * 1024);
    /* the same file in memory gets the same refusal from the same check */
    unsigned char *big = calloc((size_t)1 << 20, 1);
    assert_non_null(big);
    memcpy(big, bytes, len);
    stance_error_t mem_err;
    assert_int_equal(stance_model_load_mem(&back, big, (size_t)1 << 20, NULL, &mem_err),
                     STANCE_E_CORRUPT);
    assert_int_equal(mem_err.offset, len);
    free(big);
    unlink(path);
    rmdir(dir);
    free(bytes);
    stance_model_free(m);
}

static size_t count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d));)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            n++;
    closedir(d);
    return n;
}

/* A model replaces a model, an empty file or nothing: a file with other bytes (the corpus it
 * was trained on, a held-out set given by mistake) is refused and left as it was. */
/* stance_analyze callback: copies the first feature into user (64 bytes) and stops. */
static int first_feature(const char *f, size_t len, size_t start, size_t end, void *user)
{
    (void)start;
    (void)end;
    snprintf(user, 64, "%.*s", (int)len, f);
    return 1;
}

/* m as a library that writes tokenizer revision rev would have written it (the same bytes
 * but the revision field and the checksum), loaded. */
static stance_model_t *as_revision(const stance_model_t *m, unsigned rev)
{
    size_t len;
    unsigned char *b = serialize(m, &len);
    size_t anlz = find(b, len, "ANLZ") + 16;
    assert_int_equal(b[anlz], 3); /* what this library writes for a language with rules */
    b[anlz] = (unsigned char)rev;
    reseal(b, len);
    stance_model_t *out = NULL;
    assert_int_equal(stance_model_load_mem(&out, b, len, NULL, NULL), STANCE_OK);
    free(b);
    return out;
}

/* The first feature m's analyzer makes of text. */
static const char *first_of(const stance_model_t *m, const char *text)
{
    static char first[64];
    stance_ctx_t *ctx = NULL;
    first[0] = '\0';
    assert_int_equal(stance_ctx_new(&ctx, m, NULL, NULL), STANCE_OK);
    assert_int_equal(stance_analyze(ctx, text, strlen(text), 0, first_feature, first, NULL),
                     STANCE_OK);
    stance_ctx_free(ctx);
    return first;
}

/* A unigram model of the sample corpus with this stemmer language. */
static stance_model_t *unigram_model_of(const char *language)
{
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.settings.language = language;
    o.settings.ngram_max = 1;
    return train_model(&o, sample_corpus, sample_corpus_len);
}

/* A turkish model is written with tokenizer revision 3 (its language's word rules: Turkish
 * casing, a decomposed İ included); an english one keeps revision 1, so it is the bytes it
 * was. A turkish model of revision 1 or 2, made before, loads and reads text as it was
 * trained to (Unicode's folding; Turkish casing of composed letters only). */
static void turkish_models_carry_their_casing(void **state)
{
    (void)state;
    stance_model_t *tr = unigram_model_of("turkish");
    stance_model_t *en = train_model(NULL, sample_corpus, sample_corpus_len);
    stance_model_info_t info;
    stance_model_info(tr, &info);
    assert_int_equal(info.tokenizer_rev, 3);
    stance_model_info(en, &info);
    assert_int_equal(info.tokenizer_rev, 1);
    static const char nfd[] = "I\xCC\x87S\xCC\xA7"; /* İŞ, decomposed */
    assert_string_equal(first_of(tr, nfd), "i\xC5\x9F"); /* iş */
    assert_string_equal(first_of(tr, "IRAK"), "\xC4\xB1rak"); /* ırak */
    /* as 0.2 to 0.3.0 wrote it: revision 2 reads a decomposed İ as ı and a dot */
    stance_model_t *rev2 = as_revision(tr, 2);
    assert_string_equal(first_of(rev2, nfd), "\xC4\xB1\xCC\x87\xC5\x9F"); /* ı̇ş */
    assert_string_equal(first_of(rev2, "IRAK"), "\xC4\xB1rak");
    /* as an older library wrote it: revision 1 folds as Unicode does */
    stance_model_t *old = as_revision(tr, 1);
    assert_string_equal(first_of(old, "IRAK"), "irak");
    /* none of them can be merged: their features come from different foldings */
    stance_model_t *merged = NULL;
    const stance_model_t *pairs[][2] = {{tr, old}, {tr, rev2}};
    for (size_t i = 0; i < 2; i++)
        assert_int_equal(stance_model_merge(&merged, pairs[i], 2, NULL, NULL),
                         STANCE_E_MISMATCH);
    stance_model_free(rev2);
    stance_model_free(old);
    stance_model_free(en);
    stance_model_free(tr);
}

/* A french model of revision 3 reads n'accepte as ne accepte (the verb negated); one of
 * revision 2, as 0.2 and 0.3.0 wrote it, reads it as they did (accept), as it was trained. */
static void french_models_keep_their_revision(void **state)
{
    (void)state;
    stance_model_t *fr = unigram_model_of("french");
    stance_model_t *rev2 = as_revision(fr, 2);
    assert_string_equal(first_of(fr, "n'accepte"), "NOT_accept");
    assert_string_equal(first_of(rev2, "n'accepte"), "accept");
    stance_model_free(rev2);
    stance_model_free(fr);
}

static void save_never_replaces_what_is_not_a_model(void **state)
{
    (void)state;
    const char *dir = temp_dir();
    stance_model_t *m = small_model();
    stance_error_t err;
    char corpus[4200], empty[4200], link[4200];
    static const char text[] = "hostile\tWe protest.\n";
    snprintf(corpus, sizeof corpus, "%s/c.tsv", dir);
    FILE *fp = fopen(corpus, "wb");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
    assert_int_equal(stance_model_save(m, corpus, &err), STANCE_E_IO);
    assert_non_null(strstr(err.msg, "c.tsv"));
    assert_non_null(strstr(err.msg, "is not a libstance model"));
    /* the same answer before any work: for a tool to refuse before training */
    stance_error_t early;
    assert_int_equal(stance_model_save_check(corpus, &early), STANCE_E_IO);
    assert_string_equal(early.msg, err.msg);
    assert_int_equal(stance_model_save_check(NULL, NULL), STANCE_E_INVALID_ARG);
    char back[64] = {0};
    fp = fopen(corpus, "rb");
    assert_non_null(fp);
    assert_int_equal(fread(back, 1, sizeof back - 1, fp), strlen(text));
    fclose(fp);
    assert_string_equal(back, text);
    /* through a symbolic link, the file it names is judged */
    snprintf(link, sizeof link, "%s/link.stnc", dir);
    assert_int_equal(symlink("c.tsv", link), 0);
    assert_int_equal(stance_model_save(m, link, &err), STANCE_E_IO);
    /* a short file of other bytes too */
    fp = fopen(corpus, "wb");
    fputs("ST", fp);
    fclose(fp);
    assert_int_equal(stance_model_save(m, corpus, &err), STANCE_E_IO);
    /* an empty file (made by mktemp, say) is replaced */
    snprintf(empty, sizeof empty, "%s/e.stnc", dir);
    fp = fopen(empty, "wb");
    fclose(fp);
    assert_int_equal(stance_model_save_check(empty, &err), STANCE_OK);
    assert_int_equal(stance_model_save(m, empty, &err), STANCE_OK);
    assert_int_equal(stance_model_save_check(empty, &err), STANCE_OK); /* a model now */
    stance_model_t *loaded = NULL;
    assert_int_equal(stance_model_load_file(&loaded, empty, NULL, &err), STANCE_OK);
    stance_model_free(loaded);

    /* whatever the save would refuse, the check refuses first, with the save's status: a
     * path through a file, through a loop of links, a name too long for the file system,
     * a path too long for the save */
    char through[4200], loop_a[4200], loop_b[4200], in_loop[4300], long_name[4400];
    snprintf(through, sizeof through, "%s/c.tsv/x.stnc", dir);
    snprintf(loop_a, sizeof loop_a, "%s/loop_a", dir);
    snprintf(loop_b, sizeof loop_b, "%s/loop_b", dir);
    assert_int_equal(symlink("loop_b", loop_a), 0);
    assert_int_equal(symlink("loop_a", loop_b), 0);
    snprintf(in_loop, sizeof in_loop, "%s/x.stnc", loop_a);
    int k = snprintf(long_name, sizeof long_name, "%s/", dir);
    memset(long_name + k, 'n', 300);
    memcpy(long_name + k + 300, ".stnc", 6);
    static char too_long[5000];
    k = snprintf(too_long, sizeof too_long, "%s/", dir);
    memset(too_long + k, 'd', sizeof too_long - 1 - (size_t)k);
    const char *refused[] = {through, loop_a, in_loop, long_name, too_long};
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
        stance_status_t saved = stance_model_save(m, refused[i], &err);
        assert_int_not_equal(saved, STANCE_OK);
        if (stance_model_save_check(refused[i], &early) != saved)
            fail_msg("%s: the save says %d (%s), the check %d (%s)", refused[i], saved, err.msg,
                     stance_model_save_check(refused[i], &early), early.msg);
    }
    stance_model_free(m);
}

static void save_and_load_file(void **state)
{
    (void)state;
    const char *dir = temp_dir();
    char path[4200];
    snprintf(path, sizeof path, "%s/m.stnc", dir);
    stance_model_t *m = train_model(NULL, sample_corpus, sample_corpus_len);
    stance_error_t err;
    assert_int_equal(stance_model_save(m, path, &err), STANCE_OK);
    assert_int_equal(count_entries(dir), 1); /* no temporary file left behind */
    stance_model_t *back = NULL;
    assert_int_equal(stance_model_load_file(&back, path, NULL, &err), STANCE_OK);
    assert_same_bytes(m, back);
    stance_model_free(back);

    /* Saving over an existing model replaces it whole. */
    stance_model_t *small = small_model();
    assert_int_equal(stance_model_save(small, path, &err), STANCE_OK);
    assert_int_equal(stance_model_load_file(&back, path, NULL, &err), STANCE_OK);
    assert_int_equal(stance_model_feature_count(back), stance_model_feature_count(small));
    stance_model_free(back);

    /* A save that cannot complete leaves what was there: here the target is a directory. */
    char sub[4300];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    assert_int_equal(stance_model_save(m, sub, &err), STANCE_E_IO);
    assert_non_null(strstr(err.msg, "sub"));
    struct stat sb;
    assert_int_equal(stat(sub, &sb), 0);
    assert_true(S_ISDIR(sb.st_mode));
    assert_int_equal(count_entries(dir), 2); /* m.stnc and sub, no temporary file */

    /* A directory that does not exist. */
    char missing[4300];
    snprintf(missing, sizeof missing, "%s/no/such/dir/m.stnc", dir);
    assert_int_equal(stance_model_save(m, missing, &err), STANCE_E_IO);
    assert_non_null(strstr(err.msg, "does not exist"));

    /* A FIFO (as a device would be) is not a file to replace: refused, left as it was. */
    char fifo[4300];
    snprintf(fifo, sizeof fifo, "%s/fifo", dir);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    assert_int_equal(stance_model_save(m, fifo, &err), STANCE_E_IO);
    assert_non_null(strstr(err.msg, "exists and is not a regular file (a FIFO)"));
    assert_int_equal(lstat(fifo, &sb), 0);
    assert_true(S_ISFIFO(sb.st_mode));
    /* nor a model to load, and one that no one writes to is not waited on (alarm: a hang
     * fails the test instead of stalling it) */
    stance_model_t *none = NULL;
    alarm(20);
    assert_int_equal(stance_model_load_file(&none, fifo, NULL, &err), STANCE_E_IO);
    alarm(0);
    assert_non_null(strstr(err.msg, "fifo' is not a regular file"));
    assert_null(none);
    /* options are checked before any file is opened, as load_mem checks them */
    stance_load_opts_t bad_opts = STANCE_LOAD_OPTS_INIT;
    bad_opts.flags = 1;
    assert_int_equal(stance_model_load_file(&none, missing, &bad_opts, &err),
                     STANCE_E_INVALID_ARG);

    /* A symbolic link is followed: the file it points to is replaced, the link stays. */
    char link[4300];
    snprintf(link, sizeof link, "%s/current.stnc", dir);
    assert_int_equal(symlink("m.stnc", link), 0);
    assert_int_equal(stance_model_save(m, link, &err), STANCE_OK);
    assert_int_equal(lstat(link, &sb), 0);
    assert_true(S_ISLNK(sb.st_mode));
    assert_int_equal(stance_model_load_file(&back, path, NULL, &err), STANCE_OK);
    assert_same_bytes(m, back); /* m.stnc holds the big model again */
    stance_model_free(back);

    /* Permissions: a replaced file keeps its mode; a new one gets 0666 less the umask. */
    assert_int_equal(chmod(path, 0604), 0);
    assert_int_equal(stance_model_save(small, path, &err), STANCE_OK);
    assert_int_equal(stat(path, &sb), 0);
    assert_int_equal(sb.st_mode & 07777, 0604);
    char fresh[4300];
    snprintf(fresh, sizeof fresh, "%s/fresh.stnc", dir);
    mode_t old_mask = umask(027);
    assert_int_equal(stance_model_save(small, fresh, &err), STANCE_OK);
    umask(old_mask);
    assert_int_equal(stat(fresh, &sb), 0);
    assert_int_equal(sb.st_mode & 07777, 0640);
    assert_int_equal(count_entries(dir), 5); /* m, sub, fifo, current, fresh: no temporary */

    /* Loading errors name the file. */
    assert_int_equal(stance_model_load_file(&back, missing, NULL, &err), STANCE_E_IO);
    assert_non_null(strstr(err.msg, "no/such/dir"));
    assert_int_equal(stance_model_load_file(&back, sub, NULL, &err), STANCE_E_IO);
    char junk[4300];
    snprintf(junk, sizeof junk, "%s/junk.stnc", dir);
    FILE *fp = fopen(junk, "wb");
    fputs("STNC but not really a model at all, just text", fp);
    fclose(fp);
    assert_int_equal(stance_model_load_file(&back, junk, NULL, &err), STANCE_E_TRUNCATED);
    assert_non_null(strstr(err.msg, "junk.stnc"));

    unlink(junk);
    unlink(path);
    rmdir(sub);
    rmdir(dir);
    stance_model_free(small);
    stance_model_free(m);
}

/* m saved is the file `name` of tests/data, byte for byte. */
static void saves_as(const stance_model_t *m, const char *name)
{
    FILE *fp = fopen(data_path(name), "rb");
    assert_non_null(fp);
    static unsigned char file[1 << 16];
    size_t flen = fread(file, 1, sizeof file, fp);
    fclose(fp);
    size_t len;
    unsigned char *buf = serialize(m, &len);
    assert_int_equal(len, flen);
    assert_memory_equal(buf, file, len);
    free(buf);
}

static stance_model_t *load_data(const char *name)
{
    stance_model_t *m = NULL;
    stance_error_t err;
    if (stance_model_load_file(&m, data_path(name), NULL, &err) != STANCE_OK)
        fail_msg("%s: %s", name, err.msg);
    return m;
}

/* Every format version is kept in tests/data/good (1.1 adds label biases, made by
 * make_good.py): each must keep loading, give the same answers, and re-serialize to the same
 * bytes in every later version. */
static void golden_file(const char *name, double hostile_bias)
{
    stance_model_t *m = load_data(name);
    double conf;
    assert_string_equal(classify_label(m, "We condemn the provocation.", &conf), "hostile");
    assert_string_equal(classify_label(m, "We hope to resume the talks.", &conf), "conciliatory");
    size_t hostile;
    assert_int_equal(stance_model_label_index(m, "hostile", 7, &hostile), STANCE_OK);
    assert_true(stance_model_label_bias(m, hostile) == hostile_bias);
    saves_as(m, name);
    stance_model_free(m);
}

/* A french model of tokenizer revision rev (make_good.py): it loads, reads n'accepte as its
 * revision does, and saves as the file. */
static void golden_french(const char *name, uint32_t rev, const char *n_accepte)
{
    stance_model_t *m = load_data(name);
    stance_model_info_t info;
    stance_model_info(m, &info);
    assert_int_equal(info.tokenizer_rev, rev);
    assert_string_equal(first_of(m, "n'accepte"), n_accepte);
    saves_as(m, name);
    stance_model_free(m);
}

static void golden_model_still_loads(void **state)
{
    (void)state;
    golden_file("good/format-1.0.stnc", 0.0);
    golden_file("good/format-1.1.stnc", 0.25);
    golden_french("good/french-rev-2.stnc", 2, "accept");
    golden_french("good/french-rev-3.stnc", 3, "NOT_accept");
}

static stance_status_t status_named(const char *name)
{
    static const struct {
        const char *name;
        stance_status_t status;
    } table[] = {
        {"STANCE_E_TRUNCATED", STANCE_E_TRUNCATED}, {"STANCE_E_BAD_MAGIC", STANCE_E_BAD_MAGIC},
        {"STANCE_E_CHECKSUM", STANCE_E_CHECKSUM},   {"STANCE_E_VERSION", STANCE_E_VERSION},
        {"STANCE_E_CORRUPT", STANCE_E_CORRUPT},     {"STANCE_E_LANGUAGE", STANCE_E_LANGUAGE},
        {"STANCE_E_LIMIT", STANCE_E_LIMIT},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].name, name) == 0)
            return table[i].status;
    fail_msg("unknown status name '%s' in an .expect file", name);
    return STANCE_OK;
}

/* Every file in tests/data/bad (made by make_bad.py: truncations, a flipped byte, huge
 * declared lengths and counts, a newer version, duplicate and unsorted labels, non-UTF-8
 * strings, counts that overflow, settings out of range) is refused with the status and the
 * message its .expect gives; the message names the file; nothing leaks; and no allocation is
 * larger than the file itself plus a little, whatever the file claims. */
static void bad_model_files(void **state)
{
    (void)state;
    char dir[4200];
    snprintf(dir, sizeof dir, "%s", data_path("bad"));
    DIR *d = opendir(dir);
    assert_non_null(d);
    int checked = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t nl = strlen(e->d_name);
        if (nl < 6 || strcmp(e->d_name + nl - 5, ".stnc") != 0)
            continue;
        char path[4600], expect_path[4600], status_name[64] = "", phrase[200] = "";
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        snprintf(expect_path, sizeof expect_path, "%s/%.*s.expect", dir, (int)(nl - 5), e->d_name);
        FILE *fp = fopen(expect_path, "r");
        if (!fp)
            fail_msg("%s has no .expect file", e->d_name);
        if (!fgets(status_name, sizeof status_name, fp) || !fgets(phrase, sizeof phrase, fp))
            fail_msg("%s: .expect needs a status line and a phrase line", e->d_name);
        fclose(fp);
        status_name[strcspn(status_name, "\n")] = '\0';
        phrase[strcspn(phrase, "\n")] = '\0';
        assert_true(phrase[0] != '\0');

        struct stat st;
        assert_int_equal(stat(path, &st), 0);
        test_alloc_t t;
        test_alloc_init(&t, -1);
        stance_load_opts_t o = STANCE_LOAD_OPTS_INIT;
        o.alloc = &t.alloc;
        stance_model_t *m = NULL;
        stance_error_t err;
        stance_status_t got = stance_model_load_file(&m, path, &o, &err);
        /* the reason and the file's name, whatever the length of the folder's path */
        if (got != status_named(status_name) || !strstr(err.msg, phrase) ||
            !strstr(err.msg, e->d_name))
            fail_msg("%s: expected %s with \"%s\", got %s: %s", e->d_name, status_name, phrase,
                     stance_strerror(got), err.msg);
        assert_null(m);
        assert_int_equal(t.live, 0);
        if (t.max_request > (size_t)st.st_size + 65536)
            fail_msg("%s: an allocation of %zu bytes for a %lld-byte file", e->d_name,
                     t.max_request, (long long)st.st_size);
        checked++;
    }
    closedir(d);
    assert_true(checked >= 30);
}

int main(int argc, char **argv)
{
    /* `test_model_io --write-golden PATH` regenerates the golden file (see tests/data/README). */
    if (argc == 3 && strcmp(argv[1], "--write-golden") == 0) {
        stance_model_t *m = train_model(NULL, sample_corpus, sample_corpus_len);
        int rc = stance_model_save(m, argv[2], NULL) == STANCE_OK ? 0 : 1;
        stance_model_free(m);
        return rc;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip_is_byte_identical),
        cmocka_unit_test(same_data_same_bytes),
        cmocka_unit_test(every_truncation_is_refused),
        cmocka_unit_test(every_byte_flip_is_refused),
        cmocka_unit_test(newer_major_version_is_refused),
        cmocka_unit_test(unknown_sections),
        cmocka_unit_test(sealed_but_corrupt),
        cmocka_unit_test(header_fields_have_their_fixed_values),
        cmocka_unit_test(section_flags_match_the_format),
        cmocka_unit_test(bias_section_needs_format_1_1),
        cmocka_unit_test(errors_point_at_the_bad_field),
        cmocka_unit_test(word_list_errors_say_what_is_wrong),
        cmocka_unit_test(trained_models_of_any_script_load),
        cmocka_unit_test(feature_strings_keep_the_rules),
        cmocka_unit_test(string_bytes_are_checked_everywhere),
        cmocka_unit_test(counts_keep_the_rules),
        cmocka_unit_test(checksum_is_crc32c),
        cmocka_unit_test(not_a_model),
        cmocka_unit_test(padded_file_is_refused_by_its_header),
        cmocka_unit_test(save_and_load_file),
        cmocka_unit_test(save_never_replaces_what_is_not_a_model),
        cmocka_unit_test(turkish_models_carry_their_casing),
        cmocka_unit_test(french_models_keep_their_revision),
        cmocka_unit_test(golden_model_still_loads),
        cmocka_unit_test(bad_model_files),
    };
    return cmocka_run_group_tests_name("model_io", tests, NULL, NULL);
}
