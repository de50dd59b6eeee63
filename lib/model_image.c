/* The built-in model made from its image: a model struct and small copies, the large arrays
 * the library's own (model_image.h). */
#include "model_image.h"

#include <utf8proc.h>

static double from_bits(uint64_t bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static stance_strlist_t list_view(const stance_image_list_t *l)
{
    /* cfg_copy only reads the items: the casts lend them, they do not make them writable */
    return (stance_strlist_t){(char **)l->items, (size_t *)l->lens, l->n};
}

static stance_status_t copy_small_parts(stance_model_t *m, const stance_model_image_t *img)
{
    const stance_allocator_t *a = &m->alloc;
    if (img->n_scalars != stance__setting_field_count)
        return STANCE_E_CORRUPT;
    stance_cfg_t cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.language = (char *)img->language;
    cfg.unicode_version = (char *)img->unicode_version;
    cfg.tokenizer_rev = img->tokenizer_rev;
    cfg.negation_words = list_view(&img->negation_words);
    cfg.negation_suffixes = list_view(&img->negation_suffixes);
    cfg.scope_end_words = list_view(&img->scope_end_words);
    for (size_t i = 0; i < stance__setting_field_count; i++) {
        const stance_setting_field_t *f = &stance__setting_fields[i];
        if (f->desc.kind == STANCE_SETTING_REAL)
            stance__cfg_set_real(&cfg, f, from_bits(img->scalars[i]));
        else
            stance__cfg_set_uint(&cfg, f, (unsigned)img->scalars[i]);
    }
    if (stance__cfg_copy(a, &m->cfg, &cfg) != STANCE_OK)
        return STANCE_E_NOMEM;

    m->format_major = img->format_major;
    m->format_minor = img->format_minor;
    m->min_count = img->min_count;
    m->temperature = from_bits(img->temperature_bits);
    m->warnings = img->warnings;
    if (strcmp(m->cfg.unicode_version, utf8proc_unicode_version()) != 0)
        m->warnings |= STANCE_WARN_UNICODE_VERSION;
    m->library_version = stance__strndup(a, img->library_version, strlen(img->library_version));
    if (!m->library_version)
        return STANCE_E_NOMEM;

    const size_t L = img->n_labels;
    m->n_labels = L;
    m->labels = stance__calloc(a, L, sizeof *m->labels);
    m->label_lens = stance__calloc(a, L, sizeof *m->label_lens);
    m->label_docs = stance__calloc(a, L, sizeof *m->label_docs);
    m->log_prior = stance__calloc(a, L, sizeof *m->log_prior);
    if (img->bias_bits)
        m->bias = stance__calloc(a, L, sizeof *m->bias);
    if (!m->labels || !m->label_lens || !m->label_docs || !m->log_prior ||
        (img->bias_bits && !m->bias))
        return STANCE_E_NOMEM;
    for (size_t c = 0; c < L; c++) {
        m->label_lens[c] = strlen(img->labels[c]);
        if (!(m->labels[c] = stance__strndup(a, img->labels[c], m->label_lens[c])))
            return STANCE_E_NOMEM;
        m->label_docs[c] = img->label_docs[c];
        m->log_prior[c] = from_bits(img->log_prior_bits[c]);
        if (m->bias)
            m->bias[c] = from_bits(img->bias_bits[c]);
    }
    return STANCE_OK;
}

stance_status_t stance__model_from_image(stance_model_t **out, const stance_model_image_t *img,
                                         const stance_allocator_t *alloc, stance_error_t *err)
{
    stance_model_t *m = stance__model_alloc(alloc);
    if (!m)
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    /* The large arrays are the library's, read-only: the model is never changed after it is
     * made (model.h), and stance_model_free() leaves them be. */
    m->image_arrays = true;
    m->n_features = img->n_features;
    m->fstrings = (char *)img->fstrings;
    m->foff = (size_t *)img->foff;
    m->flen = (uint32_t *)img->flen;
    m->counts = (uint64_t *)img->counts;
    m->rec = (union stance_cell *)img->rec;
    m->stride = img->stride;
    m->ftable.slots = (stance_table_slot_t *)img->slots;
    m->ftable.mask = img->table_mask;
    m->ftable.count = img->table_count;
    m->filter = (uint64_t *)img->filter;
    m->filter_mask = img->filter_mask;
    stance_status_t st = copy_small_parts(m, img);
    if (st != STANCE_OK) {
        stance_model_free(m);
        return stance__fail(err, st, STANCE_NO_OFFSET,
                            st == STANCE_E_NOMEM ? "out of memory"
                                                 : "the built-in model was made for a "
                                                   "different build of libstance");
    }
    stance__ok(err);
    *out = m;
    return STANCE_OK;
}
