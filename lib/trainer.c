/* The trainer: (label, text) -> feature counts per label -> a model. */
#include "trainer.h"

#include "model.h"

/* Ids of features the trainer does not have yet (created when the statement is counted). */
#define MISSING STANCE_FEATURE_ABSENT

#include <stdlib.h>
#include <utf8proc.h>

/* The trainer's feature table for stance__features_* (fhash may move as it grows). */
static stance_feature_index_t index_of(const stance_trainer_t *t)
{
    /* no filter: the trainer's table changes with every new feature */
    return (stance_feature_index_t){&t->ftable, &t->fhash[0].hi,
                                    sizeof *t->fhash / sizeof t->fhash[0].hi, NULL, 0};
}

static uint32_t find_feature(const stance_trainer_t *t, stance_hash_t h)
{
    const stance_feature_index_t ix = index_of(t);
    return stance__features_find(&ix, h);
}

static uint64_t feature_hash_lo(const void *owner, uint32_t id)
{
    return ((const stance_trainer_t *)owner)->fhash[id].lo;
}

/* Grows every per-feature array to hold `need` features. */
static bool reserve_features(stance_trainer_t *t, size_t need)
{
    if (need <= t->cap_features)
        return true;
    if (need > STANCE_MAX_FEATURES)
        return false;
    size_t cap = t->cap_features ? t->cap_features : 1024;
    while (cap < need)
        cap *= 2;
    size_t c1 = t->cap_features, c2 = t->cap_features, c3 = t->cap_features;
    if (!stance__reserve(&t->alloc, (void **)&t->foff, &c1, cap, sizeof *t->foff) ||
        !stance__reserve(&t->alloc, (void **)&t->flen, &c2, cap, sizeof *t->flen) ||
        !stance__reserve(&t->alloc, (void **)&t->fhash, &c3, cap, sizeof *t->fhash))
        return false;
    for (size_t l = 0; l < t->n_labels; l++) {
        size_t c = t->cap_features;
        if (!stance__reserve(&t->alloc, (void **)&t->counts[l], &c, cap, sizeof(uint64_t)))
            return false;
    }
    t->cap_features = cap;
    return true;
}

/* Adds a label (capacity already reserved for its counts). */
static stance_status_t add_label(stance_trainer_t *t, const char *s, size_t n, size_t *out)
{
    if (t->n_labels >= STANCE_MAX_LABELS)
        return STANCE_E_LIMIT;
    char *name = stance__strndup(&t->alloc, s, n);
    uint64_t *counts = stance__calloc(&t->alloc, t->cap_features ? t->cap_features : 1,
                                      sizeof *counts);
    if (!name || !counts) {
        stance__free(&t->alloc, name);
        stance__free(&t->alloc, counts);
        return STANCE_E_NOMEM;
    }
    size_t l = t->n_labels++;
    t->labels[l] = name;
    t->label_lens[l] = n;
    t->label_docs[l] = 0;
    t->bias[l] = 0.0;
    t->counts[l] = counts;
    *out = l;
    return STANCE_OK;
}

/* Appends a feature string whose capacity is reserved; returns its id. */
static uint32_t insert_feature(stance_trainer_t *t, const char *s, size_t n, stance_hash_t hash)
{
    uint32_t id = (uint32_t)t->n_features++;
    t->foff[id] = t->fstrings.len;
    t->flen[id] = (uint32_t)n;
    t->fhash[id] = hash;
    memcpy(t->fstrings.data + t->fstrings.len, s, n);
    t->fstrings.len += n;
    for (size_t l = 0; l < t->n_labels; l++)
        t->counts[l][id] = 0;
    stance__table_insert(&t->ftable, hash.lo, id);
    return id;
}

static stance_trainer_t *trainer_alloc(const stance_allocator_t *alloc)
{
    stance_allocator_t a;
    stance__alloc_init(&a, alloc);
    stance_trainer_t *t = stance__calloc(&a, 1, sizeof *t);
    if (t)
        t->alloc = a;
    return t;
}

/* Everything but settings and labels: the analyzer and the feature table. */
static stance_status_t trainer_start(stance_trainer_t *t, size_t expected_features,
                                     stance_error_t *err)
{
    stance_status_t st = stance__analyzer_init(&t->an, &t->alloc, &t->cfg, err);
    if (st != STANCE_OK)
        return st;
    if (!stance__table_init(&t->alloc, &t->ftable, expected_features) ||
        !stance__seen_init(&t->alloc, &t->seen) ||
        !reserve_features(t, expected_features ? expected_features : 1))
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    return STANCE_OK;
}

void stance_trainer_free(stance_trainer_t *t)
{
    if (!t)
        return;
    const stance_allocator_t a = t->alloc;
    stance__analyzer_free(&t->an);
    stance__cfg_free(&a, &t->cfg);
    for (size_t l = 0; l < t->n_labels; l++) {
        stance__free(&a, t->labels[l]);
        stance__free(&a, t->counts[l]);
    }
    stance__table_free(&a, &t->ftable);
    stance__buf_free(&a, &t->fstrings);
    stance__free(&a, t->foff);
    stance__free(&a, t->flen);
    stance__free(&a, t->fhash);
    stance__seen_free(&a, &t->seen);
    stance__free(&a, t->grams);
    stance__free(&a, t->ids);
    stance__free(&a, t->cands);
    stance__free(&a, t);
}

stance_status_t stance_trainer_new(stance_trainer_t **out, const stance_train_opts_t *opts,
                                   stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "out is NULL");
    stance_train_opts_t defaults = STANCE_TRAIN_OPTS_INIT;
    if (!opts)
        opts = &defaults;
    if (opts->version != STANCE_TRAIN_OPTS_VERSION)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "training options version %u is not %u", opts->version,
                            STANCE_TRAIN_OPTS_VERSION);
    if (opts->n_labels && !opts->labels)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "n_labels is %zu but labels is NULL", opts->n_labels);
    if (opts->n_labels > STANCE_MAX_LABELS)
        return stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET,
                            "%zu labels; at most %d are allowed", opts->n_labels,
                            STANCE_MAX_LABELS);
    stance_trainer_t *t = trainer_alloc(opts->alloc);
    if (!t)
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    t->min_count = opts->min_count > 1 ? opts->min_count : 0;
    stance_status_t st = stance__cfg_from_settings(&t->alloc, &t->cfg, &opts->settings, err);
    if (st == STANCE_OK)
        st = trainer_start(t, 0, err);
    for (size_t i = 0; st == STANCE_OK && i < opts->n_labels; i++) {
        const char *name = opts->labels[i];
        size_t n = name ? strlen(name) : 0, l;
        char why[96] = "is missing";
        if (!name || !stance__label_fault(name, n, why, sizeof why)) {
            st = stance__fail(err, STANCE_E_LABEL, STANCE_NO_OFFSET, "label %zu %s", i + 1, why);
        } else if (stance__strlist_has(&(stance_strlist_t){t->labels, t->label_lens,
                                                            t->n_labels},
                                       (const unsigned char *)name, n)) {
            st = stance__fail(err, STANCE_E_LABEL, STANCE_NO_OFFSET,
                              "label '%.64s' is given twice", name);
        } else if ((st = add_label(t, name, n, &l)) != STANCE_OK) {
            st = stance__fail(err, st, STANCE_NO_OFFSET, "out of memory");
        }
    }
    if (st != STANCE_OK) {
        stance_trainer_free(t);
        return st;
    }
    t->closed = opts->n_labels > 0;
    stance__ok(err);
    *out = t;
    return STANCE_OK;
}

/* A pruned model's counts are incomplete: they cannot be part of a sum. */
static stance_status_t pruned(const stance_model_t *m, stance_error_t *err)
{
    return stance__fail(err, STANCE_E_MISMATCH, STANCE_NO_OFFSET,
                        "the model was pruned (min_count %llu): its counts are incomplete "
                        "and cannot be added up",
                        (unsigned long long)m->min_count);
}

stance_status_t stance__trainer_analysis_current(const stance_trainer_t *t, stance_error_t *err)
{
    /* New counts come from this library's Unicode tables: added to a base's from others they
     * would make a model no single analysis reproduces (models are not merged across
     * versions either). Models of one older version still add up: no text is analyzed. */
    const char *unicode = utf8proc_unicode_version();
    if (strcmp(t->cfg.unicode_version, unicode) == 0)
        return STANCE_OK;
    return stance__fail(err, STANCE_E_MISMATCH, STANCE_NO_OFFSET,
                        "the base model was made with Unicode %s and this library normalizes "
                        "text by Unicode %s: train it again from its corpus",
                        t->cfg.unicode_version, unicode);
}

stance_status_t stance_trainer_new_from_model(stance_trainer_t **out,
                                              const stance_model_t *base,
                                              const stance_allocator_t *alloc,
                                              stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out || !base)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "out or base is NULL");
    stance_trainer_t *t = trainer_alloc(alloc ? alloc : &base->alloc);
    if (!t)
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    t->min_count = base->min_count; /* a pruned model's continuation is pruned the same way */
    stance_status_t st = stance__cfg_copy(&t->alloc, &t->cfg, &base->cfg);
    if (st != STANCE_OK) {
        stance__free(&t->alloc, t);
        return stance__fail(err, st, STANCE_NO_OFFSET, "out of memory");
    }
    st = trainer_start(t, base->n_features, err);
    for (size_t l = 0; st == STANCE_OK && l < base->n_labels; l++) {
        size_t idx;
        st = add_label(t, base->labels[l], base->label_lens[l], &idx);
        if (st == STANCE_OK) {
            t->label_docs[idx] = base->label_docs[l];
            t->bias[idx] = base->bias ? base->bias[l] : 0.0;
            t->statements += base->label_docs[l];
        }
    }
    size_t bytes = 0;
    for (size_t f = 0; f < base->n_features; f++)
        bytes += base->flen[f];
    if (st == STANCE_OK &&
        (!stance__reserve(&t->alloc, (void **)&t->fstrings.data, &t->fstrings.cap, bytes, 1) ||
         !stance__table_reserve(&t->alloc, &t->ftable, base->n_features, feature_hash_lo, t)))
        st = STANCE_E_NOMEM;
    for (size_t f = 0; st == STANCE_OK && f < base->n_features; f++) {
        stance_hash_t h;
        unsigned terms;
        const char *s = base->fstrings + base->foff[f];
        (void)stance__feature_hash(s, base->flen[f], &h, &terms); /* checked at load */
        uint32_t id = insert_feature(t, s, base->flen[f], h);
        for (size_t l = 0; l < base->n_labels; l++)
            t->counts[l][id] = base->counts[f * base->n_labels + l];
    }
    if (st != STANCE_OK) {
        stance_trainer_free(t);
        if (err && err->status == st)
            return st;
        return stance__fail(err, st, STANCE_NO_OFFSET, "%s", stance_strerror(st));
    }
    stance__ok(err);
    *out = t;
    return STANCE_OK;
}

uint64_t stance_trainer_statements(const stance_trainer_t *t)
{
    return t ? t->statements : 0;
}

uint64_t stance_trainer_featureless(const stance_trainer_t *t)
{
    return t ? t->featureless : 0;
}

/* Resolves the statement's features to ids where they exist (the staged lookup of
 * features.h) and reserves room for the rest, so that the counting that follows cannot fail
 * half-way. */
static stance_status_t prepare_document(stance_trainer_t *t, size_t label)
{
    stance_terms_t *terms = &t->an.terms;
    if (!stance__reserve(&t->alloc, (void **)&t->grams, &t->cap_grams, 3 * terms->n,
                         sizeof *t->grams) ||
        !stance__reserve(&t->alloc, (void **)&t->ids, &t->cap_ids, 3 * terms->n,
                         sizeof *t->ids) ||
        !stance__reserve(&t->alloc, (void **)&t->cands, &t->cap_cands, 3 * terms->n,
                         sizeof *t->cands))
        return STANCE_E_NOMEM;
    const stance_feature_index_t ix = index_of(t);
    const size_t n =
        stance__features_resolve(&ix, terms, t->cfg.ngram_max, true, true, t->grams, t->ids,
                                 t->cands, &(size_t){0});
    size_t missing = 0, bytes = 0;
    const bool known_label = label < t->n_labels;
    for (size_t i = 0; i < n; i++) {
        uint32_t id = stance__features_confirm(&ix, terms, &t->grams[i], t->ids[i]);
        t->ids[i] = id;
        if (id == MISSING) {
            missing++;
            bytes += stance__gram_len(terms, &t->grams[i]);
        } else if (known_label) {
            STANCE_PREFETCH(&t->counts[label][id]);
        }
    }
    t->n_doc = n;
    if (!reserve_features(t, t->n_features + missing) ||
        !stance__table_reserve(&t->alloc, &t->ftable, missing, feature_hash_lo, t) ||
        !stance__seen_begin(&t->alloc, &t->seen, t->n_doc) ||
        (t->record && !stance__reserve(&t->alloc, (void **)&t->record->data, &t->record->cap,
                                       t->record->len + t->n_doc * sizeof(uint32_t), 1)) ||
        !stance__reserve(&t->alloc, (void **)&t->fstrings.data, &t->fstrings.cap,
                         t->fstrings.len + bytes, 1))
        return STANCE_E_NOMEM;
    return STANCE_OK;
}

stance_status_t stance_trainer_add(stance_trainer_t *t, const char *label, size_t label_len,
                                   const char *text, size_t len, uint32_t flags,
                                   stance_error_t *err)
{
    if (!t || !label || (!text && len))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "trainer or label is NULL, or text is NULL with a nonzero length");
    if (flags & ~(uint32_t)STANCE_REPLACE_INVALID)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "unknown flags %#x", flags & ~(uint32_t)STANCE_REPLACE_INVALID);
    size_t l = 0;
    while (l < t->n_labels &&
           (t->label_lens[l] != label_len || memcmp(t->labels[l], label, label_len) != 0))
        l++;
    char why[96]; /* a label is judged once, when it is new */
    if (l == t->n_labels && !stance__label_fault(label, label_len, why, sizeof why))
        return stance__fail(err, STANCE_E_LABEL, STANCE_NO_OFFSET, "the label %s", why);
    if (l == t->n_labels && t->closed)
        return stance__fail(err, STANCE_E_LABEL, STANCE_NO_OFFSET,
                            "unknown label '%.*s'", (int)label_len, label);
    if (l == t->n_labels && t->n_labels >= STANCE_MAX_LABELS)
        return stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET,
                            "more than %d labels", STANCE_MAX_LABELS);
    stance_status_t st = stance__trainer_analysis_current(t, err);
    if (st != STANCE_OK)
        return st;
    st = stance__analyzer_run(&t->an, text ? text : "", len, flags, err);
    if (st != STANCE_OK)
        return st;
    if ((st = prepare_document(t, l)) != STANCE_OK ||
        (l == t->n_labels && (st = add_label(t, label, label_len, &l)) != STANCE_OK))
        return stance__fail(err, st, STANCE_NO_OFFSET, "%s", stance_strerror(st));

    /* From here on nothing can fail. */
    const bool binary = t->cfg.weighting == STANCE_WEIGHT_BINARY;
    uint64_t *counts = t->counts[l];
    stance_terms_t *terms = &t->an.terms;
    size_t counted = 0;
    for (size_t i = 0; i < t->n_doc; i++) {
        uint32_t id = t->ids[i];
        if (id == MISSING) {
            /* Missing before counting began, but an earlier occurrence in this statement
             * may have created it since. */
            const stance_gram_t *g = &t->grams[i];
            id = find_feature(t, g->hash);
            if (id == MISSING) {
                size_t n = stance__gram_len(terms, g);
                char *dst = (char *)t->fstrings.data + t->fstrings.len;
                stance__gram_write(terms, g, dst);
                id = insert_feature(t, dst, n, g->hash);
            }
            stance__features_remember(terms, g, id);
        }
        bool fresh = true;
        if (binary)
            stance__seen_slot(&t->seen, id, &fresh);
        if (fresh) {
            counts[id]++;
            t->ids[counted++] = id; /* counted <= i: the ids still to read are untouched */
        }
    }
    t->n_counted = counted;
    t->last_label = l;
    if (t->record && counted) { /* the record has no buffer before its first id */
        memcpy(t->record->data + t->record->len, t->ids, counted * sizeof *t->ids);
        t->record->len += counted * sizeof *t->ids;
    }
    t->label_docs[l]++;
    t->statements++;
    t->featureless += t->n_doc == 0;
    stance__ok(err);
    return STANCE_OK;
}

typedef struct sort_item {
    const char *s;
    size_t n;
    uint32_t id;
} sort_item_t;

static int cmp_items(const void *x, const void *y)
{
    const sort_item_t *a = x, *b = y;
    int c = memcmp(a->s, b->s, a->n < b->n ? a->n : b->n);
    return c ? c : (a->n > b->n) - (a->n < b->n);
}

stance_status_t stance_trainer_build(stance_model_t **out, const stance_trainer_t *t,
                                     stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out || !t)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "out or trainer is NULL");
    if (t->statements == 0)
        return stance__fail(err, STANCE_E_EMPTY, STANCE_NO_OFFSET,
                            "no statements to train on");
    for (size_t l = 0; l < t->n_labels; l++)
        if (t->label_docs[l] == 0)
            return stance__fail(err, STANCE_E_EMPTY, STANCE_NO_OFFSET,
                                "label '%s' has no statements", t->labels[l]);
    const stance_allocator_t *a = &t->alloc;
    const size_t L = t->n_labels;
    sort_item_t labels[STANCE_MAX_LABELS];
    for (size_t l = 0; l < L; l++)
        labels[l] = (sort_item_t){t->labels[l], t->label_lens[l], (uint32_t)l};
    qsort(labels, L, sizeof *labels, cmp_items);

    /* Features kept after pruning, in byte order. */
    sort_item_t *items = stance__calloc(a, t->n_features ? t->n_features : 1, sizeof *items);
    if (!items)
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    size_t kept = 0, bytes = 0;
    for (size_t f = 0; f < t->n_features; f++) {
        uint64_t total = 0;
        for (size_t l = 0; l < L; l++)
            total += t->counts[l][f];
        if (t->min_count > 1 && total < t->min_count)
            continue;
        items[kept++] = (sort_item_t){(const char *)t->fstrings.data + t->foff[f], t->flen[f],
                                      (uint32_t)f};
        bytes += t->flen[f] + 1;
    }
    if (kept == 0 && t->n_features > 0) { /* a model that knows no feature labels by prior */
        stance__free(a, items);
        return stance__fail(err, STANCE_E_EMPTY, STANCE_NO_OFFSET,
                            "no feature is seen %llu times (the minimum count): the model "
                            "would know nothing",
                            (unsigned long long)t->min_count);
    }
    qsort(items, kept, sizeof *items, cmp_items);

    stance_model_t *m = stance__model_alloc(a);
    stance_status_t st = m ? stance__model_reserve(m, L, kept, bytes) : STANCE_E_NOMEM;
    if (st == STANCE_OK)
        st = stance__cfg_copy(&m->alloc, &m->cfg, &t->cfg);
    if (st == STANCE_OK &&
        !(m->library_version = stance__strndup(&m->alloc, STANCE_VERSION_STRING,
                                               strlen(STANCE_VERSION_STRING))))
        st = STANCE_E_NOMEM;
    for (size_t l = 0; st == STANCE_OK && l < L; l++) {
        m->labels[l] = stance__strndup(&m->alloc, labels[l].s, labels[l].n);
        m->label_lens[l] = labels[l].n;
        m->label_docs[l] = t->label_docs[labels[l].id];
        if (!m->labels[l])
            st = STANCE_E_NOMEM;
    }
    if (st != STANCE_OK) {
        stance__free(a, items);
        stance_model_free(m);
        return stance__fail(err, st, STANCE_NO_OFFSET, "out of memory");
    }
    m->min_count = t->min_count;
    bool biased = false;
    for (size_t l = 0; l < L; l++)
        biased |= t->bias[l] != 0.0;
    if (biased && !(m->bias = stance__calloc(&m->alloc, L, sizeof *m->bias))) {
        stance__free(a, items);
        stance_model_free(m);
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    }
    for (size_t l = 0; biased && l < L; l++)
        m->bias[l] = t->bias[labels[l].id];
    stance__model_format_by_content(m);
    size_t off = 0;
    for (size_t f = 0; f < kept; f++) {
        memcpy(m->fstrings + off, items[f].s, items[f].n);
        m->fstrings[off + items[f].n] = '\0';
        m->foff[f] = off;
        m->flen[f] = (uint32_t)items[f].n;
        off += items[f].n + 1;
        for (size_t l = 0; l < L; l++)
            m->counts[f * L + l] = t->counts[labels[l].id][items[f].id];
    }
    stance__free(a, items);
    st = stance__model_finish(m, err);
    if (st != STANCE_OK) {
        stance_model_free(m);
        return st;
    }
    stance__ok(err);
    *out = m;
    return STANCE_OK;
}

void stance__trainer_clear(stance_trainer_t *t)
{
    for (size_t l = 0; l < t->n_labels; l++) {
        t->label_docs[l] = 0;
        if (!t->closed) {
            stance__free(&t->alloc, t->labels[l]);
            stance__free(&t->alloc, t->counts[l]);
            t->labels[l] = NULL;
            t->counts[l] = NULL;
        }
    }
    if (!t->closed)
        t->n_labels = 0;
    /* a feature's counts are zeroed when it is inserted again; the words' cached ids go */
    t->n_features = 0;
    t->fstrings.len = 0;
    stance__table_clear(&t->ftable);
    stance__analyzer_forget_words(&t->an);
    t->statements = 0;
    t->featureless = 0;
}

stance_status_t stance__trainer_absorb(stance_trainer_t *into, const stance_trainer_t *from,
                                       uint32_t *id_map, size_t *label_map)
{
    for (size_t l = 0; l < from->n_labels; l++) {
        size_t k = 0;
        while (k < into->n_labels && (into->label_lens[k] != from->label_lens[l] ||
                                      memcmp(into->labels[k], from->labels[l],
                                             from->label_lens[l]) != 0))
            k++;
        if (k == into->n_labels) {
            if (into->closed)
                return STANCE_E_LABEL;
            stance_status_t st = add_label(into, from->labels[l], from->label_lens[l], &k);
            if (st != STANCE_OK)
                return st;
            into->bias[k] = from->bias[l];
        }
        label_map[l] = k;
    }
    size_t missing = 0, bytes = 0;
    for (size_t f = 0; f < from->n_features; f++) {
        id_map[f] = find_feature(into, from->fhash[f]);
        if (id_map[f] == MISSING) {
            missing++;
            bytes += from->flen[f];
        }
    }
    if (!reserve_features(into, into->n_features + missing) ||
        !stance__table_reserve(&into->alloc, &into->ftable, missing, feature_hash_lo, into) ||
        !stance__reserve(&into->alloc, (void **)&into->fstrings.data, &into->fstrings.cap,
                         into->fstrings.len + bytes, 1))
        return STANCE_E_NOMEM;
    /* From here on nothing can fail. */
    for (size_t f = 0; f < from->n_features; f++)
        if (id_map[f] == MISSING)
            id_map[f] = insert_feature(into, (const char *)from->fstrings.data + from->foff[f],
                                       from->flen[f], from->fhash[f]);
    for (size_t l = 0; l < from->n_labels; l++) {
        uint64_t *dst = into->counts[label_map[l]];
        for (size_t f = 0; f < from->n_features; f++)
            dst[id_map[f]] += from->counts[l][f];
        into->label_docs[label_map[l]] += from->label_docs[l];
    }
    into->statements += from->statements;
    into->featureless += from->featureless;
    return STANCE_OK;
}

stance_status_t stance_trainer_add_model(stance_trainer_t *t, const stance_model_t *m,
                                         stance_error_t *err)
{
    if (!t || !m)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "trainer or model is NULL");
    char mine[STANCE_DIFF_VALUE_BYTES], theirs[STANCE_DIFF_VALUE_BYTES];
    const char *diff = stance__cfg_diff(&m->cfg, &t->cfg, mine, theirs, sizeof mine);
    if (diff)
        return stance__fail(err, STANCE_E_MISMATCH, STANCE_NO_OFFSET,
                            "its %s is %s, and %s in the models added before: models of other "
                            "settings cannot be added up",
                            diff, mine, theirs);
    if (m->min_count > 1)
        return pruned(m, err);
    /* Everything that can fail is checked or reserved before the trainer changes. */
    size_t label_map[STANCE_MAX_LABELS], n_new = 0;
    for (size_t l = 0; l < m->n_labels; l++) {
        size_t k = 0;
        while (k < t->n_labels && (t->label_lens[k] != m->label_lens[l] ||
                                   memcmp(t->labels[k], m->labels[l], m->label_lens[l]) != 0))
            k++;
        if (k == t->n_labels) {
            if (t->closed)
                return stance__fail(err, STANCE_E_LABEL, STANCE_NO_OFFSET,
                                    "label '%s' is outside the trainer's labels", m->labels[l]);
            k = t->n_labels + n_new++;
            if (k >= STANCE_MAX_LABELS)
                return stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET,
                                    "more than %d labels", STANCE_MAX_LABELS);
        } else if (t->bias[k] != (m->bias ? m->bias[l] : 0.0)) {
            return stance__fail(err, STANCE_E_MISMATCH, STANCE_NO_OFFSET,
                                "label '%s' has a decision bias of %g in this model and %g "
                                "in the models added before",
                                m->labels[l], m->bias ? m->bias[l] : 0.0, t->bias[k]);
        }
        label_map[l] = k;
    }
    uint32_t *id_map = stance__calloc(&t->alloc, m->n_features ? m->n_features : 1,
                                      sizeof *id_map);
    if (!id_map)
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    size_t missing = 0, bytes = 0;
    stance_status_t st = STANCE_OK;
    for (size_t f = 0; f < m->n_features && st == STANCE_OK; f++) {
        stance_hash_t h;
        unsigned terms;
        (void)stance__feature_hash(m->fstrings + m->foff[f], m->flen[f], &h, &terms); /* checked at load */
        id_map[f] = find_feature(t, h);
        if (id_map[f] == MISSING) {
            missing++;
            bytes += m->flen[f];
        }
        for (size_t l = 0; l < m->n_labels; l++) {
            uint64_t v = m->counts[f * m->n_labels + l];
            uint64_t have = id_map[f] != MISSING && label_map[l] < t->n_labels
                                ? t->counts[label_map[l]][id_map[f]]
                                : 0;
            if (v > UINT64_MAX - have)
                st = stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET,
                                  "counts of feature '%.40s' would overflow 64 bits",
                                  m->fstrings + m->foff[f]);
        }
    }
    size_t had_labels = t->n_labels;
    if (st == STANCE_OK &&
        (!reserve_features(t, t->n_features + missing) ||
         !stance__table_reserve(&t->alloc, &t->ftable, missing, feature_hash_lo, t) ||
         !stance__reserve(&t->alloc, (void **)&t->fstrings.data, &t->fstrings.cap,
                          t->fstrings.len + bytes, 1)))
        st = stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    for (size_t l = 0; st == STANCE_OK && l < m->n_labels; l++) {
        size_t k;
        if (label_map[l] >= had_labels && label_map[l] >= t->n_labels &&
            add_label(t, m->labels[l], m->label_lens[l], &k) != STANCE_OK)
            st = stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    }
    if (st != STANCE_OK) {
        while (t->n_labels > had_labels) { /* labels added so far hold no counts yet */
            t->n_labels--;
            stance__free(&t->alloc, t->labels[t->n_labels]);
            stance__free(&t->alloc, t->counts[t->n_labels]);
        }
        stance__free(&t->alloc, id_map);
        return st;
    }
    /* From here on nothing can fail. */
    for (size_t f = 0; f < m->n_features; f++) {
        if (id_map[f] == MISSING) {
            stance_hash_t h;
            unsigned terms;
            (void)stance__feature_hash(m->fstrings + m->foff[f], m->flen[f], &h, &terms);
            id_map[f] = insert_feature(t, m->fstrings + m->foff[f], m->flen[f], h);
        }
        for (size_t l = 0; l < m->n_labels; l++)
            t->counts[label_map[l]][id_map[f]] += m->counts[f * m->n_labels + l];
    }
    for (size_t l = 0; l < m->n_labels; l++) {
        t->label_docs[label_map[l]] += m->label_docs[l];
        t->statements += m->label_docs[l];
        if (label_map[l] >= had_labels && m->bias) /* a label new here takes its bias along */
            t->bias[label_map[l]] = m->bias[l];
    }
    stance__free(&t->alloc, id_map);
    stance__ok(err);
    return STANCE_OK;
}
