/* Writing classified statements as TSV (with a header) or JSON Lines.
 *
 * Output is built in a large buffer and written in pieces of about OUT_WRITE_BYTES: text is
 * copied in runs between the few bytes that need escaping (found eight at a time), and numbers
 * are written by fixed-precision writers that give printf's bytes. Escaping, in both formats:
 * backslash, tab, newline and carriage return as \\ \t \n \r, the other C0 controls, DEL and
 * the C1 controls U+0080..U+009F as \u00XX (so that terminal escape sequences never pass
 * through: U+009B is CSI on its own), U+2028 and U+2029 as \u2028 \u2029 (line ends to
 * Python's splitlines() and to JavaScript), invalid UTF-8 as U+FFFD (one per bad byte); JSON
 * also escapes the double quote. */
#ifndef STANCE_OUTPUT_H
#define STANCE_OUTPUT_H

#include "cli.h"

typedef enum out_format { OUT_TSV, OUT_JSONL } out_format_t;

/* What the tool writes instead of a label: below --min-confidence, and for a statement with
 * no word or n-gram the model knows (its probabilities are the priors alone). */
#define OUT_UNCERTAIN "uncertain"
#define OUT_UNKNOWN "unknown"

#define OUT_WRITE_BYTES ((size_t)256 << 10)

typedef struct out {
    FILE *fp;
    out_format_t format;
    const stance_model_t *model;
    size_t explain;       /* features per statement, 0 = none */
    double min_confidence; /* below it the label is OUT_UNCERTAIN; 0 = never */
    bool unknown;          /* no feature known: the label is OUT_UNKNOWN */
    bool with_file;        /* TSV: file and line columns first (JSONL always has them) */
    bool no_header;        /* TSV: no header line (runs whose outputs are joined) */
    bool header_done;
    char *buf;            /* pending output (out_init) */
    size_t len, cap;
    bool failed;          /* a write failed: the rest is dropped */
    int write_errno;      /* why it failed (0 = not known) */
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
    const char *more;                    /* a split quotation's second piece (text holds both,
                                            joined by a space) */
    size_t more_len;
    uint64_t text_end;                   /* end of the first piece of a split quotation */
    uint64_t more_start;                 /* start of its second piece */
    const char *article;                 /* the article a quotation is classified in */
    size_t article_len;
    stance_quotation_t quotation;
    const double *evidence;              /* the speaker's evidence (a row of labels); NULL = none */
    const double *article_evidence;      /* the article's evidence (a row); NULL = none */
} out_item_t;

/* Sets up the buffer of an out_t whose other fields are set; false when out of memory. */
bool out_init(out_t *o);
/* Writes what is pending to o->fp (not flushing the FILE itself); false if any write of the
 * run has failed. */
bool out_flush(out_t *o);
void out_free(out_t *o);

void out_statement(out_t *o, const out_item_t *item, const stance_result_t *res,
                   const stance_hit_t *hits, size_t n_hits);
/* The end of the output: a TSV header even when there was no statement. */
void out_finish(out_t *o);
/* JSON string with quotes, escaped as above, written to fp. */
void out_json_string(FILE *fp, const char *s, size_t n);

/* The pieces, for the tests. */
/* Appends s[0..n) escaped for TSV (json false) or for a JSON string (without quotes). */
void out_escaped(out_t *o, const char *s, size_t n, bool json);
/* Appends x as printf("%.*f", decimals, x) would (with "%+.*f" when plus), decimals <= 9. */
void out_fixed(out_t *o, double x, int decimals, bool plus);
/* Appends x as printf("%.6g", x) would. */
void out_g6(out_t *o, double x);
/* The length of the well-formed UTF-8 sequence (Unicode 3-7, as utf8proc_iterate accepts) at
 * the start of s[0..n), or 0 when there is none. */
size_t out_utf8_len(const unsigned char *s, size_t n);

#endif
