/* The built-in model (stance_model_default): the very model models/stance-en.stnc loads as,
 * ready without being parsed or copied, so that a program or a `stance` run starts at once. */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include "model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if STANCE_TEST_EMBEDDED
static unsigned char *read_whole(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    long size = ftell(f);
    assert_true(size > 0);
    rewind(f);
    unsigned char *buf = malloc((size_t)size);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)size, f), (size_t)size);
    fclose(f);
    *len = (size_t)size;
    return buf;
}

/* Saved, the built-in model is the shipped file byte for byte (every field the format holds),
 * and what loading the file derives from it (weights, feature table, filter, priors) is the
 * same bit for bit: classification cannot tell the two apart. */
static void builtin_model_is_the_shipped_file(void **state)
{
    (void)state;
    size_t file_len = 0;
    unsigned char *file = read_whole(STANCE_SHIPPED_MODEL, &file_len);
    stance_model_t *builtin = NULL, *loaded = NULL;
    assert_int_equal(stance_model_default(&builtin, NULL, NULL), STANCE_OK);
    assert_int_equal(stance_model_load_mem(&loaded, file, file_len, NULL, NULL), STANCE_OK);

    size_t len = 0;
    unsigned char *saved = serialize(builtin, &len);
    assert_int_equal(len, file_len);
    assert_memory_equal(saved, file, len);
    free(saved);

    assert_int_equal(builtin->format_major, loaded->format_major);
    assert_int_equal(builtin->format_minor, loaded->format_minor);
    assert_int_equal(builtin->n_labels, loaded->n_labels);
    assert_int_equal(builtin->n_features, loaded->n_features);
    assert_int_equal(builtin->stride, loaded->stride);
    assert_int_equal(builtin->warnings, loaded->warnings);
    assert_memory_equal(builtin->rec, loaded->rec,
                        loaded->n_features * loaded->stride * sizeof *loaded->rec);
    assert_memory_equal(builtin->log_prior, loaded->log_prior,
                        loaded->n_labels * sizeof *loaded->log_prior);
    assert_memory_equal(&builtin->temperature, &loaded->temperature, sizeof(double));
    assert_int_equal(builtin->ftable.mask, loaded->ftable.mask);
    assert_int_equal(builtin->ftable.count, loaded->ftable.count);
    assert_memory_equal(builtin->ftable.slots, loaded->ftable.slots,
                        (loaded->ftable.mask + 1) * sizeof *loaded->ftable.slots);
    assert_int_equal(builtin->filter_mask, loaded->filter_mask);
    assert_int_equal(builtin->filter != NULL, loaded->filter != NULL);
    if (loaded->filter)
        assert_memory_equal(builtin->filter, loaded->filter,
                            (loaded->filter_mask + 1) * sizeof *loaded->filter);
    assert_null(stance__cfg_diff(&builtin->cfg, &loaded->cfg, NULL, NULL, 0));

    static const char *const texts[] = {
        "We strongly condemn this reckless provocation.",
        "We welcome the talks and thank our partners for their patience.",
        "The delegation arrives on Tuesday.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        double cb = 0, cl = 0;
        const char *lb = classify_label(builtin, texts[i], &cb);
        const char *ll = classify_label(loaded, texts[i], &cl);
        assert_string_equal(lb, ll);
        assert_memory_equal(&cb, &cl, sizeof cb);
    }
    stance_model_free(loaded);
    stance_model_free(builtin);
    free(file);
}

/* Its features, weights and feature table are part of the library, not read into memory the
 * caller's allocator gives: loading it asks for no block of a model's size (the file's
 * parse asked for one of 4 MB, the weights), and freeing it gives back all it asked for. */
static void builtin_model_is_not_copied(void **state)
{
    (void)state;
#if !STANCE_TEST_MODEL_IMAGE
    skip(); /* this build embeds the file's bytes and parses them (STANCE_MODEL_IMAGE off) */
#endif
    test_alloc_t t;
    test_alloc_init(&t, -1);
    stance_model_t *m = NULL;
    assert_int_equal(stance_model_default(&m, &t.alloc, NULL), STANCE_OK);
    assert_true(stance_model_feature_count(m) > 100000);
    assert_true(t.max_request < 64 * 1024);
    double confidence = 0;
    assert_string_equal(classify_label(m, "We strongly condemn this reckless provocation.",
                                       &confidence),
                        "hostile");
    stance_model_free(m);
    assert_int_equal(t.live, 0);
}

/* Out of memory at any of its allocations, it says so and gives back what it had. */
static void builtin_model_out_of_memory(void **state)
{
    (void)state;
    long fail_at = 0;
    for (;; fail_at++) {
        test_alloc_t t;
        test_alloc_init(&t, fail_at);
        stance_model_t *m = NULL;
        stance_error_t err;
        stance_status_t st = stance_model_default(&m, &t.alloc, &err);
        if (st == STANCE_OK) {
            stance_model_free(m);
            assert_int_equal(t.live, 0);
            break;
        }
        assert_int_equal(st, STANCE_E_NOMEM);
        assert_null(m);
        assert_non_null(strstr(err.msg, "out of memory"));
        assert_int_equal(t.live, 0);
    }
    assert_true(fail_at > 5); /* the struct, settings, labels and version at least */
}

/* Each call gives a model of its own: freeing one leaves the others whole. */
static void builtin_models_are_independent(void **state)
{
    (void)state;
    stance_model_t *a = NULL, *b = NULL;
    assert_int_equal(stance_model_default(&a, NULL, NULL), STANCE_OK);
    assert_int_equal(stance_model_default(&b, NULL, NULL), STANCE_OK);
    assert_ptr_not_equal(a, b);
    stance_model_free(a);
    double confidence = 0;
    assert_string_equal(classify_label(b, "We welcome the talks and thank our partners.",
                                       &confidence),
                        "conciliatory");
    stance_model_t *c = NULL;
    assert_int_equal(stance_model_with_temperature(&c, b, 2.0, NULL), STANCE_OK);
    stance_model_free(b);
    assert_int_equal(stance_model_feature_count(c) > 100000, 1);
    stance_model_free(c);
}

#else
/* A library built without its model (STANCE_EMBED_MODEL=OFF) says so, and gives nothing. */
static void no_builtin_model_is_said(void **state)
{
    (void)state;
    stance_model_t *m = (stance_model_t *)&m; /* set to NULL by the call */
    stance_error_t err;
    assert_int_equal(stance_model_default(&m, NULL, &err), STANCE_E_NOT_FOUND);
    assert_null(m);
    assert_non_null(strstr(err.msg, "built without its built-in model"));
}

#endif

int main(void)
{
#if STANCE_TEST_EMBEDDED
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(builtin_model_is_the_shipped_file),
        cmocka_unit_test(builtin_model_is_not_copied),
        cmocka_unit_test(builtin_model_out_of_memory),
        cmocka_unit_test(builtin_models_are_independent),
    };
#else
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(no_builtin_model_is_said),
    };
#endif
    return cmocka_run_group_tests(tests, NULL, NULL);
}
