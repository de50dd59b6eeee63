/* Writing classified statements as TSV (with a header) or JSON Lines. */
#ifndef STANCE_OUTPUT_H
#define STANCE_OUTPUT_H

#include "cli.h"

typedef enum out_format { OUT_TSV, OUT_JSONL } out_format_t;

/* What the tool writes instead of a label: below --min-confidence, and for a statement with
 * no word or n-gram the model knows (its probabilities are the priors alone). */
#define OUT_UNCERTAIN "uncertain"
#define OUT_UNKNOWN "unknown"

typedef struct out {
    FILE *fp;
    out_format_t format;
    const stance_model_t *model;
    size_t explain;       /* features per statement, 0 = none */
    double min_confidence; /* below it the label is OUT_UNCERTAIN; 0 = never */
    bool unknown;          /* no feature known: the label is OUT_UNKNOWN */
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
/* The end of the output: a TSV header even when there was no statement. */
void out_finish(out_t *o);
/* JSON string with quotes; invalid UTF-8 becomes U+FFFD, controls are escaped. */
void out_json_string(FILE *fp, const char *s, size_t n);

#endif
