/* Throughput of the library on large inputs, through the public API only.
 *
 *   stance_bench train OUT.stnc CORPUS.tsv      label<TAB>text per line
 *   stance_bench classify MODEL.stnc TEXT.txt   one statement per line
 *   stance_bench load MODEL.stnc                the least time of 20 loads
 * MODEL.stnc may be "builtin": the library's built-in model (stance_model_default).
 *
 * Input is streamed in 1 MiB blocks, so peak memory is the library's, not the file's. The
 * clock covers reading (from the page cache after a warm-up pass), analysis and counting or
 * scoring; for training it also covers building the model, not saving it. Prints one line of
 * key=value pairs: bytes, statements, seconds, MB/s (10^6 bytes), statements/s, peak RSS. */
#define _POSIX_C_SOURCE 200809L
#include <stance.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

typedef int (*line_fn)(void *state, char *line, size_t len);

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long peak_rss_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

/* Calls fn for every line of the file; returns bytes read, or -1 on error. */
static long long for_each_line(const char *path, line_fn fn, void *state, size_t *lines)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        perror(path);
        return -1;
    }
    size_t cap = 1 << 20, have = 0;
    char *buf = malloc(cap);
    long long total = 0;
    *lines = 0;
    for (;;) {
        size_t got = fread(buf + have, 1, cap - have, fp);
        total += (long long)got;
        have += got;
        size_t start = 0;
        for (char *nl; (nl = memchr(buf + start, '\n', have - start));) {
            size_t i = (size_t)(nl - buf);
            if (fn(state, buf + start, i - start) != 0) {
                free(buf);
                fclose(fp);
                return -1;
            }
            (*lines)++;
            start = i + 1;
        }
        memmove(buf, buf + start, have - start);
        have -= start;
        if (got == 0) {
            if (have && fn(state, buf, have) == 0)
                (*lines)++;
            break;
        }
        if (have == cap) { /* a line longer than the buffer: grow */
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    free(buf);
    fclose(fp);
    return total;
}

static int train_line(void *state, char *line, size_t len)
{
    char *tab = memchr(line, '\t', len);
    if (!tab || line[0] == '#')
        return 0;
    stance_error_t err;
    if (stance_trainer_add(state, line, (size_t)(tab - line), tab + 1,
                           len - (size_t)(tab - line) - 1, STANCE_REPLACE_INVALID,
                           &err) != STANCE_OK) {
        fprintf(stderr, "train: %s\n", err.msg);
        return 1;
    }
    return 0;
}

typedef struct classify_state {
    stance_ctx_t *ctx;
    size_t counts[8];
} classify_state_t;

static int classify_line(void *state, char *line, size_t len)
{
    classify_state_t *cs = state;
    stance_result_t res;
    stance_error_t err;
    if (stance_classify(cs->ctx, line, len, STANCE_REPLACE_INVALID, &res, &err) != STANCE_OK) {
        fprintf(stderr, "classify: %s\n", err.msg);
        return 1;
    }
    cs->counts[res.label & 7]++;
    return 0;
}

static int noop_line(void *state, char *line, size_t len)
{
    (void)state;
    (void)line;
    (void)len;
    return 0;
}

static void report(const char *what, long long bytes, size_t lines, double secs)
{
    printf("%s bytes=%lld statements=%zu seconds=%.3f MB_per_s=%.1f statements_per_s=%.0f "
           "peak_rss_MiB=%.1f\n",
           what, bytes, lines, secs, (double)bytes / secs / 1e6, (double)lines / secs,
           (double)peak_rss_kib() / 1024.0);
}

/* MODEL.stnc, or the built-in model for "builtin". */
static stance_status_t load_model(stance_model_t **m, const char *name, stance_error_t *err)
{
    if (strcmp(name, "builtin") == 0)
        return stance_model_default(m, NULL, err);
    return stance_model_load_file(m, name, NULL, err);
}

/* The time one load takes, the least of `rounds` (a start-up cost: what a run that loads the
 * model pays before its first statement). */
static int bench_load(const char *name, int rounds)
{
    double best = 1e9;
    size_t features = 0;
    for (int i = 0; i < rounds; i++) {
        stance_model_t *m = NULL;
        stance_error_t err;
        double t0 = now();
        if (load_model(&m, name, &err) != STANCE_OK) {
            fprintf(stderr, "%s\n", err.msg);
            return 1;
        }
        double secs = now() - t0;
        best = secs < best ? secs : best;
        features = stance_model_feature_count(m);
        stance_model_free(m);
    }
    printf("load seconds=%.6f features=%zu rounds=%d\n", best, features, rounds);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "load") == 0)
        return bench_load(argv[2], 20);
    if (argc != 4 || (strcmp(argv[1], "train") && strcmp(argv[1], "classify"))) {
        fprintf(stderr, "usage: stance_bench train OUT.stnc CORPUS.tsv\n"
                        "       stance_bench classify MODEL.stnc|builtin TEXT.txt\n"
                        "       stance_bench load MODEL.stnc|builtin\n");
        return 2;
    }
    size_t lines;
    /* Warm the page cache so the first measured pass is not a disk benchmark. */
    if (for_each_line(argv[3], noop_line, NULL, &lines) < 0)
        return 1;
    stance_error_t err;
    if (strcmp(argv[1], "train") == 0) {
        stance_trainer_t *t = NULL;
        if (stance_trainer_new(&t, NULL, &err) != STANCE_OK) {
            fprintf(stderr, "%s\n", err.msg);
            return 1;
        }
        double t0 = now();
        long long bytes = for_each_line(argv[3], train_line, t, &lines);
        stance_model_t *m = NULL;
        if (bytes < 0 || stance_trainer_build(&m, t, &err) != STANCE_OK) {
            fprintf(stderr, "train failed\n");
            return 1;
        }
        double secs = now() - t0;
        report("train", bytes, lines, secs);
        stance_trainer_free(t);
        if (stance_model_save(m, argv[2], &err) != STANCE_OK) {
            fprintf(stderr, "%s\n", err.msg);
            return 1;
        }
        stance_model_free(m);
        return 0;
    }
    stance_model_t *m = NULL;
    double t0 = now();
    if (load_model(&m, argv[2], &err) != STANCE_OK) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    printf("load seconds=%.4f features=%zu\n", now() - t0, stance_model_feature_count(m));
    classify_state_t cs = {0};
    if (stance_ctx_new(&cs.ctx, m, NULL, &err) != STANCE_OK) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    t0 = now();
    long long bytes = for_each_line(argv[3], classify_line, &cs, &lines);
    double secs = now() - t0;
    if (bytes < 0)
        return 1;
    report("classify", bytes, lines, secs);
    stance_ctx_free(cs.ctx);
    stance_model_free(m);
    return 0;
}
