/* Fuzz target: the analyzer, classification, explanation and training on any bytes, under
 * every combination of analyzer settings.
 *
 * Input: two bytes choose the settings and flags, the rest is the statement.
 *   byte 0: bits 0-1 n-gram length (1..3), bit 2 negation, bits 3-4 negation scope
 *           (0, 1, 3, 8 words), bit 5 count weighting, bit 6 punctuation terms,
 *           bit 7 STANCE_REPLACE_INVALID
 *   byte 1: bits 0-1 language (english, russian, none), bit 2 complement NB,
 *           bit 3 a 4-byte token limit instead of 100
 * Properties: tokens lie inside the text, in order; features lie inside it; the entry points agree
 * on whether the text is valid; probabilities form a distribution; explained features lie
 * inside the text; training on the text succeeds exactly when classifying it does. */
#include "fuzz.h"

#include <math.h>
#include <stance.h>
#include <string.h>

/* One model per settings combination: the low 7 bits of byte 0 and the low 4 of byte 1. */
#define N_KEYS 2048
static stance_model_t *models[N_KEYS];
static int cleanup_registered;

static void free_models(void)
{
    for (size_t i = 0; i < N_KEYS; i++)
        stance_model_free(models[i]);
}

static const char *const training[][2] = {
    {"conciliatory", "We hope to resume talks soon and welcome the offer of dialogue."},
    {"conciliatory", "\xd0\x9c\xd1\x8b \xd0\xb3\xd0\xbe\xd1\x82\xd0\xbe\xd0\xb2\xd1\x8b \xd0\xba \xd0\xb4\xd0\xb8\xd0\xb0\xd0\xbb\xd0\xbe\xd0\xb3\xd1\x83."},
    {"hostile", "We will not tolerate these provocations; this is not a friendly step!"},
    {"hostile", "\xe6\x8c\x91\xe8\xa1\x85\xe8\xa1\x8c\xe4\xb8\xba\xe4\xb8\x8d\xe8\x83\xbd\xe6\x8e\xa5\xe5\x8f\x97\xe3\x80\x82 Unacceptable."},
};

static stance_settings_t settings_for(unsigned b0, unsigned b1)
{
    static const char *const languages[] = {"english", "russian", "none", "english"};
    static const unsigned scopes[] = {0, 1, 3, 8};
    stance_settings_t s = STANCE_SETTINGS_INIT;
    s.ngram_max = (b0 & 3u) % 3u + 1u;
    s.negation = (b0 >> 2) & 1u;
    s.negation_scope = scopes[(b0 >> 3) & 3u];
    s.weighting = (b0 & 0x20u) ? STANCE_WEIGHT_COUNTS : STANCE_WEIGHT_BINARY;
    s.punctuation = (b0 >> 6) & 1u;
    s.language = languages[b1 & 3u];
    s.nb = (b1 & 4u) ? STANCE_NB_COMPLEMENT : STANCE_NB_MULTINOMIAL;
    s.max_token_bytes = (b1 & 8u) ? 4 : 100;
    return s;
}

static stance_model_t *model_for(unsigned b0, unsigned b1)
{
    unsigned key = (b0 & 0x7fu) | ((b1 & 0x0fu) << 7);
    if (models[key])
        return models[key];
    if (!cleanup_registered) {
        atexit(free_models);
        cleanup_registered = 1;
    }
    stance_train_opts_t opts = STANCE_TRAIN_OPTS_INIT;
    opts.settings = settings_for(b0, b1);
    stance_trainer_t *tr = NULL;
    FUZZ_CHECK(stance_trainer_new(&tr, &opts, NULL) == STANCE_OK);
    for (size_t i = 0; i < sizeof training / sizeof training[0]; i++)
        FUZZ_CHECK(stance_trainer_add(tr, training[i][0], strlen(training[i][0]), training[i][1],
                                      strlen(training[i][1]), 0, NULL) == STANCE_OK);
    FUZZ_CHECK(stance_trainer_build(&models[key], tr, NULL) == STANCE_OK);
    stance_trainer_free(tr);
    return models[key];
}

typedef struct feature_walk {
    size_t len, count;
} feature_walk_t;

static int on_feature(const char *feature, size_t len, size_t start, size_t end, void *user)
{
    feature_walk_t *w = user;
    FUZZ_CHECK(feature != NULL && len > 0);
    FUZZ_CHECK(start < end && end <= w->len);
    w->count++;
    return 0;
}

static void check_tokens(stance_ctx_t *ctx, const char *text, size_t len, uint32_t flags,
                         stance_status_t expect)
{
    size_t count = 0;
    stance_status_t st = stance_tokenize(ctx, text, len, flags, NULL, 0, &count, NULL);
    if (expect != STANCE_OK) {
        FUZZ_CHECK(st == expect);
        return;
    }
    FUZZ_CHECK(st == STANCE_OK || (st == STANCE_E_BUFFER_TOO_SMALL && count > 0));
    if (count == 0)
        return;
    stance_token_t *toks = malloc(count * sizeof *toks);
    if (!toks)
        return;
    size_t again = 0;
    FUZZ_CHECK(stance_tokenize(ctx, text, len, flags, toks, count, &again, NULL) == STANCE_OK);
    FUZZ_CHECK(again == count);
    size_t end = 0;
    for (size_t i = 0; i < count; i++) {
        FUZZ_CHECK(toks[i].len > 0 && toks[i].start >= end && toks[i].start + toks[i].len <= len);
        FUZZ_CHECK(toks[i].kind <= STANCE_TOKEN_BREAK);
        end = toks[i].start + toks[i].len;
    }
    free(toks);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    unsigned b0 = data[0], b1 = data[1];
    uint32_t flags = (b0 & 0x80u) ? STANCE_REPLACE_INVALID : 0;
    const char *text = (const char *)data + 2;
    size_t len = size - 2;

    stance_model_t *model = model_for(b0, b1);
    stance_ctx_t *ctx = NULL;
    FUZZ_CHECK(stance_ctx_new(&ctx, model, NULL, NULL) == STANCE_OK);

    stance_result_t res;
    stance_error_t err;
    stance_status_t st = stance_classify(ctx, text, len, flags | STANCE_EXPLAIN, &res, &err);
    FUZZ_CHECK(st == STANCE_OK || st == STANCE_E_BAD_UTF8);
    FUZZ_CHECK(err.status == st);
    if (st == STANCE_E_BAD_UTF8)
        FUZZ_CHECK(flags == 0 && err.offset < len);

    if (st == STANCE_OK) {
        FUZZ_CHECK(res.n_labels == stance_model_label_count(model) && res.label < res.n_labels);
        double sum = 0;
        for (size_t i = 0; i < res.n_labels; i++) {
            FUZZ_CHECK(res.probs[i] >= 0 && res.probs[i] <= 1 && isfinite(res.scores[i]));
            sum += res.probs[i];
        }
        FUZZ_CHECK(fabs(sum - 1) < 1e-9 && res.confidence == res.probs[res.label]);
        stance_hit_t hits[8];
        size_t n_hits = 0;
        FUZZ_CHECK(stance_explain(ctx, hits, 8, &n_hits) == STANCE_OK && n_hits <= 8);
        for (size_t i = 0; i < n_hits; i++) {
            FUZZ_CHECK(hits[i].feature && hits[i].feature_len == strlen(hits[i].feature));
            FUZZ_CHECK(hits[i].start + hits[i].len <= len && isfinite(hits[i].contribution));
            if (i > 0)
                FUZZ_CHECK(fabs(hits[i].contribution) <= fabs(hits[i - 1].contribution));
        }
    }

    /* The other entry points agree on validity. */
    check_tokens(ctx, text, len, flags, st);
    feature_walk_t walk = {len, 0};
    FUZZ_CHECK(stance_analyze(ctx, text, len, flags, on_feature, &walk, NULL) == st);
    if (st == STANCE_OK)
        FUZZ_CHECK(walk.count >= res.n_known);

    /* Training on the same text takes it exactly when classification does. */
    stance_trainer_t *tr = NULL;
    FUZZ_CHECK(stance_trainer_new_from_model(&tr, model, NULL, NULL) == STANCE_OK);
    stance_status_t added = stance_trainer_add(tr, "hostile", 7, text, len, flags, NULL);
    FUZZ_CHECK(added == st);
    stance_model_t *grown = NULL;
    FUZZ_CHECK(stance_trainer_build(&grown, tr, NULL) == STANCE_OK);
    FUZZ_CHECK(stance_model_label_statements(grown, 1) ==
               stance_model_label_statements(model, 1) + (added == STANCE_OK));
    stance_model_free(grown);
    stance_trainer_free(tr);
    stance_ctx_free(ctx);
    return 0;
}
