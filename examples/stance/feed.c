#define _POSIX_C_SOURCE 200809L
#include "feed.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define BATCH 8192

typedef struct job {
    stance_cv_t *cv;
    const stmt_t *s;
    const uint32_t *fold;
    uint64_t seq;            /* of s[0] */
    size_t from, to;
    stance_status_t *status; /* per statement of the batch */
    stance_error_t *errs;
    bool *featureless;       /* per statement: its text gave no feature */
} job_t;

static void *add_range(void *arg)
{
    job_t *j = arg;
    for (size_t i = j->from; i < j->to; i++) {
        if (j->status[i] != STANCE_OK) /* refused when its fold was assigned */
            continue;
        const stmt_t *s = &j->s[i];
        const uint64_t before = stance_cv_featureless(j->cv);
        j->status[i] = stance_cv_add(j->cv, s->label, s->label_len, s->text, s->text_len,
                                     j->fold[i], j->seq + i, 0, &j->errs[i]);
        j->featureless[i] = stance_cv_featureless(j->cv) != before;
    }
    return NULL;
}

static bool make_cv(const feed_t *f, bool with_base, stance_cv_t **out)
{
    stance_cv_opts_t o = STANCE_CV_OPTS_INIT;
    o.train = f->tc->opts;
    o.folds = f->k;
    o.seed = f->seed;
    o.flags = f->counts_only ? STANCE_CV_COUNTS_ONLY : 0;
    if (f->base && with_base)
        o.base = f->base;
    else if (f->base) /* a thread's share: the base's settings, not its counts (added once) */
        stance_model_settings(f->base, &o.train.settings);
    stance_error_t err;
    if (stance_cv_new(out, &o, &err) != STANCE_OK) {
        cli_error("%s", err.msg);
        return false;
    }
    return true;
}

typedef struct feeding {
    feed_t *f;
    stance_cv_t **workers; /* workers[0] is f->cv */
    unsigned n_workers;
    uint64_t seq;
    stmts_t batch;
    uint32_t fold[BATCH];
    stance_status_t status[BATCH];
    stance_error_t errs[BATCH];
    bool featureless[BATCH];
} feeding_t;

/* Gives the batch's statements their folds, in reading order. */
static bool assign(feeding_t *g)
{
    feed_t *f = g->f;
    for (size_t i = 0; i < g->batch.n; i++) {
        const stmt_t *s = &g->batch.items[i];
        g->status[i] = STANCE_OK;
        if (f->folds) {
            if (g->seq + i >= f->n_folds) {
                cli_error("%s has %zu fold numbers for more statements (%s:%llu is statement "
                          "%llu)",
                          f->folds_path, f->n_folds, s->file, (unsigned long long)s->line,
                          (unsigned long long)(g->seq + i + 1));
                return false;
            }
            g->fold[i] = f->folds[g->seq + i];
        } else {
            g->status[i] = stance_cv_assign_fold(f->cv, s->label, s->label_len, &g->fold[i],
                                                 &g->errs[i]);
        }
    }
    return true;
}

/* Adds the batch on every worker, each a contiguous share, and reports refusals in order. */
static bool add_batch(feeding_t *g)
{
    const size_t n = g->batch.n;
    unsigned workers = g->n_workers < n ? g->n_workers : (unsigned)(n ? n : 1);
    job_t *jobs = calloc(workers, sizeof *jobs);
    pthread_t *th = calloc(workers, sizeof *th);
    bool *started = calloc(workers, sizeof *started);
    if (!jobs || !th || !started) {
        free(jobs);
        free(th);
        free(started);
        cli_error("out of memory");
        return false;
    }
    size_t per = (n + workers - 1) / workers;
    for (unsigned w = 0; w < workers; w++) {
        size_t from = w * per < n ? w * per : n, to = from + per < n ? from + per : n;
        jobs[w] = (job_t){g->workers[w], g->batch.items, g->fold, g->seq, from, to,
                          g->status, g->errs, g->featureless};
        if (w > 0)
            started[w] = pthread_create(&th[w], NULL, add_range, &jobs[w]) == 0;
    }
    add_range(&jobs[0]);
    for (unsigned w = 1; w < workers; w++) {
        if (started[w])
            pthread_join(th[w], NULL);
        else
            add_range(&jobs[w]); /* no thread to be had: done here, same result */
    }
    free(jobs);
    free(th);
    free(started);
    feed_t *f = g->f;
    for (size_t i = 0; i < n; i++) {
        const stmt_t *s = &g->batch.items[i];
        if (g->status[i] == STANCE_OK) {
            const size_t known = f->labels.n;
            const size_t l = label_set_index(&f->labels, s->label, s->label_len);
            if (l != SIZE_MAX && f->labels.n > known) { /* met first here */
                size_t need = strlen(s->file) + 24;
                if ((f->label_at[l] = malloc(need)))
                    snprintf(f->label_at[l], need, "%s:%llu", s->file,
                             (unsigned long long)s->line);
            }
            if (g->featureless[i] && !f->featureless_line) { /* the first, for the warning */
                f->featureless_line = s->line;
                snprintf(f->featureless_at, sizeof f->featureless_at, "%s:%llu", s->file,
                         (unsigned long long)s->line);
            }
            continue;
        }
        if (f->tc->skip_bad && g->status[i] != STANCE_E_NOMEM) {
            char msg[sizeof g->errs[i].msg + 64];
            snprintf(msg, sizeof msg, "%s:%llu: %s", s->file, (unsigned long long)s->line,
                     g->errs[i].msg);
            cli_skipped(msg, ++f->stats.skipped);
            continue;
        }
        cli_error("%s:%llu: %s", s->file, (unsigned long long)s->line, g->errs[i].msg);
        return false;
    }
    return true;
}

static bool feed_file(feeding_t *g, const char *path)
{
    feed_t *f = g->f;
    stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
    o.format = f->tc->format;
    stance_corpus_t *c = NULL;
    stance_error_t err;
    if (stance_corpus_open(&c, path, &o, &err) != STANCE_OK) {
        cli_error("%s", err.msg);
        return false;
    }
    bool ok = true, eof = false;
    uint64_t pos = 0;
    while (ok && !eof) {
        stmts_clear(&g->batch);
        ok = stmts_read(&g->batch, c, BATCH, f->tc->skip_bad, &f->stats.skipped, &pos, &eof);
        stmts_seal(&g->batch);
        ok = ok && assign(g) && add_batch(g);
        g->seq += g->batch.n;
        f->stats.statements += g->batch.n;
        progress_show(&f->progress, pos, f->stats.statements);
    }
    progress_next_input(&f->progress, pos);
    stance_corpus_close(c);
    return ok;
}

bool feed_corpora(feed_t *f, char **paths, int n_paths)
{
    f->stats.started = cli_now();
    progress_start(&f->progress, f->tc->quiet, paths, n_paths);
    f->progress.doing = "reading";
    if (!make_cv(f, true, &f->cv))
        return false;
    feeding_t *g = calloc(1, sizeof *g);
    unsigned n = f->tc->jobs ? f->tc->jobs : 1;
    bool ok = g && (g->workers = calloc(n, sizeof *g->workers));
    if (!ok)
        cli_error("out of memory");
    if (ok) {
        g->f = f;
        g->n_workers = n;
        g->workers[0] = f->cv;
        for (unsigned w = 1; ok && w < n; w++)
            ok = make_cv(f, false, &g->workers[w]);
    }
    for (int p = 0; ok && p < n_paths; p++)
        ok = feed_file(g, paths[p]);
    progress_end(&f->progress);
    if (ok && g->seq == 0 && !f->base) { /* continuing a base, nothing new is a choice */
        cli_no_statements((const char *const *)paths, (size_t)n_paths, f->stats.skipped);
        ok = false;
    }
    if (ok && f->folds && g->seq != f->n_folds) {
        cli_error("%s has %zu fold numbers for %llu statements", f->folds_path, f->n_folds,
                  (unsigned long long)g->seq);
        ok = false;
    }
    stance_error_t err;
    for (unsigned w = 1; g && g->workers && w < g->n_workers; w++) {
        if (ok && g->workers[w] && stance_cv_merge(f->cv, g->workers[w], &err) != STANCE_OK) {
            cli_error("%s", err.msg);
            ok = false;
        }
        stance_cv_free(g->workers[w]);
    }
    if (g) {
        stmts_free(&g->batch);
        free(g->workers);
    }
    free(g);
    const uint64_t featureless = ok ? stance_cv_featureless(f->cv) : 0;
    if (featureless) /* used, not skipped: a warning, not a failure */
        cli_warn("%llu of %llu statements gave no feature, so they count only toward their "
                 "label's share: symbols alone, or only tokens longer than max_token_bytes (a "
                 "URL; a line in a script written without spaces, such as Thai, is one token); "
                 "the first is %s",
                 (unsigned long long)featureless,
                 (unsigned long long)stance_cv_statements(f->cv), f->featureless_at);
    return ok;
}

bool feed_calibrate(feed_t *f, double *t)
{
    stance_error_t err;
    stance_status_t st = stance_cv_run(f->cv, &err);
    if (st == STANCE_OK)
        st = stance_cv_calibration(f->cv, STANCE_FOLD_NONE, t, &err);
    *t = st == STANCE_OK ? *t : 0.0;
    if (st == STANCE_E_EMPTY)
        cli_warn("calibration skipped: %s; the model's probabilities are as trained: check them "
                 "with 'stance eval' before relying on them (a few dozen statements make "
                 "unsteady ones)",
                 err.msg);
    else if (st != STANCE_OK)
        cli_error("calibration: %s", err.msg);
    return st == STANCE_OK || st == STANCE_E_EMPTY;
}

void feed_free(feed_t *f)
{
    stance_cv_free(f->cv);
    f->cv = NULL;
    for (size_t l = 0; l < f->labels.n; l++) {
        free(f->label_at[l]);
        f->label_at[l] = NULL;
    }
    label_set_free(&f->labels);
}

const char *feed_label_at(const feed_t *f, const char *label)
{
    for (size_t l = 0; l < f->labels.n; l++)
        if (strcmp(f->labels.names[l], label) == 0)
            return f->label_at[l];
    return NULL;
}
