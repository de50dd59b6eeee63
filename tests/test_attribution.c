/* Speaker attribution: one test per pattern of news prose, each on a short article written for
 * this test. Every expected quotation gives the start of its text, the speaker exactly as the
 * library must resolve it ("" = none), how the speaker is named at the quotation, and its
 * flags (FRAGMENT is not compared: it describes the quote, not the attribution). */
#include "testutil.h"

#include "quotes.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct want {
    const char *text;    /* the quotation starts with this */
    const char *speaker; /* exactly; "" = none */
    stance_mention_kind_t kind;
    uint32_t flags;
    const char *more;    /* the second piece of a split quotation starts with this */
} want_t;

#define PER STANCE_MENTION_PERSON
#define ORG STANCE_MENTION_ORGANIZATION
#define PRO STANCE_MENTION_PRONOUN
#define TTL STANCE_MENTION_TITLE
#define NON STANCE_MENTION_NONE
#define TERM STANCE_QUOTE_TERM
#define SPLIT STANCE_QUOTE_SPLIT
#define CONT STANCE_QUOTE_CONTINUES
#define UNCL STANCE_QUOTE_UNCLOSED
#define COMPARED (STANCE_QUOTE_TERM | STANCE_QUOTE_UNCLOSED | STANCE_QUOTE_SPLIT | \
                  STANCE_QUOTE_CONTINUES | STANCE_QUOTE_TURN)

static const char *kind_name(stance_mention_kind_t k)
{
    static const char *const names[] = {"none", "person", "organization", "pronoun", "title"};
    return (unsigned)k < 5 ? names[k] : "?";
}

static void check_article(const char *name, const char *text, const want_t *want, size_t n_want)
{
    stance_quotation_t q[32];
    size_t n = 0;
    stance_error_t err;
    stance_quotes_opts_t o = STANCE_QUOTES_OPTS_INIT;
    size_t len = strlen(text);
    if (stance_quotes_attribute(text, len, &o, q, 32, &n, &err) != STANCE_OK)
        fail_msg("%s: %s", name, err.msg);
    for (size_t i = 0; i < n; i++) {
        if (i >= n_want)
            fail_msg("%s: unexpected quotation %zu '%.*s' (speaker '%.*s')", name, i,
                     (int)q[i].text.len, text + q[i].text.start, (int)q[i].speaker.len,
                     text + q[i].speaker.start);
        const want_t *w = &want[i];
        size_t tl = strlen(w->text);
        if (q[i].text.len < tl || memcmp(text + q[i].text.start, w->text, tl) != 0)
            fail_msg("%s quotation %zu: got '%.*s', expected '%s'", name, i,
                     (int)q[i].text.len, text + q[i].text.start, w->text);
        if (q[i].speaker.len != strlen(w->speaker) ||
            memcmp(text + q[i].speaker.start, w->speaker, q[i].speaker.len) != 0)
            fail_msg("%s quotation %zu ('%s'): speaker '%.*s', expected '%s'", name, i, w->text,
                     (int)q[i].speaker.len, text + q[i].speaker.start, w->speaker);
        if (q[i].mention_kind != w->kind)
            fail_msg("%s quotation %zu ('%s'): mention %s '%.*s', expected %s", name, i,
                     w->text, kind_name(q[i].mention_kind), (int)q[i].mention.len,
                     text + q[i].mention.start, kind_name(w->kind));
        if ((q[i].flags & COMPARED) != w->flags)
            fail_msg("%s quotation %zu ('%s'): flags %#x, expected %#x", name, i, w->text,
                     q[i].flags & COMPARED, w->flags);
        if (w->more) {
            size_t ml = strlen(w->more);
            if (q[i].more.len < ml || memcmp(text + q[i].more.start, w->more, ml) != 0)
                fail_msg("%s quotation %zu: second piece '%.*s', expected '%s'", name, i,
                         (int)q[i].more.len, text + q[i].more.start, w->more);
        } else if (q[i].more.len) {
            fail_msg("%s quotation %zu: unexpected second piece", name, i);
        }
        /* every span lies inside the text */
        const stance_span_t *spans[] = {&q[i].text, &q[i].more, &q[i].speaker, &q[i].mention,
                                        &q[i].verb, &q[i].frame};
        for (size_t k = 0; k < 6; k++)
            assert_true(spans[k]->start <= len && spans[k]->len <= len - spans[k]->start);
    }
    if (n != n_want)
        fail_msg("%s: %zu quotations, expected %zu", name, n, n_want);
}

#define CHECK(text, want) check_article(__func__, text, want, sizeof want / sizeof want[0])

/* ---- where to look: the first words of a sentence are not its speaker ------------------ */

static void sentence_openers_are_not_speakers(void **state)
{
    (void)state;
    static const char text[] =
        "While Brussels has praised the plan, Foreign Ministry spokeswoman Anna Kowalska said "
        "late last week that Warsaw saw \xE2\x80\x9C" "a dangerous precedent\xE2\x80\x9D in it.\n\n"
        "Tuesday brought no change. \xE2\x80\x9CWe will not move,\xE2\x80\x9D Kowalska said.\n\n"
        "The Maritime Affairs Office said the patrols were \xE2\x80\x9Croutine and lawful.\xE2\x80\x9D\n\n"
        "It was not the last word. \xE2\x80\x9CIt is not over,\xE2\x80\x9D said Omar Haddad.\n";
    static const want_t want[] = {
        {"a dangerous precedent", "Anna Kowalska", PER, 0, NULL},
        {"We will not move", "Anna Kowalska", PER, 0, NULL},
        {"routine and lawful.", "Maritime Affairs Office", ORG, 0, NULL},
        {"It is not over", "Omar Haddad", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* An organization introduced with what it is ("ECOWAS, the bloc of West African nations,",
 * "the Arctic Council, a forum of eight states,") is what "the regional bloc" or "the forum"
 * means next, even named after a preposition; a bloc that was never so introduced stays the
 * bloc. */
static void organization_described_in_apposition(void **state)
{
    (void)state;
    static const char text[] =
        "Leaders of WASCO, the bloc of West Coast nations, gave the junta in Varn a week.\n\n"
        "In a statement after the summit, the regional bloc said it would \"take all measures "
        "necessary\" to restore order.\n\n"
        "Ministers of the Arctic Council, a forum of eight states, met on Friday. The forum "
        "said the talks had been \"frank and useful\".\n\n"
        "The alliance said it was \"ready to defend every inch\" of its territory.\n";
    static const want_t want[] = {
        {"take all measures necessary", "WASCO", ORG, 0, NULL},
        {"frank and useful", "Arctic Council", ORG, 0, NULL},
        {"ready to defend every inch", "alliance", ORG, 0, NULL},
    };
    CHECK(text, want);
}

static void organizations_speak(void **state)
{
    (void)state;
    static const char text[] =
        "The Chilean Embassy in Lima issued a note on Monday.\n\n"
        "\xE2\x80\x9CThe new visa rules are a sovereign decision,\xE2\x80\x9D the embassy said.\n\n"
        "\xE2\x80\x9CWe regret the tone of the protest,\xE2\x80\x9D the ministry said in a statement.\n\n"
        "\xE2\x80\x9COur position is unchanged,\xE2\x80\x9D the U.S. State Department said.\n\n"
        "Beijing said the drills were \xE2\x80\x9C" "a stern warning to separatists.\xE2\x80\x9D\n\n"
        "The Defence Ministry published photos. \xE2\x80\x9CThese flights are routine,\xE2\x80\x9D "
        "it said.\n";
    static const want_t want[] = {
        {"The new visa rules", "Chilean Embassy", ORG, 0, NULL},
        {"We regret the tone", "ministry", ORG, 0, NULL},
        {"Our position is unchanged", "U.S. State Department", ORG, 0, NULL},
        {"a stern warning", "Beijing", ORG, 0, NULL},
        {"These flights are routine", "Defence Ministry", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* ---- pronouns, titles and roles --------------------------------------------------------- */

static void pronouns_and_titles_resolve(void **state)
{
    (void)state;
    static const char text[] =
        "Prime Minister Lena Sorensen opened the summit in Oslo. \xE2\x80\x9CWe came to "
        "listen,\xE2\x80\x9D she said.\n\n"
        "Defence Minister Piotr Nowak was less patient. \xE2\x80\x9CTime is running "
        "out,\xE2\x80\x9D the minister told reporters. \xE2\x80\x9CWe need answers this "
        "week,\xE2\x80\x9D he added.\n\n"
        "\xE2\x80\x9CNobody wants a crisis,\xE2\x80\x9D the prime minister added.\n\n"
        "The prime minister added that she sees the treaty as \xE2\x80\x9Cone of our first "
        "duties.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We came to listen", "Lena Sorensen", PRO, 0, NULL},
        {"Time is running out", "Piotr Nowak", TTL, 0, NULL},
        {"We need answers", "Piotr Nowak", PRO, 0, NULL},
        {"Nobody wants a crisis", "Lena Sorensen", TTL, 0, NULL},
        {"one of our first duties", "Lena Sorensen", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void gender_picks_the_person(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe are open to talks,\xE2\x80\x9D Mr. Kaito Mori said.\n\n"
        "Foreign Minister Hana Ueda spoke later. \xE2\x80\x9CThe islands are ours,\xE2\x80\x9D "
        "she said.\n\n"
        "\xE2\x80\x9C" "But we can talk,\xE2\x80\x9D he added.\n";
    static const want_t want[] = {
        {"We are open to talks", "Kaito Mori", PER, 0, NULL},
        {"The islands are ours", "Hana Ueda", PRO, 0, NULL},
        {"But we can talk", "Kaito Mori", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* ---- quotes that go on, and speakers named a sentence or a paragraph before ------------ */

static void continued_quotes_inherit(void **state)
{
    (void)state;
    static const char text[] =
        "Ambassador Rafael Ortiz did not mince words. Ortiz said the blockade had to end, and "
        "added: \xE2\x80\x9CWe have waited long enough.\xE2\x80\x9D \xE2\x80\x9CPatience is "
        "not a policy.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9COur ships will sail,\xE2\x80\x9D he warned.\n\n"
        "\xE2\x80\x9CNobody should doubt it.\xE2\x80\x9D\n\n"
        "The offer, Ortiz said, was final. \xE2\x80\x9CThere will be no second one.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We have waited long enough", "Rafael Ortiz", PER, 0, NULL},
        {"Patience is not a policy", "Rafael Ortiz", NON, 0, NULL},
        {"Our ships will sail", "Rafael Ortiz", PRO, 0, NULL},
        {"Nobody should doubt it", "Rafael Ortiz", NON, 0, NULL},
        {"There will be no second one", "Rafael Ortiz", NON, 0, NULL},
    };
    CHECK(text, want);
}

static void paragraph_opened_by_x_said(void **state)
{
    (void)state;
    static const char text[] =
        "Premier Liu Wen said: \xE2\x80\x9CWe want calm waters.\xE2\x80\x9D \xE2\x80\x9CWe "
        "also want respect.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We want calm waters", "Liu Wen", PER, 0, NULL},
        {"We also want respect", "Liu Wen", NON, 0, NULL},
    };
    CHECK(text, want);
}

static void multi_paragraph_quote(void **state)
{
    (void)state;
    static const char text[] =
        "Mayor Elena Brandt was upbeat. \xE2\x80\x9CWe will rebuild the bridge,\xE2\x80\x9D "
        "she said. \xE2\x80\x9CIt will take two years.\n\n"
        "\xE2\x80\x9C" "And it will cost less than the old one.\xE2\x80\x9D\n\n"
        "\"The river is calmer now.\n\n"
        "\"We owe that to the engineers,\" said Brandt.\n";
    static const want_t want[] = {
        {"We will rebuild the bridge", "Elena Brandt", PRO, 0, NULL},
        {"It will take two years.", "Elena Brandt", NON, 0, NULL},
        {"And it will cost less", "Elena Brandt", NON, CONT, NULL},
        {"The river is calmer now.", "Elena Brandt", PER, 0, NULL},
        {"We owe that to the engineers", "Elena Brandt", PER, CONT, NULL},
    };
    CHECK(text, want);
    /* copy that mixes its marks goes on all the same: “ then " (BW) */
    static const char mixed[] =
        "\"Will you act?\" asked Mr Betts.\n\n"
        "\xE2\x80\x9CWe have to act on speed.\n\n"
        "\"That calls for harsher sanctions.\xE2\x80\x9D\n";
    static const want_t want_mixed[] = {
        {"Will you act?", "Betts", PER, 0, NULL},
        {"We have to act on speed.", "Betts", NON, 0, NULL},
        {"That calls for harsher sanctions.", "Betts", NON, CONT, NULL},
    };
    CHECK(mixed, want_mixed);
}

/* ---- never a name inside the quote or after a preposition ------------------------------ */

static void names_inside_quotes_and_after_prepositions(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CNobody in Washington listens to Senator Blake,\xE2\x80\x9D said Maria "
        "Chen, the party's spokeswoman.\n\n"
        "Chen then met Governor Tom Blake. \xE2\x80\x9CHe has changed nothing,\xE2\x80\x9D "
        "she said of Blake.\n\n"
        "\xE2\x80\x9C" "A useful hour,\xE2\x80\x9D one aide said of Blake.\n";
    static const want_t want[] = {
        {"Nobody in Washington", "Maria Chen", PER, 0, NULL},
        {"He has changed nothing", "Maria Chen", PRO, 0, NULL},
        {"A useful hour", "aide", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* ---- periods inside names and abbreviations -------------------------------------------- */

static void periods_inside_names(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe are watching closely,\xE2\x80\x9D Mr. Haddad told reporters.\n\n"
        "\xE2\x80\x9CThe line will hold,\xE2\x80\x9D said Gen. Mark Ellison.\n\n"
        "Dr. Amara Osei said the outbreak was \xE2\x80\x9Cunder control.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CTalks will go on,\xE2\x80\x9D said Dmitri S. Volkov.\n\n"
        "\xE2\x80\x9CWe will not be rushed,\xE2\x80\x9D Viktor Orlov, the Russian envoy, said.\n\n"
        "\xE2\x80\x9CThe envoy is right,\xE2\x80\x9D said Lt. Col. Ana Vidal of the U.N. "
        "mission.\n";
    static const want_t want[] = {
        {"We are watching closely", "Haddad", PER, 0, NULL},
        {"The line will hold", "Mark Ellison", PER, 0, NULL},
        {"under control.", "Amara Osei", PER, 0, NULL},
        {"Talks will go on", "Dmitri S. Volkov", PER, 0, NULL},
        {"We will not be rushed", "Viktor Orlov", PER, 0, NULL},
        {"The envoy is right", "Ana Vidal", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void attribution_is_not_reread_as_a_name(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe have no comment on the leak,\xE2\x80\x9D said State Department "
        "spokesperson Matthew Hale. \xE2\x80\x9CIt is under review,\xE2\x80\x9D he added.\n\n"
        "\xE2\x80\x9CNo decision has been taken,\xE2\x80\x9D said Foreign Ministry spokesman "
        "Karl Brandt. \xE2\x80\x9CWe will inform you,\xE2\x80\x9D he added.\n\n"
        "\xE2\x80\x9CThe exercise is routine,\xE2\x80\x9D said Defence Ministry official "
        "Yuki Mori. \xE2\x80\x9CIt ends on Sunday,\xE2\x80\x9D she added.\n";
    static const want_t want[] = {
        {"We have no comment", "Matthew Hale", PER, 0, NULL},
        {"It is under review", "Matthew Hale", PRO, 0, NULL},
        {"No decision has been taken", "Karl Brandt", PER, 0, NULL},
        {"We will inform you", "Karl Brandt", PRO, 0, NULL},
        {"The exercise is routine", "Yuki Mori", PER, 0, NULL},
        {"It ends on Sunday", "Yuki Mori", PRO, 0, NULL},
    };
    CHECK(text, want);
}

static void appositions_and_relative_clauses(void **state)
{
    (void)state;
    static const char text[] =
        "Nadia Rahman, spokeswoman for the Interior Ministry, told reporters that the curfew "
        "was \xE2\x80\x9Cnot up for debate.\xE2\x80\x9D\n\n"
        "The chancellor, Jonas Weber, said the plan was \xE2\x80\x9C" "a first step.\xE2\x80\x9D\n\n"
        "In a statement on Friday, Sami Aziz, who leads the opposition bloc in parliament, "
        "said the vote was \xE2\x80\x9Crigged from the start.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"not up for debate", "Nadia Rahman", PER, 0, NULL},
        {"a first step", "Jonas Weber", PER, 0, NULL},
        {"rigged from the start", "Sami Aziz", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A sentence that opens with a place or time ("At the summit, X had ...") still has X as
 * its subject: X takes the next "he" from the earlier speaker. */
static void subject_after_an_opening_phrase(void **state)
{
    (void)state;
    static const char text[] =
        "Interior spokesperson Ravi Menon said the two sides would keep talking. He said there "
        "was \xE2\x80\x9Cno link between these matters.\xE2\x80\x9D\n\n"
        "At the summit, Secretary of State Mark Ellis had sharpened his tone. "
        "\xE2\x80\x9CTheir party is no friend to democracy,\xE2\x80\x9D he had said.\n";
    static const want_t want[] = {
        {"no link", "Ravi Menon", PRO, 0, NULL},
        {"Their party", "Mark Ellis", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "US", "WHO": a function word in capitals is an acronym, part of the name that opens the
 * sentence, so "US Secretary of State Mark Ellis" opens it and takes the next "he". */
static void acronyms_are_not_function_words(void **state)
{
    (void)state;
    static const char text[] =
        "President Joe Rivers said: \xE2\x80\x9CWe stand with our allies.\xE2\x80\x9D\n\n"
        "The meeting ended late. US Secretary of State Mark Ellis had sharpened his tone. "
        "\xE2\x80\x9CTheir party is no friend to democracy,\xE2\x80\x9D he had said.\n";
    static const want_t want[] = {
        {"We stand", "Joe Rivers", PER, 0, NULL},
        {"Their party", "Mark Ellis", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* An adverb that opens a sentence ("However, she said") is no name, and the pronoun goes
 * to the speaker before. */
static void opening_adverb_is_not_a_name(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Minister Ana Costa met reporters. \xE2\x80\x9CWe will work with everyone,"
        "\xE2\x80\x9D Costa said.\n\n"
        "However, she said the talks would be \xE2\x80\x9Clong and hard.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We will work", "Ana Costa", PER, 0, NULL},
        {"long and hard", "Ana Costa", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "X was quoted as saying": X spoke. "The UN secretary general" is the secretary-general
 * whom "the UN chief" names again. */
static void passive_quoted_and_secretary_general(void **state)
{
    (void)state;
    static const char text[] =
        "The envoy was summoned, an agency quoted Minister Piotr Rau as saying. "
        "\xE2\x80\x9CWe know the envoy has been summoned,\xE2\x80\x9D Rau was quoted as "
        "saying.\n\n"
        "UN secretary general Omar Fadel praised the deal. The UN chief noted it was a start."
        "\n\n\xE2\x80\x9CThe secretary-general urges all parties to back it,"
        "\xE2\x80\x9D said the statement.\n";
    static const want_t want[] = {
        {"We know the envoy", "Piotr Rau", PER, 0, NULL},
        {"The secretary-general urges", "Omar Fadel", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* Movements known by a bare name are organizations, and "the group" refers back to the last
 * organization named when none was called a group. */
static void the_group_refers_back(void **state)
{
    (void)state;
    static const char text[] =
        "Hamas confirmed on Friday that its reply was ready. The group reiterated its "
        "\xE2\x80\x9C" "full readiness to begin talks,\xE2\x80\x9D urging the other side to "
        "\xE2\x80\x9Ckeep its word.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"full readiness", "Hamas", ORG, 0, NULL},
        {"keep its word", "Hamas", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A sentence that opens with a participle ("Talking to local media, X ... said") has its
 * subject after the opening phrase, not the participle. */
static void opening_participle_is_not_the_subject(void **state)
{
    (void)state;
    static const char text[] =
        "Talking to local media, Zabi Mujahid, the group's spokesperson, who also serves as "
        "deputy minister of culture in the government said, \xE2\x80\x9CWe condemn the "
        "strikes.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We condemn the strikes.", "Zabi Mujahid", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Spokesperson for the Foreign Ministry Maria Lind said": the name after the organization
 * is the speaker, with the title before it as her role; so is an envoy's after the body or
 * country they are sent to ("Ambassador to the UN Ravi Oduya", BU), and an official's "in"
 * a ministry (CD). */
static void name_after_title_for_organization(void **state)
{
    (void)state;
    static const char text[] =
        "Spokesperson for the Foreign Ministry Maria Lind said: \xE2\x80\x9CWe are ready."
        "\xE2\x80\x9D\n\n"
        "The envoy will be summoned, Spokesman for the Ministry of Foreign Affairs of Estonia "
        "Oleh Marko has said. \xE2\x80\x9CWe expect an apology,\xE2\x80\x9D Marko said."
        "\n\n\xE2\x80\x9CThis is a first step,\xE2\x80\x9D the spokesperson added.\n\n"
        "Vantan Ambassador to the UN Ravi Oduya said in the council that \"there will be "
        "costs\" for any strike. Ostrian Ambassador to Vanta Pia Holm told reporters the "
        "embassy stayed \"open for business\".\n\n"
        "\"We will not hesitate to act,\" Oduya said.\n\n"
        "\"Let me make it clear that no such message was sent from our side,\" Spokesperson "
        "in the Ministry of External Affairs Anil Rao said.\n";
    static const want_t want[] = {
        {"We are ready.", "Maria Lind", PER, 0, NULL},
        {"We expect an apology,", "Oleh Marko", PER, 0, NULL},
        {"This is a first step,", "Oleh Marko", TTL, 0, NULL},
        {"there will be costs", "Ravi Oduya", PER, 0, NULL},
        {"open for business", "Pia Holm", PER, 0, NULL},
        {"We will not hesitate to act,", "Ravi Oduya", PER, 0, NULL},
        {"Let me make it clear", "Anil Rao", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A ministry's field may join two with "and" ("Minister of Foreign Affairs and International
 * Cooperation Hor Namhong"): the name after it is the speaker's, before or after the verb; an
 * "and" between two people stays theirs. */
static void title_field_joined_by_and(void **state)
{
    (void)state;
    static const char text[] =
        "The envoy was recalled, said Minister of Foreign Affairs and International Cooperation "
        "Sok Vanna at a news conference.\n\n"
        "\"We kept our restraint,\" he said.\n\n"
        "Minister of Trade and Industry Lena Ruud said the tariffs were \"a step too far\".\n\n"
        "Minister of Health Ana Lopez and Defence Minister Jon Berg met on Monday. \"We are "
        "working together,\" Berg said.\n\n"
        "The Minister of Foreign Affairs and the National Community Abroad, Karim Lamar, "
        "announced the break on Tuesday.\n\n"
        "The Minister of Foreign Affairs said Varnia had \"never stopped its hostilities\".\n";
    static const want_t want[] = {
        {"We kept our restraint,", "Sok Vanna", PRO, 0, NULL},
        {"a step too far", "Lena Ruud", PER, 0, NULL},
        {"We are working together,", "Jon Berg", PER, 0, NULL},
        /* "and the": the field's second part with its article */
        {"never stopped its hostilities", "Karim Lamar", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "military claims cannot be verified": a verb's -s form before a modal or an auxiliary is
 * a plural noun, and nobody speaks there to take the next "he". */
static void plural_noun_before_a_modal_is_no_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Kremlin spokesman Dmitry Pavlov spoke on Monday. \xE2\x80\x9CWe are ready,"
        "\xE2\x80\x9D Pavlov said.\n\n"
        "Russian and Ukrainian military claims cannot be verified.\n\n"
        "\xE2\x80\x9CThe Kremlin has nothing to do with it,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"We are ready,", "Dmitry Pavlov", PER, 0, NULL},
        {"The Kremlin has nothing", "Dmitry Pavlov", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A name in the possessive after a preposition ("over Prime Minister Viktor Orban's
 * remarks") owns the noun after it: it is remembered, so "the Hungarian prime minister" later
 * finds him, though it never speaks there. */
static void possessive_after_preposition_is_remembered(void **state)
{
    (void)state;
    static const char text[] =
        "The envoy will be summoned over Prime Minister Viktor Orban's remarks, spokesman "
        "Oleh Marko said.\n\n"
        "Earlier, the Hungarian prime minister called the country \xE2\x80\x9C" "a land of "
        "nobody.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"a land of nobody", "Viktor Orban", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "the media said that ... the prime minister compared A with B and called it “...”": a verb
 * joined by "and" shares the subject of its own clause, not the reporting verb's before it;
 * but when that clause's verb is an auxiliary ("that Y will be summoned and clarified"), the
 * joined verb goes with the reporting verb. */
static void joined_verb_takes_its_clause_subject(void **state)
{
    (void)state;
    static const char text[] =
        "Earlier, the media said that during a meeting with reporters, Prime Minister Viktor "
        "Orban compared the country with a desert and called it \xE2\x80\x9C" "a land of "
        "nobody.\xE2\x80\x9D\n\n"
        "Foreign Minister Eli Cohn stated that Ambassador Yevgen Korin will be summoned and "
        "clarified that \xE2\x80\x9C" "despite the tension, we stood by them.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"a land of nobody", "Viktor Orban", PER, 0, NULL},
        {"despite the tension", "Eli Cohn", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "is Chinese territory": a lone capitalized word before a plain noun is an adjective of
 * nationality, no person to take the next "she"; an organization that "claims" something on
 * the way does not take it either. "She referred to ... and said": a sentence opened by a
 * pronoun has that pronoun as its subject. */
static void nationality_before_a_noun_is_no_person(void **state)
{
    (void)state;
    static const char text[] =
        "Spokesperson Lin Mei said the two sides were calm. \xE2\x80\x9CWe have noted it,"
        "\xE2\x80\x9D she said.\n\n"
        "Lin said the valley, over which Bhutan also claims sovereignty, is Chinese territory "
        "and that building there is normal.\n\n"
        "\xE2\x80\x9C" "China has always upheld its sovereignty there,\xE2\x80\x9D she said."
        "\n\n"
        "She referred to the old treaty and said \xE2\x80\x9Cthe border was settled long ago."
        "\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We have noted it,", "Lin Mei", PRO, 0, NULL},
        {"China has always", "Lin Mei", PRO, 0, NULL},
        {"the border was settled", "Lin Mei", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "the Prime Minister of Serbia": a title with its country after "of" is a title, which
 * finds the prime minister named before, not an organization. */
static void title_of_a_country_is_a_title(void **state)
{
    (void)state;
    static const char text[] =
        "Serbian Prime Minister Ivan Petrovic said the plan \xE2\x80\x9Cwill not happen."
        "\xE2\x80\x9D\n\n"
        "Asked again, the Prime Minister of Serbia answered, \xE2\x80\x9C" "and not for a long "
        "time.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"will not happen", "Ivan Petrovic", PER, 0, NULL},
        {"and not for a long time", "Ivan Petrovic", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* News names a speaker again by nationality and trade ("the Spanish diplomat") when no one
 * has that title: the last speaker. A press secretary is a spokesperson. A participle after a
 * subordinate clause ("after Uribe made a speech, saying") has that clause's subject. */
static void descriptions_refer_back(void **state)
{
    (void)state;
    static const char text[] =
        "EU foreign policy chief Jose Barrel said the bloc was not competing with anyone. "
        "\xE2\x80\x9CWe work together,\xE2\x80\x9D said Barrel.\n\n"
        "\xE2\x80\x9CIt depends on the council,\xE2\x80\x9D the Spanish diplomat said.\n\n"
        "The press secretary of the Foreign Ministry, Oleh Marko, spoke on Monday. "
        "\xE2\x80\x9CWe are ready,\xE2\x80\x9D the Foreign Ministry spokesman added.\n\n"
        "His remarks came after Ivan Duro made a speech, saying that the president should "
        "\xE2\x80\x9Cstop acting with rage.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We work together,", "Jose Barrel", PER, 0, NULL},
        {"It depends", "Jose Barrel", TTL, 0, NULL},
        {"We are ready,", "Oleh Marko", TTL, 0, NULL},
        {"stop acting with rage.", "Ivan Duro", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "said Palestinian resident Abdel Hadi": a resident, a witness or a protester is named by
 * the trade before the name, as an official is. */
static void ordinary_people_have_trades(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThey keep making promises,\xE2\x80\x9D said Palestinian resident "
        "Abdel Hadi Salem. \xE2\x80\x9C" "But the war goes on.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"They keep making promises,", "Abdel Hadi Salem", PER, 0, NULL},
        {"But the war goes on.", "Abdel Hadi Salem", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* A quotation in a noun's place is still speech when its attribution follows at once
 * ("friendly with China “with respect to trade,” Panelo said"). */
static void attributed_fragment_is_not_a_term(void **state)
{
    (void)state;
    static const char text[] =
        "While the islands stay friendly with Valdoria \xE2\x80\x9Cwith respect to trade,"
        "\xE2\x80\x9D Ana Ruiz said, \xE2\x80\x9Cwe will always assert our rights."
        "\xE2\x80\x9D\n\n"
        "The talks were held under the so-called \xE2\x80\x9C" "expanded format,"
        "\xE2\x80\x9D which nobody explained.\n";
    static const want_t want[] = {
        {"with respect to trade,", "Ana Ruiz", PER, SPLIT, "we will always assert our rights."},
        {"expanded format,", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}

/* An apposition whose closing comma the writer left out ("Yoshi Sato, the chief cabinet
 * secretary told reporters") still names the person, who keeps the title for later. */
static void apposition_without_its_second_comma(void **state)
{
    (void)state;
    static const char text[] =
        "The talks took place on Monday, Yoshi Sato, the chief cabinet secretary told a news "
        "conference. \xE2\x80\x9CWe will keep talking,\xE2\x80\x9D he said.\n\n"
        "\xE2\x80\x9C" "A treaty is the aim,\xE2\x80\x9D the chief cabinet secretary added.\n";
    static const want_t want[] = {
        {"We will keep talking,", "Yoshi Sato", PRO, 0, NULL},
        {"A treaty is the aim,", "Yoshi Sato", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "the former", "the latter": the earlier and the later of the two last named. */
static void former_and_latter(void **state)
{
    (void)state;
    static const char text[] =
        "The row between spokesman Jay Tarro and the Valdorian government went on as the former "
        "said that threats \xE2\x80\x9Cwill not stop me.\xE2\x80\x9D\n\n"
        "The latter replied that his remarks were \xE2\x80\x9C" "baseless and provocative."
        "\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"will not stop me.", "Jay Tarro", PRO, 0, NULL},
        {"baseless and provocative.", "Valdorian government", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "remarks made by X", "statements by X": the author after "by" is remembered, so that "the
 * Chinese spokesperson" later finds him. */
static void author_after_by_is_remembered(void **state)
{
    (void)state;
    static const char text[] =
        "The council replied to remarks made by Taiwan Affairs Office spokesperson Chen Bin at "
        "a news conference.\n\n"
        "\xE2\x80\x9CThe diehards do not speak for the majority,\xE2\x80\x9D the Chinese "
        "spokesperson said.\n";
    static const want_t want[] = {
        {"The diehards do not", "Chen Bin", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* News agencies are organizations: "APP adds:" brings no person to take the next "he". */
static void news_agencies_are_organizations(void **state)
{
    (void)state;
    static const char text[] =
        "Interior Minister Ravi Malik spoke on Wednesday. \xE2\x80\x9CWe are ready,"
        "\xE2\x80\x9D Malik said.\n\n"
        "APP adds: He said that the talks \xE2\x80\x9Cmust go on.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We are ready,", "Ravi Malik", PER, 0, NULL},
        {"must go on.", "Ravi Malik", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "said the statement" with no owner: the organization that issued it, named before. */
static void statement_of_the_organization_named_before(void **state)
{
    (void)state;
    static const char text[] =
        "Valdoria's Defence Ministry has issued a statement on the border.\n\n"
        "\xE2\x80\x9CWe are in control of the situation,\xE2\x80\x9D said the statement.\n";
    static const want_t want[] = {
        {"We are in control", "Valdoria's Defence Ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "Meanwhile, X was more direct": an adverb and its comma open the sentence before its
 * subject, who takes the next "he". */
static void subject_after_an_opening_adverb(void **state)
{
    (void)state;
    static const char text[] =
        "Spokesman Ian Lim said the ships had left. \xE2\x80\x9CIt is over,\xE2\x80\x9D he "
        "said.\n\n"
        "Meanwhile, Defence Secretary Gil Tero was more direct.\n\n"
        "\xE2\x80\x9CThey can say what they want,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"It is over,", "Ian Lim", PRO, 0, NULL},
        {"They can say", "Gil Tero", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A quotation that opens its sentence and goes on with a participle of no subject of its
 * own ("“...,” referring to the centrifuges.", "“...,” adding that ...") is the last
 * speaker's, as one with nothing after it is. */
static void quotation_then_a_participle(void **state)
{
    (void)state;
    static const char text[] =
        "Negotiator Ali Lari said, \xE2\x80\x9CWe reject this resolution.\xE2\x80\x9D "
        "\xE2\x80\x9CIt covers all nuclear technology,\xE2\x80\x9D referring to the "
        "centrifuges.\n\n"
        "\xE2\x80\x9CWe will not stop,\xE2\x80\x9D adding that the talks were over.\n";
    static const want_t want[] = {
        {"We reject this resolution.", "Ali Lari", PER, 0, NULL},
        {"It covers all nuclear technology", "Ali Lari", NON, 0, NULL},
        {"We will not stop", "Ali Lari", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "his French counterpart Jean-Yves Le Drian" holds, in France, the office of the one whose
 * counterpart he is: "the French foreign minister" later is Le Drian, though a Russian
 * deputy foreign minister was named between. */
static void a_counterpart_holds_the_same_office(void **state)
{
    (void)state;
    static const char text[] =
        "Russian Foreign Minister Ivo Lask expects a dialogue with his French counterpart Jean "
        "Dorian.\n\n"
        "\xE2\x80\x9CWe are glad to see Ambassador Sylvie Berm,\xE2\x80\x9D Lask said. "
        "\xE2\x80\x9CShe has met Russian Deputy Foreign Minister Alexei Mesh.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CToday, I suggest that we discuss the bilateral agenda, cooperation on the "
        "Syrian issue, the situation in Libya and the crisis in the east, as well as other "
        "global issues of concern to both of our countries and to our partners,\xE2\x80\x9D he "
        "said. \xE2\x80\x9CI expect a constructive conversation,\xE2\x80\x9D Lask added.\n\n"
        "The French foreign minister, in turn, said that \xE2\x80\x9Cspices should be "
        "added\xE2\x80\x9D to the talks.\n";
    static const want_t want[] = {
        {"We are glad to see", "Ivo Lask", PER, 0, NULL},
        {"She has met", "Ivo Lask", NON, 0, NULL},
        {"Today, I suggest", "Ivo Lask", PRO, 0, NULL},
        {"I expect a constructive", "Ivo Lask", PER, 0, NULL},
        {"spices should be added", "Jean Dorian", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* Initials in parentheses after a name ("Inter-Services Public Relations (ISPR)", "the
 * Director General (DG) of") gloss it: an apposition reads through them to the person it
 * describes, as it reads through a second apposition joined by "and". */
static void initials_in_parentheses_gloss_a_name(void **state)
{
    (void)state;
    static const char text[] =
        "Major General Ahmed Chaudhry, the Director General (DG) of Vanta's Inter-Services "
        "Public Relations (ISPR), has asserted that the region \xE2\x80\x9Cwas never a part "
        "of Tarsia.\xE2\x80\x9D\n\n"
        "PARIS (AFP) - The talks were \xE2\x80\x9C" "difficult,\xE2\x80\x9D Chaudhry said.\n\n"
        "\xE2\x80\x9CIt is a classic phenomenon,\xE2\x80\x9D Hassan Lebo, chief of staff to "
        "the commission president, and its spokesman for the crisis, told AFP.\n\n"
        "( \xE2\x80\x93 Secretary of State Mike Pomp, visiting Varnia to discuss a response to "
        "an unprecedented armed attack on the world's biggest oil processing facility, told "
        "reporters traveling with him that the attack, which Vanta and Varnia are blaming on "
        "Tarsia, was \xE2\x80\x9C" "an act of war.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"was never a part", "Ahmed Chaudhry", PER, 0, NULL},
        {"difficult", "Ahmed Chaudhry", PER, 0, NULL},
        /* two appositions joined by "and"; and "told AFP": the one told never speaks */
        {"It is a classic phenomenon", "Hassan Lebo", PER, 0, NULL},
        /* a long participle clause in apposition, up to 23 words */
        {"an act of war.", "Mike Pomp", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A dateline's city in capitals ("TOKYO:", "MOSCOW, September 8.") is where the story was
 * filed, not who speaks: "It added" after a spokesman's statement is the ministry that
 * opened the lead after it, never the city. */
static void a_datelines_city_is_nobody(void **state)
{
    (void)state;
    static const char text[] =
        "TOKYO: The Vantan Defence Ministry denounced the drills and warned of severe "
        "consequences.\n\n"
        "\xE2\x80\x9CThe drills aim at our nation,\xE2\x80\x9D the spokesman said in a "
        "statement.\n\n"
        "It added that the drills were repeated five times.\n\n"
        "\xE2\x80\x9COur forces strongly condemn these actions.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"The drills aim at our nation", "spokesman", TTL, 0, NULL},
        {"Our forces strongly condemn", "Vantan Defence Ministry", NON, 0, NULL},
    };
    CHECK(text, want);
    static const char text_dated[] =
        "MOSCOW, September 8. The Vantan Defence Ministry denounced the drills.\n\n"
        "\xE2\x80\x9CThe drills aim at our nation,\xE2\x80\x9D the spokesman said.\n\n"
        "It added that the drills were repeated five times.\n\n"
        "\xE2\x80\x9COur forces strongly condemn these actions.\xE2\x80\x9D\n";
    CHECK(text_dated, want);
    /* a page's stamp is no one: "Published at 23:29 GMT"; and a "she" that no woman the
     * article names can be is the one who spoke last, whom a "spokesman" did not make a man
     * (BY) */
    static const char stamped[] =
        "Friday, February 12, 1999 Published at 23:29 GMT\n\n"
        "Government spokesman Salome Tadesse said the other side was to blame.\n\n"
        "\"We do not want this war,\" she said.\n";
    static const want_t want_stamped[] = {
        {"We do not want this war", "Salome Tadesse", PRO, 0, NULL},
    };
    CHECK(stamped, want_stamped);
    /* nor is a page's "Advertisement" line inside a quotation that goes on (DC) */
    static const char advert[] =
        "\"Most of the fighters came from abroad,\" General Tunde Ade said.\n"
        "\xE2\x80\x9CYou can see that almost all of them are not ours.\n"
        "Advertisement\n"
        "\xE2\x80\x9COur military is up to the task.\xE2\x80\x9D\n";
    static const want_t want_advert[] = {
        {"Most of the fighters", "Tunde Ade", PER, 0, NULL},
        /* unclosed: its end is a guess, its speaker the one before (as on the blind
         * rounds, an_unclosed_paragraph_quote_keeps_the_speaker) */
        {"You can see", "Tunde Ade", NON, UNCL, NULL},
        {"Our military is up to the task.", "Tunde Ade", NON, 0, NULL},
    };
    CHECK(advert, want_advert);
}

/* Words quoted inside a clause someone reports about a body are the reporter's, who speaks
 * for it ("Marles said the federal government had expressed “serious concerns”", "Lassen
 * said the council expected “...”"), but not what someone told the reporter ("Kanasugi said
 * Chinese officials had told him that China “had no advance notice”"), a quotation the
 * inner verb introduces ("said that the ministry announced, “...”"), or a person's words
 * ("said that the envoy warned “...”", a_report_within_a_report_is_no_new_speaker). */
static void words_inside_a_reported_clause(void **state)
{
    (void)state;
    static const char text[] =
        "Defence Minister Rick Marl said the federal government had expressed \xE2\x80\x9C"
        "serious concerns\xE2\x80\x9D to Beijing.\n\n"
        "Ambassador Ken Kana said Chinese officials had told him that China \xE2\x80\x9Chad no "
        "advance notice of the launch.\xE2\x80\x9D\n\n"
        "Spokesman Ali Hosei said that the ministry announced, \xE2\x80\x9CThe republic "
        "is loyal to the talks.\xE2\x80\x9D\n\n"
        "Envoy Sami Haddad spoke on Monday. He said Ostrom's report simply confirmed "
        "\xE2\x80\x9Cthe need for more transparency.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"serious concerns", "Rick Marl", PER, 0, NULL},
        {"had no advance notice", "Chinese officials", TTL, 0, NULL},
        {"The republic is loyal", "ministry", ORG, 0, NULL},
        /* a document's too (CD) */
        {"the need for more transparency.", "Sami Haddad", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "Lt. Gen. Lee Hong-ki of the Joint Chiefs of Staff (JCS) said", "Ana Vell from the
 * ministry said": a person's name, then the body they serve, then the verb. */
static void person_of_an_organization_before_the_verb(void **state)
{
    (void)state;
    static const char text[] =
        "The attack was \xE2\x80\x9Cintentional and premeditated,\xE2\x80\x9D Lt. Gen. Lee "
        "Hong-ki of the Joint Chiefs of Staff (JCS) said.\n\n"
        "The talks were \xE2\x80\x9C" "frank,\xE2\x80\x9D Ana Vell from the Tarsian foreign "
        "ministry said.\n";
    static const want_t want[] = {
        {"intentional and premeditated", "Lee Hong-ki", PER, 0, NULL},
        {"frank", "Ana Vell", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "said a beaming Foreign Minister Abdullah Gul", "said a visibly tired Ana Vell": a
 * description of the speaker's mood between the article and the name is no part of it, nor
 * in the way. */
static void speaker_described_by_mood(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThis is a win-win situation,\xE2\x80\x9D said a beaming Tarsian Foreign Minister "
        "Omar Gul.\n\n"
        "\xE2\x80\x9CWe are not finished,\xE2\x80\x9D said a visibly tired Ana Vell.\n\n"
        "\xE2\x80\x9CWe will meet again,\xE2\x80\x9D said a senior official.\n";
    static const want_t want[] = {
        {"This is a win-win", "Omar Gul", PER, 0, NULL},
        {"We are not finished", "Ana Vell", PER, 0, NULL},
        {"We will meet again", "senior official", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* The passive with its agent: "a summit described by a US official as “...”", "the plan was
 * called by the ministry “...”": the agent spoke. */
static void passive_with_its_agent(void **state)
{
    (void)state;
    static const char text[] =
        "President Ann Marr and leader Wu Lin ended a summit described by a senior official as "
        "\xE2\x80\x9Cunique and constructive.\xE2\x80\x9D\n\n"
        "The plan was described by Foreign Minister Omar Sy as \xE2\x80\x9C" "a trap.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"unique and constructive.", "senior official", TTL, 0, NULL},
        {"a trap.", "Omar Sy", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A name with a suffix ("Jr.") is found again by its surname; a nickname in quotation marks
 * inside a name ("Gil “Gibo” Tero") is part of the name, and no speech. */
static void suffixes_and_nicknames_in_names(void **state)
{
    (void)state;
    static const char text[] =
        "President Fernando Marquez Jr. spoke on Monday. \xE2\x80\x9CWe are calm,"
        "\xE2\x80\x9D Marquez said.\n\n"
        "Defence Secretary Gil \xE2\x80\x9CGibo\xE2\x80\x9D Tero Jr. was more direct. "
        "\xE2\x80\x9CThey can say what they want,\xE2\x80\x9D Tero said.\n\n"
        "\xE2\x80\x9CWe stand firm,\xE2\x80\x9D said Rodrigo \xE2\x80\x9CRody\xE2\x80"
        "\x9D Duarte.\n";
    static const want_t want[] = {
        {"We are calm,", "Fernando Marquez Jr.", PER, 0, NULL},
        {"Gibo", "", NON, TERM, NULL},
        {"They can say", "Gil \xE2\x80\x9CGibo\xE2\x80\x9D Tero Jr.", PER, 0, NULL},
        {"We stand firm,", "Rodrigo \xE2\x80\x9CRody\xE2\x80\x9D Duarte", PER, 0, NULL},
        {"Rody", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}

/* "President of Serbia Aleksandar Vucic": the title's country after "of" is not part of the
 * name. A quotation inside a clause, followed by a noun and an -s word ("the Union
 * “unequivocally condemns” Hamas attacks"), is not attributed to what follows it. */
static void title_of_country_before_a_name(void **state)
{
    (void)state;
    static const char text[] =
        "President of Serbia Aleksandar Vucic met the envoy. \xE2\x80\x9CWe accepted the "
        "proposals,\xE2\x80\x9D Vucic said. \xE2\x80\x9CWe could not agree on the rest"
        "\xE2\x80\x9D, President of Serbia said.\n\n"
        "Josep Barrell, the bloc's foreign policy chief, announced that the Union "
        "\xE2\x80\x9Cunequivocally condemns\xE2\x80\x9D Hamas attacks and offers help.\n";
    static const want_t want[] = {
        {"We accepted the proposals,", "Aleksandar Vucic", PER, 0, NULL},
        {"We could not agree", "Aleksandar Vucic", TTL, 0, NULL},
        {"unequivocally condemns", "Josep Barrell", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Hun Sen": a word that is also an honorific ("Sen.") ends a name after a given name. A lone
 * capitalized word opening a sentence ("Ethiopians would finish it") is no person to take
 * the next "he". */
static void honorific_word_ending_a_name(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe have no channel to talk,\xE2\x80\x9D Hun Sen said.\n\n"
        "Ethiopians would finish the dam, he vowed. \xE2\x80\x9CWe will not cave in,"
        "\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"We have no channel", "Hun Sen", PER, 0, NULL},
        {"We will not cave in,", "Hun Sen", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "after X said": a conjunction, not a preposition, when a speech verb follows the name. */
static void speaker_after_a_conjunction(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe are shocked by such remarks,\xE2\x80\x9D said Foreign Ministry "
        "spokesman Wen Bo.\n\n"
        "Wen's comments came after Sato said in parliament on Monday that the measures were "
        "\xE2\x80\x9Chysterical.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We are shocked", "Wen Bo", PER, 0, NULL},
        {"hysterical", "Sato", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A person who opens a sentence after the last quote takes the next "he": "Brandt gave a
 * cooler account, which he called ..." is Brandt's, not the previous speaker's. A lone
 * surname already met is a name even before a verb the rules do not know ("gave"). */
static void sentence_subject_takes_the_pronoun(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Minister Lena Kovac met her counterpart Tomas Brandt in Vienna on Monday. "
        "Kovac said the talks had been \xE2\x80\x9C" "frank and useful.\xE2\x80\x9D\n\n"
        "Brandt gave a cooler account of the meeting, which he called \xE2\x80\x9C"
        "difficult\xE2\x80\x9D while stressing that \xE2\x80\x9Cmuch remains to be "
        "settled.\xE2\x80\x9D\n\n"
        "At the summit, rebel leader Jean Runo said he had met President Joseph Kalla thanks "
        "to Hugo Marr. \xE2\x80\x9CThe atmosphere was tense,\xE2\x80\x9D he told "
        "reporters.\n\n"
        "Envoy Ayman Tell said that if the army responded positively to the offer, "
        "\xE2\x80\x9Cthere could be an agreement\xE2\x80\x9D on a truce.\n\n"
        "Vantia will not accept tariffs, the president said.\n\n"
        "With her ministers seated behind her, Rosa Vega detailed her call with the king, "
        "saying they spoke about \xE2\x80\x9Cissues of common interest.\xE2\x80\x9D\n\n"
        "President Tom Vell attacked Prime Minister Jan Marr on Twitter over what he described "
        "as the prime minister's \xE2\x80\x9C" "false statements.\xE2\x80\x9D\n\n"
        "Governor Luis Cano said the peso would recover, without saying where she would "
        "place the rival candidate.\n\n"
        "Tom Vell, he said, would be the \xE2\x80\x9Cworse scenario for the economy.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"frank and useful", "Lena Kovac", PER, 0, NULL},
        {"difficult", "Tomas Brandt", PRO, 0, NULL},
        {"much remains", "Tomas Brandt", PRO, 0, NULL},
        /* "X thanks to Y" is no report of X's: the pronoun stays with who spoke */
        {"The atmosphere was tense", "Jean Runo", PRO, 0, NULL},
        /* a verb in a condition ("if the army responded") reports nothing */
        {"there could be an agreement", "Ayman Tell", PER, 0, NULL},
        /* "X detailed the call, saying they spoke about “...”": X reports, not "they" */
        {"issues of common interest.", "Rosa Vega", PER, 0, NULL},
        /* "he" in the sentence that opened with one person and named another as an object:
         * the subject */
        {"false statements.", "Tom Vell", PRO, 0, NULL},
        /* "X, he said, would be": X is what "he" speaks of, not who */
        {"worse scenario", "Luis Cano", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* An organization described and then named ("the country's port authority, the Harbour
 * Board,"): the name speaks, as a person named in apposition does. */
static void organization_named_in_apposition(void **state)
{
    (void)state;
    static const char text[] =
        "Valdoria's maritime agency, the Coastal Affairs Office, said the patrols were "
        "\xE2\x80\x9C" "an open provocation.\xE2\x80\x9D\n\n"
        "The island's fisheries body, the Harbour Board, said: \xE2\x80\x9CWe ask both "
        "sides for calm.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"an open provocation", "Coastal Affairs Office", ORG, 0, NULL},
        {"We ask both sides", "Harbour Board", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* ---- punctuation inside the closing mark decides where to look ------------------------- */

static void closing_punctuation_decides(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThe talks are over.\xE2\x80\x9D Minister Ruth Adler left the room.\n\n"
        "\xE2\x80\x9CWho will pay for this?\xE2\x80\x9D Senator Ruth Adler asked.\n\n"
        "\xE2\x80\x9CWho pays?\xE2\x80\x9D Ruth Adler left the room again.\n\n"
        "\xE2\x80\x9CWe are ready,\xE2\x80\x9D Adler said on Monday.\n";
    static const want_t want[] = {
        {"The talks are over.", "", NON, 0, NULL},
        {"Who will pay for this?", "Ruth Adler", PER, 0, NULL},
        {"Who pays?", "Ruth Adler", NON, 0, NULL},
        {"We are ready", "Ruth Adler", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void embedded_quote_looks_after(void **state)
{
    (void)state;
    static const char text[] =
        "\"The door is open... for a fair deal\" with the rebels, President Marco Silva said "
        "at a news conference.\n";
    static const want_t want[] = {
        {"The door is open", "Marco Silva", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* ---- reporting verbs and their subjects ------------------------------------------------- */

static void thinking_verbs_only_next_to_the_quote(void **state)
{
    (void)state;
    static const char text[] =
        "Adler believes the deal will hold, and her deputy, Tom Reyes, said it was "
        "\xE2\x80\x9C" "a fair compromise.\xE2\x80\x9D\n\n"
        "Governor Rosa Lind hopes \xE2\x80\x9C" "cooler heads will prevail.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"a fair compromise", "Tom Reyes", PER, 0, NULL},
        {"cooler heads will prevail", "Rosa Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void participles_take_the_clause_subject(void **state)
{
    (void)state;
    static const char text[] =
        "North Korea rejected the offer on Friday, calling it \xE2\x80\x9C" "a shameless "
        "trick.\xE2\x80\x9D\n\n"
        "Senator Paul Grant said the treaty was dead, adding, \xE2\x80\x9CWe killed it "
        "ourselves.\xE2\x80\x9D\n\n"
        "The spokesman of the Reunification Committee issued a statement, branding the drills "
        "\xE2\x80\x9C" "a rehearsal for war.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"a shameless trick", "North Korea", ORG, 0, NULL},
        {"We killed it ourselves", "Paul Grant", PER, 0, NULL},
        {"a rehearsal for war", "spokesman of the Reunification Committee", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void reported_clauses_keep_the_reporter(void **state)
{
    (void)state;
    static const char text[] =
        "Minister Ines Alves said they had agreed \xE2\x80\x9Cto keep the border open.\xE2\x80\x9D\n\n"
        "The Coast Guard on Thursday (Aug. 14) once more voiced \xE2\x80\x9C" "deep concern about "
        "the collisions.\xE2\x80\x9D\n\n"
        "Palestinian envoy Karim al-Sabri had last year condemned the plan as the "
        "\xE2\x80\x9C" "deal of shame.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"to keep the border open", "Ines Alves", PER, 0, NULL},
        {"deep concern", "Coast Guard", ORG, 0, NULL},
        {"deal of shame", "Karim al-Sabri", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void according_to_and_statements(void **state)
{
    (void)state;
    static const char text[] =
        "According to the Interior Ministry, the fire was \xE2\x80\x9Cset deliberately.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CNo one was hurt,\xE2\x80\x9D according to Inspector Mei Tan.\n\n"
        "According to her, the police will do everything so that \xE2\x80\x9Cthe roads stay "
        "open.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9C" "Both sides agreed to keep talking,\xE2\x80\x9D said a statement posted "
        "online by the Foreign Ministry.\n\n"
        "It followed a warning by Admiral Jo Park that the strait was \xE2\x80\x9Cnot a "
        "playground.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CThe visit is postponed,\xE2\x80\x9D a spokesperson for the Swiss Foreign "
        "Ministry said.\n\n"
        "\xE2\x80\x9CWe stand by every word,\xE2\x80\x9D the statement read.\n\n"
        "\xE2\x80\x9CThe region is a zone of peace,\xE2\x80\x9D a statement released by the "
        "Dravenian foreign ministry reads.\n\n"
        "A note issued by the Tarsian embassy said the claim was \xE2\x80\x9C" "baseless.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"set deliberately", "Interior Ministry", ORG, 0, NULL},
        {"No one was hurt", "Mei Tan", PER, 0, NULL},
        /* "according to him", "according to her": the object's form of the pronoun */
        {"the roads stay open", "Mei Tan", PRO, 0, NULL},
        {"Both sides agreed", "Foreign Ministry", ORG, 0, NULL},
        {"not a playground", "Jo Park", PER, 0, NULL},
        {"The visit is postponed", "Swiss Foreign Ministry", TTL, 0, NULL},
        {"We stand by every word", "Swiss Foreign Ministry", ORG, 0, NULL},
        /* the document's issuer after the verb's participle, before the verb */
        {"The region is a zone", "Dravenian foreign ministry", ORG, 0, NULL},
        {"baseless.", "Tarsian embassy", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* ---- typography ------------------------------------------------------------------------ */

static void split_quote_is_one_statement(void **state)
{
    (void)state;
    static const char text[] =
        "General Ana Ruiz spoke at the base. \xE2\x80\x9CWe will respond,\xE2\x80\x9D she "
        "said, \xE2\x80\x9Cwith force.\xE2\x80\x9D\n\n"
        "\"It is a warning,\" Ruiz said, looking at the map, \"and the last one.\"\n";
    static const want_t want[] = {
        {"We will respond,", "Ana Ruiz", PRO, SPLIT, "with force."},
        {"It is a warning,", "Ana Ruiz", PER, SPLIT, "and the last one."},
    };
    CHECK(text, want);
}

/* The verb of a relative clause in the attribution ("who spoke on condition of anonymity",
 * "who asked not to be named") is not a second reporting verb: the quotation is still split
 * by one attribution. */
static void split_quote_around_a_relative_clause(void **state)
{
    (void)state;
    static const char text[] =
        "Envoy Pavel Orlov met the press. \"We are ready to talk,\" Orlov, who spoke on "
        "condition of anonymity, said, \"but not under threats.\"\n\n"
        "\xE2\x80\x9CThe door is open,\xE2\x80\x9D a senior official, who asked not to be "
        "named, told reporters, \xE2\x80\x9C" "for now.\xE2\x80\x9D\n\n"
        "\"We will wait,\" Orlov said, and he added that talks were over. \"Nothing more.\"\n";
    static const want_t want[] = {
        {"We are ready to talk,", "Pavel Orlov", PER, SPLIT, "but not under threats."},
        {"The door is open,", "senior official", TTL, SPLIT, "for now."},
        {"We will wait,", "Pavel Orlov", PER, 0, NULL},
        {"Nothing more.", "Pavel Orlov", NON, 0, NULL},
    };
    CHECK(text, want);
}

static void stray_mark_in_one_line_per_paragraph(void **state)
{
    (void)state;
    static const char text[] =
        "Officials met in Geneva on Monday.\n"
        "One delegate said the mood was \"tense.\n"
        "Envoy Clara Holm said later: \xE2\x80\x9CWe made progress.\xE2\x80\x9D\n"
        "\xE2\x80\x9CTalks resume tomorrow,\xE2\x80\x9D she added.\n";
    static const want_t want[] = {
        {"tense.", "delegate", TTL, UNCL, NULL},
        {"We made progress", "Clara Holm", PER, 0, NULL},
        {"Talks resume tomorrow", "Clara Holm", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A straight mark left open: the next straight mark where a quotation opens (after a space,
 * before a word) is no closer. The open quotation ends with its first sentence, unclosed,
 * and the narration after it is not speech. */
static void unclosed_straight_quote_before_another(void **state)
{
    (void)state;
    static const char text[] =
        "Dmitry Peskov said \"we will respond with force. The talks continue next week, "
        "officials said. Sergei Lavrov said \"we are ready for dialogue.\"\n";
    static const want_t want[] = {
        {"we will respond with force.", "Dmitry Peskov", PER, UNCL, NULL},
        {"we are ready for dialogue.", "Sergei Lavrov", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void elisions_and_possessives(void **state)
{
    (void)state;
    static const char text[] =
        "Rock \xE2\x80\x98n\xE2\x80\x99 roll diplomacy of the \xE2\x80\x98" "90s is back, "
        "Minister Omar Farouk said.\n\n"
        "Farouk called the move \xE2\x80\x98" "a snub to the ministers\xE2\x80\x99 summit and to "
        "the talks\xE2\x80\x99.\n";
    static const want_t want[] = {
        {"a snub to the ministers\xE2\x80\x99 summit and to the talks", "Omar Farouk", PER, 0,
         NULL},
    };
    CHECK(text, want);
}

/* Copy-edited text mixes marks: a quotation opened with a straight " and closed with a curly
 * ” is one quotation, closed, and goes on the speaker of the one before it. */
static void straight_mark_closed_by_curly(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9C" "Both nations are one family,\xE2\x80\x9D said Ana Ruiz. \"It is wrong to "
        "keep them apart. We came to open a new road.\xE2\x80\x9D" " The talks lasted two hours.\n";
    static const want_t want[] = {
        {"Both nations are one family,", "Ana Ruiz", PER, 0, NULL},
        {"It is wrong to keep them apart. We came to open a new road.", "Ana Ruiz", NON, 0,
         NULL},
    };
    CHECK(text, want);
}

/* The other way round: a curly “ closed by a straight ", when no ” follows in the paragraph,
 * is closed there, and the speaker after it is found. A straight pair inside a curly quote
 * stays a nested quote. */
static void curly_mark_closed_by_straight(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CIf they go on like this, we will take steps of our own,\" Ana Ruiz "
        "said.\n\n"
        "\xE2\x80\x9CThey called it \"a plan\" but it is a trap,\xE2\x80\x9D Ruiz added.\n";
    static const want_t want[] = {
        {"If they go on like this, we will take steps of our own,", "Ana Ruiz", PER, 0, NULL},
        {"They called it \"a plan\" but it is a trap,", "Ana Ruiz", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* And when a ” does follow in the paragraph: copy that opens with “ and closes with ", then
 * opens the next piece with " and closes it with ”, is two quotations with the speaker between
 * them. A straight mark standing as a closer, with no straight mark opened before it inside
 * the quotation, can close nothing but the quotation itself. Found blind on MA (an agency's
 * copy of a leader's threat: the whole paragraph was one quotation and had no speaker). */
static void curly_closed_by_straight_before_a_curly_closer(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CTheir build-up binds nobody,\" Ana Ruiz said Monday. \"When the day comes, "
        "we will act.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CThey call it \"a plan\" and a \"shield,\" but it is a trap,\xE2\x80\x9D Ruiz "
        "added.\n";
    static const want_t want[] = {
        {"Their build-up binds nobody,", "Ana Ruiz", PER, 0, NULL},
        {"When the day comes, we will act.", "Ana Ruiz", NON, 0, NULL},
        {"They call it \"a plan\" and a \"shield,\" but it is a trap,", "Ana Ruiz", PER, 0,
         NULL},
    };
    CHECK(text, want);
}

/* A person may hold two titles: a party's chair who is also a member of parliament is "MP
 * Lanz" in one paragraph and "the ruling party chair" in the next, and the later title does
 * not make the earlier one someone else's. */
static void a_person_keeps_an_earlier_title(void **state)
{
    (void)state;
    static const char text[] =
        "Unity Front chair Viktor Lanz has lashed out at the EU envoy over his remarks.\n\n"
        "In an interview, MP Lanz argued that the remarks were \"not fair or balanced\".\n\n"
        "The ruling party chair also criticized President Irma Tesh, who said she disagreed.\n\n"
        "\"The President is not the Parliament,\" he remarked.\n";
    static const want_t want[] = {
        {"not fair or balanced", "Viktor Lanz", PER, 0, NULL},
        {"The President is not", "Viktor Lanz", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* Journalists vary the title: the foreign minister is "the top diplomat", "the chief
 * diplomat" or "the FM" in the next paragraph, the prime minister "the premier" or "the head
 * of the government", the president "the head of state", whoever spoke last "the top
 * government spokesman", and each refers back to the holder. */
static void title_variants_refer_back(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Minister Lena Varga said talks would resume. \xE2\x80\x9CWe are ready,"
        "\xE2\x80\x9D Varga said.\n\n"
        "\xE2\x80\x9CThe door is open,\xE2\x80\x9D Hungary\xE2\x80\x99s top diplomat said.\n\n"
        "The Hungarian FM stressed that the deal was \xE2\x80\x9C" "a first step.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe will keep going,\xE2\x80\x9D the chief diplomat added.\n";
    static const want_t want[] = {
        {"We are ready,", "Lena Varga", PER, 0, NULL},
        {"The door is open,", "Lena Varga", TTL, 0, NULL},
        {"a first step.", "Lena Varga", TTL, 0, NULL},
        {"We will keep going,", "Lena Varga", TTL, 0, NULL},
    };
    CHECK(text, want);
    /* "the premier" is the prime minister (found on a blind set of real news, AR) */
    static const char premier[] =
        "Prime Minister Mira Dahl said the two countries agreed on a shared vision.\n\n"
        "The premier said, \xE2\x80\x9CWe agreed to work with each other.\xE2\x80\x9D\n";
    static const want_t want_premier[] = {
        {"We agreed to work", "Mira Dahl", TTL, 0, NULL},
    };
    CHECK(premier, want_premier);
    /* "the head of the Tarsian government" is its prime minister, "the head of the Vantan
     * state" its president (found on blind sets of real news, AQ and BF) */
    static const char head[] =
        "The border stays shut, Prime Minister Ali Zeman said on Sunday.\n\n"
        "\xE2\x80\x9CWe have freely decided to keep it closed,\xE2\x80\x9D the head of the "
        "Tarsian government said.\n\n"
        "Vantan President Maia Soren warned that Ostria seeks to interfere.\n\n"
        "The head of the Vantan state stated that Ostria is preparing an "
        "\xE2\x80\x9Cunprecedented interference\xE2\x80\x9D in the vote.\n";
    static const want_t want_head[] = {
        {"We have freely decided", "Ali Zeman", TTL, 0, NULL},
        {"unprecedented interference", "Maia Soren", TTL, 0, NULL},
    };
    CHECK(head, want_head);
    /* "the top government spokesman" for the chief cabinet secretary named before: "top"
     * makes an epithet (found on blind sets of real news, AZ and BD) */
    static const char top[] =
        "The intrusion \xE2\x80\x9Cviolates international law,\xE2\x80\x9D Chief Cabinet "
        "Secretary Ken Arata told a press conference.\n\n"
        "\xE2\x80\x9CIt is truly regrettable,\xE2\x80\x9D the top Ostrian government spokesman "
        "said.\n";
    static const want_t want_top[] = {
        {"violates international law,", "Ken Arata", PER, 0, NULL},
        {"It is truly regrettable,", "Ken Arata", TTL, 0, NULL},
    };
    CHECK(top, want_top);
}

/* A rank of birth after an office ("Foreign Minister Prince Samir Haddad") is an honorific:
 * the office is the role, and "Prince Samir" later does not take it away, so "the FM"
 * still finds him. */
static void rank_after_an_office(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Minister Prince Samir bin Haddad said the talks went well.\n\n"
        "Prince Samir said in an interview that he would travel soon.\n\n"
        "The Jordanian FM stressed that the deal was \xE2\x80\x9C" "a first step.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"a first step.", "Samir bin Haddad", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A lead that names the speaker by title only ("the Turkish foreign minister said") and a
 * next paragraph that says "X also added" or "X said": X was that speaker, and the quotations
 * before take the name, since news introduces no one new without saying who they are (the
 * "also" was required until a development passage, "Turkey's foreign minister said" before
 * "Mevlüt Çavuşoğlu told NTV", and a blind set, AU, showed it missing, with no quotation of
 * the 29 blind sets lost). Not for another role or another's spokesman, not for "a senior
 * official". */
static void title_named_later(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe have agreed to meet in Geneva,\xE2\x80\x9D the Turkish foreign minister "
        "said.\n\n"
        "Mert Aydin also added that the dispute can be solved \xE2\x80\x9Cthrough dialogue.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CThere is no other way,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"We have agreed to meet in Geneva,", "Mert Aydin", TTL, 0, NULL},
        {"through dialogue.", "Mert Aydin", PER, 0, NULL},
        {"There is no other way,", "Mert Aydin", PRO, 0, NULL},
    };
    CHECK(text, want);
    static const char other_role[] =
        "\xE2\x80\x9CWe have agreed to meet,\xE2\x80\x9D the foreign minister said.\n\n"
        "Defence Minister Ana Ruiz also said the drills were \xE2\x80\x9Cover.\xE2\x80\x9D\n";
    static const want_t other_role_want[] = {
        {"We have agreed to meet,", "foreign minister", TTL, 0, NULL},
        {"over.", "Ana Ruiz", PER, 0, NULL},
    };
    CHECK(other_role, other_role_want);
    static const char no_also[] =
        "\xE2\x80\x9CWe have agreed to meet,\xE2\x80\x9D the foreign minister said.\n\n"
        "Ana Ruiz told reporters the drills were \xE2\x80\x9Cover.\xE2\x80\x9D\n";
    static const want_t no_also_want[] = {
        {"We have agreed to meet,", "Ana Ruiz", TTL, 0, NULL},
        {"over.", "Ana Ruiz", PER, 0, NULL},
    };
    CHECK(no_also, no_also_want);
    static const char other_owner[] =
        "\xE2\x80\x9CWe have agreed to meet,\xE2\x80\x9D Hara\xE2\x80\x99s spokesman said.\n\n"
        "Orlov\xE2\x80\x99s spokesman Ivan Petrov also said the drills were "
        "\xE2\x80\x9Cover.\xE2\x80\x9D\n";
    static const want_t other_owner_want[] = {
        {"We have agreed to meet,", "Hara\xE2\x80\x99s spokesman", TTL, 0, NULL},
        {"over.", "Ivan Petrov", PER, 0, NULL},
    };
    CHECK(other_owner, other_owner_want);
    static const char unnamed[] =
        "\xE2\x80\x9CWe have agreed to meet,\xE2\x80\x9D a senior official said.\n\n"
        "Ana Ruiz also said the drills were \xE2\x80\x9Cover.\xE2\x80\x9D\n";
    static const want_t unnamed_want[] = {
        {"We have agreed to meet,", "senior official", TTL, 0, NULL},
        {"over.", "Ana Ruiz", PER, 0, NULL},
    };
    CHECK(unnamed, unnamed_want);
}

/* Unnamed sources: a number word or quantifier before a plural of people is a group, never a
 * person named "Three"; "a negotiator close to the talks" is one unnamed person, whatever
 * describes him after the head ("familiar with", "close to", "briefed on"). */
static void unnamed_sources_are_no_names(void **state)
{
    (void)state;
    static const char text[] =
        "Three people briefed on the negotiations said the terms were \xE2\x80\x9C"
        "fair.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe are nowhere near a deal,\xE2\x80\x9D a negotiator close to the talks said.\n\n"
        "A person familiar with the plan said it was \xE2\x80\x9C"
        "dead.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"fair.", "Three people briefed on the negotiations", TTL, 0, NULL},
        {"We are nowhere near a deal,", "negotiator close to the talks", TTL, 0, NULL},
        {"dead.", "person familiar with the plan", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* Wire copy: "X quoted Y as saying" reports Y's words, not X's; and "the UN chief" is the
 * Secretary-General named before. */
static void quoted_as_saying_and_un_chief(void **state)
{
    (void)state;
    static const char text[] =
        "The daily Nova Gazeta quoted Foreign Minister Ivo Markov as saying the border was "
        "\xE2\x80\x9Cour territory\xE2\x80\x9D on Saturday.\n\n"
        "United Nations Secretary-General Amina Bello urged talks.\n\n"
        "\xE2\x80\x9CI call on all sides to stop,\xE2\x80\x9D the UN chief said.\n\n"
        "\xE2\x80\x9CNow,\xE2\x80\x9D the U.N. chief added.\n";
    static const want_t want[] = {
        {"our territory", "Ivo Markov", PER, 0, NULL},
        {"I call on all sides to stop,", "Amina Bello", TTL, 0, NULL},
        {"Now,", "Amina Bello", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "X appeared to suggest that ..." reports what X said (as "X suggested"), so a quotation
 * standing alone after it is X's; "X wants to say" is an intention and reports nothing. */
static void appeared_to_suggest(void **state)
{
    (void)state;
    static const char text[] =
        "The government has denied the reports.\n\n"
        "On Saturday, Secretary Ruth Kamara appeared to suggest that the envoy had been sent "
        "home.\n\n"
        "\"This affront will not go unanswered.\"\n\n"
        "Minister Ola Berg wants to tell the envoy that she is welcome.\n\n"
        "\"We will answer,\" the statement added.\n";
    static const want_t want[] = {
        {"This affront will not go unanswered.", "Ruth Kamara", NON, 0, NULL},
        {"We will answer,", "Ruth Kamara", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A fragment that completes its reporter's verb ("X rejected as “...” his counterpart's
 * remarks", "Y called it “...”"): the verb's subject said it, not what follows. A quotation
 * reported after ("“...,” Kenya's foreign minister says") still looks after. */
static void quote_completes_the_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Minister Ken Mori rejected as \xE2\x80\x9Ctotally unacceptable\xE2\x80\x9D his "
        "counterpart\xE2\x80\x99s recent public remarks claiming the islands.\n\n"
        "Envoy Sara Lind described it as \xE2\x80\x9C" "a farce\xE2\x80\x9D the minister "
        "staged.\n\n"
        "\xE2\x80\x9CWe are ready,\xE2\x80\x9D Kenya\xE2\x80\x99s trade minister says.\n";
    static const want_t want[] = {
        {"totally unacceptable", "Ken Mori", PER, 0, NULL},
        {"a farce", "Sara Lind", PER, 0, NULL},
        {"We are ready,", "Kenya\xE2\x80\x99s trade minister", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "a response from China, which called on Tokyo to “...”": the one before "which" speaks,
 * even after a preposition, as with "who". */
static void which_after_a_preposition(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Minister Ken Mori spoke in Delhi.\n\n"
        "His remarks drew an angry response from China, which called on Tokyo to "
        "\xE2\x80\x9Cunderstand the sensitivity of the issue\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"understand the sensitivity of the issue", "China", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "Spokesperson X" is "the spokesman" and "the spokeswoman" later; and a quotation followed
 * by "Al Wasat quoted him as saying" is his, not the outlet's. */
static void spokesman_and_quoted_him(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Ministry Spokesperson Omar Sadiq said the moves were watched.\n\n"
        "\xE2\x80\x9CWe are monitoring them carefully,\xE2\x80\x9D the spokesman stressed.\n\n"
        "\xE2\x80\x9CWe reject this,\xE2\x80\x9D Al Wasat quoted him as saying.\n";
    static const want_t want[] = {
        {"We are monitoring them carefully,", "Omar Sadiq", TTL, 0, NULL},
        {"We reject this,", "Omar Sadiq", PRO, 0, NULL},
    };
    CHECK(text, want);
}

static void scare_quoted_terms_are_not_speech(void **state)
{
    (void)state;
    static const char text[] =
        "The \xE2\x80\x9Cspecial military operation\xE2\x80\x9D continues, the report said.\n\n"
        "Fighting went on along the \xE2\x80\x9Cline of contact.\xE2\x80\x9D\n\n"
        "Residents fled the \xE2\x80\x9Cliberated\xE2\x80\x9D town.\n\n"
        "The raid was code-named \"Operation Night Owl.\"\n\n"
        "She spoke at the \"Peace Through Trade: Lessons & Limits\" forum.\n\n"
        "Minister Lea Roth called the raid \xE2\x80\x9C" "a provocation\xE2\x80\x9D and the "
        "town \xE2\x80\x9C" "a ruin.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"special military operation", "", NON, TERM, NULL},
        {"line of contact.", "", NON, TERM, NULL},
        {"liberated", "", NON, TERM, NULL},
        {"Operation Night Owl.", "", NON, TERM, NULL},
        {"Peace Through Trade", "", NON, TERM, NULL},
        {"a provocation", "Lea Roth", PER, 0, NULL},
        {"a ruin.", "Lea Roth", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void closing_mark_used_to_open(void **state)
{
    (void)state;
    static const char text[] =
        "The ministry said Cairo \xE2\x80\x9Dmust stop its threats\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"must stop its threats", "ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}


static void it_is_the_organization_that_spoke(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThe border stays closed,\xE2\x80\x9D the Kenyan ministry said.\n\n"
        "The pact was signed by Uganda, Kenya and Tanzania last year, it added.\n\n"
        "Nairobi, in its view, \xE2\x80\x9D" "cannot be bullied\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"The border stays closed", "Kenyan ministry", ORG, 0, NULL},
        {"cannot be bullied", "Kenyan ministry", NON, 0, NULL},
    };
    CHECK(text, want);
}

static void verbs_that_report_nothing(void **state)
{
    (void)state;
    static const char text[] =
        "Havana charged that Governor Luis Prado continues to \xE2\x80\x9C" "block every "
        "talk\xE2\x80\x9D with the island.\n\n"
        "Senator Mia Adams described the pledge as \xE2\x80\x9C" "a public relations stunt,"
        "\xE2\x80\x9D saying that the facts \xE2\x80\x9Ctell another story.\xE2\x80\x9D\n\n"
        "A diplomat said the envoy was summoned over the \xE2\x80\x98reckless and false"
        "\xE2\x80\x99 remarks from the palace.\n";
    static const want_t want[] = {
        {"block every talk", "Havana", ORG, 0, NULL},
        {"a public relations stunt", "Mia Adams", PER, 0, NULL},
        {"tell another story", "Mia Adams", PER, 0, NULL},
        {"reckless and false", "diplomat", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void names_joined_after_a_preposition(void **state)
{
    (void)state;
    static const char text[] =
        "Wang attended a forum run by the Institute for Trade and Development on Monday.\n\n"
        "\xE2\x80\x9CTariffs help nobody,\xE2\x80\x9D he said.\n\n"
        "The plan calls for a joint office for the \xE2\x80\x9C" "Balkan partners\xE2\x80\x9D "
        "of the union.\n";
    static const want_t want[] = {
        {"Tariffs help nobody", "Wang", PRO, 0, NULL},
        {"Balkan partners", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}


static void quoted_terms_before_their_noun(void **state)
{
    (void)state;
    static const char text[] =
        "Ministry slams Oslo over \xE2\x80\x98" "border question\xE2\x80\x99 pledge\n\n"
        "Envoy Kari Dahl said Oslo had staged \xE2\x80\x9C" "false alarm\xE2\x80\x9D drills and "
        "kept its \xE2\x80\x9Ctwo zones\xE2\x80\x9D policy and \xE2\x80\x9Cshared waters."
        "\xE2\x80\x9D\n\n"
        "Dahl called the drills \xE2\x80\x9Creckless\xE2\x80\x9D and said they \xE2\x80\x9C"
        "must end now\xE2\x80\x9D before talks.\n\n"
        "Dahl said the two leaders had a \xE2\x80\x9Cvery respectful\xE2\x80\x9D call.\n\n"
        "Diplomats said a \"security guarantee\" framework was possible and the \xE2\x80\x9C"
        "buffer zone\xE2\x80\x9D plan for the coast would follow.\n";
    static const want_t want[] = {
        {"border question", "", NON, TERM, NULL},
        {"false alarm", "", NON, TERM, NULL},
        {"two zones", "", NON, TERM, NULL},
        {"shared waters.", "", NON, TERM, NULL},
        {"reckless", "Kari Dahl", PER, 0, NULL},
        {"must end now", "Kari Dahl", PER, 0, NULL},
        {"very respectful", "Kari Dahl", PER, 0, NULL},
        /* the phrase a term begins may be a verb's subject or take a preposition */
        {"security guarantee", "", NON, TERM, NULL},
        {"buffer zone", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}

/* Four patterns of wire copy: a given name that is also a preposition elsewhere (Per), a
 * company named by its trade ("Motors", "Telecom") that "it" refers back to, a quotation
 * after "according to" (reported, not a term), and what someone calls a thing, in the
 * present (a name for it, no words reported; in the past it reports them, as "what she
 * termed" does). */
static void wire_copy_names_companies_and_labels(void **state)
{
    (void)state;
    static const char text[] =
        "\"Voters care about the mines,\" said Per Strand, a political scientist.\n\n"
        "Halberg Motors announced the closure on Monday. It said it would offer \"retraining "
        "or relocation\" to all workers.\n\n"
        "According to Strand, the region is short of \"at least 3,000 trained miners\", a "
        "figure the union disputes.\n\n"
        "Talks broke down over what the union calls \"zero-hour\" contracts and what "
        "negotiators call the \"river formula\". The union condemned what it called a \"cynical "
        "move\".\n\n"
        "Minister Ruth Kell cancelled her visit over what she termed \"unacceptable\" remarks. "
        "A plan termed \"shared waters\" was shelved.\n";
    static const want_t want[] = {
        {"Voters care about the mines", "Per Strand", PER, 0, NULL},
        {"retraining or relocation", "Halberg Motors", PRO, 0, NULL},
        {"at least 3,000 trained miners", "Per Strand", PER, 0, NULL},
        {"zero-hour", "", NON, TERM, NULL},
        {"river formula", "", NON, TERM, NULL},
        {"cynical move", "union", PRO, 0, NULL},
        /* "what she termed" reports her word as "what she called" does; "termed" with no
         * one doing the naming names a thing */
        {"unacceptable", "Ruth Kell", PRO, 0, NULL},
        {"shared waters", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}

/* A clause quoted after "that" ("a mirror that “reflects the agony of the system”") is
 * someone's words, not a term, though it stands where a noun could; "that “reset”" names a
 * thing. */
static void clause_after_that_is_speech(void **state)
{
    (void)state;
    static const char text[] =
        "Ambassador Lin Vos spoke after the vote.\n\n"
        "The resolution is a mirror that \"reflects the agony of diplomacy\" and \"shows why "
        "the occupier goes on\", he said.\n\n"
        "Few now remember that \"reset\".\n";
    static const want_t want[] = {
        {"reflects the agony", "Lin Vos", PRO, 0, NULL},
        {"shows why the occupier", "Lin Vos", PRO, 0, NULL},
        {"reset", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}

/* A briefing transcript: the questions are asked by someone unnamed, not by the spokeswoman
 * who answered the one before. */
static void transcript_questions_have_no_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Spokeswoman Lidia Marsh took questions on Monday.\n\n"
        "Question: \"Are you ruling out an extension?\"\n\n"
        "Marsh: \"I am not ruling anything in or out.\"\n\n"
        "Q: \"Does the ban break the pact?\"\n\n"
        "Marsh: \"The pact allows it.\"\n";
    static const want_t want[] = {
        {"Are you ruling out", "", NON, 0, NULL},
        {"I am not ruling", "Lidia Marsh", PER, 0, NULL},
        {"Does the ban", "", NON, 0, NULL},
        {"The pact allows it", "Lidia Marsh", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A name set off by commas after an owned title that opens the sentence ("Tarn's prime
 * minister, Viktor Lanz, was more restrained") opens it as a subject would: the "he" that
 * follows is his, not the last speaker's. */
static void named_after_an_owned_title_takes_the_pronoun(void **state)
{
    (void)state;
    static const char text[] =
        "\"Today the river is a bridge,\" President Amira Sadik said.\n\n"
        "Tarn's prime minister, Viktor Lanz, was more restrained. \"It is a good agreement,\" "
        "he said.\n";
    static const want_t want[] = {
        {"Today the river", "Amira Sadik", PER, 0, NULL},
        {"It is a good agreement", "Viktor Lanz", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A quotation that is its own sentence, named by the sentence after it: the report told
 * after the words, as features do ("That was how X described it", "The admission came on
 * Tuesday from X", "That was the verdict of X"), not the last speaker's. */
static void speaker_named_in_the_next_sentence(void **state)
{
    (void)state;
    static const char text[] =
        "Minister Ana Costa spoke on Monday. \"We will win,\" Costa said.\n\n"
        "\"We found pieces of it in the schoolyard.\" That was how Elena Duca, the mayor, "
        "described the drone.\n\n"
        "\"The drone was ours.\" The admission came on Tuesday from Valeri Orlik, the defence "
        "minister.\n\n"
        "\"Nothing will stop us.\" The hall fell silent.\n\n"
        "SFANTA, Lanesia, April 7 (Wire) \xE2\x80\x94 \"The water is rising.\" That was how "
        "Mira Holt, the harbour master, put it.\n";
    static const want_t want[] = {
        {"We will win", "Ana Costa", PER, 0, NULL},
        {"We found pieces", "Elena Duca", PER, 0, NULL}, /* named there: the mention */
        {"The drone was ours", "Valeri Orlik", PER, 0, NULL},
        {"Nothing will stop us", "Valeri Orlik", NON, 0, NULL},
        {"The water is rising", "Mira Holt", PER, 0, NULL}, /* after a dateline */
    };
    CHECK(text, want);

    /* a period inside the marks, then a bare attribution as its own sentence: "X tweeted.",
     * "X, foreign minister of Y, said, according to the AP." (found on a blind set of real
     * roundups, AI); an attribution that goes on ("X said the party would ...") is not bare */
    static const char bare[] =
        "\xE2\x80\x9CI never heard a bolder speech.\xE2\x80\x9D Ostrian Prime Minister Yoav "
        "Stern tweeted. Quill called the deal an \xE2\x80\x9C" "embarrassment.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9DThis was a bombastic speech.\xE2\x80\x9D Mara Lind, foreign minister of "
        "Vanta, said on Tuesday, according to the AP.\n\n"
        "\xE2\x80\x9CWe will fight on.\xE2\x80\x9D Lind said the party would meet again.\n";
    static const want_t want_bare[] = {
        {"I never heard", "Yoav Stern", PER, 0, NULL},
        {"embarrassment.", "Quill", PER, 0, NULL},
        {"This was a bombastic", "Mara Lind", PER, 0, NULL},
        {"We will fight on.", "Mara Lind", NON, 0, NULL}, /* the last speaker keeps the floor */
    };
    CHECK(bare, want_bare);
}

/* A statement quoted from its verb on, with no verb outside the marks: "The chancellor
 * “stressed the value of ...”": the subject right before the quotation said it. A quote that
 * opens with a verb not of speech ("“ran out of time”") is no such statement. */
static void quoted_from_its_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Chancellor Anna Vogt met her Polish counterpart on Tuesday.\n\n"
        "The chancellor \xE2\x80\x9C" "emphasized the importance of close cooperation on the "
        "border,\xE2\x80\x9D according to a readout.\n\n"
        "Foreign Minister Jan Nowak \xE2\x80\x9Cwelcomed the proposal and thanked Berlin for "
        "its patience.\xE2\x80\x9D\n\n"
        "The talks \xE2\x80\x9Cran out of time\xE2\x80\x9D before the two sides could agree.\n\n"
        "In a statement released after the meeting, the Tarsian Foreign Ministry \xE2\x80\x9C"
        "notes with regret the inaccurate claims in the press.\xE2\x80\x9D\n\n"
        "Vanta:\n\n"
        "The Vantan Ministry of Information \xE2\x80\x9Cstrongly condemns the attacks on "
        "civilians.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"emphasized the importance", "Anna Vogt", TTL, 0, NULL},
        {"welcomed the proposal", "Jan Nowak", PER, 0, NULL},
        /* (not the talks': the words go on from the minister quoted just before, as real
         * news quotes a speaker's words in the sentence after: unattributed_words_go_on_...) */
        {"ran out of time", "Jan Nowak", NON, 0, NULL},
        {"notes with regret", "Tarsian Foreign Ministry", ORG, 0, NULL}, /* a statement's present */
        /* an adverb before the verb, under a roundup's heading (BZ) */
        {"strongly condemns", "Vantan Ministry of Information", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* Plain-text wire copy: lines wrapped at 72 columns, each paragraph's first line indented,
 * no blank line. A wrapped line that opens with a capital ("Beijing and Manila") is not a new
 * paragraph there (a blind review lost half a quotation and its speaker to it); the indented
 * lines are. */
static void hard_wrapped_copy_with_indented_paragraphs(void **state)
{
    (void)state;
    static const char text[] =
        "    JAKARTA, May 2 (Wire) - Foreign Minister Sari Wahyuni offered on\n"
        "Friday to host the next round of maritime talks in the capital.\n"
        "    \"We are ready to host the next round in Jakarta, and we invite\n"
        "Beijing and Manila to come without preconditions,\" Wahyuni told\n"
        "reporters after the meeting.\n"
        "    Vietnam's deputy minister, Tran Van Minh, said Hanoi would\n"
        "\"defend every inch of its waters\" but welcomed the offer.\n";
    static const want_t want[] = {
        {"We are ready to host the next round in Jakarta, and we invite\nBeijing", "Sari Wahyuni",
         PER, 0, NULL},
        {"defend every inch", "Tran Van Minh", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A dateline opens the story and names no one: "DUNMERE, March 21 — Marovia's government
 * spokeswoman ..., saying ... “...”" is not DUNMERE's (a blind review's case); a paragraph that
 * opens with a name and a dash in apposition keeps its speaker. */
static void a_dateline_is_no_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "DUNMERE, March 21 \xE2\x80\x94 Marovia's government spokeswoman Ana Selt on Thursday "
        "played down the threat, saying the city still hoped to settle it \xE2\x80\x9C" "around "
        "the table, as neighbours do.\xE2\x80\x9D\n\n"
        "ISTRA, March 20 (INA) -- The ministry's spokesman, Ivo Brand, was blunt, calling the "
        "sanctions \xE2\x80\x9C" "a flagrant act of coercion.\xE2\x80\x9D\n\n"
        "Foreign Minister Lena Horvat \xE2\x80\x94 a veteran of the talks \xE2\x80\x94 said the "
        "offer was \xE2\x80\x9C" "serious and welcome.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"around the table", "Ana Selt", PER, 0, NULL},
        {"a flagrant act", "Ivo Brand", PER, 0, NULL},
        {"serious and welcome", "Lena Horvat", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A company or agency named in full and then by its first word ("Brightwave Telecom" ...
 * "Brightwave said") is the same organization, so "it said" after it is that organization's,
 * not the one that opened the story. */
static void an_organization_by_its_first_word(void **state)
{
    (void)state;
    static const char text[] =
        "The Arden Communications Authority fined Brightwave Telecom 14 million crowns on "
        "Wednesday.\n\n"
        "\xE2\x80\x9C" "Consumers were misled,\xE2\x80\x9D the authority's chair, Miriam Okafor, "
        "said.\n\n"
        "Brightwave said it would appeal. In a statement, it said the fine was "
        "\xE2\x80\x9C" "disproportionate and legally flawed.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Consumers were misled", "Miriam Okafor", PER, 0, NULL},
        {"disproportionate and legally flawed", "Brightwave Telecom", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* An epithet with an age ("the 64-year-old diplomat", "the 58-year-old economist") is how a
 * newspaper names again the person it has just described, not a new person: the one who
 * opened the sentence before. */
static void an_age_epithet_refers_back(void **state)
{
    (void)state;
    static const char text[] =
        "Energy Minister Pavel Rusk left early.\n\n"
        "Sergei Valant, who negotiated the original agreement in 2006, sounded far less "
        "combative. \xE2\x80\x9CNobody wants a family to be cold this winter,\xE2\x80\x9D the "
        "64-year-old diplomat said in a telephone interview.\n\n"
        "The measures were announced by Trade Minister Lev Ostrov. Mr. Ostrov said the "
        "restrictions were overdue. \xE2\x80\x9CWe raised this politely eleven times,\xE2\x80\x9D "
        "the 58-year-old economist told reporters.\n";
    static const want_t want[] = {
        {"Nobody wants a family", "Sergei Valant", TTL, 0, NULL},
        {"We raised this politely", "Lev Ostrov", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A lead that names the speaker by title only ("Dravenia's defence minister warned ...") and a
 * later paragraph that names the holder of that title ("Defence Minister Katya Rosh"): the
 * quotations given the title are the named person's. Another title is not ("Foreign Minister
 * Ivo Dan" is not the defence minister). */
static void a_title_named_later(void **state)
{
    (void)state;
    static const char text[] =
        "HALVIK, March 15 \xE2\x80\x94 Dravenia's defence minister warned on Friday that the "
        "armed forces would \xE2\x80\x9Crespond decisively\xE2\x80\x9D to any violation.\n\n"
        "\xE2\x80\x9COur pilots are on alert,\xE2\x80\x9D the minister told officers.\n\n"
        "Foreign Minister Ivo Dan said the talks would go on. \xE2\x80\x9CWe remain open,"
        "\xE2\x80\x9D Dan said.\n\n"
        "Solmere's Defence Minister Mikael Strand said the drills were \xE2\x80\x9Croutine"
        "\xE2\x80\x9D and planned long ago.\n\n"
        "Defence Minister Katya Rosh later told reporters that Dravenia had \xE2\x80\x9Cno "
        "interest in a confrontation.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"respond decisively", "Katya Rosh", TTL, 0, NULL},
        {"Our pilots are on alert", "Katya Rosh", TTL, 0, NULL},
        {"We remain open", "Ivo Dan", PER, 0, NULL},
        {"routine", "Mikael Strand", PER, 0, NULL},
        {"no interest in a confrontation", "Katya Rosh", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "a ministry spokeswoman said ...", then "The spokeswoman, Miho Tana, said ...": a title
 * given a name in apposition with "the" names the one who held it unnamed, though "a" had
 * introduced her and the lead is past; so does "X made the remarks" after "the foreign
 * minister said". */
static void the_title_named_in_apposition(void **state)
{
    (void)state;
    static const char text[] =
        "Beijing protested on Monday.\n\n"
        "Manila said its vessels were in its own waters.\n\n"
        "At a briefing, a ministry spokeswoman said Tokyo opposed \xE2\x80\x9C" "any unilateral "
        "attempt to change the status quo.\xE2\x80\x9D\n\n"
        "The spokeswoman, Miho Tana, said Japan would \xE2\x80\x9C" "continue close "
        "communication with both sides.\xE2\x80\x9D\n\n"
        "In Kyiv, Ukraine is ready for another exchange \xE2\x80\x9C" "at any time and in any "
        "format,\xE2\x80\x9D the country's foreign minister said on Thursday.\n\n"
        "Andrii Sybko made the remarks after meeting the ICRC president.\n";
    static const want_t want[] = {
        {"any unilateral attempt", "Miho Tana", TTL, 0, NULL},
        {"continue close communication", "Miho Tana", PER, 0, NULL},
        {"at any time and in any format", "Andrii Sybko", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* Briefing transcripts: turns without quotation marks. The words after a speaker's label up to
 * the next label are that speaker's (a turn may run over paragraphs, and a quotation inside it
 * is part of it); "A:" is the last one who answered; a question is its reporter's when the
 * label names one, nobody's otherwise; the title before a name is left out. */
static void transcript_turns_are_statements(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Ministry Spokesperson's Regular Press Conference on March 11\n\n"
        "Spokesperson Mira Tolvane: The foreign minister will visit Borvania next week.\n\n"
        "Q: The coast guard seized two boats on Sunday. What is your response?\n\n"
        "A: We have lodged solemn representations. As our minister put it, \xE2\x80\x9Cthe sea "
        "is not a battlefield.\xE2\x80\x9D\n\n"
        "We demand that the crews be released at once.\n\n"
        "Lena Moravec (Rovenna Post):\n"
        "Is the hotline still working?\n\n"
        "Senior Colonel Daran Voss:\n"
        "The hotline is functioning, and we hope to keep it open.\n\n"
        "Question (Nadia Kell, State Television): When will the crossing open?\n\n"
        "Mira Tolvane: On the first of April.\n\n"
        "Host: Thank you. Is the border calm now?\n\n"
        "Mira Tolvane: It is calm.\n\n"
        "Moderator: One last question, please.\n";
    static const want_t want[] = {
        {"The foreign minister will visit", "Mira Tolvane", PER, STANCE_QUOTE_TURN, NULL},
        {"The coast guard seized", "", NON, STANCE_QUOTE_TURN, NULL},
        {"We have lodged solemn representations. As our minister put it, \xE2\x80\x9Cthe sea",
         "Mira Tolvane", PRO, STANCE_QUOTE_TURN, NULL},
        {"the sea is not a battlefield.", "", NON, 0, NULL}, /* inside the turn, nobody's */
        {"Is the hotline still working?", "Lena Moravec", PER, STANCE_QUOTE_TURN, NULL},
        {"The hotline is functioning", "Daran Voss", PER, STANCE_QUOTE_TURN, NULL},
        {"When will the crossing open?", "Nadia Kell", PER, STANCE_QUOTE_TURN, NULL},
        {"On the first of April.", "Mira Tolvane", PER, STANCE_QUOTE_TURN, NULL},
        /* a broadcast's host and a briefing's moderator ask, as an interviewer does */
        {"Thank you. Is the border calm now?", "", NON, STANCE_QUOTE_TURN, NULL},
        {"It is calm.", "Mira Tolvane", PER, STANCE_QUOTE_TURN, NULL},
        {"One last question, please.", "", NON, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(text, want);
}

/* A transcript service's labels carry a time stamp ("Matthew Miller (00:07):"): the colon
 * inside the parentheses is the time's, the name is the speaker's, and a stamp is no outlet
 * (the label is not a reporter's). */
static void transcript_labels_with_time_stamps(void **state)
{
    (void)state;
    static const char text[] =
        "Matthew Miller (00:07):\n\nStrange. It is like half the crowd.\n\n"
        "Matt (00:14):\n\nYou were the main show.\n\n"
        "Matthew Miller (00:18):\n\nRussia continues to use food as a weapon.\n";
    static const want_t want[] = {
        {"Strange.", "Matthew Miller", PER, STANCE_QUOTE_TURN, NULL},
        {"You were the main show", "Matt", PER, STANCE_QUOTE_TURN, NULL},
        {"Russia continues", "Matthew Miller", PER, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(text, want);
}

/* A ministry's transcript labels a question by the reporter's outlet ("CCTV:", "The Paper:",
 * "Reuters:", "COURIER:"): a question, asked by nobody the text names, and no answerer for a
 * later "A:". */
static void transcript_questions_labeled_by_outlet(void **state)
{
    (void)state;
    static const char text[] =
        "The Paper: Officials in Washington said there was a bigger hacking program. What is "
        "your comment?\n\n"
        "Mao Ning: Speaking of cyber theft, no one will ever surpass the US.\n\n"
        "CCTV: Tomorrow marks an anniversary of the convention. What is your view?\n\n"
        "Reuters: Will the minister travel next week?\n\n"
        "A: We will release information in due course.\n";
    static const want_t want[] = {
        {"Officials in Washington", "", NON, STANCE_QUOTE_TURN, NULL},
        {"Speaking of cyber theft", "Mao Ning", PER, STANCE_QUOTE_TURN, NULL},
        {"Tomorrow marks", "", NON, STANCE_QUOTE_TURN, NULL},
        {"Will the minister travel", "", NON, STANCE_QUOTE_TURN, NULL},
        {"We will release", "Mao Ning", PRO, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(text, want);
    /* a newspaper's word alone as the label ("COURIER:" for the Baltic Courier's interview,
     * found on a blind set of real news, AG: six questions given to a "COURIER") */
    static const char paper[] =
        "Vanta's top diplomat on sanctions\n\n"
        "COURIER: The union is preparing more sanctions. What will be in them?\n\n"
        "KALLO: I will not pre-empt the discussion, but the direction is clear.\n\n"
        "COURIER: Some governments say sanctions are not working.\n\n"
        "KALLO: They are working, slowly.\n";
    static const want_t want_paper[] = {
        {"The union is preparing", "", NON, STANCE_QUOTE_TURN, NULL},
        {"I will not pre-empt", "KALLO", PER, STANCE_QUOTE_TURN, NULL},
        {"Some governments say", "", NON, STANCE_QUOTE_TURN, NULL},
        {"They are working", "KALLO", PER, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(paper, want_paper);
}

/* An excerpt of a briefing inside a story: the story's prose after the last answer is read as
 * prose again (a paragraph with a quotation mark ends the answer); lines that only open with a
 * word and a colon ("Update:") make no transcript. */
static void transcript_excerpt_inside_a_story(void **state)
{
    (void)state;
    static const char text[] =
        "Spokeswoman Lidia Marsh took questions on Monday.\n\n"
        "Question: Are you ruling out an extension?\n\n"
        "Marsh: I am not ruling anything in or out.\n\n"
        "Question: Does the ban break the pact?\n\n"
        "Marsh: The pact allows it.\n\n"
        "Trade Minister Ole Fenwick said his government was \xE2\x80\x9Crunning out of "
        "patience.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Are you ruling out", "", NON, STANCE_QUOTE_TURN, NULL},
        {"I am not ruling", "Marsh", PER, STANCE_QUOTE_TURN, NULL},
        {"Does the ban", "", NON, STANCE_QUOTE_TURN, NULL},
        {"The pact allows it.", "Marsh", PER, STANCE_QUOTE_TURN, NULL},
        {"running out of patience", "Ole Fenwick", PER, 0, NULL},
    };
    CHECK(text, want);
    static const char updates[] =
        "Update: the talks resumed at noon.\n\n"
        "Update: the delegations broke for lunch.\n\n"
        "Update: \xE2\x80\x9CWe are close,\xE2\x80\x9D the envoy Anna Berg said.\n";
    static const want_t none[] = {
        {"We are close", "Anna Berg", PER, 0, NULL},
    };
    check_article("updates", updates, none, 1);
}

/* A person introduced after a preposition with a clause that says who they are ("For Hanna
 * Vos, who directs the security programme, ...") is someone the next "she said" can mean; a
 * name after a preposition alone ("met with Darius Kell") is not. */
static void introduced_after_a_preposition(void **state)
{
    (void)state;
    static const char text[] =
        "The spokesman, Darius Kell, called the communique \xE2\x80\x9C" "a collection of old "
        "grievances.\xE2\x80\x9D\n\n"
        "For Hanna Vos, who directs the security programme at the Kessel Foundation, the real "
        "test lies elsewhere.\n\n"
        "\xE2\x80\x9CIt is a structural problem,\xE2\x80\x9D she said.\n";
    static const want_t want[] = {
        {"a collection of old", "Darius Kell", PER, 0, NULL},
        {"It is a structural problem", "Hanna Vos", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A reporting verb under a negation reports nothing: "He did not answer" after a reporter's
 * question does not make the question his. */
static void a_negated_verb_reports_nothing(void **state)
{
    (void)state;
    static const char text[] =
        "Judge Matti Rasanen read the verdict. \"Guilty,\" Rasanen said.\n\n"
        "A reporter shouted to Korhonen: \"Do you have anything to say to the voters?\" He did "
        "not answer.\n";
    static const want_t want[] = {
        {"Guilty", "Matti Rasanen", PER, 0, NULL},
        {"Do you have anything", "", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "Fenwick said his government ...": his is the speaker's, so a later "she" is not Fenwick,
 * even after "Fenwick's remarks" named him last. */
static void his_after_the_verb_gives_the_speaker_a_gender(void **state)
{
    (void)state;
    static const char text[] =
        "Spokeswoman Lidia Marsh spoke first.\n\n"
        "Trade minister Ole Fenwick said his government was \"running out of patience.\"\n\n"
        "Marsh declined to respond to Fenwick's remarks. \"I will leave it to the minister,\" "
        "she said.\n";
    static const want_t want[] = {
        {"running out of patience", "Ole Fenwick", PER, 0, NULL},
        {"I will leave it", "Lidia Marsh", PRO, 0, NULL},
    };
    CHECK(text, want);
}

static void the_official_is_the_last_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Commission President Lena Varga announced new duties on steel on Monday.\n\n"
        "\xE2\x80\x9CWe will answer every tariff,\xE2\x80\x9D Varga said.\n\n"
        "The official stressed that the union \xE2\x80\x9Cwill not be divided.\xE2\x80\x9D\n\n"
        "A senior official in Rome said the duties were \xE2\x80\x9Cmeasured.\xE2\x80\x9D\n\n"
        "The official added: \xE2\x80\x9CWe expected them.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We will answer every tariff", "Lena Varga", PER, 0, NULL},
        {"will not be divided.", "Lena Varga", TTL, 0, NULL},
        {"measured.", "senior official", TTL, 0, NULL},
        {"We expected them.", "senior official", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void however_opens_no_name(void **state)
{
    (void)state;
    static const char text[] =
        "The ruler issued a brief statement on Friday.\n\n"
        "However the country\xE2\x80\x99s foreign minister was more direct, saying that "
        "\xE2\x80\x9Cthe door to talks is open.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"the door to talks is open.", "country\xE2\x80\x99s foreign minister", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* Linking adverbs open sentences as "However" does, and are no more names: "Furthermore,
 * the Kovan leader says" is the leader speaking, not a Mr. Furthermore. A participle before
 * a speech noun ("Making remarks on ..., Arslan said") is no name either. */
static void linking_adverbs_and_participles_open_no_name(void **state)
{
    (void)state;
    static const char text[] =
        "Kovan Prime Minister Tamsin Ravel says the truce has reached a \"decisive stage\".\n\n"
        "Furthermore, the Kovan leader says that the mediators are trying to \xE2\x80\x9C" "find "
        "a way to the next phase\xE2\x80\x9D of the deal.\n\n"
        "Moreover, the prime minister said the talks would \"go on all week\".\n\n"
        "Making remarks on the envoy's letter to his counterpart, Demir Arslan said that they "
        "reject \"the tone of the letter.\"\n\n"
        "\"No one gives orders to our country,\" he said.\n";
    static const want_t want[] = {
        {"decisive stage", "Tamsin Ravel", PER, 0, NULL},
        {"find a way to the next phase", "Tamsin Ravel", TTL, 0, NULL},
        {"go on all week", "Tamsin Ravel", TTL, 0, NULL},
        {"the tone of the letter.", "Demir Arslan", PER, 0, NULL},
        {"No one gives orders to our country", "Demir Arslan", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A verb in a clause that follows the quotation through "that" or "which" is what the
 * quoted words describe, not who said them: "X painted a picture of an invasion that was
 * “so bold, so brazen,” that it threatens the order" is X's. Found on a fresh blind set
 * (BS). */
static void a_clause_after_the_quote_reports_nothing(void **state)
{
    (void)state;
    static const char text[] =
        "The council met on Friday after the vote.\n\n"
        "In the debate, Envoy Lia Moran painted a picture of an invasion that was "
        "\xE2\x80\x9Cso bold, so brazen,\xE2\x80\x9D that it threatens the world order.\n\n"
        "In the draft, which her country had helped write, Moran painted the attack as "
        "\xE2\x80\x9Cso reckless,\xE2\x80\x9D that it threatens every border.\n\n"
        "Moreover, the invasion is \xE2\x80\x9C" "a naked aggression\xE2\x80\x9D that must be "
        "condemned, Ambassador Tom Reyes added.\n";
    static const want_t want[] = {
        {"so bold, so brazen", "Lia Moran", PER, 0, NULL},
        {"so reckless", "Lia Moran", PER, 0, NULL},
        {"a naked aggression", "Tom Reyes", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Foreign Affairs Minister" is a foreign minister, as "Foreign Minister" is: the lead's
 * "Vanta's top diplomat" is her, named in the next sentence, and so is "the Head of the
 * Foreign Ministry"; a home affairs minister is another office. Found on a fresh blind set
 * (BS). */
static void foreign_affairs_is_foreign(void **state)
{
    (void)state;
    static const char text[] =
        "OTTAVA, Dec 23: Vanta\xE2\x80\x99s top diplomat on Saturday said the arrests are a "
        "\xE2\x80\x9Cworrying precedent\xE2\x80\x9D for everyone.\n"
        "Foreign Affairs Minister Lena Moor said the case is \xE2\x80\x9Cnot ours alone.\xE2\x80\x9D\n"
        "The Head of the Foreign Ministry pointed out that allies were under pressure. "
        "\xE2\x80\x9CWe can see this in every vote.\xE2\x80\x9D\n"
        "Vanta\xE2\x80\x99s interior minister said the police were \xE2\x80\x9Con alert.\xE2\x80\x9D\n"
        "Home Affairs Minister Ivo Dal said they would \xE2\x80\x9C" "act at once.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"worrying precedent", "Lena Moor", TTL, 0, NULL},
        {"not ours alone.", "Lena Moor", PER, 0, NULL},
        {"We can see this", "Lena Moor", NON, 0, NULL}, /* the last speaker goes on */
        {"on alert.", "Vanta\xE2\x80\x99s interior minister", TTL, 0, NULL},
        {"act at once.", "Ivo Dal", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A surname that is also a month or a weekday ("May", "August") is the person once the
 * article has named them: "“...,” said May" after "Prime Minister Theresa May". Found on a
 * fresh blind set (BV). */
static void a_surname_that_is_a_month(void **state)
{
    (void)state;
    static const char text[] =
        "Prime Minister Theresa May called it an \xE2\x80\x9C" "appalling attack\xE2\x80\x9D.\n\n"
        "\xE2\x80\x9C" "All our thoughts are with the victims,\xE2\x80\x9D said May.\n\n"
        "\xE2\x80\x9CWe will not be cowed,\xE2\x80\x9D May told reporters.\n\n"
        "The talks resume in May. \xE2\x80\x9CWe are ready,\xE2\x80\x9D said Omar Said.\n";
    static const want_t want[] = {
        {"appalling attack", "Theresa May", PER, 0, NULL},
        {"All our thoughts", "Theresa May", PER, 0, NULL},
        {"We will not be cowed", "Theresa May", PER, 0, NULL},
        {"We are ready", "Omar Said", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A surname that is also a function word ("An", "So", "Do": Chinese, Korean and Vietnamese
 * names) is the person once the article has named them: "“...,” An said" after "spokesman An
 * Fengshan"; "An official said" is still no one's name. Found on fresh news pages (stop 42:
 * the quotation was given no speaker). */
static void a_surname_that_is_a_function_word(void **state)
{
    (void)state;
    static const char text[] =
        "Speaking on Wednesday, office spokesman An Liwen opposed the arms sale.\n\n"
        "\"We oppose any such deal,\" An said.\n\n"
        "\"It cannot succeed,\" said An.\n\n"
        "\"It was a mistake,\" an official said.\n";
    static const want_t want[] = {
        {"We oppose any such deal", "An Liwen", PER, 0, NULL},
        {"It cannot succeed", "An Liwen", PER, 0, NULL},
        {"It was a mistake", "official", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "The European Union’s executive branch vowed": a body's possessive owner keeps every word of
 * its name, as a title's does ("the Israeli Prime Minister's Office"): not "Union’s executive
 * branch", "Ministry’s spokeswoman". Found on fresh news pages (stop 42). */
static void a_bodys_possessive_keeps_its_name(void **state)
{
    (void)state;
    static const char text[] =
        "BRUSSELS - The European Union\xE2\x80\x99s executive branch on Friday vowed to "
        "\xE2\x80\x9Ctake firm action\xE2\x80\x9D against the tariffs.\n\n"
        "The Tarsian Foreign Ministry\xE2\x80\x99s spokeswoman called the move "
        "\xE2\x80\x9C" "a grave mistake.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"take firm action", "European Union\xE2\x80\x99s executive branch", ORG, 0, NULL},
        {"a grave mistake", "Tarsian Foreign Ministry\xE2\x80\x99s spokeswoman", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "The statement after the meeting in the Indonesian capital Jakarta demanded “...”": a place
 * after the kind of place it is ("the capital Jakarta") is read from its preposition, as "in
 * Jakarta" is, and is no subject; a body before it still is ("the embassy in the capital
 * Hanoi said"). Found on fresh news pages (stop 42: Jakarta was given a joint statement). */
static void a_place_after_its_kind_is_no_subject(void **state)
{
    (void)state;
    static const char text[] =
        "The statement after the meeting in the Vantian capital Orsk demanded \xE2\x80\x9C"
        "an immediate end to the violence.\xE2\x80\x9D\n\n"
        "The Danish embassy in the capital Orsk said it was \xE2\x80\x9C" "deeply "
        "concerned.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"an immediate end to the violence", "", NON, 0, NULL},
        {"deeply concerned", "Danish embassy", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "AU Head of Peace and Security Council, Bankole Adeoye, said": a body's name after "of" may
 * hold "and" ("Peace and Security Council"); the title is one, and the name set off after it
 * speaks, not "Security Council". Found on fresh news pages (stop 42). */
static void a_bodys_name_with_and_in_a_title(void **state)
{
    (void)state;
    static const char text[] =
        "Speaking on Sunday, AU Head of Peace and Security Council, Imo Dare, said leaders had "
        "\xE2\x80\x9Cunequivocally\xE2\x80\x9D condemned the coups.\n";
    static const want_t want[] = {
        {"unequivocally", "Imo Dare", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "The three Sahelian presidents said ... “without delay” ... “sovereignly.”": the plural of
 * an office ("presidents", "governors", "commanders") is a group's title, as "ministers" and
 * "leaders" were; the adjective before it is no person "Sahelian". Found on fresh news pages
 * (stop 42). */
static void plural_offices_are_titles(void **state)
{
    (void)state;
    static const char text[] =
        "The three Sahelian presidents said their decision to leave the bloc \"without delay\" "
        "was made \"sovereignly.\"\n\n"
        "The governors said the closure was \"temporary.\"\n";
    static const want_t want[] = {
        {"without delay", "Sahelian presidents", TTL, 0, NULL},
        {"sovereignly.", "Sahelian presidents", TTL, 0, NULL},
        {"temporary.", "governors", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "According to the politician, ...": a politician, like a diplomat or an official, is an
 * epithet for the person named before, whose office was given otherwise ("President Ivo
 * Marek"). Found on fresh news pages (stop 42: the quote went to a court named since). */
static void the_politician_is_an_epithet(void **state)
{
    (void)state;
    static const char text[] =
        "Tarsian President Ivo Marek called the ruling of the Appeals Chamber "
        "\xE2\x80\x9C" "a disgrace.\xE2\x80\x9D\n\n"
        "According to the politician, the court \xE2\x80\x9Cserves foreign "
        "masters.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"a disgrace", "Ivo Marek", PER, 0, NULL},
        {"serves foreign masters", "Ivo Marek", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "“We have to ensure supply, UAE energy minister Suhail Al Mazrouei said on Wednesday.": a
 * quotation left unclosed that ends in its own credit (the closing mark forgotten before the
 * comma) ends at that comma, and the credit names its speaker, not the one who spoke before.
 * A quotation that goes on into the next paragraph, as news quotes run on, is read as before.
 * Found on fresh news pages (stop 42). */
static void an_unclosed_quotation_that_ends_in_its_credit(void **state)
{
    (void)state;
    static const char text[] =
        "\"We will cut output,\" Tarsian Energy Minister Omar Vale said.\n\n"
        "\"We have to ensure supply on the long run, Norland energy minister Ada Lind said on "
        "Wednesday.\n\n"
        "\"The market is calm,\" Vale said. \"We see no shortage.\n\n"
        "\"Prices will settle by spring,\" he added.\n";
    static const want_t want[] = {
        {"We will cut output", "Omar Vale", PER, 0, NULL},
        {"We have to ensure supply on the long run", "Ada Lind", PER, UNCL, NULL},
        {"The market is calm", "Omar Vale", PER, 0, NULL},
        {"We see no shortage", "Omar Vale", PRO, 0, NULL},
        {"Prices will settle", "Omar Vale", PRO, CONT, NULL},
    };
    CHECK(text, want);
}

/* "X agreed, but said ...": the second of two joined verbs has the sentence's subject, here
 * a person with two offices joined by "and" after an opening phrase; the "he" that follows
 * is that person, not the one who spoke before. Found on a fresh blind set (BV). */
static void the_second_of_two_joined_verbs(void **state)
{
    (void)state;
    static const char text[] =
        "\"That is our prerogative,\" Mr Tora said.\n\n"
        "In his response, Civic Front leader and Opposition MP Professor Ravi Nand agreed, but "
        "said it was the duty of the Opposition to hold the Government to account.\n\n"
        "\"Let's not confuse that,\" he said.\n";
    static const want_t want[] = {
        {"That is our prerogative", "Tora", PER, 0, NULL},
        {"Let's not confuse that", "Ravi Nand", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "X criticized Y, who said “...”": the relative clause's verb has the person before "who"
 * as its subject; "Y's words, he said, “...”" passes over Y; "Abbas's spokesman" is the one
 * introduced as "the spokesman for ... Abbas". Found on a fresh blind set (BY). */
static void relative_clauses_and_owned_spokesmen(void **state)
{
    (void)state;
    static const char text[] =
        "Omar Daud, the spokesman for Authority chairman Sami Haddad, criticized Prime "
        "Minister-designate Eli Baron who said at a conference on Saturday night, \"They do "
        "not want peace.\"\n\n"
        "Haddad\xE2\x80\x99s spokesman called Baron's words \"a clear attempt to mislead.\"\n\n"
        "Baron's words, he said, \"expose his true intentions.\"\n";
    static const want_t want[] = {
        {"They do not want peace.", "Eli Baron", PER, 0, NULL},
        {"a clear attempt to mislead.", "Omar Daud", TTL, 0, NULL},
        {"expose his true intentions.", "Omar Daud", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "In response to X's remarks that “...”, the spokesman said, “...”": the words right after
 * "X's remarks that" are X's, whatever attribution the main clause gives after them. Found on
 * a fresh blind set (BZ). */
static void the_remarks_that_follow_a_name_are_its(void **state)
{
    (void)state;
    static const char text[] =
        "In response to Vantan President Tom Harlan\xE2\x80\x99s remarks that \xE2\x80\x9Che "
        "looked forward to meeting the new leaders\xE2\x80\x9D, the spokesman said, "
        "\xE2\x80\x9CWe also look forward to it.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"he looked forward", "Tom Harlan", PER, 0, NULL},
        {"We also look forward", "spokesman", TTL, 0, NULL},
    };
    CHECK(text, want);
    /* a statement's as well: "Ostria liked X's statement that Vanta won't “...”" (BZ) */
    static const char statement[] =
        "However, Ostria liked Tom Harlan\xE2\x80\x99s statement that Vanta won\xE2\x80\x99t "
        "\xE2\x80\x9Cseek to impose our way of life on anyone.\xE2\x80\x9D\n";
    static const want_t want_statement[] = {
        {"seek to impose our way", "Tom Harlan", PER, 0, NULL},
    };
    CHECK(statement, want_statement);
    /* a plural speech noun after a possessive is no verb: "Norway's calls that “...”" (BX) */
    static const char calls[] =
        "In response to Norway's calls that \"Let us both use wisdom\" on the ruling, Ivo Brand "
        "commented, \"I believe the responsibility lies with Norway.\"\n";
    static const want_t want_calls[] = {
        {"Let us both use wisdom", "Norway", ORG, 0, NULL},
        {"I believe the responsibility", "Ivo Brand", PER, 0, NULL},
    };
    CHECK(calls, want_calls);
}

/* "Foreign Minister X, on a question about the base, “...”": translated copy that leaves out
 * the verb; the name before the aside speaks. Found on a fresh blind set (BZ). */
static void a_name_and_an_aside_before_the_words(void **state)
{
    (void)state;
    static const char text[] =
        "Vantan Foreign Minister Ivo Brand, on a question about the air base, "
        "\xE2\x80\x9CThere is no clear plan yet.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"There is no clear plan yet.", "Ivo Brand", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* Armed and protesting groups speak as bodies do: "the guerrillas said that “...”", "the
 * rebels said". Found on a fresh blind set (BW). */
static void armed_groups_speak(void **state)
{
    (void)state;
    static const char text[] =
        "On their website, the guerrillas on Tuesday said that \xE2\x80\x9Cno truce was "
        "agreed,\xE2\x80\x9D however.\n\n"
        "The rebels said \xE2\x80\x9Cwe will keep fighting.\xE2\x80\x9D\n\n"
        "Thousands of protesters chanted \xE2\x80\x9Cno more war.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"no truce was agreed", "guerrillas", ORG, 0, NULL},
        {"we will keep fighting.", "rebels", ORG, 0, NULL},
        {"no more war.", "protesters", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "X was told Tuesday in Washington by his colleague, Y, that “...”": the passive's agent,
 * after a time and a place, said the words. Found on a fresh blind set (BW). */
static void told_by_an_agent_after_a_time_and_place(void **state)
{
    (void)state;
    static const char text[] =
        "Vantan Foreign Minister Ivo Brand was told Tuesday in Ostria City by his colleague, "
        "Secretary of State Ana Ruiz, that Ostria \xE2\x80\x9Cstrongly supported the "
        "talks.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"strongly supported the talks.", "Ana Ruiz", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "X would only say: “...”" reports what X said, though "would" says what someone will do
 * elsewhere ("Ottawa would respond"); "Hours after ..., X, spokesperson for Y, had issued a
 * statement, calling it “...”" opens with a time before its subject. Found on a fresh blind
 * set (BX, BY). */
static void would_only_say_and_hours_after(void **state)
{
    (void)state;
    static const char text[] =
        "A party spokesman had \"no immediate confirmation\" on the strike and Omar Daud, a "
        "party official in the south, would only say: \"We are verifying the report.\"\n\n"
        "Rival leader Ivo Brand spoke on Monday.\n\n"
        "Hours after the government published the new map, Ana Ruiz, spokesperson for the "
        "Vantan Ministry of External Affairs, had issued a statement, calling the move a "
        "unilateral act \"which is not based on historical facts.\"\n\n"
        "\"Vanta is concerned,\" Security and Defense Council Secretary Ivo Brand said on "
        "Monday.\n";
    static const want_t want[] = {
        {"no immediate confirmation", "party spokesman", TTL, 0, NULL},
        {"We are verifying the report.", "Omar Daud", PER, 0, NULL},
        {"which is not based", "Ana Ruiz", PER, 0, NULL},
        /* the "and" of a name joins no clause (DA) */
        {"Vanta is concerned", "Ivo Brand", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A website's "Also read:" line before a linked headline names no one, and no "he" after it
 * means it. Found on a fresh blind set (CB). */
static void also_read_is_no_one(void **state)
{
    (void)state;
    static const char text[] =
        "Spokesperson Anil Rao spoke at the weekly briefing.\n\n"
        "Also read: Call From Vantan Quarters Worrisome, Says Envoy\n\n"
        "He reiterated that calm on the border is the \xE2\x80\x9C" "basis of our relations"
        "\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"basis of our relations", "Anil Rao", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "said strongman Ortega": a word that describes the speaker, with no article, before the
 * name; "..., Ali who serves as X's representative, said": the name before "who". Found on
 * a fresh blind set (CA, CC). */
static void a_describing_word_and_a_relative_clause(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CYes, I swear,\xE2\x80\x9D said strongman Ortiz as he and his wife "
        "were sworn in.\n\n"
        "During a press conference by the channel Al-Wadi, Ali who serves as the general's "
        "representative, said: \"The other side has not accepted the truce yet.\"\n";
    static const want_t want[] = {
        {"Yes, I swear", "Ortiz", PER, 0, NULL},
        {"The other side has not accepted", "Ali", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void she_is_the_subject_before_the_object(void **state)
{
    (void)state;
    static const char text[] =
        "President Omar Said spoke on Friday.\n\n"
        "\xE2\x80\x9CWe will not yield,\xE2\x80\x9D he said.\n\n"
        "His government expelled Ambassador Rita Lune on Friday.\n\n"
        "Upon her return on Sunday, Lune met the press after the police detained former "
        "minister Karl Brandt in the capital.\n\n"
        "\xE2\x80\x9CI leave with my head held high,\xE2\x80\x9D she said.\n";
    static const want_t want[] = {
        {"We will not yield", "Omar Said", PRO, 0, NULL},
        {"I leave with my head held high", "Rita Lune", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "Commenting on the clashes at Eastern Crossing, he said": a capitalized place after a
 * preposition in the clause that opens the sentence, whose gender nobody knows, is what the
 * speaker talks about, not who he is: "he" stays the man who spoke before. */
static void he_is_not_the_place_he_comments_on(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Office spokesperson Tariq Nadeem spoke at the weekly briefing.\n\n"
        "\xE2\x80\x9CWe reject these allegations,\xE2\x80\x9D he said.\n\n"
        "Commenting on the shelling at the Line of Contact and Eastern Crossing, he said the "
        "country could defend itself.\n\n"
        "\xE2\x80\x9CWe will raise this at every forum,\xE2\x80\x9D he added.\n\n"
        "Speaking about Western Ridge, he said the talks must go on. "
        "\xE2\x80\x9CThe door is open,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"We reject these allegations", "Tariq Nadeem", PRO, 0, NULL},
        {"We will raise this at every forum", "Tariq Nadeem", PRO, 0, NULL},
        {"The door is open", "Tariq Nadeem", PRO, 0, NULL},
    };
    CHECK(text, want);
}

static void titles_that_refer_back(void **state)
{
    (void)state;
    static const char text[] =
        "Sudan\xE2\x80\x99s army chief Colonel Abdel Rahim al-Tayeb agreed to talks.\n\n"
        "\xE2\x80\x9CWe are ready to negotiate,\xE2\x80\x9D the army chief said.\n\n"
        "President Hugo Marin on Thursday broke all ties with his neighbor.\n\n"
        "\xE2\x80\x9CI announce it with sorrow,\xE2\x80\x9D Marin said. \xE2\x80\x9CIt is the "
        "least we can do,\xE2\x80\x9D the leader said.\n";
    static const want_t want[] = {
        {"We are ready to negotiate", "Abdel Rahim al-Tayeb", TTL, 0, NULL},
        {"I announce it with sorrow", "Hugo Marin", PER, 0, NULL},
        {"It is the least we can do", "Hugo Marin", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void a_document_named_for_its_author(void **state)
{
    (void)state;
    static const char text[] =
        "The two states reached a deal, the third such deal the island state has struck.\n\n"
        "A White House announcement said the leaders \xE2\x80\x9C" "agreed to meet again."
        "\xE2\x80\x9D\n\n"
        "In a statement, the Venezuelan government said the talks \xE2\x80\x9Cwill go on.\xE2\x80\x9D\n\n"
        "Venezuela\xE2\x80\x99s statement said the envoy \xE2\x80\x9Cwas received.\xE2\x80\x9D\n\n"
        "The Foreign Ministry statement emphasizes that \xE2\x80\x9CVanta rejects the "
        "blackmail.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"agreed to meet again.", "White House", ORG, 0, NULL},
        {"will go on.", "Venezuelan government", ORG, 0, NULL},
        {"was received.", "Venezuelan government", ORG, 0, NULL},
        /* a title word opening the author's name is no title: not a person "Ministry
         * statement" (found on blind real agency copy, AJ) */
        {"Vanta rejects the blackmail.", "Foreign Ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

static void cited_as_saying(void **state)
{
    (void)state;
    static const char text[] =
        "Athens will \xE2\x80\x9C" "come to understand our strength,\xE2\x80\x9D the state-run "
        "news agency cited President Kemal Arslan as saying at a ceremony.\n";
    static const want_t want[] = {
        {"come to understand our strength", "Kemal Arslan", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void headline_name_colon_quote(void **state)
{
    (void)state;
    static const char text[] =
        "Iran\xE2\x80\x99s Reza Karimi: \xE2\x80\x98The sanctions have failed\xE2\x80\x99\n\n"
        "Highlights of the year: \xE2\x80\x9C" "five rounds of talks\xE2\x80\x9D and a summit.\n";
    static const want_t want[] = {
        {"The sanctions have failed", "Reza Karimi", PER, 0, NULL},
        {"five rounds of talks", "", NON, 0, NULL},
    };
    CHECK(text, want);
    /* a headline's title alone, whom the story names next (BU) */
    static const char titled[] =
        "Vantan foreign minister: \xE2\x80\x98We will continue talks with Ostria\xE2\x80\x99\n\n"
        "In an interview, Vanta\xE2\x80\x99s foreign minister, Prince Omar Said, said talks "
        "would go on.\n\n"
        "\xE2\x80\x9CWe are committed,\xE2\x80\x9D he said.\n";
    static const want_t want_titled[] = {
        {"We will continue talks", "Omar Said", TTL, 0, NULL},
        {"We are committed", "Omar Said", PRO, 0, NULL},
    };
    CHECK(titled, want_titled);
    /* a country's or a body's name alone (BY: "Eritrea: 'War not our fault'") */
    static const char country[] =
        "Norway: \xE2\x80\x98The dispute is not our doing\xE2\x80\x99\n\n"
        "The Norwegian government denied responsibility for the dispute.\n";
    static const want_t want_country[] = {
        {"The dispute is not our doing", "Norway", ORG, 0, NULL},
    };
    CHECK(country, want_country);
}

static void paternal_surname_before_the_last(void **state)
{
    (void)state;
    static const char text[] =
        "Ambassador Luis Cabrera Montes on Thursday called the report \xE2\x80\x9C" "a fantasy."
        "\xE2\x80\x9D\n\n"
        "Rival envoy Ana Ruiz disagreed.\n\n"
        "\xE2\x80\x9CThey do not guard their side,\xE2\x80\x9D Cabrera said.\n";
    static const want_t want[] = {
        {"a fantasy.", "Luis Cabrera Montes", PER, 0, NULL},
        {"They do not guard their side", "Luis Cabrera Montes", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void verbs_that_are_nouns_after_modifiers(void **state)
{
    (void)state;
    static const char text[] =
        "Chancellor Eva Lind spoke in Bonn on Monday.\n\n"
        "Lind will travel to Ottawa to resolve the widening trade dispute. "
        "\xE2\x80\x9CWe are calm,\xE2\x80\x9D she said.\n\n"
        "Lind was shown a Norway brand of coffee. \xE2\x80\x9CIt was good,\xE2\x80\x9D she added.\n\n"
        "The officials demand \xE2\x80\x9C" "a fair price now.\xE2\x80\x9D\n\n"
        "The Foreign Office spokesperson emphasised that the Kashmir dispute was an "
        "\xE2\x80\x9Cinternationally recognised\xE2\x80\x9D issue.\n\n"
        "Asked about remarks on held Kashmir, the spokesperson said the issue was "
        "\xE2\x80\x9C" "beyond doubt.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We are calm", "Eva Lind", PRO, 0, NULL},
        {"It was good", "Eva Lind", PRO, 0, NULL},
        {"a fair price now.", "officials", TTL, 0, NULL},
        /* a name as the modifier (found on blind real news, AK: "Kashmir" spoke) */
        {"internationally recognised", "Foreign Office spokesperson", TTL, 0, NULL},
        /* a place after "held" is no person whom the title names */
        {"beyond doubt.", "Foreign Office spokesperson", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void the_coastguard_speaks(void **state)
{
    (void)state;
    static const char text[] =
        "China\xE2\x80\x99s coastguard said it had patrolled the waters.\n\n"
        "It said the patrol was a \xE2\x80\x9Croutine action\xE2\x80\x9D for peace.\n";
    static const want_t want[] = {
        {"routine action", "China\xE2\x80\x99s coastguard", PRO, 0, NULL},
    };
    CHECK(text, want);
}

static void quoting_him_saying(void **state)
{
    (void)state;
    static const char text[] =
        "President Amir Zand spoke in Tabriz on Wednesday.\n\n"
        "The Fars agency reported a harder line by quoting him saying: \xE2\x80\x9CWe will never "
        "give it up.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We will never give it up.", "Amir Zand", PRO, 0, NULL},
    };
    CHECK(text, want);
}

static void a_capitalized_title_without_article(void **state)
{
    (void)state;
    static const char text[] =
        "Speaking at a forum, hosted by the institute of Iran\xE2\x80\x99s Foreign Ministry, "
        "Hossein Darvishi went on to say, \xE2\x80\x9CTrust matters.\xE2\x80\x9D\n\n"
        "On regional security, Iranian Foreign Minister said, \xE2\x80\x9CWe are ready to hold "
        "joint meetings.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Trust matters.", "Hossein Darvishi", PER, 0, NULL},
        {"We are ready to hold joint meetings.", "Hossein Darvishi", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void two_apostrophes_close_a_double_quote(void **state)
{
    (void)state;
    static const char text[] =
        "\"The problem is that they ignore our rights,\xE2\x80\x99\xE2\x80\x99 Kaya said, \"and "
        "they try to stand before us.\xE2\x80\x99\xE2\x80\x99\n\n"
        "Officials called the ministers\xE2\x80\x99 talks \"useful.\"\n";
    static const want_t want[] = {
        {"The problem is that they ignore our rights,", "Kaya", PER, SPLIT,
         "and they try to stand before us."},
        {"useful.", "Officials", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void titles_without_article_and_abbreviated(void **state)
{
    (void)state;
    static const char text[] =
        "PM Ilia Beridze said there would be no official welcome for the rebels, calling it "
        "\xE2\x80\x9C" "a red line.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe offered to co-operate,\xE2\x80\x9D the prime minister said.\n\n"
        "\xE2\x80\x9CThe talks go on,\xE2\x80\x9D Foreign Ministry spokeswoman Nina Sorokina said.\n\n"
        "Foreign Ministry spokeswoman noted that \xE2\x80\x9Cthe next round is set.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"a red line.", "Ilia Beridze", PER, 0, NULL},
        {"We offered to co-operate", "Ilia Beridze", TTL, 0, NULL},
        {"The talks go on", "Nina Sorokina", PER, 0, NULL},
        {"the next round is set.", "Nina Sorokina", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void he_added_goes_on(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe welcome the visit,\xE2\x80\x9D spokesman Geng Wei said.\n\n"
        "Prime Minister Omar Khan will meet President Xi on Monday.\n\n"
        "\xE2\x80\x9CKhan will also attend the fair,\xE2\x80\x9D he added.\n\n"
        "Prime Minister Omar Khan will then fly home.\n\n"
        "\xE2\x80\x9CIt was a fine visit,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"We welcome the visit", "Geng Wei", PER, 0, NULL},
        {"Khan will also attend the fair", "Geng Wei", PRO, 0, NULL},
        {"It was a fine visit", "Omar Khan", PRO, 0, NULL},
    };
    CHECK(text, want);
    static const char named_since[] =
        "A foreign ministry spokesperson on Tuesday called the talks useful.\n\n"
        "\xE2\x80\x9CWe call for dialogue,\xE2\x80\x9D Geng Wei said.\n\n"
        "The spokesperson said, \xE2\x80\x9CIt serves both sides.\xE2\x80\x9D\n";
    static const want_t named_since_want[] = {
        {"We call for dialogue", "Geng Wei", PER, 0, NULL},
        {"It serves both sides.", "Geng Wei", TTL, 0, NULL},
    };
    CHECK(named_since, named_since_want);
}

static void it_inside_what_is_reported(void **state)
{
    (void)state;
    static const char text[] =
        "Ahmed Salem criticized the lack of accountability, stating that it has encouraged the "
        "leadership to pursue \xE2\x80\x9Cmad schemes\xE2\x80\x9D in the region.\n\n"
        "The ministry said it \xE2\x80\x9Cstrongly condemns\xE2\x80\x9D the attack.\n\n"
        "\xE2\x80\x9CI am deeply concerned,\xE2\x80\x9D Ahmed Salem conveyed on television.\n";
    static const want_t want[] = {
        {"mad schemes", "Ahmed Salem", PER, 0, NULL},
        {"strongly condemns", "ministry", ORG, 0, NULL},
        {"I am deeply concerned", "Ahmed Salem", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void absolute_and_relative_subjects(void **state)
{
    (void)state;
    static const char text[] =
        "Tehran rejected the report on Monday, with government spokeswoman Leila Navabi "
        "saying it was \xE2\x80\x9C" "fiction from start to end.\xE2\x80\x9D\n\n"
        "The agency carried a statement by Deputy Minister Oh Sung, who said the exercise was "
        "\xE2\x80\x9C" "a threat to the whole peninsula.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"fiction from start to end", "Leila Navabi", PER, 0, NULL},
        {"a threat to the whole peninsula", "Oh Sung", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void nouns_that_look_like_verbs(void **state)
{
    (void)state;
    static const char text[] =
        "Austria's chancellor warned against letting the trade dispute with Brazil grow, "
        "saying both sides had \xE2\x80\x9C" "too much to lose.\xE2\x80\x9D\n\n"
        "Lisbon denied that it threatens the Baltic states, with the president's spokesman "
        "saying Portugal had \xE2\x80\x9Cno quarrel with anyone.\xE2\x80\x9D\n\n"
        "Oslo's fisheries minister said the quota was \xE2\x80\x9C" "a scandal\xE2\x80\x9D "
        "and that Norway would respond \xE2\x80\x9C" "boat for boat.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe gave nothing away,\xE2\x80\x9D said Lars Berg.\n\n"
        "Iceland's fisheries minister said the claim was \xE2\x80\x9C" "absurd.\xE2\x80\x9D\n\n"
        "Later, he said Reykjavik would talk with the three Nordic states before the summit.\n\n"
        "\xE2\x80\x9CWe are ready to negotiate,\xE2\x80\x9D he added.\n";
    static const want_t want[] = {
        {"too much to lose", "Austria's chancellor", TTL, 0, NULL},
        {"no quarrel with anyone", "president's spokesman", TTL, 0, NULL},
        {"a scandal", "Oslo's fisheries minister", TTL, 0, NULL},
        {"boat for boat", "Oslo's fisheries minister", TTL, 0, NULL},
        {"We gave nothing away", "Lars Berg", PER, 0, NULL},
        {"absurd", "Iceland's fisheries minister", TTL, 0, NULL},
        /* "the three Nordic states": a plural after a number too */
        {"We are ready to negotiate", "Iceland's fisheries minister", PRO, 0, NULL},
    };
    CHECK(text, want);
}

static void organizations_with_places_and_modifiers(void **state)
{
    (void)state;
    static const char text[] =
        "The Danish embassy in Hanoi expressed \xE2\x80\x9C" "deep sadness\xE2\x80\x9D over "
        "the floods and pledged to stand by Vietnam \xE2\x80\x9Cin good times and bad.\xE2\x80\x9D"
        "\n\n"
        "Chile's mining ministry reacted calmly, saying it was \xE2\x80\x9Cready to listen to "
        "every investor.\xE2\x80\x9D\n\n"
        "The head of the UN food agency thanked donors for their \xE2\x80\x9Crecord "
        "generosity.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"deep sadness", "Danish embassy", ORG, 0, NULL},
        {"in good times and bad", "Danish embassy", ORG, 0, NULL},
        {"ready to listen", "Chile's mining ministry", ORG, 0, NULL},
        {"record generosity", "head of the UN food agency", TTL, 0, NULL},
    };
    CHECK(text, want);
}


static void titles_refer_back_to_the_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThe ceasefire is holding,\xE2\x80\x9D Omar Haddad said on Monday.\n\n"
        "The chief Egyptian negotiator said later that the next round was \xE2\x80\x9C" "a matter "
        "of days.\xE2\x80\x9D\n\n"
        "Sudan's information minister said the claim was \xE2\x80\x9C" "baseless.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"The ceasefire is holding", "Omar Haddad", PER, 0, NULL},
        {"a matter of days", "Omar Haddad", TTL, 0, NULL},
        {"baseless", "Sudan's information minister", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "the Chinese president" after two presidents were named: the one of that nationality, given
 * as an adjective ("Chinese President"), a short form ("U.S. President") or another adjective
 * of the same country later ("the American president"). */
static void nationality_picks_the_title_holder(void **state)
{
    (void)state;
    static const char text[] =
        "Chinese President Li Weimin and U.S. President Tom Harlan met in Lima on Thursday.\n\n"
        "\xE2\x80\x9CWe are talking again,\xE2\x80\x9D Harlan said.\n\n"
        "The Chinese president said both sides must \xE2\x80\x9Ckeep their promises.\xE2\x80\x9D"
        "\n\n"
        "\xE2\x80\x9CIt was a useful day,\xE2\x80\x9D the American president said.\n";
    static const want_t want[] = {
        {"We are talking again", "Tom Harlan", PER, 0, NULL},
        {"keep their promises", "Li Weimin", TTL, 0, NULL},
        {"It was a useful day", "Tom Harlan", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A country of three words and its initials: "Papua New Guinea's prime minister" is the "PNG
 * Prime Minister" named in the headline, not Australia's. Found blind on round M (MB: the
 * title was printed as the speaker, without "Papua"). */
static void a_country_of_three_words(void **state)
{
    (void)state;
    static const char text[] =
        "PNG Prime Minister Ravu Tane and Australian Prime Minister Tom Hale delay their pact\n\n"
        "Papua New Guinea\xE2\x80\x99s prime minister has asked foreign media to \xE2\x80\x9C"
        "give respect to our neighbours\xE2\x80\x9D while the pact waits.\n";
    static const want_t want[] = {
        {"give respect to our neighbours", "Ravu Tane", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* Two foreign ministers: "the Turkish minister" is Turkey's, though Russia's spoke last. */
static void nationality_picks_the_minister(void **state)
{
    (void)state;
    static const char text[] =
        "Russian Foreign Minister Pavel Orlov met Turkish Foreign Minister Selim Kaya in Ankara "
        "on Monday.\n\n"
        "\xE2\x80\x9CThe talks were frank,\xE2\x80\x9D Orlov told reporters.\n\n"
        "\xE2\x80\x9CWe want a ceasefire,\xE2\x80\x9D the Turkish minister said.\n\n"
        "The Russian minister said the meeting was \xE2\x80\x9Conly a start.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"The talks were frank", "Pavel Orlov", PER, 0, NULL},
        {"We want a ceasefire", "Selim Kaya", TTL, 0, NULL},
        {"only a start", "Pavel Orlov", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A title owned by someone ("Prime Minister Hara's spokesman") is that owner's: it is never
 * a holder of the role known as someone else's or as nobody's ("Foreign Ministry spokeswoman
 * Ana Ruiz"), and one named with that owner is found again ("Orlov's spokesman"). */
static void owned_title_is_the_owners(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Ministry spokeswoman Ana Ruiz spoke on Monday.\n\n"
        "\xE2\x80\x9CWe hope for calm,\xE2\x80\x9D Ruiz said.\n\n"
        "Prime Minister Hara\xE2\x80\x99s spokesman said Tokyo would "
        "\xE2\x80\x9Crespond firmly.\xE2\x80\x9D\n\n"
        "Orlov's spokesman Ivan Petrov said the offer was \xE2\x80\x9Cserious.\xE2\x80\x9D\n\n"
        "Orlov's spokesman said later that talks were \xE2\x80\x9Cpossible.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We hope for calm", "Ana Ruiz", PER, 0, NULL},
        {"respond firmly", "Hara\xE2\x80\x99s spokesman", TTL, 0, NULL},
        {"serious", "Ivan Petrov", PER, 0, NULL},
        {"possible", "Ivan Petrov", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* The nationality given in an apposition ("Li Weimin, China's president") or by the
 * country's name ("Türkiye's foreign minister") is remembered as well. */
static void nationality_in_apposition_and_country_names(void **state)
{
    (void)state;
    static const char text[] =
        "Li Weimin, China's president, flew to Lima on Thursday.\n\n"
        "Tom Harlan, the U.S. president, arrived a day later.\n\n"
        "\xE2\x80\x9CWe are ready,\xE2\x80\x9D the Chinese president said.\n\n"
        "\xE2\x80\x9CSo are we,\xE2\x80\x9D the United States president said.\n\n"
        "T\xC3\xBCrkiye's foreign minister, Selim Kaya, and Russia's foreign minister, Pavel "
        "Orlov, spoke by phone.\n\n"
        "\xE2\x80\x9CIt was a good call,\xE2\x80\x9D Orlov said.\n\n"
        "\xE2\x80\x9CWe agree,\xE2\x80\x9D the Turkish foreign minister said.\n";
    static const want_t want[] = {
        {"We are ready", "Li Weimin", TTL, 0, NULL},
        {"So are we", "Tom Harlan", TTL, 0, NULL},
        {"It was a good call", "Pavel Orlov", PER, 0, NULL},
        {"We agree", "Selim Kaya", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* Nobody of that nationality has the title: "the Chinese president" is not the president
 * known to be American, even when he spoke last. */
static void nationality_of_no_known_holder(void **state)
{
    (void)state;
    static const char text[] =
        "U.S. President Tom Harlan spoke in Lima on Thursday. \xE2\x80\x9CWe are ready,"
        "\xE2\x80\x9D Harlan said.\n\n"
        "\xE2\x80\x9CTrade must be fair,\xE2\x80\x9D the Chinese president said.\n\n"
        "\xE2\x80\x9CWe will see,\xE2\x80\x9D the president said.\n";
    static const want_t want[] = {
        {"We are ready", "Tom Harlan", PER, 0, NULL},
        {"Trade must be fair", "Chinese president", TTL, 0, NULL},
        {"We will see", "Chinese president", TTL, 0, NULL},
    };
    CHECK(text, want);
}


/* Found by fuzz_quotes (regressions/quotes/term-that-goes-on): a quotation that runs into the
 * next paragraph looked like a scare-quoted term in its first piece, and then took the speaker
 * named after its last piece while flagged as a term. */
static void a_term_never_goes_on(void **state)
{
    (void)state;
    static const char text[] =
        "Ravi Nair arrived. It was a brief statement that New Delhi \xE2\x80\x9Cremains "
        "calm.\n\n"
        "\xE2\x80\x9C" "But we can talk,\xE2\x80\x9D he added.\n";
    static const want_t want[] = {
        {"remains calm.", "Ravi Nair", PRO, 0, NULL},
        {"But we can talk", "Ravi Nair", PRO, CONT, NULL},
    };
    CHECK(text, want);
}


/* Shapes of text that could make attribution slow if any step looked too far: a sentence that
 * never ends, a paragraph of quotes with nothing between them, thousands of different names,
 * titles named later (each naming renames the quotations given the title), adverbs piled
 * between a name and its verb. Each is 2 MB; each must finish with every quotation counted.
 * The time is measured where time is: tests/bench/passages.py times 1 and 10 MB of the
 * renaming shape (a rename once looked back over the whole article: 86x the time for 10x the
 * text). */
static size_t pathological_unit(char *dst, size_t shape, size_t i)
{
    switch (shape) {
    case 0: /* a sentence that never ends */
        return (size_t)sprintf(dst, "Minister Ana Ruiz said \xE2\x80\x9Cno,\xE2\x80\x9D and ");
    case 1: /* quotes with nothing between them */
        return (size_t)sprintf(dst, "\xE2\x80\x9C" "a\xE2\x80\x9D ");
    case 2: /* a new name every time */
        return (size_t)sprintf(dst, "Envoy Name%zu Family%zu said: \xE2\x80\x9CWe go.\xE2\x80\x9D ",
                               i, i);
    case 3: /* a title named later, every time: each naming renames its quotations */
        return (size_t)sprintf(dst,
                               i % 2 ? "Defence Minister Ana Kol%zu also said \xE2\x80\x9Cyes."
                                       "\xE2\x80\x9D\n\n"
                                     : "Land%zu's defence minister warned that \xE2\x80\x9Cno."
                                       "\xE2\x80\x9D\n\n",
                               i / 2);
    default: /* adverbs piled between a name and its verb */
        return (size_t)sprintf(dst, "Ruiz very really truly quickly sharply flatly said "
                                    "\xE2\x80\x9Cyes,\xE2\x80\x9D and ");
    }
}

static void pathological_articles(void **state)
{
    (void)state;
    const size_t size = (size_t)2 << 20;
    char *text = malloc(size + 128);
    assert_non_null(text);
    for (size_t shape = 0; shape < 5; shape++) {
        size_t n = 0, quotes = 0;
        while (n < size)
            n += pathological_unit(text + n, shape, quotes++);
        size_t count = 0;
        assert_int_equal(stance_quotes_attribute(text, n, NULL, NULL, 0, &count, NULL),
                         STANCE_E_BUFFER_TOO_SMALL);
        assert_int_equal(count, quotes);
    }
    free(text);
}

/* ---- the API ---------------------------------------------------------------------------- */

/* ---- a subject the rules cannot read is nobody else ------------------------------------- */

/* "X said" with an X the rules do not read as a person gives no speaker, never the one who
 * spoke before; a document with no source ("a joint statement") is its own, a plural title
 * a group, as "the countries" are, and "X of Y" with an organization word before "of" an
 * organization. */
static void unread_subject_is_nobody_else(void **state)
{
    (void)state;
    static const char text[] =
        "Trade Minister Clara Holm opened the fair in Malmo.\n\n"
        "\xE2\x80\x9C" "Everyone is welcome,\xE2\x80\x9D Holm said.\n\n"
        "A joint statement said the tariffs were \xE2\x80\x9C" "a fair compromise.\xE2\x80\x9D\n\n"
        "Several hundred farmers said the tariffs were \xE2\x80\x9C" "a betrayal of the north.\xE2\x80\x9D\n\n"
        "The Nordic ministers said the deal was \xE2\x80\x9C" "a good start for all of us.\xE2\x80\x9D\n\n"
        "The ministers\xE2\x80\x99 statement said the plan was \xE2\x80\x9C" "a way forward for the region.\xE2\x80\x9D\n\n"
        "The Joint Chiefs of Staff said the exercise was \xE2\x80\x9C" "a success for both sides.\xE2\x80\x9D\n\n"
        "The Council of Europe said the ruling was \xE2\x80\x9C" "a step back for the press.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CLet our message now be clear,\xE2\x80\x9D the countries said in a joint "
        "statement.\n\n"
        "\xE2\x80\x9CWe stand united,\xE2\x80\x9D the governments said.\n";
    static const want_t want[] = {
        {"Everyone is welcome", "Clara Holm", PER, 0, NULL},
        /* (a document no one known issued speaks in its own name: a_document_no_one_issued) */
        {"a fair compromise.", "joint statement", ORG, 0, NULL},
        {"a betrayal of the north.", "", NON, 0, NULL},
        {"a good start", "Nordic ministers", TTL, 0, NULL},
        {"a way forward", "Nordic ministers", ORG, 0, NULL},
        {"a success for both sides.", "Joint Chiefs of Staff", ORG, 0, NULL},
        {"a step back", "Council of Europe", ORG, 0, NULL},
        /* "the countries", "the governments": a group, as "the nations" is */
        {"Let our message now be clear", "countries", ORG, 0, NULL},
        {"We stand united", "governments", ORG, 0, NULL},
    };
    CHECK(text, want);
    /* but "a statement" right after an organization spoke is that organization's (BY) */
    static const char after_body[] =
        "The Vantan Foreign Ministry said it would recognise United Nations demands for a "
        "ceasefire.\n\n"
        "\"Vanta has not carried out any air strike,\" a statement said.\n";
    static const want_t want_after_body[] = {
        {"Vanta has not carried out", "Vantan Foreign Ministry", ORG, 0, NULL},
    };
    CHECK(after_body, want_after_body);
}

/* A plural title with no article ("Officials said", "Diplomats say") is a group, as "the
 * ministers" is: the next "she said" is never theirs. */
static void bare_plural_title_is_a_group(void **state)
{
    (void)state;
    static const char text[] =
        "President Ana Vell spoke at the assembly on Tuesday.\n\n"
        "\"We have let them know about our protest,\" she added.\n\n"
        "Officials in Tarsia have only said that they \"regret\" the concerns raised.\n\n"
        "\"Spying on friends is a breach of international law,\" she said today.\n";
    static const want_t want[] = {
        {"We have let them know", "Ana Vell", PRO, 0, NULL},
        {"regret", "Officials", TTL, 0, NULL},
        {"Spying on friends", "Ana Vell", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "South Korea's military": a country of two words owns it, and a country's military is an
 * organization, as its army or its government is. */
static void a_countrys_military_is_an_organization(void **state)
{
    (void)state;
    static const char text[] =
        "Pyongyang launched a rocket on Friday, South Korea\xE2\x80\x99s military said.\n\n"
        "\xE2\x80\x9C" "We are watching closely,\xE2\x80\x9D South Korea\xE2\x80\x99s military said.\n\n"
        "\xE2\x80\x9C" "The region deserves calm,\xE2\x80\x9D Saudi Arabia\xE2\x80\x99s government said.\n";
    static const want_t want[] = {
        {"We are watching closely", "South Korea\xE2\x80\x99s military", ORG, 0, NULL},
        {"The region deserves calm", "Saudi Arabia\xE2\x80\x99s government", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "von der Leyen", "van Rompuy": lower-case particles inside a name join it, and the surname
 * with its particles finds the full name given before, as "Peskov" finds "Dmitry Peskov". */
static void name_particles_join_the_name(void **state)
{
    (void)state;
    static const char text[] =
        "Council President Ingrid van der Berg spoke in Vienna.\n\n"
        "\xE2\x80\x9CWe stand together,\xE2\x80\x9D said van der Berg.\n\n"
        "\xE2\x80\x9CThe door is open,\xE2\x80\x9D van der Berg said.\n\n"
        "Van der Berg said the offer was \xE2\x80\x9C" "a fair one for everyone.\xE2\x80\x9D\n\n"
        "Mr. de Souza said the talks were \xE2\x80\x9C" "a long road ahead.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe saw nothing,\xE2\x80\x9D said ten Dutch soldiers.\n";
    static const want_t want[] = {
        {"We stand together", "Ingrid van der Berg", PER, 0, NULL},
        {"The door is open", "Ingrid van der Berg", PER, 0, NULL},
        {"a fair one", "Ingrid van der Berg", PER, 0, NULL},
        {"a long road ahead.", "de Souza", PER, 0, NULL},
        {"We saw nothing", "", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "said Masri" after "Khalid al-Masri": a surname is found without the particle joined to it
 * by a hyphen, and so is the role that came with the name. */
static void surname_without_its_joined_particle(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThe talks go on,\xE2\x80\x9D said Khalid al-Masri, the Jordanian foreign "
        "ministry spokesman.\n\n"
        "\xE2\x80\x9CWe are hopeful,\xE2\x80\x9D said Masri.\n\n"
        "\xE2\x80\x9CIt takes time,\xE2\x80\x9D the spokesman added.\n";
    static const want_t want[] = {
        {"The talks go on", "Khalid al-Masri", PER, 0, NULL},
        {"We are hopeful", "Khalid al-Masri", PER, 0, NULL},
        {"It takes time", "Khalid al-Masri", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Labour MP Diane Abbott": a legislator's title, and the party before it, are no part of the
 * name, as "Kremlin spokesman" is not. */
static void legislators_titles_are_stripped(void **state)
{
    (void)state;
    static const char text[] =
        "Green Party MP Tom Hale said the bill was \xE2\x80\x9C" "a step too far.\xE2\x80\x9D\n\n"
        "Republican Sen. Ada Burke said the vote was \xE2\x80\x9C" "a gift to the lobby.\xE2\x80\x9D\n\n"
        "Independent Senator Rory Quinn said it was \xE2\x80\x9C" "a bad day for voters.\xE2\x80\x9D\n\n"
        "Liberal MEP Lena Storm said the rules were \xE2\x80\x9C" "a model for others.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe will vote no,\xE2\x80\x9D Democratic Rep. Cal Ortega said.\n";
    static const want_t want[] = {
        {"a step too far.", "Tom Hale", PER, 0, NULL},
        {"a gift to the lobby.", "Ada Burke", PER, 0, NULL},
        {"a bad day for voters.", "Rory Quinn", PER, 0, NULL},
        {"a model for others.", "Lena Storm", PER, 0, NULL},
        {"We will vote no", "Cal Ortega", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* An occupation before a name is a title, as "Economist" is; the same word as a surname is the
 * name ("Tom Baker"). */
static void occupations_before_names_are_titles(void **state)
{
    (void)state;
    static const char text[] =
        "Welder Ines Okafor said she would \xE2\x80\x9Cvote no.\xE2\x80\x9D\n\n"
        "Nurse Dana Whitfield called the deal \xE2\x80\x9C" "an insult to the ward.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CThe prices are killing us,\xE2\x80\x9D farmer Ray Mendel said.\n\n"
        "\xE2\x80\x9CWe need the contract,\xE2\x80\x9D Tom Baker said.\n\n"
        "\xE2\x80\x9CI saw it happen,\xE2\x80\x9D the nurse said.\n";
    static const want_t want[] = {
        {"vote no.", "Ines Okafor", PER, 0, NULL},
        {"an insult to the ward.", "Dana Whitfield", PER, 0, NULL},
        {"The prices are killing us", "Ray Mendel", PER, 0, NULL},
        {"We need the contract", "Tom Baker", PER, 0, NULL},
        {"I saw it happen", "Dana Whitfield", TTL, 0, NULL}, /* the nurse named above */
    };
    CHECK(text, want);
}

/* A party-state tag (D-Ore., R-Alaska, (I-Vt.)) belongs to the name before it: its period ends
 * no sentence and it is never a speaker. */
static void party_state_tags_belong_to_the_name(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThis bill is a blank check,\xE2\x80\x9D Sen. Mara Quill, D-Calif., said.\n\n"
        "Rep. Owen Tate (R-Fla.) said the plan was \xE2\x80\x9C" "dead on arrival.\xE2\x80\x9D\n\n"
        "Sen. Ruth Lindqvist, R-Alaska, a moderate, said she was \xE2\x80\x9Cnot happy.\xE2\x80\x9D "
        "\xE2\x80\x9CWe can do better,\xE2\x80\x9D she said.\n\n"
        "Rep. Hugo Paz, D-Texas, who leads the panel, called the rule \xE2\x80\x9C" "a trap.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CNot this year,\xE2\x80\x9D said Sen. Ann Vole, I-Vt.\n";
    static const want_t want[] = {
        {"This bill is a blank check", "Mara Quill", PER, 0, NULL},
        {"dead on arrival.", "Owen Tate", PER, 0, NULL},
        {"not happy.", "Ruth Lindqvist", PER, 0, NULL},
        {"We can do better", "Ruth Lindqvist", PRO, 0, NULL},
        {"a trap.", "Hugo Paz", PER, 0, NULL},
        {"Not this year", "Ann Vole", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A month's name or abbreviation inside a run of capitalized names is a name (Theresa May, Jan
 * Egeland, Zhai Jun); beside a day number or after "in", "last" it is a date. */
static void month_words_inside_names(void **state)
{
    (void)state;
    static const char text[] =
        "Li Jun said the talks were \xE2\x80\x9C" "candid and useful.\xE2\x80\x9D\n\n"
        "Ingrid May said on May 5 that it was \xE2\x80\x9C" "a mistake.\xE2\x80\x9D\n\n"
        "Jan Rostad, the envoy, called the plan \xE2\x80\x9Cunworkable.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CIt is late,\xE2\x80\x9D Dec Hollis said.\n\n"
        "In March Bo Lind said the deal was \xE2\x80\x9C" "done.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"candid and useful.", "Li Jun", PER, 0, NULL},
        {"a mistake.", "Ingrid May", PER, 0, NULL},
        {"unworkable.", "Jan Rostad", PER, 0, NULL},
        {"It is late", "Dec Hollis", PER, 0, NULL},
        {"done.", "Bo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "the American offer": a nationality before a noun that is also a reporting verb's lemma
 * makes it a noun, not "the American" offering; the subject speaks. */
static void nationality_before_a_verb_noun(void **state)
{
    (void)state;
    static const char text[] =
        "The Iranian foreign minister called the American offer \xE2\x80\x9C" "a cheap trick.\xE2\x80\x9D\n\n"
        /* an envoy, not the minister: a name without a role would be the lead's minister,
         * named at last (title_named_later) */
        "Envoy Omar Vance described the U.S. offer as \xE2\x80\x9Cunserious.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"a cheap trick.", "Iranian foreign minister", TTL, 0, NULL},
        {"unserious.", "Omar Vance", PER, 0, NULL},
    };
    CHECK(text, want);
    static const char text2[] =
        "The Chinese envoy called the Japanese offer \xE2\x80\x9Clate.\xE2\x80\x9D\n";
    static const want_t want2[] = {
        {"late.", "Chinese envoy", TTL, 0, NULL},
    };
    CHECK(text2, want2);
}

/* "The opposition leader, Peter Jones, took ...": the name set off after the title opens the
 * sentence as much as the title does, so "he said" after it is Jones. */
static void title_then_name_opens_the_sentence(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe must act,\xE2\x80\x9D Prime Minister Ann Lee said.\n\n"
        "The opposition leader, Peter Jones, took a softer line. "
        "\xE2\x80\x9CWe should talk,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"We must act", "Ann Lee", PER, 0, NULL},
        {"We should talk", "Peter Jones", PRO, 0, NULL},
    };
    CHECK(text, want);
    /* a title with its country or office after "of" ("The President of the Republic of
     * Tarsia, Ivo Marek, ordered the Chancellor, Jan Holm, to ..."): the president opens the
     * sentence, and "he" is him, not the chancellor named after. Found on fresh news pages
     * (stop 42: "he reported" went to the foreign minister). */
    static const char of_text[] =
        "The President of the Republic of Tarsia, Ivo Marek, ordered the Chancellor of the "
        "Republic, Jan Holm, to install a peace plan on the border.\n\n"
        "\xC2\xABI have given the order to meet as soon as possible\xC2\xBB, he reported.\n";
    static const want_t want_of[] = {
        {"I have given the order", "Ivo Marek", PRO, 0, NULL},
    };
    CHECK(of_text, want_of);
}

static void api_contract(void **state)
{
    (void)state;
    const char *t = "\"one,\" he said. \"two,\" she said. \"three.\"";
    stance_quotation_t q[2];
    size_t n = 0;
    stance_quotes_opts_t o = STANCE_QUOTES_OPTS_INIT;
    assert_int_equal(stance_quotes_attribute(t, strlen(t), &o, q, 2, &n, NULL),
                     STANCE_E_BUFFER_TOO_SMALL);
    assert_int_equal(n, 3);
    assert_int_equal(stance_quotes_attribute(t, strlen(t), NULL, NULL, 0, &n, NULL),
                     STANCE_E_BUFFER_TOO_SMALL);
    assert_int_equal(n, 3);
    assert_int_equal(stance_quotes_attribute(t, strlen(t), NULL, q, 2, NULL, NULL),
                     STANCE_E_INVALID_ARG);
    stance_error_t err;
    o.language = "klingon";
    assert_int_equal(stance_quotes_attribute(t, strlen(t), &o, q, 2, &n, &err),
                     STANCE_E_LANGUAGE);
    o = (stance_quotes_opts_t)STANCE_QUOTES_OPTS_INIT;
    o.version = 99;
    assert_int_equal(stance_quotes_attribute(t, strlen(t), &o, q, 2, &n, &err),
                     STANCE_E_INVALID_ARG);
    o = (stance_quotes_opts_t)STANCE_QUOTES_OPTS_INIT;
    o.flags = 0x80;
    assert_int_equal(stance_quotes_attribute(t, strlen(t), &o, q, 2, &n, &err),
                     STANCE_E_INVALID_ARG);
    const char *bad = "\xE2\x80\x9C" "bad \xFF byte\xE2\x80\x9D he said";
    o = (stance_quotes_opts_t)STANCE_QUOTES_OPTS_INIT;
    assert_int_equal(stance_quotes_attribute(bad, strlen(bad), &o, q, 2, &n, &err),
                     STANCE_E_BAD_UTF8);
    assert_int_equal(err.offset, 7);
    o.flags = STANCE_REPLACE_INVALID;
    assert_int_equal(stance_quotes_attribute(bad, strlen(bad), &o, q, 2, &n, &err), STANCE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(stance_quotes_attribute(NULL, 0, NULL, NULL, 0, &n, NULL), STANCE_OK);
    assert_int_equal(n, 0);
}

/* Old callers keep working: a split quotation is two stance_quote_t with the same speaker. */
static void old_api_sees_the_pieces(void **state)
{
    (void)state;
    const char *t = "Envoy Sara Lind arrived. \xE2\x80\x9CWe will respond,\xE2\x80\x9D she said, "
                    "\xE2\x80\x9Cwith patience.\xE2\x80\x9D";
    stance_quote_t q[4];
    size_t n = 0;
    assert_int_equal(stance_quotes_find(t, strlen(t), 0, q, 4, &n, NULL), STANCE_OK);
    assert_int_equal(n, 2);
    for (size_t i = 0; i < 2; i++) {
        assert_int_equal(q[i].speaker_len, strlen("Sara Lind"));
        assert_memory_equal(t + q[i].speaker_start, "Sara Lind", q[i].speaker_len);
        assert_int_equal(q[i].flags & ~(uint32_t)STANCE_QUOTE_FRAGMENT, 0);
    }
    assert_memory_equal(t + q[1].start, "with patience.", 14);
}

/* The rule tables are binary-searched: every table must stay sorted and free of duplicates. */
static void rule_tables_are_sorted(void **state)
{
    (void)state;
    const quote_rules_t *r = stance__quote_rules("english");
    assert_non_null(r);
    assert_null(stance__quote_rules("klingon"));
    size_t verbs = 0;
    for (size_t i = 0; i < r->n_words; i++) {
        assert_true(strlen(r->words[i].word) < QWORD_LOW);
        assert_true(r->words[i].classes != 0);
        if (i && strcmp(r->words[i - 1].word, r->words[i].word) >= 0)
            fail_msg("word table: '%s' before '%s'", r->words[i - 1].word, r->words[i].word);
        verbs += (r->words[i].classes & QW_SPEECH) != 0;
    }
    assert_true(verbs >= 200);
    for (size_t i = 1; i < r->n_irregular; i++)
        assert_true(strcmp(r->irregular[2 * i - 2], r->irregular[2 * i]) < 0);
    /* every list of the rules, the months included: sorted, no duplicates, not empty */
    const quote_list_t *lists[] = {
        &r->elisions,        &r->trade_names,        &r->months,          &r->source_modifiers,
        &r->report_nouns,    &r->frame_particles,    &r->question_labels, &r->answer_labels,
        &r->news_outlets,    &r->non_speaker_labels, &r->briefing_nouns,  &r->briefing_adjectives,
        &r->outlet_words,    &r->state_nouns,        &r->issuing_verbs,   &r->time_spans,
        &r->adjective_prefixes, &r->before_adverb_on, &r->irregular_pasts, &r->bloc_nouns,
        &r->quote_labels,    &r->last_body_nouns,    &r->before_role_titles,
        &r->sense_participles, &r->leading_offices, &r->female_names, &r->male_names,
        &r->character_words, &r->race_roles};
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
        assert_true(lists[l]->n > 0);
        for (size_t i = 1; i < lists[l]->n; i++)
            if (strcmp(lists[l]->items[i - 1], lists[l]->items[i]) >= 0)
                fail_msg("list %zu: '%s' before '%s'", l, lists[l]->items[i - 1],
                         lists[l]->items[i]);
    }
    assert_true(r->n_pairs > 0);
    for (size_t i = 0; i < r->n_pairs; i++) {
        const quote_pair_t *pair = &r->pairs[i];
        assert_ptr_equal(stance__quote_pair(r, pair->first, pair->second), pair);
        /* a canonical spelling must fit where the word it replaces was */
        if (pair->kind == QP_ONE_TITLE)
            assert_true(strlen(pair->first_as) <= strlen(pair->first) &&
                        strlen(pair->second_as) <= strlen(pair->second));
        else
            assert_true(!pair->first_as && !pair->second_as);
        if (i && (strcmp(r->pairs[i - 1].first, pair->first) > 0 ||
                  (strcmp(r->pairs[i - 1].first, pair->first) == 0 &&
                   strcmp(r->pairs[i - 1].second, pair->second) >= 0)))
            fail_msg("pairs: '%s %s' before '%s %s'", r->pairs[i - 1].first,
                     r->pairs[i - 1].second, pair->first, pair->second);
    }
    assert_null(stance__quote_pair(r, "foreign", "minister"));
    for (size_t i = 0; i < r->female_names.n; i++) /* one sex's names only */
        assert_false(stance__quote_list_has(&r->male_names, r->female_names.items[i]));
    assert_true(stance__quote_is_report_noun(r, "verdict"));
    assert_true(stance__quote_is_report_noun(r, "warning")); /* a speech noun of the table */
    assert_false(stance__quote_is_report_noun(r, "drone"));
    /* a nation's adjective names its country; the country's own name is no adjective */
    assert_string_equal(stance__quote_demonym(r, "russian", NULL), "russia");
    assert_null(stance__quote_demonym(r, "russia", NULL));
    assert_string_equal(stance__quote_demonym(r, "north", "korean"), "north korea");
    assert_null(stance__quote_demonym(r, "north", "korea"));
    assert_null(stance__quote_demonym(r, "drone", NULL));
    for (size_t i = 0; i < r->trade_names.n; i++) {
        const char *name = r->trade_names.items[i];
        assert_true(stance__quote_classify_word(r, name, strlen(name)) & QW_ROLE);
        if (i)
            assert_true(strcmp(r->trade_names.items[i - 1], name) < 0);
    }
    for (size_t i = 0; i < r->n_nations; i++) {
        assert_true(strlen(r->nations[i].word) < 2 * QWORD_LOW);
        if (i && strcmp(r->nations[i - 1].word, r->nations[i].word) >= 0)
            fail_msg("nation table: '%s' before '%s'", r->nations[i - 1].word,
                     r->nations[i].word);
    }
    assert_string_equal(stance__quote_nation(r, "american"), "united states");
    assert_string_equal(stance__quote_nation(r, "u.s."), "united states");
    assert_string_equal(stance__quote_nation(r, "t\xC3\xBCrkiye"), "turkey");
    assert_null(stance__quote_nation(r, "korean"));
    /* a few facts the attributor relies on */
    assert_true(stance__quote_classify_word(r, "said", 4) & QW_SPEECH);
    assert_true(stance__quote_classify_word(r, "slammed", 7) & QW_SPEECH);
    assert_true(stance__quote_classify_word(r, "denied", 6) & QW_SPEECH);
    assert_true(stance__quote_classify_word(r, "adding", 6) & QW_ING);
    assert_true(stance__quote_classify_word(r, "believes", 8) & QW_THINK);
    assert_true(stance__quote_classify_word(r, "states", 6) & QW_PRESENT_S);
    assert_true(stance__quote_classify_word(r, "dispute", 7) & QW_LEMMA);
    assert_false(stance__quote_classify_word(r, "states", 6) & QW_THINK);
    assert_true(stance__quote_classify_word(r, "ministry", 8) & QW_ORG);
    assert_true(stance__quote_classify_word(r, "spokeswoman", 11) & QW_FEMALE);
    assert_true(stance__quote_classify_word(r, "tuesday", 7) & QW_TIME);
    assert_false(stance__quote_classify_word(r, "united", 6) & QW_SPEECH);
    assert_true(stance__quote_list_has(&r->elisions, "em"));
    assert_false(stance__quote_list_has(&r->elisions, "normandie"));
}

/* The frame is how a quotation was reported: the verb with the adverbs and particles around
 * it, never the audience ("told reporters", "said farmers"), whose words are no stance. */
static void frame_is_the_verb_and_its_manner(void **state)
{
    (void)state;
    static const char text[] =
        "\"We will answer,\" Ana Ruiz told reporters.\n\n"
        "\"Prices are too low,\" Ana Ruiz told farmers in the square.\n\n"
        "\"This is a provocation,\" Ana Ruiz sharply said angrily.\n\n"
        "\"Enough,\" Ana Ruiz lashed out.\n\n"
        "Ivo Brand was told Tuesday in Ostria City by his colleague, Ana Ruiz, that Ostria "
        "\"backs the talks.\"\n";
    /* when and where the words were told is no frame either */
    static const char *const want[] = {"told", "told", "sharply said angrily", "lashed out",
                                       "told"};
    stance_quotation_t q[8];
    size_t n = 0;
    assert_int_equal(stance_quotes_attribute(text, strlen(text), NULL, q, 8, &n, NULL),
                     STANCE_OK);
    assert_int_equal(n, 5);
    for (size_t i = 0; i < n; i++) {
        if (q[i].frame.len != strlen(want[i]) ||
            memcmp(text + q[i].frame.start, want[i], q[i].frame.len) != 0)
            fail_msg("quotation %zu: frame '%.*s', expected '%s'", i, (int)q[i].frame.len,
                     text + q[i].frame.start, want[i]);
    }
}

/* ---- classification with the reporting frame -------------------------------------------- */

static const labeled_t frame_corpus[] = {
    {"conciliatory", "we welcome the agreement and thank our partners"},
    {"conciliatory", "we praise the talks and welcome the progress"},
    {"conciliatory", "they hailed the deal and welcomed the visit"},
    {"conciliatory", "we are ready for dialogue and cooperation"},
    {"hostile", "we condemn the attack and reject the accusations"},
    {"hostile", "they slammed the sanctions and warned of retaliation"},
    {"hostile", "we denounce the provocation and warn the aggressor"},
    {"hostile", "this is a hostile act and we will respond"},
};

/* A context over a model trained on frame_corpus, and the index of its hostile label. */
static stance_ctx_t *frame_context(stance_model_t **m, size_t *hostile)
{
    *m = train_model(NULL, frame_corpus, sizeof frame_corpus / sizeof frame_corpus[0]);
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, *m, NULL, NULL), STANCE_OK);
    assert_int_equal(stance_model_label_index(*m, "hostile", 7, hostile), STANCE_OK);
    return ctx;
}

/* The n quotations of a test article, which has exactly n. */
static void attribute_exactly(const char *text, stance_quotation_t *q, size_t n)
{
    size_t got = 0;
    assert_int_equal(stance_quotes_attribute(text, strlen(text), NULL, q, n, &got, NULL),
                     STANCE_OK);
    assert_int_equal(got, n);
}

/* The two quotations of a test article. */
static void attribute_two(const char *text, stance_quotation_t q[2])
{
    attribute_exactly(text, q, 2);
}

static void frame_moves_the_decision(void **state)
{
    (void)state;
    stance_model_t *m = NULL;
    size_t hostile = 0;
    stance_ctx_t *ctx = frame_context(&m, &hostile);
    static const char text[] =
        "\xE2\x80\x9CIn direct defiance of the talks,\xE2\x80\x9D the minister slammed.\n\n"
        "\xE2\x80\x9CIn direct defiance of the talks,\xE2\x80\x9D the minister welcomed.\n";
    stance_quotation_t q[2];
    attribute_two(text, q);
    assert_int_equal(q[0].verb.len, 7);
    assert_memory_equal(text + q[0].verb.start, "slammed", 7);

    /* weight 0: exactly the quotation alone */
    stance_result_t alone, framed;
    assert_int_equal(stance_classify(ctx, text + q[0].text.start, q[0].text.len, 0, &alone,
                                     NULL),
                     STANCE_OK);
    double alone_hostile = alone.probs[hostile];
    assert_int_equal(stance_classify_quotation(ctx, text, strlen(text), &q[0], 0, 0.0, &framed,
                                               NULL),
                     STANCE_OK);
    assert_true(framed.probs[hostile] == alone_hostile);
    /* a hostile frame pushes toward hostile, a conciliatory one away from it */
    assert_int_equal(stance_classify_quotation(ctx, text, strlen(text), &q[0], 0, 3.0, &framed,
                                               NULL),
                     STANCE_OK);
    assert_true(framed.probs[hostile] > alone_hostile);
    assert_int_equal(framed.label, hostile);
    assert_int_equal(stance_classify_quotation(ctx, text, strlen(text), &q[1], STANCE_EXPLAIN,
                                               3.0, &framed, NULL),
                     STANCE_OK);
    assert_true(framed.probs[hostile] < alone_hostile);
    assert_true(framed.label != hostile);
    /* the explanation lists the quotation's own features, and the frame as an item of its
     * own, pushing toward the new label */
    stance_hit_t hits[8];
    size_t nh = 0, frames = 0;
    assert_int_equal(stance_explain(ctx, hits, 8, &nh), STANCE_OK);
    assert_true(nh > 0);
    for (size_t i = 0; i < nh; i++) {
        if (strcmp(hits[i].feature, "frame: welcomed") == 0) {
            frames++;
            assert_true(hits[i].contribution > 0.0);
            continue;
        }
        assert_true(strstr("in direct defiance of the talks,", hits[i].feature) != NULL);
    }
    assert_int_equal(frames, 1);
    /* the default weight is a measured positive number */
    assert_int_equal(stance_classify_quotation(ctx, text, strlen(text), &q[0], 0,
                                               STANCE_FRAME_WEIGHT_DEFAULT, &framed, NULL),
                     STANCE_OK);
    assert_true(framed.probs[hostile] > alone_hostile);

    /* bad spans are refused */
    stance_quotation_t bad = q[0];
    bad.text.start = strlen(text);
    bad.text.len = 3;
    assert_int_equal(stance_classify_quotation(ctx, text, strlen(text), &bad, 0, 1.0, &framed,
                                               NULL),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(stance_classify_quotation(ctx, text, strlen(text), NULL, 0, 1.0, &framed,
                                               NULL),
                     STANCE_E_INVALID_ARG);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

/* A quotation of words the model does not know is not "unknown" when its frame is evidence:
 * "calling it an “illusion”" is judged by the frame, and known_features counts the frame's
 * features. A frame of the plain "said" adds nothing, so such a quote stays unknown. */
static void frame_counts_as_known(void **state)
{
    (void)state;
    stance_model_t *m = NULL;
    size_t hostile = 0;
    stance_ctx_t *ctx = frame_context(&m, &hostile);
    static const char text[] =
        "\xE2\x80\x9CQuixotry zugzwang,\xE2\x80\x9D the minister slammed.\n\n"
        "\xE2\x80\x9CQuixotry zugzwang,\xE2\x80\x9D the minister said.\n";
    stance_quotation_t q[2];
    attribute_two(text, q);
    stance_result_t alone, framed;
    assert_int_equal(stance_classify(ctx, text + q[0].text.start, q[0].text.len, 0, &alone,
                                     NULL),
                     STANCE_OK);
    assert_int_equal(alone.n_known, 0);
    assert_int_equal(stance_classify_quotation(ctx, text, strlen(text), &q[0], 0, 3.0, &framed,
                                               NULL),
                     STANCE_OK);
    assert_true(framed.n_known > 0);
    assert_int_equal(framed.label, hostile);
    /* weight 0: the frame is not used, so it is not counted either */
    assert_int_equal(stance_classify_quotation(ctx, text, strlen(text), &q[0], 0, 0.0, &framed,
                                               NULL),
                     STANCE_OK);
    assert_int_equal(framed.n_known, 0);
    assert_int_equal(stance_classify_quotation(ctx, text, strlen(text), &q[1], 0, 3.0, &framed,
                                               NULL),
                     STANCE_OK);
    assert_int_equal(framed.n_known, 0);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

/* The plain "said" is no evidence: the quote is judged by its words, whatever the weight (a
 * model whose statements say "said" most in one label would otherwise lean every quote that
 * way). And where and when are not how: the frame stops before "on Tuesday". */
static void plain_said_is_no_evidence(void **state)
{
    (void)state;
    static const labeled_t corpus[] = {
        {"conciliatory", "we welcome the agreement and thank our partners"},
        {"hostile", "we condemn the attack and reject the accusations"},
        {"neutral", "the minister said the meeting is on tuesday"},
        {"neutral", "officials said the talks are on monday and said the venue is set"},
    };
    stance_model_t *m = train_model(NULL, corpus, sizeof corpus / sizeof corpus[0]);
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, m, NULL, NULL), STANCE_OK);
    static const char text[] =
        "\xE2\x80\x9CWe condemn it,\xE2\x80\x9D the minister said.\n\n"
        "The minister told reporters on Tuesday that it was \xE2\x80\x9C" "a dark day.\xE2\x80\x9D\n";
    stance_quotation_t q[2];
    attribute_two(text, q);
    assert_int_equal(q[0].frame.len, 4);
    assert_memory_equal(text + q[0].frame.start, "said", 4);
    stance_result_t alone, framed;
    assert_int_equal(stance_classify(ctx, text + q[0].text.start, q[0].text.len, 0, &alone,
                                     NULL),
                     STANCE_OK);
    double want[STANCE_MAX_LABELS];
    memcpy(want, alone.probs, alone.n_labels * sizeof *want);
    assert_int_equal(stance_classify_quotation(ctx, text, strlen(text), &q[0], 0, 3.0, &framed,
                                               NULL),
                     STANCE_OK);
    assert_memory_equal(framed.probs, want, alone.n_labels * sizeof *want);
    /* "told", not "told reporters" (the audience) nor "told reporters on" */
    assert_int_equal(q[1].frame.len, strlen("told"));
    assert_memory_equal(text + q[1].frame.start, "told", strlen("told"));
    stance_ctx_free(ctx);
    stance_model_free(m);
}

/* An article with one quotation split by its attribution, and a context of the frame model. */
static const char split_article[] = "Envoy Sara Lind arrived. \xE2\x80\x9CWe condemn the "
                                    "attack,\xE2\x80\x9D she said, \xE2\x80\x9C" "and "
                                    "reject the accusations.\xE2\x80\x9D";

static stance_ctx_t *split_quote_context(stance_model_t **m, stance_quotation_t *q)
{
    *m = train_model(NULL, frame_corpus, sizeof frame_corpus / sizeof frame_corpus[0]);
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, *m, NULL, NULL), STANCE_OK);
    size_t n = 0;
    assert_int_equal(stance_quotes_attribute(split_article, strlen(split_article), NULL, q, 1,
                                             &n, NULL),
                     STANCE_OK);
    assert_int_equal(n, 1);
    assert_true(q[0].flags & STANCE_QUOTE_SPLIT);
    return ctx;
}

static void split_quote_is_classified_whole(void **state)
{
    (void)state;
    stance_model_t *m = NULL;
    stance_quotation_t q[1];
    stance_ctx_t *ctx = split_quote_context(&m, q);
    const char *text = split_article;
    stance_result_t whole, joined;
    assert_int_equal(stance_classify_quotation(ctx, text, strlen(text), &q[0], 0, 0.0, &whole,
                                               NULL),
                     STANCE_OK);
    double p0 = whole.probs[0];
    const char *both = "We condemn the attack, and reject the accusations.";
    assert_int_equal(stance_classify(ctx, both, strlen(both), 0, &joined, NULL), STANCE_OK);
    assert_true(joined.probs[0] == p0);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

/* A quotation's explanation and its errors speak of the article: each hit's span is where
 * its words stand in the article (in either piece of a split quotation), and invalid UTF-8
 * is reported at its byte in the article. */
static void quotation_spans_are_in_the_article(void **state)
{
    (void)state;
    stance_model_t *m = NULL;
    stance_quotation_t q[1];
    stance_ctx_t *ctx = split_quote_context(&m, q);
    const char *text = split_article;
    stance_result_t res;
    assert_int_equal(stance_classify_quotation(ctx, text, strlen(text), &q[0], STANCE_EXPLAIN,
                                               0.0, &res, NULL),
                     STANCE_OK);
    stance_hit_t hits[32];
    size_t nh = 0;
    assert_int_equal(stance_explain(ctx, hits, 32, &nh), STANCE_OK);
    size_t unigrams = 0, in_second = 0;
    for (size_t i = 0; i < nh; i++) {
        const stance_hit_t *h = &hits[i];
        size_t end = h->start + h->len;
        bool first = h->start >= q[0].text.start && end <= q[0].text.start + q[0].text.len;
        bool second = h->start >= q[0].more.start && end <= q[0].more.start + q[0].more.len;
        if (!memchr(h->feature, ' ', h->feature_len)) {
            /* a unigram's span is its word, which begins with its stem in these words */
            assert_true(first || second);
            assert_true(h->feature_len <= h->len);
            for (size_t k = 0; k < h->feature_len; k++)
                assert_int_equal(tolower((unsigned char)text[h->start + k]), h->feature[k]);
            unigrams++;
            in_second += second;
        } else {
            /* a bigram over the join starts in the first piece and ends in the second */
            assert_true(h->start >= q[0].text.start);
            assert_true(end <= q[0].more.start + q[0].more.len);
        }
    }
    assert_true(unigrams >= 4);
    assert_true(in_second >= 2);

    /* a byte that is not UTF-8 in the second piece: its offset in the article */
    char bad[sizeof split_article];
    memcpy(bad, text, sizeof split_article);
    size_t at = q[0].more.start + 4; /* "and \xff..." */
    bad[at] = (char)0xFF;
    stance_error_t err;
    assert_int_equal(stance_classify_quotation(ctx, bad, strlen(bad), &q[0], 0, 0.0, &res,
                                               &err),
                     STANCE_E_BAD_UTF8);
    assert_int_equal(err.offset, at);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

/* Every span of a quotation is checked, the verb's and the speaker's too, and weights and
 * evidence that are not finite numbers are refused rather than turned into NaN scores. */
static void quotation_arguments_are_checked(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, frame_corpus,
                                    sizeof frame_corpus / sizeof frame_corpus[0]);
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, m, NULL, NULL), STANCE_OK);
    static const char text[] = "Envoy Sara Lind said: \xE2\x80\x9CWe condemn the attack."
                               "\xE2\x80\x9D";
    const size_t len = strlen(text);
    stance_quotation_t q[2];
    size_t n = 0;
    assert_int_equal(stance_quotes_attribute(text, len, NULL, q, 2, &n, NULL), STANCE_OK);
    assert_int_equal(n, 1);
    stance_result_t res;
    stance_error_t err;
    stance_quotation_t bad = q[0];
    bad.verb = (stance_span_t){SIZE_MAX, 2};
    assert_int_equal(stance_classify_quotation(ctx, text, len, &bad, 0, -1, &res, &err),
                     STANCE_E_INVALID_ARG);
    bad = q[0];
    bad.speaker = (stance_span_t){len + 3, 2};
    assert_int_equal(stance_classify_quotation(ctx, text, len, &bad, 0, -1, &res, &err),
                     STANCE_E_INVALID_ARG);
    /* a weight past the bound would turn finite evidence into infinities that the next call
     * refuses: refused itself; the bound is accepted */
    assert_int_equal(stance_classify_quotation(ctx, text, len, &q[0], 0,
                                               STANCE_EVIDENCE_WEIGHT_MAX * 1.5, &res, &err),
                     STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "frame_weight 150 is outside 0..100"));
    assert_int_equal(stance_classify_quotation(ctx, text, len, &q[0], 0,
                                               STANCE_EVIDENCE_WEIGHT_MAX, &res, &err),
                     STANCE_OK);
    double huge_row[3];
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, q, 1, 0, -1, 1e308,
                                                        huge_row, &err),
                     STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "speaker_weight 1e+308 is outside 0..100"));
    /* a span of length 0 is "none": where it starts does not matter */
    bad = q[0];
    bad.verb = (stance_span_t){SIZE_MAX, 0};
    bad.mention = bad.speaker = (stance_span_t){len + 9, 0};
    assert_int_equal(stance_classify_quotation(ctx, text, len, &bad, 0, -1, &res, &err),
                     STANCE_OK);
    bad.text = (stance_span_t){SIZE_MAX, 0}; /* an empty quotation: its frame alone */
    assert_int_equal(stance_classify_quotation(ctx, text, len, &bad, 0, -1, &res, &err),
                     STANCE_OK);
    const double not_finite[] = {NAN, INFINITY, -INFINITY};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(stance_classify_quotation(ctx, text, len, &q[0], 0, not_finite[i], &res,
                                                   &err),
                         STANCE_E_INVALID_ARG);
        assert_non_null(strstr(err.msg, "frame_weight"));
        double evidence[3] = {0.0, not_finite[i], 0.0};
        assert_int_equal(stance_classify_quotation_with(ctx, text, len, &q[0], 0, -1, evidence,
                                                        &res, &err),
                         STANCE_E_INVALID_ARG);
        assert_non_null(strstr(err.msg, "evidence"));
        double row[3];
        assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, q, 1, 0, -1,
                                                            not_finite[i], row, &err),
                         STANCE_E_INVALID_ARG);
        assert_non_null(strstr(err.msg, "speaker_weight"));
    }
    /* the defaults and finite values still work */
    assert_int_equal(stance_classify_quotation(ctx, text, len, &q[0], 0, -1, &res, &err),
                     STANCE_OK);
    double evidence[3] = {0.5, -0.5, 0.0};
    assert_int_equal(stance_classify_quotation_with(ctx, text, len, &q[0], 0, 2.0, evidence, &res,
                                                    &err),
                     STANCE_OK);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

/* Every allocation of a framed classification can fail and is reported, leaking nothing. */
static void frame_classification_out_of_memory(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, frame_corpus,
                                    sizeof frame_corpus / sizeof frame_corpus[0]);
    static const char text[] = "Envoy Sara Lind arrived. \xE2\x80\x9CWe condemn the attack,"
                               "\xE2\x80\x9D she warned, \xE2\x80\x9C" "and reject the "
                               "accusations.\xE2\x80\x9D";
    stance_quotation_t q[2];
    size_t n = 0;
    assert_int_equal(stance_quotes_attribute(text, strlen(text), NULL, q, 2, &n, NULL),
                     STANCE_OK);
    bool done = false;
    for (long fail = 0; !done && fail < 200; fail++) {
        test_alloc_t ta;
        test_alloc_init(&ta, -1);
        stance_ctx_t *ctx = NULL;
        assert_int_equal(stance_ctx_new(&ctx, m, &ta.alloc, NULL), STANCE_OK);
        ta.fail_at = ta.calls + fail;
        stance_result_t res;
        stance_status_t st = stance_classify_quotation(ctx, text, strlen(text), &q[0],
                                                       STANCE_EXPLAIN, 1.0, &res, NULL);
        if (st == STANCE_OK)
            done = true;
        else
            assert_int_equal(st, STANCE_E_NOMEM);
        stance_ctx_free(ctx);
        assert_int_equal(ta.live, 0);
    }
    assert_true(done);
    stance_model_free(m);
}

/* The speaker's other quotations in the article: an ambiguous quotation is read beside them.
 * Checked against the definition, recomputed here from stance_classify_quotation(): the mean
 * of the others' log-probabilities (times the temperature, 1 here), times the weight. */
static void assert_near(double got, double want, double tolerance)
{
    if (!(fabs(got - want) <= tolerance))
        fail_msg("%.17g is not within %g of %.17g", got, tolerance, want);
}

static const char speakers_text[] =
    "Envoy Sara Lind spoke first. \xE2\x80\x9CWe welcome the agreement and thank our "
    "partners,\xE2\x80\x9D Lind said. \xE2\x80\x9CWe are ready for dialogue,\xE2\x80\x9D she "
    "added.\n\n"
    "General Omar Vale said the army would \xE2\x80\x9Creciprocate\xE2\x80\x9D and that "
    "\xE2\x80\x9Cwe condemn the attack.\xE2\x80\x9D\n\n"
    "Lind later told reporters it was \xE2\x80\x9C" "a matter of the talks.\xE2\x80\x9D\n\n"
    "A bystander, Ana Roe, said: \xE2\x80\x9CThe talks.\xE2\x80\x9D\n";

static void speaker_evidence_follows_the_speaker(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, frame_corpus,
                                    sizeof frame_corpus / sizeof frame_corpus[0]);
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, m, NULL, NULL), STANCE_OK);
    const size_t L = stance_model_label_count(m);
    const char *text = speakers_text;
    const size_t len = strlen(text);
    stance_quotation_t q[8];
    size_t n = 0;
    assert_int_equal(stance_quotes_attribute(text, len, NULL, q, 8, &n, NULL), STANCE_OK);
    assert_int_equal(n, 6);
    const char *who[6] = {"Sara Lind", "Sara Lind", "Omar Vale", "Omar Vale", "Sara Lind",
                          "Ana Roe"};
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(q[i].speaker.len, strlen(who[i]));
        assert_memory_equal(text + q[i].speaker.start, who[i], strlen(who[i]));
    }
    double ev[6 * STANCE_MAX_LABELS], logp[6][STANCE_MAX_LABELS];
    size_t known[6];
    for (size_t i = 0; i < n; i++) {
        stance_result_t r;
        assert_int_equal(stance_classify_quotation(ctx, text, len, &q[i], 0, 1.0, &r, NULL),
                         STANCE_OK);
        known[i] = r.n_known;
        for (size_t c = 0; c < L; c++)
            logp[i][c] = log(r.probs[c]);
    }
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, q, n, 0, 1.0, 0.5, ev,
                                                        NULL),
                     STANCE_OK);
    /* Lind's third quotation: the mean of her two others; each of the two: the other two */
    assert_true(known[0] && known[1] && known[4]);
    for (size_t c = 0; c < L; c++) {
        assert_near(ev[4 * L + c], 0.5 * (logp[0][c] + logp[1][c]) / 2, 1e-9);
        assert_near(ev[0 * L + c], 0.5 * (logp[1][c] + logp[4][c]) / 2, 1e-9);
    }
    /* Vale: "reciprocate" is a word the model never saw, so it gives nothing to the other quote
     * and gets all of the other's; Roe, quoted once, gets nothing */
    assert_int_equal(known[2], 0);
    for (size_t c = 0; c < L; c++) {
        assert_near(ev[2 * L + c], 0.5 * logp[3][c], 1e-9);
        assert_true(ev[3 * L + c] == 0.0);
        assert_true(ev[5 * L + c] == 0.0);
    }
    /* the evidence moves the ambiguous quotation toward the speaker's line */
    size_t conciliatory = 0;
    assert_int_equal(stance_model_label_index(m, "conciliatory", 12, &conciliatory), STANCE_OK);
    stance_result_t alone, with;
    assert_int_equal(stance_classify_quotation(ctx, text, len, &q[4], 0, 1.0, &alone, NULL),
                     STANCE_OK);
    double before = alone.probs[conciliatory];
    assert_int_equal(stance_classify_quotation_with(ctx, text, len, &q[4], 0, 1.0, &ev[4 * L],
                                                    &with, NULL),
                     STANCE_OK);
    assert_true(with.probs[conciliatory] > before);
    /* NULL evidence is stance_classify_quotation() */
    assert_int_equal(stance_classify_quotation_with(ctx, text, len, &q[4], 0, 1.0, NULL, &with,
                                                    NULL),
                     STANCE_OK);
    assert_true(with.probs[conciliatory] == before);
    /* evidence with the frame off still applies */
    assert_int_equal(stance_classify_quotation_with(ctx, text, len, &q[4], 0, 0.0, &ev[4 * L],
                                                    &with, NULL),
                     STANCE_OK);
    double with_evidence = with.probs[conciliatory]; /* the context's arrays: read them now */
    assert_int_equal(stance_classify_quotation(ctx, text, len, &q[4], 0, 0.0, &alone, NULL),
                     STANCE_OK);
    assert_true(with_evidence > alone.probs[conciliatory]);
    /* weight 0: zeros; the default weight is a measured positive number */
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, q, n, 0, 1.0, 0.0, ev,
                                                        NULL),
                     STANCE_OK);
    for (size_t i = 0; i < n * L; i++)
        assert_true(ev[i] == 0.0);
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, q, n, 0, 1.0,
                                                        STANCE_SPEAKER_WEIGHT_DEFAULT, ev, NULL),
                     STANCE_OK);
    assert_true(ev[4 * L + conciliatory] > ev[4 * L + (conciliatory ? 0 : 1)]);
    /* no quotations: nothing to do, nothing read */
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, NULL, 0, 0, 1.0, -1.0,
                                                        NULL, NULL),
                     STANCE_OK);
    /* refused: NULLs, unknown flags, an infinite weight, a speaker outside the text */
    stance_error_t err;
    assert_int_equal(stance_quotations_speaker_evidence(NULL, text, len, q, n, 0, 1.0, 1.0, ev,
                                                        &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, q, n, 0, 1.0, 1.0, NULL,
                                                        &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, q, n, STANCE_EXPLAIN,
                                                        1.0, 1.0, ev, &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, q, n, 0, 1.0, INFINITY,
                                                        ev, &err),
                     STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "not a finite number"));
    stance_quotation_t bad[2] = {q[0], q[1]};
    bad[1].speaker.start = len;
    bad[1].speaker.len = 1;
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, bad, 2, 0, 1.0, 1.0, ev,
                                                        &err),
                     STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "quotation 1"));
    stance_ctx_free(ctx);
    stance_model_free(m);
}

/* A quotation's repeats are not its speaker's other quotations, and a wording quoted twice
 * (a pull quote, the same article fed twice) counts once, for its speaker and for the other
 * speakers: each copy of a doubled article gets the evidence of the article alone. */
/* The evidence functions check their arguments whatever the article holds: a NaN frame weight
 * and invalid UTF-8 in a quotation (without STANCE_REPLACE_INVALID) were refused in an article
 * of two quotations and passed in one of one, where nothing needed classifying (a blind
 * review). */
static void evidence_arguments_are_checked_in_any_article(void **state)
{
    (void)state;
    stance_model_t *m;
    size_t hostile;
    stance_ctx_t *ctx = frame_context(&m, &hostile);
    static const char text[] = "The minister said: \xE2\x80\x9CWe are \xFF ready.\xE2\x80\x9D\n";
    const size_t len = sizeof text - 1;
    stance_quotes_opts_t o = STANCE_QUOTES_OPTS_INIT;
    o.flags = STANCE_REPLACE_INVALID;
    stance_quotation_t q[4];
    size_t n = 0;
    assert_int_equal(stance_quotes_attribute(text, len, &o, q, 4, &n, NULL), STANCE_OK);
    assert_int_equal(n, 1);
    double sev[STANCE_MAX_LABELS], aev[STANCE_MAX_LABELS];
    stance_error_t err;
    assert_int_equal(stance_quotations_evidence(ctx, text, len, q, 1, 0, NAN, 1.0, 1.0, sev, aev,
                                                &err),
                     STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "frame_weight"));
    assert_int_equal(stance_quotations_evidence(ctx, text, len, q, 1, 0, 1.0, 1.0, 1.0, sev, aev,
                                                &err),
                     STANCE_E_BAD_UTF8);
    assert_int_equal(err.offset, 29);
    assert_int_equal(stance_quotations_evidence(ctx, text, len, q, 1, STANCE_REPLACE_INVALID,
                                                1.0, 1.0, 1.0, sev, aev, &err),
                     STANCE_OK);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

static void speaker_evidence_counts_a_wording_once(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, frame_corpus,
                                    sizeof frame_corpus / sizeof frame_corpus[0]);
    stance_ctx_t *ctx = NULL;
    assert_int_equal(stance_ctx_new(&ctx, m, NULL, NULL), STANCE_OK);
    const size_t L = stance_model_label_count(m);
    const size_t one = strlen(speakers_text);
    char *text = malloc(2 * one + 2);
    assert_non_null(text);
    memcpy(text, speakers_text, one);
    memcpy(text + one, "\n", 1);
    memcpy(text + one + 1, speakers_text, one + 1);
    const size_t len = strlen(text);
    stance_quotation_t q[16];
    size_t n1 = 0, n2 = 0;
    assert_int_equal(stance_quotes_attribute(text, one, NULL, q, 16, &n1, NULL), STANCE_OK);
    assert_int_equal(n1, 6);
    double single[6 * STANCE_MAX_LABELS], doubled[12 * STANCE_MAX_LABELS];
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, one, q, n1, 0, 1.0, 0.5,
                                                        single, NULL),
                     STANCE_OK);
    assert_int_equal(stance_quotes_attribute(text, len, NULL, q, 16, &n2, NULL), STANCE_OK);
    assert_int_equal(n2, 12);
    for (size_t i = 0; i < 6; i++) { /* the copy is attributed as the original */
        assert_int_equal(q[i].speaker.len, q[i + 6].speaker.len);
        assert_memory_equal(text + q[i].speaker.start, text + q[i + 6].speaker.start,
                            q[i].speaker.len);
    }
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, q, n2, 0, 1.0, 0.5,
                                                        doubled, NULL),
                     STANCE_OK);
    for (size_t i = 0; i < 6; i++)
        for (size_t c = 0; c < L; c++) {
            assert_near(doubled[i * L + c], single[i * L + c], 1e-9);
            assert_near(doubled[(i + 6) * L + c], single[i * L + c], 1e-9);
        }
    /* Roe, quoted once in each copy with the same words, still has no other quotation */
    for (size_t c = 0; c < L; c++)
        assert_true(doubled[11 * L + c] == 0.0);
    /* the other speakers' quotations too: each wording once for everyone else */
    double speaker_rows[12 * STANCE_MAX_LABELS];
    assert_int_equal(stance_quotes_attribute(text, one, NULL, q, 16, &n1, NULL), STANCE_OK);
    assert_int_equal(stance_quotations_evidence(ctx, text, one, q, n1, 0, 1.0, 0.0, 0.5,
                                                speaker_rows, single, NULL),
                     STANCE_OK);
    assert_int_equal(stance_quotes_attribute(text, len, NULL, q, 16, &n2, NULL), STANCE_OK);
    assert_int_equal(stance_quotations_evidence(ctx, text, len, q, n2, 0, 1.0, 0.0, 0.5,
                                                speaker_rows, doubled, NULL),
                     STANCE_OK);
    for (size_t i = 0; i < 6; i++)
        for (size_t c = 0; c < L; c++) {
            assert_true(single[i * L + c] != 0.0);
            assert_near(doubled[i * L + c], single[i * L + c], 1e-9);
            assert_near(doubled[(i + 6) * L + c], single[i * L + c], 1e-9);
        }
    free(text);
    stance_ctx_free(ctx);
    stance_model_free(m);
}

/* Every allocation of the speaker's and the article's evidence can fail and is reported,
 * leaking nothing. */
static void speaker_evidence_out_of_memory(void **state)
{
    (void)state;
    stance_model_t *m = train_model(NULL, frame_corpus,
                                    sizeof frame_corpus / sizeof frame_corpus[0]);
    stance_quotation_t q[8];
    size_t n = 0;
    const size_t len = strlen(speakers_text);
    assert_int_equal(stance_quotes_attribute(speakers_text, len, NULL, q, 8, &n, NULL),
                     STANCE_OK);
    double ev[8 * STANCE_MAX_LABELS], others[8 * STANCE_MAX_LABELS];
    bool done = false;
    for (long fail = 0; !done && fail < 400; fail++) {
        test_alloc_t ta;
        test_alloc_init(&ta, -1);
        stance_ctx_t *ctx = NULL;
        assert_int_equal(stance_ctx_new(&ctx, m, &ta.alloc, NULL), STANCE_OK);
        ta.fail_at = ta.calls + fail;
        stance_status_t st = stance_quotations_speaker_evidence(ctx, speakers_text, len, q, n, 0,
                                                                1.0, 1.0, ev, NULL);
        if (st == STANCE_OK) /* and with the other speakers' */
            st = stance_quotations_evidence(ctx, speakers_text, len, q, n, 0, 1.0, 1.0, 1.0, ev,
                                            others, NULL);
        if (st == STANCE_OK)
            done = true;
        else
            assert_int_equal(st, STANCE_E_NOMEM);
        stance_ctx_free(ctx);
        assert_int_equal(ta.live, 0);
    }
    assert_true(done);
    stance_model_free(m);
}

/* The explanation of a quotation shows all its evidence: the frame and the speaker's other
 * quotations are items beside the features, so what it lists adds up to the decision. Here the
 * second quotation's words lean conciliatory, and the speaker's hostile line decides. */
static const char explained_text[] =
    "Envoy Mara Holt slammed the sanctions as \xE2\x80\x9C" "a hostile act.\xE2\x80\x9D\n\n"
    "\xE2\x80\x9CWe welcome the talks,\xE2\x80\x9D Holt said. \xE2\x80\x9CWe condemn the "
    "attack and reject the accusations,\xE2\x80\x9D she added.\n";

/* The hit whose text starts with prefix, or NULL. */
static const stance_hit_t *item_of(const stance_hit_t *hits, size_t n, const char *prefix)
{
    for (size_t i = 0; i < n; i++)
        if (strncmp(hits[i].feature, prefix, strlen(prefix)) == 0)
            return &hits[i];
    return NULL;
}

static void explanation_lists_frame_and_speaker(void **state)
{
    (void)state;
    stance_model_t *m = NULL;
    size_t hostile = 0;
    stance_ctx_t *ctx = frame_context(&m, &hostile);
    const size_t L = stance_model_label_count(m);
    const char *text = explained_text;
    const size_t len = strlen(text);
    stance_quotation_t q[3];
    attribute_exactly(text, q, 3);
    double ev[3 * STANCE_MAX_LABELS];
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, q, 3, 0, -1.0, 1.0, ev,
                                                        NULL),
                     STANCE_OK);
    stance_hit_t hits[64];
    size_t nh = 0;

    /* "slammed": the frame's item, spanning the verb in the article */
    stance_result_t res;
    assert_int_equal(stance_classify_quotation_with(ctx, text, len, &q[0], STANCE_EXPLAIN,
                                                    -1.0, &ev[0], &res, NULL),
                     STANCE_OK);
    assert_int_equal(res.label, hostile);
    assert_int_equal(stance_explain(ctx, hits, 64, &nh), STANCE_OK);
    const stance_hit_t *frame = item_of(hits, nh, "frame: ");
    assert_non_null(frame);
    assert_non_null(strstr(frame->feature, "slammed"));
    assert_int_equal(frame->feature_len, strlen(frame->feature));
    assert_true(frame->contribution > 0.0);
    assert_true(frame->start <= q[0].verb.start &&
                q[0].verb.start + q[0].verb.len <= frame->start + frame->len);
    assert_int_equal(frame->count, 1);

    /* "We welcome the talks," Holt said: the speaker decides, against the words */
    assert_int_equal(stance_classify_quotation_with(ctx, text, len, &q[1], STANCE_EXPLAIN,
                                                    -1.0, &ev[1 * L], &res, NULL),
                     STANCE_OK);
    assert_int_equal(res.label, hostile);
    assert_int_equal(stance_explain(ctx, hits, 64, &nh), STANCE_OK);
    assert_true(nh < 64);
    const stance_hit_t *speaker = item_of(hits, nh, "speaker: ");
    assert_non_null(speaker);
    assert_string_equal(speaker->feature, "speaker: other quotations");
    assert_true(speaker->contribution > 0.0);
    /* it spans the speaker's mention at this quotation */
    assert_int_equal(speaker->start, q[1].mention.start);
    assert_int_equal(speaker->len, q[1].mention.len);
    /* the plain "said" is no evidence, so no frame item */
    assert_null(item_of(hits, nh, "frame: "));
    /* ranked with the features by the size of their contribution */
    double sum = 0.0, words = 0.0;
    for (size_t i = 0; i < nh; i++) {
        if (i)
            assert_true(fabs(hits[i].contribution) <= fabs(hits[i - 1].contribution));
        sum += hits[i].contribution;
        if (&hits[i] != speaker)
            words += hits[i].contribution;
    }
    assert_true(words < 0.0); /* the words alone are against the label */
    assert_true(sum > 0.0);   /* all of the evidence agrees with it (the priors are even) */

    /* without the speaker's evidence there is no speaker item */
    assert_int_equal(stance_classify_quotation(ctx, text, len, &q[1], STANCE_EXPLAIN, -1.0,
                                               &res, NULL),
                     STANCE_OK);
    assert_int_equal(stance_explain(ctx, hits, 64, &nh), STANCE_OK);
    assert_null(item_of(hits, nh, "speaker: "));
    /* nor in line mode, which never sees a frame */
    assert_int_equal(stance_classify(ctx, text, len, STANCE_EXPLAIN, &res, NULL), STANCE_OK);
    assert_int_equal(stance_explain(ctx, hits, 64, &nh), STANCE_OK);
    assert_null(item_of(hits, nh, "frame: "));
    assert_null(item_of(hits, nh, "speaker: "));
    stance_ctx_free(ctx);
    stance_model_free(m);
}

/* The rest of the article: each quotation gets the mean log-probability of the quotations of
 * the article's other speakers, and of those with no speaker, that the model understood, times
 * the weight; a scare-quoted term neither gives nor gets it. Checked against the definition,
 * recomputed here from stance_classify_quotation() (the temperature is 1 here). */
static const char article_text[] =
    "\xE2\x80\x9CThe talks are over.\xE2\x80\x9D\n\n"
    "Envoy Sara Lind spoke first. \xE2\x80\x9CWe welcome the agreement and thank our "
    "partners,\xE2\x80\x9D Lind said.\n\n"
    "The so-called \xE2\x80\x9Cpeace plan\xE2\x80\x9D was not discussed.\n\n"
    "General Omar Vale said that \xE2\x80\x9Cwe condemn the attack.\xE2\x80\x9D "
    "\xE2\x80\x9CWe reject the accusations,\xE2\x80\x9D he added.\n";

/* article_text's five quotations and a context over frame_corpus's model, for the tests of the
 * article's evidence; article_case_close() frees them. */
typedef struct article_case {
    stance_model_t *m;
    stance_ctx_t *ctx;
    size_t hostile, labels; /* the hostile label's index, and how many labels */
    stance_quotation_t q[5];
} article_case_t;

static stance_ctx_t *article_case(article_case_t *ac)
{
    ac->ctx = frame_context(&ac->m, &ac->hostile);
    ac->labels = stance_model_label_count(ac->m);
    attribute_exactly(article_text, ac->q, 5);
    return ac->ctx;
}

static void article_case_close(article_case_t *ac)
{
    stance_ctx_free(ac->ctx);
    stance_model_free(ac->m);
}

static bool same_speaker(const char *text, const stance_quotation_t *a,
                         const stance_quotation_t *b)
{
    return a->speaker.len && a->speaker.len == b->speaker.len &&
           memcmp(text + a->speaker.start, text + b->speaker.start, a->speaker.len) == 0;
}

static void article_evidence_reads_the_other_speakers(void **state)
{
    (void)state;
    article_case_t ac;
    stance_ctx_t *ctx = article_case(&ac);
    const size_t L = ac.labels;
    const char *text = article_text;
    const size_t len = strlen(text);
    const stance_quotation_t *q = ac.q;
    assert_int_equal(q[0].speaker.len, 0);          /* "The talks are over." */
    assert_true(q[2].flags & STANCE_QUOTE_TERM);    /* the "peace plan" */
    assert_true(same_speaker(text, &q[3], &q[4]));  /* Vale, twice */
    assert_false(same_speaker(text, &q[1], &q[3])); /* Lind, once */
    double logp[5][STANCE_MAX_LABELS];
    size_t known[5];
    for (size_t i = 0; i < 5; i++) {
        stance_result_t r;
        assert_int_equal(stance_classify_quotation(ctx, text, len, &q[i], 0, 1.0, &r, NULL),
                         STANCE_OK);
        known[i] = r.n_known;
        for (size_t c = 0; c < L; c++)
            logp[i][c] = log(r.probs[c]);
    }
    double sev[5 * STANCE_MAX_LABELS], aev[5 * STANCE_MAX_LABELS], alone[5 * STANCE_MAX_LABELS];
    assert_int_equal(stance_quotations_evidence(ctx, text, len, q, 5, 0, 1.0, 0.5, 0.25, sev,
                                                aev, NULL),
                     STANCE_OK);
    /* the speaker's rows are stance_quotations_speaker_evidence()'s */
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, q, 5, 0, 1.0, 0.5, alone,
                                                        NULL),
                     STANCE_OK);
    assert_memory_equal(sev, alone, 5 * L * sizeof *sev);
    size_t with_others = 0;
    for (size_t i = 0; i < 5; i++) {
        double want[STANCE_MAX_LABELS] = {0};
        size_t others = 0;
        for (size_t j = 0; j < 5 && !(q[i].flags & STANCE_QUOTE_TERM); j++) {
            if (j == i || (q[j].flags & STANCE_QUOTE_TERM) || !known[j] ||
                same_speaker(text, &q[i], &q[j]))
                continue;
            others++;
            for (size_t c = 0; c < L; c++)
                want[c] += logp[j][c];
        }
        with_others += others > 0;
        for (size_t c = 0; c < L; c++)
            assert_near(aev[i * L + c], others ? 0.25 * want[c] / (double)others : 0.0, 1e-9);
    }
    assert_int_equal(with_others, 4); /* all but the term */
    for (size_t c = 0; c < L; c++)
        assert_true(aev[2 * L + c] == 0.0);
    /* Vale's "we condemn the attack" is read beside Lind's welcome and the unattributed
     * "The talks are over", not beside his own "We reject the accusations" */
    assert_true(known[0] && known[1] && known[4]);
    for (size_t c = 0; c < L; c++)
        assert_near(aev[3 * L + c], 0.25 * (logp[0][c] + logp[1][c]) / 2, 1e-9);
    /* weight 0: zeros; the speaker's rows stay */
    assert_int_equal(stance_quotations_evidence(ctx, text, len, q, 5, 0, 1.0, 0.5, 0.0, sev, aev,
                                                NULL),
                     STANCE_OK);
    for (size_t i = 0; i < 5 * L; i++)
        assert_true(aev[i] == 0.0);
    assert_memory_equal(sev, alone, 5 * L * sizeof *sev);
    /* the defaults: the speaker's as stance_quotations_speaker_evidence() has it, and a
     * measured article weight that gives evidence */
    assert_int_equal(stance_quotations_evidence(ctx, text, len, q, 5, 0, 1.0,
                                                STANCE_SPEAKER_WEIGHT_DEFAULT,
                                                STANCE_ARTICLE_WEIGHT_DEFAULT, sev, aev, NULL),
                     STANCE_OK);
    assert_int_equal(stance_quotations_speaker_evidence(ctx, text, len, q, 5, 0, 1.0,
                                                        STANCE_SPEAKER_WEIGHT_DEFAULT, alone,
                                                        NULL),
                     STANCE_OK);
    assert_memory_equal(sev, alone, 5 * L * sizeof *sev);
    assert_true(aev[1 * L + 0] != 0.0);
    /* one quotation has no other; none, nothing read */
    assert_int_equal(stance_quotations_evidence(ctx, text, len, q, 1, 0, 1.0, -1.0, -1.0, sev,
                                                aev, NULL),
                     STANCE_OK);
    for (size_t c = 0; c < L; c++)
        assert_true(sev[c] == 0.0 && aev[c] == 0.0);
    assert_int_equal(stance_quotations_evidence(ctx, text, len, NULL, 0, 0, 1.0, -1.0, -1.0,
                                                NULL, NULL, NULL),
                     STANCE_OK);
    /* refused: a missing row array, unknown flags, weights that are no number or too large */
    stance_error_t err;
    assert_int_equal(stance_quotations_evidence(ctx, text, len, q, 5, 0, 1.0, 0.5, 0.5, sev,
                                                NULL, &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(stance_quotations_evidence(ctx, text, len, q, 5, STANCE_EXPLAIN, 1.0, 0.5,
                                                0.5, sev, aev, &err),
                     STANCE_E_INVALID_ARG);
    assert_int_equal(stance_quotations_evidence(ctx, text, len, q, 5, 0, 1.0, 0.5, NAN, sev,
                                                aev, &err),
                     STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "article_weight"));
    assert_int_equal(stance_quotations_evidence(ctx, text, len, q, 5, 0, 1.0, 0.5,
                                                STANCE_EVIDENCE_WEIGHT_MAX * 2, sev, aev, &err),
                     STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "outside"));
    article_case_close(&ac);
}

/* The article's evidence is an item of the explanation of its own, "article: other
 * quotations", spanning nothing at the quotation's start, beside the speaker's; a row
 * NULL is none, and a row that is not all finite is refused. */
static void explanation_lists_the_article(void **state)
{
    (void)state;
    article_case_t ac;
    stance_ctx_t *ctx = article_case(&ac);
    const size_t L = ac.labels;
    const char *text = article_text;
    const size_t len = strlen(text);
    const stance_quotation_t *q = ac.q;
    double sev[5 * STANCE_MAX_LABELS], aev[5 * STANCE_MAX_LABELS];
    assert_int_equal(stance_quotations_evidence(ctx, text, len, q, 5, 0, -1.0, 1.0, 1.0, sev,
                                                aev, NULL),
                     STANCE_OK);
    stance_hit_t hits[64];
    size_t nh = 0;
    stance_result_t res;
    /* Vale's first quotation: his own other one and the article's others both weigh */
    assert_int_equal(stance_classify_quotation_in(ctx, text, len, &q[3], STANCE_EXPLAIN, -1.0,
                                                  &sev[3 * L], &aev[3 * L], &res, NULL),
                     STANCE_OK);
    assert_int_equal(stance_explain(ctx, hits, 64, &nh), STANCE_OK);
    const stance_hit_t *article = item_of(hits, nh, "article: ");
    assert_non_null(article);
    assert_string_equal(article->feature, "article: other quotations");
    assert_int_equal(article->start, q[3].text.start);
    assert_int_equal(article->len, 0);
    assert_int_equal(article->count, 1);
    assert_non_null(item_of(hits, nh, "speaker: "));
    /* its contribution is its evidence for the label less that for the runner-up */
    size_t runner_up = res.label == 0 ? 1 : 0;
    for (size_t c = 0; c < L; c++)
        if (c != res.label && res.probs[c] > res.probs[runner_up])
            runner_up = c;
    assert_near(article->contribution, aev[3 * L + res.label] - aev[3 * L + runner_up], 1e-9);
    assert_true(article->contribution != 0.0);
    /* NULL rows: no items, the label of stance_classify_quotation() */
    stance_result_t alone;
    assert_int_equal(stance_classify_quotation_in(ctx, text, len, &q[3], STANCE_EXPLAIN, -1.0,
                                                  NULL, NULL, &res, NULL),
                     STANCE_OK);
    const size_t label_in = res.label;
    assert_int_equal(stance_explain(ctx, hits, 64, &nh), STANCE_OK);
    assert_null(item_of(hits, nh, "article: "));
    assert_null(item_of(hits, nh, "speaker: "));
    assert_int_equal(stance_classify_quotation(ctx, text, len, &q[3], 0, -1.0, &alone, NULL),
                     STANCE_OK);
    assert_int_equal(alone.label, label_in);
    /* an article row that is not finite is refused, naming its label */
    double bad[STANCE_MAX_LABELS] = {0};
    bad[1] = NAN;
    stance_error_t err;
    assert_int_equal(stance_classify_quotation_in(ctx, text, len, &q[3], 0, -1.0, &sev[3 * L],
                                                  bad, &res, &err),
                     STANCE_E_INVALID_ARG);
    assert_non_null(strstr(err.msg, "label 1"));
    article_case_close(&ac);
}

/* A quotation read in its article (stance_classify_quotation_in()) sums evidence that is not
 * independent, so its probabilities are made with a temperature of their own: the label stays,
 * every log-odds between two labels is divided by one number above 1, the same for every
 * quotation, and the confidence falls toward 1/L without reaching it. */
static void quotation_in_its_article_is_less_sure(void **state)
{
    (void)state;
    article_case_t ac;
    stance_ctx_t *ctx = article_case(&ac);
    const size_t L = ac.labels;
    const char *text = article_text;
    const size_t len = strlen(text);
    const stance_quotation_t *q = ac.q;
    double factor = 0.0;
    size_t softer = 0;
    for (size_t i = 0; i < 5; i++) {
        stance_result_t raw, in;
        double raw_probs[STANCE_MAX_LABELS];
        assert_int_equal(stance_classify_quotation(ctx, text, len, &q[i], 0, -1.0, &raw, NULL),
                         STANCE_OK);
        memcpy(raw_probs, raw.probs, L * sizeof *raw_probs); /* the context's: copy them */
        assert_int_equal(stance_classify_quotation_in(ctx, text, len, &q[i], 0, -1.0, NULL,
                                                      NULL, &in, NULL),
                         STANCE_OK);
        assert_int_equal(in.label, raw.label);
        if (raw_probs[raw.label] - 1.0 / (double)L < 1e-9) { /* the even priors: no words known */
            assert_near(in.confidence, raw_probs[raw.label], 1e-12);
            continue;
        }
        softer++;
        assert_true(in.confidence < raw_probs[raw.label]);
        assert_true(in.confidence > 1.0 / (double)L);
        for (size_t a = 0; a < L; a++)
            for (size_t b = a + 1; b < L; b++) {
                double before = log(raw_probs[a] / raw_probs[b]);
                double after = log(in.probs[a] / in.probs[b]);
                if (fabs(before) < 1e-6)
                    continue;
                double f = before / after;
                assert_true(f > 1.0);
                if (factor == 0.0)
                    factor = f;
                assert_near(f, factor, 1e-6 * factor);
            }
    }
    assert_true(factor > 1.0);
    assert_true(softer >= 4);
    article_case_close(&ac);
}

/* A ministry's transcript names its host only in the heading ("Spokesperson Ren Valo's Regular
 * Press Conference", "Press Conference by Chief Cabinet Secretary Ken Ardo"): the answers "A:"
 * are the host's until someone else answers. A heading that names no host ("Regular Press
 * Conference of May 2", "Tuesday's briefing", "China's press conference") gives none. Found on
 * real briefing pages read blind (a ministry's transcript: every answer lost its speaker). */
/* An outlet's or a city's name in capitals before a colon opens the story ("SAESNEWS:
 * Iran's foreign minister told ..."), as a dateline does: it is no turn of the interview
 * transcribed below it, whose labels are names in ordinary case. Found on a fresh blind
 * set (BU). */
static void a_dateline_in_capitals_is_no_turn(void **state)
{
    (void)state;
    static const char text[] =
        "VANTANEWS: Vanta\xE2\x80\x99s Foreign Minister Ada Lind told a British paper that a "
        "new approach is needed.\n"
        "The full transcript of the interview between Tom Reyes and Lind is as follows:\n"
        "Tom Reyes: What is your response to the threat?\n"
        "Dr Lind: There is no military option. We can talk.\n"
        "Tom Reyes: Will you continue?\n"
        "Dr Lind: Yes, we will continue.\n";
    static const want_t want[] = {
        {"What is your response", "Tom Reyes", PER, STANCE_QUOTE_TURN, NULL},
        {"There is no military option.", "Lind", PER, STANCE_QUOTE_TURN, NULL},
        {"Will you continue?", "Tom Reyes", PER, STANCE_QUOTE_TURN, NULL},
        {"Yes, we will continue.", "Lind", PER, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(text, want);
}

/* A live blog's headlines name people before a colon ("Ada Lind: Castro death 'marks end of
 * an era'") with no full stop, as headlines go; the items under them are prose, and the
 * labels no transcript's turns (whose lines end as sentences do). Found on a fresh blind set
 * (BZ). */
static void a_live_blogs_headlines_are_no_turns(void **state)
{
    (void)state;
    static const char text[] =
        "Live updates\n\n"
        "Ada Lind: Castro death 'marks end of an era'\n\n"
        "Foreign Secretary Ada Lind has said the death \"marks the end of an era for the "
        "island\".\n\n"
        "Ada Lind: Harlan is a deal-maker and good for Vanta\n\n"
        "Lind has called Tom Harlan a \"deal-maker\", saying \"there is a lot to be positive "
        "about\".\n\n"
        "Lind: Vanta and Ostria will work together\n\n"
        "\"We share the same values,\" she said.\n";
    static const want_t want[] = {
        {"marks end of an era", "", NON, 0, NULL},
        {"marks the end of an era for", "Ada Lind", PER, 0, NULL},
        {"deal-maker", "Ada Lind", PER, 0, NULL},
        {"there is a lot", "Ada Lind", PER, 0, NULL},
        {"We share the same values", "Ada Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
    /* turns that end in an ellipsis are sentences all the same */
    static const char turns[] =
        "Tom Reyes: So the minister refused\xE2\x80\xA6\n"
        "Ada Lind: He was clear\xE2\x80\xA6\n"
        "Tom Reyes: And the talks\xE2\x80\xA6\n"
        "Ada Lind: They go on\xE2\x80\xA6\n";
    static const want_t want_turns[] = {
        {"So the minister refused", "Tom Reyes", PER, STANCE_QUOTE_TURN, NULL},
        {"He was clear", "Ada Lind", PER, STANCE_QUOTE_TURN, NULL},
        {"And the talks", "Tom Reyes", PER, STANCE_QUOTE_TURN, NULL},
        {"They go on", "Ada Lind", PER, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(turns, want_turns);
}

static void transcript_host_named_in_the_heading(void **state)
{
    (void)state;
    static const char possessive[] =
        "Foreign Ministry Spokesperson Ren Valo\xE2\x80\x99s Regular Press Conference on May 2, 2026\n\n"
        "Q: The talks resumed on Monday. How do you comment?\n\n"
        "A: We welcome the talks and hope they succeed.\n\n"
        "Q: Will the minister travel?\n\n"
        "A: I have nothing to announce.\n";
    static const want_t want_possessive[] = {
        {"The talks resumed", "", NON, STANCE_QUOTE_TURN, NULL},
        {"We welcome the talks", "Ren Valo", PRO, STANCE_QUOTE_TURN, NULL},
        {"Will the minister travel?", "", NON, STANCE_QUOTE_TURN, NULL},
        {"I have nothing", "Ren Valo", PRO, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(possessive, want_possessive);

    static const char by[] =
        "Press Conference by Chief Cabinet Secretary Ken Ardo\n\n"
        "Wednesday, June 3, 2026 (AM)\n\n"
        "Q: Is the government ready to respond?\n\n"
        "A: We will respond firmly.\n\n"
        "Q: And the fishing boats?\n\n"
        "A: They were released.\n";
    static const want_t want_by[] = {
        {"Is the government ready", "", NON, STANCE_QUOTE_TURN, NULL},
        {"We will respond firmly.", "Ken Ardo", PRO, STANCE_QUOTE_TURN, NULL},
        {"And the fishing boats?", "", NON, STANCE_QUOTE_TURN, NULL},
        {"They were released.", "Ken Ardo", PRO, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(by, want_by);

    /* a named answer takes over: "A:" is the one who answered last */
    static const char handover[] =
        "Spokesperson Ren Valo's Regular Press Conference\n\n"
        "Q: What about the visit?\n\n"
        "A: It is going well.\n\n"
        "Deputy Minister Ola Brekk: Let me add a word on trade.\n\n"
        "Q: And tariffs?\n\n"
        "A: They stay.\n";
    static const want_t want_handover[] = {
        {"What about the visit?", "", NON, STANCE_QUOTE_TURN, NULL},
        {"It is going well.", "Ren Valo", PRO, STANCE_QUOTE_TURN, NULL},
        {"Let me add a word", "Ola Brekk", PER, STANCE_QUOTE_TURN, NULL},
        {"And tariffs?", "", NON, STANCE_QUOTE_TURN, NULL},
        {"They stay.", "Ola Brekk", PRO, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(handover, want_handover);

    /* an interview: the heading names nobody, the introduction quotes the one interviewed */
    static const char interview[] =
        "Interview: the foreign minister on trade and the border\n\n"
        "Foreign Minister Ada Lind, who has called the border talks \xE2\x80\x9C" "a long road,"
        "\xE2\x80\x9D received the Courier on Monday.\n\n"
        "Q: Are the talks over?\n\n"
        "A: No. We remain ready to talk.\n\n"
        "Q: And tariffs?\n\n"
        "A: They are a mistake.\n";
    static const want_t want_interview[] = {
        {"a long road", "Ada Lind", PER, 0, NULL},
        {"Are the talks over?", "", NON, STANCE_QUOTE_TURN, NULL},
        {"No. We remain ready", "Ada Lind", PRO, STANCE_QUOTE_TURN, NULL},
        {"And tariffs?", "", NON, STANCE_QUOTE_TURN, NULL},
        {"They are a mistake.", "Ada Lind", PRO, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(interview, want_interview);

    static const char *const no_host[] = {
        "Regular Press Conference of May 2, 2026\n\n",
        "Transcript of Tuesday's briefing\n\n",
        "China's regular press conference\n\n",
        "The minister's visit: a briefing on the agenda\n\n",
    };
    for (size_t i = 0; i < sizeof no_host / sizeof *no_host; i++) {
        char text[512];
        snprintf(text, sizeof text, "%sQ: Any news?\n\nA: None today.\n\nQ: And tomorrow?\n\n"
                                    "A: We will see.\n",
                 no_host[i]);
        static const want_t want_none[] = {
            {"Any news?", "", NON, STANCE_QUOTE_TURN, NULL},
            {"None today.", "", NON, STANCE_QUOTE_TURN, NULL},
            {"And tomorrow?", "", NON, STANCE_QUOTE_TURN, NULL},
            {"We will see.", "", NON, STANCE_QUOTE_TURN, NULL},
        };
        check_article(no_host[i], text, want_none, sizeof want_none / sizeof *want_none);
    }
}

/* Reaction roundups give the speaker after a dash, in the quotation's paragraph ("“...” —
 * U.S. President Barack Obama.") or on a line of its own ("-- Iranian President Hassan
 * Rouhani"), or in a heading line before the quotation ("German Chancellor Olaf Sholz").
 * Found on blind sets of real roundups (AI: 14 quotations, AH: 6, all without a speaker). A
 * dash before words that name no one ("— a promise few believed") gives none. */
static void roundup_speakers_after_a_dash_or_in_a_heading(void **state)
{
    (void)state;
    static const char dashes[] =
        "Here is some of the reaction to the accord:\n\n"
        "\"We are closer than ever to a deal.\" \xE2\x80\x94 U.S. President Mara Quill.\n\n"
        "\"The smiles in Vanta are a mask.\" \xE2\x80\x94 Yoav Stern, Ostrian cabinet minister "
        "for strategic affairs.\n\n"
        "\"This was an act of economic warfare.\"\n\n"
        "-- Dravenian President Hamid Rostam\n\n"
        "\"We can resume our programme without limit.\"\n\n"
        "-- Rostam\n\n"
        "\"Vanta condemns this aggression in the strongest terms.\"\n\n"
        "\xE2\x80\x93 Vantan Foreign Ministry official, cited by the state news agency\n";
    static const want_t want_dashes[] = {
        {"We are closer than ever", "Mara Quill", PER, 0, NULL},
        {"The smiles in Vanta", "Yoav Stern", PER, 0, NULL},
        {"This was an act", "Hamid Rostam", PER, 0, NULL},
        {"We can resume", "Hamid Rostam", PER, 0, NULL},
        /* an unnamed official, by title (found on a blind real roundup, AL) */
        {"Vanta condemns", "Vantan Foreign Ministry official", TTL, 0, NULL},
    };
    CHECK(dashes, want_dashes);
    static const char no_credit[] = "\"We will win.\" \xE2\x80\x94 a promise few believed.\n";
    static const want_t want_no_credit[] = {{"We will win.", "", NON, 0, NULL}};
    CHECK(no_credit, want_no_credit);
    /* translated agency copy puts a dash before the verb: "“...,” – said X" (BS) */
    static const char dash_said[] =
        "\xE2\x80\x9CIt is hard to imagine a worse plan,\xE2\x80\x9D \xE2\x80\x93 said "
        "General Oleg Varin.\n\n"
        "\xE2\x80\x9CWe saw nothing new,\xE2\x80\x9D -- the general added.\n";
    static const want_t want_dash_said[] = {
        {"It is hard to imagine", "Oleg Varin", PER, 0, NULL},
        {"We saw nothing new", "Oleg Varin", TTL, 0, NULL},
    };
    CHECK(dash_said, want_dash_said);

    static const char headings[] =
        "World leaders condemned the attack. Here is what they said.\n\n"
        "Ostrian President Mara Quill\n\n"
        "\xE2\x80\x9CThe attack is a brutal act of war. We will respond.\xE2\x80\x9D\n\n"
        "Read the full statement here.\n\n"
        "Vantan Chancellor Olaf Brenner\n\n"
        "\xE2\x80\x9COur solidarity is with the victims.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe will consult our allies today.\xE2\x80\x9D\n";
    static const want_t want_headings[] = {
        {"The attack is a brutal", "Mara Quill", NON, 0, NULL}, /* named in the heading */
        {"Our solidarity", "Olaf Brenner", NON, 0, NULL},
        {"We will consult", "Olaf Brenner", NON, 0, NULL},
    };
    CHECK(headings, want_headings);

    /* the heading as wire roundups write it: the name in capitals, the role after a comma,
     * a colon (found on blind real roundups, AK) */
    static const char caps[] =
        "World reacts to the test.\n\n"
        "YOAV STERN, Ostrian prime minister:\n\n"
        "\xE2\x80\x9CThis absolutely cannot be tolerated and we condemn it.\xE2\x80\x9D\n\n"
        "MARA QUILL, Vantan foreign minister:\n\n"
        "\xE2\x80\x9CWe call for restraint.\xE2\x80\x9D\n";
    static const want_t want_caps[] = {
        {"This absolutely cannot", "YOAV STERN", NON, 0, NULL},
        {"We call for restraint.", "MARA QUILL", NON, 0, NULL},
    };
    CHECK(caps, want_caps);

    /* the credit on the line after each quotation, with no dash, and a place or body as the
     * next section's heading (BV: a newspaper's reaction roundup); once the first quotation
     * is so credited, the article's headings are read the same way */
    static const char credits[] =
        "\"We cannot let down our guard. We work every day with our partners.\"\n\n"
        "Ada Lind, Vantan foreign policy chief\n\n"
        "United Nations\n\n"
        "\"These vicious acts have cut us all to the core.\"\n\n"
        "Omar Said, Secretary general\n\n"
        "Ostria\n\n"
        "\"We stand by our neighbour in these difficult hours.\"\n\n"
        "Prime Minister, Jan Peter Holm\n";
    static const want_t want_credits[] = {
        {"We cannot let down our guard.", "Ada Lind", PER, 0, NULL},
        {"These vicious acts", "Omar Said", PER, 0, NULL},
        {"We stand by our neighbour", "Jan Peter Holm", PER, 0, NULL},
    };
    CHECK(credits, want_credits);
}

/* A transcript's label may give the name and then the office after a comma ("Shri Arindam
 * Valo, Official Spokesperson:", "Nadia Kell, Deputy Spokesperson:"), as a ministry's
 * transcripts do: the name is the speaker. A line with a comma whose words after it are not
 * a title ("However, he said:") is no label. Found on a blind set of real briefings (AI: an
 * official's every answer went to the reporter before him). */
static void transcript_labels_with_the_office_after_a_comma(void **state)
{
    (void)state;
    static const char text[] =
        "Transcript of Weekly Media Briefing by the Official Spokesperson\n\n"
        "Shri Arindam Valo, Official Spokesperson: Good afternoon. I will take questions.\n\n"
        "Ritu: Ritu from Star News. Has the ministry raised the attack?\n\n"
        "Shri Arindam Valo, Official Spokesperson: This is at Windsor?\n\n"
        "Ritu: Yes, sir.\n\n"
        "Nadia Kell, Deputy Spokesperson: Let me add that we have raised it.\n\n"
        "However, he said: we will see.\n";
    static const want_t want[] = {
        {"Good afternoon.", "Arindam Valo", PER, STANCE_QUOTE_TURN, NULL},
        {"Ritu from Star News", "Ritu", PER, STANCE_QUOTE_TURN, NULL},
        {"This is at Windsor?", "Arindam Valo", PER, STANCE_QUOTE_TURN, NULL},
        {"Yes, sir.", "Ritu", PER, STANCE_QUOTE_TURN, NULL},
        {"Let me add that we have raised it.\n\nHowever, he said: we will see.", "Nadia Kell",
         PER, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(text, want);
}

/* A news agency that reports someone's words is the source, not the speaker: "X called on
 * both sides “to exercise restraint,” the Emirates News Agency reported." is X's. With no one
 * else named in the sentence, the agency stays the speaker. Found on a blind set of real
 * roundups (AI); "..., AFP writes" as well (BU), and "a spokesman quoted by news agencies" is
 * the spokesman (BV). */
static void a_news_agency_reporting_is_no_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Vantan Foreign Minister Ada Lind called on both sides \xE2\x80\x9Cto exercise restraint "
        "and avoid escalation,\xE2\x80\x9D the Emirates News Agency-WAM reported.\n\n"
        "\xE2\x80\x9CThe drills are a rehearsal for invasion,\xE2\x80\x9D the Korean Central "
        "News Agency reported.\n\n"
        "Ostrian President Mara Quill urged calm, saying the region \xE2\x80\x9Cneeds "
        "dialogue, not missiles,\xE2\x80\x9D Reuters reported.\n\n"
        "Vantan Defence Minister Ivo Brand says the force must deploy soon because \"one "
        "side breaks the truce every day,\" AFP writes.\n\n"
        "The two leaders discussed \"a short pause\" in the fighting, according to a Kremlin "
        "spokesman quoted by Vantan news agencies.\n";
    static const want_t want[] = {
        {"to exercise restraint", "Ada Lind", PER, 0, NULL},
        {"The drills are", "Korean Central News Agency", ORG, 0, NULL},
        {"needs dialogue", "Mara Quill", PER, 0, NULL},
        {"one side breaks the truce", "Ivo Brand", PER, 0, NULL},
        {"a short pause", "Kremlin spokesman", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* An organization's initials ("FO", "KCNA", "MFA") are the organization named in full before
 * ("the Foreign Office (FO)", "the Korean Central News Agency", "the Ministry of Foreign
 * Affairs"); other initials are another organization. Found on a blind set of real news (AH:
 * "the FO said" after "the Foreign Office (FO) said"). */
static void initials_are_the_organization_named_before(void **state)
{
    (void)state;
    static const char text[] =
        "The Foreign Office (FO) said the remarks were \xE2\x80\x9C" "baseless.\xE2\x80\x9D\n\n"
        "In a press release on Monday, the FO said the claims were \xE2\x80\x9C" "a bid to mask "
        "the truth.\xE2\x80\x9D\n\n"
        "The Ministry of Foreign Affairs of Vanta said it was \xE2\x80\x9C" "deeply "
        "concerned.\xE2\x80\x9D \xE2\x80\x9CWe call for calm,\xE2\x80\x9D the MFA added.\n\n"
        "\xE2\x80\x9CThe talks must go on,\xE2\x80\x9D the EU said.\n";
    static const want_t want[] = {
        {"baseless.", "Foreign Office", ORG, 0, NULL},
        {"a bid to mask", "Foreign Office", ORG, 0, NULL},
        {"deeply concerned.", "Ministry of Foreign Affairs of Vanta", ORG, 0, NULL},
        {"We call for calm", "Ministry of Foreign Affairs of Vanta", ORG, 0, NULL},
        {"The talks must go on", "EU", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A live blog stamps each entry ("Updated 09:12", "Posted 2:47 p.m. ET") on the line before its
 * headline: the stamp names no one, so the headline's speaker is its own subject. Found on a
 * blind live blog (AG: "Updated" was taken for a person). */
static void live_blog_stamps_name_no_one(void **state)
{
    (void)state;
    static const char text[] =
        "Updated 09:12\n"
        "Anwar opens summit with call for \xE2\x80\x98unity in a divided world\xE2\x80\x99\n\n"
        "Malaysian Prime Minister Anwar Ibrahim opened the summit on Monday.\n\n"
        "Posted 2:47 p.m. ET\n"
        "Wong says Australia is \xE2\x80\x98here to stay\xE2\x80\x99\n\n"
        "Australian Foreign Minister Penny Wong announced aid.\n\n"
        "Updated figures show that \xE2\x80\x9Cthe trade is growing,\xE2\x80\x9D "
        "the minister said.\n";
    static const want_t want[] = {
        {"unity in a divided world", "Anwar", PER, 0, NULL},
        {"here to stay", "Penny Wong", PER, 0, NULL}, /* the full name, given after */
        {"the trade is growing", "Penny Wong", TTL, 0, NULL}, /* "Updated" a word after all */
    };
    CHECK(text, want);
}

/* "X issued a statement ..." makes X the author of the next "the statement reads", though
 * someone else was quoted since; and "he" in a clause of the sentence that names a person
 * ("condemning Liam Voss's remarks, in which he stated") is that person, not the one who
 * spoke before. Found on blind real agency copy (AJ). */
static void the_statement_is_its_issuer_and_he_the_nearest_person(void **state)
{
    (void)state;
    static const char text[] =
        "Former leader Hugo Marin once said the islands were \"ours forever.\"\n\n"
        "Vanta's Foreign Ministry issued a statement condemning Defence Minister Liam Voss's "
        "remarks, in which he stated that his country would defend the islands, adding that "
        "Vantan politicians \"huff and puff\" in vain.\n\n"
        "\"The Vantan Government strongly condemns these regrettable statements,\" the "
        "statement reads.\n";
    static const want_t want[] = {
        {"ours forever.", "Hugo Marin", PER, 0, NULL},
        {"huff and puff", "Liam Voss", PRO, 0, NULL},
        {"The Vantan Government", "Vanta's Foreign Ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* Transcripts as governments publish them: a White House transcript's questions open with "Q"
 * and spaces, no colon, and its answers are "THE PRESIDENT:", the title of the host its heading
 * names ("Remarks by President Vale Orsk"); a foreign ministry's labels give a reporter with
 * the outlet after a comma ("Li, Harbour Phoenix TV:"), a question. Found on a blind set of
 * real transcripts (AK: every question went to the president; a ministry's transcript was not
 * read as one). */
static void transcripts_as_governments_publish_them(void **state)
{
    (void)state;
    static const char white_house[] =
        "Remarks by President Vale Orsk Before Departure\n\n"
        "South Lawn\n\n"
        "Q    Mr. President, when do the talks start?\n\n"
        "THE PRESIDENT:  I am hoping soon.  We are working hard at it.\n\n"
        "Q    What is the biggest hold-up?\n\n"
        "THE PRESIDENT:  I will not tell you that.\n\n"
        "Q\tWill you call the premier?\n\n"
        "THE PRESIDENT:  Yes.\n";
    static const want_t want_white_house[] = {
        {"Mr. President, when do", "", NON, STANCE_QUOTE_TURN, NULL},
        {"I am hoping soon.", "Vale Orsk", PER, STANCE_QUOTE_TURN, NULL},
        {"What is the biggest", "", NON, STANCE_QUOTE_TURN, NULL},
        {"I will not tell you", "Vale Orsk", PER, STANCE_QUOTE_TURN, NULL},
        {"Will you call", "", NON, STANCE_QUOTE_TURN, NULL},
        {"Yes.", "Vale Orsk", PER, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(white_house, want_white_house);

    static const char ministry[] =
        "Press Conference by Foreign Minister Ken Ardo\n\n"
        "Li, Harbour Phoenix TV: Do you plan to visit Beijing this spring?\n\n"
        "Mr. Ken Ardo, Minister for Foreign Affairs: Dialogue matters, and our door is open.\n\n"
        "Oda, Asahi Shimbun: And the telephone talks?\n\n"
        "Minister Ardo: I will refrain from comment.\n\n"
        "NHK, Okuzumi: And the summit?\n\n"
        "Minister Ardo: It will be held.\n";
    static const want_t want_ministry[] = {
        {"Do you plan to visit", "Li", PER, STANCE_QUOTE_TURN, NULL},
        {"Dialogue matters", "Ken Ardo", PER, STANCE_QUOTE_TURN, NULL},
        {"And the telephone talks?", "Oda", PER, STANCE_QUOTE_TURN, NULL},
        {"I will refrain", "Ardo", PER, STANCE_QUOTE_TURN, NULL},
        /* the outlet first (found on a blind real transcript, AL) */
        {"And the summit?", "Okuzumi", PER, STANCE_QUOTE_TURN, NULL},
        {"It will be held.", "Ardo", PER, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(ministry, want_ministry);
}

/* A quotation inside a turn is a statement of its own, after the turn, attributed by the
 * turn's words: a reporter's question quoting a leader ("Trump said yesterday that “...”")
 * gives the leader's words to the leader. A turn wholly in marks is the turn alone. Found on
 * blind sets of real transcripts (AF, AH, AI, AL: the leader's words went to the reporter). */
static void quotations_inside_a_turn(void **state)
{
    (void)state;
    static const char text[] =
        "Press Conference by Foreign Minister Ken Ardo\n\n"
        "Q: Ostrian President Mara Quill said yesterday that \xE2\x80\x9Cwe will destroy it "
        "again.\xE2\x80\x9D What is your response?\n\n"
        "A: Our position is clear.\n\n"
        "Q: \xE2\x80\x9CWill the talks go on?\xE2\x80\x9D\n\n"
        "A: Yes.\n";
    static const want_t want[] = {
        {"Ostrian President Mara Quill said", "", NON, STANCE_QUOTE_TURN, NULL},
        {"we will destroy it again.", "Mara Quill", PER, 0, NULL},
        {"Our position is clear.", "Ken Ardo", PRO, STANCE_QUOTE_TURN, NULL},
        {"\xE2\x80\x9CWill the talks go on?", "", NON, STANCE_QUOTE_TURN, NULL},
        {"Yes.", "Ken Ardo", PRO, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(text, want);
}

/* People named after a preposition ("accompanied by Trade Minister Olek Brandt") are no
 * speakers there, but they are the article's people: "the minister" said next is the one
 * named so, and "he" in a sentence that named one that way can be him. Names inside an
 * opening "Asked whether X ..." are what was asked about, not who answers. A lone
 * capitalized word that was never a full name ("Ostria was ready") is the last choice for
 * "he" or "she". Found on a blind set (AE: "he" went to a country's name, "she" to the
 * person a question was about). */
static void people_after_prepositions_and_in_questions(void **state)
{
    (void)state;
    static const char minister[] =
        "Premier Ana Voss met growers in Tarsa on Friday. She was joined at the meeting by Trade "
        "Minister Olek Brandt and by Ivo Lenz, who heads the growers\xE2\x80\x99 association, and said "
        "Ostria was ready to talk.\n\n"
        "Asked about the quotas, the minister said the talks would go on. \xE2\x80\x9CWe will "
        "abandon nobody,\xE2\x80\x9D he said.\n";
    static const want_t want_minister[] = {
        {"We will abandon nobody", "Olek Brandt", PRO, 0, NULL},
    };
    CHECK(minister, want_minister);

    static const char asked[] =
        "\xE2\x80\x9CThis vote was stolen,\xE2\x80\x9D said opposition leader Greta Rook.\n\n"
        "Envoy Mira Holt led the monitors and took questions for an hour. Asked whether Mr. "
        "Dane\xE2\x80\x99s attack was fair, and whether Ms. Rook had overstated her case, she "
        "said the monitors had no favourites. \xE2\x80\x9CWe came to count, not to "
        "choose,\xE2\x80\x9D she said.\n";
    static const want_t want_asked[] = {
        {"This vote was stolen", "Greta Rook", PER, 0, NULL},
        {"We came to count", "Mira Holt", PRO, 0, NULL},
    };
    CHECK(asked, want_asked);

    static const char recalled[] =
        "Speaking at her home, former president Lena Ovic recalled a talk with Mr. Tomas Berg "
        "on the night of the signing, when he told her that \xE2\x80\x9Cthe hard part is "
        "over.\xE2\x80\x9D\n";
    static const want_t want_recalled[] = {
        {"the hard part is over", "Tomas Berg", PRO, 0, NULL},
    };
    CHECK(recalled, want_recalled);

    /* but the subject of known gender before one named after a preposition */
    static const char subject[] =
        "At a briefing, the spokeswoman said that the claims of alliance chief Jon Berglund "
        "were \xE2\x80\x9Csimply false,\xE2\x80\x9D she clarified.\n";
    static const want_t want_subject[] = {
        {"simply false", "spokeswoman", PRO, 0, NULL},
    };
    CHECK(subject, want_subject);

    static const char lone_word[] =
        "Premier Ana Voss and envoy Jon Brede arrived in Tarsa on Monday.\n\n"
        "\xE2\x80\x9CWe came in good faith,\xE2\x80\x9D Ms. Voss said. She added that Ostria "
        "was ready for talks. \xE2\x80\x9CNobody here wants a war,\xE2\x80\x9D he said.\n";
    static const want_t want_lone_word[] = {
        {"We came in good faith", "Ana Voss", PER, 0, NULL},
        {"Nobody here wants a war", "Jon Brede", PRO, 0, NULL},
    };
    CHECK(lone_word, want_lone_word);
}

/* A report's subject with an apposition ("The final report of the X Mission, a thin document
 * ..., said") is the report's author; "said that public radio ..." opens a clause and names
 * no one after the verb. A former office in an apposition ("Mr. Ostmann, a former finance
 * minister who ...") is no longer the person's title: "the secretary-general" is still him.
 * A title before the place it is in ("A Western diplomat in the Lanesian capital said") is
 * the subject of its verb. Found on a blind set (AE: "state" of "said that state television"
 * was the speaker; "the diplomat" went to the person quoted before). */
static void report_with_apposition_and_former_offices(void **state)
{
    (void)state;
    static const char report[] =
        "The final report of the Coastal Observer Mission, a thin document handed out at a "
        "press hall, said that public radio had given \xE2\x80\x9Cnine hours in "
        "ten\xE2\x80\x9D to the ruling bloc.\n";
    static const want_t want_report[] = {
        {"nine hours in ten", "Coastal Observer Mission", ORG, 0, NULL},
    };
    CHECK(report, want_report);

    static const char former[] =
        "The bloc\xE2\x80\x99s secretary-general, Kai Ostmann, defended the text. Mr. Ostmann, "
        "a former Tarsian finance minister who took office in May after a long race, told "
        "reporters that "
        "\xE2\x80\x9C" "agreement is news in itself.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9COur offer is plain,\xE2\x80\x9D the secretary-general said.\n";
    static const want_t want_former[] = {
        {"agreement is news", "Kai Ostmann", PER, 0, NULL},
        {"Our offer is plain", "Kai Ostmann", TTL, 0, NULL},
    };
    CHECK(former, want_former);

    /* the title before the place it is in, subject of a sentence that reports without
     * quoting: "the diplomat" next is that one, not the last person quoted */
    static const char placed[] =
        "\xE2\x80\x9CThe river has no passport,\xE2\x80\x9D said Agnes Ruhl.\n\n"
        "A Western diplomat in the Lanesian capital said several governments had offered to "
        "host talks. \xE2\x80\x9C" "Both sides have climbed a long way,\xE2\x80\x9D the "
        "diplomat said.\n";
    static const want_t want_placed[] = {
        {"The river has no passport", "Agnes Ruhl", PER, 0, NULL},
        {"Both sides have climbed", "Western diplomat", TTL, 0, NULL},
    };
    CHECK(placed, want_placed);
}

/* A title, the capital it serves in, and then the name ("China's ambassador in London Zheng
 * ...", "the acting charge d'affaires in Jakarta ..."): the person is the name after the
 * place, with the title's role for a later "the ambassador". And "related" reports, as
 * "recounted" does. Found on blind sets of real news (AV: "China's acting" was the speaker;
 * AU: a quotation "related" by the president had none). */
static void name_after_a_title_and_its_capital(void **state)
{
    (void)state;
    static const char text[] =
        "Veloria\xE2\x80\x99s ambassador in Washington Tem Bor said the new tariffs were "
        "\xE2\x80\x9C" "a waste of everyone\xE2\x80\x99s time.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe will not come back to the table,\xE2\x80\x9D the ambassador added.\n\n"
        "President Ana Sol of Veloria spoke to students on Friday. \xE2\x80\x9CWe asked for "
        "talks before the crisis and nobody listened,\xE2\x80\x9D related the Velorian "
        "president.\n\n"
        "The Danish embassy in Hanoi said the visit was \xE2\x80\x9Cpostponed, not "
        "cancelled.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"a waste of everyone", "Tem Bor", PER, 0, NULL},
        {"We will not come back", "Tem Bor", TTL, 0, NULL},
        {"We asked for talks", "Ana Sol of Veloria", TTL, 0, NULL},
        {"postponed, not", "Danish embassy", ORG, 0, NULL},
    };
    CHECK(text, want);

    /* "charge d'affaires" (with or without its accent, ' or \u2019) is a title, not the verb
     * "charge" (AV: "China's acting" was the speaker) */
    static const char envoy[] =
        "Veloria\xE2\x80\x99s acting charge d'affaires in Jakarta Ivo Rask demanded the crew\xE2\x80\x99s "
        "release, saying the boat was in \xE2\x80\x9Ctraditional fishing grounds.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe expect an answer,\xE2\x80\x9D the charg\xC3\xA9 d\xE2\x80\x99" "affaires "
        "added.\n";
    static const want_t want_envoy[] = {
        {"traditional fishing grounds.", "Ivo Rask", PER, 0, NULL},
        {"We expect an answer,", "Ivo Rask", TTL, 0, NULL},
    };
    CHECK(envoy, want_envoy);
}

/* "the Foreign Ministry", "the Defence Ministry": a ministry named by its trade alone is the
 * one of a country named before whose name holds those words ("Vanta's Ministry of Foreign
 * Affairs", "The Tarsian Defence Ministry"); with none named before, it is itself. Found on a
 * blind set of real news (AJ: six quotations of a ministry named in full went to "Foreign
 * Ministry"). */
static void a_ministry_by_its_trade_is_the_one_named_before(void **state)
{
    (void)state;
    static const char text[] =
        "The Ministry of Foreign Affairs of Vanta posted a statement on Monday.\n\n"
        "\xE2\x80\x9CVanta rejects the ultimatum,\xE2\x80\x9D the Foreign Ministry said.\n\n"
        "The Tarsian Defence Ministry said its frigate had been on patrol. \xE2\x80\x9CThe "
        "crew acted lawfully,\xE2\x80\x9D the Defence Ministry added.\n\n"
        "\xE2\x80\x9CWe stand by it,\xE2\x80\x9D the Foreign Ministry said.\n\n"
        "A Foreign Ministry statement says Vanta \xE2\x80\x9Cwill not bow.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CNo comment,\xE2\x80\x9D the Interior Ministry said.\n";
    static const want_t want[] = {
        {"Vanta rejects", "Ministry of Foreign Affairs of Vanta", ORG, 0, NULL},
        {"The crew acted", "Tarsian Defence Ministry", ORG, 0, NULL},
        {"We stand by it", "Ministry of Foreign Affairs of Vanta", ORG, 0, NULL},
        {"will not bow", "Ministry of Foreign Affairs of Vanta", ORG, 0, NULL},
        {"No comment", "Interior Ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A short transcript: an excerpt of a briefing may hold only two labels, a question and its
 * answer or two officials taking turns. Two are enough when the heading says the text is a
 * briefing, a press conference or an interview; without such a heading two labels are prose.
 * Found on a blind set of real transcripts (AM: two briefings cut after two labels gave
 * nothing at all). */
static void two_labels_under_a_briefing_heading(void **state)
{
    (void)state;
    static const char ministry[] =
        "Spokesperson Lin Hua\xE2\x80\x99s Regular Press Conference on May 4\n\n"
        "Harbour News Agency: What is your comment on the report?\n\n"
        "Lin Hua: I have noted the report. We urge the other side to stop its attacks.\n";
    static const want_t want_ministry[] = {
        {"What is your comment", "", NON, STANCE_QUOTE_TURN, NULL},
        {"I have noted the report", "Lin Hua", PER, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(ministry, want_ministry);

    static const char white_house[] =
        "Press Briefing by Press Secretary Dana Morrow and Envoy Paul Seger\n\n"
        "MS. MORROW: Good afternoon. I have the envoy with me today.\n\n"
        "MR. SEGER: Thanks, Dana. The talks were a starting point, and an important one.\n";
    static const want_t want_white_house[] = {
        {"Good afternoon", "MORROW", PER, STANCE_QUOTE_TURN, NULL},
        {"Thanks, Dana", "SEGER", PER, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(white_house, want_white_house);

    static const char prose[] =
        "Talks resume in Aqaba\n\n"
        "Note: the venue may change.\n\n"
        "Update: the envoy has landed.\n";
    stance_quotation_t q[4];
    size_t n = 9;
    stance_error_t err;
    stance_quotes_opts_t o = STANCE_QUOTES_OPTS_INIT;
    assert_int_equal(stance_quotes_attribute(prose, strlen(prose), &o, q, 4, &n, &err),
                     STANCE_OK);
    assert_int_equal(n, 0);
}

/* Three forms of agency copy: a subject whose clause of circumstance lacks its closing comma
 * ("Port Rell: Premier X, while addressing the Naval Academy Graduation Parade in Port Rell
 * said", after a dateline and its colon); "the
 * source" for the unnamed official who spoke last, never a named one; and "a letter from X"
 * told without quoting, whose words "the letter stated" next. Found on a blind set of real
 * news (AN: "he" went to "Academy Passing Out Parade", "the source" stood alone, a letter's
 * words went to the person quoted before). */
static void circumstance_clauses_sources_and_letters(void **state)
{
    (void)state;
    static const char parade[] =
        "Port Rell: Premier Omar Rashid, while addressing the Naval Academy Graduation Parade "
        "in Port Rell said that his country would answer any strike. \xE2\x80\x9CWe shall answer every "
        "attack,\xE2\x80\x9D he said.\n";
    static const want_t want_parade[] = {
        {"We shall answer every attack", "Omar Rashid", PRO, 0, NULL},
    };
    CHECK(parade, want_parade);

    static const char source[] =
        "A Tarsian official close to the talks told reporters that the group had accepted the "
        "plan. An official close to Hamas told Reuters the same.\n\n"
        "\xE2\x80\x9CThe plan frees ten captives in two groups,\xE2\x80\x9D the source said.\n";
    static const want_t want_source[] = {
        {"The plan frees ten", "official close to Hamas", TTL, 0, NULL},
    };
    CHECK(source, want_source);

    static const char letter[] =
        "\xE2\x80\x9CThe treaty is dead,\xE2\x80\x9D said opposition leader Omar Nadeem.\n\n"
        "The decision was sent to Vanta in a letter from Water Secretary Leena Rao, addressed "
        "to her counterpart.\n\n"
        "\xE2\x80\x9C" "A treaty binds both sides in good faith,\xE2\x80\x9D the letter "
        "stated.\n";
    static const want_t want_letter[] = {
        {"The treaty is dead", "Omar Nadeem", PER, 0, NULL},
        {"A treaty binds both sides", "Leena Rao", PER, 0, NULL},
    };
    CHECK(letter, want_letter);
}

/* A roundup's reaction introduced by a colon after a subject with its apposition and no
 * reporting verb: "Lena Ovic, leader of the Civic Front, was among the first to hail the
 * result: “...”"; a quotation that opens with a verb in the present right after a name
 * ("Prime Minister Theresa Hale “looks forward to ...”"). Found on a blind set of real news
 * (AM: both quotations went to the person quoted before). */
static void colon_after_a_subject_with_apposition(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe will deal fairly with everyone,\xE2\x80\x9D President-elect Tom Vale "
        "said.\n\n"
        "Lena Ovic, leader of the Civic Front, was among the first to hail the result: "
        "\xE2\x80\x9C" "Congratulations to the new president and to the voters.\xE2\x80\x9D\n\n"
        "Prime Minister Theresa Hale \xE2\x80\x9Clooks forward to working with the new "
        "president.\xE2\x80\x9D\n\n"
        "Relief chief Ana Pereira called the vote a \xE2\x80\x9C" "big step.\xE2\x80\x9D The "
        "agency \xE2\x80\x9Cstands ready to send doctors and tents\xE2\x80\x9D, she "
        "added.\n";
    static const want_t want[] = {
        {"We will deal fairly", "Tom Vale", PER, 0, NULL},
        {"Congratulations to the new", "Lena Ovic", PER, 0, NULL},
        {"looks forward to working", "Theresa Hale", PER, 0, NULL},
        {"big step.", "Ana Pereira", PER, 0, NULL},
        {"stands ready to send", "Ana Pereira", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* An interview's questions are the interviewer's when the heading or the introduction names
 * one ("interview ... with Petra Lind", "told Harbour TV's Mark Ode"): "Q:" and "Question:"
 * without a name are theirs. A press conference's questions stay unnamed. Found on blind sets
 * of real interviews (AM, AN: every question went to nobody). */
static void the_interviewer_asks(void **state)
{
    (void)state;
    static const char heading[] =
        "Minister Ivo Ranst\xE2\x80\x99s interview for Weekend News with Petra Lind, May 2\n\n"
        "Question: Was the speech written in your office?\n\n"
        "Ivo Ranst: I cannot imagine that. It was his own.\n\n"
        "Question: So the ideas are his?\n\n"
        "Ivo Ranst: They have been brewing for years.\n";
    static const want_t want_heading[] = {
        {"Was the speech written", "Petra Lind", PER, STANCE_QUOTE_TURN, NULL},
        {"I cannot imagine that", "Ivo Ranst", PER, STANCE_QUOTE_TURN, NULL},
        {"So the ideas are his", "Petra Lind", PER, STANCE_QUOTE_TURN, NULL},
        {"They have been brewing", "Ivo Ranst", PER, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(heading, want_heading);

    static const char told[] =
        "Vanta\xE2\x80\x99s foreign minister told Harbour TV\xE2\x80\x99s Mark Ode on Tuesday "
        "that his country believes in talks, said Sheikh Omar Fadel.\n\n"
        "Following are excerpts of the interview:\n\n"
        "Q: Is the charge against your country true?\n\n"
        "A: It is false, and we have said so.\n\n"
        "Q: Your answer to the ultimatum?\n\n"
        "A: We will not bow.\n";
    static const want_t want_told[] = {
        {"Is the charge", "Mark Ode", PER, STANCE_QUOTE_TURN, NULL},
        {"It is false", "Omar Fadel", PRO, STANCE_QUOTE_TURN, NULL},
        {"Your answer", "Mark Ode", PER, STANCE_QUOTE_TURN, NULL},
        {"We will not bow", "Omar Fadel", PRO, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(told, want_told);

    static const char briefing[] =
        "Spokesperson Lin Hua\xE2\x80\x99s Regular Press Conference on May 4\n\n"
        "Q: Will the minister travel with the premier?\n\n"
        "Lin Hua: I have nothing to announce.\n\n"
        "Q: And the talks?\n\n"
        "Lin Hua: They go on.\n";
    static const want_t want_briefing[] = {
        {"Will the minister travel", "", NON, STANCE_QUOTE_TURN, NULL},
        {"I have nothing", "Lin Hua", PER, STANCE_QUOTE_TURN, NULL},
        {"And the talks?", "", NON, STANCE_QUOTE_TURN, NULL},
        {"They go on.", "Lin Hua", PER, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(briefing, want_briefing);

    /* the introduction right before the transcript names the interviewer, however long the
     * text before it */
    static char long_intro[8192];
    size_t at = 0;
    for (int i = 0; i < 120; i++)
        at += (size_t)sprintf(long_intro + at, "The talks went on. ");
    at += (size_t)sprintf(long_intro + at,
                          "\n\nExcerpts of the interview with Petra Lind follow.\n\n"
                          "Q: Will you meet him?\n\nA: Yes.\n\nQ: When?\n\nA: Soon.\n");
    static const want_t want_long[] = {
        {"Will you meet him", "Petra Lind", PER, STANCE_QUOTE_TURN, NULL},
        {"Yes.", "", NON, STANCE_QUOTE_TURN, NULL},
        {"When?", "Petra Lind", PER, STANCE_QUOTE_TURN, NULL},
        {"Soon.", "", NON, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(long_intro, want_long);
}

/* Four forms of agency copy: an adverb in -ly opening a sentence before its comma
 * ("Similarly, the spokesperson said") names no one; "Brig." keeps its period inside a name;
 * "X in a statement said" makes X the author "the statement read" means; and "the ministry
 * official" is the "unification ministry official" met before. Found on a blind set of real
 * news (AP). */
static void adverbs_ranks_statements_and_shortened_titles(void **state)
{
    (void)state;
    static const char statement[] =
        "\xE2\x80\x9CThe claims are baseless,\xE2\x80\x9D said Foreign Office official Rana "
        "Qadir.\n\n"
        "Spokesperson Dr Omar Latif in a statement said the remarks were a smear.\n\n"
        "\xE2\x80\x9CIt is deplorable that they keep inventing facts,\xE2\x80\x9D the statement "
        "read.\n\n"
        "Similarly, the spokesperson said, the pressure had failed.\n\n"
        "He said: \xE2\x80\x9CThe region deserves better than threats.\xE2\x80\x9D\n";
    static const want_t want_statement[] = {
        {"The claims are baseless", "Rana Qadir", PER, 0, NULL},
        {"It is deplorable", "Omar Latif", PER, 0, NULL},
        {"The region deserves", "Omar Latif", PRO, 0, NULL},
    };
    CHECK(statement, want_statement);

    static const char rank[] =
        "\xE2\x80\x9C" "Any attack will start a wider war,\xE2\x80\x9D deputy chief of staff "
        "for publicity, Brig. Gen. Reza Tavan, said in a statement.\n";
    static const want_t want_rank[] = {
        {"Any attack will start", "Reza Tavan", PER, 0, NULL},
    };
    CHECK(rank, want_rank);

    static const char official[] =
        "Talks remain the best way, a unification ministry official said Thursday.\n\n"
        "\xE2\x80\x9COur stance is unchanged,\xE2\x80\x9D the ministry official said.\n\n"
        "\xE2\x80\x9CWe will do whatever it takes,\xE2\x80\x9D the official added.\n";
    static const want_t want_official[] = {
        {"Our stance is unchanged", "unification ministry official", TTL, 0, NULL},
        {"We will do whatever", "unification ministry official", TTL, 0, NULL},
    };
    CHECK(official, want_official);
}

/* Words quoted in the predicate of a sentence with no reporting verb, whose subject opens it,
 * are the subject's: "The Tarsian government has blamed the advance on «...»"; "He cannot
 * accept a policy that protects “...”". "Regrets" reports ("«...», regrets the Vantan
 * government"). Found on blind sets of real news (AP, AN: no speaker). */
static void the_subject_of_a_sentence_without_a_reporting_verb(void **state)
{
    (void)state;
    static const char text[] =
        "The Tarsian government has blamed the advance on the \xC2\xAB" "arrival of foreign "
        "troops to back the rebels\xC2\xBB.\n\n"
        "Prime Minister Sami Hadid spoke after the talks. He cannot accept a policy that "
        "protects \xE2\x80\x9Cland grabs by armed settlers\xE2\x80\x9D in the valley.\n\n"
        "The expulsion is nothing more than \xC2\xAB" "another attempt to hide their own "
        "errors\xC2\xBB, regrets the Vantan government in a communiqu\xC3\xA9.\n\n"
        "Masa Ito, head of the China desk at the defence institute, sees no way out but "
        "\xE2\x80\x9C" "a long test of endurance.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"arrival of foreign troops", "Tarsian government", ORG, 0, NULL},
        {"land grabs by armed", "Sami Hadid", PRO, 0, NULL},
        {"another attempt to hide", "Vantan government", ORG, 0, NULL},
        {"a long test of endurance", "Masa Ito", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A turn's speaker is named before its words, never after: the host "A:" falls back on is
 * someone the text named before the transcript. Found by the quotes fuzz target (a turn of
 * "A:" took a name from its own words). */
static void a_turns_speaker_stands_before_its_words(void **state)
{
    (void)state;
    static const char text[] = "said F Minister\nL(\0):\nA:\nA: \xE2\x80\x9C\" Minister Aa D";
    const size_t len = sizeof text - 1;
    stance_quotation_t q[8];
    size_t n = 0;
    stance_error_t err;
    stance_quotes_opts_t o = STANCE_QUOTES_OPTS_INIT;
    assert_int_equal(stance_quotes_attribute(text, len, &o, q, 8, &n, &err), STANCE_OK);
    assert_true(n > 0);
    for (size_t i = 0; i < n; i++)
        if (q[i].flags & STANCE_QUOTE_TURN)
            assert_true(q[i].speaker.len == 0 || q[i].speaker.start < q[i].text.start);
}

/* A nationality that names a field of work ("director general of the Department of American
 * Affairs") is no country of the person: "the North Korean senior official" can still be
 * him. Found on a blind set of real news (AN: the official became someone new). */
static void a_field_of_affairs_is_no_nationality(void **state)
{
    (void)state;
    static const char text[] =
        "In a statement, Kwon Jong Gun, director general of the Foreign Ministry\xE2\x80\x99s "
        "Department of American Affairs, said the two sides \xE2\x80\x9Cstand at a "
        "crossroads.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9C" "Even their president made a remark,\xE2\x80\x9D Kwon said. The North "
        "Korean senior official, meanwhile, criticized the South, which he says believes "
        "\xE2\x80\x9Cthe building of our forces\xE2\x80\x9D is causing tension.\n";
    static const want_t want[] = {
        {"stand at a crossroads", "Kwon Jong Gun", PER, 0, NULL},
        {"Even their president", "Kwon Jong Gun", PER, 0, NULL},
        {"the building of our forces", "Kwon Jong Gun", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* Forms of roundups and US political copy: a dash and a name with a long office ending in a
 * colon introduces the quotation after it (never credits the one before); a title, a comma
 * and a name on a line of its own names the next quotation's speaker; "he went on" reports;
 * "Consul-General" is a title; "the panel's ranking Republican, Jim Rusk of Idaho," is Jim
 * Rusk. Found on a blind set of real news (AO: each quotation of a roundup went to the name
 * after it, a party's title became the speaker). */
static void roundup_headings_and_party_titles(void **state)
{
    (void)state;
    static const char dashes[] =
        "Lawmakers in Tarsa reacted to the bill.\n\n"
        "\xE2\x80\x93 Ivan Belov, deputy head of the upper house\xE2\x80\x99s committee for "
        "defence and security affairs:\n\n"
        "\xE2\x80\x9CThese sanctions have nothing to do with the incident.\xE2\x80\x9D\n\n"
        "\xE2\x80\x93 Oleg Sorin, member of the foreign affairs committee:\n\n"
        "\xE2\x80\x9CTheir motive is absurd since we were punished already.\xE2\x80\x9D\n";
    static const want_t want_dashes[] = {
        {"These sanctions have", "Ivan Belov", NON, 0, NULL}, /* named in the heading */
        {"Their motive is absurd", "Oleg Sorin", NON, 0, NULL},
    };
    CHECK(dashes, want_dashes);

    static const char title_name[] =
        "Opposition leaders criticised the plan.\n\n"
        "Civic Front caucus leader, Pablo Kessler\n\n"
        "\xE2\x80\x9CWe have gone back to an economy that depends on the mood of the "
        "markets.\xE2\x80\x9D\n";
    static const want_t want_title_name[] = {
        {"We have gone back", "Pablo Kessler", NON, 0, NULL},
    };
    CHECK(title_name, want_title_name);

    static const char went_on[] =
        "\xE2\x80\x9CNobody wants war,\xE2\x80\x9D said Consul-General Li Wen. \xE2\x80\x9CWe "
        "will not wait forever,\xE2\x80\x9D he went on.\n";
    static const want_t want_went_on[] = {
        {"Nobody wants war", "Li Wen", PER, 0, NULL},
        {"We will not wait", "Li Wen", PRO, 0, NULL},
    };
    CHECK(went_on, want_went_on);

    static const char ranking[] =
        "\xE2\x80\x9C" "Despite every effort, the Kremlin chose conflict,\xE2\x80\x9D Sen. Rob "
        "Mendel said.\n\n"
        "The panel\xE2\x80\x99s ranking Republican, Jim Rusk of Idaho, said in a statement the "
        "moves \xE2\x80\x9C" "are tantamount to an invasion.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe must impose harsh sanctions,\xE2\x80\x9D he said.\n";
    static const want_t want_ranking[] = {
        {"Despite every effort", "Rob Mendel", PER, 0, NULL},
        {"are tantamount", "Jim Rusk", PER, 0, NULL},
        {"We must impose", "Jim Rusk", PRO, 0, NULL},
    };
    CHECK(ranking, want_ranking);
}

/* A quotation reported inside another person's report is the inner speaker's, but the one who
 * goes on in the next sentence is the reporter who opened the main clause. Found on a blind
 * set (AE: "he" went to the counterpart quoted inside the minister's report). */
static void the_reporter_goes_on_after_a_report_within_a_report(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Minister Nils Arden told parliament that Vanta would respond. Mr. Arden also "
        "revealed that his counterpart, Matti Kron, had assured him in March that "
        "\xE2\x80\x9Cthere is no problem a dinner cannot solve.\xE2\x80\x9D He had, he told "
        "lawmakers drily, \xE2\x80\x9Cnot yet received the invitation.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"there is no problem", "Matti Kron", PER, 0, NULL},
        {"not yet received", "Nils Arden", PRO, 0, NULL},
    };
    CHECK(text, want);
    /* the reporter by title, after an opening phrase (BU: "Regarding ..., the foreign minister
     * rejected criticism ... after a Lebanese minister called the war “futile”. “...,” he
     * said" is the foreign minister's) */
    static const char titled[] =
        "Vantan Foreign Minister Prince Omar Said spoke to a French channel.\n\n"
        "Regarding the spat with Ostria, the foreign minister rejected criticism that Vanta "
        "had started the crisis after an Ostrian minister called the war "
        "\xE2\x80\x9C" "futile\xE2\x80\x9D. \xE2\x80\x9CThere is no crisis with Ostria,"
        "\xE2\x80\x9D he said.\n";
    static const want_t want_titled[] = {
        {"futile", "Ostrian minister", TTL, 0, NULL},
        {"There is no crisis", "Omar Said", PRO, 0, NULL},
    };
    CHECK(titled, want_titled);
}

/* "Sheikh" before a name says nothing of gender: it opens women's names too (Bangladesh's
 * "Sheikh Hasina"), so "she" can be the one it titles. Found on a blind set of real news (AR:
 * "she" went to the man named next). */
static void sheikh_is_no_gender(void **state)
{
    (void)state;
    static const char text[] =
        "Prime Minister Sheikh Farida Noor said on Monday that the talks had gone well. She met "
        "her counterpart Ravi Menon at the palace.\n\n"
        "\xE2\x80\x9CWe agreed on a shared vision,\xE2\x80\x9D she said.\n";
    static const want_t want[] = {
        {"We agreed on a shared vision", "Farida Noor", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "She said that:" and a bulleted list: the list's quotations are hers; a paragraph of prose
 * ends the list. "A spokesperson for Ukraine's foreign ministry" is Ukraine's ministry, not
 * the Russian one named before. Found on a blind set of real news (AR). */
static void bulleted_lists_and_owned_ministries(void **state)
{
    (void)state;
    static const char list[] =
        "At her morning press conference, President Clara Ruiz read out a statement on the "
        "tariffs. She said that:\n\n"
        "\xE2\x80\xA2 The tariffs were imposed despite the pact \xE2\x80\x9Csigned by the "
        "president himself\xE2\x80\x9D during his first term.\n\n"
        "\xE2\x80\xA2 Her country has \xE2\x80\x9C" "decided to respond\xE2\x80\x9D with its own "
        "measures.\n\n"
        "Markets fell on the news.\n\n"
        "\xE2\x80\xA2 The index closed \xE2\x80\x9Clower than at any time this "
        "year\xE2\x80\x9D on Friday.\n";
    static const want_t want_list[] = {
        {"signed by the president", "Clara Ruiz", NON, 0, NULL},
        {"decided to respond", "Clara Ruiz", NON, 0, NULL},
        {"lower than at any time", "", NON, 0, NULL},
    };
    CHECK(list, want_list);

    static const char owner[] =
        "\xE2\x80\x9CThey are shifting the blame,\xE2\x80\x9D Oleh Nikolenko said. The Russian "
        "Foreign Ministry had accused Kyiv of stalling.\n\n"
        "A spokesperson for Ukraine\xE2\x80\x99s foreign ministry said Russia could prove its "
        "will \xE2\x80\x9Cnot in words but in deeds.\xE2\x80\x9D\n";
    static const want_t want_owner[] = {
        {"They are shifting", "Oleh Nikolenko", PER, 0, NULL},
        {"not in words", "Ukraine\xE2\x80\x99s foreign ministry", TTL, 0, NULL},
    };
    CHECK(owner, want_owner);
}

/* Agency copy of two sides' statements: "On Monday Milei doubled down, saying ..." (a time
 * opening the sentence without a comma); "the ministry's press service said" is the
 * ministry; "a statement issued by X" makes X the statement's author; "The envoy was also
 * told that “...”" heard the words, never said them: the statement's author told him. Found on a blind set of real news (AQ). */
static void press_services_statements_and_the_passive(void **state)
{
    (void)state;
    static const char text[] =
        "On Monday Rivas only doubled down, saying he would \xE2\x80\x9Cunder no "
        "circumstances\xE2\x80\x9D apologize for his remarks.\n\n"
        "Vanta\xE2\x80\x99s foreign ministry said on Sunday it considers the clash an "
        "aggression. \xE2\x80\x9CThe ministry states that it was an armed act of "
        "aggression,\xE2\x80\x9D the ministry\xE2\x80\x99s press service said.\n\n"
        "According to a statement issued by the Tarsian Foreign Ministry on Thursday, a protest "
        "was lodged with the Vantan envoy.\n\n"
        "The Vantan envoy was also told that \xE2\x80\x9Cit is unacceptable to stir up the "
        "border.\xE2\x80\x9D\n\n"
        "The statement added that \xE2\x80\x9CTarsia has never provoked border "
        "incidents.\xE2\x80\x9D\n\n"
        "Ostria's Foreign Ministry filed a note of protest over the siege of its embassy, the "
        "ministry press service said Monday.\n\n"
        "\xE2\x80\x9CThe staff are in danger,\xE2\x80\x9D the note reads.\n";
    static const want_t want[] = {
        {"under no circumstances", "Rivas", PER, 0, NULL},
        {"The ministry states", "Vanta\xE2\x80\x99s foreign ministry", ORG, 0, NULL},
        {"it is unacceptable", "Tarsian Foreign Ministry", NON, 0, NULL},
        {"Tarsia has never", "Tarsian Foreign Ministry", ORG, 0, NULL},
        /* "filed a note", "lodged", "handed", "delivered", "sent": issued it */
        {"The staff are in danger", "Ostria's Foreign Ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* The passive's agent after the quotation: remarks "were branded “...” by X", diplomats
 * "have been given “...” by X", a plan "was described as “...” by X" are X's words. But in
 * the active, "by" after a quotation names who did the thing, not who spoke: "condemned “the
 * interference” by Vanta" (found on blind sets of real news: AW, two quotations without a
 * speaker). */
static void the_passive_agent_after_the_quotation(void **state)
{
    (void)state;
    static const char text[] =
        "One member of the delegation, Ivo Rask, blamed the government in Tarsk. His comments "
        "were branded \xE2\x80\x9C" "extremely regrettable\xE2\x80\x9D by Lena Varga, a "
        "Tarsian lawmaker.\n\n"
        "The envoys have been given \xE2\x80\x9Cjust one week to leave\xE2\x80\x9D by "
        "Prime Minister Aldo Brun.\n\n"
        "The proposal was described as \xE2\x80\x9C" "a dangerous provocation\xE2\x80\x9D "
        "by the Vantan Foreign Ministry.\n\n"
        "Mira Holt, the Tarsian foreign minister, said she condemned \xE2\x80\x9C" "an end "
        "to the interference\xE2\x80\x9D by Vanta.\n";
    static const want_t want[] = {
        {"extremely regrettable", "Lena Varga", PER, 0, NULL},
        {"just one week to leave", "Aldo Brun", PER, 0, NULL},
        {"a dangerous provocation", "Vantan Foreign Ministry", ORG, 0, NULL},
        {"an end to the interference", "Mira Holt", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* Who relays words is not who said them (found on a fresh blind set of real news, BF and BE:
 * four quotations given to an agency, a newspaper or a website, or to nobody): "X was quoted
 * by the agency as saying"; "X issued a statement saying"; "X posted a Twitter message
 * saying", a platform being no author; and "X stressed that “...,” the daily reported" or
 * "X said “...,” according to KUNA", the agency reporting what the speaker named before the
 * quotation said. */
static void relays_are_not_speakers(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign ministry spokesman Lin Tao was quoted by the state-run Xinhua news agency as "
        "saying the accused \xE2\x80\x9Cnever took part\xE2\x80\x9D in any espionage.\n\n"
        "The Vantan foreign ministry issued a brief statement saying it \xE2\x80\x9Ctakes "
        "note\xE2\x80\x9D of the decision.\n\n"
        "Ramiro Pell also posted a Twitter message saying that \xE2\x80\x9Cour old ties summon "
        "us to work together.\xE2\x80\x9D\n\n"
        "Minister Ivo Brask stressed that even formal moves to resume talks \xE2\x80\x9Cwould be a "
        "violation of our law,\xE2\x80\x9D Kommersant reported.\n\n"
        "The emir said he was confident the summit would bring \xE2\x80\x9Creconciliation "
        "that boosts unity,\xE2\x80\x9D according to KUNA.\n\n"
        "He also said the militias had lost \xE2\x80\x9C" "any jet fighter,\xE2\x80\x9D "
        "according to the Saudi Press Agency.\n\n"
        "Leader Ali Kamal told a crowd that the nation would \xE2\x80\x9C" "deliver a firm "
        "blow,\xE2\x80\x9D according to state media.\n\n"
        "The fire was \xE2\x80\x9Cset deliberately,\xE2\x80\x9D according to the Interior "
        "Ministry.\n\n"
        "According to the Lebanese daily L'Orient-Le Jour, Lebanon would get \xE2\x80\x9C"
        "the whole of the field.\xE2\x80\x9D\n\n"
        "Vanta will face \xE2\x80\x9C" "devastating consequences,\xE2\x80\x9D state media VNA "
        "said on Tuesday, citing Kim Sol, the leader's sister.\n\n"
        "\xE2\x80\x9CWe reject the plan,\xE2\x80\x9D Xinhua reported, quoting a ministry "
        "spokesman.\n\n"
        "\xE2\x80\x9CThe strikes will go on,\xE2\x80\x9D the minister said, citing a report by "
        "the army.\n";
    static const want_t want[] = {
        {"never took part", "Lin Tao", PER, 0, NULL},
        {"takes note", "Vantan foreign ministry", ORG, 0, NULL},
        {"our old ties summon", "Ramiro Pell", PER, 0, NULL},
        {"would be a violation", "Ivo Brask", PER, 0, NULL},
        /* "according to" an agency after a speaker's words: the agency relays them */
        {"reconciliation that boosts", "emir", TTL, 0, NULL},
        {"any jet fighter", "emir", PRO, 0, NULL},
        {"deliver a firm blow", "Ali Kamal", PER, 0, NULL},
        /* according to anyone else, the source is theirs */
        {"set deliberately", "Interior Ministry", ORG, 0, NULL},
        /* "the Lebanese daily X": the paper's name, not its country */
        {"the whole of the field", "L'Orient-Le Jour", ORG, 0, NULL},
        /* an organization that said or reported words, citing or quoting a person, relays
         * that person's words; a speaker citing a document speaks for themselves */
        {"devastating consequences", "Kim Sol", PER, 0, NULL},
        {"We reject the plan", "ministry spokesman", TTL, 0, NULL},
        {"The strikes will go on", "Ivo Brask", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* An office named for its holder's title keeps the whole title: "The Ostrian Prime
 * Minister's Office said", not "Minister's Office" (found on a blind set of real news, AG,
 * where the statement it issued was then given to nobody). */
static void a_titles_office_is_named_whole(void **state)
{
    (void)state;
    static const char text[] =
        "The Ostrian Prime Minister\xE2\x80\x99s Office said Ostria \xE2\x80\x9Cwill not agree "
        "to any arrangement\xE2\x80\x9D of that kind.\n\n"
        "The Vantan Foreign Minister\xE2\x80\x99s spokesman issued a statement saying the "
        "envoy \xE2\x80\x9Cwas never invited\xE2\x80\x9D to the talks.\n";
    static const want_t want[] = {
        {"will not agree", "Ostrian Prime Minister\xE2\x80\x99s Office", ORG, 0, NULL},
        {"was never invited", "Vantan Foreign Minister\xE2\x80\x99s spokesman", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* Three ways real news names a speaker that went unnamed (found on the fresh blind sets BC,
 * BD and BE): a name, a comma and a title as a heading before a colon, outside a transcript
 * ("Sergey Lavrov, Foreign Minister of Russia: “...”"); a statement issued by someone, "which
 * read “...”"; and "the cleric said" for the cleric who spoke last, as "the official" is. */
static void a_titled_heading_a_statement_which_read_and_the_cleric(void **state)
{
    (void)state;
    static const char text[] =
        "At the start there was a question about the treaty.\n\n"
        "Ivan Moro, Foreign Minister of Dravenia: \xE2\x80\x9COur proposals received no "
        "attention.\xE2\x80\x9D\n\n"
        "On Monday, Ostrian Secretary of State Lena Fisk issued a statement, which read "
        "\xE2\x80\x9CTarsia\xE2\x80\x99s participation is not a political issue.\xE2\x80\x9D\n\n"
        "The leader of the Vantan movement, Sheikh Omar Dal, claimed a \xE2\x80\x9Chistoric "
        "victory\xE2\x80\x9D tonight.\n\n"
        "\xE2\x80\x9CWe came out of this war stronger,\xE2\x80\x9D the cleric said.\n\n"
        "\xE2\x80\x9CIf you send your soldiers, they will fail,\xE2\x80\x9D cautioned the "
        "clergyman.\n";
    static const want_t want[] = {
        {"Our proposals received", "Ivan Moro", PER, 0, NULL},
        {"Tarsia\xE2\x80\x99s participation", "Lena Fisk", PER, 0, NULL},
        {"historic victory", "Omar Dal", PER, 0, NULL},
        {"We came out of this war", "Omar Dal", TTL, 0, NULL},
        /* "the clergyman" is a cleric too */
        {"If you send your soldiers", "Omar Dal", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A title word that is no role ("public", "foreign") makes no title of the words before it:
 * "Attorney General Ivo Brand made public the charges" names Ivo Brand, not "Attorney
 * General Ivo Brand made public" (found on a fresh blind set of real news, BF). */
static void a_verb_before_a_title_word_ends_the_name(void **state)
{
    (void)state;
    static const char text[] =
        "Attorney General Ivo Brand made public the charges on Monday, commenting that they "
        "were \xE2\x80\x9Cthe first of their kind.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"the first of their kind", "Ivo Brand", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A statement named for initials is an organization's ("the ISPR statement read"), so "it
 * said" after it is the same organization's, not the dateline's city (found on a fresh
 * blind set of real news, BF). */
static void a_statement_named_for_initials(void **state)
{
    (void)state;
    static const char text[] =
        "Tarsk: Both armies agreed on a ceasefire, the Defence Public Relations (DPRB) said in "
        "a statement.\n\n"
        "\xE2\x80\x9C" "Both generals agreed to address core issues,\xE2\x80\x9D the DPRB "
        "statement read.\n\n"
        "\xE2\x80\x9C" "Both sides agreed to observe all agreements,\xE2\x80\x9D it said.\n";
    static const want_t want[] = {
        /* the body its initials gloss, by its name (initials_in_parentheses_...) */
        {"Both generals agreed", "Defence Public Relations", ORG, 0, NULL},
        {"Both sides agreed", "Defence Public Relations", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A statement whose quoted words open with its reporting verb ("The statement “urged the
 * Ostrian side to leave”") is its issuer's, as a person's or a ministry's is (found on a
 * fresh blind set of real news, BF: given to nobody). */
static void a_statement_whose_verb_is_quoted(void **state)
{
    (void)state;
    static const char text[] =
        "The Vantan embassy in Tarsk released a statement on the shoal.\n\n"
        "The statement \xE2\x80\x9Curged the Ostrian side to leave this area at "
        "once\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"urged the Ostrian side", "Vantan embassy", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* Words quoted in the that-clause of a possessed noun of speech are its owner's: "the
 * Ostrian Coast Guard's allegations that Vanta had taken “aggressive actions”", though the
 * sentence's subject spoke of them (found on a fresh blind set of real news, BD). */
static void the_owner_of_allegations(void **state)
{
    (void)state;
    static const char text[] =
        "Lin Tao made the remarks at a briefing in answer to a question on the Ostrian Coast "
        "Guard\xE2\x80\x99s allegations that Vanta had taken \xE2\x80\x9C" "aggressive "
        "actions\xE2\x80\x9D against its boats.\n";
    static const want_t want[] = {
        {"aggressive actions", "Ostrian Coast Guard", ORG, 0, NULL},
    };
    CHECK(text, want);
    /* an adjective between the owner and the noun (found on a blind set, AP) */
    static const char adjective[] =
        "Foreign Minister Ana Dole spoke in Tarsk.\n\n"
        "As regards the Minister\xE2\x80\x99s farcical claim that the \xE2\x80\x9Csituation is "
        "back to normal\xE2\x80\x9D in the region, the question remains.\n";
    static const want_t want_adjective[] = {
        {"situation is back to normal", "Ana Dole", TTL, 0, NULL},
    };
    CHECK(adjective, want_adjective);
}

/* A sentence with no reporting verb whose subject and verb a time stands between ("Marcos on
 * Monday ruled out ... “offensive” equipment") quotes its subject, as it does without the
 * time; a passive's auxiliaries are no time ("The envoy was also told that “...”" stays
 * the words of whoever told him) (found on a blind set of real news, AR). */
static void a_time_between_subject_and_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Dahl on Monday ruled out water cannons and other \xE2\x80\x9Coffensive\xE2\x80\x9D "
        "equipment at sea.\n";
    static const want_t want[] = {
        {"offensive", "Dahl", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* An organization named by its head in lower case and "of" ("the government of Tarsia",
 * "the embassy of Vanta", "the office of the Trade Representative") is named whole, as "the
 * Government of Tarsia" is; "the office of President X" is X's (found on blind sets of real
 * news, AL, AW and BR). */
static void a_lower_case_head_of_a_name(void **state)
{
    (void)state;
    static const char text[] =
        "The government of Tarsia called the visit \xE2\x80\x9Cunauthorised.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe are concerned,\xE2\x80\x9D said the embassy of Vanta.\n\n"
        "The office of Ostria\xE2\x80\x99s President Ana Kell defended the raid, saying "
        "\xE2\x80\x9COstria is a sovereign nation.\xE2\x80\x9D\n\n"
        "The office of the Trade Representative in Washington confirmed the loss. Washington "
        "can still appeal the ruling.\n\n"
        "\xE2\x80\x9CWe are very disappointed,\xE2\x80\x9D it said.\n\n"
        "The agency confirmed the strike. The Defence Ministry published photos.\n\n"
        "\xE2\x80\x9CThe site was destroyed,\xE2\x80\x9D it said.\n";
    static const want_t want[] = {
        {"unauthorised.", "government of Tarsia", ORG, 0, NULL},
        {"We are concerned,", "embassy of Vanta", ORG, 0, NULL},
        {"Ostria is a sovereign nation.", "Ana Kell", PER, 0, NULL},
        /* "of the" and a name: "the office of the Trade Representative"; and a capital
         * that opens a sentence without speaking takes no "it" from it, though another
         * organization does */
        {"We are very disappointed", "office of the Trade Representative", PRO, 0, NULL},
        {"The site was destroyed", "Defence Ministry", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A sentence that opens with a quotation and goes on in a few words of its own, with no
 * comma, name or reporting verb (“We would never allow” a landing.), is the last speaker's,
 * as a quotation alone is; "«...», a déclaré le ministre" is not (found on a blind set of real
 * news, AX). */
static void a_quotation_that_goes_on_unreported(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe would take decisive action,\xE2\x80\x9D Aro Tenn told lawmakers. "
        "\xE2\x80\x9CWe would never allow\xE2\x80\x9D a landing.\n\n"
        "\xC2\xAB" "Nous ne c\xC3\xA9" "derons pas\xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 le ministre.\n";
    static const want_t want[] = {
        {"We would take decisive action,", "Aro Tenn", PER, 0, NULL},
        {"We would never allow", "Aro Tenn", NON, 0, NULL},
        {"Nous ne c\xC3\xA9" "derons pas", "", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* A headline's quotation, a colon and a person ("“Betrayed by their own people”: Zakharova on
 * the Baltic States") is that person's, as "Name: “...”" is; not a place's ("“The Great
 * Game”: Russia and Britain"), which is as often a title (found on a blind set of real news,
 * AW). */
static void a_headline_quotation_then_its_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9C" "Betrayed by their own people\xE2\x80\x9D: Lena Marsk on the Baltic "
        "states\n\n"
        "The spokeswoman spoke on Monday.\n";
    static const want_t want[] = {
        {"Betrayed by their own people", "Lena Marsk", PER, 0, NULL},
    };
    CHECK(text, want);
    static const char place[] =
        "\xE2\x80\x9CThe Great Game\xE2\x80\x9D: Tarsia and Vanta in the steppe\n\n"
        "The book came out on Monday.\n";
    static const want_t want_place[] = {{"The Great Game", "", NON, TERM, NULL}};
    CHECK(place, want_place);
}

/* A surname spelled another way in the same article ("Jablonski" after "Paweł Jabłonski",
 * "Landbergis" after "Landsbergis", "Troare" after "Traore") is the person named before,
 * when one named person's surname is a letter away or has two letters side by side swapped;
 * two such are neither, and a short name is never guessed (found on blind sets of real news,
 * AJ, AW and BC: nine quotations given to a new name; the swap on JB, four quotations). */
static void a_surname_spelled_another_way(void **state)
{
    (void)state;
    static const char text[] =
        "Deputy Minister Pawe\xC5\x82 Jab\xC5\x82onski spoke on Monday.\n\n"
        "\xE2\x80\x9CWe have good intelligence,\xE2\x80\x9D Jablonski said.\n\n"
        "\xE2\x80\x9CIt was orchestrated,\xE2\x80\x9D Jab\xC5\x82onsky added.\n\n"
        "Ana Kol and Ivo Kal met.\n\n"
        "\xE2\x80\x9CNo,\xE2\x80\x9D Kil said.\n\n"
        "Ivo Marsden and Ana Marsdan met.\n\n"
        "\xE2\x80\x9CYes,\xE2\x80\x9D Marsdon said.\n\n"
        "Captain Ibrahim Traore spoke to a journalist.\n\n"
        "\xE2\x80\x9CWe are leaving,\xE2\x80\x9D said President Troare.\n";
    static const want_t want[] = {
        {"We have good intelligence,", "Pawe\xC5\x82 Jab\xC5\x82onski", PER, 0, NULL},
        {"It was orchestrated,", "Pawe\xC5\x82 Jab\xC5\x82onski", PER, 0, NULL},
        {"No,", "Kil", PER, 0, NULL},
        {"Yes,", "Marsdon", PER, 0, NULL},
        {"We are leaving,", "Ibrahim Traore", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A reporting verb inside what an earlier one reports, with no quotation of its own ("The
 * minister revealed that Algeria refuses ... actions that it strongly condemns"), does not
 * make its subject the one who speaks on: the minister's quotations follow, not the
 * country's (found on a blind set of real news, AX: three quotations given to the country
 * the minister spoke of). A verb that reports a quotation of its own still does ("... said
 * that the envoy warned “...”"). */
static void a_report_within_a_report_is_no_new_speaker(void **state)
{
    (void)state;
    /* a country the rules know (a place speaks for its government): "Tarsia" would never
     * have been taken for a speaker */
    static const char text[] =
        "Algeria cut diplomatic relations with Morocco on Tuesday. The foreign minister "
        "revealed in a press conference that Algeria refuses to submit to actions that it "
        "strongly condemns.\n\n"
        "\xE2\x80\x9CMorocco made use of its territory as a base for hostile "
        "acts.\xE2\x80\x9D\n\n"
        "Officials said that the Moroccan envoy warned \xE2\x80\x9Cthe border will stay "
        "closed.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Morocco made use of its territory", "foreign minister", NON, 0, NULL},
        {"the border will stay", "Moroccan envoy", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "X hailed the support expressed by Y, saying ...": the participle after the comma shares
 * the main clause's subject, X; the passive's agent belongs to the noun it describes ("the
 * support expressed by Y"), not to the clause. Found on a fresh set (DA: "Gerapetritis also
 * hailed the support expressed by France, saying that Paris has shown “...”" was France's;
 * "the Greek official" after it then took no one). The agent still speaks the quotation its
 * own participle reports ("a summit described by a US official as “...”"). */
static void a_participle_after_a_reduced_passive(void **state)
{
    (void)state;
    static const char text[] =
        "Vantian Minister of State Aro Pelk also hailed the support expressed by Solmera, "
        "saying that the Solmeran side has shown \xE2\x80\x9C"
        "a willingness to lead the "
        "talks,\xE2\x80\x9D since the crisis began.\n\n"
        "The Vantian official went on to welcome the visit, saying it could bring "
        "\xE2\x80\x9C"
        "both sides to one table.\xE2\x80\x9D\n\n"
        "Observers called it a summit described by a Solmeran official as "
        "\xE2\x80\x9C"
        "a turning point for the region.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"a willingness to lead", "Aro Pelk", PER, 0, NULL},
        {"both sides to one table", "Aro Pelk", TTL, 0, NULL},
        {"a turning point for", "Solmeran official", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A passive participle's agent speaks only the quotation its phrase leads to ("described by
 * X as “...”"); "She emphasized that the topic announced by the Y delegation at the meeting
 * is a “mockery” of ..." is hers, the words of the clause she reports. And "the American
 * diplomat" after an organization spoke is the American who spoke before it. Found on a
 * fresh set (CD: the Russian delegation was given a US envoy's "mockery", and "the American
 * diplomat said" after it took no one). */
static void a_passive_agent_inside_a_reported_clause(void **state)
{
    (void)state;
    static const char text[] =
        "The envoy of the Vantian delegation, Mira Olan, spoke on Monday.\n\n"
        "\xE2\x80\x9CSolmera lies to distract,\xE2\x80\x9D the Vantian envoy stressed.\n\n"
        "She emphasized that the topic announced by the Solmeran delegation at the meeting "
        "convened by it on Monday is a \xE2\x80\x9Cmockery of the work of the "
        "office.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe reject this,\xE2\x80\x9D the Solmeran ministry replied.\n\n"
        "\xE2\x80\x9CSome may be confused as to who is the aggressor,\xE2\x80\x9D the "
        "Vantian diplomat said.\n";
    static const want_t want[] = {
        {"Solmera lies to distract", "Mira Olan", TTL, 0, NULL},
        {"mockery of the work", "Mira Olan", PRO, 0, NULL},
        {"We reject this", "Solmeran ministry", ORG, 0, NULL},
        {"Some may be confused", "Mira Olan", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A title, where or whom it serves, and a name are one person wherever the article names
 * them, not only before a reporting verb: "announced by Vantian Ambassador to Ostria Oleg
 * Ozerov" names Oleg Ozerov, not "Ostria Oleg Ozerov"; "Spokesperson for the Foreign Ministry
 * Maria Lind" names Maria Lind. And "the diplomat", "the official" before anyone has spoken is
 * the person just named. Found on a fresh set (CA: "This was announced ... by Russian
 * Ambassador to Moldova Oleg Ozerov. According to the diplomat, ..." gave "Moldova Oleg
 * Ozerov" and a nameless "diplomat"). */
static void a_title_and_name_met_outside_a_report(void **state)
{
    (void)state;
    static const char text[] =
        "Vantia is open to dialogue with Ostria. This was announced on November 1 by "
        "Vantian Ambassador to Ostria Oleg Ozerov.\n\n"
        "According to the diplomat, the issue should not be solved \xE2\x80\x9Con the spur "
        "of the moment.\xE2\x80\x9D\n\n"
        "Spokesperson for the Ostrian Foreign Ministry Maria Lind spoke later.\n\n"
        "\xE2\x80\x9CWe are ready to talk,\xE2\x80\x9D Ozerov said. \xE2\x80\x9CIt is "
        "good,\xE2\x80\x9D Lind said.\n";
    static const want_t want[] = {
        {"on the spur of the moment", "Oleg Ozerov", TTL, 0, NULL},
        {"We are ready to talk", "Oleg Ozerov", PER, 0, NULL},
        {"It is good", "Maria Lind", PER, 0, NULL},
    };
    CHECK(text, want);
    /* but a field's last word is no name ("for Foreign Relations and Security Policy Josep
     * Borrell" made a "Relations" whom the headline's title then named; found on a fresh
     * set, GD); nor is "Policy" after "Security" (stop 43) */
    static const char field[] =
        "The Union High Representative for Foreign Relations and Security Policy Josep Borrell "
        "made a statement to the press.\n\n"
        "\xE2\x80\x9CWe are making great efforts,\xE2\x80\x9D Borrell said.\n\n"
        "Union High Representative: \xE2\x80\x9CTime is running out.\xE2\x80\x9D\n";
    static const want_t want_field[] = {
        {"We are making great efforts", "Josep Borrell", PER, 0, NULL},
        {"Time is running out", "Josep Borrell", TTL, 0, NULL},
    };
    CHECK(field, want_field);
}

/* "In her opinion, NATO “continues to ...”": the opinion's owner speaks, as after "according
 * to her", not the subject of the clause the quotation completes. Found on a fresh set (EC:
 * NATO was given a Russian spokeswoman's words). */
static void in_her_opinion_is_according_to_her(void **state)
{
    (void)state;
    static const char text[] =
        "Vantian Foreign Ministry spokeswoman Mara Zell spoke on Thursday.\n\n"
        "In her opinion, the alliance \xE2\x80\x9C" "continues to justify increased funding "
        "for its actions\xE2\x80\x9D under a pretext.\n\n"
        "In Zell's view, Ostria \xE2\x80\x9Chas chosen confrontation.\xE2\x80\x9D\n\n"
        "In the opinion of Ostrian envoy Ravi Oduya, Vantia \xE2\x80\x9Cwill regret "
        "this.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"continues to justify", "Mara Zell", PRO, 0, NULL},
        {"has chosen confrontation", "Mara Zell", PER, 0, NULL},
        {"will regret this", "Ravi Oduya", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "the President of the Council, Ambassador Richard Ryan of Ireland, told": the person named
 * between the commas, before the country he is of, is the title's holder, as "Jim Rusk of
 * Idaho" is; "Ireland" alone is no organization that speaks instead. Found on a fresh set
 * (ED: two quotes given to "President of the Council"). */
static void a_titled_name_of_a_country_in_apposition(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThere was an exchange of views,\xE2\x80\x9D the President of the "
        "Council, Ambassador Ravi Oduya of Ireland, told the press.\n\n"
        "\xE2\x80\x9CMembers reiterated their support,\xE2\x80\x9D said the "
        "President.\n";
    static const want_t want[] = {
        {"There was an exchange", "Ravi Oduya", PER, 0, NULL},
        {"Members reiterated", "Ravi Oduya", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "However further on Adorni pointed out that “...”": "further on", "later on" are adverbs of
 * time, and the name after them is the verb's subject, no object of "on". Found on a fresh set
 * (ED: the quotation had no speaker). */
static void further_on_is_no_preposition(void **state)
{
    (void)state;
    static const char text[] =
        "Spokesperson Ana Vell spoke at her morning conference.\n\n"
        "However further on Vell pointed out that \xE2\x80\x9Cwe reaffirm our rights over the "
        "islands and that will continue.\xE2\x80\x9D\n\n"
        "Later on Vell told reporters that \xE2\x80\x9Cthe visit changes "
        "nothing.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"we reaffirm our rights", "Ana Vell", PER, 0, NULL},
        {"the visit changes nothing", "Ana Vell", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Mohammed bin Abdulrahman said" after "Foreign Minister Sheikh Mohammed bin Abdulrahman Al
 * Thani": the first words of a name of four or more, three of them at least, are the person
 * named in full, as Arabic names are shortened in news copy; not someone new. Found on a
 * fresh set (EA: five quotes given to a second "Mohammed bin Abdulrahman"). */
static void the_first_words_of_a_long_name(void **state)
{
    (void)state;
    static const char text[] =
        "Vantian Foreign Minister Sheikh Omar bin Rashid Al Varan has said Vantia will do "
        "what it takes.\n\n"
        "Omar bin Rashid told a think-tank on Wednesday that \xE2\x80\x9CVantia continues to "
        "call for dialogue.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe welcome any serious efforts,\xE2\x80\x9D he added.\n";
    static const want_t want[] = {
        {"Vantia continues to", "Omar bin Rashid Al Varan", PER, 0, NULL},
        {"We welcome any serious", "Omar bin Rashid Al Varan", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "The Vantian Foreign Affairs Minister, Retno Marsudi, and ...": the title given in an
 * apposition before the name is the foreign minister's, as it is when it stands before the
 * name, so that "the Foreign Minister said" is hers. Found on a fresh set (EB: the title
 * kept the field "affairs", and a minister of "Political" affairs named later took it). */
static void foreign_affairs_minister_in_apposition(void **state)
{
    (void)state;
    static const char text[] =
        "The Vantian Foreign Affairs Minister, Retno Marsudi, and the Defense Minister, Rya "
        "Cudu, said Vantia has coordinated with Ostria.\n\n"
        "Marsudi stated that Vantia has several options.\n\n"
        "\xE2\x80\x9CI was assigned to coordinate the release of the ten "
        "hostages,\xE2\x80\x9D the Foreign Minister said.\n";
    static const want_t want[] = {
        {"I was assigned", "Retno Marsudi", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Taro Funa summoned ambassador Wu Jiang and “made a strong protest ...”": a verb after a
 * name is no modifier of the title after it, so "Funa summoned ambassador Wu Jiang" is no one
 * phrase naming Wu Jiang; Funa, the subject, spoke. A country's word before a participle
 * still opens a body ("Ostrian armed forces said"). Found on a fresh set (EB: the summoned
 * ambassador was given the vice minister's protest). */
static void a_verb_between_a_name_and_a_title(void **state)
{
    (void)state;
    static const char text[] =
        "Vice Foreign Minister Taro Funa summoned ambassador Wu Jiang on Sunday and "
        "\xE2\x80\x9Cmade a strong protest that such acts are regrettable.\xE2\x80\x9D\n\n"
        "Funa met ambassador Lee Dao and said \xE2\x80\x9Cthe acts must stop.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe acted in self-defence,\xE2\x80\x9D Chinese armed forces said.\n";
    static const want_t want[] = {
        {"made a strong protest", "Taro Funa", PER, 0, NULL},
        {"the acts must stop", "Taro Funa", PER, 0, NULL},
        {"We acted in self-defence", "Chinese armed forces", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "Funa “strongly urged the Government of Ostria to ...,” the Vantian foreign ministry said":
 * a quotation that opens with a reporting verb is its subject's only when no reporting verb
 * after it names another source; here the ministry's statement describes what Funa did. Found
 * on a fresh set (EB). */
static void a_statement_quoted_from_its_verb_then_credited(void **state)
{
    (void)state;
    static const char text[] =
        "Vice Foreign Minister Taro Funa met the ambassador on Sunday.\n\n"
        "Funa \xE2\x80\x9Cstrongly urged the Government of Ostria to ensure that similar "
        "actions do not recur,\xE2\x80\x9D the Vantian foreign ministry said.\n\n"
        "Funa \xE2\x80\x9Cwelcomed the proposal of the envoy.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"strongly urged the Government", "Vantian foreign ministry", ORG, 0, NULL},
        {"welcomed the proposal", "Taro Funa", PER, 0, NULL},
    };
    CHECK(text, want);
    /* but an agency that reports after the words relays them (found on IB, when the rule
     * first took the agency for the speaker) */
    static const char relayed[] =
        "In a soon-to-be released communique, the leaders \xE2\x80\x9Cwelcomed and fully "
        "supported\xE2\x80\x9D the new commitment, Australian Associated Press reported after "
        "seeing the document.\n";
    static const want_t want_relayed[] = {
        {"welcomed and fully supported", "leaders", TTL, 0, NULL},
    };
    CHECK(relayed, want_relayed);
}

/* "as President Oleg Varo readied his attack": a person whose verb is followed by "his" is a
 * man, so a "she" after it is the woman named before him, and the quotation she goes on with
 * hers. Found on a fresh set (EC: von der Leyen's words given to Putin). */
static void his_after_a_verb_tells_a_man(void **state)
{
    (void)state;
    static const char text[] =
        "Commission chief Ana Lind said the sanctions \xE2\x80\x9Cwill weaken the economic "
        "base.\xE2\x80\x9D\n\n"
        "As with a first round, as Vantian President Oleg Varo readied his attack, the new "
        "package will be coordinated with partners, she said.\n\n"
        "\xE2\x80\x9CThese sanctions are designed to take a heavy toll.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"will weaken the economic", "Ana Lind", PER, 0, NULL},
        {"These sanctions are designed", "Ana Lind", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* ``...'': the marks of wire copy set on typewriters and kept in news archives (two grave
 * accents open, two apostrophes close) quote as “...” does. Found on a fresh set (EC: an AP
 * story of 1995 whose three quotations were not found). */
static void typewriter_double_marks(void **state)
{
    (void)state;
    static const char text[] =
        "In an interview, Omar Varo said his men are ``embittered by the brutality of the "
        "troops'' and would take revenge.\n\n"
        "``I only personified the striving of my people,'' he insisted. ``I didn't make "
        "anyone fight.''\n";
    static const want_t want[] = {
        {"embittered by the brutality", "Omar Varo", PER, 0, NULL},
        {"I only personified", "Omar Varo", PRO, 0, NULL},
        {"I didn't make anyone", "Omar Varo", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* News copy's own vocabulary, found on fresh sets: "Al Arabiya English quoted him as saying"
 * names an outlet, not a person whom "him" could mean (FB); "Greenfield" after "Linda
 * Thomas-Greenfield" is her, by the second part of her surname (FD); a city alone in capitals
 * before a period ("BISHKEK. April 29 (Interfax) -") is a dateline, no speaker for "it said";
 * and "the press service of the Foreign Ministry said" names the press service (FB). */
static void outlets_hyphenated_surnames_and_datelines(void **state)
{
    (void)state;
    static const char text[] =
        "Taliban spokesperson Zabi Mujahid spoke on Monday.\n\n"
        "Mujahid rejected the accusations. \xE2\x80\x9CWe reject this,\xE2\x80\x9D Al "
        "Arabiya English quoted him as saying.\n\n"
        "The US Ambassador Linda Thomas-Greenfield spoke later.\n\n"
        "\xE2\x80\x9CIt is a rotating seat,\xE2\x80\x9D Greenfield said.\n";
    static const want_t want[] = {
        {"We reject this", "Zabi Mujahid", PRO, 0, NULL},
        {"It is a rotating seat", "Linda Thomas-Greenfield", PER, 0, NULL},
    };
    CHECK(text, want);
    static const char dateline[] =
        "BISHKEK. April 29 (Interfax) - The foreign ministers have agreed to a ceasefire, the "
        "press service of the Vantian Foreign Ministry said on Thursday.\n\n"
        "They also \xE2\x80\x9C" "agreed to hold a separate meeting of the two "
        "sides,\xE2\x80\x9D it said.\n";
    static const want_t want_dateline[] = {
        {"agreed to hold a separate", "press service", PRO, 0, NULL},
    };
    CHECK(dateline, want_dateline);
    static const char dateline_alone[] =
        "BISHKEK. April 29 (Interfax) - The ministers met on Thursday.\n\n"
        "\xE2\x80\x9CWe agreed to hold a separate meeting,\xE2\x80\x9D it said.\n";
    static const want_t want_nobody[] = {
        {"We agreed to hold a separate meeting", "", PRO, 0, NULL},
    };
    CHECK(dateline_alone, want_nobody);
    /* a ministry's press service speaks for it, as a title of it would (FB) */
    static const char press[] =
        "\xE2\x80\x9CWe agreed on a ceasefire,\xE2\x80\x9D the press office of the Vantian "
        "Foreign Ministry said.\n";
    static const want_t want_press[] = {
        {"We agreed on a ceasefire", "press office", ORG, 0, NULL},
    };
    CHECK(press, want_press);
}

/* "..., a toll confirmed by the Vantian Defence Ministry. “...,” it has argued.": a passive's
 * agent with no quotation of its own has not spoken, and "it" is the body the sentence was
 * about, which made the statement. Found on a fresh set (FC: the defence ministry was given
 * the foreign ministry's statement). */
static void a_passive_agent_has_not_spoken(void **state)
{
    (void)state;
    static const char text[] =
        "The Vantian Foreign Ministry has said in a statement that the attacks caused three "
        "casualties, a toll confirmed by the Vantian Defence Ministry.\n\n"
        "\xE2\x80\x9CThe recent provocation is a clear disregard for the calls to keep the "
        "ceasefire,\xE2\x80\x9D it has argued.\n";
    static const want_t want[] = {
        {"The recent provocation", "Vantian Foreign Ministry", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "he said Xi had acknowledged that ...": a name in the clause a reporting verb reports,
 * with "that" left out, has not spoken, and is no name for the "he" who did ("“...,” he
 * said" before it had been renamed Xi). Found on a fresh set (FB). */
static void a_reported_subject_without_that(void **state)
{
    (void)state;
    static const char text[] =
        "The Spokesperson in the External Affairs Ministry also said that diplomacy was at "
        "work.\n\n"
        "\xE2\x80\x9C" "Diplomacy is underway,\xE2\x80\x9D he said.\n\n"
        "Replying to another question, he said both Modi and Xi had acknowledged that the "
        "issue should be addressed. \xE2\x80\x9C" "As far as we are concerned, they had "
        "discussions,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"Diplomacy is underway", "Spokesperson in the External Affairs Ministry", PRO, 0, NULL},
        {"As far as we are concerned", "Spokesperson in the External Affairs Ministry", PRO, 0,
         NULL},
    };
    CHECK(text, want);
    /* but an agency's report relays the one it names: "AAP reports Dr Lanta condemned ..."
     * (found on CB, when the rule first took that for a report too) */
    static const char relayed[] =
        "Defence Minister Ira Suko said the review would go on.\n\n"
        "AAP reports Dr Lanta emphatically condemned the actions.\n\n"
        "\xE2\x80\x9CIt is an unfriendly act,\xE2\x80\x9D he said.\n";
    static const want_t want_relayed[] = {
        {"It is an unfriendly act", "Lanta", PRO, 0, NULL},
    };
    CHECK(relayed, want_relayed);
}

/* "He said President Xi clearly stated China's principles on the relations in a “timely and
 * important” phone call": words quoted far from the verb of a reported clause describe what
 * was stated, in the reporter's words; the reporter said them. "He said Xi warned Tokyo
 * against “reckless moves”" keeps the quotation the nested verb's. Found on a fresh set (FB:
 * Ambassador Qin's words went to Xi). */
static void words_far_from_a_reported_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Ambassador Qin Gang spoke to reporters on Thursday.\n\n"
        "He said President Xi Jinping clearly stated China's principles on the relations in a "
        "\xE2\x80\x9Ctimely and important\xE2\x80\x9D phone call with the president.\n\n"
        "He said Xi warned Tokyo against \xE2\x80\x9Creckless moves in the "
        "strait.\xE2\x80\x9D\n\n"
        "The ministry said that Kim told Zhang that the denuclearization of the peninsula "
        "\xE2\x80\x9Cwas the dying wish\xE2\x80\x9D of his father.\n";
    static const want_t want[] = {
        {"timely and important", "Qin Gang", PRO, 0, NULL},
        {"reckless moves in the", "Xi Jinping", PER, 0, NULL},
        {"was the dying wish", "Kim", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "foreign adviser Md. Touhid Hossain said": "Md." (and "Mohd.") is the short form of a given
 * name, whose period ends no sentence; the adviser is Touhid Hossain, not a person "Md" whom
 * "the foreign adviser" would name later. Found on a fresh set (FB). */
static void md_is_a_given_name(void **state)
{
    (void)state;
    static const char text[] =
        "Border killings are an obstacle to good relations, foreign adviser Md. Touhid Hossain "
        "said Monday.\n\n"
        "The foreign adviser made the comments in response to questions. \xE2\x80\x9CWe will "
        "lodge a strong protest,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"We will lodge a strong protest", "Md. Touhid Hossain", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "In a post on Monday, Petro condemned the coercion, “...,” the president wrote": a title
 * after the quotation is the person who opened its sentence, when no other title of theirs
 * is known, not the holder of that title named sentences before (another country's
 * president). Found on a fresh set (FD: Petro's post went to Trump). */
static void a_title_for_the_sentences_own_subject(void **state)
{
    (void)state;
    static const char text[] =
        "Vantian President Ivo Sarn quickly reacted by promising tariffs.\n\n"
        "In a lengthy post on Monday, Vell condemned the coercion, \xE2\x80\x9CYou can use "
        "your economic power to stage a coup,\xE2\x80\x9D the president wrote.\n";
    static const want_t want[] = {
        {"You can use your economic", "Vell", TTL, 0, NULL},
    };
    CHECK(text, want);
    /* not a name in an opening phrase before a title that leads the quotation (BV) */
    static const char opener[] =
        "Kremlin spokesman Dmitry Peskov spoke on Friday.\n\n"
        "Concerning Vantia's special envoy for investment, Kirill Dmitriev's two-day visit to "
        "the US on Wednesday, the Kremlin spokesman said: \xE2\x80\x9CThe work is "
        "ongoing\xE2\x80\x9D and that \xE2\x80\x9C" "cautious optimism\xE2\x80\x9D can "
        "be expressed.\n";
    static const want_t want_opener[] = {
        {"The work is ongoing", "Dmitry Peskov", TTL, 0, NULL},
        {"cautious optimism", "Dmitry Peskov", TTL, 0, NULL},
    };
    CHECK(opener, want_opener);
}

/* "The Minister of Information": the word after "of" is the minister's field, no name, so
 * "the minister" later is the holder named in the article ("The Minister of Information,
 * Labaran Maku,"), not a person "Information". Found on a fresh set (GD). */
static void a_field_after_of_is_no_name(void **state)
{
    (void)state;
    static const char text[] =
        "The Minister of Information, Labaran Maku, said the groups should avoid panic.\n\n"
        "\xE2\x80\x9CWe have always appealed to embassies,\xE2\x80\x9D Mr Maku said.\n\n"
        "The minister said \xE2\x80\x9Cthey increased their capacity to "
        "respond.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We have always appealed", "Labaran Maku", PER, 0, NULL},
        {"they increased their capacity", "Labaran Maku", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "China's Consul General in Osaka Xue Jian said": an envoy's post is a place of one word,
 * then the envoy's name, as "Ambassador to Ostria Ravi Oduya" is read. Found on a fresh set
 * (GB: the consul's words went to a nameless "Consul General"). */
static void an_envoy_in_a_city_then_the_name(void **state)
{
    (void)state;
    static const char text[] =
        "Vantia's Consul General in Osaka Xue Jian said on Saturday: \xE2\x80\x9CWe have no "
        "choice but to respond.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9C" "Are you ready?\xE2\x80\x9D Xue added.\n";
    static const want_t want[] = {
        {"We have no choice", "Xue Jian", PER, 0, NULL},
        {"Are you ready?", "Xue Jian", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "the mass pro-European protests": a prefix joined to a capitalized word ("pro-", "anti-")
 * makes an adjective, not a name as "al-Maliki" is. Found on a fresh set (GA: "pro-European"
 * was given the prime minister's words). */
static void pro_and_anti_make_no_name(void **state)
{
    (void)state;
    static const char text[] =
        "The Prime Minister, Irakli Kobakhidze, criticized the Union and dismissed the mass "
        "pro-European protests outside parliament as \xE2\x80\x9C" "a gathering of 800 "
        "people.\xE2\x80\x9D\n\n"
        "He also called the anti-Western rallies \xE2\x80\x9Cour people's voice.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"a gathering of 800", "Irakli Kobakhidze", PER, 0, NULL},
        {"our people's voice", "Irakli Kobakhidze", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "Diab condemned Israel saying that “Israel has violated ...”": the name right before the
 * participle is the object of the verb before it, and the participle is the subject's, as
 * after a comma; only "with X saying" gives it a subject of its own. Found on a fresh set
 * (GC: Israel was given the Lebanese prime minister's words). */
static void an_object_before_a_participle(void **state)
{
    (void)state;
    static const char text[] =
        "On his account, Lebanese Prime Minister Hassan Diab condemned Vantia saying that "
        "\xE2\x80\x9CVantia has once again violated our sovereignty.\xE2\x80\x9D\n\n"
        "The talks ended with the spokesman saying \xE2\x80\x9Cwe will meet "
        "again.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Vantia has once again", "Hassan Diab", PER, 0, NULL},
        {"we will meet again", "spokesman", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "A ministry spokesman reiterated that ... following statements by Foreign Minister Ana Berg
 * about being “in a war against Vantia”": the author of a speech noun between the verb and
 * the quotation, a few words before it, spoke it. Found on a fresh set (GD: the spokesman was
 * given the minister's words). */
static void a_speech_nouns_author_nearer_than_the_verb(void **state)
{
    (void)state;
    static const char text[] =
        "An Ostrian Foreign Ministry spokesman on Friday reiterated that his country was not a "
        "party to the war following recent statements by Foreign Minister Ana Berg about being "
        "\xE2\x80\x9Cin a war against Vantia.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"in a war against Vantia", "Ana Berg", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Following the meeting, Abe participated in a gathering. “...,” he said.": the one who opens
 * a sentence after an opening participle's clause has opened it, as after "After the
 * meeting,", and "he" is him, not the one who spoke before. Found on a fresh set (GB: Sakie
 * Yokota was given the prime minister's words). */
static void a_subject_after_an_opening_participle(void **state)
{
    (void)state;
    static const char text[] =
        "Prime Minister Shinzo Abe met relatives of the victims.\n\n"
        "\xE2\x80\x9CWe will make all efforts,\xE2\x80\x9D Abe said.\n\n"
        "Sakie Yokota said: \xE2\x80\x9CI just want the prime minister to resolve "
        "it.\xE2\x80\x9D\n\n"
        "Following the meeting, Abe participated in a gathering.\n\n"
        "\xE2\x80\x9CIt is important that people come together,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"We will make all efforts", "Shinzo Abe", PER, 0, NULL},
        {"I just want the prime", "Sakie Yokota", PER, 0, NULL},
        {"It is important that", "Shinzo Abe", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "Brazil's far-right president and his backers have escalated their row, attacking the
 * French president's “lamentable colonialist stance”": a title given by a country's
 * possessive, with words that describe the holder, is an epithet for the person named last
 * whose office was not given (the headline's Jair Bolsonaro), as "the Brazilian president"
 * is. Found on a fresh set (HD). */
static void a_countrys_possessive_title_is_an_epithet(void **state)
{
    (void)state;
    static const char text[] =
        "Jair Bolsonaro demands Macron withdraw insults over fires\n\n"
        "Brazil\xE2\x80\x99s far-right president and his backers have escalated their row, "
        "attacking the French president\xE2\x80\x99s \xE2\x80\x9Clamentable colonialist "
        "stance.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"lamentable colonialist stance", "Jair Bolsonaro", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A headline in Title Case is a run of capitals ("Peace Talks Resume", "Ceasefire Holds as
 * Envoys Meet") that the name rules read as a person's name; a bare title in the story ("the
 * envoy said") is someone the story has not named, never that "person". A name the story
 * gives again is no headline's only, and the title is its holder's as before. Found by a
 * blind review of quotes mode (stop 41). */
static void a_title_case_headline_is_no_antecedent(void **state)
{
    (void)state;
    static const char text[] =
        "Peace Talks Resume\n\n"
        "\"We will never accept these threats,\" the envoy said.\n";
    static const want_t want[] = {
        {"We will never accept these threats", "envoy", TTL, 0, NULL},
    };
    CHECK(text, want);
    static const char capitals[] =
        "CEASEFIRE HOLDS AS ENVOYS MEET\n\n"
        "GENEVA - Negotiators returned to the table on Monday.\n\n"
        "\"We welcome the calm,\" the official said.\n";
    static const want_t want_capitals[] = {
        {"We welcome the calm", "official", TTL, 0, NULL},
    };
    CHECK(capitals, want_capitals);
    static const char named_again[] =
        "Lena Varo Urges Calm\n\n"
        "Lena Varo spoke to reporters in Geneva on Monday.\n\n"
        "\"We want calm,\" the diplomat said.\n";
    static const want_t want_named_again[] = {
        {"We want calm", "Lena Varo", TTL, 0, NULL},
    };
    CHECK(named_again, want_named_again);
    /* nor is such a "name" the holder of a title with a country ("the Mexican foreign
     * secretary"), which the person named last whose office was not given may be. Found on
     * fresh news pages (stop 42: "Not Build Border Walls" was given the secretary's words) */
    static const char country[] =
        "Mexico\xE2\x80\x99s Government Tells Neighbours to Not Build New Fences\n\n"
        "The Mexican foreign secretary called the plan a \xE2\x80\x9Chostile\xE2\x80\x9D "
        "act.\n";
    static const want_t want_country[] = {
        {"hostile", "Mexican foreign secretary", TTL, 0, NULL},
    };
    CHECK(country, want_country);
}

/* "The ministry pointed out that Kim's comments that “such launches will continue” in the
 * future “revealed that the balloons were sent by the authorities”": the words after "Kim's
 * comments that" are Kim's, the next quotation, the predicate the ministry gives them, the
 * ministry's. Found on a fresh set (HB). A quotation joined to the clause by "and" is the
 * clause's ("Blinken's statement that Washington wants “...” and India “...”", LD). */
static void a_speech_nouns_clause_holds_one_quotation(void **state)
{
    (void)state;
    static const char text[] =
        "The Vantian Unification Ministry also pointed out that Kim\xE2\x80\x99s comments that "
        "\xE2\x80\x9Csuch balloon launches will continue\xE2\x80\x9D in the future "
        "\xE2\x80\x9Crevealed that the balloons were sent by the authorities.\xE2\x80\x9D\n\n"
        "Prime Minister Justin Trudeau accused Vanta of expelling diplomats.\n\n"
        "The prime minister\xE2\x80\x99s remarks came after Secretary of State Anthony "
        "Blinken\xE2\x80\x99s statement that "
        "Washington wants Ostria \xE2\x80\x9Cmoving its investigation forward\xE2\x80\x9D "
        "and Vanta \xE2\x80\x9Cneeds to help make it happen\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"such balloon launches", "Kim", PER, 0, NULL},
        {"revealed that the balloons", "Vantian Unification Ministry", ORG, 0, NULL},
        {"moving its investigation", "Anthony Blinken", PER, 0, NULL},
        /* joined by "and", the second is the clause's too (LD) */
        {"needs to help", "Anthony Blinken", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” Al Arabiya quoted Haji Omran district mayor, Farzang Ahmed, as saying": the one
 * quoted may be given by a title and then the name set off by commas. Found on a fresh set
 * (HC: the outlet was given the mayor's words). */
static void quoted_as_saying_with_an_apposition(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe suspect that the two sides are in coordination,\xE2\x80\x9D Al "
        "Arabiya quoted Haji Omran district mayor, Farzang Ahmed, as saying.\n";
    static const want_t want[] = {
        {"We suspect that the two", "Farzang Ahmed", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” TASS quoted Nikol Pashinyan.": after the quotation, an agency that quoted someone,
 * with no "as saying", gives the words to whom it quoted, the object that ends the sentence;
 * an agency that quoted a report or a statement is still the one that spoke. Found on fresh
 * news pages (stop 42: the agency was given the prime minister's words). */
static void quoted_with_no_as_saying(void **state)
{
    (void)state;
    static const char text[] =
        "\"We expect Baku to do the same,\" TASS quoted Arman Toros.\n\n"
        "\"The road stays open,\" Interfax quoted him.\n";
    static const want_t want[] = {
        {"We expect Baku to do the same", "Arman Toros", PER, 0, NULL},
        {"The road stays open", "Arman Toros", PRO, 0, NULL},
    };
    CHECK(text, want);
    static const char titled[] =
        "\"Talks will go on,\" the agency quoted the Tarsian foreign minister on Monday.\n\n"
        "\"No deal is near,\" Reuters quoted a statement.\n";
    static const want_t want_titled[] = {
        {"Talks will go on", "Tarsian foreign minister", TTL, 0, NULL},
        {"No deal is near", "Reuters", ORG, 0, NULL},
    };
    CHECK(titled, want_titled);
}

/* "the Head-of-State said": the head of state, in one hyphenated word, is the president, the
 * role "the head of the Moldovan state" already names. Found on a fresh set (HD: a person
 * "Head-of-State" was given President Ali's words). */
static void the_head_of_state_in_one_word(void **state)
{
    (void)state;
    static const char text[] =
        "Commander-in-Chief of the Armed Forces, President Dr Irfaan Ali, has firmly stated "
        "that Guyana will remain on high alert.\n\n"
        "\xE2\x80\x9CWe cannot be caught wanting,\xE2\x80\x9D the Head-of-State said.\n";
    static const want_t want[] = {
        {"We cannot be caught wanting", "Irfaan Ali", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "“What I request is a ceasefire,” to allow for talks “to bring an end to the war.”": a
 * sentence that opens with the quotation and goes on with an infinitive of purpose has no
 * speaker of its own; it is the last speaker's, as "“...,” adding that ..." is. Found on a
 * fresh set (HD). */
static void an_infinitive_after_the_quotation(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThe time for peace has come,\xE2\x80\x9D said Petro on Tuesday.\n\n"
        "\xE2\x80\x9CWhat I request is a ceasefire that will be bilateral,\xE2\x80\x9D to "
        "allow for talks \xE2\x80\x9Cto bring an end to the war.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"The time for peace", "Petro", PER, 0, NULL},
        {"What I request", "Petro", NON, 0, NULL},
        {"to bring an end", "Petro", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "Nebenzia called the attempt “an unethical ploy,” said the Trump administration's support
 * for Guaido is a “coup d'etat.”": after "said", a possessive and its noun are what is said,
 * not who said it; the quotation is Nebenzia's. Found on a fresh set (HD). */
static void said_then_a_possessive_is_no_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Vantia's ambassador, Vassily Nebenzia, called the attempt to pass a statement "
        "\xE2\x80\x9C" "an unethical ploy,\xE2\x80\x9D said the Trump administration's "
        "support for the opposition is a \xE2\x80\x9C" "coup d'etat.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"an unethical ploy", "Vassily Nebenzia", PER, 0, NULL},
        {"coup d'etat", "Vassily Nebenzia", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "The Saudi Foreign Ministry in a statement early Wednesday marking the end of the trip
 * “welcomed the positive results ...”": a statement quoted from its verb, the document named
 * between the subject and the words. Found on a fresh set (HC). */
static void a_verb_inside_after_a_statement_adjunct(void **state)
{
    (void)state;
    static const char text[] =
        "The Vantian Foreign Ministry in a statement early Wednesday marking the end of the "
        "Houthis' trip \xE2\x80\x9Cwelcomed the positive results of the serious "
        "discussions.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"welcomed the positive results", "Vantian Foreign Ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "In his rejoinder, the socialist leader affirmed that ... “...”": a generic role with a
 * word that describes its holder ("the socialist leader", "the veteran diplomat") refers
 * back as the bare one does, to the person who spoke last. Found on a fresh set (ID: a
 * nameless "socialist leader" was given Lula's words). */
static void a_described_generic_role_refers_back(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9C" "Brazil is a sovereign nation,\xE2\x80\x9D President Luiz Lula da Silva "
        "responded.\n\n"
        "The socialist leader also said the process fell \xE2\x80\x9C" "exclusively under the "
        "jurisdiction of the courts.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Brazil is a sovereign", "Luiz Lula da Silva", PER, 0, NULL},
        {"exclusively under the", "Luiz Lula da Silva", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Foreign ministry spokesman Marzieh Afkham said ... “...,” she said": news copy writes
 * "spokesman" for women too, so the word gives no gender, and "she" is the spokesman who just
 * spoke, not the president named before her. Found on a fresh set (IC). */
static void spokesman_gives_no_gender(void **state)
{
    (void)state;
    static const char text[] =
        "The president, Hassan Rouhani, said the country should \xE2\x80\x9Cresist\xE2\x80\x9D "
        "the measures.\n\n"
        "Foreign ministry spokesman Marzieh Afkham said the sanctions would jeopardise a "
        "deal.\n\n"
        "\xE2\x80\x9CThese actions have a negative impact,\xE2\x80\x9D she said.\n";
    static const want_t want[] = {
        {"resist", "Hassan Rouhani", PER, 0, NULL},
        {"These actions have", "Marzieh Afkham", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A speaker in a subordinate clause ("after Brandt said ...") of a sentence another person
 * opened leaves the next "she" to the main clause's subject, who stays the sentence's centre;
 * the subordinate speaker keeps his own quotation. Found on a fresh set (JA: Kim Yo-jong's
 * statement "after Moon said", whose "she said" went to Moon). */
static void the_main_clause_subject_outranks_a_subordinate_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Senator Ilse Marten criticized President Oskar Brandt on Tuesday.\n\n"
        "Marten made the criticism in a statement after Brandt said on Friday that new drills "
        "were \xE2\x80\x9Cundesirable\xE2\x80\x9D.\n\n"
        "\xE2\x80\x9CWe can hardly hide our astonishment,\xE2\x80\x9D she said.\n";
    static const want_t want[] = {
        {"undesirable", "Oskar Brandt", PER, 0, NULL},
        {"We can hardly", "Ilse Marten", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A photograph's caption ends with its agency's credit ("... in Yangon. Getty"), a line
 * that names no speaker: the "she" after it is the minister who spoke before. Found on a
 * fresh set (JA: Retno Marsudi's quotations went to "Getty"). */
static void a_photo_credit_is_no_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Minister Ilse Marten told reporters the country remains "
        "\xE2\x80\x9C" "a member of the family\xE2\x80\x9D.\n\n"
        "A protester holds up a placard in Vanta City. Getty Images\n\n"
        "\xE2\x80\x9CThe bloc has now delivered its message,\xE2\x80\x9D she said.\n\n"
        "A soldier stands guard at the border. Reuters\n\n"
        "\xE2\x80\x9CWe expect an answer soon,\xE2\x80\x9D she said.\n";
    static const want_t want[] = {
        {"a member of the family", "Ilse Marten", PER, 0, NULL},
        {"The bloc has now", "Ilse Marten", PRO, 0, NULL},
        {"We expect an answer", "Ilse Marten", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A photograph's caption names people without making them speak or open a sentence: a
 * participle right after the name in a sentence that quotes nothing ("Foreign Minister X
 * speaking in Fiji. (Nine)"), and two people joined by "and" ("X and Y in 2019."), whom a
 * later "he" or "she" means neither of. Found on a fresh set (JA: the caption made Penny Wong
 * the "he" of the forum's secretary-general, and her "she said" went to him). */
static void captions_name_no_speaker_and_no_subject(void **state)
{
    (void)state;
    static const char text[] =
        "Forum Secretary-General Henry Pell noted it was the minister's first visit.\n\n"
        "\xE2\x80\x9CYour visit is a strong shift,\xE2\x80\x9D Pell said.\n\n"
        "Foreign Minister Ilse Marten speaking in Suva. (Nine)\n\n"
        "He said the forum welcomed the pledges.\n\n"
        "Marten said the government would work with its neighbours.\n\n"
        "\xE2\x80\x9CWe all share the imperative,\xE2\x80\x9D she said.\n\n"
        "Trade Minister Olek Brandt and Defence Minister Tomas Berg in 2019.\n\n"
        "\xE2\x80\x9C" "Climate change is happening here,\xE2\x80\x9D she said.\n";
    static const want_t want[] = {
        {"Your visit is", "Henry Pell", PER, 0, NULL},
        {"We all share", "Ilse Marten", PRO, 0, NULL},
        {"Climate change is", "Ilse Marten", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "According to X" in a sentence that quotes nothing says X gave its content: the "he told
 * reporters" after is X. Needed once a caption ("Amb. Greenstock speaking to the press") no
 * longer made him speak (DC, a UN press release). */
static void an_according_to_source_has_spoken(void **state)
{
    (void)state;
    static const char text[] =
        "Council to resume debate, President says\n\n"
        "Amb. Stone speaking to the press\n"
        "The council will resume its debate on Monday, the President of the body said "
        "today.\n\n"
        "Members held a first round of talks on the draft, according to Ambassador Jeremy "
        "Stone of Ostria. \xE2\x80\x9CMost members wished to consult their "
        "capitals,\xE2\x80\x9D he told reporters.\n\n"
        "\xE2\x80\x9CWe congratulate the forces on the capture of Njovu,\xE2\x80\x9D "
        "President Yoweri Museveni said.\n\n"
        "According to the president, Njovu was injured and captured.\n\n"
        "\xE2\x80\x9CThe hunt is being intensified.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Most members wished", "Jeremy Stone of Ostria", PRO, 0, NULL},
        {"We congratulate", "Yoweri Museveni", PER, 0, NULL},
        /* the source ends at its comma: "the president", no president "Njovu" (LC) */
        {"The hunt is", "Yoweri Museveni", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "Actions which a foreign ministry official said were a “threat”": "say" after a relative
 * pronoun and its subject reports the clause whose subject the relative is, and the words
 * are the official's ("the one that X has threatened would “prohibit” trade" still reports
 * nothing: "threaten" takes the noun before it for its object). Found on a fresh set (JA:
 * the quotation had gone to the sentence's subject, the Philippines). */
static void say_after_a_relative_reports_its_clause(void **state)
{
    (void)state;
    static const char text[] =
        "Vanta has summoned the Ostrian ambassador over the boarding of its boats, which a "
        "foreign ministry official said were a \xE2\x80\x9Cthreat to peace and "
        "security\xE2\x80\x9D.\n\n"
        "The tariff is the one that President Oskar Brandt has threatened would "
        "\xE2\x80\x9Cprohibit\xE2\x80\x9D trade, officials said.\n";
    static const want_t want[] = {
        {"threat to peace", "foreign ministry official", TTL, 0, NULL},
        {"prohibit", "officials", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "The foreign ministry's statement said" is the ministry's, though a capital has spoken
 * since ("Washington and Vanta City criticized ..."); a country's statement is still
 * whichever of its organizations spoke last. Found on a fresh set (JB: the Saudi foreign
 * ministry's statement went to "Riyadh"). */
static void an_organizations_statement_is_its_own(void **state)
{
    (void)state;
    static const char text[] =
        "The delegations remain in Jeddah, the kingdom's foreign ministry said on "
        "Sunday.\n\n"
        "Washington and Riyadh criticized the army for its violations of the truce.\n\n"
        "\xE2\x80\x9CThe delegations remain in the city,\xE2\x80\x9D the foreign "
        "ministry's statement said.\n";
    static const want_t want[] = {
        {"The delegations remain in the", "kingdom's foreign ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "The document" is a document as "the statement" is: its words are its author's ("a
 * communique issued by the African Union ... “...,” the document read"). Found on a fresh
 * set (JB: the quotation had no speaker). */
static void the_document_is_its_authors(void **state)
{
    (void)state;
    static const char text[] =
        "The bloc backs the decisions on Niger, according to a communique issued by the "
        "Vantan Union on Friday.\n\n"
        "\xE2\x80\x9CThe chairperson expresses his strong support for the "
        "decisions,\xE2\x80\x9D the document read.\n";
    static const want_t want[] = {
        {"The chairperson expresses", "Vantan Union", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "The group" names the organization it named the first time, whoever is named between:
 * "Hezbollah has denied it. The group said ..." and, after the army has spoken, "the group
 * said in its statement that “...”" is still Hezbollah. Found on a fresh set (JB: the last
 * quotation went to the IDF, the organization named last). */
static void the_group_keeps_its_organization(void **state)
{
    (void)state;
    static const char text[] =
        "Hezbollah has denied organizing an operation. The group said a house was hit.\n\n"
        "There were no casualties, according to the IDF. \xE2\x80\x9CWe engaged and "
        "thwarted the attack,\xE2\x80\x9D the IDF said.\n\n"
        "The group said in its statement that retaliation "
        "\xE2\x80\x9Cis certainly coming\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"We engaged", "IDF", ORG, 0, NULL},
        {"is certainly coming", "Hezbollah", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "The statements of Foreign Minister X that allegedly “...”": the author after "of" of a
 * noun of speech whose that-clause holds the quotation spoke it, as the owner of "X's
 * statements that" does; the subject who "commented on" them did not. Found on a fresh set
 * (JC: Mirzoyan's words went to the Azerbaijani ministry). */
static void the_author_of_statements_of_x_that(void **state)
{
    (void)state;
    static const char text[] =
        "The Ministry of Foreign Affairs of Vanta commented on the statements of Ostrian "
        "Foreign Minister Ilse Marten that allegedly \xE2\x80\x9CVanta City has been "
        "silent for a month,\xE2\x80\x9D the agency reports.\n";
    static const want_t want[] = {
        {"Vanta City has been", "Ilse Marten", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "EU-member state ambassadors": initials joined to a lower-case word make a modifier, no
 * person, and the participle after them is the sentence subject's ("Kim Jong-un" stays a
 * name). Found on a fresh set (JC: Kobakhidze's accusations went to "EU-member"). */
static void initials_joined_to_a_word_are_no_name(void **state)
{
    (void)state;
    static const char text[] =
        "Prime Minister Irakli Kobakhidze has leveled accusations against US and EU-member "
        "state ambassadors, accusing them of \xE2\x80\x9Csubstituting the "
        "opposition\xE2\x80\x9D.\n\n"
        "Kim Jong-un spoke on Monday. \xE2\x80\x9CWe are ready,\xE2\x80\x9D Kim "
        "Jong-un said.\n";
    static const want_t want[] = {
        {"substituting the opposition", "Irakli Kobakhidze", PER, 0, NULL},
        {"We are ready", "Kim Jong-un", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* The press calls "Luiz Inácio Lula da Silva" "Lula", the word before the surname's
 * particle; and a gerund after a preposition has the clause's subject, never the name before
 * the preposition ("Lula targeted X and his son Y, blaming them for encouraging ...": Y does
 * not speak, and the "he said" after is Lula). Found on a fresh set (JD). */
static void a_name_before_a_particle_and_a_gerund_after_a_preposition(void **state)
{
    (void)state;
    static const char text[] =
        "Ostrian President Joao Pedro Brasa da Costa criticized the tariffs.\n\n"
        "\xE2\x80\x9CWe demand respect,\xE2\x80\x9D Brasa told reporters.\n\n"
        "Brasa also targeted former president Ivo Marsden and his son Eduardo, blaming them "
        "for encouraging the sanctions. \xE2\x80\x9CThere is no precedent for "
        "this,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"We demand respect", "Joao Pedro Brasa da Costa", PER, 0, NULL},
        {"There is no precedent", "Joao Pedro Brasa da Costa", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "X said, adding that Islamabad expected “...”": a government's verb in the clause a
 * participle reports is the words of the participle's subject, the speaker of its clause,
 * as in "X said Islamabad expected “...”". Found on a fresh set (JD: the quotation went to
 * "Islamabad"). */
static void a_participle_reports_a_governments_clause(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe have engaged with them,\xE2\x80\x9D Tahir Andrabi said, adding "
        "that Islamabad expected \xE2\x80\x9C" "concrete and verifiable action\xE2\x80\x9D "
        "against the group.\n\n"
        "Defence Minister Ilse Marten spoke on Monday, adding that the government expected "
        "\xE2\x80\x9C" "a positive outcome\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"We have engaged", "Tahir Andrabi", PER, 0, NULL},
        {"concrete and verifiable", "Tahir Andrabi", PER, 0, NULL},
        {"a positive outcome", "Ilse Marten", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "X, the spokesman for Palestinian Authority President Mahmoud Abbas,": the name after the
 * title "President" is the president's, not the spokesman's (as the name after "the Foreign
 * Ministry" in "Spokesperson for the Foreign Ministry Maria Lind" is hers); so "the
 * spokesman" later is X, never Abbas; and "the police spokesperson", a body's, is no one's
 * own spokesman. Found on a fresh set (JB). */
static void a_name_after_a_title_in_an_office_is_its_holders(void **state)
{
    (void)state;
    static const char text[] =
        "Nabil Rudineh, the spokesman for Palestinian Authority President Mahmoud Abbas, "
        "said the raids \xE2\x80\x9Cwill force decisions.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CThe leadership will decide,\xE2\x80\x9D the spokesman said.\n\n"
        "\xE2\x80\x9CThe man continued fleeing,\xE2\x80\x9D the police spokesperson "
        "said.\n";
    static const want_t want[] = {
        {"will force decisions", "Nabil Rudineh", PER, 0, NULL},
        {"The leadership will", "Nabil Rudineh", TTL, 0, NULL},
        {"The man continued", "police spokesperson", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "It" after a document has spoken is the document, whoever issued it, a person or not:
 * "Monyela had released a statement ... The statement revealed that ... “...”. It, however,
 * stated that “...”" is Monyela's; an organization that opens a sentence since is the "it"
 * ("The DRC accuses ... It stresses"). Found on a fresh set (JB: the quotation went to the
 * government named in the first sentence). */
static void it_is_the_document_that_spoke_last(void **state)
{
    (void)state;
    static const char text[] =
        "The Ostrian government distanced itself from the statement.\n\n"
        "Spokesman Clayson Monyela had released a statement criticising the recall.\n\n"
        "The statement revealed that the delegation did not intend "
        "\xE2\x80\x9Cto formally raise the issue\xE2\x80\x9D.\n\n"
        "It, however, stated that \xE2\x80\x9COstria would remain committed to a strong "
        "bond\xE2\x80\x9D.\n\n"
        "The Vantan government accuses the president personally. It stresses that he has an "
        "\xE2\x80\x9C" "attitude of interference\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"to formally raise", "Clayson Monyela", PER, 0, NULL},
        {"Ostria would remain", "Clayson Monyela", PRO, 0, NULL},
        {"attitude of interference", "Vantan government", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* The first two words of a longer name name its person ("Bam Dev" for "Bam Dev Gautam", as
 * Nepali copy shortens it), read from the name's start (three words or more are also found
 * after an honorific). Found on a fresh set (KA: five quotations given to a new person "Bam
 * Dev"). */
static void the_first_two_words_of_a_longer_name(void **state)
{
    (void)state;
    static const char text[] =
        "Deputy Prime Minister Bam Dev Gautam met the delegation.\n\n"
        "\xE2\x80\x9CI can do nothing,\xE2\x80\x9D replied Bam Dev.\n";
    static const want_t want[] = {
        {"I can do nothing,", "Bam Dev Gautam", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...” This is how X responded": a report told after the words, as "That was how X
 * described it" is, and the person may stand after titles joined by "and" ("Nepal's Deputy
 * Prime Minister and Minister for Home Affairs Bam Dev Gautam responded"). Found on a fresh
 * set (KA: the opening quotation had no speaker). */
static void this_is_how_x_responded(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CIt will adversely affect our relations with Vanta.\xE2\x80\x9D\n"
        "This is how Ostria's Deputy Prime Minister and Minister for Home Affairs Bam Dev "
        "Gautam responded when approached by members of civil society.\n";
    static const want_t want[] = {
        {"It will adversely", "Bam Dev Gautam", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "The spokesperson" after "Foreign Ministry representative X" spoke is X: journalists vary
 * the word for one who speaks for a body. Found on a fresh set (KB: the quotation went to a
 * new, unnamed spokesperson). */
static void the_spokesperson_is_the_representative(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Ministry representative Guo Jian condemned the summary, stating that it had "
        "\xE2\x80\x9Cmanipulated\xE2\x80\x9D matters.\n\n"
        "The spokesperson called on the group to \xE2\x80\x9C" "abandon Cold War "
        "mentality\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"manipulated", "Guo Jian", PER, 0, NULL},
        {"abandon Cold War", "Guo Jian", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A photograph's credit on its own line, a name joined to its agency by a slash ("Radek
 * Pietruszka/PAP"), is no heading that names a speaker and no person the article is about:
 * "the interior minister" later is the minister named since. Found on a fresh set (KC). */
static void a_photographers_credit_is_no_one(void **state)
{
    (void)state;
    static const char text[] =
        "Interior minister wants emergency state prolonged\n\n"
        "Radek Pietruszka/PAP\n\n"
        "Poland\xE2\x80\x99s interior minister has said he wants to extend the state of "
        "emergency.\n\n"
        "\xE2\x80\x9CI will ask for 60 days,\xE2\x80\x9D Mariusz Kaminski told reporters "
        "on Monday.\n\n"
        "\xE2\x80\x9CThe people were not in any danger,\xE2\x80\x9D the interior minister "
        "said.\n";
    static const want_t want[] = {
        {"I will ask", "Mariusz Kaminski", PER, 0, NULL},
        {"The people were", "Mariusz Kaminski", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...” Tweeted Foreign Minister X": a verb of speech in the past and then the speaker,
 * alone in the sentence after the quotation, credit it, as "X tweeted." does. Found on a
 * fresh set (KD: the quotation and the one after went to a page's "Latest News"). */
static void a_verb_then_its_speaker_after_the_quotation(void **state)
{
    (void)state;
    static const char text[] =
        "Latest News\n\n"
        "The government said its territory would not be used.\n\n"
        "\xE2\x80\x9CThe general gave an interview to the BBC.\xE2\x80\x9D Tweeted Foreign "
        "Minister Mohamud Ali Yusuf\n\n"
        "Adding \xE2\x80\x9CThat is not going to happen.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"The general gave", "Mohamud Ali Yusuf", PER, 0, NULL},
        {"That is not going", "Mohamud Ali Yusuf", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "Media quoted Rabat's delegate to the UN, Omar Hilal, as calling for “...”": the person
 * set off by commas after a title that goes on ("to the UN") is the one quoted, and the
 * participle after his closing comma is his. Found on a fresh set (KD: the quotation went to
 * "Moroccan", read as a person). */
static void quoted_a_title_and_name_as_calling(void **state)
{
    (void)state;
    static const char text[] =
        "On Thursday, Ostrian media quoted Vanta City\xE2\x80\x99s delegate to the UN, Omar "
        "Hilal, as calling for the \xE2\x80\x9Cindependence of the Kabyle people\xE2\x80\x9D "
        "in the region.\n";
    static const want_t want[] = {
        {"independence of the Kabyle", "Omar Hilal", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "..., which suggests “...”": "which" stands for a thing or a body, never a person, so
 * "COVID-19" before it is no speaker and the words are the reporter's subject's ("Tedros said
 * ... only 0.14% were positive for COVID-19, which suggests “that containment is possible”").
 * Found on a fresh set (KB). */
static void which_never_stands_for_a_person(void **state)
{
    (void)state;
    static const char text[] =
        "Tedros Ghebreyesus said scientists tested 320,000 samples and only 0.14% were "
        "positive for COVID-19, which suggests \xE2\x80\x9Cthat containment is "
        "possible.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"that containment is", "Tedros Ghebreyesus", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "The current draft “has no clear call for a ceasefire” and “will not help”": a thing
 * for the subject and the quotation for its verb; no one is named to say it, and the words
 * are the speaker's before, as the second quotation's already were. Found on a fresh set (KB:
 * the first had no speaker). A subject that names a body still speaks ("The ministry “notes
 * with regret ...”"). */
static void a_thing_then_its_verb_in_the_marks(void **state)
{
    (void)state;
    static const char text[] =
        "Ambassador Vassily Nebenzia told the council \xE2\x80\x9Cthe time is "
        "gone.\xE2\x80\x9D The current draft \xE2\x80\x9Chas no clear call\xE2\x80\x9D "
        "and \xE2\x80\x9Cwill not help\xE2\x80\x9D.\n\n"
        "The ministry \xE2\x80\x9Cnotes with regret the decision\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"the time is gone", "Vassily Nebenzia", PER, 0, NULL},
        {"has no clear call", "Vassily Nebenzia", NON, 0, NULL},
        {"will not help", "Vassily Nebenzia", NON, 0, NULL},
        {"notes with regret", "ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "The foreign ministry said in a statement that ... after Israel summoned the envoy and
 * declared Lula “persona non grata”. “...,” it said.": the joined verb's clause opens at its
 * conjunction, so the words are Israel's; and the ministry, the main clause's reporter, keeps
 * the floor for the "it said" after. Found on a fresh set (LD: both went to "Brazil", the
 * subject of the reported clause). */
static void a_subordinate_clauses_quotation_leaves_the_floor(void **state)
{
    (void)state;
    static const char text[] =
        "The Brazilian foreign ministry said in a statement that Brazil had recalled its "
        "ambassador, after Israel summoned the Brazilian envoy and declared Lula "
        "\xE2\x80\x9Cpersona non grata\xE2\x80\x9D over his remarks.\n\n"
        "\xE2\x80\x9CGiven the gravity of the statements, the minister has summoned the "
        "ambassador,\xE2\x80\x9D it said.\n";
    static const want_t want[] = {
        {"persona non grata", "Israel", ORG, 0, NULL},
        {"Given the gravity", "Brazilian foreign ministry", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "The accusation was echoed by another of its officials, Foreign Affairs Minister X." The
 * person named after the comma is the apposition, not the preposition's object, so the "he
 * told delegates" after is X ("joined by Trade Minister X" stays a bystander). Found on a
 * fresh set (LC: a loss of stop 31's title-and-holder mention). */
static void an_apposition_after_a_prepositions_object(void **state)
{
    (void)state;
    static const char text[] =
        "The accusation was echoed by another of its officials, Foreign Affairs Minister "
        "Christophe Lutundula.\n\n"
        "\xE2\x80\x9CThis is the height of brazenness,\xE2\x80\x9D he told delegates.\n";
    static const want_t want[] = {
        {"This is the height", "Christophe Lutundula", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "The news outlet", "the broadcaster", "the newspaper": the news outlet named last (a name
 * ending in an outlet's word, "the Korean Central News Agency", or one the rules know), never
 * a ministry named since; with no outlet named, the noun itself. Found blind on round M (MB:
 * a state agency's commentary had no speaker after "the news outlet claimed"). */
static void the_outlet_is_the_outlet_named_last(void **state)
{
    (void)state;
    static const char text[] =
        "PYONGYANG \xE2\x80\x94 North Korea lashed out at the planned drills on Monday.\n\n"
        "\xE2\x80\x9C" "Any resumption of the war games will push the region to the brink,"
        "\xE2\x80\x9D the state-run Korean Central News Agency (KCNA) said.\n\n"
        "The Unification Ministry in Seoul declined to comment on the report.\n\n"
        "\xE2\x80\x9CThese drills are a reckless provocation,\xE2\x80\x9D the news outlet "
        "claimed.\n\n"
        "\xE2\x80\x9CWe saw no such thing,\xE2\x80\x9D the broadcaster said later.\n";
    static const want_t want[] = {
        {"Any resumption of", "Korean Central News Agency", ORG, 0, NULL},
        {"These drills are", "Korean Central News Agency", ORG, 0, NULL},
        {"We saw no such thing", "Korean Central News Agency", ORG, 0, NULL},
    };
    CHECK(text, want);
    static const char unnamed[] =
        "\xE2\x80\x9CThe talks are off,\xE2\x80\x9D the newspaper said in an "
        "editorial.\n";
    static const want_t want_unnamed[] = {
        {"The talks are off", "newspaper", ORG, 0, NULL},
    };
    CHECK(unnamed, want_unnamed);
}

/* Words of a title that name no office ("public", "foreign", "senior") make no title of the
 * capitalized word after them: "the Inter-Services Public Relations (ISPR)" is a body, not a
 * person called "Relations" with the title "Public", and "the statement" after it is its own.
 * Found blind on round M (MB: a military press wing's statement given to "Relations"). */
static void title_words_without_an_office(void **state)
{
    (void)state;
    static const char text[] =
        "Meanwhile, the Inter-Services Public Relations (ISPR) also denied the claims.\n\n"
        "\"No soldier crossed the line,\" the statement read.\n\n"
        "Press Secretary Lena Vos said the claims were \"baseless.\"\n";
    static const want_t want[] = {
        {"No soldier crossed the line", "Inter-Services Public Relations", ORG, 0, NULL},
        {"baseless", "Lena Vos", PER, 0, NULL},
    };
    CHECK(text, want);
    /* without "the", as a headline's capitals run, nothing changes: the leader named later
     * is "he" (a headline read as one person's name took the "he" on round M, MC) */
    static const char headline[] =
        "VARN: WASCO Threatens Military Intervention Against Junta\n\n"
        "WASCO said it would \"take all measures necessary.\"\n\n"
        "Gen. Ado Tani warned the bloc against stepping in.\n\n"
        "\"We will defend our land,\" he said on television.\n";
    static const want_t want_headline[] = {
        {"take all measures necessary", "WASCO", ORG, 0, NULL},
        {"We will defend our land", "Ado Tani", PRO, 0, NULL},
    };
    CHECK(headline, want_headline);
}

/* A person who issues a statement has spoken: "As they announced the steps, Ambassador X
 * issued a statement calling on ..." makes X the "he" of the quotation after, though the pair
 * of ministers who spoke before is named again ("they announced") earlier in that sentence.
 * Found blind on round M (MB: an ambassador's words given to a foreign minister). */
static void issuing_a_statement_is_speaking(void **state)
{
    (void)state;
    static const char text[] =
        "Prime Minister Ana Ruiz and Foreign Minister Tom Hale said in a joint statement that "
        "the takeover was illegal.\n\n"
        "As they announced the steps the government was taking, Ostrian Ambassador Lev Dorn "
        "issued a statement calling on the army to return to barracks.\n\n"
        "\"We have decided to suspend our assistance,\" he said.\n";
    static const want_t want[] = {
        {"We have decided to suspend", "Lev Dorn", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "The Sri Lankan officer" after an unnamed spokesperson of that side spoke is that
 * spokesperson, as "the official" would be: "officer" is a role any office holder has, and
 * one described by nationality refers back to the unnamed speaker. Found blind on round M
 * (MB: a defence spokesperson's words given to a new "officer"). */
static void the_officer_is_the_unnamed_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "On Saturday, the Kenyan defence ministry spokesperson confirmed the ship would "
        "dock. \xE2\x80\x9CThe vessel will stay a week,\xE2\x80\x9D said the spokesperson.\n\n"
        "The Kenyan officer sought to play down the visit, saying such ships "
        "\xE2\x80\x9C" "come from many countries\xE2\x80\x9D.\n\n"
        "\xE2\x80\x9CIt is nothing unusual,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"The vessel will stay a week", "Kenyan defence ministry spokesperson", TTL, 0, NULL},
        {"come from many countries", "Kenyan defence ministry spokesperson", TTL, 0, NULL},
        {"It is nothing unusual", "Kenyan defence ministry spokesperson", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* An agency named after what it is ("according to Russian news agency Tass", "according to
 * the state news agency IRNA") relays the words of the speaker named before, as "according to
 * Tass" does. Found blind on round M (MA: a spokeswoman's word given to the agency). */
static void according_to_an_agency_described(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Ministry spokeswoman Mara Zell described the decision as \xE2\x80\x9C"
        "inadmissible,\xE2\x80\x9D according to Russian news agency Tass.\n\n"
        "Minister Ivo Brask called the plan \xE2\x80\x9C" "a dead end,\xE2\x80\x9D according "
        "to the state news agency IRNA.\n";
    static const want_t want[] = {
        {"inadmissible", "Mara Zell", PER, 0, NULL},
        {"a dead end", "Ivo Brask", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Interfax quoted X, head of the province on the border, as saying “...”": the quoted
 * person with an apposition set off by commas before "as saying" speaks, however long the
 * apposition. Found blind on round M (MA: a regional head's words given to the agency). */
static void quoted_with_an_apposition_as_saying(void **state)
{
    (void)state;
    static const char text[] =
        "Interfax also quoted Ivo Brask, head of the Vantan province of North Kell, on the "
        "border with Tarsia, as saying \xE2\x80\x9CHundreds of volunteers are on their "
        "way.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Hundreds of volunteers", "Ivo Brask", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Vanta later said it had not agreed, leading to accusations from Ankara that the EU
 * country was “...”": the author of a speech noun whose that-clause holds the quotation
 * speaks it, however many words the clause has before it, and not the subject of the verb
 * of speech before the noun. Found blind on round M (MA: Turkey's accusation given to
 * Greece). */
static void a_speech_nouns_author_and_its_that_clause(void **state)
{
    (void)state;
    static const char text[] =
        "However, Vanta later said Kell had not agreed to the talks, leading to accusations "
        "from Ankara that the EU country was \xE2\x80\x9Crejecting dialogue and "
        "lying\xE2\x80\x9D about the dispute.\n";
    static const want_t want[] = {
        {"rejecting dialogue and lying", "Ankara", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* An envoy's post, then the envoy's name: "chargé d'affaires of Morocco in Geneva Omar Hadi"
 * is Omar Hadi, and so is the "Hadi" after; Geneva is a city, no part of his name. Found
 * blind on round M (MC: the title was given the first quotation, "Geneva Omar Hadi" the
 * others). */
static void an_envoys_post_then_the_name(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThe council is fully informed,\xE2\x80\x9D charg\xC3\xA9 "
        "d\xE2\x80\x99" "affaires of Morocco in Geneva Omar Hadi said before the council.\n\n"
        "Hadi said the campaign \xE2\x80\x9Cwill not pass.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"The council is fully informed", "Omar Hadi", PER, 0, NULL},
        {"will not pass", "Omar Hadi", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A body's speech noun in lower case ("the court's comment that ...", "the ministry's claim
 * that ...") makes the body the author of the quotation its that-clause holds, as a name in
 * capitals does ("the Philippine Coast Guard's allegations that"). Found blind on round M (MD:
 * a court's words given to the president who cited them). */
static void a_bodys_speech_noun_in_lower_case(void **state)
{
    (void)state;
    static const char text[] =
        "The International Court of Justice said on Monday that the talks created no "
        "duty to cede land.\n\n"
        "President Ivo Brask released a letter in which he highlighted the court\xE2\x80\x99s "
        "comment that nothing stopped the two nations from talking further \xE2\x80\x9Cin the "
        "spirit of good neighbourliness.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"in the spirit of good", "International Court of Justice", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "X reaffirmed that ... “...,” according to a statement from his office": a person's own
 * office relays the person's words, as an agency does; the speaker is named before. Found
 * blind on round N (NB: a prime minister's words given to "office"). */
static void according_to_his_office(void **state)
{
    (void)state;
    static const char text[] =
        "Prime Minister Omar Hadi reaffirmed that the border \xE2\x80\x9Cwill be defended at "
        "all costs,\xE2\x80\x9D according to a statement from his office.\n";
    static const want_t want[] = {
        {"will be defended at all costs", "Omar Hadi", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A rank before the name yields to the office an apposition gives ("Prince Omar bin Said,
 * the Saudi foreign minister, arrived": "the Saudi foreign minister" after is he); and a
 * title owned by a common noun ("the republic's foreign minister", "the kingdom's") is the
 * holder of that office named before, as a country's would be, not someone new. Found blind
 * on round O (OC: two quotations, OA: five, given to the bare title). */
static void rank_then_office_and_the_republics_minister(void **state)
{
    (void)state;
    static const char prince[] =
        "On Saturday, Prince Omar bin Said, the Saudi foreign minister, arrived in Tehran and "
        "met his Iranian counterpart Ali Rezaei.\n\n"
        "\xE2\x80\x9CThe embassy will reopen soon,\xE2\x80\x9D the Saudi foreign minister "
        "said.\n";
    static const want_t want_prince[] = {
        {"The embassy will reopen soon", "Omar bin Said", TTL, 0, NULL},
    };
    CHECK(prince, want_prince);
    static const char republic[] =
        "SUKHUM (Interfax) - The talks are futile, Abkhaz Foreign Minister Daur Kell said.\n\n"
        "\"Georgia refuses to sign a joint document,\" the republic's foreign minister told "
        "reporters.\n";
    static const want_t want_republic[] = {
        {"Georgia refuses to sign", "Daur Kell", TTL, 0, NULL},
    };
    CHECK(republic, want_republic);
}

/* "The Guyanese president" is Guyana's, never the Venezuelan president named before: the
 * nations of the Americas and Africa that were missing from the rules' table (Guyana,
 * Nicaragua, Chad, Eritrea ...) are there, so an unknown nationality no longer matches any
 * holder of the title. Found blind on round O (OD: Guyana's answer given to Venezuela's
 * president). */
static void a_nationality_the_rules_did_not_know(void **state)
{
    (void)state;
    static const char text[] =
        "Venezuelan President Rafael Soto said the region \xE2\x80\x9C" "belongs to us.\xE2\x80\x9D"
        "\n\n"
        "The Guyanese president responded in the evening in an address to the nation.\n\n"
        "\xE2\x80\x9CThis is a direct threat to our territory,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"belongs to us", "Rafael Soto", PER, 0, NULL},
        {"This is a direct threat", "Guyanese president", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "Orlov, who earlier held talks with ministers from the United States, France, Germany and
 * Britain, said": a relative clause with commas of its own between the subject and its verb;
 * the subject is the person before ", who", not the last country of the list. Found blind on
 * round O (OA: a minister's words given to France). */
static void a_relative_clause_with_a_list(void **state)
{
    (void)state;
    static const char text[] =
        "Orlov, who earlier held talks with ministers from the United States, France, Germany "
        "and Britain, said further talks would take place \xE2\x80\x9Cin days to "
        "come\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"in days to come", "Orlov", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A name after "in" without a title ("in St. Petersburg", "in Saint Petersburg") is a place,
 * no person the article may describe later: "the British ambassador to Russia" is nobody
 * named, not an epithet for "St. Petersburg". Found blind on round P (PA: three quotations of
 * an ambassador given to the city of a consulate). */
static void a_name_after_in_is_a_place(void **state)
{
    (void)state;
    static const char text[] =
        "Moscow is also closing the UK consulate in St. Petersburg.\n\n"
        "The British ambassador to Russia told reporters that \xE2\x80\x9Cthis crisis is the "
        "result of an attack.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"this crisis is the result", "British ambassador to Russia", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "The Defense Ministry “categorically denied” the claims": words quoted from a reporting
 * verb on after their subject are the subject's statement, not a scare-quoted term, whatever
 * the subject's last word ("the ministry “...”" was read; "The Foreign Ministry “...”" was
 * taken for a term and reported nothing). Seen while reading round O (OA). */
static void a_quoted_verb_after_a_named_body(void **state)
{
    (void)state;
    static const char text[] =
        "The Defense Ministry \xE2\x80\x9C" "categorically denied\xE2\x80\x9D the claims.\n\n"
        "The Foreign Ministry \xE2\x80\x9Cstrongly condemned\xE2\x80\x9D the attack.\n";
    static const want_t want[] = {
        {"categorically denied", "Defense Ministry", ORG, 0, NULL},
        {"strongly condemned", "Foreign Ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* Initials glossing a name in parentheses ("Argentina's Ministry of Foreign Affairs (MNE)",
 * in the initials of another language) are that organization's other name: "the MNE said"
 * later is the ministry, not a new body "MNE". Found blind on round N (NB: three quotations
 * of a ministry given to its Spanish initials). */
static void initials_in_parentheses_name_the_organization(void **state)
{
    (void)state;
    static const char text[] =
        "Argentina's Ministry of Foreign Affairs (MNE) restated its claim on Monday.\n\n"
        "\xE2\x80\x9CWe want talks as soon as possible,\xE2\x80\x9D the MNE said.\n";
    static const want_t want[] = {
        {"We want talks", "Argentina's Ministry of Foreign Affairs", ORG, 0, NULL},
    };
    CHECK(text, want);
    /* initials and what an apposition calls it are both kept: "the bloc" and "the CAN" */
    static const char both[] =
        "The Andean Trade Council (CAN), the regional bloc, met on Sunday.\n\n"
        "\xE2\x80\x9CWe will act,\xE2\x80\x9D the bloc said.\n\n"
        "\xE2\x80\x9CThe deadline stands,\xE2\x80\x9D the CAN said.\n";
    static const want_t want_both[] = {
        {"We will act", "Andean Trade Council", ORG, 0, NULL},
        {"The deadline stands", "Andean Trade Council", ORG, 0, NULL},
    };
    CHECK(both, want_both);
}

/* A title that speaks past the lead ("Tesk's deputy foreign minister said ...") and, within
 * the next two paragraphs, a name no one else has ("Lina Mareva told reporters"): the
 * quotations given the title are that person's, as in the lead, since news introduces no one
 * new without saying who they are; a "he" between does not hide the title's holder. Farther
 * on, a bare name may be anyone, and the title keeps its quotation; so does a title of no
 * country or owner ("The spokesman"): spokesmen are many. Found blind on round Q (QA: a
 * prime minister's words given to the title; so had OC been, a stop before). */
static void a_title_named_after_the_lead(void **state)
{
    (void)state;
    static const char text[] =
        "Varna and Tesk traded accusations on Friday.\n\n"
        "The two governments have argued over the river for a decade.\n\n"
        "Tesk's deputy foreign minister said on Friday that \xE2\x80\x9Cno court in the "
        "world\xE2\x80\x9D would accept the claim.\n\n"
        "Lina Mareva told reporters the move was \xE2\x80\x9C" "a provocation.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"no court in the world", "Lina Mareva", TTL, 0, NULL},
        {"a provocation.", "Lina Mareva", PER, 0, NULL},
    };
    CHECK(text, want);
    static const char he_between[] =
        "Varna and Tesk traded accusations on Friday.\n\n"
        "The two governments have argued over the river for a decade.\n\n"
        "Dalen's interior minister said on Monday the border would stay \xE2\x80\x9Copen to "
        "trade.\xE2\x80\x9D\n\n"
        "He also said the guards had orders to \xE2\x80\x9C" "avoid any escalation."
        "\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe will talk to anyone,\xE2\x80\x9D Teo Markan said in an interview.\n";
    static const want_t he_between_want[] = {
        {"open to trade.", "Teo Markan", TTL, 0, NULL},
        {"avoid any escalation.", "Teo Markan", PRO, 0, NULL},
        {"We will talk to anyone,", "Teo Markan", PER, 0, NULL},
    };
    CHECK(he_between, he_between_want);
    static const char far_on[] =
        "Varna and Tesk traded accusations on Friday.\n\n"
        "The two governments have argued over the river for a decade.\n\n"
        "Dalen's interior minister said on Monday the border would stay \xE2\x80\x9Copen to "
        "trade.\xE2\x80\x9D\n\n"
        "The river carries most of the region's grain.\n\n"
        "Barges wait for days at the locks.\n\n"
        "Farmers have protested twice this year.\n\n"
        "\xE2\x80\x9CWe will talk to anyone,\xE2\x80\x9D Teo Markan said in an interview.\n";
    static const want_t far_on_want[] = {
        {"open to trade.", "Dalen's interior minister", TTL, 0, NULL},
        {"We will talk to anyone,", "Teo Markan", PER, 0, NULL},
    };
    CHECK(far_on, far_on_want);
    static const char nobodys_spokesman[] =
        "Varna and Tesk traded accusations on Friday.\n\n"
        "The two governments have argued over the river for a decade.\n\n"
        "The spokesman, asked about the drills, said only: \"No comment.\"\n\n"
        "Ilse Varga wrote that the leaflets were \"a vile provocation.\"\n";
    static const want_t nobodys_spokesman_want[] = {
        {"No comment.", "spokesman", TTL, 0, NULL},
        {"a vile provocation.", "Ilse Varga", PER, 0, NULL},
    };
    CHECK(nobodys_spokesman, nobodys_spokesman_want);
}

/* A body's name glossed with its initials in parentheses is the whole name the initials
 * spell, "for", "and" and "of the" inside it ("the Rally for Democracy and Liberty (RDL)"):
 * the body speaks, not a person "Liberty", nor a "National League" or a "Levant". Found
 * blind on round O (OC: the rebels' "Liberty" took a minister's name and quotations); a title
 * in the name keeps the title's reading ("Director General (DG)"). */
static void a_glossed_name_with_for_and_and(void **state)
{
    (void)state;
    static const char rally[] =
        "Fighting resumed on Friday.\n\n"
        "The Rally for Democracy and Liberty (RDL) said it would \xE2\x80\x9C" "fight on.\xE2\x80\x9D\n\n"
        "Later, it said the talks were \xE2\x80\x9C" "a farce.\xE2\x80\x9D\n";
    static const want_t rally_want[] = {
        {"fight on.", "Rally for Democracy and Liberty", ORG, 0, NULL},
        {"a farce.", "Rally for Democracy and Liberty", PRO, 0, NULL},
    };
    CHECK(rally, rally_want);
    static const char league[] =
        "Fighting resumed on Friday.\n\n"
        "The National League for Democracy (NLD) said the vote was \xE2\x80\x9C" "a sham.\xE2\x80\x9D\n\n"
        "The Bureau of Fisheries and Aquatic Resources (BFAR) said the boats would "
        "\xE2\x80\x9Cstay on patrol.\xE2\x80\x9D\n\n"
        "The Islamic State of Iraq and the Levant (ISIL) said it had \xE2\x80\x9Cstruck "
        "back.\xE2\x80\x9D\n";
    static const want_t league_want[] = {
        {"a sham.", "National League for Democracy", ORG, 0, NULL},
        {"stay on patrol.", "Bureau of Fisheries and Aquatic Resources", ORG, 0, NULL},
        {"struck back.", "Islamic State of Iraq and the Levant", ORG, 0, NULL},
    };
    CHECK(league, league_want);
    static const char minister[] =
        "Varna and Tesk traded accusations on Friday.\n\n"
        "The two governments have argued over the river for a decade.\n\n"
        "\xE2\x80\x9CWe are very surprised by this,\xE2\x80\x9D said Dalen's state minister of "
        "foreign affairs.\n\n"
        "The Rally for Democracy and Liberty (RDL) has said it wants to remove the president.\n\n"
        "\xE2\x80\x9CWe will not let anyone use our soil,\xE2\x80\x9D the minister told "
        "reporters.\n";
    static const want_t minister_want[] = {
        {"We are very surprised by this,", "Dalen's state minister of foreign affairs", TTL, 0,
         NULL},
        {"We will not let anyone use our soil,", "Dalen's state minister of foreign affairs",
         TTL, 0, NULL},
    };
    CHECK(minister, minister_want);
}

/* A relative "that" or "which" whose verb of speech reports a document or a body ("after
 * the ministry issued a statement that said the deal was “null and void”"): the document's
 * issuer speaks, not the person the sentence opened with. A report that someone rejects is
 * no speech of theirs, and the quotation after "calling it" stays the rejecter's. Found
 * blind on round Q (QC: a cabinet's words given to the president who spoke after it). */
static void a_statement_that_said(void **state)
{
    (void)state;
    static const char text[] =
        "Tensions rose on Friday.\n\n"
        "President Ali Noor spoke after the foreign ministry issued a statement that said the "
        "deal was \xE2\x80\x9Cnull and void.\xE2\x80\x9D\n\n"
        "The minister rejected a report that said the talks had failed, calling it "
        "\xE2\x80\x9Cpure fiction.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"null and void.", "foreign ministry", ORG, 0, NULL},
        {"pure fiction.", "minister", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A nationality standing alone ("the islands are British") is nobody's name: the title of a
 * country after it ("after Argentina's new president said") is someone new, not an epithet
 * for a person "British". Found blind on round Q (QD: a president's words given to "British"). */
static void a_nationality_is_no_name(void **state)
{
    (void)state;
    static const char text[] =
        "Tensions rose on Friday.\n\n"
        "The spokesman said there is \"no doubt\" the islands are British after Argentina's new "
        "president said it was time to \"get them back\".\n";
    static const want_t want[] = {
        {"no doubt", "spokesman", TTL, 0, NULL},
        {"get them back", "Argentina's new president", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A sentence with no verb of speech that ends with its source ("France is seeking to build
 * “ad hoc partnerships” to save the summit, according to a French official"): the source
 * gave the words, not the sentence's subject; a news outlet there only relays, and the
 * subject keeps them. Found blind on round Q (QD: an official's words given to France). */
static void according_to_after_the_predicate(void **state)
{
    (void)state;
    static const char text[] =
        "Talks went on through the night.\n\n"
        "France is seeking to build \xE2\x80\x9C" "ad hoc partnerships\xE2\x80\x9D to save the "
        "summit, according to a French official.\n\n"
        "Norway wants \xE2\x80\x9C" "a fair deal\xE2\x80\x9D on fishing, according to Reuters.\n";
    static const want_t want[] = {
        {"ad hoc partnerships", "French official", TTL, 0, NULL},
        {"a fair deal", "Norway", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A minister's field after "of" in words of international relations ("Minister of
 * International Relations Naledi Pandor", "... of International Relations and Cooperation
 * ..."): the field is the title's, the name is the two words after it. Found blind on round
 * Q (QC: the speaker printed as "International Relations Naledi Pandor"). */
static void a_field_of_relations_and_cooperation(void **state)
{
    (void)state;
    static const char text[] =
        "JOHANNESBURG - Minister of International Relations Naledi Pandor said the case was "
        "\xE2\x80\x9C" "credible and factual.\xE2\x80\x9D\n\n"
        "Minister of International Relations and Cooperation Ronald Lamola said the team was "
        "\xE2\x80\x9Cready.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"credible and factual.", "Naledi Pandor", PER, 0, NULL},
        {"ready.", "Ronald Lamola", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A speech noun owned by a name, then where or when it was said, then its that-clause
 * ("Trudeau's comments during the news conference that the tariffs are “insulting”",
 * "Ivanov's remarks on Tuesday that ..."): the owner's words, as with the "that" right after
 * the noun. Found blind on round Q (QD: a prime minister's word given to the adviser who
 * took issue with it). */
static void a_speech_noun_then_where_then_that(void **state)
{
    (void)state;
    static const char text[] =
        "Tariffs took effect on Friday.\n\n"
        "Larry Kudlow said the White House has taken issue with Justin Trudeau's comments during "
        "the news conference that the tariffs are \"insulting.\"\n\n"
        "Mara Lind rejected Ivan Ivanov's remarks on Tuesday that the border was "
        "\xE2\x80\x9C" "closed for good.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"insulting.", "Justin Trudeau", PER, 0, NULL},
        {"closed for good.", "Ivan Ivanov", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A document that no one known issued ("A final summit declaration said", "The joint
 * communique said" before any body spoke) speaks in its own name, as news cites it, rather
 * than for no one (as unread_subject_is_nobody_else had it); one right after a body spoke is
 * still that body's. Found blind on round Q (QA and QC: a summit's declaration given to
 * nobody). */
static void a_document_no_one_issued(void **state)
{
    (void)state;
    static const char text[] =
        "Leaders met in Vilnius on Friday.\n\n"
        "A final summit declaration said all participants \"take note of the support.\"\n";
    static const want_t want[] = {
        {"take note of the support.", "final summit declaration", ORG, 0, NULL},
    };
    CHECK(text, want);
    static const char definite[] =
        "Leaders met in Vilnius on Friday.\n\n"
        "The joint communique said the parties \"agreed to meet again.\"\n";
    static const want_t definite_want[] = {
        {"agreed to meet again.", "joint communique", ORG, 0, NULL},
    };
    CHECK(definite, definite_want);
    static const char after_a_body[] =
        "Leaders met in Vilnius on Friday.\n\n"
        "The Foreign Ministry said it would accept a ceasefire.\n\n"
        "\"We are ready,\" a statement said.\n";
    static const want_t after_a_body_want[] = {
        {"We are ready,", "Foreign Ministry", ORG, 0, NULL},
    };
    CHECK(after_a_body, after_a_body_want);
}

/* "diplomats declared persona non grata": a status given to the diplomats, no speech of
 * theirs; what Moscow demanded of them is Moscow's. Found blind on round Q (QA: Moscow's
 * demand given to the expelled "diplomats"). */
static void declared_persona_non_grata(void **state)
{
    (void)state;
    static const char text[] =
        "Russia expelled ten diplomats on Tuesday.\n\n"
        "Moscow demanded that diplomats declared persona non grata \"leave the territory of "
        "the Russian Federation within three days.\"\n";
    static const want_t want[] = {
        {"leave the territory", "Moscow", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A headline that ends with its credit after a colon, the quoted words inside it
 * ("Myanmar's junta ‘willing to take back refugees’ after checks: Momen"), as South Asian
 * papers print it: the credited name said them. Not when a verb of speech in it names
 * someone else ("Kremlin says Kyiv ‘lies’: report"). Found blind on round Q (QB: the words
 * given to the junta). */
static void a_headline_credited_after_a_colon(void **state)
{
    (void)state;
    static const char text[] =
        "Myanmar's junta \xE2\x80\x98willing to take back refugees\xE2\x80\x99 after checks: "
        "Momen\n\n"
        "DHAKA - Foreign Minister AK Abdul Momen spoke on Monday.\n\n"
        "\"That's good news,\" Momen said.\n";
    static const want_t want[] = {
        {"willing to take back refugees", "AK Abdul Momen", PER, 0, NULL},
        {"That's good news", "AK Abdul Momen", PER, 0, NULL},
    };
    CHECK(text, want);
    static const char says[] =
        "Kremlin says Kyiv \xE2\x80\x98lies\xE2\x80\x99 about the strike: Interfax\n\n"
        "MOSCOW - The Kremlin spoke on Monday.\n";
    static const want_t says_want[] = {
        {"lies", "Kremlin", ORG, 0, NULL},
    };
    CHECK(says, says_want);
}

/* Pacific, Caribbean and African states the rules' table lacked ("the Solomons' prime
 * minister", "the Fijian prime minister"): the title of a known country is its holder named
 * before, and never the holder of another country's. Found blind on round Q (QB: a prime
 * minister's assurance printed as "Solomons' prime minister"). */
static void more_nations_the_rules_did_not_know(void **state)
{
    (void)state;
    static const char text[] =
        "HONIARA - Foreign Minister Penny Wong met Prime Minister Manasseh Sogavare on "
        "Friday.\n\n"
        "The Solomons' prime minister also repeated his assurance that Australia was its "
        "first \"partner of choice\" in security, Wong said.\n\n"
        "Fijian Prime Minister Sitiveni Rabuka arrived later.\n\n"
        "\"We are one family,\" the Fijian prime minister said.\n";
    static const want_t want[] = {
        {"partner of choice", "Manasseh Sogavare", TTL, 0, NULL},
        {"We are one family", "Sitiveni Rabuka", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* Ordinary people as news quotes them ("with one woman describing it as a “trap”", "a
 * villager said", "said a refugee"): the speaker is the person so described, not nobody, and
 * not an official named before. Found blind on round Q (QD: a voter's word given to no one). */
static void ordinary_people_speak(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Minister Yvan Gil spoke on Sunday.\n\n"
        "Some voters stayed home, with one woman describing the vote as a \xE2\x80\x9Ctrap"
        "\xE2\x80\x9D to delay the elections.\n\n"
        "\xE2\x80\x9CI lost everything,\xE2\x80\x9D a villager said.\n\n"
        "\xE2\x80\x9CWe only want to go home,\xE2\x80\x9D said a refugee at the border.\n";
    static const want_t want[] = {
        {"trap", "woman", TTL, 0, NULL},
        {"I lost everything", "villager", TTL, 0, NULL},
        {"We only want to go home", "refugee", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "X and others in the government have called the vote “...”", "X and other ministers
 * said": the one named first is the verb's subject, and the title the lead gave him alone
 * ("Ukraine's interim prime minister has warned ...") is his. Found blind on round R (RA: a
 * prime minister's words left with his title). */
static void a_name_and_others(void **state)
{
    (void)state;
    static const char text[] =
        "Kyiv rejects Crimea vote\n\n"
        "Ukraine's interim prime minister has warned the parliament \"no-one in the world\" will "
        "recognise the vote.\n\n"
        "Arseniy Yatsenyuk and others in the Kiev government have called the vote "
        "\"unconstitutional\".\n\n"
        "Pavel Orlov and other ministers said the talks were \"over\".\n";
    static const want_t want[] = {
        {"no-one in the world", "Arseniy Yatsenyuk", TTL, 0, NULL},
        {"unconstitutional", "Arseniy Yatsenyuk", PER, 0, NULL},
        {"over", "Pavel Orlov", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "This was announced by X": the agent of a passive whose subject is what was said ("this",
 * "it") has spoken, and the "he said" of the next paragraph is his, not the person whose
 * words he condemned. A toll "confirmed by the ministry" stays no speech
 * (a_passive_agent_has_not_spoken). Found blind on round R (RA: a spokesman's words given to
 * the prime minister he condemned). */
static void this_was_announced_by(void **state)
{
    (void)state;
    static const char text[] =
        "Kyiv summoned the ambassador for a frank talk after Prime "
        "Minister Viktor Orban's words that the region is \xE2\x80\x9C" "a no man's "
        "land\xE2\x80\x9D. This was announced by the spokesman of the Foreign Ministry Oleg "
        "Nikolenko on Facebook.\n\n"
        "\xE2\x80\x9CSuch statements are unacceptable,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"a no man's land", "Viktor Orban", PER, 0, NULL},
        {"Such statements are unacceptable", "Oleg Nikolenko", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A title's word that names no role, alone, in lower case after a modal ("Pyongyang should
 * first offer an apology"), is an adverb, nobody the "he said" after could be. Found blind on
 * round R (RB: a spokesman's words given to "first"). */
static void first_alone_is_no_title(void **state)
{
    (void)state;
    static const char text[] =
        "Unification Minister Hong Yong-pyo spoke on Monday.\n\n"
        "Seoul remains firm that Pyongyang should first offer an apology.\n\n"
        "\"The North insisted that the tours be resumed,\" he said.\n";
    static const want_t want[] = {
        {"The North insisted", "Hong Yong-pyo", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A credit with its verb dropped, as hurried copy prints it ("“...,” the ministry's
 * spokesman Jeong Joon-hee in a press briefing."): the name after the quotation's comma,
 * with nothing after it but where it was said, said it. Found blind on round R (RB: a
 * spokesman's words given to the minister named before). */
static void a_credit_without_its_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Unification Minister Hong Yong-pyo spoke on Monday.\n\n"
        "\"We hope the North will come forward for talks,\" the ministry's spokesman Jeong "
        "Joon-hee in a press briefing.\n\n"
        "\"There is no change in our policy,\" he said.\n";
    static const want_t want[] = {
        {"We hope the North", "Jeong Joon-hee", PER, 0, NULL},
        {"There is no change", "Jeong Joon-hee", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A straight double mark closed by two apostrophes ("The positions have hardened,'' Insulza
 * said), as wire copy that mixed its typewriter's marks prints it: the quotation ends there,
 * and the narration after it is read. Found blind on round R (RD: two quotations of the
 * secretary general ran on, unclosed, to no one). */
static void a_straight_mark_closed_by_two_apostrophes(void **state)
{
    (void)state;
    static const char text[] =
        "The OAS met on Saturday.\n\n"
        "\"The positions have hardened,'' Jose Insulza said, adding there was no \"intent to "
        "change course'' in the government.\n";
    static const want_t want[] = {
        {"The positions have hardened,", "Jose Insulza", PER, 0, NULL},
        {"intent to change course", "Jose Insulza", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* Two grave accents closed by a double prime (``bump in relations,″), as the AP's archive
 * prints the typewriter's two apostrophes: the quotation ends there. Found blind on round S
 * (SD: five quotations of an ambassador ran on, unclosed, to no one). */
static void grave_accents_closed_by_a_double_prime(void **state)
{
    (void)state;
    static const char text[] =
        "TORONTO (AP) _ The refusal caused a ``bump in relations,\xE2\x80\xB3 U.S. Ambassador "
        "Paul Cellucci said Tuesday.\n\n"
        "``They support the war, but they are not supporting us fully,\xE2\x80\xB3 Cellucci "
        "said.\n";
    static const want_t want[] = {
        {"bump in relations,", "Paul Cellucci", PER, 0, NULL},
        {"They support the war", "Paul Cellucci", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "the bloc", "the alliance", with no description of its own, after a body known by its
 * initials ("the GCC said ... The bloc added", "the Association of Southeast Asian Nations
 * (ASEAN) ... the bloc states"): that body, when it is the body named last. After another
 * ("the Arctic Council") the bloc stays the bloc (organization_described_in_apposition).
 * Found blind on round S (SB and SC: a bloc's words printed as "bloc"). */
static void the_bloc_after_a_body_of_initials(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9C" "Any decisions taken by Tehran on the islands are null and void,"
        "\xE2\x80\x9D the GCC said in a final statement after its ministerial session.\n\n"
        "The bloc added that the islands are \xE2\x80\x9C" "an indivisible part of UAE "
        "territory.\xE2\x80\x9D\n\n"
        "NATO met on Friday. The alliance said it was \xE2\x80\x9Cready to defend every "
        "ally.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Any decisions taken", "GCC", ORG, 0, NULL},
        {"an indivisible part", "GCC", ORG, 0, NULL},
        {"ready to defend every ally.", "NATO", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "X said that Y had rejected two proposals, adding “...”": "adding" goes on with what the
 * reporter said, not with the clause he reported, so the words are X's. Found blind on round
 * S (SC: the Secretary-General's words given to the Security Council). */
static void adding_goes_on_with_the_reporter(void **state)
{
    (void)state;
    static const char text[] =
        "UN Secretary-General Antonio Guterres spoke to the BBC on Friday.\n\n"
        "Guterres said that the Security Council had rejected two proposals, adding \"we need "
        "to appoint a new envoy as quickly as possible\".\n";
    static const want_t want[] = {
        {"we need to appoint", "Antonio Guterres", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* Two speakers joined by "and" before their verb ("Both the US and the EU urged Kigali to
 * “...”", "Norway and Iceland said"): both spoke, and the speaker column names both, not
 * the second alone. Found blind on round S (SC: a joint demand given to the EU). */
static void joint_speakers(void **state)
{
    (void)state;
    static const char text[] =
        "Fighting went on in the east.\n\n"
        "Both the US and the EU urged Kigali to \xE2\x80\x9Cimmediately stop any support\xE2\x80\x9D "
        "to the rebels.\n\n"
        "Norway and Denmark said the talks were \xE2\x80\x9C" "a good start.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"immediately stop any support", "US and the EU", ORG, 0, NULL},
        {"a good start.", "Norway and Denmark", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "..., prompting Russia to vow “...”", "leading the ministry to warn that “...”": what
 * the object of "prompting" or "leading" was moved to say, it said. Found blind on round S
 * (SA: Russia's vow given to Prague, which prompted it). */
static void prompting_someone_to_vow(void **state)
{
    (void)state;
    static const char text[] =
        "Prague ordered out 18 Russian diplomats on Saturday, prompting Russia to vow on Sunday "
        "to \xE2\x80\x9C" "force the authors of this provocation to answer.\xE2\x80\x9D\n\n"
        "Oslo closed the crossing, leading the ministry to warn that it would "
        "\xE2\x80\x9Crespond in kind.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"force the authors", "Russia", ORG, 0, NULL},
        {"respond in kind.", "ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "the Council" in capitals, after a body known by initials that end in its letter ("the GCC
 * said ... The Council called on Tehran"): the body its initials spell, as "the bloc" is. Found
 * blind on round S (SC: the council's words printed as "Council"). */
static void the_council_of_the_initials(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThe islands belong to the UAE,\xE2\x80\x9D the GCC said in a final "
        "statement.\n\n"
        "The Council called on Tehran to settle the issue \xE2\x80\x9Cthrough direct "
        "negotiations.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"The islands belong", "GCC", ORG, 0, NULL},
        {"through direct negotiations.", "GCC", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A speech noun owned by a name, then "of" and the quoted words ("India's claims of
 * “nuclear blackmail”", "Kyiv's accusations of “genocide”"): the owner's words, not those of
 * the one who rejects them. Found blind on round S (SB: India's phrase given to Pakistan's
 * spokesperson). */
static void a_speech_noun_of_the_words(void **state)
{
    (void)state;
    static const char text[] =
        "Islamabad replied on Friday.\n\n"
        "The spokesperson described India's claims of \xE2\x80\x9Cnuclear blackmail\xE2\x80\x9D "
        "as misleading.\n";
    static const want_t want[] = {
        {"nuclear blackmail", "India", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A headline or a crosshead that puts the quoted words right after who said them, with no
 * verb and no final stop ("Putin ‘ready for talks’ with Kyiv", "Dendias ‘understands
 * Ankara's annoyance’"): the name opening it said them. A sentence of the body with a stop
 * keeps its reading. Found blind on round S (SA: a minister's words given to his Turkish
 * counterpart). */
static void a_headline_name_then_words(void **state)
{
    (void)state;
    static const char text[] =
        "Putin \xE2\x80\x98ready for talks\xE2\x80\x99 with Kyiv\n\n"
        "Turkish Foreign Minister Mevlut Cavusoglu met Greek Foreign Minister Nikos Dendias on "
        "Monday.\n\n"
        "\xE2\x80\x9CWe had a good meeting,\xE2\x80\x9D Cavusoglu said.\n\n"
        "Dendias \xE2\x80\x98understands Ankara\xE2\x80\x99s annoyance\xE2\x80\x99\n\n"
        "The Greek minister spoke later.\n";
    static const want_t want[] = {
        {"ready for talks", "Putin", PER, 0, NULL},
        {"We had a good meeting,", "Mevlut Cavusoglu", PER, 0, NULL},
        {"understands Ankara", "Nikos Dendias", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A speech noun owned by a name, its that-clause quoted whole with the "that" inside the
 * marks ("she welcomed Sogavare's reassurances “that there will not be a base”"), or an
 * assurance with the "that" outside: the owner's words, as "Sogavare's remarks that “...”"
 * were. A quotation right after such a noun that is no that-clause ("rejected China's demands
 * “in the strongest terms”") is the subject's. Found blind on round Q (QB: a prime minister's
 * assurance given to the minister who welcomed it). */
static void a_that_clause_quoted_whole(void **state)
{
    (void)state;
    static const char text[] =
        "Wong met Prime Minister Manasseh Sogavare on Friday.\n\n"
        "Wong told reporters that she welcomed Sogavare's reassurances \xE2\x80\x9Cthat there "
        "will not be a military base here.\xE2\x80\x9D\n\n"
        "She also noted Sogavare's assurances that \xE2\x80\x9C" "Australia remains our "
        "partner.\xE2\x80\x9D\n\n"
        "Wong rejected China's demands \xE2\x80\x9Cin the strongest terms.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"that there will not be a military base here.", "Manasseh Sogavare", PER, 0, NULL},
        {"Australia remains our partner.", "Manasseh Sogavare", PER, 0, NULL},
        {"in the strongest terms.", "Wong", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A lead that gives its speaker an indefinite title ("A top international envoy in Varna
 * warns ...") and a next paragraph that names a person of that role in apposition ("Ivo
 * Lind, the special envoy for Bosnia and Herzegovina, was due to ..."), with no verb of
 * speech (a place of two names joined by "and" may end the apposition): the lead's
 * words are his, as they are for a definite title ("the envoy"). Found blind on round S (SA:
 * the lead's warning left with "chief international representative"). */
static void an_indefinite_title_named_in_apposition(void **state)
{
    (void)state;
    static const char text[] =
        "SARAJEVO \xE2\x80\x94 A top international envoy in Varna warns that the country faces "
        "an \xE2\x80\x9C" "existential threat\xE2\x80\x9D this year.\n\n"
        "Ivo Lind, the special envoy for Bosnia and Herzegovina, was due to give the warning "
        "at the UN.\n\n"
        "Lind said the danger was \xE2\x80\x9Cvery real.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"existential threat", "Ivo Lind", TTL, 0, NULL},
        {"very real.", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A relative clause whose subject is one word, a surname known from before ("the trucks,
 * which Lind said was a “...”"): the surname's words, as they are for a full name ("which Ivo
 * Lind said"); a subject of one word was not seen between the relative and the verb. Found
 * blind on round T (TD: a foreign minister's words given to the one whose act he described). */
static void a_relative_clause_with_a_surname(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Minister Ivo Lind spoke on Tuesday.\n\n"
        "Maria Berg tried to move the trucks across the border, which Lind said was a "
        "\xE2\x80\x9Cplain attempt to violate the territory\xE2\x80\x9D of the country.\n";
    static const want_t want[] = {
        {"plain attempt to violate the territory", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* The object of "prompting" a titled name of several words ("prompting Dravenia's UN
 * Ambassador Tomas Ruiz to call on ..."): his words, as a one-word object's are ("prompting
 * Russia to vow"). Found blind on round T (TD: an ambassador's words given to the sentence's
 * first word, "Speculation"). */
static void prompting_a_titled_name(void **state)
{
    (void)state;
    static const char text[] =
        "Rumours have spread that Vanta may invade, prompting Dravenia\xE2\x80\x99s UN "
        "Ambassador Tomas Ruiz to call on all states to reject force, \xE2\x80\x9Cwhatever "
        "their alliances.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"whatever their alliances.", "Tomas Ruiz", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A title held now ("the Chilean president", "the president") is not that of someone named
 * as its former holder ("the former president Tomas Berg"), though he was named last: it is
 * the one who holds it now. Found blind on round T (TD: a president's words given to the
 * ousted president of the country he spoke of). */
static void a_current_title_is_no_former_holder(void **state)
{
    (void)state;
    static const char text[] =
        "President Ana Ruiz said on Wednesday that Chile will keep its ties with Peru after "
        "the dismissal of the former president Tomas Berg.\n\n"
        "\xE2\x80\x9CWe regret the decision made by the government of Peru,\xE2\x80\x9D said "
        "the Chilean president at her morning briefing.\n\n"
        "\xE2\x80\x9CWe will not expel anyone,\xE2\x80\x9D the president added.\n\n"
        "Berg, who is in custody, called the charges \xE2\x80\x9Cpolitical.\xE2\x80\x9D The "
        "former president denies them: \xE2\x80\x9CI did nothing wrong.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We regret the decision", "Ana Ruiz", TTL, 0, NULL},
        {"We will not expel anyone,", "Ana Ruiz", TTL, 0, NULL},
        {"political.", "Tomas Berg", PER, 0, NULL},
        {"I did nothing wrong.", "Tomas Berg", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A title "of" a field of government that the rules did not know ("Secretary of Commerce
 * Howard Lutnick", "Minister of Agriculture", "the Treasury"): the field ends the title and
 * the name is the person's alone, not "Commerce Howard Lutnick". Found blind on round T (TD:
 * a commerce secretary printed with his department in his name). */
static void a_title_of_a_field_before_the_name(void **state)
{
    (void)state;
    static const char text[] =
        "US Secretary of Commerce Howard Lutnick said he was on the phone "
        "\xE2\x80\x9C" "all day\xE2\x80\x9D with them.\n\n"
        "Minister of Agriculture Ivo Lind said the ban was \xE2\x80\x9Cunjustified.\xE2\x80\x9D"
        "\n\n"
        "Secretary of the Treasury Maria Berg called the tariffs \xE2\x80\x9C" "a tax.\xE2\x80\x9D"
        "\n\n"
        "Minister of Information Tomas Ruiz said the report was \xE2\x80\x9C" "false.\xE2\x80\x9D"
        "\n";
    static const want_t want[] = {
        {"all day", "Howard Lutnick", PER, 0, NULL},
        {"unjustified.", "Ivo Lind", PER, 0, NULL},
        {"a tax.", "Maria Berg", PER, 0, NULL},
        {"false.", "Tomas Ruiz", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A name after a conjunction, then an apposition, then the verb ("days after Ivo Lind,
 * leader of breakaway Vanta, said"): the name is the subject, as it is with the verb right
 * after it ("after Lind said"), not the place that ends the apposition nor nobody. Found
 * blind on round T (TA: a breakaway leader's words given to his region). */
static void a_conjunction_then_a_name_in_apposition(void **state)
{
    (void)state;
    static const char text[] =
        "The move came days after Ivo Lind, leader of breakaway South Ossetia, said the region "
        "would raise \xE2\x80\x9Cterritorial claims\xE2\x80\x9D beyond its lines.\n\n"
        "Troops moved in after Maria Berg, the president of Vanta, said the border was "
        "\xE2\x80\x9Cno longer safe.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"territorial claims", "Ivo Lind", PER, 0, NULL},
        {"no longer safe.", "Maria Berg", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A relative clause that reports with "that" ("including Ivo Lind, who said that if it was
 * meant, it was “final proof”"): a clause of speech, though a comma of its own (the
 * condition's) stands before the quotation; a clause that describes someone ("who spoke on
 * condition of anonymity,") says nothing with "that", nor does a thing's ("Resolution 99,
 * which demanded that ..."). Found blind on round T (TD: a party spokesman's words given to
 * "Other Danes", the sentence's subject); the thing's on round U (UC). */
static void a_relative_clause_that_reports_with_that(void **state)
{
    (void)state;
    static const char text[] =
        "Other Danes were less polite, including party spokesman Ivo Lind, who said that if "
        "the offer was meant, it was \xE2\x80\x9C" "final proof\xE2\x80\x9D of madness.\n\n"
        "Maria Berg, who said that she had resigned, told reporters: \xE2\x80\x9CI am "
        "leaving.\xE2\x80\x9D\n\n"
        "The Security Council said on Monday that the occupation \xE2\x80\x9Cmust "
        "end.\xE2\x80\x9D\n\n"
        "Last year the Council, led by France and the United States, adopted Resolution 99, "
        "which demanded that all foreign forces, including Vanta's, withdraw. It also called "
        "for the "
        "\xE2\x80\x9C" "disbanding and disarmament\xE2\x80\x9D of all militias.\n";
    static const want_t want[] = {
        {"final proof", "Ivo Lind", PER, 0, NULL},
        {"I am leaving.", "Maria Berg", PER, 0, NULL},
        {"must end.", "Security Council", ORG, 0, NULL},
        {"disbanding and disarmament", "Security Council", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* The subject of a participle after "despite" ("despite Copenhagen saying that they were there
 * on a “clear invitation”"), as after "with" ("with the spokesman saying"): that subject's
 * words, not the main clause's. Found blind on round T (TC: Denmark's words given to Mali's
 * government, which had rejected them). */
static void despite_someone_saying(void **state)
{
    (void)state;
    static const char text[] =
        "Officials in Vanta warned Dravenia to withdraw its troops at once, despite Copenhagen "
        "saying that they were there on a \xE2\x80\x9C" "clear invitation.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"clear invitation.", "Copenhagen", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A name after a preposition, then "who" and a verb of speech with no comma between ("comments
 * made by spokesman Tomas Ruiz who called the envoy “a liar”"): the name before "who" speaks,
 * as it does with the comma ("a statement by X, who said"). Found blind on round T (TC: a
 * spokesman's insults given to the UN spokesman who answered them). */
static void a_name_after_by_then_who(void **state)
{
    (void)state;
    static const char text[] =
        "UN spokesman Ivo Lind was responding to comments made by spokesman Tomas Ruiz who "
        "called the envoy \xE2\x80\x9Cone of the bad guys, a liar\xE2\x80\x9D, according to "
        "the agency.\n";
    static const want_t want[] = {
        {"one of the bad guys", "Tomas Ruiz", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” he wrote" after "a letter signed by President Tomas Ruiz": the letter's author
 * wrote it, though the man carrying it opened a sentence since; he goes on as the last
 * speaker ("He claimed ..."). An author who has spoken last already ("X said in the
 * statement") is not the next man who writes. Found on round U (UD: a president's letter given
 * to the minister who carried it, four quotations). */
static void he_wrote_the_letter_he_signed(void **state)
{
    (void)state;
    static const char text[] =
        "Mr. Trump said he was fed up with the migrants.\n\n"
        "Ivo Lind was carrying a letter signed by President Tomas Ruiz calling for more "
        "talks.\n\n"
        "\xE2\x80\x9CI propose that we deepen our dialogue,\xE2\x80\x9D he wrote.\n\n"
        "He claimed his country is \xE2\x80\x9C" "fulfilling its responsibility.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe will react firmly,\xE2\x80\x9D Jan Olsen said in the statement.\n\n"
        "Ivo Lind defended his decision on Twitter. \xE2\x80\x9CWe must protect our "
        "workers!\xE2\x80\x9D he wrote.\n";
    static const want_t want[] = {
        {"I propose that we deepen our dialogue,", "Tomas Ruiz", PRO, 0, NULL},
        {"fulfilling its responsibility.", "Tomas Ruiz", PRO, 0, NULL},
        {"We will react firmly,", "Jan Olsen", PER, 0, NULL},
        {"We must protect our workers!", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A headline in capitals with a verb of speech after a title ("Vanta's President Accuses
 * Dravenia of Trying to Steal River", "President Says ..."): the verb is no word of a name, so
 * no person "Accuses Dravenia of Trying" is made to take the words of the president who is
 * named below. Found on round U (UD: Ortega's words given to that name). */
static void a_headline_verb_is_no_name(void **state)
{
    (void)state;
    static const char text[] =
        "Nicaragua\xE2\x80\x99s President Accuses Costa Rica of Trying to Steal River\n\n"
        "President Daniel Ortega said his government would appeal to the court.\n\n"
        "The Nicaraguan president said Costa Rica has \xE2\x80\x9C" "been resistant\xE2\x80\x9D "
        "to talks.\n";
    static const want_t want[] = {
        {"been resistant", "Daniel Ortega", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A name introduced with its country's possessive and no title ("China's Haiyang Dizhi 8", a
 * survey ship; "China's Wang Li"): of that country, so no epithet of another ("the Vietnamese
 * spokeswoman") is theirs; she is named after her words ("Hang said"). Found on round U (UB:
 * a Vietnamese spokeswoman's protest given to the Chinese ship she protested). */
static void a_possessive_country_gives_a_name_its_nation(void **state)
{
    (void)state;
    static const char text[] =
        "On August 13, China\xE2\x80\x99s Haiyang Dizhi 8 and a fleet of ships returned.\n\n"
        "\xE2\x80\x9CVietnam strongly protests the violation,\xE2\x80\x9D the Vietnamese "
        "spokeswoman said.\n\n"
        "\xE2\x80\x9CWe advocate peace,\xE2\x80\x9D Hang said in a statement.\n";
    static const want_t want[] = {
        {"Vietnam strongly protests the violation,", "Hang", TTL, 0, NULL},
        {"We advocate peace,", "Hang", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A body introduced by an outlet's noun ("the official daily Granma", "the newspaper Vanta
 * Post", "state broadcaster Vantavision"): "the newspaper" later is that body, as it is for
 * one whose name ends in an outlet's word ("KCNA ... the news agency"). Found on round U (UD:
 * two quotations of Cuba's daily printed as "newspaper"). */
static void an_outlet_introduced_by_its_noun(void **state)
{
    (void)state;
    static const char text[] =
        "Ivo Lind will head the delegation, the official daily Granma reported today.\n\n"
        "The meeting will study \xE2\x80\x9Cthe migration accords,\xE2\x80\x9D Granma said."
        "\n\n"
        "\xE2\x80\x9COn Jan. 22, the first meeting will be held,\xE2\x80\x9D the newspaper "
        "continued.\n";
    static const want_t want[] = {
        {"the migration accords,", "Granma", ORG, 0, NULL},
        {"On Jan. 22, the first meeting will be held,", "Granma", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A president-elect is "the president" the article calls her next ("Moldovan President-elect
 * Ana Ruiz said ... “...,” the president said"), not the incumbent named after the words.
 * Found on round U (UA: a president-elect's words given to the president she defeated). */
static void a_president_elect_is_the_president(void **state)
{
    (void)state;
    static const char text[] =
        "Moldovan President-elect Ana Ruiz said the troops must go.\n\n"
        "\xE2\x80\x9CThey should leave,\xE2\x80\x9D Ruiz said.\n\n"
        "\xE2\x80\x9CWe want a civilian mission,\xE2\x80\x9D the president said.\n\n"
        "Ruiz defeated the incumbent President Tomas Berg.\n";
    static const want_t want[] = {
        {"They should leave,", "Ana Ruiz", PER, 0, NULL},
        {"We want a civilian mission,", "Ana Ruiz", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A participle alone opening the sentence, before a word that is no verb ("Heightened
 * tensions over the war were evident when ... met with shouts of “When will you stop the
 * war”"), is no one, and "shouts of" after a preposition is a noun: the shouts have no
 * speaker. A name before its verb ("Mohammed said", "Almagro qualifies as") still speaks.
 * Found on round V (VD: shouts given to "Heightened"). */
static void a_lone_opening_word_is_no_subject(void **state)
{
    (void)state;
    static const char text[] =
        "Heightened tensions over the war were evident when Foreign Minister Ivo Lind was met "
        "with shouts of \xE2\x80\x9CWhen will you stop the war\xE2\x80\x9D upon his arrival."
        "\n\n"
        "Mohammed said the talks were \xE2\x80\x9Cproductive\xE2\x80\x9D and useful.\n\n"
        "Almagro qualifies as \xE2\x80\x9C" "dangerous background\xE2\x80\x9D the seizure of "
        "the office\n";
    static const want_t want[] = {
        {"When will you stop the war", "", NON, 0, NULL},
        {"productive", "Mohammed", PER, 0, NULL},
        {"dangerous background", "Almagro", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* Of two holders of a bare title ("the minister"), the one who spoke last and opened a
 * sentence since the other was named ("Lind made the remark ..., shortly after Foreign
 * Minister Tomas Ruiz presented ..."), not the one named last in passing. Found on round V
 * (VD: an Israeli minister's words given to the Iranian foreign minister he answered). */
static void the_title_of_the_last_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Israel's Intelligence Minister Ivo Lind said on Thursday that the deal is "
        "\xE2\x80\x9C" "far\xE2\x80\x9D from real.\n\n"
        "Lind made the remark on his page, shortly after Foreign Minister Tomas Ruiz presented "
        "the outline in Lausanne.\n\n"
        "The minister said the smiles were \xE2\x80\x9C" "disconnected from the sad "
        "reality.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"far", "Ivo Lind", PER, 0, NULL},
        {"disconnected from the sad reality.", "Ivo Lind", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "The president" is not a vice president ("his sacked vice president, Jan Olsen"), though
 * named last: a lesser office of the same word (vice, deputy) is another office; and
 * "Djiboutian" is Djibouti's. Found on round V (VC: the Djiboutian president's words given to
 * South Sudan's sacked vice president). */
static void the_president_is_no_vice_president(void **state)
{
    (void)state;
    static const char text[] =
        "U.N. envoy Ivo Lind held talks with Djiboutian President Ismail Omar Guelleh.\n\n"
        "South Sudan has been shaken since President Salva Kiir accused his sacked vice "
        "president, Riek Machar, of plotting a coup.\n\n"
        "The Djiboutian president, for his part, said his country \xE2\x80\x9Cwill work "
        "closely with the U.N.\xE2\x80\x9D\n\n"
        "Maria Berg met President Tomas Ruiz and his vice president, Jan Olsen.\n\n"
        "The president said the talks were \xE2\x80\x9Cuseful.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"will work closely with the U.N.", "Ismail Omar Guelleh", TTL, 0, NULL},
        {"useful.", "Tomas Ruiz", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "The Russian President's press secretary" is the one named "press secretary of the Russian
 * President": an office's owner given by "of" or "for" and a title is the owner a possessive
 * gives, and never another's ("the king's spokesman" is not the foreign minister's).
 * Found on round W (WA: the Kremlin spokesman's words given to his title). */
static void an_owner_by_of_is_the_possessive_owner(void **state)
{
    (void)state;
    static const char text[] =
        "Ivo Lind, press secretary of the Russian President, said on Monday that talks were "
        "off.\n\n"
        "The Russian President's press secretary said Moscow was \xE2\x80\x9Copen to any "
        "contacts\xE2\x80\x9D still.\n\n"
        "Maria Berg, a spokeswoman for the prime minister, said the visit would go ahead.\n\n"
        "The prime minister's spokeswoman said it was \xE2\x80\x9Cnot in doubt.\xE2\x80\x9D\n\n"
        "Jan Olsen, spokesman for the foreign minister, spoke first.\n\n"
        "The king's spokesman said the meeting was \xE2\x80\x9Cuseful.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"open to any contacts", "Ivo Lind", TTL, 0, NULL},
        {"not in doubt.", "Maria Berg", TTL, 0, NULL},
        {"useful.", "king's spokesman", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A plural title alone whose capital is only the sentence's ("Leaders of the Group of Seven
 * nations have issued a communique") is as unnamed as "leaders": no person "Leaders", and
 * the communique is the group's. Found on round W (WD: a G7 communique given to "Leaders"). */
static void a_plural_title_opening_a_sentence_is_no_name(void **state)
{
    (void)state;
    static const char text[] =
        "Leaders of the Group of Seven nations have issued a communique on Sunday.\n\n"
        "The document says the G7 leaders are \xE2\x80\x9Cmore united than "
        "ever\xE2\x80\x9D in their support.\n";
    static const want_t want[] = {
        {"more united than ever", "Group of Seven nations", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A plural title with a word of number or none ("Many officials in Tarsia said") is a
 * group as "the officials" is: never the "she" of the next quotation, who is the last
 * person to speak. Found on round W's review (round U: British officials' words given to
 * the Libyans; round R: a president's pledge given to defence officials). */
static void an_indefinite_plural_title_is_a_group(void **state)
{
    (void)state;
    static const char text[] =
        "President Ana Vell spoke at the assembly on Tuesday.\n\n"
        "\"We have let them know about our protest,\" she added.\n\n"
        "Many officials in Tarsia have only said that they \"regret\" the concerns raised.\n\n"
        "\"Spying on friends is a breach of international law,\" she said today.\n";
    static const want_t want[] = {
        {"We have let them know", "Ana Vell", PRO, 0, NULL},
        {"regret", "Many officials", TTL, 0, NULL},
        {"Spying on friends", "Ana Vell", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "A spokesman for Tony Blair" speaks for Blair, and is not he, though "a statement from Ivo
 * Lind" is Lind's own. Found on round W (WA: a spokesman's words given to Tony Blair). The
 * speaker is named with whom the title serves ("spokesman for Tony Blair", as the definite
 * "the spokesman for the ministry" is), not the bare "spokesman" (stop 44: a fresh page's
 * "spokesperson for Meta Platforms" said only "spokesperson"). */
static void a_spokesman_for_a_person_is_not_the_person(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CMurder is murder,\xE2\x80\x9D a spokesman for Tony Blair, the British "
        "prime minister, said.\n\n"
        "\xE2\x80\x9CWe will go,\xE2\x80\x9D a statement from Ivo Lind said.\n";
    static const want_t want[] = {
        {"Murder is murder", "spokesman for Tony Blair", TTL, 0, NULL},
        {"We will go", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A participle that opens a sentence before "by" ("Led by Maradona, they chanted") is no
 * name, though capitalized: no speaker "Led". Found on round W (WD: a crowd's chant given to
 * "Led"). */
static void an_opening_participle_before_by_is_no_name(void **state)
{
    (void)state;
    static const char text[] =
        "Led by the former star Diego Maradona, they cursed the president, chanting, "
        "\xE2\x80\x9CYou are the terrorist!\xE2\x80\x9D\n\n"
        "Backed by Ivo Lind, the mayor said the march was \xE2\x80\x9Cpeaceful.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"You are the terrorist!", "", NON, 0, NULL},
        {"peaceful.", "mayor", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "State" before a role is a word of the title ("UAE state minister Anwar Gargash", "State
 * Councillor Ivo Lind"), not the end of a country's name. Found on round W (WC: a minister's
 * words given to the UAE). */
static void state_before_a_role_is_a_title_word(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThe hour of truth is near,\xE2\x80\x9D UAE state minister for foreign "
        "affairs Anwar Gargash said.\n\n"
        "\xE2\x80\x9CWe are ready,\xE2\x80\x9D Vantian state secretary Ivo Lind said.\n";
    static const want_t want[] = {
        {"The hour of truth is near", "Anwar Gargash", PER, 0, NULL},
        {"We are ready", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "They marched, chanting, “...”": a crowd no one named, never the person who spoke last
 * (who keeps the floor only where no one else is the sentence's subject). Found on round W
 * (WD: protesters' chant given to the president they cursed). */
static void a_crowds_chant_is_not_the_last_speakers(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CIt is not easy,\xE2\x80\x9D Ivo Lind told reporters.\n\n"
        "They marched to the stadium, chanting, \xE2\x80\x9CYou are the "
        "terrorist!\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CIt was calm,\xE2\x80\x9D Lind said.\n\n"
        "The crowd was large: \xE2\x80\x9CWe saw thousands.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"It is not easy", "Ivo Lind", PER, 0, NULL},
        {"You are the terrorist!", "", NON, 0, NULL},
        {"It was calm", "Ivo Lind", PER, 0, NULL},
        {"We saw thousands.", "Ivo Lind", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* A compound adjective between a preposition and a place ("the U.N. envoy to war-torn
 * Libya said") leaves the place after the preposition: the envoy speaks, not Libya. Found on
 * round W (WC: a U.N. envoy's words given to Libya). */
static void a_place_after_a_compound_adjective_is_no_subject(void **state)
{
    (void)state;
    static const char text[] =
        "The U.N. envoy to war-torn Libya said Wednesday he had launched \xE2\x80\x9C" "an "
        "intensive campaign\xE2\x80\x9D for talks.\n\n"
        "The convoy reached oil-rich Qatar, the envoy said, \xE2\x80\x9Con time.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"an intensive campaign", "U.N. envoy to war-torn Libya", TTL, 0, NULL},
        {"on time.", "U.N. envoy to war-torn Libya", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* An -s form after a name and its title in lower case reports ("UNIFIL commander Ivo Lind
 * says"), as after the name alone; not a plural noun after another verb's object. Found on
 * round W (WC: a UNIFIL commander's words with no speaker). */
static void says_after_a_lower_case_title_and_name(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CI have launched an investigation,\xE2\x80\x9D UNIFIL commander Ivo "
        "Lind says.\n\n"
        "\xE2\x80\x9CWe will go,\xE2\x80\x9D spokesman Jan Olsen says.\n";
    static const want_t want[] = {
        {"I have launched an investigation", "Ivo Lind", PER, 0, NULL},
        {"We will go", "Jan Olsen", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* Two bodies joined by "and" speak together though one word of a body reads as a person's
 * ("Hamas and Palestinian Islamic Jihad said"), after a conjunction that opens their clause
 * too ("after Vantia and Tarsia said"). Found on round W (WC: two groups' words given to the
 * second alone). */
static void two_bodies_joined_after_a_conjunction(void **state)
{
    (void)state;
    static const char text[] =
        "The reply came shortly after Hamas and Palestinian Islamic Jihad said they were "
        "\xE2\x80\x9C" "actively ready\xE2\x80\x9D to agree.\n\n"
        "Talks began after Ivo Lind and Jan Olsen said they were \xE2\x80\x9Cready to "
        "talk.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"actively ready", "Hamas and Palestinian Islamic Jihad", ORG, 0, NULL},
        {"ready to talk.", "Ivo Lind and Jan Olsen", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "The office of Vantia's Prime Minister" is the office, an organization, whoever holds the
 * title after "of": not the prime minister named later. Found on round W (WC: the Somali
 * prime minister's office's words given to the prime minister). */
static void the_office_of_a_title_is_the_office(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x98It is a violation of our sovereignty,\xE2\x80\x99 said the office of "
        "Vantia's Prime Minister on Thursday. The decision came after a meeting chaired by "
        "Prime Minister Ivo Lind.\n";
    static const want_t want[] = {
        {"It is a violation of our sovereignty", "office of Vantia's Prime Minister", ORG, 0,
         NULL},
    };
    CHECK(text, want);
}

/* "The official mouthpiece Korean Central News Agency" is an outlet that relays, as "the
 * official daily Granma" is, not a person "the official": "The North said: “...,”
 * according to" it is the North's. Found on round W (WB: North Korea's statement given to
 * "official"). */
static void a_mouthpiece_is_an_outlet(void **state)
{
    (void)state;
    static const char text[] =
        "The North said: \xE2\x80\x9CWe will strike first,\xE2\x80\x9D according to the "
        "official mouthpiece Korean Central News Agency (KCNA).\n\n"
        "\xE2\x80\x9COnce there is a sign of attack, the army will act.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We will strike first", "North", ORG, 0, NULL},
        {"Once there is a sign", "North", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "The agency", with no agency named, is the body that spoke last ("Vantia's State Security
 * Service said ... “...,” the agency stressed"), not a new unnamed agency; a named one keeps
 * its own. Found on round W (WA: a security service's words given to "agency"). */
static void the_agency_is_the_body_that_spoke(void **state)
{
    (void)state;
    static const char text[] =
        "Vantia's State Security Service also commented, saying the hotline had been "
        "activated.\n\n"
        "\xE2\x80\x9CIllegal borderization is taking place,\xE2\x80\x9D the agency "
        "stressed.\n\n"
        "The Atomic Energy Agency sent inspectors. Tarsia's army said they were welcome.\n\n"
        "\xE2\x80\x9CWe saw nothing,\xE2\x80\x9D the agency said.\n";
    static const want_t want[] = {
        {"Illegal borderization", "Vantia's State Security Service", ORG, 0, NULL},
        {"We saw nothing", "Atomic Energy Agency", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* An -s form after "the" and initials ("the statement of the MFA reads") reports: initials
 * are a body's, not a name that makes a plural noun of the verb ("the Baltic states"). Found
 * on round W (WA: the Georgian ministry's statement with no speaker). */
static void reads_after_initials(void **state)
{
    (void)state;
    static const char text[] =
        "Vantia's Ministry of Foreign Affairs (MFA) condemned the move.\n\n"
        "\xE2\x80\x9CTarsia violates the norms,\xE2\x80\x9D the statement of the MFA "
        "reads.\n\n"
        "The Baltic states disagree about \xE2\x80\x9Cthe norms\xE2\x80\x9D today.\n";
    static const want_t want[] = {
        {"Tarsia violates the norms", "Vantia's Ministry of Foreign Affairs", ORG, 0, NULL},
        /* (the countries are a body now, and speak as "The ministers disagree about" do) */
        {"the norms", "Baltic states", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "The statement of the ministry" makes the ministry the author "the statement" means next,
 * though a capital spoke between, as "X issued a statement" does. Found on round W (WA: the
 * Georgian ministry's statement given to Tbilisi). */
static void the_statement_of_a_body_is_the_next_statement(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CTarsia violates the norms,\xE2\x80\x9D the statement of the Foreign "
        "Ministry says.\n\n"
        "\xE2\x80\x9CThis will aggravate the situation,\xE2\x80\x9D Moscow said.\n\n"
        "\xE2\x80\x9CWe ask for help,\xE2\x80\x9D the statement reads.\n";
    static const want_t want[] = {
        {"Tarsia violates the norms", "Foreign Ministry", ORG, 0, NULL},
        {"This will aggravate", "Moscow", ORG, 0, NULL},
        {"We ask for help", "Foreign Ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* Two peoples or places before a title ("the Kosovo Albanian leader") say no one country
 * for it: the leader who just spoke, Kosovo's prime minister, is not ruled out as no
 * Albanian. Found on round X (XA: a Kosovo leader's words given to his title). */
static void two_nations_before_a_title_give_none(void **state)
{
    (void)state;
    static const char text[] =
        "Kosovo Prime Minister Ivo Lind told reporters the province was \xE2\x80\x9Cready "
        "for a final solution.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CVery soon we will take a decision,\xE2\x80\x9D said the Kosovo "
        "Albanian leader.\n";
    static const want_t want[] = {
        {"ready for a final solution.", "Ivo Lind", PER, 0, NULL},
        {"Very soon we will take a decision", "Ivo Lind", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "For his part" between a subject and its verb ("Ivo Lind for his part said") is skipped as
 * an adverb is: Lind speaks, and the "he" after is Lind. Found on round X (XA: the Serbian
 * president's words with no speaker, then given to the Kosovo leader). */
static void for_his_part_between_subject_and_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Jan Olsen said the province was \xE2\x80\x9Cready.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe must make every effort,\xE2\x80\x9D Ivo Lind for his part said at "
        "the debate.\n\n"
        "He said the council must \xE2\x80\x9C" "arrive at a solution.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"ready.", "Jan Olsen", PER, 0, NULL},
        {"We must make every effort", "Ivo Lind", PER, 0, NULL},
        {"arrive at a solution.", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "The head of the Armenian government" has the country of the body after "of", and is an
 * epithet for the Armenian named last, though he was called "the Armenian leader" (a role
 * any office holder has) before. Found on round X (XA: Pashinian's words given to his
 * title). */
static void the_head_of_a_countrys_government(void **state)
{
    (void)state;
    static const char text[] =
        "Speaking on Tuesday, Ivo Lind described the escalation as aggression.\n\n"
        "\xE2\x80\x9CWe are a nation,\xE2\x80\x9D the Armenian leader said.\n\n"
        "The head of the Armenian government called for \xE2\x80\x98targeted\xE2\x80\x99 "
        "statements.\n";
    static const want_t want[] = {
        {"We are a nation", "Ivo Lind", TTL, 0, NULL},
        {"targeted", "Ivo Lind", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Any" opens a noun phrase as "every" does: "any Russian attack on Ukraine" is a noun, no
 * verb "attack" reporting the quotation with no subject. Found on round X (XA: Borrell's
 * words with no speaker). */
static void any_opens_a_noun_phrase(void **state)
{
    (void)state;
    static const char text[] =
        "Ivo Lind spoke to reporters. He stressed that any Tarsian attack on Vantia would be "
        "\xE2\x80\x9Cvery costly\xE2\x80\x9D for Tarsia.\n";
    static const want_t want[] = {
        {"very costly", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "Quote from Kuleba: “...”", as some outlets label a quotation, is Kuleba's, though an
 * agency was the last to speak ("Source: ..., quoted by Interfax"). Found on round X (XA:
 * Kuleba's words given to the agency that quoted him). */
static void a_quote_label_names_its_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Minister Ivo Lind said Vantia will talk.\n\n"
        "Source: Ivo Lind to journalists in Geneva, quoted by Interfax\n\n"
        "Quote from Lind: \xE2\x80\x9CWe will not allow Tarsia to dictate.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We will not allow Tarsia", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "X spoke with President Abdel Fattah el-Sisi who said": the name before "who" though its
 * last word opens in lower case ("el-Sisi"), as after a capital. Found on round X (XB: Sisi's
 * words given to Abbas, who spoke with him). */
static void a_lower_case_surname_before_who(void **state)
{
    (void)state;
    static const char text[] =
        "The Vantian president spoke with Tarsian President Omar el-Haddad who said, "
        "\xE2\x80\x9CThe proposal is the best option.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"The proposal is the best option.", "Omar el-Haddad", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "A joint statement from the US, UAE, and Tarsia said": the last of several issuers after a
 * document's "from" or "by" is no subject; the joint statement speaks (one issuer after
 * "from" still is its author). Found on round X (XB: a joint statement given to Israel). */
static void a_statement_of_several_issuers(void **state)
{
    (void)state;
    static const char text[] =
        "A joint statement from the US, UAE, and Tarsia said the deal will promote "
        "\xE2\x80\x9Cpeace in the region.\xE2\x80\x9D\n\n"
        "A statement from the Foreign Ministry said the move was "
        "\xE2\x80\x9Cunacceptable.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"peace in the region.", "joint statement", ORG, 0, NULL},
        {"unacceptable.", "Foreign Ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A quotation that opens a paragraph and is never closed (an excerpt cut in the middle of a
 * long quotation, a closing mark left out) goes on with the last speaker, as a closed one
 * would. Found on round X (XD: a junta spokesman's statement, cut by the excerpt, with no
 * speaker; ten such quotations in rounds R to X, all the speaker's before). */
static void an_unclosed_paragraph_quote_keeps_the_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe created the community in 1975,\xE2\x80\x9D said Colonel Ivo Lind, "
        "the spokesman.\n\n"
        "\xE2\x80\x9C" "After 49 years of existence, the people note with regret that the "
        "community has moved away from its ideals.\n";
    static const want_t want[] = {
        {"We created the community", "Ivo Lind", PER, 0, NULL},
        {"After 49 years of existence", "Ivo Lind", NON, UNCL, NULL},
    };
    CHECK(text, want);
}

/* An office's initials alone, no article ("FM announced", as South Asian papers write), are
 * definite, as "the foreign minister" is: the FM named before. Found on round X (XC: the
 * Pakistani foreign minister's words given to "FM"). */
static void an_offices_initials_alone_are_definite(void **state)
{
    (void)state;
    static const char text[] =
        "FM Ivo Lind said Vantia would respond strongly.\n\n"
        "A desk would also be set up in all embassies, FM announced.\n\n"
        "\xE2\x80\x9CWe achieved a milestone yesterday,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"We achieved a milestone yesterday", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "Boss" is a role, as "chief" is: "the IAEA boss" is the agency's head who just spoke, not
 * the agency. Found on round X (XA: Grossi's words given to the IAEA). */
static void a_boss_is_a_role(void **state)
{
    (void)state;
    static const char text[] =
        "Ivo Lind described the events as \xE2\x80\x9C" "extremely worrying\xE2\x80\x9D. "
        "The IAEA boss spoke of attacks that were \xE2\x80\x9C" "deliberate and "
        "targeted\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"extremely worrying", "Ivo Lind", PER, 0, NULL},
        {"deliberate and targeted", "Ivo Lind", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "X is heard saying", "a soldier was heard telling ...": a recording's speaker, the subject of
 * the passive "heard" (as of "was quoted as saying"). Found on round Y (YA: a militant
 * leader's audio message; YD: a peacekeeper and a soldier in a video). */
static void heard_saying_names_the_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "\"After the message I released, some people said I was dead,\" Ivo Lind is heard "
        "saying in the new recording.\n\n"
        "\xE2\x80\x9CThey are loading weapons,\xE2\x80\x9D a UN officer was heard saying.\n\n"
        "\xE2\x80\x9CMove it behind the tree,\xE2\x80\x9D one Tarsian commander is heard telling "
        "the officers.\n";
    static const want_t want[] = {
        {"After the message I released", "Ivo Lind", PER, 0, NULL},
        {"They are loading weapons", "UN officer", TTL, 0, NULL},
        {"Move it behind the tree", "Tarsian commander", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A soldier and a peacekeeper are roles, as an officer is: "a peacekeeper told reporters",
 * "one Tarsian soldier is heard telling". Found on round Y (YD: a UN peacekeeper and a
 * Lebanese soldier in a video, no speaker given). */
static void soldiers_and_peacekeepers_are_roles(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThey are loading weapons,\xE2\x80\x9D a peacekeeper told reporters.\n\n"
        "\xE2\x80\x9CMove it behind the tree,\xE2\x80\x9D one Tarsian soldier is heard telling "
        "the officers.\n";
    static const want_t want[] = {
        {"They are loading weapons", "peacekeeper", TTL, 0, NULL},
        {"Move it behind the tree", "Tarsian soldier", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* Two bodies of one head word in lower case are two bodies: "the defence ministry" after "the
 * foreign ministry" is another ministry, and "the ministry" alone is the one that spoke last.
 * Seen on round Y's passages (YA: a state border service after a foreign ministry). */
static void a_modifier_tells_two_bodies_apart(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CShots were fired at night,\xE2\x80\x9D the foreign ministry said.\n\n"
        "\xE2\x80\x9CWe saw no shots,\xE2\x80\x9D the defence ministry said.\n\n"
        "\xE2\x80\x9CThe troops stayed in their barracks,\xE2\x80\x9D the ministry added.\n\n"
        "\xE2\x80\x9CTalks will go on,\xE2\x80\x9D the foreign ministry said later.\n";
    static const want_t want[] = {
        {"Shots were fired at night", "foreign ministry", ORG, 0, NULL},
        {"We saw no shots", "defence ministry", ORG, 0, NULL},
        {"The troops stayed", "defence ministry", ORG, 0, NULL},
        {"Talks will go on", "foreign ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "The Hungarian leader" is the Hungarian head of state or government named just before,
 * whatever his title was: a leader's office (rules list leading_offices) is what "leader"
 * describes, as no minister's is. Found on round Y (YB: Orban's "peace mission" given to a
 * nameless "Hungarian leader"). */
static void a_nations_leader_is_its_head_named_before(void **state)
{
    (void)state;
    static const char text[] =
        "Hungarian Prime Minister Ivo Lind met Russian President Tomas Berg in Moscow, in what "
        "the Hungarian leader called a \xE2\x80\x9Cpeace mission,\xE2\x80\x9D while others "
        "disagreed.\n\n"
        "\xE2\x80\x9CWe welcome every effort,\xE2\x80\x9D the Russian leader said.\n\n"
        "Russian Foreign Minister Oleg Varn met him later.\n\n"
        "\xE2\x80\x9CWe will talk again,\xE2\x80\x9D the Russian leader said.\n";
    static const want_t want[] = {
        {"peace mission,", "Ivo Lind", TTL, 0, NULL},
        {"We welcome every effort,", "Tomas Berg", TTL, 0, NULL},
        {"We will talk again,", "Tomas Berg", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "The envoy" is the ambassador named before, as journalists vary the word (a role alias).
 * Found on round Y (YC: the Philippine ambassador's words given to a nameless "envoy"). */
static void an_envoy_is_the_ambassador(void **state)
{
    (void)state;
    static const char text[] =
        "The two leaders agreed to keep talking, Vantian Ambassador to Tarsia Ivo Lind said.\n\n"
        "\xE2\x80\x9CIt was no rebuff at all,\xE2\x80\x9D the envoy told reporters.\n";
    static const want_t want[] = {
        {"It was no rebuff at all,", "Ivo Lind", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* News names a leader first and gives the title after: before anyone has spoken, a bare
 * title that no one named holds ("The president said") is the person of no known office who
 * opened the sentence before, also after a lead that gave the title alone ("Vantia's
 * president has taken aim at ..."). Found on round Y (YC: five quotations of Yudhoyono's given
 * to a nameless "president"). */
static void a_title_after_the_name_that_opened_the_sentence_before(void **state)
{
    (void)state;
    static const char text[] =
        "Vantia's president has taken aim at Tarsia over the spying claims.\n\n"
        "Ivo Lind used Twitter to voice his displeasure over the claims.\n\n"
        "The president said on Tuesday his government had \xE2\x80\x9Cprotested "
        "loudly\xE2\x80\x9D to Tarsia.\n\n"
        "\xE2\x80\x9CWe will revisit our cooperation,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"protested loudly", "Ivo Lind", TTL, 0, NULL},
        {"We will revisit our cooperation,", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A name that ends in "Street" is an office's address ("Downing Street", "Wall Street"), an
 * organization, never a person who names the nameless MEP quoted before. Found on round Y
 * (YB: a French MEP's words given to Downing Street). */
static void a_street_is_no_person(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x98Our fishermen need to keep working,\xE2\x80\x99 says French MEP\n\n"
        "The government sent two ships to the island on Wednesday.\n\n"
        "While Downing Street stressed \xE2\x80\x9Cthe urgent need for talks\xE2\x80\x9D, the "
        "move raised tensions.\n";
    static const want_t want[] = {
        {"Our fishermen need to keep working,", "French MEP", TTL, 0, NULL},
        {"the urgent need for talks", "Downing Street", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "of the" joins a body's or a state's capitalized name to the name after it, as "of" does:
 * "the Armed Forces of the Philippines", "the Ministry of the Interior", "Democratic Republic
 * of the Congo ambassador X". Found on rounds Y (YC: the Philippine military's words given to
 * no one) and Z (ZC: a Congolese ambassador's). */
static void of_the_joins_a_bodys_name(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe acted within the law,\xE2\x80\x9D the Ministry of the Interior said.\n\n"
        "\xE2\x80\x9CWe will respond,\xE2\x80\x9D the Armed Forces of the Philippines said in a "
        "statement.\n\n"
        "The Armed Forces of the Philippines said: \xE2\x80\x9CWe will not leave.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe appeal for calm,\xE2\x80\x9D Democratic Republic of the Congo ambassador "
        "Bene Mpoko told reporters.\n";
    static const want_t want[] = {
        {"We acted within the law,", "Ministry of the Interior", ORG, 0, NULL},
        {"We will respond,", "Armed Forces of the Philippines", ORG, 0, NULL},
        {"We will not leave.", "Armed Forces of the Philippines", ORG, 0, NULL},
        {"We appeal for calm,", "Bene Mpoko", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A nation's adjective before a noun ("The Russian drones") opens a sentence with no body of
 * its own: the next "it said" is the ministry that spoke of them. Found on round Y (YB: the
 * Russian defence ministry's words given to "Russian"). */
static void a_nations_adjective_opens_no_body(void **state)
{
    (void)state;
    static const char text[] =
        "Russia's defence ministry said its drones had attacked targets in the west.\n\n"
        "The Russian drones \"which allegedly crossed the border\" had a short range, it "
        "said.\n";
    static const want_t want[] = {
        {"which allegedly crossed the border", "Russia's defence ministry", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "State" before a body's head, or before one word and the head, is a title's word, no verb:
 * "the Kyrgyz state border service said" is the service, named in full. Found on round Y
 * (YA: three quotations given to a bare "service"). */
static void state_before_a_bodys_head(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CShots were fired at night,\xE2\x80\x9D the Kyrgyz state border service "
        "said.\n\n"
        "\xE2\x80\x9CSmall arms were used,\xE2\x80\x9D the state border service added.\n\n"
        "\xE2\x80\x9CThe claims are false,\xE2\x80\x9D the Vantian state broadcaster said.\n";
    static const want_t want[] = {
        {"Shots were fired at night,", "Kyrgyz state border service", ORG, 0, NULL},
        {"Small arms were used,", "Kyrgyz state border service", ORG, 0, NULL},
        {"The claims are false,", "Vantian state broadcaster", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* Border guards speak as a body, as a guard or the forces do: "said the Tajik border guards".
 * Found on round Y (YA: the Tajik border guards' words given to "Tajik"). */
static void border_guards_are_a_body(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThe other side opened fire again,\xE2\x80\x9D said the Tajik border "
        "guards.\n\n"
        "Kyrgyz border guards said: \xE2\x80\x9CThey fired first.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"The other side opened fire again,", "Tajik border guards", ORG, 0, NULL},
        {"They fired first.", "Kyrgyz border guards", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "X is said to have told", "X is believed to have said": the passive of a report before the
 * perfect infinitive of speech keeps its subject, the speaker. Found on round Y (YA: an
 * Indian minister's words given to no one). */
static void said_to_have_told_keeps_the_subject(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe will take all parties into account,\xE2\x80\x9D Ivo Lind is said to "
        "have told his counterpart.\n\n"
        "Oleg Varn is believed to have said: \xE2\x80\x9CWe agree.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We will take all parties into account,", "Ivo Lind", PER, 0, NULL},
        {"We agree.", "Oleg Varn", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "said a government official quoting Minister X": the words are the one quoted, relayed by
 * the one who said them. Found on round Y (YA: an Indian minister's words given to the
 * official who relayed them). */
static void said_an_official_quoting_a_minister(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe are trying to take everyone on board,\xE2\x80\x9D said a government "
        "official quoting Water Minister Ivo Lind on Monday.\n";
    static const want_t want[] = {
        {"We are trying to take everyone on board,", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A title's field may list names with commas and "and" ("the High Commissioner for Peace,
 * Legality and Coexistence", "Secretary for the Islands, the Antarctic and the South
 * Atlantic"): the apposition goes on to the comma after the list, and its last names are no
 * subject. Found on rounds Y (YD: a Colombian commissioner's words given to "Legality and
 * Coexistence") and Z (ZA: an Argentine secretary's, to "Antarctica and the South Atlantic"). */
static void a_fields_list_in_an_apposition(void **state)
{
    (void)state;
    static const char text[] =
        "During a news conference, Ivo Lind, the High Commissioner for Peace, Legality and "
        "Coexistence, said the decision was a \xE2\x80\x9C" "completely administrative\xE2\x80\x9D "
        "one.\n\n"
        "Mr Varn, taking up the post of Secretary for the Islands, the Antarctic and the South "
        "Atlantic, said: \xE2\x80\x9CWe keep our relations.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"completely administrative", "Ivo Lind", PER, 0, NULL},
        {"We keep our relations.", "Varn", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A member of a body is a role, as an officer is: "a UN peacekeeping force member said".
 * Found on round Y (YD: a peacekeeper's words in a video given to no one). */
static void a_member_is_a_role(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThey are loading weapons,\xE2\x80\x9D a UN peacekeeping force member was "
        "heard saying.\n";
    static const want_t want[] = {
        {"They are loading weapons,", "UN peacekeeping force member", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "X, chief of staff to Y told ...": an apposition that opens with a title and whose closing
 * comma was left out names X, the sentence's subject, whom the next "he said" means, not Y
 * after its preposition. Found on round Z (ZA: a Brazilian minister's words given to Macron,
 * who spoke before). */
static void a_titles_apposition_left_open(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe must respond,\xE2\x80\x9D said Tomas Berg.\n\n"
        "But Ivo Lind, chief of staff to the president told Berg to look after his own house, "
        "according to a news website.\n\n"
        "\xE2\x80\x9CWe appreciate it, but Europe needs it more,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"We must respond,", "Tomas Berg", PER, 0, NULL},
        {"We appreciate it", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A noun of speech after a quotation is no verb when a name and a past follow it ("“...”
 * remarks Lind made"): the name is the subject of its own verb, and the words are theirs who
 * "called" them so. Found on round Z (ZA: the Ecuadorian government's "very unfortunate"
 * given to the Mexican president it spoke of). */
static void remarks_a_name_made_is_no_attribution(void **state)
{
    (void)state;
    static const char text[] =
        "The envoy was expelled over what the government called \"very unfortunate\" remarks "
        "Ivo Lind made about the election.\n\n"
        "\xE2\x80\x9CWe will not give in,\xE2\x80\x9D remarks Oleg Varn in his column.\n";
    static const want_t want[] = {
        {"very unfortunate", "government", ORG, 0, NULL},
        {"We will not give in,", "Oleg Varn", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "an alliance of six former Soviet states": a plural after a name and its modifiers after a
 * preposition is a noun, as after an article, not the name stating. Found on round Z (ZB: two
 * quotations of Pashinyan's given to "Soviet"). */
static void states_after_a_preposition_is_a_noun(void **state)
{
    (void)state;
    static const char text[] =
        "Ivo Lind said that the pact, a military alliance of six former Soviet states, had "
        "\xE2\x80\x9Cnot fulfilled its obligations\xE2\x80\x9D towards Vantia.\n";
    static const want_t want[] = {
        {"not fulfilled its obligations", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "an unnamed official cited by Ynet charged that": the agent of a relaying participle before
 * the verb is who relays, the subject is the one relayed. Found on round Z (ZC: an Israeli
 * official's words given to the news site that cited him). */
static void cited_by_an_outlet_before_the_verb(void **state)
{
    (void)state;
    static const char text[] =
        "However, an unnamed official cited by Ynet charged that \xE2\x80\x9Cthe other side "
        "stretched all the terms.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"the other side stretched all the terms.", "unnamed official", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A quotation that opens its sentence and ends in a few lower-case words after a dash, with
 * no name or verb of speech (“...” — humanitarian as well as military.), is the speaker's
 * before, as one with no prose after it is. Found on round Z (ZB: a Pentagon spokesman's
 * words given to no one). */
static void a_gloss_after_a_dash_keeps_the_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "\"We have to step back,\" Ivo Lind said. \"That airfield has been very important "
        "for us\" \xE2\x80\x94 humanitarian as well as military.\n";
    static const want_t want[] = {
        {"We have to step back,", "Ivo Lind", PER, 0, NULL},
        {"That airfield has been", "Ivo Lind", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "X said that Tarsia's claims that it had ceased fire were “lies”": the quotation is what the
 * claims were called, after the that-clause of the noun has closed with its verb, so the
 * words are X's, not the claims' owner's. Found on round Z (ZB: Medvedev's "lies" given to
 * Georgia). */
static void a_claim_called_lies_after_its_clause(void **state)
{
    (void)state;
    static const char text[] =
        "Ivo Lind also said that Tarsia's claims that it had already ceased fire were "
        "\xE2\x80\x9Clies.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"lies.", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "X's comments came after President Y issued a stark warning to protesters that ... “shoot to
 * kill”": a noun of speech whose that-clause holds the quotation is the words of whoever
 * issued it, as a possessive owner's are, not of the sentence's subject. Found on round Z
 * (ZB: the Kazakh president's words given to Blinken). */
static void a_warning_issued_is_its_issuers(void **state)
{
    (void)state;
    static const char text[] =
        "Oleg Varn's comments came after President Ivo Lind issued a stark warning to "
        "protesters that he had given the police a green light to \xE2\x80\x9Cshoot to "
        "kill\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"shoot to kill", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "while the foreign minister made no statement, his spokesman X said ...": a document no one
 * issued ("made no statement", "did not issue a statement") makes no author and no speaker of
 * the subject, so the next "he told reporters" is the spokesman's. Found on round Z (ZB: a
 * Russian spokesman's words given to the minister who made no statement). */
static void no_statement_makes_no_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Oleg Varn and Tomas Berg had met earlier on Thursday, and while the foreign minister made "
        "no statement, his spokesman Ivo Lind said the position had not changed. \"We are "
        "against expansion,\" he told reporters.\n";
    static const want_t want[] = {
        {"We are against expansion,", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* Of two holders of a bare title, one named after a preposition in the sentence that the
 * other opened ("Lind sought support, speaking by phone with Tarsian President Varn") is what
 * that sentence speaks of; "the president" next is the one who opened it. Found on round Z
 * (ZD: Trump's tweet given to Moon Jae-in). */
static void a_title_for_the_subject_not_the_one_met(void **state)
{
    (void)state;
    static const char text[] =
        "President Ivo Lind and his team projected confidence on Monday.\n\n"
        "On his final day before the summit, Lind sought support from allies, speaking by phone "
        "with Tarsian President Oleg Varn. The president, who also met the prime minister, "
        "voiced optimism in a morning post: \xE2\x80\x9CGreat to be here!\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Great to be here!", "Ivo Lind", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A sentence adverb that opens the sentence before a comma ("Separately, ...", "Ahead of the
 * talks, ...") is no name: the subject comes after the comma. Found on round AA (AD: "Ahead"
 * given four quotations of Albanese's, "Separately" one of Zhao Lijian's). */
static void an_opening_adverb_is_no_name(void **state)
{
    (void)state;
    static const char text[] =
        "Separately, the ministry spokesman called on Tarsia to \xE2\x80\x9C" "change its "
        "course\xE2\x80\x9D after the vote.\n\n"
        "Ahead of the talks, Ivo Lind \xE2\x80\x94 the first leader to visit in years "
        "\xE2\x80\x94 said he saw \xE2\x80\x9Cpromising signs\xE2\x80\x9D of progress.\n";
    static const want_t want[] = {
        {"change its course", "ministry spokesman", TTL, 0, NULL},
        {"promising signs", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A relative clause that holds a quotation ("The chairperson, who had likened Tarsia to a
 * “sinking ship”, also urged Tarsians “to ...”") ends before the verb: its subject is the
 * one before ", who", not the verb's object read as an inverted speaker (the likeness itself
 * reads as a term, as before). Found on round AA (AC: three quotations of the Zambian
 * president's given to "Zimbabweans"). */
static void a_quotation_in_a_relative_clause_before_the_verb(void **state)
{
    (void)state;
    static const char text[] =
        "The incoming chairperson, who had previously likened Tarsia to a \xE2\x80\x9Csinking "
        "ship\xE2\x80\x9D, also urged Tarsians \xE2\x80\x9Cto retain unity\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"sinking ship", "", NON, TERM, NULL},
        {"to retain unity", "incoming chairperson", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "VP" is a vice president, as "PM" is a prime minister: "the Venezuelan VP" is the Venezuelan
 * Vice President named before. Found on round AA (AD: Delcy Rodríguez's words given to a
 * nameless "Venezuelan VP"). */
static void a_vp_is_a_vice_president(void **state)
{
    (void)state;
    static const char text[] =
        "Venezuelan Vice President Ivo Lind filed a document before the court.\n\n"
        "The Venezuelan VP said the accord was \xE2\x80\x9Cthe only possible legal "
        "path\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"the only possible legal path", "Ivo Lind", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "An official message from X to King Y said": a document from its author to someone is the
 * author's, the one it was sent to no speaker. Found on round ZE-ZH (ZF: Macron's message to
 * the Moroccan king given to no one). */
static void a_message_from_one_to_another(void **state)
{
    (void)state;
    static const char text[] =
        "An official message from Ivo Lind to King Oleg Varn said that \xE2\x80\x9Cthe future "
        "lies within the framework\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"the future lies within the framework", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "The North Korean added": a nationality with its article and no noun is the person of that
 * nation who spoke last or was named last, as "the North Korean delegate" would be; no person
 * named "North Korean". Found on round ZE-ZH (ZH: the North Korean delegate's words given to
 * "North Korean"). */
static void the_nationality_alone_is_its_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "South Korea's Unification Minister Oleg Varn and North Korea's chief delegate Ivo Lind "
        "met on Monday.\n\n"
        "\xE2\x80\x9CThis is a grave problem,\xE2\x80\x9D Lind said.\n\n"
        "\xE2\x80\x9CTrust and respect will drive our ties,\xE2\x80\x9D the North Korean "
        "added.\n";
    static const want_t want[] = {
        {"This is a grave problem,", "Ivo Lind", PER, 0, NULL},
        /* (the mention reads as a place's name; the speaker is the person) */
        {"Trust and respect", "Ivo Lind", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "According to the Estonian intelligence report": a document that a nation's adjective describes
 * is the last speaker's only when that speaker serves the same nation; the Latvian minister who
 * spoke last did not write it, and it speaks in its own name. Found on round ZI-ZL (ZI: a
 * Lithuanian intelligence report's words given to Belarus' foreign minister). */
static void a_document_of_another_nation_speaks_for_itself(void **state)
{
    (void)state;
    static const char text[] =
        "Latvia's foreign minister Ivo Lind has said that the drills \xE2\x80\x9Cwill be "
        "defensive\xE2\x80\x9D.\n\n"
        "According to the Estonian intelligence report, however, \xE2\x80\x9Cthe real number "
        "of troops will exceed the stated one\xE2\x80\x9D.\n\n"
        "Estonian Foreign Minister Oleg Varn said \xE2\x80\x9Cwe are calm\xE2\x80\x9D.\n\n"
        "\xE2\x80\x9CWe will watch the border,\xE2\x80\x9D the Estonian statement said.\n";
    static const want_t want[] = {
        {"will be defensive", "Ivo Lind", PER, 0, NULL},
        {"the real number of troops", "Estonian intelligence report", ORG, 0, NULL},
        {"we are calm", "Oleg Varn", PER, 0, NULL},
        /* (the same nation's statement is its minister's, who spoke last) */
        {"We will watch the border,", "Oleg Varn", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "X on his part stated that ...": "on his part", as translations write "for his part", stands
 * between a subject and its verb. Found on round ZI-ZL (ZI: the Armenian minister's "must be
 * stopped" not reported at all). */
static void on_his_part_before_the_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Ivo Lind on his part stated that fighting in Lodo \xE2\x80\x9Cmust be "
        "stopped\xE2\x80\x9D and accused the other side of attacks.\n";
    static const want_t want[] = {
        {"must be stopped", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A headline's credit after a dash at its end, "Truce “not fully followed” in Lodo – Lind", as
 * agencies title their copy: the name after the last dash said the quoted words before it, as
 * after a colon ("...: Momen"). Found on round ZI-ZL (ZI: the Russian minister's words given
 * to a person named "Truce"). */
static void a_headline_credit_after_a_dash(void **state)
{
    (void)state;
    static const char text[] =
        "Vanta: Truce \xE2\x80\x9Cnot fully followed\xE2\x80\x9D in Lodo \xE2\x80\x93 "
        "Lind\n\n"
        "Foreign Minister Ivo Lind met his counterpart in Vanta on Monday.\n";
    static const want_t want[] = {
        {"not fully followed", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Lodo had demanded airplanes for “commercial purposes,” which is not consistent with the act,
 * Wu said": a relative clause on the quoted words (or two) stands between them and their
 * credit, which still names who said them. Found on round ZI-ZL (ZJ: the Taiwanese minister's
 * words given to the country he spoke of). */
static void a_relative_clause_before_the_credit(void **state)
{
    (void)state;
    static const char text[] =
        "Lodo had demanded that Vanta help it acquire airplanes for \xE2\x80\x9C" "commercial "
        "purposes,\xE2\x80\x9D which is not consistent with the spirit of the act, which aims to "
        "build roads, Ivo Lind said.\n";
    static const want_t want[] = {
        {"commercial purposes,", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” foreign ministry spokesperson said": a title in lower case with its article dropped,
 * as translations write it, is as definite as "the foreign ministry spokesperson" (and as
 * "Foreign Ministry spokeswoman noted"): the holder named before. Found on round ZI-ZL (ZJ:
 * the Vietnamese spokesperson's words given to a nameless one). */
static void a_lower_case_title_without_its_article(void **state)
{
    (void)state;
    static const char text[] =
        "The statement was made by Vantan foreign ministry spokesperson Ivo Lind on "
        "Thursday.\n\n"
        "\xE2\x80\x9CLodo has no basis for its claims,\xE2\x80\x9D foreign ministry "
        "spokesperson said.\n";
    static const want_t want[] = {
        {"Lodo has no basis", "Ivo Lind", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Hong Kong's government", "Emmanuel Macron's office": an owner of two capitalized words the
 * rules do not know, before a body, is the whole name, not its last word ("Kong's
 * government"). Found on round ZI-ZL (ZJ, ZL: the printed speaker cut). */
static void a_two_word_owner_before_a_body(void **state)
{
    (void)state;
    static const char text[] =
        "Lodo Vanta\xE2\x80\x99s government expressed its \xE2\x80\x9Cutmost "
        "anger\xE2\x80\x9D at the decision.\n\n"
        "Ivo Lind's office called it \xE2\x80\x9C" "an illicit act\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"utmost anger", "Lodo Vanta\xE2\x80\x99s government", ORG, 0, NULL},
        {"an illicit act", "Ivo Lind's office", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "Angry Kenyan fishermen protested": a capitalized word and a nation's adjective before a noun
 * in lower case describe the noun; no person is named "Angry Kenyan", and the "he" after is
 * the person who spoke before. Found on round ZI-ZL (ZK: the vice president's words given to
 * "Angry Kenyan"). */
static void a_nationality_before_a_noun_is_no_name(void **state)
{
    (void)state;
    static const char text[] =
        "Vice-President Ivo Lind joined the debate and declared that the island was in "
        "Vanta.\n\n"
        "Angry Latvian fishermen on the island bitterly protested at the arrests.\n\n"
        "He said the island was in Vanta, adding, everybody \xE2\x80\x9Cknows this "
        "fact\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"knows this fact", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "The incident occurred as X joined the debate and declared that ...": the second of two
 * joined verbs in a clause opened by "as" has that clause's subject, when the sentence's own
 * subject is no one; the "he" after is X. Found on round ZI-ZL (ZK: the vice president's
 * words given to the man quoted before him). */
static void joined_verbs_in_a_subordinate_clause(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe want help now,\xE2\x80\x9D Mr Oleg Varn said.\n\n"
        "The incident occurred as Vice-President Ivo Lind joined the debate and declared that "
        "the island was in Vanta.\n\n"
        "He said the island was in Vanta, adding, everybody \xE2\x80\x9Cknows this "
        "fact\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"We want help now,", "Oleg Varn", PER, 0, NULL},
        {"knows this fact", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "The president's measures include “enhanced” inspections": a title in the possessive is as
 * bare as "the president", so of two presidents it means the one who spoke last and opened
 * a sentence since, not the one named last in passing. Found on round ZI-ZL (ZL: three
 * quotations of the US president given to the Colombian one he spoke of). */
static void a_bare_title_in_the_possessive(void **state)
{
    (void)state;
    static const char text[] =
        "Lind has announced measures against Vanta after the country\xE2\x80\x99s president "
        "Oleg Varn denied entry to two flights. Speaking on his account, President Lind said "
        "that Varn \xE2\x80\x9Cjeopardized our security\xE2\x80\x9D. The "
        "president\xE2\x80\x99s measures include \xE2\x80\x9C" "enhanced\xE2\x80\x9D "
        "inspections of cargo. \xE2\x80\x9CThese measures are just the "
        "beginning,\xE2\x80\x9D the president wrote.\n";
    static const want_t want[] = {
        {"jeopardized our security", "Lind", PER, 0, NULL},
        {"enhanced", "Lind", TTL, 0, NULL},
        {"These measures are just", "Lind", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Those proposals must “respect the institutional architecture” of the bloc.": quoted words in a
 * sentence that has no reporting verb and names no one who said them go on from the speaker
 * quoted in the sentence before, whose report the sentence continues (not from a headline's,
 * nor after a sentence that quotes no one: headline_name_colon_quote,
 * bulleted_lists_and_owned_ministries). Found on round ZI-ZL (ZL: a speech's words given to no
 * one) and on the rounds before (nine quotations in all). */
static void unattributed_words_go_on_from_the_last_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Talks on the reform of the bloc opened in Lodo on Monday.\n\n"
        "\xE2\x80\x9CWe are ready to listen,\xE2\x80\x9D Ivo Lind told reporters.\n\n"
        "Those proposals must \xE2\x80\x9Crespect the institutional architecture and "
        "integrity\xE2\x80\x9D of the bloc.\n";
    static const want_t want[] = {
        {"We are ready to listen,", "Ivo Lind", PER, 0, NULL},
        /* (no mention names him in the sentence) */
        {"respect the institutional", "Ivo Lind", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "In a rapid response Mr Lind said “...”": an honorific takes no lower-case modifiers before
 * it, so the opening phrase ("a rapid response", "the talks") is no part of the name, and the
 * name after it is the subject, not a preposition's object. Found on round W (WA: the Russian
 * president's words given to no one), read again in stop 38. */
static void an_honorific_after_an_opening_phrase(void **state)
{
    (void)state;
    static const char text[] =
        "In a rapid response Mr Ivo Lind said \xE2\x80\x9Che could not understand the "
        "verdict\xE2\x80\x9D.\n\n"
        "During the talks Ms Mara Quill said \xE2\x80\x9Cit is dangerous\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"he could not understand", "Ivo Lind", PER, 0, NULL},
        {"it is dangerous", "Mara Quill", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "In Lodo President Ivo Lind said “...”", the opening phrase's comma left out: the place after
 * the sentence's first preposition is its object, and the title and name after it the
 * subject (before, the whole was read as one name after "in", a place, and no one spoke).
 * Found while reading round W's misses in stop 38; no round has it. */
static void a_place_then_a_title_after_an_opening_preposition(void **state)
{
    (void)state;
    static const char text[] =
        "In Moscow President Ivo Lind said \xE2\x80\x9Cit is dangerous\xE2\x80\x9D.\n\n"
        "In Moscow Ms Mara Quill said \xE2\x80\x9Cwe disagree\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"it is dangerous", "Ivo Lind", PER, 0, NULL},
        {"we disagree", "Mara Quill", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” an official who asked not to be named said": a relative clause with no commas of its
 * own between a subject after the quotation and its verb; the one before "who" said it.
 * Found on round T (TD: an Asian delegate's words given to no one), read again in stop 38. */
static void a_relative_clause_without_commas_before_the_verb(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CIt is moving very slowly,\xE2\x80\x9D an Asian delegate who was "
        "attending the closed-door talks told Reuters.\n\n"
        "\xE2\x80\x9CWe will stay past midnight,\xE2\x80\x9D an official who asked not to "
        "be named said.\n";
    static const want_t want[] = {
        {"It is moving very slowly,", "Asian delegate", TTL, 0, NULL},
        {"We will stay past midnight,", "official", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "These sanctions reveal Vanta's “hostile” policies, said Ivo Lind": the verb before the words
 * has no one for a subject ("These sanctions reveal"); the reporting verb set off by a comma
 * later in the sentence credits them. Found reading round P's misses in stop 38 (PC: the
 * Iranian spokesman's word given to no one). */
static void a_later_credit_after_a_subject_that_is_no_one(void **state)
{
    (void)state;
    static const char text[] =
        "These sanctions further reveal Vanta's \xE2\x80\x9Chostile\xE2\x80\x9D policies "
        "towards Lodo, said Ivo Lind, but added they were doomed to fail.\n";
    static const want_t want[] = {
        {"hostile", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” one of the sources said", "said one of the diplomats": one unnamed person of a group
 * that a plural title gives, a mention of its own from "one" on (before, "of" made the
 * plural a preposition's object and no one spoke). Found reading round O's misses in stop 38
 * (OB: a Pakistani source's words given to no one). */
static void one_of_a_group_speaks(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CNo compromise is possible on our core demands,\xE2\x80\x9D one of the "
        "officials said.\n\n"
        "\xE2\x80\x9CThe talks will go on,\xE2\x80\x9D said one of the diplomats.\n";
    static const want_t want[] = {
        {"No compromise is possible", "one of the officials", TTL, 0, NULL},
        {"The talks will go on,", "one of the diplomats", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "said Vice President and acting head of state Ivo Lind": two offices of one person joined by
 * "and", the second in lower case ("head of state", whose "state" is also a verb's lemma),
 * then the name. Found reading round Q's misses in stop 38 (QD: the acting head of state's
 * words given to the president abroad). */
static void two_offices_the_second_in_lower_case(void **state)
{
    (void)state;
    static const char text[] =
        "President Oleg Varn was abroad.\n\n"
        "\xE2\x80\x9CWe are filing complaints,\xE2\x80\x9D said Vice President and acting "
        "head of state Ivo Lind, on Wednesday.\n";
    static const want_t want[] = {
        {"We are filing complaints,", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...”, the spokesman.": a credit with its verb dropped that is the whole rest of the sentence
 * (the comma inside the marks or after them) names who said the words. Found reading round
 * R's misses in stop 38 (RC: the envoy's spokesman's words given to the envoy). */
static void a_credit_that_ends_the_sentence(void **state)
{
    (void)state;
    static const char text[] =
        "Spokesman Ivo Lind spoke on Monday.\n\n"
        "\xE2\x80\x9CThe parties must lay down their arms\xE2\x80\x9D, the spokesman.\n\n"
        "\xE2\x80\x9CWe will take it from there,\xE2\x80\x9D the spokesman.\n";
    static const want_t want[] = {
        {"The parties must lay down", "Ivo Lind", TTL, 0, NULL},
        {"We will take it from there,", "Ivo Lind", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Ivo Lind, the foreign minister, said ... Earlier, the US president had confirmed ...,
 * saying “...”": an office that leads a country, described by a nation, is no epithet for the
 * last speaker when that speaker holds another office; it is someone the article has not
 * named as president. Found on round ZE-ZH (ZE: the US president's words given to the German
 * foreign minister), mended in stop 38 (stop 37 had tried a broader rule and lost seven). */
static void a_leading_office_is_no_epithet_for_another(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThe presence of the troops is important,\xE2\x80\x9D Ivo Lind, the "
        "foreign minister, said on Tuesday.\n\n"
        "Earlier this week, the US president had confirmed his intention, saying "
        "\xE2\x80\x9Cwe are protecting them and they are delinquent\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"The presence of the troops", "Ivo Lind", PER, 0, NULL},
        {"we are protecting them", "US president", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Mara Quill has expelled ... The Prime Minister said ...": before anyone has spoken, a bare
 * title no one named holds is the person of no known office who opened a sentence just
 * before, a title in capitals as one in lower case ("The president said"). Found on round
 * ZM-ZP (ZM: the British prime minister's words given to a nameless "Prime Minister"). */
static void a_capitalized_title_before_anyone_spoke(void **state)
{
    (void)state;
    static const char text[] =
        "Mara Quill expels diplomats\n\n"
        "Mara Quill has expelled 23 diplomats in response to the poisoning.\n\n"
        "The Prime Minister said that contacts were suspended.\n\n"
        "The PM told MPs that it was \xE2\x80\x9Cnot in our national interest to break off all "
        "dialogue\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"not in our national interest", "Mara Quill", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "the presidential spokeswoman said “...”", then "national security spokesman Ivo Lind told
 * reporters": the word's male form ("spokesman", "chairman") does not name a holder the article
 * introduced as "the spokeswoman"; Lind is someone else, and her words stay hers. Found on
 * round ZM-ZP (ZP: the Brazilian spokeswoman's words given to the US spokesman, and his to the
 * Brazilian president); a "spokeswoman" with her name still names her. */
static void a_male_form_does_not_name_the_spokeswoman(void **state)
{
    (void)state;
    static const char text[] =
        "Asked about the meeting, the presidential spokeswoman said \xE2\x80\x9Cthere is still "
        "nothing planned\xE2\x80\x9D.\n\n"
        "National security spokesman Ivo Lind told reporters that the visit was on.\n\n"
        "\xE2\x80\x9CI am not aware of that,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"there is still nothing planned", "presidential spokeswoman", TTL, 0, NULL},
        {"I am not aware of that,", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
    static const char named[] =
        "Asked about the meeting, the presidential spokeswoman said \xE2\x80\x9Cthere is still "
        "nothing planned\xE2\x80\x9D.\n\n"
        "Presidential spokeswoman Mara Quill later added that \xE2\x80\x9Cnothing is "
        "decided\xE2\x80\x9D.\n";
    static const want_t want_named[] = {
        {"there is still nothing planned", "Mara Quill", TTL, 0, NULL},
        {"nothing is decided", "Mara Quill", PER, 0, NULL},
    };
    CHECK(named, want_named);
}

/* "Minister of State for Foreign Affairs and Regional Co-operation Ivo Lind": "co-operation",
 * spelled with its hyphen as British and African copy does, is a title's field as
 * "cooperation" is, and no part of the holder's name. Found on round ZM-ZP (ZP: the
 * Ugandan minister printed as "Regional Co-operation Isaac Isanga Musumba"). */
static void a_field_spelled_with_a_hyphen(void **state)
{
    (void)state;
    static const char text[] =
        "Vanta\xE2\x80\x99s Minister of State for Foreign Affairs and Regional Co-operation Ivo "
        "Lind said \xE2\x80\x9Cthe island is ours\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"the island is ours", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” the deputy leader of the ruling Social Democrats, Mara Quill, said": the name after a
 * title's "of" (a modifier between, "ruling") is the party it leads, and the name between the
 * commas is the person who spoke; not "after X, leader of Y, said", whose X speaks. Found on
 * round ZM-ZP (ZM: the German deputy's words given to "Social Democrats"). */
static void a_party_after_a_titles_of_with_a_modifier(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CIt casts doubt on the trust between us,\xE2\x80\x9D the deputy leader of "
        "the parliamentary group of the ruling Social Democrats, Mara Quill, said.\n\n"
        "It came days after Ivo Lind, leader of breakaway South Lodo, said they would raise "
        "\xE2\x80\x9Cterritorial claims\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"It casts doubt on the trust", "Mara Quill", PER, 0, NULL},
        {"territorial claims", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "The Chairman of the Committee, Rep Mara Quill, ... She said ... the lawmaker said it was
 * “...”": "lawmaker" and "legislator", as "official" and "diplomat", are roles any member
 * holds, and name the last speaker whatever her title. Found on round ZM-ZP (ZP: the
 * Nigerian committee chair's words given to a nameless "lawmaker"). */
static void a_lawmaker_is_the_member_who_spoke(void **state)
{
    (void)state;
    static const char text[] =
        "The Chairman of the Committee, Rep Mara Quill, disclosed this in an interview.\n\n"
        "She said the committee was worried by the attacks.\n\n"
        "Referring to the deportations, the lawmaker said it was another height of "
        "\xE2\x80\x9Cinsult and indignation\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"insult and indignation", "Mara Quill", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "The UN peacekeeping mission in Lodo, VANFOR, has welcomed ..., saying it will “...”": a body
 * described by a common noun and the place it is in gives way to its proper name after the
 * comma, as without the place; a title's place still does not ("a spokesman at the
 * headquarters in Mons, Belgium, said" is the spokesman). Found on round ZM-ZP (ZN). */
static void a_described_body_in_a_place_gives_way_to_its_name(void **state)
{
    (void)state;
    static const char text[] =
        "The UN peacekeeping mission in Lodo, VANFOR, has welcomed the ceasefire, saying it will "
        "\xE2\x80\x9C" "cooperate with all relevant partners\xE2\x80\x9D.\n\n"
        "\xE2\x80\x9CThere is no further obstacle,\xE2\x80\x9D a spokesman at the alliance's "
        "headquarters in Mons, Belgium, said.\n";
    static const want_t want[] = {
        {"cooperate with all relevant", "VANFOR", ORG, 0, NULL},
        {"There is no further obstacle", "spokesman", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Moscow Accuses Tbilisi of ‘Open Aggression’": a headline in Title Case that quotes after its
 * reporting verb quotes words said, by the words before the verb, though the quotation is in
 * Title Case as a name would be; a Title Case quotation with no verb before it is still a
 * name. Found reading the quotations of rounds M to ZP no one found (MC, OD, SD, XA, ZH: a
 * dozen headlines so written). */
static void a_headline_quotes_after_its_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Moscow Accuses Tbilisi of \xE2\x80\x98Open Aggression\xE2\x80\x99 in Ossetia\n\n"
        "Talks on the \xE2\x80\x98" "Deal of the Century\xE2\x80\x99 Resume in Lodo\n";
    static const want_t want[] = {
        {"Open Aggression", "Moscow", ORG, 0, NULL},
        {"Deal of the Century", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}

/* "urged Vanta to retract what it described as an “outright hostile” move": a phrase after "as a"
 * that modifies the noun after it quotes a characterization, not a term; "a “false flag”
 * operation" is still one. Found reading the quotations of round M no one found (MA). */
static void a_characterization_before_its_noun(void **state)
{
    (void)state;
    static const char text[] =
        "The Lodish Foreign Ministry urged Vanta to retract what it described as an "
        "\xE2\x80\x9Coutright hostile\xE2\x80\x9D move.\n\n"
        "Officials warned of a \xE2\x80\x9C" "false flag\xE2\x80\x9D operation.\n";
    static const want_t want[] = {
        {"outright hostile", "Lodish Foreign Ministry", PRO, 0, NULL}, /* ("it described") */
        {"false flag", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}

/* "X referred to Y as a “race-baiting politician”", "The statement referred to “potential
 * consequences”": "refer" reports words (words table), as "describe" and "call" do. Found
 * reading the quotations of rounds M to ZP given to no one or not found (UC, VA, VC, ZD, ZE,
 * ZF: six quotations). */
static void refer_reports_words(void **state)
{
    (void)state;
    static const char text[] =
        "Secretary of State Ivo Lind referred to Oleg Varn as a \xE2\x80\x9Crace-baiting "
        "politician\xE2\x80\x9D who is no longer welcome.\n\n"
        "The Vantan Foreign Ministry issued a statement on Monday. The statement referred to "
        "\xE2\x80\x9Cpotential consequences\xE2\x80\x9D for Lodo.\n";
    static const want_t want[] = {
        {"race-baiting politician", "Ivo Lind", PER, 0, NULL},
        {"potential consequences", "Vantan Foreign Ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "He appreciated the governments of Lodo and Vanta for “the deft and tactful diplomacy”": an
 * envoy's thanks report words as "praise" and "welcome" do ("appreciate" in the words table).
 * Found reading the quotations of rounds M to ZP no one found (YA, YC). */
static void appreciate_reports_words(void **state)
{
    (void)state;
    static const char text[] =
        "Ambassador Ivo Lind spoke to reporters.\n\n"
        "He appreciated the governments of Lodo and Vanta for \xE2\x80\x9Cthe deft and tactful "
        "diplomacy\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"the deft and tactful diplomacy", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "China views the pact as a “path of error and danger”", "X has justified the measure by an
 * alleged “witch hunt”", "invited the parties to “maximum restraint”", "attributed it to the
 * North's “strong demand”": view, justify, invite and attribute report words (words table).
 * Found reading the quotations of rounds M to ZP given to no one or not found (MD, NB, RB, RC:
 * six quotations). */
static void view_justify_invite_attribute_report_words(void **state)
{
    (void)state;
    static const char text[] =
        "China views the pact as a \xE2\x80\x9Cpath of error and danger\xE2\x80\x9D, with "
        "its media calling it a threat.\n\n"
        "President Ivo Lind has justified the measure in response to an alleged "
        "\xE2\x80\x9Cwitch hunt\xE2\x80\x9D against his ally.\n\n"
        "The United Nations invited the parties to \xE2\x80\x9Cmaximum restraint\xE2\x80\x9D "
        "after the attack.\n\n"
        "Minister Oleg Varn attributed it to the North's \xE2\x80\x9Cstrong "
        "demand\xE2\x80\x9D for talks.\n";
    static const want_t want[] = {
        {"path of error and danger", "China", ORG, 0, NULL},
        {"witch hunt", "Ivo Lind", PER, 0, NULL},
        {"maximum restraint", "United Nations", ORG, 0, NULL},
        {"strong demand", "Oleg Varn", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Beijing ‘Concerned’ About Petronas Exploration": a headline in Title Case that quotes right
 * after who said the words (no verb) quotes words said, as a headline in lower case does
 * ("Putin ‘ready for talks’"), though the quotation is in Title Case as a name would be.
 * Found reading the quotations of rounds M to ZP no one found (XC). */
static void a_headline_quotes_after_its_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Beijing \xE2\x80\x98" "Concerned\xE2\x80\x99 About Petronas Exploration\n\n"
        "China expressed concern on Monday about the drilling.\n";
    static const want_t want[] = {
        {"Concerned", "Beijing", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "Calling the truce a “significant contribution”, the mission urged ...", "Expressing its
 * ‘disappointment’, the ministry said": a reporting participle that opens the sentence,
 * capitalized, reports the words after it, though they stand where a noun goes; a scare-quoted
 * term after a noun's article is still one ("The “reset” failed"). Found reading the
 * quotations of rounds M to ZP no one found (TC, UD, YB, ZE, ZG: six quotations). */
static void an_opening_participle_reports_the_words(void **state)
{
    (void)state;
    static const char text[] =
        "Calling the truce a \xE2\x80\x9Csignificant contribution\xE2\x80\x9D, the mission "
        "urged the parties to respect it.\n\n"
        "The \xE2\x80\x9Creset\xE2\x80\x9D of relations failed long ago.\n";
    static const want_t want[] = {
        {"significant contribution", "mission", ORG, 0, NULL},
        {"reset", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}

/* "accused Lai of distorting history to promote what he called “Taiwan independence”
 * fallacies": words right after "called" that modify the noun after them quote a
 * characterization, not a term (the present "calls" names a thing: "what the union calls
 * “zero-hour” contracts"). Found reading the quotations of round R no one found (RB). */
static void words_after_called_before_a_noun(void **state)
{
    (void)state;
    static const char text[] =
        "Spokesman Ivo Lind accused Oleg Varn of distorting history to promote what he called "
        "\xE2\x80\x9CVantan independence\xE2\x80\x9D fallacies.\n\n"
        "The union opposes what it calls \xE2\x80\x9Czero-hour\xE2\x80\x9D contracts.\n";
    static const want_t want[] = {
        {"Vantan independence", "Ivo Lind", PRO, 0, NULL},
        {"zero-hour", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}

/* "Erdogan has several times accused Greece of “occupying” Aegean islands": "several times",
 * "many times", as "repeatedly", stands between the auxiliary and the verb, whose subject is
 * still the name before them. Found reading the quotations of round T no one found (TA). */
static void several_times_before_the_verb(void **state)
{
    (void)state;
    static const char text[] =
        "President Ivo Lind has several times accused Vanta of \xE2\x80\x9C" "occupying"
        "\xE2\x80\x9D the islands.\n";
    static const want_t want[] = {
        {"occupying", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...”, the Russian Foreign Ministry believes.": a verb of thought whose subject follows the
 * quotation and that ends the sentence credits it as "says" would; before the words it still
 * reports only what follows it at once. Found on round ZQ (a protest note's last words; the
 * comma after the closing mark closes the quotation as one inside it would). */
static void thought_verb_ending_the_credit(void **state)
{
    (void)state;
    static const char text[] =
        "\"This time the security of our envoys was attacked\", the Vantan Foreign Ministry "
        "believes.\n\n"
        "President Ivo Lind spoke of the border. The crossings would reopen soon, "
        "\"perhaps all of them\", he believed.\n";
    static const want_t want[] = {
        {"This time the security", "Vantan Foreign Ministry", ORG, 0, NULL},
        {"perhaps all of them", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "Speaking at a separate news conference, head of the Ukrainian delegation Rustem Umerov
 * called the agreement “...”": a title, "of", a body whose head word is in lower case and then
 * the name, with no comma, is the person named, as "Spokesperson for the Foreign Ministry
 * Maria Lind" is; the title alone was read as the speaker. Found on round ZQ. */
static void name_after_a_lower_case_body(void **state)
{
    (void)state;
    static const char text[] =
        "Speaking in Istanbul, head of the Vantan delegation Ivo Lind called the deal "
        "\xE2\x80\x9Cthe key outcome of the meeting.\xE2\x80\x9D\n\n"
        "The spokesman of the defence ministry Oleg Varn said the talks were "
        "\xE2\x80\x9Cuseful\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"the key outcome", "Ivo Lind", PER, 0, NULL},
        {"useful", "Oleg Varn", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“This is an extremely dangerous step ... ” said Chinese Foreign Ministry spokeswoman Zhang
 * Qiyue.": a quotation that ends its sentence with a period, then a credit in lower case whose
 * verb is "said" or "says" (no "-ed" to show the past), is that quotation's credit, not the
 * speaker of the paragraph before. Found on round ZR. */
static void lower_case_said_after_a_closed_quotation(void **state)
{
    (void)state;
    static const char text[] =
        "Vanta blasted Tarsia's government on Tuesday.\n\n"
        "\"This is an extremely dangerous step ... \" said Foreign Ministry spokeswoman Ana Vell. "
        "\"It cannot be accepted.\"\n\n"
        "\"We will answer.\" says Oleg Varn.\n";
    static const want_t want[] = {
        {"This is an extremely", "Ana Vell", PER, 0, NULL},
        {"It cannot be accepted", "Ana Vell", NON, 0, NULL},
        {"We will answer", "Oleg Varn", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "The South Korean delegation claimed that Japan is “disrupting trade for political
 * purposes,” according to Seoul's trade ministry": a source given after the words relays them
 * when a verb before reports them, whoever the source is (an agency and the speaker's own
 * office were read so before; a ministry was taken for the speaker). Found on round ZR; one
 * quotation of round ZO ("..., according to the Daily Mirror") moved the same way. */
static void according_to_relays_a_reported_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "The Vantan delegation claimed that Tarsia is \xE2\x80\x9C" "disrupting trade\xE2\x80\x9D, "
        "according to Vanta's trade ministry.\n\n"
        "The border crossings were \xE2\x80\x9C" "fully closed\xE2\x80\x9D, according to the "
        "Tarsian interior ministry.\n";
    static const want_t want[] = {
        {"disrupting trade", "Vantan delegation", ORG, 0, NULL},
        {"fully closed", "Tarsian interior ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "Foreign Affairs Secretary Teodoro Locsin Jr. bared there were “huge” financial offers":
 * "bare", as Philippine papers write "reveal", reports words (words table). Found on round ZR. */
static void bared_reports_words(void **state)
{
    (void)state;
    static const char text[] =
        "On Monday, Foreign Affairs Secretary Ivo Lind Jr. bared there were \xE2\x80\x9Chuge"
        "\xE2\x80\x9D offers to drop the claim.\n";
    static const want_t want[] = {
        {"huge", "Ivo Lind Jr.", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "it's “one thing to say you'll cease violence ...”, CNA reported him saying": a form of
 * report, as of quote or cite, with its object and "(as) saying" gives that object the words,
 * not the outlet. Found on round ZR. */
static void reported_him_saying(void **state)
{
    (void)state;
    static const char text[] =
        "Prime Minister Ivo Lind spoke after the summit.\n\n"
        "It is \xE2\x80\x9Cone thing to promise a truce; another to keep it\xE2\x80\x9D, the "
        "Vanta Times reported him saying.\n\n"
        "The daily reported Oleg Varn as saying the border was \xE2\x80\x9Cquiet\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"one thing to promise", "Ivo Lind", PRO, 0, NULL},
        {"quiet", "Oleg Varn", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“Tehran accuses Kabul of violating an agreement ...” while Afghanistan denies the
 * accusations, France Inter said.": words that open the sentence, a clause joined after them
 * with a verb of its own, then a credit after a comma that ends the sentence: the credit's.
 * Found on round ZS. */
static void final_credit_after_a_joined_clause(void **state)
{
    (void)state;
    static const char text[] =
        "Vanta warned of a water crisis.\n\n"
        "\"Vanta accuses Tarsia of breaking the river treaty\" while Tarsia denies the charge, "
        "the Vanta Times said.\n";
    static const want_t want[] = {
        {"Vanta accuses Tarsia", "Vanta Times", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "An unnamed Pakistani security official told the Associated Press that ..., describing it as
 * a “dangerous precedent”": "unnamed", "unidentified" and "anonymous" are words of an unnamed
 * source's title, as "senior" is (words table); "unnamed" had been read as a verb whose object
 * was the official, and the words went to the spokesperson quoted before. Found on round ZS. */
static void unnamed_opens_a_sources_title(void **state)
{
    (void)state;
    static const char text[] =
        "Spokesperson Ana Vell said the strike was \xE2\x80\x9Cillegal.\xE2\x80\x9D\n\n"
        "An unnamed Vantan security official told the AP that Tarsia gave no warning, describing "
        "it as a \xE2\x80\x9C" "dangerous precedent\xE2\x80\x9D.\n\n"
        "An anonymous Vantan official said it was \xE2\x80\x9Cthe worst day\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"illegal", "Ana Vell", PER, 0, NULL},
        {"dangerous precedent", "unnamed Vantan security official", TTL, 0, NULL},
        {"the worst day", "anonymous Vantan official", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "After an unnamed EU official claimed the UK's position was a “fantasy” – prompting a
 * backlash – Mr Barnier stressed the need for realism. “We too want ...,” he said.": words
 * quoted in a clause that opens the sentence with "after" (or "when", "as") and has its own
 * reporting verb are that verb's subject's, not the main clause's subject named after the
 * comma or dash; and the main clause's subject, the sentence's centre, is the "he" that
 * follows. Found on rounds ZS and ZE. */
static void opening_clause_keeps_its_quotation(void **state)
{
    (void)state;
    static const char text[] =
        "After a senior Vantan official claimed the offer was a \xE2\x80\x9Cmirage\xE2\x80\x9D, "
        "Mr Varn stressed the need for realism.\n\n"
        "\xE2\x80\x9CWe want a deal,\xE2\x80\x9D he said.\n\n"
        "When an unnamed Tarsian official called the plan a \xE2\x80\x9C" "fantasy\xE2\x80\x9D "
        "\xE2\x80\x93 prompting a backlash \xE2\x80\x93 Mr Lind asked for calm.\n\n"
        "\xE2\x80\x9CWe want a better deal,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"mirage", "senior Vantan official", TTL, 0, NULL},
        {"We want a deal", "Varn", PRO, 0, NULL},
        {"fantasy", "unnamed Tarsian official", TTL, 0, NULL},
        {"We want a better deal", "Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” the two identical letters said": letters, as a letter, are a document that speaks
 * for whoever sent them (words table). Found on round ZS (the Syrian ministry's letters to the
 * UN). */
static void letters_speak_for_their_sender(void **state)
{
    (void)state;
    static const char text[] =
        "The Vantan foreign ministry sent two letters to the United Nations.\n\n"
        "\xE2\x80\x9CThis attack is one of many,\xE2\x80\x9D the two identical letters said.\n";
    static const want_t want[] = {
        {"This attack is one", "Vantan foreign ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "This comes after comments Friday from French Foreign Minister Jean-Yves Le Drian that
 * Mali's junta ... was “out of control,” reports CNN": when the comments were made may stand
 * between the noun of speech and its author's "from" or "by"; and the outlet that reports it
 * relays. Found on round ZT. */
static void a_time_before_the_author_of_comments(void **state)
{
    (void)state;
    static const char text[] =
        "This comes after comments Friday from Foreign Minister Ivo Lind that the junta was "
        "\xE2\x80\x9Cout of control,\xE2\x80\x9D reports CNN.\n\n"
        "It follows remarks on Monday by Oleg Varn that the talks were "
        "\xE2\x80\x9C" "dead.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"out of control", "Ivo Lind", PER, 0, NULL},
        {"dead", "Oleg Varn", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” said the government statement, reports France 24", after the French minister was
 * quoted: a body's word in lower case before the document's names its issuer, that body, not
 * whoever spoke last. Found on round ZT. */
static void a_bodys_word_names_the_documents_issuer(void **state)
{
    (void)state;
    static const char text[] =
        "This comes after comments from Foreign Minister Ivo Lind that the junta was "
        "\xE2\x80\x9Cout of control.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CThe ambassador was summoned,\xE2\x80\x9D said the government statement, "
        "reports France 24.\n";
    static const want_t want[] = {
        {"out of control", "Ivo Lind", PER, 0, NULL},
        {"The ambassador was summoned", "government", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "Leaders gathered at the 35th African Union Summit have condemned the “waves” of coups": a
 * title, a participle of where they are and the place or the event (an ordinal may follow its
 * article) is the title; the summit was read as the speaker. Found on round ZT. */
static void title_gathered_at_an_event(void **state)
{
    (void)state;
    static const char text[] =
        "Leaders gathered at the 35th Vantan Union Summit have condemned the "
        "\xE2\x80\x9Cwaves\xE2\x80\x9D of coups.\n";
    static const want_t want[] = {
        {"waves", "Leaders", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "India delivered a strong message to China that the “unprecedented” incident will have a
 * “serious impact” on the relationship": a document that speaks ("message", "note",
 * "letter") before the words says they are reported, as a noun of speech does, not terms.
 * Found reading the quotations of round ZO no rule found (three there; eleven in all in rounds
 * M to ZT, none of them a term). */
static void a_documents_words_are_no_terms(void **state)
{
    (void)state;
    static const char text[] =
        "Earlier in the day, the Vantan foreign ministry delivered a strong message to Tarsia "
        "that the \xE2\x80\x9Cunprecedented\xE2\x80\x9D incident will have a \xE2\x80\x9C" "serious "
        "impact\xE2\x80\x9D on ties.\n";
    static const want_t want[] = {
        {"unprecedented", "Vantan foreign ministry", ORG, 0, NULL},
        {"serious impact", "Vantan foreign ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "just days after a North Korean official ominously warned of a “Christmas gift” to the US":
 * adverbs may stand between the subject of a clause that "after" opens and its verb, as in a
 * main clause. Found on round VD. */
static void adverb_in_a_clause_after_after(void **state)
{
    (void)state;
    static const char text[] =
        "It comes days after a Vantan official ominously warned of a \xE2\x80\x9C" "big "
        "gift\xE2\x80\x9D to Tarsia.\n";
    static const want_t want[] = {
        {"big gift", "Vantan official", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* Media and what they publish: "Algerian state media said", "Japanese media reported" name an
 * organization that speaks ("media", words table); "A statement published by North Korean
 * state media said Pyongyang had begun an “intensive retaliatory campaign”" is the media's
 * statement ("published", a function word of the rules, is a participle before "by" as
 * "released" is); but "said the statement published by the state media New Global Light of
 * Myanmar" after the ministry spoke is the ministry's: the media only published it. And "the
 * head of the IDF's International Media Branch Jonathan Conricus" is Conricus ("branch", an
 * organization's word, ends the body's name). Found reading rounds M to ZT (four more
 * credited, one more found). */
static void media_speak_and_publish(void **state)
{
    (void)state;
    static const char text[] =
        "Vantan state media said the talks had failed over \xE2\x80\x9C" "dirty tricks.\xE2\x80\x9D\n\n"
        "The Tarsian foreign ministry said the bloc erred.\n\n"
        "\xE2\x80\x9CThe ministry urges the two members to stop,\xE2\x80\x9D said the "
        "statement published by the state media New Light of Tarsia.\n\n"
        "A statement published by the ministry said Vanta had begun an \xE2\x80\x9Cintensive "
        "campaign\xE2\x80\x9D in response.\n\n"
        "Armed men crossed into the zone \xE2\x80\x9C" "by a few meters\xE2\x80\x9D, said the "
        "head of the Vantan Army's International Media Branch Ivo Lind.\n";
    static const want_t want[] = {
        {"dirty tricks", "Vantan state media", ORG, 0, NULL},
        {"The ministry urges", "Tarsian foreign ministry", ORG, 0, NULL},
        {"intensive campaign", "Tarsian foreign ministry", ORG, 0, NULL},
        {"by a few meters", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“The SMM can support further co-ordination ...,” Yaşar Halit Çevik, Chief Monitor of the
 * OSCE Special Monitoring Mission to Ukraine, addressed the OSCE Permanent Council": words that
 * open the sentence and close with a comma, then a person named at once (and an apposition)
 * and a verb in the past that the rules do not know as one of speech, are that person's; and
 * "He noted" after is that person. Inside a sentence the name opens another clause ("Peru
 * declared the ambassador “persona non grata,” Paul Monroy gave him 72 hours"). Found on round
 * AA. */
static void a_person_and_a_past_verb_after_the_words(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThe mission can support talks,\xE2\x80\x9D Ivo Lind, chief of the Vantan "
        "mission, addressed the council on Thursday.\n\n"
        "He noted that \xE2\x80\x9Cwith will, results come.\xE2\x80\x9D\n\n"
        "Tarsia declared the envoy \xE2\x80\x9Cpersona non grata,\xE2\x80\x9D Oleg Varn gave "
        "him three days to leave.\n";
    static const want_t want[] = {
        {"The mission can support", "Ivo Lind", PER, 0, NULL},
        {"with will", "Ivo Lind", PRO, 0, NULL},
        {"persona non grata", "Tarsia", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” Abdullayeva cited the Azerbaijani president as saying. “...,” she stressed.": a
 * person who quotes another in a briefing goes on speaking after that sentence, the one quoted
 * keeping the words; an agency that quotes someone only relays, and the "he" after is the one
 * quoted. Found on round AA. */
static void a_person_who_cites_keeps_the_floor(void **state)
{
    (void)state;
    static const char text[] =
        "Spokeswoman Ana Vell spoke on Friday.\n\n"
        "\xE2\x80\x9CWe will answer any threat,\xE2\x80\x9D Vell cited the president as "
        "saying.\n\n"
        "\xE2\x80\x9CThis is no threat to anyone,\xE2\x80\x9D she stressed.\n\n"
        "\xE2\x80\x9CWe are calm,\xE2\x80\x9D the agency Vantapress quoted Oleg Varn as "
        "saying.\n\n"
        "\xE2\x80\x9C" "All is well,\xE2\x80\x9D he added.\n";
    static const want_t want[] = {
        {"We will answer", "president", TTL, 0, NULL},
        {"This is no threat", "Ana Vell", PRO, 0, NULL},
        {"We are calm", "Oleg Varn", PER, 0, NULL},
        {"All is well", "Oleg Varn", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "The Chinese FM Spokesperson said, they had strictly asked India to stop ...": a comma may
 * follow the reporting verb, as translated copy writes, and the clause after it is still what
 * the spokesperson reported ("they" asked nothing aloud); the quotation standing alone next is
 * the spokesperson's, not that of the military quoted before. Found on round AB. */
static void a_comma_after_the_reporting_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Ministry Spokesperson Ivo Lind said the area was theirs.\n\n"
        "The army alleged that troops \xE2\x80\x9Claunched attacks\xE2\x80\x9D.\n\n"
        "The Vantan FM Spokesperson said, they had asked Tarsia to stop.\n\n"
        "\xE2\x80\x9CWe ask Tarsia to stop at once.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"launched attacks", "army", ORG, 0, NULL},
        {"We ask Tarsia", "Ivo Lind", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "“... sanctions are a futile thing ...,” TASS reports his words.": an agency that reports
 * "his words" (or "her remarks") relays the one the pronoun means. Found on round AA. */
static void an_agency_reports_his_words(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Minister Ivo Lind spoke in Minsk.\n\n"
        "\xE2\x80\x9CSanctions are a futile thing,\xE2\x80\x9D TASS reports his words.\n";
    static const want_t want[] = {
        {"Sanctions are a futile", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "Kamilov met Muttaqi, who assured the Uzbek diplomat “of normalization of the situation,”
 * according to Abdul Qahar Balkhi, a spokesman": a verb in a relative clause is not the
 * sentence's report; the words are the account of the source given after them (a main
 * clause's verb keeps them: "The delegation claimed that ... “...,” according to the
 * ministry"). Found on round AA. */
static void according_to_after_a_relative_clause(void **state)
{
    (void)state;
    static const char text[] =
        "Ivo Lind met Oleg Varn, who assured the envoy \xE2\x80\x9Cof calm on the "
        "border,\xE2\x80\x9D according to Ana Vell, a spokeswoman.\n";
    static const want_t want[] = {
        {"of calm on the border", "Ana Vell", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "President Waheed's press secretary Masood Imad told PTI. ... the official Spokesperson of
 * the Ministry of External Affairs said in New Delhi that “...”": a title with a body of its
 * own after "of" is the body's, never someone's own spokesman, as "the police spokesperson"
 * is not. Found on round AB. */
static void a_bodys_spokesperson_is_no_ones_own(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CWe will go ahead,\xE2\x80\x9D President Vell's press secretary Ivo Lind "
        "told PTI.\n\n"
        "The official Spokesperson of the Ministry of External Affairs said in Delhi that "
        "\xE2\x80\x9Cwe are concerned over reports\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"We will go ahead", "Ivo Lind", PER, 0, NULL},
        {"we are concerned", "official Spokesperson of the Ministry of External Affairs", TTL, 0,
         NULL},
    };
    CHECK(text, want);
}

/* "The foreign ministry summoned Indian High Commissioner in Bangladesh Pranay Verma ...
 * the Indian envoy said ...": a High Commissioner is an envoy (the ambassador of one
 * Commonwealth country to another), posted "in" a country as a consul is, the name after the
 * post the holder's; "the Indian envoy" is him. Found on round AB. */
static void a_high_commissioner_is_an_envoy(void **state)
{
    (void)state;
    static const char text[] =
        "The ministry summoned Vantan High Commissioner in Tarsia Ivo Lind on Monday.\n\n"
        "Speaking after the meeting, the Vantan envoy said ties were strong.\n\n"
        "\xE2\x80\x9CWe are ready to engage.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We are ready", "Ivo Lind", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "Presiding Judge Abdulqawi Yusuf said that ... Chile had never bound itself to negotiations
 * ..., as Bolivia had argued. Accordingly “the court is unable to conclude ...”": a clause of
 * comparison after a comma inside the report ("as X had argued") names one who spoke before,
 * not now; the judge keeps the floor. Found on round AC. */
static void as_x_had_argued_is_inside_the_report(void **state)
{
    (void)state;
    static const char text[] =
        "Reading the decision, Judge Ivo Lind said that Chile had never bound itself to talks, "
        "as Bolivia had argued.\n\n"
        "Accordingly \xE2\x80\x9Cthe court is unable to conclude that Chile must "
        "negotiate.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"the court is unable", "Ivo Lind", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "The foreign ministers of Uruguay and Mexico read a joint statement that also highlights the
 * “concern” of both countries": a title in the plural, "of" and two names joined by "and" is
 * the title of both, not the second name alone. Found on round AC. */
static void a_plural_title_of_two_names(void **state)
{
    (void)state;
    static const char text[] =
        "The foreign ministers of Vanta and Tarsia read a statement that stresses the "
        "\xE2\x80\x9C" "concern\xE2\x80\x9D of both countries.\n";
    static const want_t want[] = {
        {"concern", "foreign ministers of Vanta and Tarsia", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "A statement from the Peruvian foreign ministry in Lima on Tuesday labeled Mexican Ambassador
 * Pablo Monroy as “persona non grata”": a document, as an organization or a title, may stand
 * before the named place it came from; a place in lower case is no such place ("hailed the
 * news about X's release in a social media post, describing it as “...”" is still the
 * subject's). Found on round AC. */
static void a_document_from_a_named_place(void **state)
{
    (void)state;
    static const char text[] =
        "A statement from the Vantan foreign ministry in Lima on Tuesday labeled the envoy as "
        "\xE2\x80\x9Cpersona non grata\xE2\x80\x9D.\n\n"
        "President Ivo Lind hailed the news about Oleg Varn's release in a social media post, "
        "describing it as a \xE2\x80\x9Cgood faith gesture\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"persona non grata", "Vantan foreign ministry", ORG, 0, NULL},
        {"good faith gesture", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "is accused by Cuba, in a 2021 case file, of “promoting armed aggression against Cuba”": a
 * passive's agent leads to the words past an aside set off by commas. Found on round AC. */
static void an_agent_past_an_aside(void **state)
{
    (void)state;
    static const char text[] =
        "An annual report said Tarsia \xE2\x80\x9Cgrants safe harbor,\xE2\x80\x9D a charge it "
        "denies.\n\n"
        "Ivo Lind is accused by the Tarsian government, in a 2021 case file, of "
        "\xE2\x80\x9Cpromoting armed aggression.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"grants safe harbor", "annual report", ORG, 0, NULL},
        {"promoting armed", "Tarsian government", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "In its response, Rwanda on Sunday “noted with regret” the decision": a time may stand
 * between the subject and words quoted from their verb on, as an adverb may. Found on round
 * AD. */
static void a_time_before_words_quoted_from_their_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Minister Ivo Lind said the envoy must go.\n\n"
        "In its response, the Tarsian government on Sunday \xE2\x80\x9Cnoted with "
        "regret\xE2\x80\x9D the decision.\n";
    static const want_t want[] = {
        {"noted with regret", "Tarsian government", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "But the Tigray People's Liberation Front (TPLF) has in turn protested at the “proximity”
 * of Obasanjo": "in turn" stands between the auxiliary and the verb as an adverb does (the
 * quotation had been read as a scare-quoted term with no one). Found on round AD. */
static void in_turn_before_the_verb(void **state)
{
    (void)state;
    static const char text[] =
        "But the rebel front has in turn protested at the \xE2\x80\x9Cproximity\xE2\x80\x9D "
        "of the envoy to the leader.\n";
    static const want_t want[] = {
        {"proximity", "rebel front", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "However, in a communique issued by the ECOWAS Commission in Abuja ..., the body said it
 * had been working ... “The attention of the Commission ...”": "the body", as "the group",
 * is the organization named before it (words table), and the words that stand alone next
 * are its. Found on round AD. */
static void the_body_is_the_organization_named(void **state)
{
    (void)state;
    static const char text[] =
        "The leaders issued a statement, saying it was their \xE2\x80\x9Csovereign "
        "decision\xE2\x80\x9D.\n\n"
        "However, in a communique issued by the Vantan Union Commission on Sunday, the body said "
        "it had been working hard.\n\n"
        "\xE2\x80\x9CThe attention of the Commission has been drawn to a "
        "statement.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"sovereign decision", "leaders", TTL, 0, NULL},
        {"The attention of the Commission", "Vantan Union Commission", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "“Vietnam strongly protests ...,” the Vietnamese spokeswoman said ... “...,” Hang said in a
 * statement": a surname of one word, never met before, past the lead, names the speaker a
 * title of a country or an owner introduced a paragraph or two before, as a full name does.
 * Found on round UB (and round ZG: the Nigerian foreign minister, then "Onyeama said"). */
static void a_surname_alone_names_the_titled_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "HANOI, Aug 17 - Vietnam demands the withdrawal of the ships.\n\n"
        "On August 13, the ships returned to its waters.\n\n"
        "\xE2\x80\x9CVietnam strongly protests the violation,\xE2\x80\x9D the Vietnamese "
        "spokeswoman said.\n\n"
        "\xE2\x80\x9CWe seek peace and stability,\xE2\x80\x9D Vell said in a statement.\n";
    static const want_t want[] = {
        {"Vietnam strongly protests", "Vell", TTL, 0, NULL},
        {"We seek peace", "Vell", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* The source after the words keeps them when what comes before is a participle ("The country
 * ended its pact with Washington, declaring the troops “illegal” because “it was not
 * democratically approved,” according to government spokesman Amadou Abdramane") or no verb
 * that gives them a speaker ("The threat appears to be part of “Trump's style of ...,”
 * according to Daniel Bwala"): the rule that lets a verb before the words keep them over the
 * source (the delegation that "claimed") had taken both from their sources on a round measured
 * blind (BD). */
static void according_to_after_a_participle(void **state)
{
    (void)state;
    static const char text[] =
        "The West African country ended its military pact with Tarsia, declaring the troops "
        "illegal because \xE2\x80\x9Cit was not approved,\xE2\x80\x9D according to government "
        "spokesman Ivo Lind.\n\n"
        "Such a threat from Ana Vell is based on false reports and appears to be part of "
        "\xE2\x80\x9C" "a style of going forceful,\xE2\x80\x9D according to Oleg Varn, a "
        "spokesman.\n";
    static const want_t want[] = {
        {"it was not approved", "Ivo Lind", PER, 0, NULL},
        {"a style of going", "Oleg Varn", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "MEPs voting in Strasbourg, France, said the parliament “strongly condemns ...”": a country
 * after its city, set off by commas, is part of the place where the subject was, no
 * apposition naming who spoke (France was read as the speaker). Found on round B1 (BA) after
 * it was measured blind. */
static void a_country_after_its_city(void **state)
{
    (void)state;
    static const char text[] =
        "MEPs voting in Strasbourg, France, said they were \xE2\x80\x9C" "deeply "
        "concerned\xE2\x80\x9D by the crackdown.\n\n"
        "Delegates meeting in Geneva, Switzerland, said the talks were "
        "\xE2\x80\x9Cuseful\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"deeply concerned", "MEPs", TTL, 0, NULL},
        {"useful", "Delegates", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "The French foreign ministry said: “...”" ... paragraphs later "The French hit back: “...”"
 * and "“...,” it added": a nationality alone with its article, when no person of that nation
 * has spoken, is the body named last whose name holds the word. Found on round B1 (BA) after
 * it was measured blind. */
static void the_french_are_their_body(void **state)
{
    (void)state;
    static const char text[] =
        "The French foreign ministry said: \xE2\x80\x9C" "For months we were attacked.\xE2\x80\x9D\n\n"
        "Tensions have soared since the new coalition won power.\n\n"
        "The French hit back: \xE2\x80\x9CThe latest interferences are a "
        "provocation.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CTo disagree is one thing,\xE2\x80\x9D it added.\n";
    static const want_t want[] = {
        {"For months", "French foreign ministry", ORG, 0, NULL},
        {"The latest interferences", "French foreign ministry", ORG, 0, NULL},
        {"To disagree", "French foreign ministry", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "His Majesty King Abdullah told CNN that there is “concern” ... During the interview, His
 * Majesty warned that Jordan has “red lines”": "Majesty" is a role, the king's (role aliases),
 * and "His Majesty" names the king named so before. Found on round B1 (BB) after it was
 * measured blind. */
static void his_majesty_is_the_king(void **state)
{
    (void)state;
    static const char text[] =
        "His Majesty King Ivo told reporters that there is \xE2\x80\x9C" "concern\xE2\x80\x9D "
        "in Vanta.\n\n"
        "During the interview, His Majesty warned that Vanta has \xE2\x80\x9Cred "
        "lines\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"concern", "Ivo", PER, 0, NULL},
        {"red lines", "Ivo", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Vucic said that “sleepless nights” and “difficult days” await": quoted words joined by
 * "and" to quoted words that are no term are said too (the second was read as a term that
 * modifies "await"); two terms so joined stay terms ("the “one China” principle and the “1992
 * consensus”"). Found on round B1 (BA) after it was measured blind. */
static void words_joined_to_said_words(void **state)
{
    (void)state;
    static const char text[] =
        "President Ivo Lind said that \xE2\x80\x9Csleepless nights\xE2\x80\x9D and "
        "\xE2\x80\x9C" "difficult days\xE2\x80\x9D await.\n\n"
        "They discussed the \xE2\x80\x9Cone Vanta\xE2\x80\x9D principle and the "
        "\xE2\x80\x9C" "1992 consensus\xE2\x80\x9D framework.\n";
    static const want_t want[] = {
        {"sleepless nights", "Ivo Lind", PER, 0, NULL},
        {"difficult days", "Ivo Lind", PER, 0, NULL},
        {"one Vanta", "", NON, TERM, NULL},
        {"1992 consensus", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}

/* "Ahmadinejad's 26 October statement that Israel should be “wiped off the map” prompted ...
 * Shalom to describe Iran as ...": a date may stand between the owner and the noun of speech,
 * and a modal right before the be-form is of the same verb, inside the that-clause (not the
 * noun's own verb: "Georgia's claims that it had ceased fire were “lies”" stays the
 * reporter's). Found on round XF (BB) after it was measured blind. */
static void a_dated_statement_that(void **state)
{
    (void)state;
    static const char text[] =
        "Ivo Lind's 26 October statement that Tarsia should be \xE2\x80\x9Cwiped off the "
        "map\xE2\x80\x9D prompted Tarsia's Foreign Minister Oleg Varn to describe Vanta as a "
        "\xE2\x80\x9C" "clear danger,\xE2\x80\x9D while others urged calm.\n";
    static const want_t want[] = {
        {"wiped off the map", "Ivo Lind", PER, 0, NULL},
        {"clear danger", "Oleg Varn", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Majali added that ... “Israel must adhere to its obligations ...” / Israel must “put a stop
 * to attempts to change the historic status quo” in occupied Jerusalem.": what the subject must
 * or should do, quoted, is the speaker's demand (the last speaker goes on), not the subject's
 * words. Found on round XF (BB) after it was measured blind. */
static void what_the_subject_must_do(void **state)
{
    (void)state;
    static const char text[] =
        "The Vantan ministry summoned the envoy on Monday.\n\n"
        "Spokesman Ivo Lind added that \xE2\x80\x9CTarsia must respect the law.\xE2\x80\x9D\n\n"
        "Tarsia must \xE2\x80\x9Cput a stop to attempts to change the status quo\xE2\x80\x9D in "
        "the city.\n";
    static const want_t want[] = {
        {"Tarsia must respect", "Ivo Lind", PER, 0, NULL},
        {"put a stop", "Ivo Lind", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* An organization given by a common noun is the one it names: "the ministry" after "the
 * Dravenian Ministry of Foreign Affairs" is that ministry, not a nameless "ministry", as "the
 * directorate" is the Directorate of Military Intelligence of Vanta; a ministry of that head seen before comes
 * first ("the Interior Ministry"). Found on a blind set of real news (AD: a bare "ministry"
 * reported as the speaker). */
static void common_nouns_name_the_organization(void **state)
{
    (void)state;
    static const char text[] =
        "The Dravenian Ministry of Foreign Affairs expelled a Solmeran attach\xC3\xA9 on "
        "Monday.\n\n"
        "\xE2\x80\x9CThe Solmeran side bears full responsibility,\xE2\x80\x9D the ministry "
        "said in a statement.\n\n"
        "The Directorate of Military Intelligence of Vanta published its findings on Friday. "
        "\xE2\x80\x9CThe ship was seaworthy,\xE2\x80\x9D the directorate said.\n\n"
        "The Tarsian Interior Ministry closed the border. \xE2\x80\x9CIt stays shut,"
        "\xE2\x80\x9D the ministry said.\n";
    static const want_t want[] = {
        {"The Solmeran side bears", "Dravenian Ministry of Foreign Affairs", ORG, 0, NULL},
        {"The ship was seaworthy", "Directorate of Military Intelligence of Vanta", ORG, 0, NULL},
        {"It stays shut", "Tarsian Interior Ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A title with a country and no known holder is an epithet for the person named just before
 * whose office was not given ("Vale bit back at Paul Marceau after the French president
 * described ..."), unless an unnamed official spoke since (never the ship "Yuan Wang 5" named
 * before the spokesperson spoke); a verb whose
 * clause ends at once ("the one that Mr. Vale has threatened would “...”") reports nothing
 * after it. Found on a blind set of real news (AS). */
static void epithets_and_object_clauses(void **state)
{
    (void)state;
    static const char epithet[] =
        "Tom Vale has bitten back at Paul Marceau after the French president described the "
        "alliance as \xE2\x80\x9C" "brain dead\xE2\x80\x9D.\n\n"
        "At the summit, the US president said the remark was a \xE2\x80\x9Cvery nasty "
        "statement\xE2\x80\x9D that showed disloyalty.\n";
    static const want_t want_epithet[] = {
        {"brain dead", "Paul Marceau", TTL, 0, NULL},
        {"very nasty statement", "Tom Vale", TTL, 0, NULL},
    };
    CHECK(epithet, want_epithet);

    static const char officer[] =
        "The spokesperson confirmed that the vessel Yuan Wang 5 will dock in August. \xE2\x80\x9CIt "
        "is here to refuel,\xE2\x80\x9D said the spokesperson.\n\n"
        "The Sri Lankan officer sought to downplay the visit, stating that such ships "
        "\xE2\x80\x9Cperiodically come from many countries\xE2\x80\x9D.\n";
    static const want_t want_officer[] = {
        {"It is here to refuel", "spokesperson", TTL, 0, NULL},
        /* not the vessel, and not a new person: the officer is the spokesperson who spoke
         * (the_officer_is_the_unnamed_speaker) */
        {"periodically come", "spokesperson", TTL, 0, NULL},
    };
    CHECK(officer, want_officer);

    static const char object_clause[] =
        "A tariff like the one that Mr. Vale has threatened would \xE2\x80\x9Cprohibit\xE2\x80\x9D "
        "trade between the two economies, Mr. Sefcovic said as he walked in.\n";
    static const want_t want_object_clause[] = {
        {"prohibit", "Sefcovic", PER, 0, NULL},
    };
    CHECK(object_clause, want_object_clause);

    /* "the official added" after an unnamed spokesperson: the same person */
    static const char official[] =
        "The drills are an attempt to invade, a defence ministry spokesperson said.\n\n"
        "\xE2\x80\x9C" "A war may be ignited even with a spark,\xE2\x80\x9D the spokesperson "
        "said. The allies will \xE2\x80\x9Cpay a dear price for their choice,\xE2\x80\x9D "
        "the official added.\n";
    static const want_t want_official[] = {
        {"A war may be ignited", "defence ministry spokesperson", TTL, 0, NULL},
        {"pay a dear price", "defence ministry spokesperson", TTL, 0, NULL},
    };
    CHECK(official, want_official);
}

/* A headline's "Name: “Title Case Words”" quotes the person, though the words are in title
 * case as a name's would be. Found on a blind set of real news (AR: both headlines of a
 * reactions roundup were read as terms). */
static void title_case_words_after_a_name_and_colon(void **state)
{
    (void)state;
    static const char text[] =
        "Leaders React to the Missile Launch\n\n"
        "Ravi Nair: \xE2\x80\x9C" "A Major Threat to the Region\xE2\x80\x9D\n\n"
        "Nair said the launch broke the accord.\n";
    static const want_t want[] = {
        {"A Major Threat", "Ravi Nair", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "No-one", "nobody", "everyone" are no one's name: "No-one has right to ..., says Qatar
 * foreign minister" over "saying no-one gave ... the right to “blockade”" gave the quotation
 * to a person "No-one". Found on a fresh set (stop 43: a Qatari minister's words). */
static void no_one_is_no_name(void **state)
{
    (void)state;
    static const char text[] =
        "No-one has right to blockade my country, says Qatar foreign minister\n\n"
        "Qatar's top diplomat struck a defiant tone, saying no-one gave its neighbours the right "
        "to \"blockade\" his country.\n\n"
        "Nobody will \"dictate\" to Qatar, Everyone knows, said the envoy Ilan Varo.\n";
    static const want_t want[] = {
        {"blockade", "Qatar's top diplomat", TTL, 0, NULL},
        {"dictate", "Ilan Varo", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A headline in sentence case ("Cease fire violation across the Line of Control") opens with
 * a capital that may be no name: the "Official Spokesperson" who spoke below it was given the
 * name "Cease" (the rule that a bare title is the person who opened a sentence before). That
 * one word is an antecedent only when met again; a full name there stays one. Found on a
 * fresh set (stop 43: a foreign ministry's statement). */
static void a_sentence_case_headline_names_no_one(void **state)
{
    (void)state;
    static const char text[] =
        "Cease fire violation across the Line of Control\n\n"
        "January 08, 2013\n\n"
        "In response to a question on the firing, the Official Spokesperson stated:\n\n"
        "\"We deny that our troops crossed the line.\"\n";
    static const want_t want[] = {
        {"We deny that our troops", "Official Spokesperson", NON, 0, NULL},
    };
    CHECK(text, want);
    static const char named[] =
        "Orlov warns of a long dispute\n\n"
        "Pavel Orlov spoke in Vienna on Monday.\n\n"
        "\"This will take years,\" the minister said.\n";
    static const want_t want_named[] = {
        {"This will take years", "Pavel Orlov", TTL, 0, NULL},
    };
    CHECK(named, want_named);
}

/* "... responded to John Kirby, one of the White House spokesmen, who accused Lula of
 * “parroting” ...": the relative clause is the named person's, not the apposition's ("White
 * House spokesmen" was the speaker), after a preposition too. Found on a fresh set (stop 43:
 * the White House spokesman's words went to a group, then to Brazil's foreign minister). */
static void who_after_a_name_and_its_apposition(void **state)
{
    (void)state;
    static const char text[] =
        "The foreign minister responded to Tom Ardell, one of the palace spokesmen, who "
        "accused the president of \"parroting\" propaganda.\n\n"
        "Ministers met Ana Ruiz, a senior envoy, who called the talks \"useful\".\n\n"
        "The talks were led by the deputy minister, a veteran diplomat, who called them "
        "\"candid\".\n";
    static const want_t want[] = {
        {"parroting", "Tom Ardell", PER, 0, NULL},
        {"useful", "Ana Ruiz", PER, 0, NULL},
        {"candid", "veteran diplomat", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Peter Obi's running mate, Yusuf Datti Baba-Ahmed, opposed the results" opens its sentence
 * with the person it names, as "Turkey's Foreign Minister, X," does: a person's possessive
 * may own the title, and a running mate is an office. "he said" in the next paragraph went
 * to the winner quoted before. Found on a fresh set (stop 43: Nigeria's 2023 election). */
static void a_persons_possessive_title_opens_the_sentence(void **state)
{
    (void)state;
    static const char text[] =
        "\"We will build together,\" said Bola Tamu, the winner.\n\n"
        "Tamu was declared the winner after getting 8.8 million votes.\n\n"
        "Peter Oyi's running mate, Yusuf Datti Baba-Ahmed, opposed the results, saying they "
        "did not meet the criteria.\n\n"
        "\"We will go to court,\" he said.\n";
    static const want_t want[] = {
        {"We will build together", "Bola Tamu", PER, 0, NULL},
        {"We will go to court", "Yusuf Datti Baba-Ahmed", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "An Fengshan, spokesman for the State Council Taiwan Affairs Office, warned": the surname
 * "An" opening the sentence before a name that begins with a consonant (the article would
 * stand before a vowel's sound: "An Iranian official", "An FBI agent"). The spokesman was
 * "Fengshan" in every quotation of the page. Found on a fresh set (stop 43). Words quoted in
 * the reporter's sentence, then "An said, “Any attempt ...”": two quotations, not the pieces
 * of one (the second opens a sentence: attributed_fragment_is_not_a_term has the one that
 * goes on in lower case). */
static void the_surname_an_opens_a_sentence(void **state)
{
    (void)state;
    static const char text[] =
        "An Liwen, spokesman for the Affairs Office, warned that \"independence\" was a "
        "provocation.\n\n"
        "An Iranian official said the move was \"unhelpful\".\n\n"
        "Asked about a plan to amend the charter with \"new articles,\" An said, \"Any "
        "attempt will fail.\"\n";
    static const want_t want[] = {
        {"independence", "An Liwen", PER, 0, NULL},
        {"unhelpful", "Iranian official", TTL, 0, NULL},
        {"new articles,", "An Liwen", PER, 0, NULL},
        {"Any attempt will fail.", "An Liwen", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "announced EU foreign policy chief Kaja Kallas", "EU Foreign Policy Kaja Kallas said": a
 * policy is part of the title after "foreign" (the title stopped at "foreign", and the person
 * was "EU foreign", then "Policy Kaja Kallas"), and no title elsewhere ("The new policy says
 * “no entry”" names no one). Found on two fresh pages (stop 43). */
static void foreign_policy_is_part_of_the_title(void **state)
{
    (void)state;
    static const char text[] =
        "The bloc agreed on a package, announced EU foreign policy chief Kaja Kallas.\n\n"
        "\"Today we agreed,\" she said.\n\n"
        "The new policy says \"no entry\" for them.\n";
    static const want_t want[] = {
        {"Today we agreed", "Kaja Kallas", PRO, 0, NULL},
        {"no entry", "", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* A watchdog is a body: "The head of the United Nations' atomic watchdog said" was the head
 * "of the United Nations" (the title stopped before the words no rule knew), a title of
 * another office altogether. Found on a fresh set (stop 43). */
static void a_watchdog_is_a_body(void **state)
{
    (void)state;
    static const char text[] =
        "The head of the United Nations' atomic watchdog said that \"the jury is out\".\n\n"
        "The UN nuclear watchdog said it was \"concerned\".\n";
    static const want_t want[] = {
        {"the jury is out", "head of the United Nations' atomic watchdog", TTL, 0, NULL},
        {"concerned", "UN nuclear watchdog", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "“18 people crossed the border. ...,” informed the Border Guard spokesperson, Lieutenant
 * Anna Michalska.": a verb of telling right after the quotation, with no subject before it,
 * has its subject after it (a translation's word order); "told X" stays the one told where a
 * subject stands before the verb, and an agency told is no speaker. Found on a fresh set
 * (stop 43: the quotation had no speaker). */
static void informed_right_after_the_quotation(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9C" "18 people crossed the border,\xE2\x80\x9D informed the Border Guard "
        "spokesperson, Lieutenant Anna Mirska.\n\n"
        "\xE2\x80\x9CWe will act,\xE2\x80\x9D Lebo, a spokesman, told AFP.\n\n"
        "\xE2\x80\x9CWe wait,\xE2\x80\x9D told Interfax a source.\n";
    static const want_t want[] = {
        {"18 people crossed the border", "Anna Mirska", PER, 0, NULL},
        {"We will act", "Lebo", PER, 0, NULL},
        {"We wait", "", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* “ typed for ”: “There was no ceasefire violation ... today “, Defence spokesperson, Col R K
 * Palta, told here. An opening mark before a comma can open nothing: it closes the quotation,
 * which had no speaker, and the credit was read as a quotation of its own. Found on a fresh
 * set (stop 43). */
static void an_opening_mark_that_closes(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThere was no violation today \xE2\x80\x9C, Defence spokesperson, Col R K "
        "Dalta, told here.\n\n"
        "\xE2\x80\x9CWe said \xE2\x80\x9Cno\xE2\x80\x9D to them,\xE2\x80\x9D Dalta added.\n";
    static const want_t want[] = {
        {"There was no violation today", "R K Dalta", PER, 0, NULL},
        {"We said", "R K Dalta", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Mr Trump said he “absolutely” expected Mexico to pay for the wall": a word quoted inside a
 * clause (a word before it, no punctuation after) and the clause's verb right after it; the
 * verb's object ("Mexico") was read as its inverted subject, and the quotation had no
 * speaker. Found on a fresh set (stop 43). */
static void a_word_quoted_before_its_clause_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Dara Quill met the Ostrian president on Monday.\n\n"
        "Ms Quill said she \"absolutely\" expected Ostria to pay for the wall.\n";
    static const want_t want[] = {
        {"absolutely", "Dara Quill", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” said the main speaker, who was identified as Maj. Gen. S.B. Moyo, the army's chief of
 * staff.": the clause names who spoke ("identified as", "named as"); the speaker was "main
 * speaker". Found on a fresh set (stop 43). */
static void a_speaker_identified_as(void **state)
{
    (void)state;
    static const char text[] =
        "\"We are only targeting criminals,\" said the main speaker, who was identified as Maj. "
        "Gen. T.K. Nyathi, the army's chief of staff.\n\n"
        "\"We act,\" said an officer, who was named as Colonel Ivo Berg.\n";
    static const want_t want[] = {
        {"We are only targeting criminals", "T.K. Nyathi", PER, 0, NULL},
        {"We act", "Ivo Berg", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Opposition foreign affairs spokesman Simon Birmingham and opposition trade spokesman Kevin
 * Hogan said they were optimistic": two people joined by "and" speak together even when the
 * second's title opens with words no rule knows ("opposition trade spokesman"); "they said"
 * after it went to China, the body named before. Found on a fresh set (stop 43). */
static void two_people_joined_before_an_unknown_word(void **state)
{
    (void)state;
    static const char text[] =
        "Ostria imposed tariffs.\n\n"
        "Spokesman Simon Bell and opposition trade spokesman Kevin Hale said they were "
        "optimistic.\n\n"
        "\"Any review should lead to removal,\" they said.\n";
    static const want_t want[] = {
        {"Any review should lead to removal", "Simon Bell and opposition trade spokesman Kevin Hale",
         PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A given name of one sex only says who "he" or "she" can be: "Dmitry Peskov said ... Maria
 * Zakharova also commented ... “...,” he said" is Peskov's, though Zakharova opened a
 * sentence since (no gender was known of either, and the one named last was taken). Names
 * that are either sex's, or East Asian surnames, say nothing. Found on a fresh set (stop
 * 43: "she" was given a Kremlin spokesman). */
static void a_given_name_tells_he_from_she(void **state)
{
    (void)state;
    static const char text[] =
        "\"We see no grounds,\" Kremlin spokesperson Dmitry Peskov said.\n\n"
        "Foreign ministry spokesperson Maria Zakharova also commented on Monday.\n\n"
        "\"This is unacceptable,\" he said.\n";
    static const want_t want[] = {
        {"We see no grounds", "Dmitry Peskov", PER, 0, NULL},
        {"This is unacceptable", "Dmitry Peskov", PRO, 0, NULL},
    };
    CHECK(text, want);
    static const char her[] =
        "Foreign ministry spokesperson Maria Zakharova spoke on Monday.\n\n"
        "Kremlin aide Yuri Ushakov met the envoy.\n\n"
        "\"This is unacceptable,\" she said.\n";
    static const want_t want_her[] = {
        {"This is unacceptable", "Maria Zakharova", PRO, 0, NULL},
    };
    CHECK(her, want_her);
    const quote_rules_t *r = stance__quote_rules("english");
    assert_int_equal(stance__quote_name_gender(r, "maria"), 'f');
    assert_int_equal(stance__quote_name_gender(r, "dmitry"), 'm');
    assert_int_equal(stance__quote_name_gender(r, "andrea"), 0);
    assert_int_equal(stance__quote_name_gender(r, "kim"), 0);
}

/* "FM Shoukry: Attempts to distort Egyptian stance on Rafah crossing “unacceptable”": a
 * headline names who spoke before a colon and quotes a word of the statement after it, with
 * no verb of its own; the quotation had no speaker. A label is no speaker ("Exclusive: Plans
 * are “doomed”"). Found on a fresh set (stop 43). */
static void a_headline_speaker_before_its_colon(void **state)
{
    (void)state;
    static const char text[] =
        "FM Varga: Attempts to distort our stance on the crossing \"unacceptable\"\n\n"
        "CAIRO: The minister spoke on Tuesday.\n";
    static const want_t want[] = {
        {"unacceptable", "Varga", PER, 0, NULL},
    };
    CHECK(text, want);
    static const char label[] = "Exclusive: Western plans are \"doomed\"\n\nThe talks go on.\n";
    static const want_t want_label[] = {
        {"doomed", "", NON, 0, NULL},
    };
    CHECK(label, want_label);
}

/* A page copied with a blank line under its headline and a paragraph a line below it: the
 * line breaks between its long lines end paragraphs too (they ended none once a blank line
 * was seen anywhere, and the article read as one paragraph), so a quotation left open at a
 * line's end goes on in the next line's, whose credit it takes. Wrapped text (no line longer
 * than a wrapped one) keeps its line breaks inside paragraphs. Found on a fresh set (stop 43:
 * a prime minister's apology had no speaker). */
static void a_headline_then_a_paragraph_a_line(void **state)
{
    (void)state;
    static const char text[] =
        "Prime minister apologises over leaked call\n\n"
        "BANGKOK, June 19 - Prime Minister Ana Ruiz has apologised to the public over a leaked "
        "phone conversation with a former leader that has sparked widespread anger at home.\n"
        "She acknowledged that the incident should not have happened and expressed deep regret "
        "for the discomfort it has caused.\n"
        "\"I must apologise to the public for the incident involving the leaked audio of my "
        "conversation with the former leader of our neighbour.\n"
        "\"This is something that should not have happened,\" Ruiz told a press conference "
        "after meeting security officials and military leaders on Thursday.\n";
    static const want_t want[] = {
        {"I must apologise", "Ana Ruiz", PER, 0, NULL},
        {"This is something", "Ana Ruiz", PER, CONT, NULL},
    };
    CHECK(text, want);
    static const char wrapped[] =
        "Talks resume\n\n"
        "The minister said on Monday that \"the talks\n"
        "will go on\" and that Vanta was ready.\n";
    static const want_t want_wrapped[] = {
        {"the talks\nwill go on", "minister", TTL, 0, NULL},
    };
    CHECK(wrapped, want_wrapped);
}

/* "“We can prevent rather than cure,” she illustrated.": a verb of speech in translated copy
 * (French "a-t-elle illustré"); the quotation had no speaker. Found on a fresh set (stop 43). */
static void illustrated_is_a_verb_of_speech(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Minister Ana Ruiz spoke to a committee.\n\n"
        "\"We can prevent rather than cure,\" she illustrated.\n";
    static const want_t want[] = {
        {"We can prevent rather than cure", "Ana Ruiz", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "member states" are a group of states, no member who speaks: "Lazzarini said, urging member
 * states to “provide the political support necessary”" gave the words to a "member"; "a
 * party member said" is still one. Found on two fresh pages (stop 43). */
static void member_states_are_no_member(void **state)
{
    (void)state;
    static const char text[] =
        "The agency is \"seriously threatened,\" Tom Lazar said, urging member states to "
        "\"provide the political support necessary\" for it.\n\n"
        "\"We agree,\" a party member said.\n";
    static const want_t want[] = {
        {"seriously threatened", "Tom Lazar", PER, 0, NULL},
        {"provide the political support", "Tom Lazar", PER, 0, NULL},
        {"We agree", "party member", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* Places of the news that the rules did not know: "A senior UN official in Gaza City,
 * northern Gaza, warned of the “deliberate dismantling of Palestinian life,”" gave the words
 * to "Gaza" (the region after the city read as an apposition naming the subject, as only a
 * known place is not). Found on a fresh set (stop 43), with about fifty more of the regions
 * and cities news from wars names (Donetsk, Kharkiv, Rafah, Idlib, Darfur, Kashmir ...). */
static void regions_of_the_news_are_places(void **state)
{
    (void)state;
    static const char text[] =
        "A senior UN official in Gaza City, northern Gaza, warned of the \"deliberate "
        "dismantling of life,\" a day after.\n\n"
        "A nurse in Kramatorsk, Donetsk, said the town was \"empty\".\n";
    static const want_t want[] = {
        {"deliberate dismantling", "senior UN official", TTL, 0, NULL},
        {"empty", "nurse", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” Kremlin spokesman Dmitry Peskov told reporters. The Foreign Ministry demanded ...
 * “...,” she said.": when no one named can be "she", the last person who spoke is taken
 * whatever their title's word says (a "spokesman" may be a woman), but not against a given
 * name of the other sex: the quotation has no speaker rather than Peskov. Found on a fresh
 * set (stop 43: Reuters' "she" for an unnamed ministry spokeswoman). */
static void she_is_no_dmitry_even_as_a_last_resort(void **state)
{
    (void)state;
    static const char text[] =
        "\"The situation is serious,\" Kremlin spokesman Dmitry Peskov told reporters.\n\n"
        "The Foreign Ministry demanded that Vilnius retract the move.\n\n"
        "\"Russia reserves the right to act,\" she said.\n\n"
        "\"We will respond,\" government spokesman Salome Tadesse said. \"It is final,\" she "
        "said.\n";
    static const want_t want[] = {
        {"The situation is serious", "Dmitry Peskov", PER, 0, NULL},
        {"Russia reserves the right", "", PRO, 0, NULL},
        {"We will respond", "Salome Tadesse", PER, 0, NULL},
        {"It is final", "Salome Tadesse", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "Independence is a ‘dead end’, says the office": a few words where a noun goes, then a
 * comma outside the marks and an attribution, are said, as with the comma inside ("friendly
 * “with respect to trade,” Ruiz said"); they were taken for a scare-quoted term and not
 * reported. Found on two fresh pages (stop 43). */
static void a_comma_outside_the_marks_then_a_credit(void **state)
{
    (void)state;
    static const char text[] =
        "Independence is a \xE2\x80\x98" "dead end\xE2\x80\x99, says the Affairs Office.\n\n"
        "Politicians seem to have drafted an \"action plan for secession\", the high "
        "representative Karl Brandt said on May 10.\n\n"
        "The so-called \"border monitoring\", which began in May, goes on.\n";
    static const want_t want[] = {
        {"dead end", "Affairs Office", ORG, 0, NULL},
        {"action plan for secession", "Karl Brandt", PER, 0, NULL},
        {"border monitoring", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}

/* "... and after Trump sent a warning to Trudeau late Thursday that the days ... “are over.”":
 * "after" opens a clause when an irregular past follows the name ("sent", "gave"), as it does
 * before a past in -ed; the warning's sender was no subject, and the words went to Canada,
 * named before. Found on a fresh set (stop 43). */
static void after_a_name_and_an_irregular_past(void **state)
{
    (void)state;
    static const char text[] =
        "Ostria has responded by imposing tariffs.\n\n"
        "The talks go on after Tom Hale sent a warning to the premier that the days of free "
        "trade \"are over.\"\n";
    static const want_t want[] = {
        {"are over", "Tom Hale", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A title, its field after "for" in lower-case words, then the name with no comma ("the
 * European Union's envoy for the Serbia-Kosovo talks Miroslav Lajcak"): the name is the
 * titled person's, so a lead's "An EU envoy warned" is theirs, and a later "the envoy".
 * Found on a fresh page of news (stop 44: the lead's "unacceptable" stayed with
 * "EU envoy", named the next paragraph). Not yet: the field and the name set off by commas
 * ("the UN envoy for the border talks, Ivo Marek,"), which no title ending in a noun of no
 * class is read back to. */
static void a_title_its_field_then_the_name(void **state)
{
    (void)state;
    static const char text[] =
        "PRISTINA - A UN envoy warned on Saturday that any further delays were "
        "\"unacceptable\".\n\n"
        "On Saturday, the United Nations' envoy for the Vanta-Tarsia talks Ivo Marek visited "
        "the capital with four other diplomats.\n\n"
        "\"We need progress now,\" the envoy told reporters.\n";
    static const want_t want[] = {
        {"unacceptable", "Ivo Marek", TTL, 0, NULL},
        {"We need progress now,", "Ivo Marek", TTL, 0, NULL},
    };
    CHECK(text, want);

    /* the field in lower case, the first paragraph a headline */
    static const char lower[] =
        "Talks stall again\n\n"
        "A UN envoy warned on Saturday that any further delays were \"unacceptable\".\n\n"
        "On Saturday, the UN envoy for the border talks Ivo Marek visited the capital.\n\n"
        "\"We need progress now,\" Marek said.\n";
    static const want_t want_lower[] = {
        {"unacceptable", "Ivo Marek", TTL, 0, NULL},
        {"We need progress now,", "Ivo Marek", PER, 0, NULL},
    };
    CHECK(lower, want_lower);

    /* a verb of speech before the name is no field: the name is its object's */
    static const char said[] =
        "The spokesman for the ministry told Ivo Marek that the talks were \"over\".\n";
    static const want_t want_said[] = {
        {"over", "spokesman for the ministry", TTL, 0, NULL},
    };
    CHECK(said, want_said);
}

/* "the outspoken libertarian economist claimed": a definite title with a word of character
 * ("outspoken", "firebrand", "embattled") is an epithet for the person just described, the
 * named one who opened a sentence last, as "the 64-year-old diplomat" is; an indefinite one
 * ("an outspoken economist said") is someone new. Found on a fresh page of news (stop 44:
 * two quotations of the president went to "outspoken libertarian economist"). */
static void a_title_of_character_is_an_epithet(void **state)
{
    (void)state;
    static const char text[] =
        "President Ana Sol defended her first year in office on Wednesday.\n\n"
        "Hailing her government for \xE2\x80\x9C" "the deepest reform in memory,\xE2\x80\x9D the "
        "outspoken libertarian economist said the region was watching.\n\n"
        "An outspoken economist at the bank called the reform \xE2\x80\x9Creckless.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"the deepest reform", "Ana Sol", TTL, 0, NULL},
        {"reckless.", "outspoken economist at the bank", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "The Director General of the World Trade Organisation, Ngozi Okonjo-Iweala," then "the
 * Director-General said": the title written in two words and with a hyphen is one, as the
 * Secretary-General's is, though she took another title between (the title's first word
 * stood before the name's apposition, and was not seen). And "X (Federal Aviation Administration) Administrator Y": the
 * initials' expansion in parentheses, between the body and the title, is left out as the
 * initials after a name are ("the Federal Aviation Administration (FAA)"). Found on fresh
 * pages of news (stop 44: two quotations went to "Director-General", two to "FAA"). */
static void titles_hyphened_or_two_words_and_glossed_initials(void **state)
{
    (void)state;
    static const char text[] =
        "The Director General of the World Trade Body (WTB), Dr. Ada Lind, urged members to "
        "find common ground.\n\n"
        "In her capacity as Chair of the Trade Committee, Lind welcomed the results.\n\n"
        "The outlook is \xE2\x80\x9C" "dire at the moment,\xE2\x80\x9D the Director-General "
        "said.\n\n"
        "\xE2\x80\x9C" "Boeing must commit to real change,\xE2\x80\x9D said FAA (Federal "
        "Aviation Administration) Administrator Mike Whiteman.\n";
    static const want_t want[] = {
        {"dire at the moment,", "Ada Lind", TTL, 0, NULL},
        {"Boeing must commit", "Mike Whiteman", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...”, said Abreu interviewed by the Uruguayan media": a past participle and "by" right
 * after an inverted subject are a passive that describes the speaker (interviewed, quoted),
 * no clause of the name's own as in "“...” remarks Lind made". Found on a fresh page of news
 * (stop 44: the minister's words had no speaker). */
static void inverted_subject_then_a_passive(void **state)
{
    (void)state;
    static const char text[] =
        "Agriculture minister Ana Sol said she was optimistic about the deal.\n\n"
        "\xE2\x80\x9DMercosur is on the right track\xE2\x80\x9D, said Sol interviewed by the "
        "local media at the fair.\n\n"
        "The \xE2\x80\x9C" "fair prices\xE2\x80\x9D remarks Ivo Lind made were criticised.\n";
    static const want_t want[] = {
        {"Mercosur is on the right track", "Ana Sol", PER, 0, NULL},
        {"fair prices", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}

/* "Ba thanked supporters ... “...”, the ruling party candidate added.": a definite title of a
 * standing in a race, not an office ("candidate", "nominee", "challenger"), that no one
 * named holds, is an epithet for the named person who opened a sentence last, as "the
 * 64-year-old diplomat" is. Found on a fresh page of news (stop 44: the candidate's appeal
 * had no speaker; "candidate" was no role). */
static void a_standing_in_a_race_is_an_epithet(void **state)
{
    (void)state;
    static const char text[] =
        "Ivo Marek of the ruling party won a third of the votes, officials said.\n\n"
        "In the early hours of the morning, Marek thanked his supporters.\n\n"
        "\xE2\x80\x9CLet\xE2\x80\x99s respect the verdict of the ballot boxes\xE2\x80\x9D, the "
        "ruling party candidate added.\n\n"
        "A rival candidate called the count \xE2\x80\x9Crigged.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Let\xE2\x80\x99s respect", "Ivo Marek", TTL, 0, NULL},
        {"rigged.", "rival candidate", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "But in a Twitter post Wine reported that “...”": a document the words came in, before the
 * subject with no comma, is an adjunct ("X in a statement said" the other way round); the
 * name after it is the subject, no object of "in". Found on a fresh page of news (stop 44:
 * two quotations of Bobi Wine had no speaker). */
static void a_document_adjunct_before_the_subject(void **state)
{
    (void)state;
    static const char text[] =
        "Police raided the offices of Ivo Marek, a singer and politician.\n\n"
        "But in a Twitter post Marek reported that \xE2\x80\x9C" "comrades had been "
        "injured\xE2\x80\x9D after police \xE2\x80\x9Craided\xE2\x80\x9D his headquarters.\n\n"
        "In a statement the police said the raid was \xE2\x80\x9Clawful.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"comrades had been injured", "Ivo Marek", PER, 0, NULL},
        {"raided", "Ivo Marek", PER, 0, NULL},
        {"lawful.", "Police", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” a statement quoted her to have added": the perfect infinitive after the one quoted,
 * as translated copy writes it, says whose words they are, as "quoted her as saying" does.
 * Found on a fresh page of news (stop 44: the Director-General's words went to
 * "statement"). */
static void quoted_someone_to_have_said(void **state)
{
    (void)state;
    static const char text[] =
        "Director Ada Lind spoke on Monday.\n\n"
        "\xE2\x80\x9CWe will act,\xE2\x80\x9D a statement quoted her to have added.\n";
    static const want_t want[] = {
        {"We will act,", "Ada Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* Groups who speak together, by their trade in the plural: "the two bankers said in a
 * statement", "detectives said", "activists said". Each was no role, so their words had
 * no speaker or the regulator named before. Found on a fresh page of news (stop 44: the
 * two executives' statement went to no one, and its second part to the regulator). */
static void a_group_by_its_trade(void **state)
{
    (void)state;
    static const char text[] =
        "The regulator fined the bank and censured two former executives.\n\n"
        "\xE2\x80\x9CWe are disappointed by the ruling,\xE2\x80\x9D the two bankers said in a "
        "statement. \xE2\x80\x9CWe will appeal.\xE2\x80\x9D\n\n"
        "Detectives said the case was \xE2\x80\x9C" "far from closed.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CIt was a cover-up,\xE2\x80\x9D campaigners said.\n";
    static const want_t want[] = {
        {"We are disappointed", "two bankers", TTL, 0, NULL},
        {"We will appeal.", "two bankers", NON, 0, NULL},
        {"far from closed.", "Detectives", TTL, 0, NULL},
        {"It was a cover-up,", "campaigners", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* An interview printed as questions and answers with no labels: a question of the
 * interviewer's in a paragraph of its own, with no quotation, then the answer, a paragraph
 * in quotation marks with no attribution. The answer is the interviewee's, who spoke before
 * the question, though the question names someone else ("Minister, President X has hinted
 * that ...?"). Found on a fresh page of news (stop 44: four answers of an interview with a
 * foreign minister went to the president his interviewer named). */
static void an_interview_without_labels(void **state)
{
    (void)state;
    static const char text[] =
        "Lind: \xE2\x80\x9CIf the corridor is blocked, prices will rise\xE2\x80\x9D\n\n"
        "Minister Lind, President Ivo Marek has hinted that the war will go on for a long "
        "time. What happens if the grain deal breaks down?\n\n"
        "\xE2\x80\x9CIt is a scenario we do not want to consider. Millions of lives are at "
        "stake.\xE2\x80\x9D\n\n"
        "How will you respond?\n\n"
        "\xE2\x80\x9CWe informed President Marek that this is our main concern.\xE2\x80\x9D\n\n"
        "Marek said on Monday that the talks were \xE2\x80\x9Cgoing nowhere.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe will not give up,\xE2\x80\x9D Lind said.\n";
    static const want_t want[] = {
        {"If the corridor is blocked", "Lind", PER, 0, NULL},
        {"It is a scenario", "Lind", NON, 0, NULL},
        {"We informed President Marek", "Lind", NON, 0, NULL},
        {"going nowhere.", "Ivo Marek", PER, 0, NULL},
        {"We will not give up,", "Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "The former Minister of Defense maintained that ...", after "said Prabowo": a definite title
 * held once ("the former"), that no one named held, is an epithet for the named person who
 * spoke last (not the host who opened the sentence between). Found on a set of fresh pages
 * (stop 43's set D: the president's words went to "former Minister of Defense"). */
static void a_former_office_is_an_epithet(void **state)
{
    (void)state;
    static const char text[] =
        "President Ivo Marek spoke about the protests on Tuesday.\n\n"
        "\xE2\x80\x9CWere the protests genuine or paid?\xE2\x80\x9D said Marek on a podcast. "
        "Ada Berg, the host of the show, allowed the paper to quote him.\n\n"
        "The former Minister of Defense maintained that protests must be peaceful. "
        "\xE2\x80\x9CWe are not children,\xE2\x80\x9D he said.\n\n"
        "Former President Ana Sol also spoke. \xE2\x80\x9CI disagree,\xE2\x80\x9D the former "
        "president said.\n";
    static const want_t want[] = {
        {"Were the protests", "Ivo Marek", PER, 0, NULL},
        {"We are not children,", "Ivo Marek", PRO, 0, NULL},
        {"I disagree,", "Ana Sol", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Dr Mike Goldsmith, from Wollaston, who said:", "Paul Bateman, of York Road, Wollaston,
 * said:": where a person comes from, set off by commas after the name, is no speaker; the
 * name before it is, whether a relative clause or the verb follows. Found on a fresh page of
 * news (stop 44: three villagers' words went to "Wollaston Village Hall", the village's
 * name read as the hall named before). */
static void where_a_person_comes_from(void **state)
{
    (void)state;
    static const char text[] =
        "A meeting was held at Marford Village Hall on Thursday.\n\n"
        "They included Dr Ivo Lind, from Marford, who said: \xE2\x80\x9CI think this is "
        "unnecessary.\xE2\x80\x9D\n\n"
        "Ada Berg, of York Road, Marford, said: \xE2\x80\x9CI came to this village because it "
        "was unspoilt.\xE2\x80\x9D\n\n"
        "The council, of which Marford is part, said the plan was \xE2\x80\x9Cunder "
        "review.\xE2\x80\x9D\n\n"
        "Tom Hart, of Berry Brothers, the agent for applicant Sam Cole, spoke in favour and "
        "said the turbines \xE2\x80\x9Cwould help the farm.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"I think this is", "Ivo Lind", PER, 0, NULL},
        {"I came to this village", "Ada Berg", PER, 0, NULL},
        {"under review.", "council", ORG, 0, NULL},
        {"would help the farm.", "Tom Hart", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Kuwaiti oil minister Ali Sabah said ... “...,” the Kuwaiti said.": a trade's word in lower
 * case between the nation and the role ("oil", "energy") leaves the title the nation's, so
 * "the Kuwaiti" finds the minister. Found on a fresh page of news (stop 44: the minister's
 * words had no speaker). */
static void a_nation_before_a_trade_and_role(void **state)
{
    (void)state;
    static const char text[] =
        "Kuwaiti oil minister Ali Sabah said on Tuesday that a deal was near.\n\n"
        "\xE2\x80\x9CThis is an extraordinary meeting,\xE2\x80\x9D the Kuwaiti said.\n";
    static const want_t want[] = {
        {"This is an extraordinary meeting,", "Ali Sabah", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "The deal was described as a “game-changing” moment for the region by council leader Rob
 * Stewart": the passive's agent after the words the quoted one describes (an article before
 * the quotation, a noun and its phrase after it). Found on a fresh page of news (stop 44: the
 * council leader's word had no speaker). */
static void a_passive_agent_after_the_noun_quoted(void **state)
{
    (void)state;
    static const char text[] =
        "The city deal was described as a \xE2\x80\x9Cgame-changing\xE2\x80\x9D moment for "
        "the region by council leader Ivo Marek.\n\n"
        "Ada Berg called it a \xE2\x80\x9C" "big deal\xE2\x80\x9D for workers by any measure.\n";
    static const want_t want[] = {
        {"game-changing", "Ivo Marek", PER, 0, NULL},
        {"big deal", "Ada Berg", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "... by council leader Ivo Marek – who said it will “turbocharge” the economy": a relative
 * clause set off by a dash, as by a comma, has the name before it for its antecedent; one
 * closed by a second dash is a parenthesis, whose verb reports nothing. Found
 * on a fresh page of news (stop 44: the word had no speaker). */
static void a_relative_clause_after_a_dash(void **state)
{
    (void)state;
    static const char text[] =
        "The deal was welcomed by council leader Ivo Marek \xE2\x80\x93 who said it will "
        "\xE2\x80\x9Cturbocharge\xE2\x80\x9D the economy.\n\n"
        "Ada Berg \xE2\x80\x94 who was not widely known \xE2\x80\x94 warned that "
        "\xE2\x80\x9C" "any provocation will be met.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"turbocharge", "Ivo Marek", PER, 0, NULL},
        {"any provocation", "Ada Berg", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Khalid Khokhar, the president of Pakistan Kisan Ittehad, said": the title in apposition to
 * a name, with its article, is that person's, and the capitalized words after "of" are the
 * body they lead, no second person (read as "President of Pakistan X", the title with a name
 * after it); so "the president" later is Khokhar. Found on a fresh page of news (stop 44:
 * the union president's words went to "Kisan Ittehad"). */
static void a_title_in_apposition_names_no_one_else(void **state)
{
    (void)state;
    static const char text[] =
        "Ivo Marek, the president of Pakistan Kisan Sangh, said farmers are patriots.\n\n"
        "The president also remarked that the land matters. \xE2\x80\x9CLand is like a mother "
        "to us.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Land is like a mother", "Ivo Marek", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* A government release's heading "Quotes attributable to Treasurer Tim Pallas": the
 * quotations after it, with no attribution of their own, are his, as after a heading that is
 * only a name. Found on a fresh page of news (stop 44: the treasurer's words went to the
 * premier, whose heading came before). */
static void quotes_attributable_to(void **state)
{
    (void)state;
    static const char text[] =
        "Ministers back the port lease\n\n"
        "Quotes attributable to Premier Ivo Marek\n\n"
        "\xE2\x80\x9CLeasing the port will create thousands of jobs.\xE2\x80\x9D\n\n"
        "Quotes attributable to Treasurer Ada Berg\n\n"
        "\xE2\x80\x9CThe agreement means rents will be regulated.\xE2\x80\x9D\n\n"
        "Comments from Minister Tom Hart:\n\n"
        "\xE2\x80\x9CThe lease is good for farmers.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Leasing the port", "Ivo Marek", NON, 0, NULL},
        {"The agreement means", "Ada Berg", NON, 0, NULL},
        {"The lease is good", "Tom Hart", NON, 0, NULL},
    };
    CHECK(text, want);

    /* "treasurer" is a role now; one asked, in the passive, does not say the words of the
     * question ("The treasurer was then asked if ... “limited success”", as "was asked"
     * already read) */
    static const char asked[] =
        "Treasurer Ada Berg spoke on Friday.\n\n"
        "The treasurer was then asked if the rebates had \xE2\x80\x9Climited "
        "success\xE2\x80\x9D in pushing down inflation.\n";
    static const want_t want_asked[] = {
        {"limited success", "", NON, 0, NULL},
    };
    CHECK(asked, want_asked);
}

/* "But she had “no plans” to ...": a conjunction that opens the sentence, joining it to the
 * one before, stands before the subject whose words the quotation gives, as an adverb
 * does ("However the minister said"). Found on a fresh page of news (stop 44: the nurses'
 * leader's words had no speaker). */
static void a_conjunction_before_the_subject(void **state)
{
    (void)state;
    static const char text[] =
        "Union leader Ada Berg told the BBC the government needed to pay more.\n\n"
        "But she had \xE2\x80\x9Cno plans\xE2\x80\x9D to join the doctors\xE2\x80\x99 strikes.\n";
    static const want_t want[] = {
        {"no plans", "Ada Berg", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "the company", "the carmaker", "the Danish company's": a firm's trade word refers back to
 * the firm named last, as "the group" does; a name right after such a word ("shipping
 * company K.L. Norvask-Lund", "Carmaker Tevoro", "the group Vantagro") is the firm's, an
 * organization; and a lone name read as a person's ("Norvask said") is the firm's when it is
 * called "the company" next. Found on a fresh set (JH: "the company said" gave "company",
 * "the shipping company said" the "Danish company" of a possessive before). */
static void the_company_is_the_firm_named_before(void **state)
{
    (void)state;
    static const char text[] =
        "Shipping halted\n\n"
        "Danish shipping company K.L. Norvask-Lund will pause its shipments through the strait "
        "after attacks on its vessels.\n\n"
        "\xE2\x80\x9CWe have instructed all vessels in the area to pause their journey,"
        "\xE2\x80\x9D the company said in a statement.\n\n"
        "Carmaker Tevoro warned of delays on Monday. \xE2\x80\x9CSupply remains tight,"
        "\xE2\x80\x9D the carmaker said.\n\n"
        "The group Vantagro said it would sue. \xE2\x80\x9CWe will not accept this,"
        "\xE2\x80\x9D the group said.\n";
    static const want_t want[] = {
        {"We have instructed", "K.L. Norvask-Lund", ORG, 0, NULL},
        {"Supply remains", "Tevoro", ORG, 0, NULL},
        {"We will not", "Vantagro", ORG, 0, NULL},
    };
    CHECK(text, want);
    static const char alone[] =
        "Transits paused\n\n"
        "Norvask said on Sunday it would pause transits through the strait.\n\n"
        "The pause came after rebels attacked one of the Danish company\xE2\x80\x99s container "
        "ships.\n\n"
        "Four boats \xE2\x80\x9Copened fire in an attempt to board\xE2\x80\x9D, the shipping "
        "company said.\n";
    static const want_t want_alone[] = {
        {"opened fire", "Norvask", ORG, 0, NULL},
    };
    CHECK(alone, want_alone);
}

/* "the ministry spokeswoman" is not the police spokeswoman named before: a body's word before
 * the role names whose spokeswoman she is, and one of another body's is someone else. Found
 * on a fresh set (JH: the ministry spokeswoman's words went to the cyber police's). */
static void a_body_word_tells_two_spokeswomen_apart(void **state)
{
    (void)state;
    static const char text[] =
        "Ministry site down\n\n"
        "The attack was an isolated incident, cyber police spokeswoman Lina Marsk wrote in a "
        "message.\n\n"
        "\xE2\x80\x9CThis case is not large-scale,\xE2\x80\x9D Marsk said.\n\n"
        "The ministry\xE2\x80\x99s email system was working normally, the ministry spokeswoman "
        "said by phone.\n\n"
        "\xE2\x80\x9COur specialists are working right now,\xE2\x80\x9D she said.\n\n"
        "\xE2\x80\x9CWe are ready to help,\xE2\x80\x9D the police spokeswoman added.\n";
    static const want_t want[] = {
        {"This case", "Lina Marsk", PER, 0, NULL},
        {"Our specialists", "ministry spokeswoman", PRO, 0, NULL},
        {"We are ready", "Lina Marsk", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "X, Department of Food and Public Distribution Secretary said": a title whose field joins
 * two names with "and" and ends in a role, in apposition after the name, is the named
 * person's; the words after "and" are no second holder. Found on a fresh set (JH: the quote
 * went to the Agriculture Secretary, holder of "Secretary" named last). */
static void and_inside_a_title_after_the_name(void **state)
{
    (void)state;
    static const char text[] =
        "Exports halted\n\n"
        "The ban protects food security, said Food Secretary Ravi Mehta and Agriculture "
        "Secretary Anil Dutt.\n\n"
        "Ravi Mehta, Department of Food and Public Distribution Secretary said, "
        "\xE2\x80\x9CIt is not a ban on all exports.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"It is not", "Ravi Mehta", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Minister X was extremely satisfied with the outcome. “We have managed to ...”": a sentence
 * that is only a quotation, credited to no one, in the paragraph of a sentence that quoted
 * nothing and that a person opened, is that person's words, as news gives someone's
 * reaction and then the words; not in a paragraph of its own, nor after a sentence that
 * quoted someone. Found on a fresh set (JH: the Council chair's words had no speaker). */
static void a_quotation_after_its_subjects_reaction(void **state)
{
    (void)state;
    static const char text[] =
        "Catch limits agreed\n\n"
        "Ministers reached an agreement this morning. The Chair of the Council, Minister Ivo "
        "Lind, was extremely satisfied with the outcome. \xE2\x80\x9CWe have managed to bring "
        "the positions closer.\xE2\x80\x9D\n\n"
        "Commissioner Ada Berg was pleased with the result.\n\n"
        "\xE2\x80\x9CThe stocks will recover.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We have managed", "Ivo Lind", NON, 0, NULL},
        {"The stocks", "Ivo Lind", NON, 0, NULL}, /* the last speaker's paragraph, as before */
    };
    CHECK(text, want);
    /* not after a sentence in which someone spoke, nor after the headline's */
    static const char others[] =
        "Migrants crossed the border. \xE2\x80\x9CThey were detained\xE2\x80\x9D\n\n"
        "Tarsia\xE2\x80\x99s conduct, Lind said, had left no basis for trust. "
        "\xE2\x80\x9CWhile you talked, they built.\xE2\x80\x9D\n";
    static const want_t want_others[] = {
        {"They were detained", "", NON, 0, NULL},
        {"While you talked", "Lind", NON, 0, NULL},
    };
    CHECK(others, want_others);
}

/* "Commissioner for Environment, Oceans and Fisheries, X, said": a title whose field lists
 * names with commas, then the holder's name set off by commas; the list's last names are no
 * body that spoke. Found on a fresh set (JH: the speaker was "Oceans and Fisheries"). */
static void a_field_list_before_the_name(void **state)
{
    (void)state;
    static const char text[] =
        "Catch agreed\n\n"
        "Commissioner for Environment, Oceans and Fisheries, Ada Berg, said: \xE2\x80\x9CWe "
        "have a balanced agreement.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We have", "Ada Berg", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Chief Election Commissioner X ... the CEC said": the initials of a named person's title
 * name them, when no body goes by them but the letters alone (a headline's "...: CEC").
 * Found on a fresh set (JH: the speaker was "CEC"). */
static void a_titles_initials_name_its_holder(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x98Not my job\xE2\x80\x99: CEC\n\n"
        "Chief Election Commissioner Ada Berg declined to comment on turnout.\n\n"
        "Asked about voters, the CEC said, \xE2\x80\x9CI do not know about turnout.\xE2\x80\x9D\n";
    /* (the headline's credit, given before her title was, is hers too once the title names
     * her, as a body's initials are renamed to its full name) */
    static const want_t want[] = {
        {"Not my job", "Ada Berg", ORG, 0, NULL},
        {"I do not know", "Ada Berg", ORG, 0, NULL},
    };
    CHECK(text, want);
    /* a country's letters are the country's: "U.S. Secretary X" makes no "the US" of X */
    static const char country[] =
        "Talks offered\n\n"
        "U.S. Secretary Ivo Lind arrived in Tarsia on Monday.\n\n"
        "\xE2\x80\x9CWe are ready to talk,\xE2\x80\x9D the US said in a statement.\n";
    static const want_t want_country[] = {
        {"We are ready", "US", ORG, 0, NULL},
    };
    CHECK(country, want_country);
}

/* "“...”, adding that ...": a quotation that opens its sentence, with the comma after its
 * closing mark (as British copy puts it), and a participle with no subject of its own, is the
 * words of who spoke before, as with the comma inside. Found on a fresh set (JH: no
 * speaker). */
static void a_participle_after_the_comma_outside(void **state)
{
    (void)state;
    static const char text[] =
        "Winner declared\n\n"
        "Ada Berg declared the winner. She stated that there were few incidents.\n\n"
        "\xE2\x80\x9CThe results are there for all to see\xE2\x80\x9D, adding that the devices "
        "worked.\n";
    static const want_t want[] = {
        {"The results", "Ada Berg", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” he defended": "defend" reports words, as copy translated from Portuguese or Spanish
 * ("defendió") uses it after a quotation. Found on a set of stop 43 (JA: no speaker). */
static void defended_reports(void **state)
{
    (void)state;
    static const char text[] =
        "Minister answers critics\n\n"
        "Foreign Minister Ivo Lind spoke to reporters on Monday.\n\n"
        "\xE2\x80\x9CThe two countries have a long history together,\xE2\x80\x9D he defended.\n";
    static const want_t want[] = {
        {"The two countries", "Ivo Lind", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "The minister responded to X, a White House spokeswoman, who accused Lind of “parroting”
 * propaganda without having studied “the facts”": every quotation of the relative clause is
 * X's, however far from its verb; the main clause's subject does not report it. Found on a
 * set of stop 43 (JA: the second quotation went to the minister). */
static void a_relative_clause_keeps_its_quotations(void **state)
{
    (void)state;
    static const char text[] =
        "Minister answers critics\n\n"
        "The foreign minister, Ivo Lind, spoke on Monday.\n\n"
        "The minister responded to Ada Berg, a White House spokeswoman, who accused Lind of "
        "\xE2\x80\x9Cparroting\xE2\x80\x9D propaganda without having studied "
        "\xE2\x80\x9Cthe facts\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"parroting", "Ada Berg", PER, 0, NULL},
        {"the facts", "Ada Berg", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* Two people of one surname: "Macron replied" after "a comment against Brigitte Macron" is
 * the Macron the article is about, who opened sentences, not the one named in passing after
 * a preposition. Found on a set of stop 43 (JA: his words went to his wife). */
static void a_shared_surname_prefers_the_subject(void **state)
{
    (void)state;
    static const char text[] =
        "Leaders trade words\n\n"
        "French President Emmanuel Lind criticized the fires in the forest.\n\n"
        "The president of Tarsia laughed online about a comment against Anna Lind, "
        "France\xE2\x80\x99s first lady.\n\n"
        "\xE2\x80\x9CIt is sad,\xE2\x80\x9D Lind replied.\n";
    static const want_t want[] = {
        {"It is sad", "Emmanuel Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...” noting the end of ...": a quotation that opens its sentence, then a reporting
 * participle with no comma and no subject of its own, is the words of who spoke before.
 * Found on a fresh set of stop 44 (JE: no speaker). */
static void a_reporting_participle_right_after_the_quotation(void **state)
{
    (void)state;
    static const char text[] =
        "Deficit ended\n\n"
        "\xE2\x80\x9CIt is the first time in history,\xE2\x80\x9D declared Ivo Lind. "
        "\xE2\x80\x9CIn six months we ended the deficit\xE2\x80\x9D noting the end of "
        "money-printing.\n";
    static const want_t want[] = {
        {"It is the first", "Ivo Lind", PER, 0, NULL},
        {"In six months", "Ivo Lind", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "in response to a claim by a senior member of the party, Lai Ching-te, that Taiwan is an
 * “independent country”": the author of a speech noun named in apposition after a title
 * said the words of the that-clause. Found on a set of stop 43 (JB: the quotation went to
 * the sentence's subject). */
static void a_claim_by_a_title_and_its_name(void **state)
{
    (void)state;
    static const char text[] =
        "Office rejects claim\n\n"
        "Ma Lin, a spokesman, said on Thursday that the plan was a dead end.\n\n"
        "Ma made the remarks in response to a claim by a senior member of the island\xE2\x80\x99s "
        "Democratic Renewal Party, Ivo Lind, "
        "that the island is already an \xE2\x80\x9Cindependent country\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"independent country", "Ivo Lind", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "EU farmers' federation Vantagro and Lindell says ...": a name after a federation's,
 * an association's, an alliance's, a coalition's or a lobby's word is the body's, and "the
 * group" later means it. Found on a fresh set of stop 44 (JE: "Cogeca" alone, then "EU"). */
static void a_name_after_a_federations_word(void **state)
{
    (void)state;
    static const char text[] =
        "Farmers oppose deal\n\n"
        "EU farmers\xE2\x80\x99 federation Vantagro and Lindell says the deal would be a "
        "\xE2\x80\x9C" "dead end\xE2\x80\x9D for farmers.\n\n"
        "\xE2\x80\x9CHow can the Commission justify this?\xE2\x80\x9D the group said.\n";
    static const want_t want[] = {
        {"dead end", "Vantagro and Lindell", ORG, 0, NULL},
        {"How can", "Vantagro and Lindell", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "The head of the UN's atomic watchdog said “the jury is still out” ... X, director-general
 * of the agency, made the comment to journalists": whoever made the comment is the lead's
 * unnamed speaker, whatever title the name comes with. Found on a set of stop 43 (JA: the
 * lead's quotation stayed with the title). */
static void made_the_comment_names_the_lead_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Watchdog chief cautious on talks\n\n"
        "VIENNA \xE2\x80\x94 The head of the United Nations\xE2\x80\x99 atomic watchdog said "
        "Wednesday that \xE2\x80\x9Cthe jury is still out\xE2\x80\x9D on the talks.\n\n"
        "Ivo Lind, director-general of the International Atomic Energy Agency, made the "
        "comment to journalists attending a seminar in Vienna.\n";
    static const want_t want[] = {
        {"the jury is still out", "Ivo Lind", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "X and Y knew ..., the FCA said. “...,” the two bankers said": "the two" (or "both") and a
 * role in the plural are the two people seen last, when named together, joined by "and";
 * one speaker for both (a body named since does not part them).
 * Found on a fresh set of stop 44 (JE: the speaker was "two bankers"). */
static void the_two_named_together(void **state)
{
    (void)state;
    static const char text[] =
        "Bank fined\n\n"
        "Former chief executive Ivo Lind and former finance chief Ada Berg knew the figure "
        "was wrong, the Markets Authority said.\n\n"
        "\xE2\x80\x9CWe are disappointed by the ruling,\xE2\x80\x9D the two bankers said in a "
        "statement.\n";
    static const want_t want[] = {
        {"We are disappointed", "Ivo Lind and former finance chief Ada Berg", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A topic's heading in capitals ("ON INFLATION") over a news conference's quotations is no
 * speaker: the quotations are the governor's, who "spoke" in the paragraph before. */
static void a_topics_heading_is_no_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Central bank governor speaks after rate cut\n\n"
        "Central Bank Governor Irma Sorel gave a news conference after the bank cut its key "
        "rate on Friday.\n\n"
        "Sorel spoke in French. The quotes below were translated by the agency.\n\n"
        "ON INFLATION\n\n"
        "\xE2\x80\x9CPrices are rising more slowly than we feared in March.\xE2\x80\x9D\n\n"
        "On the payment rules\n\n"
        "\xE2\x80\x9CWe see no need to change the procedure.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Prices are rising", "Irma Sorel", NON, 0, NULL},
        {"We see no need", "Irma Sorel", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "Asked whether Mr Marsh was speaking for the Government, the Downing Street spokesperson
 * said ...": the verb of a question's clause reports nothing, as "if X said" does not, with
 * a form of "be" or a modal before it; Mr Marsh is not the last speaker, whom the
 * spokesperson's title would then name. */
static void asked_whether_x_was_speaking(void **state)
{
    (void)state;
    static const char text[] =
        "Minister's claim is not policy\n\n"
        "David Marsh's claim that the country will leave the market is his opinion, officials "
        "said.\n\n"
        "Asked whether Mr Marsh was speaking for the Government, the Downing Street "
        "spokesperson said it was the minister's opinion and that there were "
        "\xE2\x80\x9C" "differing views\xE2\x80\x9D on the subject.\n";
    static const want_t want[] = {
        {"differing views", "Downing Street spokesperson", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "A day after the IAAF hit back at allegations by Britain's Sunday Times, Coe made an
 * impassioned defence of the sport, telling the BBC the claims were “...”": an opening time
 * span of an article and a unit ("A day after", "Two weeks before") is a clause before the
 * subject, as "Hours after" was; the participle's subject is Coe, not a word of that clause. */
static void a_day_after_opens_a_clause(void **state)
{
    (void)state;
    static const char text[] =
        "Coe on the offensive\n\n"
        "Sebastian Coe, the former Olympic champion, said the sport felt angry.\n\n"
        "A day after the IAAF hit back at allegations by Britain's Sunday Times, Coe made an "
        "impassioned defence of the sport, telling the BBC the claims were \xE2\x80\x9C" "a "
        "declaration of war\xE2\x80\x9D on the sport.\n\n"
        "Two weeks before the vote, Lena Ovic gave an interview, telling reporters it was "
        "\xE2\x80\x9C" "time for change\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"a declaration of war", "Sebastian Coe", PER, 0, NULL},
        {"time for change", "Lena Ovic", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "..., says vice-chancellor" in the headline, "The vice-chancellor ... has accused
 * protesters of “...”" in the lead, then "Professor Sir Adrian Smith, vice-chancellor of the
 * University of London, told ...": the headline's title, given again with "the", is the
 * unnamed holder the article names later, as "the vice-chancellor" alone would have been;
 * and "vice-chancellor" is a role. */
static void a_headlines_title_given_again_is_named_later(void **state)
{
    (void)state;
    static const char text[] =
        "Students 'aggressive', says vice-chancellor\n\n"
        "The vice-chancellor who has been criticised for obtaining an injunction has accused "
        "protesters of adopting \xE2\x80\x9C" "aggressive and intimidatory\xE2\x80\x9D tactics.\n\n"
        "In his first interview, Professor Sir Adrian Smith, vice-chancellor of the University "
        "of London, told The Independent that he had never been \xE2\x80\x9C" "involved in "
        "anything like this\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"aggressive", "Adrian Smith", TTL, 0, NULL},
        {"aggressive and intimidatory", "Adrian Smith", TTL, 0, NULL},
        {"involved in anything", "Adrian Smith", PER, 0, NULL},
    };
    CHECK(text, want);
    /* named in the paragraph right after the headline, whose title had no article */
    static const char named_next[] =
        "Students 'aggressive', says university vice-chancellor\n\n"
        "Professor Sir Adrian Smith of the University of London said the last straw was the "
        "fire escape.\n";
    static const want_t want_next[] = {
        {"aggressive", "Adrian Smith", TTL, 0, NULL},
    };
    CHECK(named_next, want_next);
    /* "a" in the headline: someone the story need not name */
    static const char indefinite[] =
        "Students 'aggressive', says a vice-chancellor\n\n"
        "Professor Sir Adrian Smith of the University of London said the last straw was the "
        "fire escape.\n";
    static const want_t want_indefinite[] = {
        {"aggressive", "vice-chancellor", TTL, 0, NULL},
    };
    CHECK(indefinite, want_indefinite);
}

/* "alSabah said: “...”": a name's particle written onto it with no hyphen and no capital
 * ("alSabah", "elBaradei") is a name, as "al-Sabah" is. */
static void a_particle_joined_without_a_hyphen(void **state)
{
    (void)state;
    static const char text[] =
        "OPEC agrees to cut output\n\n"
        "OPEC countries have reached an agreement, the oil minister said on Tuesday.\n\n"
        "Asked whether a cut would be easy to achieve, alSabah said: \xE2\x80\x9CWe have an "
        "agreement already.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We have an agreement", "alSabah", PER, 0, NULL},
    };
    CHECK(text, want);
    /* and the man named before as "al-Sabah" */
    static const char named[] =
        "OPEC agrees to cut output\n\n"
        "OPEC countries have reached an agreement, Kuwaiti oil minister Saud Nasser al-Sabah "
        "said on Tuesday.\n\n"
        "Asked whether a cut would be easy to achieve, alSabah said: \xE2\x80\x9CWe have an "
        "agreement already.\xE2\x80\x9D\n";
    static const want_t want_named[] = {
        {"We have an agreement", "Saud Nasser al-Sabah", PER, 0, NULL},
    };
    CHECK(named, want_named);
}

/* "“...,” a high-ranking police officer said." then "“...,” the police official said.": a
 * role any office holder has, with a body's word, is the unnamed speaker of that body's
 * word and such a role, not the holder of the same role word of no body ("says Iraqi
 * official" in the headline). */
static void the_police_official_is_the_police_officer(void **state)
{
    (void)state;
    static const char text[] =
        "Measures akin to a state of emergency, says Iraqi official\n\n"
        "\xE2\x80\x9CThere is a huge security presence,\xE2\x80\x9D a high-ranking police "
        "officer said.\n\n"
        "The deployment was a show of force.\n\n"
        "\xE2\x80\x9CThere is security everywhere in Baghdad,\xE2\x80\x9D the police official "
        "said.\n";
    static const want_t want[] = {
        {"There is a huge", "high-ranking police officer", TTL, 0, NULL},
        {"There is security", "high-ranking police officer", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A crosshead that puts a comma between who speaks and the words ("Netanyahu, “Timed truce
 * for hostages and then we will discuss”"), as Italian copy writes it: the name's, as with
 * no comma ("Putin ‘ready for talks’ with Kyiv"). */
static void a_crosshead_name_comma_quote(void **state)
{
    (void)state;
    static const char text[] =
        "Truce talks in Cairo\n\n"
        "Egypt said on Tuesday that Hamas had accepted the proposal.\n\n"
        "Netanyahu, \xE2\x80\x9CTimed truce for hostages and then we will discuss\xE2\x80\x9D\n\n"
        "He spoke to reporters in Jerusalem.\n";
    static const want_t want[] = {
        {"Timed truce", "Netanyahu", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“We support with great conviction” the plan announced by the president of the United
 * States, “...”. Foreign Minister Ada Lind said this in the studio.": a participle with its
 * agent right after a noun describes that noun ("the plan announced by X"), and reports no
 * quotation before it: no speaker rather than the wrong one (the next sentence says whose
 * words they were, in a way the rules do not read yet, "X said this"; and the quotation after
 * the agent is still given to it: reading the agent so before a quotation breaks the rules of
 * "a summit described by a US official as “...”"). */
static void an_agent_that_describes_a_noun(void **state)
{
    (void)state;
    static const char text[] =
        "Rome backs the truce plan\n\n"
        "The talks resumed in Cairo on Monday.\n\n"
        "\xE2\x80\x9CWe support with great conviction\xE2\x80\x9D the plan for the ceasefire in "
        "Gaza announced by the president of the United States, \xE2\x80\x9C" "because it is "
        "time to arrive at this ceasefire\xE2\x80\x9D. Foreign Minister Ada Lind said this in "
        "the studio.\n";
    stance_quotation_t q[8];
    size_t n = 0;
    stance_quotes_opts_t o = STANCE_QUOTES_OPTS_INIT;
    assert_int_equal(stance_quotes_attribute(text, strlen(text), &o, q, 8, &n, NULL), STANCE_OK);
    assert_int_equal(n, 2);
    assert_memory_equal(text + q[0].text.start, "We support", 10);
    assert_int_equal(q[0].speaker.len, 0);
}

/* "The U.S. Central Command (Centcom) confirmed the attacks ... “...,” Centcom said": a name
 * glossed in parentheses with a word made of the starts of its words ("Centcom" of "Central
 * Command", as "ISPR" is made of their initials) is that body's, not a new one; a word that
 * is no such contraction ("(Tver)") glosses nothing. */
static void a_contraction_glosses_a_name(void **state)
{
    (void)state;
    static const char text[] =
        "Ships attacked in the Red Sea\n\n"
        "The U.S. Central Command (Centcom) confirmed the attacks on Thursday.\n\n"
        "\xE2\x80\x9CWe continue to monitor the situation,\xE2\x80\x9D Centcom said.\n\n"
        "The Harbour Authority (Tver) closed the port. \xE2\x80\x9CIt is shut,\xE2\x80\x9D "
        "Tver said.\n";
    static const want_t want[] = {
        {"We continue", "U.S. Central Command", ORG, 0, NULL},
        {"It is shut", "Tver", PER, 0, NULL},
    };
    CHECK(text, want);
    /* every piece from a word's start, its first letter too: "Xarbaut" is none of
     * "Harbour Authority" */
    static const char first_letter[] =
        "Port closed\n\n"
        "The Harbour Authority (Xarbaut) closed the port. \xE2\x80\x9CIt is shut,\xE2\x80\x9D "
        "Xarbaut said.\n";
    static const want_t want_first[] = {
        {"It is shut", "Xarbaut", PER, 0, NULL},
    };
    CHECK(first_letter, want_first);
}

/* "The Financial Conduct Authority has fined Metro Bank. ... referred the FCA’s findings to a
 * tribunal. ... the FCA said the news “contributed”": initials with a possessive ending are
 * the body's initials still, not a new body named "FCA" that the later "the FCA" then
 * finds. */
static void possessive_initials_are_the_bodys(void **state)
{
    (void)state;
    static const char text[] =
        "Bank fined\n\n"
        "The Financial Conduct Authority has fined Metro Bank.\n\n"
        "The two executives referred the FCA\xE2\x80\x99s findings to a tribunal.\n\n"
        "In 2019, the FCA said the news \xE2\x80\x9C" "contributed\xE2\x80\x9D to the fall.\n";
    static const want_t want[] = {
        {"contributed", "Financial Conduct Authority", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "ICC denounces ..." in the headline, then "The International Criminal Court (ICC)
 * leadership ...": the body its initials named before, named in full from then on, its
 * quotations before too ("the ICC said" of the body, never a second one of three
 * letters). */
static void initials_named_in_full_later(void **state)
{
    (void)state;
    static const char text[] =
        "ICC \xE2\x80\x98" "deeply concerned\xE2\x80\x99 by Russian warrant\n\n"
        "The International Criminal Court (ICC) leadership expressed deep concern over the "
        "warrant.\n\n"
        "In a statement on Saturday, the ICC called the warrant \xE2\x80\x9C" "an act of "
        "intimidation\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"deeply concerned", "International Criminal Court", ORG, 0, NULL},
        {"an act of intimidation", "International Criminal Court", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” the military’s media wing, Inter-Services Public Relations (ISPR), said": capitalized
 * words that end on a title's word no person holds ("Relations") name the body described
 * before them, and its initials find it later; a name in that place is still a person. */
static void a_described_body_named_in_apposition(void **state)
{
    (void)state;
    static const char text[] =
        "Militants killed\n\n"
        "\xE2\x80\x9CTwo soldiers were killed,\xE2\x80\x9D the army\xE2\x80\x99s media wing, "
        "Tri-Services Public Relations (TSPR), said on Saturday.\n\n"
        "\xE2\x80\x9CSix weapons were recovered,\xE2\x80\x9D the TSPR said in a statement.\n\n"
        "\xE2\x80\x9CThe border is calm,\xE2\x80\x9D the ministry\xE2\x80\x99s spokesman, "
        "Zahid Mallo, said.\n";
    static const want_t want[] = {
        {"Two soldiers", "Tri-Services Public Relations", ORG, 0, NULL},
        {"Six weapons", "Tri-Services Public Relations", ORG, 0, NULL},
        {"The border", "Zahid Mallo", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Foreign Minister Felipe Ardiles gave an interview. Host Julieta Varo took part. She asked
 * about ... He said it was “undeniable”": Felipe is a man's name and Julieta a woman's in
 * every language news copy uses, so "she" is the host and "he" the minister. */
static void spanish_given_names_tell_she_from_he(void **state)
{
    (void)state;
    static const char text[] =
        "Minister speaks of rifts\n\n"
        "Foreign Minister Felipe Ardiles gave an interview to the national radio. The host "
        "Julieta Varo took part.\n\n"
        "She asked about the trade talks with the neighbours.\n\n"
        "He answered that it was \xE2\x80\x9Cundeniable\xE2\x80\x9D that there was a problem.\n";
    static const want_t want[] = {
        {"undeniable", "Felipe Ardiles", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "The city's public defender called that shooting “unnecessary.”": a defender is a person's
 * role (a public defender is an office), so the title speaks; before, "defender" was no
 * title word and the quotation had no speaker. */
static void a_public_defender_is_a_title(void **state)
{
    (void)state;
    static const char text[] =
        "Police shooting\n\n"
        "The shooting took place in the harbour district. The city's public defender called "
        "that shooting \xE2\x80\x9Cunnecessary.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"unnecessary", "city's public defender", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Acting Inspector General of Police Douglas Kanja said ... The acting police boss said ...
 * “...,” he added": "boss" is what news calls whoever heads a body, an epithet for the head
 * who spoke last as "the official" is, not a new unnamed speaker. */
static void a_boss_is_the_head_who_spoke_last(void **state)
{
    (void)state;
    static const char text[] =
        "Protests banned\n\n"
        "Acting Inspector General of Police Tomas Wekesa said on Wednesday that protests were "
        "banned in the city centre.\n\n"
        "The acting police boss said criminals had looted shops. \xE2\x80\x9CNo demonstrations "
        "will be permitted,\xE2\x80\x9D he added.\n\n"
        "\xE2\x80\x9CWe will keep order,\xE2\x80\x9D the police boss said.\n";
    static const want_t want[] = {
        {"No demonstrations", "Tomas Wekesa", PRO, 0, NULL},
        {"We will keep", "Tomas Wekesa", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Chad and Niger will treat any intervention as war ... The two countries added that
 * “...”": "the two countries", "both governments" are the two countries named together last,
 * as "the two bankers" are two people; not a new body named "two countries". */
static void the_two_countries_named_together(void **state)
{
    (void)state;
    static const char text[] =
        "Sahel pact\n\n"
        "Chad and Niger will treat any intervention in Mali as a declaration of war.\n\n"
        "The two countries added that the \xE2\x80\x9C" "consequences would be "
        "disastrous.\xE2\x80\x9D\n\n"
        "Both governments warned of \xE2\x80\x9C" "a wider war.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"consequences would", "Chad and Niger", ORG, 0, NULL},
        {"a wider war", "Chad and Niger", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "Chad and Niger will treat it as war, AFP reported, citing a joint statement of the two
 * countries. “...,” the statement reads.": a document "of" its issuers right after the
 * document's word names its author as "from" and "by" do; the agency that cites it is not. */
static void a_statement_of_its_issuers(void **state)
{
    (void)state;
    static const char text[] =
        "Sahel pact\n\n"
        "Chad and Niger will treat any intervention in Mali as war, AFP reported, citing a "
        "joint statement of the two countries.\n\n"
        "\xE2\x80\x9C" "Any intervention would be a declaration of war,\xE2\x80\x9D the statement "
        "reads.\n";
    static const want_t want[] = {
        {"Any intervention", "Chad and Niger", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "The humanitarian organization Syria Civil Defense, better known as the White Helmets,
 * tallied ... “...,” the White Helmets said": the name a body is better known as names that
 * body, given by its own name; the words in lower case before its name describe it and are
 * no part of it; and a civil defence is a body. */
static void a_body_better_known_as(void **state)
{
    (void)state;
    static const char text[] =
        "Quake toll rises\n\n"
        "The rescue organization Tarsa Civil Defence, better known as the Blue Vests, counted "
        "more deaths.\n\n"
        "\xE2\x80\x9CTime is running out,\xE2\x80\x9D the Blue Vests said on Tuesday.\n";
    static const want_t want[] = {
        {"Time is running", "Tarsa Civil Defence", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "Ovic said the post was not as “alarmist” as Nettbok had stated": the words are those of the
 * one "as" credits with a verb that ends its clause, though another speaks around them; not
 * the time of a speech ("shouted “traitor” as the minister spoke": the shouters'). */
static void as_credits_the_words_after_a_quotation(void **state)
{
    (void)state;
    static const char text[] =
        "Post removed\n\n"
        "Lena Ovic, the spokeswoman, spoke on Monday.\n\n"
        "Ovic said the post was not as \xE2\x80\x9C" "alarmist\xE2\x80\x9D as the Nettbok "
        "company had stated.\n\n"
        "Ovic said the ban was \xE2\x80\x9Cunlawful\xE2\x80\x9D as she spoke.\n";
    static const want_t want[] = {
        {"alarmist", "Nettbok company", ORG, 0, NULL},
        {"unlawful", "Lena Ovic", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "The eastern city of Goma “did not completely fall” to M23 rebels, the government said":
 * quoted words that open with an auxiliary, a modal or "not" are a predicate someone said,
 * never a scare-quoted noun, though they stand after a preposition and a name; a noun where
 * a noun goes ("shelled the “citadel”") is still a term. */
static void quoted_words_opening_with_an_auxiliary_are_said(void **state)
{
    (void)state;
    static const char text[] =
        "Port city holds\n\n"
        "The eastern city of Vantar \xE2\x80\x9C" "did not completely fall\xE2\x80\x9D to the "
        "rebels, the government said on Monday.\n\n"
        "The rebels shelled the \xE2\x80\x9C" "citadel\xE2\x80\x9D near the port.\n";
    static const want_t want[] = {
        {"did not completely fall", "government", ORG, 0, NULL},
        {"citadel", "", NON, TERM, NULL},
    };
    CHECK(text, want);
}

/* "Troops said the town was “under siege”": troops are a body of people, as militants and
 * residents are, and rescuers hold a role, as witnesses do; opening a sentence in capitals,
 * neither is a person's name. */
static void troops_and_rescuers_are_no_names(void **state)
{
    (void)state;
    static const char text[] =
        "Clashes in the north\n\n"
        "Troops said the town was \xE2\x80\x9Cunder siege\xE2\x80\x9D on Monday.\n\n"
        "Rescuers said the roads were \xE2\x80\x9C" "closed by mud.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"under siege", "Troops", ORG, 0, NULL},
        {"closed by mud", "Rescuers", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Delays 'unacceptable': EU envoy" in the headline, "An EU envoy warned that delays were
 * “unacceptable”" in the lead, then "the European Union's envoy ... Miroslav Lajcak": the
 * lead's indefinite title is the headline's unnamed speaker, not a second one, so the name
 * the story gives later is both quotations'. */
static void the_leads_title_is_the_headlines_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Delays in the talks 'unacceptable': EU envoy\n\n"
        "An EU envoy warned on Saturday that any delays in the talks were "
        "\"unacceptable\".\n\n"
        "The European Union's envoy for the talks Tomas Varga visited the capital on "
        "Saturday.\n";
    static const want_t want[] = {
        {"unacceptable", "Tomas Varga", TTL, 0, NULL},
        {"unacceptable", "Tomas Varga", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "The decision by the Data Protection Commissioner (DPC) was based on ... “...,” the DPC
 * said": initials glossed where no name is remembered (after a preposition) find the name
 * they glossed when they speak later, not a new body named by the letters; the capitals of
 * the name must spell them, and a possessive's ending is no part of it (a gloss inside a
 * quotation, "the Harbour Patrol Service’s (HPS) raids", is found this way alone). */
static void initials_glossed_after_a_preposition(void **state)
{
    (void)state;
    static const char text[] =
        "Regulator fines platform\n\n"
        "The decision by the Data Oversight Commissioner (DOC) was based on an inquiry into "
        "twelve breaches.\n\n"
        "\xE2\x80\x9CThe platform failed to protect its users,\xE2\x80\x9D the DOC said.\n\n"
        "\xE2\x80\x9CWe condemn the Harbour Patrol Service\xE2\x80\x99s (HPS) raids,"
        "\xE2\x80\x9D the union said. \xE2\x80\x9CWe enforce the law,\xE2\x80\x9D the HPS "
        "said.\n";
    static const want_t want[] = {
        {"The platform failed", "Data Oversight Commissioner", ORG, 0, NULL},
        {"We condemn the Harbour", "union", ORG, 0, NULL},
        {"We enforce the law", "Harbour Patrol Service", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "The Spokesperson in the External Affairs Ministry also said ... “expeditiously”", "an aide
 * at the embassy said": a title "in" or "at" a body holds its office there, as "of" the body
 * does; the body is part of who spoke (a place after the title stays where it stood: "a
 * diplomat in the capital"). The bare title later is the same speaker. */
static void a_title_in_a_body_is_of_it(void **state)
{
    (void)state;
    static const char text[] =
        "Border talks\n\n"
        "The Spokesperson in the Home Affairs Ministry said the matter would be settled "
        "\xE2\x80\x9C" "expeditiously\xE2\x80\x9D through talks.\n\n"
        "Asked about the patrols, the Spokesperson only said: \xE2\x80\x9CWe will not get into "
        "the details of the patrols.\xE2\x80\x9D\n\n"
        "An aide at the embassy said: \xE2\x80\x9CThe visit will go ahead as planned.\xE2\x80\x9D\n\n"
        "A diplomat in the capital said: \xE2\x80\x9CNobody expects a deal this week.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"expeditiously", "Spokesperson in the Home Affairs Ministry", TTL, 0, NULL},
        {"We will not", "Spokesperson in the Home Affairs Ministry", TTL, 0, NULL},
        {"The visit", "aide at the embassy", TTL, 0, NULL},
        {"Nobody expects", "diplomat", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Cop28 president Sultan al-Jaber": "Sultan" is a man's given name as well as a ruler's
 * title; right after a title and before a name it is the given name, so that "The Cop28
 * president said" later is al-Jaber, not a new unnamed president. A sultan before his name
 * with no title before him stays one ("Sultan Haitham bin Tariq"). */
static void a_given_name_that_is_a_title_after_a_title(void **state)
{
    (void)state;
    static const char text[] =
        "Climate talks\n\n"
        "Summit president Sultan al-Kadir opened the final session late on Monday.\n\n"
        "The summit president said: \xE2\x80\x9CWe have a text and we need to agree on "
        "it.\xE2\x80\x9D\n\n"
        "Sultan Haitham bin Tariq said in Muscat: \xE2\x80\x9COur door stays open to all "
        "sides.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We have a text", "Sultan al-Kadir", TTL, 0, NULL},
        {"Our door", "Haitham bin Tariq", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "The Kyrgyz National Security Committee did not say in Friday's announcement whether ...
 * “...,” the statement said": a body that did not say something in a document still issued
 * the document, and "the statement" quoted next is its (it was the country that had spoken
 * last). A day's possessive stands for the article: "in Friday's announcement". */
static void the_document_of_a_denied_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Border deaths\n\n"
        "Tarsia has reported the killing of three citizens at the frontier.\n\n"
        "The Tarsian Border Committee did not say in Friday\xE2\x80\x99s announcement whether "
        "the dead were civilians.\n\n"
        "\xE2\x80\x9CThey died from their wounds,\xE2\x80\x9D the statement said.\n";
    static const want_t want[] = {
        {"They died", "Tarsian Border Committee", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "Qatar's foreign minister called for “dialogue”, accusing Arab states of ...": "states"
 * after a region's or a nation's adjective ("Arab", "Baltic", "Gulf", "German") is the noun,
 * not a verb of speech whose subject "Arab" then named the unnamed minister. The verb after
 * a country's own name stays one ("Tarsia states that ..."). */
static void states_after_a_regions_adjective_are_countries(void **state)
{
    (void)state;
    static const char text[] =
        "Gulf crisis\n\n"
        "Tarsia\xE2\x80\x99s foreign minister called for \xE2\x80\x9C" "dialogue\xE2\x80\x9D on "
        "Wednesday, accusing Arab states of trying to undermine the nation.\n\n"
        "The Baltic states said: \xE2\x80\x9CWe stand together.\xE2\x80\x9D\n\n"
        "In its reply, Russia states that \xE2\x80\x9Cno troops crossed the line.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"dialogue", "Tarsia\xE2\x80\x99s foreign minister", TTL, 0, NULL},
        {"We stand", "Baltic states", ORG, 0, NULL},
        {"no troops", "Russia", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "While Argentina and the IMF are “on the same page” on reserves, they disagree on the
 * deficit, Guzman said Wednesday": words in a clause that opens the sentence with "While" or
 * "Although" are the final credit's, not those of the main clause's verb ("they disagree"),
 * which is part of what the credit reports. */
static void an_opening_while_clause_is_the_final_credits(void **state)
{
    (void)state;
    static const char text[] =
        "Debt talks\n\n"
        "While Tarsia and the Fund are \xE2\x80\x9Con the same page\xE2\x80\x9D on reserves, "
        "they disagree on how fast the deficit must fall, Oren Lask said Wednesday as he "
        "laid out his plan.\n";
    static const want_t want[] = {
        {"on the same page", "Oren Lask", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "The government's chief negotiator in peace talks with rebel group FARC said": a name
 * after a preposition and a word or two that describe it ("rebel group") is the
 * preposition's object, as it is right after the preposition, not the verb's subject; the
 * title before the affair it is "in" is. */
static void a_described_name_after_a_preposition_is_no_subject(void **state)
{
    (void)state;
    static const char text[] =
        "Peace talks\n\n"
        "The Tarsian government\xE2\x80\x99s chief negotiator in peace talks with rebel group "
        "FRL said Thursday that negotiations have advanced, but \xE2\x80\x9Cnot "
        "enough.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"not enough", "government\xE2\x80\x99s chief negotiator", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Canada Post will take part, the organization told The Epoch Times in an emailed
 * statement. “...,” the statement said": the statement is the one who told, though the
 * one told stands between the verb and "in an emailed statement". */
static void a_statement_after_the_one_told(void **state)
{
    (void)state;
    static const char text[] =
        "Strike ends\n\n"
        "Union president Mara Voss said in a statement that the order broke the law.\n\n"
        "Tarsia Post will take part in the process, the organization told The Daily Courier in an "
        "emailed statement.\n\n"
        "\xE2\x80\x9CWe look forward to welcoming our employees back,\xE2\x80\x9D the "
        "statement said.\n";
    static const want_t want[] = {
        {"We look forward", "Tarsia Post", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A crosshead that quotes the paragraph after it ("‘The crew told us to be calm’" on a line
 * of its own) is the words of whoever says them there, not of the last speaker before it. A
 * quotation alone in its paragraph whose words come back nowhere keeps the last speaker. */
static void a_crosshead_quoting_the_next_paragraph(void **state)
{
    (void)state;
    static const char text[] =
        "Ferry sinks\n\n"
        "Transport Minister Hadi Rasa said the search would go on.\n\n"
        "\xE2\x80\x9CWe will continue the search for seven days.\xE2\x80\x9D\n\n"
        "\xE2\x80\x98The crew told us to be calm\xE2\x80\x99\n\n"
        "A survivor said heavy seas had battered the ship.\n\n"
        "\xE2\x80\x9DThe crew told us to be calm and that nothing would happen,\xE2\x80\x9D Irfan "
        "told Metro TV.\n";
    static const want_t want[] = {
        {"We will continue", "Hadi Rasa", NON, 0, NULL},
        {"The crew told us to be calm", "Irfan", NON, 0, NULL},
        {"The crew told us to be calm and", "Irfan", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” Pevkur emphasised in the statement. ... the statement suggested that “...”": one
 * quoted in "the" statement already issued by another (an Estonian ministry spokesperson's)
 * does not become its author; "in a statement" is a new one, whose author he is. */
static void quoted_in_the_statement_is_no_author(void **state)
{
    (void)state;
    static const char text[] =
        "Border defences\n\n"
        "The ministers signed an accord, a Vantian ministry spokesperson said.\n\n"
        "The statement clarified the facilities would stand \xE2\x80\x9C" "at the "
        "borders.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CThe war has shown that defences are needed,\xE2\x80\x9D Ivo Rand "
        "emphasised in the statement.\n\n"
        "The statement suggested that \xE2\x80\x9C" "elements on the ground will support the "
        "units.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe are ready,\xE2\x80\x9D Ivo Rand said in a statement on Saturday.\n\n"
        "The statement added: \xE2\x80\x9CThe work starts soon.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"at the borders", "Vantian ministry spokesperson", PER, 0, NULL},
        {"The war has", "Ivo Rand", PER, 0, NULL},
        {"elements on the ground", "Vantian ministry spokesperson", PER, 0, NULL},
        {"We are ready", "Ivo Rand", PER, 0, NULL},
        {"The work starts", "Ivo Rand", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "the Norwegian Police Security Service (PST) said ... “...,” PST said": initials a body
 * was glossed with are its name, though the same letters are a time zone elsewhere ("10
 * a.m. PST"). */
static void glossed_initials_that_are_a_time_zone(void **state)
{
    (void)state;
    static const char text[] =
        "Arrests\n\n"
        "Three people were arrested, the Norwegian Police Security Service (PST) said in a "
        "statement.\n\n"
        "\xE2\x80\x9CThe support activities involve money transfers,\xE2\x80\x9D PST said.\n\n"
        "The call ended at 10 a.m. PST, and the mayor said: \xE2\x80\x9CWe are done.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"The support activities", "Norwegian Police Security Service", ORG, 0, NULL},
        {"We are done", "mayor", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” read the order issued by Director General Aurobindo Handa": an order, a decree and
 * a directive are documents that speak for whoever issued them, as a statement does. "in
 * order to" is no document. */
static void an_order_speaks_for_its_issuer(void **state)
{
    (void)state;
    static const char text[] =
        "Crash probe\n\n"
        "\xE2\x80\x9CThe bureau will determine the probable cause of the accident,\xE2\x80\x9D "
        "read the order issued by Director General Arvind Haldar.\n\n"
        "The ministry acted in order to calm the families, and the minister said: "
        "\xE2\x80\x9CWe owe them answers.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"The bureau will", "Arvind Haldar", PER, 0, NULL},
        {"We owe them", "minister", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” Sharsheev was quoted in a statement issued by the Border Service", "X was cited by
 * Interfax": the subject of the passive of quote or cite is who spoke, with or without "as
 * saying" after it (the statement or the agency relays him; it does not speak). */
static void the_one_quoted_in_a_statement(void **state)
{
    (void)state;
    static const char text[] =
        "Border clashes\n\n"
        "Major General Ular Sharsen said the guards refused a ceasefire.\n\n"
        "\xE2\x80\x9CThe other side kept shooting at our posts,\xE2\x80\x9D Sharsen was quoted "
        "in a statement issued by the Border Service.\n\n"
        "\xE2\x80\x9CWe held the line,\xE2\x80\x9D Sharsen was cited by Interfax.\n";
    static const want_t want[] = {
        {"The other side", "Ular Sharsen", PER, 0, NULL},
        {"We held the line", "Ular Sharsen", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” said a ministry statement issued Sunday": a participle after the document
 * describes it (when and how it came out); the document, and so the ministry, spoke. Not
 * "“...” remarks Lind made", a name with a verb of its own. */
static void a_document_issued_on_a_day(void **state)
{
    (void)state;
    static const char text[] =
        "Vote\n\n"
        "But the nation\xE2\x80\x99s foreign ministry described the process as peaceful.\n\n"
        "\xE2\x80\x9C" "Campaigns have seen few incidents of violence,\xE2\x80\x9D said a ministry "
        "statement issued Sunday.\n";
    static const want_t want[] = {
        {"Campaigns have seen", "nation\xE2\x80\x99s foreign ministry", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* "Qatar's foreign minister called for “dialogue” ... Sheikh Mohammed bin Abdulrahman
 * Al-Thani told reporters": "Sheikh" and "Prince" before a name are how a royal is addressed,
 * not an office, as "Professor" is: the name is the lead's minister's. */
static void a_royal_address_names_the_leads_minister(void **state)
{
    (void)state;
    static const char text[] =
        "Tarsia calls for talks to resolve Gulf crisis\n\n"
        "Tarsia\xE2\x80\x99s foreign minister called for \xE2\x80\x9C" "dialogue\xE2\x80\x9D on "
        "Wednesday to resolve the crisis.\n\n"
        "Sheikh Hamad bin Rashid Al-Nuri told reporters in London that talks were needed.\n\n"
        "\xE2\x80\x9CWe welcome any serious efforts,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"dialogue", "Hamad bin Rashid Al-Nuri", TTL, 0, NULL},
        {"We welcome", "Hamad bin Rashid Al-Nuri", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "Elections chief warns against ..." in the headline, then "Electoral Institute (INE)
 * president Lorenzo Córdova has warned ...": a headline's "chief" is the head of a body
 * whatever the office is called, so the lead's named president is that chief, and "The INE
 * chief" later is he. */
static void a_headlines_chief_is_the_leads_named_head(void **state)
{
    (void)state;
    static const char text[] =
        "Elections chief warns against efforts to control vote\n\n"
        "Electoral Institute (IEV) president Lorenzo Cardona has warned lawmakers to be wary of "
        "the government.\n\n"
        "The IEV chief also said a new law could create \xE2\x80\x9C" "conditions of "
        "submission.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"conditions of submission", "Lorenzo Cardona", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "a statement by US Treasury Secretary Paul O'Neill, an outspoken critic of Argentine
 * policy in the past, who also spoke of “progress”": the apposition before "who" describes
 * the person named before it, though its title reads on past "of" and "in"; the words are
 * his. */
static void who_after_a_long_apposition(void **state)
{
    (void)state;
    static const char text[] =
        "Loan talks\n\n"
        "His remarks echoed a statement by Treasury Secretary Paul Oster, an outspoken critic of "
        "Tarsian policy in the past, who also spoke of \xE2\x80\x9Cprogress\xE2\x80\x9D in the "
        "talks.\n";
    static const want_t want[] = {
        {"progress", "Paul Oster", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "But in an interview this week, Andres Lopez, the candidate of the PRD, appeared to ...
 * “...,” he said": a conjunction before the opening phrase ("But", "And", "Yet") does not
 * keep the name after its comma from opening the sentence, whom "he" means next. */
static void a_conjunction_before_the_opening_phrase(void **state)
{
    (void)state;
    static const char text[] =
        "Vote\n\n"
        "But Luis Ugalde, the head of the institute, told the paper: \xE2\x80\x9CThere is no "
        "reason to repudiate the results.\xE2\x80\x9D\n\n"
        "But in an interview this week, Andres Lopez, the candidate of the PRD, appeared to "
        "leave open the possibility.\n\n"
        "\xE2\x80\x9CI will respect the results,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"There is no", "Luis Ugalde", PER, 0, NULL},
        {"I will respect", "Andres Lopez", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "Long heckled on the benches of the left, the Prime Minister assured that ...": an adverb
 * that opens the sentence before a participle ("Long", "Once") is no name, though
 * capitalized; it was a person "Long", whom "the Prime Minister" then meant. */
static void an_adverb_opening_before_a_participle_is_no_name(void **state)
{
    (void)state;
    static const char text[] =
        "Pensions: the government tries to end the row\n\n"
        "The deputy Anne Moreau pressed the government in the Assembly on Tuesday.\n\n"
        "Long heckled on the benches of the left, the Prime Minister assured that the reform "
        "would reduce \xE2\x80\x9Cthe unacceptable inequalities\xE2\x80\x9D at retirement.\n";
    static const want_t want[] = {
        {"the unacceptable inequalities", "Prime Minister", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "A top federal health official worries that Americans have been “lulled into a false
 * sense of security” ... “It concerns me that people have been lulled into a false sense of
 * security,” Gerberding said": words with no speaker where they first stand, that a later
 * quotation says again with its speaker, are that speaker's. Words no later quotation holds
 * stay with no one. */
static void words_credited_where_they_come_again(void **state)
{
    (void)state;
    static const char text[] =
        "Smallpox still a threat\n\n"
        "A top federal health official worries that Americans have been \xE2\x80\x9Clulled into "
        "a false sense of security\xE2\x80\x9D about smallpox, and others see \xE2\x80\x9Cno "
        "urgency at all.\xE2\x80\x9D\n\n"
        "The need to prepare is urgent, Dr. Julia Garber, director of the agency, said "
        "Wednesday.\n\n"
        "\xE2\x80\x9CIt concerns me that people have been lulled into a false sense of security "
        "about the threat,\xE2\x80\x9D Garber said.\n";
    static const want_t want[] = {
        {"lulled into", "Julia Garber", NON, 0, NULL},
        {"no urgency", "", NON, 0, NULL},
        {"It concerns me", "Julia Garber", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A transcript's turn keeps its label's speaker though its words come again in a later turn
 * ("Is the hotline working?" asked, then answered "Is the hotline working? Yes, it is."): the
 * words said again are credited to the later speaker only where no label names who spoke
 * (found by fuzz_quotes: the turn's speaker stood after its words). */
static void a_turn_keeps_its_label_when_its_words_come_again(void **state)
{
    (void)state;
    static const char text[] =
        "Foreign Ministry Spokesperson Regular Press Conference\n\n"
        "Spokesperson Mira Tolvane: The minister will visit next week.\n\n"
        "Lena Moravec (Rovenna Post):\nIs the hotline working?\n\n"
        "Mira Tolvane: Is the hotline working? Yes, it is.\n";
    static const want_t want[] = {
        {"The minister will visit", "Mira Tolvane", PER, STANCE_QUOTE_TURN, NULL},
        {"Is the hotline working?", "Lena Moravec", PER, STANCE_QUOTE_TURN, NULL},
        {"Is the hotline working? Yes", "Mira Tolvane", PER, STANCE_QUOTE_TURN, NULL},
    };
    CHECK(text, want);
}

static void initials_after_of_then_a_name(void **state)
{
    (void)state;
    static const char text[] =
        "In a statement on Tuesday, the head of RFL Karim Osman Haddad said the truce followed "
        "talks with “other friendly nations”.\n\n"
        "“We will hold our fire,” Haddad said.\n\n"
        "Deputy Head of RFL Lina Marwa Osman said: “The corridor is open.”\n";
    static const want_t want[] = {
        {"other friendly nations", "Karim Osman Haddad", PER, 0, NULL},
        {"We will hold our fire", "Karim Osman Haddad", PER, 0, NULL},
        {"The corridor is open.", "Lina Marwa Osman", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void a_person_better_known_by_a_nickname(void **state)
{
    (void)state;
    static const char text[] =
        "In a statement, the head of RFL Karim Osman Haddad, better known as Abu Sami, said the "
        "truce followed talks with “other friendly nations”.\n\n"
        "“We will hold our fire,” Abu Sami said.\n\n"
        "Tarek Nadim, also known as Jaguar, said: “The corridor is open.”\n\n"
        "“Trucks may pass,” Jaguar added.\n";
    static const want_t want[] = {
        {"other friendly nations", "Karim Osman Haddad", PER, 0, NULL},
        {"We will hold our fire", "Karim Osman Haddad", PER, 0, NULL},
        {"The corridor is open.", "Tarek Nadim", PER, 0, NULL},
        {"Trucks may pass", "Tarek Nadim", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void a_bodys_initials_describe_only_who_serves_it(void **state)
{
    (void)state;
    static const char text[] =
        "“The town fell at noon,” M23 spokesman Colonel Jean Bisimwa said by telephone.\n\n"
        "“The airport is under their control,” the UN official said on condition of "
        "anonymity.\n";
    static const want_t want[] = {
        {"The town fell at noon", "Jean Bisimwa", PER, 0, NULL},
        {"The airport is under", "UN official", TTL, 0, NULL},
    };
    CHECK(text, want);
    /* one who serves it is still whom they describe */
    static const char served[] =
        "“Aid will resume,” UN spokesman Ravi Sendal said on Monday.\n\n"
        "“The roads are open,” the UN official added.\n";
    static const want_t served_want[] = {
        {"Aid will resume", "Ravi Sendal", PER, 0, NULL},
        {"The roads are open", "Ravi Sendal", TTL, 0, NULL},
    };
    CHECK(served, served_want);
}

static void a_long_title_then_its_holders_name(void **state)
{
    (void)state;
    static const char text[] =
        "The spokesman of the Air Force Command of the Armed Forces of Ukraine Pavlo Teren "
        "informed on Monday that all the drones had been destroyed.\n\n"
        "“Four of four drones were destroyed,” said the spokesman of the Air Force Command of "
        "the Armed Forces of Ukraine.\n";
    static const want_t want[] = {
        {"Four of four drones", "Pavlo Teren", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void one_with_a_body_serves_it(void **state)
{
    (void)state;
    static const char text[] =
        "Ebora Health Agency officials met on Friday, and the agency's emergencies chief, Dr. "
        "Lena Arvik, spoke to reporters.\n\n"
        "“Three towns report cases,” Arvik with EHA said.\n\n"
        "“The head of government will not back down,” said the prime minister on Monday.\n\n"
        "“We do not disagree,” said the Minister of Relations with Parliament Tomas Vell.\n";
    static const want_t want[] = {
        {"Three towns report cases", "Lena Arvik", PER, 0, NULL},
        {"The head of government", "prime minister", TTL, 0, NULL},
        {"We do not disagree", "Tomas Vell", PER, 0, NULL},
    };
    CHECK(text, want);
}

static void a_relative_clause_between_dashes_before_the_verb(void **state)
{
    (void)state;
    static const char text[] =
        "Up to 500 people are feared dead, the agency said on Wednesday.\n\n"
        "“My wife drowned in front of me,” a survivor from Ethiopia told the BBC.\n\n"
        "“I was one of the few who swam back,” the Ethiopian survivor \xE2\x80\x93 who was "
        "identified only by his first name \xE2\x80\x93 told the BBC.\n";
    static const want_t want[] = {
        {"My wife drowned", "survivor from Ethiopia", TTL, 0, NULL},
        {"I was one of the few", "survivor from Ethiopia", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void a_question_opened_by_its_speaker_and_a_colon(void **state)
{
    (void)state;
    static const char text[] =
        "“Our houses fell,” a village resident told the Daily Star.\n\n"
        "Another woman asked: “How can I live on?” The newspaper said the children were "
        "asleep when the quake struck.\n";
    static const want_t want[] = {
        {"Our houses fell", "village resident", TTL, 0, NULL},
        {"How can I live on?", "woman", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void what_a_crowd_shouted_was_said(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CThis was a seizure of power,\xE2\x80\x9D Ivo Lind said, as the crowd "
        "shouted \xE2\x80\x9CShame\xE2\x80\x9D and \xE2\x80\x9CLong live Tarsia.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"This was a seizure", "Ivo Lind", PER, 0, NULL},
        {"Shame", "crowd", ORG, 0, NULL},
        {"Long live Tarsia.", "crowd", ORG, 0, NULL},
    };
    CHECK(text, want);
}

static void any_verb_in_the_past_between_quotation_and_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "\xE2\x80\x9CI cannot allow it to be said that the plan fails women\xE2\x80\x9D, "
        "launched Mira Tolvane in the Assembly, during questions to the government.\n\n"
        "\xE2\x80\x9CWe protect the small pensions,\xE2\x80\x9D she insisted.\n\n"
        "\xE2\x80\x9CThe reform is fair,\xE2\x80\x9D hammered the minister on Tuesday.\n";
    static const want_t want[] = {
        {"I cannot allow it", "Mira Tolvane", PER, 0, NULL},
        {"We protect the small", "Mira Tolvane", PRO, 0, NULL},
        {"The reform is fair", "Mira Tolvane", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void a_statement_before_anyone_spoke_is_the_opening_bodys(void **state)
{
    (void)state;
    static const char text[] =
        "The Ostrian League on Sunday re-admitted Tarsia, ending a decade-long suspension.\n\n"
        "Delegations from Tarsia \xE2\x80\x9Cwill resume their participation\xE2\x80\x9D "
        "from Sunday, said a statement after a unanimous decision by the ministers.\n\n"
        "Delegates met in Varna. A joint statement said they \xE2\x80\x9C" "agreed in full\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"will resume their", "Ostrian League", ORG, 0, NULL},
        {"agreed in full", "joint statement", ORG, 0, NULL},
    };
    CHECK(text, want);
}

static void an_indefinite_apposition_without_its_second_comma(void **state)
{
    (void)state;
    static const char text[] =
        "Refugees staged protests on Friday.\n\n"
        "Samir Hadad, a community leader was quoted by the Post as saying that the families "
        "had \xE2\x80\x9C" "disappeared from their shacks\xE2\x80\x9D days ago.\n\n"
        "Later, a senior official said the camp was \xE2\x80\x9Cquiet\xE2\x80\x9D.\n";
    static const want_t want[] = {
        {"disappeared from their shacks", "Samir Hadad", PER, 0, NULL},
        {"quiet", "senior official", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void a_bare_plural_in_a_report_that_goes_on(void **state)
{
    (void)state;
    static const char text[] =
        "Nine killed in raids\n\n"
        "The army said the operation took place after reports of what it called \xE2\x80\x9C"
        "armed infiltrators\xE2\x80\x9D. Troops carried out a raid and \xE2\x80\x9C"
        "effectively engaged\xE2\x80\x9D the site.\n\n"
        "Soldiers carried banners and \xE2\x80\x9Cstood firm\xE2\x80\x9D all night.\n";
    static const want_t want[] = {
        {"armed infiltrators", "army", PRO, 0, NULL},
        {"effectively engaged", "army", NON, 0, NULL},
        {"stood firm", "Soldiers", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* A source is anonymous: the lead's "a military source" is never the person the next
 * paragraph names ("the military source told ... Gen Tor Vaan promised ..."). Names in the next
 * paragraphs name whom the lead gave only a title, but a source is given no name on purpose. */
static void an_anonymous_source_is_never_named_later(void **state)
{
    (void)state;
    static const char text[] =
        "Junta scolds spokesman\n\n"
        "The junta spokesman was scolded for his remarks, a military source told the Delta Voice. "
        "\xE2\x80\x9CHe spoke carelessly,\xE2\x80\x9D said a military source on condition of "
        "anonymity. The spokesman was told not to do it again, the military source confided to "
        "the Delta Voice.\n\n"
        "Tor Vaan promised an election within a year, an analyst told the Delta Voice. Tor "
        "Vaan said the vote would bring \xE2\x80\x9Cpeace and order.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"He spoke carelessly", "military source", TTL, 0, NULL},
        {"peace and order", "Tor Vaan", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* A stock ticker in brackets after a firm's name ("(BHP.AX)(BLT.L)") is no one: "L" of
 * "BLT.L" had been read as a name and had taken the quotation the subject's participle gives
 * ("X said ..., calling it “...”"). */
static void a_stock_ticker_names_no_one(void **state)
{
    (void)state;
    static const char text[] =
        "Copper strike goes on\n\n"
        "Union leader Rado Varga said mine owner Halcor Mining (HLC.AX)(HLC.L) had refused to "
        "resume talks, calling the decision \xE2\x80\x9C" "a huge mistake that will spread the "
        "strike.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"a huge mistake", "Rado Varga", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "39º C." or "104 °F.": a temperature's unit after a number or a degree sign is no initial
 * and no one's name, and its period ends the sentence. "C." had become a person, whom the
 * next paragraph's "he stated" then meant, as no one else named could be "he" (the minister
 * who spoke last is meant now: a_translations_he_is_the_woman_who_spoke_last); and "C. Solis"
 * had been one name. */
static void a_temperature_unit_is_no_initial(void **state)
{
    (void)state;
    static const char text[] =
        "Drought dries rivers\n\n"
        "Water temperatures reached 39\xC2\xBA C. Solis said: \xE2\x80\x9CWe already have a "
        "plan.\xE2\x80\x9D\n\n"
        "The air reached 104 \xC2\xB0" "F. Vane said: \xE2\x80\x9CThe wells are dry.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"We already have", "Solis", PER, 0, NULL},
        {"The wells are dry", "Vane", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "the group" is never a government nor a state: "... urged the Petro administration not to
 * name Venezuela ... “...,” said the dissident group" is the guerrillas', not the
 * administration's nor Venezuela's, though those were the organizations named last. */
static void a_group_is_no_government(void **state)
{
    (void)state;
    static const char text[] =
        "Talks offer turned down\n\n"
        "The Tarsian People's Army denied the claim made by President Ivo Mark.\n\n"
        "In a statement, the rebels said they were not consulted and urged the Mark "
        "administration not to name Venezuela a guarantor without them.\n\n"
        "\xE2\x80\x9CWe do not reject talks, but there must be room for discussion,\xE2\x80\x9D "
        "said the dissident group.\n";
    static const want_t want[] = {
        {"We do not reject", "Tarsian People's Army", ORG, 0, NULL},
    };
    CHECK(text, want);
}

/* A quotation inside the sentence, then a title with no article, its name between commas and
 * the verb: "... found what is believed to be “the fuselage ...”, head of the city's rescue
 * agency, Muhammad Arif Anwar, said" is Anwar's, not the officials' of the lead. */
static void a_bare_title_then_its_name_after_a_quotation(void **state)
{
    (void)state;
    static const char text[] =
        "Plane debris found\n\n"
        "Rescuers found the debris of a missing plane on Sunday, officials said.\n\n"
        "Among the debris, the team found what is believed to be \xE2\x80\x9Cthe fuselage and "
        "the tail section\xE2\x80\x9D, head of Varna search and rescue agency, Tomas Ilic, said "
        "at a briefing.\n";
    static const want_t want[] = {
        {"the fuselage", "Tomas Ilic", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Mexico City.- President-elect ...": Spanish-language copy ends its dateline with a period
 * and a hyphen; the city is no one. A translation's "he" of the woman named there had gone to
 * the city, a name of two words no one had given a sex; it is hers, who spoke last
 * (a_translations_he_is_the_woman_who_spoke_last). */
static void a_dateline_ended_by_a_period_and_a_hyphen(void **state)
{
    (void)state;
    static const char text[] =
        "No going back on reform\n\n"
        "Mexico City.- President-elect Ana Ruiz said the reform would go ahead.\n\n"
        "\xE2\x80\x9CHow can a few people overturn the vote?\xE2\x80\x9D he asked.\n";
    static const want_t want[] = {
        {"How can a few", "Ana Ruiz", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "the next president" is the president-elect, as "the incoming president" is: "next" is a
 * time word elsewhere ("next week"), but before a role it describes the role's holder. */
static void the_next_president_is_the_president_elect(void **state)
{
    (void)state;
    static const char text[] =
        "Reform stays\n\n"
        "President-elect Ana Ruiz said the reform would pass.\n\n"
        "On the suspension, the next president assured that it has no basis. "
        "\xE2\x80\x9CThe deputies decide,\xE2\x80\x9D she said.\n";
    static const want_t want[] = {
        {"The deputies decide", "Ana Ruiz", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A quotation opening a sentence of the paragraph right after a credited one, its comma
 * inside, then the reporter's words and no verb of speech ("“In 1959, ...,” which meant Cuba
 * “was forced to defend itself.”"): the speaker of the sentence before goes on, as in the rest
 * of the sentence. */
static void a_quotation_before_the_reporters_gloss_goes_on(void **state)
{
    (void)state;
    static const char text[] =
        "Embassies reopen\n\n"
        "Foreign Minister Bruno Ramos spoke of the outstanding issues.\n\n"
        "\xE2\x80\x9CToday the embassies open again,\xE2\x80\x9D he said. \xE2\x80\x9CIn 1959, "
        "the United States refused to accept an independent island,\xE2\x80\x9D which meant "
        "Cuba \xE2\x80\x9Cwas forced to defend itself.\xE2\x80\x9D\n";
    static const want_t want[] = {
        {"Today the embassies", "Bruno Ramos", PRO, 0, NULL},
        {"In 1959", "Bruno Ramos", NON, 0, NULL},
        {"was forced", "Bruno Ramos", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* A quotation inside a quotation whose closing mark was left out, the outer one closed at the
 * paragraph's end ("\"We have told both sides, ‘Do not breach our airspace.\""): the outer
 * mark closes both, and the whole is one quotation of the speaker going on. */
static void an_inner_quotation_left_open_at_the_outer_close(void **state)
{
    (void)state;
    static const char text[] =
        "Jordan will not be a battleground\n\n"
        "Foreign Minister Ayman Rahal said Jordan \xE2\x80\x9Cwill not serve as a battleground\xE2"
        "\x80\x9D, reiterating that its sovereignty is not negotiable. \"We have told both "
        "sides, \xE2\x80\x98" "Do not breach our airspace.\"\n";
    static const want_t want[] = {
        {"will not serve", "Ayman Rahal", PER, 0, NULL},
        {"We have told both sides, \xE2\x80\x98" "Do not breach", "Ayman Rahal", NON, 0, NULL},
    };
    CHECK(text, want);
}

/* "Relief and Repatriation Commissioner Mohammad Abul Kalam said": capitalized words joined
 * by "and" before a role are the field of the title, not two speakers together ("Hamas and
 * Islamic Jihad said"); an unknown single word before "and" joins no one. */
static void a_title_field_joined_by_and_is_no_joint_subject(void **state)
{
    (void)state;
    static const char text[] =
        "Repatriation halted\n\n"
        "\xE2\x80\x9CRepatriation is not possible this time,\xE2\x80\x9D Refugee Relief and "
        "Repatriation Commissioner Mohammad Abul Kalam said at the camp.\n";
    static const want_t want[] = {
        {"Repatriation is not", "Mohammad Abul Kalam", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "at Shalbagan 26 No. Rohingya Camp": "No." after a number is an abbreviation in a camp's or
 * a street's name, as Bangladeshi copy writes it, and its period ends no sentence; the camp
 * is no one opening a sentence, whom "he" would mean before the speaker. */
static void no_after_a_number_ends_no_sentence(void **state)
{
    (void)state;
    static const char text[] =
        "Repatriation halted\n\n"
        "\xE2\x80\x9CRepatriation is not possible this time,\xE2\x80\x9D Commissioner Abul "
        "Kalam said at Shalbagan 26 No. Rohingya Camp at Teknaf today.\n\n"
        "He said anyone who wants to go back will be sent. \xE2\x80\x9C" "But we will not force "
        "anyone,\xE2\x80\x9D he added.\n";
    static const want_t want[] = {
        {"Repatriation is not", "Abul Kalam", PER, 0, NULL},
        {"But we will not", "Abul Kalam", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” he aded.": right after a quotation and its comma, "he" or "she" and any verb in the
 * past that ends the sentence credits the quotation, even one the rules do not know (here
 * misspelt), as "he added" would. */
static void a_pronoun_and_any_past_verb_after_a_quotation(void **state)
{
    (void)state;
    static const char text[] =
        "Repatriation halted\n\n"
        "\xE2\x80\x9CRepatriation is not possible this time,\xE2\x80\x9D Commissioner Abul "
        "Kalam said at the camp.\n\n"
        "He said anyone who wants to go back will be sent. \xE2\x80\x9C" "But we will not force "
        "anyone,\xE2\x80\x9D he aded.\n";
    static const want_t want[] = {
        {"Repatriation is not", "Abul Kalam", PER, 0, NULL},
        {"But we will not", "Abul Kalam", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* Translated copy may call a woman "he" ("“...,” he responded" of Claudia Sheinbaum): when
 * no one known by a full name or a title can be "he", and the person who spoke last, with no
 * one speaking since, is a woman, the words are hers, before a lone capitalized word that
 * never spoke ("Forecast is from ..."); and she is still "she" after. An organization that
 * spoke since keeps its own reading (she_is_no_dmitry_even_as_a_last_resort). */
static void a_translations_he_is_the_woman_who_spoke_last(void **state)
{
    (void)state;
    static const char text[] =
        "Reform will stay\n\n"
        "Forecast is from the president-elect.\n\n"
        "President-elect Ana Ruiz said the reform was the will of the people. Asked about the "
        "court, Ruiz questioned it.\n\n"
        "\xE2\x80\x9CHow can a few people overturn the vote?\xE2\x80\x9D he responded.\n\n"
        "\xE2\x80\x9CThe deputies decide,\xE2\x80\x9D she said.\n";
    static const want_t want[] = {
        {"How can a few", "Ana Ruiz", PRO, 0, NULL},
        {"The deputies decide", "Ana Ruiz", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* A translation's slip ("he" of the woman who spoke last) is read only when no one who can be
 * "he" spoke: "Peskov said ..." is a man known by his surname alone, and "he" is he, though
 * Maria Zakharova spoke after him. */
static void a_lone_surname_that_spoke_is_he_before_any_slip(void **state)
{
    (void)state;
    static const char text[] =
        "Moscow warns\n\n"
        "Peskov said Moscow would respond.\n\n"
        "Foreign Ministry spokeswoman Maria Zakharova said the West was to blame.\n\n"
        "\xE2\x80\x9CWe will not wait,\xE2\x80\x9D he said.\n";
    static const want_t want[] = {
        {"We will not wait", "Peskov", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "Mexico City.– The INE ...": the dateline's period may be followed by an en dash or an em
 * dash as well as by a hyphen. */
static void a_dateline_ended_by_a_period_and_a_dash(void **state)
{
    (void)state;
    static const char text[] =
        "No going back on reform\n\n"
        "Mexico City.\xE2\x80\x93 President-elect Ana Ruiz said the reform would go ahead.\n\n"
        "\xE2\x80\x9CHow can a few people overturn the vote?\xE2\x80\x9D he asked.\n";
    static const want_t want[] = {
        {"How can a few", "Ana Ruiz", PRO, 0, NULL},
    };
    CHECK(text, want);
}

static void irish_offices_are_titles(void **state)
{
    (void)state;
    static const char text[] =
        "Border talks to go on, says Taoiseach\n\n"
        "Taoiseach Niamh Byrne said: \"The talks will go on into the new year.\"\n\n"
        /* Tanaiste as some outlets write it, without the accent (the rules' words are ASCII) */
        "Tanaiste Cian Walsh was less hopeful. The Taoiseach said there was \"real goodwill\" "
        "on both sides.\n\n"
        "\"We are not there yet,\" the Tanaiste added.\n";
    static const want_t want[] = {
        {"The talks will", "Niamh Byrne", PER, 0, NULL},
        {"real goodwill", "Niamh Byrne", TTL, 0, NULL},
        {"We are not", "Cian Walsh", TTL, 0, NULL},
    };
    CHECK(text, want);
}

static void a_one_word_crosshead_from_the_next_quotation(void **state)
{
    (void)state;
    /* A crosshead may pull one word out of the middle of the next quotation, capitalized. */
    static const char text[] =
        "Climate talks stall\n\n"
        "Envoy Mark Hill said the talks were slow. \"We keep talking,\" he added.\n\n"
        "'Shameful'\n\n"
        "Environment Minister Ana Costa said it was \"a shameful delay\" by the producers.\n";
    static const want_t want[] = {
        {"We keep talking", "Mark Hill", PRO, 0, NULL},
        {"Shameful", "Ana Costa", NON, 0, NULL},
        {"a shameful delay", "Ana Costa", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "..., Prime Minister X told journalists, Report informs": an agency's credit after the
 * reported words, as Azerbaijani and Georgian wires write it; the agency's one-word name is no
 * person whom the next "he" could mean. */
static void an_agency_that_informs_is_no_person(void **state)
{
    (void)state;
    static const char text[] =
        "Talks must resume, says minister\n\n"
        "Armenia wants the border talks to resume soon, Deputy Foreign Minister Davit Sahakyan "
        "told reporters, Vestnik informs.\n\n"
        "\"We are ready to meet at any level,\" he said.\n\n"
        "The talks stalled in May, Kavkaz reports.\n\n"
        "\"Nobody gains from the delay,\" he added.\n";
    static const want_t want[] = {
        {"We are ready", "Davit Sahakyan", PRO, 0, NULL},
        {"Nobody gains", "Davit Sahakyan", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "the foreign ministry's representative stressed": the ministry's spokesperson named before
 * (a representative of a ministry, in its own words, is who speaks for it); and "the
 * ministry's spokesperson" is hers, a body's word being no owner as "Hara's" is. */
static void a_ministrys_representative_is_its_spokesperson(void **state)
{
    (void)state;
    static const char text[] =
        "Hanoi rejects survey ship\n\n"
        "Deputy spokesperson for the Ministry of Foreign Affairs Pham Thu Hang told a briefing "
        "that the ship must leave.\n\n"
        "\"We firmly oppose the survey,\" the foreign ministry's representative stressed.\n\n"
        "\"The ship has no right to be there,\" the ministry's spokesperson added.\n";
    static const want_t want[] = {
        {"We firmly oppose", "Pham Thu Hang", TTL, 0, NULL},
        {"The ship has", "Pham Thu Hang", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...,” the 43-year-old said": an age with no noun after it is the epithet itself, for the
 * person just described, as "the 64-year-old diplomat" is. */
static void an_age_alone_refers_back(void **state)
{
    (void)state;
    static const char text[] =
        "Spokesman says he was once a ghost\n\n"
        "Zabi Rahman told a Pakistani paper that foreign troops had hunted him for years.\n\n"
        "\xE2\x80\x9CThey came to think I was not a real person,\xE2\x80\x9D the 43-year-old "
        "said.\n";
    static const want_t want[] = {
        {"They came to think", "Zabi Rahman", TTL, 0, NULL},
    };
    CHECK(text, want);
}

/* "Spokesperson for the Ministry of Foreign Affairs Le Thi Thu Hang said": a name after the
 * body's last word may open with a word that is elsewhere a particle ("Le" of "Le Pen"): here
 * the Vietnamese surname, the name's first word; and particles in lower case may stand inside
 * it ("Pieter van der Berg", "Ana de la Cruz"), and in capitals ("Jean-Yves Le Drian", "Ali
 * Bin Hamad"). */
static void a_name_opening_with_a_particle_after_a_body(void **state)
{
    (void)state;
    static const char text[] =
        "Hanoi protests\n\n"
        "Spokesperson for the Ministry of Foreign Affairs Le Thi Thu Hang said: \"We oppose "
        "this.\"\n\n"
        "\"It must stop,\" the spokesperson added.\n\n"
        "Spokesman for the Ministry of Foreign Affairs Pieter van der Berg said: \"We regret "
        "it.\"\n\n"
        "Head of the Foreign Ministry Ana de la Cruz said: \"We will reply.\"\n\n"
        "Minister for Foreign Affairs Jean-Yves Le Drian said: \"We are ready.\"\n\n"
        "Minister of State for Foreign Affairs Ali Bin Hamad said: \"We agree.\"\n";
    static const want_t want[] = {
        {"We oppose this", "Le Thi Thu Hang", PER, 0, NULL},
        {"It must stop", "Le Thi Thu Hang", TTL, 0, NULL},
        {"We regret it", "Pieter van der Berg", PER, 0, NULL},
        {"We will reply", "Ana de la Cruz", PER, 0, NULL},
        {"We are ready", "Jean-Yves Le Drian", PER, 0, NULL},
        {"We agree", "Ali Bin Hamad", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Chief of General Staff Valery Gerasimov said": "Staff" ends the office's name, as "Affairs"
 * does, and the name after it is the chief's (it had been read as "Staff Valery Gerasimov"). */
static void a_chief_of_staff_and_the_name_after(void **state)
{
    (void)state;
    static const char text[] =
        "Army chiefs meet\n\n"
        "Chief of General Staff Pavel Orlov said: \"We are ready.\"\n\n"
        "White House Chief of Staff Dana Reed said: \"We will see.\"\n\n"
        "Chief of the Defence Staff Tom Hale said: \"We are watching.\"\n";
    static const want_t want[] = {
        {"We are ready", "Pavel Orlov", PER, 0, NULL},
        {"We will see", "Dana Reed", PER, 0, NULL},
        {"We are watching", "Tom Hale", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "López Obrador added" after "Andrés Manuel López Obrador": Spanish names give both surnames,
 * and the press writes the two without the given names; they are the person named in full. */
static void both_surnames_without_the_given_names(void **state)
{
    (void)state;
    static const char text[] =
        "Reform goes ahead\n\n"
        "\"We will not back down,\" President Rosa María Vega Ortiz said on Monday.\n\n"
        "Vega Ortiz added: \"The reform goes ahead.\"\n";
    static const want_t want[] = {
        {"We will not", "Rosa María Vega Ortiz", PER, 0, NULL},
        {"The reform goes", "Rosa María Vega Ortiz", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "Zakharova: “...”" in the headline, "Maria Zakharova said" in the story: the headline's
 * quotation takes the full name once the story gives it, as the speaker column promises. */
static void a_headline_surname_takes_the_full_name(void **state)
{
    (void)state;
    static const char text[] =
        "Varga: \"We will not be pressured\"\n\n"
        "Foreign Ministry spokeswoman Ilona Varga said on Monday the talks \"must resume "
        "soon.\"\n";
    static const want_t want[] = {
        {"We will not be", "Ilona Varga", PER, 0, NULL},
        {"must resume soon", "Ilona Varga", PER, 0, NULL},
    };
    CHECK(text, want);
}

/* "“...”  That's Governor Roy Cooper Tuesday afternoon.": a radio script names who spoke the
 * quotation before it ("That was X", "That's X"), as "That was how X described it" does;
 * not "That was Lee's last visit", no person's words. */
static void a_radio_scripts_thats_credit(void **state)
{
    (void)state;
    static const char text[] =
        "Storm nears the coast\n\n"
        "\"This storm is a monster. It is big and it is dangerous.\"\n\n"
        "That's Governor Alan Price Tuesday afternoon. He has ordered an evacuation.\n\n"
        "\"We will get through this together.\"\n\n"
        "That was Mayor Jo Lee speaking in Wilmington.\n\n"
        "\"Thank you all.\"\n\n"
        "That was Ken Ito's last visit to the city.\n";
    static const want_t want[] = {
        {"This storm is", "Alan Price", PER, 0, NULL},
        {"We will get", "Jo Lee", PER, 0, NULL},
        {"Thank you all", "Jo Lee", NON, 0, NULL}, /* the last speaker's, as before: no credit */
    };
    CHECK(text, want);
}

/* "Moss passed the floor to Ivo Rank, head of the team, to give an update. “...,” he
 * recalled.": whom the floor is given to speaks next, and "he" is he, not the one who gave
 * it. */
static void the_floor_passed_to_the_next_speaker(void **state)
{
    (void)state;
    static const char text[] =
        "Fund grows\n\n"
        "Board chair Ken Moss opened the session and spoke briefly.\n\n"
        "\"We have much to do,\" Moss said.\n\n"
        "Moss then passed the floor to Ivo Rank, head of the relief team, to give an update.\n\n"
        "\"In March the board set up a fund,\" he recalled.\n";
    static const want_t want[] = {
        {"We have much", "Ken Moss", PER, 0, NULL},
        {"In March the board", "Ivo Rank", PRO, 0, NULL},
    };
    CHECK(text, want);
}

/* "POTUS said" in a White House pool report: the president named before (the initials of
 * President of the United States, as "PM" is the prime minister's), not the other country's
 * president named since; and no plural for its final S. */
static void potus_is_the_president(void **state)
{
    (void)state;
    static const char text[] =
        "Pool report: leaders meet\n\n"
        "President Dan Hale met South Korean President Kim Ara on Tuesday. Hale said the tests "
        "were reckless. POTUS said the \"door to talks is open,\" but he added that it was up "
        "to Pyongyang.\n";
    static const want_t want[] = {
        {"door to talks", "Dan Hale", TTL, 0, NULL},
    };
    CHECK(text, want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sentence_openers_are_not_speakers),
        cmocka_unit_test(organizations_speak),
        cmocka_unit_test(organization_described_in_apposition),
        cmocka_unit_test(pronouns_and_titles_resolve),
        cmocka_unit_test(gender_picks_the_person),
        cmocka_unit_test(continued_quotes_inherit),
        cmocka_unit_test(paragraph_opened_by_x_said),
        cmocka_unit_test(multi_paragraph_quote),
        cmocka_unit_test(names_inside_quotes_and_after_prepositions),
        cmocka_unit_test(periods_inside_names),
        cmocka_unit_test(attribution_is_not_reread_as_a_name),
        cmocka_unit_test(appositions_and_relative_clauses),
        cmocka_unit_test(organization_named_in_apposition),
        cmocka_unit_test(sentence_subject_takes_the_pronoun),
        cmocka_unit_test(speaker_after_a_conjunction),
        cmocka_unit_test(honorific_word_ending_a_name),
        cmocka_unit_test(title_of_country_before_a_name),
        cmocka_unit_test(suffixes_and_nicknames_in_names),
        cmocka_unit_test(passive_with_its_agent),
        cmocka_unit_test(speaker_described_by_mood),
        cmocka_unit_test(person_of_an_organization_before_the_verb),
        cmocka_unit_test(words_inside_a_reported_clause),
        cmocka_unit_test(a_datelines_city_is_nobody),
        cmocka_unit_test(initials_in_parentheses_gloss_a_name),
        cmocka_unit_test(a_counterpart_holds_the_same_office),
        cmocka_unit_test(quotation_then_a_participle),
        cmocka_unit_test(subject_after_an_opening_adverb),
        cmocka_unit_test(statement_of_the_organization_named_before),
        cmocka_unit_test(news_agencies_are_organizations),
        cmocka_unit_test(author_after_by_is_remembered),
        cmocka_unit_test(former_and_latter),
        cmocka_unit_test(apposition_without_its_second_comma),
        cmocka_unit_test(attributed_fragment_is_not_a_term),
        cmocka_unit_test(ordinary_people_have_trades),
        cmocka_unit_test(descriptions_refer_back),
        cmocka_unit_test(title_of_a_country_is_a_title),
        cmocka_unit_test(nationality_before_a_noun_is_no_person),
        cmocka_unit_test(joined_verb_takes_its_clause_subject),
        cmocka_unit_test(possessive_after_preposition_is_remembered),
        cmocka_unit_test(plural_noun_before_a_modal_is_no_verb),
        cmocka_unit_test(name_after_title_for_organization),
        cmocka_unit_test(opening_participle_is_not_the_subject),
        cmocka_unit_test(the_group_refers_back),
        cmocka_unit_test(opening_adverb_is_not_a_name),
        cmocka_unit_test(passive_quoted_and_secretary_general),
        cmocka_unit_test(subject_after_an_opening_phrase),
        cmocka_unit_test(acronyms_are_not_function_words),
        cmocka_unit_test(closing_punctuation_decides),
        cmocka_unit_test(embedded_quote_looks_after),
        cmocka_unit_test(thinking_verbs_only_next_to_the_quote),
        cmocka_unit_test(participles_take_the_clause_subject),
        cmocka_unit_test(reported_clauses_keep_the_reporter),
        cmocka_unit_test(according_to_and_statements),
        cmocka_unit_test(split_quote_is_one_statement),
        cmocka_unit_test(split_quote_around_a_relative_clause),
        cmocka_unit_test(frame_is_the_verb_and_its_manner),
        cmocka_unit_test(stray_mark_in_one_line_per_paragraph),
        cmocka_unit_test(unclosed_straight_quote_before_another),
        cmocka_unit_test(elisions_and_possessives),
        cmocka_unit_test(straight_mark_closed_by_curly),
        cmocka_unit_test(curly_mark_closed_by_straight),
        cmocka_unit_test(curly_closed_by_straight_before_a_curly_closer),
        cmocka_unit_test(title_variants_refer_back),
        cmocka_unit_test(clause_after_that_is_speech),
        cmocka_unit_test(title_field_joined_by_and),
        cmocka_unit_test(a_person_keeps_an_earlier_title),
        cmocka_unit_test(rank_after_an_office),
        cmocka_unit_test(title_named_later),
        cmocka_unit_test(quoted_as_saying_and_un_chief),
        cmocka_unit_test(appeared_to_suggest),
        cmocka_unit_test(quote_completes_the_verb),
        cmocka_unit_test(which_after_a_preposition),
        cmocka_unit_test(spokesman_and_quoted_him),
        cmocka_unit_test(scare_quoted_terms_are_not_speech),
        cmocka_unit_test(closing_mark_used_to_open),
        cmocka_unit_test(it_is_the_organization_that_spoke),
        cmocka_unit_test(verbs_that_report_nothing),
        cmocka_unit_test(names_joined_after_a_preposition),
        cmocka_unit_test(quoted_terms_before_their_noun),
        cmocka_unit_test(wire_copy_names_companies_and_labels),
        cmocka_unit_test(transcript_questions_have_no_speaker),
        cmocka_unit_test(named_after_an_owned_title_takes_the_pronoun),
        cmocka_unit_test(speaker_named_in_the_next_sentence),
        cmocka_unit_test(a_negated_verb_reports_nothing),
        cmocka_unit_test(quoted_from_its_verb),
        cmocka_unit_test(a_dateline_is_no_speaker),
        cmocka_unit_test(an_organization_by_its_first_word),
        cmocka_unit_test(an_age_epithet_refers_back),
        cmocka_unit_test(a_title_named_later),
        cmocka_unit_test(the_title_named_in_apposition),
        cmocka_unit_test(introduced_after_a_preposition),
        cmocka_unit_test(transcript_turns_are_statements),
        cmocka_unit_test(transcript_excerpt_inside_a_story),
        cmocka_unit_test(transcript_labels_with_time_stamps),
        cmocka_unit_test(quotations_inside_a_turn),
        cmocka_unit_test(people_after_prepositions_and_in_questions),
        cmocka_unit_test(report_with_apposition_and_former_offices),
        cmocka_unit_test(name_after_a_title_and_its_capital),
        cmocka_unit_test(the_passive_agent_after_the_quotation),
        cmocka_unit_test(relays_are_not_speakers),
        cmocka_unit_test(a_titles_office_is_named_whole),
        cmocka_unit_test(a_titled_heading_a_statement_which_read_and_the_cleric),
        cmocka_unit_test(a_verb_before_a_title_word_ends_the_name),
        cmocka_unit_test(a_statement_named_for_initials),
        cmocka_unit_test(a_statement_whose_verb_is_quoted),
        cmocka_unit_test(the_owner_of_allegations),
        cmocka_unit_test(a_time_between_subject_and_verb),
        cmocka_unit_test(a_surname_spelled_another_way),
        cmocka_unit_test(a_lower_case_head_of_a_name),
        cmocka_unit_test(a_quotation_that_goes_on_unreported),
        cmocka_unit_test(a_headline_quotation_then_its_speaker),
        cmocka_unit_test(a_report_within_a_report_is_no_new_speaker),
        cmocka_unit_test(a_participle_after_a_reduced_passive),
        cmocka_unit_test(a_passive_agent_inside_a_reported_clause),
        cmocka_unit_test(a_title_and_name_met_outside_a_report),
        cmocka_unit_test(in_her_opinion_is_according_to_her),
        cmocka_unit_test(a_titled_name_of_a_country_in_apposition),
        cmocka_unit_test(further_on_is_no_preposition),
        cmocka_unit_test(the_first_words_of_a_long_name),
        cmocka_unit_test(foreign_affairs_minister_in_apposition),
        cmocka_unit_test(a_verb_between_a_name_and_a_title),
        cmocka_unit_test(a_statement_quoted_from_its_verb_then_credited),
        cmocka_unit_test(his_after_a_verb_tells_a_man),
        cmocka_unit_test(typewriter_double_marks),
        cmocka_unit_test(outlets_hyphenated_surnames_and_datelines),
        cmocka_unit_test(a_passive_agent_has_not_spoken),
        cmocka_unit_test(a_reported_subject_without_that),
        cmocka_unit_test(words_far_from_a_reported_verb),
        cmocka_unit_test(md_is_a_given_name),
        cmocka_unit_test(a_title_for_the_sentences_own_subject),
        cmocka_unit_test(a_field_after_of_is_no_name),
        cmocka_unit_test(an_envoy_in_a_city_then_the_name),
        cmocka_unit_test(pro_and_anti_make_no_name),
        cmocka_unit_test(an_object_before_a_participle),
        cmocka_unit_test(a_speech_nouns_author_nearer_than_the_verb),
        cmocka_unit_test(a_subject_after_an_opening_participle),
        cmocka_unit_test(a_countrys_possessive_title_is_an_epithet),
        cmocka_unit_test(a_title_case_headline_is_no_antecedent),
        cmocka_unit_test(a_speech_nouns_clause_holds_one_quotation),
        cmocka_unit_test(quoted_as_saying_with_an_apposition),
        cmocka_unit_test(quoted_with_no_as_saying),
        cmocka_unit_test(the_head_of_state_in_one_word),
        cmocka_unit_test(an_infinitive_after_the_quotation),
        cmocka_unit_test(said_then_a_possessive_is_no_speaker),
        cmocka_unit_test(a_verb_inside_after_a_statement_adjunct),
        cmocka_unit_test(a_described_generic_role_refers_back),
        cmocka_unit_test(spokesman_gives_no_gender),
        cmocka_unit_test(the_main_clause_subject_outranks_a_subordinate_speaker),
        cmocka_unit_test(a_photo_credit_is_no_speaker),
        cmocka_unit_test(captions_name_no_speaker_and_no_subject),
        cmocka_unit_test(an_according_to_source_has_spoken),
        cmocka_unit_test(say_after_a_relative_reports_its_clause),
        cmocka_unit_test(an_organizations_statement_is_its_own),
        cmocka_unit_test(the_document_is_its_authors),
        cmocka_unit_test(the_group_keeps_its_organization),
        cmocka_unit_test(the_author_of_statements_of_x_that),
        cmocka_unit_test(initials_joined_to_a_word_are_no_name),
        cmocka_unit_test(a_name_before_a_particle_and_a_gerund_after_a_preposition),
        cmocka_unit_test(a_participle_reports_a_governments_clause),
        cmocka_unit_test(a_name_after_a_title_in_an_office_is_its_holders),
        cmocka_unit_test(it_is_the_document_that_spoke_last),
        cmocka_unit_test(the_first_two_words_of_a_longer_name),
        cmocka_unit_test(this_is_how_x_responded),
        cmocka_unit_test(the_spokesperson_is_the_representative),
        cmocka_unit_test(a_photographers_credit_is_no_one),
        cmocka_unit_test(a_verb_then_its_speaker_after_the_quotation),
        cmocka_unit_test(quoted_a_title_and_name_as_calling),
        cmocka_unit_test(which_never_stands_for_a_person),
        cmocka_unit_test(a_thing_then_its_verb_in_the_marks),
        cmocka_unit_test(a_subordinate_clauses_quotation_leaves_the_floor),
        cmocka_unit_test(an_apposition_after_a_prepositions_object),
        cmocka_unit_test(a_ministry_by_its_trade_is_the_one_named_before),
        cmocka_unit_test(two_labels_under_a_briefing_heading),
        cmocka_unit_test(circumstance_clauses_sources_and_letters),
        cmocka_unit_test(colon_after_a_subject_with_apposition),
        cmocka_unit_test(the_interviewer_asks),
        cmocka_unit_test(adverbs_ranks_statements_and_shortened_titles),
        cmocka_unit_test(the_subject_of_a_sentence_without_a_reporting_verb),
        cmocka_unit_test(a_turns_speaker_stands_before_its_words),
        cmocka_unit_test(a_field_of_affairs_is_no_nationality),
        cmocka_unit_test(roundup_headings_and_party_titles),
        cmocka_unit_test(the_reporter_goes_on_after_a_report_within_a_report),
        cmocka_unit_test(sheikh_is_no_gender),
        cmocka_unit_test(bulleted_lists_and_owned_ministries),
        cmocka_unit_test(press_services_statements_and_the_passive),
        cmocka_unit_test(epithets_and_object_clauses),
        cmocka_unit_test(title_case_words_after_a_name_and_colon),
        cmocka_unit_test(the_outlet_is_the_outlet_named_last),
        cmocka_unit_test(title_words_without_an_office),
        cmocka_unit_test(issuing_a_statement_is_speaking),
        cmocka_unit_test(the_officer_is_the_unnamed_speaker),
        cmocka_unit_test(according_to_an_agency_described),
        cmocka_unit_test(quoted_with_an_apposition_as_saying),
        cmocka_unit_test(a_speech_nouns_author_and_its_that_clause),
        cmocka_unit_test(an_envoys_post_then_the_name),
        cmocka_unit_test(a_bodys_speech_noun_in_lower_case),
        cmocka_unit_test(according_to_his_office),
        cmocka_unit_test(rank_then_office_and_the_republics_minister),
        cmocka_unit_test(a_nationality_the_rules_did_not_know),
        cmocka_unit_test(a_relative_clause_with_a_list),
        cmocka_unit_test(a_name_after_in_is_a_place),
        cmocka_unit_test(a_quoted_verb_after_a_named_body),
        cmocka_unit_test(initials_in_parentheses_name_the_organization),
        cmocka_unit_test(a_title_named_after_the_lead),
        cmocka_unit_test(a_glossed_name_with_for_and_and),
        cmocka_unit_test(a_statement_that_said),
        cmocka_unit_test(a_nationality_is_no_name),
        cmocka_unit_test(according_to_after_the_predicate),
        cmocka_unit_test(a_field_of_relations_and_cooperation),
        cmocka_unit_test(a_speech_noun_then_where_then_that),
        cmocka_unit_test(a_document_no_one_issued),
        cmocka_unit_test(declared_persona_non_grata),
        cmocka_unit_test(a_headline_credited_after_a_colon),
        cmocka_unit_test(more_nations_the_rules_did_not_know),
        cmocka_unit_test(ordinary_people_speak),
        cmocka_unit_test(a_name_and_others),
        cmocka_unit_test(this_was_announced_by),
        cmocka_unit_test(first_alone_is_no_title),
        cmocka_unit_test(a_credit_without_its_verb),
        cmocka_unit_test(a_straight_mark_closed_by_two_apostrophes),
        cmocka_unit_test(grave_accents_closed_by_a_double_prime),
        cmocka_unit_test(the_bloc_after_a_body_of_initials),
        cmocka_unit_test(adding_goes_on_with_the_reporter),
        cmocka_unit_test(joint_speakers),
        cmocka_unit_test(prompting_someone_to_vow),
        cmocka_unit_test(the_council_of_the_initials),
        cmocka_unit_test(a_speech_noun_of_the_words),
        cmocka_unit_test(a_headline_name_then_words),
        cmocka_unit_test(a_that_clause_quoted_whole),
        cmocka_unit_test(an_indefinite_title_named_in_apposition),
        cmocka_unit_test(a_relative_clause_with_a_surname),
        cmocka_unit_test(prompting_a_titled_name),
        cmocka_unit_test(a_current_title_is_no_former_holder),
        cmocka_unit_test(a_title_of_a_field_before_the_name),
        cmocka_unit_test(a_conjunction_then_a_name_in_apposition),
        cmocka_unit_test(a_relative_clause_that_reports_with_that),
        cmocka_unit_test(despite_someone_saying),
        cmocka_unit_test(a_name_after_by_then_who),
        cmocka_unit_test(he_wrote_the_letter_he_signed),
        cmocka_unit_test(a_headline_verb_is_no_name),
        cmocka_unit_test(a_possessive_country_gives_a_name_its_nation),
        cmocka_unit_test(an_outlet_introduced_by_its_noun),
        cmocka_unit_test(a_president_elect_is_the_president),
        cmocka_unit_test(a_lone_opening_word_is_no_subject),
        cmocka_unit_test(the_title_of_the_last_speaker),
        cmocka_unit_test(the_president_is_no_vice_president),
        cmocka_unit_test(an_owner_by_of_is_the_possessive_owner),
        cmocka_unit_test(a_plural_title_opening_a_sentence_is_no_name),
        cmocka_unit_test(an_indefinite_plural_title_is_a_group),
        cmocka_unit_test(a_spokesman_for_a_person_is_not_the_person),
        cmocka_unit_test(an_opening_participle_before_by_is_no_name),
        cmocka_unit_test(state_before_a_role_is_a_title_word),
        cmocka_unit_test(a_crowds_chant_is_not_the_last_speakers),
        cmocka_unit_test(a_place_after_a_compound_adjective_is_no_subject),
        cmocka_unit_test(says_after_a_lower_case_title_and_name),
        cmocka_unit_test(two_bodies_joined_after_a_conjunction),
        cmocka_unit_test(the_office_of_a_title_is_the_office),
        cmocka_unit_test(a_mouthpiece_is_an_outlet),
        cmocka_unit_test(the_agency_is_the_body_that_spoke),
        cmocka_unit_test(reads_after_initials),
        cmocka_unit_test(the_statement_of_a_body_is_the_next_statement),
        cmocka_unit_test(two_nations_before_a_title_give_none),
        cmocka_unit_test(for_his_part_between_subject_and_verb),
        cmocka_unit_test(the_head_of_a_countrys_government),
        cmocka_unit_test(any_opens_a_noun_phrase),
        cmocka_unit_test(a_quote_label_names_its_speaker),
        cmocka_unit_test(a_lower_case_surname_before_who),
        cmocka_unit_test(a_statement_of_several_issuers),
        cmocka_unit_test(an_unclosed_paragraph_quote_keeps_the_speaker),
        cmocka_unit_test(an_offices_initials_alone_are_definite),
        cmocka_unit_test(a_boss_is_a_role),
        cmocka_unit_test(heard_saying_names_the_speaker),
    cmocka_unit_test(soldiers_and_peacekeepers_are_roles),
    cmocka_unit_test(a_modifier_tells_two_bodies_apart),
    cmocka_unit_test(a_nations_leader_is_its_head_named_before),
    cmocka_unit_test(an_envoy_is_the_ambassador),
    cmocka_unit_test(a_title_after_the_name_that_opened_the_sentence_before),
    cmocka_unit_test(a_street_is_no_person),
    cmocka_unit_test(of_the_joins_a_bodys_name),
    cmocka_unit_test(a_nations_adjective_opens_no_body),
    cmocka_unit_test(state_before_a_bodys_head),
    cmocka_unit_test(border_guards_are_a_body),
    cmocka_unit_test(said_to_have_told_keeps_the_subject),
    cmocka_unit_test(said_an_official_quoting_a_minister),
    cmocka_unit_test(a_fields_list_in_an_apposition),
    cmocka_unit_test(a_member_is_a_role),
    cmocka_unit_test(a_titles_apposition_left_open),
    cmocka_unit_test(remarks_a_name_made_is_no_attribution),
    cmocka_unit_test(states_after_a_preposition_is_a_noun),
    cmocka_unit_test(cited_by_an_outlet_before_the_verb),
    cmocka_unit_test(a_gloss_after_a_dash_keeps_the_speaker),
    cmocka_unit_test(a_claim_called_lies_after_its_clause),
    cmocka_unit_test(a_warning_issued_is_its_issuers),
    cmocka_unit_test(no_statement_makes_no_speaker),
    cmocka_unit_test(a_title_for_the_subject_not_the_one_met),
    cmocka_unit_test(an_opening_adverb_is_no_name),
    cmocka_unit_test(a_quotation_in_a_relative_clause_before_the_verb),
    cmocka_unit_test(a_vp_is_a_vice_president),
    cmocka_unit_test(a_message_from_one_to_another),
    cmocka_unit_test(the_nationality_alone_is_its_speaker),
    cmocka_unit_test(a_document_of_another_nation_speaks_for_itself),
    cmocka_unit_test(on_his_part_before_the_verb),
    cmocka_unit_test(a_headline_credit_after_a_dash),
    cmocka_unit_test(a_relative_clause_before_the_credit),
    cmocka_unit_test(a_lower_case_title_without_its_article),
    cmocka_unit_test(a_two_word_owner_before_a_body),
    cmocka_unit_test(a_nationality_before_a_noun_is_no_name),
    cmocka_unit_test(joined_verbs_in_a_subordinate_clause),
    cmocka_unit_test(a_bare_title_in_the_possessive),
    cmocka_unit_test(unattributed_words_go_on_from_the_last_speaker),
    cmocka_unit_test(an_honorific_after_an_opening_phrase),
    cmocka_unit_test(a_place_then_a_title_after_an_opening_preposition),
    cmocka_unit_test(a_relative_clause_without_commas_before_the_verb),
    cmocka_unit_test(a_later_credit_after_a_subject_that_is_no_one),
    cmocka_unit_test(one_of_a_group_speaks),
    cmocka_unit_test(two_offices_the_second_in_lower_case),
    cmocka_unit_test(a_credit_that_ends_the_sentence),
    cmocka_unit_test(a_leading_office_is_no_epithet_for_another),
    cmocka_unit_test(a_capitalized_title_before_anyone_spoke),
    cmocka_unit_test(a_male_form_does_not_name_the_spokeswoman),
    cmocka_unit_test(a_field_spelled_with_a_hyphen),
    cmocka_unit_test(a_party_after_a_titles_of_with_a_modifier),
    cmocka_unit_test(a_lawmaker_is_the_member_who_spoke),
    cmocka_unit_test(a_described_body_in_a_place_gives_way_to_its_name),
    cmocka_unit_test(a_headline_quotes_after_its_verb),
    cmocka_unit_test(a_characterization_before_its_noun),
    cmocka_unit_test(refer_reports_words),
    cmocka_unit_test(appreciate_reports_words),
    cmocka_unit_test(view_justify_invite_attribute_report_words),
    cmocka_unit_test(a_headline_quotes_after_its_speaker),
    cmocka_unit_test(an_opening_participle_reports_the_words),
    cmocka_unit_test(words_after_called_before_a_noun),
    cmocka_unit_test(several_times_before_the_verb),
    cmocka_unit_test(thought_verb_ending_the_credit),
    cmocka_unit_test(name_after_a_lower_case_body),
    cmocka_unit_test(lower_case_said_after_a_closed_quotation),
    cmocka_unit_test(according_to_relays_a_reported_speaker),
    cmocka_unit_test(bared_reports_words),
    cmocka_unit_test(reported_him_saying),
    cmocka_unit_test(final_credit_after_a_joined_clause),
    cmocka_unit_test(unnamed_opens_a_sources_title),
    cmocka_unit_test(opening_clause_keeps_its_quotation),
    cmocka_unit_test(letters_speak_for_their_sender),
    cmocka_unit_test(a_time_before_the_author_of_comments),
    cmocka_unit_test(a_bodys_word_names_the_documents_issuer),
    cmocka_unit_test(title_gathered_at_an_event),
    cmocka_unit_test(a_documents_words_are_no_terms),
    cmocka_unit_test(adverb_in_a_clause_after_after),
    cmocka_unit_test(media_speak_and_publish),
    cmocka_unit_test(a_person_and_a_past_verb_after_the_words),
    cmocka_unit_test(a_person_who_cites_keeps_the_floor),
    cmocka_unit_test(a_comma_after_the_reporting_verb),
    cmocka_unit_test(an_agency_reports_his_words),
    cmocka_unit_test(according_to_after_a_relative_clause),
    cmocka_unit_test(a_bodys_spokesperson_is_no_ones_own),
    cmocka_unit_test(a_high_commissioner_is_an_envoy),
    cmocka_unit_test(as_x_had_argued_is_inside_the_report),
    cmocka_unit_test(a_plural_title_of_two_names),
    cmocka_unit_test(a_document_from_a_named_place),
    cmocka_unit_test(an_agent_past_an_aside),
    cmocka_unit_test(a_time_before_words_quoted_from_their_verb),
    cmocka_unit_test(in_turn_before_the_verb),
    cmocka_unit_test(the_body_is_the_organization_named),
    cmocka_unit_test(a_surname_alone_names_the_titled_speaker),
    cmocka_unit_test(according_to_after_a_participle),
    cmocka_unit_test(a_country_after_its_city),
    cmocka_unit_test(the_french_are_their_body),
    cmocka_unit_test(his_majesty_is_the_king),
    cmocka_unit_test(words_joined_to_said_words),
    cmocka_unit_test(a_dated_statement_that),
    cmocka_unit_test(what_the_subject_must_do),
    cmocka_unit_test(common_nouns_name_the_organization),
        cmocka_unit_test(transcripts_as_governments_publish_them),
        cmocka_unit_test(transcript_labels_with_the_office_after_a_comma),
        cmocka_unit_test(transcript_host_named_in_the_heading),
        cmocka_unit_test(a_live_blogs_headlines_are_no_turns),
        cmocka_unit_test(a_dateline_in_capitals_is_no_turn),
        cmocka_unit_test(transcript_questions_labeled_by_outlet),
        cmocka_unit_test(hard_wrapped_copy_with_indented_paragraphs),
        cmocka_unit_test(his_after_the_verb_gives_the_speaker_a_gender),
        cmocka_unit_test(the_official_is_the_last_speaker),
        cmocka_unit_test(however_opens_no_name),
        cmocka_unit_test(a_describing_word_and_a_relative_clause),
        cmocka_unit_test(also_read_is_no_one),
        cmocka_unit_test(would_only_say_and_hours_after),
        cmocka_unit_test(told_by_an_agent_after_a_time_and_place),
        cmocka_unit_test(armed_groups_speak),
        cmocka_unit_test(a_name_and_an_aside_before_the_words),
        cmocka_unit_test(the_remarks_that_follow_a_name_are_its),
        cmocka_unit_test(relative_clauses_and_owned_spokesmen),
        cmocka_unit_test(the_second_of_two_joined_verbs),
        cmocka_unit_test(a_surname_that_is_a_month),
        cmocka_unit_test(a_surname_that_is_a_function_word),
        cmocka_unit_test(a_bodys_possessive_keeps_its_name),
        cmocka_unit_test(a_place_after_its_kind_is_no_subject),
        cmocka_unit_test(a_bodys_name_with_and_in_a_title),
        cmocka_unit_test(plural_offices_are_titles),
        cmocka_unit_test(the_politician_is_an_epithet),
        cmocka_unit_test(an_unclosed_quotation_that_ends_in_its_credit),
        cmocka_unit_test(foreign_affairs_is_foreign),
        cmocka_unit_test(a_clause_after_the_quote_reports_nothing),
        cmocka_unit_test(linking_adverbs_and_participles_open_no_name),
        cmocka_unit_test(she_is_the_subject_before_the_object),
        cmocka_unit_test(titles_that_refer_back),
        cmocka_unit_test(he_is_not_the_place_he_comments_on),
        cmocka_unit_test(a_document_named_for_its_author),
        cmocka_unit_test(cited_as_saying),
        cmocka_unit_test(headline_name_colon_quote),
        cmocka_unit_test(paternal_surname_before_the_last),
        cmocka_unit_test(verbs_that_are_nouns_after_modifiers),
        cmocka_unit_test(the_coastguard_speaks),
        cmocka_unit_test(quoting_him_saying),
        cmocka_unit_test(a_capitalized_title_without_article),
        cmocka_unit_test(two_apostrophes_close_a_double_quote),
        cmocka_unit_test(titles_without_article_and_abbreviated),
        cmocka_unit_test(he_added_goes_on),
        cmocka_unit_test(it_inside_what_is_reported),
        cmocka_unit_test(absolute_and_relative_subjects),
        cmocka_unit_test(nouns_that_look_like_verbs),
        cmocka_unit_test(organizations_with_places_and_modifiers),
        cmocka_unit_test(titles_refer_back_to_the_speaker),
        cmocka_unit_test(nationality_picks_the_title_holder),
        cmocka_unit_test(nationality_picks_the_minister),
        cmocka_unit_test(a_country_of_three_words),
        cmocka_unit_test(owned_title_is_the_owners),
        cmocka_unit_test(nationality_in_apposition_and_country_names),
        cmocka_unit_test(nationality_of_no_known_holder),
        cmocka_unit_test(a_term_never_goes_on),
        cmocka_unit_test(unread_subject_is_nobody_else),
        cmocka_unit_test(bare_plural_title_is_a_group),
        cmocka_unit_test(unnamed_sources_are_no_names),
        cmocka_unit_test(a_countrys_military_is_an_organization),
        cmocka_unit_test(name_particles_join_the_name),
        cmocka_unit_test(surname_without_its_joined_particle),
        cmocka_unit_test(legislators_titles_are_stripped),
        cmocka_unit_test(occupations_before_names_are_titles),
        cmocka_unit_test(party_state_tags_belong_to_the_name),
        cmocka_unit_test(month_words_inside_names),
        cmocka_unit_test(nationality_before_a_verb_noun),
        cmocka_unit_test(title_then_name_opens_the_sentence),
        cmocka_unit_test(pathological_articles),
        cmocka_unit_test(api_contract),
        cmocka_unit_test(old_api_sees_the_pieces),
        cmocka_unit_test(rule_tables_are_sorted),
        cmocka_unit_test(the_statement_is_its_issuer_and_he_the_nearest_person),
        cmocka_unit_test(live_blog_stamps_name_no_one),
        cmocka_unit_test(initials_are_the_organization_named_before),
        cmocka_unit_test(a_news_agency_reporting_is_no_speaker),
        cmocka_unit_test(roundup_speakers_after_a_dash_or_in_a_heading),
        cmocka_unit_test(frame_moves_the_decision),
        cmocka_unit_test(plain_said_is_no_evidence),
        cmocka_unit_test(frame_counts_as_known),
        cmocka_unit_test(split_quote_is_classified_whole),
        cmocka_unit_test(quotation_spans_are_in_the_article),
        cmocka_unit_test(quotation_arguments_are_checked),
        cmocka_unit_test(frame_classification_out_of_memory),
        cmocka_unit_test(speaker_evidence_follows_the_speaker),
        cmocka_unit_test(speaker_evidence_out_of_memory),
        cmocka_unit_test(speaker_evidence_counts_a_wording_once),
        cmocka_unit_test(evidence_arguments_are_checked_in_any_article),
        cmocka_unit_test(explanation_lists_frame_and_speaker),
        cmocka_unit_test(article_evidence_reads_the_other_speakers),
        cmocka_unit_test(explanation_lists_the_article),
        cmocka_unit_test(quotation_in_its_article_is_less_sure),
        cmocka_unit_test(no_one_is_no_name),
        cmocka_unit_test(a_sentence_case_headline_names_no_one),
        cmocka_unit_test(who_after_a_name_and_its_apposition),
        cmocka_unit_test(a_persons_possessive_title_opens_the_sentence),
        cmocka_unit_test(the_surname_an_opens_a_sentence),
        cmocka_unit_test(foreign_policy_is_part_of_the_title),
        cmocka_unit_test(a_watchdog_is_a_body),
        cmocka_unit_test(informed_right_after_the_quotation),
        cmocka_unit_test(an_opening_mark_that_closes),
        cmocka_unit_test(a_word_quoted_before_its_clause_verb),
        cmocka_unit_test(a_speaker_identified_as),
        cmocka_unit_test(two_people_joined_before_an_unknown_word),
        cmocka_unit_test(a_given_name_tells_he_from_she),
        cmocka_unit_test(a_headline_speaker_before_its_colon),
        cmocka_unit_test(a_headline_then_a_paragraph_a_line),
        cmocka_unit_test(illustrated_is_a_verb_of_speech),
        cmocka_unit_test(member_states_are_no_member),
        cmocka_unit_test(regions_of_the_news_are_places),
        cmocka_unit_test(she_is_no_dmitry_even_as_a_last_resort),
        cmocka_unit_test(a_comma_outside_the_marks_then_a_credit),
        cmocka_unit_test(after_a_name_and_an_irregular_past),
        cmocka_unit_test(a_title_its_field_then_the_name),
        cmocka_unit_test(a_title_of_character_is_an_epithet),
        cmocka_unit_test(titles_hyphened_or_two_words_and_glossed_initials),
        cmocka_unit_test(inverted_subject_then_a_passive),
        cmocka_unit_test(a_standing_in_a_race_is_an_epithet),
        cmocka_unit_test(a_document_adjunct_before_the_subject),
        cmocka_unit_test(quoted_someone_to_have_said),
        cmocka_unit_test(a_group_by_its_trade),
        cmocka_unit_test(an_interview_without_labels),
        cmocka_unit_test(a_former_office_is_an_epithet),
        cmocka_unit_test(where_a_person_comes_from),
        cmocka_unit_test(a_nation_before_a_trade_and_role),
        cmocka_unit_test(a_passive_agent_after_the_noun_quoted),
        cmocka_unit_test(a_relative_clause_after_a_dash),
        cmocka_unit_test(a_title_in_apposition_names_no_one_else),
        cmocka_unit_test(quotes_attributable_to),
        cmocka_unit_test(a_conjunction_before_the_subject),
        cmocka_unit_test(the_company_is_the_firm_named_before),
        cmocka_unit_test(a_body_word_tells_two_spokeswomen_apart),
        cmocka_unit_test(and_inside_a_title_after_the_name),
        cmocka_unit_test(a_quotation_after_its_subjects_reaction),
        cmocka_unit_test(a_field_list_before_the_name),
        cmocka_unit_test(a_titles_initials_name_its_holder),
        cmocka_unit_test(a_participle_after_the_comma_outside),
        cmocka_unit_test(defended_reports),
        cmocka_unit_test(a_relative_clause_keeps_its_quotations),
        cmocka_unit_test(a_shared_surname_prefers_the_subject),
        cmocka_unit_test(a_reporting_participle_right_after_the_quotation),
        cmocka_unit_test(a_claim_by_a_title_and_its_name),
        cmocka_unit_test(a_name_after_a_federations_word),
        cmocka_unit_test(made_the_comment_names_the_lead_speaker),
        cmocka_unit_test(the_two_named_together),
        cmocka_unit_test(a_topics_heading_is_no_speaker),
        cmocka_unit_test(asked_whether_x_was_speaking),
        cmocka_unit_test(a_day_after_opens_a_clause),
        cmocka_unit_test(a_headlines_title_given_again_is_named_later),
        cmocka_unit_test(a_particle_joined_without_a_hyphen),
        cmocka_unit_test(the_police_official_is_the_police_officer),
        cmocka_unit_test(a_crosshead_name_comma_quote),
        cmocka_unit_test(an_agent_that_describes_a_noun),
        cmocka_unit_test(a_contraction_glosses_a_name),
        cmocka_unit_test(possessive_initials_are_the_bodys),
        cmocka_unit_test(initials_named_in_full_later),
        cmocka_unit_test(a_described_body_named_in_apposition),
        cmocka_unit_test(spanish_given_names_tell_she_from_he),
        cmocka_unit_test(a_public_defender_is_a_title),
        cmocka_unit_test(a_boss_is_the_head_who_spoke_last),
        cmocka_unit_test(the_two_countries_named_together),
        cmocka_unit_test(a_statement_of_its_issuers),
        cmocka_unit_test(a_body_better_known_as),
        cmocka_unit_test(as_credits_the_words_after_a_quotation),
        cmocka_unit_test(quoted_words_opening_with_an_auxiliary_are_said),
        cmocka_unit_test(troops_and_rescuers_are_no_names),
        cmocka_unit_test(the_leads_title_is_the_headlines_speaker),
        cmocka_unit_test(initials_glossed_after_a_preposition),
        cmocka_unit_test(a_title_in_a_body_is_of_it),
        cmocka_unit_test(a_given_name_that_is_a_title_after_a_title),
        cmocka_unit_test(the_document_of_a_denied_verb),
        cmocka_unit_test(states_after_a_regions_adjective_are_countries),
        cmocka_unit_test(an_opening_while_clause_is_the_final_credits),
        cmocka_unit_test(a_described_name_after_a_preposition_is_no_subject),
        cmocka_unit_test(a_statement_after_the_one_told),
        cmocka_unit_test(a_crosshead_quoting_the_next_paragraph),
        cmocka_unit_test(quoted_in_the_statement_is_no_author),
        cmocka_unit_test(glossed_initials_that_are_a_time_zone),
        cmocka_unit_test(an_order_speaks_for_its_issuer),
        cmocka_unit_test(the_one_quoted_in_a_statement),
        cmocka_unit_test(a_document_issued_on_a_day),
        cmocka_unit_test(a_royal_address_names_the_leads_minister),
        cmocka_unit_test(a_headlines_chief_is_the_leads_named_head),
        cmocka_unit_test(who_after_a_long_apposition),
        cmocka_unit_test(a_conjunction_before_the_opening_phrase),
        cmocka_unit_test(an_adverb_opening_before_a_participle_is_no_name),
        cmocka_unit_test(words_credited_where_they_come_again),
        cmocka_unit_test(a_turn_keeps_its_label_when_its_words_come_again),
        cmocka_unit_test(initials_after_of_then_a_name),
        cmocka_unit_test(a_person_better_known_by_a_nickname),
        cmocka_unit_test(a_bodys_initials_describe_only_who_serves_it),
        cmocka_unit_test(a_long_title_then_its_holders_name),
        cmocka_unit_test(one_with_a_body_serves_it),
        cmocka_unit_test(a_relative_clause_between_dashes_before_the_verb),
        cmocka_unit_test(a_question_opened_by_its_speaker_and_a_colon),
        cmocka_unit_test(what_a_crowd_shouted_was_said),
        cmocka_unit_test(any_verb_in_the_past_between_quotation_and_speaker),
        cmocka_unit_test(a_statement_before_anyone_spoke_is_the_opening_bodys),
        cmocka_unit_test(an_indefinite_apposition_without_its_second_comma),
        cmocka_unit_test(a_bare_plural_in_a_report_that_goes_on),
        cmocka_unit_test(an_anonymous_source_is_never_named_later),
        cmocka_unit_test(a_stock_ticker_names_no_one),
        cmocka_unit_test(a_temperature_unit_is_no_initial),
        cmocka_unit_test(a_group_is_no_government),
        cmocka_unit_test(a_bare_title_then_its_name_after_a_quotation),
        cmocka_unit_test(a_dateline_ended_by_a_period_and_a_hyphen),
        cmocka_unit_test(the_next_president_is_the_president_elect),
        cmocka_unit_test(a_quotation_before_the_reporters_gloss_goes_on),
        cmocka_unit_test(an_inner_quotation_left_open_at_the_outer_close),
        cmocka_unit_test(a_title_field_joined_by_and_is_no_joint_subject),
        cmocka_unit_test(no_after_a_number_ends_no_sentence),
        cmocka_unit_test(a_pronoun_and_any_past_verb_after_a_quotation),
        cmocka_unit_test(a_translations_he_is_the_woman_who_spoke_last),
        cmocka_unit_test(a_lone_surname_that_spoke_is_he_before_any_slip),
        cmocka_unit_test(a_dateline_ended_by_a_period_and_a_dash),
        cmocka_unit_test(irish_offices_are_titles),
        cmocka_unit_test(a_one_word_crosshead_from_the_next_quotation),
        cmocka_unit_test(an_agency_that_informs_is_no_person),
        cmocka_unit_test(a_ministrys_representative_is_its_spokesperson),
        cmocka_unit_test(an_age_alone_refers_back),
        cmocka_unit_test(a_name_opening_with_a_particle_after_a_body),
        cmocka_unit_test(a_chief_of_staff_and_the_name_after),
        cmocka_unit_test(both_surnames_without_the_given_names),
        cmocka_unit_test(a_headline_surname_takes_the_full_name),
        cmocka_unit_test(a_radio_scripts_thats_credit),
        cmocka_unit_test(the_floor_passed_to_the_next_speaker),
        cmocka_unit_test(potus_is_the_president),
    };
    return cmocka_run_group_tests_name("attribution", tests, NULL, NULL);
}
