#define _POSIX_C_SOURCE 200809L
#include "progress.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The progress whose line may be on the screen (the tool runs one at a time). */
static progress_t *running;

void progress_pause(void)
{
    if (running && running->shown) {
        fputs("\r\033[K", stderr);
        running->shown = false;
        running->shown_at = -1e9;
    }
}

void progress_set_total(progress_t *p, uint64_t total)
{
    p->total = total;
}

void progress_start(progress_t *p, bool quiet, char *const *paths, int n_paths)
{
    memset(p, 0, sizeof *p);
    p->on = !quiet && isatty(STDERR_FILENO);
    if (!p->on)
        return;
    p->after = PROGRESS_AFTER;
    const char *env = getenv("STANCE_PROGRESS_AFTER");
    double d;
    if (env && parse_double(env, 0, 1e9, &d))
        p->after = d;
    else if (env) /* said, not ignored */
        cli_warn("STANCE_PROGRESS_AFTER '%s' is not a number of seconds 0..1e9; the progress "
                 "line appears after %g s",
                 env, p->after);
    p->started = cli_now();
    p->shown_at = -1e9;
    running = p;
    /* the total is known when every input is a regular file */
    uint64_t total = 0;
    bool known = n_paths > 0;
    for (int i = 0; known && i < n_paths; i++) {
        struct stat st;
        known = strcmp(paths[i], "-") != 0 && stat(paths[i], &st) == 0 && S_ISREG(st.st_mode);
        if (known)
            total += (uint64_t)st.st_size;
    }
    p->total = known ? total : 0;
}

void progress_show(progress_t *p, uint64_t bytes, uint64_t statements)
{
    if (!p->on)
        return;
    double now = cli_now(), secs = now - p->started;
    if (secs < p->after || now - p->shown_at < PROGRESS_EVERY)
        return;
    p->shown_at = now;
    p->shown = true;
    uint64_t done = p->base + bytes;
    double rate = secs > 0 ? (double)done / secs : 0;
    char line[256];
    int n = snprintf(line, sizeof line, "\r\033[K%s%s%.1f MB", p->doing ? p->doing : "",
                     p->doing ? ": " : "", (double)done / 1e6);
    if (p->total && n > 0 && (size_t)n < sizeof line)
        n += snprintf(line + n, sizeof line - (size_t)n, " of %.1f MB (%.0f%%)",
                      (double)p->total / 1e6,
                      100.0 * (double)(done < p->total ? done : p->total) / (double)p->total);
    if (n > 0 && (size_t)n < sizeof line)
        n += snprintf(line + n, sizeof line - (size_t)n, ", %llu statements, %.1f MB/s",
                      (unsigned long long)statements, rate / 1e6);
    if (p->total && done < p->total && rate > 0 && n > 0 && (size_t)n < sizeof line) {
        unsigned long left = (unsigned long)((double)(p->total - done) / rate + 0.5);
        n += snprintf(line + n, sizeof line - (size_t)n, ", %lu:%02lu left", left / 60,
                      left % 60);
    }
    if (n > 0)
        fwrite(line, 1, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1, stderr);
    fflush(stderr);
}

void progress_next_input(progress_t *p, uint64_t bytes)
{
    p->base += bytes;
}

void progress_end(progress_t *p)
{
    if (p->shown) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
    }
    p->shown = false;
    p->on = false;
    if (running == p)
        running = NULL;
}
