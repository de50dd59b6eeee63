/* Word boundaries: each case lists the tokens expected, in order, as "kind:surface" joined by
 * '|' where kind is w (word), c (Han/Kana), e (emoji) or b (clause break). */
#include "testutil.h"

#include "tokenize.h"

#include <stdlib.h>
#include <string.h>

typedef struct tok_case {
    const char *name;
    const char *text;
    size_t len; /* 0 = strlen */
    const char *expect;
} tok_case_t;

static const tok_case_t cases[] = {
    {"english", "We regret this step, deeply.", 0, "w:We|w:regret|w:this|w:step|b:,|w:deeply|b:."},
    {"apostrophes", "Russia's rock'n'roll don't", 0, "w:Russia's|w:rock'n'roll|w:don't"},
    {"curly apostrophe", "Russia\xE2\x80\x99s and Tokyo\xE2\x80\x99s", 0,
     "w:Russia\xE2\x80\x99s|w:and|w:Tokyo\xE2\x80\x99s"},
    {"quote apostrophes are not words", "'not' countries' interests", 0,
     "w:not|w:countries|w:interests"},
    {"hyphens", "so-called anti-Western COVID-19 - yes", 0,
     "w:so-called|w:anti-Western|w:COVID-19|b:-|w:yes"},
    {"curly quotes are transparent", "\xE2\x80\x9CNorthern Territories\xE2\x80\x9D \xC2\xABnon\xC2\xBB",
     0, "w:Northern|w:Territories|w:non"},
    {"dashes break", "talks\xE2\x80\x94not now\xE2\x80\x93never", 0,
     "w:talks|b:\xE2\x80\x94|w:not|w:now|b:\xE2\x80\x93|w:never"},
    {"numbers", "1,000 troops, 3.5 km. U.S.", 0,
     "w:1,000|w:troops|b:,|w:3.5|w:km|b:.|w:U|b:.|w:S|b:."},
    {"accented latin", "Erdo\xC4\x9F" "an caf\xC3\xA9 na\xC3\xAFve", 0,
     "w:Erdo\xC4\x9F" "an|w:caf\xC3\xA9|w:na\xC3\xAFve"},
    {"combining accent stays in word", "cafe\xCC\x81 ok", 0, "w:cafe\xCC\x81|w:ok"},
    {"cyrillic", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xD0\xBD\xD0\xB5!", 0,
     "w:\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0|w:\xD0\xBD\xD0\xB5|b:!"},
    {"greek", "\xCE\x95\xCE\xB9\xCF\x81\xCE\xAE\xCE\xBD\xCE\xB7.", 0,
     "w:\xCE\x95\xCE\xB9\xCF\x81\xCE\xAE\xCE\xBD\xCE\xB7|b:."},
    {"arabic with arabic comma", "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85\xD8\x8C \xD8\xAD\xD9\x88\xD8\xA7\xD8\xB1",
     0, "w:\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85|b:\xD8\x8C|w:\xD8\xAD\xD9\x88\xD8\xA7\xD8\xB1"},
    {"japanese chars", "\xE6\x97\xA5\xE6\x9C\xAC\xE3\x81\xAE\xE9\xA6\x96\xE7\x9B\xB8\xE3\x80\x82",
     0, "c:\xE6\x97\xA5|c:\xE6\x9C\xAC|c:\xE3\x81\xAE|c:\xE9\xA6\x96|c:\xE7\x9B\xB8|b:\xE3\x80\x82"},
    {"corner brackets are quotes", "\xE3\x80\x8C\xE5\x9B\xBD\xE3\x80\x8D", 0, "c:\xE5\x9B\xBD"},
    {"han next to latin", "G7\xE5\x9B\xBD", 0, "w:G7|c:\xE5\x9B\xBD"},
    {"emoji", "great \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD!", 0,
     "w:great|e:\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD|b:!"},
    {"zwj family is one emoji", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 ok",
     0, "e:\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7|w:ok"},
    {"flag", "\xF0\x9F\x87\xAF\xF0\x9F\x87\xB5", 0, "e:\xF0\x9F\x87\xAF\xF0\x9F\x87\xB5"},
    {"zero width joiner inside word", "frie\xE2\x80\x8D" "ndly", 0, "w:frie\xE2\x80\x8D" "ndly"},
    {"zero width space separates", "a\xE2\x80\x8B" "b", 0, "w:a|w:b"},
    {"nul is a separator", "peace\0talks", 11, "w:peace|w:talks"},
    {"symbols are silent", "#peace @un 50% $5 a/b", 0, "w:peace|w:un|w:50|w:5|w:a|w:b"},
    {"empty", "", 0, ""},
    {"only spaces", "   \t\n ", 0, ""},
    {"right-to-left mark inside word", "ab\xE2\x80\x8F" "cd", 0, "w:ab\xE2\x80\x8F" "cd"},
};

static stance_model_t *model;

static int setup(void **state)
{
    (void)state;
    model = train_model(NULL, sample_corpus, sample_corpus_len);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    stance_model_free(model);
    return 0;
}

static void render(const char *text, const stance_token_t *t, size_t n, char *out, size_t cap)
{
    size_t pos = 0;
    out[0] = '\0';
    static const char kinds[] = "wceb";
    for (size_t i = 0; i < n; i++) {
        int w = snprintf(out + pos, cap - pos, "%s%c:%.*s", i ? "|" : "", kinds[t[i].kind],
                         (int)t[i].len, text + t[i].start);
        pos += (size_t)w;
    }
}

static void token_table(void **state)
{
    (void)state;
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, model, NULL, NULL), STANCE_OK);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const tok_case_t *c = &cases[i];
        size_t len = c->len ? c->len : strlen(c->text), n = 0;
        stance_token_t toks[64];
        stance_error_t err;
        stance_status_t st = stance_tokenize(ctx, c->text, len, 0, toks, 64, &n, &err);
        if (st != STANCE_OK)
            fail_msg("%s: %s", c->name, err.msg);
        char got[1024];
        render(c->text, toks, n, got, sizeof got);
        if (strcmp(got, c->expect) != 0)
            fail_msg("%s:\n  expected %s\n  got      %s", c->name, c->expect, got);
    }
    stance_ctx_free(ctx);
}

typedef struct bad_case {
    const char *name;
    const char *text;
    size_t offset;
} bad_case_t;

static const bad_case_t bad_utf8[] = {
    {"lone continuation", "ab\x80" "cd", 2},
    {"overlong slash", "x\xC0\xAF", 1},
    {"overlong 3-byte", "\xE0\x80\xAF", 0},
    {"surrogate", "ok \xED\xA0\x80", 3},
    {"above U+10FFFF", "\xF4\x90\x80\x80", 0},
    {"truncated at end", "peace \xE2\x82", 6},
    {"invalid lead byte", "\xFF", 0},
    {"inside a word", "fri\xC3" "endly", 3},
};

static void invalid_utf8_reports_offset_or_is_replaced(void **state)
{
    (void)state;
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, model, NULL, NULL), STANCE_OK);
    for (size_t i = 0; i < sizeof bad_utf8 / sizeof bad_utf8[0]; i++) {
        const bad_case_t *c = &bad_utf8[i];
        size_t n = 99;
        stance_token_t toks[16];
        stance_error_t err;
        stance_status_t st = stance_tokenize(ctx, c->text, strlen(c->text), 0, toks, 16, &n, &err);
        if (st != STANCE_E_BAD_UTF8 || err.offset != c->offset)
            fail_msg("%s: status %d offset %llu, expected offset %zu", c->name, st,
                     (unsigned long long)err.offset, c->offset);
        /* The same text classifies and tokenizes with replacement. */
        st = stance_tokenize(ctx, c->text, strlen(c->text), STANCE_REPLACE_INVALID, toks, 16, &n,
                             &err);
        assert_int_equal(st, STANCE_OK);
        stance_result_t res;
        assert_int_equal(stance_classify(ctx, c->text, strlen(c->text), 0, &res, &err),
                         STANCE_E_BAD_UTF8);
        assert_int_equal(err.offset, c->offset);
        assert_int_equal(stance_classify(ctx, c->text, strlen(c->text), STANCE_REPLACE_INVALID,
                                         &res, &err),
                         STANCE_OK);
    }
    /* A replaced byte splits a word like U+FFFD would. */
    size_t n = 0;
    stance_token_t toks[4];
    assert_int_equal(stance_tokenize(ctx, "fri\xC3" "endly", 9, STANCE_REPLACE_INVALID, toks, 4,
                                     &n, NULL),
                     STANCE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(toks[1].start, 4);
    stance_ctx_free(ctx);
}

static void small_buffer_reports_count(void **state)
{
    (void)state;
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, model, NULL, NULL), STANCE_OK);
    stance_token_t toks[2];
    size_t n = 0;
    const char *t = "one two three four";
    assert_int_equal(stance_tokenize(ctx, t, strlen(t), 0, toks, 2, &n, NULL),
                     STANCE_E_BUFFER_TOO_SMALL);
    assert_int_equal(n, 4);
    assert_int_equal(stance_tokenize(ctx, t, strlen(t), 0, NULL, 0, &n, NULL),
                     STANCE_E_BUFFER_TOO_SMALL);
    assert_int_equal(n, 4);
    stance_ctx_free(ctx);
}

/* Pathological inputs finish in time proportional to their size. */
static void pathological_inputs(void **state)
{
    (void)state;
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, model, NULL, NULL), STANCE_OK);
    size_t len = 1 << 20;
    char *buf = malloc(len);
    assert_non_null(buf);
    static const char *const fills[] = {"'", "-", "\xE2\x80\x8D", "a'", "\xCC\x81", "\xE2\x80\x9C",
                                        "a-"};
    for (size_t f = 0; f < sizeof fills / sizeof fills[0]; f++) {
        size_t k = strlen(fills[f]), used = 0;
        while (used + k <= len) {
            memcpy(buf + used, fills[f], k);
            used += k;
        }
        stance_result_t res;
        stance_error_t err;
        assert_int_equal(stance_classify(ctx, buf, used, 0, &res, &err), STANCE_OK);
    }
    free(buf);
    stance_ctx_free(ctx);
}

/* The inline ASCII scanner gives exactly the tokens of the general scanner it stands in for:
 * 20,000 random strings over the ASCII characters where the two could disagree (joiners
 * between letters and digits, breaks, quotes, runs of spaces). */
static void ascii_fast_path_matches_general_scanner(void **state)
{
    (void)state;
    static const char alphabet[] = "aZ09 ' - , . ! ? ; : ( ) \"#%&*/@_~\t\n\r\x7f";
    const size_t A = sizeof alphabet - 1;
    uint64_t rng = 42;
    char text[64];
    for (int round = 0; round < 20000; round++) {
        size_t len = 1 + (size_t)(round % 40);
        for (size_t i = 0; i < len; i++) {
            rng = rng * 6364136223846793005ull + 1442695040888963407ull;
            text[i] = alphabet[(rng >> 33) % A];
        }
        stance_scanner_t fast, slow;
        stance__scanner_init(&fast, text, len, false);
        stance__scanner_init(&slow, text, len, false);
        for (;;) {
            stance_tok_t a, b;
            size_t bad_a = 0, bad_b = 0;
            int ra = stance__scan(&fast, &a, &bad_a), rb = stance__scan_slow(&slow, &b, &bad_b);
            if (ra != rb || (ra == 1 && (a.start != b.start || a.len != b.len ||
                                         a.kind != b.kind || a.ascii != b.ascii)))
                fail_msg("'%.*s': fast %d [%zu+%zu kind %d] vs general %d [%zu+%zu kind %d]",
                         (int)len, text, ra, a.start, a.len, (int)a.kind, rb, b.start, b.len,
                         (int)b.kind);
            if (ra != 1)
                break;
        }
    }
}

/* The same with every ASCII character and, next to them, the non-ASCII characters that decide
 * what an ASCII joiner does (a letter, a digit, a soft hyphen, a typographic apostrophe, a
 * dash), in strings long enough for words of more than eight bytes. */
static void ascii_fast_path_matches_with_neighbors(void **state)
{
    (void)state;
    static const char *const units[] = {
        "a", "Z", "q", "0", "9", "5", "'", "-", ",", ".", " ", "  ", "!", "?", ";", ":", "(",
        ")", "[", "]", "{", "}", "\"", "#", "$", "%", "&", "*", "+", "/", "<", "=", ">", "@",
        "\\", "^", "_", "`", "|", "~", "\t", "\n", "\r", "\x01", "\x7f", "word", "longerword",
        "\xc3\xa9", "\xd9\xa3", "\xc2\xad", "\xe2\x80\x99", "\xe2\x80\x94", "\xe6\x97\xa5"};
    const size_t U = sizeof units / sizeof units[0];
    uint64_t rng = 7;
    char text[256];
    for (int round = 0; round < 50000; round++) {
        size_t len = 0, parts = 1 + (size_t)(round % 30);
        for (size_t i = 0; i < parts; i++) {
            rng = rng * 6364136223846793005ull + 1442695040888963407ull;
            const char *u = units[(rng >> 33) % U];
            size_t k = strlen(u);
            memcpy(text + len, u, k);
            len += k;
        }
        stance_scanner_t fast, slow;
        stance__scanner_init(&fast, text, len, false);
        stance__scanner_init(&slow, text, len, false);
        for (;;) {
            stance_tok_t a, b;
            size_t bad_a = 0, bad_b = 0;
            int ra = stance__scan(&fast, &a, &bad_a), rb = stance__scan_slow(&slow, &b, &bad_b);
            if (ra != rb || (ra == 1 && (a.start != b.start || a.len != b.len ||
                                         a.kind != b.kind || a.ascii != b.ascii)))
                fail_msg("'%.*s': fast %d [%zu+%zu kind %d] vs general %d [%zu+%zu kind %d]",
                         (int)len, text, ra, a.start, a.len, (int)a.kind, rb, b.start, b.len,
                         (int)b.kind);
            if (ra != 1)
                break;
        }
    }
}

/* The eight-bytes-at-a-time end of an ASCII word agrees with the byte table for every byte
 * value at every position of a run of letters and digits, and never reads past the text. */
static void ascii_word_end_every_byte(void **state)
{
    (void)state;
    for (size_t len = 1; len <= 24; len++) {
        for (size_t at = 0; at <= len; at++) {
            for (unsigned b = 0; b < 256; b++) {
                /* exactly len bytes on the heap, so that a read past them is caught by ASan
                 * and valgrind */
                unsigned char *text = malloc(len);
                assert_non_null(text);
                for (size_t i = 0; i < len; i++)
                    text[i] = "aZ09kQ5m"[i % 8];
                if (at < len)
                    text[at] = (unsigned char)b;
                size_t expect = 0;
                while (expect < len && stance__ascii_alnum[text[expect]])
                    expect++;
                size_t got = stance__ascii_word_end(text, 0, len);
                if (got != expect)
                    fail_msg("byte %#x at %zu of %zu: end %zu, expected %zu", b, at, len, got,
                             expect);
                free(text);
            }
        }
    }
}

/* The texts the UTF-8 checks are tried on: one character (ASCII, or of two, three or four
 * bytes) repeated to at most len bytes, in text[0..*n); *k is the character's length. */
static const char *const utf8_fills[] = {"a", "\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x98\x80"};

static void utf8_fill(unsigned char *text, size_t len, size_t fill, size_t *n, size_t *k)
{
    *n = 0;
    *k = strlen(utf8_fills[fill]);
    while (*n + *k <= len) {
        memcpy(text + *n, utf8_fills[fill], *k);
        *n += *k;
    }
}

/* The UTF-8 checks (which skip ASCII sixteen and eight bytes at a time) find the first bad
 * byte wherever it is, after ASCII or after multi-byte characters, in texts of 0 to 69 bytes
 * (the 16- and 8-byte steps and the bytes after them); the one the corpus reader runs on every
 * statement stops at a NUL byte too, whichever of the two comes first, and says which. */
static void utf8_checks_find_the_first_bad_byte(void **state)
{
    (void)state;
    for (size_t f = 0; f < 4; f++)
        for (size_t len = 0; len < 70; len++) {
            unsigned char text[300];
            size_t n, k;
            utf8_fill(text, len, f, &n, &k);
            bool nul = true;
            assert_int_equal(stance__utf8_check(text, n), n);
            assert_int_equal(stance__utf8_check_text(text, n, &nul), n);
            assert_false(nul);
            for (size_t at = 0; at <= n; at += k) {
                for (int kind = 0; kind < 2; kind++) { /* a NUL, then a stray continuation */
                    unsigned char bad[302];
                    memcpy(bad, text, at);
                    bad[at] = kind == 0 ? 0x00 : 0x80;
                    memcpy(bad + at + 1, text + at, n - at);
                    if (kind == 1)
                        assert_int_equal(stance__utf8_check(bad, n + 1), at);
                    nul = kind != 0;
                    assert_int_equal(stance__utf8_check_text(bad, n + 1, &nul), at);
                    assert_int_equal(nul, kind == 0);
                    /* the first of the two counts: a NUL after a bad byte, and before it */
                    bad[n + 1] = kind == 0 ? 0x80 : 0x00;
                    assert_int_equal(stance__utf8_check_text(bad, n + 2, &nul), at);
                    assert_int_equal(nul, kind == 0);
                }
            }
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(token_table),
        cmocka_unit_test(invalid_utf8_reports_offset_or_is_replaced),
        cmocka_unit_test(small_buffer_reports_count),
        cmocka_unit_test(pathological_inputs),
        cmocka_unit_test(ascii_fast_path_matches_general_scanner),
        cmocka_unit_test(ascii_word_end_every_byte),
        cmocka_unit_test(ascii_fast_path_matches_with_neighbors),
        cmocka_unit_test(utf8_checks_find_the_first_bad_byte),
    };
    return cmocka_run_group_tests_name("tokenize", tests, setup, teardown);
}
