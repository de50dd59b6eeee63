/* Training and scoring over folds, on several threads. `train` uses it to fit calibration on
 * cross-validated scores and to train in parallel; `eval` for cross-validation. Statements of
 * fold k go to trainer k; models trained on folds are added up with stance_model_merge, which
 * gives exactly the model one trainer would have built from all of them. */
#ifndef STANCE_FOLDS_H
#define STANCE_FOLDS_H

#include "cli.h"

typedef struct stmt {
    const char *label;
    size_t label_len;
    const char *text;
    size_t text_len;
    const char *file;
    uint64_t line;
    uint32_t fold;
} stmt_t;

/* Adds each statement to trainers[its fold] with up to `workers` threads (a trainer is only
 * ever used by one thread). A statement the trainer refuses stops everything (false, message
 * with file and line) unless skip_bad, which counts it in *skipped. */
bool folds_add(stance_trainer_t **trainers, unsigned k, const stmt_t *s, size_t n,
               unsigned workers, bool skip_bad, uint64_t *skipped);

/* Builds each trainer's model. Empty trainers give NULL models. */
bool folds_build(stance_model_t **models, stance_trainer_t **trainers, unsigned k);

/* Adds up every model except `leave_out` (UINT32_MAX = none) plus `base` (may be NULL), then
 * prunes to min_count. NULL on failure (message printed). */
stance_model_t *folds_merge(stance_model_t **models, unsigned k, unsigned leave_out,
                            const stance_model_t *base, uint64_t min_count);

/* The labels a set of statements uses, sorted, for metrics and score matrices. */
typedef struct label_set {
    char *names[STANCE_MAX_LABELS];
    size_t n;
} label_set_t;
/* Index of a label in the set, adding it if new; SIZE_MAX when the set is full. */
size_t label_set_index(label_set_t *ls, const char *name, size_t len);
void label_set_sort(label_set_t *ls);
void label_set_free(label_set_t *ls);

/* Scores statement i with models[s[i].fold]: scores[i * ls->n + j] is the joint
 * log-likelihood of label ls->names[j] (-inf when that model lacks the label). */
bool folds_score(stance_model_t **models, unsigned k, const stmt_t *s, size_t n,
                 const label_set_t *ls, unsigned workers, double *scores);

/* softmax(scores / t) over one row; labels at -inf get 0. */
void softmax_row(const double *scores, size_t L, double t, double *probs);

#endif
