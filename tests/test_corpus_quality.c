/* The shipped corpus keeps the promises of corpus/GUIDE.md: its size and balance, its breadth
 * of speakers, fragments and long statements, a fixed 20% held out, and no near-duplicates
 * (two statements of 5+ words whose lowercased word sets have a Jaccard similarity above 0.6,
 * or any two statements with the same words). */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORDS 128
#define MAX_STATEMENTS 60000

typedef struct statement {
    char label[16];
    char *text;
    uint64_t words[MAX_WORDS]; /* sorted hashes of the distinct lowercased words */
    size_t n_words, n_tokens;
    bool heldout;
    char where[320]; /* "train/<file>.tsv:<line>", bounded by the format below */
} statement_t;

static statement_t *all;
static size_t n_all;

static uint64_t fnv(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Words: runs of letters, digits, apostrophes and bytes >= 0x80, lowercased (ASCII). */
static void words_of(statement_t *s)
{
    char w[256];
    size_t n = 0;
    s->n_words = s->n_tokens = 0;
    for (const char *p = s->text;; p++) {
        unsigned char c = (unsigned char)*p;
        bool in = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '\'' || c >= 0x80;
        if (in && n < sizeof w) {
            w[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            continue;
        }
        if (n) {
            s->n_tokens++;
            if (s->n_words < MAX_WORDS)
                s->words[s->n_words++] = fnv(w, n);
            n = 0;
        }
        if (!c)
            break;
    }
    qsort(s->words, s->n_words, sizeof s->words[0], cmp_u64);
    size_t k = 0;
    for (size_t i = 0; i < s->n_words; i++)
        if (k == 0 || s->words[i] != s->words[k - 1])
            s->words[k++] = s->words[i];
    s->n_words = k;
}

static void read_dir(const char *sub, bool heldout)
{
    char dirpath[4096];
    snprintf(dirpath, sizeof dirpath, "%s/%s", STANCE_CORPUS_DIR, sub);
    DIR *d = opendir(dirpath);
    assert_non_null(d);
    for (struct dirent *e; (e = readdir(d));) {
        size_t nl = strlen(e->d_name);
        if (nl < 5 || strcmp(e->d_name + nl - 4, ".tsv") != 0)
            continue;
        char file[4400];
        snprintf(file, sizeof file, "%s/%s", dirpath, e->d_name);
        stance_corpus_opts_t o = STANCE_CORPUS_OPTS_INIT;
        stance_corpus_t *c = NULL;
        stance_error_t err;
        if (stance_corpus_open(&c, file, &o, &err) != STANCE_OK)
            fail_msg("%s", err.msg);
        for (;;) {
            stance_record_t r;
            int done = 0;
            if (stance_corpus_next(c, &r, &done, &err) != STANCE_OK)
                fail_msg("%s", err.msg); /* every line of the corpus is well-formed */
            if (done)
                break;
            assert_true(n_all < MAX_STATEMENTS);
            statement_t *s = &all[n_all++];
            snprintf(s->label, sizeof s->label, "%.*s", (int)r.label_len, r.label);
            s->text = strndup(r.text, r.text_len);
            s->heldout = heldout;
            snprintf(s->where, sizeof s->where, "%.16s/%.255s:%llu", sub, e->d_name,
                     (unsigned long long)r.line);
            words_of(s);
        }
        stance_corpus_close(c);
    }
    closedir(d);
}

static int setup(void **state)
{
    (void)state;
    all = calloc(MAX_STATEMENTS, sizeof *all);
    read_dir("train", false);
    read_dir("heldout", true);
    read_dir("neutral", false);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    for (size_t i = 0; i < n_all; i++)
        free(all[i].text);
    free(all);
    return 0;
}

static void size_balance_and_heldout(void **state)
{
    (void)state;
    size_t conc = 0, host = 0, neutral = 0, held = 0, other = 0;
    for (size_t i = 0; i < n_all; i++) {
        const char *l = all[i].label;
        if (strcmp(l, "conciliatory") == 0)
            conc++;
        else if (strcmp(l, "hostile") == 0)
            host++;
        else if (strcmp(l, "neutral") == 0)
            neutral++;
        else
            other++;
        held += all[i].heldout;
    }
    print_message("conciliatory %zu, hostile %zu, neutral %zu, held out %zu\n", conc, host,
                  neutral, held);
    assert_int_equal(other, 0);
    assert_true(conc + host >= 15000); /* the corpus of corpus/GUIDE.md: a lost file fails here */
    assert_true(neutral >= 3000);
    double share = (double)conc / (double)(conc + host);
    assert_true(share >= 0.45 && share <= 0.55);
    double held_share = (double)held / (double)(conc + host);
    assert_true(held_share >= 0.19 && held_share <= 0.21);
}

static void fragments_and_long_statements(void **state)
{
    (void)state;
    size_t stance = 0, frag = 0, lng = 0;
    for (size_t i = 0; i < n_all; i++) {
        if (strcmp(all[i].label, "neutral") == 0)
            continue;
        stance++;
        frag += all[i].n_tokens >= 2 && all[i].n_tokens <= 6;
        lng += all[i].n_tokens >= 40 && all[i].n_tokens <= 80;
    }
    print_message("fragments of 2-6 words %zu, statements of 40-80 words %zu, of %zu\n", frag,
                  lng, stance);
    assert_true(frag * 10 >= stance); /* at least 10% each */
    assert_true(lng * 10 >= stance);
}

/* Countries and organizations named on both sides: the model must learn stance, not who
 * speaks. */
static void names_on_both_sides(void **state)
{
    (void)state;
    static const char *const names[] = {
        "Russia", "Moscow", "Japan", "Tokyo", "China", "Beijing", "Washington", "Ukraine",
        "Kyiv", "Iran", "Tehran", "Israel", "India", "Pakistan", "Turkey", "Ankara", "Brussels",
        "NATO", "EU", "UN", "Seoul", "Pyongyang", "Taiwan", "Taipei", "Manila", "Hanoi",
        "Canberra", "Canada", "Ottawa", "Mexico", "Brazil", "Venezuela", "Caracas", "Cuba",
        "Havana", "Colombia", "Argentina", "Egypt", "Cairo", "Ethiopia", "Sudan", "Nigeria",
        "Rwanda", "Kinshasa", "Kenya", "Somalia", "Afghanistan", "Kabul", "Bangladesh",
        "Serbia", "Belgrade", "Kosovo", "Poland", "Warsaw", "Hungary", "Germany", "Berlin",
        "France", "Paris", "London", "Baku", "Yerevan", "Georgia", "Minsk", "Riyadh", "Doha",
        "Qatar", "Syria", "Lebanon", "Iraq", "Baghdad", "ASEAN", "IAEA", "ECOWAS", "OAS",
        "African Union", "Panama", "Nicaragua", "Chile", "Vietnam", "Philippines", "Australia"};
    size_t both = 0;
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        bool conc = false, host = false;
        for (size_t i = 0; i < n_all && !(conc && host); i++) {
            const char *t = all[i].text, *hit = strstr(t, names[k]);
            while (hit) {
                size_t nl = strlen(names[k]);
                bool alone = (hit == t || !isalpha((unsigned char)hit[-1])) &&
                             !isalpha((unsigned char)hit[nl]);
                if (alone) {
                    conc |= strcmp(all[i].label, "conciliatory") == 0;
                    host |= strcmp(all[i].label, "hostile") == 0;
                    break;
                }
                hit = strstr(hit + 1, names[k]);
            }
        }
        both += conc && host;
    }
    print_message("%zu of %zu names appear in both conciliatory and hostile statements\n", both,
                  sizeof names / sizeof names[0]);
    assert_true(both >= 40);
}

static size_t shared(const statement_t *a, const statement_t *b)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a->n_words && j < b->n_words) {
        if (a->words[i] == b->words[j])
            n++, i++, j++;
        else if (a->words[i] < b->words[j])
            i++;
        else
            j++;
    }
    return n;
}

/* A word of a statement, ranked for the prefix filter below: rarer words first. */
typedef struct ranked {
    uint64_t word;
    size_t df; /* statements that have it */
    size_t statement;
} ranked_t;

static int by_word(const void *a, const void *b)
{
    const ranked_t *x = a, *y = b;
    return (x->word > y->word) - (x->word < y->word);
}

static int by_rank(const void *a, const void *b)
{
    const ranked_t *x = a, *y = b;
    if (x->statement != y->statement)
        return (x->statement > y->statement) - (x->statement < y->statement);
    if (x->df != y->df)
        return (x->df > y->df) - (x->df < y->df);
    return (x->word > y->word) - (x->word < y->word);
}

static int by_pair(const void *a, const void *b)
{
    const uint64_t *x = a, *y = b;
    if (x[0] != y[0])
        return (x[0] > y[0]) - (x[0] < y[0]);
    return (x[1] > y[1]) - (x[1] < y[1]);
}

/* Every pair is compared exactly, but only pairs that can reach the threshold are looked at
 * (prefix filtering): order each statement's words by one global order, rarest first; two
 * word sets with Jaccard similarity of 0.6 or more share a word among the first
 * |x| - ceil(0.6 |x|) + 1 of each. Comparing all pairs took 90 s under ASan at 19,000
 * statements. */
static void no_near_duplicates(void **state)
{
    (void)state;
    size_t n_words = 0;
    for (size_t i = 0; i < n_all; i++)
        n_words += all[i].n_words;
    ranked_t *r = malloc((n_words + 1) * sizeof *r);
    assert_non_null(r);
    size_t k = 0;
    for (size_t i = 0; i < n_all; i++)
        for (size_t w = 0; w < all[i].n_words; w++)
            r[k++] = (ranked_t){all[i].words[w], 0, i};
    qsort(r, k, sizeof *r, by_word);
    for (size_t lo = 0, hi; lo < k; lo = hi) {
        for (hi = lo; hi < k && r[hi].word == r[lo].word; hi++)
            ;
        for (size_t t = lo; t < hi; t++)
            r[t].df = hi - lo;
    }
    qsort(r, k, sizeof *r, by_rank); /* each statement's words, rarest first */
    /* the prefixes, then the statements that share a prefix word */
    size_t n_prefix = 0;
    for (size_t lo = 0, hi; lo < k; lo = hi) {
        for (hi = lo; hi < k && r[hi].statement == r[lo].statement; hi++)
            ;
        size_t n = hi - lo, keep = n - (6 * n + 9) / 10 + 1;
        for (size_t t = 0; t < keep && t < n; t++)
            r[n_prefix++] = r[lo + t];
    }
    qsort(r, n_prefix, sizeof *r, by_word);
    size_t n_pairs = 0, cap_pairs = 1024;
    uint64_t *pairs = malloc(cap_pairs * 2 * sizeof *pairs);
    assert_non_null(pairs);
    for (size_t lo = 0, hi; lo < n_prefix; lo = hi) {
        for (hi = lo; hi < n_prefix && r[hi].word == r[lo].word; hi++)
            ;
        for (size_t x = lo; x < hi; x++)
            for (size_t y = x + 1; y < hi; y++) {
                if (n_pairs == cap_pairs) {
                    cap_pairs *= 2;
                    pairs = realloc(pairs, cap_pairs * 2 * sizeof *pairs);
                    assert_non_null(pairs);
                }
                size_t i = r[x].statement, j = r[y].statement;
                pairs[2 * n_pairs] = i < j ? i : j;
                pairs[2 * n_pairs + 1] = i < j ? j : i;
                n_pairs++;
            }
    }
    free(r);
    qsort(pairs, n_pairs, 2 * sizeof *pairs, by_pair);
    size_t bad = 0;
    for (size_t p = 0; p < n_pairs; p++) {
        if (p && pairs[2 * p] == pairs[2 * p - 2] && pairs[2 * p + 1] == pairs[2 * p - 1])
            continue; /* the same pair through another shared word */
        const statement_t *a = &all[pairs[2 * p]], *b = &all[pairs[2 * p + 1]];
        size_t s = shared(a, b), uni = a->n_words + b->n_words - s;
        bool exact = s == a->n_words && s == b->n_words;
        bool near = a->n_tokens >= 5 && b->n_tokens >= 5 && s * 10 > uni * 6;
        if (exact || near) {
            if (bad++ < 10)
                print_error("%s and %s share %zu of %zu words:\n  %s\n  %s\n", a->where,
                            b->where, s, uni, a->text, b->text);
        }
    }
    print_message("%zu pairs of statements compared\n", n_pairs);
    free(pairs);
    assert_int_equal(bad, 0);
}

/* The corpus never borrows the development set's sentences (../shared/data/realquotes, which
 * a clone of the project alone does not have: then there is nothing to compare, and the test
 * says so). A run of 12 words shared with any quote fails. */
static void no_sentence_of_the_development_set(void **state)
{
    (void)state;
    FILE *fp = fopen(STANCE_REALQUOTES_DEV, "r");
    if (!fp) {
        print_message("%s is not here: nothing to compare with\n", STANCE_REALQUOTES_DEV);
        skip();
    }
    enum { RUN = 12, MAX_RUNS = 1 << 16 };
    uint64_t *runs = malloc(MAX_RUNS * sizeof *runs);
    size_t n_runs = 0;
    char line[8192];
    while (fgets(line, sizeof line, fp) && n_runs < MAX_RUNS - 256) {
        char *quote = strrchr(line, '\t');
        uint64_t w[512];
        size_t n = 0;
        char word[256];
        size_t k = 0;
        for (char *p = quote ? quote + 1 : line;; p++) {
            unsigned char c = (unsigned char)*p;
            if (isalnum(c) || c == '\'' || c >= 0x80) {
                if (k < sizeof word)
                    word[k++] = (char)tolower(c);
                continue;
            }
            if (k && n < 512)
                w[n++] = fnv(word, k);
            k = 0;
            if (!c)
                break;
        }
        for (size_t i = 0; i + RUN <= n; i++) {
            uint64_t h = 1469598103934665603ull;
            for (size_t j = 0; j < RUN; j++)
                h = (h ^ w[i + j]) * 1099511628211ull;
            runs[n_runs++] = h;
        }
    }
    fclose(fp);
    qsort(runs, n_runs, sizeof *runs, cmp_u64);
    size_t bad = 0;
    for (size_t s = 0; s < n_all; s++) {
        uint64_t w[4096];
        size_t n = 0, k = 0;
        char word[256];
        for (const char *p = all[s].text;; p++) {
            unsigned char c = (unsigned char)*p;
            if (isalnum(c) || c == '\'' || c >= 0x80) {
                if (k < sizeof word)
                    word[k++] = (char)tolower(c);
                continue;
            }
            if (k && n < 4096)
                w[n++] = fnv(word, k);
            k = 0;
            if (!c)
                break;
        }
        for (size_t i = 0; i + RUN <= n; i++) {
            uint64_t h = 1469598103934665603ull;
            for (size_t j = 0; j < RUN; j++)
                h = (h ^ w[i + j]) * 1099511628211ull;
            if (bsearch(&h, runs, n_runs, sizeof *runs, cmp_u64)) {
                if (bad++ < 10)
                    print_error("%s shares 12 words in a row with the development set\n",
                                all[s].where);
                break;
            }
        }
    }
    free(runs);
    print_message("%zu runs of 12 words in the development set; %zu corpus statements share one\n",
                  n_runs, bad);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(size_balance_and_heldout),
        cmocka_unit_test(fragments_and_long_statements),
        cmocka_unit_test(names_on_both_sides),
        cmocka_unit_test(no_near_duplicates),
        cmocka_unit_test(no_sentence_of_the_development_set),
    };
    return cmocka_run_group_tests_name("corpus_quality", tests, setup, teardown);
}
