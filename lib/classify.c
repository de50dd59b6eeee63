/* Contexts and classification: text -> features -> naive-Bayes scores -> probabilities,
 * with the contributions of each feature kept on request. */
#include "analyzer.h"
#include "model.h"
#include "tokenize.h"

#include <math.h>
#include <stdlib.h>

typedef struct ctx_hit {
    uint32_t feature, count;
    size_t start, end;
} ctx_hit_t;

struct stance_ctx {
    stance_allocator_t alloc;
    const stance_model_t *model;
    stance_analyzer_t an;
    double *scores, *probs;
    uint32_t *stamp;  /* per model feature: generation of the statement that last saw it */
    uint32_t *hit_of; /* per model feature: its index in hits (valid when stamped) */
    uint32_t generation;
    ctx_hit_t *hits;
    size_t n_hits, cap_hits;
    bool explained;
    size_t best, runner_up;
    stance_buf_t scratch; /* feature strings for stance_analyze */
};

stance_status_t stance_ctx_new(stance_ctx_t **out, const stance_model_t *model,
                               const stance_allocator_t *alloc, stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out || !model)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "out or model is NULL");
    stance_allocator_t a;
    stance__alloc_init(&a, alloc ? alloc : &model->alloc);
    stance_ctx_t *ctx = stance__calloc(&a, 1, sizeof *ctx);
    if (!ctx)
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    ctx->alloc = a;
    ctx->model = model;
    ctx->generation = 1;
    stance_status_t st = stance__analyzer_init(&ctx->an, &ctx->alloc, &model->cfg, err);
    if (st == STANCE_OK) {
        size_t F = model->n_features ? model->n_features : 1;
        ctx->scores = stance__calloc(&a, model->n_labels, sizeof *ctx->scores);
        ctx->probs = stance__calloc(&a, model->n_labels, sizeof *ctx->probs);
        ctx->stamp = stance__calloc(&a, F, sizeof *ctx->stamp);
        ctx->hit_of = stance__calloc(&a, F, sizeof *ctx->hit_of);
        if (!ctx->scores || !ctx->probs || !ctx->stamp || !ctx->hit_of)
            st = stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    }
    if (st != STANCE_OK) {
        stance_ctx_free(ctx);
        return st;
    }
    stance__ok(err);
    *out = ctx;
    return STANCE_OK;
}

void stance_ctx_free(stance_ctx_t *ctx)
{
    if (!ctx)
        return;
    const stance_allocator_t a = ctx->alloc;
    stance__analyzer_free(&ctx->an);
    stance__free(&a, ctx->scores);
    stance__free(&a, ctx->probs);
    stance__free(&a, ctx->stamp);
    stance__free(&a, ctx->hit_of);
    stance__free(&a, ctx->hits);
    stance__buf_free(&a, &ctx->scratch);
    stance__free(&a, ctx);
}

static stance_status_t check_text(const char *text, size_t len, uint32_t flags,
                                  uint32_t allowed, stance_error_t *err)
{
    if (!text && len)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "text is NULL with a nonzero length");
    if (flags & ~allowed)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "unknown flags %#x",
                            flags & ~allowed);
    return STANCE_OK;
}

/* The model's id for a gram, or STANCE_FEATURE_ABSENT. Unigrams are looked up once per
 * distinct word and remembered in the word cache; longer grams go to the model's table. */
static uint32_t feature_id(stance_ctx_t *ctx, const stance_gram_t *g)
{
    const stance_model_t *m = ctx->model;
    uint32_t *cached = NULL;
    if (g->n == 1) {
        const stance_term_t *t = &ctx->an.terms[g->first];
        cached = &ctx->an.words[t->word].feature[t->negated];
        if (*cached != STANCE_FEATURE_UNKNOWN)
            return *cached;
    }
    uint32_t id = STANCE_FEATURE_ABSENT;
    stance_table_probe_t p;
    stance__table_probe_start(&m->ftable, g->hash, &p);
    for (uint32_t cand; (cand = stance__table_probe_next(&m->ftable, g->hash, &p)) !=
                        STANCE_TABLE_EMPTY;)
        if (stance__gram_equals(&ctx->an, g, m->fstrings + m->foff[cand], m->flen[cand])) {
            id = cand;
            break;
        }
    if (cached)
        *cached = id;
    return id;
}

static stance_status_t record_hit(stance_ctx_t *ctx, uint32_t id, bool first,
                                  const stance_gram_t *g)
{
    if (!first) {
        ctx->hits[ctx->hit_of[id]].count++;
        return STANCE_OK;
    }
    if (!stance__reserve(&ctx->alloc, (void **)&ctx->hits, &ctx->cap_hits, ctx->n_hits + 1,
                         sizeof *ctx->hits))
        return STANCE_E_NOMEM;
    ctx->hit_of[id] = (uint32_t)ctx->n_hits;
    ctx->hits[ctx->n_hits++] = (ctx_hit_t){id, 1, ctx->an.terms[g->first].start,
                                           ctx->an.terms[g->first + g->n - 1].end};
    return STANCE_OK;
}

stance_status_t stance_classify(stance_ctx_t *ctx, const char *text, size_t len,
                                uint32_t flags, stance_result_t *out, stance_error_t *err)
{
    if (!ctx || !out)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "ctx or out is NULL");
    stance_status_t st =
        check_text(text, len, flags, STANCE_REPLACE_INVALID | STANCE_EXPLAIN, err);
    if (st != STANCE_OK)
        return st;
    ctx->explained = false;
    ctx->n_hits = 0;
    st = stance__analyzer_run(&ctx->an, text ? text : "", len, flags, err);
    if (st != STANCE_OK)
        return st;

    const stance_model_t *m = ctx->model;
    const size_t L = m->n_labels;
    const bool binary = m->cfg.weighting == STANCE_WEIGHT_BINARY;
    const bool explain = (flags & STANCE_EXPLAIN) != 0;
    if (ctx->generation == UINT32_MAX) {
        memset(ctx->stamp, 0, m->n_features * sizeof *ctx->stamp);
        ctx->generation = 0;
    }
    const uint32_t gen = ++ctx->generation;
    double *scores = ctx->scores;
    for (size_t c = 0; c < L; c++)
        scores[c] = m->log_prior[c];
    size_t known = 0;
    for (size_t i = 0; i < ctx->an.n_terms; i++) {
        stance_gram_t g[3];
        unsigned k = stance__grams_at(&ctx->an, i, g);
        for (unsigned j = 0; j < k; j++) {
            uint32_t id = feature_id(ctx, &g[j]);
            if (id == STANCE_FEATURE_ABSENT)
                continue;
            bool first = ctx->stamp[id] != gen;
            if (binary && !first)
                continue;
            ctx->stamp[id] = gen;
            known++;
            const double *w = &m->weights[(size_t)id * L];
            for (size_t c = 0; c < L; c++)
                scores[c] += w[c];
            if (explain && record_hit(ctx, id, first, &g[j]) != STANCE_OK)
                return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
        }
    }

    /* Best and runner-up by score; probabilities by a tempered, stable softmax. */
    size_t best = 0, runner = L > 1 ? 1 : 0;
    for (size_t c = 1; c < L; c++)
        if (scores[c] > scores[best])
            best = c;
    if (L > 1) {
        runner = best == 0 ? 1 : 0;
        for (size_t c = 0; c < L; c++)
            if (c != best && scores[c] > scores[runner])
                runner = c;
    }
    const double inv_t = 1.0 / m->temperature, top = scores[best] * inv_t;
    double sum = 0.0;
    for (size_t c = 0; c < L; c++) {
        ctx->probs[c] = isfinite(scores[c]) ? exp(scores[c] * inv_t - top) : 0.0;
        sum += ctx->probs[c];
    }
    for (size_t c = 0; c < L; c++)
        ctx->probs[c] /= sum;

    ctx->best = best;
    ctx->runner_up = runner;
    ctx->explained = explain;
    out->label = best;
    out->confidence = ctx->probs[best];
    out->n_labels = L;
    out->probs = ctx->probs;
    out->scores = ctx->scores;
    out->n_tokens = ctx->an.n_tokens;
    out->n_known = known;
    out->n_skipped = ctx->an.n_skipped;
    stance__ok(err);
    return STANCE_OK;
}

typedef struct ranked {
    double contribution;
    const ctx_hit_t *hit;
} ranked_t;

static int cmp_ranked(const void *x, const void *y)
{
    const ranked_t *a = x, *b = y;
    double da = fabs(a->contribution), db = fabs(b->contribution);
    if (da != db)
        return da < db ? 1 : -1;
    return (a->hit->feature > b->hit->feature) - (a->hit->feature < b->hit->feature);
}

stance_status_t stance_explain(const stance_ctx_t *ctx, stance_hit_t *hits, size_t cap,
                               size_t *count)
{
    if (!ctx || !count || (!hits && cap))
        return STANCE_E_INVALID_ARG;
    *count = 0;
    if (!ctx->explained)
        return STANCE_E_INVALID_ARG;
    const stance_model_t *m = ctx->model;
    const size_t L = m->n_labels;
    if (ctx->n_hits == 0 || cap == 0)
        return STANCE_OK;
    ranked_t *r = stance__calloc(&ctx->alloc, ctx->n_hits, sizeof *r);
    if (!r)
        return STANCE_E_NOMEM;
    for (size_t i = 0; i < ctx->n_hits; i++) {
        const ctx_hit_t *h = &ctx->hits[i];
        const double *w = &m->weights[(size_t)h->feature * L];
        double llr = L > 1 ? w[ctx->best] - w[ctx->runner_up] : w[ctx->best];
        r[i] = (ranked_t){llr * h->count, h};
    }
    qsort(r, ctx->n_hits, sizeof *r, cmp_ranked);
    size_t n = ctx->n_hits < cap ? ctx->n_hits : cap;
    for (size_t i = 0; i < n; i++) {
        const ctx_hit_t *h = r[i].hit;
        hits[i] = (stance_hit_t){m->fstrings + m->foff[h->feature], m->flen[h->feature],
                                 r[i].contribution, h->start, h->end - h->start, h->count};
    }
    stance__free(&ctx->alloc, r);
    *count = n;
    return STANCE_OK;
}

stance_status_t stance_tokenize(stance_ctx_t *ctx, const char *text, size_t len, uint32_t flags,
                                stance_token_t *toks, size_t cap, size_t *count,
                                stance_error_t *err)
{
    if (!ctx || !count || (!toks && cap))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "ctx or count is NULL, or toks is NULL with a nonzero capacity");
    *count = 0;
    stance_status_t st = check_text(text, len, flags, STANCE_REPLACE_INVALID, err);
    if (st != STANCE_OK)
        return st;
    if (len > STANCE_MAX_TEXT_BYTES)
        return stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET,
                            "text of %zu bytes exceeds the limit of %zu", len,
                            (size_t)STANCE_MAX_TEXT_BYTES);
    stance_scanner_t sc;
    stance__scanner_init(&sc, text ? text : "", len, (flags & STANCE_REPLACE_INVALID) != 0);
    stance_tok_t tok;
    size_t n = 0, bad = 0;
    int r;
    while ((r = stance__scan(&sc, &tok, &bad)) == 1) {
        if (n < cap)
            toks[n] = (stance_token_t){tok.start, tok.len, tok.kind};
        n++;
    }
    if (r < 0)
        return stance__fail(err, STANCE_E_BAD_UTF8, bad, "invalid UTF-8 at byte %zu", bad);
    *count = n;
    if (n > cap)
        return stance__fail(err, STANCE_E_BUFFER_TOO_SMALL, STANCE_NO_OFFSET,
                            "%zu tokens, the array holds %zu", n, cap);
    stance__ok(err);
    return STANCE_OK;
}

stance_status_t stance_analyze(stance_ctx_t *ctx, const char *text, size_t len, uint32_t flags,
                               stance_feature_cb cb, void *user, stance_error_t *err)
{
    if (!ctx || !cb)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "ctx or cb is NULL");
    stance_status_t st = check_text(text, len, flags, STANCE_REPLACE_INVALID, err);
    if (st == STANCE_OK)
        st = stance__analyzer_run(&ctx->an, text ? text : "", len, flags, err);
    if (st != STANCE_OK)
        return st;
    for (size_t i = 0; i < ctx->an.n_terms; i++) {
        stance_gram_t g[3];
        unsigned k = stance__grams_at(&ctx->an, i, g);
        for (unsigned j = 0; j < k; j++) {
            size_t n = stance__gram_len(&ctx->an, &g[j]);
            ctx->scratch.len = 0;
            if (!stance__reserve(&ctx->alloc, (void **)&ctx->scratch.data, &ctx->scratch.cap,
                                 n + 1, 1))
                return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
            stance__gram_write(&ctx->an, &g[j], (char *)ctx->scratch.data);
            ctx->scratch.data[n] = '\0';
            if (cb((const char *)ctx->scratch.data, n, ctx->an.terms[g[j].first].start,
                   ctx->an.terms[g[j].first + g[j].n - 1].end, user))
                goto stopped; /* the caller has what it wanted */
        }
    }
stopped:
    stance__ok(err);
    return STANCE_OK;
}
