#!/usr/bin/env python3
"""Training and classification speed of libstance, fastText and scikit-learn, side by side.

    tests/bench/speed.py [--mb 100] [--work DIR] [--build BUILD]

Builds (once) a corpus of MB megabytes of English statements with make_corpus.py from the
project's corpus and four public benchmark corpora, then times on one core, in this one
invocation so the ratios are fair on a noisy machine:
  * libstance: tests/bench/stance_bench train / classify (the library through its API);
  * fastText (if installed): `fasttext supervised -wordNgrams 2 -thread 1` and `predict`;
  * scikit-learn (if installed): CountVectorizer(uni+bigrams) + MultinomialNB, fit / predict.
Reports MB/s, statements/s and peak memory (maximum resident set of the process) for each.
"""
import argparse, os, resource, shutil, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
BENCHMARKS = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "benchmarks"))


def run(cmd, **kw):
    """Runs cmd; returns (seconds, peak RSS in MiB, stdout)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    out, err = p.communicate()
    secs = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{err}")
    return secs, usage, out


def peak_of(cmd):
    """Runs cmd alone in a fresh process group and returns its own peak RSS (MiB)."""
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execvp(cmd[0], cmd)
    _, status, ru = os.wait4(pid, 0)
    if status != 0:
        sys.exit(f"{' '.join(cmd)} failed")
    return ru.ru_maxrss / 1024.0


def row(name, task, nbytes, lines, secs, peak):
    print(f"| {name} | {task} | {nbytes / secs / 1e6:.1f} | {lines / secs:,.0f} | {peak:.0f} |",
          flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--work", default="/tmp/stance-speed")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    train, text = os.path.join(a.work, "train.tsv"), os.path.join(a.work, "text.txt")
    if not os.path.exists(text):
        sources = [os.path.join(ROOT, "corpus", "train", f)
                   for f in sorted(os.listdir(os.path.join(ROOT, "corpus", "train")))]
        sources += [os.path.join(BENCHMARKS, d, "data.tsv") for d in ("MR", "CR", "SST2", "MPQA")]
        subprocess.check_call([sys.executable, os.path.join(HERE, "make_corpus.py"), "--mb",
                               str(a.mb), "--out", a.work, "--relabel", "pos=conciliatory",
                               "--relabel", "neg=hostile", "--keep", "conciliatory", "--keep",
                               "hostile"] + sources)
    nbytes_train, nbytes_text = os.path.getsize(train), os.path.getsize(text)
    with open(text, "rb") as f:
        lines = f.read().count(b"\n")
    print(f"corpus: {nbytes_train / 1e6:.1f} MB to train on, {nbytes_text / 1e6:.1f} MB "
          f"({lines:,} statements) to classify; {os.cpu_count()} cores, one used\n")
    print("| tool | task | MB/s | statements/s | peak MiB |")
    print("|---|---|---|---|---|")

    bench = os.path.join(a.build, "tests", "bench", "stance_bench")
    model = os.path.join(a.work, "stance.stnc")
    out = subprocess.check_output([bench, "train", model, train], text=True)
    secs = float(out.split("seconds=")[1].split()[0])
    row("libstance", "train", nbytes_train, lines, secs, peak_of([bench, "train", model, train]))
    out = subprocess.check_output([bench, "classify", model, text], text=True)
    secs = float(out.split("classify")[1].split("seconds=")[1].split()[0])
    row("libstance", "classify", nbytes_text, lines, secs, peak_of([bench, "classify", model, text]))

    if shutil.which("fasttext"):
        ft_train = os.path.join(a.work, "train.ft")
        if not os.path.exists(ft_train):
            with open(train, encoding="utf-8") as src, open(ft_train, "w", encoding="utf-8") as dst:
                for line in src:
                    label, t = line.rstrip("\n").split("\t", 1)
                    dst.write(f"__label__{label} {t}\n")
        ft_model = os.path.join(a.work, "ft")
        cmd = ["fasttext", "supervised", "-input", ft_train, "-output", ft_model, "-wordNgrams",
               "2", "-thread", "1", "-verbose", "0"]
        t0 = time.perf_counter()
        peak = peak_of(cmd)
        row("fastText", "train (5 epochs)", nbytes_train, lines, time.perf_counter() - t0, peak)
        cmd = ["fasttext", "predict", ft_model + ".bin", text]
        t0 = time.perf_counter()
        peak = peak_of(cmd)
        row("fastText", "predict", nbytes_text, lines, time.perf_counter() - t0, peak)
    else:
        print("| fastText | (not installed: apt-get install fasttext) | | | |")

    try:
        subprocess.check_call([sys.executable, "-c", "import sklearn"],
                              stderr=subprocess.DEVNULL)
        have_sklearn = True
    except subprocess.CalledProcessError:
        have_sklearn = False
    if have_sklearn:
        cmd = [sys.executable, os.path.join(HERE, "sklearn_nb.py"), "speed", train, text]
        out = subprocess.check_output(cmd, text=True)
        times = dict(line.split() for line in out.splitlines())
        peak = peak_of(cmd)
        row("scikit-learn", "train", nbytes_train, lines, float(times["train"]), peak)
        row("scikit-learn", "predict", nbytes_text, lines, float(times["predict"]), peak)
    else:
        print("| scikit-learn | (not installed: apt-get install python3-sklearn) | | | |")


if __name__ == "__main__":
    main()
