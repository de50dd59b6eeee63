#!/usr/bin/env python3
"""Measures the weight of the reporting frame in quotes mode on the project's own articles.

    tests/bench/frame_weight.py [FOLDER] [--build BUILD] [--weights 0,0.25,...]

FOLDER holds passage-NN.txt and gold.tsv (default tests/data/articles/frames: news passages
written for the project, each quote labeled). For every weight the built tool classifies the
quotes of every passage with `--frame-weight W`; the conciliatory and hostile gold quotes are
scored by accuracy and by log-loss (the mean of -log p(gold label)). The weight chosen is the
one of least log-loss, which rewards confidence where it is right and punishes it where it is
wrong, unlike accuracy that sees only which side of 0.5 a quote falls; accuracy is shown
beside it. Leave-one-passage-out: each passage is scored with the weight chosen on the others,
so the last line says how well the choice carries to passages it was not made on.

The development passages of ../shared/data/realquotes are never used here: they are for
reporting (tests/bench/passages.py --frame-weight W), not for choosing.
"""
import argparse, math, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from passages import pieces, read_tsv, run_tool  # noqa: E402

DEFAULT_WEIGHTS = "0,0.1,0.2,0.3,0.4,0.5,0.6,0.8,1,1.25,1.5,2,3"


def quote_probs(tool, folder, gold, weight, option="--frame-weight", fixed=("--speaker-weight", "0")):
    """For each stanced gold quote: (passage, gold label, p(gold label)); None if not found.
    The tool runs with `option weight` and the `fixed` options (the frame weight was measured
    before the speaker's evidence existed, so without it)."""
    out = []
    cache = {}
    for g in gold:
        if g["label"] not in ("conciliatory", "hostile"):
            continue
        name = g["passage"]
        if name not in cache:
            path = os.path.join(folder, name + ".txt")
            with open(path, "rb") as f:
                raw = f.read()
            recs = run_tool(tool, path, [option, repr(weight), *fixed])
            cache[name] = [(r, pieces(r, raw)) for r in recs]
        hit = next((r for r, texts in cache[name] if any(g["fragment"] in t for t in texts)),
                   None)
        out.append((name, g["label"], None if hit is None else hit["scores"][g["label"]]))
    return out


def score(rows):
    found = [(lab, p) for _, lab, p in rows if p is not None]
    if not found:
        return 0.0, float("inf")
    acc = sum(p > 0.5 for _, p in found) / len(found)
    loss = sum(-math.log(max(p, 1e-15)) for _, p in found) / len(found)
    return acc, loss


def main(option="--frame-weight", fixed=("--speaker-weight", "0"), weights=DEFAULT_WEIGHTS,
         doc=__doc__):
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("folder", nargs="?",
                    default=os.path.join(ROOT, "tests", "data", "articles", "frames"))
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--weights", default=weights)
    a = ap.parse_args()
    tool = os.path.join(a.build, "examples", "stance", "stance")
    if not os.access(tool, os.X_OK):
        sys.exit(f"{tool}: not built")
    gold = read_tsv(os.path.join(a.folder, "gold.tsv"))
    weights = [float(w) for w in a.weights.split(",")]
    runs = {w: quote_probs(tool, a.folder, gold, w, option, fixed) for w in weights}
    n = sum(1 for _, _, p in runs[weights[0]] if p is not None)
    print(f"{a.folder}: {n} conciliatory and hostile quotes found, "
          f"{len({r[0] for r in runs[weights[0]]})} passages; {option} W {' '.join(fixed)}\n")
    print(f"| {option[2:].replace('-', ' ')} | accuracy | log-loss |")
    print("|---|---|---|")
    best = None
    for w in weights:
        acc, loss = score(runs[w])
        print(f"| {w:g} | {acc:.4f} | {loss:.4f} |")
        if best is None or loss < best[1] - 1e-12:
            best = (w, loss, acc)
    print(f"\nchosen by log-loss: {best[0]:g} (accuracy {best[2]:.4f}, log-loss {best[1]:.4f}; "
          f"weight 0: accuracy {score(runs[0.0])[0]:.4f}, log-loss {score(runs[0.0])[1]:.4f})"
          if 0.0 in runs else f"\nchosen by log-loss: {best[0]:g}")

    # leave one passage out: choose on the others, score the one left out
    names = sorted({r[0] for r in runs[weights[0]]})
    held = []
    chosen = []
    for name in names:
        def loss_without(w):
            return score([r for r in runs[w] if r[0] != name])[1]
        w_star = min(weights, key=loss_without)
        chosen.append(w_star)
        held += [r for r in runs[w_star] if r[0] == name]
    acc, loss = score(held)
    print(f"leave one passage out: accuracy {acc:.4f}, log-loss {loss:.4f}; weights chosen "
          f"{min(chosen):g}..{max(chosen):g}")


if __name__ == "__main__":
    main()
