"""stance.Error and its subclasses: one per status of the C library."""
from . import _lib


class Error(Exception):
    """A failure reported by libstance.

    Attributes:
        status:  the library's status code (a negative int, e.g. -3 for invalid UTF-8)
        message: the library's message, e.g. "invalid UTF-8 at byte 12"
        line:    1-based line in a corpus file, or None
        offset:  byte offset in the text's UTF-8 encoding (for a str, in text.encode(): not a
                 str index), model file or corpus, or None
        index:   position of the statement in the sequence given to a call that takes many
                 (classify_many, train; in the whole bag for stance.dask), or None
    """

    status = None

    def __init__(self, message, status=None, line=None, offset=None, index=None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        self.line = line
        self.offset = offset
        self.index = index

    def __str__(self):
        return self.message

    def __reduce__(self):  # picklable, so errors cross process boundaries (Dask workers)
        return (_rebuild, (type(self), self.message, self.status, self.line, self.offset,
                           self.index))


class ItemTypeError(TypeError):
    """A TypeError about one item of a sequence (texts[i], statements[i]): index is i, so that
    a caller that split the sequence (stance.dask) can say where the item is in the whole."""

    def __init__(self, message, index):
        super().__init__(message)
        self.index = index

    def __reduce__(self):  # pickled across processes (dask) with its index
        return (type(self), (str(self), self.index))


def _rebuild(cls, message, status, line, offset, index):
    return cls(message, status, line, offset, index)


class OutOfMemoryError(Error, MemoryError):
    """An allocation failed (STANCE_E_NOMEM)."""
    status = -1


class InvalidArgumentError(Error, ValueError):
    """An argument or setting the library refuses (STANCE_E_INVALID_ARG)."""
    status = -2


class BadUTF8Error(Error, ValueError):
    """Text that is not valid UTF-8 (STANCE_E_BAD_UTF8); offset is the first bad byte."""
    status = -3


class BufferTooSmallError(Error):
    """STANCE_E_BUFFER_TOO_SMALL (the package sizes its buffers; seen only on a bug)."""
    status = -4


class FileError(Error, OSError):
    """Reading or writing a file failed (STANCE_E_IO)."""
    status = -5


class ModelFormatError(Error, ValueError):
    """Bytes that are not a model this library can read (the subclasses say why)."""


class BadMagicError(ModelFormatError):
    """Not a libstance model file (STANCE_E_BAD_MAGIC)."""
    status = -6


class VersionError(ModelFormatError):
    """A model format or tokenizer revision this library cannot read (STANCE_E_VERSION)."""
    status = -7


class CorruptModelError(ModelFormatError):
    """A structurally invalid model file (STANCE_E_CORRUPT)."""
    status = -8


class TruncatedModelError(ModelFormatError):
    """A model file shorter than its header says (STANCE_E_TRUNCATED)."""
    status = -11


class ChecksumError(ModelFormatError):
    """A model file whose bytes were altered (STANCE_E_CHECKSUM)."""
    status = -12


class LanguageError(Error, ValueError):
    """An unknown stemmer language (STANCE_E_LANGUAGE)."""
    status = -9


class LimitError(Error, ValueError):
    """An input beyond a documented limit (STANCE_E_LIMIT)."""
    status = -10


class LabelError(Error, ValueError):
    """An unknown, empty or malformed label (STANCE_E_LABEL)."""
    status = -13


class MismatchError(Error, ValueError):
    """Models with different settings cannot be combined (STANCE_E_MISMATCH)."""
    status = -14


class EmptyError(Error, ValueError):
    """Nothing to work with, e.g. training on no statements (STANCE_E_EMPTY)."""
    status = -15


class ParseError(Error, ValueError):
    """Malformed corpus input (STANCE_E_PARSE); line and offset say where."""
    status = -16


class NotFoundError(Error, LookupError):
    """A label or feature the model does not have (STANCE_E_NOT_FOUND)."""
    status = -17


_BY_STATUS = {cls.status: cls for cls in (
    OutOfMemoryError, InvalidArgumentError, BadUTF8Error, BufferTooSmallError, FileError,
    BadMagicError, VersionError, CorruptModelError, TruncatedModelError, ChecksumError,
    LanguageError, LimitError, LabelError, MismatchError, EmptyError, ParseError,
    NotFoundError)}


def error_for(status, err=None, index=None, message=None):
    """The exception for a failed call: its class from the status, detail from err."""
    status = int(status)
    cls = _BY_STATUS.get(status, Error)
    if message is None:
        message = err.msg.decode("utf-8", "replace") if err is not None else ""
        if not message:
            message = _lib.lib.stance_strerror(status).decode()
    line = offset = None
    if err is not None:
        line = err.line or None
        offset = None if err.offset == _lib.STANCE_NO_OFFSET else err.offset
    return cls(message, status, line, offset, index)


def check(status, err=None, index=None):
    """Raises the status's exception unless it is STANCE_OK."""
    if status != 0:
        raise error_for(status, err, index)
