/* stance classify in a pipeline, as a news monitor runs it: fed a line at a time, it answers
 * each line without waiting for the end of its input; when its output cannot be written it
 * stops, whatever the input still holds; its messages come after the results of the lines
 * before them. Found by a blind review of the tool in pipelines. */
#define _POSIX_C_SOURCE 200809L
#include "tool.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Reads fd into buf (appending at *len) until buf holds `lines` newlines or `seconds` pass;
 * whether it got there. */
static bool read_lines(int fd, char *buf, size_t cap, size_t *len, size_t lines, double seconds)
{
    const double end = now_s() + seconds;
    for (;;) {
        size_t have = 0;
        for (size_t i = 0; i < *len; i++)
            have += buf[i] == '\n';
        if (have >= lines)
            return true;
        double left = end - now_s();
        if (left <= 0)
            return false;
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, (int)(left * 1000) + 1) <= 0)
            continue;
        ssize_t got = read(fd, buf + *len, cap - 1 - *len);
        if (got <= 0)
            return false;
        *len += (size_t)got;
        buf[*len] = '\0';
    }
}

static int wait_exit(int pid)
{
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void write_text(int fd, const char *text)
{
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
}

/* Each line written gets its result while the input stays open: the run does not hold its
 * results for a batch or the input's end (a monitor reading a feed would wait forever). */
static void each_line_is_answered_as_it_comes(void **state)
{
    (void)state;
    static const char *const modes[][4] = {{"classify", NULL},
                                           {"classify", "--format", "jsonl", NULL},
                                           {"classify", "-j", "2", NULL}};
    for (size_t m = 0; m < 3; m++) {
        int in, o;
        int pid = tool_spawn(modes[m], &in, &o, NULL, false);
        static char got[1 << 14];
        size_t len = 0;
        const size_t header = m == 1 ? 0 : 1;
        write_text(in, "We condemn this attack.\n");
        assert_true(read_lines(o, got, sizeof got, &len, header + 1, 20));
        expect_in(got, "hostile");
        write_text(in, "We welcome the talks and thank our friends.\n");
        assert_true(read_lines(o, got, sizeof got, &len, header + 2, 20));
        expect_in(got, "conciliatory");
        close(in);
        assert_int_equal(wait_exit(pid), 0);
        close(o);
    }
}

/* Output that cannot be written (a full disk; a reader gone, with SIGPIPE ignored as a
 * supervisor may leave it) ends the run at once with the reason, however much input is still
 * coming: a run that read on would never end on an endless feed. */
static void a_failed_write_ends_the_run(void **state)
{
    (void)state;
    void (*before)(int) = signal(SIGPIPE, SIG_IGN); /* our writes to a gone tool fail instead */
    int in, unused;
    int pid = tool_spawn((const char *const[]){"classify", NULL}, &in, &unused, "/dev/full",
                         true);
    static char lines[1 << 16];
    size_t n = 0;
    while (n + 32 < sizeof lines)
        n += (size_t)snprintf(lines + n, sizeof lines - n, "We condemn attack %zu.\n", n);
    const double started = now_s();
    bool gone = false;
    while (!gone && now_s() - started < 20) { /* an endless feed, until the tool is gone */
        if (write(in, lines, n) < 0)
            gone = errno == EPIPE;
    }
    close(in);
    assert_true(gone);
    assert_int_equal(wait_exit(pid), 1);
    signal(SIGPIPE, before);
}

/* A message about line 3 comes after the result of line 1, on a terminal or in a log where
 * both go (2>&1): the results before it are written first. */
static void messages_follow_the_results_before_them(void **state)
{
    (void)state;
    static const char text[] = "We condemn this attack.\nWe welcome \xff the talks.\n"
                               "Ok.\nbad \0 nul\nWe agree.\n";
    write_file("mixed.txt", text, sizeof text - 1);
    int in, o;
    int pid = tool_spawn((const char *const[]){"classify", path("mixed.txt"), NULL}, &in, &o,
                         NULL, true);
    close(in);
    static char got[1 << 14];
    size_t len = 0;
    read_lines(o, got, sizeof got, &len, 100, 20);
    assert_int_equal(wait_exit(pid), 1);
    close(o);
    const char *first = strstr(got, "We condemn this attack.");
    const char *warned = strstr(got, "mixed.txt:2: invalid UTF-8");
    const char *second = strstr(got, "We welcome");
    const char *nul = strstr(got, "mixed.txt:4: NUL byte");
    const char *third = strstr(got, "\tOk.");
    const char *last = strstr(got, "We agree.");
    if (!first || !warned || !second || !nul || !third || !last || first > warned ||
        third > nul || nul > last)
        fail_msg("out of order:\n%s", got);
}

/* Whether a file is binary or UTF-16 is judged on its first block, as its documentation says,
 * however a pipe delivers it: a first piece that holds a NUL byte, or the first byte of a
 * byte-order mark, waits for the rest of the block (or the input's end) before it is judged;
 * text is answered as it comes (above). A blind review found the judgement made on the first
 * read alone: binary data piped in two pieces was labeled line by line. */
static void a_piped_file_is_judged_as_the_file_is(void **state)
{
    (void)state;
    static char binary[4096];
    size_t n = (size_t)snprintf(binary, sizeof binary, "header%c\n", 0);
    const size_t head = n;
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(binary + n, sizeof binary - n, "we hope for peace \x01\x02\x03 %d\n",
                              i);
    static const char utf16[] = "\xFF\xFEW\0e\0 \0h\0o\0p\0e\0\n\0";
    struct piece {
        const char *bytes;
        size_t len, first;
        const char *said;
    } pieces[] = {{binary, n, head, "binary data, not text"},
                  {utf16, sizeof utf16 - 1, 1, "UTF-16 byte-order mark"}};
    for (size_t k = 0; k < 2; k++) {
        static const char *const args[] = {"classify", NULL};
        int in, o;
        int pid = tool_spawn(args, &in, &o, NULL, true);
        assert_int_equal(write(in, pieces[k].bytes, pieces[k].first),
                         (ssize_t)pieces[k].first);
        nanosleep(&(struct timespec){0, 200 * 1000 * 1000}, NULL);
        const size_t rest = pieces[k].len - pieces[k].first;
        assert_int_equal(write(in, pieces[k].bytes + pieces[k].first, rest), (ssize_t)rest);
        close(in);
        static char got[1 << 14];
        size_t len = 0;
        read_lines(o, got, sizeof got, &len, 1000, 20);
        close(o);
        assert_int_equal(wait_exit(pid), 1);
        expect_in(got, pieces[k].said);
        assert_null(strstr(got, "hostile"));
        assert_null(strstr(got, "conciliatory"));
        assert_null(strstr(got, "neutral"));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_line_is_answered_as_it_comes),
        cmocka_unit_test(a_failed_write_ends_the_run),
        cmocka_unit_test(messages_follow_the_results_before_them),
        cmocka_unit_test(a_piped_file_is_judged_as_the_file_is),
    };
    return cmocka_run_group_tests_name("cli_stream", tests, tool_setup, tool_teardown);
}
