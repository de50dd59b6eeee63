/* Fuzz target: quotation finding, speaker attribution and framed classification on any bytes.
 *
 * Input: byte 0 bit 0 = STANCE_REPLACE_INVALID; the rest is the article.
 * Properties of stance_quotes_find(): a call with no room reports the count; on inputs of up
 * to SMALL bytes, a second call fills it and one with too little room reports the same count,
 * quotes and speakers lie inside the text, quotes in order, only its documented flag bits
 * set; invalid UTF-8 is refused with the offset of a byte inside the text.
 * Properties of stance_quotes_attribute(): it agrees with stance_quotes_find() on validity and
 * count (a split quotation is one record there, two pieces here); every span lies inside the
 * text; quotations are in order, a second piece after the first; SPLIT is set exactly when
 * there is a second piece; a term has no speaker; kinds are in range; a speaker's kind is a
 * person or an organization. On inputs of up to SMALL bytes, too little room reports the same
 * count, and the first two quotations classify with and without their frame, the
 * probabilities forming a distribution; the speaker's and the article's evidence are finite,
 * the speaker's zero where there is no speaker, both zero for a term, and they classify.
 * Properties of stance_text_markup(): what it finds lies inside the text and opens with '&' or
 * '<', and nothing before it is found in the text cut just before it. */
#include "fuzz.h"

#include <math.h>
#include <stance.h>
#include <stdlib.h>
#include <string.h>

/* Inputs up to this size also check partial buffers and classify: the same engine again,
 * which would otherwise take most of the fuzzing time on long inputs. */
#define SMALL 2048

static stance_model_t *model;
static stance_ctx_t *ctx;
static int cleanup_registered;

static void free_model(void)
{
    stance_ctx_free(ctx);
    stance_model_free(model);
}

/* A small model trained once: the properties need a model, not a good one. */
static stance_ctx_t *context(void)
{
    if (ctx)
        return ctx;
    static const char *const data[][2] = {
        {"conciliatory", "we welcome the talks and thank our partners"},
        {"hostile", "we condemn the attack and warn of a response"},
    };
    stance_trainer_t *tr = NULL;
    if (stance_trainer_new(&tr, NULL, NULL) != STANCE_OK)
        abort();
    for (size_t i = 0; i < 2; i++)
        if (stance_trainer_add(tr, data[i][0], strlen(data[i][0]), data[i][1],
                               strlen(data[i][1]), 0, NULL) != STANCE_OK)
            abort();
    if (stance_trainer_build(&model, tr, NULL) != STANCE_OK ||
        stance_ctx_new(&ctx, model, NULL, NULL) != STANCE_OK)
        abort();
    stance_trainer_free(tr);
    if (!cleanup_registered) {
        cleanup_registered = 1;
        atexit(free_model);
    }
    return ctx;
}

static int inside(stance_span_t s, size_t len)
{
    return s.start <= len && s.len <= len - s.start;
}

static void check_attribution(const char *text, size_t len, uint32_t flags, size_t legacy)
{
    stance_quotes_opts_t o = STANCE_QUOTES_OPTS_INIT;
    o.flags = flags;
    size_t count = 0;
    stance_error_t err;
    /* never more records than pieces: an array that holds the pieces holds the records */
    stance_quotation_t *q = legacy ? malloc(legacy * sizeof *q) : NULL;
    if (legacy && !q)
        return;
    stance_status_t st = stance_quotes_attribute(text, len, &o, q, legacy, &count, &err);
    FUZZ_CHECK(err.status == st && st == STANCE_OK);
    FUZZ_CHECK(count <= legacy && (legacy == 0) == (count == 0));
    if (count == 0) {
        free(q);
        return;
    }
    size_t pieces = 0;
    const uint32_t known = STANCE_QUOTE_TERM | STANCE_QUOTE_UNCLOSED | STANCE_QUOTE_FRAGMENT |
                           STANCE_QUOTE_SPLIT | STANCE_QUOTE_CONTINUES | STANCE_QUOTE_TURN;
    for (size_t i = 0; i < count; i++) {
        const stance_quotation_t *r = &q[i];
        FUZZ_CHECK(inside(r->text, len) && inside(r->more, len) && inside(r->speaker, len) &&
                   inside(r->mention, len) && inside(r->verb, len) && inside(r->frame, len));
        FUZZ_CHECK(r->text.len > 0);
        FUZZ_CHECK((r->flags & ~known) == 0);
        FUZZ_CHECK(((r->flags & STANCE_QUOTE_SPLIT) != 0) == (r->more.len > 0));
        if (r->more.len)
            FUZZ_CHECK(r->more.start >= r->text.start + r->text.len);
        if (i > 0)
            FUZZ_CHECK(q[i - 1].text.start < r->text.start);
        if (r->flags & STANCE_QUOTE_TERM)
            FUZZ_CHECK(r->speaker.len == 0 && r->mention.len == 0);
        if (r->flags & STANCE_QUOTE_TURN) /* its label, before its words, reports it */
            FUZZ_CHECK(r->verb.len == 0 && r->frame.len == 0 && r->more.len == 0 &&
                       r->mention.len > 0 && r->mention.start + r->mention.len <= r->text.start &&
                       (r->speaker.len == 0 || r->speaker.start < r->text.start));
        FUZZ_CHECK((unsigned)r->mention_kind <= STANCE_MENTION_TITLE);
        FUZZ_CHECK(r->speaker_kind == STANCE_MENTION_NONE ||
                   r->speaker_kind == STANCE_MENTION_PERSON ||
                   r->speaker_kind == STANCE_MENTION_ORGANIZATION);
        FUZZ_CHECK((r->speaker.len == 0) == (r->speaker_kind == STANCE_MENTION_NONE));
        pieces += 1 + (r->more.len > 0);
    }
    FUZZ_CHECK(pieces == legacy);
    if (len > SMALL) { /* the rest is the same work again: on small inputs only */
        free(q);
        return;
    }
    size_t none = 0;
    FUZZ_CHECK(stance_quotes_attribute(text, len, &o, NULL, 0, &none, NULL) ==
               STANCE_E_BUFFER_TOO_SMALL);
    FUZZ_CHECK(none == count);
    if (count > 1) {
        size_t partial = 0;
        FUZZ_CHECK(stance_quotes_attribute(text, len, &o, q, count / 2, &partial, NULL) ==
                   STANCE_E_BUFFER_TOO_SMALL);
        FUZZ_CHECK(partial == count);
    }
    /* classification, with and without the frame, of the first two */
    stance_ctx_t *c = context();
    for (size_t i = 0; i < count && i < 2; i++) {
        stance_result_t res;
        double weights[2] = {0.0, STANCE_FRAME_WEIGHT_DEFAULT};
        for (size_t k = 0; k < 2; k++) {
            FUZZ_CHECK(stance_classify_quotation(c, text, len, &q[i],
                                                 STANCE_REPLACE_INVALID | STANCE_EXPLAIN,
                                                 weights[k], &res, NULL) == STANCE_OK);
            double sum = 0.0;
            for (size_t l = 0; l < res.n_labels; l++) {
                FUZZ_CHECK(res.probs[l] >= 0.0 && res.probs[l] <= 1.0);
                sum += res.probs[l];
            }
            FUZZ_CHECK(fabs(sum - 1.0) < 1e-9);
            FUZZ_CHECK(res.confidence == res.probs[res.label]);
        }
    }
    /* the speaker's and the article's evidence: finite; the speaker's zero for terms and for
     * quotations with no speaker, the article's zero for terms; the speaker's rows those of
     * stance_quotations_speaker_evidence(); the first quotation classifies with its rows */
    const size_t labels = stance_model_label_count(model);
    double *evidence = count ? malloc(3 * count * labels * sizeof *evidence) : NULL;
    FUZZ_CHECK(!count || evidence);
    double *article = evidence ? evidence + count * labels : NULL;
    double *speaker_only = evidence ? evidence + 2 * count * labels : NULL;
    FUZZ_CHECK(stance_quotations_evidence(c, text, len, q, count, STANCE_REPLACE_INVALID,
                                          STANCE_FRAME_WEIGHT_DEFAULT,
                                          STANCE_SPEAKER_WEIGHT_DEFAULT,
                                          STANCE_ARTICLE_WEIGHT_DEFAULT, evidence, article,
                                          NULL) == STANCE_OK);
    FUZZ_CHECK(stance_quotations_speaker_evidence(c, text, len, q, count, STANCE_REPLACE_INVALID,
                                                  STANCE_FRAME_WEIGHT_DEFAULT,
                                                  STANCE_SPEAKER_WEIGHT_DEFAULT, speaker_only,
                                                  NULL) == STANCE_OK);
    for (size_t i = 0; i < count; i++)
        for (size_t l = 0; l < labels; l++) {
            FUZZ_CHECK(isfinite(evidence[i * labels + l]));
            FUZZ_CHECK(isfinite(article[i * labels + l]));
            FUZZ_CHECK(evidence[i * labels + l] == speaker_only[i * labels + l]);
            if (!q[i].speaker.len || (q[i].flags & STANCE_QUOTE_TERM))
                FUZZ_CHECK(evidence[i * labels + l] == 0.0);
            if (q[i].flags & STANCE_QUOTE_TERM)
                FUZZ_CHECK(article[i * labels + l] == 0.0);
        }
    if (count) {
        stance_result_t res;
        FUZZ_CHECK(stance_classify_quotation_in(c, text, len, &q[0], STANCE_REPLACE_INVALID,
                                                STANCE_FRAME_WEIGHT_DEFAULT, evidence, article,
                                                &res, NULL) == STANCE_OK);
        FUZZ_CHECK(res.confidence == res.probs[res.label]);
    }
    free(evidence);
    free(q);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint32_t flags = (data[0] & 1u) ? STANCE_REPLACE_INVALID : 0;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;

    stance_span_t markup;
    if (stance_text_markup(text, len, &markup)) {
        FUZZ_CHECK(markup.len > 0 && markup.start < len && markup.len <= len - markup.start);
        FUZZ_CHECK(text[markup.start] == '&' || text[markup.start] == '<');
        stance_span_t before;
        FUZZ_CHECK(!stance_text_markup(text, markup.start, &before) && before.len == 0);
    } else {
        FUZZ_CHECK(markup.start == 0 && markup.len == 0);
    }

    size_t count = 0;
    stance_error_t err;
    stance_status_t st = stance_quotes_find(text, len, flags, NULL, 0, &count, &err);
    FUZZ_CHECK(err.status == st);
    if (st == STANCE_E_BAD_UTF8) {
        FUZZ_CHECK(flags == 0 && err.offset < len);
        stance_quotes_opts_t o = STANCE_QUOTES_OPTS_INIT;
        size_t n = 0;
        FUZZ_CHECK(stance_quotes_attribute(text, len, &o, NULL, 0, &n, NULL) ==
                   STANCE_E_BAD_UTF8);
        return 0;
    }
    FUZZ_CHECK(count == 0 ? st == STANCE_OK : st == STANCE_E_BUFFER_TOO_SMALL);
    check_attribution(text, len, flags, count);
    if (count == 0 || len > SMALL) /* the same engine again: on small inputs only */
        return 0;
    FUZZ_CHECK(count <= len);

    stance_quote_t *quotes = malloc(count * sizeof *quotes);
    if (!quotes)
        return 0;
    size_t again = 0;
    FUZZ_CHECK(stance_quotes_find(text, len, flags, quotes, count, &again, NULL) == STANCE_OK);
    FUZZ_CHECK(again == count);
    const uint32_t known = STANCE_QUOTE_TERM | STANCE_QUOTE_UNCLOSED | STANCE_QUOTE_FRAGMENT;
    for (size_t i = 0; i < count; i++) {
        const stance_quote_t *q = &quotes[i];
        FUZZ_CHECK(q->start <= len && q->len <= len - q->start);
        FUZZ_CHECK(q->speaker_start <= len && q->speaker_len <= len - q->speaker_start);
        FUZZ_CHECK((q->flags & ~known) == 0);
        if (i > 0)
            FUZZ_CHECK(quotes[i - 1].start < q->start);
    }
    if (count > 1 && len <= SMALL) {
        size_t partial = 0;
        FUZZ_CHECK(stance_quotes_find(text, len, flags, quotes, count / 2, &partial, NULL) ==
                   STANCE_E_BUFFER_TOO_SMALL);
        FUZZ_CHECK(partial == count);
    }
    free(quotes);
    return 0;
}
