/* N-grams of terms, feature strings and their hashes, and the staged feature lookup shared by
 * training and classification. */
#include "features.h"

size_t stance__grams(const stance_terms_t *ts, unsigned ngram_max, stance_gram_t *out)
{
    size_t n = 0;
    for (size_t i = ts->first; i < ts->n; i++)
        n += stance__grams_at(ts, ngram_max, i, out + n);
    return n;
}

size_t stance__gram_len(const stance_terms_t *ts, const stance_gram_t *g)
{
    size_t n = g->n - 1; /* separating spaces */
    for (uint32_t i = g->first; i < g->first + g->n; i++) {
        const stance_term_t *t = &ts->items[i];
        n += ts->stems[t->stem].len + (t->negated ? STANCE_NEG_PREFIX_LEN : 0);
    }
    return n;
}

void stance__gram_write(const stance_terms_t *ts, const stance_gram_t *g, char *dst)
{
    for (uint32_t i = g->first; i < g->first + g->n; i++) {
        const stance_term_t *t = &ts->items[i];
        const stance_stem_t *s = &ts->stems[t->stem];
        if (i > g->first)
            *dst++ = ' ';
        if (t->negated) {
            memcpy(dst, STANCE_NEG_PREFIX, STANCE_NEG_PREFIX_LEN);
            dst += STANCE_NEG_PREFIX_LEN;
        }
        if (s->len) /* an empty stem may have no arena behind it */
            memcpy(dst, ts->arena + s->off, s->len);
        dst += s->len;
    }
}

bool stance__feature_hash(const char *s, size_t n, stance_hash_t *hash, unsigned *terms)
{
    size_t pos = 0;
    unsigned count = 0;
    stance_hash_t h = {0, 0};
    while (pos <= n) {
        size_t end = pos;
        while (end < n && s[end] != ' ')
            end++;
        const char *part = s + pos;
        size_t plen = end - pos;
        int negated = 0;
        if (plen > STANCE_NEG_PREFIX_LEN &&
            memcmp(part, STANCE_NEG_PREFIX, STANCE_NEG_PREFIX_LEN) == 0) {
            negated = 1;
            part += STANCE_NEG_PREFIX_LEN;
            plen -= STANCE_NEG_PREFIX_LEN;
        }
        if (plen == 0 || count == STANCE_MAX_NGRAM)
            return false;
        stance_hash_t th = stance__hash_term(stance__hash_bytes(part, plen), negated);
        h = count == 0 ? th : stance__hash_extend(h, th);
        count++;
        pos = end + 1;
    }
    *hash = h;
    *terms = count;
    return true;
}

/* The second stage for the candidate g[i]: its slot read (the first whose tag matches; rare
 * further candidates are met when confirming), its record requested. */
static STANCE_ALWAYS_INLINE void look_up_candidate(const stance_table_t *t, const uint64_t *hi,
                                                   size_t stride, stance_terms_t *ts,
                                                   const stance_gram_t *g, uint32_t *ids,
                                                   size_t i)
{
    stance_table_probe_t p;
    stance__table_probe_start(t, g[i].hash.lo, &p);
    uint32_t cand = stance__table_probe_next(t, &p);
    if (cand == STANCE_TABLE_EMPTY) {
        ids[i] = STANCE_FEATURE_ABSENT;
        stance__features_remember(ts, &g[i], STANCE_FEATURE_ABSENT);
    } else {
        ids[i] = cand | STANCE_FEATURE_UNCHECKED;
        STANCE_PREFETCH(&hi[(size_t)cand * stride]);
    }
}

/* The lookup below, inlined into entry points with constant settings, so that the common case
 * (classification with bigrams and a filter) tests none of them per term and keeps its values
 * in registers. */
static STANCE_ALWAYS_INLINE size_t resolve(const stance_feature_index_t *ix, stance_terms_t *ts,
                                           unsigned ngram_max, bool keep_absent, bool spans,
                                           bool filtered, stance_gram_t *g, uint32_t *ids,
                                           uint32_t *cands, size_t *n_cands)
{
    const stance_table_t *t = ix->table;
    const stance_table_slot_t *slots = t->slots;
    const size_t mask = t->mask, stride = ix->stride;
    const stance_stem_t *stems = ts->stems;
    const stance_term_t *items = ts->items;
    const uint64_t *hi = ix->hi;
    size_t n = 0, nc = 0;
    /* Stage 1, with the grams (those of stance__grams_at): a unigram's id from its word's
     * record when known (and the id's record requested, which the caller reads next), else
     * the gram's table slot. Each gram is written in place and kept by advancing n, so that
     * dropping one costs no branch. */
    for (size_t i = ts->first; i < ts->n; i++) {
        const stance_term_t *term = &items[i];
        uint32_t id = stems[term->stem].unigram[term->negated];
        ids[n] = id;
        if (filtered) {
            cands[nc] = (uint32_t)n;
            nc += id == STANCE_FEATURE_UNKNOWN;
        }
        if (id == STANCE_FEATURE_UNKNOWN) {
            g[n] = (stance_gram_t){term->hash, (uint32_t)i, 1};
            STANCE_PREFETCH(&slots[(size_t)term->hash.lo & mask]);
        } else {
            if (spans)
                g[n] = (stance_gram_t){term->hash, (uint32_t)i, 1};
            if (id != STANCE_FEATURE_ABSENT)
                STANCE_PREFETCH(&hi[(size_t)id * stride]);
        }
        n += keep_absent || id != STANCE_FEATURE_ABSENT;
        if (i < 1 || term->chunk_start || (ngram_max < 2 && !(term->cjk && term[-1].cjk)))
            continue;
        /* The filter turns most bigrams away, but which ones no branch predictor learns: the
         * low lane and the slot's request cost less than a branch on its answer (measured
         * 9% faster on short lines), so both are made for every bigram. */
        stance_hash_t h;
        h.hi = stance__hash_extend_hi(term[-1].hash, term->hash);
        bool may = !filtered || stance__filter_may_hold_hi(ix, h.hi);
        h.lo = stance__hash_extend_lo(term[-1].hash, term->hash);
        g[n] = (stance_gram_t){h, (uint32_t)(i - 1), 2};
        ids[n] = may ? STANCE_FEATURE_UNKNOWN : STANCE_FEATURE_ABSENT;
        STANCE_PREFETCH(&slots[(size_t)h.lo & mask]);
        if (filtered) {
            cands[nc] = (uint32_t)n;
            nc += may;
        }
        n += keep_absent || may;
        if (ngram_max < 3 || i < 2 || term[-1].chunk_start)
            continue;
        h = stance__hash_extend(stance__hash_extend(term[-2].hash, term[-1].hash), term->hash);
        may = !filtered || stance__filter_may_hold(ix, h);
        g[n] = (stance_gram_t){h, (uint32_t)(i - 2), 3};
        ids[n] = may ? STANCE_FEATURE_UNKNOWN : STANCE_FEATURE_ABSENT;
        if (may)
            STANCE_PREFETCH(&slots[(size_t)h.lo & mask]);
        if (filtered) {
            cands[nc] = (uint32_t)n;
            nc += may;
        }
        n += keep_absent || may;
    }
    /* Stage 2: the candidates' slots read, each candidate's record requested. Behind a
     * filter, which grams are candidates is what no branch predictor learns, so they are
     * walked from their list; without one, every bigram is, and a branch on it costs less
     * than the list (measured: the list 3% slower with a model of a million features). */
    if (filtered) {
        for (size_t j = 0; j < nc; j++)
            look_up_candidate(t, hi, stride, ts, g, ids, cands[j]);
    } else {
        for (size_t i = 0; i < n; i++) {
            if (ids[i] != STANCE_FEATURE_UNKNOWN)
                continue;
            cands[nc++] = (uint32_t)i;
            look_up_candidate(t, hi, stride, ts, g, ids, i);
        }
    }
    *n_cands = nc;
    return n;
}

size_t stance__features_resolve(const stance_feature_index_t *ix, stance_terms_t *ts,
                                unsigned ngram_max, bool keep_absent, bool spans,
                                stance_gram_t *g, uint32_t *ids, uint32_t *cands,
                                size_t *n_cands)
{
    const bool filtered = ix->filter != NULL;
    if (ngram_max == 2 && !keep_absent && !spans && filtered)
        return resolve(ix, ts, 2, false, false, true, g, ids, cands, n_cands);
    return resolve(ix, ts, ngram_max, keep_absent, spans, filtered, g, ids, cands, n_cands);
}
