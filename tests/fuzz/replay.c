/* Replays fuzz inputs through a target without libFuzzer: every file named on the command
 * line, and every file in every folder named (in name order, so runs are repeatable). Used
 * by ctest, with gcc as well as clang, to keep the seeds and past findings passing. */
#include "fuzz.h"

#include <dirent.h>
#include <string.h>
#include <sys/stat.h>

static unsigned char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    unsigned char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n == cap) {
            size_t grown = cap ? cap * 2 : 4096;
            unsigned char *p = realloc(buf, grown);
            if (!p) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = p;
            cap = grown;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static int run_file(const char *path)
{
    size_t len = 0;
    unsigned char *data = read_all(path, &len);
    if (!data) {
        fprintf(stderr, "replay: cannot read %s\n", path);
        return -1;
    }
    LLVMFuzzerTestOneInput(data, len);
    free(data);
    return 1;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Returns the number of inputs run, or -1 on a read error. */
static long run_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    long ran = 0;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *names);
            if (!p) {
                ran = -1;
                break;
            }
            names = p;
        }
        size_t dl = strlen(dir), nl = strlen(e->d_name);
        names[n] = malloc(dl + nl + 2);
        if (!names[n]) {
            ran = -1;
            break;
        }
        memcpy(names[n], dir, dl);
        names[n][dl] = '/';
        memcpy(names[n] + dl + 1, e->d_name, nl + 1);
        n++;
    }
    closedir(d);
    if (ran == 0 && n > 0)
        qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        if (ran >= 0) {
            int r = run_file(names[i]);
            ran = r < 0 ? -1 : ran + 1;
        }
        free(names[i]);
    }
    free(names);
    return ran;
}

int main(int argc, char **argv)
{
    long total = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            fprintf(stderr, "replay: %s: no such file or folder\n", argv[i]);
            return 1;
        }
        long ran = S_ISDIR(st.st_mode) ? run_dir(argv[i]) : run_file(argv[i]);
        if (ran < 0) {
            fprintf(stderr, "replay: cannot read %s\n", argv[i]);
            return 1;
        }
        total += ran;
    }
    printf("replayed %ld inputs\n", total);
    /* A replay of nothing proves nothing. */
    return total > 0 ? 0 : 1;
}
