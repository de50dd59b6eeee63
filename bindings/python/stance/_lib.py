"""Finding libstance and declaring its C API for ctypes.

Nothing here knows anything about naive Bayes: these are the types and signatures of
include/stance.h, written out for ctypes (ABI level: no compiler is needed to install or use
the package). ctypes releases the GIL for the duration of every call.
"""
import ctypes
import os
from ctypes import (POINTER, Structure, c_char, c_char_p, c_double, c_int, c_size_t,
                    c_uint, c_uint32, c_uint64, c_void_p)

# The soname first (what a runtime installation has), then the development link.
_NAMES = ("libstance.so.0", "libstance.so", "libstance.dylib", "stance.dll")
_HERE = os.path.dirname(os.path.abspath(__file__))


def _candidates():
    """Where libstance may be, most specific first."""
    env = os.environ.get("STANCE_LIBRARY")
    if env:
        yield env
        return  # an explicit choice is never second-guessed
    try:  # written by `cmake --install`: the library's folder relative to this one
        from . import _install
        yield from (os.path.normpath(os.path.join(_HERE, _install.LIBDIR, n)) for n in _NAMES)
    except ImportError:
        pass
    # In the source tree: bindings/python/stance -> the README's build/lib.
    root = os.path.normpath(os.path.join(_HERE, "..", "..", ".."))
    yield from (os.path.join(root, "build", "lib", n) for n in _NAMES)
    yield from _NAMES  # the system's search path (LD_LIBRARY_PATH, ld.so.cache)


def _load():
    tried = []
    for path in _candidates():
        if os.path.sep in path and not os.path.exists(path):
            tried.append(path)
            continue
        try:
            return ctypes.CDLL(path), path
        except OSError as e:
            tried.append(f"{path} ({e})")
    raise ImportError("stance: cannot find libstance. Build it (cmake -B build && cmake --build "
                      "build) or set STANCE_LIBRARY to the path of libstance.so. Tried: "
                      + "; ".join(tried))


lib, path = _load()

# ---- types (include/stance.h) ----------------------------------------------------------------

STANCE_NO_OFFSET = 2**64 - 1
STANCE_REPLACE_INVALID = 0x1
STANCE_EXPLAIN = 0x2
STANCE_FOLD_AUTO = 2**32 - 1
STANCE_FOLD_NONE = 2**32 - 1
STANCE_SETTINGS_VERSION = 1
STANCE_LOAD_OPTS_VERSION = 1
STANCE_TRAIN_OPTS_VERSION = 1
STANCE_CV_OPTS_VERSION = 2
STANCE_CV_COUNTS_ONLY = 0x1
STANCE_CORPUS_OPTS_VERSION = 1
STANCE_MAX_LABELS = 256
STANCE_QUOTE_TERM = 0x1
STANCE_QUOTE_UNCLOSED = 0x2
STANCE_QUOTE_FRAGMENT = 0x4
STANCE_QUOTE_SPLIT = 0x8
STANCE_QUOTE_TURN = 0x20
STANCE_QUOTES_OPTS_VERSION = 1
STANCE_FRAME_WEIGHT_DEFAULT = -1.0
STANCE_SPEAKER_WEIGHT_DEFAULT = -1.0
STANCE_ARTICLE_WEIGHT_DEFAULT = -1.0
STANCE_SETTING_UINT, STANCE_SETTING_ENUM, STANCE_SETTING_REAL = 0, 1, 2
STANCE_E_BUFFER_TOO_SMALL = -4
STANCE_E_LABEL = -13
STANCE_E_EMPTY = -15

c_status = c_int
c_str_list = POINTER(c_char_p)


class stance_error_t(Structure):
    _fields_ = [("status", c_status), ("offset", c_uint64), ("line", c_uint64),
                ("msg", c_char * 200)]


class stance_settings_t(Structure):
    _fields_ = [("version", c_uint), ("language", c_char_p), ("ngram_max", c_uint),
                ("negation", c_uint), ("negation_scope", c_uint), ("weighting", c_int),
                ("max_token_bytes", c_uint), ("nb", c_int), ("priors", c_int),
                ("alpha", c_double),
                ("negation_words", c_str_list), ("n_negation_words", c_size_t),
                ("negation_suffixes", c_str_list), ("n_negation_suffixes", c_size_t),
                ("scope_end_words", c_str_list), ("n_scope_end_words", c_size_t),
                ("punctuation", c_uint)]


class stance_setting_t(Structure):
    _fields_ = [("name", c_char_p), ("summary", c_char_p), ("kind", c_int),
                ("min", c_double), ("max", c_double), ("values", c_str_list)]


class stance_load_opts_t(Structure):
    _fields_ = [("version", c_uint), ("flags", c_uint32), ("max_file_bytes", c_size_t),
                ("alloc", c_void_p)]


class stance_model_info_t(Structure):
    _fields_ = [("format_major", c_uint32), ("format_minor", c_uint32),
                ("tokenizer_rev", c_uint32), ("unicode_version", c_char_p),
                ("library_version", c_char_p), ("statements", c_uint64),
                ("min_count", c_uint64), ("features", c_size_t), ("temperature", c_double),
                ("warnings", c_uint32)]


class stance_result_t(Structure):
    _fields_ = [("label", c_size_t), ("confidence", c_double), ("n_labels", c_size_t),
                ("probs", POINTER(c_double)), ("scores", POINTER(c_double)),
                ("n_tokens", c_size_t), ("n_known", c_size_t), ("n_skipped", c_size_t)]


class stance_hit_t(Structure):
    _fields_ = [("feature", c_char_p), ("feature_len", c_size_t), ("contribution", c_double),
                ("start", c_size_t), ("len", c_size_t), ("count", c_uint32)]


class stance_train_opts_t(Structure):
    _fields_ = [("version", c_uint), ("settings", stance_settings_t), ("labels", c_str_list),
                ("n_labels", c_size_t), ("min_count", c_uint64), ("alloc", c_void_p)]


class stance_cv_opts_t(Structure):
    _fields_ = [("version", c_uint), ("train", stance_train_opts_t), ("folds", c_uint32),
                ("seed", c_uint64), ("base", c_void_p), ("flags", c_uint32)]


class stance_corpus_opts_t(Structure):
    _fields_ = [("version", c_uint), ("format", c_int), ("flags", c_uint32),
                ("max_statement_bytes", c_size_t), ("alloc", c_void_p)]


class stance_record_t(Structure):
    _fields_ = [("label", POINTER(c_char)), ("label_len", c_size_t),
                ("text", POINTER(c_char)), ("text_len", c_size_t), ("file", c_char_p),
                ("line", c_uint64), ("offset", c_uint64), ("invalid_at", c_uint64)]


class stance_span_t(Structure):
    _fields_ = [("start", c_size_t), ("len", c_size_t)]


class stance_quotation_t(Structure):
    _fields_ = [("text", stance_span_t), ("more", stance_span_t), ("speaker", stance_span_t),
                ("mention", stance_span_t), ("verb", stance_span_t), ("frame", stance_span_t),
                ("mention_kind", c_int), ("speaker_kind", c_int), ("flags", c_uint32)]


class stance_quotes_opts_t(Structure):
    _fields_ = [("version", c_uint), ("flags", c_uint32), ("language", c_char_p)]


class stance_feature_rank_t(Structure):
    _fields_ = [("feature", c_size_t), ("weight", c_double)]


# STANCE_SETTINGS_INIT, field by field (tests/test_api.py checks it against the header).
SETTINGS_INIT = dict(version=STANCE_SETTINGS_VERSION, language=None, ngram_max=2, negation=1,
                     negation_scope=3, weighting=0, max_token_bytes=100, nb=0, priors=0,
                     alpha=0.5, negation_words=None, n_negation_words=0,
                     negation_suffixes=None, n_negation_suffixes=0, scope_end_words=None,
                     n_scope_end_words=0, punctuation=1)

# ---- functions -------------------------------------------------------------------------------

_P = c_void_p
_ERR = POINTER(stance_error_t)
_SIGNATURES = {
    "stance_version": (c_uint, []),
    "stance_version_string": (c_char_p, []),
    "stance_strerror": (c_char_p, [c_status]),
    "stance_settings_validate": (c_status, [POINTER(stance_settings_t), _ERR]),
    "stance_setting_count": (c_size_t, []),
    "stance_language": (c_char_p, [c_size_t]),
    "stance_setting_describe": (POINTER(stance_setting_t), [c_size_t]),
    "stance_model_load_mem": (c_status, [POINTER(_P), c_void_p, c_size_t,
                                         POINTER(stance_load_opts_t), _ERR]),
    "stance_model_load_file": (c_status, [POINTER(_P), c_char_p, POINTER(stance_load_opts_t),
                                          _ERR]),
    "stance_model_default": (c_status, [POINTER(_P), c_void_p, _ERR]),
    "stance_model_free": (None, [_P]),
    "stance_model_label_count": (c_size_t, [_P]),
    "stance_model_label": (c_char_p, [_P, c_size_t]),
    "stance_model_label_index": (c_status, [_P, c_char_p, c_size_t, POINTER(c_size_t)]),
    "stance_model_settings": (None, [_P, POINTER(stance_settings_t)]),
    "stance_model_info": (None, [_P, POINTER(stance_model_info_t)]),
    "stance_model_label_statements": (c_uint64, [_P, c_size_t]),
    "stance_model_feature_count": (c_size_t, [_P]),
    "stance_model_feature": (c_char_p, [_P, c_size_t, POINTER(c_size_t)]),
    "stance_model_feature_label_count": (c_uint64, [_P, c_size_t, c_size_t]),
    "stance_model_feature_weight": (c_double, [_P, c_size_t, c_size_t]),
    "stance_model_serialize": (c_status, [_P, c_void_p, c_size_t, POINTER(c_size_t), _ERR]),
    "stance_model_save": (c_status, [_P, c_char_p, _ERR]),
    "stance_model_merge": (c_status, [POINTER(_P), POINTER(_P), c_size_t, c_void_p, _ERR]),
    "stance_model_prune": (c_status, [POINTER(_P), _P, c_uint64, c_void_p, _ERR]),
    "stance_model_with_temperature": (c_status, [POINTER(_P), _P, c_double, _ERR]),
    "stance_model_with_label_bias": (c_status, [POINTER(_P), _P, POINTER(c_double), c_size_t,
                                                _ERR]),
    "stance_model_label_bias": (c_double, [_P, c_size_t]),
    "stance_model_top_features": (c_status, [_P, c_size_t, c_uint64,
                                             POINTER(stance_feature_rank_t), c_size_t,
                                             POINTER(c_size_t), _ERR]),
    "stance_ctx_new": (c_status, [POINTER(_P), _P, c_void_p, _ERR]),
    "stance_ctx_free": (None, [_P]),
    "stance_classify": (c_status, [_P, c_void_p, c_size_t, c_uint32, POINTER(stance_result_t),
                                   _ERR]),
    "stance_classify_many": (c_status, [_P, c_void_p, c_void_p, c_size_t, c_uint32, c_void_p,
                                        c_void_p, POINTER(c_size_t), _ERR]),
    "stance_classify_many_known": (c_status, [_P, c_void_p, c_void_p, c_size_t, c_uint32,
                                              c_void_p, c_void_p, c_void_p, POINTER(c_size_t),
                                              _ERR]),
    "stance_explain": (c_status, [_P, POINTER(stance_hit_t), c_size_t, POINTER(c_size_t)]),
    "stance_trainer_new": (c_status, [POINTER(_P), POINTER(stance_train_opts_t), _ERR]),
    "stance_trainer_new_from_model": (c_status, [POINTER(_P), _P, c_void_p, _ERR]),
    "stance_trainer_free": (None, [_P]),
    "stance_trainer_featureless": (c_uint64, [_P]),
    "stance_trainer_statements": (c_uint64, [_P]),
    "stance_trainer_add": (c_status, [_P, c_void_p, c_size_t, c_void_p, c_size_t, c_uint32,
                                      _ERR]),
    "stance_trainer_build": (c_status, [POINTER(_P), _P, _ERR]),
    "stance_cv_new": (c_status, [POINTER(_P), POINTER(stance_cv_opts_t), _ERR]),
    "stance_cv_free": (None, [_P]),
    "stance_cv_add": (c_status, [_P, c_void_p, c_size_t, c_void_p, c_size_t, c_uint32,
                                 c_uint64, c_uint32, _ERR]),
    "stance_cv_statements": (c_uint64, [_P]),
    "stance_cv_featureless": (c_uint64, [_P]),
    "stance_cv_run": (c_status, [_P, _ERR]),
    "stance_cv_temperature": (c_status, [_P, c_uint32, POINTER(c_double), _ERR]),
    "stance_cv_calibration": (c_status, [_P, c_uint32, POINTER(c_double), _ERR]),
    "stance_cv_build": (c_status, [_P, c_double, POINTER(_P), _ERR]),
    "stance_corpus_open": (c_status, [POINTER(_P), c_char_p, POINTER(stance_corpus_opts_t),
                                      _ERR]),
    "stance_corpus_next": (c_status, [_P, POINTER(stance_record_t), POINTER(c_int), _ERR]),
    "stance_corpus_close": (None, [_P]),
    "stance_text_markup": (c_int, [c_void_p, c_size_t, POINTER(stance_span_t)]),
    "stance_quotes_attribute": (c_status, [c_void_p, c_size_t, POINTER(stance_quotes_opts_t),
                                           POINTER(stance_quotation_t), c_size_t,
                                           POINTER(c_size_t), _ERR]),
    "stance_quotations_speaker_evidence": (c_status, [_P, c_void_p, c_size_t,
                                                      POINTER(stance_quotation_t), c_size_t,
                                                      c_uint32, c_double, c_double, c_void_p,
                                                      _ERR]),
    "stance_classify_quotation_with": (c_status, [_P, c_void_p, c_size_t,
                                                  POINTER(stance_quotation_t), c_uint32,
                                                  c_double, c_void_p, POINTER(stance_result_t),
                                                  _ERR]),
    "stance_quotations_evidence": (c_status, [_P, c_void_p, c_size_t, POINTER(stance_quotation_t),
                                              c_size_t, c_uint32, c_double, c_double, c_double,
                                              c_void_p, c_void_p, _ERR]),
    "stance_classify_quotation_in": (c_status, [_P, c_void_p, c_size_t,
                                                POINTER(stance_quotation_t), c_uint32, c_double,
                                                c_void_p, c_void_p, POINTER(stance_result_t),
                                                _ERR]),
}


def _declare():
    missing = []
    for name, (restype, argtypes) in _SIGNATURES.items():
        try:
            f = getattr(lib, name)
        except AttributeError:
            missing.append(name)
            continue
        f.restype = restype
        f.argtypes = argtypes
    if missing:
        raise ImportError(f"stance: {path} (libstance {lib.stance_version_string().decode()}) "
                          f"lacks {', '.join(missing)}: it is older than this package")


_declare()

# size_t as an array.array type code, for zero-copy length and index arrays.
import array as _array  # noqa: E402

SIZE_T_CODE = next(c for c in "LQI" if _array.array(c).itemsize == ctypes.sizeof(c_size_t))
del _array
