/* Labeled statements read from corpora and kept in memory (a batch of them, or a whole corpus
 * for cross-validation): one growable byte store, with pointers fixed once reading stops. */
#ifndef STANCE_STMTS_H
#define STANCE_STMTS_H

#include "folds.h"

typedef struct stmts {
    stmt_t *items;
    size_t n, cap;
    char *bytes;
    size_t used, bytes_cap;
    struct stmt_offsets { size_t label, text, file; } *offs; /* into bytes, until sealed */
    size_t offs_cap;
} stmts_t;

/* Reads statements from an open corpus until `max` are held (0 = no limit) or it ends
 * (*eof). A bad statement stops reading (false, message printed) unless skip_bad, which
 * counts it. Call stmts_seal before using the items. */
bool stmts_read(stmts_t *s, stance_corpus_t *c, size_t max, bool skip_bad, uint64_t *skipped,
                uint64_t *bytes, bool *eof);
/* Makes the items' pointers valid (after the last stmts_read). */
void stmts_seal(stmts_t *s);
void stmts_clear(stmts_t *s);
void stmts_free(stmts_t *s);

#endif
