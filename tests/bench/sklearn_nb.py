#!/usr/bin/env python3
"""scikit-learn's naive Bayes on the speed benchmark (called by speed.py) and on the accuracy
benchmarks (called by accuracy.py).

    sklearn_nb.py speed TRAIN.tsv TEXT.txt
        Fits CountVectorizer(uni+bigrams, binary) + MultinomialNB on TRAIN, then predicts
        every line of TEXT; prints "train SECONDS" and "predict SECONDS".
    sklearn_nb.py cv DATA.tsv FOLDS.txt
        10-fold accuracy (mean over folds) of the variants in the benchmarks' README.
"""
import sys, time

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.naive_bayes import ComplementNB, MultinomialNB


def read_tsv(path):
    labels, texts = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            label, text = line.rstrip("\n").split("\t", 1)
            labels.append(label)
            texts.append(text)
    return labels, texts


def speed(train_path, text_path):
    labels, texts = read_tsv(train_path)
    t0 = time.perf_counter()
    vec = CountVectorizer(ngram_range=(1, 2), binary=True)
    x = vec.fit_transform(texts)
    model = MultinomialNB(alpha=1.0).fit(x, labels)
    print("train", time.perf_counter() - t0, flush=True)
    del x, texts, labels
    with open(text_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    t0 = time.perf_counter()
    for i in range(0, len(lines), 100000):  # in chunks, as a stream would be
        model.predict(vec.transform(lines[i:i + 100000]))
    print("predict", time.perf_counter() - t0, flush=True)


VARIANTS = {
    "MultinomialNB uni+bi": lambda: (CountVectorizer(ngram_range=(1, 2)), MultinomialNB()),
    "binarized MultinomialNB uni+bi": lambda: (CountVectorizer(ngram_range=(1, 2), binary=True),
                                               MultinomialNB()),
    "ComplementNB uni+bi": lambda: (CountVectorizer(ngram_range=(1, 2)), ComplementNB()),
    "binarized MNB uni+bi, whitespace tokens": lambda: (
        CountVectorizer(ngram_range=(1, 2), binary=True, token_pattern=r"\S+"), MultinomialNB()),
}


def cv(data_path, folds_path):
    labels, texts = read_tsv(data_path)
    with open(folds_path) as f:
        folds = [int(x) for x in f.read().split()]
    k = max(folds) + 1
    for name, make in VARIANTS.items():
        accs = []
        for fold in range(k):
            tr = [i for i in range(len(texts)) if folds[i] != fold]
            te = [i for i in range(len(texts)) if folds[i] == fold]
            vec, nb = make()
            x = vec.fit_transform([texts[i] for i in tr])
            nb.fit(x, [labels[i] for i in tr])
            pred = nb.predict(vec.transform([texts[i] for i in te]))
            accs.append(sum(p == labels[i] for p, i in zip(pred, te)) / len(te))
        print(f"{name}\t{100 * sum(accs) / len(accs):.2f}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "speed":
        speed(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "cv":
        cv(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
