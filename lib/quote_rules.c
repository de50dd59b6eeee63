/* The English rules of quote attribution: word lists, each sorted (binary-searched; the test
 * stance.attribution checks the order), and English inflection for reporting verbs. Another
 * language adds its own quote_rules_t beside this one; the code that reads articles knows no
 * English word except through these tables.
 *
 * The lists are facts of English news prose: the reporting verbs journalists use (about 230,
 * lemmas, every inflection found by the rules below), the words of titles and roles, the heads
 * of organization names, countries and capitals (which speak for their governments: "Beijing
 * said"), time words and auxiliaries skipped between a speaker and the verb. */
#include "quotes.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Reporting verbs by lemma: every inflection counts (said, says, saying, warned). */
static const char *const verbs[] = {
    "acclaim", "accuse", "acknowledge", "add", "admit", "admonish", "advise", "affirm",
    "allege", "allude", "announce", "answer", "apologise", "apologize", "appeal", "applaud",
    "argue", "ask", "assail", "assert", "assure", "attack", "attest", "aver", "bark", "beg",
    "berate", "blame", "blast", "boast", "brag", "brand", "brush", "call", "castigate",
    "caution", "celebrate", "censure", "characterise", "characterize", "charge", "chastise",
    "cheer", "chide", "chime", "cite", "claim", "clarify", "commend", "comment", "complain",
    "concede", "conclude", "concur", "condemn", "confess", "confide", "confirm", "congratulate",
    "contend", "contest", "continue", "counsel", "counter", "criticise", "criticize", "cry",
    "declare", "decry", "demand", "denigrate", "denounce", "deny", "deplore", "deride",
    "describe", "detail", "disagree", "disclose", "dismiss", "disparage", "dispute", "dub",
    "echo", "elaborate", "emphasise", "emphasize", "encourage", "endorse", "enthuse", "exclaim",
    "exhort", "explain", "express", "extol", "fault", "fire", "forewarn", "fume", "grouse",
    "grumble", "hail", "highlight", "hint", "hit", "implore", "imply", "indicate", "inform",
    "insist", "instruct", "interject", "jeer", "joke", "label", "lambast", "lambaste", "lament",
    "lash", "laud", "maintain", "marvel", "mention", "mock", "muse", "mutter", "note", "notify",
    "object", "observe", "offer", "opine", "outline", "plead", "pledge", "point", "posit",
    "post", "praise", "predict", "proclaim", "promise", "pronounce", "propose", "protest",
    "question", "quip", "quote", "rail", "rant", "react", "read", "reaffirm", "reassure", "rebuff",
    "rebuke", "rebut", "recall", "recite", "recommend", "recount", "refute", "reiterate",
    "reject", "rejoin", "remark", "remind", "repeat", "reply", "report", "reprimand",
    "reproach", "reprove", "request", "respond", "restate", "retort", "reveal", "ridicule",
    "say", "scoff", "scold", "scorn", "scream", "shoot", "shout", "sigh", "signal", "slam",
    "slate", "snap", "sneer", "speak", "specify", "speculate", "spell", "spurn", "state",
    "stipulate", "stress", "suggest", "sum", "summarise", "summarize", "swear", "sympathise",
    "sympathize", "taunt", "tease", "tell", "term", "testify", "thank", "theorise", "theorize",
    "threaten", "thunder", "tout", "trumpet", "tweet", "underline", "underscore", "urge",
    "vent", "venture", "vilify", "voice", "vow", "warn", "weigh", "welcome", "whine", "wonder",
    "write", "yell",
};

/* Verbs of thought: they report a quotation only right before it (Adler hopes “...”). */
static const char *const thinking[] = {
    "believe", "consider", "doubt", "expect", "fear", "feel", "guess", "hope", "imagine",
    "know", "suppose", "suspect", "think", "trust", "wish", "worry",
};

/* Titles that name a person alone ("the spokesman", "a senior official"). */
static const char *const roles[] = {
    "activist", "admiral", "adviser", "advisers", "advisor", "advisors", "aide", "aides",
    "ambassador", "ambassadors", "analyst", "analysts", "archbishop", "attache", "attorney",
    "ayatollah", "bishop", "captain", "cardinal", "chair", "chairperson", "chancellor", "chief",
    "colonel", "commander", "commentator", "commissioner", "consul", "correspondent",
    "counsellor", "counselor", "delegate", "delegates", "deputy", "diplomat", "diplomats",
    "director", "director-general", "economist", "editor", "envoy", "envoys", "executive",
    "expert", "experts", "founder", "general", "governor", "head", "imam", "inspector", "judge",
    "lawmaker", "lawmakers", "lawyer", "leader", "leaders", "legislator", "lieutenant",
    "marshal", "mayor", "mediator", "minister", "ministers", "monarch", "negotiator",
    "negotiators", "observer", "observers", "officer", "officers", "official", "officials",
    "pope", "premier", "president", "president-elect", "professor", "prosecutor", "rabbi",
    "representative", "researcher", "scholar", "secretary", "secretary-general", "senator",
    "sergeant", "source", "sources", "speaker", "spokespeople", "spokesperson", "staffer",
    "strategist", "undersecretary", "vice-president",
};

/* Titles of men. */
static const char *const roles_male[] = {
    "chairman", "congressman", "emir", "king", "prince", "sheikh", "spokesman", "spokesmen",
    "sultan",
};

/* Titles of women. */
static const char *const roles_female[] = {
    "chairwoman", "congresswoman", "princess", "queen", "spokeswoman", "spokeswomen",
};

/* Words of a title before its role (Foreign Minister, Chief Cabinet Secretary). */
static const char *const title_words[] = {
    "acting", "affairs", "assistant", "associate", "cabinet", "crown", "defence", "defense",
    "economy", "energy", "external", "finance", "first", "foreign", "former", "health", "high",
    "home", "intelligence", "interim", "interior", "justice", "lead", "military", "national",
    "press", "prime", "principal", "public", "security", "senior", "state", "supreme", "top",
    "trade", "vice",
};

/* Titles before a name, never alone; their period ends no sentence. */
static const char *const honorifics[] = {
    "adm", "capt", "cmdr", "col", "cpl", "dr", "gen", "gov", "hon", "lt", "maj", "pres", "prof",
    "pvt", "rep", "rev", "sen", "sgt", "supt",
};

/* Men's honorifics. */
static const char *const honorifics_male[] = {
    "lord", "messrs", "mr", "sir",
};

/* Women's honorifics. */
static const char *const honorifics_female[] = {
    "dame", "lady", "madam", "miss", "mlle", "mme", "mrs", "ms",
};

/* Last words of an organization's name (Foreign Ministry, White House, Kremlin). */
static const char *const org_heads[] = {
    "academy", "administration", "agency", "alliance", "army", "assembly", "association",
    "authorities", "authority", "bank", "bloc", "board", "bureau", "center", "centre",
    "chamber", "chancellery", "coalition", "command", "commission", "committee", "company",
    "congress", "consulate", "corporation", "corps", "council", "court", "delegation",
    "department", "directorate", "embassy", "federation", "firm", "force", "forces",
    "foundation", "front", "fund", "government", "group", "guard", "house", "institute",
    "junta", "kremlin", "league", "legation", "ministry", "mission", "movement", "nations",
    "navy", "office", "organisation", "organization", "palace", "parliament", "party",
    "pentagon", "police", "presidency", "regime", "secretariat", "senate", "service",
    "services", "tribunal", "union",
};

/* Countries and capitals (the last word of the name), which speak for their governments. */
static const char *const places[] = {
    "ababa", "abuja", "accra", "afghanistan", "africa", "aires", "albania", "algeria",
    "algiers", "amman", "andorra", "angola", "ankara", "arabia", "argentina", "armenia",
    "astana", "athens", "australia", "austria", "azerbaijan", "baghdad", "bahamas", "bahrain",
    "baku", "bangkok", "bangladesh", "barbados", "beijing", "beirut", "belarus", "belgium",
    "belgrade", "belize", "benin", "berlin", "bern", "bhutan", "bogota", "bolivia", "bosnia",
    "botswana", "brasilia", "bratislava", "brazil", "britain", "brunei", "brussels",
    "bucharest", "budapest", "bulgaria", "burundi", "cairo", "cambodia", "cameroon", "canada",
    "canberra", "caracas", "chad", "chile", "china", "chisinau", "colombia", "colombo",
    "comoros", "congo", "copenhagen", "croatia", "cuba", "cyprus", "czechia", "damascus",
    "delhi", "denmark", "dhaka", "djibouti", "doha", "dominica", "dublin", "ecuador", "egypt",
    "emirates", "england", "eritrea", "estonia", "eswatini", "ethiopia", "faso", "fiji",
    "finland", "france", "gabon", "gambia", "georgetown", "georgia", "germany", "ghana",
    "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "hanoi", "havana",
    "helsinki", "herzegovina", "honduras", "hungary", "iceland", "india", "indonesia", "iran",
    "iraq", "ireland", "islamabad", "israel", "italy", "jakarta", "jamaica", "japan",
    "jerusalem", "jordan", "kabul", "kampala", "kathmandu", "kazakhstan", "kenya", "khartoum",
    "kiev", "kigali", "kingdom", "kinshasa", "kiribati", "korea", "kosovo", "kuwait", "kyiv",
    "kyrgyzstan", "lanka", "laos", "latvia", "lebanon", "leone", "lesotho", "liberia", "libya",
    "liechtenstein", "lima", "lisbon", "lithuania", "ljubljana", "london", "luanda",
    "luxembourg", "macedonia", "madagascar", "madrid", "malawi", "malaysia", "maldives", "mali",
    "malta", "managua", "manila", "mauritania", "mauritius", "mexico", "micronesia", "minsk",
    "mogadishu", "moldova", "monaco", "mongolia", "montenegro", "morocco", "moscow",
    "mozambique", "muscat", "myanmar", "nairobi", "namibia", "nauru", "naypyidaw", "nepal",
    "netherlands", "nicaragua", "nicosia", "niger", "nigeria", "norway", "oman", "oslo",
    "ottawa", "pakistan", "palau", "palestine", "panama", "paraguay", "paris", "penh", "peru",
    "philippines", "podgorica", "poland", "portugal", "prague", "pretoria", "pristina",
    "pyongyang", "qatar", "quito", "rabat", "ramallah", "republic", "reykjavik", "rica", "riga",
    "riyadh", "romania", "rome", "russia", "rwanda", "salvador", "samoa", "sanaa", "santiago",
    "sarajevo", "scotland", "senegal", "seoul", "serbia", "seychelles", "singapore", "skopje",
    "slovakia", "slovenia", "sofia", "somalia", "spain", "states", "stockholm", "sudan",
    "suriname", "sweden", "switzerland", "syria", "taipei", "taiwan", "tajikistan", "tallinn",
    "tanzania", "tashkent", "tbilisi", "tehran", "thailand", "timor", "tirana", "togo", "tokyo",
    "tonga", "tripoli", "tunis", "tunisia", "turkey", "turkiye", "turkmenistan", "tuvalu",
    "uganda", "ukraine", "ulaanbaatar", "uruguay", "uzbekistan", "valletta", "vanuatu",
    "vatican", "venezuela", "verde", "vienna", "vietnam", "vilnius", "wales", "warsaw",
    "washington", "wellington", "yemen", "yerevan", "zagreb", "zambia", "zealand", "zimbabwe",
};

/* Documents that speak for whoever issued them ("the statement said"). */
static const char *const documents[] = {
    "announcement", "bulletin", "commentary", "communique", "declaration", "dispatch",
    "editorial", "letter", "memo", "memorandum", "message", "note", "notice", "post", "readout",
    "release", "report", "statement", "transcript", "tweet",
};

/* Nouns of speech: "a warning by X", "remarks from X". */
static const char *const speech_nouns[] = {
    "accusation", "accusations", "address", "appeal", "assertion", "briefing", "call", "claim",
    "claims", "comment", "comments", "criticism", "demand", "interview", "plea", "pledge",
    "promise", "remark", "remarks", "speech", "testimony", "threat", "threats", "warning",
    "warnings", "words",
};

/* Time words, skipped between a speaker and the verb (said on Tuesday, had last year said). */
static const char *const time_words[] = {
    "afternoon", "ago", "apr", "april", "aug", "august", "autumn", "day", "days", "dec",
    "decade", "december", "earlier", "early", "evening", "feb", "february", "friday", "hour",
    "hours", "jan", "january", "jul", "july", "jun", "june", "last", "late", "later", "mar",
    "march", "may", "midday", "midnight", "minutes", "monday", "month", "months", "morning",
    "next", "night", "noon", "nov", "november", "now", "oct", "october", "overnight",
    "previously", "recently", "saturday", "sep", "sept", "september", "spring", "summer",
    "sunday", "then", "thursday", "today", "tomorrow", "tonight", "tuesday", "wednesday",
    "week", "weekend", "weeks", "winter", "year", "years", "yesterday",
};

/* Auxiliaries and adverbs between a subject and its verb (has also said). */
static const char *const skip_words[] = {
    "again", "all", "already", "also", "am", "are", "be", "been", "both", "can", "could", "did",
    "do", "does", "even", "ever", "further", "had", "has", "have", "herself", "himself",
    "however", "is", "itself", "just", "meanwhile", "might", "more", "must", "never", "not",
    "once", "only", "personally", "promptly", "quickly", "separately", "shall", "should",
    "still", "themselves", "too", "was", "were", "will", "would", "yet",
};

static const char *const pronouns_male[] = {
    "he",
};

static const char *const pronouns_female[] = {
    "she",
};

/* Pronouns of organizations. */
static const char *const pronouns_org[] = {
    "it",
};

static const char *const pronouns_plural[] = {
    "they",
};

/* Determiners of an unnamed speaker (a senior official, one diplomat). */
static const char *const indefinites[] = {
    "a", "an", "another", "one", "several", "some",
};

/* Determiners and possessives that open a noun phrase. */
static const char *const determiners[] = {
    "each", "every", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this",
    "those", "your",
};

/* Prepositions: a name after one is not a speaker (said of Trump). */
static const char *const prepositions[] = {
    "about", "above", "across", "after", "against", "along", "amid", "amidst", "among",
    "around", "at", "before", "behind", "below", "beside", "besides", "between", "beyond", "by",
    "concerning", "despite", "during", "except", "for", "from", "in", "including", "inside",
    "into", "like", "near", "of", "off", "on", "onto", "outside", "over", "past", "per",
    "regarding", "since", "than", "through", "throughout", "to", "toward", "towards", "under",
    "unlike", "until", "upon", "versus", "via", "vs", "with", "within", "without",
};

/* Words never part of a name, even capitalized at the start of a sentence. */
static const char *const function_words[] = {
    "according", "although", "and", "as", "asked", "because", "but", "citing", "earlier",
    "following", "given", "having", "here", "how", "i", "if", "instead", "later", "me",
    "meanwhile", "moreover", "nevertheless", "no", "nor", "now", "or", "referring",
    "responding", "so", "speaking", "still", "such", "then", "there", "though", "thus",
    "turning", "unless", "us", "we", "what", "when", "whenever", "where", "whereas", "whether",
    "while", "why", "yes", "yet", "you",
};

/* Pronouns that open a relative clause inside an apposition (X, who leads..., said). */
static const char *const relatives[] = {
    "which", "who", "whom", "whose",
};

/* Particles inside names (Ursula von der Leyen, Mohammed bin Salman). */
static const char *const connectors[] = {
    "abu", "al", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "di", "do",
    "dos", "du", "el", "ibn", "la", "le", "ten", "ter", "van", "von", "y", "zu",
};

/* Words that introduce a quoted name, not speech (the so-called “reset”). */
static const char *const naming_words[] = {
    "billed", "christened", "code-named", "codenamed", "dubbed", "entitled", "labeled",
    "labelled", "named", "nicknamed", "so-called", "termed", "titled",
};

/* Nouns that introduce a quoted word (the term “X”). */
static const char *const term_nouns[] = {
    "expression", "hashtag", "motto", "phrase", "slogan", "term", "word",
};

/* Other words whose period ends no sentence (St. Petersburg, Jan. 10, No. 57). */
static const char *const abbreviations[] = {
    "apr", "aug", "co", "corp", "dec", "dept", "feb", "ft", "govt", "inc", "jan", "jr", "jul",
    "jun", "ltd", "mar", "mt", "no", "nos", "nov", "oct", "sep", "sept", "sr", "st",
};

/* Words after an opening single mark that make it an elision (‘em, ‘til, rock ‘n’ roll). */
static const char *const elisions[] = {
    "bout", "cause", "em", "n", "round", "til", "tis", "twas", "twere",
};

/* Irregular forms of reporting verbs: form, lemma (sorted by form). */
static const char *const irregular[] = {
    "felt", "feel",
    "knew", "know",
    "known", "know",
    "said", "say",
    "shot", "shoot",
    "sought", "seek",
    "spoke", "speak",
    "spoken", "speak",
    "swore", "swear",
    "sworn", "swear",
    "thought", "think",
    "told", "tell",
    "written", "write",
    "wrote", "write",
};
/* A reporting sense that needs its particle (pointed out), or that a particle takes away
 * (added to the tension, called off the talks). */
static const quote_particle_t particles[] = {
    {"add", "to", false},      {"brush", "off", true}, {"call", "in", false},
    {"call", "off", false},    {"call", "up", false},  {"charge", "with", false},
    {"chime", "in", true},     {"continue", "to", false}, {"fire", "back", true},
    {"hail", "from", false},
    {"hit", "back", true},     {"lash", "out", true},  {"point", "out", true},
    {"shoot", "back", true},   {"spell", "out", true}, {"sum", "up", true},
    {"weigh", "in", true},
};

#define LIST(name, classes) {#name, name, COUNT(name), classes}

static const quote_list_t english_lists[] = {
    LIST(roles, QW_TITLE | QW_ROLE),
    LIST(roles_male, QW_TITLE | QW_ROLE | QW_MALE),
    LIST(roles_female, QW_TITLE | QW_ROLE | QW_FEMALE),
    LIST(title_words, QW_TITLE),
    LIST(honorifics, QW_TITLE | QW_HONORIFIC | QW_ABBREV),
    LIST(honorifics_male, QW_TITLE | QW_HONORIFIC | QW_ABBREV | QW_MALE),
    LIST(honorifics_female, QW_TITLE | QW_HONORIFIC | QW_ABBREV | QW_FEMALE),
    LIST(org_heads, QW_ORG),
    LIST(places, QW_PLACE),
    LIST(documents, QW_DOC),
    LIST(speech_nouns, QW_SPEECH_NOUN),
    LIST(time_words, QW_TIME),
    LIST(skip_words, QW_SKIP),
    LIST(pronouns_male, QW_PRONOUN | QW_MALE | QW_FUNCTION),
    LIST(pronouns_female, QW_PRONOUN | QW_FEMALE | QW_FUNCTION),
    LIST(pronouns_org, QW_PRONOUN | QW_FUNCTION),
    LIST(pronouns_plural, QW_PRONOUN | QW_PLURAL | QW_FUNCTION),
    LIST(indefinites, QW_DET | QW_INDEF | QW_FUNCTION),
    LIST(determiners, QW_DET | QW_FUNCTION),
    LIST(prepositions, QW_PREP | QW_FUNCTION),
    LIST(function_words, QW_FUNCTION),
    LIST(relatives, QW_RELATIVE | QW_FUNCTION),
    LIST(connectors, QW_CONNECTOR),
    LIST(naming_words, QW_NAMING),
    LIST(term_nouns, QW_TERM_NOUN),
    LIST(abbreviations, QW_ABBREV),
    LIST(verbs, QW_SPEECH),
    LIST(thinking, QW_SPEECH | QW_THINK),
    LIST(elisions, 0),
};

static const quote_rules_t english = {
    "english",
    english_lists,
    COUNT(english_lists),
    &english_lists[COUNT(english_lists) - 3], /* verbs */
    &english_lists[COUNT(english_lists) - 2], /* thinking */
    irregular,
    COUNT(irregular) / 2,
    particles,
    COUNT(particles),
    &english_lists[COUNT(english_lists) - 1], /* elisions */
};

const quote_rules_t *stance__quote_rules(const char *language)
{
    if (!language || strcmp(language, "english") == 0 || strcmp(language, "en") == 0)
        return &english;
    return NULL;
}

bool stance__quote_in_list(const quote_list_t *list, const char *low)
{
    size_t lo = 0, hi = list->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(low, list->words[mid]);
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

/* Classes a lemma gives: speech, and thought for the verbs of thinking. */
static uint32_t lemma_classes(const quote_rules_t *r, const char *lemma)
{
    if (stance__quote_in_list(r->verbs, lemma))
        return QW_SPEECH;
    if (stance__quote_in_list(r->thinking, lemma))
        return QW_SPEECH | QW_THINK;
    return 0;
}

/* English inflection, undone: warned warn, argued argue, slammed slam, denied deny, notes
 * note, wishes wish, saying say, hoping hope, quipping quip, said say. Tries each candidate
 * and writes the reporting verb's lemma to `lemma`; returns its classes (0 = no such verb). */
static uint32_t english_verb(const quote_rules_t *r, const char *w, size_t n,
                             char lemma[QWORD_LOW])
{
    strcpy(lemma, w);
    uint32_t c = lemma_classes(r, w);
    if (c)
        return c | QW_LEMMA;
    size_t lo = 0, hi = r->n_irregular;
    while (lo < hi) { /* said, told, wrote ... */
        size_t mid = lo + (hi - lo) / 2;
        int cmp = strcmp(w, r->irregular[2 * mid]);
        if (cmp == 0) {
            strcpy(lemma, r->irregular[2 * mid + 1]);
            return lemma_classes(r, lemma);
        }
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    struct ending {
        const char *suffix, *add;
        size_t keep_less; /* also try with one more letter dropped when it is doubled */
    };
    /* the first ending that matches decides; its candidates are tried in order */
    static const struct ending endings[] = {
        {"ing", "", 1}, {"ing", "e", 0}, {"ied", "y", 0}, {"ies", "y", 0}, {"ed", "", 1},
        {"ed", "e", 0}, {"es", "", 0},   {"es", "e", 0},  {"s", "", 0},
    };
    const char *matched = NULL;
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        const struct ending *e = &endings[i];
        size_t k = strlen(e->suffix);
        if (n <= k + 1 || strcmp(w + n - k, e->suffix) != 0)
            continue;
        if (matched && strcmp(matched, e->suffix) != 0)
            break;
        matched = e->suffix;
        size_t m = n - k;
        memcpy(lemma, w, m);
        strcpy(lemma + m, e->add);
        if ((c = lemma_classes(r, lemma)) != 0) {
            if (k == 3 && e->suffix[0] == 'i' && e->suffix[1] == 'n')
                c |= QW_ING;
            else if (e->suffix[k - 1] == 's')
                c |= QW_PRESENT_S;
            return c;
        }
        if (e->keep_less && m > 2 && w[m - 1] == w[m - 2]) { /* slammed, quipping */
            lemma[m - 1] = '\0';
            if ((c = lemma_classes(r, lemma)) != 0)
                return c | (e->suffix[0] == 'i' ? QW_ING : 0);
        }
    }
    strcpy(lemma, w);
    return 0;
}

uint32_t stance__quote_classify_word(const quote_rules_t *r, const char *low, size_t len)
{
    if (len == 0 || len >= QWORD_LOW || low[len] != '\0')
        return 0;
    uint32_t c = 0;
    for (size_t i = 0; i < r->n_lists; i++) {
        const quote_list_t *l = &r->lists[i];
        if (l != r->verbs && l != r->thinking && l != r->elisions &&
            stance__quote_in_list(l, low))
            c |= l->classes;
    }
    char lemma[QWORD_LOW];
    return c | english_verb(r, low, len, lemma);
}

bool stance__quote_particle_ok(const quote_rules_t *r, const char *verb_low, size_t len,
                               const char *next_low)
{
    char lemma[QWORD_LOW];
    if (len == 0 || len >= QWORD_LOW || !english_verb(r, verb_low, len, lemma))
        return true;
    for (size_t i = 0; i < r->n_particles; i++) {
        const quote_particle_t *p = &r->particles[i];
        if (strcmp(lemma, p->lemma) != 0)
            continue;
        bool match = next_low && strcmp(next_low, p->particle) == 0;
        if (p->required)
            return match;
        if (match)
            return false;
    }
    return true;
}
