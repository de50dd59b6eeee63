/* The classify room's private API: what other rooms of lib/ may ask of a context beyond the
 * public calls. */
#ifndef STANCE_CLASSIFY_H
#define STANCE_CLASSIFY_H

#include "stance_int.h"

/* The allocator of a context (for a caller's scratch, such as a split quotation joined). */
const stance_allocator_t *stance__ctx_allocator(const stance_ctx_t *ctx);
/* The model a context classifies with. */
const stance_model_t *stance__ctx_model(const stance_ctx_t *ctx);
/* The calibration temperature of the context's model (scores are divided by it). */
double stance__ctx_temperature(const stance_ctx_t *ctx);
/* The scores of `text` under the context's model, computed on the first call and kept (the
 * one caller passes the same text every time: the plain reporting verb, whose scores depend
 * on the model alone); *scores points into the context. */
stance_status_t stance__ctx_baseline(stance_ctx_t *ctx, const char *text, size_t len,
                                     const double **scores, stance_error_t *err);
/* Evidence for a quotation beyond its words (the reporting frame, the speaker's other
 * quotations), as stance__ctx_add_evidence() adds it to the scores and an explanation lists
 * it: an item of its own, since no model feature stands for it. */
typedef struct stance_evidence {
    const double *scores; /* per label, log-likelihood before the temperature; NULL = none */
    const char *what;     /* the item's text ("frame: slammed"), copied */
    size_t what_len;      /* at most STANCE__EVIDENCE_TEXT_BYTES - 1 */
    size_t start, len;    /* the item's span in the article */
} stance_evidence_t;
/* Kinds of evidence a quotation has at most, and the longest text of one (the frame's words,
 * at most 512 bytes, after a short name), NUL included: the context keeps the texts in fixed
 * room, so an explanation allocates nothing per item. */
#define STANCE__EVIDENCE_ITEMS 3
#define STANCE__EVIDENCE_TEXT_BYTES 544
/* Adds the n (<= STANCE__EVIDENCE_ITEMS) items' evidence to the scores of the last
 * stance_classify() and decides again: best label, probabilities and the ranking of an
 * explanation follow the new scores; *out gets the new label and confidence (its arrays are
 * the context's and already hold the new values). When that classification was explained,
 * each item with evidence (not all zeros) joins the explanation, its contribution the
 * evidence for the best label less that for the runner-up. Once per classification.
 * STANCE_OK, or STANCE_E_NOMEM (explained only; the scores are then left as they were). */
stance_status_t stance__ctx_add_evidence(stance_ctx_t *ctx, const stance_evidence_t *items,
                                         size_t n, stance_result_t *out);
/* Makes the probabilities of the last classification again with the scores divided by
 * `factor` (> 0) times the model's temperature; the label, the runner-up and an explanation
 * stay (they follow the scores); *out gets the new confidence. */
void stance__ctx_soften(stance_ctx_t *ctx, double factor, stance_result_t *out);
/* Moves the explanation of the last stance_classify(), whose text was a quotation's first
 * piece (first_len bytes) or its two pieces joined by one space, to the pieces' places in
 * their article: offsets up to first_len from first_start, those after the space from
 * second_start. */
void stance__ctx_move_hits(stance_ctx_t *ctx, size_t first_start, size_t first_len,
                           size_t second_start);

#endif
