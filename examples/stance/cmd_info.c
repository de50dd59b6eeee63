/* stance info: what a model holds and which features speak loudest for each label. */
#define _POSIX_C_SOURCE 200809L
#include "commands.h"
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "Usage: stance info [--top N] [MODEL]\n"
    "\n"
    "Shows a model's labels, analyzer settings, training metadata and the N most indicative\n"
    "features of each label (N 0..100000, default 15). Without MODEL, the built-in model.\n"
    "A feature's weight is its log-likelihood ratio for the label against the strongest other\n"
    "label; only features seen at least 3 times in the label are ranked.\n";

static void print_list(const char *what, const char *const *items, size_t n)
{
    printf("  %-18s", what);
    for (size_t i = 0; i < n; i++)
        printf("%s%s", i ? " " : "", items[i]);
    printf("%s\n", n ? "" : "(none)");
}

/* Spaces that fill a column of `width` after s, counted in characters (code points; a
 * feature is valid UTF-8), not bytes: a Cyrillic feature lines up with a Latin one. */
static int pad_to(const char *s, int width)
{
    int chars = 0;
    for (; *s; s++)
        chars += ((unsigned char)*s & 0xC0) != 0x80;
    return chars < width ? width - chars : 0;
}

/* The library ranks; the tool prints. */
static bool top_features(const stance_model_t *m, size_t top)
{
    const size_t L = stance_model_label_count(m);
    stance_feature_rank_t *r = malloc((top ? top : 1) * sizeof *r);
    if (!r) {
        cli_error("out of memory");
        return false;
    }
    bool ok = true;
    for (size_t c = 0; ok && c < L; c++) {
        size_t n = 0;
        stance_error_t err;
        if (stance_model_top_features(m, c, 3, r, top, &n, &err) != STANCE_OK) {
            cli_error("%s", err.msg);
            ok = false;
            break;
        }
        char label[CLI_VISIBLE_LABEL], feature[4 * CLI_VISIBLE_LABEL];
        printf("\nmost indicative of %s:\n",
               cli_visible(stance_model_label(m, c), label, sizeof label));
        for (size_t i = 0; i < n; i++) {
            cli_visible(stance_model_feature(m, r[i].feature, NULL), feature, sizeof feature);
            printf("  %+6.2f  %s%*s", r[i].weight, feature, pad_to(feature, 28), "");
            for (size_t o = 0; o < L; o++)
                printf("  %s %llu", cli_visible(stance_model_label(m, o), label, sizeof label),
                       (unsigned long long)stance_model_feature_label_count(m, r[i].feature, o));
            putchar('\n');
        }
    }
    free(r);
    return ok;
}

int cmd_info(int argc, char **argv)
{
    static const struct option longs[] = {{"top", required_argument, NULL, OPT_TOP},
                                          {"help", no_argument, NULL, 'h'},
                                          {NULL, 0, NULL, 0}};
    uint64_t top = 15;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, ":h", longs, NULL)) != -1) {
        switch (opt) {
        case OPT_TOP:
            if (!parse_u64(optarg, 0, 100000, &top))
                return cli_usage("info", "--top '%s': expected 0..100000", optarg);
            break;
        case 'h':
            fputs(usage, stdout);
            return EXIT_OK;
        default:
            return cli_bad_option("info", opt, argv, longs);
        }
    }
    if (argc - optind > 1)
        return cli_usage("info", "one model at a time");
    const char *path = optind < argc ? argv[optind] : NULL;
    stance_model_t *m = cli_load_model(path);
    if (!m)
        return EXIT_FAIL;
    stance_model_info_t info;
    stance_settings_t s;
    stance_model_info(m, &info);
    stance_model_settings(m, &s);
    /* what the model file says is shown safe for a terminal: the file may come from anyone */
    char shown_path[4096], version[CLI_VISIBLE_LABEL], label[CLI_VISIBLE_LABEL];
    printf("model      %s (format %u.%u, built by libstance %s)\n",
           path ? cli_visible(path, shown_path, sizeof shown_path) : "built-in",
           info.format_major, info.format_minor,
           cli_visible(info.library_version, version, sizeof version));
    printf("labels    ");
    for (size_t l = 0; l < stance_model_label_count(m); l++) {
        const unsigned long long n = stance_model_label_statements(m, l);
        printf(" %s (%llu statement%s)%s", cli_visible(stance_model_label(m, l), label, sizeof label),
               n, n == 1 ? "" : "s", l + 1 < stance_model_label_count(m) ? "," : "");
    }
    printf("\nfeatures   %zu", info.features);
    if (info.min_count)
        printf(" (rarer than %llu dropped)", (unsigned long long)info.min_count);
    printf("\nstatements %llu\n", (unsigned long long)info.statements);
    if (info.temperature != 1.0)
        printf("calibrated temperature %.4f\n", info.temperature);
    else
        printf("calibrated no\n");
    for (size_t l = 0; l < stance_model_label_count(m); l++)
        if (stance_model_label_bias(m, l) != 0.0)
            printf("label bias %s %+.3f\n", cli_visible(stance_model_label(m, l), label, sizeof label),
                   stance_model_label_bias(m, l));
    printf("settings\n");
    printf("  %-18s%s\n", "language", s.language);
    for (size_t i = 0; i < stance_setting_count(); i++) {
        char value[STANCE_SETTING_TEXT_BYTES];
        const stance_setting_t *d = stance_setting_describe(i);
        /* complement NB weighs no class priors (FORMAT.md), whatever the setting holds */
        if (s.nb == STANCE_NB_COMPLEMENT && strcmp(d->name, "priors") == 0)
            printf("  %-18s%-14s%s (complement NB uses none)\n", d->name, "none", d->summary);
        else if (stance_setting_format(&s, i, value, sizeof value, NULL, NULL) == STANCE_OK)
            printf("  %-18s%-14s%s\n", d->name, value, d->summary);
    }
    printf("  %-18s%u (Unicode %s)\n", "tokenizer", info.tokenizer_rev, info.unicode_version);
    print_list("negation words", s.negation_words, s.n_negation_words);
    print_list("negation endings", s.negation_suffixes, s.n_negation_suffixes);
    print_list("scope enders", s.scope_end_words, s.n_scope_end_words);
    bool ok = top == 0 || top_features(m, (size_t)top);
    stance_model_free(m);
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_output_error(errno);
        ok = false;
    }
    return ok ? EXIT_OK : EXIT_FAIL;
}
