#!/usr/bin/env python3
"""How a model judges real officials' quotes: the development set of ../shared/data/realquotes.

    tests/bench/realquotes.py --build BUILD [--model MODEL] [--data DIR] [--exclude IDS]

Classifies every quote of dev.tsv with the stance tool (the built-in model, or --model) and
reports, on the conciliatory/hostile quotes: accuracy with the tool's own label (a quote the
model calls neutral counts as wrong) and with the better of conciliatory and hostile, macro-F1,
the errors per label, log-loss and expected calibration error (10 bins) of the stance
probabilities; on the neutral quotes: how many the tool calls neutral, and how many stance
quotes it calls neutral; and the confidence threshold above which 95% of the labels are right,
with the share of quotes it keeps. --exclude names a file of quote ids to leave out (e.g.
tests/bench/realquotes_leaked_ids.txt: quotes whose wording reached a writer's brief,
corpus/GUIDE.md). The data is never copied.
"""
import argparse, json, math, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "realquotes"))


def read_dev(path, exclude):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            if r["id"] not in exclude:
                rows.append(r)
    return rows


def classify(tool, model, texts):
    cmd = [tool, "classify", "--format", "jsonl"] + (["-m", model] if model else [])
    p = subprocess.run(cmd, input="\n".join(t.replace("\n", " ") for t in texts) + "\n",
                       capture_output=True, text=True, check=True)
    out = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    if len(out) != len(texts):
        sys.exit(f"expected {len(texts)} results, got {len(out)}")
    return out


def ece(pairs, bins=10):
    """pairs of (confidence, right); the bins of the library's stance_eval (and so of
    `stance eval`): [k/bins, (k+1)/bins), with a confidence of 1 in the last"""
    total, err = len(pairs), 0.0
    for b in range(bins):
        sel = [(c, r) for c, r in pairs if min(int(c * bins), bins - 1) == b]
        if sel:
            err += len(sel) / total * abs(sum(c for c, _ in sel) / len(sel) -
                                          sum(r for _, r in sel) / len(sel))
    return err


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", required=True)
    ap.add_argument("--model")
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--exclude")
    a = ap.parse_args()
    tool = os.path.join(a.build, "examples", "stance", "stance")
    exclude = set()
    if a.exclude:  # whitespace-separated ids; lines starting with '#' are comments
        with open(a.exclude, encoding="utf-8") as f:
            exclude = {w for line in f if not line.startswith("#") for w in line.split()}
    rows = read_dev(os.path.join(a.data, "dev.tsv"), exclude)
    res = classify(tool, a.model, [r["quote"] for r in rows])
    stance = [(r, o) for r, o in zip(rows, res) if r["label"] != "neutral"]
    neutral = [(r, o) for r, o in zip(rows, res) if r["label"] == "neutral"]
    # the tool's own label, and the better of the two stance labels
    right_tool = sum(o["label"] == r["label"] for r, o in stance)
    def ch(o):
        s = o["scores"]
        return "conciliatory" if s["conciliatory"] >= s["hostile"] else "hostile"
    right_ch = sum(ch(o) == r["label"] for r, o in stance)
    f1s = []
    print(f"{len(stance)} conciliatory/hostile quotes, {len(neutral)} neutral"
          + (f" ({len(exclude)} ids left out)" if exclude else ""))
    print(f"accuracy (the tool's label)          {right_tool / len(stance):.4f}  "
          f"({right_tool}/{len(stance)})")
    print(f"accuracy (conciliatory vs hostile)   {right_ch / len(stance):.4f}  "
          f"({right_ch}/{len(stance)})")
    for lab in ("conciliatory", "hostile"):
        tp = sum(1 for r, o in stance if r["label"] == lab and o["label"] == lab)
        fp = sum(1 for r, o in zip(rows, res) if r["label"] != lab and o["label"] == lab)
        fn = sum(1 for r, o in stance if r["label"] == lab and o["label"] != lab)
        p = tp / (tp + fp) if tp + fp else 0.0
        rcl = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * p * rcl / (p + rcl) if p + rcl else 0.0)
        wrong = {}
        for r, o in stance:
            if r["label"] == lab and o["label"] != lab:
                wrong[o["label"]] = wrong.get(o["label"], 0) + 1
        print(f"  {lab:13} precision {p:.4f} recall {rcl:.4f} F1 {f1s[-1]:.4f}  "
              f"missed: {', '.join(f'{k} {v}' for k, v in sorted(wrong.items())) or 'none'}")
    print(f"macro-F1 (conciliatory, hostile)     {sum(f1s) / 2:.4f}")
    # calibration of the stance decision: probabilities renormalized over the two stance labels
    ll, pairs = 0.0, []
    for r, o in stance:
        s = o["scores"]
        tot = s["conciliatory"] + s["hostile"]
        p_true = max(s[r["label"]] / tot, 1e-15) if tot else 0.5
        ll -= math.log(p_true)
        conf = max(s["conciliatory"], s["hostile"]) / tot if tot else 0.5
        pairs.append((conf, ch(o) == r["label"]))
    print(f"log-loss (stance)                    {ll / len(stance):.4f}")
    print(f"ECE (stance, 10 bins)                {ece(pairs):.4f}")
    allpairs = [(o["confidence"], o["label"] == r["label"]) for r, o in zip(rows, res)]
    print(f"ECE (every quote, the tool's label)  {ece(allpairs):.4f}")
    if neutral:
        n_n = sum(o["label"] == "neutral" for _, o in neutral)
        s_n = sum(o["label"] == "neutral" for _, o in stance)
        print(f"neutral quotes labeled neutral       {n_n}/{len(neutral)} ({n_n / len(neutral):.3f})")
        print(f"stance quotes labeled neutral        {s_n}/{len(stance)} ({s_n / len(stance):.3f})")
    # the confidence above which 95% of the tool's labels are right
    ranked = sorted(allpairs, key=lambda x: -x[0])
    best = None
    right = 0
    for i, (c, ok) in enumerate(ranked, 1):
        right += ok
        if right / i >= 0.95 and (i == len(ranked) or ranked[i][0] < c):
            best = (c, i)
    if best:
        print(f"95% right at confidence >= {best[0]:.3f}: keeps {best[1]}/{len(ranked)} "
              f"({best[1] / len(ranked):.3f}) of the quotes")
    else:
        print("no confidence threshold gives 95% right")


if __name__ == "__main__":
    main()
