#include "article.h"
#include "batch.h"

#include <stdlib.h>
#include <string.h>

/* Quotations a first attribution has room for without allocating: most articles hold fewer. */
#define QUOTES_ON_STACK 64

size_t article_lone_cr(const char *text, size_t len)
{
    const char *s = text, *end = text + len;
    for (const char *cr; (cr = memchr(s, '\r', (size_t)(end - s))); s = cr + 1) {
        const char *after = cr + 1;
        while (after < end && *after == '\r')
            after++;
        if (after == end)
            break;
        if (*after != '\n')
            return (size_t)(cr - text);
        cr = after;
    }
    return SIZE_MAX;
}

void article_free(article_t *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->n_rows; i++)
        free(a->rows[i].texts);
    free(a->rows);
    free(a->probs);
    free(a->scores);
    free(a->hits);
    free(a->joined);
    free(a);
}

/* Points the hits' texts at copies of theirs owned by the row: an evidence item's text
 * ("frame: slammed") is the context's, valid only until its next classification (stance.h,
 * stance_hit_t), and the rows are printed later, on another thread. */
static bool keep_texts(batch_item_t *row, stance_hit_t *hits)
{
    size_t total = 0;
    for (size_t k = 0; k < row->n_hits; k++)
        total += hits[k].feature_len + 1;
    char *p = malloc(total);
    if (!p)
        return false;
    row->texts = p;
    for (size_t k = 0; k < row->n_hits; k++) {
        memcpy(p, hits[k].feature, hits[k].feature_len);
        p[hits[k].feature_len] = '\0';
        hits[k].feature = p;
        p += hits[k].feature_len + 1;
    }
    return true;
}

/* The quotations of the article, attributed: in `stack` when they fit, else in *heap. */
static stance_status_t find_quotes(const char *text, size_t len, stance_quotation_t *stack,
                                   stance_quotation_t **heap, const stance_quotation_t **quotes,
                                   size_t *n, stance_error_t *err)
{
    stance_quotes_opts_t o = STANCE_QUOTES_OPTS_INIT;
    o.flags = STANCE_REPLACE_INVALID;
    stance_quotation_t *q = stack;
    size_t cap = QUOTES_ON_STACK;
    for (;;) {
        stance_status_t st = stance_quotes_attribute(text, len, &o, q, cap, n, err);
        if (st != STANCE_E_BUFFER_TOO_SMALL) {
            *quotes = q;
            return st;
        }
        free(*heap);
        *heap = q = malloc(*n * sizeof *q);
        if (!q)
            return STANCE_E_NOMEM;
        cap = *n;
    }
}

/* The row of quotation q of the article (whose item is `art`), with where it is in the file. */
static void make_row(batch_item_t *row, const batch_item_t *art, const char *text,
                     const stance_quotation_t *q, uint64_t line, char **joined)
{
    static const char *const kinds[] = {NULL, "person", "organization", "pronoun", "title"};
    const uint64_t at = art->meta.start; /* the article's first byte in its file */
    const stance_span_t last = q->more.len ? q->more : q->text;
    const stance_mention_kind_t kind = q->mention_kind ? q->mention_kind : q->speaker_kind;
    memset(row, 0, sizeof *row);
    out_item_t *m = &row->meta;
    m->file = art->meta.file;
    m->line = line;
    m->start = at + q->text.start;
    m->end = at + last.start + last.len;
    m->text = text + q->text.start;
    m->text_len = q->text.len;
    if (q->speaker.len) {
        m->speaker = text + q->speaker.start;
        m->speaker_len = q->speaker.len;
    }
    m->speaker_start = at + q->speaker.start;
    m->speaker_end = m->speaker_start + q->speaker.len;
    m->speaker_kind = (unsigned)kind < 5 && kinds[kind] ? kinds[kind] : "person";
    if (q->more.len) { /* a split quotation is shown as one statement, as it is classified */
        m->text_end = at + q->text.start + q->text.len;
        m->more = text + q->more.start;
        m->more_len = q->more.len;
        m->more_start = at + q->more.start;
        memcpy(*joined, m->text, m->text_len);
        (*joined)[m->text_len] = ' ';
        memcpy(*joined + m->text_len + 1, text + q->more.start, q->more.len);
        m->text = *joined;
        m->text_len += 1 + q->more.len;
        *joined += m->text_len;
    }
    m->article = text;
    m->article_len = art->meta.text_len;
    m->quotation = *q;
}

/* Classifies row i with its two rows of evidence, and explains it. */
static void classify_row(const batch_t *b, stance_ctx_t *ctx, article_t *a, size_t i,
                         const double *speaker_evidence, const double *article_evidence)
{
    const size_t L = stance_model_label_count(b->model);
    batch_item_t *row = &a->rows[i];
    stance_result_t res;
    row->status = stance_classify_quotation_in(
        ctx, row->meta.article, row->meta.article_len, &row->meta.quotation, b->flags,
        b->frame_weight, speaker_evidence, article_evidence, &res, &row->err);
    if (row->status != STANCE_OK)
        return;
    stance_hit_t *hits = b->explain ? a->hits + i * b->explain : NULL;
    batch_keep_result(b, ctx, row, &res, a->probs + i * L, a->scores + i * L, hits);
    if (row->n_hits && !keep_texts(row, hits)) {
        row->n_hits = 0;
        row->status = STANCE_E_NOMEM;
        row->err = (stance_error_t){STANCE_E_NOMEM, STANCE_NO_OFFSET, 0, "out of memory"};
    }
}

/* Everything of the article past its check for a lone CR; false when out of memory. */
static bool read_quotes(const batch_t *b, stance_ctx_t *ctx, const batch_item_t *it,
                        const char *text, article_t *a)
{
    const size_t len = it->meta.text_len, L = stance_model_label_count(b->model);
    stance_quotation_t stack[QUOTES_ON_STACK], *heap = NULL;
    const stance_quotation_t *quotes = NULL;
    double *evidence = NULL;
    size_t n = 0;
    bool ok = false;
    a->status = find_quotes(text, len, stack, &heap, &quotes, &n, &a->err);
    if (a->status == STANCE_E_NOMEM)
        goto done;
    if (a->status != STANCE_OK || n == 0) {
        ok = true;
        goto done;
    }
    size_t rows = 0, joined = 0;
    for (size_t i = 0; i < n; i++)
        if (!(quotes[i].flags & STANCE_QUOTE_TERM)) {
            rows++;
            joined += quotes[i].more.len ? quotes[i].text.len + 1 + quotes[i].more.len : 0;
        }
    /* n <= len, and an article is at most 1 GiB: none of these sizes overflows */
    evidence = malloc(2 * n * L * sizeof *evidence);
    a->rows = calloc(rows ? rows : 1, sizeof *a->rows);
    a->probs = malloc((rows ? rows : 1) * L * sizeof *a->probs);
    a->scores = malloc((rows ? rows : 1) * L * sizeof *a->scores);
    a->hits = b->explain ? malloc((rows ? rows : 1) * b->explain * sizeof *a->hits) : NULL;
    a->joined = joined ? malloc(joined) : NULL;
    if (!evidence || !a->rows || !a->probs || !a->scores || (b->explain && !a->hits) ||
        (joined && !a->joined))
        goto done;
    a->status = stance_quotations_evidence(ctx, text, len, quotes, n,
                                           b->flags & STANCE_REPLACE_INVALID, b->frame_weight,
                                           b->speaker_weight, b->article_weight, evidence,
                                           evidence + n * L, &a->err);
    if (a->status != STANCE_OK) {
        ok = a->status != STANCE_E_NOMEM;
        goto done;
    }
    uint64_t line = it->meta.line;
    size_t counted = 0;
    char *join_at = a->joined;
    for (size_t i = 0; i < n; i++) {
        const stance_quotation_t *q = &quotes[i];
        if (q->flags & STANCE_QUOTE_TERM)
            continue;
        for (; counted < q->text.start; counted++) /* its line: the line ends before it */
            line += text[counted] == '\n';
        make_row(&a->rows[a->n_rows], it, text, q, line, &join_at);
        classify_row(b, ctx, a, a->n_rows++, evidence + i * L, evidence + (n + i) * L);
    }
    ok = true;
done:
    free(evidence);
    free(heap);
    return ok;
}

void article_read(const batch_t *b, stance_ctx_t *ctx, batch_item_t *it, const char *text)
{
    article_t *a = calloc(1, sizeof *a);
    if (!a) {
        it->status = STANCE_E_NOMEM;
        it->err = (stance_error_t){STANCE_E_NOMEM, STANCE_NO_OFFSET, 0, "out of memory"};
        return;
    }
    it->article = a;
    a->lone_cr = article_lone_cr(text, it->meta.text_len);
    if (a->lone_cr != SIZE_MAX)
        return;
    a->markup = stance_text_markup(text, it->meta.text_len, &a->markup_at);
    if (!read_quotes(b, ctx, it, text, a)) {
        a->status = STANCE_E_NOMEM;
        a->err = (stance_error_t){STANCE_E_NOMEM, STANCE_NO_OFFSET, 0, "out of memory"};
    }
}
