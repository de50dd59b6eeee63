/* stance train: build a model from labeled corpora. */
#define _POSIX_C_SOURCE 200809L
#include "commands.h"
#include "stmts.h"

#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char usage[] =
    "Usage: stance train -o MODEL [options] CORPUS...\n"
    "\n"
    "Trains a model on labeled statements and writes it atomically (a temporary file renamed\n"
    "into place: an existing MODEL is never left half-written). CORPUS '-' is standard input.\n"
    "\n"
    "  -o, --output MODEL  the model file to write (required)\n"
    "  --base MODEL        continue training an existing model (its settings are kept)\n"
    "\n"
    "%s"
    "  -h, --help          this help\n"
    "\n"
    "Probabilities are calibrated by temperature scaling fitted on 5-fold cross-validated\n"
    "scores (the corpus is read twice; not for standard input).\n"
    "Exit status: 0 on success, 1 on bad input, 2 on bad usage.\n";

#define CALIBRATION_FOLDS 5
#define BATCH 8192

typedef struct train_run {
    train_cli_t tc;
    const char *output;
    stance_model_t *base;
    unsigned k;                      /* trainers (folds) */
    stance_trainer_t **trainers;
    label_set_t labels;              /* for stratified fold assignment */
    uint64_t seen[STANCE_MAX_LABELS]; /* statements per label so far */
    feed_stats_t stats;
} train_run_t;

/* Statement i of label l goes to fold (number of earlier statements of l) mod k: every fold
 * gets its share of every label, and a second pass over the same files assigns the same. */
static bool assign_folds(train_run_t *r, stmts_t *b)
{
    for (size_t i = 0; i < b->n; i++) {
        stmt_t *s = &b->items[i];
        size_t l = label_set_index(&r->labels, s->label, s->label_len);
        if (l == SIZE_MAX) {
            cli_error("%s:%llu: more than %d labels", s->file, (unsigned long long)s->line,
                      STANCE_MAX_LABELS);
            return false;
        }
        s->fold = (uint32_t)(r->seen[l]++ % r->k);
    }
    return true;
}

static stance_corpus_t *open_corpus(const train_run_t *r, const char *path)
{
    stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
    o.format = r->tc.format;
    stance_corpus_t *c = NULL;
    stance_error_t err;
    if (stance_corpus_open(&c, path, &o, &err) != STANCE_OK) {
        cli_error("%s", err.msg);
        return NULL;
    }
    return c;
}

/* Pass 1: every statement into the trainer of its fold, a batch at a time. */
static bool read_and_train(train_run_t *r, char **paths, int n_paths)
{
    stmts_t b = {0};
    bool ok = true;
    for (int p = 0; p < n_paths && ok; p++) {
        stance_corpus_t *c = open_corpus(r, paths[p]);
        if (!c)
            return false;
        bool eof = false;
        while (ok && !eof) {
            stmts_clear(&b);
            ok = stmts_read(&b, c, BATCH, r->tc.skip_bad, &r->stats.skipped, &r->stats.bytes,
                            &eof);
            stmts_seal(&b);
            ok = ok && assign_folds(r, &b) &&
                 folds_add(r->trainers, r->k, b.items, b.n, r->tc.jobs, r->tc.skip_bad,
                           &r->stats.skipped);
            r->stats.statements += b.n;
            cli_progress(&r->stats, false);
        }
        stance_corpus_close(c);
    }
    cli_progress(&r->stats, true);
    stmts_free(&b);
    return ok;
}

static unsigned folds_with_statements(stance_model_t *const *models, unsigned k)
{
    unsigned n = 0;
    for (unsigned f = 0; f < k; f++)
        n += models[f] != NULL;
    return n;
}

static void warn_too_few_to_calibrate(const train_run_t *r)
{
    cli_warn("calibration skipped: %llu statements are too few for %u-fold cross-validation",
             (unsigned long long)r->stats.statements, (unsigned)CALIBRATION_FOLDS);
}

/* Pass 2: cross-validated scores of every statement, then the temperature that fits them.
 * *temperature stays 0 when the corpus is too small to score any statement by folds it was
 * not in (one fold holds everything, or each label sits in one fold): calibration is then
 * skipped with a warning, not an error. */
static bool calibrate(train_run_t *r, stance_model_t **models, char **paths, int n_paths,
                      double *temperature)
{
    *temperature = 0.0;
    if (folds_with_statements(models, r->k) < 2) {
        warn_too_few_to_calibrate(r);
        return true;
    }
    stance_model_t *minus[CALIBRATION_FOLDS] = {NULL};
    bool ok = true;
    for (unsigned f = 0; f < r->k && ok; f++)
        ok = (minus[f] = folds_merge(models, r->k, f, r->base, r->tc.opts.min_count)) != NULL;
    label_set_sort(&r->labels);
    const size_t L = r->labels.n;
    double *scores = NULL, *batch_scores = NULL;
    uint32_t *truth = NULL;
    size_t n = 0, cap = 0;
    memset(r->seen, 0, sizeof r->seen);
    stmts_t b = {0};
    uint64_t skipped = 0, bytes = 0;
    for (int p = 0; p < n_paths && ok; p++) {
        stance_corpus_t *c = open_corpus(r, paths[p]);
        if (!c) {
            ok = false;
            break;
        }
        bool eof = false;
        while (ok && !eof) {
            stmts_clear(&b);
            ok = stmts_read(&b, c, BATCH, true, &skipped, &bytes, &eof);
            stmts_seal(&b);
            ok = ok && assign_folds(r, &b);
            free(batch_scores);
            batch_scores = malloc((b.n ? b.n : 1) * L * sizeof *batch_scores);
            ok = ok && batch_scores &&
                 folds_score(minus, r->k, b.items, b.n, &r->labels, r->tc.jobs, batch_scores);
            if (ok && n + b.n > cap) {
                cap = (n + b.n) * 2;
                double *s2 = realloc(scores, cap * L * sizeof *scores);
                uint32_t *t2 = s2 ? realloc(truth, cap * sizeof *truth) : NULL;
                if (s2)
                    scores = s2;
                if (t2)
                    truth = t2;
                ok = s2 && t2;
            }
            for (size_t i = 0; ok && i < b.n; i++) {
                size_t t = label_set_index(&r->labels, b.items[i].label, b.items[i].label_len);
                /* a label missing from the other folds cannot be scored: leave it out */
                if (t >= L || !isfinite(batch_scores[i * L + t]))
                    continue;
                memcpy(scores + n * L, batch_scores + i * L, L * sizeof *scores);
                truth[n++] = (uint32_t)t;
            }
        }
        stance_corpus_close(c);
    }
    stance_error_t err;
    if (ok && n == 0)
        warn_too_few_to_calibrate(r);
    else if (ok && stance_fit_temperature(temperature, scores, truth, n, L, &err) != STANCE_OK) {
        cli_error("calibration: %s", err.msg);
        ok = false;
    }
    for (unsigned f = 0; f < r->k; f++)
        stance_model_free(minus[f]);
    stmts_free(&b);
    free(batch_scores);
    free(scores);
    free(truth);
    return ok;
}

static void summary(const stance_model_t *m, const train_run_t *r, const char *path,
                    double secs)
{
    stance_model_info_t info;
    stance_model_info(m, &info);
    fprintf(stderr, "stance: trained on %llu statements (", (unsigned long long)info.statements);
    for (size_t l = 0; l < stance_model_label_count(m); l++)
        fprintf(stderr, "%s%s %llu", l ? ", " : "", stance_model_label(m, l),
                (unsigned long long)stance_model_label_statements(m, l));
    fprintf(stderr, "), %zu features, %.1f s", info.features, secs);
    if (r->stats.skipped)
        fprintf(stderr, "; skipped %llu bad lines", (unsigned long long)r->stats.skipped);
    if (info.temperature != 1.0)
        fprintf(stderr, "; calibration temperature %.3f", info.temperature);
    fprintf(stderr, "\nstance: wrote %s\n", path);
}

int cmd_train(int argc, char **argv)
{
    static const struct option longs[] = {
        {"output", required_argument, NULL, 'o'},
        {"base", required_argument, NULL, OPT_BASE},
        {"help", no_argument, NULL, 'h'},
        {"format", required_argument, NULL, OPT_FORMAT},
        TRAIN_LONG_OPTIONS,
        {NULL, 0, NULL, 0}};
    train_run_t r;
    memset(&r, 0, sizeof r);
    train_cli_init(&r.tc);
    const char *base_path = NULL;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:j:h", longs, NULL)) != -1) {
        int h = train_cli_option(&r.tc, "train", opt, optarg);
        if (h < 0)
            return EXIT_USAGE;
        if (h > 0)
            continue;
        switch (opt) {
        case 'o':
            r.output = optarg;
            break;
        case OPT_BASE:
            base_path = optarg;
            break;
        case 'h':
            printf(usage, train_cli_help);
            return EXIT_OK;
        default:
            return cli_usage("train", "unknown or incomplete option");
        }
    }
    if (!r.output)
        return cli_usage("train", "-o MODEL is required");
    if (optind == argc)
        return cli_usage("train", "no corpus given");
    if (base_path && r.tc.settings_option)
        return cli_usage("train", "--%s cannot be combined with --base: the base model's "
                                  "settings are kept", r.tc.settings_option);
    char **paths = argv + optind;
    int n_paths = argc - optind;
    if (cli_output_not_input("train", r.output, (const char *const *)paths, (size_t)n_paths) ||
        cli_output_not_input("train", r.output, &base_path, 1))
        return EXIT_USAGE;
    /* Calibration reads the corpus a second time: standard input, FIFOs and other streams
     * can be read only once (reading again would hang or see nothing). */
    for (int i = 0; i < n_paths && r.tc.calibrate; i++) {
        struct stat sb;
        bool once = strcmp(paths[i], "-") == 0 ||
                    (stat(paths[i], &sb) == 0 && !S_ISREG(sb.st_mode) && !S_ISDIR(sb.st_mode));
        if (once) {
            cli_warn("calibration needs to read the corpus twice: skipped, since '%s' can be "
                     "read only once",
                     paths[i]);
            r.tc.calibrate = false;
        }
    }
    double started = cli_now();
    r.stats.started = started;
    if (base_path) {
        if (!(r.base = cli_load_model(base_path)))
            return EXIT_FAIL;
        stance_model_settings(r.base, &r.tc.opts.settings);
    }
    r.k = r.tc.calibrate ? CALIBRATION_FOLDS : (r.tc.jobs > 1 ? r.tc.jobs : 1);
    /* Fold trainers are never pruned: pruning happens once, on the added-up model. */
    uint64_t min_count = r.tc.opts.min_count;
    r.tc.opts.min_count = 0;
    r.trainers = calloc(r.k, sizeof *r.trainers);
    stance_model_t **models = calloc(r.k, sizeof *models);
    stance_model_t *full = NULL, *final = NULL;
    int status = EXIT_FAIL;
    stance_error_t err;
    bool ok = r.trainers && models;
    for (unsigned f = 0; ok && f < r.k; f++)
        if (stance_trainer_new(&r.trainers[f], &r.tc.opts, &err) != STANCE_OK) {
            cli_error("%s", err.msg);
            ok = false;
        }
    r.tc.opts.min_count = min_count;
    ok = ok && read_and_train(&r, paths, n_paths);
    if (ok && r.stats.statements == 0 && !r.base) {
        cli_error("no statements in the corpus");
        ok = false;
    }
    ok = ok && folds_build(models, r.trainers, r.k);
    for (unsigned f = 0; r.trainers && f < r.k; f++) {
        stance_trainer_free(r.trainers[f]);
        r.trainers[f] = NULL;
    }
    ok = ok && (full = folds_merge(models, r.k, UINT32_MAX, r.base, min_count)) != NULL;
    double t = 0.0;
    if (ok && r.tc.calibrate && r.labels.n >= 2) {
        ok = calibrate(&r, models, paths, n_paths, &t);
        if (ok && t > 0 && stance_model_with_temperature(&final, full, t, &err) != STANCE_OK) {
            cli_error("%s", err.msg);
            ok = false;
        }
    }
    const stance_model_t *out = final ? final : full;
    if (ok && cli_save_model(out, r.output)) {
        summary(out, &r, r.output, cli_now() - started);
        status = EXIT_OK;
    }
    for (unsigned f = 0; models && f < r.k; f++)
        stance_model_free(models[f]);
    free(models);
    free(r.trainers);
    stance_model_free(full);
    stance_model_free(final);
    stance_model_free(r.base);
    label_set_free(&r.labels);
    return status;
}
