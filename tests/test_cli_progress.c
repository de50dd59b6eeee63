/* The progress line of train, eval and classify: shown on a terminal (a pseudo-terminal here)
 * and only there, silenced by --quiet, never on standard output. STANCE_PROGRESS_AFTER=0
 * shows it from the start, so that a short run shows it at all. */
#define _DEFAULT_SOURCE /* openpty */
#define _POSIX_C_SOURCE 200809L
#include "tool.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char tty[1 << 16]; /* what the tool wrote to the terminal (its standard error) */
static size_t tty_len;

/* Runs the tool with standard error on a pseudo-terminal and standard output into a file;
 * returns the exit code. */
static int run_on_tty(const char *stdout_file, const char *const *args)
{
    int master, slave;
    assert_int_equal(openpty(&master, &slave, NULL, NULL, NULL), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(master);
        int in = open("/dev/null", O_RDONLY);
        int o = open(stdout_file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || o < 0)
            _exit(126);
        dup2(in, 0);
        dup2(o, 1);
        dup2(slave, 2);
        alarm(60);
        char *argv[32];
        int n = 0;
        argv[n++] = (char *)STANCE_TOOL;
        for (; args[n - 1] && n < 31; n++)
            argv[n] = (char *)args[n - 1];
        argv[n] = NULL;
        execv(STANCE_TOOL, argv);
        _exit(127);
    }
    close(slave);
    tty_len = 0;
    for (;;) { /* read until the terminal is closed by the tool's exit */
        ssize_t k = read(master, tty + tty_len, sizeof tty - 1 - tty_len);
        if (k > 0) {
            tty_len += (size_t)k;
            if (tty_len == sizeof tty - 1)
                tty_len = 0; /* keep the end: the erasing comes last */
            continue;
        }
        if (k < 0 && errno == EINTR)
            continue;
        break; /* EIO: the other side is closed */
    }
    tty[tty_len] = '\0';
    close(master);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void make_corpus(void)
{
    static const char *const lines[] = {
        "hostile\tWe condemn these reckless provocations in the strongest terms.",
        "conciliatory\tWe welcome the talks and look forward to working together.",
        "hostile\tThis aggression will not go unanswered.",
        "conciliatory\tBoth sides agreed to continue the dialogue in good faith."};
    size_t cap = 1 << 20, n = 0;
    char *tsv = malloc(cap), *txt = malloc(cap);
    assert_non_null(tsv);
    assert_non_null(txt);
    size_t m = 0;
    for (int i = 0; i < 3000; i++) {
        const char *l = lines[i % 4];
        n += (size_t)snprintf(tsv + n, cap - n, "%s %d\n", l, i);
        m += (size_t)snprintf(txt + m, cap - m, "%s %d\n", strchr(l, '\t') + 1, i);
    }
    write_file("corpus.tsv", tsv, n);
    write_file("text.txt", txt, m);
    free(tsv);
    free(txt);
}

static int setup(void **state)
{
    tool_setup(state);
    make_corpus();
    setenv("STANCE_PROGRESS_AFTER", "0", 1);
    return 0;
}

static void expect_progress(void)
{
    expect_in(tty, "\r\033[K");
    expect_in(tty, "MB/s");
    expect_in(tty, "statements");
    /* the line is erased at the end: the last bytes are the erasing, or a message after it */
    assert_non_null(strstr(tty, "\r\033[K"));
}

/* (A terminal turns each newline into \r\n: the carriage return alone says nothing.) */
static void expect_no_progress(const char *text)
{
    assert_null(strstr(text, "MB/s"));
    assert_null(strstr(text, "\033["));
}

/* A value of STANCE_PROGRESS_AFTER that is no number of seconds is said, not ignored: the
 * default is used and a warning names the value (a blind review found "abc" taken silently). */
static void a_bad_progress_delay_is_said(void **state)
{
    (void)state;
    setenv("STANCE_PROGRESS_AFTER", "abc", 1);
    const char *outfile = path("tty-out.tsv");
    assert_int_equal(run_on_tty(outfile, (const char *const[]){"classify", path("text.txt"),
                                                               NULL}),
                     0);
    setenv("STANCE_PROGRESS_AFTER", "0", 1);
    expect_in(tty, "STANCE_PROGRESS_AFTER 'abc' is not a number of seconds");
}

static void classify_shows_progress_on_a_terminal_only(void **state)
{
    (void)state;
    static char plain[sizeof out];
    /* not a terminal: nothing on standard error */
    assert_int_equal(RUN(NULL, "classify", path("text.txt")), 0);
    assert_string_equal(err, "");
    memcpy(plain, out, sizeof plain);

    const char *outfile = path("tty-out.tsv");
    static char file_out[sizeof out];
    for (int j = 1; j <= 2; j++) {
        const char *jobs = j == 1 ? "1" : "2";
        assert_int_equal(run_on_tty(outfile, (const char *const[]){"classify", "-j", jobs,
                                                                   path("text.txt"), NULL}),
                         0);
        expect_progress();
        expect_in(tty, "of 0."); /* the file's size is known: "x MB of y MB" */
        expect_in(tty, "left");
        slurp(outfile, file_out, sizeof file_out);
        assert_string_equal(file_out, plain); /* standard output has none of it */
    }
    /* --quiet: nothing */
    assert_int_equal(run_on_tty(outfile, (const char *const[]){"classify", "--quiet",
                                                               path("text.txt"), NULL}),
                     0);
    assert_int_equal(tty_len, 0);
    slurp(outfile, file_out, sizeof file_out);
    assert_string_equal(file_out, plain);
}

static void train_and_eval_show_progress_on_a_terminal_only(void **state)
{
    (void)state;
    const char *model = path("m.stnc"), *outfile = path("tty-out.txt");
    /* not a terminal */
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", model, path("corpus.tsv")), 0);
    expect_no_progress(err);
    expect_in(err, "trained on 3000 statements");
    assert_int_equal(RUN(NULL, "eval", "-k", "2", path("corpus.tsv")), 0);
    expect_no_progress(err);
    /* a terminal */
    assert_int_equal(run_on_tty(outfile, (const char *const[]){"train", "--no-calibrate", "-o",
                                                               model, path("corpus.tsv"),
                                                               NULL}),
                     0);
    expect_progress();
    expect_in(tty, "reading: ");
    expect_in(tty, "trained on 3000 statements"); /* the summary, after the erased line */
    assert_int_equal(run_on_tty(outfile, (const char *const[]){"eval", "-m", model, "--test",
                                                               path("corpus.tsv"), NULL}),
                     0);
    expect_progress();
    expect_in(tty, "testing: ");
    /* --quiet: the summary, no progress */
    assert_int_equal(run_on_tty(outfile, (const char *const[]){"train", "--quiet",
                                                               "--no-calibrate", "-o", model,
                                                               path("corpus.tsv"), NULL}),
                     0);
    expect_no_progress(tty);
    expect_in(tty, "trained on 3000 statements");
    assert_int_equal(run_on_tty(outfile, (const char *const[]){"eval", "--quiet", "-m", model,
                                                               "--test", path("corpus.tsv"),
                                                               NULL}),
                     0);
    expect_no_progress(tty);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(classify_shows_progress_on_a_terminal_only),
        cmocka_unit_test(a_bad_progress_delay_is_said),
        cmocka_unit_test(train_and_eval_show_progress_on_a_terminal_only),
    };
    return cmocka_run_group_tests_name("cli_progress", tests, setup, tool_teardown);
}
