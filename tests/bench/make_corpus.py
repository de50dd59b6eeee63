#!/usr/bin/env python3
"""Builds a large English benchmark corpus from labeled statements.

    make_corpus.py --mb 100 --out DIR [--relabel OLD=NEW ...] [--keep LABEL ...] SOURCE.tsv...

Writes DIR/train.tsv (label<TAB>text) and DIR/text.txt (the same statements, text only), about
MB megabytes each. Each output statement is one or two source statements of the same label,
with 3% of the words replaced by words drawn (Zipf, s=1.1) from a million invented words, so
the vocabulary keeps growing with size the way news text does instead of repeating a few
thousand words. Deterministic for a given seed and sources.
"""
import argparse, bisect, itertools, os, random

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def invented(k):
    """The k-th invented word: syllables spelling k in base len(SYLLABLES)."""
    parts = []
    k += len(SYLLABLES)  # at least two syllables
    while k:
        k, r = divmod(k, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    return "".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--relabel", action="append", default=[], metavar="OLD=NEW",
                    help="rename a source label (e.g. pos=conciliatory)")
    ap.add_argument("--keep", action="append", default=[], metavar="LABEL",
                    help="keep only these labels (after renaming); default all")
    ap.add_argument("sources", nargs="+")
    a = ap.parse_args()
    rename = dict(r.split("=", 1) for r in a.relabel)
    pool = {}
    for path in a.sources:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or "\t" not in line:
                    continue
                label, text = line.rstrip("\n").split("\t", 1)
                label = rename.get(label, label)
                if a.keep and label not in a.keep:
                    continue
                pool.setdefault(label, []).append(text.split())
    labels = sorted(pool)
    rng = random.Random(a.seed)
    vocab = 1_000_000
    cum = list(itertools.accumulate(1.0 / (k + 1) ** 1.1 for k in range(vocab)))
    total = cum[-1]
    target = int(a.mb * 1e6)
    os.makedirs(a.out, exist_ok=True)
    written = 0
    with open(os.path.join(a.out, "train.tsv"), "w", encoding="utf-8") as tsv, \
         open(os.path.join(a.out, "text.txt"), "w", encoding="utf-8") as txt:
        while written < target:
            label = labels[rng.randrange(len(labels))]
            words = list(rng.choice(pool[label]))
            if rng.random() < 0.5:
                words += rng.choice(pool[label])
            for i in range(len(words)):
                if rng.random() < 0.03:
                    words[i] = invented(bisect.bisect_left(cum, rng.random() * total))
            text = " ".join(words)
            tsv.write(f"{label}\t{text}\n")
            txt.write(text + "\n")
            written += len(text.encode("utf-8")) + 1


if __name__ == "__main__":
    main()
