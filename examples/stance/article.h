/* The quotations of one news article (classify --mode quotes), read on any of the batch's
 * threads: found with their speakers, weighed beside each other, classified and explained,
 * into rows that the batch delivers in input order on the calling thread. Nothing is printed
 * here: what went wrong is kept, to be said in order with the output. */
#ifndef STANCE_ARTICLE_H
#define STANCE_ARTICLE_H

#include "output.h"

struct batch;
struct batch_item;

typedef struct article {
    size_t lone_cr;          /* a CR that ends no line (the article is refused: quotes mode
                                reads paragraphs by their line ends), or SIZE_MAX */
    bool markup;             /* it holds HTML, first at `markup_at` (an entity or a tag) */
    stance_span_t markup_at;
    stance_status_t status;  /* of finding and weighing the quotations (STANCE_OK: the rows
                                are its quotations') */
    stance_error_t err;
    struct batch_item *rows; /* one per quotation that is not a scare-quoted term */
    size_t n_rows;
    double *probs, *scores;  /* n_rows x labels */
    stance_hit_t *hits;      /* n_rows x the batch's explain */
    char *joined;            /* the split quotations' pieces, joined by a space */
} article_t;

/* The offset in the text of its first CR that ends no line (one followed by neither LF nor
 * CR LF, nor the text's end: a CRLF file cut between its last CR and LF, whose CR ends the
 * last line as it does in lines mode), or SIZE_MAX. */
size_t article_lone_cr(const char *text, size_t len);

/* Reads the article item `it` (its text at `text`, valid until it is delivered: the rows
 * point into it) with ctx and b's settings, into a new article_t at it->article; on failure
 * to allocate it, it->status is STANCE_E_NOMEM. */
void article_read(const struct batch *b, stance_ctx_t *ctx, struct batch_item *it,
                  const char *text);
/* Also accepts NULL. */
void article_free(article_t *a);

#endif
