/* Classifying many statements, or the quotations of many articles, on several threads with
 * results in input order.
 *
 * Statements are copied into one of two batches. When the one being filled is full it goes to
 * the workers (one context each), behind the batch they may still be finishing, and the
 * reading goes on into the other while they classify; the calling thread helps finish the
 * older batch, then hands each of its results to the caller's function, in order, while the
 * workers are on the newer one. Reading and writing
 * thus overlap classification, and every core classifies. The results are the same as on one
 * thread, since each statement is classified independently by the same model. */
#ifndef STANCE_BATCH_H
#define STANCE_BATCH_H

#include "article.h"
#include "output.h"

#include <pthread.h>

typedef struct batch_item {
    out_item_t meta;          /* text and speaker point into the batch's bytes when delivered */
    uint64_t tag;             /* the caller's, passed back (eval: the true label) */
    size_t text_off, speaker_off;
    stance_status_t status;
    stance_error_t err;
    size_t label;
    double confidence;
    size_t n_known;           /* feature occurrences the model knows (0: not understood) */
    size_t n_hits;
    char *texts;              /* a quotation's explanation: its hits' texts, copied (NULL =
                                 none): an evidence item's text is the context's, and
                                 changes at its next call */
    bool is_article;          /* quotes mode: a news article, whose quotations are its rows */
    struct article *article;  /* what was read of it (NULL: not yet, or out of memory) */
} batch_item_t;

/* Receives each article before its quotations' results, in input order, to say what went
 * wrong with it (it->article NULL: out of memory; article.h). */
typedef void (*batch_article_fn)(void *user, const batch_item_t *it);

/* Receives each classified statement, in input order. */
typedef void (*batch_result_fn)(void *user, const batch_item_t *it, const stance_result_t *res,
                                const stance_hit_t *hits, size_t n_hits);

/* One batch of statements, their results, and its division into pieces of work. */
typedef struct batch_buf {
    batch_item_t *items;
    size_t n, cap;
    char *bytes;
    size_t used, bytes_cap;
    double *probs, *scores;   /* n x labels */
    stance_hit_t *hits;       /* n x explain */
    size_t results_cap;
    size_t *chunk_end;        /* item index where each piece of work ends */
    size_t n_chunks, chunks_cap;
    size_t next_chunk, chunks_done; /* under the batch's mu while it is queued */
} batch_buf_t;

typedef struct batch {
    const stance_model_t *model;
    uint32_t flags;           /* STANCE_REPLACE_INVALID, STANCE_EXPLAIN */
    double frame_weight;      /* quotations: the reporting frame's weight (< 0 = default) */
    double speaker_weight;    /* quotations: the weight of the speaker's other quotes (< 0 =
                                 default) */
    double article_weight;    /* quotations: the weight of the article's other quotes (< 0 =
                                 default) */
    size_t explain;
    batch_result_fn fn;
    batch_article_fn article_fn; /* quotes mode */
    void *user;
    unsigned workers;         /* contexts: the calling thread's and one per thread */
    stance_ctx_t **ctx;
    batch_buf_t buf[2];
    unsigned filling;         /* the buffer statements are added to */
    bool in_flight;           /* the other one is with the workers */
    size_t failures;          /* statements that failed since the last batch_flush */
    /* the workers (workers - 1 threads) and what they share, under mu */
    pthread_t *threads;
    struct batch_worker { struct batch *b; unsigned ctx; } *args;
    unsigned n_threads;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    /* the batches being classified, oldest first (NULL: none): a worker done with the first
     * takes pieces of the second, so that no one waits at a batch's end */
    batch_buf_t *jobs[2];
    bool stop;
    bool live;                /* initialized (batch_free of a zeroed batch does nothing) */
} batch_t;

#define BATCH_ITEMS 2048
#define BATCH_BYTES ((size_t)4 << 20)

/* workers: threads that classify (including the caller's); fn receives each result. Prints the
 * reason and returns false on failure (b is then freed). */
bool batch_init(batch_t *b, const stance_model_t *m, unsigned workers, uint32_t flags,
                size_t explain, batch_result_fn fn, void *user);
/* Also accepts a batch that is all zeros. */
void batch_free(batch_t *b);
/* Copies a statement in, with the caller's tag; when a batch fills, earlier statements are
 * classified and delivered. False when out of memory (message printed). */
bool batch_add(batch_t *b, const out_item_t *meta, uint64_t tag);
/* Copies an article in (meta: its file, first line, offset and text); its quotations are
 * found, weighed and classified on any thread (article.h), and delivered in order, each as a
 * statement, after b->article_fn has seen the article. False when out of memory. */
bool batch_add_article(batch_t *b, const out_item_t *meta);
/* Keeps a classified statement's result in `it` and its rows (probs and scores: a row of
 * labels each; hits: b->explain entries, NULL when none is asked), with its explanation from
 * ctx. For the classifying threads (here and article.c). */
void batch_keep_result(const batch_t *b, stance_ctx_t *ctx, batch_item_t *it,
                       const stance_result_t *res, double *probs, double *scores,
                       stance_hit_t *hits);
/* Classifies and delivers everything added. Returns the number of statements that failed
 * (each reported on stderr) since the last call. */
size_t batch_flush(batch_t *b);
#endif
