/* Models made from models: merged (counts added up), pruned, and re-calibrated copies. */
#include "model.h"

#include <stdlib.h>

typedef struct merge_item {
    const char *s;
    size_t n;
    uint32_t model;   /* index of the source model */
    uint32_t feature; /* index in that model */
} merge_item_t;

static int cmp_merge(const void *x, const void *y)
{
    const merge_item_t *a = x, *b = y;
    int c = memcmp(a->s, b->s, a->n < b->n ? a->n : b->n);
    if (c)
        return c;
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    return (a->model > b->model) - (a->model < b->model);
}

static bool same(const char *a, size_t an, const char *b, size_t bn)
{
    return an == bn && memcmp(a, b, an) == 0;
}

/* The merged labels' decision biases: a label's bias is the one every model that has the label
 * gives it (none = 0); models that disagree are refused. labels: every model's labels,
 * sorted, equal names adjacent, as merged into m. */
static stance_status_t merge_biases(stance_model_t *m, const stance_model_t *const *models,
                                    const merge_item_t *labels, size_t total_labels,
                                    stance_error_t *err)
{
    double bias[STANCE_MAX_LABELS];
    bool biased = false;
    size_t l = (size_t)-1, first = 0;
    for (size_t j = 0; j < total_labels; j++) {
        const stance_model_t *src = models[labels[j].model];
        double b = src->bias ? src->bias[labels[j].feature] : 0.0;
        if (j == 0 || !same(labels[j].s, labels[j].n, labels[j - 1].s, labels[j - 1].n)) {
            bias[++l] = b;
            first = labels[j].model;
            biased |= b != 0.0;
        } else if (b != bias[l]) {
            return stance__fail(err, STANCE_E_MISMATCH, STANCE_NO_OFFSET,
                                "label '%s' has a decision bias of %g in models[%u] and %g in "
                                "models[%zu]",
                                m->labels[l], b, (unsigned)labels[j].model, bias[l], first);
        }
    }
    if (biased) {
        if (!(m->bias = stance__calloc(&m->alloc, m->n_labels, sizeof *m->bias)))
            return STANCE_E_NOMEM;
        memcpy(m->bias, bias, m->n_labels * sizeof *bias);
    }
    stance__model_format_by_content(m);
    return STANCE_OK;
}

stance_status_t stance_model_merge(stance_model_t **out, const stance_model_t *const *models,
                                   size_t n, const stance_allocator_t *alloc,
                                   stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out || !models || n == 0)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "out or models is NULL, or no models given");
    for (size_t i = 0; i < n; i++) {
        if (!models[i])
            return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                                "models[%zu] is NULL", i);
        char vi[STANCE_DIFF_VALUE_BYTES], v1[STANCE_DIFF_VALUE_BYTES];
        const char *diff = stance__cfg_diff(&models[i]->cfg, &models[0]->cfg, vi, v1, sizeof vi);
        if (diff)
            return stance__fail(err, STANCE_E_MISMATCH, STANCE_NO_OFFSET,
                                "models[%zu]'s %s is %s, and %s in models[0]", i, diff, vi, v1);
        if (models[i]->min_count > 1)
            return stance__fail(err, STANCE_E_MISMATCH, STANCE_NO_OFFSET,
                                "models[%zu] was pruned (min_count %llu): its counts are "
                                "incomplete and cannot be added up",
                                i, (unsigned long long)models[i]->min_count);
    }
    stance_model_t *m = stance__model_alloc(alloc);
    if (!m)
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    const stance_allocator_t *a = &m->alloc;

    /* Labels and features: collect every model's, sort, and add up equal neighbours. */
    merge_item_t *labels = NULL, *items = NULL;
    uint32_t *label_map = NULL; /* label_map[label_base[i] + l]: merged index of model i's l */
    size_t *label_base = stance__calloc(a, n, sizeof *label_base);
    size_t total_labels = 0, total_features = 0, bytes = 0;
    for (size_t i = 0; i < n; i++) {
        if (label_base)
            label_base[i] = total_labels;
        total_labels += models[i]->n_labels;
        total_features += models[i]->n_features;
        for (size_t f = 0; f < models[i]->n_features; f++)
            bytes += models[i]->flen[f] + 1;
    }
    stance_status_t st = STANCE_OK;
    labels = stance__calloc(a, total_labels, sizeof *labels);
    label_map = stance__calloc(a, total_labels, sizeof *label_map);
    items = stance__calloc(a, total_features ? total_features : 1, sizeof *items);
    if (!labels || !label_map || !items || !label_base)
        st = STANCE_E_NOMEM;
    size_t k = 0, L = 0, F = 0;
    if (st == STANCE_OK) {
        for (size_t i = 0; i < n; i++)
            for (size_t l = 0; l < models[i]->n_labels; l++)
                labels[k++] = (merge_item_t){models[i]->labels[l], models[i]->label_lens[l],
                                             (uint32_t)i, (uint32_t)l};
        qsort(labels, total_labels, sizeof *labels, cmp_merge);
        for (size_t j = 0; j < total_labels; j++)
            if (j == 0 || !same(labels[j].s, labels[j].n, labels[j - 1].s, labels[j - 1].n))
                L++;
        if (L > STANCE_MAX_LABELS)
            st = stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET,
                              "the merged model would have %zu labels, more than %d", L,
                              STANCE_MAX_LABELS);
    }
    if (st == STANCE_OK) {
        k = 0;
        for (size_t i = 0; i < n; i++)
            for (size_t f = 0; f < models[i]->n_features; f++)
                items[k++] = (merge_item_t){models[i]->fstrings + models[i]->foff[f],
                                            models[i]->flen[f], (uint32_t)i, (uint32_t)f};
        qsort(items, total_features, sizeof *items, cmp_merge);
        for (size_t j = 0; j < total_features; j++)
            if (j == 0 || !same(items[j].s, items[j].n, items[j - 1].s, items[j - 1].n))
                F++;
        st = F > STANCE_MAX_FEATURES
                 ? stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET,
                                "the merged model would have %zu features, more than %u", F,
                                STANCE_MAX_FEATURES)
                 : stance__model_reserve(m, L, F, bytes);
    }
    if (st == STANCE_OK)
        st = stance__cfg_copy(a, &m->cfg, &models[0]->cfg);
    if (st == STANCE_OK && !(m->library_version = stance__strndup(
                                 a, STANCE_VERSION_STRING, strlen(STANCE_VERSION_STRING))))
        st = STANCE_E_NOMEM;
    if (st == STANCE_OK) {
        size_t l = (size_t)-1;
        for (size_t j = 0; j < total_labels && st == STANCE_OK; j++) {
            if (j == 0 || !same(labels[j].s, labels[j].n, labels[j - 1].s, labels[j - 1].n)) {
                l++;
                m->labels[l] = stance__strndup(a, labels[j].s, labels[j].n);
                m->label_lens[l] = labels[j].n;
                if (!m->labels[l])
                    st = STANCE_E_NOMEM;
            }
            const stance_model_t *src = models[labels[j].model];
            m->label_docs[l] += src->label_docs[labels[j].feature];
            label_map[label_base[labels[j].model] + labels[j].feature] = (uint32_t)l;
        }
    }
    if (st == STANCE_OK)
        st = merge_biases(m, models, labels, total_labels, err);
    if (st == STANCE_OK) {
        size_t f = (size_t)-1, off = 0;
        for (size_t j = 0; j < total_features; j++) {
            const merge_item_t *it = &items[j];
            if (j == 0 || !same(it->s, it->n, items[j - 1].s, items[j - 1].n)) {
                f++;
                memcpy(m->fstrings + off, it->s, it->n);
                m->fstrings[off + it->n] = '\0';
                m->foff[f] = off;
                m->flen[f] = (uint32_t)it->n;
                off += it->n + 1;
            }
            const stance_model_t *src = models[it->model];
            const size_t at = label_base[it->model];
            for (size_t l = 0; l < src->n_labels; l++) {
                uint64_t *dst = &m->counts[f * L + label_map[at + l]];
                uint64_t v = src->counts[(size_t)it->feature * src->n_labels + l];
                if (v > UINT64_MAX - *dst) {
                    st = stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET,
                                      "counts of feature '%.40s' overflow 64 bits", it->s);
                    break;
                }
                *dst += v;
            }
            if (st != STANCE_OK)
                break;
        }
    }
    stance__free(a, labels);
    stance__free(a, label_map);
    stance__free(a, label_base);
    stance__free(a, items);
    if (st == STANCE_OK)
        st = stance__model_finish(m, err);
    else if (err && err->status != st)
        stance__fail(err, st, STANCE_NO_OFFSET, "%s", stance_strerror(st));
    if (st != STANCE_OK) {
        stance_model_free(m);
        return st;
    }
    stance__ok(err);
    *out = m;
    return STANCE_OK;
}

stance_status_t stance_model_with_temperature(stance_model_t **out, const stance_model_t *model,
                                              double temperature, stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out || !model)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "out or model is NULL");
    if (!(temperature >= STANCE_TEMPERATURE_MIN && temperature <= STANCE_TEMPERATURE_MAX))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "temperature %g must be in [%g, %g]", temperature,
                            STANCE_TEMPERATURE_MIN, STANCE_TEMPERATURE_MAX);
    /* A copy through the file format: the one path that already reproduces every field. */
    stance_buf_t b = {0};
    stance_status_t st = stance__model_write(model, &b);
    if (st != STANCE_OK) {
        stance__buf_free(&model->alloc, &b);
        return stance__fail(err, st, STANCE_NO_OFFSET, "out of memory");
    }
    stance_load_opts_t opts = STANCE_LOAD_OPTS_INIT;
    opts.alloc = &model->alloc;
    opts.max_file_bytes = b.len;
    stance_model_t *copy;
    st = stance_model_load_mem(&copy, b.data, b.len, &opts, err);
    stance__buf_free(&model->alloc, &b);
    if (st != STANCE_OK)
        return st;
    copy->temperature = temperature;
    *out = copy;
    return STANCE_OK;
}

stance_status_t stance_model_with_label_bias(stance_model_t **out, const stance_model_t *model,
                                             const double *bias, size_t n, stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out || !model)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "out or model is NULL");
    if (bias && n != model->n_labels)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "%zu biases for %zu labels", n, model->n_labels);
    for (size_t l = 0; bias && l < n; l++)
        if (!(bias[l] >= -STANCE_LABEL_BIAS_MAX && bias[l] <= STANCE_LABEL_BIAS_MAX))
            return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                                "bias %.17g of label '%s' is outside +-%g", bias[l],
                                model->labels[l], STANCE_LABEL_BIAS_MAX);
    stance_model_t *copy = NULL;
    stance_status_t st = stance_model_with_temperature(&copy, model, model->temperature, err);
    if (st != STANCE_OK)
        return st;
    stance__free(&copy->alloc, copy->bias);
    copy->bias = NULL;
    if (bias) {
        if (!(copy->bias = stance__calloc(&copy->alloc, n, sizeof *copy->bias))) {
            stance_model_free(copy);
            return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
        }
        memcpy(copy->bias, bias, n * sizeof *bias);
    }
    stance__model_format_by_content(copy);
    stance__ok(err);
    *out = copy;
    return STANCE_OK;
}

stance_status_t stance_model_prune(stance_model_t **out, const stance_model_t *src,
                                   uint64_t min_count, const stance_allocator_t *alloc,
                                   stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out || !src)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "out or model is NULL");
    const size_t L = src->n_labels;
    size_t kept = 0, bytes = 0;
    for (size_t f = 0; f < src->n_features; f++) {
        uint64_t total = 0;
        for (size_t c = 0; c < L; c++)
            total += src->counts[f * L + c];
        if (min_count <= 1 || total >= min_count) {
            kept++;
            bytes += src->flen[f] + 1;
        }
    }
    stance_model_t *m = stance__model_alloc(alloc ? alloc : &src->alloc);
    stance_status_t st = m ? stance__model_reserve(m, L, kept, bytes) : STANCE_E_NOMEM;
    if (st == STANCE_OK)
        st = stance__cfg_copy(&m->alloc, &m->cfg, &src->cfg);
    if (st == STANCE_OK && !(m->library_version = stance__strndup(
                                 &m->alloc, STANCE_VERSION_STRING, strlen(STANCE_VERSION_STRING))))
        st = STANCE_E_NOMEM;
    for (size_t c = 0; st == STANCE_OK && c < L; c++) {
        m->labels[c] = stance__strndup(&m->alloc, src->labels[c], src->label_lens[c]);
        m->label_lens[c] = src->label_lens[c];
        m->label_docs[c] = src->label_docs[c];
        if (!m->labels[c])
            st = STANCE_E_NOMEM;
    }
    if (st != STANCE_OK) {
        stance_model_free(m);
        return stance__fail(err, st, STANCE_NO_OFFSET, "out of memory");
    }
    size_t k = 0, off = 0;
    for (size_t f = 0; f < src->n_features; f++) {
        uint64_t total = 0;
        for (size_t c = 0; c < L; c++)
            total += src->counts[f * L + c];
        if (min_count > 1 && total < min_count)
            continue;
        memcpy(m->fstrings + off, src->fstrings + src->foff[f], src->flen[f] + 1);
        m->foff[k] = off;
        m->flen[k] = src->flen[f];
        off += src->flen[f] + 1;
        memcpy(&m->counts[k * L], &src->counts[f * L], L * sizeof *m->counts);
        k++;
    }
    m->min_count = min_count > src->min_count ? min_count : src->min_count;
    if (m->min_count <= 1)
        m->min_count = 0;
    m->temperature = src->temperature;
    if (src->bias && !(m->bias = stance__calloc(&m->alloc, L, sizeof *m->bias))) {
        stance_model_free(m);
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    }
    if (src->bias)
        memcpy(m->bias, src->bias, L * sizeof *m->bias);
    stance__model_format_by_content(m);
    st = stance__model_finish(m, err);
    if (st != STANCE_OK) {
        stance_model_free(m);
        return st;
    }
    stance__ok(err);
    *out = m;
    return STANCE_OK;
}
