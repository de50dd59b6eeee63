/* Markup a scraper left in an article: HTML entities and tags, which the quote finder reads as
 * plain text (an entity is no quotation mark; a tag's quoted attribute may look like a quote).
 * Found so that callers can say so instead of losing the quotes without a word. */
#include "stance_int.h"

static bool ascii_digit(unsigned char c, bool hex)
{
    return (c >= '0' && c <= '9') ||
           (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
}

/* The length of the entity at s[0] == '&' ("&ldquo;", "&#8220;", "&#x201C;"), or 0. Named
 * entities: those of quotation marks and spaces, and the ampersand, which a scraper leaves
 * where the page had them; an unknown name is text ("&unknown;"). */
static size_t entity_at(const unsigned char *s, size_t n)
{
    static const char *const names[] = {"quot",  "apos",  "ldquo", "rdquo", "lsquo", "rsquo",
                                        "laquo", "raquo", "bdquo", "sbquo", "nbsp",  "amp"};
    if (n > 1 && s[1] == '#') {
        const bool hex = n > 2 && (s[2] == 'x' || s[2] == 'X');
        const size_t digits = 2 + hex;
        size_t k = digits;
        while (k < n && ascii_digit(s[k], hex))
            k++;
        return k > digits && k < n && s[k] == ';' ? k + 1 : 0;
    }
    for (size_t e = 0; e < sizeof names / sizeof *names; e++) {
        const size_t len = strlen(names[e]);
        if (len + 2 <= n && memcmp(s + 1, names[e], len) == 0 && s[1 + len] == ';')
            return len + 2;
    }
    return 0;
}

/* Whether a '>' closes the tag whose attributes begin at s[0], on its line and before another
 * '<': "<b class=x>" is a tag, "a<b and c" is arithmetic. */
static bool tag_closes(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n && i < 512; i++) {
        if (s[i] == '>')
            return true;
        if (s[i] == '<' || s[i] == '\n')
            return false;
    }
    return false;
}

/* The length of the tag opening at s[0] == '<' up to its name and what follows it ("<p ",
 * "</q>", "<br/"), or 0: only the tags of article text and its frame, so that "a<b" or
 * "3 < 4" are not tags. */
static size_t tag_at(const unsigned char *s, size_t n)
{
    static const char *const names[] = {"p",  "q",      "a",      "br",   "div",        "span",
                                        "em", "strong", "i",      "b",    "blockquote", "figure",
                                        "figcaption",   "img",    "h1",   "h2",         "h3",
                                        "li", "ul",     "ol",     "script", "style"};
    const size_t k = n > 1 && s[1] == '/' ? 2 : 1;
    for (size_t t = 0; t < sizeof names / sizeof *names; t++) {
        const size_t len = strlen(names[t]);
        if (k + len >= n)
            continue;
        size_t i = 0;
        while (i < len && stance__ascii_lower(s[k + i]) == (unsigned char)names[t][i])
            i++;
        const unsigned char after = s[k + len];
        if (i == len && (after == '>' || ((after == ' ' || after == '/') &&
                                          tag_closes(s + k + len, n - k - len))))
            return k + len + (after == '>');
    }
    return 0;
}

int stance_text_markup(const char *text, size_t len, stance_span_t *found)
{
    if (found)
        *found = (stance_span_t){0, 0};
    if (!text)
        return 0;
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '&' && s[i] != '<')
            continue;
        const size_t n = s[i] == '&' ? entity_at(s + i, len - i) : tag_at(s + i, len - i);
        if (n) {
            if (found)
                *found = (stance_span_t){i, n};
            return 1;
        }
    }
    return 0;
}
