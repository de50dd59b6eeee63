/* The in-memory model: settings, labels, feature strings and counts, and the naive-Bayes
 * weights derived from them. Built by the trainer, the reader or merge; read-only after. */
#ifndef STANCE_MODEL_H
#define STANCE_MODEL_H

#include "features.h"
#include "settings.h"

#define STANCE_FORMAT_MAJOR 1u
#define STANCE_FORMAT_MINOR 0u

struct stance_model {
    stance_allocator_t alloc;
    stance_cfg_t cfg;
    uint32_t format_major, format_minor;
    char *library_version;
    uint64_t min_count;
    double temperature;
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
};

/* The model's feature table for stance__features_*: each id's high hash lane is the first
 * cell of its record. */
static inline stance_feature_index_t stance__model_index(const stance_model_t *m)
{
    return (stance_feature_index_t){&m->ftable, &m->rec[0].u, m->stride};
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
