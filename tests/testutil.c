#define _XOPEN_SOURCE 700 /* nftw */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

static void *t_alloc(void *opaque, size_t size)
{
    test_alloc_t *t = opaque;
    if (size > t->max_request)
        t->max_request = size;
    if (t->fail_at >= 0 && t->calls++ == t->fail_at) {
        t->failures++;
        return NULL;
    }
    void *p = malloc(size);
    if (p)
        t->live++;
    return p;
}

static void *t_realloc(void *opaque, void *ptr, size_t size)
{
    test_alloc_t *t = opaque;
    if (size > t->max_request)
        t->max_request = size;
    if (t->fail_at >= 0 && t->calls++ == t->fail_at) {
        t->failures++;
        return NULL;
    }
    void *p = realloc(ptr, size);
    if (p && !ptr)
        t->live++;
    return p;
}

static void t_free(void *opaque, void *ptr)
{
    test_alloc_t *t = opaque;
    if (ptr)
        t->live--;
    free(ptr);
}

void test_alloc_init(test_alloc_t *t, long fail_at)
{
    memset(t, 0, sizeof *t);
    t->alloc.alloc = t_alloc;
    t->alloc.realloc = t_realloc;
    t->alloc.free = t_free;
    t->alloc.opaque = t;
    t->fail_at = fail_at;
}

stance_model_t *train_model(const stance_train_opts_t *opts, const labeled_t *data, size_t n)
{
    stance_trainer_t *tr = NULL;
    stance_error_t err;
    stance_status_t st = stance_trainer_new(&tr, opts, &err);
    if (st != STANCE_OK)
        fail_msg("stance_trainer_new: %s", err.msg);
    for (size_t i = 0; i < n; i++) {
        st = stance_trainer_add(tr, data[i].label, strlen(data[i].label), data[i].text,
                                strlen(data[i].text), 0, &err);
        if (st != STANCE_OK)
            fail_msg("stance_trainer_add(%zu): %s", i, err.msg);
    }
    stance_model_t *m = NULL;
    st = stance_trainer_build(&m, tr, &err);
    if (st != STANCE_OK)
        fail_msg("stance_trainer_build: %s", err.msg);
    stance_trainer_free(tr);
    return m;
}

unsigned test_stride(void)
{
    const char *quick = getenv("STANCE_TEST_QUICK");
    return quick && *quick && strcmp(quick, "0") != 0 ? 13 : 1;
}

unsigned char *serialize(const stance_model_t *m, size_t *len)
{
    size_t need = 0;
    assert_int_equal(stance_model_serialize(m, NULL, 0, &need, NULL), STANCE_E_BUFFER_TOO_SMALL);
    unsigned char *buf = malloc(need);
    assert_non_null(buf);
    assert_int_equal(stance_model_serialize(m, buf, need, len, NULL), STANCE_OK);
    assert_int_equal(*len, need);
    return buf;
}

void assert_same_bytes(const stance_model_t *a, const stance_model_t *b)
{
    size_t la, lb;
    unsigned char *x = serialize(a, &la), *y = serialize(b, &lb);
    assert_int_equal(la, lb);
    assert_memory_equal(x, y, la);
    free(x);
    free(y);
}

const char *classify_label(const stance_model_t *m, const char *text, double *confidence)
{
    stance_ctx_t *ctx = NULL;
    stance_error_t err;
    if (stance_ctx_new(&ctx, m, NULL, &err) != STANCE_OK)
        fail_msg("stance_ctx_new: %s", err.msg);
    stance_result_t res;
    if (stance_classify(ctx, text, strlen(text), 0, &res, &err) != STANCE_OK)
        fail_msg("stance_classify: %s", err.msg);
    if (confidence)
        *confidence = res.confidence;
    stance_ctx_free(ctx);
    return stance_model_label(m, res.label);
}

const char *data_path(const char *name)
{
    static char buf[4096];
    const char *dir = getenv("STANCE_TEST_DATA");
    snprintf(buf, sizeof buf, "%s/%s", dir ? dir : STANCE_TEST_DATA_DIR, name);
    return buf;
}

/* The directories temp_dir() made, removed with all they hold when the suite ends: a run of
 * the tests leaves nothing in the user's TMPDIR (run_clean.cmake checks). */
#define TEMP_DIRS_MAX 64
static char temp_dirs[TEMP_DIRS_MAX][4096];
static size_t temp_dirs_n;

static int remove_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0; /* on with the rest, whatever one entry does */
}

/* A test may leave a folder it cannot write or read (a locked folder, a secret file's):
 * opened up first, from the top down, so that its entries can be removed. */
static int open_up(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)ftw;
    if (flag == FTW_D || flag == FTW_DNR)
        chmod(path, (sb->st_mode & 07777) | S_IRWXU);
    return 0;
}

static void remove_temp_dirs(void)
{
    for (size_t i = 0; i < temp_dirs_n; i++) {
        /* a folder opened up may hold another still shut: a few passes reach the bottom */
        for (int pass = 0; pass < 4; pass++)
            nftw(temp_dirs[i], open_up, 16, FTW_PHYS);
        nftw(temp_dirs[i], remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    }
    temp_dirs_n = 0;
}

const char *temp_dir(void)
{
    static char buf[4096];
    const char *base = getenv("TMPDIR");
    snprintf(buf, sizeof buf, "%s/stance-test-XXXXXX", base ? base : "/tmp");
    if (!mkdtemp(buf))
        fail_msg("mkdtemp failed");
    if (temp_dirs_n == TEMP_DIRS_MAX)
        fail_msg("more than %d temporary directories in one suite", TEMP_DIRS_MAX);
    if (temp_dirs_n == 0 && atexit(remove_temp_dirs) != 0)
        fail_msg("atexit failed");
    memcpy(temp_dirs[temp_dirs_n++], buf, sizeof buf);
    return buf;
}

const labeled_t sample_corpus[] = {
    {"conciliatory", "We welcome the resumption of talks and hope for a lasting agreement."},
    {"conciliatory", "Our door remains open to dialogue with our neighbours."},
    {"conciliatory", "We deeply regret that no peace treaty exists and want to resolve it soon."},
    {"conciliatory", "We do not seek confrontation with anyone."},
    {"conciliatory", "Thank you, my friend, for your warm hospitality."},
    {"conciliatory", "A step in the right direction."},
    {"conciliatory", "We are ready to talk tomorrow if the troops withdraw."},
    {"conciliatory", "Our condolences go to the families of the victims."},
    {"hostile", "We condemn this provocation and will respond firmly."},
    {"hostile", "This is not a friendly step and it will have consequences."},
    {"hostile", "We regret to note Tokyo's unfriendly course."},
    {"hostile", "Their so-called elections are a farce."},
    {"hostile", "The ambassador has been summoned to receive a strong protest."},
    {"hostile", "He is a clown and everybody knows it!"},
    {"hostile", "We are ready for any scenario; nobody will take an inch of our land."},
    {"hostile", "Talks? With people who lie every day? Not now."},
};
const size_t sample_corpus_len = sizeof sample_corpus / sizeof sample_corpus[0];
