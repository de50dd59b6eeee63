/* The analyzer (analyzer.h): tokens -> cached words -> stems -> terms with negation scope. */
#include "analyzer.h"

#include "language_rules.h"
#include "tokenize.h"

#include <libstemmer.h>

stance_status_t stance__analyzer_init(stance_analyzer_t *an, const stance_allocator_t *a,
                                      const stance_cfg_t *cfg, stance_error_t *err)
{
    memset(an, 0, sizeof *an);
    an->alloc = *a;
    an->cfg = cfg;
    an->rules = stance__cfg_rules(cfg);
    an->nz.turkish_i = an->rules && an->rules->turkish;
    an->nz.turkish_dotted =
        an->nz.turkish_i && cfg->tokenizer_rev >= STANCE_TOKENIZER_REV_LANGUAGE_3;
    an->elided_negation = an->rules && cfg->tokenizer_rev >= STANCE_TOKENIZER_REV_LANGUAGE_3;
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
    stance__free(&an->alloc, an->stems);
    stance__buf_free(&an->alloc, &an->arena);
    stance__normalizer_free(&an->alloc, &an->nz);
    stance__free(&an->alloc, an->terms.items);
    stance__free(&an->alloc, an->pending);
    memset(&an->terms, 0, sizeof an->terms);
    an->stems = NULL;
    an->pending = NULL;
    an->n_words = an->cap_stems = 0;
}

void stance__analyzer_forget_words(stance_analyzer_t *an)
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
    return ((const stance_analyzer_t *)owner)->stems[id].surface.lo;
}

/* Finds or adds the cache entry for the surface bytes s[0..n) whose hash is h. */
static stance_status_t lookup_word(stance_analyzer_t *an, const unsigned char *s, size_t n,
                                   stance_hash_t h, bool do_stem, uint32_t *out)
{
    stance_table_probe_t p;
    stance__table_probe_start(&an->word_table, h.lo, &p);
    for (uint32_t id; (id = stance__table_probe_next(&an->word_table, &p)) !=
                      STANCE_TABLE_EMPTY;) {
        if (stance__hash_eq(an->stems[id].surface, h)) {
            *out = id;
            return STANCE_OK;
        }
    }
    /* Miss: normalize, classify and stem once, then remember. */
    if (an->n_words >= UINT32_MAX - 2)
        return STANCE_E_LIMIT;
    if (!stance__reserve(&an->alloc, (void **)&an->stems, &an->cap_stems, an->n_words + 1,
                         sizeof *an->stems) ||
        !stance__table_reserve(&an->alloc, &an->word_table, 1, word_hash_lo, an))
        return STANCE_E_NOMEM;
    const unsigned char *norm;
    size_t norm_len;
    stance_status_t st = stance__normalize(&an->alloc, &an->nz, s, n, &norm, &norm_len);
    if (st != STANCE_OK)
        return st;
    const char *elided = NULL; /* what an elided word stands for (n': ne), when it does */
    if (an->rules) /* l'accord is accord, Türkiye'nin is Türkiye: for the stemmer as well */
        elided = stance__language_strip(an->rules, &norm, &norm_len);
    const stance_cfg_t *cfg = an->cfg;
    uint32_t flags = 0;
    if (elided && an->elided_negation &&
        stance__strlist_has(&cfg->negation_words, (const unsigned char *)elided, strlen(elided)))
        flags |= STANCE_WORD_OPENS_SCOPE; /* n'accepte: ne accepte, one word */
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
    /* Never reached by a token of at most STANCE_MAX_TOKEN_BYTES, whatever normalization
     * makes of it; the arena is emptied long before 4 GiB except by a training document of
     * pathological words, which is refused. */
    if (stem_len > UINT16_MAX || an->arena.len > UINT32_MAX - stem_len)
        return STANCE_E_LIMIT;
    /* Hashed where the stemmer left it: the arena may have no buffer yet (an empty stem). */
    stance_hash_t stem_hash = stance__hash_bytes(stem, stem_len);
    size_t stem_off = an->arena.len;
    if (!stance__buf_append(&an->alloc, &an->arena, stem, stem_len))
        return STANCE_E_NOMEM;
    an->stems[an->n_words] = (stance_stem_t){h, stem_hash, (uint32_t)stem_off,
                                             (uint16_t)stem_len, (uint16_t)flags,
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

/* The identity of a token's bytes in the word cache; it never leaves the analyzer (terms are
 * hashed from stems), so it need not be stance__hash_bytes. A token of at most 8 bytes is its
 * bytes themselves as one integer (no token holds a NUL byte, and the length is mixed in as
 * well), with one multiplication for the table's position and tag: an exact identity at a
 * third of the cost of the general hash, which longer tokens use. */
static inline stance_hash_t surface_hash(const unsigned char *text, size_t len, size_t start,
                                         size_t n)
{
    if (n > 8 || n == 0)
        return stance__hash_bytes(text + start, n);
    uint64_t w;
    if (len - start >= 8) {
        w = stance__load64le(text + start);
        if (n < 8)
            w &= ((uint64_t)1 << (8 * n)) - 1;
    } else { /* at the end of the text: no byte past it is read */
        w = 0;
        for (size_t i = 0; i < n; i++)
            w |= (uint64_t)text[start + i] << (8 * i);
    }
    return (stance_hash_t){stance__mum(w ^ STANCE_HASH_K1, STANCE_HASH_K2 ^ n), w};
}

/* Three passes over a window of tokens, so that the cache misses of a large word cache
 * overlap: (1) tokenize, hash every word and request its table slot; (2) read the slots and
 * request each candidate entry; (3) confirm the entries (normalizing and stemming new words)
 * and build the terms, with negation scope and chunk boundaries carried from the window
 * before. Each pass keeps the state it updates in locals: stores to the arrays could otherwise
 * alias the analyzer's fields, and the compiler would reload them for every token. */
stance_status_t stance__analyzer_next(stance_analyzer_t *an, size_t max_tokens,
                                      stance_error_t *err)
{
    /* The last two terms stay in front as context for the n-grams that reach back over the
     * window's edge; only their hashes and flags are read again. */
    size_t keep = an->terms.n < 2 ? an->terms.n : 2;
    if (keep) /* items may still be NULL when there is nothing to keep */
        memmove(an->terms.items, an->terms.items + an->terms.n - keep,
                keep * sizeof *an->terms.items);
    an->terms.n = an->terms.first = keep;
    if (an->done)
        return STANCE_OK;
    /* Between windows, as between documents, the cache may be emptied: the kept terms do not
     * refer to it again (their unigrams were counted in the window before). */
    if (an->n_words >= STANCE_WORD_CACHE_MAX_WORDS ||
        an->arena.len >= STANCE_WORD_CACHE_MAX_BYTES) {
        stance__analyzer_forget_words(an);
        for (size_t i = 0; i < keep; i++)
            an->terms.items[i].stem = STANCE_NO_STEM;
    }
    const stance_cfg_t *cfg = an->cfg;
    const unsigned char *bytes = an->text;
    const size_t text_len = an->scanner.len;
    const size_t max_token_bytes = cfg->max_token_bytes;
    const bool punctuation = cfg->punctuation != 0;

    /* Pass 1: tokens, their hashes, and a request for each one's table slot. */
    stance_scanner_t sc = an->scanner;
    stance_pending_t *pending = an->pending;
    size_t cap = an->cap_pending, n_tokens = an->n_tokens, n_skipped = an->n_skipped;
    const stance_table_slot_t *slots = an->word_table.slots;
    const size_t slot_mask = an->word_table.mask;
    stance_tok_t tok;
    size_t bad = 0, n = 0;
    int r = 0;
    while (n < max_tokens && (r = stance__scan(&sc, &tok, &bad)) == 1) {
        if (STANCE_UNLIKELY(n == cap)) {
            if (!stance__reserve(&an->alloc, (void **)&an->pending, &an->cap_pending, n + 1,
                                 sizeof *an->pending))
                return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
            pending = an->pending;
            cap = an->cap_pending;
        }
        stance_pending_t *p = &pending[n++];
        p->start = (uint32_t)tok.start;
        p->len = (uint32_t)tok.len;
        p->word = STANCE_TABLE_EMPTY;
        bool punct = tok.kind == STANCE_TOKEN_BREAK;
        if (punct && !punctuation) {
            p->kind = PENDING_BREAK;
            continue;
        }
        n_tokens += !punct;
        if (!punct && tok.len > max_token_bytes) {
            /* URLs, base64, runs of one letter: skipped (a clause mark, one character, is
             * never one: it stays a term and ends a negation scope at any limit) */
            n_skipped++;
            p->kind = PENDING_GAP;
            continue;
        }
        p->kind = (uint8_t)tok.kind;
        p->hash = surface_hash(bytes, text_len, tok.start, tok.len);
        STANCE_PREFETCH(&slots[(size_t)p->hash.lo & slot_mask]);
    }
    an->scanner = sc;
    an->n_tokens = n_tokens;
    an->n_skipped = n_skipped;
    if (r < 0)
        return stance__fail(err, STANCE_E_BAD_UTF8, bad, "invalid UTF-8 at byte %zu", bad);
    an->done = n < max_tokens;

    /* Pass 2: each slot read, and the candidate record requested (both its ends: records
     * are not aligned to cache lines). */
    const stance_stem_t *stems = an->stems;
    for (size_t i = 0; i < n; i++) {
        stance_pending_t *p = &pending[i];
        if (p->kind == PENDING_GAP || p->kind == PENDING_BREAK)
            continue;
        stance_table_probe_t probe;
        stance__table_probe_start(&an->word_table, p->hash.lo, &probe);
        p->word = stance__table_probe_next(&an->word_table, &probe);
        if (p->word != STANCE_TABLE_EMPTY) {
            STANCE_PREFETCH(&stems[p->word]);
            STANCE_PREFETCH((const char *)&stems[p->word + 1] - 1);
        }
    }

    /* Pass 3: words confirmed (or made), and terms. */
    if (keep + n > an->terms.cap &&
        !stance__reserve(&an->alloc, (void **)&an->terms.items, &an->terms.cap, keep + n,
                         sizeof *an->terms.items))
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    stance_term_t *terms = an->terms.items;
    size_t n_terms = keep;
    bool chunk_start = an->chunk_start, in_scope = an->in_scope;
    unsigned scope_used = an->scope_used;
    const bool negation = cfg->negation != 0;
    const unsigned negation_scope = cfg->negation_scope;
    stance_status_t st = STANCE_OK;
    uint32_t failed_at = 0;
    for (size_t i = 0; i < n; i++) {
        const stance_pending_t *p = &pending[i];
        if (p->kind == PENDING_GAP || p->kind == PENDING_BREAK) {
            chunk_start = true;
            in_scope = in_scope && p->kind == PENDING_GAP;
            continue;
        }
        bool punct = p->kind == STANCE_TOKEN_BREAK;
        if (punct)
            in_scope = false;
        uint32_t wid = p->word;
        if (STANCE_UNLIKELY(wid == STANCE_TABLE_EMPTY ||
                            !stance__hash_eq(an->stems[wid].surface, p->hash))) {
            st = lookup_word(an, bytes + p->start, p->len, p->hash,
                             p->kind == STANCE_TOKEN_WORD, &wid);
            if (st != STANCE_OK) {
                n_terms = 0;
                failed_at = p->start;
                break;
            }
        }
        const stance_stem_t *w = &an->stems[wid]; /* the array may have grown */
        const uint32_t wflags = w->flags;
        bool negated = false;
        /* Most words are plain and outside any negation scope: nothing to decide. */
        if (STANCE_UNLIKELY(in_scope || (wflags & (STANCE_WORD_EMPTY | STANCE_WORD_SCOPE_END |
                                                   STANCE_WORD_NEGATOR |
                                                   STANCE_WORD_OPENS_SCOPE)))) {
            if (wflags & STANCE_WORD_EMPTY)
                continue;
            if (wflags & STANCE_WORD_SCOPE_END)
                in_scope = false;
            if (negation && (wflags & STANCE_WORD_OPENS_SCOPE)) { /* before its own word */
                in_scope = true;
                scope_used = 0;
            }
            negated = !punct && negation && in_scope &&
                      (negation_scope == 0 || scope_used < negation_scope) &&
                      !(wflags & STANCE_WORD_NEGATOR);
            if (negated)
                scope_used++;
            if (!punct && negation && (wflags & STANCE_WORD_NEGATOR)) {
                in_scope = true;
                scope_used = 0;
            }
        }
        stance_term_t *t = &terms[n_terms++];
        t->hash = STANCE_UNLIKELY(negated) ? stance__hash_term(w->hash, 1) : w->hash;
        t->stem = wid;
        t->negated = negated;
        t->chunk_start = chunk_start;
        t->cjk = p->kind == STANCE_TOKEN_CJK;
        t->start = p->start;
        t->end = p->start + p->len;
        chunk_start = false;
    }
    an->terms.n = n_terms;
    an->chunk_start = chunk_start;
    an->in_scope = in_scope;
    an->scope_used = scope_used;
    if (st != STANCE_OK) {
        an->terms.first = 0;
        return stance__fail(err, st, failed_at, "%s at byte %u", stance_strerror(st),
                            failed_at);
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
