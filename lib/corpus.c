/* Streaming readers for corpora and text files: TSV, fastText, a folder per label, a
 * statement per line, or a file per statement. Lines are read in blocks into one buffer that
 * grows only up to the longest statement allowed; errors carry file, line and offset. */
#define _POSIX_C_SOURCE 200809L
#include "io.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_MAX_STATEMENT ((size_t)16 << 20)
#define BLOCK ((size_t)64 << 10)
/* Binary data, not text: a file whose first block holds a NUL byte and at least
 * NOT_TEXT_MIN bytes that text does not hold, one in NOT_TEXT_SHARE of its bytes or more (an
 * image, an archive, compressed or UTF-16 text), or a file in which NUL_STATEMENTS_BINARY
 * statements within NUL_STATEMENTS_REACH lines have held NUL bytes. One NUL in text (a stray
 * byte from a crashed writer or a bad copy) costs only its statement, and so do a few now and
 * then in a long feed. */
#define NOT_TEXT_SHARE 16
#define NOT_TEXT_MIN 8
#define NUL_STATEMENTS_BINARY 8
#define NUL_STATEMENTS_REACH 100

typedef struct dir_entry {
    char *path;  /* the file */
    char *label; /* its sub-folder's name */
} dir_entry_t;

struct stance_corpus {
    stance_allocator_t alloc;
    stance_corpus_format_t format;
    uint32_t flags;
    size_t max;
    char *path;       /* the file being read now */
    FILE *fp;
    bool own_fp;
    /* buffered lines: data in buf[start, end), buf[start] is at file offset `offset` */
    char *buf;
    size_t cap, start, end;
    uint64_t offset, line;
    uint64_t skip_offset; /* start of the overlong line being skipped */
    bool skip_bom;        /* it starts with the file's byte-order mark */
    bool skip_last_cr;    /* the last byte thrown away of it is a CR */
    int64_t start_pos;    /* where reading began in the file, or -1 when it cannot be told */
    int64_t size_at_open; /* a regular file's size when it was opened, or -1 */
    bool eof, skipping, whole_file_done;
    bool first_block_read; /* the file's first block is read and judged */
    bool rest_skipped;     /* binary data: the rest of the file is not read */
    unsigned nul_statements; /* statements of this file refused for a NUL byte */
    uint64_t nul_lines[NUL_STATEMENTS_BINARY]; /* the lines of the last ones, a ring */
    void (*on_wait)(void *); /* stance_corpus_on_wait() */
    void *on_wait_arg;
    bool may_wait;           /* the file is a pipe, a FIFO or a terminal: a read may wait */
    /* folders */
    dir_entry_t *entries;
    size_t n_entries, next_entry;
    const char *label; /* label of the current file (folders) */
    char label_nfc[STANCE_MAX_LABEL_BYTES + 1]; /* the record's label, composed (NFC) */
};

static stance_status_t rec_fail(stance_corpus_t *c, stance_error_t *err, stance_status_t st,
                                uint64_t line, uint64_t offset, const char *fmt, ...)
    STANCE_PRINTF(6, 7);

static stance_status_t rec_fail(stance_corpus_t *c, stance_error_t *err, stance_status_t st,
                                uint64_t line, uint64_t offset, const char *fmt, ...)
{
    if (!err)
        return st;
    char what[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    /* the room the message's own words and the line's number leave the path */
    char pb[STANCE_MSG_PATH_BYTES], num[32];
    int used = snprintf(num, sizeof num, ":%llu: ", (unsigned long long)line) + (int)strlen(what);
    const size_t room = sizeof err->msg - 1 > (size_t)used ? sizeof err->msg - 1 - (size_t)used : 0;
    stance__fail(err, st, offset, "%s%s%s", stance__msg_path_fit(c->path, room, pb), num, what);
    err->line = line;
    return st;
}

static void close_file(stance_corpus_t *c)
{
    if (c->fp && c->own_fp)
        fclose(c->fp);
    c->fp = NULL;
    c->start = c->end = 0;
    c->offset = c->line = 0;
    c->eof = c->skipping = c->skip_bom = c->skip_last_cr = c->whole_file_done = false;
    c->start_pos = -1;
    c->first_block_read = c->rest_skipped = false;
    c->nul_statements = 0;
}

void stance_corpus_close(stance_corpus_t *c)
{
    if (!c)
        return;
    const stance_allocator_t a = c->alloc;
    close_file(c);
    for (size_t i = 0; i < c->n_entries; i++) {
        stance__free(&a, c->entries[i].path);
        stance__free(&a, c->entries[i].label);
    }
    stance__free(&a, c->entries);
    if (c->format != STANCE_CORPUS_DIRS)
        stance__free(&a, c->path);
    stance__free(&a, c->buf);
    stance__free(&a, c);
}

static stance_status_t open_file(stance_corpus_t *c, const char *path, stance_error_t *err)
{
    close_file(c);
    if (strcmp(path, "-") == 0) {
        c->fp = stdin;
        c->own_fp = false;
    } else {
        c->fp = fopen(path, "rb");
        c->own_fp = true;
        if (!c->fp) {
            char text[80], pb[STANCE_MSG_PATH_BYTES];
            return stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET, "cannot open '%s': %s",
                                stance__msg_path(path, pb),
                                stance__errno_text(errno, text, sizeof text));
        }
        struct stat sb;
        if (fstat(fileno(c->fp), &sb) == 0 && S_ISDIR(sb.st_mode)) {
            char pb[STANCE_MSG_PATH_BYTES];
            close_file(c);
            bool labeled = c->format == STANCE_CORPUS_TSV || c->format == STANCE_CORPUS_FASTTEXT;
            return stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET,
                                "'%s' is a folder, not a file%s", stance__msg_path(path, pb),
                                labeled ? " (a folder per label is the folder format)" : "");
        }
    }
    off_t pos = ftello(c->fp); /* -1 for a pipe */
    c->start_pos = pos >= 0 ? (int64_t)pos : -1;
    struct stat sb;
    const bool known = fstat(fileno(c->fp), &sb) == 0;
    c->may_wait = known && !S_ISREG(sb.st_mode);
    c->size_at_open = known && S_ISREG(sb.st_mode) ? (int64_t)sb.st_size : -1;
    return STANCE_OK;
}

static int cmp_str(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static char *join(const stance_allocator_t *a, const char *dir, const char *name)
{
    size_t dl = strlen(dir), nl = strlen(name);
    char *p = stance__malloc(a, dl + nl + 2);
    if (p) {
        memcpy(p, dir, dl);
        p[dl] = '/';
        memcpy(p + dl + 1, name, nl + 1);
    }
    return p;
}

/* Sorted names of the visible entries of a folder. Hidden ones (".", "..", and such as
 * .DS_Store or .git, which tools leave behind) are not corpus and are left out. */
static stance_status_t list_dir(const stance_allocator_t *a, const char *dir, char ***out,
                                size_t *n_out, stance_error_t *err)
{
    *out = NULL;
    *n_out = 0;
    DIR *d = opendir(dir);
    if (!d) {
        char text[80], pb[STANCE_MSG_PATH_BYTES];
        return stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET, "cannot open folder '%s': %s",
                            stance__msg_path(dir, pb),
                            stance__errno_text(errno, text, sizeof text));
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    bool nomem = false;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        char *name = stance__strndup(a, e->d_name, strlen(e->d_name));
        if (!name || !stance__reserve(a, (void **)&names, &cap, n + 1, sizeof *names)) {
            stance__free(a, name);
            nomem = true;
            break;
        }
        names[n++] = name;
    }
    closedir(d);
    if (nomem) {
        for (size_t i = 0; i < n; i++)
            stance__free(a, names[i]);
        stance__free(a, names);
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    }
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    *out = names;
    *n_out = n;
    return STANCE_OK;
}

static void free_names(const stance_allocator_t *a, char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        stance__free(a, names[i]);
    stance__free(a, names);
}

/* Fails unless `path` is a folder (a label folder, in the corpus folder) or a regular file (a
 * statement, in a label folder): anything else there would not be read, and a researcher
 * must not lose a statement or a label without being told. */
static stance_status_t check_entry(const char *path, bool label_folder, stance_error_t *err)
{
    char pb[STANCE_MSG_PATH_BYTES];
    struct stat sb;
    if (stat(path, &sb) != 0) { /* e.g. a symbolic link to nothing */
        char text[80];
        return stance__fail(err, STANCE_E_IO, STANCE_NO_OFFSET, "cannot read '%s': %s",
                            stance__msg_path(path, pb),
                            stance__errno_text(errno, text, sizeof text));
    }
    if (label_folder && S_ISREG(sb.st_mode))
        return stance__fail(err, STANCE_E_PARSE, STANCE_NO_OFFSET,
                            "'%s' is a file, not in a label folder: it has no label",
                            stance__msg_path(path, pb));
    if (!label_folder && S_ISDIR(sb.st_mode))
        return stance__fail(err, STANCE_E_PARSE, STANCE_NO_OFFSET,
                            "'%s' is a folder inside a label folder; a label folder holds "
                            "only statement files",
                            stance__msg_path(path, pb));
    if (label_folder ? !S_ISDIR(sb.st_mode) : !S_ISREG(sb.st_mode))
        return stance__fail(err, STANCE_E_PARSE, STANCE_NO_OFFSET,
                            "'%s' is %s, not a %s", stance__msg_path(path, pb),
                            stance__file_kind(sb.st_mode),
                            label_folder ? "label folder" : "statement file");
    return STANCE_OK;
}

/* Lists root/<label>/<file> for every label folder, in sorted order. Every visible entry is
 * read or refused: the first one that cannot be read, by sorted path, fails the opening. */
static stance_status_t list_corpus_dirs(stance_corpus_t *c, const char *root, stance_error_t *err)
{
    const stance_allocator_t *a = &c->alloc;
    char **labels, pb[STANCE_MSG_PATH_BYTES];
    size_t n_labels;
    stance_status_t st = list_dir(a, root, &labels, &n_labels, err);
    if (st != STANCE_OK)
        return st;
    size_t cap = 0;
    for (size_t l = 0; l < n_labels && st == STANCE_OK; l++) {
        char *dir = join(a, root, labels[l]);
        if (!dir) {
            st = STANCE_E_NOMEM;
            break;
        }
        char **files = NULL;
        size_t n_files = 0;
        st = check_entry(dir, true, err);
        /* the label is the folder's name composed (NFC: macOS names decompose accents) */
        char label[STANCE_MAX_LABEL_BYTES + 1], why[96];
        size_t ll = stance__label_nfc(labels[l], strlen(labels[l]), label);
        if (st == STANCE_OK && !stance__label_fault(ll ? label : labels[l],
                                                    ll ? ll : strlen(labels[l]), why,
                                                    sizeof why))
            st = stance__fail(err, STANCE_E_PARSE, STANCE_NO_OFFSET,
                              "%s/%.64s: folder name is not a usable label: it %s",
                              stance__msg_path(root, pb), labels[l], why);
        if (st == STANCE_OK)
            st = list_dir(a, dir, &files, &n_files, err);
        /* an empty label folder would leave its label out of the model without a word */
        if (st == STANCE_OK && n_files == 0)
            st = stance__fail(err, STANCE_E_EMPTY, STANCE_NO_OFFSET,
                              "'%s' holds no statement files: every label folder needs one",
                              stance__msg_path(dir, pb));
        for (size_t f = 0; f < n_files && st == STANCE_OK; f++) {
            dir_entry_t e = {join(a, dir, files[f]), NULL};
            if (!e.path) {
                st = STANCE_E_NOMEM;
                break;
            }
            st = check_entry(e.path, false, err);
            if (st == STANCE_OK &&
                (!(e.label = stance__strndup(a, label, ll)) ||
                 !stance__reserve(a, (void **)&c->entries, &cap, c->n_entries + 1,
                                  sizeof *c->entries)))
                st = STANCE_E_NOMEM;
            if (st != STANCE_OK) {
                stance__free(a, e.path);
                stance__free(a, e.label);
                break;
            }
            c->entries[c->n_entries++] = e;
        }
        free_names(a, files, n_files);
        stance__free(a, dir);
    }
    free_names(a, labels, n_labels);
    if (st == STANCE_E_NOMEM)
        return stance__fail(err, st, STANCE_NO_OFFSET, "out of memory");
    if (st == STANCE_OK && c->n_entries == 0)
        return stance__fail(err, STANCE_E_EMPTY, STANCE_NO_OFFSET,
                            "'%s' holds no label folders with files", stance__msg_path(root, pb));
    return st;
}

stance_status_t stance_corpus_open(stance_corpus_t **out, const char *path,
                                   const stance_corpus_opts_t *opts, stance_error_t *err)
{
    if (out)
        *out = NULL;
    if (!out || !path)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET, "out or path is NULL");
    static const stance_corpus_opts_t defaults = STANCE_CORPUS_OPTS_INIT;
    if (!opts)
        opts = &defaults;
    if (opts->version != STANCE_CORPUS_OPTS_VERSION || opts->format > STANCE_CORPUS_DOCUMENT ||
        (opts->flags & ~(uint32_t)STANCE_REPLACE_INVALID))
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "corpus options: unknown version, format or flags");
    if (opts->format == STANCE_CORPUS_DIRS && strcmp(path, "-") == 0)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "the folder format cannot read standard input");
    stance_allocator_t a;
    stance__alloc_init(&a, opts->alloc);
    stance_corpus_t *c = stance__calloc(&a, 1, sizeof *c);
    if (!c)
        return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    c->alloc = a;
    c->format = opts->format;
    c->flags = opts->flags;
    c->max = opts->max_statement_bytes ? opts->max_statement_bytes : DEFAULT_MAX_STATEMENT;
    stance_status_t st;
    if (c->format == STANCE_CORPUS_DIRS) {
        st = list_corpus_dirs(c, path, err);
    } else {
        c->path = stance__strndup(&a, path, strlen(path));
        st = c->path ? open_file(c, path, err) : STANCE_E_NOMEM;
    }
    if (st != STANCE_OK) {
        stance_corpus_close(c);
        return st == STANCE_E_NOMEM && (!err || err->status != st)
                   ? stance__fail(err, st, STANCE_NO_OFFSET, "out of memory")
                   : st;
    }
    stance__ok(err);
    *out = c;
    return STANCE_OK;
}

/* Reads more of the file into the buffer, growing it up to max + 1 bytes of one line. */
static stance_status_t fill(stance_corpus_t *c, stance_error_t *err)
{
    if (c->start > 0) {
        memmove(c->buf, c->buf + c->start, c->end - c->start);
        c->end -= c->start;
        c->start = 0;
    }
    if (c->end == c->cap) {
        size_t want = c->cap ? c->cap * 2 : BLOCK;
        if (want > c->max + BLOCK)
            want = c->max + BLOCK;
        if (want <= c->cap)
            return STANCE_E_LIMIT; /* the caller handles an overlong line */
        if (!stance__reserve(&c->alloc, (void **)&c->buf, &c->cap, want, 1))
            return stance__fail(err, STANCE_E_NOMEM, STANCE_NO_OFFSET, "out of memory");
    }
    /* read(2), not fread: from a pipe it returns what has come, so a line is read as soon as
     * it is written (fread would wait for a whole buffer, and a reader fed a line at a time
     * would see nothing until its input ended); from a file it reads the same blocks. */
    if (c->on_wait && c->may_wait) { /* nothing to read now: the caller's moment to write */
        struct pollfd p = {fileno(c->fp), POLLIN, 0};
        if (poll(&p, 1, 0) == 0)
            c->on_wait(c->on_wait_arg);
    }
    ssize_t got;
    do
        got = read(fileno(c->fp), c->buf + c->end, c->cap - c->end);
    while (got < 0 && errno == EINTR);
    if (got < 0) {
        char text[80], pb[STANCE_MSG_PATH_BYTES];
        return stance__fail(err, STANCE_E_IO, c->offset, "cannot read '%s': %s",
                            stance__msg_path(c->path, pb),
                            stance__errno_text(errno, text, sizeof text));
    }
    if (got == 0) {
        c->eof = true;
        /* a file cut shorter while it is read (truncated, rotated) ends in a statement cut
         * short: said, not labeled as if whole (a file that grows is read as far as it goes) */
        const uint64_t read_to = c->offset + (uint64_t)(c->end - c->start);
        if (c->size_at_open >= 0 && c->start_pos >= 0 &&
            read_to < (uint64_t)(c->size_at_open - c->start_pos)) {
            const long long had = (long long)c->size_at_open;
            c->size_at_open = -1; /* said once */
            return rec_fail(c, err, STANCE_E_IO, c->line + 1, c->offset,
                            "the file changed while it was read: it ended at byte %llu, and "
                            "held %lld bytes when it was opened; this statement may be cut "
                            "short",
                            (unsigned long long)read_to, had);
        }
    }
    c->end += (size_t)got;
    return STANCE_OK;
}

/* Whether the n bytes at s open with UTF-8's byte-order mark, which a corpus line or document
 * does not count as its text. */
static bool starts_with_bom(const char *s, size_t n)
{
    return n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0;
}

/* What the limit measures, as a message names it: the statement, or in a labeled format the
 * line that holds label and statement. */
static const char *measured(const stance_corpus_t *c)
{
    return c->format == STANCE_CORPUS_TSV || c->format == STANCE_CORPUS_FASTTEXT ? "line"
                                                                                 : "statement";
}

static const char *measured_note(const stance_corpus_t *c)
{
    return measured(c)[0] == 'l' ? " (label and text)" : "";
}

/* The overlong line that was being skipped ends `n` bytes into the buffer (at its newline or
 * the end of the file): reported with its length, as the statement it would have been. */
static stance_status_t skipped_line(stance_corpus_t *c, size_t n, stance_error_t *err)
{
    uint64_t len = c->offset + n - c->skip_offset;
    bool cr = n ? c->buf[c->start + n - 1] == '\r' : c->skip_last_cr;
    len -= (cr ? 1 : 0) + (c->skip_bom ? 3 : 0);
    c->skipping = false;
    c->line++;
    c->start += n;
    c->offset += n;
    return rec_fail(c, err, STANCE_E_LIMIT, c->line, c->skip_offset + (c->skip_bom ? 3 : 0),
                    "%s of %llu bytes%s, longer than the limit of %zu", measured(c),
                    (unsigned long long)len, measured_note(c), c->max);
}

/* The next line without its newline, its CRs and a byte-order mark that opens it, or
 * *done at the end of the file. A line whose statement is longer than the limit is consumed
 * and reported as STANCE_E_LIMIT; one longer than the buffer is measured as it is thrown
 * away. */
static stance_status_t next_line(stance_corpus_t *c, char **line, size_t *len, uint64_t *off,
                                 int *done, stance_error_t *err)
{
    for (;;) {
        char *nl = c->end > c->start ? memchr(c->buf + c->start, '\n', c->end - c->start) : NULL;
        if (c->skipping && (nl || c->eof)) {
            stance_status_t st =
                skipped_line(c, nl ? (size_t)(nl - (c->buf + c->start)) : c->end - c->start, err);
            if (nl) { /* its newline */
                c->start++;
                c->offset++;
            }
            return st;
        }
        if (nl || (c->eof && c->end > c->start)) {
            size_t n = nl ? (size_t)(nl - (c->buf + c->start)) : c->end - c->start;
            char *s = c->buf + c->start;
            uint64_t at = c->offset;
            /* a BOM opens any line (files joined with cat); CR CR LF is a CRLF file
             * converted once more: both are line ends, neither is text */
            size_t bom = starts_with_bom(s, n) ? 3 : 0;
            size_t text = n - bom;
            while (text > 0 && s[bom + text - 1] == '\r')
                text--;
            c->line++;
            c->start += n + (nl ? 1 : 0);
            c->offset += n + (nl ? 1 : 0);
            if (text > c->max)
                return rec_fail(c, err, STANCE_E_LIMIT, c->line, at + bom,
                                "%s of %zu bytes%s, longer than the limit of %zu",
                                measured(c), text, measured_note(c), c->max);
            *line = s + bom;
            *len = text;
            *off = at + bom;
            return STANCE_OK;
        }
        if (c->eof) {
            *done = 1;
            return STANCE_OK;
        }
        stance_status_t st = fill(c, err);
        if (st == STANCE_E_LIMIT) {
            /* No newline within the buffer: throw its bytes away, counting them. */
            if (!c->skipping) {
                c->skip_offset = c->offset;
                c->skip_bom = starts_with_bom(c->buf + c->start, c->end - c->start);
            }
            c->skip_last_cr = c->buf[c->end - 1] == '\r';
            c->offset += c->end - c->start;
            c->start = c->end = 0;
            c->skipping = true;
            continue;
        }
        if (st != STANCE_OK)
            return st;
    }
}

static bool blank(const char *s, size_t n)
{
    return stance__utf8_blank((const unsigned char *)s, n);
}

/* Takes the record's label, s[0..ll): composed (NFC) when a decomposed accent would make it
 * another label, then judged; refused with the reason, the label shown by its first 40 bytes
 * (cut between characters, and "..."). */
static stance_status_t take_label(stance_corpus_t *c, stance_record_t *rec, const char *s,
                                  size_t ll, uint64_t off, stance_error_t *err)
{
    if (stance__label_plain(s, ll)) { /* most are: no composing for every line */
        rec->label = s;
        rec->label_len = ll;
        return STANCE_OK;
    }
    size_t composed = stance__label_nfc(s, ll, c->label_nfc);
    if (composed && (composed != ll || memcmp(c->label_nfc, s, ll) != 0)) {
        s = c->label_nfc;
        ll = composed;
    }
    char why[96];
    if (!stance__label_fault(s, ll, why, sizeof why)) {
        size_t shown = ll > 40 ? 40 : ll;
        while (shown < ll && shown > 0 && ((unsigned char)s[shown] & 0xC0) == 0x80)
            shown--;
        return rec_fail(c, err, STANCE_E_PARSE, rec->line, off, "label '%.*s%s' %s",
                        (int)shown, s, shown < ll ? "..." : "", why);
    }
    rec->label = s;
    rec->label_len = ll;
    return STANCE_OK;
}

/* The line of byte s[pos] in a record's text that starts on line `first`: a whole file is one
 * record, and an error inside it is reported at its own line. */
static uint64_t line_of(const char *s, size_t pos, uint64_t first)
{
    uint64_t line = first;
    for (const char *p = s, *end = s + pos; (p = memchr(p, '\n', (size_t)(end - p))); p++)
        line++;
    return line;
}

/* Bytes that text does not hold: NUL, the control characters other than tab, line feed,
 * vertical tab, form feed, carriage return and escape (coloured terminal logs), DEL, and
 * each byte of invalid UTF-8. */
static size_t not_text_bytes(const unsigned char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n;) {
        unsigned b = s[i];
        if (b >= 0x80) {
            int32_t cp;
            size_t k = stance__utf8_decode(s + i, n - i, &cp);
            count += k == 0;
            i += k ? k : 1;
            continue;
        }
        count += (b < 0x20 && !(b >= '\t' && b <= '\r') && b != 0x1B) || b == 0x7F;
        i++;
    }
    return count;
}

/* Reads the file's first block and refuses, once, a file that is not UTF-8 text: UTF-16 or
 * UTF-32 (named as such), or binary data. The rest of such a file is not read: every
 * statement made of it would be garbage. */
/* Whether the first n bytes read may be the start of binary data or of a UTF-16 or UTF-32
 * byte-order mark, which the rest of the block decides. */
static bool may_not_be_text(const unsigned char *u, size_t n)
{
    return (n && memchr(u, '\0', n)) || (n && n < 4 && (u[0] == 0xFF || u[0] == 0xFE));
}

static stance_status_t first_block(stance_corpus_t *c, stance_error_t *err)
{
    stance_status_t st = fill(c, err);
    /* A pipe gives what has come, and the file is judged on its first block as a file read
     * whole is: a first piece that may not be text waits for the block to fill (or the input
     * to end); text is judged at once, so a line fed to a pipe is answered as it comes. */
    while (st == STANCE_OK && !c->eof && c->end < c->cap &&
           may_not_be_text((const unsigned char *)c->buf, c->end))
        st = fill(c, err);
    if (st != STANCE_OK)
        return st; /* judged on the next call, if there is one */
    c->first_block_read = true;
    const unsigned char *u = (const unsigned char *)c->buf;
    const size_t n = c->end; /* the buffer holds the file from offset 0 */
    if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF) ||
                   (n >= 4 && !u[0] && !u[1] && u[2] == 0xFE && u[3] == 0xFF))) {
        bool wide = (n >= 4 && u[0] == 0xFF && !u[2] && !u[3]) || !u[0];
        c->rest_skipped = true;
        return rec_fail(c, err, STANCE_E_PARSE, 1, 0,
                        "starts with a UTF-%s byte-order mark (%02X %02X): the file is UTF-%s, "
                        "not UTF-8; convert it to UTF-8 (e.g. iconv -t UTF-8)",
                        wide ? "32" : "16", u[0], u[1], wide ? "32" : "16");
    }
    const unsigned char *nul = n ? memchr(u, '\0', n) : NULL;
    if (!nul)
        return STANCE_OK;
    size_t not_text = not_text_bytes(u, n);
    if (not_text < NOT_TEXT_MIN || not_text < n / NOT_TEXT_SHARE)
        return STANCE_OK; /* text with a stray NUL: its statement is refused when read */
    size_t at = (size_t)(nul - u);
    c->rest_skipped = true;
    return rec_fail(c, err, STANCE_E_PARSE, line_of(c->buf, at, 1), at,
                    "NUL byte at offset %zu: binary data, not text (%zu of the first %zu bytes "
                    "are not text); nothing more is read from this file",
                    at, not_text, n);
}

/* Checks the record's bytes: no NUL, valid UTF-8 unless replacement is on. */
static stance_status_t check_text(stance_corpus_t *c, stance_record_t *rec, const char *s,
                                  size_t n, uint64_t off, stance_error_t *err)
{
    /* one pass finds the first NUL or bad byte; a NUL after a bad byte still counts first */
    bool is_nul;
    size_t first = stance__utf8_check_text((const unsigned char *)s, n, &is_nul);
    const char *nul = is_nul ? s + first
                      : first < n ? memchr(s + first, '\0', n - first)
                                  : NULL;
    if (nul) {
        uint64_t line = line_of(s, (size_t)(nul - s), rec->line), at = off + (uint64_t)(nul - s);
        const unsigned k = c->nul_statements++ % NUL_STATEMENTS_BINARY;
        c->nul_lines[k] = line;
        /* the line of the statement NUL_STATEMENTS_BINARY - 1 NUL statements before this one */
        const uint64_t oldest = c->nul_lines[(k + 1) % NUL_STATEMENTS_BINARY];
        if (c->nul_statements < NUL_STATEMENTS_BINARY ||
            line - oldest >= NUL_STATEMENTS_REACH)
            return rec_fail(c, err, STANCE_E_PARSE, line, at, "NUL byte at offset %llu",
                            (unsigned long long)at);
        c->rest_skipped = true;
        return rec_fail(c, err, STANCE_E_PARSE, line, at,
                        "NUL byte at offset %llu: binary data, not text (NUL bytes in %d "
                        "statements within %d lines); nothing more is read from this file",
                        (unsigned long long)at, NUL_STATEMENTS_BINARY, NUL_STATEMENTS_REACH);
    }
    size_t bad = first;
    rec->invalid_at = STANCE_NO_OFFSET;
    if (bad < n) {
        if (!(c->flags & STANCE_REPLACE_INVALID))
            return rec_fail(c, err, STANCE_E_BAD_UTF8, line_of(s, bad, rec->line), off + bad,
                            "invalid UTF-8 at byte offset %llu",
                            (unsigned long long)(off + bad));
        rec->invalid_at = off + bad;
    }
    return STANCE_OK;
}

static stance_status_t parse_tsv(stance_corpus_t *c, stance_record_t *rec, char *s, size_t n,
                                 uint64_t off, stance_error_t *err)
{
    char *tab = memchr(s, '\t', n);
    if (!tab)
        return rec_fail(c, err, STANCE_E_PARSE, rec->line, off,
                        "no TAB between label and text");
    size_t ll = (size_t)(tab - s);
    if (ll == 0)
        return rec_fail(c, err, STANCE_E_PARSE, rec->line, off, "empty label");
    stance_status_t st = take_label(c, rec, s, ll, off, err);
    if (st != STANCE_OK)
        return st;
    rec->text = tab + 1;
    rec->text_len = n - ll - 1;
    if (blank(rec->text, rec->text_len))
        return rec_fail(c, err, STANCE_E_PARSE, rec->line, off + ll + 1, "empty text");
    return STANCE_OK;
}

/* The bytes fastText splits words at (a line holds no newline, and no NUL by now). */
static bool fasttext_space(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\v' || ch == '\f' || ch == '\r';
}

static stance_status_t parse_fasttext(stance_corpus_t *c, stance_record_t *rec, char *s,
                                      size_t n, uint64_t off, stance_error_t *err)
{
    static const char prefix[] = "__label__";
    const size_t pl = sizeof prefix - 1;
    size_t i = 0, labels = 0, second = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    while (i + pl <= n && memcmp(s + i, prefix, pl) == 0) {
        size_t j = i + pl;
        while (j < n && s[j] != ' ' && s[j] != '\t')
            j++;
        if (labels++ == 0) {
            rec->label = s + i + pl;
            rec->label_len = j - i - pl;
        } else if (labels == 2) {
            second = i;
        }
        i = j;
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
    }
    if (labels == 0)
        return rec_fail(c, err, STANCE_E_PARSE, rec->line, off,
                        "no __label__ at the start of the line");
    if (labels > 1)
        return rec_fail(c, err, STANCE_E_PARSE, rec->line, off + second,
                        "%zu labels on one line (the second at byte offset %llu); libstance "
                        "trains one label per statement",
                        labels, (unsigned long long)(off + second));
    /* fastText takes every word that begins with __label__ as a label, wherever it stands;
     * here one after the text would be trained as words of the first label's statement */
    size_t first_later = 0, later = 0;
    for (size_t k = i + 1; k + pl <= n; k++)
        if (fasttext_space(s[k - 1]) && memcmp(s + k, prefix, pl) == 0) {
            if (later == 0)
                first_later = k;
            later++;
        }
    if (later)
        return rec_fail(c, err, STANCE_E_PARSE, rec->line, off + first_later,
                        "%zu labels on one line (a __label__ at byte offset %llu, after the "
                        "text); libstance trains one label per statement",
                        labels + later, (unsigned long long)(off + first_later));
    stance_status_t st = take_label(c, rec, rec->label, rec->label_len, off, err);
    if (st != STANCE_OK)
        return st;
    rec->text = s + i;
    rec->text_len = n - i;
    if (blank(rec->text, rec->text_len))
        return rec_fail(c, err, STANCE_E_PARSE, rec->line, off + i, "empty text");
    return STANCE_OK;
}

/* Reads the whole current file as one statement. */
static stance_status_t whole_file(stance_corpus_t *c, stance_record_t *rec, int *done,
                                  stance_error_t *err)
{
    if (c->whole_file_done) {
        *done = 1;
        return STANCE_OK;
    }
    if (!c->first_block_read) {
        stance_status_t st = first_block(c, err);
        if (st == STANCE_E_PARSE)
            c->whole_file_done = true; /* not text: this file is done */
        if (st != STANCE_OK)
            return st;
    }
    /* The buffer stops growing a block past the limit; the text itself is checked below. */
    bool too_long = false;
    while (!c->eof && !too_long) {
        stance_status_t st = fill(c, err);
        too_long = st == STANCE_E_LIMIT;
        if (st != STANCE_OK && !too_long)
            return st;
    }
    c->whole_file_done = true;
    rec->line = 1;
    rec->offset = 0;
    rec->text = c->buf ? c->buf : "";
    rec->text_len = c->end;
    if (starts_with_bom(rec->text, rec->text_len)) {
        rec->text += 3;
        rec->text_len -= 3;
        rec->offset = 3;
    }
    if (too_long || rec->text_len > c->max) {
        /* Not read to its end: a regular file's size tells its length; a pipe's is unknown. */
        uint64_t len = rec->text_len;
        bool exact = !too_long;
        struct stat sb;
        if (too_long && c->start_pos >= 0 && fstat(fileno(c->fp), &sb) == 0 &&
            S_ISREG(sb.st_mode) && sb.st_size >= c->start_pos + (int64_t)rec->offset) {
            len = (uint64_t)(sb.st_size - c->start_pos) - rec->offset;
            exact = true;
        }
        return rec_fail(c, err, STANCE_E_LIMIT, 1, rec->offset,
                        "file of %s%llu bytes, longer than the limit of %zu",
                        exact ? "" : "at least ", (unsigned long long)len, c->max);
    }
    return check_text(c, rec, rec->text, rec->text_len, rec->offset, err);
}

void stance_corpus_on_wait(stance_corpus_t *corpus, void (*fn)(void *arg), void *arg)
{
    if (!corpus)
        return;
    corpus->on_wait = fn;
    corpus->on_wait_arg = arg;
}

stance_status_t stance_corpus_next(stance_corpus_t *c, stance_record_t *rec, int *done,
                                   stance_error_t *err)
{
    if (!c || !rec || !done)
        return stance__fail(err, STANCE_E_INVALID_ARG, STANCE_NO_OFFSET,
                            "corpus, rec or done is NULL");
    /* Success until a step fails: a record and the end of input both report OK. */
    stance__ok(err);
    *done = 0;
    memset(rec, 0, sizeof *rec);
    rec->invalid_at = STANCE_NO_OFFSET;
    if (c->format == STANCE_CORPUS_DIRS) {
        for (;;) {
            if (!c->fp || c->whole_file_done) {
                if (c->next_entry == c->n_entries) {
                    *done = 1;
                    return STANCE_OK;
                }
                const dir_entry_t *e = &c->entries[c->next_entry++];
                c->path = e->path;
                c->label = e->label;
                stance_status_t st = open_file(c, e->path, err);
                if (st != STANCE_OK)
                    return st;
            }
            rec->file = c->path;
            rec->label = c->label;
            rec->label_len = strlen(c->label);
            int end = 0;
            stance_status_t st = whole_file(c, rec, &end, err);
            if (st == STANCE_OK && !end && blank(rec->text, rec->text_len))
                st = rec_fail(c, err, STANCE_E_PARSE, 1, 0, "empty statement");
            if (st != STANCE_OK || !end)
                return st;
        }
    }
    rec->file = c->path;
    if (c->format == STANCE_CORPUS_DOCUMENT)
        return whole_file(c, rec, done, err);
    if (c->rest_skipped) {
        *done = 1;
        return STANCE_OK;
    }
    if (!c->first_block_read) {
        stance_status_t st = first_block(c, err);
        if (st != STANCE_OK)
            return st;
    }
    for (;;) {
        char *s = NULL;
        size_t n = 0;
        uint64_t off = 0;
        stance_status_t st = next_line(c, &s, &n, &off, done, err);
        if (st != STANCE_OK || *done)
            return st;
        rec->line = c->line;
        rec->offset = off;
        if (blank(s, n) || (c->format == STANCE_CORPUS_TSV && s[0] == '#'))
            continue;
        const char *cr = memchr(s, '\r', n);
        if (cr) /* else a file of CR line endings would be one statement, labels and all */
            return rec_fail(c, err, STANCE_E_PARSE, rec->line, off + (uint64_t)(cr - s),
                            "carriage return at byte offset %llu ends no line: a CR alone "
                            "(old Mac line endings) is not a line break; convert the line "
                            "endings to LF or CRLF",
                            (unsigned long long)(off + (uint64_t)(cr - s)));
        if ((st = check_text(c, rec, s, n, off, err)) != STANCE_OK)
            return st;
        switch (c->format) {
        case STANCE_CORPUS_TSV:
            st = parse_tsv(c, rec, s, n, off, err);
            break;
        case STANCE_CORPUS_FASTTEXT:
            st = parse_fasttext(c, rec, s, n, off, err);
            break;
        default:
            rec->text = s;
            rec->text_len = n;
            break;
        }
        if (st == STANCE_OK)
            rec->offset = off + (uint64_t)(rec->text - s);
        return st;
    }
}
