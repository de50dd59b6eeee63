/* Contexts and classification: text -> features -> naive-Bayes scores -> probabilities,
 * with the contributions of each feature kept on request. */
#include "analyzer.h"
#include "classify.h"
#include "features.h"
#include "model.h"
#include "seen.h"
#include "tokenize.h"

#include <math.h>
#include <stdlib.h>

/* Tokens analyzed and scored at a time: a long text never holds more than this many tokens'
 * worth of terms and features. */
#define CLASSIFY_WINDOW_TOKENS 4096

/* A hit's feature at or past HIT_ITEM is no model feature but the context's evidence item
 * feature - HIT_ITEM (a quotation's frame or speaker): features stop below it. */
#define HIT_ITEM (STANCE_MAX_FEATURES + 1u)

typedef struct ctx_hit {
    uint32_t feature, count;
    uint32_t start, end;
    double contribution; /* set, and the hits ranked by it, when classification ends */
} ctx_hit_t;

struct stance_ctx {
    stance_allocator_t alloc;
    const stance_model_t *model;
    stance_analyzer_t an;
    double *scores, *probs;
    stance_seen_t seen;
    stance_gram_t *grams; /* the statement's features, resolved in stages */
    uint32_t *ids;
    uint32_t *cands;      /* the lookup's scratch */
    size_t cap_grams;
    ctx_hit_t *hits;
    size_t n_hits, cap_hits;
    bool explained;
    size_t best, runner_up;
    stance_buf_t scratch; /* feature strings for stance_analyze */
    double *baseline;     /* scores of the plain reporting frame, once known (quotations) */
    struct {
        char text[STANCE__EVIDENCE_TEXT_BYTES]; /* NUL-terminated for stance_hit_t */
        size_t len;
    } items[STANCE__EVIDENCE_ITEMS]; /* the texts of the explanation's evidence items */
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
    stance_status_t st = stance__analyzer_init(&ctx->an, &ctx->alloc, &model->cfg, err);
    if (st == STANCE_OK) {
        ctx->scores = stance__calloc(&a, model->n_labels, sizeof *ctx->scores);
        ctx->probs = stance__calloc(&a, model->n_labels, sizeof *ctx->probs);
        if (!ctx->scores || !ctx->probs || !stance__seen_init(&a, &ctx->seen))
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
    stance__seen_free(&a, &ctx->seen);
    stance__free(&a, ctx->grams);
    stance__free(&a, ctx->ids);
    stance__free(&a, ctx->cands);
    stance__free(&a, ctx->hits);
    stance__free(&a, ctx->baseline);
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

/* Room for n grams and their ids. */
static bool reserve_grams(stance_ctx_t *ctx, size_t n)
{
    if (n <= ctx->cap_grams)
        return true;
    size_t cap = ctx->cap_grams, cap2 = ctx->cap_grams, cap3 = ctx->cap_grams;
    if (!stance__reserve(&ctx->alloc, (void **)&ctx->grams, &cap, n, sizeof *ctx->grams) ||
        !stance__reserve(&ctx->alloc, (void **)&ctx->ids, &cap2, n, sizeof *ctx->ids) ||
        !stance__reserve(&ctx->alloc, (void **)&ctx->cands, &cap3, n, sizeof *ctx->cands))
        return false;
    cap = cap < cap2 ? cap : cap2;
    ctx->cap_grams = cap < cap3 ? cap : cap3;
    return true;
}

static stance_status_t record_hit(stance_ctx_t *ctx, stance_seen_slot_t *slot, bool fresh,
                                  const stance_gram_t *g)
{
    if (!fresh) {
        ctx->hits[slot->value].count++;
        return STANCE_OK;
    }
    if (!stance__reserve(&ctx->alloc, (void **)&ctx->hits, &ctx->cap_hits, ctx->n_hits + 1,
                         sizeof *ctx->hits))
        return STANCE_E_NOMEM;
    slot->value = (uint32_t)ctx->n_hits;
    const stance_term_t *t = ctx->an.terms.items;
    ctx->hits[ctx->n_hits++] = (ctx_hit_t){slot->id, 1, t[g->first].start,
                                           t[g->first + g->n - 1].end, 0.0};
    return STANCE_OK;
}

static int by_contribution(const void *x, const void *y)
{
    const ctx_hit_t *a = x, *b = y;
    double da = fabs(a->contribution), db = fabs(b->contribution);
    if (da != db)
        return da < db ? 1 : -1;
    return (a->feature > b->feature) - (a->feature < b->feature);
}

/* Gives each hit its contribution, weight x (log P(f|best) - log P(f|runner-up)), and ranks
 * the hits strongest first. Done here, where memory is already in hand, so that
 * stance_explain() needs none and cannot fail. */
static void rank_hits(stance_ctx_t *ctx)
{
    const stance_model_t *m = ctx->model;
    const size_t L = m->n_labels;
    for (size_t i = 0; i < ctx->n_hits; i++) {
        ctx_hit_t *h = &ctx->hits[i];
        const union stance_cell *w = &m->rec[(size_t)h->feature * m->stride + 1];
        double llr = L > 1 ? w[ctx->best].d - w[ctx->runner_up].d : w[ctx->best].d;
        h->contribution = llr * h->count;
    }
    if (ctx->n_hits > 1) /* hits is NULL until a context records its first */
        qsort(ctx->hits, ctx->n_hits, sizeof *ctx->hits, by_contribution);
}

/* Running sums of one classification; two or three labels (the common cases) add up in
 * registers, more labels in the context's scores. */
typedef struct score_sums {
    double s[3];
    size_t known;
} score_sums_t;

/* Scores the n looked-up grams of a window in text order (so the sums are the same doubles
 * whatever the window size). Inlined with constant flags for the common cases (two or three
 * labels, binary weighting, no explanation), so that its loop tests none of them. labels: 2 or
 * 3 when the model has that many (sums in registers), 0 for any other number. */
static STANCE_ALWAYS_INLINE stance_status_t score_window(stance_ctx_t *ctx, size_t n,
                                                          size_t n_cands, score_sums_t *sums,
                                                          unsigned labels, bool binary,
                                                          bool explain, bool apart)
{
    const stance_model_t *m = ctx->model;
    const stance_feature_index_t ix = stance__model_index(m);
    const union stance_cell *rec = m->rec;
    const size_t L = m->n_labels, stride = m->stride;
    const bool track = binary || explain;
    stance_terms_t *terms = &ctx->an.terms;
    double *scores = ctx->scores;
    /* The loop's state in locals: the stores to the seen-set's slots could otherwise alias
     * the context's fields, and the compiler would reload them for every feature. */
    const stance_gram_t *grams = ctx->grams;
    uint32_t *ids = ctx->ids;
    const uint32_t *cands = ctx->cands;
    /* The table's candidates confirmed by their records (which the scores read next) apart
     * from the other grams, where the model is small enough to have a filter (`apart`):
     * which grams they are is what no branch predictor learns, and the records are near. A
     * larger model's records are far, and confirming each in the scoring loop lets the
     * other grams' work hide its miss (measured: apart, 2.5% slower with a model of a
     * million features, 3% faster with the shipped one). */
    if (apart)
        for (size_t j = 0; j < n_cands; j++) {
            const size_t i = cands[j];
            ids[i] = stance__features_confirm(&ix, terms, &grams[i], ids[i]);
        }
    stance_seen_t seen = ctx->seen;
    double s0 = sums->s[0], s1 = sums->s[1], s2 = sums->s[2];
    size_t known = sums->known;
    stance_status_t st = STANCE_OK;
    for (size_t i = 0; i < n; i++) {
        const uint32_t id =
            apart ? ids[i] : stance__features_confirm(&ix, terms, &grams[i], ids[i]);
        if (id == STANCE_FEATURE_ABSENT)
            continue;
        bool fresh = true;
        stance_seen_slot_t *slot = track ? stance__seen_slot(&seen, id, &fresh) : NULL;
        if (binary && !fresh)
            continue;
        known++;
        const union stance_cell *w = &rec[(size_t)id * stride + 1];
        if (labels == 2) {
            s0 += w[0].d;
            s1 += w[1].d;
        } else if (labels == 3) {
            s0 += w[0].d;
            s1 += w[1].d;
            s2 += w[2].d;
        } else {
            for (size_t c = 0; c < L; c++)
                scores[c] += w[c].d;
        }
        if (explain && record_hit(ctx, slot, fresh, &grams[i]) != STANCE_OK) {
            st = STANCE_E_NOMEM;
            break;
        }
    }
    ctx->seen = seen;
    sums->s[0] = s0;
    sums->s[1] = s1;
    sums->s[2] = s2;
    sums->known = known;
    return st;
}

/* The decision from the context's scores: best and runner-up label, probabilities by a
 * tempered, stable softmax, and the explanation ranked toward the best label. */
static void decide(stance_ctx_t *ctx, stance_result_t *out)
{
    const stance_model_t *m = ctx->model;
    const size_t L = m->n_labels;
    const double *scores = ctx->scores;
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
    stance__softmax(scores, L, m->temperature, ctx->probs);
    ctx->best = best;
    ctx->runner_up = runner;
    if (ctx->explained)
        rank_hits(ctx);
    out->label = best;
    out->confidence = ctx->probs[best];
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
    const stance_model_t *m = ctx->model;
    const size_t L = m->n_labels;
    const bool binary = m->cfg.weighting == STANCE_WEIGHT_BINARY;
    const bool explain = (flags & STANCE_EXPLAIN) != 0;
    const bool track = binary || explain;
    const stance_feature_index_t ix = stance__model_index(m);
    stance_terms_t *terms = &ctx->an.terms;
    double *scores = ctx->scores;
    score_sums_t sums = {{m->log_prior[0], L > 1 ? m->log_prior[1] : 0.0,
                          L > 2 ? m->log_prior[2] : 0.0},
                         0};
    for (size_t c = 0; c < L; c++)
        scores[c] = m->log_prior[c];
    st = stance__analyzer_start(&ctx->an, text ? text : "", len, flags, err);
    if (st == STANCE_OK && track && !stance__seen_begin(&ctx->alloc, &ctx->seen, 0))
        st = stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    /* A window of tokens at a time: memory stays bounded by the window, the word cache and
     * the features the model knows, however long the text. */
    while (st == STANCE_OK && !ctx->an.done) {
        st = stance__analyzer_next(&ctx->an, CLASSIFY_WINDOW_TOKENS, err);
        if (st != STANCE_OK)
            break;
        const size_t new_terms = terms->n - terms->first;
        /* distinct features: at most three per term, and at most the model's */
        size_t most = 3 * new_terms < m->n_features ? 3 * new_terms : m->n_features;
        if ((track && !stance__seen_reserve(&ctx->alloc, &ctx->seen, most)) ||
            !reserve_grams(ctx, 3 * new_terms)) {
            st = stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
            break;
        }
        size_t nc;
        const size_t n =
            stance__features_resolve(&ix, terms, m->cfg.ngram_max, false, explain, ctx->grams,
                                     ctx->ids, ctx->cands, &nc);
        const unsigned fixed = L == 2 || L == 3 ? (unsigned)L : 0;
        const bool apart = ix.filter != NULL; /* see score_window */
        if (fixed == 3 && binary && !explain && apart)
            st = score_window(ctx, n, nc, &sums, 3, true, false, true);
        else if (fixed == 3 && binary && !explain)
            st = score_window(ctx, n, nc, &sums, 3, true, false, false);
        else if (fixed == 2 && binary && !explain)
            st = score_window(ctx, n, nc, &sums, 2, true, false, apart);
        else
            st = score_window(ctx, n, nc, &sums, fixed, binary, explain, apart);
        if (st != STANCE_OK) {
            st = stance__fail(err, st, STANCE_NO_OFFSET, "out of memory");
            break;
        }
    }
    if (st != STANCE_OK)
        return st;
    if (L == 2 || L == 3)
        for (size_t c = 0; c < L; c++)
            scores[c] = sums.s[c];
    for (size_t c = 0; m->bias && c < L; c++)
        scores[c] += m->bias[c];

    ctx->explained = explain;
    decide(ctx, out);
    out->n_labels = L;
    out->probs = ctx->probs;
    out->scores = ctx->scores;
    out->n_tokens = ctx->an.n_tokens;
    out->n_known = sums.known;
    out->n_skipped = ctx->an.n_skipped;
    stance__ok(err);
    return STANCE_OK;
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
    size_t n = ctx->n_hits < cap ? ctx->n_hits : cap;
    for (size_t i = 0; i < n; i++) {
        const ctx_hit_t *h = &ctx->hits[i];
        if (h->feature >= HIT_ITEM) {
            const size_t k = h->feature - HIT_ITEM;
            hits[i] = (stance_hit_t){ctx->items[k].text, ctx->items[k].len, h->contribution,
                                     h->start, h->end - h->start, h->count};
            continue;
        }
        hits[i] = (stance_hit_t){m->fstrings + m->foff[h->feature], m->flen[h->feature],
                                 h->contribution, h->start, h->end - h->start, h->count};
    }
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
    const stance_terms_t *terms = &ctx->an.terms;
    for (size_t i = 0; i < terms->n; i++) {
        stance_gram_t g[3];
        unsigned k = stance__grams_at(terms, ctx->model->cfg.ngram_max, i, g);
        for (unsigned j = 0; j < k; j++) {
            size_t n = stance__gram_len(terms, &g[j]);
            ctx->scratch.len = 0;
            if (!stance__reserve(&ctx->alloc, (void **)&ctx->scratch.data, &ctx->scratch.cap,
                                 n + 1, 1))
                return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
            stance__gram_write(terms, &g[j], (char *)ctx->scratch.data);
            ctx->scratch.data[n] = '\0';
            if (cb((const char *)ctx->scratch.data, n, terms->items[g[j].first].start,
                   terms->items[g[j].first + g[j].n - 1].end, user))
                goto stopped; /* the caller has what it wanted */
        }
    }
stopped:
    stance__ok(err);
    return STANCE_OK;
}

/* ---- quotations (quote_classify.c) -------------------------------------------------------
 * A quotation is classified like any statement, then its reporting frame is added as evidence
 * and the decision is taken again here, where the context's scores and explanation live. */

const stance_allocator_t *stance__ctx_allocator(const stance_ctx_t *ctx)
{
    return &ctx->alloc;
}

const stance_model_t *stance__ctx_model(const stance_ctx_t *ctx)
{
    return ctx->model;
}

void stance__ctx_soften(stance_ctx_t *ctx, double factor, stance_result_t *out)
{
    const stance_model_t *m = ctx->model;
    stance__softmax(ctx->scores, m->n_labels, m->temperature * factor, ctx->probs);
    out->confidence = ctx->probs[ctx->best];
}

double stance__ctx_temperature(const stance_ctx_t *ctx)
{
    return ctx->model->temperature;
}

stance_status_t stance__ctx_baseline(stance_ctx_t *ctx, const char *text, size_t len,
                                     const double **scores, stance_error_t *err)
{
    if (!ctx->baseline) {
        const size_t L = ctx->model->n_labels;
        double *b = stance__malloc(&ctx->alloc, L * sizeof *b);
        if (!b)
            return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
        stance_result_t res;
        stance_status_t st = stance_classify(ctx, text, len, 0, &res, err);
        if (st != STANCE_OK) {
            stance__free(&ctx->alloc, b);
            return st;
        }
        memcpy(b, res.scores, L * sizeof *b);
        ctx->baseline = b;
    }
    *scores = ctx->baseline;
    return STANCE_OK;
}

static bool has_evidence(const double *scores, size_t n_labels)
{
    for (size_t c = 0; scores && c < n_labels; c++)
        if (scores[c] != 0.0)
            return true;
    return false;
}

stance_status_t stance__ctx_add_evidence(stance_ctx_t *ctx, const stance_evidence_t *items,
                                         size_t n, stance_result_t *out)
{
    const size_t L = ctx->model->n_labels;
    if (n > STANCE__EVIDENCE_ITEMS)
        n = STANCE__EVIDENCE_ITEMS;
    /* room first, so that a failure changes nothing */
    if (ctx->explained && !stance__reserve(&ctx->alloc, (void **)&ctx->hits, &ctx->cap_hits,
                                           ctx->n_hits + n, sizeof *ctx->hits))
        return STANCE_E_NOMEM;
    for (size_t c = 0; c < L; c++) {
        /* summed apart, then added once: the scores are the same doubles as when the items
         * came as one sum */
        double sum = 0.0;
        for (size_t i = 0; i < n; i++)
            if (items[i].scores)
                sum += items[i].scores[c];
        ctx->scores[c] += sum;
    }
    decide(ctx, out); /* the features' explanation, too, toward the new label */
    if (!ctx->explained)
        return STANCE_OK;
    /* After decide(), whose rank_hits() reads only model features: each item's contribution
     * is a feature's, its evidence for the best label less that for the runner-up, and the
     * items are ranked with the features. */
    bool added = false;
    for (size_t i = 0; i < n; i++) {
        const stance_evidence_t *e = &items[i];
        if (!has_evidence(e->scores, L))
            continue; /* the plain "said", a speaker quoted once: nothing to show */
        size_t k = e->what_len < STANCE__EVIDENCE_TEXT_BYTES ? e->what_len
                                                             : STANCE__EVIDENCE_TEXT_BYTES - 1;
        memcpy(ctx->items[i].text, e->what, k);
        ctx->items[i].text[k] = '\0';
        ctx->items[i].len = k;
        double contribution = L > 1 ? e->scores[ctx->best] - e->scores[ctx->runner_up]
                                    : e->scores[ctx->best];
        /* articles are at most STANCE_MAX_TEXT_BYTES, so the offsets fit */
        ctx->hits[ctx->n_hits++] = (ctx_hit_t){HIT_ITEM + (uint32_t)i, 1, (uint32_t)e->start,
                                               (uint32_t)(e->start + e->len), contribution};
        added = true;
    }
    if (added)
        qsort(ctx->hits, ctx->n_hits, sizeof *ctx->hits, by_contribution);
    return STANCE_OK;
}

void stance__ctx_move_hits(stance_ctx_t *ctx, size_t first_start, size_t first_len,
                           size_t second_start)
{
    for (size_t i = 0; i < ctx->n_hits; i++) {
        ctx_hit_t *h = &ctx->hits[i];
        /* texts and articles are at most STANCE_MAX_TEXT_BYTES, so the offsets fit */
        h->start = (uint32_t)(h->start <= first_len ? first_start + h->start
                                                    : second_start + (h->start - first_len - 1));
        h->end = (uint32_t)(h->end <= first_len ? first_start + h->end
                                                : second_start + (h->end - first_len - 1));
    }
}
