/* Public API hygiene: versions, status texts, NULL handling, argument checks. */
#include "testutil.h"

#include <string.h>

static void version_macros_match_runtime(void **state)
{
    (void)state;
    assert_int_equal(stance_version(), STANCE_VERSION_NUMBER);
    assert_string_equal(stance_version_string(), STANCE_VERSION_STRING);
    char expect[32];
    snprintf(expect, sizeof expect, "%d.%d.%d", STANCE_VERSION_MAJOR, STANCE_VERSION_MINOR,
             STANCE_VERSION_PATCH);
    assert_string_equal(STANCE_VERSION_STRING, expect);
    assert_int_equal(STANCE_VERSION_NUMBER,
                     (STANCE_VERSION_MAJOR << 16) | (STANCE_VERSION_MINOR << 8) |
                         STANCE_VERSION_PATCH);
}

static void every_status_has_its_own_text(void **state)
{
    (void)state;
    const char *seen[32] = {0};
    for (int s = 0; s >= STANCE_E_NOT_FOUND; s--) {
        const char *t = stance_strerror((stance_status_t)s);
        assert_non_null(t);
        assert_string_not_equal(t, "unknown status");
        for (int k = 0; k < -s; k++)
            assert_string_not_equal(seen[k], t);
        seen[-s] = t;
    }
    assert_string_equal(stance_strerror((stance_status_t)-999), "unknown status");
    assert_string_equal(stance_strerror((stance_status_t)7), "unknown status");
}

/* Every destructor accepts NULL (no crash, under ASan and valgrind too), and every object,
 * made with a counting allocator, gives back all it took when freed. */
static void free_functions_accept_null(void **state)
{
    (void)state;
    stance_model_free(NULL);
    stance_ctx_free(NULL);
    stance_trainer_free(NULL);
    stance_corpus_close(NULL);
    stance_eval_free(NULL);
    stance_cv_free(NULL);

    test_alloc_t t;
    test_alloc_init(&t, -1);
    stance_model_t *m = NULL;
    assert_int_equal(stance_model_default(&m, &t.alloc, NULL), STANCE_OK);
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, m, NULL, NULL), STANCE_OK);
    stance_train_opts_t to = STANCE_TRAIN_OPTS_INIT;
    to.alloc = &t.alloc;
    stance_trainer_t *tr = NULL;
    assert_int_equal(stance_trainer_new(&tr, &to, NULL), STANCE_OK);
    stance_cv_opts_t co = STANCE_CV_OPTS_INIT;
    co.train.alloc = &t.alloc;
    stance_cv_t *cv = NULL;
    assert_int_equal(stance_cv_new(&cv, &co, NULL), STANCE_OK);
    stance_eval_t *ev = NULL;
    assert_int_equal(stance_eval_new(&ev, 2, &t.alloc, NULL), STANCE_OK);
    assert_true(t.live > 0);
    stance_eval_free(ev);
    stance_cv_free(cv);
    stance_trainer_free(tr);
    stance_ctx_free(ctx);
    stance_model_free(m);
    assert_int_equal(t.live, 0);
}

static void null_arguments_are_refused(void **state)
{
    (void)state;
    stance_error_t err;
    stance_model_t *m = (stance_model_t *)&err; /* must be reset to NULL on failure */
    assert_int_equal(stance_model_load_mem(NULL, "x", 1, NULL, &err), STANCE_E_INVALID_ARG);
    assert_int_equal(stance_model_load_mem(&m, NULL, 5, NULL, &err), STANCE_E_INVALID_ARG);
    assert_null(m);
    assert_int_equal(err.status, STANCE_E_INVALID_ARG);
    assert_true(strlen(err.msg) > 0);
    assert_int_equal(stance_model_load_file(&m, NULL, NULL, NULL), STANCE_E_INVALID_ARG);
    stance_ctx_t *ctx = (stance_ctx_t *)&err;
    assert_int_equal(stance_ctx_new(&ctx, NULL, NULL, NULL), STANCE_E_INVALID_ARG);
    assert_null(ctx);
    assert_int_equal(stance_trainer_new(NULL, NULL, NULL), STANCE_E_INVALID_ARG);
    assert_int_equal(stance_model_merge(&m, NULL, 1, NULL, NULL), STANCE_E_INVALID_ARG);
    assert_int_equal(stance_model_label_count(NULL), 0);
    assert_null(stance_model_label(NULL, 0));
}

static void classify_refuses_unknown_flags_and_null_text(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, sample_corpus, sample_corpus_len);
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, m, NULL, NULL), STANCE_OK);
    stance_result_t res;
    stance_error_t err;
    assert_int_equal(stance_classify(ctx, "hi", 2, 0x80, &res, &err), STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "flags"));
    assert_int_equal(stance_classify(ctx, NULL, 3, 0, &res, &err), STANCE_E_INVALID_ARG);
    assert_int_equal(stance_classify(ctx, NULL, 0, 0, &res, &err), STANCE_OK); /* empty */
    assert_int_equal(stance_classify(ctx, "hi", 2, 0, NULL, &err), STANCE_E_INVALID_ARG);
    size_t n;
    /* explain before any explained classification */
    stance_hit_t hits[2];
    assert_int_equal(stance_explain(ctx, hits, 2, &n), STANCE_E_INVALID_ARG);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

/* The documented size limit is checked before any byte is read. */
static void oversized_text_is_refused(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, sample_corpus, sample_corpus_len);
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, m, NULL, NULL), STANCE_OK);
    const char tiny[] = "hi";
    stance_result_t res;
    stance_error_t err;
    assert_int_equal(stance_classify(ctx, tiny, STANCE_MAX_TEXT_BYTES + 1, 0, &res, &err),
                     STANCE_E_LIMIT);
    assert_non_null(strstr(err.msg, "limit"));
    size_t n;
    assert_int_equal(stance_tokenize(ctx, tiny, STANCE_MAX_TEXT_BYTES + 1, 0, NULL, 0, &n, &err),
                     STANCE_E_LIMIT);
    stance_trainer_t *t = NULL;
    assert_int_equal(stance_trainer_new(&t, NULL, NULL), STANCE_OK);
    assert_int_equal(stance_trainer_add(t, "x", 1, tiny, STANCE_MAX_TEXT_BYTES + 1, 0, &err),
                     STANCE_E_LIMIT);
    stance_trainer_free(t);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

typedef struct bad_setting {
    const char *name;
    void (*apply)(stance_settings_t *);
    stance_status_t expect;
    const char *mentions;
} bad_setting_t;

static void set_ngram0(stance_settings_t *s) { s->ngram_max = 0; }
static void set_ngram4(stance_settings_t *s) { s->ngram_max = 4; }
static void set_alpha0(stance_settings_t *s) { s->alpha = 0.0; }
static void set_alpha_neg(stance_settings_t *s) { s->alpha = -1.0; }
static void set_lang(stance_settings_t *s) { s->language = "klingon"; }
static void set_weight(stance_settings_t *s) { s->weighting = (stance_weighting_t)7; }
static void set_nb(stance_settings_t *s) { s->nb = (stance_nb_t)9; }
static void set_priors(stance_settings_t *s) { s->priors = (stance_priors_t)9; }
static void set_tok0(stance_settings_t *s) { s->max_token_bytes = 0; }
static void set_tokbig(stance_settings_t *s) { s->max_token_bytes = 5000; }
static void set_version(stance_settings_t *s) { s->version = 99; }
static void set_negation2(stance_settings_t *s) { s->negation = 2; }
static void set_punct2(stance_settings_t *s) { s->punctuation = 2; }
static const char *const spaced_words[] = {"not really"};
static void set_bad_cue(stance_settings_t *s)
{
    s->negation_words = spaced_words;
    s->n_negation_words = 1;
}

static const bad_setting_t bad_settings[] = {
    {"ngram_max 0", set_ngram0, STANCE_E_INVALID_ARG, "ngram_max"},
    {"ngram_max 4", set_ngram4, STANCE_E_INVALID_ARG, "ngram_max"},
    {"alpha 0", set_alpha0, STANCE_E_INVALID_ARG, "alpha"},
    {"alpha -1", set_alpha_neg, STANCE_E_INVALID_ARG, "alpha"},
    {"language", set_lang, STANCE_E_LANGUAGE, "klingon"},
    {"weighting", set_weight, STANCE_E_INVALID_ARG, "weighting"},
    {"nb", set_nb, STANCE_E_INVALID_ARG, "naive-Bayes"},
    {"priors", set_priors, STANCE_E_INVALID_ARG, "priors"},
    {"max_token_bytes 0", set_tok0, STANCE_E_INVALID_ARG, "max_token_bytes"},
    {"max_token_bytes 5000", set_tokbig, STANCE_E_INVALID_ARG, "max_token_bytes"},
    {"version", set_version, STANCE_E_INVALID_ARG, "version"},
    {"negation 2", set_negation2, STANCE_E_INVALID_ARG, "negation"},
    {"punctuation 2", set_punct2, STANCE_E_INVALID_ARG, "punctuation"},
    {"cue with a space", set_bad_cue, STANCE_E_INVALID_ARG, "negation_words"},
};

static void bad_settings_are_named(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof bad_settings / sizeof bad_settings[0]; i++) {
        stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
        bad_settings[i].apply(&o.settings);
        stance_trainer_t *t = NULL;
        stance_error_t err;
        stance_status_t st = stance_trainer_new(&t, &o, &err);
        if (st != bad_settings[i].expect || !strstr(err.msg, bad_settings[i].mentions))
            fail_msg("%s: got %d '%s'", bad_settings[i].name, st, err.msg);
        assert_null(t);
    }
}

static void every_libstemmer_language_trains(void **state)
{
    (void)state;
    static const char *const langs[] = {"english", "russian", "french", "german", "arabic",
                                        "greek", "turkish", "none", "porter"};
    for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++) {
        stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
        o.settings.language = langs[i];
        stance_model_t *m = train_model(&o, sample_corpus, sample_corpus_len);
        stance_settings_t s;
        stance_model_settings(m, &s);
        assert_string_equal(s.language, langs[i]);
        stance_model_free(m);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(version_macros_match_runtime),
        cmocka_unit_test(every_status_has_its_own_text),
        cmocka_unit_test(free_functions_accept_null),
        cmocka_unit_test(null_arguments_are_refused),
        cmocka_unit_test(classify_refuses_unknown_flags_and_null_text),
        cmocka_unit_test(oversized_text_is_refused),
        cmocka_unit_test(bad_settings_are_named),
        cmocka_unit_test(every_libstemmer_language_trains),
    };
    return cmocka_run_group_tests_name("api", tests, NULL, NULL);
}
