"""Threads: classify_many gives the same results on any number of threads; many Python threads
may share one model; the GIL is released while the library classifies."""
import ctypes
import threading
import time

import pytest

import stance
from stance import _lib


TEXTS = ["We condemn this provocation and will respond.", "Our door remains open to talks.",
         "Мы приветствуем диалог.", "", "They will regret it!",
         "We hope for peace soon."]


def corpus(n):
    return [f"{TEXTS[i % len(TEXTS)]} {i}" for i in range(n)]


def test_threads_give_the_same_results(model):
    texts = corpus(20000)
    one = model.classify_many(texts)
    for threads in (2, 3, 8):
        assert model.classify_many(texts, threads=threads) == one
    assert model.classify_many(texts[:5], threads=4) == one[:5]


def test_one_model_many_python_threads(model):
    texts = corpus(3000)
    want = model.classify_many(texts)
    got = [None] * 8
    errors = []

    def work(k):
        try:
            got[k] = model.classify_many(texts) if k % 2 else [
                model.classify(t) for t in texts]
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(g == want for g in got)
    assert len(model._h.idle) <= 8  # a context per concurrent call, pooled


def test_library_calls_release_the_gil():
    assert type(_lib.lib) is ctypes.CDLL  # not PyDLL: every call releases the GIL
    assert not _lib.lib._func_flags_ & ctypes._FUNCFLAG_PYTHONAPI


def test_python_runs_while_the_library_classifies(model, monkeypatch):
    # One library call of half a second or more: all the statements in one batch.
    monkeypatch.setattr(stance._model, "_CHUNK", 10**9)
    long_text = " ".join(TEXTS) * 200
    texts = [long_text] * 300
    t0 = time.perf_counter()
    model.classify_many(texts[:30])
    per_call = (time.perf_counter() - t0) * 10
    if per_call < 0.5:
        texts *= int(0.5 / per_call) + 1
    done = threading.Event()
    took = []

    def background():
        t = time.perf_counter()
        model.classify_many(texts)
        took.append(time.perf_counter() - t)
        done.set()

    worker = threading.Thread(target=background)
    worker.start()
    longest, last, ticks = 0.0, time.perf_counter(), 0
    while not done.is_set():
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
        ticks += 1
    worker.join()
    # Had the call held the GIL, this loop would have stopped for all of it.
    assert took[0] > 0.3
    assert longest < took[0] / 3, (longest, took[0])
    assert ticks > 1000


def test_close_while_another_thread_classifies():
    m = stance.Model.default()
    texts = corpus(40000)
    want = m.classify_many(texts[:10])
    out = []
    t = threading.Thread(target=lambda: out.append(m.classify_many(texts, threads=2)))
    t.start()
    time.sleep(0.01)
    m.close()  # the running call finishes; the model is freed after it
    t.join()
    assert out[0][:10] == want and len(out[0]) == len(texts)
    assert m._h.ptr is None and m._h.busy == 0
    with pytest.raises(ValueError):
        m.classify("x")
