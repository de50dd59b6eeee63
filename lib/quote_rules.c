/* The English rules of quote attribution: one table of the words the attributor knows, each
 * with what it can be (a reporting verb, a title, an organization word, a place, a time word,
 * ...), and English inflection for reporting verbs. Another language adds its own table and
 * quote_rules_t beside this one; the code that reads articles knows English through them,
 * except for a few short lists of function words still written in quote_mentions.c and
 * quote_phrases.c (auxiliaries and modals, subordinating conjunctions, "according to",
 * "between") and quote_entities.c (name suffixes: Jr., Sr., II; the roles any office holder
 * has: official, diplomat, leader), which another language
 * would move into classes of its table.
 *
 * The table is plain data, sorted bytewise so one binary search classifies a word (the test
 * stance.attribution checks the order). It holds the reporting verbs of news prose by lemma
 * (about 250: say, warn, slam, welcome ...; every inflection is found by english_verb below),
 * the words of titles and roles, the last words of organization names (and the names of news
 * agencies and movements that stand alone: Reuters, Hamas), countries and capitals
 * (which speak for their governments: "Beijing said"), time words and the auxiliaries and
 * adverbs that stand between a speaker and the verb, and the function words that are never
 * part of a name. A second table gives the country of a nationality ("Chinese", "U.S.") so
 * "the Chinese president" finds China's. */
#include "quotes.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define LIST(a) {(a), COUNT(a)}

/* What a word can be; see the QW_* classes in quotes.h. */
#define VERB QW_SPEECH                          /* a reporting verb (lemma) */
#define THINK (QW_SPEECH | QW_THINK)            /* a verb of thought: only right before a quote */
#define ROLE (QW_TITLE | QW_ROLE)               /* a title that names a person alone */
#define TITLE QW_TITLE                          /* a word of a title: foreign, prime, chief */
#define RANK QW_RANK                            /* a rank of birth or arms: prince, colonel */
#define AGAIN QW_AGAIN                          /* also, further: spoken before */
#define RAISE QW_RAISING                        /* appeared, seemed: "appeared to suggest" */
#define HONOR (QW_TITLE | QW_HONORIFIC | QW_ABBREV) /* before a name only: mr, gen, sir */
#define MALE QW_MALE
#define FEMALE QW_FEMALE
#define ORG QW_ORG                              /* the last word of an organization's name */
#define GROUP (QW_ORG | QW_GROUP)               /* group, company: any organization named */
#define ORDER QW_ORDER                          /* former, latter: of the two last named */
#define PLACE QW_PLACE                          /* a country or capital (its last word) */
#define DOC QW_DOC                              /* a document that speaks: statement, note */
#define SAYING QW_SPEECH_NOUN                   /* a noun of speech: warning, remarks */
#define TIME QW_TIME
#define SKIP QW_SKIP                            /* auxiliaries and adverbs */
#define PRONOUN (QW_PRONOUN | QW_FUNCTION)
#define PLURAL QW_PLURAL
#define INDEF (QW_DET | QW_INDEF | QW_FUNCTION)  /* a, an, one: an unnamed speaker */
#define DET (QW_DET | QW_FUNCTION)
#define PREP (QW_PREP | QW_FUNCTION)
#define FUNC QW_FUNCTION                        /* never part of a name */
#define REL (QW_RELATIVE | QW_FUNCTION)         /* who, which */
#define CONN QW_CONNECTOR                       /* inside names: bin, van, al */
#define NAMING QW_NAMING                        /* the quote after it is a name: so-called */
#define TERM QW_TERM_NOUN                       /* the term, the word, the slogan */
#define ABBR QW_ABBREV                          /* its period ends no sentence: no, jan, st */

static const quote_word_t words[] = {
    {"a", INDEF}, {"ababa", PLACE}, {"abkhazia", PLACE}, {"about", PREP}, {"above", PREP}, {"abu", CONN},
    {"abuja", PLACE}, {"academy", ORG}, {"acclaim", VERB}, {"according", FUNC},
    {"accountant", ROLE}, {"accra", PLACE}, {"accusation", SAYING}, {"accusations", SAYING}, {"accuse", VERB}, {"aceh", PLACE},
    {"acknowledge", VERB}, {"across", PREP}, {"acting", TITLE}, {"activist", ROLE}, {"activists", ROLE},
    {"add", VERB}, {"address", SAYING}, {"adm", HONOR}, {"administration", ORG}, {"administrator", ROLE},
    {"admiral", ROLE | RANK}, {"admirals", ROLE}, {"admit", VERB}, {"admonish", VERB}, {"advertisement", FUNC}, {"advise", VERB}, {"adviser", ROLE},
    {"advisers", ROLE}, {"advisor", ROLE}, {"advisors", ROLE}, {"affairs", TITLE},
    {"affirm", VERB}, {"afghanistan", PLACE}, {"afp", ORG}, {"africa", PLACE}, {"after", PREP},
    {"afternoon", TIME}, {"again", SKIP | AGAIN}, {"against", PREP}, {"agency", ORG}, {"agent", ROLE}, {"ago", TIME},
    {"agriculture", TITLE}, {"ahead", PREP}, {"aide", ROLE}, {"aides", ROLE}, {"aires", PLACE}, {"airline", GROUP}, {"airlines", ORG}, {"airways", ORG}, {"al", CONN}, {"albania", PLACE}, {"aleppo", PLACE},
    {"algeria", PLACE}, {"algiers", PLACE}, {"all", SKIP}, {"allegation", SAYING}, {"allegations", SAYING}, {"allege", VERB}, {"alliance", ORG},
    {"allude", VERB}, {"along", PREP}, {"already", SKIP}, {"also", SKIP | AGAIN},
    {"although", FUNC},
    {"am", SKIP}, {"amb", HONOR}, {"ambassador", ROLE}, {"ambassadors", ROLE}, {"amid", PREP}, {"amidst", PREP},
    {"amman", PLACE}, {"among", PREP}, {"an", INDEF}, {"anadolu", ORG}, {"analyst", ROLE}, {"analysts", ROLE},
    {"and", FUNC}, {"andorra", PLACE}, {"angola", PLACE}, {"ankara", PLACE}, {"announce", VERB},
    {"announcement", DOC}, {"anonymous", TITLE}, {"another", INDEF}, {"ansa", ORG},
    {"answer", VERB}, {"antara", ORG}, {"any", DET}, {"anybody", FUNC}, {"anyone", FUNC}, {"ap", ORG}, {"apologise", VERB},
    {"apologize", VERB}, {"app", ORG}, {"appeal", VERB | SAYING}, {"appear", RAISE}, {"appeared", RAISE},
    {"appears", RAISE}, {"applaud", VERB}, {"appreciate", VERB}, {"apr", TIME | ABBR},
    {"april", TIME}, {"arabia", PLACE}, {"archbishop", ROLE}, {"architect", ROLE}, {"are", SKIP},
    {"argentina", PLACE}, {"argue", VERB}, {"armenia", PLACE}, {"army", ORG}, {"around", PREP},
    {"as", FUNC}, {"asean", ORG}, {"ask", VERB}, {"asked", FUNC}, {"assail", VERB}, {"assembly", ORG},
    {"assert", VERB}, {"assertion", SAYING}, {"assistant", TITLE}, {"associate", TITLE},
    {"association", ORG}, {"assurance", SAYING}, {"assurances", SAYING},
    {"assure", VERB}, {"astana", PLACE}, {"at", PREP}, {"athens", PLACE},
    {"attache", ROLE}, {"attack", VERB}, {"attest", VERB}, {"attorney", ROLE},
    {"attribute", VERB}, {"aug", TIME | ABBR}, {"august", TIME}, {"australia", PLACE},
    {"austria", PLACE},
    {"authorities", ORG}, {"authority", ORG}, {"automaker", GROUP}, {"autumn", TIME}, {"aver", VERB},
    {"ayatollah", ROLE}, {"ayatollahs", ROLE}, {"azerbaijan", PLACE}, {"baghdad", PLACE}, {"bahamas", PLACE},
    {"bahrain", PLACE}, {"baker", ROLE}, {"baku", PLACE}, {"bangkok", PLACE}, {"bangladesh", PLACE},
    {"bank", ORG}, {"banker", ROLE}, {"bankers", ROLE}, {"barbados", PLACE}, {"bare", VERB}, {"bark", VERB}, {"basra", PLACE}, {"be", SKIP}, {"because", FUNC},
    {"been", SKIP}, {"before", PREP}, {"beg", VERB}, {"behind", PREP}, {"beijing", PLACE},
    {"beirut", PLACE}, {"belarus", PLACE}, {"belgium", PLACE}, {"belgrade", PLACE},
    {"believe", THINK}, {"belize", PLACE}, {"below", PREP}, {"benghazi", PLACE}, {"benin", PLACE}, {"berate", VERB},
    {"berlin", PLACE}, {"bern", PLACE}, {"bernama", ORG}, {"beside", PREP}, {"besides", PREP}, {"between", PREP},
    {"beyond", PREP}, {"bhutan", PLACE}, {"billed", NAMING}, {"bin", CONN}, {"bint", CONN},
    {"bishop", ROLE}, {"bishops", ROLE}, {"blame", VERB}, {"blast", VERB}, {"bloc", ORG}, {"board", ORG},
    {"boast", VERB}, {"body", GROUP}, {"bogota", PLACE}, {"bolivia", PLACE}, {"bosnia", PLACE}, {"boss", ROLE}, {"both", SKIP},
    {"botswana", PLACE}, {"brag", VERB}, {"branch", ORG}, {"brand", VERB}, {"brasilia", PLACE},
    {"bratislava", PLACE}, {"brazil", PLACE}, {"briefing", SAYING}, {"brig", HONOR}, {"britain", PLACE}, {"broadcaster", ORG},
    {"brunei", PLACE}, {"brush", VERB}, {"brussels", PLACE}, {"bst", TIME}, {"bucharest", PLACE},
    {"budapest", PLACE}, {"bulgaria", PLACE}, {"bulletin", DOC}, {"bureau", ORG},
    {"burundi", PLACE}, {"but", FUNC}, {"by", PREP}, {"cabinet", TITLE}, {"cairo", PLACE},
    {"call", VERB | SAYING}, {"cambodia", PLACE}, {"cameroon", PLACE}, {"campaigner", ROLE}, {"campaigners", ROLE}, {"can", SKIP},
    {"canada", PLACE}, {"canberra", PLACE}, {"candidate", ROLE}, {"capt", HONOR}, {"captain", ROLE | RANK},
    {"caracas", PLACE}, {"cardinal", ROLE}, {"cardinals", ROLE}, {"carmaker", GROUP}, {"carpenter", ROLE}, {"cashier", ROLE}, {"castigate", VERB}, {"caution", VERB},
    {"cdr", HONOR}, {"celebrate", VERB}, {"censure", VERB}, {"center", ORG}, {"centre", ORG}, {"cet", TIME}, {"chad", PLACE},
    {"chair", ROLE}, {"chairman", ROLE | MALE}, {"chairmen", ROLE | MALE}, {"chairperson", ROLE},
    {"chairpersons", ROLE}, {"chairwoman", ROLE | FEMALE}, {"chairwomen", ROLE | FEMALE}, {"challenger", ROLE}, {"chamber", ORG}, {"chancellery", ORG}, {"chancellor", ROLE},
    {"chancellors", ROLE}, {"chant", VERB}, {"characterise", VERB}, {"characterize", VERB}, {"charge", VERB}, {"chastise", VERB},
    {"cheer", VERB}, {"chef", ROLE}, {"chide", VERB}, {"chief", ROLE}, {"chiefs", ORG}, {"chile", PLACE}, {"chime", VERB},
    {"china", PLACE}, {"chipmaker", GROUP}, {"chisinau", PLACE}, {"christened", NAMING}, {"cite", VERB},
    {"citing", FUNC}, {"claim", VERB | SAYING}, {"claims", SAYING}, {"clarify", VERB},
    {"clergyman", ROLE | MALE}, {"cleric", ROLE},
    {"clerics", ROLE}, {"cmdr", HONOR}, {"co", ABBR}, {"co-operation", TITLE}, {"coalition", ORG},
    {"coastguard", ORG}, {"code-named", NAMING}, {"codenamed", NAMING}, {"col", HONOR},
    {"colleague", ROLE}, {"colombia", PLACE}, {"colombo", PLACE},
    {"colonel", ROLE | RANK}, {"colonels", ROLE}, {"command", ORG}, {"commander", ROLE}, {"commanders", ROLE}, {"commend", VERB},
    {"comment", VERB | SAYING}, {"commentary", DOC}, {"commentator", ROLE},
    {"comments", SAYING}, {"commerce", TITLE}, {"commission", ORG}, {"commissioner", ROLE}, {"commissioners", ROLE}, {"committee", ORG},
    {"communications", TITLE}, {"communique", DOC}, {"comoros", PLACE}, {"company", GROUP}, {"complain", VERB},
    {"concede", VERB}, {"concerning", PREP}, {"conclude", VERB}, {"concur", VERB},
    {"condemn", VERB}, {"confess", VERB}, {"confide", VERB}, {"confirm", VERB}, {"conglomerate", GROUP},
    {"congo", PLACE}, {"congratulate", VERB}, {"congress", ORG}, {"congressman", ROLE | MALE},
    {"congressmen", ROLE | MALE}, {"congresswoman", ROLE | FEMALE}, {"congresswomen", ROLE | FEMALE}, {"consider", THINK}, {"consul", ROLE}, {"consul-general", ROLE}, {"consulate", ORG},
    {"consuls", ROLE}, {"contend", VERB}, {"contender", ROLE}, {"contest", VERB}, {"continue", VERB}, {"convey", VERB},
    {"cooperation", TITLE}, {"copenhagen", PLACE}, {"corp", ABBR}, {"corporation", ORG}, {"corps", ORG},
    {"correspondent", ROLE},
    {"could", SKIP}, {"council", ORG}, {"counsel", VERB}, {"counsellor", ROLE},
    {"counselor", ROLE}, {"counter", VERB}, {"counterpart", ROLE}, {"counterparts", ROLE}, {"countries", ORG},
    {"court", ORG}, {"cpl", HONOR}, {"crimea", PLACE}, {"criticise", VERB},
    {"criticism", SAYING}, {"criticize", VERB}, {"croatia", PLACE}, {"crowd", ORG}, {"crowds", ORG}, {"crown", TITLE},
    {"cry", VERB}, {"cuba", PLACE}, {"cyprus", PLACE}, {"czechia", PLACE}, {"da", CONN},
    {"damascus", PLACE}, {"dame", HONOR | FEMALE}, {"darfur", PLACE}, {"das", CONN}, {"day", TIME}, {"days", TIME},
    {"de", CONN}, {"dec", TIME | ABBR}, {"decade", TIME}, {"december", TIME},
    {"declaration", DOC}, {"declare", VERB}, {"decree", DOC}, {"decry", VERB}, {"defence", TITLE | ORG}, {"defend", VERB}, {"defender", ROLE},
    {"defense", TITLE | ORG}, {"del", CONN}, {"delegate", ROLE}, {"delegates", ROLE},
    {"delegation", ORG}, {"delhi", PLACE}, {"della", CONN}, {"demand", VERB | SAYING}, {"democrat", ROLE}, {"demonstrator", ROLE},
    {"demonstrators", ORG}, {"den", CONN}, {"denigrate", VERB}, {"denmark", PLACE}, {"denounce", VERB}, {"deny", VERB},
    {"department", ORG}, {"deplore", VERB}, {"dept", ABBR}, {"deputies", ROLE}, {"deputy", ROLE}, {"der", CONN},
    {"deride", VERB}, {"describe", VERB}, {"despite", PREP}, {"detail", VERB}, {"detective", ROLE}, {"detectives", ROLE}, {"dhaka", PLACE},
    {"di", CONN}, {"did", SKIP}, {"diplomat", ROLE}, {"diplomats", ROLE}, {"directive", DOC}, {"director", ROLE},
    {"director-general", ROLE}, {"directorate", ORG}, {"disagree", VERB}, {"disclose", VERB},
    {"dismiss", VERB}, {"disparage", VERB}, {"dispatch", DOC}, {"dispute", VERB},
    {"djibouti", PLACE}, {"do", SKIP | CONN}, {"doctor", ROLE}, {"doctors", ROLE}, {"document", DOC}, {"does", SKIP},
    {"doha", PLACE},
    {"dominica", PLACE}, {"donbas", PLACE}, {"donetsk", PLACE}, {"dos", CONN}, {"doubt", THINK}, {"dpa", ORG}, {"dr", HONOR}, {"driver", ROLE}, {"drugmaker", GROUP}, {"du", CONN},
    {"dub", VERB}, {"dubbed", NAMING}, {"dublin", PLACE}, {"during", PREP}, {"each", DET},
    {"earlier", TIME | FUNC}, {"early", TIME}, {"echo", VERB}, {"economist", ROLE},
    {"economy", TITLE}, {"ecowas", ORG}, {"ecuador", PLACE}, {"editor", ROLE}, {"editorial", DOC}, {"edt", TIME}, {"education", TITLE}, {"efe", ORG},
    {"egypt", PLACE}, {"el", CONN}, {"elaborate", VERB}, {"electrician", ROLE}, {"electronics", ORG}, {"embassy", ORG},
    {"emir", ROLE | RANK | MALE}, {"emirates", PLACE}, {"emirs", ROLE | MALE}, {"emphasise", VERB}, {"emphasize", VERB},
    {"encourage", VERB}, {"endorse", VERB}, {"energy", TITLE}, {"engineer", ROLE}, {"england", PLACE},
    {"enthuse", VERB}, {"entitled", NAMING}, {"environment", TITLE}, {"envoy", ROLE}, {"envoys", ROLE}, {"erbil", PLACE},
    {"eritrea", PLACE}, {"est", TIME}, {"estonia", PLACE}, {"eswatini", PLACE}, {"et", TIME}, {"ethiopia", PLACE},
    {"even", SKIP}, {"evening", TIME}, {"ever", SKIP}, {"every", DET}, {"everybody", FUNC}, {"everyone", FUNC}, {"except", PREP},
    {"exclaim", VERB}, {"executive", ROLE}, {"executives", ROLE}, {"exhort", VERB}, {"expect", THINK},
    {"expert", ROLE}, {"experts", ROLE}, {"explain", VERB}, {"express", VERB},
    {"expression", TERM}, {"external", TITLE}, {"extol", VERB}, {"farmer", ROLE}, {"faso", PLACE},
    {"fault", VERB}, {"fear", THINK}, {"feb", TIME | ABBR}, {"february", TIME},
    {"federation", ORG}, {"feel", THINK}, {"fighters", ORG}, {"fiji", PLACE}, {"finance", TITLE},
    {"finland", PLACE}, {"fire", VERB}, {"firefighter", ROLE}, {"firm", GROUP}, {"first", TITLE}, {"fisherman", ROLE}, {"fm", ROLE},
    {"following", FUNC},
    {"for", PREP}, {"force", ORG}, {"forces", ORG}, {"foreign", TITLE}, {"forewarn", VERB},
    {"former", TITLE | ORDER}, {"forum", ORG}, {"foundation", ORG}, {"founder", ROLE},
    {"france", PLACE},
    {"friday", TIME}, {"from", PREP}, {"front", ORG}, {"front-runner", ROLE}, {"frontrunner", ROLE}, {"ft", ABBR}, {"fume", VERB},
    {"fund", ORG}, {"further", SKIP | AGAIN}, {"furthermore", FUNC}, {"gabon", PLACE}, {"gambia", PLACE}, {"gaza", PLACE}, {"gen", HONOR},
    {"general", ROLE}, {"generals", ROLE}, {"geneva", PLACE}, {"georgetown", PLACE}, {"georgia", PLACE}, {"germany", PLACE},
    {"ghana", PLACE}, {"given", FUNC}, {"gmt", TIME}, {"golan", PLACE}, {"goma", PLACE}, {"gov", HONOR}, {"government", ORG},
    {"governments", ORG}, {"governor", ROLE},
    {"governors", ROLE}, {"govt", ABBR}, {"greece", PLACE}, {"grenada", PLACE}, {"group", GROUP}, {"grouse", VERB},
    {"grumble", VERB}, {"guard", ORG}, {"guards", ORG}, {"guatemala", PLACE}, {"guerrillas", ORG}, {"guess", THINK},
    {"guinea", PLACE}, {"guyana", PLACE}, {"had", SKIP}, {"hail", VERB}, {"haiti", PLACE}, {"hamas", ORG},
    {"hanoi", PLACE}, {"has", SKIP}, {"hashtag", TERM}, {"hastened", RAISE}, {"havana", PLACE},
    {"have", SKIP},
    {"having", FUNC}, {"he", MALE | PRONOUN}, {"head", ROLE}, {"head-of-state", ROLE}, {"health", TITLE},
    {"helsinki", PLACE}, {"hence", FUNC}, {"her", DET}, {"herat", PLACE}, {"here", FUNC}, {"herself", SKIP},
    {"herzegovina", PLACE}, {"hezbollah", ORG}, {"high", TITLE}, {"highlight", VERB}, {"himself", SKIP},
    {"hint", VERB}, {"his", DET}, {"historian", ROLE}, {"hit", VERB}, {"holdings", ORG}, {"home", TITLE}, {"homs", PLACE}, {"hon", HONOR},
    {"honduras", PLACE}, {"hope", THINK}, {"hour", TIME}, {"hours", TIME}, {"house", ORG},
    {"how", FUNC}, {"however", SKIP | FUNC}, {"hungary", PLACE}, {"i", FUNC}, {"ians", ORG}, {"ibn", CONN},
    {"iceland", PLACE}, {"idlib", PLACE}, {"if", FUNC}, {"illustrate", VERB}, {"imagine", THINK}, {"imam", ROLE}, {"imams", ROLE}, {"immigration", TITLE}, {"implore", VERB},
    {"imply", VERB}, {"in", PREP}, {"inc", ABBR}, {"including", PREP}, {"incumbent", ROLE}, {"indeed", FUNC}, {"india", PLACE},
    {"indicate", VERB}, {"indonesia", PLACE}, {"industries", ORG}, {"industry", TITLE}, {"inform", VERB}, {"information", TITLE}, {"inside", PREP},
    {"insist", VERB}, {"inspector", ROLE}, {"instead", FUNC}, {"institute", ORG},
    {"instruct", VERB}, {"insurer", GROUP}, {"insurgents", ORG}, {"intelligence", TITLE}, {"interfax", ORG}, {"interim", TITLE}, {"interior", TITLE},
    {"interject", VERB}, {"interview", SAYING}, {"into", PREP}, {"investigator", ROLE}, {"investigators", ROLE}, {"invite", VERB}, {"iran", PLACE},
    {"iraq", PLACE}, {"ireland", PLACE}, {"irna", ORG}, {"is", SKIP}, {"islamabad", PLACE}, {"israel", PLACE},
    {"it", PRONOUN}, {"italy", PLACE}, {"its", DET}, {"itself", SKIP}, {"jakarta", PLACE},
    {"jamaica", PLACE}, {"jan", TIME | ABBR}, {"january", TIME}, {"japan", PLACE},
    {"jeer", VERB}, {"jenin", PLACE}, {"jerusalem", PLACE}, {"jiji", ORG}, {"joke", VERB}, {"jordan", PLACE}, {"jr", ABBR},
    {"jst", TIME}, {"juba", PLACE}, {"judge", ROLE}, {"jul", TIME | ABBR}, {"july", TIME}, {"jun", TIME | ABBR}, {"june", TIME},
    {"junta", ORG}, {"just", SKIP}, {"justice", TITLE}, {"justify", VERB}, {"kabul", PLACE}, {"kaliningrad", PLACE},
    {"kampala", PLACE}, {"kandahar", PLACE}, {"karabakh", PLACE}, {"karachi", PLACE}, {"kashmir", PLACE},
    {"kathmandu", PLACE}, {"kazakhstan", PLACE}, {"kcna", ORG}, {"kenya", PLACE}, {"kharkiv", PLACE}, {"khartoum", PLACE}, {"kherson", PLACE},
    {"kiev", PLACE}, {"kigali", PLACE}, {"king", ROLE | RANK | MALE}, {"kingdom", PLACE},
    {"kings", ROLE | MALE}, {"kinshasa", PLACE}, {"kiribati", PLACE}, {"kirkuk", PLACE}, {"know", THINK}, {"korea", PLACE},
    {"kosovo", PLACE}, {"kremlin", ORG}, {"kst", TIME}, {"kuwait", PLACE}, {"kyiv", PLACE}, {"kyodo", ORG},
    {"kyrgyzstan", PLACE}, {"la", CONN}, {"label", VERB}, {"labeled", NAMING},
    {"labelled", NAMING}, {"labor", TITLE}, {"labour", TITLE}, {"ladakh", PLACE}, {"lady", HONOR | FEMALE}, {"lahore", PLACE}, {"lambast", VERB}, {"lambaste", VERB},
    {"lament", VERB}, {"lanka", PLACE}, {"laos", PLACE}, {"lash", VERB}, {"last", TIME},
    {"late", TIME}, {"later", TIME | FUNC}, {"latter", ORDER}, {"latvia", PLACE}, {"laud", VERB},
    {"lawmaker", ROLE}, {"lawmakers", ROLE}, {"lawyer", ROLE}, {"lawyers", ROLE}, {"le", CONN}, {"lead", TITLE},
    {"leader", ROLE}, {"leaders", ROLE}, {"league", ORG}, {"lebanon", PLACE}, {"legation", ORG},
    {"legislator", ROLE}, {"legislators", ROLE}, {"lender", GROUP}, {"leone", PLACE}, {"lesotho", PLACE}, {"letter", DOC},
    {"letters", DOC}, {"liberia", PLACE}, {"libya", PLACE}, {"liechtenstein", PLACE},
    {"lieut", HONOR}, {"lieutenant", ROLE | RANK},
    {"lieutenants", ROLE}, {"like", PREP}, {"likewise", FUNC}, {"lima", PLACE}, {"lisbon", PLACE}, {"lithuania", PLACE},
    {"ljubljana", PLACE}, {"london", PLACE}, {"long", SKIP}, {"lord", HONOR | MALE}, {"lt", HONOR},
    {"ltd", ABBR}, {"luanda", PLACE}, {"luhansk", PLACE}, {"luxembourg", PLACE}, {"macedonia", PLACE},
    {"machinist", ROLE}, {"madagascar", PLACE}, {"madam", HONOR | FEMALE}, {"madrid", PLACE}, {"maintain", VERB},
    {"maj", HONOR}, {"majesty", ROLE}, {"malawi", PLACE}, {"malaysia", PLACE}, {"maldives", PLACE},
    {"mali", PLACE}, {"malta", PLACE}, {"man", ROLE | MALE}, {"managua", PLACE}, {"manila", PLACE},
    {"mar", TIME | ABBR}, {"march", TIME}, {"mariupol", PLACE}, {"marshal", ROLE | RANK}, {"marvel", VERB}, {"mate", ROLE},
    {"mauritania", PLACE}, {"mauritius", PLACE}, {"may", TIME}, {"mayor", ROLE}, {"mayors", ROLE}, {"md", ABBR}, {"me", FUNC},
    {"meanwhile", SKIP | FUNC}, {"mechanic", ROLE}, {"media", ORG}, {"mediator", ROLE}, {"mediators", ROLE}, {"member", ROLE}, {"memo", DOC}, {"memorandum", DOC},
    {"mention", VERB}, {"mep", ROLE}, {"meps", ROLE}, {"message", DOC},
    {"messrs", HONOR | MALE}, {"mexico", PLACE},
    {"micronesia", PLACE}, {"midday", TIME}, {"midnight", TIME}, {"might", SKIP},
    {"militants", ORG}, {"military", TITLE | ORG}, {"mindanao", PLACE}, {"miner", ROLE}, {"minister", ROLE}, {"ministers", ROLE}, {"ministry", ORG},
    {"minsk", PLACE}, {"minutes", TIME}, {"misrata", PLACE}, {"miss", HONOR | FEMALE}, {"mission", ORG},
    {"mlle", HONOR | FEMALE}, {"mme", HONOR | FEMALE}, {"mock", VERB}, {"mogadishu", PLACE}, {"mohd", ABBR},
    {"moldova", PLACE}, {"monaco", PLACE}, {"monarch", ROLE}, {"monday", TIME},
    {"mongolia", PLACE}, {"montenegro", PLACE}, {"month", TIME}, {"months", TIME},
    {"more", SKIP}, {"moreover", FUNC}, {"morning", TIME}, {"morocco", PLACE},
    {"moscow", PLACE}, {"mosul", PLACE}, {"motors", ORG}, {"motto", TERM}, {"movement", GROUP}, {"mozambique", PLACE},
    {"mp", ROLE}, {"mps", ROLE},
    {"mr", HONOR | MALE}, {"mrs", HONOR | FEMALE}, {"ms", HONOR | FEMALE}, {"mt", ABBR},
    {"muscat", PLACE}, {"muse", VERB}, {"must", SKIP}, {"mutter", VERB}, {"my", DET},
    {"myanmar", PLACE}, {"nairobi", PLACE}, {"named", NAMING}, {"namibia", PLACE},
    {"national", TITLE}, {"nations", ORG}, {"nato", ORG}, {"nauru", PLACE}, {"navy", ORG},
    {"naypyidaw", PLACE}, {"near", PREP}, {"negotiator", ROLE}, {"negotiators", ROLE},
    {"nepal", PLACE}, {"netherlands", PLACE}, {"never", SKIP}, {"nevertheless", FUNC}, {"newspaper", ORG},
    {"next", TIME}, {"nicaragua", PLACE}, {"nicknamed", NAMING}, {"nicosia", PLACE},
    {"niger", PLACE}, {"nigeria", PLACE}, {"night", TIME}, {"no", FUNC | ABBR}, {"no-one", FUNC}, {"nobody", FUNC}, {"nominee", ROLE}, {"nonetheless", FUNC}, {"noon", TIME}, {"noone", FUNC},
    {"nor", FUNC}, {"norway", PLACE}, {"nos", ABBR}, {"not", SKIP}, {"note", VERB | DOC},
    {"notice", DOC}, {"notify", VERB}, {"nov", TIME | ABBR}, {"november", TIME}, {"novosti", ORG},
    {"now", TIME | FUNC}, {"nurse", ROLE}, {"object", VERB}, {"observe", VERB}, {"observer", ROLE},
    {"observers", ROLE}, {"oct", TIME | ABBR}, {"october", TIME}, {"odesa", PLACE}, {"odessa", PLACE}, {"of", PREP}, {"off", PREP},
    {"offer", VERB}, {"office", ORG}, {"officer", ROLE}, {"officers", ROLE}, {"official", ROLE},
    {"officials", ROLE}, {"okinawa", PLACE}, {"oman", PLACE}, {"on", PREP}, {"once", SKIP}, {"one", INDEF},
    {"only", SKIP}, {"onto", PREP}, {"opine", VERB}, {"or", FUNC}, {"order", DOC}, {"organisation", GROUP},
    {"organization", GROUP}, {"oslo", PLACE}, {"otherwise", FUNC}, {"ottawa", PLACE}, {"our", DET}, {"outlet", ORG}, {"outline", VERB},
    {"outside", PREP}, {"over", PREP}, {"overnight", TIME}, {"pakistan", PLACE},
    {"palace", ORG}, {"palau", PLACE}, {"palestine", PLACE}, {"panama", PLACE},
    {"paraguay", PLACE}, {"paramedic", ROLE}, {"paris", PLACE}, {"parliament", ORG}, {"party", ORG}, {"past", PREP},
    {"pdt", TIME}, {"peacekeeper", ROLE}, {"peacekeepers", ROLE}, {"penh", PLACE}, {"pentagon", ORG}, {"people", ROLE}, {"per", QW_PREP} /* and a given name: Per Strand */, {"person", ROLE}, {"personally", SKIP}, {"peru", PLACE}, {"peshawar", PLACE},
    {"petroleum", ORG}, {"pharmaceuticals", ORG}, {"pharmacist", ROLE}, {"philippines", PLACE}, {"phrase", TERM}, {"physician", ROLE}, {"pilot", ROLE}, {"plc", ORG}, {"plea", SAYING}, {"plead", VERB},
    {"pledge", VERB | SAYING}, {"plumber", ROLE}, {"pm", ROLE}, {"podgorica", PLACE}, {"point", VERB}, {"poland", PLACE},
    {"police", ORG}, {"politician", ROLE}, {"politicians", ROLE}, {"pope", ROLE}, {"portugal", PLACE}, {"posit", VERB}, {"post", VERB | DOC}, {"potus", ROLE},
    {"prague", PLACE}, {"praise", VERB}, {"predict", VERB}, {"premier", ROLE}, {"premiers", ROLE}, {"pres", HONOR},
    {"presidency", ORG}, {"president", ROLE}, {"president-elect", ROLE}, {"presidents", ROLE}, {"press", TITLE},
    {"pretoria", PLACE}, {"previously", TIME}, {"prime", TITLE}, {"prince", ROLE | RANK | MALE},
    {"princes", ROLE | MALE}, {"princess", ROLE | RANK | FEMALE}, {"principal", TITLE}, {"pristina", PLACE},
    {"proceeded", RAISE}, {"proclaim", VERB},
    {"prof", HONOR}, {"professor", ROLE}, {"promise", VERB | SAYING}, {"promptly", SKIP},
    {"pronounce", VERB}, {"propose", VERB}, {"prosecutor", ROLE}, {"prosecutors", ROLE}, {"protest", VERB}, {"protester", ROLE}, {"protesters", ORG}, {"pst", TIME}, {"pti", ORG},
    {"public", TITLE}, {"published", FUNC}, {"pvt", HONOR}, {"pyongyang", PLACE}, {"qatar", PLACE},
    {"queen", ROLE | RANK | FEMALE}, {"queens", ROLE | FEMALE}, {"question", VERB}, {"quetta", PLACE}, {"quickly", SKIP}, {"quip", VERB},
    {"quito", PLACE}, {"quote", VERB}, {"rabat", PLACE}, {"rabbi", ROLE}, {"rabbis", ROLE}, {"rafah", PLACE}, {"rail", VERB}, {"rakhine", PLACE},
    {"ramallah", PLACE}, {"rancher", ROLE}, {"rant", VERB}, {"react", VERB}, {"read", VERB}, {"readout", DOC},
    {"reaffirm", VERB}, {"reassurance", SAYING}, {"reassurances", SAYING},
    {"reassure", VERB}, {"rebels", ORG}, {"rebuff", VERB}, {"rebuke", VERB}, {"rebut", VERB},
    {"recall", VERB}, {"recently", TIME}, {"recite", VERB}, {"recommend", VERB},
    {"recount", VERB}, {"refer", VERB}, {"referring", FUNC}, {"refugee", ROLE}, {"refugees", ORG},
    {"refute", VERB}, {"regarding", PREP},
    {"regime", ORG}, {"regret", VERB}, {"reiterate", VERB}, {"reject", VERB}, {"rejoin", VERB}, {"relate", VERB},
    {"relations", TITLE}, {"release", DOC},
    {"remark", VERB | SAYING}, {"remarks", SAYING}, {"remind", VERB}, {"rep", HONOR},
    {"repeat", VERB}, {"reply", VERB}, {"report", VERB | DOC}, {"representative", ROLE},
    {"representatives", ROLE}, {"reprimand", VERB}, {"reproach", VERB}, {"reprove", VERB}, {"republic", PLACE}, {"republican", ROLE},
    {"request", VERB}, {"rescuers", ROLE}, {"researcher", ROLE}, {"researchers", ROLE}, {"resident", ROLE}, {"residents", ORG}, {"respond", VERB}, {"responding", FUNC},
    {"restate", VERB}, {"retiree", ROLE}, {"retort", VERB}, {"reuters", ORG}, {"rev", HONOR}, {"reveal", VERB}, {"reykjavik", PLACE}, {"ria", ORG},
    {"rica", PLACE}, {"ridicule", VERB}, {"riga", PLACE}, {"riyadh", PLACE}, {"romania", PLACE},
    {"rome", PLACE}, {"russia", PLACE}, {"rwanda", PLACE}, {"salvador", PLACE},
    {"samoa", PLACE}, {"sanaa", PLACE}, {"santiago", PLACE}, {"sarajevo", PLACE},
    {"saturday", TIME}, {"say", VERB}, {"scholar", ROLE}, {"scientist", ROLE}, {"scientists", ROLE}, {"scoff", VERB}, {"scold", VERB},
    {"scorn", VERB}, {"scotland", PLACE}, {"scream", VERB}, {"sderot", PLACE}, {"secretariat", ORG},
    {"secretaries", ROLE}, {"secretary", ROLE}, {"secretary-general", ROLE}, {"security", TITLE}, {"seem", RAISE},
    {"seemed", RAISE}, {"seems", RAISE}, {"sen", HONOR},
    {"senate", ORG}, {"senator", ROLE}, {"senators", ROLE}, {"senegal", PLACE}, {"senior", TITLE}, {"seoul", PLACE},
    {"sep", TIME | ABBR}, {"separately", SKIP}, {"separatists", ORG}, {"sept", TIME | ABBR}, {"september", TIME},
    {"serbia", PLACE}, {"sergeant", ROLE | RANK}, {"service", ORG}, {"services", ORG},
    {"several", INDEF}, {"seychelles", PLACE}, {"sgt", HONOR}, {"shall", SKIP},
    {"she", FEMALE | PRONOUN}, {"sheikh", ROLE | RANK}, {"shoot", VERB}, {"should", SKIP},
    {"shout", VERB}, {"shri", HONOR | MALE}, {"shrimati", HONOR | FEMALE}, {"sigh", VERB}, {"signal", VERB}, {"since", PREP}, {"singapore", PLACE},
    {"sir", HONOR | MALE}, {"skopje", PLACE}, {"slam", VERB}, {"slate", VERB}, {"slogan", TERM},
    {"slovakia", PLACE}, {"slovenia", PLACE}, {"smt", HONOR | FEMALE}, {"snap", VERB}, {"sneer", VERB}, {"so", FUNC},
    {"so-called", NAMING}, {"sofia", PLACE}, {"soldier", ROLE}, {"soldiers", ROLE}, {"somalia", PLACE}, {"some", INDEF}, {"somebody", FUNC}, {"someone", FUNC},
    {"source", ROLE}, {"sources", ROLE}, {"spain", PLACE}, {"speak", VERB}, {"speaker", ROLE},
    {"speaking", FUNC}, {"specify", VERB}, {"speculate", VERB}, {"speech", SAYING},
    {"spell", VERB}, {"spokesman", ROLE}, {"spokesmen", ROLE},
    {"spokespeople", ROLE}, {"spokesperson", ROLE}, {"spokespersons", ROLE}, {"spokeswoman", ROLE | FEMALE},
    {"spokeswomen", ROLE | FEMALE}, {"spring", TIME}, {"spurn", VERB}, {"sputnik", ORG}, {"sr", ABBR}, {"srinagar", PLACE},
    {"st", ABBR}, {"staff", TITLE}, {"staffer", ROLE}, {"state", VERB | TITLE}, {"statement", DOC}, {"statements", SAYING},
    {"states", PLACE}, {"statesman", ROLE | MALE}, {"still", SKIP | FUNC}, {"stipulate", VERB}, {"stockholm", PLACE},
    {"strategist", ROLE}, {"street", ORG}, {"stress", VERB}, {"student", ROLE}, {"such", FUNC}, {"sudan", PLACE}, {"suggest", VERB},
    {"sultan", ROLE | MALE}, {"sultans", ROLE | MALE}, {"sum", VERB}, {"summarise", VERB}, {"summarize", VERB},
    {"summer", TIME}, {"sunday", TIME}, {"suppose", THINK}, {"supreme", TITLE}, {"supt", HONOR},
    {"surgeon", ROLE}, {"suriname", PLACE}, {"survivor", ROLE}, {"suspect", THINK}, {"swear", VERB}, {"sweden", PLACE},
    {"switzerland", PLACE}, {"sympathise", VERB}, {"sympathize", VERB}, {"syria", PLACE},
    {"taipei", PLACE}, {"taiwan", PLACE}, {"tajikistan", PLACE}, {"taliban", ORG}, {"tallinn", PLACE},
    {"tanaiste", ROLE}, {"tanzania", PLACE}, {"taoiseach", ROLE}, {"tashkent", PLACE}, {"tass", ORG}, {"taunt", VERB}, {"tbilisi", PLACE},
    {"teacher", ROLE}, {"tease", VERB}, {"technician", ROLE}, {"technologies", ORG}, {"tehran", PLACE}, {"telecom", ORG}, {"telecoms", ORG}, {"tell", VERB}, {"ten", CONN | FUNC}, {"ter", CONN},
    {"term", VERB | TERM}, {"termed", NAMING | VERB}, {"testify", VERB}, {"testimony", SAYING},
    {"thailand", PLACE}, {"than", PREP}, {"thank", VERB}, {"that", DET}, {"the", DET},
    {"their", DET}, {"themselves", SKIP}, {"then", TIME | FUNC}, {"theorise", VERB},
    {"theorize", VERB}, {"there", FUNC}, {"therefore", FUNC}, {"these", DET}, {"they", PRONOUN | PLURAL},
    {"think", THINK}, {"this", DET}, {"those", DET}, {"though", FUNC}, {"threat", SAYING},
    {"threaten", VERB}, {"threats", SAYING}, {"through", PREP}, {"throughout", PREP},
    {"thunder", VERB}, {"thursday", TIME}, {"thus", FUNC}, {"tibet", PLACE}, {"timor", PLACE}, {"tirana", PLACE},
    {"titled", NAMING}, {"to", PREP}, {"today", TIME}, {"togo", PLACE}, {"tokyo", PLACE},
    {"tomorrow", TIME}, {"tonga", PLACE}, {"tonight", TIME}, {"too", SKIP}, {"top", TITLE},
    {"tout", VERB}, {"toward", PREP}, {"towards", PREP}, {"trade", TITLE}, {"transcript", DOC}, {"transnistria", PLACE},
    {"transport", TITLE}, {"transportation", TITLE}, {"treasurer", ROLE}, {"treasury", TITLE}, {"tribunal", ORG}, {"tripoli", PLACE}, {"troops", ORG}, {"trumpet", VERB}, {"trust", THINK},
    {"tuesday", TIME}, {"tunis", PLACE}, {"tunisia", PLACE}, {"turkey", PLACE},
    {"turkiye", PLACE}, {"turkmenistan", PLACE}, {"turning", FUNC}, {"tuvalu", PLACE},
    {"tweet", VERB | DOC}, {"uganda", PLACE}, {"ukraine", PLACE}, {"ulaanbaatar", PLACE},
    {"under", PREP}, {"underline", VERB}, {"underscore", VERB}, {"undersecretaries", ROLE}, {"undersecretary", ROLE}, {"uni", ORG},
    {"unidentified", TITLE}, {"union", ORG}, {"unless", FUNC},
    {"unlike", PREP}, {"unnamed", TITLE}, {"until", PREP}, {"upon", PREP},
    {"urge", VERB}, {"uruguay", PLACE}, {"us", FUNC}, {"utc", TIME}, {"uzbekistan", PLACE},
    {"valletta", PLACE}, {"van", CONN}, {"vanuatu", PLACE}, {"vatican", PLACE},
    {"venezuela", PLACE}, {"vent", VERB}, {"venture", VERB}, {"verde", PLACE}, {"versus", PREP},
    {"very", SKIP}, {"via", PREP}, {"vice", TITLE}, {"vice-chancellor", ROLE}, {"vice-chancellors", ROLE}, {"vice-president", ROLE}, {"vice-presidents", ROLE}, {"vienna", PLACE},
    {"vietnam", PLACE}, {"view", VERB}, {"vilify", VERB}, {"villager", ROLE}, {"villagers", ORG},
    {"vilnius", PLACE}, {"voice", VERB}, {"von", CONN}, {"voter", ROLE}, {"voters", ORG},
    {"vow", VERB}, {"vp", ROLE}, {"vs", PREP}, {"wafa", ORG}, {"wales", PLACE}, {"warn", VERB}, {"warning", SAYING},
    {"warnings", SAYING}, {"warsaw", PLACE}, {"was", SKIP}, {"washington", PLACE}, {"watchdog", ORG}, {"we", FUNC},
    {"wednesday", TIME}, {"week", TIME}, {"weekend", TIME}, {"weeks", TIME}, {"weigh", VERB},
    {"welcome", VERB}, {"welder", ROLE}, {"wellington", PLACE}, {"were", SKIP}, {"what", FUNC}, {"when", FUNC},
    {"whenever", FUNC}, {"where", FUNC}, {"whereas", FUNC}, {"whether", FUNC}, {"which", REL},
    {"while", FUNC}, {"whine", VERB}, {"who", REL}, {"whom", REL}, {"whose", REL},
    {"why", FUNC}, {"will", SKIP}, {"wing", GROUP}, {"winter", TIME}, {"wish", THINK}, {"with", PREP},
    {"within", PREP}, {"without", PREP}, {"witness", ROLE}, {"witnesses", ROLE}, {"woman", ROLE | FEMALE}, {"wonder", VERB}, {"word", TERM}, {"words", SAYING},
    {"worry", THINK}, {"would", SKIP}, {"write", VERB}, {"xinhua", ORG}, {"xinjiang", PLACE}, {"y", CONN}, {"year", TIME},
    {"years", TIME}, {"yell", VERB}, {"yemen", PLACE}, {"yerevan", PLACE}, {"yes", FUNC},
    {"yesterday", TIME}, {"yet", SKIP | FUNC}, {"yonhap", ORG}, {"you", FUNC}, {"your", DET}, {"zagreb", PLACE},
    {"zambia", PLACE}, {"zaporizhzhia", PLACE}, {"zealand", PLACE}, {"zimbabwe", PLACE}, {"zu", CONN},
};

/* Words after an opening single mark that make it an elision (‘em, ‘til, rock ‘n’ roll). */
static const char *const elisions[] = {"bout", "cause", "em", "n", "round", "til", "tis", "twas",
                                       "twere"};

/* Occupations of the table that are also family names: "Machinist Carla Benitez" is titled,
 * but "Tom Baker" and "Paul Nurse" are names, so the word after a given name ends the name
 * (sorted). */
/* Adjectives and participles that open what describes an unnamed source after its head:
 * "a person familiar with the talks", "officials close to the Kremlin", "people briefed on
 * the plan" (sorted). */
static const char *const source_modifiers[] = {"briefed", "close", "familiar", "involved",
                                               "knowledgeable"};

static const char *const report_nouns[] = {
    "admission", "answer",   "appeal",   "assessment", "comment", "confession",
    "explanation", "message", "pledge",  "promise",    "reaction", "rebuke",
    "reply",     "response", "retort",   "verdict",    "view",     "vow"};

static const char *const frame_particles[] = {"away", "back", "down", "off", "out", "up"};

static const char *const quote_labels[] = {"quotation", "quote"};
static const char *const question_labels[] = {"anchor",    "host",     "interviewer",
                                               "journalist", "moderator", "presenter",
                                               "q",          "question", "questioner",
                                               "reporter"};

static const char *const answer_labels[] = {"a", "answer"};

static const char *const news_outlets[] = {
    "aap", "abc", "afp", "al arabiya", "al arabiya english", "al jazeera", "anadolu", "ani",
    "ansa", "antara", "ap", "asahi shimbun", "associated press", "axios", "bbc", "bernama",
    "bloomberg", "cbs", "cctv", "cgtn", "china daily", "china news service", "cnn", "dpa", "efe",
    "epa", "financial times", "fox news", "getty", "getty images", "global times",
    "hong kong commercial daily", "interfax", "irna", "isna", "itar-tass", "kcna", "kuna", "kyodo",
    "kyodo news", "mena", "nbc", "nhk", "nikkei", "phoenix tv", "prensa latina", "pti", "qna",
    "reuters", "ria novosti", "rt", "sana", "shenzhen tv", "shutterstock",
    "south china morning post", "spa", "sputnik", "tass", "the new york times", "the paper",
    "the wall street journal", "the washington post", "tv asahi", "wam", "xinhua", "yonhap"};

static const char *const non_speaker_labels[] = {
    "advertisement", "also", "analysis", "background", "breaking", "by", "comment", "context",
    "correction", "credit", "editing", "editor's", "editorial", "exclusive", "explainer",
    "factbox", "feature", "interview", "listen", "live", "more", "note", "opinion", "photo",
    "podcast", "poll", "posted", "profile", "published", "read", "related", "reporting", "see",
    "source", "sources", "summary", "tags", "timeline", "update", "updated", "video", "warning",
    "watch"};

/* A transcript's heading names its host before one of these ("Spokesperson X's Regular Press
 * Conference", "Press Conference by X", "Interview with X"), after its adjectives (sorted). */
static const char *const briefing_nouns[] = {"briefing", "conference", "interview", "presser",
                                             "remarks"};
static const char *const outlet_words[] = {
    "agency", "broadcasting", "channel", "chronicle", "courier", "daily", "gazette", "herald",
    "journal", "media", "network", "news", "post", "press", "radio", "shimbun", "telegraph",
    "television", "times", "tribune", "tv"};
static const char *const state_nouns[] = {"country", "emirate", "island",
                                          "kingdom", "nation",  "republic"};
static const char *const bloc_nouns[] = {"alliance", "bloc", "grouping"};
static const char *const last_body_nouns[] = {"agency"};
/* Roles of speakers whose names are kept back on purpose, sorted. */
static const char *const anonymous_roles[] = {"source", "sources"};
/* A state's governing bodies ("the Petro administration"), and the words for a body outside
 * the state, which never mean one of them ("the dissident group"), each sorted. */
static const char *const government_heads[] = {"administration", "cabinet", "government",
                                               "ministry", "presidency", "regime"};
static const char *const non_state_groups[] = {"group", "movement", "wing"};
static const char *const issuing_verbs[] = {
    "circulated", "delivered", "filed", "gave", "handed",   "issued", "issues", "lodged",
    "made",       "posted",    "published", "put", "released", "sent",   "shared", "wrote"};
static const char *const time_spans[] = {"day",    "days",  "hour",    "hours",  "minute",
                                         "minutes", "moment", "moments", "month",  "months",
                                         "week",   "weeks",  "year",    "years"};
static const char *const span_counts[] = {"a",    "an",      "eight", "five", "four", "nine",
                                          "one",  "several", "seven", "six",  "ten",  "three",
                                          "two"};
static const char *const address_ranks[] = {"prince", "professor", "sheik", "sheikh"};
static const char *const adjective_prefixes[] = {"anti", "mid", "neo", "non",
                                                 "pan",  "post", "pre", "pro"};
static const char *const before_adverb_on[] = {"earlier", "early", "further", "later"};
static const char *const before_role_titles[] = {"state"};
/* A firm's words, each of the GROUP class too, sorted. */
static const char *const firm_nouns[] = {"airline",      "automaker", "carmaker", "chipmaker",
                                         "company",      "conglomerate", "drugmaker", "firm",
                                         "insurer",      "lender"};
/* Nouns for countries in the plural: "the two countries" are the two named together last. */
static const char *const pair_nouns[] = {"countries", "governments", "nations", "neighbors",
                                         "neighbours", "states"};
/* Adjectives of a region ("the Arab states", "the Baltic states"), sorted. */
static const char *const region_adjectives[] = {"african", "arab",     "asian",   "balkan",
                                                "baltic",  "caribbean", "european", "gulf",
                                                "nordic",  "pacific",   "western"};
/* Words of a person's character or standing that make a definite title an epithet for the
 * person just described ("the outspoken libertarian economist"), sorted. */
static const char *const character_words[] = {
    "charismatic", "combative", "controversial", "eccentric", "embattled", "firebrand",
    "flamboyant", "hawkish", "libertarian", "maverick", "mercurial", "outspoken", "populist",
    "self-described", "self-styled", "veteran"};
/* Roles of a standing in a race, no office ("the ruling party candidate"): a definite one
 * that no one named holds is an epithet for the person just described, sorted. */
static const char *const race_roles[] = {"candidate",    "challenger", "contender",
                                         "front-runner", "frontrunner", "incumbent",
                                         "nominee"};
static const char *const irregular_pasts[] = {"gave", "held", "met", "saw", "sent", "told", "took"};
static const char *const sense_participles[] = {"heard", "seen"};
static const char *const leading_offices[] = {"chancellor", "emir",      "king",   "monarch",
                                              "president",  "prime minister", "queen", "sultan"};
/* Given names that are one sex's in every language news copy uses (not Andrea, Jean, Kim,
 * Nicola, nor a surname that opens East Asian names: Li, Ma, An), so that "she said" is no
 * Dmitry's and "he said" no Maria's (sorted). */
static const char *const female_names[] = {
    "abigail", "adriana", "agnes", "aisha", "alejandra", "alexandra", "alice", "alicia", "alina",
    "amanda", "amina", "ana", "anastasia", "angela", "angelina", "anita", "ann", "anna", "annalena",
    "anne", "antonia", "barbara", "beata", "beatriz", "bettina", "brigitte", "carla", "carmen",
    "carolina", "caroline", "catherine", "cecilia", "charlotte", "christina", "christine",
    "claudia", "cristina", "dagmar", "daria", "deborah", "diana", "dilma", "dina", "dorothy",
    "ekaterina", "elena", "elisabeth", "elizabeth", "ella", "ellen", "elvira", "emily", "emma",
    "erika", "esther", "eva", "evgenia", "fatima", "fatma", "federica", "francesca", "gabriela",
    "galina", "giorgia", "gloria", "hanna", "hannah", "heba", "helen", "helena", "hillary", "hina",
    "ingrid", "irina", "isabel", "isabella", "jacinda", "jane", "janet", "jennifer", "jessica",
    "joanna", "josephine", "julia", "juliana", "julie", "julieta", "justyna", "kamala", "karen",
    "karin", "katalin", "katarina", "katarzyna", "kate", "katharina", "katherine", "kathleen",
    "kristalina", "kristina", "larisa", "laura", "leila", "lena", "linda", "liz", "ludmila",
    "lyudmila", "magdalena", "maia", "malgorzata", "margaret", "margarita", "margrethe", "maria",
    "marianne", "marie", "marina", "marta", "martha", "mary", "maya", "melania", "melanie", "mette",
    "michelle", "mirjana", "monica", "nadezhda", "nadia", "nancy", "natalia", "natalya", "nathalie",
    "nicole", "nina", "noura", "oksana", "olena", "olga", "patricia", "paula", "penny", "rachel",
    "rania", "rebecca", "rosa", "ruth", "sabine", "samantha", "sandra", "sara", "sarah", "silvia",
    "sofia", "sophie", "stella", "susan", "suzanne", "svetlana", "sylvia", "tamara", "tatiana",
    "tatyana", "teresa", "theresa", "ulrike", "ursula", "valentina", "valentyna", "valeria", "vera",
    "veronica", "victoria", "viktoria", "violeta", "virginia", "wendy", "yelena", "yulia", "yuliia",
    "zainab", "zeynep", "zoe"};
static const char *const male_names[] = {
    "abdel", "abdul", "abdullah", "adam", "ahmad", "ahmed", "alain", "alan", "alberto",
    "aleksandar", "alexander", "alexei", "alexey", "alfonso", "ali", "amir", "andre", "andrei",
    "andrej", "andrew", "andrzej", "anthony", "antonio", "antony", "anwar", "arnold", "bashar",
    "benjamin", "bernard", "boris", "boyko", "brian", "bruno", "carlos", "charles", "christopher",
    "daniel", "david", "dmitri", "dmitry", "donald", "edward", "emmanuel", "enrique", "eric",
    "felipe", "fernando", "francisco", "francois", "frank", "fyodor", "george", "georgy", "gerhard",
    "giorgio", "giuseppe", "gustavo", "hamad", "hans", "hassan", "heiko", "henry", "hossein",
    "hugo", "hussein", "ibrahim", "igor", "ilham", "imran", "ivan", "jacob", "jacques", "jair",
    "james", "javier", "jeffrey", "jens", "john", "jorge", "jose", "josep", "joseph", "juan",
    "jurgen", "karl", "kevin", "khalid", "kirill", "klaus", "konstantin", "lars", "laurent",
    "leonid", "luis", "luiz", "manuel", "marco", "marcos", "mark", "martin", "matteo", "mauricio",
    "mauro", "michael", "mikhail", "mohamed", "mohammad", "mohammed", "muhammad", "nabil",
    "narendra", "nasser", "nicolas", "nikolai", "nikolay", "olaf", "oleg", "olusegun", "omar",
    "oscar", "pablo", "paolo", "patrick", "paul", "pavel", "pedro", "peter", "petro", "philip",
    "pierre", "rafael", "ramzan", "recep", "richard", "robert", "rodrigo", "roman", "rustam",
    "salman", "sameh", "samuel", "scott", "sebastian", "serge", "sergei", "sergey", "sergio",
    "shehbaz", "stefan", "stephen", "steven", "sultan", "tayyip", "thomas", "tony", "valery",
    "vasily", "victor", "viktor", "vladimir", "volodymyr", "walter", "william", "xavier", "yair",
    "yevgeny", "yoav", "youssef", "yuri", "yury", "zoran"};

static const char *const briefing_adjectives[] = {"daily", "joint", "media", "news", "online",
                                                  "press",  "regular", "special", "weekly"};

static const char *const trade_names[] = {"baker", "carpenter", "driver", "farmer", "miner",
                                          "nurse", "pilot"};

/* Months and their abbreviations, which are also given names and surnames (Theresa May, Jan
 * Egeland, Zhai Jun): a date only where a date can be (sorted). */
static const char *const months[] = {
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "jan", "january",
    "jul", "july", "jun", "june", "mar", "march", "may", "nov", "november", "oct", "october",
    "sep", "sept", "september"};

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

/* The words that give a person's country before a title, as international news writes them:
 * the adjective ("Chinese"), the country's name or short form ("China", "U.S.", "Türkiye"),
 * two words for the names of two ("United States", "South Korean"), each with one key for its
 * country, so that "the American president" finds "U.S. President Tom Harlan". Sorted
 * bytewise; lower case, as words are read (a possessive without its 's). Words that name no
 * one country ("Korean", "Arab") are left out. */
static const quote_nation_t nations[] = {
    {"afghan", "afghanistan"}, {"afghanistan", "afghanistan"}, {"albania", "albania"},
    {"albanian", "albania"}, {"algeria", "algeria"}, {"algerian", "algeria"},
    {"america", "united states"}, {"american", "united states"}, {"angola", "angola"},
    {"angolan", "angola"}, {"argentina", "argentina"}, {"argentine", "argentina"},
    {"argentinian", "argentina"}, {"armenia", "armenia"}, {"armenian", "armenia"},
    {"australia", "australia"}, {"australian", "australia"}, {"austria", "austria"},
    {"austrian", "austria"}, {"azerbaijan", "azerbaijan"}, {"azerbaijani", "azerbaijan"},
    {"bahamas", "bahamas"}, {"bahamian", "bahamas"}, {"bahrain", "bahrain"},
    {"bahraini", "bahrain"}, {"bangladesh", "bangladesh"}, {"bangladeshi", "bangladesh"},
    {"barbadian", "barbados"}, {"barbados", "barbados"}, {"belarus", "belarus"},
    {"belarusian", "belarus"}, {"belgian", "belgium"}, {"belgium", "belgium"},
    {"belize", "belize"}, {"belizean", "belize"}, {"benin", "benin"}, {"beninese", "benin"},
    {"bhutan", "bhutan"}, {"bhutanese", "bhutan"}, {"bolivia", "bolivia"},
    {"bolivian", "bolivia"}, {"bosnia", "bosnia"}, {"bosnian", "bosnia"},
    {"botswana", "botswana"}, {"brazil", "brazil"}, {"brazilian", "brazil"},
    {"britain", "britain"}, {"british", "britain"}, {"brunei", "brunei"},
    {"bulgaria", "bulgaria"}, {"bulgarian", "bulgaria"}, {"burkina faso", "burkina faso"},
    {"burkinabe", "burkina faso"}, {"burmese", "myanmar"}, {"burundi", "burundi"},
    {"burundian", "burundi"}, {"cabo verde", "cape verde"}, {"cambodia", "cambodia"},
    {"cambodian", "cambodia"}, {"cameroon", "cameroon"}, {"cameroonian", "cameroon"},
    {"canada", "canada"}, {"canadian", "canada"}, {"cape verde", "cape verde"},
    {"central african", "central african republic"}, {"chad", "chad"}, {"chadian", "chad"},
    {"chile", "chile"}, {"chilean", "chile"}, {"china", "china"}, {"chinese", "china"},
    {"colombia", "colombia"}, {"colombian", "colombia"}, {"congo", "congo"},
    {"congolese", "congo"}, {"costa rica", "costa rica"}, {"costa rican", "costa rica"},
    {"croatia", "croatia"}, {"croatian", "croatia"}, {"cuba", "cuba"}, {"cuban", "cuba"},
    {"cypriot", "cyprus"}, {"cyprus", "cyprus"}, {"czech", "czechia"},
    {"czech republic", "czechia"}, {"czechia", "czechia"}, {"danish", "denmark"},
    {"denmark", "denmark"}, {"djibouti", "djibouti"}, {"djiboutian", "djibouti"},
    {"dominican", "dominican republic"},
    {"dominican republic", "dominican republic"}, {"dprk", "north korea"},
    {"dutch", "netherlands"}, {"east timor", "timor-leste"}, {"ecuador", "ecuador"},
    {"ecuadorian", "ecuador"}, {"egypt", "egypt"}, {"egyptian", "egypt"},
    {"el salvador", "el salvador"}, {"emirati", "united arab emirates"},
    {"equatorial guinea", "equatorial guinea"}, {"eritrea", "eritrea"}, {"eritrean", "eritrea"},
    {"estonia", "estonia"}, {"estonian", "estonia"}, {"eswatini", "eswatini"},
    {"ethiopia", "ethiopia"}, {"ethiopian", "ethiopia"}, {"fiji", "fiji"}, {"fijian", "fiji"},
    {"filipino", "philippines"}, {"finland", "finland"}, {"finnish", "finland"},
    {"france", "france"}, {"french", "france"}, {"gabon", "gabon"}, {"gabonese", "gabon"},
    {"gambia", "gambia"}, {"gambian", "gambia"}, {"georgia", "georgia"},
    {"georgian", "georgia"}, {"german", "germany"}, {"germany", "germany"}, {"ghana", "ghana"},
    {"ghanaian", "ghana"}, {"great britain", "britain"}, {"greece", "greece"},
    {"greek", "greece"}, {"grenada", "grenada"}, {"guatemala", "guatemala"},
    {"guatemalan", "guatemala"}, {"guinea-bissau", "guinea-bissau"}, {"guinean", "guinea"},
    {"guyana", "guyana"}, {"guyanese", "guyana"}, {"haiti", "haiti"}, {"haitian", "haiti"},
    {"holy see", "vatican"}, {"honduran", "honduras"}, {"honduras", "honduras"},
    {"hungarian", "hungary"}, {"hungary", "hungary"}, {"india", "india"}, {"indian", "india"},
    {"indonesia", "indonesia"}, {"indonesian", "indonesia"}, {"iran", "iran"},
    {"iranian", "iran"}, {"iraq", "iraq"}, {"iraqi", "iraq"}, {"ireland", "ireland"},
    {"irish", "ireland"}, {"israel", "israel"}, {"israeli", "israel"}, {"italian", "italy"},
    {"italy", "italy"}, {"ivorian", "ivory coast"}, {"ivory coast", "ivory coast"},
    {"jamaica", "jamaica"}, {"jamaican", "jamaica"}, {"japan", "japan"}, {"japanese", "japan"},
    {"jordan", "jordan"}, {"jordanian", "jordan"}, {"kazakh", "kazakhstan"},
    {"kazakhstan", "kazakhstan"}, {"kazakhstani", "kazakhstan"}, {"kenya", "kenya"},
    {"kenyan", "kenya"}, {"kiribati", "kiribati"}, {"kosovar", "kosovo"}, {"kosovo", "kosovo"},
    {"kuwait", "kuwait"}, {"kuwaiti", "kuwait"}, {"kyrgyz", "kyrgyzstan"},
    {"kyrgyzstan", "kyrgyzstan"}, {"lao", "laos"}, {"laos", "laos"}, {"latvia", "latvia"},
    {"latvian", "latvia"}, {"lebanese", "lebanon"}, {"lebanon", "lebanon"},
    {"lesotho", "lesotho"}, {"liberia", "liberia"}, {"liberian", "liberia"}, {"libya", "libya"},
    {"libyan", "libya"}, {"liechtenstein", "liechtenstein"}, {"lithuania", "lithuania"},
    {"lithuanian", "lithuania"}, {"luxembourg", "luxembourg"},
    {"macedonian", "north macedonia"}, {"madagascar", "madagascar"}, {"malawi", "malawi"},
    {"malawian", "malawi"}, {"malaysia", "malaysia"}, {"malaysian", "malaysia"},
    {"maldives", "maldives"}, {"maldivian", "maldives"}, {"mali", "mali"}, {"malian", "mali"},
    {"malta", "malta"}, {"maltese", "malta"}, {"mauritania", "mauritania"},
    {"mauritanian", "mauritania"}, {"mauritian", "mauritius"}, {"mauritius", "mauritius"},
    {"mexican", "mexico"}, {"mexico", "mexico"}, {"moldova", "moldova"},
    {"moldovan", "moldova"}, {"monaco", "monaco"}, {"mongolia", "mongolia"},
    {"mongolian", "mongolia"}, {"montenegrin", "montenegro"}, {"montenegro", "montenegro"},
    {"moroccan", "morocco"}, {"morocco", "morocco"}, {"mozambican", "mozambique"},
    {"mozambique", "mozambique"}, {"myanmar", "myanmar"}, {"namibia", "namibia"},
    {"namibian", "namibia"}, {"nauru", "nauru"}, {"nepal", "nepal"}, {"nepalese", "nepal"},
    {"nepali", "nepal"}, {"netherlands", "netherlands"}, {"new guinea", "papua new guinea"},
    {"new zealand", "new zealand"}, {"nicaragua", "nicaragua"}, {"nicaraguan", "nicaragua"},
    {"niger", "niger"}, {"nigeria", "nigeria"}, {"nigerian", "nigeria"}, {"nigerien", "niger"},
    {"north korea", "north korea"}, {"north korean", "north korea"},
    {"north macedonia", "north macedonia"}, {"norway", "norway"}, {"norwegian", "norway"},
    {"oman", "oman"}, {"omani", "oman"}, {"pakistan", "pakistan"}, {"pakistani", "pakistan"},
    {"palau", "palau"}, {"palestine", "palestine"}, {"palestinian", "palestine"},
    {"panama", "panama"}, {"panamanian", "panama"}, {"paraguay", "paraguay"},
    {"paraguayan", "paraguay"}, {"peru", "peru"}, {"peruvian", "peru"},
    {"philippine", "philippines"}, {"philippines", "philippines"}, {"png", "papua new guinea"},
    {"poland", "poland"}, {"polish", "poland"}, {"portugal", "portugal"},
    {"portuguese", "portugal"}, {"prc", "china"}, {"qatar", "qatar"}, {"qatari", "qatar"},
    {"rok", "south korea"}, {"romania", "romania"}, {"romanian", "romania"},
    {"russia", "russia"}, {"russian", "russia"}, {"rwanda", "rwanda"}, {"rwandan", "rwanda"},
    {"salvadoran", "el salvador"}, {"samoa", "samoa"}, {"samoan", "samoa"},
    {"saudi", "saudi arabia"}, {"saudi arabia", "saudi arabia"},
    {"saudi arabian", "saudi arabia"}, {"senegal", "senegal"}, {"senegalese", "senegal"},
    {"serbia", "serbia"}, {"serbian", "serbia"}, {"seychelles", "seychelles"},
    {"sierra leone", "sierra leone"}, {"sierra leonean", "sierra leone"},
    {"singapore", "singapore"}, {"singaporean", "singapore"}, {"slovak", "slovakia"},
    {"slovakia", "slovakia"}, {"slovenia", "slovenia"}, {"slovenian", "slovenia"},
    {"solomon islands", "solomon islands"}, {"solomons", "solomon islands"},
    {"somali", "somalia"}, {"somalia", "somalia"}, {"somaliland", "somaliland"},
    {"south africa", "south africa"}, {"south african", "south africa"},
    {"south korea", "south korea"}, {"south korean", "south korea"},
    {"south sudan", "south sudan"}, {"south sudanese", "south sudan"}, {"spain", "spain"},
    {"spanish", "spain"}, {"sri lanka", "sri lanka"}, {"sri lankan", "sri lanka"},
    {"sudan", "sudan"}, {"sudanese", "sudan"}, {"suriname", "suriname"},
    {"surinamese", "suriname"}, {"swaziland", "eswatini"}, {"sweden", "sweden"},
    {"swedish", "sweden"}, {"swiss", "switzerland"}, {"switzerland", "switzerland"},
    {"syria", "syria"}, {"syrian", "syria"}, {"taiwan", "taiwan"}, {"taiwanese", "taiwan"},
    {"tajik", "tajikistan"}, {"tajikistan", "tajikistan"}, {"tanzania", "tanzania"},
    {"tanzanian", "tanzania"}, {"thai", "thailand"}, {"thailand", "thailand"},
    {"timor-leste", "timor-leste"}, {"timorese", "timor-leste"}, {"togo", "togo"},
    {"togolese", "togo"}, {"tonga", "tonga"}, {"tongan", "tonga"},
    {"trinidad", "trinidad and tobago"}, {"trinidadian", "trinidad and tobago"},
    {"tunisia", "tunisia"}, {"tunisian", "tunisia"}, {"turkey", "turkey"},
    {"turkish", "turkey"}, {"turkiye", "turkey"}, {"turkmen", "turkmenistan"},
    {"turkmenistan", "turkmenistan"}, {"tuvalu", "tuvalu"}, {"t\xC3\xBCrkiye", "turkey"},
    {"u.a.e.", "united arab emirates"}, {"u.k.", "britain"}, {"u.s", "united states"},
    {"u.s.", "united states"}, {"u.s.a.", "united states"}, {"uae", "united arab emirates"},
    {"uganda", "uganda"}, {"ugandan", "uganda"}, {"uk", "britain"}, {"ukraine", "ukraine"},
    {"ukrainian", "ukraine"}, {"united arab emirates", "united arab emirates"},
    {"united kingdom", "britain"}, {"united states", "united states"}, {"uruguay", "uruguay"},
    {"uruguayan", "uruguay"}, {"us", "united states"}, {"usa", "united states"},
    {"uzbek", "uzbekistan"}, {"uzbekistan", "uzbekistan"}, {"vanuatu", "vanuatu"},
    {"vatican", "vatican"}, {"venezuela", "venezuela"}, {"venezuelan", "venezuela"},
    {"vietnam", "vietnam"}, {"vietnamese", "vietnam"}, {"yemen", "yemen"}, {"yemeni", "yemen"},
    {"zambia", "zambia"}, {"zambian", "zambia"}, {"zimbabwe", "zimbabwe"},
    {"zimbabwean", "zimbabwe"},
};

/* How news varies a title from paragraph to paragraph: the foreign minister, the UN's
 * Secretary-General. */
static const quote_role_alias_t role_aliases[] = {
    {"chief", "u.n.", "secretary-general", "", NULL},
    {"chief", "un", "secretary-general", "", NULL},
    {"clergyman", "", "cleric", "", NULL},
    {"commissioner", "high", "ambassador", "", NULL}, /* a Commonwealth country's envoy */
    {"diplomat", "chief", "minister", "foreign", NULL},
    {"diplomat", "top", "minister", "foreign", NULL},
    {"envoy", "", "ambassador", NULL, NULL},
    {"fm", "", "minister", "foreign", NULL},
    {"general", "director", "director-general", "", NULL},
    {"general", "secretary", "secretary-general", "", NULL},
    {"head", "", "minister", "prime", "government"}, /* the head of the Nigerien government */
    {"head", "", "president", "", "state"},          /* the head of the Moldovan state */
    {"head-of-state", "", "president", "", NULL},
    {"majesty", "", "king", "", NULL}, /* "His Majesty" after "His Majesty King Abdullah" */
    {"pm", "", "minister", "prime", NULL},
    {"potus", "", "president", "", NULL}, /* the president of the United States */
    {"premier", "", "minister", "prime", NULL},
    {"president-elect", "", "president", NULL, NULL}, /* "the president" she is called next */
    {"representative", "ministry", "spokesperson", "", NULL}, /* the ministry's representative */
    {"secretary", "press", "spokesperson", "", NULL},
    {"secretary", "foreign", "minister", "foreign", NULL},
    {"spokesman", "", "spokesperson", NULL, NULL},
    {"spokeswoman", "", "spokesperson", NULL, NULL},
    {"vp", "", "president", "vice", NULL},
};

/* Two words that are one thing together and another apart (sorted by first, then second). */
static const quote_pair_t pairs[] = {
    {"charge", "d'affaires", QP_ONE_TITLE, "charge", "d'affaires"},
    {"charge", "d\xE2\x80\x99" "affaires", QP_ONE_TITLE, "charge", "d'affaires"},
    {"charg\xC3\xA9", "d'affaires", QP_ONE_TITLE, "charge", "d'affaires"},
    {"charg\xC3\xA9", "d\xE2\x80\x99" "affaires", QP_ONE_TITLE, "charge", "d'affaires"},
    {"foreign", "policy", QP_TITLE_GOES_ON, NULL, NULL}, /* "EU foreign policy chief" */
    {"member", "countries", QP_NO_PERSON, NULL, NULL},
    {"member", "governments", QP_NO_PERSON, NULL, NULL},
    {"member", "nations", QP_NO_PERSON, NULL, NULL},
    {"member", "states", QP_NO_PERSON, NULL, NULL},
    {"security", "policy", QP_TITLE_GOES_ON, NULL, NULL},
};

static const quote_rules_t english = {
    "english",
    words,
    COUNT(words),
    irregular,
    COUNT(irregular) / 2,
    particles,
    COUNT(particles),
    LIST(elisions),
    role_aliases,
    COUNT(role_aliases),
    pairs,
    COUNT(pairs),
    nations,
    COUNT(nations),
    LIST(trade_names),
    "DRI", /* Democrat, Republican, Independent */
    LIST(months),
    LIST(source_modifiers),
    LIST(report_nouns),
    LIST(frame_particles),
    LIST(question_labels),
    LIST(quote_labels),
    LIST(answer_labels),
    LIST(news_outlets),
    LIST(non_speaker_labels),
    LIST(briefing_nouns),
    LIST(briefing_adjectives),
    LIST(outlet_words),
    LIST(state_nouns),
    LIST(bloc_nouns),
    LIST(last_body_nouns),
    LIST(anonymous_roles),
    LIST(government_heads),
    LIST(non_state_groups),
    LIST(issuing_verbs),
    LIST(time_spans),
    LIST(span_counts),
    LIST(address_ranks),
    LIST(adjective_prefixes),
    LIST(before_adverb_on),
    LIST(before_role_titles),
    LIST(character_words),
    LIST(firm_nouns),
    LIST(pair_nouns),
    LIST(region_adjectives),
    LIST(race_roles),
    LIST(irregular_pasts),
    LIST(sense_participles),
    LIST(leading_offices),
    LIST(female_names),
    LIST(male_names),
};

const quote_rules_t *stance__quote_rules(const char *language)
{
    if (!language || strcmp(language, "english") == 0 || strcmp(language, "en") == 0)
        return &english;
    return NULL;
}

uint8_t stance__quote_name_gender(const quote_rules_t *r, const char *first_low)
{
    if (stance__quote_list_has(&r->female_names, first_low))
        return 'f';
    return stance__quote_list_has(&r->male_names, first_low) ? 'm' : 0;
}

bool stance__quote_list_has(const quote_list_t *list, const char *low)
{
    size_t lo = 0, hi = list->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(low, list->items[mid]);
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

const quote_pair_t *stance__quote_pair(const quote_rules_t *r, const char *first,
                                       const char *second)
{
    size_t lo = 0, hi = r ? r->n_pairs : 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(first, r->pairs[mid].first);
        if (c == 0)
            c = strcmp(second, r->pairs[mid].second);
        if (c == 0)
            return &r->pairs[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

void stance__quote_role_alias(const quote_rules_t *r, const char *before, const char *of,
                              const char **role, const char **mod)
{
    for (size_t i = 0; r && i < r->n_role_aliases; i++) {
        const quote_role_alias_t *a = &r->role_aliases[i];
        if (strcmp(*role, a->role) == 0 && (!*a->before || strcmp(before, a->before) == 0) &&
            (!a->of || strcmp(of, a->of) == 0)) {
            *role = a->as_role;
            if (a->as_mod)
                *mod = a->as_mod;
            return;
        }
    }
}

const char *stance__quote_nation(const quote_rules_t *r, const char *low)
{
    size_t lo = 0, hi = r ? r->n_nations : 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(low, r->nations[mid].word);
        if (c == 0)
            return r->nations[mid].country;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

const char *stance__quote_nation_of_two(const quote_rules_t *r, const char *first,
                                        const char *second)
{
    char two[2 * QWORD_LOW]; /* each lower-case word is shorter than QWORD_LOW */
    const size_t a = strlen(first), b = strlen(second);
    if (a >= QWORD_LOW || b >= QWORD_LOW)
        return NULL;
    memcpy(two, first, a);
    two[a] = ' ';
    memcpy(two + a + 1, second, b + 1);
    return stance__quote_nation(r, two);
}

const char *stance__quote_demonym(const quote_rules_t *r, const char *first, const char *second)
{
    const char *country =
        second ? stance__quote_nation_of_two(r, first, second) : stance__quote_nation(r, first);
    if (!country)
        return NULL;
    const size_t a = strlen(first);
    const bool own_name = second ? strncmp(country, first, a) == 0 && country[a] == ' ' &&
                                       strcmp(country + a + 1, second) == 0
                                 : strcmp(country, first) == 0;
    return own_name ? NULL : country;
}

/* The classes of a word as the table gives them (0 when it is not there). */
static uint32_t table_classes(const quote_rules_t *r, const char *low)
{
    size_t lo = 0, hi = r->n_words;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(low, r->words[mid].word);
        if (c == 0)
            return r->words[mid].classes;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* Classes a lemma gives: speech, and thought for the verbs of thinking. */
static uint32_t lemma_classes(const quote_rules_t *r, const char *lemma)
{
    return table_classes(r, lemma) & (QW_SPEECH | QW_THINK);
}

/* English inflection, undone: warned warn, argued argue, slammed slam, denied deny, notes
 * note, wishes wish, saying say, hoping hope, quipping quip, said say. Tries each candidate
 * and writes the reporting verb's lemma to `lemma`; returns its classes (0 = no such verb). */
static uint32_t english_verb(const quote_rules_t *r, const char *w, size_t n, uint32_t own,
                             char lemma[QWORD_LOW])
{
    strcpy(lemma, w);
    uint32_t c = own & (QW_SPEECH | QW_THINK); /* the word itself, already looked up */
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

/* An adverb in -ly by its ending ("similarly", "separately", "reportedly"), not a name in
 * -ly ("Donnelly", "Beverly", "Italy"): a word of no name, as "however" is. */
static bool adverb_by_ending(const char *low, size_t len)
{
    static const char *const endings[] = {"ably", "ally", "antly", "arly", "ately", "edly",
                                          "ently", "ibly", "ingly", "ively", "ously", "ssly"};
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++) {
        const size_t k = strlen(endings[i]);
        if (len >= k + 2 && memcmp(low + len - k, endings[i], k) == 0)
            return true;
    }
    return false;
}

uint32_t stance__quote_classify_word(const quote_rules_t *r, const char *low, size_t len)
{
    if (len == 0 || len >= QWORD_LOW || low[len] != '\0')
        return 0;
    char lemma[QWORD_LOW];
    uint32_t own = table_classes(r, low);
    if (!own && adverb_by_ending(low, len))
        return QW_SKIP | QW_FUNCTION;
    /* "minister-designate", "premier-elect": the office, to be held */
    static const char *const to_be[] = {"-designate", "-elect"};
    for (size_t i = 0; !own && i < sizeof to_be / sizeof to_be[0]; i++) {
        const size_t k = strlen(to_be[i]);
        if (len > k + 1 && memcmp(low + len - k, to_be[i], k) == 0) {
            char office[QWORD_LOW];
            memcpy(office, low, len - k);
            office[len - k] = '\0';
            own = table_classes(r, office) & (QW_ROLE | QW_TITLE);
        }
    }
    return (own & ~(uint32_t)(QW_SPEECH | QW_THINK)) | english_verb(r, low, len, own, lemma);
}

bool stance__quote_particle_ok(const quote_rules_t *r, const char *verb_low, size_t len,
                               const char *next_low)
{
    char lemma[QWORD_LOW];
    if (len == 0 || len >= QWORD_LOW ||
        !english_verb(r, verb_low, len, table_classes(r, verb_low), lemma))
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

bool stance__quote_is_report_noun(const quote_rules_t *r, const char *low)
{
    return (table_classes(r, low) & QW_SPEECH_NOUN) ||
           stance__quote_list_has(&r->report_nouns, low);
}

