/* Fuzz target: quotation finding and speaker attribution on any bytes.
 *
 * Input: byte 0 bit 0 = STANCE_REPLACE_INVALID; the rest is the article.
 * Properties: a first call with no room reports the count a second call fills; a call with
 * too little room reports the same count; quotes and speakers lie inside the text, quotes in
 * order and never overlapping a later quote's start; only documented flag bits are set;
 * invalid UTF-8 is refused with the offset of a byte inside the text. */
#include "fuzz.h"

#include <stance.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint32_t flags = (data[0] & 1u) ? STANCE_REPLACE_INVALID : 0;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;

    size_t count = 0;
    stance_error_t err;
    stance_status_t st = stance_quotes_find(text, len, flags, NULL, 0, &count, &err);
    FUZZ_CHECK(err.status == st);
    if (st == STANCE_E_BAD_UTF8) {
        FUZZ_CHECK(flags == 0 && err.offset < len);
        return 0;
    }
    FUZZ_CHECK(count == 0 ? st == STANCE_OK : st == STANCE_E_BUFFER_TOO_SMALL);
    if (count == 0)
        return 0;
    FUZZ_CHECK(count <= len);

    stance_quote_t *quotes = malloc(count * sizeof *quotes);
    if (!quotes)
        return 0;
    size_t again = 0;
    FUZZ_CHECK(stance_quotes_find(text, len, flags, quotes, count, &again, NULL) == STANCE_OK);
    FUZZ_CHECK(again == count);
    const uint32_t known = STANCE_QUOTE_TERM | STANCE_QUOTE_UNCLOSED | STANCE_QUOTE_FRAGMENT;
    for (size_t i = 0; i < count; i++) {
        const stance_quote_t *q = &quotes[i];
        FUZZ_CHECK(q->start <= len && q->len <= len - q->start);
        FUZZ_CHECK(q->speaker_start <= len && q->speaker_len <= len - q->speaker_start);
        FUZZ_CHECK((q->flags & ~known) == 0);
        if (i > 0)
            FUZZ_CHECK(quotes[i - 1].start < q->start);
    }
    if (count > 1) {
        size_t partial = 0;
        FUZZ_CHECK(stance_quotes_find(text, len, flags, quotes, count / 2, &partial, NULL) ==
                   STANCE_E_BUFFER_TOO_SMALL);
        FUZZ_CHECK(partial == count);
    }
    free(quotes);
    return 0;
}
