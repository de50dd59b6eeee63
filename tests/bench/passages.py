#!/usr/bin/env python3
"""Quote finding, speaker attribution and quote labels on the real-news development passages.

    tests/bench/passages.py [REALQUOTES] [--build BUILD] [--frame-weight W] [--speaker-weight W]
                            [--article-weight W] [--model MODEL] [-v] [--no-linearity]

REALQUOTES is the development set (default ../shared/data/realquotes beside the repository);
its passages/ folder holds passage-NN.txt, gold.tsv and terms.tsv (a folder that holds them
itself works too, such as the project's tests/data/articles/frames). Runs the built tool
(`stance classify --mode quotes --format jsonl`, with the weights given) on every
passage and scores it by the rules of REALQUOTES/README.md:

  * a gold quote is found when a reported quotation contains its fragment (the innermost
    one, when quotations nest);
  * its speaker is right when the reported speaker contains the gold speaker word
    (case-insensitive), or spells a gold word in capitals by its initials ("KCNA" for
    "Korean Central News Agency");
  * its label is right (conciliatory and hostile gold quotes only) when the quotation that
    contains it carries the gold label;
  * a scare-quoted term is reported as speech when a reported quotation is that term (the
    quoted text, give or take the punctuation and spaces around it).

Then the linearity check: one article of about 10 MB with 100,000 quotations (and one of a
tenth of that), each quote attributed in the prose styles the attributor reads, timed through
the tool; and the same for an article where every office holder is named after a title
(50,000 renames). The passages are for measuring only (see their README): nothing here copies them.
"""
import argparse, csv, json, math, os, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_SET = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "realquotes"))
TRIM = " \t\n.,;:!?\u201c\u201d\u2018\u2019\"'"


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def run_tool(tool, path, extra):
    cmd = [tool, "classify", "--mode", "quotes", "--format", "jsonl", *extra, path]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr.decode(errors='replace')}")
    return [json.loads(line) for line in p.stdout.decode("utf-8").splitlines() if line]


def speaker_matches(gold, who):
    """The reported speaker contains the gold word, or the gold word is an organization's
    initials and the reported name spells them ("KCNA" for "Korean Central News Agency")."""
    if gold.lower() in who.lower():
        return True
    if len(gold) < 2 or not gold.isupper() or not gold.isalpha():
        return False
    initials = "".join(w[0] for w in who.replace("-", " ").split() if w[:1].isupper())
    return gold in initials


def pieces(rec, raw):
    """The texts of one reported quotation: its text and, when it was split, each span."""
    out = [rec["text"]]
    for span in rec.get("spans") or []:
        out.append(raw[span[0]:span[1]].decode("utf-8", errors="replace"))
    out.append(raw[rec["start"]:rec["end"]].decode("utf-8", errors="replace"))
    return out


def score(passages, gold, terms, tool, extra, verbose):
    reports = {}
    for name in passages:
        path = os.path.join(passages[name])
        with open(path, "rb") as f:
            raw = f.read()
        reports[name] = [(rec, pieces(rec, raw)) for rec in run_tool(tool, path, extra)]
    found = speakers = labels = labeled = labeled_found = 0
    loss = 0.0
    for g in gold:
        # the innermost quotation that holds the fragment: a quote nested in an interview's
        # turn ("Trump said “we will destroy it”. What is your response?") is the inner one's
        holders = [(min(len(t) for t in texts if g["fragment"] in t), i, rec)
                   for i, (rec, texts) in enumerate(reports[g["passage"]])
                   if any(g["fragment"] in t for t in texts)]
        hit = min(holders)[2] if holders else None
        stanced = g["label"] in ("conciliatory", "hostile")
        labeled += stanced
        if hit is None:
            if verbose:
                print(f"  not found  {g['passage']}: {g['fragment']}")
            continue
        found += 1
        labeled_found += stanced
        who = hit.get("speaker") or ""
        if speaker_matches(g["speaker"], who):
            speakers += 1
        elif verbose:
            print(f"  speaker    {g['passage']} ({g['kind']}): want {g['speaker']!r}, "
                  f"got {who!r}: {g['fragment'][:50]}")
        if stanced:
            loss -= math.log(max(hit["scores"][g["label"]], 1e-15))
            if hit["label"] == g["label"]:
                labels += 1
            elif verbose:
                print(f"  label      {g['passage']}: want {g['label']}, got {hit['label']} "
                      f"({hit['confidence']:.2f}): {hit['text'][:70]}")
    reported_terms = 0
    for t in terms:
        want = t["term"].strip(TRIM)
        if any(rec["text"].strip(TRIM) == want for rec, _ in reports[t["passage"]]):
            reported_terms += 1
            if verbose:
                print(f"  term       {t['passage']}: {t['term']!r} reported as speech")
    n = len(gold)
    reported = sum(len(r) for r in reports.values())
    print(f"passages {len(passages)}, gold quotes {n}, quotations reported {reported}")
    print(f"quotes found     {found}/{n} ({found / n:.3f})")
    print(f"speakers right   {speakers}/{n} ({speakers / n:.3f})")
    print(f"labels right     {labels}/{labeled_found} ({labels / labeled_found:.3f})  "
          f"(conciliatory and hostile quotes found; {labels}/{labeled} of all)")
    print(f"label log-loss   {loss / labeled_found:.4f}  (their mean -log p(gold label))")
    if terms:
        print(f"terms reported   {reported_terms} of {len(terms)} scare-quoted terms")


# ---- linearity ---------------------------------------------------------------------------

PARAGRAPHS = [
    "\u201cWe will answer any provocation,\u201d Defence Minister Ana Ruiz said on Monday.",
    "The ministry said in a statement that the talks had \u201cproduced nothing of value.\u201d",
    "\u201cOur door stays open,\u201d she added. \u201cWe want a settlement.\u201d",
    "Foreign Minister Tomas Berg told reporters: \u201cThe sanctions will stay.\u201d",
    "\u201cWe will respond,\u201d he said, \u201cwith patience and with resolve.\u201d",
]


def make_article(path, quotes):
    """An article of one paragraph after another, with `quotes` quotations."""
    written = 0
    with open(path, "w", encoding="utf-8") as f:
        i = 0
        while written < quotes:
            para = PARAGRAPHS[i % len(PARAGRAPHS)]
            f.write(para + " Talks between the two sides resume on Thursday.\n\n")
            written += para.count("\u201c") - (1 if "he said, \u201c" in para else 0)
            i += 1
    return os.path.getsize(path)


def make_renames(path, quotes):
    """An article where each office holder is first a title, then named ("Land01's defence
    minister warned ...", "Defence Minister Ana Kol01 also said ..."): every naming renames the
    quotations given the title, the step that once looked back over the whole article."""
    with open(path, "w", encoding="utf-8") as f:
        for i in range(quotes // 2):
            f.write(f"Land{i:06d}'s defence minister warned on Monday that \u201cthe border is "
                    f"closed.\u201d\n\nDefence Minister Ana Kol{i:06d} also said \u201ctalks may "
                    f"resume.\u201d\n\n")
    return os.path.getsize(path)


def linearity(tool, work):
    os.makedirs(work, exist_ok=True)
    for name, make in (("article", make_article), ("renames", make_renames)):
        linearity_of(tool, work, name, make)


def linearity_of(tool, work, name, make):
    rows = []
    for quotes in (10_000, 100_000):
        path = os.path.join(work, f"{name}-{quotes}.txt")
        size = make(path, quotes)
        cmd = [tool, "classify", "--mode", "quotes", "--max-bytes", str(64 << 20), path]
        best = None
        for _ in range(2):  # the shorter of two runs: a cold first run says little
            t0 = time.perf_counter()
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            secs = time.perf_counter() - t0
            if p.returncode != 0:
                sys.exit(f"{' '.join(cmd)} failed:\n{p.stderr.decode(errors='replace')}")
            best = secs if best is None else min(best, secs)
        lines = p.stdout.count(b"\n") - 1
        rows.append((quotes, size, lines, best))
        print(f"linearity ({name}): {size / 1e6:.1f} MB, {quotes:,} quotations written, "
              f"{lines:,} reported, {best:.2f} s ({size / best / 1e6:.1f} MB/s)")
    (q1, s1, _, t1), (q2, s2, _, t2) = rows
    print(f"linearity ({name}): {s2 / s1:.1f}x the text took {t2 / t1:.1f}x the time")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("realquotes", nargs="?", default=DEFAULT_SET)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("--no-linearity", action="store_true")
    ap.add_argument("--work", default="/tmp/stance-passages")
    ap.add_argument("--frame-weight", type=float, help="weight of the reporting frame (0 = none)")
    ap.add_argument("--speaker-weight", type=float,
                    help="weight of the speaker's other quotations (0 = none)")
    ap.add_argument("--article-weight", type=float,
                    help="weight of the other speakers' quotations (0 = none)")
    ap.add_argument("--model", help="a model file instead of the built-in model")
    a = ap.parse_args()
    extra = [] if a.frame_weight is None else ["--frame-weight", repr(a.frame_weight)]
    if a.model:
        extra += ["-m", a.model]
    if a.speaker_weight is not None:
        extra += ["--speaker-weight", repr(a.speaker_weight)]
    if a.article_weight is not None:
        extra += ["--article-weight", repr(a.article_weight)]
    tool = os.path.join(a.build, "examples", "stance", "stance")
    if not os.access(tool, os.X_OK):
        sys.exit(f"{tool}: not built (cmake -B build && cmake --build build)")
    folder = os.path.join(a.realquotes, "passages")
    if not os.path.isdir(folder):
        folder = a.realquotes
    gold = read_tsv(os.path.join(folder, "gold.tsv"))
    terms_file = os.path.join(folder, "terms.tsv")
    terms = read_tsv(terms_file) if os.path.exists(terms_file) else []
    passages = {}
    for g in gold + terms:
        passages[g["passage"]] = os.path.join(folder, g["passage"] + ".txt")
    for entry in sorted(os.listdir(folder)):
        if entry.startswith("passage-") and entry.endswith(".txt"):
            passages.setdefault(entry[:-4], os.path.join(folder, entry))
    score(passages, gold, terms, tool, extra, a.verbose)
    if not a.no_linearity:
        linearity(tool, a.work)


if __name__ == "__main__":
    main()
