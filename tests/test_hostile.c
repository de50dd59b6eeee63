/* Hostile input through the stance tool: a 1 GiB line, NUL-filled files, overlong and
 * surrogate UTF-8, 100,000 nested quotation marks, right-to-left and zero-width characters.
 * Each run finishes in bounded memory or stops with a clear error; nothing crashes or hangs
 * (ctest's timeout catches a hang). And nothing is lost: a `stance train` killed at any moment
 * of its run, or stopped by a full disk, leaves the previous model whole; one stopped by
 * SIGINT, SIGTERM or SIGHUP while it writes leaves no temporary file either. */
#define _POSIX_C_SOURCE 200809L
#include "tool.h"

#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Peak resident memory a run may use, whatever its input: the statement limit (16 MiB) plus
 * the model and the program itself, with room to spare. */
#define MAX_RSS_KIB (256 * 1024)

/* Writes `total` bytes of "word " and then `tail` into a FIFO from a child process, so that
 * the tool reads a gigabyte without the test ever holding it. Returns the writer's pid. */
static pid_t feed_fifo(const char *fifo, unsigned long long total, const char *tail)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        signal(SIGPIPE, SIG_DFL);
        FILE *fp = fopen(fifo, "wb");
        if (!fp)
            _exit(1);
        static char chunk[1 << 16];
        for (size_t i = 0; i < sizeof chunk; i++)
            chunk[i] = "word "[i % 5];
        for (unsigned long long done = 0; done < total; done += sizeof chunk)
            if (fwrite(chunk, 1, sizeof chunk, fp) != sizeof chunk)
                _exit(1);
        fputs(tail, fp);
        _exit(fclose(fp) == 0 ? 0 : 1);
    }
    return pid;
}

static void reap(pid_t pid)
{
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
}

/* A 1 GiB line on standard input: refused as too long, named by line, and the line after it
 * is still labeled; memory stays bounded. The same gigabyte as one document or one article:
 * refused. */
static void gigabyte_line(void **state)
{
    (void)state;
    const char *fifo = path("fifo");
    assert_int_equal(mkfifo(fifo, 0600), 0);
    struct rusage ru;

    pid_t writer = feed_fifo(fifo, 1ULL << 30, "\nWe welcome the talks.\n");
    int code = tool_run(&(tool_run_t){.stdin_path = fifo}, (const char *const[]){"classify", NULL},
                        &ru);
    reap(writer);
    assert_int_equal(code, 1);
    expect_in(err, "-:1: statement of 1073741824 bytes, longer than the limit of 16777216");
    expect_in(out, "\tWe welcome the talks.\n");
    if (ru.ru_maxrss > MAX_RSS_KIB)
        fail_msg("classify used %ld KiB on a 1 GiB line", ru.ru_maxrss);

    static const char *const whole_modes[] = {"document", "quotes"};
    for (size_t i = 0; i < 2; i++) {
        writer = feed_fifo(fifo, 1ULL << 30, "");
        code = tool_run(&(tool_run_t){.stdin_path = fifo},
                        (const char *const[]){"classify", "--mode", whole_modes[i], "-", NULL},
                        &ru);
        reap(writer);
        assert_int_equal(code, 1);
        expect_in(err, "-:1: file of at least "); /* a pipe: what was read */
        expect_in(err, " bytes, longer than the limit of 16777216");
        if (ru.ru_maxrss > MAX_RSS_KIB)
            fail_msg("classify --mode %s used %ld KiB on 1 GiB", whole_modes[i], ru.ru_maxrss);
    }
}

/* A file of NUL bytes is binary, not text: a clear error in every mode. */
static void nul_bytes(void **state)
{
    (void)state;
    static char zeros[1 << 20];
    write_file("zeros.bin", zeros, sizeof zeros);
    static const char *const modes[] = {"lines", "document", "quotes"};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(RUN(NULL, "classify", "--mode", modes[i], path("zeros.bin")), 1);
        expect_in(err, "zeros.bin:1: NUL byte at offset 0");
    }
    write_file("zeros.tsv", zeros, 4096);
    assert_int_equal(RUN(NULL, "train", "-o", path("z.stnc"), path("zeros.tsv")), 1);
    expect_in(err, "zeros.tsv");
    struct stat st;
    assert_int_equal(stat(path("z.stnc"), &st), -1); /* no model from no statements */
}

/* Overlong forms, surrogates, code points past U+10FFFF and stray continuation bytes: each
 * is reported with its line and byte offset and replaced; --strict refuses the file. */
static void malformed_utf8(void **state)
{
    (void)state;
    static const struct {
        const char *bytes;
        const char *offset;
    } cases[] = {
        {"overlong \xc0\xaf slash", "offset 9"},
        {"overlong \xe0\x80\xaf three", "offset 9"},
        {"surrogate \xed\xa0\x80 half", "offset 10"},
        {"beyond \xf4\x90\x80\x80 unicode", "offset 7"},
        {"stray \x80 continuation", "offset 6"},
        {"cut short \xe2\x80", "offset 10"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char name[32];
        snprintf(name, sizeof name, "utf8-%zu.txt", i);
        write_file(name, cases[i].bytes, strlen(cases[i].bytes));
        assert_int_equal(RUN(NULL, "classify", "--format", "jsonl", path(name)), 0);
        expect_in(err, ":1: invalid UTF-8 at byte ");
        expect_in(err, cases[i].offset);
        expect_in(out, "\xEF\xBF\xBD"); /* the output stays valid UTF-8 */
        assert_int_equal(RUN(NULL, "classify", "--strict", path(name)), 1);
        expect_in(err, cases[i].offset);
    }
}

/* 100,000 nested opening marks, then the closing ones, in several quotation styles: quote
 * finding finishes in bounded memory (its time is measured in tests/bench/passages.py), and the
 * article is still labeled. */
static void nested_quotes(void **state)
{
    (void)state;
    /* Straight quotes cannot nest: 100,000 of them pair up as empty quotes, leaving the
     * words outside any quote, so only the bounds are checked for them. */
    static const struct {
        const char *open, *close;
        bool nests;
    } styles[] = {
        {"\xe2\x80\x9c", "\xe2\x80\x9d", true}, /* “ ” */
        {"\xc2\xab", "\xc2\xbb", true},         /* « » */
        {"\xe3\x80\x8c", "\xe3\x80\x8d", true}, /* 「 」 */
        {"\"", "\"", false},
    };
    size_t depth = 100000;
    char *text = malloc(depth * 6 + 256);
    assert_non_null(text);
    for (size_t s = 0; s < 4; s++) {
        const char *open = styles[s].open, *close = styles[s].close;
        size_t open_len = strlen(open), close_len = strlen(close), n = 0;
        n += (size_t)sprintf(text, "The minister said ");
        for (size_t i = 0; i < depth; i++, n += open_len)
            memcpy(text + n, open, open_len);
        n += (size_t)sprintf(text + n, "we will never accept this provocation");
        for (size_t i = 0; i < depth; i++, n += close_len)
            memcpy(text + n, close, close_len);
        n += (size_t)sprintf(text + n, ".\n");
        write_file("nested.txt", text, n);
        struct rusage ru;
        int code = tool_run(&(tool_run_t){0},
                            (const char *const[]){"classify", "--mode", "quotes", "--format",
                                                  "jsonl", path("nested.txt"), NULL},
                            &ru);
        assert_int_equal(code, 0);
        if (styles[s].nests)
            expect_in(out, "provocation");
        if (ru.ru_maxrss > MAX_RSS_KIB)
            fail_msg("quotes used %ld KiB on nested marks", ru.ru_maxrss);
        /* without a single closing mark */
        n = (size_t)sprintf(text, "She said ");
        for (size_t i = 0; i < depth; i++, n += open_len)
            memcpy(text + n, open, open_len);
        write_file("open.txt", text, n);
        assert_int_equal(RUN(NULL, "classify", "--mode", "quotes", path("open.txt")), 0);
    }
    free(text);
}

/* Right-to-left overrides and isolates, marks, zero-width spaces and joiners, a BOM in the
 * middle: valid text that must neither break the output nor split words. */
static void invisible_and_bidi_characters(void **state)
{
    (void)state;
    static const char text[] =
        "\xe2\x80\xaeWe condemn\xe2\x80\xac this provo\xe2\x80\x8b\x63\x61tion.\n" /* RLO, ZWSP */
        "\xe2\x81\xa6\xd9\x86\xd8\xb1\xd8\xad\xd8\xa8 \xd8\xa8\xd8\xa7\xd9\x84\xd8\xad\xd9\x88"
        "\xd8\xa7\xd8\xb1\xe2\x81\xa9 \xe2\x80\x8f\n"                                  /* isolate, RLM */
        "dia\xe2\x80\x8dlogue \xef\xbb\xbfwelcome\xe2\x80\x8c talks\n";               /* ZWJ, BOM, ZWNJ */
    write_file("bidi.txt", text, sizeof text - 1);
    assert_int_equal(RUN(NULL, "classify", "--format", "jsonl", "--explain", "3",
                         path("bidi.txt")),
                     0);
    assert_string_equal(err, "");
    /* three statements, each a JSON object on its own line */
    size_t lines = 0;
    for (const char *p = out; (p = strchr(p, '\n')) != NULL; p++)
        lines++;
    assert_int_equal(lines, 3);
    expect_in(out, "\"label\":\"hostile\"");
}

/* One line just inside the statement limit, of short words, many of them distinct: it is
 * classified (not refused) in memory bounded by a constant and the line's bytes. It used to
 * hold about 120 bytes per token for the whole line (460 MiB here, 980 MiB reported). */
#define LONG_LINE_MAX_RSS_KIB (128 * 1024)

static void sixteen_megabyte_line_of_short_words(void **state)
{
    (void)state;
    const size_t size = 16000000;
    char *text = malloc(size + 1);
    assert_non_null(text);
    static const char *const common[] = {"talk", "war", "peace", "we", "they", "no", "not",
                                         "condemn", "welcome"};
    uint64_t rng = 7;
    size_t n = 0;
    while (n < size - 8) {
        rng = rng * 6364136223846793005ull + 1442695040888963407ull;
        if ((rng >> 60) & 1) {
            size_t len = 2 + (rng >> 40) % 3;
            for (size_t i = 0; i < len; i++)
                text[n++] = (char)('a' + (rng >> (8 + 4 * i)) % 16);
        } else {
            const char *w = common[(rng >> 33) % 9];
            memcpy(text + n, w, strlen(w));
            n += strlen(w);
        }
        text[n++] = ' ';
    }
    text[n++] = '\n';
    write_file("long-line.txt", text, n);
    free(text);
    struct rusage ru;
    char result[4300];
    snprintf(result, sizeof result, "%s", path("long-line.jsonl"));
    int code = tool_run(&(tool_run_t){.stdout_path = result},
                        (const char *const[]){"classify", "--format", "jsonl", "--explain", "5",
                                              path("long-line.txt"), NULL},
                        &ru);
    assert_int_equal(code, 0);
    FILE *fp = fopen(result, "rb");
    assert_non_null(fp);
    char tail[512] = "";
    fseek(fp, -(long)(sizeof tail - 1), SEEK_END);
    size_t got = fread(tail, 1, sizeof tail - 1, fp);
    tail[got] = '\0';
    fclose(fp);
    expect_in(tail, "\"label\":");
    expect_in(tail, "\"features\":[[");
    if (ru.ru_maxrss > LONG_LINE_MAX_RSS_KIB)
        fail_msg("classify used %ld KiB on a 16 MB line of short words", ru.ru_maxrss);
}

static const char small_corpus[] =
    "conciliatory\tWe welcome the talks and hope to work together.\n"
    "hostile\tWe condemn this provocation and will respond.\n"
    "conciliatory\tOur door remains open to dialogue.\n"
    "hostile\tThis is an unfriendly step and we protest.\n";

static unsigned char *read_whole(const char *file, size_t *len)
{
    FILE *fp = fopen(file, "rb");
    assert_non_null(fp);
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    unsigned char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
    fclose(fp);
    *len = (size_t)n;
    return buf;
}

/* The model at `file` is exactly one of the two expected files. */
static void expect_one_of(const char *file, const unsigned char *a, size_t a_len,
                          const unsigned char *b, size_t b_len)
{
    size_t len = 0;
    unsigned char *got = read_whole(file, &len);
    bool same_a = len == a_len && memcmp(got, a, len) == 0;
    bool same_b = len == b_len && memcmp(got, b, len) == 0;
    free(got);
    if (!same_a && !same_b)
        fail_msg("%s is neither the old model nor the new one (%zu bytes)", file, len);
}

/* "train -o MODEL" and every TSV file of the project's training corpus, NULL-terminated. */
static const char *const *train_corpus_args(const char *model)
{
    static char names[64][4400];
    static const char *args[70];
    size_t n = 0, k = 0;
    args[n++] = "train";
    args[n++] = "-o";
    args[n++] = model;
    DIR *d = opendir(STANCE_CORPUS_DIR "/train");
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d)) != NULL && k < 64) {
        size_t len = strlen(e->d_name);
        if (len > 4 && strcmp(e->d_name + len - 4, ".tsv") == 0) {
            snprintf(names[k], sizeof names[k], "%s/train/%s", STANCE_CORPUS_DIR, e->d_name);
            args[n++] = names[k++];
        }
    }
    closedir(d);
    assert_true(k > 0);
    args[n] = NULL;
    return args;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* `stance train -o m.stnc` killed with SIGKILL at moments spread over its whole run: the file
 * is always the old model or the new one, whole, never a mixture or a fragment. */
static void killed_while_training(void **state)
{
    (void)state;
    write_file("small.tsv", small_corpus, sizeof small_corpus - 1);
    char model[4400], fresh_path[4400]; /* path() reuses its buffers: keep copies */
    snprintf(model, sizeof model, "%s", path("m.stnc"));
    snprintf(fresh_path, sizeof fresh_path, "%s", path("new.stnc"));
    assert_int_equal(RUN(NULL, "train", "-o", model, path("small.tsv")), 0);
    size_t old_len = 0;
    unsigned char *old = read_whole(model, &old_len);

    /* The new model comes from the project's corpus: big enough to take a while to write. */
    /* The shorter of two runs: the first may be slowed by a cold cache. */
    double full = 1e9;
    for (int i = 0; i < 2; i++) {
        double t0 = now();
        assert_int_equal(tool_run(&(tool_run_t){0}, train_corpus_args(fresh_path), NULL), 0);
        double took = now() - t0;
        full = took < full ? took : full;
    }
    size_t new_len = 0;
    unsigned char *fresh = read_whole(fresh_path, &new_len);

    const char *const *over = train_corpus_args(model);
    int kills = 0;
    for (int i = 0; i < 40; i++) {
        /* restore the old model, then kill a run at i/40 of the full time (and a little past) */
        FILE *fp = fopen(model, "wb");
        assert_non_null(fp);
        assert_int_equal(fwrite(old, 1, old_len, fp), old_len);
        fclose(fp);
        pid_t pid = (pid_t)tool_start(over);
        struct timespec delay;
        double d = full * 1.1 * i / 40;
        delay.tv_sec = (time_t)d;
        delay.tv_nsec = (long)((d - (double)delay.tv_sec) * 1e9);
        nanosleep(&delay, NULL);
        kill(pid, SIGKILL);
        int status;
        assert_int_equal(waitpid(pid, &status, 0), pid);
        kills += WIFSIGNALED(status);
        expect_one_of(model, old, old_len, fresh, new_len);
    }
    print_message("%d of 40 runs were killed before they finished\n", kills);
    assert_true(kills >= 10); /* many runs really were cut off (most, on a quiet machine) */
    free(old);
    free(fresh);
}

/* Whether the folder holds a file whose name has ".tmp." in it (a temporary model). */
static bool temporary_file_in(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *e;
    bool found = false;
    while (!found && (e = readdir(d)) != NULL)
        found = strstr(e->d_name, ".tmp.") != NULL;
    closedir(d);
    return found;
}

/* `stance train` stopped by SIGINT, SIGTERM or SIGHUP while it writes the model (the signal is
 * sent the moment its temporary file appears): no temporary file is left behind, the model
 * is the old one or the new one, whole, and the signal still stops the tool (once the model
 * is in place, which it then says). */
static void interrupted_while_saving(void **state)
{
    (void)state;
    write_file("small.tsv", small_corpus, sizeof small_corpus - 1);
    assert_int_equal(mkdir(path("int"), 0700), 0);
    char dir[4400], model[4500], fresh_path[4400], err_path[4400];
    snprintf(dir, sizeof dir, "%s", path("int"));
    snprintf(model, sizeof model, "%s/m.stnc", dir);
    snprintf(fresh_path, sizeof fresh_path, "%s", path("fresh.stnc"));
    snprintf(err_path, sizeof err_path, "%s", path("int.err"));
    assert_int_equal(RUN(NULL, "train", "-o", model, path("small.tsv")), 0);
    size_t old_len = 0, new_len = 0;
    unsigned char *old = read_whole(model, &old_len);
    assert_int_equal(tool_run(&(tool_run_t){0}, train_corpus_args(fresh_path), NULL), 0);
    unsigned char *fresh = read_whole(fresh_path, &new_len);

    /* the signals whose default action ends a process (a blind review left temporary files
     * with SIGUSR1 and SIGQUIT; SIGQUIT and SIGXCPU, which dump core, are held alike) */
    static const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM,
                                  SIGVTALRM, SIGPROF};
    for (size_t s = 0; s < sizeof signals / sizeof signals[0]; s++) {
        int held = 0; /* runs whose signal arrived during the write and was held */
        for (int attempt = 0; attempt < 20 && held < 2; attempt++) {
            FILE *fp = fopen(model, "wb");
            assert_non_null(fp);
            assert_int_equal(fwrite(old, 1, old_len, fp), old_len);
            fclose(fp);
            pid_t pid = (pid_t)tool_start_err(train_corpus_args(model), err_path);
            char tmp[4600];
            snprintf(tmp, sizeof tmp, "%s.tmp.%ld.0", model, (long)pid);
            /* wait for the temporary file (the write has begun) or for the end of the run */
            int status = 0;
            bool signaled = false, ended = false;
            struct stat sb;
            while (!signaled && !ended) {
                if (stat(tmp, &sb) == 0)
                    signaled = kill(pid, signals[s]) == 0;
                else
                    ended = waitpid(pid, &status, WNOHANG) == pid;
            }
            if (signaled)
                assert_int_equal(waitpid(pid, &status, 0), pid);
            assert_false(temporary_file_in(dir));
            expect_one_of(model, old, old_len, fresh, new_len);
            if (!signaled)
                continue; /* the write was over before the test saw it: try again */
            /* The signal was held while the file was written and took effect after, saying
             * so; unless the test was descheduled long enough between seeing the temporary
             * file and sending it for the whole save to end first (then it stops the run
             * later, or the run is over). */
            char msg[4096];
            slurp(err_path, msg, sizeof msg);
            if (strstr(msg, "m.stnc' was being written: it is complete and in place; "
                            "stopping now")) {
                assert_true(WIFSIGNALED(status));
                assert_int_equal(WTERMSIG(status), signals[s]);
                expect_one_of(model, fresh, new_len, fresh, new_len);
                held++;
            }
        }
        print_message("signal %d held during the write %d times\n", signals[s], held);
        assert_true(held > 0);
    }
    free(old);
    free(fresh);
}

/* A disk that fills up while the model is written (RLIMIT_FSIZE makes writes fail with EFBIG,
 * as ENOSPC would): a clear error, the old model whole, no temporary file left behind. */
static void disk_full_while_saving(void **state)
{
    (void)state;
    write_file("small.tsv", small_corpus, sizeof small_corpus - 1);
    char model[4400]; /* path() reuses its buffers: keep a copy */
    snprintf(model, sizeof model, "%s", path("full/m.stnc"));
    assert_int_equal(mkdir(path("full"), 0700), 0);
    assert_int_equal(RUN(NULL, "train", "-o", model, path("small.tsv")), 0);
    size_t old_len = 0;
    unsigned char *old = read_whole(model, &old_len);
    int code = tool_run(&(tool_run_t){.max_file_bytes = 4096}, train_corpus_args(model), NULL);
    assert_int_equal(code, 1);
    expect_in(err, "m.stnc");
    expect_in(err, "File too large");
    expect_one_of(model, old, old_len, old, old_len);
    char listing[4400];
    snprintf(listing, sizeof listing, "ls -A '%s' | grep -c . | grep -qx 1", path("full"));
    assert_int_equal(system(listing), 0); /* only m.stnc: the temporary file is gone */
    free(old);
}

/* A file size limit (ulimit -f, as batch jobs set it) reached while the model is written, with
 * SIGXFSZ at its default action as a shell leaves it: the signal is held like the others, so
 * the write fails, the tool says why and removes its temporary file, the old model stays,
 * and only then does the signal end the run. */
static void file_size_limit_while_saving(void **state)
{
    (void)state;
    write_file("small.tsv", small_corpus, sizeof small_corpus - 1);
    char model[4400];
    snprintf(model, sizeof model, "%s", path("fsz/m.stnc"));
    assert_int_equal(mkdir(path("fsz"), 0700), 0);
    assert_int_equal(RUN(NULL, "train", "-o", model, path("small.tsv")), 0);
    size_t old_len = 0;
    unsigned char *old = read_whole(model, &old_len);
    int code = tool_run(&(tool_run_t){.max_file_bytes = 4096, .fsize_signal = true},
                        train_corpus_args(model), NULL);
    assert_int_equal(code, 128 + SIGXFSZ);
    expect_in(err, "File too large");
    expect_one_of(model, old, old_len, old, old_len);
    assert_false(temporary_file_in(path("fsz")));
    free(old);
}

int main(void)
{
    signal(SIGPIPE, SIG_IGN);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(gigabyte_line),
        cmocka_unit_test(nul_bytes),
        cmocka_unit_test(malformed_utf8),
        cmocka_unit_test(nested_quotes),
        cmocka_unit_test(invisible_and_bidi_characters),
        cmocka_unit_test(sixteen_megabyte_line_of_short_words),
        cmocka_unit_test(killed_while_training),
        cmocka_unit_test(disk_full_while_saving),
        cmocka_unit_test(interrupted_while_saving),
        cmocka_unit_test(file_size_limit_while_saving),
    };
    return cmocka_run_group_tests_name("hostile", tests, tool_setup, tool_teardown);
}
