#define _POSIX_C_SOURCE 200809L
#include "batch.h"

#include <stdlib.h>
#include <string.h>

/* A piece of work: enough statements that taking it costs little next to classifying them,
 * few enough that the threads finish a batch together. */
#define CHUNK_ITEMS 64
#define CHUNK_BYTES ((size_t)64 << 10)

static void *worker_main(void *arg);

bool batch_init(batch_t *b, const stance_model_t *m, unsigned workers, uint32_t flags,
                size_t explain, batch_result_fn fn, void *user)
{
    memset(b, 0, sizeof *b);
    b->model = m;
    b->workers = workers ? workers : 1;
    b->flags = flags | (explain ? STANCE_EXPLAIN : 0);
    b->explain = explain;
    b->frame_weight = STANCE_FRAME_WEIGHT_DEFAULT;
    b->speaker_weight = STANCE_SPEAKER_WEIGHT_DEFAULT;
    b->article_weight = STANCE_ARTICLE_WEIGHT_DEFAULT;
    b->fn = fn;
    b->user = user;
    pthread_mutex_init(&b->mu, NULL);
    pthread_cond_init(&b->work, NULL);
    pthread_cond_init(&b->done, NULL);
    b->live = true;
    b->ctx = calloc(b->workers, sizeof *b->ctx);
    if (!b->ctx) {
        cli_error("out of memory");
        batch_free(b);
        return false;
    }
    for (unsigned w = 0; w < b->workers; w++) {
        stance_error_t err;
        if (stance_ctx_new(&b->ctx[w], m, NULL, &err) != STANCE_OK) {
            cli_error("%s", err.msg);
            batch_free(b);
            return false;
        }
    }
    if (b->workers > 1) {
        b->threads = calloc(b->workers - 1, sizeof *b->threads);
        b->args = calloc(b->workers - 1, sizeof *b->args);
        /* a thread that cannot be had leaves its share to the others */
        for (unsigned t = 0; b->threads && b->args && t < b->workers - 1; t++) {
            b->args[b->n_threads] = (struct batch_worker){b, b->n_threads + 1};
            if (pthread_create(&b->threads[b->n_threads], NULL, worker_main,
                               &b->args[b->n_threads]) == 0)
                b->n_threads++;
        }
    }
    return true;
}

static void buf_free(batch_buf_t *q)
{
    for (size_t i = 0; i < q->n; i++) /* classified, never delivered */
        article_free(q->items[i].article);
    free(q->items);
    free(q->bytes);
    free(q->probs);
    free(q->scores);
    free(q->hits);
    free(q->chunk_end);
    memset(q, 0, sizeof *q);
}

void batch_free(batch_t *b)
{
    if (!b->live)
        return;
    pthread_mutex_lock(&b->mu);
    b->stop = true;
    pthread_cond_broadcast(&b->work);
    pthread_mutex_unlock(&b->mu);
    for (unsigned t = 0; t < b->n_threads; t++)
        pthread_join(b->threads[t], NULL);
    free(b->threads);
    free(b->args);
    for (unsigned w = 0; b->ctx && w < b->workers; w++)
        stance_ctx_free(b->ctx[w]);
    free(b->ctx);
    buf_free(&b->buf[0]);
    buf_free(&b->buf[1]);
    pthread_cond_destroy(&b->work);
    pthread_cond_destroy(&b->done);
    pthread_mutex_destroy(&b->mu);
    memset(b, 0, sizeof *b);
}

/* Classifies items [from, to) of q with one context. */
static void classify_range(const batch_t *b, batch_buf_t *q, stance_ctx_t *ctx, size_t from,
                           size_t to)
{
    const size_t L = stance_model_label_count(b->model);
    for (size_t i = from; i < to; i++) {
        batch_item_t *it = &q->items[i];
        if (it->is_article) {
            article_read(b, ctx, it, q->bytes + it->text_off);
            continue;
        }
        stance_result_t res;
        it->status = stance_classify(ctx, q->bytes + it->text_off, it->meta.text_len, b->flags,
                                     &res, &it->err);
        if (it->status == STANCE_OK)
            batch_keep_result(b, ctx, it, &res, q->probs + i * L, q->scores + i * L,
                              b->explain ? q->hits + i * b->explain : NULL);
    }
}

void batch_keep_result(const batch_t *b, stance_ctx_t *ctx, batch_item_t *it,
                       const stance_result_t *res, double *probs, double *scores,
                       stance_hit_t *hits)
{
    const size_t L = stance_model_label_count(b->model);
    it->label = res->label;
    it->confidence = res->confidence;
    it->n_known = res->n_known;
    memcpy(probs, res->probs, L * sizeof *probs);
    memcpy(scores, res->scores, L * sizeof *scores);
    it->n_hits = 0;
    if (b->explain && stance_explain(ctx, hits, b->explain, &it->n_hits) != STANCE_OK)
        it->n_hits = 0;
}

/* The queued batch with a piece of work left, the oldest first; NULL when none has. With mu
 * held. */
static batch_buf_t *open_job(const batch_t *b)
{
    for (int k = 0; k < 2; k++)
        if (b->jobs[k] && b->jobs[k]->next_chunk < b->jobs[k]->n_chunks)
            return b->jobs[k];
    return NULL;
}

/* Classifies one piece of q; with mu held on entry and exit. */
static void take_chunk(batch_t *b, batch_buf_t *q, stance_ctx_t *ctx)
{
    size_t c = q->next_chunk++;
    pthread_mutex_unlock(&b->mu);
    classify_range(b, q, ctx, c ? q->chunk_end[c - 1] : 0, q->chunk_end[c]);
    pthread_mutex_lock(&b->mu);
    if (++q->chunks_done == q->n_chunks)
        pthread_cond_broadcast(&b->done);
}

static void *worker_main(void *arg)
{
    const struct batch_worker *w = arg;
    batch_t *b = w->b;
    stance_ctx_t *ctx = b->ctx[w->ctx];
    pthread_mutex_lock(&b->mu);
    for (;;) {
        batch_buf_t *q;
        while (!b->stop && !(q = open_job(b)))
            pthread_cond_wait(&b->work, &b->mu);
        if (b->stop)
            break;
        take_chunk(b, q, ctx);
    }
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

/* Room for the results of q, and its division into pieces. */
static bool prepare(batch_t *b, batch_buf_t *q)
{
    const size_t L = stance_model_label_count(b->model), per = b->explain ? b->explain : 1;
    if (q->results_cap < q->n) {
        size_t cap = q->results_cap;
        if (!cli_grow((void **)&q->probs, &cap, q->n, L * sizeof *q->probs))
            return false;
        cap = q->results_cap;
        if (!cli_grow((void **)&q->scores, &cap, q->n, L * sizeof *q->scores))
            return false;
        cap = q->results_cap;
        if (!cli_grow((void **)&q->hits, &cap, q->n, per * sizeof *q->hits))
            return false;
        q->results_cap = cap;
    }
    q->n_chunks = q->next_chunk = q->chunks_done = 0;
    size_t items = 0, bytes = 0;
    for (size_t i = 0; i < q->n; i++) {
        items++;
        bytes += q->items[i].meta.text_len;
        if (items == CHUNK_ITEMS || bytes >= CHUNK_BYTES || i + 1 == q->n) {
            if (!cli_grow((void **)&q->chunk_end, &q->chunks_cap, q->n_chunks + 1,
                      sizeof *q->chunk_end))
                return false;
            q->chunk_end[q->n_chunks++] = i + 1;
            items = bytes = 0;
        }
    }
    return true;
}

/* Hands one classified statement to the caller's function, or says why it failed. */
static void deliver_one(batch_t *b, batch_item_t *it, double *probs, double *scores,
                        const stance_hit_t *hits)
{
    if (it->status != STANCE_OK) {
        cli_error("%s:%llu: %s", it->meta.file, (unsigned long long)it->meta.line, it->err.msg);
        b->failures++;
        return;
    }
    const stance_result_t res = {.label = it->label, .confidence = it->confidence,
                                 .n_labels = stance_model_label_count(b->model), .probs = probs,
                                 .scores = scores, .n_known = it->n_known};
    b->fn(b->user, it, &res, hits, it->n_hits);
}

/* An article, to the caller's function, then its quotations, each as a statement. */
static void deliver_article(batch_t *b, batch_item_t *it)
{
    b->article_fn(b->user, it);
    article_t *a = it->article;
    if (!a || a->lone_cr != SIZE_MAX || a->status != STANCE_OK) {
        b->failures++; /* said by article_fn */
        return;
    }
    const size_t L = stance_model_label_count(b->model);
    for (size_t k = 0; k < a->n_rows; k++)
        deliver_one(b, &a->rows[k], a->probs + k * L, a->scores + k * L,
                    a->hits ? a->hits + k * b->explain : NULL);
}

/* Hands each statement of q to the caller's function in order, and empties q. */
static void deliver(batch_t *b, batch_buf_t *q)
{
    const size_t L = stance_model_label_count(b->model), per = b->explain ? b->explain : 1;
    for (size_t i = 0; i < q->n; i++) {
        batch_item_t *it = &q->items[i];
        it->meta.text = q->bytes + it->text_off;
        if (it->is_article) {
            deliver_article(b, it);
            article_free(it->article);
            it->article = NULL;
            continue;
        }
        if (it->meta.speaker)
            it->meta.speaker = q->bytes + it->speaker_off;
        deliver_one(b, it, q->probs + i * L, q->scores + i * L, q->hits + i * per);
    }
    q->n = q->used = 0;
}

/* Waits until q, the oldest batch with the workers, is classified, taking pieces of it
 * meanwhile, and takes it off the queue. While the workers finish their last pieces of q,
 * this thread takes pieces of the batch queued behind it instead of waiting: half a piece
 * per batch, idle, was 2% of a run with two threads. */
static void finish_job(batch_t *b, batch_buf_t *q)
{
    pthread_mutex_lock(&b->mu);
    while (q->next_chunk < q->n_chunks)
        take_chunk(b, q, b->ctx[0]);
    while (q->chunks_done < q->n_chunks) {
        batch_buf_t *next = open_job(b);
        if (next)
            take_chunk(b, next, b->ctx[0]);
        else
            pthread_cond_wait(&b->done, &b->mu);
    }
    b->jobs[0] = b->jobs[1];
    b->jobs[1] = NULL;
    pthread_mutex_unlock(&b->mu);
}

/* The filled batch goes to the workers, behind the one they have; that one is finished and
 * delivered meanwhile. */
static bool rotate(batch_t *b)
{
    batch_buf_t *full = &b->buf[b->filling], *prev = &b->buf[!b->filling];
    if (full->n && !prepare(b, full)) {
        cli_error("out of memory");
        if (b->in_flight) { /* what is with the workers is still delivered */
            finish_job(b, prev);
            deliver(b, prev);
            b->in_flight = false;
        }
        return false;
    }
    if (b->n_threads == 0) { /* one thread: no one to overlap with */
        if (full->n)
            classify_range(b, full, b->ctx[0], 0, full->n);
        deliver(b, full);
        return true;
    }
    if (full->n) {
        pthread_mutex_lock(&b->mu);
        b->jobs[b->jobs[0] ? 1 : 0] = full;
        pthread_cond_broadcast(&b->work);
        pthread_mutex_unlock(&b->mu);
    }
    if (b->in_flight) {
        finish_job(b, prev);
        deliver(b, prev);
    }
    b->in_flight = full->n > 0;
    b->filling = !b->filling;
    return true;
}

/* Room in the batch being filled for one more item of `bytes` bytes; NULL when out of
 * memory (said). */
static batch_item_t *add_item(batch_t *b, const out_item_t *meta, size_t bytes)
{
    batch_buf_t *q = &b->buf[b->filling];
    if (!cli_grow((void **)&q->items, &q->cap, q->n + 1, sizeof *q->items) ||
        !cli_grow((void **)&q->bytes, &q->bytes_cap, q->used + bytes + 1, 1)) {
        cli_error("out of memory");
        return NULL;
    }
    batch_item_t *it = &q->items[q->n++];
    memset(it, 0, sizeof *it);
    it->meta = *meta;
    it->text_off = q->used;
    memcpy(q->bytes + q->used, meta->text, meta->text_len);
    q->used += meta->text_len;
    return it;
}

/* The batch goes to the workers when full. */
static bool added(batch_t *b)
{
    const batch_buf_t *q = &b->buf[b->filling];
    if (q->n >= BATCH_ITEMS || q->used >= BATCH_BYTES)
        return rotate(b);
    return true;
}

bool batch_add(batch_t *b, const out_item_t *meta, uint64_t tag)
{
    batch_item_t *it = add_item(b, meta, meta->text_len + meta->speaker_len);
    if (!it)
        return false;
    batch_buf_t *q = &b->buf[b->filling];
    it->tag = tag;
    it->speaker_off = q->used;
    if (meta->speaker) {
        memcpy(q->bytes + q->used, meta->speaker, meta->speaker_len);
        q->used += meta->speaker_len;
    }
    return added(b);
}

bool batch_add_article(batch_t *b, const out_item_t *meta)
{
    batch_item_t *it = add_item(b, meta, meta->text_len);
    if (!it)
        return false;
    it->is_article = true;
    return added(b);
}

size_t batch_flush(batch_t *b)
{
    if (b->buf[b->filling].n || b->in_flight) {
        if (!rotate(b)) { /* out of memory: what was added is lost, and said so */
            b->failures += b->buf[b->filling].n;
            b->buf[b->filling].n = b->buf[b->filling].used = 0;
        }
        if (b->in_flight) {
            finish_job(b, &b->buf[!b->filling]);
            deliver(b, &b->buf[!b->filling]);
            b->in_flight = false;
        }
    }
    size_t failed = b->failures;
    b->failures = 0;
    return failed;
}
