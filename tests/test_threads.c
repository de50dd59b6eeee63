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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(eight_threads_agree_with_one),
    };
    return cmocka_run_group_tests_name("threads", tests, NULL, NULL);
}
