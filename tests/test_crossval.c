/* Cross-validation in the library: out-of-fold scores are exactly those of a model trained on
 * the other folds, the one fold rule is the public one, merged cross-validations equal one,
 * and calibrated training takes a few calls. */
#include "testutil.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A corpus with repeated words and three labels, one of them rare enough that some folds
 * never see it. */
static const labeled_t corpus[] = {
    {"hostile", "We condemn this provocation and will respond firmly."},
    {"conciliatory", "We welcome the talks and hope to work together."},
    {"hostile", "This unfriendly step will not go unanswered."},
    {"conciliatory", "Our door remains open to dialogue and to peace."},
    {"hostile", "They will regret this provocation, and soon."},
    {"conciliatory", "We are ready to resume the talks tomorrow."},
    {"hostile", "We summoned the ambassador to protest the provocation."},
    {"conciliatory", "Thank you, my friend, for the warm welcome."},
    {"neutral", "The meeting is on Tuesday at noon."},
    {"hostile", "Not one step back: we reject their demands."},
    {"conciliatory", "We do not seek confrontation with anyone."},
    {"hostile", "Their lies will not stop us; we will respond."},
    {"conciliatory", "Let us work together for peace and for trade."},
    {"hostile", "A reckless provocation that we will never accept."},
    {"conciliatory", "We hope the talks bring peace to both peoples."},
    {"neutral", "The delegation arrives on Monday."},
    {"hostile", "This is an unfriendly and reckless step."},
    {"conciliatory", "We thank our friends for their help and their welcome."},
};
#define N (sizeof corpus / sizeof corpus[0])

static stance_cv_t *make_cv(const stance_train_opts_t *train, uint32_t k, uint64_t seed)
{
    stance_cv_opts_t o = STANCE_CV_OPTS_INIT;
    if (train)
        o.train = *train;
    o.folds = k;
    o.seed = seed;
    stance_cv_t *cv = NULL;
    stance_error_t err;
    if (stance_cv_new(&cv, &o, &err) != STANCE_OK)
        fail_msg("%s", err.msg);
    return cv;
}

static void add_all(stance_cv_t *cv, size_t from, size_t to, const uint32_t *folds)
{
    stance_error_t err;
    for (size_t i = from; i < to; i++)
        if (stance_cv_add(cv, corpus[i].label, strlen(corpus[i].label), corpus[i].text,
                          strlen(corpus[i].text), folds ? folds[i] : STANCE_FOLD_AUTO, i, 0,
                          &err) != STANCE_OK)
            fail_msg("statement %zu: %s", i, err.msg);
}

/* The scores of statement i by a model trained on every statement outside its fold, the
 * slow way: a trainer, a model, a context. Labels the model lacks get -inf. *known receives
 * the feature occurrences that model knows (stance_result_t.n_known). */
static void reference_scores(const stance_train_opts_t *train, const uint32_t *folds, size_t i,
                             const stance_cv_t *cv, double *out, size_t *known)
{
    stance_trainer_t *t = NULL;
    stance_train_opts_t o = train ? *train : (stance_train_opts_t)STANCE_TRAIN_OPTS_INIT;
    assert_int_equal(stance_trainer_new(&t, &o, NULL), STANCE_OK);
    for (size_t j = 0; j < N; j++)
        if (folds[j] != folds[i])
            assert_int_equal(stance_trainer_add(t, corpus[j].label, strlen(corpus[j].label),
                                                corpus[j].text, strlen(corpus[j].text), 0,
                                                NULL),
                             STANCE_OK);
    stance_model_t *m = NULL;
    assert_int_equal(stance_trainer_build(&m, t, NULL), STANCE_OK);
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, m, NULL, NULL), STANCE_OK);
    stance_result_t r;
    assert_int_equal(stance_classify(ctx, corpus[i].text, strlen(corpus[i].text), 0, &r, NULL),
                     STANCE_OK);
    for (size_t c = 0; c < stance_cv_label_count(cv); c++) {
        out[c] = -INFINITY;
        for (size_t k = 0; k < r.n_labels; k++)
            if (strcmp(stance_model_label(m, k), stance_cv_label(cv, c)) == 0)
                out[c] = r.scores[k];
    }
    *known = r.n_known;
    stance_ctx_free(ctx);
    stance_model_free(m);
    stance_trainer_free(t);
}

/* log of the probabilities at temperature 1 gives back the scores up to a shared constant:
 * compare those differences, bit for bit against the reference model's. */
static void expect_same_predictions(const stance_train_opts_t *train, uint32_t k)
{
    uint32_t folds[N], labels[N];
    const char *names[8];
    size_t n_names = 0;
    for (size_t i = 0; i < N; i++) {
        size_t l = 0;
        while (l < n_names && strcmp(names[l], corpus[i].label) != 0)
            l++;
        if (l == n_names)
            names[n_names++] = corpus[i].label;
        labels[i] = (uint32_t)l;
    }
    assert_int_equal(stance_folds_stratified(folds, labels, N, k, 7, NULL, NULL), STANCE_OK);
    stance_cv_t *cv = make_cv(train, k, 7);
    add_all(cv, 0, N, NULL); /* STANCE_FOLD_AUTO must give the folds computed above */
    stance_error_t err;
    assert_int_equal(stance_cv_run(cv, &err), STANCE_OK);
    assert_int_equal(stance_cv_label_count(cv), 3);
    for (size_t i = 0; i < N; i++) {
        double p[3], ref[3], ref_p[3];
        size_t truth;
        uint32_t fold;
        assert_int_equal(stance_cv_prediction(cv, i, 1.0, p, &truth, &fold), STANCE_OK);
        assert_int_equal(fold, folds[i]);
        assert_string_equal(stance_cv_label(cv, truth), corpus[i].label);
        size_t ref_known, known;
        reference_scores(train, folds, i, cv, ref, &ref_known);
        assert_int_equal(stance_softmax(ref, 3, 1.0, ref_p), STANCE_OK);
        for (size_t c = 0; c < 3; c++)
            if (p[c] != ref_p[c])
                fail_msg("statement %zu label %zu: %.17g vs %.17g", i, c, p[c], ref_p[c]);
        assert_int_equal(stance_cv_known(cv, i, &known), STANCE_OK);
        if (known != ref_known)
            fail_msg("statement %zu: %zu known feature occurrences vs %zu", i, known, ref_known);
    }
    stance_cv_free(cv);
}

static void out_of_fold_scores_equal_trained_models(void **state)
{
    (void)state;
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    expect_same_predictions(&o, 3);
    expect_same_predictions(&o, 5); /* "neutral" (2 statements) is missing from most folds */
    o.settings.weighting = STANCE_WEIGHT_COUNTS;
    expect_same_predictions(&o, 4);
    o.settings.nb = STANCE_NB_COMPLEMENT;
    expect_same_predictions(&o, 4);
    o = (stance_train_opts_t)STANCE_TRAIN_OPTS_INIT;
    o.settings.priors = STANCE_PRIORS_UNIFORM;
    o.min_count = 2; /* pruning changes each fold's vocabulary differently */
    expect_same_predictions(&o, 3);
    o.settings.ngram_max = 3;
    o.settings.alpha = 0.1;
    expect_same_predictions(&o, 2);
}

/* Statements added to several cross-validations (as threads do) and merged give the same
 * predictions and the same model bytes as one cross-validation, in any merge order. */
/* A statement none of whose words the other folds have is scored by the priors alone, and
 * says so, as stance_classify's n_known 0 does. */
static void nothing_known_out_of_fold(void **state)
{
    (void)state;
    stance_cv_t *cv = make_cv(NULL, 3, 1);
    size_t known = 99;
    assert_int_equal(stance_cv_known(cv, 0, &known), STANCE_E_INVALID_ARG); /* not run */
    add_all(cv, 0, N, NULL);
    stance_error_t err;
    assert_int_equal(stance_cv_add(cv, "hostile", 7, "zzyzx qwvk", 10, STANCE_FOLD_AUTO, N, 0,
                                   &err),
                     STANCE_OK);
    assert_int_equal(stance_cv_run(cv, &err), STANCE_OK);
    assert_int_equal(stance_cv_known(cv, N, &known), STANCE_OK);
    assert_int_equal(known, 0);
    for (size_t i = 0; i < N; i++) {
        assert_int_equal(stance_cv_known(cv, i, &known), STANCE_OK);
        assert_true(known > 0);
    }
    assert_int_equal(stance_cv_known(cv, N + 1, &known), STANCE_E_INVALID_ARG);
    /* a fold past the last is refused, not read as leaving none out */
    double t;
    assert_int_equal(stance_cv_temperature(cv, 3, &t, &err), STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "fold 3 is outside 0..2"));
    assert_int_equal(stance_cv_known(cv, 0, NULL), STANCE_E_INVALID_ARG);
    assert_int_equal(stance_cv_known(NULL, 0, &known), STANCE_E_INVALID_ARG);
    stance_cv_free(cv);
}

/* A statement whose text gives no feature (symbols alone, a token past max_token_bytes:
 * a URL, or a line of Thai, which has no spaces to split it) teaches only its label's prior.
 * The trainer and the cross-validation count them, so that a tool can say so; merging adds
 * the counts. */
static void featureless_statements_are_counted(void **state)
{
    (void)state;
    char thai[40 * 6 + 1]; /* a line of Thai: 80 characters, 240 bytes, no space */
    for (size_t i = 0; i < 40; i++)
        memcpy(thai + 6 * i, "\xE0\xB8\xA3\xE0\xB8\xB1", 6);
    thai[sizeof thai - 1] = '\0';
    char url[300];
    memset(url, 'a', sizeof url - 1);
    url[sizeof url - 1] = '\0';
    const char *const texts[] = {"We welcome the talks.", "# @ * ~", thai, url,
                                 "We condemn the attack."};
    const char *const labels[] = {"conciliatory", "hostile", "hostile", "conciliatory",
                                  "hostile"};
    stance_error_t err;
    stance_trainer_t *tr = NULL;
    assert_int_equal(stance_trainer_new(&tr, NULL, &err), STANCE_OK);
    stance_cv_t *cv = make_cv(NULL, 2, 1), *other = make_cv(NULL, 2, 1);
    assert_int_equal(stance_cv_featureless(cv), 0);
    for (size_t i = 0; i < 5; i++) {
        assert_int_equal(stance_trainer_add(tr, labels[i], strlen(labels[i]), texts[i],
                                            strlen(texts[i]), 0, &err),
                         STANCE_OK);
        assert_int_equal(stance_cv_add(i < 3 ? cv : other, labels[i], strlen(labels[i]),
                                       texts[i], strlen(texts[i]), STANCE_FOLD_AUTO, i, 0,
                                       &err),
                         STANCE_OK);
    }
    assert_int_equal(stance_trainer_featureless(tr), 3);
    assert_int_equal(stance_cv_featureless(cv), 2);
    assert_int_equal(stance_cv_merge(cv, other, &err), STANCE_OK);
    assert_int_equal(stance_cv_featureless(cv), 3);
    assert_int_equal(stance_cv_featureless(NULL), 0);
    assert_int_equal(stance_trainer_featureless(NULL), 0);
    stance_cv_free(other);
    stance_cv_free(cv);
    stance_trainer_free(tr);
}

static void merged_equals_one(void **state)
{
    (void)state;
    stance_cv_t *one = make_cv(NULL, 4, 3), *master = make_cv(NULL, 4, 3);
    add_all(one, 0, N, NULL);
    uint32_t folds[N];
    stance_error_t err;
    for (size_t i = 0; i < N; i++)
        assert_int_equal(stance_cv_assign_fold(master, corpus[i].label, strlen(corpus[i].label),
                                               &folds[i], &err),
                         STANCE_OK);
    stance_cv_t *a = make_cv(NULL, 4, 3), *b = make_cv(NULL, 4, 3);
    add_all(b, 0, 7, folds); /* out of order on purpose: seq restores it */
    add_all(a, 7, N, folds);
    assert_int_equal(stance_cv_merge(master, a, &err), STANCE_OK);
    assert_int_equal(stance_cv_merge(master, b, &err), STANCE_OK);
    assert_int_equal(stance_cv_statements(master), N);
    assert_int_equal(stance_cv_run(one, &err), STANCE_OK);
    assert_int_equal(stance_cv_run(master, &err), STANCE_OK);
    for (size_t i = 0; i < N; i++) {
        double p1[3], p2[3];
        size_t t1, t2;
        uint32_t f1, f2;
        assert_int_equal(stance_cv_prediction(one, i, 1.0, p1, &t1, &f1), STANCE_OK);
        assert_int_equal(stance_cv_prediction(master, i, 1.0, p2, &t2, &f2), STANCE_OK);
        assert_memory_equal(p1, p2, sizeof p1);
        assert_int_equal(t1, t2);
        assert_int_equal(f1, f2);
    }
    double t1, t2;
    assert_int_equal(stance_cv_temperature(one, STANCE_FOLD_NONE, &t1, &err), STANCE_OK);
    assert_int_equal(stance_cv_temperature(master, STANCE_FOLD_NONE, &t2, &err), STANCE_OK);
    assert_true(t1 == t2);
    stance_model_t *m1 = NULL, *m2 = NULL;
    assert_int_equal(stance_cv_build(one, t1, &m1, &err), STANCE_OK);
    assert_int_equal(stance_cv_build(master, t2, &m2, &err), STANCE_OK);
    assert_same_bytes(m1, m2);
    stance_model_info_t info;
    stance_model_info(m1, &info);
    assert_true(info.temperature == t1);

    /* different settings do not merge; nothing is added after running */
    stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
    o.settings.ngram_max = 1;
    stance_cv_t *other = make_cv(&o, 4, 3), *c = make_cv(NULL, 4, 3);
    assert_int_equal(stance_cv_merge(c, other, &err), STANCE_E_MISMATCH);
    assert_non_null(strstr(err.msg, "ngram_max"));
    assert_int_equal(stance_cv_add(one, "hostile", 7, "x", 1, STANCE_FOLD_AUTO, 99, 0, &err),
                     STANCE_E_INVALID_ARG);
    stance_cv_free(other);
    stance_cv_free(c);
    stance_model_free(m1);
    stance_model_free(m2);
    stance_cv_free(one);
    stance_cv_free(master);
    stance_cv_free(a);
    stance_cv_free(b);
}

/* A merged cross-validation is left empty, so that a worker can reuse it for its next batch:
 * merging it batch after batch gives what one cross-validation of every statement gives, for
 * open label sets (its labels go too) and closed ones (they stay). */
static void merge_empties_the_source(void **state)
{
    (void)state;
    static const char *const closed[] = {"conciliatory", "hostile", "neutral"};
    for (int closed_set = 0; closed_set < 2; closed_set++) {
        stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
        if (closed_set) {
            o.labels = closed;
            o.n_labels = 3;
        }
        stance_cv_t *one = make_cv(&o, 4, 3), *master = make_cv(&o, 4, 3);
        stance_cv_t *worker = make_cv(&o, 4, 3);
        add_all(one, 0, N, NULL);
        uint32_t folds[N];
        stance_error_t err;
        for (size_t i = 0; i < N; i++)
            assert_int_equal(stance_cv_assign_fold(master, corpus[i].label,
                                                   strlen(corpus[i].label), &folds[i], &err),
                             STANCE_OK);
        /* the first batch holds the only neutral statements, the second none */
        add_all(worker, 0, 9, folds);
        assert_int_equal(stance_cv_merge(master, worker, &err), STANCE_OK);
        assert_int_equal(stance_cv_statements(worker), 0);
        add_all(worker, 9, 15, folds);
        assert_int_equal(stance_cv_statements(worker), 6);
        assert_int_equal(stance_cv_merge(master, worker, &err), STANCE_OK);
        add_all(worker, 15, N, folds);
        assert_int_equal(stance_cv_merge(master, worker, &err), STANCE_OK);
        assert_int_equal(stance_cv_statements(master), N);
        stance_model_t *m1 = NULL, *m2 = NULL;
        assert_int_equal(stance_cv_build(one, 0, &m1, &err), STANCE_OK);
        assert_int_equal(stance_cv_build(master, 0, &m2, &err), STANCE_OK);
        assert_same_bytes(m1, m2);
        /* the emptied worker alone holds nothing to build */
        stance_model_t *m3 = NULL;
        assert_int_equal(stance_cv_build(worker, 0, &m3, &err), STANCE_E_EMPTY);
        assert_null(m3);
        stance_model_free(m1);
        stance_model_free(m2);
        stance_cv_free(one);
        stance_cv_free(master);
        stance_cv_free(worker);
    }
}

/* The public softmax: labels at -infinity get 0; scores so far apart that dividing them by a
 * small temperature overflows still give the best label all the mass; NaN and +infinity, which
 * have no probability, are refused. */
static void softmax_at_the_extremes(void **state)
{
    (void)state;
    double p[3];
    const double spread[2] = {1e308, -1e308};
    assert_int_equal(stance_softmax(spread, 2, 1e-3, p), STANCE_OK);
    assert_true(p[0] == 1.0 && p[1] == 0.0);
    const double huge[3] = {-1e308, 1e308, 1e308};
    assert_int_equal(stance_softmax(huge, 3, 1e-3, p), STANCE_OK);
    assert_true(p[0] == 0.0 && p[1] == 0.5 && p[2] == 0.5);
    const double minus_inf[2] = {-INFINITY, 0.0};
    assert_int_equal(stance_softmax(minus_inf, 2, 1.0, p), STANCE_OK);
    assert_true(p[0] == 0.0 && p[1] == 1.0);
    const double nothing[2] = {-INFINITY, -INFINITY}; /* no label possible: no preference */
    assert_int_equal(stance_softmax(nothing, 2, 1.0, p), STANCE_OK);
    assert_true(p[0] == 0.5 && p[1] == 0.5);
    const double ordinary[3] = {-1.0, 0.5, 2.0};
    double q[3];
    assert_int_equal(stance_softmax(ordinary, 3, 0.7, q), STANCE_OK);
    double sum = 0, z = 0;
    for (int c = 0; c < 3; c++)
        z += exp(ordinary[c] / 0.7);
    for (int c = 0; c < 3; c++) {
        assert_true(fabs(q[c] - exp(ordinary[c] / 0.7) / z) < 1e-15);
        sum += q[c];
    }
    assert_true(fabs(sum - 1.0) < 1e-15);
    const double bad[3][2] = {{NAN, 0.0}, {INFINITY, 0.0}, {0.0, NAN}};
    for (int i = 0; i < 3; i++)
        assert_int_equal(stance_softmax(bad[i], 2, 1.0, p), STANCE_E_INVALID_ARG);
}

/* The whole model equals the trainer's on the same statements; a refused statement takes no
 * fold; too few statements leave nothing to calibrate on; bad arguments are refused. */
static void build_refusals_and_tiny_corpora(void **state)
{
    (void)state;
    stance_cv_t *cv = make_cv(NULL, 5, 1);
    add_all(cv, 0, N, NULL);
    stance_error_t err;
    assert_int_equal(stance_cv_add(cv, "hostile", 7, "bad \xff byte", 10, STANCE_FOLD_AUTO, 100,
                                   0, &err),
                     STANCE_E_BAD_UTF8);
    assert_int_equal(stance_cv_add(cv, "bad\tlabel", 9, "x", 1, STANCE_FOLD_AUTO, 100, 0, &err),
                     STANCE_E_LABEL);
    assert_int_equal(stance_cv_add(cv, "hostile", 7, "x", 1, 5, 100, 0, &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(stance_cv_statements(cv), N);
    stance_model_t *m = NULL, *direct = train_model(NULL, corpus, N);
    assert_int_equal(stance_cv_build(cv, 0.0, &m, &err), STANCE_OK);
    assert_same_bytes(m, direct);
    stance_model_free(m);
    assert_int_equal(stance_cv_build(cv, 1e-9, &m, &err), STANCE_E_INVALID_ARG);
    assert_null(m);
    double t;
    assert_int_equal(stance_cv_temperature(cv, STANCE_FOLD_NONE, &t, &err), STANCE_E_INVALID_ARG);
    stance_cv_free(cv);
    stance_model_free(direct);

    /* two statements, five folds: each label sits in one fold, nothing can be scored */
    cv = make_cv(NULL, 5, 1);
    add_all(cv, 0, 2, NULL);
    assert_int_equal(stance_cv_run(cv, &err), STANCE_OK);
    assert_int_equal(stance_cv_temperature(cv, STANCE_FOLD_NONE, &t, &err), STANCE_E_EMPTY);
    assert_non_null(strstr(err.msg, "too few statements"));
    stance_cv_free(cv);

    cv = make_cv(NULL, 5, 1);
    assert_int_equal(stance_cv_run(cv, &err), STANCE_E_EMPTY);
    stance_cv_free(cv);
    stance_cv_opts_t o = STANCE_CV_OPTS_INIT;
    o.folds = 1;
    assert_int_equal(stance_cv_new(&cv, &o, &err), STANCE_E_INVALID_ARG);
    assert_null(cv);
    o.folds = STANCE_MAX_FOLDS + 1;
    assert_int_equal(stance_cv_new(&cv, &o, &err), STANCE_E_INVALID_ARG);
}

/* Continuing from a model: its counts train every fold and are never tested, and the whole
 * model equals the base merged with the new statements. */
static void continuing_from_a_base_model(void **state)
{
    (void)state;
    stance_model_t *base = train_model(NULL, corpus, 8);
    stance_cv_opts_t o = STANCE_CV_OPTS_INIT;
    o.base = base;
    o.folds = 2;
    stance_cv_t *cv = NULL;
    stance_error_t err;
    assert_int_equal(stance_cv_new(&cv, &o, &err), STANCE_OK);
    add_all(cv, 8, N, NULL);
    assert_int_equal(stance_cv_run(cv, &err), STANCE_OK);
    assert_int_equal(stance_cv_statements(cv), N - 8);
    stance_model_t *m = NULL, *all = train_model(NULL, corpus, N);
    assert_int_equal(stance_cv_build(cv, 0.0, &m, &err), STANCE_OK);
    assert_same_bytes(m, all);
    double t;
    assert_int_equal(stance_cv_temperature(cv, STANCE_FOLD_NONE, &t, &err), STANCE_OK);
    assert_true(t >= STANCE_TEMPERATURE_MIN && t <= STANCE_TEMPERATURE_MAX);
    stance_model_free(m);
    stance_model_free(all);
    stance_model_free(base);
    stance_cv_free(cv);
}

/* The temperature to store, as `stance train`, the Python package and a C program following
 * stance.h's recipe must agree on it: the fit when it holds something, none (0) when there is
 * nothing to fit on or the fit runs to the end of its range (perfectly separated folds push
 * it to the minimum: the scores say nothing usable about confidence). Before this call the rule
 * lived in the tool and the package, and the recipe stored the range's end. */
static void calibration_is_none_at_the_end_of_the_range(void **state)
{
    (void)state;
    stance_cv_t *cv = make_cv(NULL, 2, 1);
    stance_error_t err;
    for (uint64_t i = 0; i < 12; i++) {
        const char *label = i % 2 ? "hostile" : "conciliatory";
        const char *text = i % 2 ? "we condemn the hostile attack" : "we welcome the friendly talks";
        assert_int_equal(stance_cv_add(cv, label, strlen(label), text, strlen(text),
                                       STANCE_FOLD_AUTO, i, 0, &err),
                         STANCE_OK);
    }
    assert_int_equal(stance_cv_run(cv, &err), STANCE_OK);
    double fitted = 0.0, t = -1.0;
    assert_int_equal(stance_cv_temperature(cv, STANCE_FOLD_NONE, &fitted, &err), STANCE_OK);
    assert_true(fitted == STANCE_TEMPERATURE_MIN || fitted == STANCE_TEMPERATURE_MAX);
    assert_int_equal(stance_cv_calibration(cv, STANCE_FOLD_NONE, &t, &err), STANCE_E_EMPTY);
    assert_true(t == 0.0);
    assert_non_null(strstr(err.msg, "end of its range"));
    assert_int_equal(stance_cv_calibration(cv, 0, &t, &err), STANCE_E_EMPTY);
    assert_true(t == 0.0);
    assert_int_equal(stance_cv_calibration(cv, 2, &t, &err), STANCE_E_INVALID_ARG);
    assert_int_equal(stance_cv_calibration(NULL, STANCE_FOLD_NONE, &t, &err),
                     STANCE_E_INVALID_ARG);
    stance_cv_free(cv);

    /* a corpus with something to fit: the fit itself */
    cv = make_cv(NULL, 5, 1);
    add_all(cv, 0, N, NULL);
    assert_int_equal(stance_cv_run(cv, &err), STANCE_OK);
    assert_int_equal(stance_cv_temperature(cv, STANCE_FOLD_NONE, &fitted, &err), STANCE_OK);
    assert_true(fitted > STANCE_TEMPERATURE_MIN && fitted < STANCE_TEMPERATURE_MAX);
    assert_int_equal(stance_cv_calibration(cv, STANCE_FOLD_NONE, &t, &err), STANCE_OK);
    assert_true(t == fitted);
    stance_cv_free(cv);

    /* nothing to fit on: none, with the reason */
    cv = make_cv(NULL, 5, 1);
    add_all(cv, 0, 2, NULL);
    assert_int_equal(stance_cv_run(cv, &err), STANCE_OK);
    t = -1.0;
    assert_int_equal(stance_cv_calibration(cv, STANCE_FOLD_NONE, &t, &err), STANCE_E_EMPTY);
    assert_true(t == 0.0);
    assert_non_null(strstr(err.msg, "too few statements"));
    stance_cv_free(cv);
}

/* STANCE_CV_COUNTS_ONLY: its memory does not grow with the statements (no allocation for 200
 * more passes over the corpus, where a cross-validation that keeps them allocates), it counts
 * them, builds and merges into the same model, byte for byte, and refuses to run; options of
 * version 1, which have no flags, are still read (and their flags never), unknown flags and
 * versions are refused. */
static void counts_only_keeps_no_statement(void **state)
{
    (void)state;
    stance_model_t *models[2] = {NULL, NULL};
    test_alloc_t allocs[2]; /* the models keep theirs */
    stance_error_t err;
    for (int counts_only = 0; counts_only < 2; counts_only++) {
        test_alloc_t *ta = &allocs[counts_only];
        test_alloc_init(ta, LONG_MAX); /* counts every call, fails none */
        stance_cv_opts_t o = STANCE_CV_OPTS_INIT;
        o.train.alloc = &ta->alloc;
        o.flags = counts_only ? STANCE_CV_COUNTS_ONLY : 0;
        stance_cv_t *cv = NULL;
        assert_int_equal(stance_cv_new(&cv, &o, &err), STANCE_OK);
        add_all(cv, 0, N, NULL);
        const long calls = ta->calls;
        for (int pass = 0; pass < 200; pass++)
            add_all(cv, 0, N, NULL);
        if (counts_only)
            assert_int_equal(ta->calls, calls);
        else
            assert_true(ta->calls > calls);
        assert_int_equal(stance_cv_statements(cv), 201 * N);
        assert_int_equal(stance_cv_build(cv, 0, &models[counts_only], &err), STANCE_OK);
        if (counts_only) {
            assert_int_equal(stance_cv_run(cv, &err), STANCE_E_INVALID_ARG);
            assert_non_null(strstr(err.msg, "STANCE_CV_COUNTS_ONLY"));
            double p[3];
            assert_int_equal(stance_cv_prediction(cv, 0, 1.0, p, NULL, NULL),
                             STANCE_E_INVALID_ARG);
        }
        stance_cv_free(cv);
    }
    assert_same_bytes(models[0], models[1]);

    /* merged counts-only workers give one's model; a kept and a counts-only do not merge */
    stance_cv_opts_t o = STANCE_CV_OPTS_INIT;
    o.flags = STANCE_CV_COUNTS_ONLY;
    stance_cv_t *master = NULL, *worker = NULL, *kept = make_cv(NULL, 5, 1);
    assert_int_equal(stance_cv_new(&master, &o, &err), STANCE_OK);
    assert_int_equal(stance_cv_new(&worker, &o, &err), STANCE_OK);
    add_all(master, 0, 9, NULL);
    add_all(worker, 9, N, NULL);
    assert_int_equal(stance_cv_merge(master, worker, &err), STANCE_OK);
    assert_int_equal(stance_cv_statements(master), N);
    assert_int_equal(stance_cv_statements(worker), 0);
    add_all(kept, 0, N, NULL);
    assert_int_equal(stance_cv_merge(master, kept, &err), STANCE_E_MISMATCH);
    assert_non_null(strstr(err.msg, "only counts"));
    assert_int_equal(stance_cv_merge(kept, master, &err), STANCE_E_MISMATCH);
    stance_model_t *merged = NULL, *one = NULL;
    assert_int_equal(stance_cv_build(master, 0, &merged, &err), STANCE_OK);
    assert_int_equal(stance_cv_build(kept, 0, &one, &err), STANCE_OK);
    assert_same_bytes(merged, one);
    stance_model_free(merged);
    stance_model_free(one);
    stance_cv_free(master);
    stance_cv_free(worker);
    stance_cv_free(kept);

    /* version 1 ends before flags: whatever lies there is not read, statements are kept */
    stance_cv_t *v1 = NULL;
    o.version = 1;
    o.flags = 0xdeadu;
    assert_int_equal(stance_cv_new(&v1, &o, &err), STANCE_OK);
    add_all(v1, 0, N, NULL);
    assert_int_equal(stance_cv_run(v1, &err), STANCE_OK);
    stance_cv_free(v1);
    stance_cv_t *bad = NULL;
    o.version = 2;
    assert_int_equal(stance_cv_new(&bad, &o, &err), STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "flags 0xdeac"));
    assert_null(bad);
    o.flags = 0;
    o.version = STANCE_CV_OPTS_VERSION + 1;
    assert_int_equal(stance_cv_new(&bad, &o, &err), STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "version"));
    o.version = 0;
    assert_int_equal(stance_cv_new(&bad, &o, &err), STANCE_E_INVALID_ARG);
    stance_model_free(models[0]);
    stance_model_free(models[1]);
    assert_int_equal(allocs[0].live, 0);
    assert_int_equal(allocs[1].live, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(out_of_fold_scores_equal_trained_models),
        cmocka_unit_test(nothing_known_out_of_fold),
        cmocka_unit_test(featureless_statements_are_counted),
        cmocka_unit_test(merged_equals_one),
        cmocka_unit_test(merge_empties_the_source),
        cmocka_unit_test(softmax_at_the_extremes),
        cmocka_unit_test(build_refusals_and_tiny_corpora),
        cmocka_unit_test(continuing_from_a_base_model),
        cmocka_unit_test(calibration_is_none_at_the_end_of_the_range),
        cmocka_unit_test(counts_only_keeps_no_statement),
    };
    return cmocka_run_group_tests_name("crossval", tests, NULL, NULL);
}
