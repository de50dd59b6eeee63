/* The tool's setting flags: it reads numbers, the library judges them, and a refusal names
 * the flag the user typed with the library's reason; help, the man page and `stance info`
 * show what the library publishes. */
#define _POSIX_C_SOURCE 200809L
#include "tool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char corpus[] = "conciliatory\tWe welcome the talks and hope to work together.\n"
                             "hostile\tWe condemn this provocation and will respond.\n"
                             "conciliatory\tOur door remains open to dialogue.\n"
                             "hostile\tThis is an unfriendly step and we protest.\n";

static const struct {
    const char *flag, *value, *phrase;
} refused[] = {
    {"--alpha", "1e-10", ": --alpha '1e-10': alpha 1e-10 must be a finite number in 1e-09..1e+06"},
    {"--alpha", "9.99e-10", "--alpha '9.99e-10': alpha 9.99e-10 must be a finite number in"},
    {"--alpha", "0", "--alpha '0': alpha 0 must be"},
    {"--alpha", "-1", "--alpha '-1': alpha -1 must be"},
    {"--alpha", "2e6", "--alpha '2e6': alpha 2e+06 must be a finite number in 1e-09..1e+06"},
    {"--alpha", "nan", "--alpha 'nan': expected a number"},
    {"--alpha", "1e999", "--alpha '1e999': expected a number"},
    {"--alpha", "half", "--alpha 'half': expected a number"},
    {"--alpha", "", "--alpha '': expected a number"},
    {"--ngrams", "7", ": --ngrams '7': ngram_max 7 is out of range 1..3"},
    {"--ngrams", "0", "--ngrams '0': ngram_max 0 is out of range 1..3"},
    {"--ngrams", "two", "--ngrams 'two': expected a whole number"},
    {"--ngrams", "-1", "--ngrams '-1': expected a whole number"},
    /* strtoull skips spaces and negates: " -1" would be 2^64 - 1 */
    {"--ngrams", " -1", "--ngrams ' -1': expected a whole number"},
    {"--ngrams", " 2", "--ngrams ' 2': expected a whole number"},
    {"--ngrams", "+2", "--ngrams '+2': expected a whole number"},
    {"--min-count", " -1", "--min-count ' -1': expected a positive whole number"},
    {"-j", " 2", "-j ' 2': expected 0..1024 (0 = all cores)"},
    {"-j", "2000", "-j '2000': expected 0..1024 (0 = all cores)"},
    {"--negation-scope", "1001", "--negation-scope '1001': negation_scope 1001 is out of range 0..1000"},
    {"--negation-words", "nie,,ohne", "--negation-words 'nie,,ohne': an item is empty"},
    {"--negation-words", "nie,", "--negation-words 'nie,': an item is empty"},
    {"--scope-enders", ",aber", "--scope-enders ',aber': an item is empty"},
    {"--language", "klingon", "--language 'klingon': unknown stemmer language 'klingon'"},
    {"--language", "", "--language '': language name must be"},
};

static void refused_values_name_the_flag(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        static const char *const cmds[] = {"train", "eval"};
        for (size_t c = 0; c < 2; c++) {
            int rc = c == 0 ? RUN(NULL, "train", "-o", path("x.stnc"), refused[i].flag,
                                  refused[i].value, path("c.tsv"))
                            : RUN(NULL, "eval", "-k", "2", refused[i].flag, refused[i].value,
                                  path("c.tsv"));
            char want[300];
            snprintf(want, sizeof want, "stance %s%s%s", cmds[c],
                     refused[i].phrase[0] == ':' ? "" : ": ", refused[i].phrase);
            if (rc != 2 || !strstr(err, want))
                fail_msg("stance %s %s '%s': exit %d, expected 2 with \"%s\" in:\n%s", cmds[c],
                         refused[i].flag, refused[i].value, rc, want, err);
        }
    }
}

/* The edges the header publishes are accepted, and end up in the model. */
static void edges_are_accepted(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    static const char *const edges[][2] = {
        {"--alpha", "1e-9"}, {"--alpha", "1e6"}, {"--ngrams", "1"}, {"--ngrams", "3"},
        {"--negation-scope", "0"}, {"--negation-scope", "1000"}, {"--language", "none"},
    };
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
        int rc = RUN(NULL, "train", "--no-calibrate", "-o", path("e.stnc"), edges[i][0],
                     edges[i][1], path("c.tsv"));
        if (rc != 0)
            fail_msg("%s %s: exit %d: %s", edges[i][0], edges[i][1], rc, err);
    }
}

/* `stance info` prints every scalar setting the library describes, with its value (priors are
 * "none" in a complement model, which weighs none). */
static void info_prints_every_setting(void **state)
{
    (void)state;
    write_file("c.tsv", corpus, sizeof corpus - 1);
    assert_int_equal(RUN(NULL, "train", "--no-calibrate", "-o", path("i.stnc"), "--ngrams", "3",
                         "--alpha", "0.25", "--weighting", "counts", "--no-punctuation",
                         "--negation-scope", "7", "--complement", "--uniform-priors",
                         "--no-negation", path("c.tsv")),
                     0);
    assert_int_equal(RUN(NULL, "info", "--top", "0", path("i.stnc")), 0);
    static const char *const want[][2] = {
        {"ngram_max", "3"},      {"negation", "0"},          {"negation_scope", "7"},
        {"weighting", "counts"}, {"max_token_bytes", "100"}, {"punctuation", "0"},
        {"nb", "complement"},    {"priors", "none"},         {"alpha", "0.25"},
    };
    assert_int_equal(stance_setting_count(), sizeof want / sizeof want[0]);
    for (size_t i = 0; i < stance_setting_count(); i++) {
        const stance_setting_t *d = stance_setting_describe(i);
        assert_string_equal(d->name, want[i][0]);
        char line[200];
        snprintf(line, sizeof line, "\n  %s ", d->name);
        const char *at = strstr(out, line);
        if (!at)
            fail_msg("no line for %s in:\n%s", d->name, out);
        at += strlen(line);
        at += strspn(at, " ");
        size_t n = strlen(want[i][1]);
        if (strncmp(at, want[i][1], n) != 0 || at[n] != ' ')
            fail_msg("%s: expected %s in:\n%s", d->name, want[i][1], out);
        if (!strstr(out, d->summary))
            fail_msg("%s: no summary \"%s\" in:\n%s", d->name, d->summary, out);
    }
    expect_in(out, "\n  language          english\n");
}

/* Help quotes the bounds stance.h publishes; the man page lists every setting flag. */
static void help_and_man_page_quote_the_bounds(void **state)
{
    (void)state;
    char ngrams[64], scope[64], alpha[64];
    snprintf(ngrams, sizeof ngrams, "1..%d", STANCE_MAX_NGRAM);
    snprintf(scope, sizeof scope, "0..%d", STANCE_MAX_NEGATION_SCOPE);
    snprintf(alpha, sizeof alpha, "%g..%g", STANCE_ALPHA_MIN, STANCE_ALPHA_MAX);
    assert_string_equal(alpha, "1e-09..1e+06");
    static const char *const cmds[] = {"train", "eval"};
    for (size_t c = 0; c < 2; c++) {
        assert_int_equal(RUN(NULL, cmds[c], "--help"), 0);
        expect_in(out, "--ngrams N         word n-grams up to N, 1..3");
        expect_in(out, ngrams);
        expect_in(out, scope);
        expect_in(out, "Lidstone smoothing, 1e-9..1e6");
    }
    static char man[1 << 16];
    FILE *fp = fopen(STANCE_EXAMPLES_DIR "/stance/stance.1", "r");
    assert_non_null(fp);
    size_t n = fread(man, 1, sizeof man - 1, fp);
    fclose(fp);
    man[n] = '\0';
    static const char *const flags[] = {
        "\\-\\-language",  "\\-\\-ngrams",         "\\-\\-alpha",
        "\\-\\-weighting", "\\-\\-no\\-negation",  "\\-\\-negation\\-scope",
        "\\-\\-complement", "\\-\\-uniform\\-priors", "\\-\\-no\\-punctuation",
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (!strstr(man, flags[i]))
            fail_msg("the man page lacks %s", flags[i]);
    expect_in(man, "1e\\-9..1e6");
    expect_in(man, "0..1000");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(refused_values_name_the_flag),
        cmocka_unit_test(edges_are_accepted),
        cmocka_unit_test(info_prints_every_setting),
        cmocka_unit_test(help_and_man_page_quote_the_bounds),
    };
    return cmocka_run_group_tests_name("cli_settings", tests, tool_setup, tool_teardown);
}
