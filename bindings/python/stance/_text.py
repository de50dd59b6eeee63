"""Text in and out: str or bytes to UTF-8 bytes, and byte offsets back to str indices."""
from array import array
from itertools import repeat

from ._lib import SIZE_T_CODE, STANCE_REPLACE_INVALID


def flags(replace_invalid):
    """The library's flag for replace_invalid=True: invalid UTF-8 read as a separator."""
    return STANCE_REPLACE_INVALID if replace_invalid else 0


def encode(text, what="text"):
    """UTF-8 bytes of a str (lone surrogates kept, so the library reports them as invalid
    UTF-8 with their offset), or the bytes of a bytes-like object."""
    if isinstance(text, str):
        return text.encode("utf-8", "surrogatepass")
    if isinstance(text, bytes):
        return text
    if isinstance(text, (bytearray, memoryview)):
        return bytes(text)
    raise TypeError(f"{what} must be str or bytes, not {type(text).__name__}")


def pack(texts, first=0):
    """The texts end to end and their lengths (an array of size_t), as stance_classify_many
    takes them. Plain ASCII str (the common case) is joined and encoded at once. A text of
    another type raises TypeError naming it as texts[first + i]."""
    try:
        if all(map(str.isascii, texts)):
            return "".join(texts).encode("ascii"), array(SIZE_T_CODE, map(len, texts))
        data = list(map(str.encode, texts, repeat("utf-8"), repeat("surrogatepass")))
        return b"".join(data), array(SIZE_T_CODE, map(len, data))
    except TypeError:
        pass  # not all str: one at a time, with the offender named
    data = [encode(t, f"texts[{first + i}]") for i, t in enumerate(texts)]
    return b"".join(data), array(SIZE_T_CODE, map(len, data))


class Spans:
    """Converts byte offsets in the UTF-8 encoding of a str into indices of the str (for bytes
    input, offsets stay byte offsets). Offsets must be asked for in any order; each distinct
    one is computed once, walking the bytes forward."""

    def __init__(self, original, data):
        self.identity = not isinstance(original, str) or original.isascii()
        self.data = data
        self.known = {0: 0}

    def __call__(self, byte_offset):
        if self.identity:
            return byte_offset
        got = self.known.get(byte_offset)
        if got is not None:
            return got
        below = max(k for k in self.known if k <= byte_offset)
        chunk = self.data[below:byte_offset]
        try:
            n = len(chunk.decode("utf-8", "surrogatepass"))
        except UnicodeDecodeError:  # an offset inside a character (invalid input replaced)
            n = len(chunk.decode("utf-8", "replace"))
        self.known[byte_offset] = self.known[below] + n
        return self.known[byte_offset]
