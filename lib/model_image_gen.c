/* Build tool, not part of the library: writes a model file's image (model_image.h) as C, for
 * the built-in model.
 *     model_image_gen MODEL.stnc OUT.c
 * It loads MODEL.stnc with this build's reader and writes the arrays the reader built, so the
 * image is by construction what loading the file gives (test_builtin_model checks it bit for
 * bit). Doubles are written as their bits, so nothing is lost to decimal. */
#include "model_image.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t bits_of(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

/* A C string literal of the n bytes at s (NULs included): printable ASCII as itself, other
 * bytes as three-digit octal escapes (a digit after one is never taken into it), '?' escaped
 * against trigraphs; a new literal every 96 bytes, which the compiler joins. */
static void put_literal(FILE *f, const char *s, size_t n)
{
    fputc('"', f);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (i && i % 96 == 0)
            fputs("\"\n\"", f);
        if (c == '"' || c == '\\' || c == '?')
            fprintf(f, "\\%c", c);
        else if (c >= 0x20 && c < 0x7f)
            fputc(c, f);
        else
            fprintf(f, "\\%03o", c);
    }
    fputc('"', f);
}

/* What goes before array element i, per_line of them to a line. */
static const char *sep(size_t i, size_t per_line)
{
    return i == 0 ? "\n" : i % per_line ? "," : ",\n";
}

static void put_u64s(FILE *f, const char *decl, const uint64_t *v, size_t n, bool hex)
{
    fprintf(f, "%s[%zu] = {", decl, n ? n : 1);
    for (size_t i = 0; i < n; i++)
        fprintf(f, hex ? "%s0x%" PRIx64 "u" : "%s%" PRIu64 "u", sep(i, 8), v[i]);
    fputs(n ? "};\n" : "0};\n", f);
}

static void put_list(FILE *f, const char *name, const stance_strlist_t *l)
{
    fprintf(f, "static const char *const %s_items[%zu] = {", name, l->n ? l->n : 1);
    for (size_t i = 0; i < l->n; i++) {
        fputs(i ? ",\n" : "\n", f);
        put_literal(f, l->items[i], l->lens[i]);
    }
    fprintf(f, "%s};\nstatic const size_t %s_lens[%zu] = {", l->n ? "" : "0", name,
            l->n ? l->n : 1);
    for (size_t i = 0; i < l->n; i++)
        fprintf(f, "%s%zu", i ? "," : "", l->lens[i]);
    fprintf(f, "%s};\n", l->n ? "" : "0");
}

/* False when the model is one the image cannot hold (more settings than this tool knows). */
static bool write_image(FILE *f, const stance_model_t *m, const char *source)
{
    const size_t L = m->n_labels, F = m->n_features;
    fprintf(f, "/* Generated at build time from %s by lib/model_image_gen.c: the built-in "
               "model's image (model_image.h). */\n#include \"model_image.h\"\n\n", source);

    put_list(f, "negation_words", &m->cfg.negation_words);
    put_list(f, "negation_suffixes", &m->cfg.negation_suffixes);
    put_list(f, "scope_end_words", &m->cfg.scope_end_words);
    uint64_t scalars[64];
    if (stance__setting_field_count > sizeof scalars / sizeof *scalars || L == 0)
        return false;
    for (size_t i = 0; i < stance__setting_field_count; i++) {
        const stance_setting_field_t *fd = &stance__setting_fields[i];
        scalars[i] = fd->desc.kind == STANCE_SETTING_REAL
                         ? bits_of(stance__cfg_real(&m->cfg, fd))
                         : stance__cfg_uint(&m->cfg, fd);
    }
    put_u64s(f, "static const uint64_t scalars", scalars, stance__setting_field_count, true);

    fprintf(f, "static const char *const labels[%zu] = {", L);
    for (size_t c = 0; c < L; c++) {
        fputs(c ? ", " : "", f);
        put_literal(f, m->labels[c], m->label_lens[c]);
    }
    fputs("};\n", f);
    put_u64s(f, "static const uint64_t label_docs", m->label_docs, L, false);
    uint64_t bits[STANCE_MAX_LABELS] = {0};
    for (size_t c = 0; c < L; c++)
        bits[c] = bits_of(m->log_prior[c]);
    put_u64s(f, "static const uint64_t log_prior_bits", bits, L, true);
    if (m->bias) {
        for (size_t c = 0; c < L; c++)
            bits[c] = bits_of(m->bias[c]);
        put_u64s(f, "static const uint64_t bias_bits", bits, L, true);
    }

    /* Every feature string is followed by its NUL; the last one ends the bytes used. */
    size_t fbytes = F ? m->foff[F - 1] + m->flen[F - 1] + 1 : 1;
    fprintf(f, "static const char fstrings[%zu] =\n", fbytes + 1);
    put_literal(f, m->fstrings, F ? fbytes : 0);
    fprintf(f, ";\nstatic const size_t foff[%zu] = {", F ? F : 1);
    for (size_t i = 0; i < F; i++)
        fprintf(f, "%s%zu", sep(i, 16), m->foff[i]);
    fprintf(f, "%s};\nstatic const uint32_t flen[%zu] = {", F ? "" : "0", F ? F : 1);
    for (size_t i = 0; i < F; i++)
        fprintf(f, "%s%" PRIu32, sep(i, 32), m->flen[i]);
    fprintf(f, "%s};\n", F ? "" : "0");
    put_u64s(f, "static const uint64_t counts", m->counts, F * L, false);

    const size_t cells = F * m->stride;
    fprintf(f, "static _Alignas(64) const union stance_cell rec[%zu] = {", cells ? cells : 1);
    for (size_t i = 0; i < cells; i++)
        fprintf(f, "%s{0x%" PRIx64 "u}", sep(i, 6), m->rec[i].u);
    fprintf(f, "%s};\n", cells ? "" : "{0}");

    const size_t slots = m->ftable.mask + 1;
    fprintf(f, "#define E {0x%" PRIx32 "u, 0x%" PRIx32 "u}\n", (uint32_t)STANCE_TABLE_EMPTY,
            (uint32_t)STANCE_TABLE_EMPTY);
    fprintf(f, "static const stance_table_slot_t slots[%zu] = {", slots);
    for (size_t i = 0; i < slots; i++) {
        const stance_table_slot_t *s = &m->ftable.slots[i];
        const char *before = sep(i, 8);
        if (s->id == STANCE_TABLE_EMPTY && s->tag == STANCE_TABLE_EMPTY)
            fprintf(f, "%sE", before);
        else
            fprintf(f, "%s{0x%" PRIx32 "u,%" PRIu32 "u}", before, s->tag, s->id);
    }
    fputs("};\n#undef E\n", f);
    if (m->filter)
        put_u64s(f, "static const uint64_t filter", m->filter, m->filter_mask + 1, true);

    fputs("\nextern const stance_model_image_t stance__builtin_image;\n"
          "const stance_model_image_t stance__builtin_image = {\n",
          f);
    fputs("    .language = ", f);
    put_literal(f, m->cfg.language, strlen(m->cfg.language));
    fputs(",\n    .unicode_version = ", f);
    put_literal(f, m->cfg.unicode_version, strlen(m->cfg.unicode_version));
    fprintf(f, ",\n    .tokenizer_rev = %" PRIu32 "u,\n", m->cfg.tokenizer_rev);
    fprintf(f, "    .negation_words = {negation_words_items, negation_words_lens, %zu},\n",
            m->cfg.negation_words.n);
    fprintf(f, "    .negation_suffixes = {negation_suffixes_items, negation_suffixes_lens, "
               "%zu},\n",
            m->cfg.negation_suffixes.n);
    fprintf(f, "    .scope_end_words = {scope_end_words_items, scope_end_words_lens, %zu},\n",
            m->cfg.scope_end_words.n);
    fprintf(f, "    .scalars = scalars,\n    .n_scalars = %zu,\n", stance__setting_field_count);
    fprintf(f, "    .format_major = %" PRIu32 "u,\n    .format_minor = %" PRIu32 "u,\n",
            m->format_major, m->format_minor);
    fputs("    .library_version = ", f);
    put_literal(f, m->library_version, strlen(m->library_version));
    fprintf(f, ",\n    .min_count = %" PRIu64 "u,\n", m->min_count);
    fprintf(f, "    .temperature_bits = 0x%" PRIx64 "u,\n", bits_of(m->temperature));
    fprintf(f, "    .bias_bits = %s,\n", m->bias ? "bias_bits" : "NULL");
    fprintf(f, "    .warnings = 0x%" PRIx32 "u,\n",
            m->warnings & ~(uint32_t)STANCE_WARN_UNICODE_VERSION);
    fprintf(f, "    .n_labels = %zu,\n    .labels = labels,\n    .label_docs = label_docs,\n"
               "    .log_prior_bits = log_prior_bits,\n",
            L);
    fprintf(f, "    .n_features = %zu,\n    .fstrings = fstrings,\n    .foff = foff,\n"
               "    .flen = flen,\n    .counts = counts,\n    .rec = rec,\n    .stride = %zu,\n",
            F, m->stride);
    fprintf(f, "    .slots = slots,\n    .table_mask = %zu,\n    .table_count = %zu,\n",
            m->ftable.mask, m->ftable.count);
    fprintf(f, "    .filter = %s,\n    .filter_mask = %zu,\n};\n", m->filter ? "filter" : "NULL",
            m->filter_mask);
    return true;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: model_image_gen MODEL.stnc OUT.c\n");
        return 2;
    }
    stance_model_t *m = NULL;
    stance_error_t err;
    if (stance_model_load_file(&m, argv[1], NULL, &err) != STANCE_OK) {
        fprintf(stderr, "model_image_gen: %s\n", err.msg);
        return 1;
    }
    /* Written beside the output and renamed over it, so that an interrupted build never
     * leaves half an image for the next one to compile. */
    char tmp[4096];
    if (snprintf(tmp, sizeof tmp, "%s.tmp", argv[2]) >= (int)sizeof tmp) {
        fprintf(stderr, "model_image_gen: output path too long\n");
        stance_model_free(m);
        return 1;
    }
    FILE *f = fopen(tmp, "w");
    if (!f) {
        fprintf(stderr, "model_image_gen: cannot write '%s': %s\n", tmp, strerror(errno));
        stance_model_free(m);
        return 1;
    }
    const char *source = strrchr(argv[1], '/');
    if (!write_image(f, m, source ? source + 1 : argv[1])) {
        fprintf(stderr, "model_image_gen: '%s' has more settings or fewer labels than an image "
                        "holds\n", argv[1]);
        stance_model_free(m);
        fclose(f);
        remove(tmp);
        return 1;
    }
    stance_model_free(m);
    if (ferror(f) | (fclose(f) != 0) || rename(tmp, argv[2]) != 0) {
        fprintf(stderr, "model_image_gen: cannot write '%s': %s\n", argv[2], strerror(errno));
        remove(tmp);
        return 1;
    }
    return 0;
}
