/* Quotation marks: where quotations open and close, walking the text once.
 *
 * Marks are matched on a small stack, so a nested quote stays inside its outer one. The rules
 * are those of printed news:
 *  - a paragraph ends at a blank line or U+2029; in text with no blank line at all (one
 *    paragraph per line, as pages are often copied), at every line break before a line that
 *    does not go on in lower case, so a stray mark cannot swallow the lines after it; but in
 *    such text whose paragraphs open indented (wire copy wrapped at a fixed width), only at
 *    a line break before an indented line.
 *  - a quotation still open when its paragraph ends goes on if the next paragraph opens with
 *    the same mark (that paragraph is reported as its own piece, flagged `continues`);
 *    otherwise its mark was stray: it ends before the first quotation opened inside it, which
 *    is read again at the top level.
 *  - single marks: ‘ and ' open only at the start of a word; before a digit (the ‘90s) or an
 *    elided word (rock ‘n’ roll, ‘em) they are apostrophes; ’ inside a word ("don’t") and an s’
 *    followed by a word, when the quote closes later in the paragraph, are apostrophes (the
 *    ministers’ decision).
 *  - a ” after a space and before a letter is used as an opening mark; a ” closes a quotation
 *    opened by a straight ", as copy-edited text mixes them; so does ’’ (two apostrophes).
 *  - ``...'' (two grave accents, two apostrophes), the double marks of typewritten wire copy;
 *    ``...″ (a double prime), as the AP's archive prints them.
 * Everything works on spans of the caller's text; nothing is allocated. */
#include "quotes.h"

#include <utf8proc.h>

#define MAX_DEPTH 16 /* deeper nesting is read as plain text */
/* What a quotation opened by two grave accents expects: two apostrophes, ``...'', as wire copy
 * set on typewriters and kept in news archives quotes (a value no code point takes) */
#define TYPEWRITER (-1)

int32_t stance__qcp_at(const qtext_t *t, size_t pos, size_t *k)
{
    if (pos >= t->n) {
        *k = 0;
        return 0;
    }
    if (t->s[pos] < 0x80) {
        *k = 1;
        return t->s[pos];
    }
    int32_t cp;
    *k = stance__utf8_decode(t->s + pos, t->n - pos, &cp);
    if (!*k) {
        *k = 1;
        return ' ';
    }
    return cp;
}

bool stance__q_is_alnum(int32_t cp)
{
    if (cp <= 0)
        return false;
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

bool stance__q_is_space(int32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0xA0 || cp == 0x202F || cp == 0x2029 || cp == 0x2028 || cp == 0x3000;
}

stance_span_t stance__qtext_trimmed(const qtext_t *t, size_t s, size_t e)
{
    size_t k;
    while (s < e && stance__q_is_space(stance__qcp_at(t, s, &k)))
        s += k;
    while (e > s) {
        size_t b = e - 1; /* the code point that ends at e */
        while (b > s && e - b < 4 && (t->s[b] & 0xC0) == 0x80)
            b--;
        if (!stance__q_is_space(stance__qcp_at(t, b, &k)) || b + k != e)
            break;
        e = b;
    }
    return (stance_span_t){s, e - s};
}

bool stance__q_is_double_mark(int32_t cp)
{
    return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x00AB ||
           cp == 0x00BB || cp == 0x300C || cp == 0x300D || cp == 0x300E || cp == 0x300F;
}

static bool is_lower_start(const qtext_t *t, size_t pos)
{
    size_t k;
    int32_t cp = stance__qcp_at(t, pos, &k);
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* The longest line of text wrapped at a fixed width: 72 or 80 columns, some of them in
 * two-byte characters. */
#define WRAPPED_LINE_MAX 120

void stance__qtext_init(qtext_t *t, const char *text, size_t len)
{
    t->s = (const unsigned char *)(text ? text : "");
    t->n = text ? len : 0;
    t->line_paragraphs = t->indent_paragraphs = false;
    size_t lines = 0, indented = 0, longest = 0;
    size_t single = 0, single_long = 0; /* lines ended by a line break alone; longer than any
                                           wrapped line */
    bool any_break = false, blank = false;
    const unsigned char *start = t->s, *end = t->s + t->n;
    for (const unsigned char *p = t->s; (p = memchr(p, '\n', (size_t)(end - p))) != NULL;
         start = ++p) {
        any_break = true;
        longest = (size_t)(p - start) > longest ? (size_t)(p - start) : longest;
        const unsigned char *q = p + 1;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\r'))
            q++;
        if (q < end && *q == '\n') { /* a blank line: paragraphs are separated by them */
            blank = true;
            p = q;
            continue;
        }
        if (q < end) {
            lines++;
            indented += q > p + 1 && (p[1] == ' ' || p[1] == '\t');
            single++;
            single_long += (size_t)(p - start) > WRAPPED_LINE_MAX;
        }
    }
    /* U+2029 separates paragraphs where it is used */
    for (size_t i = 0; i + 2 < t->n; i++)
        if (t->s[i] == 0xE2 && t->s[i + 1] == 0x80 && t->s[i + 2] == 0xA9)
            return;
    if (blank) {
        /* and so do blank lines, but a page copied with a blank line under its headline and
         * a paragraph a line below it ("Headline\n\nFirst paragraph ...\nSecond ...") has
         * paragraphs of one line each too: most lines that end in a line break alone are
         * longer than any wrapped line */
        t->line_paragraphs = single > 0 && single_long * 2 > single;
        return;
    }
    longest = (size_t)(end - start) > longest ? (size_t)(end - start) : longest;
    t->line_paragraphs = any_break;
    /* lines wrapped at a fixed width (none longer than WRAPPED_LINE_MAX bytes), some indented
     * and most not: the indented ones open paragraphs, the others go on one; a page copied a
     * paragraph a line has long lines, and a text whose every line is indented says nothing */
    t->indent_paragraphs = indented >= 2 && indented * 4 <= lines * 3 && indented < lines &&
                           longest <= WRAPPED_LINE_MAX;
}

bool stance__qtext_paragraph_break(const qtext_t *t, size_t pos, size_t *next)
{
    if (pos >= t->n)
        return false;
    if (t->s[pos] == 0xE2 && pos + 2 < t->n && t->s[pos + 1] == 0x80 && t->s[pos + 2] == 0xA9) {
        *next = pos + 3;
        return true;
    }
    if (t->s[pos] != '\n')
        return false;
    size_t p = pos + 1;
    while (p < t->n && (t->s[p] == ' ' || t->s[p] == '\t' || t->s[p] == '\r'))
        p++;
    if (p < t->n && t->s[p] == '\n') {
        while (p < t->n && (t->s[p] == ' ' || t->s[p] == '\t' || t->s[p] == '\r' ||
                            t->s[p] == '\n'))
            p++;
        *next = p;
        return true;
    }
    if (t->indent_paragraphs) {
        if (p >= t->n || p > pos + 1) { /* the end, or an indented line */
            *next = p;
            return true;
        }
        return false;
    }
    if (t->line_paragraphs && (p >= t->n || !is_lower_start(t, p))) {
        *next = p;
        return true;
    }
    return false;
}

void stance__qmarks_init(qmarks_t *m, const qtext_t *t, const quote_rules_t *rules)
{
    memset(m, 0, sizeof *m);
    m->t = t;
    m->rules = rules;
    m->single_closer.seen = NONE;
    m->curly_closer.seen = NONE;
}

/* The word after a single opening mark at pos (ASCII letters, lower-cased), to tell an
 * elision (‘em, ‘n’) from a quote. */
static bool elision_after(const qmarks_t *m, size_t pos)
{
    const qtext_t *t = m->t;
    char w[QWORD_LOW];
    size_t n = 0;
    while (pos + n < t->n && n + 1 < sizeof w) {
        unsigned char c = t->s[pos + n];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            break;
        w[n] = (char)(c | 0x20);
        n++;
    }
    if (n == 0 || n + 1 >= sizeof w)
        return false;
    size_t k;
    if (stance__q_is_alnum(stance__qcp_at(t, pos + n, &k)))
        return false;
    w[n] = '\0';
    return stance__quote_list_has(&m->rules->elisions, w);
}

/* The mark that closes `open` at pos, or 0 when `open` does not open a quotation here. */
/* Whether a straight " that a space follows opens a quotation: the next straight " in its
 * paragraph, within a short reach, ends a word (after a letter or punctuation, before a space,
 * punctuation or the end), with a letter between. "12 " and 4 " too" has none. */
static bool spaced_quote_closes(const qtext_t *t, size_t from)
{
    bool letter = false;
    for (size_t i = from; i < t->n && i < from + 160; i++) {
        const unsigned char c = t->s[i];
        if (c == '\n')
            return false;
        if (c == '"') {
            const unsigned char before = t->s[i - 1], after = i + 1 < t->n ? t->s[i + 1] : ' ';
            return letter && before != ' ' && before != '\t' &&
                   (after == ' ' || after == '\n' || after == '\r' || after == '.' ||
                    after == ',' || after == ';' || after == ':' || after == ')');
        }
        letter = letter || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC0;
    }
    return false;
}

static int32_t closer_for(const qmarks_t *m, size_t pos, size_t k, int32_t open, int32_t prev,
                          int32_t next)
{
    switch (open) {
    case 0x201C: return 0x201D; /* “ ” */
    case 0x201E: return 0x201C; /* „ “ (also closed by ”, see closes) */
    case 0x00AB: return 0x00BB; /* « » */
    case 0x300C: return 0x300D; /* 「 」 */
    case 0x300E: return 0x300F; /* 『 』 */
    case 0x201D: /* ” used to open: after a space, before a letter */
        return (prev == 0 || stance__q_is_space(prev) || prev == '(' || prev == '[') &&
                       stance__q_is_alnum(next)
                   ? 0x201D
                   : 0;
    case 0x2018:
    case '\'':
        /* at the start of a word only, and not an elision: the ‘90s, rock ‘n’ roll */
        if (stance__q_is_alnum(prev) || !next || stance__q_is_space(next))
            return 0;
        if (next >= '0' && next <= '9')
            return 0;
        if (open == '\'' && !stance__q_is_alnum(next))
            return 0;
        return elision_after(m, pos + k) ? 0 : 0x2019;
    case '"':
        if (next && !stance__q_is_space(next))
            return '"';
        /* agency copy's space inside the marks: as " blushless act," */
        return (prev == 0 || stance__q_is_space(prev)) && spaced_quote_closes(m->t, pos + k)
                   ? '"'
                   : 0;
    default:
        return 0;
    }
}

/* Is the single mark at pos (k bytes) the second mark of an elided "n", as in rock ‘n’ roll,
 * rock ’n’ roll or rock 'n' roll: a mark, n, this mark, with a space or a letter on either
 * side? The first mark is not read as an opening one (elision_after), so this one belongs to
 * the word too and must not close the quotation around it. */
static bool ends_elided_n(const qtext_t *t, size_t pos, size_t k)
{
    size_t k2;
    int32_t after = stance__qcp_at(t, pos + k, &k2);
    if (pos < 3 || (t->s[pos - 1] | 0x20) != 'n' ||
        !(stance__q_is_space(after) || stance__q_is_alnum(after)))
        return false;
    size_t mark = pos - 2; /* the mark before the n: ' or a curly ‘ ’ (E2 80 98/99) */
    if (t->s[mark] != '\'') {
        if (t->s[mark] != 0x98 && t->s[mark] != 0x99)
            return false;
        if (mark < 3 || t->s[mark - 1] != 0x80 || t->s[mark - 2] != 0xE2)
            return false;
        mark -= 2;
    }
    size_t back = mark - 1;
    while (back > 0 && (t->s[back] & 0xC0) == 0x80)
        back--;
    int32_t before = stance__qcp_at(t, back, &k2);
    return stance__q_is_space(before) || stance__q_is_alnum(before);
}

/* A single closing mark candidate: ’ or ' after a non-space, not inside a word, and not the
 * end of an elided "n" (see ends_elided_n). */
static bool single_closer_at(const qtext_t *t, size_t pos, int32_t cp)
{
    if ((cp != 0x2019 && cp != '\'') || pos == 0)
        return false;
    size_t k;
    if (ends_elided_n(t, pos, cp == '\'' ? 1 : 3))
        return false;
    if (stance__q_is_alnum(stance__qcp_at(t, pos + (cp == '\'' ? 1 : 3), &k)))
        return false;
    size_t back = pos - 1;
    while (back > 0 && (t->s[back] & 0xC0) == 0x80)
        back--;
    return !stance__q_is_space(stance__qcp_at(t, back, &k));
}

/* Is there a mark that `is_mark` accepts after pos in this paragraph? */
static bool later_in_paragraph(const qtext_t *t, qlook_t *look, size_t pos,
                               bool (*is_mark)(const qtext_t *, size_t, int32_t))
{
    if (look->seen != NONE && look->seen > pos)
        return true;
    size_t p = pos + 1 > look->limit ? pos + 1 : look->limit;
    while (p < t->n) {
        size_t k, next;
        if ((t->s[p] == '\n' || t->s[p] == 0xE2) && stance__qtext_paragraph_break(t, p, &next)) {
            look->limit = p;
            return false;
        }
        int32_t cp = stance__qcp_at(t, p, &k);
        if (is_mark(t, p, cp)) {
            look->seen = p;
            look->limit = p + k;
            return true;
        }
        p += k;
    }
    look->limit = t->n;
    return false;
}

static bool curly_closer_at(const qtext_t *t, size_t pos, int32_t cp)
{
    (void)t;
    (void)pos;
    return cp == 0x201D;
}

/* Does cp at pos close a quotation that expects `expect`? */
static bool closes(qmarks_t *m, size_t pos, int32_t expect, int32_t cp, int32_t prev,
                   int32_t next)
{
    const qtext_t *t = m->t;
    if (expect == 0x2019) {
        if ((cp != 0x2019 && cp != '\'') || stance__q_is_alnum(next))
            return false; /* not the apostrophe of "don’t" */
        if (ends_elided_n(t, pos, cp == '\'' ? 1 : 3))
            return false; /* nor the second mark of rock ‘n’ roll */
        if ((prev == 's' || prev == 'S') && next == ' ') {
            /* "the ministers’ decision": a plural possessive if the quote closes later */
            size_t k, after = pos + (cp == '\'' ? 1 : 3) + 1;
            int32_t word = stance__qcp_at(t, after, &k);
            if (stance__q_is_alnum(word) &&
                later_in_paragraph(t, &m->single_closer, pos, single_closer_at))
                return false;
        }
        return true;
    }
    /* „ is closed by “ or ”; a straight " by ” too, as copy-edited text mixes them (a curly
     * mark never opens inside a straight quotation, so it can only be its end) */
    if (cp == expect || (expect == 0x201C && cp == 0x201D) || (expect == '"' && cp == 0x201D))
        return true;
    /* and “ by “ that can open nothing, before punctuation or a line's end (“There was no
     * violation today “, the spokesperson told): a mistyped closing mark */
    if (expect == 0x201D && cp == 0x201C && next != 0 && !stance__q_is_alnum(next) &&
        !stance__q_is_space(next))
        return true;
    if (expect == 0x201D && cp == 0x201C && (next == '\n' || next == '\r'))
        return true;
    /* and by two apostrophes ’’, which some presses set for a closing double mark */
    if ((expect == '"' || expect == 0x201D) && cp == 0x2019 && next == 0x2019)
        return true;
    /* and “ by a straight " that stands as a closer (after a word or punctuation, before a
     * space or punctuation), when no straight " opened inside the quotation before it (there
     * is no quote within for it to close: “...," she said. "...” is two quotations) or when
     * no ” follows in the paragraph; a straight pair inside a curly quote is a quote within
     * it. After a digit it is an inch mark (a 12" gun). */
    if (expect != 0x201D || cp != '"' || stance__q_is_space(prev) || stance__q_is_alnum(next))
        return false;
    if (!m->straight_inside && !(prev >= '0' && prev <= '9'))
        return true;
    return !later_in_paragraph(t, &m->curly_closer, pos, curly_closer_at);
}

static size_t trim_end(const qtext_t *t, size_t start, size_t end)
{
    while (end > start && (t->s[end - 1] == ' ' || t->s[end - 1] == '\n' ||
                           t->s[end - 1] == '\r' || t->s[end - 1] == '\t'))
        end--;
    return end;
}

/* The punctuation just inside a closing mark at `close`: , . ? ! : ; (… counts as .). */
static char inner_punct(const qtext_t *t, size_t start, size_t close)
{
    size_t e = trim_end(t, start, close);
    while (e > start) { /* past the closing marks of nested quotes: ...others”.’ */
        unsigned char c = t->s[e - 1];
        if (c == ',' || c == '.' || c == '?' || c == '!' || c == ':' || c == ';')
            return (char)c;
        if (e - start >= 3 && t->s[e - 3] == 0xE2 && t->s[e - 2] == 0x80) {
            unsigned char l = t->s[e - 1];
            if (l == 0xA6) /* … */
                return '.';
            if (l == 0x9D || l == 0x99) { /* ” ’ of a nested quote */
                e -= 3;
                continue;
            }
        }
        if (c == '"' || c == '\'') {
            e--;
            continue;
        }
        break;
    }
    return 0;
}

/* Where the first sentence that starts at `start` ends (just past its . ! or ? followed by
 * a space), or `limit` when none ends before it. */
static size_t sentence_end_after(const qtext_t *t, size_t start, size_t limit)
{
    for (size_t i = start; i + 1 < limit; i++)
        if ((t->s[i] == '.' || t->s[i] == '!' || t->s[i] == '?') && t->s[i + 1] == ' ')
            return i + 1;
    return limit;
}

/* How many words of an unclosed quotation's end its credit may take: a title and a name
 * before the verb, a time after it ("on Wednesday", "late on Tuesday"). */
#define CREDIT_BEFORE_VERB 8
#define CREDIT_AFTER_VERB 4

/* An unclosed quotation in [start, end) that ends in its own credit, its closing mark left
 * out before the comma: "“We have to ensure supply, UAE energy minister Suhail Al Mazrouei
 * said on Wednesday." The offset of that comma (where the quotation ends), or NONE: the last
 * ", " is followed by a capital, a few words, a lower-case verb of speech and at most a few
 * words more, and the text ends with a full stop; at least three words come before it. */
static size_t credit_inside(const qmarks_t *m, size_t start, size_t end)
{
    const qtext_t *t = m->t;
    if (end <= start + 8 || t->s[end - 1] != '.')
        return NONE;
    size_t comma = NONE;
    for (size_t i = end - 1; i > start + 1 && end - i < 200; i--)
        if (t->s[i - 1] == ',' && t->s[i] == ' ') {
            comma = i - 1;
            break;
        }
    if (comma == NONE || comma + 2 >= end || !(t->s[comma + 2] >= 'A' && t->s[comma + 2] <= 'Z'))
        return NONE;
    size_t words_before = 0; /* (counted to two: the scan stays within the last words) */
    for (size_t i = comma; i > start && words_before < 2; i--)
        words_before += t->s[i - 1] == ' ' && t->s[i] != ' ';
    if (words_before < 2)
        return NONE;
    /* the words after the comma: a verb of speech among the first few, a few after it */
    size_t words = 0, verb_at = 0;
    for (size_t i = comma + 2; i < end;) {
        size_t e = i;
        while (e < end && t->s[e] != ' ')
            e++;
        size_t n = e - i;
        if (n && t->s[i + n - 1] == '.')
            n--; /* the full stop that ends the text */
        char low[QWORD_LOW];
        words++;
        if (!verb_at && n > 0 && n < sizeof low && t->s[i] >= 'a' && t->s[i] <= 'z') {
            for (size_t k = 0; k < n; k++)
                low[k] = t->s[i + k];
            low[n] = '\0';
            if (stance__quote_classify_word(m->rules, low, n) & QW_SPEECH)
                verb_at = words;
        }
        if (!verb_at && words > CREDIT_BEFORE_VERB)
            return NONE;
        i = e;
        while (i < end && t->s[i] == ' ')
            i++;
    }
    return verb_at > 1 && words - verb_at <= CREDIT_AFTER_VERB ? comma : NONE;
}

/* A paragraph (or the text) ended at `brk` with a quotation still open and not reopened.
 * Returns true when the quotation is to be reported, after setting where scanning goes on;
 * false when its opening mark was only an apostrophe and scanning goes on after it. A few
 * such second readings per paragraph at most, so the time stays linear. */
static bool unclosed_at(qmarks_t *m, raw_quote_t *f, size_t brk, size_t resume,
                        size_t first_inner, int32_t family)
{
    const qtext_t *t = m->t;
    f->end = trim_end(t, f->start, brk);
    f->close_end = f->end;
    f->inner = inner_punct(t, f->start, f->end);
    f->unclosed = true;
    f->goes_on = false;
    if (m->stray_break != brk) {
        m->stray_break = brk;
        m->stray_count = 0;
    }
    if (m->stray_count < 4) {
        m->stray_count++;
        if (first_inner != NONE) {
            /* a stray mark: the quotations inside it are read at the top level */
            f->end = trim_end(t, f->start, first_inner);
            f->close_end = f->end;
            f->inner = inner_punct(t, f->start, f->end);
            m->pos = first_inner;
            return true;
        }
        if (family == 0x2018 || family == '\'') {
            m->pos = f->start; /* an apostrophe: ‘cause, a stray ' */
            return false;
        }
    }
    /* (its own credit at its end: the quotation ends before it, still unclosed) */
    const size_t comma = credit_inside(m, f->start, f->end);
    f->credited = comma != NONE;
    if (f->credited) {
        f->end = trim_end(t, f->start, comma);
        f->close_end = f->end;
        f->inner = ','; /* the comma the closing mark was left out before */
    }
    m->pos = resume;
    return true;
}

int stance__qmarks_next(qmarks_t *m, raw_quote_t *f)
{
    const qtext_t *t = m->t;
    int32_t expect[MAX_DEPTH];
    int depth = 0;
    int32_t family = 0, prev = ' ';
    size_t first_inner = NONE; /* where the first quotation inside this one opened */
    if (m->pos > 0) {
        size_t back = m->pos - 1, k;
        while (back > 0 && (t->s[back] & 0xC0) == 0x80)
            back--;
        prev = stance__qcp_at(t, back, &k);
    }
    while (m->pos < t->n) {
        size_t k, k2;
        int32_t cp = stance__qcp_at(t, m->pos, &k);
        int32_t next = stance__qcp_at(t, m->pos + k, &k2);
        if (depth == 0) {
            int32_t close = closer_for(m, m->pos, k, cp, prev, next);
            if (cp == '`' && next == '`') {
                close = TYPEWRITER; /* ``...'': two marks of one byte each */
                k = 2;
            }
            if (close) {
                f->open = m->pos;
                f->start = m->pos + k;
                f->credited = false;
                f->continues = m->next_continues;
                m->next_continues = false;
                expect[depth++] = close;
                family = cp;
                first_inner = NONE;
                m->straight_inside = false;
            } else if (m->next_continues && !stance__q_is_space(cp)) {
                m->next_continues = false; /* the reopening mark was not one after all */
            }
        } else {
            size_t para;
            if ((cp == '\n' || cp == 0x2029) && stance__qtext_paragraph_break(t, m->pos, &para)) {
                size_t k3;
                const int32_t reopen = para < t->n ? stance__qcp_at(t, para, &k3) : 0;
                /* (copy that mixes its marks opens “ and then " again, or " and then “) */
                const bool doubles = (family == 0x201C || family == '"') &&
                                     (reopen == 0x201C || reopen == '"');
                /* (not one that ends in its own credit, its closing mark left out: below) */
                if (para < t->n && (reopen == family || doubles) &&
                    credit_inside(m, f->start, trim_end(t, f->start, m->pos)) == NONE) {
                    /* a multi-paragraph quotation: the next paragraph opens it again */
                    f->end = trim_end(t, f->start, m->pos);
                    f->close_end = f->end;
                    f->inner = inner_punct(t, f->start, f->end);
                    f->unclosed = false;
                    f->goes_on = true;
                    m->next_continues = true;
                    m->pos = para;
                    return 1;
                }
                if (unclosed_at(m, f, m->pos, para, first_inner, family))
                    return 1;
                depth = 0; /* the mark was an apostrophe: read on after it */
                prev = family;
                continue;
            }
            if (depth == 1 && expect[0] == '"' && cp == '"' && stance__q_is_space(prev) &&
                stance__q_is_alnum(next)) {
                /* a straight mark where a quotation opens (after a space, before a word):
                 * the open one was never closed. It is taken to end with its first sentence,
                 * so that the narration after it, and this new quotation, are read as such */
                size_t end = sentence_end_after(t, f->start, m->pos);
                if (unclosed_at(m, f, end, end, first_inner, family))
                    return 1;
            }
            /* "\"We have told both sides, ‘Do not breach our airspace.\"": an inner
             * quotation whose closing mark was left out ends where the outer one's double mark
             * ends the paragraph, and so does the outer one */
            if (depth >= 2 && (expect[depth - 1] == 0x2019 || expect[depth - 1] == '\'') &&
                (expect[depth - 2] == '"' || expect[depth - 2] == 0x201D) &&
                (cp == '"' || cp == 0x201D) &&
                (next == 0 || next == '\n' || next == '\r' || next == 0x2029))
                depth--;
            const bool typewriter = expect[depth - 1] == TYPEWRITER;
            /* a straight double mark closed by two apostrophes after the words
             * ("...hardened,'' Insulza said"), as copy that mixed its typewriter's marks has */
            const bool two_apostrophes =
                expect[depth - 1] == '"' && cp == '\'' && next == '\'' &&
                !stance__q_is_space(prev) && m->pos + 2 <= t->n &&
                (m->pos + 2 == t->n || !stance__q_is_alnum(t->s[m->pos + 2]));
            /* (the AP's archive prints the two apostrophes as a double prime: ``...″) */
            const bool apostrophes = cp == '\'' && next == '\'';
            if (typewriter ? apostrophes || cp == 0x2033
                           : two_apostrophes ||
                                 closes(m, m->pos, expect[depth - 1], cp, prev, next)) {
                if (apostrophes && (typewriter || two_apostrophes))
                    k = 2;
                if (--depth == 0) {
                    f->end = m->pos;
                    f->close_end = m->pos + k;
                    f->inner = inner_punct(t, f->start, f->end);
                    f->unclosed = false;
                    f->goes_on = false;
                    m->pos += k;
                    return 1;
                }
            } else if (depth < MAX_DEPTH && cp == '`' && next == '`') {
                if (first_inner == NONE)
                    first_inner = m->pos;
                expect[depth++] = TYPEWRITER;
                k = 2;
            } else if (depth < MAX_DEPTH) {
                int32_t close = closer_for(m, m->pos, k, cp, prev, next);
                m->straight_inside = m->straight_inside || (close && cp == '"');
                if (close && cp != '"' && cp != '\'') { /* inside a quote, a bare " closes */
                    if (first_inner == NONE)
                        first_inner = m->pos;
                    expect[depth++] = close;
                }
            }
        }
        prev = cp;
        m->pos += k;
    }
    if (depth > 0) {
        if (unclosed_at(m, f, t->n, t->n, first_inner, family))
            return 1;
        return stance__qmarks_next(m, f); /* bounded: at most four second readings */
    }
    return 0;
}
