/* Folds, metrics and temperature scaling against values worked out by hand. */
#include "testutil.h"

#include <math.h>
#include <string.h>

static void stratified_folds(void **state)
{
    (void)state;
    uint32_t labels[103], folds[103], again[103], other[103];
    for (size_t i = 0; i < 103; i++)
        labels[i] = i < 70 ? 0 : (i < 100 ? 1 : 2); /* 70 / 30 / 3 */
    assert_int_equal(stance_folds_stratified(folds, labels, 103, 10, 42, NULL, NULL), STANCE_OK);
    size_t per[10][3] = {{0}}, size[10] = {0};
    for (size_t i = 0; i < 103; i++) {
        assert_true(folds[i] < 10);
        per[folds[i]][labels[i]]++;
        size[folds[i]]++;
    }
    for (size_t f = 0; f < 10; f++) {
        assert_int_equal(per[f][0], 7); /* each label dealt evenly */
        assert_int_equal(per[f][1], 3);
        assert_true(size[f] == 10 || size[f] == 11);
    }
    assert_int_equal(stance_folds_stratified(again, labels, 103, 10, 42, NULL, NULL), STANCE_OK);
    assert_memory_equal(folds, again, sizeof folds);
    assert_int_equal(stance_folds_stratified(other, labels, 103, 10, 43, NULL, NULL), STANCE_OK);
    assert_memory_not_equal(folds, other, sizeof folds);
    assert_int_equal(stance_folds_stratified(folds, labels, 103, 1, 42, NULL, NULL),
                     STANCE_E_INVALID_ARG);
}

/* Four predictions over labels 0/1:
 *   truth 0, p=(0.9,0.1)   right, confidence 0.9
 *   truth 0, p=(0.4,0.6)   wrong, confidence 0.6
 *   truth 1, p=(0.2,0.8)   right, confidence 0.8
 *   truth 1, p=(0.3,0.7)   right, confidence 0.7 */
static void metrics(void **state)
{
    (void)state;
    stance_eval_t *ev = NULL;
    assert_int_equal(stance_eval_new(&ev, 2, NULL, NULL), STANCE_OK);
    static const double p[4][2] = {{0.9, 0.1}, {0.4, 0.6}, {0.2, 0.8}, {0.3, 0.7}};
    static const size_t truth[4] = {0, 0, 1, 1};
    for (size_t i = 0; i < 4; i++)
        assert_int_equal(stance_eval_add(ev, truth[i], p[i]), STANCE_OK);
    stance_eval_summary_t s;
    stance_eval_summary(ev, &s);
    assert_int_equal(s.n, 4);
    assert_true(fabs(s.accuracy - 0.75) < 1e-12);
    /* label 0: precision 1/1, recall 1/2, F1 2/3; label 1: precision 2/3, recall 1, F1 0.8 */
    stance_eval_label_t l0, l1;
    assert_int_equal(stance_eval_label(ev, 0, &l0), STANCE_OK);
    assert_int_equal(stance_eval_label(ev, 1, &l1), STANCE_OK);
    assert_true(fabs(l0.precision - 1.0) < 1e-12 && fabs(l0.recall - 0.5) < 1e-12);
    assert_true(fabs(l1.precision - 2.0 / 3) < 1e-12 && fabs(l1.recall - 1.0) < 1e-12);
    assert_true(fabs(s.macro_f1 - (2.0 / 3 + 0.8) / 2) < 1e-12);
    assert_int_equal(stance_eval_confusion(ev, 0, 1), 1);
    assert_int_equal(stance_eval_confusion(ev, 1, 1), 2);
    double ll = -(log(0.9) + log(0.4) + log(0.8) + log(0.7)) / 4;
    assert_true(fabs(s.log_loss - ll) < 1e-12);
    double brier = (2 * 0.01 + 2 * 0.36 + 2 * 0.04 + 2 * 0.09) / 4;
    assert_true(fabs(s.brier - brier) < 1e-12);
    /* bins: 0.6 -> bin 6 (wrong), 0.7 -> bin 7 (right), 0.8 -> bin 8, 0.9 -> bin 9 */
    double ece = (fabs(0 - 0.6) + fabs(1 - 0.7) + fabs(1 - 0.8) + fabs(1 - 0.9)) / 4;
    assert_true(fabs(s.ece - ece) < 1e-12);
    stance_eval_bin_t b;
    assert_int_equal(stance_eval_bin(ev, 6, &b), STANCE_OK);
    assert_int_equal(b.count, 1);
    assert_true(fabs(b.confidence - 0.6) < 1e-12 && b.accuracy == 0.0);
    assert_int_equal(stance_eval_add(ev, 2, p[0]), STANCE_E_INVALID_ARG);
    stance_eval_free(ev);
}

/* Scores x with truth frequencies following softmax(x / 2.5): the fitted T is 2.5. */
static void temperature_recovers_the_truth(void **state)
{
    (void)state;
    enum { N = 2000 };
    static double scores[N * 2];
    static uint32_t truth[N];
    size_t n = 0;
    for (int k = -10; k <= 10 && n < N; k++) {
        double x = k * 0.8;
        double p0 = 1.0 / (1.0 + exp(-x / 2.5));
        int total = 90, zeros = (int)lround(p0 * total);
        for (int j = 0; j < total; j++, n++) {
            scores[2 * n] = x;
            scores[2 * n + 1] = 0.0;
            truth[n] = j < zeros ? 0 : 1;
        }
    }
    double t = 0;
    assert_int_equal(stance_fit_temperature(&t, scores, truth, n, 2, NULL), STANCE_OK);
    assert_true(fabs(t - 2.5) < 0.05);
    assert_int_equal(stance_fit_temperature(&t, scores, truth, 0, 2, NULL), STANCE_E_EMPTY);
}

static void prune_a_model(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, sample_corpus, sample_corpus_len);
    stance_model_t *p = NULL;
    assert_int_equal(stance_model_prune(&p, m, 2, NULL, NULL), STANCE_OK);
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.min_count = 2;
    stance_model_t *direct = train_model(&o, sample_corpus, sample_corpus_len);
    assert_same_bytes(p, direct);
    stance_model_free(p);
    assert_int_equal(stance_model_prune(&p, m, 1, NULL, NULL), STANCE_OK);
    assert_same_bytes(p, m);
    stance_model_free(p);
    stance_model_free(direct);
    stance_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stratified_folds),
        cmocka_unit_test(metrics),
        cmocka_unit_test(temperature_recovers_the_truth),
        cmocka_unit_test(prune_a_model),
    };
    return cmocka_run_group_tests_name("eval", tests, NULL, NULL);
}
