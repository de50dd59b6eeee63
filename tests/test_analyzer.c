/* Normalization, stemming, negation scope and n-grams, seen through stance_analyze(). */
#include "testutil.h"

#include "analyzer.h"
#include "normalize.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

typedef struct collected {
    char text[2048];
    size_t pos;
} collected_t;

static int collect(const char *f, size_t len, size_t start, size_t end, void *user)
{
    (void)start;
    (void)end;
    collected_t *c = user;
    int w = snprintf(c->text + c->pos, sizeof c->text - c->pos, "%s%.*s", c->pos ? "|" : "",
                     (int)len, f);
    c->pos += (size_t)w;
    return 0;
}

/* Features of `text` under the given settings, '|'-joined in emission order. */
static const char *features(const stance_settings_t *s, const char *text)
{
    static collected_t c;
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.settings = *s;
    stance_model_t *m = train_model(&o, sample_corpus, sample_corpus_len);
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, m, NULL, NULL), STANCE_OK);
    c.pos = 0;
    c.text[0] = '\0';
    stance_error_t err;
    if (stance_analyze(ctx, text, strlen(text), 0, collect, &c, &err) != STANCE_OK)
        fail_msg("analyze: %s", err.msg);
    stance_ctx_free(ctx);
    stance_model_free(m);
    return c.text;
}

/* Unigrams, punctuation as a separator only, negation to the end of the clause: the plainest
 * features, so each test below shows one rule at a time. */
static stance_settings_t unigrams(void)
{
    stance_settings_t s = STANCE_SETTINGS_INIT;
    s.ngram_max = 1;
    s.punctuation = 0;
    s.negation_scope = 0;
    return s;
}

static void stems_and_normalization(void **state)
{
    (void)state;
    stance_settings_t s = unigrams();
    s.negation = 0;
    assert_string_equal(features(&s, "Provocations, PROVOKED provoking"),
                        "provoc|provok|provok");
    assert_string_equal(features(&s, "Russia's Russia\xE2\x80\x99s"), "russia|russia");
    /* NFKC: ligature fi, fullwidth letters; case folding of sharp s */
    assert_string_equal(features(&s, "\xEF\xAC\x81ght \xEF\xBC\xB4\xEF\xBC\xA1\xEF\xBC\xAC\xEF\xBC\xAB\xEF\xBC\xB3"),
                        "fight|talk");
    assert_string_equal(features(&s, "Stra\xC3\x9F" "e STRASSE"), "strass|strass");
    /* composed and decomposed e-acute are one word */
    assert_string_equal(features(&s, "caf\xC3\xA9 cafe\xCC\x81"), "caf\xC3\xA9|caf\xC3\xA9");
    /* zero-width joiner and soft hyphen inside a word are removed */
    assert_string_equal(features(&s, "frie\xE2\x80\x8Dndly unfri\xC2\xAD" "endly"),
                        "friend|unfriend");
    s.language = "none";
    assert_string_equal(features(&s, "Provocations so-called"), "provocations|so-called");
    s.language = "russian";
    assert_string_equal(features(&s, "\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB2\xD0\xBE\xD0\xBA\xD0\xB0\xD1\x86\xD0\xB8\xD0\xB8"),
                        "\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB2\xD0\xBE\xD0\xBA\xD0\xB0\xD1\x86");
}

static void negation_scope(void **state)
{
    (void)state;
    stance_settings_t s = unigrams();
    assert_string_equal(features(&s, "this is not a friendly step"),
                        "this|is|not|NOT_a|NOT_friend|NOT_step");
    /* clause punctuation ends the scope */
    assert_string_equal(features(&s, "not friendly, friendly"), "not|NOT_friend|friend");
    /* a contrast word ends it too */
    assert_string_equal(features(&s, "we do not seek confrontation but talks"),
                        "we|do|not|NOT_seek|NOT_confront|but|talk");
    /* n't, never, without, nor open a scope */
    assert_string_equal(features(&s, "don't threaten"), "don't|NOT_threaten");
    assert_string_equal(features(&s, "never again"), "never|NOT_again");
    assert_string_equal(features(&s, "without delay"), "without|NOT_delay");
    assert_string_equal(features(&s, "nor talks"), "nor|NOT_talk");
    /* a bounded scope; the default covers three words */
    s.negation_scope = 1;
    assert_string_equal(features(&s, "not a friendly step"), "not|NOT_a|friend|step");
    stance_settings_t d = STANCE_SETTINGS_INIT;
    d.ngram_max = 1;
    assert_string_equal(features(&d, "we will not accept these so-called sanctions"),
                        "we|will|not|NOT_accept|NOT_these|NOT_so-cal|sanction");
    /* negation off */
    s.negation = 0;
    assert_string_equal(features(&s, "not friendly"), "not|friend");
}

static void own_negation_words(void **state)
{
    (void)state;
    static const char *const words[] = {"Nope"}; /* normalized to "nope" */
    static const char *const none[] = {NULL};
    stance_settings_t s = unigrams();
    s.negation_words = words;
    s.n_negation_words = 1;
    s.negation_suffixes = none;
    s.n_negation_suffixes = 0;
    assert_string_equal(features(&s, "nope talks not talks don't talks"),
                        "nope|NOT_talk|NOT_not|NOT_talk|NOT_don't|NOT_talk");
}

/* Turkish has a dotted and a dotless i in both cases (İ i, I ı): a Turkish model folds them
 * as Turkish does, so "İŞ", "İş" and "iş" are one word and "IRAK" is "ırak", not "irak".
 * Other languages keep Unicode's folding (İ -> i + a combining dot above, I -> i). */
static void turkish_dotted_and_dotless_i(void **state)
{
    (void)state;
    stance_settings_t s = unigrams();
    s.language = "turkish";
    const char *tr = features(&s, "\xC4\xB0\xC5\x9E \xC4\xB0\xC5\x9F i\xC5\x9F");
    assert_string_equal(tr, "i\xC5\x9F|i\xC5\x9F|i\xC5\x9F");
    /* İ decomposed (I and a combining dot above, as NFD text holds it) is İ (revision 3) */
    assert_string_equal(features(&s, "I\xCC\x87S\xCC\xA7 I\xCC\x87s\xCC\xA7"),
                        "i\xC5\x9F|i\xC5\x9F");
    assert_string_equal(features(&s, "IRAK Irak"), "\xC4\xB1rak|\xC4\xB1rak");
    assert_string_equal(features(&s, "irak"), "irak");
    /* the user's negation words are folded the same way */
    static const char *const words[] = {"DE\xC4\x9E\xC4\xB0L"}; /* DEĞİL */
    s.negation_words = words;
    s.n_negation_words = 1;
    assert_string_equal(features(&s, "de\xC4\x9Fil iyi"), "de\xC4\x9Fil|NOT_i"); /* iyi: stem i */
    static const char *const nfd_words[] = {"DEG\xCC\x86I\xCC\x87L"}; /* DEĞİL, decomposed */
    s.negation_words = nfd_words;
    assert_string_equal(features(&s, "de\xC4\x9Fil iyi"), "de\xC4\x9Fil|NOT_i");
    /* English keeps Unicode's folding */
    stance_settings_t en = unigrams();
    en.language = "none";
    assert_string_equal(features(&en, "IRAK \xC4\xB0stanbul"), "irak|i\xCC\x87stanbul");
}

/* Elided articles and pronouns are not part of the word (French l'accord, d'accord, qu'il;
 * Italian dell'accordo; Catalan l'acord), and a Turkish suffix after an apostrophe is not
 * part of the name (Türkiye'nin, Ankara'ya): the word is what it is without them, as the
 * stemmer expects. English keeps its apostrophes (its stemmer takes the possessive). */
static void elisions_and_apostrophe_suffixes(void **state)
{
    (void)state;
    stance_settings_t s = unigrams();
    s.language = "french";
    char bare[256];
    snprintf(bare, sizeof bare, "%s", features(&s, "accord accord il homme"));
    assert_string_equal(features(&s, "l'accord d\xE2\x80\x99" "accord qu'il L'homme"), bare);
    /* an elided ne (n') is ne: it opens a negation, which takes in its own word, the verb
     * that French puts between ne and pas (revision 3) */
    assert_string_equal(features(&s, "il ne accepte pas"), "il|ne|NOT_accept|pas");
    assert_string_equal(features(&s, "il n'accepte pas"), "il|NOT_accept|pas");
    assert_string_equal(features(&s, "N\xE2\x80\x99" "est-ce pas"), "NOT_est-ce|pas");
    s.negation = 0; /* no negation: n' is only elided */
    assert_string_equal(features(&s, "il n'accepte pas"), "il|accept|pas");
    s.negation = 1;
    static const char *const no_ne[] = {"pas"}; /* a list without ne: n' negates nothing */
    s.negation_words = no_ne;
    s.n_negation_words = 1;
    assert_string_equal(features(&s, "il n'accepte pas"), "il|accept|pas");
    s.negation_words = NULL;
    s.n_negation_words = 0;
    s.language = "catalan"; /* n' is a pronoun there (en), not a negation */
    snprintf(bare, sizeof bare, "%s", features(&s, "hi ha"));
    assert_string_equal(features(&s, "n'hi ha"), bare);
    s.language = "italian";
    snprintf(bare, sizeof bare, "%s", features(&s, "accordo Europa amico"));
    assert_string_equal(features(&s, "dell'accordo all'Europa un'amico"), bare);
    s.language = "turkish";
    snprintf(bare, sizeof bare, "%s", features(&s, "T\xC3\xBCrkiye Ankara"));
    assert_string_equal(features(&s, "T\xC3\xBCrkiye'nin Ankara\xE2\x80\x99ya"), bare);
    s.language = "english";
    assert_string_equal(features(&s, "today's l'accord"), "today|l'accord");
}

static void ngrams(void **state)
{
    (void)state;
    stance_settings_t s = STANCE_SETTINGS_INIT;
    s.negation = 0;
    /* by default clause punctuation is a term, inside n-grams too */
    assert_string_equal(features(&s, "a rather unfriendly stance. Yes"),
                        "a|rather|a rather|unfriend|rather unfriend|stanc|unfriend stanc|.|stanc ."
                        "|yes|. yes");
    s.punctuation = 0;
    assert_string_equal(features(&s, "a rather unfriendly stance. Yes"),
                        "a|rather|a rather|unfriend|rather unfriend|stanc|unfriend stanc|yes");
    s.ngram_max = 3;
    assert_string_equal(features(&s, "a rather unfriendly"),
                        "a|rather|a rather|unfriend|rather unfriend|a rather unfriend");
    s.negation = 1;
    s.ngram_max = 2;
    assert_string_equal(features(&s, "not friendly"), "not|NOT_friend|not NOT_friend");
    /* punctuation ends a negation scope whether or not it is a term */
    s.punctuation = 1;
    assert_string_equal(features(&s, "not now! friendly"),
                        "not|NOT_now|not NOT_now|!|NOT_now !|friend|! friend");
}

static void cjk_character_bigrams(void **state)
{
    (void)state;
    stance_settings_t s = unigrams();
    /* 日本の首相 -> characters, plus bigrams of neighbours even with ngram_max 1 */
    assert_string_equal(features(&s, "\xE6\x97\xA5\xE6\x9C\xAC\xE3\x80\x82\xE9\xA6\x96"),
                        "\xE6\x97\xA5|\xE6\x9C\xAC|\xE6\x97\xA5 \xE6\x9C\xAC|\xE9\xA6\x96");
}

static void overlong_tokens_are_skipped(void **state)
{
    (void)state;
    stance_settings_t s = unigrams();
    s.max_token_bytes = 5;
    assert_string_equal(features(&s, "ok toolongword ok"), "ok|ok");
    s.ngram_max = 2;
    /* no bigram bridges a skipped token */
    assert_string_equal(features(&s, "ok toolongword ok"), "ok|ok");
    /* a clause mark is never an overlong token: with punctuation on and a limit below its
     * bytes, "…" (3 bytes) is still its term and still ends the negation scope, as stance.h
     * says ("either way it ends a negation scope") */
    s.ngram_max = 1;
    s.punctuation = 1;
    s.max_token_bytes = 2;
    assert_string_equal(features(&s, "no \xE2\x80\xA6 ok"), "no|...|ok");
}

/* The ASCII fast path gives exactly what utf8proc gives, for every ASCII byte that can be
 * part of a word, alone and inside a word. */
static void ascii_fast_path_matches_utf8proc(void **state)
{
    (void)state;
    stance_allocator_t a = {0};
    stance_normalizer_t nz = {0};
    stance__alloc_init(&a, NULL);
    for (int c = 1; c < 128; c++) {
        unsigned char in[3] = {'x', (unsigned char)c, 'y'};
        const unsigned char *out;
        size_t out_len;
        assert_int_equal(stance__normalize(&a, &nz, in, 3, &out, &out_len), STANCE_OK);
        utf8proc_uint8_t *ref = NULL;
        utf8proc_ssize_t rl = utf8proc_map(in, 3, &ref, STANCE_UTF8PROC_OPTIONS);
        assert_true(rl >= 0);
        for (utf8proc_ssize_t k = 0; k < rl; k++)
            if (ref[k] == ' ')
                ref[k] = '_';
        if ((size_t)rl != out_len || memcmp(ref, out, out_len) != 0)
            fail_msg("byte 0x%02x differs", c);
        free(ref);
    }
    stance__normalizer_free(&a, &nz);
}

/* Each distinct surface word is normalized and stemmed once per context. */
static void words_are_cached(void **state)
{
    (void)state;
    stance_cfg_t cfg;
    stance_allocator_t a;
    stance__alloc_init(&a, NULL);
    stance_settings_t s = STANCE_SETTINGS_INIT;
    s.punctuation = 0;
    assert_int_equal(stance__cfg_from_settings(&a, &cfg, &s, NULL), STANCE_OK);
    stance_analyzer_t an;
    assert_int_equal(stance__analyzer_init(&an, &a, &cfg, NULL), STANCE_OK);
    const char *text = "talks Talks talks talks, talks Talks";
    assert_int_equal(stance__analyzer_run(&an, text, strlen(text), 0, NULL), STANCE_OK);
    assert_int_equal(an.terms.n, 6);
    assert_int_equal(an.n_words, 2); /* "talks" and "Talks": two surfaces, one stem */
    assert_true(stance__hash_eq(an.terms.items[0].hash, an.terms.items[1].hash));
    assert_int_equal(stance__analyzer_run(&an, text, strlen(text), 0, NULL), STANCE_OK);
    assert_int_equal(an.n_words, 2);
    stance__analyzer_free(&an);
    stance__cfg_free(&a, &cfg);
}

static int cmp_hash(const void *a, const void *b)
{
    const stance_hash_t *x = a, *y = b;
    if (x->lo != y->lo)
        return x->lo < y->lo ? -1 : 1;
    return (x->hi > y->hi) - (x->hi < y->hi);
}

/* No two of ~380,000 short, similar strings share a hash, in either lane, as words, negated
 * words or bigrams: short strings differing in one byte and in length are what a weak hash
 * confuses (a length xored into the data did: "me" and "lee"). */
static void hashes_do_not_collide(void **state)
{
    (void)state;
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789'-";
    const size_t A = sizeof alphabet - 1;
    size_t cap = A + A * A + A * A * A + 4 * 10000, n = 0;
    stance_hash_t *h = malloc(cap * 3 * sizeof *h);
    char w[4];
    for (size_t len = 1; len <= 3; len++) {
        size_t count = len == 1 ? A : len == 2 ? A * A : A * A * A;
        for (size_t k = 0; k < count; k++) {
            size_t x = k;
            for (size_t i = 0; i < len; i++, x /= A)
                w[i] = alphabet[x % A];
            h[n++] = stance__hash_bytes(w, len);
        }
    }
    size_t words = n;
    for (size_t i = 0; i < words; i++)
        h[n++] = stance__hash_term(h[i], 1);
    for (size_t i = 0; i + 1 < words && n < cap * 3; i += 7)
        h[n++] = stance__hash_extend(h[i], h[i + 1]);
    /* longer strings that differ only in their last bytes or their length */
    char buf[32];
    for (size_t k = 0; k < 20000 && n < cap * 3; k++) {
        int len = snprintf(buf, sizeof buf, "provocation%zu", k);
        h[n++] = stance__hash_bytes(buf, (size_t)len);
    }
    qsort(h, n, sizeof *h, cmp_hash);
    size_t same_lo = 0;
    for (size_t i = 1; i < n; i++) {
        assert_false(stance__hash_eq(h[i], h[i - 1]));
        same_lo += h[i].lo == h[i - 1].lo;
    }
    assert_int_equal(same_lo, 0); /* 64-bit lanes: a collision here would be a 1-in-10^8 event */
    free(h);
}

/* Found by fuzz_analyze (UBSan): a word that normalizes to nothing (a lone variation
 * selector, which case folding drops), first in a fresh context, hashed a null pointer plus
 * zero. It yields no feature, and the words around it are unaffected. */
static void word_that_normalizes_to_nothing(void **state)
{
    (void)state;
    stance_settings_t s = unigrams();
    assert_string_equal(features(&s, "\xef\xb8\x84 talks"), "talk");
    assert_string_equal(features(&s, "\xef\xb8\x84"), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stems_and_normalization),
        cmocka_unit_test(negation_scope),
        cmocka_unit_test(own_negation_words),
        cmocka_unit_test(turkish_dotted_and_dotless_i),
        cmocka_unit_test(elisions_and_apostrophe_suffixes),
        cmocka_unit_test(ngrams),
        cmocka_unit_test(cjk_character_bigrams),
        cmocka_unit_test(overlong_tokens_are_skipped),
        cmocka_unit_test(ascii_fast_path_matches_utf8proc),
        cmocka_unit_test(words_are_cached),
        cmocka_unit_test(hashes_do_not_collide),
        cmocka_unit_test(word_that_normalizes_to_nothing),
    };
    return cmocka_run_group_tests_name("analyzer", tests, NULL, NULL);
}
