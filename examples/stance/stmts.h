/* Labeled statements read from corpora and kept in memory (a batch of them, or a test set):
 * one growable byte store, with pointers fixed once reading stops; and sets of labels. */
#ifndef STANCE_STMTS_H
#define STANCE_STMTS_H

#include "cli.h"

typedef struct stmt {
    const char *label;
    size_t label_len;
    const char *text;
    size_t text_len;
    const char *file;
    uint64_t line;
} stmt_t;

typedef struct stmts {
    stmt_t *items;
    size_t n, cap;
    char *bytes;
    size_t used, bytes_cap;
    struct stmt_offsets { size_t label, text, file; } *offs; /* into bytes, until sealed */
    size_t offs_cap;
} stmts_t;

/* Reads statements from an open corpus until `max` are held (0 = no limit) or it ends
 * (*eof); *pos is the byte offset in the file of the end of the last one. A bad statement stops reading (false, message printed) unless skip_bad, which
 * counts it. Call stmts_seal before using the items. */
bool stmts_read(stmts_t *s, stance_corpus_t *c, size_t max, bool skip_bad, uint64_t *skipped,
                uint64_t *pos, bool *eof);
/* Makes the items' pointers valid (after the last stmts_read). */
void stmts_seal(stmts_t *s);
void stmts_clear(stmts_t *s);
void stmts_free(stmts_t *s);

/* A set of label names, kept in the order of first appearance until sorted. */
typedef struct label_set {
    char *names[STANCE_MAX_LABELS];
    size_t n;
} label_set_t;
/* Index of a label in the set, adding it if new; SIZE_MAX when the set is full or out of
 * memory. */
size_t label_set_index(label_set_t *ls, const char *name, size_t len);
void label_set_sort(label_set_t *ls);
void label_set_free(label_set_t *ls);

#endif
