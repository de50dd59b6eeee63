"""Text in and out: str or bytes to UTF-8 bytes, and byte offsets back to str indices."""
import os
from array import array
from itertools import accumulate, repeat

from ._errors import ItemTypeError
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


def path(name):
    """The bytes of a file's path (str, bytes or os.PathLike) for the library, which reads a C
    string: a NUL byte would end it early and name another file (that save() would replace),
    so it raises ValueError, as Python's open() does."""
    data = os.fsencode(name)
    if b"\0" in data:
        raise ValueError(f"path {name!r}: embedded null byte")
    return data


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
    data = []
    for i, t in enumerate(texts):
        try:
            data.append(encode(t, f"texts[{first + i}]"))
        except TypeError as e:
            raise ItemTypeError(str(e), first + i) from None
    return b"".join(data), array(SIZE_T_CODE, map(len, data))


# Bytes that continue a UTF-8 character (10xxxxxx): every other byte begins one.
_CONTINUATION = bytes(range(0x80, 0xC0))
# Bytes per block of Spans' table: a conversion counts the characters of at most one block.
_BLOCK = 1024


class Spans:
    """Converts byte offsets in the UTF-8 encoding of a str into indices of the str (for bytes
    input, offsets stay byte offsets), asked in any order.

    A str index is the number of characters that begin before the offset: of bytes that do
    not continue a character (so a lone surrogate, encoded in three bytes, is one character,
    and an offset inside a character maps to the index after it). They are counted once per
    block of _BLOCK bytes, at the first conversion, then within one block per conversion:
    time is linear in the text and the number of offsets together, whatever their order."""

    def __init__(self, original, data):
        self.identity = not isinstance(original, str) or original.isascii()
        self.data = data
        self.before_block = None  # characters before each block; counted when first needed

    def _count(self, start, end):
        return len(self.data[start:end].translate(None, _CONTINUATION))

    def __call__(self, byte_offset):
        if self.identity:
            return byte_offset
        if self.before_block is None:
            self.before_block = list(accumulate(
                map(self._count, range(0, len(self.data), _BLOCK),
                    range(_BLOCK, len(self.data) + _BLOCK, _BLOCK)), initial=0))
        block = byte_offset // _BLOCK
        return self.before_block[block] + self._count(block * _BLOCK, byte_offset)
