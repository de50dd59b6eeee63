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
#define STANCE_VERSION_MINOR 4
#define STANCE_VERSION_PATCH 0
/** 0xMMmmpp, for preprocessor comparisons. */
#define STANCE_VERSION_NUMBER \
    ((STANCE_VERSION_MAJOR << 16) | (STANCE_VERSION_MINOR << 8) | STANCE_VERSION_PATCH)
#define STANCE_VERSION_STRING "0.4.0"
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
 *  is not NULL it is filled on failure (and on success has status STANCE_OK, empty msg).
 *  Calls that can fail only by a bad argument or a name not found (lookups such as
 *  stance_model_label_index(), stance_explain(), stance_eval_add(), stance_cv_prediction(),
 *  stance_cv_known(), stance_softmax()) take none: their status, documented with each, says all there is. */
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
 *  allocates through nothing else but what the libraries under it do on their own, which no
 *  hook reaches: libstemmer (its stemmer objects, once per context, and the buffer a stemmer
 *  grows for a long word), the C library's stdio for the corpus reader (fopen and its read
 *  buffer, a few KiB per open file) and qsort (glibc may take a buffer for a large sort, as
 *  merging models does); a failure there is not always STANCE_E_NOMEM.
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
    double alpha;                 /**< Lidstone smoothing, STANCE_ALPHA_MIN..STANCE_ALPHA_MAX
                                       (1.0 = Laplace) */
    /** Words that open a negation scope ("not", "never", ...), matched after normalization,
     *  before stemming. NULL with count 0 = the built-in list for the language (empty for
     *  languages without one); NULL with a count is refused. Each word of this list and the
     *  two below: 1..64 bytes of UTF-8 without spaces, bytes below 0x20 or DEL (0x7F), one
     *  token to the tokenizer (not two Han characters, not a word and a clause mark: it could
     *  never be met); at most 256 words a list. */
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

/** The @p i th stemmer language this library can use, as stance_settings_t.language takes
 *  it: libstemmer's algorithm names ("arabic", "english", ... "yiddish"), then "none"; NULL
 *  past the last (so `for (i = 0; (name = stance_language(i)); i++)` lists them). Static
 *  strings. Of these, english (with porter and none), french, german, spanish, italian,
 *  portuguese, dutch and russian have built-in negation words; for the others, give them in
 *  stance_settings_t.negation_words. @since 0.2 */
STANCE_API const char *stance_language(size_t i);

/** Bounds of the scalar settings, everywhere: stance_settings_validate(), trainers, the model
 *  reader and stance_setting_describe() keep to them. ngram_max is 1..STANCE_MAX_NGRAM,
 *  negation_scope 0..STANCE_MAX_NEGATION_SCOPE, max_token_bytes 1..STANCE_MAX_TOKEN_BYTES,
 *  alpha a finite number in [STANCE_ALPHA_MIN, STANCE_ALPHA_MAX]; negation and punctuation
 *  are 0 or 1. At STANCE_ALPHA_MIN a feature never seen with a label already costs that
 *  label about 20.7 nats (-log 1e-9); smaller values only sharpen a penalty that dominates. */
#define STANCE_MAX_NGRAM 3
#define STANCE_MAX_NEGATION_SCOPE 1000
#define STANCE_MAX_TOKEN_BYTES 1024
#define STANCE_ALPHA_MIN 1e-9
#define STANCE_ALPHA_MAX 1e6

/** Checks settings as stance_trainer_new() does, without making anything: the version, the
 *  language (libstemmer must know it), every scalar against its bounds, and the word lists.
 *  @param err may be NULL; its message names the setting, its value and its range, e.g.
 *             "alpha 1e-10 must be a finite number in 1e-09..1e+06"
 *  @return STANCE_OK, STANCE_E_INVALID_ARG, STANCE_E_LANGUAGE, STANCE_E_LIMIT (a word list
 *          too long), STANCE_E_NOMEM. @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_settings_validate(
    const stance_settings_t *settings, stance_error_t *err);

/** What a scalar setting holds. */
typedef enum stance_setting_kind {
    STANCE_SETTING_UINT = 0, /**< an unsigned int from min to max */
    STANCE_SETTING_ENUM = 1, /**< an enum value from min to max, each named in values[] */
    STANCE_SETTING_REAL = 2  /**< a finite double from min to max */
} stance_setting_kind_t;

/** One scalar setting of stance_settings_t, as the library checks, compares and stores it.
 *  (The language and the word lists are not scalars and are not described here.) */
typedef struct stance_setting {
    const char *name;          /**< its stance_settings_t field: "ngram_max", "alpha", ... */
    const char *summary;       /**< what it sets, a short English phrase */
    stance_setting_kind_t kind;
    double min, max;           /**< inclusive bounds; whole numbers for UINT and ENUM */
    const char *const *values; /**< ENUM: the names of min..max in order; NULL otherwise */
} stance_setting_t;

/** Number of scalar settings. @since 0.2 */
STANCE_API size_t stance_setting_count(void);
/** Scalar setting @p i (0 .. stance_setting_count() - 1, in the order a model file stores
 *  them), or NULL when @p i is out of range. Static storage; thread-safe. @since 0.2 */
STANCE_API const stance_setting_t *stance_setting_describe(size_t i);

/** Bytes that always hold one scalar value as text, NUL included. */
#define STANCE_SETTING_TEXT_BYTES 32

/** Writes the value of scalar setting @p i in @p settings as NUL-terminated text: a whole
 *  number (UINT), the value's name (ENUM; the number if it has none), or the shortest decimal
 *  that reads back as the same double (REAL: "0.5", "1e-09"; with the decimal point of the
 *  current LC_NUMERIC locale, "." unless the program changed it). Out-of-range values are
 *  written too, so a message can show them.
 *  @param needed receives the bytes needed, NUL included; may be NULL
 *  @return STANCE_OK, STANCE_E_BUFFER_TOO_SMALL (@p buf untouched), STANCE_E_INVALID_ARG
 *          (@p settings NULL, @p i out of range, @p buf NULL with @p cap not 0). @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_setting_format(
    const stance_settings_t *settings, size_t i, char *buf, size_t cap, size_t *needed,
    stance_error_t *err);
/** @} */

/** @defgroup model Models
 *  @{ */

/** A trained model: labels, settings and feature counts. Opaque; immutable once built or
 *  loaded; shareable between threads. */
typedef struct stance_model stance_model_t;

/** The largest model file: the loaders read no more by default, and stance_model_save() and
 *  stance_model_serialize() refuse a model whose file would be larger (STANCE_E_LIMIT), so
 *  that no model is written that the defaults cannot read back. */
#define STANCE_MODEL_MAX_BYTES ((size_t)1 << 30)

/** Options for loading a model. */
typedef struct stance_load_opts {
    unsigned int version;            /**< STANCE_LOAD_OPTS_VERSION */
    uint32_t flags;                  /**< reserved, must be 0 */
    size_t max_file_bytes;           /**< 0 = STANCE_MODEL_MAX_BYTES (1 GiB) */
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

/** The built-in English model (conciliatory / hostile / neutral, with decision biases for
 *  neutral and hostile: README, "Real quotes"), compiled into the library: no file needed.
 *  Each call returns a new model object; free it with stance_model_free(). Its features and
 *  weights are the library's own constant data, shared by every such object and never
 *  copied: a call takes microseconds and allocates a few kilobytes (a build with
 *  STANCE_MODEL_IMAGE off, as a cross-compiled one, parses the embedded file instead).
 *  @param alloc NULL = malloc/realloc/free
 *  @return STANCE_OK, STANCE_E_NOMEM, or STANCE_E_NOT_FOUND when the library was built
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
/** The file held optional sections this library does not know (written by a newer libstance):
 *  the model reads as the format promises, but a model saved from it (stance_model_save(), a
 *  merge, a trainer continued from it) leaves them out. */
#define STANCE_WARN_UNKNOWN_SECTIONS 0x2u

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
 *          STANCE_E_LIMIT (over STANCE_MODEL_MAX_BYTES, *needed set), STANCE_E_NOMEM.
 *          @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_serialize(
    const stance_model_t *model, void *buf, size_t cap, size_t *needed, stance_error_t *err);

/** Saves atomically, as stance_save_file() saves bytes. It replaces a model, an empty file
 *  or nothing: an existing file of other bytes (the corpus the model was trained on, named
 *  by mistake), or one this process cannot read (which might be anything), is refused with
 *  STANCE_E_IO and left as it was.
 *  @return STANCE_OK, STANCE_E_IO, STANCE_E_LIMIT (a path too long, or a model over
 *          STANCE_MODEL_MAX_BYTES), STANCE_E_NOMEM. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_save(const stance_model_t *model,
    const char *path, stance_error_t *err);

/** Whether stance_model_save() may write @p path as it finds it now: nothing there, an empty
 *  file or a model (STANCE_OK), or a file of other bytes, one that cannot be read, something
 *  that is not a regular file, a folder that does not exist or one where this process may
 *  not make a file (STANCE_E_IO, with the message the save would give). For a program to refuse before long work rather than after it; the
 *  save checks again. @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_save_check(const char *path,
    stance_error_t *err);

/** Writes @p len bytes to @p path so that nothing is ever lost, the way models are saved:
 *  - an existing @p path that is not a regular file (a device, FIFO, folder or socket) is
 *    refused, never replaced;
 *  - a symbolic link is followed, and the file it names is replaced (the link stays); a link
 *    to a file that does not exist is refused;
 *  - the bytes go to a new temporary file beside the target, created with O_EXCL and mode
 *    0600 (a name planted in advance is never written through), synced, given the replaced
 *    file's permissions (or 0666 less the umask for a new file), renamed over the target,
 *    and the folder is synced.
 *  On any failure the temporary file is removed and the target is left as it was. A process
 *  killed midway can leave a "<target>.tmp.<pid>.<n>" file beside it (".stance.tmp.<pid>.<n>"
 *  when the target's name is too long for that), never a partial target.
 *  @return STANCE_OK, STANCE_E_IO (naming the path and the reason), STANCE_E_LIMIT (a path
 *          of 4,000 bytes or more), STANCE_E_INVALID_ARG. @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_save_file(const char *path,
    const void *data, size_t len, stance_error_t *err);

/** Adds models up: labels are united, counts summed. merge(train(A), train(B)) is
 *  byte-identical to train(A then B). Refuses (STANCE_E_MISMATCH, naming the setting) models
 *  whose settings differ, and models pruned with a minimum count (their counts are
 *  incomplete). Calibration is dropped: refit it on the merged data. Decision biases
 *  (stance_model_with_label_bias()) are kept: a label's bias is the one every model that has
 *  the label gives it; models that give a label different biases are refused
 *  (STANCE_E_MISMATCH, naming the label).
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

/** The range of a calibration temperature, everywhere: stance_model_with_temperature(), the
 *  model file and stance_fit_temperature() all keep to it. Outside it, probabilities are
 *  degenerate (every confidence 0.5, or 0 and 1 with nothing between). */
#define STANCE_TEMPERATURE_MIN 1e-3
#define STANCE_TEMPERATURE_MAX 1e3

/** Largest decision bias of a label, in either direction (nats). */
#define STANCE_LABEL_BIAS_MAX 100.0

/** Returns a copy of @p model in which label i's score gets @p bias[i] added before the
 *  softmax and the choice of the best label: a decision bias, for a label whose real share
 *  differs from its share in training (the shipped model's neutral, README "Real quotes").
 *  Probabilities and explanations use the biased scores; cross-validation and merged models
 *  do not carry biases. @p bias NULL removes them.
 *  @param n  the number of biases: stance_model_label_count(model)
 *  @return STANCE_OK, STANCE_E_INVALID_ARG (n differs from the label count; a bias NaN or
 *          outside +-STANCE_LABEL_BIAS_MAX), STANCE_E_NOMEM. @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_with_label_bias(stance_model_t **out,
    const stance_model_t *model, const double *bias, size_t n, stance_error_t *err);

/** The decision bias of label @p label (0 when the model has none). @since 0.2 */
STANCE_API double stance_model_label_bias(const stance_model_t *model, size_t label);

/** Returns a copy of @p model whose probabilities are divided by @p temperature before the
 *  softmax (temperature scaling; 1.0 removes calibration).
 *  @return STANCE_OK, STANCE_E_INVALID_ARG (temperature outside [STANCE_TEMPERATURE_MIN,
 *          STANCE_TEMPERATURE_MAX], NaN included), STANCE_E_NOMEM. @since 0.1 */
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
                                         stance_explain() (of a quotation, its frame's and
                                         speaker's evidence too: stance_hit_t) */

/** Documented limit on one statement: longer input gives STANCE_E_LIMIT. */
#define STANCE_MAX_TEXT_BYTES ((size_t)1 << 30)

/** Kinds of tokens. */
typedef enum stance_token_kind {
    STANCE_TOKEN_WORD = 0,  /**< letters, marks and digits, with inner ' and - */
    STANCE_TOKEN_CJK = 1,   /**< one Han or Kana character */
    STANCE_TOKEN_EMOJI = 2, /**< one emoji grapheme cluster */
    STANCE_TOKEN_BREAK = 3  /**< clause punctuation: ends a negation scope; with the
                                 punctuation setting off it also ends n-grams (on, it is a
                                 term inside them) */
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
    const double *scores;  /**< joint log-likelihood per label, plus the label's decision
                                bias if the model has one (before calibration) */
    size_t n_tokens;       /**< word, CJK and emoji tokens seen */
    size_t n_known;        /**< feature occurrences the model knows (of a quotation:
                                its words' and its frame's, unless the frame is the
                                plain "said", which adds no evidence) */
    size_t n_skipped;      /**< tokens longer than max_token_bytes, skipped */
} stance_result_t;

/** Classifies one statement.
 *  @param flags  STANCE_REPLACE_INVALID, STANCE_EXPLAIN
 *  @return STANCE_OK, STANCE_E_BAD_UTF8 (offset of the first bad byte), STANCE_E_LIMIT,
 *          STANCE_E_NOMEM, STANCE_E_INVALID_ARG. An empty text is classified by the priors.
 *  @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_classify(stance_ctx_t *ctx,
    const char *text, size_t len, uint32_t flags, stance_result_t *out, stance_error_t *err);

/** One feature that decided a classification, or, of a quotation, one item of evidence beyond
 *  its words (stance_classify_quotation()):
 *  - "frame: " and the frame's words as the library scores them ("frame: slammed",
 *    "frame: said warmly"): the reporting frame's evidence; spans stance_quotation_t.frame;
 *  - "speaker: other quotations": the speaker's other quotations in the article (the evidence
 *    of stance_classify_quotation_with()); spans stance_quotation_t.mention (the speaker's
 *    name where no mention is at the quotation);
 *  - "article: other quotations": the other speakers' quotations in the article (the evidence
 *    of stance_classify_quotation_in()); spans nothing (length 0 at the quotation's start).
 *  An evidence item is not a model feature: no feature's text has a word followed by ':' (the
 *  colon is a token of its own), so a lookup of its text in the model finds nothing. Its
 *  contribution is reckoned as a feature's (its evidence for the best label less that for the
 *  runner-up), and it is listed only when it has evidence (not for the plain "said", nor for
 *  a speaker quoted once). */
typedef struct stance_hit {
    const char *feature;  /**< NUL-terminated; a feature's is borrowed from the model, an
                               evidence item's from the context, valid until its next call
                               (copy it to keep it) */
    size_t feature_len;
    double contribution;  /**< weight x (log P(f|best) - log P(f|runner-up)): > 0 pushed
                               toward the chosen label, < 0 against it */
    size_t start, len;    /**< first occurrence in the text (bytes) */
    uint32_t count;       /**< occurrences counted (1 under binary weighting; 1 for an
                               evidence item) */
} stance_hit_t;

/** The features of the last stance_classify() with STANCE_EXPLAIN, strongest first (by
 *  absolute contribution); of the last stance_classify_quotation(), its evidence items too,
 *  ranked with them (stance_hit_t).
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
 *  control characters (bytes below 0x20 and DEL, 0x7F, as in the model file). Trainers also
 *  refuse what would make two labels print alike: a C1 control or an invisible
 *  format character (zero-width space or joiner, byte-order mark, bidirectional mark), a space
 *  (any Unicode space) at either end, and a label not in composed form (NFC); the corpus
 *  reader composes a decomposed label (a macOS folder name) before it is judged. A model file
 *  that holds such a label from an earlier version still loads. */
#define STANCE_MAX_LABELS 256
#define STANCE_MAX_LABEL_BYTES 64

/** Makes an empty trainer. @param opts NULL = defaults.
 *  @return STANCE_OK, STANCE_E_INVALID_ARG (naming the setting), STANCE_E_LANGUAGE,
 *  STANCE_E_LABEL, STANCE_E_NOMEM. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_trainer_new(stance_trainer_t **out,
    const stance_train_opts_t *opts, stance_error_t *err);

/** Makes a trainer that continues from @p base: same settings, labels and decision biases,
 *  its counts as the starting point (incremental training). A pruned base is continued
 *  pruned the same way (the features it dropped are gone), so it is no start for adding
 *  models up (stance_trainer_add_model() refuses pruned models for that reason).
 *  A base made with another Unicode version than this library's takes models of its version
 *  (stance_trainer_add_model()) but no statements: stance_trainer_add() refuses them with
 *  STANCE_E_MISMATCH, since their counts would not match its own.
 *  @param alloc NULL = the model's allocator. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_trainer_new_from_model(
    stance_trainer_t **out, const stance_model_t *base, const stance_allocator_t *alloc,
    stance_error_t *err);

/** Frees a trainer. Accepts NULL. @since 0.1 */
STANCE_API void stance_trainer_free(stance_trainer_t *trainer);

/** Adds a model's counts (labels united, counts summed), as stance_model_merge() does, so that
 *  many models can be added up holding only the trainer and one model at a time; a label new
 *  to the trainer takes the model's decision bias along.
 *  @return STANCE_OK, STANCE_E_MISMATCH (other settings, naming the first; a pruned model,
 *          whose counts are incomplete; or a label whose decision bias differs), STANCE_E_LABEL (a label outside a closed
 *          label set), STANCE_E_LIMIT (more than STANCE_MAX_LABELS labels, or a count would
 *          overflow), STANCE_E_NOMEM, STANCE_E_INVALID_ARG. On failure the trainer is
 *          unchanged. @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_trainer_add_model(stance_trainer_t *trainer,
    const stance_model_t *model, stance_error_t *err);

/** Adds one statement.
 *  @param flags STANCE_REPLACE_INVALID
 *  @return STANCE_OK, STANCE_E_LABEL, STANCE_E_BAD_UTF8, STANCE_E_LIMIT, STANCE_E_NOMEM,
 *          STANCE_E_MISMATCH (the trainer continues a model of another Unicode version:
 *          stance_trainer_new_from_model()), STANCE_E_INVALID_ARG. On failure the trainer is
 *          unchanged. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_trainer_add(stance_trainer_t *trainer,
    const char *label, size_t label_len, const char *text, size_t len, uint32_t flags,
    stance_error_t *err);

/** Statements added so far (including a base model's). @since 0.1 */
STANCE_API uint64_t stance_trainer_statements(const stance_trainer_t *trainer);

/** Statements added whose text gave no feature: symbols alone, or only tokens longer
 *  than max_token_bytes (a URL; a line of Thai, Lao, Khmer or Burmese, scripts written
 *  without spaces, which the tokenizer does not split). Such a statement teaches nothing but
 *  its label's share; a tool should say how many there were. @since 0.2 */
STANCE_API uint64_t stance_trainer_featureless(const stance_trainer_t *trainer);

/** Builds a model from everything added so far; the trainer stays usable.
 *  @return STANCE_OK, STANCE_E_EMPTY (no statements, a label of a closed set with none, or
 *          no feature left after pruning to min_count), STANCE_E_NOMEM. @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_trainer_build(stance_model_t **out,
    const stance_trainer_t *trainer, stance_error_t *err);
/** @} */

/** @defgroup corpus Reading corpora and text files
 *  One streaming reader for labeled corpora (TSV, fastText, a folder per label) and for
 *  unlabeled text (a statement per line, or a file per statement). Memory stays bounded by
 *  the longest statement, however large the input. Errors name the file, line and offset,
 *  and reading may continue after one (to skip bad lines).
 *  @{ */

/** In the line formats (TSV, fastText, lines) a line ends at LF; the CRs before it (CRLF, and
 *  CR CR LF) and a byte-order mark at its start (files joined with cat) are not its text. A
 *  CR anywhere else ends no line and is STANCE_E_PARSE at its byte (a file of old Mac line
 *  endings would otherwise be one statement). */
typedef enum stance_corpus_format {
    STANCE_CORPUS_TSV = 0,      /**< label<TAB>text; lines starting with # are comments */
    STANCE_CORPUS_FASTTEXT = 1, /**< __label__name text: one label; a word beginning with
                                     __label__ anywhere else on the line (fastText reads a
                                     label) is STANCE_E_PARSE at its byte offset */
    STANCE_CORPUS_DIRS = 2,     /**< a folder with one sub-folder per label, a file per statement
                                     directly in it; what else it may hold: stance_corpus_open() */
    STANCE_CORPUS_LINES = 3,    /**< unlabeled: one statement per line, blank lines (any
                                     Unicode space, NBSP and U+3000 too) skipped */
    STANCE_CORPUS_DOCUMENT = 4  /**< unlabeled: the whole file is one statement */
} stance_corpus_format_t;

typedef struct stance_corpus_opts {
    unsigned int version;            /**< STANCE_CORPUS_OPTS_VERSION */
    stance_corpus_format_t format;
    uint32_t flags;                  /**< STANCE_REPLACE_INVALID: return records with invalid
                                          UTF-8 (marked in invalid_at) instead of failing */
    size_t max_statement_bytes;      /**< 0 = 16 MiB; longer statements give STANCE_E_LIMIT
                                          (measured as returned: a line without its
                                          newline, CRs and byte-order mark; in TSV and
                                          fastText the line with its label) */
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
 *  Files are read with read(2) on their descriptor, so that a pipe's lines come as they are
 *  written: for "-", what the program itself has already read of standard input through
 *  stdio (a header line with fgets, say) is not seen again (0.4; fread before).
 *  The folder format reads every entry it lists or does not open: the folder holds only label
 *  folders (each named after its label), and a label folder only files, a statement each, at
 *  least one. Entries whose name starts with '.' (.DS_Store, .git) are skipped anywhere.
 *  Anything else is refused, naming the first such path in sorted order: a file beside the
 *  label folders (it has no label), a folder inside a label folder (statements are not looked
 *  for deeper), a FIFO or device, or a folder name that is not a usable label give
 *  STANCE_E_PARSE; a label folder with no file gives STANCE_E_EMPTY (its label would be left
 *  out of the model); an entry that cannot be looked at (a symbolic link to nothing) gives
 *  STANCE_E_IO. These errors have no line (err->line is 0).
 *  @param opts NULL = STANCE_CORPUS_OPTS_INIT (TSV).
 *  @return STANCE_OK, STANCE_E_IO, STANCE_E_INVALID_ARG, STANCE_E_NOMEM, STANCE_E_PARSE and
 *          STANCE_E_EMPTY (the folder format, as above; also a folder without label
 *          folders). @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_corpus_open(stance_corpus_t **out,
    const char *path, const stance_corpus_opts_t *opts, stance_error_t *err);

/** Reads the next statement into @p rec; sets *done (and returns STANCE_OK) at the end.
 *  On STANCE_E_PARSE (malformed line), STANCE_E_BAD_UTF8 or STANCE_E_LIMIT the error names
 *  file, line and offset (err->line, err->offset: the line of the offending byte, inside a
 *  whole file too) and the next call continues after that statement. A NUL byte makes its
 *  statement STANCE_E_PARSE; a file that is not UTF-8 text gives one STANCE_E_PARSE and the
 *  rest of it is skipped: one that starts with a UTF-16 or UTF-32 byte-order mark, one whose
 *  first 64 KiB (or all of it, when shorter) hold a NUL byte and at least 8 bytes that text
 *  does not hold, 1 in 16 of them or more (NUL, control characters other than tab, line feed,
 *  vertical tab, form feed, carriage return and escape, DEL, invalid UTF-8), and one in which
 *  8 statements within 100 lines have held NUL bytes (from the eighth). From a pipe the
 *  judgement is the same: a first piece that holds a NUL byte or may open a byte-order mark
 *  waits for the rest of the 64 KiB (or the end of the input); text is given as it comes.
 *  A file that ends before the size it had when it was opened (cut shorter while it was
 *  read) is STANCE_E_IO, its last statement not given. STANCE_E_IO and STANCE_E_NOMEM end the
 *  reading.
 *  @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_corpus_next(stance_corpus_t *corpus,
    stance_record_t *rec, int *done, stance_error_t *err);

/** Asks the reader to call @p fn(@p arg) whenever it is about to wait for input that has
 *  not come: a pipe or a terminal with nothing to read at that moment (a file never waits).
 *  For a program fed a line at a time, as a pipeline's stage is: what it holds (results of a
 *  batch, buffered output) can be written then, so that each line is answered without waiting
 *  for the next. Called from stance_corpus_next(), on its thread, before the wait; NULL fn =
 *  none (the default). @since 0.4 */
STANCE_API void stance_corpus_on_wait(stance_corpus_t *corpus, void (*fn)(void *arg),
                                      void *arg);

/** Closes the reader. Accepts NULL. @since 0.1 */
STANCE_API void stance_corpus_close(stance_corpus_t *corpus);
/** @} */

/** @defgroup eval Evaluation: folds, metrics, calibration
 *  @{ */

/** Most folds of a cross-validation. */
#define STANCE_MAX_FOLDS 100

/** Stratified k-fold assignment by the library's one fold rule (the rule stance_cv_t uses):
 *  the statements of each label, in input order, are taken in blocks of k, and each block is
 *  dealt to folds 0..k-1 in an order drawn from a generator seeded by @p seed, the label and
 *  the block. Every fold gets its share of every label (within one), the assignment can be
 *  made while reading, and the same input and seed give the same folds on every platform (the
 *  generator is splitmix64, specified in the source). labels[i] is statement i's label index;
 *  numbering labels in order of first appearance gives the folds stance_cv_add() assigns.
 *  @param folds  receives n fold numbers
 *  @param alloc  unused since 0.2 (the rule needs no memory); may be NULL
 *  @return STANCE_OK, STANCE_E_INVALID_ARG (k < 2 or above STANCE_MAX_FOLDS, a label index of
 *          STANCE_MAX_LABELS or more). @since 0.1 */
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
    double ece;        /**< expected calibration error: the best label's probability in
                            STANCE_EVAL_BINS equal bins, [k/B, (k+1)/B) with 1 in the last;
                            the sum over bins of |accuracy - mean probability| weighted by
                            the bin's share of predictions */
    double brier;      /**< squared distance from the probability vector to the truth's
                            one-hot vector, summed over labels, averaged over predictions */
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
/** Fills @p out with the summary of every prediction added so far (all zero before the
 *  first). Does nothing when either pointer is NULL. @since 0.1 */
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
 *  bisection on the derivative to 1e-9 relative precision and clamped to
 *  [STANCE_TEMPERATURE_MIN, STANCE_TEMPERATURE_MAX]. A result at a bound means the scores
 *  carry no usable signal for calibration (or too much): store no temperature then.
 *  @return STANCE_OK, STANCE_E_INVALID_ARG, STANCE_E_EMPTY (n = 0). @since 0.1 */
STANCE_API STANCE_NODISCARD stance_status_t stance_fit_temperature(double *temperature,
    const double *scores, const uint32_t *truth, size_t n, size_t n_labels,
    stance_error_t *err);
/** @} */

/** @defgroup crossval Cross-validation and calibrated training
 *  One pass over a corpus gives a model, its out-of-fold predictions and a calibration
 *  temperature: each statement is analyzed once, its counted features are kept (a few bytes
 *  per feature occurrence), and a fold's model is the whole model less that fold's counts,
 *  computed as it scores, so k folds cost neither k trainers nor k models nor a second reading
 *  of the corpus (standard input and FIFOs work). The scores are exactly those of a model
 *  trained on the other folds with the same options.
 *
 *  Calibrated training in a few calls:
 *
 *      stance_cv_opts_t o = STANCE_CV_OPTS_INIT;             // 5 folds, default settings
 *      stance_cv_new(&cv, &o, &err);
 *      for (each statement) stance_cv_add(cv, label, llen, text, len, STANCE_FOLD_AUTO,
 *                                         seq++, 0, &err);
 *      stance_cv_run(cv, &err);                               // out-of-fold scores
 *      stance_cv_calibration(cv, STANCE_FOLD_NONE, &t, &err); // t = 0: none, err says why
 *      stance_cv_build(cv, t, &model, &err);                  // the full model, calibrated
 *
 *  Several threads: give each its own stance_cv_t (folds assigned in reading order with
 *  stance_cv_assign_fold() on one of them, a sequence number per statement), then
 *  stance_cv_merge() them: the result is the same, byte for byte, as one thread's.
 *  @{ */

/** A cross-validation: a trainer that remembers each statement's fold, label and features. */
typedef struct stance_cv stance_cv_t;

typedef struct stance_cv_opts {
    unsigned int version;         /**< STANCE_CV_OPTS_VERSION */
    stance_train_opts_t train;    /**< settings, closed label set, min_count, allocator */
    uint32_t folds;               /**< k, 2..STANCE_MAX_FOLDS */
    uint64_t seed;                /**< of the fold assignment */
    /** Continue from this model (incremental training): its counts are in every fold's
     *  training data and never tested; its settings and labels replace train.settings and
     *  train.labels. NULL = none. Borrowed only during stance_cv_new(). */
    const stance_model_t *base;
    /** STANCE_CV_COUNTS_ONLY, or 0. Read from version 2 on: a version 1 struct, which ends
     *  at base, has none. @since 0.4 */
    uint32_t flags;
} stance_cv_opts_t;
#define STANCE_CV_OPTS_VERSION 2
#define STANCE_CV_OPTS_INIT { STANCE_CV_OPTS_VERSION, STANCE_TRAIN_OPTS_INIT, 5, 1, NULL, 0 }

/** stance_cv_opts_t.flags: keep the counts and no statement. The memory of training is then
 *  the model's (what a stance_trainer_t holds) and not a few bytes per feature occurrence
 *  more; the cross-validations still merge and build the same model, byte for byte, but
 *  cannot be run: stance_cv_run() refuses (STANCE_E_INVALID_ARG). For training without
 *  calibration on several threads. @since 0.4 */
#define STANCE_CV_COUNTS_ONLY 0x1u

/** stance_cv_add(): take the fold the one fold rule gives. */
#define STANCE_FOLD_AUTO UINT32_MAX
/** stance_cv_temperature(): leave no fold out. */
#define STANCE_FOLD_NONE UINT32_MAX

/** Makes an empty cross-validation. Options of version 1 (without flags) or 2 are read.
 *  @return STANCE_OK, STANCE_E_INVALID_ARG (naming the option), STANCE_E_LANGUAGE,
 *          STANCE_E_LABEL, STANCE_E_MISMATCH (a base of another Unicode version, as
 *          stance_trainer_new_from_model()), STANCE_E_NOMEM. @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_cv_new(stance_cv_t **out,
    const stance_cv_opts_t *opts, stance_error_t *err);

/** Frees it. Accepts NULL. @since 0.2 */
STANCE_API void stance_cv_free(stance_cv_t *cv);

/** The fold the next statement with this label gets by the one fold rule (see
 *  stance_folds_stratified()), counting it. For readers that hand statements to several
 *  stance_cv_t: assign in reading order on one of them, add on any.
 *  @return STANCE_OK, STANCE_E_LABEL (malformed, or not in a closed label set),
 *          STANCE_E_LIMIT (more than STANCE_MAX_LABELS labels), STANCE_E_INVALID_ARG. @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_cv_assign_fold(stance_cv_t *cv,
    const char *label, size_t label_len, uint32_t *fold, stance_error_t *err);

/** Adds one statement to fold @p fold (STANCE_FOLD_AUTO: stance_cv_assign_fold()).
 *  @param seq    its position in the corpus: predictions are in order of seq (equal seq: in
 *                order of adding), which makes merged cross-validations agree with one
 *  @param flags  STANCE_REPLACE_INVALID
 *  @return as stance_trainer_add(), plus STANCE_E_INVALID_ARG (fold out of range, or after
 *          stance_cv_run()). On failure nothing is added. @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_cv_add(stance_cv_t *cv, const char *label,
    size_t label_len, const char *text, size_t len, uint32_t fold, uint64_t seq,
    uint32_t flags, stance_error_t *err);

/** Moves everything @p from holds into @p into (same options), leaving @p from empty.
 *  @return STANCE_OK, STANCE_E_MISMATCH (other settings or folds), STANCE_E_LABEL (a label
 *          outside into's closed set), STANCE_E_NOMEM, STANCE_E_INVALID_ARG. On failure
 *          @p from is unchanged and @p into holds no statement of it. @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_cv_merge(stance_cv_t *into,
    stance_cv_t *from, stance_error_t *err);

/** Statements added (and merged). @since 0.2 */
STANCE_API uint64_t stance_cv_statements(const stance_cv_t *cv);

/** Statements added (and merged) whose text gave no feature, as
 *  stance_trainer_featureless(). @since 0.2 */
STANCE_API uint64_t stance_cv_featureless(const stance_cv_t *cv);

/** Scores every statement with the model of the other folds. After it, nothing more can be
 *  added. @return STANCE_OK, STANCE_E_EMPTY (no statements), STANCE_E_NOMEM,
 *          STANCE_E_INVALID_ARG (made with STANCE_CV_COUNTS_ONLY: no statement to score).
 *          @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_cv_run(stance_cv_t *cv, stance_error_t *err);

/** Labels, as the built model will have them (sorted). Valid after stance_cv_run().
 *  @since 0.2 */
STANCE_API size_t stance_cv_label_count(const stance_cv_t *cv);
STANCE_API const char *stance_cv_label(const stance_cv_t *cv, size_t i);

/** One statement's out-of-fold prediction (statement @p i in order of seq).
 *  @param temperature  scale of the scores before the softmax (1.0 = as trained)
 *  @param probs        receives stance_cv_label_count() probabilities; a label that no
 *                      statement of the other folds had gets 0
 *  @param truth, fold  receive its label index and fold (either may be NULL)
 *  @return STANCE_OK, STANCE_E_INVALID_ARG (not run, i out of range, temperature outside
 *          [STANCE_TEMPERATURE_MIN, STANCE_TEMPERATURE_MAX]). @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_cv_prediction(const stance_cv_t *cv,
    size_t i, double temperature, double *probs, size_t *truth, uint32_t *fold);

/** How many of statement @p i's feature occurrences the model of the other folds knows, as
 *  stance_result_t.n_known counts them. 0: none of its words or n-grams is known, so its
 *  prediction is the label priors alone (stance_classify() would give n_known 0).
 *  @return STANCE_OK, STANCE_E_INVALID_ARG (not run, i out of range, known NULL). @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_cv_known(const stance_cv_t *cv, size_t i,
    size_t *known);

/** Fits temperature scaling (stance_fit_temperature()) on the out-of-fold scores of every
 *  statement outside fold @p leave_out (STANCE_FOLD_NONE: all of them). Statements whose
 *  label the other folds lack are left out. A result at STANCE_TEMPERATURE_MIN or _MAX means
 *  the scores give calibration nothing to hold on to: store no temperature then.
 *  @return STANCE_OK, STANCE_E_EMPTY (nothing to fit on: too few statements for the folds),
 *          STANCE_E_INVALID_ARG (not run, or a fold past the last), STANCE_E_NOMEM. @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_cv_temperature(const stance_cv_t *cv,
    uint32_t leave_out, double *temperature, stance_error_t *err);

/** The temperature to store or apply, by the rule `stance train`, `stance eval` and the Python
 *  package share: stance_cv_temperature() when the fit holds something, none otherwise.
 *  @param temperature receives the fit, or 0 (none) with STANCE_E_EMPTY
 *  @return STANCE_OK; STANCE_E_EMPTY when there is none to be had, err saying why: nothing to
 *          fit on (too few statements for the folds, one label), or a fit at
 *          STANCE_TEMPERATURE_MIN or _MAX (the scores say nothing usable about confidence);
 *          otherwise as stance_cv_temperature(). @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_cv_calibration(const stance_cv_t *cv,
    uint32_t leave_out, double *temperature, stance_error_t *err);

/** Builds the model of all statements (pruned to min_count), calibrated with @p temperature
 *  (0 = none). Works before or after stance_cv_run().
 *  @return as stance_trainer_build(), plus STANCE_E_INVALID_ARG (temperature out of range).
 *  @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_cv_build(const stance_cv_t *cv,
    double temperature, stance_model_t **out, stance_error_t *err);

/** softmax(scores / temperature) over n labels; labels at -infinity get 0 (all of them at
 *  -infinity: 1/n each, no label being preferred). For callers that
 *  have stance_result_t.scores and want other temperatures than the model's.
 *  @return STANCE_OK, STANCE_E_INVALID_ARG (NULL, n of 0, a temperature out of range, or a
 *          score that is NaN or +infinity). @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_softmax(const double *scores, size_t n,
    double temperature, double *probs);
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

/** @ingroup classify
 *  Classifies @p n statements with one context, each exactly as stance_classify() would: for
 *  bindings and batch callers that would otherwise pay a call per statement. The statements
 *  lie end to end in @p texts: statement i is the lens[i] bytes that follow statement i - 1.
 *  @param texts   the statements' bytes; may be NULL when every length is 0
 *  @param lens    @p n lengths in bytes
 *  @param flags   STANCE_REPLACE_INVALID (explanations need stance_classify())
 *  @param labels  receives @p n label indices; may be NULL
 *  @param probs   receives n x stance_model_label_count() probabilities, row-major (the
 *                 stance_result_t.probs of each statement); may be NULL
 *  @param done    receives the number of statements classified: @p n on success, the index of
 *                 the statement that failed otherwise; may be NULL
 *  @param err     may be NULL; on failure its message begins "statement I: " and its offset is
 *                 within that statement
 *  @return STANCE_OK, or the first failure: as stance_classify(), plus STANCE_E_INVALID_ARG
 *          (lens NULL, lengths that overflow, other flags). Rows before *done are filled.
 *  @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_classify_many(stance_ctx_t *ctx,
    const char *texts, const size_t *lens, size_t n, uint32_t flags, size_t *labels,
    double *probs, size_t *done, stance_error_t *err);

/** @ingroup classify
 *  As stance_classify_many(), and @p known (may be NULL; @p n entries) receives each
 *  statement's count of known features, stance_result_t.n_known: 0 means the model knew none
 *  of its words and its label is the priors' (the tool's "unknown"). @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_classify_many_known(stance_ctx_t *ctx,
    const char *texts, const size_t *lens, size_t n, uint32_t flags, size_t *labels,
    double *probs, size_t *known, size_t *done, stance_error_t *err);

/** @ingroup model
 *  One feature of a ranking by stance_model_top_features(). */
typedef struct stance_feature_rank {
    size_t feature; /**< its index: stance_model_feature(), _feature_label_count() */
    double weight;  /**< its weight for the label less the strongest other label's (a
                         log-likelihood ratio); its weight itself in a one-label model */
} stance_feature_rank_t;

/** @ingroup model
 *  The features most indicative of @p label: every feature counted at least @p min_count
 *  times in that label whose weight for it is above every other label's, ranked by
 *  stance_model_feature_weight() for the label less the highest weight among the other
 *  labels, strongest first (equal weights in feature order). (Until this release a feature
 *  with a margin of zero or less was listed too, when fewer than @p cap had more.)
 *  `stance info` lists these, with @p min_count 3. Allocates nothing; time is linear in the
 *  vocabulary times the labels.
 *  @param out    caller array of @p cap entries; receives the @p cap strongest
 *  @param count  receives the number written (fewer than @p cap when fewer features qualify)
 *  @return STANCE_OK, STANCE_E_INVALID_ARG (model or count NULL, out NULL with cap above 0,
 *          label out of range). @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_model_top_features(
    const stance_model_t *model, size_t label, uint64_t min_count, stance_feature_rank_t *out,
    size_t cap, size_t *count, stance_error_t *err);

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
/** A turn of a transcript (a briefing, an interview): the words after a speaker's label
 *  ("Q:", "A:", "Spokesperson Halina Orsk:") up to the next label, with no quotation mark
 *  around them. The mention is the label; the speaker is the name it gives (for "A:", the
 *  one who answered last; a question with no name has none). @since 0.2 */
#define STANCE_QUOTE_TURN 0x20u

/** A byte span of the caller's text; len 0 means none. */
typedef struct stance_span {
    size_t start, len;
} stance_span_t;

/** Finds the first HTML entity or tag in @p text ("&ldquo;", "&#8220;", "<p ", "</q>"):
 *  markup a scraper left in an article. The quote finder reads it as text: a quotation mark
 *  written as an entity is no quotation mark, and a tag's quoted attribute may be read as a
 *  quotation, so an article that holds markup should be decoded and stripped first. Plain
 *  ampersands and angle brackets ("Tom & Jerry", "3 < 4", "a<b") are not markup.
 *  @param found  receives the markup's span, or {0, 0}; may be NULL
 *  @return 1 if there is any, 0 if not (0 for NULL). @since 0.2 */
STANCE_API int stance_text_markup(const char *text, size_t len, stance_span_t *found);

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
                                up to two adverbs or particles after it, never its audience
                                ("sharply criticised", "lashed out", "said angrily"; "told"
                                of "told reporters"), or the phrase that
                                stands for a verb ("according to X", "a warning by X");
                                len 0 = none */
    stance_mention_kind_t mention_kind; /**< how the mention names the speaker */
    stance_mention_kind_t speaker_kind; /**< STANCE_MENTION_PERSON or
                                             STANCE_MENTION_ORGANIZATION; NONE when unknown */
    uint32_t flags;        /**< STANCE_QUOTE_*: TERM, UNCLOSED, FRAGMENT, SPLIT, CONTINUES,
                                TURN */
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
 *  A transcript (three lines at least open with a speaker's label, "Q:", "A:", "Spokesperson
 *  Halina Orsk:", and the labels repeat or pair questions with answers, most turns not in
 *  quotation marks) gives each turn as a quotation flagged STANCE_QUOTE_TURN; the prose
 *  before it and after its last answer is read as above. A dateline names no one; a title
 *  used alone is the person a later paragraph names with it.
 *
 *  Typography: paragraphs end at a blank line, U+2029, or, in text without blank lines, at
 *  every line break before a line that does not go on in lower case (but only before an
 *  indented line when the paragraphs open indented and the lines are wrapped at a fixed
 *  width). A line break is LF or CRLF; a lone CR (old Mac text) is a space, so such a text
 *  reads as one paragraph: convert it first (the tool refuses it, naming the line);
 *  ‘ before a number or in
 *  ‘n’ is an elision, not a quote; an s’ inside
 *  ‘...’ followed by a word is a plural possessive; a paragraph that opens again with a mark
 *  continues the quote (reported as a new quotation with STANCE_QUOTE_CONTINUES); a closing
 *  ” used as an opening mark after a space opens a quote. Short quoted names and terms
 *  (Title Case, or a few lower-case words after "the"/"a"/a preposition with no reporting
 *  verb before them, period inside or not: the “special military operation”) get
 *  STANCE_QUOTE_TERM and no speaker.
 *
 *  Allocates nothing: about 50 KB of stack (a test runs it in a thread of 64 KB), whatever
 *  the text; time is linear in @p len.
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

/** The largest frame and speaker weight taken (the evidence they scale stays finite). */
#define STANCE_EVIDENCE_WEIGHT_MAX 100.0

/** Pass as the frame weight of stance_classify_quotation() for the library's own weight
 *  (2 in this version), measured on the project's labeled articles by
 *  tests/bench/frame_weight.py (README, "Quotes"). */
#define STANCE_FRAME_WEIGHT_DEFAULT (-1.0)

/** Classifies a quotation of an article as a statement of its speaker: the quoted words (the
 *  two pieces of a split quotation joined by a space) weighed together with the reporting
 *  frame, the words a journalist chose to report it ("slammed", "warned", "rejected" against
 *  "welcomed", "hailed", "thanked"; stance_quotation_t.frame, its lower-case words only, so no
 *  name weighs in). The frame's evidence is its log-likelihood under the model less that of
 *  the plain "said" (which says nothing of how the words were meant, so a quote reported with
 *  "said" is classified as its words alone), times @p frame_weight, added to the quotation's
 *  scores before calibration. A
 *  short fragment ("in direct defiance") carries little stance alone, and its frame carries
 *  much.
 *  Line and document classification (stance_classify()) never see a frame.
 *  @param text, len   the article that stance_quotes_attribute() read
 *  @param quote       one of its quotations
 *  @param flags       STANCE_REPLACE_INVALID, STANCE_EXPLAIN (the explanation lists the
 *                     quotation's features, their spans in the article, a bigram over the
 *                     pieces of a split quotation spanning from one to the other, and the
 *                     evidence that is not the words' as items of their own, ranked with
 *                     them: "frame: slammed" spanning the frame, and with
 *                     stance_classify_quotation_with() "speaker: other quotations" spanning
 *                     the mention; see stance_hit_t. Not every item is a model feature)
 *  @param frame_weight 0 = the quotation alone; < 0 = the library's measured default; NaN,
 *                     infinities and weights above STANCE_EVIDENCE_WEIGHT_MAX are refused
 *                     (STANCE_E_INVALID_ARG)
 *  @param out         as stance_classify(); arrays borrowed from @p ctx
 *  @return as stance_classify() (the offset of invalid UTF-8 is in the article), and
 *          STANCE_E_INVALID_ARG when a span of @p quote lies outside the text (one of
 *          length 0 is none, wherever it starts). @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_classify_quotation(stance_ctx_t *ctx,
    const char *text, size_t len, const stance_quotation_t *quote, uint32_t flags,
    double frame_weight, stance_result_t *out, stance_error_t *err);

/** Pass as the speaker weight of stance_quotations_speaker_evidence() for the library's own
 *  weight (0.6 in this version), measured on the project's labeled articles by
 *  tests/bench/speaker_weight.py (README, "Quotes"). */
#define STANCE_SPEAKER_WEIGHT_DEFAULT (-1.0)

/** Evidence from the speaker: within one article a speaker mostly holds one line, so a short
 *  or ambiguous quotation ("really vexing and regrettable") is read beside what the same
 *  speaker says elsewhere in it ("our door remains open"). Classifies every quotation of
 *  @p quotes as stance_classify_quotation() does with @p frame_weight, then gives each the
 *  mean log-probability of the other quotations of the same speaker (the same bytes of
 *  stance_quotation_t.speaker) that the model understood (n_known > 0), times
 *  @p speaker_weight, in the units of the scores (before calibration). Words a speaker is
 *  quoted with more than once (a pull quote repeating the body, an article given twice) are
 *  one quotation of theirs: a quotation's repeats are not its others, and each wording counts
 *  once for the rest. A quotation with no speaker, a scare-quoted term (STANCE_QUOTE_TERM),
 *  and a speaker quoted in one wording only get zeros.
 *  Time and memory are linear in @p n (a hash of the speakers; no pairwise comparison).
 *  @param text, len, quotes, n  an article and its quotations from stance_quotes_attribute()
 *  @param flags       STANCE_REPLACE_INVALID
 *  @param speaker_weight 0 = none (all zeros); < 0 = the library's measured default; NaN,
 *                     infinities and weights above STANCE_EVIDENCE_WEIGHT_MAX are refused
 *                     (STANCE_E_INVALID_ARG)
 *  @param evidence    n * stance_model_label_count() doubles: row i for quotation i, to pass
 *                     to stance_classify_quotation_with()
 *  @return as stance_classify_quotation(); on error @p evidence is undefined. The tool reads
 *  each quotation beside the other speakers' too: stance_quotations_evidence() gives this
 *  row and that one. @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_quotations_speaker_evidence(
    stance_ctx_t *ctx, const char *text, size_t len, const stance_quotation_t *quotes, size_t n,
    uint32_t flags, double frame_weight, double speaker_weight, double *evidence,
    stance_error_t *err);

/** As stance_classify_quotation(), with @p evidence (stance_model_label_count() values, one
 *  row of stance_quotations_speaker_evidence(); NULL = none) added to the quotation's scores
 *  beside its frame's; evidence that is not a finite number is refused
 *  (STANCE_E_INVALID_ARG). @since 0.2 */
STANCE_API STANCE_NODISCARD stance_status_t stance_classify_quotation_with(stance_ctx_t *ctx,
    const char *text, size_t len, const stance_quotation_t *quote, uint32_t flags,
    double frame_weight, const double *evidence, stance_result_t *out, stance_error_t *err);

/** Pass as the article weight of stance_quotations_evidence() for the library's own weight
 *  (0.4 in this version, beside the speaker's 0.6), measured on news articles labeled for the
 *  project (README, "Quotes"). */
#define STANCE_ARTICLE_WEIGHT_DEFAULT (-1.0)

/** Evidence from the speaker and from the rest of the article. A news article mostly reports
 *  one dispute or one rapprochement, and a quotation the words leave open ("we will respond
 *  appropriately") is read beside what the other side and the other voices of the article
 *  say, as well as beside its speaker's other words. For each quotation of @p quotes, writes
 *  two rows:
 *  - @p speaker_evidence: as stance_quotations_speaker_evidence() with @p speaker_weight;
 *  - @p article_evidence: the mean log-probability of the article's quotations by other
 *    speakers (every other one, for a quotation with no speaker; quotations with no speaker
 *    count as others' for everyone) that the model understood, times @p article_weight, in
 *    the units of the scores. Scare-quoted terms (STANCE_QUOTE_TERM) neither give nor get it,
 *    and words quoted more than once in the article count once, as the speaker's of their
 *    first quotation.
 *  Each quotation is classified once, as stance_classify_quotation() does with
 *  @p frame_weight. Time and memory are linear in @p n.
 *  @param speaker_weight, article_weight  0 = none (all zeros); < 0 = the library's measured
 *                     default (STANCE_SPEAKER_WEIGHT_DEFAULT, STANCE_ARTICLE_WEIGHT_DEFAULT);
 *                     NaN, infinities and weights above STANCE_EVIDENCE_WEIGHT_MAX are
 *                     refused (STANCE_E_INVALID_ARG)
 *  @param speaker_evidence, article_evidence  n * stance_model_label_count() doubles each
 *                     (row i for quotation i), for stance_classify_quotation_in()
 *  @return as stance_quotations_speaker_evidence(); on error both rows are undefined.
 *  @since 0.3 */
STANCE_API STANCE_NODISCARD stance_status_t stance_quotations_evidence(stance_ctx_t *ctx,
    const char *text, size_t len, const stance_quotation_t *quotes, size_t n, uint32_t flags,
    double frame_weight, double speaker_weight, double article_weight,
    double *speaker_evidence, double *article_evidence, stance_error_t *err);

/** As stance_classify_quotation_with(), with two rows of stance_quotations_evidence() (each
 *  NULL = none) added to the quotation's scores beside its frame's. With STANCE_EXPLAIN the
 *  article's row is an item of its own, "article: other quotations", spanning nothing (length
 *  0 at the quotation's start: its evidence is the whole article's).
 *  The evidence of a quotation read in its article is not independent (the words, the frame
 *  and the other quotations share the article), and summed it is too sure: the probabilities
 *  (not the label, nor an explanation's contributions) are made with the scores divided by a
 *  temperature for the context, 1.8 in this version, on top of the model's, measured on news
 *  articles labeled for the project (README, "Quotes"). @since 0.3 */
STANCE_API STANCE_NODISCARD stance_status_t stance_classify_quotation_in(stance_ctx_t *ctx,
    const char *text, size_t len, const stance_quotation_t *quote, uint32_t flags,
    double frame_weight, const double *speaker_evidence, const double *article_evidence,
    stance_result_t *out, stance_error_t *err);

/** Reading an article as `stance classify --mode quotes` does (what a program must do to get
 *  the tool's output, label for label):
 *  1. stance_quotes_attribute() with the flags of the whole run (the tool passes
 *     STANCE_REPLACE_INVALID; give the same flags to the two calls below, or an article with
 *     invalid bytes fails half-way). On STANCE_E_BUFFER_TOO_SMALL the first @p cap entries
 *     are written and *count is the total: grow the array to it and call again.
 *  2. stance_quotations_evidence() over all the quotations the call gave (terms included:
 *     they get zero rows), with rows of n * stance_model_label_count() doubles each.
 *  3. For each quotation that is not a scare-quoted term (STANCE_QUOTE_TERM: a name or a
 *     phrase, not speech; the tool does not report them), stance_classify_quotation_in()
 *     with its two rows. A result with n_known 0 (no word of the quotation or its frame that
 *     the model knows) rests on the other quotations alone: the tool prints it as "unknown"
 *     (--no-unknown: its label).
 *  Explanation items of the frame, the speaker and the article are the context's until its
 *  next call (copy them); feature names live as long as the model. */
/** @} */

#ifdef __cplusplus
}
#endif

#endif /* STANCE_H */
