/* stance eval: cross-validation or a held-out test set, with honest metrics. */
#define _POSIX_C_SOURCE 200809L
#include "commands.h"
#include "report.h"
#include "stmts.h"

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
    "read from FILE (one number 0..K-1 per statement, in corpus order), or training on the\n"
    "corpora and testing on the --test files. With -m, an existing model is tested as it is.\n"
    "\n"
    "  -k K               folds, 2..100 (default 10)\n"
    "  --seed S           seed of the stratified fold assignment (default 1)\n"
    "  --folds FILE       the fold of each statement (e.g. the benchmarks' folds.txt)\n"
    "  --test FILE        test on FILE instead of cross-validating (repeatable)\n"
    "  -m, --model MODEL  test this model on the --test files (no training)\n"
    "  --format text|json the report (default text)\n"
    "  --plot FILE.svg    draw the reliability diagram and the confusion matrix\n"
    "\n"
    "%s"
    "  -h, --help         this help\n"
    "\n"
    "Reports accuracy (pooled, and the mean and spread over folds), macro-F1, precision,\n"
    "recall and F1 per label, the confusion matrix, log-loss, Brier score and expected\n"
    "calibration error, before and after temperature calibration. The temperature applied to\n"
    "a fold is fitted on the other folds' scores, never on the fold itself; with --test it is\n"
    "fitted on 5-fold cross-validated scores of the training corpus.\n";

#define MAX_FOLDS 100

static bool read_all(stmts_t *s, char **paths, int n, const train_cli_t *tc, uint64_t *skipped)
{
    uint64_t bytes = 0;
    for (int i = 0; i < n; i++) {
        stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
        o.format = tc->format;
        stance_corpus_t *c = NULL;
        stance_error_t err;
        if (stance_corpus_open(&c, paths[i], &o, &err) != STANCE_OK) {
            cli_error("%s", err.msg);
            return false;
        }
        bool eof, ok = stmts_read(s, c, 0, tc->skip_bad, skipped, &bytes, &eof);
        stance_corpus_close(c);
        if (!ok)
            return false;
    }
    stmts_seal(s);
    return true;
}

/* One fold number per statement, from a file of integers. */
static bool read_folds(const char *path, stmts_t *s, unsigned *k)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        cli_error("cannot open '%s'", path);
        return false;
    }
    char line[64];
    size_t n = 0, lineno = 0;
    unsigned max = 0;
    bool ok = true;
    while (ok && fgets(line, sizeof line, fp)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        uint64_t v;
        if (!parse_u64(line, 0, MAX_FOLDS - 1, &v)) {
            cli_error("%s:%zu: '%s' is not a fold number 0..%d", path, lineno, line,
                      MAX_FOLDS - 1);
            ok = false;
        } else if (n < s->n) {
            s->items[n].fold = (uint32_t)v;
            if (v > max)
                max = (unsigned)v;
        }
        n++;
    }
    fclose(fp);
    if (ok && n != s->n) {
        cli_error("%s has %zu fold numbers for %zu statements", path, n, s->n);
        ok = false;
    }
    *k = max + 1;
    if (ok && *k < 2) {
        cli_error("%s: at least two folds are needed", path);
        ok = false;
    }
    return ok;
}

static uint32_t truth_of(const label_set_t *ls, const stmt_t *s)
{
    return (uint32_t)label_set_index((label_set_t *)ls, s->label, s->label_len);
}

static bool stratify(stmts_t *s, const label_set_t *ls, unsigned k, uint64_t seed)
{
    uint32_t *labels = malloc((s->n ? s->n : 1) * sizeof *labels);
    uint32_t *folds = malloc((s->n ? s->n : 1) * sizeof *folds);
    bool ok = labels && folds;
    for (size_t i = 0; ok && i < s->n; i++)
        labels[i] = truth_of(ls, &s->items[i]);
    ok = ok && stance_folds_stratified(folds, labels, s->n, k, seed, NULL, NULL) == STANCE_OK;
    for (size_t i = 0; ok && i < s->n; i++)
        s->items[i].fold = folds[i];
    free(labels);
    free(folds);
    if (!ok)
        cli_error("out of memory");
    return ok;
}

/* Trains a model per fold; minus[f] is the model of every fold but f (all of them for
 * leave_out_each = false, in minus[0]). */
static bool fold_models(const train_cli_t *tc, const stmts_t *s, unsigned k,
                        bool leave_out_each, stance_model_t **minus)
{
    stance_trainer_t **tr = calloc(k, sizeof *tr);
    stance_model_t **models = calloc(k, sizeof *models);
    bool ok = tr && models;
    stance_train_opts_t o = tc->opts;
    o.min_count = 0; /* pruning happens once, on the added-up model */
    uint64_t skipped = 0;
    stance_error_t err;
    for (unsigned f = 0; ok && f < k; f++)
        if (stance_trainer_new(&tr[f], &o, &err) != STANCE_OK) {
            cli_error("%s", err.msg);
            ok = false;
        }
    ok = ok && folds_add(tr, k, s->items, s->n, tc->jobs, false, &skipped) &&
         folds_build(models, tr, k);
    for (unsigned f = 0; ok && f < (leave_out_each ? k : 1); f++)
        ok = (minus[f] = folds_merge(models, k, leave_out_each ? f : UINT32_MAX, NULL,
                                     tc->opts.min_count)) != NULL;
    for (unsigned f = 0; tr && f < k; f++)
        stance_trainer_free(tr[f]);
    for (unsigned f = 0; models && f < k; f++)
        stance_model_free(models[f]);
    free(tr);
    free(models);
    return ok;
}

/* Fits a temperature on the scores of the statements not in fold `skip` (UINT32_MAX = use
 * them all). Statements whose label the scoring model lacked are left out. */
static bool fit_temperature(const stmts_t *s, const label_set_t *ls, const double *scores,
                            uint32_t skip, double *t)
{
    const size_t L = ls->n;
    double *rows = malloc((s->n ? s->n : 1) * L * sizeof *rows);
    uint32_t *truth = malloc((s->n ? s->n : 1) * sizeof *truth);
    bool ok = rows && truth;
    size_t n = 0;
    for (size_t i = 0; ok && i < s->n; i++) {
        uint32_t y = truth_of(ls, &s->items[i]);
        if (s->items[i].fold == skip || !isfinite(scores[i * L + y]))
            continue;
        memcpy(rows + n * L, scores + i * L, L * sizeof *rows);
        truth[n++] = y;
    }
    stance_error_t err;
    *t = 1.0;
    if (ok && n && stance_fit_temperature(t, rows, truth, n, L, &err) != STANCE_OK) {
        cli_error("calibration: %s", err.msg);
        ok = false;
    }
    free(rows);
    free(truth);
    return ok;
}

/* Adds every statement's probabilities at temperature t_of[fold]; counts right answers per
 * fold. */
static bool accumulate(stance_eval_t *ev, const stmts_t *s, const label_set_t *ls,
                       const double *scores, const double *t_of, uint64_t *right,
                       uint64_t *total)
{
    double probs[STANCE_MAX_LABELS];
    for (size_t i = 0; i < s->n; i++) {
        const stmt_t *it = &s->items[i];
        softmax_row(scores + i * ls->n, ls->n, t_of[it->fold], probs);
        uint32_t y = truth_of(ls, it);
        if (stance_eval_add(ev, y, probs) != STANCE_OK)
            return false;
        size_t best = 0;
        for (size_t c = 1; c < ls->n; c++)
            if (probs[c] > probs[best])
                best = c;
        right[it->fold] += best == y;
        total[it->fold]++;
    }
    return true;
}

/* Cross-validation: scores out of fold, temperatures fitted on the other folds. */
static bool cross_validate(const train_cli_t *tc, stmts_t *s, const label_set_t *ls,
                           unsigned k, double *scores, double *t_of)
{
    stance_model_t *minus[MAX_FOLDS] = {NULL};
    bool ok = fold_models(tc, s, k, true, minus) &&
              folds_score(minus, k, s->items, s->n, ls, tc->jobs, scores);
    for (unsigned f = 0; ok && f < k; f++)
        ok = fit_temperature(s, ls, scores, f, &t_of[f]);
    for (unsigned f = 0; f < k; f++)
        stance_model_free(minus[f]);
    return ok;
}

/* Held-out test: train on all of s, score `test`; the temperature comes from 5-fold
 * cross-validated scores of s. */
static bool held_out(const train_cli_t *tc, stmts_t *s, stmts_t *test, const label_set_t *ls,
                     uint64_t seed, double *scores, double *t)
{
    stance_model_t *all = NULL;
    double *cv_scores = malloc((s->n ? s->n : 1) * ls->n * sizeof *cv_scores);
    double unused[5];
    bool ok = cv_scores && stratify(s, ls, 5, seed) &&
              cross_validate(tc, s, ls, 5, cv_scores, unused) &&
              fit_temperature(s, ls, cv_scores, UINT32_MAX, t);
    for (size_t i = 0; i < s->n; i++)
        s->items[i].fold = (uint32_t)(i % (tc->jobs ? tc->jobs : 1));
    ok = ok && fold_models(tc, s, tc->jobs ? tc->jobs : 1, false, &all);
    for (size_t i = 0; i < test->n; i++)
        test->items[i].fold = 0;
    ok = ok && folds_score(&all, 1, test->items, test->n, ls, tc->jobs, scores);
    stance_model_free(all);
    free(cv_scores);
    return ok;
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
        {"help", no_argument, NULL, 'h'},
        TRAIN_LONG_OPTIONS,
        {NULL, 0, NULL, 0}};
    train_cli_t tc;
    train_cli_init(&tc);
    report_t rep;
    memset(&rep, 0, sizeof rep);
    const char *folds_path = NULL, *model_path = NULL, *tests[64];
    int n_tests = 0;
    uint64_t k64 = 10, seed = 1;
    bool k_given = false;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "k:j:m:h", longs, NULL)) != -1) {
        int h = train_cli_option(&tc, "eval", opt, optarg);
        if (h < 0)
            return EXIT_USAGE;
        if (h > 0)
            continue;
        switch (opt) {
        case OPT_MODE: /* --format of the report */
            if (strcmp(optarg, "text") != 0 && strcmp(optarg, "json") != 0)
                return cli_usage("eval", "--format '%s': expected text or json", optarg);
            rep.json = strcmp(optarg, "json") == 0;
            break;
        case 'k':
            if (!parse_u64(optarg, 2, MAX_FOLDS, &k64))
                return cli_usage("eval", "-k '%s': expected 2..%d", optarg, MAX_FOLDS);
            k_given = true;
            break;
        case OPT_SEED:
            if (!parse_u64(optarg, 0, UINT64_MAX, &seed))
                return cli_usage("eval", "--seed '%s': expected a whole number", optarg);
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
        case 'h':
            printf(usage, train_cli_help);
            return EXIT_OK;
        default:
            return cli_usage("eval", "unknown or incomplete option");
        }
    }
    if (model_path && (!n_tests || optind < argc || k_given || folds_path))
        return cli_usage("eval", "-m MODEL takes --test files and nothing to train on");
    if (optind == argc && !model_path)
        return cli_usage("eval", "no corpus given");
    if ((folds_path != NULL) + (n_tests > 0) + k_given > 1)
        return cli_usage("eval", "-k, --folds and --test exclude each other");
    if (folds_path && tc.skip_bad)
        return cli_usage("eval", "--folds cannot be combined with --skip-bad: skipped lines "
                                 "would shift the folds");
    const char *named[] = {folds_path, model_path};
    if (cli_output_not_input("eval", rep.plot, (const char *const *)argv + optind,
                             (size_t)(argc - optind)) ||
        cli_output_not_input("eval", rep.plot, tests, (size_t)n_tests) ||
        cli_output_not_input("eval", rep.plot, named, 2))
        return EXIT_USAGE;

    stmts_t s = {0}, test = {0};
    label_set_t ls = {0};
    uint64_t skipped = 0;
    int status = EXIT_FAIL;
    unsigned k = (unsigned)k64;
    double *scores = NULL, t_of[MAX_FOLDS];
    uint64_t right[MAX_FOLDS] = {0}, total[MAX_FOLDS] = {0};
    uint64_t right_cal[MAX_FOLDS] = {0}, total_cal[MAX_FOLDS] = {0};
    double ones[MAX_FOLDS];
    stance_eval_t *raw = NULL, *cal = NULL;
    double started = cli_now();
    for (unsigned f = 0; f < MAX_FOLDS; f++)
        ones[f] = t_of[f] = 1.0;
    stance_model_t *tested = NULL;
    bool ok = read_all(&s, argv + optind, argc - optind, &tc, &skipped) &&
              (!n_tests || read_all(&test, (char **)tests, n_tests, &tc, &skipped)) &&
              (!model_path || (tested = cli_load_model(model_path)) != NULL);
    /* Every label the model can predict has its column, even with no test statement of it:
     * otherwise its predictions would be counted as the runner-up label. */
    for (size_t c = 0; ok && tested && c < stance_model_label_count(tested); c++) {
        const char *name = stance_model_label(tested, c);
        if (label_set_index(&ls, name, strlen(name)) == SIZE_MAX) {
            cli_error("more than %d labels", STANCE_MAX_LABELS);
            ok = false;
        }
    }
    for (size_t i = 0; ok && i < s.n + test.n; i++) {
        const stmt_t *it = i < s.n ? &s.items[i] : &test.items[i - s.n];
        if (label_set_index(&ls, it->label, it->label_len) == SIZE_MAX) {
            cli_error("more than %d labels", STANCE_MAX_LABELS);
            ok = false;
        }
    }
    label_set_sort(&ls);
    if (ok && ls.n < 2) {
        cli_error("evaluation needs at least two labels; the corpus has %zu", ls.n);
        ok = false;
    }
    stmts_t *scored = n_tests ? &test : &s;
    if (ok && !(scores = malloc((scored->n ? scored->n : 1) * ls.n * sizeof *scores))) {
        cli_error("out of memory");
        ok = false;
    }
    if (ok && tested) {
        k = 1;
        stance_model_info_t info;
        for (size_t i = 0; i < test.n; i++)
            test.items[i].fold = 0;
        ok = folds_score(&tested, 1, test.items, test.n, &ls, tc.jobs, scores);
        stance_model_info(tested, &info);
        t_of[0] = info.temperature;
    } else if (ok && n_tests) {
        k = 1;
        ok = held_out(&tc, &s, &test, &ls, seed, scores, &t_of[0]);
    } else if (ok) {
        ok = (folds_path ? read_folds(folds_path, &s, &k) : stratify(&s, &ls, k, seed)) &&
             cross_validate(&tc, &s, &ls, k, scores, t_of);
    }
    ok = ok && stance_eval_new(&raw, ls.n, NULL, NULL) == STANCE_OK &&
         stance_eval_new(&cal, ls.n, NULL, NULL) == STANCE_OK &&
         accumulate(raw, scored, &ls, scores, ones, right, total) &&
         accumulate(cal, scored, &ls, scores, t_of, right_cal, total_cal);
    if (ok) {
        rep.labels = &ls;
        rep.raw = raw;
        rep.cal = cal;
        rep.k = k;
        rep.folds_from = model_path ? "model" : n_tests ? "test" : folds_path ? folds_path
                                                                              : "stratified";
        rep.model = model_path;
        rep.seed = seed;
        rep.statements = scored->n;
        rep.train_statements = s.n;
        rep.skipped = skipped;
        rep.fold_right = right;
        rep.fold_total = total;
        rep.temperatures = t_of;
        rep.seconds = cli_now() - started;
        status = report_write(&rep, stdout) ? EXIT_OK : EXIT_FAIL;
    }
    stance_eval_free(raw);
    stance_eval_free(cal);
    stance_model_free(tested);
    free(scores);
    stmts_free(&s);
    stmts_free(&test);
    label_set_free(&ls);
    return status;
}
