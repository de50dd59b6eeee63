/* The analyzer: text -> tokens -> normalized words -> stems -> terms (with negation marks).
 * One code path for training and classification, configured only by a stance_cfg_t.
 *
 * Each distinct surface word is normalized and stemmed once per analyzer: a word cache maps
 * the 128-bit hash of its raw bytes to its stem and the stem's hash. A document becomes an
 * array of terms; the n-grams over those terms are the features (see stance__grams_at). */
#ifndef STANCE_ANALYZER_H
#define STANCE_ANALYZER_H

#include "hash.h"
#include "normalize.h"
#include "settings.h"
#include "table.h"

struct sb_stemmer;

enum {
    STANCE_WORD_NEGATOR = 1,   /* opens a negation scope */
    STANCE_WORD_SCOPE_END = 2, /* closes a negation scope */
    STANCE_WORD_EMPTY = 4      /* normalizes to nothing: ignored */
};

typedef struct stance_word {
    stance_hash_t surface; /* identity of the raw bytes */
    stance_hash_t stem;    /* hash of the stem: the term's hash when not negated */
    size_t stem_off;       /* stem bytes, in the arena */
    uint32_t stem_len;
    uint32_t flags;
    /* Free for the analyzer's owner: a context caches its model's unigram feature ids here,
     * a trainer its own. */
    uint32_t feature[2]; /* [plain, negated]; STANCE_FEATURE_UNKNOWN until looked up */
} stance_word_t;

#define STANCE_FEATURE_UNKNOWN UINT32_MAX
#define STANCE_FEATURE_ABSENT (UINT32_MAX - 1)

typedef struct stance_term {
    stance_hash_t hash;  /* stance__hash_term of the stem and negation mark */
    uint32_t word;       /* index into words */
    uint8_t negated;
    uint8_t chunk_start; /* no n-gram reaches back over this term */
    uint8_t cjk;
    uint32_t start, end; /* byte span in the text (texts are at most 1 GiB) */
} stance_term_t;

typedef struct stance_analyzer {
    stance_allocator_t alloc;
    const stance_cfg_t *cfg;
    struct sb_stemmer *stemmer; /* NULL for language "none" */
    stance_table_t word_table;
    stance_word_t *words;
    size_t n_words, cap_words;
    stance_buf_t arena; /* stems */
    stance_normalizer_t nz;
    stance_term_t *terms;
    size_t n_terms, cap_terms;
    size_t n_tokens, n_skipped;
    uint32_t resets; /* times the word cache was emptied: word ids are reused after that */
    struct stance_pending *pending; /* the statement's tokens between the passes of a run */
    size_t cap_pending;
} stance_analyzer_t;

/* Upper bound of the word cache before it is emptied between documents. */
#define STANCE_WORD_CACHE_MAX_WORDS (1u << 20)
#define STANCE_WORD_CACHE_MAX_BYTES ((size_t)64 << 20)

stance_status_t stance__analyzer_init(stance_analyzer_t *an, const stance_allocator_t *a,
                                      const stance_cfg_t *cfg, stance_error_t *err);
void stance__analyzer_free(stance_analyzer_t *an);

/* Analyzes one document into an->terms. flags: STANCE_REPLACE_INVALID. */
stance_status_t stance__analyzer_run(stance_analyzer_t *an, const char *text, size_t len,
                                     uint32_t flags, stance_error_t *err);

/* Normalizes and stems one word exactly as the analyzer does (for tests).
 * *out is valid until the analyzer's next call. */
stance_status_t stance__analyzer_stem(stance_analyzer_t *an, const unsigned char *s, size_t n,
                                      const unsigned char **out, size_t *out_len);

/* A feature occurrence: n consecutive terms starting at `first`. */
typedef struct stance_gram {
    stance_hash_t hash;
    uint32_t first;
    uint32_t n;
} stance_gram_t;

/* The features that end at term i: its unigram, then the bigram and trigram reaching back
 * when ngram_max allows and no chunk start intervenes. Han/Kana characters always also give
 * character bigrams. Returns how many were written to out[0..3). */
static inline unsigned stance__grams_at(const stance_analyzer_t *an, size_t i,
                                        stance_gram_t out[3])
{
    const stance_term_t *t = an->terms;
    unsigned n = 0, max = an->cfg->ngram_max;
    out[n].hash = t[i].hash;
    out[n].first = (uint32_t)i;
    out[n++].n = 1;
    if (i >= 1 && !t[i].chunk_start && (max >= 2 || (t[i].cjk && t[i - 1].cjk))) {
        stance_hash_t two = stance__hash_extend(t[i - 1].hash, t[i].hash);
        out[n].hash = two;
        out[n].first = (uint32_t)(i - 1);
        out[n++].n = 2;
        if (max >= 3 && i >= 2 && !t[i - 1].chunk_start) {
            out[n].hash = stance__hash_extend(
                stance__hash_extend(t[i - 2].hash, t[i - 1].hash), t[i].hash);
            out[n].first = (uint32_t)(i - 2);
            out[n++].n = 3;
        }
    }
    return n;
}

/* Length of the feature string of a gram ("NOT_" marks, single spaces between terms). */
size_t stance__gram_len(const stance_analyzer_t *an, const stance_gram_t *g);
/* Writes the feature string (no NUL) to dst, which has stance__gram_len bytes. */
void stance__gram_write(const stance_analyzer_t *an, const stance_gram_t *g, char *dst);
/* Hash of a feature string, the same as the analyzer's gram hash for it. Returns false when
 * the string is not a well-formed feature (empty term, more than 3 terms). */
bool stance__feature_hash(const char *s, size_t n, stance_hash_t *hash, unsigned *terms);

#define STANCE_NEG_PREFIX "NOT_"
#define STANCE_NEG_PREFIX_LEN 4

#endif
