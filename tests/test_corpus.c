/* Corpus and text readers: every format, and every kind of bad line with file:line:offset. */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[4096];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "%s", temp_dir());
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *write_file(const char *name, const char *data, size_t len)
{
    static char path[4400]; /* dir, a slash and a name of up to 255 bytes */
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(data, 1, len, fp), len);
    fclose(fp);
    return path;
}

/* Reads everything; renders records as "label|text@line:offset" and errors as
 * "!status@line:offset", joined by newlines. */
static const char *read_all(const char *path, stance_corpus_format_t fmt, uint32_t flags,
                            size_t max)
{
    static char out[8192];
    size_t pos = 0;
    out[0] = '\0';
    stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
    o.format = fmt;
    o.flags = flags;
    o.max_statement_bytes = max;
    stance_corpus_t *c = NULL;
    stance_error_t err;
    if (stance_corpus_open(&c, path, &o, &err) != STANCE_OK) {
        snprintf(out, sizeof out, "open: %s", err.msg);
        return out;
    }
    for (int guard = 0; guard < 100; guard++) {
        stance_record_t r;
        int done = 0;
        stance_status_t st = stance_corpus_next(c, &r, &done, &err);
        if (st == STANCE_E_IO || st == STANCE_E_NOMEM) {
            pos += (size_t)snprintf(out + pos, sizeof out - pos, "fatal %d", st);
            break;
        }
        if (done)
            break;
        if (st != STANCE_OK) {
            /* the message names the file and the line */
            char where[64];
            snprintf(where, sizeof where, ":%llu: ", (unsigned long long)err.line);
            assert_non_null(strstr(err.msg, where));
            pos += (size_t)snprintf(out + pos, sizeof out - pos, "!%d@%llu:%llu\n", st,
                                    (unsigned long long)err.line,
                                    (unsigned long long)err.offset);
            continue;
        }
        pos += (size_t)snprintf(out + pos, sizeof out - pos, "%.*s|%.*s@%llu:%llu%s\n",
                                (int)r.label_len, r.label ? r.label : "",
                                (int)(r.text_len > 100 ? 100 : r.text_len), r.text, (unsigned long long)r.line,
                                (unsigned long long)r.offset,
                                r.invalid_at != STANCE_NO_OFFSET ? " (invalid)" : "");
    }
    stance_corpus_close(c);
    return out;
}

static void tsv(void **state)
{
    (void)state;
    static const char data[] = "# a comment\n"
                               "hostile\tWe protest.\n"
                               "\n"
                               "conciliatory\tWe hope\tto talk.\r\n"
                               "no tab on this line\n"
                               "\tempty label\n"
                               "hostile\t   \n"
                               "bad\x01label\ttext\n"
                               "hostile\tlast line without newline";
    const char *p = write_file("a.tsv", data, sizeof data - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_TSV, 0, 0),
                        "hostile|We protest.@2:20\n"
                        "conciliatory|We hope\tto talk.@4:46\n"
                        "!-16@5:64\n"
                        "!-16@6:84\n"
                        "!-16@7:105\n" /* the empty text, after the TAB */
                        "!-16@8:109\n"
                        "hostile|last line without newline@9:132\n");
    /* no options: the defaults, TSV, as the loaders and trainers take NULL */
    stance_corpus_t *c = NULL;
    assert_int_equal(stance_corpus_open(&c, p, NULL, NULL), STANCE_OK);
    stance_record_t rec;
    int done = 0;
    assert_int_equal(stance_corpus_next(c, &rec, &done, NULL), STANCE_OK);
    assert_false(done);
    assert_memory_equal(rec.label, "hostile", 7);
    stance_corpus_close(c);
}

static void bom_and_utf8(void **state)
{
    (void)state;
    static const char data[] = "\xEF\xBB\xBFhostile\tok\n"
                               "hostile\tbad \xFF byte\n"
                               "hostile\tnul \0 byte\n";
    const char *p = write_file("b.tsv", data, sizeof data - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_TSV, 0, 0),
                        "hostile|ok@1:11\n"
                        "!-3@2:26\n" /* invalid UTF-8 at its byte */
                        "!-16@3:45\n");
    assert_string_equal(read_all(p, STANCE_CORPUS_TSV, STANCE_REPLACE_INVALID, 0),
                        "hostile|ok@1:11\n"
                        "hostile|bad \xFF byte@2:22 (invalid)\n"
                        "!-16@3:45\n");
}

/* Line endings a user's files really have: CRLF, and CR CR LF (a CRLF file converted again)
 * end a line; a CR alone ends none (a file of old Mac line endings would be one statement),
 * so it is an error at its byte, not text. A byte-order mark at the start of any line (files
 * joined with cat, the second with a BOM) is not text, so it never becomes part of a label. */
static void carriage_returns_and_joined_boms(void **state)
{
    (void)state;
    static const char crlf[] = "hostile\tWe protest.\r\r\n"
                               "\xEF\xBB\xBFhostile\tJoined after a BOM.\n"
                               "conciliatory\tWe hope.\r\n";
    const char *p = write_file("crlf.tsv", crlf, sizeof crlf - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_TSV, 0, 0),
                        "hostile|We protest.@1:8\n"
                        "hostile|Joined after a BOM.@2:33\n"
                        "conciliatory|We hope.@3:66\n");
    static const char mac[] = "hostile\tWe protest.\rconciliatory\tWe hope.\r";
    p = write_file("mac.tsv", mac, sizeof mac - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_TSV, 0, 0), "!-16@1:19\n");
    stance_corpus_t *c = NULL;
    stance_error_t err;
    assert_int_equal(stance_corpus_open(&c, p, NULL, &err), STANCE_OK);
    stance_record_t rec;
    int done = 0;
    assert_int_equal(stance_corpus_next(c, &rec, &done, &err), STANCE_E_PARSE);
    assert_non_null(strstr(err.msg, "mac.tsv:1: carriage return at byte offset 19"));
    assert_non_null(strstr(err.msg, "old Mac line endings"));
    stance_corpus_close(c);
    static const char lines[] = "A.\rB.\r\nC.\n\xEF\xBB\xBF" "D.\n";
    p = write_file("mac.txt", lines, sizeof lines - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_LINES, 0, 0),
                        "!-16@1:2\n"
                        "|C.@2:7\n"
                        "|D.@3:13\n");
    static const char fast[] = "__label__a x\r__label__b y\n";
    p = write_file("mac.ft", fast, sizeof fast - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_FASTTEXT, 0, 0), "!-16@1:12\n");
}

static void fasttext(void **state)
{
    (void)state;
    static const char data[] = "__label__hostile We protest.\n"
                               "__label__a __label__b two labels\n"
                               "no label here\n"
                               "  __label__conciliatory   spaced out\n"
                               "__label__hostile\n";
    const char *p = write_file("c.txt", data, sizeof data - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_FASTTEXT, 0, 0),
                        "hostile|We protest.@1:17\n"
                        "!-16@2:40\n" /* at the second label */
                        "!-16@3:62\n"
                        "conciliatory|spaced out@4:102\n"
                        "!-16@5:129\n");
}

/* fastText takes every word that begins with __label__ as a label, wherever it is: one after
 * the text is a second label, refused at its byte, not trained as words. */
static void fasttext_label_in_text(void **state)
{
    (void)state;
    static const char data[] = "__label__hostile We reject this. __label__conciliatory\n"
                               "__label__a text\t__label__b\n"
                               "__label__a word__label__b stays a word\n"
                               "__label__a bare __label__\n"
                               "__label__conciliatory We welcome talks.\n";
    const char *p = write_file("label_in_text.txt", data, sizeof data - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_FASTTEXT, 0, 0),
                        "!-16@1:33\n"
                        "!-16@2:71\n"
                        "a|word__label__b stays a word@3:93\n"
                        "!-16@4:137\n"
                        "conciliatory|We welcome talks.@5:169\n");
    stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
    o.format = STANCE_CORPUS_FASTTEXT;
    stance_corpus_t *c = NULL;
    stance_error_t err;
    assert_int_equal(stance_corpus_open(&c, p, &o, &err), STANCE_OK);
    stance_record_t r;
    int done = 0;
    assert_int_equal(stance_corpus_next(c, &r, &done, &err), STANCE_E_PARSE);
    assert_non_null(strstr(err.msg, "label_in_text.txt:1: "));
    assert_non_null(strstr(err.msg, "__label__ at byte offset 33"));
    stance_corpus_close(c);
}

static void lines_and_document(void **state)
{
    (void)state;
    static const char data[] = "first line\n\n  \nsecond\n";
    const char *p = write_file("d.txt", data, sizeof data - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_LINES, 0, 0), "|first line@1:0\n|second@4:15\n");
    assert_string_equal(read_all(p, STANCE_CORPUS_DOCUMENT, 0, 0),
                        "|first line\n\n  \nsecond\n@1:0\n");
    /* an empty file is one empty document, and no lines */
    const char *e = write_file("empty.txt", "", 0);
    assert_string_equal(read_all(e, STANCE_CORPUS_LINES, 0, 0), "");
    assert_string_equal(read_all(e, STANCE_CORPUS_DOCUMENT, 0, 0), "|@1:0\n");
}

/* A line of spaces is blank whatever space it holds: NBSP, ideographic space, the line and
 * paragraph separators, zero-width space, a stray BOM. Blank lines are skipped in lines mode,
 * and a TSV line whose text is blank is an empty text, as with ASCII spaces. */
static void unicode_spaces_are_blank(void **state)
{
    (void)state;
    static const char lines[] = "\xC2\xA0\n"         /* NO-BREAK SPACE */
                                "\xE3\x80\x80 \t\n"  /* IDEOGRAPHIC SPACE */
                                "\xE2\x80\xA8\xE2\x80\xA9\n" /* LINE, PARAGRAPH SEPARATOR */
                                "\xE2\x80\x8B\xEF\xBB\xBF\n" /* ZERO WIDTH SPACE, BOM */
                                "\xE2\x80\x83\xE1\x9A\x80\xC2\x85\n" /* EM SPACE, OGHAM, NEL */
                                "\xC2\xA0word\xC2\xA0\n";
    const char *p = write_file("u.txt", lines, sizeof lines - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_LINES, 0, 0),
                        "|\xC2\xA0word\xC2\xA0@6:32\n");
    static const char tsv_data[] = "hostile\t\xC2\xA0\xE3\x80\x80\n"
                                   "hostile\t\xC2\xA0no\n";
    p = write_file("u.tsv", tsv_data, sizeof tsv_data - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_TSV, 0, 0),
                        "!-16@1:8\n"
                        "hostile|\xC2\xA0no@2:22\n");
}

/* An error inside a whole file names the line of the bad byte, not the first line. */
static void document_errors_name_their_line(void **state)
{
    (void)state;
    static const char bad[] = "We welcome the talks.\nWe condemn \xFF it.\n";
    const char *p = write_file("bad.txt", bad, sizeof bad - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_DOCUMENT, 0, 0), "!-3@2:33\n");
    static const char nul[] = "\xEF\xBB\xBFok.\n\nbad \0 x\n";
    p = write_file("nul.txt", nul, sizeof nul - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_DOCUMENT, 0, 0), "!-16@3:12\n");
}

/* A line of 300 a's, then ten statements with a NUL byte, each followed by a line "ok"
 * (371 bytes, into buf of 512 at least); its length. */
static size_t nul_statements(char *buf)
{
    memset(buf, 'a', 300);
    buf[300] = '\n';
    size_t n = 301;
    for (int i = 0; i < 10; i++) {
        memcpy(buf + n, "x\0y\nok\n", 7);
        n += 7;
    }
    return n;
}

/* A NUL byte in text costs its statement and reading goes on; a file that is binary data (a
 * NUL among many bytes text does not hold in its first block, or NUL bytes statement after
 * statement) gives one error and ends; so does a UTF-16 file. */
static void binary_files_and_stray_nuls(void **state)
{
    (void)state;
    static const char stray[] = "first\nstray \0 byte\nlast\n";
    const char *p = write_file("stray.txt", stray, sizeof stray - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_LINES, 0, 0),
                        "|first@1:0\n!-16@2:12\n|last@3:19\n");
    static const char stray_tsv[] = "a\tfirst\nb\tnul \0\na\tlast\n";
    p = write_file("stray.tsv", stray_tsv, sizeof stray_tsv - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_TSV, 0, 0),
                        "a|first@1:2\n!-16@2:14\na|last@3:18\n");

    /* a header of NULs and control bytes, then text: binary from the start */
    char bin[256];
    memset(bin, 0, 64);
    for (int i = 0; i < 64; i += 4)
        bin[i] = (char)(i % 3 == 0 ? 0x01 : 0x90);
    memcpy(bin + 64, "\nreadable\n", 10);
    p = write_file("bin.dat", bin, 74);
    assert_string_equal(read_all(p, STANCE_CORPUS_LINES, 0, 0), "!-16@1:1\n");
    assert_string_equal(read_all(p, STANCE_CORPUS_LINES, STANCE_REPLACE_INVALID, 0),
                        "!-16@1:1\n");
    assert_string_equal(read_all(p, STANCE_CORPUS_DOCUMENT, 0, 0), "!-16@1:1\n");
    assert_string_equal(read_all(p, STANCE_CORPUS_TSV, 0, 0), "!-16@1:1\n");

    /* NUL bytes in eight statements of a file that starts as text: binary from the eighth */
    char many[512];
    size_t n = nul_statements(many);
    p = write_file("many.txt", many, n);
    const char *got = read_all(p, STANCE_CORPUS_LINES, 0, 0);
    assert_string_equal(strchr(got, '\n') + 1, /* after the line of a's */
                        "!-16@2:302\n|ok@3:305\n!-16@4:309\n|ok@5:312\n!-16@6:316\n|ok@7:319\n"
                        "!-16@8:323\n|ok@9:326\n!-16@10:330\n|ok@11:333\n!-16@12:337\n|ok@13:340\n"
                        "!-16@14:344\n|ok@15:347\n!-16@16:351\n");

    /* UTF-16 and UTF-32: one error, at the byte-order mark */
    static const char le[] = "\xff\xfeh\0i\0\n\0t\0w\0o\0\n\0";
    p = write_file("le.txt", le, sizeof le - 1);
    assert_string_equal(read_all(p, STANCE_CORPUS_LINES, 0, 0), "!-16@1:0\n");
}

static const char *first_error(const char *path, stance_corpus_format_t fmt, size_t max);

/* A message names the file by as much of its path as the message has room for, and never
 * loses its own end to a long path: the path gives way, from its start. */
static void long_paths_leave_the_message_whole(void **state)
{
    (void)state;
    char sub[4400];
    snprintf(sub, sizeof sub, "%s/%s", dir,
             "a-folder-with-a-rather-long-name-as-archives-of-news-often-have-2026-12-07");
    assert_int_equal(mkdir(sub, 0700), 0);
    char many[512];
    size_t n = nul_statements(many);
    const char *p = write_file("a-folder-with-a-rather-long-name-as-archives-of-news-often-have-"
                               "2026-12-07/statements-of-the-day.txt",
                               many, n);
    /* the eighth statement with a NUL: the longest message the reader gives */
    stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
    o.format = STANCE_CORPUS_LINES;
    stance_corpus_t *c = NULL;
    stance_error_t err;
    assert_int_equal(stance_corpus_open(&c, p, &o, &err), STANCE_OK);
    char last[sizeof err.msg] = "";
    for (;;) {
        stance_record_t r;
        int done = 0;
        stance_status_t st = stance_corpus_next(c, &r, &done, &err);
        if (st == STANCE_OK && done)
            break;
        if (st != STANCE_OK)
            snprintf(last, sizeof last, "%s", err.msg);
    }
    stance_corpus_close(c);
    const char *end = "nothing more is read from this file";
    size_t len = strlen(last), tail = strlen(end);
    assert_true(len > tail);
    assert_string_equal(last + len - tail, end);
    assert_non_null(strstr(last, "statements-of-the-day.txt:16: NUL byte at offset 351"));
    assert_memory_equal(last, "...", 3); /* the path's start gave way */
}

/* A line longer than the limit is reported and skipped; reading goes on. */
static void overlong_lines(void **state)
{
    (void)state;
    size_t big = 300000;
    char *data = malloc(big + 64);
    memcpy(data, "short\n", 6);
    memset(data + 6, 'x', big);
    memcpy(data + 6 + big, "\nafter\n", 7);
    const char *p = write_file("e.txt", data, big + 13);
    char expect[128];
    snprintf(expect, sizeof expect, "|short@1:0\n!-10@2:6\n|after@3:%zu\n", big + 7);
    assert_string_equal(read_all(p, STANCE_CORPUS_LINES, 0, 1000), expect);
    /* with room enough the long line is read whole */
    const char *all = read_all(p, STANCE_CORPUS_LINES, 0, 0);
    assert_non_null(strstr(all, "xxxx@2:6\n|after"));
    assert_string_equal(read_all(p, STANCE_CORPUS_DOCUMENT, 0, 1000), "!-10@1:0\n");
    /* a line only a little over the limit (well within one read block) is caught too */
    const char *q = write_file("f.txt", "tiny\nforty bytes of text, give or take some\nend\n", 48);
    assert_string_equal(read_all(q, STANCE_CORPUS_LINES, 0, 20), "|tiny@1:0\n!-10@2:5\n|end@3:44\n");
    /* so is a whole file only a little over it (found by fuzz_corpus: the read buffer is one
     * block larger than the limit, and a document that fit in it was passed) */
    assert_string_equal(read_all(q, STANCE_CORPUS_DOCUMENT, 0, 20), "!-10@1:0\n");
    assert_string_equal(read_all(q, STANCE_CORPUS_DOCUMENT, STANCE_REPLACE_INVALID, 20), "!-10@1:0\n");
    assert_string_equal(read_all(q, STANCE_CORPUS_DOCUMENT, 0, 48), "|tiny\nforty bytes of text, give or take some\nend\n@1:0\n");
    free(data);
    /* in a labeled format the limit holds for the line, label and TAB included: the message
     * says so rather than call the line a statement of that length */
    const char *t = write_file("t.tsv", "hostile\ttwenty bytes of text\n", 29);
    assert_string_equal(first_error(t, STANCE_CORPUS_TSV, 20),
                        "1: line of 28 bytes (label and text), longer than the limit of 20");
}

/* The message of the first statement refused, "" when none is. */
static const char *first_error(const char *path, stance_corpus_format_t fmt, size_t max)
{
    static char msg[sizeof ((stance_error_t *)0)->msg];
    msg[0] = '\0';
    stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
    o.format = fmt;
    o.max_statement_bytes = max;
    stance_corpus_t *c = NULL;
    stance_error_t err;
    assert_int_equal(stance_corpus_open(&c, path, &o, &err), STANCE_OK);
    for (;;) {
        stance_record_t r;
        int done = 0;
        stance_status_t st = stance_corpus_next(c, &r, &done, &err);
        if (st != STANCE_OK) {
            snprintf(msg, sizeof msg, "%s", strchr(err.msg, ':') + 1);
            break;
        }
        if (done)
            break;
    }
    stance_corpus_close(c);
    return msg;
}

/* The limit applies to the statement as it is returned, the same in every format: a line's
 * CR and the byte-order mark of the first line are not part of it; the message gives the
 * statement's length. */
static void limits_measure_the_statement(void **state)
{
    (void)state;
    /* 30 bytes of text, as CRLF, after a byte-order mark, or both */
    const char *crlf = write_file("crlf.txt", "000000000000000000000000000000\r\n", 32);
    assert_string_equal(read_all(crlf, STANCE_CORPUS_LINES, 0, 30),
                        "|000000000000000000000000000000@1:0\n");
    assert_string_equal(first_error(crlf, STANCE_CORPUS_LINES, 29),
                        "1: statement of 30 bytes, longer than the limit of 29");
    const char *bom = write_file("bom.txt", "\xEF\xBB\xBF" "000000000000000000000000000000\r\n", 35);
    assert_string_equal(read_all(bom, STANCE_CORPUS_LINES, 0, 30),
                        "|000000000000000000000000000000@1:3\n");
    assert_string_equal(first_error(bom, STANCE_CORPUS_LINES, 29),
                        "1: statement of 30 bytes, longer than the limit of 29");
    /* a document is the whole file less its byte-order mark: 32 bytes */
    assert_string_equal(first_error(bom, STANCE_CORPUS_DOCUMENT, 32), "");
    assert_string_equal(first_error(bom, STANCE_CORPUS_DOCUMENT, 31),
                        "1: file of 32 bytes, longer than the limit of 31");
    /* a line far over the limit is measured while it is skipped, its CR left out even when
     * the CR is the last byte of a block thrown away (65,545 bytes fill the buffer with a
     * limit of 10) */
    size_t sizes[] = {65545, 65546, 300000};
    for (size_t i = 0; i < 3; i++) {
        char *data = malloc(sizes[i] + 16);
        memcpy(data, "\xEF\xBB\xBF", 3);
        memset(data + 3, 'x', sizes[i]);
        memcpy(data + 3 + sizes[i], "\r\nok\n", 6);
        const char *p = write_file("long.txt", data, sizes[i] + 9);
        char want[128];
        snprintf(want, sizeof want, "1: statement of %zu bytes, longer than the limit of 10",
                 sizes[i]);
        assert_string_equal(first_error(p, STANCE_CORPUS_LINES, 10), want);
        snprintf(want, sizeof want, "1: file of %zu bytes, longer than the limit of 10",
                 sizes[i] + 6);
        assert_string_equal(first_error(p, STANCE_CORPUS_DOCUMENT, 10), want);
        free(data);
    }
    /* a last line without a newline that ends where a buffer's worth was thrown away is
     * reported too (it used to vanish) */
    for (size_t k = 1; k <= 4; k++) {
        size_t size = k * 65536 + (k == 4 ? 1 : 0);
        char *data = malloc(size);
        memset(data, 'x', size);
        const char *p = write_file("end.txt", data, size);
        char want[128];
        snprintf(want, sizeof want, "1: statement of %zu bytes, longer than the limit of 10",
                 size);
        assert_string_equal(first_error(p, STANCE_CORPUS_LINES, 10), want);
        free(data);
    }
}

static void folders(void **state)
{
    (void)state;
    char root[4300], sub[4400];
    snprintf(root, sizeof root, "%s/dirs", dir);
    assert_int_equal(mkdir(root, 0700), 0);
    snprintf(sub, sizeof sub, "%s/hostile", root);
    assert_int_equal(mkdir(sub, 0700), 0);
    snprintf(sub, sizeof sub, "%s/conciliatory", root);
    assert_int_equal(mkdir(sub, 0700), 0);
    write_file("dirs/hostile/2.txt", "We protest.\n", 12);
    write_file("dirs/hostile/1.txt", "Shame.", 6);
    write_file("dirs/hostile/.hidden", "skipped", 7);
    write_file("dirs/conciliatory/a.txt", "Welcome back.", 13);
    write_file("dirs/.DS_Store", "hidden", 6); /* hidden entries are not corpus */
    snprintf(sub, sizeof sub, "%s/hostile/.git", root);
    assert_int_equal(mkdir(sub, 0700), 0);
    assert_string_equal(read_all(root, STANCE_CORPUS_DIRS, 0, 0),
                        "conciliatory|Welcome back.@1:0\n"
                        "hostile|Shame.@1:0\n"
                        "hostile|We protest.\n@1:0\n");
    /* a file given where a folder is expected, and the other way round */
    assert_non_null(strstr(read_all(write_file("f.tsv", "x\ty\n", 4), STANCE_CORPUS_DIRS, 0, 0),
                           "cannot open folder"));
    assert_non_null(strstr(read_all(root, STANCE_CORPUS_TSV, 0, 0), "is a folder"));
}

/* Makes dir/<root> and, under it, each entry: a folder when the name ends in '/', otherwise
 * a file holding a statement. Returns the root's path. */
static const char *make_tree(const char *root, const char *const *entries)
{
    static char top[4300];
    snprintf(top, sizeof top, "%s/%s", dir, root);
    assert_int_equal(mkdir(top, 0700), 0);
    for (; *entries; entries++) {
        char name[256]; /* the test's own short names */
        snprintf(name, sizeof name, "%s/%s", root, *entries);
        size_t n = strlen(name);
        if (name[n - 1] == '/') {
            char full[8800];
            snprintf(full, sizeof full, "%s/%.*s", dir, (int)(n - 1), name);
            assert_int_equal(mkdir(full, 0700), 0);
        } else {
            write_file(name, "We protest.", 11);
        }
    }
    return top;
}

/* Opens a folder corpus that must be refused: returns the status, the message in msg. */
static stance_status_t open_refused(const char *root, char msg[200])
{
    stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
    o.format = STANCE_CORPUS_DIRS;
    stance_corpus_t *c = NULL;
    stance_error_t err;
    stance_status_t st = stance_corpus_open(&c, root, &o, &err);
    stance_corpus_close(c);
    assert_int_not_equal(st, STANCE_OK);
    assert_null(c);
    assert_int_equal(err.status, st);
    snprintf(msg, 200, "%s", err.msg);
    return st;
}

/* A file beside the label folders has no label: refused by name, not dropped. */
static void folder_file_beside_label_folders(void **state)
{
    (void)state;
    const char *root =
        make_tree("loose", (const char *const[]){"hostile/", "hostile/a.txt", "readme.txt", NULL});
    char msg[200];
    assert_int_equal(open_refused(root, msg), STANCE_E_PARSE);
    assert_non_null(strstr(msg, "loose/readme.txt"));
    assert_non_null(strstr(msg, "not in a label folder"));
}

/* A folder inside a label folder is not read (statements are the files directly in a label
 * folder): refused by name, not dropped with everything in it. */
static void folder_inside_label_folder(void **state)
{
    (void)state;
    const char *root = make_tree("nested", (const char *const[]){"hostile/", "hostile/a.txt",
                                                                  "hostile/2024/",
                                                                  "hostile/2024/b.txt", NULL});
    char msg[200];
    assert_int_equal(open_refused(root, msg), STANCE_E_PARSE);
    assert_non_null(strstr(msg, "nested/hostile/2024"));
    assert_non_null(strstr(msg, "folder inside a label folder"));
}

/* A label folder with no statement (or only hidden files) would leave its label out of the
 * model without a word. */
static void empty_label_folder(void **state)
{
    (void)state;
    char msg[200];
    const char *root = make_tree("empty", (const char *const[]){"hostile/", "hostile/a.txt",
                                                                 "neutral/", NULL});
    assert_int_equal(open_refused(root, msg), STANCE_E_EMPTY);
    assert_non_null(strstr(msg, "empty/neutral"));
    assert_non_null(strstr(msg, "no statement files"));
    root = make_tree("hidden_only", (const char *const[]){"hostile/", "hostile/a.txt",
                                                           "neutral/", "neutral/.DS_Store", NULL});
    assert_int_equal(open_refused(root, msg), STANCE_E_EMPTY);
    assert_non_null(strstr(msg, "hidden_only/neutral"));
    /* and a root with nothing in it, as before */
    root = make_tree("bare", (const char *const[]){NULL});
    assert_int_equal(open_refused(root, msg), STANCE_E_EMPTY);
    assert_non_null(strstr(msg, "holds no label folders"));
}

/* Entries that are neither a file nor a folder: a link to nothing, a FIFO. */
static void folder_entry_not_a_file(void **state)
{
    (void)state;
    char msg[200], where[4400];
    const char *root =
        make_tree("dangling", (const char *const[]){"hostile/", "hostile/a.txt", NULL});
    snprintf(where, sizeof where, "%s/hostile/gone.txt", root);
    assert_int_equal(symlink("no-such-file", where), 0);
    assert_int_equal(open_refused(root, msg), STANCE_E_IO);
    assert_non_null(strstr(msg, "dangling/hostile/gone.txt"));
    assert_non_null(strstr(msg, "No such file"));
    root = make_tree("fifo", (const char *const[]){"hostile/", "hostile/a.txt", NULL});
    snprintf(where, sizeof where, "%s/hostile/pipe", root);
    assert_int_equal(mkfifo(where, 0600), 0);
    assert_int_equal(open_refused(root, msg), STANCE_E_PARSE);
    assert_non_null(strstr(msg, "fifo/hostile/pipe"));
    assert_non_null(strstr(msg, "a FIFO"));
}

static void missing_file(void **state)
{
    (void)state;
    const char *r = read_all("/nonexistent/corpus.tsv", STANCE_CORPUS_TSV, 0, 0);
    assert_non_null(strstr(r, "/nonexistent/corpus.tsv"));
    assert_non_null(strstr(r, "No such file"));
}

/* A file cut shorter while it is read (truncated by its writer, rotated by a log tool) ends
 * in a statement cut short: an error, naming the file and the sizes, rather than a statement
 * labeled as if whole (a blind review at scale saw one, exit 0). */
static void a_file_that_shrinks_while_read(void **state)
{
    (void)state;
    static char text[200000];
    size_t n = 0;
    while (n + 40 < sizeof text)
        n += (size_t)snprintf(text + n, sizeof text - n, "hostile\tWe condemn attack %zu.\n", n);
    const char *path = write_file("shrinks.tsv", text, n);
    stance_corpus_t *c = NULL;
    stance_error_t err;
    assert_int_equal(stance_corpus_open(&c, path, NULL, &err), STANCE_OK);
    stance_record_t rec;
    int done = 0;
    assert_int_equal(stance_corpus_next(c, &rec, &done, &err), STANCE_OK);
    assert_int_equal(truncate(path, 100001), 0); /* mid-line, past the first block */
    stance_status_t st = STANCE_OK;
    size_t records = 1;
    while (st == STANCE_OK && !done) {
        st = stance_corpus_next(c, &rec, &done, &err);
        records += st == STANCE_OK && !done;
    }
    assert_int_equal(st, STANCE_E_IO);
    assert_non_null(strstr(err.msg, "shrinks.tsv"));
    assert_non_null(strstr(err.msg, "changed while it was read"));
    assert_true(records > 1000);
    stance_corpus_close(c);
}

/* Found by fuzz_corpus: after a bad line, the next call that succeeds (a record, or the end
 * of the input) must report success in the error detail too, as every call taking a
 * stance_error_t promises. */
static void error_detail_cleared_after_success(void **state)
{
    (void)state;
    static const char text[] = "no tab here\nhostile\tWe condemn it.\nno tab again\n";
    const char *path = write_file("e.tsv", text, sizeof text - 1);
    stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
    stance_corpus_t *c = NULL;
    stance_error_t err;
    assert_int_equal(stance_corpus_open(&c, path, &o, &err), STANCE_OK);
    stance_record_t r;
    int done = 0;
    assert_int_equal(stance_corpus_next(c, &r, &done, &err), STANCE_E_PARSE);
    assert_int_equal(err.status, STANCE_E_PARSE);
    assert_int_equal(stance_corpus_next(c, &r, &done, &err), STANCE_OK);
    assert_false(done);
    assert_int_equal(err.status, STANCE_OK);
    assert_string_equal(err.msg, "");
    assert_int_equal(stance_corpus_next(c, &r, &done, &err), STANCE_E_PARSE);
    assert_int_equal(stance_corpus_next(c, &r, &done, &err), STANCE_OK);
    assert_true(done);
    assert_int_equal(err.status, STANCE_OK);
    assert_string_equal(err.msg, "");
    stance_corpus_close(c);
}

/* A pipe fed a line at a time: the reader returns each line as it comes (it does not wait to
 * fill a block), and calls the on-wait hook just before it waits for more, once, never while
 * the input has something to read. Here the hook is the producer: it writes the next line
 * and closes the pipe. */
typedef struct feed {
    int fd;
    unsigned calls;
} feed_t;

static void feed_more(void *arg)
{
    feed_t *f = arg;
    f->calls++;
    assert_int_equal(write(f->fd, "second\n", 7), 7);
    close(f->fd);
}

static void a_pipe_is_read_as_it_comes(void **state)
{
    (void)state;
    int p[2];
    assert_int_equal(pipe(p), 0);
    assert_int_equal(write(p[1], "first\n", 6), 6);
    char path[64];
    snprintf(path, sizeof path, "/dev/fd/%d", p[0]);
    stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
    o.format = STANCE_CORPUS_LINES;
    stance_corpus_t *c = NULL;
    assert_int_equal(stance_corpus_open(&c, path, &o, NULL), STANCE_OK);
    feed_t f = {p[1], 0};
    stance_corpus_on_wait(c, feed_more, &f);
    stance_corpus_on_wait(NULL, feed_more, &f); /* accepted, does nothing */
    alarm(20); /* a reader that waits for a whole block would hang here */
    stance_record_t r;
    int done = 0;
    assert_int_equal(stance_corpus_next(c, &r, &done, NULL), STANCE_OK);
    assert_false(done);
    assert_memory_equal(r.text, "first", 5);
    assert_int_equal(f.calls, 0); /* it had a line to return */
    assert_int_equal(stance_corpus_next(c, &r, &done, NULL), STANCE_OK);
    assert_false(done);
    assert_memory_equal(r.text, "second", 6);
    assert_int_equal(f.calls, 1);
    assert_int_equal(stance_corpus_next(c, &r, &done, NULL), STANCE_OK);
    assert_true(done);
    alarm(0);
    assert_int_equal(f.calls, 1); /* the end of the input is not a wait */
    stance_corpus_close(c);
    close(p[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_pipe_is_read_as_it_comes),
        cmocka_unit_test(tsv),
        cmocka_unit_test(bom_and_utf8),
        cmocka_unit_test(carriage_returns_and_joined_boms),
        cmocka_unit_test(fasttext),
        cmocka_unit_test(fasttext_label_in_text),
        cmocka_unit_test(lines_and_document),
        cmocka_unit_test(unicode_spaces_are_blank),
        cmocka_unit_test(document_errors_name_their_line),
        cmocka_unit_test(binary_files_and_stray_nuls),
        cmocka_unit_test(long_paths_leave_the_message_whole),
        cmocka_unit_test(overlong_lines),
        cmocka_unit_test(limits_measure_the_statement),
        cmocka_unit_test(folders),
        cmocka_unit_test(folder_file_beside_label_folders),
        cmocka_unit_test(folder_inside_label_folder),
        cmocka_unit_test(empty_label_folder),
        cmocka_unit_test(folder_entry_not_a_file),
        cmocka_unit_test(missing_file),
        cmocka_unit_test(a_file_that_shrinks_while_read),
        cmocka_unit_test(error_detail_cleared_after_success),
    };
    return cmocka_run_group_tests_name("corpus", tests, setup, teardown);
}
