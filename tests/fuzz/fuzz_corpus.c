/* Fuzz target: the corpus reader on any bytes, in every format.
 *
 * Input: byte 0 chooses the format and options, the rest is the file.
 *   bits 0-2: format (TSV, fastText, lines, document, a folder per label; 5-7 wrap)
 *   bit 3: STANCE_REPLACE_INVALID
 *   bits 4-5: statement limit (default, 8, 64, 1024 bytes)
 * For the folder format the rest is split at 0xFF bytes into files; each file's first byte
 * picks its label folder (a, b or c), in a corpus folder of its own.
 * Properties: every record lies inside its file, has a label exactly in the labeled formats
 * and respects the limit; every error names a line; reading always ends, after at most one
 * call per input byte (plus one per file); a label folder left without a file is refused
 * when the corpus is opened; no fastText text holds a word beginning with __label__. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include "fuzz.h"

#include <stance.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char workdir[64];

/* Empties the label folders a, b and c of the corpus folder `dirs` (only the files this
 * target makes in them), and removes the folders too, or makes sure they exist. The corpus
 * folder holds nothing else: the other formats' input file beside the label folders would be
 * refused. */
static void reset_label_dirs(int remove_dirs)
{
    char path[128];
    snprintf(path, sizeof path, "%s/dirs", workdir);
    if (!remove_dirs)
        mkdir(path, 0700);
    for (const char *l = "abc"; *l; l++) {
        for (int i = 0; i < 64; i++) {
            snprintf(path, sizeof path, "%s/dirs/%c/%02d.txt", workdir, *l, i);
            unlink(path);
        }
        snprintf(path, sizeof path, "%s/dirs/%c", workdir, *l);
        if (remove_dirs)
            rmdir(path);
        else
            mkdir(path, 0700);
    }
    if (remove_dirs) {
        snprintf(path, sizeof path, "%s/dirs", workdir);
        rmdir(path);
    }
}

static void remove_workdir(void)
{
    reset_label_dirs(1);
    char path[128];
    snprintf(path, sizeof path, "%s/input", workdir);
    unlink(path);
    rmdir(workdir);
}

static int ensure_workdir(void)
{
    if (workdir[0])
        return 0;
    const char *tmp = getenv("TMPDIR");
    snprintf(workdir, sizeof workdir, "%.40s/stance-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(workdir)) {
        workdir[0] = '\0';
        return -1;
    }
    atexit(remove_workdir);
    return 0;
}

static int write_file(const char *path, const uint8_t *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int bad = len > 0 && fwrite(data, 1, len, f) != len;
    return (fclose(f) != 0 || bad) ? -1 : 0;
}

/* Lays out the folder format; returns the number of files written, or -1, and sets bit i of
 * *filled when label folder i (a, b, c) got a file. */
static int write_dirs(const uint8_t *data, size_t len, unsigned *filled)
{
    reset_label_dirs(0);
    char path[128];
    int files = 0;
    size_t pos = 0;
    *filled = 0;
    while (pos < len && files < 64) {
        const uint8_t *end = memchr(data + pos, 0xFF, len - pos);
        size_t chunk = end ? (size_t)(end - (data + pos)) : len - pos;
        if (chunk > 0) {
            unsigned label = data[pos] % 3u;
            snprintf(path, sizeof path, "%s/dirs/%c/%02d.txt", workdir, "abc"[label], files);
            if (write_file(path, data + pos + 1, chunk - 1) != 0)
                return -1;
            *filled |= 1u << label;
            files++;
        }
        pos += chunk + 1;
    }
    return files;
}

/* Whether a word of the text begins with __label__ (which fastText reads as a label). */
static int label_word_in(const char *text, size_t len)
{
    static const char prefix[] = "__label__";
    const size_t pl = sizeof prefix - 1;
    for (size_t k = 0; k + pl <= len; k++)
        if ((k == 0 || memchr(" \t\v\f\r", text[k - 1], 5)) && memcmp(text + k, prefix, pl) == 0)
            return 1;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || ensure_workdir() != 0)
        return 0;
    static const stance_corpus_format_t formats[8] = {
        STANCE_CORPUS_TSV,      STANCE_CORPUS_FASTTEXT, STANCE_CORPUS_LINES, STANCE_CORPUS_DOCUMENT,
        STANCE_CORPUS_DIRS,     STANCE_CORPUS_TSV,      STANCE_CORPUS_FASTTEXT, STANCE_CORPUS_LINES};
    static const size_t limits[4] = {0, 8, 64, 1024};
    stance_corpus_opts_t opts = STANCE_CORPUS_OPTS_INIT;
    opts.format = formats[data[0] & 7u];
    opts.flags = (data[0] & 8u) ? STANCE_REPLACE_INVALID : 0;
    opts.max_statement_bytes = limits[(data[0] >> 4) & 3u];
    size_t limit = opts.max_statement_bytes ? opts.max_statement_bytes : (size_t)16 << 20;
    const uint8_t *body = data + 1;
    size_t len = size - 1;

    char path[128];
    int files = 1;
    unsigned filled = 0;
    if (opts.format == STANCE_CORPUS_DIRS) {
        snprintf(path, sizeof path, "%s/dirs", workdir);
        files = write_dirs(body, len, &filled);
        if (files < 0)
            return 0;
    } else {
        snprintf(path, sizeof path, "%s/input", workdir);
        if (write_file(path, body, len) != 0)
            return 0;
    }
    int labeled = opts.format == STANCE_CORPUS_TSV || opts.format == STANCE_CORPUS_FASTTEXT ||
                  opts.format == STANCE_CORPUS_DIRS;

    stance_corpus_t *c = NULL;
    stance_error_t err;
    stance_status_t st = stance_corpus_open(&c, path, &opts, &err);
    if (opts.format == STANCE_CORPUS_DIRS && filled != 7u) {
        /* no statements, or a label with none, is refused up front */
        FUZZ_CHECK(st == STANCE_E_EMPTY && c == NULL && err.msg[0] != '\0');
        return 0;
    }
    FUZZ_CHECK(st == STANCE_OK);
    size_t calls = 0;
    for (;;) {
        FUZZ_CHECK(++calls <= len + (size_t)files + 2);
        stance_record_t rec;
        int done = 0;
        st = stance_corpus_next(c, &rec, &done, &err);
        FUZZ_CHECK(err.status == st);
        if (st == STANCE_OK && done)
            break;
        if (st == STANCE_OK) {
            FUZZ_CHECK(rec.text_len <= limit && rec.text_len <= len);
            FUZZ_CHECK(rec.text_len == 0 || rec.text != NULL);
            FUZZ_CHECK(rec.file != NULL && rec.line >= 1);
            FUZZ_CHECK(labeled ? (rec.label != NULL && rec.label_len > 0) : rec.label == NULL);
            if (opts.format != STANCE_CORPUS_DIRS)
                FUZZ_CHECK(rec.offset + rec.text_len <= len);
            FUZZ_CHECK(rec.invalid_at == STANCE_NO_OFFSET || opts.flags != 0);
            if (opts.format == STANCE_CORPUS_FASTTEXT)
                FUZZ_CHECK(!label_word_in(rec.text, rec.text_len));
            continue;
        }
        FUZZ_CHECK(st == STANCE_E_PARSE || st == STANCE_E_BAD_UTF8 || st == STANCE_E_LIMIT ||
                   st == STANCE_E_IO);
        FUZZ_CHECK(err.msg[0] != '\0');
        if (st == STANCE_E_IO)
            break;
        FUZZ_CHECK(err.line >= 1);
    }
    stance_corpus_close(c);
    return 0;
}
