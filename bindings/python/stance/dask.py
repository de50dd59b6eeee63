"""Training and classification on a Dask cluster: no scheduler or transport of our own.

    import dask.bag as db
    from distributed import Client
    import stance, stance.dask

    client = Client("scheduler:8786")       # or Client(LocalCluster(n_workers=2))
    bag = db.from_sequence(pairs, npartitions=8)     # (label, text) pairs
    model = stance.dask.train(bag)                   # one partial model per partition, merged
    labels = stance.dask.classify(texts_bag, model).pluck(0).compute()

Training a partition is stance.train(..., calibrate=False) on a worker; partial models travel
as model bytes and are added up with stance.merge in a tree (merging is exact: counts are
summed), so the result has the same bytes as stance.train(all statements, calibrate=False)
in one process. Calibration needs every statement's out-of-fold scores, which partial models
do not carry: the model is uncalibrated, as `stance merge` leaves models.

Classification sends the model's bytes to each worker once (scattered to all workers when a
distributed Client is running; one task of the graph otherwise), loads the model once per
worker process, and classifies each partition there with Model.classify_many. Each worker
process keeps the models it loaded while their bytes add up to at most MODEL_CACHE_BYTES
(closing the least recently used first, never one a partition is using), so several models
classified at once are each loaded once.

A statement the library refuses raises its stance.Error with index (and the message's
statements[i] or texts[i]) its position in the whole bag; when several partitions have one,
the first in the bag's order is raised, after the partitions before it have run.
"""
import collections
import contextlib
import functools
import hashlib
import threading

from collections import namedtuple

import dask
import dask.bag
from dask.base import tokenize
from dask.highlevelgraph import HighLevelGraph

from . import _train
from ._errors import Error, ItemTypeError
from ._model import Model


# ---- errors: where in the bag ----------------------------------------------------------------
#
# A partition knows only its own statements, so a library error says where in the partition
# (Error.index). A partition that fails returns a _Failed instead of raising, and the steps that
# put the partitions together in order (the merge tree of train, the chain of offsets of
# classify) add the lengths of the partitions before it, then raise the error with its
# position in the whole bag. The first bad statement in the bag's order is the one reported,
# whatever the order the partitions ran in.

class _Part(namedtuple("_Part", "count data")):
    """What partitions in a row gave: how many statements, and their model's bytes (None when
    there were none)."""
    __slots__ = ()


class _Failed(namedtuple("_Failed", "index error")):
    """The first statement partitions in a row could not take: its index from the first of
    them, and the library's Error (whose own index is within its partition)."""
    __slots__ = ()


def _failed_at(error, index, what):
    """error, said of what[index] in the whole bag (it said what[error.index])."""
    local = f"{what}[{error.index}]"
    text = error.message if isinstance(error, Error) else str(error)
    rest = text[len(local):] if text.startswith(local) else f": {text}"
    if not isinstance(error, Error):  # a malformed item (ItemTypeError)
        return type(error)(f"{what}[{index}]{rest}", index)
    return type(error)(f"{what}[{index}]{rest}", error.status, error.line, error.offset, index)


def _train_partition(statements, settings):
    """A partition's _Part, or _Failed."""
    statements = list(statements)
    if not statements:
        return _Part(0, None)
    try:
        model = _train.train(statements, calibrate=False, **settings)
    except (Error, ItemTypeError) as e:
        if e.index is None:
            raise
        return _Failed(e.index, e)
    with model:
        return _Part(len(statements), model.to_bytes())


def _merge_parts(parts):
    """The _Part of partitions in a row (the sum of their models), or the first _Failed, its
    index counted from the first of them."""
    parts = list(parts)  # dask may give an iterator
    count = 0
    for part in parts:
        if isinstance(part, _Failed):
            return _Failed(count + part.index, part.error)
        count += part.count
    data = [part.data for part in parts if part.data is not None]
    if len(data) <= 1:
        return _Part(count, data[0] if data else None)
    models = [Model.from_bytes(d) for d in data]
    try:
        with _train.merge(models) as merged:
            return _Part(count, merged.to_bytes())
    finally:
        for m in models:
            m.close()


def _model_bytes(total):
    """The merged model's bytes (None for no statements), or the first error, at its position
    in the bag."""
    if isinstance(total, _Failed):
        raise _failed_at(total.error, total.index, "statements")
    return total.data


def train(bag, *, min_count=0, split_every=8, compute=True, **settings):
    """Trains on a Dask bag of (label, text) pairs: one model per partition on the workers,
    merged in a tree of fan-in split_every. Returns a stance.Model (uncalibrated; pruned to
    min_count after the merge), or with compute=False a dask Item of its bytes.

    The settings are stance.train()'s (language, ngram_max, alpha, ...), checked on the client
    before anything is sent.
    """
    if not isinstance(bag, dask.bag.Bag):
        raise TypeError(f"bag must be a dask.bag.Bag, not {type(bag).__name__}")
    if "calibrate" in settings:
        raise TypeError("stance.dask.train makes uncalibrated models (merging drops "
                        "calibration); calibrate a model with stance.train in one process")
    _train.check_settings(settings)  # fail here, not on every worker
    total = bag.reduction(functools.partial(_train_partition, settings=settings),
                          _merge_parts, split_every=split_every).apply(_model_bytes)
    if min_count:
        total = total.apply(functools.partial(_prune_bytes, min_count=min_count))
    if not compute:
        return total
    data = total.compute()
    if data is None:
        raise _train.EmptyError("no statements to train on")
    return Model.from_bytes(data)


def _prune_bytes(data, min_count):
    if data is None:
        return None
    with Model.from_bytes(data) as m, m.prune(min_count) as p:
        return p.to_bytes()


# ---- classification --------------------------------------------------------------------------

# The cache of models in each worker process, by the SHA-256 of their bytes: a model is loaded
# once per process whatever the number of partitions (and of calls) using it. A model a
# partition is classifying with is never closed; of the others, the least recently used are
# closed while the cached models' bytes add up to more than MODEL_CACHE_BYTES, but never the
# most recently used. So any number of models that fit are loaded once each, used in any
# order; a model larger than the cache is loaded once for partitions that use it in a row;
# models used in turn that do not fit are loaded again as they come back.

#: Bytes (as model files) of the models a worker process keeps loaded when no partition is
#: using them: 64 MiB, 13 models the size of the built-in one (a loaded model takes about 2.5
#: times its file's bytes of memory). Set it in the workers (client.run) to change it there.
MODEL_CACHE_BYTES = 64 * 2**20


class _Cached:
    """A loaded model, the size of its bytes, and how many partitions are using it."""
    __slots__ = ("model", "size", "users")

    def __init__(self, model, size):
        self.model = model
        self.size = size
        self.users = 0


_models = collections.OrderedDict()  # key -> _Cached, least recently used first
_models_lock = threading.Lock()
loads = 0  # how many models this process has loaded from bytes (tests read it on workers)


def _close_idle():
    """Closes the least recently used models no partition is using while the cache is over
    MODEL_CACHE_BYTES (called with _models_lock held). The most recently used stays, even
    when it alone is over: the next partition most likely uses it again, and a model larger
    than the cache would otherwise be loaded anew for every partition."""
    total = sum(entry.size for entry in _models.values())
    idle = [key for key, entry in _models.items() if entry.users == 0]
    if idle and idle[-1] == next(reversed(_models)):
        idle.pop()
    for key in idle:
        if total <= MODEL_CACHE_BYTES:
            break
        entry = _models.pop(key)
        total -= entry.size
        entry.model.close()


@contextlib.contextmanager
def _model_in_use(data, key):
    """The model of data (key its SHA-256), loaded at its first use in this process and kept
    open until the block ends, whatever other partitions load meanwhile."""
    global loads
    with _models_lock:
        entry = _models.get(key)
        if entry is None:
            entry = _Cached(Model.from_bytes(data), len(data))
            loads += 1
            _models[key] = entry
        else:
            _models.move_to_end(key)
        entry.users += 1
        _close_idle()
    try:
        yield entry.model
    finally:
        with _models_lock:
            entry.users -= 1
            _close_idle()


class _Partition(list):
    """A partition's results. Distributed serializes a plain list item by item (tens of
    microseconds each); a list of its own type is pickled whole, like any object."""
    __slots__ = ()


def _classify_partition(texts, data, key, options):
    """A partition's Results, or _Failed."""
    with _model_in_use(data, key) as model:
        try:
            return _Partition(model.classify_many(list(texts), **options))
        except (Error, ItemTypeError) as e:
            if e.index is None:
                raise
            return _Failed(e.index, e)


def _offset_after(offset, results):
    """The position in the bag of the partition after one at offset with these results; the
    first _Failed so far, at its position in the bag, once a partition has failed."""
    if isinstance(offset, _Failed):
        return offset
    if isinstance(results, _Failed):
        return _Failed(offset + results.index, results.error)
    return offset + len(results)


def _checked(results, offset):
    """A partition's Results, or the first error of the bag up to it, at its position."""
    if isinstance(offset, _Failed):
        raise _failed_at(offset.error, offset.index, "texts")
    if isinstance(results, _Failed):
        raise _failed_at(results.error, offset + results.index, "texts")
    return results


def _in_bag_order(results):
    """The bag of results with each partition's error raised at its position in the bag: a
    chain of offsets (the lengths of the partitions before) beside the partitions."""
    name = "stance-classify-checked-" + tokenize(results.name)
    offsets = "stance-classify-offset-" + tokenize(results.name)
    layer = {(offsets, 0): 0}
    for n in range(1, results.npartitions):
        layer[(offsets, n)] = (_offset_after, (offsets, n - 1), (results.name, n - 1))
    for n in range(results.npartitions):
        layer[(name, n)] = (_checked, (results.name, n), (offsets, n))
    graph = HighLevelGraph.from_collections(name, layer, dependencies=[results])
    return dask.bag.Bag(graph, name, results.npartitions)


def _client():
    try:
        from distributed import get_client
        return get_client()
    except (ImportError, ValueError):
        return None


def classify(bag, model, *, explain=0, unknown=True, replace_invalid=False):
    """Classifies a Dask bag of texts with model (a stance.Model or its bytes) and returns a
    bag of stance.Results in the same order (Result is a tuple: .pluck(0) gives the labels).
    explain, unknown and replace_invalid are Model.classify_many's (a text with no known
    word is labelled "unknown" unless unknown=False). The model's bytes go to each worker
    once; each worker process loads them once."""
    if not isinstance(bag, dask.bag.Bag):
        raise TypeError(f"bag must be a dask.bag.Bag, not {type(bag).__name__}")
    if isinstance(model, Model):
        data = model.to_bytes()
    elif isinstance(model, (bytes, bytearray, memoryview)):
        data = bytes(model)
        Model.from_bytes(data).close()  # refuse bad bytes here, not on every worker
    else:
        raise TypeError(f"model must be a stance.Model or its bytes, not {type(model).__name__}")
    key = hashlib.sha256(data).hexdigest()
    client = _client()
    if client is not None:
        shipped = client.scatter(data, broadcast=True, hash=False)
    else:
        shipped = dask.delayed(data, name=f"stance-model-{key}", pure=True)
    options = {"explain": explain, "unknown": unknown, "replace_invalid": replace_invalid}
    return _in_bag_order(bag.map_partitions(_classify_partition, shipped, key, options))
