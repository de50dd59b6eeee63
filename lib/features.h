/* Features: terms -> n-grams -> 128-bit feature hashes -> ids in a feature table.
 *
 * This room owns what a term is (a stem, marked when it lies in a negation scope) and what a
 * feature is (one to three consecutive terms). The analyzer produces terms into a
 * stance_terms_t; the trainer and classification turn them into n-grams here and find their
 * ids with the one staged lookup below; the model and the trainer keep ids and hashes. A
 * feature's hash is structural (see hash.h), so the string of a feature in a model file and
 * the n-gram of a statement hash alike: stance__feature_hash() and the grams agree. */
#ifndef STANCE_FEATURES_H
#define STANCE_FEATURES_H

#include "hash.h"
#include "table.h"

/* Feature ids stay below 2^31 (far beyond any model that fits the 1 GiB file limit), which
 * leaves the lookup a flag bit. */
#define STANCE_MAX_FEATURES 0x7FFFFFFFu

/* Ids in a lookup result that are not ids: a unigram not looked up yet, a feature the table
 * does not have, and a candidate whose hash is still to be confirmed (flag bit). */
#define STANCE_FEATURE_UNKNOWN UINT32_MAX
#define STANCE_FEATURE_ABSENT (UINT32_MAX - 1)
#define STANCE_FEATURE_UNCHECKED 0x80000000u

#define STANCE_NEG_PREFIX "NOT_"
#define STANCE_NEG_PREFIX_LEN 4

/* A distinct surface word as the analyzer keeps it, in one record so that a token touches one
 * place: the word's identity, its stem (hash and bytes in the stem arena), the analyzer's flags,
 * and the feature ids of its unigram as last looked up by the owner of the lookup
 * (STANCE_FEATURE_UNKNOWN until then; a context caches its model's ids, a trainer its own).
 * Surface words that stem alike ("talks", "Talks") have a record each with equal stems. */
typedef struct stance_stem {
    stance_hash_t surface; /* the analyzer's identity of the surface bytes */
    stance_hash_t hash;    /* of the stem: the term's hash when not negated */
    uint32_t off;          /* the stem's bytes in the arena */
    uint16_t len;          /* a token has at most 1,024 bytes; its stem fits */
    uint16_t flags;        /* the analyzer's STANCE_WORD_* */
    uint32_t unigram[2];   /* [plain, negated] */
} stance_stem_t;

/* A term whose stem is no longer known (kept from an earlier window of a long text after its
 * analyzer emptied its word cache): only its hash and flags may be read. */
#define STANCE_NO_STEM UINT32_MAX

typedef struct stance_term {
    stance_hash_t hash;  /* stance__hash_term of the stem's hash and the negation mark */
    uint32_t stem;       /* index into stance_terms_t.stems, or STANCE_NO_STEM */
    uint8_t negated;
    uint8_t chunk_start; /* no n-gram reaches back over this term */
    uint8_t cjk;         /* a Han or Kana character: always also in character bigrams */
    uint32_t start, end; /* byte span in the text (texts are at most 1 GiB) */
} stance_term_t;

/* One statement's terms (or a window of them: items[0..first) are context kept from the window
 * before, whose own features were already taken), and the stems they refer to (owned by the
 * analyzer that made them; valid until its next run). */
typedef struct stance_terms {
    stance_term_t *items;
    size_t n, cap, first;
    stance_stem_t *stems;
    const unsigned char *arena;
} stance_terms_t;

/* A feature occurrence: n consecutive terms starting at `first`. */
typedef struct stance_gram {
    stance_hash_t hash;
    uint32_t first;
    uint32_t n;
} stance_gram_t;

/* The features that end at term i: its unigram, then the bigram and trigram reaching back when
 * ngram_max allows and no chunk start intervenes. Han/Kana characters always also give
 * character bigrams. Returns how many were written to out[0..3). */
static inline unsigned stance__grams_at(const stance_terms_t *ts, unsigned ngram_max, size_t i,
                                        stance_gram_t out[3])
{
    const stance_term_t *t = ts->items;
    unsigned n = 0;
    out[n].hash = t[i].hash;
    out[n].first = (uint32_t)i;
    out[n++].n = 1;
    if (i >= 1 && !t[i].chunk_start && (ngram_max >= 2 || (t[i].cjk && t[i - 1].cjk))) {
        stance_hash_t two = stance__hash_extend(t[i - 1].hash, t[i].hash);
        out[n].hash = two;
        out[n].first = (uint32_t)(i - 1);
        out[n++].n = 2;
        if (ngram_max >= 3 && i >= 2 && !t[i - 1].chunk_start) {
            out[n].hash = stance__hash_extend(
                stance__hash_extend(t[i - 2].hash, t[i - 1].hash), t[i].hash);
            out[n].first = (uint32_t)(i - 2);
            out[n++].n = 3;
        }
    }
    return n;
}

/* Every feature occurrence ending at items[first..n), in text order (at most 3 per term),
 * into out; returns how many. */
size_t stance__grams(const stance_terms_t *ts, unsigned ngram_max, stance_gram_t *out);

/* Length of the feature string of a gram ("NOT_" marks, single spaces between terms). */
size_t stance__gram_len(const stance_terms_t *ts, const stance_gram_t *g);
/* Writes the feature string (no NUL) to dst, which has stance__gram_len bytes. */
void stance__gram_write(const stance_terms_t *ts, const stance_gram_t *g, char *dst);
/* Hash of a feature string, the same as a gram's hash for it. Returns false when the string
 * is not a well-formed feature (an empty term, more than 3 terms). */
bool stance__feature_hash(const char *s, size_t n, stance_hash_t *hash, unsigned *terms);

/* A feature table and where its owner keeps each id's hash: the high lane of id i's hash is
 * hi[i * stride]. The table holds 32 bits of the low lane as a tag and the position its low
 * bits choose, so a candidate whose high lane matches is the feature (two features would have
 * to agree in 96 bits to be confused). */
typedef struct stance_feature_index {
    const stance_table_t *table;
    const uint64_t *hi;
    size_t stride;
    /* Optional (NULL when the owner keeps none): a filter of the hashes the table holds, a
     * sixteenth or less of the table's size, so that it stays in a near cache where the table
     * does not. Most n-grams of a text are not features, and the filter turns most of them
     * away without touching the table. */
    const uint64_t *filter;
    size_t filter_mask;
} stance_feature_index_t;

/* The filter's bits for a hash: a word chosen by the low bits of the high lane (the table
 * uses the low lane) and two bits in it chosen by the top bits. A hash the table holds has
 * both bits set; a hash it does not hold, for a filter of 8 to 16 bits per feature, has them
 * both set by chance 2 to 5 times in a hundred. */
static inline size_t stance__filter_word(uint64_t hi, size_t mask)
{
    return (size_t)hi & mask;
}
static inline uint64_t stance__filter_bits(uint64_t hi)
{
    return ((uint64_t)1 << (hi >> 58)) | ((uint64_t)1 << ((hi >> 52) & 63));
}
static inline bool stance__filter_may_hold(const stance_feature_index_t *ix, stance_hash_t h)
{
    const uint64_t bits = stance__filter_bits(h.hi);
    return (ix->filter[stance__filter_word(h.hi, ix->filter_mask)] & bits) == bits;
}
static inline bool stance__filter_may_hold_hi(const stance_feature_index_t *ix, uint64_t hi)
{
    const uint64_t bits = stance__filter_bits(hi);
    return (ix->filter[stance__filter_word(hi, ix->filter_mask)] & bits) == bits;
}

/* The id of the feature with hash h, or STANCE_FEATURE_ABSENT. */
static inline uint32_t stance__features_find(const stance_feature_index_t *ix, stance_hash_t h)
{
    stance_table_probe_t p;
    stance__table_probe_start(ix->table, h.lo, &p);
    for (uint32_t id; (id = stance__table_probe_next(ix->table, &p)) != STANCE_TABLE_EMPTY;)
        if (ix->hi[(size_t)id * ix->stride] == h.hi)
            return id;
    return STANCE_FEATURE_ABSENT;
}

/* The grams of the terms items[first..n) (those of stance__grams, in its order) into g, and
 * the first two stages of their lookup, so that the cache misses of a large table overlap
 * instead of queueing: every gram's table slot is requested, then the slots are read and each
 * candidate's hash is requested. ids[i] receives a confirmed id (a unigram whose id its word
 * caches), STANCE_FEATURE_ABSENT, or a candidate marked STANCE_FEATURE_UNCHECKED for
 * stance__features_confirm(), which the caller runs where it reads the id's record anyway.
 * Unless keep_absent, the grams known at once to be absent (a unigram its word knows to be,
 * an n-gram the index's filter turns away) are left out. Unless spans, g[i] is written only
 * where ids[i] still needs it (a candidate to confirm), not for a unigram whose id its word
 * knew. g, ids and cands hold 3 per term; cands[0..*n_cands) receives, in order, the
 * positions of the grams looked up in the table (each now a candidate or
 * STANCE_FEATURE_ABSENT), so that a caller can confirm them apart. Returns the number of
 * grams written. */
size_t stance__features_resolve(const stance_feature_index_t *ix, stance_terms_t *ts,
                                unsigned ngram_max, bool keep_absent, bool spans,
                                stance_gram_t *g, uint32_t *ids, uint32_t *cands,
                                size_t *n_cands);

/* The last stage: a candidate checked against its hash (a tag collision searches on), and a
 * unigram's result remembered in its stem. Returns an id or STANCE_FEATURE_ABSENT. */
static inline uint32_t stance__features_confirm(const stance_feature_index_t *ix,
                                                stance_terms_t *ts, const stance_gram_t *g,
                                                uint32_t id)
{
    if (!(id & STANCE_FEATURE_UNCHECKED) || id >= STANCE_FEATURE_ABSENT)
        return id;
    id &= ~STANCE_FEATURE_UNCHECKED;
    if (ix->hi[(size_t)id * ix->stride] != g->hash.hi)
        id = stance__features_find(ix, g->hash);
    if (g->n == 1) {
        const stance_term_t *t = &ts->items[g->first];
        ts->stems[t->stem].unigram[t->negated] = id;
    }
    return id;
}

/* Remembers the id of a unigram gram in its stem (for ids found or created by the caller). */
static inline void stance__features_remember(stance_terms_t *ts, const stance_gram_t *g,
                                             uint32_t id)
{
    if (g->n == 1) {
        const stance_term_t *t = &ts->items[g->first];
        ts->stems[t->stem].unigram[t->negated] = id;
    }
}

#endif
