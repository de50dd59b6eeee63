/* Quote extraction and speaker attribution through the first API, stance_quotes_find(), on
 * articles the team wrote. Each expected quote is given by the start of its text, its speaker
 * as resolved ("Peskov said" gives the "Dmitry Peskov" named before; "" = none) and its
 * flags. The patterns of attribution one by one are in test_attribution.c. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct expect {
    const char *text;    /* the quote starts with this */
    const char *speaker; /* exactly */
    uint32_t flags;
} expect_t;

#define T STANCE_QUOTE_TERM
#define U STANCE_QUOTE_UNCLOSED
#define F STANCE_QUOTE_FRAGMENT

static const expect_t article[] = {
    {"a rather unfriendly stance", "Dmitry Peskov", F},
    {"As long as Japan follows", "Dmitry Peskov", 0},  /* "…," Peskov said. */
    {"We regret to note", "Dmitry Peskov", 0},         /* the next quote, his too */
    {"respond appropriately", "Dmitry Peskov", F},     /* "He added" */
    {"really vexing and regrettable", "Sanae Takaichi", F}, /* "She told", not Peskov */
    {"Northern Territories", "", T | F},               /* a name, not speech */
    {"We want to settle this issue", "Sanae Takaichi", 0},
    {"Dialogue is the only path", "Sanae Takaichi", 0},
    {"These exercises are unacceptable", "Minoru Kihara", 0}, /* "he said" */
    {"We summoned the ambassador", "Takeshi Iwaya", 0}, /* named in "According to ..." */
    {"will not be intimidated", "Takeshi Iwaya", F},   /* "..., adding that" */
    {"Tokyo should stop lecturing", "Maria Zakharova", 0}, /* «…» after a colon */
    {"Both sides lose from this freeze", "Alexei Ivanov", 0}, /* apposition */
    {"I still believe", "Alexei Ivanov", 0},
    {"It will take patience", "Alexei Ivanov", 0},
};

static const expect_t styles[] = {
    {"We will not accept any ultimatum", "Ana Duarte", 0}, /* said Foreign Minister X */
    {"Our patience has limits.", "Ana Duarte", 0},
    {"summoned for consultations", "ministry", F},         /* according to the ministry */
    {"ein Schritt in die richtige Richtung", "Friedrich Merz", F}, /* „…“ */
    {"Nous ne c\xC3\xA9" "derons pas", "", 0},  /* «…», then words the rules do not know */
    {"No comment.", "spokesman", 0},
    {"a vile provocation", "Kim Yo Jong", F},
    {"They will pay dearly.", "Kim Yo Jong", 0},
    {"He called it \xE2\x80\x98" "a betrayal\xE2\x80\x99 and walked out,", "official", 0},
    {"\xE6\xA5\xB5\xE3\x82\x81\xE3\x81\xA6", "", F},                       /* 「…」 */
    {"This quote never closes", "official", U}, /* opens its paragraph: the last speaker's */
    {"We have explained our position many times", "Ana Duarte", 0}, /* two paragraphs, */
    {"Our neighbours know where the line is", "Ana Duarte", 0},     /* two pieces */
    {"The so-called \xE2\x80\x98reset\xE2\x80\x99 is over", "minister\xE2\x80\x99s spokesman", 0},
    {"dead end", "minister\xE2\x80\x99s spokesman", F},
    {"constructive and frank", "Hakan Fidan", F}, /* according to X, after */
};

static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        fail_msg("cannot open %s", path);
    static char buf[1 << 16];
    *len = fread(buf, 1, sizeof buf, fp);
    fclose(fp);
    return buf;
}

static void check(const char *path, const expect_t *want, size_t n_want)
{
    size_t len;
    const char *text = slurp(path, &len);
    stance_quote_t q[64];
    size_t n = 0;
    stance_error_t err;
    if (stance_quotes_find(text, len, 0, q, 64, &n, &err) != STANCE_OK)
        fail_msg("%s: %s", path, err.msg);
    for (size_t i = 0; i < n && i < n_want; i++) {
        size_t tl = strlen(want[i].text);
        if (q[i].len < tl || memcmp(text + q[i].start, want[i].text, tl) != 0)
            fail_msg("%s quote %zu: got '%.60s', expected '%s'", path, i, text + q[i].start,
                     want[i].text);
        if (q[i].speaker_len != strlen(want[i].speaker) ||
            memcmp(text + q[i].speaker_start, want[i].speaker, q[i].speaker_len) != 0)
            fail_msg("%s quote %zu ('%s'): speaker '%.*s', expected '%s'", path, i, want[i].text,
                     (int)q[i].speaker_len, text + q[i].speaker_start, want[i].speaker);
        if (q[i].flags != want[i].flags)
            fail_msg("%s quote %zu ('%s'): flags %u, expected %u", path, i, want[i].text,
                     q[i].flags, want[i].flags);
    }
    assert_int_equal(n, n_want);
}

static void example_article(void **state)
{
    (void)state;
    check(STANCE_EXAMPLES_DIR "/article.txt", article, sizeof article / sizeof article[0]);
}

static void attribution_styles(void **state)
{
    (void)state;
    check(data_path("articles/styles.txt"), styles, sizeof styles / sizeof styles[0]);
}

static void apostrophes_are_not_quotes(void **state)
{
    (void)state;
    const char *t = "Don\xE2\x80\x99t worry, it\xE2\x80\x99s the countries\xE2\x80\x99 "
                    "business and rock'n'roll.";
    size_t n = 9;
    assert_int_equal(stance_quotes_find(t, strlen(t), 0, NULL, 0, &n, NULL), STANCE_OK);
    assert_int_equal(n, 0);
}

/* The elided "n" of rock ‘n’ roll inside a single-quoted quotation: its marks belong to the
 * word, so the quotation runs on to the mark after "jazz," (with ‘n’, ’n’ and, in a straight
 * quote, 'n'), and its speaker is found after it. */
static void elided_n_inside_single_quotes(void **state)
{
    (void)state;
    static const char *const elided[][3] = {
        {"\xE2\x80\x98", "\xE2\x80\x98n\xE2\x80\x99", "\xE2\x80\x99"},
        {"\xE2\x80\x98", "\xE2\x80\x99n\xE2\x80\x99", "\xE2\x80\x99"},
        {"'", "'n'", "'"},
    };
    for (size_t i = 0; i < sizeof elided / sizeof elided[0]; i++) {
        char t[160], want[64];
        snprintf(t, sizeof t, "Culture Minister Sarah Walsh spoke.\n\n%sWe love rock %s roll and "
                 "jazz,%s Walsh said.\n", elided[i][0], elided[i][1], elided[i][2]);
        snprintf(want, sizeof want, "We love rock %s roll and jazz,", elided[i][1]);
        stance_quote_t q[4];
        size_t n = 0;
        assert_int_equal(stance_quotes_find(t, strlen(t), 0, q, 4, &n, NULL), STANCE_OK);
        assert_int_equal(n, 1);
        if (q[0].len != strlen(want) || memcmp(t + q[0].start, want, q[0].len) != 0)
            fail_msg("quote %zu: got '%.*s', expected '%s'", i, (int)q[0].len, t + q[0].start,
                     want);
        assert_int_equal(q[0].flags, 0);
        assert_int_equal(q[0].speaker_len, strlen("Sarah Walsh"));
        assert_memory_equal(t + q[0].speaker_start, "Sarah Walsh", q[0].speaker_len);
    }
}

/* Marks around no letter or digit are not a quotation: a space, a no-break space, a zero-width
 * space, an ellipsis alone. A number alone is still one. */
static void empty_quotes_are_skipped(void **state)
{
    (void)state;
    const char *t = "A \xE2\x80\x9C \xE2\x80\x9D b \xE2\x80\x9C\xC2\xA0\xE2\x80\x9D "
                    "c \xE2\x80\x9C\xE2\x80\x8B\xE2\x80\x9D d \xE2\x80\x9C\xE2\x80\xA6\xE2\x80\x9D "
                    "e \xE2\x80\x9C" "1989\xE2\x80\x9D f \xE2\x80\x9C" "Yes.\xE2\x80\x9D g.";
    stance_quote_t q[8];
    size_t n = 0;
    assert_int_equal(stance_quotes_find(t, strlen(t), 0, q, 8, &n, NULL), STANCE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(q[0].len, 4);
    assert_memory_equal(t + q[0].start, "1989", 4);
    assert_int_equal(q[1].len, 4);
    assert_memory_equal(t + q[1].start, "Yes.", 4);
}

/* French sets a no-break space inside guillemets (« Non », U+00A0, or the narrow U+202F): the
 * quoted words are without them, as they are without ordinary spaces. */
static void no_break_spaces_inside_guillemets(void **state)
{
    (void)state;
    const char *t = "Le ministre a dit : \xC2\xAB\xC2\xA0Nous refusons\xC2\xA0\xC2\xBB. "
                    "Puis : \xC2\xAB\xE2\x80\xAF" "Jamais\xE2\x80\xAF\xC2\xBB.";
    stance_quote_t q[4];
    size_t n = 0;
    assert_int_equal(stance_quotes_find(t, strlen(t), 0, q, 4, &n, NULL), STANCE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(q[0].len, 13);
    assert_memory_equal(t + q[0].start, "Nous refusons", 13);
    assert_int_equal(q[1].len, 6);
    assert_memory_equal(t + q[1].start, "Jamais", 6);
}

/* A quotation in a script without capitals (Arabic, Hebrew, Chinese...) followed by a word of
 * that script is no "scare-quoted" term: the rules that tell a term by its lower-case words
 * and the noun after it read English case, and caseless words have none. A blind review lost
 * such quotes, unreported; the same quotation followed by an English word was kept. */
static void caseless_quotations_are_not_terms(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "The minister said \xE2\x80\x9C\xD9\x86\xD8\xAD\xD9\x86 \xD9\x86\xD8\xB1\xD9\x81\xD8\xB6"
        "\xE2\x80\x9D \xD8\xA3\xD9\x85\xD8\xB3.", /* “نحن نرفض” أمس. */
        "The minister said \xE2\x80\x9C\xD7\x90\xD7\xA0\xD7\x97\xD7\xA0\xD7\x95 \xD7\x93\xD7\x95"
        "\xD7\x97\xD7\x99\xD7\x9D\xE2\x80\x9D \xD7\x90\xD7\xAA\xD7\x9E\xD7\x95\xD7\x9C.", /* Hebrew */
    };
    for (size_t i = 0; i < 2; i++) {
        stance_quote_t q[4];
        size_t n = 0;
        assert_int_equal(stance_quotes_find(texts[i], strlen(texts[i]), 0, q, 4, &n, NULL),
                         STANCE_OK);
        assert_int_equal(n, 1);
        assert_false(q[0].flags & STANCE_QUOTE_TERM);
    }
    /* an English scare-quoted term is still one */
    const char *en = "They staged a \xE2\x80\x9C" "false flag\xE2\x80\x9D operation, he said.";
    stance_quote_t q[4];
    size_t n = 0;
    assert_int_equal(stance_quotes_find(en, strlen(en), 0, q, 4, &n, NULL), STANCE_OK);
    assert_int_equal(n, 1);
    assert_true(q[0].flags & STANCE_QUOTE_TERM);
}

/* Agency copy sets a space inside a straight mark (as " blushless act," the copy wrote): a
 * straight " between spaces opens a quotation when the paragraph's next straight " closes one
 * right after a word; marks between spaces with no such closer (12 " 4 ", a pair of ditto
 * marks) quote nothing. Found on a blind set of real news (AH: two quotes lost). */
static void straight_marks_with_a_space_inside(void **state)
{
    (void)state;
    const char *t = "The spokesman called the offer a \" cunning ploy,\" saying Seoul owed an "
                    "apology for \" past crimes.\" Sizes: 12 \" and 4 \" too.";
    stance_quote_t q[4];
    size_t n = 0;
    assert_int_equal(stance_quotes_find(t, strlen(t), 0, q, 4, &n, NULL), STANCE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(q[0].len, 13);
    assert_memory_equal(t + q[0].start, "cunning ploy,", 13);
    assert_int_equal(q[1].len, 12);
    assert_memory_equal(t + q[1].start, "past crimes.", 12);
}

static void small_buffer_and_bad_input(void **state)
{
    (void)state;
    const char *t = "\"one\" and \"two\" and \"three\"";
    stance_quote_t q[2];
    size_t n = 0;
    assert_int_equal(stance_quotes_find(t, strlen(t), 0, q, 2, &n, NULL),
                     STANCE_E_BUFFER_TOO_SMALL);
    assert_int_equal(n, 3);
    stance_error_t err;
    const char *bad = "\xE2\x80\x9C" "bad \xFF byte\xE2\x80\x9D";
    assert_int_equal(stance_quotes_find(bad, strlen(bad), 0, q, 2, &n, &err), STANCE_E_BAD_UTF8);
    assert_int_equal(err.offset, 7);
    assert_int_equal(stance_quotes_find(bad, strlen(bad), STANCE_REPLACE_INVALID, q, 2, &n, &err),
                     STANCE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(stance_quotes_find(NULL, 0, 0, NULL, 0, &n, NULL), STANCE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(stance_quotes_find(t, strlen(t), 0x40, q, 2, &n, NULL), STANCE_E_INVALID_ARG);
}

/* 100,000 nested opening marks, and 100,000 tiny quotes in one paragraph: found whole, with no
 * deep recursion (a stack overflow would crash here). The time is measured where time is,
 * in tests/bench/passages.py, not in a unit test. */
static void pathological_nesting(void **state)
{
    (void)state;
    size_t k = 100000;
    char *t = malloc(k * 6 + 16);
    for (size_t i = 0; i < k; i++)
        memcpy(t + 3 * i, "\xE2\x80\x9C", 3);
    memcpy(t + 3 * k, "deep", 4);
    size_t n = 0;
    stance_quote_t q[4];
    assert_int_equal(stance_quotes_find(t, 3 * k + 4, 0, q, 4, &n, NULL), STANCE_OK);
    assert_int_equal(n, 1);
    assert_true(q[0].flags & STANCE_QUOTE_UNCLOSED);
    for (size_t i = 0; i < k; i++)
        memcpy(t + 6 * i, "\"a\" x ", 6);
    assert_int_equal(stance_quotes_find(t, 6 * k, 0, NULL, 0, &n, NULL),
                     STANCE_E_BUFFER_TOO_SMALL);
    assert_int_equal(n, k);
    free(t);
}

/* Markup a scraper left (entities, tags) is found, so that a caller can say quotes mode will
 * not read it; ampersands and angle brackets of plain text are not markup. */
static void markup_is_found_plain_text_is_not(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t start, len; /* len 0: none */
    } cases[] = {
        {"The minister said &ldquo;never&rdquo;.", 18, 7},
        {"Quoted &#8220;so&#8221; and more", 7, 7},
        {"hex &#x201C;x&#x201D;", 4, 8},
        {"&quot;We agree&quot;", 0, 6},
        {"Orlov said: <q>we will not retreat</q>.", 12, 3},
        {"<p class=\"byline\">By A. Writer</p>", 0, 2},
        {"text </P> after", 5, 4},
        {"a <br/> break", 2, 3},
        {"Tom & Jerry met; 3 < 4 and a<b and &unknown; and &#; and &#x;", 0, 0},
        {"the <q", 0, 0},       /* cut at the end: not a whole tag */
        {"&ldquo", 0, 0},       /* no semicolon */
        {"", 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        stance_span_t found = {99, 99};
        int any = stance_text_markup(cases[i].text, strlen(cases[i].text), &found);
        assert_int_equal(any, cases[i].len != 0);
        assert_int_equal(found.len, cases[i].len);
        if (any)
            assert_int_equal(found.start, cases[i].start);
    }
    stance_span_t found;
    assert_false(stance_text_markup(NULL, 0, &found));
    assert_false(stance_text_markup(NULL, 5, &found));
    assert_int_equal(found.len, 0);
    assert_true(stance_text_markup("&amp;", 5, NULL)); /* found may be NULL */
    /* not past len: the text's bytes after it are not read */
    assert_false(stance_text_markup("ab &amp;", 5, &found));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(example_article),
        cmocka_unit_test(attribution_styles),
        cmocka_unit_test(apostrophes_are_not_quotes),
        cmocka_unit_test(elided_n_inside_single_quotes),
        cmocka_unit_test(empty_quotes_are_skipped),
        cmocka_unit_test(no_break_spaces_inside_guillemets),
        cmocka_unit_test(caseless_quotations_are_not_terms),
        cmocka_unit_test(straight_marks_with_a_space_inside),
        cmocka_unit_test(small_buffer_and_bad_input),
        cmocka_unit_test(pathological_nesting),
        cmocka_unit_test(markup_is_found_plain_text_is_not),
    };
    return cmocka_run_group_tests_name("quotes", tests, NULL, NULL);
}
