#define _POSIX_C_SOURCE 200809L
#include "folds.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct add_job {
    stance_trainer_t **trainers;
    unsigned k, workers, me;
    const stmt_t *s;
    size_t n;
    stance_status_t *status;
    stance_error_t *errs;
} add_job_t;

static void *add_worker(void *arg)
{
    add_job_t *j = arg;
    for (size_t i = 0; i < j->n; i++) {
        const stmt_t *s = &j->s[i];
        if (s->fold % j->workers != j->me)
            continue;
        j->status[i] = stance_trainer_add(j->trainers[s->fold], s->label, s->label_len, s->text,
                                          s->text_len, 0, &j->errs[i]);
    }
    return NULL;
}

/* Runs fn(job_i) for workers jobs, on threads where possible. */
static void run_parallel(void *(*fn)(void *), void *jobs, size_t job_size, unsigned workers)
{
    pthread_t th[256];
    bool started[256] = {false};
    if (workers > 256)
        workers = 256;
    for (unsigned w = 1; w < workers; w++)
        started[w] = pthread_create(&th[w], NULL, fn, (char *)jobs + w * job_size) == 0;
    fn(jobs);
    for (unsigned w = 1; w < workers; w++) {
        if (started[w])
            pthread_join(th[w], NULL);
        else
            fn((char *)jobs + w * job_size);
    }
}

bool folds_add(stance_trainer_t **trainers, unsigned k, const stmt_t *s, size_t n,
               unsigned workers, bool skip_bad, uint64_t *skipped)
{
    if (workers > k)
        workers = k;
    if (workers == 0)
        workers = 1;
    stance_status_t *status = calloc(n ? n : 1, sizeof *status);
    stance_error_t *errs = calloc(n ? n : 1, sizeof *errs);
    add_job_t jobs[256];
    if (!status || !errs) {
        free(status);
        free(errs);
        cli_error("out of memory");
        return false;
    }
    for (unsigned w = 0; w < workers && w < 256; w++)
        jobs[w] = (add_job_t){trainers, k, workers, w, s, n, status, errs};
    run_parallel(add_worker, jobs, sizeof jobs[0], workers);
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        if (status[i] == STANCE_OK)
            continue;
        if (skip_bad && status[i] != STANCE_E_NOMEM) {
            (*skipped)++;
            continue;
        }
        cli_error("%s:%llu: %s", s[i].file, (unsigned long long)s[i].line, errs[i].msg);
        ok = false;
    }
    free(status);
    free(errs);
    return ok;
}

bool folds_build(stance_model_t **models, stance_trainer_t **trainers, unsigned k)
{
    for (unsigned f = 0; f < k; f++) {
        models[f] = NULL;
        if (stance_trainer_statements(trainers[f]) == 0)
            continue;
        stance_error_t err;
        if (stance_trainer_build(&models[f], trainers[f], &err) != STANCE_OK) {
            cli_error("%s", err.msg);
            return false;
        }
    }
    return true;
}

stance_model_t *folds_merge(stance_model_t **models, unsigned k, unsigned leave_out,
                            const stance_model_t *base, uint64_t min_count)
{
    const stance_model_t *parts[STANCE_MAX_LABELS + 1];
    size_t n = 0;
    if (base)
        parts[n++] = base;
    for (unsigned f = 0; f < k && n < sizeof parts / sizeof parts[0]; f++)
        if (f != leave_out && models[f])
            parts[n++] = models[f];
    if (n == 0) {
        cli_error("no statements to train on");
        return NULL;
    }
    stance_model_t *merged = NULL, *pruned = NULL;
    stance_error_t err;
    if (stance_model_merge(&merged, parts, n, NULL, &err) != STANCE_OK) {
        cli_error("%s", err.msg);
        return NULL;
    }
    if (min_count <= 1)
        return merged;
    stance_status_t st = stance_model_prune(&pruned, merged, min_count, NULL, &err);
    stance_model_free(merged);
    if (st != STANCE_OK) {
        cli_error("%s", err.msg);
        return NULL;
    }
    return pruned;
}

size_t label_set_index(label_set_t *ls, const char *name, size_t len)
{
    for (size_t i = 0; i < ls->n; i++)
        if (strlen(ls->names[i]) == len && memcmp(ls->names[i], name, len) == 0)
            return i;
    if (ls->n == STANCE_MAX_LABELS)
        return SIZE_MAX;
    char *copy = malloc(len + 1);
    if (!copy)
        return SIZE_MAX;
    memcpy(copy, name, len);
    copy[len] = '\0';
    ls->names[ls->n] = copy;
    return ls->n++;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void label_set_sort(label_set_t *ls)
{
    qsort(ls->names, ls->n, sizeof ls->names[0], cmp_names);
}

void label_set_free(label_set_t *ls)
{
    for (size_t i = 0; i < ls->n; i++)
        free(ls->names[i]);
    ls->n = 0;
}

typedef struct score_job {
    stance_model_t **models;
    unsigned k;
    const stmt_t *s;
    size_t from, to;
    const label_set_t *ls;
    double *scores;
    bool ok;
    char msg[400]; /* "file:line: " + the library's message */
} score_job_t;

/* Scores the job's statements of fold f with models[f]: one context per fold and worker, so
 * a context's word cache serves a whole fold. */
static bool score_fold(score_job_t *j, unsigned f)
{
    const stance_model_t *m = j->models[f];
    stance_ctx_t *ctx = NULL;
    size_t map[STANCE_MAX_LABELS];
    stance_error_t err;
    for (size_t i = j->from; i < j->to; i++) {
        if (j->s[i].fold != f)
            continue;
        double *row = j->scores + i * j->ls->n;
        for (size_t c = 0; c < j->ls->n; c++)
            row[c] = -INFINITY;
        if (!m)
            continue;
        if (!ctx) {
            if (stance_ctx_new(&ctx, m, NULL, &err) != STANCE_OK) {
                snprintf(j->msg, sizeof j->msg, "%s", err.msg);
                return false;
            }
            for (size_t c = 0; c < stance_model_label_count(m); c++) {
                const char *name = stance_model_label(m, c);
                map[c] = SIZE_MAX;
                for (size_t g = 0; g < j->ls->n; g++)
                    if (strcmp(j->ls->names[g], name) == 0)
                        map[c] = g;
            }
        }
        stance_result_t res;
        if (stance_classify(ctx, j->s[i].text, j->s[i].text_len, 0, &res, &err) != STANCE_OK) {
            snprintf(j->msg, sizeof j->msg, "%.100s:%llu: %s", j->s[i].file,
                     (unsigned long long)j->s[i].line, err.msg);
            stance_ctx_free(ctx);
            return false;
        }
        for (size_t c = 0; c < res.n_labels; c++)
            if (map[c] != SIZE_MAX)
                row[map[c]] = res.scores[c];
    }
    stance_ctx_free(ctx);
    return true;
}

static void *score_worker(void *arg)
{
    score_job_t *j = arg;
    j->ok = true;
    for (unsigned f = 0; f < j->k && j->ok; f++)
        j->ok = score_fold(j, f);
    return NULL;
}

bool folds_score(stance_model_t **models, unsigned k, const stmt_t *s, size_t n,
                 const label_set_t *ls, unsigned workers, double *scores)
{
    if (workers == 0)
        workers = 1;
    if (workers > 256)
        workers = 256;
    score_job_t *jobs = calloc(workers, sizeof *jobs);
    if (!jobs) {
        cli_error("out of memory");
        return false;
    }
    size_t per = (n + workers - 1) / workers;
    for (unsigned w = 0; w < workers; w++) {
        size_t from = w * per < n ? w * per : n, to = (w + 1) * per < n ? (w + 1) * per : n;
        jobs[w] = (score_job_t){models, k, s, from, to, ls, scores, true, ""};
    }
    run_parallel(score_worker, jobs, sizeof jobs[0], workers);
    bool ok = true;
    for (unsigned w = 0; w < workers; w++)
        if (!jobs[w].ok) {
            cli_error("%s", jobs[w].msg);
            ok = false;
        }
    free(jobs);
    return ok;
}

void softmax_row(const double *scores, size_t L, double t, double *probs)
{
    double top = -INFINITY, sum = 0;
    for (size_t c = 0; c < L; c++)
        if (scores[c] > top)
            top = scores[c];
    for (size_t c = 0; c < L; c++) {
        probs[c] = isfinite(scores[c]) ? exp((scores[c] - top) / t) : 0.0;
        sum += probs[c];
    }
    for (size_t c = 0; c < L; c++)
        probs[c] = sum > 0 ? probs[c] / sum : 1.0 / (double)L;
}
