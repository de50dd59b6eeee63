/* The quotes room: quotations in news articles, the words that report them and who said them.
 *
 *   quote_marks.c     text -> quotations (marks, paragraphs, typography)
 *   quote_words.c     the prose around them -> words with their rule classes
 *   quote_phrases.c   names, titles, organizations and pronouns read out of those words
 *   quote_mentions.c  stage 1: a sentence's reporting verbs, terms, and the sieves that tie
 *                     each quotation to a mention
 *   quote_entities.c  stage 2: mentions -> speakers (names, organizations, roles)
 *   quote_rules.c     the language's word lists (English)
 *   quotes.c          the public calls: sentences in, quotations out
 *   quote_classify.c  a quotation classified with its reporting frame
 *
 * Nothing here allocates: every buffer is bounded and lives on the caller's stack, so the time
 * is linear in the article and the memory constant. Private to lib/. */
#ifndef STANCE_QUOTES_H
#define STANCE_QUOTES_H

#include "stance_int.h"
#include "tokenize.h"

/* Does span s lie inside a text of len bytes (a caller's quotation checked before use)? A
 * span of length 0 is none, wherever it starts. */
static inline bool stance__span_inside(stance_span_t s, size_t len)
{
    return s.len == 0 || (s.start <= len && s.len <= len - s.start);
}

/* ---- rule tables (quote_rules.c) -------------------------------------------------------- */

/* No index: a word, verb or entity that is not there. */
#define NONE SIZE_MAX

#define QWORD_LOW 24 /* bytes of a word kept lower-cased for the tables (longer: no class) */

/* What a word can be, by the tables of the language. A word may have several classes; which
 * one applies depends on its case and place ("states" is a verb, "States" part of a name). */
enum {
    QW_SPEECH = 1u << 0,    /* a reporting verb in any form: said, warns, slamming */
    QW_THINK = 1u << 1,     /* believe, hope: reports only right before the quotation */
    QW_ING = 1u << 2,       /* a participle (saying, adding): the clause's subject speaks */
    QW_TITLE = 1u << 3,     /* a word of a title or role: foreign, prime, minister, chief */
    QW_ROLE = 1u << 4,      /* a title that names a person alone: "the spokesman" */
    QW_HONORIFIC = 1u << 5, /* mr, dr, gen, sir: a title before a name, never alone */
    QW_MALE = 1u << 6,      /* he, mr, spokesman, king */
    QW_FEMALE = 1u << 7,    /* she, mrs, spokeswoman, queen */
    QW_ORG = 1u << 8,       /* ends an organization's name: ministry, embassy, government */
    QW_PLACE = 1u << 9,     /* a country or capital, which speaks for its government */
    QW_DOC = 1u << 10,      /* statement, communique: "the statement said" */
    QW_SPEECH_NOUN = 1u << 11, /* remarks, call, warning: "a warning by X" */
    QW_TIME = 1u << 12,     /* monday, yesterday, week, last: skipped around verbs */
    QW_SKIP = 1u << 13,     /* auxiliaries and adverbs between a subject and its verb */
    QW_PRONOUN = 1u << 14,  /* he she (persons), it they (organizations) */
    QW_DET = 1u << 15,      /* the, a, this, his, its: opens a noun phrase */
    QW_INDEF = 1u << 16,    /* a, an, one: an unnamed speaker ("a senior official") */
    QW_FUNCTION = 1u << 17, /* never part of a name, even capitalized (While, But, It) */
    QW_PREP = 1u << 18,     /* a name after it is not a speaker ("said of Trump") */
    QW_CONNECTOR = 1u << 19, /* de, van, bin, al: inside names */
    QW_NAMING = 1u << 20,   /* so-called, dubbed, code-named: the quotation is a name */
    QW_ABBREV = 1u << 21,   /* its period ends no sentence: mr, gen, no, jan */
    QW_RELATIVE = 1u << 22, /* who, which: a relative clause inside an apposition */
    QW_PLURAL = 1u << 23,   /* they: an organization or group */
    QW_TERM_NOUN = 1u << 24, /* term, word, phrase, slogan: "the term “X”" */
    QW_LEMMA = 1u << 25,     /* a reporting verb in its base form (say, dispute) */
    QW_PRESENT_S = 1u << 26, /* a reporting verb in -s (states, claims): a plural noun too */
    QW_RANK = 1u << 27,      /* prince, sheikh, colonel: a role alone, an honorific after an
                                office ("Foreign Minister Prince Faisal" is the minister) */
    QW_AGAIN = 1u << 28,     /* also, further, again: "X also said", X has spoken before */
    QW_RAISING = 1u << 29,   /* appeared, seemed: "X appeared to suggest" reports, as
                                "to say" alone (an intention) does not */
    QW_GROUP = 1u << 30      /* group, movement: "the group" is whichever organization was
                                named last, when none was called a group */
};
/* former, latter: "the former" is the earlier of the two last named (outside the enum, whose
 * values must fit an int) */
#define QW_ORDER (1u << 31)

/* A word of the language's table and what it can be (QW_* classes). */
typedef struct quote_word {
    const char *word; /* lower case */
    uint32_t classes;
} quote_word_t;

/* A reporting verb that is one only with (or never with) the word after it: "pointed out",
 * "lashed out" need their particle; "added to" is no speech. Keyed by lemma. */
typedef struct quote_particle {
    const char *lemma, *particle;
    bool required;
} quote_particle_t;

/* Another way to name a role: the journalist's "top diplomat" or "FM" for the foreign minister.
 * `before` is the word before the role word ("" = any); the role reads as as_role + as_mod
 * (as_mod NULL: the mention's own modifier is kept). */
typedef struct quote_role_alias {
    const char *role, *before, *as_role, *as_mod;
    const char *of; /* the last word of an "of" phrase the role needs ("head" of the
                       government), NULL = any or none */
} quote_role_alias_t;

/* A word or two that give a country before a title ("chinese", "china", "u.s.", "united
 * states"), and the country's key, the same for all of them ("china", "united states"). */
typedef struct quote_nation {
    const char *word, *country;
} quote_nation_t;

/* What two words side by side are, where each alone reads otherwise. */
typedef enum quote_pair_kind {
    /* the second word goes on the title before it ("foreign policy chief"): a policy is no
     * title word alone ("the new policy says" names no one) */
    QP_TITLE_GOES_ON,
    /* the first word names a group of states, no member who speaks ("member states") */
    QP_NO_PERSON,
    /* the two words are one title, spelled as `first_as` `second_as` so that every spelling
     * finds the others ("chargé d’affaires": "charge" alone is a verb) */
    QP_ONE_TITLE,
} quote_pair_kind_t;

/* Two lower-case words and what they are together; sorted bytewise by first, then second. */
typedef struct quote_pair {
    const char *first, *second;
    quote_pair_kind_t kind;
    const char *first_as, *second_as; /* QP_ONE_TITLE's spelling; NULL for the others */
} quote_pair_t;

/* A sorted list of lower-case words or phrases of the rules, searched by
 * stance__quote_list_has(). */
typedef struct quote_list {
    const char *const *items;
    size_t n;
} quote_list_t;

typedef struct quote_rules {
    const char *language;
    const quote_word_t *words; /* sorted bytewise by word, no duplicates */
    size_t n_words;
    /* Irregular forms of reporting verbs: form, lemma, form, lemma ... (sorted by form). */
    const char *const *irregular;
    size_t n_irregular;
    const quote_particle_t *particles;
    size_t n_particles;
    /* Words after an opening single mark that make it an elision (‘em, ‘til), sorted. */
    quote_list_t elisions;
    const quote_role_alias_t *role_aliases;
    size_t n_role_aliases;
    const quote_pair_t *pairs; /* sorted by first, then second */
    size_t n_pairs;
    const quote_nation_t *nations; /* sorted bytewise by word, no duplicates */
    size_t n_nations;
    /* Occupations that are also family names ("baker", "nurse"), sorted. */
    quote_list_t trade_names;
    /* The initials of parties in a tag after a legislator's name ("D" of "D-Ore."). */
    const char *party_initials;
    /* Months and their abbreviations ("may", "jun"), sorted. */
    quote_list_t months;
    /* Words that open a description after an unnamed source ("familiar" with), sorted. */
    quote_list_t source_modifiers;
    /* Nouns for what was said, beside the speech nouns of the word table, that a report
     * after the words uses ("The admission came from X", "the verdict of X"), sorted. */
    quote_list_t report_nouns;
    /* Particles that belong to the reporting frame after its verb ("lashed out"), sorted. */
    quote_list_t frame_particles;
    /* The labels of a transcript's questions ("Question:", "Q:"), sorted. */
    quote_list_t question_labels;
    /* Words that label the quotation after a colon with its speaker ("Quote from Kuleba:
     * “...”"), sorted. */
    quote_list_t quote_labels;
    /* The labels of a transcript's answers ("A:"), sorted. */
    quote_list_t answer_labels;
    /* News outlets, whose names label their reporters' questions in a ministry's transcript
     * ("CCTV:", "the paper"), sorted. */
    quote_list_t news_outlets;
    /* First words of a line "Word: ..." that names no speaker ("Update:", "Photo:"), sorted. */
    quote_list_t non_speaker_labels;
    /* What a transcript's heading calls it ("conference", "briefing") and the adjectives
     * before that ("regular", "press"), sorted: the host is named before or after them. */
    quote_list_t briefing_nouns;
    quote_list_t briefing_adjectives;
    /* Last words of news outlets' names ("Harbour Phoenix TV", "Asahi Shimbun"), sorted. */
    quote_list_t outlet_words;
    /* Common nouns for a state, whose title is the state's, not an owner's ("the republic's
     * foreign minister"), sorted. */
    quote_list_t state_nouns;
    /* Common nouns for a body of states that, alone, mean the body known by its initials
     * named last ("the GCC said ... The bloc added"), sorted. */
    quote_list_t bloc_nouns;
    /* Nouns that, with no body of that name seen, mean the body that spoke last ("the State
     * Security Service said ... “...,” the agency stressed"), sorted. */
    quote_list_t last_body_nouns;
    /* Roles of speakers whose names are kept back on purpose ("a military source"): a name
     * the next paragraphs give is someone else's, sorted. */
    quote_list_t anonymous_roles;
    /* The last words of a state's governing bodies ("administration", "ministry"), and the
     * words for a body outside the state that never mean one ("group", "movement"), sorted. */
    quote_list_t government_heads;
    quote_list_t non_state_groups;
    /* Verbs by which someone issues a document whose words then follow ("X issued a statement
     * saying"; not "rejected a report saying"), sorted. */
    quote_list_t issuing_verbs;
    /* Spans of time that open a sentence before "after" or "before" ("Hours after ..., X
     * said"), sorted. */
    quote_list_t time_spans;
    /* Counts before such a span ("A day after", "Two weeks before"), sorted. */
    quote_list_t span_counts;
    /* Roles that are ranks a person is addressed by before the name, not offices
     * ("Professor Sir Adrian Smith", the vice-chancellor; "Sheikh Mohammed", the foreign
     * minister), sorted. */
    quote_list_t address_ranks;
    /* Prefixes joined by a hyphen to a name that make an adjective of it, not a name
     * ("pro-European", "anti-Western", as "al-Maliki" is one), sorted. */
    quote_list_t adjective_prefixes;
    /* Words after which "on" is an adverb, opening no phrase ("further on", "later on"),
     * sorted. */
    quote_list_t before_adverb_on;
    /* Words that are a title's only before a role ("state minister", "State Councillor"),
     * sorted. */
    quote_list_t before_role_titles;
    /* Words of a person's character or standing that make a definite title an epithet for
     * the person just described ("the outspoken libertarian economist"), sorted. */
    quote_list_t character_words;
    /* A firm's words ("company", "carmaker"): "the company" is the body last named after
     * such a word, or a lone name that could be a person's, never any body named last. */
    quote_list_t firm_nouns;
    /* Plural nouns for countries that "the two" or "both" make the two countries named
     * together last ("the two countries" of "Burkina Faso and Mali"), sorted. */
    quote_list_t pair_nouns;
    /* Adjectives of a region, not of one nation ("Arab", "Baltic"), before which "states"
     * is the noun, sorted. */
    quote_list_t region_adjectives;
    /* Roles of a standing in a race, no office ("candidate", "nominee"), sorted. */
    quote_list_t race_roles;
    /* Pasts that put a person before another's title ("met ambassador X", "told Minister Y")
     * and that "-ed" does not show, sorted. */
    quote_list_t irregular_pasts;
    /* Participles of the senses whose passive names a recording's speaker before a verb of
     * speech ("X is heard saying", "was seen telling"), sorted. */
    quote_list_t sense_participles;
    /* Offices that lead a country, a role after its modifier ("prime minister"), which "the
     * Hungarian leader" names, sorted. */
    quote_list_t leading_offices;
    /* Given names of one sex only, women's and men's, sorted. */
    quote_list_t female_names, male_names;
} quote_rules_t;

/* The rules for a language name ("english"; NULL = english), or NULL if there are none. */
const quote_rules_t *stance__quote_rules(const char *language);
/* Whether the sorted list holds `low`. */
bool stance__quote_list_has(const quote_list_t *list, const char *low);
/* 'f' or 'm' for a given name (lower case) of one sex only, else 0. */
uint8_t stance__quote_name_gender(const quote_rules_t *r, const char *first_low);
/* The QW_* classes of a lower-case word of `len` bytes (< QWORD_LOW), inflections included. */
uint32_t stance__quote_classify_word(const quote_rules_t *r, const char *low, size_t len);
/* True when `lemma`'s reporting sense needs or forbids the word after it (see above): returns
 * false when the pair (verb, next word) is not speech. */
bool stance__quote_particle_ok(const quote_rules_t *r, const char *verb_low, size_t len,
                               const char *next_low);
/* What the words `first` `second` (lower case) are together, or NULL for no pair of the rules. */
const quote_pair_t *stance__quote_pair(const quote_rules_t *r, const char *first,
                                       const char *second);
/* The role a title names, aliases resolved: *role and *mod are set to the canonical role and
 * its modifier ("top diplomat" -> "minister", "foreign"; "head" of the government ->
 * "minister", "prime"); unchanged when there is no alias. `before` is the word before the
 * role, `of` the last word of an "of" phrase after it ("" when none). */
void stance__quote_role_alias(const quote_rules_t *r, const char *before, const char *of,
                              const char **role, const char **mod);
/* The country key of a lower-case word or two words joined by a space ("chinese" ->
 * "china", "united states"), or NULL when they name no country. */
const char *stance__quote_nation(const quote_rules_t *r, const char *low);
/* The country of a name of two words ("united states", the "new guinea" of Papua New Guinea),
 * each given in lower case; NULL when the rules know no such name. */
const char *stance__quote_nation_of_two(const quote_rules_t *r, const char *first,
                                        const char *second);
/* The country that a nation's adjective or people's name ("russian", "north korean"; second
 * NULL for one word) names, or NULL when the words are no such name or are the country's own
 * name ("russia", "north korea"). */
const char *stance__quote_demonym(const quote_rules_t *r, const char *first, const char *second);
/* True when `low` (lower case) names what was said, in the rule table's speech nouns or its
 * report nouns ("admission", "verdict"). */
bool stance__quote_is_report_noun(const quote_rules_t *r, const char *low);

/* ---- quotation marks (quote_marks.c) ---------------------------------------------------- */

typedef struct qtext {
    const unsigned char *s;
    size_t n;
    /* Text without blank lines: each line that ends a sentence is a paragraph of its own. */
    bool line_paragraphs;
    /* Text without blank lines whose paragraphs open indented (plain-text wire copy wrapped
     * at a fixed width): only a line that opens indented begins a paragraph. */
    bool indent_paragraphs;
} qtext_t;

void stance__qtext_init(qtext_t *t, const char *text, size_t len);
/* If a paragraph ends at pos (a blank line, U+2029, or a line end that counts as one),
 * returns true and where the next paragraph starts. */
bool stance__qtext_paragraph_break(const qtext_t *t, size_t pos, size_t *next);

typedef struct raw_quote {
    size_t open;       /* the opening mark */
    size_t start, end; /* the quoted text, without the marks */
    size_t close_end;  /* just past the closing mark (== end when there is none) */
    char inner;        /* punctuation just inside the closing mark: , . ? ! : ; or 0 */
    bool unclosed;     /* no closing mark before the paragraph or the text ended */
    bool credited;     /* unclosed, and ended before its own credit (", X said."): the
                          sentence goes on after it as after a closing mark and a comma */
    bool goes_on;      /* unclosed, and the next paragraph opens with the same mark */
    bool continues;    /* this piece opens a paragraph that continues the quote before */
} raw_quote_t;

/* A look-ahead cache: a mark of some kind at `seen`, or none before `limit`. The scan goes on
 * from where the last one stopped, so each byte is looked at once over the whole text. */
typedef struct qlook {
    size_t seen, limit;
} qlook_t;

typedef struct qmarks {
    const qtext_t *t;
    const quote_rules_t *rules;
    size_t pos;
    int32_t reopen;       /* the family mark that must open the next paragraph, 0 = none */
    bool next_continues;  /* the next quote found continues the one before */
    qlook_t single_closer; /* for possessives: is a closing single mark ahead? */
    qlook_t curly_closer;  /* for a straight " inside “...”: is a ” ahead? */
    bool straight_inside;  /* a straight " has opened inside the open quotation */
    size_t stray_break;   /* the paragraph end where stray marks were last read again */
    unsigned stray_count; /* how many times */
} qmarks_t;

void stance__qmarks_init(qmarks_t *m, const qtext_t *t, const quote_rules_t *rules);
/* Finds the next top-level quotation: 1 with *out filled, 0 at the end of the text. The text
 * must be valid UTF-8 or have its invalid bytes read as spaces (cp_at). */
int stance__qmarks_next(qmarks_t *m, raw_quote_t *out);

/* Code point at pos; invalid bytes read as a space; 0 past the end. */
int32_t stance__qcp_at(const qtext_t *t, size_t pos, size_t *k);
bool stance__q_is_alnum(int32_t cp);
bool stance__q_is_space(int32_t cp);
/* A quotation mark that is no apostrophe: " “ ” „ « » 「 」 『 』. */
bool stance__q_is_double_mark(int32_t cp);
/* [s, e) without the spaces (stance__q_is_space: no-break ones too) at either end. */
stance_span_t stance__qtext_trimmed(const qtext_t *t, size_t s, size_t e);

/* ---- words (quote_words.c) ---------------------------------------------------------------- */

enum { QT_WORD, QT_BREAK, QT_QUOTE };

typedef struct qword {
    size_t start, len;   /* bytes of the text (with an abbreviation's period) */
    uint32_t cls;        /* QW_* of its lower-case form */
    uint32_t quote;      /* QT_QUOTE: index in the sentence's quotations */
    uint8_t type;        /* QT_* */
    char brk;            /* QT_BREAK: . , ; : ! ? ( ) - ; '.' also for … 。 */
    bool cap;            /* starts with an upper-case letter */
    bool name;           /* can be part of a name (capitalized, not a function word); for a
                            QT_QUOTE: one capitalized word, a nickname inside a name */
    bool poss;           /* a possessive: Russia's, ministers' */
    bool acronym;        /* two or more ASCII capitals and nothing else: US, ISPR, KCNA */
    bool lead;           /* first word of its sentence */
    bool trade_name;     /* capitalized occupation that is also a family name: Baker */
    bool irregular_past; /* a past "-ed" does not show that puts a person before another's
                            title ("met ambassador X": the rules' irregular_pasts) */
    bool source_mod;     /* lower-case "familiar", "close": describes an unnamed source */
    bool party_tag;      /* a legislator's party and state after a name: D-Ore., R-Alaska */
    bool month;          /* capitalized month word (May, Jun.): a date or a name by its place */
    char low[QWORD_LOW]; /* lower case (ASCII letters folded), without a possessive 's */
    char gloss[8];       /* initials in parentheses after the name this word ends, lower case:
                            "ispr" of "Inter-Services Public Relations (ISPR)"; "" = none */
} qword_t;

/* A cache of word classes, so each distinct word is looked up in the tables about once. */
#define QCACHE_SLOTS 512
typedef struct qcache {
    uint64_t key[QCACHE_SLOTS];
    uint32_t cls[QCACHE_SLOTS];
} qcache_t;

typedef struct qwords {
    const qtext_t *t;
    const quote_rules_t *rules;
    qcache_t *cache;
    size_t pos, end, base;
    bool scanning;
    stance_scanner_t sc;
    stance_tok_t ahead[3]; /* tokens read ahead, oldest first */
    size_t n_ahead;
} qwords_t;

void stance__qwords_init(qwords_t *w, const qtext_t *t, const quote_rules_t *rules,
                         qcache_t *cache, size_t from, size_t to);
/* The next word or break of [from, to): 1, or 0 at the end. Abbreviations and initials keep
 * their period ("Mr.", "U.S.", "S."), so their period is not a break. */
int stance__qwords_next(qwords_t *w, qword_t *out);
/* True when the break ends a sentence: . ! ? (not an abbreviation's). */
static inline bool stance__qword_ends_sentence(const qword_t *w)
{
    return w->type == QT_BREAK && (w->brk == '.' || w->brk == '!' || w->brk == '?');
}
/* Classes of the lower-case form of text[start, start+len). */
uint32_t stance__qword_classes(const quote_rules_t *r, qcache_t *cache, const char *low,
                               size_t len);

/* ---- sentences, mentions and speakers (quote_mentions.c, quote_entities.c) -------------- */

#define SENT_WORDS 160  /* words and breaks of one sentence kept (a longer one is cut) */
#define SENT_QUOTES 24  /* quotations in one sentence */
#define ENTITIES 64     /* people and organizations remembered, most recent kept */
/* How many words back a relative clause with commas of its own may open ("X, who held talks
 * with A, B and C, said"; "X, who had likened it to a “sinking Titanic”, urged"). */
#define RELATIVE_CLAUSE_REACH 32

typedef enum mkind {
    MK_NONE = 0,
    MK_PERSON = STANCE_MENTION_PERSON,
    MK_ORG = STANCE_MENTION_ORGANIZATION,
    MK_PRONOUN = STANCE_MENTION_PRONOUN,
    MK_TITLE = STANCE_MENTION_TITLE,
    MK_DOC = 5 /* "the statement": whoever issued it */
} mkind_t;

typedef struct mention {
    mkind_t kind;
    size_t lo, hi;           /* the whole phrase: words [lo, hi) of the sentence */
    size_t name_lo, name_hi; /* the name itself, titles and determiner stripped */
    size_t role;             /* the word that gives the role ("spokesman"), or SIZE_MAX */
    size_t role_mod;         /* the title word before it ("prime" minister), or SIZE_MAX */
    size_t org_lo, org_hi;   /* "for/of X": the organization behind a title (else equal) */
    bool definite;           /* the, his, Russia's */
    bool indefinite;         /* a, an, one: an unnamed speaker */
    uint8_t gender;          /* 0, 'm', 'f' */
    uint8_t order;           /* "the former" 'f', "the latter" 'l', else 0 */
} mention_t;

typedef struct entity {
    size_t start, len;      /* the fullest name seen */
    char last[QWORD_LOW];   /* lower-case last and first word of the name */
    char first[QWORD_LOW];
    char middle[QWORD_LOW]; /* the word before the last of a name of three or more: the
                               paternal surname of "Roy Chaderton Matos" ("" = none) */
    char role[QWORD_LOW];   /* "minister" */
    char role_mod[QWORD_LOW]; /* "prime" */
    char role_before[QWORD_LOW];     /* the title held before another was given ("chair" of */
    char role_before_mod[QWORD_LOW]; /* "Party chair X", then "MP X"): one has two at once */
    char title_initials[8]; /* the initials of the title a person was named with, lower
                               case: "cec" of "Chief Election Commissioner X" ("" = none) */
    char body[QWORD_LOW];   /* a body's word before a person's role, in lower case: "police"
                               of "cyber police spokeswoman X" ("" = none given) */
    char body_initials[8];  /* a body's initials before a person's role, lower case: "m23"
                               of "M23 spokesman X" ("" = none given) */
    char head[QWORD_LOW];   /* an organization's last word: "ministry" */
    char alias[QWORD_LOW];  /* what an apposition called it: "bloc" of "ECOWAS, the bloc of
                               West African nations," ("" = nothing) */
    size_t aka_start, aka_len; /* the name it is "better known as" ("the White Helmets" of
                                  "Syria Civil Defense, better known as the White Helmets,");
                                  aka_len 0 = none */
    char initials[8];       /* initials its name was glossed with, lower case: "mne" of
                               "Ministry of Foreign Affairs (MNE)" ("" = none) */
    const char *nation;     /* the country its title gave ("china" for "Chinese President"),
                               a key of the rules' nations; NULL = unknown */
    char owner[QWORD_LOW];  /* whose its title is, when the title said ("orlov" for "Orlov's
                               spokesman"; a country is a nation, not an owner); "" = none */
    uint64_t seen;          /* where last mentioned (byte offset: larger = later) */
    uint64_t lead_seen;     /* where last the subject opening a sentence, 0 = never */
    uint8_t kind;           /* MK_PERSON or MK_ORG */
    uint8_t gender;
    uint8_t name_gender;    /* the given name's, when it is one sex's only ('f', 'm'; 0 =
                               either or unknown): it rules a pronoun out, as `gender` does,
                               but is no sign that one fits */
    bool named;             /* a name, not only a title ("the spokesman of ...") */
    bool spoke;             /* has spoken (a verb of speech, or words given it) */
    bool place;             /* a country or a capital speaking for its government ("Washington") */
    bool firm;              /* named after a firm's word ("shipping giant X", "the group X"):
                               what "the company" means later */
    bool outlet;            /* named after an outlet's noun ("the official daily Granma"): what
                               "the newspaper" means later */
    bool definite_title;    /* unnamed, from "the <title>": the article names them later */
    bool former_role;       /* the role was given as one once held ("the former president
                               X"): a title held now ("the president") is someone else's */
    bool oblique;           /* named only after a preposition so far ("joined by Trade Minister
                               X"): a title or a surname finds them, "he" only in that sentence */
    size_t first_quote;     /* the index of the first quotation given its name (SIZE_MAX =
                               none yet): a rename looks no further back */
    bool used;
} entity_t;

/* Initials in parentheses remembered per text: an article glosses a few bodies. */
#define GLOSSES 64

typedef struct entities {
    entity_t e[ENTITIES];
    uint64_t clock;
    int last_speaker; /* who last said something (an index), -1 = nobody yet */
    int last_person;  /* the person who last said something, -1 = nobody yet */
    int doc_author;   /* who last issued a statement ("X issued a statement"), -1 = nobody */
    int opener;       /* who last opened a sentence as its subject, -1 = nobody yet */
    size_t opener_sentence; /* that sentence's number (sentences counts them) */
    size_t spoke_sentence;  /* the number of the last sentence in which someone spoke */
    size_t sentences; /* sentences read so far, this one included */
    size_t quoted_in; /* the last of them whose quotation was given a speaker (1 = the text's
                         first, whose words, a headline's, go on in no sentence after; 0 =
                         none yet) */
    bool spoke_by_doc; /* the last speaker was given by a document ("The statement revealed
                          ..."), which the next "it" means */
    int named[2];     /* the two named last, earlier first ("the former", "the latter") */
    const quote_rules_t *rules;
    /* a speaker known by title only was named ("the diplomat said" ... "Grushko further
     * stated"): quotations already given the old span get the new one */
    bool renamed;
    stance_span_t renamed_from, renamed_to;
    size_t renamed_since;   /* the first quotation that can hold the old span */
    /* where the text's second paragraph break starts (SIZE_MAX: none), once lead_known:
     * bytes before it are the headline and the lead */
    size_t lead_end;
    bool lead_known;
    /* where the text's initials in parentheses open ("(DPC)": two to seven capitals), at most
     * GLOSSES of them, found once per text when initials first speak unknown */
    size_t gloss_at[GLOSSES];
    size_t n_glosses;
    bool glosses_known;
    /* where the text's first sentence ends when it is a headline in Title Case (0: it is not):
     * a run of capitals there ("Peace Talks Resume") is no sure name, and one met nowhere
     * after is no antecedent for a title in the story */
    uint64_t headline_end;
    /* where the first word of the text's first sentence ends when it is a headline in
     * sentence case (0: it is not): every sentence opens with a capital, and a headline's
     * first word may be no name ("Cease fire violation across the Line of Control") */
    uint64_t opener_end;
} entities_t;

/* A quotation being read in its sentence, and what was found for it. */
typedef struct squote {
    raw_quote_t raw;
    size_t item;            /* its word index in the sentence */
    uint32_t flags;         /* STANCE_QUOTE_* */
    bool merged;            /* the second piece of the quote before: reported with it */
    int more;               /* index of its second piece, -1 */
    /* the attribution */
    bool attributed;        /* a reporting verb or pattern was found (even if no speaker) */
    mention_t mention;
    int entity;             /* the speaker, -1 = none */
    size_t verb;            /* word index of the reporting verb, SIZE_MAX = none */
    size_t frame_lo, frame_hi; /* the attribution clause: words [lo, hi) */
} squote_t;

typedef struct sentence {
    qword_t w[SENT_WORDS];
    size_t n;
    squote_t q[SENT_QUOTES];
    size_t nq;
    bool para_start; /* the sentence opens a paragraph */
} sentence_t;

/* ---- transcripts (quote_turns.c) --------------------------------------------------------- */

/* Where the turns of a transcript begin (the first label's line), or NONE when the text is no
 * transcript: three lines at least open with a speaker's label, and a label comes back or
 * questions meet answers, and most turns are not in quotation marks (those the marks find). */
size_t stance__turns_start(const qtext_t *t, const quote_rules_t *r, qcache_t *cache);
/* Where the transcript that begins at `from` ends: the end of the text, or the paragraph after
 * the last answer's first that holds a quotation mark (the story goes on). */
size_t stance__turns_end(const qtext_t *t, const quote_rules_t *r, qcache_t *cache, size_t from);
/* The host a transcript's heading in [from, to) names: "Spokesperson Ren Valo's Regular Press
 * Conference", "Press Conference by Chief Cabinet Secretary Ken Ardo" (the name without its
 * titles; the titles when no name follows them), and *title the titles before it (len 0:
 * none). False when it names none. */
bool stance__turns_host(const qtext_t *t, const quote_rules_t *r, qcache_t *cache, size_t from,
                        size_t to, stance_span_t *host, stance_span_t *title);
/* Gives put() each turn of [from, to), as a quotation flagged STANCE_QUOTE_TURN; "A:" before
 * any named answer is the host's (len 0: nobody's), and so is a label that is only the host's
 * title ("THE PRESIDENT:"); a question with no name is the interviewer's (len 0: nobody's). */
void stance__turns_read(const qtext_t *t, const quote_rules_t *r, qcache_t *cache, size_t from,
                        size_t to, stance_span_t host, stance_span_t host_title,
                        stance_span_t interviewer,
                        void (*put)(void *user, const stance_quotation_t *q), void *user);
/* The interviewer the text before `to` names ("interview ... with Petra Lind", "told Harbour
 * TV's Mark Ode"), whose the questions without a name are; false when it names none. */
bool stance__turns_interviewer(const qtext_t *t, const quote_rules_t *r, qcache_t *cache,
                               size_t to, stance_span_t *who);

/* ---- phrases (quote_phrases.c) ------------------------------------------------------------ */

/* What a word of a sentence is, for the rules of both stages. */
static inline bool is_word(const qword_t *w)
{
    return w->type == QT_WORD;
}

static inline bool is_brk(const qword_t *w, char c)
{
    return w->type == QT_BREAK && w->brk == c;
}

static inline bool low_is(const qword_t *w, const char *s)
{
    return w->type == QT_WORD && strcmp(w->low, s) == 0;
}

/* A word that opens with a digit: a count, a date, an ordinal ("16", "2021", "35th"). */
static inline bool numeral(const qword_t *w)
{
    return w->type == QT_WORD && w->low[0] >= '0' && w->low[0] <= '9';
}

/* "and" or "or", which join two of a kind ("X and Y", the “A” principle and “B”). */
static inline bool and_or(const qword_t *w)
{
    return low_is(w, "and") || low_is(w, "or");
}

/* A word ending in `suffix` after at least `stem` bytes: "saying" ends in "ing" with stem 2,
 * "king" does not; English inflection, read from the spelling. */
static inline bool ends_with(const qword_t *w, const char *suffix, size_t stem)
{
    size_t n = strlen(w->low), k = strlen(suffix);
    return w->type == QT_WORD && n >= k + stem && strcmp(w->low + n - k, suffix) == 0;
}

/* A plural, as English spells it: "ministers", "chiefs" (not "witness", "princess"). */
static inline bool stance__plural_word(const qword_t *w)
{
    return ends_with(w, "s", 2) && !ends_with(w, "ss", 1) && !ends_with(w, "us", 1) &&
           strcmp(w->low, "d'affaires") != 0; /* one charge d'affaires (quotes.c) */
}

/* A capitalized word that can be part of a name (not "While", not "Tuesday", not a verb that
 * opens the sentence: "Speaking to reporters, ..."). */
static inline bool name_word(const qword_t *w)
{
    return is_word(w) && w->name && !(w->lead && (w->cls & QW_SPEECH) && !(w->cls & QW_TITLE));
}

/* A word of a name, title or organization phrase: names, and title, role, organization and
 * document words in any case ("the foreign minister", "the ministry", "the statement"). */
static inline bool phrase_word(const qword_t *w)
{
    if (!is_word(w))
        return false;
    if (name_word(w))
        return true;
    if (w->cls & QW_FUNCTION)
        return false;
    return (w->cls & (QW_TITLE | QW_ORG | QW_DOC | QW_ORDER)) != 0 || (w->poss && w->cap);
}

/* Particles of a name from word i on (von, der, al: the rules' connectors), then the
 * capitalized word they belong to ("von der Leyen", "de Souza"): that word's index, or i when
 * the words from i are no such run. A run is a few words at most. When it opens the name
 * (`opens`: no name word before it) its particles must be nothing else, since "ten Dutch
 * soldiers" and "they do Business" are no names. */
static inline size_t particles_then_name(const sentence_t *s, size_t i, size_t limit, bool opens)
{
    size_t k = i;
    while (k < limit && k - i < 3 && is_word(&s->w[k]) && !s->w[k].cap &&
           (opens ? s->w[k].cls == QW_CONNECTOR : (s->w[k].cls & QW_CONNECTOR) != 0))
        k++;
    return k > i && k < limit && name_word(&s->w[k]) ? k : i;
}

static inline bool skippable(const qword_t *w)
{
    if (!is_word(w) || w->cap)
        return false;
    if (w->cls & (QW_SKIP | QW_TIME))
        return true;
    /* adverbs: "flatly", "reportedly" (not "family", "rally": nouns of a phrase) */
    size_t n = strlen(w->low);
    return n > 4 && w->low[n - 2] == 'l' && w->low[n - 1] == 'y' &&
           !(w->cls & (QW_TITLE | QW_ORG | QW_DOC | QW_SPEECH));
}

static inline bool time_word(const qword_t *w)
{
    return is_word(w) && (w->cls & QW_TIME);
}

/* Whether the `avail` bytes at p open with an en dash or an em dash (– —). */
static inline bool long_dash(const unsigned char *p, size_t avail)
{
    return avail >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94);
}

/* Whether a word's lower-case form is an age ("43-year-old": one to three digits first). */
static inline bool age_word(const char *low)
{
    size_t d = 0;
    while (low[d] >= '0' && low[d] <= '9')
        d++;
    return d > 0 && d <= 3 && strcmp(low + d, "-year-old") == 0;
}

/* A word in -ed: a past tense or participle ("compared", "described"), as English spells it. */
static inline bool past_form(const qword_t *w)
{
    return ends_with(w, "ed", 1);
}

/* A word that opens a subordinate clause ("after X said", "when X spoke"), not a
 * preposition, when a clause follows it. */
static inline bool subordinator(const qword_t *w)
{
    return low_is(w, "after") || low_is(w, "before") || low_is(w, "since") ||
           low_is(w, "until") || low_is(w, "as") || low_is(w, "when") || low_is(w, "while") ||
           low_is(w, "because");
}

/* A form of "be" (the passive: "was described") and the modals ("would respond"). */
static inline bool be_form(const qword_t *w)
{
    return low_is(w, "is") || low_is(w, "was") || low_is(w, "were") || low_is(w, "are") ||
           low_is(w, "be") || low_is(w, "been") || low_is(w, "being");
}

/* A word that makes a title an office once held: "former", "onetime", "ex", "ex-premier". */
static inline bool former_word(const qword_t *w)
{
    return low_is(w, "former") || low_is(w, "onetime") || low_is(w, "one-time") ||
           low_is(w, "ex") || strncmp(w->low, "ex-", 3) == 0;
}

/* Whether a title mention is an office once held ("a former finance minister", "the
 * ex-premier"): no title its holder goes by now. A mention of no role holds none. */
static inline bool former_office(const sentence_t *s, const mention_t *m)
{
    if (m->role == NONE)
        return false;
    for (size_t i = m->lo; i <= m->role && i < s->n; i++)
        if (is_word(&s->w[i]) && former_word(&s->w[i]))
            return true;
    return false;
}

/* Whether the sentence opens with a participle and its preposition or article ("Talking to
 * reporters, ...", "Commenting on the shelling ..., he said"): a clause whose subject is the
 * main clause's. */
static inline bool participle_opens(const sentence_t *s)
{
    return s->n > 1 && is_word(&s->w[0]) && ends_with(&s->w[0], "ing", 2) &&
           is_word(&s->w[1]) && !s->w[1].cap && (s->w[1].cls & (QW_PREP | QW_DET));
}

static inline bool modal(const qword_t *w)
{
    if (w->cap && !w->lead)
        return false; /* "said May", "Will Fenn told": names, after the sentence's start */
    return low_is(w, "would") || low_is(w, "will") || low_is(w, "could") ||
           low_is(w, "should") || low_is(w, "might") || low_is(w, "may") || low_is(w, "must") ||
           low_is(w, "can") || low_is(w, "cannot") || low_is(w, "shall");
}

/* The first word of the run that ends before word `at` and goes back to the last break (a
 * comma, a dash, a period) after `floor`, at most `reach` words: where a clause or an
 * apposition before `at` opens. */
static inline size_t since_break(const sentence_t *s, size_t floor, size_t at, size_t reach)
{
    size_t i = at;
    while (i > floor && s->w[i - 1].type != QT_BREAK && at - i < reach)
        i--;
    return i;
}

/* An auxiliary in lower case: a form of "be", a modal, or of "have" or "do" ("has", "did"):
 * a verb of the clause, never a noun. */
static inline bool auxiliary(const qword_t *w)
{
    return is_word(w) && !w->cap &&
           (be_form(w) || modal(w) || low_is(w, "had") || low_is(w, "has") ||
            low_is(w, "have") || low_is(w, "did") || low_is(w, "does"));
}

/* A word that denies the verb after it: "not", "never", "didn't". */
static inline bool negates(const qword_t *w)
{
    return is_word(w) && (low_is(w, "not") || low_is(w, "never") || ends_with(w, "n't", 2));
}

/* A lower-case word that can modify a title or organization ("commerce" ministry, UN "food"
 * agency): no function word, verb, time word or adverb. */
static inline bool plain_modifier(const qword_t *w)
{
    return is_word(w) && !w->cap && !(w->cls & (QW_FUNCTION | QW_SPEECH | QW_SKIP | QW_TIME)) &&
           !numeral(w) && !ends_with(w, "ly", 3);
}

/* A compound adjective in lower case that describes a name after it ("war-torn Libya",
 * "oil-rich Qatar"): no name, title or verb of its own. */
static inline bool hyphened_modifier(const qword_t *w)
{
    return is_word(w) && !w->cap && w->cls == 0 && strchr(w->low, '-') != NULL &&
           w->low[0] != '-';
}

/* Whether the words [lo, hi) are a press office's name ("press service", "press office",
 * "information department"): the voice of whoever owns it. */
static inline bool stance__press_office(const sentence_t *s, size_t lo, size_t hi)
{
    if (hi - lo != 2)
        return false;
    const qword_t *a = &s->w[lo], *b = &s->w[lo + 1];
    return (low_is(a, "press") || low_is(a, "information")) &&
           (low_is(b, "service") || low_is(b, "office") || low_is(b, "department") ||
            low_is(b, "secretariat"));
}

static inline bool head_word(const qword_t *w)
{
    return is_word(w) && (w->cls & (QW_ORG | QW_ROLE | QW_TITLE | QW_DOC)) &&
           !(w->cls & QW_FUNCTION);
}

/* Skips back from j over what may stand between a subject and its verb (auxiliaries, adverbs,
 * time words, a parenthesis, ", however,"), not before floor. */
/* The "who" that opens a relative clause set off by a comma (", who held talks with A, B and
 * C,"), found going back from word `from` (above `floor` + 1, within RELATIVE_CLAUSE_REACH
 * words of `end`, never across a quotation before it); NONE when there is none. */
size_t stance__who_clause(const sentence_t *s, size_t floor, size_t from, size_t end);
size_t stance__skip_back(const sentence_t *s, size_t floor, size_t j);
/* Skips forward over time words and adverbs after a verb ("said on Tuesday"). */
size_t stance__skip_forward(const sentence_t *s, size_t i, size_t limit);
/* Skips forward over times alone ("on Monday", "last week", "Tuesday"): not the auxiliaries
 * and adverbs stance__skip_forward also skips. */
size_t stance__skip_time(const sentence_t *s, size_t i, size_t limit);
/* The end of the name, title or organization phrase that starts at word i, before limit. */
size_t stance__phrase_end(const sentence_t *s, size_t i, size_t limit);
/* The mention that ends just before word `end`: a pronoun, an apposition, or a phrase, not
 * after a preposition; false (and *m zeroed) when there is none. */
bool stance__mention_ending(const sentence_t *s, size_t floor, size_t end, mention_t *m);
/* The mention that starts at word i (after skipping time words): "said Rosemary DiCarlo, US
 * Ambassador", "said a statement posted online by the Foreign Ministry". */
bool stance__mention_starting(const sentence_t *s, size_t i, size_t limit, mention_t *m);
/* The mention of the pronoun at word i, of gender 'm', 'f' or 0 (unknown). */
void stance__pronoun_mention(size_t i, uint8_t gender, mention_t *m);

/* Stage 1 and 2 for one sentence: terms, reporting verbs, mentions, the sieves, speakers. */
void stance__sentence_attribute(sentence_t *s, const qtext_t *t, const quote_rules_t *r,
                                qcache_t *cache, entities_t *ents);
/* Where a sentence holding `?”` or `!”` really ends: after that quotation unless "X said" or
 * "said X" follows at once. The word index to cut at, or s->n. */
size_t stance__sentence_cut(const sentence_t *s, const quote_rules_t *r);

/* Stage 2 (quote_entities.c). */
void stance__entities_init(entities_t *ents, const quote_rules_t *rules);
/* The entity a mention refers to (remembering a new one when it names someone new), or -1. */
int stance__entity_resolve(entities_t *ents, const sentence_t *s, const qtext_t *t,
                           const mention_t *m);
/* STANCE_OK for a frame or speaker weight the calls take: finite, at most
 * STANCE_EVIDENCE_WEIGHT_MAX (below 0 = the default); else STANCE_E_INVALID_ARG naming it. */
stance_status_t stance__evidence_weight_check(const char *name, double weight,
                                              stance_error_t *err);
/* The speaker a sentence with no quotation names for the quotation just before it, by the
 * patterns of a report told after the words ("That was how X described it", "That was the
 * verdict of X", "The warning came on Tuesday from X", a roundup's "-- X" on a line of its
 * own): an entity, or -1; *named receives the mention. */
int stance__sentence_names_speaker(const sentence_t *s, const qtext_t *t, entities_t *ents,
                                    mention_t *named);
/* A roundup's credit starting at word i, after a dash: a person or an organization that fills
 * the rest of the sentence or is followed by an apposition's comma. */
bool stance__dash_credit(const sentence_t *s, size_t i, mention_t *m);
/* Whether words [lo, hi) are the name of a news outlet or photo agency ("Reuters", "Getty
 * Images"), whole. */
bool stance__words_name_outlet(const quote_rules_t *r, const sentence_t *s, size_t lo,
                               size_t hi);
/* Whether words [lo, hi) hold a photograph's credit, a name joined to its agency by a slash
 * ("Pietruszka/PAP"). */
bool stance__credit_words(const sentence_t *s, const qtext_t *t, size_t lo, size_t hi);
/* A common noun for a news outlet: before its name ("the daily Kommersant", "state media
 * VNA"), or for the outlet named last ("the news outlet said"). */
bool stance__outlet_noun(const qword_t *w);
/* A firm's or a group's word, before a name that is then the body's ("shipping giant X",
 * "the group X", "farmers' federation X") or for the firm named before ("the company"). */
bool stance__firm_word(const qword_t *w);
/* Whether word i follows an outlet's noun in lower case ("the official daily Granma",
 * "state broadcaster X"): a name there is the outlet's. */
bool stance__after_outlet_noun(const sentence_t *s, size_t i);
/* Remembers a named person or organization met outside quotations; returns its entity or -1. */
int stance__entity_note(entities_t *ents, const sentence_t *s, const qtext_t *t,
                         const mention_t *m);
/* Remembers a person named after a preposition ("joined by Trade Minister Olek Brandt",
 * "a talk with Mr. Tomas Berg"), no speaker there, with a full name or a title: someone the
 * article may call "the minister" or "he" next. A person already met is left as is. Returns
 * the entity or -1. */
int stance__entity_note_oblique(entities_t *ents, const sentence_t *s, const qtext_t *t,
                                const mention_t *m);
/* "X also said" (again: the adverb was there), or "X said" when that speaker was first
 * quoted in the article's first two paragraphs: when X is named for the first time and the
 * last speaker is known only by a definite title ("the Turkish foreign minister said"; the
 * lead names the name later), X is that speaker: the entity takes X's name (ents->renamed
 * records the old and new span) and its index is returned. -1 when the mention is not such
 * a naming. With `remarks` ("X made the comment"), X made the words the speaker was quoted
 * in, whatever title X is given now. */
int stance__entity_named_later(entities_t *ents, const sentence_t *s, const qtext_t *t,
                               const mention_t *m, bool again, bool remarks);
/* Whether a named person already met has this lower-case surname. */
bool stance__entity_known_surname(const entities_t *ents, const char *low);
/* Whether a named person has `low` for the surname, or for the first word of the name, as
 * Chinese and Korean names put the surname ("An" of "An Fengshan"). */
bool stance__entity_known_name_word(const entities_t *ents, const char *low);
/* Whether an organization met has been glossed with the initials of word w ("PST" of "the
 * Norwegian Police Security Service (PST)"). */
bool stance__entity_known_initials(const entities_t *ents, const qword_t *w);
/* Marks an entity as the one who spoke last. */
void stance__entity_spoke(entities_t *ents, int id);
/* Reads a mention from a phrase of words [lo, hi) with determiner det (SIZE_MAX = none): its
 * kind, name, role and gender; false when it names nobody. */
bool stance__mention_from_phrase(const sentence_t *s, size_t det, size_t lo, size_t hi,
                                 mention_t *m);

#endif
