"""Byte offsets in a text's UTF-8 to indices of the str (stance._text.Spans): right for every
kind of character, in any order, and with work linear in the text and the offsets together,
so a long article's quotations convert in linear time."""
import random
import sys

from stance._text import Spans, encode

# ASCII, 2-, 3- and 4-byte characters and a lone surrogate (kept, as encode keeps it)
PIECES = ["said Lavrov ", "très grave ", "“We condemn”— ", "Сергей ", "😀 ok ", "\udcff",
          "平和条約 "]


def boundaries(text):
    """{byte offset: str index} of every character boundary of text."""
    out, at = {0: 0}, 0
    for i, ch in enumerate(text):
        at += len(ch.encode("utf-8", "surrogatepass"))
        out[at] = i + 1
    return out


def test_every_boundary_in_any_order():
    rng = random.Random(7)
    text = "".join(rng.choice(PIECES) for _ in range(3000))
    data = encode(text)
    want = boundaries(text)
    offsets = list(want)
    rng.shuffle(offsets)
    span = Spans(text, data)
    assert [span(b) for b in offsets] == [want[b] for b in offsets]
    assert span(len(data)) == len(text)
    # bytes and ASCII text: offsets are indices already
    assert Spans(data, data)(5) == 5
    assert Spans("plain ascii", b"plain ascii")(5) == 5


def test_offsets_inside_a_character_round_up():
    text = "a平b"  # 平 is bytes 1..3
    span = Spans(text, encode(text))
    assert [span(b) for b in range(6)] == [0, 1, 2, 2, 2, 3]


def work_of(n_pieces):
    """Python-level events (calls and lines) that converting every boundary of a text of
    n_pieces pieces costs, in text order then in reverse (as quotes and their speakers are
    asked for)."""
    text = "".join(PIECES[i % len(PIECES)] for i in range(n_pieces))
    offsets = list(boundaries(text))
    span = Spans(text, encode(text))
    events = 0

    def count(frame, event, arg):
        nonlocal events
        events += 1
        return count

    sys.settrace(count)
    try:
        for b in offsets + offsets[::-1]:
            span(b)
    finally:
        sys.settrace(None)
    return events


def test_work_is_linear():
    """Twice the text with twice the offsets must cost about twice the work: a scan of the
    offsets converted so far on each conversion (as there was: 17 s for a 1-MB article) makes
    it four times."""
    small, large = work_of(150), work_of(300)
    assert large < 2.5 * small, (small, large)
