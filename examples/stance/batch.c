#define _POSIX_C_SOURCE 200809L
#include "batch.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

bool batch_init(batch_t *b, const stance_model_t *m, unsigned workers, uint32_t flags,
                size_t explain)
{
    memset(b, 0, sizeof *b);
    b->model = m;
    b->workers = workers ? workers : 1;
    b->flags = flags | (explain ? STANCE_EXPLAIN : 0);
    b->explain = explain;
    b->frame_weight = STANCE_FRAME_WEIGHT_DEFAULT;
    b->ctx = calloc(b->workers, sizeof *b->ctx);
    if (!b->ctx)
        return false;
    for (unsigned w = 0; w < b->workers; w++) {
        stance_error_t err;
        if (stance_ctx_new(&b->ctx[w], m, NULL, &err) != STANCE_OK) {
            cli_error("%s", err.msg);
            return false;
        }
    }
    return true;
}

void batch_free(batch_t *b)
{
    for (unsigned w = 0; b->ctx && w < b->workers; w++)
        stance_ctx_free(b->ctx[w]);
    free(b->ctx);
    free(b->items);
    free(b->bytes);
    free(b->probs);
    free(b->scores);
    free(b->hits);
    memset(b, 0, sizeof *b);
}

static bool grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    void *q = realloc(*p, n * elem);
    if (!q)
        return false;
    *p = q;
    *cap = n;
    return true;
}

bool batch_add(batch_t *b, const out_item_t *meta, uint64_t tag)
{
    size_t need = b->used + meta->text_len + 1 + meta->more_len + meta->speaker_len;
    if (!grow((void **)&b->items, &b->cap, b->n + 1, sizeof *b->items) ||
        !grow((void **)&b->bytes, &b->bytes_cap, need + 1, 1))
        return false;
    batch_item_t *it = &b->items[b->n++];
    memset(it, 0, sizeof *it);
    it->meta = *meta;
    it->tag = tag;
    it->text_off = b->used;
    memcpy(b->bytes + b->used, meta->text, meta->text_len);
    b->used += meta->text_len;
    if (meta->more) { /* a split quotation is shown as one statement, as it is classified */
        b->bytes[b->used++] = ' ';
        memcpy(b->bytes + b->used, meta->more, meta->more_len);
        b->used += meta->more_len;
        it->meta.text_len += 1 + meta->more_len;
    }
    it->speaker_off = b->used;
    if (meta->speaker) {
        memcpy(b->bytes + b->used, meta->speaker, meta->speaker_len);
        b->used += meta->speaker_len;
    }
    return true;
}

bool batch_full(const batch_t *b)
{
    return b->n >= BATCH_ITEMS || b->used >= BATCH_BYTES;
}

typedef struct work {
    batch_t *b;
    unsigned worker;
    size_t from, to;
} work_t;

static void *classify_range(void *arg)
{
    work_t *w = arg;
    batch_t *b = w->b;
    size_t L = stance_model_label_count(b->model);
    stance_ctx_t *ctx = b->ctx[w->worker];
    for (size_t i = w->from; i < w->to; i++) {
        batch_item_t *it = &b->items[i];
        stance_result_t res;
        if (it->meta.article) /* a quotation, with its reporting frame */
            it->status = stance_classify_quotation(ctx, it->meta.article, it->meta.article_len,
                                                   &it->meta.quotation, b->flags,
                                                   b->frame_weight, &res, &it->err);
        else
            it->status = stance_classify(ctx, b->bytes + it->text_off, it->meta.text_len,
                                         b->flags, &res, &it->err);
        if (it->status != STANCE_OK)
            continue;
        it->label = res.label;
        it->confidence = res.confidence;
        it->n_known = res.n_known;
        memcpy(b->probs + i * L, res.probs, L * sizeof *b->probs);
        memcpy(b->scores + i * L, res.scores, L * sizeof *b->scores);
        if (b->explain &&
            stance_explain(ctx, b->hits + i * b->explain, b->explain, &it->n_hits) != STANCE_OK)
            it->n_hits = 0;
    }
    return NULL;
}

size_t batch_flush(batch_t *b, batch_result_fn fn, void *user)
{
    if (b->n == 0)
        return 0;
    size_t L = stance_model_label_count(b->model), failed = 0;
    unsigned workers = b->workers < b->n ? b->workers : (unsigned)b->n;
    work_t *work = calloc(workers, sizeof *work);
    pthread_t *th = calloc(workers, sizeof *th);
    if (b->results_cap < b->n) {
        free(b->probs);
        free(b->scores);
        free(b->hits);
        b->probs = calloc(b->n * L, sizeof *b->probs);
        b->scores = calloc(b->n * L, sizeof *b->scores);
        b->hits = calloc(b->n * (b->explain ? b->explain : 1), sizeof *b->hits);
        b->results_cap = b->probs && b->scores && b->hits ? b->n : 0;
    }
    if (!work || !th || b->results_cap < b->n) {
        cli_error("out of memory");
        free(work);
        free(th);
        failed = b->n;
        b->n = b->used = 0;
        return failed;
    }
    size_t per = (b->n + workers - 1) / workers;
    for (unsigned w = 0; w < workers; w++) {
        work[w] = (work_t){b, w, w * per, (w + 1) * per < b->n ? (w + 1) * per : b->n};
        if (w > 0 && pthread_create(&th[w], NULL, classify_range, &work[w]) != 0) {
            classify_range(&work[w]); /* no thread: do it here */
            work[w].worker = UINT32_MAX;
        }
    }
    classify_range(&work[0]);
    for (unsigned w = 1; w < workers; w++)
        if (work[w].worker != UINT32_MAX)
            pthread_join(th[w], NULL);
    free(work);
    free(th);
    for (size_t i = 0; i < b->n; i++) {
        batch_item_t *it = &b->items[i];
        it->meta.text = b->bytes + it->text_off;
        if (it->meta.speaker)
            it->meta.speaker = b->bytes + it->speaker_off;
        if (it->status != STANCE_OK) {
            cli_error("%s:%llu: %s", it->meta.file, (unsigned long long)it->meta.line,
                      it->err.msg);
            failed++;
            continue;
        }
        stance_result_t res = {.label = it->label, .confidence = it->confidence, .n_labels = L,
                               .probs = b->probs + i * L, .scores = b->scores + i * L,
                               .n_known = it->n_known};
        fn(user, it, &res, b->hits + i * (b->explain ? b->explain : 1), it->n_hits);
    }
    b->n = b->used = 0;
    return failed;
}
