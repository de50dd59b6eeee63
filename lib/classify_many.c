/* Classifying a batch of statements in one call: the statements lie end to end in one buffer,
 * and the labels and probabilities go into caller arrays. It adds nothing to stance_classify()
 * but the loop, so a binding (Python's classify_many) pays one foreign call per batch instead
 * of one per statement; the _known variant also gives each statement's count of known
 * features. */
#include "stance_int.h"

#include <stdio.h>

/* Both batch calls: known (may be NULL) receives each statement's n_known. */
static stance_status_t many(stance_ctx_t *ctx, const char *texts, const size_t *lens, size_t n,
                            uint32_t flags, size_t *labels, double *probs, size_t *known,
                            size_t *done, stance_error_t *err)
{
    if (done)
        *done = 0;
    if (!ctx || (n && !lens))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "ctx is NULL, or lens is NULL with statements to classify");
    if (flags & ~(uint32_t)STANCE_REPLACE_INVALID)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "flags 0x%x: only STANCE_REPLACE_INVALID is allowed", flags);
    size_t total = 0; /* the buffer must hold every statement: check before classifying any */
    for (size_t i = 0; i < n; i++) {
        if (lens[i] > SIZE_MAX - total)
            return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                                "the lengths of the statements overflow a size_t");
        total += lens[i];
    }
    if (total && !texts)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "texts is NULL with %zu bytes of statements", total);
    size_t at = 0; /* an offset, not a pointer: texts may be NULL when every length is 0 */
    for (size_t i = 0; i < n; i++) {
        stance_result_t res;
        stance_status_t st =
            stance_classify(ctx, lens[i] ? texts + at : "", lens[i], flags, &res, err);
        if (st != STANCE_OK) {
            char where[48];
            snprintf(where, sizeof where, "statement %zu", i);
            stance__error_prefix(err, where);
            if (done)
                *done = i;
            return st;
        }
        if (labels)
            labels[i] = res.label;
        if (probs)
            memcpy(probs + i * res.n_labels, res.probs, res.n_labels * sizeof *probs);
        if (known)
            known[i] = res.n_known;
        at += lens[i];
    }
    if (done)
        *done = n;
    stance__ok(err);
    return STANCE_OK;
}

stance_status_t stance_classify_many(stance_ctx_t *ctx, const char *texts, const size_t *lens,
                                     size_t n, uint32_t flags, size_t *labels, double *probs,
                                     size_t *done, stance_error_t *err)
{
    return many(ctx, texts, lens, n, flags, labels, probs, NULL, done, err);
}

stance_status_t stance_classify_many_known(stance_ctx_t *ctx, const char *texts,
                                           const size_t *lens, size_t n, uint32_t flags,
                                           size_t *labels, double *probs, size_t *known,
                                           size_t *done, stance_error_t *err)
{
    return many(ctx, texts, lens, n, flags, labels, probs, known, done, err);
}
