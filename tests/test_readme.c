/* The README's C code, compiled and run as a user who copies it would (readme_snippets.c is
 * written from README.md at build time by readme_c.cmake): the first example classifies with
 * a model file, the second makes a calibrated model as `stance train` does. */
#include <stance.h>

/* the README's functions, declared as a user's header would */
int classify_one(const char *model_path, const char *text);
stance_model_t *train_calibrated(const char *const *label, const char *const *text, uint64_t n,
                                 stance_error_t *err);

#include "readme_snippets.c"

#include "testutil.h"

static void classify_one_reads_a_model_and_reports_a_missing_one(void **state)
{
    (void)state;
    assert_int_equal(classify_one(STANCE_SHIPPED_MODEL,
                                  "We strongly condemn this reckless provocation."),
                     0);
    assert_int_equal(classify_one(data_path("no-such-model.stnc"), "text"), -1);
}

static const char *const calm[] = {
    "conciliatory", "We welcome the talks and hope to work together.",
    "hostile",      "We condemn this provocation and will respond firmly.",
    "conciliatory", "Our door remains open to dialogue and to peace.",
    "hostile",      "This unfriendly step will not go unanswered.",
    "conciliatory", "We are ready to resume the talks tomorrow.",
    "hostile",      "They will regret this provocation, and soon.",
    "conciliatory", "Thank you, my friend, for the warm welcome.",
    "hostile",      "We summoned the ambassador to protest the provocation.",
    "conciliatory", "We do not seek confrontation with anyone.",
    "hostile",      "Not one step back: we reject their demands.",
    "conciliatory", "Let us work together for peace and for trade.",
    "hostile",      "Their lies will not stop us; we will respond.",
    "conciliatory", "We hope the talks bring peace to both peoples.",
    "hostile",      "A reckless provocation that we will never accept.",
    "conciliatory", "We thank our friends for the welcome and the talks.",
    "hostile",      "This is an unfriendly and reckless step.",
    "conciliatory", "The talks were warm, though the provocation worried us.",
    "hostile",      "Talks? We reject them while they threaten us.",
};
#define CALM (sizeof calm / sizeof calm[0] / 2)

/* The model the library's rule makes from the same statements, the long way. */
static stance_model_t *by_the_rule(const char *const *label, const char *const *text, size_t n,
                                   double *temperature)
{
    stance_cv_opts_t o = STANCE_CV_OPTS_INIT;
    stance_cv_t *cv = NULL;
    stance_model_t *m = NULL;
    stance_error_t err;
    assert_int_equal(stance_cv_new(&cv, &o, &err), STANCE_OK);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(stance_cv_add(cv, label[i], strlen(label[i]), text[i], strlen(text[i]),
                                       STANCE_FOLD_AUTO, i, 0, &err),
                         STANCE_OK);
    assert_int_equal(stance_cv_run(cv, &err), STANCE_OK);
    stance_status_t st = stance_cv_calibration(cv, STANCE_FOLD_NONE, temperature, &err);
    assert_true(st == STANCE_OK || st == STANCE_E_EMPTY);
    assert_int_equal(stance_cv_build(cv, *temperature, &m, &err), STANCE_OK);
    stance_cv_free(cv);
    return m;
}

static void train_calibrated_makes_what_the_rule_makes(void **state)
{
    (void)state;
    const char *label[CALM], *text[CALM];
    for (size_t i = 0; i < CALM; i++) {
        label[i] = calm[2 * i];
        text[i] = calm[2 * i + 1];
    }
    stance_error_t err;
    double t = -1.0;
    stance_model_t *readme = train_calibrated(label, text, CALM, &err);
    stance_model_t *rule = by_the_rule(label, text, CALM, &t);
    assert_non_null(readme);
    assert_true(t > STANCE_TEMPERATURE_MIN && t < STANCE_TEMPERATURE_MAX);
    assert_same_bytes(readme, rule);
    stance_model_free(readme);
    stance_model_free(rule);

    /* two statements repeated: folds that separate perfectly, whose fit runs to the end of
     * its range; the README's code then stores none, as `stance train` does */
    for (size_t i = 0; i < 12; i++) {
        label[i] = calm[2 * (i % 2)];
        text[i] = calm[2 * (i % 2) + 1];
    }
    readme = train_calibrated(label, text, 12, &err);
    rule = by_the_rule(label, text, 12, &t);
    assert_non_null(readme);
    assert_true(t == 0.0);
    stance_model_info_t info;
    stance_model_info(readme, &info);
    assert_true(info.temperature == 1.0);
    assert_same_bytes(readme, rule);
    stance_model_free(readme);
    stance_model_free(rule);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(classify_one_reads_a_model_and_reports_a_missing_one),
        cmocka_unit_test(train_calibrated_makes_what_the_rule_makes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
