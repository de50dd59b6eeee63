/* Serializing a model (FORMAT.md) and saving it atomically (file_save.c). */
#include "format.h"
#include "io.h"
#include "model.h"

#include <stdio.h>
#include <string.h>

static bool put_list(const stance_allocator_t *a, stance_buf_t *b, const stance_strlist_t *l)
{
    bool ok = stance__buf_u32le(a, b, (uint32_t)l->n);
    for (size_t i = 0; ok && i < l->n; i++)
        ok = stance__buf_str(a, b, l->items[i], l->lens[i]);
    return ok;
}

/* The scalar settings `section` holds, in table order (settings.c). */
static bool put_scalars(const stance_allocator_t *a, stance_buf_t *b, const stance_cfg_t *c,
                        uint32_t section)
{
    bool ok = true;
    for (size_t i = 0; ok && i < stance__setting_field_count; i++) {
        const stance_setting_field_t *f = &stance__setting_fields[i];
        if (f->section == section)
            ok = f->desc.kind == STANCE_SETTING_REAL
                     ? stance__buf_f64le(a, b, stance__cfg_real(c, f))
                     : stance__buf_u32le(a, b, stance__cfg_uint(c, f));
    }
    return ok;
}

/* Starts a section; its length is patched by end_section. */
static bool begin_section(const stance_allocator_t *a, stance_buf_t *b, uint32_t tag,
                          uint32_t flags, size_t *at)
{
    *at = b->len;
    return stance__buf_u32le(a, b, tag) && stance__buf_u32le(a, b, flags) &&
           stance__buf_u64le(a, b, 0);
}

static void end_section(stance_buf_t *b, size_t at)
{
    uint64_t len = b->len - at - STANCE_SECTION_HEADER_LEN;
    stance__wr_u32le(b->data + at + 8, (uint32_t)len);
    stance__wr_u32le(b->data + at + 12, (uint32_t)(len >> 32));
}

stance_status_t stance__model_write(const stance_model_t *m, stance_buf_t *b)
{
    const stance_allocator_t *a = &m->alloc;
    const stance_cfg_t *c = &m->cfg;
    const bool calibrated = m->temperature != 1.0, biased = m->bias != NULL;
    const uint32_t sections = 5 + calibrated + biased;
    size_t at;
    bool ok = stance__buf_append(a, b, STANCE_MAGIC, 4) &&
              stance__buf_u16le(a, b, STANCE_FORMAT_MAJOR) &&
              stance__buf_u16le(a, b, biased ? STANCE_FORMAT_MINOR_BIAS : STANCE_FORMAT_MINOR) &&
              stance__buf_u32le(a, b, 0) &&
              stance__buf_u32le(a, b, STANCE_HEADER_LEN) && stance__buf_u64le(a, b, 0) &&
              stance__buf_u32le(a, b, sections) && stance__buf_u32le(a, b, 0);

    ok = ok && begin_section(a, b, STANCE_TAG_ANLZ, STANCE_SECTION_REQUIRED, &at) &&
         stance__buf_u32le(a, b, c->tokenizer_rev) &&
         stance__buf_str(a, b, c->unicode_version, strlen(c->unicode_version)) &&
         stance__buf_str(a, b, c->language, strlen(c->language)) &&
         put_scalars(a, b, c, STANCE_TAG_ANLZ) && put_list(a, b, &c->negation_words) &&
         put_list(a, b, &c->negation_suffixes) && put_list(a, b, &c->scope_end_words);
    if (ok)
        end_section(b, at);

    ok = ok && begin_section(a, b, STANCE_TAG_NBAY, STANCE_SECTION_REQUIRED, &at) &&
         put_scalars(a, b, c, STANCE_TAG_NBAY);
    if (ok)
        end_section(b, at);

    ok = ok && begin_section(a, b, STANCE_TAG_LABL, STANCE_SECTION_REQUIRED, &at) &&
         stance__buf_u32le(a, b, (uint32_t)m->n_labels);
    for (size_t i = 0; ok && i < m->n_labels; i++)
        ok = stance__buf_str(a, b, m->labels[i], m->label_lens[i]) &&
             stance__buf_u64le(a, b, m->label_docs[i]);
    if (ok)
        end_section(b, at);

    ok = ok && begin_section(a, b, STANCE_TAG_FEAT, STANCE_SECTION_REQUIRED, &at) &&
         stance__buf_u64le(a, b, m->n_features);
    for (size_t f = 0; ok && f < m->n_features; f++) {
        ok = stance__buf_str(a, b, m->fstrings + m->foff[f], m->flen[f]);
        for (size_t l = 0; ok && l < m->n_labels; l++)
            ok = stance__buf_u64le(a, b, m->counts[f * m->n_labels + l]);
    }
    if (ok)
        end_section(b, at);

    const char *lib = m->library_version ? m->library_version : STANCE_VERSION_STRING;
    ok = ok && begin_section(a, b, STANCE_TAG_META, STANCE_SECTION_REQUIRED, &at) &&
         stance__buf_str(a, b, lib, strlen(lib)) && stance__buf_u64le(a, b, m->min_count);
    if (ok)
        end_section(b, at);

    if (calibrated) {
        ok = ok && begin_section(a, b, STANCE_TAG_CALB, 0, &at) &&
             stance__buf_u32le(a, b, STANCE_CALIBRATION_TEMPERATURE) &&
             stance__buf_f64le(a, b, m->temperature);
        if (ok)
            end_section(b, at);
    }
    if (biased) {
        ok = ok && begin_section(a, b, STANCE_TAG_BIAS, 0, &at) &&
             stance__buf_u32le(a, b, (uint32_t)m->n_labels);
        for (size_t l = 0; ok && l < m->n_labels; l++)
            ok = stance__buf_f64le(a, b, m->bias[l]);
        if (ok)
            end_section(b, at);
    }
    if (!ok)
        return STANCE_E_NOMEM;
    uint64_t file_len = (uint64_t)b->len + STANCE_CHECKSUM_LEN;
    stance__wr_u32le(b->data + 16, (uint32_t)file_len);
    stance__wr_u32le(b->data + 20, (uint32_t)(file_len >> 32));
    if (!stance__buf_u32le(a, b, stance__crc32c(b->data, b->len)))
        return STANCE_E_NOMEM;
    return STANCE_OK;
}

/* A model file larger than the loaders read by default would be written and then refused
 * (a merge of two 600 MB models did that): refused before it is written. */
static stance_status_t too_large(size_t len, stance_error_t *err)
{
    return stance__fail(err, STANCE_E_LIMIT, STANCE_NO_OFFSET,
                        "the model would be %zu bytes, over the %zu a model file may be (the "
                        "most a loader reads): prune its rare features (min_count) or train "
                        "on less",
                        len, STANCE_MODEL_MAX_BYTES);
}

stance_status_t stance_model_serialize(const stance_model_t *m, void *buf, size_t cap,
                                       size_t *needed, stance_error_t *err)
{
    if (!m || (!buf && cap))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "model is NULL or buffer is NULL with a nonzero capacity");
    stance_buf_t b = {0};
    stance_status_t st = stance__model_write(m, &b);
    if (st != STANCE_OK) {
        stance__buf_free(&m->alloc, &b);
        return stance__fail(err, st, STANCE_NO_OFFSET, "out of memory serializing the model");
    }
    if (needed)
        *needed = b.len;
    if (b.len > STANCE_MODEL_MAX_BYTES) {
        st = too_large(b.len, err);
    } else if (b.len > cap) {
        st = stance__fail(err, STANCE_E_BUFFER_TOO_SMALL, STANCE_NO_OFFSET,
                          "the model needs %zu bytes, the buffer has %zu", b.len, cap);
    } else {
        memcpy(buf, b.data, b.len);
        stance__ok(err);
    }
    stance__buf_free(&m->alloc, &b);
    return st;
}

stance_status_t stance_model_save_check(const char *path, stance_error_t *err)
{
    if (!path || !*path)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "path is NULL or empty");
    stance_status_t st = stance__save_check_replaceable(path, STANCE_MAGIC, 4,
                                                        "a libstance model", err);
    if (st == STANCE_OK)
        stance__ok(err);
    return st;
}

stance_status_t stance_model_save(const stance_model_t *m, const char *path,
                                  stance_error_t *err)
{
    if (!m || !path || !*path)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "model or path is NULL or empty");
    stance_status_t st = stance__save_check_replaceable(path, STANCE_MAGIC, 4,
                                                        "a libstance model", err);
    if (st != STANCE_OK)
        return st;
    stance_buf_t b = {0};
    if (stance__model_write(m, &b) != STANCE_OK) {
        stance__buf_free(&m->alloc, &b);
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET,
                            "out of memory serializing the model");
    }
    st = b.len > STANCE_MODEL_MAX_BYTES ? too_large(b.len, err)
                                        : stance_save_file(path, b.data, b.len, err);
    stance__buf_free(&m->alloc, &b);
    return st;
}
