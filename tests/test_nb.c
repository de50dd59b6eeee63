/* Naive-Bayes arithmetic against cases computed by hand. Each expected value is written as the
 * textbook expression; the same numbers come out of scikit-learn 1.2 (MultinomialNB and
 * ComplementNB, alpha as given) on the same count matrices, noted beside each case. */
#include "testutil.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define EPS 1e-12

/* Features are single letters: no stemming, no negation, unigrams, counts unless noted. */
static stance_train_opts_t letters(stance_weighting_t w)
{
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.settings.language = "none";
    o.settings.ngram_max = 1;
    o.settings.negation = 0;
    o.settings.weighting = w;
    o.settings.alpha = 1.0; /* Laplace: the textbook cases below */
    return o;
}

static double prob(const stance_model_t *m, const char *text, const char *label)
{
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, m, NULL, NULL), STANCE_OK);
    stance_result_t r;
    assert_int_equal(stance_classify(ctx, text, strlen(text), 0, &r, NULL), STANCE_OK);
    size_t i;
    assert_int_equal(stance_model_label_index(m, label, strlen(label), &i), STANCE_OK);
    double p = r.probs[i], sum = 0;
    for (size_t c = 0; c < r.n_labels; c++)
        sum += r.probs[c];
    assert_true(fabs(sum - 1.0) < EPS);
    stance_ctx_free(ctx);
    return p;
}

static const labeled_t two[] = {{"x", "a a b"}, {"y", "b c"}};

/* x: a=2 b=1 c=0 (N=3); y: a=0 b=1 c=1 (N=2); |V|=3, alpha=1.
 * P(a|x)=3/6 P(b|x)=2/6 P(c|x)=1/6; P(a|y)=1/5 P(b|y)=2/5 P(c|y)=2/5; priors 1/2. */
static void multinomial_two_labels(void **state)
{
    (void)state;
    stance_train_opts_t o = letters(STANCE_WEIGHT_COUNTS);
    stance_model_t *m = train_model(&o, two, 2);
    double px = 0.5 * (3.0 / 6) * (2.0 / 6), py = 0.5 * (1.0 / 5) * (2.0 / 5);
    assert_true(fabs(prob(m, "a b", "x") - px / (px + py)) < EPS); /* 25/37; sklearn .675676 */
    px = 0.5 * (3.0 / 6) * (3.0 / 6), py = 0.5 * (1.0 / 5) * (1.0 / 5);
    assert_true(fabs(prob(m, "a a", "x") - px / (px + py)) < EPS); /* 25/29; sklearn .862069 */
    /* a word the model never saw changes nothing: the priors decide */
    assert_true(fabs(prob(m, "zzz", "x") - 0.5) < EPS);
    /* the weights are log P(f|c) */
    size_t fa;
    assert_int_equal(stance_model_feature_index(m, "a", 1, &fa), STANCE_OK);
    assert_true(fabs(stance_model_feature_weight(m, fa, 0) - log(3.0 / 6)) < EPS);
    assert_true(fabs(stance_model_feature_weight(m, fa, 1) - log(1.0 / 5)) < EPS);
    assert_int_equal(stance_model_feature_label_count(m, fa, 0), 2);
    stance_model_free(m);
}

/* Three labels: z: a=1 b=0 c=3 (N=4): P(a|z)=2/7 P(b|z)=1/7 P(c|z)=4/7. */
static const labeled_t three[] = {{"x", "a a b"}, {"y", "b c"}, {"z", "a c c c"}};

static void multinomial_three_labels(void **state)
{
    (void)state;
    stance_train_opts_t o = letters(STANCE_WEIGHT_COUNTS);
    stance_model_t *m = train_model(&o, three, 3);
    double px = (3.0 / 6) * (2.0 / 6), py = (1.0 / 5) * (2.0 / 5), pz = (2.0 / 7) * (1.0 / 7);
    assert_true(fabs(prob(m, "a b", "x") - px / (px + py + pz)) < EPS); /* sklearn .579744 */
    px = (3.0 / 6) * (3.0 / 6) * (1.0 / 6), py = (1.0 / 5) * (1.0 / 5) * (2.0 / 5),
    pz = (2.0 / 7) * (2.0 / 7) * (4.0 / 7);
    assert_true(fabs(prob(m, "a a c", "z") - pz / (px + py + pz)) < EPS); /* sklearn .447181 */
    stance_model_free(m);
}

/* Complement NB: the weight of f for c is -log((N~cf + a) / (N~c + a|V|)) where N~ counts the
 * other labels; no priors. For x the complement counts are a=1+1 b=1+1 c=4+1 (sum 9). */
static void complement_three_labels(void **state)
{
    (void)state;
    stance_train_opts_t o = letters(STANCE_WEIGHT_COUNTS);
    o.settings.nb = STANCE_NB_COMPLEMENT;
    stance_model_t *m = train_model(&o, three, 3);
    /* complement of y: a=3+1 b=1+1 c=3+1 (sum 10); of z: a=2+1 b=2+1 c=1+1 (sum 8) */
    double sx = -log(2.0 / 9) - log(2.0 / 9);
    double sy = -log(4.0 / 10) - log(2.0 / 10);
    double sz = -log(3.0 / 8) - log(3.0 / 8);
    double px = exp(sx) / (exp(sx) + exp(sy) + exp(sz));
    assert_true(fabs(prob(m, "a b", "x") - px) < EPS); /* sklearn ComplementNB .508014 */
    size_t fc;
    assert_int_equal(stance_model_feature_index(m, "c", 1, &fc), STANCE_OK);
    assert_true(fabs(stance_model_feature_weight(m, fc, 0) - -log(5.0 / 9)) < EPS);
    stance_model_free(m);
}

/* Binary weighting counts a feature once per statement, in training and classification:
 * x: a=1 b=1 (N=2) -> P(a|x)=2/5; y: b=1 c=1 -> P(a|y)=1/5. */
static void binary_weighting(void **state)
{
    (void)state;
    stance_train_opts_t o = letters(STANCE_WEIGHT_BINARY);
    stance_model_t *m = train_model(&o, two, 2);
    double px = 0.5 * (2.0 / 5), py = 0.5 * (1.0 / 5);
    assert_true(fabs(prob(m, "a a a", "x") - px / (px + py)) < EPS); /* 2/3 */
    /* different surface forms of one feature count once too */
    assert_true(fabs(prob(m, "a A \xEF\xBD\x81", "x") - px / (px + py)) < EPS);
    stance_model_free(m);
}

/* Priors: x has two statements, y one. x: a=2 b=1, y: b=1, |V|=2:
 * P(b|x)=2/5, P(b|y)=2/3; learned priors 2/3 and 1/3, uniform 1/2. */
static const labeled_t skewed[] = {{"x", "a"}, {"x", "a b"}, {"y", "b"}};

static void learned_and_uniform_priors(void **state)
{
    (void)state;
    stance_train_opts_t o = letters(STANCE_WEIGHT_COUNTS);
    stance_model_t *m = train_model(&o, skewed, 3);
    double px = (2.0 / 3) * (2.0 / 5), py = (1.0 / 3) * (2.0 / 3);
    assert_true(fabs(prob(m, "b", "x") - px / (px + py)) < EPS); /* 6/11 */
    stance_model_free(m);
    o.settings.priors = STANCE_PRIORS_UNIFORM;
    m = train_model(&o, skewed, 3);
    px = 2.0 / 5, py = 2.0 / 3;
    assert_true(fabs(prob(m, "b", "x") - px / (px + py)) < EPS); /* 3/8 */
    stance_model_free(m);
}

/* Lidstone alpha=0.5: P(a|x)=(2+.5)/(3+1.5), P(a|y)=(0+.5)/(2+1.5). */
static void lidstone_alpha(void **state)
{
    (void)state;
    stance_train_opts_t o = letters(STANCE_WEIGHT_COUNTS);
    o.settings.alpha = 0.5;
    stance_model_t *m = train_model(&o, two, 2);
    double px = 2.5 / 4.5, py = 0.5 / 3.5;
    assert_true(fabs(prob(m, "a", "x") - px / (px + py)) < EPS); /* 35/44; sklearn .795455 */
    stance_model_free(m);
}

/* Explanations: each feature's contribution is count x (log P(f|best) - log P(f|runner-up)). */
static void explanations(void **state)
{
    (void)state;
    stance_train_opts_t o = letters(STANCE_WEIGHT_COUNTS);
    stance_model_t *m = train_model(&o, two, 2);
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, m, NULL, NULL), STANCE_OK);
    stance_result_t r;
    const char *text = "b a a zzz";
    assert_int_equal(stance_classify(ctx, text, strlen(text), STANCE_EXPLAIN, &r, NULL),
                     STANCE_OK);
    assert_string_equal(stance_model_label(m, r.label), "x");
    stance_hit_t hits[4];
    size_t n = 0;
    assert_int_equal(stance_explain(ctx, hits, 4, &n), STANCE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(hits[0].feature, "a");
    assert_int_equal(hits[0].count, 2);
    assert_true(fabs(hits[0].contribution - 2 * (log(3.0 / 6) - log(1.0 / 5))) < EPS);
    assert_int_equal(hits[0].start, 2); /* first occurrence */
    assert_int_equal(hits[0].len, 1);
    assert_string_equal(hits[1].feature, "b");
    assert_true(fabs(hits[1].contribution - (log(2.0 / 6) - log(2.0 / 5))) < EPS);
    assert_true(hits[1].contribution < 0); /* b pointed the other way */
    /* the contributions and the priors add up to the score difference */
    assert_true(fabs(r.scores[0] - r.scores[1] - hits[0].contribution - hits[1].contribution) <
                EPS);
    /* a smaller buffer gets the strongest first */
    assert_int_equal(stance_explain(ctx, hits, 1, &n), STANCE_OK);
    assert_int_equal(n, 1);
    assert_string_equal(hits[0].feature, "a");
    /* without STANCE_EXPLAIN there is nothing to explain */
    assert_int_equal(stance_classify(ctx, text, strlen(text), 0, &r, NULL), STANCE_OK);
    assert_int_equal(stance_explain(ctx, hits, 4, &n), STANCE_E_INVALID_ARG);
    stance_ctx_free(ctx);

    /* No known feature, in a context that never had one: nothing to rank (found by
     * fuzz_analyze under UBSan: ranking sorted a null array) */
    assert_int_equal(stance_ctx_new(&ctx, m, NULL, NULL), STANCE_OK);
    assert_int_equal(stance_classify(ctx, "zzz", 3, STANCE_EXPLAIN, &r, NULL), STANCE_OK);
    assert_int_equal(stance_explain(ctx, hits, 4, &n), STANCE_OK);
    assert_int_equal(n, 0);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

/* Temperature scaling divides the log-likelihoods before the softmax. */
static void temperature(void **state)
{
    (void)state;
    stance_train_opts_t o = letters(STANCE_WEIGHT_COUNTS);
    stance_model_t *m = train_model(&o, two, 2);
    stance_model_t *t = NULL;
    assert_int_equal(stance_model_with_temperature(&t, m, 2.0, NULL), STANCE_OK);
    double px = 0.5 * (3.0 / 6) * (2.0 / 6), py = 0.5 * (1.0 / 5) * (2.0 / 5);
    double expect = sqrt(px) / (sqrt(px) + sqrt(py));
    assert_true(fabs(prob(t, "a b", "x") - expect) < EPS);
    stance_model_info_t info;
    stance_model_info(t, &info);
    assert_true(info.temperature == 2.0);
    stance_model_free(t);
    assert_int_equal(stance_model_with_temperature(&t, m, 0.0, NULL), STANCE_E_INVALID_ARG);
    assert_null(t);
    /* One documented range everywhere: a denormal temperature made "-nan" confidences. */
    const double outside[] = {4.9e-324, STANCE_TEMPERATURE_MIN / 2, STANCE_TEMPERATURE_MAX * 2,
                              NAN, INFINITY, -1.0};
    stance_error_t err;
    for (size_t i = 0; i < sizeof outside / sizeof outside[0]; i++) {
        assert_int_equal(stance_model_with_temperature(&t, m, outside[i], &err),
                         STANCE_E_INVALID_ARG);
        assert_non_null(strstr(err.msg, "temperature"));
        assert_null(t);
    }
    const double bounds[] = {STANCE_TEMPERATURE_MIN, STANCE_TEMPERATURE_MAX};
    for (size_t i = 0; i < 2; i++) {
        assert_int_equal(stance_model_with_temperature(&t, m, bounds[i], NULL), STANCE_OK);
        double p = prob(t, "a b", "x");
        assert_true(p >= 0.0 && p <= 1.0);
        stance_model_free(t);
    }
    stance_model_free(m);
}

/* A label's decision bias is added to its score before the choice and the softmax; it is
 * stored (format 1.1), refused out of range, and removable. */
static void label_bias(void **state)
{
    (void)state;
    stance_train_opts_t o = letters(STANCE_WEIGHT_COUNTS);
    stance_model_t *m = train_model(&o, two, 2), *b = NULL, *back = NULL;
    stance_ctx_t *c1 = NULL, *c2 = NULL;
    const double bias[2] = {0.0, 3.5}; /* labels are x, y */
    stance_error_t err;
    assert_int_equal(stance_model_with_label_bias(&b, m, bias, 2, &err), STANCE_OK);
    assert_true(stance_model_label_bias(b, 1) == 3.5);
    assert_true(stance_model_label_bias(m, 1) == 0.0);
    assert_int_equal(stance_ctx_new(&c1, m, NULL, NULL), STANCE_OK);
    assert_int_equal(stance_ctx_new(&c2, b, NULL, NULL), STANCE_OK);
    stance_result_t r1, r2;
    assert_int_equal(stance_classify(c1, "a b", 3, 0, &r1, NULL), STANCE_OK);
    assert_int_equal(stance_classify(c2, "a b", 3, 0, &r2, NULL), STANCE_OK);
    assert_true(r2.scores[0] == r1.scores[0]);
    assert_true(fabs(r2.scores[1] - (r1.scores[1] + 3.5)) < 1e-12);
    assert_int_equal(r1.label, 0); /* "a b" is x's */
    assert_int_equal(r2.label, 1); /* the bias turns it */
    /* stored and read back; a model without biases keeps format 1.0 */
    size_t len;
    unsigned char *bytes = serialize(b, &len);
    assert_int_equal(bytes[6], 1);
    assert_int_equal(stance_model_load_mem(&back, bytes, len, NULL, &err), STANCE_OK);
    assert_true(stance_model_label_bias(back, 1) == 3.5);
    assert_same_bytes(back, b);
    free(bytes);
    bytes = serialize(m, &len);
    assert_int_equal(bytes[6], 0);
    free(bytes);
    /* refusals, and removal */
    stance_model_t *t = NULL;
    const double nan_bias[2] = {NAN, 0}, huge[2] = {0, STANCE_LABEL_BIAS_MAX * 2};
    assert_int_equal(stance_model_with_label_bias(&t, m, nan_bias, 2, &err), STANCE_E_INVALID_ARG);
    assert_int_equal(stance_model_with_label_bias(&t, m, huge, 2, &err), STANCE_E_INVALID_ARG);
    assert_int_equal(stance_model_with_label_bias(&t, m, bias, 1, &err), STANCE_E_INVALID_ARG);
    assert_null(t);
    assert_int_equal(stance_model_with_label_bias(&t, b, NULL, 0, &err), STANCE_OK);
    assert_same_bytes(t, m);
    stance_model_free(t);
    stance_ctx_free(c1);
    stance_ctx_free(c2);
    stance_model_free(back);
    stance_model_free(b);
    stance_model_free(m);
}

/* Extreme evidence stays a proper distribution (log-sum-exp, no overflow to NaN). */
static void long_texts_do_not_overflow(void **state)
{
    (void)state;
    stance_train_opts_t o = letters(STANCE_WEIGHT_COUNTS);
    stance_model_t *m = train_model(&o, two, 2);
    static char text[20001];
    for (size_t i = 0; i < 10000; i++) {
        text[2 * i] = 'a';
        text[2 * i + 1] = ' ';
    }
    double p = prob(m, text, "x");
    assert_true(isfinite(p));
    assert_true(p > 0.999999);
    stance_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(multinomial_two_labels),
        cmocka_unit_test(multinomial_three_labels),
        cmocka_unit_test(complement_three_labels),
        cmocka_unit_test(binary_weighting),
        cmocka_unit_test(learned_and_uniform_priors),
        cmocka_unit_test(lidstone_alpha),
        cmocka_unit_test(explanations),
        cmocka_unit_test(temperature),
        cmocka_unit_test(label_bias),
        cmocka_unit_test(long_texts_do_not_overflow),
    };
    return cmocka_run_group_tests_name("nb", tests, NULL, NULL);
}
