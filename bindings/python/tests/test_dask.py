"""stance.dask on a LocalCluster of 2 worker processes: the merged model has the bytes of one
process's, the labels are those of classify_many here, and the model is loaded once per
worker."""
import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

import stance  # noqa: E402
import stance.dask  # noqa: E402

from conftest import benchmark  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def test_train_and_classify(client):
    texts, labels, _, _, _ = benchmark("CR")
    pairs = list(zip(labels, texts))
    bag = db.from_sequence(pairs, npartitions=8)
    assert bag.npartitions == 8
    merged = stance.dask.train(bag)
    local = stance.train(pairs, calibrate=False)
    assert merged.to_bytes() == local.to_bytes()
    # other settings and a prune after the merge
    merged = stance.dask.train(bag, ngram_max=1, alpha=1.0, min_count=2, split_every=2)
    assert merged.to_bytes() == stance.train(pairs, calibrate=False, ngram_max=1, alpha=1.0,
                                             min_count=2).to_bytes()

    results = stance.dask.classify(db.from_sequence(texts, npartitions=8), local).compute()
    here = local.classify_many(texts)
    assert [r.label for r in results] == [r.label for r in here]
    assert [r.probabilities for r in results] == [r.probabilities for r in here]
    assert results == here
    # a text with no known word is "unknown" unless asked otherwise, as in classify_many
    odd = db.from_sequence(["xyzzy qwfp", texts[0]], npartitions=2)
    assert [r.label for r in stance.dask.classify(odd, local).compute()] == [
        r.label for r in local.classify_many(["xyzzy qwfp", texts[0]])]
    assert stance.dask.classify(odd, local).compute()[0].label == "unknown"
    assert stance.dask.classify(odd, local, unknown=False).compute()[0].label in local.labels
    # the bytes went to each worker once, and each worker loaded them once, for all 8
    # partitions and for a second call
    stance.dask.classify(db.from_sequence(texts[:50], npartitions=4), local).compute()
    assert list(client.run(lambda: __import__("stance.dask").dask.loads).values()) == [1, 1]


def test_errors(client):
    bag = db.from_sequence([("a", "x"), ("b", b"bad \xff")], npartitions=2)
    with pytest.raises(stance.BadUTF8Error):
        stance.dask.train(bag)
    with pytest.raises(stance.InvalidArgumentError):  # refused before any task runs
        stance.dask.train(bag, alpha=-1)
    with pytest.raises(TypeError):
        stance.dask.train(bag, calibrate=True)
    with pytest.raises(TypeError):
        stance.dask.train([("a", "x")])
    with pytest.raises(stance.EmptyError):
        stance.dask.train(db.from_sequence([], npartitions=1))
    with pytest.raises(stance.ModelFormatError):
        stance.dask.classify(db.from_sequence(["x"]), b"not a model")


def test_errors_say_where_in_the_bag(client):
    """An error's index is the statement's position in the whole bag, not in its partition;
    when several partitions fail, the first bad statement in the bag's order is reported."""
    pairs = [("a", "x"), ("b", "y")] * 8
    bad = list(pairs)
    bad[10] = ("b", b"bad \xff")
    with pytest.raises(stance.BadUTF8Error) as e:
        stance.dask.train(db.from_sequence(bad, npartitions=4))
    assert e.value.index == 10 and e.value.offset == 4
    assert e.value.message == "statements[10]: invalid UTF-8 at byte 4"
    with pytest.raises(stance.BadUTF8Error) as e:  # computed by the caller
        stance.dask.train(db.from_sequence(bad, npartitions=4), compute=False).compute()
    assert e.value.index == 10
    worse = list(bad)
    worse[13] = ("", "empty label")
    worse[6] = ("a", b"\xfe")
    for split_every in (2, 8):
        with pytest.raises(stance.BadUTF8Error) as e:
            stance.dask.train(db.from_sequence(worse, npartitions=8), split_every=split_every)
        assert e.value.index == 6 and e.value.message.startswith("statements[6]: ")

    model = stance.train(pairs, calibrate=False)
    texts = ["x", "y"] * 8
    texts[10] = b"bad \xff"
    with pytest.raises(stance.BadUTF8Error) as e:
        stance.dask.classify(db.from_sequence(texts, npartitions=4), model).compute()
    assert e.value.index == 10 and e.value.message == "texts[10]: invalid UTF-8 at byte 4"
    texts[13] = b"\xfe"
    texts[6] = b"\xfe"
    with pytest.raises(stance.BadUTF8Error) as e:
        stance.dask.classify(db.from_sequence(texts, npartitions=8), model).compute()
    assert e.value.index == 6
    # a malformed item is named at its position in the bag too (a blind review found the
    # partition's position), as classify_many and stance.train name it
    items = ["x", "y"] * 8
    items[7] = None
    with pytest.raises(TypeError, match=r"^texts\[7\] must be str or bytes") as e:
        stance.dask.classify(db.from_sequence(items, npartitions=3), model).compute()
    assert e.value.index == 7
    odd = list(pairs)
    odd[7] = ("a",)
    with pytest.raises(TypeError, match=r"^statements\[7\] must be a \(label, text\) pair"):
        stance.dask.train(db.from_sequence(odd, npartitions=3))
    # the results of a bag without errors are unchanged, in order
    texts = [f"x {i}" if i % 3 else "y" for i in range(50)]
    got = stance.dask.classify(db.from_sequence(texts, npartitions=7), model).compute()
    assert got == model.classify_many(texts)


# ---- the worker's model cache (in this process: no cluster needed) -----------------------------

def tiny_models(n, alpha):
    """n different small models' (bytes, key), as classify ships them."""
    import hashlib
    out = []
    for k in range(n):
        with stance.train([("a", "x"), ("b", "y")], calibrate=False,
                          alpha=alpha * (k + 1)) as m:
            data = m.to_bytes()
        out.append((data, hashlib.sha256(data).hexdigest()))
    return out


def test_a_model_in_use_stays_open(monkeypatch):
    """Partitions loading other models while one is classifying with its model (other threads
    of the worker) must not close it, however small the cache."""
    monkeypatch.setattr(stance.dask, "MODEL_CACHE_BYTES", 0, raising=False)
    models = tiny_models(6, alpha=0.011)

    def texts():  # runs while the first partition holds its model
        for data, key in models[1:]:
            assert stance.dask._classify_partition(["y"], data, key, {})[0].label == "b"
        yield "x"

    (r,) = stance.dask._classify_partition(texts(), *models[0], {})
    assert r.label == "a"


def test_models_used_in_turn_load_once():
    """More models than the old cache's four, used in turn, are each loaded once."""
    models = tiny_models(6, alpha=0.013)
    before = stance.dask.loads
    for _ in range(20):
        for data, key in models:
            assert len(stance.dask._classify_partition(["x"], data, key, {})) == 1
    assert stance.dask.loads - before == len(models)


def test_a_model_over_the_cap_is_kept_while_it_is_used_in_turn(monkeypatch):
    """A model larger than the cache alone is loaded once for partitions that use it one after
    another (it was closed between two partitions and loaded again for each); a second model
    then takes its place."""
    a, b = tiny_models(2, alpha=0.019)
    monkeypatch.setattr(stance.dask, "MODEL_CACHE_BYTES", len(a[0]) // 2, raising=False)
    before = stance.dask.loads
    for _ in range(5):
        stance.dask._classify_partition(["x"], *a, {})
    assert stance.dask.loads - before == 1
    for _ in range(5):
        stance.dask._classify_partition(["x"], *b, {})
    assert stance.dask.loads - before == 2


def test_the_least_recently_used_idle_model_goes(monkeypatch):
    a, b, c = tiny_models(3, alpha=0.017)
    monkeypatch.setattr(stance.dask, "MODEL_CACHE_BYTES", 2 * len(a[0]) + len(a[0]) // 2,
                        raising=False)
    before = stance.dask.loads
    for data, key in (a, b, a, c, a, b):  # c pushes out b (a was used since), b comes back
        stance.dask._classify_partition(["x"], data, key, {})
    assert stance.dask.loads - before == 4
