/* stance eval: cross-validation or a held-out test set, with honest metrics. */
#define _POSIX_C_SOURCE 200809L
#include "commands.h"
#include "batch.h"
#include "feed.h"
#include "progress.h"
#include "report.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "Usage: stance eval [-k K | --folds FILE | --test FILE...] [options] CORPUS...\n"
    "       stance eval -m MODEL --test FILE...\n"
    "\n"
    "Measures how well a model trained with the given options labels statements it has not\n"
    "seen: stratified k-fold cross-validation (default 10 folds), the fold of each statement\n"
    "read from FILE (one number 0..K-1 a line per statement, in corpus order; blank lines\n"
    "skipped), or training on the corpora and testing on the --test files. With -m, an\n"
    "existing model is tested as it is.\n"
    "\n"
    "  -k K               folds, 2..100 (default 10)\n"
    "  --seed S           seed of -k's stratified fold assignment (default 1)\n"
    "  --folds FILE       the fold of each statement (e.g. the benchmarks' folds.txt)\n"
    "  --test FILE        test on FILE instead of cross-validating (repeatable)\n"
    "  -m, --model MODEL  test this model on the --test files (no training)\n"
    "  --format text|json the report (default text)\n"
    "  --plot FILE.svg    draw the reliability diagram and the confusion matrix (replaces\n"
    "                     only an SVG or an empty file)\n"
    "  --label-bias L=B   score with a decision bias of B nats for label L, as a model that\n"
    "                     train --label-bias gave it would (repeatable); with -m, instead of\n"
    "                     the model's own for L, as classify --label-bias\n"
    "\n"
    "%s"
    "  -h, --help         this help\n"
    "\n"
    "Reports accuracy (pooled, and over folds the mean, sample standard deviation, min and\n"
    "max), macro-F1 (the mean F1 of the labels found in the truth or the predictions),\n"
    "precision, recall and F1 per label (0 where undefined), the confusion matrix, log-loss\n"
    "(the mean of -ln p of the true label, p clipped below at 1e-15: scikit-learn's log_loss\n"
    "with eps=1e-15), Brier score (the squared distance from the probabilities to the true\n"
    "label's one-hot vector, summed over labels and averaged: for two labels, twice\n"
    "scikit-learn's brier_score_loss) and expected calibration error (10 bins of the best\n"
    "label's probability, [0,0.1) to [0.9,1], each weighted by its share of statements),\n"
    "before and after temperature calibration. The temperature applied to a fold is fitted\n"
    "on the other folds' scores, never on the fold itself; a fit at the end of its range\n"
    "(0.001 or 1000) is none, as train stores none then: that fold is scored as trained, and\n"
    "a warning says so. With --test it is fitted as train fits it, on 5 stratified folds\n"
    "(seed 1) of the training corpus. A label that only one fold has is scored as an error\n"
    "there (its model never saw it), with a warning. A fold that holds no\n"
    "statement (a number missing from a folds file, more folds than statements) has no\n"
    "accuracy: a warning names it, the figures per fold leave it out, and the JSON report\n"
    "gives it null (\"empty_folds\" lists them, \"folds_with_statements\" counts the others).\n"
    "Cross-validation needs statements in two folds at least.\n"
    "\n"
    "A statement with no word or n-gram the model knows, which classify labels 'unknown', is\n"
    "scored here by the label priors and decision biases alone (the label classify\n"
    "--no-unknown gives it: 'neutral' with the built-in model, whose bias favours it); the\n"
    "report counts such statements and how many of them that label got right (\"no known\n"
    "word\", JSON \"no_known_word\").\n"
    "\n"
    "The labels of the --test files are checked as train checks a corpus's: a label outside\n"
    "--labels, or without --labels one the tested model does not have (a typo, most often),\n"
    "is an error naming its first line and how many statements have it (--skip-bad leaves\n"
    "them out). To score statements of a label the model cannot predict, every one of them\n"
    "an error, name it in --labels; a warning says how many there are.\n";

/* Whether line (len bytes, its line end removed) of a folds file is well formed: no NUL byte
 * and no CR (a file of CR line endings would be one line); else says where, as the corpus
 * reader says it, and false. `at` is the line's byte offset in the file. */
static bool fold_line_bytes(const char *path, size_t lineno, uint64_t at, const char *line,
                            size_t len)
{
    const char *nul = memchr(line, '\0', len), *cr = memchr(line, '\r', len);
    if (nul && (!cr || nul < cr))
        cli_error("%s:%zu: NUL byte at byte offset %llu", path, lineno,
                  (unsigned long long)(at + (uint64_t)(nul - line)));
    else if (cr)
        cli_lone_cr(path, lineno, at + (uint64_t)(cr - line));
    return !nul && !cr;
}

/* One fold number per statement, from a file of integers, a line each (read whole, however
 * long); *k is the largest plus one. */
static bool read_folds(const char *path, uint32_t **folds, size_t *n, uint32_t *k)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        cli_error("cannot open '%s': %s", path, strerror(errno));
        return false;
    }
    char *buf = NULL;
    size_t buf_cap = 0, cap = 0, lineno = 0;
    uint64_t at = 0; /* the line's byte offset */
    uint32_t max = 0;
    bool ok = true;
    *n = 0;
    for (ssize_t got; ok && (got = getline(&buf, &buf_cap, fp)) != -1; at += (uint64_t)got) {
        lineno++;
        size_t len = (size_t)got;
        if (len && buf[len - 1] == '\n')
            len--;
        if (len && buf[len - 1] == '\r') /* CRLF */
            len--;
        /* a byte-order mark (a spreadsheet's export) is not a digit; a blank line no fold */
        size_t skip = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        if (!fold_line_bytes(path, lineno, at + skip, buf + skip, len - skip)) {
            ok = false;
            break;
        }
        buf[len] = '\0';
        char *line = buf + skip;
        if (line[strspn(line, " \t")] == '\0')
            continue;
        uint64_t v;
        if (!parse_u64(line, 0, STANCE_MAX_FOLDS - 1, &v)) {
            cli_error("%s:%zu: '%.40s%s' is not a fold number 0..%d", path, lineno, line,
                      strlen(line) > 40 ? "..." : "", STANCE_MAX_FOLDS - 1);
            ok = false;
        } else if (*n == cap) {
            cap = cap ? 2 * cap : 1024;
            uint32_t *more = realloc(*folds, cap * sizeof *more);
            if (!more) {
                cli_error("out of memory");
                ok = false;
            }
            *folds = more ? more : *folds;
        }
        if (ok) {
            (*folds)[(*n)++] = (uint32_t)v;
            max = (uint32_t)v > max ? (uint32_t)v : max;
        }
    }
    if (ok && ferror(fp)) {
        cli_error("cannot read '%s': %s", path, strerror(errno));
        ok = false;
    }
    free(buf);
    fclose(fp);
    *k = max + 1;
    if (ok && *k < 2) {
        cli_error("%s: at least two folds are needed", path);
        ok = false;
    }
    return ok;
}

typedef struct eval_run {
    train_cli_t tc;
    report_t rep;
    label_set_t ls;
    stance_eval_t *raw, *cal; /* as trained, and calibrated */
    uint64_t right[STANCE_MAX_FOLDS], total[STANCE_MAX_FOLDS];
    double temps[STANCE_MAX_FOLDS], temp_all;
    size_t map[STANCE_MAX_LABELS]; /* the tested model's label -> column of ls */
    progress_t progress;           /* of classifying the test statements */
    uint64_t tested, tested_bytes;
    /* statements with no feature the model knows: scored by the priors and biases alone */
    uint64_t no_known, no_known_right;
    cli_biases_t biases;            /* --label-bias */
    bool bias_unknown;              /* one names a label the corpus lacks: a usage error */
    double bias[STANCE_MAX_LABELS]; /* the decision bias of each label (column of ls) */
} eval_run_t;

/* Counts a statement the model knew nothing of, and whether its priors' label was right. */
static void count_no_known(eval_run_t *r, size_t known, bool right)
{
    if (known == 0) {
        r->no_known++;
        r->no_known_right += right;
    }
}

static bool new_evals(eval_run_t *r)
{
    if (r->ls.n < 2) {
        cli_error("evaluation needs at least two labels; there are %zu", r->ls.n);
        return false;
    }
    stance_error_t err;
    if (stance_eval_new(&r->raw, r->ls.n, NULL, &err) != STANCE_OK ||
        stance_eval_new(&r->cal, r->ls.n, NULL, &err) != STANCE_OK) {
        cli_error("%s", err.msg);
        return false;
    }
    return true;
}

/* The index of the most probable label (the first on ties, as stance_eval_add counts). */
static size_t best_of(const double *p, size_t n)
{
    size_t best = 0;
    for (size_t c = 1; c < n; c++)
        if (p[c] > p[best])
            best = c;
    return best;
}

/* A fold that holds no statement is left out of the figures per fold (the report says which);
 * with fewer than two that hold any, the statements were tested by a model of nothing. */
static bool folds_hold_statements(const eval_run_t *r, const feed_t *f)
{
    char empty[512];
    unsigned n_empty = report_empty_folds(r->total, f->k, empty, sizeof empty);
    if (f->k - n_empty < 2) {
        uint32_t only = 0;
        while (only < f->k && r->total[only] == 0)
            only++;
        cli_error("%s%severy statement is in fold %u: cross-validation needs statements in two "
                  "folds at least",
                  f->folds_path ? f->folds_path : "", f->folds_path ? ": " : "", only);
        return false;
    }
    if (n_empty)
        cli_warn("%s hold%s no statement: the figures per fold are over the %u folds that do",
                 empty, n_empty == 1 ? "s" : "", f->k - n_empty);
    return true;
}

/* Statements whose label only their own fold has: the model that scores them never saw the
 * label, so each is an error with probability 0 (as eval --test warns of a test label the
 * model lacks). Said, not hidden in the figures. */
static void warn_unlearnable(const feed_t *f, const uint64_t *per_fold, size_t labels)
{
    for (size_t c = 0; c < labels; c++) {
        uint64_t total = 0;
        for (uint32_t k = 0; k < f->k; k++)
            total += per_fold[c * f->k + k];
        for (uint32_t k = 0; k < f->k; k++) {
            const uint64_t n = per_fold[c * f->k + k];
            if (n && n == total)
                cli_warn("%llu statement%s of label '%s' (fold %u): the other folds have none, "
                         "so it is scored as an error by a model that never saw the label",
                         (unsigned long long)n, n == 1 ? "" : "s", stance_cv_label(f->cv, c), k);
        }
    }
}

/* The decision bias of each label of the cross-validation (--label-bias; 0 for the others),
 * in r->bias; false, a usage error said as train says it, when one names a label the corpus
 * lacks (its labels are known once the cross-validation has run). */
static bool cv_biases(eval_run_t *r, const stance_cv_t *cv)
{
    for (size_t i = 0; i < r->biases.n; i++) {
        const char *spec = r->biases.spec[i];
        size_t c = cli_cv_label_index(cv, spec, cli_bias_label_len(spec));
        if (c == SIZE_MAX) { /* as train says it */
            cli_bias_unknown("eval", spec, "the corpus");
            r->bias_unknown = true;
            return false;
        }
        r->bias[c] = r->biases.value[i];
    }
    return true;
}

/* Probabilities p of a statement, scored at this temperature, as a model with decision biases
 * gives them: stance_classify() adds a label's bias to its score before dividing the scores
 * by the temperature, so each p_c becomes p_c exp(bias_c / temperature), normalized: the
 * softmax of log p_c + bias_c / temperature (a label at 0, one the other folds lack, is at
 * -infinity and stays at 0). */
static bool apply_biases(double *p, size_t n, const double *bias, double temperature)
{
    double logs[STANCE_MAX_LABELS];
    for (size_t c = 0; c < n; c++)
        logs[c] = p[c] > 0.0 ? log(p[c]) + bias[c] / temperature : -INFINITY;
    return stance_softmax(logs, n, 1.0, p) == STANCE_OK;
}

/* Cross-validation: every statement scored out of fold; the temperature applied to a fold is
 * fitted on the other folds' scores. */
static bool cross_validate(eval_run_t *r, feed_t *f)
{
    stance_error_t err;
    if (stance_cv_run(f->cv, &err) != STANCE_OK) {
        cli_error("%s", err.msg);
        return false;
    }
    const size_t L = stance_cv_label_count(f->cv);
    for (size_t c = 0; c < L; c++) {
        const char *name = stance_cv_label(f->cv, c);
        if (label_set_index(&r->ls, name, strlen(name)) == SIZE_MAX) {
            cli_error("out of memory");
            return false;
        }
    }
    if (!new_evals(r) || !cv_biases(r, f->cv))
        return false;
    /* the calibration train would make, and each fold's by the same rule; a fold without one
     * is scored as trained */
    if (stance_cv_calibration(f->cv, STANCE_FOLD_NONE, &r->temp_all, &err) != STANCE_OK)
        r->temp_all = 0.0;
    unsigned none = 0, first_none = 0;
    char why[sizeof err.msg] = "";
    for (uint32_t k = 0; k < f->k; k++) {
        stance_status_t st = stance_cv_calibration(f->cv, k, &r->temps[k], &err);
        if (st == STANCE_E_EMPTY) {
            if (!none++) {
                first_none = k;
                snprintf(why, sizeof why, "%s", err.msg);
            }
            r->temps[k] = 1.0;
        } else if (st != STANCE_OK) {
            cli_error("calibration: %s", err.msg);
            return false;
        }
    }
    if (none)
        cli_warn("no temperature for %u fold%s (fold %u%s: %s); train stores none then, so "
                 "%s scored as trained (temperature 1)",
                 none, none == 1 ? "" : "s", first_none, none > 1 ? " and others" : "", why,
                 none == 1 ? "it is" : "they are");
    double raw[STANCE_MAX_LABELS], cal[STANCE_MAX_LABELS];
    uint64_t *per_fold = calloc((size_t)L * f->k, sizeof *per_fold); /* [label][fold] */
    if (!per_fold) {
        cli_error("out of memory");
        return false;
    }
    for (size_t i = 0; i < stance_cv_statements(f->cv); i++) {
        size_t truth, known;
        uint32_t fold;
        bool scored = stance_cv_prediction(f->cv, i, 1.0, raw, &truth, &fold) == STANCE_OK &&
                      stance_cv_prediction(f->cv, i, r->temps[fold], cal, NULL, NULL) ==
                          STANCE_OK &&
                      stance_cv_known(f->cv, i, &known) == STANCE_OK;
        if (scored && r->biases.n)
            scored = apply_biases(raw, L, r->bias, 1.0) &&
                     apply_biases(cal, L, r->bias, r->temps[fold]);
        if (!scored || stance_eval_add(r->raw, truth, raw) != STANCE_OK ||
            stance_eval_add(r->cal, truth, cal) != STANCE_OK) {
            cli_error("cannot score statement %zu", i);
            free(per_fold);
            return false;
        }
        const bool right = best_of(raw, L) == truth;
        r->right[fold] += right;
        r->total[fold]++;
        per_fold[truth * f->k + fold]++;
        count_no_known(r, known, right);
    }
    warn_unlearnable(f, per_fold, L);
    free(per_fold);
    r->rep.statements = stance_cv_statements(f->cv);
    return folds_hold_statements(r, f);
}

/* One classified test statement: its probabilities as trained and calibrated, in the columns
 * of every label the model or the test set has. */
static void add_test_result(void *user, const batch_item_t *it, const stance_result_t *res,
                            const stance_hit_t *hits, size_t n_hits)
{
    (void)hits;
    (void)n_hits;
    eval_run_t *r = user;
    double raw[STANCE_MAX_LABELS], scaled[STANCE_MAX_LABELS];
    double raw_all[STANCE_MAX_LABELS] = {0}, cal_all[STANCE_MAX_LABELS] = {0};
    if (stance_softmax(res->scores, res->n_labels, 1.0, raw) != STANCE_OK)
        return;
    memcpy(scaled, res->probs, res->n_labels * sizeof *scaled);
    for (size_t c = 0; c < res->n_labels; c++) {
        raw_all[r->map[c]] = raw[c];
        cal_all[r->map[c]] = scaled[c];
    }
    if (stance_eval_add(r->raw, it->tag, raw_all) != STANCE_OK ||
        stance_eval_add(r->cal, it->tag, cal_all) != STANCE_OK)
        return; /* cannot happen: the tag is a column of both */
    const bool right = best_of(raw_all, r->ls.n) == it->tag;
    r->right[0] += right;
    r->total[0]++;
    count_no_known(r, res->n_known, right);
    r->tested_bytes += it->meta.text_len;
    if (++r->tested % 256 == 0)
        progress_show(&r->progress, r->tested_bytes, r->tested);
}

/* Whether a test file may carry this label: one of --labels when given, else one of the
 * model's (which alone it can predict). */
static bool test_label_allowed(const train_cli_t *tc, const stance_model_t *m, const char *label,
                               size_t len)
{
    if (tc->opts.n_labels == 0) {
        size_t index;
        return stance_model_label_index(m, label, len, &index) == STANCE_OK;
    }
    for (size_t l = 0; l < tc->opts.n_labels; l++)
        if (strlen(tc->labels.items[l]) == len && memcmp(tc->labels.items[l], label, len) == 0)
            return true;
    return false;
}

/* The labels of the test statements that are not allowed: each with how many statements have
 * it and the first of them. */
typedef struct unknown_labels {
    label_set_t names;
    size_t count[STANCE_MAX_LABELS];
    const char *file[STANCE_MAX_LABELS]; /* where the first statement with it is */
    uint64_t line[STANCE_MAX_LABELS];
} unknown_labels_t;

/* The model's labels, "a, b, c", cut short (with "...") to fit buf. */
static void model_labels_text(const stance_model_t *m, char *buf, size_t cap)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t c = 0; c < stance_model_label_count(m); c++) {
        int n = snprintf(buf + used, cap - used, "%s%s", c ? ", " : "", stance_model_label(m, c));
        if (n < 0 || (size_t)n >= cap - used) {
            snprintf(buf + (cap > 4 ? cap - 4 : 0), cap > 4 ? 4 : cap, "...");
            return;
        }
        used += (size_t)n;
    }
}

/* Checks every test statement's label (test_label_allowed). Without --skip-bad, each label
 * not allowed is reported at its first statement, with how many have it, and the run fails;
 * with it, their statements are left out, named and counted as skipped. */
static bool check_test_labels(eval_run_t *r, const stance_model_t *m, stmts_t *test)
{
    unknown_labels_t *u = calloc(1, sizeof *u);
    if (!u) {
        cli_error("out of memory");
        return false;
    }
    size_t kept = 0, others = 0; /* others: statements of labels past the set's room */
    for (size_t i = 0; i < test->n; i++) {
        const stmt_t *s = &test->items[i];
        if (test_label_allowed(&r->tc, m, s->label, s->label_len)) {
            test->items[kept++] = *s;
            continue;
        }
        if (r->tc.skip_bad) {
            char msg[STANCE_MAX_LABEL_BYTES + 4200];
            snprintf(msg, sizeof msg, "%s:%llu: unknown label '%.*s'", s->file,
                     (unsigned long long)s->line, (int)s->label_len, s->label);
            cli_skipped(msg, ++r->rep.skipped);
            continue;
        }
        size_t seen = u->names.n, l = label_set_index(&u->names, s->label, s->label_len);
        if (l == SIZE_MAX) {
            others++;
            continue;
        }
        if (l == seen) {
            u->file[l] = s->file;
            u->line[l] = s->line;
        }
        u->count[l]++;
    }
    test->n = kept; /* --skip-bad: without the statements left out */
    for (size_t l = 0; l < u->names.n; l++)
        cli_error("%s:%llu: unknown label '%s' (%zu test statement%s %s it)", u->file[l],
                  (unsigned long long)u->line[l], u->names.names[l], u->count[l],
                  u->count[l] == 1 ? "" : "s", u->count[l] == 1 ? "has" : "have");
    if (others)
        cli_error("%zu more test statements have other labels not allowed", others);
    if ((u->names.n || others) && r->tc.opts.n_labels == 0) {
        char names[1024];
        model_labels_text(m, names, sizeof names);
        cli_error("the model's labels are %s; to score the statements of a label it does not "
                  "have (each an error), name every label allowed with --labels",
                  names);
    }
    bool ok = u->names.n == 0 && others == 0;
    label_set_free(&u->names);
    free(u);
    return ok;
}

/* --labels may name labels the model does not have: their statements are scored, and all of
 * them are errors; say so, since every figure counts them. */
static void warn_unpredictable(const eval_run_t *r, const stance_model_t *m, const stmts_t *test)
{
    for (size_t l = 0; l < r->tc.opts.n_labels; l++) {
        const char *name = r->tc.labels.items[l];
        size_t index, n = 0;
        if (stance_model_label_index(m, name, strlen(name), &index) == STANCE_OK)
            continue;
        for (size_t i = 0; i < test->n; i++)
            n += test->items[i].label_len == strlen(name) &&
                 memcmp(test->items[i].label, name, strlen(name)) == 0;
        if (n)
            cli_warn("the model has no label '%s': its %zu test statement%s %s scored as "
                     "%serror%s",
                     name, n, n == 1 ? "" : "s", n == 1 ? "is" : "are", n == 1 ? "an " : "",
                     n == 1 ? "" : "s");
    }
}

/* Tests a model on the test files. The label columns are every label of the model and of the
 * test set, so a prediction of a label the test set lacks counts as the error it is. */
static bool test_model(eval_run_t *r, const stance_model_t *m, char **paths, int n_paths)
{
    stmts_t test = {0};
    uint64_t bytes = 0;
    bool ok = true;
    for (int p = 0; ok && p < n_paths; p++) {
        stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
        o.format = r->tc.format;
        stance_corpus_t *c = NULL;
        stance_error_t err;
        bool eof;
        if (stance_corpus_open(&c, paths[p], &o, &err) != STANCE_OK) {
            cli_error("%s", err.msg);
            ok = false;
        } else {
            ok = stmts_read(&test, c, 0, r->tc.skip_bad, &r->rep.skipped, &bytes, &eof);
            stance_corpus_close(c);
        }
    }
    stmts_seal(&test);
    ok = ok && check_test_labels(r, m, &test);
    if (ok && test.n == 0) {
        cli_no_statements((const char *const *)paths, (size_t)n_paths, r->rep.skipped);
        ok = false;
    }
    if (ok)
        warn_unpredictable(r, m, &test);
    /* a reading error has been reported: the label set is not to be judged on part of it */
    bool labels_ok = true;
    for (size_t c = 0; ok && labels_ok && c < stance_model_label_count(m); c++) {
        const char *name = stance_model_label(m, c);
        labels_ok = label_set_index(&r->ls, name, strlen(name)) != SIZE_MAX;
    }
    for (size_t i = 0; ok && labels_ok && i < test.n; i++)
        labels_ok =
            label_set_index(&r->ls, test.items[i].label, test.items[i].label_len) != SIZE_MAX;
    if (!labels_ok && r->ls.n == STANCE_MAX_LABELS)
        cli_error("more than %d labels in the model and the test files together",
                  STANCE_MAX_LABELS);
    else if (!labels_ok)
        cli_error("out of memory");
    ok = ok && labels_ok;
    label_set_sort(&r->ls);
    for (size_t c = 0; ok && c < stance_model_label_count(m); c++) {
        const char *name = stance_model_label(m, c);
        r->map[c] = label_set_index(&r->ls, name, strlen(name));
        r->bias[r->map[c]] = stance_model_label_bias(m, c);
    }
    /* reading is quick; classifying is what the line follows, over the statements' bytes */
    uint64_t total = 0;
    for (size_t i = 0; i < test.n; i++)
        total += test.items[i].text_len;
    progress_start(&r->progress, r->tc.quiet, NULL, 0);
    progress_set_total(&r->progress, total);
    r->progress.doing = "testing";
    batch_t b;
    ok = ok && new_evals(r);
    const bool batching = ok && batch_init(&b, m, r->tc.jobs, 0, 0, add_test_result, r);
    ok = batching;
    size_t failed = 0;
    for (size_t i = 0; ok && i < test.n; i++) {
        const stmt_t *s = &test.items[i];
        out_item_t item = {.file = s->file, .line = s->line, .text = s->text, .text_len = s->text_len};
        ok = batch_add(&b, &item, label_set_index(&r->ls, s->label, s->label_len));
    }
    if (batching) {
        failed += batch_flush(&b);
        batch_free(&b);
    }
    progress_end(&r->progress);
    stance_model_info_t info;
    stance_model_info(m, &info);
    r->temps[0] = info.temperature;
    r->rep.statements = test.n;
    stmts_free(&test);
    return ok && failed == 0;
}

int cmd_eval(int argc, char **argv)
{
    static const struct option longs[] = {
        {"folds", required_argument, NULL, OPT_FOLDS},
        {"test", required_argument, NULL, OPT_TEST},
        {"seed", required_argument, NULL, OPT_SEED},
        {"plot", required_argument, NULL, OPT_PLOT},
        {"format", required_argument, NULL, OPT_MODE},
        {"corpus-format", required_argument, NULL, OPT_FORMAT},
        {"model", required_argument, NULL, 'm'},
        {"label-bias", required_argument, NULL, OPT_LABEL_BIAS},
        {"help", no_argument, NULL, 'h'},
        TRAIN_LONG_OPTIONS,
        {NULL, 0, NULL, 0}};
    train_cli_t tc;
    train_cli_init(&tc);
    report_t rep;
    memset(&rep, 0, sizeof rep);
    cli_biases_t biases = {0};
    const char *folds_path = NULL, *model_path = NULL, *tests[64];
    int n_tests = 0;
    uint64_t k64 = 10, seed = 1;
    bool k_given = false, seed_given = false;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, ":k:j:m:h", longs, NULL)) != -1) {
        int h = train_cli_option(&tc, "eval", opt, optarg);
        if (h < 0)
            return EXIT_USAGE;
        if (h > 0)
            continue;
        switch (opt) {
        case OPT_MODE: /* --format of the report */
            if (strcmp(optarg, "text") != 0 && strcmp(optarg, "json") != 0)
                return cli_usage("eval", "--format '%s': expected text or json%s", optarg,
                                 strcmp(optarg, "text") && strcmp(optarg, "json")
                                     ? " (the corpus format is --corpus-format)"
                                     : "");
            rep.json = strcmp(optarg, "json") == 0;
            break;
        case 'k':
            if (!parse_u64(optarg, 2, STANCE_MAX_FOLDS, &k64))
                return cli_usage("eval", "-k '%s': expected 2..%d", optarg, STANCE_MAX_FOLDS);
            k_given = true;
            break;
        case OPT_SEED:
            if (!parse_u64(optarg, 0, UINT64_MAX, &seed))
                return cli_usage("eval", "--seed '%s': expected a whole number", optarg);
            seed_given = true;
            break;
        case OPT_FOLDS:
            folds_path = optarg;
            break;
        case 'm':
            model_path = optarg;
            break;
        case OPT_TEST:
            if (n_tests == 64)
                return cli_usage("eval", "at most 64 --test files");
            tests[n_tests++] = optarg;
            break;
        case OPT_PLOT:
            rep.plot = optarg;
            break;
        case OPT_LABEL_BIAS:
            if (!cli_bias_add(&biases, "eval", optarg))
                return EXIT_USAGE;
            break;
        case 'h':
            printf(usage, train_cli_help_text("corpus-format"));
            return EXIT_OK;
        default:
            return cli_bad_option("eval", opt, argv, longs);
        }
    }
    if (model_path && (!n_tests || optind < argc || k_given || folds_path))
        return cli_usage("eval", "-m MODEL takes --test files and nothing to train on");
    if (model_path && (tc.settings_option || tc.opts.min_count)) /* they would change nothing */
        return cli_usage("eval", "--%s cannot be combined with -m: the model's settings are "
                                 "used as they are",
                         tc.settings_option ? tc.settings_option : "min-count");
    if (optind == argc && !model_path)
        return cli_usage("eval", "no corpus given");
    if ((folds_path != NULL) + (n_tests > 0) + k_given > 1)
        return cli_usage("eval", "-k, --folds and --test exclude each other");
    if (!tc.calibrate)
        return cli_usage("eval", "--no-calibrate is train's: eval reports the figures both as "
                                 "trained and calibrated");
    if (seed_given && (folds_path || n_tests || model_path))
        return cli_usage("eval", "--seed is the seed of -k's stratified folds: --folds and "
                                 "--test have none");
    if (folds_path && tc.skip_bad)
        return cli_usage("eval", "--folds cannot be combined with --skip-bad: skipped lines "
                                 "would shift the folds");
    const char *named[] = {folds_path, model_path};
    if (cli_output_not_input("eval", rep.plot, (const char *const *)argv + optind,
                             (size_t)(argc - optind)) ||
        cli_output_not_input("eval", rep.plot, tests, (size_t)n_tests) ||
        cli_output_not_input("eval", rep.plot, named, 2))
        return EXIT_USAGE;
    if (cli_stdin_once("eval", (const char *const *)argv + optind, (size_t)(argc - optind),
                       tests, (size_t)n_tests))
        return EXIT_USAGE;
    if (cli_stdout_not_input("eval", (const char *const *)argv + optind,
                             (size_t)(argc - optind)) ||
        cli_stdout_not_input("eval", tests, (size_t)n_tests) ||
        cli_stdout_not_input("eval", named, 2))
        return EXIT_USAGE; /* the report would be appended to a corpus, a model or folds */
    if (rep.plot && cli_svg_output_ok(rep.plot) != EXIT_OK)
        return EXIT_FAIL; /* said before the work, not after it */

    double started = cli_now();
    eval_run_t *r = calloc(1, sizeof *r);
    if (!r)
        return cli_error("out of memory"), EXIT_FAIL;
    r->tc = tc;
    r->rep = rep;
    r->biases = biases;
    feed_t f = {.tc = &r->tc, .k = (uint32_t)k64, .seed = seed};
    uint32_t *folds = NULL;
    stance_model_t *m = NULL;
    double t = 0.0;
    stance_error_t err;
    bool ok = true;
    int usage_status = EXIT_OK; /* a --label-bias the model lacks: a usage error, as classify's */
    if (model_path) {
        ok = (m = cli_load_model(model_path)) != NULL;
        if (ok)
            usage_status = cli_bias_labels_known(&biases, "eval", m, "the model");
        ok = ok && usage_status == EXIT_OK && cli_bias_apply(&biases, &m) &&
             test_model(r, m, (char **)tests, n_tests);
    } else if (n_tests) {
        f.k = FEED_CALIBRATION_FOLDS;
        f.seed = FEED_CALIBRATION_SEED;
        ok = feed_corpora(&f, argv + optind, argc - optind) && feed_calibrate(&f, &t);
        if (ok && stance_cv_build(f.cv, t, &m, &err) != STANCE_OK) {
            cli_error("%s", err.msg);
            ok = false;
        }
        if (ok)
            usage_status = cli_bias_labels_known(&biases, "eval", m, "the corpus");
        ok = ok && usage_status == EXIT_OK && cli_bias_apply(&biases, &m) &&
             test_model(r, m, (char **)tests, n_tests);
    } else {
        ok = !folds_path || read_folds(folds_path, &folds, &f.n_folds, &f.k);
        f.folds = folds;
        f.folds_path = folds_path;
        ok = ok && feed_corpora(&f, argv + optind, argc - optind) && cross_validate(r, &f);
        if (r->bias_unknown)
            usage_status = EXIT_USAGE;
    }
    int status = usage_status != EXIT_OK ? usage_status : EXIT_FAIL;
    if (ok) {
        r->rep.labels = &r->ls;
        for (size_t c = 0; c < r->ls.n && !r->rep.label_bias; c++)
            if (r->bias[c] != 0.0)
                r->rep.label_bias = r->bias;
        r->rep.raw = r->raw;
        r->rep.cal = r->cal;
        r->rep.k = model_path || n_tests ? 1 : f.k;
        r->rep.folds_from = model_path ? "model" : n_tests ? "test" : folds_path ? folds_path
                                                                                : "stratified";
        r->rep.model = model_path;
        r->rep.seed = seed;
        r->rep.train_statements = f.cv ? stance_cv_statements(f.cv) : 0;
        r->rep.skipped += f.stats.skipped;
        r->rep.fold_right = r->right;
        r->rep.fold_total = r->total;
        r->rep.temperatures = r->temps;
        r->rep.temperature_all = r->temp_all;
        r->rep.no_known = r->no_known;
        r->rep.no_known_right = r->no_known_right;
        r->rep.seconds = cli_now() - started;
        status = report_write(&r->rep, stdout) && !r->rep.skipped ? EXIT_OK : EXIT_FAIL;
    }
    stance_eval_free(r->raw);
    stance_eval_free(r->cal);
    label_set_free(&r->ls);
    stance_model_free(m);
    feed_free(&f);
    free(folds);
    free(r);
    return status;
}
