"""Training, merging, corpora and quotations."""
import ctypes
import os
import sys
import warnings
from collections import namedtuple
from ctypes import byref, c_double, c_int, c_void_p

from . import _lib, _settings
from ._errors import EmptyError, ItemTypeError, LabelError, check, error_for
from ._lib import lib
from ._model import Model, _count
from ._text import flags as _flags
from ._text import encode
from ._text import path as _path

#: How many new statements training from a base needs to fit a temperature in place of the
#: base's, as `stance train --base`.
BASE_REFIT_STATEMENTS = 1000

#: Folds and seed of the cross-validation that calibration is fitted on, as `stance train`.
CALIBRATION_FOLDS = 5
CALIBRATION_SEED = 1


def check_settings(settings):
    """Raises the error stance.train() would raise for these settings, training nothing."""
    _settings.fill(_settings.new_struct(), settings, [])


def _label_list(labels, keep):
    if isinstance(labels, (str, bytes)):
        raise TypeError("labels must be a list of labels, not a single string")
    enc = [encode(x, "a label") for x in labels]
    arr = (ctypes.c_char_p * max(1, len(enc)))(*enc)
    keep.append(arr)
    return ctypes.cast(arr, _lib.c_str_list), len(enc)


def _train_opts(settings, labels, min_count, keep):
    opts = _lib.stance_train_opts_t()
    opts.version = _lib.STANCE_TRAIN_OPTS_VERSION
    opts.settings = _settings.fill(_settings.new_struct(), settings, keep)
    if labels is not None:
        opts.labels, opts.n_labels = _label_list(labels, keep)
    opts.min_count = _count(min_count, "min_count")
    return opts


def takes_labels(labels):
    """Whether the library takes every str of labels, as it is, as a label to train on. The
    library checks them itself (not empty, at most 64 bytes of UTF-8, no control characters),
    on a trainer thrown away: the rules stay in one place."""
    keep = []
    opts = _train_opts({}, None, 0, keep)
    tr = c_void_p()
    err = _lib.stance_error_t()
    check(lib.stance_trainer_new(byref(tr), byref(opts), byref(err)), err)
    try:
        for label in labels:
            data = encode(label, "a label")
            st = lib.stance_trainer_add(tr, data, len(data), b"", 0, 0, byref(err))
            if st == _lib.STANCE_E_LABEL:
                return False
            check(st, err)  # more labels than a model holds: no naming helps
        return True
    finally:
        lib.stance_trainer_free(tr)


def _pair(item, i):
    """The UTF-8 label and text of statements[i]: a (label, text) pair, or a Statement of
    read_corpus (a labelled one: an unlabeled format gives Statements with label None)."""
    if isinstance(item, Statement):
        if item.label is None:
            raise LabelError(f"statements[{i}]: {item.file}:{item.line}: no label (read in "
                             "an unlabeled corpus format)", line=item.line, index=i)
        item = (item.label, item.text)
    try:
        label, text = item
    except (TypeError, ValueError):
        raise ItemTypeError(f"statements[{i}] must be a (label, text) pair or a Statement, "
                            f"not {type(item).__name__}", i) from None
    try:
        return encode(label, "a label"), encode(text)
    except TypeError as e:
        raise ItemTypeError(f"statements[{i}]: {e}", i) from None


def _indexed(e, i):
    e.index = i
    e.message = f"statements[{i}]: {e.message}"
    e.args = (e.message,)
    return e


def train(statements, *, calibrate=True, min_count=0, labels=None, base=None,
          replace_invalid=False, **settings):
    """Trains a model on statements, an iterable of (label, text) pairs (str or UTF-8 bytes)
    or of labelled Statements (stance.train(stance.read_corpus(path))), as `stance train`
    does: the same statements and settings give the same model bytes.

    calibrate:  fit a temperature on 5-fold cross-validated scores (seed 1) and store it, so
                probabilities are calibrated; False leaves the model as trained. On a small
                corpus (tens of statements) the temperature is unsteady and can make
                probabilities worse: cross-validate with and without it to see
    labels:     the only labels allowed (each must have statements; others raise
                LabelError); None = any. Not with a base, whose labels are kept
    min_count:  drop features seen fewer times than this in all labels (a pruned model cannot
                be merged)
    base:       a Model to continue from (its settings are kept; give no settings then; so
                is its temperature, unless 1,000 new statements or more fit another)
    replace_invalid: treat invalid UTF-8 as a separator instead of raising BadUTF8Error
    settings:   the analyzer and naive-Bayes settings, named as in Model.settings:
                language, ngram_max, negation, negation_scope, weighting ("binary",
                "counts"), max_token_bytes, punctuation, nb ("multinomial", "complement"),
                priors ("learned", "uniform"), alpha, negation_words, negation_suffixes,
                scope_end_words. The library checks them (InvalidArgumentError names the
                setting, its value and its range).

    A statement the library refuses raises its Error with index set to its position.
    """
    if isinstance(statements, (str, bytes)):
        raise TypeError("statements must be an iterable of (label, text) pairs")
    if base is not None and not isinstance(base, Model):
        raise TypeError(f"base must be a stance.Model, not {type(base).__name__}")
    if base is not None and any(v is not None for v in settings.values()):
        raise TypeError(f"{', '.join(settings)}: a base model's settings are kept")
    if base is not None and labels is not None:
        raise TypeError("labels cannot be given with a base: the base model's labels are kept, "
                        "and new ones may join them")
    keep = []
    base_t = base.temperature if base is not None else None
    if not calibrate:
        if base_t is not None:
            _warn(f"the base model is calibrated (temperature {base_t:.2f}) but the new model is "
                  "not (calibrate=False): its confidences are naive Bayes's own, surer than "
                  "they should be")
        return _train_plain(statements, settings, labels, min_count, base,
                            _flags(replace_invalid), keep)
    cvo = _lib.stance_cv_opts_t()
    cvo.version = _lib.STANCE_CV_OPTS_VERSION
    cvo.train = _train_opts(settings, labels, min_count, keep)
    cvo.folds = CALIBRATION_FOLDS
    cvo.seed = CALIBRATION_SEED
    flags = _flags(replace_invalid)
    base_ptr = base._h.enter() if base is not None else None
    cv = c_void_p()
    err = _lib.stance_error_t()
    try:
        cvo.base = base_ptr
        check(lib.stance_cv_new(byref(cv), byref(cvo), byref(err)), err)
        add = lib.stance_cv_add
        auto = _lib.STANCE_FOLD_AUTO
        featureless, first = lib.stance_cv_featureless, None
        for seq, item in enumerate(statements):
            label, text = _pair(item, seq)
            st = add(cv, label, len(label), text, len(text), auto, seq, flags, byref(err))
            if st != 0:
                raise _indexed(error_for(st, err), seq)
            if first is None and featureless(cv):
                first = seq
        if lib.stance_cv_statements(cv) == 0 and base is None:
            raise EmptyError("no statements to train on")
        _warn_featureless(featureless(cv), lib.stance_cv_statements(cv), first)
        # a base's temperature was fitted on its whole corpus: kept unless enough new
        # statements fit another, or when none can be fitted (as `stance train --base`)
        if base_t is not None and lib.stance_cv_statements(cv) < BASE_REFIT_STATEMENTS:
            return _build(cv, base_t)
        t = _calibration(cv, err)
        return _build(cv, t if t or base_t is None else base_t)
    finally:
        lib.stance_cv_free(cv)
        if base is not None:
            base._h.leave()


def _train_plain(statements, settings, labels, min_count, base, flags, keep):
    """Uncalibrated training needs no cross-validation: a trainer keeps only the counts (the
    model is the same, byte for byte, as stance_cv_build's without a temperature)."""
    tr = c_void_p()
    err = _lib.stance_error_t()
    if base is not None:
        ptr = base._h.enter()
        try:
            check(lib.stance_trainer_new_from_model(byref(tr), ptr, None, byref(err)), err)
        finally:
            base._h.leave()
    else:
        opts = _train_opts(settings, labels, min_count, keep)
        check(lib.stance_trainer_new(byref(tr), byref(opts), byref(err)), err)
    try:
        add = lib.stance_trainer_add
        featureless, first = lib.stance_trainer_featureless, None
        for seq, item in enumerate(statements):
            label, text = _pair(item, seq)
            st = add(tr, label, len(label), text, len(text), flags, byref(err))
            if st != 0:
                raise _indexed(error_for(st, err), seq)
            if first is None and featureless(tr):
                first = seq
        _warn_featureless(featureless(tr), lib.stance_trainer_statements(tr), first)
        out = c_void_p()
        # the library's message says what is empty: no statements, or a label without any
        check(lib.stance_trainer_build(byref(out), tr, byref(err)), err)
        model = Model._adopt(out)
        if base is not None and min_count:  # a trainer from a model has no min_count
            with model:
                return model.prune(min_count)
        return model
    finally:
        lib.stance_trainer_free(tr)


def _build(cv, t):
    out = c_void_p()
    err = _lib.stance_error_t()
    check(lib.stance_cv_build(cv, t, byref(out), byref(err)), err)
    return Model._adopt(out)


def _warn(message):
    """Warns at the first caller outside this package (stance.train, or the scikit-learn
    adapter's fit, reached from the user's code)."""
    here = os.path.dirname(os.path.abspath(__file__))
    frame, level = sys._getframe(0), 1
    while frame is not None and os.path.dirname(os.path.abspath(frame.f_code.co_filename)) == here:
        frame, level = frame.f_back, level + 1
    warnings.warn(message, stacklevel=level)


def _warn_featureless(n, total, first):
    if n:
        _warn(f"{n} of {total} statements gave no feature, so they count only toward their "
              "label's share: symbols alone, or only tokens longer than max_token_bytes (a "
              "URL; a line in a script written without spaces, such as Thai, is one token); "
              f"the first is statement {first}")


def _calibration(cv, err):
    """The temperature `stance train` stores, or 0 (none) with a warning saying why."""
    t = c_double(0.0)
    st = lib.stance_cv_run(cv, byref(err))
    if st == 0:
        st = lib.stance_cv_calibration(cv, _lib.STANCE_FOLD_NONE, byref(t), byref(err))
    if st == _lib.STANCE_E_EMPTY:
        _warn(f"calibration skipped: {err.msg.decode()}")
        return 0.0
    check(st, err)
    return t.value


def merge(models):
    """Adds models up (labels united, counts summed): merge([train(A), train(B)]) has the
    bytes of train(A + B, calibrate=False). Calibration is dropped. Models must have the same
    settings (MismatchError names the one that differs) and must not be pruned."""
    models = list(models)
    for m in models:
        if not isinstance(m, Model):
            raise TypeError(f"merge takes stance.Model objects, not {type(m).__name__}")
    if not models:
        raise EmptyError("no models to merge")
    entered = []
    try:
        for m in models:
            entered.append(m._h.enter())
        arr = (c_void_p * len(entered))(*entered)
        return Model._new(lib.stance_model_merge, arr, len(entered), None)
    finally:
        for m in models[:len(entered)]:
            m._h.leave()


class Statement(namedtuple("Statement", "label text file line")):
    """One statement of a corpus: its label (None for unlabeled formats), text, file and
    1-based line. stance.train takes them as (label, text)."""
    __slots__ = ()


_FORMATS = {"tsv": 0, "fasttext": 1, "dirs": 2, "lines": 3, "document": 4}


def read_corpus(path, format="tsv", *, replace_invalid=False):
    """Reads a corpus file (or a folder, for format "dirs") with the library's reader, as
    the tool reads it, and yields Statements. Formats: "tsv" (label<TAB>text, # comments),
    "fasttext" (__label__x text), "dirs" (a folder per label, a file per statement), "lines"
    (unlabeled, one per line), "document" (the whole file). A malformed line raises
    ParseError with its line and offset. The file is opened when reading starts."""
    if format not in _FORMATS:
        raise ValueError(f"format {format!r}: expected one of {', '.join(_FORMATS)}")
    return _records(_path(path), _FORMATS[format], _flags(replace_invalid))


def _records(path, format, flags):
    opts = _lib.stance_corpus_opts_t(_lib.STANCE_CORPUS_OPTS_VERSION, format, flags, 0, None)
    corpus = c_void_p()
    err = _lib.stance_error_t()
    check(lib.stance_corpus_open(byref(corpus), path, byref(opts), byref(err)), err)
    try:
        rec = _lib.stance_record_t()
        done = c_int()
        while True:
            check(lib.stance_corpus_next(corpus, byref(rec), byref(done), byref(err)), err)
            if done.value:
                return
            label = None
            if rec.label:
                label = ctypes.string_at(rec.label, rec.label_len).decode("utf-8", "replace")
            text = ctypes.string_at(rec.text, rec.text_len).decode("utf-8", "replace")
            yield Statement(label, text, rec.file.decode("utf-8", "replace"), rec.line)
    finally:
        lib.stance_corpus_close(corpus)
