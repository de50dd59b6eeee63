/* stance_classify_many(): a batch of statements laid end to end gives, row for row, what
 * stance_classify() gives each alone; a bad statement stops the batch with its index, and the
 * rows before it are filled; flags and arguments are checked; out of memory leaks nothing. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

/* Statements of every kind: ordinary, empty, a NUL inside, punctuation only, repeated words,
 * non-ASCII. */
static const struct {
    const char *text;
    size_t len;
} batch[] = {
    {"We regret to note Tokyo's unfriendly course.", 44},
    {"", 0},
    {"We welcome the talks\0 and hope for peace.", 41},
    {"!!! ... ???", 11},
    {"provocation provocation provocation, we will respond", 52},
    {"Мы приветствуем диалог. «Дверь открыта»", 73},
    {"We deeply regret that the talks were suspended and hope to resume them soon.", 76},
};
#define N (sizeof batch / sizeof batch[0])

static stance_model_t *default_model(void)
{
    stance_model_t *m = NULL;
    stance_error_t err;
    if (stance_model_default(&m, NULL, &err) != STANCE_OK)
        fail_msg("%s", err.msg);
    return m;
}

static stance_ctx_t *new_ctx(const stance_model_t *m)
{
    stance_ctx_t *ctx = NULL;
    stance_error_t err;
    if (stance_ctx_new(&ctx, m, NULL, &err) != STANCE_OK)
        fail_msg("%s", err.msg);
    return ctx;
}

/* The statements end to end, and their lengths. */
static char *pack(size_t *lens)
{
    size_t total = 0;
    for (size_t i = 0; i < N; i++) {
        lens[i] = batch[i].len;
        total += batch[i].len;
    }
    char *buf = malloc(total + 1), *p = buf;
    assert_non_null(buf);
    for (size_t i = 0; i < N; i++) {
        memcpy(p, batch[i].text, batch[i].len);
        p += batch[i].len;
    }
    return buf;
}

static void same_as_one_by_one(void **state)
{
    (void)state;
    stance_model_t *m = default_model();
    stance_ctx_t *ctx = new_ctx(m), *alone = new_ctx(m);
    const size_t L = stance_model_label_count(m);
    size_t lens[N], labels[N], done = 99;
    double *probs = calloc(N * L, sizeof *probs);
    char *buf = pack(lens);
    stance_error_t err;
    assert_int_equal(stance_classify_many(ctx, buf, lens, N, 0, labels, probs, &done, &err),
                     STANCE_OK);
    assert_int_equal(done, N);
    assert_int_equal(err.status, STANCE_OK);
    size_t hostile = 0;
    for (size_t i = 0; i < N; i++) {
        stance_result_t res;
        assert_int_equal(stance_classify(alone, batch[i].text, batch[i].len, 0, &res, &err),
                         STANCE_OK);
        assert_int_equal(labels[i], res.label);
        /* the same doubles, bit for bit */
        assert_memory_equal(probs + i * L, res.probs, L * sizeof *probs);
        hostile += strcmp(stance_model_label(m, labels[i]), "hostile") == 0;
    }
    assert_string_equal(stance_model_label(m, labels[0]), "hostile");
    assert_string_equal(stance_model_label(m, labels[6]), "conciliatory");
    assert_true(hostile > 0 && hostile < N);
    /* either output may be left out */
    size_t only[N];
    assert_int_equal(stance_classify_many(ctx, buf, lens, N, 0, only, NULL, NULL, NULL),
                     STANCE_OK);
    assert_memory_equal(only, labels, sizeof only);
    assert_int_equal(stance_classify_many(ctx, buf, lens, N, 0, NULL, NULL, &done, NULL),
                     STANCE_OK);
    assert_int_equal(done, N);
    free(buf);
    free(probs);
    stance_ctx_free(alone);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

/* stance_classify_many_known(): the same rows, and each statement's count of known features
 * (stance_result_t.n_known), which a caller needs to tell "no evidence" from a decision. */
static void known_counts_as_one_by_one(void **state)
{
    (void)state;
    stance_model_t *m = default_model();
    stance_ctx_t *ctx = new_ctx(m), *alone = new_ctx(m);
    const size_t L = stance_model_label_count(m);
    size_t lens[N], labels[N], known[N], plain[N], done = 99;
    double *probs = calloc(N * L, sizeof *probs), *plain_probs = calloc(N * L, sizeof *probs);
    char *buf = pack(lens);
    stance_error_t err;
    memset(known, 0xA5, sizeof known);
    assert_int_equal(stance_classify_many_known(ctx, buf, lens, N, 0, labels, probs, known,
                                                &done, &err),
                     STANCE_OK);
    assert_int_equal(done, N);
    assert_int_equal(stance_classify_many(ctx, buf, lens, N, 0, plain, plain_probs, NULL, NULL),
                     STANCE_OK);
    assert_memory_equal(plain, labels, sizeof plain);
    assert_memory_equal(plain_probs, probs, N * L * sizeof *probs);
    size_t none = 0, some = 0;
    for (size_t i = 0; i < N; i++) {
        stance_result_t res;
        assert_int_equal(stance_classify(alone, batch[i].text, batch[i].len, 0, &res, NULL),
                         STANCE_OK);
        assert_int_equal(known[i], res.n_known);
        none += known[i] == 0;
        some += known[i] > 0;
    }
    assert_true(none > 0 && some > 0); /* the empty statement, and the ordinary ones */
    /* known alone */
    size_t only[N];
    assert_int_equal(stance_classify_many_known(ctx, buf, lens, N, 0, NULL, NULL, only, NULL,
                                                NULL),
                     STANCE_OK);
    assert_memory_equal(only, known, sizeof only);
    /* a bad statement: the rows before it are filled, as with stance_classify_many() */
    assert_int_equal(stance_classify_many_known(NULL, buf, lens, N, 0, NULL, NULL, only, &done,
                                                &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(done, 0);
    free(buf);
    free(probs);
    free(plain_probs);
    stance_ctx_free(alone);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

static void empty_batches(void **state)
{
    (void)state;
    stance_model_t *m = default_model();
    stance_ctx_t *ctx = new_ctx(m);
    size_t done = 99, labels[2] = {7, 7}, lens[2] = {0, 0};
    size_t n_labels = stance_model_label_count(m);
    double probs[2 * 8];
    assert_true(n_labels <= 8);
    stance_error_t err;
    assert_int_equal(stance_classify_many(ctx, NULL, NULL, 0, 0, NULL, NULL, &done, &err),
                     STANCE_OK);
    assert_int_equal(done, 0);
    /* empty statements need no bytes: classified by the priors */
    assert_int_equal(stance_classify_many(ctx, NULL, lens, 2, 0, labels, probs, &done, &err),
                     STANCE_OK);
    assert_int_equal(done, 2);
    assert_int_equal(labels[0], labels[1]);
    assert_true(labels[0] < stance_model_label_count(m));
    assert_memory_equal(probs, probs + n_labels, n_labels * sizeof *probs);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

static void stops_at_the_bad_statement(void **state)
{
    (void)state;
    stance_model_t *m = default_model();
    stance_ctx_t *ctx = new_ctx(m);
    const char buf[] = "We welcome the talks.Bad \xff byte here.We condemn this.";
    const size_t lens[] = {21, 16, 16};
    size_t labels[3] = {9, 9, 9}, done = 99;
    size_t n_labels = stance_model_label_count(m);
    double probs[3 * 8] = {0};
    assert_true(n_labels <= 8);
    stance_error_t err;
    assert_int_equal(stance_classify_many(ctx, buf, lens, 3, 0, labels, probs, &done, &err),
                     STANCE_E_BAD_UTF8);
    assert_int_equal(done, 1);
    assert_int_equal(err.status, STANCE_E_BAD_UTF8);
    assert_int_equal(err.offset, 4); /* within statement 1 */
    assert_true(strncmp(err.msg, "statement 1: ", 13) == 0);
    assert_int_equal(labels[0], 0); /* conciliatory: filled before the failure */
    double row_sum = 0;
    for (size_t l = 0; l < n_labels; l++)
        row_sum += probs[l];
    assert_true(probs[0] > 0.5 && row_sum > 0.999 && row_sum < 1.001);
    assert_int_equal(labels[1], 9); /* untouched from the failure on */
    assert_int_equal(labels[2], 9);
    /* with STANCE_REPLACE_INVALID the byte is a separator and all three are classified */
    assert_int_equal(stance_classify_many(ctx, buf, lens, 3, STANCE_REPLACE_INVALID, labels,
                                          probs, &done, &err),
                     STANCE_OK);
    assert_int_equal(done, 3);
    assert_int_equal(labels[2], 1); /* hostile */
    stance_ctx_free(ctx);
    stance_model_free(m);
}

static void refuses_bad_arguments(void **state)
{
    (void)state;
    stance_model_t *m = default_model();
    stance_ctx_t *ctx = new_ctx(m);
    const char buf[] = "abc";
    size_t lens[] = {3}, done = 99;
    stance_error_t err;
    assert_int_equal(stance_classify_many(NULL, buf, lens, 1, 0, NULL, NULL, &done, &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(done, 0);
    assert_int_equal(stance_classify_many(ctx, buf, NULL, 1, 0, NULL, NULL, NULL, &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(stance_classify_many(ctx, NULL, lens, 1, 0, NULL, NULL, NULL, &err),
                     STANCE_E_INVALID_ARG);
    /* explanations belong to one statement: stance_classify() */
    assert_int_equal(stance_classify_many(ctx, buf, lens, 1, STANCE_EXPLAIN, NULL, NULL, NULL,
                                          &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(stance_classify_many(ctx, buf, lens, 1, 0x80, NULL, NULL, NULL, &err),
                     STANCE_E_INVALID_ARG);
    /* lengths that wrap around are caught before any byte is read */
    size_t wrap[] = {SIZE_MAX, 2};
    assert_int_equal(stance_classify_many(ctx, buf, wrap, 2, 0, NULL, NULL, &done, &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(done, 0);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

/* Every allocation of a context and its batch fails in turn: no leak, and the same context
 * then classifies the batch as a fresh one does. */
static void out_of_memory(void **state)
{
    (void)state;
    stance_model_t *m = default_model();
    const size_t L = stance_model_label_count(m);
    size_t lens[N], want[N], got[N];
    char *buf = pack(lens);
    stance_ctx_t *ref = new_ctx(m);
    assert_int_equal(stance_classify_many(ref, buf, lens, N, 0, want, NULL, NULL, NULL),
                     STANCE_OK);
    stance_ctx_free(ref);
    double *probs = calloc(N * L, sizeof *probs);
    bool finished = false;
    long failures = 0;
    for (long k = 0; !finished && k < 100000; k++) {
        test_alloc_t t;
        test_alloc_init(&t, k);
        stance_ctx_t *ctx = NULL;
        stance_error_t err;
        if (stance_ctx_new(&ctx, m, &t.alloc, &err) != STANCE_OK) {
            assert_int_equal(err.status, STANCE_E_NOMEM);
            assert_int_equal(t.live, 0);
            failures++;
            continue;
        }
        size_t done = 99;
        stance_status_t st = stance_classify_many(ctx, buf, lens, N, 0, got, probs, &done, &err);
        if (st == STANCE_OK) {
            finished = t.failures == 0;
        } else {
            assert_int_equal(st, STANCE_E_NOMEM);
            assert_true(done < N);
            failures++;
            t.fail_at = -1; /* the context stays usable */
            assert_int_equal(stance_classify_many(ctx, buf, lens, N, 0, got, probs, &done,
                                                  &err),
                             STANCE_OK);
        }
        assert_memory_equal(got, want, sizeof got);
        stance_ctx_free(ctx);
        assert_int_equal(t.live, 0);
    }
    assert_true(finished);
    assert_true(failures > 0);
    free(probs);
    free(buf);
    stance_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_as_one_by_one),
        cmocka_unit_test(known_counts_as_one_by_one),
        cmocka_unit_test(empty_batches),
        cmocka_unit_test(stops_at_the_bad_statement),
        cmocka_unit_test(refuses_bad_arguments),
        cmocka_unit_test(out_of_memory),
    };
    return cmocka_run_group_tests_name("classify_many", tests, NULL, NULL);
}
