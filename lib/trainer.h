/* The trainer's state, shared with cross-validation (crossval.c), which counts through a
 * trainer and keeps, per statement, the features it counted. */
#ifndef STANCE_TRAINER_H
#define STANCE_TRAINER_H

#include "analyzer.h"
#include "features.h"
#include "seen.h"

struct stance_trainer {
    stance_allocator_t alloc;
    stance_cfg_t cfg;
    stance_analyzer_t an;
    bool closed; /* labels fixed up front */
    uint64_t min_count;
    uint64_t statements;
    uint64_t featureless; /* statements whose text gave no feature */

    size_t n_labels;
    char *labels[STANCE_MAX_LABELS];
    size_t label_lens[STANCE_MAX_LABELS];
    uint64_t label_docs[STANCE_MAX_LABELS];
    double bias[STANCE_MAX_LABELS];      /* decision biases, from the models added up */
    uint64_t *counts[STANCE_MAX_LABELS]; /* per label, cap_features entries */

    stance_table_t ftable;
    stance_buf_t fstrings; /* all feature strings back to back, no separators */
    size_t *foff;
    uint32_t *flen;
    stance_hash_t *fhash;  /* each feature's identity */
    size_t n_features, cap_features;
    stance_seen_t seen;    /* binary weighting: features already counted in this statement */

    /* the current statement's feature occurrences and their ids (absent: to be created);
     * once counted, ids[0..n_counted) are the ids counted, in order */
    stance_gram_t *grams;
    uint32_t *ids, *cands; /* cands: the lookup's scratch */
    size_t n_doc, cap_grams, cap_ids, cap_cands;
    size_t n_counted, last_label;
    /* When set, every statement's counted ids are also appended here (uint32_t each), room
     * reserved before counting begins so that recording cannot fail half-way. */
    stance_buf_t *record;
};

/* The features the last successful stance_trainer_add() counted, in the order it counted them
 * (each once under binary weighting, every occurrence under counts), and its label's index. */
static inline const uint32_t *stance__trainer_counted(const stance_trainer_t *t, size_t *n,
                                                      size_t *label)
{
    *n = t->n_counted;
    *label = t->last_label;
    return t->ids;
}

/* Forgets every statement counted: no features, no statements; an open label set forgets its
 * labels too (a label is known once a statement has it), a closed one keeps them. Memory is
 * kept for what comes next. Cannot fail. */
void stance__trainer_clear(stance_trainer_t *t);

/* Adds everything `from` counted to `into` (same settings: the caller checks): labels are
 * united, counts summed. id_map (from's n_features entries) receives each of from's feature
 * ids in `into`, label_map (from's n_labels) each label's index. On failure `into` may hold
 * some of from's labels and features with zero counts added, never partial counts. */
stance_status_t stance__trainer_absorb(stance_trainer_t *into, const stance_trainer_t *from,
                                       uint32_t *id_map, size_t *label_map);

/* STANCE_OK when statements analyzed now agree with the trainer's counts: a trainer that
 * continues a model made with another Unicode version than this library's refuses them. */
stance_status_t stance__trainer_analysis_current(const stance_trainer_t *t, stance_error_t *err);

#endif
