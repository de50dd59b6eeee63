/* The features that speak loudest for a label: ranked by how much more the label's weight is
 * than the strongest other label's, among features seen often enough in the label to trust.
 * The caller's array is the only memory: it holds a min-heap of the best so far while the
 * vocabulary is scanned once, and is sorted at the end. */
#include "stance_int.h"

/* True when a ranks below b: a smaller weight, or the same weight and a later feature (so
 * equal weights list in feature order). */
static bool worse(const stance_feature_rank_t *a, const stance_feature_rank_t *b)
{
    if (a->weight != b->weight)
        return a->weight < b->weight;
    return a->feature > b->feature;
}

/* Restores the min-heap (the worst at the root) below position i of h[0..n). */
static void sift_down(stance_feature_rank_t *h, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && worse(&h[l], &h[m]))
            m = l;
        if (r < n && worse(&h[r], &h[m]))
            m = r;
        if (m == i)
            return;
        stance_feature_rank_t t = h[i];
        h[i] = h[m];
        h[m] = t;
        i = m;
    }
}

static void sift_up(stance_feature_rank_t *h, size_t i)
{
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!worse(&h[i], &h[parent]))
            return;
        stance_feature_rank_t t = h[i];
        h[i] = h[parent];
        h[parent] = t;
        i = parent;
    }
}

stance_status_t stance_model_top_features(const stance_model_t *model, size_t label,
                                          uint64_t min_count, stance_feature_rank_t *out,
                                          size_t cap, size_t *count, stance_error_t *err)
{
    if (count)
        *count = 0;
    if (!model || !count || (cap && !out))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "model or count is NULL, or out is NULL with cap %zu", cap);
    const size_t L = stance_model_label_count(model), F = stance_model_feature_count(model);
    if (label >= L)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "label %zu is out of range: the model has %zu labels", label, L);
    size_t n = 0;
    for (size_t f = 0; cap && f < F; f++) {
        if (stance_model_feature_label_count(model, f, label) < min_count)
            continue;
        double w = stance_model_feature_weight(model, f, label);
        if (L > 1) {
            double best_other = 0.0;
            bool first = true;
            for (size_t o = 0; o < L; o++) {
                if (o == label)
                    continue;
                double wo = stance_model_feature_weight(model, f, o);
                if (first || wo > best_other)
                    best_other = wo;
                first = false;
            }
            w -= best_other;
            if (w <= 0.0) /* as strong or stronger for another label: it indicates that one */
                continue;
        }
        stance_feature_rank_t cand = {f, w};
        if (n < cap) {
            out[n] = cand;
            sift_up(out, n++);
        } else if (worse(&out[0], &cand)) {
            out[0] = cand;
            sift_down(out, n, 0);
        }
    }
    /* Heap sort: the worst goes to the end each time, leaving the best first. */
    for (size_t end = n; end > 1; end--) {
        stance_feature_rank_t t = out[0];
        out[0] = out[end - 1];
        out[end - 1] = t;
        sift_down(out, end - 1, 0);
    }
    *count = n;
    stance__ok(err);
    return STANCE_OK;
}
