/* The analyzer (analyzer.h): tokens -> cached words -> stems -> terms with negation scope. */
#include "analyzer.h"

#include "tokenize.h"

#include <libstemmer.h>

stance_status_t stance__analyzer_init(stance_analyzer_t *an, const stance_allocator_t *a,
                                      const stance_cfg_t *cfg, stance_error_t *err)
{
    memset(an, 0, sizeof *an);
    an->alloc = *a;
    an->cfg = cfg;
    if (strcmp(cfg->language, "none") != 0) {
        if (!stance__language_known(cfg->language, strlen(cfg->language)))
            return stance__fail(err, STANCE_E_LANGUAGE, STANCE_NO_OFFSET,
                                "unknown stemmer language '%s'", cfg->language);
        /* libstemmer returns NULL for unknown names and on allocation failure; the name is
         * known here, so NULL means out of memory. */
        an->stemmer = sb_stemmer_new(cfg->language, "UTF_8");
        if (!an->stemmer)
            return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET,
                                "out of memory creating the '%s' stemmer", cfg->language);
    }
    if (!stance__table_init(&an->alloc, &an->word_table, 1024)) {
        stance__analyzer_free(an);
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    }
    return STANCE_OK;
}

void stance__analyzer_free(stance_analyzer_t *an)
{
    sb_stemmer_delete(an->stemmer);
    an->stemmer = NULL;
    stance__table_free(&an->alloc, &an->word_table);
    stance__free(&an->alloc, an->words);
    stance__free(&an->alloc, an->stems);
    stance__buf_free(&an->alloc, &an->arena);
    stance__normalizer_free(&an->alloc, &an->nz);
    stance__free(&an->alloc, an->terms.items);
    stance__free(&an->alloc, an->pending);
    memset(&an->terms, 0, sizeof an->terms);
    an->words = NULL;
    an->stems = NULL;
    an->pending = NULL;
    an->n_words = an->cap_words = an->cap_stems = 0;
}

/* Empties the word cache; done only between documents, since terms refer to words. */
static void reset_cache(stance_analyzer_t *an)
{
    stance__table_clear(&an->word_table);
    an->n_words = 0;
    an->arena.len = 0;
}

/* Stems a normalized word (unless stemming is off or the word is empty). A stemmer that
 * strips a word to nothing would lose it, so the normalized form is kept then. */
static stance_status_t stem_word(stance_analyzer_t *an, const unsigned char **s, size_t *n)
{
    if (!an->stemmer || *n == 0)
        return STANCE_OK;
    if (*n > (size_t)INT32_MAX)
        return STANCE_E_LIMIT;
    const sb_symbol *r = sb_stemmer_stem(an->stemmer, *s, (int)*n);
    if (!r)
        return STANCE_E_NOMEM;
    int rl = sb_stemmer_length(an->stemmer);
    if (rl > 0) {
        *s = r;
        *n = (size_t)rl;
    }
    return STANCE_OK;
}

static uint64_t word_hash_lo(const void *owner, uint32_t id)
{
    return ((const stance_analyzer_t *)owner)->words[id].surface.lo;
}

/* Finds or adds the cache entry for the surface bytes s[0..n) whose hash is h. */
static stance_status_t lookup_word(stance_analyzer_t *an, const unsigned char *s, size_t n,
                                   stance_hash_t h, bool do_stem, uint32_t *out)
{
    stance_table_probe_t p;
    stance__table_probe_start(&an->word_table, h.lo, &p);
    for (uint32_t id; (id = stance__table_probe_next(&an->word_table, &p)) !=
                      STANCE_TABLE_EMPTY;) {
        if (stance__hash_eq(an->words[id].surface, h)) {
            *out = id;
            return STANCE_OK;
        }
    }
    /* Miss: normalize, classify and stem once, then remember. */
    if (an->n_words >= UINT32_MAX - 2)
        return STANCE_E_LIMIT;
    if (!stance__reserve(&an->alloc, (void **)&an->words, &an->cap_words, an->n_words + 1,
                         sizeof *an->words) ||
        !stance__reserve(&an->alloc, (void **)&an->stems, &an->cap_stems, an->n_words + 1,
                         sizeof *an->stems) ||
        !stance__table_reserve(&an->alloc, &an->word_table, 1, word_hash_lo, an))
        return STANCE_E_NOMEM;
    const unsigned char *norm;
    size_t norm_len;
    stance_status_t st = stance__normalize(&an->alloc, &an->nz, s, n, &norm, &norm_len);
    if (st != STANCE_OK)
        return st;
    const stance_cfg_t *cfg = an->cfg;
    uint32_t flags = 0;
    if (norm_len == 0)
        flags |= STANCE_WORD_EMPTY;
    if (stance__strlist_has(&cfg->negation_words, norm, norm_len) ||
        stance__strlist_has_suffix(&cfg->negation_suffixes, norm, norm_len))
        flags |= STANCE_WORD_NEGATOR;
    if (stance__strlist_has(&cfg->scope_end_words, norm, norm_len))
        flags |= STANCE_WORD_SCOPE_END;
    const unsigned char *stem = norm;
    size_t stem_len = norm_len;
    if (do_stem && (st = stem_word(an, &stem, &stem_len)) != STANCE_OK)
        return st;
    if (stem_len > UINT32_MAX)
        return STANCE_E_LIMIT;
    /* Hashed where the stemmer left it: the arena may have no buffer yet (an empty stem). */
    stance_hash_t stem_hash = stance__hash_bytes(stem, stem_len);
    size_t stem_off = an->arena.len;
    if (!stance__buf_append(&an->alloc, &an->arena, stem, stem_len))
        return STANCE_E_NOMEM;
    an->words[an->n_words] = (stance_word_t){h, stem_hash, flags};
    an->stems[an->n_words] = (stance_stem_t){stem_off, (uint32_t)stem_len,
                                             {STANCE_FEATURE_UNKNOWN, STANCE_FEATURE_UNKNOWN}};
    stance__table_insert(&an->word_table, h.lo, (uint32_t)an->n_words);
    *out = (uint32_t)an->n_words++;
    return STANCE_OK;
}

/* A token between the passes of stance__analyzer_run. */
typedef struct stance_pending {
    stance_hash_t hash;
    uint32_t start, len;
    uint32_t word;  /* candidate from the word table, STANCE_TABLE_EMPTY when none */
    uint8_t kind;   /* stance_token_kind_t, PENDING_GAP or PENDING_BREAK */
} stance_pending_t;

/* A skipped (overlong) token: n-grams do not bridge it, negation scope does. */
#define PENDING_GAP 0xFF
/* Clause punctuation that is not a term: it ends n-grams and negation scope. */
#define PENDING_BREAK 0xFE

#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

stance_status_t stance__analyzer_start(stance_analyzer_t *an, const char *text, size_t len,
                                       uint32_t flags, stance_error_t *err)
{
    an->terms.n = an->terms.first = an->n_tokens = an->n_skipped = 0;
    an->done = true;
    if (len > STANCE_MAX_TEXT_BYTES)
        return stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET,
                            "text of %zu bytes exceeds the limit of %zu", len,
                            (size_t)STANCE_MAX_TEXT_BYTES);
    stance__scanner_init(&an->scanner, text, len, (flags & STANCE_REPLACE_INVALID) != 0);
    an->text = (const unsigned char *)text;
    an->chunk_start = true;
    an->in_scope = false;
    an->scope_used = 0;
    an->done = false;
    return STANCE_OK;
}

/* Three passes over a window of tokens, so that the cache misses of a large word cache
 * overlap: (1) tokenize, hash every word and request its table slot; (2) read the slots and
 * request each candidate entry; (3) confirm the entries (normalizing and stemming new words)
 * and build the terms, with negation scope and chunk boundaries carried from the window
 * before. */
stance_status_t stance__analyzer_next(stance_analyzer_t *an, size_t max_tokens,
                                      stance_error_t *err)
{
    /* The last two terms stay in front as context for the n-grams that reach back over the
     * window's edge; only their hashes and flags are read again. */
    size_t keep = an->terms.n < 2 ? an->terms.n : 2;
    memmove(an->terms.items, an->terms.items + an->terms.n - keep, keep * sizeof *an->terms.items);
    an->terms.n = an->terms.first = keep;
    if (an->done)
        return STANCE_OK;
    /* Between windows, as between documents, the cache may be emptied: the kept terms do not
     * refer to it again (their unigrams were counted in the window before). */
    if (an->n_words >= STANCE_WORD_CACHE_MAX_WORDS ||
        an->arena.len >= STANCE_WORD_CACHE_MAX_BYTES) {
        reset_cache(an);
        for (size_t i = 0; i < keep; i++)
            an->terms.items[i].stem = STANCE_NO_STEM;
    }
    const stance_cfg_t *cfg = an->cfg;
    const unsigned char *bytes = an->text;
    stance_tok_t tok;
    size_t bad = 0, n = 0;
    int r = 0;
    while (n < max_tokens && (r = stance__scan(&an->scanner, &tok, &bad)) == 1) {
        if (STANCE_UNLIKELY(n == an->cap_pending) &&
            !stance__reserve(&an->alloc, (void **)&an->pending, &an->cap_pending, n + 1,
                             sizeof *an->pending))
            return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
        stance_pending_t *p = &an->pending[n++];
        p->start = (uint32_t)tok.start;
        p->len = (uint32_t)tok.len;
        p->kind = (uint8_t)tok.kind;
        p->word = STANCE_TABLE_EMPTY;
        bool punct = tok.kind == STANCE_TOKEN_BREAK;
        if (punct && !cfg->punctuation) {
            p->kind = PENDING_BREAK;
            continue;
        }
        an->n_tokens += !punct;
        if (tok.len > cfg->max_token_bytes) {
            /* URLs, base64, runs of one letter: skipped */
            an->n_skipped++;
            p->kind = PENDING_GAP;
            continue;
        }
        p->hash = stance__hash_bytes(bytes + tok.start, tok.len);
        PREFETCH(&an->word_table.slots[(size_t)p->hash.lo & an->word_table.mask]);
    }
    if (r < 0)
        return stance__fail(err, STANCE_E_BAD_UTF8, bad, "invalid UTF-8 at byte %zu", bad);
    an->done = n < max_tokens;

    for (size_t i = 0; i < n; i++) {
        stance_pending_t *p = &an->pending[i];
        if (p->kind == PENDING_GAP || p->kind == PENDING_BREAK)
            continue;
        stance_table_probe_t probe;
        stance__table_probe_start(&an->word_table, p->hash.lo, &probe);
        p->word = stance__table_probe_next(&an->word_table, &probe);
        if (p->word != STANCE_TABLE_EMPTY)
            PREFETCH(&an->words[p->word]);
    }

    if (!stance__reserve(&an->alloc, (void **)&an->terms.items, &an->terms.cap, keep + n,
                         sizeof *an->terms.items))
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    for (size_t i = 0; i < n; i++) {
        const stance_pending_t *p = &an->pending[i];
        if (p->kind == PENDING_GAP || p->kind == PENDING_BREAK) {
            an->chunk_start = true;
            an->in_scope = an->in_scope && p->kind == PENDING_GAP;
            continue;
        }
        bool punct = p->kind == STANCE_TOKEN_BREAK;
        if (punct)
            an->in_scope = false;
        uint32_t wid = p->word;
        if (wid == STANCE_TABLE_EMPTY || !stance__hash_eq(an->words[wid].surface, p->hash)) {
            stance_status_t st = lookup_word(an, bytes + p->start, p->len, p->hash,
                                             p->kind == STANCE_TOKEN_WORD, &wid);
            if (st != STANCE_OK) {
                an->terms.n = an->terms.first = 0;
                return stance__fail(err, st, p->start, "%s at byte %u", stance_strerror(st),
                                    p->start);
            }
        }
        const stance_word_t *w = &an->words[wid];
        if (w->flags & STANCE_WORD_EMPTY)
            continue;
        if (w->flags & STANCE_WORD_SCOPE_END)
            an->in_scope = false;
        bool negated = !punct && cfg->negation && an->in_scope &&
                       (cfg->negation_scope == 0 || an->scope_used < cfg->negation_scope) &&
                       !(w->flags & STANCE_WORD_NEGATOR);
        if (negated)
            an->scope_used++;
        if (!punct && cfg->negation && (w->flags & STANCE_WORD_NEGATOR)) {
            an->in_scope = true;
            an->scope_used = 0;
        }
        stance_term_t *t = &an->terms.items[an->terms.n++];
        t->stem = wid;
        t->negated = negated;
        t->hash = stance__hash_term(w->stem, negated);
        t->chunk_start = an->chunk_start;
        t->cjk = p->kind == STANCE_TOKEN_CJK;
        t->start = p->start;
        t->end = p->start + p->len;
        an->chunk_start = false;
    }
    /* The view of the stems the terms refer to (the arrays may have moved while growing). */
    an->terms.stems = an->stems;
    an->terms.arena = an->arena.data;
    return STANCE_OK;
}

stance_status_t stance__analyzer_run(stance_analyzer_t *an, const char *text, size_t len,
                                     uint32_t flags, stance_error_t *err)
{
    stance_status_t st = stance__analyzer_start(an, text, len, flags, err);
    if (st == STANCE_OK)
        st = stance__analyzer_next(an, SIZE_MAX, err);
    an->terms.first = 0;
    return st;
}
