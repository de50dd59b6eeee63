/* The in-memory model: settings, labels, feature strings and counts, and the naive-Bayes
 * weights derived from them. Built by the trainer, the reader or merge; read-only after. */
#ifndef STANCE_MODEL_H
#define STANCE_MODEL_H

#include "features.h"
#include "settings.h"

#include <math.h>

#define STANCE_FORMAT_MAJOR 1u
/* Minor 1 adds the optional BIAS section; a model without biases is written as 1.0, so older
 * readers and older files keep their bytes. */
#define STANCE_FORMAT_MINOR 0u
#define STANCE_FORMAT_MINOR_BIAS 1u

struct stance_model {
    stance_allocator_t alloc;
    stance_cfg_t cfg;
    uint32_t format_major, format_minor;
    char *library_version;
    uint64_t min_count;
    double temperature;
    double *bias;        /* per label, added to its score before the softmax; NULL = none */
    uint32_t warnings;

    size_t n_labels;
    char **labels;       /* sorted, NUL-terminated */
    size_t *label_lens;
    uint64_t *label_docs;

    size_t n_features;
    char *fstrings;      /* every feature string, each NUL-terminated, sorted */
    size_t *foff;        /* offset of feature i in fstrings */
    uint32_t *flen;
    uint64_t *counts;    /* [feature * n_labels + label] */

    /* Derived on finish. A feature's record holds what classification needs in one place:
     * rec[f * stride].u is the high lane of its hash (the table holds the low lane's tag),
     * rec[f * stride + 1 + label].d its weight for each label. */
    union stance_cell {
        uint64_t u;
        double d;
    } *rec;
    size_t stride;     /* 1 + n_labels, rounded up to a power of two so no record straddles
                          a cache line (rec is 64-byte aligned) */
    void *rec_block;   /* the allocation rec lives in */
    double *log_prior;   /* per label; 0 for complement NB */
    stance_table_t ftable;
    uint64_t *filter;    /* of the features' hashes (features.h), filter_mask + 1 words;
                            NULL for a model of more than STANCE_FILTER_MAX_FEATURES */
    size_t filter_mask;
    /* fstrings, foff, flen, counts, rec, ftable's slots and filter are a built-in image's
     * constant arrays (model_image.h), not allocations of this model's */
    bool image_arrays;
};

/* A model made or changed in memory is saved in the format its content needs (the reader
 * keeps a loaded file's own version instead); stance_model_info() says which. */
static inline void stance__model_format_by_content(struct stance_model *m)
{
    m->format_minor = m->bias ? STANCE_FORMAT_MINOR_BIAS : STANCE_FORMAT_MINOR;
}

#define STANCE_FILTER_MAX_FEATURES ((size_t)1 << 18)

/* The model's feature table for stance__features_*: each id's high hash lane is the first
 * cell of its record. */
static inline stance_feature_index_t stance__model_index(const stance_model_t *m)
{
    return (stance_feature_index_t){&m->ftable, &m->rec[0].u, m->stride, m->filter,
                                    m->filter_mask};
}

/* Naive-Bayes weights (FORMAT.md), computed by these alone, so that a model and
 * cross-validation's fold models give the same doubles:
 *   multinomial  w[f][c] = log(N_cf + a) - log(N_c + a|V|)
 *   complement   w[f][c] = -(log(N~_cf + a) - log(N~_c + a|V|)), N~ = the other labels' counts
 * (scikit-learn's ComplementNB with norm=False). */
static inline double stance__nb_log_denominator(const stance_cfg_t *cfg, uint64_t label_total,
                                                uint64_t all, size_t vocabulary)
{
    const double av = cfg->alpha * (double)vocabulary;
    return cfg->nb == STANCE_NB_COMPLEMENT ? log((double)(all - label_total) + av)
                                           : log((double)label_total + av);
}

/* count: N_cf, or for complement NB the sum of the other labels' counts (added in label
 * order, as doubles). */
static inline double stance__nb_weight_of_log(const stance_cfg_t *cfg, double log_count,
                                              double log_denominator)
{
    double w = log_count - log_denominator;
    return cfg->nb == STANCE_NB_COMPLEMENT ? -w : w;
}
static inline double stance__nb_weight(const stance_cfg_t *cfg, double count,
                                       double log_denominator)
{
    return stance__nb_weight_of_log(cfg, log(count + cfg->alpha), log_denominator);
}

/* Counts below this have log(count + alpha) looked up in a table when a model's weights are
 * computed (stance__model_finish). */
#define STANCE_SMALL_COUNTS 256

/* log(docs_c / docs), or uniform; complement NB uses none, as scikit-learn does. */
static inline double stance__nb_log_prior(const stance_cfg_t *cfg, uint64_t label_docs,
                                          uint64_t docs, size_t n_labels)
{
    if (cfg->nb == STANCE_NB_COMPLEMENT || docs == 0)
        return 0.0;
    if (cfg->priors == STANCE_PRIORS_UNIFORM)
        return -log((double)n_labels);
    return label_docs ? log((double)label_docs) - log((double)docs) : -INFINITY;
}

/* Probabilities from joint log-likelihoods: softmax(scores / temperature), stable (the best
 * score is subtracted), labels at -infinity at 0. */
static inline void stance__softmax(const double *scores, size_t n, double temperature,
                                   double *probs)
{
    const double inv_t = 1.0 / temperature;
    double top = -INFINITY;
    for (size_t c = 0; c < n; c++)
        if (scores[c] > top)
            top = scores[c];
    top *= inv_t;
    double sum = 0.0;
    for (size_t c = 0; c < n; c++) {
        /* exp(0) is 1: the best label (or labels) costs no exp call */
        const double x = scores[c] * inv_t - top;
        probs[c] = !isfinite(scores[c]) ? 0.0 : x == 0.0 ? 1.0 : exp(x);
        sum += probs[c];
    }
    for (size_t c = 0; c < n; c++)
        probs[c] = sum > 0 ? probs[c] / sum : 1.0 / (double)n;
}

/* Allocates an empty model owning a copy of `alloc`; NULL when out of memory. */
stance_model_t *stance__model_alloc(const stance_allocator_t *alloc);
/* Allocates label and feature arrays for the given sizes (zeroed counts). */
stance_status_t stance__model_reserve(stance_model_t *m, size_t n_labels, size_t n_features,
                                      size_t fstring_bytes);
/* Computes weights and priors and indexes the features. Labels and features must be set,
 * sorted and unique. Fails with STANCE_E_CORRUPT when counts overflow. */
stance_status_t stance__model_finish(stance_model_t *m, stance_error_t *err);


/* Serializes to bytes (FORMAT.md). */
stance_status_t stance__model_write(const stance_model_t *m, stance_buf_t *out);

#endif
