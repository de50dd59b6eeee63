"""stance.sklearn.StanceClassifier: a scikit-learn estimator that works with the model
selection tools and, with the benchmark's folds, gives `stance eval --folds`'s predictions."""
import inspect
import json
import pickle

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("sklearn")

from sklearn.base import clone  # noqa: E402
from sklearn.metrics import confusion_matrix  # noqa: E402
from sklearn.model_selection import (GridSearchCV, PredefinedSplit,  # noqa: E402
                                     cross_val_predict, cross_val_score)
from sklearn.pipeline import Pipeline  # noqa: E402
from sklearn.preprocessing import FunctionTransformer  # noqa: E402

import stance  # noqa: E402
from stance.sklearn import StanceClassifier  # noqa: E402

from conftest import benchmark  # noqa: E402

X = ["We condemn this provocation.", "Our door remains open.", "They will regret this.",
     "We welcome the talks.", "This is unacceptable.", "We hope for peace.",
     "We reject their demands.", "Let us work together."] * 4
Y = ["hostile", "conciliatory"] * 16


def test_defaults_are_the_librarys():
    params = {k: v.default for k, v in
              inspect.signature(StanceClassifier.__init__).parameters.items() if k != "self"}
    for name, value in stance.DEFAULT_SETTINGS.items():
        if name in params:
            assert params[name] == (value if value is not None else "english"), name
    assert set(StanceClassifier._SETTINGS) <= set(stance.SETTINGS)


def test_fit_predict_proba_score():
    clf = StanceClassifier(calibrate=False).fit(X, Y)
    assert list(clf.classes_) == ["conciliatory", "hostile"]
    assert list(clf.predict(X[:4])) == Y[:4]
    proba = clf.predict_proba(X[:4])
    assert proba.shape == (4, 2) and np.allclose(proba.sum(axis=1), 1)
    assert list(clf.classes_[proba.argmax(axis=1)]) == Y[:4]
    assert clf.score(X, Y) == 1.0
    assert isinstance(clf.model_, stance.Model)
    assert clf.predict_proba([]).shape == (0, 2)
    again = pickle.loads(pickle.dumps(clf))
    assert (again.predict_proba(X) == clf.predict_proba(X)).all()


def test_a_dataframe_of_one_column_is_its_texts():
    """list() of a DataFrame is its column names: the adapter reads the column instead."""
    pd = pytest.importorskip("pandas")
    clf = StanceClassifier(calibrate=False).fit(pd.DataFrame({"text": X}), Y)
    df = pd.DataFrame({"text": X[:4]})
    assert list(clf.predict(df)) == Y[:4]
    assert clf.predict_proba(df).shape == (4, 2)
    with pytest.raises(ValueError):
        clf.predict(pd.DataFrame({"a": X[:2], "b": X[:2]}))


def test_predict_gives_a_class_for_unknown_words():
    """A text with no known word is predicted by the priors: "unknown" is no class."""
    clf = StanceClassifier(calibrate=False).fit(X, Y)
    assert list(clf.predict(["xyzzy qwfp", ""])) == [clf.predict(["xyzzy"])[0]] * 2
    assert clf.predict(["xyzzy"])[0] in clf.classes_


@pytest.mark.parametrize("odd", ["", "a" * 65, "line\nbreak", "neg\tlabel", "\udcff"])
def test_classes_the_library_cannot_take_as_labels(odd):
    """Any string is a class for scikit-learn; the library's labels are 1..64 bytes of UTF-8
    without control characters. Classes it refuses are named by position in the model, and
    predictions still give the classes themselves."""
    y = [odd if v == "hostile" else "h" for v in Y]
    clf = StanceClassifier(calibrate=False).fit(X, y)
    assert list(clf.classes_) == sorted({odd, "h"})
    assert clf.model_.labels == ("0", "1")
    assert list(clf.predict(X[:4])) == y[:4]
    assert list(clf.classes_[clf.predict_proba(X[:4]).argmax(axis=1)]) == y[:4]
    # the reviewer's case
    two = StanceClassifier(calibrate=False).fit(["a b", "c d", "e f", "g h"], ["", "h", "", "h"])
    assert list(two.predict(["a b", "g h"])) == ["", "h"]


def test_classes_the_library_takes_name_the_models_labels():
    clf = StanceClassifier(calibrate=False).fit(X, Y)
    assert clf.model_.labels == ("conciliatory", "hostile")


def test_any_label_type_and_column_order():
    y = np.array([10 if v == "hostile" else 2 for v in Y])  # "10" < "2" as bytes, 2 < 10 here
    clf = StanceClassifier(calibrate=False).fit(np.array(X), y)
    assert list(clf.classes_) == [2, 10]
    assert list(clf.predict(X[:4])) == list(y[:4])
    proba = clf.predict_proba(X[:4])
    assert list(clf.classes_[proba.argmax(axis=1)]) == list(y[:4])


def test_params():
    clf = StanceClassifier(alpha=1.0, ngram_max=1)
    p = clf.get_params()
    assert p["alpha"] == 1.0 and p["ngram_max"] == 1 and p["weighting"] == "binary"
    clf.set_params(alpha=0.1, nb="complement")
    assert clf.get_params()["alpha"] == 0.1
    c = clone(clf)
    assert c.get_params() == clf.get_params() and not hasattr(c, "model_")
    with pytest.raises(stance.InvalidArgumentError):
        StanceClassifier(alpha=-1).fit(X, Y)
    with pytest.raises(Exception):
        StanceClassifier().predict(X)  # not fitted


def test_model_selection_tools():
    scores = cross_val_score(StanceClassifier(calibrate=False), X, Y, cv=4)
    assert len(scores) == 4 and all(0 <= s <= 1 for s in scores)
    grid = GridSearchCV(StanceClassifier(calibrate=False),
                        {"alpha": [0.1, 1.0], "ngram_max": [1, 2]}, cv=2).fit(X, Y)
    assert grid.best_params_["alpha"] in (0.1, 1.0)
    assert list(grid.predict(X[:2])) == Y[:2]
    pipe = Pipeline([("lower", FunctionTransformer(lambda xs: [x.lower() for x in xs])),
                     ("stance", StanceClassifier(calibrate=False))]).fit(X, Y)
    assert pipe.score(X, Y) == 1.0
    assert pipe.predict(["WE CONDEMN THIS PROVOCATION."])[0] == "hostile"


def test_reproduces_stance_eval_folds(tool):
    texts, labels, folds, data, folds_path = benchmark("CR")
    report = json.loads(tool("eval", "--folds", folds_path, "--format", "json", data))
    pred = cross_val_predict(StanceClassifier(), texts, labels, cv=PredefinedSplit(folds))
    right = int(sum(p == t for p, t in zip(pred, labels)))
    assert confusion_matrix(labels, pred, labels=report["labels"]).tolist() == \
        report["confusion"]
    assert round(right / len(labels), 6) == report["accuracy"]
    per_fold = [np.mean([p == t for p, t, f in zip(pred, labels, folds) if f == k])
                for k in range(report["folds"])]
    assert [round(a, 6) for a in per_fold] == report["fold_accuracy"]["per_fold"]


def test_label_bias_is_the_tools(tool):
    """A bias given to the estimator is the one `stance train --label-bias` stores: with the
    benchmark's folds, cross_val_predict gives `stance eval --folds --label-bias`'s
    predictions, and a bias beyond any evidence predicts its class everywhere."""
    texts, labels, folds, data, folds_path = benchmark("CR")
    report = json.loads(tool("eval", "--folds", folds_path, "--format", "json",
                             "--label-bias", "neg=1.5", data))
    assert report["label_bias"] == {"neg": 1.5, "pos": 0}
    clf = StanceClassifier(label_bias={"neg": 1.5})
    pred = cross_val_predict(clf, texts, labels, cv=PredefinedSplit(folds))
    assert confusion_matrix(labels, pred, labels=report["labels"]).tolist() == \
        report["confusion"]
    plain = cross_val_predict(StanceClassifier(), texts, labels, cv=PredefinedSplit(folds))
    assert sum(p == "neg" for p in pred) > sum(p == "neg" for p in plain)


def test_label_bias_names_classes():
    clf = StanceClassifier(calibrate=False, label_bias={"conciliatory": 40}).fit(X, Y)
    assert clf.model_.label_bias == {"conciliatory": 40.0, "hostile": 0.0}
    assert set(clf.predict(X)) == {"conciliatory"}
    assert clone(clf).get_params()["label_bias"] == {"conciliatory": 40}
    y = np.array([10 if v == "hostile" else 2 for v in Y])  # classes that are no labels
    ints = StanceClassifier(calibrate=False, label_bias={10: 40}).fit(X, y)
    assert set(ints.predict(X)) == {10}
    with pytest.raises(ValueError, match="no class of y"):
        StanceClassifier(calibrate=False, label_bias={"neutral": 1}).fit(X, Y)


def test_targets_are_checked_as_scikit_learn_checks_them():
    """y as scikit-learn's classifiers take it (a blind review): a column vector is raveled
    with a DataConversionWarning, continuous values are no classes, None is said to be
    missing."""
    import warnings
    from sklearn.exceptions import DataConversionWarning
    texts = ["we welcome the talks", "we condemn the attack"] * 4
    y = np.array(["c", "h"] * 4)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        clf = StanceClassifier(calibrate=False).fit(texts, y.reshape(-1, 1))
    assert any(issubclass(x.category, DataConversionWarning) for x in w)
    assert list(clf.classes_) == ["c", "h"]
    with pytest.raises(ValueError, match="Unknown label type: 'continuous'"):
        StanceClassifier(calibrate=False).fit(texts, np.linspace(0, 1, len(texts)))
    with pytest.raises(ValueError, match="requires y to be passed"):
        StanceClassifier(calibrate=False).fit(texts, None)
