/* A quotation classified as its speaker's statement, with the reporting frame as evidence.
 *
 * Journalists choose how to report: "slammed", "warned", "rejected" against "welcomed",
 * "hailed", "thanked", and the words around the verb ("called it a flagrant breach"). A short
 * fragment ("in direct defiance") carries little stance alone; its frame carries much. The
 * frame is the verb with its adverbs and particles (stance_quotation_t.frame); its lower-case
 * words outside the quotation marks and the mention (names say who speaks, not how) are scored
 * by the same model, and their log-likelihood less that of the plain "said" is added to the
 * quotation's scores with a weight measured on the project's own labeled articles. */
#include "classify.h"
#include "quotes.h"

#include <math.h>
#include <utf8proc.h>

/* Measured by tests/bench/frame_weight.py on tests/data/articles/frames (105 labeled quotes)
 * with the shipped three-label model: log-loss 0.2960 against 0.3554 without the frame
 * (accuracy 0.914 against 0.867), the grid's least; leaving each passage out picks 2 to 3
 * and scores 0.3033 (before the model's hostile bias: 0.3070 against 0.4006). README, "Quotes". */
#define FRAME_WEIGHT 2.0
/* A quotation read in its article sums evidence that is not independent (its words, its frame,
 * its speaker's and the other speakers' quotations, which share the article's words), and its
 * probabilities come out too sure: on the 78 read sets of news passages (README, "Quotes"),
 * the conciliatory and hostile quotes labeled with a confidence of 0.9 or more (0.977 on
 * average) were right 0.896 of the time. stance_classify_quotation_in() divides the scores by
 * this more than by the model's temperature: the least log-loss of those sets' conciliatory
 * and hostile quotes (0.5525 -> 0.4790; each half of the sets picks the same), the labels
 * unchanged. */
#define CONTEXT_TEMPERATURE 1.8

stance_status_t stance__evidence_weight_check(const char *name, double weight,
                                              stance_error_t *err)
{
    if (!isfinite(weight))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "%s %g is not a finite number (< 0 = the default)", name, weight);
    if (weight > STANCE_EVIDENCE_WEIGHT_MAX)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "%s %g is outside 0..%g (< 0 = the default)", name, weight,
                            STANCE_EVIDENCE_WEIGHT_MAX);
    return STANCE_OK;
}
/* The reporting verb that says nothing about how the words were meant (English, the only
 * rules yet). Its own evidence would lean every quote toward whichever label's statements
 * say "said" most (a model with a neutral label: neutral). */
#define PLAIN_FRAME "said"
#define FRAME_WORDS 24
#define FRAME_BYTES 512
/* The names of the evidence items of an explanation (STANCE_EXPLAIN; include/stance.h,
 * stance_hit_t): the frame's item is the prefix and the frame's words as they were scored
 * ("frame: slammed"), the speaker's the whole text. */
#define FRAME_ITEM "frame: "
#define SPEAKER_ITEM "speaker: other quotations"
#define ARTICLE_ITEM "article: other quotations"
_Static_assert(sizeof FRAME_ITEM - 1 + FRAME_BYTES < STANCE__EVIDENCE_TEXT_BYTES &&
                   sizeof SPEAKER_ITEM < STANCE__EVIDENCE_TEXT_BYTES &&
                   sizeof ARTICLE_ITEM < STANCE__EVIDENCE_TEXT_BYTES,
               "an evidence item's text fits the context's room for it");

static bool overlaps(stance_span_t s, size_t a, size_t b)
{
    return s.len && a < s.start + s.len && s.start < b;
}

/* The frame's words: lower-case words of the frame span, not in the mention or the quote. */
static size_t frame_text(const char *text, const stance_quotation_t *q, char *buf)
{
    stance_scanner_t sc;
    stance__scanner_init(&sc, text + q->frame.start, q->frame.len, true);
    stance_tok_t tok;
    size_t bad, n = 0, words = 0;
    while (words < FRAME_WORDS && stance__scan(&sc, &tok, &bad) == 1) {
        if (tok.kind != STANCE_TOKEN_WORD)
            continue;
        size_t a = q->frame.start + tok.start, b = a + tok.len;
        if (overlaps(q->mention, a, b) || overlaps(q->text, a, b) || overlaps(q->more, a, b))
            continue;
        int32_t cp;
        size_t k = stance__utf8_decode((const unsigned char *)text + a, tok.len, &cp);
        if (!k || utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
            utf8proc_category(cp) == UTF8PROC_CATEGORY_LT)
            continue; /* names and places */
        if (n + tok.len + 1 > FRAME_BYTES)
            break;
        if (n)
            buf[n++] = ' ';
        memcpy(buf + n, text + a, tok.len);
        n += tok.len;
        words++;
    }
    return n;
}

stance_status_t stance_classify_quotation(stance_ctx_t *ctx, const char *text, size_t len,
                                          const stance_quotation_t *quote, uint32_t flags,
                                          double frame_weight, stance_result_t *out,
                                          stance_error_t *err)
{
    return stance_classify_quotation_with(ctx, text, len, quote, flags, frame_weight, NULL, out,
                                          err);
}

/* The row's first value that is not a finite number, or NULL. */
static const double *not_finite(const double *row, size_t n)
{
    for (size_t c = 0; row && c < n; c++)
        if (!isfinite(row[c]))
            return &row[c];
    return NULL;
}

static stance_status_t classify_quotation(stance_ctx_t *ctx, const char *text, size_t len,
                                          const stance_quotation_t *quote, uint32_t flags,
                                          double frame_weight, const double *speaker_evidence,
                                          const double *article_evidence, stance_result_t *out,
                                          stance_error_t *err)
{
    if (!ctx || !out || !quote || (!text && len))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "ctx, out or quote is NULL, or text is NULL with a length");
    if (!stance__span_inside(quote->text, len) || !stance__span_inside(quote->more, len) ||
        !stance__span_inside(quote->frame, len) || !stance__span_inside(quote->mention, len) ||
        !stance__span_inside(quote->verb, len) || !stance__span_inside(quote->speaker, len))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "a span of the quotation lies outside the text");
    stance_status_t st = stance__evidence_weight_check("frame_weight", frame_weight, err);
    if (st != STANCE_OK)
        return st;
    if (frame_weight < 0.0)
        frame_weight = FRAME_WEIGHT;
    const size_t n_labels = stance_model_label_count(stance__ctx_model(ctx));
    const double *bad = not_finite(speaker_evidence, n_labels);
    const double *row = speaker_evidence;
    if (!bad)
        bad = not_finite(row = article_evidence, n_labels);
    if (bad)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "evidence %g for label %zu is not a finite number", *bad,
                            (size_t)(bad - row));
    const uint32_t replace = flags & STANCE_REPLACE_INVALID;
    stance_result_t res;
    double evidence[STANCE_MAX_LABELS];
    size_t labels = 0, frame_known = 0;
    /* the frame's words, after the name of its item in an explanation */
    char item[sizeof FRAME_ITEM - 1 + FRAME_BYTES];
    memcpy(item, FRAME_ITEM, sizeof FRAME_ITEM - 1);
    char *buf = item + sizeof FRAME_ITEM - 1;
    size_t n = 0;
    if (frame_weight > 0.0 && quote->frame.len) {
        n = frame_text(text, quote, buf);
        if (n) {
            if ((st = stance_classify(ctx, buf, n, replace, &res, err)) != STANCE_OK)
                return st;
            labels = res.n_labels < STANCE_MAX_LABELS ? res.n_labels : STANCE_MAX_LABELS;
            for (size_t c = 0; c < labels; c++)
                evidence[c] = res.scores[c];
            /* the frame's known words are evidence the label rests on ("calling it an
             * “illusion”"), unless the frame is the plain verb, which adds nothing */
            if (!(n == sizeof PLAIN_FRAME - 1 && memcmp(buf, PLAIN_FRAME, n) == 0))
                frame_known = res.n_known;
            /* measured against the plain verb, so a quote reported with "said" gets no
             * evidence: the frame speaks only where the journalist chose another word */
            const double *plain;
            if ((st = stance__ctx_baseline(ctx, PLAIN_FRAME, sizeof PLAIN_FRAME - 1, &plain,
                                           err)) != STANCE_OK)
                return st;
            for (size_t c = 0; c < labels; c++)
                evidence[c] = frame_weight * (evidence[c] - plain[c]);
        }
    }
    /* an empty span may start anywhere: no pointer is made from it */
    const char *q = text && quote->text.len ? text + quote->text.start : "";
    if (quote->more.len) {
        /* a split quotation is one statement: its pieces joined by a space */
        const stance_allocator_t *a = stance__ctx_allocator(ctx);
        size_t total = quote->text.len + 1 + quote->more.len;
        char *joined = stance__malloc(a, total);
        if (!joined)
            return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
        memcpy(joined, q, quote->text.len);
        joined[quote->text.len] = ' ';
        memcpy(joined + quote->text.len + 1, text + quote->more.start, quote->more.len);
        st = stance_classify(ctx, joined, total, flags, out, err);
        stance__free(a, joined);
    } else {
        st = stance_classify(ctx, q, quote->text.len, flags, out, err);
    }
    /* offsets of the quotation, as the caller gave it, are of the article */
    const size_t first = quote->text.start, first_len = quote->text.len;
    const size_t second = quote->more.len ? quote->more.start : first + first_len;
    if (st != STANCE_OK) {
        if (st == STANCE_E_BAD_UTF8 && err && err->offset != STANCE_NO_OFFSET) {
            uint64_t at = err->offset < first_len ? first + err->offset
                                                  : second + (err->offset - first_len - 1);
            return stance__fail(err, st, at, "invalid UTF-8 at byte %llu",
                                (unsigned long long)at);
        }
        return st;
    }
    if (flags & STANCE_EXPLAIN)
        stance__ctx_move_hits(ctx, first, first_len, second);
    if (labels == 0 && !speaker_evidence && !article_evidence)
        return st;
    /* each its own item of an explanation: the frame spans its words in the article, the
     * speaker the words that name them here (where the name is, if nothing does), the
     * article nothing at the quotation's start */
    const stance_span_t who = quote->mention.len ? quote->mention : quote->speaker;
    const stance_evidence_t items[] = {
        {labels ? evidence : NULL, item, sizeof FRAME_ITEM - 1 + n, quote->frame.start,
         quote->frame.len},
        {speaker_evidence, SPEAKER_ITEM, sizeof SPEAKER_ITEM - 1, who.start, who.len},
        {article_evidence, ARTICLE_ITEM, sizeof ARTICLE_ITEM - 1, quote->text.start, 0},
    };
    if ((st = stance__ctx_add_evidence(ctx, items, 3, out)) != STANCE_OK)
        return stance__fail(err, st, STANCE_NO_OFFSET, "out of memory");
    out->n_known += frame_known;
    stance__ok(err);
    return STANCE_OK;
}

stance_status_t stance_classify_quotation_with(stance_ctx_t *ctx, const char *text, size_t len,
                                               const stance_quotation_t *quote, uint32_t flags,
                                               double frame_weight, const double *evidence,
                                               stance_result_t *out, stance_error_t *err)
{
    return classify_quotation(ctx, text, len, quote, flags, frame_weight, evidence, NULL, out,
                              err);
}

stance_status_t stance_classify_quotation_in(stance_ctx_t *ctx, const char *text, size_t len,
                                             const stance_quotation_t *quote, uint32_t flags,
                                             double frame_weight, const double *speaker_evidence,
                                             const double *article_evidence,
                                             stance_result_t *out, stance_error_t *err)
{
    stance_status_t st = classify_quotation(ctx, text, len, quote, flags, frame_weight,
                                            speaker_evidence, article_evidence, out, err);
    if (st == STANCE_OK)
        stance__ctx_soften(ctx, CONTEXT_TEMPERATURE, out);
    return st;
}
