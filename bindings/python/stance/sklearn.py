"""A scikit-learn estimator over libstance: StanceClassifier.

    from sklearn.model_selection import cross_val_score, GridSearchCV
    from stance.sklearn import StanceClassifier

    cross_val_score(StanceClassifier(), texts, labels, cv=10)
    GridSearchCV(StanceClassifier(), {"alpha": [0.1, 0.5, 1.0], "ngram_max": [1, 2]}).fit(...)

X is a sequence of texts (str or UTF-8 bytes: a list, a NumPy array, a pandas Series); y the
labels, of any type NumPy can sort (strings, ints, ...). Training is stance.train(), so a
model fitted here is the model `stance train` makes from the same statements and settings;
with the same folds, cross-validated accuracy is `stance eval --folds`'s.
"""
import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, column_or_1d

from . import _train


class StanceClassifier(ClassifierMixin, BaseEstimator):
    """Naive-Bayes stance (or any text) classifier, scikit-learn style.

    Parameters are the settings of stance.train(), with the library's defaults:
    language, ngram_max, negation, negation_scope, weighting ("binary" or "counts"),
    max_token_bytes, punctuation, nb ("multinomial" or "complement"), priors ("learned" or
    "uniform"), alpha; and min_count (drop rarer features), calibrate (fit a temperature on
    5-fold cross-validated scores so predict_proba is calibrated; it never changes predict),
    label_bias (a dict {class: nats}: decision biases added to those classes' scores, as
    `stance train --label-bias` stores them, so that a bias can be cross-validated and
    searched like any parameter), threads (for predict and predict_proba).

    Attributes after fit: classes_ (the labels, sorted), model_ (the stance.Model). The
    model's labels are the classes when they are strings the library takes as labels (1 to 64
    bytes of UTF-8, no control characters), else their positions in classes_ ("0", "1", ...);
    predictions give the classes either way.
    """

    def __init__(self, language="english", ngram_max=2, negation=1, negation_scope=3,
                 weighting="binary", max_token_bytes=100, punctuation=1, nb="multinomial",
                 priors="learned", alpha=0.5, min_count=0, calibrate=True, label_bias=None,
                 threads=1):
        self.language = language
        self.ngram_max = ngram_max
        self.negation = negation
        self.negation_scope = negation_scope
        self.weighting = weighting
        self.max_token_bytes = max_token_bytes
        self.punctuation = punctuation
        self.nb = nb
        self.priors = priors
        self.alpha = alpha
        self.min_count = min_count
        self.calibrate = calibrate
        self.label_bias = label_bias
        self.threads = threads

    _SETTINGS = ("language", "ngram_max", "negation", "negation_scope", "weighting",
                 "max_token_bytes", "punctuation", "nb", "priors", "alpha")

    @staticmethod
    def _texts(X):
        if isinstance(X, (str, bytes)):
            raise TypeError("X must be a sequence of texts, not a single text")
        if hasattr(X, "columns") and hasattr(X, "to_numpy"):
            X = X.to_numpy()  # a DataFrame: list() of it would be its column names
        X = X.tolist() if hasattr(X, "tolist") else list(X)  # NumPy and pandas give str
        if X and isinstance(X[0], (list, tuple)):  # a 2-D array of one column
            X = [row[0] if len(row) == 1 else _bad_row(row) for row in X]
        return X

    def fit(self, X, y):
        """Trains on texts X with labels y; returns self."""
        X = self._texts(X)
        if y is None:
            raise ValueError(f"{type(self).__name__} requires y to be passed, but the target y "
                             "is None")
        # as scikit-learn's classifiers take y: a column is raveled (with a warning), and
        # continuous values are no classes
        y = column_or_1d(y, warn=True)
        check_classification_targets(y)
        if len(y) != len(X):
            raise ValueError(f"y must be one label per text: {len(X)} texts, shape {y.shape}")
        self.classes_, codes = np.unique(y, return_inverse=True)
        # Each class gets a label for the library: its text when the classes are strings
        # that the library takes as they are (so the model's labels read as the classes),
        # else its position ("", "a\tb" or 65 bytes are classes but no labels).
        names = [str(c) for c in self.classes_]
        if not (y.dtype.kind in "UO" and all(isinstance(c, str) for c in self.classes_)
                and _train.takes_labels(names)):
            names = [f"{i}" for i in range(len(names))]
        label_of = [names[k] for k in codes]
        settings = {k: getattr(self, k) for k in self._SETTINGS}
        self.model_ = _train.train(zip(label_of, X), calibrate=self.calibrate,
                                   min_count=self.min_count, **settings)
        if self.label_bias:
            # each class named (compared as y's values are) to the model's label for it
            bias = {}
            for cls, nats in dict(self.label_bias).items():
                at = [i for i, c in enumerate(self.classes_) if c == cls]
                if not at:
                    raise ValueError(f"label_bias names {cls!r}, which is no class of y "
                                     f"(classes: {list(self.classes_)})")
                bias[names[at[0]]] = float(nats)
            unbiased, self.model_ = self.model_, self.model_.with_label_bias(bias)
            unbiased.close()
        # the model's label order (sorted bytes) -> position in classes_
        position = {name: i for i, name in enumerate(names)}
        self._order = np.array([position[name] for name in self.model_.labels])
        self._class_of = {name: position[name] for name in self.model_.labels}
        return self

    def _results(self, X):
        check_is_fitted(self, "model_")
        # unknown=False: a text with no known word gets the priors' class, since "unknown" is
        # not one of classes_ (scikit-learn needs a class for every row)
        return self.model_.classify_many(self._texts(X), threads=self.threads, unknown=False)

    def predict_proba(self, X):
        """Probabilities, one row per text, one column per class of classes_."""
        results = self._results(X)
        proba = np.zeros((len(results), len(self.classes_)))
        if results:
            proba[:, self._order] = np.array([r.probabilities for r in results])
        return proba

    def predict_log_proba(self, X):
        with np.errstate(divide="ignore"):
            return np.log(self.predict_proba(X))

    def predict(self, X):
        """The most probable class of each text (as the library chooses it)."""
        results = self._results(X)
        return self.classes_[np.array([self._class_of[r.label] for r in results], dtype=int)]

    def _more_tags(self):
        return {"X_types": ["string"], "requires_y": True}


def _bad_row(row):
    raise ValueError(f"X must hold one text per row, not {len(row)} values")
