#!/usr/bin/env python3
"""Accuracy of libstance next to scikit-learn, fastText and the published figures, on the
five public benchmarks with their fixed folds (../shared/data/benchmarks).

    tests/bench/accuracy.py [--build BUILD] [--benchmarks DIR] [--skip-sklearn] [--skip-fasttext]

DIR holds the five corpora (default ../shared/data/benchmarks beside the repository).

Prints one table, dataset x method, of 10-fold accuracy (mean over the folds of folds.txt),
then libstance's log-loss and calibration error before and after temperature calibration.
scikit-learn (Debian's python3-sklearn) and fastText (Debian's fasttext) run on the same
folds when installed; published figures are Wang & Manning (2012), MNB-bigram.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "benchmarks"))
SETS = ["MR", "SUBJ", "MPQA", "CR", "SST2"]
PUBLISHED = {"MR": 79.0, "SUBJ": 93.6, "MPQA": 86.3, "CR": 80.0}


def stance_cv(tool, ds):
    out = subprocess.check_output([tool, "eval", "--format", "json", "-j", "0", "--folds",
                                   os.path.join(DATA, ds, "folds.txt"),
                                   os.path.join(DATA, ds, "data.tsv")], text=True)
    return json.loads(out)


def sklearn_cv(ds):
    out = subprocess.check_output([sys.executable, os.path.join(HERE, "sklearn_nb.py"), "cv",
                                   os.path.join(DATA, ds, "data.tsv"),
                                   os.path.join(DATA, ds, "folds.txt")], text=True)
    return {name: float(acc) for name, acc in (l.split("\t") for l in out.splitlines())}


def fasttext_cv(ds, tmp):
    with open(os.path.join(DATA, ds, "data.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t", 1) for l in f]
    with open(os.path.join(DATA, ds, "folds.txt")) as f:
        folds = [int(x) for x in f.read().split()]
    accs = []
    for k in range(max(folds) + 1):
        train, test = os.path.join(tmp, "train.txt"), os.path.join(tmp, "test.txt")
        # fastText learns online: shuffle the training part (fixed order per fold)
        tr = [r for r, f in zip(rows, folds) if f != k]
        tr = [tr[(i * 7919) % len(tr)] for i in range(len(tr))]
        with open(train, "w", encoding="utf-8") as o:
            o.writelines(f"__label__{l} {t}\n" for l, t in tr)
        with open(test, "w", encoding="utf-8") as o:
            o.writelines(f"__label__{l} {t}\n" for (l, t), f in zip(rows, folds) if f == k)
        model = os.path.join(tmp, "m")
        subprocess.check_call(["fasttext", "supervised", "-input", train, "-output", model,
                               "-lr", "1", "-epoch", "25", "-wordNgrams", "2", "-verbose", "0",
                               "-thread", "2", "-seed", "1"])
        out = subprocess.check_output(["fasttext", "test", model + ".bin", test], text=True)
        accs.append(float(out.split("P@1")[1].split()[0]))
    return 100 * sum(accs) / len(accs)


def main():
    global DATA  # --benchmarks replaces the default folder for every reader below
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--benchmarks", default=DATA,
                    help="the folder of the five corpora (default: %(default)s)")
    ap.add_argument("--skip-sklearn", action="store_true")
    ap.add_argument("--skip-fasttext", action="store_true")
    a = ap.parse_args()
    DATA = a.benchmarks
    if not os.path.isdir(DATA):
        sys.exit(f"accuracy.py: no benchmark folder at {DATA} (give it with --benchmarks DIR)")
    tool = os.path.join(a.build, "examples", "stance", "stance")
    have_sklearn = not a.skip_sklearn and subprocess.call(
        [sys.executable, "-c", "import sklearn"], stderr=subprocess.DEVNULL) == 0
    have_fasttext = not a.skip_fasttext and shutil.which("fasttext") is not None
    ours, sk, ft = {}, {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for ds in SETS:
            ours[ds] = stance_cv(tool, ds)
            if have_sklearn:
                sk[ds] = sklearn_cv(ds)
            if have_fasttext:
                ft[ds] = fasttext_cv(ds, tmp)
            print(f"{ds} done", file=sys.stderr, flush=True)
    print("| method | " + " | ".join(SETS) + " |")
    print("|---" * (len(SETS) + 1) + "|")
    print("| **libstance** (defaults) | " +
          " | ".join(f"**{100 * ours[d]['fold_accuracy']['mean']:.2f}**" for d in SETS) + " |")
    if have_sklearn:
        for name in sk[SETS[0]]:
            print(f"| scikit-learn {name} | " + " | ".join(f"{sk[d][name]:.2f}" for d in SETS) +
                  " |")
        print("| scikit-learn, best of these | " +
              " | ".join(f"{max(sk[d].values()):.2f}" for d in SETS) + " |")
    if have_fasttext:
        print("| fastText -lr 1 -epoch 25 -wordNgrams 2 | " +
              " | ".join(f"{ft[d]:.2f}" for d in SETS) + " |")
    print("| published MNB-bigram (Wang & Manning 2012, own splits) | " +
          " | ".join(f"{PUBLISHED[d]:.1f}" if d in PUBLISHED else "" for d in SETS) + " |")
    print()
    print("| libstance probabilities | " + " | ".join(SETS) + " |")
    print("|---" * (len(SETS) + 1) + "|")
    for what, key in (("log-loss as trained", "log_loss"), ("ECE as trained", "ece")):
        print(f"| {what} | " + " | ".join(f"{ours[d][key]:.4f}" for d in SETS) + " |")
    for what, key in (("log-loss calibrated", "log_loss"), ("ECE calibrated", "ece")):
        print(f"| {what} | " +
              " | ".join(f"{ours[d]['calibrated'][key]:.4f}" for d in SETS) + " |")
    print("| accuracy after calibration | " +
          " | ".join(f"{100 * ours[d]['calibrated']['accuracy']:.2f}" for d in SETS) + " |")


if __name__ == "__main__":
    main()
