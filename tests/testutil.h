/* Helpers shared by the cmocka suites. */
#ifndef STANCE_TESTUTIL_H
#define STANCE_TESTUTIL_H

#include <stance.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

/* An allocator that counts live blocks and can be told to fail the Nth allocation
 * (0-based); fail_at = -1 never fails. */
typedef struct test_alloc {
    stance_allocator_t alloc;
    long calls;
    long fail_at;
    long live;
    long failures;
    size_t max_request; /* the largest single allocation asked for */
} test_alloc_t;

void test_alloc_init(test_alloc_t *t, long fail_at);

typedef struct labeled {
    const char *label;
    const char *text;
} labeled_t;

/* Trains a model on n statements with the given options (NULL = defaults); fails the test on
 * any error. */
stance_model_t *train_model(const stance_train_opts_t *opts, const labeled_t *data, size_t n);
/* 1, or 13 when STANCE_TEST_QUICK is set: the stride of the exhaustive and sampled loops of
 * pure computations (escaping, UTF-8 lengths, number writing), which the memory checkers run
 * (in CI) a thirteenth as many times, every branch still reached, so as not to take minutes
 * for what ordinary runs check in full. */
unsigned test_stride(void);
/* Serializes a model into a new malloc'd buffer. */
unsigned char *serialize(const stance_model_t *m, size_t *len);
/* Fails unless the two models serialize to the same bytes. */
void assert_same_bytes(const stance_model_t *a, const stance_model_t *b);
/* Classifies with a fresh context; returns the best label's name (borrowed from the model). */
const char *classify_label(const stance_model_t *m, const char *text, double *confidence);
/* Path of a file under tests/data (from STANCE_TEST_DATA), in a static buffer. */
const char *data_path(const char *name);
/* A fresh empty directory under $TMPDIR for this test; static buffer. */
const char *temp_dir(void);

/* The small corpus most suites train on. */
extern const labeled_t sample_corpus[];
extern const size_t sample_corpus_len;

#endif
