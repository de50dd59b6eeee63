/* Cross-validation and calibrated training (stance.h, "crossval").
 *
 * Statements go through one trainer, which also records the ids it counted for each of them.
 * A fold's model is then the whole model less that fold's counts: scoring fold f needs only
 * the counts of f's statements (summed into a scratch table and cleared again), the totals and
 * vocabulary of the remaining counts (the whole model's, corrected for the features f touched)
 * and the weight formulas of model.h, which the model itself uses. So the scores are those of
 * a model trained on the other folds, while memory is one trainer plus a few bytes per feature
 * occurrence, and the corpus is read once. */
#include "model.h"
#include "trainer.h"

#include <math.h>
#include <stdlib.h>

/* ---- the one fold rule -------------------------------------------------------------------- */

/* splitmix64 (Steele, Lea and Flood 2014): fully specified, so folds are the same everywhere. */
static uint64_t splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* Uniform in [0, bound) without modulo bias (rejection). */
static uint64_t below(uint64_t *state, uint64_t bound)
{
    uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    uint64_t r;
    do
        r = splitmix64(state);
    while (r >= limit);
    return r % bound;
}

/* The order in which block `block` of label `label` is dealt to the k folds. */
static void deal_block(uint64_t seed, uint32_t label, uint64_t block, uint32_t k, uint8_t *perm)
{
    uint64_t state = seed ^ (0xD1B54A32D192ED03ull * ((uint64_t)label + 1)) ^
                     (0xAEF17502108EF2D9ull * (block + 1));
    for (uint32_t i = 0; i < k; i++)
        perm[i] = (uint8_t)i;
    for (uint32_t i = k; i > 1; i--) {
        uint32_t j = (uint32_t)below(&state, i);
        uint8_t t = perm[i - 1];
        perm[i - 1] = perm[j];
        perm[j] = t;
    }
}

/* The dealing state of one label: how many of its statements have a fold, and the order of
 * the block being dealt. */
typedef struct dealer {
    uint64_t count, block; /* block + 1 of perm; 0 = none dealt yet */
    uint8_t perm[STANCE_MAX_FOLDS];
} dealer_t;

static uint32_t deal(dealer_t *d, uint64_t seed, uint32_t label, uint32_t k)
{
    uint64_t block = d->count / k;
    if (d->block != block + 1) {
        deal_block(seed, label, block, k, d->perm);
        d->block = block + 1;
    }
    return d->perm[d->count++ % k];
}

stance_status_t stance_folds_stratified(uint32_t *folds, const uint32_t *labels, size_t n,
                                        uint32_t k, uint64_t seed,
                                        const stance_allocator_t *alloc, stance_error_t *err)
{
    (void)alloc;
    if (!folds || (!labels && n) || k < 2 || k > STANCE_MAX_FOLDS)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "folds or labels is NULL, or k is outside 2..%d", STANCE_MAX_FOLDS);
    for (size_t i = 0; i < n; i++)
        if (labels[i] >= STANCE_MAX_LABELS)
            return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                                "statement %zu: label index %u is not below %d", i, labels[i],
                                STANCE_MAX_LABELS);
    dealer_t d[STANCE_MAX_LABELS];
    memset(d, 0, sizeof d);
    for (size_t i = 0; i < n; i++)
        folds[i] = deal(&d[labels[i]], seed, labels[i], k);
    stance__ok(err);
    return STANCE_OK;
}

/* ---- the cross-validation ----------------------------------------------------------------- */

typedef struct cv_statement {
    uint64_t seq, order; /* sorted by both before scoring */
    size_t first;        /* its counted ids: ids[first .. first + n_ids) */
    uint32_t n_ids;
    uint32_t fold;
    uint32_t label;      /* the trainer's label index; after running, the sorted one */
} cv_statement_t;

struct stance_cv {
    stance_allocator_t alloc;
    stance_trainer_t *trainer;
    uint32_t k;
    uint64_t seed;
    /* the fold rule: labels in order of their first fold assignment */
    size_t n_dealt;
    char *dealt_names[STANCE_MAX_LABELS];
    size_t dealt_lens[STANCE_MAX_LABELS];
    dealer_t *dealers; /* STANCE_MAX_LABELS of them, allocated at the first assignment */

    cv_statement_t *stmts;
    size_t n, cap;
    uint64_t next_order;
    stance_buf_t ids; /* uint32_t counted ids of every statement, back to back */

    /* STANCE_CV_COUNTS_ONLY: n counts the statements, stmts and ids stay empty */
    bool counts_only;

    /* after stance_cv_run(): labels sorted, scores per statement (sorted labels) */
    bool ran;
    size_t L;
    size_t sorted[STANCE_MAX_LABELS]; /* trainer label index -> sorted index */
    double *scores;
    uint32_t *known; /* per statement: its counted ids the model of the other folds has */
};

static const uint32_t *ids_of(const stance_cv_t *cv, const cv_statement_t *s)
{
    return (const uint32_t *)(const void *)(cv->ids.data + s->first * sizeof(uint32_t));
}

static stance_status_t check_opts(const stance_cv_opts_t *o, stance_error_t *err)
{
    if (o->version < 1 || o->version > STANCE_CV_OPTS_VERSION)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "cross-validation options version %u is not 1..%u", o->version,
                            STANCE_CV_OPTS_VERSION);
    if (o->folds < 2 || o->folds > STANCE_MAX_FOLDS)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "folds %u is outside 2..%d", o->folds, STANCE_MAX_FOLDS);
    if (o->version >= 2 && (o->flags & ~STANCE_CV_COUNTS_ONLY))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "unknown cross-validation flags 0x%x",
                            (unsigned)(o->flags & ~STANCE_CV_COUNTS_ONLY));
    return STANCE_OK;
}

stance_status_t stance_cv_new(stance_cv_t **out, const stance_cv_opts_t *opts,
                              stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "out is NULL");
    stance_cv_opts_t defaults = STANCE_CV_OPTS_INIT;
    if (!opts)
        opts = &defaults;
    stance_status_t st = check_opts(opts, err);
    if (st != STANCE_OK)
        return st;
    stance_allocator_t a;
    stance__alloc_init(&a, opts->train.alloc);
    stance_cv_t *cv = stance__calloc(&a, 1, sizeof *cv);
    if (!cv)
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    cv->alloc = a;
    cv->k = opts->folds;
    cv->seed = opts->seed;
    /* a version 1 struct ends before flags: not read */
    cv->counts_only = opts->version >= 2 && (opts->flags & STANCE_CV_COUNTS_ONLY);
    if (opts->base) {
        st = stance_trainer_new_from_model(&cv->trainer, opts->base, &a, err);
        if (st == STANCE_OK) /* said now, not at the first statement */
            st = stance__trainer_analysis_current(cv->trainer, err);
        if (st == STANCE_OK && opts->train.min_count > 1)
            cv->trainer->min_count = opts->train.min_count;
    } else {
        stance_train_opts_t to = opts->train;
        to.alloc = &cv->alloc;
        st = stance_trainer_new(&cv->trainer, &to, err);
    }
    if (st != STANCE_OK) {
        stance_cv_free(cv);
        return st;
    }
    if (!cv->counts_only)
        cv->trainer->record = &cv->ids;
    stance__ok(err);
    *out = cv;
    return STANCE_OK;
}

void stance_cv_free(stance_cv_t *cv)
{
    if (!cv)
        return;
    const stance_allocator_t a = cv->alloc;
    stance_trainer_free(cv->trainer);
    for (size_t i = 0; i < cv->n_dealt; i++)
        stance__free(&a, cv->dealt_names[i]);
    stance__free(&a, cv->dealers);
    stance__free(&a, cv->stmts);
    stance__buf_free(&a, &cv->ids);
    stance__free(&a, cv->scores);
    stance__free(&a, cv->known);
    stance__free(&a, cv);
}

uint64_t stance_cv_statements(const stance_cv_t *cv)
{
    return cv ? cv->n : 0;
}

uint64_t stance_cv_featureless(const stance_cv_t *cv)
{
    return cv ? stance_trainer_featureless(cv->trainer) : 0;
}

/* The dealer of a label, made on its first statement (*created tells). */
static stance_status_t dealer_for(stance_cv_t *cv, const char *label, size_t label_len,
                                  size_t *out, bool *created, stance_error_t *err)
{
    *created = false;
    size_t l = 0;
    while (l < cv->n_dealt && (cv->dealt_lens[l] != label_len ||
                               memcmp(cv->dealt_names[l], label, label_len) != 0))
        l++;
    if (l == cv->n_dealt) {
        const stance_trainer_t *t = cv->trainer;
        bool known = false;
        for (size_t i = 0; i < t->n_labels && !known; i++)
            known = t->label_lens[i] == label_len && memcmp(t->labels[i], label, label_len) == 0;
        char why[96]; /* a label is judged once, when it is new (a base's is known) */
        if (!known && !stance__label_fault(label, label_len, why, sizeof why))
            return stance__fail(err, STANCE_E_LABEL, STANCE_NO_OFFSET, "the label %s", why);
        if (t->closed && !known)
            return stance__fail(err, STANCE_E_LABEL, STANCE_NO_OFFSET, "unknown label '%.*s'",
                                (int)label_len, label);
        if (l == STANCE_MAX_LABELS)
            return stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET, "more than %d labels",
                                STANCE_MAX_LABELS);
        if (!cv->dealers &&
            !(cv->dealers = stance__calloc(&cv->alloc, STANCE_MAX_LABELS, sizeof *cv->dealers)))
            return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
        if (!(cv->dealt_names[l] = stance__strndup(&cv->alloc, label, label_len)))
            return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
        cv->dealt_lens[l] = label_len;
        memset(&cv->dealers[l], 0, sizeof cv->dealers[l]);
        cv->n_dealt++;
        *created = true;
    }
    *out = l;
    return STANCE_OK;
}

stance_status_t stance_cv_assign_fold(stance_cv_t *cv, const char *label, size_t label_len,
                                      uint32_t *fold, stance_error_t *err)
{
    if (!cv || !label || !fold)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "cv, label or fold is NULL");
    size_t l;
    bool created;
    stance_status_t st = dealer_for(cv, label, label_len, &l, &created, err);
    if (st != STANCE_OK)
        return st;
    *fold = deal(&cv->dealers[l], cv->seed, (uint32_t)l, cv->k);
    stance__ok(err);
    return STANCE_OK;
}

stance_status_t stance_cv_add(stance_cv_t *cv, const char *label, size_t label_len,
                              const char *text, size_t len, uint32_t fold, uint64_t seq,
                              uint32_t flags, stance_error_t *err)
{
    if (!cv || !label)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "cv or label is NULL");
    if (cv->ran)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "statements cannot be added after stance_cv_run()");
    if (fold != STANCE_FOLD_AUTO && fold >= cv->k)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "fold %u is outside 0..%u", fold, cv->k - 1);
    if (!cv->counts_only && !stance__reserve(&cv->alloc, (void **)&cv->stmts, &cv->cap,
                                             cv->n + 1, sizeof *cv->stmts))
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    size_t dealer = 0;
    bool created = false;
    stance_status_t st = STANCE_OK;
    if (fold == STANCE_FOLD_AUTO)
        st = dealer_for(cv, label, label_len, &dealer, &created, err);
    size_t first = cv->ids.len / sizeof(uint32_t);
    if (st == STANCE_OK)
        st = stance_trainer_add(cv->trainer, label, label_len, text, len, flags, err);
    if (st != STANCE_OK) {
        /* a refused statement takes no fold, so the folds of the others do not shift */
        if (created)
            stance__free(&cv->alloc, cv->dealt_names[--cv->n_dealt]);
        return st;
    }
    if (fold == STANCE_FOLD_AUTO)
        fold = deal(&cv->dealers[dealer], cv->seed, (uint32_t)dealer, cv->k);
    if (cv->counts_only) {
        cv->n++;
        return STANCE_OK;
    }
    size_t n_ids, l;
    stance__trainer_counted(cv->trainer, &n_ids, &l);
    cv->stmts[cv->n++] = (cv_statement_t){seq, cv->next_order++, first, (uint32_t)n_ids, fold,
                                          (uint32_t)l};
    return STANCE_OK;
}

stance_status_t stance_cv_merge(stance_cv_t *into, stance_cv_t *from, stance_error_t *err)
{
    if (!into || !from || into == from)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "into or from is NULL, or they are the same");
    if (into->ran || from->ran)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "cross-validations cannot be merged after stance_cv_run()");
    char vi[STANCE_DIFF_VALUE_BYTES], vf[STANCE_DIFF_VALUE_BYTES];
    const char *diff =
        stance__cfg_diff(&into->trainer->cfg, &from->trainer->cfg, vi, vf, sizeof vi);
    if (diff)
        return stance__fail(err, STANCE_E_MISMATCH, STANCE_NO_OFFSET,
                            "the cross-validations differ in their %s (%s and %s)", diff, vi,
                            vf);
    if (into->counts_only != from->counts_only)
        return stance__fail(err, STANCE_E_MISMATCH, STANCE_NO_OFFSET,
                            "one cross-validation keeps its statements and the other only "
                            "counts (STANCE_CV_COUNTS_ONLY)");
    if (into->k != from->k)
        return stance__fail(err, STANCE_E_MISMATCH, STANCE_NO_OFFSET,
                            "the cross-validations differ in their number of folds (%u and "
                            "%u)",
                            (unsigned)into->k, (unsigned)from->k);
    const stance_trainer_t *ft = from->trainer;
    stance_trainer_t *it = into->trainer;
    uint32_t *id_map = stance__calloc(&into->alloc, ft->n_features ? ft->n_features : 1,
                                      sizeof *id_map);
    size_t label_map[STANCE_MAX_LABELS];
    stance_status_t st = id_map ? STANCE_OK : STANCE_E_NOMEM;
    if (st == STANCE_OK && !into->counts_only &&
        (!stance__reserve(&into->alloc, (void **)&into->stmts, &into->cap, into->n + from->n,
                          sizeof *into->stmts) ||
         !stance__reserve(&into->alloc, (void **)&into->ids.data, &into->ids.cap,
                          into->ids.len + from->ids.len, 1)))
        st = STANCE_E_NOMEM;
    if (st == STANCE_OK)
        st = stance__trainer_absorb(it, ft, id_map, label_map);
    if (st != STANCE_OK) {
        stance__free(&into->alloc, id_map);
        return stance__fail(err, st, STANCE_NO_OFFSET, "%s",
                            st == STANCE_E_LABEL ? "a label outside the closed label set"
                                                 : stance_strerror(st));
    }
    /* From here on nothing can fail. */
    size_t base = into->ids.len / sizeof(uint32_t);
    size_t n_src = from->ids.len / sizeof(uint32_t);
    if (n_src) { /* none in a counts-only one, whose buffer may be NULL */
        uint32_t *dst = (uint32_t *)(void *)(into->ids.data + into->ids.len);
        const uint32_t *src = (const uint32_t *)(const void *)from->ids.data;
        for (size_t i = 0; i < n_src; i++)
            dst[i] = id_map[src[i]];
        into->ids.len += n_src * sizeof(uint32_t);
    }
    if (into->counts_only) /* no statement kept in either */
        into->n += from->n;
    for (size_t i = 0; i < from->n && !into->counts_only; i++) {
        cv_statement_t s = from->stmts[i];
        s.first += base;
        s.label = (uint32_t)label_map[s.label];
        s.order = into->next_order++;
        into->stmts[into->n++] = s;
    }
    stance__free(&into->alloc, id_map);
    /* emptied, so that a worker can go on adding to it and merge again */
    from->n = 0;
    from->ids.len = 0;
    stance__trainer_clear(from->trainer);
    stance__ok(err);
    return STANCE_OK;
}

static int by_seq(const void *x, const void *y)
{
    const cv_statement_t *a = x, *b = y;
    if (a->seq != b->seq)
        return a->seq < b->seq ? -1 : 1;
    return (a->order > b->order) - (a->order < b->order);
}

/* Whether a feature seen `total` times in the training data is in its model. */
static bool kept(uint64_t total, uint64_t min_count)
{
    return total > 0 && (min_count <= 1 || total >= min_count);
}

/* Trainer label indices in sorted (model) order. */
static void sort_labels(const stance_trainer_t *t, size_t *order)
{
    for (size_t i = 0; i < t->n_labels; i++)
        order[i] = i;
    for (size_t i = 1; i < t->n_labels; i++) /* insertion sort: at most 256 labels, once */
        for (size_t j = i; j > 0; j--) {
            size_t a = order[j - 1], b = order[j];
            size_t na = t->label_lens[a], nb = t->label_lens[b];
            int c = memcmp(t->labels[a], t->labels[b], na < nb ? na : nb);
            if (c < 0 || (c == 0 && na <= nb))
                break;
            order[j - 1] = b;
            order[j] = a;
        }
}

/* Scratch for scoring one fold at a time: its counts (part), their sums per feature, and the
 * features it touched (to clear them again). */
typedef struct fold_scratch {
    uint64_t *part, *part_sum, *total_sum;
    uint32_t *touched;
    size_t n_touched;
} fold_scratch_t;

/* Scores the statements of one fold with the model of all the others. */
static void score_fold(stance_cv_t *cv, fold_scratch_t *fs, uint32_t fold, const size_t *order,
                       size_t vocabulary, const uint64_t *label_totals)
{
    const stance_trainer_t *t = cv->trainer;
    const stance_cfg_t *cfg = &t->cfg;
    const size_t L = t->n_labels;
    const uint64_t min_count = t->min_count;
    uint64_t part_docs[STANCE_MAX_LABELS] = {0};
    bool any = false;
    fs->n_touched = 0;
    for (size_t i = 0; i < cv->n; i++) {
        const cv_statement_t *s = &cv->stmts[i];
        if (s->fold != fold)
            continue;
        any = true;
        part_docs[s->label]++;
        const uint32_t *ids = ids_of(cv, s);
        for (uint32_t j = 0; j < s->n_ids; j++) {
            if (fs->part_sum[ids[j]]++ == 0)
                fs->touched[fs->n_touched++] = ids[j];
            fs->part[(size_t)ids[j] * L + s->label]++;
        }
    }
    if (!any)
        return;
    /* Totals and vocabulary of the other folds: the whole model's, corrected for the features
     * this fold touched. */
    size_t V = vocabulary;
    uint64_t tot[STANCE_MAX_LABELS], all = 0, docs = 0;
    memcpy(tot, label_totals, L * sizeof *tot);
    for (size_t k = 0; k < fs->n_touched; k++) {
        uint32_t id = fs->touched[k];
        uint64_t whole = fs->total_sum[id], rest = whole - fs->part_sum[id];
        if (kept(whole, min_count)) {
            V--;
            for (size_t l = 0; l < L; l++)
                tot[l] -= t->counts[l][id];
        }
        if (kept(rest, min_count)) {
            V++;
            for (size_t l = 0; l < L; l++)
                tot[l] += t->counts[l][id] - fs->part[(size_t)id * L + l];
        }
    }
    size_t labels_left = 0;
    for (size_t l = 0; l < L; l++) {
        all += tot[l];
        docs += t->label_docs[l] - part_docs[l];
        labels_left += t->label_docs[l] > part_docs[l];
    }
    double denom[STANCE_MAX_LABELS], prior[STANCE_MAX_LABELS];
    for (size_t l = 0; l < L; l++) {
        denom[l] = stance__nb_log_denominator(cfg, tot[l], all, V);
        prior[l] = t->label_docs[l] > part_docs[l]
                       ? stance__nb_log_prior(cfg, t->label_docs[l] - part_docs[l], docs,
                                              labels_left)
                       : -INFINITY;
    }
    const bool complement = cfg->nb == STANCE_NB_COMPLEMENT;
    for (size_t i = 0; i < cv->n; i++) {
        const cv_statement_t *s = &cv->stmts[i];
        if (s->fold != fold)
            continue;
        double *row = cv->scores + i * L; /* trainer label order until the end of the run */
        for (size_t l = 0; l < L; l++)
            row[l] = prior[l];
        const uint32_t *ids = ids_of(cv, s);
        for (uint32_t j = 0; j < s->n_ids; j++) {
            const uint32_t id = ids[j];
            if (!kept(fs->total_sum[id] - fs->part_sum[id], min_count))
                continue; /* a feature only this fold has: unknown to the model */
            cv->known[i]++;
            const uint64_t *part = &fs->part[(size_t)id * L];
            /* labels in model order, as the model adds them up */
            for (size_t c = 0; c < L; c++) {
                const size_t l = order[c];
                if (row[l] == -INFINITY)
                    continue;
                double n = (double)(t->counts[l][id] - part[l]);
                if (complement) {
                    double others = 0;
                    for (size_t k = 0; k < L; k++)
                        if (k != c && t->label_docs[order[k]] > part_docs[order[k]])
                            others += (double)(t->counts[order[k]][id] - part[order[k]]);
                    n = others;
                }
                row[l] += stance__nb_weight(cfg, n, denom[l]);
            }
        }
    }
    for (size_t k = 0; k < fs->n_touched; k++) {
        uint32_t id = fs->touched[k];
        fs->part_sum[id] = 0;
        memset(&fs->part[(size_t)id * L], 0, L * sizeof *fs->part);
    }
}

stance_status_t stance_cv_run(stance_cv_t *cv, stance_error_t *err)
{
    if (!cv)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "cv is NULL");
    if (cv->ran)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "already run");
    if (cv->counts_only)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "made with STANCE_CV_COUNTS_ONLY: it kept no statement to score");
    if (cv->n == 0)
        return stance__fail(err, STANCE_E_EMPTY, STANCE_NO_OFFSET, "no statements to score");
    const stance_trainer_t *t = cv->trainer;
    const size_t L = t->n_labels, F = t->n_features;
    const stance_allocator_t *a = &cv->alloc;
    fold_scratch_t fs = {0};
    if (F && L > SIZE_MAX / F)
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    fs.part = stance__calloc(a, F ? F * L : 1, sizeof *fs.part);
    fs.part_sum = stance__calloc(a, F ? F : 1, sizeof *fs.part_sum);
    fs.total_sum = stance__calloc(a, F ? F : 1, sizeof *fs.total_sum);
    fs.touched = stance__calloc(a, F ? F : 1, sizeof *fs.touched);
    double *scores = stance__calloc(a, cv->n, L * sizeof *scores);
    uint32_t *known = stance__calloc(a, cv->n, sizeof *known);
    if (!fs.part || !fs.part_sum || !fs.total_sum || !fs.touched || !scores || !known) {
        stance__free(a, fs.part);
        stance__free(a, fs.part_sum);
        stance__free(a, fs.total_sum);
        stance__free(a, fs.touched);
        stance__free(a, scores);
        stance__free(a, known);
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    }
    /* From here on nothing can fail. */
    qsort(cv->stmts, cv->n, sizeof *cv->stmts, by_seq);
    cv->scores = scores;
    cv->known = known;
    size_t order[STANCE_MAX_LABELS];
    sort_labels(t, order);
    size_t vocabulary = 0;
    uint64_t label_totals[STANCE_MAX_LABELS] = {0};
    for (size_t f = 0; f < F; f++) {
        for (size_t l = 0; l < L; l++)
            fs.total_sum[f] += t->counts[l][f];
        if (kept(fs.total_sum[f], t->min_count)) {
            vocabulary++;
            for (size_t l = 0; l < L; l++)
                label_totals[l] += t->counts[l][f];
        }
    }
    for (uint32_t fold = 0; fold < cv->k; fold++)
        score_fold(cv, &fs, fold, order, vocabulary, label_totals);
    /* Rows and truths in model (sorted) label order from now on. */
    cv->L = L;
    for (size_t c = 0; c < L; c++)
        cv->sorted[order[c]] = c;
    double row[STANCE_MAX_LABELS];
    for (size_t i = 0; i < cv->n; i++) {
        memcpy(row, scores + i * L, L * sizeof *row);
        for (size_t l = 0; l < L; l++)
            scores[i * L + cv->sorted[l]] = row[l];
        cv->stmts[i].label = (uint32_t)cv->sorted[cv->stmts[i].label];
    }
    stance__free(a, fs.part);
    stance__free(a, fs.part_sum);
    stance__free(a, fs.total_sum);
    stance__free(a, fs.touched);
    cv->ran = true;
    stance__ok(err);
    return STANCE_OK;
}

size_t stance_cv_label_count(const stance_cv_t *cv)
{
    return cv && cv->ran ? cv->L : 0;
}

const char *stance_cv_label(const stance_cv_t *cv, size_t i)
{
    if (!cv || !cv->ran || i >= cv->L)
        return NULL;
    for (size_t l = 0; l < cv->L; l++)
        if (cv->sorted[l] == i)
            return cv->trainer->labels[l];
    return NULL;
}

stance_status_t stance_softmax(const double *scores, size_t n, double temperature,
                               double *probs)
{
    if (!scores || !probs || n == 0 ||
        !(temperature >= STANCE_TEMPERATURE_MIN && temperature <= STANCE_TEMPERATURE_MAX))
        return STANCE_E_INVALID_ARG;
    double top = -INFINITY;
    for (size_t c = 0; c < n; c++) {
        if (isnan(scores[c]) || scores[c] == INFINITY)
            return STANCE_E_INVALID_ARG;
        if (scores[c] > top)
            top = scores[c];
    }
    if (top == -INFINITY || isfinite(top / temperature)) {
        stance__softmax(scores, n, temperature, probs); /* the classifier's own, bit for bit */
        return STANCE_OK;
    }
    /* Scores that overflow when divided by the temperature: differences first. */
    double sum = 0.0;
    for (size_t c = 0; c < n; c++)
        sum += probs[c] = exp((scores[c] - top) / temperature);
    for (size_t c = 0; c < n; c++)
        probs[c] /= sum;
    return STANCE_OK;
}

stance_status_t stance_cv_prediction(const stance_cv_t *cv, size_t i, double temperature,
                                     double *probs, size_t *truth, uint32_t *fold)
{
    if (!cv || !cv->ran || i >= cv->n || !probs)
        return STANCE_E_INVALID_ARG;
    stance_status_t st = stance_softmax(cv->scores + i * cv->L, cv->L, temperature, probs);
    if (st != STANCE_OK)
        return st;
    if (truth)
        *truth = cv->stmts[i].label;
    if (fold)
        *fold = cv->stmts[i].fold;
    return STANCE_OK;
}

stance_status_t stance_cv_known(const stance_cv_t *cv, size_t i, size_t *known)
{
    if (!cv || !cv->ran || i >= cv->n || !known)
        return STANCE_E_INVALID_ARG;
    *known = cv->known[i];
    return STANCE_OK;
}

stance_status_t stance_cv_temperature(const stance_cv_t *cv, uint32_t leave_out,
                                      double *temperature, stance_error_t *err)
{
    if (!cv || !temperature || !cv->ran)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "cv or temperature is NULL, or stance_cv_run() has not run");
    if (leave_out != STANCE_FOLD_NONE && leave_out >= cv->k)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "fold %u is outside 0..%u", leave_out, cv->k - 1);
    const size_t L = cv->L;
    if (L < 2)
        return stance__fail(err, STANCE_E_EMPTY, STANCE_NO_OFFSET,
                            "one label: there is nothing to calibrate");
    double *rows = stance__calloc(&cv->alloc, cv->n, L * sizeof *rows);
    uint32_t *truth = stance__calloc(&cv->alloc, cv->n, sizeof *truth);
    stance_status_t st = rows && truth ? STANCE_OK : STANCE_E_NOMEM;
    size_t n = 0;
    for (size_t i = 0; st == STANCE_OK && i < cv->n; i++) {
        const cv_statement_t *s = &cv->stmts[i];
        const double *row = cv->scores + i * L;
        /* a label the other folds lack cannot be scored: left out */
        if (s->fold == leave_out || !isfinite(row[s->label]))
            continue;
        memcpy(rows + n * L, row, L * sizeof *rows);
        truth[n++] = s->label;
    }
    if (st != STANCE_OK)
        st = stance__fail(err, st, STANCE_NO_OFFSET, "out of memory");
    else if (n == 0)
        st = stance__fail(err, STANCE_E_EMPTY, STANCE_NO_OFFSET,
                          "no statement could be scored by folds it was not in: too few "
                          "statements for %u folds",
                          cv->k);
    else
        st = stance_fit_temperature(temperature, rows, truth, n, L, err);
    stance__free(&cv->alloc, rows);
    stance__free(&cv->alloc, truth);
    return st;
}

stance_status_t stance_cv_calibration(const stance_cv_t *cv, uint32_t leave_out,
                                      double *temperature, stance_error_t *err)
{
    if (!temperature)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "temperature is NULL");
    double t = 0.0;
    stance_status_t st = stance_cv_temperature(cv, leave_out, &t, err);
    *temperature = 0.0;
    if (st != STANCE_OK)
        return st;
    /* a fit at the end of the range is the optimizer running out of room, not a temperature
     * the scores support: perfectly separated folds push it down, hopeless ones up */
    if (!(t > STANCE_TEMPERATURE_MIN && t < STANCE_TEMPERATURE_MAX))
        return stance__fail(err, STANCE_E_EMPTY, STANCE_NO_OFFSET,
                            "the fitted temperature %g is at the end of its range, so the "
                            "cross-validated scores say nothing usable about confidence",
                            t);
    *temperature = t;
    return STANCE_OK;
}

stance_status_t stance_cv_build(const stance_cv_t *cv, double temperature, stance_model_t **out,
                                stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!cv || !out)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "cv or out is NULL");
    if (temperature != 0.0 &&
        !(temperature >= STANCE_TEMPERATURE_MIN && temperature <= STANCE_TEMPERATURE_MAX))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "temperature %g must be 0 (none) or in [%g, %g]", temperature,
                            STANCE_TEMPERATURE_MIN, STANCE_TEMPERATURE_MAX);
    stance_model_t *m = NULL;
    stance_status_t st = stance_trainer_build(&m, cv->trainer, err);
    if (st != STANCE_OK || temperature == 0.0) {
        *out = m;
        return st;
    }
    stance_model_t *calibrated = NULL;
    st = stance_model_with_temperature(&calibrated, m, temperature, err);
    stance_model_free(m);
    *out = calibrated;
    return st;
}
