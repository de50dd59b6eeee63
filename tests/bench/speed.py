#!/usr/bin/env python3
"""Speed of libstance and the stance tool beside fastText and scikit-learn, side by side.

    tests/bench/speed.py [--build BUILD] [--baseline OLD_BUILD] [--mb 100] [--reps 3]
                         [--work DIR] [--skip-sklearn]

Two corpora, built once in --work:
  * long lines: MB megabytes of English statements (make_corpus.py, from the project's corpus
    and four benchmark corpora), about 140 bytes a line, with 3% of words drawn from a million
    invented ones, so the vocabulary keeps growing as news text does;
  * short lines: the MR benchmark's sentences repeated to 30 MB, one a line (about 115 bytes).
Rows, each timed alternately with the others of its group in this one invocation (the median
of --reps runs; the ratios are fair on a busy machine):
  * library: tests/bench/stance_bench classify with the shipped model on both corpora, and on
    the long corpus with the model trained on it; stance_bench train on the long corpus;
  * start-up: the least time of 20 loads of the shipped model, from its file and built in
    (stance_bench load; a build older than the built-in image parses the file either way);
  * end to end: `stance classify FILE > /dev/null` (one thread and -j 2), with the built-in
    model as users run it (so a --baseline build should embed the same model file), and
    `fasttext predict MODEL FILE > /dev/null` on the same file: a unigram model trained on MR
    for the short lines, the bigram model trained on the long corpus for the long ones;
  * quotes mode, end to end: `stance classify --mode quotes` (one thread and -j 2) on the
    project's own news articles (tests/data/articles/frames and examples/article.txt) copied
    60 times, a file each (2,100 files, 1.4 MB), as a news monitor reads a day's pages;
  * fastText training, and scikit-learn (CountVectorizer uni+bigrams + MultinomialNB), as
    before, when installed.
With --baseline, every stance row is also run with that build's binaries (alternately) and the
table shows both. MB/s are 10^6 bytes per second of input.
"""
import argparse, math, os, re, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
BENCHMARKS = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "benchmarks"))
SHIPPED = os.path.join(ROOT, "models", "stance-en.stnc")


def wall(cmd):
    """Runs cmd with stdout to /dev/null; returns (seconds, its stdout is discarded)."""
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def bench_seconds(cmd):
    """Runs stance_bench; returns (seconds it measured, peak MiB it reported)."""
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    m = re.search(r"^(?:classify|train) .*?seconds=([\d.]+) .*?peak_rss_MiB=([\d.]+)", out, re.M)
    return float(m.group(1)), float(m.group(2))


def load_seconds(cmd):
    """Runs stance_bench load; returns the seconds of its least load (NaN for a build whose
    stance_bench has no load command)."""
    p = subprocess.run(cmd, capture_output=True, text=True)
    m = re.search(r"^load seconds=([\d.]+)", p.stdout, re.M)
    return float(m.group(1)) if p.returncode == 0 and m else float("nan")


def alternate(fns, reps):
    """Calls each of fns in turn, reps rounds; returns the medians (fns return seconds or a
    (seconds, extra) pair: the extra of the median run is kept)."""
    results = [[] for _ in fns]
    for _ in range(reps):
        for i, fn in enumerate(fns):
            r = fn()
            results[i].append(r if isinstance(r, tuple) else (r, None))
    med = []
    for rs in results:
        rs.sort(key=lambda x: x[0])
        med.append(rs[len(rs) // 2])
    return med


def make_corpora(work, mb):
    long_dir = os.path.join(work, "long")
    if not os.path.exists(os.path.join(long_dir, "text.txt")):
        sources = [os.path.join(ROOT, "corpus", "train", f)
                   for f in sorted(os.listdir(os.path.join(ROOT, "corpus", "train")))]
        sources += [os.path.join(BENCHMARKS, d, "data.tsv") for d in ("MR", "CR", "SST2", "MPQA")]
        subprocess.check_call([sys.executable, os.path.join(HERE, "make_corpus.py"), "--mb",
                               str(mb), "--out", long_dir, "--relabel", "pos=conciliatory",
                               "--relabel", "neg=hostile", "--keep", "conciliatory", "--keep",
                               "hostile"] + sources)
    short = os.path.join(work, "mr30.txt")
    mr_ft = os.path.join(work, "mr.ft")
    if not os.path.exists(short):
        texts, ft = [], []
        with open(os.path.join(BENCHMARKS, "MR", "data.tsv"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or "\t" not in line:
                    continue
                label, text = line.rstrip("\n").split("\t", 1)
                texts.append(text)
                ft.append(f"__label__{label} {text}\n")
        blob = ("\n".join(texts) + "\n").encode("utf-8")
        with open(short + ".tmp", "wb") as f:
            written = 0
            while written < 30_000_000:
                f.write(blob)
                written += len(blob)
        os.rename(short + ".tmp", short)
        with open(mr_ft, "w", encoding="utf-8") as f:
            f.writelines(ft)
    return long_dir, short, mr_ft


def make_articles(work, copies=60):
    """A folder of article files, the project's own articles copied `copies` times."""
    folder = os.path.join(work, "articles")
    sources = [os.path.join(ROOT, "tests", "data", "articles", "frames", f)
               for f in sorted(os.listdir(os.path.join(ROOT, "tests", "data", "articles",
                                                       "frames")))]
    sources.append(os.path.join(ROOT, "examples", "article.txt"))
    if not os.path.isdir(folder) or len(os.listdir(folder)) != copies * len(sources):
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        for k in range(copies):
            for i, src in enumerate(sources):
                shutil.copyfile(src, os.path.join(folder, f"{k:03d}-{i:02d}.txt"))
    return sorted(os.path.join(folder, f) for f in os.listdir(folder))


def lines_of(path):
    with open(path, "rb") as f:
        return f.read().count(b"\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--work", default="/tmp/stance-speed")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--baseline", help="an older build to time beside --build")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--skip-sklearn", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    long_dir, short, mr_ft = make_corpora(a.work, a.mb)
    train, text = os.path.join(long_dir, "train.tsv"), os.path.join(long_dir, "text.txt")
    sizes = {p: os.path.getsize(p) for p in (train, text, short)}
    builds = [("now", a.build)] + ([("before", a.baseline)] if a.baseline else [])
    bench = {name: os.path.join(b, "tests", "bench", "stance_bench") for name, b in builds}
    tool = {name: os.path.join(b, "examples", "stance", "stance") for name, b in builds}
    have_ft = shutil.which("fasttext") is not None
    print(f"long lines: {sizes[text] / 1e6:.1f} MB ({lines_of(text):,} statements) to classify, "
          f"{sizes[train] / 1e6:.1f} MB to train on; short lines: {sizes[short] / 1e6:.1f} MB "
          f"({lines_of(short):,} statements); {os.cpu_count()} cores; median of {a.reps}\n")

    # models: the long corpus's (trained by each build's stance_bench, also timing training)
    rows = []
    names = [n for n, _ in builds]
    trained = {n: os.path.join(a.work, f"long-{n}.stnc") for n in names}
    res = alternate([lambda n=n: bench_seconds([bench[n], "train", trained[n], train])
                     for n in names], a.reps)
    rows.append(("library", "train, long lines", f"stance_bench train OUT.stnc {rel(train)}",
                 {n: sizes[train] / r[0] / 1e6 for n, r in zip(names, res)}, "MB/s",
                 {n: r[1] for n, r in zip(names, res)}))
    for label, model, path in (("classify, long lines, shipped model", SHIPPED, text),
                               ("classify, short lines, shipped model", SHIPPED, short),
                               ("classify, long lines, model trained on them", None, text)):
        res = alternate([lambda n=n: bench_seconds([bench[n], "classify",
                                                    model or trained[n], path])
                         for n in names], a.reps)
        rows.append(("library", label,
                     f"stance_bench classify {rel(model) if model else 'LONG.stnc'} {rel(path)}",
                     {n: sizes[path] / r[0] / 1e6 for n, r in zip(names, res)}, "MB/s",
                     {n: r[1] for n, r in zip(names, res)}))

    # start-up: a load of the shipped model, from its file and built in (milliseconds)
    for label, model in (("load, the shipped model's file", SHIPPED),
                         ("load, the built-in model", "builtin")):
        res = alternate([lambda n=n: load_seconds([bench[n], "load", model]) for n in names],
                        a.reps)
        rows.append(("library", label,
                     f"stance_bench load {rel(model) if model != 'builtin' else model}",
                     {n: r[0] * 1e3 for n, r in zip(names, res)}, "ms", {}))

    # end to end, with fastText on the same files
    ft_models = {}
    if have_ft:
        ft_models[short] = os.path.join(a.work, "mr_uni")
        if not os.path.exists(ft_models[short] + ".bin"):
            subprocess.check_call(["fasttext", "supervised", "-input", mr_ft, "-output",
                                   ft_models[short], "-wordNgrams", "1", "-thread", "1",
                                   "-verbose", "0"])
        ft_train = os.path.join(a.work, "train.ft")
        if not os.path.exists(ft_train):
            with open(train, encoding="utf-8") as src, open(ft_train, "w", encoding="utf-8") as d:
                for line in src:
                    label, t = line.rstrip("\n").split("\t", 1)
                    d.write(f"__label__{label} {t}\n")
        ft_models[text] = os.path.join(a.work, "ft")
        t0 = time.perf_counter()
        subprocess.check_call(["fasttext", "supervised", "-input", ft_train, "-output",
                               ft_models[text], "-wordNgrams", "2", "-thread", "1",
                               "-verbose", "0"])
        ft_train_secs = time.perf_counter() - t0
    e2e = {}
    for label, path in (("short lines", short), ("long lines", text)):
        fns, keys = [], []
        for n in names:
            fns.append(lambda n=n: wall([tool[n], "classify", path]))
            keys.append((n, "j1"))
            fns.append(lambda n=n: wall([tool[n], "classify", "-j", "2", path]))
            keys.append((n, "j2"))
        if have_ft:
            fns.append(lambda: wall(["fasttext", "predict", ft_models[path] + ".bin", path]))
            keys.append(("fasttext", "predict"))
        res = dict(zip(keys, alternate(fns, a.reps)))
        e2e[label] = res
        rows.append(("stance tool", f"classify, {label}, one thread",
                     f"stance classify {rel(path)} > /dev/null",
                     {n: sizes[path] / res[(n, 'j1')][0] / 1e6 for n in names}, "MB/s", {}))
        rows.append(("stance tool", f"classify, {label}, -j 2",
                     f"stance classify -j 2 {rel(path)} > /dev/null",
                     {n: sizes[path] / res[(n, 'j2')][0] / 1e6 for n in names}, "MB/s", {}))
        if have_ft:
            what = "unigram model trained on MR" if path == short else "bigram model, long lines"
            rows.append(("fastText", f"predict, {label} ({what})",
                         f"fasttext predict MODEL.bin {rel(path)} > /dev/null",
                         {"now": sizes[path] / res[('fasttext', 'predict')][0] / 1e6}, "MB/s",
                         {}))
    articles = make_articles(a.work)
    art_bytes = sum(os.path.getsize(p) for p in articles)
    fns, keys = [], []
    for n in names:
        for j in ("1", "2"):
            fns.append(lambda n=n, j=j: wall([tool[n], "classify", "--mode", "quotes", "-j", j]
                                             + articles))
            keys.append((n, j))
    res = dict(zip(keys, alternate(fns, a.reps)))
    for j, how in (("1", "one thread"), ("2", "-j 2")):
        rows.append(("stance tool", f"quotes mode, {len(articles):,} article files, {how}",
                     f"stance classify --mode quotes -j {j} ARTICLES/*.txt > /dev/null",
                     {n: art_bytes / res[(n, j)][0] / 1e6 for n in names}, "MB/s", {}))
    e2e_quotes = res
    if have_ft:
        rows.append(("fastText", "train, long lines (5 epochs, bigrams)",
                     f"fasttext supervised -wordNgrams 2 -thread 1 -input {rel(ft_train)}",
                     {"now": sizes[train] / ft_train_secs / 1e6}, "MB/s", {}))

    if not a.skip_sklearn:
        try:
            subprocess.check_call([sys.executable, "-c", "import sklearn"],
                                  stderr=subprocess.DEVNULL)
            cmd = [sys.executable, os.path.join(HERE, "sklearn_nb.py"), "speed", train, text]
            out = subprocess.check_output(cmd, text=True)
            times = dict(line.split() for line in out.splitlines())
            rows.append(("scikit-learn", "train, long lines", "sklearn_nb.py speed",
                         {"now": sizes[train] / float(times["train"]) / 1e6}, "MB/s", {}))
            rows.append(("scikit-learn", "predict, long lines", "sklearn_nb.py speed",
                         {"now": sizes[text] / float(times["predict"]) / 1e6}, "MB/s", {}))
        except subprocess.CalledProcessError:
            print("(scikit-learn not installed: apt-get install python3-sklearn)\n")

    cols = ["who", "what", "command"] + (["before (MB/s)", "now (MB/s)"] if a.baseline
                                          else ["MB/s"]) + ["peak MiB"]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for who, what, cmd, val, unit, peak in rows:
        cells = [cell(val.get(n), unit) for n in (["before", "now"] if a.baseline else ["now"])]
        pk = f"{peak['now']:.0f}" if peak.get("now") is not None else ""
        print(f"| {who} | {what} | `{cmd}` | " + " | ".join(cells) + f" | {pk} |")

    print()
    one, two = e2e_quotes[("now", "1")][0], e2e_quotes[("now", "2")][0]
    line = (f"quotes mode, {len(articles):,} articles ({art_bytes / 1e6:.1f} MB): one thread "
            f"{one:.3f} s ({len(articles) / one:,.0f} articles/s), -j 2 {two:.3f} s "
            f"({one / two:.2f}x)")
    if a.baseline:
        line += f"; before: {e2e_quotes[('before', '1')][0]:.3f} s, -j 2 " \
                f"{e2e_quotes[('before', '2')][0]:.3f} s"
    print(line)
    for label, res in e2e.items():
        one = res[("now", "j1")][0]
        line = f"{label}: stance classify {one:.3f} s, -j 2 {res[('now', 'j2')][0]:.3f} s " \
               f"({one / res[('now', 'j2')][0]:.2f}x)"
        if ("fasttext", "predict") in res:
            ft = res[("fasttext", "predict")][0]
            line += f"; fasttext predict {ft:.3f} s: stance is {ft / one:.1f}x fastText"
        if a.baseline:
            line += f"; before: {res[('before', 'j1')][0]:.3f} s, -j 2 " \
                    f"{res[('before', 'j2')][0]:.3f} s"
        print(line)


def cell(value, unit):
    """A table cell: MB/s as a bare number (the column's unit), other units named."""
    if value is None or math.isnan(value):
        return ""
    return f"{value:.1f}" if unit == "MB/s" else f"{value:.3g} {unit}"


def rel(path):
    """A path as the table shows it: under --work by its name."""
    return os.path.basename(path) if path else ""


if __name__ == "__main__":
    main()
