/* Reading labeled corpora into a cross-validation (the library's stance_cv_t) on N threads.
 * One thread reads statements in batches and gives each, in reading order, its fold (the
 * library's rule, or a folds file) and its sequence number; the batch is split between the
 * threads' own cross-validations; at the end they are merged into one. The library makes the
 * result the same, byte for byte, whatever the number of threads. */
#ifndef STANCE_FEED_H
#define STANCE_FEED_H

#include "progress.h"
#include "stmts.h"

/* How train calibrates: on the out-of-fold scores of 5 stratified folds, seed 1. eval's
 * --test does the same, and says when its -k cross-validation is the same. */
#define FEED_CALIBRATION_FOLDS 5
#define FEED_CALIBRATION_SEED 1

typedef struct feed {
    const train_cli_t *tc;
    uint32_t k;                /* folds */
    uint64_t seed;
    const stance_model_t *base; /* continue from it (train --base), or NULL */
    const uint32_t *folds;     /* the fold of statement i, or NULL for the library's rule */
    size_t n_folds;
    const char *folds_path;    /* where they came from, for messages */
    bool counts_only;          /* keep no statement (STANCE_CV_COUNTS_ONLY): for training
                                  without calibration, in the memory of the model alone;
                                  feed_calibrate() then fails */
    stance_cv_t *cv;           /* the result */
    feed_stats_t stats;
    progress_t progress;
    char featureless_at[4200]; /* "file:line" of the first statement that gave no feature */
    uint64_t featureless_line; /* its line, 0 = none yet */
    label_set_t labels;        /* the labels read, in the order met */
    char *label_at[STANCE_MAX_LABELS]; /* "file:line" where each was met first (NULL: no
                                          memory for it) */
} feed_t;

/* Reads every corpus into f->cv. False (with a message printed) on bad input, unless
 * --skip-bad, which counts it in f->stats.skipped. */
bool feed_corpora(feed_t *f, char **paths, int n_paths);
/* Runs the cross-validation and fits the calibration temperature on its out-of-fold scores:
 * *t, or 0 when there is none to be had (too few statements, or a fit at the end of the
 * range), with the reason said. False on failure (message printed). */
bool feed_calibrate(feed_t *f, double *t);
void feed_free(feed_t *f);
/* "file:line" of the first statement of label, or NULL when none was read (a base's label). */
const char *feed_label_at(const feed_t *f, const char *label);

#endif
