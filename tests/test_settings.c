/* The scalar settings: bounds enforced at their edges, differences named, copies between the
 * public and the private struct, and their place in the model file. The expectations below
 * are written out here, from FORMAT.md and stance.h, not taken from the library's own table,
 * so a wrong row in the table fails these tests. */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include "format.h"
#include "settings.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { UINT_FIELD, ENUM_FIELD, REAL_FIELD } kind_t;

typedef struct field_spec {
    const char *name;
    uint32_t section; /* the FORMAT.md section holding it */
    kind_t kind;
    double min, max;
    const char *range; /* as messages print the bounds */
    double other;      /* a valid value that is not the default */
} field_spec_t;

/* In file order: the ANLZ scalars, then the NBAY ones (FORMAT.md, "Sections"). */
static const field_spec_t fields[] = {
    {"ngram_max", STANCE_TAG_ANLZ, UINT_FIELD, 1, 3, "1..3", 3},
    {"negation", STANCE_TAG_ANLZ, UINT_FIELD, 0, 1, "0..1", 0},
    {"negation_scope", STANCE_TAG_ANLZ, UINT_FIELD, 0, 1000, "0..1000", 7},
    {"weighting", STANCE_TAG_ANLZ, ENUM_FIELD, 0, 1, NULL, 1},
    {"max_token_bytes", STANCE_TAG_ANLZ, UINT_FIELD, 1, 1024, "1..1024", 50},
    {"punctuation", STANCE_TAG_ANLZ, UINT_FIELD, 0, 1, "0..1", 0},
    {"nb", STANCE_TAG_NBAY, ENUM_FIELD, 0, 1, NULL, 1},
    {"priors", STANCE_TAG_NBAY, ENUM_FIELD, 0, 1, NULL, 1},
    {"alpha", STANCE_TAG_NBAY, REAL_FIELD, 1e-9, 1e6, "1e-09..1e+06", 0.25},
};
#define N_FIELDS (sizeof fields / sizeof fields[0])

static void set_field(stance_settings_t *s, size_t i, double v)
{
    switch (i) {
    case 0: s->ngram_max = (unsigned)v; break;
    case 1: s->negation = (unsigned)v; break;
    case 2: s->negation_scope = (unsigned)v; break;
    case 3: s->weighting = (stance_weighting_t)v; break;
    case 4: s->max_token_bytes = (unsigned)v; break;
    case 5: s->punctuation = (unsigned)v; break;
    case 6: s->nb = (stance_nb_t)v; break;
    case 7: s->priors = (stance_priors_t)v; break;
    case 8: s->alpha = v; break;
    default: fail_msg("no field %zu", i);
    }
}

static double get_field(const stance_settings_t *s, size_t i)
{
    switch (i) {
    case 0: return s->ngram_max;
    case 1: return s->negation;
    case 2: return s->negation_scope;
    case 3: return s->weighting;
    case 4: return s->max_token_bytes;
    case 5: return s->punctuation;
    case 6: return s->nb;
    case 7: return s->priors;
    case 8: return s->alpha;
    default: fail_msg("no field %zu", i);
    }
    return 0;
}

/* Validates through the private path every trainer takes and through the public call, which
 * must agree on the status and the message; the message lands in *err. */
static stance_status_t check(const stance_settings_t *s, stance_error_t *err)
{
    stance_allocator_t a;
    stance__alloc_init(&a, NULL);
    stance_cfg_t cfg;
    stance_status_t st = stance__cfg_from_settings(&a, &cfg, s, err);
    if (st == STANCE_OK)
        stance__cfg_free(&a, &cfg);
    stance_error_t pub;
    assert_int_equal(stance_settings_validate(s, &pub), st);
    assert_int_equal(pub.status, st);
    if (st != STANCE_OK)
        assert_string_equal(pub.msg, err->msg);
    else
        assert_string_equal(pub.msg, "");
    return st;
}

static void expect_accepted(size_t i, double v)
{
    stance_settings_t s = STANCE_SETTINGS_INIT;
    set_field(&s, i, v);
    stance_error_t err;
    if (check(&s, &err) != STANCE_OK)
        fail_msg("%s = %.17g refused: %s", fields[i].name, v, err.msg);
}

static void expect_refused(size_t i, double v)
{
    stance_settings_t s = STANCE_SETTINGS_INIT;
    set_field(&s, i, v);
    stance_error_t err;
    stance_status_t st = check(&s, &err);
    if (st != STANCE_E_INVALID_ARG)
        fail_msg("%s = %.17g: expected invalid argument, got %s", fields[i].name, v,
                 stance_strerror(st));
    if (!strstr(err.msg, fields[i].name) || (fields[i].range && !strstr(err.msg, fields[i].range)))
        fail_msg("%s = %.17g: the message does not name the setting and its range %s: %s",
                 fields[i].name, v, fields[i].range ? fields[i].range : "", err.msg);
}

static void bounds_are_enforced_at_the_edges(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_FIELDS; i++) {
        const field_spec_t *f = &fields[i];
        expect_accepted(i, f->min);
        expect_accepted(i, f->max);
        if (f->kind == REAL_FIELD) {
            expect_refused(i, nextafter(f->min, -INFINITY));
            expect_refused(i, nextafter(f->max, INFINITY));
            expect_refused(i, 0.0);
            expect_refused(i, -1.0);
            expect_refused(i, NAN);
            expect_refused(i, INFINITY);
            expect_refused(i, -INFINITY);
        } else {
            if (f->min > 0)
                expect_refused(i, f->min - 1);
            expect_refused(i, f->max + 1);
            if (f->kind == UINT_FIELD)
                expect_refused(i, UINT_MAX);
        }
    }
}

/* The out-of-range messages say the value, so a user sees what was wrong. */
static void messages_give_the_value(void **state)
{
    (void)state;
    static const struct {
        size_t field;
        double value;
        const char *phrase;
    } cases[] = {
        {0, 4, "ngram_max 4 is out of range 1..3"},
        {2, 1001, "negation_scope 1001 is out of range 0..1000"},
        {4, 0, "max_token_bytes 0 is out of range 1..1024"},
        {8, 1e-10, "alpha 1e-10 must be a finite number in 1e-09..1e+06"},
        {8, 9.999999999999999e-10, "alpha 9.999999999999999e-10 must be"},
        {6, 9, "unknown naive-Bayes variant 9"},
        {3, 2, "weighting: unknown"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        stance_settings_t s = STANCE_SETTINGS_INIT;
        set_field(&s, cases[k].field, cases[k].value);
        stance_error_t err;
        assert_int_equal(check(&s, &err), STANCE_E_INVALID_ARG);
        if (!strstr(err.msg, cases[k].phrase))
            fail_msg("expected \"%s\" in: %s", cases[k].phrase, err.msg);
    }
}

static void diff_names_each_field(void **state)
{
    (void)state;
    stance_allocator_t a;
    stance__alloc_init(&a, NULL);
    stance_settings_t s = STANCE_SETTINGS_INIT;
    stance_cfg_t base, changed;
    assert_int_equal(stance__cfg_from_settings(&a, &base, &s, NULL), STANCE_OK);
    assert_int_equal(stance__cfg_from_settings(&a, &changed, &s, NULL), STANCE_OK);
    assert_null(stance__cfg_diff(&base, &changed, NULL, NULL, 0));
    stance__cfg_free(&a, &changed);
    for (size_t i = 0; i < N_FIELDS; i++) {
        s = (stance_settings_t)STANCE_SETTINGS_INIT;
        assert_true(get_field(&s, i) != fields[i].other);
        set_field(&s, i, fields[i].other);
        assert_int_equal(stance__cfg_from_settings(&a, &changed, &s, NULL), STANCE_OK);
        char vb[STANCE_DIFF_VALUE_BYTES], vc[STANCE_DIFF_VALUE_BYTES];
        const char *d1 = stance__cfg_diff(&base, &changed, vb, vc, sizeof vb),
                   *d2 = stance__cfg_diff(&changed, &base, NULL, NULL, 0);
        if (!d1 || !d2 || strcmp(d1, fields[i].name) != 0 || strcmp(d2, fields[i].name) != 0)
            fail_msg("%s differs, diff names %s", fields[i].name, d1 ? d1 : "nothing");
        /* and gives the two values, for a message */
        if (strcmp(vb, vc) == 0)
            fail_msg("%s: both values written as '%s'", fields[i].name, vb);
        stance__cfg_free(&a, &changed);
    }
    /* alpha is compared by its bits: two values that print alike still differ */
    s = (stance_settings_t)STANCE_SETTINGS_INIT;
    s.alpha = nextafter(0.5, 1.0);
    assert_int_equal(stance__cfg_from_settings(&a, &changed, &s, NULL), STANCE_OK);
    assert_non_null(stance__cfg_diff(&base, &changed, NULL, NULL, 0));
    char vb[STANCE_DIFF_VALUE_BYTES], vc[STANCE_DIFF_VALUE_BYTES];
    assert_string_equal(stance__cfg_diff(&base, &changed, vb, vc, sizeof vb), "alpha");
    assert_string_equal(vb, "0.5");
    assert_string_equal(vc, "0.5000000000000001"); /* the shortest text of its own */
    stance__cfg_free(&a, &changed);
    stance__cfg_free(&a, &base);
}

static stance_settings_t all_other(void)
{
    stance_settings_t s = STANCE_SETTINGS_INIT;
    for (size_t i = 0; i < N_FIELDS; i++)
        set_field(&s, i, fields[i].other);
    return s;
}

static void public_private_round_trip(void **state)
{
    (void)state;
    stance_allocator_t a;
    stance__alloc_init(&a, NULL);
    const stance_settings_t s = all_other();
    stance_cfg_t cfg, copy;
    assert_int_equal(stance__cfg_from_settings(&a, &cfg, &s, NULL), STANCE_OK);
    assert_int_equal(stance__cfg_copy(&a, &copy, &cfg), STANCE_OK);
    assert_null(stance__cfg_diff(&cfg, &copy, NULL, NULL, 0));
    stance_settings_t back;
    memset(&back, 0xA5, sizeof back);
    stance__cfg_to_settings(&copy, &back);
    assert_int_equal(back.version, STANCE_SETTINGS_VERSION);
    for (size_t i = 0; i < N_FIELDS; i++)
        if (get_field(&back, i) != fields[i].other)
            fail_msg("%s: %.17g came back as %.17g", fields[i].name, fields[i].other,
                     get_field(&back, i));
    stance__cfg_free(&a, &copy);
    stance__cfg_free(&a, &cfg);
}

/* ---- the model file --------------------------------------------------------------------- */

/* Offset of the body of section `tag` in a serialized model, and its length. */
static size_t section_body(const unsigned char *buf, size_t len, uint32_t tag, size_t *body_len)
{
    size_t pos = STANCE_HEADER_LEN;
    while (pos + STANCE_SECTION_HEADER_LEN <= len - STANCE_CHECKSUM_LEN) {
        size_t n = (size_t)stance__rd_u64le(buf + pos + 8);
        if (stance__rd_u32le(buf + pos) == tag) {
            *body_len = n;
            return pos + STANCE_SECTION_HEADER_LEN;
        }
        pos += STANCE_SECTION_HEADER_LEN + n;
    }
    fail_msg("no section %08x", tag);
    return 0;
}

/* Offset of scalar field i in the file, by FORMAT.md: ANLZ holds u32 tokenizer_rev, str
 * unicode_version, str language, then its scalars; NBAY starts with its scalars. Integers
 * and enums are u32, reals f64. */
static size_t field_offset(const unsigned char *buf, size_t len, size_t i)
{
    size_t body_len, pos = section_body(buf, len, fields[i].section, &body_len);
    if (fields[i].section == STANCE_TAG_ANLZ) {
        pos += 4;
        pos += 4 + stance__rd_u32le(buf + pos);
        pos += 4 + stance__rd_u32le(buf + pos);
    }
    for (size_t j = 0; j < i; j++)
        if (fields[j].section == fields[i].section)
            pos += fields[j].kind == REAL_FIELD ? 8 : 4;
    return pos;
}

static void put_value(unsigned char *p, size_t i, double v)
{
    if (fields[i].kind == REAL_FIELD) {
        uint64_t bits;
        memcpy(&bits, &v, sizeof bits);
        stance__wr_u32le(p, (uint32_t)bits);
        stance__wr_u32le(p + 4, (uint32_t)(bits >> 32));
    } else {
        stance__wr_u32le(p, (uint32_t)v);
    }
}

static double get_value(const unsigned char *p, size_t i)
{
    if (fields[i].kind == REAL_FIELD) {
        uint64_t bits = stance__rd_u64le(p);
        double v;
        memcpy(&v, &bits, sizeof v);
        return v;
    }
    return stance__rd_u32le(p);
}

static void reseal(unsigned char *buf, size_t len)
{
    stance__wr_u32le(buf + len - 4, stance__crc32c(buf, len - 4));
}

/* A model trained with these settings writes each scalar where FORMAT.md puts it, and reads
 * each one back. */
static void expect_file_round_trip(const stance_settings_t *want)
{
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.settings = *want;
    stance_model_t *m = train_model(&o, sample_corpus, sample_corpus_len);
    size_t len;
    unsigned char *buf = serialize(m, &len);
    for (size_t i = 0; i < N_FIELDS; i++) {
        double v = get_value(buf + field_offset(buf, len, i), i);
        if (v != get_field(want, i))
            fail_msg("%s: wrote %.17g, expected %.17g", fields[i].name, v, get_field(want, i));
    }
    /* the scalars are the last fields of NBAY */
    size_t nbay_len;
    section_body(buf, len, STANCE_TAG_NBAY, &nbay_len);
    assert_int_equal(nbay_len, 4 + 4 + 8);
    stance_model_t *back = NULL;
    assert_int_equal(stance_model_load_mem(&back, buf, len, NULL, NULL), STANCE_OK);
    stance_settings_t s;
    stance_model_settings(back, &s);
    for (size_t i = 0; i < N_FIELDS; i++)
        if (get_field(&s, i) != get_field(want, i))
            fail_msg("%s: read %.17g, expected %.17g", fields[i].name, get_field(&s, i),
                     get_field(want, i));
    assert_same_bytes(m, back);
    stance_model_free(back);
    free(buf);
    stance_model_free(m);
}

/* One field changed at a time, so two fields swapped in the file cannot hide behind equal
 * values; then all of them at once. */
static void file_round_trip_of_every_scalar(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_FIELDS; i++) {
        stance_settings_t s = STANCE_SETTINGS_INIT;
        set_field(&s, i, fields[i].other);
        expect_file_round_trip(&s);
    }
    const stance_settings_t all = all_other();
    expect_file_round_trip(&all);
}

static stance_status_t load_patched(const unsigned char *orig, size_t len, size_t i, double v,
                                    stance_settings_t *got, stance_error_t *err)
{
    unsigned char *buf = malloc(len);
    assert_non_null(buf);
    memcpy(buf, orig, len);
    put_value(buf + field_offset(buf, len, i), i, v);
    reseal(buf, len);
    stance_model_t *m = NULL;
    stance_status_t st = stance_model_load_mem(&m, buf, len, NULL, err);
    if (st == STANCE_OK)
        stance_model_settings(m, got);
    stance_model_free(m);
    free(buf);
    return st;
}

/* Each scalar is read from its place: its edges load, a value past them is corruption that
 * names the setting. */
static void file_reader_checks_every_scalar(void **state)
{
    (void)state;
    /* unigrams only, which every ngram_max allows (a feature has at most ngram_max terms) */
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.settings.ngram_max = 1;
    stance_model_t *m = train_model(&o, sample_corpus, sample_corpus_len);
    size_t len;
    unsigned char *buf = serialize(m, &len);
    for (size_t i = 0; i < N_FIELDS; i++) {
        const field_spec_t *f = &fields[i];
        const double good[] = {f->min, f->max};
        for (size_t k = 0; k < 2; k++) {
            stance_settings_t s;
            stance_error_t err;
            if (load_patched(buf, len, i, good[k], &s, &err) != STANCE_OK)
                fail_msg("%s = %.17g in a file: %s", f->name, good[k], err.msg);
            if (get_field(&s, i) != good[k])
                fail_msg("%s = %.17g in a file read as %.17g", f->name, good[k],
                         get_field(&s, i));
        }
        const double bad = f->kind == REAL_FIELD ? nextafter(f->min, 0.0) : f->max + 1;
        stance_settings_t s;
        stance_error_t err;
        stance_status_t st = load_patched(buf, len, i, bad, &s, &err);
        if (st != STANCE_E_CORRUPT || !strstr(err.msg, f->name))
            fail_msg("%s = %.17g in a file: expected corrupt naming it, got %s: %s", f->name,
                     bad, stance_strerror(st), err.msg);
    }
    free(buf);
    stance_model_free(m);
}

/* ---- the public description ------------------------------------------------------------ */

static void descriptions_match_the_header(void **state)
{
    (void)state;
    assert_int_equal(STANCE_MAX_NGRAM, 3);
    assert_int_equal(STANCE_MAX_NEGATION_SCOPE, 1000);
    assert_int_equal(STANCE_MAX_TOKEN_BYTES, 1024);
    assert_true(STANCE_ALPHA_MIN == 1e-9 && STANCE_ALPHA_MAX == 1e6);
    assert_int_equal(stance_setting_count(), N_FIELDS);
    for (size_t i = 0; i < N_FIELDS; i++) {
        const stance_setting_t *d = stance_setting_describe(i);
        assert_non_null(d);
        assert_string_equal(d->name, fields[i].name);
        assert_true(d->summary && *d->summary);
        static const stance_setting_kind_t kinds[] = {STANCE_SETTING_UINT, STANCE_SETTING_ENUM,
                                                      STANCE_SETTING_REAL};
        assert_int_equal(d->kind, kinds[fields[i].kind]);
        if (d->min != fields[i].min || d->max != fields[i].max)
            fail_msg("%s: bounds %.17g..%.17g, expected %.17g..%.17g", d->name, d->min, d->max,
                     fields[i].min, fields[i].max);
        if (d->kind == STANCE_SETTING_ENUM)
            for (size_t k = 0; k <= (size_t)d->max; k++)
                assert_true(d->values[k] && *d->values[k]);
        else
            assert_null(d->values);
    }
    assert_null(stance_setting_describe(N_FIELDS));
    assert_null(stance_setting_describe(SIZE_MAX));
}

static void expect_text(const stance_settings_t *s, size_t i, const char *want)
{
    char buf[STANCE_SETTING_TEXT_BYTES];
    size_t needed = 0;
    stance_error_t err;
    assert_int_equal(stance_setting_format(s, i, buf, sizeof buf, &needed, &err), STANCE_OK);
    if (strcmp(buf, want) != 0)
        fail_msg("%s: \"%s\", expected \"%s\"", fields[i].name, buf, want);
    assert_int_equal(needed, strlen(want) + 1);
    assert_int_equal(err.status, STANCE_OK);
}

static void values_as_text(void **state)
{
    (void)state;
    static const char *const defaults[N_FIELDS] = {"2", "1", "3", "binary", "100", "1",
                                                   "multinomial", "learned", "0.5"};
    static const char *const others[N_FIELDS] = {"3", "0", "7", "counts", "50", "0",
                                                 "complement", "uniform", "0.25"};
    stance_settings_t s = STANCE_SETTINGS_INIT;
    const stance_settings_t o = all_other();
    for (size_t i = 0; i < N_FIELDS; i++) {
        expect_text(&s, i, defaults[i]);
        expect_text(&o, i, others[i]);
    }
    /* out of range, and every digit a double needs */
    s.nb = (stance_nb_t)9;
    expect_text(&s, 6, "9");
    s.max_token_bytes = UINT_MAX;
    expect_text(&s, 4, "4294967295");
    s.alpha = nextafter(1e-9, 0.0);
    expect_text(&s, 8, "9.999999999999999e-10");
    s.alpha = -DBL_MIN;
    expect_text(&s, 8, "-2.2250738585072014e-308");
    s.alpha = 1e6;
    expect_text(&s, 8, "1e+06");

    /* too small a buffer is left as it was, and the size needed is told */
    s = (stance_settings_t)STANCE_SETTINGS_INIT;
    char small[4] = "xyz";
    size_t needed = 0;
    stance_error_t err;
    assert_int_equal(stance_setting_format(&s, 6, small, sizeof small, &needed, &err),
                     STANCE_E_BUFFER_TOO_SMALL);
    assert_int_equal(needed, sizeof "multinomial");
    assert_string_equal(small, "xyz");
    assert_int_equal(stance_setting_format(&s, 6, NULL, 0, &needed, NULL),
                     STANCE_E_BUFFER_TOO_SMALL);
    assert_int_equal(needed, sizeof "multinomial");
    assert_int_equal(stance_setting_format(&s, 0, small, sizeof small, NULL, NULL), STANCE_OK);
    assert_string_equal(small, "2");

    assert_int_equal(stance_setting_format(NULL, 0, small, sizeof small, NULL, &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(stance_setting_format(&s, N_FIELDS, small, sizeof small, NULL, &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(stance_setting_format(&s, 0, NULL, 4, NULL, &err), STANCE_E_INVALID_ARG);
}

static void validate_checks_the_rest_too(void **state)
{
    (void)state;
    stance_error_t err;
    assert_int_equal(stance_settings_validate(NULL, &err), STANCE_E_INVALID_ARG);
    stance_settings_t s = STANCE_SETTINGS_INIT;
    assert_int_equal(stance_settings_validate(&s, NULL), STANCE_OK);
    s.language = "klingon";
    assert_int_equal(stance_settings_validate(&s, &err), STANCE_E_LANGUAGE);
    assert_non_null(strstr(err.msg, "klingon"));
    s = (stance_settings_t)STANCE_SETTINGS_INIT;
    s.version = 99;
    assert_int_equal(stance_settings_validate(&s, &err), STANCE_E_INVALID_ARG);
    s = (stance_settings_t)STANCE_SETTINGS_INIT;
    static const char *const words[] = {"not", "two words"};
    s.negation_words = words;
    s.n_negation_words = 2;
    assert_int_equal(stance_settings_validate(&s, &err), STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "negation_words"));
    s.n_negation_words = 1;
    assert_int_equal(stance_settings_validate(&s, &err), STANCE_OK);
}

/* A word list holds what a model file can hold: no byte below 0x20 and no DEL (0x7F), which
 * the reader refuses (FORMAT.md), so a model that trains and saves also loads. A list given as
 * NULL with a count is refused, not read as "the built-in list". */
static void word_lists_are_what_a_model_file_holds(void **state)
{
    (void)state;
    static const char *const with_del[] = {"a\x7f"};
    for (int list = 0; list < 3; list++) {
        stance_settings_t s = STANCE_SETTINGS_INIT;
        const char *const **words = list == 0   ? &s.negation_words
                                    : list == 1 ? &s.negation_suffixes
                                                : &s.scope_end_words;
        size_t *n = list == 0 ? &s.n_negation_words
                    : list == 1 ? &s.n_negation_suffixes
                                : &s.n_scope_end_words;
        stance_error_t err;
        *words = with_del;
        *n = 1;
        assert_int_equal(stance_settings_validate(&s, &err), STANCE_E_INVALID_ARG);
        assert_non_null(strstr(err.msg, "control"));
        *words = NULL;
        *n = 2;
        assert_int_equal(stance_settings_validate(&s, &err), STANCE_E_INVALID_ARG);
        assert_non_null(strstr(err.msg, "NULL"));
        /* an entry is stored normalized, and its normalized form must fit the 64 bytes a
         * model file holds: twenty U+FDFA ligatures are 60 bytes, and 660 once normalized (a
         * model written with them could not be read back) */
        static char ligatures[61];
        for (int i = 0; i < 20; i++)
            memcpy(ligatures + 3 * i, "\xEF\xB7\xBA", 3);
        static const char *const long_once_normalized[] = {ligatures};
        *words = long_once_normalized;
        *n = 1;
        assert_int_equal(stance_settings_validate(&s, &err), STANCE_E_INVALID_ARG);
        assert_non_null(strstr(err.msg, "once normalized"));
        /* the analyzer meets cues one token at a time: an entry the tokenizer reads as two
         * tokens (two Han characters, a word and a clause mark) could never be met, so it is
         * refused rather than kept without effect; one Han character is a token */
        static const char *const two_han[] = {"\xE6\xB2\xA1\xE6\x9C\x89"}, /* 没有 */
            *const with_mark[] = {"no!"}, *const one_han[] = {"\xE4\xB8\x8D"}; /* 不 */
        const char *const *refused[] = {two_han, with_mark};
        for (size_t r = 0; r < 2; r++) {
            *words = refused[r];
            *n = 1;
            assert_int_equal(stance_settings_validate(&s, &err), STANCE_E_INVALID_ARG);
            assert_non_null(strstr(err.msg, "2 tokens"));
        }
        *words = one_han;
        assert_int_equal(stance_settings_validate(&s, &err), STANCE_OK);
    }
}

/* Every language the list names is one a model can be trained with, "none" last, and the
 * list holds the ones a user looks for. */
static void languages_are_listed(void **state)
{
    (void)state;
    size_t n = 0;
    bool english = false, turkish = false;
    const char *name = NULL, *last = NULL;
    for (; (name = stance_language(n)); n++) {
        stance_settings_t st = STANCE_SETTINGS_INIT;
        st.language = name;
        stance_error_t err;
        if (stance_settings_validate(&st, &err) != STANCE_OK)
            fail_msg("'%s' is listed but refused: %s", name, err.msg);
        english = english || strcmp(name, "english") == 0;
        turkish = turkish || strcmp(name, "turkish") == 0;
        last = name;
    }
    assert_true(n > 10);
    assert_true(english && turkish);
    assert_string_equal(last, "none");
    assert_null(stance_language(n + 1));
    assert_null(stance_language(SIZE_MAX));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bounds_are_enforced_at_the_edges),
        cmocka_unit_test(languages_are_listed),
        cmocka_unit_test(messages_give_the_value),
        cmocka_unit_test(diff_names_each_field),
        cmocka_unit_test(public_private_round_trip),
        cmocka_unit_test(file_round_trip_of_every_scalar),
        cmocka_unit_test(file_reader_checks_every_scalar),
        cmocka_unit_test(descriptions_match_the_header),
        cmocka_unit_test(values_as_text),
        cmocka_unit_test(validate_checks_the_rest_too),
        cmocka_unit_test(word_lists_are_what_a_model_file_holds),
    };
    return cmocka_run_group_tests_name("settings", tests, NULL, NULL);
}
