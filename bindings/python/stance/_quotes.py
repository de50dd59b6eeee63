"""stance.quotes: the quotations of a news article and their speakers."""
import re
import warnings
from collections import namedtuple
from ctypes import byref, c_size_t

from . import _lib
from ._errors import check
from ._lib import lib
from ._text import Spans, encode
from ._text import flags as _flags


class Quote(namedtuple("Quote", "text start end speaker speaker_start speaker_end term "
                                "unclosed fragment speaker_kind pieces turn")):
    """A quotation in an article (stance.quotes), as `stance classify --mode quotes` reports it.

    text:                       the quoted words, without the outer marks: article[start:end];
                                of a split quotation ("We will respond," he said, "with force.")
                                its pieces joined by a space, start..end spanning both
    speaker:                    the speaker named in full, or None; where the article names
                                them is article[speaker_start:speaker_end], whose runs of
                                spaces and line breaks (Unicode's spaces too) are one space
                                here, without soft hyphens and zero-width spaces
                                ("Dmitry\nPeskov" wrapped over two lines is "Dmitry Peskov",
                                as the tool prints)
    term, unclosed, fragment:   a quoted name or term rather than speech; no closing mark
                                before the paragraph ended; a fragment inside a sentence
    speaker_kind:               how the quotation names the speaker: "person", "organization",
                                "pronoun", "title", or None
    pieces:                     ((start, end), (start, end)) of a split quotation's two
                                pieces; () otherwise
    turn:                       a turn of a transcript ("Q: ...", "Spokesperson X: ..."),
                                words a label introduces with no quotation marks around them
    Offsets are str indices for str articles, byte offsets for bytes.
    """
    __slots__ = ()


_KINDS = (None, "person", "organization", "pronoun", "title")


# as the tool writes a name (examples/stance/output.c): Unicode's spaces and separators
# (Zs, Zl, Zp), TAB to CR and NEL are spaces; soft hyphen, zero-width space, word joiner and
# BOM are invisible marks left out; the joiners U+200C and U+200D spell words and stay
_SPACES = re.compile("[\t\n\x0b\x0c\r\x85 \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f"
                     "\u205f\u3000]+")
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def _name(s):
    """A name as one line: each run of spaces and line breaks one space, none at the ends, and
    no invisible marks."""
    if isinstance(s, bytes):
        return _name(s.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
    return _SPACES.sub(" ", _INVISIBLE.sub("", s)).strip(" ")


def warn_markup(article, data, span, stacklevel):
    """Says, as the tool does, that an article holds HTML: quotes are lost to it silently."""
    found = _lib.stance_span_t()
    if not lib.stance_text_markup(data, len(data), byref(found)):
        return
    markup = data[found.start:found.start + found.len].decode("utf-8", "replace")
    warnings.warn(f"the article holds HTML ({markup} at offset {span(found.start)}): quotation "
                  "marks written as entities are not read as quotation marks, and quoted tag "
                  "attributes may be read as quotations; decode the entities and strip the "
                  "tags first", stacklevel=stacklevel + 1)


def attribute(data, flags):
    """The library's quotations (stance_quotation_t array, count) of UTF-8 `data`."""
    err = _lib.stance_error_t()
    opts = _lib.stance_quotes_opts_t(_lib.STANCE_QUOTES_OPTS_VERSION, flags, None)
    n = c_size_t()
    cap = 16
    while True:
        arr = (_lib.stance_quotation_t * cap)()
        st = lib.stance_quotes_attribute(data, len(data), byref(opts), arr, cap, byref(n),
                                         byref(err))
        if st != _lib.STANCE_E_BUFFER_TOO_SMALL:
            break
        cap = n.value
    check(st, err)
    return arr, n.value


def make_quote(article, span, q):
    """The Quote of one stance_quotation_t; `article` is the str, or the bytes."""
    def piece(s):
        return article[span(s.start):span(s.start + s.len)]

    text, last, pieces = piece(q.text), q.text, ()
    if q.more.len:
        text = text + (" " if isinstance(text, str) else b" ") + piece(q.more)
        last = q.more
        pieces = ((span(q.text.start), span(q.text.start + q.text.len)),
                  (span(q.more.start), span(q.more.start + q.more.len)))
    named = q.speaker.len > 0
    kind = q.mention_kind or q.speaker_kind
    return Quote(text, span(q.text.start), span(last.start + last.len),
                 _name(piece(q.speaker)) if named else None,
                 span(q.speaker.start) if named else None,
                 span(q.speaker.start + q.speaker.len) if named else None,
                 bool(q.flags & _lib.STANCE_QUOTE_TERM),
                 bool(q.flags & _lib.STANCE_QUOTE_UNCLOSED),
                 bool(q.flags & _lib.STANCE_QUOTE_FRAGMENT),
                 _KINDS[kind] if named and 0 <= kind < len(_KINDS) else None, pieces,
                 bool(q.flags & _lib.STANCE_QUOTE_TURN))


def quotes(article, *, terms=False, replace_invalid=False):
    """The quotations of a news article, with their speakers, as `stance classify --mode
    quotes` finds them: a list of Quotes in text order. Quoted names and terms (the
    "Northern Territories") are left out unless terms=True."""
    data = encode(article, "article")
    arr, count = attribute(data, _flags(replace_invalid))
    span = Spans(article, data)
    warn_markup(article, data, span, 2)
    source = article if isinstance(article, str) else data
    return [make_quote(source, span, arr[i]) for i in range(count)
            if terms or not arr[i].flags & _lib.STANCE_QUOTE_TERM]
