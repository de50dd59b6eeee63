/* One model shared by 8 threads, each with its own context, gives the single-thread answers. */
#include "testutil.h"

#include <pthread.h>
#include <string.h>

#define THREADS 8
#define ROUNDS 200

static const char *const texts[] = {
    "We regret to note Tokyo's unfriendly course.",
    "We deeply regret that talks were suspended and hope to resume them soon.",
    "A rather unfriendly stance.",
    "Our door remains open; we do not seek confrontation.",
    "Thank you for your hospitality, my friend!",
    "They will regret this provocation.",
    "\xE6\x97\xA5\xE6\x9C\xAC\xE3\x81\xAE\xE9\xA6\x96\xE7\x9B\xB8",
    "",
};
#define N_TEXTS (sizeof texts / sizeof texts[0])

typedef struct job {
    const stance_model_t *model;
    size_t labels[N_TEXTS];
    double probs[N_TEXTS];
    int failed;
} job_t;

static void *worker(void *arg)
{
    job_t *job = arg;
    stance_ctx_t *ctx = NULL;
    if (stance_ctx_new(&ctx, job->model, NULL, NULL) != STANCE_OK) {
        job->failed = 1;
        return NULL;
    }
    for (int r = 0; r < ROUNDS; r++)
        for (size_t i = 0; i < N_TEXTS; i++) {
            stance_result_t res;
            if (stance_classify(ctx, texts[i], strlen(texts[i]), STANCE_EXPLAIN, &res, NULL) !=
                STANCE_OK) {
                job->failed = 1;
                break;
            }
            if (r == 0) {
                job->labels[i] = res.label;
                job->probs[i] = res.confidence;
            } else if (job->labels[i] != res.label || job->probs[i] != res.confidence) {
                job->failed = 1;
            }
        }
    stance_ctx_free(ctx);
    return NULL;
}

static void eight_threads_agree_with_one(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, sample_corpus, sample_corpus_len);
    job_t single = {.model = m};
    worker(&single);
    assert_false(single.failed);
    job_t jobs[THREADS];
    pthread_t th[THREADS];
    for (int t = 0; t < THREADS; t++) {
        memset(&jobs[t], 0, sizeof jobs[t]);
        jobs[t].model = m;
        assert_int_equal(pthread_create(&th[t], NULL, worker, &jobs[t]), 0);
    }
    for (int t = 0; t < THREADS; t++) {
        assert_int_equal(pthread_join(th[t], NULL), 0);
        assert_false(jobs[t].failed);
        for (size_t i = 0; i < N_TEXTS; i++) {
            assert_int_equal(jobs[t].labels[i], single.labels[i]);
            assert_true(jobs[t].probs[i] == single.probs[i]);
        }
    }
    stance_model_free(m);
}

/* stance.h promises that quote attribution allocates nothing and needs about 50 KB of stack:
 * it must run in a thread of 64 KB, on a text that reaches its deepest paths (a transcript
 * with an interviewer, prose, a roundup). Sanitizers enlarge every frame, so there the
 * thread gets more room and the test only checks the result. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
#define SANITIZED 1
#endif
#endif
#ifndef SANITIZED
#define SANITIZED 0
#endif

static const char stack_text[] =
    "Minister Ivo Ranst\xE2\x80\x99s interview for Weekend News with Petra Lind, May 2\n\n"
    "\xE2\x80\x9CWe will not bow,\xE2\x80\x9D said Foreign Minister Ana Duarte, adding that "
    "the talks, which she called \xE2\x80\x9C" "frank,\xE2\x80\x9D would go on. Asked whether "
    "Mr. Dane had erred, she said: \xE2\x80\x9CNo.\xE2\x80\x9D\n\n"
    "\xE2\x80\x9C" "Dialogue is the way\xE2\x80\x9D \xE2\x80\x94 Premier Omar Rashid\n\n"
    "Question: Was the speech written in your office?\n\n"
    "Ivo Ranst: I cannot imagine that. It was his own.\n\n"
    "Question: So the ideas are his?\n\n"
    "Ivo Ranst: They have been brewing for years.\n";

typedef struct stack_job {
    size_t count;
    stance_status_t status;
} stack_job_t;

static void *attribute_in_thread(void *arg)
{
    stack_job_t *job = arg;
    static stance_quotation_t q[32]; /* the caller's array, not the library's stack */
    stance_quotes_opts_t o = STANCE_QUOTES_OPTS_INIT;
    stance_error_t err;
    job->status = stance_quotes_attribute(stack_text, sizeof stack_text - 1, &o, q, 32,
                                          &job->count, &err);
    return NULL;
}

static void quotes_fit_in_a_small_stack(void **state)
{
    (void)state;
    stack_job_t reference = {0, STANCE_OK};
    attribute_in_thread(&reference);
    assert_int_equal(reference.status, STANCE_OK);
    assert_true(reference.count >= 7);
    pthread_attr_t attr;
    assert_int_equal(pthread_attr_init(&attr), 0);
    assert_int_equal(pthread_attr_setstacksize(&attr, SANITIZED ? (size_t)4 << 20 : 64 << 10), 0);
    stack_job_t job = {0, STANCE_E_INVALID_ARG};
    pthread_t th;
    assert_int_equal(pthread_create(&th, &attr, attribute_in_thread, &job), 0);
    assert_int_equal(pthread_join(th, NULL), 0);
    pthread_attr_destroy(&attr);
    assert_int_equal(job.status, STANCE_OK);
    assert_int_equal(job.count, reference.count);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(eight_threads_agree_with_one),
        cmocka_unit_test(quotes_fit_in_a_small_stack),
    };
    return cmocka_run_group_tests_name("threads", tests, NULL, NULL);
}
