/* Allocation failure: every allocation of model loading, training, merging, classification
 * and corpus reading is made to fail in turn (a test allocator that fails the Nth call). Each
 * run must return STANCE_E_NOMEM with a message, leak nothing, and leave the caller's objects
 * usable: retried without failures, the same work gives the same bytes and answers. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Far more than any loop below needs; reaching it means allocations never stop failing. */
#define MAX_STEPS 100000

static unsigned char *read_golden(size_t *len)
{
    FILE *fp = fopen(data_path("good/format-1.0.stnc"), "rb");
    assert_non_null(fp);
    unsigned char *buf = malloc(1 << 16);
    assert_non_null(buf);
    *len = fread(buf, 1, 1 << 16, fp);
    fclose(fp);
    assert_true(*len > 0);
    return buf;
}

static void expect_nomem(stance_status_t st, const stance_error_t *err)
{
    assert_int_equal(st, STANCE_E_NOMEM);
    assert_int_equal(err->status, STANCE_E_NOMEM);
    assert_true(err->msg[0] != '\0');
}

/* After a constructor failed: out of memory, nothing made, nothing left allocated. */
static void expect_clean_failure(stance_status_t st, const stance_error_t *err,
                                 const void *made, const test_alloc_t *t)
{
    expect_nomem(st, err);
    assert_null(made);
    assert_int_equal(t->live, 0);
}

static void model_load(void **state)
{
    (void)state;
    size_t len = 0;
    unsigned char *file = read_golden(&len);
    long failures = 0;
    for (long n = 0; n < MAX_STEPS; n++) {
        test_alloc_t t;
        test_alloc_init(&t, n);
        stance_load_opts_t o = STANCE_LOAD_OPTS_INIT;
        o.alloc = &t.alloc;
        stance_model_t *m = (stance_model_t *)&t; /* must be reset to NULL on failure */
        stance_error_t err;
        stance_status_t st = stance_model_load_mem(&m, file, len, &o, &err);
        if (t.failures == 0) { /* every allocation succeeded: the loop is done */
            assert_int_equal(st, STANCE_OK);
            assert_int_equal(n, t.calls);
            stance_model_free(m);
            assert_int_equal(t.live, 0);
            break;
        }
        failures++;
        expect_clean_failure(st, &err, m, &t);
    }
    assert_true(failures > 3); /* the loop really went through several allocations */
    print_message("model load: %ld failing allocations, each clean\n", failures);

    /* Serializing a loaded model, with its allocations failing in turn. */
    test_alloc_t t;
    test_alloc_init(&t, -1);
    stance_load_opts_t o = STANCE_LOAD_OPTS_INIT;
    o.alloc = &t.alloc;
    stance_model_t *m = NULL;
    assert_int_equal(stance_model_load_mem(&m, file, len, &o, NULL), STANCE_OK);
    unsigned char *out = malloc(len);
    assert_non_null(out);
    long live = t.live;
    for (long n = 0; n < MAX_STEPS; n++) {
        t.calls = 0;
        t.failures = 0;
        t.fail_at = n;
        size_t need = 0;
        stance_error_t err;
        stance_status_t st = stance_model_serialize(m, out, len, &need, &err);
        assert_int_equal(t.live, live);
        if (t.failures == 0) {
            assert_int_equal(st, STANCE_OK);
            assert_int_equal(need, len);
            assert_memory_equal(out, file, len);
            break;
        }
        expect_nomem(st, &err);
    }
    free(out);
    stance_model_free(m);
    assert_int_equal(t.live, 0);
    free(file);
}

static void trainer_adds(stance_trainer_t *tr, test_alloc_t *t)
{
    for (size_t i = 0; i < sample_corpus_len; i++) {
        const labeled_t *s = &sample_corpus[i];
        stance_error_t err;
        uint64_t before = stance_trainer_statements(tr);
        stance_status_t st = stance_trainer_add(tr, s->label, strlen(s->label), s->text,
                                                strlen(s->text), 0, &err);
        if (st != STANCE_OK) {
            expect_nomem(st, &err);
            assert_int_equal(stance_trainer_statements(tr), before); /* unchanged */
            long saved = t->fail_at;
            t->fail_at = -1; /* the same statement, now with memory: it must go in */
            assert_int_equal(stance_trainer_add(tr, s->label, strlen(s->label), s->text,
                                                strlen(s->text), 0, &err), STANCE_OK);
            t->fail_at = saved;
        }
    }
}

/* Training with the Nth allocation failing, retried where it failed, gives the model that
 * training without failures gives, byte for byte. */
static void training(void **state)
{
    (void)state;
    stance_model_t *ref = train_model(NULL, sample_corpus, sample_corpus_len);
    size_t ref_len = 0;
    unsigned char *ref_bytes = serialize(ref, &ref_len);
    long failures = 0;
    for (long n = 0; n < MAX_STEPS; n++) {
        test_alloc_t t;
        test_alloc_init(&t, n);
        stance_train_opts_t o = STANCE_TRAIN_OPTS_INIT;
        o.alloc = &t.alloc;
        stance_trainer_t *tr = NULL;
        stance_error_t err;
        stance_status_t st = stance_trainer_new(&tr, &o, &err);
        if (st != STANCE_OK) {
            failures++;
            expect_clean_failure(st, &err, tr, &t);
            continue;
        }
        trainer_adds(tr, &t);
        stance_model_t *m = NULL;
        st = stance_trainer_build(&m, tr, &err);
        if (st != STANCE_OK) {
            expect_nomem(st, &err);
            assert_null(m);
            t.fail_at = -1;
            assert_int_equal(stance_trainer_build(&m, tr, &err), STANCE_OK);
        }
        t.fail_at = -1; /* the model is checked with memory to spare */
        size_t len = 0;
        unsigned char *bytes = serialize(m, &len);
        assert_int_equal(len, ref_len);
        assert_memory_equal(bytes, ref_bytes, len);
        free(bytes);
        stance_model_free(m);
        stance_trainer_free(tr);
        assert_int_equal(t.live, 0);
        if (t.failures == 0)
            break;
        failures++;
    }
    assert_true(failures > 10);
    print_message("training: %ld failing allocations, each clean\n", failures);
    free(ref_bytes);
    stance_model_free(ref);
}

/* Merging two models and continuing training from a model, with failing allocations. */
static void merge_and_incremental(void **state)
{
    (void)state;
    size_t half = sample_corpus_len / 2;
    stance_model_t *a = train_model(NULL, sample_corpus, half);
    stance_model_t *b = train_model(NULL, sample_corpus + half, sample_corpus_len - half);
    stance_model_t *whole = train_model(NULL, sample_corpus, sample_corpus_len);
    const stance_model_t *parts[2] = {a, b};
    long failures = 0;
    for (long n = 0; n < MAX_STEPS; n++) {
        test_alloc_t t;
        test_alloc_init(&t, n);
        stance_model_t *m = NULL;
        stance_error_t err;
        stance_status_t st = stance_model_merge(&m, parts, 2, &t.alloc, &err);
        if (t.failures == 0) {
            assert_int_equal(st, STANCE_OK);
            t.fail_at = -1;
            assert_same_bytes(m, whole);
            stance_model_free(m);
            assert_int_equal(t.live, 0);
            break;
        }
        failures++;
        expect_clean_failure(st, &err, m, &t);
    }
    assert_true(failures > 3);
    failures = 0;
    for (long n = 0; n < MAX_STEPS; n++) {
        test_alloc_t t;
        test_alloc_init(&t, n);
        stance_trainer_t *tr = NULL;
        stance_error_t err;
        stance_status_t st = stance_trainer_new_from_model(&tr, a, &t.alloc, &err);
        if (st != STANCE_OK) {
            failures++;
            expect_clean_failure(st, &err, tr, &t);
            continue;
        }
        stance_trainer_free(tr);
        assert_int_equal(t.live, 0);
        if (t.failures == 0)
            break;
        failures++;
    }
    assert_true(failures > 3);
    stance_model_free(a);
    stance_model_free(b);
    stance_model_free(whole);
}

/* Classification with explanation: a context whose scratch buffers cannot grow fails
 * cleanly, and the same context then classifies exactly as one that never failed. */
static void classification(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, sample_corpus, sample_corpus_len);
    static const char text[] =
        "We do not seek confrontation, but we will not tolerate provocations near our borders, "
        "and we deeply regret that the talks were suspended without any explanation at all.";
    stance_ctx_t *ref_ctx = NULL;
    assert_int_equal(stance_ctx_new(&ref_ctx, m, NULL, NULL), STANCE_OK);
    stance_result_t ref;
    assert_int_equal(stance_classify(ref_ctx, text, sizeof text - 1, STANCE_EXPLAIN, &ref, NULL),
                     STANCE_OK);
    stance_hit_t ref_hits[5];
    size_t ref_n = 0;
    assert_int_equal(stance_explain(ref_ctx, ref_hits, 5, &ref_n), STANCE_OK);

    long failures = 0;
    for (long n = 0; n < MAX_STEPS; n++) {
        test_alloc_t t;
        test_alloc_init(&t, n);
        stance_ctx_t *ctx = NULL;
        stance_error_t err;
        stance_status_t st = stance_ctx_new(&ctx, m, &t.alloc, &err);
        if (st != STANCE_OK) {
            failures++;
            expect_clean_failure(st, &err, ctx, &t);
            continue;
        }
        stance_result_t res;
        st = stance_classify(ctx, text, sizeof text - 1, STANCE_EXPLAIN, &res, &err);
        if (st != STANCE_OK) {
            expect_nomem(st, &err);
            t.fail_at = -1;
            assert_int_equal(stance_classify(ctx, text, sizeof text - 1, STANCE_EXPLAIN, &res,
                                             &err), STANCE_OK);
        }
        assert_int_equal(res.label, ref.label);
        assert_true(res.confidence == ref.confidence);
        stance_hit_t hits[5];
        size_t hn = 0;
        assert_int_equal(stance_explain(ctx, hits, 5, &hn), STANCE_OK);
        assert_int_equal(hn, ref_n);
        for (size_t i = 0; i < hn; i++) {
            assert_string_equal(hits[i].feature, ref_hits[i].feature);
            assert_true(hits[i].contribution == ref_hits[i].contribution);
        }
        stance_ctx_free(ctx);
        assert_int_equal(t.live, 0);
        if (t.failures == 0)
            break;
        failures++;
    }
    assert_true(failures > 2);
    print_message("classification: %ld failing allocations, each clean\n", failures);
    stance_ctx_free(ref_ctx);
    stance_model_free(m);
}

/* Opens and reads a corpus with the Nth allocation failing, for every N until none fails:
 * NOMEM ends the reading cleanly, and a reading with no failure gives every record. */
static void read_with_failures(const char *path, stance_corpus_format_t format, size_t records)
{
    long failures = 0;
    for (long n = 0; n < MAX_STEPS; n++) {
        test_alloc_t t;
        test_alloc_init(&t, n);
        stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
        o.format = format;
        o.alloc = &t.alloc;
        stance_corpus_t *c = NULL;
        stance_error_t err;
        stance_status_t st = stance_corpus_open(&c, path, &o, &err);
        if (st == STANCE_OK) {
            size_t read = 0;
            for (;;) {
                stance_record_t r;
                int done = 0;
                st = stance_corpus_next(c, &r, &done, &err);
                if (st != STANCE_OK || done)
                    break;
                read++;
            }
            if (st == STANCE_OK)
                assert_int_equal(read, records);
            stance_corpus_close(c);
        } else {
            assert_null(c);
        }
        assert_int_equal(t.live, 0);
        if (t.failures == 0) {
            assert_int_equal(st, STANCE_OK);
            break;
        }
        failures++;
        expect_nomem(st, &err);
    }
    assert_true(failures >= 1);
}

static void corpus_reading(void **state)
{
    (void)state;
    char path[4200];
    snprintf(path, sizeof path, "%s/c.tsv", temp_dir());
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    for (size_t i = 0; i < sample_corpus_len; i++)
        fprintf(fp, "%s\t%s\n", sample_corpus[i].label, sample_corpus[i].text);
    fclose(fp);
    read_with_failures(path, STANCE_CORPUS_TSV, sample_corpus_len);
    remove(path);
}

/* The folder format allocates a list of label folders and of their files when it opens. */
static void folder_corpus_reading(void **state)
{
    (void)state;
    char root[4200], file[4400];
    snprintf(root, sizeof root, "%s", temp_dir());
    static const char *const names[] = {"conciliatory/a.txt", "conciliatory/b.txt",
                                        "hostile/a.txt", "neutral/a.txt"};
    static const char *const folders[] = {"conciliatory", "hostile", "neutral"};
    for (size_t i = 0; i < 3; i++) {
        snprintf(file, sizeof file, "%s/%s", root, folders[i]);
        assert_int_equal(mkdir(file, 0700), 0);
    }
    for (size_t i = 0; i < 4; i++) {
        snprintf(file, sizeof file, "%s/%s", root, names[i]);
        FILE *fp = fopen(file, "wb");
        assert_non_null(fp);
        fputs(sample_corpus[i].text, fp);
        fclose(fp);
    }
    read_with_failures(root, STANCE_CORPUS_DIRS, 4);
    for (size_t i = 0; i < 4; i++) {
        snprintf(file, sizeof file, "%s/%s", root, names[i]);
        remove(file);
    }
    for (size_t i = 0; i < 3; i++) {
        snprintf(file, sizeof file, "%s/%s", root, folders[i]);
        remove(file);
    }
    remove(root);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(model_load),
        cmocka_unit_test(training),
        cmocka_unit_test(merge_and_incremental),
        cmocka_unit_test(classification),
        cmocka_unit_test(corpus_reading),
        cmocka_unit_test(folder_corpus_reading),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
