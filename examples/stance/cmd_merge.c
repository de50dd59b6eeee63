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
    "models pruned with --min-count. Calibration is not carried over (retrain to fit it).\n";

int cmd_merge(int argc, char **argv)
{
    static const struct option longs[] = {{"output", required_argument, NULL, 'o'},
                                          {"help", no_argument, NULL, 'h'},
                                          {NULL, 0, NULL, 0}};
    const char *out = NULL;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:h", longs, NULL)) != -1) {
        switch (opt) {
        case 'o':
            out = optarg;
            break;
        case 'h':
            fputs(usage, stdout);
            return EXIT_OK;
        default:
            return cli_usage("merge", "unknown or incomplete option");
        }
    }
    if (!out)
        return cli_usage("merge", "-o OUT is required");
    int n = argc - optind;
    if (n < 1)
        return cli_usage("merge", "no models given");
    if (cli_output_not_input("merge", out, (const char *const *)argv + optind, (size_t)n))
        return EXIT_USAGE;
    stance_model_t **models = calloc((size_t)n, sizeof *models);
    if (!models) {
        cli_error("out of memory");
        return EXIT_FAIL;
    }
    int status = EXIT_FAIL;
    bool ok = true;
    for (int i = 0; i < n && ok; i++)
        ok = (models[i] = cli_load_model(argv[optind + i])) != NULL;
    stance_model_t *merged = NULL;
    stance_error_t err;
    if (ok && stance_model_merge(&merged, (const stance_model_t *const *)models, (size_t)n, NULL,
                                 &err) != STANCE_OK) {
        /* "model 2 differs..." reads better with the file name */
        cli_error("%s (models in the order given: %s ...)", err.msg, argv[optind]);
        ok = false;
    }
    if (ok && cli_save_model(merged, out)) {
        stance_model_info_t info;
        stance_model_info(merged, &info);
        fprintf(stderr, "stance: merged %d models: %llu statements, %zu features; wrote %s\n", n,
                (unsigned long long)info.statements, info.features, out);
        status = EXIT_OK;
    }
    for (int i = 0; i < n; i++)
        stance_model_free(models[i]);
    free(models);
    stance_model_free(merged);
    return status;
}
