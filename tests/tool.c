#define _DEFAULT_SOURCE /* wait4 */
#define _POSIX_C_SOURCE 200809L
#include "tool.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

char out[1 << 20], err[1 << 16];
static char dir[4096];

int tool_setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "%s", temp_dir());
    return 0;
}

int tool_teardown(void **state)
{
    (void)state;
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

const char *path(const char *name)
{
    static char buf[8][4300];
    static int next;
    char *p = buf[next++ % 8];
    snprintf(p, 4300, "%s/%s", dir, name);
    return p;
}

void write_file(const char *name, const char *data, size_t len)
{
    FILE *fp = fopen(path(name), "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(data, 1, len, fp), len);
    fclose(fp);
}

void slurp(const char *file, char *buf, size_t cap)
{
    FILE *fp = fopen(file, "rb");
    size_t n = fp ? fread(buf, 1, cap - 1, fp) : 0;
    buf[n] = '\0';
    if (fp)
        fclose(fp);
}

/* In the child: execs the tool with the NULL-terminated args. Never returns. */
static void exec_args(const char *const *args)
{
    char *argv[64];
    int n = 0;
    argv[n++] = (char *)STANCE_TOOL;
    for (; args[n - 1] && n < 63; n++)
        argv[n] = (char *)args[n - 1];
    argv[n] = NULL;
    execv(STANCE_TOOL, argv);
    _exit(127);
}

/* In the child: points fds 0-2 where asked and execs the tool. Never returns. */
static void exec_tool(const char *in_path, const char *out_path, const char *err_path,
                      const tool_run_t *how, const char *const *args)
{
    unsigned long long max_file_bytes = how ? how->max_file_bytes : 0;
    int in = open(in_path, O_RDONLY);
    int o = open(out_path, O_WRONLY | O_CREAT | (how && how->append_stdout ? O_APPEND : O_TRUNC),
                 0644);
    int e = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || o < 0 || e < 0)
        _exit(126);
    dup2(in, 0);
    dup2(o, 1);
    dup2(e, 2);
    if (max_file_bytes) {
        /* A write past the limit then fails with EFBIG instead of killing the process. */
        signal(SIGXFSZ, how->fsize_signal ? SIG_DFL : SIG_IGN);
        struct rlimit rl = {max_file_bytes, max_file_bytes};
        if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
            _exit(125);
    }
    if (how && how->in_child)
        how->in_child();
    if (how && how->timeout_s)
        alarm(how->timeout_s); /* survives exec: a hanging tool is killed, not waited for */
    exec_args(args);
}

int tool_run(const tool_run_t *how, const char *const *args, struct rusage *usage)
{
    /* Own buffers, not path()'s rotating ones, which the caller's arguments may point into. */
    static char in_path[4300], o_path[4300], e_path[4300];
    snprintf(in_path, sizeof in_path, "%s/stdin", dir);
    snprintf(o_path, sizeof o_path, "%s/stdout", dir);
    snprintf(e_path, sizeof e_path, "%s/stderr", dir);
    if (how->input) {
        FILE *fp = fopen(in_path, "wb");
        assert_non_null(fp);
        size_t n = strlen(how->input);
        assert_int_equal(fwrite(how->input, 1, n, fp), n);
        fclose(fp);
    }
    const char *stdin_from = how->stdin_path ? how->stdin_path
                             : how->input   ? in_path
                                            : "/dev/null";
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0)
        exec_tool(stdin_from, how->stdout_path ? how->stdout_path : o_path, e_path, how, args);
    int status;
    struct rusage ru;
    assert_int_equal(wait4(pid, &status, 0, &ru), pid);
    if (usage)
        *usage = ru;
    slurp(o_path, out, sizeof out);
    slurp(e_path, err, sizeof err);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int tool_start(const char *const *args)
{
    return tool_start_err(args, "/dev/null");
}

int tool_start_err(const char *const *args, const char *err_path)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0)
        exec_tool("/dev/null", "/dev/null", err_path, NULL, args);
    return (int)pid;
}

int tool_spawn(const char *const *args, int *in_fd, int *out_fd, const char *out_path,
               bool err_with_out)
{
    int in[2], o[2] = {-1, -1};
    assert_int_equal(pipe(in), 0);
    if (!out_path)
        assert_int_equal(pipe(o), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int w = out_path ? open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644) : o[1];
        int e = err_with_out ? w : open("/dev/null", O_WRONLY);
        if (w < 0 || e < 0)
            _exit(126);
        dup2(in[0], 0);
        dup2(w, 1);
        dup2(e, 2);
        close(in[1]);
        if (!out_path)
            close(o[0]);
        exec_args(args);
    }
    close(in[0]);
    *in_fd = in[1];
    if (!out_path) {
        close(o[1]);
        *out_fd = o[0];
    }
    return (int)pid;
}

size_t messages(const char *text)
{
    size_t n = strncmp(text, "stance: ", 8) == 0;
    for (const char *p = text; (p = strstr(p, "\nstance: ")); p++)
        n++;
    return n;
}

void expect_in(const char *haystack, const char *needle)
{
    if (!strstr(haystack, needle))
        fail_msg("expected to find\n  %s\nin\n%s", needle, haystack);
}

/* Whether two files hold the same bytes, whatever their size. */
bool same_file(const char *a, const char *b)
{
    static char x[1 << 16], y[1 << 16];
    FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
    bool same = fa && fb;
    while (same) {
        size_t na = fread(x, 1, sizeof x, fa), nb = fread(y, 1, sizeof y, fb);
        same = na == nb && memcmp(x, y, na) == 0;
        if (na < sizeof x)
            break;
    }
    if (fa)
        fclose(fa);
    if (fb)
        fclose(fb);
    return same;
}
