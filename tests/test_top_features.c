/* stance_model_top_features(): the ranking `stance info` prints, checked against the plain
 * way (every qualifying feature scored and sorted) for every label, cap and count threshold,
 * on two- and three-label models; a feature that speaks as much or more for another label is
 * not listed; a one-label model ranks by the weight itself; arguments
 * are checked. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

typedef struct ref {
    size_t feature;
    double weight;
} ref_t;

static int by_weight(const void *a, const void *b)
{
    const ref_t *x = a, *y = b;
    if (x->weight != y->weight)
        return x->weight < y->weight ? 1 : -1;
    return (x->feature > y->feature) - (x->feature < y->feature);
}

/* Every feature counted at least min_count times in the label whose weight for it is above
 * every other label's, sorted the plain way. */
static ref_t *reference(const stance_model_t *m, size_t label, uint64_t min_count, size_t *n)
{
    const size_t L = stance_model_label_count(m), F = stance_model_feature_count(m);
    ref_t *r = calloc(F + 1, sizeof *r);
    assert_non_null(r);
    *n = 0;
    for (size_t f = 0; f < F; f++) {
        if (stance_model_feature_label_count(m, f, label) < min_count)
            continue;
        double w = stance_model_feature_weight(m, f, label);
        if (L > 1) {
            double best = -1e300;
            for (size_t o = 0; o < L; o++)
                if (o != label && stance_model_feature_weight(m, f, o) > best)
                    best = stance_model_feature_weight(m, f, o);
            w -= best;
            if (w <= 0.0) /* as strong or stronger for another label: not indicative of this */
                continue;
        }
        r[(*n)++] = (ref_t){f, w};
    }
    qsort(r, *n, sizeof *r, by_weight);
    return r;
}

static void check_model(const stance_model_t *m)
{
    const size_t L = stance_model_label_count(m), F = stance_model_feature_count(m);
    const uint64_t thresholds[] = {0, 1, 2, 3};
    stance_feature_rank_t *got = calloc(F + 5, sizeof *got);
    assert_non_null(got);
    for (size_t c = 0; c < L; c++) {
        for (size_t t = 0; t < sizeof thresholds / sizeof thresholds[0]; t++) {
            size_t n_ref;
            ref_t *ref = reference(m, c, thresholds[t], &n_ref);
            const size_t caps[] = {1, 2, 5, 17, n_ref, n_ref + 5};
            for (size_t k = 0; k < sizeof caps / sizeof caps[0]; k++) {
                size_t n = 12345;
                stance_error_t err;
                assert_int_equal(stance_model_top_features(m, c, thresholds[t], got, caps[k],
                                                           &n, &err),
                                 STANCE_OK);
                size_t want = caps[k] < n_ref ? caps[k] : n_ref;
                assert_int_equal(n, want);
                for (size_t i = 0; i < n; i++) {
                    assert_int_equal(got[i].feature, ref[i].feature);
                    assert_true(got[i].weight == ref[i].weight);
                }
            }
            free(ref);
        }
    }
    free(got);
}

static void matches_the_plain_ranking(void **state)
{
    (void)state;
    stance_model_t *two = train_model(NULL, sample_corpus, sample_corpus_len);
    check_model(two);
    labeled_t three[64];
    size_t n = 0;
    for (size_t i = 0; i < sample_corpus_len && n < 60; i++)
        three[n++] = sample_corpus[i];
    three[n++] = (labeled_t){"neutral", "The meeting is on Tuesday at noon in the capital."};
    three[n++] = (labeled_t){"neutral", "The delegation arrives on Monday for the talks."};
    three[n++] = (labeled_t){"neutral", "The talks are on Monday and Tuesday."};
    stance_model_t *m3 = train_model(NULL, three, n);
    assert_int_equal(stance_model_label_count(m3), 3);
    check_model(m3);
    stance_model_t *shipped = NULL;
    assert_int_equal(stance_model_default(&shipped, NULL, NULL), STANCE_OK);
    check_model(shipped);
    /* what the shipped model finds most hostile is hostile in its counts */
    stance_feature_rank_t top[3];
    size_t k = 0, hostile = 0;
    assert_int_equal(stance_model_label_index(shipped, "hostile", 7, &hostile), STANCE_OK);
    assert_int_equal(stance_model_top_features(shipped, hostile, 3, top, 3, &k, NULL),
                     STANCE_OK);
    assert_int_equal(k, 3);
    for (size_t i = 0; i < k; i++) {
        assert_true(top[i].weight > 1.0);
        assert_true(stance_model_feature_label_count(shipped, top[i].feature, hostile) >
                    stance_model_feature_label_count(shipped, top[i].feature, 1 - hostile));
    }
    stance_model_free(shipped);
    stance_model_free(m3);
    stance_model_free(two);
}

/* "we" and "." are in every statement of both labels: they indicate neither. */
static void shared_features_indicate_no_label(void **state)
{
    (void)state;
    static const labeled_t both[] = {
        {"a", "we talk ."}, {"b", "we fight ."}, {"a", "we agree ."}, {"b", "we strike ."}};
    stance_model_t *m = train_model(NULL, both, sizeof both / sizeof *both);
    stance_feature_rank_t top[32];
    for (size_t c = 0; c < 2; c++) {
        size_t n = 0;
        assert_int_equal(stance_model_top_features(m, c, 1, top, 32, &n, NULL), STANCE_OK);
        assert_true(n >= 2); /* talk and agree, or fight and strike, and their bigrams */
        for (size_t i = 0; i < n; i++) {
            size_t len;
            const char *name = stance_model_feature(m, top[i].feature, &len);
            assert_true(top[i].weight > 0.0);
            assert_false(len == 2 && memcmp(name, "we", 2) == 0);
            assert_false(len == 1 && name[0] == '.');
        }
    }
    stance_model_free(m);
}

static void one_label_ranks_by_weight(void **state)
{
    (void)state;
    const labeled_t one[] = {{"only", "peace talks peace"}, {"only", "talks resume soon"}};
    stance_model_t *m = train_model(NULL, one, 2);
    const size_t F = stance_model_feature_count(m);
    stance_feature_rank_t *r = calloc(F, sizeof *r);
    size_t n = 0;
    assert_int_equal(stance_model_top_features(m, 0, 0, r, F, &n, NULL), STANCE_OK);
    assert_int_equal(n, F);
    for (size_t i = 0; i < n; i++) {
        assert_true(r[i].weight == stance_model_feature_weight(m, r[i].feature, 0));
        if (i)
            assert_true(r[i - 1].weight >= r[i].weight);
    }
    /* "talks" is in both statements: the most probable feature */
    assert_string_equal(stance_model_feature(m, r[0].feature, NULL), "talk");
    free(r);
    stance_model_free(m);
}

static void refuses_bad_arguments(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, sample_corpus, sample_corpus_len);
    stance_feature_rank_t r[4];
    size_t n = 99;
    stance_error_t err;
    assert_int_equal(stance_model_top_features(m, 2, 0, r, 4, &n, &err), STANCE_E_INVALID_ARG);
    assert_int_equal(n, 0);
    assert_non_null(strstr(err.msg, "out of range"));
    assert_int_equal(stance_model_top_features(NULL, 0, 0, r, 4, &n, &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(stance_model_top_features(m, 0, 0, r, 4, NULL, &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(stance_model_top_features(m, 0, 0, NULL, 4, &n, &err),
                     STANCE_E_INVALID_ARG);
    /* nothing asked for, nothing needed */
    assert_int_equal(stance_model_top_features(m, 0, 0, NULL, 0, &n, &err), STANCE_OK);
    assert_int_equal(n, 0);
    /* a threshold nothing reaches */
    assert_int_equal(stance_model_top_features(m, 0, UINT64_MAX, r, 4, &n, &err), STANCE_OK);
    assert_int_equal(n, 0);
    stance_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(matches_the_plain_ranking),
        cmocka_unit_test(shared_features_indicate_no_label),
        cmocka_unit_test(one_label_ranks_by_weight),
        cmocka_unit_test(refuses_bad_arguments),
    };
    return cmocka_run_group_tests_name("top_features", tests, NULL, NULL);
}
