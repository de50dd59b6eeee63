"""libstance for Python: label what officials say as conciliatory or hostile (or any labels
you train), with the C library's naive Bayes.

    >>> import stance
    >>> m = stance.Model.default()
    >>> m.classify("We regret to note Tokyo's unfriendly course.").label
    'hostile'
    >>> [r.label for r in m.classify_many(["Our door remains open.", "We condemn this."])]
    ['conciliatory', 'hostile']
    >>> m.classify("Xyzzy plugh").label     # no word the model knows, as `stance classify` says
    'unknown'
    >>> model = stance.train([("pos", "a fine day"), ("neg", "a dreadful day")], calibrate=False)
    >>> model.labels
    ('neg', 'pos')

Models (stance.Model) are immutable and may be shared by threads; classification releases the
GIL. Errors of the library raise stance.Error subclasses carrying its status, message, line and
offset. stance.sklearn has a scikit-learn estimator and stance.dask training and classification
on a Dask cluster (both import their framework only when imported themselves).

The package is a thin layer over libstance (found next to the package when installed by
`cmake --install`, in the source tree's build/lib, or at $STANCE_LIBRARY): argument handling and
conversions only, so Python gets exactly what the C API and the `stance` tool get.
"""
from . import _lib
from ._errors import (BadMagicError, BadUTF8Error, BufferTooSmallError, ChecksumError,
                      CorruptModelError, EmptyError, Error, FileError, InvalidArgumentError,
                      LabelError, LanguageError, LimitError, MismatchError, ModelFormatError,
                      NotFoundError, OutOfMemoryError, ParseError, TruncatedModelError,
                      VersionError)
from ._model import UNKNOWN, Feature, Model, QuoteResult, Result, TopFeature
from ._settings import NAMES as SETTINGS
from ._settings import defaults as _defaults
from ._quotes import Quote, quotes
from ._train import CALIBRATION_FOLDS, CALIBRATION_SEED, Statement, merge, read_corpus, train

#: The version of the libstance this package runs on, e.g. "0.2.0".
library_version = _lib.lib.stance_version_string().decode()
#: Path of the loaded libstance.
library_path = _lib.path
__version__ = library_version

#: The library's default settings (STANCE_SETTINGS_INIT); word lists None = built-in.
DEFAULT_SETTINGS = _defaults()


def _languages():
    names, i = [], 0
    while True:
        name = _lib.lib.stance_language(i)
        if name is None:
            return tuple(names)
        names.append(name.decode())
        i += 1


#: The stemmer languages a model can be trained with (libstemmer's, then "none"). Those with
#: built-in negation words: english (porter, none), french, german, spanish, italian,
#: portuguese, dutch, russian; for the others, pass negation_words to train().
LANGUAGES = _languages()

__all__ = [
    "Model", "Result", "Feature", "UNKNOWN", "TopFeature", "Quote", "QuoteResult", "Statement",
    "train", "merge", "quotes", "read_corpus",
    "SETTINGS", "DEFAULT_SETTINGS", "LANGUAGES", "CALIBRATION_FOLDS", "CALIBRATION_SEED",
    "library_version", "library_path",
    "Error", "OutOfMemoryError", "InvalidArgumentError", "BadUTF8Error", "BufferTooSmallError",
    "FileError", "ModelFormatError", "BadMagicError", "VersionError", "CorruptModelError",
    "TruncatedModelError", "ChecksumError", "LanguageError", "LimitError", "LabelError",
    "MismatchError", "EmptyError", "ParseError", "NotFoundError",
]
