/* Driving the stance tool from a test as a user would: files in a scratch folder, arguments,
 * standard input, exit codes, standard output and standard error. */
#ifndef STANCE_TEST_TOOL_H
#define STANCE_TEST_TOOL_H

#include "testutil.h"

#include <sys/resource.h>

/* What the last run printed (NUL-terminated, truncated to fit). */
extern char out[1 << 20], err[1 << 16];

/* Makes and removes the scratch folder; use as the group's setup and teardown. */
int tool_setup(void **state);
int tool_teardown(void **state);

/* `name` inside the scratch folder, in one of eight rotating static buffers: copy a path that
 * must outlive eight more calls. tool_run() does not use these buffers. */
const char *path(const char *name);
void write_file(const char *name, const char *data, size_t len);
void slurp(const char *file, char *buf, size_t cap);

/* How to run the tool. input: stdin text (NULL = /dev/null); stdin_path overrides it with a
 * file or FIFO; stdout_path: where stdout goes (NULL = captured into out[]); max_file_bytes:
 * RLIMIT_FSIZE for the child (0 = unlimited), to make writes fail as on a full disk. */
typedef struct tool_run {
    const char *input;
    const char *stdin_path;
    const char *stdout_path;
    bool append_stdout; /* open stdout_path to append (>>), not to truncate (>) */
    unsigned long long max_file_bytes;
    /* With max_file_bytes: leave SIGXFSZ at its default action, as a shell's ulimit -f does
     * (otherwise it is ignored, so a write past the limit fails with EFBIG). */
    bool fsize_signal;
    /* Runs in the child just before exec, with the tool's pid already fixed (to plant files
     * whose names contain it). NULL = nothing. */
    void (*in_child)(void);
    /* Seconds before the child is killed with SIGALRM (exit 128 + 14); 0 = no limit. */
    unsigned timeout_s;
} tool_run_t;

/* Runs the tool with NULL-terminated args; returns its exit code (128 + signal if killed).
 * usage, when not NULL, receives the child's resource use (peak memory in ru_maxrss). */
int tool_run(const tool_run_t *how, const char *const *args, struct rusage *usage);
/* Starts the tool without waiting (stdin /dev/null, output discarded); returns its pid. */
int tool_start(const char *const *args);
/* The same, with standard error written to the file err_path. */
int tool_start_err(const char *const *args, const char *err_path);

#define RUN(stdin_text, ...) tool_run(&(tool_run_t){.input = (stdin_text)}, \
                                 (const char *const[]){__VA_ARGS__, NULL}, NULL)

/* Starts the tool with standard input a pipe whose writing end is *in_fd, and standard output
 * the file out_path, or when out_path is NULL a pipe whose reading end is *out_fd; standard
 * error goes with standard output when err_with_out, else to /dev/null. For runs that are fed
 * and read as they go, as a pipeline's. Returns the pid. */
int tool_spawn(const char *const *args, int *in_fd, int *out_fd, const char *out_path,
               bool err_with_out);

/* Fails the test unless haystack contains needle. */
void expect_in(const char *haystack, const char *needle);
/* How many lines of standard error the tool began with "stance: " (its messages). */
size_t messages(const char *text);
/* Whether two files hold the same bytes, whatever their size. */
bool same_file(const char *a, const char *b);

#endif
