#include "output.h"

#include <string.h>
#include <utf8proc.h>

/* Calls emit for each code point of s, with invalid bytes as U+FFFD. */
static void each_cp(FILE *fp, const char *s, size_t n, void (*emit)(FILE *, int32_t,
                                                                     const char *, size_t))
{
    size_t i = 0;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i < 4 ? n - i : 4), &cp);
        if (k <= 0) {
            emit(fp, 0xFFFD, "\xEF\xBF\xBD", 3);
            i++;
        } else {
            emit(fp, cp, s + i, (size_t)k);
            i += (size_t)k;
        }
    }
}

static void json_cp(FILE *fp, int32_t cp, const char *bytes, size_t k)
{
    switch (cp) {
    case '"': fputs("\\\"", fp); return;
    case '\\': fputs("\\\\", fp); return;
    case '\n': fputs("\\n", fp); return;
    case '\r': fputs("\\r", fp); return;
    case '\t': fputs("\\t", fp); return;
    default:
        if (cp < 0x20 || cp == 0x7F || cp == 0x2028 || cp == 0x2029)
            fprintf(fp, "\\u%04x", (unsigned)cp);
        else
            fwrite(bytes, 1, k, fp);
    }
}

static void tsv_cp(FILE *fp, int32_t cp, const char *bytes, size_t k)
{
    switch (cp) {
    case '\\': fputs("\\\\", fp); return;
    case '\n': fputs("\\n", fp); return;
    case '\r': fputs("\\r", fp); return;
    case '\t': fputs("\\t", fp); return;
    default: fwrite(bytes, 1, k, fp);
    }
}

void out_json_string(FILE *fp, const char *s, size_t n)
{
    fputc('"', fp);
    each_cp(fp, s, n, json_cp);
    fputc('"', fp);
}

static const char *label_of(const out_t *o, const stance_result_t *res)
{
    if (o->unknown && res->n_known == 0)
        return OUT_UNKNOWN;
    if (o->min_confidence > 0 && res->confidence < o->min_confidence)
        return OUT_UNCERTAIN;
    return stance_model_label(o->model, res->label);
}

static void tsv_header(out_t *o)
{
    if (!o->header_done)
        fputs(o->explain ? "label\tconfidence\tspeaker\ttext\tfeatures\n"
                         : "label\tconfidence\tspeaker\ttext\n",
              o->fp);
    o->header_done = true;
}

void out_finish(out_t *o)
{
    if (o->format == OUT_TSV)
        tsv_header(o);
}

static void tsv_statement(out_t *o, const out_item_t *it, const stance_result_t *res,
                          const stance_hit_t *hits, size_t n_hits)
{
    FILE *fp = o->fp;
    tsv_header(o);
    fprintf(fp, "%s\t%.4f\t", label_of(o, res), res->confidence);
    if (it->speaker)
        each_cp(fp, it->speaker, it->speaker_len, tsv_cp);
    fputc('\t', fp);
    each_cp(fp, it->text, it->text_len, tsv_cp);
    if (o->explain) {
        fputc('\t', fp);
        for (size_t i = 0; i < n_hits; i++) {
            if (i)
                fputc(' ', fp);
            each_cp(fp, hits[i].feature, hits[i].feature_len, tsv_cp);
            fprintf(fp, ":%+.3f", hits[i].contribution);
        }
    }
    fputc('\n', fp);
}

static void jsonl_statement(out_t *o, const out_item_t *it, const stance_result_t *res,
                            const stance_hit_t *hits, size_t n_hits)
{
    FILE *fp = o->fp;
    fputs("{\"file\":", fp);
    out_json_string(fp, it->file, strlen(it->file));
    fprintf(fp, ",\"line\":%llu,\"start\":%llu,\"end\":%llu,\"text\":",
            (unsigned long long)it->line, (unsigned long long)it->start,
            (unsigned long long)it->end);
    out_json_string(fp, it->text, it->text_len);
    fputs(",\"speaker\":", fp);
    if (it->speaker)
        out_json_string(fp, it->speaker, it->speaker_len);
    else
        fputs("null", fp);
    if (it->article) { /* quotes mode: where the speaker is named, and how */
        if (it->speaker)
            fprintf(fp, ",\"speaker_start\":%llu,\"speaker_end\":%llu,\"speaker_kind\":\"%s\"",
                    (unsigned long long)it->speaker_start, (unsigned long long)it->speaker_end,
                    it->speaker_kind);
        else
            fputs(",\"speaker_start\":null,\"speaker_end\":null,\"speaker_kind\":null", fp);
        if (it->more)
            fprintf(fp, ",\"spans\":[[%llu,%llu],[%llu,%llu]]", (unsigned long long)it->start,
                    (unsigned long long)it->text_end, (unsigned long long)it->more_start,
                    (unsigned long long)it->end);
    }
    fputs(",\"label\":", fp);
    const char *label = label_of(o, res);
    out_json_string(fp, label, strlen(label));
    fprintf(fp, ",\"confidence\":%.6g,\"known_features\":%zu,\"scores\":{", res->confidence,
            res->n_known);
    for (size_t c = 0; c < res->n_labels; c++) {
        const char *name = stance_model_label(o->model, c);
        if (c)
            fputc(',', fp);
        out_json_string(fp, name, strlen(name));
        fprintf(fp, ":%.6g", res->probs[c]);
    }
    fputc('}', fp);
    if (o->explain) {
        fputs(",\"features\":[", fp);
        for (size_t i = 0; i < n_hits; i++) {
            fputs(i ? ",[" : "[", fp);
            out_json_string(fp, hits[i].feature, hits[i].feature_len);
            fprintf(fp, ",%.4f]", hits[i].contribution);
        }
        fputc(']', fp);
    }
    fputs("}\n", fp);
}

void out_statement(out_t *o, const out_item_t *item, const stance_result_t *res,
                   const stance_hit_t *hits, size_t n_hits)
{
    if (o->format == OUT_TSV)
        tsv_statement(o, item, res, hits, n_hits);
    else
        jsonl_statement(o, item, res, hits, n_hits);
}
