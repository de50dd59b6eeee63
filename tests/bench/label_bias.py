#!/usr/bin/env python3
"""How the shipped model's decision biases are chosen (models/CMakeLists.txt).

    tests/bench/label_bias.py --build BUILD [--folds K] [--seed S] [--data REALQUOTES]

1. The hostile bias, by cross-validation on the training corpus alone: the statements of
   corpus/train/*.tsv and corpus/neutral/train*.tsv are dealt into K folds (default 5) by
   label with a fixed seed; for each bias of the grid a model is trained on K-1 folds with
   `stance train --label-bias neutral=N --label-bias hostile=B` and classifies the fold left
   out. The bias kept is the one with the least log-loss of the stance decision (the
   conciliatory and hostile probabilities renormalized, on the conciliatory and hostile
   statements): a proper score, so it rewards the bias that makes the probabilities true,
   not one that flips a few statements. The neutral bias does not change that log-loss.
2. The neutral bias, on the real-quotes development set (REALQUOTES/dev.tsv): the smallest of
   its grid with which the whole model, trained with the hostile bias of step 1, labels at
   least half of the development set's neutral quotes `neutral` (the tool's promise, README
   "Real quotes"). The development set is only classified, never trained on.

Prints each grid point's figures and the options to give `stance train`.
"""
import argparse, glob, math, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from realquotes import DATA, classify, read_dev  # noqa: E402
HOSTILE_GRID = [0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0]
NEUTRAL_GRID = [2.0, 2.25, 2.5, 2.75, 3.0, 3.25, 3.5, 3.75, 4.0, 4.5, 5.0]
NEUTRAL_FOR_CV = 3.5  # any value: the stance log-loss does not depend on it


def training_files():
    return sorted(glob.glob(os.path.join(ROOT, "corpus", "train", "*.tsv")) +
                  glob.glob(os.path.join(ROOT, "corpus", "neutral", "train*.tsv")))


def read_corpus(paths):
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                label, text = line.rstrip("\n").split("\t", 1)
                rows.append((label, text))
    return rows


def deal_folds(rows, k, seed):
    """Fold of each statement: each label's statements shuffled with the seed, dealt in turn."""
    rnd = random.Random(seed)
    fold = [0] * len(rows)
    for label in sorted({lab for lab, _ in rows}):
        idx = [i for i, (lab, _) in enumerate(rows) if lab == label]
        rnd.shuffle(idx)
        for n, i in enumerate(idx):
            fold[i] = n % k
    return fold


def train(tool, out, corpus_files, neutral, hostile):
    cmd = [tool, "train", "--quiet", "-o", out, "--label-bias", f"neutral={neutral}",
           "--label-bias", f"hostile={hostile}", *corpus_files]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{p.stderr}")


def stance_loss(label, scores):
    total = scores["conciliatory"] + scores["hostile"]
    return -math.log(max(scores[label] / total, 1e-15)) if total else math.log(2)


def choose_hostile(tool, rows, k, seed, work):
    fold = deal_folds(rows, k, seed)
    figures = {b: {"n": 0, "right": 0, "stance": 0, "stance_right": 0, "loss": 0.0}
               for b in HOSTILE_GRID}
    for f in range(k):
        train_path = os.path.join(work, "fold-train.tsv")
        with open(train_path, "w", encoding="utf-8") as out:
            for i, (label, text) in enumerate(rows):
                if fold[i] != f:
                    out.write(f"{label}\t{text}\n")
        test = [r for i, r in enumerate(rows) if fold[i] == f]
        for b in HOSTILE_GRID:
            model = os.path.join(work, "fold.stnc")
            train(tool, model, [train_path], NEUTRAL_FOR_CV, b)
            fig = figures[b]
            for (label, _), o in zip(test, classify(tool, model, [t for _, t in test])):
                fig["n"] += 1
                fig["right"] += o["label"] == label
                if label == "neutral":
                    continue
                s = o["scores"]
                fig["stance"] += 1
                fig["stance_right"] += (s["hostile"] > s["conciliatory"]) == (label == "hostile")
                fig["loss"] += stance_loss(label, s)
    print(f"{k}-fold cross-validation on {len(rows)} training statements (seed {seed}), "
          f"neutral bias {NEUTRAL_FOR_CV}:")
    print("  hostile bias  accuracy  conciliatory/hostile  stance log-loss")
    for b, fig in figures.items():
        print(f"  {b:12.2f}  {fig['right'] / fig['n']:.4f}    {fig['stance_right'] / fig['stance']:.4f}"
              f"                {fig['loss'] / fig['stance']:.4f}")
    best = min(HOSTILE_GRID, key=lambda b: (figures[b]["loss"], b))
    print(f"least stance log-loss: hostile bias {best}")
    return best


def choose_neutral(tool, hostile, data, work):
    dev = read_dev(os.path.join(data, "dev.tsv"), set())
    neutral = [r["quote"] for r in dev if r["label"] == "neutral"]
    stance = [r for r in dev if r["label"] != "neutral"]
    print(f"development set: {len(neutral)} neutral quotes, {len(stance)} stance quotes; "
          f"hostile bias {hostile}:")
    print("  neutral bias  neutral found  stance called neutral  stance right")
    for n in NEUTRAL_GRID:
        model = os.path.join(work, "whole.stnc")
        train(tool, model, training_files(), n, hostile)
        found = sum(o["label"] == "neutral" for o in classify(tool, model, neutral))
        res = classify(tool, model, [r["quote"] for r in stance])
        lost = sum(o["label"] == "neutral" for o in res)
        right = sum(o["label"] == r["label"] for r, o in zip(stance, res))
        print(f"  {n:12.2f}  {found:5}/{len(neutral):<7} {lost:5}/{len(stance):<14} "
              f"{right}/{len(stance)}")
        if 2 * found >= len(neutral):
            return n
    sys.exit("no neutral bias of the grid finds half of the neutral quotes")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", required=True)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--data", default=DATA)
    a = ap.parse_args()
    tool = os.path.join(a.build, "examples", "stance", "stance")
    with tempfile.TemporaryDirectory() as work:
        hostile = choose_hostile(tool, read_corpus(training_files()), a.folds, a.seed, work)
        neutral = choose_neutral(tool, hostile, a.data, work)
    print(f"options: --label-bias neutral={neutral:g} --label-bias hostile={hostile:g}")


if __name__ == "__main__":
    main()
