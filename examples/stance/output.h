/* Writing classified statements as TSV (with a header) or JSON Lines. */
#ifndef STANCE_OUTPUT_H
#define STANCE_OUTPUT_H

#include "cli.h"

typedef enum out_format { OUT_TSV, OUT_JSONL } out_format_t;

typedef struct out {
    FILE *fp;
    out_format_t format;
    const stance_model_t *model;
    size_t explain;       /* features per statement, 0 = none */
    double min_confidence; /* below it the label is "uncertain"; 0 = never */
    bool header_done;
} out_t;

typedef struct out_item {
    const char *file;
    uint64_t line, start, end; /* byte offsets in the file */
    const char *text;
    size_t text_len;
    const char *speaker; /* NULL = unknown */
    size_t speaker_len;
    /* quotes mode */
    uint64_t speaker_start, speaker_end; /* byte offsets of the speaker's name in the file */
    const char *speaker_kind;            /* how the quote names the speaker */
    const char *more;                    /* a split quotation's second piece, joined on output */
    size_t more_len;
    uint64_t text_end;                   /* end of the first piece of a split quotation */
    uint64_t more_start;                 /* start of its second piece */
    const char *article;                 /* the article a quotation is classified in */
    size_t article_len;
    stance_quotation_t quotation;
} out_item_t;

void out_statement(out_t *o, const out_item_t *item, const stance_result_t *res,
                   const stance_hit_t *hits, size_t n_hits);
/* JSON string with quotes; invalid UTF-8 becomes U+FFFD, controls are escaped. */
void out_json_string(FILE *fp, const char *s, size_t n);

#endif
