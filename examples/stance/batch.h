/* Classifying many statements on several threads with output in input order: statements are
 * copied into a batch, the batch is split between workers (one context each), and the results
 * are written in order when all are done. The results are the same as on one thread, since
 * each statement is classified independently by the same model. */
#ifndef STANCE_BATCH_H
#define STANCE_BATCH_H

#include "output.h"

typedef struct batch_item {
    out_item_t meta;          /* text and speaker point into the batch's bytes after seal */
    uint64_t tag;             /* the caller's, passed back (eval: the true label) */
    size_t text_off, speaker_off;
    stance_status_t status;
    stance_error_t err;
    size_t label;
    double confidence;
    size_t n_known;           /* feature occurrences the model knows (0: not understood) */
    size_t n_hits;
} batch_item_t;

typedef struct batch {
    const stance_model_t *model;
    stance_ctx_t **ctx;       /* one per worker */
    unsigned workers;
    uint32_t flags;           /* STANCE_REPLACE_INVALID, STANCE_EXPLAIN */
    double frame_weight;      /* quotations: the reporting frame's weight (< 0 = default) */
    size_t explain;
    batch_item_t *items;
    size_t n, cap;
    char *bytes;
    size_t used, bytes_cap;
    double *probs;            /* n x labels */
    double *scores;
    stance_hit_t *hits;       /* n x explain */
    size_t results_cap;
} batch_t;

#define BATCH_ITEMS 2048
#define BATCH_BYTES ((size_t)4 << 20)

bool batch_init(batch_t *b, const stance_model_t *m, unsigned workers, uint32_t flags,
                size_t explain);
void batch_free(batch_t *b);
/* Copies a statement in, with the caller's tag (a quotation keeps pointing into its article,
 * which must live until the next flush); false when out of memory. */
bool batch_add(batch_t *b, const out_item_t *meta, uint64_t tag);
bool batch_full(const batch_t *b);
/* Receives each classified statement, in input order. */
typedef void (*batch_result_fn)(void *user, const batch_item_t *it, const stance_result_t *res,
                                const stance_hit_t *hits, size_t n_hits);
/* Classifies everything added, hands each result to `fn` in order, and empties the batch.
 * Returns the number of statements that failed (reported on stderr). */
size_t batch_flush(batch_t *b, batch_result_fn fn, void *user);

#endif
