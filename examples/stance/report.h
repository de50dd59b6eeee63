/* The report of `stance eval`: text, JSON, and an SVG figure. */
#ifndef STANCE_REPORT_H
#define STANCE_REPORT_H

#include "stmts.h"

typedef struct report {
    bool json;
    const char *plot;           /* SVG path, or NULL */
    const label_set_t *labels;
    const stance_eval_t *raw;   /* probabilities as the model gives them (T = 1) */
    const stance_eval_t *cal;   /* after temperature calibration */
    unsigned k;                 /* folds (1 with a test set) */
    const char *folds_from;     /* "stratified", "test", "model" or the folds file */
    const char *model;          /* the model tested as it is (folds_from "model") */
    uint64_t seed;
    size_t statements, train_statements;
    uint64_t skipped;
    const uint64_t *fold_right, *fold_total;
    const double *temperatures; /* per fold */
    double temperature_all;     /* fitted on every fold (what train stores); 0 = none */
    uint64_t no_known;          /* statements with no feature the model knows */
    uint64_t no_known_right;    /* of them, those whose priors' label was right */
    const double *label_bias;   /* the decision bias of each label (column), or NULL: none */
    double seconds;
} report_t;

bool report_write(const report_t *r, FILE *fp);
/* The folds among 0..k-1 that hold no statement, as "fold 3" or "folds 1, 4 and 7" in buf
 * (cut short with "..." when it does not fit); returns how many there are. */
unsigned report_empty_folds(const uint64_t *fold_total, unsigned k, char *buf, size_t cap);
/* The reliability diagram (before and after calibration) and the confusion matrix. */
bool report_svg(const report_t *r, const char *path);

#endif
