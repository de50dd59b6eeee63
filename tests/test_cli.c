/* The stance tool, driven as a user drives it: real files, real arguments, exit codes,
 * standard output and standard error. */
#define _POSIX_C_SOURCE 200809L
#include "tool.h"

#include <fcntl.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void usage_and_help(void **state)
{
    (void)state;
    assert_int_equal(tool_run(&(tool_run_t){0}, (const char *const[]){NULL}, NULL), 2);
    assert_int_equal(RUN(NULL, "frobnicate"), 2);
    expect_in(err, "unknown command 'frobnicate'");
    assert_int_equal(RUN(NULL, "--version"), 0);
    expect_in(out, STANCE_VERSION_STRING);
    static const char *const cmds[] = {"classify", "train", "eval", "info", "merge"};
    for (size_t i = 0; i < 5; i++) {
        assert_int_equal(RUN(NULL, cmds[i], "--help"), 0);
        expect_in(out, "Usage: stance");
        assert_int_equal(RUN(NULL, cmds[i], "--no-such-option"), 2);
        expect_in(err, "Try 'stance");
    }
    /* each command's help names the corpus-format flag it takes: eval's --format is the
     * report's */
    assert_int_equal(RUN(NULL, "eval", "--help"), 0);
    expect_in(out, "  --corpus-format tsv|fasttext|dirs");
    assert_null(strstr(out, "--format tsv|fasttext|dirs"));
    assert_int_equal(RUN(NULL, "train", "--help"), 0);
    expect_in(out, "  --format tsv|fasttext|dirs");
    assert_int_equal(RUN(NULL, "classify", "--format", "xml"), 2);
    expect_in(err, "--format 'xml'");
    assert_int_equal(RUN(NULL, "classify", "--explain", "0"), 2);
    assert_int_equal(RUN(NULL, "classify", "--min-confidence", "1.5"), 2);
    assert_int_equal(RUN(NULL, "train", "corpus.tsv"), 2);
    expect_in(err, "-o MODEL is required");
    assert_int_equal(RUN(NULL, "train", "-o", "x", "--ngrams", "7", "c.tsv"), 2);
    assert_int_equal(RUN(NULL, "eval", "-k", "1", "c.tsv"), 2);
    assert_int_equal(RUN(NULL, "eval", "-k", "5", "--test", "t.tsv", "c.tsv"), 2);
}

static void classify_lines(void **state)
{
    (void)state;
    const char *input = "We condemn this provocation and will respond firmly.\n"
                        "\n"
                        "We welcome the talks and hope to work together.\n";
    assert_int_equal(RUN(input, "classify"), 0);
    assert_string_equal(strtok(out, "\n"), "label\tconfidence\tspeaker\ttext");
    const char *l1 = strtok(NULL, "\n"), *l2 = strtok(NULL, "\n");
    assert_non_null(l1);
    assert_non_null(l2);
    assert_int_equal(strncmp(l1, "hostile\t", 8), 0);
    assert_int_equal(strncmp(l2, "conciliatory\t", 13), 0);
    assert_null(strtok(NULL, "\n")); /* the blank line was skipped */

    assert_int_equal(RUN(input, "classify", "--format", "jsonl", "--explain", "2", "-"), 0);
    expect_in(out, "{\"file\":\"-\",\"line\":1,\"start\":0,\"end\":52,\"text\":\"We condemn");
    expect_in(out, "\"speaker\":null,\"label\":\"hostile\",\"confidence\":");
    expect_in(out, "\"scores\":{\"conciliatory\":");
    expect_in(out, "\"features\":[[\"");
    expect_in(out, "{\"file\":\"-\",\"line\":3,\"start\":54,");

    assert_int_equal(RUN(input, "classify", "--min-confidence", "0.999999999"), 0);
    expect_in(out, "uncertain\t");

    /* control characters never reach a terminal raw, in TSV as in JSON Lines (issue 11) */
    const char *controls = "We condemn \x1b]0;owned\x07 this \x1b[31mred\x7f provocation\x0b.\n";
    assert_int_equal(RUN(controls, "classify"), 0);
    expect_in(out, "\tWe condemn \\u001b]0;owned\\u0007 this \\u001b[31mred\\u007f "
                   "provocation\\u000b.\n");
    assert_int_equal(RUN(controls, "classify", "--format", "jsonl"), 0);
    expect_in(out, "\"text\":\"We condemn \\u001b]0;owned\\u0007 this \\u001b[31mred\\u007f "
                   "provocation\\u000b.\"");
    /* a CR alone ends no line: a file of old Mac line endings is not one statement */
    assert_int_equal(RUN("We protest.\rWe hope.\n", "classify"), 1);
    expect_in(err, "-:1: carriage return at byte offset 11 ends no line");
    for (int format = 0; format < 2; format++) {
        assert_int_equal(RUN(controls, "classify", "--format", format ? "jsonl" : "tsv"), 0);
        for (const char *c = out; *c; c++)
            if ((unsigned char)*c < 0x20 && *c != '\t' && *c != '\n')
                fail_msg("control byte %#x in the output", (unsigned)(unsigned char)*c);
        assert_null(strchr(out, 0x7f));
    }
}

static void classify_document_and_quotes(void **state)
{
    (void)state;
    const char doc[] = "Line one of a statement.\nLine two: we protest.\n";
    write_file("doc.txt", doc, sizeof doc - 1);
    assert_int_equal(RUN(NULL, "classify", "--mode", "document", "--format", "jsonl",
                         path("doc.txt")),
                     0);
    expect_in(out, "\"line\":1,\"start\":0,\"end\":47,");
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", STANCE_EXAMPLES_DIR "/article.txt"),
                     0);
    expect_in(out, "\tDmitry Peskov\ta rather unfriendly stance\n");
    expect_in(out, "\tSanae Takaichi\treally vexing and regrettable\n");
    expect_in(out, "conciliatory\t");
    expect_in(out, "hostile\t");
    assert_null(strstr(out, "Northern Territories")); /* a name, not speech */
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", "--format", "jsonl",
                         STANCE_EXAMPLES_DIR "/article.txt"),
                     0);
    expect_in(out, "\"line\":5,");
    expect_in(out, "\"speaker\":\"Maria Zakharova\"");
}

/* Quotes mode in JSON Lines: where the speaker is named and how, a split quotation as one
 * statement with both spans, and the frame weight as an option. */
static void classify_quotes_speakers(void **state)
{
    (void)state;
    const char article[] = "Envoy Sara Lind arrived.\n\n\xE2\x80\x9CWe will respond,\xE2\x80\x9D "
                           "she said, \xE2\x80\x9Cwith force.\xE2\x80\x9D\n";
    write_file("split.txt", article, sizeof article - 1);
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", "--format", "jsonl",
                         path("split.txt")),
                     0);
    expect_in(out, "\"start\":29,\"end\":73,\"text\":\"We will respond, with force.\"");
    expect_in(out, "\"speaker\":\"Sara Lind\",\"speaker_start\":6,\"speaker_end\":15,"
                   "\"speaker_kind\":\"pronoun\",\"spans\":[[29,45],[62,73]]");
    assert_null(strstr(strchr(out, '\n') + 1, "\"text\"")); /* one statement, not two */
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", path("split.txt")), 0);
    expect_in(out, "\tSara Lind\tWe will respond, with force.\n");
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", "--frame-weight", "0",
                         path("split.txt")),
                     0);
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", "--frame-weight", "-1",
                         path("split.txt")),
                     2);
    expect_in(err, "--frame-weight '-1'");
    assert_null(strstr(out, "unclosed"));
    /* a quotation its paragraph ended before it closed is marked so in JSON Lines: a reader
     * learns that its end is a guess (here the paragraph's end) */
    const char open[] = "Envoy Sara Lind arrived. \"We will respond with force. The rest\n\n"
                        "Next paragraph.\n";
    write_file("open.txt", open, sizeof open - 1);
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", "--format", "jsonl",
                         path("open.txt")),
                     0);
    expect_in(out, "\"text\":\"We will respond with force. The rest\"");
    expect_in(out, ",\"unclosed\":true,\"label\"");
}

/* The line of a TSV output whose text column is `text` (copied, so `out` may change). */
static void tsv_line(const char *tsv, const char *text, char *line, size_t cap)
{
    char want[256];
    snprintf(want, sizeof want, "\t%s\n", text);
    const char *hit = strstr(tsv, want);
    assert_non_null(hit);
    const char *start = hit;
    while (start > tsv && start[-1] != '\n')
        start--;
    size_t n = (size_t)(hit - start) + strlen(want);
    assert_true(n < cap);
    memcpy(line, start, n);
    line[n] = '\0';
}

/* A weight of quotes mode: the default moves the line of `fragment` in the shipped article
 * from what `option` 0 gives, the output is the same for any -j, and a weight out of range is
 * refused; `with` gets the default's line. */
static void check_weight_option(const char *option, const char *fragment, char *with,
                                size_t cap)
{
    const char *article = STANCE_EXAMPLES_DIR "/article.txt";
    char without[512], parallel[1 << 14], serial[1 << 14];
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", article), 0);
    tsv_line(out, fragment, with, cap);
    assert_true(strlen(out) < sizeof serial);
    strcpy(serial, out);
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", "-j", "3", article), 0);
    assert_true(strlen(out) < sizeof parallel);
    strcpy(parallel, out);
    assert_string_equal(parallel, serial);
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", option, "0", article), 0);
    tsv_line(out, fragment, without, sizeof without);
    assert_string_not_equal(with, without);
    assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", option, "nan", article), 2);
    char message[128];
    snprintf(message, sizeof message, "%s 'nan': expected 0..100", option);
    expect_in(err, message);
}

/* The speaker's other quotations weigh in by default: in the shipped article, Takaichi's
 * "really vexing and regrettable" is read beside her "our door remains open". */
static void classify_quotes_speaker_weight(void **state)
{
    (void)state;
    char with[512];
    check_weight_option("--speaker-weight", "really vexing and regrettable", with, sizeof with);
    assert_true(strncmp(with, "conciliatory\t", 13) == 0);
}

/* The other speakers' quotations weigh in by default too: Peskov's "respond appropriately"
 * is read beside Tokyo's protests and Takaichi's openness; and Takaichi's regret stays
 * conciliatory beside Moscow's hostility, her own quotations weighing more. */
static void classify_quotes_article_weight(void **state)
{
    (void)state;
    char with[512];
    check_weight_option("--article-weight", "respond appropriately", with, sizeof with);
    check_weight_option("--article-weight", "really vexing and regrettable", with, sizeof with);
    assert_true(strncmp(with, "conciliatory\t", 13) == 0);
}

static void classify_bad_input(void **state)
{
    (void)state;
    const char bad[] = "fine line\nbroken \xFF byte here\n";
    write_file("bad.txt", bad, sizeof bad - 1);
    assert_int_equal(RUN(NULL, "classify", path("bad.txt")), 0);
    expect_in(err, "bad.txt:2: invalid UTF-8 at byte offset 17");
    expect_in(out, "broken \xEF\xBF\xBD byte here"); /* still classified, output valid UTF-8 */
    assert_int_equal(RUN(NULL, "classify", "--strict", path("bad.txt")), 1);
    expect_in(err, "bad.txt:2: invalid UTF-8 at byte offset 17");

    const char bin[] = "abc\0def\nmore\n";
    write_file("bin.dat", bin, sizeof bin - 1);
    assert_int_equal(RUN(NULL, "classify", path("bin.dat")), 1);
    expect_in(err, "bin.dat:1: NUL byte at offset 3");

    assert_int_equal(RUN(NULL, "classify", path("missing.txt")), 1);
    expect_in(err, "missing.txt");
    expect_in(err, "No such file");

    assert_int_equal(RUN(NULL, "classify", "-m", path("doc.txt"), "-"), 1);
    expect_in(err, "not a libstance model");

    /* a statement longer than --max-bytes is reported; the rest is still labeled */
    assert_int_equal(RUN("short one\nthis line is much longer than twenty bytes\nok\n", "classify",
                         "--max-bytes", "20"),
                     1);
    expect_in(err, "-:2: statement of 42 bytes, longer than the limit of 20");
    expect_in(out, "\tok\n");

    /* nothing lost silently: a full disk is an error */
    assert_int_equal(tool_run(&(tool_run_t){.input = "some text\n", .stdout_path = "/dev/full"},
                              (const char *const[]){"classify", NULL}, NULL),
                     1);
    expect_in(err, "cannot write");
}

static const char corpus[] =
    "# a tiny corpus\n"
    "conciliatory\tWe welcome the talks and hope to work together.\n"
    "hostile\tWe condemn this provocation and will respond.\n"
    "conciliatory\tOur door remains open to dialogue.\n"
    "hostile\tThis is an unfriendly step and we protest.\n"
    "conciliatory\tThank you for the warm welcome, my friend.\n"
    "hostile\tThey will regret this provocation.\n"
    "conciliatory\tWe are ready to resume negotiations.\n"
    "hostile\tWe summoned the ambassador to protest.\n";

static void train_classify_eval(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "train", "-o", path("m.stnc"), path("c.tsv")), 0);
    expect_in(err, "trained on 8 statements (conciliatory 4, hostile 4)");
    expect_in(err, "calibration temperature");
    /* continued with nothing to calibrate on, the base's calibration is kept, not lost */
    assert_int_equal(RUN(NULL, "info", path("m.stnc")), 0);
    char base_temp[64] = "";
    const char *bt = strstr(out, "calibrated temperature ");
    assert_non_null(bt);
    sscanf(bt, "calibrated temperature %63s", base_temp);
    write_file("none.tsv", "", 0);
    assert_int_equal(RUN(NULL, "train", "--base", path("m.stnc"), "-o", path("m2.stnc"),
                         path("none.tsv")),
                     0);
    expect_in(err, "the base model's temperature is kept");
    assert_int_equal(RUN(NULL, "info", path("m2.stnc")), 0);
    char kept[96];
    snprintf(kept, sizeof kept, "calibrated temperature %s", base_temp);
    expect_in(out, kept);
    /* nor from a few new statements, whose fit would be unsteady (a blind review saw 40 new
     * statements move a temperature fitted on 10,000 from 4.2 to 9.4): it is kept and said */
    assert_int_equal(RUN(NULL, "train", "--base", path("m.stnc"), "-o", path("m3.stnc"),
                         path("c.tsv")),
                     0);
    expect_in(err, "the base model's temperature is kept");
    expect_in(err, "8 new statements are too few to fit another");
    assert_int_equal(RUN(NULL, "info", path("m3.stnc")), 0);
    expect_in(out, kept);
    /* many new ones fit their own, and the note says it replaced the base's */
    static char many[1 << 16];
    size_t n_many = 0;
    for (int i = 0; i < 1000; i++)
        n_many += (size_t)snprintf(many + n_many, sizeof many - n_many, "%s\t%s %d\n",
                                   i % 2 ? "hostile" : "conciliatory",
                                   (i % 2) == (i % 5 != 0) ? "we protest this provocation"
                                                           : "we welcome the talks",
                                   i % 7); /* one in five against its label: a fit to make */
    write_file("many.tsv", many, n_many);
    assert_int_equal(RUN(NULL, "train", "--base", path("m.stnc"), "-o", path("m4.stnc"),
                         path("many.tsv")),
                     0);
    expect_in(err, "replaces the base model's");
    /* --no-calibrate drops the base's calibration: said, as merge says it */
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--base", path("m.stnc"), "-o",
                         path("m5.stnc"), path("c.tsv")),
                     0);
    expect_in(err, "warning: ");
    expect_in(err, "m.stnc is calibrated (temperature");
    expect_in(err, "the new model is not (--no-calibrate)");
    assert_int_equal(RUN("we protest this provocation\n", "classify", "-m", path("m.stnc")), 0);
    expect_in(out, "hostile\t");

    assert_int_equal(RUN(NULL, "info", "--top", "3", path("m.stnc")), 0);
    expect_in(out, "labels     conciliatory (4 statements), hostile (4 statements)");
    expect_in(out, "most indicative of hostile");

    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--format", "json", path("c.tsv")), 0);
    expect_in(out, "\"statements\":8,");
    expect_in(out, "\"folds\":2,");
    expect_in(out, "\"accuracy\":");
    expect_in(out, "\"macro_f1\":");
    expect_in(out, "\"per_label\":{\"conciliatory\":{\"precision\":");
    expect_in(out, "\"confusion\":[[");
    expect_in(out, "\"calibrated\":{\"temperatures\":[");

    write_file("folds.txt", "0\n1\n0\n1\n1\n0\n1\n0\n", 16);
    assert_int_equal(RUN(NULL, "eval", "--folds", path("folds.txt"), "--plot", path("p.svg"),
                         path("c.tsv")),
                     0);
    expect_in(out, "8 statements, 2 labels, 2 folds (from ");
    char svg[256];
    slurp(path("p.svg"), svg, sizeof svg);
    assert_int_equal(strncmp(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"", 39), 0);
    /* a folds file with a byte-order mark and CRLF line endings (a spreadsheet's export) and
     * a blank line at its end reads as the plain one; a folder or a missing file says why */
    write_file("folds-bom.txt", "\xEF\xBB\xBF" "0\r\n1\r\n0\r\n1\r\n1\r\n0\r\n1\r\n0\r\n\r\n", 29);
    assert_int_equal(RUN(NULL, "eval", "--folds", path("folds-bom.txt"), path("c.tsv")), 0);
    assert_int_equal(RUN(NULL, "eval", "--folds", path("."), path("c.tsv")), 1);
    expect_in(err, "Is a directory");
    assert_int_equal(RUN(NULL, "eval", "--folds", path("no-such-folds.txt"), path("c.tsv")), 1);
    expect_in(err, "No such file or directory");
    /* a line is read whole, however long (a number of 71 digits is one fold number, not two),
     * and a NUL byte or a CR that ends no line is an error at its line and byte, as in a
     * corpus (the folds were read 63 bytes at a time and cut at either) */
    char lng[128], pln[128];
    memset(lng, '0', 70);
    memcpy(lng + 70, "1\n1\n0\n1\n1\n0\n1\n0\n", 17);
    write_file("lng.txt", lng, 86);
    write_file("pln.txt", "1\n1\n0\n1\n1\n0\n1\n0\n", 16);
    assert_int_equal(RUN(NULL, "eval", "--folds", path("pln.txt"), path("c.tsv")), 0);
    const char *figures = strstr(out, "accuracy");
    assert_non_null(figures);
    snprintf(pln, sizeof pln, "%.*s", (int)(strstr(figures, "\n\n") - figures), figures);
    assert_int_equal(RUN(NULL, "eval", "--folds", path("lng.txt"), path("c.tsv")), 0);
    expect_in(out, pln);
    memcpy(lng + 70, "x\n", 2);
    write_file("lng.txt", lng, 72);
    assert_int_equal(RUN(NULL, "eval", "--folds", path("lng.txt"), path("c.tsv")), 1);
    expect_in(err, "lng.txt:1: '0000000000000000000000000000000000000000...' is not a fold "
                   "number");
    write_file("nul.txt", "1\0junk\n0\n", 10);
    assert_int_equal(RUN(NULL, "eval", "--folds", path("nul.txt"), path("c.tsv")), 1);
    expect_in(err, "nul.txt:1: NUL byte at byte offset 1");
    write_file("cr.txt", "0\n0\r1\r0\r1\r", 10);
    assert_int_equal(RUN(NULL, "eval", "--folds", path("cr.txt"), path("c.tsv")), 1);
    expect_in(err, "cr.txt:2: carriage return at byte offset 3 ends no line");
    write_file("short.txt", "0\n1\n", 4);
    assert_int_equal(RUN(NULL, "eval", "--folds", path("short.txt"), path("c.tsv")), 1);
    expect_in(err, "short.txt has 2 fold numbers for more statements (");
    expect_in(err, "c.tsv:4 is statement 3)");

    assert_int_equal(RUN(NULL, "eval", "--test", path("c.tsv"), path("c.tsv")), 0);
    expect_in(out, "trained on 8 statements, tested on 8");
}

/* eval's calibrated figures are those of the calibration train makes: a temperature fitted at
 * the end of its range is none (train stores none and says so), the note on what train
 * stores appears only where it is true (-k 5, seed 1), statements of a label that the other
 * folds lack are warned of (every one an error), and --no-calibrate, a train option eval
 * cannot honour, is refused. Found by a blind audit that recomputed every figure. */
static void eval_reports_the_calibration_train_makes(void **state)
{
    (void)state;
    char sep[512] = "";
    for (int i = 0; i < 6; i++)
        strcat(sep, "conciliatory\twe welcome the friendly talks\n"
                    "hostile\twe condemn the hostile attack\n");
    write_file("sep.tsv", sep, strlen(sep));
    assert_int_equal(RUN(NULL, "eval", "-k", "2", path("sep.tsv")), 0);
    expect_in(err, "at the end of its range");
    expect_in(out, "temperature 1.000 ");
    expect_in(out, "temperature fitted on every fold: none, ");
    assert_null(strstr(out, "what 'stance train' stores"));
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--format", "json", path("sep.tsv")), 0);
    expect_in(out, "\"temperatures\":[1.000000,1.000000]");
    expect_in(out, "\"temperature_all_folds\":null,");

    write_file("c.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "eval", "-k", "5", path("c.tsv")), 0);
    expect_in(out, "(what 'stance train' stores)");
    assert_int_equal(RUN(NULL, "eval", "-k", "5", "--seed", "2", path("c.tsv")), 0);
    assert_null(strstr(out, "what 'stance train' stores"));
    expect_in(out, "stance train fits its own on 5 stratified folds, seed 1");
    assert_int_equal(RUN(NULL, "eval", "-k", "2", path("c.tsv")), 0);
    assert_null(strstr(out, "what 'stance train' stores"));

    char rare[1024];
    snprintf(rare, sizeof rare, "%sother\tA statement of a label no other fold has.\n", corpus);
    write_file("rare.tsv", rare, strlen(rare));
    assert_int_equal(RUN(NULL, "eval", "-k", "3", path("rare.tsv")), 0);
    expect_in(err, "1 statement of label 'other' (fold ");
    expect_in(err, "the other folds have none, so it is scored as an error");

    assert_int_equal(RUN(NULL, "eval", "--no-calibrate", path("c.tsv")), 2);
    expect_in(err, "--no-calibrate");
    assert_int_equal(RUN(NULL, "eval", "--test", path("c.tsv"), "--format", "json",
                         path("c.tsv")),
                     0);
    expect_in(out, "\"seed\":null,");
}

static void train_bad_corpus(void **state)
{
    (void)state;
    const char bad[] = "hostile\tWe protest.\n"
                       "conciliatory\tWe hope.\n"
                       "this line has no tab\n"
                       "hostile\tAgain we protest.\n";
    write_file("bad.tsv", bad, sizeof bad - 1);
    assert_int_equal(RUN(NULL, "train", "-o", path("bad.stnc"), path("bad.tsv")), 1);
    expect_in(err, "bad.tsv:3: no TAB between label and text");
    expect_in(err, "stopped at the first bad input, so nothing was written");
    struct stat sb;
    assert_int_not_equal(stat(path("bad.stnc"), &sb), 0); /* no model written */
    /* --skip-bad writes the model, names what it left out and says so in the exit status */
    assert_int_equal(RUN(NULL, "train", "--skip-bad", "--no-calibrate", "-o", path("bad.stnc"),
                         path("bad.tsv")),
                     1);
    expect_in(err, "warning: skipped ");
    expect_in(err, "bad.tsv:3: no TAB between label and text");
    expect_in(err, "trained on 3 statements");
    expect_in(err, "skipped 1 bad line");
    assert_int_equal(stat(path("bad.stnc"), &sb), 0);

    assert_int_equal(RUN(NULL, "train", "--labels", "conciliatory,hostile", "-o",
                         path("x.stnc"), "-"),
                     1); /* nothing on stdin */
    expect_in(err, "no statements");
    assert_int_equal(RUN("hostlie\ttypo in the label\n", "train", "--labels",
                         "conciliatory,hostile", "-o", path("x.stnc"), "-"),
                     1);
    expect_in(err, "-:1: unknown label 'hostlie'");

    /* a model is never half-written: a failing save leaves the old one */
    write_file("good.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "train", "-o", path("no/such/dir/m.stnc"), path("good.tsv")), 1);
    expect_in(err, "no/such/dir/m.stnc");
}

/* A corpus too small to cross-validate still trains: calibration is skipped with a warning
 * (it used to fail with "no statements to train on"), and --skip-bad keeps the good lines. */
static void train_tiny_corpus(void **state)
{
    (void)state;
    static const char two[] = "conciliatory\tWe welcome talks.\nhostile\tWe protest.\n";
    write_file("two.tsv", two, sizeof two - 1);
    assert_int_equal(RUN(NULL, "train", "-o", path("two.stnc"), path("two.tsv")), 0);
    expect_in(err, "calibration skipped");
    expect_in(err, "check them with 'stance eval'"); /* what to do next */
    expect_in(err, "trained on 2 statements (conciliatory 1, hostile 1)");

    /* a label of one statement in a corpus of many is most likely a header line or a typo:
     * said, with the line, and the way to allow only the labels meant */
    char many[4096] = "label\ttext\n";
    for (int i = 0; i < 12; i++)
        strcat(many, i % 2 ? "hostile\tWe protest this step.\n"
                           : "conciliatory\tWe welcome the talks.\n");
    strcat(many, "Hostile\tThey lie.\n");
    write_file("many.tsv", many, strlen(many));
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("many.stnc"),
                         path("many.tsv")),
                     0);
    expect_in(err, "warning: label 'label' has 1 statement of 14 (");
    expect_in(err, "many.tsv:1): a header line or a typo?");
    expect_in(err, "warning: label 'Hostile' has 1 statement of 14 (");
    expect_in(err, "many.tsv:14): a header line or a typo?");
    expect_in(err, "--labels");
    /* eval's report format is --format; its corpus format --corpus-format, said when mixed */
    assert_int_equal(RUN(NULL, "eval", "--format", "dirs", path("many.tsv")), 2);
    expect_in(err, "--format 'dirs': expected text or json (the corpus format is "
                   "--corpus-format)");
    static const char bad[] = "no tab here\nconciliatory\tWe welcome talks.\nhostile\tWe protest.\n";
    write_file("bad3.tsv", bad, sizeof bad - 1);
    assert_int_equal(RUN(NULL, "train", "--skip-bad", "-o", path("bad3.stnc"), path("bad3.tsv")), 1);
    expect_in(err, "trained on 2 statements");
    expect_in(err, "skipped 1 bad line");
    assert_int_equal(RUN("We protest.\n", "classify", "-m", path("bad3.stnc")), 0);
    expect_in(out, "hostile\t");
}

static void corpus_formats(void **state)
{
    (void)state;
    const char ft[] = "__label__hostile We protest this provocation.\n"
                      "__label__conciliatory We welcome the talks.\n";
    write_file("c.ft", ft, sizeof ft - 1);
    assert_int_equal(RUN(NULL, "train", "--format", "fasttext", "--no-calibrate", "-o",
                         path("ft.stnc"), path("c.ft")),
                     0);
    expect_in(err, "trained on 2 statements (conciliatory 1, hostile 1)");
    assert_int_equal(mkdir(path("dirs"), 0700), 0);
    assert_int_equal(mkdir(path("dirs/hostile"), 0700), 0);
    assert_int_equal(mkdir(path("dirs/conciliatory"), 0700), 0);
    write_file("dirs/hostile/a.txt", "We protest.", 11);
    write_file("dirs/hostile/b.txt", "Shame on them.", 14);
    write_file("dirs/conciliatory/a.txt", "Welcome back.", 13);
    assert_int_equal(RUN(NULL, "train", "--format", "dirs", "--no-calibrate", "-o",
                         path("d.stnc"), path("dirs")),
                     0);
    expect_in(err, "trained on 3 statements (conciliatory 1, hostile 2)");
}

static void merge_and_base(void **state)
{
    (void)state;
    const char a[] = "hostile\tWe protest.\nconciliatory\tWe hope for peace.\n";
    const char b[] = "hostile\tShame on them.\nneutral\tThe meeting is on Tuesday.\n";
    char both[256];
    snprintf(both, sizeof both, "%s%s", a, b);
    write_file("a.tsv", a, sizeof a - 1);
    write_file("b.tsv", b, sizeof b - 1);
    write_file("ab.tsv", both, strlen(both));
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("a.stnc"), path("a.tsv")), 0);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("b.stnc"), path("b.tsv")), 0);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("ab.stnc"), path("ab.tsv")),
                     0);
    assert_int_equal(RUN(NULL, "merge", "-o", path("m.stnc"), path("a.stnc"), path("b.stnc")), 0);
    expect_in(err, "merged 2 models: 4 statements");
    assert_true(same_file(path("m.stnc"), path("ab.stnc")));
    /* --base continues a model: the same bytes again */
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--base", path("a.stnc"), "-o",
                         path("ab2.stnc"), path("b.tsv")),
                     0);
    assert_true(same_file(path("ab2.stnc"), path("ab.stnc")));
    assert_int_equal(RUN(NULL, "train", "--base", path("a.stnc"), "--ngrams", "3", "-o",
                         path("x.stnc"), path("b.tsv")),
                     2);
    expect_in(err, "--ngrams cannot be combined with --base");
    /* the base's labels are the set (new ones may join): --labels would be honored by one
     * worker and not the others, so it is refused whatever -j is */
    for (int j = 1; j <= 2; j++) {
        assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-j", j == 1 ? "1" : "2",
                             "--base", path("a.stnc"), "--labels", "conciliatory", "-o",
                             path("x.stnc"), path("b.tsv")),
                         2);
        expect_in(err, "--labels cannot be combined with --base");
    }
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--ngrams", "3", "-o", path("c3.stnc"),
                         path("b.tsv")),
                     0);
    assert_int_equal(RUN(NULL, "merge", "-o", path("bad.stnc"), path("a.stnc"), path("c3.stnc")),
                     1);
    expect_in(err, "c3.stnc: its ngram_max is 3, and 2 in the models added before");

    /* a pruned model is refused in any place of the list, the first too */
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--min-count", "2", "-o",
                         path("p.stnc"), path("ab.tsv")),
                     0);
    for (int first = 0; first < 2; first++) {
        assert_int_equal(RUN(NULL, "merge", "-o", path("mp.stnc"),
                             path(first ? "p.stnc" : "a.stnc"), path(first ? "a.stnc" : "p.stnc")),
                         1);
        expect_in(err, "p.stnc: the model was pruned (min_count 2)");
        struct stat sb;
        assert_int_not_equal(stat(path("mp.stnc"), &sb), 0); /* nothing written */
    }

    /* label biases are the model's own: merge and --base keep them */
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--label-bias", "hostile=1.5", "-o",
                         path("ba.stnc"), path("a.tsv")),
                     0);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--label-bias", "hostile=1.5", "-o",
                         path("bb.stnc"), path("b.tsv")),
                     0);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--label-bias", "hostile=1.5", "-o",
                         path("bab.stnc"), path("ab.tsv")),
                     0);
    assert_int_equal(RUN(NULL, "merge", "-o", path("bm.stnc"), path("ba.stnc"), path("bb.stnc")),
                     0);
    assert_true(same_file(path("bm.stnc"), path("bab.stnc")));
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--base", path("ba.stnc"), "-o",
                         path("bab2.stnc"), path("b.tsv")),
                     0);
    assert_true(same_file(path("bab2.stnc"), path("bab.stnc")));
    /* and models that disagree on a label's bias are refused, naming it */
    assert_int_equal(RUN(NULL, "merge", "-o", path("bx.stnc"), path("a.stnc"), path("bb.stnc")),
                     1);
    expect_in(err, "label 'hostile' has a decision bias of 1.5");
    expect_in(err, "in the models added before");
}

/* The column of counts after the features lines up in characters, not bytes, whatever the
 * script of the feature; one statement is "1 statement". */
static void info_aligns_by_characters(void **state)
{
    (void)state;
    const char c[] = "a\tмир и дружба\na\tмир и дружба\na\tмир и дружба\na\tpeace\n"
                     "a\tpeace\na\tpeace\nb\tугроза\nb\tугроза\nb\tугроза\nb\twar\n"
                     "c\tthe schedule\n";
    write_file("ru.tsv", c, sizeof c - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--language", "none", "-o",
                         path("ru.stnc"), path("ru.tsv")),
                     0);
    expect_in(err, "c 1)");
    assert_int_equal(RUN(NULL, "info", "--top", "10", path("ru.stnc")), 0);
    expect_in(out, "c (1 statement)");
    const char *sec = strstr(out, "most indicative of a:\n");
    assert_non_null(sec);
    sec = strchr(sec, '\n') + 1;
    long column = -1;
    int rows = 0;
    for (const char *line = sec; *line == ' '; line = strchr(line, '\n') + 1) {
        const char *counts = strstr(line, "  a ");
        assert_non_null(counts);
        long chars = 0; /* code points before the counts */
        for (const char *p = line; p < counts; p++)
            chars += ((unsigned char)*p & 0xC0) != 0x80;
        if (column >= 0 && chars != column)
            fail_msg("counts at character %ld, not %ld, in: %.*s", chars, column,
                     (int)(strchr(line, '\n') - line), line);
        column = chars;
        rows++;
    }
    assert_true(rows >= 3); /* мир, дружба, peace and their bigrams */
}

/* --label-bias: stored in the model, shown by info, turns a decision; a label the corpus lacks
 * and a bad value are refused. */
static void label_bias_option(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--label-bias", "conciliatory=40", "-o",
                         path("b.stnc"), path("c.tsv")),
                     0);
    assert_int_equal(RUN(NULL, "info", "--top", "0", path("b.stnc")), 0);
    expect_in(out, "label bias conciliatory +40.000");
    assert_int_equal(RUN("we protest this provocation\n", "classify", "-m", path("b.stnc")), 0);
    expect_in(out, "\nconciliatory\t");
    assert_int_equal(RUN(NULL, "train", "--label-bias", "neutral=1", "-o", path("x.stnc"),
                         path("c.tsv")),
                     2); /* a usage error, as classify's against its model */
    expect_in(err, "the corpus has no label 'neutral'");
    assert_int_equal(RUN(NULL, "train", "--label-bias", "hostile=1e9", "-o", path("x.stnc"),
                         path("c.tsv")),
                     2);
    expect_in(err, "--label-bias 'hostile=1e9'");
}

/* The "as trained" row of a text report: "as trained  LOG-LOSS  BRIER  ECE  ACCURACY". */
static void as_trained_row(const char *report, char *row, size_t cap)
{
    const char *at = strstr(report, "\nas trained ");
    assert_non_null(at);
    const char *end = strchr(at + 1, '\n');
    assert_non_null(end);
    snprintf(row, cap, "%.*s", (int)(end - at - 1), at + 1);
}

/* eval --label-bias scores as a model trained with that bias (train --label-bias) would: in
 * cross-validation, on a test set after training, and with -m instead of the model's own
 * bias (as classify --label-bias). Without it, cross-validation measured a classifier other
 * than the one a user trains with a bias and ships. */
static void eval_label_bias(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    /* a bias beyond any statement's evidence: every statement conciliatory */
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--label-bias", "conciliatory=40",
                         path("c.tsv")),
                     0);
    expect_in(out, "label bias conciliatory +40.000\n");
    expect_in(out, "accuracy   0.5000");
    expect_in(out, "\nhostile                  4        0\n");
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--format", "json", "--label-bias",
                         "conciliatory=40", path("c.tsv")),
                     0);
    expect_in(out, "\"label_bias\":{\"conciliatory\":40,\"hostile\":0}");

    /* cross-validation on a corpus twice, each copy a fold: each fold's model is the model of
     * the whole corpus, so its "as trained" figures are that model's, bias and all (a
     * statement under both labels keeps its probabilities off 0 and 1, where a bias would
     * hardly show) */
    static const char mixed[] = "hostile\tWe note the statement.\n"
                                "conciliatory\tWe note the statement.\n";
    static char once[sizeof corpus + sizeof mixed], twice[2 * sizeof once];
    snprintf(once, sizeof once, "%s%s", corpus, mixed);
    snprintf(twice, sizeof twice, "%s%s", once, once);
    write_file("once.tsv", once, strlen(once));
    write_file("twice.tsv", twice, strlen(twice));
    write_file("halves.txt", "0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n", 40);
    assert_int_equal(RUN(NULL, "train", "--label-bias", "hostile=4", "-o", path("b.stnc"),
                         path("once.tsv")),
                     0);
    assert_int_equal(RUN(NULL, "eval", "-m", path("b.stnc"), "--test", path("once.tsv")), 0);
    char model_row[160], cv_row[160], test_row[160];
    as_trained_row(out, model_row, sizeof model_row);
    assert_int_equal(RUN(NULL, "eval", "--folds", path("halves.txt"), "--label-bias",
                         "hostile=4", path("twice.tsv")),
                     0);
    as_trained_row(out, cv_row, sizeof cv_row);
    assert_string_equal(cv_row, model_row);
    assert_int_equal(RUN(NULL, "eval", "--folds", path("halves.txt"), path("twice.tsv")), 0);
    as_trained_row(out, cv_row, sizeof cv_row);
    assert_string_not_equal(cv_row, model_row); /* the bias is what made them equal */
    /* a test set: the model trained in the run gets the bias, as train would give it */
    assert_int_equal(RUN(NULL, "eval", "--test", path("once.tsv"), "--label-bias", "hostile=4",
                         path("once.tsv")),
                     0);
    as_trained_row(out, test_row, sizeof test_row);
    assert_string_equal(test_row, model_row);
    /* -m: the run's bias replaces the model's */
    assert_int_equal(RUN(NULL, "train", "-o", path("plain.stnc"), path("once.tsv")), 0);
    assert_int_equal(RUN(NULL, "eval", "-m", path("plain.stnc"), "--test", path("once.tsv")),
                     0);
    as_trained_row(out, model_row, sizeof model_row);
    assert_int_equal(RUN(NULL, "eval", "-m", path("b.stnc"), "--label-bias", "hostile=0",
                         "--test", path("once.tsv")),
                     0);
    as_trained_row(out, test_row, sizeof test_row);
    assert_string_equal(test_row, model_row);

    /* a label the corpus or the model does not have is a usage error, as train and classify
     * say it */
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--label-bias", "neutral=1", path("c.tsv")),
                     2);
    expect_in(err, "--label-bias 'neutral=1': the corpus has no label 'neutral'");
    assert_string_equal(out, "");
    assert_int_equal(RUN(NULL, "eval", "--test", path("c.tsv"), "--label-bias", "neutral=1",
                         path("c.tsv")),
                     2);
    expect_in(err, "--label-bias 'neutral=1': the corpus has no label 'neutral'");
    assert_int_equal(RUN(NULL, "eval", "-m", path("b.stnc"), "--label-bias", "neutral=1",
                         "--test", path("c.tsv")),
                     2);
    expect_in(err, "--label-bias 'neutral=1': the model has no label 'neutral'");
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--label-bias", "hostile=1e9", path("c.tsv")),
                     2);
    expect_in(err, "--label-bias 'hostile=1e9'");

    /* a model tested as it is has its own settings: an analyzer or training option beside -m
     * would change nothing, so it is refused, as beside train --base */
    static const char *const unused[][2] = {
        {"--language", "french"}, {"--ngrams", "1"}, {"--no-negation", NULL},
        {"--alpha", "3"}, {"--min-count", "5"}, {"--complement", NULL},
    };
    for (size_t i = 0; i < sizeof unused / sizeof *unused; i++) {
        const char *args[] = {"eval", "-m", path("b.stnc"), unused[i][0],
                              unused[i][1] ? unused[i][1] : "--test",
                              unused[i][1] ? "--test" : path("c.tsv"),
                              unused[i][1] ? path("c.tsv") : NULL, NULL};
        assert_int_equal(tool_run(&(tool_run_t){0}, args, NULL), 2);
        char want[128];
        snprintf(want, sizeof want, "%s cannot be combined with -m: the model's", unused[i][0]);
        expect_in(err, want);
    }
}

/* Several threads give the output of one. */
static void jobs_do_not_change_output(void **state)
{
    (void)state;
    static char one[1 << 20];
    const char *heldout = STANCE_CORPUS_DIR "/heldout/voices.tsv";
    assert_int_equal(RUN(NULL, "classify", "--format", "jsonl", "--explain", "3", heldout), 0);
    memcpy(one, out, sizeof one);
    assert_int_equal(RUN(NULL, "classify", "-j", "4", "--format", "jsonl", "--explain", "3",
                         heldout),
                     0);
    assert_string_equal(out, one);
    /* several batches (2,048 statements each), each classified while the next is read and
     * taken up by a worker done with the one before: the same bytes for any -j */
    static char big[1 << 20];
    size_t n = 0;
    for (int i = 0; i < 9000; i++)
        n += (size_t)snprintf(big + n, sizeof big - n,
                              i % 3 ? "We condemn provocation number %d.\n"
                                    : "We welcome the talks, round %d, and hope for more.\n",
                              i);
    write_file("many.txt", big, n);
    static const char *const js[] = {"1", "2", "3", "7"};
    for (int format = 0; format < 2; format++)
        for (size_t j = 0; j < 4; j++) {
            char name[32];
            snprintf(name, sizeof name, "many-%d-%s.out", format, js[j]);
            const char *const args[] = {"classify", "-j", js[j], "--format",
                                        format ? "jsonl" : "tsv", "--explain", "2",
                                        path("many.txt"), NULL};
            assert_int_equal(tool_run(&(tool_run_t){.stdout_path = path(name)}, args, NULL), 0);
            char first[32];
            snprintf(first, sizeof first, "many-%d-1.out", format);
            assert_true(same_file(path(first), path(name)));
        }
    /* training: any number of threads, even more than statements per batch share, gives the
     * bytes of one (it once lost statements beyond 256 workers without a word) */
    assert_int_equal(RUN(NULL, "train", "-o", path("j1.stnc"), heldout), 0);
    static const char *const jobs[] = {"3", "4", "300"};
    for (size_t j = 0; j < 3; j++) {
        assert_int_equal(RUN(NULL, "train", "-j", jobs[j], "-o", path("jn.stnc"), heldout), 0);
        assert_true(same_file(path("j1.stnc"), path("jn.stnc")));
    }
    /* train and eval share the fold rule: the temperature train stores is eval's over all
     * folds with -k 5 */
    assert_int_equal(RUN(NULL, "info", path("j1.stnc")), 0);
    const char *t = strstr(out, "temperature");
    assert_non_null(t);
    double stored = 0;
    assert_int_equal(sscanf(t, "temperature %lf", &stored), 1);
    assert_int_equal(RUN(NULL, "eval", "-k", "5", "--format", "json", heldout), 0);
    const char *all = strstr(out, "\"temperature_all_folds\":");
    assert_non_null(all);
    double fitted = strtod(all + strlen("\"temperature_all_folds\":"), NULL);
    assert_true(fabs(stored - fitted) < 1e-3);
    assert_int_equal(RUN(NULL, "eval", "-k", "3", heldout), 0);
    memcpy(one, out, sizeof one);
    assert_int_equal(RUN(NULL, "eval", "-k", "3", "-j", "3", heldout), 0);
    /* same figures (the timing line at the end differs) */
    *strrchr(out, '(') = '\0';
    *strrchr(one, '(') = '\0';
    assert_string_equal(out, one);
}

/* The same corpus or model given twice counts twice, as a user may want (to weigh it double)
 * or not: train and merge say so, under any name for the file, and go on. Left by stop 42's
 * reviews ("merging the same file twice is not warned", nor training on it). */
static void a_file_given_twice_is_said(void **state)
{
    (void)state;
    static const char pairs[] = "hostile\tWe condemn it.\nconciliatory\tWe welcome it.\n";
    write_file("twice.tsv", pairs, sizeof pairs - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("t2.stnc"),
                         path("twice.tsv"), path("twice.tsv")),
                     0);
    expect_in(err, "is given twice: its statements count twice");
    expect_in(err, "trained on 4 statements");
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("t3.stnc"),
                         path("twice.tsv"), path("./twice.tsv")),
                     0);
    expect_in(err, "twice.tsv' again: its statements count twice"); /* another name */
    assert_int_equal(RUN(NULL, "merge", "-o", path("m2.stnc"), path("t2.stnc"), path("t2.stnc")),
                     0);
    expect_in(err, "is given twice: its statements count twice");
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("t1.stnc"),
                         path("twice.tsv")),
                     0);
    assert_null(strstr(err, "twice:"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(usage_and_help),
        cmocka_unit_test(classify_lines),
        cmocka_unit_test(classify_document_and_quotes),
        cmocka_unit_test(classify_quotes_speakers),
        cmocka_unit_test(classify_quotes_speaker_weight),
        cmocka_unit_test(classify_quotes_article_weight),
        cmocka_unit_test(classify_bad_input),
        cmocka_unit_test(train_classify_eval),
        cmocka_unit_test(eval_reports_the_calibration_train_makes),
        cmocka_unit_test(train_bad_corpus),
        cmocka_unit_test(train_tiny_corpus),
        cmocka_unit_test(corpus_formats),
        cmocka_unit_test(merge_and_base),
        cmocka_unit_test(info_aligns_by_characters),
        cmocka_unit_test(label_bias_option),
        cmocka_unit_test(eval_label_bias),
        cmocka_unit_test(jobs_do_not_change_output),
        cmocka_unit_test(a_file_given_twice_is_said),
    };
    return cmocka_run_group_tests_name("cli", tests, tool_setup, tool_teardown);
}
