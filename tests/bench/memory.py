#!/usr/bin/env python3
"""Peak memory of the stance tool on the inputs that once took far more than they needed.

    tests/bench/memory.py --build BUILD [--build OTHER_BUILD ...] [--work DIR]

For each build (e.g. one of an older commit beside the current one), runs, one at a time, and
reports the peak resident memory (ru_maxrss of the child) and the time:
  classify   one 16 MB line of short words, many distinct (within the default --max-bytes)
  merge      300 copies of the shipped model
  eval -k 20 cross-validation in 20 folds on 5 MB of random words
  train      20 MB of random words, with calibration (5-fold cross-validated)
Inputs are generated deterministically under --work (default /tmp/stance-memory).
"""
import argparse, os, random, resource, shutil, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def long_line(path, size=16_000_000):
    rng = random.Random(7)
    common = ["talk", "war", "peace", "we", "they", "no", "not", "condemn", "welcome"]
    out, n = [], 0
    while n < size - 8:
        if rng.random() < 0.5:
            w = "".join(rng.choice("abcdefghijklmnop") for _ in range(rng.randint(2, 4)))
        else:
            w = rng.choice(common)
        out.append(w)
        n += len(w) + 1
    with open(path, "w") as f:
        f.write(" ".join(out) + "\n")


def random_words_corpus(path, size):
    rng = random.Random(11)
    letters = "abcdefghijklmnopqrstuvwxyz"
    with open(path, "w") as f:
        n = 0
        while n < size:
            words = " ".join("".join(rng.choice(letters) for _ in range(rng.randint(3, 9)))
                             for _ in range(rng.randint(5, 25)))
            line = ("hostile" if rng.random() < 0.5 else "conciliatory") + "\t" + words + "\n"
            f.write(line)
            n += len(line)


def prepare(work):
    os.makedirs(work, exist_ok=True)
    inputs = {
        "line": os.path.join(work, "line16.txt"),
        "words": os.path.join(work, "random20.tsv"),
        "words5": os.path.join(work, "random5.tsv"),
        "models": os.path.join(work, "models"),
    }
    if not os.path.exists(inputs["line"]):
        long_line(inputs["line"])
    if not os.path.exists(inputs["words"]):
        random_words_corpus(inputs["words"], 20_000_000)
    if not os.path.exists(inputs["words5"]):
        random_words_corpus(inputs["words5"], 5_000_000)
    if not os.path.isdir(inputs["models"]):
        os.makedirs(inputs["models"])
        for i in range(300):
            shutil.copy(os.path.join(ROOT, "models", "stance-en.stnc"),
                        os.path.join(inputs["models"], f"m{i:03d}.stnc"))
    return inputs


def run(argv):
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.execv(argv[0], argv)
    _, status, ru = os.wait4(pid, 0)
    secs = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    return ru.ru_maxrss / 1024.0, secs, code


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", action="append", required=True)
    ap.add_argument("--work", default="/tmp/stance-memory")
    a = ap.parse_args()
    inputs = prepare(a.work)
    models = sorted(os.path.join(inputs["models"], f) for f in os.listdir(inputs["models"]))
    out_model = os.path.join(a.work, "out.stnc")
    cases = [
        ("classify 16 MB line", lambda s: [s, "classify", inputs["line"]]),
        ("merge 300 models", lambda s: [s, "merge", "-o", out_model] + models),
        ("eval -k 20, 5 MB random words", lambda s: [s, "eval", "-k", "20", inputs["words5"]]),
        ("train 20 MB random words", lambda s: [s, "train", "-o", out_model, inputs["words"]]),
    ]
    print(f"{'run':28} {'build':24} {'peak MiB':>9} {'seconds':>8} exit")
    for name, argv in cases:
        for build in a.build:
            tool = os.path.join(build, "examples", "stance", "stance")
            mib, secs, code = run(argv(tool))
            print(f"{name:28} {os.path.basename(os.path.normpath(build)):24} {mib:9.1f} "
                  f"{secs:8.2f} {code}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
