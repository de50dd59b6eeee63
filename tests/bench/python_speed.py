#!/usr/bin/env python3
"""Python's Model.classify_many next to the stance tool, on the same statements.

    PYTHONPATH=bindings/python tests/bench/python_speed.py [--mb 20] [--rounds 5] [--build BUILD]

Builds (once) an English text of MB megabytes, a statement per line, with make_corpus.py (as
speed.py does), then times in turns, ROUNDS times each, keeping each one's best (the machine
is shared; the best run is the one least disturbed):
  * the tool:  `stance classify FILE > /dev/null` (reading, classifying, writing TSV);
  * Python:    Model.default().classify_many(lines) on the file's lines, one thread (the lines
               already in a list), and the same with reading and splitting the file counted;
  * Python:    classify_many(lines, threads=2).
Both use the shipped model. Prints a table of statements/s and MB/s with Python's time over
the tool's.
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
BENCHMARKS = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "benchmarks"))
sys.path.insert(0, os.path.join(ROOT, "bindings", "python"))

import stance  # noqa: E402


def best_of(rounds, fn):
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--work", default="/tmp/stance-python-speed")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    text = os.path.join(a.work, "text.txt")
    if not os.path.exists(text):
        sources = [os.path.join(ROOT, "corpus", "train", f)
                   for f in sorted(os.listdir(os.path.join(ROOT, "corpus", "train")))]
        sources += [os.path.join(BENCHMARKS, d, "data.tsv") for d in ("MR", "CR", "SST2", "MPQA")
                    if os.path.exists(os.path.join(BENCHMARKS, d, "data.tsv"))]
        subprocess.check_call([sys.executable, os.path.join(HERE, "make_corpus.py"), "--mb",
                               str(a.mb), "--out", a.work, "--relabel", "pos=conciliatory",
                               "--relabel", "neg=hostile", "--keep", "conciliatory", "--keep",
                               "hostile"] + sources, stdout=subprocess.DEVNULL)
    tool = os.path.join(a.build, "examples", "stance", "stance")
    nbytes = os.path.getsize(text)

    def read_lines():
        with open(text, encoding="utf-8") as f:
            return [line for line in f.read().split("\n") if line.strip()]

    lines = read_lines()
    model = stance.Model.default()
    # the tool labels the same lines the same way (checked on a sample; both label a statement
    # with no known word "unknown")
    sample = "\n".join(lines[:2000]).encode()
    out = subprocess.run([tool, "classify"], input=sample, stdout=subprocess.PIPE, check=True)
    assert [ln.split("\t")[0] for ln in out.stdout.decode().splitlines()[1:]] == \
        [r.label for r in model.classify_many(lines[:2000])]
    model.classify_many(lines[:10000])  # warm: the context's word cache, as the tool's fills

    def run_tool():
        subprocess.run([tool, "classify", text], stdout=subprocess.DEVNULL, check=True)

    t = {"tool": [], "many": [], "read+many": [], "threads2": []}
    for _ in range(a.rounds):  # in turns, so a slow spell of the machine hits all alike
        t["tool"].append(best_of(1, run_tool))
        t["many"].append(best_of(1, lambda: model.classify_many(lines)))
        t["read+many"].append(best_of(1, lambda: model.classify_many(read_lines())))
        t["threads2"].append(best_of(1, lambda: model.classify_many(lines, threads=2)))
    best = {k: min(v) for k, v in t.items()}
    n = len(lines)
    print(f"{text}: {n:,} statements, {nbytes / 1e6:.1f} MB; {os.cpu_count()} cores; "
          f"best of {a.rounds}; libstance {stance.library_version} at {stance.library_path}\n")
    print("| what | statements/s | MB/s | time / tool's |")
    print("|---|---|---|---|")
    rows = [("`stance classify FILE > /dev/null`", "tool"),
            ("`classify_many(lines)`, 1 thread", "many"),
            ("reading the file + `classify_many`, 1 thread", "read+many"),
            ("`classify_many(lines, threads=2)`", "threads2")]
    for name, key in rows:
        s = best[key]
        print(f"| {name} | {n / s:,.0f} | {nbytes / s / 1e6:.1f} | {s / best['tool']:.2f} |")


if __name__ == "__main__":
    main()
