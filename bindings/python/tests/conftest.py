"""Shared fixtures: the built-in model, the stance tool and the data the tests compare on.

ctest sets STANCE_LIBRARY, STANCE_TOOL and STANCE_SOURCE_DIR; run by hand from the source tree
(PYTHONPATH=bindings/python python3 -m pytest bindings/python/tests) the package finds
build/lib/libstance.so and the tool is looked for in build/.
"""
import os
import subprocess

import pytest

import stance

SOURCE = os.environ.get("STANCE_SOURCE_DIR") or os.path.normpath(
    os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BENCHMARKS = os.path.normpath(os.path.join(SOURCE, "..", "shared", "data", "benchmarks"))


@pytest.fixture
def model():
    with stance.Model.default() as m:
        yield m


@pytest.fixture(scope="session")
def tool():
    path = os.environ.get("STANCE_TOOL") or os.path.join(SOURCE, "build", "examples", "stance",
                                                         "stance")
    if not os.path.exists(path):
        pytest.skip("the stance tool is not built")

    def run(*args, **kw):
        return subprocess.run([path, *args], check=True, stdout=subprocess.PIPE, **kw).stdout
    return run


@pytest.fixture(scope="session")
def source():
    return SOURCE


def benchmark(name):
    """(texts, labels, folds) of a benchmark corpus, or a skip when the data is absent."""
    d = os.path.join(BENCHMARKS, name)
    if not os.path.exists(os.path.join(d, "data.tsv")):
        pytest.skip(f"no benchmark data at {d}")
    labels, texts = [], []
    with open(os.path.join(d, "data.tsv"), encoding="utf-8") as f:
        for line in f:
            label, text = line.rstrip("\n").split("\t", 1)
            labels.append(label)
            texts.append(text)
    with open(os.path.join(d, "folds.txt")) as f:
        folds = [int(x) for x in f]
    return texts, labels, folds, os.path.join(d, "data.tsv"), os.path.join(d, "folds.txt")
