/* The features room directly: n-grams of terms, feature strings and their hashes, and the
 * staged lookup of ids (with its collision branches), without an analyzer or a model. */
#include "testutil.h"

#include "analyzer.h"
#include "features.h"
#include "model.h"

#include <stdlib.h>
#include <string.h>

/* Terms made by hand: stems spelled from `words`, each its own stem; `negated` and `chunk`
 * mark terms by index bits. */
typedef struct hand_terms {
    stance_term_t items[16];
    stance_stem_t stems[16];
    char arena[256];
    stance_terms_t ts;
} hand_terms_t;

static void make_terms(hand_terms_t *h, const char *const *words, size_t n, unsigned negated,
                       unsigned chunk)
{
    memset(h, 0, sizeof *h);
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(words[i]);
        memcpy(h->arena + off, words[i], len);
        h->stems[i] = (stance_stem_t){.off = (uint32_t)off, .len = (uint16_t)len,
                                      .unigram = {STANCE_FEATURE_UNKNOWN, STANCE_FEATURE_UNKNOWN}};
        bool neg = (negated >> i) & 1;
        h->items[i] = (stance_term_t){stance__hash_term(stance__hash_bytes(words[i], len), neg),
                                      (uint32_t)i,
                                      neg,
                                      (uint8_t)((chunk >> i) & 1),
                                      0,
                                      (uint32_t)(10 * i),
                                      (uint32_t)(10 * i + len)};
        off += len;
    }
    h->ts = (stance_terms_t){h->items, n, 16, 0, h->stems, (const unsigned char *)h->arena};
}

static void spell(const stance_terms_t *ts, const stance_gram_t *g, char *buf)
{
    size_t n = stance__gram_len(ts, g);
    stance__gram_write(ts, g, buf);
    buf[n] = '\0';
}

/* Unigrams, then the bigram and trigram ending at each term; chunk starts stop them. */
static void grams_by_length_and_chunk(void **state)
{
    (void)state;
    static const char *const w[] = {"we", "reject", "sanction", "firm"};
    hand_terms_t h;
    make_terms(&h, w, 4, 1u << 2, 1u << 3); /* "sanction" negated, "firm" starts a chunk */
    stance_gram_t g[12];
    char buf[64], all[512] = "";
    for (unsigned max = 1; max <= 3; max++) {
        size_t n = stance__grams(&h.ts, max, g);
        all[0] = '\0';
        for (size_t i = 0; i < n; i++) {
            spell(&h.ts, &g[i], buf);
            strcat(all, buf);
            strcat(all, "|");
        }
        if (max == 1)
            assert_string_equal(all, "we|reject|NOT_sanction|firm|");
        else if (max == 2)
            assert_string_equal(all, "we|reject|we reject|NOT_sanction|reject NOT_sanction|firm|");
        else
            assert_string_equal(all, "we|reject|we reject|NOT_sanction|reject NOT_sanction|"
                                     "we reject NOT_sanction|firm|");
    }
}

/* Han and Kana characters always pair up, even with unigram features. */
static void cjk_characters_pair(void **state)
{
    (void)state;
    static const char *const w[] = {"\xe5\x92\x8c", "\xe5\xb9\xb3", "x"};
    hand_terms_t h;
    make_terms(&h, w, 3, 0, 0);
    h.items[0].cjk = h.items[1].cjk = 1;
    stance_gram_t g[9];
    assert_int_equal(stance__grams(&h.ts, 1, g), 4); /* 3 unigrams + one character bigram */
    char buf[64];
    spell(&h.ts, &g[2], buf);
    assert_string_equal(buf, "\xe5\x92\x8c \xe5\xb9\xb3");
}

/* A feature string hashes to its gram's hash, so a model file's features are found by the
 * grams of a statement; malformed strings are refused. */
static void feature_hash_matches_gram_hash(void **state)
{
    (void)state;
    static const char *const w[] = {"we", "will", "not", "accept", "so-cal", "sanction"};
    hand_terms_t h;
    make_terms(&h, w, 6, (1u << 3) | (1u << 4), 0);
    stance_gram_t g[18];
    size_t n = stance__grams(&h.ts, 3, g);
    assert_int_equal(n, 6 + 5 + 4);
    for (size_t i = 0; i < n; i++) {
        char buf[128];
        size_t len = stance__gram_len(&h.ts, &g[i]);
        spell(&h.ts, &g[i], buf);
        stance_hash_t hash, shorter;
        unsigned terms;
        assert_true(stance__feature_hash(buf, len, &hash, &terms));
        assert_int_equal(terms, g[i].n);
        assert_true(stance__hash_eq(hash, g[i].hash));
        assert_true(stance__feature_hash(buf, len - 1, &shorter, &terms));
        assert_false(stance__hash_eq(shorter, g[i].hash));
    }
    stance_hash_t hash;
    unsigned terms;
    assert_false(stance__feature_hash("a  b", 4, &hash, &terms));
    assert_false(stance__feature_hash("a b c d", 7, &hash, &terms));
    assert_false(stance__feature_hash("", 0, &hash, &terms));
}

/* A table of three features in which two share the low lane (so the same slot tag and the
 * same first probe position) and differ only in the high lane: the lookup must confirm by the
 * high lane and search on. */
typedef struct hand_table {
    stance_table_t table;
    stance_hash_t hashes[4];
    stance_allocator_t alloc;
} hand_table_t;

static uint64_t hand_lo(const void *owner, uint32_t id)
{
    return ((const hand_table_t *)owner)->hashes[id].lo;
}

static stance_feature_index_t index_of(const hand_table_t *t)
{
    return (stance_feature_index_t){&t->table, &t->hashes[0].hi, 2, NULL, 0};
}

static void staged_lookup_and_collisions(void **state)
{
    (void)state;
    static const char *const w[] = {"peace", "talk", "war"};
    hand_terms_t h;
    make_terms(&h, w, 3, 0, 0);
    stance_gram_t g[9];
    size_t n = stance__grams(&h.ts, 1, g);
    assert_int_equal(n, 3);
    hand_table_t t;
    stance__alloc_init(&t.alloc, NULL);
    assert_true(stance__table_init(&t.alloc, &t.table, 4));
    /* id 0: a stranger with "talk"'s low lane and another high lane, inserted first, so the
     * first candidate for "talk" is wrong; id 1: "talk"; id 2: "peace". "war" is absent, but
     * id 3 shares its low lane. */
    t.hashes[0] = (stance_hash_t){g[1].hash.lo, g[1].hash.hi ^ 1};
    t.hashes[1] = g[1].hash;
    t.hashes[2] = g[0].hash;
    t.hashes[3] = (stance_hash_t){g[2].hash.lo, g[2].hash.hi ^ 2};
    assert_true(stance__table_reserve(&t.alloc, &t.table, 4, hand_lo, &t));
    for (uint32_t id = 0; id < 4; id++)
        stance__table_insert(&t.table, t.hashes[id].lo, id);
    const stance_feature_index_t ix = index_of(&t);

    uint32_t ids[3], cands[3];
    size_t nc;
    assert_int_equal(stance__features_resolve(&ix, &h.ts, 1, true, true, g, ids, cands, &nc), n);
    /* every gram was looked up in the table, so every one is listed, in order */
    assert_int_equal(nc, 3);
    assert_int_equal(cands[0], 0);
    assert_int_equal(cands[1], 1);
    assert_int_equal(cands[2], 2);
    assert_int_equal(ids[0], 2u | STANCE_FEATURE_UNCHECKED);
    assert_int_equal(ids[1], 0u | STANCE_FEATURE_UNCHECKED); /* the stranger comes first */
    assert_int_equal(ids[2], 3u | STANCE_FEATURE_UNCHECKED);
    assert_int_equal(stance__features_confirm(&ix, &h.ts, &g[0], ids[0]), 2);
    assert_int_equal(stance__features_confirm(&ix, &h.ts, &g[1], ids[1]), 1);
    assert_int_equal(stance__features_confirm(&ix, &h.ts, &g[2], ids[2]), STANCE_FEATURE_ABSENT);
    assert_int_equal(stance__features_find(&ix, g[1].hash), 1);
    assert_int_equal(stance__features_find(&ix, g[2].hash), STANCE_FEATURE_ABSENT);

    /* unigram results are remembered in their stems: the next lookup needs no table */
    assert_int_equal(h.stems[0].unigram[0], 2);
    assert_int_equal(h.stems[1].unigram[0], 1);
    assert_int_equal(h.stems[2].unigram[0], STANCE_FEATURE_ABSENT);
    stance__table_clear(&t.table);
    assert_int_equal(stance__features_resolve(&ix, &h.ts, 1, true, true, g, ids, cands, &nc), n);
    assert_int_equal(nc, 0); /* no gram needed the table */
    assert_int_equal(ids[0], 2);
    assert_int_equal(ids[1], 1);
    assert_int_equal(ids[2], STANCE_FEATURE_ABSENT);
    assert_int_equal(stance__features_confirm(&ix, &h.ts, &g[1], ids[1]), 1);

    /* a gram nothing in the table resembles: absent at once, no candidate */
    static const char *const other[] = {"ceasefire"};
    hand_terms_t h2;
    make_terms(&h2, other, 1, 0, 0);
    stance_gram_t g2[3];
    assert_int_equal(stance__grams(&h2.ts, 1, g2), 1);
    uint32_t id2, cand2;
    assert_int_equal(stance__features_resolve(&ix, &h2.ts, 1, true, true, g2, &id2, &cand2, &nc),
                     1);
    assert_int_equal(id2, STANCE_FEATURE_ABSENT);
    assert_int_equal(nc, 1); /* looked up, and found absent */
    assert_int_equal(cand2, 0);
    stance__table_free(&t.alloc, &t.table);
}

/* A probe gives, in slot order, every id whose tag matches, and ends at an empty slot: in a
 * table a core keeps near it reads its first two slots without a branch on which one ends
 * it, in a larger one slot by slot; either way, matches in the first, the second and the
 * fifth slot of a cluster, two ids with one tag, a cluster that wraps around the table's end,
 * and a tag that is nowhere. */
static void probe_a_cluster(size_t expected)
{
    stance_allocator_t a;
    stance__alloc_init(&a, NULL);
    stance_table_t t;
    assert_true(stance__table_init(&a, &t, expected));
    const uint64_t last = t.mask; /* every key below starts at the table's last slot */
    const uint64_t key[] = {last | (uint64_t)10 << 32, last | (uint64_t)11 << 32,
                            last | (uint64_t)12 << 32, last | (uint64_t)13 << 32,
                            last | (uint64_t)14 << 32, last | (uint64_t)11 << 32};
    for (uint32_t id = 0; id < 6; id++)
        stance__table_insert(&t, key[id], id);
    stance_table_probe_t p;
    stance__table_probe_start(&t, key[0], &p); /* the first slot */
    assert_int_equal(stance__table_probe_next(&t, &p), 0);
    assert_int_equal(stance__table_probe_next(&t, &p), STANCE_TABLE_EMPTY);
    /* the second (past the end: slot 0), then the sixth, with the same tag */
    stance__table_probe_start(&t, key[1], &p);
    assert_int_equal(stance__table_probe_next(&t, &p), 1);
    assert_int_equal(stance__table_probe_next(&t, &p), 5);
    assert_int_equal(stance__table_probe_next(&t, &p), STANCE_TABLE_EMPTY);
    stance__table_probe_start(&t, key[4], &p); /* the fifth */
    assert_int_equal(stance__table_probe_next(&t, &p), 4);
    assert_int_equal(stance__table_probe_next(&t, &p), STANCE_TABLE_EMPTY);
    stance__table_probe_start(&t, last | (uint64_t)99 << 32, &p); /* nowhere */
    assert_int_equal(stance__table_probe_next(&t, &p), STANCE_TABLE_EMPTY);
    stance__table_probe_start(&t, 6 | (uint64_t)10 << 32, &p); /* an empty first slot */
    assert_int_equal(stance__table_probe_next(&t, &p), STANCE_TABLE_EMPTY);
    stance__table_free(&a, &t);
}

static void table_probe_walks_a_cluster(void **state)
{
    (void)state;
    probe_a_cluster(4);                       /* 16 slots */
    probe_a_cluster(STANCE_TABLE_NEAR_SLOTS); /* twice as many slots as a near table's most */
}

/* The analyzer's terms are what this room reads: spelled through the stems it made. */
static void analyzer_terms_spell_their_stems(void **state)
{
    (void)state;
    stance_cfg_t cfg;
    stance_allocator_t a;
    stance__alloc_init(&a, NULL);
    stance_settings_t s = STANCE_SETTINGS_INIT;
    assert_int_equal(stance__cfg_from_settings(&a, &cfg, &s, NULL), STANCE_OK);
    stance_analyzer_t an;
    assert_int_equal(stance__analyzer_init(&an, &a, &cfg, NULL), STANCE_OK);
    const char *text = "We do not accept provocations!";
    assert_int_equal(stance__analyzer_run(&an, text, strlen(text), 0, NULL), STANCE_OK);
    stance_gram_t g[32];
    size_t n = stance__grams(&an.terms, cfg.ngram_max, g);
    char all[512] = "", buf[128];
    for (size_t i = 0; i < n; i++) {
        spell(&an.terms, &g[i], buf);
        strcat(all, buf);
        strcat(all, "|");
    }
    assert_string_equal(all, "we|do|we do|not|do not|NOT_accept|not NOT_accept|NOT_provoc|"
                             "NOT_accept NOT_provoc|!|NOT_provoc !|");
    stance__analyzer_free(&an);
    stance__cfg_free(&a, &cfg);
}

/* A model's filter holds every feature it has (a feature it turned away would be lost from
 * the scores), and turns away most hashes it does not have. */
static void model_filter_holds_every_feature(void **state)
{
    (void)state;
    stance_model_t *m = NULL;
    assert_int_equal(stance_model_default(&m, NULL, NULL), STANCE_OK);
    const stance_feature_index_t ix = stance__model_index(m);
    assert_non_null(ix.filter);
    for (size_t f = 0; f < m->n_features; f++) {
        stance_hash_t h;
        unsigned terms;
        assert_true(stance__feature_hash(m->fstrings + m->foff[f], m->flen[f], &h, &terms));
        if (!stance__filter_may_hold(&ix, h))
            fail_msg("feature '%s' is not in the filter", m->fstrings + m->foff[f]);
        assert_int_equal(stance__features_find(&ix, h), f);
    }
    size_t passed = 0, tries = 100000;
    for (size_t i = 0; i < tries; i++) {
        char word[32];
        int n = snprintf(word, sizeof word, "zq%zux", i);
        stance_hash_t h = stance__hash_bytes(word, (size_t)n);
        passed += stance__filter_may_hold(&ix, h);
    }
    assert_true(passed < tries / 10); /* at 8 to 16 bits a feature, about 2 to 5 percent */
    stance_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(grams_by_length_and_chunk),
        cmocka_unit_test(cjk_characters_pair),
        cmocka_unit_test(feature_hash_matches_gram_hash),
        cmocka_unit_test(staged_lookup_and_collisions),
        cmocka_unit_test(table_probe_walks_a_cluster),
        cmocka_unit_test(analyzer_terms_spell_their_stems),
        cmocka_unit_test(model_filter_holds_every_feature),
    };
    return cmocka_run_group_tests_name("features", tests, NULL, NULL);
}
