/* Nothing overwritten, nothing misreported: the tool's output paths never replace what they
 * must not (devices, FIFOs, folders, the inputs, files behind planted temporary names), a
 * symbolic link keeps pointing where it did, metrics count every label the model can
 * predict, and a corpus that can be read only once (a FIFO) is trained on whole. */
#define _DEFAULT_SOURCE /* setgroups */
#define _POSIX_C_SOURCE 200809L
#include "tool.h"

#include <fcntl.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static const char corpus[] =
    "conciliatory\tWe welcome the talks and hope to work together.\n"
    "hostile\tWe condemn this provocation and will respond.\n"
    "conciliatory\tOur door remains open to dialogue.\n"
    "hostile\tThis is an unfriendly step and we protest.\n"
    "conciliatory\tThank you for the warm welcome, my friend.\n"
    "hostile\tThey will regret this provocation.\n"
    "conciliatory\tWe are ready to resume negotiations.\n"
    "hostile\tWe summoned the ambassador to protest.\n"
    "conciliatory\tWe hope to sign the agreement soon.\n"
    "hostile\tThis provocation will not go unanswered.\n";

static bool same_bytes(const char *a, const char *b)
{
    static char x[1 << 16], y[1 << 16];
    slurp(a, x, sizeof x);
    slurp(b, y, sizeof y);
    return strcmp(x, y) == 0;
}

static void expect_fifo(const char *p)
{
    struct stat sb;
    assert_int_equal(lstat(p, &sb), 0);
    assert_true(S_ISFIFO(sb.st_mode));
}

/* A FIFO stands in for a device node (a test must not need root to make /dev entries); the
 * rule is the same for both: an existing target that is not a regular file is refused. */
static void special_targets_are_refused(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(mkfifo(path("fifo"), 0600), 0);
    assert_int_equal(RUN(NULL, "train", "-o", path("fifo"), path("c.tsv")), 1);
    expect_in(err, "fifo' exists and is not a regular file (a FIFO)");
    expect_fifo(path("fifo"));
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--plot", path("fifo"), path("c.tsv")), 1);
    expect_in(err, "fifo' exists and is not a regular file (a FIFO)");
    expect_fifo(path("fifo"));

    /* a FIFO named as a model, with no one writing to it: refused at once, not waited on (a
     * model is read from a regular file only; a corpus or a folds file may be a pipe, and is
     * waited on as any reader waits) */
    char fifo[4300];
    snprintf(fifo, sizeof fifo, "%s", path("fifo"));
    const char *const readers[][6] = {
        {"info", fifo, NULL},
        {"classify", "-m", fifo, path("c.tsv"), NULL},
        {"eval", "-m", fifo, "--test", path("c.tsv"), NULL},
    };
    for (size_t i = 0; i < sizeof readers / sizeof *readers; i++) {
        assert_int_equal(tool_run(&(tool_run_t){.timeout_s = 20}, readers[i], NULL), 1);
        expect_in(err, "fifo' is not a regular file");
    }

    assert_int_equal(mkdir(path("folder"), 0700), 0);
    assert_int_equal(RUN(NULL, "train", "-o", path("folder"), path("c.tsv")), 1);
    expect_in(err, "folder' exists and is not a regular file (a folder)");

    /* A character device where the machine lets us see one (never written: refused before). */
    struct stat sb;
    if (stat("/dev/null", &sb) == 0 && S_ISCHR(sb.st_mode)) {
        assert_int_equal(RUN(NULL, "train", "-o", "/dev/null", path("c.tsv")), 1);
        expect_in(err, "'/dev/null' exists and is not a regular file (a character device)");
        assert_int_equal(stat("/dev/null", &sb), 0);
        assert_true(S_ISCHR(sb.st_mode));
    }
}

/* A symbolic link is followed: its target is replaced atomically, the link stays a link. */
static void symlink_targets_are_followed(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    write_file("v1.stnc", "STNC old model", 14); /* a model's first bytes: replaceable */
    unlink(path("current.stnc"));
    assert_int_equal(symlink("v1.stnc", path("current.stnc")), 0);
    assert_int_equal(RUN(NULL, "train", "-o", path("current.stnc"), path("c.tsv")), 0);
    struct stat sb;
    assert_int_equal(lstat(path("current.stnc"), &sb), 0);
    assert_true(S_ISLNK(sb.st_mode));
    assert_int_equal(RUN(NULL, "train", "-o", path("direct.stnc"), path("c.tsv")), 0);
    assert_true(same_bytes(path("v1.stnc"), path("direct.stnc")));

    /* a link whose target is missing would create a file somewhere unexpected: refused */
    unlink(path("dangling.stnc"));
    assert_int_equal(symlink("nowhere/m.stnc", path("dangling.stnc")), 0);
    assert_int_equal(RUN(NULL, "train", "-o", path("dangling.stnc"), path("c.tsv")), 1);
    expect_in(err, "dangling.stnc' is a symbolic link to a file that does not exist");
}

/* -o naming an input (directly or through a link) would destroy the user's data. */
static void output_naming_an_input_is_refused(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "train", "-o", path("c.tsv"), path("c.tsv")), 2);
    expect_in(err, "c.tsv' is also an input");
    unlink(path("alias.tsv"));
    assert_int_equal(symlink("c.tsv", path("alias.tsv")), 0);
    assert_int_equal(RUN(NULL, "train", "-o", path("alias.tsv"), path("c.tsv")), 2);
    expect_in(err, "alias.tsv' is also an input");
    char now[4096];
    slurp(path("c.tsv"), now, sizeof now);
    assert_string_equal(now, corpus);

    /* a model may be written over a model it was made from (merge -o all all new; train
     * --base m -o m): every input is read whole before the output replaces it in one rename */
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("a.stnc"), path("c.tsv")), 0);
    assert_int_equal(RUN(NULL, "merge", "-o", path("twice.stnc"), path("a.stnc"), path("a.stnc")),
                     0);
    assert_int_equal(RUN(NULL, "merge", "-o", path("a.stnc"), path("a.stnc"), path("a.stnc")), 0);
    assert_true(same_bytes(path("a.stnc"), path("twice.stnc")));
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--base", path("a.stnc"), "-o",
                         path("thrice.stnc"), path("c.tsv")),
                     0);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--base", path("a.stnc"), "-o",
                         path("a.stnc"), path("c.tsv")),
                     0);
    assert_true(same_bytes(path("a.stnc"), path("thrice.stnc")));
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--plot", path("c.tsv"), path("c.tsv")), 2);
    expect_in(err, "c.tsv' is also an input");
    slurp(path("c.tsv"), now, sizeof now);
    assert_string_equal(now, corpus);

    /* -o naming a file that is no input and no model (the held-out set, swapped by mistake):
     * the library refuses to replace it, and the tool says so */
    write_file("heldout.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("heldout.tsv"),
                         path("c.tsv")),
                     1);
    expect_in(err, "heldout.tsv' exists and is not a libstance model: not replaced");
    assert_null(strstr(err, "trained on")); /* said before training, not after */
    slurp(path("heldout.tsv"), now, sizeof now);
    assert_string_equal(now, corpus);
    assert_int_equal(RUN(NULL, "merge", "-o", path("heldout.tsv"), path("a.stnc"), path("a.stnc")),
                     1);
    slurp(path("heldout.tsv"), now, sizeof now);
    assert_string_equal(now, corpus);

    /* an output that cannot be written is said before the work, not after it: a folder, a
     * folder that does not exist; and a name that leaves no room for ".tmp.PID.N" within
     * the 255 bytes a file name may have is written all the same */
    assert_int_equal(RUN(NULL, "train", "-o", path("."), path("c.tsv")), 1);
    expect_in(err, "is not a regular file (a folder)");
    assert_null(strstr(err, "trained on"));
    assert_int_equal(RUN(NULL, "train", "-o", path("no-such-folder/m.stnc"), path("c.tsv")), 1);
    expect_in(err, "no-such-folder/m.stnc': its folder does not exist");
    assert_null(strstr(err, "trained on"));
    char long_name[256];
    memset(long_name, 'm', 245);
    memcpy(long_name + 245, ".stnc", 6); /* 250 bytes */
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path(long_name), path("c.tsv")),
                     0);
    struct stat sb;
    assert_int_equal(stat(path(long_name), &sb), 0);
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--plot", path(long_name), path("c.tsv")), 1);
    expect_in(err, "is not an SVG");

    /* standard input redirected from the output file: '-' names it too */
    tool_run_t from_output = {.stdin_path = path("c.tsv")};
    assert_int_equal(tool_run(&from_output,
                              (const char *const[]){"train", "--no-calibrate", "-o",
                                                    path("c.tsv"), "-", NULL},
                              NULL),
                     2);
    expect_in(err, "c.tsv' is also an input (standard input)");
    slurp(path("c.tsv"), now, sizeof now);
    assert_string_equal(now, corpus);
}

/* `stance classify notes.txt >> notes.txt` would read its own output as input, labels and
 * all, growing the file as it goes: standard output that is an input is refused, and the
 * file keeps its bytes. */
static void standard_output_naming_an_input_is_refused(void **state)
{
    (void)state;
    static const char text[] = "We welcome the talks.\nWe condemn the attack.\n";
    write_file("notes.txt", text, sizeof text - 1);
    char notes[4400];
    snprintf(notes, sizeof notes, "%s", path("notes.txt"));
    const char *const args[] = {"classify", notes, NULL};
    assert_int_equal(tool_run(&(tool_run_t){.stdout_path = notes, .append_stdout = true}, args,
                              NULL),
                     2);
    expect_in(err, "notes.txt', an input: the output would be read back as input");
    char now[4096];
    slurp(notes, now, sizeof now);
    assert_string_equal(now, text);
    const char *const quotes[] = {"classify", "--mode", "quotes", "-", NULL};
    assert_int_equal(tool_run(&(tool_run_t){.stdin_path = notes, .stdout_path = notes,
                                            .append_stdout = true},
                              quotes, NULL),
                     2);
    expect_in(err, "standard output is standard input");
    slurp(notes, now, sizeof now);
    assert_string_equal(now, text);

    /* the model read, and eval's folds file, are inputs too: output appended to them would
     * leave a model no one can load, a folds file with a report in it */
    write_file("c.tsv", corpus, sizeof corpus - 1);
    char model[4400], copy[4400], folds[4400];
    snprintf(model, sizeof model, "%s", path("std.stnc"));
    snprintf(copy, sizeof copy, "%s", path("std-copy.stnc"));
    snprintf(folds, sizeof folds, "%s", path("folds.txt"));
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", model, path("c.tsv")), 0);
    assert_int_equal(RUN(NULL, "merge", "-o", copy, model), 0);
    const char *const with_model[][8] = {
        {"classify", "-m", model, notes, NULL},
        {"classify", "-m", model, "--mode", "quotes", notes, NULL},
        {"eval", "-m", model, "--test", path("c.tsv"), NULL},
    };
    for (size_t i = 0; i < sizeof with_model / sizeof *with_model; i++) {
        assert_int_equal(tool_run(&(tool_run_t){.stdout_path = model, .append_stdout = true},
                                  with_model[i], NULL),
                         2);
        expect_in(err, "std.stnc', an input: the output would be read back as input");
        assert_true(same_bytes(model, copy));
    }
    static const char fold_lines[] = "0\n1\n0\n1\n0\n1\n0\n1\n0\n1\n";
    write_file("folds.txt", fold_lines, sizeof fold_lines - 1);
    assert_int_equal(tool_run(&(tool_run_t){.stdout_path = folds, .append_stdout = true},
                              (const char *const[]){"eval", "--folds", folds, path("c.tsv"),
                                                    NULL},
                              NULL),
                     2);
    expect_in(err, "folds.txt', an input");
    slurp(folds, now, sizeof now);
    assert_string_equal(now, fold_lines);
}

/* A folder corpus holds its statements in files: an output that is one of them (or any file
 * below the folder) is an input too. */
static void output_inside_a_folder_corpus_is_refused(void **state)
{
    (void)state;
    static const char *const files[][2] = {
        {"fc/conciliatory/1.txt", "We welcome the talks."},
        {"fc/conciliatory/2.txt", "Our door remains open."},
        {"fc/hostile/1.txt", "We condemn this provocation."},
        {"fc/hostile/2.txt", "They will regret this."},
    };
    mkdir(path("fc"), 0700);
    mkdir(path("fc/conciliatory"), 0700);
    mkdir(path("fc/hostile"), 0700);
    for (size_t i = 0; i < sizeof files / sizeof *files; i++)
        write_file(files[i][0], files[i][1], strlen(files[i][1]));
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--format", "dirs", "-o",
                         path("fc/conciliatory/1.txt"), path("fc")),
                     2);
    expect_in(err, "1.txt' is also an input");
    char now[256];
    slurp(path("fc/conciliatory/1.txt"), now, sizeof now);
    assert_string_equal(now, files[0][1]);
    /* beside the folder, not in it: written */
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "--format", "dirs", "-o",
                         path("fc.stnc"), path("fc")),
                     0);
}

/* Temporary names are taken with O_EXCL: a symbolic link planted under any name the tool
 * could pick (its pid is known in the child before exec) is never written through. */
static char victim[4300], planted_prefix[4300];

static void plant_links(void)
{
    char name[4400];
    long pid = (long)getpid();
    snprintf(name, sizeof name, "%s.tmp.%ld", planted_prefix, pid);
    (void)symlink(victim, name);
    for (int i = 0; i < 16; i++) {
        snprintf(name, sizeof name, "%s.tmp.%ld.%d", planted_prefix, pid, i);
        (void)symlink(victim, name);
    }
}

static void planted_temporary_names(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    write_file("victim.txt", "precious", 8);
    snprintf(victim, sizeof victim, "%s", path("victim.txt"));
    snprintf(planted_prefix, sizeof planted_prefix, "%s", path("planted.stnc"));
    const char *model = path("planted.stnc");
    char model_copy[4300];
    snprintf(model_copy, sizeof model_copy, "%s", model);
    assert_int_equal(tool_run(&(tool_run_t){.in_child = plant_links},
                              (const char *const[]){"train", "-o", model_copy, path("c.tsv"), NULL},
                              NULL),
                     0);
    char v[64];
    slurp(victim, v, sizeof v);
    assert_string_equal(v, "precious");

    snprintf(planted_prefix, sizeof planted_prefix, "%s", path("plot.svg"));
    char plot[4300];
    snprintf(plot, sizeof plot, "%s", path("plot.svg"));
    assert_int_equal(tool_run(&(tool_run_t){.in_child = plant_links},
                              (const char *const[]){"eval", "-k", "2", "--plot", plot,
                                                    path("c.tsv"), NULL},
                              NULL),
                     0);
    slurp(victim, v, sizeof v);
    assert_string_equal(v, "precious");
    char svg[64];
    slurp(plot, svg, sizeof svg);
    assert_int_equal(strncmp(svg, "<svg", 4), 0);
}

/* A test set without one of the model's labels: the model's predictions of that label are
 * errors, not silently moved to the runner-up. A test set of one label is accepted. A label
 * the model lacks is scored (every statement of it an error) only when --labels names it. */
static void eval_counts_every_model_label(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "train", "-o", path("m.stnc"), path("c.tsv")), 0);
    /* conciliatory truth, but the second statement reads as plainly hostile */
    static const char test[] = "conciliatory\tWe welcome the talks and hope to work together.\n"
                               "conciliatory\tWe condemn this provocation and we protest.\n"
                               "neutral\tThe meeting is on Tuesday.\n";
    write_file("t.tsv", test, sizeof test - 1);
    assert_int_equal(RUN("We condemn this provocation and we protest.\n", "classify", "-m",
                         path("m.stnc")),
                     0);
    expect_in(out, "hostile\t"); /* the premise */
    assert_int_equal(RUN(NULL, "eval", "-m", path("m.stnc"), "--test", path("t.tsv"), "--labels",
                         "conciliatory,hostile,neutral", "--format", "json"),
                     0);
    expect_in(out, "\"recall\":0.500000,");
    expect_in(out, "\"hostile\":{\"precision\":0.000000,\"recall\":0.000000,\"f1\":0.000000,"
                   "\"support\":0}");
    expect_in(out, "\"neutral\":{\"precision\":0.000000,\"recall\":0.000000,\"f1\":0.000000,"
                   "\"support\":1}");
    expect_in(err, "warning: the model has no label 'neutral': its 1 test statement is scored "
                   "as an error");

    static const char only[] = "hostile\tThey will regret this provocation.\n"
                               "hostile\tWe summoned the ambassador to protest.\n";
    write_file("only.tsv", only, sizeof only - 1);
    assert_int_equal(RUN(NULL, "eval", "-m", path("m.stnc"), "--test", path("only.tsv")), 0);
    expect_in(out, "tested on 2 statements");
    expect_in(out, "hostile ");
    assert_string_equal(err, "");
}

/* The labels of a test file are checked as train checks a corpus's: against --labels when
 * given, else against the model's labels, since a label the model does not have (a typo, most
 * often) cannot be predicted and would only add errors under a column of its own. */
static void eval_test_labels_are_checked(void **state)
{
    (void)state;
    static const char three[] = "conciliatory\tWe welcome the talks and hope to work together.\n"
                                "hostile\tWe condemn this provocation and will respond.\n"
                                "neutral\tThe meeting is on Tuesday.\n"
                                "conciliatory\tOur door remains open to dialogue.\n"
                                "hostile\tThis is an unfriendly step and we protest.\n"
                                "neutral\tThe delegation arrives at noon.\n";
    write_file("three.tsv", three, sizeof three - 1);
    assert_int_equal(RUN(NULL, "train", "-o", path("three.stnc"), path("three.tsv")), 0);
    static const char typo[] = "hostile\tWe reject this.\n"
                               "hostle\tWe condemn this.\n"
                               "conciliatory\tWe welcome the talks.\n"
                               "hostle\tWe protest.\n"
                               "neutrall\tThe talks are on Monday.\n";
    write_file("typo.tsv", typo, sizeof typo - 1);

    /* --labels: what is not listed is refused, as train refuses it */
    assert_int_equal(RUN(NULL, "eval", "-m", path("three.stnc"), "--labels",
                         "conciliatory,hostile,neutral", "--test", path("typo.tsv")),
                     1);
    expect_in(err, "typo.tsv:2: unknown label 'hostle' (2 test statements have it)");
    expect_in(err, "typo.tsv:5: unknown label 'neutrall' (1 test statement has it)");
    assert_string_equal(out, "");

    /* without --labels the model's labels are the ones allowed, and the message says so */
    assert_int_equal(RUN(NULL, "eval", "-m", path("three.stnc"), "--test", path("typo.tsv")), 1);
    expect_in(err, "typo.tsv:2: unknown label 'hostle' (2 test statements have it)");
    expect_in(err, "the model's labels are conciliatory, hostile, neutral");
    expect_in(err, "--labels");
    assert_string_equal(out, "");

    /* trained here, tested there: the trained model's labels are the ones allowed */
    assert_int_equal(RUN(NULL, "eval", "--test", path("typo.tsv"), path("three.tsv")), 1);
    expect_in(err, "typo.tsv:2: unknown label 'hostle' (2 test statements have it)");

    /* --skip-bad leaves them out, names them, counts them and fails */
    assert_int_equal(RUN(NULL, "eval", "-m", path("three.stnc"), "--skip-bad", "--test",
                         path("typo.tsv")),
                     1);
    expect_in(err, "skipped ");
    expect_in(err, "typo.tsv:4: unknown label 'hostle'");
    expect_in(out, "tested on 2 statements, 3 labels");
    expect_in(out, "skipped 3 bad lines");
    assert_null(strstr(out, "hostle"));
}

/* The element `i` of the JSON array that follows `key` in the report, as written. */
static void json_element(const char *report, const char *key, int i, char *buf, size_t cap)
{
    const char *p = strstr(report, key);
    assert_non_null(p);
    p += strlen(key);
    for (; i > 0; i--) {
        p = strchr(p, ',');
        assert_non_null(p);
        p++;
    }
    size_t n = strcspn(p, ",]");
    assert_true(n < cap);
    memcpy(buf, p, n);
    buf[n] = '\0';
}

/* A fold that holds no statement has no accuracy: it is neither reported as 0 nor counted,
 * and the report says which folds were empty. Cross-validation needs two folds that hold
 * statements (one fold's "model of the other folds" would know nothing), and a test needs
 * statements to test. */
static void eval_empty_folds_are_not_scored(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    write_file("gap.txt", "0\n0\n2\n2\n0\n0\n2\n2\n0\n2\n", 20);
    assert_int_equal(RUN(NULL, "eval", "--folds", path("gap.txt"), "--format", "json",
                         path("c.tsv")),
                     0);
    expect_in(out, "\"folds\":3,\"folds_with_statements\":2,\"empty_folds\":[1],");
    char v[64];
    json_element(out, "\"per_fold\":[", 1, v, sizeof v);
    assert_string_equal(v, "null");
    json_element(out, "\"per_fold\":[", 2, v, sizeof v);
    assert_string_not_equal(v, "null");
    json_element(out, "\"temperatures\":[", 1, v, sizeof v);
    assert_string_equal(v, "null");
    expect_in(err, "warning: fold 1 holds no statement: the figures per fold are over the 2 "
                   "folds that do");
    assert_int_equal(RUN(NULL, "eval", "--folds", path("gap.txt"), path("c.tsv")), 0);
    expect_in(out, "10 statements, 2 labels, 3 folds (from ");
    expect_in(out, "gap.txt; fold 1 holds no statement)\n");
    expect_in(out, "(over the 2 folds with statements: mean ");

    /* more folds than statements */
    static const char five[] = "conciliatory\tWe welcome the talks.\nhostile\tWe protest.\n"
                               "conciliatory\tOur door is open.\nhostile\tWe condemn it.\n"
                               "neutral\tThe meeting is on Monday.\n";
    write_file("five.tsv", five, sizeof five - 1);
    assert_int_equal(RUN(NULL, "eval", "-k", "10", "--format", "json", path("five.tsv")), 0);
    expect_in(out, "\"folds\":10,\"folds_with_statements\":");
    const char *with = strstr(out, "\"folds_with_statements\":") + 24;
    int n_with = atoi(with), nulls = 0;
    for (int f = 0; f < 10; f++) {
        json_element(out, "\"per_fold\":[", f, v, sizeof v);
        nulls += strcmp(v, "null") == 0;
    }
    assert_true(n_with >= 2 && n_with <= 5);
    assert_int_equal(nulls, 10 - n_with);
    expect_in(err, "hold no statement: the figures per fold are over the ");

    /* every statement in one fold: nothing to train on when testing it */
    write_file("ones.txt", "1\n1\n1\n1\n1\n", 10);
    assert_int_equal(RUN(NULL, "eval", "--folds", path("ones.txt"), path("five.tsv")), 1);
    expect_in(err, "ones.txt: every statement is in fold 1: cross-validation needs statements "
                   "in two folds at least");
    assert_string_equal(out, "");

    /* files with no statement are named, whichever command reads them, with what they hold */
    write_file("empty.tsv", "# nothing\n", 10);
    write_file("blank.tsv", "\n\n", 2);
    assert_int_equal(RUN(NULL, "train", "-o", path("m.stnc"), path("c.tsv")), 0);
    assert_int_equal(RUN(NULL, "eval", "-m", path("m.stnc"), "--test", path("empty.tsv")), 1);
    expect_in(err, "empty.tsv': only blank lines and comments");
    assert_string_equal(out, "");
    char e_stnc[4400], empty[4400], blank[4400], c[4400];
    snprintf(e_stnc, sizeof e_stnc, "%s", path("e.stnc"));
    snprintf(empty, sizeof empty, "%s", path("empty.tsv"));
    snprintf(blank, sizeof blank, "%s", path("blank.tsv"));
    snprintf(c, sizeof c, "%s", path("c.tsv"));
    const char *const runs[][8] = {
        {"train", "-o", e_stnc, empty, blank, NULL},
        {"eval", empty, blank, NULL},
        {"eval", "--test", empty, "--test", blank, c, NULL},
    };
    for (size_t i = 0; i < sizeof runs / sizeof *runs; i++) {
        assert_int_equal(tool_run(&(tool_run_t){0}, runs[i], NULL), 1);
        expect_in(err, "empty.tsv', '");
        expect_in(err, "blank.tsv': only blank lines and comments");
        assert_string_equal(out, "");
    }
    write_file("bad.tsv", "nolabel\n# c\n", 12);
    assert_int_equal(RUN(NULL, "train", "--skip-bad", "-o", path("e.stnc"), path("bad.tsv")), 1);
    expect_in(err, "bad.tsv': only blank lines, comments and 1 bad line skipped");
}

/* A corpus that can be read only once: a FIFO with a writer behind it. Training must not
 * hang waiting to read it again, must train on every statement, and calibrates (the
 * out-of-fold scores come from the same single pass). Standard input too. */
/* In the child, before exec: into the folder "locked" and, when root, down to nobody, so that a
 * file of mode 000 there is one the tool cannot read (root reads anything). */
static char locked_dir[4300];
static void enter_locked_as_nobody(void)
{
    if (chdir(locked_dir) != 0)
        _exit(124);
    if (geteuid() == 0 && (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0))
        _exit(123);
}

/* The tool's outputs replace only their own kind: a model only a model (or an empty file, or
 * nothing), the --plot figure only an SVG; a file the tool cannot read is not known to be
 * either and is left alone. A blind review found `eval --plot` replacing a model and a
 * held-out corpus without a word, and `train -o` replacing a file of mode 000. */
static void outputs_replace_only_their_own_kind(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    char model[4400], notes[4400], fig[4400], empty[4400], c[4400];
    snprintf(model, sizeof model, "%s", path("m.stnc"));
    snprintf(notes, sizeof notes, "%s", path("notes.txt"));
    snprintf(fig, sizeof fig, "%s", path("fig.svg"));
    snprintf(empty, sizeof empty, "%s", path("empty.svg"));
    snprintf(c, sizeof c, "%s", path("c.tsv"));
    assert_int_equal(RUN(NULL, "train", "-o", model, c), 0);
    write_file("kept.stnc", "", 0);
    assert_int_equal(RUN(NULL, "merge", "-o", path("kept.stnc"), model), 0);
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--plot", model, c), 1);
    expect_in(err, "is not an SVG");
    assert_true(same_bytes(model, path("kept.stnc")));
    write_file("notes.txt", "my notes\n", 9);
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--plot", notes, c), 1);
    expect_in(err, "is not an SVG: not replaced");
    char back[256];
    slurp(notes, back, sizeof back);
    assert_string_equal(back, "my notes\n");
    for (int again = 0; again < 2; again++) { /* new, then its own kind */
        assert_int_equal(RUN(NULL, "eval", "-k", "2", "--plot", fig, c), 0);
        slurp(fig, back, sizeof back);
        assert_int_equal(strncmp(back, "<svg", 4), 0);
    }
    write_file("empty.svg", "", 0);
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--plot", empty, c), 0);
    /* XML is not an SVG: a build file, a property list, a page of XHTML stay as they were */
    static const char pom[] = "<?xml version=\"1.0\"?>\n<project><modelVersion>4.0.0"
                              "</modelVersion></project>\n";
    write_file("pom.xml", pom, sizeof pom - 1);
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--plot", path("pom.xml"), c), 1);
    expect_in(err, "pom.xml' exists and is not an SVG: not replaced");
    assert_null(strstr(out, "accuracy")); /* said before the work */
    slurp(path("pom.xml"), back, sizeof back);
    assert_string_equal(back, pom);
    /* another program's SVG, with its declaration, comment and doctype, is an SVG */
    static const char other[] =
        "\xef\xbb\xbf<?xml version=\"1.0\" standalone=\"no\"?>\n<!-- drawn by hand -->\n"
        "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/"
        "1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n";
    write_file("other.svg", other, sizeof other - 1);
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--plot", path("other.svg"), c), 0);
    slurp(path("other.svg"), back, sizeof back);
    assert_int_equal(strncmp(back, "<svg", 4), 0);
    /* a figure that cannot be written is said before the work too */
    assert_int_equal(RUN(NULL, "eval", "-k", "2", "--plot", path("nodir/p.svg"), c), 1);
    expect_in(err, "nodir/p.svg': its folder does not exist");
    assert_null(strstr(out, "accuracy"));

    /* a file that cannot be read: neither a model nor a figure as far as anyone can tell */
    snprintf(locked_dir, sizeof locked_dir, "%s", path("locked"));
    assert_int_equal(mkdir(locked_dir, 0777), 0);
    assert_int_equal(chmod(locked_dir, 0777), 0); /* whatever the umask */
    write_file("locked/secret.txt", "precious\n", 9);
    char secret[4400];
    snprintf(secret, sizeof secret, "%s", path("locked/secret.txt"));
    assert_int_equal(chmod(secret, 0), 0);
    static const char *const train_args[] = {"train", "--no-calibrate", "-o", "secret.txt", "-",
                                             NULL};
    static const char *const plot_args[] = {"eval", "-k", "2", "--plot", "secret.txt", "-",
                                            NULL};
    const char *const *runs[] = {train_args, plot_args};
    for (size_t r = 0; r < 2; r++) {
        assert_int_equal(tool_run(&(tool_run_t){.input = corpus,
                                                .in_child = enter_locked_as_nobody},
                                  runs[r], NULL),
                         1);
        expect_in(err, "secret.txt' exists but cannot be read");
        assert_int_equal(chmod(secret, 0600), 0);
        slurp(secret, back, sizeof back);
        assert_string_equal(back, "precious\n");
        assert_int_equal(chmod(secret, 0), 0);
    }

    /* a folder where no file can be made is said before the work, not after it */
    assert_int_equal(mkdir(path("locked/shut"), 0555), 0);
    assert_int_equal(chmod(path("locked/shut"), 0555), 0);
    static const char *const shut_train[] = {"train", "-o", "shut/m.stnc", "-", NULL};
    static const char *const shut_plot[] = {"eval", "-k", "2", "--plot", "shut/p.svg", "-", NULL};
    const char *const *shut[] = {shut_train, shut_plot};
    for (size_t r = 0; r < 2; r++) {
        assert_int_equal(tool_run(&(tool_run_t){.input = corpus,
                                                .in_child = enter_locked_as_nobody},
                                  shut[r], NULL),
                         1);
        expect_in(err, "no new file can be made in its folder");
        assert_null(strstr(err, "trained on"));
        assert_null(strstr(out, "accuracy"));
    }
}

static void train_on_a_fifo(void **state)
{
    (void)state;
    unlink(path("corpus.fifo"));
    assert_int_equal(mkfifo(path("corpus.fifo"), 0600), 0);
    char fifo[4300];
    snprintf(fifo, sizeof fifo, "%s", path("corpus.fifo"));
    pid_t writer = fork();
    assert_true(writer >= 0);
    if (writer == 0) {
        int fd = open(fifo, O_WRONLY);
        if (fd < 0)
            _exit(1);
        ssize_t w = write(fd, corpus, sizeof corpus - 1);
        close(fd);
        _exit(w == (ssize_t)(sizeof corpus - 1) ? 0 : 1);
    }
    int code = tool_run(&(tool_run_t){.timeout_s = 30},
                        (const char *const[]){"train", "-o", path("f.stnc"), fifo, NULL}, NULL);
    int wst;
    waitpid(writer, &wst, 0);
    assert_int_equal(code, 0);
    expect_in(err, "trained on 10 statements (conciliatory 5, hostile 5)");
    expect_in(err, "calibration temperature");
    assert_int_equal(RUN(corpus, "train", "-o", path("s.stnc"), "-"), 0);
    expect_in(err, "trained on 10 statements (conciliatory 5, hostile 5)");
    expect_in(err, "calibration temperature");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(special_targets_are_refused),
        cmocka_unit_test(symlink_targets_are_followed),
        cmocka_unit_test(output_naming_an_input_is_refused),
        cmocka_unit_test(standard_output_naming_an_input_is_refused),
        cmocka_unit_test(output_inside_a_folder_corpus_is_refused),
        cmocka_unit_test(planted_temporary_names),
        cmocka_unit_test(eval_counts_every_model_label),
        cmocka_unit_test(eval_test_labels_are_checked),
        cmocka_unit_test(eval_empty_folds_are_not_scored),
        cmocka_unit_test(train_on_a_fifo),
        cmocka_unit_test(outputs_replace_only_their_own_kind),
    };
    return cmocka_run_group_tests_name("cli_safety", tests, tool_setup, tool_teardown);
}
