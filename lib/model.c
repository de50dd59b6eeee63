/* Model construction, naive-Bayes weights and the read-only getters. */
#include "model.h"

#include <math.h>

stance_model_t *stance__model_alloc(const stance_allocator_t *alloc)
{
    stance_allocator_t a;
    stance__alloc_init(&a, alloc);
    stance_model_t *m = stance__calloc(&a, 1, sizeof *m);
    if (!m)
        return NULL;
    m->alloc = a;
    m->format_major = STANCE_FORMAT_MAJOR;
    m->format_minor = STANCE_FORMAT_MINOR;
    m->temperature = 1.0;
    return m;
}

stance_status_t stance__model_reserve(stance_model_t *m, size_t n_labels, size_t n_features,
                                      size_t fstring_bytes)
{
    const stance_allocator_t *a = &m->alloc;
    m->n_labels = n_labels;
    m->labels = stance__calloc(a, n_labels, sizeof *m->labels);
    m->label_lens = stance__calloc(a, n_labels, sizeof *m->label_lens);
    m->label_docs = stance__calloc(a, n_labels, sizeof *m->label_docs);
    m->log_prior = stance__calloc(a, n_labels, sizeof *m->log_prior);
    m->n_features = n_features;
    m->fstrings = stance__malloc(a, fstring_bytes);
    m->foff = stance__calloc(a, n_features, sizeof *m->foff);
    m->flen = stance__calloc(a, n_features, sizeof *m->flen);
    if (n_labels && n_features > SIZE_MAX / n_labels)
        return STANCE_E_NOMEM;
    m->counts = stance__calloc(a, n_features * n_labels, sizeof *m->counts);
    if (!m->labels || !m->label_lens || !m->label_docs || !m->log_prior || !m->fstrings ||
        !m->foff || !m->flen || !m->counts)
        return STANCE_E_NOMEM;
    return STANCE_OK;
}

void stance_model_free(stance_model_t *m)
{
    if (!m)
        return;
    const stance_allocator_t a = m->alloc;
    stance__cfg_free(&a, &m->cfg);
    stance__free(&a, m->library_version);
    stance__free(&a, m->bias);
    if (m->labels)
        for (size_t i = 0; i < m->n_labels; i++)
            stance__free(&a, m->labels[i]);
    stance__free(&a, m->labels);
    stance__free(&a, m->label_lens);
    stance__free(&a, m->label_docs);
    stance__free(&a, m->log_prior);
    if (!m->image_arrays) {
        stance__free(&a, m->fstrings);
        stance__free(&a, m->foff);
        stance__free(&a, m->flen);
        stance__free(&a, m->counts);
        stance__free(&a, m->rec_block);
        stance__table_free(&a, &m->ftable);
        stance__free(&a, m->filter);
    }
    stance__free(&a, m);
}

/* Weights and priors as model.h's stance__nb_* define them. */
stance_status_t stance__model_finish(stance_model_t *m, stance_error_t *err)
{
    const stance_allocator_t *a = &m->alloc;
    size_t L = m->n_labels, F = m->n_features;
    uint64_t *totals = stance__calloc(a, L ? L : 1, sizeof *totals);
    if (!totals)
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    uint64_t all = 0, docs = 0;
    stance_status_t st = STANCE_OK;
    for (size_t f = 0; f < F && st == STANCE_OK; f++)
        for (size_t c = 0; c < L; c++) {
            uint64_t v = m->counts[f * L + c];
            if (v > UINT64_MAX - totals[c] || v > UINT64_MAX - all) {
                size_t flen = 0;
                const char *name = stance_model_feature(m, f, &flen);
                st = stance__fail(err, STANCE_E_CORRUPT, STANCE_NO_OFFSET,
                                  "feature counts overflow 64 bits: label '%.40s' at feature "
                                  "%zu ('%.40s', section FEAT)",
                                  stance_model_label(m, c), f, name ? name : "");
                break;
            }
            totals[c] += v;
            all += v;
        }
    for (size_t c = 0; c < L && st == STANCE_OK; c++) {
        if (m->label_docs[c] > UINT64_MAX - docs)
            st = stance__fail(err, STANCE_E_CORRUPT, STANCE_NO_OFFSET,
                              "statement counts overflow 64 bits at label '%.40s' (section "
                              "LABL)",
                              stance_model_label(m, c));
        else
            docs += m->label_docs[c];
    }
    if (st != STANCE_OK) {
        stance__free(a, totals);
        return st;
    }
    m->stride = 1;
    while (m->stride < 1 + L)
        m->stride *= 2;
    stance__free(a, m->rec_block);
    m->rec = NULL;
    m->rec_block = F && m->stride > (SIZE_MAX - 64) / sizeof *m->rec / F
                       ? NULL
                       : stance__calloc(a, (F ? F * m->stride : 1) * sizeof *m->rec + 64, 1);
    if (m->rec_block)
        m->rec = (union stance_cell *)(((uintptr_t)m->rec_block + 63) & ~(uintptr_t)63);
    if (!m->rec) {
        stance__free(a, totals);
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    }
    /* Most counts are small integers, so log(count + alpha) comes from a table of the same
     * log() calls (the same doubles) instead of one call per cell; features outer, labels
     * inner, so that the counts and the records are read and written in order. */
    double denom[STANCE_MAX_LABELS], small_log[STANCE_SMALL_COUNTS];
    for (size_t c = 0; c < L; c++) {
        denom[c] = stance__nb_log_denominator(&m->cfg, totals[c], all, F);
        m->log_prior[c] = stance__nb_log_prior(&m->cfg, m->label_docs[c], docs, L);
    }
    for (size_t k = 0; k < STANCE_SMALL_COUNTS; k++)
        small_log[k] = log((double)k + m->cfg.alpha);
    const bool complement = m->cfg.nb == STANCE_NB_COMPLEMENT;
    for (size_t f = 0; f < F; f++) {
        const uint64_t *counts = m->counts + f * L;
        union stance_cell *rec = m->rec + f * m->stride + 1;
        for (size_t c = 0; c < L; c++) {
            double n = (double)counts[c];
            if (complement) { /* the other labels' counts, added in label order */
                double others = 0;
                for (size_t k = 0; k < L; k++)
                    others += k == c ? 0.0 : (double)counts[k];
                n = others;
            }
            rec[c].d = stance__nb_weight_of_log(&m->cfg,
                                                n < STANCE_SMALL_COUNTS && n == (double)(size_t)n
                                                    ? small_log[(size_t)n]
                                                    : log(n + m->cfg.alpha),
                                                denom[c]);
        }
    }
    stance__free(a, totals);

    stance__table_free(a, &m->ftable);
    stance__free(a, m->filter);
    m->filter = NULL;
    m->filter_mask = 0;
    /* 8 to 16 bits of filter per feature, for a model whose filter stays in a core's own cache
     * (up to 256 KiB): a larger one is a far read of its own before the table's, and measured
     * slower on a model of a million features */
    if (F <= STANCE_FILTER_MAX_FEATURES) {
        size_t words = 1;
        while (words < F / 8)
            words *= 2;
        m->filter_mask = words - 1;
        m->filter = stance__calloc(a, words, sizeof *m->filter);
        if (!m->filter)
            return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    }
    if (!stance__table_init(a, &m->ftable, F))
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    /* In blocks: the block's hashes first, each slot requested, then the insertions, so that
     * the cache misses of a table larger than the cache overlap instead of queueing. */
    enum { BLOCK = 32 };
    stance_hash_t hashes[BLOCK];
    for (size_t from = 0; from < F; from += BLOCK) {
        const size_t to = F - from < BLOCK ? F : from + BLOCK;
        for (size_t f = from; f < to; f++) {
            unsigned terms;
            if (!stance__feature_hash(m->fstrings + m->foff[f], m->flen[f], &hashes[f - from],
                                      &terms))
                return stance__fail(err, STANCE_E_CORRUPT, STANCE_NO_OFFSET,
                                    "feature %zu is not a well-formed feature string", f);
            STANCE_PREFETCH(&m->ftable.slots[(size_t)hashes[f - from].lo & m->ftable.mask]);
        }
        for (size_t f = from; f < to; f++) {
            const stance_hash_t h = hashes[f - from];
            /* Inserted by one walk along the probe sequence, which also meets any earlier
             * feature with the same hash: two such features would be indistinguishable. */
            m->rec[f * m->stride].u = h.hi;
            if (m->filter)
                m->filter[stance__filter_word(h.hi, m->filter_mask)] |=
                    stance__filter_bits(h.hi);
            size_t pos = (size_t)h.lo & m->ftable.mask;
            uint32_t tag = (uint32_t)(h.lo >> 32);
            for (;; pos = (pos + 1) & m->ftable.mask) {
                stance_table_slot_t *slot = &m->ftable.slots[pos];
                if (slot->id == STANCE_TABLE_EMPTY) {
                    slot->tag = tag;
                    slot->id = (uint32_t)f;
                    m->ftable.count++;
                    break;
                }
                if (slot->tag == tag && m->rec[(size_t)slot->id * m->stride].u == h.hi)
                    return stance__fail(err, STANCE_E_CORRUPT, STANCE_NO_OFFSET,
                                        "features %zu and %u have the same 128-bit hash", f,
                                        slot->id);
            }
        }
    }
    return STANCE_OK;
}

size_t stance_model_label_count(const stance_model_t *m)
{
    return m ? m->n_labels : 0;
}

const char *stance_model_label(const stance_model_t *m, size_t i)
{
    return m && i < m->n_labels ? m->labels[i] : NULL;
}

stance_status_t stance_model_label_index(const stance_model_t *m, const char *name, size_t len,
                                         size_t *out)
{
    if (!m || (!name && len) || !out)
        return STANCE_E_INVALID_ARG;
    for (size_t i = 0; i < m->n_labels; i++)
        if (m->label_lens[i] == len && memcmp(m->labels[i], name, len) == 0) {
            *out = i;
            return STANCE_OK;
        }
    return STANCE_E_NOT_FOUND;
}

uint64_t stance_model_label_statements(const stance_model_t *m, size_t label)
{
    return m && label < m->n_labels ? m->label_docs[label] : 0;
}

void stance_model_settings(const stance_model_t *m, stance_settings_t *out)
{
    if (m && out)
        stance__cfg_to_settings(&m->cfg, out);
}

void stance_model_info(const stance_model_t *m, stance_model_info_t *out)
{
    if (!m || !out)
        return;
    out->format_major = m->format_major;
    out->format_minor = m->format_minor;
    out->tokenizer_rev = m->cfg.tokenizer_rev;
    out->unicode_version = m->cfg.unicode_version;
    out->library_version = m->library_version;
    out->statements = 0;
    for (size_t c = 0; c < m->n_labels; c++)
        out->statements += m->label_docs[c];
    out->min_count = m->min_count;
    out->features = m->n_features;
    out->temperature = m->temperature;
    out->warnings = m->warnings;
}

size_t stance_model_feature_count(const stance_model_t *m)
{
    return m ? m->n_features : 0;
}

const char *stance_model_feature(const stance_model_t *m, size_t i, size_t *len_out)
{
    if (!m || i >= m->n_features)
        return NULL;
    if (len_out)
        *len_out = m->flen[i];
    return m->fstrings + m->foff[i];
}

uint64_t stance_model_feature_label_count(const stance_model_t *m, size_t i, size_t label)
{
    return m && i < m->n_features && label < m->n_labels ? m->counts[i * m->n_labels + label]
                                                         : 0;
}

double stance_model_label_bias(const stance_model_t *m, size_t label)
{
    return m && m->bias && label < m->n_labels ? m->bias[label] : 0.0;
}

double stance_model_feature_weight(const stance_model_t *m, size_t i, size_t label)
{
    return m && i < m->n_features && label < m->n_labels ? m->rec[i * m->stride + 1 + label].d
                                                         : 0.0;
}

stance_status_t stance_model_feature_index(const stance_model_t *m, const char *feature,
                                           size_t len, size_t *out)
{
    if (!m || (!feature && len) || !out)
        return STANCE_E_INVALID_ARG;
    stance_hash_t h;
    unsigned terms;
    if (!feature || !stance__feature_hash(feature, len, &h, &terms))
        return STANCE_E_NOT_FOUND;
    const stance_feature_index_t ix = stance__model_index(m);
    uint32_t id = stance__features_find(&ix, h);
    if (id == STANCE_FEATURE_ABSENT || m->flen[id] != len ||
        memcmp(m->fstrings + m->foff[id], feature, len) != 0)
        return STANCE_E_NOT_FOUND;
    *out = id;
    return STANCE_OK;
}
