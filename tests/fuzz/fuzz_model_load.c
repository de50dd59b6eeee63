/* Fuzz target: loading a model from any bytes.
 *
 * Each input is loaded twice: as it is (mostly refused by the checksum, which tests the
 * checks before it), and with its length field and checksum rewritten to match, so that the
 * fuzzer reaches the section parser behind them, as a hostile writer could.
 * Properties: a refusal is one of the documented statuses with a message; a model that loads
 * can be used (context, classification, every getter) and serializes to bytes that load
 * again and serialize to the same bytes. */
#include "fuzz.h"

#include <stance.h>
#include "stance_int.h"
#include <string.h>

static void put_u32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void put_u64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void exercise(const stance_model_t *m)
{
    size_t n_labels = stance_model_label_count(m);
    FUZZ_CHECK(n_labels >= 1 && n_labels <= STANCE_MAX_LABELS);
    for (size_t i = 0; i < n_labels; i++) {
        const char *name = stance_model_label(m, i);
        FUZZ_CHECK(name && *name);
        size_t back = SIZE_MAX;
        FUZZ_CHECK(stance_model_label_index(m, name, strlen(name), &back) == STANCE_OK);
        FUZZ_CHECK(back == i);
    }
    stance_settings_t s;
    stance_model_settings(m, &s);
    stance_model_info_t info;
    stance_model_info(m, &info);
    size_t n_features = stance_model_feature_count(m);
    for (size_t i = 0; i < n_features && i < 64; i++) {
        size_t flen = 0;
        const char *f = stance_model_feature(m, i, &flen);
        FUZZ_CHECK(f && flen > 0);
        size_t back = SIZE_MAX;
        FUZZ_CHECK(stance_model_feature_index(m, f, flen, &back) == STANCE_OK && back == i);
        for (size_t l = 0; l < n_labels; l++)
            (void)stance_model_feature_weight(m, i, l);
    }

    stance_ctx_t *ctx = NULL;
    FUZZ_CHECK(stance_ctx_new(&ctx, m, NULL, NULL) == STANCE_OK);
    static const char statement[] = "We will not accept this unfriendly step, but we hope for talks.";
    stance_result_t res;
    FUZZ_CHECK(stance_classify(ctx, statement, sizeof statement - 1, STANCE_EXPLAIN, &res, NULL) ==
               STANCE_OK);
    FUZZ_CHECK(res.label < n_labels);
    stance_ctx_free(ctx);

    /* Serialize, load, serialize: the same bytes. */
    size_t need = 0;
    FUZZ_CHECK(stance_model_serialize(m, NULL, 0, &need, NULL) == STANCE_E_BUFFER_TOO_SMALL);
    unsigned char *a = malloc(need), *b = malloc(need);
    if (a && b) {
        FUZZ_CHECK(stance_model_serialize(m, a, need, NULL, NULL) == STANCE_OK);
        stance_model_t *again = NULL;
        stance_error_t err;
        if (stance_model_load_mem(&again, a, need, NULL, &err) != STANCE_OK) {
            fprintf(stderr, "reload: %s\n", err.msg);
            FUZZ_CHECK(!"a serialized model loads");
        }
        size_t need2 = 0;
        FUZZ_CHECK(stance_model_serialize(again, b, need, &need2, NULL) == STANCE_OK);
        FUZZ_CHECK(need2 == need && memcmp(a, b, need) == 0);
        stance_model_free(again);
    }
    free(a);
    free(b);
}

static void load(const uint8_t *data, size_t size)
{
    stance_model_t *m = NULL;
    stance_error_t err;
    stance_status_t st = stance_model_load_mem(&m, data, size, NULL, &err);
    FUZZ_CHECK(err.status == st);
    if (st != STANCE_OK) {
        FUZZ_CHECK(m == NULL && err.msg[0] != '\0');
        FUZZ_CHECK(st == STANCE_E_TRUNCATED || st == STANCE_E_BAD_MAGIC ||
                   st == STANCE_E_CHECKSUM || st == STANCE_E_VERSION || st == STANCE_E_CORRUPT ||
                   st == STANCE_E_LIMIT || st == STANCE_E_LANGUAGE);
        return;
    }
    exercise(m);
    stance_model_free(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    load(data, size);
    if (size < 36)
        return 0;
    unsigned char *fixed = malloc(size);
    if (!fixed)
        return 0;
    memcpy(fixed, data, size);
    put_u64(fixed + 16, size);
    put_u32(fixed + size - 4, stance__crc32c(fixed, size - 4));
    load(fixed, size);
    free(fixed);
    return 0;
}
