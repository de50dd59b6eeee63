/* Shared pieces of the stance tool: messages, exit codes, argument parsing, models, and the
 * training options that `train` and `eval` have in common. The tool uses only the public
 * libstance API. */
#ifndef STANCE_CLI_H
#define STANCE_CLI_H

#include <stance.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* text made safe to show (C0 and C1 controls, DEL and bytes of invalid UTF-8 escaped, as in
 * messages) in buf, cut to fit cap; returns buf. A label needs CLI_VISIBLE_LABEL bytes. */
const char *cli_visible(const char *text, char *buf, size_t cap);
#define CLI_VISIBLE_LABEL (6 * STANCE_MAX_LABEL_BYTES + 1)

/* What -j takes, said alike by every command that has it. */
#define CLI_JOBS_RANGE "expected 0..1024 (0 = all cores)"

#if defined(__GNUC__)
#define CLI_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define CLI_PRINTF(a, b)
#endif

/* "stance: message" on stderr, after whatever output came before it. */
void cli_error(const char *fmt, ...) CLI_PRINTF(1, 2);
/* Output a command holds in its own buffer, written by cli_error first (NULL: none). */
void cli_on_message(void (*flush)(void *), void *arg);
void cli_warn(const char *fmt, ...) CLI_PRINTF(1, 2);
/* "stance: message", for what went right. Every message of the three has its control
 * characters and invalid UTF-8 escaped: file names and arguments can hold any byte. */
void cli_note(const char *fmt, ...) CLI_PRINTF(1, 2);
/* "stance: cannot write the output: REASON" (errnum's text; 0 = not known), once per run: a
 * command that finds it and the final check after it must not both say it. */
void cli_output_error(int errnum);
/* --skip-bad: names the n-th skipped statement while n <= CLI_SKIPS_NAMED, then only counts
 * (the summary gives the total, and the exit status is 1). */
#define CLI_SKIPS_NAMED 10
void cli_skipped(const char *msg, uint64_t n);
/* Says that a CR at byte offset of file's line ends no line, as the corpus reader says it of a
 * corpus line (a folds file, an article in quotes mode). */
void cli_lone_cr(const char *file, uint64_t line, uint64_t offset);
/* Says that the files read (paths[0..n), "-" standard input) hold no statement, and what they
 * held instead: blank lines, comments and, with --skip-bad, the bad lines skipped. */
void cli_no_statements(const char *const *paths, size_t n, uint64_t skipped);
/* Prints "stance CMD: message" and a pointer to --help; returns EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...) CLI_PRINTF(2, 3);
/* The usage error for what getopt_long refused, as cli_usage(): the option that is unknown,
 * ambiguous, lacks its argument or takes none. getopt itself says nothing: every command's
 * option string starts with ':', so that a missing argument is told apart (opt is ':'). */
struct option;
int cli_bad_option(const char *cmd, int opt, char *const *argv, const struct option *longs);

/* --label-bias LABEL=B options, in the order given. */
typedef struct cli_biases {
    const char *spec[STANCE_MAX_LABELS];
    double value[STANCE_MAX_LABELS];
    size_t n;
} cli_biases_t;
/* Adds one LABEL=B; false (with the usage message of command cmd printed) when it is
 * malformed, B is not a plain decimal number or out of range, or there are too many. */
bool cli_bias_add(cli_biases_t *b, const char *cmd, const char *arg);
/* The label's length in a LABEL=B given (up to its last '='). */
size_t cli_bias_label_len(const char *spec);
/* Says that `whose` ("the model", "the corpus") has no label of LABEL=B spec, as a usage
 * error of command cmd; returns EXIT_USAGE. */
int cli_bias_unknown(const char *cmd, const char *spec, const char *whose);
/* The index of the label name[0..len) among cv's labels, or SIZE_MAX. */
size_t cli_cv_label_index(const stance_cv_t *cv, const char *name, size_t len);
/* EXIT_USAGE (with the message of command cmd) when a label given is not in the model's
 * label set, which `whose` names ("the model"); EXIT_OK otherwise. */
int cli_bias_labels_known(const cli_biases_t *b, const char *cmd, const stance_model_t *model,
                          const char *whose);
/* Replaces *model by a copy whose named labels have these biases (the others keep theirs);
 * nothing to do when none were given. The labels are the model's: check them first
 * (cli_bias_labels_known, a usage error otherwise). */
bool cli_bias_apply(const cli_biases_t *b, stance_model_t **model);

/* Strict number parsing: the whole string, in range; a double is a plain decimal number
 * (sign, digits, point, exponent: no spaces, hexadecimal, inf or nan). */
bool parse_u64(const char *s, uint64_t min, uint64_t max, uint64_t *out);
bool parse_double(const char *s, double min, double max, double *out);

/* Loads -m PATH, or the built-in model when path is NULL; prints the error and returns NULL
 * on failure. */
stance_model_t *cli_load_model(const char *path);
/* The same for a model that another model will be written from (merge, train --base): also
 * warns when it holds sections of a newer libstance, which the model written leaves out. */
stance_model_t *cli_load_model_to_rewrite(const char *path);
/* Saves atomically (the library writes a temporary file and renames it into place); prints
 * the error on failure. SIGINT, SIGTERM and SIGHUP are held meanwhile, so that stopping the
 * tool never leaves the temporary file behind: one that arrives takes effect once the file
 * is in place (said on standard error) or the failed save has cleaned up. */
bool cli_save_model(const stance_model_t *m, const char *path);
/* The same for bytes (stance_save_file). */
bool cli_save_file(const char *path, const void *data, size_t len);
/* EXIT_USAGE (with a message) when `output` names one of the n inputs, directly or through a
 * link: writing it would destroy what is being read. EXIT_OK otherwise. NULL inputs and "-"
 * are skipped. */
int cli_output_not_input(const char *cmd, const char *output, const char *const *inputs,
                         size_t n);

/* EXIT_FAIL (with the library's message) when saving a model to `output` would be refused
 * (a file there that is not a model): said before the work, not after it. EXIT_OK otherwise. */
int cli_model_output_ok(const char *output);
/* EXIT_USAGE (with a message) when standard output is a regular file that is one of the n
 * inputs ("-" = standard input): `classify notes.txt >> notes.txt` would read its own output
 * back as input. EXIT_OK otherwise. */
int cli_stdout_not_input(const char *cmd, const char *const *inputs, size_t n);
/* Warns of each input given again (the same file under any name): its `what` count twice, as
 * the user may want (the same corpus twice weighs it double) or not. */
void cli_warn_repeated_inputs(const char *cmd, const char *const *inputs, size_t n,
                              const char *what);
/* EXIT_USAGE (with a message) when "-" is named more than once among the inputs of the lists
 * a and b (b may be NULL with nb 0): standard input can be read once, and the second reading
 * would be empty. EXIT_OK otherwise. */
int cli_stdin_once(const char *cmd, const char *const *a, size_t na, const char *const *b,
                   size_t nb);
/* The same for the SVG figure of eval --plot: it replaces only an SVG (a file that begins
 * "<svg" or "<?xml"), an empty file or nothing; a file that cannot be read is refused. */
int cli_svg_output_ok(const char *output);

/* Jobs: -j N, 0 = all cores. */
unsigned cli_cores(void);

/* ---- training options, shared by `train` and `eval` ------------------------------------ */

enum {
    OPT_FORMAT = 1000, OPT_LANGUAGE, OPT_NGRAMS, OPT_ALPHA, OPT_WEIGHTING, OPT_NO_NEGATION,
    OPT_NEGATION_SCOPE, OPT_COMPLEMENT, OPT_UNIFORM_PRIORS, OPT_MIN_COUNT, OPT_BASE,
    OPT_LABELS, OPT_SKIP_BAD, OPT_CALIBRATE, OPT_NO_CALIBRATE, OPT_FOLDS, OPT_TEST, OPT_SEED,
    OPT_PLOT, OPT_MODE, OPT_EXPLAIN, OPT_MIN_CONFIDENCE, OPT_STRICT, OPT_TOP, OPT_HELP,
    OPT_MAX_BYTES, OPT_NO_PUNCTUATION, OPT_LABEL_BIAS, OPT_FRAME_WEIGHT, OPT_SPEAKER_WEIGHT,
    OPT_ARTICLE_WEIGHT,
    OPT_NO_UNKNOWN, OPT_QUIET, OPT_NEGATION_WORDS, OPT_NEGATION_ENDINGS, OPT_SCOPE_ENDERS,
    OPT_MAX_TOKEN_BYTES, OPT_WITH_FILE, OPT_NO_HEADER
};

/* The corpus format option is --format in `train` and --corpus-format in `eval` (where
 * --format chooses the report); each command adds its own. */
#define TRAIN_LONG_OPTIONS                                                                 \
    {"language", required_argument, NULL, OPT_LANGUAGE},                                  \
    {"ngrams", required_argument, NULL, OPT_NGRAMS},                                      \
    {"alpha", required_argument, NULL, OPT_ALPHA},                                        \
    {"weighting", required_argument, NULL, OPT_WEIGHTING},                                \
    {"no-negation", no_argument, NULL, OPT_NO_NEGATION},                                  \
    {"negation-scope", required_argument, NULL, OPT_NEGATION_SCOPE},                      \
    {"no-punctuation", no_argument, NULL, OPT_NO_PUNCTUATION},                            \
    {"negation-words", required_argument, NULL, OPT_NEGATION_WORDS},                      \
    {"negation-endings", required_argument, NULL, OPT_NEGATION_ENDINGS},                  \
    {"scope-enders", required_argument, NULL, OPT_SCOPE_ENDERS},                          \
    {"max-token-bytes", required_argument, NULL, OPT_MAX_TOKEN_BYTES},                    \
    {"complement", no_argument, NULL, OPT_COMPLEMENT},                                    \
    {"uniform-priors", no_argument, NULL, OPT_UNIFORM_PRIORS},                            \
    {"min-count", required_argument, NULL, OPT_MIN_COUNT},                                \
    {"labels", required_argument, NULL, OPT_LABELS},                                      \
    {"skip-bad", no_argument, NULL, OPT_SKIP_BAD},                                        \
    {"calibrate", no_argument, NULL, OPT_CALIBRATE},                                      \
    {"no-calibrate", no_argument, NULL, OPT_NO_CALIBRATE},                                \
    {"quiet", no_argument, NULL, OPT_QUIET}

/* A comma-separated list from the command line, split in place. */
typedef struct cli_list {
    char buf[4096];
    const char *items[STANCE_MAX_LABELS];
    size_t n;
} cli_list_t;

typedef struct train_cli {
    stance_train_opts_t opts;
    stance_corpus_format_t format;
    bool skip_bad;
    bool calibrate;
    const char *settings_option; /* the first analyzer option given (clashes with --base) */
    cli_list_t labels, negation_words, negation_endings, scope_enders;
    unsigned jobs;
    bool quiet; /* no progress line */
} train_cli_t;

void train_cli_init(train_cli_t *t);
/* 1 = handled, 0 = not a training option, -1 = bad value (message printed). */
int train_cli_option(train_cli_t *t, const char *cmd, int opt, const char *arg);
/* The help of the corpus and training options, their corpus-format flag named format_flag
 * ("format", or eval's "corpus-format"). */
const char *train_cli_help_text(const char *format_flag);

/* What reading a corpus counted. */
typedef struct feed_stats {
    uint64_t statements, skipped;
    double started;
} feed_stats_t;

/* Room for need elements of elem bytes in *p (*cap of them now), doubling; false when out of
 * memory or the size would overflow, *p and *cap then unchanged. */
bool cli_grow(void **p, size_t *cap, size_t need, size_t elem);

double cli_now(void);

#endif
