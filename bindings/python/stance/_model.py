"""stance.Model: a trained model, and classification with it."""
import ctypes
import functools
import operator
import threading
import warnings
import weakref
from array import array
from collections import namedtuple
from concurrent.futures import ThreadPoolExecutor
from ctypes import byref, c_double, c_size_t, c_void_p
from itertools import repeat

from . import _lib, _settings
from ._errors import Error, NotFoundError, check, error_for
from ._lib import SIZE_T_CODE, lib
from ._quotes import attribute, make_quote, warn_markup
from ._text import Spans, encode, pack
from ._text import flags as _flags
from ._text import path as _path

# Statements per batch of classify_many: the unit of work a thread takes, and the size of the
# arrays filled at once (small enough to stay in cache-friendly sizes).
_CHUNK = 4096

#: The label of a statement with no feature the model knows (Result.known_features == 0),
#: as `stance classify` writes it; classify(..., unknown=False) gives the priors' label instead.
UNKNOWN = "unknown"

# The items a quotation's explanation may have beyond its features: its frame's, its
# speaker's and its article's evidence (stance.h, stance_hit_t).
_QUOTE_ITEMS = 3


class Feature(namedtuple("Feature", "feature contribution start end count")):
    """One feature that decided a classification (Model.classify with explain > 0), or, of a
    quotation (Model.classify_quotes), an item of the evidence beyond its words, which is no
    model feature: "frame: " and the reporting frame's words ("frame: slammed"; its span is
    the frame's), "speaker: other quotations" (the speaker's other quotations in the
    article; its span is the words naming the speaker at the quotation), and "article: other
    quotations" (the other speakers' quotations; its span is empty, at the quotation's
    start). An item is listed when it has evidence (not for the plain "said", nor for a
    speaker quoted once).

    feature:      the feature's text, e.g. "unfriend" or "NOT_friend" or "regret to", or the
                  item's
    contribution: its weight times log P(f|chosen) - log P(f|runner-up) (an item's: its
                  evidence for the chosen label less that for the runner-up); > 0 pushed
                  toward the chosen label, < 0 against it
    start, end:   its first occurrence: text[start:end] (str indices for str input, byte
                  offsets for bytes)
    count:        occurrences counted (1 under binary weighting, and for an item)
    """
    __slots__ = ()


class Result(namedtuple("Result",
                        "label confidence probabilities features labels known_features")):
    """The classification of one statement.

    label:          the most probable label; "unknown" (stance.UNKNOWN) when the model knew
                    none of the statement's features (known_features == 0) and unknown=False
                    was not asked, as `stance classify` labels it
    confidence:     the most probable label's probability (calibrated when the model is); for
                    an "unknown" statement, that of the label the priors choose, as the tool
                    writes it
    probabilities:  the probability of each label, in the order of `labels`
    features:       the strongest Features (empty unless explain > 0 was asked)
    labels:         the model's labels (Model.labels)
    known_features: how many feature occurrences the model knew (the tool's known_features;
                    of a quotation, its words' and its reporting frame's); 0 = none
    scores:         a dict label -> probability
    """
    __slots__ = ()

    @property
    def scores(self):
        """A dict label -> probability."""
        return dict(zip(self.labels, self.probabilities))

    def __repr__(self):
        feats = f", features={list(self.features)!r}" if self.features else ""
        return (f"Result(label={self.label!r}, confidence={self.confidence:.4f}, "
                f"known_features={self.known_features}, scores={self.scores!r}{feats})")


class QuoteResult(namedtuple("QuoteResult", "quote result")):
    """A quotation of an article classified as its speaker's statement (Model.classify_quotes):
    its Quote (text, offsets, speaker, pieces) and its Result. label, confidence, scores,
    text and speaker are shortcuts."""
    __slots__ = ()

    label = property(lambda self: self.result.label)
    confidence = property(lambda self: self.result.confidence)
    scores = property(lambda self: self.result.scores)
    text = property(lambda self: self.quote.text)
    speaker = property(lambda self: self.quote.speaker)


class TopFeature(namedtuple("TopFeature", "feature weight counts")):
    """A feature indicative of a label (Model.top_features).

    feature: its text
    weight:  its weight for the label less the strongest other label's (log-likelihood ratio)
    counts:  a dict label -> times the feature was counted in that label's statements
    """
    __slots__ = ()


# tuple.__new__ itself: namedtuple's _make is a Python function, a frame per result
_make_result = functools.partial(tuple.__new__, Result)


class _Handle:
    """Owns a stance_model_t and a pool of contexts (one is taken per call, so threads never
    share one). Freed when closed and no call is using it."""

    __slots__ = ("ptr", "lock", "idle", "busy", "closed")

    def __init__(self, ptr):
        self.ptr = ptr
        self.lock = threading.Lock()
        self.idle = []
        self.busy = 0
        self.closed = False

    def enter(self):
        with self.lock:
            if self.closed:
                raise ValueError("the model is closed")
            self.busy += 1
        return self.ptr

    def leave(self):
        with self.lock:
            self.busy -= 1
            if self.closed and self.busy == 0:
                self._free()

    def acquire(self, held=False):
        """A context of its own for the caller (from the pool, or a new one). held: the
        caller is inside enter() already, so a close() since then does not stop it."""
        if held:
            with self.lock:
                self.busy += 1
        else:
            self.enter()
        try:
            return self.idle.pop()
        except IndexError:
            pass
        ctx = c_void_p()
        err = _lib.stance_error_t()
        st = lib.stance_ctx_new(byref(ctx), self.ptr, None, byref(err))
        if st != 0:
            self.leave()
            raise error_for(st, err)
        return ctx

    def release(self, ctx):
        with self.lock:
            if not self.closed:
                self.idle.append(ctx)
                ctx = None
        if ctx is not None:
            lib.stance_ctx_free(ctx)
        self.leave()

    def close(self):
        with self.lock:
            if self.closed:
                return
            self.closed = True
            if self.busy == 0:
                self._free()

    def _free(self):  # with the lock held; no call is using the model or a context
        for ctx in self.idle:
            lib.stance_ctx_free(ctx)
        self.idle.clear()
        if self.ptr:
            lib.stance_model_free(self.ptr)
            self.ptr = None


def _at(e, index):
    """e, said of texts[index]."""
    e.index = index
    e.message = f"texts[{index}]: {e.message}"
    e.args = (e.message,)
    return e


def _label(labels, best, known, unknown):
    """The label a Result gives: the model's best one, or UNKNOWN for a statement with no
    known feature when the caller asked for it."""
    return UNKNOWN if unknown and known == 0 else labels[best]


def _load_opts():
    return _lib.stance_load_opts_t(_lib.STANCE_LOAD_OPTS_VERSION, 0, 0, None)


def _weight(value, what, default):
    """A weight of quotes mode: None = the library's measured default, else a number 0..100
    (the tool's range)."""
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must be a number, not {type(value).__name__}")
    if not 0.0 <= value <= 100.0:
        raise ValueError(f"{what} must be within 0..100, not {value!r}")
    return float(value)


def _count(value, what):
    if isinstance(value, bool):  # an int to operator.index, but True is no count
        raise TypeError(f"{what} must be an int, not bool")
    try:
        n = operator.index(value)
    except TypeError:
        raise TypeError(f"{what} must be an int, not {type(value).__name__}") from None
    if n < 0:
        raise ValueError(f"{what} must be 0 or more, not {n}")
    return n


class Model:
    """A trained model: labels, settings and feature counts. Immutable; one Model may be used
    by any number of threads at once.

    Make one with Model.default(), Model.load(path), Model.from_bytes(data), stance.train()
    or stance.merge(). The C memory is freed by close() (or at the end of a `with` block), or
    when the object is garbage-collected; a model in use by another thread is freed when that
    call returns.
    """

    __slots__ = ("_h", "_labels", "_features", "_finalizer", "__weakref__")

    def __init__(self, *args, **kwargs):
        raise TypeError("use stance.Model.default(), Model.load(path), Model.from_bytes(data), "
                        "stance.train() or stance.merge()")

    @classmethod
    def _adopt(cls, ptr):
        self = object.__new__(cls)
        h = _Handle(ptr)
        self._h = h
        self._finalizer = weakref.finalize(self, h.close)
        n = lib.stance_model_label_count(ptr)
        self._labels = tuple(lib.stance_model_label(ptr, i).decode() for i in range(n))
        self._features = lib.stance_model_feature_count(ptr)
        return self

    @staticmethod
    def _new(call, *args):
        """Runs a constructor call of the library (out pointer first, error last)."""
        out = c_void_p()
        err = _lib.stance_error_t()
        check(call(byref(out), *args, byref(err)), err)
        return Model._adopt(out)

    # ---- making models -------------------------------------------------------------------

    @classmethod
    def default(cls):
        """The built-in English model (conciliatory / hostile / neutral)."""
        return cls._new(lib.stance_model_default, None)

    @classmethod
    def load(cls, path):
        """Loads a model file (str, bytes or os.PathLike path)."""
        return cls._new(lib.stance_model_load_file, _path(path), byref(_load_opts()))

    @classmethod
    def from_bytes(cls, data):
        """Loads a model from the bytes of a model file (bytes-like; copied)."""
        if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data must be bytes, not {type(data).__name__}")
        data = bytes(data)
        return cls._new(lib.stance_model_load_mem, data, len(data), byref(_load_opts()))

    def to_bytes(self):
        """The model file's bytes (exactly what save() writes)."""
        ptr = self._h.enter()
        try:
            need = c_size_t()
            err = _lib.stance_error_t()
            st = lib.stance_model_serialize(ptr, None, 0, byref(need), byref(err))
            if st not in (0, _lib.STANCE_E_BUFFER_TOO_SMALL):
                check(st, err)
            buf = bytearray(need.value)
            view = (ctypes.c_char * len(buf)).from_buffer(buf)
            check(lib.stance_model_serialize(ptr, view, len(buf), byref(need), byref(err)), err)
            del view
            return bytes(buf)
        finally:
            self._h.leave()

    def save(self, path):
        """Writes the model to path atomically: a temporary file beside it, renamed into place
        (an existing file is never left half-written). It replaces a model, an empty file or
        nothing; a file of other bytes (the corpus, say) raises FileError and is left as it
        was."""
        ptr = self._h.enter()
        try:
            err = _lib.stance_error_t()
            check(lib.stance_model_save(ptr, _path(path), byref(err)), err)
        finally:
            self._h.leave()

    def with_temperature(self, temperature):
        """A copy whose probabilities are calibrated with this temperature (1.0 = none)."""
        ptr = self._h.enter()
        try:
            return Model._new(lib.stance_model_with_temperature, ptr, float(temperature))
        finally:
            self._h.leave()

    def with_label_bias(self, bias):
        """A copy in which each label's score gets a decision bias (nats) added before the
        softmax: bias is a dict {label: float}; labels it omits get 0, and an empty dict (or
        None) removes the biases. As `stance train --label-bias LABEL=B`."""
        bias = dict(bias or {})
        for label in bias:
            if label not in self._labels:
                raise NotFoundError(f"no label '{label}' in this model (labels: "
                                    f"{', '.join(self._labels)})")
        values = (c_double * len(self._labels))(*(float(bias.get(name, 0.0))
                                                  for name in self._labels))
        ptr = self._h.enter()
        try:
            return Model._new(lib.stance_model_with_label_bias, ptr,
                              values if bias else None, len(self._labels))
        finally:
            self._h.leave()

    @property
    def label_bias(self):
        """The decision biases, a dict {label: float} (all 0.0 when the model has none)."""
        ptr = self._h.enter()
        try:
            return {name: lib.stance_model_label_bias(ptr, k)
                    for k, name in enumerate(self._labels)}
        finally:
            self._h.leave()

    def prune(self, min_count):
        """A copy without the features seen fewer than min_count times (it cannot be merged)."""
        ptr = self._h.enter()
        try:
            return Model._new(lib.stance_model_prune, ptr, _count(min_count, "min_count"),
                              None)
        finally:
            self._h.leave()

    # ---- what it holds -------------------------------------------------------------------

    @property
    def labels(self):
        """The labels, a tuple of str in the model's (sorted byte) order."""
        return self._labels

    @property
    def settings(self):
        """The analyzer and naive-Bayes settings, a dict; stance.train(data, **m.settings)
        trains with the same ones."""
        ptr = self._h.enter()
        try:
            s = _lib.stance_settings_t()
            lib.stance_model_settings(ptr, byref(s))
            return _settings.to_dict(s)
        finally:
            self._h.leave()

    @property
    def info(self):
        """Facts that are not settings: a dict with statements (per label, and in all),
        features, temperature (None when uncalibrated), min_count, format, tokenizer_rev,
        unicode_version, library_version and warnings."""
        ptr = self._h.enter()
        try:
            i = _lib.stance_model_info_t()
            lib.stance_model_info(ptr, byref(i))
            return {
                "statements": i.statements,
                "label_statements": {name: lib.stance_model_label_statements(ptr, k)
                                     for k, name in enumerate(self._labels)},
                "features": i.features,
                "temperature": None if i.temperature == 1.0 else i.temperature,
                "min_count": i.min_count,
                "format": (i.format_major, i.format_minor),
                "tokenizer_rev": i.tokenizer_rev,
                "unicode_version": i.unicode_version.decode(),
                "library_version": i.library_version.decode(),
                "warnings": i.warnings,
            }
        finally:
            self._h.leave()

    @property
    def temperature(self):
        """The calibration temperature, or None when the model is not calibrated."""
        return self.info["temperature"]

    def top_features(self, label, n=10, min_count=3):
        """The n features most indicative of label, strongest first, as TopFeatures: ranked
        by the label's weight less the strongest other label's, among features counted at
        least min_count times in the label that weigh more for it than for any other label
        (as `stance info` lists them). Any n: all that
        qualify when fewer (memory goes by the model's features, not by n)."""
        n = _count(n, "n")
        min_count = _count(min_count, "min_count")
        n = min(n, self._features)  # no more can qualify: the array is never larger
        ptr = self._h.enter()
        try:
            index = self._label_index(ptr, label)
            out = (_lib.stance_feature_rank_t * max(n, 1))()
            got = c_size_t()
            err = _lib.stance_error_t()
            check(lib.stance_model_top_features(ptr, index, min_count, out, n, byref(got),
                                                byref(err)), err)
            result = []
            for r in out[:got.value]:
                text = lib.stance_model_feature(ptr, r.feature, None).decode()
                counts = {name: lib.stance_model_feature_label_count(ptr, r.feature, k)
                          for k, name in enumerate(self._labels)}
                result.append(TopFeature(text, r.weight, counts))
            return result
        finally:
            self._h.leave()

    def _label_index(self, ptr, label):
        if not isinstance(label, str):
            raise TypeError(f"label must be str, not {type(label).__name__}")
        b = label.encode("utf-8", "surrogatepass")
        index = c_size_t()
        st = lib.stance_model_label_index(ptr, b, len(b), byref(index))
        if st != 0:
            raise error_for(st, message=f"no label {label!r}: the labels are "
                                        f"{', '.join(self._labels)}")
        return index.value

    # ---- classification ------------------------------------------------------------------

    def _unknown(self, unknown):
        """unknown as a bool, refused (as the tool refuses it) when the model has a label of
        that name: the two could not be told apart."""
        unknown = bool(unknown)
        if unknown and UNKNOWN in self._labels:
            raise ValueError(f"the model has a label named '{UNKNOWN}', which is also what "
                             "statements with no known feature are labelled: pass "
                             "unknown=False to label those by the priors")
        return unknown

    def classify(self, text, explain=0, *, unknown=True, replace_invalid=False):
        """Classifies one statement (str, or UTF-8 bytes) and returns a Result.

        explain:         how many of the deciding features to return in Result.features:
                         any number, all of them when there are fewer (memory goes by the
                         features the statement has, not by this number)
        unknown:         label a statement with no feature the model knows "unknown"
                         (stance.UNKNOWN), as `stance classify` does; False labels it by the
                         priors, as the tool's --no-unknown (a model with a label named
                         "unknown" needs False: ValueError otherwise)
        replace_invalid: treat invalid UTF-8 as a separator instead of raising BadUTF8Error
        """
        explain = _count(explain, "explain")
        unknown = self._unknown(unknown)
        data = encode(text)
        h = self._h
        ctx = h.acquire()
        try:
            return self._classify_one(ctx, text, data, _flags(replace_invalid), explain,
                                      unknown)
        finally:
            h.release(ctx)

    def _classify_one(self, ctx, text, data, flags, explain, unknown):
        res = _lib.stance_result_t()
        err = _lib.stance_error_t()
        if explain:
            flags |= _lib.STANCE_EXPLAIN
        check(lib.stance_classify(ctx, data, len(data), flags, byref(res), byref(err)), err)
        probs = tuple(res.probs[:res.n_labels])
        features = self._features_of(ctx, res, explain, Spans(text, data)) if explain else ()
        return Result(_label(self._labels, res.label, res.n_known, unknown), res.confidence,
                      probs, features, self._labels, res.n_known)

    def classify_quotes(self, article, explain=0, *, frame_weight=None, speaker_weight=None,
                        article_weight=None, unknown=True, replace_invalid=False):
        """Finds the quotations of a news article (str, or UTF-8 bytes) with their speakers and
        classifies each as `stance classify --mode quotes` does: the quoted words weighed with
        the reporting frame ("slammed", "welcomed"), with the same speaker's other
        quotations in the article, and with the other speakers' quotations in it; the
        probabilities are those of a quotation read in its article, less sure than its evidence
        summed (stance_classify_quotation_in in stance.h). Returns a list of QuoteResults in
        text order; quoted names and terms (the "Northern Territories") are left out.

        explain:         how many of the quotation's deciding features to return (any
                         number, as in classify), with the frame's, the speaker's and the
                         article's evidence as items ranked among them (see Feature)
        frame_weight:    the weight of the reporting frame (0 = none; None = the library's)
        speaker_weight:  the weight of the speaker's other quotations (0 = none; None = the
                         library's)
        article_weight:  the weight of the other speakers' quotations in the article (0 =
                         none; None = the library's)
        unknown:         label a quotation with no feature the model knows (in its words or
                         its frame) "unknown", as the tool does; False: as --no-unknown
        replace_invalid: treat invalid UTF-8 as a separator instead of raising BadUTF8Error
        """
        explain = _count(explain, "explain")
        unknown = self._unknown(unknown)
        language = self.settings["language"]
        if language not in ("english", "porter", "none"):
            warnings.warn("the speakers and reporting frames of classify_quotes are read by "
                          f"English rules; in an article in another language (this {language} "
                          "model's) the quotations are found, but their speakers and frames "
                          "are guesses", stacklevel=2)
        fw = _weight(frame_weight, "frame_weight", _lib.STANCE_FRAME_WEIGHT_DEFAULT)
        sw = _weight(speaker_weight, "speaker_weight", _lib.STANCE_SPEAKER_WEIGHT_DEFAULT)
        aw = _weight(article_weight, "article_weight", _lib.STANCE_ARTICLE_WEIGHT_DEFAULT)
        data = encode(article, "article")
        flags = _flags(replace_invalid)
        err = _lib.stance_error_t()
        quotes, count = attribute(data, flags)
        labels = len(self._labels)
        evidence = (c_double * max(1, count * labels))()
        others = (c_double * max(1, count * labels))()
        span = Spans(article, data)
        warn_markup(article, data, span, 2)
        h = self._h
        ctx = h.acquire()
        out = []
        try:
            check(lib.stance_quotations_evidence(ctx, data, len(data), quotes, count, flags, fw,
                                                 sw, aw, evidence, others, byref(err)), err)
            row_bytes = labels * ctypes.sizeof(c_double)
            for i in range(count):
                q = quotes[i]
                if q.flags & _lib.STANCE_QUOTE_TERM:
                    continue
                res = _lib.stance_result_t()
                check(lib.stance_classify_quotation_in(
                    ctx, data, len(data), byref(q),
                    flags | (_lib.STANCE_EXPLAIN if explain else 0), fw,
                    ctypes.addressof(evidence) + i * row_bytes,
                    ctypes.addressof(others) + i * row_bytes, byref(res), byref(err)), err)
                out.append(self._quote_result(ctx, article, data, span, q, res, explain,
                                              unknown))
        finally:
            h.release(ctx)
        return out

    def _features_of(self, ctx, res, explain, span, items=0):
        """The explain strongest Features of the context's last classification (res). Each
        is a distinct known feature, so there are at most res.n_known of them (and at most
        the model's features), plus the items of a quotation's evidence: the array is no
        larger, whatever explain asks."""
        room = min(explain, min(res.n_known, self._features) + items)
        if room == 0:
            return ()
        hits = (_lib.stance_hit_t * room)()
        got = c_size_t()
        check(lib.stance_explain(ctx, hits, room, byref(got)))
        # str indices (span); a quotation's hits are at their bytes in the article
        return tuple(
            Feature(ctypes.string_at(h.feature, h.feature_len).decode("utf-8", "replace"),
                    h.contribution, span(h.start), span(h.start + h.len), h.count)
            for h in hits[:got.value])

    def _quote_result(self, ctx, article, data, span, q, res, explain, unknown):
        features = (self._features_of(ctx, res, explain, span, _QUOTE_ITEMS) if explain
                    else ())
        result = Result(_label(self._labels, res.label, res.n_known, unknown), res.confidence,
                        tuple(res.probs[:res.n_labels]), features, self._labels, res.n_known)
        return QuoteResult(make_quote(article if isinstance(article, str) else data, span, q),
                           result)

    def classify_many(self, texts, threads=1, *, explain=0, unknown=True,
                      replace_invalid=False):
        """Classifies every statement of texts (an iterable of str or bytes) and returns a
        list of Results in the same order, each what classify() gives (known_features
        included, from the library's batch call stance_classify_many_known).

        threads: how many threads classify at once, each with its own context; the GIL is
                 released while the library works, so they run in parallel
        explain, unknown, replace_invalid: as classify() (with explain, each statement is
                 classified by itself)

        A statement the library refuses raises its Error, with index set to its position.
        """
        if isinstance(texts, (str, bytes, bytearray)):
            raise TypeError("texts must be an iterable of statements, not a single "
                            f"{type(texts).__name__}")
        texts = texts if isinstance(texts, list) else list(texts)
        threads = _count(threads, "threads")
        if threads < 1:
            raise ValueError("threads must be 1 or more")
        explain = _count(explain, "explain")
        unknown = self._unknown(unknown)
        flags = _flags(replace_invalid)
        n = len(texts)
        size = _CHUNK if threads == 1 else max(1, min(_CHUNK, -(-n // threads)))
        starts = range(0, n, size)
        work = [(texts[i:i + size], i, flags, explain, unknown) for i in starts]
        self._h.enter()  # a close() from now on waits for the whole call, not the batch
        try:
            if threads == 1 or len(work) < 2:
                parts = [self._chunk(*w) for w in work]
            else:
                with ThreadPoolExecutor(min(threads, len(work))) as pool:
                    parts = list(pool.map(lambda w: self._chunk(*w), work))
        finally:
            self._h.leave()
        if len(parts) == 1:
            return parts[0]
        out = []
        for p in parts:
            out += p
        return out

    def _chunk(self, texts, first, flags, explain, unknown):
        """Classifies texts, statements first... of the caller's, with one context."""
        h = self._h
        ctx = h.acquire(held=True)
        try:
            if not explain:
                return self._batch(ctx, texts, first, flags, unknown)
            out = []
            for i, t in enumerate(texts, first):
                data = encode(t, f"texts[{i}]")
                try:
                    out.append(self._classify_one(ctx, t, data, flags, explain, unknown))
                except Error as e:
                    raise _at(e, i) from None
            return out
        finally:
            h.release(ctx)

    def _batch(self, ctx, texts, first, flags, unknown):
        """Results of texts (statements first... of the caller's) without explanations: one
        stance_classify_many_known call for the labels, probabilities and known features."""
        data, lens = pack(texts, first)
        n = len(lens)
        labels = self._labels
        L = len(labels)
        idx = array(SIZE_T_CODE, bytes(lens.itemsize * n))
        known = array(SIZE_T_CODE, bytes(lens.itemsize * n))
        probs = array("d", bytes(8 * n * L))
        done = c_size_t()
        err = _lib.stance_error_t()
        idx_p, _ = idx.buffer_info()
        known_p, _ = known.buffer_info()
        probs_p, _ = probs.buffer_info()
        lens_p, _ = lens.buffer_info()
        st = lib.stance_classify_many_known(ctx, data, lens_p, n, flags, idx_p, probs_p,
                                            known_p, byref(done), byref(err))
        if st != 0:
            e = error_for(st, err)
            prefix = f"statement {done.value}: "  # the library's, counted in this batch
            if e.message.startswith(prefix):
                e.message = e.message[len(prefix):]
            raise _at(e, first + done.value)
        flat = probs.tolist()
        rows = list(zip(*[iter(flat)] * L))
        idx = idx.tolist()
        known = known.tolist()
        names = [UNKNOWN if unknown and k == 0 else labels[i] for i, k in zip(idx, known)]
        return list(map(_make_result, zip(names, map(operator.getitem, rows, idx), rows,
                                          repeat(()), repeat(labels), known)))

    # ---- lifetime ------------------------------------------------------------------------

    def close(self):
        """Frees the model and its contexts now (after calls running in other threads
        return). Using it afterwards raises ValueError. Closing twice is allowed."""
        self._h.close()

    @property
    def closed(self):
        return self._h.closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __reduce__(self):  # pickled as its bytes: Dask, multiprocessing, joblib
        return (Model.from_bytes, (self.to_bytes(),))

    def __repr__(self):
        if self._h.closed:
            return "<stance.Model closed>"
        info = self.info
        t = f", temperature {info['temperature']:.3f}" if info["temperature"] else ""
        return (f"<stance.Model labels={self._labels!r}, {info['features']} features, "
                f"{info['statements']} statements{t}>")
