/* Evaluation: the metrics of a set of predictions, and temperature scaling. */
#include "stance_int.h"

#include <math.h>

struct stance_eval {
    stance_allocator_t alloc;
    size_t L;
    uint64_t n, correct;
    double log_loss, brier;
    uint64_t *confusion; /* [truth * L + predicted] */
    uint64_t bin_count[STANCE_EVAL_BINS];
    double bin_conf[STANCE_EVAL_BINS], bin_right[STANCE_EVAL_BINS];
};

stance_status_t stance_eval_new(stance_eval_t **out, size_t n_labels,
                                const stance_allocator_t *alloc, stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out || n_labels < 2 || n_labels > STANCE_MAX_LABELS)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "out is NULL or the label count is outside 2..%d", STANCE_MAX_LABELS);
    stance_allocator_t a;
    stance__alloc_init(&a, alloc);
    stance_eval_t *ev = stance__calloc(&a, 1, sizeof *ev);
    if (ev)
        ev->confusion = stance__calloc(&a, n_labels * n_labels, sizeof *ev->confusion);
    if (!ev || !ev->confusion) {
        if (ev)
            stance__free(&a, ev);
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    }
    ev->alloc = a;
    ev->L = n_labels;
    *out = ev;
    stance__ok(err);
    return STANCE_OK;
}

void stance_eval_free(stance_eval_t *ev)
{
    if (!ev)
        return;
    const stance_allocator_t a = ev->alloc;
    stance__free(&a, ev->confusion);
    stance__free(&a, ev);
}

stance_status_t stance_eval_add(stance_eval_t *ev, size_t truth, const double *probs)
{
    if (!ev || !probs || truth >= ev->L)
        return STANCE_E_INVALID_ARG;
    size_t best = 0;
    for (size_t c = 0; c < ev->L; c++) {
        if (!(probs[c] >= 0.0 && probs[c] <= 1.0))
            return STANCE_E_INVALID_ARG;
        if (probs[c] > probs[best])
            best = c;
    }
    double p = probs[truth] < 1e-15 ? 1e-15 : probs[truth];
    ev->log_loss -= log(p);
    for (size_t c = 0; c < ev->L; c++) {
        double d = probs[c] - (c == truth ? 1.0 : 0.0);
        ev->brier += d * d;
    }
    ev->confusion[truth * ev->L + best]++;
    ev->n++;
    ev->correct += best == truth;
    double conf = probs[best];
    size_t bin = (size_t)(conf * STANCE_EVAL_BINS);
    if (bin >= STANCE_EVAL_BINS)
        bin = STANCE_EVAL_BINS - 1;
    ev->bin_count[bin]++;
    ev->bin_conf[bin] += conf;
    ev->bin_right[bin] += best == truth;
    return STANCE_OK;
}

stance_status_t stance_eval_label(const stance_eval_t *ev, size_t label, stance_eval_label_t *out)
{
    if (!ev || !out || label >= ev->L)
        return STANCE_E_INVALID_ARG;
    uint64_t tp = ev->confusion[label * ev->L + label], support = 0, predicted = 0;
    for (size_t c = 0; c < ev->L; c++) {
        support += ev->confusion[label * ev->L + c];
        predicted += ev->confusion[c * ev->L + label];
    }
    out->support = support;
    out->predicted = predicted;
    out->precision = predicted ? (double)tp / (double)predicted : 0.0;
    out->recall = support ? (double)tp / (double)support : 0.0;
    double s = out->precision + out->recall;
    out->f1 = s > 0 ? 2 * out->precision * out->recall / s : 0.0;
    return STANCE_OK;
}

void stance_eval_summary(const stance_eval_t *ev, stance_eval_summary_t *out)
{
    if (!ev || !out)
        return;
    memset(out, 0, sizeof *out);
    out->n = ev->n;
    if (ev->n == 0)
        return;
    double n = (double)ev->n, f1 = 0;
    size_t used = 0;
    for (size_t c = 0; c < ev->L; c++) {
        stance_eval_label_t l;
        if (stance_eval_label(ev, c, &l) == STANCE_OK && (l.support || l.predicted)) {
            f1 += l.f1;
            used++;
        }
    }
    out->accuracy = (double)ev->correct / n;
    out->macro_f1 = used ? f1 / (double)used : 0.0;
    out->log_loss = ev->log_loss / n;
    out->brier = ev->brier / n;
    for (size_t b = 0; b < STANCE_EVAL_BINS; b++)
        if (ev->bin_count[b])
            out->ece += fabs(ev->bin_right[b] - ev->bin_conf[b]) / n;
}

uint64_t stance_eval_confusion(const stance_eval_t *ev, size_t truth, size_t predicted)
{
    return ev && truth < ev->L && predicted < ev->L ? ev->confusion[truth * ev->L + predicted]
                                                    : 0;
}

stance_status_t stance_eval_bin(const stance_eval_t *ev, size_t bin, stance_eval_bin_t *out)
{
    if (!ev || !out || bin >= STANCE_EVAL_BINS)
        return STANCE_E_INVALID_ARG;
    uint64_t c = ev->bin_count[bin];
    out->count = c;
    out->confidence = c ? ev->bin_conf[bin] / (double)c : 0.0;
    out->accuracy = c ? ev->bin_right[bin] / (double)c : 0.0;
    return STANCE_OK;
}

/* d/dbeta of the mean log-loss of softmax(beta * s): mean over rows of E_p[s] - s_truth. */
static double loss_slope(const double *scores, const uint32_t *truth, size_t n, size_t L,
                         double beta)
{
    double total = 0;
    for (size_t i = 0; i < n; i++) {
        const double *s = scores + i * L;
        double top = -INFINITY;
        for (size_t c = 0; c < L; c++)
            if (isfinite(s[c]) && s[c] > top)
                top = s[c];
        double z = 0, mean = 0;
        for (size_t c = 0; c < L; c++) {
            if (!isfinite(s[c]))
                continue;
            double e = exp(beta * (s[c] - top));
            z += e;
            mean += e * (s[c] - top);
        }
        total += mean / z - (s[truth[i]] - top);
    }
    return total / (double)n;
}

stance_status_t stance_fit_temperature(double *temperature, const double *scores,
                                       const uint32_t *truth, size_t n, size_t n_labels,
                                       stance_error_t *err)
{
    if (!temperature || (!scores && n) || (!truth && n) || n_labels < 2)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "a pointer is NULL or fewer than 2 labels");
    if (n == 0)
        return stance__fail(err, STANCE_E_EMPTY, STANCE_NO_OFFSET, "no statements to fit on");
    for (size_t i = 0; i < n; i++)
        if (truth[i] >= n_labels || !isfinite(scores[i * n_labels + truth[i]]))
            return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                                "statement %zu: truth out of range or its score not finite", i);
    /* The loss is convex in beta = 1/T, so its slope increases with beta: bisect on log beta
     * for the zero of the slope within the temperature range. */
    double lo = log(1.0 / STANCE_TEMPERATURE_MAX), hi = log(1.0 / STANCE_TEMPERATURE_MIN);
    if (loss_slope(scores, truth, n, n_labels, exp(lo)) >= 0) {
        *temperature = STANCE_TEMPERATURE_MAX;
    } else if (loss_slope(scores, truth, n, n_labels, exp(hi)) <= 0) {
        *temperature = STANCE_TEMPERATURE_MIN;
    } else {
        while (hi - lo > 1e-9) {
            double mid = 0.5 * (lo + hi);
            if (loss_slope(scores, truth, n, n_labels, exp(mid)) < 0)
                lo = mid;
            else
                hi = mid;
        }
        *temperature = 1.0 / exp(0.5 * (lo + hi));
    }
    stance__ok(err);
    return STANCE_OK;
}
