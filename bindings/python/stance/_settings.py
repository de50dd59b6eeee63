"""Settings as keyword arguments and dicts, converted to and from stance_settings_t.

Which scalar settings exist, their kinds and the names of enum values come from the library
(stance_setting_describe); their bounds are checked by the library (stance_settings_validate),
whose message is what an InvalidArgumentError carries.
"""
import ctypes
import operator

from . import _lib
from ._errors import InvalidArgumentError, check
from ._lib import lib

_UINT_MAX = 2**(8 * ctypes.sizeof(ctypes.c_uint)) - 1


def _describe():
    table = {}
    for i in range(lib.stance_setting_count()):
        d = lib.stance_setting_describe(i).contents
        values = None
        if d.kind == _lib.STANCE_SETTING_ENUM:
            values = tuple(d.values[k].decode() for k in range(int(d.max) - int(d.min) + 1))
        table[d.name.decode()] = (d.kind, d.min, d.max, values, d.summary.decode())
    return table


#: name -> (kind, min, max, enum value names or None, summary), in the model file's order.
SCALARS = _describe()
LISTS = ("negation_words", "negation_suffixes", "scope_end_words")
#: Every setting a model stores, as stance.train() takes them.
NAMES = ("language",) + tuple(SCALARS) + LISTS


def _scalar_to_python(name, raw):
    kind, lo, _, values, _ = SCALARS[name]
    if kind == _lib.STANCE_SETTING_ENUM:
        k = int(raw) - int(lo)
        return values[k] if 0 <= k < len(values) else int(raw)
    if kind == _lib.STANCE_SETTING_REAL:
        return float(raw)
    return int(raw)


def to_dict(s):
    """A stance_settings_t (read from a model) as a dict that stance.train() accepts."""
    out = {"language": s.language.decode() if s.language else None}
    for name in SCALARS:
        out[name] = _scalar_to_python(name, getattr(s, name))
    for name in LISTS:
        n = getattr(s, "n_" + name)
        items = getattr(s, name)
        out[name] = [items[i].decode() for i in range(n)] if n else []
    return out


def defaults():
    """The library's defaults (STANCE_SETTINGS_INIT) as a dict; word lists None = built-in."""
    s = new_struct()
    d = to_dict(s)
    for name in LISTS:
        d[name] = None
    return d


def new_struct():
    return _lib.stance_settings_t(**_lib.SETTINGS_INIT)


def _scalar_from_python(name, value):
    kind, lo, hi, values, _ = SCALARS[name]
    if kind == _lib.STANCE_SETTING_ENUM:
        if isinstance(value, str):
            if value not in values:
                raise InvalidArgumentError(f"{name} {value!r}: expected one of "
                                           f"{', '.join(values)}", status=-2)
            return values.index(value) + int(lo)
        raise TypeError(f"{name} must be one of {', '.join(map(repr, values))}, "
                        f"not {type(value).__name__}")
    if kind == _lib.STANCE_SETTING_REAL:
        if isinstance(value, (int, float)) or hasattr(value, "__float__"):
            return float(value)
        raise TypeError(f"{name} must be a number, not {type(value).__name__}")
    try:
        v = operator.index(value)
    except TypeError:
        raise TypeError(f"{name} must be a whole number, not {type(value).__name__}") from None
    if not 0 <= v <= _UINT_MAX:  # what the C field cannot hold, the library cannot judge
        raise InvalidArgumentError(f"{name} {v} must be a whole number in "
                                   f"{int(lo)}..{int(hi)}", status=-2)
    return v


def _word_list(name, words, keep):
    if isinstance(words, (str, bytes)) or not hasattr(words, "__iter__"):
        raise TypeError(f"{name} must be a list of words, not {type(words).__name__}")
    encoded = []
    for w in words:
        if not isinstance(w, str):
            raise TypeError(f"{name} must hold str, not {type(w).__name__}")
        encoded.append(w.encode("utf-8", "surrogatepass"))
    # A non-NULL array even when empty: NULL means the built-in list, an empty array none.
    arr = (ctypes.c_char_p * max(1, len(encoded)))(*encoded)
    keep.append(arr)
    return ctypes.cast(arr, _lib.c_str_list), len(encoded)


def fill(s, settings, keep):
    """Sets the given settings (a dict of NAMES) on struct s and lets the library check them.
    Arrays and strings the struct points to are appended to keep (alive while it is used)."""
    for name, value in settings.items():
        if value is None:
            continue  # the default
        if name == "language":
            if not isinstance(value, str):
                raise TypeError(f"language must be str, not {type(value).__name__}")
            b = value.encode("utf-8", "surrogatepass")
            keep.append(b)
            s.language = b
        elif name in SCALARS:
            setattr(s, name, _scalar_from_python(name, value))
        elif name in LISTS:
            arr, n = _word_list(name, value, keep)
            setattr(s, name, arr)
            setattr(s, "n_" + name, n)
        else:
            raise TypeError(f"unknown setting {name!r}; the settings are {', '.join(NAMES)}")
    err = _lib.stance_error_t()
    check(lib.stance_settings_validate(ctypes.byref(s), ctypes.byref(err)), err)
    return s
