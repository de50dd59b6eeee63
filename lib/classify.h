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
/* Adds per-label evidence (log-likelihood, before the temperature) to the scores of the last
 * stance_classify() and decides again: best label, probabilities and the ranking of an
 * explanation follow the new scores; *out gets the new label and confidence (its arrays are
 * the context's and already hold the new values). */
void stance__ctx_add_evidence(stance_ctx_t *ctx, const double *evidence,
                              stance_result_t *out);
/* Moves the explanation of the last stance_classify(), whose text was a quotation's first
 * piece (first_len bytes) or its two pieces joined by one space, to the pieces' places in
 * their article: offsets up to first_len from first_start, those after the space from
 * second_start. */
void stance__ctx_move_hits(stance_ctx_t *ctx, size_t first_start, size_t first_len,
                           size_t second_start);

#endif
