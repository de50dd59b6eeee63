/* The progress line of long runs (train, eval, classify): when standard error is a terminal
 * and the run has gone on for PROGRESS_AFTER seconds (STANCE_PROGRESS_AFTER in the environment
 * overrides it), one line on standard error, rewritten in place a few times a second: bytes
 * read (of how many, when every input is a regular file), statements, MB/s and, with a known
 * total, the time left. It is erased at the end. Nothing when standard error is not a
 * terminal or --quiet is given; standard output never carries it. */
#ifndef STANCE_PROGRESS_H
#define STANCE_PROGRESS_H

#include "cli.h"

#define PROGRESS_AFTER 2.0
#define PROGRESS_EVERY 0.25

typedef struct progress {
    bool on;
    double after, started, shown_at;
    uint64_t total; /* bytes of all the inputs; 0 = unknown (standard input, a pipe, a folder) */
    uint64_t base;  /* bytes of the inputs finished */
    bool shown;
    const char *doing; /* "reading", ...: said before the figures */
} progress_t;

/* paths: the inputs, n_paths of them ("-" = standard input; none = standard input). */
void progress_start(progress_t *p, bool quiet, char *const *paths, int n_paths);
/* bytes: position reached in the current input; statements: done so far in all inputs. Cheap
 * when nothing is to be shown: call it every few hundred statements. */
void progress_show(progress_t *p, uint64_t bytes, uint64_t statements);
/* The current input is finished, at `bytes`. */
void progress_next_input(progress_t *p, uint64_t bytes);
/* Erases the line if it was shown. */
void progress_end(progress_t *p);
/* Erases the line of the running progress, if any, before a message (cli_error, cli_warn);
 * the next progress_show draws it again. */
void progress_pause(void);
/* A total other than the inputs' sizes (eval's test statements, classified after reading). */
void progress_set_total(progress_t *p, uint64_t total);

#endif
