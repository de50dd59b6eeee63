#include "stmts.h"

#include <stdlib.h>
#include <string.h>

static bool put(stmts_t *s, const char *p, size_t n, size_t *off)
{
    if (!cli_grow((void **)&s->bytes, &s->bytes_cap, s->used + n + 1, 1))
        return false;
    memcpy(s->bytes + s->used, p, n);
    s->bytes[s->used + n] = '\0';
    *off = s->used;
    s->used += n + 1;
    return true;
}

static bool add(stmts_t *s, const stance_record_t *r)
{
    if (!cli_grow((void **)&s->items, &s->cap, s->n + 1, sizeof *s->items) ||
        !cli_grow((void **)&s->offs, &s->offs_cap, s->n + 1, sizeof *s->offs))
        return false;
    struct stmt_offsets *o = &s->offs[s->n];
    stmt_t *it = &s->items[s->n];
    memset(it, 0, sizeof *it);
    it->label_len = r->label_len;
    it->text_len = r->text_len;
    it->line = r->line;
    /* file names repeat: store one copy per run of the same file */
    size_t fl = strlen(r->file);
    bool same = s->n > 0 && strcmp(s->bytes + s->offs[s->n - 1].file, r->file) == 0;
    if (same)
        o->file = s->offs[s->n - 1].file;
    else if (!put(s, r->file, fl, &o->file))
        return false;
    if (!put(s, r->label, r->label_len, &o->label) || !put(s, r->text, r->text_len, &o->text))
        return false;
    s->n++;
    return true;
}

bool stmts_read(stmts_t *s, stance_corpus_t *c, size_t max, bool skip_bad, uint64_t *skipped,
                uint64_t *pos, bool *eof)
{
    *eof = false;
    while (max == 0 || s->n < max) {
        stance_record_t r;
        stance_error_t err;
        int done = 0;
        stance_status_t st = stance_corpus_next(c, &r, &done, &err);
        if (st == STANCE_OK && done) {
            *eof = true;
            return true;
        }
        if (st != STANCE_OK) {
            if (skip_bad && st != STANCE_E_IO && st != STANCE_E_NOMEM) {
                cli_skipped(err.msg, ++*skipped);
                continue;
            }
            cli_error("%s", err.msg);
            if (st != STANCE_E_IO && st != STANCE_E_NOMEM) /* what becomes of the run */
                cli_note("stopped at the first bad input, so nothing was written; --skip-bad "
                         "leaves bad lines and files out and goes on");
            return false;
        }
        if (!add(s, &r)) {
            cli_error("out of memory");
            return false;
        }
        *pos = r.offset + r.text_len;
    }
    return true;
}

void stmts_seal(stmts_t *s)
{
    for (size_t i = 0; i < s->n; i++) {
        s->items[i].label = s->bytes + s->offs[i].label;
        s->items[i].text = s->bytes + s->offs[i].text;
        s->items[i].file = s->bytes + s->offs[i].file;
    }
}

void stmts_clear(stmts_t *s)
{
    s->n = 0;
    s->used = 0;
}

void stmts_free(stmts_t *s)
{
    free(s->items);
    free(s->bytes);
    free(s->offs);
    memset(s, 0, sizeof *s);
}

size_t label_set_index(label_set_t *ls, const char *name, size_t len)
{
    for (size_t i = 0; i < ls->n; i++)
        if (strlen(ls->names[i]) == len && memcmp(ls->names[i], name, len) == 0)
            return i;
    if (ls->n == STANCE_MAX_LABELS)
        return SIZE_MAX;
    char *copy = malloc(len + 1);
    if (!copy)
        return SIZE_MAX;
    memcpy(copy, name, len);
    copy[len] = '\0';
    ls->names[ls->n] = copy;
    return ls->n++;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void label_set_sort(label_set_t *ls)
{
    qsort(ls->names, ls->n, sizeof ls->names[0], cmp_names);
}

void label_set_free(label_set_t *ls)
{
    for (size_t i = 0; i < ls->n; i++)
        free(ls->names[i]);
    ls->n = 0;
}
