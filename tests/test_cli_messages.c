/* Messages that say what is really wrong, and nothing accepted silently that a user would
 * want to know about: each case here once misled or said nothing. */
#define _POSIX_C_SOURCE 200809L
#include "tool.h"

#include "stance_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char corpus[] = "conciliatory\tWe welcome the talks and hope to work together.\n"
                             "hostile\tWe condemn this provocation and will respond.\n"
                             "neutral\tThe meeting is on Monday.\n"
                             "foo bar\tA label no one allowed.\n"
                             "conciliatory\tOur door remains open to dialogue.\n"
                             "hostile\tThis is an unfriendly step and we protest.\n";

/* A model written by a newer libstance may hold optional sections this one does not know:
 * it reads the model, but a model merged or continued from it leaves them out, and says so
 * (a blind review found them dropped without a word). */
static void unknown_sections_are_not_carried_over_silently(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("m.stnc"), path("c.tsv")),
                     0);
    static unsigned char model[1 << 16];
    FILE *fp = fopen(path("m.stnc"), "rb");
    assert_non_null(fp);
    size_t len = fread(model, 1, sizeof model, fp);
    fclose(fp);
    assert_true(len > 40 && len + 16 < sizeof model);
    /* an optional section "XTRA" of 0 bytes before the checksum, the header's count and
     * length updated, the checksum made again */
    memmove(model + len - 4 + 16, model + len - 4, 4);
    memcpy(model + len - 4, "XTRA\0\0\0\0\0\0\0\0\0\0\0\0", 16);
    len += 16;
    model[24]++;
    for (int i = 0; i < 8; i++)
        model[16 + i] = (unsigned char)((uint64_t)len >> (8 * i));
    uint32_t crc = stance__crc32c(model, len - 4);
    for (int i = 0; i < 4; i++)
        model[len - 4 + i] = (unsigned char)(crc >> (8 * i));
    write_file("newer.stnc", (const char *)model, len);
    assert_int_equal(RUN(NULL, "info", path("newer.stnc")), 0);
    assert_null(strstr(err, "leaves them out"));
    assert_int_equal(RUN(NULL, "merge", "-o", path("merged.stnc"), path("newer.stnc")), 0);
    expect_in(err, "newer.stnc holds sections this libstance does not know");
    expect_in(err, "the model written from it leaves them out");
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--base", path("newer.stnc"), "-o",
                         path("more.stnc"), path("c.tsv")),
                     0);
    expect_in(err, "the model written from it leaves them out");
}

/* A sum of models has no calibration (a temperature is fitted on a corpus's folds, and no
 * model keeps them): merge says so when a model it adds was calibrated, so that the sum's
 * surer confidences, and --min-confidence thresholds chosen on a calibrated model, are no
 * surprise (a blind review found the shipped model's 2.92 dropped without a word). */
static void merge_says_calibration_is_not_carried_over(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("raw.stnc"), path("c.tsv")),
                     0);
    assert_int_equal(RUN(NULL, "merge", "-o", path("sum.stnc"), path("raw.stnc")), 0);
    assert_null(strstr(err, "calibrat"));
    assert_int_equal(RUN(NULL, "merge", "-o", path("shipped.stnc"),
                         STANCE_EXAMPLES_DIR "/../models/stance-en.stnc"),
                     0);
    expect_in(err, "warning: ");
    expect_in(err, "stance-en.stnc is calibrated (temperature 2.92");
    expect_in(err, "the sum is not");
}

/* Complement naive Bayes uses no class priors (FORMAT.md): info says so instead of showing the
 * priors setting as if it counted, and merge adds up two complement models that differ only
 * in it (they classify alike); multinomial models of other priors are still refused. */
static void complement_models_have_no_priors(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    static const struct {
        const char *nb[2]; /* the variant, as two arguments ("--alpha 1" is a multinomial) */
        const char *priors_line;
        int merge_status;
        const char *merge_said;
    } variants[] = {
        {{"--complement", "--no-calibrate"},
         "  priors            none          class priors (complement NB uses none)\n", 0,
         "merged 2 models"},
        {{"--alpha", "1"}, "  priors            learned       class priors\n", 1,
         "its priors is uniform, and learned"},
    };
    for (size_t v = 0; v < 2; v++) {
        const char *const *nb = variants[v].nb;
        const char *learned[] = {"train", nb[0], nb[1], "--no-calibrate", "-o",
                                 path("learned.stnc"), path("c.tsv"), NULL};
        const char *uniform[] = {"train", nb[0], nb[1], "--uniform-priors", "--no-calibrate",
                                 "-o", path("uniform.stnc"), path("c.tsv"), NULL};
        assert_int_equal(tool_run(&(tool_run_t){0}, learned, NULL), 0);
        assert_int_equal(tool_run(&(tool_run_t){0}, uniform, NULL), 0);
        assert_int_equal(RUN(NULL, "info", path("learned.stnc")), 0);
        expect_in(out, variants[v].priors_line);
        assert_int_equal(RUN(NULL, "merge", "-o", path("sum.stnc"), path("learned.stnc"),
                             path("uniform.stnc")),
                         variants[v].merge_status);
        expect_in(err, variants[v].merge_said);
    }
}

/* Small things a blind review found unclear: an empty -o is a usage error like any bad
 * argument; a label given twice in --labels is one; a label cut short in a message shows that
 * it was cut; counts of one are singular; a second __label__ at the start of a fastText line
 * is named at its byte. */
static void small_messages_say_it_exactly(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "train", "-o", "", path("c.tsv")), 2);
    expect_in(err, "stance train: -o: the path is empty");
    assert_int_equal(RUN(NULL, "merge", "-o", "", path("c.tsv")), 2);
    expect_in(err, "stance merge: -o: the path is empty");
    assert_int_equal(RUN(NULL, "train", "--labels", "hostile,hostile", "-o", path("m.stnc"),
                         path("c.tsv")),
                     2);
    expect_in(err, "stance train: --labels 'hostile,hostile': 'hostile' is given twice");
    char long_label[200];
    memset(long_label, 'x', 70);
    memcpy(long_label + 70, "\tsome text\n", 12);
    write_file("long.tsv", long_label, 81);
    assert_int_equal(RUN(NULL, "train", "-o", path("m.stnc"), path("long.tsv")), 1);
    expect_in(err, "label 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' is not usable");
    static const char one_bad[] = "conciliatory\tWe welcome talks.\nno tab\n"
                                  "hostile\tWe protest.\n";
    write_file("one.tsv", one_bad, sizeof one_bad - 1);
    assert_int_equal(RUN(NULL, "train", "--skip-bad", "--no-calibrate", "-o", path("m.stnc"),
                         path("one.tsv")),
                     1);
    expect_in(err, "skipped 1 bad line\n");
    static const char two_first[] = "__label__a __label__b some text\n";
    write_file("two.ft", two_first, sizeof two_first - 1);
    assert_int_equal(RUN(NULL, "train", "--format", "fasttext", "-o", path("m.stnc"),
                         path("two.ft")),
                     1);
    expect_in(err, "two.ft:1: 2 labels on one line (the second at byte offset 11)");
}

/* Standard input can be read once: '-' named twice (or as a corpus and a test file) would
 * be read empty the second time, a statement labeled "unknown" in document mode and "no
 * statements in the test files" in eval, so it is refused up front. */
static void standard_input_is_named_once(void **state)
{
    (void)state;
    assert_int_equal(RUN("We welcome the talks.\n", "classify", "--mode", "document", "-", "-"),
                     2);
    expect_in(err, "stance classify: standard input ('-') is named twice: it can be read once");
    assert_string_equal(out, "");
    assert_int_equal(RUN(corpus, "train", "-o", path("m.stnc"), "-", "-"), 2);
    expect_in(err, "stance train: standard input ('-') is named twice");
    assert_int_equal(RUN(corpus, "eval", "--test", "-", "-"), 2);
    expect_in(err, "stance eval: standard input ('-') is named twice");
}

/* A folder given to classify is not "the folder format" (that is for training). */
static void classify_a_folder(void **state)
{
    (void)state;
    mkdir(path("dir"), 0700);
    assert_int_equal(RUN(NULL, "classify", path("dir")), 1);
    expect_in(err, "dir' is a folder, not a file");
    assert_null(strstr(err, "folder format"));
    assert_int_equal(RUN(NULL, "train", "-o", path("m.stnc"), path("dir")), 1);
    expect_in(err, "dir' is a folder, not a file (a folder per label is the folder format)");
}

/* UTF-16 and UTF-32 text is named for what it is, not called binary data. */
static void utf16_is_named(void **state)
{
    (void)state;
    static const char le[] = "\xff\xfeh\0i\0\n\0";
    write_file("le.txt", le, sizeof le - 1);
    assert_int_equal(RUN(NULL, "classify", path("le.txt")), 1);
    expect_in(err, "le.txt:1: starts with a UTF-16 byte-order mark (FF FE)");
    expect_in(err, "convert it to UTF-8");
    static const char be[] = "\xfe\xff\0h\0i\0\n";
    write_file("be.txt", be, sizeof be - 1);
    assert_int_equal(RUN(NULL, "classify", path("be.txt")), 1);
    expect_in(err, "be.txt:1: starts with a UTF-16 byte-order mark (FE FF)");
}

/* --max-bytes below every statement names the first ten and then counts them all, instead of
 * printing a line per statement; the run still fails. */
static void refusals_are_capped_and_counted(void **state)
{
    (void)state;
    char text[64 * 30 + 1] = "";
    for (int i = 0; i < 64; i++)
        strcat(text, "a statement of some length\n");
    write_file("long.txt", text, strlen(text));
    assert_int_equal(RUN(NULL, "classify", "--max-bytes", "5", path("long.txt")), 1);
    expect_in(err, "long.txt:10: statement of 26 bytes, longer than the limit of 5 (no more "
                   "errors named for this file)");
    assert_null(strstr(err, "long.txt:11:"));
    expect_in(err, "long.txt: 64 statements in all could not be classified");
}

/* A statement with no word the model knows is not labeled by the priors as if understood:
 * it says 'unknown', and JSON Lines gives the count of known features. */
static void nothing_known_is_unknown(void **state)
{
    (void)state;
    static const char text[] = "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82\n"
                               "We condemn this provocation.\n";
    assert_int_equal(RUN(text, "classify"), 0);
    expect_in(out, "\nunknown\t");
    assert_int_equal(RUN(text, "classify", "--format", "jsonl"), 0);
    expect_in(out, "\"label\":\"unknown\",\"confidence\":");
    expect_in(out, "\"known_features\":0,");
    assert_int_equal(RUN(text, "classify", "--no-unknown"), 0);
    assert_null(strstr(out, "unknown"));
}

/* eval scores a statement with no word the model knows by the priors and biases alone, as
 * classify --no-unknown labels it; it says how many there were and how many of them were
 * right, in cross-validation and on a test set. */
static void eval_counts_what_nothing_known_scored(void **state)
{
    (void)state;
    static const char cv[] = "conciliatory\tWe welcome the talks and hope to work together.\n"
                             "hostile\tWe condemn this provocation and will respond.\n"
                             "conciliatory\tOur door remains open to dialogue.\n"
                             "hostile\tThis is an unfriendly step and we protest.\n"
                             "hostile\tzzyzx qwvk\n"
                             "conciliatory\tWe are ready to resume the talks.\n";
    write_file("cv.tsv", cv, sizeof cv - 1);
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--format", "json", path("cv.tsv")), 0);
    expect_in(out, "\"no_known_word\":{\"statements\":1,\"right\":");
    assert_int_equal(RUN(NULL, "eval", "-k", "2", path("cv.tsv")), 0);
    expect_in(out, "\nno known word: 1 statement, scored by the label priors and biases alone (");

    static const char three[] = "conciliatory\tWe welcome the talks and hope to work together.\n"
                                "hostile\tWe condemn this provocation and will respond.\n"
                                "neutral\tThe meeting is on Tuesday.\n"
                                "conciliatory\tOur door remains open to dialogue.\n"
                                "hostile\tThis is an unfriendly step and we protest.\n"
                                "neutral\tThe delegation arrives at noon.\n";
    write_file("three.tsv", three, sizeof three - 1);
    assert_int_equal(RUN(NULL, "train", "--label-bias", "neutral=3", "-o", path("b.stnc"),
                         path("three.tsv")),
                     0);
    /* the bias decides for neutral when nothing else speaks */
    static const char test[] = "neutral\tzzyzx qwvk\n"
                               "hostile\t\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82\n"
                               "conciliatory\tWe welcome the talks and hope to work together.\n";
    write_file("test.tsv", test, sizeof test - 1);
    assert_int_equal(RUN(NULL, "eval", "-m", path("b.stnc"), "--test", path("test.tsv"),
                         "--format", "json"),
                     0);
    expect_in(out, "\"no_known_word\":{\"statements\":2,\"right\":1}");
    assert_int_equal(RUN(NULL, "eval", "-m", path("b.stnc"), "--test", path("test.tsv")), 0);
    expect_in(out, "\nno known word: 2 statements, scored by the label priors and biases alone "
                   "(1 right)\n");
    /* none: nothing said in text, 0 in JSON */
    static const char known[] = "conciliatory\tWe welcome the talks and hope to work together.\n";
    write_file("known.tsv", known, sizeof known - 1);
    assert_int_equal(RUN(NULL, "eval", "-m", path("b.stnc"), "--test", path("known.tsv")), 0);
    assert_null(strstr(out, "no known word"));
    assert_int_equal(RUN(NULL, "eval", "-m", path("b.stnc"), "--test", path("known.tsv"),
                         "--format", "json"),
                     0);
    expect_in(out, "\"no_known_word\":{\"statements\":0,\"right\":0}");
}

/* The words written instead of a label cannot be mistaken for a trained label of that name. */
static void reserved_words_do_not_collide(void **state)
{
    (void)state;
    static const char c[] = "uncertain\tWe may or may not come.\nsure\tWe will come.\n"
                            "unknown\tNobody knows.\n";
    write_file("r.tsv", c, sizeof c - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("r.stnc"), path("r.tsv")),
                     0);
    assert_int_equal(RUN("We will come.\n", "classify", "-m", path("r.stnc"), "--no-unknown",
                         "--min-confidence", "0.9"),
                     1);
    expect_in(err, "the model has a label named 'uncertain', which --min-confidence writes");
    assert_int_equal(RUN("We will come.\n", "classify", "-m", path("r.stnc")), 1);
    expect_in(err, "the model has a label named 'unknown'");
    expect_in(err, "add --no-unknown");
    assert_int_equal(RUN("We will come.\n", "classify", "-m", path("r.stnc"), "--no-unknown"),
                     0);
    expect_in(out, "sure\t");
}

/* An empty input still gets its TSV header, in every mode. */
static void empty_input_has_a_header(void **state)
{
    (void)state;
    assert_int_equal(RUN("", "classify"), 0);
    assert_string_equal(out, "label\tconfidence\tspeaker\ttext\n");
    assert_int_equal(RUN("\n\n", "classify", "--explain", "2"), 0);
    assert_string_equal(out, "label\tconfidence\tspeaker\ttext\tfeatures\n");
}

/* --strict stops at the first problem of any kind; without it a missing file is reported,
 * skipped, and the run goes on and fails. */
static void strict_stops_at_a_missing_file(void **state)
{
    (void)state;
    write_file("ok.txt", "We welcome the talks.\n", 22);
    assert_int_equal(RUN(NULL, "classify", path("missing.txt"), path("ok.txt")), 1);
    expect_in(err, "missing.txt");
    expect_in(out, "We welcome the talks.");
    assert_int_equal(RUN(NULL, "classify", "--strict", path("missing.txt"), path("ok.txt")), 1);
    expect_in(err, "missing.txt");
    assert_null(strstr(out, "We welcome the talks."));
}

/* --label-bias at classification overrides the model's bias for the run. */
static void classify_label_bias(void **state)
{
    (void)state;
    /* one word's evidence is small: the shipped biases for neutral and hostile weigh on it */
    assert_int_equal(RUN("hypocritical\n", "classify"), 0);
    expect_in(out, "\nhostile\t");
    assert_int_equal(RUN("hypocritical\n", "classify", "--label-bias", "hostile=0"), 0);
    expect_in(out, "\nneutral\t");
    assert_int_equal(RUN("hypocritical\n", "classify", "--label-bias", "neutrall=0"), 2);
    expect_in(err, "--label-bias 'neutrall=0': the model has no label 'neutrall'");
    assert_int_equal(RUN("hypocritical\n", "classify", "--label-bias", "neutral=1e9"), 2);
}

/* A label with a space at either end would silently be another label. */
static void labels_with_spaces_are_refused(void **state)
{
    (void)state;
    static const char sp[] = "good \tWe welcome it.\ngood\tWe welcome them.\nbad\tWe protest.\n";
    write_file("sp.tsv", sp, sizeof sp - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("sp.stnc"), path("sp.tsv")),
                     1);
    expect_in(err, "sp.tsv:1: label 'good ' begins or ends with a space");
    /* the same in --labels, where the corpus would then fail on 'good' as unknown */
    static const char ok[] = "good\tWe welcome it.\nbad\tWe protest.\n";
    write_file("ok.tsv", ok, sizeof ok - 1);
    assert_int_equal(RUN(NULL, "train", "--labels", "good ,bad", "-o", path("sp.stnc"),
                         path("ok.tsv")),
                     2);
    expect_in(err, "--labels 'good ,bad': 'good ' begins or ends with a space");
}

/* Labels that look alike are one label or refused, never two: a decomposed accent (macOS
 * folder names, some editors) is composed as the corpus is read, and a no-break space at an
 * end or an invisible character inside is refused with its reason (a blind review trained
 * "neutral" and "neutral\u00a0", "très hostile" and its decomposed twin, as four labels). */
static void look_alike_labels_are_one_or_refused(void **state)
{
    (void)state;
    static const char nfd[] = "tr\xC3\xA8s hostile\tWe protest.\n"
                              "tre\xCC\x80s hostile\tShame on them.\n"
                              "calme\tWe welcome it.\n";
    write_file("nfd.tsv", nfd, sizeof nfd - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("nfd.stnc"), path("nfd.tsv")),
                     0);
    expect_in(err, "(calme 1, tr\xC3\xA8s hostile 2)");
    mkdir(path("d"), 0700);
    mkdir(path("d/tre\xCC\x80s hostile"), 0700);
    mkdir(path("d/calme"), 0700);
    write_file("d/tre\xCC\x80s hostile/a.txt", "We protest.", 11);
    write_file("d/calme/b.txt", "We welcome it.", 14);
    assert_int_equal(RUN(NULL, "train", "--format", "dirs", "--no-calibrate", "-o",
                         path("d.stnc"), path("d")),
                     0);
    assert_int_equal(RUN(NULL, "info", path("d.stnc")), 0);
    expect_in(out, "tr\xC3\xA8s hostile (1 statement)");
    static const char nbsp[] = "neutral\xC2\xA0\tThe talks are on Monday.\n";
    write_file("nbsp.tsv", nbsp, sizeof nbsp - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("x.stnc"), path("nbsp.tsv")),
                     1);
    expect_in(err, "nbsp.tsv:1: label 'neutral\xC2\xA0' begins or ends with a space");
    static const char zw[] = "neu\xE2\x80\x8Btral\tThe talks are on Monday.\n";
    write_file("zw.tsv", zw, sizeof zw - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("x.stnc"), path("zw.tsv")),
                     1);
    expect_in(err, "zw.tsv:1: label 'neu");
    expect_in(err, "holds an invisible character (U+200B)");
}

/* The code points of a line (its display width for the letters used here). */
static size_t code_points_to_eol(const char *s)
{
    size_t n = 0;
    for (; *s && *s != '\n'; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* eval's table lines its columns up by what a terminal shows, not by bytes: a label with an
 * accent or in Cyrillic takes one column a letter (a blind review saw the rows shifted). */
static void eval_table_aligns_letters_not_bytes(void **state)
{
    (void)state;
    static const char c[] = "tr\xC3\xA8s hostile\tWe protest.\ncalme\tWe welcome it.\n"
                            "tr\xC3\xA8s hostile\tShame on them.\ncalme\tWe agree.\n";
    write_file("acc.tsv", c, sizeof c - 1);
    assert_int_equal(RUN(NULL, "eval", "-k", "2", path("acc.tsv")), 0);
    const char *row1 = strstr(out, "\ncalme ");
    const char *row2 = strstr(out, "\ntr\xC3\xA8s hostile ");
    assert_non_null(row1);
    assert_non_null(row2);
    assert_int_equal(code_points_to_eol(row1 + 1), code_points_to_eol(row2 + 1));
    const char *conf = strstr(out, "confusion");
    assert_non_null(conf);
    const char *c1 = strstr(conf, "\ncalme "), *c2 = strstr(conf, "\ntr\xC3\xA8s hostile ");
    assert_non_null(c1);
    assert_non_null(c2);
    assert_int_equal(code_points_to_eol(c1 + 1), code_points_to_eol(c2 + 1));
}

/* Statements whose text gives no feature are used, for their label's share only, and the
 * tool says how many: a line of Thai (no spaces: one token past max_token_bytes) teaches
 * nothing, and a model trained on such lines labels everything by its priors. */
static void featureless_statements_are_reported(void **state)
{
    (void)state;
    char lines[1024];
    size_t n = (size_t)snprintf(lines, sizeof lines, "good\tWe welcome it.\nbad\t");
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(lines + n, sizeof lines - n, "\xE0\xB8\xA3\xE0\xB8\xB1");
    n += (size_t)snprintf(lines + n, sizeof lines - n, "\nbad\tWe protest.\n");
    write_file("th.tsv", lines, n);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("th.stnc"), path("th.tsv")),
                     0);
    expect_in(err, "warning: 1 of 3 statements gave no feature");
    expect_in(err, "th.tsv:2"); /* the first of them, by file and line */
    assert_int_equal(RUN(NULL, "eval", "-k", "2", path("th.tsv")), 0);
    expect_in(err, "warning: 1 of 3 statements gave no feature");
    /* longer tokens allowed: the line is one feature, and nothing is said */
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--max-token-bytes", "300", "-o",
                         path("th.stnc"), path("th.tsv")),
                     0);
    assert_null(strstr(err, "gave no feature"));
}

/* A language without built-in negation words gets the user's, stored in the model; an
 * unknown language is refused with the names of all. */
static void negation_words_of_ones_own(void **state)
{
    (void)state;
    static const char tr[] = "pos\tBar\xC4\xB1\xC5\x9F istiyoruz.\n"
                             "neg\tBu de\xC4\x9Fil sorun ama yok.\n";
    write_file("tr.tsv", tr, sizeof tr - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--language", "turkish",
                         "--negation-words", "de\xC4\x9Fil,asla", "--scope-enders", "ama",
                         "--negation-endings", "mez", "-o", path("tr.stnc"), path("tr.tsv")),
                     0);
    assert_int_equal(RUN(NULL, "info", path("tr.stnc")), 0);
    expect_in(out, "negation words    de\xC4\x9Fil asla");
    expect_in(out, "negation endings  mez");
    expect_in(out, "scope enders      ama");
    /* the words after the negation are marked, up to the scope's end */
    assert_int_equal(RUN(NULL, "classify", "-m", path("tr.stnc"), "--format", "jsonl",
                         "--explain", "20", path("tr.tsv")),
                     0);
    expect_in(out, "\"NOT_sor\""); /* the Turkish stem of sorun */
    assert_null(strstr(out, "NOT_am")); /* "ama" ended the scope */
    assert_int_equal(RUN(NULL, "train", "--language", "deutsch", "-o", path("x.stnc"),
                         path("tr.tsv")),
                     2);
    expect_in(err, "unknown stemmer language 'deutsch'");
    expect_in(err, "; the languages are arabic,");
    expect_in(err, "turkish");
    assert_int_equal(RUN(NULL, "train", "--negation-words", "de\xC4\x9Fil, asla", "-o",
                         path("x.stnc"), path("tr.tsv")),
                     2);
    expect_in(err, "' asla' begins or ends with a space");
    assert_int_equal(RUN(NULL, "train", "--base", path("tr.stnc"), "--negation-words", "x",
                         "-o", path("x.stnc"), path("tr.tsv")),
                     2);
    expect_in(err, "--negation-words cannot be combined with --base");
    /* quotes mode reads speakers by English rules, and says so for a model of another
     * language; line mode has nothing to say */
    static const char art[] = "\"Wir sind bereit,\" sagte Maria Lind.\n";
    write_file("de.txt", art, sizeof art - 1);
    assert_int_equal(RUN(NULL, "classify", "-m", path("tr.stnc"), "--mode", "quotes",
                         path("de.txt")),
                     0);
    expect_in(err, "read by English rules; in an article in another language (this turkish "
                   "model's)");
    assert_int_equal(RUN(NULL, "classify", "-m", path("tr.stnc"), path("de.txt")), 0);
    assert_null(strstr(err, "English rules"));
}

/* An empty file in the folder format is refused, as an empty text is in TSV; so is one of
 * line ends only, as an editor saves an "empty" file (a blind review found it trained as a
 * statement of that label). */
static void empty_file_in_folder_format(void **state)
{
    (void)state;
    mkdir(path("dirs"), 0700);
    mkdir(path("dirs/hostile"), 0700);
    mkdir(path("dirs/conciliatory"), 0700);
    write_file("dirs/hostile/a.txt", "We protest.", 11);
    write_file("dirs/hostile/empty.txt", "", 0);
    write_file("dirs/hostile/newline.txt", "\r\n\n", 3);
    write_file("dirs/conciliatory/b.txt", "Welcome back.", 13);
    assert_int_equal(RUN(NULL, "train", "--format", "dirs", "--no-calibrate", "-o", path("d.stnc"),
                         path("dirs")),
                     1);
    expect_in(err, "empty.txt:1: empty statement");
    assert_int_equal(RUN(NULL, "train", "--format", "dirs", "--no-calibrate", "--skip-bad", "-o",
                         path("d.stnc"), path("dirs")),
                     1);
    expect_in(err, "newline.txt:1: empty statement");
    expect_in(err, "trained on 2 statements");
    expect_in(err, "skipped 2 bad lines");
}

/* What the folder format does not read (a file beside the label folders, a folder inside
 * one, an empty label folder) stops training with its path, even with --skip-bad: it is the
 * corpus's layout that is wrong, and no model is written from part of it. */
static void folder_format_reads_everything_or_refuses(void **state)
{
    (void)state;
    mkdir(path("layout"), 0700);
    mkdir(path("layout/hostile"), 0700);
    mkdir(path("layout/conciliatory"), 0700);
    write_file("layout/hostile/a.txt", "We reject this.", 15);
    write_file("layout/conciliatory/c.txt", "We welcome talks.", 17);
    mkdir(path("layout/hostile/2024"), 0700);
    write_file("layout/hostile/2024/b.txt", "We condemn this.", 16);
    const char *const train[] = {"--no-calibrate", "--skip-bad"};
    for (int skip = 0; skip < 2; skip++) {
        assert_int_equal(RUN(NULL, "train", "--format", "dirs", train[skip], "-o",
                             path("layout.stnc"), path("layout")),
                         1);
        expect_in(err, "layout/hostile/2024' is a folder inside a label folder");
        assert_int_equal(access(path("layout.stnc"), F_OK), -1);
    }
    rename(path("layout/hostile/2024/b.txt"), path("layout/hostile/b.txt"));
    rmdir(path("layout/hostile/2024"));
    write_file("layout/readme.txt", "stray", 5);
    assert_int_equal(RUN(NULL, "train", "--format", "dirs", "--no-calibrate", "-o",
                         path("layout.stnc"), path("layout")),
                     1);
    expect_in(err, "layout/readme.txt' is a file, not in a label folder");
    unlink(path("layout/readme.txt"));
    mkdir(path("layout/neutral"), 0700);
    assert_int_equal(RUN(NULL, "eval", "--corpus-format", "dirs", path("layout")), 1);
    expect_in(err, "layout/neutral' holds no statement files");
    rmdir(path("layout/neutral"));
    assert_int_equal(RUN(NULL, "train", "--format", "dirs", "--no-calibrate", "-o",
                         path("layout.stnc"), path("layout")),
                     0);
    expect_in(err, "trained on 3 statements");
}

/* A __label__ after the text is a second label to fastText, not words to train on. */
static void fasttext_label_after_text(void **state)
{
    (void)state;
    static const char ft[] = "__label__hostile We reject this. __label__conciliatory\n"
                             "__label__conciliatory We welcome talks.\n";
    write_file("t.ft", ft, sizeof ft - 1);
    assert_int_equal(RUN(NULL, "train", "--format", "fasttext", "--no-calibrate", "-o",
                         path("ft.stnc"), path("t.ft")),
                     1);
    expect_in(err, "t.ft:1: 2 labels on one line (a __label__ at byte offset 33, after the text)");
    assert_int_equal(access(path("ft.stnc"), F_OK), -1);
}

/* A minimum count no feature reaches would write a model that knows nothing. */
static void min_count_above_every_count(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--skip-bad", "--min-count", "100",
                         "-o", path("mc.stnc"), path("c.tsv")),
                     1);
    expect_in(err, "no feature is seen 100 times");
    struct stat sb;
    assert_int_not_equal(stat(path("mc.stnc"), &sb), 0);
}

/* One label: the model would give it to everything; train says so. */
static void one_label_corpus_warns(void **state)
{
    (void)state;
    static const char one[] = "hostile\tWe protest.\nhostile\tShame on them.\n";
    write_file("one.tsv", one, sizeof one - 1);
    assert_int_equal(RUN(NULL, "train", "-o", path("one.stnc"), path("one.tsv")), 0);
    expect_in(err, "warning: the corpus has one label ('hostile'): the model will give it to "
                   "every statement");
}

/* eval skips what train skips with the same options. */
static void eval_skips_like_train(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--skip-bad", "--labels",
                         "conciliatory,hostile", "-o", path("m.stnc"), path("c.tsv")),
                     1);
    expect_in(err, "skipped 2 bad lines");
    assert_int_equal(RUN(NULL, "eval", "--skip-bad", "--labels", "conciliatory,hostile", "-k",
                         "2", path("c.tsv")),
                     1);
    expect_in(out, "4 statements, 2 labels, 2 folds");
    expect_in(out, "skipped 2 bad lines");
}

/* --skip-bad names the first ten skipped lines and counts the rest. */
static void skipped_lines_are_named_then_counted(void **state)
{
    (void)state;
    char text[30 * 64] = "";
    for (int i = 0; i < 15; i++)
        strcat(text, "no tab on this line\nhostile\tWe protest.\nconciliatory\tWe welcome.\n");
    write_file("many.tsv", text, strlen(text));
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--skip-bad", "-o", path("many.stnc"),
                         path("many.tsv")),
                     1);
    expect_in(err, "skipped ");
    expect_in(err, "many.tsv:28: no TAB between label and text (further skipped lines are only "
                   "counted)");
    assert_null(strstr(err, "many.tsv:31:"));
    expect_in(err, "skipped 15 bad lines");
}

/* Continuing a pruned model says what that means. */
static void base_pruned_model(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--skip-bad", "--min-count", "2",
                         "-o", path("p.stnc"), path("c.tsv")),
                     0);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--skip-bad", "--base", path("p.stnc"),
                         "-o", path("q.stnc"), path("c.tsv")),
                     0);
    expect_in(err, "p.stnc was pruned (features seen fewer than 2 times were dropped)");
}

/* A malformed line in a --test file is the error reported, and the only one: reading that
 * stopped early once also printed "more than 256 labels". */
static void eval_test_bad_line_is_the_only_error(void **state)
{
    (void)state;
    static const char two[] = "conciliatory\tWe welcome the talks.\nhostile\tWe protest.\n";
    write_file("two.tsv", two, sizeof two - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("two.stnc"),
                         path("two.tsv")),
                     0);
    static const char notab[] = "hostile\tWe reject this.\nconciliatory We welcome talks.\n";
    write_file("notab.tsv", notab, sizeof notab - 1);
    assert_int_equal(RUN(NULL, "eval", "-m", path("two.stnc"), "--test", path("notab.tsv")), 1);
    expect_in(err, "notab.tsv:2: no TAB between label and text");
    expect_in(err, "stopped at the first bad input"); /* what became of the run, not an error */
    assert_int_equal(messages(err), 2);
    assert_null(strstr(err, "labels"));
    assert_string_equal(out, "");
}

/* Output that cannot be written is an error, help included. */
static void help_to_a_full_disk(void **state)
{
    (void)state;
    static const char *const cmds[] = {"--help", "classify", "train", "eval", "info", "merge"};
    for (size_t i = 0; i < 6; i++) {
        const char *const args[] = {cmds[i], i ? "--help" : NULL, NULL};
        assert_int_equal(tool_run(&(tool_run_t){.stdout_path = "/dev/full"}, args, NULL), 1);
        expect_in(err, "cannot write the output");
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(classify_a_folder),
        cmocka_unit_test(standard_input_is_named_once),
        cmocka_unit_test(small_messages_say_it_exactly),
        cmocka_unit_test(unknown_sections_are_not_carried_over_silently),
        cmocka_unit_test(merge_says_calibration_is_not_carried_over),
        cmocka_unit_test(complement_models_have_no_priors),
        cmocka_unit_test(look_alike_labels_are_one_or_refused),
        cmocka_unit_test(eval_table_aligns_letters_not_bytes),
        cmocka_unit_test(utf16_is_named),
        cmocka_unit_test(nothing_known_is_unknown),
        cmocka_unit_test(eval_counts_what_nothing_known_scored),
        cmocka_unit_test(reserved_words_do_not_collide),
        cmocka_unit_test(empty_input_has_a_header),
        cmocka_unit_test(strict_stops_at_a_missing_file),
        cmocka_unit_test(classify_label_bias),
        cmocka_unit_test(refusals_are_capped_and_counted),
        cmocka_unit_test(labels_with_spaces_are_refused),
        cmocka_unit_test(featureless_statements_are_reported),
        cmocka_unit_test(negation_words_of_ones_own),
        cmocka_unit_test(empty_file_in_folder_format),
        cmocka_unit_test(folder_format_reads_everything_or_refuses),
        cmocka_unit_test(fasttext_label_after_text),
        cmocka_unit_test(min_count_above_every_count),
        cmocka_unit_test(one_label_corpus_warns),
        cmocka_unit_test(eval_skips_like_train),
        cmocka_unit_test(skipped_lines_are_named_then_counted),
        cmocka_unit_test(base_pruned_model),
        cmocka_unit_test(help_to_a_full_disk),
        cmocka_unit_test(eval_test_bad_line_is_the_only_error),
    };
    return cmocka_run_group_tests_name("cli_messages", tests, tool_setup, tool_teardown);
}
