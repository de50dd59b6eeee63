/* The analyzer: text -> tokens -> normalized words -> stems -> terms (with negation marks).
 * One code path for training and classification, configured only by a stance_cfg_t.
 *
 * Each distinct surface word is normalized and stemmed once per analyzer: a word cache maps
 * the identity of its raw bytes to a record (stance_stem_t) of its stem, the stem's hash and
 * its flags. A statement becomes terms (features.h), which the features room turns into
 * n-grams. */
#ifndef STANCE_ANALYZER_H
#define STANCE_ANALYZER_H

#include "features.h"
#include "normalize.h"
#include "settings.h"
#include "tokenize.h"

struct sb_stemmer;

enum {
    STANCE_WORD_NEGATOR = 1,   /* opens a negation scope */
    STANCE_WORD_SCOPE_END = 2, /* closes a negation scope */
    STANCE_WORD_EMPTY = 4,     /* normalizes to nothing: ignored */
    STANCE_WORD_OPENS_SCOPE = 8 /* opens a negation scope that takes in the word itself (an
                                 * elided negation word: French n'accepte) */
};

typedef struct stance_analyzer {
    stance_allocator_t alloc;
    const stance_cfg_t *cfg;
    struct sb_stemmer *stemmer; /* NULL for language "none" */
    stance_table_t word_table; /* surface hash -> index into stems */
    stance_stem_t *stems;      /* the word cache, a record per distinct surface word */
    size_t n_words, cap_stems;
    stance_buf_t arena; /* stem bytes */
    stance_normalizer_t nz;
    const struct stance_language_rules *rules; /* the model's language's, or NULL */
    bool elided_negation; /* an elided negation word opens a scope (revision 3) */
    stance_terms_t terms; /* the last window's; refers to stems and arena */
    size_t n_tokens, n_skipped;
    struct stance_pending *pending; /* a window's tokens between the passes */
    size_t cap_pending;
    /* the text being analyzed, and what carries from one window to the next */
    stance_scanner_t scanner;
    const unsigned char *text;
    bool done, chunk_start, in_scope;
    unsigned scope_used;
} stance_analyzer_t;

/* Upper bound of the word cache before it is emptied between documents. */
#define STANCE_WORD_CACHE_MAX_WORDS (1u << 20)
#define STANCE_WORD_CACHE_MAX_BYTES ((size_t)64 << 20)

stance_status_t stance__analyzer_init(stance_analyzer_t *an, const stance_allocator_t *a,
                                      const stance_cfg_t *cfg, stance_error_t *err);
void stance__analyzer_free(stance_analyzer_t *an);

/* Empties the word cache, and with it the feature ids its owner cached in the words' records;
 * done only between documents, since terms refer to words. */
void stance__analyzer_forget_words(stance_analyzer_t *an);

/* Analyzes one document into an->terms, all at once. flags: STANCE_REPLACE_INVALID. */
stance_status_t stance__analyzer_run(stance_analyzer_t *an, const char *text, size_t len,
                                     uint32_t flags, stance_error_t *err);

/* The same in windows, so that memory stays bounded however long the text: start, then call
 * next until an->done. Each call leaves in an->terms the window's terms from terms.first on,
 * after (at most two) terms of the window before, kept as context for n-grams; counts of
 * tokens add up over the windows. The text must stay unchanged until the end. */
stance_status_t stance__analyzer_start(stance_analyzer_t *an, const char *text, size_t len,
                                       uint32_t flags, stance_error_t *err);
stance_status_t stance__analyzer_next(stance_analyzer_t *an, size_t max_tokens,
                                      stance_error_t *err);

#endif
