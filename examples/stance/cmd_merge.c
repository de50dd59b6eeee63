/* stance merge: add models up into one. */
#define _POSIX_C_SOURCE 200809L
#include "commands.h"
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "Usage: stance merge -o OUT MODEL...\n"
    "\n"
    "Adds the models' counts up: the result is the model that training on all their corpora\n"
    "at once would give. Models whose settings differ are refused, naming the setting; so are\n"
    "models pruned with --min-count. Calibration is not carried over (retrain to fit it);\n"
    "label biases (--label-bias) are, and models whose biases differ are refused.\n";

int cmd_merge(int argc, char **argv)
{
    static const struct option longs[] = {{"output", required_argument, NULL, 'o'},
                                          {"help", no_argument, NULL, 'h'},
                                          {NULL, 0, NULL, 0}};
    const char *out = NULL;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, ":o:h", longs, NULL)) != -1) {
        switch (opt) {
        case 'o':
            if (!*optarg)
                return cli_usage("merge", "-o: the path is empty");
            out = optarg;
            break;
        case 'h':
            fputs(usage, stdout);
            return EXIT_OK;
        default:
            return cli_bad_option("merge", opt, argv, longs);
        }
    }
    if (!out)
        return cli_usage("merge", "-o OUT is required");
    int n = argc - optind;
    if (n < 1)
        return cli_usage("merge", "no models given");
    /* the output may be one of the models (merge -o all all new): each is read whole before
     * the sum replaces it, in one rename */
    if (cli_model_output_ok(out) != EXIT_OK)
        return EXIT_FAIL;
    cli_warn_repeated_inputs("merge", (const char *const *)(argv + optind), (size_t)n,
                             "statements");
    /* One model at a time: memory is the sum so far plus the model being added. */
    stance_trainer_t *sum = NULL;
    stance_model_t *merged = NULL;
    stance_error_t err;
    bool ok = true;
    int calibrated = -1; /* the first model added that was calibrated, -1 = none */
    double temperature = 1.0;
    for (int i = 0; i < n && ok; i++) {
        stance_model_t *m = cli_load_model_to_rewrite(argv[optind + i]);
        ok = m != NULL;
        stance_model_info_t info;
        if (ok && calibrated < 0 && (stance_model_info(m, &info), info.temperature != 1.0)) {
            calibrated = i;
            temperature = info.temperature;
        }
        if (ok && i == 0 && (stance_model_info(m, &info), info.min_count > 1)) {
            /* a trainer continues a pruned model pruned, but a sum cannot start from one: the
             * refusal stance_trainer_add_model() gives every later model */
            snprintf(err.msg, sizeof err.msg,
                     "the model was pruned (min_count %llu): its counts are incomplete and "
                     "cannot be added up",
                     (unsigned long long)info.min_count);
            ok = false;
        } else if (ok && i == 0) {
            ok = stance_trainer_new_from_model(&sum, m, NULL, &err) == STANCE_OK;
        } else if (ok) {
            ok = stance_trainer_add_model(sum, m, &err) == STANCE_OK;
        }
        if (m && !ok) /* "the model differs in its ngram_max setting" needs the file's name */
            cli_error("%s: %s", argv[optind + i], err.msg);
        stance_model_free(m);
    }
    if (ok && stance_trainer_build(&merged, sum, &err) != STANCE_OK) {
        cli_error("%s", err.msg);
        ok = false;
    }
    int status = EXIT_FAIL;
    if (ok && cli_save_model(merged, out)) {
        stance_model_info_t info;
        stance_model_info(merged, &info);
        cli_note("merged %d model%s: %llu statements, %zu features; wrote %s", n,
                 n == 1 ? "" : "s", (unsigned long long)info.statements, info.features, out);
        /* a temperature is fitted on a corpus's folds, which no model keeps */
        if (calibrated >= 0)
            cli_warn("%s is calibrated (temperature %.2f) but the sum is not: its confidences "
                     "are naive Bayes's own, surer than they should be, and a --min-confidence "
                     "chosen for a calibrated model means less; to calibrate, train on the "
                     "corpora together",
                     argv[optind + calibrated], temperature);
        status = EXIT_OK;
    }
    stance_trainer_free(sum);
    stance_model_free(merged);
    return status;
}
