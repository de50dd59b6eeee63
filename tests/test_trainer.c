/* Training: labels, incremental training, merging, pruning, and failure atomicity. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

static void add_all(stance_trainer_t *t, const labeled_t *d, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        stance_error_t err;
        if (stance_trainer_add(t, d[i].label, strlen(d[i].label), d[i].text, strlen(d[i].text),
                               0, &err) != STANCE_OK)
            fail_msg("add %zu: %s", i, err.msg);
    }
}

static const labeled_t extra[] = {
    {"hostile", "Their sanctions are economic blackmail."},
    {"conciliatory", "We thank the mediators for their patient work."},
    {"neutral", "The delegation arrives on Tuesday."},
};

/* merge(train(A), train(B)) is byte for byte train(A then B), even with a label only B has. */
static void merge_equals_union(void **state)
{
    (void)state;
    const size_t half = sample_corpus_len / 2;
    labeled_t all[64];
    memcpy(all, sample_corpus, sample_corpus_len * sizeof *all);
    memcpy(all + sample_corpus_len, extra, sizeof extra);
    size_t n_all = sample_corpus_len + 3;
    /* A = first half of the sample; B = the rest plus the extra statements */
    stance_model_t *a = train_model(NULL, all, half);
    stance_model_t *b = train_model(NULL, all + half, n_all - half);
    stance_model_t *u = train_model(NULL, all, n_all);
    const stance_model_t *ab[] = {a, b};
    stance_model_t *m = NULL;
    stance_error_t err;
    assert_int_equal(stance_model_merge(&m, ab, 2, NULL, &err), STANCE_OK);
    assert_same_bytes(m, u);
    assert_int_equal(stance_model_label_count(m), 3);
    stance_model_free(m);
    /* order of the inputs does not matter */
    const stance_model_t *ba[] = {b, a};
    assert_int_equal(stance_model_merge(&m, ba, 2, NULL, &err), STANCE_OK);
    assert_same_bytes(m, u);
    stance_model_free(m);
    stance_model_free(a);
    stance_model_free(b);
    stance_model_free(u);
}

/* Adding models to a trainer one at a time gives the merge's bytes; refusals (settings, a
 * pruned model, a closed label set) and allocation failures leave the trainer as it was. */
static void models_added_one_at_a_time(void **state)
{
    (void)state;
    labeled_t all[64];
    memcpy(all, sample_corpus, sample_corpus_len * sizeof *all);
    memcpy(all + sample_corpus_len, extra, sizeof extra);
    size_t n_all = sample_corpus_len + 3, third = n_all / 3;
    stance_model_t *parts[3] = {train_model(NULL, all, third),
                                train_model(NULL, all + third, third),
                                train_model(NULL, all + 2 * third, n_all - 2 * third)};
    stance_model_t *u = train_model(NULL, all, n_all), *m = NULL;
    stance_trainer_t *t = NULL;
    stance_error_t err;
    assert_int_equal(stance_trainer_new_from_model(&t, parts[0], NULL, &err), STANCE_OK);
    assert_int_equal(stance_trainer_add_model(t, parts[1], &err), STANCE_OK);
    assert_int_equal(stance_trainer_add_model(t, parts[2], &err), STANCE_OK);
    assert_int_equal(stance_trainer_build(&m, t, &err), STANCE_OK);
    assert_same_bytes(m, u);
    stance_model_free(m);
    stance_trainer_free(t);

    /* refusals */
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.settings.ngram_max = 3;
    stance_model_t *tri = train_model(&o, sample_corpus, 4), *pruned = NULL;
    assert_int_equal(stance_model_prune(&pruned, parts[1], 2, NULL, &err), STANCE_OK);
    assert_int_equal(stance_trainer_new_from_model(&t, parts[0], NULL, &err), STANCE_OK);
    assert_int_equal(stance_trainer_add_model(t, tri, &err), STANCE_E_MISMATCH);
    assert_non_null(strstr(err.msg, "ngram_max"));
    assert_int_equal(stance_trainer_add_model(t, pruned, &err), STANCE_E_MISMATCH);
    assert_non_null(strstr(err.msg, "pruned"));
    stance_trainer_free(t);
    static const char *const two[] = {"conciliatory", "hostile"};
    stance_train_opts_t closed = STANCE_TRAIN_OPTS_INIT;
    closed.labels = two;
    closed.n_labels = 2;
    assert_int_equal(stance_trainer_new(&t, &closed, &err), STANCE_OK);
    assert_int_equal(stance_trainer_add_model(t, parts[2], &err), STANCE_E_LABEL); /* neutral */
    stance_trainer_free(t);

    /* every allocation failure: NOMEM, and the trainer builds what it did before */
    stance_model_t *before = NULL;
    assert_int_equal(stance_trainer_new_from_model(&t, parts[0], NULL, &err), STANCE_OK);
    assert_int_equal(stance_trainer_build(&before, t, &err), STANCE_OK);
    stance_trainer_free(t);
    for (long fail = 0;; fail++) {
        test_alloc_t ta;
        test_alloc_init(&ta, -1);
        assert_int_equal(stance_trainer_new_from_model(&t, parts[0], &ta.alloc, &err), STANCE_OK);
        ta.fail_at = ta.calls + fail;
        stance_status_t st = stance_trainer_add_model(t, parts[2], &err);
        ta.fail_at = -1;
        if (st == STANCE_OK) {
            stance_trainer_free(t);
            assert_int_equal(ta.live, 0);
            break;
        }
        assert_int_equal(st, STANCE_E_NOMEM);
        assert_int_equal(stance_trainer_build(&m, t, &err), STANCE_OK);
        assert_same_bytes(m, before);
        stance_model_free(m);
        stance_trainer_free(t);
        assert_int_equal(ta.live, 0);
    }
    stance_model_free(before);
    stance_model_free(tri);
    stance_model_free(pruned);
    for (size_t i = 0; i < 3; i++)
        stance_model_free(parts[i]);
    stance_model_free(u);
}

static void merge_refuses_different_settings(void **state)
{
    (void)state;
    stance_model_t *a = train_model(NULL, sample_corpus, 4);
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.settings.ngram_max = 3;
    stance_model_t *b = train_model(&o, sample_corpus + 8, 4);
    const stance_model_t *ab[] = {a, b};
    stance_model_t *m = NULL;
    stance_error_t err;
    assert_int_equal(stance_model_merge(&m, ab, 2, NULL, &err), STANCE_E_MISMATCH);
    assert_null(m);
    assert_non_null(strstr(err.msg, "ngram_max"));
    /* models are named by their index, as everywhere in the API */
    assert_non_null(strstr(err.msg, "models[1]'s ngram_max is 3, and 2 in models[0]"));
    const stance_model_t *a_null[] = {a, NULL};
    assert_int_equal(stance_model_merge(&m, a_null, 2, NULL, &err), STANCE_E_INVALID_ARG);
    assert_string_equal(err.msg, "models[1] is NULL");
    /* a value just past a bound is shown as it is, not rounded onto the bound */
    stance_model_t *biased = NULL, *two = train_model(NULL, sample_corpus, sample_corpus_len);
    const double too_big[] = {100.0001, 0.0};
    assert_int_equal(stance_model_with_label_bias(&biased, two, too_big, 2, &err),
                     STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "bias 100.0001 of label"));
    stance_model_free(two);
    stance_model_free(b);
    o = (stance_train_opts_t)STANCE_TRAIN_OPTS_INIT;
    o.settings.language = "porter";
    b = train_model(&o, sample_corpus + 8, 4);
    ab[1] = b;
    assert_int_equal(stance_model_merge(&m, ab, 2, NULL, &err), STANCE_E_MISMATCH);
    assert_non_null(strstr(err.msg, "language"));
    stance_model_free(b);
    o = (stance_train_opts_t)STANCE_TRAIN_OPTS_INIT;
    o.min_count = 2;
    b = train_model(&o, sample_corpus + 8, 4);
    ab[1] = b;
    assert_int_equal(stance_model_merge(&m, ab, 2, NULL, &err), STANCE_E_MISMATCH);
    assert_non_null(strstr(err.msg, "pruned"));
    stance_model_free(b);

    /* word lists are sets: the same words in another order analyze alike and merge (into the
     * first model's order); a word one list lacks is named */
    static const char *const nie_ohne[] = {"nie", "ohne"}, *const ohne_nie[] = {"ohne", "nie"},
                             *const nie_kein[] = {"nie", "kein"};
    stance_model_t *lists[3];
    const char *const *words[3] = {nie_ohne, ohne_nie, nie_kein};
    for (size_t i = 0; i < 3; i++) {
        o = (stance_train_opts_t)STANCE_TRAIN_OPTS_INIT;
        o.settings.negation_words = words[i];
        o.settings.n_negation_words = 2;
        lists[i] = train_model(&o, sample_corpus + 4 * i, 4);
    }
    const stance_model_t *same[] = {lists[0], lists[1]};
    assert_int_equal(stance_model_merge(&m, same, 2, NULL, &err), STANCE_OK);
    stance_settings_t got;
    stance_model_settings(m, &got);
    assert_int_equal(got.n_negation_words, 2);
    assert_string_equal(got.negation_words[0], "nie");
    assert_string_equal(got.negation_words[1], "ohne");
    stance_model_free(m);
    const stance_model_t *other[] = {lists[0], lists[2]};
    assert_int_equal(stance_model_merge(&m, other, 2, NULL, &err), STANCE_E_MISMATCH);
    assert_non_null(strstr(err.msg, "negation_words"));
    assert_non_null(strstr(err.msg, "'kein'"));
    for (size_t i = 0; i < 3; i++)
        stance_model_free(lists[i]);
    stance_model_free(a);
}

/* Continuing from a model equals training on everything at once. */
static void incremental_training(void **state)
{
    (void)state;
    stance_model_t *base = train_model(NULL, sample_corpus, 6);
    stance_trainer_t *t = NULL;
    assert_int_equal(stance_trainer_new_from_model(&t, base, NULL, NULL), STANCE_OK);
    assert_int_equal(stance_trainer_statements(t), 6);
    add_all(t, sample_corpus + 6, sample_corpus_len - 6);
    stance_model_t *inc = NULL;
    assert_int_equal(stance_trainer_build(&inc, t, NULL), STANCE_OK);
    stance_model_t *full = train_model(NULL, sample_corpus, sample_corpus_len);
    assert_same_bytes(inc, full);
    /* the trainer stays usable after building */
    add_all(t, extra, 3);
    stance_model_t *more = NULL;
    assert_int_equal(stance_trainer_build(&more, t, NULL), STANCE_OK);
    assert_int_equal(stance_model_label_count(more), 3);
    stance_model_free(more);
    stance_model_free(inc);
    stance_model_free(full);
    stance_trainer_free(t);
    stance_model_free(base);
}

static void closed_label_set(void **state)
{
    (void)state;
    static const char *const labels[] = {"conciliatory", "hostile"};
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.labels = labels;
    o.n_labels = 2;
    stance_trainer_t *t = NULL;
    assert_int_equal(stance_trainer_new(&t, &o, NULL), STANCE_OK);
    stance_error_t err;
    assert_int_equal(stance_trainer_add(t, "hostlie", 7, "typo in the label", 17, 0, &err),
                     STANCE_E_LABEL);
    assert_non_null(strstr(err.msg, "hostlie"));
    /* a declared label without statements cannot make a model */
    assert_int_equal(stance_trainer_add(t, "hostile", 7, "we protest", 10, 0, &err), STANCE_OK);
    stance_model_t *m = NULL;
    assert_int_equal(stance_trainer_build(&m, t, &err), STANCE_E_EMPTY);
    assert_non_null(strstr(err.msg, "conciliatory"));
    stance_trainer_free(t);
    static const char *const dup[] = {"a", "a"};
    o.labels = dup;
    assert_int_equal(stance_trainer_new(&t, &o, &err), STANCE_E_LABEL);
    assert_null(t);
}

static void bad_labels_are_refused(void **state)
{
    (void)state;
    stance_trainer_t *t = NULL;
    assert_int_equal(stance_trainer_new(&t, NULL, NULL), STANCE_OK);
    /* and labels that look like another label: a no-break space at an end, a zero-width
     * space or joiner inside, a decomposed "e" and its accent ("tre\u0300s", which a reader
     * sees as "très"; the corpus reader composes such labels before they get here) */
    static const char *const bad[] = {"", "tab\there", "new\nline", "\xFF\xFE",
                                      "an-extremely-long-label-that-goes-on-and-on-well-past-the-limit-of-64-bytes",
                                      "good ", " good", "good\xC2\xA0", "go\xE2\x80\x8Bod",
                                      "go\xE2\x80\x8Dod", "tre\xCC\x80s"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(stance_trainer_add(t, bad[i], strlen(bad[i]), "text", 4, 0, NULL),
                         STANCE_E_LABEL);
    /* a label inside may hold a space and any composed letter */
    assert_int_equal(stance_trainer_add(t, "tr\xC3\xA8s hostile", 12, "text", 4, 0, NULL),
                     STANCE_OK);
    stance_trainer_free(t);
}

/* A statement that fails leaves the trainer exactly as it was. */
static void failed_add_changes_nothing(void **state)
{
    (void)state;
    stance_trainer_t *t = NULL;
    assert_int_equal(stance_trainer_new(&t, NULL, NULL), STANCE_OK);
    add_all(t, sample_corpus, sample_corpus_len);
    stance_error_t err;
    const char *bad = "brand new words \xFF here";
    assert_int_equal(stance_trainer_add(t, "other", 5, bad, strlen(bad), 0, &err),
                     STANCE_E_BAD_UTF8);
    assert_int_equal(err.offset, 16);
    stance_model_t *m = NULL;
    assert_int_equal(stance_trainer_build(&m, t, NULL), STANCE_OK);
    stance_model_t *ref = train_model(NULL, sample_corpus, sample_corpus_len);
    assert_same_bytes(m, ref);
    stance_model_free(m);
    stance_model_free(ref);
    /* with replacement the statement is accepted */
    assert_int_equal(stance_trainer_add(t, "other", 5, bad, strlen(bad), STANCE_REPLACE_INVALID,
                                        &err),
                     STANCE_OK);
    stance_trainer_free(t);
}

/* Features seen fewer than min_count times in all labels are dropped; the model says so. */
static void pruning(void **state)
{
    (void)state;
    stance_model_t *full = train_model(NULL, sample_corpus, sample_corpus_len);
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.min_count = 2;
    stance_model_t *pruned = train_model(&o, sample_corpus, sample_corpus_len);
    assert_true(stance_model_feature_count(pruned) < stance_model_feature_count(full));
    for (size_t f = 0; f < stance_model_feature_count(pruned); f++) {
        uint64_t total = 0;
        for (size_t l = 0; l < stance_model_label_count(pruned); l++)
            total += stance_model_feature_label_count(pruned, f, l);
        assert_true(total >= 2);
    }
    stance_model_info_t info;
    stance_model_info(pruned, &info);
    assert_int_equal(info.min_count, 2);
    stance_model_free(pruned);
    stance_model_free(full);
}

/* The model of labels a, b, c with biases given for a and c (0 for b). */
static stance_model_t *biased(const labeled_t *d, size_t n, double bias_first, double bias_last)
{
    stance_model_t *m = train_model(NULL, d, n), *out = NULL;
    size_t L = stance_model_label_count(m);
    double bias[8] = {0};
    bias[0] = bias_first;
    bias[L - 1] = bias_last;
    assert_int_equal(stance_model_with_label_bias(&out, m, bias, L, NULL), STANCE_OK);
    stance_model_free(m);
    return out;
}

/* A label's decision bias is part of the model, not of its counts: adding models up keeps a
 * bias they agree on (a label that only some models have takes theirs), continuing from a
 * model keeps its biases, and models that disagree are refused, naming the label. */
static void label_bias_survives_adding_up(void **state)
{
    (void)state;
    labeled_t all[64];
    memcpy(all, sample_corpus, sample_corpus_len * sizeof *all);
    memcpy(all + sample_corpus_len, extra, sizeof extra);
    /* a: 8 conciliatory and 4 hostile statements; b: the rest, the only neutral among them
     * (labels sort as conciliatory, hostile, neutral) */
    const size_t half = 12, n_all = sample_corpus_len + 3;
    stance_model_t *a = biased(all, half, 0.5, 0.0);
    stance_model_t *b = biased(all + half, n_all - half, 0.5, 3.5);
    stance_model_t *whole = biased(all, n_all, 0.5, 3.5);
    assert_int_equal(stance_model_label_count(a), 2);
    assert_int_equal(stance_model_label_count(b), 3);
    /* a model given biases is saved as format 1.1, one without as 1.0, and says so */
    stance_model_info_t info;
    stance_model_info(a, &info);
    assert_int_equal(info.format_minor, 1);
    stance_model_t *unbiased = NULL;
    assert_int_equal(stance_model_with_label_bias(&unbiased, a, NULL, 2, NULL), STANCE_OK);
    stance_model_info(unbiased, &info);
    assert_int_equal(info.format_minor, 0);
    stance_model_free(unbiased);
    stance_error_t err;
    for (int order = 0; order < 2; order++) {
        const stance_model_t *two[] = {order ? b : a, order ? a : b};
        stance_model_t *m = NULL;
        assert_int_equal(stance_model_merge(&m, two, 2, NULL, &err), STANCE_OK);
        assert_same_bytes(m, whole);
        stance_model_free(m);
        stance_trainer_t *t = NULL;
        assert_int_equal(stance_trainer_new_from_model(&t, two[0], NULL, &err), STANCE_OK);
        assert_int_equal(stance_trainer_add_model(t, two[1], &err), STANCE_OK);
        assert_int_equal(stance_trainer_build(&m, t, &err), STANCE_OK);
        assert_same_bytes(m, whole);
        stance_model_free(m);
        stance_trainer_free(t);
    }
    /* a bias that differs for a label both have */
    stance_model_t *other = biased(all + half, n_all - half, 0.0, 3.5);
    const stance_model_t *clash[] = {a, other};
    stance_model_t *m = NULL;
    assert_int_equal(stance_model_merge(&m, clash, 2, NULL, &err), STANCE_E_MISMATCH);
    assert_non_null(strstr(err.msg, "conciliatory"));
    stance_trainer_t *t = NULL;
    assert_int_equal(stance_trainer_new_from_model(&t, a, NULL, &err), STANCE_OK);
    assert_int_equal(stance_trainer_add_model(t, other, &err), STANCE_E_MISMATCH);
    assert_non_null(strstr(err.msg, "conciliatory"));
    /* refused, the trainer is as it was: a alone, with its bias */
    assert_int_equal(stance_trainer_build(&m, t, &err), STANCE_OK);
    assert_same_bytes(m, a);
    stance_model_free(m);
    /* statements counted into a biased trainer: the bias stays */
    add_all(t, all + half, n_all - half);
    stance_model_t *continued = NULL;
    assert_int_equal(stance_trainer_build(&continued, t, &err), STANCE_OK);
    assert_true(stance_model_label_bias(continued, 0) == 0.5);
    assert_true(stance_model_label_bias(continued, 2) == 0.0);
    stance_model_free(continued);
    stance_trainer_free(t);
    stance_model_free(other);
    stance_model_free(a);
    stance_model_free(b);
    stance_model_free(whole);
}

/* The sample corpus is learned: each statement is classified as labeled. */
static void learns_its_training_data(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, sample_corpus, sample_corpus_len);
    for (size_t i = 0; i < sample_corpus_len; i++)
        assert_string_equal(classify_label(m, sample_corpus[i].text, NULL),
                            sample_corpus[i].label);
    stance_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(merge_equals_union),
        cmocka_unit_test(merge_refuses_different_settings),
        cmocka_unit_test(models_added_one_at_a_time),
        cmocka_unit_test(incremental_training),
        cmocka_unit_test(closed_label_set),
        cmocka_unit_test(bad_labels_are_refused),
        cmocka_unit_test(failed_add_changes_nothing),
        cmocka_unit_test(pruning),
        cmocka_unit_test(label_bias_survives_adding_up),
        cmocka_unit_test(learns_its_training_data),
    };
    return cmocka_run_group_tests_name("trainer", tests, NULL, NULL);
}
