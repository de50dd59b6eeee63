/* The in-memory model: settings, labels, feature strings and counts, and the naive-Bayes
 * weights derived from them. Built by the trainer, the reader or merge; read-only after. */
#ifndef STANCE_MODEL_H
#define STANCE_MODEL_H

#include "settings.h"
#include "table.h"

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

    /* Derived on finish: */
    double *weights;     /* [feature * n_labels + label] */
    double *log_prior;   /* per label; 0 for complement NB */
    stance_table_t ftable;
};

/* Allocates an empty model owning a copy of `alloc`; NULL when out of memory. */
stance_model_t *stance__model_alloc(const stance_allocator_t *alloc);
/* Allocates label and feature arrays for the given sizes (zeroed counts). */
stance_status_t stance__model_reserve(stance_model_t *m, size_t n_labels, size_t n_features,
                                      size_t fstring_bytes);
/* Computes weights and priors and indexes the features. Labels and features must be set,
 * sorted and unique. Fails with STANCE_E_CORRUPT when counts overflow. */
stance_status_t stance__model_finish(stance_model_t *m, stance_error_t *err);

/* Looks a feature string up. */
uint32_t stance__model_find(const stance_model_t *m, const char *s, size_t n, uint64_t hash);

/* Serializes to bytes (FORMAT.md). */
stance_status_t stance__model_write(const stance_model_t *m, stance_buf_t *out);

/* Labels are 1..STANCE_MAX_LABEL_BYTES bytes of valid UTF-8 without control characters. */
bool stance__label_valid(const char *s, size_t n);

#endif
