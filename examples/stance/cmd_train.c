/* stance train: build a model from labeled corpora. */
#define _POSIX_C_SOURCE 200809L
#include "commands.h"
#include "feed.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "Usage: stance train -o MODEL [options] CORPUS...\n"
    "\n"
    "Trains a model on labeled statements and writes it atomically (a temporary file renamed\n"
    "into place: an existing MODEL is never left half-written). SIGINT, SIGTERM or SIGHUP\n"
    "while it is written stops the tool once it is in place, leaving no temporary file.\n"
    "CORPUS '-' is standard input.\n"
    "\n"
    "  -o, --output MODEL  the model file to write (required)\n"
    "  --base MODEL        continue training an existing model (its settings and labels\n"
    "                      are kept; so is its temperature, unless 1,000 new statements\n"
    "                      or more fit another)\n"
    "  --label-bias L=B    add B (nats) to label L's score before it is chosen, for a label\n"
    "                      whose real share differs from the corpus's (repeatable)\n"
    "  --no-calibrate      do not fit probability calibration (temperature) by 5-fold CV,\n"
    "                      and keep only the counts (memory: the model's, not the corpus's);\n"
    "                      --calibrate, the default, fits it (the last one given counts)\n"
    "                      (on a small corpus the temperature is unsteady: eval's figures\n"
    "                      after calibration, fitted on other folds, show if it helps)\n"
    "\n"
    "%s"
    "  -h, --help          this help\n"
    "\n"
    "Probabilities are calibrated by temperature scaling fitted on 5-fold cross-validated\n"
    "scores (computed in the same single pass over the corpus, so standard input works).\n"
    "Exit status: 0 on success, 1 on bad input, 2 on bad usage.\n";

/* How many new statements train --base needs to fit a temperature in place of its base's. */
#define BASE_REFIT_STATEMENTS 1000

/* A label of one statement in a corpus of many is most likely a header line ("label<TAB>text")
 * or a typo ("Hostile"): said, with where it is and how to allow only the labels meant. */
static void one_statement_labels(const stance_model_t *m, const feed_t *f)
{
    stance_model_info_t info;
    stance_model_info(m, &info);
    if (info.statements < 10)
        return;
    for (size_t l = 0; l < stance_model_label_count(m); l++) {
        const char *at = feed_label_at(f, stance_model_label(m, l));
        if (stance_model_label_statements(m, l) == 1 && at)
            cli_warn("label '%s' has 1 statement of %llu (%s): a header line or a typo? "
                     "--labels A,B,... allows only the labels meant",
                     stance_model_label(m, l), (unsigned long long)info.statements, at);
    }
}

static void summary(const stance_model_t *m, const feed_t *f, const char *path, double secs)
{
    stance_model_info_t info;
    stance_model_info(m, &info);
    fprintf(stderr, "stance: trained on %llu statements (", (unsigned long long)info.statements);
    char label[CLI_VISIBLE_LABEL];
    for (size_t l = 0; l < stance_model_label_count(m); l++)
        fprintf(stderr, "%s%s %llu", l ? ", " : "",
                cli_visible(stance_model_label(m, l), label, sizeof label),
                (unsigned long long)stance_model_label_statements(m, l));
    fprintf(stderr, "), %zu features, %.1f s", info.features, secs);
    if (f->stats.skipped)
        fprintf(stderr, "; skipped %llu bad line%s", (unsigned long long)f->stats.skipped,
                f->stats.skipped == 1 ? "" : "s");
    if (info.temperature != 1.0)
        fprintf(stderr, "; calibration temperature %.3f", info.temperature);
    fputc('\n', stderr);
    cli_note("wrote %s", path); /* the name made visible, as in every message */
}

int cmd_train(int argc, char **argv)
{
    static const struct option longs[] = {
        {"output", required_argument, NULL, 'o'},
        {"base", required_argument, NULL, OPT_BASE},
        {"label-bias", required_argument, NULL, OPT_LABEL_BIAS},
        {"help", no_argument, NULL, 'h'},
        {"format", required_argument, NULL, OPT_FORMAT},
        TRAIN_LONG_OPTIONS,
        {NULL, 0, NULL, 0}};
    train_cli_t tc;
    train_cli_init(&tc);
    const char *base_path = NULL, *output = NULL;
    cli_biases_t biases = {0};
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, ":o:j:h", longs, NULL)) != -1) {
        int h = train_cli_option(&tc, "train", opt, optarg);
        if (h < 0)
            return EXIT_USAGE;
        if (h > 0)
            continue;
        switch (opt) {
        case 'o':
            if (!*optarg)
                return cli_usage("train", "-o: the path is empty");
            output = optarg;
            break;
        case OPT_BASE:
            base_path = optarg;
            break;
        case OPT_LABEL_BIAS:
            if (!cli_bias_add(&biases, "train", optarg))
                return EXIT_USAGE;
            break;
        case 'h':
            printf(usage, train_cli_help_text("format"));
            return EXIT_OK;
        default:
            return cli_bad_option("train", opt, argv, longs);
        }
    }
    if (!output)
        return cli_usage("train", "-o MODEL is required");
    if (optind == argc)
        return cli_usage("train", "no corpus given");
    if (base_path && tc.settings_option)
        return cli_usage("train", "--%s cannot be combined with --base: the base model's "
                                  "settings are kept", tc.settings_option);
    if (base_path && tc.opts.n_labels)
        return cli_usage("train", "--labels cannot be combined with --base: the base model's "
                                  "labels are kept, and new ones may join them");
    char **paths = argv + optind;
    int n_paths = argc - optind;
    /* the output may be the base (train --base m -o m): it is read whole before the model
     * made from it replaces it, in one rename */
    if (cli_output_not_input("train", output, (const char *const *)paths, (size_t)n_paths) ||
        cli_stdin_once("train", (const char *const *)paths, (size_t)n_paths, NULL, 0))
        return EXIT_USAGE;
    if (cli_model_output_ok(output) != EXIT_OK)
        return EXIT_FAIL;
    cli_warn_repeated_inputs("train", (const char *const *)paths, (size_t)n_paths,
                             "statements");
    /* without calibration nothing scores the statements: only their counts are kept */
    feed_t f = {.tc = &tc, .k = FEED_CALIBRATION_FOLDS, .seed = FEED_CALIBRATION_SEED,
                .counts_only = !tc.calibrate};
    stance_model_t *base = NULL, *model = NULL;
    if (base_path && !(f.base = base = cli_load_model_to_rewrite(base_path)))
        return EXIT_FAIL;
    double t = 0.0;
    stance_error_t err;
    bool ok = feed_corpora(&f, paths, n_paths);
    int status = EXIT_FAIL;
    stance_model_info_t bi;
    if (base)
        stance_model_info(base, &bi);
    const bool base_calibrated = base && bi.temperature != 1.0;
    /* a base's temperature was fitted on its whole corpus; a few new statements would give an
     * unsteady one in its place */
    const bool too_few = base_calibrated && f.stats.statements < BASE_REFIT_STATEMENTS;
    ok = ok && (!tc.calibrate || too_few || feed_calibrate(&f, &t));
    if (ok && tc.calibrate && base_calibrated && (too_few || t == 0.0)) {
        t = bi.temperature;
        if (too_few)
            cli_note("the base model's temperature is kept (%.4f): %llu new statement%s too "
                     "few to fit another (%d or more)",
                     t, (unsigned long long)f.stats.statements,
                     f.stats.statements == 1 ? " is" : "s are", BASE_REFIT_STATEMENTS);
        else /* too little new data to fit one: the base's is the best there is */
            cli_note("the base model's temperature is kept (%.4f)", t);
    } else if (ok && tc.calibrate && base_calibrated) {
        cli_note("calibration temperature %.4f, fitted on the %llu new statements, replaces the "
                 "base model's %.4f",
                 t, (unsigned long long)f.stats.statements, bi.temperature);
    } else if (ok && !tc.calibrate && base_calibrated) {
        cli_warn("%s is calibrated (temperature %.2f) but the new model is not (--no-calibrate): "
                 "its confidences are naive Bayes's own, surer than they should be",
                 base_path, bi.temperature);
    }
    if (base && bi.min_count > 1)
        cli_warn("%s was pruned (features seen fewer than %llu times were dropped): the "
                 "features it dropped are gone, and the new model is pruned the same way",
                 base_path, (unsigned long long)bi.min_count);
    if (ok && stance_cv_build(f.cv, t, &model, &err) != STANCE_OK) {
        cli_error("%s", err.msg);
        ok = false;
    }
    /* a label the corpus lacks is a usage error, as classify's against its model; the
     * corpus's labels are known once it is read and run */
    if (ok && cli_bias_labels_known(&biases, "train", model, "the corpus") != EXIT_OK) {
        status = EXIT_USAGE;
        ok = false;
    }
    ok = ok && cli_bias_apply(&biases, &model);
    if (ok && stance_model_label_count(model) == 1)
        cli_warn("the corpus has one label ('%s'): the model will give it to every statement",
                 stance_model_label(model, 0));
    if (ok && cli_save_model(model, output)) {
        summary(model, &f, output, cli_now() - f.stats.started);
        one_statement_labels(model, &f);
        status = f.stats.skipped ? EXIT_FAIL : EXIT_OK; /* input was left out: say so */
    }
    feed_free(&f);
    stance_model_free(model);
    stance_model_free(base);
    return status;
}
