/* A model as constant arrays compiled into the library (the built-in model): what loading
 * its file would build (feature strings and counts, the weights' records, the feature table
 * and its filter), written out at build time by lib/model_image_gen.c, so that
 * stance_model_default() points a model at them instead of parsing and deriving them. */
#ifndef STANCE_MODEL_IMAGE_H
#define STANCE_MODEL_IMAGE_H

#include "model.h"

typedef struct stance_image_list {
    const char *const *items; /* NUL-terminated */
    const size_t *lens;
    size_t n;
} stance_image_list_t;

typedef struct stance_model_image {
    /* Settings: the strings and lists, and every scalar of stance__setting_fields in its
     * order (an unsigned, or a double's bits), n_scalars of them. */
    const char *language, *unicode_version;
    uint32_t tokenizer_rev;
    stance_image_list_t negation_words, negation_suffixes, scope_end_words;
    const uint64_t *scalars;
    size_t n_scalars;

    uint32_t format_major, format_minor;
    const char *library_version;
    uint64_t min_count;
    uint64_t temperature_bits;
    const uint64_t *bias_bits; /* per label; NULL = none */
    uint32_t warnings;         /* those of the file itself (not the Unicode version's) */

    size_t n_labels;
    const char *const *labels;
    const uint64_t *label_docs;
    const uint64_t *log_prior_bits;

    /* What stance_model_t holds under the same names. */
    size_t n_features;
    const char *fstrings;
    const size_t *foff;
    const uint32_t *flen;
    const uint64_t *counts;
    const union stance_cell *rec; /* 64-byte aligned */
    size_t stride;
    const stance_table_slot_t *slots;
    size_t table_mask, table_count;
    const uint64_t *filter;
    size_t filter_mask;
} stance_model_image_t;

/* A model whose large arrays are the image's own (not copied, never freed); the settings,
 * labels and the rest are copies of its own, from alloc. */
stance_status_t stance__model_from_image(stance_model_t **out, const stance_model_image_t *img,
                                         const stance_allocator_t *alloc, stance_error_t *err);

#endif
