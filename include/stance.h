/*
 * libstance: label what officials say as conciliatory or hostile (or any labels you train).
 *
 * A naive-Bayes text classifier whose analysis settings (tokenizer, stemmer language, n-grams,
 * negation scope, weighting) travel inside the model file, so training and classification can
 * never diverge.
 *
 * Typical use:
 *
 *     stance_model_t *model = NULL;
 *     stance_ctx_t *ctx = NULL;
 *     stance_error_t err;
 *     if (stance_model_load_file(&model, "stance.stnc", NULL, &err) != STANCE_OK) {
 *         fprintf(stderr, "%s\n", err.msg);
 *         return 1;
 *     }
 *     if (stance_ctx_new(&ctx, model, NULL, &err) == STANCE_OK) {
 *         stance_result_t res;
 *         const char *text = "We regret to note Tokyo's unfriendly course.";
 *         if (stance_classify(ctx, text, strlen(text), 0, &res, &err) == STANCE_OK)
 *             printf("%s %.3f\n", stance_model_label(model, res.label), res.confidence);
 *     }
 *     stance_ctx_free(ctx);
 *     stance_model_free(model);
 *
 * Thread safety:
 *  1. Calls may run concurrently in any threads, as long as no other thread is using a
 *     non-const object passed in.
 *  2. A stance_model_t is immutable once built or loaded; every function taking a
 *     `const stance_model_t *` is safe on a model shared by any number of threads.
 *  3. A stance_ctx_t or stance_trainer_t is used by one thread at a time: make one per worker.
 *  4. stance_strerror(), the version functions and the model getters are always thread-safe.
 *     The library keeps no global state, starts no threads, takes no locks, prints nothing
 *     and never aborts.
 *
 * Text is always (pointer, length) in bytes, UTF-8; NUL is an ordinary byte. Spans in results
 * are byte offsets into the caller's text.
 */
#ifndef STANCE_H
#define STANCE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @defgroup version Version
 *  The header is the single source of the version; CMake reads it from here.
 *  @{ */
#define STANCE_VERSION_MAJOR 0
#define STANCE_VERSION_MINOR 1
#define STANCE_VERSION_PATCH 0
/** 0xMMmmpp, for preprocessor comparisons. */
#define STANCE_VERSION_NUMBER \
    ((STANCE_VERSION_MAJOR << 16) | (STANCE_VERSION_MINOR << 8) | STANCE_VERSION_PATCH)
#define STANCE_VERSION_STRING "0.1.0"
/** @} */

#if defined(STANCE_STATIC)
#  define STANCE_API
#elif defined(_WIN32)
#  if defined(STANCE_BUILDING)
#    define STANCE_API __declspec(dllexport)
#  else
#    define STANCE_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__)
#  define STANCE_API __attribute__((visibility("default")))
#else
#  define STANCE_API
#endif

#if defined(__GNUC__)
#  define STANCE_NODISCARD __attribute__((warn_unused_result))
#else
#  define STANCE_NODISCARD
#endif

/** @ingroup version
 *  @return STANCE_VERSION_NUMBER of the library actually linked. @since 0.1 */
STANCE_API unsigned stance_version(void);
/** @ingroup version
 *  @return STANCE_VERSION_STRING of the library actually linked; static storage. @since 0.1 */
STANCE_API const char *stance_version_string(void);

/** @defgroup status Status codes and error detail
 *  @{ */

/** Every fallible call returns one of these. Zero is success, errors are negative.
 *  Values are append-only and never renumbered. */
typedef enum stance_status {
    STANCE_OK = 0,
    STANCE_E_NOMEM = -1,            /**< an allocation failed; objects passed in stay usable */
    STANCE_E_INVALID_ARG = -2,      /**< NULL where forbidden, unknown flag bits, bad option */
    STANCE_E_BAD_UTF8 = -3,         /**< invalid UTF-8; stance_error_t.offset is the bad byte */
    STANCE_E_BUFFER_TOO_SMALL = -4, /**< a caller buffer is too small; the size needed is given */
    STANCE_E_IO = -5,               /**< reading or writing a file failed (errno in the message) */
    STANCE_E_BAD_MAGIC = -6,        /**< not a libstance model file */
    STANCE_E_VERSION = -7,          /**< model format or tokenizer revision this library cannot read */
    STANCE_E_CORRUPT = -8,          /**< model file structurally invalid (bad length, range, order) */
    STANCE_E_LANGUAGE = -9,         /**< unknown stemmer language */
    STANCE_E_LIMIT = -10,           /**< an input exceeds a documented limit */
    STANCE_E_TRUNCATED = -11,       /**< model file shorter than its header says */
    STANCE_E_CHECKSUM = -12,        /**< model file checksum mismatch: the bytes were altered */
    STANCE_E_LABEL = -13,           /**< unknown, empty or malformed label */
    STANCE_E_MISMATCH = -14,        /**< models with different settings cannot be combined */
    STANCE_E_EMPTY = -15,           /**< nothing to work with (e.g. a trainer with no statements) */
    STANCE_E_PARSE = -16,           /**< malformed corpus input (line and offset in the error) */
    STANCE_E_NOT_FOUND = -17        /**< a looked-up label or feature is not in the model */
} stance_status_t;

/** Static English description of @p status, e.g. "model file checksum mismatch".
 *  Never NULL (unknown values give "unknown status"); thread-safe. @since 0.1 */
STANCE_API const char *stance_strerror(stance_status_t status);

/** Optional error detail. Every function taking a `stance_error_t *` accepts NULL; when it
 *  is not NULL it is filled on failure (and on success has status STANCE_OK, empty msg). */
typedef struct stance_error {
    stance_status_t status;
    uint64_t offset;  /**< byte offset in the text or model file; STANCE_NO_OFFSET if n/a */
    uint64_t line;    /**< 1-based line in a corpus; 0 if n/a */
    char msg[200];    /**< NUL-terminated, e.g. "section FEAT: length 9000 past end of file" */
} stance_error_t;

#define STANCE_NO_OFFSET UINT64_MAX
/** @} */

/** @defgroup alloc Allocator
 *  Every object can be given its own allocator; NULL means malloc/realloc/free. The library
 *  never allocates through anything else, except libstemmer's own stemmer objects (it has no
 *  allocator hook) which are created once per context.
 *  @{ */
typedef struct stance_allocator {
    void *(*alloc)(void *opaque, size_t size);
    void *(*realloc)(void *opaque, void *ptr, size_t size);
    void (*free)(void *opaque, void *ptr);
    void *opaque;
} stance_allocator_t;
/** @} */

/** @defgroup settings Analyzer and naive-Bayes settings
 *  Chosen at training time and stored in the model.
 *  @{ */

/** How a feature is counted in one statement. */
typedef enum stance_weighting {
    STANCE_WEIGHT_BINARY = 0, /**< presence: once per statement */
    STANCE_WEIGHT_COUNTS = 1  /**< every occurrence */
} stance_weighting_t;

/** Naive-Bayes event model. */
typedef enum stance_nb {
    STANCE_NB_MULTINOMIAL = 0, /**< multinomial NB with Lidstone smoothing */
    STANCE_NB_COMPLEMENT = 1   /**< complement NB (Rennie et al. 2003), as scikit-learn's */
} stance_nb_t;

/** Class priors. */
typedef enum stance_priors {
    STANCE_PRIORS_LEARNED = 0, /**< from statements per label */
    STANCE_PRIORS_UNIFORM = 1
} stance_priors_t;

/** Analyzer and classifier settings. Strings and lists are borrowed: when given to a trainer
 *  they are copied; when read from a model they live as long as the model. */
typedef struct stance_settings {
    unsigned int version;         /**< STANCE_SETTINGS_VERSION */
    const char *language;         /**< libstemmer algorithm ("english", "russian", ...), or
                                       "none" for no stemming; NULL = "english" */
    unsigned int ngram_max;       /**< 1..3: word n-grams up to this length */
    unsigned int negation;        /**< 1 = mark words in negation scope as distinct features */
    unsigned int negation_scope;  /**< max words a negation covers; 0 = to the clause end */
    stance_weighting_t weighting;
    unsigned int max_token_bytes; /**< longer tokens are skipped; 1..1024 (default 100) */
    stance_nb_t nb;
    stance_priors_t priors;
    double alpha;                 /**< Lidstone smoothing, > 0 (1.0 = Laplace) */
    /** Words that open a negation scope ("not", "never", ...), matched after normalization,
     *  before stemming. NULL with count 0 = the built-in list for the language (empty for
     *  languages without one). */
    const char *const *negation_words;
    size_t n_negation_words;
    /** Endings that make a word a negation ("n't"); NULL/0 = built-in for the language. */
    const char *const *negation_suffixes;
    size_t n_negation_suffixes;
    /** Words that close a negation scope ("but", "however"); NULL/0 = built-in. */
    const char *const *scope_end_words;
    size_t n_scope_end_words;
    /** 1 = clause punctuation (. , ; : ! ? ...) is a term of its own, in unigrams and
     *  n-grams ("!" and "regret !" are features); 0 = it only separates n-grams. Either way it
     *  ends a negation scope. */
    unsigned int punctuation;
} stance_settings_t;

#define STANCE_SETTINGS_VERSION 1
/** Defaults, chosen by cross-validation on five public benchmarks and the project's corpus
 *  (README, "Accuracy"): english, bigrams, negation over the next 3 words, punctuation as
 *  terms, binary weighting, 100-byte tokens, multinomial NB, learned priors, alpha 0.5. */
#define STANCE_SETTINGS_INIT                                                                 \
    { STANCE_SETTINGS_VERSION, NULL, 2, 1, 3, STANCE_WEIGHT_BINARY, 100,                     \
      STANCE_NB_MULTINOMIAL, STANCE_PRIORS_LEARNED, 0.5, NULL, 0, NULL, 0, NULL, 0, 1 }
/** @} */

/** @defgroup model Models
 *  @{ */

/** A trained model: labels, settings and feature counts. Opaque; immutable once built or
 *  loaded; shareable between threads. */
typedef struct stance_model stance_model_t;

/** Options for loading a model. */
typedef struct stance_load_opts {
    unsigned int version;            /**< STANCE_LOAD_OPTS_VERSION */
    uint32_t flags;                  /**< reserved, must be 0 */
    size_t max_file_bytes;           /**< 0 = 1 GiB */
    const stance_allocator_t *alloc; /**< NULL = malloc/realloc/free */
} stance_load_opts_t;
#define STANCE_LOAD_OPTS_VERSION 1
#define STANCE_LOAD_OPTS_INIT { STANCE_LOAD_OPTS_VERSION, 0, 0, NULL }

/** Loads a model from @p len bytes at @p data (copied; the buffer may be freed afterwards).
 *  Every length is checked against the bytes present and the checksum is verified before
 *  anything is interpreted.
 *  @param out   receives the model; set to NULL on failure
 *  @param opts  NULL = defaults
 *  @param err   may be NULL
 *  @return STANCE_OK, STANCE_E_TRUNCATED, STANCE_E_BAD_MAGIC, STANCE_E_CHECKSUM,
 *          STANCE_E_VERSION, STANCE_E_CORRUPT, STANCE_E_LIMIT, STANCE_E_NOMEM,
 *          STANCE_E_INVALID_ARG. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_load_mem(stance_model_t **out,
    const void *data, size_t len, const stance_load_opts_t *opts, stance_error_t *err);

/** Loads a model file; as stance_model_load_mem() plus STANCE_E_IO. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_load_file(stance_model_t **out,
    const char *path, const stance_load_opts_t *opts, stance_error_t *err);

/** The built-in English model (conciliatory / hostile), compiled into the library: no file
 *  needed. Each call returns a new model object; free it with stance_model_free().
 *  @param alloc NULL = malloc/realloc/free
 *  @return as stance_model_load_mem(), or STANCE_E_NOT_FOUND when the library was built
 *          without it. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_default(stance_model_t **out,
    const stance_allocator_t *alloc, stance_error_t *err);

/** Frees a model. Accepts NULL. Every context made from it must be freed first. @since 0.1 */
STANCE_API void stance_model_free(stance_model_t *model);

/** Number of labels (at least 1 in any valid model). @since 0.1 */
STANCE_API size_t stance_model_label_count(const stance_model_t *model);
/** Label @p i (sorted byte order), NUL-terminated, borrowed from the model; NULL if out of
 *  range. @since 0.1 */
STANCE_API const char *stance_model_label(const stance_model_t *model, size_t i);
/** Finds a label by name. @return STANCE_OK or STANCE_E_NOT_FOUND. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_label_index(
    const stance_model_t *model, const char *name, size_t len, size_t *out);

/** Fills @p out with the model's settings; strings and lists are borrowed from the model.
 *  @since 0.1 */
STANCE_API void stance_model_settings(const stance_model_t *model, stance_settings_t *out);

/** Facts about a model that are not settings. */
typedef struct stance_model_info {
    uint32_t format_major, format_minor; /**< of the file it was loaded from (or will be saved as) */
    uint32_t tokenizer_rev;              /**< tokenizer revision the features were made with */
    const char *unicode_version;         /**< utf8proc Unicode version at training time */
    const char *library_version;         /**< libstance version that built the model */
    uint64_t statements;                 /**< statements trained on, all labels */
    uint64_t min_count;                  /**< features rarer than this were pruned (0/1 = none) */
    size_t features;                     /**< distinct features (vocabulary size) */
    double temperature;                  /**< probability calibration; 1.0 = none */
    uint32_t warnings;                   /**< STANCE_WARN_* bits */
} stance_model_info_t;

/** The model's Unicode version differs from this library's utf8proc: a few rare characters
 *  may normalize differently than at training time. */
#define STANCE_WARN_UNICODE_VERSION 0x1u

/** Fills @p out; strings are borrowed from the model. @since 0.1 */
STANCE_API void stance_model_info(const stance_model_t *model, stance_model_info_t *out);

/** Statements label @p label was trained on (0 if out of range). @since 0.1 */
STANCE_API uint64_t stance_model_label_statements(const stance_model_t *model, size_t label);

/** Number of features (the vocabulary). @since 0.1 */
STANCE_API size_t stance_model_feature_count(const stance_model_t *model);
/** Feature @p i (sorted byte order): its text, e.g. "unfriend", "NOT_friend",
 *  "unfriend stanc". Borrowed, NUL-terminated; NULL if out of range. @since 0.1 */
STANCE_API const char *stance_model_feature(const stance_model_t *model, size_t i,
    size_t *len_out);
/** Count of feature @p i in label @p label (0 if out of range). @since 0.1 */
STANCE_API uint64_t stance_model_feature_label_count(const stance_model_t *model, size_t i,
    size_t label);
/** The weight naive Bayes gives feature @p i for label @p label: log P(feature | label) for
 *  multinomial NB, the negated complement log-probability for complement NB. @since 0.1 */
STANCE_API double stance_model_feature_weight(const stance_model_t *model, size_t i,
    size_t label);
/** Finds a feature by its text. @return STANCE_OK or STANCE_E_NOT_FOUND. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_feature_index(
    const stance_model_t *model, const char *feature, size_t len, size_t *out);

/** Serializes the model into @p buf (the exact bytes stance_model_save() writes).
 *  @param needed receives the size in bytes; may be NULL
 *  @return STANCE_OK, STANCE_E_BUFFER_TOO_SMALL with *needed set (buf may be NULL then),
 *          STANCE_E_NOMEM. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_serialize(
    const stance_model_t *model, void *buf, size_t cap, size_t *needed, stance_error_t *err);

/** Saves atomically: writes a temporary file beside @p path, fsyncs it, renames it over
 *  @p path and fsyncs the directory. On any failure the temporary file is removed and an
 *  existing file at @p path is left whole. @return STANCE_OK, STANCE_E_IO, STANCE_E_NOMEM.
 *  @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_save(const stance_model_t *model,
    const char *path, stance_error_t *err);

/** Adds models up: labels are united, counts summed. merge(train(A), train(B)) is
 *  byte-identical to train(A then B). Refuses (STANCE_E_MISMATCH, naming the setting) models
 *  whose settings differ, and models pruned with a minimum count (their counts are
 *  incomplete). Calibration is dropped: refit it on the merged data.
 *  @param alloc NULL = malloc/realloc/free. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_merge(stance_model_t **out,
    const stance_model_t *const *models, size_t n, const stance_allocator_t *alloc,
    stance_error_t *err);

/** Returns a copy of @p model without the features seen fewer than @p min_count times in all
 *  labels together (min_count <= 1 copies everything). A pruned model records its min_count
 *  and cannot be merged. @param alloc NULL = the model's allocator. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_prune(stance_model_t **out,
    const stance_model_t *model, uint64_t min_count, const stance_allocator_t *alloc,
    stance_error_t *err);

/** Returns a copy of @p model whose probabilities are divided by @p temperature before the
 *  softmax (temperature scaling; 1.0 removes calibration). @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_with_temperature(
    stance_model_t **out, const stance_model_t *model, double temperature,
    stance_error_t *err);
/** @} */

/** @defgroup classify Contexts and classification
 *  @{ */

/** Per-thread state: the stemmer, the word cache and scratch buffers. Borrows its model,
 *  which must outlive it. Use one per thread. */
typedef struct stance_ctx stance_ctx_t;

/** Makes a context for @p model.
 *  @param alloc NULL = the model's allocator
 *  @return STANCE_OK, STANCE_E_NOMEM, STANCE_E_LANGUAGE, STANCE_E_INVALID_ARG. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_ctx_new(stance_ctx_t **out,
    const stance_model_t *model, const stance_allocator_t *alloc, stance_error_t *err);
/** Frees a context. Accepts NULL. @since 0.1 */
STANCE_API void stance_ctx_free(stance_ctx_t *ctx);

/** Flags for analysis, classification and training calls. Unknown bits are refused. */
#define STANCE_REPLACE_INVALID 0x1u /**< invalid UTF-8 acts as a separator (U+FFFD) instead
                                         of failing with STANCE_E_BAD_UTF8 */
#define STANCE_EXPLAIN 0x2u         /**< classify: record per-feature contributions for
                                         stance_explain() */

/** Documented limit on one statement: longer input gives STANCE_E_LIMIT. */
#define STANCE_MAX_TEXT_BYTES ((size_t)1 << 30)

/** Kinds of tokens. */
typedef enum stance_token_kind {
    STANCE_TOKEN_WORD = 0,  /**< letters, marks and digits, with inner ' and - */
    STANCE_TOKEN_CJK = 1,   /**< one Han or Kana character */
    STANCE_TOKEN_EMOJI = 2, /**< one emoji grapheme cluster */
    STANCE_TOKEN_BREAK = 3  /**< clause punctuation: ends n-grams and negation scope */
} stance_token_kind_t;

typedef struct stance_token {
    size_t start, len;        /**< byte span in the caller's text */
    stance_token_kind_t kind;
} stance_token_t;

/** Splits @p text into tokens (words, CJK characters, emoji, clause breaks), exactly as
 *  training and classification do.
 *  @param toks   caller array of @p cap tokens; may be NULL when cap is 0
 *  @param count  receives the number of tokens (also when the array is too small)
 *  @return STANCE_OK, STANCE_E_BUFFER_TOO_SMALL, STANCE_E_BAD_UTF8, STANCE_E_LIMIT,
 *          STANCE_E_INVALID_ARG. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_tokenize(stance_ctx_t *ctx,
    const char *text, size_t len, uint32_t flags, stance_token_t *toks, size_t cap,
    size_t *count, stance_error_t *err);

/** Called once per feature occurrence by stance_analyze(). @p feature is valid only during
 *  the call; [start, end) is the byte span of the words that made it. Return nonzero to stop. */
typedef int (*stance_feature_cb)(const char *feature, size_t len, size_t start, size_t end,
    void *user);

/** Runs the analyzer and reports every feature occurrence in text order, whether the model
 *  knows it or not. For inspection and tests; classification does not build these strings.
 *  @return STANCE_OK, STANCE_E_BAD_UTF8, STANCE_E_LIMIT, STANCE_E_NOMEM,
 *          STANCE_E_INVALID_ARG. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_analyze(stance_ctx_t *ctx,
    const char *text, size_t len, uint32_t flags, stance_feature_cb cb, void *user,
    stance_error_t *err);

/** The outcome of one classification. Arrays are borrowed from the context and valid until
 *  its next call. */
typedef struct stance_result {
    size_t label;          /**< index of the most probable label */
    double confidence;     /**< its probability (calibrated when the model is) */
    size_t n_labels;
    const double *probs;   /**< probability per label, summing to 1 */
    const double *scores;  /**< joint log-likelihood per label (before calibration) */
    size_t n_tokens;       /**< word, CJK and emoji tokens seen */
    size_t n_known;        /**< feature occurrences the model knows */
    size_t n_skipped;      /**< tokens longer than max_token_bytes, skipped */
} stance_result_t;

/** Classifies one statement.
 *  @param flags  STANCE_REPLACE_INVALID, STANCE_EXPLAIN
 *  @return STANCE_OK, STANCE_E_BAD_UTF8 (offset of the first bad byte), STANCE_E_LIMIT,
 *          STANCE_E_NOMEM, STANCE_E_INVALID_ARG. An empty text is classified by the priors.
 *  @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_classify(stance_ctx_t *ctx,
    const char *text, size_t len, uint32_t flags, stance_result_t *out, stance_error_t *err);

/** One feature that decided a classification. */
typedef struct stance_hit {
    const char *feature;  /**< borrowed from the model, NUL-terminated */
    size_t feature_len;
    double contribution;  /**< weight x (log P(f|best) - log P(f|runner-up)): > 0 pushed
                               toward the chosen label, < 0 against it */
    size_t start, len;    /**< first occurrence in the text (bytes) */
    uint32_t count;       /**< occurrences counted (1 under binary weighting) */
} stance_hit_t;

/** The features of the last stance_classify() with STANCE_EXPLAIN, strongest first (by
 *  absolute contribution).
 *  @param hits   caller array of @p cap entries; receives the @p cap strongest
 *  @param count  receives the number written
 *  @return STANCE_OK, STANCE_E_INVALID_ARG (no explained classification). @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_explain(const stance_ctx_t *ctx,
    stance_hit_t *hits, size_t cap, size_t *count);
/** @} */

/** @defgroup train Training
 *  @{ */

/** Collects (label, statement) counts and builds models. One thread at a time. */
typedef struct stance_trainer stance_trainer_t;

typedef struct stance_train_opts {
    unsigned int version;            /**< STANCE_TRAIN_OPTS_VERSION */
    stance_settings_t settings;
    /** Closed label set: statements with any other label are refused with STANCE_E_LABEL.
     *  NULL = any label is accepted as it appears. */
    const char *const *labels;
    size_t n_labels;
    uint64_t min_count;              /**< drop features seen fewer times in all labels; 0 = keep */
    const stance_allocator_t *alloc; /**< NULL = malloc/realloc/free */
} stance_train_opts_t;
#define STANCE_TRAIN_OPTS_VERSION 1
#define STANCE_TRAIN_OPTS_INIT { STANCE_TRAIN_OPTS_VERSION, STANCE_SETTINGS_INIT, NULL, 0, 0, NULL }

/** Limits on labels: at most this many, each 1..STANCE_MAX_LABEL_BYTES bytes of UTF-8 without
 *  control characters. */
#define STANCE_MAX_LABELS 256
#define STANCE_MAX_LABEL_BYTES 64

/** Makes an empty trainer. @param opts NULL = defaults.
 *  @return STANCE_OK, STANCE_E_INVALID_ARG (naming the setting), STANCE_E_LANGUAGE,
 *  STANCE_E_LABEL, STANCE_E_NOMEM. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_trainer_new(stance_trainer_t **out,
    const stance_train_opts_t *opts, stance_error_t *err);

/** Makes a trainer that continues from @p base: same settings and labels, its counts as the
 *  starting point (incremental training). @param alloc NULL = the model's allocator.
 *  @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_trainer_new_from_model(
    stance_trainer_t **out, const stance_model_t *base, const stance_allocator_t *alloc,
    stance_error_t *err);

/** Frees a trainer. Accepts NULL. @since 0.1 */
STANCE_API void stance_trainer_free(stance_trainer_t *trainer);

/** Adds one statement.
 *  @param flags STANCE_REPLACE_INVALID
 *  @return STANCE_OK, STANCE_E_LABEL, STANCE_E_BAD_UTF8, STANCE_E_LIMIT, STANCE_E_NOMEM,
 *          STANCE_E_INVALID_ARG. On failure the trainer is unchanged. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_trainer_add(stance_trainer_t *trainer,
    const char *label, size_t label_len, const char *text, size_t len, uint32_t flags,
    stance_error_t *err);

/** Statements added so far (including a base model's). @since 0.1 */
STANCE_API uint64_t stance_trainer_statements(const stance_trainer_t *trainer);

/** Builds a model from everything added so far; the trainer stays usable.
 *  @return STANCE_OK, STANCE_E_EMPTY (no statements), STANCE_E_NOMEM. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_trainer_build(stance_model_t **out,
    const stance_trainer_t *trainer, stance_error_t *err);
/** @} */

/** @defgroup corpus Reading corpora and text files
 *  One streaming reader for labeled corpora (TSV, fastText, a folder per label) and for
 *  unlabeled text (a statement per line, or a file per statement). Memory stays bounded by
 *  the longest statement, however large the input. Errors name the file, line and offset,
 *  and reading may continue after one (to skip bad lines).
 *  @{ */

typedef enum stance_corpus_format {
    STANCE_CORPUS_TSV = 0,      /**< label<TAB>text; lines starting with # are comments */
    STANCE_CORPUS_FASTTEXT = 1, /**< __label__name text */
    STANCE_CORPUS_DIRS = 2,     /**< a folder with one sub-folder per label, a file per statement */
    STANCE_CORPUS_LINES = 3,    /**< unlabeled: one statement per line, blank lines skipped */
    STANCE_CORPUS_DOCUMENT = 4  /**< unlabeled: the whole file is one statement */
} stance_corpus_format_t;

typedef struct stance_corpus_opts {
    unsigned int version;            /**< STANCE_CORPUS_OPTS_VERSION */
    stance_corpus_format_t format;
    uint32_t flags;                  /**< STANCE_REPLACE_INVALID: return records with invalid
                                          UTF-8 (marked in invalid_at) instead of failing */
    size_t max_statement_bytes;      /**< 0 = 16 MiB; longer statements give STANCE_E_LIMIT */
    const stance_allocator_t *alloc; /**< NULL = malloc/realloc/free */
} stance_corpus_opts_t;
#define STANCE_CORPUS_OPTS_VERSION 1
#define STANCE_CORPUS_OPTS_INIT { STANCE_CORPUS_OPTS_VERSION, STANCE_CORPUS_TSV, 0, 0, NULL }

/** One statement. Pointers are borrowed from the reader until its next call. */
typedef struct stance_record {
    const char *label;   /**< NULL for unlabeled formats */
    size_t label_len;
    const char *text;
    size_t text_len;
    const char *file;    /**< the file it came from ("-" for standard input) */
    uint64_t line;       /**< 1-based line of the statement (1 for whole files) */
    uint64_t offset;     /**< byte offset of the text in the file */
    uint64_t invalid_at; /**< byte offset in the file of the first invalid UTF-8 byte, or
                              STANCE_NO_OFFSET (only with STANCE_REPLACE_INVALID) */
} stance_record_t;

typedef struct stance_corpus stance_corpus_t;

/** Opens a file ("-" = standard input) or, for STANCE_CORPUS_DIRS, a folder.
 *  @return STANCE_OK, STANCE_E_IO, STANCE_E_INVALID_ARG, STANCE_E_NOMEM, STANCE_E_EMPTY (a
 *          folder without label folders holding files). @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_corpus_open(stance_corpus_t **out,
    const char *path, const stance_corpus_opts_t *opts, stance_error_t *err);

/** Reads the next statement into @p rec; sets *done (and returns STANCE_OK) at the end.
 *  On STANCE_E_PARSE (malformed line), STANCE_E_BAD_UTF8 or STANCE_E_LIMIT the error names
 *  file, line and offset (err->line, err->offset) and the next call continues after that
 *  statement. STANCE_E_IO and STANCE_E_NOMEM end the reading.
 *  @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_corpus_next(stance_corpus_t *corpus,
    stance_record_t *rec, int *done, stance_error_t *err);

/** Closes the reader. Accepts NULL. @since 0.1 */
STANCE_API void stance_corpus_close(stance_corpus_t *corpus);
/** @} */

/** @defgroup eval Evaluation: folds, metrics, calibration
 *  @{ */

/** Stratified k-fold assignment: the statements of each label (labels[i] is statement i's
 *  label index) are shuffled with a generator seeded by @p seed and dealt to folds 0..k-1 in
 *  turn, so every fold gets its share of every label. The same input and seed give the same
 *  folds on every platform (the generator is splitmix64, specified in the source).
 *  @param folds  receives n fold numbers
 *  @return STANCE_OK, STANCE_E_INVALID_ARG (k < 2), STANCE_E_NOMEM. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_folds_stratified(uint32_t *folds,
    const uint32_t *labels, size_t n, uint32_t k, uint64_t seed,
    const stance_allocator_t *alloc, stance_error_t *err);

/** Accumulates predictions and reports accuracy, macro-F1, per-label precision, recall and
 *  F1, the confusion matrix, log-loss and expected calibration error. */
typedef struct stance_eval stance_eval_t;

/** Number of equal-width confidence bins of the reliability diagram and of the ECE. */
#define STANCE_EVAL_BINS 10

typedef struct stance_eval_summary {
    uint64_t n;        /**< predictions added */
    double accuracy;   /**< share of predictions whose best label is the truth */
    double macro_f1;   /**< mean F1 over labels that occur in truth or prediction */
    double log_loss;   /**< mean of -ln p(truth), p clipped to [1e-15, 1] */
    double ece;        /**< expected calibration error over STANCE_EVAL_BINS bins */
    double brier;      /**< mean squared error of the probability vector */
} stance_eval_summary_t;

typedef struct stance_eval_label {
    uint64_t support;  /**< statements whose truth is this label */
    uint64_t predicted;
    double precision, recall, f1; /**< 0 when undefined (no predictions / no support) */
} stance_eval_label_t;

typedef struct stance_eval_bin {
    uint64_t count;
    double confidence; /**< mean confidence of the predictions in the bin */
    double accuracy;   /**< share of them that were right */
} stance_eval_bin_t;

/** Makes an accumulator for @p n_labels labels (2..256). @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_eval_new(stance_eval_t **out,
    size_t n_labels, const stance_allocator_t *alloc, stance_error_t *err);
/** Frees it. Accepts NULL. @since 0.1 */
STANCE_API void stance_eval_free(stance_eval_t *ev);
/** Adds one prediction: the true label and the probability of every label (the predicted
 *  label is the most probable, the first on ties). @return STANCE_OK, STANCE_E_INVALID_ARG.
 *  @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_eval_add(stance_eval_t *ev, size_t truth,
    const double *probs);
STANCE_API void stance_eval_summary(const stance_eval_t *ev, stance_eval_summary_t *out);
/** @return STANCE_OK or STANCE_E_INVALID_ARG (label out of range). @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_eval_label(const stance_eval_t *ev,
    size_t label, stance_eval_label_t *out);
/** Statements with true label @p truth predicted as @p predicted. @since 0.1 */
STANCE_API uint64_t stance_eval_confusion(const stance_eval_t *ev, size_t truth,
    size_t predicted);
/** Bin @p bin (0..STANCE_EVAL_BINS-1) of the reliability diagram. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_eval_bin(const stance_eval_t *ev,
    size_t bin, stance_eval_bin_t *out);

/** Fits temperature scaling: the T > 0 that minimizes the log-loss of softmax(score / T)
 *  over @p n statements, given their joint log-likelihood scores (n x n_labels, row-major, as
 *  stance_result_t.scores) and true labels. The loss is convex in 1/T; T is found by
 *  bisection on the derivative to 1e-9 relative precision and clamped to [1e-3, 1e3].
 *  @return STANCE_OK, STANCE_E_INVALID_ARG, STANCE_E_EMPTY (n = 0). @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_fit_temperature(double *temperature,
    const double *scores, const uint32_t *truth, size_t n, size_t n_labels,
    stance_error_t *err);
/** @} */

/** @defgroup quotes Quotations and speakers in news articles
 *  @{ */

/** A short quoted name or term, not speech (the "Northern Territories", a so-called "reset"). */
#define STANCE_QUOTE_TERM 0x1u
/** No closing mark before the paragraph (or the text) ended. */
#define STANCE_QUOTE_UNCLOSED 0x2u
/** A fragment inside a sentence (called the move "deeply unhelpful"). */
#define STANCE_QUOTE_FRAGMENT 0x4u

typedef struct stance_quote {
    size_t start, len;                 /**< the quoted text, without the outer marks */
    size_t speaker_start, speaker_len; /**< the speaker's name as the article gives it (for
                                            "she said": where she was last named); len 0 when
                                            no speaker is found */
    uint32_t flags;                    /**< STANCE_QUOTE_* */
} stance_quote_t;

/** Finds the quotations in an article: “…” "…" «…» „…“ ‘…’ 「…」 『…』, nested quotes inside
 *  outer ones, quotes that run over several sentences, and multi-paragraph quotes (a paragraph
 *  that opens again with a quotation mark continues the quote; each paragraph is a quote).
 *  Speakers are attributed as stance_quotes_attribute() attributes them and given as the
 *  article names them in full ("Peskov said" gives the "Dmitry Peskov" named before); a split
 *  quotation is reported as its two pieces, both with the speaker.
 *  Needs no context and allocates nothing; time is linear in @p len.
 *  @param quotes  caller array of @p cap quotes; may be NULL when cap is 0
 *  @param count   receives the number found (also when the array is too small)
 *  @return STANCE_OK, STANCE_E_BUFFER_TOO_SMALL, STANCE_E_BAD_UTF8 (invalid bytes; pass
 *          STANCE_REPLACE_INVALID in @p flags to treat them as spaces), STANCE_E_INVALID_ARG.
 *  @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_quotes_find(const char *text, size_t len,
    uint32_t flags, stance_quote_t *quotes, size_t cap, size_t *count, stance_error_t *err);
/** @} */

/** @defgroup attribution Who said it: speakers and reporting frames of quotations
 *  Quotations found as stance_quotes_find() finds them, each tied to the words that report it
 *  (the *mention*: a name, a pronoun, a title or an organization, with its reporting verb)
 *  and to the speaker those words refer to (an earlier full name or organization). The rules
 *  are those of news prose in the language chosen; see stance_quotes_attribute().
 *  @{ */

/** A quotation interrupted by its attribution (“We will respond,” he said, “with force.”):
 *  one statement in two pieces; stance_quotation_t.more is the second. */
#define STANCE_QUOTE_SPLIT 0x8u
/** A quotation that goes on from the one before it in a new paragraph (the paragraph ended
 *  without a closing mark and the next one opens again): same speaker. */
#define STANCE_QUOTE_CONTINUES 0x10u

/** A byte span of the caller's text; len 0 means none. */
typedef struct stance_span {
    size_t start, len;
} stance_span_t;

/** How a speaker is named. Values are append-only. */
typedef enum stance_mention_kind {
    STANCE_MENTION_NONE = 0,         /**< not named: unknown, or carried over from an earlier
                                          quote (a quote that goes on, a paragraph of quotes) */
    STANCE_MENTION_PERSON = 1,       /**< a person's name: "Dmitry Peskov", "Peskov", "Mr. Peskov" */
    STANCE_MENTION_ORGANIZATION = 2, /**< "the Foreign Ministry", "Beijing", "the embassy" */
    STANCE_MENTION_PRONOUN = 3,      /**< he, she, it, they */
    STANCE_MENTION_TITLE = 4         /**< a role without a name: "the prime minister",
                                          "the spokesman", "a senior official" */
} stance_mention_kind_t;

/** One quotation, who said it, and how the article reports it. Spans are byte offsets into
 *  the text given to stance_quotes_attribute(); a span with len 0 is absent. */
typedef struct stance_quotation {
    stance_span_t text;    /**< the quoted words without the marks (of a split quotation,
                                the first piece) */
    stance_span_t more;    /**< the second piece of a split quotation (STANCE_QUOTE_SPLIT) */
    stance_span_t speaker; /**< the speaker as the article names them in full: the full name or
                                organization that the mention refers to (for "he said", where
                                he was named; for "Peskov said", the earlier "Dmitry Peskov");
                                len 0 = unknown */
    stance_span_t mention; /**< the words that name the speaker at this quotation ("he", "the
                                ministry", "Kremlin spokesman Dmitry Peskov"); len 0 = none */
    stance_span_t verb;    /**< the reporting verb ("said", "warned", "slammed"); len 0 = none */
    stance_span_t frame;   /**< the reporting frame: the verb with the adverbs before it and
                                up to two words after it before its complement ("sharply
                                criticised", "lashed out", "said angrily"), or the phrase that
                                stands for a verb ("according to X", "a warning by X");
                                len 0 = none */
    stance_mention_kind_t mention_kind; /**< how the mention names the speaker */
    stance_mention_kind_t speaker_kind; /**< STANCE_MENTION_PERSON or
                                             STANCE_MENTION_ORGANIZATION; NONE when unknown */
    uint32_t flags;        /**< STANCE_QUOTE_*: TERM, UNCLOSED, FRAGMENT, SPLIT, CONTINUES */
} stance_quotation_t;

/** Options for stance_quotes_attribute(). */
typedef struct stance_quotes_opts {
    unsigned int version; /**< STANCE_QUOTES_OPTS_VERSION */
    uint32_t flags;       /**< STANCE_REPLACE_INVALID: invalid bytes read as spaces */
    const char *language; /**< the attribution rules: NULL or "english" (the only one yet) */
} stance_quotes_opts_t;
#define STANCE_QUOTES_OPTS_VERSION 1
#define STANCE_QUOTES_OPTS_INIT { STANCE_QUOTES_OPTS_VERSION, 0, NULL }

/** Finds the quotations of a news article with their speakers, in two stages. First each
 *  quotation is tied to a mention by rules tried in a fixed order: the punctuation inside the
 *  closing mark decides where to look (`,”` the attribution follows; `.”` the sentence is over;
 *  `?”` `!”` only "X said" or "said X" right after); then "X said" or "said X" next to the
 *  quote (skipping auxiliaries, adverbs and time words: "has also said", "said on Tuesday");
 *  the subject of the reporting verb of the sentence; "according to X"; "a statement from
 *  X"; a paragraph that opens "X said:"; and a quotation that goes on, or stands alone after
 *  an attributed one, keeps that speaker. Reporting verbs are lower-case words of a list of
 *  about 200 ("said", "warned", "slammed", "welcomed"; "believe" and "hope" only right before
 *  the quote); a name inside a quotation or after a preposition ("said of Trump") is never the
 *  speaker. Then each mention is resolved to a speaker: a pronoun to the previous speaker if
 *  compatible, else the person last named; "the minister" to the last person with that role;
 *  "the ministry", "it" to the last organization of that kind; a surname to the earlier full
 *  name. Titles are stripped from names ("Kremlin spokesman Dmitry Peskov" -> "Dmitry
 *  Peskov") and remembered as roles; abbreviations and initials keep their periods ("Mr.",
 *  "Gen.", "U.S.", "Dmitri S. Peskov").
 *
 *  Typography: paragraphs end at a blank line, U+2029, or, in text without blank lines, at
 *  every line break before a line that does not go on in lower case; ‘ before a number or in
 *  ‘n’ is an elision, not a quote; an s’ inside
 *  ‘...’ followed by a word is a plural possessive; a paragraph that opens again with a mark
 *  continues the quote (reported as a new quotation with STANCE_QUOTE_CONTINUES); a closing
 *  ” used as an opening mark after a space opens a quote. Short quoted names and terms
 *  (Title Case, or a few lower-case words after "the"/"a"/a preposition with no reporting
 *  verb before them, period inside or not: the “special military operation”) get
 *  STANCE_QUOTE_TERM and no speaker.
 *
 *  Allocates nothing: about 32 KB of stack, whatever the text; time is linear in @p len.
 *  Thread-safe (no state). Spans point into @p text.
 *  @param opts    NULL = defaults
 *  @param quotes  caller array of @p cap entries; may be NULL when cap is 0
 *  @param count   receives the number of quotations (also when the array is too small)
 *  @return STANCE_OK, STANCE_E_BUFFER_TOO_SMALL (*count is the size needed),
 *          STANCE_E_BAD_UTF8 (offset of the byte), STANCE_E_LANGUAGE (no rules for the
 *          language), STANCE_E_INVALID_ARG (NULL, unknown flags or options version).
 *  @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_quotes_attribute(const char *text,
    size_t len, const stance_quotes_opts_t *opts, stance_quotation_t *quotes, size_t cap,
    size_t *count, stance_error_t *err);

/** Pass as the frame weight of stance_classify_quotation() for the library's own weight
 *  (1.5 in this version), measured on the project's labeled articles by
 *  tests/bench/frame_weight.py (README, "Quotes"). */
#define STANCE_FRAME_WEIGHT_DEFAULT (-1.0)

/** Classifies a quotation of an article as a statement of its speaker: the quoted words (the
 *  two pieces of a split quotation joined by a space) weighed together with the reporting
 *  frame, the words a journalist chose to report it ("slammed", "warned", "rejected" against
 *  "welcomed", "hailed", "thanked"; stance_quotation_t.frame, its lower-case words only, so no
 *  name weighs in). The frame's evidence is its log-likelihood under the model with the priors
 *  taken out, times @p frame_weight, added to the quotation's scores before calibration. A
 *  short fragment ("in direct defiance") carries little stance alone, and its frame carries
 *  much.
 *  Line and document classification (stance_classify()) never see a frame.
 *  @param text, len   the article that stance_quotes_attribute() read
 *  @param quote       one of its quotations
 *  @param flags       STANCE_REPLACE_INVALID, STANCE_EXPLAIN (the explanation lists the
 *                     quotation's features; the frame adds to the scores only)
 *  @param frame_weight 0 = the quotation alone; < 0 = the library's measured default
 *  @param out         as stance_classify(); arrays borrowed from @p ctx
 *  @return as stance_classify(), and STANCE_E_INVALID_ARG when a span of @p quote lies
 *          outside the text. @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_classify_quotation(stance_ctx_t *ctx,
    const char *text, size_t len, const stance_quotation_t *quote, uint32_t flags,
    double frame_weight, stance_result_t *out, stance_error_t *err);
/** @} */

#ifdef __cplusplus
}
#endif

#endif /* STANCE_H */
