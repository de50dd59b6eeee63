/* stance classify as a user meets it: where its messages point, what a bad byte costs, how
 * statements are measured, and what reaches a terminal. */
#define _POSIX_C_SOURCE 200809L
#include "tool.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* A bad byte inside a document or an article is reported at its own line, as in lines mode:
 * the offset was right, the line was the one the statement starts on. */
static void bad_bytes_name_their_line(void **state)
{
    (void)state;
    static const char bad[] = "We welcome the talks.\nWe condemn \xff it.\n";
    write_file("b.txt", bad, sizeof bad - 1);
    static const char nul[] = "ok.\nbad \0 x\n";
    write_file("n.txt", nul, sizeof nul - 1);
    static const char *const modes[] = {"lines", "document", "quotes"};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(RUN(NULL, "classify", "--mode", modes[i], path("b.txt")), 0);
        expect_in(err, "b.txt:2: invalid UTF-8 at byte offset 33; bad bytes replaced");
        assert_int_equal(RUN(NULL, "classify", "--strict", "--mode", modes[i], path("b.txt")), 1);
        expect_in(err, "b.txt:2: invalid UTF-8 at byte offset 33");
        assert_int_equal(RUN(NULL, "classify", "--mode", modes[i], path("n.txt")), 1);
        expect_in(err, "n.txt:2: NUL byte at offset 8");
    }
    /* past ten warnings, the total of statements whose bytes were replaced is said at the
     * file's end (a blind review saw 20,000 such lines announced by ten warnings and no
     * count) */
    static char many[4096];
    size_t n = 0;
    for (int i = 0; i < 25; i++)
        n += (size_t)snprintf(many + n, sizeof many - n, "We condemn \xff attack %d.\n", i);
    write_file("many_bad.txt", many, n);
    assert_int_equal(RUN(NULL, "classify", path("many_bad.txt")), 0);
    expect_in(err, "(no more warnings for this file)");
    expect_in(err, "many_bad.txt: 25 statements in all had invalid UTF-8 replaced");
}

/* Writes the lines "We condemn attack N." for N = from..to into buf; returns their bytes. */
static size_t attack_lines(char *buf, size_t cap, int from, int to)
{
    size_t n = 0;
    for (int i = from; i <= to; i++) {
        int k = snprintf(buf + n, cap - n, "We condemn attack %d.\n", i);
        assert_true(k > 0 && (size_t)k < cap - n);
        n += (size_t)k;
    }
    return n;
}

/* The statements of a TSV output: its lines less the header. */
static size_t rows(const char *tsv)
{
    size_t n = 0;
    for (const char *p = tsv; (p = strchr(p, '\n')); p++)
        n++;
    return n ? n - 1 : 0;
}

/* A stray NUL byte in a text file costs the statement that holds it, not the rest of the
 * file: it is reported at its line and offset, the run goes on and fails at the end; with
 * --strict it stops there. */
static void a_stray_nul_costs_one_statement(void **state)
{
    (void)state;
    static char text[64 << 10];
    static const char head[] = "We welcome the talks.\nstray \0 byte\n";
    size_t n = sizeof head - 1;
    memcpy(text, head, n);
    n += attack_lines(text + n, sizeof text - n, 1, 1000);
    write_file("nm.txt", text, n);
    const char *j2[] = {"-j", "1", "-j", "2"};
    for (int j = 0; j < 2; j++) {
        assert_int_equal(RUN(NULL, "classify", j2[2 * j], j2[2 * j + 1], path("nm.txt")), 1);
        expect_in(err, "nm.txt:2: NUL byte at offset 28");
        assert_null(strstr(err, "binary"));
        assert_null(strstr(err, "skip"));
        assert_int_equal(rows(out), 1001);
        expect_in(out, "\tWe welcome the talks.\n");
        expect_in(out, "\tWe condemn attack 1000.\n");
    }
    assert_int_equal(RUN(NULL, "classify", "--strict", path("nm.txt")), 1);
    expect_in(err, "nm.txt:2: NUL byte at offset 28");
    assert_null(strstr(out, "attack 1."));
    /* a run that stops says what it did not read (a blind review got "out of memory" alone,
     * with 3 lines labeled of a file and the next file never read) */
    expect_in(err, "stopped at line 2 of ");
    expect_in(err, "nm.txt: the rest of it was not classified\n");
    assert_int_equal(RUN(NULL, "classify", "--strict", path("nm.txt"), path("nm.txt"),
                         path("nm.txt")),
                     1);
    expect_in(err, "nm.txt: the rest of it and the 2 files after it were not classified\n");
    /* a document is one statement: it is the one lost */
    assert_int_equal(RUN(NULL, "classify", "--mode", "document", path("nm.txt"),
                         path("nm.txt")),
                     1);
    expect_in(err, "nm.txt:2: NUL byte at offset 28");
    assert_int_equal(rows(out), 0);
}

/* Binary data is refused whole and at once, in every mode: no label is made up for it. */
static void binary_files_are_refused_whole(void **state)
{
    (void)state;
    /* a PNG's signature and header, then compressed (random-looking) bytes */
    static unsigned char png[8192] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06";
    uint64_t x = 88172645463325252ull;
    for (size_t i = 29; i < sizeof png; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        png[i] = (unsigned char)(x >> 24);
    }
    write_file("image.png", (const char *)png, sizeof png);
    static const char *const modes[] = {"lines", "document", "quotes"};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(RUN(NULL, "classify", "--mode", modes[i], path("image.png")), 1);
        expect_in(err, "image.png:3: NUL byte at offset 8: binary data, not text");
        assert_null(strchr(strchr(err, '\n') + 1, '\n')); /* one message */
        assert_string_equal(out, "label\tconfidence\tspeaker\ttext\n");
    }
    /* text that turns into binary data: NUL bytes in statement after statement */
    static char text[16 << 10];
    size_t n = attack_lines(text, sizeof text, 1, 100);
    for (int i = 0; i < 10; i++) {
        memcpy(text + n, "junk\0\x01\x02\n", 8);
        n += 8;
    }
    n += attack_lines(text + n, sizeof text - n, 101, 200);
    write_file("tail.txt", text, n);
    assert_int_equal(RUN(NULL, "classify", path("tail.txt")), 1);
    expect_in(err, "tail.txt:107: NUL byte at offset");
    expect_in(err, "tail.txt:108: NUL byte at offset");
    expect_in(err, ": binary data, not text (NUL bytes in 8 statements within 100 lines); "
                   "nothing more is read from this file");
    assert_null(strstr(err, "tail.txt:109:"));
    assert_int_equal(rows(out), 100);
    /* a long stream with a stray NUL now and then is text: eight of them far apart end
     * nothing (a blind review lost 250,000 lines of a feed to eight NULs in 750,000) */
    static char sparse[64 << 10];
    size_t m = 0;
    for (int i = 0; i < 9; i++) {
        m += attack_lines(sparse + m, sizeof sparse - m, 1, 100);
        memcpy(sparse + m, "odd\0 line\n", 10);
        m += 10;
    }
    m += attack_lines(sparse + m, sizeof sparse - m, 1, 100);
    write_file("sparse.txt", sparse, m);
    assert_int_equal(RUN(NULL, "classify", path("sparse.txt")), 1);
    assert_null(strstr(err, "binary data"));
    assert_int_equal(rows(out), 1000);
    /* the rule is where a user looks for it */
    assert_int_equal(RUN(NULL, "classify", "--help"), 0);
    expect_in(out, "Binary data is skipped\n                         whole: a file whose first "
                   "64 KiB hold a NUL");
}

/* --max-bytes measures the statement as it is reported (end - start in JSON Lines), the same
 * in every mode: a line's CR and a byte-order mark are not part of it. */
static void max_bytes_measures_the_statement(void **state)
{
    (void)state;
    write_file("c.txt", "00000000000000000000000000000.\r\n", 32);
    write_file("bo.txt", "\xEF\xBB\xBF" "00000000000000000000000000000.\n", 34);
    assert_int_equal(RUN(NULL, "classify", "--format", "jsonl", "--max-bytes", "30",
                         path("c.txt")),
                     0);
    expect_in(out, "\"start\":0,\"end\":30,");
    assert_int_equal(RUN(NULL, "classify", "--format", "jsonl", "--max-bytes", "30",
                         path("bo.txt")),
                     0);
    expect_in(out, "\"start\":3,\"end\":33,");
    assert_int_equal(RUN(NULL, "classify", "--max-bytes", "29", path("c.txt"), path("bo.txt")),
                     1);
    expect_in(err, "c.txt:1: statement of 30 bytes, longer than the limit of 29");
    expect_in(err, "bo.txt:1: statement of 30 bytes, longer than the limit of 29");
    /* a document or an article is the file less its byte-order mark */
    static const char *const whole[] = {"document", "quotes"};
    for (size_t i = 0; i < 2; i++) {
        assert_int_equal(RUN(NULL, "classify", "--mode", whole[i], "--max-bytes", "31",
                             path("bo.txt")),
                         0);
        assert_int_equal(RUN(NULL, "classify", "--mode", whole[i], "--max-bytes", "30",
                             path("bo.txt")),
                         1);
        expect_in(err, "bo.txt:1: file of 31 bytes, longer than the limit of 30");
    }
}

/* How many times needle occurs in haystack. */
static size_t occurrences(const char *haystack, const char *needle)
{
    size_t n = 0;
    for (const char *p = haystack; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

/* Output that cannot be written is said once, with the reason. */
static void a_full_disk_is_said_once_with_the_reason(void **state)
{
    (void)state;
    char want[256];
    snprintf(want, sizeof want, "stance: cannot write the output: %s\n", strerror(ENOSPC));
    static const char *const runs[][5] = {
        {"classify", STANCE_EXAMPLES_DIR "/article.txt"},
        {"classify", "--mode", "quotes", "--format", "jsonl"},
        {"classify", "--help"},
        {"info"},
        {"--version"},
        {"eval", "-m", STANCE_EXAMPLES_DIR "/../models/stance-en.stnc", "--test", NULL},
    };
    for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++) {
        const char *args[6] = {0};
        for (size_t a = 0; a < 5 && runs[i][a]; a++)
            args[a] = runs[i][a];
        if (strcmp(runs[i][0], "eval") == 0) { /* a test set of two statements */
            write_file("test.tsv", "hostile\tWe condemn it.\nconciliatory\tWe welcome it.\n",
                       46);
            args[4] = path("test.tsv");
        }
        tool_run_t how = {.stdout_path = "/dev/full"};
        if (i == 1)
            how.stdin_path = STANCE_EXAMPLES_DIR "/article.txt";
        assert_int_equal(tool_run(&how, args, NULL), 1);
        assert_string_equal(err, want);
    }
    /* the cause comes before what it stopped: a file longer than the output's buffer */
    static char lines[1 << 20];
    size_t len = 0;
    while (len + 40 < sizeof lines)
        len += (size_t)snprintf(lines + len, sizeof lines - len, "We condemn attack %zu.\n", len);
    write_file("long.txt", lines, len);
    tool_run_t full = {.stdout_path = "/dev/full"};
    assert_int_equal(tool_run(&full, (const char *const[]){"classify", path("long.txt"), NULL},
                              NULL),
                     1);
    const char *cause = strstr(err, want), *stopped = strstr(err, "stopped at line");
    assert_non_null(cause);
    assert_non_null(stopped);
    assert_true(cause < stopped);
    /* a file that may not grow: the reason is the limit */
    static char text[1 << 16];
    size_t n = attack_lines(text, sizeof text, 1, 2000);
    write_file("many.txt", text, n);
    tool_run_t how = {.stdout_path = path("capped.tsv"), .max_file_bytes = 1000};
    assert_int_equal(tool_run(&how, (const char *const[]){"classify", path("many.txt"), NULL},
                              NULL),
                     1);
    snprintf(want, sizeof want, "cannot write the output: %s\n", strerror(EFBIG));
    expect_in(err, want);
    assert_int_equal(occurrences(err, "cannot write"), 1);
}

/* A refused option is one message that starts with "stance COMMAND:" and names it as it
 * was meant, then the pointer to --help; exit status 2. getopt's own message (under the
 * wrong program name) and a vague second line are gone. */
static void bad_options_are_one_message(void **state)
{
    (void)state;
    static const struct {
        const char *args[4];
        const char *said;
    } cases[] = {
        {{"classify", "--mode"}, "option '--mode' requires an argument"},
        /* eval's corpus format is --corpus-format, and its refusal says so */
        {{"eval", "--corpus-format", "csv"}, "--corpus-format 'csv': expected tsv, fasttext or dirs"},
        {{"classify", "--expl"}, "option '--explain' requires an argument"},
        {{"classify", "-j"}, "option '-j' requires an argument"},
        {{"classify", "--strict=yes"}, "option '--strict' takes no argument"},
        {{"classify", "--m"}, "option '--m' is ambiguous: --model, --mode, --min-confidence, "
                              "--max-bytes"},
        {{"classify", "--frobnicate=2"}, "unknown option '--frobnicate'"},
        {{"classify", "-x"}, "unknown option '-x'"},
        {{"classify", "-hx"}, NULL}, /* -h comes first: help */
        {{"train", "--output"}, "option '--output' requires an argument"},
        {{"train", "--quiet=1"}, "option '--quiet' takes no argument"},
        {{"train", "--frobnicate"}, "unknown option '--frobnicate'"},
        {{"eval", "--folds"}, "option '--folds' requires an argument"},
        {{"eval", "-k"}, "option '-k' requires an argument"},
        {{"eval", "-q"}, "unknown option '-q'"},
        {{"info", "--top"}, "option '--top' requires an argument"},
        {{"info", "--frobnicate"}, "unknown option '--frobnicate'"},
        {{"merge", "-o"}, "option '-o' requires an argument"},
        {{"merge", "--help=me"}, "option '--help' takes no argument"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int code = tool_run(&(tool_run_t){0}, cases[i].args, NULL);
        if (!cases[i].said) {
            assert_int_equal(code, 0);
            continue;
        }
        char want[512];
        snprintf(want, sizeof want, "stance %s: %s\nTry 'stance %s --help'.\n",
                 cases[i].args[0], cases[i].said, cases[i].args[0]);
        if (code != 2 || strcmp(err, want) != 0)
            fail_msg("stance %s %s: exit %d, said\n%swanted\n%s", cases[i].args[0],
                     cases[i].args[1], code, err, want);
    }
}

/* --label-bias takes LABEL=B with B a plain decimal number, like every number the tool
 * reads; a label the model lacks is a usage error (status 2) like any other bad value. */
static void label_bias_is_checked_as_usage(void **state)
{
    (void)state;
    static const struct {
        const char *arg, *said;
    } refused[] = {
        {"nosuch=1", "--label-bias 'nosuch=1': the model has no label 'nosuch'"},
        {"neutral=0x10", "--label-bias 'neutral=0x10': '0x10' is not a decimal number"},
        {"neutral= 1", "--label-bias 'neutral= 1': ' 1' is not a decimal number"},
        {"neutral=1 ", "--label-bias 'neutral=1 ': '1 ' is not a decimal number"},
        {"neutral=inf", "--label-bias 'neutral=inf': 'inf' is not a decimal number"},
        {"neutral=", "--label-bias 'neutral=': '' is not a decimal number"},
        {"neutral=1e9", "--label-bias 'neutral=1e9': 1e9 is outside -100..100"},
        {"=1", "--label-bias '=1': expected LABEL=B, a label and a decimal number"},
        {"neutral", "--label-bias 'neutral': expected LABEL=B, a label and a decimal number"},
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        int code = RUN("hi\n", "classify", "--label-bias", refused[i].arg);
        char want[256];
        snprintf(want, sizeof want, "stance classify: %s\nTry 'stance classify --help'.\n",
                 refused[i].said);
        if (code != 2 || strcmp(err, want) != 0)
            fail_msg("--label-bias '%s': exit %d, said\n%swanted\n%s", refused[i].arg, code,
                     err, want);
    }
    static const char *const accepted[] = {"neutral=1", "neutral=-2.5", "neutral=+0.5",
                                           "neutral=.5", "neutral=1e1", "neutral=100"};
    for (size_t i = 0; i < sizeof accepted / sizeof accepted[0]; i++)
        assert_int_equal(RUN("hi\n", "classify", "--label-bias", accepted[i]), 0);
    /* the same numbers everywhere */
    assert_int_equal(RUN("hi\n", "classify", "--min-confidence", " 0.5"), 2);
    assert_int_equal(RUN("hi\n", "classify", "--min-confidence", "0x1p-1"), 2);
    assert_int_equal(RUN("hi\n", "classify", "--min-confidence", "5e-1"), 0);
    assert_int_equal(RUN("hi\n", "classify", "--frame-weight", "1 "), 2);
    assert_int_equal(RUN(NULL, "train", "--label-bias", "neutral=0x10", "-o", path("x.stnc"),
                         "c.tsv"),
                     2);
    expect_in(err, "stance train: --label-bias 'neutral=0x10': '0x10' is not a decimal number");
    /* a label the corpus lacks is a usage error too (found once the corpus is read), and
     * no model is written */
    write_file("two.tsv", "a\tWe condemn it.\nb\tWe welcome it.\n", 32);
    assert_int_equal(RUN(NULL, "train", "--label-bias", "nosuch=1", "-o", path("two.stnc"),
                         path("two.tsv")),
                     2);
    expect_in(err, "stance train: --label-bias 'nosuch=1': the corpus has no label 'nosuch'\n");
    assert_null(strstr(err, "trained on"));
    FILE *none = fopen(path("two.stnc"), "rb");
    assert_null(none);
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--label-bias", "nosuch=1", path("two.tsv")),
                     2);
    expect_in(err, "stance eval: --label-bias 'nosuch=1': the corpus has no label 'nosuch'\n");
    assert_string_equal(out, "");
    /* a label may hold '=' (the corpus allows it): the number follows the last one */
    write_file("eq.tsv", "a=b\tWe condemn it.\nc\tWe welcome it.\n", 32);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--label-bias", "a=b=1.5", "-o",
                         path("eq.stnc"), path("eq.tsv")),
                     0);
    assert_int_equal(RUN(NULL, "info", path("eq.stnc")), 0);
    expect_in(out, "label bias a=b +1.500\n");
    assert_int_equal(RUN("x\n", "classify", "-m", path("eq.stnc"), "--label-bias", "a=b=2"), 0);
    assert_int_equal(RUN("x\n", "classify", "-m", path("eq.stnc"), "--label-bias", "a=2"), 2);
    expect_in(err, "label 'a'");
    /* the help gives the range stance.h publishes */
    char range[64];
    snprintf(range, sizeof range, "number within +-%g", STANCE_LABEL_BIAS_MAX);
    assert_int_equal(RUN(NULL, "classify", "--help"), 0);
    expect_in(out, range);
}

/* No byte that a terminal acts on reaches it: C1 controls in the text (U+009B is CSI) are
 * escaped like C0 in both formats, and control characters and invalid UTF-8 in file names
 * and arguments are made visible in messages. */
static void nothing_reaches_a_terminal_raw(void **state)
{
    (void)state;
    const char *text = "We welcome \xc2\x9b" "31m red \xc2\x85talks.\n";
    assert_int_equal(RUN(text, "classify"), 0);
    expect_in(out, "\tWe welcome \\u009b31m red \\u0085talks.\n");
    assert_int_equal(RUN(text, "classify", "--format", "jsonl"), 0);
    expect_in(out, "\"text\":\"We welcome \\u009b31m red \\u0085talks.\"");
    assert_null(strstr(out, "\xc2\x9b"));

    write_file("evil\x1b[31m\xc2\x9b\x9b.txt", "ok.\nbad \xff\n", 10);
    assert_int_equal(RUN(NULL, "classify", path("evil\x1b[31m\xc2\x9b\x9b.txt"),
                         path("gone\x07.txt")),
                     1);
    expect_in(err, "evil\\u001b[31m\\u009b\\x9b.txt:2: invalid UTF-8 at byte offset 8");
    expect_in(err, "cannot open '");
    expect_in(err, "gone\\u0007.txt': No such file");
    assert_int_equal(RUN(NULL, "classify", "--mode", "\x1b[2J"), 2);
    expect_in(err, "stance classify: --mode '\\u001b[2J': expected lines, quotes or document");
    assert_int_equal(RUN(NULL, "\x1b[2J"), 2);
    expect_in(err, "stance: unknown command '\\u001b[2J'");
    assert_int_equal(RUN(NULL, "merge", "-o", path("out\x1b.stnc"), path("in\x1b.stnc")), 1);
    expect_in(err, "in\\u001b.stnc");
    write_file("c.tsv", "hostile\tWe condemn it.\nconciliatory\tWe welcome it.\n", 46);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("m\x1b.stnc"),
                         path("c.tsv")),
                     0);
    expect_in(err, "m\\u001b.stnc\n");
    for (const char *c = err; *c; c++)
        if ((unsigned char)*c < 0x20 && *c != '\n')
            fail_msg("control byte %#x in messages:\n%s", (unsigned)(unsigned char)*c, err);
    assert_null(strstr(err, "\xc2\x9b"));
    assert_null(strchr(err, '\x9b'));
    /* the line and paragraph separators end a line for many log readers, and a bidi override
     * turns the rest of a message around: escaped in messages as in the output */
    assert_int_equal(RUN(NULL, "classify", path("a\xe2\x80\xa8" "b\xe2\x80\xae" "c\xe2\x81\xa6.txt")),
                     1);
    expect_in(err, "a\\u2028b\\u202ec\\u2066.txt");
    assert_null(strstr(err, "\xe2\x80\xa8"));
    assert_null(strstr(err, "\xe2\x80\xae"));

    /* A label is the model's user's to name: a backslash in it is escaped in the TSV column
     * like any field's (a reader would turn "\t" into a tab), from classify, info or eval; a
     * C1 control is no label (a terminal acts on it), and the refusal shows it escaped. */
    static const char odd[] = "host\\tile\tWe condemn it.\nc\xc2\x9bx\tWe welcome it.\n";
    write_file("odd.tsv", odd, sizeof odd - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("odd.stnc"),
                         path("odd.tsv")),
                     1);
    assert_null(strstr(err, "\xc2\x9b"));
    expect_in(err, "label 'c\\u009bx' holds an invisible character (U+009B)");
    static const char slash[] = "host\\tile\tWe condemn it.\ncalm\tWe welcome it.\n"
                                "host\\tile\tThey lie.\ncalm\tWe agree.\n";
    write_file("slash.tsv", slash, sizeof slash - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("slash.stnc"),
                         path("slash.tsv")),
                     0);
    assert_int_equal(RUN("We condemn it.\nWe welcome it.\n", "classify", "-m",
                         path("slash.stnc")),
                     0);
    expect_in(out, "host\\\\tile\t");
    assert_int_equal(RUN(NULL, "info", path("slash.stnc")), 0);
    expect_in(out, "host\\tile");
    assert_int_equal(RUN(NULL, "eval", "-m", path("slash.stnc"), "--test", path("slash.tsv")),
                     0);
    expect_in(out, "host\\tile");
}

/* The weights of quotes mode weigh nothing in lines or document mode: given there, they are
 * a usage error rather than a setting silently ignored; -j says what -j takes, in the words
 * train and eval use. */
static void quotes_weights_need_quotes_mode(void **state)
{
    (void)state;
    static const char *const weights[] = {"--frame-weight", "--speaker-weight",
                                          "--article-weight"};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(RUN("We agree.\n", "classify", weights[i], "0"), 2);
        char want[160];
        snprintf(want, sizeof want, "stance classify: %s applies to --mode quotes only\n",
                 weights[i]);
        expect_in(err, want);
        assert_string_equal(out, "");
        assert_int_equal(RUN("We agree.\n", "classify", "--mode", "document", weights[i], "0"),
                         2);
        expect_in(err, want);
        /* given before or after --mode quotes */
        assert_int_equal(RUN("\u201cWe agree,\u201d Orlov said.\n", "classify", weights[i], "0",
                             "--mode", "quotes"),
                         0);
        expect_in(out, "Orlov");
    }
    assert_int_equal(RUN("We agree.\n", "classify", "-j", "2000"), 2);
    expect_in(err, "stance classify: -j '2000': expected 0..1024 (0 = all cores)\n");
}

/* The Usage lines of classify --help and the man page's SYNOPSIS list every option the help
 * describes (but --help); --max-bytes gives its range and default in both. */
static void usage_and_synopsis_list_every_option(void **state)
{
    (void)state;
    static char man[1 << 16];
    FILE *fp = fopen(STANCE_EXAMPLES_DIR "/stance/stance.1", "r");
    assert_non_null(fp);
    size_t n = fread(man, 1, sizeof man - 1, fp);
    fclose(fp);
    man[n] = '\0';
    /* the page's header names the version the tool prints, and the page gives the built-in
     * model's neutral bias as `stance info` shows it (both were a version behind) */
    assert_int_equal(RUN(NULL, "--version", "classify"), 2); /* not a silent --version */
    expect_in(err, "--version takes nothing after it ('classify')");
    assert_int_equal(RUN(NULL, "--version"), 0);
    char version[64], th[128];
    assert_int_equal(sscanf(out, "stance (libstance) %63s", version), 1);
    snprintf(th, sizeof th, "\"libstance %s\" \"User Commands\"\n", version);
    expect_in(man, th);
    assert_int_equal(RUN(NULL, "info"), 0);
    char *bias = strstr(out, "label bias hostile +");
    assert_non_null(bias);
    double hostile = strtod(bias + strlen("label bias hostile +"), NULL);
    bias = strstr(out, "label bias neutral +");
    assert_non_null(bias);
    double neutral = strtod(bias + strlen("label bias neutral +"), NULL);
    char said[128];
    snprintf(said, sizeof said, "the built\\-in model gives \\fBneutral\\fR %g and \\fBhostile\\fR %g;",
             neutral, hostile);
    expect_in(man, said);
    char *synopsis = strstr(man, ".SH SYNOPSIS");
    assert_non_null(synopsis);
    char *end = strstr(synopsis, "\n.br");
    assert_non_null(end);
    *end = '\0'; /* classify's synopsis ends at the first break */

    assert_int_equal(RUN(NULL, "classify", "--help"), 0);
    char *body = strstr(out, "\n\n");
    assert_non_null(body);
    *body++ = '\0'; /* out is now the Usage lines, body the rest */
    size_t options = 0;
    for (char *line = body; (line = strstr(line, "\n  -")); line++) {
        char option[64];
        if (sscanf(line + 3, "%63[-a-z]", option) != 1 || strcmp(option, "-h") == 0)
            continue;
        options++;
        char pattern[80];
        snprintf(pattern, sizeof pattern, "[%s ", option);
        if (!strstr(out, pattern) && !(snprintf(pattern, sizeof pattern, "[%s]", option),
                                       strstr(out, pattern)))
            fail_msg("the Usage of classify --help lacks %s:\n%s", option, out);
        char roff[128] = "\\fB";
        for (size_t i = 0, k = 3; option[i] && k < sizeof roff - 2; i++) {
            if (option[i] == '-')
                roff[k++] = '\\';
            roff[k++] = option[i];
            roff[k] = '\0';
        }
        if (!strstr(synopsis, roff))
            fail_msg("the man page's SYNOPSIS lacks %s (%s)", option, roff);
    }
    assert_true(options >= 15);

    char range[64];
    snprintf(range, sizeof range, "1..%zu", (size_t)STANCE_MAX_TEXT_BYTES);
    expect_in(body, range);
    expect_in(body, "default 16 MiB");
    expect_in(end + 1, range);
    expect_in(end + 1, "default 16 MiB");
}

/* --explain in quotes mode lists the evidence beside the quotation's words: the reporting frame
 * ("frame: slammed") and the speaker's other quotations, each with its contribution. The hits
 * are printed after the batch: each quotation shows its own frame, not the last one's. */
/* An article whose lines end in CR alone (old Mac line endings) is one paragraph to quotes
 * mode: an unclosed quotation ran on into the next paragraph and took its speaker's words (a
 * blind review). It is refused as lines mode refuses such a line, naming the byte, and the
 * next file is read; CRLF and CR CR LF are line ends. */
static void an_article_of_cr_line_ends_is_refused(void **state)
{
    (void)state;
    static const char cr[] = "The talks ended.\r\r\xE2\x80\x9CWe will never accept this,"
                             "\r\rMinister Tal Ferro said the talks were \xE2\x80\x9Cproductive."
                             "\xE2\x80\x9D\r";
    write_file("cr.txt", cr, sizeof cr - 1);
    static const char crlf[] = "The talks ended.\r\n\r\n\xE2\x80\x9CWe regret it,\xE2\x80\x9D "
                               "Tal Ferro said.\r\r\n";
    write_file("crlf.txt", crlf, sizeof crlf - 1);
    /* a CRLF file cut between its last CR and LF: the CR at the end ends the last line, as it
     * does in lines mode (a blind review lost the article's every quotation to it) */
    static const char cut[] = "\xE2\x80\x9CWe hope for calm,\xE2\x80\x9D Ana Roth said.\r\n\r\n"
                              "Dialogue is the only path, Roth said.\r";
    write_file("cut.txt", cut, sizeof cut - 1);
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", path("cr.txt"), path("crlf.txt"),
                         path("cut.txt")),
                     1);
    expect_in(err, "cr.txt:1: carriage return at byte offset 16 ends no line");
    expect_in(err, "convert the line endings to LF or CRLF");
    assert_null(strstr(out, "never accept"));
    expect_in(out, "\tTal Ferro\tWe regret it");
    expect_in(out, "\tAna Roth\tWe hope for calm");
    assert_int_equal(messages(err), 1);
}

/* An article scraped as HTML holds its quotation marks as entities (&ldquo; &quot; &#8220;)
 * and its markup as tags whose attributes are quoted: quotes mode reads neither, so it says
 * so once per article, at the first one, rather than losing the quotes without a word (a
 * blind review lost 7 of 9 quotes that way). Plain text says nothing. */
static void html_in_an_article_is_said(void **state)
{
    (void)state;
    static const char html[] = "The minister spoke in Riga.\n\n"
                               "&ldquo;We will not retreat,&rdquo; Orlov said. "
                               "&quot;Never.&quot;\n\n<p class=\"byline\">By A. Writer</p>\n";
    write_file("scraped.txt", html, sizeof html - 1);
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", path("scraped.txt")), 0);
    expect_in(err, "scraped.txt:3: the article holds HTML (&ldquo; at byte 29)");
    expect_in(err, "decode");
    assert_int_equal(messages(err), 1);
    static const char tags[] = "Orlov said: <q>we will not retreat</q>.\n";
    write_file("tags.txt", tags, sizeof tags - 1);
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", path("tags.txt")), 0);
    expect_in(err, "tags.txt:1: the article holds HTML (<q> at byte 12)");
    static const char plain[] = "Tom & Jerry met. \"We agree,\" Orlov said. 3 < 4 and a<b.\n";
    write_file("plain.txt", plain, sizeof plain - 1);
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", path("plain.txt")), 0);
    assert_string_equal(err, "");
}

static void quotes_explain_the_frame(void **state)
{
    (void)state;
    static const char article[] =
        "Envoy Tomas Berg slammed the ruling as \xE2\x80\x9C" "a grave mistake.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe welcome the talks,\xE2\x80\x9D Berg said warmly.\n";
    write_file("a.txt", article, sizeof article - 1);
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", "--explain", "50", path("a.txt")),
                     0);
    char *second = strchr(strchr(out, '\n') + 1, '\n');
    assert_non_null(second);
    *second = '\0';
    expect_in(out, "\tTomas Berg\ta grave mistake.\t");
    expect_in(out, "frame: slammed:");
    expect_in(out, "speaker: other quotations:");
    expect_in(second + 1, "\tWe welcome the talks,\t");
    expect_in(second + 1, "frame: said warmly:");
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", "--format", "jsonl", "--explain",
                         "50", path("a.txt")),
                     0);
    expect_in(out, "[\"frame: slammed\",");
    expect_in(out, "[\"speaker: other quotations\",");
}

/* Many articles, a file each, on any number of threads: the same bytes, and each message
 * where one thread puts it (2>&1), after the results of the files before it and before those
 * of its own article. The articles of a run are read on every thread (a file's last ones are
 * still being read when the next file is), so the order is the batch's to keep. */
static void articles_on_threads_keep_their_order(void **state)
{
    (void)state;
    static const char *const names[] = {"Olga Petrova", "Tomas Berg", "Ana Ruiz", "Li Wei"};
    char name[32], text[512];
    for (int i = 0; i < 40; i++) {
        const char *who = names[i % 4];
        int n = snprintf(text, sizeof text,
                         "Minister %s spoke on day %d.\n\n\xE2\x80\x9CWe %s the talks,\xE2\x80\x9D"
                         " %s said, \xE2\x80\x9C" "and we %s.\xE2\x80\x9D\n\nThe envoy added: "
                         "\xE2\x80\x9CThis is round %d.\xE2\x80\x9D\n",
                         who, i, i % 3 ? "condemn" : "welcome", strchr(who, ' ') + 1,
                         i % 2 ? "will respond" : "hope for more", i);
        if (i == 7) /* HTML: warned before the article's results */
            n = snprintf(text, sizeof text,
                         "Berg &amp; Ruiz met on day %d. Berg said: \xE2\x80\x9CWe agree."
                         "\xE2\x80\x9D\n",
                         i);
        if (i == 13) /* a CR alone: refused, between its neighbours' results */
            n = snprintf(text, sizeof text, "Ruiz said: \"We reject it.\"\rDay %d.\n", i);
        if (i == 30)
            n = 0;
        snprintf(name, sizeof name, "art%02d.txt", i);
        write_file(name, text, (size_t)n);
    }
    static const char *const jobs[] = {"1", "2", "5"};
    static const char *const formats[] = {"tsv", "jsonl"};
    for (size_t f = 0; f < 2; f++)
        for (size_t j = 0; j < 3; j++) {
            const char *args[64] = {"classify", "--mode", "quotes", "--explain", "2",
                                    "--format", formats[f], "-j", jobs[j]};
            size_t k = 9;
            static char paths[40][256];
            for (int i = 0; i < 40; i++) {
                snprintf(name, sizeof name, "art%02d.txt", i);
                snprintf(paths[i], sizeof paths[i], "%s", path(name));
                args[k++] = paths[i];
            }
            args[k] = NULL;
            char out_name[32];
            snprintf(out_name, sizeof out_name, "arts-%zu-%s.out", f, jobs[j]);
            int in;
            int pid = tool_spawn(args, &in, NULL, path(out_name), true);
            close(in);
            int status = 0;
            assert_int_equal(waitpid(pid, &status, 0), pid);
            assert_true(WIFEXITED(status));
            assert_int_equal(WEXITSTATUS(status), 1); /* the CR article */
            char first[32];
            snprintf(first, sizeof first, "arts-%zu-1.out", f);
            assert_true(same_file(path(first), path(out_name)));
        }
    static char got[1 << 16];
    FILE *fp = fopen(path("arts-0-5.out"), "rb");
    assert_non_null(fp);
    got[fread(got, 1, sizeof got - 1, fp)] = '\0';
    fclose(fp);
    const char *day6 = strstr(got, "round 6.");
    const char *html = strstr(got, "art07.txt:1: the article holds HTML (&amp;");
    const char *agree = strstr(got, "\tWe agree.");
    const char *day12 = strstr(got, "round 12."), *cr = strstr(got, "art13.txt:1: carriage");
    const char *day14 = strstr(got, "round 14.");
    if (!day6 || !html || !agree || !day12 || !cr || !day14 || day6 > html || html > agree ||
        day12 > cr || cr > day14 || strstr(got, "round 39.") == NULL)
        fail_msg("out of order:\n%s", got);
}

/* --with-file: in TSV, the file and the line of each row first, so that the rows of several
 * files can be told apart (JSON Lines has them always, and is the same with the option); a
 * name is escaped as text is. A blind review found no way to tell them apart in TSV. */
static void tsv_names_the_file_on_request(void **state)
{
    (void)state;
    static const char lines[] = "We condemn this.\nWe welcome the talks.\n";
    write_file("one.txt", lines, sizeof lines - 1);
    static const char article[] = "Envoy Ana Ruiz arrived.\n\n\"We will respond,\" she said.\n";
    write_file("two\tthree.txt", article, sizeof article - 1);
    char one[256], two[256];
    snprintf(one, sizeof one, "%s", path("one.txt"));
    snprintf(two, sizeof two, "%s", path("two\tthree.txt"));
    assert_int_equal(RUN(NULL, "classify", "--with-file", one, two), 0);
    assert_true(strncmp(out, "file\tline\tlabel\tconfidence\tspeaker\ttext\n",
                        strlen("file\tline\tlabel\tconfidence\tspeaker\ttext\n")) == 0);
    char want[600];
    snprintf(want, sizeof want, "%s\t2\tconciliatory\t", one);
    expect_in(out, want);
    assert_int_equal(RUN(NULL, "classify", "--with-file", "--mode", "quotes", "--explain", "1",
                         two),
                     0);
    expect_in(out, "file\tline\tlabel\tconfidence\tspeaker\ttext\tfeatures\n");
    expect_in(out, "two\\tthree.txt\t3\t");
    expect_in(out, "\tAna Ruiz\tWe will respond,\t");
    static char jsonl[4096];
    assert_int_equal(RUN(NULL, "classify", "--format", "jsonl", one), 0);
    assert_true(strlen(out) < sizeof jsonl);
    memcpy(jsonl, out, strlen(out) + 1);
    assert_int_equal(RUN(NULL, "classify", "--format", "jsonl", "--with-file", one), 0);
    assert_string_equal(out, jsonl);
}

/* --no-header: TSV rows alone, for runs whose outputs are joined (xargs makes several runs of
 * one command, and each wrote its header between the rows). Nothing at all for no rows. */
static void tsv_without_its_header(void **state)
{
    (void)state;
    static const char lines[] = "We condemn this.\nWe welcome the talks.\n";
    write_file("rows.txt", lines, sizeof lines - 1);
    assert_int_equal(RUN(NULL, "classify", "--no-header", "--with-file", path("rows.txt")), 0);
    assert_true(strncmp(out, path("rows.txt"), strlen(path("rows.txt"))) == 0);
    assert_null(strstr(out, "label\t"));
    assert_int_equal(rows(out) + 1, 2); /* two lines, both rows */
    write_file("none.txt", "", 0);
    RUN(NULL, "classify", "--no-header", path("none.txt"));
    assert_string_equal(out, "");
    RUN(NULL, "classify", path("none.txt"));
    assert_string_equal(out, "label\tconfidence\tspeaker\ttext\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bad_bytes_name_their_line),
        cmocka_unit_test(a_stray_nul_costs_one_statement),
        cmocka_unit_test(binary_files_are_refused_whole),
        cmocka_unit_test(max_bytes_measures_the_statement),
        cmocka_unit_test(a_full_disk_is_said_once_with_the_reason),
        cmocka_unit_test(bad_options_are_one_message),
        cmocka_unit_test(quotes_weights_need_quotes_mode),
        cmocka_unit_test(label_bias_is_checked_as_usage),
        cmocka_unit_test(nothing_reaches_a_terminal_raw),
        cmocka_unit_test(usage_and_synopsis_list_every_option),
        cmocka_unit_test(quotes_explain_the_frame),
        cmocka_unit_test(articles_on_threads_keep_their_order),
        cmocka_unit_test(tsv_names_the_file_on_request),
        cmocka_unit_test(tsv_without_its_header),
        cmocka_unit_test(html_in_an_article_is_said),
        cmocka_unit_test(an_article_of_cr_line_ends_is_refused),
    };
    return cmocka_run_group_tests_name("cli_classify", tests, tool_setup, tool_teardown);
}
